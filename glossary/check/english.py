"""Common English words (wordfreq's, 3 or more on the Zipf scale: once per million words
or more), to tell another word on a rendering's stem ("presidency", "ministerial") from a
slip ("Presidnet").

The words are kept in the user cache beside a stamp of wordfreq's English list, and so is
the answer for each word wordfreq must tokenize (``state-owned``): importing wordfreq and
loading that list takes several times as long as the rest of a check of a few thousand
segments, for the few words a check asks about."""

from __future__ import annotations

import functools

from glossary import regex_cache
from glossary.morphology import wordfreq_answer, wordfreq_cached, wordfreq_stamp

# At least once per million words.
COMMON_ZIPF = 3.0
# At least thirty times per million words: a word any sentence may hold ("company",
# "growth", "national"), no evidence of anything where it stands.
FREQUENT_ZIPF = 4.5
# A word wordfreq keeps as it is (one token, no digits): the cached set answers for it.
_PLAIN = regex_cache.compile(r"[a-z]+")


def is_common(word: str) -> bool:
    """Whether a lower-case English word is common: ``presidency`` is, ``presidnet`` is not."""
    return _at_least(word, COMMON_ZIPF, "en-common.marshal")


def is_frequent(word: str) -> bool:
    """Whether a lower-case English word is frequent: ``company`` is, ``sugarcane`` is not."""
    return _at_least(word, FREQUENT_ZIPF, "en-frequent.marshal")


def _at_least(word: str, zipf: float, name: str) -> bool:
    words = _words_at_least(zipf, name)
    if words is not None and _PLAIN.fullmatch(word):
        return word in words
    return wordfreq_answer("en", "en-zipf.marshal", word, lambda: _zipf(word)) >= zipf


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@functools.cache
def _words_at_least(zipf: float, name: str) -> frozenset[str] | None:
    """The plain words at least ``zipf`` common, from the cache file ``name`` or (once per
    wordfreq install) from wordfreq; None when wordfreq's list cannot be found (then
    wordfreq answers each word)."""
    if not wordfreq_stamp("en"):
        return None

    def build() -> list[str]:
        import wordfreq

        rare = 10.0 ** (zipf - 9) * 0.9  # below this no word rates ``zipf``, rounded
        return sorted(
            word
            for word, frequency in wordfreq.get_frequency_dict("en").items()
            if frequency >= rare
            and _PLAIN.fullmatch(word)
            and wordfreq.zipf_frequency(word, "en") >= zipf
        )

    return frozenset(wordfreq_cached("en", name, list, build))
