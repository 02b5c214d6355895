"""Output formats: a PO template, JSON, or a table for reading."""

from __future__ import annotations

import json

from glossary.mine.ranking import Candidate


def format_json(candidates: list[Candidate]) -> str:
    return json.dumps([c.to_json() for c in candidates], ensure_ascii=False, indent=2) + "\n"


POT_HEADER = """Term candidates from glossary mine (a PO template), best first.
Do not run msgmerge (or Poedit's "Update from POT") on a glossary with this template: it
marks as obsolete every entry the template lacks and drops rejected entries that have no
English. Run `glossary mine ARTICLES --update GLOSSARY.po` instead: it adds new candidates
and keeps every decision. msgcat, msguniq, msgattrib and translate-toolkit keep a glossary
intact."""


def format_pot(candidates: list[Candidate]) -> str:
    """A PO template in rank order, written entry by entry with the glossary's own writer;
    its header says to merge with ``glossary mine --update``, never msgmerge."""
    from glossary.store import Glossary, dumps, format_entry  # not imported to mine (~30 ms)

    header = dumps(Glossary(header=POT_HEADER)).rstrip("\n")
    seen: set[str] = set()
    blocks = [header]
    for candidate in candidates:
        if candidate.term not in seen:
            seen.add(candidate.term)
            blocks.append(format_entry(candidate.to_entry()))
    return "\n\n".join(blocks) + "\n"


def format_table(candidates: list[Candidate]) -> str:
    """An aligned table for reading: rank, score, count, documents, kind, term, other forms."""
    rows = [("#", "score", "count", "docs", "kind", "term", "variants / expansion")]
    for number, c in enumerate(candidates, 1):
        extra = ", ".join(c.variants[:4]) + (", …" if len(c.variants) > 4 else "")
        if c.expansion and c.expansion not in c.variants[:4]:
            extra = f"{extra}  = {c.expansion}" if extra else f"= {c.expansion}"
        rows.append(
            (str(number), f"{c.score:.2f}", str(c.count), str(c.documents), c.kind, c.term, extra)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    lines = []
    for row in rows:
        cells = [row[0].rjust(widths[0])] + [
            row[i].rjust(widths[i]) if i < 4 else row[i].ljust(widths[i]) for i in range(1, 6)
        ]
        lines.append("  ".join(cells + [row[6]]).rstrip())
    return "\n".join(lines) + "\n"
