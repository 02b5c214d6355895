"""glossary check on a title and the person the document says holds it: the holder named in
the title's stead, the title named in the holder's, and a wrong word where the title stood."""

import pytest
from check_helpers import default_check

from glossary.match import Matcher
from glossary.store import Entry

# Every check runs on the pure-Python scanner and on the compiled one (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("implementation")

CABINET = [
    Entry("Menko", "Coordinating Minister", kind="title"),
    Entry("Wakil Presiden", "Vice President", kind="title", variants=["Wapres"]),
    Entry("Boediono", "Boediono", kind="person"),
    Entry("Jusuf Kalla", "Jusuf Kalla", kind="person", alternatives=["Kalla"]),
    Entry("Mitsubishi", "Mitsubishi", kind="organisation"),
    Entry("inflasi", "inflation"),
]
FIRST = "Menko Perekonomian Boediono mengatakan inflasi turun."
FIRST_EN = "Coordinating Minister for the Economy Boediono said inflation fell."


@pytest.fixture(scope="module")
def cabinet():
    return Matcher(CABINET)


def test_the_holder_named_in_the_title_s_stead_renders_it(tmp_path, cabinet):
    """``Menko Perekonomian Boediono`` makes Boediono the ``Menko`` (his portfolio between
    them): a later ``kata Menko`` may be "Minister Boediono said", not another title."""
    source = [FIRST, "Inflasi stabil, kata Menko Perekonomian."]
    for said in (
        "Inflation is stable, Minister Boediono said.",
        "Inflation is stable, Boediono said.",
    ):
        assert default_check(tmp_path, cabinet, source, [FIRST_EN, said]) == []
    [finding] = default_check(
        tmp_path, cabinet, source, [FIRST_EN, "Inflation is stable, Trade Minister Boediono said."]
    )
    assert (finding.line, finding.term) == (2, "Menko")


def test_a_word_before_the_holder_s_name_stands_in_the_title_s_place(tmp_path, cabinet):
    source = [FIRST, "Inflasi stabil, kata Menko Perekonomian."]
    [finding] = default_check(
        tmp_path, cabinet, source, [FIRST_EN, "Inflation is stable, nuclear Boediono said."]
    )
    assert (finding.line, finding.term) == (2, "Menko")
    assert "'nuclear' stands there" in finding.message


def test_the_title_a_person_holds_stands_for_them(tmp_path, cabinet):
    """ "The Vice President" for ``Jusuf Kalla`` once the document said ``Wakil Presiden Jusuf
    Kalla``; "after Jusuf Kalla asked" for ``oleh Wapres diminta``."""
    source = [
        "Wakil Presiden Jusuf Kalla bertemu Mitsubishi.",
        "Jusuf Kalla mengatakan inflasi turun.",
        "Mitsubishi oleh Wapres diminta berinvestasi.",
    ]
    target = [
        "Vice President Jusuf Kalla met Mitsubishi.",
        "The Vice President said inflation fell.",
        "Mitsubishi invested after Jusuf Kalla asked it to.",
    ]
    assert default_check(tmp_path, cabinet, source, target) == []


def test_a_word_before_the_name_a_title_describes_stands_in_its_place(tmp_path, cabinet):
    """``kata Menko Perekonomian Boediono`` as "away Boediono said": a word of its own where
    the title stood; "the minister Boediono said" and "Boediono said" leave it out."""
    source = ["Inflasi stabil, kata Menko Perekonomian Boediono."]
    for said in (
        "Inflation is stable, Boediono said.",
        "Inflation is stable, the minister Boediono said.",
    ):
        assert default_check(tmp_path, cabinet, source, [said]) == []
    [finding] = default_check(
        tmp_path, cabinet, source, ["Inflation is stable, away Boediono said."]
    )
    assert finding.term == "Menko"
    assert "'away' stands there" in finding.message


def test_another_office_before_the_titled_name_stands_in_the_title_s_place(tmp_path):
    """``Kanselir Jerman Friedrich Merz dan Presiden Komisi Eropa Ursula von der Leyen`` as
    "French President Friedrich Merz and ...": another office where the title stood, though
    the segment's other title is a president; "Chancellor Merz", "Germany's Chancellor" and
    a word of the same office ("Premier" for a prime minister) are the title."""
    matcher = Matcher(
        [
            Entry("Kanselir Jerman", "German Chancellor", kind="title"),
            Entry("Perdana Menteri", "Prime Minister", kind="title"),
            Entry("Friedrich Merz", "Friedrich Merz", kind="person", alternatives=["Merz"]),
            Entry("Li Qiang", "Li Qiang", kind="person"),
            Entry("Presiden", "President", kind="title"),
            Entry("Komisi Eropa", "European Commission", kind="organisation"),
            Entry("Ursula von der Leyen", "Ursula von der Leyen", kind="person"),
            # France's own title and demonym in the glossary: "French President" is a
            # known rendering, no less another office here
            Entry("Prancis", "France", kind="place", alternatives=["French"]),
            Entry("Presiden Prancis", "French President", kind="title"),
        ]
    )
    source = [
        "Kanselir Jerman Friedrich Merz dan Presiden Komisi Eropa Ursula von der Leyen"
        " membahas sanksi."
    ]
    rest = " and European Commission President Ursula von der Leyen discussed sanctions."
    for holder in (
        "German Chancellor Friedrich Merz",
        "Chancellor Friedrich Merz",
        "Germany's Chancellor Friedrich Merz",
    ):
        assert default_check(tmp_path, matcher, source, [holder + rest]) == []
    [finding] = default_check(tmp_path, matcher, source, ["French President Friedrich Merz" + rest])
    assert finding.term == "Kanselir Jerman"
    assert "'President' stands there" in finding.message
    premier = ["Perdana Menteri Li Qiang tiba di Berlin."]
    assert default_check(tmp_path, matcher, premier, ["Premier Li Qiang arrived in Berlin."]) == []


def test_a_word_before_the_person_after_an_institution_stands_in_the_title_s_place(tmp_path):
    """``juru bicara Kremlin Dmitry Peskov``: the institution written in English says nothing
    of the title when another word stands right before the person's name."""
    matcher = Matcher(
        [
            Entry("juru bicara", "spokesman", kind="title", alternatives=["spokesperson"]),
            Entry("Kremlin", "Kremlin", kind="organisation"),
        ]
    )
    source = ["Juru bicara Kremlin Dmitry Peskov mengatakan Rusia terbuka."]
    for said in ("Kremlin spokesman Dmitry Peskov said.", "The Kremlin's Dmitry Peskov said."):
        assert default_check(tmp_path, matcher, source, [said]) == []
    [finding] = default_check(tmp_path, matcher, source, ["Kremlin adviser Dmitry Peskov said."])
    assert finding.term == "juru bicara"
    assert "'adviser' stands there" in finding.message


def test_an_institution_named_for_its_head_renders_the_title(tmp_path):
    """``laporannya kepada Ketua Bapepam-LK`` as "a report to the Capital Market Supervisory
    Agency Bapepam-LK": the institution a report goes to, for its chairman; a word of its own
    before the name ("to the revenue of Bapepam-LK") or after it stands in the title's place."""
    matcher = Matcher(
        [
            Entry("Ketua", "chairman", kind="title"),
            Entry(
                "Bapepam-LK",
                "Capital Market Supervisory Agency",
                kind="organisation",
                alternatives=["Bapepam-LK"],
            ),
            Entry("pendapatan", "revenue"),
        ]
    )
    source = ["Laba naik, katanya dalam laporannya kepada Ketua Bapepam-LK, Senin."]
    kept = "Profit rose, he said in a report to the Capital Market Supervisory Agency Bapepam-LK."
    assert default_check(tmp_path, matcher, source, [kept]) == []
    for wrong in (
        "Profit rose, he said in a report to the revenue of Bapepam-LK on Monday.",
        "Profit rose, he said in a report to the Bapepam-LK revenue on Monday.",
    ):
        [finding] = default_check(tmp_path, matcher, source, [wrong])
        assert finding.term == "Ketua"
