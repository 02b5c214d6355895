"""Word alignment of the parallel text (IBM Model 1, both directions) and the whole English
phrases a term is aligned to, in English order.

Co-occurrence alone cannot tell ``parlemen`` "parliament" from "parliamentary secretary",
nor find "area" for ``kawasan`` when the word is rendered four ways: every English word of
a line is a candidate for every Indonesian word. Model 1 lets the other words of the line
explain their own English (``DPR`` takes "House"), trained by EM over all aligned lines
at once with numpy. A link is kept where both directions agree, grown to neighbours
either direction proposes (grow-diag); the English words linked to a term's words give
its rendering as the translators wrote it (``menteri luar negeri`` -> "foreign minister").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np

from glossary.lexicon import FUNCTION_WORDS

ITERATIONS = 5
NULL = 0


@lru_cache(maxsize=65536)
def indonesian_key(token: str) -> str:
    """An Indonesian token as the aligner counts it: lower case, without the -nya clitic."""
    token = token.lower()
    return token[:-3].rstrip("-") if token.endswith("nya") and len(token) > 5 else token


@dataclass
class Line:
    """One aligned pair as the aligner sees it: Indonesian keys; English words, their keys
    and the run (stretch between punctuation) each is in."""

    source: list[str]
    words: list[str]
    keys: list[str]
    runs: list[int]


def split_line(
    source: list[str], english_runs: list[list[str]], english_key: Callable[[str], str]
) -> Line:
    """The aligner's view of a line pair: the Indonesian tokens (punctuation left out) and
    the English runs of ``_english_runs``."""
    words = [word for run in english_runs for word in run]
    runs = [r for r, run in enumerate(english_runs) for _ in run]
    return Line(list(map(indonesian_key, source)), words, list(map(english_key, words)), runs)


class WordAligner:
    """IBM Model 1 translation tables, Indonesian->English and English->Indonesian.

    Function words and English stopwords take no part (the empty word stands for them),
    which keeps the tables small: 17,000 news lines train in seconds.
    """

    def __init__(self, lines: Sequence[Line], stopwords: frozenset[str]):
        self.stopwords = stopwords
        self._links: dict[int, tuple[Line, set[tuple[int, int]]]] = {}
        self._target_words: list[str] = []
        self.source_ids: dict[str, int] = {"": NULL}
        self.target_ids: dict[str, int] = {"": NULL}
        # Numbered in the order the words first occur: a dict lookup per token after that.
        sources, targets = [line.source for line in lines], [line.keys for line in lines]
        self._source_content = _Judged(self._content_id)
        self._target_content = _Judged(self._content_en)
        source_id = _numbering(self.source_ids, self._source_content)
        target_id = _numbering(self.target_ids, self._target_content)
        source_of = {w: source_id(w) for w in dict.fromkeys(chain.from_iterable(sources))}
        target_of = {k: target_id(k) for k in dict.fromkeys(chain.from_iterable(targets))}
        line_src, line_tgt = [], []
        for source, target in zip(sources, targets, strict=True):
            words = set(map(source_of.__getitem__, source)) - {-1}
            keys = set(map(target_of.__getitem__, target)) - {-1}
            line_src.append(np.fromiter(words | {NULL}, dtype=np.int64))
            line_tgt.append(np.fromiter(keys | {NULL}, dtype=np.int64))
        self.width = len(self.target_ids)
        # Every (Indonesian word, English word) pair of every line, Indonesian-major within
        # a line, with the occurrence each side of it stands for: the English occurrence is
        # what P(english | indonesian) normalises over, the Indonesian one the other way.
        # Each Indonesian occurrence has a block of pairs, one per English word of its line.
        sizes_s = np.array([len(a) for a in line_src], dtype=np.int64)
        sizes_t = np.array([len(b) for b in line_tgt], dtype=np.int64)
        block = np.repeat(sizes_t, sizes_s)
        src_occurrence = np.repeat(np.arange(len(block)), block)
        first_t = np.repeat(np.cumsum(sizes_t) - sizes_t, sizes_s)  # the block's English
        tgt_occurrence = np.arange(int(block.sum())) + np.repeat(
            first_t - (np.cumsum(block) - block), block
        )
        src_all = np.repeat(np.concatenate(line_src), block) if lines else src_occurrence
        tgt_all = np.concatenate(line_tgt)[tgt_occurrence] if lines else tgt_occurrence
        self.pairs, inverse = _unique(src_all * self.width + tgt_all)
        pair_s, pair_t = self.pairs // self.width, self.pairs % self.width
        self.forward = self._train(  # P(english | indonesian)
            inverse, tgt_occurrence, pair_s, tgt_all != NULL
        )
        self.backward = self._train(  # P(indonesian | english)
            inverse, src_occurrence, pair_t, src_all != NULL
        )

    def translations(self, word: str, limit: int = 3) -> list[tuple[str, float]]:
        """The English words (as counted: ``english_key``) an Indonesian word translates to,
        by P(english | word), best first: what every line of the word says at once, where a
        line's links see that line alone (``jenazah``: "body", which other words of the
        line also claim)."""
        s = self.source_ids.get(indonesian_key(word))
        if s is None:
            return []
        if len(self._target_words) != len(self.target_ids):
            self._target_words = list(self.target_ids)  # numbered in insertion order
        start, end = np.searchsorted(self.pairs, [s * self.width + 1, (s + 1) * self.width])
        probabilities = self.forward[start:end]
        targets = self.pairs[start:end] % self.width
        order = np.argsort(-probabilities, kind="stable")[:limit]
        return [(self._target_words[targets[i]], float(probabilities[i])) for i in order]

    def _content_id(self, word: str) -> bool:
        return word not in FUNCTION_WORDS and any(c.isalpha() for c in word)

    def _content_en(self, key: str) -> bool:
        return key.lower() not in self.stopwords and any(c.isalpha() for c in key)

    def _train(
        self, inverse: np.ndarray, group: np.ndarray, given: np.ndarray, counted: np.ndarray
    ) -> np.ndarray:
        """EM for P(x | given) over the unique pairs; ``counted`` marks the pair occurrences
        whose x is a word (the empty word is only ever given)."""
        inverse, group = inverse[counted], group[counted]
        prob = np.ones(len(self.pairs))
        for _ in range(ITERATIONS):
            p = prob[inverse]
            denominator = np.bincount(group, weights=p)
            counts = np.bincount(inverse, weights=p / denominator[group], minlength=len(prob))
            totals = np.bincount(given, weights=counts)
            # float zeros: np.bincount of no pairs (an empty corpus) counts in integers
            prob = np.divide(counts, totals[given], out=np.zeros(len(counts)), where=counts > 0)
        return prob

    def _table(self, source: list[str], target: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """P(e|f) and P(f|e) for every pair of the line's words (rows: Indonesian words)."""
        s = np.array([self.source_ids.get(w, -1) for w in source], dtype=np.int64)
        t = np.array([self.target_ids.get(k, -1) for k in target], dtype=np.int64)
        keys = (s[:, None] * self.width + t[None, :]).ravel()
        where = np.searchsorted(self.pairs, keys).clip(max=max(len(self.pairs) - 1, 0))
        found = (self.pairs[where] == keys) & (keys >= 0)
        fwd = np.where(found, self.forward[where], 0.0).reshape(len(s), len(t))
        bwd = np.where(found, self.backward[where], 0.0).reshape(len(s), len(t))
        fwd[s < 0, :] = bwd[s < 0, :] = 0
        fwd[:, t < 0] = bwd[:, t < 0] = 0
        return fwd, bwd

    def links(self, line: Line) -> set[tuple[int, int]]:
        """(Indonesian position, English position) links: both directions' best links
        intersected, grown to the neighbours that either direction proposes (made once per
        line: a line is a line of several terms)."""
        known = self._links.get(id(line))
        if known is None or known[0] is not line:
            known = self._links[id(line)] = (line, self._link(line))
        return known[1]

    def _link(self, line: Line) -> set[tuple[int, int]]:
        src = [i for i, w in enumerate(line.source) if self._source_content[w]]
        tgt = [j for j, k in enumerate(line.keys) if self._target_content[k]]
        if not src or not tgt:
            return set()
        # The empty word last on both sides: P(e | empty) says how likely the English word is
        # a translator's addition, P(f | empty) the same of the Indonesian word.
        full_fwd, full_bwd = self._table(
            [*(line.source[i] for i in src), ""], [*(line.keys[j] for j in tgt), ""]
        )
        fwd, bwd = full_fwd[:-1, :-1], full_bwd[:-1, :-1]
        null_e, null_f = full_fwd[-1, :-1], full_bwd[:-1, -1]
        best_f = fwd.argmax(axis=0)  # for each English word, its Indonesian word
        best_e = bwd.argmax(axis=1)  # for each Indonesian word, its English word
        e_side = {(b, j) for j, b in enumerate(best_f) if fwd[b, j] > 0 and fwd[b, j] >= null_e[j]}
        f_side = {(i, b) for i, b in enumerate(best_e) if bwd[i, b] > 0 and bwd[i, b] >= null_f[i]}
        links = e_side & f_side
        linked_i, linked_j = {a for a, _ in links}, {b for _, b in links}
        union = e_side | f_side
        grown = True
        while grown:
            grown = False
            for i, j in sorted(union - links):
                near = not links.isdisjoint(((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)))
                if near and (i not in linked_i or j not in linked_j):
                    links.add((i, j))
                    linked_i.add(i)
                    linked_j.add(j)
                    grown = True
        return {(src[i], tgt[j]) for i, j in links}


def _unique(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, return_inverse=True)`` for keys >= 0, by sorting each key with its
    position packed below it (numpy sorts plain integers several times faster than it
    argsorts them: 0.4 s in place of 2.2 s for the 3.7 million pairs of 19,000 lines)."""
    shift = max(len(keys) - 1, 1).bit_length()
    if not len(keys) or int(keys.max()) >= 1 << (62 - shift):
        return np.unique(keys, return_inverse=True)
    packed = np.sort((keys << shift) | np.arange(len(keys)))
    ordered = packed >> shift
    new = np.empty(len(keys), dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    inverse = np.empty(len(keys), dtype=np.intp)
    inverse[packed & ((1 << shift) - 1)] = np.cumsum(new) - 1
    return ordered[new], inverse


class _Judged(dict[str, bool]):
    """Word -> whether it is a content word, each word judged once: ``_Judged(judge)[w]``."""

    def __init__(self, judge: Callable[[str], bool]) -> None:
        super().__init__()
        self.judge = judge

    def __missing__(self, word: str) -> bool:
        judged = self[word] = self.judge(word)
        return judged


def _numbering(table: dict[str, int], content: _Judged) -> Callable[[str], int]:
    """A word's number in ``table``, a new one for a new content word, -1 for the others."""

    def number(word: str) -> int:
        found = table.get(word)
        if found is not None:
            return found
        if not content[word]:
            return -1
        table[word] = len(table)
        return table[word]

    return number


def term_positions(line: Line, words: Sequence[str]) -> list[int]:
    """Positions of the term's words in the line's Indonesian words (first occurrence)."""
    keys = [indonesian_key(w) for w in words]
    for start in range(len(line.source) - len(keys) + 1):
        if line.source[start : start + len(keys)] == keys:
            return list(range(start, start + len(keys)))
    return []


def aligned_phrase(
    line: Line,
    positions: Sequence[int],
    links: set[tuple[int, int]],
    name: bool = False,
    stopwords: frozenset[str] = frozenset(),
) -> str:
    """The English the term's words are linked to, as one stretch in English order, or ""
    when the links scatter (across punctuation) or the stretch holds a word linked to an
    Indonesian word outside the term (the phrase would not be the term's alone). For a
    ``name`` (every word of the term capitalised), the stretch takes in the capitalised
    words beside it that no other Indonesian word claims (not ``stopwords``), up to one more
    word than the term has: ``Piala Dunia`` linked to "World" alone in "Brazil's 1994 World
    Cup victory" is "World Cup", ``PBB`` linked to "Nations" is "United Nations"; and a
    phrase of capitalised words keeps its capital at the line start ("Bumi Resources"),
    where one word's is the sentence's (``Mari``: "let")."""
    inside = set(positions)
    english = sorted(j for i, j in links if i in inside)
    if not english:
        return ""
    first, last = english[0], english[-1]
    if line.runs[first] != line.runs[last] or last - first > 2 * len(positions) + 2:
        return ""
    if any(first <= j <= last and i not in inside for i, j in links):
        return ""
    if name:
        claimed = {j for i, j in links if i not in inside}

        def joins(j: int) -> bool:
            return (
                0 < j < len(line.words)
                and line.runs[j] == line.runs[first]
                and line.words[j][:1].isupper()
                and line.keys[j].lower() not in stopwords
                and j not in claimed
            )

        while last - first < len(positions) and (joins(first - 1) or joins(last + 1)):
            first, last = (first - 1, last) if joins(first - 1) else (first, last + 1)
    words = line.words[first : last + 1]
    written_as_a_name = name and len(words) > 1 and all(w[:1].isupper() for w in words)
    if first == 0 and not words[0].isupper() and not written_as_a_name:  # the sentence's
        words = [words[0].lower(), *words[1:]]
    return " ".join(words)


def phrase_counts(
    aligner: WordAligner,
    lines: Sequence[Line],
    words: Sequence[str],
    english_key: Callable[[str], str],
) -> tuple[Counter[str], int]:
    """How often each English phrase is the term's aligned rendering, and in how many of
    its lines the term was found; phrases counted without case or plural (``english_key``),
    each with its most frequent spelling."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    seen = 0
    name = all(w[:1].isupper() for w in words)
    for line in lines:
        positions = term_positions(line, words)
        if not positions:
            continue
        seen += 1
        phrase = aligned_phrase(line, positions, aligner.links(line), name, aligner.stopwords)
        if phrase:
            key = " ".join(map(english_key, phrase.split())).lower()
            counts[key] += 1
            spellings[key][phrase] += 1
    return Counter({spellings[k].most_common(1)[0][0]: c for k, c in counts.items()}), seen
