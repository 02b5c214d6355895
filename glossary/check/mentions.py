"""How English news mentions a term again without its rendering: a short form ("the
minister", "Widodo", "the impoverished North"), a place noun ("the country"), a pronoun
("he", "it"), the holder of a title who speaks for it ("Mulyani said" for ``kata Menkeu``);
and what is no such mention ("the state budget", "euro said he believes")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from glossary import regex_cache
from glossary.check.derived import PERSON_RANKS
from glossary.check.elision import _FUNCTION_WORDS, SPEECH_NEXT, _name_words, name_stands_alone
from glossary.check.patterns import singular
from glossary.check.source import Occurrence
from glossary.check.wording import ends_with
from glossary.store import Entry

if TYPE_CHECKING:
    from glossary.check.consistency import Rendering

_PERSON_PRONOUNS = r"he|she|him"
_THING_PRONOUNS = r"it|its|they|their|them"
# Attribution: the speaker after a verb of saying in Indonesian, "he said" in English.
_SAID_ID = regex_cache.compile(
    r"(?<!\w)(?:kata|ujar|ungkap|jelas|tambah|tutur|menurut|diutarakan|dijelaskan|disampaikan"
    r"|dikatakan|ucap|lanjut|tegas|papar|imbuh)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_SAID_VERB = r"(?:said|says|added|stated|explained|noted|told|stressed)"
_SAID_EN = regex_cache.compile(rf"(?<!\w)(?:he|she)\s+(?:\w+\s+)?{_SAID_VERB}", re.IGNORECASE)
_SPEAKS_AFTER = regex_cache.compile(rf"\s+(?:\w+\s+)?{_SAID_VERB}(?!\w)", re.IGNORECASE)
_SPEAKS_BEFORE = regex_cache.compile(rf"(?<!\w){_SAID_VERB}\s+$", re.IGNORECASE)


def _speaks(found: re.Match[str]) -> bool:
    """Whether a mention is who speaks: "the minister said", "said the minister"."""
    text = found.string
    return bool(
        _SPEAKS_AFTER.match(text, found.end()) or ends_with(_SPEAKS_BEFORE, text[: found.start()])
    )


# A pronoun points back this many segments at most.
_PRONOUN_REACH = 2
# How many segments back a title's body may have been named for its head to stand alone
# ("Investigators" for ``Penyidik KPK``): a news story's lead and the paragraphs after it.
_BODY_REACH = 5
# ... and stands about where the source has the term (share of the segment's length).
_PRONOUN_DRIFT = 0.15
# An acronym right after a term: ``Bursa Efek Jakarta BEJ``, ``Bank Indonesia (BI)``.
_ACRONYM_AFTER = regex_cache.compile(r"\s*\(?[A-Z]{2,}(?![\w-])")


@functools.lru_cache(maxsize=65536)
def _short_forms(kind: str, renderings: tuple[str, ...]) -> re.Pattern[str] | None:
    """How a later mention of an entry already rendered may be shortened: one word of a
    person's name (``Widodo`` for Joko Widodo); for anything else "the" and one word of it
    (``the impoverished North`` for North Korea, ``the ministry``, ``the minister``), not
    inside another name ("the Japan Bank" is no "the bank"), or its initials (``IMF``); a
    title also as "a minister", "the central bank official"."""
    words, initials = set(), set()
    for rendering in renderings:
        parts = [w for w in re.split(r"[\s\-\u2010\u2011]+", rendering) if w]
        if len(parts) < 2:
            continue
        capitals = "".join(w[0] for w in parts if w[:1].isupper())
        if kind == "title":
            folded = [w.lower() for w in parts]
            # A title is shortened to its head noun: "the minister" for Coordinating
            # Minister, "the head" for head of state, never "the coordinating"; one that
            # names a deputy keeps that word wherever it stands: "the deputy", never "the
            # chairman" (nor "the KPK chairman" for the KPK deputy chairman).
            head = _title_head(parts)
            rank = next((p for p, f in zip(parts, folded, strict=True) if f in PERSON_RANKS), None)
            parts = [rank or head]
        words |= {w for w in parts if len(w) > 2 and w.lower() not in _FUNCTION_WORDS}
        if len(capitals) >= 2:
            initials.add(capitals)
    if not words and not initials:
        return None
    alternatives = [f"(?-i:{re.escape(i)})" for i in sorted(initials)]
    if words:
        # Longest first, one length in a fixed order: the same pattern in every run.
        body = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
        # Words before it describe ("the impoverished North", "the BES director");
        # capitalised words around it make another name ("the Japan Bank").
        describing = r"(?:(?-i:[a-z][\w'\u2019-]*|[A-Z]{2,}(?:['\u2019]s)?)\s+)"
        if kind == "person":
            alternatives.append(f"(?-i:{body})")
        elif kind == "title":
            # News English also leaves a title general: "a minister said", "the central
            # bank official", "the BES director".
            alternatives.append(rf"(?:the|a|an)\s+{describing}{{0,3}}(?:{body}|officials?)(?:e?s)?")
        else:
            alternatives.append(rf"the\s+{describing}{{0,2}}(?:{body})(?:e?s)?(?!\s+(?-i:[A-Z]))")
    return regex_cache.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


# What English calls a place or a body when it mentions it again as what it is: "the
# country", "the province"; "the company", "the agency", "the bank".
_PLACE_NOUNS = (
    "country nation archipelago capital city province island region kingdom republic state"
    " continent territory peninsula town village district regency"
)
_BODY_NOUNS = (
    "company firm corporation group bank lender insurer agency ministry department board"
    " commission committee council institution office bureau authority body regulator"
    " government administration exchange bourse operator producer"
)
CLASS_NOUNS = {
    "place": frozenset(_PLACE_NOUNS.split()),
    "organisation": frozenset(_BODY_NOUNS.split()),
}
# Who speaks for a body or an office, named by what they are: "an official said".
SPEAKER_NOUNS = frozenset("official officer spokesman spokeswoman spokesperson source".split())
_PLACE_NOUN = regex_cache.compile(
    rf"(?<!\w)the\s+({'|'.join(_PLACE_NOUNS.split())})(?:['\u2019]s)?(?!\w)", re.IGNORECASE
)
# "the" and at most one describing word before a class noun ("its capital" is another place).
_CLASS_NOUN_BEFORE = regex_cache.compile(r"(?<!\w)the\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)


def class_noun(kind: str, written: str, before: str) -> bool:
    """Whether ``written``, after ``before``, mentions a term of ``kind`` as what it is, by
    its class: "the company" for ``Jasa Marga``, "the state-owned bank" for ``BRI``, "the
    province" for ``Sumatera Selatan``; no wrong rendering of it, though the glossary has
    "company" as the English of ``PT``."""
    nouns = CLASS_NOUNS.get(kind)
    if nouns is None or singular(written.casefold()) not in nouns:
        return False
    return bool(_CLASS_NOUN_BEFORE.search(before[-40:]))


_PLACE_NOUN_DRIFT = 0.2
# The source's own words for those nouns, lower case (``Istana Negara`` is a name), where
# they name a place (after "di", "ke", "dari" or a comma, or before "itu", "yang"; not
# "luar negeri", "surat berharga negara"): "Qatar Islamic, negara kedua terbesar" as "Qatar
# Islamic, the country's second-largest" says "the country" for ``negara``.
_PLACE_NOUN_ID = {
    "country": "negara|negeri",
    "nation": "negara|negeri|bangsa",
    "state": "negara|negeri",
    "archipelago": "nusantara|kepulauan",
    "capital": "ibu ?kota",
    "city": "kota",
    "town": "kota",
    "province": "provinsi",
    "island": "pulau",
    "region": "kawasan|wilayah|daerah",
    "territory": "wilayah",
    "kingdom": "kerajaan",
    "republic": "republik",
    "continent": "benua",
    "peninsula": "semenanjung",
    "village": "desa|kampung",
    "district": "kecamatan|distrik|kabupaten",
    "regency": "kabupaten",
}


def place_noun_own(noun: str, source: str, text: str) -> bool:
    """Whether every "the country" (``noun``) of the English ``text`` may render the
    source's own word for it (``di negara yang``): then it mentions no other place of the
    segment."""
    english = re.findall(rf"(?<!\w)the\s+{noun}(?!\w)", text, re.IGNORECASE)
    words = _PLACE_NOUN_ID[noun]
    own = re.findall(
        rf"(?:(?<![\w-])(?:di|ke|dari)\s+|,\s+)(?:{words})(?![\w-])"
        rf"|(?<![\w-])(?:{words})\s+(?:itu|ini|tersebut|yang)(?![\w-])",
        source,
    )
    return len(english) <= len(own)


# A short form stands about where the source has the term, as far as word order allows.
_SHORT_FORM_DRIFT = 0.35


@functools.cache
def _pronouns(kind: str) -> re.Pattern[str]:
    words = _PERSON_PRONOUNS if kind == "person" else _THING_PRONOUNS
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


# Words that do not follow a compound modifier: after "second half" in "the second half of",
# "the second half was", the hyphen is spelling; before a noun it is grammar.
_NO_NOUN = frozenset(
    "of in on at to and or but the a an for with by from as that which who when after before"
    " was were is are be been has have had will would could should said says than into over"
    " under since during per like such including where while because despite amid through"
    " against about between among within without if so also not can may must might do did"
    " does".split()
)


def _modifies(found: re.Match[str]) -> bool:
    """Whether a place noun modifies the noun after it: "the state budget", "the capital
    market" name no place; "the country's debt", "the country has", "the country
    borrowed", "the country needs" do (a word after it that may be a verb or an adverb)."""
    following = re.match(r"\s+([a-z]+)(?![\w'-])", found.string[found.end() :])
    if found.group().endswith("s") or following is None:
        return False
    word = following.group(1)
    return word not in _NO_NOUN and word not in _ADVERBS and not word.endswith(("ed", "s", "ly"))


_ADVERBS = frozenset("still already again now then even only just too yet ever never once".split())


def _holder_speaks(holder: Entry, text: str) -> bool:
    """Whether ``text`` has the person who holds a title speak with nothing in the title's
    place: "Mulyani said", "..., Sri Mulyani said" for ``kata Menkeu Sri Mulyani``; not
    "Trade Minister Sri Mulyani said" or "volcano Sri Mulyani said" (another word there)."""
    words = {w for r in holder.renderings for w in r.split()}
    names = sorted(w for w in words if len(w) > 2 and w[:1].isupper())
    speaking = any(_speaks(found) for found in _name_words(tuple(holder.renderings)).finditer(text))
    return speaking and name_stands_alone(names, text)


def _titled(person: Occurrence, occurrences: Sequence[Occurrence], uses: dict, text: str) -> bool:
    """Whether the source gives the person's title just before the name (``Gubernur Joko
    Widodo``, ``Menteri Keuangan Sri Mulyani``) and the English names the person by it,
    with an article: "the governor", "the minister" (not "Governor Basuki", another name
    after the title)."""
    for occ in occurrences:
        title = occ.match.entry
        if not (
            title.kind == "title"
            and occ.piece is person.piece
            and 0 <= person.match.start - occ.match.end <= 2
        ):
            continue
        used = uses.get(title.key)
        mentions = [used[1]] if used else []
        short = _short_forms(title.kind, tuple(title.renderings))
        if short is not None:
            mentions.extend(short.finditer(text))
        for found in mentions:
            before, after = found.string[: found.start()], found.string[found.end() :]
            article = re.match(r"(?:the|a|an)\s", found.group(), re.IGNORECASE) or re.search(
                r"(?<!\w)(?:the|a|an)\s+$", before, re.IGNORECASE
            )
            if article and not re.match(r"\s*,?\s+[A-Z]", after):
                return True
    return False


def owns_rendering(found: re.Match[str], taken: Sequence[tuple[int, int]]) -> bool:
    """Whether a place noun is a possessive right before a term's rendering: "PDB Indonesia"
    as "the country's gross domestic product" says the place wherever the English puts
    the phrase ("Compared to the fourth quarter, the country's ...")."""
    if not found.group().endswith(("'s", "\u2019s")):
        return False
    rest = found.string[found.end() :]
    after = found.end() + len(rest) - len(rest.lstrip())
    return any(start == after for start, _end in taken)


class Remembered(Protocol):
    """What a document remembers of the segments before (``bilingual.DocumentCheck``): the
    last segment that rendered each entry, who holds each title, the titles each person
    was given, and the current segment's index."""

    rendered: dict[tuple[str, str], int]
    renderings: list[Rendering]
    holders: dict[tuple[str, str], Entry]
    titles: dict[tuple[str, str], dict[tuple[str, str], Entry]]
    index: int


def mentioned(
    occ: Occurrence, text: str, taken: Sequence[tuple[int, int]], memory: Remembered
) -> bool:
    """Whether ``text`` mentions the entry of ``occ`` again after an earlier segment of
    the document (``memory``) rendered it in full: by a short form, or by a pronoun where the source
    has the term: "he" for a person or title (also "he said" for ``kata Presiden``), and
    within a segment or two "it" or "they" for anything else, only as the subject
    opening both (``Korut`` … / "It" …). A short form inside the rendering of another
    term of the segment (``taken``: "the Asian Development Bank" is no "the bank" for
    ``Bank Dunia``) does not count."""
    entry = occ.match.entry
    last = memory.rendered.get(entry.key)
    where = occ.match.start / max(len(occ.piece.text), 1)
    short = _short_forms(entry.kind, tuple(entry.renderings))
    # Initials where the source gives its own acronym after the term (``Bursa Efek
    # Jakarta BEJ`` as "the JSE") render that acronym: the name is still owed.
    acronym_after = bool(_ACRONYM_AFTER.match(occ.piece.text, occ.match.end))
    shortened = short is not None and any(
        abs(found.start() / len(text) - where) <= _SHORT_FORM_DRIFT
        and not any(found.start() < end and start < found.end() for start, end in taken)
        and not (acronym_after and found.group().isupper())
        for found in short.finditer(text)
    )
    if last is None:
        # A title of a body the document rendered before, by its head, also in the plural
        # alone: "Investigators" for ``Penyidik KPK`` after "the KPK" (no pronoun).
        if entry.kind != "title" or not _body_rendered(entry, memory):
            return False
        return shortened or any(
            abs(found.start() / len(text) - where) <= _SHORT_FORM_DRIFT
            and not any(found.start() < end and start < found.end() for start, end in taken)
            for found in _plural_heads(tuple(entry.renderings)).finditer(text)
        )
    if shortened:
        return True
    if entry.kind == "person" and any(
        _mentioned_as(memory, entry, title, where, text, taken)
        for title in memory.titles.get(entry.key, {}).values()
    ):
        return True  # "Wapres Jusuf Kalla" earlier, "The Vice President" now
    if entry.kind == "place" and any(
        (
            abs(found.start() / len(text) - where) <= _PLACE_NOUN_DRIFT
            or owns_rendering(found, taken)
        )
        and not _modifies(found)
        and not place_noun_own(found.group(1).lower(), occ.piece.text, text)
        for found in _PLACE_NOUN.finditer(text)
    ):
        return True  # "utang Indonesia" as "the country's debt", about where it stands
    person = entry.kind in ("person", "title")
    source = occ.piece.text
    speaker = _SAID_ID.search(source[: occ.match.start]) or SPEECH_NEXT.match(source, occ.match.end)
    if person and speaker:
        if _SAID_EN.search(text):
            return True  # "kata Presiden" as "he said"
        if short is not None and any(_speaks(found) for found in short.finditer(text)):
            return True  # "kata Menkeu" as "the minister said"
        holder = memory.holders.get(entry.key)
        if holder is not None and _holder_speaks(holder, text):
            return True  # "kata Menkeu Sri Mulyani" as "Mulyani said"
    if memory.index - last > _PRONOUN_REACH and not person:
        return False
    if not person and where > _PRONOUN_DRIFT:
        return False  # "it" stands for a country or a company as a sentence's subject
    return any(
        abs(found.start() / len(text) - where) <= _PRONOUN_DRIFT
        and not (entry.kind == "place" and _speaks(found))
        and not ends_with(_SPEAKS_BEFORE, text[: found.start()])
        for found in _pronouns("person" if person else entry.kind).finditer(text)
    )  # a place does not speak: "it added" is the agency quoted, not the country


def _title_head(parts: Sequence[str]) -> str:
    """The head noun of a title's words: "minister" of Coordinating Minister, "head" of
    head of state."""
    folded = [w.lower() for w in parts]
    return parts[folded.index("of") - 1] if "of" in folded[1:] else parts[-1]


def _plural_heads(renderings: tuple[str, ...]) -> re.Pattern[str]:
    """The plural of a title's head nouns alone: "investigators" of KPK investigator."""
    heads = {_title_head(r.split()).lower() for r in renderings if len(r.split()) > 1}
    body = "|".join(re.escape(h) for h in sorted(heads)) or r"(?!)"
    return regex_cache.compile(rf"(?<!\w)(?:{body})e?s(?!\w)", re.IGNORECASE)


def _body_rendered(title: Entry, memory: Remembered) -> bool:
    """Whether one of the last few segments (``_BODY_REACH``) rendered the body a title
    ends in, as the source says it
    (``KPK`` of ``Penyidik KPK``) or as the title's rendering writes it ("KPK" of KPK
    investigator, for ``Komisi Pemberantasan Korupsi``)."""
    words = title.key[1].casefold().split()
    said = {" ".join(words[i:]) for i in range(1, len(words))}
    bodies = set()
    for rendering in title.renderings:
        parts = rendering.split()
        head = _title_head(parts) if len(parts) > 1 else None
        bodies.add(" ".join(p for p in parts if p != head).casefold())
    pieces: set[int] = set()  # the segments looked back over, the current one too
    for use in reversed(memory.renderings):
        pieces.add(id(use.piece))
        if len(pieces) > _BODY_REACH + 1:
            return False
        if use.said.casefold() in said or any(r.casefold() in bodies for r in use.entry.renderings):
            return True
    return False


def _mentioned_as(
    memory: Remembered,
    person: Entry,
    title: Entry,
    where: float,
    text: str,
    taken: Sequence[tuple[int, int]],
) -> bool:
    """Whether ``text`` names, about where the source has the person (``where``), the
    title the document gave them, as its head ("the vice president"), while that title
    still has this holder."""
    short = _short_forms(title.kind, tuple(title.renderings))
    holder = memory.holders.get(title.key)
    if short is None or holder is None or holder.key != person.key:
        return False
    return any(
        abs(found.start() / len(text) - where) <= _SHORT_FORM_DRIFT
        and not any(found.start() < end and start < found.end() for start, end in taken)
        for found in short.finditer(text)
    )
