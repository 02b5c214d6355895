"""The HTML report: each segment's source and translation side by side, the glossary terms
marked in both, the findings beside their segment, filterable by severity and kind.

The page is inert: every piece of input is escaped, there is no script, and the
Content-Security-Policy allows only the page's own stylesheet (by its hash). Filtering is
CSS alone: a checkbox per severity and kind hides the findings it names.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from glossary.check.finding import KINDS, SEVERITIES, Finding, at_least
from glossary.check.patterns import find_rendering
from glossary.check.readers import read_inputs
from glossary.check.report import summary
from glossary.check.run import check_inputs, known_forms
from glossary.check.segments import Input, Piece
from glossary.match import Matcher

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
header{padding:.8rem 1rem;border-bottom:1px solid #ccc;background:#f6f6f6}
h1{font-size:1.1rem;margin:0 0 .4rem}
body>label{margin-right:.8rem;white-space:nowrap}
body>input:first-of-type{margin-left:1rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-bottom:1px solid #e3e3e3;padding:.4rem .6rem;vertical-align:top;text-align:left;
overflow-wrap:anywhere}
th.where,td.where{width:4.5rem;color:#666;font-size:.8rem}
mark{background:#fff2b3;border-radius:2px}
mark.rendering{background:#d8f0d8}
ul.findings{margin:0;padding-left:1rem}
li.error{color:#a40000}
li.warning{color:#7a4d00}
li.info{color:#335}
.severity{font-weight:600;text-transform:uppercase;font-size:.75rem;margin-right:.3rem}
.other{padding:.4rem 1rem}
""".strip()


@dataclass
class Report:
    """Findings and what the HTML page shows of them: the inputs and the glossary's matcher."""

    inputs: Sequence[Input]
    findings: list[Finding]
    matcher: Matcher

    def html(self, min_severity: str = "info") -> str:
        """The whole page, showing the findings of ``min_severity`` or more serious."""
        return page(self.inputs, at_least(self.findings, min_severity), self.matcher)


def _marked(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """``text`` escaped, with non-overlapping ``(start, end, class, title)`` spans marked."""
    out, at = [], 0
    for start, end, cls, title in sorted(spans):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        shown = html.escape(text[start:end])
        out.append(f'<mark class="{cls}" title="{html.escape(title)}">{shown}</mark>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _row(source: Piece, target: Piece | None, matcher: Matcher, findings: list[Finding]) -> str:
    matches = matcher.find(source.text)
    source_spans = [(m.start, m.end, "term", m.entry.english) for m in matches]
    target_spans = []
    if target is not None:
        for entry in {m.entry.key: m.entry for m in matches}.values():
            used = find_rendering(entry, target.text)
            if used:
                found = used[1]
                target_spans.append((found.start(), found.end(), "rendering", entry.term))
    items = "".join(
        f'<li class="{html.escape(f.severity)} k-{html.escape(f.kind)}">'
        f'<span class="severity">{html.escape(f.severity)}</span>{html.escape(f.kind)}: '
        f"{html.escape(f.message)}</li>"
        for f in findings
    )
    where = f"{source.line}" if target is None else f"{source.line}&nbsp;→&nbsp;{target.line}"
    translation = (
        f'<td lang="en">{_marked(target.text, target_spans)}</td>' if target is not None else ""
    )
    cls = "found" if findings else "clean"
    return (
        f'<tr class="{cls}"><td class="where">{where}</td>'
        f'<td lang="id">{_marked(source.text, source_spans)}</td>{translation}'
        f'<td><ul class="findings">{items}</ul></td></tr>'
    )


def _filters(findings: Sequence[Finding]) -> tuple[str, str]:
    """The checkboxes (severities, kinds, findings only) with their labels, and the rules
    that make them work: the boxes are siblings before ``<main>`` for the ``~`` rules."""
    boxes, rules = [], []
    for name, prefix, values in (("severity", "s", SEVERITIES), ("kind", "k", KINDS)):
        present = [v for v in values if any(getattr(f, name) == v for f in findings)]
        for value in present:
            boxes.append(
                f'<input type="checkbox" id="{prefix}-{value}" checked>'
                f'<label for="{prefix}-{value}">{value}</label>'
            )
            selector = f".{value}" if prefix == "s" else f".k-{value}"
            rules.append(f"#{prefix}-{value}:not(:checked)~main li{selector}{{display:none}}")
    boxes.append('<input type="checkbox" id="only"><label for="only">only with findings</label>')
    rules.append("#only:checked~main tr.clean{display:none}")
    return "".join(boxes), "\n".join(rules)


def page(inputs: Sequence[Input], findings: Sequence[Finding], matcher: Matcher) -> str:
    """The report page for ``inputs``: one table per input, a row per segment."""
    by_place: dict[tuple[str, int], list[Finding]] = defaultdict(list)
    for f in findings:
        by_place[(f.path, f.line)].append(f)
    sections: list[str] = []
    placed: set[int] = set()
    for item in inputs:
        rows = []
        for segment in item.segments:
            keys = [(segment.source.path, segment.source.line)]
            if segment.target is not None:
                last = segment.target.line + segment.target.text.count("\n")
                keys += [(segment.target.path, n) for n in range(segment.target.line, last + 1)]
            if segment.source.document is not None:
                last = segment.source.line + segment.source.text.count("\n")
                keys += [(segment.source.path, n) for n in range(segment.source.line + 1, last + 1)]
            here = [f for key in dict.fromkeys(keys) for f in by_place.get(key, [])]
            placed.update(id(f) for f in here)
            rows.append(_row(segment.source, segment.target, matcher, here))
        heads = '<th class="where">Line</th><th>Indonesian</th>'
        if item.bilingual:
            heads += "<th>English</th>"
        title = item.path + (f" → {item.target_path}" if item.target_path else "")
        sections.append(
            f"<section><h2>{html.escape(title)}</h2><table><thead><tr>{heads}<th>Findings</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
        )
    others = [f for f in findings if id(f) not in placed]
    if others:
        items = "".join(
            f'<li class="{html.escape(f.severity)} k-{html.escape(f.kind)}">'
            f"{html.escape(f'{f.path}:{f.line}:{f.column}: {f.severity}: {f.message}')}</li>"
            for f in others
        )
        sections.insert(0, f'<section class="other"><ul class="findings">{items}</ul></section>')
    boxes, rules = _filters(findings)
    style = f"{_STYLE}\n{rules}"
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    title = html.escape(", ".join(dict.fromkeys(i.path for i in inputs)) or "check")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        f" style-src 'sha256-{digest}'\">\n"
        f"<title>{title} – glossary check</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(summary(findings))}</h1></header>\n{boxes}\n"
        f"<main>\n{''.join(sections)}\n</main>\n</body>\n</html>\n"
    )


def html_report(
    sources: Sequence[str],
    translations: Sequence[str],
    glossary_path: str | os.PathLike[str],
    kinds: Iterable[str] | None = None,
    matcher: Matcher | None = None,
    **options: object,
) -> Report:
    """Check like ``check.check`` and keep what the page shows: the inputs and the matcher
    (``matcher``: the glossary's, when the caller has it already)."""
    if matcher is None:
        matcher = Matcher.for_glossary(glossary_path)
    inputs = read_inputs(sources, translations)
    known = known_forms(glossary_path, kinds)
    findings = check_inputs(inputs, matcher, kinds, known, **options)  # type: ignore[arg-type]
    return Report(inputs, findings, matcher)
