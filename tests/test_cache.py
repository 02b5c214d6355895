"""What identifies a glossary and the code for the caches: the digests of their bytes,
worked out again whenever a file may have changed, taken from the cache while its size
and times say it has not; and the plain data files behind them."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from glossary import cache, store
from glossary.match import Matcher
from glossary.store import Entry


def sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def write_glossary(path, english: str) -> None:
    path.write_text(store.dumps(store.Glossary(entries=[Entry("rudal", english)])), "utf-8")


@pytest.fixture
def settled(monkeypatch) -> None:
    """Every file counts as settled at once (no waiting three seconds)."""
    monkeypatch.setattr(cache, "SETTLE_NS", 0)


def remembered() -> dict:
    found = cache.read_data("digests", cache._DIGESTS_KEY)
    return found if isinstance(found, dict) else {}


def rewritten_keeping_size_and_mtime(path, data: bytes) -> None:
    """``data`` in place of a file's bytes of the same size, its mtime put back."""
    info = os.stat(path)
    time.sleep(0.05)  # past the coarsest clock tick of a Linux file system (a jiffy)
    path.write_bytes(data)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == info.st_mtime_ns


def test_a_fresh_file_is_read_every_time_and_not_remembered(tmp_path):
    path = tmp_path / "g.po"
    path.write_bytes(b"rudal = missile")
    assert cache.digests([path]) == [sha(b"rudal = missile")]
    assert remembered() == {}


def test_a_settled_file_is_known_by_its_size_and_times_until_a_rewrite(tmp_path, settled):
    path = tmp_path / "g.po"
    path.write_bytes(b"rudal = missile")
    assert cache.digests([path]) == [sha(b"rudal = missile")]
    ((identity, digest),) = remembered().items()
    cache.write_data("digests", cache._DIGESTS_KEY, {identity: sha(b"planted")})
    assert cache.digests([path]) == [sha(b"planted")]  # not read: the times say unchanged
    rewritten_keeping_size_and_mtime(path, b"rudal = rockets")
    assert cache.digests([path]) == [sha(b"rudal = rockets")]  # its ctime moved


def test_no_digest_for_what_is_no_readable_file(tmp_path, settled):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # refused, not opened: reading one may never end
    assert cache.digests([tmp_path, tmp_path / "missing.po", fifo]) == [None, None, None]


def test_damaged_data_is_absent(tmp_path):
    cache.write_data("digests", "k", {"a": b"b"})
    assert cache.read_data("digests", "k") == {"a": b"b"}
    assert cache.read_data("digests", "other key") is None
    (path,) = (cache.cache_folder() / "digests").glob("digests-k.cache")
    data = path.read_bytes()
    for damaged in (data[:-1], data[:5], data[:-3] + b"xyz", b""):
        path.write_bytes(damaged)
        assert cache.read_data("digests", "k") is None


def english_of(path) -> str:
    return Matcher.for_glossary(path).entries[0].english


def test_a_glossary_edited_at_once_at_the_same_size_and_time_is_compiled_again(tmp_path, parses):
    path = tmp_path / "g.po"
    write_glossary(path, "missile")
    assert english_of(path) == "missile"
    info = os.stat(path)
    write_glossary(path, "rockets")  # within the same clock tick, perhaps: still read
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert english_of(path) == "rockets"
    assert parses == [path, path]


def test_a_settled_glossary_loads_from_the_cache_and_its_edits_are_seen(tmp_path, parses, settled):
    path = tmp_path / "g.po"
    write_glossary(path, "missile")
    assert english_of(path) == english_of(path) == "missile"
    assert parses == [path]  # the second from the cache
    rewritten_keeping_size_and_mtime(path, path.read_bytes().replace(b"missile", b"rockets"))
    assert english_of(path) == english_of(path) == "rockets"
    assert parses == [path, path]


def test_a_glossary_that_settles_keeps_its_compiled_cache(tmp_path, parses, monkeypatch):
    path = tmp_path / "g.po"
    write_glossary(path, "missile")
    assert english_of(path) == "missile"  # fresh: read, compiled
    monkeypatch.setattr(cache, "SETTLE_NS", 0)
    assert english_of(path) == "missile"  # settled: the same key, from the cache
    assert parses == [path]


def test_english_words_are_kept_for_the_same_english():
    from glossary.check.english_terms import english_words

    minister = [Entry("menteri", "minister", alternatives=["secretary"])]
    words = english_words(minister)
    assert {"minister", "ministers", "secretaries"} <= words
    (kept,) = (cache.cache_folder() / "english-words").glob("english-words-*.cache")
    key = kept.name.removeprefix("english-words-").removesuffix(".cache")
    assert cache.read_data("english-words", key) == words
    cache.write_data("english-words", key, frozenset({"planted"}))
    assert english_words(minister) == {"planted"}  # from the cache: not worked out again
    cache.write_data("english-words", key, frozenset({"planted", 7}))
    assert english_words(minister) == words  # not all words: worked out again
    assert "ministries" in english_words([Entry("kementerian", "ministry")])


def test_the_words_of_the_english_are_kept_with_their_indonesian():
    from glossary.check.english_terms import EnglishTerms

    entries = [
        Entry("pasar modal", "capital market"),
        Entry("ibu kota", "capital", alternatives=["capital city"]),
    ]
    by_word = EnglishTerms(entries).by_word
    assert by_word["capital"] == ("ibu kota", "kota", "modal")  # of "capital market": modal
    assert by_word["market"] == ("pasar",)
    (kept,) = (cache.cache_folder() / "english-by-word").glob("english-by-word-*.cache")
    key = kept.name.removeprefix("english-by-word-").removesuffix(".cache")
    assert cache.read_data("english-by-word", key) == by_word
    cache.write_data("english-by-word", key, {"planted": ("tanam",)})
    assert EnglishTerms(entries).by_word == {"planted": ("tanam",)}  # read back, not made
    cache.write_data("english-by-word", key, {"planted": ["tanam"]})
    assert EnglishTerms(entries).by_word == by_word  # no tuple of forms: made again
    renamed = [Entry("pasar modal", "capital market"), Entry("modal", "capital")]
    assert EnglishTerms(renamed).by_word["capital"] == ("modal",)  # other Indonesian


def test_english_terms_are_indexed_once_for_the_same_english(monkeypatch):
    from glossary.check import english_terms

    entries = [
        Entry("Menkeu", "Finance Minister", kind="title", alternatives=["finance minister"]),
        Entry("Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono", kind="person"),
        Entry("BEJ", "Jakarta Stock Exchange", kind="organisation"),
    ]
    text = "Yudhoyono met the finance minister at the Jakarta Stock Exchange's office."

    def seen(terms):
        return [(e.term, span) for e, span in terms.find(text)], terms.people(text)

    built = seen(english_terms.EnglishTerms(entries))
    assert [term for term, _ in built[0]] == ["Menkeu", "Menkeu", "BEJ"]  # each rendering
    assert built[1] == [entries[1]]
    monkeypatch.setattr(english_terms, "_start_key", None)  # indexing again would fail
    assert seen(english_terms.EnglishTerms(iter(entries))) == built
    (kept,) = (cache.cache_folder() / "english-terms").glob("english-terms-*.cache")
    key = kept.name.removeprefix("english-terms-").removesuffix(".cache")
    starting, people = cache.read_data("english-terms", key)
    cache.write_data("english-terms", key, (starting, {"Yudhoyono": [3]}))  # no entry 3
    monkeypatch.undo()
    assert seen(english_terms.EnglishTerms(entries)) == built


def test_a_long_documents_words_are_kept_for_the_same_english(monkeypatch):
    from glossary.check import usual

    monkeypatch.setattr(usual, "_KEPT_FROM", 2)
    english = ["Interest rates rose.", "The rate held.", "Rates fell."]
    where = usual.Usual(english).where
    assert where["rates"] == [0, 2] and where["rate"] == [1]
    (kept,) = (cache.cache_folder() / "usual").glob("usual-*.cache")
    key = kept.name.removeprefix("usual-").removesuffix(".cache")
    assert cache.read_data("usual", key) == where
    cache.write_data("usual", key, {"planted": [1]})
    assert usual.Usual(english).where == {"planted": [1]}  # read back, not made
    for damaged in ({"rate": [3]}, {"rate": [-1]}, {"rate": (1,)}, {"rate": ["1"]}, {1: [1]}):
        cache.write_data("usual", key, damaged)  # no segment 3, no list of numbers...
        assert usual.Usual(english).where == where  # made again
    assert usual.Usual([*english, "Rates"]).where["rates"] == [0, 2, 3]  # other English
