"""glossary check: every finding kind, the inputs it reads, its reports and exit codes."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from glossary import check
from glossary.check import english_forms, find_rendering, parse_kinds, rendering_pattern
from glossary.cli import cli
from glossary.match import Matcher
from glossary.store import Entry, Glossary, save
from glossary.text import InputError

ENTRIES = [
    Entry("Tiongkok", "China", kind="place", deprecated=["Cina"], alternatives=["Chinese"]),
    Entry("Kim Jong Un", "Kim Jong Un", kind="person", variants=["Kim Jong-un"]),
    Entry("kerja sama", "cooperation", variants=["kerjasama"]),
    Entry("sanksi", "sanction"),
    Entry("kebijakan", "policy"),
    Entry("Korea", "Korea", kind="place"),
    Entry("Korea Utara", "North Korea", kind="place", alternatives=["North Korean", "DPRK"]),
    Entry("Amerika Serikat", "United States", kind="place", variants=["AS"], alternatives=["US"]),
    Entry("denuklirisasi", "denuclearization", alternatives=["denuclearisation"]),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("uji coba rudal", "missile test"),
    Entry("Menteri Keuangan", "Finance Minister", kind="title", variants=["Menkeu"]),
    Entry("Soeharto", "Suharto", kind="person", variants=["Suharto"]),
    Entry("dolar AS", "US dollar", alternatives=["US$"]),
    Entry("pasar", "market"),
]


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Compiled glossaries go to a fresh cache folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def matcher():
    return Matcher(ENTRIES)


def write(path: Path, text: str, encoding: str = "utf-8") -> str:
    path.write_bytes(text.encode(encoding))
    return str(path)


def run_check(matcher, sources, translations=(), kinds=check.DEFAULT_KINDS, **options):
    """Every check on every entry unless ``options`` say otherwise (general terms strictly,
    the source side beside a translation)."""
    options = {"strict": True, "source": True, **options}
    return check.check_inputs(check.read_inputs(sources, translations), matcher, kinds, **options)


def pair(tmp_path, matcher, source, target, kinds=check.DEFAULT_KINDS, name="a", **options):
    src = write(tmp_path / f"{name}.id.txt", source)
    tgt = write(tmp_path / f"{name}.en.txt", target)
    return run_check(matcher, [src], [tgt], kinds, **options)


def kinds_of(findings):
    return [f.kind for f in findings]


# -- source side ------------------------------------------------------------------


def test_deprecated_variant_names_the_preferred_form(tmp_path, matcher):
    path = write(tmp_path / "a.txt", "Hubungan dengan\nnegara Cina membaik.\n")
    [finding] = run_check(matcher, [path])
    assert (finding.kind, finding.line, finding.column) == ("deprecated", 2, 8)
    assert (finding.term, finding.found, finding.expected) == ("Tiongkok", "Cina", "Tiongkok")


def test_mixed_variants_name_every_place_and_the_majority(tmp_path, matcher):
    text = (
        "Kim Jong Un tiba.\nKim Jong-un pergi.\nKata Kim Jong Un lagi.\nkerja sama dan kerjasama\n"
    )
    findings = run_check(matcher, [write(tmp_path / "a.txt", text)])
    by_term = {f.term: f for f in findings}
    assert kinds_of(findings) == ["mixed", "mixed"]
    kim = by_term["Kim Jong Un"]
    assert (kim.line, kim.column, kim.found, kim.expected) == (2, 1, "Kim Jong-un", "Kim Jong Un")
    assert "lines 1, 3" in kim.message and "line 2" in kim.message
    # A tie goes to the glossary's preferred form.
    assert (by_term["kerja sama"].found, by_term["kerja sama"].expected) == (
        "kerjasama",
        "kerja sama",
    )


def test_case_and_inflection_are_not_mixed_spellings(tmp_path, matcher):
    text = "Sanksi baru. Sanksi-sanksi itu, sanksinya, dan sanksi lain.\n"
    assert run_check(matcher, [write(tmp_path / "a.txt", text)]) == []


fragments = st.sampled_from(
    ["Cina", "Tiongkok", "sanksi", "Kim Jong-un", "dan", " ", "\u00a0", "\u200b", "\n", "\r\n", "."]
)


@given(st.lists(fragments, max_size=30), st.booleans())
def test_deprecated_findings_point_at_the_text_in_the_file(tmp_path_factory, parts, bom):
    text = " ".join(parts)
    path = tmp_path_factory.mktemp("p") / "a.txt"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    lines = text.replace("\r\n", "\n").split("\n")
    findings = run_check(Matcher(ENTRIES), [str(path)], kinds={"deprecated"})
    assert len(findings) == text.count("Cina")
    for f in findings:
        assert lines[f.line - 1][f.column - 1 :].startswith("Cina")


def test_a_short_form_beside_the_full_name_is_not_mixed(tmp_path, matcher):
    text = "Menteri Keuangan tiba. Menkeu berkata. Menkeu pergi. Soeharto dan Suharto.\n"
    [finding] = run_check(matcher, [write(tmp_path / "a.txt", text)])
    assert (finding.kind, finding.found, finding.expected) == ("mixed", "Suharto", "Soeharto")


def test_deprecated_forms_are_not_also_mixed(tmp_path, matcher):
    text = "Tiongkok dan Tiongkok, lalu Cina.\n"
    assert kinds_of(run_check(matcher, [write(tmp_path / "a.txt", text)])) == ["deprecated"]


UNKNOWN_TEXT = """\
Pemerintah Pyongyang menolak sanksi baru dari Dewan Keamanan.
Menurut Pyongyang, sanksi itu tidak adil bagi rakyat.
Dewan Keamanan akan bertemu lagi pekan depan.
"""


def test_unknown_recurring_terms_are_opt_in(tmp_path, matcher):
    path = write(tmp_path / "a.txt", UNKNOWN_TEXT)
    assert run_check(matcher, [path]) == []
    findings = run_check(matcher, [path], kinds={"unknown"})
    assert [(f.term, f.line, f.column) for f in findings] == [
        ("Pyongyang", 1, 12),
        ("Dewan Keamanan", 1, 47),
    ]
    assert "occurs 2× on 2 lines" in findings[0].message


def test_unknown_leaves_out_every_glossary_entry_even_rejected(tmp_path):
    glossary = tmp_path / "g.po"
    rejected = Entry("Dewan Keamanan", "Security Council", obsolete=True)
    entries = [Entry("sanksi", "sanction"), Entry("Pyongyang", "", kind="place"), rejected]
    save(Glossary(entries=entries), glossary)
    path = write(tmp_path / "a.txt", UNKNOWN_TEXT)
    assert check.check([path], glossary_path=glossary, kinds={"unknown"}) == []


def test_unknown_in_a_po_file_points_at_the_msgid(tmp_path, matcher):
    body = "".join(f'msgid "{line}"\nmsgstr "x"\n\n' for line in UNKNOWN_TEXT.splitlines())
    path = write(tmp_path / "t.po", body)
    findings = run_check(matcher, [path], kinds={"unknown"})
    assert [(f.term, f.line) for f in findings] == [("Pyongyang", 1), ("Dewan Keamanan", 1)]


# -- bilingual ------------------------------------------------------------------------


def test_mismatch_when_no_accepted_rendering_occurs(tmp_path, matcher):
    findings = pair(
        tmp_path, matcher, "Sanksi baru.\nSanksi lama.\n", "New sanctions.\nOld penalties.\n"
    )
    [finding] = findings
    assert (finding.kind, finding.path, finding.line) == ("mismatch", str(tmp_path / "a.en.txt"), 2)
    assert (finding.term, finding.found, finding.expected) == ("sanksi", "Sanksi", "sanction")
    assert "a.id.txt:2:1" in finding.message


@pytest.mark.parametrize(
    "source, target",
    [
        ("sanksi", "Sanctions were imposed"),
        ("sanksi", "SANCTION"),
        ("sanksi", "the sanction's effect"),
        ("kebijakan", "new policies"),
        ("AS", "the U.S. said"),
        ("Amerika Serikat", "the US said"),
        ("Kim Jong Un", "Kim Jong-un arrived"),
        ("uji coba rudal", "a missile-test"),
        ("denuklirisasi", "denuclearisation"),
        ("5 juta dolar AS", "US$5 million"),
    ],
)
def test_accepted_renderings_with_inflection_case_and_joins(tmp_path, matcher, source, target):
    assert pair(tmp_path, matcher, source + "\n", target + "\n") == []


@pytest.mark.parametrize(
    "source, target",
    [
        ("kebijakan", "politics"),
        ("AS", "told us"),  # an acronym keeps its case
        ("denuklirisasi", "denuclearizationist"),  # whole words only
        ("AS", "the USA"),
    ],
)
def test_near_misses_are_mismatches(tmp_path, matcher, source, target):
    assert kinds_of(pair(tmp_path, matcher, source + "\n", target + "\n")) == ["mismatch"]


def test_term_inside_longer_term_is_checked_as_the_longer_term(tmp_path, matcher):
    # "Korea" alone would want "Korea"; inside "Korea Utara" only North Korea's renderings count.
    assert pair(tmp_path, matcher, "Korea Utara menolak.\n", "The DPRK refused.\n") == []
    [finding] = pair(tmp_path, matcher, "Korea Utara menolak.\n", "Korea refused.\n")
    assert (finding.kind, finding.term) == ("mismatch", "Korea Utara")


def test_alternatives_never_cause_mismatches(tmp_path, matcher):
    source = "Korea Utara.\nKorea Utara.\nCina.\n"
    target = "North Korean.\nDPRK.\nChinese.\n"
    findings = pair(tmp_path, matcher, source, target, kinds={"mismatch", "untranslated"})
    assert findings == []


def test_inconsistent_spellings_within_one_document(tmp_path, matcher):
    source = "Soal denuklirisasi.\nSoal denuklirisasi.\nSoal denuklirisasi.\n"
    target = "On denuclearization.\nOn denuclearisation.\nOn denuclearizations.\n"
    [finding] = pair(tmp_path, matcher, source, target)
    assert (finding.kind, finding.severity, finding.line, finding.column) == (
        "inconsistent",
        "warning",
        2,
        4,
    )
    assert (finding.found, finding.expected) == ("denuclearisation", "denuclearization")
    assert "'denuclearization' 2×, 'denuclearisation' 1×" in finding.message


def test_each_input_is_its_own_document(tmp_path, matcher):
    sources = [write(tmp_path / f"{n}.id.txt", "Soal denuklirisasi.\n") for n in "abc"]
    targets = [
        write(tmp_path / "a.en.txt", "On denuclearization.\n"),
        write(tmp_path / "b.en.txt", "On denuclearisation.\n"),
        write(tmp_path / "c.en.txt", "On denuclearizations.\n"),
    ]
    assert run_check(matcher, sources, targets) == []


def test_different_accepted_words_are_a_choice_not_an_inconsistency(tmp_path, matcher):
    source = "Korea Utara.\nKorea Utara.\nKorea Utara.\n"
    target = "North Korea.\nNorth Korean.\nThe DPRK.\n"
    assert pair(tmp_path, matcher, source, target) == []


@pytest.mark.parametrize(
    "used, stands_for",
    [
        ("North Korean", "North Korea"),
        ("US dollar", "dollar"),
        ("US$", "$"),
        ("Minister of Finance", "Minister of Finance"),
    ],
)
def test_choice_of_rendering(used, stands_for):
    renderings = ["North Korea", "North Korean", "dollar", "US dollar", "US$", "$"]
    renderings += ["Finance Minister", "Minister of Finance"]
    assert check.choice(used, renderings) == stands_for


def test_untranslated_term_points_at_the_copy(tmp_path, matcher):
    [finding] = pair(tmp_path, matcher, "Sanksi baru.\n", "New sanksi.\n")
    assert (finding.kind, finding.line, finding.column, finding.found) == (
        "untranslated",
        1,
        5,
        "sanksi",
    )


def test_proper_name_identical_in_english_is_not_untranslated(tmp_path, matcher):
    assert pair(tmp_path, matcher, "Di Jakarta.\n", "In Jakarta.\n") == []


def test_a_glossary_word_inside_a_name_kept_in_english_is_no_finding(tmp_path, matcher):
    source = "Direktur PD Pasar Jaya berkata.\nPD Pasar Jaya mengelola pasar tradisional.\n"
    target = "The director of PD Pasar Jaya said.\nPD Pasar Jaya runs traditional stalls.\n"
    [finding] = pair(tmp_path, matcher, source, target)
    assert (finding.kind, finding.line, finding.found) == ("mismatch", 2, "pasar")


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


def test_select_and_ignore(tmp_path, matcher):
    source, target = "Cina dan sanksi.\n", "China and penalties.\n"
    assert kinds_of(pair(tmp_path, matcher, source, target)) == ["deprecated", "mismatch"]
    assert kinds_of(pair(tmp_path, matcher, source, target, kinds={"mismatch"})) == ["mismatch"]
    assert parse_kinds("all") == frozenset(check.KINDS)
    with pytest.raises(InputError, match="unknown check kind typo"):
        parse_kinds("mismatch,typo")


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
        ("mismatch", "error", 8, "Korea Utara"),
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


def test_tmx_in_an_unknown_encoding_is_an_input_error(tmp_path, glossary_po):
    path = write(tmp_path / "t.tmx", '<?xml version="1.0" encoding="klingon"?><tmx/>')
    result = CliRunner().invoke(cli, ["check", path, "--glossary", glossary_po])
    assert result.exit_code == 2
    assert result.output == f"glossary: error: {path}: not valid TMX (unknown encoding: klingon)\n"


def test_translation_count_must_match_sources(tmp_path):
    a = write(tmp_path / "a.txt", "x\n")
    with pytest.raises(InputError, match="one translation per source"):
        check.read_inputs([a, a], [a])


# -- English inflection ---------------------------------------------------------------


def test_english_forms():
    assert {"sanction", "sanctions"} <= english_forms("sanction")
    assert {"policy", "policies"} <= english_forms("policy")
    assert {"tax", "taxes"} <= english_forms("tax")
    assert "sanction" in english_forms("sanctions")
    assert "new" not in english_forms("news")
    assert {"sanctioned", "sanctioning"} <= english_forms("sanction", verb=True)
    assert "banking" not in english_forms("bank")


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)


@given(st.lists(words, min_size=1, max_size=4), st.sampled_from([" ", "-", "  "]))
def test_a_rendering_always_finds_itself_in_any_case_and_join(parts, join):
    rendering = " ".join(parts)
    text = f"Before {join.join(parts).upper()}, after."
    assert rendering_pattern(rendering).search(text)
    entry = Entry("x", rendering, alternatives=["zzz qqq"])
    assert find_rendering(entry, f"so {rendering} it")[0] == rendering


# -- reports and the command line ----------------------------------------------------------


@pytest.fixture
def glossary_po(tmp_path):
    path = tmp_path / "glossary.po"
    save(Glossary(entries=list(ENTRIES)), path)
    return str(path)


def test_cli_text_report_severity_and_exit_status(tmp_path, glossary_po):
    src = write(tmp_path / "a.id.txt", "Cina dan sanksi di Jakarta.\n")
    tgt = write(tmp_path / "a.en.txt", "China and penalties in the capital.\n")
    runner = CliRunner()
    base = ["check", src, "--translation", tgt, "--glossary", glossary_po]
    result = runner.invoke(cli, base)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{tgt}:1:1: error: 'Jakarta' (source {src}:1:20) is not rendered as Jakarta [mismatch]",
        "1 finding (1 error): 1 mismatch",
    ]
    strict = runner.invoke(cli, [*base, "--strict", "--source"])
    assert strict.exit_code == 1
    assert strict.output.splitlines() == [
        f"{src}:1:1: error: 'Cina' is deprecated; use 'Tiongkok' [deprecated]",
        f"{tgt}:1:1: warning: 'sanksi' (source {src}:1:10) is not rendered as sanction [mismatch]",
        f"{tgt}:1:1: error: 'Jakarta' (source {src}:1:20) is not rendered as Jakarta [mismatch]",
        "3 findings (2 errors, 1 warning): 1 deprecated, 2 mismatch",
    ]
    errors = runner.invoke(cli, [*base, "--strict", "--min-severity", "error"])
    assert "warning" not in errors.output and errors.exit_code == 1
    fixed = write(tmp_path / "a.en.txt", "China and penalties in Jakarta.\n")
    warned = runner.invoke(cli, ["check", src, "--translation", fixed, "--glossary", glossary_po])
    assert (warned.exit_code, warned.output) == (0, "no findings\n")
    only_warnings = runner.invoke(
        cli, ["check", src, "--translation", fixed, "--glossary", glossary_po, "--strict"]
    )
    assert only_warnings.exit_code == 0
    assert only_warnings.output.endswith("1 finding (1 warning): 1 mismatch\n")
    clean = runner.invoke(cli, ["check", src, "--glossary", glossary_po, "--ignore", "deprecated"])
    assert (clean.exit_code, clean.output) == (0, "no findings\n")


def test_cli_reads_standard_input(glossary_po):
    result = CliRunner().invoke(cli, ["check", "-", "--glossary", glossary_po], input="Ke Cina.\n")
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1,
        "<stdin>:1:4: error: 'Cina' is deprecated; use 'Tiongkok' [deprecated]",
    )


def test_cli_json_report(tmp_path, glossary_po):
    src = write(tmp_path / "a.id.txt", "Sanksi.\n")
    tgt = write(tmp_path / "a.en.txt", "Penalty.\n")
    args = ["check", src, "--translation", tgt, "--glossary", glossary_po, "--format", "json"]
    result = CliRunner().invoke(cli, [*args, "--strict"])
    assert result.exit_code == 0  # warnings only
    assert json.loads(result.output) == [
        {
            "kind": "mismatch",
            "severity": "warning",
            "path": tgt,
            "line": 1,
            "column": 1,
            "term": "sanksi",
            "found": "Sanksi",
            "expected": "sanction",
            "message": f"'Sanksi' (source {src}:1:1) is not rendered as sanction",
        }
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt"], "missing.txt: no such file or directory"),
        (["{src}", "--select", "nonsense"], "unknown check kind nonsense"),
        (["{src}", "--translation", "{src}", "--translation", "{src}"], "one translation per"),
        (["{src}", "--glossary", "nope.po"], "nope.po"),
    ],
)
def test_cli_usage_and_input_errors_exit_2(tmp_path, glossary_po, args, message):
    src = write(tmp_path / "a.txt", "sanksi\n")
    args = [a.format(src=src) for a in args]
    if "--glossary" not in args:
        args += ["--glossary", glossary_po]
    result = CliRunner().invoke(cli, ["check", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


# -- wrong renderings put into a good translation ------------------------------------------


def test_injected_wrong_renderings_are_found_on_their_line(tmp_path, matcher):
    source = ["Sanksi baru.", "Kebijakan baru dan sanksi.", "Soal denuklirisasi.", "Tanpa istilah."]
    target = ["New sanctions.", "A new policy and sanctions.", "On denuclearization.", "No term."]
    src = write(tmp_path / "a.id.txt", "\n".join(source) + "\n")
    tgt = write(tmp_path / "a.en.txt", "\n".join(target) + "\n")
    assert run_check(matcher, [src], [tgt]) == []
    wrong = ["New missile tests.", "A new sanction and sanctions.", "On policy.", "No term."]
    write(tmp_path / "a.en.txt", "\n".join(wrong) + "\n")
    reported = {(f.line, f.term) for f in run_check(matcher, [src], [tgt]) if f.kind == "mismatch"}
    assert reported == {(1, "sanksi"), (2, "kebijakan"), (3, "denuklirisasi")}


# -- what an editor acts on -------------------------------------------------------------

NEWS = [
    Entry("Korea Utara", "North Korea", kind="place"),
    Entry("Israel", "Israel", kind="place"),
    Entry("menteri", "minister", kind="title"),
    Entry("Menteri Keuangan", "Finance Minister", kind="title"),
    Entry("Barat", "West", kind="place"),
    Entry("Amerika Serikat", "United States", kind="place", variants=["AS"], alternatives=["US"]),
    Entry("pertahanan", "defence", alternatives=["defense"]),
    Entry("perundingan", "negotiations", alternatives=["talks"]),
    Entry("sanksi", "sanction", alternatives=["penalty"], required=True),
    Entry("Kim Jong Un", "Kim Jong Un", kind="person"),
]


@pytest.fixture(scope="module")
def news():
    return Matcher(NEWS)


def default_check(tmp_path, matcher, source_lines, target_lines, **options):
    """``glossary check`` with its default options (unless ``options`` say otherwise)."""
    src = write(tmp_path / "a.id.txt", "\n".join(source_lines) + "\n")
    tgt = write(tmp_path / "a.en.txt", "\n".join(target_lines) + "\n")
    return check.check_inputs(check.read_inputs([src], [tgt]), matcher, None, **options)


def test_general_terms_are_checked_only_with_strict(tmp_path, news):
    source, target = ["Perundingan gagal."], ["Discussions failed."]
    assert default_check(tmp_path, news, source, target) == []
    [finding] = default_check(tmp_path, news, source, target, strict=True)
    assert (finding.kind, finding.severity, finding.term) == ("mismatch", "warning", "perundingan")


def test_names_and_required_entries_are_errors(tmp_path, news):
    source = ["Korea Utara dan sanksi."]
    findings = default_check(tmp_path, news, source, ["Pyongyang and punishment."])
    assert [(f.term, f.severity) for f in findings] == [
        ("Korea Utara", "error"),
        ("sanksi", "error"),
    ]


def test_different_accepted_words_are_never_inconsistent(tmp_path, news):
    source = ["Di AS.", "Di AS.", "Perundingan.", "Perundingan."]
    target = ["In the US.", "In the United States.", "Talks.", "Negotiations."]
    assert default_check(tmp_path, news, source, target, strict=True) == []


@pytest.mark.parametrize(
    "first, second",
    [("defence", "defense"), ("Kim Jong Un", "Kim Jong-un"), ("Kim Jong Un", "Kim Jong un")],
)
def test_spelling_variants_are_inconsistent_within_a_document(tmp_path, news, first, second):
    term = "pertahanan" if first == "defence" else "Kim Jong Un"
    source = [f"Soal {term}.", f"Soal {term}.", f"Soal {term}."]
    target = [f"On {first}.", f"On {first}s.", f"On {second}."]
    [finding] = default_check(tmp_path, news, source, target)
    assert (finding.kind, finding.severity, finding.line) == ("inconsistent", "warning", 3)
    assert (finding.found, finding.expected) == (second, first)


def test_a_required_entry_needs_one_rendering(tmp_path, news):
    source = ["Sanksi baru.", "Sanksi baru.", "Sanksi lama."]
    target = ["New sanctions.", "New sanctions.", "Old penalties."]
    [finding] = default_check(tmp_path, news, source, target)
    assert (finding.kind, finding.severity, finding.line) == ("inconsistent", "error", 3)
    assert (finding.found, finding.expected) == ("penalty", "sanction")


@pytest.mark.parametrize("split, separator", [("blank-line", ""), ("###", "###")])
def test_split_makes_each_article_its_own_document(tmp_path, news, split, separator):
    source = ["Soal pertahanan.", "Soal pertahanan.", separator, "Soal pertahanan."]
    target = ["On defence.", "On defence.", separator, "On defense."]
    [finding] = default_check(tmp_path, news, source, target)
    assert (finding.kind, finding.line) == ("inconsistent", 4)
    assert default_check(tmp_path, news, source, target, split=split) == []


@pytest.mark.parametrize(
    "source, target",
    [
        ("Tentara Israel masuk.", "Israeli troops entered."),
        ("Rakyat Korea Utara.", "The North Korean people."),
        ("Pertemuan menteri.", "Ministerial talks."),
        ("Rp9.100 per dolar AS.", "Rp9,100 per dollar."),
        ("Sebesar 2 miliar dolar AS.", "Some $2 billion."),
        ("kata Menteri Keuangan Sri Mulyani.", "Sri Mulyani said."),
        ("Dana naik, kata Menteri Keuangan Sri Mulyani.", "Funds rose, Mulyani said."),
        ("Kurs terhadap dolar AS Rp9.100 per dolar AS.", "The rate was Rp9,100 per dollar."),
        ("Kantor di Jl Medan Merdeka Barat.", "An office on Jl Medan Merdeka Barat."),
    ],
)
def test_what_english_news_writes_is_accepted(tmp_path, news, source, target):
    assert default_check(tmp_path, news, [source], [target]) == []


@pytest.mark.parametrize(
    "source, target, kind",
    [
        ("Rp9.100 per dolar AS.", "Rp9,100 per Canadian dollar.", "mismatch"),
        ("kata Menteri Keuangan Sri Mulyani.", "Trade Minister Sri Mulyani said.", "mismatch"),
        ("Barat mengecam.", "Barat condemned it.", "untranslated"),
    ],
)
def test_what_english_news_does_not_write_is_found(tmp_path, news, source, target, kind):
    [finding] = default_check(tmp_path, news, [source], [target])
    assert finding.kind == kind


def test_a_repeated_mention_may_be_short_once_rendered_in_the_document(tmp_path, news):
    source = ["Korea Utara menolak.", "Korea Utara mengancam.", "Korea Utara diam.", "X.", "Y."]
    target = ["North Korea refused.", "The impoverished North threatened.", "It was silent."]
    assert default_check(tmp_path, news, source[:3], target) == []
    # Without the first rendering, or with a pronoun too far from it, they are mismatches.
    alone = default_check(tmp_path, news, source[1:3], target[1:])
    assert [f.line for f in alone] == [1, 2]
    far = ["North Korea refused.", "Nothing.", "Nothing.", "Nothing.", "It was silent."]
    source_far = ["Korea Utara menolak.", "X.", "Y.", "Z.", "Korea Utara diam."]
    assert [f.line for f in default_check(tmp_path, news, source_far, far)] == [5]


def test_a_title_said_again_may_be_he_said(tmp_path, news):
    source = ["Menteri Keuangan hadir.", "A.", "B.", "C.", "Dana naik, kata Menteri Keuangan."]
    target = ["The Finance Minister attended.", "A.", "B.", "C.", "Funds rose, he said."]
    assert default_check(tmp_path, news, source, target) == []
    [finding] = default_check(tmp_path, news, source[1:], target[1:])
    assert (finding.kind, finding.line) == ("mismatch", 4)


def test_source_side_kinds_are_off_beside_a_translation(tmp_path, matcher):
    source, target = ["Hubungan dengan Cina."], ["Relations with China."]
    assert default_check(tmp_path, matcher, source, target) == []
    [finding] = default_check(tmp_path, matcher, source, target, source=True)
    assert (finding.kind, finding.severity) == ("deprecated", "error")


WORDS = ["kim", "jong", "un", "defence", "organisation", "centre"]


@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "-"])), min_size=1))
def test_joins_case_and_british_spelling_share_a_variant_key(parts):
    from glossary.check.bilingual import variant_key

    plain = " ".join(word for word, _ in parts)
    joined = "".join(join + word for word, join in parts)[1:]
    american = joined.replace("defence", "defense").replace("isation", "ization")
    american = american.replace("centre", "center")
    assert variant_key(plain) == variant_key(american) == variant_key(american.upper())


def test_edit_marks_an_entry_required(tmp_path):
    path = tmp_path / "g.po"
    save(Glossary(entries=[Entry("sanksi", "sanction")]), path)
    runner = CliRunner()
    result = runner.invoke(cli, ["edit", "sanksi", "--required", "--glossary", str(path)])
    assert result.exit_code == 0, result.output
    assert "#. required: yes" in path.read_text(encoding="utf-8")
    from glossary.store import load

    assert load(path).entries[0].required is True
    runner.invoke(cli, ["edit", "sanksi", "--no-required", "--glossary", str(path)])
    assert "required" not in path.read_text(encoding="utf-8")
    assert load(path).entries[0].required is False
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'msgid "sanksi"', '#. required: maybe\nmsgid "sanksi"'
        ),
        encoding="utf-8",
    )
    broken = runner.invoke(cli, ["check", "-", "--glossary", str(path)], input="x\n")
    assert broken.exit_code == 2 and "required is 'yes' or 'no'" in broken.output
