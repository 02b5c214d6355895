"""Check's fast paths find what the plain ways find."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from glossary.check import usual
from glossary.check.usual import Usual

SEGMENT = st.text(
    alphabet=st.sampled_from(list("aZsé5 .,-_'\u2019İßK\u212a")), max_size=30
) | st.sampled_from(
    [
        "The interest rates rose 5%, Bank Indonesia's governor said.",
        "Exports to Türkiye grew; the Straße toll, the Kelvin \u212a scale",
    ]
)


@given(st.lists(SEGMENT, max_size=8), SEGMENT)
def test_usual_indexes_the_words_its_plain_pattern_finds(segments, phrase):
    staples = Usual(segments)
    expected: dict[str, list[int]] = {}
    for i, segment in enumerate(segments):
        for word in sorted(set(usual._WORD.findall(segment.casefold()))):
            expected.setdefault(word, []).append(i)
    assert dict(staples.where) == expected
    folded = phrase.casefold()
    words = [usual.singular(w) for w in usual._WORD.findall(folded)]
    held = [i for i in range(len(segments)) if all(_has(expected, w, i) for w in words)]
    if words and (len(words) == 1 or len(held) < staples.least):
        assert staples.count(folded) == len(held)


def _has(index: dict[str, list[int]], word: str, i: int) -> bool:
    return i in index.get(word, ()) or i in index.get(word + "s", ())
