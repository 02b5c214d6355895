"""Streaming counts: one pass over the lines, runs of capitalised words and lowercase n-grams.

Counts are pruned as they grow (lossy counting: keys seen once are dropped when the table
is full), so memory stays bounded on big corpora.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache, partial

from glossary import lexicon, scan
from glossary.morphology import (
    is_acronym,
    is_stative,
    is_verb,
    name_word,
    normalise_word,
    root_words,
)
from glossary.text import ABBREVIATIONS, TOKEN_RE, Document

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

BREAK_WORDS = (
    lexicon.FUNCTION_WORDS
    | lexicon.NUMBER_WORDS
    | lexicon.DATE_WORDS
    | lexicon.SAYING_VERBS
    | lexicon.BASE_VERBS
    | lexicon.UNITS
)
# Cardinal numbers end a few terms (pedagang kaki lima), never start one; so do ordinals
# (babak kedua; inside a phrase an ordinal counts: hubungan kedua negara, no term).
ENDING_NUMBERS = frozenset(
    w
    for w in lexicon.NUMBER_WORDS
    if w.isalpha() and not w.startswith(("ke", "se", "per")) and not w.endswith("an")
)
_ENDING_WORDS = ENDING_NUMBERS | lexicon.ORDINALS | lexicon.ASPECT_ADJECTIVES
# A base verb starts phrases too: jatuh tempo (the maturity date), jalan tol are units of
# a verb and a noun; the terms keep such a pair only when it holds most of its noun
# (``glossary.mine.terms``).
NGRAM_BREAKS = BREAK_WORDS - lexicon.BASE_VERBS - _ENDING_WORDS
# Words only a noun follows: a ter- word after them is a noun (para tersangka, seorang
# terdakwa); after a number it may still be a verb (dua terluka).
NOUN_MARKERS = frozenset(
    ("para", "seorang", "sang", "si", "sejumlah", "beberapa", "terhadap", "kepada", "bagi")
)
# A nickname stated as such: Joko Widodo, yang akrab disapa Jokowi; Ahmad alias Mamat.
_CAPITALISED = r"[A-Z][\w'’.-]*(?:\s+(?:bin\s+|binti\s+|al-)?[A-Z][\w'’.-]*){0,4}"
_NICKNAME_RE = re.compile(
    rf"({_CAPITALISED}),?\s+(?:yang\s+|atau\s+(?:yang\s+)?)?(?:akrab\s+|biasa\s+|lebih\s+)?"
    rf"(?:disapa|dipanggil|alias|dikenal\s+(?:dengan|sebagai)(?:\s+(?:nama|sebutan|panggilan))?)"
    rf"\s+({_CAPITALISED})"
)
_SENTENCE_END = frozenset(".!?…")
# A web address names a site; its words are no vocabulary (beritajakarta.com).
_WEB_ADDRESS_RE = re.compile(
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.id|go\.id|or\.id|ac\.id|id)\b\S*",
    re.IGNORECASE,
)
_OPENERS = frozenset("“\"‘'([:–—•")
_PAREN_RE = re.compile(r"\(([^()]{1,120})\)")
# A news agency's dateline opening a paragraph: JAKARTA (ANTARA) -, BANDA ACEH, Senin
# (ANTARA) -, JAKARTA, KOMPAS.com -, Jakarta (ANTARA News) -. It names no term of the
# story: counted, it made JAKARTA an acronym and ANTARA the top name of every article.
_DATELINE_RE = re.compile(
    r"(?:[A-Z]{2}[A-Z.'-]*(?: [A-Z]{2}[A-Z.'-]*){0,3}(?: ?\([^()\n]{2,30}\)|,[^()\n,]{2,40}?)"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,[^()\n,]{2,20}?)?(?= \([A-Z]{3}))"
    r"(?: ?\([^()\n]{2,30}\))? ?[-\u2013\u2014]{1,2} "
)
_SHORT_FORM_RE = re.compile(r"^[A-Z][A-Za-z0-9\-]{1,11}$")
_SYLLABIC_NAME_RE = re.compile(r"^[A-Z][a-z]{3,9}$")
BEFORE_PAREN_CHARS = 600
_STOP_BEFORE_PAREN = re.compile(r"[.,;:!?“”\"()]")


_PLACE_PREPOSITIONS = frozenset(("di", "ke"))
# The last words of titles: a run after one written in lower case is titled.
_TITLE_ENDS = frozenset(t.rsplit(" ", 1)[-1] for t in lexicon.TITLES)


def _ends_title(earlier: str, previous: str) -> bool:
    """Whether the words before a run are a title: juru bicara, presiden, ketua."""
    return previous in lexicon.TITLES or f"{earlier.lower()} {previous}" in lexicon.TITLES


_ORDINAL = re.compile(r"(?:ke|se)-?\d+")  # ordinals: ke-10, ke10

# Runs of a sentence start (their first capital may only mark it) and of a headline
# (every capital may only be its title case: Perampok Bank dengan Topeng Wajah Obama).
INITIAL, HEADLINE = "\x01", "\x02"
MARKERS = INITIAL + HEADLINE

# A body named by the list of its fields, one capitalised word each: one name, though its
# commas break a run (Badan Meteorologi, Klimatologi, dan Geofisika; Kementerian
# Pendidikan, Kebudayaan, Riset, dan Teknologi). A list of places is not one (Komisi
# Eropa, Jepang, dan Thailand: the commission and two countries).
_BODY_HEADS = "|".join(sorted(w.capitalize() for w in lexicon.ORGANISATION_WORDS if w.isalpha()))
_FIELD_LIST_RE = re.compile(
    rf"(?<![\w-])((?:{_BODY_HEADS})(?:\s[A-Z][a-z]+)+)"
    r"((?:,\s[A-Z][a-z]+)+),?\s(?:dan|serta)\s[A-Z][a-z]+(?![\w-])"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w'.-]*\s)+$")
_FIELD_LIST_END_RE = re.compile(r", [A-Z][a-z]+,? (?:dan|serta) [A-Z]")  # a cheap first look
_SENTENCE_BEFORE = frozenset('.!?:;"\u201c(')
HEADLINE_CHARS = 160
_HEADLINE_LOWER = lexicon.FUNCTION_WORDS | lexicon.NAME_CONNECTORS


def is_headline(line: str) -> bool:
    """A short line in title case, without a final stop: ``Kasus DBD di Jakarta Menurun``.
    Only function words (di, dan, untuk) stay in lower case in a headline."""
    end = line.rstrip()[-1:]
    if len(line) > HEADLINE_CHARS or not end.isalnum() or "(" in line:
        return False  # a sentence, or a caption: Putin (kiri) di Lapangan Kim Il Sung.
    words = line.split()
    capitals = 0
    for word in words:
        if word[0].isupper():
            capitals += 1
        elif word[0].isalpha() and word.lower().strip(_HEADLINE_STRIP) not in _HEADLINE_LOWER:
            return False
    return capitals >= 3


_HEADLINE_STRIP = ",.:;!?\"'“”‘’()"


@lru_cache(maxsize=200_000)
def classify_word(word: str) -> tuple[int, str]:
    """(class, normalised form) of a lowercase word for n-gram counting.

    An ordinal may end a term (babak kedua), never start one.
    """
    if word in NGRAM_BREAKS or len(word) < 2 or len(word) > 40 or _ORDINAL.fullmatch(word):
        return BREAK, word
    norm = normalise_word(word)
    if norm in NGRAM_BREAKS or is_verb(norm) or is_adverb_form(norm):
        return BREAK, norm
    if norm in lexicon.ADJECTIVES or norm in _ENDING_WORDS or is_stative(norm):
        return NO_START, norm
    return CONTENT, norm


def is_adverb_form(word: str) -> bool:
    """Word shapes Indonesian makes adverbs and idioms with, never terms: se-...-nya on a
    root (sebaliknya, sepenuhnya, senegaranya 'his compatriot'), a number glued to kali
    (duakali, pertamakali: twice, the first time), and reduplication with a sound change
    (terus-menerus, seluk-beluk: halves that differ but rhyme)."""
    if word.startswith("se") and word.endswith("nya") and word[2:-3] in root_words():
        return True
    if word.endswith("kali") and word[:-4] in lexicon.NUMBER_WORDS:
        return True
    left, dash, right = word.partition("-")
    return (
        bool(dash)
        and left != right
        and min(len(left), len(right)) >= 4
        and (left[-3:] == right[-3:])
    )


# -- streaming counts ------------------------------------------------------------


def _count(table: dict[str, list], keys: list[str], ref: int) -> None:
    """Count each key once per occurrence and note the line once (``ref``)."""
    get = table.get
    for key in keys:
        stats = get(key)
        if stats is None:
            table[key] = [1, ref]
            continue
        stats[0] += 1
        refs = stats[1]
        if type(refs) is int:
            if refs != ref:
                stats[1] = array("Q", (refs, ref))
        elif refs[-1] != ref:
            refs.append(ref)


# Punctuation that ends a word and never joins it to more (not - or ').
_WORD_ENDS = frozenset(',.;:!?)”"')


def line_tokens(line: str) -> list[tuple[str, str, str]]:
    """``TOKEN_RE.findall(line)``, about twice as fast: no token spans a space, so the
    line is split on spaces first, and a chunk of letters only (``harga``; most of them),
    or of letters and a stop or comma (``harga,``), needs no regular expression."""
    tokens: list[tuple[str, str, str]] = []
    findall = TOKEN_RE.findall
    for chunk in line.split():
        if chunk.isalpha():
            tokens.append(("", chunk, ""))
        elif chunk[-1] in _WORD_ENDS and chunk[:-1].isalpha():  # kata, or kata.
            tokens.append(("", chunk[:-1], ""))
            tokens.append(("", "", chunk[-1]))
        else:
            tokens.extend(findall(chunk))
    return tokens


def _add_ngrams(grams: list[str], stretch: list[str], no_start: list[bool]) -> None:
    """Append the 1-4-grams of a stretch of content words to ``grams`` and empty it:
    every word alone, and the longer ones from each word that may start a term
    (``[krisis, keuangan, global]`` gives krisis, krisis keuangan, krisis keuangan global,
    keuangan, keuangan global, global)."""
    n = len(stretch)
    append = grams.append
    for i in range(n):
        gram = stretch[i]
        append(gram)
        if no_start[i]:
            continue
        for j in range(i + 1, min(n, i + MAX_WORDS)):
            gram = gram + " " + stretch[j]
            append(gram)
    stretch.clear()
    no_start.clear()


class Tally:
    """Counts of runs and n-grams with the lines they occur on, pruned as they grow."""

    def __init__(self) -> None:
        self.ngrams: dict[str, list] = {}
        self.runs: dict[str, list] = {}
        self.initials: Counter[str] = Counter()
        self.surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.nominal: Counter[str] = Counter()
        self.nicknames: Counter[tuple[str, str]] = Counter()  # (name, nickname) as stated
        # Runs after a title written in lower case: juru bicara Kremlin Dmitry Peskov.
        self.titled: Counter[str] = Counter()
        # Runs after di or ke: places and organisations (di Kremlin, ke Pentagon).
        self.placed: Counter[str] = Counter()
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
                dateline = _DATELINE_RE.match(line)
                self.add_line(line[dateline.end() :] if dateline else line, base | number)
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
        """Count a line's runs and n-grams (``ref``: its document and number)."""
        ADD_LINE[scan.IMPLEMENTATION](self, line, ref)
        if ", " in line and _FIELD_LIST_END_RE.search(line):
            self.join_field_lists(line, ref)

    def join_field_lists(self, line: str, ref: int) -> None:
        """Count each body named by a list of its fields (``_FIELD_LIST_RE``) as one run, in
        place of the runs its commas cut it into (Badan Meteorologi, Klimatologi,
        Geofisika)."""
        for found in _FIELD_LIST_RE.finditer(line):
            name = found.group()
            pieces = [re.sub(r"^(?:dan|serta)\s", "", p) for p in name.split(", ")]
            if any(w.lower() in lexicon.PLACES for p in pieces[1:] for w in p.split()):
                continue
            opening = _CAPITALISED_BEFORE.search(line, 0, found.start())  # Kepala, Menurut
            start = opening.start() if opening else found.start()
            before = line[:start].rstrip()
            marker = "" if before and before[-1] not in _SENTENCE_BEFORE else INITIAL
            if opening:
                pieces[0] = f"{opening.group()}{pieces[0]}"
            for piece in pieces:
                for key in (marker + piece, piece, INITIAL + piece):
                    stats = self.runs.get(key)
                    if stats is not None:
                        stats[0] -= 1
                        if not stats[0]:
                            del self.runs[key]
                        break
            runs = [" ".join(name.split())]
            if opening:  # the words before the body are a run of their own: a title
                runs.append(marker + opening.group().rstrip())
            else:
                runs[0] = marker + runs[0]
            _count(self.runs, runs, ref)

    def python_add_line(self, line: str, ref: int) -> None:
        """``add_line`` in Python: the reference of the compiled ``_speedups.add_line``."""
        words = self.words
        surfaces = self.surfaces
        grams: list[str] = []
        runs: list[str] = []
        run: list[str] = []
        run_initial = False
        connectors: list[str] = []
        stretch: list[str] = []
        no_start: list[bool] = []
        initial = True
        previous = earlier = ""
        titled = placed = False
        headline = is_headline(line)
        if ".com" in line or ".id" in line or ".net" in line or ".org" in line:
            line = _WEB_ADDRESS_RE.sub(" ; ", line)  # pantauan beritajakarta.com: no term

        def close_run() -> None:
            nonlocal run_initial, titled, placed
            if run:
                key = " ".join(run)
                if headline:
                    key = HEADLINE + key
                elif run_initial:
                    key = INITIAL + key
                elif titled:
                    self.titled[key] += 1
                elif placed:
                    self.placed[key] += 1
                runs.append(key)
                run.clear()
            connectors.clear()
            run_initial = titled = placed = False

        found = line_tokens(line)
        self.tokens += len(found)
        for number, word, punct in found:
            if word:
                if name_word(word):
                    if stretch:
                        _add_ngrams(grams, stretch, no_start)
                    if run:
                        if connectors:
                            run.extend(connectors)
                            connectors.clear()
                        run.append(word)
                    else:
                        run.append(word)
                        titled = previous in _TITLE_ENDS and _ends_title(earlier, previous)
                        placed = previous in _PLACE_PREPOSITIONS
                        if initial and not is_acronym(word):
                            run_initial = True
                            lower = word.lower()
                            self.initials[lower] += 1
                            info = words.get(lower)
                            if info is None:
                                info = words[lower] = classify_word(lower)
                            if info[0] != BREAK:
                                if info[1] != lower:  # Pasukan-pasukan, at a sentence start
                                    surfaces[info[1]][lower] += 1
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
                    kind, norm = info
                    if norm != word:
                        surfaces[norm][word] += 1
                    if kind == BREAK:
                        if stretch:
                            _add_ngrams(grams, stretch, no_start)
                    else:
                        stretch.append(norm)
                        no_start.append(kind == NO_START)
                        if kind == NO_START and (
                            previous in NOUN_MARKERS or norm in lexicon.TER_NOUNS
                        ):
                            self.nominal[norm] += 1  # para tersangka: a noun
                initial = False
                earlier, previous = previous, word
            elif number:
                if run:
                    close_run()
                if stretch:
                    _add_ngrams(grams, stretch, no_start)
                initial = False
                previous = number
            else:
                # An initial (George W. Bush) keeps the name open.
                if punct == "." and run and len(previous) == 1 and previous.isupper():
                    run[-1] += "."
                    continue
                if run:
                    close_run()
                if stretch:
                    _add_ngrams(grams, stretch, no_start)
                if punct in _SENTENCE_END:
                    initial = not (punct == "." and previous.lower() in ABBREVIATIONS)
                elif punct in _OPENERS:
                    initial = True
                previous = punct
        close_run()
        if stretch:
            _add_ngrams(grams, stretch, no_start)
        if grams:
            _count(self.ngrams, grams, ref)
        if runs:
            _count(self.runs, runs, ref)
        if "(" in line:
            self.find_pairs(line)
        if "disapa" in line or "dipanggil" in line or "alias" in line or "dikenal" in line:
            for m in _NICKNAME_RE.finditer(line):
                self.nicknames[(m.group(1), m.group(2))] += 1

    def find_pairs(self, line: str) -> None:
        """Acronym–expansion pairs the text states: ``Long Form (LF)`` or ``LF (Long Form)``."""
        for m in _PAREN_RE.finditer(line):
            inside = m.group(1).strip()
            # Only a window before the bracket: the long form is at most 17 words, and a
            # split of everything before it made a long line with brackets quadratic.
            start = max(0, m.start() - BEFORE_PAREN_CHARS)
            clause = _STOP_BEFORE_PAREN.split(line[start : m.start()])[-1]
            before = clause.split()
            if start and len(clause) == m.start() - start:
                before = before[1:]  # the window may cut its first word
            if (
                _SHORT_FORM_RE.match(inside)
                and sum(c.isupper() for c in inside) >= 2
                or (inside.lower() in lexicon.SHORT_FORMS)
                # rumah susun (rusun): a lowercase short form made of syllables
                or (inside.isalpha() and inside.islower() and 3 <= len(inside) <= 10)
            ):
                long_form = schwartz_hearst(inside, before)
                if long_form:
                    self.pairs[(inside, long_form)] += 1
            elif _SYLLABIC_NAME_RE.match(inside):
                # Badan Pengawas Pemilu (Bawaslu): a name's short form made of syllables,
                # taken only for a long form of capitalised words, one and a half letters
                # a word at least (Gabungan Industri Kendaraan Bermotor Indonesia: Gaikindo).
                named = schwartz_hearst(inside, before) or ""
                words = named.split()
                if 2 <= len(words) <= len(inside) * 2 // 3 and all(w[0].isupper() for w in words):
                    self.pairs[(inside, named)] += 1
            elif before and " " in inside and _SHORT_FORM_RE.match(before[-1]):
                short = before[-1]
                if sum(c.isupper() for c in short) >= 2:
                    long_form = schwartz_hearst(short, inside.split())
                    if long_form:
                        self.pairs[(short, long_form)] += 1


# By implementation, as ``scan.SCANS``: a line into the tally. The compiled twin reads this
# module's word classes, patterns and ``_count``/``_add_ngrams``'s twins.
ADD_LINE: dict[str, Callable[[Tally, str, int], None]] = {scan.PYTHON: Tally.python_add_line}
if scan.speedups is not None:
    ADD_LINE[scan.COMPILED] = partial(scan.speedups.add_line, counting=sys.modules[__name__])


def initials(form: str) -> str:
    """KTT of Konferensi Tingkat Tinggi, connectors left out (Bank dan Bursa: BB)."""
    return "".join(
        part[0]
        for word in form.split()
        if word not in lexicon.NAME_CONNECTORS
        for part in word.split("-")
        if part
    ).upper()


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
    if long_words[0].lower() in BREAK_WORDS or long_form.lower() == short.lower():
        return None
    return long_form
