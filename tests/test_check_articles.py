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
]
# Line by line: the error an editor must be shown, and the term it breaks.
ERRORS = {
    1: ("Jakarta Governor", "Jakarta Mayor", "Gubernur"),
    2: ("Statistics Indonesia (BPS)", "The Central Bank (BPS)", "Badan Pusat Statistik"),
    3: ("Finance Minister", "Trade Minister", "Menteri Keuangan"),
    4: ("Financial Services Authority", "Financial Supervisory Board", "Otoritas Jasa Keuangan"),
    5: ("Indonesia Stock Exchange (IDX)", "Jakarta Futures Exchange (IDX)", "Bursa Efek Indonesia"),
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
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
