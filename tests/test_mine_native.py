"""Native words a dictionary renders clearly rank below the loans of science news."""

from __future__ import annotations

import pytest

from glossary import mine as miner
from glossary.mine import dictionary, ranking
from glossary.mine.dictionary import DICT_INDEX
from glossary.text import Document
from tests.test_mine_domain import filler

needs_dictionary = pytest.mark.skipif(
    not DICT_INDEX.is_file(), reason="FreeDict eng-ind is not installed"
)


@needs_dictionary
def test_native_words_are_those_rendered_by_an_english_word_unlike_them():
    """rayap → termite, lebah → bee, sarang → nest are a speaker's words; filum (phylum),
    gen (gene) and fosil (fossil) are loans, however the dictionary renders them."""
    native = dictionary.native_words()
    assert {"rayap", "lebah", "sarang", "kelelawar"} <= native
    assert not {"filum", "gen", "fosil", "virus", "radiasi"} & native


def test_mining_works_without_the_dictionary(tmp_path):
    assert dictionary.native_words(tmp_path / "missing.index") == frozenset()


def lebah_and_tarantula() -> list[Document]:
    text = filler(300) + "".join(
        f"Peneliti mengamati lebah di kebun ke-{n}. Di gua ke-{n} ada tarantula yang besar.\n"
        for n in range(12)
    )
    return [Document(path="story.txt", text=text)]


def scores(monkeypatch, native: bool) -> dict[str, float]:
    if not native:
        monkeypatch.setattr(ranking, "native_words", frozenset)
    return {c.term: c.score for c in miner.mine(lebah_and_tarantula())}


@needs_dictionary
def test_a_native_word_weighs_less_on_the_first_page_only(monkeypatch):
    """lebah (bee) and tarantula, as often in a science story: the translator looks up the
    tarantula, not the bee; after the first page both count by frequency alone."""
    demoted = scores(monkeypatch, native=True)
    assert demoted["tarantula"] > demoted["lebah"]
    assert demoted["lebah"] < scores(monkeypatch, native=False)["lebah"]
    monkeypatch.undo()
    monkeypatch.setattr(ranking, "FIRST_PAGE", 0)
    later = scores(monkeypatch, native=True)
    assert later["lebah"] == scores(monkeypatch, native=False)["lebah"]
