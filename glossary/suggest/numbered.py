"""Compositions with numbers, repeated words and noun modifiers: ``divisi dua`` is the second
division, ``pertumbuhan ekonomi`` economic (not economics) growth."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from glossary.lexicon import FUNCTION_WORDS
from glossary.store import Entry

# A cardinal after a noun numbers it (divisi dua: the second division, division two).
ORDINALS = {
    "satu": ("first", "one"),
    "dua": ("second", "two"),
    "tiga": ("third", "three"),
    "empat": ("fourth", "four"),
    "lima": ("fifth", "five"),
    "enam": ("sixth", "six"),
    "tujuh": ("seventh", "seven"),
    "delapan": ("eighth", "eight"),
    "sembilan": ("ninth", "nine"),
    "sepuluh": ("tenth", "ten"),
}


def miscounted(english: str) -> bool:
    """Whether a composition puts a cardinal above one before a singular noun, which English
    does not (``waktu lima``: no "five time"; a line's "five-time champion" is no
    attestation of it)."""
    from glossary.suggest.aligned_text import english_key

    words = english.lower().split()
    cardinals = {cardinal for _, cardinal in ORDINALS.values()} - {"one"}
    return any(
        a in cardinals and english_key(b) == b and not b.endswith("s")
        for a, b in zip(words, words[1:], strict=False)
    )


def collapsed(english: str) -> str:
    """A composition without a word said twice in a row (``klasemen liga`` is "league
    table" + "league", the league table, not "league league table"), and each word before
    the last as a modifier (``as_modifier``)."""
    words = english.split()
    kept = [w for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()]
    return " ".join([*map(as_modifier, kept[:-1]), *kept[-1:]])


# An -ic adjective this common in English stands for its -ics noun before another noun.
MODIFIER_ZIPF = 4.0


def as_modifier(word: str) -> str:
    """A noun as English puts it before another: FreeDict's "economics" for ``ekonomi`` is
    "economic" in "economic growth" (likewise electronics); not "statistic" for statistics,
    which English seldom writes."""
    from wordfreq import zipf_frequency

    if word.islower() and word.endswith("ics") and zipf_frequency(word[:-1], "en") >= MODIFIER_ZIPF:
        return word[:-1]
    return place_adjectives().get(word, word)


@cache
def place_adjectives() -> dict[str, str]:
    """A one-word country's adjective, which English puts before a noun (``Pemerintah
    Prancis``: the "French government", not "France government"), from the names table
    (``data/exonyms.tsv``): the first of its other renderings shaped like one (-an, -ese,
    -ish, -ch, -i). Not for an acronym (the "US government")."""
    from glossary.suggest.exonyms import exonyms

    table: dict[str, str] = {}
    for english, others in exonyms().values():
        if " " in english or english.isupper():
            continue
        shaped = [o for o in others if " " not in o and _DEMONYM.search(o) and not o.isupper()]
        if shaped:
            table.setdefault(english, shaped[0])
    return table


_DEMONYM = re.compile(r"(?:an|ese|ish|ch|i)$")


def numbers_a_noun(entry: Entry, words: list[str], reverse: Mapping[str, list[list]]) -> bool:
    """Whether a two-word term is a noun numbered by a cardinal (``divisi dua``), not a
    count of what follows in the text (``kontrak dua [setengah tahun]``, ``selisih satu
    [pertandingan]``: the entry's example has a lower-case word after the number) nor a
    verb's object (``punya dua``)."""
    if len(words) != 2 or words[1] not in ORDINALS or words[0] not in reverse:
        return False
    if not entry.term.islower():  # Nusa Dua is a name
        return False
    if not any(row[1] == "n" for row in reverse[words[0]]):
        return False
    after = re.search(rf"\b{re.escape(entry.term)}\s+(\w+)", entry.example or "", re.IGNORECASE)
    return not (after and after.group(1).islower() and after.group(1) not in FUNCTION_WORDS)


# An adjective made of a noun by these endings, this common in English, is tried for it.
ADJECTIVE_ZIPF = 3.5
_ADJECTIVE_ENDINGS = ("al", "ial", "ic", "ical")


@cache
def adjectives_of(noun: str) -> tuple[str, ...]:
    """Common English adjectives made of a one-word lower-case noun by a suffix (finance:
    financial; nation: national; economy: economic; president: presidential). Which of
    them translators write for a word is for the parallel lines to say."""
    from wordfreq import zipf_frequency

    if not (noun.isalpha() and noun.islower() and len(noun) > 3):
        return ()
    if noun.endswith("e"):  # culture: cultural (not state: static)
        made = {noun[:-1] + ending for ending in ("al", "ial")}
    elif noun.endswith("y"):  # economy: economic, industry: industrial
        made = {noun[:-1] + ending for ending in _ADJECTIVE_ENDINGS}
    else:
        made = {noun + ending for ending in _ADJECTIVE_ENDINGS}
    return tuple(sorted(a for a in made if zipf_frequency(a, "en") >= ADJECTIVE_ZIPF))
