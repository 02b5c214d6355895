"""glossary check's inputs: PO, TMX and XLIFF segments and positions, realigned text pairs,
bad inputs."""

import pytest
from check_helpers import ENTRIES, pair, run_check, write

from glossary import check
from glossary.match import Matcher
from glossary.text import InputError

ALIGNED_SOURCE = [
    "Sanksi baru diumumkan pada 3 Januari di Jakarta.",
    "Menteri Keuangan Sri Mulyani menyebut angka 4,5 persen.",
    "Ekspor ke Tiongkok naik 12 persen menjadi 8.200 ton.",
    "Kebijakan itu berlaku mulai 2009 bagi 45 perusahaan.",
    "Harga di Surabaya turun 7 persen pada Senin.",
    "Kim Jong Un bertemu 20 pejabat di Pyongyang.",
]
ALIGNED_TARGET = [
    "New sanctions were announced on January 3 in Jakarta.",
    "Finance Minister Sri Mulyani put the figure at 4.5 percent.",
    "Exports to China rose 12 percent to 8,200 tons.",
    "The policy applies from 2009 to 45 companies.",
    "Prices in Surabaya fell 7 percent on Monday.",
    "Kim Jong Un met 20 officials in Pyongyang.",
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher(ENTRIES)


def test_a_missing_line_is_reported_where_the_alignment_breaks(tmp_path, matcher):
    target = ALIGNED_TARGET[:2] + ALIGNED_TARGET[3:]
    source = "\n".join(ALIGNED_SOURCE) + "\n"
    findings = pair(tmp_path, matcher, source, "\n".join(target) + "\n")
    [finding] = findings  # no mismatch from the lines after it
    assert (finding.kind, finding.severity, finding.line) == ("segments", "error", 3)
    assert "source line 3" in finding.message and "no translation" in finding.message


def test_a_merged_line_is_checked_against_both_source_lines(tmp_path, matcher):
    target = [*ALIGNED_TARGET[:3], ALIGNED_TARGET[3] + " " + ALIGNED_TARGET[4], ALIGNED_TARGET[5]]
    source = "\n".join(ALIGNED_SOURCE) + "\n"
    [finding] = pair(tmp_path, matcher, source, "\n".join(target) + "\n")
    assert (finding.kind, finding.line) == ("segments", 4)
    assert "translates source lines 4, 5 (merged)" in finding.message


def test_aligned_lines_are_not_realigned(tmp_path, matcher):
    source = "\n".join(ALIGNED_SOURCE) + "\n"
    assert pair(tmp_path, matcher, source, "\n".join(ALIGNED_TARGET) + "\n") == []


# -- inputs ----------------------------------------------------------------------------

PO_TEXT = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#: article.txt:1
msgid "Sanksi baru untuk Korea Utara."
msgstr "New sanctions on North Korea."

msgid "Sanksi lama."
msgstr "Old penalties."

msgid "Belum diterjemahkan: sanksi."
msgstr ""

#~ msgid "sanksi usang"
#~ msgstr "old"
"""


def test_po_segments_report_the_msgstr_line(tmp_path, matcher):
    path = write(tmp_path / "t.po", PO_TEXT)
    [finding] = run_check(matcher, [path])
    assert (finding.kind, finding.path, finding.line, finding.term) == (
        "mismatch",
        path,
        10,
        "sanksi",
    )


TMX_TEXT = """\
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="id-ID" datatype="plaintext" segtype="sentence" adminlang="en"
          creationtool="test" creationtoolversion="1" o-tmf="none"/>
  <body>
    <tu>
      <tuv xml:lang="id-ID"><seg>Sanksi <ph>&lt;b&gt;</ph>baru</seg></tuv>
      <tuv xml:lang="en-US"><seg>New <bpt i="1">&lt;b&gt;</bpt>sanctions<ept i="1"
        >&lt;/b&gt;</ept></seg></tuv>
    </tu>
    <tu>
      <tuv lang="EN"><seg>Old penalties.</seg></tuv>
      <tuv lang="in"><seg>Sanksi lama.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="id"><seg>Tanpa terjemahan sanksi.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_tmx_language_variants_inline_codes_and_missing_variants(tmp_path, matcher):
    path = write(tmp_path / "t.tmx", TMX_TEXT)
    findings = run_check(matcher, [path])
    assert [(f.kind, f.line) for f in findings] == [("mismatch", 12), ("segments", 15)]
    assert findings[0].column == 27
    assert "1 of 3 translation units" in findings[1].message


XLIFF_12 = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xliff [<!ENTITY leak SYSTEM "secret.txt">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="id-ID" target-language="en-US" datatype="plaintext" original="a">
    <body>
      <trans-unit id="1">
        <source>Sanksi <g id="1">baru</g> untuk <ph id="2">&lt;b&gt;</ph>Korea Utara.</source>
        <target>New <g id="1">penalties</g> on &leak; Korea.</target>
        <alt-trans><target>New sanctions on North Korea.</target></alt-trans>
      </trans-unit>
      <trans-unit id="2">
        <source>Sanksi lama.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <originalData><data id="d1">&lt;b&gt;</data></originalData>
      <segment>
        <source>Tentang <pc id="1">Korea Utara</pc><ph id="2" dataRef="d1"/>.</source>
        <target>On <pc id="1">the North</pc><ph id="2" dataRef="d1"/>.</target>
      </segment>
      <ignorable><source> </source></ignorable>
      <segment>
        <source>Di Jakarta.</source>
        <target>In Jakarta.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def test_xliff_12_segments_positions_and_untranslated_units(tmp_path, matcher):
    write(tmp_path / "secret.txt", "SECRET\n")
    path = write(tmp_path / "t.xlf", XLIFF_12)
    [item] = check.read_inputs([path])
    [segment] = item.segments
    assert segment.source.text == "Sanksi baru untuk Korea Utara."  # <ph> content left out
    assert segment.target.text == "New penalties on Korea."  # no entity fetched, no alt-trans
    assert (segment.target.line, segment.target.column) == (8, 17)
    findings = run_check(matcher, [path])
    assert [(f.kind, f.severity, f.line, f.term) for f in findings] == [
        ("mismatch", "warning", 8, "sanksi"),
        ("mismatch", "warning", 8, "Korea Utara"),  # left out, nothing in its place: strict
        ("segments", "info", 11, ""),
    ]
    assert "1 of 2 units have no translation yet" in findings[2].message


def test_xliff_20_segments_and_positions(tmp_path, matcher):
    path = write(tmp_path / "t.xliff", XLIFF_20)
    [item] = check.read_inputs([path])
    assert [(s.source.text, s.target.text, s.target.line) for s in item.segments] == [
        ("Tentang Korea Utara.", "On the North.", 8),
        ("Di Jakarta.", "In Jakarta.", 13),
    ]
    [finding] = run_check(matcher, [path])
    assert (finding.kind, finding.line, finding.column) == ("mismatch", 8, 17)


@pytest.mark.parametrize(
    "content, message",
    [
        (
            "<xliff version='1.2'><file source-language='en' target-language='id'/></xliff>",
            "from en",
        ),
        ("<tmx/>", "not an XLIFF file"),
        ("<xliff><file>", "not valid XLIFF"),
        ('<?xml version="1.0" encoding="klingon"?><xliff/>', "unknown encoding"),
    ],
)
def test_bad_xliff_is_an_input_error(tmp_path, matcher, content, message):
    path = write(tmp_path / "t.xlf", content)
    with pytest.raises(InputError, match=message):
        check.read_inputs([path])


def test_crlf_and_bom_inputs_keep_positions(tmp_path, matcher):
    src = write(tmp_path / "a.id.txt", "\ufeffBaris satu.\r\nKata Cina, sanksi.\r\n")
    tgt = write(tmp_path / "a.en.txt", "Line one.\r\nWord China, penalty.\r\n", "utf-16")
    findings = run_check(matcher, [src], [tgt])
    assert [(f.kind, f.line, f.column) for f in findings] == [
        ("deprecated", 2, 6),
        ("mismatch", 2, 1),
    ]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bad.tmx", "<tmx><body><tu></body></tmx>", "bad.tmx:1: not valid TMX"),
        ("bad.tmx", "<xliff/>", "not a TMX file"),
        ("bad.po", 'msgid "a"\nmsgstr "b\n', "not a valid PO file"),
        ("bin.txt", "\x00\x01\x02binary", "binary file"),
    ],
)
def test_bad_inputs_are_input_errors(tmp_path, matcher, name, content, message):
    path = write(tmp_path / name, content)
    with pytest.raises(InputError, match=message):
        run_check(matcher, [path], [path] if name.endswith(".txt") else [])


def test_po_without_a_header_entry(tmp_path, matcher):
    path = write(tmp_path / "t.po", 'msgid "Sanksi baru."\nmsgstr "New penalties."\n')
    [finding] = run_check(matcher, [path])
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "sanksi")


def test_a_po_file_naming_another_file_is_read_as_text(tmp_path, matcher, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "other.po", 'msgid "Sanksi baru."\nmsgstr "New penalties."\n')
    path = write(tmp_path / "x.po", "other.po")
    with pytest.raises(InputError, match="x.po: not a valid PO file"):
        run_check(matcher, [path])


def test_translation_count_must_match_sources(tmp_path):
    a = write(tmp_path / "a.txt", "x\n")
    with pytest.raises(InputError, match="one translation per source"):
        check.read_inputs([a, a], [a])
