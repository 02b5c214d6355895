"""What a check reports: one finding, the kinds there are, and how competing forms are tallied."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from glossary.text import InputError

# Kinds in report order; "unknown" runs only when selected.
KINDS = ("deprecated", "mixed", "unknown", "mismatch", "inconsistent", "untranslated", "segments")
DEFAULT_KINDS = frozenset(KINDS) - {"unknown"}


@dataclass(frozen=True, kw_only=True)
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
