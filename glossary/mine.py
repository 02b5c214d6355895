"""Term mining: a ranked, grouped list of glossary candidates from Indonesian news.

One streaming pass counts two things per line, then a final step turns the counts into
candidates:

* runs of capitalised words (names, with lowercase connectors such as ``dan`` inside),
  keyed by their surface; runs that start a sentence are kept apart because their first
  capital may only mark the sentence start;
* lowercase n-grams (1-4 words) of content words: never a function word, a verb, a
  number or a date, never starting with a ``ber-``/``ter-`` word.

Counts are pruned as they grow (lossy counting: keys seen once are dropped when the table
is full), so memory stays bounded on big corpora. At the end, runs are split into titles,
places, acronyms and names using the whole corpus (how often a word is written in lower
case, which parts stand alone); n-grams are kept when they recur as units (C-value) and
are rarer in general Indonesian (wordfreq) than here (termhood); spelling variants,
short forms, acronyms and their expansions, exonyms and titled names are grouped.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain

from glossary import lexicon
from glossary.store import Entry, Glossary, dumps, format_entry
from glossary.text import (
    ABBREVIATIONS,
    TOKEN_RE,
    Document,
    InputError,
    collector_paused,
    read_document,
    sentences,
)

MAX_WORDS = 4
# Lossy counting: when a table holds this many keys, keys at or below the floor go.
PRUNE_AT = 1_200_000
# Text of the first documents is kept for example sentences; later ones are re-read.
RETAIN_CHARS = 16_000_000
LINE_BITS = 32
EXAMPLE_CHARS = 220
EXAMPLE_LINES = 3

# Word classes for lowercase n-grams.
CONTENT, NO_START, BREAK = 0, 1, 2

_BREAK_WORDS = (
    lexicon.FUNCTION_WORDS
    | lexicon.NUMBER_WORDS
    | lexicon.DATE_WORDS
    | lexicon.SAYING_VERBS
    | lexicon.BASE_VERBS
    | lexicon.UNITS
)
_SENTENCE_END = frozenset(".!?…")
_OPENERS = frozenset("“\"‘'([:–—•")
_CLITICS = ("nya", "lah", "kah", "pun")
_SPLIT_RE = re.compile(r"[\s\-\u2010\u2011]+")
_PAREN_RE = re.compile(r"\(([^()]{1,120})\)")
_SHORT_FORM_RE = re.compile(r"^[A-Z][A-Za-z0-9\-]{1,11}$")
_STOP_BEFORE_PAREN = re.compile(r"[.,;:!?“”\"()]")


@dataclass
class Candidate:
    """One glossary candidate: a concept with every form the corpus writes it in."""

    term: str
    kind: str
    variants: list[str]
    count: int
    documents: int
    score: float
    references: Sequence[str]
    example: str
    example_source: str
    expansion: str = ""

    def to_entry(self) -> Entry:
        """The candidate as an untranslated glossary entry (empty msgstr)."""
        return Entry(
            term=self.term,
            kind=self.kind,
            variants=list(self.variants),
            expansion=self.expansion,
            example=self.example,
            example_source=self.example_source,
            count=self.count,
            documents=self.documents,
            score=self.score,
            references=list(self.references),
        )

    def to_json(self) -> dict:
        return {
            "term": self.term,
            "kind": self.kind,
            "count": self.count,
            "documents": self.documents,
            "score": self.score,
            "variants": self.variants,
            "expansion": self.expansion,
            "references": list(self.references),
            "example": self.example,
            "example_source": self.example_source,
        }


def mine(
    documents: Iterable[Document],
    *,
    min_count: int = 2,
    progress: Callable[[Document], None] | None = None,
    top: int | None = None,
    exclude: Iterable[str] = (),
) -> list[Candidate]:
    """Candidates from ``documents``, best first.

    ``progress`` is called after each document; ``top`` limits how many candidates are
    built; a candidate with any form in ``exclude`` (compared case-insensitively; the
    forms of a glossary's entries) is left out.
    """
    # The tables hold millions of small lists that never form cycles: without the pause,
    # the cyclic garbage collector walks them again and again and takes half the time.
    with collector_paused():
        tally = Tally()
        for doc in documents:
            tally.add_document(doc)
            if progress:
                progress(doc)
        return rank(tally, min_count=min_count, top=top, exclude=exclude)


# -- lexical resources ---------------------------------------------------------


@cache
def general_frequencies() -> dict[str, float]:
    """wordfreq's Indonesian word frequencies (general language, not news)."""
    import wordfreq

    return wordfreq.get_frequency_dict("id")


@cache
def root_words() -> frozenset[str]:
    """Indonesian root words (PySastrawi's dictionary): words that are not derived."""
    data = resources.files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt"
    return frozenset(data.read_text(encoding="utf-8").split())


def _has_root(stem: str, roots: frozenset[str]) -> bool:
    if stem in roots:
        return True
    return any(stem.endswith(s) and stem[: -len(s)] in roots for s in ("kan", "i", "an", "nya"))


def _top(counts: Counter) -> str:
    """The most frequent key (the first one seen, on a tie)."""
    return max(counts, key=counts.__getitem__)


@lru_cache(maxsize=200_000)
def is_verb(word: str) -> bool:
    """A meN- or di- verb (mengatakan, dipimpin, ditandatangani); roots like menteri are not."""
    roots = root_words()
    word = word.partition("-")[0]
    if word in roots or len(word) < 5 or word.endswith(("asi", "isme")):
        return False
    if word in lexicon.SHORT_FORMS or word in lexicon.TITLES:  # Menlu, Mendagri
        return False
    if word.startswith("me") and word[2] in "mnlrwy":
        return True
    if word.startswith("di"):
        rest = word[2:]
        return (
            _has_root(rest, roots)
            or _has_root(rest[3:], roots)
            or (len(word) >= 8 and word.endswith(("kan", "i")))
        )
    return False


@lru_cache(maxsize=200_000)
def is_stative(word: str) -> bool:
    """A ber-/ter- word (bersama, terbatas): ends a term, never starts one."""
    roots = root_words()
    word = word.partition("-")[0]
    if word in roots:
        return False
    for prefix in ("ber", "be", "ter", "te"):
        if word.startswith(prefix) and _has_root(word[len(prefix) :], roots):
            return True
    return False


def is_derived_noun(word: str) -> bool:
    """ke-/pe-...-an and -asi nouns (pertahanan, keuangan, unifikasi): portfolios, not names."""
    w = word.lower()
    return (w.startswith(("ke", "pe")) and w.endswith("an") and len(w) >= 7) or w.endswith(
        ("asi", "isme", "itas")
    )


def normalise_word(word: str) -> str:
    """Drop a clitic (nuklirnya → nuklir) and reduplication (sanksi-sanksi → sanksi)."""
    freqs = general_frequencies()
    if "-" in word:
        left, _, right = word.partition("-")
        if right == left or (right.startswith(left) and right[len(left) :] in _CLITICS):
            return left
        return word
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            stem = word[: -len(clitic)]
            stem_freq = freqs.get(stem, 0.0)
            if stem_freq >= 1e-6 and stem_freq > 3 * freqs.get(word, 0.0):
                return stem
            break
    return word


@lru_cache(maxsize=200_000)
def classify_word(word: str) -> tuple[int, str]:
    """(class, normalised form) of a lowercase word for n-gram counting."""
    if word in _BREAK_WORDS or len(word) < 2 or len(word) > 40:
        return BREAK, word
    norm = normalise_word(word)
    if norm in _BREAK_WORDS or is_verb(norm):
        return BREAK, norm
    if norm in lexicon.ADJECTIVES or is_stative(norm):
        return NO_START, norm
    return CONTENT, norm


_ROMAN_RE = re.compile(r"^[IVXLC]+$")


def is_acronym(word: str) -> bool:
    """KTT, PBB, COVID-19; not a Roman numeral (Perang Dunia II)."""
    return len(word) >= 2 and word.isupper() and word[0].isalpha() and not _ROMAN_RE.match(word)


# -- streaming counts ------------------------------------------------------------


def _count(table: dict[str, list], keys: list[str], ref: int) -> None:
    """Count each key once per occurrence and note the line once (``ref``)."""
    for key in keys:
        stats = table.get(key)
        if stats is None:
            table[key] = [1, ref]
            continue
        stats[0] += 1
        refs = stats[1]
        if refs.__class__ is int:
            if refs != ref:
                stats[1] = array("Q", (refs, ref))
        elif refs[-1] != ref:
            refs.append(ref)


class Tally:
    """Counts of runs and n-grams with the lines they occur on, pruned as they grow."""

    def __init__(self) -> None:
        self.ngrams: dict[str, list] = {}
        self.runs: dict[str, list] = {}
        self.initials: Counter[str] = Counter()
        self.surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.words: dict[str, tuple[int, str]] = {}
        self.paths: list[str] = []
        self.lines: list[list[str] | None] = []
        self.retained = 0
        self.tokens = 0
        self.floor = 1

    # A reference is one int: document index and 1-based line.
    def add_document(self, doc: Document) -> None:
        index = len(self.paths)
        self.paths.append(doc.path)
        text_lines = doc.clean.split("\n")
        if self.retained < RETAIN_CHARS:
            self.lines.append(doc.text.split("\n"))
            self.retained += len(doc.text)
        else:
            self.lines.append(None)
        base = index << LINE_BITS
        seen: set[str] = set()
        for number, line in enumerate(text_lines, 1):
            # A line repeated in one document (a caption, boilerplate) counts once.
            if line and line not in seen:
                seen.add(line)
                self.add_line(line, base | number)
        if len(self.ngrams) > PRUNE_AT or len(self.runs) > PRUNE_AT // 4:
            self.prune()

    def prune(self) -> None:
        """Drop rare keys (lossy counting) and raise the floor if that was not enough."""
        for table, limit in ((self.ngrams, PRUNE_AT), (self.runs, PRUNE_AT // 4)):
            floor = self.floor
            for key in [k for k, s in table.items() if s[0] <= floor]:
                del table[key]
            if len(table) > limit // 2:
                self.floor += 1
        if len(self.words) > PRUNE_AT // 2:
            self.words.clear()

    def add_line(self, line: str, ref: int) -> None:
        words = self.words
        grams: list[str] = []
        runs: list[str] = []
        run: list[str] = []
        run_initial = False
        connectors: list[str] = []
        stretch: list[str] = []
        no_start: list[bool] = []
        initial = True
        previous = ""

        def flush() -> None:
            n = len(stretch)
            for i in range(n):
                gram = stretch[i]
                grams.append(gram)
                if no_start[i]:
                    continue
                for j in range(i + 1, min(n, i + MAX_WORDS)):
                    gram = gram + " " + stretch[j]
                    grams.append(gram)
            stretch.clear()
            no_start.clear()

        def close_run() -> None:
            nonlocal run_initial
            if run:
                key = " ".join(run)
                runs.append("\x01" + key if run_initial else key)
                run.clear()
            connectors.clear()
            run_initial = False

        found = TOKEN_RE.findall(line)
        self.tokens += len(found)
        for number, word, punct in found:
            if word:
                if word[0].isupper():
                    if stretch:
                        flush()
                    if run:
                        if connectors:
                            run.extend(connectors)
                            connectors.clear()
                        run.append(word)
                    else:
                        run.append(word)
                        if initial and not is_acronym(word):
                            run_initial = True
                            lower = word.lower()
                            self.initials[lower] += 1
                            info = words.get(lower)
                            if info is None:
                                info = words[lower] = classify_word(lower)
                            if info[0] != BREAK:
                                stretch.append(info[1])
                                no_start.append(info[0] == NO_START)
                else:
                    if run:
                        if not connectors and word in lexicon.NAME_CONNECTORS:
                            connectors.append(word)
                            previous = word
                            initial = False
                            continue
                        close_run()
                    info = words.get(word)
                    if info is None:
                        info = words[word] = classify_word(word)
                    if info[1] != word:
                        self.surfaces[info[1]][word] += 1
                    if info[0] == BREAK:
                        if stretch:
                            flush()
                    else:
                        stretch.append(info[1])
                        no_start.append(info[0] == NO_START)
                initial = False
                previous = word
            elif number:
                close_run()
                if stretch:
                    flush()
                initial = False
                previous = number
            else:
                # An initial (George W. Bush) keeps the name open.
                if punct == "." and run and len(previous) == 1 and previous.isupper():
                    run[-1] += "."
                    continue
                close_run()
                if stretch:
                    flush()
                if punct in _SENTENCE_END:
                    initial = not (punct == "." and previous.lower() in ABBREVIATIONS)
                elif punct in _OPENERS:
                    initial = True
                previous = punct
        close_run()
        if stretch:
            flush()
        if grams:
            _count(self.ngrams, grams, ref)
        if runs:
            _count(self.runs, runs, ref)
        if "(" in line:
            self.find_pairs(line)

    def find_pairs(self, line: str) -> None:
        """Acronym–expansion pairs the text states: ``Long Form (LF)`` or ``LF (Long Form)``."""
        for m in _PAREN_RE.finditer(line):
            inside = m.group(1).strip()
            before = _STOP_BEFORE_PAREN.split(line[: m.start()])[-1].split()
            if (
                _SHORT_FORM_RE.match(inside)
                and sum(c.isupper() for c in inside) >= 2
                or (inside.lower() in lexicon.SHORT_FORMS)
            ):
                long_form = schwartz_hearst(inside, before)
                if long_form:
                    self.pairs[(inside, long_form)] += 1
            elif before and " " in inside and _SHORT_FORM_RE.match(before[-1]):
                short = before[-1]
                if sum(c.isupper() for c in short) >= 2:
                    long_form = schwartz_hearst(short, inside.split())
                    if long_form:
                        self.pairs[(short, long_form)] += 1


def schwartz_hearst(short: str, words: list[str]) -> str | None:
    """The long form that ``short`` abbreviates among the ``words`` before it, or None.

    Schwartz & Hearst (2003): match the short form's characters right to left in the
    candidate text, the first one at the start of a word; the long form runs from that
    word to the end. At most min(|SF| + 5, 2|SF|) words are considered.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2 or not words:
        return None
    window = words[-min(len(letters) + 5, 2 * len(letters)) :]
    text = " ".join(window)
    lower = text.lower()
    s, pos = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while pos >= 0 and (lower[pos] != c or (s == 0 and pos > 0 and lower[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    start = text.rfind(" ", 0, pos + 1) + 1
    long_form = text[start:]
    long_words = long_form.split()
    if len(long_words) < 2 and "-" not in long_form:
        return None
    if long_words[0].lower() in _BREAK_WORDS or long_form.lower() == short.lower():
        return None
    return long_form


# -- from counts to candidates ---------------------------------------------------


class _Occurrences:
    """Count and line references of one surface form, gathered from several keys."""

    __slots__ = ("count", "parts")

    def __init__(self) -> None:
        self.count = 0
        self.parts: list = []

    def add(self, stats: list) -> None:
        self.count += stats[0]
        self.parts.append(stats[1])

    def merge(self, other: _Occurrences) -> None:
        self.count += other.count
        self.parts.extend(other.parts)

    def refs(self) -> array:
        out: set[int] = set()
        for part in self.parts:
            if type(part) is int:
                out.add(part)
            else:
                out.update(part)
        return array("Q", sorted(out))

    def documents(self) -> int:
        out: set[int] = set()
        for part in self.parts:
            if type(part) is int:
                out.add(part >> LINE_BITS)
            else:
                out.update(r >> LINE_BITS for r in part)
        return len(out)


class _Group:
    """Every form of one concept, before it becomes a Candidate (counts per form and kind)."""

    __slots__ = ("forms", "occurrences", "kinds", "titled", "expansion", "termhood")
    __slots__ += ("effective", "words", "full_name")

    def __init__(self, words: int = 1, effective: float = 0.0) -> None:
        self.forms: dict[str, int] = {}
        self.occurrences = _Occurrences()
        self.kinds: dict[str, int] = {}
        self.titled: set[str] = set()
        self.expansion = ""
        self.termhood = 0.0
        self.effective = effective
        self.words = words
        self.full_name = ""

    def add(self, form: str, kind: str, stats: list) -> None:
        self.forms[form] = self.forms.get(form, 0) + stats[0]
        self.kinds[kind] = self.kinds.get(kind, 0) + stats[0]
        self.occurrences.add(stats)

    def absorb(self, other: _Group) -> None:
        for form, count in other.forms.items():
            self.forms[form] = self.forms.get(form, 0) + count
        for kind, count in other.kinds.items():
            self.kinds[kind] = self.kinds.get(kind, 0) + count
        self.occurrences.merge(other.occurrences)
        self.titled |= other.titled
        self.expansion = self.expansion or other.expansion
        self.termhood = max(self.termhood, other.termhood)
        self.effective += other.effective


class _CaseStats:
    """How often each word is written in lower case and capitalised mid-sentence."""

    def __init__(self, tally: Tally) -> None:
        self.lower: Counter[str] = Counter()
        for key, stats in tally.ngrams.items():
            if " " not in key:
                self.lower[key] = max(0, stats[0] - tally.initials.get(key, 0))
        self.capital: Counter[str] = Counter()
        for key, stats in tally.runs.items():
            words = key.split(" ")
            if key.startswith("\x01"):
                words = words[1:]
            for word in words:
                if word[:1].isupper():
                    self.capital[word.lower()] += stats[0]
        self.words = tally.words
        self.names: dict[str, bool] = {}

    def is_common(self, word: str) -> bool:
        """Whether the text writes this word in lower case at least as often as capitalised."""
        lower = word.lower()
        low = self.lower.get(lower, 0)
        return low >= 1 and low >= self.capital.get(lower, 0)

    def capital_first(self, word: str) -> bool:
        """Whether a sentence-initial capitalised word is a name (not just the sentence start)."""
        lower = word.lower()
        if lower in _BREAK_WORDS or is_verb(lower):
            return False
        if lower in lexicon.TITLES or lower in lexicon.PLACES:
            return True
        capital = self.capital.get(lower, 0)
        low = self.lower.get(lower, 0)
        if capital or low:
            return capital >= low and capital >= 1
        roots = root_words()
        return not (
            _has_root(lower, roots)
            or is_derived_noun(lower)
            or is_stative(lower)
            or general_frequencies().get(lower, 0.0) >= 3e-5
        )

    def name_like(self, word: str) -> bool:
        """A word that can be part of a person's name (not a place, title or common word)."""
        known = self.names.get(word)
        if known is None:
            known = self.names[word] = self._name_like(word)
        return known

    def _name_like(self, word: str) -> bool:
        lower = word.lower()
        return not (
            is_acronym(word)
            or not word[:1].isupper()
            or lower in lexicon.PLACES
            or lower in lexicon.TITLES
            or lower in lexicon.ORGANISATION_WORDS
            or lower in lexicon.PLACE_WORDS
            or lower in lexicon.EVENT_WORDS
            or lower in _BREAK_WORDS
            or lower in lexicon.ADJECTIVES
            or lower in lexicon.COMPASS
            or _ROMAN_RE.match(word)
            or is_derived_noun(lower)
            or is_verb(lower)
            or is_stative(lower)
            or self.is_common(lower)
        )


# Capitalised words that end a name: dates, units, function words (a headline's Untuk).
_RUN_BREAKS = (
    lexicon.WEEKDAYS_MONTHS
    | lexicon.UNITS
    | lexicon.SAYING_VERBS
    | (lexicon.FUNCTION_WORDS - lexicon.PORTFOLIO_WORDS - lexicon.NAME_CONNECTORS - lexicon.COMPASS)
)


_PLACE_FIRST_WORDS = frozenset(p.split(" ")[0] for p in lexicon.PLACES)


def _place_length(words: list[str], start: int) -> int:
    """Length of the known place (or acronym) starting at ``start``, 0 if none."""
    if words[start].lower() not in _PLACE_FIRST_WORDS:
        return 1 if is_acronym(words[start]) else 0
    for length in (4, 3, 2, 1):
        if start + length <= len(words):
            phrase = " ".join(words[start : start + length]).lower()
            if phrase in lexicon.PLACES:
                return length
    return 1 if is_acronym(words[start]) else 0


def _is_portfolio(word: str) -> bool:
    lower = word.lower()
    return (lower in lexicon.PORTFOLIO_WORDS or is_derived_noun(lower)) and (
        lower not in lexicon.PLACES
    )


def _title_length(words: list[str]) -> int:
    """Length of the title that starts ``words`` (Presiden, Deputi Menteri Luar Negeri)."""
    i = 0
    while i < len(words):
        found = 0
        for length in (4, 3, 2, 1):
            phrase = " ".join(words[i : i + length]).lower()
            if i + length <= len(words) and phrase in lexicon.TITLES:
                found = length
                break
        if not found:
            break
        head = " ".join(words[i : i + found]).lower()
        i += found
        if head in lexicon.TITLE_MODIFIERS:
            continue
        if i < len(words) and words[i].lower() in lexicon.TITLES:
            continue  # Utusan Khusus Presiden, Presiden Direktur
        if head in lexicon.TITLE_HEADS or head.endswith("menteri"):
            while i < len(words):
                if _is_portfolio(words[i]):
                    i += 1
                elif (
                    words[i] in lexicon.NAME_CONNECTORS
                    and i + 1 < len(words)
                    and _is_portfolio(words[i + 1])
                ):
                    i += 2
                else:
                    break
        break
    return i


class _Segmenter:
    """Splits runs of capitalised words into titles, places, acronyms and names."""

    def __init__(self, tally: Tally, case: _CaseStats) -> None:
        self.case = case
        self.alone: Counter[str] = Counter()
        self.stated: set[str] = set()  # seen mid-sentence, or given as an expansion
        for key, stats in tally.runs.items():
            self.alone[key.lstrip("\x01")] += stats[0]
            if not key.startswith("\x01"):
                self.stated.add(key)
        for (_short, long_form), count in tally.pairs.items():
            self.alone[long_form] += count
            self.stated.add(long_form)

    def stands_alone(self, words: list[str]) -> bool:
        phrase = " ".join(words)
        return bool(words) and (
            phrase in self.alone
            or phrase.lower() in lexicon.PLACES
            or (len(words) == 1 and is_acronym(words[0]))
            or ((len(words) >= 2 or "-" in words[0]) and all(self.case.name_like(w) for w in words))
        )

    def pieces(self, key: str) -> list[list[str]]:
        """The run split at sentence starts, hyphenated pairs, dates and glued names."""
        initial = key.startswith("\x01")
        pieces: list[list[str]] = [[]]
        for word in key.lstrip("\x01").split(" "):
            if word.lower() in _RUN_BREAKS and not is_acronym(word):
                pieces.append([])
                continue
            parts = word.split("-")
            if len(parts) > 1 and any(
                p[:1].isupper() and (is_acronym(p) or p.lower() in lexicon.PLACES)
                for p in parts[1:]
            ):
                # Korea Utara-AS, Rusia-Korea Utara: two names joined by a hyphen.
                for n, part in enumerate(parts):
                    if n:
                        pieces.append([])
                    pieces[-1].append(part)
                continue
            pieces[-1].append(word)
        if initial and pieces[0] and self.only_sentence_start(pieces[0]):
            first = pieces[0][1:]
            while first and not first[0][:1].isupper():
                first = first[1:]
            pieces[0] = first
        out = []
        for piece in pieces:
            out.extend(self.split_connectors(piece))
        return [p for p in out if p]

    def only_sentence_start(self, words: list[str]) -> bool:
        """Whether a sentence's first word is capitalised only because it starts the sentence.

        Sikap Korea Utara, Pertemuan Kim: a common word before a known name. Dewan Keamanan
        PBB: the words after it make no name of their own, so it belongs to the name.
        """
        first = words[0]
        if is_acronym(first) or self.case.capital_first(first):
            return False
        if len(words) > 1 and " ".join(words) in self.stated:
            return False
        lower = first.lower()
        if len(words) == 1 or lower in _BREAK_WORDS or is_verb(lower):
            return True
        rest = words[1:]
        return (
            self.stands_alone(rest)
            or _place_length(rest, 0) > 0
            or rest[0].lower() in lexicon.TITLES
            or self.case.is_common(lower)
        )

    def split_connectors(self, words: list[str]) -> list[list[str]]:
        """Rusia dan China is two names; Pusat Studi Strategis dan Internasional is one.

        A connector joins two parts into one name only when each part is a plain name
        (no title, no place before a person) and the two do not both stand alone.
        """
        for i, word in enumerate(words):
            if not word[:1].isupper() and word != "&":
                left, right = words[:i], words[i + 1 :]
                upto = next((j for j, w in enumerate(right) if not w[:1].isupper()), len(right))
                plain = all(
                    len(parts) == 1 and parts[0][1] == ""
                    for parts in (self.segments(left), self.segments(right[:upto]))
                )
                people = all(self.case.name_like(w) for w in left + right[:upto])
                if (
                    not plain
                    or people
                    or (self.stands_alone(left) and self.stands_alone(right[:upto]))
                ):
                    return [left, *self.split_connectors(right)]
        return [words]

    def segments(self, words: list[str]) -> list[tuple[list[str], str]]:
        """(words, kind hint) for one piece: title, then place/acronym, then the name."""
        out: list[tuple[list[str], str]] = []
        title = _title_length(words)
        if title:
            out.append((words[:title], "title"))
            words = words[title:]
        if not words:
            return out
        # A place or acronym followed by a person's name: Rusia | Vladimir Putin.
        for i in range(len(words)):
            length = _place_length(words, i)
            end = i + length
            if length and end < len(words) and all(self.case.name_like(w) for w in words[end:]):
                head, name = words[:end], words[end:]
                out.extend(self.split_place_tail(head))
                out.append((name, "name"))
                return out
        if title and all(self.case.name_like(w) for w in words):
            out.extend((part, "name") for part, _ in self.split_glued(words))
            return out
        out.extend(self.split_place_tail(words))
        return out

    def split_place_tail(self, words: list[str]) -> list[tuple[list[str], str]]:
        """Kementerian Luar Negeri Rusia → organisation + place, if the first part recurs alone."""
        whole = self.alone.get(" ".join(words), 0)
        for i in range(1, len(words)):
            length = _place_length(words, i)
            if not length or i + length != len(words):
                continue
            # KTT Hanoi: an acronym before a place; Bank Indonesia stays one name.
            alone = self.alone.get(" ".join(words[:i]), 0)
            if (i == 1 and is_acronym(words[0])) or (i > 1 and alone >= max(whole, 1)):
                return [(words[:i], ""), (words[i:], "place")]
        return self.split_glued(words)

    def split_glued(self, words: list[str]) -> list[tuple[list[str], str]]:
        """Chelsea Avram Grant → Chelsea + Avram Grant: both parts recur alone, more than all."""
        if len(words) >= 3:
            whole = self.alone.get(" ".join(words), 0)
            for i in range(1, len(words) - 1):
                left = self.alone.get(" ".join(words[:i]), 0)
                right = self.alone.get(" ".join(words[i:]), 0)
                if min(left, right) >= 2 and min(left, right) > whole:
                    return [(words[:i], ""), (words[i:], "")]
        return [(words, "")]


def _kind_of(words: list[str], hint: str, case: _CaseStats) -> str:
    lower = [w.lower() for w in words]
    phrase = " ".join(lower)
    if hint == "title":
        return "title"
    if len(words) == 1 and is_acronym(words[0]):
        return "acronym"
    if phrase in lexicon.PLACES:
        return "place"
    if lower[0] in lexicon.EVENT_WORDS or phrase in lexicon.EVENT_WORDS:
        return "event"
    if any(w in lexicon.ORGANISATION_WORDS for w in lower):
        return "organisation"
    if lower[0] in lexicon.PLACE_WORDS or (len(words) > 1 and lower[-1] in lexicon.COMPASS):
        return "place"
    if len(words) >= 2 and all(case.name_like(w) for w in words):
        return "person"
    return "name"


_KEYED_WORDS = frozenset(lexicon.SHORT_FORMS) | frozenset(lexicon.EXONYMS)
_KEY_DROP_RE = re.compile(r"[\s\-\u2010\u2011,.]+")


@lru_cache(maxsize=200_000)
def group_key(form: str, name: bool) -> str:
    """The key that every variant of a form shares.

    Hyphens and spaces are ignored (kerja sama, kerjasama; Kim Jong-un, Kim Jong Un),
    short forms and initialisms become what they stand for (Korut, Menlu, AS), exonyms
    one name (Cina, Tiongkok → China), and in names old spellings the new ones (Soeharto).
    """
    tokens = _SPLIT_RE.split(form)
    if not name and _KEYED_WORDS.isdisjoint(tokens):
        return _KEY_DROP_RE.sub("", form)
    parts = []
    for token in tokens:
        if not token:
            continue
        lower = token.lower()
        if is_acronym(token) and lower in lexicon.ACRONYMS:
            lower = lexicon.ACRONYMS[lower]
        elif lower in lexicon.SHORT_FORMS:
            lower = lexicon.SHORT_FORMS[lower]
        elif lower in lexicon.EXONYMS:
            lower = lexicon.EXONYMS[lower]
        elif name:
            lower = (
                lower.replace("oe", "u")
                .replace("dj", "j")
                .replace("tj", "c")
                .replace("sj", "sy")
                .replace("nj", "ny")
            )
        parts.append(lower)
    return _KEY_DROP_RE.sub("", "".join(parts))


def _general_frequency(words: list[str]) -> float:
    """Frequency of a phrase in general Indonesian, combined as wordfreq does (1/f sums)."""
    freqs = general_frequencies()
    inverse = sum(1.0 / max(freqs.get(w, 0.0), 1e-8) for w in words)
    return 1.0 / inverse


def _term_groups(tally: Tally, case: _CaseStats, min_count: int) -> dict[str, _Group]:
    """Lowercase n-grams that recur as units and are more frequent here than in general."""
    kept = {}
    for key, stats in tally.ngrams.items():
        if stats[0] < min_count:
            continue
        words = key.split(" ")
        if (len(words) == 1 and classify_word(key)[0] != CONTENT) or key in lexicon.ADJECTIVES:
            continue
        if any(case.capital.get(w, 0) > case.lower.get(w, 0) for w in words):
            continue
        if words[-1] in _BREAK_WORDS or words[0] in _BREAK_WORDS or len(key) < 3:
            continue
        # A word only ever seen capitalised at a sentence start is no lowercase evidence.
        if case.lower.get(words[0], 0) < 1:
            continue
        kept[key] = stats
    # In the spirit of C-value: what a term owes to the longer terms that extend it
    # (kerja inside kerja sama, coba rudal inside uji coba rudal) is not its own.
    extended_right: Counter[str] = Counter()
    extended_left: Counter[str] = Counter()
    for key, stats in kept.items():
        head, _, rest = key.partition(" ")
        if rest:
            extended_left[rest] += stats[0]
            extended_right[key.rpartition(" ")[0]] += stats[0]
    total = max(tally.tokens, 1)
    freqs = general_frequencies()

    def unigram(word: str) -> float:
        stats = tally.ngrams.get(word)
        return stats[0] if stats else max(freqs.get(word, 0.0) * total, 1.0)

    groups: dict[str, _Group] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for key, stats in kept.items():
        words = key.split(" ")
        kind = "title" if key in lexicon.TITLES else "term"
        group = _Group(len(words), stats[0] - max(extended_left[key], extended_right[key]))
        group.add(key, kind, stats)
        if len(words) == 1:
            for surface, count in tally.surfaces.get(key, {}).items():
                group.forms[surface] = group.forms.get(surface, 0) + count
                group.forms[key] -= count
        gkey = group_key(key, name=False)
        members[gkey].append(key)
        if gkey in groups:
            groups[gkey].absorb(group)
        else:
            groups[gkey] = group
    # Kept: groups that occur on their own (kerja sama, not only inside kerja sama militer)
    # and are more frequent here than in general Indonesian, or hold together as a unit.
    out = {}
    for gkey, group in groups.items():
        if group.effective < 1:
            continue
        for key in members[gkey]:
            count, words = kept[key][0], key.split(" ")
            termhood = math.log10((count / total) / _general_frequency(words))
            if len(words) > 1:
                # Unithood: how much more often the words occur together than by chance.
                chance = math.prod(unigram(w) for w in words) / total ** (len(words) - 1)
                unit = 2.0 * math.log10(count / chance) / (3 * (len(words) - 1))
                termhood = max(termhood, unit)
            group.termhood = max(group.termhood, termhood)
        if group.termhood >= (0.6 if group.words == 1 else 0.2):
            out[gkey] = group
    return out


def _name_groups(tally: Tally, case: _CaseStats, min_count: int) -> dict[str, _Group]:
    segmenter = _Segmenter(tally, case)
    groups: dict[str, _Group] = {}
    capital, initials = case.capital, tally.initials

    def frequent(word: str) -> bool:
        lower = word.lower()
        return capital.get(lower, 0) + initials.get(lower, 0) >= min_count

    for key, stats in tally.runs.items():
        # A name occurs at most as often as its rarest word is capitalised: a rare run
        # of rare words cannot give a candidate.
        if stats[0] < min_count and not any(map(frequent, _SPLIT_RE.split(key.lstrip("\x01")))):
            continue
        for piece in segmenter.pieces(key):
            segments = segmenter.segments(piece)
            for n, (words, hint) in enumerate(segments):
                if len(words) == 1 and is_acronym(words[0]):
                    lower = words[0].lower()
                    # TIM, BUMI in a headline: a common word in capitals, not an acronym.
                    if lower not in lexicon.ACRONYMS and case.lower.get(lower, 0) >= max(
                        2, stats[0]
                    ):
                        continue
                elif len(words) == 1:
                    lower = words[0].lower()
                    if (
                        lower in _BREAK_WORDS
                        or len(lower) < 2
                        or is_verb(lower)
                        or _ROMAN_RE.match(words[0])
                    ):
                        continue
                form = " ".join(words)
                kind = _kind_of(words, hint, case)
                gkey = group_key(form, name=True)
                group = groups.get(gkey)
                if group is None:
                    group = groups[gkey] = _Group(words=len(words))
                group.add(form, kind, stats)
                if (
                    n
                    and segments[n - 1][1] == "title"
                    and (kind == "person" or (kind == "name" and len(words) == 1))
                ):
                    group.titled.add(" ".join(segments[n - 1][0] + words))
    return groups


def _link_short_names(groups: dict[str, _Group], case: _CaseStats) -> None:
    """Putin → Vladimir Putin: a one-word name joins the full name it dominantly shortens."""
    full_by_word: dict[str, list[str]] = defaultdict(list)
    for key, group in groups.items():
        if group.words >= 2 and _top(group.kinds) == "person":
            form = _top(group.forms)
            words = _SPLIT_RE.split(form.lower())
            for word in {words[0], words[-1]}:
                full_by_word[word].append(key)
    for key in list(groups):
        group = groups[key]
        if group.words != 1 or _top(group.kinds) not in ("name", "person"):
            continue
        form = _top(group.forms)
        if not case.name_like(form):
            continue
        word = form.lower()
        options = sorted(
            (groups[k].occurrences.count, k) for k in full_by_word.get(word, ()) if k in groups
        )
        if not options:
            continue
        best_count, best = options[-1]
        if len(options) > 1 and options[-2][0] * 2 > best_count:
            continue
        full = groups[best]
        full.full_name = full.full_name or _top(full.forms)
        full.absorb(group)
        del groups[key]


def _initials(form: str) -> str:
    return "".join(
        part[0]
        for word in form.split()
        if word not in lexicon.NAME_CONNECTORS
        for part in word.split("-")
        if part
    ).upper()


def _link_acronyms(groups: dict[str, _Group], tally: Tally) -> None:
    """KTT ↔ Konferensi Tingkat Tinggi: as stated in brackets, or by matching initials."""
    for (short, long_form), _count in tally.pairs.most_common():
        skey, lkey = group_key(short, name=True), group_key(long_form, name=True)
        if skey not in groups:
            continue
        groups[skey].expansion = groups[skey].expansion or long_form
        if lkey in groups and lkey != skey:
            groups[skey].absorb(groups.pop(lkey))
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, group in groups.items():
        if group.words >= 2:
            by_initials[_initials(_top(group.forms))].append(key)
    for key in list(groups):
        group = groups.get(key)
        if group is None:
            continue
        acronyms = [f for f in group.forms if is_acronym(f)]
        if not acronyms or group.expansion:
            continue
        short = max(acronyms, key=group.forms.__getitem__)
        if short.lower() in lexicon.ACRONYMS and not any(not is_acronym(f) for f in group.forms):
            group.expansion = lexicon.display_case(short, lexicon.ACRONYMS[short.lower()])
            continue
        matches = [k for k in by_initials.get(short.replace("-", ""), ()) if k in groups]
        if len(matches) == 1 and matches[0] != key and _share_a_line(group, groups[matches[0]]):
            other = groups.pop(matches[0])
            group.expansion = _top(other.forms)
            group.absorb(other)


def _share_a_line(one: _Group, other: _Group) -> bool:
    return not set(one.occurrences.refs()).isdisjoint(other.occurrences.refs())


def _preferred(group: _Group) -> tuple[str, str, str]:
    """(term, kind, expansion) of a group."""
    forms = group.forms
    kind = _top(group.kinds)
    acronyms = [f for f in forms if is_acronym(f)]
    if acronyms:
        term = max(acronyms, key=lambda f: (forms[f], f))
        longer = [f for f in forms if not is_acronym(f) and f.lower() not in lexicon.SHORT_FORMS]
        expansion = group.expansion or (max(longer, key=forms.__getitem__) if longer else "")
        if not expansion and term.lower() in lexicon.ACRONYMS:
            expansion = lexicon.display_case(term, lexicon.ACRONYMS[term.lower()])
        return term, "acronym", expansion
    if group.full_name:
        return group.full_name, "person", ""
    full = [f for f in forms if f.lower() not in lexicon.SHORT_FORMS] or list(forms)
    if kind in ("term", "title"):
        lower = [f for f in full if f.islower()]
        full = lower or full
    term = max(full, key=lambda f: (forms[f], -len(f), f))
    expansion = ""
    shorts = [f for f in forms if f.lower() in lexicon.SHORT_FORMS]
    if shorts and term in shorts:
        expansion = lexicon.display_case(term, lexicon.SHORT_FORMS[term.lower()])
    return term, kind, expansion


_KIND_WEIGHT = {
    "person": 1.0,
    "place": 1.0,
    "organisation": 1.05,
    "event": 1.05,
    "acronym": 1.0,
    "name": 0.85,
    "title": 0.7,
}


def _score(group: _Group, kind: str, documents: int) -> float:
    """log frequency × spread over documents × (for terms) termhood and length.

    Names score by frequency alone (a proper noun is a glossary entry by nature); terms
    by the occurrences they own (half their count at least: senjata nuklir keeps its
    weight inside program senjata nuklir) and how much rarer they are in general text.
    """
    spread = 1.0 + 0.5 * math.log2(documents)
    if kind in _KIND_WEIGHT and group.termhood == 0.0:
        # A multiword title (Menteri Pertahanan) is as specific as a name.
        weight = 1.0 if kind == "title" and group.words > 1 else _KIND_WEIGHT[kind]
        return math.log2(1 + group.occurrences.count) * spread * weight
    strength = min(max(group.termhood / 2.0, 0.1), 1.2) * (1.0 + 0.15 * (group.words - 1))
    weight = _KIND_WEIGHT.get(kind, 1.0) if kind != "term" else 1.0
    own = max(group.effective, group.occurrences.count / 2)
    return math.log2(1 + own) * spread * strength * weight


def rank(
    tally: Tally, *, min_count: int = 2, top: int | None = None, exclude: Iterable[str] = ()
) -> list[Candidate]:
    """Turn the counts into grouped, scored candidates, best first.

    The tally's tables are emptied on the way (they are most of the memory).
    """
    excluded = {form.casefold() for form in exclude}
    case = _CaseStats(tally)
    names = _name_groups(tally, case, min_count)
    _link_short_names(names, case)
    terms = _term_groups(tally, case, min_count)
    groups = names
    for key, group in terms.items():
        if key in groups:
            groups[key].absorb(group)
        else:
            groups[key] = group
    _link_acronyms(groups, tally)
    # The groups hold what they need; the tables can go (most of the memory).
    tally.ngrams.clear()
    tally.runs.clear()
    tally.words.clear()
    scored = []
    for group in groups.values():
        if group.occurrences.count < min_count:
            continue
        if excluded and any(f.casefold() in excluded for f in chain(group.forms, group.titled)):
            continue
        term, kind, expansion = _preferred(group)
        documents = group.occurrences.documents()
        scored.append((_score(group, kind, documents), term, kind, expansion, documents, group))
    scored.sort(key=lambda s: (-s[0], s[1]))
    if top is not None:
        scored = scored[:top]
    examples = _Examples(tally)
    out = []
    for score, term, kind, expansion, documents, group in scored:
        forms = [f for f in group.forms if f != term]
        variants = sorted(set(forms) | group.titled, key=lambda f: (-group.forms.get(f, 0), f))
        refs = group.occurrences.refs()
        example, source = examples.find(refs, [term, *variants])
        out.append(
            Candidate(
                term=term,
                kind=kind,
                variants=variants,
                count=group.occurrences.count,
                documents=documents,
                score=round(score, 3),
                references=References(refs, tally.paths),
                example=example,
                example_source=source,
                expansion=expansion,
            )
        )
    return out


class References(Sequence):
    """A candidate's lines as "path:line" strings, made when read: a big corpus has
    millions of them, and eight bytes each is what keeps mining under a gigabyte."""

    __slots__ = ("_refs", "_paths")

    def __init__(self, refs: array, paths: list[str]) -> None:
        self._refs = refs
        self._paths = paths

    def _format(self, ref: int) -> str:
        return f"{self._paths[ref >> LINE_BITS]}:{ref & _LINE_MASK}"

    def __len__(self) -> int:
        return len(self._refs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._format(r) for r in self._refs[index]]
        return self._format(self._refs[index])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return repr(list(self))


_LINE_MASK = (1 << LINE_BITS) - 1


class _Examples:
    """Example sentences: from retained text, or by reading the file again."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.reread: dict[int, list[str] | None] = {}

    def line(self, ref: int) -> str:
        index, number = ref >> LINE_BITS, ref & _LINE_MASK
        lines = self.tally.lines[index]
        if lines is None:
            if index not in self.reread:
                try:
                    lines = read_document(self.tally.paths[index]).text.split("\n")
                except (InputError, OSError):  # the file went away: no example, not an error
                    lines = None
                self.reread[index] = lines
            lines = self.reread[index]
        if lines is None or number > len(lines):
            return ""
        return lines[number - 1]

    def find(self, refs: list[int], forms: list[str]) -> tuple[str, str]:
        """A sentence of medium length that shows the term, from its first few lines."""
        best: tuple[int, str, int] | None = None
        for ref in refs[:EXAMPLE_LINES]:
            line = self.line(ref)
            at = next((i for i in (line.find(form) for form in forms) if i >= 0), -1)
            if at < 0:
                continue
            sentence = _sentence_at(line, at)
            distance = abs(len(sentence) - 120)
            if best is None or distance < best[0]:
                best = (distance, sentence, ref)
            if distance <= 60:
                break
        if best is None:
            if not refs:
                return "", ""
            best = (0, _trim(self.line(refs[0]).strip()), refs[0])
        ref = best[2]
        return best[1], f"{self.tally.paths[ref >> LINE_BITS]}:{ref & _LINE_MASK}"


def _sentence_at(line: str, offset: int) -> str:
    """The sentence of ``line`` around ``offset`` (only a window of a long line is split)."""
    start = max(0, line.rfind("\n", 0, offset) + 1, offset - 2 * EXAMPLE_CHARS)
    window = line[start : offset + 2 * EXAMPLE_CHARS]
    for span in sentences(window):
        if span.start <= offset - start < span.end:
            return _trim(window[span.start : span.end])
    return _trim(line.strip())


def _trim(sentence: str) -> str:
    if len(sentence) <= EXAMPLE_CHARS:
        return sentence
    return sentence[: EXAMPLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


# -- output formats ---------------------------------------------------------------


def format_json(candidates: list[Candidate]) -> str:
    return json.dumps([c.to_json() for c in candidates], ensure_ascii=False, indent=2) + "\n"


def format_pot(candidates: list[Candidate]) -> str:
    """A PO template in rank order, written entry by entry with the glossary's own writer."""
    header = dumps(Glossary()).rstrip("\n")
    seen: set[str] = set()
    blocks = [header]
    for candidate in candidates:
        if candidate.term not in seen:
            seen.add(candidate.term)
            blocks.append(format_entry(candidate.to_entry()))
    return "\n\n".join(blocks) + "\n"


def format_table(candidates: list[Candidate]) -> str:
    """An aligned table for reading: rank, score, count, documents, kind, term, other forms."""
    rows = [("#", "score", "count", "docs", "kind", "term", "variants / expansion")]
    for number, c in enumerate(candidates, 1):
        extra = ", ".join(c.variants[:4]) + (", …" if len(c.variants) > 4 else "")
        if c.expansion and c.expansion not in c.variants[:4]:
            extra = f"{extra}  = {c.expansion}" if extra else f"= {c.expansion}"
        rows.append(
            (str(number), f"{c.score:.2f}", str(c.count), str(c.documents), c.kind, c.term, extra)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    lines = []
    for row in rows:
        cells = [row[0].rjust(widths[0])] + [
            row[i].rjust(widths[i]) if i < 4 else row[i].ljust(widths[i]) for i in range(1, 6)
        ]
        lines.append("  ".join(cells + [row[6]]).rstrip())
    return "\n".join(lines) + "\n"
