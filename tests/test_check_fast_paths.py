"""Check's fast paths find what the plain ways find."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary import scan
from glossary.check import elision, mentions, patterns, rendered, usual, wording
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


_RENDERING = st.lists(
    st.from_regex(r"[A-Za-zé]{1,7}|[A-Z](?:\.[A-Z]){1,2}\.?|_", fullmatch=True),
    min_size=1,
    max_size=3,
).map(" ".join)
_FOLDED = st.text(
    alphabet=st.sampled_from(list("aeiouyznrst .-'é")), max_size=40
) | st.sampled_from(
    ["the finance ministers said", "u.s. state-owned enterprises", "defence policies"]
)


@given(_RENDERING, _FOLDED)
def test_the_compiled_test_before_a_pattern_is_pythons(rendering, folded):
    """Where a rendering may start, and whether it may occur, as the Python twin says."""
    if scan.speedups is None:
        pytest.skip("the compiled module is not built")
    choices, longest = patterns._word_choices(rendering), patterns._lead(rendering)
    for text in (folded, f"{folded} {rendering.casefold()}", rendering.casefold() + folded):
        assert scan.speedups.earliest(choices, longest, text) == patterns.python_earliest(
            choices, longest, text
        )
        assert scan.speedups.may_occur(choices, text) == patterns.python_may_occur(choices, text)


def test_the_compiled_test_before_a_pattern_refuses_what_is_no_word_choice():
    if scan.speedups is None:
        pytest.skip("the compiled module is not built")
    with pytest.raises(TypeError):
        scan.speedups.earliest((["minister"],), 8, "the minister")


_BEFORE = st.lists(
    st.sampled_from(
        [
            "dolar",
            "Dollar",
            "poundsterling",
            "RAND",
            "yen",
            "Jakarta",
            "PT",
            "x",
            "Medan",
            "a.B",
            "the",
            "Of",
            "said",
            "leader\u2019s",
        ]
        + list(" \n\u00a0.'\u2019-_5éK")
    ),
    max_size=8,
).map("".join)


@given(_BEFORE)
def test_a_currency_before_a_term_is_found_as_a_search_of_all_finds_it(before):
    assert elision.after_currency(before) == bool(elision._CURRENCIES_ID.search(before))


@pytest.mark.parametrize(
    "pattern",
    [
        rendered._NAME_BEFORE,
        wording._DETERMINER,
        wording._NAME_PREPOSITION,
        mentions._SPEAKS_BEFORE,
    ],
)
@given(before=_BEFORE)
def test_a_word_ending_a_text_is_found_as_a_search_of_all_finds_it(pattern, before):
    assert wording.ends_with(pattern, before) == bool(pattern.search(before))
