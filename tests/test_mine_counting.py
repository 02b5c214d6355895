"""The miner's tally: counts and lines of n-grams and runs, the same with the compiled
twin of its line loop (``_speedups.add_line``) as with the Python one."""

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
    counting._add_ngrams(grams, stretch, no_start)
    assert grams == ["krisis", "krisis keuangan", "krisis keuangan global", "keuangan", "global"]
    assert stretch == [] and no_start == []


def test_runs_titles_places_nicknames_and_pairs_are_noted():
    tally = tally_of(
        "Juru bicara Kremlin Dmitry Peskov tiba di Jakarta.\n"
        "Joko Widodo, yang akrab disapa Jokowi, bertemu Badan Pengawas Pemilu (Bawaslu).\n"
        "Hal itu dikatakan George W. Bush kemarin.\n"
    )
    assert tally.titled["Kremlin Dmitry Peskov"] == 1 and tally.placed["Jakarta"] == 1
    assert tally.nicknames[("Joko Widodo", "Jokowi")] == 1
    assert tally.pairs[("Bawaslu", "Badan Pengawas Pemilu")] == 1
    assert "George W. Bush" in tally.runs


def table(tally: counting.Tally, name: str) -> object:
    found = getattr(tally, name)
    return as_lists(found) if name in ("ngrams", "runs") else found


TALLIED = ("ngrams", "runs", "initials", "surfaces", "pairs", "nominal", "nicknames")
TALLIED += ("titled", "placed", "words", "tokens")
PIECES = (
    "Korea Utara Presiden Joko Widodo juru bicara Kremlin di ke dan bin para seorang"
    " sanksi ekonomi krisis keuangan global menekan kata tersangka terdakwa harganya"
    " W. Bush beritajakarta.com (Bawaslu) Badan Pengawas Pemilu yang akrab disapa Jokowi"
    " Rp10.000 15% 2024 ke-10 . , ; : ! ? “ ” ( ) - Sdr. KOMPAS.com Perampok Bank"
).split()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join), max_size=8))
def test_both_twins_tally_a_text_alike(lines):
    """Everything the tally keeps, the same from either twin, types included (an int for
    one line, an array of them for more)."""
    assert_twins_agree(lines)


# Letters beyond ASCII, a combining accent (no letter), digits, stops and commas: what a
# word's chunk is tested for (all letters, or letters and one closing stop).
CHUNK_CHARACTERS = "aZéñİßа\u0301\u00ad09.,;!?)-'’“ "


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=CHUNK_CHARACTERS, max_size=30), max_size=6))
def test_both_twins_split_any_chunk_alike(lines):
    """Chunks of any letters (Motéñ, İstanbul), with a combining accent, a soft hyphen or a
    digit inside, or a stop after them: the compiled test of a chunk's letters is
    ``str.isalpha``."""
    assert_twins_agree(lines)


def assert_twins_agree(lines: list[str]) -> None:
    text = "\n".join(lines)
    tallies = {}
    for name in (scan.PYTHON, scan.COMPILED):
        if name not in counting.ADD_LINE:
            pytest.skip("the compiled module is not built")
        tally = counting.Tally()
        for i, line in enumerate(lines):
            if line:
                counting.ADD_LINE[name](tally, line, i + 1)
        tally.add_document(Document(path="doc.txt", text=text))
        tallies[name] = tally
    python, compiled = tallies[scan.PYTHON], tallies[scan.COMPILED]
    for name in TALLIED:
        assert table(compiled, name) == table(python, name), name
    for name in ("ngrams", "runs"):
        kinds = {k: type(v[1]) for k, v in getattr(python, name).items()}
        assert {k: type(v[1]) for k, v in getattr(compiled, name).items()} == kinds
    assert all(isinstance(v[1], int | array) for v in compiled.ngrams.values())
