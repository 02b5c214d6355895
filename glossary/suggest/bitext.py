"""The parallel backend: English renderings of a term found in line-aligned translations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from glossary import lexicon
from glossary.store import Entry
from glossary.suggest.aligned_text import (
    ParallelCorpus,
    _cased,
    _id_keys,
    english_key,
    inflection_stem,
    load_corpus,
)
from glossary.suggest.core import _SPLIT_RE, Settings, Suggestion, _progress
from glossary.suggest.wordalign import WordAligner, phrase_counts
from glossary.text import InputError, collector_paused

MIN_COUNT = 2
LENGTH_PENALTY = 0.7
COGNATE_BONUS = 1.2
MIN_CONFIDENCE = 0.2
# Co-occurrence says nothing in fewer of the term's lines than this: in 2 of 3 lines
# ``paru-paru`` goes with "77 year" and "old monarch", ``sensor`` with "censorship"; on
# news, science and sports text such suggestions agree with the translators 13-43% of the
# time. The word aligner's links stand on fewer (``analis``: "analysts", 2 of 3 lines).
COOCCURRENCE_LINES = 4


def align_term(
    corpus: ParallelCorpus, lines: Sequence[int], forms: Sequence[str]
) -> list[Suggestion]:
    """English n-grams that co-occur with a term in its aligned lines, by Dice coefficient.

    ``forms`` are the entry's Indonesian forms, the preferred one first. Dice =
    2·both / (lines with the term + lines with the n-gram), over n-grams seen with
    the term in at least MIN_COUNT lines, of a term in COOCCURRENCE_LINES lines at
    least (in fewer, only the term as written and the word aligner's links). Corrections
    that make it usable on news: a capitalised English word that the Indonesian line
    also has outside the term is a name copied across and does not count; an n-gram
    that another Indonesian word explains better is dropped (competitive linking);
    n-grams much longer or shorter than the term are penalised; the term's own
    spelling (names, cognates) is preferred; of two n-grams found in exactly the same
    lines the longer (the whole name) wins. Confidence is the result, damped for small counts.
    """
    if len(lines) < MIN_COUNT:
        return []
    term_keys = {k for f in forms for w in f.split() for k in _id_keys(w)}
    term_lower = {_folded(f) for f in forms}
    together: Counter[str] = Counter()
    copied: Counter[str] = Counter()
    for n in lines:
        ngrams = corpus.ngrams(n)
        together.update(ngrams.keys)
        if ngrams.capitalised:
            names_here = corpus.source_words[n] - term_keys
            copied.update(
                k for k, capitals in ngrams.capitalised if not capitals.isdisjoint(names_here)
            )
    families = _inflection_families(together)
    pooled_lines: dict[str, int] = {}
    if families:  # decline, declined, declining: one rendering, counted once per line
        for n in lines:
            stems = corpus.ngrams(n).stems
            for stem in families:
                if stem in stems:
                    pooled_lines[stem] = pooled_lines.get(stem, 0) + 1
        for stem, members in families.items():
            together[members[0]] = pooled_lines[stem]
            for other in members[1:]:
                del together[other]
    term_size = len(forms[0].split())  # Kim Jong-un: two words, as in English
    scored = []
    for key, both in together.most_common(300):
        if both < MIN_COUNT:
            break
        if copied[key] * 2 > both:
            continue
        members = _family_of(key, families)
        if len(members) == 1:  # a line is in target_lines once
            english_lines = len(corpus.target_lines(key))
        else:
            english_lines = len(set().union(*(corpus.target_lines(m) for m in members)))
        dice = 2 * both / (len(lines) + english_lines)
        size = len(key.split())
        off = max(term_size - size, size - term_size - 1, 0)  # the term's size, or one more
        confidence = dice * both / (both + 2) * LENGTH_PENALTY**off
        lowered = _folded(key)
        if lowered == _folded(forms[0]):
            confidence = min(confidence * COGNATE_BONUS, 0.99)
        elif any(f" {t} " in f" {lowered} " for t in term_lower):
            confidence *= LENGTH_PENALTY  # the term plus words: journal Nature, urine test
        if confidence >= MIN_CONFIDENCE:
            scored.append((confidence, dice, both, key))
    scored.sort(key=lambda x: (-x[0], len(x[3].split())))
    kept: list[tuple[float, float, int, str]] = []
    for confidence, dice, both, key in scored:
        if len(kept) == 5:
            break
        if _folded(key) not in term_lower and _subsumed(key, both, scored[:30], corpus, term_size):
            continue
        if not corpus.explained_elsewhere(key, dice, term_keys, lines):
            kept.append((confidence, dice, both, key))
    surfaces: dict[tuple[str, bool], Counter[str]] = {
        (key, at_start): Counter() for _, _, _, key in kept for at_start in (False, True)
    }
    for n in lines:
        spellings = corpus.ngrams(n).spellings
        for _, _, _, key in kept:
            members = _family_of(key, families)
            for member in members:
                for spelling, at_start in spellings.get(member, ()):
                    surfaces[key, at_start][spelling] += 1
    found = []
    for confidence, dice, both, key in kept:
        english, related = _surface(surfaces[key, False], surfaces[key, True], forms[0])
        evidence = f"{both} of {len(lines)} aligned lines (Dice {dice:.2f})"
        found.append(
            Suggestion(english, "parallel", round(confidence, 2), evidence, tuple(related))
        )
    if len(lines) < COOCCURRENCE_LINES:  # the term as written, and the aligner's links
        found = [s for s in found if _folded(s.english) == _folded(forms[0])]
    return _with_aligned(corpus, lines, forms[0], found)


FAMILY_ZIPF = 3.0


def _inflection_families(together: Counter[str]) -> dict[str, list[str]]:
    """Stem -> the term's one-word keys of that stem, the most frequent first, for stems
    with more than one key in common English use (not "worthing" beside "worth")."""
    families: dict[str, list[str]] = {}
    for key in together:
        if " " not in key:
            families.setdefault(inflection_stem(key), []).append(key)
    common = {  # the order of together.most_common(), without sorting every key
        stem: [
            k for k in sorted(keys, key=lambda k: -together[k]) if _english_zipf(k) >= FAMILY_ZIPF
        ]
        for stem, keys in families.items()
        if len(keys) > 1
    }
    return {stem: keys for stem, keys in common.items() if len(keys) > 1}


def _family_of(key: str, families: dict[str, list[str]]) -> list[str]:
    """The keys counted with ``key``: its family, or itself alone."""
    family = families.get(inflection_stem(key), [])
    return family if key in family else [key]


@lru_cache(maxsize=65536)
def _english_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


# An aligned phrase is proposed when the word aligner links the term to it in this many
# of its lines, and this share of them.
ALIGNED_MIN = 2
ALIGNED_SHARE = 0.15
ALIGNED_LINES = 200  # of a frequent term's lines, the first this many are aligned


def _with_aligned(
    corpus: ParallelCorpus, lines: Sequence[int], term: str, found: list[Suggestion]
) -> list[Suggestion]:
    """The co-occurrence suggestions and the phrases the word aligner links the term to
    (``parlemen``: "parliament", where co-occurrence prefers "parliamentary secretary"),
    one suggestion per English phrase, the better-supported kept."""
    aligner, aligned_lines = corpus.aligned()
    counts, seen = phrase_counts(
        aligner, [aligned_lines[n] for n in lines[:ALIGNED_LINES]], term.split(), english_key
    )
    phrases = [
        (p, c) for p, c in counts.most_common(5) if c >= max(ALIGNED_MIN, ALIGNED_SHARE * seen)
    ]
    by_key = {}
    for suggestion in found:  # "vegetable seller" where the aligner links only "seller"
        key = _folded(suggestion.english)
        if any(f" {_folded(p)} " in f" {key} " and _folded(p) != key for p, _ in phrases):
            confidence = round(suggestion.confidence * LENGTH_PENALTY, 2)
            suggestion = replace(suggestion, confidence=confidence)
        by_key[key] = suggestion
    if " " not in term and term.islower():  # one word: the translation table says too
        phrases += _translated_word(corpus, aligner, lines, term, seen)
    for phrase, count in phrases:
        confidence = round(count / seen * count / (count + 2), 2)
        other = by_key.get(_folded(phrase))
        if other is None or other.confidence < confidence:
            evidence = f"aligned to the term in {count} of {seen} lines (IBM Model 1)"
            by_key[_folded(phrase)] = Suggestion(phrase, "parallel", confidence, evidence)
    found = sorted(by_key.values(), key=lambda s: -s.confidence)
    if term.islower():
        found = [_common_case(corpus, lines, term, s) for s in found]
    return found


def _common_case(
    corpus: ParallelCorpus, lines: Sequence[int], term: str, found: Suggestion
) -> Suggestion:
    """A common noun's English in lower case unless the lines that write the noun in lower
    case capitalise it: ``kelurahan`` is "urban village", though "Kelurahan Cawang" is
    "Cawang Urban Village" in the names; ``kredit`` "loan", not "Loan"."""
    english = found.english
    lowered = english.lower()
    if (
        english == lowered
        or lowered == term  # Gajah: a name in the lines, no rendering (_capitalised_self)
        or any(len(w) > 1 and w.isupper() for w in english.split())  # the IMF loan
    ):
        return found
    capital = lower = 0
    for n in lines[:ALIGNED_LINES]:
        if term not in corpus.source[n]:
            continue  # the term capitalised here: a name's word, its English a name's too
        target = corpus.target[n]
        capital += target.count(english, 1)
        lower += target.count(lowered)
    if capital > lower:
        return found
    related = tuple(r.lower() if r[:1].isupper() and not r.isupper() else r for r in found.related)
    return replace(found, english=lowered, related=related)


# The English word a one-word term's translation table gives this much probability is
# proposed, when the term's lines use it in at least ALIGNED_MIN of them.
TABLE_MIN = 0.3


def _translated_word(
    corpus: ParallelCorpus, aligner: WordAligner, lines: Sequence[int], term: str, seen: int
) -> list[tuple[str, int]]:
    """The English word the translation table gives the term most probability, with the
    number of the term's lines that use it (weighted by that probability, so the count
    says as much as an aligned phrase's), spelt as those lines mostly spell it."""
    found = []
    for key, probability in aligner.translations(term, 1):
        if probability < TABLE_MIN:
            continue
        used = [n for n in lines[:ALIGNED_LINES] if f" {key} " in corpus.target_keys[n]]
        count = min(round(len(used) * probability), seen)
        spellings: Counter[str] = Counter()
        for n in used if count >= ALIGNED_MIN else ():
            spellings.update(
                {w for run in corpus.target_runs[n] for w in run if english_key(w) == key}
            )
        if spellings:
            found.append((spellings.most_common(1)[0][0], count))
    return found


def _folded(text: str) -> str:
    """Lower case, hyphens as spaces: Jong-un and Jong Un compare equal."""
    return " ".join(_SPLIT_RE.split(text.lower().strip()))


def _subsumed(key: str, both: int, scored: list, corpus: ParallelCorpus, term_size: int) -> bool:
    """Whether a longer candidate, still of a likely size for the term, contains ``key`` and
    occurs in exactly the same lines (Pasarrebo General Hospital, not Pasarrebo General)."""
    lines = len(corpus.target_lines(key))
    return any(
        other_both == both
        and len(key) < len(other)
        and len(other.split()) <= term_size + 1
        and f" {key} " in f" {other} "
        and len(corpus.target_lines(other)) == lines
        for _, _, other_both, other in scored
    )


def _surface(inside: Counter[str], at_start: Counter[str], term: str) -> tuple[str, list[str]]:
    """The spelling to propose and its other inflections seen with the term.

    Lower case unless the English mostly capitalises it inside lines (seen only at
    line starts: capitalised only if the term is); the most frequent inflection
    first (``guerrillas``), the others it had at least a fifth as often after it.
    """
    if not inside:
        spelling = at_start.most_common(1)[0][0]
        return (spelling if term[:1].isupper() else " ".join(map(_cased, spelling.split()))), []
    cased: Counter[str] = Counter()
    for spelling, count in inside.items():
        cased[" ".join(map(_cased, spelling.split()))] += count
    lowered = sum(c for s, c in inside.items() if " ".join(map(_cased, s.split())) == s)
    forms = cased if lowered * 2 >= sum(inside.values()) else inside
    ranked = forms.most_common()
    top = ranked[0][1]
    seen = {ranked[0][0].lower()}
    related = []
    for spelling, count in ranked[1:]:
        if count * 5 >= top and spelling.lower() not in seen:  # not Enterprises beside enterprises
            seen.add(spelling.lower())
            related.append(spelling)
    return ranked[0][0], related


def parallel(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions from line-aligned translations (``--parallel SRC.id TGT.en``) and
    translation memories (``--memory x.tmx``)."""
    if not settings.parallel and not settings.memories:
        raise InputError(
            "the parallel backend needs --parallel SRC.id TGT.en (line-aligned files)"
            " or --memory FILE (TMX, XLIFF, PO)"
        )
    corpus = load_corpus(settings)
    results = []
    with collector_paused():  # the lines' n-grams, counters: many objects, no cycles
        for n, (entry, lines) in enumerate(
            zip(entries, corpus.occurrences(entries), strict=True), 1
        ):
            _progress(settings, "parallel", n, len(entries))
            lines = _lines_of_the_whole(corpus, lines, entry)
            found = align_term(corpus, lines, entry.forms)
            outside = _outside_its_phrase(corpus, lines, entry.term) if found else None
            results.append(
                [
                    s
                    for s in found
                    if not _capitalised_self(entry.term, s.english)
                    and not _only_in_the_phrase(corpus, outside, s.english)
                ]
            )
    return results


def _outside_its_phrase(
    corpus: ParallelCorpus, lines: Sequence[int], term: str
) -> list[int] | None:
    """The term's lines outside the longer phrase most of its lines hold it in (``zona`` in
    ``zona euro``, ``pemungutan suara`` in ``tempat pemungutan suara``): None if no word
    beside it (not a function word) is there in half its lines or more."""
    words = term.casefold().split()
    beside: list[set[str]] = []
    for n in lines:
        tokens = [t.casefold() for t in corpus.source_tokens[n]]
        near: set[str] = set()
        for i in range(len(tokens) - len(words) + 1):
            if tokens[i : i + len(words)] == words:
                near.update(tokens[j] for j in (i - 1, i + len(words)) if 0 <= j < len(tokens))
        beside.append({w for w in near if w.isalpha() and w not in lexicon.FUNCTION_WORDS})
    counts = Counter(w for near in beside for w in near)
    if not counts:
        return None
    word, count = counts.most_common(1)[0]
    if 2 * count < len(lines):
        return None
    return [n for n, near in zip(lines, beside, strict=True) if word not in near]


def _only_in_the_phrase(corpus: ParallelCorpus, outside: list[int] | None, english: str) -> bool:
    """Whether a suggestion is written only in lines where the term is part of its longer
    phrase (``_outside_its_phrase``): there it renders the phrase ("eurozone" for ``zona``,
    "polling stations" for ``pemungutan suara``), not the term."""
    if outside is None:
        return False
    written = corpus.target_lines(" ".join(map(english_key, english.split())))
    return set(outside).isdisjoint(written)


def _lines_of_the_whole(corpus: ParallelCorpus, lines: list[int], entry: Entry) -> list[int]:
    """The lines that write a name of several words whole, not only the one word of it the
    miner keeps as its short form: the lines of ``Bumi`` alone are about the earth, not
    Bumi Resources Tbk, those of ``Paskah`` alone about Easter or a minister, not Paskah
    Yahudi (Passover)."""
    words = {w.casefold() for w in entry.term.split()}
    if len(words) < 2 or not any(f.casefold() in words for f in entry.forms):
        return lines
    wholes = [f.casefold() for f in entry.forms if " " in f.strip()]
    return [n for n in lines if any(w in corpus.source[n].casefold() for w in wholes)]


def _capitalised_self(term: str, english: str) -> bool:
    """Whether a lower-case word's rendering is the word itself capitalised: the English
    keeps it only inside a name (``gajah`` in "Gajah Mada"), which is no rendering of it."""
    return term.islower() and english != term and english.lower() == term
