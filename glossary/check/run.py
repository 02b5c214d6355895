"""The whole check: every selected finding for what ``glossary check`` was given."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sequence

from glossary import morphology, regex_cache
from glossary.check import plans_cache
from glossary.check.bilingual import DocumentCheck, setting
from glossary.check.english_terms import EnglishTerms, english_words
from glossary.check.finding import DEFAULT_KINDS, KINDS, NAME_KINDS, SOURCE_KINDS, Finding
from glossary.check.judged import NameWords
from glossary.check.readers import read_inputs
from glossary.check.segments import Input, Segment
from glossary.check.source import Occurrence, deprecated_findings, mixed_findings, unknown_findings
from glossary.check.usual import Usual
from glossary.match import Matcher
from glossary.store import load

BLANK_LINE = "blank-line"


def documents(segments: Sequence[Segment], split: str = "") -> Iterator[list[Segment]]:
    """The documents of one input. Without ``split`` the input is one document; with
    ``blank-line`` a blank source line, with any other value a source line that is exactly
    that marker (``###``), ends a document and starts the next."""
    current: list[Segment] = []
    for segment in segments:
        text = segment.source.text.strip()
        if split and (text == split or (split == BLANK_LINE and not text)):
            if current:
                yield current
            current = []
            continue
        current.append(segment)
    if current:
        yield current


def kinds_for(item: Input, kinds: Iterable[str] | None, source: bool) -> frozenset[str]:
    """The kinds to report for ``item``: the ones asked for, or by default every kind but
    ``unknown``, without the source-side kinds when a translation is checked (the editor of
    the English cannot act on them) unless ``source`` asks for them."""
    if kinds is not None:
        return frozenset(kinds)
    if item.bilingual and not source:
        return DEFAULT_KINDS - SOURCE_KINDS
    return DEFAULT_KINDS


def check_inputs(
    inputs: Sequence[Input],
    matcher: Matcher,
    kinds: Iterable[str] | None = None,
    known: Iterable[str] | None = None,
    *,
    strict: bool = False,
    source: bool = False,
    split: str = "",
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Every selected finding for ``inputs``, in input order, then line and column.

    ``kinds``: the kinds to report (default: see ``kinds_for``). ``strict``: check general
    terms too. ``split``: how an input divides into documents (see ``documents``).
    ``ignore``: kinds left out of those.
    ``known`` are the forms the glossary already has, for the unknown-term check
    (default: the forms of the matcher's entries).
    """
    chosen = None if kinds is None else frozenset(kinds)
    ignored = frozenset(ignore)
    findings: list[Finding] = []
    order: dict[str, tuple[int, int]] = {}
    for i, item in enumerate(inputs):
        order.setdefault(item.path, (i, 0))
        order.setdefault(item.target_path, (i, 1))
    unknown_documents = []
    english = EnglishTerms(e for e in matcher.entries if e.kind in NAME_KINDS)
    vocabulary = EnglishTerms(e for e in matcher.entries if e.kind not in NAME_KINDS)
    words = english_words(matcher.entries)
    plans_key = plans_cache.entries_key(matcher.entries)
    plans_loaded = plans_cache.load(plans_key)
    for item in inputs:
        selected = kinds_for(item, chosen, source) - ignored
        findings.extend(f for f in item.problems if f.kind in selected)
        occurrences: list[Occurrence] = []
        for document in documents(item.segments, split):
            matches = [matcher.find(segment.source.text) for segment in document]
            bilingual = DocumentCheck(
                strict=strict,
                english=english,
                words=words,
                vocabulary=vocabulary,
                setting=setting(matches),
                usual=Usual([s.target.text for s in document if s.target is not None]),
            )
            names = NameWords([segment.source.text for segment in document])
            for i, (segment, found_here) in enumerate(zip(document, matches, strict=True)):
                found = [Occurrence(segment.source, m) for m in found_here]
                occurrences.extend(found)
                if segment.target is not None:
                    in_names = functools.partial(names.of, i, found_here)
                    problems = bilingual.segment(found, segment.target, in_names)
                    findings.extend(f for f in problems if f.kind in selected)
            if "inconsistent" in selected:
                findings.extend(bilingual.inconsistent())
        if "deprecated" in selected:
            findings.extend(deprecated_findings(occurrences))
        if "mixed" in selected:
            findings.extend(mixed_findings(occurrences))
        if "unknown" in selected:
            unknown_documents.extend(item.documents)
    if unknown_documents:
        if known is None:
            known = [form for entry in matcher.entries for form in entry.forms]
        findings.extend(unknown_findings(unknown_documents, known))
    regex_cache.save()  # the English patterns compiled here serve the next check
    morphology.save_stems()
    plans_cache.save(plans_key, plans_loaded)
    kind_order = {k: i for i, k in enumerate(KINDS)}
    last = (len(inputs), 0)
    findings.sort(
        key=lambda f: (order.get(f.path, last), f.path, f.line, f.column, kind_order[f.kind])
    )
    return findings


def known_forms(
    glossary_path: str | os.PathLike[str] | None, kinds: Iterable[str] | None
) -> list[str] | None:
    """Every form of the glossary's entries, even untranslated or rejected ones, when the
    unknown-term check is asked for (None: the matcher's forms will do)."""
    if glossary_path is None or kinds is None or "unknown" not in set(kinds):
        return None
    return [form for entry in load(glossary_path).entries for form in entry.forms]


def check(
    sources: Sequence[str],
    translations: Sequence[str] = (),
    glossary_path: str | os.PathLike[str] | None = None,
    kinds: Iterable[str] | None = None,
    matcher: Matcher | None = None,
    *,
    strict: bool = False,
    source: bool = False,
    split: str = "",
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Check ``sources`` (and their translations) against the glossary at ``glossary_path``
    (or the terms of ``matcher``); the options are ``check_inputs``'s."""
    if matcher is None:
        if glossary_path is None:
            raise ValueError("check needs a glossary path or a matcher")
        matcher = Matcher.for_glossary(glossary_path)
    inputs = read_inputs(sources, translations)
    known = known_forms(glossary_path, kinds)
    return check_inputs(
        inputs, matcher, kinds, known, strict=strict, source=source, split=split, ignore=ignore
    )
