"""Which rendering of a term a segment's English uses, and how it spells it: the longest
accepted rendering, a derived form (``Israeli troops`` for Israel), a rendering written
around the rest of a coordinated name, and an acronym kept in brackets that speaks for
itself only where the name before it is rendered too; and whether the English writes the
longer name a term is a word of (``Pasar`` of ``PD Pasar Jaya``)."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from glossary import regex_cache
from glossary.check.derived import ACRONYM, capitals
from glossary.check.described import described_use
from glossary.check.elision import _FUNCTION_WORDS, whole_word
from glossary.check.english_terms import EnglishTerms
from glossary.check.judged import name_around
from glossary.check.mentions import _NO_NOUN
from glossary.check.patterns import find_rendering, form_pattern, name_part
from glossary.check.said import accounted_for, said_in
from glossary.check.source import Occurrence
from glossary.check.wording import ends_with
from glossary.store import BODY_KINDS, Entry

_NEXT_WORD = regex_cache.compile(r"\s+([A-Za-z]+)")


def as_written(found: re.Match[str], rendering: str) -> str:
    """How a use spells its rendering, grammar aside: a full stop that ends the sentence
    after an acronym ("a survey by BI.") is no spelling, and neither is the hyphen of a
    compound used as a modifier before a noun ("second-half goals" spells "second half",
    where the rendering is written open)."""
    text = found.group()
    if text.endswith(".") and "." not in text[:-1]:
        text = text[:-1]
    open_compound = " " in rendering and "-" not in rendering
    if open_compound and "-" in text and " " not in text and text[1:].islower():
        following = _NEXT_WORD.match(found.string, found.end())  # a noun after it
        if following is not None and following.group(1).lower() not in _NO_NOUN:
            text = text.replace("-", " ")
    return text


def rendering_used(
    found: Sequence[Occurrence], text: str, glossaries: Sequence[EnglishTerms] = ()
) -> tuple[str, re.Match[str]] | None:
    """The rendering of the entry ``found`` that ``text`` uses. An acronym the English keeps
    in brackets after a name, as the source does, speaks for the acronym only: the name
    before it must be rendered too (``Badan Pemeriksa Keuangan (BPK)`` as "the Finance
    Ministry (BPK)" lacks its rendering; "an audit by BPK" does not), and so does an
    English acronym (``Bursa Efek Indonesia (BEI)`` as "the Jakarta Futures Exchange
    (IDX)"). A title or a body whose rendering holds an acronym may spell it out as the
    ``glossaries`` render it (``_spelt_out_use``); a country its capital
    (``_capital_use``); a body in lower case by words of its rendering (``described_use``)."""
    entry = found[0].match.entry
    used = (
        find_rendering(entry, text)
        or _coordinated_use(found, text)
        or _spelt_out_use(entry, text, glossaries)
        or _capital_use(entry, text, found[0].piece.text, glossaries)
        or described_use(entry, text)
    )
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


def _capital_use(
    entry: Entry, text: str, source: str, glossaries: Sequence[EnglishTerms]
) -> tuple[str, re.Match[str]] | None:
    """A country rendered by its capital, as English news names a government ("Moscow
    condemned the move" for ``Rusia mengecam langkah itu``), where the source segment does
    not say the capital itself: ``di Moskow, Rusia`` as "in Moscow" leaves Russia out, and
    "Paris" of ``Paris St Germain`` is no France."""
    if entry.kind not in ("place", "acronym"):  # ``AS``, ``RRT``: a country by its acronym
        return None
    folded = source.casefold()
    for rendering in entry.renderings:
        for capital in capitals(rendering):
            used = whole_word(capital).search(text)
            if used is not None and not _says(capital, folded, source, glossaries):
                return rendering, used
    return None


def _says(english: str, folded: str, source: str, glossaries: Sequence[EnglishTerms]) -> bool:
    """Whether the source segment says a place the English names: as written (``Tokyo``)
    or by an entry whose English it is (``Moskow``, Moscow)."""
    return said_in(english.casefold(), folded) or any(
        accounted_for(other, source)
        for glossary in glossaries
        for other, (start, end) in glossary.find(english)
        if not start and end == len(english)
    )


# An acronym inside a rendering: "KPK" of "chairman of the KPK".
_ACRONYM_WORD = regex_cache.compile(r"(?<![\w.-])[A-Z]{2,6}(?![\w.-])")


def _spelt_out_use(
    entry: Entry, text: str, glossaries: Sequence[EnglishTerms]
) -> tuple[str, re.Match[str]] | None:
    """The rendering of a title or a body that ``text`` uses with the acronym inside it
    spelt out as the glossary renders that acronym's organisation: "chairman of the
    Corruption Eradication Commission" is "chairman of the KPK" (``Ketua KPK``), "the
    Jakarta Regional Legislative Council deputy speaker" is "DPRD deputy speaker"
    (``Wakil Ketua DPRD``)."""
    if entry.kind not in ("title", "organisation") or not glossaries:
        return None
    spelt = _spelt_out(tuple(entry.renderings), tuple(glossaries))
    if not spelt:
        return None
    forms = list(spelt)
    used = find_rendering(
        dataclasses.replace(entry, english=forms[0], alternatives=forms[1:]), text
    )
    return None if used is None else (spelt.get(used[0], entry.english), used[1])


@functools.lru_cache(maxsize=4096)
def _spelt_out(renderings: tuple[str, ...], glossaries: tuple[EnglishTerms, ...]) -> dict[str, str]:
    """Each rendering with an acronym inside spelt out (``_names_of``) → the rendering:
    asked for every segment that lacks the term, worked out once."""
    spelt: dict[str, str] = {}
    for rendering in renderings:
        for acronym in dict.fromkeys(_ACRONYM_WORD.findall(rendering)):
            for name in _names_of(acronym, glossaries):
                pattern = rf"(?<![\w.-]){acronym}(?![\w.-])"
                literal = name.replace("\\", "\\\\")  # a replacement, not a template
                spelt.setdefault(re.sub(pattern, literal, rendering), rendering)
    return spelt


def _names_of(acronym: str, glossaries: Sequence[EnglishTerms]) -> list[str]:
    """The English names of the organisations the glossaries render by ``acronym`` as well:
    "Corruption Eradication Commission" and "antigraft agency" for "KPK"."""
    names = []
    for glossary in glossaries:
        for other, (start, end) in glossary.find(acronym):
            if start or end != len(acronym) or other.kind not in BODY_KINDS:
                continue
            names += [r for r in other.renderings if not ACRONYM.match(r) and r not in names]
    return names


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
_COORDINATED = regex_cache.compile(r"\s+dan\s+[A-Z]")


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
            use = regex_cache.compile(pattern).search(text)
            if use:
                return rendering, use
    return None


def _acronym(form: str) -> bool:
    """Whether a form is an acronym: one word of capitals (``BEI``, ``IDX``, ``OJK``)."""
    return form.isupper() and form.isalpha()


_NAME_BEFORE = regex_cache.compile(r"(?<!\w)[A-Z][\w.'\u2019-]*\s+$")
_NAME_NEXT = regex_cache.compile(r"^\s+[A-Z]")


def in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one capitalised word of a longer name: ``Barat`` in
    ``Jakarta Barat`` or ``Jl Medan Merdeka Barat``, ``Pasar`` in ``Pasar Minggu``."""
    return text[start:end][:1].isupper() and bool(
        ends_with(_NAME_BEFORE, text[:start]) or _NAME_NEXT.match(text[end:])
    )


def kept_name(occ: Occurrence, target: str) -> bool:
    """A term that is part of a name in the source (``Pasar`` of ``PD Pasar Jaya``, ``Barat``
    of ``Jakarta Barat``), which the target keeps as it is, inside a name too."""
    m = occ.match
    source = occ.piece.text
    if not (name_part(source, m.start, m.end, m.form) or in_longer_name(source, m.start, m.end)):
        return False
    return any(
        found.group() == m.text and in_longer_name(target, found.start(), found.end())
        for found in form_pattern(m.text).finditer(target)
    )


def name_written(occ: Occurrence, target: str) -> bool:
    """Whether ``target`` writes a word of the longer capitalised name a term stands in
    (``Semen`` of ``Semen Padang``), as the source writes it: where the English keeps the
    name, the term's part of it must be there too; where it translates or leaves out the
    name ("the stall" for ``Sate Padang Talago Biru``), nothing of the term is owed."""
    return any(
        whole_word(w).search(target)
        for w in name_around(occ.piece.text, occ.match.start, occ.match.end)
        if len(w) > 1 and w.lower() not in _FUNCTION_WORDS
    )


_CAPITALISED = regex_cache.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019.-]*")


def rendering_spans(entry_kind: str, used: tuple[str, re.Match[str]]) -> list[tuple[int, int]]:
    """Where a use of a title's or an organisation's rendering writes it (``used``: the
    rendering and its match), without the capitalised words that spell no word of the
    rendering: those fill its name slot and stand for themselves ("Head of the Bogor City
    Health Agency" for ``Kepala Dinas Kesehatan Kota Bandung`` writes "head of the health
    agency" around "Bogor City", which is no rendering of ``Bandung``)."""
    rendering, found = used
    if entry_kind not in ("title", "organisation"):
        return [found.span()]
    stems = [w.casefold()[: max(3, len(w) - 2)] for w in rendering.split()]
    spans, start = [], found.start()
    for word in _CAPITALISED.finditer(found.string, found.start(), found.end()):
        if not any(word.group().casefold().startswith(stem) for stem in stems):
            spans.append((start, word.start()))
            start = word.end()
    spans.append((start, found.end()))
    return [(a, b) for a, b in spans if found.string[a:b].strip()]


def only_in_unwritten_names(
    found: Sequence[Occurrence], text: str, in_names: Callable[[], frozenset[int]]
) -> bool:
    """Whether every occurrence of a term is a word of a longer name (``in_names``) that
    the English ``text`` does not write: the English asked first, the gloss judge (the
    document's evidence, a segment at a time) only where it decides."""
    return all(
        not name_written(o, text) and o.match.start in in_names()
        for o in found
        if not kept_name(o, text)
    )
