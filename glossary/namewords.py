"""What one glossary match is inside a run of capitalised words, for the gloss judge.

``glossary.gloss`` decides whether a match glosses a whole name or a part of one; these
are the facts it asks of each match and of its neighbours: a place (``Jakarta``), a
title or a term that is no name in itself (``Presiden``, ``pertahanan``), a word the
text alone capitalises (``Kementerian Pertahanan``: the glossary writes ``pertahanan``
in lower case), and the role the compiled screen (``glossary.runs``) reads from them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from glossary import lexicon, morphology, runs
from glossary.match import Match, normalize
from glossary.store import Entry
from glossary.text import ABBREVIATIONS

WORD_KINDS = frozenset({"title", "term", ""})  # no names in themselves
TITLE_LIKE = lexicon.TITLES | lexicon.TITLE_MODIFIERS


class Unit(NamedTuple):
    """A piece of a capitalised run: a match (index into the batch) or an unknown word."""

    start: int
    end: int
    match: int  # -1 for a word no match covers
    text: str


# What follows a person's name to make it another's, a son's or a father's: Jr, Sr, III.
_GENERATIONS = frozenset("Jr Jr. Junior Sr Sr. Senior II III IV".split())
_COMPANY_WORDS = frozenset({"place", "term", "title"})  # ... whose words these may be


def legal_form(unit: Unit | None, matches: Sequence[Match]) -> bool:
    """Whether a unit is a company's legal form, before its name (``PT``, ``CV``)."""
    return (
        unit is not None
        and unit.match >= 0
        and matches[unit.match].text.rstrip(".").lower() in lexicon.LEGAL_FORMS
    )


def another_name(
    match: Match, before: Unit | None, after: Unit | None, matches: Sequence[Match]
) -> bool:
    """Whether the match is a word of another name than its entry's: a one-word term,
    title or place written with a capital after a company's legal form (``PT Semen
    Gresik``, no cement), a person's name before a generation (``Donald Trump Jr``, his
    son), a person's short form or nickname after another given name (``Iriana Jokowi``,
    his wife)."""
    entry = match.entry
    if (
        entry.kind in _COMPANY_WORDS
        and " " not in match.text
        and match.text[:1].isupper()
        and legal_form(before, matches)
    ):
        return True
    if entry.kind != "person":
        return False
    if after is not None and after.text in _GENERATIONS:
        return True
    return (
        match.form != entry.term
        and before is not None
        and before.match < 0
        and not title_like(before, matches)
    )


def placey(match: Match) -> bool:
    return match.entry.kind == "place" or match.form.lower() in lexicon.PLACES


def written_capital(match: Match) -> bool:
    """Whether the match's form is a name, written with a capital (Barat, AS, Presiden)."""
    entry = match.entry
    return (
        entry.case == "sensitive"
        or (entry.case != "insensitive" and any(c.isupper() for c in match.form))
        or match.form[:1].isupper()
    )


def one_word_name(match: Match) -> bool:
    """A one-word form that matched because of its capital (Barat, Madrid, AS)."""
    entry = match.entry
    sensitive = entry.case == "sensitive" or (
        entry.case != "insensitive" and any(c.isupper() for c in match.form)
    )
    return sensitive and not multiword(match.form)


def title_before_organisation(units: list[Unit], k: int, matches: Sequence[Match]) -> bool:
    """Whether ``units[k]`` is a title whose unknown words after it lead to an organisation
    (``Sekretaris Utama Bappenas``, ``Direktur Retail Banking PT Bank Mega``): a person's
    name comes after the organisation (``Kepala BPS Rusman Heriawan``), so the words
    between continue the title."""
    if matches[units[k].match].entry.kind != "title":
        return False
    j = k + 1
    while j < len(units) and units[j].match == -1:
        j += 1
    if j == k + 1 or j == len(units) or units[j].match < 0:
        return False
    return matches[units[j].match].entry.kind in ("organisation", "acronym")


def title_like(unit: Unit, matches: Sequence[Match]) -> bool:
    """A title (Presiden, Gubernur) or a name a title may take (Presiden AS ...)."""
    if unit.match >= 0:
        return matches[unit.match].entry.kind in ("title", "organisation", "acronym") or (
            placey(matches[unit.match])
        )
    low = unit.text.lower()
    return low in TITLE_LIKE or low in lexicon.PLACES


def organisation(match: Match) -> bool:
    """An organisation or its acronym (BNI, PT, Bank Indonesia), no place."""
    return match.entry.kind in ("organisation", "acronym") and not placey(match)


def continues_organisation(match: Match, before: Unit | None, matches: Sequence[Match]) -> bool:
    """Whether a word only the text capitalises continues the organisation before it, a
    name of its own: ``BNI Syariah`` is a bank, not "BNI sharia"; ``PT Mitra``; not a rank
    (``Korlantas Polri Inspektur Jenderal Aan Suhanan``: the corps' head, named)."""
    return before is not None and before.match >= 0 and goes_on_with(matches[before.match], match)


def goes_on_with(head: Match, match: Match) -> bool:
    """Whether ``match``, right after the organisation ``head``, is a word of its longer
    name: a term only the text capitalises, no rank (``BNI Syariah``, ``PT Mitra``)."""
    return (
        organisation(head) and capitalised_here(match) and match.form.lower() not in lexicon.RANKS
    )


def one_word_place(match: Match) -> bool:
    return placey(match) and not multiword(match.form)


def word_of_name(match: Match) -> bool:
    """A match that is no name in itself (a title, a term: menteri, Presiden, pertahanan),
    so that beside another such it may be a word of a longer name."""
    return match.entry.kind in WORD_KINDS and not placey(match)


def capitalised_here(match: Match) -> bool:
    """A word of a name that the glossary writes in lower case (pertahanan, menteri): its
    capital is the text's, which makes it a word of a name (Kementerian Pertahanan)."""
    return word_of_name(match) and not written_capital(match)


def words_of_a_name(match: Match, unit: Unit | None, matches: Sequence[Match]) -> bool:
    """Whether a match and the match beside it are words of one name: titles or terms,
    one of them capitalised only by the text (Kementerian Pertahanan, Wakil Presiden),
    not a term and its own acronym (Surat Utang Negara SUN), nor an office and the rank or
    honorific of its holder (Kapolda Metro Jaya Inspektur Jenderal Karyoto, Menteri
    Pertahanan Pangeran Khalid: ``lexicon.PERSONAL_TITLES``)."""
    if unit is None or not word_unit(unit, matches):
        return False
    other = matches[unit.match]
    if other.entry is match.entry or other.entry.english == match.entry.english:
        return False
    personal = lexicon.PERSONAL_TITLES
    if (match.form.lower() in personal) != (other.form.lower() in personal):
        return False
    return capitalised_here(match) or capitalised_here(other)


def word_unit(unit: Unit | None, matches: Sequence[Match], here: bool = False) -> bool:
    """Whether a unit of a run is a match that is a word of a name (``here``: one that
    only the text capitalises)."""
    if unit is None or unit.match < 0:
        return False
    match = matches[unit.match]
    return capitalised_here(match) if here else word_of_name(match)


def role(match: Match) -> int:
    """``runs.Lexicon.role``: Jakarta -> PLACE, Barat -> PLACE | COMPASS, Presiden -> WORD,
    pertahanan -> WORD | CAPITALISED, BNI -> ORGANISATION."""
    if one_word_place(match):
        return runs.PLACE | runs.COMPASS if match.form.lower() in lexicon.COMPASS else runs.PLACE
    if organisation(match):
        return runs.ORGANISATION
    if not word_of_name(match):
        return 0
    return runs.WORD | runs.CAPITALISED if capitalised_here(match) else runs.WORD


# English words (zipf, margin: ``morphology.english_words``) that make a foreign name of
# the place before them: common and twice as common in English as in Indonesian (Park,
# Steel), or less common and ten times as common (Clippers, Lakers).
ENGLISH = ((4.5, 0.3), (3.5, 1.0))


def english_word(unit: Unit | None) -> bool:
    """Whether a word no match covers is a common English word, no Indonesian one nor an
    abbreviation: after a place at a run's end it makes a foreign name of the place
    (``Melbourne Park``, ``Krakatau Steel``, ``New York Times``), where a person's name
    would follow a nationality (``Brazil Fred``: names are as common in Indonesian)."""
    return unit is not None and unit.match < 0 and _english(unit.text.lower())


def english_plural(unit: Unit | None) -> bool:
    """Whether a word no match covers is the plural of a common English word (``Apps``,
    ``Securities``, ``Services``): after an organisation it names another
    (``Google Apps``)."""
    if unit is None or unit.match >= 0:
        return False
    low = unit.text.lower()
    if not low.endswith("s") or len(low) < 4 or low.endswith("ss"):
        return False
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return _english(singular)


@functools.lru_cache(maxsize=1 << 14)
def _english(low: str) -> bool:
    if low in ABBREVIATIONS or low in morphology.root_words():
        return False
    return any(low in morphology.english_words(*level) for level in ENGLISH)


@functools.lru_cache(maxsize=1 << 16)
def multiword(form: str) -> bool:
    return len(normalize(form).split()) > 1


# A capitalised word right after a match, one space between: ``Santiago Ezquerro``.
_NEXT_CAPITALISED = re.compile(r" ([^\W\d_]+(?:['-][^\W\d_]+)*)(?!\w)")
# The word before a match, one space between.
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'-]*) $")
# Words that are no surname: days and months, function and number words (``di Santiago Selasa``).
_NO_SURNAME = (
    lexicon.DATE_WORDS | lexicon.WEEKDAYS_MONTHS | lexicon.FUNCTION_WORDS | lexicon.NUMBER_WORDS
)


def nation(entry: Entry) -> bool:
    """Whether a place's renderings hold a one-word demonym or adjective (``Jepang``: Japan
    | Japanese): before a person's name it then says where the person is from (``petenis
    Jepang Osaka``), never a given name."""
    return any(
        " " not in alt and alt[:1].isupper() and alt != entry.english for alt in entry.alternatives
    )


def surname(word: str) -> bool:
    """Whether a capitalised word may be a surname: no acronym, day, month, function word,
    Indonesian word (a root or an affixed one: ``Selasa``, ``Kenaikan``) nor common English
    word (``Melbourne Park``, ``Chicago Bulls``: a foreign name of the place)."""
    low = word.lower()
    if word.isupper() or len(word) < 3 or low in ABBREVIATIONS:
        return False  # an acronym or an abbreviation: Jabar BPJB, Shanghai Co.
    return not (
        low in _NO_SURNAME
        or low in morphology.root_words()
        or morphology.affixed(low)
        or _english(low)
    )


# What the judge asks of every match, bits of its (entry, form) (``target_bits``): a form in
# lower case (``normalisasi sungai``), a place that may be a person's given name
# (``given_name_slots``).
LOWER_FORM, GIVEN_NAME = 1, 2


def target_bits(match: Match) -> int:
    """The bits of a match's (entry, form) the judge asks of every match: ``LOWER_FORM``
    (sungai), ``GIVEN_NAME`` (Santiago: a one-word place written with its capital, no
    nation; not Jepang, whose renderings hold Japanese)."""
    given = (
        " " not in match.form
        and one_word_place(match)
        and one_word_name(match)
        and not nation(match.entry)
    )
    return LOWER_FORM * match.form.islower() | GIVEN_NAME * given


def given_name_slots(
    text: str, matches: Sequence[Match], places: Iterable[int]
) -> Iterator[tuple[int, str]]:
    """(index, the word after it) for each one-word place written with its capital, no
    nation (``places``: the indices of those, ``GIVEN_NAME``), heading a capitalised run of
    two words, the second no match covers and a possible surname: ``Santiago Ezquerro``,
    where the place may be a person's given name (not ``Real Madrid Robinho``, ``Paris
    Saint Germain``)."""
    for i in places:
        match = matches[i]
        if not text[match.end + 1 : match.end + 2].isupper():
            continue  # the rarest condition first, at a glance
        after = _NEXT_CAPITALISED.match(text, match.end)
        if after is None or not after.group(1)[0].isupper():
            continue
        if not surname(after.group(1)):
            continue
        before = _PREVIOUS_WORD.search(text, max(0, match.start - 64), match.start)
        if (
            before is not None
            and before.group(1)[0].isupper()
            and not runs.sentence_initial(text, before.start(1), ABBREVIATIONS)
        ):
            continue
        if i + 1 < len(matches) and matches[i + 1].start < after.end():
            continue
        more = _NEXT_CAPITALISED.match(text, after.end())
        if more is not None and more.group(1)[0].isupper():
            continue
        yield i, after.group(1)
