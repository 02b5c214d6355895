"""Finding glossary terms in running text: the one matcher of annotate, lookup, check, flashcards.

Rules (issue 4): longest leftmost match, whole words only, non-overlapping; a multiword
term matches across any run of spaces, one line break, or a hyphen in place of a space
(``Kim Jong Un`` = ``Kim Jong-un``). A form written in lower case matches in any case;
a form with a capital (``AS``, ``Barat``, ``Korea Utara``) matches only as written,
except that the letter after a hyphen may change case with the hyphen/space variant
and that a name in an all-capitals headline keeps its capitals (``KOREA UTARA``).
``Entry.case`` ("sensitive"/"insensitive") overrides the rule. Inflection is limited
to what does not change the meaning: reduplication of the first word (``sanksi-sanksi``,
``negara-negara maju``) and the clitics -nya, -lah, -kah, -pun on the last word (names
and acronyms take only -nya; root words that merely end like a clitic, ``masalah``, are
not ``masa`` + -lah). Affixed derivations are other words (``kebijakan`` is not
``bijak``) and match only when the glossary lists them.

How it is fast: the text is lower-cased with every non-word character turned into a
space, one character for one (``str.translate``, C speed), and split into words. A
C-level ``filter`` over a dict of first words keeps the words that can start a term;
Python code runs only at those. A candidate costs a ``str.find`` for its place and, when
its next word may continue it, one dict lookup of the pair; matches are made from the
spans at C speed. The garbage collector is paused meanwhile: the objects of a scan make
no cycles. Long inputs are scanned in overlapping blocks, so speed and memory do not
depend on input size. The compiled glossary is cached per content hash
(``Matcher.for_glossary``).
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import difflib
import functools
import gc
import hashlib
import os
import pickle
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from itertools import islice, repeat
from operator import add, itemgetter
from pathlib import Path
from typing import NamedTuple

import platformdirs

from glossary import __version__, store
from glossary.store import Entry
from glossary.text import Document, write_atomic

PREFERRED, VARIANT, DEPRECATED = "preferred", "variant", "deprecated"
_STATUS_RANK = {PREFERRED: 0, VARIANT: 1, DEPRECATED: 2}

# Clitics, longest first so that "sanksinyalah" loses "nyalah", not "lah".
_CLITICS = ("nyalah", "nyakah", "nyapun", "nya", "lah", "kah", "pun")
_CLITIC_STARTS = ("nya", "lah", "kah", "pun")
_NAME_CLITICS = ("nya",)  # Jakartanya, but Abdullah is not Abdul + -lah
_MIN_STEM = 3  # "hanya" is not "ha" + -nya
_HYPHENS = "-\u2010\u2011"
_HYPHEN_CLASS = r"\-\u2010\u2011"  # the same, inside a regex character class

# A block of this many characters is scanned at once; consecutive blocks overlap.
_BLOCK = 1 << 18


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
    """One Indonesian form of an entry, with what verifying a candidate needs."""

    entry: int  # index into Matcher.entries
    form: str
    status: str
    sensitive: bool
    punctuated: bool  # punctuation inside (S.H., Ma'ruf): the skeleton must be equal
    skeleton: str  # trimmed form, spaces/hyphens unified; lower-cased unless sensitive
    clitics: tuple[str, ...]  # clitics its last word may carry


# -- normalising ------------------------------------------------------------------

# Lower case, and every character that is not a word character becomes a space.
_ASCII_FOLD = str.maketrans(
    {chr(i): chr(i).lower() if chr(i).isalnum() or i == 95 else " " for i in range(128)}
)
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]")
_NON_WORD = re.compile(r"\W")
_FOLD_PIECE = 1 << 14
_SEPARATORS = re.compile(rf"[\s{_HYPHEN_CLASS}]+")
_SPLIT_SEPARATORS = re.compile(rf"([\s{_HYPHEN_CLASS}]+)")
_NOT_SEPARATOR = re.compile(rf"[^\w\s{_HYPHEN_CLASS}]")
_APOSTROPHES = str.maketrans("\u2019\u2018\u02bc`", "''''")
_TRIM = re.compile(r"^\W+|\W+$")


def _lower(text: str) -> str:
    """Lower case, one character for one (``İ`` would otherwise grow)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _fold_piece(piece: str) -> str:
    if piece.isascii():
        return piece.translate(_ASCII_FOLD)
    piece = _NON_ASCII_NON_WORD.sub(" ", _lower(piece))
    if piece.isascii():  # only punctuation was not ASCII: the fast path again
        return piece.translate(_ASCII_FOLD)
    return _NON_WORD.sub(" ", piece)


def _fold(text: str) -> str:
    """Lower-case ``text`` and turn non-word characters into spaces, keeping every offset.

    ASCII takes str.translate's fast path; other text goes piece by piece so that a
    curly quote does not slow down a whole block.
    """
    if text.isascii():
        return text.translate(_ASCII_FOLD)
    return "".join(_fold_piece(text[i : i + _FOLD_PIECE]) for i in range(0, len(text), _FOLD_PIECE))


def normalize(text: str) -> str:
    """The matching key of a form or phrase: lower case, words joined by single spaces."""
    return " ".join(_fold(text).split())


def _skeleton(text: str) -> str:
    """A form's text for exact comparison: trimmed, hyphens and spaces unified, one apostrophe."""
    return _SEPARATORS.sub(" ", _TRIM.sub("", text.translate(_APOSTROPHES)))


def _same_case(surface: str, skeleton: str) -> bool:
    """Whether a surface has the form's capitals; after a hyphen either case is fine, and a
    multiword name in an all-capitals headline (KOREA UTARA) keeps its capitals."""
    if surface == skeleton:
        return True
    if surface.isupper() and not skeleton.isupper() and " " in skeleton:
        return _skeleton(surface) == skeleton.upper()
    parts = _SPLIT_SEPARATORS.split(surface.translate(_APOSTROPHES))
    words = skeleton.split(" ")
    if len(parts) != 2 * len(words) - 1:
        return False
    for i, word in enumerate(words):
        part = parts[2 * i]
        if part != word and not (
            i and any(h in parts[2 * i - 1] for h in _HYPHENS) and part.lower() == word.lower()
        ):
            return False
    return True


@functools.cache
def _clitic_lookalikes() -> frozenset[str]:
    """Root words that merely end like a clitic (masalah, sekolah, langkah, hanya, ampun)."""
    words = resources.files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt"
    return frozenset(
        w for w in words.read_text(encoding="utf-8").lower().split() if w.endswith(_CLITIC_STARTS)
    )


@functools.cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


# -- squeezing runs of white space ------------------------------------------------

_RUN = re.compile(r"\s{2,}")


def _squeeze(text: str) -> tuple[str, list[int], list[int]]:
    """Collapse white-space runs that hold at most one line break to one space.

    Returns the squeezed text, the squeezed positions of collapsed runs, and the
    characters removed up to and including each, to map offsets back and forth.
    """
    if "  " not in text and " \n" not in text and "\n " not in text and "\t" not in text:
        return text, [], []
    parts: list[str] = []
    points: list[int] = []
    removed: list[int] = []
    last = gone = 0
    for m in _RUN.finditer(text):
        run = m.group()
        if run.count("\n") > 1:
            continue
        parts.append(text[last : m.start()])
        last = m.end()
        points.append(m.start() - gone)
        gone += len(run) - 1
        removed.append(gone)
        parts.append(" ")
    if not points:
        return text, [], []
    parts.append(text[last:])
    return "".join(parts), points, removed


def _unsqueeze(offset: int, points: list[int], removed: list[int]) -> int:
    """A squeezed offset in the original text."""
    i = bisect.bisect_left(points, offset)
    return offset + removed[i - 1] if i else offset


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection inside: scanning a block makes many objects and no cycles,
    so the collector's passes would be pure cost."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# -- the matcher ------------------------------------------------------------------


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
    seen: set[str] = set()
    return [(status, form) for status, form in named if not (form in seen or seen.add(form))]


def _form(index: int, entry: Entry, form: str, status: str) -> _Form:
    if entry.case in ("sensitive", "insensitive"):
        sensitive = entry.case == "sensitive"
    else:
        sensitive = any(ch.isupper() for ch in form)
    skeleton = _skeleton(form)
    last_word = normalize(form).rpartition(" ")[2]
    clitics = () if len(last_word) < _MIN_STEM else _NAME_CLITICS if sensitive else _CLITICS
    return _Form(
        entry=index,
        form=form,
        status=status,
        sensitive=sensitive,
        punctuated=bool(_NOT_SEPARATOR.search(skeleton)),
        skeleton=skeleton if sensitive else skeleton.lower(),
        clitics=clitics,
    )


# What may stand between the words of a multiword term: white space or a hyphen.
_SEPARATOR_CHARS = frozenset(chr(i) for i in range(0x3001) if chr(i).isspace()) | set(_HYPHENS)


class Matcher:
    """Finds the terms of a glossary in text. Build once per run (``for_glossary`` caches it).

    Entries that are obsolete, have no English, or are fuzzy (unless ``include_fuzzy``)
    are left out.
    """

    def __init__(self, entries: Iterable[Entry], include_fuzzy: bool = False) -> None:
        self.entries = [e for e in entries if usable(e, include_fuzzy)]
        self._forms: list[_Form] = []
        keys: dict[str, list[tuple[tuple, int, int]]] = {}
        for index, entry in enumerate(self.entries):
            for status, form in _named_forms(entry):
                norm = normalize(form)
                if not norm:
                    continue
                number = len(self._forms)
                self._forms.append(_form(index, entry, form, status))
                sensitive = self._forms[-1].sensitive
                rank = (not sensitive, _STATUS_RANK[status], index)
                keys.setdefault(norm, []).append(((0, *rank), number, 0))
                first, _, rest = norm.partition(" ")
                if (
                    first.isalpha()
                    and len(first) > 1
                    and not form.isupper()
                    and (rest.partition(" ")[0] != first)
                ):
                    # Reduplication of the first word: sanksi-sanksi, negara-negara maju.
                    keys.setdefault(f"{first} {norm}", []).append(
                        ((1, *rank), number, len(first) + 1)
                    )
        self._targets = [(self.entries[f.entry], f.form, f.status) for f in self._forms]
        self._compile(keys)
        longest = max((len(k) for k in keys), default=0)
        self._margin = 2 * longest + 256

    def _compile(self, keys: dict[str, list[tuple[tuple, int, int]]]) -> None:
        """Index the keys (normalised forms) for the scan.

        ``_keys[k]``: the candidate forms of key k, best first, each as (form number,
        reduplication length, sensitive, punctuated, separator offsets, skeleton, clitics).
        ``_firsts``: first word -> (word, " word ", fast form, exact surface, one-word
        continuations, the words that may follow it in a multiword term mapped to their
        ``_pairs`` continuations, reach of the longest). ``_pairs``: "first second" ->
        multiword continuations, longest first. A continuation is (the rest of the key
        after the first word, key number, length of a clitic inside the first word,
        the best form when its separators or its surface alone can settle a match, else
        -1, separator offsets, the surface of that form when case-sensitive, else None).
        """
        forms = self._forms
        lookalikes = _clitic_lookalikes()
        self._keys: list[tuple[tuple, ...]] = []
        singles: dict[str, list[tuple]] = {}
        pairs: dict[str, list[tuple]] = {}
        for key, found in keys.items():
            found.sort()
            number = len(self._keys)
            seps = tuple(i for i, ch in enumerate(key) if ch == " ")
            candidates = []
            for _, form_number, redup in found:
                form = forms[form_number]
                core_seps = tuple(k - redup for k in (seps[1:] if redup else seps))
                candidates.append(
                    (form_number, redup, form.sensitive, form.punctuated, core_seps)
                    + (form.skeleton, form.clitics)
                )
            self._keys.append(tuple(candidates))
            words = key.split(" ")
            singles.setdefault(words[0], [])
            if len(words) > 1:
                number_, redup, sensitive, punctuated = candidates[0][:4]
                plain = not (redup or punctuated)  # the best form decides when it fits
                exact = candidates[0][5] if sensitive else None
                pairs.setdefault(f"{words[0]} {words[1]}", []).append(
                    (key[len(words[0]) :], number, 0, number_ if plain else -1, seps, exact)
                )
                continue
            singles[key].append(("", number, 0, -1, (), None))
            # The word with a clitic is a word of its own: nuklirnya.
            for clitic in {c for candidate in candidates for c in candidate[6]}:
                if key + clitic not in lookalikes:
                    singles.setdefault(key + clitic, []).append(
                        ("", number, len(clitic), -1, (), None)
                    )
        self._pairs = {
            pair: tuple(sorted(group, key=lambda c: -len(c[0]))) for pair, group in pairs.items()
        }
        reach: dict[str, int] = {}
        seconds: dict[str, set[str]] = {}
        for pair, group in self._pairs.items():
            first, _, second = pair.partition(" ")
            reach[first] = max(reach.get(first, 0), len(group[0][0]) + 1)
            followers = seconds.setdefault(first, set())
            followers.add(second)
            if any(rest.count(" ") == 1 for rest, *_ in group):  # luar negerinya
                followers.update(second + c for c in _CLITICS if second + c not in lookalikes)
        # Each follower with its continuations, looked up once here rather than per candidate.
        continued = {
            first: {
                second: self._pairs.get(f"{first} {second}")
                or self._clitic_pair(f"{first} {second}")
                for second in followers
            }
            for first, followers in seconds.items()
        }
        self._firsts: dict[str, tuple] = {}
        for word, continuations in singles.items():
            continuations.sort(key=lambda c: c[2])
            self._firsts[word] = (
                word,
                f" {word} ",
                *self._fast(continuations),
                tuple(continuations),
                continued.get(word),
                reach.get(word, 0),
            )

    def _fast(self, continuations: list[tuple]) -> tuple[int, str | None]:
        """(form, exact surface or None) when a word is a one-word term all by itself (maybe
        with a clitic: nuklirnya), with one form that needs no check beyond, perhaps, being
        written the same; else (-1, None)."""
        if len(continuations) != 1:
            return -1, None
        _, key, clitic_length, _, _, _ = continuations[0]
        candidates = self._keys[key]
        number, redup, sensitive, punctuated, _, skeleton, _ = candidates[0]
        if len(candidates) != 1 or redup or punctuated:
            return -1, None
        if not sensitive:
            return number, None
        return number, skeleton + ("nya" if clitic_length else "")

    # -- loading and caching ------------------------------------------------------

    @classmethod
    def for_glossary(cls, path: str | os.PathLike[str], include_fuzzy: bool = False) -> Matcher:
        """The matcher of a PO glossary, from the cache when the file's content was seen before.

        The cache lives in the user cache folder, one file per content hash, so an
        edited glossary is compiled again and an unchanged one loads in a blink.
        """
        digest = _content_digest(path, include_fuzzy)
        cache = _cache_path(digest) if digest else None
        if cache is not None:
            matcher = _read_cache(cache)
            if matcher is not None:
                return matcher
        matcher = cls(store.load(path).entries, include_fuzzy)
        if cache is not None and _content_digest(path, include_fuzzy) == digest:
            _write_cache(cache, matcher)
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
            yield from self.find_iter((text,))
            return
        for m in self.find_iter((document.clean,)):
            start, end = offset(m.start), offset(m.end - 1) + 1
            yield m._replace(start=start, end=end, text=text[start:end])

    def find_iter(self, chunks: Iterable[str]) -> Iterator[Match]:
        """Matches in text that comes in pieces (lines, blocks), with offsets into their
        concatenation. Memory and speed do not depend on the size of the whole."""
        pending: list[str] = []
        size = base = floor = 0
        for chunk in chunks:
            pending.append(chunk)
            size += len(chunk)
            if size >= 2 * _BLOCK + self._margin:
                buffer = "".join(pending)
                consumed, floor = yield from self._scan_buffer(buffer, base, floor, final=False)
                tail = buffer[consumed:]
                pending, size, base = [tail], len(tail), base + consumed
        yield from self._scan_buffer("".join(pending), base, floor, final=True)

    def _scan_buffer(self, buffer: str, base: int, floor: int, final: bool):
        """Scan ``buffer`` in blocks. Each block but the last accepts matches that start
        before a cut about ``_BLOCK`` characters in and reaches ``margin`` characters
        beyond it; the next block starts at the cut. Returns (characters consumed, end of
        the last match)."""
        pos = 0
        margin = self._margin
        while True:
            left = len(buffer) - pos
            if left < _BLOCK + margin:
                if not final:
                    return pos, floor
                end = cut = len(buffer)
            else:
                cut = max(
                    buffer.rfind(" ", pos, pos + _BLOCK), buffer.rfind("\n", pos, pos + _BLOCK)
                )
                while cut > pos and buffer[cut - 1].isspace():  # the start of a white-space run
                    cut -= 1
                if cut <= pos:
                    cut = pos + _BLOCK
                end = cut + margin
            offset = base + pos
            with _collector_paused():
                found = self._scan_block(buffer[pos:end], offset, floor - offset, cut - pos)
            if found:
                floor = found[-1].end
                yield from found
            if end == len(buffer):
                return len(buffer), floor
            pos = cut

    def _scan_block(self, block: str, offset: int, lowest: int, below: int) -> list[Match]:
        """Longest-leftmost matches in ``block`` that start in [lowest, below), with
        ``offset`` added to their offsets.

        The words of the folded block that can start a term come from a C-level filter.
        Each costs a ``str.find`` of `` word `` for its place: exact, since every earlier
        occurrence of the same word came through the filter too and moved the search
        on. A one-word term then costs a few operations; a word whose next word may
        continue it, a dict lookup of the pair. Matches are made at C speed.
        """
        folded = f" {_fold(block)}  "  # folded[i + 1] is block[i]; two spaces end it
        find = folded.find
        found: list[int] = []  # start, end, form number of every match
        last = lowest
        pos = 0
        words = folded.split()
        words.append("")  # what follows the last word
        # (record, next word) of every word that can start a term; the sentinel is left over.
        nexts = islice(words, 1, None)
        candidates = filter(itemgetter(0), zip(map(self._firsts.get, words), nexts, strict=False))
        for record, following in candidates:
            word, padded, fast, exact, singles, followers, _ = record
            start = find(padded, pos)  # the space before the word = the word's offset
            pos = start + len(word) + 1  # the space after it
            if start < last:
                continue
            if start >= below:
                break
            if followers is not None and following in followers:
                hit = self._longer_hit(block, folded, start, record, followers[following])
            elif fast >= 0:
                end = pos - 1
                if exact is None or block[start:end] == exact:
                    found += (start, end, fast)
                    last = end
                continue
            else:
                hits = self._hits(block, folded, start, word, singles, False, True)
                hit = hits[0] if hits else None
            if hit is not None:
                last = hit[0]
                found += (start, *hit)
        # Make the matches at C speed.
        starts, ends = found[0::3], found[1::3]
        heads = zip(
            map(add, starts, repeat(offset)),
            map(add, ends, repeat(offset)),
            map(block.__getitem__, map(slice, starts, ends)),
            strict=True,
        )
        targets = map(self._targets.__getitem__, found[2::3])
        return list(map(tuple.__new__, repeat(Match), map(add, heads, targets)))

    def _longer_hit(
        self, block: str, folded: str, start: int, record: tuple, longer: tuple
    ) -> tuple[int, int] | None:
        """(end, form) of the best match at ``start`` for a word that the next word may
        continue (a multiword term, else the word alone), given the continuations of
        the pair; None when nothing fits."""
        word, _, fast, exact, singles, _, _ = record
        after = start + 1 + len(word)  # in folded: the space after the word
        if folded[after + 1] == " ":  # punctuation, or white space to squeeze, comes next
            if block[after - 1 : after + 1].isspace():
                hits = self._squeezed_hits(block, start, record, False, True)
                return hits[0] if hits else None
            longer = ()
        if longer:
            run = folded.find("  ", after + 1, after + len(longer[0][0]))
            if run >= 0 and block[run - 1 : run + 1].isspace():
                hits = self._squeezed_hits(block, start, record, False, True)
                return hits[0] if hits else None
            # Longest first, the best form of each continuation when its separators or its
            # surface settle it; a clitic, the case rules or another form go the general way.
            for index, (rest, _, _, plain, seps, surface) in enumerate(longer):
                if plain < 0:
                    longer = longer[index:]
                    break
                end = after - 1 + len(rest)
                if folded.startswith(rest, after):
                    if folded[end + 1] != " ":  # a clitic, perhaps: the general way
                        longer = longer[index:]
                        break
                    if surface is not None:  # a name written as listed; else the case rules
                        if block[start:end] == surface:
                            return end, plain
                        longer = longer[index:]
                        break
                    for k in seps:
                        if block[start + k] not in _SEPARATOR_CHARS:
                            longer = longer[index:]  # another form of the key may fit
                            break
                    else:
                        return end, plain
                    break
            else:
                longer = ()
        if not longer and fast >= 0:
            end = start + len(word)
            return (end, fast) if exact is None or block[start:end] == exact else None
        hits = self._hits(block, folded, start, word, longer + singles, False, True)
        return hits[0] if hits else None

    def _clitic_pair(self, pair: str) -> tuple:
        """Continuations of a pair whose second word carries a clitic (luar negerinya)."""
        for clitic in _CLITICS:
            if pair.endswith(clitic):
                found = self._pairs.get(pair[: -len(clitic)])
                if found:
                    return found
        return ()

    def _squeezed_hits(
        self, text: str, start: int, record: tuple, ignore_case: bool, first_only: bool
    ) -> list[tuple[int, int]]:
        """``_hits`` at ``start`` after squeezing the white-space runs within reach."""
        word, _, _, _, singles, _, reach = record
        window = text[start : start + len(word) + 2 * reach + 8]
        squeezed, points, removed = _squeeze(window)
        folded = f" {_fold(squeezed)}  "
        pair = folded[1 : folded.find(" ", len(word) + 2)]
        continuations = (self._pairs.get(pair) or self._clitic_pair(pair)) + singles
        hits = self._hits(squeezed, folded, 0, word, continuations, ignore_case, first_only)
        return [(start + _unsqueeze(end, points, removed), number) for end, number in hits]

    def _hits(
        self,
        text: str,
        folded: str,
        start: int,
        word: str,
        continuations: tuple[tuple[str, int, int], ...],
        ignore_case: bool,
        first_only: bool,
    ) -> list[tuple[int, int]]:
        """(end, form) of the forms that match at offset ``start`` of ``text``, whose first
        folded word is ``word``, among ``continuations``: in their order, then in order of
        preference; only the first one if ``first_only``."""
        found = []
        after = start + 1 + len(word)  # in folded
        for rest, key, clitic_length, _, _, _ in continuations:
            if rest and not folded.startswith(rest, after):
                continue
            stop = after + len(rest)
            if folded[stop] != " ":  # a multiword term whose last word goes on: a clitic?
                clitic = self._clitic_at(folded, stop)
                if not clitic:
                    continue
                core_end = stop - 1
                end = core_end + len(clitic)
            else:
                clitic = folded[stop - clitic_length : stop] if clitic_length else ""
                end = stop - 1
                core_end = end - clitic_length
            for number, redup, sensitive, punctuated, seps, skeleton, clitics in self._keys[key]:
                if clitic and clitic not in clitics:
                    continue
                core = start
                if redup:
                    if text[start + redup - 1] not in _HYPHENS:
                        continue
                    core += redup
                if sensitive and not ignore_case:
                    ok = _same_case(text[core:core_end], skeleton)
                elif punctuated:
                    ok = _skeleton(text[core:core_end]).lower() == skeleton.lower()
                else:
                    ok = all(text[core + k] in _SEPARATOR_CHARS for k in seps)
                if ok:
                    found.append((end, number))
                    if first_only:
                        return found
        return found

    @staticmethod
    def _clitic_at(folded: str, stop: int) -> str:
        """The clitic that ends the word going on at ``stop``, unless the whole word is a
        root that merely looks like one."""
        for clitic in _CLITICS:
            if folded.startswith(clitic, stop) and folded[stop + len(clitic)] == " ":
                word = folded[folded.rfind(" ", 0, stop) + 1 : stop + len(clitic)]
                return "" if word in _clitic_lookalikes() else clitic
        return ""

    # -- looking up -------------------------------------------------------------------

    def lookup(self, word: str) -> list[Entry]:
        """Entries that a word or phrase names, inflected or as a variant (sanksi-sanksinya,
        Korut). Case rules apply first; when they find nothing, case is ignored (someone
        typing ``korea utara`` means Korea Utara)."""
        phrase = _TRIM.sub("", " ".join(word.split()))
        record = self._firsts.get(normalize(phrase).partition(" ")[0])
        if record is None:
            return []
        for ignore_case in (False, True):
            entries: list[Entry] = []
            for end, number in self._squeezed_hits(phrase, 0, record, ignore_case, False):
                entry = self.entries[self._forms[number].entry]
                if end == len(phrase) and all(entry is not e for e in entries):
                    entries.append(entry)
            if entries:
                return entries
        return []

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
        stem = _stemmer().stem(query) if query else ""
        if stem and stem != query:
            for number in by_norm.get(stem, ()):
                offer(number, f"the stem of {word!r} is {stem!r}")
            related = (n for n in by_norm if stem in n and " " not in n and n != stem)
            for norm in related:
                if _stemmer().stem(norm) == stem:
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

    def __getstate__(self) -> dict:
        """The cached form: plain tuples, which unpickle many times faster than objects."""
        state = dict(self.__dict__)
        state.pop("_norm_index", None)
        state.pop("_targets")
        names = [f.name for f in dataclasses.fields(Entry)]
        state["entries"] = [tuple(getattr(e, name) for name in names) for e in self.entries]
        state["_forms"] = [tuple(form) for form in self._forms]
        return state

    def __setstate__(self, state: dict) -> None:
        state["entries"] = [Entry(*values) for values in state["entries"]]
        state["_forms"] = list(map(_Form._make, state["_forms"]))
        self.__dict__.update(state)
        self._targets = [(self.entries[f.entry], f.form, f.status) for f in self._forms]


# -- the compiled-glossary cache ----------------------------------------------------

_CACHE_FORMAT = 3
_CODE = Path(__file__).read_bytes()
_CACHE_KEEP = 8


def _content_digest(path: str | os.PathLike[str], include_fuzzy: bool) -> str | None:
    """Hash of the glossary's bytes and of what shapes the compiled form; None if unreadable."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(f"{_CACHE_FORMAT}:{__version__}:{include_fuzzy}:".encode())
    digest.update(_CODE)  # a cache made by other code is never read
    digest.update(data)
    return digest.hexdigest()[:40]


def cache_folder() -> Path:
    """Where compiled glossaries are kept (the platform's user cache folder)."""
    return Path(platformdirs.user_cache_dir("glossary"))


def _cache_path(digest: str) -> Path:
    return cache_folder() / f"matcher-{digest}.pickle"


def _read_cache(path: Path) -> Matcher | None:
    # Unpickling makes a million objects that all live on: without the garbage collector
    # walking them again and again it takes a third of the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as handle:
            matcher = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged or foreign cache file is rebuilt, never trusted
        return None
    finally:
        if collecting:
            gc.enable()
    return matcher if isinstance(matcher, Matcher) else None


def _write_cache(path: Path, matcher: Matcher) -> None:
    """Store a compiled matcher; a cache that cannot be written is simply skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, pickle.dumps(matcher, protocol=pickle.HIGHEST_PROTOCOL))
        old = sorted(path.parent.glob("matcher-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-_CACHE_KEEP]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
