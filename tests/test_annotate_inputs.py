"""``glossary annotate`` on several files and folders: one output each in a folder given by
``-o``, or labelled sections on stdout; and the HTML legend's forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import annotated, render, store
from glossary.cli import cli
from glossary.match import Matcher
from glossary.store import Entry
from glossary.text import Document

ENTRIES = [
    Entry("sanksi", "sanctions"),
    Entry("Korea Utara", "North Korea", kind="place", variants=["Korut"]),
    Entry("AS", "US", kind="acronym"),
    Entry("Tiongkok", "China", kind="place", deprecated=["Cina"]),
]
MATCHER = Matcher(ENTRIES)
ARTICLES = {
    "a.txt": "Korea Utara menolak sanksi AS.\n",
    "berita/b.txt": "Korut dan Cina.\n",
    "berita/dalam/c.md": "Sanksi-sanksi baru.\n",
}


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Compiled glossaries go to a fresh cache folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def work(tmp_path, monkeypatch) -> Path:
    """A folder with a glossary and the articles, as the current directory."""
    (tmp_path / "id-en.po").write_text(
        store.dumps(store.Glossary(entries=ENTRIES)), encoding="utf-8"
    )
    for name, text in ARTICLES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def annotate(*args: str, input: bytes | None = None):
    return CliRunner().invoke(
        cli, ["annotate", *args, "--glossary", "id-en.po"], input=input, catch_exceptions=False
    )


def alone(name: str, fmt: str) -> str:
    """What annotate prints for one input by itself."""
    result = annotate(name, "--format", fmt)
    assert result.exit_code == 0
    return result.stdout


# -- labelled sections on stdout --------------------------------------------------------


def test_inline_sections_have_a_header_line_each(work):
    result = annotate("a.txt", "berita")
    assert result.exit_code == 0
    assert result.stdout == (
        "==> a.txt <==\n" + alone("a.txt", "inline") + "\n"
        "==> berita/b.txt <==\n" + alone("berita/b.txt", "inline") + "\n"
        "==> berita/dalam/c.md <==\n" + alone("berita/dalam/c.md", "inline")
    )
    assert "Korut [North Korea] dan Cina [China]." in result.stdout


def test_a_section_starts_on_its_own_line_after_an_input_without_a_final_newline(work):
    Path("tanpa.txt").write_bytes(b"\xef\xbb\xbfsanksi")
    result = annotate("tanpa.txt", "a.txt")
    assert result.stdout_bytes.startswith(b"==> tanpa.txt <==\nsanksi [sanctions]\n\n==> a.txt")


def test_markdown_sections_are_headed_by_the_input_path(work):
    result = annotate("a.txt", "berita/b.txt", "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout == (
        "# a.txt\n\n" + alone("a.txt", "markdown") + "\n"
        "# berita/b.txt\n\n" + alone("berita/b.txt", "markdown")
    )


def test_json_is_one_object_of_each_inputs_matches(work):
    result = annotate("berita", "a.txt", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["berita/b.txt", "berita/dalam/c.md", "a.txt"]
    for name, matches in data.items():
        assert matches == json.loads(alone(name, "json"))
    # one input by itself stays the plain array
    assert isinstance(json.loads(alone("a.txt", "json")), list)


def test_a_folder_alone_is_sections_too(work):
    result = annotate("berita", "--format", "json")
    assert list(json.loads(result.stdout)) == ["berita/b.txt", "berita/dalam/c.md"]


def test_an_input_named_twice_is_annotated_once(work):
    result = annotate("a.txt", "a.txt", "--format", "json")
    assert list(json.loads(result.stdout)) == ["a.txt"]


def test_standard_input_among_others_is_labelled(work):
    result = annotate("-", "a.txt", input=b"Korut.\n")
    assert result.stdout.startswith("==> <stdin> <==\nKorut [North Korea].\n\n==> a.txt <==\n")


def test_several_html_pages_need_an_output_folder(work):
    result = CliRunner().invoke(
        cli, ["annotate", "a.txt", "berita", "--format", "html", "--glossary", "id-en.po"]
    )
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "-o FOLDER" in result.stderr


# -- one output per input in a folder -----------------------------------------------------


@pytest.mark.parametrize(
    "fmt, suffix", [("html", ".html"), ("inline", ".txt"), ("markdown", ".md"), ("json", ".json")]
)
def test_output_folder_has_one_file_per_input_named_after_it(work, fmt, suffix):
    result = annotate("a.txt", "berita", "--format", fmt, "-o", "keluar")
    assert result.exit_code == 0 and result.stdout == ""
    written = sorted(str(p.relative_to("keluar")) for p in Path("keluar").rglob("*"))
    assert written == sorted(["a" + suffix, "b" + suffix, "dalam", "dalam/c" + suffix])
    for name, output in [("a.txt", "a"), ("berita/b.txt", "b"), ("berita/dalam/c.md", "dalam/c")]:
        text = Path("keluar", output + suffix).read_text(encoding="utf-8")
        assert text == alone(name, fmt)


def test_one_input_into_an_existing_folder(work):
    Path("keluar").mkdir()
    assert annotate("a.txt", "--format", "html", "-o", "keluar").exit_code == 0
    assert Path("keluar/a.html").read_text(encoding="utf-8") == alone("a.txt", "html")


def bad(*args: str, input: bytes | None = None):
    result = CliRunner().invoke(
        cli, ["annotate", *args, "--glossary", "id-en.po"], input=input, catch_exceptions=False
    )
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("glossary: error: ")
    return result.stderr


def test_two_inputs_that_would_write_one_file_write_nothing(work):
    Path("lain").mkdir()
    Path("lain/a.txt").write_text("sanksi", encoding="utf-8")
    message = bad("a.txt", "lain/a.txt", "-o", "keluar")
    assert "keluar/a.txt" in message and "lain/a.txt" in message
    assert not Path("keluar").exists()


def test_an_output_never_overwrites_an_input(work):
    message = bad("berita", "--format", "inline", "-o", "berita")
    assert "berita/b.txt" in message
    assert Path("berita/b.txt").read_text(encoding="utf-8") == ARTICLES["berita/b.txt"]


def test_one_output_never_overwrites_its_input(work):
    assert "would replace the input" in bad("a.txt", "-o", "./a.txt")
    assert "would replace an input" in bad("a.txt", "-o", ".")
    assert Path("a.txt").read_text(encoding="utf-8") == ARTICLES["a.txt"]


def test_output_folder_that_is_a_file(work):
    Path("keluar").write_text("before", encoding="utf-8")
    assert "keluar" in bad("a.txt", "berita", "-o", "keluar")
    assert Path("keluar").read_text(encoding="utf-8") == "before"


def test_standard_input_has_no_name_to_write_in_a_folder(work):
    assert "standard input" in bad("-", "a.txt", "-o", "keluar", input=b"sanksi")
    assert not Path("keluar").exists()


def test_a_bad_input_among_several_writes_nothing(work):
    Path("berita/rusak.txt").write_bytes(b"\x00\x01\x02binary")
    assert "berita/rusak.txt: binary file" in bad("a.txt", "berita", "-o", "keluar")
    assert not Path("keluar").exists()
    assert "berita/rusak.txt: binary file" in bad("a.txt", "berita")


def test_help_says_how_several_inputs_come_out():
    help_text = CliRunner().invoke(cli, ["annotate", "--help"]).stdout
    assert "-o FOLDER" in help_text and "==> PATH <==" in help_text


# -- the sections themselves (annotated) -------------------------------------------------

PIECES = st.sampled_from(["sanksi", "Korut", " ", "\n", "\r\n", "\r", "Cina", "\x85", "é"])
TEXTS = st.lists(PIECES, max_size=8).map("".join)
NAMES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(NAMES, TEXTS, min_size=1, max_size=3))
def test_json_sections_are_each_inputs_own_array(articles):
    documents = [Document.from_bytes(text.encode("utf-8"), name) for name, text in articles.items()]
    out = "".join(annotated.iter_sections(documents, MATCHER, "json"))
    alone = {d.path: json.loads(render.annotate(d, MATCHER, "json")) for d in documents}
    assert json.loads(out) == alone


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_inline_sections_are_each_inputs_own_output_under_a_header(texts):
    documents = [Document.from_bytes(t.encode("utf-8"), f"{i}.txt") for i, t in enumerate(texts)]
    out = "".join(annotated.iter_sections(documents, MATCHER, "inline"))
    expected = ""
    for document in documents:
        if expected:
            expected += "\n" if expected.endswith(("\n", "\r")) else "\n\n"
        expected += f"==> {document.path} <==\n" + render.annotate(document, MATCHER)
    assert out == expected
