"""Acronyms and short forms by their expansion: which English keeps (``KPK``, ``NPL``) and
which it translates (``APBN``: state budget; ``Pemprov``: provincial government)."""

from __future__ import annotations

from collections.abc import Sequence

from glossary.lexicon import ACRONYMS, ORGANISATION_WORDS, PLACES, SHORT_FORMS, display_case
from glossary.store import Entry
from glossary.suggest.core import _SPLIT_RE, looks_like_acronym
from glossary.suggest.name_words import indonesian_words, written_in_english


def agency_short_forms(term: str) -> bool:
    """Whether the short forms of a term are agencies' (``badan``: Bappenas, Perum Bulog),
    which English news knows by their short forms, where a ministry's, department's or
    government's (Kemenkeu, Depkeu, Pemprov) is translated."""
    long_forms = [SHORT_FORMS.get(w) for w in term.lower().split()]
    return all(long.startswith("badan ") for long in long_forms if long)


def translated_acronym_in(name: str, translated: Sequence[str]) -> bool:
    """Whether a name of several words holds an acronym of Indonesian common words, which
    English translates, so that the name kept as written would read as Indonesian (``Bank
    DKI``: "DKI Bank" or "Jakarta's bank"; ``Pemprov DKI``: the Jakarta Provincial
    Government, DKI being Daerah Khusus Ibukota)."""
    words = name.split()
    return len(words) > 1 and any(
        w in translated
        or (
            looks_like_acronym(w)
            and w.lower() in ACRONYMS
            and translated_expansion(display_case(w, ACRONYMS[w.lower()]))
        )
        for w in words
    )


# An acronym of Indonesian common words is kept as written by few translators (APBN is "state
# budget"): below the confidence a suggestion fills an entry at, unless the parallel text's
# English writes it.
TRANSLATED_ACRONYM = 0.05


def acronym_expansion(entry: Entry) -> str | None:
    """An acronym's stated or known expansion ("" when neither); None for no acronym."""
    if not (
        entry.kind == "acronym"
        or (entry.kind in ("term", "name") and looks_like_acronym(entry.term))
    ):
        return None
    if entry.expansion or entry.term.lower() not in ACRONYMS:
        return entry.expansion
    return display_case(entry.term, ACRONYMS[entry.term.lower()])


def extends_acronym(entry: Entry, acronyms: Sequence[str]) -> bool:
    """Whether an acronym is another one with a letter or more before or after it (the
    text's ``RAPBN`` and ``APBNP`` are APBN's draft and revision)."""
    letters = entry.term.replace("-", "")
    return any(
        len(other) >= MIN_KIN_LETTERS
        and len(letters) > len(other)
        and (letters.startswith(other) or letters.endswith(other))
        for other in acronyms
    )


MIN_KIN_LETTERS = 3


def translated_expansion(expansion: str) -> bool:
    """Whether an acronym's expansion is Indonesian common words and names nothing, so
    English translates the acronym (``Anggaran Pendapatan dan Belanja Negara``: APBN is
    "state budget"), where it keeps an institution's (``Komisi Pemberantasan Korupsi``:
    KPK), a name's (``Bursa Efek Jakarta``: BEJ) and an English expansion's (``Non
    Performing Loan``: NPL)."""
    words = _SPLIT_RE.split(expansion.lower())
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return indonesian_words(expansion) and (
        expansion.islower()  # the text writes it as common words: lembaga keuangan mikro
        or (words[0] not in ORGANISATION_WORDS and not any(w in PLACES for w in words + pairs))
    )


def english_expansion(expansion: str) -> bool:
    """Whether an acronym's expansion is English words (``Non Performing Loan``, NPL), so
    that English writes it as it stands too."""
    return len(_SPLIT_RE.split(expansion.strip())) > 1 and written_in_english(expansion)
