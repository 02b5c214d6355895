"""Review decisions: set/approve/reject/add/show and the interactive review session."""

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary import store
from glossary.cli import cli
from glossary.review import by_key, example_window, parse_label, pending
from glossary.store import Entry, Glossary, load, save
from glossary.text import InputError

ROOT = Path(__file__).resolve().parent.parent


def entries():
    return [
        Entry(
            "Korea Utara",
            "North Korea",
            kind="place",
            fuzzy=True,
            origin="names",
            suggestions=["North Korea (names, 0.90)", "Korea, North (online:google, 0.40)"],
            example="Pada Selasa, Korea Utara kembali meluncurkan rudal balistik.",
            example_source="news/a.txt:3",
            count=50,
            documents=5,
            score=10.0,
        ),
        Entry("Korut", kind="acronym", count=12, documents=3, score=8.0),
        Entry(
            "pertemuan puncak",
            suggestions=["summit (dictionary, 0.70)", "top meeting (online:google, 0.50)"],
            count=9,
            score=7.0,
        ),
        Entry("Cina", kind="place", count=7, score=6.0),
        Entry("mengatakan", count=90, score=5.0),
        Entry("Tiongkok", "China", kind="place", note="house style", count=30, score=9.0),
    ]


@pytest.fixture
def po(tmp_path):
    path = tmp_path / "id-en.po"
    save(Glossary(entries=entries()), path)
    return path


def run(po, *args, input=None):
    return CliRunner().invoke(cli, [*args, "--glossary", str(po)], input=input)


def by_term(po):
    return {e.term: e for e in load(po).entries}


# -- commands for scripts ---------------------------------------------------------


def test_set_reviews_an_entry(po):
    result = run(po, "set", "pertemuan puncak", "  summit ")
    assert result.exit_code == 0, result.output
    assert result.output == f"{po}: pertemuan puncak = summit (reviewed)\n"
    entry = by_term(po)["pertemuan puncak"]
    assert (entry.english, entry.fuzzy, entry.origin) == ("summit", False, "manual")


def test_approve_is_all_or_nothing(po):
    before = po.read_bytes()
    result = run(po, "approve", "Korea Utara", "Korut")
    assert result.exit_code == 2
    assert "'Korut' has no English to approve; use glossary set 'Korut' ENGLISH" in result.output
    assert po.read_bytes() == before
    result = run(po, "approve", "korea utara")
    assert result.exit_code == 0
    assert not by_term(po)["Korea Utara"].fuzzy


def test_reject_makes_entries_obsolete(po):
    result = run(po, "reject", "mengatakan", "Cina")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        f"{po}: mengatakan rejected (kept: mining skips it)",
        f"{po}: Cina rejected (kept: mining skips it)",
    ]
    assert by_term(po)["mengatakan"].obsolete
    assert '# rejected: yes\n# kind: term\n# count: 90\n# score: 5.0\nmsgid "mengatakan"' in (
        po.read_text(encoding="utf-8")
    )
    assert run(po, "reject", "Cina").output == f"{po}: Cina was already rejected\n"


def test_unknown_term_gets_did_you_mean_and_exit_2(po):
    before = po.read_bytes()
    for command in (["set", "Korea Utra", "x"], ["approve", "Korea Utra"], ["show", "Korea Utra"]):
        result = run(po, *command)
        assert result.exit_code == 2
        assert result.output == (
            f"glossary: error: {po}: no entry 'Korea Utra'; did you mean 'Korea Utara'?\n"
        )
    assert po.read_bytes() == before


def test_a_variant_does_not_name_an_entry_to_change(po):
    run(po, "add", "Korea Selatan", "South Korea", "--variant", "Korsel")
    result = run(po, "reject", "Korsel")
    assert result.exit_code == 2
    assert "'Korsel' is a variant of 'Korea Selatan'; name the entry by its msgid" in result.output
    assert run(po, "show", "Korsel").output.startswith("Korea Selatan = South Korea  [reviewed]")


def test_homographs_need_a_context(tmp_path):
    po = tmp_path / "g.po"
    save(
        Glossary(
            entries=[Entry("bisa", "venom", context="racun"), Entry("bisa", "can", context="dapat")]
        ),
        po,
    )
    result = run(po, "set", "bisa", "able to")
    assert result.exit_code == 2
    assert "'bisa' has 2 senses (msgctxt 'dapat', 'racun'); choose one with --context" in (
        result.output
    )
    assert run(po, "set", "bisa", "able to", "--context", "dapat").exit_code == 0
    assert [e.english for e in load(po).entries] == ["able to", "venom"]


def test_a_homograph_is_added_with_its_own_context(tmp_path):
    po = tmp_path / "g.po"
    assert run(po, "add", "PBB", "United Nations", "--kind", "organisation").exit_code == 0
    refused = run(po, "add", "PBB", "land and building tax")
    assert refused.exit_code == 2
    assert "'PBB' is already an entry" in refused.output
    refused = run(po, "add", "Pajak Bumi", "land tax", "--variant", "PBB")
    assert "'PBB' already belongs to 'PBB' (a homograph with another sense needs --context)" in (
        refused.output
    )
    added = run(po, "add", "PBB", "land and building tax", "--context", "pajak")
    assert added.exit_code == 0, added.output
    assert [(e.context, e.english) for e in load(po).entries] == [
        ("", "United Nations"),
        ("pajak", "land and building tax"),
    ]
    assert run(po, "add", "PBB", "property tax", "--context", "pajak").exit_code == 2


def test_add_with_every_field_and_show_it(tmp_path):
    po = tmp_path / "new" / "id-en.po"
    po.parent.mkdir()
    result = run(
        po,
        "add",
        "Perserikatan Bangsa-Bangsa",
        "United Nations",
        "--kind",
        "organisation",
        "--variant",
        "PBB",
        "--deprecated",
        "Persatuan Bangsa-Bangsa",
        "--alternative",
        "UN",
        "--expansion",
        "Perserikatan Bangsa-Bangsa",
        "--note",
        "UN in headlines",
    )
    assert result.exit_code == 0, result.output
    assert result.output.endswith("= United Nations (organisation) added\n")
    shown = run(po, "show", "pbb").output
    assert shown == (
        "Perserikatan Bangsa-Bangsa = United Nations  [reviewed]\n"
        "  kind          organisation\n"
        "  variants      PBB\n"
        "  deprecated    Persatuan Bangsa-Bangsa\n"
        "  alternatives  UN\n"
        "  expansion     Perserikatan Bangsa-Bangsa\n"
        "  origin        manual\n"
        "  note          UN in headlines\n"
    )
    assert run(po, "show", "PBB", "--po").output.startswith("# kind: organisation\n# variants: PBB")
    again = run(po, "add", "PBB", "UN")
    assert again.exit_code == 2
    assert "'PBB' already belongs to 'Perserikatan Bangsa-Bangsa'" in again.output


def test_edit_renames_and_changes_forms_kind_note_and_alternatives(po):
    before = by_term(po)["Tiongkok"]
    result = run(
        po, "edit", "Tiongkok", "--rename", "China", "--deprecated", "Cina ",
        "--alternative", "Chinese", "--kind", "place", "--note", "  house   style 2 ",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    glossary = by_term(po)
    china = glossary["China"]
    assert "Tiongkok" not in glossary and "Cina" in glossary  # Cina is still its own entry
    assert (china.variants, china.alternatives, china.note) == (
        ["Tiongkok"],
        ["Chinese"],
        "house style 2",
    )
    assert (china.english, china.fuzzy, china.count) == (before.english, False, before.count)


def test_edit_moves_a_form_between_accepted_and_deprecated(po):
    assert run(po, "edit", "Korea Utara", "--variant", "Korea-Utara").exit_code == 0
    assert run(po, "edit", "Korea Utara", "--deprecated", "Korea-Utara").exit_code == 0
    north = by_term(po)["Korea Utara"]
    assert (north.variants, north.deprecated, north.fuzzy) == ([], ["Korea-Utara"], True)
    assert run(po, "edit", "Korea Utara", "--no-deprecated", "Korea-Utara").exit_code == 0
    assert by_term(po)["Korea Utara"].deprecated == []


def test_edit_refuses_forms_of_other_entries_and_saves_nothing(po):
    before = po.read_bytes()
    result = run(po, "edit", "Korea Utara", "--variant", "Korut", "--kind", "term")
    assert result.exit_code == 2
    assert "'Korut' already belongs to 'Korut'" in result.output
    result = run(po, "edit", "Korea Utara", "--no-alternative", "DPRK")
    assert result.exit_code == 2 and "has no alternative 'DPRK'" in result.output
    assert po.read_bytes() == before


def test_add_replaces_a_rejected_entry(po):
    run(po, "reject", "Cina")
    result = run(po, "add", "Cina", "China", "--kind", "place")
    assert result.output.endswith("replaces the rejected entry\n")
    assert by_term(po)["Cina"].reviewed


def test_the_shipped_glossary_is_not_edited(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GLOSSARY_PO", raising=False)
    shipped = store.shipped_path()
    for command in (["set", "Korea Utara", "North Korea"], ["suggest"], ["review"]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 2
        assert result.output == (
            f"glossary: error: {shipped}: the glossary shipped with the package is read-only;"
            " glossary init starts your own (--from-shipped: a copy of this one)\n"
        )


# -- interactive review -------------------------------------------------------------


def test_review_order_is_best_first(po):
    assert [e.term for e in pending(load(po))] == [
        "Korea Utara",
        "Korut",
        "pertemuan puncak",
        "Cina",
        "mengatakan",
    ]


def test_review_session_with_every_key(po):
    keys = [
        "2",  # Korea Utara: take "Korea, North"...
        "u",  # ...no: undo, and it is offered again
        "a",  # accept North Korea
        "s",  # Korut: skip
        "e",  # pertemuan puncak: type it
        "summit | summit meeting",
        "d",  # Cina: a deprecated variant of...
        "Tiongkok",
        "x",  # mengatakan: an unknown key shows the keys
        "r",  # reject
    ]
    result = run(po, "review", input="\n".join(keys) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "[5 left] Korea Utara  (place; 50 times in 5 documents; score 10)  fuzzy" in out
    assert "«Pada Selasa, Korea Utara kembali meluncurkan rudal balistik.»  (news/a.txt:3)" in out
    assert "  1. North Korea (names, 0.90)\n  2. Korea, North (online:google, 0.40)" in out
    assert "undone: pick 2 (Korea Utara)" in out
    assert "saved: Korea Utara = North Korea [reviewed]" in out
    assert "saved: Cina, deprecated variant of Tiongkok" in out
    assert "saved: mengatakan rejected" in out
    assert "  keys: [a]ccept" in out
    assert out.endswith(
        f"{po}: 4 decisions saved; 1 entry left to review; run glossary review again to go on\n"
    )
    entries = by_term(po)
    assert entries["Korea Utara"].reviewed and entries["Korea Utara"].english == "North Korea"
    summit = entries["pertemuan puncak"]
    assert (summit.english, summit.alternatives, summit.reviewed) == (
        "summit",
        ["summit meeting"],
        True,
    )
    assert "Cina" not in entries and entries["Tiongkok"].deprecated == ["Cina"]
    assert entries["mengatakan"].obsolete
    assert not entries["Korut"].reviewed

    # A new session resumes: the skipped entry is offered again, nothing else.
    again = run(po, "review", input="q\n")
    assert (
        "[1 left] Korut  (acronym; 12 times in 3 documents; score 8)  untranslated" in again.output
    )
    assert again.output.endswith(
        f"{po}: 0 decisions saved; 1 entry left to review; run glossary review again to go on\n"
    )


def test_each_decision_is_saved_at_once_and_undo_restores_the_file(po):
    before = po.read_bytes()
    result = run(po, "review", input="r\nu\nd\nTiongkok\nu\n")
    assert result.exit_code == 0
    assert po.read_bytes() == before
    run(po, "review", input="1\n")  # end of input quits; the pick is already saved
    assert by_term(po)["Korea Utara"].reviewed


def test_a_decision_that_cannot_be_made_is_explained(po):
    result = run(po, "review", input="s\na\nd\nnowhere\nq\n")  # Korut has no English
    assert "'Korut' has no English to approve" in result.output
    assert "no entry 'nowhere'" in result.output
    assert result.output.endswith(
        "0 decisions saved; 5 entries left to review; run glossary review again to go on\n"
    )


def test_review_of_a_malformed_glossary_is_refused(tmp_path):
    po = tmp_path / "g.po"
    po.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    result = run(po, "review", input="a\n")
    assert result.exit_code == 2
    assert result.output.startswith(f"glossary: error: {po}:2: malformed string (")


# -- helpers ---------------------------------------------------------------------------


def test_suggestion_labels():
    north = parse_label("Korea, North (online:google, 0.40)")
    assert (north.english, north.source, north.confidence) == ("Korea, North", "online:google", 0.4)
    assert (parse_label("summit (dictionary)").english, parse_label("plain").source) == (
        "summit",
        "",
    )


def test_example_window_centres_the_term():
    entry = Entry(
        "Korut", variants=["Korea Utara"], example="a " * 200 + "KOREA UTARA menolak " + "b " * 200
    )
    before, match, after = example_window(entry, width=60)
    assert match == "KOREA UTARA"
    assert before.startswith("…") and after.endswith("…")
    assert len(before) + len(after) < 70


def read_until(fd, marker, output=b"", timeout=30):
    """Read a pseudo-terminal until ``marker`` shows up (or fail with what came)."""
    deadline = time.monotonic() + timeout
    while marker not in output:
        assert time.monotonic() < deadline, output.decode(errors="replace")
        if select.select([fd], [], [], 0.1)[0]:
            output += os.read(fd, 4096)
    return output


def test_review_on_a_terminal_reads_single_key_presses(po):
    """A real pseudo-terminal: keys without Enter, and keys typed ahead are not lost."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "glossary", "review", "--glossary", str(po)]
    proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    try:
        output = read_until(master, b"[q]uit > ")
        os.write(master, b"ars")  # accept, reject, skip: typed ahead, no Enter
        read_until(master, b"(place; 7 times; score 6)", output)  # Cina comes next
        os.write(master, b"q")
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(master)
    entries = by_term(po)
    assert entries["Korea Utara"].reviewed and entries["Korut"].obsolete
    assert not entries["pertemuan puncak"].reviewed


def test_review_edits_the_english_with_line_editing_on_a_terminal(po):
    """Left arrow moves the cursor (readline), it is not stored as ``\\x1b[D``; the current
    English is there to edit."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm"}
    command = [sys.executable, "-m", "glossary", "review", "--glossary", str(po)]
    proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    try:
        output = read_until(master, b"[q]uit > ")
        os.write(master, b"e")  # Korea Utara: "North Korea" is there to edit
        output = read_until(master, b"alternatives): ", output)
        os.write(master, b"ns\r")  # North Koreans
        output = read_until(master, b"Korut", output)
        output = read_until(master, b"[q]uit > ", output)
        os.write(master, b"e")  # Korut: no English yet
        output = read_until(master, b"alternatives): ", output)
        os.write(master, b"U.S.A\x1b[DX\r")
        output = read_until(master, b"saved: Korut", output)
        os.write(master, b"q")
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(master)
    entries = by_term(po)
    assert entries["Korea Utara"].english == "North Koreans"
    assert (entries["Korut"].english, entries["Korut"].reviewed) == ("U.S.XA", True)


def test_review_refuses_control_characters_and_asks_again(po):
    typed = ["e", "U.S.A\x1b[DX", "USA | U.S."]
    result = run(po, "review", input="s\n" + "\n".join(typed) + "\nq\n")
    assert result.exit_code == 0, result.output
    assert "English 'U.S.A\\x1b[DX' holds the control character U+001B" in result.output
    korut = by_term(po)["Korut"]
    assert (korut.english, korut.alternatives) == ("USA", ["U.S."])
    assert "\x1b" not in po.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [
        ["set", "Korut", "U.S.A\x1b[DX"],
        ["add", "Korea Selatan", "South Korea", "--note", "first\u2028second"],
        ["add", "Korea Selatan", "South\x85Korea"],
        ["add", "Korea Selatan", "South Korea", "--context", "a\x00b"],
        ["edit", "Korut", "--variant", "Kor\x07ut"],
        ["edit", "Korut", "--note", "bell\x07"],
        ["edit", "Korut", "--rename", "Kor\x1but"],
        ["set", "Korut", "caf\udce9"],  # bytes that were not UTF-8, as Python passes them
    ],
)
def test_no_command_stores_a_control_character(po, command):
    before = po.read_bytes()
    result = run(po, *command)
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("glossary: error: ")
    assert "control character" in result.output or "not valid UTF-8" in result.output
    assert po.read_bytes() == before


def test_arguments_in_bytes_that_are_not_utf8_are_one_line(po):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
    for command in ([b"set", b"Korut", b"caf\xe9"], [b"add", b"caf\xe9", b"cafe"]):
        args = [sys.executable.encode(), b"-m", b"glossary", *command, b"--glossary", bytes(po)]
        done = subprocess.run(args, capture_output=True, env=env, timeout=60)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count(b"\n") == 1 and b"is not valid UTF-8" in done.stderr
    assert "Kafe" not in po.read_text(encoding="utf-8")


def test_rename_to_a_form_of_another_entry_is_refused(po):
    run(po, "add", "Korea Selatan", "South Korea", "--variant", "Korsel")
    before = po.read_bytes()
    result = run(po, "edit", "Korut", "--rename", "Korsel")
    assert result.exit_code == 2
    assert result.output == f"glossary: error: {po}: 'Korsel' already belongs to 'Korea Selatan'\n"
    assert po.read_bytes() == before


def test_undo_leaves_a_later_decision_of_another_session_alone(po):
    from glossary.review import Session, deprecate, pick, set_english

    mine, theirs = Session(po), Session(po)
    north = ("", "Korea Utara")
    mine.decide(north, "accept", lambda g, e: None)
    theirs.decide(north, "pick 2", lambda g, e: pick(e, 2))
    with pytest.raises(InputError, match="not undone: 'Korea Utara' changed in the file since"):
        mine.undo()
    assert by_term(po)["Korea Utara"].english == "Korea, North"

    cina, tiongkok = ("", "Cina"), ("", "Tiongkok")
    mine.decide(cina, "edit", lambda g, e: set_english(e, "China"))
    theirs.decide(
        cina, "deprecated", lambda g, e: deprecate(g, e, by_key(g, tiongkok)), also=(tiongkok,)
    )
    with pytest.raises(InputError, match="'Cina' changed in the file since"):
        mine.undo()
    entries = by_term(po)
    assert "Cina" not in entries and entries["Tiongkok"].deprecated == ["Cina"]

    theirs.undo()  # nothing changed it since: undone
    assert by_term(po)["Cina"].english == "China"


def test_undo_in_review_says_what_changed_elsewhere(po):
    """Two review sessions: a real second process between this one's decision and its undo."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "glossary", "review", "--glossary", str(po)]
    proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    try:
        output = read_until(master, b"[q]uit > ")
        os.write(master, b"a")  # accept North Korea
        output = read_until(master, b"Korut", output)
        other = run(po, "review", input="2\nq\n")  # Korea Utara is reviewed: next is Korut
        assert other.exit_code == 0
        assert run(po, "set", "Korea Utara", "DPRK").exit_code == 0
        os.write(master, b"u")
        output = read_until(master, b"changed in the file since", output)
        os.write(master, b"q")
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(master)
    assert by_term(po)["Korea Utara"].english == "DPRK"


def test_review_hints_fit_an_80_column_terminal(po):
    from glossary.review import KEYS

    assert len(KEYS + " > ") <= 80
    result = run(po, "review", input="x\ns\na\nq\n")
    hint = result.output[result.output.index("  keys: ") :].splitlines()[:2]
    assert hint == [f"  keys: {KEYS}", "  (glossary review --help explains them)"]
    assert all(len(line) <= 80 for line in hint)
    assert "'Korut' has no English to approve; press e to type it" in result.output
    assert "glossary set" not in result.output


def test_terminal_escapes_in_the_glossary_are_shown_not_sent(tmp_path):
    po = tmp_path / "g.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#. kind: place\nmsgid "Korea Utara"\nmsgstr "North \x1b]0;owned\x07Korea\x9b2J"\n\n'
        '#, fuzzy\nmsgid "Korut"\nmsgstr "North \x1b]0;owned\x07Korea\x9b2J"\n',
        encoding="utf-8",
    )
    shown = "North \\x1b]0;owned\\x07Korea\\x9b2J"
    as_po = "North \\x1b]0;owned\\aKorea\\x9b2J"  # the PO writer escapes BEL as gettext does
    for command, expected in (
        (["show", "Korea Utara"], shown),
        (["show", "Korea Utara", "--po"], as_po),
        (["lookup", "Korea Utara"], shown),
    ):
        result = run(po, *command)
        assert "\x1b" not in result.output and "\x07" not in result.output, command
        assert expected in result.output, command
    result = run(po, "review", input="q\n")
    assert "\x1b]" not in result.output and "\\x1b]0;owned\\x07" in result.output


def controlling_terminal():
    """In the child: a session of its own with the pty as its terminal, so ^C is SIGINT."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def test_ctrl_c_at_the_english_prompt_ends_the_session_cleanly(po):
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm"}
    command = [sys.executable, "-m", "glossary", "review", "--glossary", str(po)]
    proc = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, preexec_fn=controlling_terminal
    )
    os.close(slave)
    try:
        output = read_until(master, b"[q]uit > ")
        os.write(master, b"e")
        output = read_until(master, b"alternatives): ", output)
        # CPython's readline waits in select() after checking for signals: a ^C that lands
        # in between (the instant the prompt shows, likelier on a loaded machine) is seen
        # only at the next key, so ^C is pressed again until the session ends.
        for _ in range(10):
            os.write(master, b"\x03")
            try:
                output = read_until(master, b"entries left to review", output, timeout=3)
                break
            except AssertionError:
                continue
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(master)
    assert b"Traceback" not in output and b"0 decisions saved" in output
