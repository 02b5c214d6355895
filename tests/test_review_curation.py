"""Curation at scale: related forms kept on accepting, approve --all, glossary init, and the
whole flow a new user follows (init, mine --update, suggest, approve --all, annotate)."""

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from test_review import ROOT, by_term, read_until, run

from glossary import store
from glossary.cli import cli
from glossary.store import Entry, Glossary, format_entry, load, save

MSGFMT = shutil.which("msgfmt")


def entries():
    return [
        Entry(
            "Israel",
            "Israel",
            kind="place",
            fuzzy=True,
            origin="names",
            suggestions=[
                "Israel (names, 0.95; also: Israeli, Israelis)",
                "Israeli (parallel, 0.60)",
            ],
            count=40,
            score=9.0,
        ),
        Entry(
            "Irak",
            "Iraq",
            kind="place",
            fuzzy=True,
            origin="parallel",
            suggestions=["Iraq (parallel, 0.85; also: Iraqi)"],
            count=20,
            score=8.0,
        ),
        Entry(
            "PM",
            "Prime Minister",
            kind="acronym",
            fuzzy=True,
            origin="parallel",
            suggestions=["Prime Minister (parallel, 0.80)", "PM (names, 0.50)"],
            count=15,
            score=7.5,
        ),
        Entry(
            "garis keras",
            "violent line",
            fuzzy=True,
            origin="dictionary",
            suggestions=["violent line (dictionary, 0.30)", "hardline (parallel, 0.25)"],
            count=10,
            score=7.0,
        ),
        Entry(
            "gencatan senjata",
            "ceasefire",
            fuzzy=True,
            origin="online:google",
            suggestions=["ceasefire (online:google, 0.70)"],
            count=8,
            score=6.0,
        ),
        # English from a client's termbase that a suggestion also gives: the origin stays.
        Entry(
            "sanksi",
            "sanctions",
            fuzzy=True,
            origin="import:client.tbx",
            suggestions=["sanctions (dictionary, 0.90; also: sanction)"],
            count=6,
            score=5.0,
        ),
        Entry("Korut", kind="place", count=5, score=4.0),  # no English, no suggestion
        Entry("Tiongkok", "China", kind="place", count=30, score=9.5),  # reviewed
    ]


@pytest.fixture
def po(tmp_path):
    path = tmp_path / "id-en.po"
    save(Glossary(entries=entries()), path)
    return path


# -- related forms ------------------------------------------------------------------


def test_the_card_shows_what_accepting_keeps_and_accept_keeps_it(po):
    result = run(po, "review", input="a\nq\n")
    assert result.exit_code == 0, result.output
    assert "  English now: Israel (names) + Israeli, Israelis as alternatives\n" in result.output
    assert "  1. Israel (names, 0.95) + Israeli, Israelis as alternatives\n" in result.output
    assert "  2. Israeli (parallel, 0.60)\n" in result.output
    assert "saved: Israel = Israel [reviewed]; alternatives + Israeli, Israelis" in result.output
    israel = by_term(po)["Israel"]
    assert (israel.alternatives, israel.origin, israel.reviewed) == (
        ["Israeli", "Israelis"],
        "names",
        True,
    )


def test_undo_takes_the_related_forms_back(po):
    before = po.read_bytes()
    result = run(po, "review", input="a\nu\nq\n")
    assert "undone: accept (Israel)" in result.output
    assert po.read_bytes() == before
    assert by_term(po)["Israel"].alternatives == []


def test_picking_another_suggestion_keeps_only_its_own_forms(po):
    run(po, "review", input="2\n1\nq\n")  # Israel: Israeli; Irak: Iraq with Iraqi
    entries = by_term(po)
    assert (entries["Israel"].english, entries["Israel"].alternatives) == ("Israeli", [])
    assert (entries["Israel"].origin, entries["Irak"].alternatives) == ("parallel", ["Iraqi"])


def test_a_form_already_an_alternative_is_not_offered_twice(po):
    run(po, "edit", "Israel", "--alternative", "Israeli")
    result = run(po, "review", input="q\n")
    assert "  English now: Israel (names) + Israelis as alternatives\n" in result.output
    run(po, "approve", "Israel")
    assert by_term(po)["Israel"].alternatives == ["Israeli", "Israelis"]


def test_approve_by_name_keeps_related_forms_and_an_imported_origin(po):
    result = run(po, "approve", "Irak", "sanksi")
    assert result.exit_code == 0, result.output
    entries = by_term(po)
    assert (entries["Irak"].alternatives, entries["Irak"].origin) == (["Iraqi"], "parallel")
    assert (entries["sanksi"].alternatives, entries["sanksi"].origin) == (
        ["sanction"],
        "import:client.tbx",
    )


def test_approving_again_does_not_bring_back_a_removed_form(po):
    run(po, "approve", "Israel")
    run(po, "edit", "Israel", "--no-alternative", "Israelis")
    run(po, "approve", "Israel")
    assert by_term(po)["Israel"].alternatives == ["Israeli"]


def test_review_hints_point_at_the_key_to_press(po):
    result = run(po, "review", input="s\ns\ns\ns\ns\ns\n3\na\nq\n")
    out = result.output
    assert "  no English yet: press e to type it\n" in out  # Korut
    assert "'Korut' has no English to approve; press e to type it" in out
    assert "no suggestion 3 for 'Korut' (it has none)" in out


def test_a_related_form_on_a_real_terminal(po):
    """The card on a pseudo-terminal says what ``a`` keeps; ``a`` keeps it, ``u`` undoes."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "glossary", "review", "--glossary", str(po)]
    proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    try:
        output = read_until(master, b"[q]uit > ")
        assert b"+ Israeli, Israelis as alternatives" in output
        os.write(master, b"a")
        output = read_until(master, b"alternatives + Israeli, Israelis", output)
        assert by_term(po)["Israel"].alternatives == ["Israeli", "Israelis"]
        os.write(master, b"u")
        output = read_until(master, b"undone: accept (Israel)", output)
        os.write(master, b"q")
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(master)
    assert by_term(po)["Israel"].alternatives == []


# -- approve --all ----------------------------------------------------------------------


def test_approve_all_dry_run_says_what_and_saves_nothing(po):
    before = po.read_bytes()
    result = run(po, "approve", "--all", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"{po}: would approve 6 entries (parallel 2, names 1, dictionary 1, online:google 1,"
        " import:client.tbx 1); 1 left to review",
        "  Israel = Israel  (names 0.95; also Israeli, Israelis)",
        "  Irak = Iraq  (parallel 0.85; also Iraqi)",
        "  PM = Prime Minister  (parallel 0.80)",
        "  garis keras = violent line  (dictionary 0.30)",
        "  gencatan senjata = ceasefire  (online:google 0.70)",
        "  sanksi = sanctions  (import:client.tbx 0.90; also sanction)",
        "nothing saved (--dry-run)",
    ]
    assert po.read_bytes() == before


@pytest.mark.parametrize(
    ("filters", "approved"),
    [
        (["--origin", "names"], {"Israel"}),
        (["--origin", "online"], {"gencatan senjata"}),  # the family of online:google
        (["--origin", "parallel", "--origin", "import"], {"Irak", "PM", "sanksi"}),
        # An English below the bar, or without a confidence, waits for a person.
        (["--min-confidence", "0.8"], {"Israel", "Irak", "PM", "sanksi"}),
        (["--kind", "acronym"], {"PM"}),
        (["--kind", "place", "--min-confidence", "0.9"], {"Israel"}),
        (["--origin", "names", "--kind", "acronym"], set()),
    ],
)
def test_approve_all_filters(po, filters, approved):
    result = run(po, "approve", "--all", *filters)
    assert result.exit_code == 0, result.output
    assert {e.term for e in load(po).entries if e.reviewed} == approved | {"Tiongkok"}
    plural = "entry" if len(approved) == 1 else "entries"
    head = result.output.splitlines()[0]
    if approved:
        assert head.startswith(f"{po}: approved {len(approved)} {plural} (")
    else:
        assert head == f"{po}: no entry to approve with these filters; 7 left to review"


def test_approve_all_lists_the_first_ten(tmp_path):
    po = tmp_path / "g.po"
    terms = [Entry(f"istilah {n:02}", f"term {n}", fuzzy=True, score=50.0 - n) for n in range(12)]
    save(Glossary(entries=terms), po)
    result = run(po, "approve", "--all")
    lines = result.output.splitlines()
    assert lines[0] == f"{po}: approved 12 entries (no origin 12); 0 left to review"
    assert lines[1] == "  istilah 00 = term 0  (no origin)"
    assert lines[10].startswith("  istilah 09 = ")
    assert lines[11:] == ["  ... and 2 more"]
    assert all(e.reviewed for e in load(po).entries)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--all", "Irak"], "give TERM... or --all, not both"),
        ([], "name the TERM... to approve, or --all (with --origin, --kind...)"),
        (["Irak", "--origin", "names"], "--origin selects entries for --all"),
        (["--all", "--context", "x"], "--context names the sense of a TERM"),
    ],
)
def test_approve_usage_mistakes_are_one_line(po, args, message):
    before = po.read_bytes()
    result = run(po, "approve", *args)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and message in result.output
    assert po.read_bytes() == before


# -- glossary init -----------------------------------------------------------------------


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GLOSSARY_PO", raising=False)
    return tmp_path


def test_init_starts_an_empty_glossary_with_the_house_style(here):
    result = CliRunner().invoke(cli, ["init"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "terms/id-en.po: an empty glossary; its header holds the shipped house style,"
        " edit it to yours",
        "next: glossary mine ARTICLE... --update terms/id-en.po",
        "then: glossary suggest; glossary review",
    ]
    made = load(here / "terms" / "id-en.po")
    shipped = load(store.shipped_path())
    house_style = shipped.header[shipped.header.index("House style") :]
    assert made.entries == [] and made.header.endswith(house_style)
    assert made.header.startswith(store.DEFAULT_HEADER)
    reviewed = CliRunner().invoke(cli, ["review"], input="")
    assert reviewed.output.endswith(
        "terms/id-en.po: 0 decisions saved; 0 entries left to review\n"
        "nothing to review: glossary mine ARTICLE... --update terms/id-en.po brings new"
        " candidates\n"
    )
    # The folder's glossary is the one commands use now: no --glossary needed.
    added = CliRunner().invoke(cli, ["add", "Korea Utara", "North Korea"])
    assert added.exit_code == 0 and added.output.startswith("terms/id-en.po: Korea Utara")


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) not installed")
def test_an_initialised_glossary_passes_msgfmt_check(here):
    CliRunner().invoke(cli, ["init", "g.po"])
    done = subprocess.run([MSGFMT, "--check", "-o", os.devnull, "g.po"], capture_output=True)
    assert done.returncode == 0, done.stderr


def test_init_from_shipped_copies_every_entry(here):
    result = CliRunner().invoke(cli, ["init", "--from-shipped", "mine/g.po"])
    assert result.exit_code == 0, result.output
    shipped = load(store.shipped_path())
    assert result.output.splitlines() == [
        f"mine/g.po: a copy of the shipped glossary ({len(shipped.entries)} entries)",
        "other commands need --glossary mine/g.po (not ./terms/id-en.po),"
        " or export GLOSSARY_PO=mine/g.po",
        "next: glossary mine ARTICLE... --update mine/g.po",
        "then: glossary suggest --glossary mine/g.po; glossary review --glossary mine/g.po",
    ]
    copy = load(here / "mine" / "g.po")
    assert [format_entry(e) for e in copy.entries] == [format_entry(e) for e in shipped.entries]
    assert copy.header == shipped.header


def test_init_names_glossary_po_when_it_points_elsewhere(here, monkeypatch):
    monkeypatch.setenv("GLOSSARY_PO", str(here / "other.po"))
    result = CliRunner().invoke(cli, ["init"])
    assert "other commands need --glossary terms/id-en.po ($GLOSSARY_PO names another)" in (
        result.output
    )


@pytest.mark.parametrize("content", [b"", b"not a PO file \xff", b'msgid ""\nmsgstr ""\n'])
def test_init_never_overwrites(here, content):
    path = here / "terms" / "id-en.po"
    path.parent.mkdir()
    path.write_bytes(content)
    for args in (["init"], ["init", "--from-shipped"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2
        assert result.output == (
            "glossary: error: terms/id-en.po: already exists; not overwritten"
            " (name another PATH, or use this one)\n"
        )
    assert path.read_bytes() == content


def test_the_shipped_glossary_points_at_init(here):
    result = CliRunner().invoke(cli, ["approve", "--all"])
    assert result.exit_code == 2
    assert "glossary init starts your own (--from-shipped: a copy of this one)" in result.output


# -- the whole flow ----------------------------------------------------------------------

ARTICLE = """\
Perdana Menteri Israel mengatakan pasukan Israel akan tetap berada di Jalur Gaza.
Dewan Keamanan PBB menyerukan gencatan senjata di Jalur Gaza.
Pasukan Israel menyerang Jalur Gaza lagi pada Selasa, kata PBB.
PBB mengirim bantuan ke Jalur Gaza setelah gencatan senjata disepakati.
"""
ALIGNED = [
    ("Pasukan Israel menarik diri dari Jalur Gaza.", "Israeli troops left the Gaza Strip."),
    ("Israel menolak seruan PBB.", "Israel rejected the UN call."),
    ("Perdana Menteri Israel tiba di Kairo.", "The Israeli Prime Minister arrived in Cairo."),
    ("PBB mengecam serangan di Jalur Gaza.", "The UN condemned the attack in the Gaza Strip."),
    ("Gencatan senjata berlaku di Jalur Gaza.", "A ceasefire took effect in the Gaza Strip."),
    ("Israel menyetujui gencatan senjata.", "The Israeli government approved the ceasefire."),
    ("Kedua pihak melanggar gencatan senjata.", "Both sides violated the ceasefire."),
]


def test_the_curation_flow_of_a_new_user(here):
    """init → mine --update → suggest → approve --all → annotate, as the hints say."""
    (here / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (here / "corpus.id").write_text("\n".join(s for s, _ in ALIGNED) + "\n", encoding="utf-8")
    (here / "corpus.en").write_text("\n".join(t for _, t in ALIGNED) + "\n", encoding="utf-8")
    runner = CliRunner()
    steps = [
        ["init"],
        ["mine", "article.txt", "--update", "terms/id-en.po"],
        ["suggest", "--backend", "names", "--backend", "parallel"]
        + ["--parallel", "corpus.id", "corpus.en"],
        ["approve", "--all", "--min-confidence", "0.5"],
    ]
    for args in steps:
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, (args, result.output)
    entries = {e.term: e for e in load(Path("terms/id-en.po")).entries}
    israel = entries["Israel"]
    assert (israel.english, israel.reviewed) == ("Israel", True)
    assert "Israeli" in israel.alternatives  # kept from the suggestion's related forms
    assert entries["Jalur Gaza"].english == "Gaza Strip" and entries["Jalur Gaza"].reviewed
    annotated = runner.invoke(cli, ["annotate", "article.txt"])
    assert annotated.exit_code == 0
    assert "Jalur Gaza [Gaza Strip]" in annotated.output
    assert "Israel [Israel]" in annotated.output


# -- property: the filters only narrow --------------------------------------------------

ORIGINS = ("names", "parallel", "dictionary", "online:google", "online:deepl", "manual", "")


@st.composite
def glossaries(draw):
    made = []
    for n in range(draw(st.integers(0, 12))):
        english = draw(st.sampled_from(["", "Iraq", "Iraqi"]))
        sure = draw(st.sampled_from([None, 0.1, 0.5, 0.8, 1.0]))
        label = [f"Iraq (parallel, {sure:.2f}; also: Iraqi)"] if sure is not None else []
        made.append(
            Entry(
                f"istilah {n}",
                english,
                kind=draw(st.sampled_from(("place", "term", "acronym"))),
                origin=draw(st.sampled_from(ORIGINS)),
                fuzzy=draw(st.booleans()),
                obsolete=draw(st.booleans()),
                suggestions=label,
                score=float(n),
            )
        )
    return Glossary(entries=made)


@settings(max_examples=200, deadline=None)
@given(
    glossaries(),
    st.lists(st.sampled_from(("names", "parallel", "online", "online:google", "import"))),
    st.sampled_from([None, 0.0, 0.5, 0.8]),
    st.lists(st.sampled_from(("place", "term", "acronym"))),
)
def test_approve_all_filters_only_narrow(glossary, origins, min_confidence, kinds):
    from glossary.review import approvable, confidence, pending

    everything = approvable(glossary)
    assert everything == [e for e in pending(glossary) if e.english]
    chosen = approvable(glossary, origins, min_confidence, kinds)
    assert all(e in everything for e in chosen)
    for e in chosen:
        assert not kinds or e.kind in kinds
        assert min_confidence is None or (confidence(e) or 0) >= min_confidence
    # One filter at a time, each a superset of all of them together.
    for one in (approvable(glossary, origins), approvable(glossary, min_confidence=min_confidence)):
        assert all(e in one for e in chosen)
    # Every kind, taken one at a time, makes up the whole.
    by_kind = [
        e for kind in ("place", "term", "acronym") for e in approvable(glossary, kinds=[kind])
    ]
    assert sorted(e.term for e in by_kind) == sorted(e.term for e in everything)
