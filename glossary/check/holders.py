"""Who holds a title in a document, and how English names the holder in the title's stead:
``Menko Perekonomian Boediono`` makes Boediono the ``Menko``, so that "Minister Boediono
said" renders a later ``kata Menko``, and "nuclear Boediono said" puts a wrong word in the
title's place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary.check.elision import _name_after, _name_words
from glossary.check.mentions import _NO_NOUN
from glossary.check.source import Occurrence
from glossary.store import Entry


def led_by(names: Sequence[str], text: str, title: Entry) -> bool:
    """Whether the first of ``names`` in ``text`` follows nothing that describes another
    person: a word of no meaning of its own ("after Jusuf Kalla asked") or the title's
    own head ("Minister Boediono" for ``Menko``; not "Trade Minister Boediono")."""
    places = [re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names]
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
_PORTFOLIO = re.compile(r"(?:\s*,?\s*[A-Z][\w.'&/-]*){0,4}\s*,?\s*")


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
    Direktur BNGA Hashemi Albakri``."""
    names = _name_after(occ.piece.text[occ.match.end :])
    if not names:
        return None
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    found = word_before(re.compile(rf"(?<!\w)(?:{body})(?!\w)"), occ.match.entry, text)
    return found if found is not None and found[:1].islower() else None


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
