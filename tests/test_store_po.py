"""PO syntax at the store's edges: escapes, controls, lines kept, odd but valid gettext,
resources, and the single writer's output files."""

import os
import stat
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import store
from glossary.merge import merge
from glossary.store import Entry, Glossary, dumps, edit, format_entry, load, loads, save
from glossary.text import InputError, write_atomic

ROOT = Path(__file__).resolve().parent.parent
HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
# Characters polib (and editors) take as line breaks, and other controls.
SEPARATORS = ["\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x1b"]


# -- controls are refused by the one writer; templates escape them --------------------


@pytest.mark.parametrize("char", SEPARATORS)
@pytest.mark.parametrize("field", ["note", "english", "context", "variants", "example"])
def test_the_writer_refuses_control_characters_and_leaves_the_file(tmp_path, char, field):
    path = tmp_path / "g.po"
    save(Glossary(entries=[Entry("Korea Utara", "North Korea")]), path)
    before = path.read_bytes()
    value = f"first{char}second"
    refused = pytest.raises(InputError, match=rf"'Korea Utara'.* {field} holds control character")
    with refused, edit(path) as glossary:
        setattr(glossary.entries[0], field, [value] if field == "variants" else value)
    assert path.read_bytes() == before


def test_add_with_a_line_separator_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "g.po"
    save(Glossary(entries=[Entry("Korea Utara", "North Korea")]), path)
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "glossary", "add", "Korut", "N. Korea", "--glossary", str(path)]
        + ["--note", "first\u2028second"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "U+2028" in result.stderr
    assert path.read_bytes() == before


def test_mined_examples_get_spaces_for_separators(tmp_path):
    glossary = Glossary()
    merge(glossary, [Entry("rudal", example="Rudal\u2028diluncurkan\x85kemarin.")])
    assert glossary.entries[0].example == "Rudal diluncurkan kemarin."
    save(glossary, tmp_path / "g.po")  # not refused


@pytest.mark.parametrize("char", ["\r", "\v", "\f", "\a", "\b", "\t"])
def test_template_strings_escape_what_gettext_escapes(char):
    text = format_entry(Entry("a", f"x{char}y"))
    assert char not in text.split('msgstr "')[1]
    assert loads(HEADER + text + "\n", "g.pot").entries[0].english == f"x{char}y"
    if char != "\a":  # polib does not unescape \a (gettext does)
        assert polib.pofile(HEADER + text + "\n")[0].msgstr == f"x{char}y"


readable = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30)


@given(st.lists(st.tuples(readable.filter(bool), readable), max_size=6, unique_by=lambda t: t[0]))
@settings(max_examples=60, deadline=None)
def test_polib_reads_our_output_as_we_do(pairs):
    """Another reader (polib splits lines on more than LF) sees the same strings."""
    glossary = Glossary(entries=[Entry(term, english, note=english) for term, english in pairs])
    text = dumps(glossary)
    ours = [(e.term, e.english) for e in loads(text, "g.po").entries]
    theirs = [(e.msgid, e.msgstr) for e in polib.pofile(text)]
    assert theirs == ours


# -- what the file holds beyond the model is kept --------------------------------------

KEPT = textwrap.dedent(
    """\
    # kind: term
    #. reviewed-by: Ani
    #. no colon here
    #, fuzzy, c-format, no-wrap
    #| msgid "Korea Utra"
    msgid "A\\101\\x42\\303\\251"
    msgstr "bell\\a"

    # a comment after the last entry
    #. and an extracted one
    """
)


def test_previous_msgids_flags_escapes_and_trailing_comments_survive_a_write(tmp_path):
    path = tmp_path / "g.po"
    path.write_text(HEADER + KEPT, encoding="utf-8")
    with edit(path) as glossary:
        (entry,) = glossary.entries
        assert entry.term == "AABé" and entry.english == "bell\a"
        entry.english = "bell"
    text = path.read_text(encoding="utf-8")
    assert '#, fuzzy, c-format, no-wrap\n#| msgid "Korea Utra"\nmsgid "AABé"' in text
    assert "#. reviewed-by: Ani\n#. no colon here\n" in text
    assert text.endswith("\n\n# a comment after the last entry\n#. and an extracted one\n")
    assert "\\\\101" not in text


def test_obsolete_previous_msgid_lines_are_valid():
    text = HEADER + '#~| msgid "Cian"\n#~ msgid "Cina"\n#~ msgstr "China"\n'
    (entry,) = loads(text, "g.po").entries
    assert entry.obsolete and entry.previous == [' msgid "Cian"']


def test_a_line_separator_in_a_comment_is_text_not_a_syntax_error():
    text = HEADER + '# first\u2028second\nmsgid "a"\nmsgstr "b"\n'
    assert loads(text, "g.po").entries[0].note == "first\u2028second"


def test_bad_escapes_and_bytes_name_their_line():
    with pytest.raises(InputError, match=r"g.po:4: .*unknown escape \\q"):
        loads(HEADER + 'msgid "a\\q"\nmsgstr "b"\n', "g.po")
    with pytest.raises(InputError, match=r"g.po:4: octal or hex escapes that are not UTF-8"):
        loads(HEADER + 'msgid "a\\377"\nmsgstr "b"\n', "g.po")


def test_a_po_without_a_header_entry_loads(tmp_path):
    path = tmp_path / "g.po"
    path.write_text('# kind: place\nmsgid "Korea Utara"\nmsgstr "North Korea"\n')
    glossary = load(path)
    assert [(e.term, e.english, e.kind) for e in glossary.entries] == [
        ("Korea Utara", "North Korea", "place")
    ]
    assert glossary.metadata == {}


def test_a_glossary_naming_another_file_is_parsed_not_followed(tmp_path, monkeypatch):
    """polib.pofile(x) reads the file x names when one exists; we parse contents only."""
    monkeypatch.chdir(tmp_path)
    Path("# see").write_text(HEADER + 'msgid "bocor"\nmsgstr "leaked"\n', encoding="utf-8")
    Path("g.po").write_text("# see", encoding="utf-8")
    assert load("g.po").entries == []


# -- resources -------------------------------------------------------------------------


def peak_bytes(function, *args):
    tracemalloc.start()
    try:
        function(*args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_string_is_read_in_linear_small_memory():
    size = 2_000_000
    text = HEADER + 'msgid "a"\nmsgstr "' + "kata " * (size // 5) + '"\n'
    assert peak_bytes(loads, text, "g.po") < 6 * size  # was ~170 bytes per character


def test_many_comment_lines_on_one_entry_are_all_kept_in_small_memory():
    lines = 100_000
    text = HEADER + "".join(f"# catatan {n}\n" for n in range(lines)) + 'msgid "a"\nmsgstr ""\n'
    (entry,) = loads(text, "g.po").entries
    assert entry.note.count("\n") == lines - 1
    assert peak_bytes(loads, text, "g.po") < 40 * len(text)


# -- output files: symlinks, special files, umask --------------------------------------


def test_a_symlinked_glossary_is_written_through_the_link(tmp_path):
    shared = tmp_path / "shared" / "id-en.po"
    shared.parent.mkdir()
    save(Glossary(entries=[Entry("a", "b")]), shared)
    link = tmp_path / "g.po"
    link.symlink_to(shared)
    with edit(link) as glossary:
        glossary.entries.append(Entry("Korea Utara", "North Korea"))
    assert link.is_symlink()
    assert len(load(shared).entries) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.po", "shared"]


def test_outputs_write_through_symlinks_to_what_the_user_named(tmp_path):
    real = tmp_path / "real.tsv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "out.tsv"
    link.symlink_to(real.name)
    dangling = tmp_path / "new.tsv"
    dangling.symlink_to("made.tsv")
    write_atomic(link, "new")
    write_atomic(dangling, "made")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert dangling.is_symlink() and (tmp_path / "made.tsv").read_text(encoding="utf-8") == "made"


def test_outputs_refuse_fifos_and_devices_and_keep_them(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"pipe: not a regular file"):
        write_atomic(fifo, "x")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    device = tmp_path / "out"
    device.symlink_to(os.devnull)
    with pytest.raises(InputError, match=r"out: not a regular file"):
        write_atomic(device, "x")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_dev_stdout_is_never_replaced_even_when_it_is_a_file(tmp_path):
    """Output redirected to a file: /dev/stdout resolves to that file through /proc."""
    shown = tmp_path / "shown.txt"
    with open(shown, "w") as handle:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "from glossary.text import write_atomic\nwrite_atomic('/dev/stdout', 'x')",
            ],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert "not a regular file" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["shown.txt"]


def test_export_to_a_fifo_is_one_line(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    path = tmp_path / "g.po"
    save(Glossary(entries=[Entry("a", "b")]), path)
    result = subprocess.run(
        [sys.executable, "-m", "glossary", "export", "--format", "tsv", "--glossary", str(path)]
        + ["-o", str(fifo)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "not a regular file" in result.stderr


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_honour_the_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "new.tsv", "x")
        save(Glossary(entries=[Entry("a", "b")]), tmp_path / "g.po")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.tsv").st_mode) == mode
    assert stat.S_IMODE(os.stat(tmp_path / "g.po").st_mode) == mode


def test_store_writes_check_that_the_bytes_read_back(tmp_path, monkeypatch):
    """A writer bug that the reader would see differently is caught before the rename."""
    path = tmp_path / "g.po"
    save(Glossary(entries=[Entry("a", "b")]), path)
    before = path.read_bytes()
    real = store.format_entry
    monkeypatch.setattr(store, "format_entry", lambda e: real(e).replace("msgid", "#. x\nmsgid"))
    with pytest.raises(InputError, match=r"would not read back as written; not written"):
        save(Glossary(entries=[Entry("a", "c")]), path)
    assert path.read_bytes() == before
