"""What a document's English keeps writing: its staple words and phrases ("interest rate",
"growth", "government" in a year of economic news). Any of its sentences may hold one, so
one stands in for no missing term: "Pertumbuhan ekonomi Indonesia ..." translated "... the
country's economic growth ..." leaves ``Indonesia`` to a short mention, and "growth" there
renders ``pertumbuhan``, however the checker places it."""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from glossary import cache, match_cache, regex_cache
from glossary.check.patterns import singular

# A general word or phrase written this many times per segment of a document, and at least
# this many times, is one of its staples.
_SHARE = 0.01
_LEAST = 10
_WORD = regex_cache.compile(r"[^\W\d_]+")
# ``_WORD`` in a folded text of ASCII alone: the same words, found twice as fast.
_ASCII_WORD = regex_cache.compile(r"[a-z]+")
# A document of this many segments keeps its words' segments in the cache (a year of news:
# 6,000 segments, 140,000 words, longer to find than to read back); fewer find them faster.
_KEPT_FROM = 1_000


class Usual:
    """The staples of one document's English (``targets``: its segments), asked phrase by
    phrase: ``"interest rate" in usual``. A segment counts once, however often it writes
    the phrase, in any case, with a plural."""

    def __init__(self, targets: Sequence[str]) -> None:
        self.segments = [target.casefold() for target in targets]
        self.least = max(_LEAST, _SHARE * len(targets))
        self._where: dict[str, list[int]] | None = None

    @property
    def where(self) -> dict[str, list[int]]:
        """The segments that write each word, in order, made when first asked (a year of
        news is 6,000 segments: words of most are plain ASCII, found by a simpler pattern);
        a long document's are kept in the cache for the next run with the same English."""
        if self._where is None:
            if len(self.segments) < _KEPT_FROM:
                self._where = self._made_where()
            else:
                fits = functools.partial(_where_fits, count=len(self.segments))
                made = self._made_where
                self._where = match_cache.kept("usual", self.segments, fits, made)
        return self._where

    def _made_where(self) -> dict[str, list[int]]:
        where: dict[str, list[int]] = defaultdict(list)
        for i, segment in enumerate(self.segments):
            found = (_ASCII_WORD if segment.isascii() else _WORD).findall(segment)
            for word in set(found):
                where[word].append(i)
        return dict(where)

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
            *(set(where.get(word, ())).union(where.get(word + "s", ())) for word in words)
        )
        if len(words) == 1 or len(held) < self.least:
            return len(held)
        pattern = re.compile(rf"(?<!\w){re.escape(singular(folded))}")
        return sum(1 for i in held if pattern.search(self.segments[i]))


def _where_fits(kept: object, count: int) -> bool:
    """Whether cached data is a ``Usual.where`` of ``count`` segments: words, each with a
    list of segment numbers (checked at C speed)."""
    if not (type(kept) is dict and cache.all_of(kept, str) and cache.all_of(kept.values(), list)):
        return False
    numbers = list(itertools.chain.from_iterable(kept.values()))
    return cache.all_of(numbers, int) and (not numbers or 0 <= min(numbers) <= max(numbers) < count)
