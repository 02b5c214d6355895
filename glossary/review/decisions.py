"""The decisions a curator makes on an entry, as functions on the glossary in memory.

``set``/``approve``/``reject``/``add``/``edit`` (for scripts) and the interactive
``review`` make the same decisions through these; the caller saves through
``store.edit`` (locked, atomic).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from glossary.store import Entry, Glossary, require
from glossary.suggest import accept_suggestion, parse_label
from glossary.text import InputError, printable

Key = tuple[str, str]
MANUAL = "manual"

# Characters no field may hold: C0 controls but newline and tab, DEL, C1 controls, the
# Unicode line and paragraph separators (PO readers take them for line breaks), and lone
# surrogates (an argument in bytes that were not UTF-8).
_REFUSED_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def plain(text: str, what: str) -> str:
    """``text`` if it holds no control character, else an InputError naming the first:
    ``U.S.A\\x1b[DX`` is what a terminal sends for Left, not what the user meant."""
    found = _REFUSED_RE.search(text)
    if found is None:
        return text
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        raise InputError(f"{what} '{printable(text)}' is not valid UTF-8")
    raise InputError(
        f"{what} '{printable(text)}' holds the control character U+{ord(char):04X};"
        " a glossary field is plain text"
    )


def clean(text: str, what: str) -> str:
    """One-line text from the command line: whitespace runs become one space."""
    cleaned = " ".join(plain(text, what).split())
    if not cleaned:
        raise InputError(f"{what} is empty")
    return cleaned


def status(entry: Entry) -> str:
    if entry.obsolete:
        return "rejected"
    if not entry.english:
        return "untranslated"
    return "fuzzy" if entry.fuzzy else "reviewed"


def pending(glossary: Glossary) -> list[Entry]:
    """Entries still to review, best candidates first (score, then count)."""
    todo = [e for e in glossary.active() if not e.reviewed]
    return sorted(todo, key=lambda e: (-e.score, -e.count, e.term.casefold(), e.context))


def by_key(glossary: Glossary, key: Key) -> Entry:
    """The entry with this (msgctxt, msgid), which another command may have removed."""
    found = next((e for e in glossary.entries if e.key == key), None)
    if found is None:
        raise InputError(f"{key[1]!r} is no longer in the glossary (changed meanwhile?)")
    return found


def entry_to_change(
    glossary: Glossary, term: str, path: str | os.PathLike[str], context: str | None = None
) -> Entry:
    """The one entry whose msgid is ``term``: a variant names another entry, not this one."""
    found = require(glossary, term, path, context)
    named = [e for e in found if e.term.casefold() == term.casefold()]
    if not named:
        raise InputError(
            f"{os.fspath(path)}: {term!r} is a variant of {found[0].term!r};"
            " name the entry by its msgid"
        )
    if len(named) > 1:
        senses = ", ".join(repr(e.context) for e in named)
        raise InputError(
            f"{os.fspath(path)}: {term!r} has {len(named)} senses (msgctxt {senses});"
            " choose one with --context"
        )
    return named[0]


# -- decisions on one entry -------------------------------------------------------


def set_english(entry: Entry, english: str, origin: str = MANUAL) -> None:
    """Give the entry its English and mark it reviewed (a rejected entry comes back)."""
    entry.english, entry.origin = english, origin
    entry.fuzzy = entry.obsolete = False


def shown_suggestion(entry: Entry) -> int | None:
    """The index of the suggestion the entry's English came from (``suggest`` filled it
    from one), or None: ``Israel`` in ``Israel (names, 0.95; also: Israeli)``."""
    labels = enumerate(entry.suggestions)
    return next((i for i, label in labels if parse_label(label).english == entry.english), None)


def related_to_keep(entry: Entry, index: int) -> list[str]:
    """The related forms that taking suggestion ``index`` adds as alternatives (Israeli,
    Israelis beside Israel): those the entry does not have yet."""
    chosen = parse_label(entry.suggestions[index])
    known = {chosen.english.lower(), *(a.lower() for a in entry.alternatives)}
    return [form for form in chosen.related if form.lower() not in known]


def confidence(entry: Entry) -> float | None:
    """How sure the backend was of the English shown, or None (typed, imported)."""
    index = shown_suggestion(entry)
    return None if index is None else parse_label(entry.suggestions[index]).confidence


def approve(entry: Entry, path: str | os.PathLike[str]) -> None:
    """Mark the entry's current English as reviewed; the related forms of the suggestion
    it came from become alternatives, as when that suggestion is picked (not again on an
    entry already reviewed: the curator may have removed one)."""
    if not entry.english:
        hint = f" (suggestions: {'; '.join(entry.suggestions)})" if entry.suggestions else ""
        raise InputError(
            f"{os.fspath(path)}: {entry.term!r} has no English to approve;"
            f" use glossary set {entry.term!r} ENGLISH{hint}"
        )
    index = shown_suggestion(entry)
    if index is not None and not entry.reviewed:  # a reviewed entry's forms were chosen
        origin = entry.origin  # an imported English keeps saying so
        accept_suggestion(entry, index)
        entry.origin = origin or entry.origin
    entry.fuzzy = entry.obsolete = False


def accept(entry: Entry, path: str | os.PathLike[str]) -> None:
    """Approve the English, or take the first suggestion when there is none."""
    if not entry.english and entry.suggestions:
        pick(entry, 1)
    else:
        approve(entry, path)


def pick(entry: Entry, number: int) -> None:
    """Take suggestion ``number`` (1-based) as the reviewed English, its related forms as
    alternatives."""
    if not 1 <= number <= len(entry.suggestions):
        have = f"it has {len(entry.suggestions)}" if entry.suggestions else "it has none"
        raise InputError(f"no suggestion {number} for {entry.term!r} ({have})")
    accept_suggestion(entry, number - 1)


def approvable(
    glossary: Glossary,
    origins: Iterable[str] = (),
    min_confidence: float | None = None,
    kinds: Iterable[str] = (),
) -> list[Entry]:
    """Entries still to review that have English and pass every filter, best first.

    ``origins`` match the origin or its family (``online`` takes ``online:google``);
    ``min_confidence`` keeps entries whose English came from a suggestion at least that
    sure (an English without a confidence is left for a person to read).
    """
    wanted_origins, wanted_kinds = tuple(origins), set(kinds)

    def passes(entry: Entry) -> bool:
        family = entry.origin.partition(":")[0]
        if wanted_origins and not {entry.origin, family} & set(wanted_origins):
            return False
        if wanted_kinds and entry.kind not in wanted_kinds:
            return False
        if min_confidence is None:
            return True
        sure = confidence(entry)
        return sure is not None and sure >= min_confidence

    return [e for e in pending(glossary) if e.english and passes(e)]


def reject(entry: Entry) -> None:
    """Mark the entry rejected (``# rejected: yes``): it stays, and mining again will not
    bring it back."""
    entry.obsolete = True


def deprecate(glossary: Glossary, entry: Entry, preferred: Entry) -> None:
    """``entry`` is a spelling the house style rejects: it becomes a deprecated form of
    ``preferred`` and leaves the glossary (its forms go with it)."""
    if preferred is entry:
        raise InputError(f"{entry.term!r} cannot be a deprecated variant of itself")
    for form in entry.forms:
        if form not in preferred.forms:
            preferred.deprecated.append(form)
    glossary.entries.remove(entry)


def new_entry(
    term: str,
    english: str,
    *,
    context: str = "",
    kind: str = "term",
    variants: Iterable[str] = (),
    deprecated: Iterable[str] = (),
    alternatives: Iterable[str] = (),
    expansion: str = "",
    note: str = "",
) -> Entry:
    """A reviewed entry a person typed (``glossary add``), its fields cleaned as ``clean``
    does: ``new_entry("Korea Utara", "North Korea", kind="place", variants=["Korut"])``."""
    return Entry(
        term=clean(term, "TERM"),
        english=clean(english, "ENGLISH"),
        context=plain(context, "--context"),
        kind=kind,
        variants=[clean(v, "--variant") for v in variants],
        deprecated=[clean(d, "--deprecated") for d in deprecated],
        alternatives=[clean(a, "--alternative") for a in alternatives],
        expansion=" ".join(plain(expansion, "--expansion").split()),
        note=plain(note, "--note").strip(),
        origin=MANUAL,
    )


def add(glossary: Glossary, entry: Entry, path: str | os.PathLike[str]) -> bool:
    """Add a reviewed entry; True when it replaces a rejected one with the same msgid.

    A form may belong to one entry per msgctxt: ``PBB`` the UN and ``PBB`` with context
    ``pajak`` (the land and building tax) are two entries."""
    where = os.fspath(path)
    for other in glossary.entries:
        if other.key == entry.key and not other.obsolete:
            raise InputError(f"{where}: {entry.term!r} is already an entry; use glossary set")
    for form in entry.forms:
        for other in glossary.active():
            # a homograph is another msgctxt: PBB the UN, PBB (pajak) the land and building tax
            if form in other.forms and other.context == entry.context:
                raise InputError(
                    f"{where}: {form!r} already belongs to {other.term!r}"
                    " (a homograph with another sense needs --context)"
                )
    revived = [e for e in glossary.entries if e.key == entry.key]
    for old in revived:
        glossary.entries.remove(old)
    glossary.entries.append(entry)
    return bool(revived)


FORM_FIELDS = ("variants", "deprecated")
LIST_FIELDS = (*FORM_FIELDS, "alternatives")


def amend(
    glossary: Glossary,
    entry: Entry,
    path: str | os.PathLike[str],
    *,
    rename: str = "",
    fields: dict[str, str | bool] | None = None,
    added: dict[str, list[str]] | None = None,
    removed: dict[str, list[str]] | None = None,
) -> None:
    """Change what a curator knows about an entry without touching its review state.

    ``rename`` makes another form the msgid and keeps the old one as a variant;
    ``fields`` sets plain fields (kind, note, expansion, case, required); ``added``/``removed``
    change the lists in LIST_FIELDS. An Indonesian form belongs to one entry only.
    """
    where = os.fspath(path)
    plain(rename, "--rename")
    for name, value in (fields or {}).items():
        if isinstance(value, str):  # flags such as required are booleans
            plain(value, f"--{name}")
    for name, values in (added or {}).items():
        for value in values:
            plain(value, f"--{name[:-1]}")
    others = [e for e in glossary.active() if e is not entry]
    if rename and rename != entry.term:
        if any(e.key == (entry.context, rename) for e in glossary.entries if e is not entry):
            raise InputError(f"{where}: {rename!r} is already an entry")
        owner = next((e for e in others if rename in e.forms), None)
        if owner is not None:
            raise InputError(f"{where}: {rename!r} already belongs to {owner.term!r}")
        old = entry.term
        entry.first_term = entry.first_term or old  # Anki notes keep their GUID
        entry.term = rename
        for name in FORM_FIELDS:
            setattr(entry, name, [f for f in getattr(entry, name) if f != rename])
        entry.variants.append(old)
    for name, value in (fields or {}).items():
        setattr(entry, name, value)
    for name, values in (removed or {}).items():
        current = getattr(entry, name)
        for value in values:
            if value not in current:
                raise InputError(f"{where}: {entry.term!r} has no {name[:-1]} {value!r}")
            current.remove(value)
    for name, values in (added or {}).items():
        current = getattr(entry, name)
        for value in values:
            owner = next((e for e in others if value in e.forms), None)
            if name in FORM_FIELDS and owner is not None:
                raise InputError(f"{where}: {value!r} already belongs to {owner.term!r}")
            if name in FORM_FIELDS:  # a form is accepted or deprecated, never both
                for other_name in FORM_FIELDS:
                    other = getattr(entry, other_name)
                    if value in other:
                        other.remove(value)
            if value not in current and value != entry.term:
                current.append(value)
