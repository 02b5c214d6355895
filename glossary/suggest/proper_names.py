"""The names backend: known exonyms back to English, acronyms with their expansion, names kept."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import cache
from importlib import resources

from glossary.lexicon import ACRONYMS, FUNCTION_WORDS, NUMBER_WORDS, display_case
from glossary.store import Entry
from glossary.suggest.core import _SPLIT_RE, Settings, Suggestion, _progress, looks_like_acronym

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
            table[_name_key(row[0])] = (row[1], others)
    return table


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


def _indonesian_words(name: str) -> bool:
    """Whether a name has Indonesian common words (Kantor Berita Pusat Korea, Natal), so it
    is translated rather than kept (Human Rights Watch, Samsung, Jakarta, Jokowi).

    A word is Indonesian when it is one of Sastrawi's root words and rare in English
    (``bank`` and ``human`` are both); word frequency alone would take the names that
    Indonesian text mentions often (Jokowi, Monas) for common words.
    """
    from wordfreq import zipf_frequency

    from glossary.morphology import root_words

    return any(
        w in root_words() and zipf_frequency(w, "en") < 4.0
        for w in _SPLIT_RE.split(name.lower())
        if len(w) > 2 and w not in FUNCTION_WORDS
    )


def _name_parts(name: str) -> tuple[str, ...]:
    """The first and last word of a person's name, which news English uses alone after the
    first mention ("Basuki T Purnama" is then "Basuki"; "Dien Emmawati" "Emmawati"); not a
    word that is also a common English or Indonesian word (David, Mark, Terminal)."""
    from wordfreq import zipf_frequency

    words = name.split()
    if len(words) < 2:
        return ()
    return tuple(
        dict.fromkeys(
            w
            for w in (words[0], words[-1])
            if len(w) > 2
            and w[:1].isupper()
            and w[1:].islower()
            and zipf_frequency(w, "en") < 5.0
            and not _indonesian_words(w)
        )
    )


def names(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions for names: known exonyms, acronyms with their expansion, names as written."""
    results = []
    for n, entry in enumerate(entries, 1):
        _progress(settings, "names", n, len(entries))
        results.append(_names_one(entry))
    return results


def _names_one(entry: Entry) -> list[Suggestion]:
    table = exonyms()
    acronym = entry.kind == "acronym" or (
        entry.kind in ("term", "name") and looks_like_acronym(entry.term)
    )
    expansion = entry.expansion or (
        display_case(entry.term, ACRONYMS[entry.term.lower()])
        if acronym and entry.term.lower() in ACRONYMS
        else ""
    )
    expanded = f"; expansion: {expansion}" if expansion else ""
    for form in entry.forms:
        if _name_key(form) in table:
            english, others = table[_name_key(form)]
            evidence = f"known English name of {form}{expanded}"
            return [Suggestion(english, "names", 0.95, evidence, tuple(others))] + [
                Suggestion(other, "names", 0.8, evidence) for other in others
            ]
    classified = _classified_place(entry, table)
    if classified is not None:
        return [classified]
    if acronym:
        # An acronym kept as written is how translators render it about a third of the
        # time (DKI, PU are expanded): any better-supported rendering should win.
        kept = Suggestion(entry.term, "names", 0.35, f"acronym kept as written{expanded}")
        if _name_key(expansion) not in table:
            return [kept]
        english, others = table[_name_key(expansion)]
        evidence = f"English name of its expansion {expansion}"
        related = tuple(o for o in others if o != entry.term)
        return [Suggestion(english, "names", 0.85, evidence, related), kept] + [
            Suggestion(other, "names", 0.7, evidence) for other in others if other != entry.term
        ]
    if entry.kind == "person":
        evidence = "a person's name keeps its form"
        return [Suggestion(entry.term, "names", 0.9, evidence, _name_parts(entry.term))]
    if entry.kind in NAME_KINDS and not _indonesian_words(entry.term):
        evidence = "a name without Indonesian words keeps its form"
        return [Suggestion(entry.term, "names", 0.6, evidence)]
    if _written_in_english(entry.term):
        return [Suggestion(entry.term, "names", 0.6, "a term written in English keeps its form")]
    return []


# A place named by what it is and then its name: English puts the name first for most
# (Sungai Citarum: Citarum River, Kabupaten Sragen: Sragen Regency) and last for lakes and
# mountains (Danau Toba: Lake Toba, Gunung Merapi: Mount Merapi).
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
}

ADMINISTRATIVE = frozenset(("kabupaten", "provinsi", "kecamatan", "kelurahan", "desa"))


def _classified_place(entry: Entry, table: dict[str, tuple[str, list[str]]]) -> Suggestion | None:
    """``Kecamatan Palmerah`` -> "Palmerah Subdistrict", ``Provinsi Jawa Barat`` -> "West
    Java Province": a place word of PLACE_CLASSIFIERS before a name that English keeps as
    written, or an administrative one before a name it knows by another. Not when the rest
    has Indonesian words or numbers (``Pulau Seribu`` is the Thousand Islands)."""
    if entry.kind not in ("place", "name"):
        return None
    head, _, rest = entry.term.partition(" ")
    pattern = PLACE_CLASSIFIERS.get(head.lower())
    words = rest.split()
    if pattern is None or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    if _name_key(rest) in table:
        if head.lower() not in ADMINISTRATIVE:
            return None  # Teluk Meksiko is the Gulf of Mexico, not "Mexico Bay"
        name = table[_name_key(rest)][0]
    elif _indonesian_words(rest) or any(
        w.lower() in FUNCTION_WORDS or w.lower() in NUMBER_WORDS for w in words
    ):
        return None
    else:
        name = rest
    evidence = f"a place named by what it is: {head.lower()} {pattern.format('X')}"
    return Suggestion(pattern.format(name), "names", 0.7, evidence)


def _written_in_english(term: str) -> bool:
    """Whether a term is English as it stands (``management fee``, ``buy back`` in economic
    news, ``striker``, ``grand slam`` in sports news): every word common in English, about as
    common there as in Indonesian or more, and none that Indonesian derives with its own
    affixes (``air`` is water: perairan; ``main`` is play: pemain)."""
    from wordfreq import zipf_frequency

    from glossary.suggest.bitext import ENGLISH_STOPWORDS

    words = _SPLIT_RE.split(term.lower().strip())
    if not words or words[0] in ENGLISH_STOPWORDS or words[-1] in ENGLISH_STOPWORDS:
        return False
    return all(
        w.isalpha()
        and len(w) > 1
        and zipf_frequency(w, "en") >= 3.0
        and zipf_frequency(w, "en") >= zipf_frequency(w, "id") - 0.5
        and not _derived_in_indonesian(w)
        for w in words
    )


# Indonesian affixes that derive words from a root: a word they are often added to is
# an Indonesian word, whatever English writes the same (air: perairan, main: bermain).
_PREFIXES = ("ber", "me", "mem", "men", "meng", "meny", "di", "ter", "pe", "pem", "pen", "peng")
_CIRCUMFIXES = (
    ("di", "kan"),
    ("per", "an"),
    ("ke", "an"),
    ("pe", "an"),
    ("pem", "an"),
    ("pen", "an"),
    ("peng", "an"),
    ("", "kan"),
)
DERIVED_ZIPF = 3.0


def _derived_in_indonesian(word: str) -> bool:
    from wordfreq import zipf_frequency

    forms = [p + word for p in _PREFIXES] + [p + word + s for p, s in _CIRCUMFIXES]
    return any(zipf_frequency(form, "id") >= DERIVED_ZIPF for form in forms)
