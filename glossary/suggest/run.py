"""Running the backends in the user's order and writing the results into the glossary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from glossary import regex_cache
from glossary.store import Entry, Glossary
from glossary.suggest.aligned_text import english_key, load_corpus
from glossary.suggest.bitext import parallel
from glossary.suggest.contexts import closeness, context_words
from glossary.suggest.core import (
    Backend,
    BackendUnavailable,
    Settings,
    Suggestion,
    _best_first,
    currency_symbol,
    irregular_plurals,
    other_spellings,
    parse_label,
    without_typos,
)
from glossary.suggest.domain import affinity, far_renderings, line_weights, unchecked_senses
from glossary.suggest.expansions import expanded, from_expansion, stated_long_forms
from glossary.suggest.freedict import _dictionary_index, dictionary
from glossary.suggest.proper_names import names
from glossary.suggest.reference import reference
from glossary.suggest.rescore import REFUTED_CONFIDENCE, RESCORE_LINES, rescore
from glossary.suggest.services import PROVIDERS, online
from glossary.text import InputError

BACKENDS: dict[str, Backend] = {
    "dictionary": dictionary,
    "parallel": parallel,
    "names": names,
    "reference": reference,
    **{name: partial(online, provider) for name, provider in PROVIDERS.items()},
}
MAX_SUGGESTIONS = 8
# Below this confidence a suggestion is shown in review but not written as the English: a
# word-by-word composition no parallel line supports (``ladang anggur`` "wine field") is
# right less than one time in ten.
MIN_FILL_CONFIDENCE = 0.1
# Measured on parallel text, a dictionary phrase below this confidence is a composition no
# aligned line writes (``teori evolusi`` "evolution theory", ``kenaikan harga`` "price
# increase"): the translators write it so a third of the time on news, science and sports
# text (24-50%), so it is shown in review but not written as the English.
MIN_FILL_COMPOSED = 0.2


@dataclass
class SuggestReport:
    """What ``suggest`` did: the entries it filled (with the chosen suggestion), the
    entries left without one, and the warnings given."""

    filled: list[tuple[Entry, Suggestion]] = field(default_factory=list)
    unfilled: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def by_source(self) -> Counter[str]:
        return Counter(s.source for _, s in self.filled)


def entries_to_fill(glossary: Glossary, limit: int | None = None) -> list[Entry]:
    """Entries that have no English and are not rejected, the most frequent first; not a
    lone letter, which is an initial (``Rashid I. Mangunkusumo``) or a numeral (``kuartal
    I``), not a term: every English "I" would seem to render it."""
    todo = sorted(
        (e for e in glossary.active() if not e.english and not _lone_letter(e.term)),
        key=lambda e: -e.count,
    )
    return todo[:limit] if limit else todo


def _lone_letter(term: str) -> bool:
    """``I.``, ``M``: one letter, with or without its full stop."""
    return len(term.rstrip(".")) == 1


def suggest(
    glossary: Glossary, backends: Sequence[str], settings: Settings, limit: int | None = None
) -> SuggestReport:
    """Fill the entries without English from ``backends`` (the first named wins a tie).

    Each filled entry gets the most confident suggestion as its English (of the
    backend named first on a tie),
    ``fuzzy``, ``origin`` = that backend, and every suggestion with its confidence.
    A backend that cannot run is reported once and the others go on.
    """
    report = SuggestReport()
    entries = entries_to_fill(glossary, limit)

    def warn(message: str) -> None:
        report.warnings.append(message)
        settings.warn(message)

    run = replace(settings, warn=warn)
    if settings.parallel or settings.memories:
        corpus = load_corpus(run)  # read even with nothing to fill: a wrong path is said
        if entries and not settings.domain:
            run.domain = affinity(corpus, entries)  # the text's candidates: its vocabulary
    for i, long_form in stated_long_forms(entries, glossary.active()).items():
        entries[i].expansion = long_form  # LKM: lembaga keuangan mikro, said beside it
    found = _suggestions(entries, backends, run)
    stand_ins = [(i, stand_in) for i, e in enumerate(entries) if (stand_in := expanded(e))]
    if stand_ins and any(found):  # UMP from Upah Minimum Provinsi; Pemprov from Pemerintah
        quiet = replace(run, warn=lambda _: None, progress=None)  # warned once already
        expansions = [e for _, e in stand_ins]
        their = _suggestions(expansions, backends, quiet)
        _rescore(expansions, their, quiet)
        for (i, stand_in), suggestions in zip(stand_ins, their, strict=True):
            found[i][:0] = from_expansion(entries[i], stand_in, suggestions)
    _rescore(entries, found, run)
    _unchecked(entries, found, run, dictionary="dictionary" in backends)
    _fill(entries, found, report, measured=bool(run.parallel or run.memories))
    if "dictionary" in backends:
        _senses_of_the_text(report, run)
    _as_in_lower_case(report)
    if "dictionary" in backends and report.unfilled:
        _compose_with_senses(report, replace(run, warn=lambda _: None, progress=None))
    regex_cache.save()  # the renderings' patterns rescoring compiled serve the next run
    return report


def _fill(
    entries: Sequence[Entry],
    found: list[list[Suggestion]],
    report: SuggestReport,
    measured: bool = False,
) -> None:
    """Give each entry its best suggestion if it is confident enough (one confidence scale:
    the best wins whatever its backend; the user's order of backends breaks ties).
    ``measured``: the suggestions were measured on parallel text, so a composition under
    MIN_FILL_COMPOSED is one that no aligned line writes."""
    for entry, suggestions in zip(entries, found, strict=True):
        ranked = [
            _cased_as_named(entry, _in_the_singular(entry, _spelled(s)))
            for s in sorted(suggestions, key=lambda s: -s.confidence)
        ]
        if ranked and ranked[0].confidence >= _least_to_fill(entry, ranked[0], measured):
            report.filled.append((entry, fill_entry(entry, ranked)))
        else:
            if ranked:  # shown in review, not proposed as the English
                entry.suggestions = _labels(entry, ranked)
            report.unfilled.append(entry)


# The small words English leaves in lower case inside a name (the Second World War, the
# Battle of Britain).
_NAME_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def _cased_as_named(entry: Entry, suggestion: Suggestion) -> Suggestion:
    """A named event's English capitalised as English writes a name: ``Perang Dunia
    Kedua`` is "Second World War", where the dictionary composes "second world war"."""
    if entry.kind != "event" or not suggestion.english.islower():
        return suggestion
    words = suggestion.english.split(" ")
    cased = [
        w if i and w in _NAME_SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    ]
    return replace(suggestion, english=" ".join(cased))


def _least_to_fill(entry: Entry, suggestion: Suggestion, measured: bool) -> float:
    """The confidence a suggestion needs to be written as the entry's English."""
    composed = suggestion.source == "dictionary" and " " in entry.term.strip()
    return MIN_FILL_COMPOSED if measured and composed else MIN_FILL_CONFIDENCE


# A word's dictionary sense is the one the text's own phrases mean when the phrases whose
# English writes it occur at least this share as often as the word.
PHRASE_SENSE_SHARE = 0.25


def _senses_of_the_text(report: SuggestReport, settings: Settings) -> None:
    """A word filled with a FreeDict sense gets the sense the text's own phrases use instead,
    when phrases of the word that a dictionary or the parallel text renders whole (not word
    by word) write another of its FreeDict senses and never this one: in economic news ``suku
    bunga`` is "interest rate", so ``bunga`` is "interest", not "flower". When they write
    no sense of it at all, as often as PHRASE_SENSE_SHARE of the word, they refute its
    sense: shown in review, not filled (``jangka``: "pair of compasses", where the text
    writes ``jangka panjang``, "long-term"; ``bersih``: "clean", where ``laba bersih`` is
    "net income")."""
    reverse = _dictionary_index(settings)
    written: dict[str, list[tuple[set[str], int]]] = {}  # word -> its phrases' English words
    for entry, best in report.filled:
        words = entry.term.lower().split()
        if len(words) > 1 and "word by word" not in best.evidence:
            english = {english_key(w) for w in best.english.lower().replace("-", " ").split()}
            for word in words:
                written.setdefault(word, []).append((english, entry.count))
    refuted = []
    for i, (entry, best) in enumerate(report.filled):
        phrases = written.get(entry.term)
        if best.source != "dictionary" or not phrases or not entry.term.islower():
            continue

        def count(sense: str, phrases: list[tuple[set[str], int]] = phrases) -> int:
            """How often the phrases write every word of ``sense``."""
            keys = {english_key(w) for w in sense.lower().replace("-", " ").split()}
            return sum(n for english, n in phrases if keys <= english)

        if count(best.english):
            continue
        senses = {row[0] for row in reverse.get(entry.term, ()) if " " not in row[0]}
        meant = [(count(s), s) for s in senses if count(s)]
        phrase_count = sum(n for _, n in phrases)
        if not meant and phrase_count >= PHRASE_SENSE_SHARE * entry.count:
            refuted.append(i)
            continue
        if not meant:
            continue
        most, sense = max(meant)
        if most < PHRASE_SENSE_SHARE * entry.count:
            continue
        evidence = f"FreeDict: {sense} -> {entry.term}, the sense of the text's phrases of it"
        chosen = Suggestion(sense, "dictionary", best.confidence, evidence)
        others = [s for s in _parsed(entry) if s.english != sense]
        report.filled[i] = (entry, fill_entry(entry, [chosen, *others]))
    for i in reversed(refuted):
        entry, best = report.filled.pop(i)
        note = "; the text's phrases of it write another sense"
        ranked = [replace(best, confidence=REFUTED_CONFIDENCE, evidence=best.evidence + note)]
        others = sorted(_parsed(entry)[1:], key=lambda s: -s.confidence)
        entry.suggestions = _labels(entry, ranked + others)
        entry.english, entry.fuzzy, entry.origin = "", False, ""
        report.unfilled.append(entry)


def _as_in_lower_case(report: SuggestReport) -> None:
    """A capitalised entry that the text writes more often in lower case, and that the miner
    did not take for a person, place or organisation, is the common word at a sentence's
    start or in a heading: it gets the lower-case entry's English (``Pertandingan``: "game",
    as ``pertandingan``, not the dictionary's "competition"; ``Perpajakan``: "taxation",
    not kept as written)."""
    best_of = {e.term: (e, best) for e, best in report.filled if e.term.islower()}
    unfilled = []
    for entry in report.unfilled:
        lower = _lower_case_best(entry, best_of)
        if lower is None:
            unfilled.append(entry)
        else:
            report.filled.append((entry, fill_entry(entry, [lower, *_parsed(entry)])))
    report.unfilled = unfilled
    for i, (entry, best) in enumerate(report.filled):
        lower = _lower_case_best(entry, best_of)
        if lower is not None and lower.english != best.english:
            others = [s for s in _parsed(entry) if s.english != lower.english]
            report.filled[i] = (entry, fill_entry(entry, [lower, *others]))


def _parsed(entry: Entry) -> list[Suggestion]:
    return [parse_label(label) for label in entry.suggestions]


def _lower_case_best(
    entry: Entry, best_of: dict[str, tuple[Entry, Suggestion]]
) -> Suggestion | None:
    """The suggestion filled in for the lower-case form of a capitalised common word."""
    found = best_of.get(entry.term.lower())
    if entry.term.islower() or found is None or entry.kind in _NAMED_KINDS:
        return None
    lower, best = found
    return best if lower.count >= entry.count else None


_NAMED_KINDS = frozenset({"person", "place", "organisation"})


# A word's suggestion this confident lends its English to the phrases it stands in.
SENSE_CONFIDENCE = 0.3


def _singular(english: str) -> str:
    """A lower-case rendering in the singular, when English has that word: a noun that
    modifies another is singular (economies: "economy sector"; surplus stays)."""
    from wordfreq import zipf_frequency

    single = english_key(english) if english.islower() else english
    return single if zipf_frequency(single.split()[-1], "en") >= SINGULAR_ZIPF else english


SINGULAR_ZIPF = 3.0


def _compose_with_senses(report: SuggestReport, settings: Settings) -> None:
    """The phrases left unfilled of whose words the run gave some a confident English and
    FreeDict knows the others, composed of those (``pinjaman``: "loan" from the parallel
    text, ``bank``: "bank", so ``pinjaman bank`` is "bank loan", where FreeDict lacks
    pinjaman; ``kenaikan``: "increase", and FreeDict's ``harga``, so ``kenaikan harga`` is
    "price increase", which the text needs as a whole)."""
    senses = {
        entry.term: _singular(best.english)
        for entry, best in report.filled
        if " " not in entry.term and entry.term.islower() and best.confidence >= SENSE_CONFIDENCE
    }
    reverse = _dictionary_index(settings)
    phrases = [
        e
        for e in report.unfilled
        if " " in e.term
        and not e.suggestions
        and all(w in senses or w in reverse for w in e.term.split())
        and any(w in senses for w in e.term.split())
    ]
    if not senses or not phrases:
        return
    run = replace(settings, senses=senses)
    found = _suggestions(phrases, ["dictionary"], run)
    _rescore(phrases, found, run)
    later = SuggestReport()
    _fill(phrases, found, later, measured=bool(settings.parallel or settings.memories))
    report.filled += later.filled
    composed = {id(e) for e, _ in later.filled}
    report.unfilled = [e for e in report.unfilled if id(e) not in composed]


def _suggestions(
    entries: Sequence[Entry], backends: Sequence[str], settings: Settings
) -> list[list[Suggestion]]:
    """Every backend's suggestions for each entry, with their other spellings."""
    found: list[list[Suggestion]] = [[] for _ in entries]
    for name in dict.fromkeys(backends) if entries else ():
        try:
            results = BACKENDS[name](entries, settings)
        except BackendUnavailable as err:
            settings.warn(str(err))
            continue
        for bucket, suggestions in zip(found, results, strict=True):
            bucket.extend(suggestions)
    for bucket in found:
        bucket[:] = [_with_other_spellings(s) for s in bucket]
    return found


def _rescore(entries: Sequence[Entry], found: list[list[Suggestion]], settings: Settings) -> None:
    """Each entry's suggestions measured on the parallel text, if there is one (``rescore``)."""
    if (settings.parallel or settings.memories) and any(found):
        corpus = load_corpus(settings)
        weights = line_weights(corpus, settings.domain)
        for entry, bucket, lines in zip(entries, found, corpus.occurrences(entries), strict=True):
            if not bucket:
                continue
            size = len(entry.term.split())
            near = (
                closeness(corpus, lines[:RESCORE_LINES], context_words(entry), entry.term)
                if any(s.source == "parallel" for s in bucket)
                else None
            )
            bucket[:] = rescore(corpus, lines, bucket, size, entry.term, weights, near)


def _unchecked(
    entries: Sequence[Entry],
    found: list[list[Suggestion]],
    settings: Settings,
    dictionary: bool = True,
) -> None:
    """Once measured on the parallel text, the senses of the text's own words that no close
    aligned line checks are not filled in: the dictionary's, where FreeDict does not settle
    them (``domain.unchecked_senses``: two lines of a far text are no check), and the
    aligner's that only far texts write (``domain.far_renderings``)."""
    if not (settings.parallel or settings.memories) or not any(found):
        return
    corpus = load_corpus(settings)
    reverse = _dictionary_index(settings) if dictionary else {}
    weights = line_weights(corpus, settings.domain)
    for entry, bucket, lines in zip(entries, found, corpus.occurrences(entries), strict=True):
        if dictionary:
            bucket[:] = unchecked_senses(entry, lines, bucket, corpus, reverse, weights)
        bucket[:] = far_renderings(entry, lines, bucket, corpus, weights)


def _with_other_spellings(suggestion: Suggestion) -> Suggestion:
    """The suggestion with the other English spelling of it and its forms, and its plural
    where English makes it without -s (``bakteri``: "bacterium", also "bacteria"), as
    related forms."""
    forms = [suggestion.english, *suggestion.related]
    spellings = [v for form in forms for v in other_spellings(form) if v not in forms]
    spellings += [p for p in irregular_plurals(suggestion.english) if p not in forms]
    if not spellings:
        return suggestion
    return replace(suggestion, related=tuple(dict.fromkeys([*suggestion.related, *spellings])))


def _spelled(suggestion: Suggestion) -> Suggestion:
    """A suggestion as it is written into the glossary, once measured on the lines as they
    spell it: a translation's typo spelled right (``Camat``: "subditrict head" is
    "subdistrict head"), a currency's symbol beside it (``_with_symbol``)."""
    if suggestion.source == "parallel":
        suggestion = replace(suggestion, english=without_typos(suggestion.english))
    return _with_symbol(suggestion)


def _in_the_singular(entry: Entry, suggestion: Suggestion) -> Suggestion:
    """A rendering found in translations, with its last word in the plural, written in the
    singular, the plural kept as a related form: an Indonesian noun is unmarked for number,
    so the lines' plurals say how they used it, not what the headword is (``wartawan``:
    "reporter", also "reporters"; ``pembangkit listrik``: "power plant"). Kept plural: an
    English noun whose plural has a sense of its own (``perundingan``: "talks"), and the
    rendering of a doubled Indonesian word (``negara-negara``: "countries")."""
    english = suggestion.english
    if suggestion.source != "parallel" or _doubled(entry.term) or not english.islower():
        return suggestion
    *before, last = english.split(" ")
    if last in PLURAL_SENSES or last.endswith("ics"):  # logistics, economics
        return suggestion
    if _NAME_SMALL_WORDS.intersection(before):  # board of governors: the head is before "of"
        return suggestion
    single_word = _singular(last)  # natural gas: gas is no plural
    if single_word == last:
        return suggestion
    single = " ".join([*before, single_word])
    related = tuple(r for r in dict.fromkeys([english, *suggestion.related]) if r != single)
    return replace(suggestion, english=single, related=related)


# English nouns used in the plural for a sense of their own, or only in the plural, and
# nouns in -s that are no plural: the shorter word is another (talks between governments
# are no "talk", a company's sales no "sale", chaos no "chao").
PLURAL_SENSES = frozenset(
    {
        "affairs",
        "alias",
        "arms",
        "authorities",
        "belongings",
        "chaos",
        "clothes",
        "corps",
        "customs",
        "damages",
        "earnings",
        "forces",
        "funds",
        "goods",
        "glasses",
        "grounds",
        "headquarters",
        "jeans",
        "means",
        "news",
        "odds",
        "outskirts",
        "pants",
        "premises",
        "proceeds",
        "quarters",
        "relations",
        "remains",
        "resources",
        "sales",
        "savings",
        "scissors",
        "securities",
        "spirits",
        "surroundings",
        "talks",
        "thanks",
        "troops",
        "trousers",
        "works",
    }
)


def _doubled(term: str) -> bool:
    """Whether a term has a doubled word, the Indonesian plural (``negara-negara``)."""
    return any(
        (parts := word.lower().split("-"))[0] == parts[-1] and len(parts) == 2
        for word in term.split()
    )


def _with_symbol(suggestion: Suggestion) -> Suggestion:
    """A currency's suggestion with its symbol as a related form (``dolar``: "dollar", also
    "$", as in "US$400 million"). Added once the suggestions are measured: a symbol the
    Indonesian line has too (``US$``) is copied, not translated."""
    symbol = currency_symbol(suggestion.english)
    if symbol is None or symbol in suggestion.related:
        return suggestion
    return replace(suggestion, related=(*suggestion.related, symbol))


def fill_entry(entry: Entry, suggestions: Sequence[Suggestion]) -> Suggestion:
    """Give an entry its English from the first suggestion; keep all of them as labels."""
    best = suggestions[0]
    entry.english = best.english
    entry.fuzzy = True
    entry.origin = best.source
    entry.suggestions = _labels(entry, suggestions)
    return best


def _labels(entry: Entry, suggestions: Sequence[Suggestion]) -> list[str]:
    """The entry's suggestion labels: these, the first first, then the earlier ones."""
    best = suggestions[0]
    others = _best_first(suggestions, MAX_SUGGESTIONS + 1)
    ranked = [best, *(s for s in others if s.english.lower() != best.english.lower())]
    labels = [s.label() for s in ranked[:MAX_SUGGESTIONS]]
    new = {s.english.lower() for s in ranked}
    kept = [old for old in entry.suggestions if old.rsplit(" (", 1)[0].lower() not in new]
    return (labels + kept)[:MAX_SUGGESTIONS]


def accept_suggestion(entry: Entry, index: int) -> Suggestion:
    """Take ``entry.suggestions[index]`` (0-based) as the reviewed English.

    Its related forms become alternatives (``Israel`` brings ``Israeli``, so that
    "Israeli troops" agrees with the glossary), its backend becomes the origin.
    """
    if not 0 <= index < len(entry.suggestions):
        raise InputError(f"no suggestion {index + 1} for {entry.term!r}")
    chosen = parse_label(entry.suggestions[index])
    entry.english = chosen.english
    known = {chosen.english.lower(), *(a.lower() for a in entry.alternatives)}
    entry.alternatives += [r for r in chosen.related if r.lower() not in known]
    entry.origin = chosen.source or "manual"
    entry.fuzzy = entry.obsolete = False
    return chosen
