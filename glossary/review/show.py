"""How entries look to a curator: ``glossary show`` (every field) and the review card."""

from __future__ import annotations

import re

import click

from glossary.review.decisions import parse_label, related_to_keep, shown_suggestion, status
from glossary.store import Entry
from glossary.text import printable

# -- showing entries -------------------------------------------------------------


def example_window(entry: Entry, width: int = 160) -> tuple[str, str, str]:
    """The example around the entry's first form in it: (before, the form, after)."""
    forms = sorted((f for f in entry.forms if f), key=len, reverse=True)
    found = re.search("|".join(map(re.escape, forms)), entry.example, re.IGNORECASE)
    if not found:
        return _shorten(entry.example, width), "", ""
    half = max(20, (width - len(found.group())) // 2)
    before, after = entry.example[: found.start()], entry.example[found.end() :]
    if len(before) > half:
        cut = before[-half:]
        whole_words = cut.partition(" ")[2] if before[-half - 1] != " " else cut
        before = "…" + (whole_words or cut).lstrip()
    return before, found.group(), _shorten(after, half)


def _times(entry: Entry) -> str:
    """``50 times in 5 documents``, ``7 times in 1 document``."""
    times = f"{entry.count} time{'' if entry.count == 1 else 's'}"
    if not entry.documents:
        return times
    return f"{times} in {entry.documents} document{'' if entry.documents == 1 else 's'}"


def _shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` at a space, with an ellipsis (mid-word when it has none)."""
    if len(text) <= width:
        return text
    cut = text[:width]
    whole_words = cut.rpartition(" ")[0] if text[width] != " " else cut
    return (whole_words or cut).rstrip() + "…"


def describe(entry: Entry, references: int = 5) -> str:
    """Every field of an entry that has a value, one per line (``glossary show``)."""
    title = f"{entry.term} = {entry.english or '(no English yet)'}  [{status(entry)}]"
    if entry.context:
        title += f"  msgctxt {entry.context!r}"
    refs = " ".join(entry.references[:references])
    if len(entry.references) > references:
        refs += f" (+{len(entry.references) - references} more)"
    example = entry.example + (f"  ({entry.example_source})" if entry.example_source else "")
    mined = f"{_times(entry)}, score {entry.score:g}"
    rows = [
        ("kind", entry.kind),
        ("part of speech", entry.pos),
        ("variants", ", ".join(entry.variants)),
        ("deprecated", ", ".join(entry.deprecated)),
        ("alternatives", ", ".join(entry.alternatives)),
        ("expansion", entry.expansion),
        ("case", entry.case),
        ("example", example.strip()),
        ("origin", entry.origin),
        ("suggestions", "; ".join(entry.suggestions)),
        ("mined", mined if entry.count or entry.documents else ""),
        ("note", entry.note.replace("\n", " / ")),
        ("references", refs),
        ("other", "; ".join(entry.extra)),
    ]
    rows = [(name, value) for name, value in rows if value]
    width = max((len(name) for name, _ in rows), default=0)
    return "\n".join([title, *(f"  {name:<{width}}  {value}" for name, value in rows)])


def card(entry: Entry, left: int) -> str:
    """What ``glossary review`` shows of an entry: term, kind, counts, example, English."""
    facts = [entry.kind]
    if entry.count:
        facts.append(_times(entry))
    if entry.score:
        facts.append(f"score {entry.score:g}")
    if entry.context:
        facts.append(f"msgctxt {entry.context!r}")
    p = printable  # the file's text, never a terminal's control sequence
    term = click.style(p(entry.term), bold=True)
    lines = [f"[{left} left] {term}  ({p('; '.join(facts))})  {status(entry)}"]
    if entry.example:
        before, match, after = map(p, example_window(entry))
        source = f"  ({p(entry.example_source)})" if entry.example_source else ""
        lines.append(f"  «{before}{click.style(match, underline=True)}{after}»{source}")
    rows = [
        ("variants", ", ".join(entry.variants)),
        ("deprecated", ", ".join(entry.deprecated)),
        ("expansion", entry.expansion),
        ("alternatives", ", ".join(entry.alternatives)),
    ]
    lines += [f"  {name}: {p(value)}" for name, value in rows if value]
    shown = shown_suggestion(entry)
    if entry.english:
        origin = f" ({entry.origin})" if entry.origin else ""
        kept = _keeps(entry, shown) if shown is not None else ""
        lines.append(p(f"  English now: {entry.english}{origin}{kept}"))
    elif entry.suggestions:
        lines.append("  no English yet: a takes suggestion 1")
    else:
        lines.append("  no English yet: press e to type it")
    for index, label in enumerate(entry.suggestions[:9]):
        taken = parse_label(label)
        if taken.related:  # the forms it keeps are said once, below
            label = f"{taken.english} ({taken.source}, {taken.confidence:.2f})"
        lines.append(p(f"  {index + 1}. {label}{_keeps(entry, index)}"))
    return "\n".join(lines)


def _keeps(entry: Entry, index: int) -> str:
    """`` + Israeli, Israelis as alternatives``: what taking suggestion ``index`` adds."""
    related = related_to_keep(entry, index)
    return f" + {', '.join(related)} as alternatives" if related else ""
