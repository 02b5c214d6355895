"""Exchange formats: TBX, TSV, CSV, Anki decks, import into the PO glossary, flashcards."""

import csv
import io
import json
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from translate.storage import tbx

from glossary import exchange, store
from glossary.cli import cli
from glossary.store import Entry, Glossary, dumps, load, loads, save

XML_LANG = exchange.XML_LANG

KOREA = Entry(
    "Korea Utara",
    "North Korea",
    kind="place",
    pos="proper noun",
    variants=["Korut"],
    alternatives=["North Korean", "DPRK"],
    example="Pemimpin Korea Utara tiba di Moskow.",
    example_source="seed-000.txt:2",
    note='House style: "Korea Utara" <not> DPRK & co.',
)
PBB = Entry(
    "PBB",
    "UN",
    kind="acronym",
    alternatives=["United Nations"],
    expansion="Perserikatan Bangsa-Bangsa",
    example="Dewan Keamanan PBB bersidang.",
)
COUNCIL = Entry("Dewan Keamanan PBB", "UN Security Council", kind="organisation")
TIONGKOK = Entry("Tiongkok", "China", kind="place", deprecated=["Cina"], case="sensitive")
KIM = Entry("Kim Jong-un", "Kim Jong Un", kind="person", variants=["Kim Jong Un"])
BANK_RIVER = Entry("tepi", "bank", context="sungai", kind="term")
BANK_MONEY = Entry("tepi", "edge", context="meja", kind="term", note="table edge")
SANKSI = Entry("sanksi", "sanctions", kind="term", fuzzy=True, alternatives=["sanction"])
RUDAL = Entry("rudal", "", kind="term", fuzzy=True)
FORMULA = Entry("=1+1", "@home", kind="term", variants=["-an", "+62", "'=x"], note="-5 points")
REJECTED = Entry("Korsel", "South Korea", kind="place", obsolete=True)
ENTRIES = [
    KOREA,
    PBB,
    COUNCIL,
    TIONGKOK,
    KIM,
    BANK_RIVER,
    BANK_MONEY,
    SANKSI,
    RUDAL,
    FORMULA,
    REJECTED,
]
REVIEWED = [e for e in ENTRIES if e.reviewed]


@pytest.fixture
def po(tmp_path):
    path = tmp_path / "id-en.po"
    path.write_text(dumps(Glossary(entries=[Entry(**vars(e)) for e in ENTRIES])), "utf-8")
    return path


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


ALL_FIELDS = (
    "term context english alternatives variants deprecated kind expansion pos case note"
    " example example_source"
).split()


def same_entry(a: Entry, b: Entry, fields=ALL_FIELDS) -> bool:
    return all(getattr(a, f) == getattr(b, f) for f in fields)


# -- TBX -------------------------------------------------------------------------


def test_tbx_is_tbx_basic_martif_with_one_term_entry_per_entry():
    text = exchange.to_tbx(REVIEWED)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif')
    root = ET.fromstring(text.encode())
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    assert root.find("martifHeader/encodingDesc/p").text == "TBXBasic-id-en.xcs"
    term_entries = root.findall("text/body/termEntry")
    assert [t.get("id") for t in term_entries] == [exchange.term_entry_id(e) for e in REVIEWED]
    assert len({t.get("id") for t in term_entries}) == len(REVIEWED)  # homographs differ

    korea = term_entries[0]
    assert korea.get("id") == "t-korea-utara-" + korea.get("id")[-8:]
    assert korea.find("descrip[@type='subjectField']").text == "place"
    assert korea.find("descrip[@type='definition']").text == KOREA.note
    indonesian, english = korea.findall("langSet")
    assert indonesian.get(XML_LANG) == "id" and english.get(XML_LANG) == "en"
    tigs = indonesian.findall("tig")
    assert [t.findtext("term") for t in tigs] == ["Korea Utara", "Korut"]
    assert [t.findtext("termNote[@type='administrativeStatus']") for t in tigs] == [
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
    ]
    assert tigs[0].findtext("termNote[@type='partOfSpeech']") == "properNoun"
    # TBX-Basic order inside a tig: term, termNotes, then descrip groups.
    assert [c.tag for c in tigs[0]] == ["term", "termNote", "termNote", "descripGrp"]
    assert tigs[0].findtext("descripGrp/descrip[@type='context']") == KOREA.example
    assert tigs[0].findtext("descripGrp/admin[@type='source']") == KOREA.example_source
    assert [
        (t.findtext("term"), t.findtext("termNote[@type='administrativeStatus']"))
        for t in english.findall("tig")
    ] == [
        ("North Korea", "preferredTerm-admn-sts"),
        ("North Korean", "admittedTerm-admn-sts"),
        ("DPRK", "admittedTerm-admn-sts"),
    ]


def test_tbx_marks_acronyms_full_forms_deprecated_forms_and_senses():
    root = ET.fromstring(exchange.to_tbx([PBB, TIONGKOK, BANK_RIVER, SANKSI]).encode())
    pbb, tiongkok, bank, sanksi = root.iter("termEntry")
    acronym, full = pbb.find("langSet").findall("tig")
    assert acronym.findtext("termNote[@type='termType']") == "acronym"
    assert full.findtext("term") == "Perserikatan Bangsa-Bangsa"
    assert full.findtext("termNote[@type='termType']") == "fullForm"
    cina = tiongkok.find("langSet").findall("tig")[1]
    assert cina.findtext("term") == "Cina"
    assert cina.findtext("termNote[@type='administrativeStatus']") == "deprecatedTerm-admn-sts"
    assert [n.text for n in tiongkok.findall("note")] == ["case: sensitive"]
    assert [n.text for n in bank.findall("note")] == ["sense: sungai"]
    assert [n.text for n in sanksi.findall("note")] == ["status: unreviewed"]


def test_special_characters_are_escaped():
    entry = Entry('<b>&"x"</b>', "a < b & c > 'd'", note="]]> & </descrip>", kind="term")
    text = exchange.to_tbx([entry])
    assert "&lt;b&gt;&amp;" in text and "]]&gt; &amp; &lt;/descrip&gt;" in text
    assert same_entry(exchange.from_tbx(text, "x.tbx")[0], entry)


def test_translate_toolkit_reads_our_tbx():
    store = tbx.tbxfile.parsestring(
        exchange.to_tbx(REVIEWED).encode(), sourcelanguage="id", targetlanguage="en"
    )
    assert [(u.source, u.target) for u in store.units] == [(e.term, e.english) for e in REVIEWED]
    by_id = {u.getid(): u for u in store.units}
    korea = by_id[exchange.term_entry_id(KOREA)]
    assert [(t.text, t.administrative_status) for t in korea.get_source_terms()] == [
        ("Korea Utara", "preferredTerm-admn-sts"),
        ("Korut", "admittedTerm-admn-sts"),
    ]
    assert [t.text for t in korea.get_target_terms()] == ["North Korea", "North Korean", "DPRK"]
    assert KOREA.note in [n.text for n in korea.get_common_notes(source=True)]
    tiongkok = by_id[exchange.term_entry_id(TIONGKOK)]
    assert [t.deprecated for t in tiongkok.get_source_terms()] == [False, True]
    assert not tiongkok.isobsolete()


def test_po_to_tbx_to_po_keeps_every_entry_form_status_and_alternative(po, tmp_path):
    out = tmp_path / "all.tbx"
    assert run("export", "--format", "tbx", "--include-fuzzy", "-o", out, "--glossary", po)
    new_po = tmp_path / "new.po"
    result = run("import", out, "--glossary", new_po)
    assert result.exit_code == 0, result.output
    active = [e for e in ENTRIES if not e.obsolete]
    assert f"{len(active)} new" in result.output
    back = {e.key: e for e in load(new_po).entries}
    assert set(back) == {e.key for e in active}
    for entry in active:
        assert same_entry(back[entry.key], entry), entry.term
        assert back[entry.key].fuzzy and back[entry.key].origin == "import:all.tbx"


# Text a person types in a glossary: no control characters, no edge spaces.
word = (
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")) | st.sampled_from("<>&\"'|;"),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def glossary_entries(draw):
    entries = []
    keys = set()
    for _ in range(draw(st.integers(1, 5))):
        forms = draw(st.lists(word, min_size=1, max_size=4, unique=True))
        split = draw(st.integers(1, len(forms)))
        english = draw(st.lists(word, max_size=3, unique=True))
        entry = Entry(
            term=forms[0],
            english=english[0] if english else "",
            alternatives=english[1:],
            context=draw(st.one_of(st.just(""), word)),
            kind=draw(st.sampled_from(exchange.KINDS)),
            pos=draw(st.sampled_from(["", "noun", "proper noun", "verb", "adj"])),
            variants=forms[1:split],
            deprecated=forms[split:],
            expansion=draw(st.one_of(st.just(""), word.filter(forms[0].__ne__))),
            case=draw(st.sampled_from(["", "sensitive", "insensitive"])),
            note=draw(st.one_of(st.just(""), word)),
            example=draw(st.one_of(st.just(""), word)),
            fuzzy=draw(st.booleans()),
        )
        entry.example_source = draw(st.one_of(st.just(""), word)) if entry.example else ""
        if entry.key not in keys:
            keys.add(entry.key)
            entries.append(entry)
    return entries


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossary_entries())
def test_tbx_round_trip_property(entries):
    # Through the PO writer and reader on both sides, as the commands do.
    entries = loads(dumps(Glossary(entries=entries))).entries
    back = exchange.from_tbx(exchange.to_tbx(entries), "x.tbx")
    assert len(back) == len(entries)
    for a, b in zip(entries, back, strict=True):
        assert same_entry(a, b) and a.fuzzy == b.fuzzy


def test_tbx_from_other_tools_ntig_regional_codes_no_status():
    text = """<?xml version="1.0"?>
<martif type="TBX"><text><body>
  <termEntry id="c1">
    <descrip type="subjectField">politics</descrip>
    <note>from the client</note>
    <langSet xml:lang="en-GB"><tig><term>sanctions relief</term></tig></langSet>
    <langSet xml:lang="id-ID">
      <tig><term>keringanan sanksi</term></tig>
      <ntig><termGrp><term>pelonggaran sanksi</term></termGrp></ntig>
      <tig><term>bantuan sanksi</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
  <termEntry id="c2"><langSet xml:lang="fr"><tig><term>paix</term></tig></langSet></termEntry>
</body></text></martif>"""
    (entry,) = exchange.from_tbx(text, "client.tbx")
    assert (entry.term, entry.english, entry.variants) == (
        "keringanan sanksi",
        "sanctions relief",
        ["pelonggaran sanksi"],
    )
    assert entry.deprecated == ["bantuan sanksi"]
    assert (entry.kind, entry.note) == ("term", "from the client")


# -- TSV and CSV -------------------------------------------------------------------


def test_tsv_is_omegat_layout_one_row_per_indonesian_form():
    text = exchange.to_tsv([KOREA, TIONGKOK, BANK_RIVER, FORMULA])
    lines = text.splitlines()
    assert lines[0].startswith("#") and "coding: utf-8" in lines[0]  # OmegaT skips # lines
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(r) == 3 for r in rows)
    assert rows[:4] == [
        [
            "Korea Utara",
            "North Korea",
            "kind: place; also: North Korean | DPRK;"
            ' note: House style: "Korea Utara" <not> DPRK & co.',
        ],
        ["Korut", "North Korea", "variant of: Korea Utara"],
        ["Tiongkok", "China", "kind: place"],
        ["Cina", "China", "deprecated, use: Tiongkok"],
    ]
    assert rows[4] == ["tepi", "bank", "sense: sungai; kind: term"]
    assert [r[0] for r in rows[5:]] == ["'=1+1", "'-an", "'+62", "''=x"]
    assert rows[5][1] == "'@home"


def test_tsv_round_trip_keeps_entries_forms_and_english():
    entries = [KOREA, PBB, TIONGKOK, KIM, BANK_RIVER, BANK_MONEY, SANKSI, FORMULA]
    back = exchange.from_tsv(exchange.to_tsv(entries), "x.tsv")
    fields = "term context english alternatives variants deprecated kind expansion note".split()
    assert len(back) == len(entries)
    for a, b in zip(entries, back, strict=True):
        assert same_entry(a, b, fields), a.term
    assert [e.fuzzy for e in back] == [e.fuzzy for e in entries]


def test_tsv_from_omegat_keeps_plain_comments_as_notes():
    text = "# mine\nkeringanan sanksi\tsanctions relief\tfrom the EU desk\nbom\tbomb\n"
    back = exchange.from_tsv(text, "omegat.txt")
    assert [(e.term, e.english, e.note) for e in back] == [
        ("keringanan sanksi", "sanctions relief", "from the EU desk"),
        ("bom", "bomb", ""),
    ]


def test_csv_has_a_header_and_neutralises_formulas():
    text = exchange.to_csv([KOREA, FORMULA])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(exchange.CSV_COLUMNS)
    korea = dict(zip(rows[0], rows[1], strict=True))
    assert korea["alternatives"] == "North Korean | DPRK" and korea["status"] == "reviewed"
    formula = dict(zip(rows[0], rows[2], strict=True))
    assert formula["indonesian"] == "'=1+1" and formula["english"] == "'@home"
    assert formula["variants"] == "'-an | +62 | '=x"  # only the cell's start matters
    assert formula["note"] == "'-5 points"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_csv_round_trip_is_exact():
    entries = [e for e in ENTRIES if not e.obsolete]
    back = exchange.from_csv(exchange.to_csv(entries), "x.csv")
    for a, b in zip(entries, back, strict=True):
        assert same_entry(a, b) and a.fuzzy == b.fuzzy


def test_csv_from_a_spreadsheet_with_semicolons_and_other_headers(tmp_path):
    text = "\ufeffSource;Target;Comment\nperundingan enam pihak;six-party talks;=A1\n"
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("utf-8"))
    (entry,) = exchange.read_entries(str(path))
    assert (entry.term, entry.english, entry.note) == (
        "perundingan enam pihak",
        "six-party talks",
        "=A1",
    )


@given(st.text())
def test_neutralise_then_restore_gives_the_text_back(text):
    cell = exchange.neutralise(text)
    assert exchange.restore(cell) == text
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


# -- Anki ------------------------------------------------------------------------


def read_apkg(path):
    with zipfile.ZipFile(path) as package:
        assert set(package.namelist()) == {"collection.anki2", "media"}
        database = Path(path).with_suffix(".anki2")
        database.write_bytes(package.read("collection.anki2"))
    connection = sqlite3.connect(database)
    try:
        notes = connection.execute("SELECT id, guid, mid, tags, flds, sfld FROM notes").fetchall()
        cards = connection.execute("SELECT nid, did, ord, due FROM cards").fetchall()
        models, decks = connection.execute("SELECT models, decks FROM col").fetchone()
    finally:
        connection.close()
    return notes, cards, json.loads(models), json.loads(decks)


def test_apkg_notes_fields_tags_guids_and_two_cards_each(po, tmp_path):
    deck = tmp_path / "glossary.apkg"
    result = run("export", "--format", "anki-apkg", "-o", deck, "--glossary", po)
    assert result.exit_code == 0 and f"{len(REVIEWED)} entries" in result.output
    notes, cards, models, decks = read_apkg(deck)
    model = models[str(exchange.MODEL_ID)]
    assert [f["name"] for f in model["flds"]] == list(exchange.ANKI_FIELDS)
    assert [t["name"] for t in model["tmpls"]] == ["Indonesian → English", "English → Indonesian"]
    assert str(exchange.DECK_ID) in decks
    fields = {n[1]: dict(zip(exchange.ANKI_FIELDS, n[4].split("\x1f"), strict=True)) for n in notes}
    assert len(notes) == len(REVIEWED)
    korea = fields[exchange.Note(KOREA).guid]
    assert korea["Indonesian"] == "Korea Utara" and korea["English"] == "North Korea"
    assert korea["Example"] == "Pemimpin <b>Korea Utara</b> tiba di Moskow."
    assert korea["Example cloze"] == 'Pemimpin <span class="cloze">[…]</span> tiba di Moskow.'
    assert korea["Source"] == "seed-000.txt:2" and korea["Kind"] == "place"
    assert korea["Note"] == "House style: &quot;Korea Utara&quot; &lt;not&gt; DPRK &amp; co."
    tags = {n[1]: n[3].split() for n in notes}
    assert tags[exchange.Note(KOREA).guid] == ["place"]
    assert tags[exchange.Note(KIM).guid] == ["person"]
    assert sorted(c[2] for c in cards) == sorted([0, 1] * len(notes))
    assert {c[1] for c in cards} == {exchange.DECK_ID}


def test_the_term_is_marked_in_its_example_even_inside_a_longer_term():
    notes = exchange.glossary_notes(REVIEWED)
    (note,) = [n for n in notes if n.entry is PBB]
    fields = dict(zip(exchange.ANKI_FIELDS, note.fields(), strict=True))
    assert fields["Example"] == "Dewan Keamanan <b>PBB</b> bersidang."


def test_reexport_after_editing_english_keeps_guids(po, tmp_path):
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    run("export", "--format", "anki-apkg", "-o", first, "--glossary", po)
    text = po.read_text("utf-8").replace('msgstr "North Korea"', 'msgstr "DPRK (North Korea)"')
    po.write_text(text, "utf-8")
    run("export", "--format", "anki-apkg", "-o", second, "--glossary", po)
    before = {n[1]: n[4] for n in read_apkg(first)[0]}
    after = {n[1]: n[4] for n in read_apkg(second)[0]}
    assert set(before) == set(after)
    guid = exchange.Note(KOREA).guid
    assert "DPRK (North Korea)" in after[guid] and "DPRK (North Korea)" not in before[guid]


def test_fuzzy_entries_are_left_out_unless_asked_and_tagged(po, tmp_path):
    deck = tmp_path / "all.apkg"
    run("export", "--format", "anki-apkg", "--include-fuzzy", "-o", deck, "--glossary", po)
    tags = {n[1]: n[3].split() for n in read_apkg(deck)[0]}
    assert tags[exchange.Note(SANKSI).guid] == ["term", "unreviewed"]
    assert exchange.Note(RUDAL).guid not in tags  # no English: no card to make


def test_anki_txt_headers_and_rows(po):
    result = run("export", "--format", "anki-txt", "--kind", "place", "--glossary", po)
    lines = result.output.splitlines()
    assert lines[:8] == [
        "#separator:tab",
        "#html:true",
        "#notetype:Basic (and reversed card)",
        "#deck:Glossary id-en",
        "#tags:glossary",
        "#columns:Front\tBack\tTags\tGUID",
        "#tags column:3",
        "#guid column:4",
    ]
    rows = [line.split("\t") for line in lines[8:]]
    assert [r[0].split("</div>")[0] for r in rows] == [
        '<div class="term">Korea Utara',
        '<div class="term">Tiongkok',
    ]
    assert all(len(r) == 4 for r in rows)
    assert rows[0][1] == (
        '<div class="term">North Korea</div><div class="also">also: North Korean, DPRK</div>'
    )
    assert "Pemimpin <b>Korea Utara</b> tiba di Moskow." in rows[0][0]
    text_note = exchange.Note(KOREA, scope=exchange.anki.TEXT_SCOPE)
    assert rows[0][-1] == text_note.guid != exchange.Note(KOREA).guid
    assert rows[0][-2] == "place"


@settings(max_examples=100, deadline=None)
@given(glossary_entries())
def test_anki_txt_has_one_line_per_note_whatever_the_text(entries):
    for entry in entries:
        entry.english = entry.english or "x"
        entry.note = entry.note.replace("a", "\n")
        entry.variants = [v.replace("a", "\n") for v in entry.variants]
    notes = [exchange.Note(e, e.example, (), e.example_source) for e in entries]
    lines = exchange.to_anki_txt(notes, "Deck").split("\n")
    assert lines[-1] == "" and len(lines) == 9 + len(notes)
    rows = [line.split("\t") for line in lines[8:-1]]
    text_scope = exchange.anki.TEXT_SCOPE
    assert [r[-1] for r in rows] == [replace(n, scope=text_scope).guid for n in notes]
    assert all(len(r) == 4 and not r[0].startswith("#") for r in rows)


def test_text_exports_go_to_stdout_or_atomically_to_a_file(po, tmp_path):
    stdout = run("export", "--format", "csv", "--glossary", po).output
    out = tmp_path / "g.csv"
    result = run("export", "--format", "csv", "-o", out, "--glossary", po)
    assert out.read_text("utf-8") == stdout
    assert result.output == f"{out}: {len(REVIEWED)} entries from {po} (csv)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.csv", "id-en.po"]  # no temp left


# -- import ----------------------------------------------------------------------


def test_import_adds_fuzzy_keeps_reviewed_and_lists_conflicts(po, tmp_path):
    incoming = tmp_path / "client.tsv"
    incoming.write_text(
        "Korea Utara\tNorthern Korea\n"  # reviewed, other English: conflict
        "Korut\tNorth Korea\n"  # a variant of a reviewed entry, same English: unchanged
        "rudal\tmissile\n"  # unreviewed without English: filled
        "sanksi\tpenalties\n"  # unreviewed with other English: conflict
        "Korsel\tSouth Korea\n"  # rejected: stays rejected
        "pertemuan puncak\tsummit\tkind: event\n",  # new
        "utf-8",
    )
    before = po.read_text("utf-8")
    result = run("import", incoming, "--glossary", po)
    assert result.exit_code == 0
    out = result.output.splitlines()
    assert out[0] == (
        f"{incoming} → {po}: 1 new (fuzzy, origin import:client.tsv), 1 filled,"
        " 1 unchanged, 3 conflicts"
    )
    assert out[1:] == [
        "conflict: Korea Utara: glossary has 'North Korea', file has 'Northern Korea':"
        " reviewed entry kept",
        "conflict: sanksi: glossary has 'sanctions', file has 'penalties':"
        " unreviewed entry kept, review it",
        "conflict: Korsel: glossary has 'South Korea', file has 'South Korea':"
        " rejected in the glossary, left rejected",
    ]
    after = {e.key: e for e in load(po).entries}
    assert same_entry(after[KOREA.key], KOREA) and not after[KOREA.key].fuzzy
    assert after[("", "rudal")].english == "missile" and after[("", "rudal")].fuzzy
    assert after[("", "Korsel")].obsolete
    summit = after[("", "pertemuan puncak")]
    assert (summit.english, summit.kind, summit.fuzzy, summit.origin) == (
        "summit",
        "event",
        True,
        "import:client.tsv",
    )
    assert before != po.read_text("utf-8")
    # Importing the same file again changes nothing more.
    text = po.read_text("utf-8")
    assert "0 new" in run("import", incoming, "--glossary", po).output
    assert po.read_text("utf-8") == text


def test_import_format_from_extension_or_option(po, tmp_path):
    data = tmp_path / "terms.data"
    data.write_text(exchange.to_csv([Entry("hak veto", "veto power", kind="term")]), "utf-8")
    assert run("import", data, "--glossary", po).exit_code == 2
    result = run("import", data, "--format", "csv", "--glossary", po)
    assert result.exit_code == 0 and "1 new" in result.output


# -- flashcards ------------------------------------------------------------------

ARTICLE_ONE = (
    "Kim Jong-un tiba di Moskow.\n"
    "Pemimpin Korut itu bertemu pejabat PBB. Korea Utara menolak sanksi baru.\n"
)
ARTICLE_TWO = "Tiongkok mendukung Korea Utara.\nJuru bicara PBB tidak hadir.\n"


def test_flashcards_follow_reading_order_with_examples_from_the_articles(po, tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(ARTICLE_ONE, "utf-8")
    two.write_text(ARTICLE_TWO, "utf-8")
    deck = tmp_path / "deck.apkg"
    result = run("flashcards", one, two, "-o", deck, "--glossary", po, "--include-identical")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"{deck}: 4 terms in reading order (deck Glossary id-en::one)"
    )
    notes, cards, _, decks = read_apkg(deck)
    by_id = {n[0]: dict(zip(exchange.ANKI_FIELDS, n[4].split("\x1f"), strict=True)) for n in notes}
    due = {}
    for nid, _, _, position in cards:
        due.setdefault(nid, position)
    ordered = [by_id[nid] for nid in sorted(due, key=due.get)]
    assert [f["Indonesian"] for f in ordered] == ["Kim Jong-un", "Korea Utara", "PBB", "Tiongkok"]
    korea = ordered[1]
    assert korea["Example"] == "Pemimpin <b>Korut</b> itu bertemu pejabat PBB."
    assert korea["Source"] == f"{one}:2"
    assert ordered[3]["Example"] == "<b>Tiongkok</b> mendukung Korea Utara."
    assert ordered[3]["Source"] == f"{two}:1"
    # sanksi is fuzzy: a learner's deck holds reviewed terms only.
    assert "sanksi" not in [f["Indonesian"] for f in ordered]
    deck_notes = {exchange.Note(e, scope="Glossary id-en::one").guid for e in ENTRIES}
    assert {n[1] for n in notes} <= deck_notes
    assert "Glossary id-en::one" in [d["name"] for d in decks.values()]


def test_flashcards_leave_out_cards_with_two_equal_sides_unless_asked(po, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text(ARTICLE_ONE, "utf-8")
    result = run("flashcards", one, "-o", tmp_path / "d.apkg", "--glossary", po)
    assert result.exit_code == 0, result.output
    assert "Kim Jong-un = Kim Jong Un" not in result.output  # the same name both sides
    assert "Korea Utara = North Korea" in result.output
    result = run(
        "flashcards", one, "-o", tmp_path / "d.apkg", "--glossary", po, "--include-identical"
    )
    assert "Kim Jong-un = Kim Jong Un" in result.output


def test_flashcards_take_the_sense_and_skip_partial_examples(tmp_path):
    po, article = tmp_path / "g.po", tmp_path / "a.txt"
    entry = Entry("luar negeri", "foreign", alternatives=["abroad"], senses=["abroad after ke di"])
    store.save(Glossary(entries=[entry, Entry("negara", "country")]), po)
    article.write_text("Ibu Negara pergi ke luar negeri. Negara itu kecil.\n", "utf-8")
    result = run("flashcards", article, "-o", tmp_path / "d.apkg", "--glossary", po)
    assert "luar negeri = abroad" in result.output
    notes, *_ = read_apkg(tmp_path / "d.apkg")
    examples = {n[4].split("\x1f")[0]: n[4].split("\x1f")[3] for n in notes}
    assert examples["negara"] == "<b>Negara</b> itu kecil."  # not Ibu Negara: that is First Lady


def test_flashcards_without_terms_write_nothing(po, tmp_path):
    article = tmp_path / "cuaca.txt"
    article.write_text("Hujan turun sepanjang hari di Bandung.\n", "utf-8")
    result = run("flashcards", article, "-o", tmp_path / "x.apkg", "--glossary", po)
    assert result.exit_code == 1 and not (tmp_path / "x.apkg").exists()


# -- bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bad.tbx", "<martif><text><body><termEntry>", "bad.tbx:1:31: not well-formed XML"),
        (
            "v3.tbx",
            '<tbx type="TBX-Basic"/>',
            "v3.tbx: not a TBX file in martif form (root element <tbx>);"
            " TBX v3 <tbx> files are not supported",
        ),
        (
            "fr.tbx",
            '<martif><text><body><termEntry><langSet xml:lang="fr"><tig><term>paix</term>'
            "</tig></langSet></termEntry></body></text></martif>",
            'fr.tbx: no Indonesian terms (langSet xml:lang="id") in this TBX file',
        ),
        (
            "none.csv",
            "english,kind\npeace,term\n",
            "none.csv:1: no 'indonesian' column in the header row (found english, kind)",
        ),
        ("short.tsv", "bom\n", "short.tsv:1: expected source<TAB>target[<TAB>comment]"),
        (
            "terms.xlsx",
            "x",
            "terms.xlsx: cannot tell the format from the extension;"
            " use --format tbx|tsv|omegat|csv",
        ),
        ("binary.csv", "\x00\x01\x02", "binary.csv: binary file, not text"),
    ],
)
def test_bad_import_files_exit_2_naming_the_path(po, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    before = po.read_bytes()
    result = CliRunner().invoke(cli, ["import", str(path), "--glossary", str(po)])
    assert result.exit_code == 2
    assert result.stderr == f"glossary: error: {tmp_path}/{message}\n"
    assert po.read_bytes() == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "--format", "anki-apkg"], "give -o FILE.apkg"),
        (["export", "--format", "tbx", "-o", "/nonexistent/dir/x.tbx"], "cannot write"),
        (["export", "--format", "tbx", "--kind", "planet"], "Invalid value for '--kind'"),
        (["flashcards", "/nonexistent/article.txt"], "no such file or directory"),
        (["export", "--format", "tbx", "--glossary", "/nonexistent/g.po"], "no such glossary"),
    ],
)
def test_bad_export_and_flashcards_input_exits_2(po, args, message):
    if "--glossary" not in args:
        args = [*args, "--glossary", str(po)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize("fmt", ["tbx", "tsv", "anki-apkg"])
def test_an_export_with_no_entries_is_refused_and_writes_nothing(tmp_path, fmt):
    po = tmp_path / "g.po"
    save(Glossary(entries=[Entry("Korea Utara", "North Korea", kind="place", fuzzy=True)]), po)
    output = tmp_path / "out"
    command = ["export", "--format", fmt, "-o", str(output), "--glossary", str(po)]
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 2
    assert result.stderr == (
        f"glossary: error: {po}: no reviewed entries of any kind to export;"
        " add --include-fuzzy for unreviewed ones\n"
    )
    assert not output.exists() and not (tmp_path / "TBXBasic-id-en.xcs").exists()
    wider = ["--include-fuzzy", "--kind", "person"]
    result = CliRunner().invoke(cli, [*command, *wider])
    assert result.stderr == f"glossary: error: {po}: no reviewed entries of person to export\n"
    result = CliRunner().invoke(cli, [*command, "--include-fuzzy"])
    assert result.exit_code == 0 and output.exists()
