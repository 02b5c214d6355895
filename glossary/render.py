"""Annotated output: the input with the approved English beside every glossary term.

Four formats (issue 4): ``inline`` (``keringanan sanksi [sanctions relief]``; the text
outside the glosses is exactly the input), ``markdown`` (glosses in italics and a table
of the terms used), ``html`` (one self-contained page with ruby glosses and a legend,
every piece of input escaped), ``json`` (the matches, with offsets into the decoded
input). Matches stream through each renderer, so a large input is never held as a list
of matches.
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator

from glossary.match import DEPRECATED, Match, Matcher
from glossary.text import Document, collector_paused

FORMATS = ("inline", "markdown", "html", "json")


def annotate(
    document: Document, matcher: Matcher, fmt: str = "inline", first_only: bool = False
) -> str:
    """The document annotated with the glossary terms ``matcher`` finds, in ``fmt``."""
    matches = matcher.iter_document(document)
    return RENDERERS[fmt](document, matches, first_only)


def gloss(match: Match) -> str:
    """The English shown for a match, on one line."""
    return _one_line(match.entry.english)


@functools.cache
def _one_line(text: str) -> str:
    return " ".join(text.split())


def _first_flags(matches: Iterable[Match], first_only: bool) -> Iterator[tuple[Match, bool]]:
    """Each match with whether to gloss it: always, or only at the entry's first occurrence."""
    seen: set[tuple[str, str]] = set()
    for match in matches:
        key = match.entry.key
        yield match, not first_only or key not in seen
        seen.add(key)


def _tallied(
    matches: Iterable[Match], first_only: bool, used: dict[tuple[str, str], tuple[Match, int]]
) -> Iterator[tuple[Match, bool]]:
    """``_first_flags``, counting in ``used`` each entry's first match and occurrences (legends)."""
    for match, shown in _first_flags(matches, first_only):
        seen = used.get(match.entry.key)
        used[match.entry.key] = (seen[0] if seen else match, (seen[1] if seen else 0) + 1)
        yield match, shown


def _marked(
    text: str,
    matches: Iterable[Match],
    first_only: bool,
    used: dict[tuple[str, str], tuple[Match, int]],
    plain: Callable[[str], str],
    term: Callable[[Match, str], str],
) -> str:
    """The text with each match shown written by ``term(match, surface)`` and everything
    else by ``plain`` (an escape), tallying the entries in ``used`` (markdown, html)."""
    parts: list[str] = []
    last = 0
    for match, shown in _tallied(matches, first_only, used):
        if shown:
            parts += (plain(text[last : match.start]), term(match, text[match.start : match.end]))
            last = match.end
    parts.append(plain(text[last:]))
    return "".join(parts)


# -- inline ---------------------------------------------------------------------------


def inline(document: Document, matches: Iterable[Match], first_only: bool = False) -> str:
    """``... keringanan sanksi [sanctions relief] ...`` with the input's own newlines.

    Matches are taken a batch at a time and turned into text at C speed (``glossed``):
    annotate's per-match work in Python would cost as much as finding them.
    """
    with collector_paused():  # matches and their text make no cycles
        return _inline(document, matches, first_only)


def _inline(document: Document, matches: Iterable[Match], first_only: bool) -> str:
    text = document.text
    if first_only:
        matches = (match for match, shown in _first_flags(matches, True) if shown)
    matches = iter(matches)
    parts: list[str] = []
    last = 0
    glosses: dict[int, str] = {}
    while batch := list(itertools.islice(matches, _BATCH)):
        parts.append(glossed(text, last, batch, glosses, _bracketed))
        last = batch[-1].end
    parts.append(text[last:])
    return document.restore_newlines("".join(parts))


def _bracketed(entry) -> str:
    return f" [{_one_line(entry.english)}]"


def python_glossed(
    text: str, start: int, matches: list[Match], glosses: dict[int, str], gloss
) -> str:
    """``text[start:end of the last match]`` with each match followed by its gloss: from
    ``glosses``, keyed by the entry's address shifted right by 4 (addresses are multiples
    of 16, which as they are would crowd a dict's slots), else made by ``gloss(entry)``
    and kept there. The reference of the compiled ``_speedups.glossed``."""
    pieces, last = [], start
    for match in matches:
        if match.end < last or match.end > len(text):
            raise ValueError("matches must follow one another within the text")
        key = id(match.entry) >> 4
        if key not in glosses:
            glosses[key] = gloss(match.entry)
        pieces += (text[last : match.end], glosses[key])
        last = match.end
    return "".join(pieces)


try:
    from glossary._speedups import glossed
except ImportError:  # a source checkout that was not built: the same, in Python
    glossed = python_glossed


_BATCH = 4096


# -- markdown -------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*(?:\d+)?)([#>+=.)-])")


def _md(text: str) -> str:
    """Plain text that Markdown shows as it is (within a line)."""
    return _MD_INLINE.sub(r"\\\1", text)


def _md_paragraph(line: str) -> str:
    """A line that starts like a heading, a quote or a list item (``# ``, ``> ``, ``- ``,
    ``1. ``) with its marker escaped."""
    return _MD_LINE_START.sub(r"\1\\\2", line.strip())


def _md_cell(text: str) -> str:
    return _MD_INLINE.sub(r"\\\1", " ".join(text.split()))


def _md_term(match: Match, surface: str) -> str:
    """``sanksi *(sanctions)*``; a deprecated form says what to use."""
    note = f"; use {match.entry.term}" if match.status == DEPRECATED else ""
    return f"{_md(surface)} *({_md_cell(gloss(match) + note)})*"


def markdown(document: Document, matches: Iterable[Match], first_only: bool = False) -> str:
    """Each input line a paragraph, ``sanksi *(sanctions)*``, and a table of the terms used."""
    used: dict[tuple[str, str], tuple[Match, int]] = {}
    marked = _marked(document.text, matches, first_only, used, _md, _md_term)
    body = "\n\n".join(_md_paragraph(line) for line in marked.split("\n") if line.strip())
    table = ["| Indonesian | English | Kind | Count |", "|---|---|---|---|"]
    for match, count in used.values():
        entry = match.entry
        table.append(
            f"| {_md_cell(entry.term)} | {_md_cell(gloss(match))} | {entry.kind} | {count} |"
        )
    legend = "\n\n## Glossary terms\n\n" + "\n".join(table) if used else ""
    return body + legend + "\n"


# -- html -----------------------------------------------------------------------------

_STYLE = """
body { margin: 0; background: #fdfcf8; color: #1d1d1d; }
main { max-width: 42rem; margin: 0 auto; padding: 1rem 1.25rem 3rem;
  font: 1.125rem/2.4 Georgia, "Noto Serif", serif; }
h1 { font-size: 1.2rem; line-height: 1.4; font-family: system-ui, sans-serif; color: #555;
  overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; font-family: system-ui, sans-serif; margin-top: 2.5rem; }
p { margin: 0 0 1rem; overflow-wrap: anywhere; }
ruby { ruby-position: over; white-space: nowrap; }
ruby.term { background: #fff2b3; border-radius: .2rem; padding: 0 .1rem; }
ruby.deprecated { background: #ffd6cc; text-decoration: underline wavy #b3261e; }
rt { font: .62rem/1 system-ui, sans-serif; color: #0b5394; }
table { border-collapse: collapse; width: 100%; font: .9rem/1.4 system-ui, sans-serif; }
th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #ddd;
  overflow-wrap: break-word; }
.count { text-align: right; white-space: nowrap; width: 1%; }
@media (max-width: 30rem) { .kind { display: none; } }
"""


def _ruby(match: Match, text: str) -> str:
    entry = match.entry
    deprecated = match.status == DEPRECATED
    title = f"{gloss(match)} ({entry.kind})"
    if deprecated:
        title += f"; deprecated, use {entry.term}"
    return (
        f'<ruby class="term{" deprecated" if deprecated else ""}" title="{html.escape(title)}">'
        f"{html.escape(text)}<rp> (</rp><rt>{html.escape(gloss(match))}</rt><rp>)</rp></ruby>"
    )


def html_page(document: Document, matches: Iterable[Match], first_only: bool = False) -> str:
    """One self-contained page: ruby glosses (hover titles too), a legend with counts."""
    used: dict[tuple[str, str], tuple[Match, int]] = {}
    marked = _marked(document.text, matches, first_only, used, html.escape, _ruby)
    paragraphs = [f"<p>{line.strip()}</p>" for line in marked.split("\n") if line.strip()]
    rows = [
        f'<tr><td lang="id">{html.escape(m.entry.term)}</td><td lang="en">'
        f'{html.escape(gloss(m))}</td><td class="kind">{html.escape(m.entry.kind)}</td>'
        f'<td class="count">{count}</td></tr>'
        for m, count in used.values()
    ]
    total = sum(count for _, count in used.values())
    legend = (
        f'<section class="legend"><h2>Glossary terms: {len(used)} ({total} occurrences)</h2>'
        '<table><thead><tr><th>Indonesian</th><th>English</th><th class="kind">Kind</th>'
        f'<th class="count">Count</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>'
    )
    title = html.escape(document.path)
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'\">\n"
        f"<title>{title} – glossary</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{title}</h1>\n<article>\n" + "\n".join(paragraphs) + "\n</article>\n"
        f"{legend}\n</main>\n</body>\n</html>\n"
    )


# -- json -----------------------------------------------------------------------------


def json_matches(document: Document, matches: Iterable[Match], first_only: bool = False) -> str:
    """A JSON array of the matches in text order; offsets are into the decoded input
    (BOM removed, CRLF turned into LF)."""
    items = []
    for match, shown in _first_flags(matches, first_only):
        if shown:
            entry = match.entry
            item = {
                "start": match.start,
                "end": match.end,
                "line": document.position(match.start)[0],
                "text": match.text,
                "term": entry.term,
                "gloss": entry.english,
                "alternatives": list(entry.alternatives),
                "kind": entry.kind,
                "status": match.status,
            }
            items.append(json.dumps(item, ensure_ascii=False))
    if not items:
        return "[]\n"
    return "[\n  " + ",\n  ".join(items) + "\n]\n"


RENDERERS = {"inline": inline, "markdown": markdown, "html": html_page, "json": json_matches}
