"""English rendering patterns: where an accepted English rendering, or an Indonesian form
copied into the English, occurs in a target segment."""

from __future__ import annotations

import difflib
import functools
import hashlib
import itertools
import marshal
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from glossary import cache, match_cache, regex_cache, scan
from glossary.check.derived import (
    ACRONYM,
    NAME_SLOT,
    NAME_WORDS,
    derived_renderings,
)
from glossary.check.english import is_common
from glossary.check.finding import NAME_KINDS
from glossary.match import Match
from glossary.store import Entry

_JOINER = r"(?:\s*[-\u2010\u2011]\s*|\s+|)"
_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")
# Words ending in s that are not plurals of a shorter word (loss, status, crisis, news).
_NOT_PLURAL = ("ss", "us", "is", "news")


def english_forms(word: str, verb: bool = False) -> set[str]:
    """Regular inflections of a lower-cased English word: plural or singular; for verbs -ed, -ing.

    sanction ↔ sanctions, policy ↔ policies, tax ↔ taxes; with ``verb``: sanctioned, sanctioning.
    """
    w = word.lower()
    forms = {w}
    consonant_y = len(w) > 1 and w.endswith("y") and w[-2] not in "aeiou"
    if consonant_y:
        forms.add(w[:-1] + "ies")
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(w + "es")
    else:
        forms.add(w + "s")
    if len(w) > 4 and w.endswith("ies"):
        forms.add(w[:-3] + "y")
    elif len(w) > 4 and w.endswith(("sses", "xes", "zes", "ches", "shes")):
        forms.add(w[:-2])
    elif len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_PLURAL):
        forms.add(w[:-1])
    if verb:
        stem = w[:-1] if w.endswith("e") and not w.endswith("ee") else w
        forms.add(stem + "ing")
        forms.add(w[:-1] + "ied" if consonant_y else stem + "ed")
    return forms


# British and American spellings of one word, each way: a pattern and what it becomes.
_SPELLINGS = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"isation", "ization"),
        (r"ization", "isation"),
        (r"(?<=\w\w)is(e|ed|es|ing)$", r"iz\1"),
        (r"(?<=\w\w)iz(e|ed|es|ing)$", r"is\1"),
        (r"ys(e|ed|es|ing)$", r"yz\1"),
        (r"yz(e|ed|es|ing)$", r"ys\1"),
        (r"(?<=\w\w[^aeiou])our$", "or"),
        (r"(?<=\w\w[^aeiou])or$", "our"),
        (r"(?<=\w\w[^aeiou])our(?=hood|ite|ful|able|ing|ed)", "or"),  # neighbourhood
        (r"(?<=\w\w[^aeiou])or(?=hood|ite|ful|able)", "our"),
        (r"(?<=\w[tb])re$", "er"),
        (r"(?<=\w[tb])er$", "re"),
        (r"ence$", "ense"),
        (r"ense$", "ence"),
        (r"ogue$", "og"),
        (r"(?<=\w\w)og$", "ogue"),
        (r"(?<=gr)amme$", "am"),
        (r"(?<=gr)am$", "amme"),
        (r"(?<=[^aeiou][ae])l(ed|ing|er|ers)$", r"ll\1"),
        (r"(?<=[^aeiou][ae])ll(ed|ing|er|ers)$", r"l\1"),
    ]
]


# Where a word has none of what _SPELLINGS change (bank, finance: most words), none applies.
_ANY_SPELLING = re.compile("|".join(re.sub(r"\(\?<=[^)]*\)", "", p.pattern) for p, _ in _SPELLINGS))


def spelling_variants(word: str) -> set[str]:
    """A lower-cased word in British and American spelling: organisation ↔ organization,
    defence ↔ defense, centre ↔ center, labour ↔ labor, neighbourhood ↔ neighborhood,
    programme ↔ program, travellers ↔ travelers."""
    found = {word}
    if not _ANY_SPELLING.search(word):
        return found
    for pattern, replacement in _SPELLINGS:
        found.add(pattern.sub(replacement, word))
    return found


@functools.lru_cache(maxsize=65536)
def word_forms(word: str, verb: bool = False) -> frozenset[str]:
    """Every way a lower-cased English word is written: inflected (``english_forms``), in
    British or American spelling: defence → defences, defense, defenses."""
    return frozenset(f for spelt in spelling_variants(word) for f in english_forms(spelt, verb))


def _word_pattern(word: str, verb: bool) -> str:
    if word == NAME_SLOT:
        return NAME_WORDS
    if ACRONYM.match(word):
        # U.S. = US, SOE = SOEs; acronyms keep their case (US is not "us").
        letters = [ch for ch in word if ch != "."]
        return "(?-i:" + r"\.?".join(letters) + r"\.?(?:['\u2019]?s)?)"
    # Longest first; forms of one length in a fixed order (no two match in one place), so
    # that a pattern is written alike in every run and found in ``regex_cache``.
    forms = sorted(word_forms(word.lower(), verb), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f) for f in forms) + r")(?:['\u2019]s?)?"


def _rendering_body(rendering: str, verb: bool = False) -> str:
    words = [w for w in _SPLIT.split(rendering.strip()) if w]
    body = _JOINER.join(_word_pattern(w, verb) for w in words)
    return _whole(body, rendering.strip())


@functools.lru_cache(maxsize=65536)
def rendering_pattern(rendering: str, verb: bool = False) -> re.Pattern[str]:
    """Where an English rendering occurs: any case, regular inflection, hyphen or space joins."""
    return regex_cache.compile(_rendering_body(rendering, verb), re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _derived_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Derived forms in one pattern, one group each (compiling a pattern costs more than
    searching it)."""
    body = "|".join(f"({_rendering_body(form)})" for form in forms)
    return regex_cache.compile(body, re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def form_pattern(form: str) -> re.Pattern[str]:
    """Where an Indonesian form occurs as words; all-capital forms (AS, BI) only as written."""
    words = [w for w in _SPLIT.split(form.strip()) if w]
    body = _JOINER.join(re.escape(w) for w in words)
    flags = 0 if form.isupper() else re.IGNORECASE
    return regex_cache.compile(_whole(body, form.strip()), flags)


def _whole(body: str, phrase: str) -> str:
    """``body`` as whole words: no word character may touch an end of ``phrase`` that is a
    word character (``US$`` may touch the amount in ``US$15``)."""
    before = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    after = r"(?!\w)" if re.search(r"\w\.?$", phrase) else ""  # U.S. is no prefix of USA
    return before + body + after


@functools.lru_cache(maxsize=65536)
def _word_choices(rendering: str) -> tuple[tuple[str, ...], ...]:
    """For each word of a rendering, what every occurrence of it contains (``_contained``).
    A name slot contains nothing known."""
    return tuple(
        _contained(word) for word in _SPLIT.split(rendering.strip()) if word and word != NAME_SLOT
    )


@functools.lru_cache(maxsize=65536)
def _contained(word: str) -> tuple[str, ...]:
    """What every occurrence of an English word contains, one of: the shortest of its
    forms, whatever the inflection or spelling (case folded; ministers contains minister,
    but policies not policy); of an acronym, written with stops or without, its first
    letter (U.S. → u). Kept by word: a title's hundred derived forms share a few words."""
    if ACRONYM.match(word):
        return (word[0].casefold(),)
    forms = sorted({f.casefold() for f in word_forms(word.lower(), True)}, key=len)
    shortest: list[str] = []
    for form in forms:
        if not any(kept in form for kept in shortest):
            shortest.append(form)
    return tuple(shortest)


def python_may_occur(choices: tuple[tuple[str, ...], ...], folded: str) -> bool:
    """Whether each word of a rendering (its ``_word_choices``) is in ``folded`` (a
    case-folded text) in some form: a test far cheaper than compiling the rendering's
    pattern, which few texts need."""
    for forms in choices:  # loops, not all(any()): asked 60,000 times a text
        for form in forms:
            if form in folded:
                break
        else:
            return False
    return True


def python_earliest(choices: tuple[tuple[str, ...], ...], longest: int | None, folded: str) -> int:
    """Where in ``folded`` (a case-folded text) a use of a rendering (its ``_word_choices``,
    and its ``_lead``: ``longest``) may start at the earliest, -1 where some word of it is
    there in no form (``python_may_occur``). Where folding keeps each character in place, a
    search from there finds what a search of the whole text finds, scanning less: its
    first word's form that comes first, less the length of the longest form."""
    start = 0
    for k, forms in enumerate(choices):
        if k == 0 and longest is not None:
            first = -1
            for form in forms:
                at = folded.find(form)
                if at >= 0 and (first < 0 or at < first):
                    first = at
            if first < 0:
                return -1
            start = max(0, first - longest)
            continue
        for form in forms:
            if form in folded:
                break
        else:
            return -1
    return start


# The test before a rendering's pattern by implementation (as ``scan.SCANS``): every term
# of every segment asks it of each rendering, 50,000 times on a year of news.
EARLIEST = {scan.PYTHON: python_earliest}
MAY_OCCUR = {scan.PYTHON: python_may_occur}
if scan.speedups is not None:
    EARLIEST[scan.COMPILED] = scan.speedups.earliest
    MAY_OCCUR[scan.COMPILED] = scan.speedups.may_occur


@functools.lru_cache(maxsize=65536)
def _lead(rendering: str) -> int | None:
    """How long the longest way to write a rendering's first word is (0 for an acronym,
    whose first letter starts it), None for a name slot, which may start anywhere."""
    first = next((w for w in _SPLIT.split(rendering.strip()) if w), "")
    if not first or first == NAME_SLOT:
        return None
    return 0 if ACRONYM.match(first) else max(map(len, word_forms(first.lower(), True)))


@functools.lru_cache(maxsize=65536)
def _one_word(rendering: str) -> bool:
    """Whether a rendering is one word: no space, no hyphen inside."""
    return _SPLIT.split(rendering.strip()) == [rendering.strip()]


def _normal(text: str) -> str:
    return " ".join(_SPLIT.split(text.casefold())).strip()


def _forms_of_word(forms: Sequence[str], count: int, at: int) -> list[str]:
    """What says the word at ``at`` of an English of ``count`` words in the Indonesian
    ``forms``: in a form of two words, the other end, as Indonesian puts the head first
    (``dana desa`` "village fund": ``desa`` says "village", ``dana`` does not); else the
    whole form."""
    if count != 2:
        return list(forms)
    return [f.split()[1 - at] if len(f.split()) == 2 else f for f in forms]


@functools.lru_cache(maxsize=65536)
def _plans(
    renderings: tuple[str, ...], verb: bool, term: bool
) -> tuple[tuple[str, tuple[tuple[str, ...], ...], int | None, bool], ...]:
    """Each rendering of an entry with its ``_word_choices``, its ``_lead`` and whether it is
    searched as a verb: looked up once an entry, where every segment's every term asks."""
    # English makes a verb of a one-word noun where Indonesian keeps the noun: "dikenai
    # denda" as "was fined", "berada di peringkat" as "ranked".
    return tuple(
        (r, _word_choices(r), _lead(r), verb or (term and _one_word(r))) for r in renderings
    )


def find_rendering(entry: Entry, text: str) -> tuple[str, re.Match[str]] | None:
    """The accepted rendering of ``entry`` that ``text`` uses (the longest occurrence), if any.

    A derived form stands for the rendering it derives from: a place's demonym or
    adjective (``Israeli troops`` for Israel), a title's adjective (``ministerial talks``
    for minister).
    """
    verb = entry.pos.lower().startswith("v")
    best = None
    folded = text.casefold()
    in_place = text.isascii()  # folding keeps each character where it is
    renderings = tuple(entry.renderings)
    earliest = EARLIEST[scan.IMPLEMENTATION]
    for rendering, choices, longest, as_verb in _plans(renderings, verb, entry.kind == "term"):
        start = earliest(choices, longest, folded)
        if start < 0:
            continue  # cheaper than compiling a pattern that cannot match
        found = rendering_pattern(rendering, as_verb).search(text, start if in_place else 0)
        if found and (best is None or len(found.group()) > len(best[1].group())):
            best = (rendering, found)
    if best is None:
        return _find_derived(entry.kind, renderings, text, folded)
    return best


@functools.lru_cache(maxsize=65536)
def _derived_plans(
    kind: str, renderings: tuple[str, ...]
) -> tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...]:
    """``derived_renderings`` of an entry, each with the ``_word_choices`` of its form."""
    return tuple(
        (form, rendering, _word_choices(form))
        for form, rendering in derived_renderings(kind, renderings)
    )


def _find_derived(
    kind: str, renderings: tuple[str, ...], text: str, folded: str
) -> tuple[str, re.Match[str]] | None:
    """The derived form of an entry's rendering that ``text`` uses (the leftmost), and the
    rendering it derives from. Only forms that have every word in ``text`` are searched:
    most derived forms occur nowhere, and their patterns are long to compile."""
    may_occur = MAY_OCCUR[scan.IMPLEMENTATION]
    derived = [
        (form, rendering)
        for form, rendering, choices in _derived_plans(kind, renderings)
        if may_occur(choices, folded)
    ]
    if not derived:
        return None
    found = _derived_pattern(tuple(form for form, _ in derived)).search(text)
    if found and found.lastindex:
        return derived[found.lastindex - 1][1], found
    return None


_Index = tuple[dict[str, list[tuple[int, str, str]]], dict[str, list[int]]]


def _english_index(entries: list[Entry]) -> _Index:
    """``EnglishTerms``' tables, entries by their number: the renderings by their first
    word (``_start_key``), each as written and folded (``Ministry of Finance``), and the
    people by each word of their names (``Yudhoyono``). Kept in the cache for the next
    run with the same entries' kinds and English (12,000 renderings in a glossary)."""
    said = [(entry.kind, entry.renderings) for entry in entries]
    fits = functools.partial(_index_fits, count=len(entries))
    return _kept("english-terms", said, fits, lambda: _made_index(entries))


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


def _kept(name: str, said: Any, fits: Callable[[object], bool], make: Callable[[], Any]) -> Any:
    """What ``make`` returns, kept in the cache folder ``name`` for the next run that says
    the same (``said``: plain data, e.g. the entries' English) with the same code; read
    back when ``fits`` finds it whole."""
    key = hashlib.sha256(match_cache.code_digest() + marshal.dumps(said)).hexdigest()[:40]
    kept = cache.read_data(name, key)
    if fits(kept):
        return kept
    made = make()
    cache.write_data(name, key, made)
    return made


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
_LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=8)
def _text_words(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Where each word of a segment's English starts, and the first words of renderings it
    may start (``_start_keys``): every term of the segment asks about the same text."""
    return tuple((w.start(), _start_keys(w.group())) for w in _TEXT_WORD.finditer(text))


_TEXT_WORD = re.compile(r"[^\W_]\w*")


def written_as(found: str, rendering: str) -> bool:
    """Whether ``found`` writes a name's ``rendering`` with its capitals: ``Xi`` is not in
    ``Commission XI``, ``Bank`` is not in "the bank", ``IT`` is not "It"."""
    for word, written in zip(rendering.split(), found.split(), strict=False):
        if word[:1].isupper() != written[:1].isupper():
            return False
        if len(written) > 1 and written.isupper() != word.isupper():
            return False  # IT is no "It", Xi no "XI"
    return True


def singular(word: str) -> str:
    """A folded English word without a plural -s: ``rates`` → rate, ``news`` stays."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


class EnglishTerms:
    """Where a segment's English names an entry of ``entries`` as the glossary writes it:
    what stands in a term's place when its own rendering is missing (``Bursa Efek Jakarta``
    written "the Surabaya Stock Exchange", ``Menkeu`` written "the trade minister"). A
    rendering is found as written, but for case and a possessive or plural ending (a name
    is found with its capitals only)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        listed = list(entries)
        starting, people = _english_index(listed)
        self._starting: dict[str, list[tuple[Entry, str, str]]] = {
            key: [(listed[n], written, folded) for n, written, folded in found]
            for key, found in starting.items()
        }
        self._people: dict[str, list[Entry]] = {
            word: list(map(listed.__getitem__, found)) for word, found in people.items()
        }
        self._recent: dict[str, list[tuple[Entry, tuple[int, int]]]] = {}
        self._branches: dict[str, tuple[dict[str, list], list]] = {}  # made as words ask

    @functools.cached_property
    def by_word(self) -> dict[str, tuple[str, ...]]:
        """Each word of the entries' English (folded, singular) with the Indonesian forms of
        the entries whose English writes it: ``capital`` → ibu kota, pasar modal."""
        forms: dict[str, set[str]] = defaultdict(set)
        for entries in self._starting.values():
            for entry, _written, folded in entries:
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
        return list({e.key: e for entries in found for e in entries}.values())

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
        for at, keys in words:
            for key in keys:
                if key not in starting:
                    continue  # most words start no rendering
                if key not in branches:
                    branches[key] = _branches(key, starting[key])
                by_next, short = branches[key]
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


_WORD_CHAR = re.compile(r"\w")
# A window of ``EnglishTerms.find`` this long or shorter is scanned, not the whole text.
_SCANNED_WINDOW = 80
# Texts whose renderings ``EnglishTerms`` keeps found: a segment's English, and a few names.
_RECENT_TEXTS = 16
# What may follow a rendering in the same word: a plural or possessive ending, nothing else.
_ENDING = re.compile(r"(?:['\u2019]s?|e?s)?(?!\w)")


_SENTENCE_OPENERS = ".!?:;\"'\u201c\u201d\u2018\u2019(["


def name_part(text: str, start: int, end: int, form: str) -> bool:
    """Whether ``text[start:end]`` is a lower-case glossary word written with a capital in
    mid-sentence, i.e. part of a name (``Pasar`` in ``PD Pasar Jaya``), kept as it is in English."""
    before = text[:start].rstrip()
    return (
        form.islower()
        and text[start:end][:1].isupper()
        and bool(before)
        and before[-1] not in _SENTENCE_OPENERS
    )


_WORDS = re.compile(r"[\w'\u2019-]+")
# How alike a misspelt word and the word it misspells are (difflib's ratio), at the least.
_MISSPELT = 0.8


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

    return _kept("english-words", renderings, fits, made)


@functools.lru_cache(maxsize=65536)
def _inflected(word: str) -> frozenset[str]:
    """``english_forms`` of a word, kept: a glossary's renderings share most of their words."""
    return frozenset(english_forms(word))


def _misspells(written: str, word: str) -> bool:
    """Whether ``written`` writes ``word`` with a letter or two wrong, the first one right
    (a word cut short is another word: "Mongol" of "Mongolia"; so is a common English word
    on the same stem: "presidency" of "president")."""
    return (
        len(word) >= 5
        and written[:1] == word[:1]
        and not (word.startswith(written) or written.startswith(word))
        and abs(len(written) - len(word)) <= 2
        and difflib.SequenceMatcher(None, written, word).ratio() >= _MISSPELT
        and not _derived(written, word)
    )


def _derived(written: str, word: str) -> bool:
    """Whether ``written`` is another English word made from ``word``'s stem, all but its
    last two letters ("presidency", "ministerial"), not a slip ("Heath" for "Health")."""
    stem = len(os.path.commonprefix([written, word]))
    return stem >= len(word) - 2 and is_common(written)


@functools.lru_cache(maxsize=65536)
def _written_forms(rendering: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each word of a rendering (lower case) and how it may be written: inflected, in
    British or American spelling."""
    found = []
    for word in _SPLIT.split(rendering.casefold()):
        if word:
            found.append((word, word_forms(word)))
    return tuple(found)


@functools.lru_cache(maxsize=8)
def _word_index(text: str) -> tuple[list[str], dict[str, list[int]]]:
    """The words of ``text``, folded, and where each word and each first letter is: every
    missing term of a segment looks for its misspelling in the same English."""
    folded = [w.casefold() for w in _WORDS.findall(text)]
    at: dict[str, list[int]] = {}
    for i, word in enumerate(folded):
        at.setdefault(word, []).append(i)
        at.setdefault(word[:1], []).append(i)
    return folded, at


def find_misspelt(entry: Entry, text: str, known: frozenset[str] = frozenset()) -> str | None:
    """Words of ``text`` that write one of the entry's renderings with one word misspelt
    ("Britiain", "Fukishima", "Finance Minsiter"): a word of five letters or more, its
    first letter right, that is no other English word of the glossary (``known``: "Finance
    Ministry" is no misspelt "Finance Minister")."""
    folded, at = _word_index(text)
    for rendering in entry.renderings:
        wanted = _written_forms(rendering)
        count = len(wanted)
        if count == 1:  # the word itself is wrong: one with its first letter
            starts = set(at.get(wanted[0][0][:1], ()))
        else:  # another word is right
            starts = {
                i - j for j, (_, forms) in enumerate(wanted) for f in forms for i in at.get(f, ())
            }
        for i in sorted(starts):
            if i < 0 or i + count > len(folded):
                continue
            wrong = [j for j in range(count) if folded[i + j] not in wanted[j][1]]
            if len(wrong) != 1:
                continue
            written, word = folded[i + wrong[0]], wanted[wrong[0]][0]
            if written not in known and _misspells(written, word):
                words = list(_WORDS.finditer(text))  # where they are: rarely asked
                return text[words[i].start() : words[i + count - 1].end()]
    return None


def find_copy(entry: Entry, match: Match, text: str) -> re.Match[str] | None:
    """The Indonesian form of ``match`` copied into ``text``; a form that is English is no
    copy, and neither is a name part (``Pasar`` of ``PD Pasar Jaya``)."""
    english = [_normal(r) for r in entry.renderings]
    for form in dict.fromkeys((match.text, match.form)):
        normal = _normal(form)
        if any(normal == r or f" {normal} " in f" {r} " for r in english):
            continue
        for found in form_pattern(form).finditer(text):
            if not name_part(text, found.start(), found.end(), match.form):
                return found
    return None
