"""The parallel backend: English renderings of a term found in line-aligned translations."""

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
from glossary.suggest.core import _SPLIT_RE, Settings, Suggestion, _progress
from glossary.suggest.wordalign import Line, WordAligner, phrase_counts, split_line
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
MIN_COUNT = 2
LENGTH_PENALTY = 0.7
COGNATE_BONUS = 1.2
MIN_CONFIDENCE = 0.2
# Co-occurrence says nothing in fewer of the term's lines than this: in 2 of 3 lines
# ``paru-paru`` goes with "77 year" and "old monarch", ``sensor`` with "censorship"; on
# news, science and sports text such suggestions agree with the translators 13-43% of the
# time. The word aligner's links stand on fewer (``analis``: "analysts", 2 of 3 lines).
COOCCURRENCE_LINES = 4


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
    stems: frozenset[str]  # the one-word keys' ``_inflection_stem``


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
    stems = frozenset(_inflection_stem(k) for k in spellings if " " not in k)
    return LineNgrams(list(spellings), capitalised, spellings, stems)


@lru_cache(maxsize=65536)
def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


def align_term(
    corpus: ParallelCorpus, lines: Sequence[int], forms: Sequence[str]
) -> list[Suggestion]:
    """English n-grams that co-occur with a term in its aligned lines, by Dice coefficient.

    ``forms`` are the entry's Indonesian forms, the preferred one first. Dice =
    2·both / (lines with the term + lines with the n-gram), over n-grams seen with
    the term in at least MIN_COUNT lines, of a term in COOCCURRENCE_LINES lines at
    least (in fewer, only the term as written and the word aligner's links). Corrections
    that make it usable on news: a capitalised English word that the Indonesian line
    also has outside the term is a name copied across and does not count; an n-gram
    that another Indonesian word explains better is dropped (competitive linking);
    n-grams much longer or shorter than the term are penalised; the term's own
    spelling (names, cognates) is preferred; of two n-grams found in exactly the same
    lines the longer (the whole name) wins. Confidence is the result, damped for small counts.
    """
    if len(lines) < MIN_COUNT:
        return []
    term_keys = {k for f in forms for w in f.split() for k in _id_keys(w)}
    term_lower = {_folded(f) for f in forms}
    together: Counter[str] = Counter()
    copied: Counter[str] = Counter()
    for n in lines:
        ngrams = corpus.ngrams(n)
        together.update(ngrams.keys)
        if ngrams.capitalised:
            names_here = corpus.source_words[n] - term_keys
            copied.update(
                k for k, capitals in ngrams.capitalised if not capitals.isdisjoint(names_here)
            )
    families = _inflection_families(together)
    pooled_lines: dict[str, int] = {}
    if families:  # decline, declined, declining: one rendering, counted once per line
        for n in lines:
            stems = corpus.ngrams(n).stems
            for stem in families:
                if stem in stems:
                    pooled_lines[stem] = pooled_lines.get(stem, 0) + 1
        for stem, members in families.items():
            together[members[0]] = pooled_lines[stem]
            for other in members[1:]:
                del together[other]
    term_size = len(forms[0].split())  # Kim Jong-un: two words, as in English
    scored = []
    for key, both in together.most_common(300):
        if both < MIN_COUNT:
            break
        if copied[key] * 2 > both:
            continue
        members = _family_of(key, families)
        if len(members) == 1:  # a line is in target_lines once
            english_lines = len(corpus.target_lines(key))
        else:
            english_lines = len(set().union(*(corpus.target_lines(m) for m in members)))
        dice = 2 * both / (len(lines) + english_lines)
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
    kept: list[tuple[float, float, int, str]] = []
    for confidence, dice, both, key in scored:
        if len(kept) == 5:
            break
        if _folded(key) not in term_lower and _subsumed(key, both, scored[:30], corpus, term_size):
            continue
        if not corpus.explained_elsewhere(key, dice, term_keys, lines):
            kept.append((confidence, dice, both, key))
    surfaces: dict[tuple[str, bool], Counter[str]] = {
        (key, at_start): Counter() for _, _, _, key in kept for at_start in (False, True)
    }
    for n in lines:
        spellings = corpus.ngrams(n).spellings
        for _, _, _, key in kept:
            members = _family_of(key, families)
            for member in members:
                for spelling, at_start in spellings.get(member, ()):
                    surfaces[key, at_start][spelling] += 1
    found = []
    for confidence, dice, both, key in kept:
        english, related = _surface(surfaces[key, False], surfaces[key, True], forms[0])
        evidence = f"{both} of {len(lines)} aligned lines (Dice {dice:.2f})"
        found.append(
            Suggestion(english, "parallel", round(confidence, 2), evidence, tuple(related))
        )
    if len(lines) < COOCCURRENCE_LINES:  # the term as written, and the aligner's links
        found = [s for s in found if _folded(s.english) == _folded(forms[0])]
    return _with_aligned(corpus, lines, forms[0], found)


# A one-word key is pooled with its inflections when this long without the ending.
FAMILY_STEM = 4
FAMILY_ZIPF = 3.0


@lru_cache(maxsize=65536)
def _inflection_stem(key: str) -> str:
    """What the inflections of a lower-case English word share: ``declining``,
    ``declined``, ``decline`` (and ``declines``, counted as ``decline``) are ``declin``."""
    if not (key.isalpha() and key.islower()):
        return key
    for ending in ("ing", "ed", "e"):
        if key.endswith(ending) and len(key) - len(ending) >= FAMILY_STEM:
            return key[: -len(ending)]
    return key


def _inflection_families(together: Counter[str]) -> dict[str, list[str]]:
    """Stem -> the term's one-word keys of that stem, the most frequent first, for stems
    with more than one key in common English use (not "worthing" beside "worth")."""
    families: dict[str, list[str]] = {}
    for key in together:
        if " " not in key:
            families.setdefault(_inflection_stem(key), []).append(key)
    common = {  # the order of together.most_common(), without sorting every key
        stem: [
            k for k in sorted(keys, key=lambda k: -together[k]) if _english_zipf(k) >= FAMILY_ZIPF
        ]
        for stem, keys in families.items()
        if len(keys) > 1
    }
    return {stem: keys for stem, keys in common.items() if len(keys) > 1}


def _family_of(key: str, families: dict[str, list[str]]) -> list[str]:
    """The keys counted with ``key``: its family, or itself alone."""
    family = families.get(_inflection_stem(key), [])
    return family if key in family else [key]


@lru_cache(maxsize=65536)
def _english_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


# An aligned phrase is proposed when the word aligner links the term to it in this many
# of its lines, and this share of them.
ALIGNED_MIN = 2
ALIGNED_SHARE = 0.15
ALIGNED_LINES = 200  # of a frequent term's lines, the first this many are aligned


def _with_aligned(
    corpus: ParallelCorpus, lines: Sequence[int], term: str, found: list[Suggestion]
) -> list[Suggestion]:
    """The co-occurrence suggestions and the phrases the word aligner links the term to
    (``parlemen``: "parliament", where co-occurrence prefers "parliamentary secretary"),
    one suggestion per English phrase, the better-supported kept."""
    aligner, aligned_lines = corpus.aligned()
    counts, seen = phrase_counts(
        aligner, [aligned_lines[n] for n in lines[:ALIGNED_LINES]], term.split(), english_key
    )
    phrases = [
        (p, c) for p, c in counts.most_common(5) if c >= max(ALIGNED_MIN, ALIGNED_SHARE * seen)
    ]
    by_key = {}
    for suggestion in found:  # "vegetable seller" where the aligner links only "seller"
        key = _folded(suggestion.english)
        if any(f" {_folded(p)} " in f" {key} " and _folded(p) != key for p, _ in phrases):
            confidence = round(suggestion.confidence * LENGTH_PENALTY, 2)
            suggestion = replace(suggestion, confidence=confidence)
        by_key[key] = suggestion
    if " " not in term and term.islower():  # one word: the translation table says too
        phrases += _translated_word(corpus, aligner, lines, term, seen)
    for phrase, count in phrases:
        confidence = round(count / seen * count / (count + 2), 2)
        other = by_key.get(_folded(phrase))
        if other is None or other.confidence < confidence:
            evidence = f"aligned to the term in {count} of {seen} lines (IBM Model 1)"
            by_key[_folded(phrase)] = Suggestion(phrase, "parallel", confidence, evidence)
    found = sorted(by_key.values(), key=lambda s: -s.confidence)
    if term.islower():
        found = [_common_case(corpus, lines, term, s) for s in found]
    return found


def _common_case(
    corpus: ParallelCorpus, lines: Sequence[int], term: str, found: Suggestion
) -> Suggestion:
    """A common noun's English in lower case unless the lines that write the noun in lower
    case capitalise it: ``kelurahan`` is "urban village", though "Kelurahan Cawang" is
    "Cawang Urban Village" in the names; ``kredit`` "loan", not "Loan"."""
    english = found.english
    lowered = english.lower()
    if (
        english == lowered
        or lowered == term  # Gajah: a name in the lines, no rendering (_capitalised_self)
        or any(len(w) > 1 and w.isupper() for w in english.split())  # the IMF loan
    ):
        return found
    capital = lower = 0
    for n in lines[:ALIGNED_LINES]:
        if term not in corpus.source[n]:
            continue  # the term capitalised here: a name's word, its English a name's too
        target = corpus.target[n]
        capital += target.count(english, 1)
        lower += target.count(lowered)
    if capital > lower:
        return found
    related = tuple(r.lower() if r[:1].isupper() and not r.isupper() else r for r in found.related)
    return replace(found, english=lowered, related=related)


# The English word a one-word term's translation table gives this much probability is
# proposed, when the term's lines use it in at least ALIGNED_MIN of them.
TABLE_MIN = 0.3


def _translated_word(
    corpus: ParallelCorpus, aligner: WordAligner, lines: Sequence[int], term: str, seen: int
) -> list[tuple[str, int]]:
    """The English word the translation table gives the term most probability, with the
    number of the term's lines that use it (weighted by that probability, so the count
    says as much as an aligned phrase's), spelt as those lines mostly spell it."""
    found = []
    for key, probability in aligner.translations(term, 1):
        if probability < TABLE_MIN:
            continue
        used = [n for n in lines[:ALIGNED_LINES] if f" {key} " in corpus.target_keys[n]]
        count = min(round(len(used) * probability), seen)
        spellings: Counter[str] = Counter()
        for n in used if count >= ALIGNED_MIN else ():
            spellings.update(
                {w for run in corpus.target_runs[n] for w in run if english_key(w) == key}
            )
        if spellings:
            found.append((spellings.most_common(1)[0][0], count))
    return found


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


def _surface(inside: Counter[str], at_start: Counter[str], term: str) -> tuple[str, list[str]]:
    """The spelling to propose and its other inflections seen with the term.

    Lower case unless the English mostly capitalises it inside lines (seen only at
    line starts: capitalised only if the term is); the most frequent inflection
    first (``guerrillas``), the others it had at least a fifth as often after it.
    """
    if not inside:
        spelling = at_start.most_common(1)[0][0]
        return (spelling if term[:1].isupper() else " ".join(map(_cased, spelling.split()))), []
    cased: Counter[str] = Counter()
    for spelling, count in inside.items():
        cased[" ".join(map(_cased, spelling.split()))] += count
    lowered = sum(c for s, c in inside.items() if " ".join(map(_cased, s.split())) == s)
    forms = cased if lowered * 2 >= sum(inside.values()) else inside
    ranked = forms.most_common()
    top = ranked[0][1]
    seen = {ranked[0][0].lower()}
    related = []
    for spelling, count in ranked[1:]:
        if count * 5 >= top and spelling.lower() not in seen:  # not Enterprises beside enterprises
            seen.add(spelling.lower())
            related.append(spelling)
    return ranked[0][0], related


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


def parallel(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions from line-aligned translations (``--parallel SRC.id TGT.en``) and
    translation memories (``--memory x.tmx``)."""
    if not settings.parallel and not settings.memories:
        raise InputError(
            "the parallel backend needs --parallel SRC.id TGT.en (line-aligned files)"
            " or --memory FILE (TMX, PO)"
        )
    corpus = load_corpus(settings)
    results = []
    with collector_paused():  # the lines' n-grams, counters: many objects, no cycles
        for n, (entry, lines) in enumerate(
            zip(entries, corpus.occurrences(entries), strict=True), 1
        ):
            _progress(settings, "parallel", n, len(entries))
            found = align_term(corpus, lines, entry.forms)
            results.append([s for s in found if not _capitalised_self(entry.term, s.english)])
    return results


def _capitalised_self(term: str, english: str) -> bool:
    """Whether a lower-case word's rendering is the word itself capitalised: the English
    keeps it only inside a name (``gajah`` in "Gajah Mada"), which is no rendering of it."""
    return term.islower() and english != term and english.lower() == term
