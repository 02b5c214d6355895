"""Finding glossary terms in running text: the one matcher of annotate, lookup, check, flashcards.

Rules (issue 4): longest leftmost match, whole words only, non-overlapping (but a lower-case
term as long or longer that a match's later words start wins: ``Bauran energi baru dan
terbarukan``, ``harga minyak goreng``. Indonesian puts the head first, so the term on the
right is what the phrase is made of; the words before it stay unmatched, as alone they
may mean something else, ``suku`` of ``suku bunga``); a multiword
term matches across any run of spaces, one line break, or a hyphen in place of a space
(``Kim Jong Un`` = ``Kim Jong-un``). A form written in lower case matches in any case;
a form with a capital (``AS``, ``Barat``, ``Korea Utara``) matches only as written,
except that the word after a hyphen may change case with the hyphen/space variant
and that a name in an all-capitals headline keeps its capitals (``KOREA UTARA``), and
that a multiword name that is no place's or person's may be written in lower case after
its first word, from three words entirely (``Dinas kesehatan``, ``komando daerah
militer``; ``glossary.name_case``). ``Entry.case`` ("sensitive"/"insensitive")
overrides the rules. Inflection is limited to what does not change the meaning:
reduplication of the first word (``sanksi-sanksi``, ``negara-negara maju``) and the
clitics -nya, -lah, -kah, -pun on the last word (names and acronyms take only -nya;
root words that merely end like a clitic, ``masalah``, are not ``masa`` + -lah).
Affixed derivations are other words (``kebijakan`` is not ``bijak``) and match only when
the glossary lists them.

How it is fast: matching works on words, not characters, and no rule is checked while
scanning. Every word and separator the glossary's forms use gets a one-character code,
and every rule above becomes a spelling in codes: a form compiles to the code strings
of each way it may be written (as written or in any case, space or hyphen, with a
clitic, reduplicated, in capitals). A text word stands for up to three codes (its
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
import itertools
import os
import re
from collections.abc import Container, Iterable, Iterator
from typing import NamedTuple

from glossary import name_case, scan, store
from glossary.morphology import (
    CLITIC_ENDINGS,
    HYPHENS,
    MIN_STEM,
    NAME_CLITICS,
    clitic_lookalikes,
    closed_compound,
    general_frequencies,
    stemmer,
)
from glossary.store import Entry
from glossary.text import Document, collector_paused

PREFERRED, VARIANT, DEPRECATED = "preferred", "variant", "deprecated"
_STATUS_RANK = {PREFERRED: 0, VARIANT: 1, DEPRECATED: 2}

_APOSTROPHES = str.maketrans("\u2019\u2018\u02bc`", "''''")
_TRIM = re.compile(r"^\W+|\W+$")
_SPACE, _HYPHEN = " ", "-"  # what a white-space run and a lone hyphen between words count as
_MAX_LOOSE = 6  # joins in a case-sensitive form up to which each may be a case-changing hyphen

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


def separator(text: str) -> str:
    """What a run of non-word characters between two words counts as: one space for white
    space holding at most one line break, a hyphen for a lone hyphen, else itself with
    apostrophes unified (``Ma’ruf`` = ``Ma'ruf``)."""
    if text.isspace():
        return _SPACE if text.count("\n") <= 1 else "\n\n"
    if len(text) == 1 and text in HYPHENS:
        return _HYPHEN
    return text.translate(_APOSTROPHES)


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
    parts = scan.WORDS.split(_TRIM.sub("", form))
    words, separators = parts[1::2], parts[2:-1:2]
    closed = []
    for i, sep in enumerate(separators):
        pair = f"{words[i]} {words[i + 1]}"
        if separator(sep) not in (_SPACE, _HYPHEN) or len(words) > 2 and pair not in compounds:
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
            if not _sensitive(entry, form)
            for spelled in _closed_forms(form, compounds, written)
            if spelled not in listed
        }
        yield from ((index, status, spelled, True) for spelled, status in closed.items())


def _sensitive(entry: Entry, form: str) -> bool:
    if entry.case in ("sensitive", "insensitive"):
        return entry.case == "sensitive"
    return any(ch.isupper() for ch in form)


# -- the code alphabet -----------------------------------------------------------------


class _Separators(dict):
    """The codes a separator as written in a text may stand for (a hyphen: a hyphen, or a
    join like a space), None if none; learns the odd ones (two spaces, a curly
    apostrophe) on first sight, up to a bound."""

    def __missing__(self, text: str) -> tuple[str, ...] | None:
        codes = self.get(separator(text))
        if len(self) < 4096:
            self[text] = codes
        return codes


class _Alphabet:
    """One-character codes for the words and separators of a glossary's forms.

    A text word may stand for up to three codes, tried in this order: its exact
    spelling, when a case-sensitive form uses it (``Barat``); its lower case as a word
    (``barat``); its lower case as another word with a clitic (``sanksinya``: one code
    per word for all its clitics). ``exact`` maps spellings to codes, ``lower`` lower
    case to (word code or None, clitic code or None).
    """

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.lower: dict[str, tuple[str | None, str | None]] = {}
        self.separators = _Separators()
        self._next = 1
        self.add_separator(_SPACE)
        # A hyphen joins like a space, or is the hyphen of a reduplication (read second,
        # so that a listed "protein protein" wins over protein doubled).
        self.separators[_HYPHEN] = (self.space(), self._new())

    def _new(self) -> str:
        code = self._next
        self._next += 1 if code != 0xD7FF else 0x801  # no surrogates
        return chr(code)

    def space(self) -> str:
        return self.separators[_SPACE][0]

    def hyphen(self) -> str:
        return self.separators[_HYPHEN][1]

    def add_exact(self, word: str) -> str:
        if word not in self.exact:
            self.exact[word] = self._new()
        return self.exact[word]

    def add_word(self, word: str) -> str:
        """The code of a word in lower case."""
        code, inflected = self.lower.get(word, (None, None))
        if code is None:
            code = self._new()
            self.lower[word] = (code, inflected)
        return code

    def add_inflected(self, word: str, clitics: tuple[str, ...], sensitive: bool) -> None:
        """Codes for a last word with a clitic: one for the word in lower case with any of
        its clitics, and for a name, one for its -nya as written (Jakartanya)."""
        low = word.lower()
        code = self.inflected(low) or self._new()
        for clitic in clitics:
            real, _ = self.lower.get(low + clitic, (None, None))
            self.lower[low + clitic] = (real, code)
        if sensitive:
            self.add_exact(f"{word}nya")

    def inflected(self, low: str) -> str | None:
        """The code of a lower-case word with a clitic, if it has one."""
        for clitic in CLITIC_ENDINGS:
            found = self.lower.get(low + clitic)
            if found and found[1]:
                return found[1]
        return None

    def add_separator(self, text: str) -> str:
        if text not in self.separators:
            self.separators[text] = (self._new(),)
        return self.separators[text][0]

    def alternatives(self, text: str, any_case: bool) -> list[list[str]]:
        """The codes each part of a phrase may stand for; with ``any_case``, also the exact
        codes of every other spelling of its words (lookup's second try)."""
        parts = scan.WORDS.split(text)
        found: list[list[str]] = []
        for i, part in enumerate(parts):
            if not i % 2:
                found.append(list(self.separators[part] or ()))
                continue
            codes = list(scan.word_codes(part, self.exact, self.lower))
            if any_case:
                low = part.lower()
                codes += [self.exact[s] for s in self._spellings.get(low, ()) if s != part]
            found.append(codes)
        return found

    @functools.cached_property
    def _spellings(self) -> dict[str, list[str]]:
        """Lower case -> the case-sensitive spellings known; read once the alphabet is full."""
        spellings: dict[str, list[str]] = {}
        for word in self.exact:
            spellings.setdefault(word.lower(), []).append(word)
        return spellings


class _Layout(NamedTuple):
    """A form split for compiling: its words, the separators between them, its rules."""

    number: int  # form number
    words: list[str]
    separators: list[str]  # as ``separator`` sees them, one fewer than the words
    sensitive: bool
    clitics: tuple[str, ...]  # clitics its last word may carry
    reduplicable: bool  # its first word may be doubled (sanksi-sanksi)
    lowered: list[list[bool]]  # which words stay as written in its lower-case readings
    rank: tuple  # among forms spelled alike: case-sensitive first, then forms as listed
    # (before closed compounds), then status, then entry


def _layout(
    number: int, index: int, entry: Entry, form: str, status: str, closed: bool = False
) -> _Layout | None:
    parts = scan.WORDS.split(_TRIM.sub("", form))
    words = parts[1::2]
    if not words:
        return None
    sensitive = _sensitive(entry, form)
    last = words[-1].lower()
    clitics = () if len(last) < MIN_STEM else NAME_CLITICS if sensitive else CLITIC_ENDINGS
    lookalikes = clitic_lookalikes()
    first = words[0]
    separators = [separator(s) for s in parts[2:-1:2]]
    joined = all(s in (_SPACE, _HYPHEN) for s in separators)
    return _Layout(
        number=number,
        words=words,
        separators=separators,
        sensitive=sensitive,
        clitics=tuple(c for c in clitics if last + c not in lookalikes),
        reduplicable=first.isalpha()
        and len(first) > 1
        and not form.isupper()
        and (len(words) == 1 or words[1].lower() != first.lower()),
        lowered=name_case.lowered(entry, words, joined) if sensitive and not closed else [],
        rank=(not sensitive, closed, _STATUS_RANK[status], index),
    )


def _alphabet(layouts: list[_Layout]) -> _Alphabet:
    """Codes for every word and separator that a spelling of the forms uses."""
    alphabet = _Alphabet()
    for layout in layouts:
        for word in layout.words:
            alphabet.add_word(word.lower())
            if layout.sensitive:
                alphabet.add_exact(word)
                if len(layout.words) > 1:
                    alphabet.add_exact(word.upper())  # KOREA UTARA in a headline
        for sep in layout.separators:
            if sep not in (_SPACE, _HYPHEN):
                alphabet.add_separator(sep)
    for layout in layouts:
        if layout.clitics:
            alphabet.add_inflected(layout.words[-1], layout.clitics, layout.sensitive)
    return alphabet


def _interleave(words: Iterable[str | None], separators: Iterable[str]) -> str:
    """The code string of words and the separators before each ("" before the first)."""
    return "".join(f"{s}{w}" for s, w in zip(separators, words, strict=True))


def _spellings(alphabet: _Alphabet, layout: _Layout) -> Iterator[tuple[str, tuple[int, int, int]]]:
    """The code strings a form may be written as, each with whether it is reduplicated,
    whether it ends with a clitic and whether it is a name in lower case (all rank it lower).

    A text hyphen also stands for a space, so a space in a spelling takes either; a
    spelling has a hyphen only where the hyphen matters: the reduplication, and before
    a word of a case-sensitive form that may change case there (Kim Jong-un)."""
    words, sensitive = layout.words, layout.sensitive
    space, hyphen = alphabet.space(), alphabet.hyphen()
    joins = [s in (_SPACE, _HYPHEN) for s in layout.separators]
    loosened: Iterable[tuple[bool, ...]] = [(False,) * len(joins)]
    if sensitive and 0 < sum(joins) <= _MAX_LOOSE:
        loosened = itertools.product((False, True), repeat=len(joins))
    readings = [
        (
            [""]
            + [
                hyphen if after else space if join else alphabet.separators[sep][0]
                for sep, join, after in zip(layout.separators, joins, loose, strict=True)
            ],
            [sensitive and not any_case for any_case in (False, *loose)],
            0,
        )
        for loose in loosened
    ]
    readings += [([""] + [space] * len(joins), kept, 1) for kept in layout.lowered]
    for separators, exact_words, lowered in readings:
        codes: list[str | None] = [
            alphabet.exact[word] if exact else alphabet.lower[word.lower()][0]
            for word, exact in zip(words, exact_words, strict=True)
        ]
        endings = [codes[-1]]
        if layout.clitics:
            last = words[-1]
            if exact_words[-1]:
                endings.append(alphabet.exact[f"{last}nya"])
            else:
                endings.append(alphabet.inflected(last.lower()))
        for inflected, ending in enumerate(endings):
            body = _interleave([*codes[:-1], ending], separators)
            yield body, (0, inflected, lowered)
            if layout.reduplicable and not lowered:
                yield f"{alphabet.lower[words[0].lower()][0]}{hyphen}{body}", (1, inflected, 0)
    if sensitive and len(words) > 1 and not all(w.isupper() for w in words):
        separators = [""] + [
            space if join else alphabet.separators[sep][0]
            for sep, join in zip(layout.separators, joins, strict=True)
        ]
        yield _interleave((alphabet.exact[w.upper()] for w in words), separators), (0, 0, 0)


# -- the matcher ------------------------------------------------------------------


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
        layouts: list[_Layout] = []
        for index, status, form, closed in _all_forms(self.entries):
            layout = _layout(len(self._forms), index, self.entries[index], form, status, closed)
            if layout is not None:
                self._forms.append(_Form(index, form, status))
                layouts.append(layout)
        self._alphabet = _alphabet(layouts)
        ranked: dict[str, list[tuple]] = {}
        for layout in layouts:
            for spelling, inflection in _spellings(self._alphabet, layout):
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
        self.targets = [forms[numbers[0]] for numbers in self._spelled_forms]
        alphabet = self._alphabet
        self.tables = scan.Tables(alphabet.exact, alphabet.lower, alphabet.separators, self._trie)
        self.tables.overlapping = bytes(form.islower() for _, form, _ in self.targets)

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
        text, offset = document.text, document.original_offset
        if document.clean == text:
            return self.find_iter((text,))
        return (
            m._replace(start=start, end=end, text=text[start:end])
            for m in self.find_iter((document.clean,))
            for start, end in ((offset(m.start), offset(m.end - 1) + 1),)
        )

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
        phrase = _TRIM.sub("", " ".join(word.split()))
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
