"""A third trial article, education and government news: a ministry's title made another
ministry's by a word before the alternative it ends in ("Higher Education Minister" for
``Menteri Pendidikan Dasar dan Menengah``, whose alternative is "Education Minister"),
while a place an English title adds ("the Japanese Prime Minister" for ``Perdana
Menteri``) is the translator's detail, not another office."""

import pytest
from check_helpers import default_check

from glossary.match import Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")

ENTRIES = [
    Entry(
        "Menteri Pendidikan Dasar dan Menengah",
        "Minister of Primary and Secondary Education",
        kind="title",
        alternatives=["Primary and Secondary Education Minister", "Education Minister"],
    ),
    Entry(
        "Menteri Pendidikan Tinggi, Sains, dan Teknologi",
        "Minister of Higher Education, Science and Technology",
        kind="title",
        alternatives=["Higher Education Minister"],
    ),
    Entry("Perdana Menteri", "Prime Minister", kind="title"),
    Entry("Perdana Menteri Jepang", "Japanese Prime Minister", kind="title"),
    Entry("Jepang", "Japan", kind="place", alternatives=["Japanese"]),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("sistem zonasi", "zoning system"),
]

SOURCE = [
    "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti akan mengevaluasi sistem zonasi.",
    "Perdana Menteri mengunjungi Jakarta pekan lalu.",
    "Ia menyebut Menteri Pendidikan Dasar dan Menengah sudah menerima laporan itu.",
]
RIGHT = [
    "Primary and Secondary Education Minister Abdul Mu'ti will evaluate the zoning system.",
    "The Japanese Prime Minister visited Jakarta last week.",
    "He said the Education Minister had received the report.",
]
ERRORS = {
    1: (
        "Primary and Secondary Education Minister",
        "Higher Education Minister",
        "Menteri Pendidikan Dasar dan Menengah",
    ),
    3: (
        "the Education Minister",
        "the Higher Education Minister",
        "Menteri Pendidikan Dasar dan Menengah",
    ),
}


@pytest.fixture
def matcher():
    return Matcher(ENTRIES)


def test_the_correct_english_has_no_finding(tmp_path, matcher):
    assert default_check(tmp_path, matcher, SOURCE, RIGHT) == []


@pytest.mark.parametrize("line", sorted(ERRORS))
def test_another_ministry_is_found_on_its_line_for_its_term(tmp_path, matcher, line):
    right, wrong, term = ERRORS[line]
    english = list(RIGHT)
    english[line - 1] = english[line - 1].replace(right, wrong)
    findings = default_check(tmp_path, matcher, SOURCE, english)
    assert [(f.line, f.term, f.severity) for f in findings] == [(line, term, "error")]
    assert "Higher Education Minister" in findings[0].message
