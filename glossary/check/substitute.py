"""What stands in a term's place when its English is missing: another glossary term's English
that the source segment does not account for ("Tokyo" for ``Jakarta``, "the Surabaya Stock
Exchange" for ``Bursa Efek Jakarta``), a wrong rendering; or nothing of the kind, where the
English left the term out with the clause around it ("The Central Bureau of Statistics
reported a deflation" for ``BPS mengumumkan bahwa Indonesia mengalami deflasi``), as news
English condenses."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass

from glossary import lexicon, regex_cache
from glossary.check.derived import PERSON_RANKS
from glossary.check.english import is_frequent
from glossary.check.english_terms import EnglishTerms
from glossary.check.finding import STRICT_KINDS
from glossary.check.loose import (
    ranked,
    shortened_inside,
    speaker_added,
    the_term_itself,
)
from glossary.check.mentions import CLASS_NOUNS, SPEAKER_NOUNS, _short_forms, class_noun
from glossary.check.patterns import singular
from glossary.check.said import (
    accounted_for,
    rendering_words,
    said_in,
    term_left_out,
    words_of,
    written_in,
)
from glossary.check.source import Occurrence
from glossary.check.unknown import (
    _NAME_DRIFT,
    _NAME_RUN,
    _SENTENCE_OPEN,
    _known,
    _name_groups,
    _without_possessive,
    unknown_names,
)
from glossary.check.wording import as_verb, in_name_slot
from glossary.store import Entry

_WORD = regex_cache.compile(r"[^\W\d_]+")
# A general word this short stands for nothing in particular ("aid", "law", "dam").
_SHORT_WORD = 3


def _rendered(entry: Entry, text: str, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether a rendering the segment uses (``taken``) writes ``entry``'s English: its
    words are spent there ("President" of "Ukrainian President" says nothing for a second
    "President": "German President" for ``Kanselir Jerman`` stands in its place)."""
    spans = [text[a:b].casefold() for a, b in taken]
    return any(r.casefold() in span for r in entry.renderings for span in spans)


def said_otherwise(candidates: Iterable[StandIn], source: str) -> Iterator[tuple[StandIn, bool]]:
    """Each stand-in with whether its words translate something the source says: whether
    any entry of the glossary written at its place (``company`` is the English of
    ``perusahaan`` and of ``perseroan``) has its Indonesian in the source
    (``accounted_for``; for a general word also ``words_said``, asked only where the
    answer decides). Another entry with the same English that the source lacks does not
    make it a wrong rendering. Lazy, one place at a time."""
    for _start, group in itertools.groupby(candidates, key=lambda found: found.start):
        here = list(group)
        said = {found.entry.key: accounted_for(found.entry, source) for found in here}
        for found in here:
            same = [f for f in here if f.written.casefold() == found.written.casefold()]
            yield found, any(said[f.entry.key] for f in same)


def _spent(
    source: str, present: Iterable[Entry], text: str, taken: Sequence[tuple[int, int]]
) -> str:
    """``source`` without the terms whose rendering the English writes: their words are
    spent there and account for nothing else (``Presiden`` of ``Presiden Ukraina``, written
    "Ukrainian President", does not say the "President" of "German President")."""
    for entry in {e.key: e for e in present if _rendered(e, text, taken)}.values():
        for form in entry.forms:
            source = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", " " * len(form), source, flags=re.I)
    return source


def words_said(found: StandIn, source: str, lexicon: EnglishTerms) -> bool:
    """Whether every word of a general stand-in is written in the English of some entry of
    ``lexicon`` whose Indonesian the source says (``accounted_for``): "capital" of "capital
    market" where the source has ``modal`` ("the bank's strong capital basis" translates
    ``basis modal bank``)."""
    if found.entry.kind in STRICT_KINDS or found.written[:1].isupper():
        return False
    words = [singular(w) for w in _WORD.findall(found.written.casefold()) if len(w) >= 3]
    folded = source.casefold()
    return bool(words) and all(
        any(said_in(form, folded) for form in lexicon.by_word.get(word, ())) for word in words
    )


@dataclass(frozen=True)
class StandIn:
    """Another entry's English where a term's rendering is missing, and where it stands."""

    entry: Entry
    written: str
    start: int
    surplus: bool = False


def others(
    english: EnglishTerms,
    occ: Occurrence,
    text: str,
    taken: Sequence[tuple[int, int]],
    present: Iterable[Entry],
    window: tuple[int, int | None] = (0, None),
    *,
    setting: Collection[tuple[str, str]] = frozenset(),
    place: float | None = None,
    keep: Callable[[str, int], bool] | None = None,
) -> Iterator[StandIn]:
    """The English of entries other than the source segment's (``present``) that ``text``
    writes in ``window``: not inside another rendering (``taken``) or a short mention of
    the term itself, not made only of words of the segment's renderings ("US" of "US
    dollar" for ``dolar AS``), not written as it is in the source (``Sumatra`` of ``PT
    Bakrie Sumatra Plantations``). An entry of the segment whose English ``text`` writes
    more often than the source says it (``present`` holds one entry per occurrence) stands
    in the term's place once, where it is nearest: "Jakarta Mayor Pramono Anung asked the
    mayors" for ``Gubernur DKI Jakarta Pramono Anung meminta wali kota``. The places of
    the document's ``setting`` stand in for nothing: English adds them to any sentence
    ("Indonesia's budget surplus" for ``surplus anggaran``). ``keep``: what the caller may
    keep (the English written and where it starts), asked first: the cheapest test."""
    entry, source = occ.match.entry, occ.piece.text
    present = list(present)
    keys = {e.key for e in present}
    where = occ.match.start / max(len(source), 1) if place is None else place
    # The segment's own words, and its terms' uses in all of the English (a search of
    # the whole text, where the window may hold nothing): gathered when a candidate asks.
    words = None
    extra: dict[tuple[str, str], int] | None = None
    repeated: list[tuple[int, int]] = []
    mentions = _mentions(_short_forms(entry.kind, tuple(entry.renderings)), text)
    for other, (start, end) in english.find(text, *window):
        written = _without_possessive(text[start:end])
        if keep is not None and not keep(written, start):
            continue
        if extra is None:
            extra = _surplus(english, text, present, where)
            uses_of = _uses(english, text)
            repeated = [span for key in keys for span in uses_of.get(key, ())]
        if extra.get(other.key) == start:
            if not written_in(written, source):
                yield StandIn(other, written, start, surplus=True)
            continue
        if (
            other.key in keys
            or other.key in setting
            or any(start < b and a < end for a, b in taken)
            or any(a <= start and end <= b for a, b in repeated)  # "Minister" of a repeat
            or any(a <= start and end <= b for a, b in mentions)  # not "Trade Minister"
            or written_in(written, source)
        ):
            continue
        words = words or _segment_words(entry, present, text, taken)
        if words_of(written) <= words[other.kind == "title"] and not shortened_inside(
            [written], entry
        ):
            continue
        yield StandIn(other, written, start)


def _segment_words(
    entry: Entry, present: Sequence[Entry], text: str, taken: Sequence[tuple[int, int]]
) -> tuple[set[str], set[str]]:
    """The words of the segment's renderings that stand for its own terms, asked only of
    a candidate (``others``): the term's own words stand for it ("the minister" for
    ``Menteri Keuangan``), but not without its rank ("President Gibran" for ``Wakil
    Presiden Gibran`` is another title); and those a title may be made of, without a
    title's words spent where its rendering is written ("President" of "Ukrainian
    President" excuses no "German President")."""
    own = [e for e in present if e.key != entry.key or not ranked(e)]
    titles = (e for e in own if e.kind != "title" or not _rendered(e, text, taken))
    return rendering_words(own), rendering_words(titles)


@functools.lru_cache(maxsize=32)
def _mentions(short: re.Pattern[str] | None, text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` has a term's short mention (``mentions._short_forms``): asked again
    for each glossary and each stand-in search of the term in the segment."""
    return tuple(m.span() for m in short.finditer(text)) if short else ()


# A rank the English puts before a title, and the Indonesian that says one (wakil, plt and
# their short forms: wagub, wabup, wawali).
_RANK_ADDED = regex_cache.compile(rf"(?<![\w-])({'|'.join(PERSON_RANKS)})[\s-]+$", re.IGNORECASE)
_RANK_INSIDE = regex_cache.compile(
    rf"(?<![\w-])(?:{'|'.join(PERSON_RANKS)})(?![\w-])", re.IGNORECASE
)
_RANK_SAID = regex_cache.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(lexicon.TITLE_MODIFIERS - {'mantan', 'calon'}))}"
    rf"|wk|wagub|wabup|wawali|{'|'.join(PERSON_RANKS)})(?!\w)",
    re.IGNORECASE,
)


def added_modifier(
    found: Sequence[Occurrence], used: tuple[str, re.Match[str]]
) -> tuple[str, bool] | None:
    """A word the English puts before a title's rendering, or inside the form it uses
    (``used``: the rendering and where it stands), that makes it another person's, where
    the source segment says no such word anywhere, and whether it is inside: "Deputy
    Secretary General" for ``Sekretaris Jenderal NATO`` (no ``wakil``), "BI deputy
    governor" (a rank before the head of "BI governor") for ``Gubernur BI``."""
    if found[0].match.entry.kind != "title" or _RANK_SAID.search(found[0].piece.text):
        return None
    rendering, match = used
    before = _RANK_ADDED.search(match.string[max(0, match.start() - 24) : match.start()])
    if before is not None:
        return before.group(1), False
    own = rendering.casefold().split()
    for inside in _RANK_INSIDE.finditer(match.group()):
        if inside.group().casefold() not in own:
            return inside.group(), True
    return None


def widened_into(
    found: Sequence[Occurrence],
    text: str,
    span: tuple[int, int],
    glossaries: Sequence[EnglishTerms],
) -> tuple[int, Entry] | None:
    """Where words the English puts before a term's rendering (``span``) make the whole
    another entry's English, an entry whose own words the source segment does not say: its
    start and the entry. "Higher Education Minister" (``Menteri Pendidikan Tinggi``) for
    ``Menteri Pendidikan Dasar dan Menengah``, whose alternative "Education Minister" it
    ends in; not "Jakarta Education Office" where the source says ``DKI`` (``_OFFICES``)."""
    start, end = span
    entry = found[0].match.entry
    if entry.kind not in _OFFICES:
        return None
    own = {w.casefold() for w in _WORD.findall(found[0].match.text)}
    if len(own) < 2:
        return None
    found_before = [
        (other, at, stop)
        for english in glossaries
        for other, (at, stop) in english.find(text, max(0, start - 60), start - 1)
    ]
    for other, at, stop in found_before:
        if (
            stop != end
            or other.kind not in _OFFICES
            or other.key == entry.key
            or set(other.renderings) & set(entry.renderings)
            or not text[at:start].strip()[:1].isupper()
            or any(o.kind == "place" and at <= a and b <= start for o, a, b in found_before)
        ):
            continue
        if not accounted_for(other, found[0].piece.text, own):
            return at, other
    return None


# What a wider English may make another of: a named office or body (two words or more: a
# bare "Presidan" or "PM" is made specific by context, "Japanese Prime Minister"), by
# words with a capital that name no place ("Central Jakarta", "Chinese president" are a
# translator's detail).
_OFFICES = frozenset({"title", "organisation"})


def _surplus(
    english: EnglishTerms, text: str, present: Sequence[Entry], where: float
) -> dict[tuple[str, str], int]:
    """Entries of the source segment (one per occurrence in ``present``) whose English
    ``text`` writes more often than the source says them, each with the start of its use
    nearest ``where`` (a share of the segment's length): one of them renders nothing the
    source says there."""
    said = Counter(e.key for e in present)
    uses_of = _uses(english, text)
    length = max(len(text), 1)
    extra = {}
    for key, count in said.items():
        uses = uses_of.get(key, ())
        if len(uses) <= count:
            continue
        start, end = min(uses, key=lambda span: abs(span[0] / length - where))
        if text[start:end][:1].isupper() and abs(start / length - where) <= _NAME_DRIFT:
            extra[key] = start  # a name or a title, not a word English repeats
    return extra


@functools.lru_cache(maxsize=32)
def _uses(english: EnglishTerms, text: str) -> dict[tuple[str, str], tuple[tuple[int, int], ...]]:
    """The separate uses of each entry's English in ``text``, once per segment however many
    of its terms are missing."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    found = sorted(english.find(text), key=lambda f: (f[1][0], -f[1][1]))
    # Spans in order of start, the longest first: a longer span around one starts before
    # it (reaching at least as far), or at the same place and first (reaching further).
    reach, here, here_end = -1, -1, -1  # furthest end of the spans starting before ``here``
    for other, (start, end) in found:
        if start != here:
            reach, here, here_end = max(reach, here_end), start, end
        kept = spans[other.key]
        if kept and start < kept[-1][1]:
            continue  # "economic growth" once, not its "growth" again
        if reach >= end or here_end > end:
            continue  # "Stock" of "Jakarta Stock Exchange" is no mention of ``saham``
        if kept and not text[kept[-1][1] : start].strip(" ()"):
            kept[-1] = (kept[-1][0], end)  # "the House of Representatives (DPR)": one mention
        else:
            kept.append((start, end))
    return {key: tuple(uses) for key, uses in spans.items()}


def derived_place(found: StandIn) -> bool:
    """Whether a stand-in is a place written by a derived form, a demonym or adjective
    ("Indonesian", "Japanese"): English adds it to a noun ("the Indonesian currency" for
    ``mata uang lokal``); it stands in for a place only, never for a name of another kind."""
    entry = found.entry
    return entry.kind == "place" and found.written.casefold() != entry.english.casefold()


# Where the term's place is a guess from what both lines share, a stand-in this near it.
GUESSED_DRIFT = 0.15
# A frequent general word stands in a term's place only this near it.
_FREQUENT_DRIFT = 0.15
# A common noun in a name's place (``wording.in_name_slot``) stands in a term's place this
# near it.
_SLOT_DRIFT = 0.1


def stand_in(
    glossaries: Sequence[EnglishTerms],
    occ: Occurrence,
    text: str,
    taken: Sequence[tuple[int, int]],
    present: Sequence[Entry],
    drift: float | None = None,
    *,
    distinct: bool = False,
    unknown: bool = False,
    setting: Collection[tuple[str, str]] = frozenset(),
    at: tuple[int, int] | None = None,
    usual: Container[str] = frozenset(),
    place: float | None = None,
    guessed: bool = False,
) -> str | None:
    """Another entry's English that stands in ``text`` where the source has ``occ``'s term
    and that the source does not account for (a name, or a general word longer than three
    letters), within ``drift`` (a share of the segment's length) of the term's place, or
    anywhere. ``distinct``: only a name or a phrase of several words, which no condensing
    writes by chance ("the gubernatorial candidate daily" for ``Harian Bisnis Indonesia``).
    ``unknown``: a name the glossary does not know counts too (``unknown_names``);
    ``setting``: the document's own places (``others``). ``place``: where the term stands in
    the English, if not at its share of the source; ``guessed``: ``place`` is a guess from
    what both lines share, and only a rare general word or title, or a glossary name or
    phrase, stands in, closer by (``GUESSED_DRIFT``)."""
    source = occ.piece.text
    where = occ.match.start / max(len(source), 1) if place is None else place
    elsewhere = term_left_out(occ)
    spent = functools.cache(lambda: _spent(elsewhere, present, text, taken))
    window: tuple[int, int | None] = (0, None)
    if drift is not None:
        drift = min(drift, GUESSED_DRIFT) if guessed else drift
        window = (max(0, int((where - drift) * len(text))), int((where + drift) * len(text)))
    if at is not None:  # the term's place in the English, found otherwise (``speaker_slot``)
        window, where = at, at[0] / max(len(text), 1)

    def offset_of(start: int) -> float:  # from the term's place, a share of the English
        return 0.0 if at else start / max(len(text), 1) - where

    def may_stand(written: str, start: int) -> bool:
        # What the tests below may keep, by what is cheap to ask: where only a name or a
        # phrase counts, a lower-case word only near the term's place (in a name's slot);
        # no word of three letters but a name.
        capital = written[:1].isupper()
        if len(written) <= _SHORT_WORD and (distinct or not capital):
            return False
        if not distinct or capital or len(written.split()) > 1:
            return True
        return drift is not None and abs(offset_of(start)) <= _SLOT_DRIFT

    for english in glossaries:
        candidates = others(
            english, occ, text, taken, present, window, setting=setting, place=where, keep=may_stand
        )
        nearest: tuple[float, StandIn] | None = None  # the one nearest the term's place
        for found, said in said_otherwise(candidates, elsewhere):
            written = found.written
            if derived_place(found) and occ.match.entry.kind != "place":
                continue  # "the Indonesian government" for ``pemerintah``: no wrong name
            capitalised = written[:1].isupper() and not _sentence_capital(found, text)
            if not capitalised and class_noun(occ.match.entry.kind, written, text[: found.start]):
                continue  # "the company" for ``Jasa Marga``: mentioned as what it is
            if singular(written.casefold()) in SPEAKER_NOUNS and (
                at or occ.match.entry.kind in CLASS_NOUNS
            ):
                continue  # "an official said" for ``Bappenas mengungkapkan``
            if not capitalised and " " not in written and as_verb(written, found.start, text):
                continue  # "to help Indonesian businessmen": a verb stands in for no name
            if capitalised and speaker_added(occ, found.entry, found.start + len(written), text):
                continue  # "..., Jusuf Kalla said" for ``ujar Ketua Umum Partai Golkar itu``
            if the_term_itself(occ.match.entry, written, text, found.start + len(written)):
                continue  # "the State Ministry" for ``Menteri Negara``: the term, derived
            offset = offset_of(found.start)
            # A common noun written where English writes a name ("including village in")
            # is no condensing and no chance: it stands there.
            slot = (
                not capitalised
                and drift is not None
                and abs(offset) <= _SLOT_DRIFT
                and in_name_slot(written, found.start, text)
            )
            if distinct and not (len(written.split()) > 1 or capitalised or slot):
                continue
            if len(written) <= _SHORT_WORD and not (capitalised and not distinct):
                continue
            if (
                not capitalised
                and not slot
                and (found.entry.kind != "title" or guessed)
                and _by_chance(written, offset, usual, anywhere=guessed)
            ):
                continue  # "the company's president director" for ``Dirut Jasa Marga``
            # A title the source says once names one person: a second "President" is
            # another's ("German President" beside "Ukrainian President").
            if found.entry.kind == "title" and said:
                said = accounted_for(found.entry, spent())
            if (nearest is None or abs(offset) < nearest[0]) and (
                found.surplus or not (said or not slot and words_said(found, elsewhere, english))
            ):
                nearest = abs(offset), found
        if nearest is not None:
            whole = (
                _whole_name(nearest[1], text, taken, source) if unknown and not guessed else None
            )
            return whole or nearest[1].written
    unknown = unknown and not guessed
    names = unknown_names(occ, text, taken, present, where) if unknown else iter(())
    return next((n for n in names if not _known(glossaries, n)), None)


def _whole_name(
    found: StandIn, text: str, taken: Sequence[tuple[int, int]], source: str
) -> str | None:
    """The longer name a general term's capitalised English is a word of, between the
    renderings of the segment's terms (``taken``) and without the words the ``source``
    writes as they are: "Cimahi City" for "City" in "Head of the Cimahi City Health Agency
    Anhar Hadian", where "head of the ... health agency" renders ``Kepala Dinas Kesehatan``
    and the source names Anhar Hadian."""
    if found.entry.kind in STRICT_KINDS or not found.written[:1].isupper():
        return None
    for run in _NAME_RUN.finditer(text):
        if run.start() <= found.start < run.end():
            for _, group in _name_groups(run, taken):
                if found.written not in group:
                    continue
                at = group.index(found.written)
                start, end = at, at + 1
                while start > 0 and not written_in(group[start - 1], source):
                    start -= 1
                while end < len(group) and not written_in(group[end], source):
                    end += 1
                whole = " ".join(group[start:end])
                return whole if len(whole) > len(found.written) else None
    return None


def _sentence_capital(found: StandIn, text: str) -> bool:
    """Whether a general term's English is capitalised only because it opens a sentence
    ("State-owned Bank Mandiri", "Stock rating agency PT Pefindo"): no name."""
    return found.entry.kind not in STRICT_KINDS and bool(_SENTENCE_OPEN.search(text[: found.start]))


def _by_chance(
    written: str, offset: float, usual: Container[str] = frozenset(), anywhere: bool = False
) -> bool:
    """Whether a general word may stand where it does by chance (a title never does: "the
    KPK chairman" for ``Wakil Ketua KPK``): a frequent English word
    ("company", "growth", "national") that any sentence may hold, not right in the term's
    place (``offset``: how far from it, as a share of the segment's length). A rarer word
    ("sugarcane" for ``Bank Indonesia``) counts as far as a stand-in reaches."""
    return written in usual or (
        " " not in written
        and (anywhere or abs(offset) > _FREQUENT_DRIFT)
        and is_frequent(written.casefold())
    )


_HERE = regex_cache.compile(r"(?<!\w)here(?!\w)", re.IGNORECASE)
# What gives a name as a location: "in Tokyo", "at the Tokyo ...", "on the Bandung ...".
_LOCATION_SLOT = regex_cache.compile(r"(?<!\w)(?:in|at|on)\s+(?:the\s+)?", re.IGNORECASE)


def located(
    english: EnglishTerms | None,
    occ: Occurrence,
    text: str,
    taken: Sequence[tuple[int, int]],
    present: Sequence[Entry],
    drift: float,
    setting: Collection[tuple[str, str]] = frozenset(),
    place: float | None = None,
) -> str | None:
    """Another name of ``english`` that the English gives as a location ("in", "at", "on
    the" before it) within ``drift`` of where the source has a place: "in Tokyo on Monday",
    "on the Bandung inter-bank market" for ``Jakarta``; none where the English gives the
    place as "here" ("at the World Bank office here")."""
    if english is None or _HERE.search(text):
        return None
    where = occ.match.start / max(len(occ.piece.text), 1) if place is None else place
    window = max(0, int((where - drift) * len(text))), int((where + drift) * len(text))
    slots = {m.end() for m in _LOCATION_SLOT.finditer(text) if window[0] <= m.end() <= window[1]}
    if not slots or not any(
        start in slots for _entry, (start, _end) in english.find(text, *window)
    ):
        return None  # no glossary English right after "in", "at", "on the"
    candidates = others(english, occ, text, taken, present, window, setting=setting, place=where)
    source = term_left_out(occ)
    for found, said in said_otherwise(candidates, source):
        if (
            (
                found.written[:1].isupper()
                or not (found.entry.kind in STRICT_KINDS or is_frequent(found.written.casefold()))
            )
            and not said
            and not derived_place(found)
            and not words_said(found, source, english)
            and found.start in slots  # right after "in", "at", "on the"
        ):
            return found.written
    return None
