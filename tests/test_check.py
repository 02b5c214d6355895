"""glossary check: every finding kind, the inputs it reads, its reports and exit codes."""

import json

import pytest
from check_helpers import ENTRIES, kinds_of, pair, run_check, write
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from glossary import check, scan
from glossary.check import english_forms, find_rendering, parse_kinds, rendering_pattern
from glossary.cli import cli
from glossary.match import Matcher
from glossary.store import Entry, Glossary, save
from glossary.text import InputError

# Every check runs on the pure-Python scanner and on the compiled one (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("implementation")


def _may_occur(choices, folded):
    """The test before a rendering's pattern, of the implementation under test."""
    return check.patterns.MAY_OCCUR[scan.IMPLEMENTATION](choices, folded)


@pytest.fixture(scope="module")
def matcher():
    return Matcher(ENTRIES)


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


def test_a_company_kept_under_its_registered_name_is_not_untranslated(tmp_path):
    """English news keeps a company's registered name ("PT Transportasi Jakarta"); a
    government body's name left in Indonesian is still untranslated."""
    matcher = Matcher(
        [
            Entry("PT Transportasi Jakarta", "Transjakarta", kind="organisation"),
            Entry("Dinas Perhubungan", "Transportation Agency", kind="organisation"),
        ]
    )
    source = "PT Transportasi Jakarta menambah bus.\nDinas Perhubungan menambah bus.\n"
    target = "PT Transportasi Jakarta added buses.\nDinas Perhubungan added buses.\n"
    [finding] = pair(tmp_path, matcher, source, target)
    assert (finding.kind, finding.line) == ("untranslated", 2)


def test_a_glossary_word_inside_a_name_kept_in_english_is_no_finding(tmp_path, matcher):
    source = "Direktur PD Pasar Jaya berkata.\nPD Pasar Jaya mengelola pasar tradisional.\n"
    target = "The director of PD Pasar Jaya said.\nPD Pasar Jaya runs traditional stalls.\n"
    [finding] = pair(tmp_path, matcher, source, target)
    assert (finding.kind, finding.line, finding.found) == ("mismatch", 2, "pasar")


def test_select_and_ignore(tmp_path, matcher):
    source, target = "Cina dan sanksi.\n", "China and penalties.\n"
    assert kinds_of(pair(tmp_path, matcher, source, target)) == ["deprecated", "mismatch"]
    assert kinds_of(pair(tmp_path, matcher, source, target, kinds={"mismatch"})) == ["mismatch"]
    assert parse_kinds("all") == frozenset(check.KINDS)
    with pytest.raises(InputError, match="unknown check kind typo"):
        parse_kinds("mismatch,typo")


def test_tmx_in_an_unknown_encoding_is_an_input_error(tmp_path, glossary_po):
    path = write(tmp_path / "t.tmx", '<?xml version="1.0" encoding="klingon"?><tmx/>')
    result = CliRunner().invoke(cli, ["check", path, "--glossary", glossary_po])
    assert result.exit_code == 2
    assert result.output == f"glossary: error: {path}: not valid TMX (unknown encoding: klingon)\n"


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
    tgt = write(tmp_path / "a.en.txt", "China and penalties in Tokyo.\n")
    runner = CliRunner()
    base = ["check", src, "--translation", tgt, "--glossary", glossary_po]
    result = runner.invoke(cli, base)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{tgt}:1:1: error: 'Jakarta' (source {src}:1:20) is not rendered as Jakarta;"
        " 'Tokyo' stands there [mismatch]",
        "1 finding (1 error): 1 mismatch",
    ]
    strict = runner.invoke(cli, [*base, "--strict", "--source"])
    assert strict.exit_code == 1
    assert strict.output.splitlines() == [
        f"{src}:1:1: error: 'Cina' is deprecated; use 'Tiongkok' [deprecated]",
        f"{tgt}:1:1: warning: 'sanksi' (source {src}:1:10) is not rendered as sanction;"
        " the English leaves it out [mismatch]",
        f"{tgt}:1:1: error: 'Jakarta' (source {src}:1:20) is not rendered as Jakarta;"
        " 'Tokyo' stands there [mismatch]",
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
            "message": f"'Sanksi' (source {src}:1:1) is not rendered as sanction;"
            " the English leaves it out",
            "terms": [],
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


def test_edit_marks_an_entry_required(tmp_path):
    path = tmp_path / "g.po"
    save(Glossary(entries=[Entry("sanksi", "sanction")]), path)
    runner = CliRunner()
    result = runner.invoke(cli, ["edit", "sanksi", "--required", "--glossary", str(path)])
    assert result.exit_code == 0, result.output
    assert "# required: yes" in path.read_text(encoding="utf-8")
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


@given(
    st.lists(
        st.from_regex(r"[A-Za-z]{1,7}|[A-Z](?:\.[A-Z]){1,2}\.?", fullmatch=True),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from([" ", "-", " - "]),
    st.sampled_from(["", "s", "es", "'s", "ies", "ing", "ed"]),
    st.sampled_from([str.lower, str.upper, str.title, lambda t: t]),
)
def test_a_rendering_found_passes_the_test_before_its_pattern(words, joiner, ending, case):
    """The cheap filter before a rendering's pattern never skips a rendering that occurs."""
    rendering = " ".join(words)
    text = case(
        "the "
        + joiner.join(w.replace(".", "") if case is str.lower else w for w in words)
        + ending
        + " said"
    )
    if rendering_pattern(rendering, True).search(text):
        assert _may_occur(check.patterns._word_choices(rendering), text.casefold())


def test_an_inflection_that_changes_a_short_word_is_still_found():
    """spy → spies, flies → fly: the filter before the pattern keeps only what all forms share."""
    assert find_rendering(Entry("mata-mata", "spy"), "Two spies were held.")[0] == "spy"
    assert find_rendering(Entry("x", "flies"), "A fly landed.")[0] == "flies"


def test_a_one_word_term_may_be_rendered_by_its_verb():
    # "dikenai denda" as "was fined": English makes a verb of the noun Indonesian keeps.
    assert find_rendering(Entry("denda", "fine", kind="term"), "He was fined.")[0] == "fine"
    assert find_rendering(Entry("peringkat", "rank", kind="term"), "She is ranked third.")
    # Not a phrase's word, and not a name's: "Bank" is no "banked".
    assert find_rendering(Entry("denda berat", "heavy fine"), "He was heavily fined.") is None
    assert find_rendering(Entry("Bank", "Bank", kind="organisation"), "They banked it.") is None


@given(words, st.booleans())
def test_every_form_of_a_word_passes_the_test_before_its_pattern(word, verb):
    """Each inflection and spelling the pattern accepts passes the cheap test."""
    for spelt in check.patterns.spelling_variants(word):
        for form in english_forms(spelt, verb):
            assert _may_occur(check.patterns._word_choices(word), f"the {form} said")


def test_a_derived_form_with_a_name_inside_is_found():
    """Forms with a name slot are searched though the slot has no stem of its own."""
    entry = Entry("camat", "sub district head", kind="title")
    found = find_rendering(entry, "Head of Kembangan Sub District Ali said.")
    assert found is not None and found[0] == "sub district head"


@pytest.mark.parametrize(
    "entry, english, rendering",
    [
        # the place of ``Kepala Dinas Perhubungan DKI Jakarta`` inside its English
        (
            Entry("Kepala Dinas Perhubungan", "head of the transportation agency", kind="title"),
            "Head of the Jakarta Transportation Agency Syafrin Liputo said.",
            "head of the transportation agency",
        ),
        # the council of ``Anggota DPRD DKI`` named inside its English, after "the"
        (
            Entry("Anggota DPRD", "council member", kind="title"),
            "A member of the Jakarta Council from the PDI-P faction said.",
            "council member",
        ),
        # the country of ``Presiden AS`` written another way
        (
            Entry("Presiden AS", "US President", kind="title"),
            "Anwar met United States President Donald Trump.",
            "US President",
        ),
        (
            Entry("Perdana Menteri Inggris", "British Prime Minister", kind="title"),
            "The UK Prime Minister said.",
            "British Prime Minister",
        ),
    ],
)
def test_a_title_with_its_place_written_in_or_otherwise_is_found(entry, english, rendering):
    found = find_rendering(entry, english)
    assert found is not None and found[0] == rendering


def test_a_regional_body_written_with_its_region_s_name_is_found():
    """``BPBD DKI Jakarta`` as "the Jakarta Disaster Mitigation Agency"; the national body
    is another one."""
    entry = Entry(
        "Badan Penanggulangan Bencana Daerah",
        "Regional Disaster Mitigation Agency",
        kind="organisation",
    )
    found = find_rendering(entry, "said the Jakarta Disaster Mitigation Agency (BPBD).")
    assert found is not None and found[0] == "Regional Disaster Mitigation Agency"
    assert find_rendering(entry, "said the National Disaster Mitigation Agency.") is None


@pytest.mark.parametrize(
    "entry, english",
    [
        # the head of a body as its chief
        (
            Entry("Sekretaris Jenderal PBB", "UN Secretary-General", kind="title"),
            "UN chief Guterres",
        ),
        (Entry("Kapolda Metro Jaya", "Jakarta Police head", kind="title"), "Jakarta Police chief"),
        # a country's title as its holder's counterpart
        (Entry("Presiden Mesir", "Egyptian President", kind="title"), "his Egyptian counterpart"),
        (
            Entry("Menlu Korsel", "South Korean Foreign Minister", kind="title"),
            "South Korean counterpart",
        ),
    ],
)
def test_a_chief_or_a_counterpart_renders_a_title(entry, english):
    found = find_rendering(entry, english)
    assert found is not None and found[0] == entry.english


@pytest.mark.parametrize(
    "entry, english",
    [
        # a deputy is no chief, nor is a director, one of many
        (
            Entry("Wakil Sekjen PBB", "UN Deputy Secretary-General", kind="title"),
            "UN chief Guterres",
        ),
        (Entry("direktur Pertamina", "Pertamina director", kind="title"), "the Pertamina chief"),
        # another country's counterpart
        (Entry("Presiden Mesir", "Egyptian President", kind="title"), "his Turkish counterpart"),
    ],
)
def test_a_chief_or_a_counterpart_of_another_is_no_rendering(entry, english):
    assert find_rendering(entry, english) is None


def test_another_title_or_country_is_not_a_derived_form():
    """The derived forms keep the title's words and put a country, never another title."""
    assert (
        find_rendering(Entry("Presiden AS", "US President", kind="title"), "the Mexican President")
        is None
    )
    head = Entry("Kepala Dinas Perhubungan", "head of the transportation agency", kind="title")
    assert find_rendering(head, "head of the Jakarta Water Resources Agency") is None
