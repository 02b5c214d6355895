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
from functools import cache
from pathlib import Path

from glossary.cache import cache_folder
from glossary.morphology import english_words as morphology_english_words

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
    try:
        stamp = _stamp(index)
    except OSError:
        return frozenset()
    cached = cache_folder() / f"plain-words-{_SET_VERSION}.json"
    with contextlib.suppress(OSError, ValueError):
        saved = json.loads(cached.read_text(encoding="utf-8"))
        if saved.get("stamp") == stamp:
            return frozenset(saved["words"])
    words = _build(index)
    with contextlib.suppress(OSError):
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"stamp": stamp, "words": sorted(words)}), encoding="utf-8")
        os.replace(tmp, cached)
    return words


def _build(index: Path) -> frozenset[str]:
    from glossary.suggest.freedict import _english_zipf, _rank_dictionary, load_reverse_index

    try:
        reverse = load_reverse_index(index, cache_folder())
    except (OSError, ValueError, EOFError):
        return frozenset()
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
