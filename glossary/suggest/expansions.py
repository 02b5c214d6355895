"""English for a short form from the English of what it stands for.

An acronym whose expansion the text states (``UMP``, Upah Minimum Provinsi) and a term with
a syllabic short form (``Pemprov DKI``, Pemerintah Provinsi DKI) are often rarer in
parallel text than their expansion, and their letters say nothing of their English. The
expansion is suggested for like any term; the renderings of it that aligned lines use
are proposed for the short form too, an acronym kept beside them as a related form
(``provincial minimum wage``, also ``UMP``). An acronym whose expansion no aligned line
renders stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from glossary.lexicon import ACRONYMS, display_case
from glossary.store import Entry
from glossary.suggest.contexts import line_of
from glossary.suggest.core import Suggestion, looks_like_acronym, short_forms_written_out
from glossary.suggest.exonyms import exonyms

# A rendering of the expansion is proposed for the short form when this many of the
# expansion's aligned lines use it, or, when no aligned line has the expansion, when the
# dictionary lists the whole expansion (this confident: no word-by-word composition).
MIN_USED = 2
WHOLE_LOOKUP = 0.4
# English's own acronym of a rendering is kept with it when English writes it this often.
ACRONYM_ZIPF = 3.0


def is_acronym(entry: Entry) -> bool:
    """Whether the entry is an acronym (``UMP``, ``LPS``), by its kind or its letters."""
    return entry.kind == "acronym" or (
        entry.kind in ("term", "name") and looks_like_acronym(entry.term)
    )


def expanded(entry: Entry) -> Entry | None:
    """A stand-in entry for what the entry's short form stands for: an acronym's stated or
    known expansion, or the term with its syllabic short forms written out (``Pemprov
    DKI`` -> Pemerintah Provinsi DKI), a name when capitalised; None when it has neither,
    or when the names backend knows the English name (``AS``, Amerika Serikat)."""
    if is_acronym(entry):
        expansion = entry.expansion or (
            display_case(entry.term, ACRONYMS[entry.term.lower()])
            if entry.term.lower() in ACRONYMS
            else ""
        )
    else:
        expansion = short_forms_written_out(entry.term) or ""
    if not expansion or expansion.casefold() == entry.term.casefold():
        return None
    known = exonyms()
    if any(" ".join(f.lower().split()) in known for f in (entry.term, expansion)):
        return None  # AS, PBB: the names backend knows their English names
    kind = "organisation" if all(w[:1].isupper() for w in expansion.split()) else "term"
    return Entry(expansion, kind=kind, case="insensitive")


def from_expansion(
    entry: Entry, stand_in: Entry, suggestions: Sequence[Suggestion]
) -> list[Suggestion]:
    """The expansion's suggestions that its aligned lines use, proposed for the entry: an
    acronym's own letters become a related form, so that accepting keeps them."""
    related = (entry.term,) if is_acronym(entry) else ()
    proposed = []
    for suggestion in suggestions:
        looked_up = (
            suggestion.used_lines is None
            and suggestion.source == "dictionary"
            and suggestion.confidence >= WHOLE_LOOKUP
        )
        if not looked_up and (suggestion.used_lines or 0) < MIN_USED:
            continue
        evidence = f"rendering of its expansion {stand_in.term}: {suggestion.evidence}"
        initials = english_acronym(suggestion.english) if related else None
        forms = tuple(
            dict.fromkeys([*suggestion.related, *related, *([initials] if initials else [])])
        )
        proposed.append(replace(suggestion, evidence=evidence, related=forms))
    return proposed


def english_acronym(english: str) -> str | None:
    """English's own acronym of a rendering of three words or more, when English writes it
    (``gross domestic product``: GDP, for PDB); None otherwise."""
    from wordfreq import zipf_frequency

    words = [w for w in english.replace("-", " ").split() if w.lower() not in {"of", "and", "the"}]
    initials = "".join(w[0] for w in words).upper()
    if len(words) < 3 or not initials.isalpha():
        return None
    return initials if zipf_frequency(initials.lower(), "en") >= ACRONYM_ZIPF else None


# A phrase is the long form of an acronym it spells when the text writes it right beside
# the acronym in this many lines (``Lembaga Keuangan Mikro (LKM)``, ``surat utang negara
# SUN`` once brackets are lost): a phrase that only shares the initials stands elsewhere in
# the acronym's lines (``proses tender offer`` beside PT, perseroan terbatas).
MIN_BESIDE = 2


def stated_long_forms(acronyms: Sequence[Entry], candidates: Sequence[Entry]) -> dict[int, str]:
    """The long form the text gives each acronym without an expansion, by its index in
    ``acronyms``: the one candidate phrase whose words' initials spell the acronym and that
    the text's lines (the entries' references, read from the mined file) write right
    before or after it MIN_BESIDE times or more. An acronym with two such phrases gets
    none."""
    from glossary.mine.counting import initials

    spelling: dict[str, list[Entry]] = {}
    for candidate in candidates:
        if " " in candidate.term.strip() and candidate.references:
            spelling.setdefault(initials(candidate.term.lower()), []).append(candidate)
    found = {}
    for i, entry in enumerate(acronyms):
        if not is_acronym(entry) or entry.expansion or entry.term.lower() in ACRONYMS:
            continue
        lines = set(entry.references)
        beside = [
            c.term
            for c in spelling.get(entry.term.replace("-", "").upper(), ())
            if _written_beside(entry.term, c.term, lines.intersection(c.references))
        ]
        # One phrase, in whatever case (Surat Utang Negara, surat utang negara): in lower
        # case if the text writes it so, as common words.
        if len({t.casefold() for t in beside}) == 1:
            found[i] = min(beside, key=lambda t: (not t.islower(), t))
    return found


def _written_beside(acronym: str, phrase: str, references: set[str]) -> bool:
    """Whether MIN_BESIDE of these lines write ``phrase`` (in any case) right before or
    after ``acronym``, a bracket or a comma between them at most."""
    if len(references) < MIN_BESIDE:
        return False
    long_form = r"\s+".join(map(re.escape, phrase.split()))
    short = rf"(?-i:{re.escape(acronym)})"
    pattern = re.compile(
        rf"(?i)(?<![\w-]){long_form}\W{{0,3}}{short}(?![\w-])"
        rf"|(?<![\w-]){short}\W{{0,3}}{long_form}(?![\w-])"
    )
    return sum(bool(pattern.search(line_of(r))) for r in references) >= MIN_BESIDE
