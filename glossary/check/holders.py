"""Who holds a title in a document, and how English names the holder in the title's stead:
``Menko Perekonomian Boediono`` makes Boediono the ``Menko``, so that "Minister Boediono
said" renders a later ``kata Menko``, and "nuclear Boediono said" puts a wrong word in the
title's place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary import regex_cache
from glossary.check.elision import _name_after, _name_words, whole_word
from glossary.check.mentions import _NO_NOUN
from glossary.check.source import Occurrence
from glossary.store import Entry


def led_by(names: Sequence[str], text: str, title: Entry) -> bool:
    """Whether the first of ``names`` in ``text`` follows nothing that describes another
    person: a word of no meaning of its own ("after Jusuf Kalla asked") or the title's
    own head ("Minister Boediono" for ``Menko``; not "Trade Minister Boediono")."""
    places = [whole_word(name).search(text) for name in names]
    found = min((p for p in places if p), key=lambda p: p.start(), default=None)
    if found is None:
        return False
    before = [w.casefold() for w in re.findall(r"[\w'-]+|[^\w\s]", text[: found.start()])]
    own = {w.casefold() for r in title.renderings for w in r.split()}
    if before and before[-1] in own:
        before.pop()  # "Minister Boediono": the title's own word
    return not before or before[-1] in _NO_NOUN or not before[-1][0].isalnum()


# Between a title and its holder's name: the title's portfolio or organisation, up to four
# capitalised words, and a comma (``Menko Perekonomian Boediono``, ``Menteri Negara BUMN,
# Sugiharto``).
_PORTFOLIO = regex_cache.compile(r"(?:\s*,?\s*[A-Z][\w.'&/-]*){0,4}\s*,?\s*")


def titles_held(occurrences: Sequence[Occurrence]) -> list[tuple[Occurrence, Occurrence]]:
    """Each title of a segment with the person named right after it, its portfolio between
    them: (``Menko``, ``Boediono``) of ``Menko Perekonomian Boediono``."""
    held = []
    for i, occ in enumerate(occurrences):
        if occ.match.entry.kind != "title":
            continue
        person = next(
            (
                o
                for o in occurrences[i + 1 :]
                if o.piece is occ.piece and o.match.entry.kind == "person"
            ),
            None,
        )
        text = occ.piece.text
        if person is not None and _PORTFOLIO.fullmatch(text, occ.match.end, person.match.start):
            held.append((occ, person))
    return held


def before_holder(
    holder: Entry | None, title: Entry, present: Sequence[Entry], text: str
) -> str | None:
    """The word the English puts right before the name of the title's ``holder`` (whom the
    source segment does not name, ``present``) where the title would stand, when it is a
    word of its own and not the title's, with the title's words after it: "the economist
    Sri Mulyani said", "Trade Minister Sri Mulyani said" for ``kata Menkeu`` once the
    document named ``Menkeu Sri Mulyani``."""
    if holder is None or holder.key in {e.key for e in present}:
        return None
    return word_before(_name_words(tuple(holder.renderings)), title, text)


def before_name(occ: Occurrence, text: str) -> str | None:
    """The lower-case word the English puts right before the name that follows a title in
    the source, where the title would stand: "away Sri Mulyani said" for ``kata Menteri
    Keuangan Sri Mulyani``, "BNGA partnership Hashemi Albakri said" for ``Presiden
    Direktur BNGA Hashemi Albakri``, "Kremlin adviser Dmitry Peskov" for ``juru bicara
    Kremlin Dmitry Peskov``."""
    for name in _name_after(occ.piece.text[occ.match.end :]):
        # each word of the name: "Kremlin" of "Kremlin adviser Dmitry Peskov" has nothing
        # before it, "Dmitry" has the word in the title's place
        found = word_before(whole_word(name), occ.match.entry, text)
        if found is not None and (found[:1].islower() or _another_office(found, occ.match.entry)):
            return found
    return None


# English office nouns, by the office they name: a word of another office before the
# holder's name is another title ("French President Friedrich Merz" for ``Kanselir Jerman
# Friedrich Merz``); one of the same office is a variant ("Premier Li" for ``Perdana Menteri
# Li``).
_OFFICE_OF = {
    "president": "president",
    "minister": "minister",
    "secretary": "minister",
    "premier": "minister",
    "chancellor": "chancellor",
    "governor": "governor",
    "mayor": "mayor",
    "regent": "regent",
    "king": "monarch",
    "queen": "monarch",
    "emperor": "monarch",
    "sultan": "monarch",
    "ambassador": "ambassador",
}


def _another_office(found: str, title: Entry) -> bool:
    """Whether the capitalised word the English puts before a titled name names an office
    other than every office the title's renderings name: "President" for "German
    Chancellor"; not "Premier" for "Prime Minister", nor "Indonesian" for "President"."""
    office = _OFFICE_OF.get(found.split()[0].casefold())
    own = {_OFFICE_OF.get(w.casefold()) for r in title.renderings for w in r.split()} - {None}
    return office is not None and bool(own) and office not in own


def word_before(name: re.Pattern[str], title: Entry, text: str) -> str | None:
    """The word before the first ``name`` in ``text`` and the title's own words after it
    ("Trade Minister" before "Boediono" for Coordinating Minister), where that word is one
    of its own: no function word, no sign."""
    found = name.search(text)
    if found is None:
        return None
    own = {w.casefold() for r in title.renderings for w in r.split()}
    words = re.findall(r"[\w'-]+|[^\w\s]", text[: found.start()])
    kept = 0
    while kept < len(words) and words[-1 - kept].casefold() in own:
        kept += 1  # "Minister" of "Trade Minister Boediono" is the title's own word
    if kept == len(words):
        return None
    word = words[-1 - kept]
    if not word[0].isalpha() or word.casefold() in _NO_NOUN:
        return None
    return " ".join(words[len(words) - 1 - kept :])


# Where English names an institution for its head: "a report to the Bapepam-LK", and nothing
# of a title after it (a sign, the end, the dateline's "here", a preposition or "said").
_TO = regex_cache.compile(r"(?<!\w)(?:to|from|with|by|before)\s+(?:the\s+)?$", re.IGNORECASE)
_NAME_BEFORE = regex_cache.compile(r"(?:(?:[A-Z][\w'\u2019-]*|and)[\s-]+)+$")
_ACRONYM_NEXT = regex_cache.compile(r"\s*\(?[A-Z][\w-]*[A-Z]\)?(?!\w)")
_NOTHING_AFTER = regex_cache.compile(
    r"\s*(?:[.,;:)]|$|(?:here|on|in|at|said|says|and)(?!\w))", re.IGNORECASE
)


def institution_named(
    title: Occurrence, occurrences: Sequence[Occurrence], uses: dict, text: str
) -> bool:
    """Whether the English names the organisation right after a title in the source in the
    title's stead, as what a report goes to or comes from: ``laporannya kepada Ketua
    Bapepam-LK`` as "a report to the Capital Market Supervisory Agency Bapepam-LK"; not
    "to the tax revenue of Bapepam-LK" (something in the title's place before it) or "to the
    Bapepam-LK tax revenue" (after it)."""
    after = [o for o in occurrences if o.piece is title.piece and o.match.start > title.match.end]
    if not after:
        return False
    org = min(after, key=lambda o: o.match.start)
    if org.match.start - title.match.end > 1 or org.match.entry.kind not in (
        "organisation",
        "acronym",
    ):
        return False
    used = uses.get(org.match.entry.key)
    if not used:
        return False
    found = used[1]
    rest = text[found.end() :]
    acronym = _ACRONYM_NEXT.match(rest)
    if acronym is not None:
        rest = rest[acronym.end() :]
    before = _NAME_BEFORE.sub("", text[: found.start()])  # "the Capital Market ... Bapepam-LK"
    return bool(_TO.search(before) and _NOTHING_AFTER.match(rest))
