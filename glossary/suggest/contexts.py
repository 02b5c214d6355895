"""How close each aligned line of a term is to the text's own uses of it.

A general news text is about as close to sports, economic and science reports as a whole
(``suggest.domain`` weighs them alike), yet each term is used in one sense there: the
text's ``libur`` is a school or public "holiday", where the football reports' ``libur``
lines are the "close season"; its ``RT`` is the neighbourhood unit of a city's lines, not
an economic report's. The words around the term in the text (its lines, found through the
entry's ``#:`` references to the mined file, or its example) say which aligned lines use
it the text's way: those that share its rarer words (``sekolah``, ``lebaran``), not those
that share only what every line writes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from glossary.lexicon import FUNCTION_WORDS
from glossary.store import Entry
from glossary.suggest.aligned_text import ParallelCorpus, _id_keys, _words

# The text's lines of a term read for its context, at most.
CONTEXT_LINES = 50
# What a line that shares no word of the text's context still weighs: it may be the term's
# sense all the same, worded otherwise.
CONTEXT_FLOOR = 0.3


def context_words(entry: Entry) -> frozenset[str]:
    """The content words of the text's lines that hold the term (its references read from
    the mined file; its example when they cannot be read), without the term's own words."""
    texts = [line_of(r) for r in entry.references[:CONTEXT_LINES]]
    texts = [t for t in texts if t] or [entry.example]
    own = {k for w in entry.term.split() for k in _id_keys(w)}
    return frozenset(
        key
        for text in texts
        for word in _words(text)
        if len(word) > 2 and word[:1].isalpha()
        for key in _id_keys(word)
        if key not in FUNCTION_WORDS and key not in own
    )


def closeness(
    corpus: ParallelCorpus, lines: Sequence[int], words: frozenset[str], term: str = ""
) -> dict[int, float]:
    """Each of a term's aligned lines by how much of the text's context it shares, the
    rarer words weighing more (inverse document frequency), as a share of the closest
    line's, between CONTEXT_FLOOR and 1.0; all 1.0 when no line shares any. A line that
    writes a lower-case ``term`` only capitalised has it as a name's word (``Lembaga Ilmu
    Pengetahuan Indonesia`` for ``lembaga``): never the closest to a common noun's uses."""
    total = len(corpus.source)
    shared = {
        n: sum(
            math.log(total / (1 + len(corpus.source_index.get(w, ()))))
            for w in corpus.source_words[n] & words
        )
        if not _capitalised_only(term, corpus.source[n])
        else 0.0
        for n in lines
    }
    top = max(shared.values(), default=0.0)
    if top <= 0:
        return dict.fromkeys(lines, 1.0)
    return {n: round(CONTEXT_FLOOR + (1 - CONTEXT_FLOOR) * s / top, 3) for n, s in shared.items()}


def _capitalised_only(term: str, line: str) -> bool:
    """Whether a line writes a lower-case term with capitals (``Lembaga``) and never as it
    stands."""
    capitalised = " ".join(w[:1].upper() + w[1:] for w in term.split())
    return term.islower() and capitalised in line and term not in line


def line_of(reference: str) -> str:
    """The text of a ``path:line`` reference, "" when the file cannot be read."""
    path, _, number = reference.rpartition(":")
    lines = _lines_of(path)
    return lines[int(number) - 1] if number.isdigit() and 0 < int(number) <= len(lines) else ""


@lru_cache(maxsize=4)
def _lines_of(path: str) -> tuple[str, ...]:
    try:
        return tuple(Path(path).read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return ()
