"""Trial articles as an editor meets them: an Indonesian economy and city article, its
correct English, and the same English with the errors people make (a wrong institution
not in the glossary, a wrong title, another exchange keeping the right acronym). Every
error is found on its line for its term, and the correct English has no finding."""

import pytest
from check_helpers import default_check, write
from click.testing import CliRunner

from glossary.cli import cli
from glossary.match import Matcher
from glossary.store import Entry, Glossary, save

pytestmark = pytest.mark.usefixtures("implementation")

ENTRIES = [
    Entry("Gubernur", "Governor", kind="title"),
    Entry("DKI Jakarta", "Jakarta", kind="place"),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("Pramono Anung", "Pramono Anung", kind="person", alternatives=["Pramono"]),
    Entry("wali kota", "Mayor", kind="title", variants=["walikota"]),
    Entry(
        "Badan Pusat Statistik",
        "Statistics Indonesia",
        kind="organisation",
        variants=["BPS"],
        alternatives=["BPS", "Central Bureau of Statistics"],
    ),
    Entry("bank sentral", "central bank"),
    Entry("suku bunga", "interest rate"),
    Entry("Menteri Keuangan", "Finance Minister", kind="title", variants=["Menkeu"]),
    Entry("Menteri Perdagangan", "Trade Minister", kind="title", variants=["Mendag"]),
    Entry("Sri Mulyani", "Sri Mulyani", kind="person"),
    Entry(
        "Otoritas Jasa Keuangan",
        "Financial Services Authority",
        kind="organisation",
        variants=["OJK"],
        alternatives=["OJK"],
    ),
    Entry(
        "Bursa Efek Indonesia",
        "Indonesia Stock Exchange",
        kind="organisation",
        variants=["BEI"],
        alternatives=["IDX", "BEI"],
    ),
    Entry("kredit", "lending"),
    Entry("pajak", "tax"),
    Entry("Komisi XI", "Commission XI", kind="organisation"),
    Entry(
        "Dewan Perwakilan Rakyat",
        "House of Representatives",
        kind="organisation",
        variants=["DPR"],
        alternatives=["DPR", "House"],
    ),
    Entry("Wakil Presiden", "Vice President", kind="title", variants=["Wapres"]),
    Entry("Presiden", "President", kind="title"),
    Entry("Gibran Rakabuming Raka", "Gibran Rakabuming Raka", kind="person"),
    Entry("Kementerian Perhubungan", "Transportation Ministry", kind="organisation"),
    Entry("Kementerian Perindustrian", "Industry Ministry", kind="organisation"),
]

SOURCE = [
    "Gubernur DKI Jakarta Pramono Anung meminta wali kota di lima wilayah mempercepat"
    " perbaikan jalan.",
    "Badan Pusat Statistik (BPS) mencatat inflasi Jakarta pada Mei sebesar 0,3 persen,"
    " sementara bank sentral menahan suku bunga.",
    "Menteri Keuangan Sri Mulyani mengatakan penerimaan pajak tumbuh 8 persen.",
    "Otoritas Jasa Keuangan (OJK) melaporkan kredit perbankan tumbuh 9 persen.",
    "Indeks harga saham gabungan di Bursa Efek Indonesia (BEI) naik 1,2 persen pada Senin.",
    "Menteri Perdagangan Budi Santoso mengatakan ekspor naik.",
    "Komisi XI Dewan Perwakilan Rakyat (DPR) menyetujui anggaran tahun depan.",
    "Wakil Presiden Gibran Rakabuming Raka meninjau pelabuhan di Surabaya.",
    "Kementerian Perhubungan menambah jadwal kereta selama libur panjang.",
]
RIGHT = [
    "Jakarta Governor Pramono Anung asked the mayors of the five municipalities to speed up"
    " road repairs.",
    "Statistics Indonesia (BPS) recorded inflation in Jakarta in May at 0.3 percent, while"
    " the central bank held interest rates.",
    "Finance Minister Sri Mulyani said tax revenue grew 8 percent.",
    "The Financial Services Authority (OJK) reported bank lending grew 9 percent.",
    "The composite stock price index on the Indonesia Stock Exchange (IDX) rose 1.2 percent"
    " on Monday.",
    "Trade Minister Budi Santoso said exports rose.",
    "Commission XI of the House of Representatives (DPR) approved next year's budget.",
    "Vice President Gibran Rakabuming Raka inspected the port in Surabaya.",
    "The Transportation Ministry added train services over the long holiday.",
]
# Line by line: the error an editor must be shown, and the term it breaks.
ERRORS = {
    1: ("Jakarta Governor", "Jakarta Mayor", "Gubernur"),
    2: ("Statistics Indonesia (BPS)", "The Central Bank (BPS)", "Badan Pusat Statistik"),
    3: ("Finance Minister", "Trade Minister", "Menteri Keuangan"),
    4: ("Financial Services Authority", "Financial Supervisory Board", "Otoritas Jasa Keuangan"),
    5: ("Indonesia Stock Exchange (IDX)", "Jakarta Futures Exchange (IDX)", "Bursa Efek Indonesia"),
    # A number word of a name changed, a title one rank off, another ministry.
    7: ("Commission XI", "Commission IX", "Komisi XI"),
    8: ("Vice President Gibran", "President Gibran", "Wakil Presiden"),
    9: ("Transportation Ministry", "Industry Ministry", "Kementerian Perhubungan"),
}


def wrong_english() -> list[str]:
    lines = list(RIGHT)
    for line, (right, wrong, _term) in ERRORS.items():
        assert right in lines[line - 1]
        lines[line - 1] = lines[line - 1].replace(right, wrong)
    return lines


@pytest.fixture
def matcher():
    return Matcher(ENTRIES)


def test_the_correct_english_has_no_finding(tmp_path, matcher):
    assert default_check(tmp_path, matcher, SOURCE, RIGHT) == []


def test_every_human_error_is_found_on_its_line_for_its_term(tmp_path, matcher):
    findings = default_check(tmp_path, matcher, SOURCE, wrong_english())
    found = {(f.line, f.term) for f in findings if f.kind == "mismatch"}
    assert found == {(line, term) for line, (_r, _w, term) in ERRORS.items()}
    assert all(f.severity == "error" for f in findings)


@pytest.mark.parametrize("line", sorted(ERRORS))
def test_each_error_alone_is_found(tmp_path, matcher, line):
    right, wrong, term = ERRORS[line]
    english = list(RIGHT)
    english[line - 1] = english[line - 1].replace(right, wrong)
    [finding] = default_check(tmp_path, matcher, SOURCE, english)
    assert (finding.line, finding.term) == (line, term)


def test_a_word_the_english_repeats_for_one_source_word_is_no_error(tmp_path, matcher):
    """ "the House of Representatives (DPR)"-like pairs and a rendering inside a longer one
    are one mention: the source's one ``bank sentral`` written "central bank" once, with
    its acronym-free repeat nowhere near a missing term, is fine."""
    source = ["Bank sentral menahan suku bunga, kata Gubernur Pramono Anung."]
    english = ["The central bank held interest rates, Governor Pramono Anung said."]
    assert default_check(tmp_path, matcher, source, english) == []


def test_the_article_from_the_command_line(tmp_path):
    glossary = tmp_path / "glossary.po"
    save(Glossary(entries=list(ENTRIES)), glossary)
    src = write(tmp_path / "a.id.txt", "\n".join(SOURCE) + "\n")
    right = write(tmp_path / "right.en.txt", "\n".join(RIGHT) + "\n")
    wrong = write(tmp_path / "wrong.en.txt", "\n".join(wrong_english()) + "\n")
    base = ["check", src, "--glossary", str(glossary), "--translation"]
    ok = CliRunner().invoke(cli, [*base, right])
    assert (ok.exit_code, ok.output) == (0, "no findings\n")
    bad = CliRunner().invoke(cli, [*base, wrong])
    assert bad.exit_code == 1
    assert [line.split(":")[1] for line in bad.output.splitlines()[:-1]] == [
        str(line) for line in sorted(ERRORS)
    ]


def test_a_name_left_in_indonesian_is_untranslated(tmp_path, matcher):
    """The acronym kept in brackets does not render the name before it."""
    english = list(RIGHT)
    english[6] = english[6].replace("House of Representatives", "Dewan Perwakilan Rakyat")
    [finding] = default_check(tmp_path, matcher, SOURCE, english)
    assert (finding.kind, finding.line, finding.term) == (
        "untranslated",
        7,
        "Dewan Perwakilan Rakyat",
    )


def test_a_line_whose_english_translates_another_sentence_is_one_finding(tmp_path, matcher):
    """The English of line 3 put on line 7 (a misaligned or loose translation): one
    finding for the line that names each term the English lacks, not one per term; an
    error on a line that still translates its source stays its own finding."""
    english = list(RIGHT)
    english[6] = "Finance Minister Sri Mulyani said tax revenue grew 8 percent."
    english[7] = english[7].replace("Vice President Gibran", "President Gibran")
    findings = default_check(tmp_path, matcher, SOURCE, english)
    assert [(f.line, f.covered) for f in findings] == [
        (7, ("Komisi XI", "Dewan Perwakilan Rakyat")),
        (8, ("Wakil Presiden",)),
    ]
    assert findings[0].message.startswith("the English of this line does not seem to translate")
    assert "'DPR'" in findings[0].message or "'Dewan Perwakilan Rakyat'" in findings[0].message
