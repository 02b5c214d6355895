"""Annotated output: the four formats, their invariants, the CLI, and the page in a browser."""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import render, store
from glossary.cli import cli
from glossary.match import Match, Matcher
from glossary.store import Entry
from glossary.text import Document

CHROMIUM = "/usr/bin/chromium"
ARTICLE = (
    "Washington menolak keringanan sanksi bagi Korea Utara.\n"
    "Sanksi-sanksi itu berat; Korut & AS * tidak <b>berunding</b>.\n"
    "Cina mendukung sanksi nuklirnya.\n"
)


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Compiled glossaries go to a fresh cache folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def entries() -> list[Entry]:
    return [
        Entry("sanksi", "sanctions", alternatives=["penalties"]),
        Entry("keringanan sanksi", "sanctions relief"),
        Entry("Korea Utara", "North Korea", kind="place", variants=["Korut"]),
        Entry("AS", "US", kind="acronym"),
        Entry("nuklir", "nuclear"),
        Entry("Tiongkok", "China", kind="place", deprecated=["Cina"]),
        Entry("berunding", "to negotiate <talks> & more"),
    ]


MATCHER = Matcher(entries())


def document(text: str, name: str = "article.txt") -> Document:
    return Document.from_bytes(text.encode("utf-8"), name)


@pytest.fixture
def glossary_file(tmp_path) -> Path:
    path = tmp_path / "id-en.po"
    path.write_text(store.dumps(store.Glossary(entries=entries())), encoding="utf-8")
    return path


# -- inline ----------------------------------------------------------------------------


def test_inline_glosses_beside_each_term():
    out = render.annotate(document(ARTICLE), MATCHER)
    assert out.splitlines()[0] == (
        "Washington menolak keringanan sanksi [sanctions relief] bagi Korea Utara [North Korea]."
    )
    assert "Sanksi-sanksi [sanctions] itu" in out
    assert "Korut [North Korea] & AS [US] *" in out
    assert "Cina [China] mendukung sanksi [sanctions] nuklirnya [nuclear]." in out


def test_inline_first_only_and_the_input_newlines():
    text = ARTICLE.replace("\n", "\r\n")
    out = render.annotate(document(text), MATCHER, first_only=True)
    assert out.count("[sanctions]") == 1 and out.count("[North Korea]") == 1
    assert out.count("\r\n") == 3 and "\n" not in out.replace("\r\n", "")


def remove_glosses(output: str, text: str, matches) -> str:
    """The inline output without the glosses inserted after ``matches``."""
    shift = 0
    for m in matches:
        inserted = f" [{render.gloss(m)}]"
        at = m.end + shift
        assert output[at : at + len(inserted)] == inserted
        output = output[:at] + output[at + len(inserted) :]
    return output


PIECES = [
    "sanksi",
    "Sanksi-sanksinya",
    "keringanan",
    "Korea",
    "Utara",
    "AS",
    "as",
    "Cina",
    "[x]",
    "nuklir",
]


@st.composite
def articles(draw) -> str:
    characters = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))
    parts = draw(st.lists(st.sampled_from(PIECES) | st.text(characters, max_size=6), max_size=40))
    separators = st.sampled_from([" ", "  ", "\n", "\r\n", "-", ", ", "\u200b", "\u00a0"])
    return "".join(part + draw(separators) for part in parts)


@settings(max_examples=150, deadline=None)
@given(articles(), st.booleans())
def test_inline_minus_the_glosses_is_the_input(text, first_only):
    doc = document(text)
    out = render.annotate(doc, MATCHER, first_only=first_only)
    seen, shown = set(), []
    for m in MATCHER.find_document(doc):
        if not first_only or m.entry.key not in seen:
            shown.append(m)
        seen.add(m.entry.key)
    normalised = out.replace(doc.newline, "\n") if doc.newline != "\n" else out
    assert remove_glosses(normalised, doc.text, shown) == doc.text


# -- json ------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(articles())
def test_json_spans_never_overlap_and_slice_the_input(text):
    data = ("\ufeff" + text).encode("utf-8")
    doc = Document.from_bytes(data, "a.txt")
    items = json.loads(render.annotate(doc, MATCHER, "json"))
    decoded = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    last = 0
    for item in items:
        assert last <= item["start"] < item["end"]
        assert decoded[item["start"] : item["end"]] == item["text"]
        assert item["line"] == decoded.count("\n", 0, item["start"]) + 1
        last = item["end"]


def test_json_fields():
    items = json.loads(render.annotate(document("\n" + ARTICLE), MATCHER, "json", first_only=True))
    first = items[0]
    assert first == {
        "start": 20,
        "end": 37,
        "line": 2,
        "text": "keringanan sanksi",
        "term": "keringanan sanksi",
        "gloss": "sanctions relief",
        "alternatives": [],
        "kind": "term",
        "status": "preferred",
    }
    cina = next(i for i in items if i["text"] == "Cina")
    assert (cina["term"], cina["status"]) == ("Tiongkok", "deprecated")
    assert render.annotate(document("tidak ada"), MATCHER, "json") == "[]\n"


# -- markdown --------------------------------------------------------------------------


def test_markdown_glosses_escaping_and_the_table():
    out = render.annotate(document(ARTICLE), MATCHER, "markdown")
    paragraphs = out.split("\n\n")
    assert paragraphs[0] == (
        "Washington menolak keringanan sanksi *(sanctions relief)* bagi"
        " Korea Utara *(North Korea)*."
    )
    assert r"AS *(US)* \* tidak \<b\>berunding *(to negotiate \<talks\> & more)*\</b\>." in out
    assert "Cina *(China; use Tiongkok)*" in out
    assert "## Glossary terms" in out
    assert "| sanksi | sanctions | term | 2 |" in out
    assert "| Korea Utara | North Korea | place | 2 |" in out


def test_markdown_line_starts_are_not_markup():
    out = render.annotate(
        document("# bukan judul\n- bukan daftar\n1. sanksi\n"), MATCHER, "markdown"
    )
    assert out.startswith("\\# bukan judul\n\n\\- bukan daftar\n\n1\\. sanksi *(sanctions)*")


# -- html ------------------------------------------------------------------------------

HOSTILE = (
    'Korea Utara <script>alert("x")</script> & <img src=x onerror=alert(1)> sanksi.\n'
    "Korut menolak sanksi\u2019 \"AS\" '<iframe>'.\n"
)


def test_html_escapes_every_piece_of_input():
    page = render.annotate(document(HOSTILE, "a<script>.txt"), MATCHER, "html")
    assert "<script" not in page and "<img" not in page and "<iframe" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<title>a&lt;script&gt;.txt – glossary</title>" in page
    assert (
        '<ruby class="term" title="North Korea (place)">Korea Utara<rp> (</rp><rt>North Korea</rt>'
        in page
    )
    assert (
        '<td lang="id">sanksi</td><td lang="en">sanctions</td><td class="kind">term</td>'
        '<td class="count">2</td>' in page
    )


def test_html_deprecated_forms_are_marked():
    page = render.annotate(document("Cina"), MATCHER, "html")
    assert 'class="term deprecated" title="China (place); deprecated, use Tiongkok"' in page


BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Counts, in a PNG, the pixels that are not the page background and those of the
# highlight behind glossed terms (#fff2b3).
PIXELS_JS = """async (src) => {
  const img = new Image(); img.src = src; await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width; canvas.height = img.height;
  const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, img.width, img.height).data;
  let ink = 0, highlight = 0;
  for (let i = 0; i < d.length; i += 4) {
    const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
    if (Math.abs(r - 0xfd) + Math.abs(g - 0xfc) + Math.abs(b - 0xf8) > 30) ink++;
    if (Math.abs(r - 0xff) + Math.abs(g - 0xf2) + Math.abs(b - 0xb3) < 12) highlight++;
  }
  return {ink, highlight, total: d.length / 4};
}"""


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed")
def test_html_page_in_a_real_browser(tmp_path):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    page_file = tmp_path / "article.html"
    name = "folder/" * 8 + "a-very-long-article-name-without-any-break.txt"
    page = render.annotate(document(HOSTILE * 3, name), MATCHER, "html")
    page_file.write_text(page, encoding="utf-8")
    shot = tmp_path / "article.png"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        try:
            phone = browser.new_page(viewport={"width": 390, "height": 844})
            dialogs, errors = [], []
            phone.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            phone.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            phone.on("pageerror", lambda e: errors.append(str(e)))
            phone.goto(page_file.as_uri())
            phone.wait_for_load_state("load")
            phone.screenshot(path=str(shot), full_page=True)
            body = phone.inner_text("article")
            gloss = phone.locator("rt").first
            box = gloss.bounding_box()
            color = gloss.evaluate("e => getComputedStyle(e).color")
            legend = phone.locator("section.legend tbody tr").all_inner_texts()
            width = phone.evaluate("document.documentElement.scrollWidth")
            scripts = phone.evaluate("document.querySelectorAll('script, img, iframe').length")
            analysis = browser.new_page()
            data = "data:image/png;base64," + base64.b64encode(shot.read_bytes()).decode()
            pixels = analysis.evaluate(PIXELS_JS, data)
        finally:
            browser.close()
    assert dialogs == [] and errors == [] and scripts == 0
    assert '<script>alert("x")</script>' in body and "<img src=x onerror=alert(1)>" in body
    assert box and box["width"] > 10 and box["height"] > 5 and color == "rgb(11, 83, 148)"
    assert legend[0].split("\t") == ["Korea Utara", "North Korea", "6"]  # no kind on a phone
    assert width <= 390, "the page must not scroll sideways on a phone"
    assert pixels["ink"] > 0.02 * pixels["total"], "the screenshot is blank"
    assert pixels["highlight"] > 200, "no highlighted term in the screenshot"


# -- the command line ------------------------------------------------------------------


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_annotate_a_file_and_stdin(tmp_path, glossary_file):
    article = tmp_path / "a.txt"
    article.write_bytes(b"\xef\xbb\xbfsanksi\r\nKorut\r\n")
    result = run("annotate", str(article), "--glossary", str(glossary_file))
    assert result.exit_code == 0
    assert result.stdout_bytes == b"\xef\xbb\xbfsanksi [sanctions]\r\nKorut [North Korea]\r\n"
    piped = run("annotate", "-", "--glossary", str(glossary_file), "--format", "json", input=b"AS")
    assert json.loads(piped.stdout)[0]["gloss"] == "US"


def test_annotate_writes_the_output_file_atomically(tmp_path, glossary_file):
    article, out = tmp_path / "a.txt", tmp_path / "a.html"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(
        "annotate",
        str(article),
        "--glossary",
        str(glossary_file),
        "--format",
        "html",
        "-o",
        str(out),
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".a.html")] == []


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "missing.txt: no such file or directory"),
        (b"\x00\x01\x02binary", "binary file, not text"),
        (b"\x81\x8d\x8f\x90\x9d" * 3, "cannot decode"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_leaves_the_output_alone(
    tmp_path, glossary_file, content, message
):
    article = tmp_path / ("missing.txt" if content is None else "bad.txt")
    if content is not None:
        article.write_bytes(content)
    out = tmp_path / "out.txt"
    out.write_text("before", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["annotate", str(article), "--glossary", str(glossary_file), "-o", str(out)]
    )
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith("glossary: error: ")
    assert out.read_text(encoding="utf-8") == "before"


def test_a_malformed_glossary_is_exit_2(tmp_path):
    article, po, out = tmp_path / "a.txt", tmp_path / "bad.po", tmp_path / "out.txt"
    article.write_text("sanksi", encoding="utf-8")
    po.write_text('msgid "sanksi"\nmsgstr "sanctions\n', encoding="utf-8")
    out.write_text("before", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["annotate", str(article), "--glossary", str(po), "-o", str(out)]
    )
    assert result.exit_code == 2 and "bad.po" in result.stderr
    assert out.read_text(encoding="utf-8") == "before"
    missing = CliRunner().invoke(cli, ["lookup", "sanksi", "--glossary", str(tmp_path / "no.po")])
    assert missing.exit_code == 2 and "no.po" in missing.stderr


def test_annotate_to_a_missing_folder_is_exit_2(tmp_path, glossary_file):
    article = tmp_path / "a.txt"
    article.write_text("sanksi", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "annotate",
            str(article),
            "--glossary",
            str(glossary_file),
            "-o",
            str(tmp_path / "no" / "x"),
        ],
    )
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_lookup_prints_entries_and_labelled_guesses(glossary_file):
    result = run("lookup", "sanksi-sanksinya", "Korut", "--glossary", str(glossary_file))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "sanksi-sanksinya → sanksi = sanctions",
        "  kind: term · alternatives: penalties",
    ]
    assert "Korut → Korea Utara = North Korea" in result.stdout
    missing = run("lookup", "sanski", "zzzz", "--glossary", str(glossary_file))
    assert missing.exit_code == 1
    assert missing.stdout.splitlines() == [
        "sanski: no entry; guesses, not matches:",
        "  ? sanksi = sanctions  (spelled like 'sanski')",
        "zzzz: no entry",
    ]


def test_help_has_examples():
    for command in ("annotate", "lookup"):
        assert re.search(r"Example:\n\s+glossary " + command, run(command, "--help").stdout)


def test_the_shipped_glossary_annotates_an_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Sanksi-sanksi terhadap Korea Utara diperketat oleh AS.", encoding="utf-8")
    result = run("annotate", str(article), "--glossary", str(store.shipped_path()))
    assert result.exit_code == 0
    assert "Korea Utara [North Korea]" in result.stdout and "AS [US]" in result.stdout


# -- joining matches and glosses (the compiled twin and its reference) ---------------------

CHARACTERS = st.sampled_from(["a", "Z", " ", "\n", "é", "ÿ", "\u2019", "\u4e00", "\U0001f600"])
GLOSSED_ENTRIES = [Entry("a", "one"), Entry("b", "d\u00e9j\u00e0"), Entry("c", "\u4e2d")]


@st.composite
def glossed_cases(draw) -> tuple[str, int, list[Match]]:
    text = "".join(draw(st.lists(CHARACTERS, max_size=40)))
    start = draw(st.integers(0, len(text)))
    ends = sorted(draw(st.lists(st.integers(start, len(text)), max_size=8)))
    entries = [draw(st.sampled_from(GLOSSED_ENTRIES)) for _ in ends]
    matches = [Match(e, e, "", x, "", "preferred") for e, x in zip(ends, entries, strict=True)]
    return text, start, matches


def bracketed(entry) -> str:
    return f" [{entry.english}]"


@settings(max_examples=300, deadline=None)
@given(glossed_cases())
def test_glossed_puts_each_gloss_after_its_match(case):
    text, start, matches = case
    out = render.python_glossed(text, start, matches, {}, bracketed)
    expected, last = [], start
    for m in matches:
        expected += [text[last : m.end], f" [{m.entry.english}]"]
        last = m.end
    assert out == "".join(expected)
    compiled = render.glossed(text, start, matches, {}, bracketed)  # the compiled twin
    assert compiled == out and compiled.isascii() == out.isascii()


@pytest.mark.parametrize("name", ["python_glossed", "glossed"])
def test_glossed_refuses_matches_out_of_order_or_beyond_the_text(name):
    join = getattr(render, name)
    entry = GLOSSED_ENTRIES[0]
    with pytest.raises(ValueError):
        join("abc", 2, [Match(1, 1, "", entry, "", "preferred")], {}, bracketed)
    with pytest.raises(ValueError):
        join("abc", 0, [Match(4, 4, "", entry, "", "preferred")], {}, bracketed)
    assert join("abc", 1, [], {}, bracketed) == ""
