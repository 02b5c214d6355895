"""Acronyms the text defines itself (issue 14): its definition wins over the glossary's,
and a term inside the phrase an acronym spells glosses part of a name."""

from __future__ import annotations

import pytest
import test_gloss
from hypothesis import given
from hypothesis import strategies as st

from glossary import defined
from glossary.match import Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")  # the screen of runs has a twin

MATCHER = Matcher(
    [
        Entry("AI", "artificial intelligence", kind="acronym", case="sensitive"),
        Entry("flu burung", "bird flu"),
        Entry(
            "KSP", "Presidential Staff Office", kind="acronym", variants=["Kantor Staf Presiden"]
        ),
        Entry("Dana Moneter Internasional", "International Monetary Fund", kind="organisation"),
        Entry("IMF", "International Monetary Fund", kind="acronym"),
        Entry("PLN", "State Electricity Company", kind="acronym"),
        Entry("ikatan", "ties"),
        Entry("Indonesia", "Indonesia", kind="place"),
        Entry(
            "KKB", "armed criminal group", kind="acronym", variants=["kelompok kriminal bersenjata"]
        ),
    ]
)


def shown(text: str) -> str:
    """The text as annotate's inline format glosses it, partial glosses with ``~``."""
    return test_gloss.shown(text, MATCHER)


@pytest.mark.parametrize(
    "text",
    [
        "Wabah aviant influenza (AI) menyebar.",
        "Wabah flu burung (AI) menyebar.",
        "Bank itu menyalurkan kredit kendaraan bermotor KKB.",
    ],
)
def test_an_acronym_the_text_defines_otherwise_is_not_the_glossarys(text):
    assert "[" not in shown(text).replace("flu burung [bird flu]", "")


def test_the_texts_definition_holds_on_until_it_defines_it_the_glossarys_way():
    text = (
        "Wabah aviant influenza (AI) menyebar. Kasus AI naik.\n"
        "Riset artificial intelligence (AI) maju. Riset AI naik."
    )
    assert shown(text) == (
        "Wabah aviant influenza (AI) menyebar. Kasus AI naik.\n"
        "Riset artificial intelligence (AI [artificial intelligence]) maju."
        " Riset AI [artificial intelligence] naik."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the same entry
            "Kantor Staf Presiden (KSP) menyatakan",
            "Kantor Staf Presiden [Presidential Staff Office] (KSP [Presidential Staff Office])"
            " menyatakan",
        ),
        (  # another entry with the same English
            "Dana Moneter Internasional (IMF) menyatakan",
            "Dana Moneter Internasional [International Monetary Fund] (IMF [International"
            " Monetary Fund]) menyatakan",
        ),
        (  # the glossary states no expansion to compare with
            "Perusahaan Listrik Negara PLN menyatakan",
            "Perusahaan Listrik Negara PLN [State Electricity Company] menyatakan",
        ),
    ],
)
def test_a_definition_that_agrees_or_cannot_be_compared_keeps_the_gloss(text, expected):
    assert shown(text) == expected


def test_a_term_inside_a_name_its_acronym_spells_is_partial():
    text = "Standar itu disusun oleh Ikatan Akuntansi Indonesia IAI tahun ini."
    assert shown(text) == (
        "Standar itu disusun oleh Ikatan [~ties] Akuntansi Indonesia IAI tahun ini."
    )


def test_two_bare_letters_define_nothing():
    # perusahaan travel PT: two initials spell a two-letter acronym too easily
    assert shown("Wabah aviant influenza AI").endswith("AI [artificial intelligence]")
    assert list(defined.definitions(["perusahaan", "travel", "PT"])) == [(0, 2, 2)]
    assert defined.stated(MATCHER.entries[0], "AI")


def test_spelled_and_expands():
    assert defined.spelled("IUT", ["izin", "usaha", "tetap"])
    assert not defined.spelled("IUT", ["izin", "usaha"])
    assert defined.expands("APBN", "Anggaran Pendapatan dan Belanja Negara")
    assert not defined.stated(MATCHER.entries[5], "PLN")
    assert defined.stated(MATCHER.entries[8], "KKB")


@given(st.lists(st.text("abcIU", min_size=1, max_size=6), max_size=8))
def test_definitions_lie_inside_the_words(words):
    for first, end, acronym in defined.definitions(words):
        assert 0 <= first < end <= len(words)
        assert not first <= acronym < end
        assert defined.spelled(words[acronym], words[first:end])
