"""An Indonesian place glossed whole with its compass word, its administrative unit and the
regional title or body before it, in the English order: ``Lampung Tengah`` = Central
Lampung, ``Kabupaten Bogor`` = Bogor Regency, ``Kota Bekasi`` = Bekasi City, ``Provinsi Jawa
Barat`` = West Java Province, ``Bupati Demak`` = Demak Regent, ``Dinas Kesehatan Kabupaten
Sumenep`` = Sumenep Regency Health Agency, though the glossary lists only the pieces.

The place is a glossary entry of kind ``place`` (not a country for a title or a body: their
offices are ``glossary.titled``'s), or a capitalised word the text itself uses as a place:
right after ``Kabupaten``, ``Provinsi``, ``Pemkab``, ``Pemprov`` or ``di`` and before no
other capitalised word (``di Demak``, ``Kabupaten Sumenep``), within the judge's evidence
window. ``Kota`` proves nothing (``Kota Kinabalu``), nor does a title (``Bupati Anas``
names a person). A compass word follows only a place whose English is its Indonesian name
and that is no country (``Irlandia Utara`` is Northern Ireland, ``Eropa Timur`` Eastern
Europe). Precision first: nothing is composed inside a longer name (an unknown capitalised
word right before, ``Dewan Transportasi Kota Jakarta``, or right after, except the person a
title names: ``Bupati Bogor Rudy Susmanto``).

The classes are curated word lists, not words of a text: the compass words, the units with
their English (kabupaten: Regency | District; kota: City; provinsi: Province; kecamatan:
Subdistrict | District), the regional titles (gubernur, bupati, wali kota, camat, lurah,
sekretaris daerah, the police chiefs, with wakil, penjabat, plt) and the regional bodies
(dinas, suku dinas, pemerintah kabupaten/kota/provinsi, DPRD, BPBD, Satpol PP, the police of
a province, a regency or a subdistrict: Polres Bogor = Bogor District Police | Bogor Police).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from glossary import lexicon, runs
from glossary.gloss import Note, Reading, noted
from glossary.match import Match
from glossary.store import Entry
from glossary.text import ABBREVIATIONS

COMPASS_ENGLISH = {
    "barat daya": "Southwest",
    "barat laut": "Northwest",
    "timur laut": "Northeast",
    "utara": "North",
    "selatan": "South",
    "timur": "East",
    "barat": "West",
    "tengah": "Central",
    "tenggara": "Southeast",
}
UNIT_ENGLISH = {
    "kabupaten": ("Regency", "District"),
    "kota": ("City",),
    "provinsi": ("Province",),
    "kecamatan": ("Subdistrict", "District"),
}
REGIONAL_TITLES = (
    "gubernur",
    "bupati",
    "wali kota",
    "walikota",
    "camat",
    "lurah",
    "sekretaris daerah",
    "sekda",
    "kapolda",
    "kapolres",
    "kapolresta",
    "kapolsek",
)
# Bodies whose English already says the unit: Pemkab Bogor = Bogor Regency Government.
_UNIT_BODIES = (
    "pemerintah kabupaten",
    "pemerintah kota",
    "pemerintah provinsi",
    "pemkab",
    "pemkot",
    "pemprov",
)
REGIONAL_BODIES = _UNIT_BODIES + (
    "dinas",
    "suku dinas",
    "sudin",
    "pemerintah daerah",
    "pemda",
    "dprd",
    "dewan perwakilan rakyat daerah",
    "badan penanggulangan bencana daerah",
    "bpbd",
    "satpol pp",
    "satuan polisi pamong praja",
    "bappeda",
    "inspektorat",
    "kepolisian daerah",
    "polda",
    "kepolisian resor",
    "polres",
    "polresta",
    "kepolisian sektor",
    "polsek",
    "komisi pemilihan umum",
    "kpu",
    "badan pengawas pemilu",
    "badan pengawas pemilihan umum",
    "bawaslu",
    "kejaksaan negeri",
    "kejari",
    "kejaksaan tinggi",
    "kejati",
    "pengadilan negeri",
    "pengadilan tinggi",
)
_EVIDENCE_WINDOW = 8192
_COMPASS = re.compile(
    r" (Barat Daya|Barat Laut|Timur Laut|Utara|Selatan|Timur|Barat|Tengah|Tenggara)(?![\w'’-])"
)
_COMPASS_AHEAD = "(?:Barat|Timur|Utara|Selatan|Tengah|Tenggara)\\b"
# A word the text uses as a place: after these, ending there or before a compass word.
_EVIDENCE_WORDS = frozenset({"Kabupaten", "Provinsi", "Pemkab", "Pemprov", "di"})
_PLACE_END = re.compile(rf"(?![\w'’-])(?! (?!{_COMPASS_AHEAD})[A-Z])")
_WORD = re.compile(r"[A-Z][a-z]{2,}(?![\w'’-])")
PREVIOUS = re.compile(r"(\S+) \Z")  # the word right before an offset (also titled's)
_NEXT_CAPITAL = re.compile(r" [A-Z]")
_SMALL = frozenset({"of", "the", "and", "for", "in", "on"})
_NOT_PLACE = (
    lexicon.FUNCTION_WORDS
    | lexicon.NUMBER_WORDS
    | lexicon.DATE_WORDS
    | lexicon.COMPASS
    | lexicon.TITLES
    | lexicon.TITLE_MODIFIERS
    | lexicon.PLACE_WORDS
    | lexicon.ORGANISATION_WORDS
)
# Capitalised words before a composition that start no name: Kemarin, Mantan, Di
_NO_NAME = (
    lexicon.FUNCTION_WORDS
    | lexicon.NUMBER_WORDS
    | lexicon.DATE_WORDS
    | lexicon.WEEKDAYS_MONTHS
    | lexicon.BASE_VERBS
    | lexicon.SAYING_VERBS
    | lexicon.ADJECTIVES
    | lexicon.TITLE_MODIFIERS
)
TITLE, BODY, UNIT, PLACE = "title", "body", "unit", "place"
HEADED = "headed"  # the head of a regional body: Kepala Dinas Kesehatan (Kabupaten Bogor)
# The word before a body that names its holder, the body's head (also glossary.titled's).
HEAD_OF = "kepala "
# The screen of a batch, at C speed: only these matches may start a composition.
_SCREEN = frozenset({"place", "title", "organisation"})
_UNIT_FORMS = frozenset(u for unit in UNIT_ENGLISH for u in (unit, unit.capitalize()))
HEAD = 8  # may_head's bit (runs.target_bits), apart from namewords's (one call asks both)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


class _Place(NamedTuple):
    english: str  # with its compass word: Central Lampung
    end: int
    after: int  # index of the first reading of the chain after the place
    country: bool
    others: tuple[str, ...] = ()  # its other English names: Seribu Islands


def _other_names(reading: Reading) -> tuple[str, ...]:
    """A place's other English names, its capitalised alternatives but the adjectives made
    of its name (``Kepulauan Seribu``: Thousand Islands, also Seribu Islands; not Jakartan)."""
    if reading.english != reading.match.entry.english:
        return ()
    english = reading.english
    return tuple(
        a
        for a in reading.match.entry.alternatives
        if a[:1].isupper() and not (a.startswith(english) and " " not in a[len(english) :])
    )


def _ends_with(form: str, words: Iterable[str]) -> bool:
    return any(form == w or form.endswith(" " + w) for w in words)


def _starts_with(form: str, words: Iterable[str]) -> bool:
    return any(form == w or form.startswith(w + " ") for w in words)


def capitalised(english: str) -> str:
    """``regency government`` -> ``Regency Government``: an office or body as a name."""
    words = english.split(" ")
    return " ".join(
        w if w[:1].isupper() or (i and w in _SMALL) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
        if w
    )


def _renderings(reading: Reading) -> list[str]:
    """The English of a title or a body as names: the one shown and, when that is the
    msgstr, the alternatives, capitalised, each once (Health Agency, Health Office)."""
    entry = reading.match.entry
    shown = [reading.english]
    if reading.english == entry.english:
        shown += [a for a in entry.alternatives if a[:1].isalpha() and not a.isupper()]
    seen: dict[str, str] = {}  # an acronym the English keeps too: Jakarta Satpol PP
    for english in map(capitalised, shown):
        seen.setdefault(english.casefold(), english)
    return list(seen.values())


class Composer:
    """Composes the places of one text a batch at a time (``compose_batch``); it remembers the
    entries it made (first-only glossing counts on them) and the words the text shows as
    places."""

    def __init__(self, text: str, countries: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.countries = countries  # English names of countries (their offices: titled)
        self.made: dict[tuple, Entry] = {}
        self._roles: dict[tuple[int, str], str | None] = {}
        self._evidence: dict[tuple[str, int], bool] = {}
        self._lower: dict[tuple[str, int], bool] = {}
        self._targets: dict[str, Any] = {}  # runs.TARGET_FLAGS by implementation, of may_head

    # -- what a reading is ---------------------------------------------------------------

    def role(self, match: Match) -> str | None:
        """TITLE, BODY, UNIT or PLACE for a match that may start a composition."""
        key = (id(match.entry), match.form)
        if key not in self._roles:
            self._roles[key] = _role(match)
        return self._roles[key]

    # -- the text's evidence ----------------------------------------------------------------

    def _evidenced(self, word: str, near: int) -> bool:
        """Whether the text uses ``word`` as a place near ``near``: ``di Demak``,
        ``Kabupaten Sumenep``, before no other capitalised word but a compass word."""
        key = (word, near // _EVIDENCE_WINDOW)
        if key not in self._evidence:
            text, lo = self.text, max(0, near - _EVIDENCE_WINDOW)
            hi = near + _EVIDENCE_WINDOW
            found, at = False, text.find(" " + word, lo, hi)
            while at >= 0 and not found:
                end = at + 1 + len(word)
                before = PREVIOUS.search(text, max(0, at - 12), at + 1)
                found = (
                    before is not None
                    and before.group(1) in _EVIDENCE_WORDS
                    and _PLACE_END.match(text, end) is not None
                )
                at = text.find(" " + word, end, hi)
            self._evidence[key] = found
        return self._evidence[key]

    def _free_before(self, start: int, previous: Reading | None) -> bool:
        """Whether the word before ``start`` leaves a composition there whole: no word,
        a lower-case one, punctuation, a reading, a title modifier (Mantan), or a forced
        capital the text also writes in lower case nearby (Warga Kabupaten Bogor)."""
        text = self.text
        if start == 0 or text[start - 1] != " ":
            return True
        if previous is not None and previous.match.end == start - 1:
            return True
        found = PREVIOUS.search(text, max(0, start - 40), start)
        if not found:
            return True
        word = found.group(1)
        if not word[:1].isupper() or not word[-1:].isalnum():
            return True
        low = word.lower()
        if low in _NO_NAME:
            return True
        if not runs.sentence_initial(text, found.start(1), ABBREVIATIONS):
            return False
        key = (low, start // _EVIDENCE_WINDOW)
        if key not in self._lower:
            pattern = re.compile(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])")
            lo = max(0, start - _EVIDENCE_WINDOW)
            self._lower[key] = pattern.search(text, lo, start + _EVIDENCE_WINDOW) is not None
        return self._lower[key]

    def _free_after(self, end: int, following: Reading | None) -> bool:
        """Whether no unknown capitalised word follows ``end`` (a reading may)."""
        if following is not None and following.match.start == end + 1:
            return True
        return _NEXT_CAPITAL.match(self.text, end) is None

    # -- pieces ------------------------------------------------------------------------------

    def _unit_at(self, chain: Sequence[Reading], j: int, at: int) -> tuple[str, int, int] | None:
        """A unit right after ``at`` (one space): a unit reading, or a bare ``Kota``."""
        if self.text[at : at + 1] != " ":
            return None
        if j < len(chain) and chain[j].match.start == at + 1:
            if self.role(chain[j].match) == UNIT:
                return chain[j].match.form.lower(), chain[j].match.end, j + 1
            return None
        if self.text.startswith("Kota ", at + 1):
            return "kota", at + 5, j
        return None

    def _place_at(self, chain: Sequence[Reading], j: int, at: int) -> _Place | None:
        """The place right after ``at`` (one space), with its compass word."""
        text = self.text
        if text[at : at + 1] != " ":
            return None
        start = at + 1
        if j < len(chain) and chain[j].match.start == start:
            reading = chain[j]
            if reading.match.entry.kind != "place":
                return None
            english, end, j = reading.english, reading.match.end, j + 1
            identity = english == reading.match.text
            country = english in self.countries
            others = _other_names(reading)
        elif j < len(chain) and chain[j].match.start < start:
            return None
        else:
            word = _WORD.match(text, start)
            if not word or word.group().lower() in _NOT_PLACE:
                return None
            if not self._evidenced(word.group(), start):
                return None
            english, end, identity, country = word.group(), word.end(), True, False
            others = ()
        compass = _COMPASS.match(text, end)
        if compass and identity and not country:
            if j < len(chain) and chain[j].match.start == end + 1:
                if chain[j].match.end != compass.end():
                    return _Place(english, end, j, country)  # a longer term: Barat Daya...
                j += 1
            direction = COMPASS_ENGLISH[compass.group(1).lower()]
            return _Place(f"{direction} {english}", compass.end(), j, country)
        return _Place(english, end, j, country, others)

    # -- compositions ------------------------------------------------------------------------

    def _at(self, chain: Sequence[Reading], i: int) -> tuple[Reading, int] | None:
        """The composition starting at ``chain[i]`` and the index after it, or None."""
        reading = chain[i]
        role = self.role(reading.match)
        if role is None:
            return None
        previous = chain[i - 1] if i else None
        start, at, j, unit = reading.match.start, reading.match.end, i + 1, ""
        if role == PLACE:
            at, j = start - 1, i
            if self.text[max(0, start - 5) : start] == "Kota " and (
                previous is None or previous.match.end < start - 5
            ):
                start, unit = start - 5, "kota"
        elif role == UNIT:
            unit = reading.match.form.lower()
        elif role == BODY and _starts_with(reading.match.form.lower(), _UNIT_BODIES):
            unit = "body"
        else:
            found = self._unit_at(chain, j, at)
            if found is not None:
                unit, at, j = found
        if not self._free_before(start, previous):
            return None
        place = self._place_at(chain, j, at)
        if place is None or (role in (TITLE, BODY, HEADED) and place.country):
            return None
        if role == PLACE and not unit and place.english == reading.english:
            return None  # nothing to compose: a place alone
        following = chain[place.after] if place.after < len(chain) else None
        if role not in (TITLE, HEADED) and not self._free_after(place.end, following):
            return None
        renderings = _composed(role, reading, unit, [place.english, *place.others])
        if not renderings:
            return None  # a head's English of another shape than "head of the ..."
        end = place.end
        key = (role, id(reading.match.entry), reading.english, unit, self.text[start:end])
        if key not in self.made:
            kind = {TITLE: "title", HEADED: "title", BODY: "organisation"}.get(role, "place")
            self.made[key] = Entry(
                " ".join(self.text[start:end].split()),
                renderings[0],
                alternatives=list(dict.fromkeys(renderings[1:])),
                kind=kind,
            )
        entry = self.made[key]
        span = self.text[start:end]
        match = Match(start, end, span, entry, " ".join(span.split()), reading.match.status)
        return Reading(match, entry.english), place.after

    def _compose_chain(self, chain: Sequence[Reading]) -> Iterator[tuple[int, int, Reading]]:
        """(first, after, reading) for each composition in a chain of readings, each one
        space or `` Kota `` from the next."""
        k = 0
        while k < len(chain):
            found = self._at(chain, k)
            if found is None:
                k += 1
                continue
            yield k, found[1], found[0]
            k = found[1]

    def _chained(self, first: Match, second: Match) -> bool:
        gap = self.text[first.end : second.start]
        return gap == " " or gap == " Kota "

    def compose_batch(
        self, batch: list[Match], notes: dict[int, Note | None], bits: bytes | None = None
    ) -> tuple[list[Match], dict[int, Note | None]]:
        """A batch of matches and the judge's notes on them, composed: each composition
        becomes one match with no note and the matches it covers go; the rest keep their
        notes. A place the judge left out as a word of a longer name comes back when that
        name is its composition (``Kota Bekasi``: Bekasi inside an unknown run). A batch
        with nothing to compose comes back as it is. ``bits``: the batch's ``target_bits``
        with ``HEAD`` as ``may_head`` says, when the caller has them."""
        text, rest = self.text, itertools.repeat
        if bits is None:
            bits = runs.target_bits(batch, self._targets, may_head)
        kinds = runs.having(bits, HEAD)
        if not kinds:
            return batch, notes
        some = [batch[kinds[0]]] if len(kinds) == 1 else operator.itemgetter(*kinds)(batch)
        capital_next = map(_NEXT_CAPITAL.match, rest(text), map(_END, some))
        after_kota = map(
            text.startswith, rest("Kota "), map(operator.sub, map(_START, some), rest(5))
        )
        glance = map(operator.or_, map(bool, capital_next), after_kota)
        starts = [
            i
            for i in itertools.compress(kinds, glance)
            if self._may_start(batch[i]) and self._usable(batch[i], notes.get(i, ...))
        ]
        if not starts:
            return batch, notes
        replaced: dict[int, tuple[Match, int]] = {}  # first index -> match, last index
        done = -1
        for i in starts:
            if i <= done:
                continue
            members = self._chain_around(batch, notes, i)
            chain = [reading for _, reading in members]
            covered = -1
            for first, _, reading in self._compose_chain(chain):
                at = members[first][0]
                if at <= covered:
                    continue
                covered = at  # every match the composition's span holds goes: Demak Barat
                while covered + 1 < len(batch) and batch[covered + 1].start < reading.match.end:
                    covered += 1
                replaced[at] = (reading.match, covered)
            done = max(members[-1][0], covered)
        if not replaced:
            return batch, notes
        out: list[Match] = []
        firsts, removed, taken = sorted(replaced), [], 0
        for first in firsts:  # slices, not a Python step per match
            joined, last = replaced[first]
            out += batch[len(out) + taken : first]
            out.append(joined)
            taken += last - first
            removed.append((last, taken))
        out += batch[len(out) + taken :]
        kept: dict[int, Note | None] = {}
        lasts = [last for last, _ in removed]
        for i, note in notes.items():
            at = bisect.bisect_left(lasts, i)  # the first composition ending at or after i
            if at < len(firsts) and firsts[at] <= i:
                continue  # covered by a composition (dropped ones in it go too)
            kept[i - (removed[at - 1][1] if at else 0)] = note
        return out, kept

    def _may_start(self, match: Match) -> bool:
        """Whether a composition may start at ``match``, by a glance at the text: a place
        before a compass word or after ``Kota``, a head before a capitalised word."""
        role = self.role(match)
        if role is None:
            return False
        text = self.text
        if role == PLACE:
            return bool(_COMPASS.match(text, match.end)) or text.startswith(
                "Kota ", match.start - 5
            )
        return _NEXT_CAPITAL.match(text, match.end) is not None

    def _usable(self, match: Match, note: Note | None | object) -> bool:
        """Shown, or a place left out that may come back: one whose English is its name."""
        if note is not None:
            return True
        return match.entry.kind == "place" and match.entry.english == match.text

    def _chain_around(
        self, batch: list[Match], notes: dict[int, Note | None], i: int
    ) -> list[tuple[int, Reading]]:
        """The chain of usable matches that holds ``batch[i]``, with their indices."""
        usable = [
            k
            for k in range(max(0, i - 8), min(len(batch), i + 9))
            if self._usable(batch[k], notes.get(k, ...))
        ]
        at = usable.index(i)
        first = last = at
        while first and self._chained(batch[usable[first - 1]], batch[usable[first]]):
            first -= 1
        while last + 1 < len(usable) and self._chained(
            batch[usable[last]], batch[usable[last + 1]]
        ):
            last += 1
        members = []
        for k in usable[first : last + 1]:
            note = notes.get(k, ...)
            members.append((k, noted(batch[k], note if isinstance(note, Note) else None)))
        return members


def may_head(match: Match) -> int:
    """``HEAD`` for a match that may start a composition (``runs.target_bits``): a place,
    a regional title or body, a unit (``Kabupaten``, as written or capitalised)."""
    screened = match.entry.kind in _SCREEN or match.form in _UNIT_FORMS
    return HEAD if screened and _role(match) is not None else 0


def _headed(names: list[str], places: list[str]) -> list[str]:
    """The head of a regional body, its place composed: ``Kepala Dinas Kesehatan`` (head
    of the health agency) of ``Kabupaten Bogor`` is the head of the Bogor Regency Health
    Agency, the Bogor Regency Health Agency head."""
    out = []
    for name in names:
        lower = name.lower()
        if lower.startswith("head of the "):
            body = capitalised(name[len("head of the ") :])
            out += [f"head of the {p} {body}" for p in places]
        elif lower.endswith((" head", " chief")):
            body, _, chief = name.rpartition(" ")
            out += [f"{p} {capitalised(body)} {chief.lower()}" for p in places]
    return out


def _role(match: Match) -> str | None:
    entry, form = match.entry, match.form.lower()
    if entry.kind == "place":
        return PLACE
    if entry.kind == "title" and _ends_with(form, REGIONAL_TITLES):
        return TITLE
    if entry.kind == "title" and form.startswith(HEAD_OF):
        return HEADED if _starts_with(form[len(HEAD_OF) :], REGIONAL_BODIES) else None
    if entry.kind == "organisation" and _starts_with(form, REGIONAL_BODIES):
        return BODY
    if form in UNIT_ENGLISH and form != "kota":
        return UNIT
    return None


def _composed(role: str, head: Reading, unit: str, place_names: Sequence[str]) -> list[str]:
    """The English of a composition, the first its gloss: ``Bogor Regency``, ``Demak
    Regent``, ``Sumenep Regency Health Agency``; with each of the place's English names
    (``place_names``, the one shown first: ``Bupati Kepulauan Seribu`` = Thousand Islands
    Regent, Seribu Islands Regent)."""
    units = UNIT_ENGLISH.get(unit, ())
    with_unit = [f"{p} {u}" for p in place_names for u in units]
    if role in (PLACE, UNIT):
        if not units:
            return list(place_names)  # Central Lampung
        return [
            *with_unit,
            *(f"{u.lower()} of {p}" for p in place_names for u in units),
            *place_names,
        ]
    names = _renderings(head)
    if role == TITLE:
        deputies = [o.split(" ", 1) for o in names if o.startswith(("Deputy ", "Vice "))]
        return [
            *(f"{p} {office}" for p in place_names for office in names),
            *(f"{office} of {p}" for p in place_names for office in names),
            *(  # Vice Jakarta Governor
                f"{deputy} {p} {office}" for p in place_names for deputy, office in deputies
            ),
        ]
    places = [*with_unit, *place_names] if units else list(place_names)
    if role == HEADED:
        return _headed(names, places)
    return [
        *(f"{p} {name}" for p in places for name in names),
        *(f"{name} of {p}" for p in places[:1] for name in names),
    ]
