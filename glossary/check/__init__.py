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

Modules: ``readers`` (bitext inputs), ``patterns`` (English rendering patterns),
``source`` and ``bilingual`` (the findings), ``align`` (where line pairs drift),
``run`` (the whole check), ``report`` (text, JSON) and ``html`` (the page).
"""

from glossary.check.bilingual import DocumentCheck, choice
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
from glossary.check.readers import Input, Piece, Segment, read_inputs, read_pair
from glossary.check.report import format_json, format_text, summary
from glossary.check.run import check, check_inputs

__all__ = [
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
