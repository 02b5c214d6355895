"""Names English writes otherwise: known exonyms (``Prancis``: France) and places or events
named by what they are (``Kabupaten Sragen``: Sragen Regency, ``Piala UEFA``: UEFA Cup)."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from glossary.lexicon import FUNCTION_WORDS, NUMBER_WORDS
from glossary.store import Entry
from glossary.suggest.core import Suggestion
from glossary.suggest.name_words import affixed_words, indonesian_words, only_indonesian

NAME_KINDS = ("person", "place", "organisation", "event", "name")


@cache
def exonyms() -> dict[str, tuple[str, list[str]]]:
    """Indonesian name (lower case) -> (English name, other English renderings).

    Read from ``data/exonyms.tsv``: countries, regions, seas, cities, international
    and Indonesian institutions whose English name differs from the Indonesian one.
    """
    table = {}
    text = resources.files("glossary").joinpath("data", "exonyms.tsv").read_text(encoding="utf-8")
    for row in csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row and not row[0].startswith("#"):
            others = [o for o in row[2].split("|") if o] if len(row) > 2 else []
            table[name_key(row[0])] = (row[1], others)
    return table


def name_key(name: str) -> str:
    return " ".join(name.lower().split())


# A place named by what it is and then its name: English puts the name first for most
# (Sungai Citarum: Citarum River, Kabupaten Sragen: Sragen Regency, Terminal Kalideres:
# Kalideres Terminal) and last for lakes and mountains (Danau Toba: Lake Toba, Gunung
# Merapi: Mount Merapi).
PLACE_CLASSIFIERS = {
    "sungai": "{} River",
    "danau": "Lake {}",
    "gunung": "Mount {}",
    "selat": "{} Strait",
    "teluk": "{} Bay",
    "pulau": "{} Island",
    "kepulauan": "{} Islands",
    "kabupaten": "{} Regency",
    "provinsi": "{} Province",
    "kecamatan": "{} Subdistrict",
    "kelurahan": "{} Urban Village",
    "desa": "{} Village",
    "kali": "{} River",  # Javanese for a river: Kali Ciliwung is the Ciliwung River
    "terminal": "{} Terminal",  # a bus terminal: Terminal Kalideres
    "stasiun": "{} Station",
    "pelabuhan": "{} Port",
}

ADMINISTRATIVE = frozenset(("kabupaten", "provinsi", "kecamatan", "kelurahan", "desa"))


def _classified(term: str, classifiers: dict[str, str]) -> tuple[str, str, str] | None:
    """(classifier word, its English, the name) of a term that is a classifier word of
    ``classifiers`` before one to three capitalised words (``Kecamatan Palmerah``,
    ``Piala UEFA``); None otherwise."""
    head, _, rest = term.partition(" ")
    english = classifiers.get(head.lower())
    words = rest.split()
    if english is None or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    return head, english, rest


def classified_place(entry: Entry, table: dict[str, tuple[str, list[str]]]) -> Suggestion | None:
    """``Kecamatan Palmerah`` -> "Palmerah Subdistrict", ``Provinsi Jawa Barat`` -> "West
    Java Province": a place word of PLACE_CLASSIFIERS before a name that English keeps as
    written, or an administrative one before a name it knows by another. Not when the rest
    has Indonesian words or numbers (``Pulau Seribu`` is the Thousand Islands)."""
    if entry.kind not in ("place", "name"):
        return None
    classified = _classified(entry.term, PLACE_CLASSIFIERS)
    if classified is None:
        return None
    head, pattern, rest = classified
    words = rest.split()
    if name_key(rest) in table:
        if head.lower() not in ADMINISTRATIVE:
            return None  # Teluk Meksiko is the Gulf of Mexico, not "Mexico Bay"
        name = table[name_key(rest)][0]
    elif indonesian_words(rest) or any(
        w.lower() in FUNCTION_WORDS or w.lower() in NUMBER_WORDS for w in words
    ):
        return None
    else:
        name = rest
    evidence = f"a place named by what it is: {head.lower()} {pattern.format('X')}"
    return Suggestion(pattern.format(name), "names", 0.7, evidence)


# An event, building or document named by what it is and then its name: English puts the
# name first (Piala UEFA: UEFA Cup, Liga Champions: Champions League, Stadion Wembley:
# Wembley Stadium, Protokol Kyoto: Kyoto Protocol).
NAME_CLASSIFIERS = {
    "piala": "Cup",
    "liga": "League",
    "kejuaraan": "Championship",
    "turnamen": "Tournament",
    "stadion": "Stadium",
    "bandara": "Airport",
    "masjid": "Mosque",
    "istana": "Palace",
    "museum": "Museum",
    "protokol": "Protocol",
    "deklarasi": "Declaration",
    "konferensi": "Conference",
}


def classified_name(entry: Entry, table: dict[str, tuple[str, list[str]]]) -> Suggestion | None:
    """``Piala UEFA`` -> "UEFA Cup", ``Piala Jerman`` -> "German Cup" (also "Germany Cup"): a
    word of NAME_CLASSIFIERS before a name English keeps as written, or a country or region
    it knows by another name with one adjective (not Inggris: British or English?). Not
    when the rest has Indonesian words (``Piala Raja`` is the King's Cup)."""
    if entry.kind not in NAME_KINDS or entry.kind == "person":
        return None
    classified = _classified(entry.term, NAME_CLASSIFIERS)
    if classified is None:
        return None
    head, kind, rest = classified
    words = rest.split()
    related: tuple[str, ...] = ()
    if name_key(rest) in table:
        english, others = table[name_key(rest)]
        if len(others) != 1:
            return None
        name, related = others[0], (f"{english} {kind}",)
    elif (
        indonesian_words(rest)
        or affixed_words(entry)
        or any(
            w.lower() in FUNCTION_WORDS or w.lower() in NUMBER_WORDS or only_indonesian(w)
            for w in words
        )
    ):
        return None
    else:
        name = rest
    evidence = f"named by what it is: {head.lower()} X is X {kind}"
    return Suggestion(f"{name} {kind}", "names", 0.7, evidence, related)
