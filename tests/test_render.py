"""Annotated output: the four formats, their invariants, the CLI, and the page in a browser.

Every test runs on both implementations of the scan and the inline joiner (conftest's
``implementation``)."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import annotated, render, scan, store
from glossary.cli import cli
from glossary.gloss import Judge
from glossary.match import Match, Matcher
from glossary.store import Entry
from glossary.text import Document

CHROMIUM = "/usr/bin/chromium"
ARTICLE = (
    "Washington menolak keringanan sanksi bagi Korea Utara.\n"
    "Sanksi-sanksi itu berat; Korut & AS * tidak <b>berunding</b>.\n"
    "Cina mendukung sanksi nuklirnya.\n"
)


pytestmark = pytest.mark.usefixtures("implementation")


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


def remove_glosses(output: str, text: str, readings) -> str:
    """The inline output without the glosses inserted after the matches of ``readings``."""
    shift = 0
    for reading in readings:
        inserted = f" [{render.gloss(reading)}]"
        at = reading.match.end + shift
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
    for reading in Judge(doc.text).readings(MATCHER.find_document(doc)):
        if not first_only or reading.match.entry.key not in seen:
            shown.append(reading)
        seen.add(reading.match.entry.key)
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
        "partial": False,
        "identical": False,
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
        '<ruby class="term" title="North Korea (place)"><span class="unit">Korea Utara</span>'
        '<rp> (</rp><rt><span class="unit">North Korea</span></rt><rp>)</rp></ruby>' in page
    )
    assert (
        '<td lang="id">sanksi</td><td lang="en">sanctions</td><td class="kind">term</td>'
        '<td class="count">2</td>' in page
    )


def test_html_deprecated_forms_are_marked():
    page = render.annotate(document("Cina"), MATCHER, "html")
    assert 'class="term deprecated" title="China (place); deprecated, use Tiongkok"' in page


def legend_row(page: str, term: str) -> str:
    return re.search(rf'<tr><td lang="id">{term}.*?</tr>', page)[0]


def test_html_legend_lists_the_forms_the_article_uses():
    page = render.annotate(
        document(ARTICLE + "SANKSI. Sanksi itu. Tiongkok & Cina."), MATCHER, "html"
    )
    assert (
        'Korea Utara<small class="forms">as written: Korea Utara&nbsp;1 · Korut&nbsp;1</small>'
        in legend_row(page, "Korea Utara")
    )
    # one form whatever its capitals, shown in lower case where the text has it so
    assert "as written: Sanksi-sanksi&nbsp;1 · sanksi&nbsp;3</small>" in legend_row(page, "sanksi")
    assert (
        'as written: <span class="deprecated" title="deprecated, use Tiongkok">Cina</span>&nbsp;2'
        " · Tiongkok&nbsp;1</small>" in legend_row(page, "Tiongkok")
    )
    assert "forms" not in legend_row(page, "AS")  # only ever written as the term itself
    counts = re.findall(r'<td class="count">(\d+)</td>', legend_row(page, "sanksi"))
    assert counts == ["4"]  # the forms' counts add up to the entry's
    first_only = render.annotate(document(ARTICLE), MATCHER, "html", first_only=True)
    assert "Korea Utara&nbsp;1 · Korut&nbsp;1" in first_only  # every occurrence, glossed or not


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
    korea = "Korea Utara\nas written: Korea Utara\u00a03 · Korut\u00a03\n"
    assert legend[0].split("\t") == [korea, "North Korea", "6"]  # no kind on a phone
    assert width <= 390, "the page must not scroll sideways on a phone"
    assert pixels["ink"] > 0.02 * pixels["total"], "the screenshot is blank"
    assert pixels["highlight"] > 200, "no highlighted term in the screenshot"


# -- the command line ------------------------------------------------------------------


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
    expected, last = [], start
    for m in matches:
        expected += [text[last : m.end], f" [{m.entry.english}]"]
        last = m.end
    out = render.GLOSSERS[scan.IMPLEMENTATION](text, start, matches, {}, bracketed)
    assert out == "".join(expected) and out.isascii() == "".join(expected).isascii()


def test_glossed_refuses_matches_out_of_order_or_beyond_the_text(implementation):
    join = render.GLOSSERS[implementation]
    entry = GLOSSED_ENTRIES[0]
    with pytest.raises(ValueError):
        join("abc", 2, [Match(1, 1, "", entry, "", "preferred")], {}, bracketed)
    with pytest.raises(ValueError):
        join("abc", 0, [Match(4, 4, "", entry, "", "preferred")], {}, bracketed)
    assert join("abc", 1, [], {}, bracketed) == ""


# -- long texts with characters of every width (issue 10: the Kafé crash) ------------------

WIDE = ["é", "ÿ", "\u4e2d", "\U0001f600"]  # Latin-1 (two), BMP, astral
LONG_ENTRIES = [
    Entry("Korea Utara", "North Korea"),
    Entry("sanksi", "sanctions"),
    Entry("Rusia", "Russia"),
]
LONG_LINE = "Korea Utara menghadapi sanksi baru dari Rusia."
LINES = 1500  # 4,500 matches: past one batch of the inline joiner


def glossed_by_regex(text: str, glosses: dict[str, str]) -> str:
    """The inline output worked out another way: each whole-word term, then its gloss."""
    terms = "|".join(map(re.escape, sorted(glosses, key=len, reverse=True)))
    return re.sub(rf"(?<!\w)({terms})(?!\w)", lambda m: f"{m[0]} [{glosses[m[0]]}]", text)


@pytest.mark.parametrize("wide", WIDE)
@pytest.mark.parametrize(
    "where", ["first line", "first batch", "second batch", "last line", "gloss"]
)
def test_inline_output_of_a_long_text_with_wide_characters(wide, where):
    lines = [LONG_LINE] * LINES
    at = {"first line": 0, "first batch": 700, "second batch": 1400, "end": LINES}
    if where in at:
        lines.insert(at[where], f"Kaf{wide} dibuka di Jakarta{wide}.")
    text = "\n".join(lines) + "\n"
    entries = [*LONG_ENTRIES[:2], Entry("Rusia", f"Russia{wide}" if where == "gloss" else "Russia")]
    expected = glossed_by_regex(text, {e.term: e.english for e in entries})
    assert render.annotate(document(text), Matcher(entries)) == expected


@st.composite
def long_wide_texts(draw) -> str:
    """A line with terms repeated past a batch, then wide characters put anywhere (lower-case
    terms: capitalised runs such as "Rusia Rusia" are judged by glossary.gloss, not joined)."""
    words = draw(st.lists(st.sampled_from(["sanksi", "rudal", "dan", "baru", *WIDE]), max_size=6))
    line = " ".join(["sanksi", *words])
    text = "\n".join([line] * (4100 // line.count("sanksi") + 1))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(WIDE)) + text[at:]
    return text


@settings(max_examples=15, deadline=None)
@given(long_wide_texts())
def test_inline_output_of_long_texts_with_wide_characters_anywhere(text):
    glosses = {"sanksi": "sanctions", "rudal": "missiles"}
    matcher = Matcher(Entry(term, english) for term, english in glosses.items())
    assert render.annotate(document(text), matcher) == glossed_by_regex(text, glosses)


def test_glossed_after_a_latin1_character_far_before_the_batch(implementation):
    """The Kafé crash itself: the span joined is ASCII, the text before it is not."""
    text = "Kafé " + "sanksi " * 10
    entry = GLOSSED_ENTRIES[0]
    matches = [Match(e, e, "", entry, "", "preferred") for e in range(20, 40, 7)]
    join = render.GLOSSERS[implementation]
    expected = "".join(f"{text[end - 7 : end]} [one]" for end in range(20, 40, 7))
    assert join(text, 13, matches, {}, bracketed) == expected


# -- glossary text is data, in every format ---------------------------------------------------

HOSTILE_ENTRIES = [
    Entry("sanksi", "sanc\x1b[2Jtions\x9b31m", kind="<img src=x onerror=alert(1)>"),
    Entry("Korut", "North | Korea*", kind="a\x07b", variants=["Korea Utara"]),
]


def test_markdown_escapes_every_piece_of_glossary_text():
    out = render.annotate(document("sanksi Korut"), Matcher(HOSTILE_ENTRIES), "markdown")
    assert not re.search(r"(?<!\\)<", out) and r"\<img src=x onerror=alert(1)\>" in out
    assert r"North \| Korea\*" in out and "\x1b" not in out and "\x07" not in out
    assert r"| sanksi | sanc\\x1b\[2Jtions\\x9b31m | \<img src=x onerror=alert(1)\> | 1 |" in out


def test_html_escapes_every_piece_of_glossary_text():
    page = render.annotate(document("sanksi Korut"), Matcher(HOSTILE_ENTRIES), "html")
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", page)


def test_inline_glosses_cannot_drive_the_terminal():
    out = render.annotate(document("sanksi\tdan Korut\n"), Matcher(HOSTILE_ENTRIES))
    assert out == "sanksi [sanc\\x1b[2Jtions\\x9b31m]\tdan Korut [North | Korea*]\n"


def test_json_keeps_glossary_text_exact_but_escapes_control_characters():
    out = render.annotate(document("sanksi"), Matcher(HOSTILE_ENTRIES), "json")
    assert not re.search("[\x00-\x1f\x7f-\x9f]", out.replace("\n", ""))
    assert json.loads(out)[0]["gloss"] == "sanc\x1b[2Jtions\x9b31m"


# -- output in pieces: memory bounded whatever the input's size ------------------------------


class Sink:
    """A binary stream that keeps only the number of bytes written."""

    size = 0

    def write(self, data: bytes) -> None:
        self.size += len(data)

    def flush(self) -> None:
        pass


def peak_memory_to_write(fmt: str, size: int) -> tuple[int, int]:
    """(bytes traced at the peak, bytes written) to annotate ``size`` characters. All
    in memory, the output alone would take more than the input."""
    import tracemalloc

    doc = document((ARTICLE * (size // len(ARTICLE) + 1))[:size])
    doc.position(0)  # the line index belongs to the input, not to the output
    matcher = MATCHER.configured(block_size=1 << 13)
    sink = Sink()
    tracemalloc.start()
    try:
        annotated.write_annotated(render.iter_annotated(doc, matcher, fmt), sink)
        return tracemalloc.get_traced_memory()[1], sink.size
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", render.FORMATS)
def test_every_format_is_written_in_bounded_memory(fmt, implementation):
    if implementation == scan.PYTHON and scan.COMPILED in scan.SCANS:
        pytest.skip("the renderers are the same; the faster scanner makes the test quick")
    small, _ = peak_memory_to_write(fmt, 1 << 17)  # past the first pieces already
    peak, written = peak_memory_to_write(fmt, 1 << 19)  # 4 times the input, 22,000 matches
    assert peak < small * 1.2 + (64 << 10), f"{small:,} bytes for 128 kB, {peak:,} for 512 kB"


def test_the_output_in_pieces_is_the_output_whole(tmp_path):
    doc = document("\n".join([ARTICLE * 3, "", " # x", HOSTILE]))
    for fmt in render.FORMATS:
        whole = render.annotate(doc, MATCHER, fmt)
        pieces = list(render.iter_annotated(doc, MATCHER, fmt))
        assert "".join(pieces) == whole and whole.endswith("\n")


def test_annotate_writes_through_a_symlink_to_its_target(tmp_path, glossary_file):
    article, target = tmp_path / "a.txt", tmp_path / "real.txt"
    article.write_text("sanksi", encoding="utf-8")
    target.write_text("old", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(target)
    result = run(
        "annotate", str(article), "--glossary", str(glossary_file), "-o", str(tmp_path / "link.txt")
    )
    assert result.exit_code == 0
    assert (tmp_path / "link.txt").is_symlink() and target.read_text() == "sanksi [sanctions]"


# -- which implementation runs ------------------------------------------------------------


def python_m_glossary(*args: str, implementation: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, "GLOSSARY_IMPLEMENTATION": implementation}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(render.__file__).parents[1]), env.get("PYTHONPATH", "")]
    )
    return subprocess.run(
        [sys.executable, "-m", "glossary", *args],
        capture_output=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_the_pure_python_path_runs_end_to_end(tmp_path, glossary_file):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + "Kafé " * 3 + "sanksi\n", encoding="utf-8")
    version = python_m_glossary("--version", implementation="python", cwd=tmp_path)
    assert version.returncode == 0
    assert "scanner: pure Python" in version.stdout.decode()
    args = ("annotate", str(article), "--glossary", str(glossary_file))
    pure = python_m_glossary(*args, implementation="python", cwd=tmp_path)
    assert pure.returncode == 0 and pure.stderr == b""
    assert pure.stdout.decode() == render.annotate(document(article.read_text()), MATCHER)
    if scan.COMPILED in scan.SCANS:
        fast = python_m_glossary(*args, implementation="compiled", cwd=tmp_path)
        assert fast.stdout == pure.stdout
        assert (
            "scanner: compiled"
            in python_m_glossary(
                "--version", implementation="compiled", cwd=tmp_path
            ).stdout.decode()
        )


def test_an_unknown_implementation_is_refused(tmp_path):
    result = python_m_glossary("--version", implementation="fortran", cwd=tmp_path)
    assert result.returncode != 0 and b"must be auto, python or compiled" in result.stderr


def test_a_long_run_on_the_slower_scanner_says_so_once(tmp_path, glossary_file, implementation):
    article = tmp_path / "long.txt"
    article.write_text(". " * render.LONG_INPUT + "sanksi\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["annotate", str(article), "--glossary", str(glossary_file), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 0
    notes = [line for line in result.stderr.splitlines() if "scanner: pure Python" in line]
    assert len(notes) == (1 if implementation == scan.PYTHON else 0)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(["a", "Z", " ", "\t", "\n", "\x1b", "\x85", "\xa0", "é"])))
def test_one_line_shows_every_text_as_the_whole_rule_does(text):
    # The fast path (a printable text with single spaces is returned as it is) agrees
    # with the whole rule: whitespace runs made one space, control characters shown.
    whole = render._CONTROLS.sub(lambda m: f"\\x{ord(m[0]):02x}", " ".join(text.split()))
    assert render.one_line.__wrapped__(text) == whole


@settings(max_examples=50)
@given(
    term=st.text(min_size=1, max_size=12),
    english=st.text(max_size=12),
    shown=st.text(max_size=12),
    variants=st.lists(st.text(min_size=1, max_size=8), max_size=3),
    kind=st.sampled_from(["term", "title", "place", "person"]),
    count=st.integers(0, 99),
)
def test_a_stand_in_is_what_dataclasses_replace_gives(term, english, shown, variants, kind, count):
    """``render.showing``, annotate's stand-in entry (Menteri, minister, shown as
    "Minister"), equals ``dataclasses.replace(entry, english=...)``, shares the lists as it
    does, and leaves the entry as it was."""
    entry = Entry(term=term, english=english, variants=variants, kind=kind, count=count)
    before = dataclasses.replace(entry)
    stand_in = render.showing(entry, shown)
    assert stand_in == dataclasses.replace(entry, english=shown)
    assert stand_in is not entry and stand_in.variants is entry.variants
    assert entry == before
