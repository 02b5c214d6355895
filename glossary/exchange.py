"""Exchange formats: TBX, TSV and CSV for CAT tools, Anki decks for learners, and import.

Every writer takes glossary entries and returns the file's content; every reader
takes a file's text and returns entries, which ``merge_imported`` folds into a
glossary without ever touching a reviewed entry.

TBX is TBX-Basic in its ``martif`` form (what OmegaT, Trados, memoQ and
translate-toolkit read): one ``termEntry`` per entry, every Indonesian form its
own ``tig`` with an ``administrativeStatus``. Entry facts TBX has no data category
for (msgctxt, case rule, review status) travel as ``<note>key: value</note>`` so
that PO → TBX → PO loses no entry, form, status or English alternative.

TSV follows OmegaT's glossary layout (source, target, comment) with one row per
Indonesian form, so that a CAT tool recognises variants and deprecated spellings
too; the comment names the row's role (``variant of: Korea Utara``). CSV has a
header row and one row per entry with every field. Both neutralise cells that a
spreadsheet would run as a formula by prefixing a ``'``; import removes exactly
that prefix again (see ``neutralise``).

Anki notes use one frozen note type (fixed model id, field names and order) and a
GUID derived from the entry's identity (msgctxt + msgid), so re-importing a new
export updates the learner's notes instead of duplicating them.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import html
import io
import itertools
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import genanki

from glossary.match import Matcher
from glossary.store import KINDS, Entry, Glossary, escape_value, split_list
from glossary.text import (
    STDIN_NAME,
    Document,
    InputError,
    decode,
    normalize_newlines,
    read_bytes,
    sentences,
)

EXPORT_FORMATS = ("tbx", "tsv", "csv", "anki-apkg", "anki-txt")
IMPORT_FORMATS = ("tbx", "tsv", "csv")
BINARY_FORMATS = ("anki-apkg",)
SUFFIX_FORMATS = {".tbx": "tbx", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".utf8": "tsv"}
SUFFIX_FORMATS[".txt"] = "tsv"  # OmegaT reads .txt glossaries as TSV

UNREVIEWED = "unreviewed"


def select(
    entries: Iterable[Entry], fmt: str, kinds: Sequence[str] = (), include_fuzzy: bool = False
) -> list[Entry]:
    """The entries an export carries: reviewed ones (all active ones with ``include_fuzzy``).

    Anki notes need both sides, so the Anki formats leave out entries without English.
    """
    return [
        e
        for e in entries
        if not e.obsolete
        and (e.reviewed or include_fuzzy)
        and (not kinds or e.kind in kinds)
        and (e.english or not fmt.startswith("anki"))
    ]


def export(entries: Sequence[Entry], fmt: str, matcher: Matcher | None = None) -> str | bytes:
    """The content of an export in ``fmt``: text for every format but anki-apkg.

    The Anki formats find each term in its example sentence with ``matcher``
    (default: one built from ``entries``; pass the glossary's cached one).
    """
    if fmt == "tbx":
        return to_tbx(entries)
    if fmt == "tsv":
        return to_tsv(entries)
    if fmt == "csv":
        return to_csv(entries)
    notes = glossary_notes(entries, matcher or Matcher(entries, include_fuzzy=True))
    if fmt == "anki-txt":
        return to_anki_txt(notes, DECK_NAME)
    if fmt == "anki-apkg":
        return anki_package(notes, DECK_NAME, DECK_ID)
    raise ValueError(f"unknown export format {fmt!r}")


def _join(values: Iterable[str]) -> str:
    """A list as the PO glossary writes it: `` | `` between items, ``\\|`` for a bar inside one."""
    return " | ".join(escape_value(v, bar=True) for v in values)


# -- TBX ----------------------------------------------------------------------

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
# Part of speech: the PO's words ↔ TBX-Basic's picklist; other values pass unchanged.
TBX_POS = {"noun": "noun", "verb": "verb", "adjective": "adjective", "adverb": "adverb"}
TBX_POS |= {"proper noun": "properNoun", "other": "other"}
PO_POS = {v: k for k, v in TBX_POS.items()}
NOTE_KEYS = ("sense", "case", "status")
# Characters XML 1.0 cannot carry at all; they are dropped from exported text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def term_entry_id(entry: Entry) -> str:
    """A stable XML id from the entry's identity (msgctxt + msgid), readable in a CAT tool."""
    ascii_term = unicodedata.normalize("NFKD", entry.term).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_term.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha1(f"{entry.context}\x04{entry.term}".encode()).hexdigest()[:8]
    return f"t-{slug}-{digest}" if slug else f"t-{digest}"


def _sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, tag, attrs)
    if text:
        node.text = _NOT_XML.sub("", text)
    return node


def _tig(lang_set: ET.Element, term: str, status: str = "", term_type: str = "", pos: str = ""):
    """One term with its term-level data categories, in TBX-Basic's element order."""
    tig = _sub(lang_set, "tig")
    _sub(tig, "term", term)
    if pos:
        _sub(tig, "termNote", TBX_POS.get(pos.lower(), pos), type="partOfSpeech")
    if term_type:
        _sub(tig, "termNote", term_type, type="termType")
    if status:
        _sub(tig, "termNote", status, type="administrativeStatus")
    return tig


def _term_entry(body: ET.Element, entry: Entry) -> None:
    node = _sub(body, "termEntry", id=term_entry_id(entry))
    _sub(node, "descrip", entry.kind, type="subjectField")
    if entry.note:
        _sub(node, "descrip", entry.note, type="definition")
    for key, value in (
        ("sense", entry.context),
        ("case", entry.case),
        ("status", UNREVIEWED if entry.fuzzy else ""),
    ):
        if value:
            _sub(node, "note", f"{key}: {value}")

    indonesian = _sub(node, "langSet", **{XML_LANG: "id"})
    abbreviated = entry.kind == "acronym" or bool(entry.expansion)
    preferred = _tig(indonesian, entry.term, PREFERRED, "acronym" if abbreviated else "", entry.pos)
    if entry.example:
        group = _sub(preferred, "descripGrp")
        _sub(group, "descrip", entry.example, type="context")
        if entry.example_source:
            _sub(group, "admin", entry.example_source, type="source")
    for form in entry.variants:
        _tig(indonesian, form, ADMITTED, "fullForm" if form == entry.expansion else "", entry.pos)
    for form in entry.deprecated:
        _tig(indonesian, form, DEPRECATED, "fullForm" if form == entry.expansion else "")
    if entry.expansion and entry.expansion not in entry.forms:
        # The full form alone, not a form the glossary accepts in running text: no status.
        _tig(indonesian, entry.expansion, term_type="fullForm")

    if entry.english:
        english = _sub(node, "langSet", **{XML_LANG: "en"})
        _tig(english, entry.english, PREFERRED)
        for alternative in entry.alternatives:
            _tig(english, alternative, ADMITTED)


def to_tbx(entries: Iterable[Entry]) -> str:
    """A TBX-Basic document (martif) holding ``entries``."""
    root = ET.Element("martif", {"type": "TBX-Basic-V1", XML_LANG: "id"})
    header = _sub(root, "martifHeader")
    description = _sub(header, "fileDesc")
    _sub(_sub(description, "titleStmt"), "title", "Indonesian-English glossary")
    _sub(_sub(description, "sourceDesc"), "p", "Exported by glossary from a PO glossary")
    _sub(_sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = _sub(_sub(root, "text"), "body")
    for entry in entries:
        _term_entry(body, entry)
    ET.indent(root)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def _language(lang_set: ET.Element) -> str:
    return (lang_set.get(XML_LANG) or lang_set.get("lang") or "").lower().split("-")[0]


def _terms(lang_set: ET.Element) -> list[tuple[str, dict[str, str], ET.Element]]:
    """(term, {termNote type: value}, element) for each ``tig``, or ``ntig`` as memoQ writes."""
    found = []
    for group in lang_set:
        if group.tag in ("tig", "ntig"):
            term = (group.findtext(".//term") or "").strip()
            notes = {n.get("type", ""): (n.text or "").strip() for n in group.iter("termNote")}
            if term:
                found.append((term, notes, group))
    return found


def _entry_from_term_entry(node: ET.Element) -> Entry | None:
    """The entry a termEntry describes, or None when it has no Indonesian term."""
    lang_sets = {_language(ls): ls for ls in reversed(node.findall("langSet"))}
    if "id" not in lang_sets and "in" in lang_sets:  # the withdrawn code for Indonesian
        lang_sets["id"] = lang_sets["in"]
    if "id" not in lang_sets:
        return None
    entry = Entry(term="")
    notes = []
    for child in node:
        kind = child.get("type")
        text = (child.text or "").strip()
        if child.tag == "descrip" and kind == "subjectField" and text in KINDS:
            entry.kind = text
        elif child.tag == "descrip" and kind == "definition":
            notes.append(text)
        elif child.tag == "note":
            key, sep, value = text.partition(": ")
            if sep and key in NOTE_KEYS:
                if key == "sense":
                    entry.context = value
                elif key == "case":
                    entry.case = value
                else:
                    entry.fuzzy = value == UNREVIEWED
            elif text:
                notes.append(text)
    entry.note = "\n".join(notes)

    admitted: list[str] = []
    for term, info, tig in _terms(lang_sets["id"]):
        status = info.get("administrativeStatus", "")
        if info.get("termType") == "fullForm":
            entry.expansion = term
        if status == PREFERRED and not entry.term:
            entry.term = term
            entry.pos = PO_POS.get(info.get("partOfSpeech", ""), info.get("partOfSpeech", ""))
            context = tig.find(".//descrip[@type='context']")
            if context is not None:
                entry.example = (context.text or "").strip()
                entry.example_source = (tig.findtext(".//admin[@type='source']") or "").strip()
        elif status == DEPRECATED:
            entry.deprecated.append(term)
        elif status or info.get("termType") != "fullForm":
            admitted.append(term)
    if not entry.term:  # no preferred term marked: the first one is the preferred
        if not admitted:
            return None
        entry.term = admitted.pop(0)
    entry.variants = admitted

    english: list[str] = []
    preferred_english = ""
    for term, info, _ in _terms(lang_sets.get("en", ET.Element("langSet"))):
        status = info.get("administrativeStatus")
        if status == PREFERRED and not preferred_english:
            preferred_english = term
        elif status != DEPRECATED:
            english.append(term)
    if not preferred_english and english:
        preferred_english = english.pop(0)
    entry.english = preferred_english
    entry.alternatives = english
    return entry


def from_tbx(data: bytes | str, path: str) -> list[Entry]:
    """Entries of a TBX (martif) document; InputError names the path on bad input."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        line, column = err.position
        raise InputError(f"{path}:{line}:{column}: not well-formed XML") from None
    tag = root.tag.rpartition("}")[2]
    if tag != "martif":
        raise InputError(
            f"{path}: not a TBX file in martif form (root element <{tag}>);"
            " TBX v3 <tbx> files are not supported"
        )
    entries = [e for node in root.iter("termEntry") if (e := _entry_from_term_entry(node))]
    if not entries and root.find(".//termEntry") is not None:
        raise InputError(f'{path}: no Indonesian terms (langSet xml:lang="id") in this TBX file')
    return entries


# -- TSV and CSV ----------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _runs_as_formula(value: str) -> bool:
    """Whether a spreadsheet would run the cell, or it is our ``'`` before such a cell."""
    return value.startswith(_FORMULA_START) or (
        value.startswith("'") and _runs_as_formula(value[1:])
    )


def neutralise(value: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula (= + - @ tab CR).

    A cell that already starts with ``'`` before such a character gets one more, so
    that ``restore`` (strip one ``'`` where ``neutralise`` would have added it) gives
    back exactly the original text.
    """
    return "'" + value if _runs_as_formula(value) else value


def restore(cell: str) -> str:
    """Undo ``neutralise``: remove the one ``'`` it adds, and nothing else."""
    return cell[1:] if cell.startswith("'") and _runs_as_formula(cell[1:]) else cell


def _flat(value: str) -> str:
    """A TSV cell: no tab or line break inside, no edge spaces (OmegaT trims them)."""
    return " ".join(value.split())


TSV_HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
_TSV_LABELS = ("sense", "kind", "also", "expansion", "status", "variant of", "deprecated, use")
_TSV_LABEL_RE = re.compile(r"(?:^|; )(" + "|".join(_TSV_LABELS) + r"|note): ")


def _tsv_comment(parts: Iterable[tuple[str, str]]) -> str:
    return "; ".join(f"{label}: {value}" for label, value in parts if value)


def to_tsv(entries: Iterable[Entry]) -> str:
    """OmegaT glossary rows: one per Indonesian form (preferred, variants, deprecated)."""
    rows = []
    for e in entries:
        sense = ("sense", e.context)
        rows.append(
            (
                e.term,
                e.english,
                _tsv_comment(
                    [
                        sense,
                        ("kind", e.kind),
                        ("also", _join(e.alternatives)),
                        ("expansion", e.expansion),
                        ("status", UNREVIEWED if e.fuzzy else ""),
                        ("note", e.note),
                    ]
                ),
            )
        )
        rows += [(v, e.english, _tsv_comment([sense, ("variant of", e.term)])) for v in e.variants]
        rows += [
            (d, e.english, _tsv_comment([sense, ("deprecated, use", e.term)])) for d in e.deprecated
        ]
    lines = ("\t".join(neutralise(_flat(cell)) for cell in row) for row in rows)
    return TSV_HEADER + "".join(line + "\n" for line in lines)


def _parse_comment(comment: str) -> dict[str, str]:
    """The labelled parts of a TSV comment; a comment that is not ours is all note."""
    found = list(_TSV_LABEL_RE.finditer(comment))
    if not found or found[0].start() != 0:
        return {"note": comment} if comment else {}
    parts = {}
    for m, following in itertools.zip_longest(found, found[1:]):
        label = m.group(1)
        if label == "note":
            parts[label] = comment[m.end() :]
            break
        parts[label] = comment[m.end() : following.start() if following else len(comment)]
    return parts


def from_tsv(text: str, path: str) -> list[Entry]:
    """Entries of an OmegaT TSV glossary, variant rows folded into their entries."""
    entries: dict[tuple[str, str], Entry] = {}
    attached: list[tuple[str, tuple[str, str], str, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [restore(c.strip()) for c in line.split("\t")]
        if len(cells) < 2 or not cells[0]:
            raise InputError(f"{path}:{number}: expected source<TAB>target[<TAB>comment]")
        source, target = cells[0], cells[1]
        parts = _parse_comment(cells[2] if len(cells) > 2 else "")
        sense = parts.get("sense", "")
        for role in ("variant of", "deprecated, use"):
            if role in parts:
                attached.append((role, (sense, parts[role]), source, target))
                break
        else:
            if (sense, source) in entries:
                continue  # a second target for the same source: kept as the first
            entries[(sense, source)] = Entry(
                term=source,
                english=target,
                context=sense,
                kind=parts["kind"] if parts.get("kind") in KINDS else "term",
                alternatives=split_list(parts.get("also", "")),
                expansion=parts.get("expansion", ""),
                fuzzy=parts.get("status") == UNREVIEWED,
                note=parts.get("note", ""),
            )
    for role, key, form, target in attached:
        entry = entries.setdefault(key, Entry(term=key[1], english=target, context=key[0]))
        (entry.variants if role == "variant of" else entry.deprecated).append(form)
    return list(entries.values())


CSV_COLUMNS = (
    "indonesian",
    "english",
    "kind",
    "alternatives",
    "variants",
    "deprecated",
    "expansion",
    "pos",
    "sense",
    "case",
    "note",
    "example",
    "example_source",
    "status",
)
# Header names other tools use for the same columns.
CSV_ALIASES = {"source": "indonesian", "term": "indonesian", "target": "english", "comment": "note"}
_CSV_LISTS = ("alternatives", "variants", "deprecated")


def to_csv(entries: Iterable[Entry]) -> str:
    """One row per entry, every field, lists joined with `` | ``, after a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        values = {
            "indonesian": e.term,
            "english": e.english,
            "kind": e.kind,
            "alternatives": _join(e.alternatives),
            "variants": _join(e.variants),
            "deprecated": _join(e.deprecated),
            "expansion": e.expansion,
            "pos": e.pos,
            "sense": e.context,
            "case": e.case,
            "note": e.note,
            "example": e.example,
            "example_source": e.example_source,
            "status": UNREVIEWED if e.fuzzy else "reviewed",
        }
        writer.writerow([neutralise(values[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def from_csv(text: str, path: str) -> list[Entry]:
    """Entries of a CSV file with a header row (comma, semicolon or tab separated)."""
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(rows, [])
        columns = [CSV_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in header]
        if "indonesian" not in columns:
            found = ", ".join(header) or "nothing"
            raise InputError(f"{path}:1: no 'indonesian' column in the header row (found {found})")
        entries = []
        for row in rows:
            record = dict(zip(columns, (restore(cell) for cell in row), strict=False))
            term = record.get("indonesian", "").strip()
            if not term:
                continue
            lists = {k: split_list(record.get(k, "")) for k in _CSV_LISTS}
            entries.append(
                Entry(
                    term=term,
                    english=record.get("english", "").strip(),
                    kind=record["kind"] if record.get("kind") in KINDS else "term",
                    expansion=record.get("expansion", ""),
                    pos=record.get("pos", ""),
                    context=record.get("sense", ""),
                    case=record.get("case", ""),
                    note=record.get("note", ""),
                    example=record.get("example", ""),
                    example_source=record.get("example_source", ""),
                    fuzzy=record.get("status") == UNREVIEWED,
                    **lists,
                )
            )
    except csv.Error as err:
        raise InputError(f"{path}:{rows.line_num}: malformed CSV ({err})") from None
    return entries


# -- import ---------------------------------------------------------------------

READERS = {"tsv": from_tsv, "csv": from_csv}


def format_of(path: str, fmt: str | None) -> str:
    """The import format: ``fmt`` when given, else the one the file's extension names."""
    if fmt:
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise InputError(
            f"{path}: cannot tell the format from the extension; use --format tbx|tsv|csv"
        )
    return SUFFIX_FORMATS[suffix]


def read_entries(path: str, fmt: str | None = None) -> list[Entry]:
    """The entries of an exchange file (``-`` for standard input, with ``fmt``)."""
    fmt = format_of(path, fmt)
    name = STDIN_NAME if path == "-" else path
    data = read_bytes(path)
    if fmt == "tbx":  # XML declares its own encoding
        return from_tbx(data, name)
    text, _ = normalize_newlines(decode(data, name)[0])
    return READERS[fmt](text, name)


@dataclass
class Conflict:
    """An imported entry that disagrees with the glossary, which was left as it was."""

    existing: Entry
    imported: Entry
    reason: str

    def __str__(self) -> str:
        sense = f" ({self.existing.context})" if self.existing.context else ""
        return (
            f"{self.existing.term}{sense}: glossary has {self.existing.english or '(no English)'!r}"
            f", file has {self.imported.english!r}: {self.reason}"
        )


@dataclass
class ImportReport:
    added: list[Entry] = field(default_factory=list)
    filled: list[Entry] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def merge_imported(glossary: Glossary, imported: Iterable[Entry], origin: str) -> ImportReport:
    """Fold imported entries into ``glossary``; reviewed and rejected entries never change.

    An imported entry is the same as a glossary entry with the same msgctxt when its
    msgid or any of its forms is one of that entry's forms. New entries come in
    fuzzy with ``origin``; an unreviewed entry without English takes the imported
    English; any other disagreement about the English is a conflict, listed.
    """
    report = ImportReport()
    by_form: dict[tuple[str, str], Entry] = {}

    def index(entry: Entry) -> None:
        for form in entry.forms:
            by_form.setdefault((entry.context, form), entry)

    for entry in glossary.entries:
        index(entry)
    for new in imported:
        old = next((by_form[k] for f in new.forms if (k := (new.context, f)) in by_form), None)
        if old is None:
            added = replace(new, fuzzy=True, obsolete=False, origin=origin)
            glossary.entries.append(added)
            index(added)
            report.added.append(added)
        elif old.obsolete:
            report.conflicts.append(Conflict(old, new, "rejected in the glossary, left rejected"))
        elif not new.english or new.english in old.renderings:
            report.unchanged += 1
        elif old.reviewed:
            report.conflicts.append(Conflict(old, new, "reviewed entry kept"))
        elif not old.english:
            old.english, old.alternatives, old.origin = new.english, list(new.alternatives), origin
            old.fuzzy = True
            report.filled.append(old)
        else:
            report.conflicts.append(Conflict(old, new, "unreviewed entry kept, review it"))
    return report


# -- Anki -----------------------------------------------------------------------

MODEL_ID = 1_593_840_117
DECK_ID = 2_059_400_110
DECK_NAME = "Glossary id-en"
GUID_NAMESPACE = "glossary id-en"
# Frozen: Anki matches notes to the note type by these names in this order. Add new
# fields at the end only; never rename, remove or reorder.
FIELDS = (
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
MODEL = genanki.Model(
    MODEL_ID,
    DECK_NAME,
    fields=[{"name": name} for name in FIELDS],
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
        return genanki.guid_for(GUID_NAMESPACE, f"{self.entry.context}\x04{self.entry.term}")

    @property
    def tags(self) -> list[str]:
        return [self.entry.kind] + ([UNREVIEWED] if self.entry.fuzzy else [])

    def fields(self) -> list[str]:
        """Field values (HTML) in FIELDS order."""
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
        return [_one_line(values[name]) for name in FIELDS]


def _one_line(field_html: str) -> str:
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
    deck = genanki.Deck(deck_id, deck_name)
    for due, note in enumerate(notes):
        deck.add_note(genanki.Note(MODEL, note.fields(), tags=note.tags, guid=note.guid, due=due))
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
        f"#tags column:{len(FIELDS) + 1}",
        f"#guid column:{len(FIELDS) + 2}",
        "#columns:" + "\t".join((*FIELDS, "Tags", "GUID")),
    ]
    rows = []
    for note in notes:
        row = "\t".join((*note.fields(), " ".join(note.tags), note.guid))
        rows.append("&#35;" + row[1:] if row.startswith("#") else row)
    return "".join(line + "\n" for line in header + rows)


# -- flashcards from articles ---------------------------------------------------


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
