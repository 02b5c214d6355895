"""What the gloss judge says of a document's matches, for check: a match it drops is no
term there (``Malangnya, ...`` is "unfortunately", not the city), and a lower-case term
it marks partial is a word of a longer name the glossary lacks (``Presiden`` of
``Istana Presiden``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary.gloss import Judge
from glossary.match import Match

_RUN_BEFORE = re.compile(r"(?:(?<!\w)[A-Z][\w.'&-]*\s+)+$")
_RUN_AFTER = re.compile(r"(?:\s+[A-Z][\w.'&-]*)+")


def name_around(text: str, start: int, end: int) -> list[str]:
    """The other capitalised words of the run ``text[start:end]`` stands in: ``Sate``,
    ``Talago``, ``Biru`` around ``Padang`` in ``Sate Padang Talago Biru``."""
    before = _RUN_BEFORE.search(text[:start])
    after = _RUN_AFTER.match(text, end)
    words = (before.group() if before else "").split() + (after.group() if after else "").split()
    return [w.strip(".'-") for w in words]


def in_names(texts: Sequence[str], matches: Sequence[Sequence[Match]]) -> list[frozenset[int]]:
    """For each segment, where (source offsets) a match is not the term: one the judge
    drops that stands in no longer name (``Malangnya, ...``), or a lower-case term it
    marks partial, a word of a longer name (``presiden`` of ``Istana Presiden``). Judged
    in the document the segments stand in (joined by line breaks), so that the text's
    evidence of capitals is the document's, as ``glossary annotate`` sees it."""
    offsets, at = [], 0
    for text in texts:
        offsets.append(at)
        at += len(text) + 1
    shifted = [
        m._replace(start=m.start + offsets[i], end=m.end + offsets[i])
        for i, found in enumerate(matches)
        for m in found
    ]
    owner = [(i, j) for i, found in enumerate(matches) for j in range(len(found))]
    found_in: list[set[int]] = [set() for _ in texts]
    done = 0
    for batch, notes in Judge("\n".join(texts)).batches(shifted):
        for k, note in notes.items():
            i, j = owner[done + k]
            match = matches[i][j]
            alone = note is None and not name_around(texts[i], match.start, match.end)
            if alone or (note is not None and note.partial and match.form.islower()):
                found_in[i].add(match.start)
        done += len(batch)
    return [frozenset(found) for found in found_in]
