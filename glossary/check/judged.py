"""What the gloss judge says of a document's matches, for check: a match it drops is no
term there (``Malangnya, ...`` is "unfortunately", not the city), and a lower-case term
it marks partial is a word of a longer name the glossary lacks (``Presiden`` of
``Istana Presiden``)."""

from __future__ import annotations

from collections.abc import Sequence

from glossary import regex_cache
from glossary.gloss import Judge
from glossary.match import Match

_RUN_BEFORE = regex_cache.compile(r"(?:(?<!\w)[A-Z][\w.'&-]*\s+)+$")
_RUN_AFTER = regex_cache.compile(r"(?:\s+[A-Z][\w.'&-]*)+")


def name_around(text: str, start: int, end: int) -> list[str]:
    """The other capitalised words of the run ``text[start:end]`` stands in: ``Sate``,
    ``Talago``, ``Biru`` around ``Padang`` in ``Sate Padang Talago Biru``."""
    before = _RUN_BEFORE.search(text[:start])
    after = _RUN_AFTER.match(text, end)
    words = (before.group() if before else "").split() + (after.group() if after else "").split()
    return [w.strip(".'-") for w in words]


class NameWords:
    """Where (source offsets) a segment's match is not the term: one the judge drops that
    stands in no longer name (``Malangnya, ...``), or a lower-case term it marks partial,
    a word of a longer name (``presiden`` of ``Istana Presiden``). Judged in the document
    the segments stand in (joined by line breaks), so that the text's evidence of
    capitals is the document's, as ``glossary annotate`` sees it; only for the segments
    asked about (those with a term the English lacks), which keeps the check fast."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.offsets: list[int] = []
        at = 0
        for text in texts:
            self.offsets.append(at)
            at += len(text) + 1
        self._judge: Judge | None = None
        self._found: dict[int, frozenset[int]] = {}

    def of(self, index: int, matches: Sequence[Match]) -> frozenset[int]:
        """The offsets of segment ``index`` whose ``matches`` are not the term."""
        if index in self._found:
            return self._found[index]
        if self._judge is None:
            self._judge = Judge("\n".join(self.texts))
        text, offset = self.texts[index], self.offsets[index]
        shifted = [m._replace(start=m.start + offset, end=m.end + offset) for m in matches]
        found = set()
        for k, note in self._judge.notes(shifted).items():
            match = matches[k]
            alone = note is None and not name_around(text, match.start, match.end)
            if alone or (note is not None and note.partial and match.form.islower()):
                found.add(match.start)
        self._found[index] = frozenset(found)
        return self._found[index]
