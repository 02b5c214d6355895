"""TSV for OmegaT and CSV for spreadsheets.

TSV follows OmegaT's glossary layout (source, target, comment) with one row per
Indonesian form, so that a CAT tool recognises variants and deprecated spellings
too; the comment names the row's role (``variant of: Korea Utara``). CSV has a
header row and one row per entry with every field. Both neutralise cells that a
spreadsheet would run as a formula by prefixing a ``'``; import removes exactly
that prefix again (see ``neutralise``).
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable

from glossary.exchange.common import UNREVIEWED, refuse_control_characters
from glossary.store import KINDS, Entry, escape_value, split_list
from glossary.text import InputError


def _join(values: Iterable[str]) -> str:
    """A list as the PO glossary writes it: `` | `` between items, ``\\|`` for a bar inside one."""
    return " | ".join(escape_value(v, bar=True) for v in values)


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


def to_tsv(entries: Iterable[Entry], guarded: bool = True) -> str:
    """OmegaT glossary rows: one per Indonesian form (preferred, variants, deprecated).

    ``guarded`` neutralises formula cells for spreadsheets; OmegaT takes every cell
    literally (it would show the ``'``), so its export leaves them as they are.
    """
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
    cell_text = neutralise if guarded else str
    lines = ("\t".join(cell_text(_flat(cell)) for cell in row) for row in rows)
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


def from_tsv(text: str, path: str, guarded: bool = True) -> list[Entry]:
    """Entries of a TSV glossary, variant rows folded into their entries.

    ``guarded``: the cells went through ``neutralise`` (our TSV for spreadsheets);
    OmegaT's own files are literal. A line starting with ``#`` is a comment unless it
    has cells: ``#MeToo<TAB>#MeToo`` is a term.
    """
    entries: dict[tuple[str, str], Entry] = {}
    attached: list[tuple[str, tuple[str, str], str, str, str]] = []
    cell_text = restore if guarded else str
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip() or (line.startswith("#") and "\t" not in line):
            continue
        where = f"{path}:{number}"
        cells = [cell_text(c.strip()) for c in line.split("\t")]
        if len(cells) < 2 or not cells[0]:
            raise InputError(f"{where}: expected source<TAB>target[<TAB>comment]")
        source, target = cells[0], cells[1]
        parts = _parse_comment(cells[2] if len(cells) > 2 else "")
        sense = parts.get("sense", "")
        for role in ("variant of", "deprecated, use"):
            if role in parts:
                attached.append((role, (sense, parts[role]), source, target, where))
                break
        else:
            if (sense, source) in entries:
                continue  # a second target for the same source: kept as the first
            entries[(sense, source)] = refuse_control_characters(
                Entry(
                    term=source,
                    english=target,
                    context=sense,
                    kind=parts["kind"] if parts.get("kind") in KINDS else "term",
                    alternatives=split_list(parts.get("also", "")),
                    expansion=parts.get("expansion", ""),
                    fuzzy=parts.get("status") == UNREVIEWED,
                    note=parts.get("note", ""),
                ),
                where,
            )
    for role, key, form, target, where in attached:
        refuse_control_characters(Entry(form, target, context=key[0]), where)
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
            entry = Entry(
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
                alternatives=split_list(record.get("alternatives", "")),
                variants=split_list(record.get("variants", "")),
                deprecated=split_list(record.get("deprecated", "")),
            )
            entries.append(refuse_control_characters(entry, f"{path}:{rows.line_num}"))
    except csv.Error as err:
        raise InputError(f"{path}:{rows.line_num}: malformed CSV ({err})") from None
    return entries
