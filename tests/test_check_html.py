"""glossary check --format html: escaped, inert, filterable, in a real headless browser."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.store import Entry, Glossary, save

CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu"]
HOSTILE_SOURCE = (
    'Korea Utara <script>alert("x")</script> dan sanksi.\n'
    "Jakarta <img src=x onerror=alert(1)> menolak.\n"
    "Tanpa istilah.\n"
)
HOSTILE_TARGET = (
    'The South <script>alert("y")</script> and penalties.\n'
    "In Tokyo <img src=x onerror=alert(2)> it was refused.\n"
    "No term.\n"
)


@pytest.fixture
def report(tmp_path) -> Path:
    glossary = tmp_path / "g.po"
    entries = [
        Entry("Korea Utara", "North Korea", kind="place"),
        Entry("Jakarta", "Jakarta", kind="place"),
        Entry("sanksi", "sanction"),
    ]
    save(Glossary(entries=entries), glossary)
    source = tmp_path / "a<b>.id"
    target = tmp_path / "a.en"
    source.write_text(HOSTILE_SOURCE, encoding="utf-8")
    target.write_text(HOSTILE_TARGET, encoding="utf-8")
    args = ["check", str(source), "--translation", str(target), "--glossary", str(glossary)]
    result = CliRunner().invoke(cli, [*args, "--format", "html", "--strict"])
    assert result.exit_code == 1, result.output  # errors found
    page = tmp_path / "report.html"
    page.write_text(result.output, encoding="utf-8")
    return page


def test_html_escapes_every_piece_of_input(report):
    page = report.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "a&lt;b&gt;.id" in page
    assert re.search(r"default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'", page)


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed")
def test_html_report_in_a_real_browser(report):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 800})
            dialogs, errors = [], []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(report.as_uri())
            page.wait_for_load_state("load")

            def visible(selector: str) -> int:
                return sum(1 for e in page.locator(selector).all() if e.is_visible())

            rows = page.locator("tbody tr").all_inner_texts()
            marks = page.locator("mark").all_inner_texts()
            scripts = page.evaluate("document.querySelectorAll('script, img, iframe').length")
            first = (visible("li.error"), visible("li.warning"), visible("tbody tr"))
            color = page.locator("li.error").first.evaluate("e => getComputedStyle(e).color")
            page.click("label[for=s-warning]")
            no_warnings = (visible("li.error"), visible("li.warning"))
            page.click("label[for=k-mismatch]")
            no_mismatch = visible("li")
            page.click("label[for=only]")
            only = visible("tbody tr")
        finally:
            browser.close()
    assert dialogs == [] and errors == [] and scripts == 0
    assert '<script>alert("x")</script>' in rows[0] and "<img src=x onerror=alert(2)>" in rows[1]
    assert marks == ["Korea Utara", "sanksi", "Jakarta"]  # no rendering in the English
    assert first == (2, 1, 3)  # North Korea, Jakarta; sanksi as a warning; 3 segments
    assert color == "rgb(164, 0, 0)", "the stylesheet did not apply (CSP hash?)"
    assert no_warnings == (2, 0)
    assert no_mismatch == 0
    assert only == 2  # the segment without findings is hidden
