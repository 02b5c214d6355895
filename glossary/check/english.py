"""Common English words (wordfreq's, 3 or more on the Zipf scale: once per million words
or more), to tell another word on a rendering's stem ("presidency", "ministerial") from a
slip ("Presidnet").

The words are kept in the user cache beside a stamp of wordfreq's English list: importing
wordfreq and loading that list takes several times as long as the rest of a check of a
few thousand segments, for the few words a check asks about."""

from __future__ import annotations

import functools
import re

from glossary.morphology import wordfreq_cached, wordfreq_stamp

# At least once per million words.
COMMON_ZIPF = 3.0
# A word wordfreq keeps as it is (one token, no digits): the cached set answers for it.
_PLAIN = re.compile(r"[a-z]+")
# Below this frequency no word rates COMMON_ZIPF, whatever wordfreq's rounding.
_RARE = 9e-7


def is_common(word: str) -> bool:
    """Whether a lower-case English word is common: ``presidency`` is, ``presidnet`` is not."""
    common = _common_words()
    if common is not None and _PLAIN.fullmatch(word):
        return word in common
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= COMMON_ZIPF


@functools.cache
def _common_words() -> frozenset[str] | None:
    """The plain common words, from the cache or (once per wordfreq install) from wordfreq;
    None when wordfreq's list cannot be found (then wordfreq answers each word)."""
    if not wordfreq_stamp("en"):
        return None

    def build() -> list[str]:
        import wordfreq

        return sorted(
            word
            for word, frequency in wordfreq.get_frequency_dict("en").items()
            if frequency >= _RARE
            and _PLAIN.fullmatch(word)
            and wordfreq.zipf_frequency(word, "en") >= COMMON_ZIPF
        )

    return frozenset(wordfreq_cached("en", "en-common.json", list, build))
