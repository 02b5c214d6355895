"""English rendering patterns: where an accepted English rendering, or an Indonesian form
copied into the English, occurs in a target segment."""

from __future__ import annotations

import difflib
import functools
import os
import re
from collections.abc import Callable
from typing import Any

from glossary import regex_cache, scan
from glossary.check.derived import (
    ACRONYM,
    NAME_SLOT,
    NAME_WORDS,
    derived_renderings,
)
from glossary.check.english import is_common
from glossary.match import Match
from glossary.store import Entry

_JOINER = r"(?:\s*[-\u2010\u2011]\s*|\s+|)"
_SPLIT = regex_cache.compile(r"[\s\-\u2010\u2011]+")
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
    (regex_cache.compile(pattern), replacement)
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
_ANY_SPELLING = regex_cache.compile(
    "|".join(re.sub(r"\(\?<=[^)]*\)", "", p.pattern) for p, _ in _SPELLINGS)
)


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
    return regex_cache.compile(_kept_body(rendering, verb), re.IGNORECASE)


def _kept_body(rendering: str, verb: bool = False) -> str:
    """``_rendering_body``, from the tables kept in the cache (``KEPT``) when there."""
    return _remembered(KEPT.bodies, (rendering, verb), _rendering_body)


@functools.lru_cache(maxsize=65536)
def _derived_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Derived forms in one pattern, one group each (compiling a pattern costs more than
    searching it)."""
    body = "|".join(f"({_kept_body(form)})" for form in forms)
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
    first word's form that comes first, less how far into the word it may stand."""
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
    """How far into a way of writing a rendering's first word one of its ``_contained``
    forms may stand, at most: a use starts no further before the first of them (0 for
    ``minister``, whose every form starts with it, and for an acronym, whose first letter
    starts it), None for a name slot, which may start anywhere."""
    first = next((w for w in _SPLIT.split(rendering.strip()) if w), "")
    if not first or first == NAME_SLOT:
        return None
    if ACRONYM.match(first):
        return 0
    contained = _contained(first)
    forms = {f.casefold() for f in word_forms(first.lower(), True)}
    return max(_furthest(form, contained) for form in forms)


def _furthest(form: str, contained: tuple[str, ...]) -> int:
    """Where in ``form`` the last of ``contained`` that it holds starts (its length where
    it holds none, or where folding may move its letters)."""
    at = max(form.rfind(c) for c in contained) if form.isascii() else -1
    return at if at >= 0 else len(form)


@functools.lru_cache(maxsize=65536)
def _one_word(rendering: str) -> bool:
    """Whether a rendering is one word: no space, no hyphen inside."""
    return _SPLIT.split(rendering.strip()) == [rendering.strip()]


def _normal(text: str) -> str:
    return " ".join(_SPLIT.split(text.casefold())).strip()


_Plans = tuple[tuple[str, tuple[tuple[str, ...], ...], int | None, bool], ...]
_DerivedPlans = tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...]


class KeptTables:
    """What the checks work out once for each entry of the glossary, kept in the cache for
    the next run with the same entries and code (``plans_cache``): its renderings' plans
    (``_plans``), derived forms (``_derived_plans``) and pattern texts (``_kept_body``:
    ``Bank Indonesia`` and its forms as a regular expression). Plain containers only."""

    def __init__(self) -> None:
        self.plans: dict[tuple[tuple[str, ...], bool, bool], _Plans] = {}
        self.derived: dict[tuple[str, tuple[str, ...]], _DerivedPlans] = {}
        self.bodies: dict[tuple[str, bool], str] = {}

    def size(self) -> int:
        return len(self.plans) + len(self.derived) + len(self.bodies)


KEPT = KeptTables()


def _remembered(table: dict[Any, Any], key: tuple, make: Callable[..., Any]) -> Any:
    """``table``'s row for ``key``, made from the key (``make(*key)``) the first time."""
    found = table.get(key)
    if found is None:
        found = table[key] = make(*key)
    return found


def _plans(renderings: tuple[str, ...], verb: bool, term: bool) -> _Plans:
    """Each rendering of an entry with its ``_word_choices``, its ``_lead`` and whether it is
    searched as a verb: looked up once an entry, where every segment's every term asks."""
    return _remembered(KEPT.plans, (renderings, verb, term), _made_plans)


def _made_plans(renderings: tuple[str, ...], verb: bool, term: bool) -> _Plans:
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


def _derived_plans(kind: str, renderings: tuple[str, ...]) -> _DerivedPlans:
    """``derived_renderings`` of an entry, each with the ``_word_choices`` of its form."""
    return _remembered(KEPT.derived, (kind, renderings), _made_derived_plans)


def _made_derived_plans(kind: str, renderings: tuple[str, ...]) -> _DerivedPlans:
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


def singular(word: str) -> str:
    """A folded English word without a plural -s: ``rates`` → rate, ``news`` stays."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


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


_WORDS = regex_cache.compile(r"[\w'\u2019-]+")
# How alike a misspelt word and the word it misspells are (difflib's ratio), at the least.
_MISSPELT = 0.8


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
