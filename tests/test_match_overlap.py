"""A lower-case term as long or longer that a match's later words start wins over it
(issue 14): ``Bauran energi baru dan terbarukan`` is the mix of new and renewable energy.

Every test runs on both implementations of the scan (conftest's ``implementation``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import scan
from glossary.match import Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")

MATCHER = Matcher(
    [
        Entry("bauran energi", "energy mix"),
        Entry("energi baru dan terbarukan", "new and renewable energy"),
        Entry("harga minyak", "oil price"),
        Entry("minyak sawit mentah", "crude palm oil"),
        Entry("minyak goreng", "cooking oil"),
        Entry("harga", "price"),
        Entry("terbarukan", "renewable"),
        Entry("Bank Dunia", "World Bank", kind="organisation"),
        Entry("dunia usaha", "business community"),
        Entry("defisit anggaran", "budget deficit"),
        Entry("Anggaran Pendapatan dan Belanja Negara", "state budget", kind="organisation"),
        Entry("calon presiden", "presidential candidate"),
        Entry("Presiden Amerika Serikat", "US President", kind="title"),
        Entry("kepala dinas", "agency head", kind="title"),
        Entry("Dinas Sumber Daya Air", "Water Resources Agency", kind="organisation"),
        Entry("dinas kesehatan", "health agency", kind="organisation"),
    ]
)


def found(text: str, matcher: Matcher = MATCHER) -> list[str]:
    result = matcher.find(text)
    for m in result:
        assert text[m.start : m.end] == m.text
    return [m.text for m in result]


def test_the_longer_term_on_the_right_wins():
    assert found("Bauran energi baru dan terbarukan naik") == ["energi baru dan terbarukan"]


def test_a_term_as_long_wins_and_the_words_left_of_it_stay_unglossed():
    assert found("harga minyak goreng naik") == ["minyak goreng"]
    assert found("harga minyak sawit mentah turun") == ["minyak sawit mentah"]
    assert found("harga naik") == ["harga"]


def test_a_shorter_term_on_the_right_does_not_win():
    assert found("harga minyak sawit") == ["harga minyak"]


def test_a_match_the_longer_term_swallows_is_given_up_and_the_rest_found_again():
    text = "bauran energi baru dan terbarukan terbarukan"
    assert found(text) == ["energi baru dan terbarukan", "terbarukan"]


def test_only_lower_case_terms_take_part():
    # Bank Dunia is a name: dunia usaha after it does not break it up
    assert found("Bank Dunia usaha kecil") == ["Bank Dunia"]


def test_a_longer_name_written_after_a_lower_case_word_wins():
    # the capital says where the name starts: the deficit of the state budget
    text = "defisit Anggaran Pendapatan dan Belanja Negara naik"
    assert found(text) == ["Anggaran Pendapatan dan Belanja Negara"]


def test_a_name_does_not_win_where_the_text_gives_no_boundary():
    # after a capitalised word (a sentence's first, a headline) the capital says nothing
    text = "Defisit Anggaran Pendapatan dan Belanja Negara naik"
    assert found(text)[0] == "Defisit Anggaran"
    assert found("defisit anggaran naik") == ["defisit anggaran"]


def test_a_name_the_text_writes_in_lower_case_does_not_win():
    # a title may be written in lower case, but then no capital marks where it starts
    assert found("calon presiden Amerika Serikat")[0] == "calon presiden"
    assert found("calon Presiden Amerika Serikat") == ["Presiden Amerika Serikat"]


def test_a_body_named_on_a_titles_last_word_wins_after_its_capital():
    # Kepala Dinas Sumber Daya Air: the head of the Water Resources Agency
    assert found("Kepala Dinas Sumber Daya Air tiba") == ["Dinas Sumber Daya Air"]
    assert found("kepala Dinas Sumber Daya Air tiba") == ["Dinas Sumber Daya Air"]
    # a lower-case body wins as any lower-case term does; a shorter name does not
    assert found("Kepala Dinas Kesehatan tiba") == ["Dinas Kesehatan"]
    assert found("Kepala Dinas Sumber tiba") == ["Kepala Dinas"]
    # a title that ends in no body's word keeps the capitalised name after it its own
    assert found("Calon Presiden Amerika Serikat") == ["Calon Presiden"]


WORDS = [
    "bauran",
    "energi",
    "baru",
    "dan",
    "terbarukan",
    "harga",
    "minyak",
    "sawit",
    "mentah",
    "defisit",
]
WORDS += ["anggaran", "Anggaran", "Pendapatan", "Belanja", "Negara"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.integers(16, 64))
def test_matches_are_ordered_apart_and_do_not_depend_on_the_block_size(words, block):
    text = " ".join(words)
    whole = MATCHER.find(text)
    assert all(a.end <= b.start for a, b in zip(whole, whole[1:], strict=False))
    assert all(text[m.start : m.end] == m.text for m in whole)
    assert MATCHER.configured(block_size=block).find(text) == whole


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "3G", "AS", "Bank Dunia", "dunia usaha"]), min_size=1))
def test_each_spelling_is_marked_lower_case_or_name_as_its_form_is(words):
    """The table built at C speed says what each target's form is: LOWER for a lower-case
    form (HEAD for a title's ending in a body's word), NAME for one that starts with a
    capital, 0 otherwise."""
    entries = [Entry(w, w.upper()) for w in dict.fromkeys(words)]
    matcher = Matcher([*entries, Entry("kepala dinas", "agency head", kind="title")])
    expected = bytes(
        scan.HEAD
        if form == "kepala dinas"
        else scan.LOWER
        if form.islower()
        else scan.NAME
        if form[:1].isupper()
        else 0
        for _, form, _ in matcher.targets
    )
    assert matcher.tables.overlapping == expected
