"""A lower-case term that a match's later words start, as long or longer, wins over it
(issue 14).

The matcher takes the longest leftmost match; in ``Bauran energi baru dan terbarukan``
that is ``bauran energi`` (energy mix), and ``energi baru dan terbarukan`` (new and
renewable energy) is lost; in ``harga minyak goreng`` it is ``harga minyak`` (oil price),
though the price is of ``minyak goreng`` (cooking oil). Indonesian puts the head first and
its modifier after it, so the term on the right is what the phrase is made of: it wins
when it is at least as long and reaches past the match. The words left of it stay
unglossed (``harga``, ``Bauran``): alone they may mean something else (``suku`` of ``suku
bunga`` is a tribe). Names take no part: only lower-case forms.

It costs the scan little: the forms a longer form could overlap are known from the
glossary (``Overlaps.of``), matches of other forms are passed over at C speed, and only
a flagged match's later words are scanned again.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

from glossary import scan

if TYPE_CHECKING:  # the matcher imports this module
    from glossary.match import Match

_FORM = operator.attrgetter("form")


def _words(form: str) -> list[str]:
    return scan.WORDS.findall(form.lower())


class Overlaps(NamedTuple):
    """What a glossary's lower-case forms say about overlaps: the multiword forms some
    later word of which starts a form as long or longer (``flagged``), and the longest lower-case
    form, in words, that each word starts (``heads``)."""

    flagged: frozenset[str]
    heads: dict[str, int]

    @classmethod
    def of(cls, forms: Iterable[str]) -> Overlaps:
        """``bauran energi`` flagged when ``energi baru dan terbarukan`` is a form too."""
        lower = [(form, _words(form)) for form in set(forms) if form.islower()]
        heads: dict[str, int] = {}
        for _, words in lower:
            if len(words) > 1 and heads.get(words[0], 0) < len(words):
                heads[words[0]] = len(words)
        flagged = frozenset(
            form
            for form, words in lower
            if len(words) > 1 and any(heads.get(w, 0) >= len(words) for w in words[1:])
        )
        return cls(flagged, heads)

    def resolve(
        self,
        block: str,
        offset: int,
        found: list[Match],
        rescan: Callable[[str, int, int], list[Match]],
        margin: int,
    ) -> list[Match]:
        """``found`` (the matches of ``block``, whose offsets have ``offset`` added) with
        each flagged match given up for a lower-case term as long or longer that one of
        its later words starts; ``rescan(text, offset, below)`` scans a piece again,
        ``margin`` characters are enough for any term. Matches the longer term swallows
        are given up and the rest of the last of them scanned again."""
        suspects = itertools.compress(
            range(len(found)), map(self.flagged.__contains__, map(_FORM, found))
        )
        kept: list[Match] = []
        done = 0
        for i in suspects:
            if i < done:
                continue
            match = found[i]
            longer = self._longer_in(block, offset, match, rescan, margin)
            if longer is None:
                continue
            kept += found[done:i]
            kept.append(longer)
            done = i + 1
            while done < len(found) and found[done].start < longer.end:
                done += 1
            if done > i + 1 and found[done - 1].end > longer.end:
                rest = block[longer.end - offset : found[done - 1].end - offset]
                kept += rescan(rest, longer.end, len(rest))
        return kept + found[done:] if kept else found

    def _longer_in(
        self,
        block: str,
        offset: int,
        match: Match,
        rescan: Callable[[str, int, int], list[Match]],
        margin: int,
    ) -> Match | None:
        """The lower-case term as long as ``match`` or longer, reaching past it, that the
        first of its later words able to start one starts, if any."""
        words = len(_words(match.form))
        for word in itertools.islice(scan.WORDS.finditer(match.text), 1, None):
            if self.heads.get(word.group().lower(), 0) < words:
                continue
            at = match.start - offset + word.start()
            right = rescan(block[at : at + margin], offset + at, 1)
            if (
                right
                and right[0].start == offset + at
                and right[0].end > match.end
                and right[0].form.islower()
                and len(_words(right[0].form)) >= words
            ):
                return right[0]
        return None
