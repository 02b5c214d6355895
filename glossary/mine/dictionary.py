"""Everyday words by the dictionary: FreeDict's English-Indonesian dictionary read in reverse.

A word or compound whose first English sense is a common English word (tendangan → kick,
ibu kota → capital city) needs no decision from a translator, however rare it is in
general Indonesian; one the dictionary lacks or renders by a rare word (sanksi → sanction)
may. The set is built once
from the dictionary (slow: every entry and English word frequencies) and cached beside
``glossary suggest``'s reversed dictionary; mining reads only the small cached set.
Beside it, by wordfreq, the common English words a story may leave in (year on year).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from glossary.cache import cache_folder
from glossary.morphology import english_words as morphology_english_words
from glossary.morphology import general_frequencies, wordfreq_cached, wordfreq_stamp

# The dictionary ``glossary suggest`` reads (glossary.suggest.freedict.DICT_PATH); named
# here so that mining does not import the suggest package to find it.
DICT_INDEX = Path("/usr/share/dictd/freedict-eng-ind.index")
COMMON_ENGLISH = 4.5  # zipf: 1 in 30,000 English words (bee 4.1 is not, kick 4.7 is)
CLEAR_SENSE = 0.5  # share of belief in the first English headword


# Bumped when what the set holds changes (2: compounds too, ibu kota → capital city); part of
# the cached file's name, so that an older glossary sharing the cache keeps its own file.
_SET_VERSION = 2


def _stamp(index: Path) -> str:
    data = index.with_suffix(".dict.dz")
    return "|".join(f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in (index, data))


@cache
def plain_words(index: Path = DICT_INDEX) -> frozenset[str]:
    """Indonesian words whose clearest English rendering is a common English word; empty
    when the dictionary is not installed (mining works without it)."""
    return _dictionary_set(index, f"plain-words-{_SET_VERSION}", _build)


def _dictionary_set(
    index: Path, name: str, build: Callable[[dict[str, list[list]]], frozenset[str]]
) -> frozenset[str]:
    """A set of words ``build`` makes of the reversed dictionary, cached in the user cache
    as ``name``.json until the dictionary changes; empty without the dictionary."""
    try:
        stamp = _stamp(index)
    except OSError:
        return frozenset()
    cached = cache_folder() / f"{name}.json"
    with contextlib.suppress(OSError, ValueError):
        saved = json.loads(cached.read_text(encoding="utf-8"))
        if saved.get("stamp") == stamp:
            return frozenset(saved["words"])
    from glossary.suggest.freedict import load_reverse_index  # the suggest package: slow

    try:
        words = build(load_reverse_index(index, cache_folder()))
    except (OSError, ValueError, EOFError):
        return frozenset()
    with contextlib.suppress(OSError):
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"stamp": stamp, "words": sorted(words)}), encoding="utf-8")
        os.replace(tmp, cached)
    return words


def _build(reverse: dict[str, list[list]]) -> frozenset[str]:
    from glossary.suggest.freedict import _english_zipf, _rank_dictionary

    out = set()
    for key, rows in reverse.items():
        if "-" in key:
            continue
        headword, share = _rank_dictionary(rows, proper=False)[0]
        if share >= CLEAR_SENSE and _english_zipf(headword.lower()) >= COMMON_ENGLISH:
            out.add(key)
    return frozenset(out)


# An English word this common (zipf 5: 1 in 100,000 words: year, rate, market) and ten
# times less common in Indonesian is English text left in a story (inflation year on
# year), not an Indonesian term; AS and LED are acronyms, buy back two words.
ENGLISH_ZIPF = 5.0
ENGLISH_MARGIN = 1.0


def english_words() -> frozenset[str]:
    """Common English words rare in Indonesian (``morphology.english_words``)."""
    return morphology_english_words(ENGLISH_ZIPF, ENGLISH_MARGIN)


# An English word at least this common (zipf 2.5, 1 in 3 million words) is a source
# Indonesian may have borrowed; one respelt by the weak rules alone (a doubled letter
# single, a final -e dropped: satellite → satelit) must be commoner (zipf 3), since such
# respellings also meet names (bettina → betina).
INTERNATIONAL_ZIPF = 2.5
INTERNATIONAL_WEAK_ZIPF = 3.0
# A loan of an everyday English word (condition → kondisi, access → akses: zipf 4.7 and
# more, 1 in 20,000 English words) is everyday in both languages, not a specialised term.
INTERNATIONAL_MAX_ZIPF = 4.7
INTERNATIONAL_LETTERS = 5  # shorter words meet English by chance (air, main, bank)


@cache
def international_words() -> frozenset[str]:
    """Indonesian words of the international vocabulary: general Indonesian's words that
    English writes the same (virus, planet, protein) or that the spelling rules of the
    borrowing make of an English word (radiasi: radiation, prosesor: processor, hormon:
    hormone); native words (serangga, telur, pajak) are not. Kept in the user cache
    (``morphology.wordfreq_cached``); empty without wordfreq."""
    if not wordfreq_stamp("en") or not wordfreq_stamp("id"):
        return frozenset()

    def build() -> list[str]:
        from wordfreq import get_frequency_dict, top_n_list

        from glossary.suggest.loanwords import INFLECTED, VOCABULARY, respellings

        indonesian = general_frequencies()
        english = get_frequency_dict("en")
        least, weak, everyday = (
            10.0 ** (z - 9)
            for z in (INTERNATIONAL_ZIPF, INTERNATIONAL_WEAK_ZIPF, INTERNATIONAL_MAX_ZIPF)
        )
        source: dict[str, float] = {}  # the most frequent English word each respells
        for word in top_n_list("en", VOCABULARY):  # most frequent first
            frequency = english.get(word, 0.0)
            if frequency < least:
                break
            if not word.isalpha() or word.endswith(INFLECTED):
                continue
            for spelt, sure in respellings(word).items():
                if (
                    spelt not in source
                    and spelt in indonesian
                    and len(spelt) >= INTERNATIONAL_LETTERS
                    and (sure or spelt == word or frequency >= weak)
                ):
                    source[spelt] = frequency
        return sorted(w for w, frequency in source.items() if frequency < everyday)

    return frozenset(wordfreq_cached("en", "international-words.marshal", list, build))


# Below this likeness to every English word FreeDict renders it by, a word that looks like
# a loan is a native word (induk: mother, not induce; hakim: judge; kanan: right).
LOAN_LIKENESS = 0.5
# English spellings Indonesian respells (physical: fisikal, thyroid: tiroid).
_RESPELT = (
    ("ph", "f"),
    ("th", "t"),
    ("ch", "k"),
    ("qu", "kw"),
    ("c", "k"),
    ("y", "i"),
    ("x", "ks"),
)


@cache
def specialised_loans(index: Path = DICT_INDEX) -> frozenset[str]:
    """``international_words`` but the native words among them: those FreeDict renders by
    English words they do not resemble (induk, tipis: mother, thin)."""
    loans = international_words()
    return loans - _dictionary_set(index, "native-lookalikes-1", _native_lookalikes)


def _likeness(word: str, english: str) -> float:
    """How much ``word`` looks like an English word once respelt (filum: phylum, 1.0)."""
    import difflib

    for written, respelt in _RESPELT:
        english = english.replace(written, respelt)
    return difflib.SequenceMatcher(None, word, english).ratio()


def _native_lookalikes(reverse: dict[str, list[list]]) -> frozenset[str]:
    from glossary.suggest.loanwords import respellings

    native = set()
    for word in international_words():
        english = {row[0].lower() for row in reverse.get(word, ())}
        if not english or any(word == e or word in respellings(e) for e in english):
            continue
        if max(_likeness(word, w) for e in english for w in e.split()) < LOAN_LIKENESS:
            native.add(word)
    return frozenset(native)


@cache
def native_words(index: Path = DICT_INDEX) -> frozenset[str]:
    """Native Indonesian words the dictionary renders clearly by an English word they do
    not resemble (rayap: termite, lebah: bee, sarang: nest): a speaker's vocabulary, which
    a translator finds in any dictionary; loans (filum: phylum, gen: gene) are not."""
    return _dictionary_set(index, "native-words-1", _native_renderings)


def _native_renderings(reverse: dict[str, list[list]]) -> frozenset[str]:
    from glossary.suggest.freedict import _rank_dictionary

    out = set()
    for key, rows in reverse.items():
        if not key.isalpha():
            continue
        headword, share = _rank_dictionary(rows, proper=False)[0]
        words = headword.lower().split()
        if share >= CLEAR_SENSE and max(_likeness(key, w) for w in words) < LOAN_LIKENESS:
            out.add(key)
    return frozenset(out)
