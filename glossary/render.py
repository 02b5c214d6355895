"""Annotated output: the input with the approved English beside every glossary term.

Four formats (issue 4): ``inline`` (``keringanan sanksi [sanctions relief]``; the text
outside the glosses is exactly the input), ``markdown`` (glosses in italics and a table
of the terms used), ``html`` (one self-contained page with ruby glosses and a legend,
every piece of input escaped), ``json`` (the matches, with offsets into the decoded
input). Matches stream through each renderer and the output comes in pieces
(``iter_annotated``, ``write_annotated``): memory stays bounded by the input, its
longest line and the glossary, whatever the format; the legends, which need the
counts, come last.

Glossary text is data: every piece of it is escaped for the format, and control
characters in it (an ESC that would drive the terminal) are shown as ``\x1b``.
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator

from glossary import defined, scan, titled
from glossary.gloss import Judge, Note, Reading
from glossary.match import DEPRECATED, Match, Matcher
from glossary.store import Entry
from glossary.text import Document, collector_paused

FORMATS = ("inline", "markdown", "html", "json")
_PIECE = 1 << 12  # matches (or JSON items) gathered into one output piece
LONG_INPUT = 1 << 20  # characters from which a run with the slower scanner says so


def annotate(
    document: Document,
    matcher: Matcher,
    fmt: str = "inline",
    first_only: bool = False,
    skip_identical: bool = False,
) -> str:
    """The document annotated with the glossary terms ``matcher`` finds, in ``fmt``."""
    return "".join(iter_annotated(document, matcher, fmt, first_only, skip_identical))


def iter_annotated(
    document: Document,
    matcher: Matcher,
    fmt: str = "inline",
    first_only: bool = False,
    skip_identical: bool = False,
) -> Iterator[str]:
    """``annotate``'s output in pieces, made as they are read: nothing keeps them all."""
    matches = defined.with_defined_acronyms(document, matcher)  # KLB after (KLB)
    return RENDERERS[fmt](document, matches, first_only, skip_identical)


def gloss(reading: Reading) -> str:
    """The English shown for a match, on one line: ``Menteri: minister`` when partial."""
    english = one_line(reading.english)
    return f"{one_line(reading.match.text)}: {english}" if reading.partial else english


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@functools.cache
def one_line(text: str) -> str:
    """Glossary text on one line, its control characters shown, not obeyed
    (``Korea\x1b[2J`` would clear a terminal): ``Korea\\x1b[2J``."""
    if text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]:
        return text  # nearly every gloss: no control character, no space but single ones
    return _CONTROLS.sub(lambda m: f"\\x{ord(m[0]):02x}", " ".join(text.split()))


def _readings(
    document: Document,
    matches: Iterable[Match],
    first_only: bool,
    skip_identical: bool,
    used: dict[tuple[str, str], _Use] | None = None,
) -> Iterator[Reading]:
    """The judged glosses to show (``glossary.gloss``): identical ones left out when asked,
    tallied in ``used`` (every occurrence: legends), then with ``first_only`` only each
    entry's first."""
    batches = Judge(document.text).batches(matches, _PIECE // 4)  # a piece holds a few
    readings = titled.compose(document.text, batches)  # Kabupaten Bogor, whole
    if skip_identical:
        readings = (r for r in readings if not r.identical)
    if used is not None:
        readings = _tallied(readings, used)
    return _first_of_each(readings) if first_only else readings


def _first_of_each(readings: Iterable[Reading]) -> Iterator[Reading]:
    seen: set[tuple[str, str]] = set()
    for reading in readings:
        if reading.match.entry.key not in seen:
            seen.add(reading.match.entry.key)
            yield reading


class _Use:
    """An entry in a text (legends): its first match, its occurrences, and the forms they
    are written in, each with its count (``Korea Utara`` 3, ``Korut`` 2), keyed by the form
    in lower case: ``Sanksi`` at a sentence's start is ``sanksi`` written otherwise; the
    English shown (a sense may differ from the msgstr) and whether a gloss was partial."""

    __slots__ = ("match", "count", "forms", "english", "partial")

    def __init__(self, match: Match) -> None:
        self.match = match
        self.count = 0
        self.forms: dict[str, tuple[str, str, int]] = {}  # key → form, status, count
        self.english: list[str] = []
        self.partial = False

    def add(self, reading: Reading) -> None:
        match = reading.match
        self.count += 1
        form = " ".join(match.text.split())
        key = form.lower()
        shown, status, count = self.forms.get(key, (form, match.status, 0))
        self.forms[key] = (key if form == key else shown, status, count + 1)
        if reading.english not in self.english:
            self.english.append(reading.english)
        self.partial = self.partial or reading.partial

    def shown(self) -> str:
        return " / ".join(one_line(e) for e in self.english)


def _tallied(readings: Iterable[Reading], used: dict[tuple[str, str], _Use]) -> Iterator[Reading]:
    """The readings, tallying in ``used`` each entry's occurrences (legends)."""
    for reading in readings:
        use = used.get(reading.match.entry.key)
        if use is None:
            use = used[reading.match.entry.key] = _Use(reading.match)
        use.add(reading)
        yield reading


PARTIAL_LEGEND = (
    "A gloss written 'word: English' is that word's only: the word is part of a longer"
    " name or title that the glossary does not have (Perdana Menteri [Menteri: minister])."
)


def _marked_lines(
    text: str,
    readings: Iterable[Reading],
    plain: Callable[[str], str],
    term: Callable[[Reading, str], str],
) -> Iterator[list[str]]:
    """The text's lines, a list at a time, with each gloss written by ``term(reading,
    surface)`` and everything else by ``plain`` (an escape) (markdown, html). Only the
    current line is kept whole (``plain`` and ``term`` keep newlines where they are)."""
    parts: list[str] = []
    last = 0
    for reading in itertools.chain(readings, [None]):
        start = len(text) if reading is None else reading.match.start
        for piece in _pieces(text, last, start):
            parts.append(plain(piece))
            if len(parts) >= _PIECE or len(piece) >= _SPAN:
                lines = "".join(parts).split("\n")
                parts = [lines.pop()]  # the line goes on
                yield lines
        if reading is not None:
            match = reading.match
            parts.append(term(reading, text[match.start : match.end]))
            last = match.end
    yield "".join(parts).split("\n")


_SPAN = 1 << 16  # characters of input between matches copied at once


def _pieces(text: str, start: int, stop: int) -> Iterator[str]:
    """``text[start:stop]`` in pieces of at most ``_SPAN`` characters: no copy of a long
    stretch without terms."""
    for at in range(start, stop, _SPAN):
        yield text[at : min(stop, at + _SPAN)]


# -- inline ---------------------------------------------------------------------------


def inline(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> str:
    """``... keringanan sanksi [sanctions relief] ...`` with the input's own newlines."""
    with collector_paused():  # matches and their text make no cycles
        return "".join(iter_inline(document, matches, first_only, skip_identical))


def iter_inline(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> Iterator[str]:
    """``inline`` in pieces. Matches are taken a batch at a time and turned into text at C
    speed (``glossed``): annotate's per-match work in Python would cost as much as
    finding them. The judge's notes touch only the matches they name: a match shown
    otherwise gets a stand-in entry whose English is what to show."""
    text = document.text
    stand_ins: dict[tuple, Entry] = {}
    if first_only or skip_identical:
        readings = _readings(document, matches, first_only, skip_identical)
        batches = ([_stand_in(r, stand_ins) for r in chunk] for chunk in _chunks(readings))
    else:
        judge = Judge(text, titled.target_bits)  # the composers' bits asked with the judge's
        composer = titled.BatchComposer(text)  # Kabupaten Bogor, Menteri Pertanian Thailand
        joined = (
            composer(batch, notes, judge.batch_bits(batch))
            for batch, notes in judge.batches(matches, _PIECE)
        )
        batches = (_shown(batch, notes, stand_ins) for batch, notes in joined)
    last = 0
    glosses: dict[int, str] = {}
    join = GLOSSERS[scan.IMPLEMENTATION]
    for batch in batches:
        if batch:
            yield document.restore_newlines(join(text, last, batch, glosses, _bracketed))
            last = batch[-1].end
    for piece in _pieces(text, last, len(text)):
        yield document.restore_newlines(piece)


def _bracketed(entry) -> str:
    return f" [{one_line(entry.english)}]"


def _chunks(readings: Iterable[Reading]) -> Iterator[list[Reading]]:
    readings = iter(readings)
    while chunk := list(itertools.islice(readings, _PIECE)):
        yield chunk


def _shown(
    batch: list[Match], notes: dict[int, Note | None], stand_ins: dict[tuple, Entry]
) -> list[Match]:
    """A batch as inline shows it: dropped matches left out, those with a note given
    stand-in entries (made once per entry, note and, for a partial one, surface: names
    recur)."""
    if not notes:
        return batch
    shown: list[Match | None] = list(batch)
    for i, note in notes.items():
        if note is None:
            shown[i] = None
            continue
        match = batch[i]
        key = (id(match.entry), note, match.text if note.partial else "")
        entry = stand_ins.get(key)
        if entry is None:  # a partial gloss names its word: Menteri: minister
            entry = stand_ins[key] = _stand_in(Reading(match, *note), stand_ins).entry
        start, end, text, _, form, status = match
        shown[i] = Match(start, end, text, entry, form, status)
    return list(filter(None, shown))


def _stand_in(reading: Reading, stand_ins: dict[tuple, Entry]) -> Match:
    """The match with an entry whose English is the gloss to show, one per (entry, gloss)
    and run: ``glossed`` keys its memo by the entry's address."""
    match = reading.match
    if reading.english == match.entry.english and not reading.partial:
        return match
    shown = gloss(reading)
    key = (id(match.entry), shown)
    if key not in stand_ins:
        stand_ins[key] = showing(match.entry, shown)
    return match._replace(entry=stand_ins[key])


def showing(entry: Entry, english: str) -> Entry:
    """A copy of ``entry`` whose English is ``english`` (Menteri, minister, shown as
    ``Minister``), its other fields' values shared: what ``dataclasses.replace`` gives,
    without its call of ``__init__`` with every field (~20 µs a stand-in, ~4 µs here;
    ``Entry`` is a plain dataclass, no ``__post_init__``, no slots)."""
    stand_in = object.__new__(Entry)
    stand_in.__dict__.update(entry.__dict__)
    stand_in.english = english
    return stand_in


def python_glossed(
    text: str, start: int, matches: list[Match], glosses: dict[int, str], gloss
) -> str:
    """``text[start:end of the last match]`` with each match followed by its gloss: from
    ``glosses``, keyed by the entry's address shifted right by 4 (addresses are multiples
    of 16, which as they are would crowd a dict's slots), else made by ``gloss(entry)``
    and kept there. The reference of the compiled ``_speedups.glossed``."""
    pieces: list[str] = []
    last = start
    for match in matches:
        if match.end < last or match.end > len(text):
            raise ValueError("matches must follow one another within the text")
        key = id(match.entry) >> 4
        if key not in glosses:
            glosses[key] = gloss(match.entry)
        pieces += (text[last : match.end], glosses[key])
        last = match.end
    return "".join(pieces)


GLOSSERS = {scan.PYTHON: python_glossed}  # by implementation, as ``scan.SCANS``
if scan.speedups is not None:
    GLOSSERS[scan.COMPILED] = scan.speedups.glossed


# -- markdown -------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*(?:\d+)?)([#>+=.)-])")


def md_text(text: str) -> str:
    """Plain text that Markdown shows as it is (within a line)."""
    return _MD_INLINE.sub(r"\\\1", text)


def _md_paragraph(line: str) -> str:
    """A line that starts like a heading, a quote or a list item (``# ``, ``> ``, ``- ``,
    ``1. ``) with its marker escaped."""
    return _MD_LINE_START.sub(r"\1\\\2", line.strip())


def _md_cell(text: str) -> str:
    """Glossary text in a table cell or a gloss: one line, escaped (``<img onerror>`` in a
    ``kind`` must not become markup)."""
    return md_text(one_line(text))


def _md_term(reading: Reading, surface: str) -> str:
    """``sanksi *(sanctions)*``; a deprecated form says what to use."""
    match = reading.match
    note = f"; use {match.entry.term}" if match.status == DEPRECATED else ""
    return f"{md_text(surface)} *({md_text(gloss(reading)) + _md_cell(note)})*"


def markdown(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> str:
    """Each input line a paragraph, ``sanksi *(sanctions)*``, and a table of the terms used."""
    return "".join(iter_markdown(document, matches, first_only, skip_identical))


def iter_markdown(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> Iterator[str]:
    """``markdown`` in pieces; the table comes last."""
    used: dict[tuple[str, str], _Use] = {}
    readings = _readings(document, matches, first_only, skip_identical, used)
    separator = ""
    for lines in _marked_lines(document.text, readings, md_text, _md_term):
        paragraphs = [_md_paragraph(line) for line in lines if line.strip()]
        if paragraphs:
            yield separator + "\n\n".join(paragraphs)
            separator = "\n\n"
    if used:
        yield "\n\n## Glossary terms\n\n| Indonesian | English | Kind | Count |\n|---|---|---|---|"
        for use in used.values():
            entry = use.match.entry
            cells = (_md_cell(entry.term), md_text(use.shown()), _md_cell(entry.kind))
            yield "\n| {} | {} | {} | {} |".format(*cells, use.count)
        if any(use.partial for use in used.values()):
            yield f"\n\n{md_text(PARTIAL_LEGEND)}"
    yield "\n"


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
ruby.deprecated { background: #ffd6cc; }
/* longhands: WebKitGTK drops an underline shorthand that has a style and a colour */
ruby.deprecated > .unit, .forms .deprecated { text-decoration-line: underline;
  text-decoration-style: wavy; text-decoration-color: #b3261e; }
rt { font: .62rem/1 system-ui, sans-serif; color: #0b5394; }
ruby.partial { background: none; outline: 1px dashed #8a6d00; }
ruby.partial rt { font-style: italic; color: #5f6b7a; }
.unit { display: inline-block; line-height: 1.2; }
.forms { display: block; color: #555; }
table { border-collapse: collapse; width: 100%; font: .9rem/1.4 system-ui, sans-serif; }
th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #ddd;
  overflow-wrap: break-word; }
.count { text-align: right; white-space: nowrap; width: 1%; }
@media (max-width: 30rem) { .kind { display: none; } }
"""


def _ruby(reading: Reading, text: str) -> str:
    """``<ruby>`` with the term and its gloss each in one inline-block ``.unit``: browsers
    spread a multiword annotation over a multiword base word by word, which puts "North"
    over *Korea* and "Korea" over *Utara*; a unit has no gaps to spread into. A partial
    gloss is in a dashed box."""
    match = reading.match
    entry = match.entry
    deprecated = match.status == DEPRECATED
    english = one_line(reading.english)
    title = f"{english} ({one_line(entry.kind)})"
    if reading.partial:
        title = f"{one_line(text)}: {english}, this word only: part of a longer name"
    if deprecated:
        title += f"; deprecated, use {one_line(entry.term)}"
    classes = "term" + " deprecated" * deprecated + " partial" * reading.partial
    return (
        f'<ruby class="{classes}" title="{html.escape(title)}">'
        f'<span class="unit">{html.escape(text)}</span><rp> (</rp>'
        f'<rt><span class="unit">{html.escape(english)}</span></rt><rp>)</rp></ruby>'
    )


def html_page(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> str:
    """One self-contained page: ruby glosses (hover titles too), a legend with counts."""
    return "".join(iter_html(document, matches, first_only, skip_identical))


HTML_PARTIAL_LEGEND = (
    "A gloss in a dashed box is that word's only: the word is part of a longer name or"
    " title that the glossary does not have (Perdana <em>Menteri</em>: minister)."
)


def iter_html(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> Iterator[str]:
    """``html_page`` in pieces; the legend comes last."""
    title = html.escape(document.path)
    yield (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'\">\n"
        f"<title>{title} – glossary</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{title}</h1>\n<article>"
    )
    used: dict[tuple[str, str], _Use] = {}
    readings = _readings(document, matches, first_only, skip_identical, used)
    for lines in _marked_lines(document.text, readings, html.escape, _ruby):
        yield "".join(f"\n<p>{line.strip()}</p>" for line in lines if line.strip())
    total = sum(use.count for use in used.values())
    yield (
        '\n</article>\n<section class="legend">'
        f"<h2>Glossary terms: {len(used)} ({total} occurrences)</h2>"
    )
    if any(use.partial for use in used.values()):
        yield f'<p class="partial-legend">{HTML_PARTIAL_LEGEND}</p>'
    yield (
        '<table><thead><tr><th>Indonesian</th><th>English</th><th class="kind">Kind</th>'
        '<th class="count">Count</th></tr></thead><tbody>'
    )
    for use in used.values():
        entry = use.match.entry
        yield (
            f'<tr><td lang="id">{_html(entry.term)}{_html_forms(use)}</td><td lang="en">'
            f'{html.escape(use.shown())}</td><td class="kind">{_html(entry.kind)}</td>'
            f'<td class="count">{use.count}</td></tr>'
        )
    yield "</tbody></table></section>\n</main>\n</body>\n</html>\n"


def _html_forms(use: _Use) -> str:
    """The forms an entry is written in here, with counts, under its term in the legend
    (``as written: Korea Utara 3 · Korut 2``); nothing when it is only ever written as the
    term itself. A deprecated form is underlined as in the text."""
    if list(use.forms) == [" ".join(use.match.entry.term.split()).lower()]:
        return ""
    forms = []
    for form, status, count in use.forms.values():
        if status == DEPRECATED:
            note = html.escape(f"deprecated, use {one_line(use.match.entry.term)}", quote=True)
            form_html = f'<span class="deprecated" title="{note}">{_html(form)}</span>'
        else:
            form_html = _html(form)
        forms.append(f"{form_html}&nbsp;{count}")
    return f'<small class="forms">as written: {" · ".join(forms)}</small>'


def _html(text: str) -> str:
    """Glossary text in a page: one line, escaped."""
    return html.escape(one_line(text))


# -- json -----------------------------------------------------------------------------


def json_matches(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> str:
    """A JSON array of the glosses in text order; offsets are into the decoded input
    (BOM removed, CRLF turned into LF). Identical glosses are kept, marked."""
    return "".join(iter_json(document, matches, first_only, skip_identical))


_C1 = re.compile("[\x7f-\x9f]")


def escape_c1(text: str) -> str:
    """JSON text with its C1 controls as ``\\u`` escapes (JSON escapes C0 itself; C1's CSI
    would drive a terminal): the same data."""
    return _C1.sub(lambda control: f"\\u{ord(control[0]):04x}", text)


def iter_json(
    document: Document,
    matches: Iterable[Match],
    first_only: bool = False,
    skip_identical: bool = False,
) -> Iterator[str]:
    """``json_matches`` in pieces, one item per line. Control characters are written as
    ``\\u`` escapes (JSON escapes C0 itself; C1's CSI would drive a terminal): the same data.
    ``skip_identical`` changes nothing: every item says whether it is identical."""
    shown = _readings(document, matches, first_only, False)
    opening = "[\n  "
    while batch := list(itertools.islice(shown, _PIECE)):
        items = [json.dumps(_json_item(document, r), ensure_ascii=False) for r in batch]
        yield escape_c1(opening + ",\n  ".join(items))
        opening = ",\n  "
    yield "[]\n" if opening.startswith("[") else "\n]\n"


def _json_item(document: Document, reading: Reading) -> dict:
    match = reading.match
    entry = match.entry
    return {
        "start": match.start,
        "end": match.end,
        "line": document.position(match.start)[0],
        "text": match.text,
        "term": entry.term,
        "gloss": reading.english,
        "alternatives": list(entry.alternatives),
        "kind": entry.kind,
        "status": match.status,
        "partial": reading.partial,
        "identical": reading.identical,
    }


RENDERERS = {"inline": iter_inline, "markdown": iter_markdown, "html": iter_html, "json": iter_json}
