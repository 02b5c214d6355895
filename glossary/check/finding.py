"""What a check reports: one finding, the kinds there are, and how competing forms are tallied."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from glossary.store import Entry
from glossary.text import InputError

# Kinds in report order; "unknown" runs only when selected.
KINDS = ("deprecated", "mixed", "unknown", "mismatch", "inconsistent", "untranslated", "segments")
DEFAULT_KINDS = frozenset(KINDS) - {"unknown"}
# What the Indonesian alone shows: off beside a translation unless asked for (--source).
SOURCE_KINDS = frozenset({"deprecated", "mixed", "unknown"})
# Most serious first: an error is a departure an editor must fix before publication.
SEVERITIES = ("error", "warning", "info")
# Entries a translation must keep as the glossary has them: names, acronyms and titles.
STRICT_KINDS = frozenset({"person", "place", "organisation", "event", "name", "acronym", "title"})
# Entries whose capitals are spelling (a title's are grammar: "the president director").
NAME_KINDS = STRICT_KINDS - {"title"}


def is_key_term(entry: Entry) -> bool:
    """Whether every translation must render ``entry`` as the glossary does (a name, an
    acronym, a title, or an entry marked required); general vocabulary such as ``sanksi``
    depends on context and is checked only with ``--strict``."""
    return entry.required or entry.kind in STRICT_KINDS


def parse_severity(value: str) -> str:
    """A severity name (error, warning, info); InputError otherwise."""
    name = value.strip().lower()
    if name not in SEVERITIES:
        raise InputError(f"unknown severity {value} (severities: {', '.join(SEVERITIES)})")
    return name


def at_least(findings: Sequence[Finding], severity: str) -> list[Finding]:
    """The findings of ``severity`` or more serious."""
    limit = SEVERITIES.index(severity)
    return [f for f in findings if SEVERITIES.index(f.severity) <= limit]


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One place where the text departs from the glossary. ``terms``: every term it speaks
    for when it speaks for several (a line whose English does not translate it), ``term``
    first."""

    kind: str
    path: str
    line: int
    column: int
    term: str
    found: str
    expected: str
    message: str
    severity: str
    terms: tuple[str, ...] = ()

    @property
    def covered(self) -> tuple[str, ...]:
        """The terms this finding reports: ``terms``, or its one ``term``."""
        return self.terms or (self.term,)


def parse_kinds(value: str) -> frozenset[str]:
    """Kind names from a comma-separated list (``all``: every kind); InputError on unknown ones."""
    names = {name.strip().lower() for name in value.split(",") if name.strip()}
    if "all" in names:
        names = (names - {"all"}) | set(KINDS)
    unknown = sorted(names - set(KINDS))
    if unknown:
        raise InputError(f"unknown check kind {', '.join(unknown)} (kinds: {', '.join(KINDS)})")
    return frozenset(names)


def _majority(counts: Counter[str], preferred: Sequence[str]) -> str:
    """The most used of ``counts``; a tie goes to the first of ``preferred`` among the tied,
    spelt as the glossary spells it before any other case ("Directorate General of Taxes"
    once and "directorate general of taxes" once: the glossary's is the majority)."""
    top = max(counts.values())
    tied = [form for form, n in counts.items() if n == top]
    for form in preferred:
        if form in tied:
            return form
    for form in preferred:
        for candidate in tied:
            if candidate.casefold() == form.casefold():
                return candidate
    return tied[0]


def _tally(counts: Counter[str], majority: str) -> str:
    ordered = sorted(counts.items(), key=lambda item: (item[0] != majority, -item[1], item[0]))
    return ", ".join(f"'{form}' {n}×" for form, n in ordered)
