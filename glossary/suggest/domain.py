"""Which aligned texts are of the domain of the text being curated.

A term's renderings differ between domains (``penurunan`` is "decline" in economic news,
"inheritance" in genetics), and aligned files of other domains can outnumber the close
ones. The glossary's own candidates are the text's vocabulary: an aligned file whose lines
have them more often than the other files do is close to the text (an economic report
shares ``saham``, ``inflasi``, ``suku bunga`` with economic news, a football report hardly
any; ``Indonesia`` is everywhere and says nothing). A far file's line is part of a line's
evidence (``suggest.rescore``): a term found only in football reports (``perolehan``,
"scoring") is less sure for an economic text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from glossary.store import Entry
from glossary.suggest.aligned_text import ParallelCorpus
from glossary.suggest.core import Suggestion

# How sharply a line's weight falls with its part's distance from the text.
DOMAIN_POWER = 2


def affinity(corpus: ParallelCorpus, entries: Sequence[Entry]) -> tuple[float, ...]:
    """For each part of the corpus (aligned pair, memories), how much more often than in
    the whole corpus its lines have the text's candidates, the more frequent in the text
    weighing more; as a share of the closest part's (which is 1.0). A word every part
    writes (``Indonesia``) says nothing; ``saham`` in an economic report says much."""
    total = len(corpus.source)
    part_of = [0] * total
    for k, part in enumerate(corpus.parts):
        part_of[part.start : part.stop] = [k] * len(part)
    lifts = [0.0] * len(corpus.parts)
    for entry, lines in zip(entries, corpus.occurrences(entries), strict=True):
        if not lines:
            continue
        overall = len(lines) / total
        for k, hits in Counter(part_of[n] for n in lines).items():
            lifts[k] += max(entry.count, 1) * hits / len(corpus.parts[k]) / overall
    top = max(lifts, default=0.0)
    return tuple(round(lift / top, 3) if top else 1.0 for lift in lifts)


def line_weights(corpus: ParallelCorpus, closeness: Sequence[float]) -> list[float]:
    """Each aligned line's weight as evidence: its part's closeness to the text curated
    (``affinity``), all 1.0 when unknown."""
    weights = [1.0] * len(corpus.source)
    for part, weight in zip(corpus.parts, closeness or (), strict=False):
        weights[part.start : part.stop] = [weight**DOMAIN_POWER] * len(part)
    return weights


# A term the text uses this often is a word of its domain; with fewer aligned lines of texts
# close to it than this (a far text's line counting as part of one, ``line_weights``), the
# parallel text cannot say which sense that domain means.
DOMAIN_TERM_COUNT = 5
CHECKED_LINES = 3.0
# What an unchecked, unsettled dictionary sense of such a term is worth: shown in review,
# not written as the English (below suggest.run.MIN_FILL_CONFIDENCE).
UNCHECKED_CONFIDENCE = 0.09


def unchecked_senses(
    entry: Entry,
    lines: Sequence[int],
    suggestions: Sequence[Suggestion],
    corpus: ParallelCorpus,
    reverse: Mapping[str, list[list]],
    weights: Sequence[float],
) -> list[Suggestion]:
    """The dictionary's suggestions for a word of the text's own domain that the parallel
    text cannot check, brought below what is filled in where FreeDict does not settle
    its sense: the sense read in reverse from a dictionary is the domain's less than one
    time in three when the word has several English headwords or is not the first
    translation of its headword's first sense (in sports reports ``babak``, FreeDict's
    "stage" or "round", is the "half" of a match; ``kandang``, the fourth sense of
    "house", is "home"; a phrase composed of such a word, ``babak kedua``, likewise).
    Settled words keep theirs (``kiper``: keeper; ``suku bunga``: interest rate)."""
    from glossary.suggest.freedict import lookup_forms

    def checked(lines: Sequence[int]) -> bool:
        return sum(weights[n] for n in lines) >= CHECKED_LINES

    if entry.count < DOMAIN_TERM_COUNT or checked(lines):
        return list(suggestions)
    term = lookup_forms(entry.term)[0]
    words = [term] if term in reverse else term.replace("-", " ").split()
    unsettled = [
        w
        for w in words
        if w in reverse
        and not settled(reverse[w], w, whole=words == [term])
        and not checked(corpus.source_lines(w))
    ]
    if not unsettled:
        return list(suggestions)
    note = f"; {', '.join(unsettled)}: a sense FreeDict does not settle, no aligned line checks"
    return [
        replace(
            s,
            confidence=min(s.confidence, UNCHECKED_CONFIDENCE),
            evidence=s.evidence + note,
        )
        if s.source == "dictionary"
        else s
        for s in suggestions
    ]


def far_renderings(
    entry: Entry,
    lines: Sequence[int],
    suggestions: Sequence[Suggestion],
    corpus: ParallelCorpus,
    weights: Sequence[float],
) -> list[Suggestion]:
    """The parallel renderings of a word of the text's own domain that CHECKED_LINES lines
    or more write, all of texts far from it (``FAR_WEIGHT``), brought below what is filled
    in: they say what the word means in another domain (``peringkat`` is "ranking" in 40
    lines of sports reports), not in the text (an economic text's credit "rating"). One
    line of a text nearer it that writes the rendering is enough (``rupiah``)."""
    from glossary.check import find_rendering
    from glossary.suggest.rescore import RESCORE_LINES

    if entry.count < DOMAIN_TERM_COUNT or all(w >= FAR_WEIGHT for w in weights):
        return list(suggestions)
    sample = lines[:RESCORE_LINES]
    found = []
    for s in suggestions:
        if s.source == "parallel":
            stand_in = Entry("-", english=s.english, alternatives=list(s.related))
            used = [n for n in sample if find_rendering(stand_in, corpus.target[n])]
            if len(used) >= CHECKED_LINES and all(weights[n] < FAR_WEIGHT for n in used):
                note = "; written only in lines of texts far from this one"
                s = replace(
                    s,
                    confidence=min(s.confidence, UNCHECKED_CONFIDENCE),
                    evidence=s.evidence + note,
                )
        found.append(s)
    return found


# A line weighing less than this (``line_weights``: its part's closeness squared, here under
# 0.3) is of a text of another domain than the one curated.
FAR_WEIGHT = 0.09


# The share of belief (``senses._rank_dictionary``) that makes a headword the word's own.
SETTLED_SHARE = 0.9


def settled(rows: Sequence[list], word: str = "", whole: bool = True) -> bool:
    """Whether FreeDict's rows for an Indonesian ``word`` (``freedict.build_reverse_index``)
    name one English headword only, for a ``whole`` term (``gawang``: goal, ``triwulan``:
    quarter, whatever the sense number; a word composed with others needs more: ``mistar
    gawang`` is no "goal ruler"), or one above all others (``SETTLED_SHARE``), of whose first sense
    the word is the first translation (``kiper``: keeper; ``utang``: debt, hardly
    liabilities), or name the English word the word is borrowed from, which its spelling
    confirms (``intervensi``: intervention, whatever else FreeDict lists)."""
    from glossary.suggest.loanwords import loan_source
    from glossary.suggest.senses import _rank_dictionary

    if not rows:
        return False
    if whole and len({row[0].lower() for row in rows}) == 1:  # no other sense to choose
        return True
    first, share = _rank_dictionary(list(rows), proper=False)[0]
    if share >= SETTLED_SHARE and any(r[0] == first and r[2] == r[3] == 0 for r in rows):
        return True
    loan = loan_source(word) if word else None
    return loan is not None and loan in {row[0].lower() for row in rows}
