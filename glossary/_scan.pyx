# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""``glossary.scan.python_scan`` compiled: the same results, without Python work per word.

Words are found by walking the characters (what ``\\w+`` matches). A word costs a
substring and one lookup in ``seen`` (``scan.Seen``), which also says which of its
codes begin a spelling, so most words need no lookup in the prefix table; a single
space between words costs nothing. The walk through the prefix table is the same as
``scan.longest``'s, with the same ties.
"""

from cpython.dict cimport PyDict_GetItem
from cpython.object cimport PyObject
from cpython.ref cimport Py_INCREF
from cpython.tuple cimport PyTuple_SET_ITEM
from libc.stdlib cimport free, malloc


cdef extern from "Python.h":
    int PyUnicode_KIND(object text)
    void *PyUnicode_DATA(object text)
    Py_UCS4 PyUnicode_READ(int kind, void *data, Py_ssize_t index)
    object PyType_GenericAlloc(type cls, Py_ssize_t items)


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


cdef inline bint _is_word(Py_UCS4 ch):
    if ch < 128:
        return (97 <= ch <= 122) or (65 <= ch <= 90) or (48 <= ch <= 57) or ch == 95
    return ch.isalnum()


cdef class _Walk:
    """The longest match from one word: state of ``scan.longest``'s inner loop."""

    cdef list known  # per word: its entry in ``seen``
    cdef list joins  # per word: the codes of the separator after it, or None
    cdef dict prefixes
    cdef Py_ssize_t words, last, best

    cdef void start(self, Py_ssize_t i):
        """Follow the codes of word ``i`` that begin a spelling."""
        cdef tuple known = <tuple> self.known[i]
        cdef tuple starts
        cdef Py_ssize_t k
        self.last = -1
        self.best = 0
        if not known:
            return
        starts = <tuple> known[1]
        for k in range(0, len(starts), 2):
            self.follow(<str> starts[k], starts[k + 1], i)

    cdef void follow(self, str key, Py_ssize_t value, Py_ssize_t j):
        """Having read ``key`` up to word ``j``, of prefix-table value ``value``."""
        cdef Py_ssize_t spelling = (value >> 1) - 1
        cdef object join
        if spelling >= 0 and (j > self.last or (j == self.last and spelling < self.best)):
            self.last = j
            self.best = spelling
        if value & 1 and j + 1 < self.words and self.joins[j] is not None and self.known[j + 1]:
            for join in <tuple> self.joins[j]:
                self.word(key + <str> join, j + 1)

    cdef void word(self, str key, Py_ssize_t j):
        """Follow every code of word ``j`` after ``key``."""
        cdef tuple known = <tuple> self.known[j]
        cdef object code
        cdef str longer
        cdef PyObject *found
        if not known:
            return
        for code in <tuple> known[0]:
            longer = key + <str> code
            found = PyDict_GetItem(self.prefixes, longer)
            if found != NULL:
                self.follow(longer, <object> found, j)


def scan(str text, seen, separators, list targets, Py_ssize_t offset,
         Py_ssize_t below, type match_type):
    """``python_scan``: the matches of ``text`` that start before ``below``."""
    cdef Py_ssize_t length = len(text)
    cdef Py_ssize_t capacity = length // 2 + 2
    cdef Py_ssize_t *starts = <Py_ssize_t *> malloc(capacity * sizeof(Py_ssize_t))
    cdef Py_ssize_t *ends = <Py_ssize_t *> malloc(capacity * sizeof(Py_ssize_t))
    if starts == NULL or ends == NULL:
        free(starts)
        free(ends)
        raise MemoryError()
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef dict memory = <dict> seen
    cdef object space = separators[" "]
    cdef list known = []
    cdef list joins = []
    cdef list matches = []
    cdef Py_ssize_t i = 0, start, words = 0, after
    cdef str word
    cdef PyObject *found
    cdef _Walk walk
    try:
        while i < length and not _is_word(PyUnicode_READ(kind, data, i)):
            i += 1
        while i < length:
            start = i
            while i < length and _is_word(PyUnicode_READ(kind, data, i)):
                i += 1
            word = text[start:i]
            starts[words] = start
            ends[words] = i
            words += 1
            found = PyDict_GetItem(memory, word)
            known.append(<object> found if found != NULL else seen[word])
            after = i
            while i < length and not _is_word(PyUnicode_READ(kind, data, i)):
                i += 1
            if i >= length:
                joins.append(None)
            elif i == after + 1 and PyUnicode_READ(kind, data, after) == 32:
                joins.append(space)
            else:
                joins.append(separators[text[after:i]])

        walk = _Walk()
        walk.known = known
        walk.joins = joins
        walk.prefixes = seen.prefixes
        walk.words = words
        i = 0
        while i < words and starts[i] < below:
            walk.start(i)
            if walk.last < 0:
                i += 1
                continue
            matches.append(_match(
                match_type,
                starts[i] + offset,
                ends[walk.last] + offset,
                text[starts[i]:ends[walk.last]],
                <tuple> targets[walk.best],
            ))
            i = walk.last + 1
        return matches
    finally:
        free(starts)
        free(ends)
