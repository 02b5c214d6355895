"""What a document's English keeps writing: its staple words and phrases ("interest rate",
"growth", "government" in a year of economic news). Any of its sentences may hold one, so
one stands in for no missing term: "Pertumbuhan ekonomi Indonesia ..." translated "... the
country's economic growth ..." leaves ``Indonesia`` to a short mention, and "growth" there
renders ``pertumbuhan``, however the checker places it."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from glossary.check.patterns import singular

# A general word or phrase written this many times per segment of a document, and at least
# this many times, is one of its staples.
_SHARE = 0.01
_LEAST = 10
_WORD = re.compile(r"[^\W\d_]+")


class Usual:
    """The staples of one document's English (``targets``: its segments), asked phrase by
    phrase: ``"interest rate" in usual``. A segment counts once, however often it writes
    the phrase, in any case, with a plural."""

    def __init__(self, targets: Sequence[str]) -> None:
        self.segments = [target.casefold() for target in targets]
        self.least = max(_LEAST, _SHARE * len(targets))
        self._where: dict[str, set[int]] | None = None

    @property
    def where(self) -> dict[str, set[int]]:
        """The segments that write each word, made when first asked."""
        if self._where is None:
            self._where = defaultdict(set)
            for i, segment in enumerate(self.segments):
                for word in set(_WORD.findall(segment)):
                    self._where[word].add(i)
        return self._where

    def __contains__(self, written: object) -> bool:
        return isinstance(written, str) and self.count(written.casefold()) >= self.least

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one document's counts, kept while it is checked
    def count(self, folded: str) -> int:
        """In how many segments the document writes a folded word or phrase (``rate`` also
        as "rates"): those that hold each of its words, then the phrase."""
        words = [singular(word) for word in _WORD.findall(folded)]
        if not words:
            return 0
        where = self.where
        held = set.intersection(
            *(where.get(word, set()) | where.get(word + "s", set()) for word in words)
        )
        if len(words) == 1 or len(held) < self.least:
            return len(held)
        pattern = re.compile(rf"(?<!\w){re.escape(singular(folded))}")
        return sum(1 for i in held if pattern.search(self.segments[i]))
