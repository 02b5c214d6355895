"""Line-aligned Indonesian and English text as the parallel backend reads it: the lines of
aligned files and translation memories, indexed by word on both sides (``gerilyawan``
finds the lines whose English says "guerrillas", counted as "guerrilla")."""

from __future__ import annotations

import gc
import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from glossary.lexicon import FUNCTION_WORDS
from glossary.store import Entry
from glossary.suggest.core import Settings
from glossary.suggest.wordalign import Line, WordAligner, split_line
from glossary.text import TOKEN_RE, InputError, collector_paused, read_document

if TYPE_CHECKING:
    from glossary.match import Match


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
_POSSESSIVE = ("'s", "'S", "\u2019s", "\u2019S")
_SEGMENT_BREAK = "|"
MAX_NGRAM = 4


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


def _memory_segments(memories: Sequence[str]) -> list[tuple[str, str]]:
    """Indonesian and English of every translated unit of translation memories (TMX, PO,
    and whatever else ``glossary check`` reads), each on one line."""
    from glossary.check.readers import BILINGUAL_SUFFIXES, read_inputs

    segments = []
    for path in memories:
        if not str(path).lower().endswith(BILINGUAL_SUFFIXES):
            raise InputError(f"{path}: not a translation memory ({', '.join(BILINGUAL_SUFFIXES)})")
        for unit in read_inputs([str(path)]):
            for segment in unit.segments:
                if segment.target is not None and segment.target.text.strip():
                    source = " ".join(segment.source.text.split())
                    segments.append((source, " ".join(segment.target.text.split())))
    return segments


def _words(line: str) -> list[str]:
    """The line's tokens but punctuation (``glossary.text.tokenize``'s, without making a
    token of each: read for every aligned line)."""
    return [number or word for number, word, punct in TOKEN_RE.findall(line) if not punct]


def _english_runs(line: str) -> list[list[str]]:
    """Runs of words between punctuation, possessive 's dropped."""
    runs: list[list[str]] = [[]]
    for number, word, punct in TOKEN_RE.findall(line):
        if punct:
            if runs[-1]:
                runs.append([])
            continue
        text = number or word
        runs[-1].append(text[:-2] if text.endswith(_POSSESSIVE) else text)
    return [r for r in runs if r]


def _cased(word: str) -> str:
    """Lower case, except acronyms: ``US`` is not the pronoun ``us``."""
    return word if len(word) > 1 and word.isupper() else word.lower()


@lru_cache(maxsize=65536)
def english_key(word: str) -> str:
    """The word as counted: ``_cased`` and singular, so that ``guerrillas`` and
    ``guerrilla`` count as one rendering of ``gerilyawan``."""
    word = _cased(word)
    if len(word) > 4 and word.islower() and word.endswith("s") and not word.endswith("ss"):
        return word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


@lru_cache(maxsize=65536)
def _id_keys(token: str) -> frozenset[str]:
    """Index keys of an Indonesian token: itself, its hyphen parts, without -nya, lower case."""
    token = token.lower()
    keys = {token, *token.split("-")}
    keys |= {k[:-3] for k in keys if k.endswith("nya") and len(k) > 5}
    return frozenset(k for k in keys if k)


def _doubled(match: Match) -> bool:
    """Whether a match is a one-word term doubled where the term's own forms never double
    it. Written doubled more often than plain, that is a word of its own that English
    renders apart (``laba-laba`` is "spider", not "profits"), whose lines say nothing
    about the term; less often, a plural (``sanksi-sanksi``)."""
    word = match.text.lower()
    if " " in match.entry.term or "-" not in word:
        return False
    first, _, second = word.partition("-")
    return first == second and not any("-" in form for form in match.entry.forms)


class ParallelCorpus:
    """Line-aligned Indonesian and English lines, indexed by word on both sides."""

    def __init__(self, pairs: Sequence[tuple[str, str]], memories: Sequence[str] = ()):
        self.source: list[str] = []
        self.target: list[str] = []
        self.parts: list[range] = []  # the lines of each aligned pair, then of the memories
        for source, target in pairs:
            src_lines, tgt_lines = _aligned_lines(source, target)
            self.source.extend(src_lines)
            self.target.extend(tgt_lines)
            self.parts.append(range(len(self.source) - len(src_lines), len(self.source)))
        for source, target in _memory_segments(memories):
            self.source.append(source)
            self.target.append(target)
        if len(self.source) > sum(map(len, self.parts)):
            self.parts.append(range(sum(map(len, self.parts)), len(self.source)))
        self.source_words: list[set[str]] = []
        self.source_index: dict[str, list[int]] = defaultdict(list)
        self.source_tokens: list[list[str]] = []
        for n, line in enumerate(self.source):
            tokens = _words(line)
            self.source_tokens.append(tokens)
            words = {k for token in tokens for k in _id_keys(token)}
            self.source_words.append(words)
            for word in words:
                self.source_index[word].append(n)
        self.target_runs: list[list[list[str]]] = []
        self.target_keys: list[str] = []
        self.target_index: dict[str, list[int]] = defaultdict(list)
        for n, line in enumerate(self.target):
            runs = _english_runs(line)
            self.target_runs.append(runs)
            keyed = [[english_key(w) for w in run] for run in runs]
            joined = f" {_SEGMENT_BREAK} ".join(" ".join(run) for run in keyed)
            self.target_keys.append(f" {joined} ")
            for word in {w for run in keyed for w in run}:
                self.target_index[word].append(n)
        self._target_lines: dict[str, list[int]] = {}
        self._occurrences: dict[tuple, list[list[int]]] = {}
        self._ngrams: dict[int, LineNgrams] = {}
        self._aligner: tuple[WordAligner, list[Line]] | None = None

    def aligned(self) -> tuple[WordAligner, list[Line]]:
        """The word aligner trained on every line pair, and the lines as it reads them
        (made on first use: the dictionary and names backends do not need it)."""
        if self._aligner is None:
            with collector_paused():  # lasting and acyclic, like the corpus (``_corpus``)
                lines = [
                    split_line(tokens, runs, english_key)
                    for tokens, runs in zip(self.source_tokens, self.target_runs, strict=True)
                ]
                self._aligner = (WordAligner(lines, ENGLISH_STOPWORDS), lines)
                gc.freeze()
        return self._aligner

    def occurrences(self, entries: Sequence[Entry]) -> list[list[int]]:
        """For each entry, the Indonesian lines where it occurs (computed once for each of
        the last two entry sets)."""
        key = tuple((e.key, tuple(e.forms), e.case) for e in entries)
        if key not in self._occurrences:  # the entries and their expansions: two sets
            if len(self._occurrences) > 1:
                del self._occurrences[next(iter(self._occurrences))]
            self._occurrences[key] = self._find(entries)
        return self._occurrences[key]

    def _find(self, entries: Sequence[Entry]) -> list[list[int]]:
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
        doubled: list[list[int]] = [[] for _ in entries]  # lines with the term only doubled
        for n, text in enumerate(self.source):
            matches = matcher.find(text)
            plain = {position[id(m.entry)] for m in matches if not _doubled(m)}
            for i in sorted({position[id(m.entry)] for m in matches} - plain):
                doubled[i].append(n)
            for i in sorted(plain):
                lines[i].append(n)
        for plain_lines, doubled_lines in zip(lines, doubled, strict=True):
            if len(doubled_lines) <= len(plain_lines):  # a plural: sanksi-sanksi
                plain_lines[:] = sorted(plain_lines + doubled_lines)
        return lines

    def ngrams(self, line: int) -> LineNgrams:
        """The candidate n-grams of an English line (``_candidate_ngrams``), made once."""
        if line not in self._ngrams:
            self._ngrams[line] = _candidate_ngrams(self.target_runs[line])
        return self._ngrams[line]

    def source_lines(self, words: str) -> list[int]:
        """Numbers of the Indonesian lines that have every one of these (lower-case) words."""
        found: set[int] | None = None
        for word in words.split():
            lines = set(self.source_index.get(word, ()))
            found = lines if found is None else found & lines
        return sorted(found or ())

    def target_lines(self, ngram: str) -> list[int]:
        """Numbers of the English lines containing the n-gram (``english_key`` words)."""
        if ngram not in self._target_lines:
            rarest = min(ngram.split(), key=lambda w: len(self.target_index.get(w, ())))
            needle = f" {ngram} "
            self._target_lines[ngram] = [
                n for n in self.target_index.get(rarest, ()) if needle in self.target_keys[n]
            ]
        return self._target_lines[ngram]

    def explained_elsewhere(
        self, ngram: str, dice: float, term_keys: set[str], term_lines: Sequence[int]
    ) -> bool:
        """Whether some other Indonesian word goes with the n-gram better than the term does,
        in the term's own lines.

        Competitive linking, simplified: ``huts`` co-occurs with ``kolong`` only
        because ``gubuk`` (hut) stands in the same lines, and goes with it better. A
        word that goes better with the n-gram elsewhere but is absent from most of the
        term's lines explains nothing there (``wisatawan`` and ``pengunjung`` are both
        "visitors", in different articles).
        """
        lines = self.target_lines(ngram)
        shared = set(term_lines).intersection(lines)
        counts: Counter[str] = Counter()
        for n in lines:
            counts.update(self.source_words[n])
        for word, both in counts.most_common():
            if both <= dice * len(lines):  # no word seen less often can beat ``dice``
                break
            if word in FUNCTION_WORDS or any(k in word for k in term_keys):
                continue
            if 2 * both / (len(self.source_index[word]) + len(lines)) > dice:
                beside = sum(1 for n in shared if word in self.source_words[n])
                if beside * 2 >= len(shared):
                    return True
        return False


class LineNgrams(NamedTuple):
    """A line's candidate n-grams as ``align_term`` counts them: each key once, the keys
    whose first occurrence has capitalised words (in lower case: a name perhaps copied
    across), and every spelling of each key with whether it stands at the line start."""

    keys: list[str]
    capitalised: list[tuple[str, frozenset[str]]]
    spellings: dict[str, list[tuple[str, bool]]]
    stems: frozenset[str]  # the one-word keys' ``inflection_stem``


def _candidate_ngrams(runs: list[list[str]]) -> LineNgrams:
    """A line's 1-4-grams that neither start nor end with a stopword. At the start of a
    line a capital letter may be the sentence's, not the word's."""
    spellings: dict[str, list[tuple[str, bool]]] = {}
    capitalised = []
    for r, run in enumerate(runs):
        keys = list(map(english_key, run))
        stop = [k in ENGLISH_STOPWORDS for k in keys]
        alpha = list(map(_has_letter, keys))
        lowered = [w.lower() if w[:1].isupper() else "" for w in run]  # "": not capitalised
        for i in range(len(run)):
            if stop[i]:
                continue
            for j in range(i + 1, min(i + MAX_NGRAM, len(run)) + 1):
                if stop[j - 1] or not (alpha[i] or alpha[j - 1]):
                    continue
                key = " ".join(keys[i:j])
                found = spellings.get(key)
                if found is None:
                    found = spellings[key] = []
                    capitals = frozenset(w for w in lowered[i:j] if w)
                    if capitals:
                        capitalised.append((key, capitals))
                found.append((" ".join(run[i:j]), r == i == 0))
    stems = frozenset(inflection_stem(k) for k in spellings if " " not in k)
    return LineNgrams(list(spellings), capitalised, spellings, stems)


@lru_cache(maxsize=65536)
def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


# A one-word key is pooled with its inflections when this long without the ending.
FAMILY_STEM = 4


@lru_cache(maxsize=65536)
def inflection_stem(key: str) -> str:
    """What the inflections of a lower-case English word share: ``declining``,
    ``declined``, ``decline`` (and ``declines``, counted as ``decline``) are ``declin``."""
    if not (key.isalpha() and key.islower()):
        return key
    for ending in ("ing", "ed", "e"):
        if key.endswith(ending) and len(key) - len(ending) >= FAMILY_STEM:
            return key[: -len(ending)]
    return key


def load_corpus(settings: Settings) -> ParallelCorpus:
    """The corpus of the settings' aligned files and memories, read once per run (the
    backend and the rescoring share it)."""
    stamps = []
    for pair in [*settings.parallel, settings.memories]:
        for name in pair:
            try:
                info = os.stat(name)
                stamps.append((name, info.st_size, info.st_mtime_ns))
            except OSError:
                stamps.append((name, -1, -1))  # reading it gives the error
    pairs = tuple((str(a), str(b)) for a, b in settings.parallel)
    return _corpus(tuple(stamps), pairs, tuple(map(str, settings.memories)))


@lru_cache(maxsize=1)
def _corpus(stamps: tuple, pairs: tuple[tuple[str, str], ...], memories: tuple) -> ParallelCorpus:
    """The corpus, made without the collector and frozen out of its sight
    (``match.lasting_matcher``): millions of lists and strings in no cycle, kept to the end
    of the run, that each of its passes would walk (a third of the time of reading 19,000
    aligned lines)."""
    with collector_paused():
        corpus = ParallelCorpus(pairs, memories)
        gc.freeze()
    return corpus
