"""Glosses a reader can trust: which matches to show, with which English, marked how.

The matcher finds every glossary term; not every match makes a good gloss. This module
judges the matches of one text, precision before recall (issue 14), for annotate and
flashcards alike (check takes the senses):

- **Part of a longer name.** A term inside a run of capitalised words that the glossary
  does not know as a whole (``Perdana Menteri`` with only ``menteri`` known, ``Tepi
  Barat``, ``Departemen Luar Negeri AS``) glosses one word, not the name. Such a gloss
  is *partial*: shown marked (``Perdana Menteri [Menteri: minister]``), or, for a
  one-word name whose capital letter is what made it match (``Barat`` = the West,
  ``Madrid``, ``AS``), not shown at all: inside ``Tepi Barat``, ``Real Madrid`` or a
  company's name after its legal form (``PT Bali Securities``, ``PT Semen Gresik``: no
  cement) that capital belongs to the longer name, so the name's sense is not evidenced. A
  complete name beside another is not partial (``Kepala BPS``, ``Presiden AS``,
  ``Gubernur Jakarta``, ``Departemen Luar Negeri AS`` for ``AS``, a multiword name),
  nor a title or a nationality before a person's name (``Presiden Susilo``, ``petenis
  Jepang Ai Sugiyama``). A head before words that continue it is partial (``Menteri
  Pertanian``, ``Jakarta Utara``: lexicon words, derived nouns, words the text also
  writes in lower case; the words between a title and an organisation: ``Sekretaris
  Utama Bappenas``; a title going on after dan: ``Menteri Lingkungan Hidup dan
  Kehutanan``; a term the text capitalises after an unknown word and dan: ``Bea dan
  Cukai``). A name made only of terms known one by one is partial as well:
  titles and terms, no names in themselves, capitalised side by side (``Kementerian
  Pertahanan``, ``Wakil Presiden``), not a term beside its acronym (``Surat Utang
  Negara SUN``) nor a noun before a place saying whose (``Tentara Jepang``). A run goes on
  over a function word that is also a word of a name (``Pasar Spot Antar Bank``, ``Suku
  Bunga Tetap``), not over a preposition (``Ke Indonesia``).
- **A person's short form** (``Trump`` of ``Donald Trump``) glosses only where it can
  be that person: not after another given name or an initial (``Melania Trump``,
  ``George H.W. Bush``), not before more of a name (``Trump Tower``).
- **A place as a given name.** A one-word place that names no nation, before an unknown
  capitalised word the text also writes alone nearby (the surname), the place never
  alone there, is left out: ``Gelandang Santiago Ezquerro ... Ezquerro`` is no city.
- **Acronyms the text defines** (``glossary.defined``): a glossary acronym the text
  defines otherwise is left out (``aviant influenza (AI)``, ``flu burung (AI)``), and a
  term inside a capitalised name its acronym spells is partial (``Pupuk Kalimantan
  Timur PKT``).
- **Senses chosen by the neighbouring word** (``glossary.senses``, imported here):
  ``# senses: abroad after ke di``, ``ke luar negeri`` = abroad.
- **Identity glosses** (``China [China]``): ``identical`` says which.

Capital letters are evidence only where they are not forced: the first word of a
sentence counts as part of a name when the text writes it with a capital elsewhere
in mid-sentence, or never in lower case and it is no everyday or affixed word
(``Kenaikan UMP``: ke-naik-an is no name, so UMP is glossed); in a headline
written in capitals or title case a word counts as capitalised only if the text
writes it so in mid-sentence. A one-word name matched with -nya where its capital is
forced is left out (``Malangnya, ...`` is malang + -nya, "unfortunately").

Judging is fast because little of it happens here: ``glossary.runs`` (compiled, like
the scan) screens a batch of matches for the runs worth judging, keys each, and
applies the verdicts remembered for its key; only runs not seen before, or whose
evidence must be asked again, come to ``Judge._judge_cached``, which gives their words to
``glossary.verdicts`` for the verdicts.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from glossary import defined, lexicon, morphology, namewords, runs, scan
from glossary.match import Match, normalize

# the senses, here for those who import them from glossary.gloss
from glossary.senses import AFTER, BEFORE, Sense, neighbours, parse_sense, rendering, senses
from glossary.text import ABBREVIATIONS
from glossary.verdicts import DROPPED, NAME_HEADS, PARTIAL, RunJudge, short_form

__all__ = ["AFTER", "BEFORE", "Sense", "neighbours", "parse_sense", "rendering", "senses"]
__all__ += ["Judge", "Note", "Reading", "batch_readings", "identical", "noted", "short_form"]


def identical(match: Match, english: str | None = None) -> bool:
    """Whether the gloss only repeats the Indonesian (``China [China]``, ``Kim Jong-un [Kim
    Jong Un]``): equal to the surface, the form or the term, ignoring case and punctuation."""
    gloss = normalize(match.entry.english if english is None else english)
    return gloss in (normalize(match.text), normalize(match.form), normalize(match.entry.term))


# -- judging a text's matches -------------------------------------------------------------


class Reading(NamedTuple):
    """How one match is shown: the English chosen, whether it glosses part of a longer
    name, whether it only repeats the Indonesian."""

    match: Match
    english: str
    partial: bool = False
    identical: bool = False


class Note(NamedTuple):
    """What differs from showing a match as it is: its English, whether it is partial."""

    english: str
    partial: bool


def batch_readings(found: Sequence[Match], notes: dict[int, Note | None]) -> Iterator[Reading]:
    """A batch of matches shown as the judge's ``notes`` say (``Judge.batches``; a match
    without a note as it is), in order, dropped ones left out."""
    for i, match in enumerate(found):
        note = notes.get(i, ...)
        if note is None:
            continue
        english, partial = (match.entry.english, False) if note is ... else note
        yield Reading(match, english, partial, identical(match, english))


def noted(match: Match, note: Note | None) -> Reading:
    """One match shown as a note of the judge says (None: as it is), its English checked
    by nothing else: what a composition of several matches reads (``glossary.titled``)."""
    return Reading(match, *note) if note is not None else Reading(match, match.entry.english)


DROP = None  # a match not to be shown

_LINE_LOWER = re.compile(r"(?<![\w'\u2019-])[a-z]\w*")
_LINE_CAPITAL = re.compile(r"(?<![\w'\u2019-])[A-Z]\w*")
_EVIDENCE_WINDOW = 8192  # evidence is sought this far either side of a word
_EVIDENCE_REUSED = 1 << 23  # ... and what was found serves this far on
_MEMO = 1 << 16  # runs remembered
# Derived nouns and adjectives, never names: perekonomian, keagamaan, pertahanan, terbuka.
_DERIVED = re.compile(r"(?:pe[mnr]?|per|ke)[a-z]{3,}an|ter[a-z]{4,}")
_AND_CAPITAL = re.compile(r" dan (?=[A-Z])")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]+\Z")  # the word before dan
_START = operator.attrgetter("start")
_BOUNDARY = re.compile(r"[\n,;:!?()\"]|(?<![\w'\u2019.-])[a-z\d]")  # no run goes past these

_NOT_NAME = (
    lexicon.FUNCTION_WORDS
    | lexicon.NUMBER_WORDS
    | lexicon.DATE_WORDS
    | lexicon.BASE_VERBS
    | lexicon.SAYING_VERBS
    | lexicon.ADJECTIVES
    | lexicon.RELATIONS
    | frozenset(lexicon.QUALIFIED_NOUNS) - lexicon.ORGANISATION_WORDS - {"media"}
)
# Function words that are also words of a name, where they keep their capital: a modifier
# (Pasar Spot Antar Bank, the inter-bank spot market; Suku Bunga Tetap, fixed interest rate),
# a portfolio (Departemen Dalam Negeri); no person's name starts with one. Prepositions are
# not: Di Barcelona, Ke Indonesia.
_NAME_MODIFIERS = (
    frozenset({"antar", "tetap", "sedang", "lain", "sendiri"})
    | lexicon.FUNCTION_WORDS & lexicon.PORTFOLIO_WORDS
)
# ... and an English name's article or connector (The Indonesia Economic Intelligence)
_NAME_FUNCTION_WORDS = _NAME_MODIFIERS | {"the", "of", "for", "and"} | lexicon.COMPASS
_RUN_BREAKERS = lexicon.WEEKDAYS_MONTHS | (lexicon.FUNCTION_WORDS - _NAME_FUNCTION_WORDS)


class _Word(NamedTuple):
    start: int
    end: int
    text: str


class Judge:
    """Judges the matches of one text. Build one per text; ``notes`` takes the matches a
    batch at a time (sorted, as the matcher gives them)."""

    def __init__(self, text: str, bits_of: Callable[[Match], int] = namewords.target_bits) -> None:
        self.text = text
        # what is asked of every match's (entry, form) (runs.target_bits): namewords's bits,
        # and others a caller reads from ``batch_bits`` (annotate's composers: titled)
        self.bits_of = bits_of
        self._bits: tuple[Sequence[Match], bytes] | None = None
        self._senses: dict[int, tuple[Sense, ...]] = {}
        self._headings: dict[int, bool] = {}
        self._evidence: dict[tuple[str, int], tuple[bool, bool]] = {}
        self._memo: dict[tuple, runs.Remembered] = {}
        self._asked: list[tuple[str, int, tuple[bool, bool]]] | None = None
        self._entries: dict[str, object] = {}  # the screen's memory of entries, by implementation
        self._stated: dict[tuple, bool] = {}  # acronyms whose expansion the glossary states
        self._defined_at: dict[str, int] = {}  # acronym -> where the text defined it otherwise
        self._runs = RunJudge(text, self._common, self.headline)

    # -- evidence from the text --------------------------------------------------

    def _seen(self, word: str, near: int) -> tuple[bool, bool]:
        """(written with a capital in mid-sentence, written in lower case) near ``near``,
        outside headlines. Plain ``str.find`` of the spellings: a regex ignoring case over
        the window would cost more than annotating it."""
        low = word.lower()
        key = (low, near // _EVIDENCE_REUSED)
        if key not in self._evidence:
            lo, hi = max(0, near - _EVIDENCE_WINDOW), near + _EVIDENCE_WINDOW
            lower = any(True for _ in self._occurrences(low, lo, hi))
            capital = any(
                not self._sentence_initial(at) and not self.headline(at)
                for spelling in {word[:1].upper() + low[1:], word}
                if spelling != low
                for at in self._occurrences(spelling, lo, hi)
            )
            self._evidence[key] = (capital, lower)
        if self._asked is not None:
            self._asked.append((word, near, self._evidence[key]))
        return self._evidence[key]

    def _occurrences(self, spelling: str, lo: int, hi: int) -> Iterator[int]:
        """Where ``spelling`` occurs as a whole word in ``text[lo:hi]``."""
        text, at = self.text, self.text.find(spelling, lo, hi)
        while at >= 0:
            end = at + len(spelling)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()
            ):
                yield at
            at = text.find(spelling, end, hi)

    def _sentence_initial(self, start: int) -> bool:
        return runs.sentence_initial(self.text, start, ABBREVIATIONS)

    def headline(self, offset: int) -> bool:
        """Whether the line holding ``offset`` is a headline: capitals or title case, every
        lower-case word a function word, no full stop at its end."""
        text = self.text
        start = text.rfind("\n", 0, offset) + 1
        if start not in self._headings:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end]
            self._headings[start] = (
                end - start <= 200
                and not line.rstrip().endswith((".", ":"))
                and all(w.group() in lexicon.FUNCTION_WORDS for w in _LINE_LOWER.finditer(line))
                and len(_LINE_CAPITAL.findall(line)) >= 2
            )
        return self._headings[start]

    def _name_word(self, word: _Word) -> bool:
        """Whether an unknown capitalised word whose capital may be forced (first of a
        sentence, in a headline) belongs to a name, by the text's own evidence; an affixed
        ordinary word does not (``Kenaikan UMP``: the rise of the UMP, ``morphology.affixed``)."""
        low = word.text.lower()
        if low in _NOT_NAME:
            return False
        capital, lower = self._seen(word.text, word.start)
        if capital:
            return True
        if self.headline(word.start) or morphology.affixed(low):
            return False
        return not lower

    # -- runs ------------------------------------------------------------------------

    def _units(
        self, words: list[_Word], matches: Sequence[Match], first: int, last: int
    ) -> list[namewords.Unit]:
        """The run (of ``matches[first:last]``) as matches and unknown words; a forced
        capital at its head (a sentence's first word, a headline's) is dropped unless the
        text shows it belongs to a name."""
        units: list[namewords.Unit] = []
        starts = [match.start for match in matches[first:last]]
        for word in words:
            at = first + bisect.bisect_right(starts, word.start) - 1
            covering = (
                at >= first and matches[at].start <= word.start and matches[at].end >= word.end
            )
            if covering:
                if not units or units[-1].match != at:
                    units.append(
                        namewords.Unit(matches[at].start, matches[at].end, at, matches[at].text)
                    )
            else:
                units.append(namewords.Unit(word.start, word.end, -1, word.text))
        heading = self.headline(words[0].start)
        kept: list[namewords.Unit] = []
        for i, unit in enumerate(units):
            forced = heading or (i == 0 and self._sentence_initial(unit.start))
            if forced and i == 0 and not heading and namewords.word_unit(unit, matches):
                # the next word's capital is the text's: Kementerian Pertahanan ... menyatakan;
                # a word the glossary lacks after a name's head: Kementerian Energi Ukraina
                forced = len(units) == 1 or not (
                    namewords.word_unit(units[1], matches, here=True)
                    or units[1].match < 0
                    and unit.text.lower() in lexicon.ORGANISATION_WORDS
                )
            if forced and not self._name_part(unit, matches, heading):
                if heading:
                    kept.append(unit._replace(match=-2))  # a break inside the run
                continue
            kept.append(unit)
        return kept

    def _name_part(self, unit: namewords.Unit, matches: Sequence[Match], heading: bool) -> bool:
        """Whether a word whose capital may be forced (a sentence's first, a headline's) is
        part of a name by the text's own evidence. A term of the glossary is when its form
        has a capital or it is a title (Menteri Pertahanan AS ...), or when the text writes
        it with a capital in mid-sentence (not Pemain tengah Toni Kroos)."""
        if unit.match < 0:
            return self._name_word(_Word(unit.start, unit.end, unit.text))
        match = matches[unit.match]
        if namewords.written_capital(match) or (match.entry.kind == "title" and not heading):
            return True
        first = scan.WORDS.search(match.text)
        return first is not None and self._seen(first.group(), unit.start)[0]

    # -- verdicts ------------------------------------------------------------------------

    def notes(self, matches: Sequence[Match]) -> dict[int, Note | None]:
        """For the matches not to be shown as they are, by index: DROP (None), or a Note
        with the English to show and whether it is partial."""
        found: dict[int, Note | None] = {}
        if not matches:
            return found
        implementation = scan.IMPLEMENTATION
        if implementation not in self._entries:
            self._entries[implementation] = runs.TARGET_FLAGS[implementation]()
        screen = runs.CAPITAL_RUNS[implementation]
        lexicon = runs.Lexicon(
            _RUN_BREAKERS,
            ABBREVIATIONS,
            namewords.role,
            self.headline,
            self._headings,
            self._entries[implementation],
            self._memo,
            _EVIDENCE_REUSED,
        )
        with_senses, to_judge, dropped, partial, clitics = screen(self.text, matches, lexicon)
        bits = runs.target_bits(matches, self._entries, self.bits_of)
        self._bits = (matches, bits)
        dropped += (i for i in clitics if self._clitic_at_forced_capital(matches[i]))
        # a lower-case term whose text runs into a capitalised word, the start of a name:
        # normalisasi sungai in normalisasi Sungai Citarum (the Citarum River's normalisation)
        # is no "river normalization"
        dropped += runs.having(bits, namewords.LOWER_FORM | runs.SURFACE_MIXED)
        dropped += self._given_names(matches, runs.having(bits, namewords.GIVEN_NAME))
        dropped += (i for i in runs.having(bits, runs.SURFACE_UPPER) if self._redefined(matches, i))
        partial += self._after_an_unknown_and(matches)
        for i in with_senses:
            match = matches[i]
            entry = match.entry
            if id(entry) not in self._senses:
                self._senses[id(entry)] = senses(entry)
            english = rendering(match, self.text, self._senses[id(entry)])
            if english != entry.english:
                found[i] = Note(english, False)
        for first, last, key, bounds in to_judge:
            for j, verdict in self._judge_cached(first, last, key, bounds, matches):
                (dropped if verdict == DROPPED else partial).append(j)
        for j in partial:
            note = found.get(j)
            english = note.english if note else matches[j].entry.english
            # Madura United: [Madura: Madura] tells a reader nothing, and a gloss there
            # says the name is glossed.
            same = normalize(english) == normalize(matches[j].text)  # not BRI: Bank Rakyat...
            found[j] = DROP if same else Note(english, True)
        for j in dropped:
            found[j] = DROP
        return found

    def batch_bits(self, matches: Sequence[Match]) -> bytes | None:
        """The ``target_bits`` (of ``bits_of``) of the batch ``notes`` judged last, when
        that is ``matches``; else None."""
        return self._bits[1] if self._bits is not None and self._bits[0] is matches else None

    def _redefined(self, matches: Sequence[Match], i: int) -> bool:
        """Whether the acronym ``matches[i]`` means what the text defined it as, not the
        glossary's entry: where the text defines it otherwise (``aviant influenza (AI)``,
        ``defined.definition``) and after that, up to the evidence window, unless the text
        defines it the glossary's way again."""
        match = matches[i]
        stated = defined.definition(self.text, matches, i, self._stated)
        if stated is not None:
            if stated:
                self._defined_at[match.text] = match.start
            else:
                self._defined_at.pop(match.text, None)
            return stated
        at = self._defined_at.get(match.text)
        return at is not None and match.start - at <= _EVIDENCE_WINDOW

    def _after_an_unknown_and(self, matches: Sequence[Match]) -> Iterator[int]:
        """Terms the glossary writes in lower case that the text capitalises right after
        ``X dan``, X a capitalised word no match covers: a word of a name the glossary does
        not know (``petugas Bea dan Cukai``, Customs and Excise: Cukai glosses one word of
        it). Found from the few `` dan `` before a capital, not match by match; titles go
        on after dan by ``verdicts`` (``Sri Mulyani dan Menteri Perdagangan``: a title of
        its own), as does a word that heads a name (``Kelurahan``), and headlines
        capitalise every word."""
        text = self.text
        lo = max(0, matches[0].start - 5)  # " dan " before the first match
        for found in _AND_CAPITAL.finditer(text, lo, matches[-1].end):
            i = bisect.bisect_left(matches, found.end(), key=_START)
            if i == len(matches) or matches[i].start != found.end():
                continue
            match = matches[i]
            if match.entry.kind != "term" or not namewords.capitalised_here(match):
                continue
            if match.text.lower() in NAME_HEADS:
                continue  # Kelurahan Srengseng dan Kelurahan Kembangan: a name of its own
            before = _CAPITAL_BEFORE.search(text, max(0, found.start() - 40), found.start())
            if before is None or i > 0 and matches[i - 1].end > before.start():
                continue  # Kepolisian dan Kejaksaan: both known, two names
            if not self.headline(found.start()):
                yield i

    def _given_names(self, matches: Sequence[Match], places: list[int]) -> Iterator[int]:
        """The one-word places the text uses as a person's given name: before an unknown
        surname that the text also writes alone nearby, the place never alone there
        (``Gelandang Santiago Ezquerro ... Ezquerro``: no city of Santiago). ``places``:
        the indices of those that may be (``namewords.GIVEN_NAME``)."""
        for i, surname in namewords.given_name_slots(self.text, matches, places):
            place = matches[i]
            if self.headline(place.start) or self._common(
                namewords.Unit(place.end + 1, place.end + 1 + len(surname), -1, surname)
            ):
                continue
            lo, hi = max(0, place.start - _EVIDENCE_WINDOW), place.start + _EVIDENCE_WINDOW
            pairs = set(self._occurrences(f"{place.text} {surname}", lo, hi))
            if any(at not in pairs for at in self._occurrences(place.text, lo, hi)):
                continue
            gap = len(place.text) + 1
            if any(at - gap not in pairs for at in self._occurrences(surname, lo, hi)):
                yield i

    def _clitic_at_forced_capital(self, match: Match) -> bool:
        """Whether a one-word name matched with -nya stands where its capital is forced (a
        sentence's first word, a headline): ``Malangnya, ...`` is malang + -nya
        ("unfortunately"), not the city's; nothing there shows that the base is a name."""
        if match.form.lower().endswith("nya") or not namewords.one_word_name(match):
            return False
        return self._sentence_initial(match.start) or self.headline(match.start)

    def _judge_cached(
        self, first: int, last: int, key: tuple, bounds: tuple[int, ...], matches: Sequence[Match]
    ) -> list[tuple[int, str]]:
        """``_judge_run`` on the run of ``matches[first:last]`` whose words start and end at
        ``bounds``, remembered by ``key`` (``runs.Run``: names recur) with the evidence of the
        text it asked for: a remembered verdict serves where that evidence is the same."""
        begin = bounds[0]
        remembered = self._memo.get(key)
        if remembered is not None and all(
            self._seen(word, begin + at) == seen for word, at, seen in remembered.asked
        ):
            asked = remembered.asked
        else:
            text = self.text
            words = [_Word(s, e, text[s:e]) for s, e in zip(bounds[::2], bounds[1::2], strict=True)]
            self._asked = []
            try:
                verdicts = self._runs.judge(self._units(words, matches, first, last), matches)
                asked = tuple((word, near - begin, seen) for word, near, seen in self._asked)
            finally:
                self._asked = None
            if len(self._memo) >= _MEMO:
                self._memo.clear()
            remembered = runs.Remembered(
                tuple((j - first, verdict == DROPPED) for j, verdict in verdicts), asked, -1, 0, 0
            )
        if asked:  # the evidence asked holds within its stretch of the text (see _seen)
            low, high = min(at for _, at, _ in asked), max(at for _, at, _ in asked)
            bucket = (begin + low) // _EVIDENCE_REUSED
            if (begin + high) // _EVIDENCE_REUSED != bucket:
                bucket = -1
            remembered = remembered._replace(bucket=bucket, low=low, high=high)
        self._memo[key] = remembered
        return [(j + first, DROPPED if drop else PARTIAL) for j, drop in remembered.verdicts]

    def _common(self, unit: namewords.Unit) -> bool:
        """Whether an unknown word after a title or a place continues it (Direktur Retail,
        Menko Perekonomian, Jepang Terbuka, KPPU Antar Daerah) rather than naming someone
        (Presiden Susilo, petenis Jepang Ai Sugiyama): a word of the lexicon's lists or a
        function word of a name, a derived noun or adjective (pe-/per-/ke-...-an, ter-), or
        one the text writes in lower case; not an honorific, which opens a name (Duta Besar
        Inggris Sir Owen Jenkins)."""
        low = unit.text.lower()
        if low in lexicon.HONORIFICS:
            return False
        if low in morphology.NAME_HEADS or low in _NAME_MODIFIERS or _DERIVED.fullmatch(low):
            return True
        return self._seen(unit.text, unit.start)[1]

    # -- whole texts --------------------------------------------------------------------

    def batches(
        self, matches: Iterable[Match], size: int = 4096
    ) -> Iterator[tuple[list[Match], dict[int, Note | None]]]:
        """The matches about ``size`` at a time, each batch with its ``notes``. A batch ends
        only where no run can go on, so the verdicts do not depend on ``size``."""
        pending: list[Match] = []
        matches = iter(matches)
        while chunk := list(itertools.islice(matches, max(1, size - len(pending)))):
            pending += chunk  # taken a chunk at a time: a Python step per match costs
            if len(pending) >= size:
                cut = self._last_boundary(pending)
                if cut:
                    batch, pending = pending[:cut], pending[cut:]
                    yield batch, self.notes(batch)
                    self._forget(batch[-1].end - 2 * _EVIDENCE_WINDOW)
        if pending:
            yield pending, self.notes(pending)

    def readings(self, matches: Iterable[Match], batch: int = 4096) -> Iterator[Reading]:
        """Every match to show, with its English and marks, in order (dropped ones left out)."""
        for found, notes in self.batches(matches, batch):
            yield from batch_readings(found, notes)

    def _forget(self, before: int) -> None:
        """Drop what was learnt of the text before ``before``: memory stays bounded."""
        reused = before // _EVIDENCE_REUSED
        if any(k[1] < reused for k in itertools.islice(self._evidence, 1)):  # oldest first
            self._evidence = {k: v for k, v in self._evidence.items() if k[1] >= reused}
        self._headings = {k: v for k, v in self._headings.items() if k >= before}

    def _last_boundary(self, matches: list[Match]) -> int:
        """The last index whose match no run joins to the one before it (0 if none)."""
        for i in range(len(matches) - 1, 0, -1):
            gap = (matches[i - 1].end, matches[i].start)
            if _BOUNDARY.search(self.text, *gap) and self.text[slice(*gap)] != " dan ":
                return i
        return 0
