"""The place of a dateline written in capitals is glossed as the place (issue 14):
``KAIRO, KOMPAS.com -`` is Cairo, while a one-word name in capitals elsewhere stays
unmatched (it may be an acronym) and a headline's first word is no dateline."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary import render
from glossary.datelines import dateline_places
from glossary.match import Matcher
from glossary.store import Entry
from glossary.text import Document

pytestmark = pytest.mark.usefixtures("implementation")  # the judge's screen has a twin

MATCHER = Matcher(
    [
        Entry("Kairo", "Cairo", kind="place"),
        Entry("Moskow", "Moscow", kind="place"),
        Entry("Den Haag", "The Hague", kind="place"),
        Entry("Mesir", "Egypt", kind="place"),
        Entry("banjir", "flood"),
        Entry("Kompas", "Kompas", kind="organisation"),
        Entry("PAN", "National Mandate Party", kind="acronym"),
        Entry("Pandu", "Pandu", kind="person"),
    ]
)


def inline(text: str) -> str:
    return render.annotate(Document("a.txt", text), MATCHER, "inline")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KAIRO - Mesir menolak.\n", "KAIRO [Cairo] - Mesir [Egypt] menolak.\n"),
        ("MOSKOW, KOMPAS.com - Hujan.\n", "MOSKOW [Moscow], KOMPAS.com - Hujan.\n"),
        ("MOSKOW (ANTARA) - Hujan.\n", "MOSKOW [Moscow] (ANTARA) - Hujan.\n"),
        ("DEN HAAG \u2013 Sidang dibuka.\n", "DEN HAAG [The Hague] \u2013 Sidang dibuka.\n"),
        # after the headline, on the article's first line
        ("Hujan deras\n\nKAIRO - Hujan.\n", "Hujan deras\n\nKAIRO [Cairo] - Hujan.\n"),
    ],
)
def test_a_datelines_place_in_capitals_is_glossed(text, expected):
    assert inline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ia tiba di KAIRO kemarin.\n",  # not a dateline: a name in capitals is not matched
        "BANJIR, WARGA MENGUNGSI\n",  # a headline in capitals: no lower case after it
        "BANJIR - Warga mengungsi.\n",  # a term is no place: no dateline names it
        "PANDU, KOMPAS.com - Hujan.\n",  # nor a person
        "Hujan KAIRO - Hujan.\n",  # not at the line's start
    ],
)
def test_only_a_place_at_a_datelines_place_is_looked_up(text):
    assert dateline_places(text, MATCHER) == []


def test_an_acronym_found_as_written_is_not_looked_up_again():
    expected = "PAN [National Mandate Party], partai itu, menang.\n"
    assert inline("PAN, partai itu, menang.\n") == expected


def test_the_datelines_place_is_a_place_in_json():
    items = json.loads(render.annotate(Document("a.txt", "KAIRO - Hujan.\n"), MATCHER, "json"))
    assert [(i["text"], i["term"], i["gloss"], i["kind"]) for i in items] == [
        ("KAIRO", "Kairo", "Cairo", "place")
    ]


@given(st.text(alphabet="KAIRO MSW,-()\nabc", max_size=60))
def test_places_found_are_whole_words_of_the_text_in_capitals(text):
    for match in dateline_places(text, MATCHER):
        assert text[match.start : match.end] == match.text == match.text.upper()
        assert match.entry.kind == "place"
        assert match.start == 0 or text[match.start - 1] in "\n \t"
