"""What a mismatch says stands in a missing term's place: the English found there is named
only when it is surely a wrong rendering, another name of the term's own kind about where
the source has the term ("Tokyo" for ``di Jakarta``, "Surabaya Stock Exchange" for
``Bursa Efek Jakarta``); otherwise the finding says only that the term's English is
missing (news English adds words beside a term that render nothing of it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from glossary import regex_cache
from glossary.check.anchors import english_place
from glossary.check.english_terms import EnglishTerms
from glossary.check.said import accounted_for, term_left_out
from glossary.check.source import Occurrence
from glossary.store import Entry

STANDS = "stands there"
# Where other English stands in a term's place but may be a translator's addition, not
# a rendering of the term: the finding names no words (``named_stand_in``).
UNNAMED = ""
# Kinds of entry whose English stands for one another's: a place for a place, a body
# (an organisation, an event) for a body, a person for a person, a title for a title, a
# general term for a general term; an acronym or a name by what it spells out.
_KIND_GROUPS = {
    "person": "person",
    "place": "place",
    "title": "title",
    "organisation": "body",
    "acronym": "acronym",
    "name": "acronym",
    "event": "body",
}
# How far from the term's place (a share of the line) a stand-in is named.
_NAMED_DRIFT = 0.2
# A person's name the glossary does not know: two capitalised words or more ("John Smith").
_UNKNOWN_NAME = regex_cache.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)+")
# ... and a place's: a capitalised word after "in" or "at" ("penalties in Tokyo").
_UNKNOWN_PLACE = regex_cache.compile(r"[A-Z][\w'-]+")
_LOCATION_BEFORE = regex_cache.compile(r"(?<!\w)(?:in|at)\s+$")
_LETTER_RUN = regex_cache.compile(r"[^\W\d_]{3,}")


def named_stand_in(
    glossaries: Sequence[EnglishTerms],
    anchors: tuple[tuple[int, int], ...],
    occ: Occurrence,
    other: str,
    text: str,
) -> str:
    """What a finding says of the English ``other`` found where ``occ``'s term is
    missing: its words where they are surely a wrong rendering, another name of the
    term's own kind about where the source has the term ("Tokyo" for ``Jakarta``,
    "Surabaya Stock Exchange" for ``Bursa Efek Jakarta``); otherwise nothing more than
    that the term's English is missing (``UNNAMED``). News English adds words beside a
    term ("Lukita, Bappenas deputy head, said" for ``kata Lukita di Gedung Depkeu``),
    and a word of another kind, one far from the term's place (``_NAMED_DRIFT``) or a
    part of the term's own English ("Minister" for ``Menteri Negara BUMN``) would
    name the wrong words."""
    entry, source = occ.match.entry, occ.piece.text
    span = (occ.match.start, occ.match.end)
    places = (span[0] / max(len(source), 1), english_place(span, source, text, anchors))
    length = max(len(text), 1)
    offset, start = min(
        (
            (abs(found / length - place), found)
            for found in _starts(other, text)
            for place in places
        ),
        default=(1.0, 0),
    )
    own = {w.casefold()[:4] for r in entry.renderings for w in _LETTER_RUN.findall(r)}
    theirs = {w.casefold()[:4] for w in _LETTER_RUN.findall(other)}
    if any(next(g.find(other), None) for g in glossaries):
        kinds = kinds_written(glossaries, other, term_left_out(occ))
    else:  # a name the glossary does not know: a place after "in", or a person's name
        kinds = _unknown_kind(other, text[:start])
    if offset <= _NAMED_DRIFT and not theirs <= own and kind_of(glossaries, entry) & kinds:
        return f"; '{other}' {STANDS}"
    return UNNAMED


def kind_of(glossaries: Sequence[EnglishTerms], entry: Entry) -> set[str]:
    """The kind of an entry (``_KIND_GROUPS``); an acronym's or a name's by what it
    spells out (``AS``, "US", a place's; ``BEJ``, "Jakarta Stock Exchange", a body's)."""
    group = _KIND_GROUPS.get(entry.kind, "term")
    if group != "acronym":
        return {group}
    spelt = entry.english.casefold()
    kinds = {
        _KIND_GROUPS.get(found.kind, "term")
        for g in glossaries
        for found, (start, end) in g.find(entry.english)
        if not start and end == len(entry.english) and found.english.casefold() != spelt
    }
    return (kinds - {"acronym"}) or {"body"}


def kinds_written(glossaries: Sequence[EnglishTerms], english: str, source: str) -> set[str]:
    """The kinds of the entries ``english`` writes as a whole, as one of their renderings
    (a place by its own name: "Japanese" is Japan's adjective, which English adds to
    any noun), that the ``source`` segment does not say: "Britain" translates
    ``Inggris`` of ``Duta Besar RI untuk Kerajaan Inggris dan Republik Irlandia``."""
    folded = english.casefold().removesuffix("'s")
    kinds = set()
    for found, (start, end) in (f for g in glossaries for f in g.find(english)):
        written = [found.english] if found.kind == "place" else found.renderings
        if (
            not start
            and end == len(english)
            and any(folded in (r.casefold(), r.casefold() + "s") for r in written)
            and not accounted_for(found, source)
        ):
            kinds |= kind_of(glossaries, found)
    return kinds


def _starts(part: str, text: str) -> Iterator[int]:
    """Where ``text`` writes ``part`` (not empty), as ``re.finditer`` of it escaped finds
    it, without a pattern to compile for each stand-in ("Tokyo", "Surabaya Stock
    Exchange")."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + len(part))


def _unknown_kind(name: str, before: str) -> set[str]:
    """The kind of a name the glossary does not know, by where the English writes it:
    after "in" or "at", a place's ("in Tokyo" for ``di Jakarta``); two capitalised words
    or more, a person's ("Finance Minister John Smith"); else none that is sure."""
    if _UNKNOWN_PLACE.fullmatch(name) and _LOCATION_BEFORE.search(before):
        return {"place"}
    return {"person"} if _UNKNOWN_NAME.fullmatch(name) else set()
