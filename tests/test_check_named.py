"""What a mismatch says stands in a term's place: another name of the term's own kind, about
where the source has the term; a translator's addition (a word of another kind, a part of
the term's own English) is not named, the term's English is only said to be missing."""

import re

import pytest
from check_helpers import default_check
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.match import Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")

TRADE = [
    Entry("AS", "US", kind="acronym"),
    Entry("Amerika Serikat", "United States", kind="place", alternatives=["US"]),
    Entry("Jepang", "Japan", kind="place"),
    Entry("Bank Dunia", "World Bank", kind="organisation"),
    Entry("Sri Mulyani", "Sri Mulyani", kind="person"),
    Entry("Menteri Negara", "State Minister", kind="title"),
    Entry("Menteri Perdagangan", "Trade Minister", kind="title"),
    Entry("lelang", "auction"),
]
SOURCE = ["Ekspor ke AS naik 5 persen pada Maret, kata kepala biro itu."]


@pytest.fixture
def trade():
    return Matcher(TRADE)


def test_another_place_where_an_acronym_of_a_place_was_is_named(tmp_path, trade):
    """``AS`` spells out a place ("US"): "Japan" in its place is a wrong rendering, named."""
    wrong = ["Exports to Japan rose 5 percent in March, the bureau chief said."]
    [finding] = default_check(tmp_path, trade, SOURCE, wrong)
    assert finding.term == "AS"
    assert finding.message.endswith("'Japan' stands there")


@pytest.mark.parametrize(
    "instead", ["the World Bank", "Sri Mulyani", "the auction", "Japanese buyers"]
)
def test_english_of_another_kind_in_a_places_stead_is_not_named(tmp_path, trade, instead):
    """A body, a person, a general word or a demonym where ``AS`` was: the finding stands,
    but English news adds such words beside a term ("Lukita, Bappenas deputy head, said"
    for ``kata Lukita di Gedung Depkeu``), so it does not say they render the term."""
    wrong = [f"Exports to {instead} rose 5 percent in March, the bureau chief said."]
    found = default_check(tmp_path, trade, SOURCE, wrong)
    assert [f.term for f in found] == ["AS"]
    assert "stands there" not in found[0].message


def test_a_part_of_the_terms_own_english_is_not_named(tmp_path, trade):
    """ "Minister" of "State Enterprises Minister" is the term split by another word, not a
    wrong rendering of ``Menteri Negara``."""
    source = ["Menteri Negara BUMN Sofyan Djalil mengatakan laba naik."]
    english = ["State Enterprises Minister Sofyan Djalil said profit rose."]
    assert all(
        "'Minister' stands there" not in f.message
        for f in default_check(tmp_path, trade, source, english)
    )


def test_another_title_that_shares_a_word_with_the_terms_is_named(tmp_path, trade):
    """ "Trade Minister" for ``Menteri Negara``: another title, though it ends in the same
    "Minister"."""
    source = ["Laba naik, kata Menteri Negara Sofyan Djalil."]
    [finding] = default_check(
        tmp_path, trade, source, ["Profit rose, Trade Minister Sofyan Djalil said."]
    )
    assert finding.term == "Menteri Negara"
    assert finding.message.endswith("'Trade Minister' stands there")


WORDS = ["Japan", "the", "World", "Bank", "auction", "rose", "Sri", "Mulyani", "US", "exports"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_a_named_stand_in_is_written_in_the_english(tmp_path_factory, words):
    """Whatever the English, what a finding says stands there is words of it."""
    english = " ".join(words) + "."
    found = default_check(tmp_path_factory.mktemp("named"), Matcher(TRADE), SOURCE, [english])
    for finding in found:
        for named in re.findall(r"'([^']*)' stands there", finding.message):
            assert named in english
