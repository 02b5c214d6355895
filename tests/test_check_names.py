"""glossary check and names: a glossary word that is no term where it stands (the gloss
judge's verdict) owes nothing to the English; a title may be rendered by its holder's
name, or left out with the attribution it describes."""

import pytest
from check_helpers import BODIES, default_check

from glossary.match import Matcher
from glossary.store import Entry

# Every check runs on the pure-Python scanner and on the compiled one (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("implementation")

NAMES = [
    Entry("Malang", "Malang", kind="place"),
    Entry("presiden", "President", kind="title"),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono", kind="person"),
    Entry("direktur", "director", kind="title"),
]


@pytest.fixture(scope="module")
def names():
    return Matcher(NAMES)


@pytest.mark.parametrize(
    "source, target",
    [
        ("Malangnya, penentu kebijakan diam saja.", "Unfortunately, policy makers kept quiet."),
        (
            "Banjir juga menggenangi Istana Presiden di Jakarta.",
            "Floods also inundated the State Palace in Jakarta.",
        ),
        ("Presiden mengharapkan pertemuan berhasil.", "Yudhoyono hoped the meeting would work."),
        ("Kata presiden di Jakarta.", "Susilo Bambang Yudhoyono said in Jakarta."),
        (
            "Laba naik lima persen, kata Direktur Bank Victoria Daroel Aboebakar.",
            "Profit rose five percent, a spokesman said.",
        ),
    ],
)
def test_a_word_that_is_no_term_there_owes_nothing(tmp_path, names, source, target):
    assert default_check(tmp_path, names, [source], [target]) == []


@pytest.mark.parametrize(
    "source, target",
    [
        ("Dia pindah ke Malang, katanya.", "He moved to Bandung, he said."),
        ("Dia bertemu presiden di Jakarta.", "He met the king in Jakarta."),
        (
            "Banjir juga menggenangi Istana Presiden di Jakarta.",
            "Floods also inundated the Istana Governor in Jakarta.",
        ),
        (
            "Presiden mengharapkan pertemuan berhasil.",
            "Governor Yudhoyono hoped the meeting would work.",
        ),
        (
            "Laba naik lima persen, kata Direktur Bank Victoria Daroel Aboebakar.",
            "Profit rose five percent, Bank Victoria chairman Daroel Aboebakar said.",
        ),
    ],
)
def test_the_term_itself_is_still_owed(tmp_path, names, source, target):
    [finding] = default_check(tmp_path, names, [source], [target], strict=True)
    assert finding.kind == "mismatch"


@pytest.mark.parametrize(
    "source, target",
    [
        (
            "Ketua KPK mengatakan penyidik menyita uang.",
            "The chairman of the Corruption Eradication Commission said investigators seized cash.",
        ),
        ("Ketua KPK hadir.", "The antigraft agency chairman attended."),
        (
            "Wakil Ketua DPRD DKI Jakarta meminta gubernur hadir.",
            "The deputy speaker of the Jakarta Regional Legislative Council asked him to attend.",
        ),
        ("Wakil Ketua DPRD hadir.", "The Regional Legislative Council deputy speaker attended."),
        # spelt out and with the head first, its rank with it
        ("Deputi Gubernur BI hadir.", "The deputy governor of Bank Indonesia attended."),
    ],
)
def test_a_title_may_spell_out_the_acronym_of_its_body(tmp_path, source, target):
    assert default_check(tmp_path, Matcher(BODIES), [source], [target]) == []


@pytest.mark.parametrize(
    "source, target",
    [
        # another body spelt out is no rendering of the title; nor is a country's acronym a body
        ("Ketua KPK hadir.", "The chairman of the Regional Legislative Council attended."),
        ("Presiden AS hadir.", "The President of the Regional Legislative Council attended."),
    ],
)
def test_a_title_spelt_out_with_another_body_is_a_mismatch(tmp_path, source, target):
    findings = default_check(tmp_path, Matcher(BODIES), [source], [target])
    assert [f.kind for f in findings] == ["mismatch"]
