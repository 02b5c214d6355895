"""The HTML page laid out by real browser engines: where each gloss lands over its term.

A gloss is read as one phrase over the whole term. Chromium's default ruby layout spreads
a multiword annotation over a multiword base ("North" over *Korea*, "Korea" over *Utara*),
and Indonesian puts the head first, so a learner reads the gloss backwards. Only positions
show that: these tests measure the words of every gloss and term in the laid-out page, at
a phone's width and a desktop's, in headless Chromium (Playwright) and, where Debian's
WebKitGTK driver and Xvfb are installed, in WebKit (Selenium).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary import render
from glossary.match import DEPRECATED, Matcher
from glossary.store import Entry
from glossary.text import Document

CHROMIUM = "/usr/bin/chromium"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"
WEBKIT_BROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
WIDTHS = [375, 1280]  # a phone, a desktop

ENTRIES = [
    Entry("Korea Utara", "North Korea", kind="place", variants=["Korut"]),
    Entry("Dewan Keamanan PBB", "UN Security Council", kind="organization"),
    Entry("senjata nuklir", "nuclear weapons"),
    Entry("Perdana Menteri", "Prime Minister", kind="title"),
    Entry("gencatan senjata", "ceasefire"),
    Entry("Tepi Barat", "West Bank", kind="place"),
    Entry("Departemen Luar Negeri AS", "State Department", kind="organization"),
    Entry("Pemprov DKI", "Jakarta provincial government", kind="organization"),
    Entry("Sekretaris Jenderal PBB", "UN Secretary-General", deprecated=["Sekjen PBB"]),
    Entry("banjir", "flood"),
]
# Terms at line starts and ends at both widths, glosses narrower and wider than their terms,
# a deprecated form, a one-word term with a two-word gloss (Korut).
ARTICLE = (
    "Dewan Keamanan PBB membahas senjata nuklir Korea Utara pada Senin, sementara Perdana "
    "Menteri Jepang menyerukan gencatan senjata di Tepi Barat.\n"
    "Departemen Luar Negeri AS menyatakan Korut menolak perundingan, kata Sekjen PBB.\n"
    "Pemprov DKI menutup jalan di Jakarta Pusat karena banjir; Pemprov DKI juga membuka "
    "posko bagi warga yang rumahnya terendam banjir setinggi satu meter.\n"
)
MATCHER = Matcher(ENTRIES)
DOCUMENT = Document.from_bytes(ARTICLE.encode("utf-8"), "berita.txt")

# For each glossed term in the article: the boxes of its words and of its gloss's words
# (text ranges, so what a reader sees, not the element boxes, which span the term either
# way), and the width each text takes set as one run in its own font.
GEOMETRY_JS = """() => {
  const union = rects => rects.length ? {
    left: Math.min(...rects.map(r => r.left)), right: Math.max(...rects.map(r => r.right)),
    top: Math.min(...rects.map(r => r.top)), bottom: Math.max(...rects.map(r => r.bottom))
  } : null;
  const textNodes = (root, keep) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) if (keep(walker.currentNode)) nodes.push(walker.currentNode);
    return nodes;
  };
  const wordRects = nodes => nodes.flatMap(node => [...node.data.matchAll(/\\S+/g)].map(m => {
    const range = document.createRange();
    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
    const rects = [...range.getClientRects()].filter(r => r.width > 0);
    return union(rects);
  }));
  const naturalWidth = (element, text) => {
    const style = getComputedStyle(element), probe = document.createElement('span');
    for (const p of ['font-family', 'font-size', 'font-weight', 'font-style',
                     'letter-spacing', 'word-spacing'])
      probe.style.setProperty(p, style.getPropertyValue(p));
    probe.style.whiteSpace = 'pre'; probe.style.position = 'absolute';
    probe.textContent = text; document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  };
  const inAnnotation = node => node.parentElement.closest('rt, rp');
  const wavyUnderline = (element, term) => {
    for (let e = element; e; e = e === term ? null : e.parentElement) {
      const style = getComputedStyle(e);
      if (style.textDecorationLine.includes('underline') && style.textDecorationStyle === 'wavy')
        return true;
    }
    return false;
  };
  return [...document.querySelectorAll('article .term')].map(term => {
    const gloss = term.querySelector('rt');
    const glossNodes = textNodes(gloss, () => true);
    const termNodes = textNodes(term, node => !inAnnotation(node));
    const glossText = glossNodes.map(n => n.data).join('').trim();
    const termText = termNodes.map(n => n.data).join('').trim();
    const glossWords = wordRects(glossNodes), termWords = wordRects(termNodes);
    return {
      term: termText, gloss: glossText, glossBoxes: gloss.getClientRects().length,
      glossWords, termWords, glossInk: union(glossWords), termInk: union(termWords),
      glossNatural: naturalWidth(glossNodes[0].parentElement, glossText),
      termNatural: naturalWidth(termNodes[0].parentElement, termText),
      termFontSize: parseFloat(getComputedStyle(term).fontSize),
      wavyUnderline: wavyUnderline(termNodes[0].parentElement, term),
    };
  });
}"""

SLACK = 1.5  # px: rounding of text boxes to the pixel grid


def layout_faults(item: dict) -> list[str]:
    """What is wrong with where one gloss lands over its term, as a reader would say it."""
    where = f"{item['gloss']!r} over {item['term']!r}"
    gloss, term = item["glossInk"], item["termInk"]
    faults = []
    if item["glossBoxes"] != 1:
        faults.append(f"{where}: the gloss is in {item['glossBoxes']} boxes")
    if len({round(word["top"]) for word in item["glossWords"]}) != 1:
        faults.append(f"{where}: the gloss's words are on different lines")
    spread = gloss["right"] - gloss["left"] > item["glossNatural"] + SLACK
    if spread and " " in item["gloss"]:
        faults.append(
            f"{where}: the gloss's words are spread apart "
            f"({gloss['right'] - gloss['left']:.0f} px for {item['glossNatural']:.0f} px of text)"
        )
    spread = term["right"] - term["left"] > item["termNatural"] + SLACK
    if spread and " " in item["term"]:
        faults.append(f"{where}: the term's words are spread apart")
    centre_gap = (gloss["left"] + gloss["right"]) / 2 - (term["left"] + term["right"]) / 2
    if abs(centre_gap) > 2 * SLACK:
        faults.append(f"{where}: the gloss is {centre_gap:+.0f} px off the term's centre")
    # Text boxes include the fonts' ascent and descent: the gloss's may overlap the term's
    # by a little without any letters touching, never by a quarter of the term's size.
    if gloss["bottom"] > term["top"] + item["termFontSize"] / 4:
        faults.append(f"{where}: the gloss is not above the term")
    if gloss["bottom"] < term["top"] - item["termFontSize"]:
        faults.append(f"{where}: the gloss floats far above the term")
    return faults


def check_layout(items: list[dict]) -> None:
    matches = list(MATCHER.find_document(DOCUMENT))
    assert [(i["term"], i["gloss"]) for i in items] == [(m.text, render.gloss(m)) for m in matches]
    assert sum(" " in m.text + render.gloss(m) for m in matches) >= 10  # multiword ones
    underlined = [i["term"] for i in items if i["wavyUnderline"]]
    assert underlined == [m.text for m in matches if m.status == DEPRECATED]
    faults = [fault for item in items for fault in layout_faults(item)]
    assert not faults, "\n".join(faults)


@pytest.fixture
def page_file(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "berita.html"
    path.write_text(render.annotate(DOCUMENT, MATCHER, "html"), encoding="utf-8")
    return path


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed")
@pytest.mark.parametrize("width", WIDTHS)
def test_glosses_sit_whole_over_their_terms_in_chromium(page_file, width):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(page_file.as_uri())
            page.wait_for_load_state("load")
            items = page.evaluate(GEOMETRY_JS)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
        finally:
            browser.close()
    check_layout(items)
    assert scroll_width <= width, "the page must not scroll sideways"


# -- WebKit (WebKitGTK's WebDriver, in a virtual X display) -------------------------------


@contextlib.contextmanager
def virtual_display() -> Iterator[str]:
    """An Xvfb server on a display number it picks itself (``-displayfd``)."""
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert xvfb.stdout is not None
        yield ":" + xvfb.stdout.readline().decode().strip()
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


WEBKIT_READY = (
    os.path.exists(WEBKIT_DRIVER) and os.path.exists(WEBKIT_BROWSER) and shutil.which("Xvfb")
)


@pytest.mark.skipif(not WEBKIT_READY, reason="webkit2gtk-driver or xvfb is not installed")
@pytest.mark.filterwarnings("ignore:setting remote_server_addr:DeprecationWarning")
def test_glosses_sit_whole_over_their_terms_in_webkit(page_file, monkeypatch):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.webkitgtk.service import Service

    # MiniBrowser's window is at least 447 px wide: the page is laid out in a frame of
    # each width instead, which is the viewport its media queries see.
    frames = page_file.parent / "frames.html"
    results = {}
    with virtual_display() as display:
        monkeypatch.setenv("DISPLAY", display)
        options = webdriver.WebKitGTKOptions()
        options.binary_location = WEBKIT_BROWSER
        options.add_argument("--automation")
        driver = webdriver.WebKitGTK(options=options, service=Service(WEBKIT_DRIVER))
        try:
            driver.set_window_size(1400, 1000)
            for width in WIDTHS:
                frames.write_text(
                    f'<!DOCTYPE html><iframe src="{page_file.name}" style="border:0;'
                    f'width:{width}px;height:900px"></iframe>',
                    encoding="utf-8",
                )
                driver.get(frames.as_uri())
                driver.switch_to.frame(0)
                results[width] = driver.execute_script(
                    f"return [({GEOMETRY_JS})(), document.documentElement.scrollWidth,"
                    " window.innerWidth]"
                )
                driver.switch_to.default_content()
        finally:
            driver.quit()
    for width, (items, scroll_width, inner_width) in results.items():
        assert inner_width == width
        check_layout(items)
        assert scroll_width <= width, "the page must not scroll sideways"
