"""The shortcuts a check takes find what the long way finds."""

import gc

from hypothesis import given
from hypothesis import strategies as st

from glossary.check.patterns import _lead, _word_choices, python_earliest, rendering_pattern
from glossary.check.unknown import _POSSESSIVE, _without_possessive
from glossary.match import lasting_matcher

_RENDERINGS = ["Finance Minister", "U.S.", "state-owned enterprise", "policy", "defence"]
_WORDS = [
    "the",
    "Finance",
    "finances",
    "Minister",
    "ministers",
    "ministerial",
    "US",
    "U.S.",
    "state",
    "owned",
    "State-Owned",
    "enterprises",
    "policies",
    "defense",
    "Defences",
    "said",
    "Menteri",
    "Keuangan",
]
_JOINS = st.sampled_from([" ", "-", ", ", "'s ", " (", ") ", "  "])


@given(
    st.sampled_from(_RENDERINGS),
    st.lists(st.tuples(st.sampled_from(_WORDS), _JOINS), max_size=12),
    st.booleans(),
)
def test_a_rendering_searched_from_its_earliest_place_is_found_as_from_the_start(
    rendering, words, verb
):
    """In "Menteri Keuangan said ... the Finance Minister's", the search that starts where
    the first word can start at the earliest finds the same use; none where a word is
    missing."""
    text = "".join(word + join for word, join in words)
    start = python_earliest(_word_choices(rendering), _lead(rendering), text.casefold())
    whole = rendering_pattern(rendering, verb).search(text)
    if start < 0:
        assert whole is None
    else:
        found = rendering_pattern(rendering, verb).search(text, start)
        assert (found and found.span()) == (whole and whole.span())


@given(st.text(alphabet="Japn's\u2019 \nx", max_size=8))
def test_a_possessive_is_stripped_as_the_regular_expression_strips_it(written):
    """Japan's → Japan, Japan\u2019 → Japan; Japans stays."""
    assert _without_possessive(written) == _POSSESSIVE.sub("", written)


def test_a_lasting_matcher_is_frozen_and_leaves_the_collector_as_it_was(tmp_path):
    """The compiled glossary of ``sanksi`` is kept out of the collector's passes; the
    collector runs on as before."""
    glossary = tmp_path / "g.po"
    glossary.write_text('msgid ""\nmsgstr ""\n\nmsgid "sanksi"\nmsgstr "sanctions"\n')
    enabled = gc.isenabled()
    try:
        matcher = lasting_matcher(glossary)
        assert gc.isenabled() == enabled
        assert gc.get_freeze_count() > 0
        assert [m.entry.english for m in matcher.find("sanksi baru")] == ["sanctions"]
    finally:
        gc.unfreeze()
