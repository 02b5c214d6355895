"""The cache's file fingerprints: a glossary edited in any way is compiled again, one left
alone loads from the cache without being read."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from glossary import cache, store
from glossary.match import Matcher
from glossary.store import Entry


def write_glossary(path, english: str) -> None:
    path.write_text(store.dumps(store.Glossary(entries=[Entry("rudal", english)])), "utf-8")


@pytest.fixture
def parses(monkeypatch) -> list:
    """The glossaries ``store.load`` parsed (a cache hit parses none)."""
    seen: list = []
    load = store.load
    monkeypatch.setattr(store, "load", lambda path: seen.append(path) or load(path))
    return seen


@pytest.fixture
def settled(monkeypatch) -> None:
    """Every file counts as settled at once (no waiting three seconds)."""
    monkeypatch.setattr(cache, "SETTLE_NS", 0)


def english_of(path) -> str:
    return Matcher.for_glossary(path).entries[0].english


def test_a_fresh_file_is_known_by_its_bytes(tmp_path):
    path = tmp_path / "g.po"
    path.write_bytes(b"rudal = missile")
    assert cache.fingerprint(path) == hashlib.sha256(b"rudal = missile").digest()


def test_a_settled_file_is_known_by_its_times_and_a_rewrite_changes_them(tmp_path, settled):
    path = tmp_path / "g.po"
    path.write_bytes(b"rudal = missile")
    first = cache.fingerprint(path)
    assert first is not None and first.startswith(b"stat:")
    assert cache.fingerprint(path) == first
    info = os.stat(path)
    time.sleep(0.05)  # past the coarsest clock tick of a Linux file system (a jiffy)
    path.write_bytes(b"rudal = rockets")  # the same size, and the old times put back
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == info.st_mtime_ns
    assert cache.fingerprint(path) not in (first, None)


def test_no_fingerprint_for_what_is_no_readable_file(tmp_path):
    assert cache.fingerprint(tmp_path) is None
    assert cache.fingerprint(tmp_path / "missing.po") is None
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert cache.fingerprint(fifo) is None  # refused, not opened: reading one may hang


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
    info = os.stat(path)
    time.sleep(0.05)
    write_glossary(path, "rockets")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert english_of(path) == "rockets"
    assert english_of(path) == "rockets"
    assert parses == [path, path]
