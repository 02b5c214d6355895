"""The matcher's inner loop: the compiled scanner gives exactly what the Python one gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import scan
from glossary.match import Match, Matcher
from glossary.store import Entry

if scan.COMPILED not in scan.SCANS:
    pytest.skip("the compiled scanner is not built", allow_module_level=True)
compiled = scan.speedups

MATCHER = Matcher(
    [
        Entry("Korea Utara", "North Korea", variants=["Korut"]),
        Entry("Korea", "Korea"),
        Entry("AS", "US"),
        Entry("as", "axle"),
        Entry("sanksi", "sanctions"),
        Entry("keringanan sanksi", "sanctions relief"),
        Entry("Kim Jong Un", "Kim Jong Un", variants=["Kim Jong-un"]),
        Entry("Barat", "the West"),
        Entry("Jawa Barat", "West Java"),
        Entry("luar negeri", "foreign affairs"),
        Entry("negara berkembang", "developing country"),
        Entry("İstanbul", "Istanbul"),
        Entry("Ma'ruf Amin", "Ma'ruf Amin"),
        Entry("protein protein", "protein-protein"),
        Entry("protein", "protein"),
        Entry("dana", "funds"),
        Entry("dananya", "its funds"),
    ]
)
WORDS = (
    "Korea Utara KOREA utara Korut AS as As sanksi Sanksi SANKSI sanksinya sanksilah keringanan "
    "Kim Jong Un un Un UN Barat barat Jawa luar negeri negerinya negara berkembang İstanbul "
    "istanbul Ma ruf Amin protein Protein dana dananya Dananya kimia ASEAN x_y 2024 café"
).split()
SEPARATORS = [" ", " ", "  ", "\n", " \n ", "\n\n", "-", "\u2010", "'", "\u2019", ", ", ".", "\t"]


@st.composite
def texts(draw) -> str:
    parts = []
    for word in draw(st.lists(st.sampled_from(WORDS), max_size=40)):
        parts += [draw(st.sampled_from(SEPARATORS)), word]
    return "".join(parts) + draw(st.sampled_from(["", ".", " "]))


def both(text: str, below: int | None = None) -> tuple[list, list]:
    arguments = (text, MATCHER.tables, MATCHER.targets, 7, len(text) if below is None else below)
    arguments += (Match,)
    return scan.SCANS[scan.COMPILED](*arguments), scan.SCANS[scan.PYTHON](*arguments)


@settings(max_examples=300, deadline=None)
@given(texts())
def test_the_compiled_scanner_finds_what_the_python_one_finds(text):
    fast, reference = both(text)
    assert fast == reference
    assert all(type(m) is Match for m in fast)


@settings(max_examples=100, deadline=None)
@given(texts(), st.integers(0, 200))
def test_both_stop_at_the_same_place(text, below):
    fast, reference = both(text, below)
    assert fast == reference


def test_the_compiled_tables_are_read_with_the_same_code_width():
    assert compiled.BITS == scan.BITS


def test_examples_of_every_rule():
    fast, _ = both("KOREA UTARA, Kim Jong-un dan Dananya di istanbul; protein-protein sanksinya")
    assert [(m.text, m.form) for m in fast] == [
        ("KOREA UTARA", "Korea Utara"),
        ("Kim Jong-un", "Kim Jong Un"),  # the preferred form wins a tie
        ("Dananya", "dananya"),
        ("protein-protein", "protein protein"),
        ("sanksinya", "sanksi"),
    ]
    assert fast[0].start == 7  # the offset is added


def test_words_learnt_by_the_compiled_scanner_have_their_packed_codes():
    shared = MATCHER.tables
    tables = scan.Tables(shared.exact, shared.lower, shared.separators, shared.trie)
    compiled.scan(" ".join(WORDS * 3), tables, MATCHER.targets, 0, 10**6, Match)
    words, separators = tables.compiled
    learnt = dict(words.items())
    assert set(learnt) == set(WORDS) and len(words) == len(set(WORDS))
    assert dict(separators.items()) == {}  # single spaces are known without a memory
    for word, packed in learnt.items():
        assert packed == scan.pack(scan.word_codes(word, shared.exact, shared.lower))


def test_the_memory_of_words_is_bounded(monkeypatch):
    shared = MATCHER.tables
    tables = scan.Tables(shared.exact, shared.lower, shared.separators, shared.trie)
    monkeypatch.setattr(scan.Tables, "LIMIT", 3)
    arguments = (tables, MATCHER.targets, 0, 10**6, Match)
    text = "sanksi dan Korea Utara serta AS, lagi sanksi"
    assert compiled.scan(text, *arguments) == scan.python_scan(text, *arguments)
    assert len(tables.compiled[0]) == 3 and len(tables.compiled[1]) == 1  # ", "


@settings(max_examples=100, deadline=None)
@given(texts(), st.integers(16, 80))
def test_both_find_the_same_in_blocks_of_any_size(text, block_size):
    text *= 4
    found = {
        name: MATCHER.configured(block_size, name).find(text)
        for name in (scan.PYTHON, scan.COMPILED)
    }
    assert found[scan.COMPILED] == found[scan.PYTHON] == MATCHER.find(text)


def test_a_stale_compiled_module_is_not_used(monkeypatch):
    monkeypatch.setattr(compiled, "INTERFACE", scan.INTERFACE - 1)
    assert scan._compiled_module() is None
    monkeypatch.setattr(compiled, "INTERFACE", scan.INTERFACE)
    assert scan._compiled_module() is compiled


def test_a_block_that_ends_exactly_at_the_end_of_the_text_is_not_the_last():
    """Its cut comes before the end: the matches after the cut belong to the next block
    (found by hypothesis: 38 matches lost at block size 17)."""
    line = " Korea Korea AS  sanksi \n sanksinya-ruf-Korea Korea Korea Korea  AS  Amin  protein."
    text = line * 4
    for name in (scan.PYTHON, scan.COMPILED):
        if name in scan.SCANS:
            assert MATCHER.configured(17, name).find(text) == MATCHER.find(text)
