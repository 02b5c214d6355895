"""Ranking: groups scored and turned into candidates, with their lines and an example."""

from __future__ import annotations

import itertools
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from glossary import lexicon
from glossary.mine.casing import CaseStats
from glossary.mine.counting import EXAMPLE_CHARS, EXAMPLE_LINES, LINE_BITS, Tally
from glossary.mine.dictionary import (
    english_words,
    native_words,
    plain_words,
    specialised_loans,
)
from glossary.mine.groups import Group, top_key
from glossary.mine.links import link_acronyms, link_nicknames, link_short_names
from glossary.mine.name_kinds import club_name, name_groups
from glossary.mine.names import Segmenter
from glossary.mine.species import join_epithets
from glossary.mine.terms import common_title, term_groups
from glossary.morphology import (
    everyday_nominal,
    general_frequencies,
    general_frequency,
    inflects,
    is_acronym,
    is_verb,
    nominal_root,
    normalise_word,
    root_words,
)
from glossary.text import InputError, Span, read_document, sentences

if TYPE_CHECKING:
    from glossary.store import Entry


@dataclass
class Candidate:
    """One glossary candidate: a concept with every form the corpus writes it in."""

    term: str
    kind: str
    variants: list[str]
    count: int
    documents: int
    score: float
    references: Sequence[str]
    example: str
    example_source: str
    expansion: str = ""

    def to_entry(self) -> Entry:
        """The candidate as an untranslated glossary entry (empty msgstr)."""
        from glossary.store import Entry  # only output needs the store: mining starts sooner

        return Entry(
            term=self.term,
            kind=self.kind,
            variants=list(self.variants),
            expansion=self.expansion,
            example=self.example,
            example_source=self.example_source,
            count=self.count,
            documents=self.documents,
            score=self.score,
            references=list(self.references),
        )

    def to_json(self) -> dict:
        return {
            "term": self.term,
            "kind": self.kind,
            "count": self.count,
            "documents": self.documents,
            "score": self.score,
            "variants": self.variants,
            "expansion": self.expansion,
            "references": list(self.references),
            "example": self.example,
            "example_source": self.example_source,
        }


def preferred(group: Group) -> tuple[str, str, str]:
    """(term, kind, expansion) of a group."""
    forms = group.forms
    kind = top_key(group.kinds)
    acronyms = [f for f in forms if is_acronym(f) or _mixed_acronym(f)]
    if acronyms:
        term = max(acronyms, key=lambda f: (forms[f], f))
        longer = [f for f in forms if not is_acronym(f) and f.lower() not in lexicon.SHORT_FORMS]
        expansion = group.expansion or (max(longer, key=forms.__getitem__) if longer else "")
        if not expansion and term.lower() in lexicon.ACRONYMS:
            expansion = lexicon.display_case(term, lexicon.ACRONYMS[term.lower()])
        return term, "acronym", expansion
    if group.full_name:
        return group.full_name, "organisation" if club_name(group.full_name) else "person", ""
    # A form the text never writes (alap, of alap-alap, counted only doubled) heads nothing.
    written = [f for f in forms if forms[f] > 0] or list(forms)
    full = [f for f in written if f.lower() not in lexicon.SHORT_FORMS] or written
    if kind in ("term", "title"):
        lower = [f for f in full if f.islower()]
        full = lower or full
    # The base form heads the group: proyek, not proyek-proyek; tetangga, not tetangganya;
    # but lumba-lumba, a word of its own, not lumba.
    lemmas = [f for f in full if _reduplicated_lemma(f)]
    full = lemmas or [f for f in full if not any(inflects(f, other) for other in full)] or full
    term = max(full, key=lambda f: (forms[f], -len(f), f))
    if kind == "title" and term.istitle() and " " not in term:
        # One title word is a common noun: its capital marks a sentence's start or the name
        # after it (Pelatih Persija), so the glossary writes it as a dictionary does.
        term = term.lower()
    expansion = ""
    shorts = [f for f in forms if f.lower() in lexicon.SHORT_FORMS]
    if shorts and term in shorts:
        expansion = lexicon.display_case(term, lexicon.SHORT_FORMS[term.lower()])
    elif group.expansion and term.islower() and group.expansion.lower() != term:
        # rusun, as the text states: Rumah susun (rusun) at a sentence's start
        long_form = group.expansion
        expansion = long_form[:1].lower() + long_form[1:] if long_form[1:].islower() else long_form
    return term, kind, expansion


def _mixed_acronym(form: str) -> bool:
    """An acronym with one small letter: PPh (Pajak Penghasilan), PPnBM; not a name
    (McDonald, LeBron) nor an acronym with a clitic (PPhnya)."""
    if not (3 <= len(form) <= 5 and form.isalpha() and form[:2].isupper()):
        return False
    return sum(c.isupper() for c in form) == len(form) - 1


def _reduplicated_lemma(form: str) -> bool:
    """lumba-lumba, kupu-kupu: a doubled word the dictionary lists whose half is no word."""
    half, dash, rest = form.lower().partition("-")
    return bool(dash) and half == rest and form.lower() in root_words() and half not in root_words()


_KIND_WEIGHT = {
    "person": 1.0,
    "place": 1.0,
    "organisation": 1.05,
    "event": 1.05,
    "acronym": 1.0,
    "name": 0.85,
    "title": 0.7,
}


def _score(group: Group, kind: str, documents: int, later: bool = False) -> float:
    """log frequency × spread over documents × (for terms) termhood, rarity and length.

    Names score by frequency alone (a proper noun is a glossary entry by nature); terms
    by the occurrences they own (half their count at least: senjata nuklir keeps its
    weight inside program senjata nuklir), how much more frequent they are here than in
    general Indonesian, and, for one word, how rare it is there: sanksi, rudal and
    resolusi (about 2 in 100,000 words of general text) rank with the names, warga,
    upaya and bidang (1 to 3 in 10,000) go down however often a text uses them.

    ``later``: the score after the first page, where frequency weighs more (contrast
    counts fully from 60 times as frequent as in general Indonesian, not 250, a strength
    short of full by its square root, and a compound of everyday words weighs 0.7, not
    0.35) and the common words of the domain (pajak, banjir) rank by their frequency.
    """
    spread = 1.0 + 0.5 * math.log2(documents)
    if kind in _KIND_WEIGHT and (group.termhood == 0.0 or kind != "title"):
        # A multiword title (Menteri Pertahanan) is as specific as a name; one title
        # word (Presiden, Kepala) is as common as its frequency in general text says.
        weight = 1.0 if kind == "title" and group.words > 1 else _KIND_WEIGHT[kind]
        if kind == "title" and group.words == 1:
            weight *= _rarity(top_key(group.forms).lower())
        return math.log2(1 + group.occurrences.count) * spread * weight
    count = group.occurrences.count
    if group.unit:  # kecamatan, heading names: ranked with them, by its frequency
        return math.log2(1 + count) * spread * _KIND_WEIGHT["name"]
    if _common(group, kind):  # never on the first page
        if not later:
            return 0.0
        return math.log2(1 + max(group.effective, 1.0)) * spread * _common_weight(group)
    divisor = LATER_CONTRAST if later else CONTRAST
    if later and group.words == 1 and top_key(group.forms).lower() in specialised_loans():
        divisor = INTERNATIONAL_CONTRAST  # rabies, vaksinasi: 3 times in a year of news
    strength = min(max(group.termhood / divisor, 0.1), 1.2)
    # Half the count at least, unless nearly every occurrence is inside one longer term:
    # piranti (39 times, 34 of them in piranti lunak) is a fragment of it.
    alone = 1.0 - min(group.contained / count, 1.0)
    own = max(group.effective, count / 2 * min(1.0, alone / _ALONE_SHARE) ** 2)
    words = top_key(group.forms).split()
    if group.words == 1:
        strength *= _rarity(words[0])
        # A word the dictionary renders by a common English word (tendangan → kick) needs
        # less of a translator's attention than one it lacks (sundulan).
        word = normalise_word(words[0].lower())
        # A noun made of a common root (kenaikan, penggunaan) means what its root does.
        if everyday_nominal(word):
            strength *= NOMINAL_WEIGHT
        elif not later and word in native_words():
            # rayap (termite), lebah (bee): a speaker's word any dictionary gives; filum no.
            strength *= NATIVE_WEIGHT
    else:
        # Longer terms are more specific, and one rare word makes a compound a term
        # (gencatan senjata); common words only make an everyday one (rumah sakit), on
        # the first page; after it, one that recurs as a unit (kartu merah, wajib pajak)
        # weighs nearly as much as the others.
        rarest = max(_rarity(w) for w in words)
        floor = _LATER_COMPOUND_FLOOR if later else _COMPOUND_FLOOR
        strength *= (1.0 + 0.15 * (group.words - 1)) * (floor + (1 - floor) * rarest)
    # A word or compound the dictionary renders by a common English word (tendangan →
    # kick, ibu kota → capital city) needs less of a translator's attention than one it
    # lacks (sundulan, gencatan senjata).
    plain = plain_words()
    if plain and (
        normalise_word(words[0].lower()) in plain
        if group.words == 1 and len(group.forms) == 1
        else any(normalise_word(f.lower()) in plain for f in group.forms)
    ):
        strength *= PLAIN_WEIGHT
    weight = _KIND_WEIGHT.get(kind, 1.0) if kind != "term" else 1.0
    if later and strength < 1.0:
        strength **= LATER_STRENGTH  # frequency weighs more than a contrast short of full
    return math.log2(1 + own) * spread * strength * weight


# The first page is ranked for precision: names and the terms general Indonesian least
# explains (a contrast of 2.4, 250 times as frequent, counts fully). After it, frequency
# weighs more, so that the core vocabulary of a domain follows: cedera (96 times in sport
# news, 20 times as frequent as in general text) before a word seen five times.
FIRST_PAGE = 100
CONTRAST = 2.0
LATER_CONTRAST = 1.5
_BELOW = 0.99  # the best of the rest, just below the last of the first page
COMMON_WEIGHT = 0.7  # a common word of the domain (glossary.mine.terms.COMMON_CONTRAST)
PLAIN_WEIGHT = 0.8  # a word with a plain English equivalent (glossary.mine.dictionary)
NATIVE_WEIGHT = 0.7  # on the first page, a native word the dictionary renders clearly
NOMINAL_WEIGHT = 0.7  # a noun made of a common root (glossary.morphology.everyday_nominal)
# A common word of the international vocabulary (virus, radiasi, tarif) weighs as a name:
# a specialised loan is a term of the domain even when general Indonesian uses it.
INTERNATIONAL_WEIGHT = 1.0
INTERNATIONAL_CONTRAST = 1.15  # its contrast counts fully after the first page from 14 times
# After the first page a term's strength short of full counts by its square root: prosesor
# (13 times, 7 times as frequent as in general Indonesian) before a phrase seen three times.
LATER_STRENGTH = 0.5
_COMPOUND_FLOOR = 0.35  # weight of a compound of everyday words (rumah sakit)
_LATER_COMPOUND_FLOOR = 0.7  # the same after the first page (kartu merah)
_ALONE_SHARE = 0.2  # a phrase seen alone this often (of its count) owns half its count


def _common_weight(group: Group) -> float:
    """The weight of a common word of the domain after the first page: a specialised
    loan (virus, hormon in science news; ``dictionary.specialised_loans``) weighs
    as a name, a noun made of a common root (penjualan, peningkatan) less than a native
    word (pajak, telur)."""
    if group.words > 1:
        return COMMON_WEIGHT
    word = normalise_word(top_key(group.forms).lower())
    if word in specialised_loans():
        return INTERNATIONAL_WEIGHT
    return COMMON_WEIGHT * NOMINAL_WEIGHT if everyday_nominal(word) else COMMON_WEIGHT


@lru_cache(maxsize=65536)  # a word recurs in many phrases
def _rarity(word: str) -> float:
    """1 for a word rarer than 2 in 100,000 words of general Indonesian, falling to 0.25
    at 2 in 10,000 (wordfreq): everyday vocabulary (warga, pejabat) is not a term."""
    word = normalise_word(word.lower())
    frequency = general_frequency(word) or _misspelt_frequency(word)
    if frequency <= 0.0:
        return 1.0
    return 0.25 + 0.75 * min(max((-math.log10(frequency) - 3.7) / 1.0, 0.0), 1.0)


_VOWELS = "aiueo"
_COMMON_SPELLING = 1e-5  # zipf 4: a spelling this common is the word's usual one


def _misspelt_frequency(word: str) -> float:
    """The frequency of the usual spelling of a word general Indonesian and the dictionary
    lack, one vowel away (metoda → metode, perioda → periode), or 0: a variant spelling
    is as everyday as the word. A derived word (pelonggaran, not pelanggaran) is no
    misspelling."""
    if word in root_words() or nominal_root(word):
        return 0.0
    freqs = general_frequencies()
    best = 0.0
    for at, letter in enumerate(word):
        if letter in _VOWELS:
            for vowel in _VOWELS.replace(letter, ""):
                best = max(best, freqs.get(word[:at] + vowel + word[at + 1 :], 0.0))
    return best if best >= _COMMON_SPELLING else 0.0


def rank(
    tally: Tally,
    *,
    min_count: int = 2,
    top: int | None = None,
    exclude: Iterable[str] = (),
    rejected: Iterable[str] = (),
) -> list[Candidate]:
    """Turn the counts into grouped, scored candidates, best first.

    The tally's tables are emptied on the way (they are most of the memory).
    """
    excluded = {form.casefold() for form in exclude}
    refused = {form.casefold() for form in rejected}
    case = CaseStats(tally)
    segmenter = Segmenter(tally, case)  # what a name is, read once for all the names
    names = name_groups(tally, segmenter, min_count)
    link_nicknames(names, tally, segmenter)
    link_short_names(names, case, tally)
    terms = term_groups(tally, case, min_count)
    examples = Examples(tally)
    join_epithets(terms, names, examples.line)
    for key in [k for k, g in terms.items() if _aspect_only(g, examples)]:
        del terms[key]
    groups = names
    for key, group in terms.items():
        if key in groups:
            groups[key].absorb(group)
        else:
            groups[key] = group
    link_acronyms(groups, tally)
    # The groups hold what they need; the tables can go (most of the memory).
    tally.ngrams.clear()
    tally.runs.clear()
    tally.words.clear()
    scored = []
    tokens = tally.tokens
    english = english_words()
    for group in groups.values():
        count = group.occurrences.count
        if count < min_count:
            continue
        if excluded and any(f.casefold() in excluded for f in chain(group.forms, group.titled)):
            continue
        term, kind, expansion = preferred(group)
        if term.casefold() in refused:
            continue
        if kind == "title" and group.words == 1 and common_title(term.lower(), count, tokens):
            continue
        if kind == "term" and group.words == 1 and term in english:
            continue  # English left in the text (inflasi year on year); not Said, Nice
        documents = group.occurrences.documents()
        scored.append((_score(group, kind, documents), term, kind, expansion, documents, group))
    scored = _first_page_then_rest(scored)
    if top is not None:
        scored = scored[:top]
    out = []
    for score, term, kind, expansion, documents, group in scored:
        forms = [
            f for f in group.forms if f != term and f.casefold() not in refused and group.forms[f]
        ]
        titled = {f for f in group.titled if f.casefold() not in refused}
        variants = sorted(set(forms) | titled, key=lambda f: (-group.forms.get(f, 0), f))
        refs = group.occurrences.refs()
        example, source = examples.find(refs, [term, *variants])
        out.append(
            Candidate(
                term=term,
                kind=kind,
                variants=variants,
                count=group.occurrences.count,
                documents=documents,
                score=round(score, 3),
                references=References(refs, tally.paths),
                example=example,
                example_source=source,
                expansion=expansion,
            )
        )
    return out


def _first_page_then_rest(scored: list[tuple]) -> list[tuple]:
    """``scored`` best first: the first ``FIRST_PAGE`` by their score, the rest by their
    later score (``_score(later=True)``), scaled to stay below the first page."""
    scored.sort(key=lambda s: (-s[0], s[1]))
    common = [_common(s[5], s[2]) for s in scored]
    specific = list(itertools.compress(scored, (not c for c in common)))
    first = specific[:FIRST_PAGE]
    rest = specific[FIRST_PAGE:] + list(itertools.compress(scored, common))
    rest = [(_score(s[5], s[2], s[4], later=True), *s[1:]) for s in rest]
    rest.sort(key=lambda s: (-s[0], s[1]))
    if rest and first and rest[0][0] > 0.0:
        scale = min(1.0, _BELOW * first[-1][0] / rest[0][0])
        rest = [(score * scale, *s) for score, *s in rest]
    return first + rest


def _aspect_only(group: Group, examples: Examples) -> bool:
    """Whether a phrase ending in an aspect word (``lexicon.ASPECT_ADJECTIVES``) is only
    ever written before a verb: polisi tengah (menyelidiki) is the aspect, no term; pemain
    tengah, also before a name or a stop (pemain tengah asal Brasil), is the midfielder."""
    if group.words < 2 or top_key(group.forms).rpartition(" ")[2] not in lexicon.ASPECT_ADJECTIVES:
        return False
    forms = [f.lower() for f in group.forms]
    before_verb = other = 0
    for ref in group.occurrences.refs()[:_ASPECT_LINES]:
        line = examples.line(ref).lower()
        for form in forms:
            at = line.find(form)
            while at >= 0:
                rest = line[at + len(form) :]
                # Not inside a longer word (tengahnya, menengah).
                if not rest[:1].isalpha() and not line[at - 1 : at].isalpha():
                    following = rest[1:].split(" ", 1)[0] if rest[:1] == " " else ""
                    if following.isalpha() and _verb_like(following):
                        before_verb += 1
                    else:
                        other += 1  # a stop, a comma, a name, a noun: pemain tengah asal
                at = line.find(form, at + 1)
    return before_verb > 0 and other * _ASPECT_OTHER < before_verb + other


_ASPECT_LINES = 50  # lines read to tell the aspect from the adjective
_ASPECT_OTHER = 3  # a third of the uses before no verb make the adjective


def _verb_like(word: str) -> bool:
    """A verb after an aspect word: menyelidiki, dipanggil, berlangsung, terjadi, mencari."""
    return is_verb(word) or word in lexicon.BASE_VERBS or word.startswith(("ber", "ter"))


def _common(group: Group, kind: str) -> bool:
    """A common word of the text's domain (``terms.COMMON_CONTRAST``), not a name."""
    return group.common and kind == "term"


class References(Sequence):
    """A candidate's lines as "path:line" strings, made when read: a big corpus has
    millions of them, and eight bytes each is what keeps mining under a gigabyte."""

    __slots__ = ("_refs", "_paths")

    def __init__(self, refs: array, paths: list[str]) -> None:
        self._refs = refs
        self._paths = paths

    def _format(self, ref: int) -> str:
        return f"{self._paths[ref >> LINE_BITS]}:{ref & _LINE_MASK}"

    def __len__(self) -> int:
        return len(self._refs)

    def __iter__(self) -> Iterator[str]:
        return map(self._format, self._refs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._format(r) for r in self._refs[index]]
        return self._format(self._refs[index])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return repr(list(self))


_LINE_MASK = (1 << LINE_BITS) - 1


class Examples:
    """Example sentences: from retained text, or by reading the file again."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.reread: dict[int, list[str] | None] = {}
        # Sentences of the short lines already split: many candidates share a line.
        self.split: dict[int, list[Span]] = {}

    def line(self, ref: int) -> str:
        index, number = ref >> LINE_BITS, ref & _LINE_MASK
        lines = self.tally.lines[index]
        if lines is None:
            if index not in self.reread:
                try:
                    lines = read_document(self.tally.paths[index]).text.split("\n")
                except (InputError, OSError):  # the file went away: no example, not an error
                    lines = None
                self.reread[index] = lines
            lines = self.reread[index]
        if lines is None or number > len(lines):
            return ""
        return lines[number - 1]

    def find(self, refs: Sequence[int], forms: list[str]) -> tuple[str, str]:
        """A sentence of medium length that shows the term, from its first few lines."""
        best: tuple[int, str, int] | None = None
        for ref in refs[:EXAMPLE_LINES]:
            line = self.line(ref)
            at = next((i for i in (line.find(form) for form in forms) if i >= 0), -1)
            if at < 0:
                continue
            sentence = self.sentence_at(ref, line, at)
            distance = abs(len(sentence) - 120)
            if best is None or distance < best[0]:
                best = (distance, sentence, ref)
            if distance <= 60:
                break
        if best is None:
            if not refs:
                return "", ""
            best = (0, _trim(self.line(refs[0]).strip()), refs[0])
        ref = best[2]
        return best[1], f"{self.tally.paths[ref >> LINE_BITS]}:{ref & _LINE_MASK}"

    def sentence_at(self, ref: int, line: str, offset: int) -> str:
        """As ``_sentence_at``; a line no longer than its window is split once."""
        if len(line) > 2 * EXAMPLE_CHARS:
            return _sentence_at(line, offset)
        spans = self.split.get(ref)
        if spans is None:
            spans = self.split[ref] = sentences(line)
        for span in spans:
            if span.start <= offset < span.end:
                return _trim(line[span.start : span.end])
        return _trim(line.strip())


def _sentence_at(line: str, offset: int) -> str:
    """The sentence of ``line`` around ``offset`` (only a window of a long line is split)."""
    start = max(0, line.rfind("\n", 0, offset) + 1, offset - 2 * EXAMPLE_CHARS)
    window = line[start : offset + 2 * EXAMPLE_CHARS]
    for span in sentences(window):
        if span.start <= offset - start < span.end:
            return _trim(window[span.start : span.end])
    return _trim(line.strip())


def _trim(sentence: str) -> str:
    if len(sentence) <= EXAMPLE_CHARS:
        return sentence
    return sentence[: EXAMPLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
