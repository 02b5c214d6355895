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

from collections.abc import Callable, Iterable

from glossary import lexicon
from glossary.mine import counting, groups
from glossary.mine.counting import PRUNE_AT, Tally, schwartz_hearst
from glossary.mine.output import format_json, format_pot, format_table
from glossary.mine.ranking import Candidate, rank
from glossary.text import Document, collector_paused

__all__ = [
    "PRUNE_AT",
    "Candidate",
    "Tally",
    "counting",
    "groups",
    "format_json",
    "format_pot",
    "format_table",
    "lexicon",
    "mine",
    "rank",
    "schwartz_hearst",
]


def mine(
    documents: Iterable[Document],
    *,
    min_count: int = 2,
    progress: Callable[[Document], None] | None = None,
    top: int | None = None,
    exclude: Iterable[str] = (),
    rejected: Iterable[str] = (),
) -> list[Candidate]:
    """Candidates from ``documents``, best first.

    ``progress`` is called after each document; ``top`` limits how many candidates are
    built; a candidate with any form in ``exclude`` (compared case-insensitively; the
    forms of a glossary's entries) is left out. A ``rejected`` form (an obsolete entry's
    msgid) is left out as a term and as a variant, and nothing else with it: rejecting
    the glued ``Taliban Mullah Omar`` leaves ``Taliban`` a candidate.
    """
    # The tables hold millions of small lists that never form cycles: without the pause,
    # the cyclic garbage collector walks them again and again and takes half the time.
    with collector_paused():
        tally = Tally()
        for doc in documents:
            tally.add_document(doc)
            if progress:
                progress(doc)
        return rank(tally, min_count=min_count, top=top, exclude=exclude, rejected=rejected)
