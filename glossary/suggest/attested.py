"""The dictionary's compositions that the parallel English writes, and the forms of its
senses that the lines bear out: ``tingkat radiasi`` is the "radiation level" the lines
write, not a "radiation storey"; ``jalan tol`` the "toll road" they write, before
FreeDict's "turnpike", which none does; ``pertanian`` "agriculture", also "agricultural"."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import replace

from glossary.lexicon import FUNCTION_WORDS
from glossary.store import Entry
from glossary.suggest.aligned_text import ParallelCorpus, english_key
from glossary.suggest.core import Suggestion
from glossary.suggest.numbered import adjectives_of, miscounted
from glossary.suggest.senses import _rank_dictionary, _written_in

# With parallel text: senses tried per word, and the confidence of a composition the
# English side writes often.
COMPOSE_SENSES = 4
COMPOSE_ATTESTED = 0.5
ATTESTED_LINES = 2  # or one, for the words' first senses (``attested_composition``)
SENSE_LINES = 100
# English words that follow the office they qualify in a title, as in Indonesian: ``direktur
# jenderal`` is the "director general", ``sekretaris jenderal`` the "secretary general".
POST_MODIFIERS = frozenset({"general"})
# An adjective of a word's English that this many of the word's aligned lines write, and
# this share of them, is kept with it (``adjectives_in_use``).
ADJECTIVE_LINES = 3
ADJECTIVE_SHARE = 0.1


def head_last(modifiers: Sequence[str]) -> bool:
    """Whether English puts the head after these modifiers (their English): not when one
    of them is a post-modifier (``POST_MODIFIERS``)."""
    return not POST_MODIFIERS & {m.lower() for m in modifiers}


def attested_composition(
    parts: list[str], reverse: Mapping[str, list[list]], proper: bool, corpus: ParallelCorpus
) -> tuple[str, int] | None:
    """The composition the English side of the parallel text writes most often, and how
    often: each word's senses tried (``tingkat radiasi`` is "radiation level", not
    "radiation storey"), head-last order first and the Indonesian order second
    (``mantan presiden``: "former president"). One line attests only a composition of each
    word's first sense or its adjective (``ladang minyak``: "oil field"): of the many
    combinations tried, one is bound to turn up somewhere (``izin tinggal`` is no "dead
    leave", however a science text writes those words). A sense's adjective is tried before
    the head only (``pasar keuangan``: "financial market"; ``operasi pasar`` is no "market
    operational"), and the head is no adjective (``rata harga`` is no "price even"). A line
    attests only where its Indonesian has a word of the term: the English words side by
    side in a line on something else say nothing of these (``sektor pertanian`` is no
    "agriculture sector" for a line on DNA "in agriculture sector and medical" that has
    neither word; a translator may add one, ``pedesaan``: "rural areas")."""
    ranked = [_rank_dictionary(reverse[p], proper)[:COMPOSE_SENSES] for p in parts]
    with_words = {n for p in parts for n in corpus.source_lines(p)}
    senses = [with_adjectives(r) for r in ranked]
    firsts = [set(with_adjectives(r[:1])) for r in ranked]
    best: tuple[str, int] | None = None
    for combination in itertools.product(*senses):
        first = all(sense in f for sense, f in zip(combination, firsts, strict=True))
        orders = [(combination, parts[-1])]
        if head_last(combination[1:]):
            orders.insert(0, (combination[::-1], parts[0]))
        for order, last in orders:
            english = " ".join(order)
            if order[-1] not in noun_headwords(reverse[last]) or miscounted(english):
                continue
            key = " ".join(map(english_key, english.split()))
            seen = sum(1 for n in corpus.target_lines(key) if n in with_words)
            if (seen >= ATTESTED_LINES or (seen and first)) and (best is None or seen > best[1]):
                best = (english, seen)
    return (_as_written(best[0], corpus), best[1]) if best else None


def noun_headwords(rows: Sequence[list]) -> set[str]:
    """The headwords of a word's FreeDict rows that may head the English of a noun phrase:
    nouns, names, and verbs, which English often uses as nouns too (work, damage); not
    adjectives (``pusat``: "center", not "central"; ``luar negeri pemerintah`` is no
    "government foreign")."""
    return {row[0] for row in rows if row[1] in ("n", "pn", "v")}


def _as_written(english: str, corpus: ParallelCorpus) -> str:
    """The composition with each word spelled as the lines that write it spell it, where
    a sense is counted as its shorter form: FreeDict's "economics" for ``ekonomi`` is
    "economic" in "economic growth"."""
    key = " ".join(map(english_key, english.split()))
    lines = corpus.target_lines(key)[:SENSE_LINES]
    words = english.split()
    for i, (word, short) in enumerate(zip(words, key.split(), strict=True)):
        if short == word.lower():
            continue
        if _written_in(short, corpus, lines) > _written_in(word, corpus, lines):
            words[i] = short
    return " ".join(words)


def with_adjectives(ranked: Sequence[tuple[str, float]]) -> list[str]:
    """The headwords, each followed by the adjectives English makes of it (finance,
    financial): a noun that modifies another is often rendered by its adjective."""
    return [form for h, _ in ranked for form in (h, *adjectives_of(h))]


def composed_beside(
    term: str,
    whole: Sequence[Suggestion],
    reverse: Mapping[str, list[list]],
    proper: bool,
    corpus: ParallelCorpus | None,
) -> list[Suggestion]:
    """A phrase FreeDict lists whole, composed word by word too where the parallel English
    writes the composition, so that the term's aligned lines choose between them
    (``menteri keuangan``: FreeDict's "treasurer", and "finance minister", which the
    translators write)."""
    words = term.split()
    if corpus is None or not 2 <= len(words) <= 3 or FUNCTION_WORDS & set(words):
        return []
    if not all(w in reverse for w in words):
        return []
    attested = attested_composition(words, reverse, proper, corpus)
    if attested is None or any(s.english.lower() == attested[0].lower() for s in whole):
        return []
    english, seen = attested
    evidence = f"FreeDict word by word, written so in {seen} lines of the parallel text"
    composed = Suggestion(
        english, "dictionary", round(COMPOSE_ATTESTED * seen / (seen + 1), 2), evidence
    )
    first = whole[0] if whole else None
    if first is None or composed.confidence >= first.confidence or seen < ATTESTED_LINES:
        return [composed]
    if corpus.target_lines(" ".join(map(english_key, first.english.lower().split()))):
        return [composed]
    # FreeDict's phrase, which no English line writes, and the composition that lines do
    # write trade places (``jalan tol``: "toll road" before "turnpike"); one line is no
    # match for a dictionary's phrase (``nilai tukar`` is no "value change").
    note = f"; {first.english}: written in no line of the parallel text"
    return [
        replace(composed, confidence=first.confidence, evidence=evidence + note),
        replace(first, confidence=composed.confidence),
    ]


def adjectives_in_use(english: str, word: str, corpus: ParallelCorpus | None) -> tuple[str, ...]:
    """The adjectives of a noun's English that the word's aligned lines write: Indonesian
    puts the noun itself where English puts its adjective (``sektor pertanian``:
    "agricultural sector"; ``pertumbuhan ekonomi``: "economic growth"), so accepting
    "agriculture" for ``pertanian`` keeps "agricultural". Only as the lines bear it out:
    an adjective whose sense drifted from its noun (form: formal, term: terminal) is
    seldom what translators write for the word."""
    from glossary.check import find_rendering

    if corpus is None or " " in word:
        return ()
    found = adjectives_of(english)
    lines = corpus.source_lines(word)[:SENSE_LINES] if found else []
    kept = []
    for adjective in found:
        stand_in = Entry("-", english=adjective)
        written = sum(1 for n in lines if find_rendering(stand_in, corpus.target[n]))
        if written >= max(ADJECTIVE_LINES, ADJECTIVE_SHARE * len(lines)):
            kept.append(adjective)
    return tuple(kept)
