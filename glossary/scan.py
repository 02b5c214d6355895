"""The matcher's inner loop: the codes of a text's words, and the longest-leftmost matches.

``glossary.match`` turns a glossary into spellings: strings of one-character codes,
word, separator, word... (its docstring gives the rules they encode). Here the
spellings become a trie whose steps, (node, separator code, word code) -> node, live in
a flat open-addressing hash table, and texts are read against it. ``python_scan`` is
the reference; ``glossary/_speedups.pyx`` has the same loop in Cython, built on install and
used when present (the tests hold the two to the same results).

Which of the twins runs is chosen once, here, at import: ``$GLOSSARY_IMPLEMENTATION``
is ``auto`` (the compiled module when it is built and current, the default), ``compiled``
(that module or an ImportError) or ``python``. ``IMPLEMENTATION`` says which was
chosen; ``glossary --version`` prints it.
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Iterable
from types import ModuleType

WORDS = re.compile(r"(\w+)")  # split() gives separator, word, separator, ..., separator
BITS = 21  # a code (a character's ordinal) fits in 21 bits
_MASK = (1 << BITS) - 1
_GOLDEN = 0x9E3779B97F4A7C15  # Fibonacci hashing
# Tables.overlapping's values besides 0; HEAD is a LOWER form too (its bit set)
LOWER, NAME, HEAD = 1, 2, 5
_WORD64 = (1 << 64) - 1


def pack(codes: Iterable[str]) -> int:
    """Up to three one-character codes in one int, the first in the lowest bits."""
    packed = 0
    for k, code in enumerate(codes):
        packed |= ord(code) << (BITS * k)
    return packed


def step_key(node: int, join: int, code: int) -> int:
    """The hash-table key of the step from ``node`` over a separator and a word."""
    return (node << (2 * BITS)) | (join << BITS) | code


def slot(key: int, bits: int) -> int:
    """Where a key's search starts in a table of ``2 ** bits`` slots."""
    return ((key * _GOLDEN) & _WORD64) >> (64 - bits)


class Trie:
    """Spellings as a trie. The root is node 0; ``roots[code]`` is the node after a first
    word of that code (-1: none); ``accept[node]`` is the spelling a node completes (-1:
    none) and ``more[node]`` whether any step leaves it. The other steps are in
    ``steps``, an open-addressing table of (key, node) pairs with linear probing (key 0:
    empty), a pair in one cache line. All are bytes: they pickle and load at once, and
    C reads them in place."""

    def __init__(self, spellings: list[str]) -> None:
        steps: dict[int, int] = {}
        roots: dict[int, int] = {}
        accept, more = [-1], [0]
        for number, spelling in enumerate(spellings):
            node = 0
            for i in range(0, len(spelling), 2):
                code = ord(spelling[i])
                table, key = (
                    (steps, step_key(node, ord(spelling[i - 1]), code)) if i else (roots, code)
                )
                child = table.get(key)
                if child is None:
                    child = table[key] = len(accept)
                    accept.append(-1)
                    more.append(0)
                    more[node] = 1
                node = child
            accept[node] = number
        if len(accept) >= 1 << (64 - 2 * BITS):
            raise ValueError("glossary too large for the matcher's tables")
        self.bits = max(4, (2 * len(steps)).bit_length())  # at most half full
        pairs = [0] * (2 << self.bits)
        for key, child in steps.items():
            at = slot(key, self.bits)
            while pairs[2 * at]:
                at = (at + 1) & ((1 << self.bits) - 1)
            pairs[2 * at : 2 * at + 2] = key, child
        first = [-1] * (max(roots, default=0) + 1)
        for code, child in roots.items():
            first[code] = child
        self.steps = array("Q", pairs).tobytes()
        self.roots = array("i", first).tobytes()
        self.accept = array("i", accept).tobytes()
        self.more = bytes(more)

    def step(self, node: int, join: int, code: int) -> int:
        """The node after ``node`` over separator ``join`` and word ``code``; -1 if none
        (from the root, ``join`` is 0)."""
        if not node:
            roots = memoryview(self.roots).cast("i")
            return roots[code] if code < len(roots) else -1
        pairs = memoryview(self.steps).cast("Q")
        key = step_key(node, join, code)
        at = slot(key, self.bits)
        while pairs[2 * at]:
            if pairs[2 * at] == key:
                return pairs[2 * at + 1]
            at = (at + 1) & ((1 << self.bits) - 1)
        return -1

    def spelling(self, codes: Iterable[str]) -> int:
        """The spelling that a whole reading (word, separator, ..., word codes) is; -1 if none."""
        codes = list(codes)
        node = 0
        for i in range(0, len(codes), 2):
            node = self.step(node, ord(codes[i - 1]) if i else 0, ord(codes[i]))
            if node < 0:
                return -1
        return memoryview(self.accept).cast("i")[node] if codes else -1


def word_codes(word: str, exact: dict, lower: dict) -> tuple[str, ...]:
    """The codes a text word stands for: its exact spelling's (when a case-sensitive form
    uses it), its lower case's as a word, and as a word with a clitic."""
    found = (exact.get(word), *lower.get(word.lower(), (None, None)))
    return tuple(code for code in found if code)


class Tables:
    """What a scan reads a text with: the alphabet's word and separator tables, the trie,
    ``overlapping`` (a byte per spelling: ``LOWER`` for the matcher's lower-case forms, which a term
    on their right may win over; ``NAME`` for forms that start with a capital, which win over a
    lower-case match where the text writes them with it after a word in lower case: ``defisit
    Anggaran Pendapatan dan Belanja Negara`` is the deficit of the state budget, not a ``defisit
    anggaran`` followed by the rest of a name; ``HEAD`` for a lower-case title ending in a body's
    word, which a name starting on that word wins over also after a capital: ``Kepala Dinas
    Sumber Daya Air`` is the head of the Water Resources Agency, not an ``agency head`` followed
    by the rest of a name), and ``compiled``, the compiled scan's memories of
    the words and separators it met (``_speedups.Memory``; None until its first scan)."""

    LIMIT = 1 << 20  # words (or separators) a memory keeps; more are worked out each time

    def __init__(self, exact: dict, lower: dict, separators, trie: Trie) -> None:
        self.exact, self.lower, self.separators, self.trie = exact, lower, separators, trie
        self.overlapping = b""
        self.compiled = None


def python_scan(
    text: str, tables: Tables, targets: list, offset: int, below: int, match_type
) -> list:
    """The longest-leftmost matches of ``text`` that start before ``below``, as
    ``match_type(start + offset, end + offset, surface, *targets[spelling])``. Of two
    matches of one length, the lower-numbered spelling wins. Where a later word of a
    match of a lower-case spelling starts another, as long or longer, that reaches past
    it (lower-case too, or a name written after a lower-case word: ``Tables``), that one
    wins and the words before it stay unmatched (``bauran energi baru dan terbarukan``:
    ``energi baru dan terbarukan``; ``glossary.match``)."""
    parts = WORDS.split(text)
    codes = [[ord(c) for c in word_codes(w, tables.exact, tables.lower)] for w in parts[1::2]]
    joins = [[ord(c) for c in tables.separators[s] or ()] for s in parts[2:-1:2]]
    starts = []
    position = 0
    for i, part in enumerate(parts):
        if i % 2:
            starts.append((position, position + len(part)))
        position += len(part)
    trie = tables.trie
    accept = memoryview(trie.accept).cast("i")
    overlapping = tables.overlapping

    def longest(i: int) -> tuple[int, int]:
        """The last word and spelling of the longest match from word ``i`` (-1: none)."""
        last, best = -1, 0
        pending = [(0, i - 1, [0], codes[i])]  # (node, word before, joins, codes)
        while pending:
            node, j, over, then = pending.pop()
            for join in over:
                for code in then:
                    child = trie.step(node, join, code)
                    if child < 0:
                        continue
                    spelling = accept[child]
                    if spelling >= 0 and (j + 1 > last or (j + 1 == last and spelling < best)):
                        last, best = j + 1, spelling
                    if trie.more[child] and j + 2 < len(codes):
                        pending.append((child, j + 1, joins[j + 1], codes[j + 2]))
        return last, best

    matches = []
    i = 0
    while i < len(codes) and starts[i][0] < below:
        last, best = longest(i)
        if last < 0:
            i += 1
            continue
        # a term as long or longer that a later word starts wins (Tables.overlapping)
        while last > i and best < len(overlapping) and overlapping[best] & LOWER:
            headed = overlapping[best] == HEAD
            for j in range(i + 1, last + 1):
                end, spelling = longest(j)
                if (
                    end > last
                    and end - j >= last - i
                    and (
                        overlapping[spelling] & LOWER
                        or overlapping[spelling] == NAME
                        and (parts[2 * j - 1][:1].islower() or headed and j == last)
                        and parts[2 * j + 1][:1].isupper()
                    )
                ):
                    i, last, best = j, end, spelling
                    break
            else:
                break
        start, end = starts[i][0], starts[last][1]
        matches.append(match_type(start + offset, end + offset, text[start:end], *targets[best]))
        i = last + 1
    return matches


# -- the implementation switch --------------------------------------------------------

IMPLEMENTATION_ENV = "GLOSSARY_IMPLEMENTATION"
INTERFACE = 9  # the version of the compiled module's functions this code calls
PYTHON, COMPILED = "python", "compiled"


def _compiled_module() -> ModuleType | None:
    """The compiled twins, or None when they are not built or were built from other code
    (a stale ``build/``: its ``INTERFACE`` differs)."""
    try:
        from glossary import _speedups
    except ImportError:
        return None
    if getattr(_speedups, "INTERFACE", None) != INTERFACE or _speedups.BITS != BITS:
        return None
    return _speedups


def _choose() -> tuple[str, ModuleType | None]:
    wanted = os.environ.get(IMPLEMENTATION_ENV, "auto").strip().lower() or "auto"
    if wanted not in ("auto", PYTHON, COMPILED):
        raise ImportError(f"${IMPLEMENTATION_ENV} must be auto, python or compiled, not {wanted!r}")
    module = None if wanted == PYTHON else _compiled_module()
    if wanted == COMPILED and module is None:
        raise ImportError(
            f"${IMPLEMENTATION_ENV}=compiled, but glossary._speedups is not built for this code"
            " (pip install -e . or make build)"
        )
    return (COMPILED if module else PYTHON), module


IMPLEMENTATION, speedups = _choose()  # read once; tests switch IMPLEMENTATION itself


def describe() -> str:
    """Which scanner runs, for ``glossary --version`` and the note on a long run."""
    if IMPLEMENTATION == COMPILED:
        return "scanner: compiled (glossary._speedups)"
    why = (
        f"${IMPLEMENTATION_ENV}=python"
        if os.environ.get(IMPLEMENTATION_ENV, "").strip().lower() == PYTHON
        else "the compiled module was not built (no C compiler at install?)"
    )
    return f"scanner: pure Python, several times slower: {why}"


SCANS = {PYTHON: python_scan}  # every implementation available, by name
if speedups is not None:
    SCANS[COMPILED] = speedups.scan
