# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Compiled twins of hot loops, built on install when a C compiler is at hand; the
tests hold each to its Python reference. ``add_line`` (``glossary.mine.counting``'s
``Tally.python_add_line``, with ``count`` and ``add_ngrams`` for its ``_count`` and
``_add_ngrams``) is the miner's tally. ``glossed`` (``render.python_glossed``) joins
a batch of matches and their glosses into the inline output in one pass. ``earliest``
and ``may_occur`` (``check.patterns.python_earliest``, ``python_may_occur``) are check's
test before a rendering's pattern, asked of every term of every segment.

``scan``, ``glossary.scan.python_scan``: the same results, without Python work per word.
Words are found by walking the characters (what ``\\w+`` matches). A word costs a
substring and dict lookups the first time, then one probe of a ``Memory``; a single space
between words costs nothing. The walk through the trie reads the hash table of steps
in place, in C: no objects are made but the matches.
"""

from cpython cimport array as carray
from cpython.bytes cimport PyBytes_AS_STRING
from cpython.dict cimport PyDict_GetItem
from cpython.object cimport Py_SIZE, PyObject
from cpython.ref cimport Py_DECREF, Py_INCREF
from cpython.tuple cimport PyTuple_New, PyTuple_SET_ITEM
from cpython.unicode cimport PyUnicode_Contains, PyUnicode_Find, PyUnicode_GET_LENGTH
from libc.stdint cimport int32_t, uint64_t
from libc.stdlib cimport calloc, free, malloc, realloc
from libc.string cimport memcpy

from array import array


cdef extern from "Python.h":
    int PyUnicode_KIND(object text)
    void *PyUnicode_DATA(object text)
    Py_UCS4 PyUnicode_READ(int kind, void *data, Py_ssize_t index)
    object PyType_GenericAlloc(type cls, Py_ssize_t items)
    object PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
    void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value)
    bint PyUnicode_IS_ASCII(object text)
    object PyLong_FromSsize_t(Py_ssize_t value)
    bint Py_UNICODE_ISLOWER(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    bint Py_UNICODE_ISTITLE(Py_UCS4 ch)
    object PyBytes_FromStringAndSize(const char *data, Py_ssize_t size)


cdef enum:
    _LOWER = 1  # Tables.overlapping's values, as in glossary.scan (a bit of HEAD's too)
    _NAME = 2
    _HEAD = 5
    _SURFACE_MIXED = 64  # runs.SURFACE_MIXED, SURFACE_UPPER
    _SURFACE_UPPER = 128
    _BITS = 21  # bits of a code, as in glossary.scan (the tests check BITS against it)
BITS = _BITS
INTERFACE = 9  # glossary.scan uses this module only when its INTERFACE is the same
cdef uint64_t _MASK = (1 << _BITS) - 1
cdef uint64_t _GOLDEN = 0x9E3779B97F4A7C15


cdef inline bint _is_word(Py_UCS4 ch):
    if ch < 128:
        return (97 <= ch <= 122) or (65 <= ch <= 90) or (48 <= ch <= 57) or ch == 95
    return ch.isalnum()


cdef inline object _match(type cls, object start, object end, str surface, tuple target):
    """A ``Match`` (a 6-tuple subclass) filled in place: no tuple made only to be copied."""
    cdef object match = PyType_GenericAlloc(cls, 6)
    cdef Py_ssize_t k
    for k, item in enumerate((start, end, surface)):
        Py_INCREF(item)
        PyTuple_SET_ITEM(match, k, item)
    for k in range(3):
        item = target[k]
        Py_INCREF(item)
        PyTuple_SET_ITEM(match, k + 3, item)
    return match


cdef struct Word:
    Py_ssize_t start, end  # offsets in the text
    uint64_t codes  # its codes, packed
    uint64_t joins  # the codes of the separator after it, packed


cdef struct Walk:
    const uint64_t *steps  # the trie (scan.Trie)
    const int32_t *roots
    Py_ssize_t root_count
    const int32_t *accept
    const unsigned char *more
    int bits
    const Word *word
    Py_ssize_t words
    Py_ssize_t last  # the best match so far: its last word and its spelling
    Py_ssize_t best


cdef inline int32_t _step(Walk *walk, uint64_t node, uint64_t join, uint64_t code) noexcept nogil:
    if node == 0:
        return walk.roots[code] if <Py_ssize_t> code < walk.root_count else -1
    cdef uint64_t key = (node << (2 * _BITS)) | (join << _BITS) | code
    cdef uint64_t size = (<uint64_t> 1) << walk.bits
    cdef uint64_t at = (key * _GOLDEN) >> (64 - walk.bits)
    while walk.steps[2 * at]:
        if walk.steps[2 * at] == key:
            return <int32_t> walk.steps[2 * at + 1]
        at = (at + 1) & (size - 1)
    return -1


cdef void _into(Walk *walk, uint64_t node, Py_ssize_t j, uint64_t join) noexcept nogil:
    """From ``node``, over separator ``join``, into each code of word ``j``, and on."""
    cdef uint64_t codes = walk.word[j].codes
    cdef uint64_t code, joins
    cdef int32_t child, spelling
    while codes:
        code = codes & _MASK
        codes >>= _BITS
        child = _step(walk, node, join, code)
        if child < 0:
            continue
        spelling = walk.accept[child]
        if spelling >= 0 and (j > walk.last or (j == walk.last and spelling < walk.best)):
            walk.last = j
            walk.best = spelling
        if walk.more[child] and j + 1 < walk.words:
            joins = walk.word[j].joins
            while joins:
                _into(walk, child, j + 1, joins & _MASK)
                joins >>= _BITS


cdef inline void _longest(Walk *walk, Py_ssize_t i) noexcept nogil:
    """The longest match from word ``i``: its last word and spelling in ``walk``."""
    walk.last = -1
    walk.best = 0
    _into(walk, 0, i, 0)  # a first word is a step over separator 0


cdef uint64_t _packed(object codes, int shift=0) except? 0:
    """``scan.pack`` of the codes in a tuple (None in it, or for it, counts as none),
    from bit ``shift`` on."""
    cdef uint64_t packed = 0
    if codes is None:
        return 0
    for code in <tuple> codes:
        if code is not None:
            packed |= (<uint64_t> ord(<str> code)) << shift
            shift += _BITS
    return packed


cdef uint64_t _word_codes(dict exact, dict lower, str word) except? 0:
    """``scan.pack(scan.word_codes(word, exact, lower))`` without its Python calls."""
    cdef PyObject *found = PyDict_GetItem(exact, word)
    cdef uint64_t packed = 0
    if found != NULL:
        packed = <uint64_t> ord(<str> <object> found)
    found = PyDict_GetItem(lower, word.lower())
    if found == NULL:
        return packed
    return packed | _packed(<object> found, _BITS if packed else 0)


cdef struct Known:
    uint64_t hash  # 0: an empty slot
    Py_ssize_t at  # where its characters are in the arena
    Py_ssize_t length
    uint64_t codes


cdef uint64_t _FNV_START = 0xCBF29CE484222325
cdef uint64_t _FNV_PRIME = 0x100000001B3


cdef class Memory:
    """The compiled scan's memory of words (or separators) met, as written -> their codes
    packed (``scan.pack``), read straight from the text: a known word costs no string,
    no dict lookup. Open addressing on an FNV-1a hash of the
    characters."""

    cdef Known *slots
    cdef Py_ssize_t size, used
    cdef Py_UCS4 *arena
    cdef Py_ssize_t arena_used, arena_size

    def __cinit__(self):
        self.size = 1 << 12
        self.slots = <Known *> calloc(self.size, sizeof(Known))
        self.arena_size = 1 << 16
        self.arena = <Py_UCS4 *> malloc(self.arena_size * sizeof(Py_UCS4))
        if self.slots == NULL or self.arena == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.slots)
        free(self.arena)

    def __len__(self):
        return self.used

    def items(self):
        """(word, codes packed) of every word remembered (for the tests)."""
        cdef Py_ssize_t k, c
        found = []
        for k in range(self.size):
            if self.slots[k].hash:
                word = "".join([chr(self.arena[self.slots[k].at + c])
                                for c in range(self.slots[k].length)])
                found.append((word, self.slots[k].codes))
        return found

    cdef Known *find(self, uint64_t hash, int kind, void *data, Py_ssize_t start,
                     Py_ssize_t length) noexcept:
        """The slot of the word ``text[start:start + length]``, or the empty slot for it."""
        cdef Py_ssize_t mask = self.size - 1
        cdef Py_ssize_t k = <Py_ssize_t> (hash & <uint64_t> mask), c
        cdef Known *slot
        while True:
            slot = &self.slots[k]
            if slot.hash == 0:
                return slot
            if slot.hash == hash and slot.length == length:
                for c in range(length):
                    if self.arena[slot.at + c] != PyUnicode_READ(kind, data, start + c):
                        break
                else:
                    return slot
            k = (k + 1) & mask

    cdef int remember(self, Known *slot, uint64_t hash, int kind, void *data,
                      Py_ssize_t start, Py_ssize_t length, uint64_t codes) except -1:
        """Fill the empty ``slot`` (from ``find``) with a word and its codes."""
        cdef Py_UCS4 *arena
        cdef Known *old
        cdef Py_ssize_t c, k, size
        if self.arena_used + length > self.arena_size:
            self.arena_size = 2 * self.arena_size + length
            arena = <Py_UCS4 *> realloc(self.arena, self.arena_size * sizeof(Py_UCS4))
            if arena == NULL:
                raise MemoryError()
            self.arena = arena
        for c in range(length):
            self.arena[self.arena_used + c] = PyUnicode_READ(kind, data, start + c)
        slot.hash = hash
        slot.at = self.arena_used
        slot.length = length
        slot.codes = codes
        self.arena_used += length
        self.used += 1
        if 2 * self.used > self.size:  # at most half full: twice the slots, all moved
            old, size = self.slots, self.size
            self.slots = <Known *> calloc(2 * size, sizeof(Known))
            if self.slots == NULL:
                self.slots = old
                raise MemoryError()
            self.size = 2 * size
            for k in range(size):
                if old[k].hash:
                    c = <Py_ssize_t> (old[k].hash & <uint64_t> (self.size - 1))
                    while self.slots[c].hash:
                        c = (c + 1) & (self.size - 1)
                    self.slots[c] = old[k]
            free(old)
        return 0


def scan(str text, tables, list targets, Py_ssize_t offset, Py_ssize_t below, type match_type):
    """``python_scan``: the matches of ``text`` that start before ``below``."""
    cdef Py_ssize_t length = len(text)
    cdef Py_ssize_t capacity = 0
    cdef Word *word_at = NULL
    cdef Word *grown
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef dict exact = tables.exact, lower = tables.lower
    separators = tables.separators
    cdef Py_ssize_t limit = tables.LIMIT
    if tables.compiled is None:
        tables.compiled = (Memory(), Memory())
    cdef Memory memory = <Memory> tables.compiled[0], joins = <Memory> tables.compiled[1]
    cdef Known *known
    cdef uint64_t hash
    cdef uint64_t space = _packed(separators[" "])
    trie = tables.trie
    cdef bytes steps = trie.steps, roots = trie.roots, accept = trie.accept, more = trie.more
    cdef Walk walk
    walk.steps = <const uint64_t *> PyBytes_AS_STRING(steps)
    walk.roots = <const int32_t *> PyBytes_AS_STRING(roots)
    walk.root_count = len(roots) // 4
    walk.accept = <const int32_t *> PyBytes_AS_STRING(accept)
    walk.more = <const unsigned char *> PyBytes_AS_STRING(more)
    walk.bits = trie.bits
    cdef list matches = []
    cdef Py_ssize_t i = 0, start, words = 0, after, j, last, best
    cdef bint headed
    cdef bytes overlapping_bytes = tables.overlapping
    cdef const unsigned char *overlapping = <const unsigned char *> PyBytes_AS_STRING(
        overlapping_bytes
    )
    cdef Py_ssize_t overlapped = len(overlapping_bytes)
    cdef Py_UCS4 ch
    cdef PyObject *found
    try:
        while i < length and not _is_word(PyUnicode_READ(kind, data, i)):
            i += 1
        while i < length:
            start = i
            hash = _FNV_START
            while i < length:
                ch = PyUnicode_READ(kind, data, i)
                if not _is_word(ch):
                    break
                hash = (hash ^ <uint64_t> ch) * _FNV_PRIME
                i += 1
            hash = hash or 1
            if words == capacity:
                capacity = 2 * capacity + 1024
                grown = <Word *> realloc(word_at, capacity * sizeof(Word))
                if grown == NULL:
                    raise MemoryError()
                word_at = grown
            word_at[words].start = start
            word_at[words].end = i
            known = memory.find(hash, kind, data, start, i - start)
            if known.hash:
                word_at[words].codes = known.codes
            else:
                word_at[words].codes = _word_codes(exact, lower, text[start:i])
                if memory.used < limit:
                    memory.remember(known, hash, kind, data, start, i - start,
                                    word_at[words].codes)
            after = i
            hash = _FNV_START
            while i < length:
                ch = PyUnicode_READ(kind, data, i)
                if _is_word(ch):
                    break
                hash = (hash ^ <uint64_t> ch) * _FNV_PRIME
                i += 1
            hash = hash or 1
            if i >= length:
                word_at[words].joins = 0
            elif i == after + 1 and PyUnicode_READ(kind, data, after) == 32:
                word_at[words].joins = space
            else:
                known = joins.find(hash, kind, data, after, i - after)
                if known.hash:
                    word_at[words].joins = known.codes
                else:
                    word_at[words].joins = _packed(separators[text[after:i]])
                    if joins.used < limit:
                        joins.remember(known, hash, kind, data, after, i - after,
                                       word_at[words].joins)
            words += 1

        walk.word = word_at
        walk.words = words
        i = 0
        while i < words and word_at[i].start < below:
            _longest(&walk, i)
            if walk.last < 0:
                i += 1
                continue
            # a term as long or longer that a later word starts wins (Tables.overlapping)
            while walk.last > i and walk.best < overlapped and overlapping[walk.best] & _LOWER:
                last, best = walk.last, walk.best
                headed = overlapping[best] == _HEAD
                j = i + 1
                while j <= last:
                    _longest(&walk, j)
                    if walk.last > last and walk.last - j >= last - i and (
                        overlapping[walk.best] & _LOWER
                        or overlapping[walk.best] == _NAME
                        and (
                            Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, word_at[j - 1].start))
                            or headed and j == last
                        )
                        and Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, word_at[j].start))
                    ):
                        break
                    j += 1
                if j > last:
                    walk.last, walk.best = last, best
                    break
                i = j
            matches.append(_match(
                match_type,
                word_at[i].start + offset,
                word_at[walk.last].end + offset,
                text[word_at[i].start:word_at[walk.last].end],
                <tuple> targets[walk.best],
            ))
            i = walk.last + 1
        return matches
    finally:
        free(word_at)


cdef inline Py_UCS4 _widest(Py_UCS4 widest, object text):
    """The widest of two classes of characters (ASCII, Latin-1, BMP, all), ``text``'s
    taken from its own (canonical) kind."""
    cdef int kind = PyUnicode_KIND(text)
    cdef Py_UCS4 own = 0x7F if PyUnicode_IS_ASCII(text) else (
        0xFF if kind == 1 else 0xFFFF if kind == 2 else 0x10FFFF)
    return own if own > widest else widest


cdef inline void _copy(object out, Py_ssize_t at, object source, Py_ssize_t start,
                       Py_ssize_t count) noexcept:
    """``source[start:start + count]`` into ``out`` at ``at``; ``out`` is wide enough.

    Not ``PyUnicode_CopyCharacters``: into an ASCII string it refuses a Latin-1 source
    whose first characters are not ASCII, whatever the span (``Kafé`` on line 1 broke
    every later batch)."""
    cdef int kind = PyUnicode_KIND(out), source_kind = PyUnicode_KIND(source)
    cdef void *data = PyUnicode_DATA(out)
    cdef void *source_data = PyUnicode_DATA(source)
    cdef Py_ssize_t k
    if kind == source_kind:
        memcpy(<char *> data + at * kind, <char *> source_data + start * kind, count * kind)
    else:
        for k in range(count):
            PyUnicode_WRITE(kind, data, at + k, PyUnicode_READ(source_kind, source_data, start + k))


def glossed(str text, Py_ssize_t start, list matches, dict glosses, gloss):
    """``render.python_glossed``, made in one pass into one new string."""
    cdef Py_ssize_t count = len(matches), k, size = 0, last = start, end, at, length
    cdef Py_UCS4 widest = 0
    cdef PyObject *found
    cdef tuple match
    if not count:
        return ""
    cdef Py_ssize_t *ends = <Py_ssize_t *> malloc(count * sizeof(Py_ssize_t))
    cdef PyObject **shown = <PyObject **> malloc(count * sizeof(PyObject *))
    if ends == NULL or shown == NULL:
        free(ends)
        free(shown)
        raise MemoryError()
    try:
        for k in range(count):
            match = <tuple> matches[k]
            end = match[1]
            if end < last or end > PyUnicode_GET_LENGTH(text):
                raise ValueError("matches must follow one another within the text")
            entry = match[3]
            key = PyLong_FromSsize_t((<Py_ssize_t> <void *> entry) >> 4)
            found = PyDict_GetItem(glosses, key)
            if found == NULL:
                glosses[key] = gloss(entry)
                found = PyDict_GetItem(glosses, key)
            ends[k] = end
            shown[k] = found  # borrowed: the dict keeps it
            size += end - last + PyUnicode_GET_LENGTH(<object> found)
            widest = _widest(widest, <object> found)
            last = end
        if widest < _widest(0, text):  # the widest class of character in the span of text:
            widest = _widest(widest, text[start:last])  # a slice finds it a word at a time
        out = PyUnicode_New(size, widest)
        at = 0
        last = start
        for k in range(count):
            _copy(out, at, text, last, ends[k] - last)
            at += ends[k] - last
            length = PyUnicode_GET_LENGTH(<object> shown[k])
            _copy(out, at, <object> shown[k], 0, length)
            at += length
            last = ends[k]
        return out
    finally:
        free(ends)
        free(shown)


# -- the gloss judge's screen (glossary.runs) -------------------------------------------


cdef extern from "Python.h":
    Py_UCS4 PyUnicode_READ_CHAR(object text, Py_ssize_t index)
    PyObject *PyTuple_GET_ITEM(object p, Py_ssize_t pos)
    Py_ssize_t PyUnicode_FindChar(object text, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end,
                                  int direction) except -2


cdef struct Flag:
    PyObject *entry  # NULL: an empty slot; entry and form are held while remembered
    PyObject *form
    int role  # runs.ROLES; -1: not asked yet
    int bits  # what ``target_bits`` was told of it; -1: not asked yet


cdef class TargetFlags:
    """What the screen remembers of the entries and (entry, form) pairs it met: whether
    an entry has senses (asked of every match: reaching into each entry's dict costs the
    screen more than all the rest, in cache misses; here it is one probe of a compact
    table by the entry's address, the answer in the address's low bit), whether a form
    plays a role in names (``runs.Lexicon.role``, asked in runs of names). What is
    remembered is held, so no other object takes its address meanwhile."""

    cdef Flag *slots
    cdef Py_ssize_t size, used
    cdef uint64_t *entries
    cdef Py_ssize_t entries_size, entries_used
    cdef Memory words  # capitalised words met in runs: 1 a run goes on over it, 2 not

    def __cinit__(self):
        self.size = 1 << 10
        self.slots = <Flag *> calloc(self.size, sizeof(Flag))
        self.entries_size = 1 << 10
        self.entries = <uint64_t *> calloc(self.entries_size, sizeof(uint64_t))
        self.words = Memory()
        if self.slots == NULL or self.entries == NULL:
            raise MemoryError()

    def __dealloc__(self):
        cdef Py_ssize_t k
        for k in range(self.size):
            if self.slots[k].entry != NULL:
                Py_DECREF(<object> self.slots[k].entry)
                Py_DECREF(<object> self.slots[k].form)
        for k in range(self.entries_size):
            if self.entries[k]:
                Py_DECREF(<object> <PyObject *> (self.entries[k] & ~(<uint64_t> 1)))
        free(self.slots)
        free(self.entries)

    def __len__(self):
        return self.used + self.entries_used

    cdef inline Py_ssize_t _entry_slot(self, uint64_t entry) noexcept:
        cdef Py_ssize_t mask = self.entries_size - 1
        cdef Py_ssize_t k = <Py_ssize_t> (((entry >> 4) * _GOLDEN) >> 40) & mask
        while self.entries[k] and (self.entries[k] & ~(<uint64_t> 1)) != entry:
            k = (k + 1) & mask
        return k

    cdef bint senses(self, PyObject *borrowed) except -1:
        """``bool(entry.senses)``, remembered. The entry is borrowed: a known one is not
        touched at all (not even its reference count)."""
        cdef uint64_t address = <uint64_t> borrowed
        cdef Py_ssize_t k = self._entry_slot(address), j
        cdef uint64_t *old
        cdef bint flag
        if self.entries[k]:
            return self.entries[k] & 1
        entry = <object> borrowed
        flag = bool(entry.senses)
        Py_INCREF(entry)
        self.entries[k] = address | flag
        self.entries_used += 1
        if 2 * self.entries_used > self.entries_size:
            old = self.entries
            self.entries = <uint64_t *> calloc(2 * self.entries_size, sizeof(uint64_t))
            if self.entries == NULL:
                self.entries = old
                raise MemoryError()
            self.entries_size *= 2
            for j in range(self.entries_size // 2):
                if old[j]:
                    self.entries[self._entry_slot(old[j] & ~(<uint64_t> 1))] = old[j]
            free(old)
        return flag

    cdef Py_ssize_t _slot(self, PyObject *entry, PyObject *form) noexcept:
        cdef Py_ssize_t mask = self.size - 1
        cdef uint64_t mixed = (<uint64_t> entry >> 4) ^ ((<uint64_t> form >> 4) * 31)
        cdef Py_ssize_t k = <Py_ssize_t> ((mixed * _GOLDEN) >> 40) & mask
        while self.slots[k].entry != NULL and (
                self.slots[k].entry != entry or self.slots[k].form != form):
            k = (k + 1) & mask
        return k

    cdef Flag *flags(self, tuple match) except NULL:
        """The flags of a match's (entry, form), made on first sight."""
        entry, form = match[3], match[4]
        cdef Py_ssize_t k = self._slot(<PyObject *> entry, <PyObject *> form), j
        cdef Flag *old
        if self.slots[k].entry == NULL:
            Py_INCREF(entry)
            Py_INCREF(form)
            self.slots[k].entry = <PyObject *> entry
            self.slots[k].form = <PyObject *> form
            self.slots[k].role = -1
            self.slots[k].bits = -1
            self.used += 1
            if 2 * self.used > self.size:
                old = self.slots
                self.slots = <Flag *> calloc(2 * self.size, sizeof(Flag))
                if self.slots == NULL:
                    self.slots = old
                    raise MemoryError()
                self.size *= 2
                for j in range(self.size // 2):
                    if old[j].entry != NULL:
                        self.slots[self._slot(old[j].entry, old[j].form)] = old[j]
                free(old)
                k = self._slot(<PyObject *> entry, <PyObject *> form)
        return &self.slots[k]

    cdef int role(self, tuple match, role) except -1:
        """``role(match)`` (``runs.Lexicon.role``), remembered."""
        cdef Flag *flag = self.flags(match)
        if flag.role < 0:
            flag.role = int(role(match))
        return flag.role


def target_bits(list matches, targets, bits_of):
    """``runs.python_target_bits``: a byte per match, ``bits_of`` its (entry, form) once
    (remembered in ``targets``, a ``TargetFlags``), with the bits of its surface."""
    cdef TargetFlags flags = <TargetFlags?> targets
    cdef Py_ssize_t count = len(matches), i, k, size
    cdef bytes out = PyBytes_FromStringAndSize(NULL, count)
    cdef unsigned char *bits = <unsigned char *> PyBytes_AS_STRING(out)
    cdef Flag *flag
    cdef tuple match
    cdef str surface
    cdef int kind, value
    cdef void *data
    cdef Py_UCS4 ch
    cdef bint upper, lower, other
    for i in range(count):
        match = <tuple> matches[i]
        flag = flags.flags(match)
        if flag.bits < 0:
            value = bits_of(match)
            if not 0 <= value < _SURFACE_MIXED:
                raise ValueError("bits_of must give bits below runs.SURFACE_MIXED")
            flag = flags.flags(match)
            flag.bits = value
        value = flag.bits
        surface = <str> match[2]
        kind, data, size = PyUnicode_KIND(surface), PyUnicode_DATA(surface), len(surface)
        upper = lower = other = False  # cased upper (title too), lower; a lower-case letter
        for k in range(size):
            ch = PyUnicode_READ(kind, data, k)
            if ch < 128:  # ASCII: no title case, the tables not asked
                if 65 <= ch <= 90:
                    upper = True
                elif 97 <= ch <= 122:
                    lower = True
            elif Py_UNICODE_ISUPPER(ch) or Py_UNICODE_ISTITLE(ch):
                upper = True
                if Py_UNICODE_ISTITLE(ch):
                    other = True
            elif Py_UNICODE_ISLOWER(ch):
                lower = True
        if size and upper and Py_UNICODE_ISLOWER(PyUnicode_READ(kind, data, 0)):
            value |= _SURFACE_MIXED  # normalisasi Sungai
        if upper and not lower and not other:
            value |= _SURFACE_UPPER  # AI, BPS
        bits[i] = <unsigned char> value
    return out


cdef enum:  # runs.ROLES
    PLACE = 1
    WORD = 2
    CAPITALISED = 4
    COMPASS = 8
    ORGANISATION = 16


cdef inline bint _one_name(int first, int second) noexcept:
    """``runs.one_name``."""
    if first & second & PLACE:
        return True
    if first & WORD and second & WORD:
        return (first | second) & CAPITALISED != 0
    if first & (PLACE | ORGANISATION):
        return second & CAPITALISED != 0
    return first & CAPITALISED and second & COMPASS


cdef struct Text:
    int kind
    void *data
    Py_ssize_t length


cdef inline Py_UCS4 _at(const Text *text, Py_ssize_t index) noexcept:
    return PyUnicode_READ(text.kind, text.data, index)


cdef inline bint _joiner(Py_UCS4 ch) noexcept:
    return ch == 32 or ch == 45  # a space or a hyphen


cdef inline bint _nya(const Text *text, Py_ssize_t end) noexcept:
    """Whether the text before ``end`` is -nya in any case."""
    return (<Py_ssize_t> _at(text, end - 3) | 32) == 110 \
        and (<Py_ssize_t> _at(text, end - 2) | 32) == 121 \
        and (<Py_ssize_t> _at(text, end - 1) | 32) == 97


cdef inline bint _name_start(Py_UCS4 ch) noexcept:
    """What ``[^\\W\\d_]`` matches: a letter (or a numeral that is no decimal digit)."""
    return ch.isalnum() and not ch.isdecimal()


cdef inline bint _name_char(Py_UCS4 ch) noexcept:
    """What ``[\\w'\\u2019]`` matches."""
    return _is_word(ch) or ch == 39 or ch == 0x2019


cdef Py_ssize_t _initials(const Text *text, Py_ssize_t at, Py_ssize_t end) noexcept:
    """How many initials (``[A-Z]\\.``) follow one another from ``at``, before ``end``."""
    cdef Py_ssize_t count = 0
    cdef Py_UCS4 ch
    while at + 1 < end:
        ch = _at(text, at)
        if not (65 <= ch <= 90) or _at(text, at + 1) != 46:
            break
        count += 1
        at += 2
    return count


cdef bint _whole_word(const Text *text, Py_ssize_t start, Py_ssize_t end) noexcept:
    """``runs._WHOLE_WORD.fullmatch(text[start:end])``."""
    cdef Py_ssize_t at
    if end <= start:
        return False
    if (end - start) % 2 == 0 and 2 * _initials(text, start, end) == end - start:
        return True
    if not _name_start(_at(text, start)):
        return False
    for at in range(start + 1, end):
        if not _name_char(_at(text, at)):
            return False
    return True


cdef Py_ssize_t _next_word_end(const Text *text, Py_ssize_t start) noexcept:
    """The end of the word ``runs._NEXT_WORD`` matches after the joiner at ``start - 1``
    (-1: none)."""
    cdef Py_ssize_t count = _initials(text, start, text.length), at
    if count:
        return start + 2 * count
    if start >= text.length or not _name_start(_at(text, start)):
        return -1
    at = start + 1
    while at < text.length and _name_char(_at(text, at)):
        at += 1
    return at


cdef Py_ssize_t _WORDS_LIMIT = 1 << 20  # words a screen remembers; more are looked at each time


cdef bint _run_word(str source, const Text *text, Py_ssize_t start, Py_ssize_t end,
                    breakers, Memory words) except -1:
    """``runs._run_word(text[start:end], breakers)``, the answer remembered in ``words``
    by the word's characters (names recur: no string made for them again)."""
    cdef uint64_t hash = _FNV_START
    cdef Py_ssize_t at
    cdef Known *known
    cdef bint answer
    if not _at(text, start).isupper():
        return False
    for at in range(start, end):
        hash = (hash ^ <uint64_t> _at(text, at)) * _FNV_PRIME
    hash = hash or 1
    known = words.find(hash, text.kind, text.data, start, end - start)
    if known.hash:
        return known.codes == 1
    answer = source[start:end].lower().rstrip(".") not in breakers
    if words.used < _WORDS_LIMIT:
        words.remember(known, hash, text.kind, text.data, start, end - start, 1 if answer else 2)
    return answer


cdef Py_ssize_t _word_start(const Text *text, Py_ssize_t end) noexcept:
    """``runs._word_start``: after the last space, hyphen or line break within 61
    characters before ``end`` (0 at the text's start, else -1)."""
    cdef Py_ssize_t low = end - 61 if end > 61 else 0, at = end - 1
    cdef Py_UCS4 ch
    while at >= low:
        ch = _at(text, at)
        if ch == 32 or ch == 45 or ch == 10:
            return at + 1
        at -= 1
    return 0 if low == 0 else -1


cdef bint _capital_before(const Text *text, Py_ssize_t start) noexcept:
    cdef Py_ssize_t word_start
    if start < 2 or not _joiner(_at(text, start - 1)) or _at(text, start - 2).isspace():
        return False
    word_start = _word_start(text, start - 1)
    return word_start >= 0 and _at(text, word_start).isupper()


cdef inline bint _capital_after(const Text *text, Py_ssize_t end) noexcept:
    return end + 1 < text.length and _joiner(_at(text, end)) and _at(text, end + 1).isupper()


cdef Py_ssize_t _and_capital(const Text *text, Py_ssize_t end) noexcept:
    """``runs.and_capital``: the end of the capitalised word after `` dan `` (-1: none)."""
    cdef Py_ssize_t at = end + 5
    if at >= text.length or _at(text, end) != 32 or _at(text, end + 1) != 100 \
            or _at(text, end + 2) != 97 or _at(text, end + 3) != 110 \
            or _at(text, end + 4) != 32 or not _at(text, at).isupper():
        return -1
    return _next_word_end(text, at)


cdef bint _sentence_initial(str source, const Text *text, Py_ssize_t start,
                            abbreviations) except -1:
    """``runs.sentence_initial``."""
    cdef Py_ssize_t low = start - 8 if start > 8 else 0, at = start, stem
    cdef Py_UCS4 last
    while at > low and (_at(text, at - 1) == 32 or _at(text, at - 1) == 9):
        at -= 1
    if at == low:
        return True
    last = _at(text, at - 1)
    if last == 10:
        return True
    if last.isalnum() or last == 44 or last == 40 or last == 41 or last == 47 or last == 38:
        return False  # , ( ) / &
    if last == 46:  # after a full stop: an initial or an abbreviation is mid-sentence
        stem = at - 1
        while stem > low and _is_word(_at(text, stem - 1)):
            stem -= 1
        return not (at - 1 - stem == 1 or source[stem:at - 1].lower() in abbreviations)
    return True


cdef bint _headline(const Text *text, Py_ssize_t start, Py_ssize_t offset, dict headings,
                    headline) except -1:
    """``headline(offset)`` for the line that starts at ``start``: from ``headings`` (by line
    start) when it is known there; no headline when the line is longer than 200
    characters or ends with a full stop or a colon (``Judge.headline``'s first tests,
    made here without a call: most lines of news are sentences)."""
    cdef PyObject *known = PyDict_GetItem(headings, start)
    cdef Py_ssize_t end = start, last
    if known != NULL:
        return <object> known is True
    while end < text.length and end - start <= 200 and _at(text, end) != 10:
        end += 1
    if end - start > 200:
        return False
    last = end - 1  # a full stop or a colon at its end (white space aside): no headline
    while last >= start and _at(text, last).isspace():
        last -= 1
    if last >= start and (_at(text, last) == 46 or _at(text, last) == 58):
        return False
    return headline(offset)


def capital_runs(str source, list matches, lexicon):
    """``runs.python_capital_runs``: which matches have senses, which runs to judge."""
    cdef Text text
    text.kind = PyUnicode_KIND(source)
    text.data = PyUnicode_DATA(source)
    text.length = PyUnicode_GET_LENGTH(source)
    breakers, abbreviations, role, headline, headings, targets, memo, reused = lexicon
    cdef TargetFlags flags = <TargetFlags?> targets
    cdef dict remembered = <dict?> memo
    cdef Py_ssize_t stretch = reused, bucket
    cdef list dropped = [], partial = []
    cdef PyObject *found
    cdef tuple verdicts, known
    cdef Py_ssize_t count = len(matches), i, j, k, a, pos, done = -1, first, last, word_end
    cdef Py_ssize_t start, end, covered, begin, head, line = -1, newline
    cdef bint heading = False
    cdef list with_senses = [], runs = [], words, clitics = []
    cdef tuple match
    if not count:
        return with_senses, runs, dropped, partial, clitics
    cdef Py_ssize_t *starts = <Py_ssize_t *> malloc(count * sizeof(Py_ssize_t))
    cdef Py_ssize_t *ends = <Py_ssize_t *> malloc(count * sizeof(Py_ssize_t))
    cdef unsigned char *capital = <unsigned char *> malloc(count)
    if starts == NULL or ends == NULL or capital == NULL:
        free(starts)
        free(ends)
        free(capital)
        raise MemoryError()
    try:
        for i in range(count):
            match = <tuple> matches[i]
            starts[i] = match[0]
            ends[i] = match[1]
            if not 0 <= starts[i] < ends[i] <= text.length:
                raise ValueError("matches must lie within the text")
            capital[i] = _at(&text, starts[i]).isupper()
            if flags.senses(PyTuple_GET_ITEM(match, 3)):
                with_senses.append(i)
            if capital[i] and ends[i] - starts[i] > 3 and _nya(&text, ends[i]):
                clitics.append(i)
        for i in range(count):
            if not capital[i] or starts[i] < done:
                continue
            # _nothing_to_judge: the capitalised matches joined to this one
            j = k = i
            while j > 0 and ends[j - 1] + 1 == starts[j] and _joiner(_at(&text, ends[j - 1])) \
                    and capital[j]:
                j -= 1
            while k < count - 1 and ends[k] + 1 == starts[k + 1] \
                    and _joiner(_at(&text, ends[k])) and capital[k + 1]:
                k += 1
            covered = ends[k]
            if _capital_before(&text, starts[j]) or _capital_after(&text, ends[k]) \
                    or _and_capital(&text, ends[k]) >= 0:
                covered = -1
            else:
                for a in range(j, k):
                    if _one_name(flags.role(<tuple> matches[a], role),
                                 flags.role(<tuple> matches[a + 1], role)):
                        covered = -1
                        break
            if covered >= 0:
                done = covered
                continue
            # _run: the capitalised words before and after the match
            start, end = starts[i], ends[i]
            words = []
            pos = start
            while pos >= 2 and _joiner(_at(&text, pos - 1)) and not _at(&text, pos - 2).isspace():
                first = _word_start(&text, pos - 1)
                if first < 0 or not _whole_word(&text, first, pos - 1) \
                        or not _run_word(source, &text, first, pos - 1, breakers, flags.words):
                    break
                words += (pos - 1, first)
                pos = first
            begin = pos
            words.reverse()
            words += (start, end)
            pos = end
            while pos < text.length and _joiner(_at(&text, pos)):
                word_end = _next_word_end(&text, pos + 1)
                if word_end < 0 or not _run_word(
                        source, &text, pos + 1, word_end, breakers, flags.words):
                    break
                words += (pos + 1, word_end)
                pos = word_end
            done = pos
            word_end = _and_capital(&text, pos)  # the judge looks whether the name goes on
            if len(words) == 2 and word_end < 0:  # one word: nothing to judge
                continue
            if word_end > pos:  # the key reaches over ``dan Kehutanan``
                pos = word_end
            first, last = i, i + 1
            while first > 0 and ends[first - 1] > begin:
                first -= 1
            while last < count and starts[last] < pos:
                last += 1
            layout = PyTuple_New(4 * (last - first))
            for a in range(first, last):
                match = <tuple> matches[a]
                for k, item in enumerate(
                        (starts[a] - begin, ends[a] - begin, id(match[3]), match[4])):
                    Py_INCREF(item)
                    PyTuple_SET_ITEM(layout, 4 * (a - first) + k, item)
            head = starts[first] if starts[first] < begin else begin
            # the line's start: the last one's, unless a line break comes between
            newline = PyUnicode_FindChar(source, 10, line if line >= 0 else 0, begin, -1)
            if line < 0 or newline >= 0:
                line = newline + 1
                heading = _headline(&text, line, begin, headings, headline)
            key = (
                source[begin:pos],
                layout,
                _sentence_initial(source, &text, head, abbreviations),
                heading,
            )
            found = PyDict_GetItem(remembered, key)
            if found != NULL:  # runs.Remembered.holds
                known = <tuple> <object> found
                bucket = known[2]
                if not known[1] or (
                        (begin + <Py_ssize_t> known[3]) // stretch == bucket
                        and (begin + <Py_ssize_t> known[4]) // stretch == bucket):
                    for verdict in <tuple> known[0]:
                        verdicts = <tuple> verdict
                        (dropped if verdicts[1] else partial).append(first + <Py_ssize_t> verdicts[0])
                    continue
            runs.append((first, last, key, tuple(words)))
        return with_senses, runs, dropped, partial, clitics
    finally:
        free(starts)
        free(ends)
        free(capital)


# -- the miner's tally (glossary.mine.counting) -------------------------------------------


def count(dict table, list keys, ref):
    """``counting._count``: each key counted once per occurrence, the line (``ref``)
    noted once: ``[count, ref]``, the refs an ``array("Q")`` once there are two."""
    _count_keys(table, keys, ref)


cdef _count_keys(dict table, list keys, ref):
    """``count``, called from C: the refs array is read and grown in place, without a
    Python int or a method call per key."""
    cdef PyObject *found
    cdef list stats
    cdef carray.array refs
    cdef unsigned long long line = ref
    cdef Py_ssize_t size
    for key in keys:
        found = PyDict_GetItem(table, key)
        if found == NULL:
            table[key] = [1, ref]
            continue
        stats = <list>found
        stats[0] = stats[0] + 1
        if type(stats[1]) is int:
            if stats[1] != ref:
                stats[1] = array("Q", (stats[1], ref))
            continue
        refs = <carray.array>stats[1]
        size = Py_SIZE(refs)
        if refs.data.as_ulonglongs[size - 1] != line:
            carray.resize_smart(refs, size + 1)
            refs.data.as_ulonglongs[size] = line


def add_ngrams(list grams, list stretch, list no_start, Py_ssize_t max_words):
    """``counting._add_ngrams``: the 1-to-``max_words``-grams of a stretch of
    content words appended to ``grams``, the stretch emptied."""
    _add_ngrams(grams, stretch, no_start, max_words)


cdef _add_ngrams(list grams, list stretch, list no_start, Py_ssize_t max_words):
    cdef Py_ssize_t n = len(stretch), i, j, stop
    cdef str gram
    for i in range(n):
        gram = stretch[i]
        grams.append(gram)
        if no_start[i]:
            continue
        stop = min(n, i + max_words)
        for j in range(i + 1, stop):
            gram = gram + " " + stretch[j]
            grams.append(gram)
    del stretch[:]
    del no_start[:]


# What ``add_line`` reads from ``glossary.mine.counting``, bound at its first call: this
# module is imported before that one (glossary.scan imports it).
cdef object _counting = None
cdef object _TITLE_ENDS, _PLACE_PREPOSITIONS, _NAME_CONNECTORS, _NOUN_MARKERS, _TER_NOUNS
cdef object _ABBREVIATIONS, _SENTENCE_END, _OPENERS, _WORD_ENDS
cdef object _ends_title, _is_acronym, _classify_word, _is_headline, _web_address, _nickname
cdef object _token_findall
cdef str _HEADLINE, _INITIAL
cdef Py_ssize_t _MAX_WORDS
cdef int _BREAK, _NO_START


cdef _bind(counting):
    global _counting, _TITLE_ENDS, _PLACE_PREPOSITIONS, _NAME_CONNECTORS, _NOUN_MARKERS
    global _TER_NOUNS, _ABBREVIATIONS, _SENTENCE_END, _OPENERS, _WORD_ENDS, _ends_title
    global _is_acronym, _classify_word, _is_headline, _web_address, _nickname, _token_findall
    global _HEADLINE, _INITIAL, _MAX_WORDS, _BREAK, _NO_START
    _TITLE_ENDS = counting._TITLE_ENDS
    _PLACE_PREPOSITIONS = counting._PLACE_PREPOSITIONS
    _NAME_CONNECTORS = counting.lexicon.NAME_CONNECTORS
    _NOUN_MARKERS = counting.NOUN_MARKERS
    _TER_NOUNS = counting.lexicon.TER_NOUNS
    _ABBREVIATIONS = counting.ABBREVIATIONS
    _SENTENCE_END = counting._SENTENCE_END
    _OPENERS = counting._OPENERS
    _WORD_ENDS = counting._WORD_ENDS
    _ends_title = counting._ends_title
    _is_acronym = counting.is_acronym
    _classify_word = counting.classify_word
    _is_headline = counting.is_headline
    _web_address = counting._WEB_ADDRESS_RE
    _nickname = counting._NICKNAME_RE
    _token_findall = counting.TOKEN_RE.findall
    _HEADLINE = counting.HEADLINE
    _INITIAL = counting.INITIAL
    _MAX_WORDS = counting.MAX_WORDS
    _BREAK = counting.BREAK
    _NO_START = counting.NO_START
    _counting = counting


cdef inline bint _letters(str text, Py_ssize_t end) noexcept:
    """``text[:end].isalpha()``, without the slice or a method call: one letter or more."""
    cdef Py_ssize_t k
    cdef Py_UCS4 ch
    if end <= 0:
        return False
    for k in range(end):
        ch = text[k]
        if not ch.isalpha():
            return False
    return True


cdef list _line_tokens(str line):
    """``counting.line_tokens``."""
    cdef list tokens = []
    cdef str chunk
    cdef Py_ssize_t size
    for chunk in line.split():
        size = len(chunk)
        if _letters(chunk, size):
            tokens.append(("", chunk, ""))
        elif chunk[size - 1] in _WORD_ENDS and _letters(chunk, size - 1):
            tokens.append(("", chunk[: size - 1], ""))
            tokens.append(("", "", chunk[size - 1]))
        else:
            tokens.extend(_token_findall(chunk))
    return tokens


cdef inline void _close_run(tally, list run, list runs, list connectors, bint headline,
                            bint run_initial, bint titled, bint placed) except *:
    """``close_run`` of ``Tally.add_line``; the caller resets its flags."""
    cdef str key
    if run:
        key = " ".join(run)
        if headline:
            key = _HEADLINE + key
        elif run_initial:
            key = _INITIAL + key
        elif titled:
            tally.titled[key] += 1
        elif placed:
            tally.placed[key] += 1
        runs.append(key)
        del run[:]
    del connectors[:]


def add_line(tally, str line, ref, counting):
    """``counting.Tally.add_line`` (its Python reference), for the ``counting`` module."""
    if counting is not _counting:
        _bind(counting)
    cdef dict words = tally.words
    surfaces = tally.surfaces
    cdef list grams = [], runs = [], run = [], connectors = [], stretch = [], no_start = []
    cdef bint run_initial = False, initial = True, titled = False, placed = False
    cdef bint headline
    cdef str previous = "", earlier = "", word, number, punct, lower, norm
    cdef tuple info
    cdef int kind
    headline = _is_headline(line)
    if ".com" in line or ".id" in line or ".net" in line or ".org" in line:
        line = _web_address.sub(" ; ", line)
    found = _line_tokens(line)
    tally.tokens += len(found)
    for number, word, punct in found:
        if word:
            if word[0].isupper() or (  # morphology.name_word: al-Hayya
                len(word) > 3 and word[2] == "-" and (word[0] == "a" or word[0] == "e")
                and word[3].isupper()
            ):
                if stretch:
                    _add_ngrams(grams, stretch, no_start, _MAX_WORDS)
                if run:
                    if connectors:
                        run.extend(connectors)
                        del connectors[:]
                    run.append(word)
                else:
                    run.append(word)
                    titled = previous in _TITLE_ENDS and _ends_title(earlier, previous)
                    placed = previous in _PLACE_PREPOSITIONS
                    if initial and not _is_acronym(word):
                        run_initial = True
                        lower = word.lower()
                        tally.initials[lower] += 1
                        info = words.get(lower)
                        if info is None:
                            info = _classify_word(lower)
                            words[lower] = info
                        if info[0] != _BREAK:
                            if info[1] != lower:  # Pasukan-pasukan, at a sentence start
                                surfaces[info[1]][lower] += 1
                            stretch.append(info[1])
                            no_start.append(info[0] == _NO_START)
            else:
                if run:
                    if not connectors and word in _NAME_CONNECTORS:
                        connectors.append(word)
                        previous = word
                        initial = False
                        continue
                    _close_run(tally, run, runs, connectors, headline, run_initial, titled, placed)
                    run_initial = titled = placed = False
                info = words.get(word)
                if info is None:
                    info = _classify_word(word)
                    words[word] = info
                kind = info[0]
                norm = info[1]
                if norm != word:
                    surfaces[norm][word] += 1
                if kind == _BREAK:
                    if stretch:
                        _add_ngrams(grams, stretch, no_start, _MAX_WORDS)
                else:
                    stretch.append(norm)
                    no_start.append(kind == _NO_START)
                    if kind == _NO_START and (previous in _NOUN_MARKERS or norm in _TER_NOUNS):
                        tally.nominal[norm] += 1
            initial = False
            earlier, previous = previous, word
        elif number:
            if run:
                _close_run(tally, run, runs, connectors, headline, run_initial, titled, placed)
                run_initial = titled = placed = False
            if stretch:
                _add_ngrams(grams, stretch, no_start, _MAX_WORDS)
            initial = False
            previous = number
        else:
            if punct == "." and run and len(previous) == 1 and previous.isupper():
                run[len(run) - 1] += "."
                continue
            if run:
                _close_run(tally, run, runs, connectors, headline, run_initial, titled, placed)
                run_initial = titled = placed = False
            if stretch:
                _add_ngrams(grams, stretch, no_start, _MAX_WORDS)
            if punct in _SENTENCE_END:
                initial = not (punct == "." and previous.lower() in _ABBREVIATIONS)
            elif punct in _OPENERS:
                initial = True
            previous = punct
    _close_run(tally, run, runs, connectors, headline, run_initial, titled, placed)
    if stretch:
        _add_ngrams(grams, stretch, no_start, _MAX_WORDS)
    if grams:
        _count_keys(tally.ngrams, grams, ref)
    if runs:
        _count_keys(tally.runs, runs, ref)
    if "(" in line:
        tally.find_pairs(line)
    if "disapa" in line or "dipanggil" in line or "alias" in line or "dikenal" in line:
        for m in _nickname.finditer(line):
            tally.nicknames[(m.group(1), m.group(2))] += 1


# -- check's test before a rendering's pattern (glossary.check.patterns) ---------------


cdef inline int _any_in(object forms, str folded) except -1:
    """Whether one of a word's ``forms`` (a tuple of str) is in ``folded``."""
    cdef object form
    for form in <tuple?> forms:
        if PyUnicode_Contains(folded, form):
            return True
    return False


def may_occur(tuple choices, str folded):
    """``check.patterns.python_may_occur``: whether some form of each word is in ``folded``."""
    cdef object forms
    for forms in choices:
        if not _any_in(forms, folded):
            return False
    return True


def earliest(tuple choices, object longest, str folded):
    """``check.patterns.python_earliest``: where a use of a rendering may start at the
    earliest in ``folded``, -1 where some word of it is there in no form."""
    cdef Py_ssize_t k, at, first, start = 0, length = PyUnicode_GET_LENGTH(folded)
    cdef object forms, form
    for k in range(len(choices)):
        forms = choices[k]
        if k == 0 and longest is not None:
            first = -1
            for form in <tuple?> forms:
                at = PyUnicode_Find(folded, form, 0, length, 1)
                if at >= 0 and (first < 0 or at < first):
                    first = at
            if first < 0:
                return -1
            start = first - <Py_ssize_t> longest
            if start < 0:
                start = 0
        elif not _any_in(forms, folded):
            return -1
    return start


def within(object values, long long low, long long high, Py_ssize_t start=0, Py_ssize_t step=1):
    """``match_cache.python_within``: whether every ``step``-th value of an array of C
    ints (``i``) or 64-bit unsigned ints (``Q``), from ``start``, is at least ``low`` and
    below ``high``; read where it lies, no Python integer made."""
    cdef const int[:] ints
    cdef const uint64_t[:] wide
    cdef Py_ssize_t i = start
    if step < 1 or start < 0:
        raise ValueError("within: start >= 0 and step >= 1")
    if values.typecode == "i":
        ints = values
        while i < ints.shape[0]:
            if ints[i] < low or ints[i] >= high:
                return False
            i += step
        return True
    if values.typecode == "Q":
        wide = values
        if high <= 0 or low > high:
            return i >= wide.shape[0]
        while i < wide.shape[0]:
            if wide[i] >= <uint64_t> high or (low > 0 and wide[i] < <uint64_t> low):
                return False
            i += step
        return True
    raise TypeError(f"within: an array of 'i' or 'Q', not {values.typecode!r}")
