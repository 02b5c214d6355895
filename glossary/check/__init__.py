"""Terminology QA: where a translation, or an Indonesian text, departs from the glossary.

Bilingual checks read aligned segments (line-aligned text files, realigned where a line is
missing or merged; a PO file's msgid/msgstr pairs; a TMX or XLIFF file's Indonesian and
English): a name, acronym, title or required entry whose accepted English is missing from
the target (an error; general terms only with ``strict``, as warnings), one rendering
spelt two ways in one document, and Indonesian copied into the English. What English news
writes is accepted: demonyms, a title's adjective, short forms and pronouns for a term
rendered earlier in the document. Source-side checks (deprecated variants, one entry spelt
several ways, recurring terms the glossary lacks) read the Indonesian alone, and beside a
translation only when asked for. Every term is found by the shared matcher
(``glossary.match``), so a term inside a longer glossary term is checked as the longer one.

Positions point at the text the user gave: for text files the exact line and
column; for PO and TMX inputs the line where the segment (msgid, msgstr or
``<seg>``) starts, column 1 for PO.

Modules: ``readers`` (bitext inputs), ``patterns`` (English rendering patterns),
``source`` and ``bilingual`` (the findings), ``mentions`` (a term said again),
``substitute`` and ``wording`` (what stands in a missing term's place), ``loose`` (what
English writes loosely for a term and stands in no other's place), ``lines`` (a
line's findings as a whole),
``align`` (where line pairs drift), ``run`` (the whole check), ``report`` (text, JSON)
and ``html`` (the page).
"""

from glossary.check.bilingual import DocumentCheck
from glossary.check.consistency import choice
from glossary.check.finding import (
    DEFAULT_KINDS,
    KINDS,
    SEVERITIES,
    Finding,
    at_least,
    is_key_term,
    parse_kinds,
)
from glossary.check.html import Report, html_report
from glossary.check.patterns import english_forms, find_rendering, rendering_pattern
from glossary.check.readers import (
    BILINGUAL_SUFFIXES,
    Input,
    Piece,
    Segment,
    read_inputs,
    read_pair,
)
from glossary.check.report import format_json, format_text, summary
from glossary.check.run import check, check_inputs

__all__ = [
    "BILINGUAL_SUFFIXES",
    "SEVERITIES",
    "DocumentCheck",
    "Report",
    "html_report",
    "at_least",
    "is_key_term",
    "DEFAULT_KINDS",
    "KINDS",
    "Finding",
    "Input",
    "Piece",
    "Segment",
    "check",
    "check_inputs",
    "choice",
    "english_forms",
    "find_rendering",
    "format_json",
    "format_text",
    "parse_kinds",
    "read_inputs",
    "read_pair",
    "rendering_pattern",
    "summary",
]
