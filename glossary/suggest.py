"""English suggestions for glossary entries that have none.

Every backend is a function ``backend(entries, settings) -> list[list[Suggestion]]``
(one list per entry, best first) so that ``suggest`` can run any of them, in the
order the user chose, and write the results into the glossary:

- ``dictionary`` (offline, default): FreeDict's English-Indonesian dictionary read in
  reverse, because no free Indonesian-English one is packaged;
- ``parallel`` (offline): co-occurrence of a term and English n-grams over
  line-aligned translations (Dice coefficient, count as evidence);
- ``names`` (offline): names keep their form, known exonyms go back to English,
  acronyms carry their expansion;
- ``google``, ``mymemory``, ``linguee``, ``libre``, ``deepl`` (online, through
  deep-translator): every call bounded in time, retried with backoff on rate
  limits, answers cached in SQLite so that a rerun never asks twice.

A backend that cannot run (dictionary not installed, no network, no API key) gives
one warning and the run goes on with the others: ``BackendUnavailable`` raised before
any work, or, for an online service that fails mid-run, a warning from the backend
itself, which still returns the answers it already has.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import hashlib
import json
import math
import os
import re
import socket
import sqlite3
import string
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from glossary.lexicon import ACRONYMS, FUNCTION_WORDS, display_case
from glossary.store import Entry, Glossary
from glossary.text import InputError, read_document, tokenize

CACHE_ENV = "GLOSSARY_CACHE_DIR"


def default_cache_dir() -> Path:
    """Where reversed dictionaries and online answers live: $GLOSSARY_CACHE_DIR or user cache."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("glossary"))


def warn_on_stderr(message: str) -> None:
    print(f"glossary: warning: {message}", file=sys.stderr)


@dataclass(frozen=True)
class Suggestion:
    """One proposed English rendering, with the backend that proposed it and why."""

    english: str
    source: str
    confidence: float
    evidence: str = ""

    def label(self) -> str:
        """The form kept in the PO file: ``english (source, confidence)``."""
        return f"{self.english} ({self.source}, {self.confidence:.2f})"


@dataclass
class Settings:
    """What the backends need besides the entries; the CLI fills it from its options."""

    dict_path: Path | None = None
    parallel: Sequence[tuple[str, str]] = ()
    base_url: str | None = None
    timeout: float = 10.0
    connect_timeout: float = 2.0
    retries: int = 4
    backoff: float = 1.0
    cache_dir: Path = field(default_factory=default_cache_dir)
    warn: Callable[[str], None] = warn_on_stderr
    progress: Callable[[str, int, int], None] | None = None


class BackendUnavailable(Exception):
    """A backend cannot run at all here (not installed, offline, refused); the run goes on."""


class Backend(Protocol):
    def __call__(self, entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
        """Suggestions for each entry, best first (an empty list when there are none)."""
        ...


def _progress(settings: Settings, backend: str, done: int, total: int) -> None:
    if settings.progress:
        settings.progress(backend, done, total)


def _best_first(suggestions: Iterable[Suggestion], limit: int = 5) -> list[Suggestion]:
    """Highest confidence first, one suggestion per English string (case-insensitive)."""
    seen: set[str] = set()
    ranked: list[Suggestion] = []
    for s in sorted(suggestions, key=lambda s: -s.confidence):
        if s.english.lower() not in seen:
            seen.add(s.english.lower())
            ranked.append(s)
    return ranked[:limit]


# -- dictionary ------------------------------------------------------------------

DICT_PATH = Path("/usr/share/dictd/freedict-eng-ind.index")
DICT_PACKAGE = "dict-freedict-eng-ind"

_B64 = {
    c: i for i, c in enumerate(string.ascii_uppercase + string.ascii_lowercase + "0123456789+/")
}
_HEADER_RE = re.compile(r"^(?P<headword>.*?)(?:\s+/[^<]*)?(?:\s+<(?P<pos>[^>]+)>)?$")
_SENSE_RE = re.compile(r"^(\d+)\. (.*)$")
_WIKI_LINK_RE = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")
_OPTIONAL_RE = re.compile(r"\(([^()]*)\)")
# Senses a news glossary must never propose, and senses it should propose reluctantly.
_BANNED_GLOSS_RE = re.compile(r"\b(offensive|vulgar|pejorative|derogatory|slur)\b", re.I)
_MARKED_GLOSS_RE = re.compile(r"\b(slang|informal|dated|obsolete|archaic|rare)\b", re.I)


def _b64_number(text: str) -> int:
    """dictd's index numbers: base64 digits, most significant first."""
    value = 0
    for char in text:
        value = value * 64 + _B64[char]
    return value


def _expand_item(item: str) -> list[str]:
    """Spellings of one translation item: wiki links resolved, optional parts with and without."""
    item = _WIKI_LINK_RE.sub(r"\1", item).strip(" ?!.")
    if "(" not in item:
        return [item] if item else []
    shorter = " ".join(_OPTIONAL_RE.sub("", item).split())
    longer = " ".join(_OPTIONAL_RE.sub(r"\1", item).split())
    return [f for f in dict.fromkeys((shorter, longer)) if f]


def parse_dictd_entry(text: str) -> tuple[str, str, list[tuple[list[str], str]]]:
    """Headword, part of speech and senses (translation items, gloss) of one FreeDict entry.

    The WikDict-made entries look like ``headword /ipa/ <pos>`` followed either by
    one line of comma-separated Indonesian translations, or by numbered senses
    ``1. a, b`` each followed by its English gloss lines; a trailing `` 2.`` on a
    translation line numbers the glosses, not the senses.
    """
    lines = text.rstrip("\n").split("\n")
    header = _HEADER_RE.match(lines[0])
    headword = header.group("headword").strip() if header else lines[0].strip()
    pos = (header.group("pos") if header else "") or ""
    senses: list[tuple[list[str], str]] = []
    body = lines[1:]
    numbered = bool(body) and _SENSE_RE.match(body[0]) is not None
    translation: str | None = None
    gloss: list[str] = []
    for i, line in enumerate(body):
        sense = _SENSE_RE.match(line) if numbered else None
        if sense or (not numbered and i == 0):
            if translation is not None:
                senses.append((translation, " ".join(gloss)))
            translation = sense.group(2) if sense else line
            gloss = []
        elif not re.fullmatch(r"\s*\d+\.", line):
            gloss.append(line.strip())
    if translation is not None:
        senses.append((translation, " ".join(gloss)))
    parsed = []
    for translation_line, gloss_text in senses:
        translation_line = re.sub(r"\s+\d+\.$", "", translation_line)
        items = [i for i in re.split(r",\s*(?![^()]*\))", translation_line) if i.strip()]
        parsed.append((items, gloss_text))
    return headword, pos, parsed


def lookup_forms(term: str) -> list[str]:
    """Lower-case spellings under which a term may be listed, the term itself first.

    Spelling variants (``kerja sama``/``kerjasama``/``kerja-sama``), the ``-nya``
    clitic and reduplicated plurals (``sanksi-sanksi``) are undone.
    """
    base = " ".join(term.lower().split())
    forms = [base, base.replace("-", " "), base.replace(" ", ""), base.replace(" ", "-")]
    if base.endswith("nya") and len(base) > 6:
        forms.append(base[:-3].rstrip("-"))
    redup = re.fullmatch(r"(\w+)-\1", base)
    if redup:
        forms.append(redup.group(1))
    return list(dict.fromkeys(forms))


def _dict_data_path(index_path: Path) -> Path:
    return index_path.with_suffix(".dict.dz")


def build_reverse_index(index_path: Path) -> dict[str, list[list]]:
    """Indonesian (lower case) -> [english, pos, sense number, place in list, list length, marked].

    Reads every entry the dictd index points at; offensive senses are left out.
    """
    data = gzip.decompress(_dict_data_path(index_path).read_bytes())
    reverse: dict[str, list[list]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for line in index_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database") or tuple(parts[1:]) in seen:
            continue
        seen.add((parts[1], parts[2]))
        start, length = _b64_number(parts[1]), _b64_number(parts[2])
        headword, pos, senses = parse_dictd_entry(data[start : start + length].decode("utf-8"))
        for sense_no, (items, gloss) in enumerate(senses):
            if _BANNED_GLOSS_RE.search(gloss):
                continue
            marked = 1 if _MARKED_GLOSS_RE.search(gloss) else 0
            for place, item in enumerate(items):
                for spelling in _expand_item(item):
                    key = " ".join(spelling.lower().split())
                    reverse[key].append([headword, pos, sense_no, place, len(items), marked])
    return dict(reverse)


def load_reverse_index(index_path: Path, cache_dir: Path) -> dict[str, list[list]]:
    """The reversed dictionary, from the cache when the dictionary files have not changed."""
    data_path = _dict_data_path(index_path)
    stamp = "|".join(
        f"{p.resolve()}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in (index_path, data_path)
    )
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    cached = cache_dir / f"freedict-reverse-{digest}.json"
    with contextlib.suppress(OSError, ValueError):
        return json.loads(cached.read_text(encoding="utf-8"))
    reverse = build_reverse_index(index_path)
    with contextlib.suppress(OSError):
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(reverse, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cached)
    return reverse


def _dictionary_index(settings: Settings) -> dict[str, list[list]]:
    index_path = Path(settings.dict_path) if settings.dict_path else DICT_PATH
    if index_path.suffix != ".index":
        index_path = index_path / DICT_PATH.name if index_path.is_dir() else index_path
    missing = [p for p in (index_path, _dict_data_path(index_path)) if not p.is_file()]
    if missing and settings.dict_path:
        raise InputError(
            f"{missing[0]}: no such dictionary file (--dict-path wants a dictd .index)"
        )
    if missing:
        raise BackendUnavailable(
            f"dictionary: {missing[0]} not found; install FreeDict's English-Indonesian "
            f"dictionary with: sudo apt-get install {DICT_PACKAGE} (or give --dict-path)"
        )
    try:
        return load_reverse_index(index_path, settings.cache_dir)
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as err:
        raise InputError(f"{index_path}: cannot read this dictd dictionary ({err})") from None


@cache
def _english_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _rank_dictionary(rows: list[list], proper: bool) -> list[tuple[str, float]]:
    """English headwords for one Indonesian key, with a share of belief in each.

    A headword wins when the key is its first sense, first in the list and alone
    in it; proper-noun headwords win for capitalised terms and lose for lower-case
    ones; English word frequency breaks ties (country before land).
    """
    scores: dict[str, float] = {}
    for headword, pos, sense_no, place, size, marked in rows:
        name_rank = 2 if pos == "pn" else 1 if headword[:1].isupper() else 0
        score = 1 / (1 + sense_no) / (1 + place) / size**0.3
        score *= (1.0, 0.7, 0.3)[2 - name_rank] if proper else (1.0, 0.5, 0.3)[name_rank]
        score *= 0.5 if marked else 1.0
        score *= max(_english_zipf(headword.lower()), 1.0) ** 1.5
        if headword in scores:  # listed in several senses: a little more likely
            score = max(scores[headword], score) * 1.1
        scores[headword] = score
    total = sum(scores.values())
    return sorted(((h, s / total) for h, s in scores.items()), key=lambda x: -x[1])


def _segments(words: list[str], reverse: dict[str, list[list]]) -> list[str] | None:
    """Longest-first split of a phrase into dictionary keys, or None if some word is missing."""
    parts: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            if " ".join(words[i:j]) in reverse:
                parts.append(" ".join(words[i:j]))
                i = j
                break
        else:
            return None
    return parts


# Compose word by word only when every word has a clearly preferred English headword.
COMPOSE_MIN_SHARE = 0.4


def dictionary(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions from the reversed FreeDict dictionary.

    The whole term is looked up first (with its spelling variants). A phrase of two
    or three content words missing as a whole is composed word by word in English
    order (Indonesian puts the head first: ``menteri luar negeri`` -> foreign
    minister), with a low confidence, because that is often right for noun phrases.
    """
    reverse = _dictionary_index(settings)
    results = []
    for n, entry in enumerate(entries, 1):
        _progress(settings, "dictionary", n, len(entries))
        results.append(_dictionary_one(entry, reverse))
    return results


def _dictionary_one(entry: Entry, reverse: dict[str, list[list]]) -> list[Suggestion]:
    proper = entry.term[:1].isupper()
    term = lookup_forms(entry.term)[0]
    for form in (f for variant in entry.forms for f in lookup_forms(variant)):
        if form in reverse:
            weight = 0.9 if form == term else 0.7  # a spelling variant is a little less sure
            return [
                Suggestion(h, "dictionary", round(weight * share, 2), f"FreeDict: {h} -> {form}")
                for h, share in _rank_dictionary(reverse[form], proper)[:5]
            ]
    words = term.replace("-", " ").split()
    if not 2 <= len(words) <= 3 or entry.kind == "person" or FUNCTION_WORDS & set(words):
        return []
    parts = _segments(words, reverse)
    if not parts or len(parts) < 2:
        return []
    best = [_rank_dictionary(reverse[p], proper)[0] for p in parts]
    if min(share for _, share in best) < COMPOSE_MIN_SHARE:
        return []
    english = " ".join(h for h, _ in reversed(best))
    confidence = 0.3 * math.prod(share for _, share in best)
    evidence = "FreeDict word by word: " + ", ".join(
        f"{p}={h}" for p, (h, _) in zip(parts, best, strict=True)
    )
    return [Suggestion(english, "dictionary", round(confidence, 2), evidence)]


# -- parallel text ---------------------------------------------------------------

ENGLISH_STOPWORDS = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here of in on at
    to for from by with without into onto over under about after before between through
    during against among within upon as is are was were be been being am do does did doing
    have has had having will would shall should can could may might must not no yes it its
    it's they them their theirs he him his she her hers we us our ours you your yours i me
    my mine who whom whose which what when where why how all any both each few more most
    other some such only own same very just also too again further once up down out off
    said says say told tell according while because since until although though however
    per via s t re ve ll d m
    """.split()
)
_POSSESSIVE_RE = re.compile(r"['\u2019]s$", re.IGNORECASE)
_SPLIT_RE = re.compile(r"[\s\-]+")
_SEGMENT_BREAK = "|"
MAX_NGRAM = 4
MIN_COUNT = 2
LENGTH_PENALTY = 0.7
COGNATE_BONUS = 1.2
MIN_CONFIDENCE = 0.3


def _aligned_lines(source: str, target: str) -> tuple[list[str], list[str]]:
    src, tgt = read_document(source), read_document(target)
    src_lines, tgt_lines = src.clean.split("\n"), tgt.clean.split("\n")
    for lines in (src_lines, tgt_lines):
        if lines and lines[-1] == "":
            lines.pop()
    if len(src_lines) != len(tgt_lines):
        raise InputError(
            f"{source}: {len(src_lines)} lines but {target} has {len(tgt_lines)}; "
            "--parallel needs line-aligned files (line N translates line N)"
        )
    return src_lines, tgt_lines


def _english_runs(line: str) -> list[list[str]]:
    """Runs of words between punctuation, possessive 's dropped."""
    runs: list[list[str]] = [[]]
    for token in tokenize(line):
        if token.kind == "punct":
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(_POSSESSIVE_RE.sub("", token.text))
    return [r for r in runs if r]


def _english_key(word: str) -> str:
    """Lower case, except acronyms: ``US`` is not the pronoun ``us``."""
    return word if len(word) > 1 and word.isupper() else word.lower()


def _id_keys(token: str) -> set[str]:
    """Index keys of an Indonesian token: itself, its hyphen parts, without -nya, lower case."""
    token = token.lower()
    keys = {token, *token.split("-")}
    keys |= {k[:-3] for k in keys if k.endswith("nya") and len(k) > 5}
    return {k for k in keys if k}


class ParallelCorpus:
    """Line-aligned Indonesian and English lines, indexed by word on both sides."""

    def __init__(self, pairs: Sequence[tuple[str, str]]):
        self.source: list[str] = []
        self.target: list[str] = []
        for source, target in pairs:
            src_lines, tgt_lines = _aligned_lines(source, target)
            self.source.extend(src_lines)
            self.target.extend(tgt_lines)
        self.source_words: list[set[str]] = []
        self.source_index: dict[str, list[int]] = defaultdict(list)
        for n, line in enumerate(self.source):
            words = {k for t in tokenize(line) if t.kind != "punct" for k in _id_keys(t.text)}
            self.source_words.append(words)
            for word in words:
                self.source_index[word].append(n)
        self.target_runs: list[list[list[str]]] = []
        self.target_keys: list[str] = []
        self.target_index: dict[str, list[int]] = defaultdict(list)
        for n, line in enumerate(self.target):
            runs = _english_runs(line)
            self.target_runs.append(runs)
            keyed = [[_english_key(w) for w in run] for run in runs]
            joined = f" {_SEGMENT_BREAK} ".join(" ".join(run) for run in keyed)
            self.target_keys.append(f" {joined} ")
            for word in {w for run in keyed for w in run}:
                self.target_index[word].append(n)
        self._target_lines: dict[str, list[int]] = {}

    def occurrences(self, entries: Sequence[Entry]) -> list[list[int]]:
        """For each entry, the Indonesian lines where it occurs.

        Found by the matcher that annotate and check use (glossary.match): same word
        boundaries, case rules, hyphen/space variants, reduplication and clitics, and
        longest match first, so a line with only ``Korea Utara`` is not a line of
        ``Korea``. The matcher takes entries with English only; the stand-in English
        plays no part in matching.
        """
        from glossary.match import Matcher

        stand_ins = [
            replace(e, english=e.english or e.term, fuzzy=False, obsolete=False) for e in entries
        ]
        position = {id(e): i for i, e in enumerate(stand_ins)}
        matcher = Matcher(stand_ins)
        lines: list[list[int]] = [[] for _ in entries]
        for n, text in enumerate(self.source):
            for i in sorted({position[id(m.entry)] for m in matcher.find(text)}):
                lines[i].append(n)
        return lines

    def target_lines(self, ngram: str) -> list[int]:
        """Numbers of the English lines containing the n-gram (``_english_key`` words)."""
        if ngram not in self._target_lines:
            rarest = min(ngram.split(), key=lambda w: len(self.target_index.get(w, ())))
            needle = f" {ngram} "
            self._target_lines[ngram] = [
                n for n in self.target_index.get(rarest, ()) if needle in self.target_keys[n]
            ]
        return self._target_lines[ngram]

    def explained_elsewhere(self, ngram: str, dice: float, term_keys: set[str]) -> bool:
        """Whether some other Indonesian word goes with the n-gram better than the term does.

        Competitive linking, simplified: ``huts`` co-occurs with ``kolong`` only
        because ``gubuk`` (hut) stands in the same lines, and goes with it better.
        """
        lines = self.target_lines(ngram)
        counts: Counter[str] = Counter()
        for n in lines:
            counts.update(self.source_words[n])
        for word, both in counts.most_common():
            if both <= dice * len(lines):  # no word seen less often can beat ``dice``
                break
            if word in FUNCTION_WORDS or any(k in word for k in term_keys):
                continue
            if 2 * both / (len(self.source_index[word]) + len(lines)) > dice:
                return True
        return False


def _candidate_ngrams(runs: list[list[str]]) -> Iterable[tuple[str, list[str], bool]]:
    """(key, words, at line start) of a line's 1-4-grams that neither start nor end with a
    stopword. At the start of a line a capital letter may be the sentence's, not the word's."""
    for r, run in enumerate(runs):
        keys = [_english_key(w) for w in run]
        for i in range(len(run)):
            if keys[i] in ENGLISH_STOPWORDS:
                continue
            for j in range(i + 1, min(i + MAX_NGRAM, len(run)) + 1):
                last = keys[j - 1]
                if last in ENGLISH_STOPWORDS or not any(c.isalpha() for c in keys[i] + last):
                    continue
                yield " ".join(keys[i:j]), run[i:j], r == i == 0


def align_term(
    corpus: ParallelCorpus, lines: Sequence[int], forms: Sequence[str]
) -> list[Suggestion]:
    """English n-grams that co-occur with a term in its aligned lines, by Dice coefficient.

    ``forms`` are the entry's Indonesian forms, the preferred one first. Dice =
    2·both / (lines with the term + lines with the n-gram), over n-grams seen with
    the term in at least MIN_COUNT lines. Corrections that make it usable on
    news: a capitalised English word that the Indonesian line also has outside the
    term is a name copied across and does not count; an n-gram that another
    Indonesian word explains better is dropped (competitive linking); n-grams much
    longer or shorter than the term are penalised; the term's own spelling (names,
    cognates) is preferred; of two n-grams found in exactly the same lines the
    longer (the whole name) wins. Confidence is the result, damped for small counts.
    """
    if len(lines) < MIN_COUNT:
        return []
    term_keys = {k for f in forms for w in f.split() for k in _id_keys(w)}
    term_lower = {_folded(f) for f in forms}
    together: Counter[str] = Counter()
    copied: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    line_starts: dict[str, Counter[str]] = defaultdict(Counter)
    for n in lines:
        seen: set[str] = set()
        names_here = corpus.source_words[n] - term_keys
        for key, words, at_start in _candidate_ngrams(corpus.target_runs[n]):
            (line_starts if at_start else surfaces)[key][" ".join(words)] += 1
            if key in seen:
                continue
            seen.add(key)
            together[key] += 1
            if any(w[:1].isupper() and w.lower() in names_here for w in words):
                copied[key] += 1
    term_size = len(forms[0].split())  # Kim Jong-un: two words, as in English
    scored = []
    for key, both in together.most_common(300):
        if both < MIN_COUNT:
            break
        if copied[key] * 2 > both:
            continue
        dice = 2 * both / (len(lines) + len(corpus.target_lines(key)))
        size = len(key.split())
        off = max(term_size - size, size - term_size - 1, 0)  # the term's size, or one more
        confidence = dice * both / (both + 2) * LENGTH_PENALTY**off
        lowered = _folded(key)
        if lowered == _folded(forms[0]):
            confidence = min(confidence * COGNATE_BONUS, 0.99)
        elif any(f" {t} " in f" {lowered} " for t in term_lower):
            confidence *= LENGTH_PENALTY  # the term plus words: journal Nature, urine test
        if confidence >= MIN_CONFIDENCE:
            scored.append((confidence, dice, both, key))
    scored.sort(key=lambda x: (-x[0], len(x[3].split())))
    kept = []
    for confidence, dice, both, key in scored:
        if len(kept) == 5:
            break
        if _folded(key) not in term_lower and _subsumed(key, both, scored[:30], corpus, term_size):
            continue
        if not corpus.explained_elsewhere(key, dice, term_keys):
            kept.append((confidence, dice, both, key))
    return [
        Suggestion(
            _surface(key, surfaces[key], line_starts[key], forms[0]),
            "parallel",
            round(confidence, 2),
            f"{both} of {len(lines)} aligned lines (Dice {dice:.2f})",
        )
        for confidence, dice, both, key in kept
    ]


def _folded(text: str) -> str:
    """Lower case, hyphens as spaces: Jong-un and Jong Un compare equal."""
    return " ".join(_SPLIT_RE.split(text.lower().strip()))


def _subsumed(key: str, both: int, scored: list, corpus: ParallelCorpus, term_size: int) -> bool:
    """Whether a longer candidate, still of a likely size for the term, contains ``key`` and
    occurs in exactly the same lines (Pasarrebo General Hospital, not Pasarrebo General)."""
    lines = len(corpus.target_lines(key))
    return any(
        other_both == both
        and len(key) < len(other)
        and len(other.split()) <= term_size + 1
        and f" {key} " in f" {other} "
        and len(corpus.target_lines(other)) == lines
        for _, _, other_both, other in scored
    )


def _surface(key: str, inside: Counter[str], at_start: Counter[str], term: str) -> str:
    """The spelling to propose: the key, unless the English mostly writes it otherwise
    inside lines; seen only at line starts, capitalised only if the term is."""
    if not inside:
        return at_start.most_common(1)[0][0] if term[:1].isupper() else key
    spelling, _ = inside.most_common(1)[0]
    as_key = sum(c for s, c in inside.items() if " ".join(map(_english_key, s.split())) == s)
    return key if as_key * 2 >= sum(inside.values()) else spelling


def parallel(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions from line-aligned translations (``--parallel SRC.id TGT.en``)."""
    if not settings.parallel:
        raise InputError("the parallel backend needs --parallel SRC.id TGT.en (line-aligned files)")
    corpus = ParallelCorpus(settings.parallel)
    results = []
    for n, (entry, lines) in enumerate(zip(entries, corpus.occurrences(entries), strict=True), 1):
        _progress(settings, "parallel", n, len(entries))
        results.append(align_term(corpus, lines, entry.forms))
    return results


# -- names -----------------------------------------------------------------------

NAME_KINDS = ("person", "place", "organisation", "event", "name")


@cache
def exonyms() -> dict[str, tuple[str, list[str]]]:
    """Indonesian name (lower case) -> (English name, other English renderings).

    Read from ``data/exonyms.tsv``: countries, regions, seas, cities, international
    and Indonesian institutions whose English name differs from the Indonesian one.
    """
    table = {}
    text = resources.files("glossary").joinpath("data", "exonyms.tsv").read_text(encoding="utf-8")
    for row in csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row and not row[0].startswith("#"):
            others = [o for o in row[2].split("|") if o] if len(row) > 2 else []
            table[_name_key(row[0])] = (row[1], others)
    return table


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


def _indonesian_words(name: str) -> bool:
    """Whether a name is made of Indonesian words (Kantor Berita Pusat Korea), so it is
    translated rather than kept (Human Rights Watch, Samsung, Jakarta)."""
    from wordfreq import zipf_frequency

    return any(
        zipf_frequency(w, "id") >= 3.0 and zipf_frequency(w, "en") < 2.5
        for w in _SPLIT_RE.split(name.lower())
        if w and w not in FUNCTION_WORDS
    )


def _looks_like_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return 2 <= len(letters) <= 8 and " " not in term and sum(c.isupper() for c in letters) >= 2


def names(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions for names: known exonyms, acronyms with their expansion, names as written."""
    results = []
    for n, entry in enumerate(entries, 1):
        _progress(settings, "names", n, len(entries))
        results.append(_names_one(entry))
    return results


def _names_one(entry: Entry) -> list[Suggestion]:
    table = exonyms()
    acronym = entry.kind == "acronym" or (
        entry.kind in ("term", "name") and _looks_like_acronym(entry.term)
    )
    expansion = entry.expansion or (
        display_case(entry.term, ACRONYMS[entry.term.lower()])
        if acronym and entry.term.lower() in ACRONYMS
        else ""
    )
    expanded = f"; expansion: {expansion}" if expansion else ""
    for form in entry.forms:
        if _name_key(form) in table:
            english, others = table[_name_key(form)]
            evidence = f"known English name of {form}{expanded}"
            return [Suggestion(english, "names", 0.95, evidence)] + [
                Suggestion(other, "names", 0.8, evidence) for other in others
            ]
    if acronym:
        kept = Suggestion(entry.term, "names", 0.5, f"acronym kept as written{expanded}")
        if _name_key(expansion) not in table:
            return [kept]
        english, others = table[_name_key(expansion)]
        evidence = f"English name of its expansion {expansion}"
        return [Suggestion(english, "names", 0.85, evidence), kept] + [
            Suggestion(other, "names", 0.7, evidence) for other in others if other != entry.term
        ]
    if entry.kind == "person":
        return [Suggestion(entry.term, "names", 0.9, "a person's name keeps its form")]
    if entry.kind in NAME_KINDS and not _indonesian_words(entry.term):
        evidence = "a name without Indonesian words keeps its form"
        return [Suggestion(entry.term, "names", 0.7, evidence)]
    return []


# -- online services -------------------------------------------------------------

SOURCE_LANGUAGE = "id"
TARGET_LANGUAGE = "en"
ONLINE_CONFIDENCE = 0.6
BATCH_TERMS = 50


@dataclass(frozen=True)
class Provider:
    """An online service reached through deep-translator."""

    name: str
    url: Callable[[Settings], str]  # the endpoint asked: probed first, part of the cache key
    make: Callable[[Settings], object]  # the deep-translator translator
    batch_chars: int = 0  # > 0: several terms per request, one per line, up to this size


def _google(settings: Settings) -> object:
    from deep_translator import GoogleTranslator

    return GoogleTranslator(source=SOURCE_LANGUAGE, target=TARGET_LANGUAGE)


def _mymemory(settings: Settings) -> object:
    from deep_translator import MyMemoryTranslator

    return MyMemoryTranslator(source="id-ID", target="en-GB")


def _linguee(settings: Settings) -> object:
    from deep_translator import LingueeTranslator

    return LingueeTranslator(source="indonesian", target="english")


def _libre_url(settings: Settings) -> str:
    if settings.base_url:
        return settings.base_url.rstrip("/") + "/"  # deep-translator appends "translate"
    if os.environ.get("LIBRE_API_KEY"):
        return "https://libretranslate.com/"
    raise BackendUnavailable(
        "libre: give --base-url URL of a LibreTranslate server (or set LIBRE_API_KEY"
        " for libretranslate.com)"
    )


def _libre(settings: Settings) -> object:
    from deep_translator import LibreTranslator

    # deep-translator refuses an empty key even for servers that need none.
    key = os.environ.get("LIBRE_API_KEY") or "none"
    return LibreTranslator(
        source=SOURCE_LANGUAGE, target=TARGET_LANGUAGE, api_key=key, custom_url=_libre_url(settings)
    )


def _deepl_url(settings: Settings) -> str:
    key = os.environ.get("DEEPL_API_KEY")
    if not key:
        raise BackendUnavailable("deepl: set DEEPL_API_KEY to your DeepL API key")
    return "https://api-free.deepl.com/v2/" if key.endswith(":fx") else "https://api.deepl.com/v2/"


def _deepl(settings: Settings) -> object:
    from deep_translator import DeeplTranslator

    free = _deepl_url(settings).startswith("https://api-free")
    return DeeplTranslator(
        source=SOURCE_LANGUAGE,
        target=TARGET_LANGUAGE,
        api_key=os.environ["DEEPL_API_KEY"],
        use_free_api=free,
    )


PROVIDERS = {
    p.name: p
    for p in (
        Provider("google", lambda s: "https://translate.google.com/m", _google),
        Provider("mymemory", lambda s: "https://api.mymemory.translated.net/get", _mymemory),
        Provider("linguee", lambda s: "https://www.linguee.com/", _linguee),
        Provider("libre", _libre_url, _libre, batch_chars=2000),
        Provider("deepl", _deepl_url, _deepl, batch_chars=1000),
    )
}


class AnswerCache:
    """Answers of online services, kept in SQLite so that a rerun never asks twice.

    Keyed by service (name and endpoint) and text; an empty answer (the service had
    nothing to say) is kept too.
    """

    def __init__(self, path: Path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30)
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS answers"
                " (service TEXT, text TEXT, answer TEXT, PRIMARY KEY (service, text))"
            )
        except (OSError, sqlite3.Error) as err:
            raise InputError(f"{path}: cannot open the answer cache ({err})") from None

    def get(self, service: str, text: str) -> str | None:
        row = self.db.execute(
            "SELECT answer FROM answers WHERE service = ? AND text = ?", (service, text)
        ).fetchone()
        return row[0] if row else None

    def put(self, service: str, text: str, answer: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (service, text, answer)
            )

    def close(self) -> None:
        self.db.close()


def _bounded(func: Callable[[], object], seconds: float) -> object:
    """``func()``, but give up after ``seconds``.

    deep-translator passes no timeout to requests, so a stalled server would hang
    the caller forever; the call runs in a daemon thread that is abandoned on timeout.
    """
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = func()
        except BaseException as err:  # handed to the caller below
            outcome["error"] = err

    worker = threading.Thread(target=run, name="glossary-online", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


def _probe(name: str, url: str, seconds: float) -> None:
    """Fail within ``seconds`` when the service (or the proxy to it) cannot be reached."""
    from requests.utils import get_environ_proxies

    parts = urlsplit(url)
    proxy = get_environ_proxies(url).get(parts.scheme)
    if proxy:
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        _bounded(lambda: socket.create_connection((parts.hostname, port), seconds).close(), seconds)
    except OSError as err:  # refused, unreachable, no DNS, timed out
        raise BackendUnavailable(f"{name}: cannot reach {url} ({_reason(err)}); skipped") from None


def _reason(err: BaseException) -> str:
    return str(err).split("\n")[0][:120] or type(err).__name__


def _is_rate_limit(err: BaseException) -> bool:
    from deep_translator.exceptions import ServerException, TooManyRequests

    return isinstance(err, TooManyRequests) or (
        isinstance(err, ServerException) and ServerException.errors[429] in err.args
    )


def _ask(name: str, url: str, translate: Callable[[], object], settings: Settings) -> list[str]:
    """One request, bounded in time, retried with exponential backoff when rate-limited.

    Returns the answer's lines, stripped; an empty list when the service found nothing. Raises
    BackendUnavailable when the service cannot be used any further in this run.
    """
    import requests
    from deep_translator.exceptions import (
        AuthorizationException,
        ElementNotFoundInGetRequest,
        NotValidLength,
        NotValidPayload,
        TranslationNotFound,
    )

    attempt = 0
    while True:
        try:
            answer = _bounded(translate, settings.timeout)
        except (TranslationNotFound, ElementNotFoundInGetRequest, NotValidLength, NotValidPayload):
            return []
        except Exception as err:
            if _is_rate_limit(err) and attempt < settings.retries:
                time.sleep(settings.backoff * 2**attempt)
                attempt += 1
                continue
            if _is_rate_limit(err):
                problem = f"still rate-limited after {settings.retries} retries"
            elif isinstance(err, TimeoutError):
                problem = f"{url} gave no answer within {settings.timeout:g} s"
            elif isinstance(err, (requests.exceptions.ConnectionError, ConnectionError)):
                problem = f"cannot reach {url} ({_reason(err)})"
            elif isinstance(err, AuthorizationException):
                problem = "the service refused the API key"
            else:
                problem = f"{type(err).__name__}: {_reason(err)}"
            raise BackendUnavailable(f"{name}: {problem}; skipped from here on") from None
        return [line.strip() for line in str(answer or "").split("\n")]


def _batches(terms: list[str], max_chars: int) -> Iterable[list[str]]:
    """Terms grouped for one request each: one term per line, up to ``max_chars``."""
    if max_chars <= 0:
        yield from ([t] for t in terms)
        return
    batch: list[str] = []
    size = 0
    for term in terms:
        if batch and (size + len(term) + 1 > max_chars or len(batch) == BATCH_TERMS):
            yield batch
            batch, size = [], 0
        batch.append(term)
        size += len(term) + 1
    if batch:
        yield batch


def _fetch(provider: Provider, url: str, terms: list[str], settings: Settings, cache: AnswerCache):
    """Ask the service for every term not in the cache, storing each answer as it comes."""
    service = f"{provider.name} {url}"
    todo = [t for t in terms if cache.get(service, t) is None]
    if not todo:
        return
    try:
        translator = provider.make(settings)
    except BackendUnavailable:
        raise
    except Exception as err:  # deep-translator refuses the language pair or the key
        raise BackendUnavailable(f"{provider.name}: {_reason(err)}; skipped") from None
    _probe(provider.name, url, settings.connect_timeout)
    done = 0
    for batch in _batches(todo, provider.batch_chars):
        answers = _ask(
            provider.name, url, partial(translator.translate, "\n".join(batch)), settings
        )
        if len(batch) == 1:
            answers = [" ".join(answers)]
        elif len(answers) != len(batch):  # the service merged or split lines: ask one by one
            answers = [
                " ".join(_ask(provider.name, url, partial(translator.translate, term), settings))
                for term in batch
            ]
        for term, answer in zip(batch, answers, strict=True):
            cache.put(service, term, answer)
        done += len(batch)
        _progress(settings, provider.name, done, len(todo))


def online(
    provider: Provider, entries: Sequence[Entry], settings: Settings
) -> list[list[Suggestion]]:
    """Suggestions from an online service, through the answer cache.

    When the service becomes unusable mid-run (offline, stalled, rate-limited for
    good) one warning is given and the answers already received are still used.
    """
    url = provider.url(settings)
    service = f"{provider.name} {url}"
    source = f"online:{provider.name}"
    terms = list(dict.fromkeys(e.term for e in entries))
    cache = AnswerCache(settings.cache_dir / "online.sqlite")
    try:
        try:
            _fetch(provider, url, terms, settings, cache)
        except BackendUnavailable as err:
            settings.warn(str(err))
        results = []
        for entry in entries:
            answer = cache.get(service, entry.term)
            # An answer that is the term itself says little (untranslated, or a name).
            confidence = ONLINE_CONFIDENCE / 2 if answer == entry.term else ONLINE_CONFIDENCE
            evidence = f"{provider.name} translation of {entry.term}"
            results.append([Suggestion(answer, source, confidence, evidence)] if answer else [])
        return results
    finally:
        cache.close()


# -- running the backends ----------------------------------------------------------

BACKENDS: dict[str, Backend] = {
    "dictionary": dictionary,
    "parallel": parallel,
    "names": names,
    **{name: partial(online, provider) for name, provider in PROVIDERS.items()},
}
MAX_SUGGESTIONS = 8


@dataclass
class SuggestReport:
    """What ``suggest`` did: the entries it filled (with the chosen suggestion), the
    entries left without one, and the warnings given."""

    filled: list[tuple[Entry, Suggestion]] = field(default_factory=list)
    unfilled: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def by_source(self) -> Counter[str]:
        return Counter(s.source for _, s in self.filled)


def entries_to_fill(glossary: Glossary, limit: int | None = None) -> list[Entry]:
    """Entries that have no English and are not rejected, the most frequent first."""
    todo = sorted((e for e in glossary.active() if not e.english), key=lambda e: -e.count)
    return todo[:limit] if limit else todo


def suggest(
    glossary: Glossary, backends: Sequence[str], settings: Settings, limit: int | None = None
) -> SuggestReport:
    """Fill the entries without English from ``backends`` (in order of preference).

    Each filled entry gets the first backend's best suggestion as its English,
    ``fuzzy``, ``origin`` = that backend, and every suggestion with its confidence.
    A backend that cannot run is reported once and the others go on.
    """
    report = SuggestReport()
    entries = entries_to_fill(glossary, limit)

    def warn(message: str) -> None:
        report.warnings.append(message)
        settings.warn(message)

    run = replace(settings, warn=warn)
    found: list[list[Suggestion]] = [[] for _ in entries]
    for name in dict.fromkeys(backends) if entries else ():
        try:
            results = BACKENDS[name](entries, run)
        except BackendUnavailable as err:
            warn(str(err))
            continue
        for bucket, suggestions in zip(found, results, strict=True):
            bucket.extend(suggestions)
    for entry, suggestions in zip(entries, found, strict=True):
        if suggestions:
            report.filled.append((entry, fill_entry(entry, suggestions)))
        else:
            report.unfilled.append(entry)
    return report


def fill_entry(entry: Entry, suggestions: Sequence[Suggestion]) -> Suggestion:
    """Give an entry its English from the first suggestion; keep all of them as labels."""
    best = suggestions[0]
    entry.english = best.english
    entry.fuzzy = True
    entry.origin = best.source
    others = _best_first(suggestions, MAX_SUGGESTIONS + 1)
    ranked = [best, *(s for s in others if s.english.lower() != best.english.lower())]
    labels = [s.label() for s in ranked[:MAX_SUGGESTIONS]]
    new = {s.english.lower() for s in ranked}
    kept = [old for old in entry.suggestions if old.rsplit(" (", 1)[0].lower() not in new]
    entry.suggestions = (labels + kept)[:MAX_SUGGESTIONS]
    return best
