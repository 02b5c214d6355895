"""Anki decks for learners: the glossary deck, flashcards from articles, Anki's text import.

Notes use one frozen note type (fixed model id, field names and order). A note's GUID
comes from its deck's scope and the entry's identity (msgctxt and the first msgid it
had), never from its fields: a new export updates the learner's notes in place, a
rename keeps the note and its review history, and a flashcards deck has notes of its
own instead of taking over the glossary deck's. genanki is imported only when a deck
is written, so reading a TBX file does not load it.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import html
import io
import itertools
import os
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from glossary.exchange.common import UNREVIEWED
from glossary.gloss import Judge
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


def identity(entry: Entry) -> str:
    """What names an entry for good: msgctxt and the msgid it had before any rename.

    ``edit "Kim Jong-un" --rename "Kim Jong Un"`` records the first msgid, so the
    learner's note (and its review history) stays the same note.
    """
    return f"{entry.context}\x04{entry.first_term or entry.term}"


def tag(value: str) -> str:
    """An Anki tag: one word (Anki splits tags on white space), ``my kind`` → ``my_kind``."""
    return "_".join(value.split())


@dataclass
class Note:
    """One Anki note: an entry, an example sentence and where the term occurs in it.

    ``scope`` keeps decks apart: the glossary deck's notes have scope "", a
    flashcards deck's notes the deck's name, the text export's ``TEXT_SCOPE``. A
    note's GUID comes from its scope and the entry's identity only, so a re-export
    updates the same notes, while a flashcards deck never takes over (and empties)
    the glossary deck's notes or another article's.
    """

    entry: Entry
    example: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    source: str = ""
    scope: str = ""

    @property
    def guid(self) -> str:
        return self._guid()

    def _guid(self, *extra: str) -> str:
        import genanki

        scope = [self.scope] if self.scope else []
        return genanki.guid_for(GUID_NAMESPACE, *scope, identity(self.entry), *extra)

    @property
    def tags(self) -> list[str]:
        return [t for t in (tag(self.entry.kind), UNREVIEWED if self.entry.fuzzy else "") if t]

    def marked_example(self, mark: str) -> str:
        """The example as HTML, every occurrence of the term replaced by ``mark(term HTML)``."""
        parts, done = [], 0
        for start, end in self.spans:
            parts += [
                html.escape(self.example[done:start]),
                mark.format(html.escape(self.example[start:end])),
            ]
            done = end
        return "".join(parts) + html.escape(self.example[done:])

    def cloze(self) -> str:
        """The example with the term blanked; "" when a form would still give the answer away."""
        outside, done = [], 0
        for start, end in self.spans:
            outside.append(self.example[done:start])
            done = end
        outside.append(self.example[done:])
        if not self.spans or _shows_a_form(self.entry, " ".join(outside)):
            return ""
        return self.marked_example('<span class="cloze">[…]</span>')

    def fields(self) -> list[str]:
        """Field values (HTML) in ANKI_FIELDS order."""
        e = self.entry
        values = {
            "Indonesian": html.escape(e.term),
            "English": html.escape(e.english),
            "Kind": html.escape(e.kind),
            "Example": self.marked_example("<b>{}</b>"),
            "Example cloze": self.cloze(),
            "Source": html.escape(self.source),
            "Alternatives": html.escape(", ".join(e.alternatives)),
            "Variants": html.escape(", ".join(e.variants)),
            "Note": html.escape(e.note),
        }
        return [_single_line_html(values[name]) for name in ANKI_FIELDS]


def _shows_a_form(entry: Entry, text: str) -> bool:
    """Whether any Indonesian form of ``entry`` is still visible in ``text`` (any case)."""
    folded = text.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(form.casefold())}(?!\w)", folded) for form in entry.forms
    )


def _single_line_html(field_html: str) -> str:
    """One line per note in a text export: line breaks become <br>, tabs spaces."""
    if "\n" in field_html or "\r" in field_html:
        field_html = field_html.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    return field_html.replace("\t", " ")


def occurrences(
    entry: Entry, text: str, found: tuple[int, int] | None = None
) -> tuple[tuple[int, int], ...]:
    """Every place ``entry`` occurs in ``text``, even inside a longer glossary term.

    "Dewan Keamanan PBB menolak; PBB ..." gives both PBBs, so that a cloze hides
    each of them. ``found`` is an occurrence already known (from the article's scan).
    """
    spans = [(m.start, m.end) for m in Matcher([entry], include_fuzzy=True).find(text)]
    if found and not any(s < found[1] and found[0] < e for s, e in spans):
        spans.append(found)
    return tuple(sorted(spans))


def glossary_notes(entries: Sequence[Entry]) -> list[Note]:
    """A note per entry, with its glossary example sentence and the term marked in it."""
    return [
        Note(e, e.example, occurrences(e, e.example) if e.example else (), e.example_source)
        for e in entries
    ]


def guids(notes: Sequence[Note]) -> list[str]:
    """Each note's GUID, none twice: the renamed entry keeps its note.

    After ``edit "Kim Jong-un" --rename "Kim Jong Un"`` a new entry may take the old
    name; its note gets a GUID of its own instead of taking over the learner's one.
    """
    renamed = {n.guid for n in notes if n.entry.first_term}
    return [
        n.guid if n.entry.first_term or n.guid not in renamed else n._guid("name reused")
        for n in notes
    ]


def anki_package(notes: Sequence[Note], deck_name: str, deck_id: int) -> bytes:
    """An .apkg holding ``notes`` in order (new cards come up in this order)."""
    import genanki

    deck = genanki.Deck(deck_id, deck_name)
    for due, (note, guid) in enumerate(zip(notes, guids(notes), strict=True)):
        deck.add_note(genanki.Note(_model(), note.fields(), tags=note.tags, guid=guid, due=due))
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


# The text export fills Anki's stock note type: a text file cannot carry a note type,
# and one it names but the collection lacks silently becomes Basic with the first
# field only. Should a collection lack this one (a translated Anki names it
# otherwise), Anki falls back to Basic, whose fields have the same names.
TEXT_NOTETYPE = "Basic (and reversed card)"
TEXT_FIELDS = ("Front", "Back")
TEXT_SCOPE = "text"  # other notes than the .apkg's: a later .apkg still imports


def text_fields(note: Note) -> list[str]:
    """Front (the Indonesian, its example and forms) and Back (the English) as HTML.

    Each side is the question of one of the two cards, so neither holds the other's
    answer: the note, which may name both, is left to the .apkg.
    """
    e = note.entry
    front = [f'<div class="term">{html.escape(e.term)}</div>']
    if note.example:
        front.append(f'<div class="example">{note.marked_example("<b>{}</b>")}</div>')
    if e.variants:
        front.append(
            f'<div class="also">Indonesian forms: {html.escape(", ".join(e.variants))}</div>'
        )
    front.append(f'<div class="kind">{html.escape(e.kind)}</div>')
    if note.source:
        front.append(f'<div class="source">{html.escape(note.source)}</div>')
    back = [f'<div class="term">{html.escape(e.english)}</div>']
    if e.alternatives:
        back.append(f'<div class="also">also: {html.escape(", ".join(e.alternatives))}</div>')
    return [_single_line_html("".join(front)), _single_line_html("".join(back))]


def to_anki_txt(notes: Sequence[Note], deck_name: str) -> str:
    """Anki's plain-text import for the stock note type: Front, Back, tags and GUID.

    A leading ``#`` is written as ``&#35;``: Anki skips lines that start with ``#``
    after the header.
    """
    header = [
        "#separator:tab",
        "#html:true",
        f"#notetype:{TEXT_NOTETYPE}",
        f"#deck:{deck_name}",
        "#tags:glossary",
        "#columns:" + "\t".join((*TEXT_FIELDS, "Tags", "GUID")),
        f"#tags column:{len(TEXT_FIELDS) + 1}",
        f"#guid column:{len(TEXT_FIELDS) + 2}",
    ]
    rows = []
    text_notes = [replace(note, scope=TEXT_SCOPE) for note in notes]
    for note, guid in zip(text_notes, guids(text_notes), strict=True):
        row = "\t".join((*text_fields(note), " ".join(note.tags), guid))
        rows.append("&#35;" + row[1:] if row.startswith("#") else row)
    return "".join(line + "\n" for line in header + rows)


def article_notes(
    documents: Iterable[Document], matcher: Matcher, deck_name: str, identical: bool = False
) -> list[Note]:
    """A note per glossary entry found in the articles, in order of first appearance.

    The example is the sentence of the article where the term first occurs, with
    every occurrence of the term in it marked; the source is that article's path
    and line. The notes belong to ``deck_name`` (see ``Note.scope``). Occurrences are
    judged as annotate judges them (``glossary.gloss``): one that glosses only part of
    a longer name is no example, the sense chosen there is the card's English, and a
    card whose two sides are the same (Seoul = Seoul) is left out unless ``identical``.
    """
    notes: dict[tuple[str, str], Note] = {}
    for doc in documents:
        spans = sentences(doc.clean)
        starts = [s.start for s in spans]
        for reading in Judge(doc.clean).readings(matcher.find(doc.clean)):
            m = reading.match
            if m.entry.key in notes or reading.partial or reading.identical and not identical:
                continue
            sentence = spans[max(0, bisect.bisect_right(starts, m.start) - 1)]
            line, _ = doc.clean_position(m.start)
            example = doc.clean[sentence.start : sentence.end]
            found = (m.start - sentence.start, m.end - sentence.start)
            notes[m.entry.key] = Note(
                in_sense(m.entry, reading.english),
                example,
                occurrences(m.entry, example, found),
                f"{doc.path}:{line}",
                deck_name,
            )
    return list(notes.values())


def in_sense(entry: Entry, english: str) -> Entry:
    """The entry with ``english`` (a sense its example chose) as its English, the msgstr
    among the alternatives."""
    if english == entry.english:
        return entry
    others = [entry.english, *(a for a in entry.alternatives if a != english)]
    return replace(entry, english=english, alternatives=others)


def deck_id_for(name: str) -> int:
    """A stable Anki deck id for a deck name (the range genanki recommends)."""
    digest = int(hashlib.sha1(name.encode()).hexdigest()[:8], 16)
    return (1 << 30) + digest % (1 << 30)
