"""TMX and XLIFF: translation memories and CAT tools' bilingual files, read with expat.

A TMX translation unit pairs its Indonesian and English variants. An XLIFF segment is a
``<trans-unit>``'s (1.2) or a ``<segment>``'s (2.0) ``<source>`` and ``<target>``;
``<alt-trans>`` proposals and ``<ignorable>`` parts are not the translation. Positions
are where each text starts in the file. Inline codes that hold the original format's
markup (``bpt ept it ph``) are left out; text-bearing ones (``g``, ``mrk``, ``pc``) are
text. No DTD or external entity is ever fetched.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from glossary.check.finding import Finding
from glossary.check.segments import Input, Piece, Segment, source_document
from glossary.text import InputError, clean_text, read_bytes

# TMX inline elements whose content is markup of the original format, not text.
_TMX_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})
_XML_LANG = "http://www.w3.org/XML/1998/namespace lang"


def _language(attributes: dict[str, str]) -> str:
    """Primary language subtag of a tuv: ``id-ID`` → ``id``; ``in`` (the old code) → ``id``."""
    lang = attributes.get(_XML_LANG) or attributes.get("xml:lang") or attributes.get("lang") or ""
    primary = re.split(r"[-_]", lang.strip().lower())[0]
    return "id" if primary == "in" else primary


class XmlSegments:
    """Expat handlers that collect the text of segment elements with where it starts.

    Subclasses say which elements open a unit and a segment (``start``/``end``); inline
    elements named in ``codes`` hold markup of the original format, not text, and are
    left out. Entities are never fetched: expat reads no external DTD or entity.
    """

    codes: frozenset[str] = frozenset()

    def __init__(self, path: str) -> None:
        self.path = path
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self.characters
        self.root = ""
        self.parts: list[str] | None = None  # text of the open segment
        self.place: tuple[int, int] | None = None  # where its text starts
        self.depth = 0  # depth inside inline codes, whose content is not text

    def parse(self, kind: str) -> None:
        """Parse the file; InputError on malformed XML or an unknown encoding."""
        try:
            self.parser.Parse(read_bytes(self.path), True)
        except expat.ExpatError as err:
            message = expat.errors.messages[err.code]
            raise InputError(f"{self.path}:{err.lineno}: not valid {kind} ({message})") from None
        except LookupError as err:  # <?xml encoding="..."?> that Python does not know
            raise InputError(f"{self.path}: not valid {kind} ({err})") from None

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        self.root = self.root or local
        if self.parts is not None and local in self.codes:
            self.depth += 1
        self.start(local, attributes)

    def _end(self, name: str) -> None:
        local = name.rpartition(" ")[2]
        if self.parts is not None and local in self.codes:
            self.depth -= 1
        self.end(local)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """An element opens (local name)."""

    def end(self, name: str) -> None:
        """An element closes (local name)."""

    def open_text(self) -> None:
        self.parts, self.place, self.depth = [], None, 0

    def close_text(self) -> Piece | None:
        """The text of the segment that closes, as one line of clean text at its place."""
        if self.parts is None:
            return None
        line, column = self.place or (self.parser.CurrentLineNumber, 1)
        text = clean_text(" ".join("".join(self.parts).split()))[0]
        self.parts = None
        return Piece(self.path, text, line=line, column=column)

    def characters(self, data: str) -> None:
        if self.parts is None or self.depth:
            return
        if self.place is None and data.strip():
            lead = data[: len(data) - len(data.lstrip())]
            line = self.parser.CurrentLineNumber + lead.count("\n")
            if "\n" in lead:
                column = len(lead) - lead.rfind("\n")
            else:
                column = self.parser.CurrentColumnNumber + 1 + len(lead)
            self.place = (line, column)
        self.parts.append(data)


class _TmxReader(XmlSegments):
    """Each translation unit's segments by language."""

    codes = _TMX_CODES

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.units: list[tuple[int, dict[str, Piece]]] = []  # (line of <tu>, pieces by language)
        self.lang = ""

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "tu":
            self.units.append((self.parser.CurrentLineNumber, {}))
        elif name == "tuv":
            self.lang = _language(attributes)
        elif name == "seg":
            self.open_text()

    def end(self, name: str) -> None:
        if name == "seg":
            piece = self.close_text()
            if piece is not None and self.units and self.lang not in self.units[-1][1]:
                self.units[-1][1][self.lang] = piece


def _lacking(
    path: str, lacking: list[int], total: int, severity: str, what: str, found: str, expected: str
) -> list[Finding]:
    """One ``segments`` finding for the units of a file that could not be checked (at the
    ``lacking`` lines), if any: "2 of 9 units have no translation yet"."""
    if not lacking:
        return []
    lines = ", ".join(map(str, lacking[:10]))
    message = f"{len(lacking)} of {total} {what} (lines {lines}); checked the others"
    return [
        Finding(
            kind="segments",
            severity=severity,
            path=path,
            line=lacking[0],
            column=1,
            term="",
            found=found,
            expected=expected,
            message=message,
        )
    ]


def read_tmx(path: str) -> Input:
    """A TMX file: each translation unit with an Indonesian and an English variant is a segment."""
    reader = _TmxReader(path)
    reader.parse("TMX")
    if reader.root != "tmx":
        raise InputError(f"{path}: not a TMX file (root element is {reader.root!r})")
    segments = []
    lacking = []
    for line, pieces in reader.units:
        if "id" in pieces and "en" in pieces:
            segments.append(Segment(pieces["id"], pieces["en"]))
        else:
            lacking.append(line)
    what = "translation units lack an Indonesian or an English variant"
    found, expected = f"{len(segments)} segments", f"{len(reader.units)} segments"
    problems = _lacking(path, lacking, len(reader.units), "error", what, found, expected)
    return Input(path, segments, problems, [source_document(path, segments)])


# Elements that are a translation's proposals or unimportant whitespace, not the translation.
_ASIDE = frozenset({"alt-trans", "ignorable", "originalData", "notes", "note"})


class _XliffReader(XmlSegments):
    """Source and target of each unit (1.2) or segment (2.0), and the declared languages."""

    codes = frozenset({"bpt", "ept", "it", "ph", "sub", "data"})

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.version = ""
        self.languages: tuple[str, str] = ("", "")
        self.units: list[tuple[int, dict[str, Piece]]] = []  # (line of the unit, pieces)
        self.side = ""
        self.aside = 0

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "xliff":
            self.version = attributes.get("version", "")
            if self.version.startswith("2"):
                self.languages = (
                    _language({"lang": attributes.get("srcLang", "")}),
                    _language({"lang": attributes.get("trgLang", "")}),
                )
        elif name == "file" and not self.version.startswith("2"):
            self.languages = (
                _language({"lang": attributes.get("source-language", "")}),
                _language({"lang": attributes.get("target-language", "")}),
            )
        elif name in _ASIDE:
            self.aside += 1
        elif self.aside:
            return
        elif name in ("trans-unit", "segment"):
            self.units.append((self.parser.CurrentLineNumber, {}))
        elif name in ("source", "target") and self.units and self.parts is None:
            self.side = name
            self.open_text()
        elif name == "cp" and self.parts is not None and not self.depth:
            self.characters(" ")  # 2.0 <cp hex="..."/>: a control character XML cannot hold

    def end(self, name: str) -> None:
        if name in _ASIDE:
            self.aside -= 1
        elif name == self.side and self.parts is not None and not self.aside:
            piece = self.close_text()
            if piece is not None and name not in self.units[-1][1]:
                self.units[-1][1][name] = piece
            self.side = ""


def read_xliff(path: str) -> Input:
    """An XLIFF file: each unit with an Indonesian source and a non-empty English target is
    a segment; units without a translation yet are counted in one finding."""
    reader = _XliffReader(path)
    reader.parse("XLIFF")
    if reader.root != "xliff":
        raise InputError(f"{path}: not an XLIFF file (root element is {reader.root!r})")
    source, target = reader.languages
    if source and source != "id" or target and target != "en":
        raise InputError(
            f"{path}: XLIFF from {source or '?'} to {target or '?'}; check reads Indonesian"
            " sources with English translations"
        )
    segments, lacking = [], []
    for line, pieces in reader.units:
        if "source" in pieces and pieces.get("target") and pieces["target"].text:
            segments.append(Segment(pieces["source"], pieces["target"]))
        elif "source" in pieces and pieces["source"].text:
            lacking.append(line)
    total = len(segments) + len(lacking)
    what = "units have no translation yet"
    found, expected = f"{len(segments)} translated", f"{total} units"
    problems = _lacking(path, lacking, total, "info", what, found, expected)
    return Input(path, segments, problems, [source_document(path, segments)])
