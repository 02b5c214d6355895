"""How a use spells its rendering: what differs between ``Kim Jong-un`` and ``Kim Jong
Un``, ``defence`` and ``defense`` (a spelling), and what does not (inflection, grammar)."""

from __future__ import annotations

import functools
import re
import unicodedata

from glossary import regex_cache

_PARTS = regex_cache.compile(r"(\s+|[-\u2010\u2011])")


def _base_word(word: str) -> str:
    """A word without its possessive or plural ending: ``Defences`` → Defence."""
    word = re.sub(r"['\u2019]s?$", "", word)
    lower = word.lower()
    if len(lower) > 4 and lower.endswith("ies"):
        word = word[:-3] + "y"
    elif len(lower) > 4 and lower.endswith(("sses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    elif len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def spelling_key(text: str, names: bool = False) -> str:
    """How a use spells its rendering, inflection aside: ``Kim Jong-un`` and ``Kim Jong Un``
    differ, ``Sanctions`` and ``sanction`` do not. The capital of a word is spelling only in
    a name (``Kim Jong un``), and never in the first word (a sentence may start with it);
    elsewhere it is grammar (``the finance minister``, ``Finance Minister Sri Mulyani``)."""
    shown: list[str] = []
    for part in _PARTS.split(text.strip()):
        if not part:
            continue
        if _PARTS.fullmatch(part):
            shown.append(" " if part.isspace() else "-")
            continue
        word = _base_word(part)
        if not shown or not names:
            word = word[:1].lower() + word[1:]
        shown.append(word)
    return "".join(shown)


# British spellings and old transliterations, each with the form it varies from.
_VARIANT_SPELLINGS = [
    (regex_cache.compile(r"isation"), "ization"),
    (regex_cache.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (regex_cache.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (regex_cache.compile(r"our"), "or"),
    (regex_cache.compile(r"ence$"), "ense"),
    (regex_cache.compile(r"tre$"), "ter"),
    (regex_cache.compile(r"ogue$"), "og"),
    (regex_cache.compile(r"amme$"), "am"),
    (regex_cache.compile(r"ll"), "l"),
    (regex_cache.compile(r"ae"), "e"),
    (regex_cache.compile(r"oe"), "u"),  # Soeharto, Suharto
    (regex_cache.compile(r"dj"), "j"),  # Djakarta, Jakarta
    (regex_cache.compile(r"tj"), "c"),  # Tjipinang, Cipinang
]

# A word with none of what _VARIANT_SPELLINGS change has none made either (one change makes
# room for another only where the word had something to change: oae -> oe -> u).
_ANY_VARIANT = regex_cache.compile("|".join(pattern.pattern for pattern, _ in _VARIANT_SPELLINGS))


@functools.lru_cache(maxsize=65536)
def variant_key(text: str) -> str:
    """What spellings of one rendering share: no case, no separators, no accents, American
    spelling (``defence``/``defense``, ``-ise``/``-ize``, ``Kim Jong-un``/``Kim Jong Un``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = []
    for part in _PARTS.split(plain.strip()):
        if not part or _PARTS.fullmatch(part):
            continue
        word = re.sub(r"\W", "", _base_word(part).lower())  # U.S., US
        if not _ANY_VARIANT.search(word):
            words.append(word)  # nothing to vary (finance, minister): most words
            continue
        for pattern, replacement in _VARIANT_SPELLINGS:
            word = pattern.sub(replacement, word)
        words.append(word)
    return "".join(words)
