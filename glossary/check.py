"""Terminology QA: where a text or its translation departs from the glossary.

Source-side checks read Indonesian text alone: deprecated variants, one entry spelt
several ways in one document, and (opt-in) recurring terms the glossary lacks.
Bilingual checks read aligned segments (line-aligned text files, a PO file's
msgid/msgstr pairs, or a TMX file's Indonesian and English variants): a glossary
term whose accepted English is missing from the target, the same term rendered
differently across everything checked together, and Indonesian copied into the
English. Every term is found by the shared matcher (``glossary.match``), so a term
inside a longer glossary term is checked as the longer one only.

Positions point at the text the user gave: for text files the exact line and
column; for PO and TMX inputs the line where the segment (msgid, msgstr or
``<seg>``) starts, column 1 for PO.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.parsers import expat

import polib

from glossary.match import Match, Matcher
from glossary.mine import mine
from glossary.store import Entry, load
from glossary.text import (
    Document,
    InputError,
    clean_text,
    decode,
    expand_paths,
    read_bytes,
    read_document,
)

# Kinds in report order; "unknown" runs only when selected.
KINDS = ("deprecated", "mixed", "unknown", "mismatch", "inconsistent", "untranslated", "segments")
DEFAULT_KINDS = frozenset(KINDS) - {"unknown"}
BILINGUAL_SUFFIXES = (".po", ".pot", ".tmx")


@dataclass(frozen=True)
class Finding:
    """One place where the text departs from the glossary."""

    kind: str
    path: str
    line: int
    column: int
    term: str
    found: str
    expected: str
    message: str


def parse_kinds(value: str) -> frozenset[str]:
    """Kind names from a comma-separated list (``all``: every kind); InputError on unknown ones."""
    names = {name.strip().lower() for name in value.split(",") if name.strip()}
    if "all" in names:
        names = (names - {"all"}) | set(KINDS)
    unknown = sorted(names - set(KINDS))
    if unknown:
        raise InputError(f"unknown check kind {', '.join(unknown)} (kinds: {', '.join(KINDS)})")
    return frozenset(names)


# -- inputs -------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """Clean text to check and the way back to positions in the file it came from.

    A piece cut from a text file keeps its ``document`` and its ``start`` in
    ``document.clean``, so positions are exact. A PO or TMX segment has no
    document: every offset in it reports the segment's own ``line`` and ``column``.
    """

    path: str
    text: str
    document: Document | None = None
    start: int = 0
    line: int = 1
    column: int = 1

    def position(self, offset: int) -> tuple[int, int]:
        if self.document is None:
            return self.line, self.column
        return self.document.clean_position(self.start + offset)


@dataclass(frozen=True)
class Segment:
    """A source piece and, when checking a translation, the piece that translates it."""

    source: Piece
    target: Piece | None = None


@dataclass
class Input:
    """One checked unit (a document, a document pair, a PO or TMX file) and its segments.

    ``problems`` are findings made while reading it (segment counts that differ);
    ``documents`` are the source texts the miner reads for unknown terms.
    """

    path: str
    segments: list[Segment]
    problems: list[Finding]
    documents: list[Document]
    target_path: str = ""


def _source_document(path: str, segments: Sequence[Segment]) -> Document:
    """The source side of a PO or TMX file for the miner: each segment on the line and at the
    column where the file has it, so that the miner's references point into the file."""
    lines: list[str] = []
    for segment in segments:
        piece = segment.source
        lines.extend([""] * (piece.line - len(lines)))
        text = " ".join(piece.text.split())
        before = lines[piece.line - 1]
        lines[piece.line - 1] = f"{before} {text}" if before else " " * (piece.column - 1) + text
    return Document(path, "\n".join(lines) + "\n")


def _lines(document: Document) -> list[Piece]:
    """One piece per line of a document's clean text."""
    pieces = []
    start = 0
    for number, text in enumerate(document.clean.split("\n")[: document.line_count], 1):
        pieces.append(Piece(document.path, text, document, start, number))
        start += len(text) + 1
    return pieces


def read_text(path: str) -> Input:
    """A monolingual document: one segment, the whole text (terms may cross line breaks)."""
    document = read_document(path)
    return Input(
        document.path, [Segment(Piece(document.path, document.clean, document))], [], [document]
    )


def read_pair(source_path: str, target_path: str) -> Input:
    """Line-aligned source and translation; a count mismatch is reported once, the rest checked."""
    source, target = read_document(source_path), read_document(target_path)
    source_lines, target_lines = _lines(source), _lines(target)
    problems = []
    if len(source_lines) != len(target_lines):
        common = min(len(source_lines), len(target_lines))
        problems.append(
            Finding(
                "segments",
                target.path,
                common + 1,
                1,
                "",
                f"{len(target_lines)} lines",
                f"{len(source_lines)} lines",
                f"{source.path} has {len(source_lines)} lines but {target.path} has"
                f" {len(target_lines)}; checked the first {common}",
            )
        )
    segments = [Segment(s, t) for s, t in zip(source_lines, target_lines, strict=False)]
    return Input(source.path, segments, problems, [source], target.path)


def _keyword_lines(lines: list[str], first: int) -> tuple[int, int]:
    """1-based lines of the ``msgid`` and ``msgstr`` keywords of the PO entry at line ``first``."""
    msgid = first
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        if line.startswith("msgid "):
            msgid = number
        elif line.startswith("msgstr"):
            return msgid, number
    return msgid, msgid


_TERMINATED = re.compile(r'"(?:[^"\\]|\\.)*"\s*$')


def read_po(path: str) -> Input:
    """A PO file whose translated msgid/msgstr pairs are the segments (obsolete, empty skipped)."""
    text, _ = decode(read_bytes(path), path)
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        # polib reads an unterminated string silently as empty.
        if line.startswith(("msg", '"')) and not _TERMINATED.search(line):
            raise InputError(f"{path}:{number}: not a valid PO file (unterminated string)")
    try:
        catalog = polib.pofile(text)
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: not a valid PO file ({err})") from None
    segments = []
    for entry in catalog:
        target = entry.msgstr or entry.msgstr_plural.get(0, "")
        if entry.obsolete or not entry.msgid or not target:
            continue
        msgid_line, msgstr_line = _keyword_lines(lines, entry.linenum)
        segments.append(
            Segment(
                Piece(path, clean_text(entry.msgid)[0], line=msgid_line),
                Piece(path, clean_text(target)[0], line=msgstr_line),
            )
        )
    return Input(path, segments, [], [_source_document(path, segments)])


# TMX inline elements whose content is markup of the original format, not text.
_TMX_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})
_XML_LANG = "http://www.w3.org/XML/1998/namespace lang"


def _language(attributes: dict[str, str]) -> str:
    """Primary language subtag of a tuv: ``id-ID`` → ``id``; ``in`` (the old code) → ``id``."""
    lang = attributes.get(_XML_LANG) or attributes.get("xml:lang") or attributes.get("lang") or ""
    primary = re.split(r"[-_]", lang.strip().lower())[0]
    return "id" if primary == "in" else primary


class _TmxReader:
    """Expat handlers that collect each translation unit's segments by language."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.characters
        self.root = ""
        self.units: list[tuple[int, dict[str, Piece]]] = []  # (line of <tu>, pieces by language)
        self.lang = ""
        self.parts: list[str] | None = None  # text of the open <seg>
        self.place: tuple[int, int] | None = None  # where its text starts
        self.codes = 0  # depth inside inline codes, whose content is not text

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.root = self.root or name
        if name == "tu":
            self.units.append((self.parser.CurrentLineNumber, {}))
        elif name == "tuv":
            self.lang = _language(attributes)
        elif name == "seg":
            self.parts, self.place, self.codes = [], None, 0
        elif name in _TMX_CODES and self.parts is not None:
            self.codes += 1

    def end(self, name: str) -> None:
        if name == "seg" and self.parts is not None:
            line, column = self.place or (self.parser.CurrentLineNumber, 1)
            text = clean_text(" ".join("".join(self.parts).split()))[0]
            if self.units and self.lang not in self.units[-1][1]:
                self.units[-1][1][self.lang] = Piece(self.path, text, line=line, column=column)
            self.parts = None
        elif name in _TMX_CODES and self.parts is not None:
            self.codes -= 1

    def characters(self, data: str) -> None:
        if self.parts is None or self.codes:
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


def read_tmx(path: str) -> Input:
    """A TMX file: each translation unit with an Indonesian and an English variant is a segment."""
    reader = _TmxReader(path)
    try:
        reader.parser.Parse(read_bytes(path), True)
    except expat.ExpatError as err:
        message = expat.errors.messages[err.code]
        raise InputError(f"{path}:{err.lineno}: not valid TMX ({message})") from None
    if reader.root != "tmx":
        raise InputError(f"{path}: not a TMX file (root element is {reader.root!r})")
    segments = []
    lacking = []
    for line, pieces in reader.units:
        if "id" in pieces and "en" in pieces:
            segments.append(Segment(pieces["id"], pieces["en"]))
        else:
            lacking.append(line)
    problems = []
    if lacking:
        total = len(reader.units)
        problems.append(
            Finding(
                "segments",
                path,
                lacking[0],
                1,
                "",
                f"{len(segments)} segments",
                f"{total} segments",
                f"{len(lacking)} of {total} translation units lack an Indonesian or an English"
                f" variant (lines {', '.join(map(str, lacking[:10]))}); checked the others",
            )
        )
    return Input(path, segments, problems, [_source_document(path, segments)])


def read_inputs(sources: Sequence[str], translations: Sequence[str] = ()) -> list[Input]:
    """Load what ``glossary check`` was given, in the order given.

    PO and TMX sources carry their own translation. Text sources (files, folders,
    ``-``) are checked alone, or paired in order with ``translations``.
    """
    named: list[tuple[str, bool]] = []  # (path, carries its own translation)
    for source in sources:
        if source.lower().endswith(BILINGUAL_SUFFIXES):
            named.append((source, True))
        else:
            named.extend((path, False) for path in expand_paths([source]))
    texts = [path for path, bilingual in named if not bilingual]
    targets = expand_paths(translations) if translations else []
    if targets and len(targets) != len(texts):
        raise InputError(
            f"--translation names {len(targets)} file(s) for {len(texts)} source text file(s);"
            " give one translation per source, in the same order"
        )
    translation = iter(targets)
    inputs = []
    for path, bilingual in named:
        if bilingual:
            inputs.append(read_tmx(path) if path.lower().endswith(".tmx") else read_po(path))
        elif targets:
            inputs.append(read_pair(path, next(translation)))
        else:
            inputs.append(read_text(path))
    return inputs


# -- source side ---------------------------------------------------------------

_SEPARATOR = re.compile(r"\s+|-")


def spelling(match: Match) -> str:
    """How a match spells its entry: the form it matched, with the text's own separators.

    ``Kim Jong-un`` and ``Kim Jong Un`` differ; ``Sanksi``, ``sanksi-sanksi`` and
    ``nuklirnya`` spell ``sanksi`` and ``nuklir`` as the glossary does (case and
    inflection are not spelling).
    """
    words = _SEPARATOR.split(match.form)
    text_words = _SEPARATOR.split(match.text)
    separators = [" " if s.isspace() else s for s in _SEPARATOR.findall(match.text)]
    redoubled = (
        len(text_words) > len(words) and text_words[0].casefold() == text_words[1].casefold()
    )
    if redoubled and separators[0] == "-":  # sanksi-sanksi, negara-negara maju
        text_words, separators = text_words[1:], separators[1:]
    shown = []
    for i, word in enumerate(words):
        found = text_words[i] if i < len(text_words) else word
        shown.append(found if found.casefold() == word.casefold() else word)
        if i < len(words) - 1:
            shown.append(separators[i] if i < len(separators) else " ")
    return "".join(shown)


@dataclass(frozen=True)
class Occurrence:
    """A match and the piece it was found in."""

    piece: Piece
    match: Match

    @property
    def place(self) -> tuple[int, int]:
        return self.piece.position(self.match.start)


def deprecated_findings(occurrences: Iterable[Occurrence]) -> list[Finding]:
    """Every deprecated form, with the preferred form as the fix."""
    findings = []
    for occ in occurrences:
        if occ.match.status != "deprecated":
            continue
        line, column = occ.place
        entry = occ.match.entry
        findings.append(
            Finding(
                "deprecated",
                occ.piece.path,
                line,
                column,
                entry.term,
                occ.match.text,
                entry.term,
                f"'{occ.match.text}' is deprecated; use '{entry.term}'",
            )
        )
    return findings


def _majority(counts: Counter[str], preferred: Sequence[str]) -> str:
    """The most used of ``counts``; a tie goes to the first of ``preferred`` among the tied."""
    top = max(counts.values())
    tied = [form for form, n in counts.items() if n == top]
    for form in preferred:
        for candidate in tied:
            if candidate.casefold() == form.casefold():
                return candidate
    return tied[0]


def _tally(counts: Counter[str], majority: str) -> str:
    ordered = sorted(counts.items(), key=lambda item: (item[0] != majority, -item[1], item[0]))
    return ", ".join(f"'{form}' {n}×" for form, n in ordered)


def _letters(form: str) -> str:
    return "".join(ch for ch in form.casefold() if ch.isalnum())


def same_spelling_family(a: str, b: str) -> bool:
    """Whether two forms spell one word differently (kerja sama/kerjasama, Soeharto/Suharto)
    rather than name it differently (Menkeu/Menteri Keuangan, BEJ/Bursa Efek Jakarta)."""
    x, y = _letters(a), _letters(b)
    return x == y or difflib.SequenceMatcher(None, x, y).ratio() >= _SPELLING_SIMILARITY


_SPELLING_SIMILARITY = 0.75
_LISTED_LINES = 12


def _lines_list(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:_LISTED_LINES]))
    more = len(lines) - _LISTED_LINES
    return f"line{'s' if len(lines) > 1 else ''} {shown}" + (
        f" and {more} more" if more > 0 else ""
    )


def mixed_findings(occurrences: Iterable[Occurrence]) -> list[Finding]:
    """Places where one document spells an entry differently from its majority spelling.

    Only spellings of one word compete (``Kim Jong Un``/``Kim Jong-un``); a short form
    beside the full name (``Menkeu`` after ``Menteri Keuangan``) is news style, not a
    mix. Deprecated forms are left to ``deprecated_findings``. Each finding names the
    lines of every spelling in its family and the majority form.
    """
    by_entry: dict[tuple[str, str], list[tuple[str, Occurrence]]] = defaultdict(list)
    for occ in occurrences:
        if occ.match.status != "deprecated":
            by_entry[occ.match.entry.key].append((spelling(occ.match), occ))
    findings = []
    for spelt in by_entry.values():
        entry = spelt[0][1].match.entry
        shown: dict[str, str] = {}
        lines: dict[str, list[int]] = defaultdict(list)
        for form, occ in spelt:
            shown.setdefault(form.casefold(), form)
            lines[form.casefold()].append(occ.place[0])
        families: list[list[str]] = []
        for key in sorted(lines, key=lambda k: -len(lines[k])):
            family = next((f for f in families if same_spelling_family(f[0], key)), None)
            if family is None:
                families.append([key])
            else:
                family.append(key)
        for family in families:
            if len(family) < 2:
                continue
            counts = Counter({shown[k]: len(lines[k]) for k in family})
            majority = _majority(counts, entry.forms)
            places = "; ".join(f"'{shown[k]}' on {_lines_list(lines[k])}" for k in family)
            for form, occ in spelt:
                if form.casefold() not in family or form.casefold() == majority.casefold():
                    continue
                line, column = occ.place
                findings.append(
                    Finding(
                        "mixed",
                        occ.piece.path,
                        line,
                        column,
                        entry.term,
                        form,
                        majority,
                        f"'{form}' here, but this document mixes spellings ({places});"
                        f" majority: '{majority}'",
                    )
                )
    return findings


# -- bilingual -------------------------------------------------------------------

_JOINER = r"(?:\s*[-\u2010\u2011]\s*|\s+|)"
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}$|^(?:[A-Z]\.){1,}[A-Z]?$")
_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")
# Words ending in s that are not plurals of a shorter word (loss, status, crisis, news).
_NOT_PLURAL = ("ss", "us", "is", "news")


def english_forms(word: str, verb: bool = False) -> set[str]:
    """Regular inflections of a lower-cased English word: plural or singular; for verbs -ed, -ing.

    sanction ↔ sanctions, policy ↔ policies, tax ↔ taxes; with ``verb``: sanctioned, sanctioning.
    """
    w = word.lower()
    forms = {w}
    consonant_y = len(w) > 1 and w.endswith("y") and w[-2] not in "aeiou"
    if consonant_y:
        forms.add(w[:-1] + "ies")
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(w + "es")
    else:
        forms.add(w + "s")
    if len(w) > 4 and w.endswith("ies"):
        forms.add(w[:-3] + "y")
    elif len(w) > 4 and w.endswith(("sses", "xes", "zes", "ches", "shes")):
        forms.add(w[:-2])
    elif len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_PLURAL):
        forms.add(w[:-1])
    if verb:
        stem = w[:-1] if w.endswith("e") and not w.endswith("ee") else w
        forms.add(stem + "ing")
        forms.add(w[:-1] + "ied" if consonant_y else stem + "ed")
    return forms


def _word_pattern(word: str, verb: bool) -> str:
    if _ACRONYM.match(word):
        # U.S. = US, SOE = SOEs; acronyms keep their case (US is not "us").
        letters = [ch for ch in word if ch != "."]
        return "(?-i:" + r"\.?".join(letters) + r"\.?(?:['\u2019]?s)?)"
    forms = sorted(english_forms(word, verb), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f) for f in forms) + r")(?:['\u2019]s?)?"


@functools.lru_cache(maxsize=65536)
def rendering_pattern(rendering: str, verb: bool = False) -> re.Pattern[str]:
    """Where an English rendering occurs: any case, regular inflection, hyphen or space joins."""
    words = [w for w in _SPLIT.split(rendering.strip()) if w]
    body = _JOINER.join(_word_pattern(w, verb) for w in words)
    return re.compile(_whole(body, rendering.strip()), re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def form_pattern(form: str) -> re.Pattern[str]:
    """Where an Indonesian form occurs as words; all-capital forms (AS, BI) only as written."""
    words = [w for w in _SPLIT.split(form.strip()) if w]
    body = _JOINER.join(re.escape(w) for w in words)
    flags = 0 if form.isupper() else re.IGNORECASE
    return re.compile(_whole(body, form.strip()), flags)


def _whole(body: str, phrase: str) -> str:
    """``body`` as whole words: no word character may touch an end of ``phrase`` that is a
    word character (``US$`` may touch the amount in ``US$15``)."""
    before = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    after = r"(?!\w)" if re.search(r"\w\.?$", phrase) else ""  # U.S. is no prefix of USA
    return before + body + after


def _normal(text: str) -> str:
    return " ".join(_SPLIT.split(text.casefold())).strip()


def find_rendering(entry: Entry, text: str) -> tuple[str, re.Match[str]] | None:
    """The accepted rendering of ``entry`` that ``text`` uses (the longest occurrence), if any."""
    verb = entry.pos.lower().startswith("v")
    best = None
    for rendering in entry.renderings:
        found = rendering_pattern(rendering, verb).search(text)
        if found and (best is None or len(found.group()) > len(best[1].group())):
            best = (rendering, found)
    return best


_SENTENCE_OPENERS = ".!?:;\"'\u201c\u201d\u2018\u2019(["


def name_part(text: str, start: int, end: int, form: str) -> bool:
    """Whether ``text[start:end]`` is a lower-case glossary word written with a capital in
    mid-sentence, i.e. part of a name (``Pasar`` in ``PD Pasar Jaya``), kept as it is in English."""
    before = text[:start].rstrip()
    return (
        form.islower()
        and text[start:end][:1].isupper()
        and bool(before)
        and before[-1] not in _SENTENCE_OPENERS
    )


def find_copy(entry: Entry, match: Match, text: str) -> re.Match[str] | None:
    """The Indonesian form of ``match`` copied into ``text``; a form that is English is no
    copy, and neither is a name part (``Pasar`` of ``PD Pasar Jaya``)."""
    english = [_normal(r) for r in entry.renderings]
    for form in dict.fromkeys((match.text, match.form)):
        normal = _normal(form)
        if any(normal == r or f" {normal} " in f" {r} " for r in english):
            continue
        for found in form_pattern(form).finditer(text):
            if not name_part(text, found.start(), found.end(), match.form):
                return found
    return None


def _kept_name(occ: Occurrence, target: str) -> bool:
    """A name part in the source (``PD Pasar Jaya``) that the target keeps with its capital."""
    m = occ.match
    if not name_part(occ.piece.text, m.start, m.end, m.form):
        return False
    return any(found.group() == m.text for found in form_pattern(m.text).finditer(target))


@dataclass(frozen=True)
class Rendering:
    """Which accepted rendering a target segment uses for an entry, and where."""

    entry: Entry
    rendering: str
    path: str
    line: int
    column: int


def segment_findings(
    occurrences: Sequence[Occurrence], target: Piece
) -> tuple[list[Finding], list[Rendering]]:
    """Mismatches and copies for the entries of one source segment, and the renderings it uses.

    Each entry is checked once per segment, at its first occurrence that is not a name
    part kept in the target; any one of its accepted renderings satisfies it.
    """
    findings = []
    renderings = []
    by_entry: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for occ in occurrences:
        by_entry[occ.match.entry.key].append(occ)
    for found in by_entry.values():
        entry = found[0].match.entry
        if not entry.renderings:
            continue
        used = find_rendering(entry, target.text)
        if used:
            line, column = target.position(used[1].start())
            renderings.append(Rendering(entry, used[0], target.path, line, column))
            continue
        occ = next((o for o in found if not _kept_name(o, target.text)), None)
        if occ is None:
            continue
        source_line, source_column = occ.place
        where = f"{occ.piece.path}:{source_line}:{source_column}"
        accepted = " | ".join(entry.renderings)
        copy = find_copy(entry, occ.match, target.text)
        if copy:
            line, column = target.position(copy.start())
            findings.append(
                Finding(
                    "untranslated",
                    target.path,
                    line,
                    column,
                    entry.term,
                    copy.group(),
                    entry.english,
                    f"'{copy.group()}' left in Indonesian (source {where}); expected: {accepted}",
                )
            )
            continue
        line, column = target.position(0)
        findings.append(
            Finding(
                "mismatch",
                target.path,
                line,
                column,
                entry.term,
                occ.match.text,
                entry.english,
                f"'{occ.match.text}' (source {where}) is not rendered as {accepted}",
            )
        )
    return findings, renderings


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s-]", text.casefold())


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def choice(rendering: str, renderings: Sequence[str]) -> str:
    """The rendering a use stands for. A derived form counts as the form it extends (North
    Korean as North Korea, Japanese as Japan) and a fuller form as the rendering it contains
    (US dollar as dollar, US$ as $): that is grammar or context, not a choice."""
    folded, tokens = rendering.casefold(), _tokens(rendering)
    bases = [
        r for r in renderings if folded.startswith(r.casefold()) or _contains(tokens, _tokens(r))
    ]
    return min(bases, key=len) if bases else rendering


def inconsistent_findings(renderings: Iterable[Rendering]) -> list[Finding]:
    """Places where a term's rendering differs from the one used most across all checked texts."""
    by_entry: dict[tuple[str, str], list[tuple[str, Rendering]]] = defaultdict(list)
    for r in renderings:
        by_entry[r.entry.key].append((choice(r.rendering, r.entry.renderings), r))
    findings = []
    for uses in by_entry.values():
        counts = Counter(chosen for chosen, _ in uses)
        if len(counts) < 2:
            continue
        entry = uses[0][1].entry
        majority = _majority(counts, entry.renderings)
        tally = _tally(counts, majority)
        for chosen, r in uses:
            if chosen == majority:
                continue
            findings.append(
                Finding(
                    "inconsistent",
                    r.path,
                    r.line,
                    r.column,
                    entry.term,
                    chosen,
                    majority,
                    f"'{entry.term}' rendered '{chosen}' here; across the checked texts"
                    f" {tally}; majority: '{majority}'",
                )
            )
    return findings


# -- unknown terms ------------------------------------------------------------


def unknown_findings(documents: Sequence[Document], known: Iterable[str]) -> list[Finding]:
    """Recurring terms the miner proposes that the glossary lacks (``known``: its forms,
    rejected ones included), each reported at its first place."""
    by_path = {d.path: d for d in documents}
    findings = []
    for candidate in mine(documents, exclude=known):
        path, _, number = candidate.references[0].rpartition(":")
        line = int(number) if number.isdigit() else 1
        column = 1
        document = by_path.get(path)
        if document is not None and line <= document.line_count:
            text = document.line_text(line)
            for form in (candidate.term, *candidate.variants):
                found = form_pattern(form).search(text)
                if found:
                    column = found.start() + 1
                    break
        places = len(candidate.references)
        findings.append(
            Finding(
                "unknown",
                path,
                line,
                column,
                candidate.term,
                candidate.term,
                "",
                f"'{candidate.term}' ({candidate.kind}) occurs {candidate.count}× on {places}"
                f" line{'s' if places > 1 else ''} but is not in the glossary",
            )
        )
    return findings


# -- the whole check -------------------------------------------------------------


def check_inputs(
    inputs: Sequence[Input],
    matcher: Matcher,
    kinds: Iterable[str] = DEFAULT_KINDS,
    known: Iterable[str] | None = None,
) -> list[Finding]:
    """Every selected finding for ``inputs``, in input order, then line and column.

    ``known`` are the forms the glossary already has, for the unknown-term check
    (default: the forms of the matcher's entries).
    """
    kinds = frozenset(kinds)
    findings: list[Finding] = []
    renderings: list[Rendering] = []
    order: dict[str, tuple[int, int]] = {}
    for i, item in enumerate(inputs):
        order.setdefault(item.path, (i, 0))
        order.setdefault(item.target_path, (i, 1))
    for item in inputs:
        findings.extend(f for f in item.problems if f.kind in kinds)
        occurrences: list[Occurrence] = []
        for segment in item.segments:
            found = [Occurrence(segment.source, m) for m in matcher.find(segment.source.text)]
            occurrences.extend(found)
            if segment.target is not None and found:
                problems, used = segment_findings(found, segment.target)
                findings.extend(f for f in problems if f.kind in kinds)
                renderings.extend(used)
        if "deprecated" in kinds:
            findings.extend(deprecated_findings(occurrences))
        if "mixed" in kinds:
            findings.extend(mixed_findings(occurrences))
    if "inconsistent" in kinds:
        findings.extend(inconsistent_findings(renderings))
    if "unknown" in kinds:
        if known is None:
            known = [form for entry in matcher.entries for form in entry.forms]
        documents = [d for item in inputs for d in item.documents]
        findings.extend(unknown_findings(documents, known))
    kind_order = {k: i for i, k in enumerate(KINDS)}
    last = (len(inputs), 0)
    findings.sort(
        key=lambda f: (order.get(f.path, last), f.path, f.line, f.column, kind_order[f.kind])
    )
    return findings


def check(
    sources: Sequence[str],
    translations: Sequence[str] = (),
    glossary_path: str | os.PathLike[str] | None = None,
    kinds: Iterable[str] = DEFAULT_KINDS,
    matcher: Matcher | None = None,
) -> list[Finding]:
    """Check ``sources`` (and their translations) against the glossary at ``glossary_path``
    (or the terms of ``matcher``)."""
    kinds = frozenset(kinds)
    if matcher is None:
        if glossary_path is None:
            raise ValueError("check needs a glossary path or a matcher")
        matcher = Matcher.for_glossary(glossary_path)
    known = None
    if "unknown" in kinds and glossary_path is not None:
        # Every entry counts as known, even untranslated or rejected ones.
        known = [form for entry in load(glossary_path).entries for form in entry.forms]
    return check_inputs(read_inputs(sources, translations), matcher, kinds, known)


# -- reports ------------------------------------------------------------------


def summary(findings: Sequence[Finding]) -> str:
    """``3 findings: 2 mismatch, 1 deprecated`` (kinds in report order), or ``no findings``."""
    if not findings:
        return "no findings"
    counts = Counter(f.kind for f in findings)
    parts = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts[k])
    return f"{len(findings)} finding{'s' if len(findings) != 1 else ''}: {parts}"


def format_text(findings: Sequence[Finding]) -> str:
    """Compiler-style lines ``path:line:column: kind: message``, then the summary."""
    lines = [f"{f.path}:{f.line}:{f.column}: {f.kind}: {f.message}" for f in findings]
    lines.append(summary(findings))
    return "\n".join(lines) + "\n"


def format_json(findings: Sequence[Finding]) -> str:
    """A JSON array of findings with every ``Finding`` field."""
    return (
        json.dumps([dataclasses.asdict(f) for f in findings], ensure_ascii=False, indent=2) + "\n"
    )
