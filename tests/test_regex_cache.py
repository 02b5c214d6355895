"""The compiled-pattern cache: patterns equal to re.compile's, from the cache or not;
a damaged, forged or foreign file is never trusted."""

from __future__ import annotations

import marshal
import re
import struct
import zlib
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import regex_cache
from glossary.check import check_inputs, patterns, read_pair
from glossary.check.mentions import _short_forms
from glossary.check.patterns import rendering_pattern
from glossary.match import Matcher
from glossary.store import Entry

# The check's patterns kept in memory besides the cache's: a new process has none.
PATTERN_CACHES = (rendering_pattern, patterns._derived_pattern, patterns.form_pattern, _short_forms)


def forget_patterns() -> None:
    regex_cache.clear()
    for cached in PATTERN_CACHES:
        cached.cache_clear()


@pytest.fixture(autouse=True)
def new_run():
    """Each test starts as a new process does: nothing in memory (not even the patterns an
    earlier test's check kept in its own caches)."""
    forget_patterns()
    yield
    forget_patterns()


def refuse_compiling(monkeypatch) -> None:
    """From here on every pattern must come from the cache."""

    def refuse(pattern, flags):
        raise AssertionError(f"compiled afresh: {pattern}")

    monkeypatch.setattr(regex_cache, "_compile", refuse)


def cache_file():
    (found,) = (regex_cache.cache.cache_folder() / "patterns").glob("patterns-*.cache")
    return found


PATTERNS = [
    (r"(?<!\w)(?:sanctions|sanction)(?:['\u2019]s?)?(?!\w)", re.IGNORECASE),
    (r"(?<!\w)(?-i:U\.?S\.?(?:['\u2019]?s)?)(?!\w)", re.IGNORECASE),
    (r"(?P<place>[A-Z]\w+)\s+(?P<noun>bank|ministry)?", 0),
    (r"(?x) kementerian \s+ (keuangan|luar\ negeri)  # a comment", 0),
]


def test_a_pattern_from_the_cache_is_re_compiles(monkeypatch):
    fresh = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert fresh == [re.compile(p, f) for p, f in PATTERNS]
    regex_cache.save()
    regex_cache.clear()
    refuse_compiling(monkeypatch)
    cached = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert cached == [re.compile(p, f) for p, f in PATTERNS]
    assert cached[2].groupindex == {"place": 1, "noun": 2}
    found = cached[0].search("Sanksi: the SANCTIONS' effect")
    assert found is not None and found.group() == "SANCTIONS'"


def test_nothing_is_written_when_every_pattern_came_from_the_file():
    for p, f in PATTERNS:
        regex_cache.compile(p, f)
    regex_cache.save()
    written = cache_file().stat().st_mtime_ns
    regex_cache.clear()
    for p, f in PATTERNS[:2]:
        regex_cache.compile(p, f)
    regex_cache.save()
    assert cache_file().stat().st_mtime_ns == written


def test_a_folder_whose_file_no_pattern_needed_keeps_its_patterns(tmp_path, monkeypatch):
    """The file is read at the first pattern not in memory: where every pattern a run uses
    is in memory already, a save still keeps what the folder's file held."""
    other, here = PATTERNS[0], PATTERNS[1]
    regex_cache.compile(*other)
    regex_cache.save()  # the folder's file holds ``other``
    regex_cache.clear()
    folder = regex_cache.cache.cache_folder()
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(tmp_path / "elsewhere"))
    regex_cache.compile(*here)  # compiled afresh, not saved there
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(folder))
    regex_cache.compile(*here)  # in memory: the folder's file not read yet
    regex_cache.save()
    kept = [key for key, _ in regex_cache._loads(cache_file().read_bytes())]
    assert kept == [here, other]


def test_a_rendering_pattern_from_the_cache_finds_the_same(monkeypatch):
    text = "Para menteri keuangan: the finance ministers' meeting"
    expected = rendering_pattern("Finance Minister").search(text)
    regex_cache.save()
    regex_cache.clear()
    rendering_pattern.cache_clear()
    refuse_compiling(monkeypatch)
    found = rendering_pattern("Finance Minister").search(text)
    assert found is not None and expected is not None
    assert found.span() == expected.span() == (27, 45)


def test_a_check_run_again_compiles_nothing_and_finds_the_same(tmp_path, monkeypatch):
    source, target = tmp_path / "a.id", tmp_path / "a.en"
    source.write_text("Menteri Keuangan Sri Mulyani bertemu Gubernur BI.\n", encoding="utf-8")
    target.write_text("Finance Minister Sri Mulyani met the central bank chief.\n")
    matcher = Matcher(
        [
            Entry("Menteri Keuangan", "Finance Minister", kind="title"),
            Entry("Gubernur BI", "Bank Indonesia Governor", kind="title"),
        ]
    )
    first = check_inputs([read_pair(str(source), str(target))], matcher)
    forget_patterns()
    refuse_compiling(monkeypatch)
    assert check_inputs([read_pair(str(source), str(target))], matcher) == first


def saved_bytes() -> bytes:
    for p, f in PATTERNS:
        regex_cache.compile(p, f)
    regex_cache.save()
    regex_cache.clear()
    return cache_file().read_bytes()


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_damaged_file_is_never_trusted(data):
    regex_cache.clear()
    path_data = saved_bytes()
    at = data.draw(st.integers(0, len(path_data) - 1))
    how = data.draw(st.sampled_from(["flip", "cut"]))
    if how == "flip":
        damaged = path_data[:at] + bytes([path_data[at] ^ 0x41]) + path_data[at + 1 :]
    else:
        damaged = path_data[:at]
    cache_file().write_bytes(damaged)
    assert [regex_cache.compile(p, f) for p, f in PATTERNS] == [
        re.compile(p, f) for p, f in PATTERNS
    ]
    regex_cache.clear()


def test_a_forged_program_with_a_valid_digest_is_refused_by_the_engine():
    pattern, flags = PATTERNS[0]
    program = regex_cache._Program(flags, regex_cache.array("I", [1, 2, 3, 4, 5]), 0, {}, (None,))
    regex_cache.compile(*PATTERNS[1])
    regex_cache.save()  # makes the folder
    cache_file().write_bytes(regex_cache._dumps([((pattern, flags), program)]))
    regex_cache.clear()
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_file_of_another_python_is_a_miss(monkeypatch):
    data = saved_bytes()
    monkeypatch.setattr(regex_cache, "_python_key", lambda: "another python")
    cache_file().write_bytes(data)  # same name, other key inside: the digest holds
    pattern, flags = PATTERNS[0]
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text("abcdeéíu'-. ", min_size=1, max_size=8), min_size=1, max_size=4),
    st.sampled_from([0, re.IGNORECASE]),
)
def test_any_rendering_pattern_from_the_cache_equals_re_compile(words, flags):
    regex_cache.clear()
    pattern = "(?<!\\w)(?:" + "|".join(map(re.escape, words)) + r")(?:['\u2019]s?)?(?!\w)"
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    regex_cache.save()
    regex_cache.clear()
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert not regex_cache._fresh


def test_the_file_keeps_the_latest_patterns_up_to_its_limit(monkeypatch):
    monkeypatch.setattr(regex_cache, "_KEEP", 2)
    for p, f in PATTERNS[:2]:
        regex_cache.compile(p, f)
    regex_cache.save()
    regex_cache.compile(*PATTERNS[2])  # this run's, then the file's first
    regex_cache.save()
    kept = [key for key, _ in regex_cache._loads(cache_file().read_bytes())]
    assert kept == [PATTERNS[2], PATTERNS[0]]


@pytest.mark.parametrize(
    "rows",
    [
        [["a", 0, 0, "0", {}, [None], 1]],  # a count that is no number
        [["a", 0, 0, 0, {}, [None, None], 1]],  # names for groups it lacks
        [["a", 0, 0, 0, {}, [None], 2]],  # more code than the file holds
        [["a", 0, 0, 0, {"g": "1"}, [None], 1]],  # a group number that is no number
        [["a", 0, 0]],  # a row cut short
        {"a": 1},  # no rows at all
    ],
)
def test_a_forged_header_with_a_valid_digest_is_a_miss(rows):
    regex_cache.compile(*PATTERNS[1])
    regex_cache.save()  # makes the folder
    header = marshal.dumps({"key": regex_cache._python_key(), "patterns": rows})
    body = struct.pack("<Q", len(header)) + header + array("I", [17]).tobytes()
    forged = regex_cache._MAGIC + struct.pack("<I", zlib.crc32(body)) + body
    cache_file().write_bytes(forged)
    regex_cache.clear()
    assert regex_cache.compile("a") == re.compile("a")
