"""TBX validated against TBX-Basic's own schema, OmegaT's TSV, and what import refuses."""

import copy
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, isoschematron

from glossary import exchange
from glossary.cli import cli
from glossary.store import Entry, Glossary, dumps, load

TBX_BASIC = Path(__file__).parent / "data" / "tbx-basic"
ASCC_SCHEMATRON = "http://www.ascc.net/xml/schematron"
ISO_SCHEMATRON = "http://purl.oclc.org/dsdl/schematron"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

ENTRIES = [
    Entry(
        "Korea Utara",
        "North Korea",
        kind="place",
        pos="proper noun",
        variants=["Korut"],
        alternatives=["DPRK"],
        example="Pemimpin Korea Utara tiba di Moskow.",
        example_source="seed-000.txt:2",
        note="House style",
    ),
    Entry("PBB", "UN", kind="acronym", expansion="Perserikatan Bangsa-Bangsa", pos="noun"),
    Entry("Tiongkok", "China", kind="place", deprecated=["Cina"], case="sensitive"),
    Entry("tepi", "bank", context="sungai", pos="n."),  # not in TBX-Basic's picklist
    Entry("sanksi", "sanctions", fuzzy=True, pos="kata benda"),
    Entry("=1+1", "@home", variants=["'=x", "-an"], note="-5 points"),
    Entry("#MeToo", "#MeToo", kind="event"),
]


@pytest.fixture
def po(tmp_path):
    path = tmp_path / "id-en.po"
    path.write_text(dumps(Glossary(entries=[Entry(**vars(e)) for e in ENTRIES])), "utf-8")
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


# -- TBX against TBX-Basic's schema, Schematron rules and XCS ------------------------------


def _iso(node: etree._Element) -> etree._Element:
    """A Schematron 1.5 element (as TBX-Basic's schema embeds them) in ISO Schematron."""
    tag = etree.QName(node).localname
    iso = etree.Element(f"{{{ISO_SCHEMATRON}}}{tag}")
    for name, value in node.attrib.items():
        iso.set("id" if (tag, name) == ("pattern", "name") else name, value)
    iso.text = node.text
    for child in node:
        iso.append(_iso(child))
    return iso


def tbx_basic_schema() -> tuple[etree.RelaxNG, isoschematron.Schematron]:
    """TBX-Basic's RELAX NG grammar, and the Schematron rules embedded in it."""
    grammar = etree.parse(str(TBX_BASIC / "TBXBasicRNGV02.rng"))
    rules = etree.Element(f"{{{ISO_SCHEMATRON}}}schema")
    for pattern in grammar.iter(f"{{{ASCC_SCHEMATRON}}}pattern"):
        rules.append(_iso(pattern))
    assert len(rules) == 15  # every rule of the published schema
    return etree.RelaxNG(grammar), isoschematron.Schematron(rules)


def xcs_violations(tbx: etree._Element, xcs: etree._Element) -> list[str]:
    """What the TBX Checker checks against an XCS: languages and picklist values."""
    languages = {code.text for code in xcs.iter("langCode")}
    picklists = {
        spec.get("name"): spec.findtext("contents").split()
        for spec in xcs.iter("termNoteSpec")
        if spec.find("contents").get("datatype") == "picklist"
    }
    problems = [
        f"Invalid language for tag: {lang}"
        for node in tbx.iter("martif", "langSet")
        if (lang := node.get(XML_LANG)) not in languages
    ]
    problems += [
        f"{note.get('type')}: {note.text}"
        for note in tbx.iter("termNote")
        if note.get("type") in picklists and note.text not in picklists[note.get("type")]
    ]
    return problems


def test_tbx_export_is_valid_tbx_basic_with_an_xcs_that_declares_indonesian(po, tmp_path):
    out = tmp_path / "out" / "glossary.tbx"
    out.parent.mkdir()
    result = run("export", "--format", "tbx", "--include-fuzzy", "-o", out, "--glossary", po)
    assert result.exit_code == 0, result.output
    document = etree.parse(str(out))
    root = document.getroot()
    assert root.get("type") == "TBX-Basic"  # the dialect name TBX v3 converters require
    assert document.docinfo.system_url == "TBXBasiccoreStructV02.dtd"
    grammar, rules = tbx_basic_schema()
    assert grammar.validate(document), grammar.error_log
    assert rules.validate(document), rules.validation_report

    xcs_path = out.parent / root.findtext("martifHeader/encodingDesc/p[@type='XCSURI']")
    assert xcs_path.read_bytes() == exchange.xcs()  # written beside the file
    assert xcs_violations(root, etree.parse(str(xcs_path)).getroot()) == []
    assert f"{xcs_path}: the XCS" in result.output
    # Exporting again leaves the XCS alone.
    assert "XCS" not in run("export", "--format", "tbx", "-o", out, "--glossary", po).output


def test_the_validators_do_reject_what_tbx_basic_forbids():
    grammar, rules = tbx_basic_schema()
    root = etree.fromstring(exchange.to_tbx(ENTRIES).encode())
    wrong_pos = copy.deepcopy(root)
    wrong_pos.find(".//termNote[@type='partOfSpeech']").text = "n."
    assert grammar.validate(wrong_pos) and not rules.validate(wrong_pos)
    wrong_order = copy.deepcopy(root)
    entry = wrong_order.find(".//termEntry")
    entry.append(entry.find("descrip"))  # subject field after the langSets
    assert not grammar.validate(wrong_order)
    stock_languages = etree.fromstring(
        b"<TBXXCS><languages><langInfo><langCode>en</langCode></langInfo>"
        b"<langInfo><langCode>fr</langCode></langInfo>"
        b"<langInfo><langCode>de</langCode></langInfo></languages></TBXXCS>"
    )
    assert "Invalid language for tag: id" in xcs_violations(root, stock_languages)


def test_a_part_of_speech_outside_the_picklist_is_other_and_comes_back():
    root = etree.fromstring(exchange.to_tbx(ENTRIES).encode())
    parts = [n.text for n in root.iter("termNote") if n.get("type") == "partOfSpeech"]
    assert set(parts) <= {"noun", "verb", "adjective", "adverb", "properNoun", "other"}
    tepi = root.findall(".//termEntry")[3]
    assert tepi.findtext(".//termNote[@type='partOfSpeech']") == "other"
    assert "pos: n." in [n.text for n in tepi.findall("note")]
    back = {e.term: e.pos for e in exchange.from_tbx(exchange.to_tbx(ENTRIES), "x.tbx")}
    assert back == {e.term: e.pos for e in ENTRIES}


@pytest.mark.parametrize("encoding", ["x-klingon", "UTF-32"])
def test_tbx_declaring_an_encoding_python_cannot_read_is_one_line(po, tmp_path, encoding):
    path = tmp_path / "odd.tbx"
    path.write_bytes(f'<?xml version="1.0" encoding="{encoding}"?><martif/>'.encode())
    before = po.read_bytes()
    result = run("import", path, "--glossary", po)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"glossary: error: {path}: cannot read its XML encoding (")
    assert result.stderr.endswith("); save it as UTF-8\n") and result.stderr.count("\n") == 1
    assert po.read_bytes() == before


# -- OmegaT and TSV ----------------------------------------------------------------------


def test_omegat_export_is_literal_utf8_and_reads_back_from_utf8(po, tmp_path):
    out = tmp_path / "glossary.utf8"
    assert run("export", "--format", "omegat", "--include-fuzzy", "-o", out, "--glossary", po)
    rows = [line.split("\t") for line in out.read_bytes().decode("utf-8").splitlines()[1:]]
    assert ["=1+1", "@home", "kind: term; note: -5 points"] in rows  # literal: no guard
    assert ["'=x", "@home", "variant of: =1+1"] in rows
    assert ["#MeToo", "#MeToo", "kind: event"] in rows
    spreadsheet = exchange.to_tsv(ENTRIES)
    assert "'=1+1\t'@home" in spreadsheet  # the spreadsheet TSV keeps its guard

    new_po = tmp_path / "new.po"
    result = run("import", out, "--glossary", new_po)
    assert result.exit_code == 0, result.output
    back = {e.term: e for e in load(new_po).entries}
    assert back["=1+1"].variants == ["'=x", "-an"] and back["=1+1"].english == "@home"
    assert back["#MeToo"].english == "#MeToo"


def test_a_term_starting_with_a_hash_survives_the_tsv_round_trip():
    text = exchange.to_tsv(ENTRIES)
    assert [e.term for e in exchange.from_tsv(text, "x.tsv")] == [e.term for e in ENTRIES]
    commented = "# a comment line\n#MeToo\t#MeToo\n#no tab here\n"
    assert [e.term for e in exchange.from_tsv(commented, "x.tsv")] == ["#MeToo"]


def test_export_refuses_to_overwrite_the_glossary_it_reads(po, tmp_path):
    link = tmp_path / "link.po"
    link.symlink_to(po)
    before = po.read_bytes()
    for target in (po, link, tmp_path / "." / "id-en.po"):
        result = run("export", "--format", "csv", "-o", target, "--glossary", po)
        assert result.exit_code == 2
        assert result.stderr == (
            f"glossary: error: {target}: that is the glossary being exported; write elsewhere\n"
        )
    assert po.read_bytes() == before


# -- control characters on import ---------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, message",
    [
        (
            "terms.csv",
            "indonesian,english,note\nbom,bomb,ok\nrudal,missile,first\u2028second\n",
            "terms.csv:3: note holds a control character (U+2028)",
        ),
        (
            "terms.tsv",
            "bom\tbomb\nrud\x0bal\tmissile\n",
            "terms.tsv:2: term holds a control character (U+000B)",
        ),
        (
            "terms.utf8",
            "Korea Utara\tNorth Korea\nKorut\tNorth\x1cKorea\tvariant of: Korea Utara\n",
            "terms.utf8:2: english holds a control character (U+001C)",
        ),
        (
            "terms.tbx",
            '<martif><text><body><termEntry id="c7"><langSet xml:lang="id"><tig>'
            '<term>rudal</term></tig></langSet><langSet xml:lang="en"><tig>'
            "<term>mis\u0085sile</term></tig></langSet></termEntry></body></text></martif>",
            "terms.tbx: termEntry c7: english holds a control character (U+0085)",
        ),
    ],
)
def test_import_refuses_control_characters_naming_file_and_row(
    po, tmp_path, name, content, message
):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    before = po.read_bytes()
    result = run("import", path, "--glossary", po)
    assert result.exit_code == 2
    assert result.stderr == f"glossary: error: {tmp_path}/{message}\n"
    assert po.read_bytes() == before


def test_a_note_may_span_lines_on_import(po, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('indonesian,english,note\nrudal,missile,"first\nsecond"\n', "utf-8")
    assert run("import", path, "--glossary", po).exit_code == 0
    (rudal,) = [e for e in load(po).entries if e.term == "rudal"]
    assert rudal.note == "first\nsecond"


def test_importing_a_tbx_file_does_not_load_genanki(tmp_path):
    path = tmp_path / "x.tbx"
    path.write_text(exchange.to_tbx(ENTRIES), "utf-8")
    program = (
        "import sys; from glossary.cli import cli; from glossary import exchange;"
        f" exchange.read_entries({str(path)!r}); print('genanki' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert result.stdout == "False\n", result.stderr
