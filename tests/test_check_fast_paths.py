"""Check's fast paths find what the plain ways find."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import scan
from glossary.check import (
    elision,
    english_terms,
    mentions,
    patterns,
    rendered,
    substitute,
    unknown,
    usual,
    wording,
)
from glossary.check.finding import NAME_KINDS
from glossary.check.segments import Piece
from glossary.check.source import Occurrence
from glossary.check.usual import Usual
from glossary.match import Matcher
from glossary.store import Entry

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


_GLOSSARY = [
    Entry("Indonesia", "Indonesia", kind="place", alternatives=["Indonesian"]),
    Entry("Badan Pusat Statistik", "statistics bureau", kind="organisation", variants=["BPS"]),
    Entry("Tokyo", "Tokyo", kind="place"),
    Entry("Bank Dunia", "World Bank", kind="organisation"),
    Entry("Menteri Keuangan", "Finance Minister", kind="title", variants=["Menkeu"]),
    Entry("pertumbuhan", "growth"),
    Entry("perusahaan", "company"),
    Entry("desa", "village"),
    Entry("bantuan", "aid"),
    Entry("dana", "fund"),
    Entry("suku bunga", "interest rate"),
]
_SOURCE = "Menkeu mengatakan pertumbuhan ekonomi Indonesia di desa naik, kata BPS."
_ENGLISH = st.lists(
    st.sampled_from(
        ["the", "The", "said", "in", "of", "including", ",", ".", "Hanoi", "Finance Minister"]
        + ["minister", "growth", "company", "village", "aid", "Aid", "fund", "Tokyo", "Indonesian"]
        + ["World Bank", "interest rate", "statistics bureau", "Statistics Bureau"]
    ),
    max_size=14,
).map(" ".join)


@functools.cache
def _stand_in_setting() -> tuple[list[Occurrence], list[english_terms.EnglishTerms]]:
    """The source's occurrences of the glossary's terms, and its English by kind."""
    piece = Piece("a.id", _SOURCE)
    found = [Occurrence(piece, m) for m in Matcher(_GLOSSARY).find(_SOURCE)]
    names = english_terms.EnglishTerms(e for e in _GLOSSARY if e.kind in NAME_KINDS)
    vocabulary = english_terms.EnglishTerms(e for e in _GLOSSARY if e.kind not in NAME_KINDS)
    return found, [names, vocabulary]


def _without_keep(others, *args, keep=None, **options):
    return others(*args, **options)


@settings(max_examples=200, deadline=None)  # the first example builds the glossary's matcher
@given(
    _ENGLISH,
    st.sampled_from([None, 0.15, 0.3]),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, 0.0, 0.5, 1.0]),
)
def test_a_stand_in_is_found_as_without_the_cheap_test_first(text, drift, distinct, guess, place):
    """``stand_in`` asks ``others`` to drop first what its own tests would drop (a word of
    three letters, a lower-case word where only a name or a phrase counts): the same
    answer as with every candidate tested in full."""
    occurrences, glossaries = _stand_in_setting()
    present = [occ.match.entry for occ in occurrences]
    options = {"distinct": distinct, "unknown": distinct, "guessed": guess, "place": place}
    for occ in occurrences:
        fast = substitute.stand_in(glossaries, occ, text, [], present, drift, **options)
        with pytest.MonkeyPatch.context() as plain:
            plain.setattr(substitute, "others", functools.partial(_without_keep, substitute.others))
            assert substitute.stand_in(glossaries, occ, text, [], present, drift, **options) == fast


def test_the_judge_is_asked_only_where_the_english_leaves_the_longer_name_out():
    """``Padang`` of ``Semen Padang``: where the English writes "Semen", the term is owed
    whatever the judge says; where it translates the name, the judge decides."""
    source = "Saham Semen Padang naik."
    [match] = Matcher([Entry("Padang", "Padang", kind="place")]).find(source)
    occurrence = Occurrence(Piece("a.id", source), match)
    asked = []

    def in_names() -> frozenset[int]:
        asked.append(match.start)
        return frozenset({match.start})

    assert not rendered.only_in_unwritten_names([occurrence], "Semen shares rose.", in_names)
    assert asked == []
    assert rendered.only_in_unwritten_names([occurrence], "The cement maker rose.", in_names)
    assert asked == [match.start]


@settings(max_examples=200, deadline=None)
@given(_ENGLISH, st.sampled_from([None, 0.0, 0.3, 0.6, 1.0]))
def test_unknown_names_are_found_as_when_every_run_is_split(text, place):
    """``unknown_names`` splits a run of capitalised words into names only where some word
    of it may stand near the term's place: the same names as splitting every run."""
    occurrences, _ = _stand_in_setting()
    present = [occ.match.entry for occ in occurrences]
    for occ in occurrences:
        fast = list(unknown.unknown_names(occ, text, [], present, place))
        with pytest.MonkeyPatch.context() as plain:
            plain.setattr(unknown, "_near", lambda *_: True)
            assert list(unknown.unknown_names(occ, text, [], present, place)) == fast


@settings(max_examples=200, deadline=None)
@given(SEGMENT | _ENGLISH, st.integers(0, 40), st.integers(0, 80))
def test_a_window_of_the_english_is_found_as_a_scan_of_the_whole_text_finds_it(text, start, size):
    """``EnglishTerms.find`` scans a short window word by word (``_words_from``) and keeps a
    scan of the whole text (``_text_words``) for a longer one: both find the same terms
    ("Finance Minister" at 4 of "The Finance Minister's aid")."""
    _, glossaries = _stand_in_setting()
    words = english_terms._text_words(text)
    assert tuple(english_terms._words_from(text, 0, len(text))) == words
    for terms in glossaries:
        whole = list(terms._find_all(text, words))
        end = start + size
        window = [found for found in whole if start <= found[1][0] <= end]
        assert list(terms.find(text, start, end)) == window  # scanned where it is
        assert list(terms.find(text)) == whole  # the whole text, then kept
        assert list(terms.find(text, start, end)) == window  # from the kept scan
