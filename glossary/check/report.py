"""Reports: compiler-style text lines or JSON."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Sequence

from glossary.check.finding import KINDS, SEVERITIES, Finding


def summary(findings: Sequence[Finding]) -> str:
    """``3 findings (1 error, 2 warnings): 2 mismatch, 1 deprecated`` (kinds in report
    order), or ``no findings``."""
    if not findings:
        return "no findings"
    counts = Counter(f.kind for f in findings)
    parts = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts[k])
    severities = Counter(f.severity for f in findings)
    graded = ", ".join(
        f"{severities[s]} {s}{'s' if severities[s] != 1 else ''}"
        for s in SEVERITIES
        if severities[s]
    )
    return f"{len(findings)} finding{'s' if len(findings) != 1 else ''} ({graded}): {parts}"


def format_text(findings: Sequence[Finding]) -> str:
    """Compiler-style lines ``path:line:column: severity: message [kind]``, then the summary."""
    lines = [
        f"{f.path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.kind}]" for f in findings
    ]
    lines.append(summary(findings))
    return "\n".join(lines) + "\n"


def format_json(findings: Sequence[Finding]) -> str:
    """A JSON array of findings with every ``Finding`` field."""
    return (
        json.dumps([dataclasses.asdict(f) for f in findings], ensure_ascii=False, indent=2) + "\n"
    )
