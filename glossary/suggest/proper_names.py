"""The names backend: known exonyms back to English, acronyms with their expansion, names kept."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import cache
from importlib import resources

from glossary.lexicon import ACRONYMS, FUNCTION_WORDS, display_case
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
        return [Suggestion(entry.term, "names", 0.9, "a person's name keeps its form")]
    if entry.kind in NAME_KINDS and not _indonesian_words(entry.term):
        evidence = "a name without Indonesian words keeps its form"
        return [Suggestion(entry.term, "names", 0.6, evidence)]
    return []
