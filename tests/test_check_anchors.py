"""Where a missing term stands in its English, placed by what both lines write alike
(``glossary.check.anchors``), so that a word in its place is found on long or reordered
lines and nothing is read into the rest of the line."""

import pytest
from check_helpers import default_check
from hypothesis import given
from hypothesis import strategies as st

from glossary.check.anchors import english_place, shared
from glossary.match import Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")

ENTRIES = [
    Entry("direktur utama", "President Director", kind="title", variants=["Dirut"]),
    Entry("Indonesia", "Indonesia", kind="place", alternatives=["Indonesian"]),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("tebu", "sugarcane"),
    Entry("modal", "capital"),
    Entry("jaringan", "network"),
]

# The title opens the Indonesian; the English moves the attribution to the end.
SOURCE = [
    "Dirut BNI Gatot Suwondo di Jakarta, Jumat, mengatakan bahwa bank itu akan menambah"
    " modal menjadi Rp4,5 triliun pada tahun depan untuk memperluas jaringan kantornya"
    " di seluruh wilayah Indonesia."
]
ENGLISH = (
    "The bank plans to raise its capital to Rp4.5 trillion next year to expand its network"
    " of offices across Indonesia, Bank BNI President Director Gatot Suwondo said here Friday."
)


@pytest.fixture
def matcher():
    return Matcher(ENTRIES)


def test_numbers_and_names_both_lines_write_once_are_shared():
    """``Rp4,5`` is "Rp4.5"; a sentence's first word ("The") is no name."""
    source, english = SOURCE[0], ENGLISH
    points = dict(shared(source, english))
    assert points[source.index("Gatot")] == english.index("Gatot")
    assert points[source.index("4,5")] == english.index("4.5")
    assert all(english[at : at + 3] != "The" for at in points.values())


def test_a_term_is_placed_by_the_shared_name_beside_it():
    """``Dirut`` opens the source, but stands before "Gatot" near the English's end."""
    source = SOURCE[0]
    title = ENGLISH.index("President Director") / len(ENGLISH)
    assert abs(english_place((0, 5), source, ENGLISH) - title) < 0.1


@given(st.text(max_size=60), st.text(max_size=60), st.integers(0, 59))
def test_a_place_is_a_share_of_the_line(source, english, start):
    start = min(start, len(source))
    place = english_place((start, start), source, english)
    assert 0.0 <= place <= 1.0


def test_no_shared_point_leaves_the_terms_share_of_the_source():
    assert english_place((10, 15), "x" * 100, "y" * 50) == 0.1


def test_a_wrong_rendering_where_the_english_moved_the_term_is_found(tmp_path, matcher):
    assert default_check(tmp_path, matcher, SOURCE, [ENGLISH]) == []
    wrong = ENGLISH.replace("President Director", "sugarcane")
    [finding] = default_check(tmp_path, matcher, SOURCE, [wrong])
    assert (finding.kind, finding.term) == ("mismatch", "direktur utama")
    assert "stands there" not in finding.message  # a general word: not named


def test_a_frequent_word_at_the_guessed_place_stands_in_for_nothing(tmp_path, matcher):
    """At a place only the shared points give, "capital" may render what the source says
    otherwise: only a rare word there is a wrong rendering."""
    condensed = ENGLISH.replace("President Director", "capital")
    assert default_check(tmp_path, matcher, SOURCE, [condensed]) == []


def test_a_term_said_twice_is_checked_where_each_is_said(tmp_path, matcher):
    """Both ``Indonesia`` of a long line replaced: one finding, for that term."""
    source = [
        "Menurut Gatot Suwondo, ekonomi Indonesia tumbuh 6,3 persen pada 2007 sehingga bank"
        " itu akan memperluas jaringan kantornya ke seluruh wilayah Indonesia pada 2008."
    ]
    english = (
        "Indonesia's economy grew 6.3 percent in 2007, so the bank would expand its network"
        " of offices across Indonesia in 2008, Gatot Suwondo said."
    )
    assert default_check(tmp_path, matcher, source, [english]) == []
    wrong = english.replace("Indonesia", "sugarcane")
    [finding] = default_check(tmp_path, matcher, source, [wrong])
    assert (finding.kind, finding.term) == ("mismatch", "Indonesia")
