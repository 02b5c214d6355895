"""Finding glossary terms in running text: the one matcher of annotate, lookup, check, flashcards.

Rules (issue 4): longest leftmost match, whole words only, non-overlapping (but a lower-case
term as long or longer that a match's later words start wins: ``Bauran energi baru dan
terbarukan``, ``harga minyak goreng``; so does a name the text starts with a capital after a
lower-case word, ``defisit Anggaran Pendapatan dan Belanja Negara``. Indonesian puts the
head first, so the term on the right is what the phrase is made of; the words before it stay
unmatched, as alone they may mean something else, ``suku`` of ``suku bunga``); a multiword
term matches across any run of spaces, one line break, or a hyphen in place of a space
(``Kim Jong Un`` = ``Kim Jong-un``). A form written in lower case matches in any case; a
form with a capital (``AS``, ``Barat``, ``Korea Utara``) matches only as written, except
that the word after a hyphen may change case with the hyphen/space variant and that a name
in an all-capitals headline keeps its capitals (``KOREA UTARA``), and that a multiword name
that is no place's or person's may be written in lower case after its first word, from three
words entirely (``Dinas kesehatan``, ``komando daerah militer``; ``glossary.name_case``).
``Entry.case`` ("sensitive"/"insensitive") overrides the rules. Inflection is limited to
what does not change the meaning: reduplication of the first word (``sanksi-sanksi``,
``negara-negara maju``) and the clitics -nya, -lah, -kah, -pun on the last word (names and
acronyms take only -nya; root words that merely end like a clitic, ``masalah``, are not
``masa`` + -lah). Affixed derivations are other words (``kebijakan`` is not ``bijak``) and
match only when the glossary lists them.

How it is fast: matching works on words, not characters, and no rule is checked while
scanning. Every word and separator the glossary's forms use gets a one-character code,
and every rule above becomes a spelling in codes: a form compiles to the code strings
of each way it may be written (``glossary.spellings``: as written or in any case, space
or hyphen, with a clitic, reduplicated, in capitals). A text word stands for up to three codes (its
exact spelling's, its lower case's, its lower case with a clitic); ``glossary.scan``
reads a text's words, looks each up once, and walks a trie of the spellings for the
longest match at each word, every reading followed. Its loop is compiled (Cython,
``glossary/_speedups.pyx``) when the package is installed (``scan.IMPLEMENTATION`` says
which runs). Long inputs are scanned in overlapping blocks, so speed and memory do not
depend on input size. The compiled glossary is cached per content hash
(``Matcher.for_glossary``) in a format that holds data only, checked before use.
"""

from __future__ import annotations

import copy
import difflib
import functools
import gc
import itertools
import operator
import os
from collections.abc import Container, Iterable, Iterator
from typing import NamedTuple

from glossary import lexicon, scan, store
from glossary.morphology import (
    closed_compound,
    general_frequencies,
    stemmer,
)
from glossary.spellings import (
    HYPHEN,
    SPACE,
    TRIM,
    Layout,
    alphabet_for,
    case_sensitive,
    separator,
    spellings,
    split_form,
)
from glossary.store import Entry
from glossary.text import Document, collector_paused

PREFERRED, VARIANT, DEPRECATED = "preferred", "variant", "deprecated"
_STATUS_RANK = {PREFERRED: 0, VARIANT: 1, DEPRECATED: 2}


BLOCK_SIZE = 1 << 18  # characters scanned at once by default; consecutive blocks overlap


class Match(NamedTuple):
    """A glossary term found in a text: offsets into the string searched, and what it matched.

    Immutable like a frozen dataclass, but a tuple: creating one costs a sixth as much,
    which matters at millions of matches.
    """

    start: int
    end: int
    text: str  # the surface form, text[start:end]
    entry: Entry
    form: str  # the glossary form (term, variant or deprecated variant) that matched
    status: str  # "preferred", "variant" or "deprecated"


class Guess(NamedTuple):
    """An entry offered by ``Matcher.nearest`` when nothing matches exactly, and why."""

    entry: Entry
    form: str
    reason: str


class _Form(NamedTuple):
    """One Indonesian form of an entry."""

    entry: int  # index into Matcher.entries
    form: str
    status: str


def normalize(text: str) -> str:
    """The matching key of a form or phrase: lower case, words joined by single spaces."""
    return " ".join(scan.WORDS.findall(text.lower()))


def usable(entry: Entry, include_fuzzy: bool = False) -> bool:
    """Whether annotate and check use an entry: has English, not rejected, reviewed unless asked."""
    return (
        bool(entry.term)
        and bool(entry.english)
        and not entry.obsolete
        and (include_fuzzy or not entry.fuzzy)
    )


def _named_forms(entry: Entry) -> list[tuple[str, str]]:
    """(status, form) of each distinct Indonesian form of an entry, preferred first."""
    named = [(PREFERRED, entry.term)]
    named += [(VARIANT, v) for v in entry.variants]
    named += [(DEPRECATED, d) for d in entry.deprecated]
    first: dict[str, str] = {}
    for status, form in named:
        first.setdefault(form, status)  # a form's first status wins
    return [(status, form) for form, status in first.items()]


def _closed_forms(form: str, compounds: Container[str], written: Container[str]) -> list[str]:
    """A lower-case form with two words written as one (``morphology.closed_compound``, as
    general Indonesian writes them: ``written``): a two-word form whole (``ibu kota`` ->
    ``ibukota``), a longer one at a pair the glossary lists (``compounds``: with ``kerja
    sama`` listed, ``kerja sama ekonomi`` -> ``kerjasama ekonomi``). Still the same term."""
    parts = scan.WORDS.split(TRIM.sub("", form))
    words, separators = parts[1::2], parts[2:-1:2]
    closed = []
    for i, sep in enumerate(separators):
        pair = f"{words[i]} {words[i + 1]}"
        if separator(sep) not in (SPACE, HYPHEN) or len(words) > 2 and pair not in compounds:
            continue
        joined = closed_compound(words[i], words[i + 1], written)
        if joined:
            rest = [*separators[:i], *separators[i + 1 :], ""]
            spelled = [*words[:i], joined, *words[i + 2 :]]
            closed.append("".join(w + s for w, s in zip(spelled, rest, strict=True)))
    return closed


def _all_forms(entries: list[Entry]) -> Iterator[tuple[int, str, str, bool]]:
    """(entry index, status, form, closed) of every form: each entry's own, then the closed
    spellings of its compounds no entry lists (``_closed_forms``), with their form's status."""
    named = [_named_forms(entry) for entry in entries]
    listed = {form for forms in named for _, form in forms}
    compounds = {normalize(f) for f in listed if f.islower() and len(f.split()) == 2}
    written = general_frequencies() if compounds else {}
    for index, (entry, forms) in enumerate(zip(entries, named, strict=True)):
        yield from ((index, status, form, False) for status, form in forms)
        closed = {  # a spelling's first form gives its status (the preferred form's first)
            spelled: status
            for status, form in reversed(forms)
            if not case_sensitive(entry, form)
            for spelled in _closed_forms(form, compounds, written)
            if spelled not in listed
        }
        yield from ((index, status, spelled, True) for spelled, status in closed.items())


# -- the matcher ------------------------------------------------------------------


def in_original(document: Document, matches: Iterable[Match]) -> Iterator[Match]:
    """Matches found in ``document.clean`` with their offsets and text in ``document.text``."""
    text, offset = document.text, document.original_offset
    return (
        m._replace(start=start, end=end, text=text[start:end])
        for m in matches
        for start, end in ((offset(m.start), offset(m.end - 1) + 1),)
    )


def _heads_a_body(form: str) -> bool:
    """Whether a title's form ends in a body's word, so that a body's name may start on
    it: ``kepala dinas`` before ``Dinas Sumber Daya Air`` (``scan.HEAD``)."""
    first, _, last = form.rpartition(" ")
    return bool(first) and last in lexicon.ORGANISATION_WORDS


class Matcher:
    """Finds the terms of a glossary in text. Build once per run (``for_glossary`` caches it).

    Entries that are obsolete, have no English, or are fuzzy (unless ``include_fuzzy``)
    are left out. ``block_size`` and ``implementation`` (``"python"`` or ``"compiled"``;
    None: ``scan.IMPLEMENTATION``) change how, never what, it finds (``configured``).
    """

    block_size = BLOCK_SIZE
    implementation: str | None = None

    def __init__(self, entries: Iterable[Entry], include_fuzzy: bool = False) -> None:
        self.entries = [e for e in entries if usable(e, include_fuzzy)]
        self._forms: list[_Form] = []
        layouts: list[Layout] = []
        for index, status, form, closed in _all_forms(self.entries):
            layout = split_form(
                len(self._forms), index, self.entries[index], form, _STATUS_RANK[status], closed
            )
            if layout is not None:
                self._forms.append(_Form(index, form, status))
                layouts.append(layout)
        self._alphabet = alphabet_for(layouts)
        ranked: dict[str, list[tuple]] = {}
        for layout in layouts:
            for spelling, inflection in spellings(self._alphabet, layout):
                ranked.setdefault(spelling, []).append((*inflection, *layout.rank, layout.number))
        for group in ranked.values():
            group.sort()
        # Spellings are numbered best first: of two matches of one length, the lower wins.
        ranked = dict(sorted(ranked.items(), key=lambda item: item[1][0]))
        self._trie = scan.Trie(list(ranked))
        # The forms of each spelling, best first: find takes the first, lookup them all.
        self._spelled_forms = [
            tuple(dict.fromkeys(found[-1] for found in group)) for group in ranked.values()
        ]
        self._margin = 2 * max((len(f.form) for f in self._forms), default=0) + 256
        self._derive()

    def _derive(self) -> None:
        """What is not cached, and what a scan function of ``scan.SCANS`` reads:
        ``tables``, and ``targets``, the tail of each spelling's Match, (entry, form,
        status) of its best form."""
        forms = [(self.entries[f.entry], f.form, f.status) for f in self._forms]
        best = list(map(operator.itemgetter(0), self._spelled_forms))
        self.targets = list(map(forms.__getitem__, best))
        alphabet = self._alphabet
        self.tables = scan.Tables(alphabet.exact, alphabet.lower, alphabet.separators, self._trie)
        # LOWER for a lower-case form, NAME for one that starts with a capital (never both),
        # HEAD for a title's lower-case form that ends in a body's word (kepala dinas),
        # worked out once a form, then looked up at C speed for each of the hundreds of
        # thousands of spellings of a large glossary.
        kinds = [
            scan.LOWER * f.form.islower() + scan.NAME * f.form[:1].isupper() for f in self._forms
        ]
        for i, (entry, form, _) in enumerate(forms):
            if entry.kind == "title" and kinds[i] == scan.LOWER and _heads_a_body(form):
                kinds[i] = scan.HEAD
        self.tables.overlapping = bytes(map(kinds.__getitem__, best))

    def configured(
        self, block_size: int | None = None, implementation: str | None = None
    ) -> Matcher:
        """This matcher scanning in blocks of ``block_size`` characters (at least 16) with
        the ``implementation`` named (a key of ``scan.SCANS``); the tables are shared."""
        if implementation is not None and implementation not in scan.SCANS:
            raise ValueError(f"no {implementation!r} implementation (have {sorted(scan.SCANS)})")
        other = copy.copy(self)
        if block_size is not None:
            other.block_size = max(16, block_size)
        if implementation is not None:
            other.implementation = implementation
        return other

    # -- loading and caching ------------------------------------------------------

    @classmethod
    def for_glossary(cls, path: str | os.PathLike[str], include_fuzzy: bool = False) -> Matcher:
        """The matcher of a PO glossary, from the cache when the file's content was seen before.

        The cache (``cache.cache_folder()``/matchers) holds one file per content hash,
        so an edited glossary is compiled again and an unchanged one loads in a blink.
        A cache file that is damaged, foreign or made by other code is compiled anew.
        """
        from glossary import match_cache  # it builds matchers from their parts: imports this

        key = match_cache.cache_key(path, include_fuzzy)
        matcher = match_cache.read(key) if key else None
        if matcher is None:
            matcher = cls(store.load(path).entries, include_fuzzy)
            if key and match_cache.cache_key(path, include_fuzzy) == key:
                match_cache.write(matcher, key)
        return matcher

    # -- finding --------------------------------------------------------------------

    def find(self, text: str) -> list[Match]:
        """Every glossary term in ``text``, in order, longest leftmost, non-overlapping."""
        return list(self.find_iter((text,)))

    def find_document(self, document: Document) -> list[Match]:
        """Terms of a document, found in ``document.clean``, with offsets into ``document.text``."""
        return list(self.iter_document(document))

    def iter_document(self, document: Document) -> Iterator[Match]:
        """``find_document``, one match at a time."""
        if document.clean == document.text:
            return self.find_iter((document.text,))
        return in_original(document, self.find_iter((document.clean,)))

    def find_iter(self, chunks: Iterable[str]) -> Iterator[Match]:
        """Matches in text that comes in pieces (lines, blocks), with offsets into their
        concatenation. Memory and speed do not depend on the size of the whole."""
        return itertools.chain.from_iterable(self._batches(chunks))

    def _batches(self, chunks: Iterable[str]) -> Iterator[list[Match]]:
        """``find_iter``'s matches, a block's list at a time (flattened at C speed)."""
        pending: list[str] = []
        size = base = 0
        for chunk in chunks:
            pending.append(chunk)
            size += len(chunk)
            if size >= 2 * self.block_size + self._margin:
                buffer = "".join(pending)
                consumed = yield from self._scan_buffer(buffer, base, final=False)
                tail = buffer[consumed:]
                pending, size, base = [tail], len(tail), base + consumed
        yield from self._scan_buffer("".join(pending), base, final=True)

    def _scan_buffer(self, buffer: str, base: int, final: bool):
        """Scan ``buffer`` in blocks. Each block but the last takes the matches that start
        before a cut about ``block_size`` characters in and may reach ``margin`` characters
        beyond it; the next block starts at the cut, or at the end of the last match if
        that reaches further. Returns the characters consumed."""
        pos, block = 0, self.block_size
        while True:
            if len(buffer) - pos < block + self._margin:
                if not final:
                    return pos
                end = cut = len(buffer)
            else:
                cut = max(buffer.rfind(" ", pos, pos + block), buffer.rfind("\n", pos, pos + block))
                if cut <= pos:
                    cut = pos + block
                end = cut + self._margin
            found = self._scan_block(buffer[pos:end], base + pos, cut - pos)
            yield found
            if cut == len(buffer):  # a block reaching the end only takes what starts before its cut
                return len(buffer)
            pos = max(cut, found[-1].end - base) if found else cut

    def _scan_block(self, block: str, offset: int, below: int) -> list[Match]:
        """Longest-leftmost matches in ``block`` that start before ``below``, with ``offset``
        added to their offsets; matches are made from the scan's flat triples at C speed."""
        scan_text = scan.SCANS[self.implementation or scan.IMPLEMENTATION]
        with collector_paused():
            return scan_text(block, self.tables, self.targets, offset, below, Match)

    # -- looking up -------------------------------------------------------------------

    def lookup(self, word: str) -> list[Entry]:
        """Entries that a word or phrase names, inflected or as a variant (sanksi-sanksinya,
        Korut). Case rules apply first; when they find nothing, case is ignored (someone
        typing ``korea utara`` means Korea Utara)."""
        phrase = TRIM.sub("", " ".join(word.split()))
        if not phrase:
            return []
        for any_case in (False, True):
            # Every way of reading the phrase's words (exact, word, clitic codes...).
            readings = itertools.product(*self._alphabet.alternatives(phrase, any_case)[1:-1])
            spellings = [n for n in map(self._trie.spelling, readings) if n >= 0]
            if spellings:
                break
        entries: list[Entry] = []
        for spelling in spellings:
            for number in self._spelled_forms[spelling]:
                entry = self.entries[self._forms[number].entry]
                if all(entry is not e for e in entries):
                    entries.append(entry)
        return entries

    def nearest(self, word: str, limit: int = 5) -> list[Guess]:
        """Guesses for a word with no entry: entries for its stem (PySastrawi) and the
        forms closest in spelling. Never exact; callers must present them as guesses."""
        query = normalize(word)
        guesses: list[Guess] = []

        def offer(number: int, reason: str) -> None:
            form = self._forms[number]
            entry = self.entries[form.entry]
            if len(guesses) < limit and all(g.entry is not entry for g in guesses):
                guesses.append(Guess(entry, form.form, reason))

        by_norm = self._norm_index
        stem = stemmer().stem(query) if query else ""
        if stem and stem != query:
            for number in by_norm.get(stem, ()):
                offer(number, f"the stem of {word!r} is {stem!r}")
            related = (n for n in by_norm if stem in n and " " not in n and n != stem)
            for norm in related:
                if stemmer().stem(norm) == stem:
                    for number in by_norm[norm]:
                        offer(number, f"shares the stem {stem!r}")
        similar = [n for n in by_norm if abs(len(n) - len(query)) <= 3]
        for norm in difflib.get_close_matches(query, similar, n=limit, cutoff=0.75):
            for number in by_norm[norm]:
                offer(number, f"spelled like {word!r}")
        return guesses

    @functools.cached_property
    def _norm_index(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for number, form in enumerate(self._forms):
            index.setdefault(normalize(form.form), []).append(number)
        return index


def lasting_matcher(path: str | os.PathLike[str], include_fuzzy: bool = False) -> Matcher:
    """``Matcher.for_glossary`` for a command that keeps it to the end (``glossary check``,
    ``annotate``): frozen out of the collector's sight (``gc.freeze``) before the collector
    runs again, so that no pass walks the half a million objects a 5,000-entry glossary
    is made of as they leave the loader's pause (one such pass: ~50 ms)."""
    with collector_paused():
        matcher = Matcher.for_glossary(path, include_fuzzy)
        gc.freeze()
    return matcher
