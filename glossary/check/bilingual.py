"""Bilingual findings: a term's accepted English missing from its translation, rendered in
two spellings, or left in Indonesian.

Names, acronyms, titles and entries marked required are checked strictly (a missing
rendering is an ``error``); general vocabulary, whose rendering depends on context, only
with ``strict`` (a ``warning``). Every document is checked on its own: what a document
rendered earlier lets a later mention be short (``Widodo``, ``the North``, ``it``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from glossary.check.finding import Finding, _majority, _tally, is_key_term
from glossary.check.patterns import (
    find_copy,
    find_rendering,
    form_pattern,
    name_part,
)
from glossary.check.segments import Piece
from glossary.check.source import Occurrence
from glossary.store import Entry

_NAME_BEFORE = re.compile(r"(?<!\w)[A-Z][\w.'\u2019-]*\s+$")
_NAME_NEXT = re.compile(r"^\s+[A-Z]")


def in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one capitalised word of a longer name: ``Barat`` in
    ``Jakarta Barat`` or ``Jl Medan Merdeka Barat``, ``Pasar`` in ``Pasar Minggu``."""
    return text[start:end][:1].isupper() and bool(
        _NAME_BEFORE.search(text[:start]) or _NAME_NEXT.match(text[end:])
    )


def _kept_name(occ: Occurrence, target: str) -> bool:
    """A term that is part of a name in the source (``Pasar`` of ``PD Pasar Jaya``, ``Barat``
    of ``Jakarta Barat``), which the target keeps as it is, inside a name too."""
    m = occ.match
    source = occ.piece.text
    if not (name_part(source, m.start, m.end, m.form) or in_longer_name(source, m.start, m.end)):
        return False
    return any(
        found.group() == m.text and in_longer_name(target, found.start(), found.end())
        for found in form_pattern(m.text).finditer(target)
    )


@dataclass(frozen=True)
class Rendering:
    """Which accepted rendering a target segment uses for an entry, as written there, and where."""

    entry: Entry
    rendering: str
    text: str
    path: str
    line: int
    column: int


# Entries whose capitals are spelling (a title's are grammar: "the president director").
_NAME_KINDS = frozenset({"person", "place", "organisation", "event", "name", "acronym"})
# Words too common to stand for a name on their own.
_FUNCTION_WORDS = frozenset(
    "the of and for in on at to a an de da del van von bin binti al el la le".split()
)
_PERSON_PRONOUNS = r"he|she|his|her|him|hers"
_THING_PRONOUNS = r"it|its|they|their|them"
# Attribution: the speaker after a verb of saying in Indonesian, "he said" in English.
_SAID_ID = re.compile(
    r"(?<!\w)(?:kata|ujar|ungkap|jelas|tambah|tutur|menurut|diutarakan|dijelaskan|disampaikan"
    r"|dikatakan|ucap)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_SAID_EN = re.compile(
    r"(?<!\w)(?:he|she)\s+(?:\w+\s+)?(?:said|says|added|stated|explained|noted|told|stressed)",
    re.IGNORECASE,
)
# A pronoun points back this many segments at most.
_PRONOUN_REACH = 2
# ... and stands about where the source has the term (share of the segment's length).
_PRONOUN_DRIFT = 0.15


@functools.lru_cache(maxsize=65536)
def _short_forms(kind: str, renderings: tuple[str, ...]) -> re.Pattern[str] | None:
    """How a later mention of an entry already rendered may be shortened: one word of a
    person's name (``Widodo`` for Joko Widodo); for anything else "the" and one word of it
    (``the impoverished North`` for North Korea, ``the ministry``, ``the minister``), or its
    initials (``IMF``)."""
    words, initials = set(), set()
    for rendering in renderings:
        parts = [w for w in re.split(r"[\s\-\u2010\u2011]+", rendering) if w]
        if len(parts) < 2:
            continue
        words |= {w for w in parts if len(w) > 2 and w.lower() not in _FUNCTION_WORDS}
        capitals = "".join(w[0] for w in parts if w[:1].isupper())
        if len(capitals) >= 2:
            initials.add(capitals)
    if not words and not initials:
        return None
    alternatives = [f"(?-i:{re.escape(i)})" for i in sorted(initials)]
    if words:
        body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        if kind == "person":
            alternatives.append(f"(?-i:{body})")
        else:
            alternatives.append(rf"the\s+(?:[\w-]+\s+){{0,2}}(?:{body})(?:e?s)?")
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


# A place mentioned again as what it is: "the country", "the capital", "the province".
_PLACE_NOUN = re.compile(
    r"(?<!\w)the\s+(?:country|nation|archipelago|capital|city|province|island|region|kingdom"
    r"|republic|state)(?:['\u2019]s)?(?!\w)",
    re.IGNORECASE,
)
_PLACE_NOUN_DRIFT = 0.2
# Currencies a place names (dolar AS, dolar Singapura, yen Jepang): English news writes
# "per dollar", "S$", "the yen" once the currency is plain.
_CURRENCIES_ID = re.compile(
    r"(?:dolar|yen|euro|yuan|renminbi|ringgit|won|baht|peso|rupee|poundsterling|pound|franc"
    r"|frank|riyal|rial|dirham|dong|rubel|lira|krona|rand|dinar)\s+$",
    re.IGNORECASE,
)
# The currency in English with nothing else in the country's place: "per dollar", "the
# greenback", "S$15", "$15", "15 yen" (not "Japanese yen", which a rendering covers).
_CURRENCIES_EN = re.compile(
    r"(?:^|\(|(?<!\w)(?:per|the|a|against|to|in|of|and|its|their|from|at|on|into|for|with|than"
    r"|by|\d[\d.,]*(?:\s*(?:million|billion|trillion))?)\s+)"
    r"(?:dollars?|greenback|yen|euros?|yuan|renminbi|RMB|ringgit|won|baht|pesos?|rupees?|pounds?"
    r"|sterling|francs?|riyals?|rials?|dirhams?|dong|roubles?|rubles?|lira|krona|rand|dinars?)"
    r"(?!\w)|(?<![A-Za-z])[A-Z]{0,2}[$\u00a3\u20ac\u00a5]",
    re.IGNORECASE,
)


_ANY_CURRENCY = re.compile(
    r"(?<!\w)(?:dollars?|greenback|yen|euros?|yuan|renminbi|RMB|ringgit|won|baht|pesos?|rupees?"
    r"|pounds?|sterling|francs?|riyals?|rials?|dirhams?|dong|roubles?|rubles?|lira|krona|rand"
    r"|dinars?)(?!\w)|[$\u00a3\u20ac\u00a5]",
    re.IGNORECASE,
)


# ANTARA's dateline: "di Jakarta, Rabu", "di Jakarta." (the English says "here" or nothing).
_DI = re.compile(r"(?<!\w)di\s+$", re.IGNORECASE)
_DI_NEAR = re.compile(r"(?<!\w)di\s+(?:[A-Z][\w.'-]*\s+){0,5}$")
_WEEKDAY = re.compile(
    r"\s*,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|baru-baru ini|akhir pekan"
    r"|kemarin|hari ini)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"(?<!\w)(?:kata|ujar|ungkap|tutur|ucap|mengatakan|menjelaskan|menyatakan|menegaskan)(?!\w)",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(?<!\w)([A-Z][\w'-]+)\s+$")
_CAPITAL_NEXT = re.compile(r"\s+([A-Z][\w'-]+)")


@functools.lru_cache(maxsize=65536)
def _name_words(renderings: tuple[str, ...]) -> re.Pattern[str]:
    """Any word of a person's name, as capitalised there: ``Mulyani``, ``Indrawati``."""
    words = {
        w
        for r in renderings
        for w in re.split(r"[\s\-]+", r)
        if len(w) > 2 and w[:1].isupper() and w.lower() not in _FUNCTION_WORDS
    }
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def elided(occurrences: Sequence[Occurrence], target: str) -> bool:
    """Whether the English leaves the term out the way news English does: the country of a
    currency (``dolar AS`` as "per dollar", ``dolar Singapura`` as "S$") where every
    currency the English names is bare (not "per Canadian dollar"), or the title of a
    person the English names in the attribution (``kata Direktur Utama Wika A Sutjipto``
    as "Sutjipto said")."""
    first = occurrences[0]
    qualifying = [o for o in occurrences if _CURRENCIES_ID.search(o.piece.text[: o.match.start])]
    if qualifying:
        bare = len(_CURRENCIES_EN.findall(target))
        return bare > 0 and bare == len(_ANY_CURRENCY.findall(target))
    entry, source = first.match.entry, first.piece.text
    after = source[first.match.end :]
    if (
        entry.kind == "place"
        and _WEEKDAY.match(after)
        and _DI_NEAR.search(source[: first.match.start])
    ):
        return True  # "di Gedung Depkeu Jakarta, Senin" as "here on Monday"
    dateline = _DI.search(source[: first.match.start]) and (
        _WEEKDAY.match(after) or (_SPEECH.search(source) and re.match(r"[.,]?\s*$", after))
    )
    if entry.kind == "place" and dateline:
        return True  # "kata X di Jakarta, Rabu" as "X said here on Wednesday"
    if entry.kind == "person" and _name_words(tuple(entry.renderings)).search(target):
        return True  # Sri Mulyani Indrawati as "Sri Mulyani", "Indrawati"
    if entry.kind == "acronym":
        # PT, Tbk around a company's name that the English gives: PT Bursa Efek Surabaya.
        near = _WORD_BEFORE.search(source[: first.match.start]) or _CAPITAL_NEXT.match(
            source[first.match.end :]
        )
        word = near.group(1) if near else ""
        if len(word) > 2 and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", target):
            return True
    if entry.kind == "title":
        names = _name_after(first.piece.text[first.match.end :])
        places = [re.search(rf"(?<!\w){re.escape(name)}(?!\w)", target) for name in names]
        found = min((p for p in places if p), key=lambda p: p.start(), default=None)
        if found is None:
            return False
        # Nothing in the title's place: "Sutjipto said", "... said Sutjipto".
        before = re.findall(r"\w+|[^\w\s]", target[: found.start()])
        if not before or before[-1].lower() in _BEFORE_NAME:
            return True
        # "..., Martowardojo said": the name speaks, nothing stands for a title.
        speaks = re.match(r"(?:\s+\w+){0,2}\s+(?:said|says|told)(?!\w)", target[found.end() :])
        return before[-1] == "," and bool(speaks)
    return False


# A name after a title: the capitalised words that follow it (after a comma if one comes).
_NAME_AFTER = re.compile(r"^\s*((?:[\w.'-]+\s*,?\s*){0,7})")
_BEFORE_NAME = frozenset([*"said says told according to by".split(), *'.!?"(\u201c'])


def _name_after(text: str) -> list[str]:
    """The last three words of the capitalised run after a title, where a person's name
    stands: ``Utama Wika A Sutjipto`` → Wika, Sutjipto; ``Keuangan BLTA, Kevin Wong`` →
    Kevin, Wong."""
    window = _NAME_AFTER.match(text)
    words = window.group(1) if window else ""
    run = words.rsplit(",", 1)[-1] if "," in words else words
    capitalised = []
    for word in run.split():
        if not word[:1].isupper():
            break
        capitalised.append(word.strip(".'-"))
    return [w for w in capitalised[-3:] if len(w) > 2 and not w.isupper()]


@functools.cache
def _pronouns(kind: str) -> re.Pattern[str]:
    words = _PERSON_PRONOUNS if kind == "person" else _THING_PRONOUNS
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@dataclass
class DocumentCheck:
    """The bilingual checks of one document, segment by segment, then its spellings.

    ``strict``: general terms are checked too (as warnings). The document remembers which
    segment last rendered each entry, so that a later mention may be a short form or a
    pronoun (``Korut`` rendered "the impoverished North" after "North Korea").
    """

    strict: bool = False
    renderings: list[Rendering] = field(default_factory=list)
    rendered: dict[tuple[str, str], int] = field(default_factory=dict)
    index: int = 0

    def segment(self, occurrences: Sequence[Occurrence], target: Piece) -> list[Finding]:
        """Mismatches and copies for the entries of one source segment.

        Each entry is checked once per segment, at its first occurrence that is not a
        name part kept in the target; any one of its accepted renderings satisfies it.
        """
        findings = []
        by_entry: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
        for occ in occurrences:
            by_entry[occ.match.entry.key].append(occ)
        for found in by_entry.values():
            entry = found[0].match.entry
            if not entry.renderings:
                continue
            key_term = is_key_term(entry)
            used = find_rendering(entry, target.text)
            if used:
                line, column = target.position(used[1].start())
                self.renderings.append(
                    Rendering(entry, used[0], used[1].group(), target.path, line, column)
                )
                self.rendered[entry.key] = self.index
                continue
            if not (key_term or self.strict):
                continue
            first = next((o for o in found if not _kept_name(o, target.text)), None)
            if first is None:
                continue
            source_line, source_column = first.place
            where = f"{first.piece.path}:{source_line}:{source_column}"
            accepted = " | ".join(entry.renderings)
            severity = "error" if key_term else "warning"
            copy = find_copy(entry, first.match, target.text)
            if copy:
                line, column = target.position(copy.start())
                findings.append(
                    Finding(
                        kind="untranslated",
                        severity=severity,
                        path=target.path,
                        line=line,
                        column=column,
                        term=entry.term,
                        found=copy.group(),
                        expected=entry.english,
                        message=f"'{copy.group()}' left in Indonesian (source {where});"
                        f" expected: {accepted}",
                    )
                )
                continue
            if self.mentioned(first, target.text) or elided(found, target.text):
                continue
            line, column = target.position(0)
            findings.append(
                Finding(
                    kind="mismatch",
                    severity=severity,
                    path=target.path,
                    line=line,
                    column=column,
                    term=entry.term,
                    found=first.match.text,
                    expected=entry.english,
                    message=f"'{first.match.text}' (source {where}) is not rendered as {accepted}",
                )
            )
        self.index += 1
        return findings

    def mentioned(self, occ: Occurrence, text: str) -> bool:
        """Whether ``text`` mentions the entry of ``occ`` again after an earlier segment of
        this document rendered it in full: by a short form, or by a pronoun where the source
        has the term: "he" for a person or title (also "he said" for ``kata Presiden``), and
        within a segment or two "it" or "they" for anything else, only as the subject
        opening both (``Korut`` … / "It" …)."""
        entry = occ.match.entry
        last = self.rendered.get(entry.key)
        if last is None:
            return False
        short = _short_forms(entry.kind, tuple(entry.renderings))
        if short is not None and short.search(text):
            return True
        where = occ.match.start / max(len(occ.piece.text), 1)
        if entry.kind == "place" and any(
            abs(found.start() / len(text) - where) <= _PLACE_NOUN_DRIFT
            for found in _PLACE_NOUN.finditer(text)
        ):
            return True  # "utang Indonesia" as "the country's debt", about where it stands
        person = entry.kind in ("person", "title")
        before = occ.piece.text[: occ.match.start]
        if person and _SAID_ID.search(before) and _SAID_EN.search(text):
            return True  # "kata Presiden" as "he said"
        if self.index - last > _PRONOUN_REACH and not person:
            return False
        if not person and where > _PRONOUN_DRIFT:
            return False  # "it" stands for a country or a company as a sentence's subject
        return any(
            abs(found.start() / len(text) - where) <= _PRONOUN_DRIFT
            for found in _pronouns("person" if person else entry.kind).finditer(text)
        )

    def inconsistent(self) -> list[Finding]:
        """Uses of one entry spelt two ways in this document (``defence``/``defense``,
        ``Kim Jong Un``/``Kim Jong-un``): the minority spelling, with the tally. Different
        accepted words (US/United States, talks/negotiations) are a choice, not an
        inconsistency, unless the entry is marked required (one rendering throughout)."""
        by_entry: dict[tuple[str, str], list[Rendering]] = defaultdict(list)
        for r in self.renderings:
            by_entry[r.entry.key].append(r)
        findings = []
        for uses in by_entry.values():
            entry = uses[0].entry
            if entry.required:
                groups = [[(choice(r.rendering, entry.renderings), r) for r in uses]]
            else:
                families: dict[str, list[tuple[str, Rendering]]] = defaultdict(list)
                for r in uses:
                    spelt = spelling_key(r.text, names=entry.kind in _NAME_KINDS)
                    families[variant_key(r.text)].append((spelt, r))
                groups = list(families.values())
            for group in groups:
                findings.extend(_minority(entry, group))
        return findings


def _minority(entry: Entry, uses: list[tuple[str, Rendering]]) -> list[Finding]:
    """A finding at every use whose form (spelling or rendering) is not the majority's."""
    shown: dict[str, str] = {}
    for form, r in uses:
        shown.setdefault(form, r.text if not entry.required else form)
    counts = Counter(shown[form] for form, _ in uses)
    if len(counts) < 2:
        return []
    majority = _majority(counts, entry.renderings)
    tally = _tally(counts, majority)
    findings = []
    for form, r in uses:
        if shown[form] == majority:
            continue
        findings.append(
            Finding(
                kind="inconsistent",
                severity="error" if entry.required else "warning",
                path=r.path,
                line=r.line,
                column=r.column,
                term=entry.term,
                found=shown[form],
                expected=majority,
                message=f"'{entry.term}' rendered '{shown[form]}' here; in this document"
                f" {tally}; majority: '{majority}'",
            )
        )
    return findings


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s-]", text.casefold())


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def choice(rendering: str, renderings: Sequence[str]) -> str:
    """The rendering a use stands for. A derived form counts as the form it extends (North
    Korean as North Korea, Japanese as Japan) and a fuller form as the rendering it contains
    (US dollar as dollar, US$ as $): that is grammar or context, not a choice."""
    folded, tokens = rendering.casefold(), _tokens(rendering)
    bases = [
        r for r in renderings if folded.startswith(r.casefold()) or _contains(tokens, _tokens(r))
    ]
    return min(bases, key=len) if bases else rendering


_PARTS = re.compile(r"(\s+|[-\u2010\u2011])")


def _base_word(word: str) -> str:
    """A word without its possessive or plural ending: ``Defences`` → Defence."""
    word = re.sub(r"['\u2019]s?$", "", word)
    lower = word.lower()
    if len(lower) > 4 and lower.endswith("ies"):
        word = word[:-3] + "y"
    elif len(lower) > 4 and lower.endswith(("sses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    elif len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def spelling_key(text: str, names: bool = False) -> str:
    """How a use spells its rendering, inflection aside: ``Kim Jong-un`` and ``Kim Jong Un``
    differ, ``Sanctions`` and ``sanction`` do not. The capital of a word is spelling only in
    a name (``Kim Jong un``), and never in the first word (a sentence may start with it);
    elsewhere it is grammar (``the finance minister``, ``Finance Minister Sri Mulyani``)."""
    shown: list[str] = []
    for part in _PARTS.split(text.strip()):
        if not part:
            continue
        if _PARTS.fullmatch(part):
            shown.append(" " if part.isspace() else "-")
            continue
        word = _base_word(part)
        if not shown or not names:
            word = word[:1].lower() + word[1:]
        shown.append(word)
    return "".join(shown)


# British spellings and old transliterations, each with the form it varies from.
_VARIANT_SPELLINGS = [
    (re.compile(r"isation"), "ization"),
    (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"our"), "or"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"tre$"), "ter"),
    (re.compile(r"ogue$"), "og"),
    (re.compile(r"amme$"), "am"),
    (re.compile(r"ll"), "l"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "u"),  # Soeharto, Suharto
    (re.compile(r"dj"), "j"),  # Djakarta, Jakarta
    (re.compile(r"tj"), "c"),  # Tjipinang, Cipinang
]


@functools.lru_cache(maxsize=65536)
def variant_key(text: str) -> str:
    """What spellings of one rendering share: no case, no separators, no accents, American
    spelling (``defence``/``defense``, ``-ise``/``-ize``, ``Kim Jong-un``/``Kim Jong Un``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = []
    for part in _PARTS.split(plain.strip()):
        if not part or _PARTS.fullmatch(part):
            continue
        word = re.sub(r"\W", "", _base_word(part).lower())  # U.S., US
        for pattern, replacement in _VARIANT_SPELLINGS:
            word = pattern.sub(replacement, word)
        words.append(word)
    return "".join(words)
