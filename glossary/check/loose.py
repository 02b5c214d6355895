"""What English news writes for a term loosely, which stands in no other term's place when
the term's rendering is missing (``glossary.check.substitute``): the term's own words or
the office its title names ("the trade ministry's special staff" for ``Staf Khusus Menteri
Perdagangan``), and the speaker the English names where the source quotes someone it does
not name ("..., Jusuf Kalla said" for ``ujar Ketua Umum Partai Golkar itu``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from glossary import regex_cache
from glossary.check.derived import RANKS, offices
from glossary.check.elision import _FUNCTION_WORDS, named_speaker, unnamed_speaker
from glossary.check.patterns import find_misspelt, singular
from glossary.check.said import tokens, words_of
from glossary.check.source import Occurrence
from glossary.store import Entry


def ranked(entry: Entry) -> bool:
    """Whether a title's renderings all carry a rank before its head ("Vice President",
    "deputy governor"): the head alone is another title."""
    return entry.kind == "title" and all(
        any(w in RANKS for w in words_of(r)) for r in entry.renderings
    )


def shortened_inside(names: Sequence[str], entry: Entry) -> bool:
    """Whether the words of a name are a rendering of ``entry`` with a word left out inside
    ("International Energy Agency" for International Atomic Energy Agency): another name,
    not a short mention, which drops the name's first or last words ("the Stock Exchange")."""
    folded = tokens(" ".join(names))
    if len(folded) < 2:
        return False
    for rendering in entry.renderings:
        whole = tokens(rendering)
        rest = iter(whole)
        in_order = all(word in rest for word in folded)  # gaps allowed
        ends = whole[0] == folded[0] and whole[-1] == folded[-1]
        if in_order and ends and len(whole) > len(folded):
            return True
    return False


def speaker_added(occ: Occurrence, other: Entry | None, end: int, text: str) -> bool:
    """Whether a person or title of the English (``other``; None: a name the glossary does
    not know) ending at ``end`` names who speaks (``named_speaker``) where the source
    quotes someone it does not name (``unnamed_speaker``: ``katanya``, ``Menurut dia``)
    and the missing term is no person or title: the English names the speaker the source
    leaves to a pronoun or a description. For a person or a title, who speaks is what is
    checked; where the source names no speaker, "Rodrigo Duterte said" in the place of
    "The Jakarta Stock Exchange said" is a wrong name."""
    return (
        occ.match.entry.kind not in _PEOPLE
        and (other is None or other.kind in _PEOPLE)
        and named_speaker(end, text)
        and unnamed_speaker(occ.piece.text)
    )


_PEOPLE = frozenset({"person", "title"})


def the_term_itself(entry: Entry, written: str, text: str, end: int) -> bool:
    """Whether a stand-in is made of the words of ``entry``'s own renderings, or of the
    office a title word names and the title an office has (minister and ministry, director
    and directorate, secretary and secretariat): the term written loosely or as its
    derived form ("the State Ministry" for ``Menteri Negara``, "the trade ministry's
    staff" for ``Staf Khusus Menteri Perdagangan``, "BI Deputy Senior Governor"), not
    another name. Not a name with a word of the term's left out inside ("International
    Energy Agency" for International Atomic Energy Agency), nor a ranked title's head
    without its rank ("President" for ``Wakil Presiden``), nor the start of a longer name
    (``end``: where it ends in ``text``; "Coordinating Ministry for Legal ... Affairs")."""
    words = words_of(written)
    own = _own_words(tuple(entry.renderings))
    return (
        bool(words)
        and words <= own
        and not (ranked(entry) and words.isdisjoint(RANKS))
        and not shortened_inside([written], entry)
        and not _NAME_GOES_ON.match(text, end)
    )


# A name that goes on after a word: "Ministry for Legal Affairs", "Ministry of the Interior".
_NAME_GOES_ON = regex_cache.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


@functools.lru_cache(maxsize=4096)
def _own_words(renderings: tuple[str, ...]) -> frozenset[str]:
    """The words of an entry's renderings, folded, with the office of each title word and
    the title of each office (``derived.offices``)."""
    words = {w for r in renderings for w in words_of(r)}
    return frozenset(words.union(*map(offices, words)))


def title_head_written(
    entry: Entry,
    text: str,
    taken: Sequence[tuple[int, int]],
    known: frozenset[str],
    instead: str = "",
) -> str | None:
    """The head word of a title's rendering that the English writes without the rest of
    it, or misspells, outside the renderings of other terms (``taken``): what stands in the
    title's place when it is downgraded or mistyped ("Barito Pacific Timber director Anton
    BS Hudyana" for ``Direktur Utama Barito Pacific``: 'director', not the company's name;
    "investor relation vice president and secratary" for ``Sekretaris Perusahaan``:
    'secratary'). ``known``: the glossary's English words, none of them a misspelling;
    ``instead``: another stand-in found, which says more where it holds the head ("president
    director" for ``Wakil Dirut``)."""
    if entry.kind != "title":
        return None
    written = {singular(w) for w in words_of(instead)}
    for head in dict.fromkeys(h for r in entry.renderings if (h := _head(r))):
        if head.casefold() in written:
            return None
        for found in _whole_word(head).finditer(text):
            if not any(a <= found.start() < b for a, b in taken):
                return found.group()
        misspelt = find_misspelt(Entry(entry.term, head), text, known)
        if misspelt:
            return misspelt
    return None


def _head(rendering: str) -> str | None:
    """The head word of a title of two words or more: "director" of President Director and
    of Director General, "head" of head of state; None for a title of one word, which is its
    own rendering."""
    words = rendering.split()
    if len(words) < 2:
        return None
    folded = [w.lower() for w in words]
    if "of" in folded[1:]:
        return words[folded.index("of") - 1]
    return words[-2] if folded[-1] == "general" else words[-1]  # Director General


@functools.lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word in any case, with a plural: "directors"."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])", re.IGNORECASE)


def no_name(words: Sequence[str]) -> bool:
    """Whether capitalised words name nothing by themselves: function words ("The" of "The
    Netherlands", whose other word renders the source's ``Belanda``)."""
    return all(w.casefold() in _FUNCTION_WORDS for w in words)
