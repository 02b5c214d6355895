"""Merging mined candidates into a glossary, the way msgmerge would for a glossary.

``glossary mine ARTICLES --update terms/id-en.po`` runs it: ``Korut`` joins the entry
``Korea Utara`` whose variant it is, a new term comes in untranslated, and whatever a
person decided (English, review, rejection, removed variants) stays as it is.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field

from glossary.store import CONTROL, Entry, Glossary


@dataclass
class MergeReport:
    """What ``merge`` did, by Indonesian term."""

    added: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    via_form: dict[str, str] = field(default_factory=dict)  # candidate -> entry it joined
    rejected: list[str] = field(default_factory=list)  # matched an obsolete entry: left alone

    def __str__(self) -> str:
        return (
            f"{len(self.added)} new, {len(self.refreshed)} refreshed"
            f" ({len(self.via_form)} through a variant), {len(self.rejected)} rejected before"
        )


def merge(glossary: Glossary, mined: Iterable[Entry]) -> MergeReport:
    """Bring mined candidates into ``glossary`` (in place), the way msgmerge would for a glossary.

    A candidate joins the active entry with its msgid or with it as a variant or
    deprecated form (Korut joins Korea Utara); that entry gets fresh references,
    count, documents and score; unreviewed entries also the example, the candidate's
    variants and kind. What a person decided (English, review state, variants,
    alternatives, deprecated forms, example, expansion, comments, origin, case) is kept.
    A candidate matching an obsolete (rejected) entry leaves it obsolete. Anything else
    comes in as a new, untranslated entry. Entries not mined this time are left alone.
    """
    report = MergeReport()
    by_key = {entry.key: entry for entry in glossary.entries}
    owners: dict[str, Entry] = {}  # every form of an active entry -> that entry
    for entry in glossary.entries:
        if not entry.obsolete:
            for form in entry.forms:
                owners.setdefault(form, entry)
    groups: dict[tuple[str, str], list[Entry]] = {}
    new: set[tuple[str, str]] = set()
    mined = [_spaced(candidate) for candidate in mined]

    def target_of(candidate: Entry) -> Entry | None:
        target = by_key.get(candidate.key)
        if target is None or target.obsolete:
            target = owners.get(candidate.term, target)
        return target

    # New entries first, so that every candidate, earlier ones too, can join them.
    for candidate in mined:
        if target_of(candidate) is None:
            target = copy.deepcopy(candidate)
            target.english, target.fuzzy, target.obsolete = "", False, False
            target.variants = [v for v in target.variants if v not in owners]
            target.deprecated = [d for d in target.deprecated if d not in owners]
            glossary.entries.append(target)
            by_key[target.key] = target
            for form in target.forms:
                owners.setdefault(form, target)
            report.added.append(target.term)
            new.add(target.key)
    for candidate in mined:
        joined = target_of(candidate)
        assert joined is not None  # every candidate without one got a new entry above
        if joined.obsolete:
            report.rejected.append(candidate.term)
            continue
        if candidate.term != joined.term:
            report.via_form[candidate.term] = joined.term
        groups.setdefault(joined.key, []).append(candidate)
    for key, candidates in groups.items():
        entry = by_key[key]
        _refresh(entry, candidates, owners)
        if key not in new:
            report.refreshed.append(entry.term)
    return report


def _spaced(candidate: Entry) -> Entry:
    """A mined candidate with line separators and controls as spaces: an article's U+2028
    inside an example sentence is layout, not something to refuse the whole run for."""
    spaced = copy.deepcopy(candidate)
    for name, value in vars(spaced).items():
        if isinstance(value, str):
            setattr(spaced, name, CONTROL.sub(" ", value))
        elif isinstance(value, list):
            setattr(spaced, name, [CONTROL.sub(" ", v) if isinstance(v, str) else v for v in value])
    return spaced


def _refresh(entry: Entry, candidates: list[Entry], owners: dict[str, Entry]) -> None:
    """Mining statistics from the candidates that joined ``entry``; curated fields untouched."""
    own = (
        [c for c in candidates if c.key == entry.key]
        or [c for c in candidates if c.term == entry.term]
        or candidates
    )
    entry.count = sum(c.count for c in candidates)
    entry.documents = max(c.documents for c in candidates)  # forms may share documents
    entry.score = max(c.score for c in candidates)
    entry.references = list(dict.fromkeys(r for c in candidates for r in c.references))
    if entry.reviewed:  # a person chose its forms and example: re-mining never undoes that
        return
    example = next((c for c in own if c.example), None)
    if example:
        entry.example, entry.example_source = example.example, example.example_source
    for candidate in candidates:
        for form in (candidate.term, *candidate.variants):
            if form not in entry.forms and owners.get(form, entry) is entry:
                entry.variants.append(form)
                owners[form] = entry
    # The miner's classification may have improved since the last run.
    entry.kind = own[0].kind or entry.kind
    entry.pos = entry.pos or own[0].pos
    entry.expansion = entry.expansion or own[0].expansion
