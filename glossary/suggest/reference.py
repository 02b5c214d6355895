"""Suggestions from a reviewed glossary (the shipped one unless told): the English
annotate would give the term in its own example sentence.

A glossary started empty (``glossary init``) and mined from new articles holds names,
offices and bodies that a reviewed glossary already renders, or composes from its parts
as annotate does: ``Dinas Kesehatan Kabupaten Bogor`` is "Bogor Regency Health Agency",
``Menteri Pertanian Thailand`` "Thai Agriculture Minister". The sentence the miner kept
chooses the sense (``luar negeri`` is "foreign" in ``kebijakan luar negeri``). Only a
gloss of the whole term counts: a gloss of part of it (``Pusat Data`` inside ``Kepala
Pusat Data dan Informasi``) is no suggestion for the whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from glossary.store import Entry
from glossary.suggest.core import Settings, Suggestion, _progress

# A person reviewed the reference's English; composing it from reviewed parts is one
# step further from that review.
REVIEWED_CONFIDENCE = 0.95
COMPOSED_CONFIDENCE = 0.85
MAX_RELATED = 6


def reference(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """For each entry, the reference glossary's English for the whole term, read in the
    entry's example sentence (or in the term alone when the example does not hold it)."""
    from glossary import store, titled
    from glossary.gloss import Judge
    from glossary.match import Matcher
    from glossary.text import InputError

    path = settings.reference or store.shipped_path()
    try:
        matcher = Matcher.for_glossary(path)  # a glossary that is no PO: InputError, exit 2
    except OSError as err:
        raise InputError(f"{path}: cannot read the reference glossary ({err})") from err
    reviewed = {id(e) for e in matcher.entries}
    results = []
    for n, entry in enumerate(entries, 1):
        _progress(settings, "reference", n, len(entries))
        found: list[Suggestion] = []
        for text, start in _places(entry):
            end = start + len(entry.term)
            readings = titled.compose(text, Judge(text).batches(matcher.find(text)))
            whole = [
                r
                for r in readings
                if r.match.start == start and r.match.end == end and not r.partial
            ]
            if whole:
                source = whole[0].match.entry
                found = [_suggestion(source, whole[0].english, path, id(source) in reviewed)]
                break
        results.append(found)
    return results


def _places(entry: Entry) -> list[tuple[str, int]]:
    """Where to read the term: in its example sentence (its sense, its neighbours), then
    alone."""
    places = []
    if entry.example:
        at = re.search(rf"(?<!\w){re.escape(entry.term)}(?!\w)", entry.example)
        if at:
            places.append((entry.example, at.start()))
    places.append((entry.term, 0))
    return places


def _suggestion(source: Entry, english: str, path: object, reviewed: bool) -> Suggestion:
    """The reference's English (of an entry ``reviewed`` there, or composed of such
    entries), its other renderings as related forms (accepting it keeps them: check then
    takes "Health Office" as well as "Health Agency")."""
    related = [a for a in (source.english, *source.alternatives) if a != english]
    return Suggestion(
        english,
        "reference",
        REVIEWED_CONFIDENCE if reviewed else COMPOSED_CONFIDENCE,
        f"{'reviewed in' if reviewed else 'composed from'} {path}",
        tuple(dict.fromkeys(related))[:MAX_RELATED],
    )
