"""Bilingual findings: a term's accepted English missing from its translation, rendered
inconsistently, or left in Indonesian."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from glossary.check.finding import Finding, _majority, _tally
from glossary.check.patterns import find_copy, find_rendering, form_pattern, name_part
from glossary.check.readers import Piece
from glossary.check.source import Occurrence
from glossary.store import Entry


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
                    kind="untranslated",
                    path=target.path,
                    line=line,
                    column=column,
                    term=entry.term,
                    found=copy.group(),
                    expected=entry.english,
                    message=f"'{copy.group()}' left in Indonesian (source {where});"
                    f" expected: {accepted}",
                )
            )
            continue
        line, column = target.position(0)
        findings.append(
            Finding(
                kind="mismatch",
                path=target.path,
                line=line,
                column=column,
                term=entry.term,
                found=occ.match.text,
                expected=entry.english,
                message=f"'{occ.match.text}' (source {where}) is not rendered as {accepted}",
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
                    kind="inconsistent",
                    path=r.path,
                    line=r.line,
                    column=r.column,
                    term=entry.term,
                    found=chosen,
                    expected=majority,
                    message=f"'{entry.term}' rendered '{chosen}' here; across the checked texts"
                    f" {tally}; majority: '{majority}'",
                )
            )
    return findings
