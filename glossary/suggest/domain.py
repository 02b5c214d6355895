"""Which aligned texts are of the domain of the text being curated.

A term's renderings differ between domains (``penurunan`` is "decline" in economic news,
"inheritance" in genetics), and aligned files of other domains can outnumber the close
ones. The glossary's own candidates are the text's vocabulary: an aligned file whose lines
have many of them is close to the text (an economic report shares ``saham``, ``inflasi``,
``suku bunga`` with economic news, a football report hardly any). A term's lines in the
close files are its evidence when there are enough of them; the others only when not.
"""

from __future__ import annotations

from collections.abc import Sequence

from glossary.store import Entry
from glossary.suggest.bitext import ParallelCorpus

# How sharply a line's weight falls with its part's distance from the text.
DOMAIN_POWER = 2


def affinity(corpus: ParallelCorpus, entries: Sequence[Entry]) -> tuple[float, ...]:
    """For each part of the corpus (aligned pair, memories), how many of ``entries`` its
    lines have on average, as a share of the closest part's (which is 1.0)."""
    hits = [0] * len(corpus.source)
    for lines in corpus.occurrences(entries):
        for n in lines:
            hits[n] += 1
    means = [sum(hits[n] for n in part) / len(part) if part else 0.0 for part in corpus.parts]
    top = max(means, default=0.0)
    return tuple(round(m / top, 3) if top else 1.0 for m in means)


def line_weights(corpus: ParallelCorpus, closeness: Sequence[float]) -> list[float]:
    """Each aligned line's weight as evidence: its part's closeness to the text curated
    (``affinity``), all 1.0 when unknown."""
    weights = [1.0] * len(corpus.source)
    for part, weight in zip(corpus.parts, closeness or (), strict=False):
        weights[part.start : part.stop] = [weight**DOMAIN_POWER] * len(part)
    return weights
