"""Consistency within one document: the uses of an entry spelt two ways (``defence`` /
``defense``, ``Kim Jong Un`` / ``Kim Jong-un``), or, for an entry marked required, two
accepted renderings. ``bilingual.DocumentCheck`` records each use as a ``Rendering``."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from glossary.check.finding import NAME_KINDS, Finding, _majority, _tally
from glossary.check.said import tokens
from glossary.check.segments import Piece
from glossary.check.spelling import spelling_key, variant_key
from glossary.store import Entry


@dataclass(frozen=True)
class Rendering:
    """Which accepted rendering a target segment uses for an entry, as written there, and
    where: at ``offset`` of ``piece``, placed in its file (``place``) only for a finding,
    of which few uses become one; ``said``: the term as the source segment writes it
    (``UKM``, not the entry's ``usaha kecil dan menengah``)."""

    entry: Entry
    rendering: str
    text: str
    piece: Piece
    offset: int
    said: str = ""

    @property
    def path(self) -> str:
        return self.piece.path

    @functools.cached_property
    def place(self) -> tuple[int, int]:
        """The use's (line, column) in its file."""
        return self.piece.position(self.offset)


def inconsistent(renderings: Sequence[Rendering]) -> list[Finding]:
    """Uses of one entry spelt two ways in this document (``defence``/``defense``,
    ``Kim Jong Un``/``Kim Jong-un``): the minority spelling, with the tally. Different
    accepted words (US/United States, talks/negotiations) are a choice, not an
    inconsistency, unless the entry is marked required (one rendering throughout). Capitals
    spell only a name the glossary writes with them: an organisation rendered in lower case
    (pemerintah provinsi: provincial government; Bank Indonesia: central bank) is a common
    noun, capitalised as a name (the Jakarta Provincial Government) or not (the provincial
    government) by grammar."""
    by_entry: dict[tuple[str, str], list[Rendering]] = defaultdict(list)
    for r in renderings:
        by_entry[r.entry.key].append(r)
    findings = []
    for uses in by_entry.values():
        entry = uses[0].entry
        if entry.required:
            groups = [[(choice(r.rendering, entry.renderings), r) for r in uses]]
        else:
            families: dict[str, list[tuple[str, Rendering]]] = defaultdict(list)
            for r in uses:
                spelt = spelling_key(r.text, names=_capitalised_name(entry, r.rendering))
                families[variant_key(r.text)].append((spelt, r))
            groups = list(families.values())
        for group in groups:
            findings.extend(_minority(entry, group))
    return findings


def _capitalised_name(entry: Entry, rendering: str) -> bool:
    """Whether capitals spell the rendering a use writes: a name's, written with them in
    the glossary (``Bank Dunia``: World Bank, so "world bank" is misspelt), not a
    description the glossary writes in lower case (``Bank Indonesia``: central bank, which
    a document title capitalises: "Central Bank's Notification Letter")."""
    return entry.kind in NAME_KINDS and all(r != r.lower() for r in (entry.english, rendering))


def _minority(entry: Entry, uses: list[tuple[str, Rendering]]) -> list[Finding]:
    """A finding at the first use of each form (spelling or rendering) that is not the
    expected one, naming the lines of its other uses: one thing for an editor to change
    ("'sub districts' here, also on lines 40, 52"), not one finding for each line. The
    expected form is the glossary's where the document uses it and no other form the
    glossary accepts ("Asia-Pacific" 2×, "Asia Pacific" 5×: the glossary writes
    "Asia-Pacific"), else the document's majority (``_expected``)."""
    shown: dict[str, str] = {}
    for form, r in uses:
        shown.setdefault(form, r.text if not entry.required else form)
    counts = Counter(shown[form] for form, _ in uses)
    if len(counts) < 2:
        return []
    majority, why = _expected(counts, entry.renderings)
    tally = _tally(counts, majority)
    where: dict[str, list[Rendering]] = defaultdict(list)
    for form, r in uses:
        if shown[form] != majority:
            where[shown[form]].append(r)
    findings = []
    for written, (r, *more) in where.items():
        line, column = r.place
        also = sorted({m.place[0] for m in more} - {line})
        elsewhere = f", also on line{'s' * (len(also) > 1)} {', '.join(map(str, also))}"
        findings.append(
            Finding(
                kind="inconsistent",
                severity="error" if entry.required else "warning",
                path=r.path,
                line=line,
                column=column,
                term=entry.term,
                found=written,
                expected=majority,
                message=f"'{r.said or entry.term}' rendered '{written}' here"
                f"{elsewhere if also else ''}; in this document {tally}; {why}",
            )
        )
    return findings


def _expected(counts: Counter[str], renderings: Sequence[str]) -> tuple[str, str]:
    """The form a document's uses of an entry should have (``counts``), and why: the one
    form of them the glossary writes (``renderings``), else the most used, else (a tie)
    the glossary's first choice among the tied, or the first used."""
    written = [form for form in counts if form in renderings]
    if len(written) == 1:
        return written[0], f"the glossary writes '{written[0]}'"
    majority = _majority(counts, renderings)
    if sorted(counts.values())[-2:] == [counts[majority]] * 2:
        return majority, f"no majority; the glossary's order: '{majority}'"
    return majority, f"majority: '{majority}'"


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def choice(rendering: str, renderings: Sequence[str]) -> str:
    """The rendering a use stands for. A derived form counts as the form it extends (North
    Korean as North Korea, Japanese as Japan) and a fuller form as the rendering it contains
    (US dollar as dollar, US$ as $): that is grammar or context, not a choice."""
    folded, words = rendering.casefold(), tokens(rendering)
    bases = [
        r for r in renderings if folded.startswith(r.casefold()) or _contains(words, tokens(r))
    ]
    return min(bases, key=len) if bases else rendering
