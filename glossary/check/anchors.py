"""Where a term stands in its English: a share of the English line, guessed from what both
lines write alike (numbers, names and acronyms kept as they are, other terms whose English
the line has) rather than from the term's share of the Indonesian alone.

English moves a sentence's parts: ``Dirut BNI Gatot M Suwondo mengatakan ...`` opens the
Indonesian, while "..., Bank BNI President Director Gatot M Suwondo said here Friday" ends
the English; the title stands where "Gatot" and "Suwondo" say it does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from glossary import regex_cache
from glossary.check.source import Occurrence

# A number (digits with the thousands and decimal signs either language writes) or a
# capitalised word of two letters or more: what a translation keeps as it is.
_KEPT = regex_cache.compile(r"(\d+(?:[.,]\d+)*)|[A-Z][^\W\d]+")
# What ends a sentence or opens a quote: the capital of the word after it says nothing ("The"
# of "The Fed").
_OPENERS = frozenset('.!?:;"\u201c(')
# A shared point places a term this near it at most (characters of the source): further
# off, English may have moved either.
_NEAR = 30
# Two guesses of a term's place in the English this close are one.
_SAME_PLACE = 0.05


def _kept(text: str) -> dict[str, int]:
    """The numbers and capitalised words ``text`` writes once, each with its offset: a
    number by its digits alone (``9.265`` is "9,265", ``1,54`` is "1.54"), a word in any
    case up to an apostrophe or hyphen ("BNI" of "BNI's"), not the first of a sentence."""
    found: dict[str, int] = {}
    twice = set()
    for token in _KEPT.finditer(text):
        number = token.group(1)
        if number:
            key = number.replace(".", "").replace(",", "")
        elif _opens(text, token.start()):
            continue
        else:
            key = token.group().casefold()
        if key in found:
            twice.add(key)
        else:
            found[key] = token.start()
    for key in twice:
        del found[key]
    return found


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a quote (a few characters back)."""
    before = text[max(0, start - 8) : start].rstrip()
    return before[-1:] in _OPENERS if before else start <= 8


@functools.lru_cache(maxsize=256)
def shared(source: str, text: str) -> tuple[tuple[int, int], ...]:
    """(Indonesian offset, English offset) of each number and capitalised word both lines
    write exactly once, in the Indonesian's order."""
    target = _kept(text)
    return tuple(
        sorted((start, target[key]) for key, start in _kept(source).items() if key in target)
    )


@functools.lru_cache(maxsize=64)
def english_place(
    span: tuple[int, int],
    source: str,
    text: str,
    anchors: tuple[tuple[int, int], ...] = (),
) -> float:
    """Where the term at ``span`` of ``source`` stands in ``text``, as a share of its length:
    placed between the shared points right on either side of it where they keep their order,
    else at the same distance from the nearest one (scaled by the lines' lengths); at the
    term's share of the source where no shared point is near it. ``anchors``: further
    (Indonesian, English) offset pairs, the terms whose English the line has. Kept for
    the last few asks: each rule that searches a missing term's place asks again."""
    start, end = span
    points = [
        p
        for p in (*shared(source, text), *anchors)
        if start - _NEAR <= p[0] < start or end <= p[0] <= end + _NEAR
    ]
    if not points:
        return start / max(len(source), 1)
    left = max((p for p in points if p[0] < start), default=None)
    right = min((p for p in points if p[0] >= end), default=None)
    if left is not None and right is not None and left[1] < right[1]:
        share = (start - left[0]) / max(right[0] - left[0], 1)
        at = left[1] + share * (right[1] - left[1])
    else:
        nearest = min(points, key=lambda p: abs(p[0] - start))
        at = nearest[1] + (start - nearest[0]) * len(text) / max(len(source), 1)
    return min(max(at / max(len(text), 1), 0.0), 1.0)


def at_either(
    occ: Occurrence,
    text: str,
    anchors: tuple[tuple[int, int], ...],
    find: Callable[[float, bool], str | None],
) -> str | None:
    """What ``find`` names at ``occ``'s place in ``text``, the English of its segment (a
    share of its length, and whether it is the second guess): the term's share of the
    source, or else where the points both lines share put it (``english_place``), where
    that is elsewhere: "Dirut BNI Gatot M Suwondo" opens the source, "Bank BNI President
    Director Gatot M Suwondo said" ends the English. At the second guess only a rare
    general word may stand in: a frequent one ("application", "chief") likely renders
    what the source says in other words."""
    own = occ.match.start / max(len(occ.piece.text), 1)
    found = find(own, False)
    if found is not None:
        return found
    anchored = english_place((occ.match.start, occ.match.end), occ.piece.text, text, anchors)
    return find(anchored, True) if abs(anchored - own) > _SAME_PLACE else None
