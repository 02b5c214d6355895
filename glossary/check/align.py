"""Where two line-aligned texts drift apart: a missing, extra, merged or split line.

Numbers and capitalised names pass into a translation unchanged (``Rp9.100`` → ``Rp9,100``,
``Bank Mandiri``), and a translation's length follows its source's, so a line pairs with
its translation where they share them. A dynamic program over the lines near the diagonal
finds the cheapest pairing with skipped (1–0, 0–1) and merged (2–1, 1–2) lines, and the
first step off one-to-one is where the alignment breaks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from glossary import regex_cache

_NUMBER = regex_cache.compile(r"\d(?:[\d.,]*\d)?")
_NAME = regex_cache.compile(r"(?<!\w)[A-Z][\w-]{2,}")
# A skipped line costs about as much as pairing two unrelated lines.
_SKIP = 1.0
# A merge counts its pairing once per line it takes, and a little more, so that good 1–1
# pairs win over merges.
_MERGE = 0.5
# How far beyond the difference in line counts the pairing may wander.
_BAND = 2


@dataclass(frozen=True)
class Link:
    """Source lines paired with target lines (0-based indexes; one side may be empty);
    ``before``: how many target lines come before the link."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    before: int = 0


Features = tuple[frozenset[str], int]


def features(text: str) -> Features:
    """The anchors of a line (numbers without separators, capitalised words) and its length."""
    numbers = {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}
    return frozenset(numbers | set(_NAME.findall(text))), len(text)


def _join(a: Features, b: Features) -> Features:
    return a[0] | b[0], a[1] + b[1] + 1


def cost(a: Features, b: Features) -> float:
    """0 for a line and its likely translation, about 1 or more for unrelated lines."""
    union = a[0] | b[0]
    anchors = 1 - len(a[0] & b[0]) / len(union) if union else 0.5
    return anchors + abs(math.log((b[1] + 20) / (a[1] + 20)))


def align(sources: Sequence[str], targets: Sequence[str]) -> list[Link]:
    """The cheapest pairing of ``sources`` with ``targets`` in order."""
    src = [features(s) for s in sources]
    tgt = [features(t) for t in targets]
    n, m = len(src), len(tgt)
    low = min(0, m - n) - _BAND
    high = max(0, m - n) + _BAND
    best: dict[tuple[int, int], tuple[float, tuple[int, int]]] = {(0, 0): (0.0, (0, 0))}
    for i in range(n + 1):
        for j in range(max(0, i + low), min(m, i + high) + 1):
            here = best.get((i, j))
            if here is None:
                continue
            total = here[0]
            steps = []
            if i < n and j < m:
                steps.append((1, 1, cost(src[i], tgt[j])))
            if i < n:
                steps.append((1, 0, _SKIP))
            if j < m:
                steps.append((0, 1, _SKIP))
            if i + 1 < n and j < m:
                steps.append((2, 1, 2 * cost(_join(src[i], src[i + 1]), tgt[j]) + _MERGE))
            if i < n and j + 1 < m:
                steps.append((1, 2, 2 * cost(src[i], _join(tgt[j], tgt[j + 1])) + _MERGE))
            for di, dj, step in steps:
                key = (i + di, j + dj)
                if not low <= key[1] - key[0] <= high:
                    continue
                known = best.get(key)
                if known is None or total + step < known[0]:
                    best[key] = (total + step, (di, dj))
    links = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj = best[(i, j)][1]
        links.append(Link(tuple(range(i - di, i)), tuple(range(j - dj, j)), j - dj))
        i, j = i - di, j - dj
    links.reverse()
    return links
