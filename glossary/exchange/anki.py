"""Anki decks for learners: the glossary deck and flashcards from articles.

Anki notes use one frozen note type (fixed model id, field names and order) and a
GUID derived from the entry's identity (msgctxt + msgid), so re-importing a new
export updates the learner's notes instead of duplicating them. genanki is imported
only when a deck is written, so reading a TBX file does not load it.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import html
import io
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from glossary.exchange.common import UNREVIEWED
from glossary.match import Matcher
from glossary.store import Entry
from glossary.text import Document, sentences

MODEL_ID = 1_593_840_117
DECK_ID = 2_059_400_110
DECK_NAME = "Glossary id-en"
GUID_NAMESPACE = "glossary id-en"
# Frozen: Anki matches notes to the note type by these names in this order. Add new
# fields at the end only; never rename, remove or reorder.
ANKI_FIELDS = (
    "Indonesian",
    "English",
    "Kind",
    "Example",
    "Example cloze",
    "Source",
    "Alternatives",
    "Variants",
    "Note",
)
_BACK_DETAILS = """
{{#Alternatives}}<div class="also">also: {{Alternatives}}</div>{{/Alternatives}}
{{#Variants}}<div class="also">Indonesian forms: {{Variants}}</div>{{/Variants}}
<div class="kind">{{Kind}}</div>
{{#Note}}<div class="note">{{Note}}</div>{{/Note}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"""
TEMPLATES = [
    {
        "name": "Indonesian → English",
        "qfmt": '<div class="term">{{Indonesian}}</div>\n'
        '{{#Example}}<div class="example">{{Example}}</div>{{/Example}}',
        "afmt": '{{FrontSide}}\n<hr id="answer">\n<div class="term">{{English}}</div>'
        + _BACK_DETAILS,
    },
    {
        "name": "English → Indonesian",
        "qfmt": '<div class="term">{{English}}</div>\n'
        '{{#Example cloze}}<div class="example">{{Example cloze}}</div>{{/Example cloze}}',
        "afmt": '<div class="term">{{English}}</div>\n<hr id="answer">\n'
        '<div class="term">{{Indonesian}}</div>\n'
        '{{#Example}}<div class="example">{{Example}}</div>{{/Example}}' + _BACK_DETAILS,
    },
]
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: center; }
.term { font-size: 28px; margin: 0.5em 0; }
.example { font-style: italic; margin: 1em auto; max-width: 40em; }
.example b { font-style: normal; color: #1a5fb4; }
.cloze { font-weight: bold; color: #1a5fb4; }
.also, .kind, .note, .source { font-size: 16px; color: #555; margin: 0.3em 0; }
"""


@functools.cache
def _model():
    """The frozen note type, built on first use: genanki is loaded only to write a deck."""
    import genanki

    return genanki.Model(
        MODEL_ID,
        DECK_NAME,
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=TEMPLATES,
        css=CSS,
        sort_field_index=0,
    )


@dataclass
class Note:
    """One Anki note: an entry, an example sentence and where the term sits in it."""

    entry: Entry
    example: str = ""
    span: tuple[int, int] | None = None
    source: str = ""

    @property
    def guid(self) -> str:
        """From the entry's identity only, so edits to the English update the same note."""
        import genanki

        return genanki.guid_for(GUID_NAMESPACE, f"{self.entry.context}\x04{self.entry.term}")

    @property
    def tags(self) -> list[str]:
        return [self.entry.kind] + ([UNREVIEWED] if self.entry.fuzzy else [])

    def fields(self) -> list[str]:
        """Field values (HTML) in ANKI_FIELDS order."""
        e = self.entry
        example = cloze = html.escape(self.example)
        if self.span:
            before, term, after = (
                html.escape(self.example[: self.span[0]]),
                html.escape(self.example[self.span[0] : self.span[1]]),
                html.escape(self.example[self.span[1] :]),
            )
            example = f"{before}<b>{term}</b>{after}"
            cloze = f'{before}<span class="cloze">[…]</span>{after}'
        elif self.example:
            cloze = ""  # the term was not found: a cloze could give the answer away
        values = {
            "Indonesian": html.escape(e.term),
            "English": html.escape(e.english),
            "Kind": html.escape(e.kind),
            "Example": example,
            "Example cloze": cloze,
            "Source": html.escape(self.source),
            "Alternatives": html.escape(", ".join(e.alternatives)),
            "Variants": html.escape(", ".join(e.variants)),
            "Note": html.escape(e.note),
        }
        # One line per note in anki-txt: a tab or line break inside a field would split it.
        return [_single_line_html(values[name]) for name in ANKI_FIELDS]


def _single_line_html(field_html: str) -> str:
    if "\n" in field_html or "\r" in field_html:
        field_html = field_html.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    return field_html.replace("\t", " ")


def glossary_notes(entries: Sequence[Entry], matcher: Matcher) -> list[Note]:
    """A note per entry, with its glossary example sentence and the term marked in it."""
    notes = []
    for entry in entries:
        span = _span(entry, matcher)
        if span is None and entry.example:  # covered by a longer term: look for it alone
            span = _span(entry, Matcher([entry], include_fuzzy=True))
        notes.append(Note(entry, entry.example, span, entry.example_source))
    return notes


def _span(entry: Entry, matcher: Matcher) -> tuple[int, int] | None:
    """Where ``entry`` occurs in its own example (a longer term may cover it: then None)."""
    if not entry.example:
        return None
    found = (m for m in matcher.find(entry.example) if m.entry.key == entry.key)
    return next(((m.start, m.end) for m in found), None)


def anki_package(notes: Sequence[Note], deck_name: str, deck_id: int) -> bytes:
    """An .apkg holding ``notes`` in order (new cards come up in this order)."""
    import genanki

    deck = genanki.Deck(deck_id, deck_name)
    for due, note in enumerate(notes):
        deck.add_note(
            genanki.Note(_model(), note.fields(), tags=note.tags, guid=note.guid, due=due)
        )
    # genanki's own write_to_file leaves its temporary database behind; this does not.
    timestamp = time.time()
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "collection.anki2")
        connection = sqlite3.connect(database)
        genanki.Package(deck).write_to_db(
            connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
        )
        connection.commit()
        connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            package.write(database, "collection.anki2")
            package.writestr("media", "{}")
    return out.getvalue()


def to_anki_txt(notes: Sequence[Note], deck_name: str) -> str:
    """Anki's plain-text import: header lines, then the fields, tags and GUID of each note.

    The GUID is the last column and a leading ``#`` is written as ``&#35;``: Anki
    skips lines that start with ``#`` after the header.
    """
    header = [
        "#separator:tab",
        "#html:true",
        f"#notetype:{DECK_NAME}",
        f"#deck:{deck_name}",
        "#tags:glossary",
        f"#tags column:{len(ANKI_FIELDS) + 1}",
        f"#guid column:{len(ANKI_FIELDS) + 2}",
        "#columns:" + "\t".join((*ANKI_FIELDS, "Tags", "GUID")),
    ]
    rows = []
    for note in notes:
        row = "\t".join((*note.fields(), " ".join(note.tags), note.guid))
        rows.append("&#35;" + row[1:] if row.startswith("#") else row)
    return "".join(line + "\n" for line in header + rows)


def article_notes(documents: Iterable[Document], matcher: Matcher) -> list[Note]:
    """A note per glossary entry found in the articles, in order of first appearance.

    The example is the sentence of the article where the term first occurs, with
    the form found there marked; the source is that article's path and line.
    """
    notes: dict[tuple[str, str], Note] = {}
    for doc in documents:
        spans = sentences(doc.clean)
        starts = [s.start for s in spans]
        for m in matcher.find(doc.clean):
            if m.entry.key in notes:
                continue
            sentence = spans[max(0, bisect.bisect_right(starts, m.start) - 1)]
            line, _ = doc.clean_position(m.start)
            notes[m.entry.key] = Note(
                m.entry,
                doc.clean[sentence.start : sentence.end],
                (m.start - sentence.start, m.end - sentence.start),
                f"{doc.path}:{line}",
            )
    return list(notes.values())


def deck_id_for(name: str) -> int:
    """A stable Anki deck id for a deck name (the range genanki recommends)."""
    digest = int(hashlib.sha1(name.encode()).hexdigest()[:8], 16)
    return (1 << 30) + digest % (1 << 30)
