"""The names backend: names kept as written, known exonyms back to English (exonyms.py),
acronyms with their expansion (acronyms.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from glossary.lexicon import FUNCTION_WORDS
from glossary.store import Entry
from glossary.suggest.acronyms import (
    TRANSLATED_ACRONYM,
    acronym_expansion,
    agency_short_forms,
    english_expansion,
    extends_acronym,
    translated_acronym_in,
    translated_expansion,
)
from glossary.suggest.core import (
    _SPLIT_RE,
    Settings,
    Suggestion,
    _progress,
    looks_like_acronym,
    short_forms_written_out,
)
from glossary.suggest.exonyms import (
    NAME_KINDS,
    classified_name,
    classified_place,
    exonyms,
    name_key,
)
from glossary.suggest.name_words import (
    affixed_words,
    indonesian_words,
    written_in_english,
)

if TYPE_CHECKING:
    from glossary.suggest.aligned_text import ParallelCorpus

__all__ = ["common_senses_of_a_name", "lower_case_words", "names"]


def _name_parts(name: str) -> tuple[str, ...]:
    """The first and last word of a person's name, which news English uses alone after the
    first mention ("Basuki T Purnama" is then "Basuki"; "Dien Emmawati" "Emmawati"); not a
    word that is also a common English or Indonesian word (David, Mark, Terminal)."""
    from wordfreq import zipf_frequency

    words = name.split()
    if len(words) < 2:
        return ()
    return tuple(
        dict.fromkeys(
            w
            for w in (words[0], words[-1])
            if len(w) > 2
            and "-" not in w  # Jong-un of Kim Jong-un is half a given name, never alone
            and w[:1].isupper()
            and w[1:].islower()
            and zipf_frequency(w, "en") < 5.0
            and not indonesian_words(w)
        )
    )


def names(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions for names: known exonyms, acronyms with their expansion, names as written.

    With parallel text, its English says which terms it writes as they stand (see
    ``_english_use``) and in which order English puts a name's words (``Muslim Shia``:
    "Shia Muslim")."""
    from glossary.suggest.aligned_text import load_corpus

    corpus = load_corpus(settings) if settings.parallel or settings.memories else None
    lines = corpus.occurrences(entries) if corpus else [[] for _ in entries]
    phrases = sum(1 for e in entries if " " in e.term.strip() and written_in_english(e.term))
    english_text = phrases >= ENGLISH_PHRASES
    translated = [  # acronyms English translates, not those it knows by name (IMF)
        e.term
        for e in entries
        if translated_expansion(expansion := acronym_expansion(e) or "")
        and not {name_key(e.term), name_key(expansion)} & exonyms().keys()
    ]
    results = []
    for n, (entry, found) in enumerate(zip(entries, lines, strict=True), 1):
        _progress(settings, "names", n, len(entries))
        suggestions = _names_one(entry, corpus, found, english_text, translated)
        results.append(_in_english_order(suggestions, entry.term, corpus))
    return results


def _names_one(
    entry: Entry,
    corpus: ParallelCorpus | None = None,
    lines: Sequence[int] = (),
    english_text: bool = True,
    translated: Sequence[str] = (),
) -> list[Suggestion]:
    table = exonyms()
    stated = acronym_expansion(entry)
    acronym = stated is not None
    expansion = stated or entry.expansion
    expanded = f"; expansion: {expansion}" if expansion else ""
    for form in entry.forms:
        if name_key(form) in table:
            english, others = table[name_key(form)]
            evidence = f"known English name of {form}{expanded}"
            return [Suggestion(english, "names", 0.95, evidence, tuple(others))] + [
                Suggestion(other, "names", 0.8, evidence) for other in others
            ]
    classified = classified_place(entry, table) or classified_name(entry, table)
    if classified is not None:
        return [classified]
    long_form = short_forms_written_out(entry.term)
    if long_form is not None and not agency_short_forms(entry.term):
        # Menlu, Pemprov, Depkeu: Indonesian words that English translates, no name it keeps
        if name_key(long_form) not in table:
            return []  # the long form's English comes from the other backends (expansions)
        english, others = table[name_key(long_form)]
        evidence = f"known English name of its long form {long_form}"
        return [Suggestion(english, "names", 0.9, evidence, tuple(others))]
    if acronym:
        # An acronym kept as written is how translators render it about a third of the
        # time (DKI, PU are expanded): any better-supported rendering should win.
        if translated_expansion(expansion) or (
            not expansion and extends_acronym(entry, translated)
        ):
            evidence = f"acronym of Indonesian common words, kept as written{expanded}"
            kept = Suggestion(entry.term, "names", TRANSLATED_ACRONYM, evidence)
        else:  # an expansion in English is how English spells the acronym out (NPL)
            spelt_out = (expansion,) if english_expansion(expansion) else ()
            evidence = f"acronym kept as written{expanded}"
            kept = Suggestion(entry.term, "names", 0.35, evidence, spelt_out)
        if name_key(expansion) not in table:
            return [kept]
        english, others = table[name_key(expansion)]
        evidence = f"English name of its expansion {expansion}"
        # The acronym among the English renderings is one English writes too (IMF).
        return [Suggestion(english, "names", 0.85, evidence, tuple(others)), kept] + [
            Suggestion(other, "names", 0.7, evidence) for other in others if other != entry.term
        ]
    if _indonesian_joiner(entry.term):
        english = " ".join("and" if w == "dan" else w for w in entry.term.split())
        if (
            _indonesian_joiner(english)
            or indonesian_words(english)
            or affixed_words(entry)
            or _translated_word(english, table)
        ):
            return []  # other Indonesian words (Kementerian Energi dan Sumber Daya Mineral)
        evidence = "names joined by dan, and in English"
        return [Suggestion(english, "names", 0.6, evidence)]
    if entry.kind == "person":
        evidence = "a person's name keeps its form"
        return [Suggestion(entry.term, "names", 0.9, evidence, _name_parts(entry.term))]
    if _word_of_a_longer_name(entry):
        return []  # Call of Call of Duty
    if (
        entry.kind in NAME_KINDS
        and not indonesian_words(entry.term)
        and not affixed_words(entry)
        and not _translated_word(entry.term, table)
        and not translated_acronym_in(entry.term, translated)
    ):
        evidence = "a name without Indonesian words keeps its form"
        return [Suggestion(entry.term, "names", 0.6, evidence)]
    if written_in_english(entry.term):
        english_use = _english_use(entry.term, corpus, lines, english_text)
        if english_use is None:
            return []  # nothing says this text writes it as English: rob is a tidal flood
        evidence = "a term written in English keeps its form"
        return [Suggestion(entry.term, "names", round(0.6 * english_use, 2), evidence)]
    return []


def _indonesian_joiner(term: str) -> bool:
    """Whether a name of several words joins them with an Indonesian function word, which
    English translates (``England dan Wales``: "England and Wales"; ``Trinidad dan
    Tobago``), so that kept as written it would read as Indonesian."""
    from wordfreq import zipf_frequency

    return any(
        w in FUNCTION_WORDS
        and w not in FOREIGN_JOINERS
        and zipf_frequency(w, "id") > zipf_frequency(w, "en") + 1
        for w in term.split()[1:-1]
    )


# The small words that join the words of a name written in a European language.
NAME_JOINERS = ("of", "for", "and", "the", "de", "del", "van", "von")
# The small words of names in European and Arabic languages that Indonesian writes too.
FOREIGN_JOINERS = frozenset(
    {*NAME_JOINERS, "al", "bin", "binti", "da", "di", "du", "el", "la", "le"}
)


def _word_of_a_longer_name(entry: Entry) -> bool:
    """Whether a one-word name stands in its example joined by a small English or European
    word to another capitalised word, as a word of a longer name the miner split there
    (``Call`` and ``Duty`` of the game Call of Duty, ``America`` of Bank of America):
    kept as written alone, it would gloss a piece of that name."""
    if " " in entry.term or not entry.example:
        return False
    term, joiner = re.escape(entry.term), "|".join(NAME_JOINERS)
    capitalised = r"[A-Z][\w'-]*"
    pattern = (
        rf"(?<![\w-]){term} (?:{joiner}) {capitalised}|{capitalised} (?:{joiner}) {term}(?![\w-])"
    )
    return re.search(pattern, entry.example) is not None


def _translated_word(name: str, table: dict[str, tuple[str, list[str]]]) -> bool:
    """Whether a name of several words has one that the names table renders otherwise
    (``Muslimah Prancis``: Prancis is France; ``Meneg BUMN``: BUMN is a state-owned
    enterprise), so that kept as written it would read as Indonesian."""
    words = name.split()
    return len(words) > 1 and any(
        (w := name_key(word)) in table and name_key(table[w][0]) != w for word in words
    )


def _english_use(
    term: str, corpus: ParallelCorpus | None, lines: Sequence[int], english_text: bool
) -> float | None:
    """How surely a term that is an English word is used as English here, or None when
    nothing says so. A name (capitalised) and several words (``buy back``, ``management
    fee``) are English-looking in themselves; one lower-case word is when the English of
    its aligned lines writes it too, in its case (``striker``; not ``giro``, which only
    ``Giro d'Italia`` has), when Indonesian seldom writes it at all (``birdie``), or when
    the text writes English phrases too (``english_text``: sports news with ``grand slam``
    and ``time trial``). A word Indonesian writes as often as English, in a text without
    English (``rob``, tidal flood, in flood news), is taken for Indonesian."""
    from wordfreq import zipf_frequency

    if not term.islower() or len(_SPLIT_RE.split(term.strip())) > 1:
        return 1.0
    if lines and corpus is not None:
        word = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
        used = sum(1 for n in lines if word.search(corpus.target[n]))
        if used or not english_text:
            return used / len(lines) if used else None
        return 0.5  # aligned lines of another sense (striker: "stickers") weigh less
    if english_text or zipf_frequency(term, "en") - zipf_frequency(term, "id") >= ENGLISH_ONLY_GAP:
        return 1.0
    return None


# A word this much more common in English than in Indonesian (on wordfreq's Zipf scale) is
# one Indonesian borrows as it stands, not an Indonesian word of the same letters; a text
# whose candidates have this many phrases written in English uses English words too.
ENGLISH_ONLY_GAP = 1.0
ENGLISH_PHRASES = 3


def _in_english_order(
    suggestions: list[Suggestion], term: str, corpus: ParallelCorpus | None
) -> list[Suggestion]:
    """A two-word name kept as written, in the order the parallel English writes its words
    (``Islam Sunni``: "Sunni Islam"), when it writes them the other way round more often."""
    from glossary.suggest.aligned_text import english_key

    words = term.split()
    if corpus is None or len(words) != 2 or not all(w[:1].isupper() for w in words):
        return suggestions
    keys = [english_key(w) for w in words]
    written = len(corpus.target_lines(" ".join(keys)))
    flipped = len(corpus.target_lines(" ".join(keys[::-1])))
    if flipped < 2 or flipped <= written:
        return suggestions
    english = " ".join(words[::-1])
    evidence = f"English writes {english} in {flipped} lines, {term} in {written}"
    return [
        replace(s, english=english, evidence=evidence) if s.english == term else s
        for s in suggestions
    ]


def lower_case_words(entries: Sequence[Entry]) -> frozenset[str]:
    """The words the text writes in lower case, as far as its candidates show: their terms
    and example sentences (``produksi`` in "peningkatan produksi")."""
    words: set[str] = set()
    for entry in entries:
        for text in (entry.term, entry.example):
            words.update(w for w in re.findall(r"[\w-]+", text) if w.islower())
    return frozenset(words)


def common_senses_of_a_name(
    entry: Entry,
    suggestions: Sequence[Suggestion],
    lowered: frozenset[str],
    corpus: ParallelCorpus | None,
) -> list[Suggestion]:
    """The suggestions without a common word's lower-case sense where a one-word capitalised
    term is a name: neither the text's candidates nor the aligned Indonesian lines write it
    in lower case (``Ratna`` is no "jewel", ``Waskita`` no "clairvoyant"; ``Investasi`` in
    a heading is "investment", the text writes ``investasi`` too). A word the text
    capitalises alone in mid-sentence is a name whatever far texts write in lower case
    (``para ahli Maya``: the Maya, not "virtual" of ``dunia maya``). A proper sense stays
    (``Natal``: Christmas)."""
    term = entry.term
    if " " in term or not term[:1].isupper() or looks_like_acronym(term):
        return list(suggestions)
    word = term.lower()
    if word in lowered:
        return list(suggestions)
    if _alone_mid_sentence(term, entry.example):
        return [s for s in suggestions if not s.english[:1].islower()]
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    lines = corpus.source_lines(word) if corpus is not None else []
    if any(pattern.search(corpus.source[n]) for n in lines if corpus is not None):
        return list(suggestions)
    return [s for s in suggestions if not s.english[:1].islower()]


def _alone_mid_sentence(term: str, sentence: str) -> bool:
    """Whether the sentence capitalises ``term`` between two words in lower case, as a
    name stands (``para ahli Maya mengatakan``), not in a heading's run of capitals."""
    found = re.search(rf"(\S+) {re.escape(term)}(?: (\S+))?(?![\w-])", sentence)
    if not found:
        return False
    before, after = found.group(1), found.group(2) or ""
    return before.islower() and before[-1:].isalpha() and not after[:1].isupper()
