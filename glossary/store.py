"""The PO glossary: the entry model, and the one parser and one writer every command uses.

A glossary is a gettext PO file, msgid Indonesian and msgstr English, one entry per
concept. Everything else an entry knows lives in standard PO places so that Poedit,
Lokalize and ``msgfmt --check`` keep working on it:

========================  ==================================================
Entry field               PO place
========================  ==================================================
term                      msgid (the preferred Indonesian form)
english                   msgstr (the preferred English equivalent)
context                   msgctxt (only for homographs with different senses)
fuzzy                     ``#, fuzzy`` (not yet reviewed)
obsolete                  ``#~`` (rejected: mining never brings it back)
note                      translator comments ``# ...`` (free text a person wrote)
references                ``#: path:line``
kind, pos, variants, ...  extracted comments ``#. key: value`` (see FIELDS)
========================  ==================================================
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

KINDS = ("person", "place", "organisation", "event", "name", "acronym", "title", "term")

# Extracted-comment keys, in the order they are written. Lists are joined with " | ".
FIELDS = {
    "kind": "kind",
    "pos": "pos",
    "variants": "variants",
    "deprecated": "deprecated",
    "alternatives": "alternatives",
    "expansion": "expansion",
    "case": "case",
    "example": "example",
    "example_source": "example-source",
    "origin": "origin",
    "suggestions": "suggestion",
    "count": "count",
    "documents": "documents",
    "score": "score",
}


@dataclass
class Entry:
    """One glossary entry (one concept).

    ``variants`` are accepted Indonesian spellings (Kim Jong-un, Korut, kerjasama);
    ``deprecated`` are spellings the house style rejects (Cina where it wants
    Tiongkok); ``alternatives`` are accepted English renderings besides ``english``
    (North Korean beside North Korea). ``case`` is "" (derive from the entry),
    "sensitive" or "insensitive". ``origin`` says where the English came from
    (dictionary, parallel, names, online:google, manual...). ``suggestions`` are
    proposed English renderings awaiting review, each "english (source, confidence)".
    ``extra`` keeps extracted-comment lines this version does not know, unchanged.
    """

    term: str
    english: str = ""
    context: str = ""
    kind: str = "term"
    pos: str = ""
    variants: list[str] = field(default_factory=list)
    deprecated: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    expansion: str = ""
    case: str = ""
    example: str = ""
    example_source: str = ""
    origin: str = ""
    suggestions: list[str] = field(default_factory=list)
    count: int = 0
    documents: int = 0
    score: float = 0.0
    note: str = ""
    references: list[str] = field(default_factory=list)
    fuzzy: bool = False
    obsolete: bool = False
    extra: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the entry in the file: (msgctxt, msgid)."""
        return (self.context, self.term)

    @property
    def reviewed(self) -> bool:
        return bool(self.english) and not self.fuzzy and not self.obsolete

    @property
    def forms(self) -> list[str]:
        """Every Indonesian form that names this entry: preferred, variants, deprecated."""
        return [self.term, *self.variants, *self.deprecated]

    @property
    def renderings(self) -> list[str]:
        """Every accepted English rendering: the preferred one first."""
        return [r for r in (self.english, *self.alternatives) if r]


@dataclass
class Glossary:
    """A whole PO glossary: its header metadata and its entries, obsolete ones included."""

    entries: list[Entry] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    header: str = ""

    def active(self) -> list[Entry]:
        """Entries that are not obsolete (rejected)."""
        return [e for e in self.entries if not e.obsolete]


GLOSSARY_ENV = "GLOSSARY_PO"
PROJECT_GLOSSARY = Path("terms") / "id-en.po"


def shipped_path() -> Path:
    """The curated glossary installed with the package (or, in a source checkout, terms/)."""
    installed = Path(str(resources.files("glossary"))) / "data" / "id-en.po"
    if installed.is_file():
        return installed
    return Path(__file__).resolve().parent.parent / PROJECT_GLOSSARY


def resolve_path(option: str | os.PathLike[str] | None = None) -> tuple[Path, str]:
    """The glossary a command uses and why: --glossary, $GLOSSARY_PO, ./terms/id-en.po, shipped."""
    if option:
        return Path(option), "--glossary"
    if os.environ.get(GLOSSARY_ENV):
        return Path(os.environ[GLOSSARY_ENV]), f"${GLOSSARY_ENV}"
    if PROJECT_GLOSSARY.is_file():
        return PROJECT_GLOSSARY, "./terms/id-en.po"
    return shipped_path(), "shipped with glossary"
