"""Exchange formats: TBX, TSV and CSV for CAT tools, Anki decks for learners, and import.

Every writer takes glossary entries and returns the file's content; every reader
takes a file's text and returns entries, which ``merge_imported`` folds into a
glossary without ever touching a reviewed entry. One module per family of formats:
``tbx`` (TBX-Basic), ``delimited`` (TSV for spreadsheets and, literal, for OmegaT; CSV),
``anki`` (decks; genanki is loaded only when one is written). Import refuses control
characters in any field, naming the file and row (``common``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from glossary.exchange.anki import (
    ANKI_FIELDS,
    DECK_ID,
    DECK_NAME,
    MODEL_ID,
    Note,
    anki_package,
    article_notes,
    deck_id_for,
    glossary_notes,
    to_anki_txt,
)
from glossary.exchange.common import UNREVIEWED
from glossary.exchange.delimited import (
    CSV_COLUMNS,
    from_csv,
    from_tsv,
    neutralise,
    restore,
    to_csv,
    to_tsv,
)
from glossary.exchange.tbx import XCS_NAME, XML_LANG, from_tbx, term_entry_id, to_tbx, xcs
from glossary.store import KINDS, Entry, Glossary
from glossary.text import STDIN_NAME, InputError, decode, normalize_newlines, read_bytes

EXPORT_FORMATS = ("tbx", "tsv", "omegat", "csv", "anki-apkg", "anki-txt")
IMPORT_FORMATS = ("tbx", "tsv", "omegat", "csv")
BINARY_FORMATS = ("anki-apkg",)
# OmegaT reads *.utf8 glossaries as UTF-8 and *.txt in the platform's charset, and
# takes cells literally; *.tsv and *.tab are ours for spreadsheets (formulas guarded).
SUFFIX_FORMATS = {".tbx": "tbx", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv"}
SUFFIX_FORMATS |= {".utf8": "omegat", ".txt": "omegat"}


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


def export(entries: Sequence[Entry], fmt: str) -> str | bytes:
    """The content of an export in ``fmt``: text for every format but anki-apkg."""
    if fmt == "tbx":
        return to_tbx(entries)
    if fmt == "tsv":
        return to_tsv(entries)
    if fmt == "omegat":
        return to_tsv(entries, guarded=False)
    if fmt == "csv":
        return to_csv(entries)
    notes = glossary_notes(entries)
    if fmt == "anki-txt":
        return to_anki_txt(notes, DECK_NAME)
    if fmt == "anki-apkg":
        return anki_package(notes, DECK_NAME, DECK_ID)
    raise ValueError(f"unknown export format {fmt!r}")


READERS: dict[str, Callable[[str, str], list[Entry]]] = {
    "tsv": from_tsv,
    "omegat": functools.partial(from_tsv, guarded=False),
    "csv": from_csv,
}


def companions(fmt: str) -> dict[str, bytes]:
    """Files an export names and that must sit beside it: a TBX file's XCS."""
    return {XCS_NAME: xcs()} if fmt == "tbx" else {}


def format_of(path: str, fmt: str | None) -> str:
    """The import format: ``fmt`` when given, else the one the file's extension names."""
    if fmt:
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise InputError(
            f"{path}: cannot tell the format from the extension; use --format tbx|tsv|omegat|csv"
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


__all__ = [
    "ANKI_FIELDS",
    "BINARY_FORMATS",
    "CSV_COLUMNS",
    "Conflict",
    "DECK_ID",
    "DECK_NAME",
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ImportReport",
    "KINDS",
    "MODEL_ID",
    "Note",
    "UNREVIEWED",
    "XCS_NAME",
    "XML_LANG",
    "companions",
    "anki_package",
    "article_notes",
    "deck_id_for",
    "export",
    "format_of",
    "from_csv",
    "from_tbx",
    "from_tsv",
    "glossary_notes",
    "merge_imported",
    "neutralise",
    "read_entries",
    "restore",
    "select",
    "term_entry_id",
    "to_anki_txt",
    "to_csv",
    "to_tsv",
    "to_tbx",
    "xcs",
]
