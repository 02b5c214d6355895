"""The parallel backend's fast paths find what the plain ways find."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from glossary.suggest.aligned_text import _english_runs, _words
from glossary.suggest.wordalign import _unique
from glossary.text import tokenize

_POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
LINE = st.text(
    alphabet=st.sampled_from(list("aZé5 .,-'\u2019sS$%Rp")), max_size=40
) | st.sampled_from(
    [
        "Presiden Jokowi's visit, Rp5.000 (US$3)",
        "The minister’s plan: 10% of Indonesia's budget",
        "gencatan senjata di Jalur Gaza - 2024/25",
    ]
)


@given(st.lists(st.integers(0, 2**40), max_size=60))
def test_unique_is_numpys(keys):
    array = np.array(keys, dtype=np.int64)
    found, inverse = _unique(array)
    expected, expected_inverse = np.unique(array, return_inverse=True)
    assert found.tolist() == expected.tolist()
    assert inverse.tolist() == expected_inverse.tolist()


def test_unique_of_keys_too_large_to_pack_is_numpys():
    array = np.array([2**61, 3, 2**61, 0], dtype=np.int64)
    found, inverse = _unique(array)
    assert found.tolist() == [0, 3, 2**61] and inverse.tolist() == [2, 1, 2, 0]


@given(LINE)
def test_a_lines_words_are_its_tokens_but_punctuation(line):
    assert _words(line) == [t.text for t in tokenize(line) if t.kind != "punct"]


@given(LINE)
def test_english_runs_split_at_punctuation_and_drop_possessives(line):
    runs: list[list[str]] = [[]]
    for token in tokenize(line):
        if token.kind == "punct":
            runs.append([])
        else:
            runs[-1].append(_POSSESSIVE.sub("", token.text))
    assert _english_runs(line) == [r for r in runs if r]


def test_a_possessive_is_dropped_from_an_english_word():
    assert _english_runs("Indonesia's budget, the minister’s plan") == [
        ["Indonesia", "budget"],
        ["the", "minister", "plan"],
    ]
