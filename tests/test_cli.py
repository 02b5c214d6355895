"""Adversarial matrix: malformed inputs × commands. Every refusal is one line and exit 2.

What holds for every case: no traceback, no terminal control character sent raw, the
glossary left as it was (or, for a command that legitimately writes, still readable
and free of control characters), and an error is exactly one ``glossary: error:`` line.
Standard-input cases run in real processes (a closed stdin cannot be faked in-process).
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.store import Entry, Glossary, load, save

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Korea Utara menghadapi sanksi baru. Korea Utara menolak.\n"
CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n", "\t"}


@pytest.fixture(autouse=True)
def no_hang():
    """A command that blocks (a FIFO opened for reading) fails the test instead of hanging."""

    def give_up(signum, frame):
        raise TimeoutError("the command blocked")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def place(tmp_path):
    """A valid glossary, an article, and one malformed input of each sort, by name."""
    po = tmp_path / "g.po"
    entries = [
        Entry("Korea Utara", "North Korea", kind="place", variants=["Korut"]),
        Entry("sanksi", "sanctions"),
        Entry("pertemuan puncak", fuzzy=True, suggestions=["summit (dictionary, 0.70)"]),
    ]
    save(Glossary(entries=entries), po)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    bad = {
        "missing": tmp_path / "missing.txt",
        "directory": tmp_path / "empty-folder",
        "link loop": tmp_path / "loop",
        "broken link": tmp_path / "broken",
        "fifo": tmp_path / "pipe",
        "binary": tmp_path / "x.bin",
        "utf16 broken": tmp_path / "u.txt",
        "control in name": tmp_path / "a\x1b[2J.txt",
    }
    bad["directory"].mkdir()
    bad["link loop"].symlink_to("loop")
    bad["broken link"].symlink_to("nowhere")
    os.mkfifo(bad["fifo"])
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    bad["utf16 broken"].write_bytes(b"\xff\xfeK\x00\x00\xd8")
    malformed = tmp_path / "bad.po"
    malformed.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    paths = {name: str(path) for name, path in bad.items()}
    paths["/dev/zero"] = "/dev/zero"
    paths["/dev/null"] = "/dev/null"
    return po, str(article), paths, str(malformed), tmp_path


def held(result, po, before, *, writes_allowed=False):
    """Whether a CliRunner result kept every promise; a reason when not."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"exception {type(result.exception).__name__}: {result.exception}"
    shown = result.output + result.stderr
    if CONTROLS & set(shown):
        return f"control character sent to the terminal: {shown!r}"
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        if len(lines) != 1 or not lines[0].startswith("glossary: error: "):
            return f"not one error line: {result.stderr!r}"
    elif result.exit_code not in (0, 1):
        return f"exit status {result.exit_code}"
    if po.read_bytes() != before:
        if not writes_allowed:
            return "the glossary changed"
        if CONTROLS & set(po.read_text(encoding="utf-8")):
            return "a control character was stored"
        load(po)
    return None


FILE_FORMS = {
    "annotate": ["annotate", "{p}"],
    "annotate json": ["annotate", "{p}", "--format", "json"],
    "mine": ["mine", "{p}"],
    "check": ["check", "{p}"],
    "check translation": ["check", "{a}", "--translation", "{p}"],
    "import": ["import", "{p}", "--format", "tsv"],
    "flashcards": ["flashcards", "{p}", "-o", "{out}"],
    "suggest parallel": ["suggest", "--parallel", "{a}", "{p}", "--backend", "parallel"],
}
GLOSSARY_FORMS = {
    "annotate": ["annotate", "{a}"],
    "lookup": ["lookup", "Korut"],
    "show": ["show", "Korut"],
    "set": ["set", "Korut", "DPRK"],
    "edit": ["edit", "Korea Utara", "--note", "n"],
    "approve": ["approve", "Korea Utara"],
    "reject": ["reject", "sanksi"],
    "review": ["review"],
    "export": ["export", "--format", "tsv"],
    "check": ["check", "{a}"],
    "mine": ["mine", "{a}"],
    "flashcards": ["flashcards", "{a}", "-o", "{out}"],
    "suggest": ["suggest", "--backend", "names"],
}
FILE_INPUTS = [
    "missing",
    "directory",
    "link loop",
    "broken link",
    "fifo",
    "/dev/zero",
    "/dev/null",
    "binary",
    "utf16 broken",
    "control in name",
]
GLOSSARY_INPUTS = [*FILE_INPUTS, "malformed"]
# Commands that write the glossary never get a device as one: run as root, a regression
# would replace /dev/null for every process on the machine. The FIFO tests the same refusal.
WRITERS = {"set", "edit", "approve", "reject", "review", "suggest"}
GLOSSARY_CASES = [
    (form, bad)
    for form in GLOSSARY_FORMS
    for bad in GLOSSARY_INPUTS
    if not (form in WRITERS and bad.startswith("/dev/"))
]


def invoke(form, values, *extra):
    args = [part.format(**values) for part in form] + list(extra)
    return CliRunner().invoke(cli, args, input="q\n", catch_exceptions=True)


@pytest.mark.parametrize("bad", FILE_INPUTS)
@pytest.mark.parametrize("form", FILE_FORMS)
def test_malformed_input_files(place, form, bad):
    po, article, paths, _, tmp = place
    before = po.read_bytes()
    values = {"p": paths[bad], "a": article, "out": str(tmp / "deck.apkg")}
    result = invoke(FILE_FORMS[form], values, "--glossary", str(po))
    assert held(result, po, before) is None, held(result, po, before)
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("form, bad", GLOSSARY_CASES)
def test_malformed_glossaries(place, form, bad):
    po, article, paths, malformed, tmp = place
    glossary = malformed if bad == "malformed" else paths[bad]
    before = po.read_bytes()
    values = {"a": article, "out": str(tmp / "deck.apkg")}
    result = invoke(GLOSSARY_FORMS[form], values, "--glossary", glossary)
    assert held(result, po, before) is None, held(result, po, before)
    assert result.exit_code == 2, result.output


ARGUMENTS = {
    "escape": "Korea\x1b[2J",
    "osc title": "\x1b]0;owned\x07",
    "not utf-8": "caf\udce9",
    "nul": "a\x00b",
    "line separator": "first\u2028second",
    "next line": "first\x85second",
    "empty": "",
    "blank": "  \t ",
    "newline": "North\nKorea",
    "long": "kata " * 20_000,
}
ARGUMENT_FORMS = {
    "set english": ["set", "Korut", "{x}"],
    "set term": ["set", "{x}", "North Korea"],
    "add": ["add", "{x}", "new"],
    "add english": ["add", "baru", "{x}"],
    "add variant": ["add", "baru", "new", "--variant", "{x}"],
    "add note": ["add", "baru", "new", "--note", "{x}"],
    "add context": ["add", "baru", "new", "--context", "{x}"],
    "edit rename": ["edit", "Korea Utara", "--rename", "{x}"],
    "edit note": ["edit", "Korea Utara", "--note", "{x}"],
    "edit alternative": ["edit", "Korea Utara", "--alternative", "{x}"],
    "approve": ["approve", "{x}"],
    "reject": ["reject", "{x}"],
    "show": ["show", "{x}"],
    "lookup": ["lookup", "{x}"],
    "set context": ["set", "Korut", "DPRK", "--context", "{x}"],
}


@pytest.mark.parametrize("value", ARGUMENTS)
@pytest.mark.parametrize("form", ARGUMENT_FORMS)
def test_malformed_arguments(place, form, value):
    po, *_ = place
    before = po.read_bytes()
    args = [part.replace("{x}", ARGUMENTS[value]) for part in ARGUMENT_FORMS[form]]
    result = CliRunner().invoke(cli, [*args, "--glossary", str(po)])
    assert held(result, po, before, writes_allowed=True) is None, held(
        result, po, before, writes_allowed=True
    )


STDIN_FORMS = {
    "annotate": ["annotate", "-"],
    "mine": ["mine", "-"],
    "check": ["check", "-"],
    "import": ["import", "-", "--format", "tsv"],
    "flashcards": ["flashcards", "-", "-o", "{out}"],
    "review": ["review"],
}
STDIN_CASES = ["closed", "over the limit", "/dev/zero", "binary", "not utf-8"]
STDIN_DATA = {
    "over the limit": b"Korea Utara " * 1000,
    "binary": b"\x00\x01PK\x03" * 100,
    "not utf-8": b"\xe9t\xe9\n" * 10,
}
# (form, case) that succeed: review takes keys from a stream (it shows the keys for what it
# does not understand, and quits at the end); text that is not UTF-8 is read as CP1252
# (with a warning).
ACCEPTED = {("review", "binary"), *((form, "not utf-8") for form in STDIN_FORMS)} - {
    ("import", "not utf-8")
}


@pytest.mark.parametrize("case", STDIN_CASES)
@pytest.mark.parametrize("form", STDIN_FORMS)
def test_standard_input_in_real_processes(place, form, case):
    po, _, _, _, tmp = place
    before = po.read_bytes()
    args = [part.format(out=tmp / "deck.apkg") for part in STDIN_FORMS[form]]
    command = [sys.executable, "-m", "glossary", *args, "--glossary", str(po)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GLOSSARY_MAX_INPUT": "4096"}
    options = {"capture_output": True, "env": env, "timeout": 60}
    if case == "closed":
        done = subprocess.run(command, stdin=None, pass_fds=(), preexec_fn=close_stdin, **options)
    elif case == "/dev/zero":
        with open("/dev/zero", "rb") as zeros:
            done = subprocess.run(command, stdin=zeros, **options)
    else:
        done = subprocess.run(command, input=STDIN_DATA[case], **options)
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    if (form, case) in ACCEPTED:
        assert done.returncode in (0, 1), done.stderr
    else:
        assert done.returncode == 2, done.stderr
        assert done.stderr.count(b"\n") == 1 and done.stderr.startswith(b"glossary: error: ")
    assert po.read_bytes() == before


def close_stdin():
    os.close(0)


def test_the_glossary_in_use_is_found_when_asked_not_at_import(tmp_path):
    """Importing the CLI looks at no file; --help and --version look when they are shown."""
    code = (
        "import glossary.store as store\n"
        "def looked(*args): raise SystemExit('resolve_path ran at import')\n"
        "store.resolve_path = looked\n"
        "import glossary.cli\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    chosen = tmp_path / "mine.po"
    runner = CliRunner(env={"GLOSSARY_PO": str(chosen)})
    help_text = " ".join(runner.invoke(cli, ["show", "--help"], terminal_width=200).output.split())
    assert f"(now: {chosen} ($GLOSSARY_PO))." in help_text
    version = runner.invoke(cli, ["--version"])
    assert version.exit_code == 0
    assert f"\nglossary in use: {chosen} ($GLOSSARY_PO)\n" in version.output


def test_each_command_is_loaded_from_the_module_that_defines_it():
    from glossary.cli.base import COMMAND_MODULES

    defined = {name: c.callback.__module__ for name, c in cli.every_command().items()}
    assert defined == {name: f"glossary.cli.{m}" for name, m in COMMAND_MODULES.items()}


def test_a_command_imports_only_its_own_module(tmp_path):
    """``glossary check`` pays for no curation, mining or export command at startup."""
    (tmp_path / "a.id").write_text("Korea Utara\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("North Korea\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from glossary.cli import main\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.startswith('glossary.cli.')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GLOSSARY_CACHE_DIR": str(tmp_path / "cache")}
    args = ["check", str(tmp_path / "a.id"), "--translation", str(tmp_path / "a.en")]
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env
    )
    assert done.stdout.splitlines()[-1] == "['glossary.cli.base', 'glossary.cli.use']"
    assert "No such command 'nonsense'" in CliRunner().invoke(cli, ["nonsense"]).output
