"""The matcher's inner loop: the codes of a text's words, and the longest-leftmost matches.

``glossary.match`` builds the tables (an ``_Alphabet`` and the prefix table); its
docstring gives the rules they encode. ``python_scan`` is the reference;
``glossary/_scan.pyx`` is the same loop in Cython, built on install and used when
present (the tests hold the two to the same results).
"""

from __future__ import annotations

import re

WORDS = re.compile(r"(\w+)")  # split() gives separator, word, separator, ..., separator


def word_codes(word: str, exact: dict, lower: dict) -> tuple[str, ...] | None:
    """The codes a text word stands for, in the order they are tried: its exact spelling's
    (when a case-sensitive form uses it), its lower case's as a word, and as a word with
    a clitic; None when it has none."""
    found = (exact.get(word), *lower.get(word.lower(), (None, None)))
    return tuple(code for code in found if code) or None


class Seen(dict):
    """The words met in texts, as written -> (their codes, then each code that begins a
    spelling followed by its prefix-table value, flat), or () when they have no code.
    Filled as texts are scanned, so a word costs one lookup after its first time."""

    LIMIT = 1 << 20  # words remembered; more are worked out again each time

    def __init__(self, exact: dict, lower: dict, prefixes: dict) -> None:
        super().__init__()
        self.exact, self.lower, self.prefixes = exact, lower, prefixes

    def __missing__(self, word: str) -> tuple:
        codes = word_codes(word, self.exact, self.lower)
        known = ()
        if codes:
            starts = [(code, self.prefixes[code]) for code in codes if code in self.prefixes]
            known = (codes, tuple(x for pair in starts for x in pair))
        if len(self) < self.LIMIT:
            self[word] = known
        return known


def codes(parts: list[str], exact: dict, lower: dict, separators) -> list:
    """The codes of each part of a text split by ``WORDS``: a word's (``word_codes``), a
    separator's (``separators``)."""
    return [
        word_codes(part, exact, lower) if i % 2 else separators[part]
        for i, part in enumerate(parts)
    ]


def longest(parts: list[str], found: list, prefixes: dict) -> list[int]:
    """Longest-leftmost matches as a flat list: start, end, spelling, start, end, ...

    ``prefixes`` maps each spelling, and each beginning of one that ends with a word, to
    ``2 * (spelling + 1)`` (0 for a mere beginning) plus 1 when longer spellings go on.
    Every reading of the words' codes is followed; of two matches of one length, the
    lower-numbered spelling wins.
    """
    matches: list[int] = []
    i, start = 1, len(parts[0])  # word i begins at offset start
    while i < len(parts):
        last, best, best_end = -1, 0, 0
        pending = [("", i, start + len(parts[i]))]
        while pending:
            key, j, end = pending.pop()
            for code in found[j] or ():
                value = prefixes.get(key + code)
                if value is None:
                    continue
                spelling = (value >> 1) - 1
                if spelling >= 0 and (j > last or (j == last and spelling < best)):
                    last, best, best_end = j, spelling, end
                if value & 1 and j + 2 < len(parts) and found[j + 1]:
                    after = end + len(parts[j + 1]) + len(parts[j + 2])
                    pending += [(key + code + join, j + 2, after) for join in found[j + 1]]
        if last < 0:
            start += len(parts[i]) + len(parts[i + 1])
            i += 2
            continue
        matches += (start, best_end, best)
        start = best_end + len(parts[last + 1])
        i = last + 2
    return matches


def python_scan(
    text: str, seen: Seen, separators, targets: list, offset: int, below: int, match_type
) -> list:
    """The matches of ``text`` that start before ``below``, as ``match_type(start + offset,
    end + offset, surface, *targets[spelling])``, spelling being a number in the prefix
    table. Works from ``seen``'s tables, not its memory: the reference stays simple."""
    parts = WORDS.split(text)
    flat = longest(parts, codes(parts, seen.exact, seen.lower, separators), seen.prefixes)
    return [
        match_type(start + offset, end + offset, text[start:end], *targets[spelling])
        for start, end, spelling in zip(flat[0::3], flat[1::3], flat[2::3], strict=True)
        if start < below
    ]


try:
    from glossary._scan import scan
except ImportError:  # a source checkout that was not built: the same, in Python
    scan = python_scan
