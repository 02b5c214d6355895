"""A title before a country glossed whole, in the English order: ``Menteri Pertanian
Thailand`` is "Thai Agriculture Minister", not ``Menteri Pertanian [Agriculture Minister]
Thailand [Thailand]``, though the glossary lists only the title and the country.

The title is a glossary entry of kind ``title`` whose English is written as an office
(a capital: "Agriculture Minister", "Ambassador"), shown whole; the place right after
it, one space between, is a country whose adjective ``data/exonyms.tsv`` gives as one
word (Thailand → Thai, Prancis → French). Countries whose English or first other
rendering is a short form (AS = US; United States → US) are left as they are: their offices
have names of their own ("US Agriculture Secretary"), which the glossary lists where it
knows them; so are titles of an Indonesian body (``Anggota DPR``). Only
annotate composes; the composed gloss is an entry of its own, kind ``title``, with the
country's name before the title and as an ``of`` phrase as alternatives. So is ``Kepala``
before a body: ``Kepala BPS`` is the "head of Statistics Indonesia" (``_headed``), and
``Wakil`` or ``Deputi`` before a title the glossary has without it: ``Wakil Menteri
Keuangan`` is the "Deputy Finance Minister", ``Wakil Kepala BPS`` the "deputy head of
Statistics Indonesia" (``_deputised``), not the minister or the head.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from glossary import lexicon, namewords, regional, runs
from glossary.gloss import Note, Reading, batch_readings, noted
from glossary.match import Match
from glossary.store import BODY_KINDS, Entry

_COUNTRIES = "# Countries and territories"


def _country_rows() -> Iterator[tuple[str, list[str]]]:
    """(English name, other renderings) of each country in ``data/exonyms.tsv``."""
    text = resources.files("glossary").joinpath("data", "exonyms.tsv").read_text(encoding="utf-8")
    inside = False
    for line in text.splitlines():
        if line.startswith("#"):
            inside = line.startswith(_COUNTRIES)
            continue
        cells = line.split("\t")
        if inside and len(cells) >= 3:
            yield cells[1].strip(), [o.strip() for o in cells[2].split("|")]


@functools.cache
def adjectives() -> dict[str, str]:
    """English country name → its adjective (``Thailand`` → Thai, ``Myanmar`` → Burmese),
    from the countries section of ``data/exonyms.tsv``: the first other rendering that is
    one word, no short form, and an adjective of the name (its first two letters, or an
    adjective's ending: Dutch, Burmese; not Holland, Burma). None for a country whose
    English or first other rendering is a short form (US, United States)."""
    found: dict[str, str] = {}
    for name, others in _country_rows():
        if name.isupper() or others[0].isupper():
            continue  # a short form first: United States, US; its offices have own names
        for other in others:
            if _adjective_of(other, name):
                found.setdefault(name, other)
                break
    return found


@functools.cache
def countries() -> frozenset[str]:
    """Every English name and short form of a country (Thailand, US, United States)."""
    return frozenset(
        itertools.chain.from_iterable([name, *others] for name, others in _country_rows())
    )


_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic", "ss", "ine", "ino")


def _adjective_of(word: str, name: str) -> bool:
    if not word or " " in word or word.isupper() or word == name:
        return False
    return word[:2] == name[:2] or word.endswith(_ADJECTIVE_ENDINGS)


def _the(country: str) -> str:
    """``the Netherlands``, ``the United Kingdom``: the article a country's name takes."""
    plural = country.endswith("s") or country.startswith("United ")
    return f"the {country}" if plural or "Republic" in country else country


def _office(reading: Reading) -> bool:
    """A title shown whole whose English is an office (a capital), not one of an
    Indonesian body (``Anggota DPR``: an acronym of three letters or more in it)."""
    match = reading.match
    if match.entry.kind != "title" or reading.partial or not reading.english[:1].isupper():
        return False
    return not any(w.isupper() and len(w) > 2 for w in match.form.split())


def _offices(title: Reading) -> list[str]:
    """The English of a title: the one shown, and, when that is the msgstr, the
    alternatives written as offices (Prime Minister, PM; Home Affairs Minister, Interior
    Minister)."""
    entry = title.match.entry
    if title.english != entry.english:
        return [title.english]
    return [entry.english, *(a for a in entry.alternatives if a[:1].isupper())]


def _joined(
    text: str, title: Reading, place: Reading, made: dict[tuple[int, int, str], Entry]
) -> Reading | None:
    """The reading of a title and the country right after it as one, or None if they are
    no such pair; ``made`` keeps one entry per pair (first-only glossing counts on it)."""
    entry = place.match.entry
    if not _office(title) or entry.kind != "place" or place.partial:
        return None
    adjective = adjectives().get(place.english)
    first, last = title.match, place.match
    if adjective is None or text[first.end : last.start] != " ":
        return None
    key = (id(first.entry), id(entry), title.english)
    if key not in made:
        country, offices = place.english, _offices(title)
        renderings = [
            f"{adjective} {offices[0]}",
            *(f"{country}'s {office}" for office in offices),
            *(f"{country} {office}" for office in offices),
            *(f"{office} of {_the(country)}" for office in offices),
            *(f"{adjective} {office}" for office in offices[1:]),
        ]
        made[key] = Entry(
            f"{first.entry.term} {entry.term}",
            renderings[0],
            alternatives=list(dict.fromkeys(renderings[1:])),
            kind="title",
        )
    status = first.status if first.status != "preferred" else last.status
    span = text[first.start : last.end]
    match = Match(first.start, last.end, span, made[key], f"{first.form} {last.form}", status)
    return Reading(match, made[key].english)


def compose(
    text: str, batches: Iterable[tuple[list[Match], dict[int, Note | None]]]
) -> Iterator[Reading]:
    """Every match to show, in order, from the judge's batches (``Judge.batches``), each
    place composed (``glossary.regional``: ``Kabupaten Bogor`` = Bogor Regency) and each
    title shown whole right before a country joined with it into one reading:
    ``Menteri Pertanian Thailand`` = Thai Agriculture Minister."""
    composer = BatchComposer(text)
    for batch, notes in batches:
        yield from batch_readings(*composer(batch, notes))


class BatchComposer:
    """``compose`` a batch at a time for one text (annotate's fast inline path, the
    agreement benchmark): the places first (``glossary.regional``), then titles before
    countries; the entries made are kept across batches."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.places = regional.Composer(text, countries())
        self.made: dict[tuple[int, int, str], Entry] = {}
        self.targets: dict[str, Any] = {}

    def __call__(
        self, batch: list[Match], notes: dict[int, Note | None], bits: bytes | None = None
    ) -> tuple[list[Match], dict[int, Note | None]]:
        """``bits``: the batch's ``runs.target_bits`` of ``target_bits`` (the judge's, as
        ``Judge(text, titled.target_bits).batch_bits`` gives them), else asked here."""
        if bits is None:  # both composers' at once
            bits = runs.target_bits(batch, self.targets, _composer_bits)
        placed, notes = self.places.compose_batch(batch, notes, bits)
        unchanged = placed is batch  # else a place composed: the bits asked again
        return compose_batch(
            self.text, placed, notes, self.made, self.targets, bits if unchanged else None
        )


def compose_batch(
    text: str,
    batch: list[Match],
    notes: dict[int, Note | None],
    made: dict[tuple[int, int, str], Entry],
    targets: dict[str, Any] | None = None,
    bits: bytes | None = None,
) -> tuple[list[Match], dict[int, Note | None]]:
    """Titles before countries in a batch of matches and the judge's notes on them: the
    joined pairs become one match with no note, the rest keep theirs. A batch with no
    title before another match comes back as it is. ``targets`` keeps what was learnt of
    the entries across batches (``runs.TARGET_FLAGS`` by implementation, of
    ``_composer_bits``); ``bits``, the batch's ``target_bits`` when the caller has them."""
    if bits is None:
        bits = runs.target_bits(batch, {} if targets is None else targets, _composer_bits)
    pairs: dict[int, Match] = {}  # by index: the match made, of that one and the next
    for i in runs.having(bits[:-1], _TITLE):
        if notes.get(i, ...) is None or notes.get(i + 1, ...) is None:
            continue  # left out by the judge
        title, place = noted(batch[i], notes.get(i)), noted(batch[i + 1], notes.get(i + 1))
        joined = _joined(text, title, place, made)
        if joined is not None:
            pairs[i] = joined.match
    headed: dict[int, Match] = {}  # by index: the match made of that one and Kepala before it
    for i in runs.having(bits, _BODY):
        if (
            _head_before(text, batch[i].start) >= 0
            and notes.get(i, ...) is not None
            and i - 1 not in pairs
        ):
            head = _headed(text, noted(batch[i], notes.get(i)), made)
            if head is not None:
                headed[i] = head
    if not pairs and not headed:
        return _deputised(text, batch, notes, made)
    out: list[Match] = []  # slices between the compositions, not a Python step per match
    last = 0
    for i in sorted(pairs.keys() | headed.keys()):
        out += batch[last:i]
        out.append(pairs[i] if i in pairs else headed[i])
        last = i + 2 if i in pairs else i + 1
    out += batch[last:]
    firsts = sorted(pairs)
    kept: dict[int, Note | None] = {}
    for i, note in notes.items():
        if i not in pairs and i - 1 not in pairs and i not in headed:
            kept[i - bisect.bisect_left(firsts, i - 1)] = note  # a pair before: one less
    return _deputised(text, out, kept, made)


_TITLE, _BODY = 16, 32  # _composer_bits, beside regional.HEAD and namewords's bits


def target_bits(match: Match) -> int:
    """What annotate asks of every match once (``runs.target_bits``): the judge's bits
    (``namewords.target_bits``) and the composers' (``_composer_bits``)."""
    return namewords.target_bits(match) | _composer_bits(match)


def _composer_bits(match: Match) -> int:
    """What the composers ask of every match (``runs.target_bits``): ``regional.HEAD`` for
    one that may start a place's composition, ``_TITLE`` for a title, ``_BODY`` for a body
    a ``Kepala`` may head."""
    kind = match.entry.kind
    return regional.may_head(match) | _TITLE * (kind == "title") | _BODY * (kind in BODY_KINDS)


# ``Kepala`` names a body's holder (no entry of its own: it is also the head of a person).
_HEAD = regional.HEAD_OF
# What news English calls the head of a body ("BPS chief Rusman Heriawan").
_CHIEFS = ("head", "chief", "chairman")
# English heads of bodies that take "the": the head of the Audit Agency, of Statistics
# Indonesia.
_BODY_NOUNS = frozenset(
    "agency ministry commission office board council authority police corps institute"
    " service bureau department committee court command army force forces".split()
)


def _head_before(text: str, start: int) -> int:
    """Where ``Kepala`` starts, a word of its own right before ``start`` (-1: none there)."""
    at = start - len(_HEAD)
    if at < 0 or text[at:start].lower() != _HEAD:
        return -1
    return -1 if at and (text[at - 1].isalnum() or text[at - 1] == "-") else at


def _headed(text: str, body: Reading, made: dict[tuple[int, int, str], Entry]) -> Match | None:
    """The match of ``Kepala`` and the body right after it as one title: ``Kepala BMKG``
    is the "head of the Meteorology, Climatology and Geophysics Agency" ("BMKG head"),
    ``Kepala Badan Pusat Statistik`` the "head of Statistics Indonesia"."""
    match = body.match
    start = _head_before(text, match.start)
    if body.partial or start < 0:
        return None
    key = (id(match.entry), -1, body.english)
    if key not in made:
        short = [match.form] if " " not in match.form else []  # BPS, Bappenas: English's too
        # the body's other English names: BPS is also the Central Statistics Agency
        names = [body.english, *short, *(a for a in match.entry.alternatives if a[:1].isupper())]
        names = list(dict.fromkeys(names))
        renderings = [f"{chief} of {_the_body(name)}" for name in names for chief in _CHIEFS]
        renderings += [f"{name} {chief}" for name in names for chief in _CHIEFS]
        made[key] = Entry(
            f"kepala {match.form}",
            renderings[0],
            alternatives=list(dict.fromkeys(renderings[1:])),
            kind="title",
        )
    form = f"{text[start : start + len(_HEAD) - 1]} {match.form}"
    return Match(start, match.end, text[start : match.end], made[key], form, match.status)


def _the_body(name: str) -> str:
    """``the Audit Agency``, ``the Central Bureau of Statistics``, ``Statistics Indonesia``,
    ``BPS``: the article a body's English name takes."""
    return f"the {name}" if any(w in _BODY_NOUNS for w in name.lower().split()) else name


# The word before a title that makes its holder the deputy (Wakil Menteri, Deputi Gubernur),
# and the words before that which start no longer name (Mantan Wakil Menteri, Kemarin).
_DEPUTY_WORD = re.compile(r"(Wakil|Deputi|wakil|deputi) ")
_DEPUTY_ENDS = ("akil ", "eputi ")  # found by str.find, far faster than any pattern's search
_JOINED_BEFORE = re.compile(r"[\w'’-]")
_START = operator.attrgetter("start")
_FREE_BEFORE = (
    lexicon.FUNCTION_WORDS
    | lexicon.DATE_WORDS
    | lexicon.WEEKDAYS_MONTHS
    | lexicon.TITLE_MODIFIERS
    | lexicon.SAYING_VERBS
    | lexicon.BASE_VERBS
)


def _deputised(
    text: str,
    batch: list[Match],
    notes: dict[int, Note | None],
    made: dict[tuple[int, int, str], Entry],
) -> tuple[list[Match], dict[int, Note | None]]:
    """Each title right after ``Wakil`` or ``Deputi`` joined with it into one title with no
    note: ``Wakil Menteri Keuangan`` = Deputy Finance Minister. The judge marks such a
    title partial (the deputy word is an unknown capitalised word before it); the join
    is what it is part of. A title whose own form starts with the word (``Wakil Presiden``
    = Vice President) is the glossary's and stays."""
    if not batch:
        return batch, notes
    out, kept = batch, notes
    # Only where a deputy word stands right before a match: no Python step per match.
    for found in _deputy_words(text, max(0, batch[0].start - 8), batch[-1].start):
        i = bisect.bisect_left(batch, found.end(), key=_START)
        if i == len(batch) or batch[i].start != found.end() or batch[i].entry.kind != "title":
            continue
        note = notes.get(i, ...)
        if note is None:
            continue  # left out by the judge
        title = noted(batch[i], note if isinstance(note, Note) else None)
        joined = _deputy(text, found, title, made)
        if joined is not None:
            if out is batch:
                out, kept = list(batch), dict(notes)
            out[i] = joined
            kept.pop(i, None)
    return out, kept


def _deputy_words(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``Wakil`` or ``Deputi`` and a space between ``start`` and ``end``, as a word of its
    own, not the end of another (``Perwakil``, ``O'Deputi``). Where the ends of the words
    are (``str.find``), then the word there: a search for the pattern would test every
    position of the text (13% of annotate with a lookbehind in front, 4% without)."""
    found = []
    for ending in _DEPUTY_ENDS:
        at = text.find(ending, start + 1, end)
        while at >= 0:
            found.append(at - 1)
            at = text.find(ending, at + 1, end)
    for at in sorted(found):
        word = _DEPUTY_WORD.match(text, at, end)
        if word is not None and not (at and _JOINED_BEFORE.match(text, at - 1)):
            yield word


def _deputy(
    text: str, found: re.Match[str], title: Reading, made: dict[tuple[int, int, str], Entry]
) -> Match | None:
    """The match of ``Wakil``/``Deputi`` (``found``, right before it) and the title as one
    title, or None."""
    match = title.match
    english = title.english
    if english.lower().startswith(("deputy", "vice")):
        return None
    start = found.start()
    previous = regional.PREVIOUS.search(text, max(0, start - 40), start)
    if previous is not None and start and text[start - 1] == " ":
        word = previous.group(1)
        if word[:1].isupper() and word[-1:].isalnum() and word.lower() not in _FREE_BEFORE:
            return None  # inside a longer name: Sekretaris Wakil ...
    key = (id(match.entry), -2, english)
    if key not in made:
        if english[:1].isupper():
            offices = _offices(title)
            inner = [
                o.rsplit(" ", 1) for o in offices if " " in o
            ]  # Bank Indonesia Deputy Governor
            deputies = [
                *(f"Deputy {o}" for o in offices),
                *(f"{head} Deputy {last}" for head, last in inner),
            ]
            vices = [f"Vice {o}" for o in offices]
            # a president's deputy is the Vice President in English, whoever's president
            # (Wakil Presiden terpilih: Vice President-elect; Wakil Presiden Direktur)
            vice_first = offices[0].startswith("President")
            renderings = [*vices, *deputies] if vice_first else [*deputies, *vices]
        else:  # head of the National Food Agency, chairman
            renderings = [f"deputy {english}"]
            if not english.startswith(("head", "chief")):
                renderings.append(f"vice {english}")
        made[key] = Entry(
            f"{found.group(1).lower()} {match.entry.term}",
            renderings[0],
            alternatives=list(dict.fromkeys(renderings[1:])),
            kind="title",
        )
    span = text[start : match.end]
    return Match(start, match.end, span, made[key], " ".join(span.split()), match.status)
