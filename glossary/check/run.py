"""The whole check: every selected finding for what ``glossary check`` was given."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from glossary.check.bilingual import Rendering, inconsistent_findings, segment_findings
from glossary.check.finding import DEFAULT_KINDS, KINDS, Finding
from glossary.check.readers import Input, read_inputs
from glossary.check.source import Occurrence, deprecated_findings, mixed_findings, unknown_findings
from glossary.match import Matcher
from glossary.store import load


def check_inputs(
    inputs: Sequence[Input],
    matcher: Matcher,
    kinds: Iterable[str] = DEFAULT_KINDS,
    known: Iterable[str] | None = None,
) -> list[Finding]:
    """Every selected finding for ``inputs``, in input order, then line and column.

    ``known`` are the forms the glossary already has, for the unknown-term check
    (default: the forms of the matcher's entries).
    """
    kinds = frozenset(kinds)
    findings: list[Finding] = []
    renderings: list[Rendering] = []
    order: dict[str, tuple[int, int]] = {}
    for i, item in enumerate(inputs):
        order.setdefault(item.path, (i, 0))
        order.setdefault(item.target_path, (i, 1))
    for item in inputs:
        findings.extend(f for f in item.problems if f.kind in kinds)
        occurrences: list[Occurrence] = []
        for segment in item.segments:
            found = [Occurrence(segment.source, m) for m in matcher.find(segment.source.text)]
            occurrences.extend(found)
            if segment.target is not None and found:
                problems, used = segment_findings(found, segment.target)
                findings.extend(f for f in problems if f.kind in kinds)
                renderings.extend(used)
        if "deprecated" in kinds:
            findings.extend(deprecated_findings(occurrences))
        if "mixed" in kinds:
            findings.extend(mixed_findings(occurrences))
    if "inconsistent" in kinds:
        findings.extend(inconsistent_findings(renderings))
    if "unknown" in kinds:
        if known is None:
            known = [form for entry in matcher.entries for form in entry.forms]
        documents = [d for item in inputs for d in item.documents]
        findings.extend(unknown_findings(documents, known))
    kind_order = {k: i for i, k in enumerate(KINDS)}
    last = (len(inputs), 0)
    findings.sort(
        key=lambda f: (order.get(f.path, last), f.path, f.line, f.column, kind_order[f.kind])
    )
    return findings


def check(
    sources: Sequence[str],
    translations: Sequence[str] = (),
    glossary_path: str | os.PathLike[str] | None = None,
    kinds: Iterable[str] = DEFAULT_KINDS,
    matcher: Matcher | None = None,
) -> list[Finding]:
    """Check ``sources`` (and their translations) against the glossary at ``glossary_path``
    (or the terms of ``matcher``)."""
    kinds = frozenset(kinds)
    if matcher is None:
        if glossary_path is None:
            raise ValueError("check needs a glossary path or a matcher")
        matcher = Matcher.for_glossary(glossary_path)
    known = None
    if "unknown" in kinds and glossary_path is not None:
        # Every entry counts as known, even untranslated or rejected ones.
        known = [form for entry in load(glossary_path).entries for form in entry.forms]
    return check_inputs(read_inputs(sources, translations), matcher, kinds, known)
