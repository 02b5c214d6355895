"""FreeDict's senses of an Indonesian word, ranked: how firmly each English headword names
it, how common English writes it, and how often the parallel text's English does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from glossary.suggest.aligned_text import ParallelCorpus, english_key


@cache
def _english_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _rank_dictionary(
    rows: list[list], proper: bool, corpus: ParallelCorpus | None = None
) -> list[tuple[str, float]]:
    """English headwords for one Indonesian key, with a share of belief in each.

    A headword wins when the key is its first sense, first in the list and alone
    in it; proper-noun headwords win for capitalised terms and lose for lower-case
    ones. How often English writes the headword weighs in as the square root of its
    frequency: read in reverse, the English sense number says little about the
    Indonesian word (``kuartal`` is the first sense of "trimester", the third of
    "quarter", which news English writes a hundred times as often). With parallel text,
    how many of its English lines write the headword weighs in too: the senses its
    translators use at all (``babak``: "round" of a match before "stage").
    """
    scores: dict[str, float] = {}
    for headword, pos, sense_no, place, size, marked in rows:
        name_rank = 2 if pos == "pn" else 1 if headword[:1].isupper() else 0
        score = 1 / (1 + sense_no) / (1 + place) / size**0.3
        score *= (1.0, 0.7, 0.3)[2 - name_rank] if proper else (1.0, 0.5, 0.3)[name_rank]
        score *= 0.5 if marked else 1.0
        score *= 10 ** (max(_english_zipf(headword.lower()), 1.0) / 2)
        if corpus is not None:
            score *= _lines_writing(headword, corpus) ** CORPUS_USE_POWER
        if headword in scores:  # listed in several senses: a little more likely
            score = max(scores[headword], score) * 1.1
        scores[headword] = score
    total = sum(scores.values())
    return sorted(((h, s / total) for h, s in scores.items()), key=lambda x: -x[1])


# How much the parallel text's use of a headword weighs: the square root of its lines.
CORPUS_USE_POWER = 0.5
USE_SAMPLE = 200


def _lines_writing(headword: str, corpus: ParallelCorpus) -> int:
    """1 + the number of the parallel text's English lines that write the headword (or its
    plural: lines are indexed by singular, and "economics" is not "economic")."""
    key = " ".join(english_key(w) for w in headword.split())
    lines = corpus.target_lines(key)
    if key == headword.lower() or not lines:
        return 1 + len(lines)
    sample = lines[:USE_SAMPLE]
    written = _written_in(headword, corpus, sample)
    return 1 + round(written * len(lines) / len(sample))


def _written_in(english: str, corpus: ParallelCorpus, lines: Sequence[int]) -> int:
    """How many of ``lines`` write ``english`` as it is spelled, whatever the case."""
    pattern = re.compile(rf"\b{re.escape(english)}\b", re.IGNORECASE)
    return sum(1 for n in lines if pattern.search(corpus.target[n]))


def _link_strength(rows: list[list]) -> dict[str, float]:
    """How firmly each English headword names the Indonesian word: 1 when the word is the
    first translation the headword lists, less the further down it stands (``unggulan`` is
    the fourth of five translations of "ace", not what "ace" is first)."""
    strength: dict[str, float] = {}
    for headword, _, _, place, _, _ in rows:
        strength[headword] = max(strength.get(headword, 0.0), (1 + place) ** -0.5)
    return strength
