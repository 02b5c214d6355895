"""The dictionary's word-by-word compositions, on a small reversed dictionary."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from glossary.store import Entry
from glossary.suggest.freedict import _collapsed, _dictionary_one

# Indonesian -> [English headword, part of speech, sense number, place, list size, marked]
REVERSE = {
    "divisi": [["division", "n", 0, 0, 1, 0]],
    "klasemen": [["league table", "n", 0, 0, 1, 0]],
    "liga": [["league", "n", 0, 0, 1, 0]],
    "dua": [["two", "num", 0, 0, 1, 0]],
}


def test_a_noun_numbered_by_a_cardinal_takes_the_ordinal():
    """``divisi dua`` is the second division (or division two), never "two division"."""
    (found,) = _dictionary_one(Entry("divisi dua"), REVERSE)
    assert found.english == "second division"
    assert found.related == ("division two",)


def test_a_composition_says_no_word_twice_in_a_row():
    """``klasemen liga``: "league table" and "league" make the league table."""
    (found,) = _dictionary_one(Entry("klasemen liga"), REVERSE)
    assert found.english == "league table"


@given(st.lists(st.sampled_from(["league", "League", "table", "two", "division"]), max_size=6))
def test_collapsing_leaves_no_word_twice_in_a_row_and_keeps_the_order(words):
    collapsed = _collapsed(" ".join(words)).split()
    assert all(a.lower() != b.lower() for a, b in zip(collapsed, collapsed[1:], strict=False))
    assert [w.lower() for w in collapsed] == [
        w.lower() for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()
    ]
