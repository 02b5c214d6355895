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
from collections.abc import Sequence

from glossary.store import Entry
from glossary.suggest.bitext import ParallelCorpus

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
