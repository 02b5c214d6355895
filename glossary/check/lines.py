"""What a line's findings say as a whole: a line whose English says something else (one
finding for its missing terms), a translated line with terms rendered as others, and one
finding for the errors of one kind on one line, which an editor reads once."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace

from glossary.check.align import features
from glossary.check.finding import Finding
from glossary.check.segments import Piece


def replaced_in_place(
    unrendered: Sequence[tuple[Finding, str]], stood: Container[int], source: str, text: str
) -> bool:
    """Whether every key term a segment's English lacks has another English in its place
    (``stood``: the ids of those findings, named or not) and the English keeps at least
    half of the source's other anchors (numbers and names besides the terms',
    ``align.features``): the line is translated, with terms rendered
    as others ("The International Monetary Fund lent 300 million dollars to Tokyo in 2007"
    for ``Bank Dunia meminjamkan 300 juta dolar kepada Jakarta pada 2007``), not a line
    that says something else. Each stays a finding, joined into one by ``one_per_line``."""
    return all(id(f) in stood for f, _ in unrendered) and aligned(unrendered, source, text)


def aligned(unrendered: Sequence[tuple[Finding, str]], source: str, text: str) -> bool:
    """Whether the English keeps at least half of the source's anchors (numbers and names,
    ``align.features``) besides the words of the terms it lacks (``unrendered``): a line
    translated, not a loose or misaligned one."""
    terms = {word for f, _ in unrendered for word in f.found.split()}
    anchors = features(source)[0] - terms
    shared = anchors & features(text)[0]
    return bool(anchors) and 2 * len(shared) >= len(anchors)


def not_translated(target: Piece, unrendered: Sequence[tuple[Finding, str]]) -> Finding:
    """One finding for a segment whose English leaves several key terms unrendered, and
    renders no more of them than it leaves out: the English of the line leaves out a
    clause, or says something else (a loose or misaligned translation), which an editor
    reads once, not once per term (``Menkeu`` and ``Depkeu`` both missing from "Minister
    Sri Mulyani said"). Which of the two, the terms cannot tell ("Menkeu Sri Mulyani
    membebaskan tarif akhir bea masuk" as "The Finance Ministry has decided to scrap final
    duties" translates the rest), so the message says both (``LEFT_OR_ELSE``). Every term
    stays named, in ``terms`` and in the message."""
    first = unrendered[0][0]
    listed = "; ".join(description for _, description in unrendered)
    return target.finding(
        0,
        "mismatch",
        "error",
        term=first.term,
        found=first.found,
        expected=first.expected,
        message=(
            f"{len(unrendered)} key terms of this line lack their English"
            f" ({LEFT_OR_ELSE}): {listed}"
        ),
        terms=tuple(f.term for f, _ in unrendered),
    )


# What a line whose English lacks several key terms may be.
LEFT_OR_ELSE = "a clause left out, or a line that says something else"

# Kinds whose findings on one line an editor reads as one: each names a term of the line.
_PER_TERM = ("mismatch", "untranslated")


def one_per_line(findings: Sequence[Finding]) -> list[Finding]:
    """The findings of one segment with its errors of a kind that name one term each
    joined into one, which names every term (``terms``) and says each finding in turn: an
    editor reads the line once ("'NTT' left in Indonesian ...; 'NTB' left in Indonesian
    ..." for ``ke Bali, NTT, NTB``). A finding that already speaks for several terms stays
    as it is."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        if finding.kind in _PER_TERM and finding.severity == "error" and not finding.terms:
            groups.setdefault((finding.kind, finding.severity), []).append(finding)
    joined = {id(f): group for group in groups.values() if len(group) > 1 for f in group}
    result: list[Finding] = []
    for finding in findings:
        group = joined.get(id(finding))
        if group is None:
            result.append(finding)
        elif finding is group[0]:
            result.append(
                replace(
                    finding,
                    column=min(f.column for f in group),
                    terms=tuple(dict.fromkeys(f.term for f in group)),
                    message=f"{len(group)} terms of this line: "
                    + "; ".join(f.message for f in group),
                )
            )
    return result
