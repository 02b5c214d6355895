"""TBX-Basic in its ``martif`` form (what OmegaT, Trados, memoQ and translate-toolkit read).

One ``termEntry`` per entry, every Indonesian form its own ``tig`` with an
``administrativeStatus``. Entry facts TBX has no data category for (msgctxt, case
rule, review status) travel as ``<note>key: value</note>`` so that PO → TBX → PO
loses no entry, form, status or English alternative.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from importlib import resources

from glossary.exchange.common import UNREVIEWED, refuse_control_characters
from glossary.store import KINDS, Entry
from glossary.text import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
# Part of speech: the PO's words ↔ TBX-Basic's picklist. Any other value is written
# as "other", with the glossary's own word in a ``pos:`` note that import reads back.
TBX_POS = {"noun": "noun", "verb": "verb", "adjective": "adjective", "adverb": "adverb"}
TBX_POS |= {"proper noun": "properNoun", "other": "other"}
PO_POS = {v: k for k, v in TBX_POS.items()}
NOTE_KEYS = ("sense", "case", "status", "pos")
# TBX-Basic's XCS declares en, fr and de only, and the TBX Checker refuses any other
# language: the package ships the same XCS with Indonesian declared, and a file
# written with -o gets a copy beside it (the checker looks for it there).
XCS_NAME = "TBXBasic-id-en.xcs"


def xcs() -> bytes:
    """The XCS an exported file names: TBX-Basic's, declaring Indonesian and English."""
    return (resources.files("glossary") / "data" / XCS_NAME).read_bytes()


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
        _sub(tig, "termNote", TBX_POS.get(pos.lower(), "other"), type="partOfSpeech")
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
        ("pos", "" if entry.pos.lower() in TBX_POS else entry.pos),
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
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "id"})
    header = _sub(root, "martifHeader")
    description = _sub(header, "fileDesc")
    _sub(_sub(description, "titleStmt"), "title", "Indonesian-English glossary")
    _sub(_sub(description, "sourceDesc"), "p", "Exported by glossary from a PO glossary")
    _sub(_sub(header, "encodingDesc"), "p", XCS_NAME, type="XCSURI")
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
    pos_note = ""
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
                elif key == "pos":
                    pos_note = value
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
    entry.pos = pos_note or entry.pos

    english: list[str] = []
    preferred_english = ""
    for term, info, _ in _terms(lang_sets.get("en", ET.Element("langSet"))):
        status = info.get("administrativeStatus", "")
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
    except (LookupError, ValueError) as err:  # encoding="x-klingon", or UTF-32
        raise InputError(
            f"{path}: cannot read its XML encoding ({err}); save it as UTF-8"
        ) from None
    tag = root.tag.rpartition("}")[2]
    if tag != "martif":
        raise InputError(
            f"{path}: not a TBX file in martif form (root element <{tag}>);"
            " TBX v3 <tbx> files are not supported"
        )
    entries = [
        refuse_control_characters(e, f"{path}: termEntry {node.get('id') or number}")
        for number, node in enumerate(root.iter("termEntry"), 1)
        if (e := _entry_from_term_entry(node))
    ]
    if not entries and root.find(".//termEntry") is not None:
        raise InputError(f'{path}: no Indonesian terms (langSet xml:lang="id") in this TBX file')
    return entries
