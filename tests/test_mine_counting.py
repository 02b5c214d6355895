"""The miner's tally: counts and lines of n-grams and runs, the same with the compiled
twins of its inner loops (``_speedups.count``, ``add_ngrams``) as with the Python ones."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import scan
from glossary.mine import counting
from glossary.text import Document

pytestmark = pytest.mark.usefixtures("implementation")

NEWS = (
    "Pemerintah menjatuhkan sanksi ekonomi kepada Korea Utara.\n"
    "Sanksi ekonomi itu dibahas Dewan Keamanan PBB di New York.\n"
    "Krisis keuangan global menekan harga minyak mentah, kata Menteri Keuangan Sri Mulyani.\n"
    "Sanksi ekonomi dan krisis keuangan global dibahas lagi.\n"
)


def tally_of(*texts: str) -> counting.Tally:
    tally = counting.Tally()
    for i, text in enumerate(texts):
        tally.add_document(Document(path=f"doc{i}.txt", text=text))
    return tally


def as_lists(table: dict[str, list]) -> dict[str, tuple[int, list[int]]]:
    """Counts and lines, whatever holds the lines (one int, or an array of them)."""
    return {
        key: (n, [refs] if isinstance(refs, int) else list(refs))
        for key, (n, refs) in table.items()
    }


def test_ngrams_are_counted_with_their_lines():
    tally = tally_of(NEWS, NEWS)
    ngrams = as_lists(tally.ngrams)
    doc0, doc1 = 0, 1 << counting.LINE_BITS
    lines = [doc | n for doc in (doc0, doc1) for n in (1, 2, 4)]
    assert ngrams["sanksi ekonomi"] == (6, lines)
    assert ngrams["krisis keuangan global"] == (4, [doc0 | 3, doc0 | 4, doc1 | 3, doc1 | 4])
    assert "keuangan global menekan" not in ngrams  # menekan: a verb ends the stretch
    assert as_lists(tally.runs)["Dewan Keamanan PBB"] == (2, [doc0 | 2, doc1 | 2])


def test_a_term_twice_on_a_line_notes_the_line_once():
    tally = tally_of("Sanksi demi sanksi, sanksi lagi.\nSanksi baru.")
    count, refs = tally.ngrams["sanksi"]
    assert count == 4 and list(refs) == [1, 2]


def test_a_word_that_starts_no_term_starts_no_ngram():
    grams: list[str] = []
    stretch, no_start = ["krisis", "keuangan", "global"], [False, True, False]
    counting.ADD_NGRAMS[scan.IMPLEMENTATION](grams, stretch, no_start, counting.MAX_WORDS)
    assert grams == ["krisis", "krisis keuangan", "krisis keuangan global", "keuangan", "global"]
    assert stretch == [] and no_start == []


words = st.sampled_from(["sanksi", "ekonomi", "krisis", "keuangan", "global", "harga", "minyak"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.lists(words, max_size=9), st.integers(1, 4)), max_size=12),
    st.integers(1, 5),
)
def test_both_twins_count_alike(lines, max_words):
    """Line after line of n-grams into one table: the same counts, the same lines, the same
    types (an int for one line, an array of them for more)."""
    if scan.IMPLEMENTATION == scan.PYTHON:
        return  # compared once, from the compiled side
    tables: list[dict] = [{}, {}]
    for number, (stretch, starts) in enumerate(lines):
        no_start = [i % starts == 1 for i in range(len(stretch))]
        for table, name in zip(tables, (scan.PYTHON, scan.COMPILED), strict=True):
            grams: list[str] = []
            counting.ADD_NGRAMS[name](grams, list(stretch), list(no_start), max_words)
            counting.COUNTS[name](table, grams, number // 2)
    python, compiled = tables
    assert compiled == python
    assert {k: type(v[1]) for k, v in compiled.items()} == {
        k: type(v[1]) for k, v in python.items()
    }
    assert all(isinstance(v[1], int | array) for v in compiled.values())
