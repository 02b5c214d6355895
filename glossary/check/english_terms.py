"""The glossary's English as tables: where a segment's English names an entry of the glossary
(``EnglishTerms``: "the Surabaya Stock Exchange" where the source has ``Bursa Efek
Jakarta``), and every word of its English (``english_words``: "Ministry" is no misspelt
"Minister"). Both are built from 12,000 renderings once and kept in the cache folder for
the next run with the same English (``match_cache.kept``), read back only when whole."""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from glossary import cache, match_cache, regex_cache
from glossary.check.finding import NAME_KINDS
from glossary.check.patterns import _SPLIT, english_forms, singular
from glossary.store import Entry


def _forms_of_word(forms: Sequence[str], count: int, at: int) -> list[str]:
    """What says the word at ``at`` of an English of ``count`` words in the Indonesian
    ``forms``: in a form of two words, the other end, as Indonesian puts the head first
    (``dana desa`` "village fund": ``desa`` says "village", ``dana`` does not); else the
    whole form."""
    if count != 2:
        return list(forms)
    return [f.split()[1 - at] if len(f.split()) == 2 else f for f in forms]


_Index = tuple[dict[str, list[tuple[int, str, str]]], dict[str, list[int]]]


def _english_index(entries: list[Entry]) -> _Index:
    """``EnglishTerms``' tables, entries by their number: the renderings by their first
    word (``_start_key``), each as written and folded (``Ministry of Finance``), and the
    people by each word of their names (``Yudhoyono``). Kept in the cache for the next
    run with the same entries' kinds and English (12,000 renderings in a glossary)."""
    said = [(entry.kind, entry.renderings) for entry in entries]
    fits = functools.partial(_index_fits, count=len(entries))
    return match_cache.kept("english-terms", said, fits, lambda: _made_index(entries))


def _made_index(entries: list[Entry]) -> _Index:
    starting: dict[str, list[tuple[int, str, str]]] = {}
    people: dict[str, list[int]] = {}
    for number, entry in enumerate(entries):
        if entry.kind == "person":
            for word in {w for r in entry.renderings for w in r.split()}:
                if len(word) > 2 and word[:1].isupper():
                    people.setdefault(word, []).append(number)
        for rendering in entry.renderings:
            written = " ".join(rendering.split())
            if written[:1].isalnum():
                found = (number, written, written.casefold())
                starting.setdefault(_start_key(written), []).append(found)
    return starting, people


def _by_word_fits(kept: object) -> bool:
    """Whether cached data is a ``by_word`` table: words, each with a tuple of forms."""
    return (
        isinstance(kept, dict)
        and cache.all_of(kept, str)
        and cache.all_of(kept.values(), tuple)
        and cache.all_of(itertools.chain.from_iterable(kept.values()), str)
    )


def _index_fits(kept: object, count: int) -> bool:
    """Whether cached data is an ``_english_index`` of ``count`` entries (checked at C speed)."""
    if not (isinstance(kept, tuple) and len(kept) == 2 and cache.all_of(kept, dict)):
        return False
    starting, people = kept
    if not (cache.all_of(starting.values(), list) and cache.all_of(people.values(), list)):
        return False
    rows = list(itertools.chain.from_iterable(starting.values()))
    if not (cache.all_of(rows, tuple) and set(map(len, rows)) <= {3}):
        return False
    numbers, written, folded = zip(*rows, strict=True) if rows else ((), (), ())
    numbers += tuple(itertools.chain.from_iterable(people.values()))
    return (
        cache.all_of(itertools.chain(starting, people, written, folded), str)
        and cache.all_of(numbers, int)
        and (not numbers or (min(numbers) >= 0 and max(numbers) < count))
    )


def _start_key(text: str) -> str:
    """A rendering's first word, whatever the case: what a word of the text that starts it
    is, but for a plural ending (``Ministry of Finance`` → ministry)."""
    word = _TEXT_WORD.match(text)
    return word.group().casefold() if word else ""


@functools.lru_cache(maxsize=65536)
def _start_keys(word: str) -> tuple[str, ...]:
    """The first words of renderings a word of the text may start: itself, and without a
    plural ending, three letters or more of it (``taxes`` → tax; ``Its`` is no plural of
    ``IT``)."""
    folded = word.casefold()
    keys = [folded]
    for ending in ("s", "es"):
        if folded.endswith(ending) and len(folded) - len(ending) >= _START_LETTERS:
            keys.append(folded[: -len(ending)])
    return tuple(keys)


_START_LETTERS = 3
_LETTERS = regex_cache.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=8)
def _text_words(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Where each word of a segment's English starts, and the first words of renderings it
    may start (``_start_keys``): every term of the segment asks about the same text.
    Mapped, not looped: no Python step per word of a 40-word sentence."""
    found = list(_TEXT_WORD.finditer(text))
    keys = map(_start_keys, map(re.Match.group, found))
    return tuple(zip(map(re.Match.start, found), keys, strict=True))


_TEXT_WORD = regex_cache.compile(r"[^\W_]\w*")


def written_as(found: str, rendering: str) -> bool:
    """Whether ``found`` writes a name's ``rendering`` with its capitals: ``Xi`` is not in
    ``Commission XI``, ``Bank`` is not in "the bank", ``IT`` is not "It"."""
    for word, written in zip(rendering.split(), found.split(), strict=False):
        if word[:1].isupper() != written[:1].isupper():
            return False
        if len(written) > 1 and written.isupper() != word.isupper():
            return False  # IT is no "It", Xi no "XI"
    return True


class EnglishTerms:
    """Where a segment's English names an entry of ``entries`` as the glossary writes it:
    what stands in a term's place when its own rendering is missing (``Bursa Efek Jakarta``
    written "the Surabaya Stock Exchange", ``Menkeu`` written "the trade minister"). A
    rendering is found as written, but for case and a possessive or plural ending (a name
    is found with its capitals only)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        # The tables as the cache keeps them, entries by their number: a text asks about a
        # few of 5,000 first words, each made into entries where it is asked (``_branches``).
        self._entries = list(entries)
        self._starting, self._people = _english_index(self._entries)
        self._recent: dict[str, list[tuple[Entry, tuple[int, int]]]] = {}
        self._branches: dict[str, tuple[dict[str, list], list]] = {}  # made as words ask

    @functools.cached_property
    def by_word(self) -> dict[str, tuple[str, ...]]:
        """Each word of the entries' English (folded, singular) with the Indonesian forms of
        the entries whose English writes it: ``capital`` → ibu kota, pasar modal. Kept in
        the cache for the next run with the same entries' kinds, English and Indonesian
        (13,000 forms of 4,000 words: longer to make than to read back)."""
        said = [(entry.kind, entry.renderings, entry.forms) for entry in self._entries]
        return match_cache.kept("english-by-word", said, _by_word_fits, self._made_by_word)

    def _made_by_word(self) -> dict[str, tuple[str, ...]]:
        forms: dict[str, set[str]] = defaultdict(set)
        for rows in self._starting.values():
            for number, _written, folded in rows:
                entry = self._entries[number]
                words = _LETTERS.findall(folded)
                said = entry.forms  # made anew at each ask: once an entry
                for i, word in enumerate(words):
                    if len(word) >= 3:
                        forms[singular(word)].update(_forms_of_word(said, len(words), i))
        return {word: tuple(sorted(f)) for word, f in forms.items()}

    def people(self, text: str) -> list[Entry]:
        """The people of the glossary that ``text`` names by a word of their name:
        "Yudhoyono said" names Susilo Bambang Yudhoyono."""
        found = (self._people.get(w.group(), ()) for w in _TEXT_WORD.finditer(text))
        entries = [self._entries[n] for numbers in found for n in numbers]
        return list({e.key: e for e in entries}.values())

    def find(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[Entry, tuple[int, int]]]:
        """Each entry whose rendering starts at a word of ``text`` (between ``start`` and
        ``end``), with the span it takes, in order."""
        found_all = self._recent.get(text)
        if found_all is None and end is not None and end - start <= _SCANNED_WINDOW:
            yield from self._find_all(text, _words_from(text, start, end))
            return  # a few words: scanned where they are, the text not kept
        for found in self._found(text) if found_all is None else found_all:
            at = found[1][0]
            if at < start:
                continue
            if end is not None and at > end:
                break
            yield found

    def _found(self, text: str) -> list[tuple[Entry, tuple[int, int]]]:
        """``find`` in the whole of ``text``, kept for the last few texts: every missing
        term of a segment asks about the same English."""
        found = self._recent.get(text)
        if found is None:
            found = list(self._find_all(text, _text_words(text)))
            if len(self._recent) >= _RECENT_TEXTS:
                del self._recent[next(iter(self._recent))]
            self._recent[text] = found
        return found

    def _find_all(
        self, text: str, words: Iterable[tuple[int, tuple[str, ...]]]
    ) -> Iterator[tuple[Entry, tuple[int, int]]]:
        """The entries whose rendering starts at one of ``words`` (``_text_words``)."""
        folded = text.casefold()
        starting, branches = self._starting, self._branches
        # Most words start no rendering: those that may, picked out in one comprehension.
        for at, key in [(at, key) for at, keys in words for key in keys if key in starting]:
            kept = branches.get(key)
            if kept is None:
                rows = [(self._entries[n], written, folded) for n, written, folded in starting[key]]
                kept = branches[key] = _branches(key, rows)
            by_next, short = kept
            after = at + len(key)
            for entry, rendering, rendering_folded in by_next.get(
                folded[after : after + _BRANCH], short
            ):
                if not folded.startswith(rendering_folded, at):
                    continue
                stop = at + len(rendering)
                if len(rendering_folded) != len(rendering):
                    continue  # folding made it longer (Straße): as it is, it is not there
                ending = _ENDING.match(text, stop)
                if ending is None:
                    continue
                if entry.kind in NAME_KINDS and not written_as(text[at:stop], rendering):
                    continue
                yield entry, (at, ending.end())


# How many characters after a rendering's first word part its list (``_branches``).
_BRANCH = 2


def _branches(
    key: str, found: list[tuple[Entry, str, str]]
) -> tuple[dict[str, list[tuple[Entry, str, str]]], list[tuple[Entry, str, str]]]:
    """The renderings starting with the word ``key`` (each with its entry and folded form),
    by the ``_BRANCH`` characters that follow it (" s" of "state secretary", "-o" of
    "state-owned"), each list with the renderings too short to have them, in their order;
    and those alone: a text only compares a word's renderings that may start there."""
    nexts = [f[2][len(key) : len(key) + _BRANCH] for f in found]
    by_next = {
        after: [f for f, n in zip(found, nexts, strict=True) if n == after or len(n) < _BRANCH]
        for after in nexts
        if len(after) == _BRANCH
    }
    short = [f for f, n in zip(found, nexts, strict=True) if len(n) < _BRANCH]
    return by_next, short


def _words_from(text: str, start: int, end: int) -> Iterator[tuple[int, tuple[str, ...]]]:
    """``_text_words`` of the words of ``text`` that start between ``start`` and ``end``:
    scanned from the start of the run of word characters ``start`` is in, as a scan of the
    whole text finds them."""
    at = max(0, start)
    while at > 0 and _WORD_CHAR.match(text, at - 1):
        at -= 1
    for word in _TEXT_WORD.finditer(text, at):
        if word.start() > end:
            break
        if word.start() >= start:
            yield word.start(), _start_keys(word.group())


_WORD_CHAR = regex_cache.compile(r"\w")
# A window of ``EnglishTerms.find`` this long or shorter is scanned, not the whole text.
_SCANNED_WINDOW = 80
# Texts whose renderings ``EnglishTerms`` keeps found: a segment's English, and a few names.
_RECENT_TEXTS = 16
# What may follow a rendering in the same word: a plural or possessive ending, nothing else.
_ENDING = regex_cache.compile(r"(?:['\u2019]s?|e?s)?(?!\w)")


def english_words(entries: Iterable[Entry]) -> frozenset[str]:
    """Every word of the entries' English, inflected (lower case): words that are no
    misspelling when they stand for another ("Ministry" for "Minister"). Kept in the
    cache for the next run with the same English (a glossary's: 13,000 words)."""
    renderings = [r for entry in entries for r in entry.renderings]

    def made() -> frozenset[str]:
        words: set[str] = set()
        for rendering in renderings:
            for word in _SPLIT.split(rendering.casefold()):
                words |= _inflected(word)
        return frozenset(words)

    def fits(kept: object) -> bool:
        return isinstance(kept, frozenset) and cache.all_of(kept, str)

    return match_cache.kept("english-words", renderings, fits, made)


@functools.lru_cache(maxsize=65536)
def _inflected(word: str) -> frozenset[str]:
    """``english_forms`` of a word, kept: a glossary's renderings share most of their words."""
    return frozenset(english_forms(word))
