"""Which rendering of a term a segment's English uses, and how it spells it: the longest
accepted rendering, a derived form (``Israeli troops`` for Israel), a rendering written
around the rest of a coordinated name, and an acronym kept in brackets that speaks for
itself only where the name before it is rendered too."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from glossary.check.mentions import _NO_NOUN
from glossary.check.patterns import find_rendering
from glossary.check.source import Occurrence


def as_written(found: re.Match[str], rendering: str) -> str:
    """How a use spells its rendering, grammar aside: a full stop that ends the sentence
    after an acronym ("a survey by BI.") is no spelling, and neither is the hyphen of a
    compound used as a modifier before a noun ("second-half goals" spells "second half",
    where the rendering is written open)."""
    text = found.group()
    if text.endswith(".") and "." not in text[:-1]:
        text = text[:-1]
    following = re.match(r"\s+([A-Za-z]+)", found.string[found.end() :])
    modifier = following is not None and following.group(1).lower() not in _NO_NOUN
    open_compound = " " in rendering and "-" not in rendering
    if modifier and open_compound and "-" in text and " " not in text and text[1:].islower():
        text = text.replace("-", " ")
    return text


def rendering_used(found: Sequence[Occurrence], text: str) -> tuple[str, re.Match[str]] | None:
    """The rendering of the entry ``found`` that ``text`` uses. An acronym the English keeps
    in brackets after a name, as the source does, speaks for the acronym only: the name
    before it must be rendered too (``Badan Pemeriksa Keuangan (BPK)`` as "the Finance
    Ministry (BPK)" lacks its rendering; "an audit by BPK" does not), and so does an
    English acronym (``Bursa Efek Indonesia (BEI)`` as "the Jakarta Futures Exchange
    (IDX)")."""
    entry = found[0].match.entry
    used = find_rendering(entry, text) or _coordinated_use(found, text)
    if used is None or not (used[0] in entry.forms or _acronym(used[0])):
        return used
    acronym = used[0]
    names = [r for r in entry.renderings if r not in entry.forms and not _acronym(r)]
    if _acronym(acronym) and _after_another_name(names, used[1]):
        # "the Surabaya Stock Exchange JSX": the name the acronym stands after is another's
        return find_rendering(
            dataclasses.replace(entry, english=names[0], alternatives=names[1:]), text
        )
    spelt_out = any(o.match.text != acronym and not _acronym(o.match.text) for o in found)
    if not spelt_out or not re.search(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        return used
    if not names:
        return used
    return find_rendering(
        dataclasses.replace(entry, english=names[0], alternatives=names[1:]), text
    )


def _after_another_name(names: Sequence[str], acronym: re.Match[str]) -> bool:
    """Whether an acronym follows the end of one of the entry's ``names`` without its
    beginning: "the Surabaya Stock Exchange JSX" ends like "Jakarta Stock Exchange" and
    names another exchange; "the Jakarta Stock Exchange JSX", "an audit by JSX" do not."""
    before = acronym.string[: acronym.start()].rstrip(" (")
    for name in names:
        words = name.split()
        if len(words) < 2 or before.endswith(name):
            continue
        if any(before.endswith(" " + " ".join(words[k:])) for k in range(1, len(words))):
            return True
    return False


# The source's name goes on after the term by "dan" and a capital: ``Dinas Pekerjaan Umum
# dan Penataan Ruang``.
_COORDINATED = re.compile(r"\s+dan\s+[A-Z]")


def _coordinated_use(found: Sequence[Occurrence], text: str) -> tuple[str, re.Match[str]] | None:
    """The rendering of a term whose name the source coordinates with more of it, written
    around the coordinated part as English orders it: ``Dinas Pekerjaan Umum dan Penataan
    Ruang`` as "the Public Works and Spatial Planning Office" uses "Public Works Office"."""
    if not any(_COORDINATED.match(o.piece.text, o.match.end) for o in found):
        return None
    for rendering in found[0].match.entry.renderings:
        words = [re.escape(w) for w in rendering.split()]
        for k in range(1, len(words)):
            coordinated = r"\s+(?:and|&)\s+(?:[A-Z][\w'-]*\s+){1,4}"
            pattern = rf"\b{' '.join(words[:k])}{coordinated}{' '.join(words[k:])}\b"
            use = re.search(pattern, text)
            if use:
                return rendering, use
    return None


def _acronym(form: str) -> bool:
    """Whether a form is an acronym: one word of capitals (``BEI``, ``IDX``, ``OJK``)."""
    return form.isupper() and form.isalpha()
