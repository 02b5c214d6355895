"""The plans of the glossary's renderings kept in the cache (``check.plans_cache``): read
back for the same entries and code, worked out again when the file is damaged, of the
wrong shape, or made for other entries or by other code."""

from __future__ import annotations

import pytest

from glossary import cache, match_cache
from glossary.check import patterns, plans_cache
from glossary.store import Entry

MINISTER = Entry("Menkeu", "Finance Minister", kind="title")
SPY = Entry("mata-mata", "spy")
TEXT = "The finance ministers met two spies."


@pytest.fixture(autouse=True)
def fresh_tables(monkeypatch):
    """Each test starts with no plans worked out, as a new process does."""
    new_process(monkeypatch)


def checked(entries: list[Entry]) -> tuple[str, list[str | None]]:
    """A check's use of the plans: loaded, asked of each entry, saved; what each found."""
    key = plans_cache.entries_key(entries)
    loaded = plans_cache.load(key)
    found = [patterns.find_rendering(e, TEXT) for e in entries]
    plans_cache.save(key, loaded)
    return key, [f[1].group() if f else None for f in found]


def new_process(monkeypatch) -> None:
    monkeypatch.setattr(patterns, "KEPT", patterns.KeptTables())
    patterns.rendering_pattern.cache_clear()


def unmade(monkeypatch) -> None:
    """Working out a plan or a pattern text fails: what is asked comes from the cache."""

    def fail(*args):
        raise AssertionError(f"worked out again: {args}")

    for name in ("_made_plans", "_made_derived_plans", "_rendering_body"):
        monkeypatch.setattr(patterns, name, fail)


def test_the_plans_are_read_back_for_the_same_entries(monkeypatch):
    key, found = checked([MINISTER, SPY])
    assert found == ["finance ministers", "spies"]
    tables = patterns.KEPT
    new_process(monkeypatch)
    unmade(monkeypatch)
    assert checked([MINISTER, SPY]) == (key, found)
    assert patterns.KEPT.plans == tables.plans
    assert patterns.KEPT.bodies == tables.bodies


def test_planted_plans_are_what_is_read(monkeypatch):
    key, _ = checked([SPY])
    plans, derived, bodies = cache.read_data("check-plans", key)
    ((spy_key, _),) = plans.items()
    plans[spy_key] = (("spy", (("two",),), 3, False),)
    bodies["spy", False] = r"(?<!\w)two(?!\w)"
    cache.write_data("check-plans", key, (plans, derived, bodies))
    new_process(monkeypatch)
    assert checked([SPY])[1] == ["two"]  # read back, not worked out


@pytest.mark.parametrize(
    "damage",
    [
        lambda p, d, b: (p, d, b, {}),  # four tables
        lambda p, d, b: (p, d, [b]),  # a list for a table
        lambda p, d, b: ({k: [*v] for k, v in p.items()}, d, b),  # a list of plans
        lambda p, d, b: ({k: (("spy", "spy", 3, False),) for k in p}, d, b),  # no choices
        lambda p, d, b: ({k: (("spy", (("sp",),), "3", False),) for k in p}, d, b),
        lambda p, d, b: ({(k[0], "v", k[2]): v for k, v in p.items()}, d, b),
        lambda p, d, b: (p, {("title", ("Finance Minister",)): ((1, 2, 3),)}, b),
        lambda p, d, b: (p, d, {k: 7 for k in b}),
        lambda p, d, b: (p, d, {**b, ("spy", "verb"): "x"}),
    ],
)
def test_plans_of_the_wrong_shape_are_worked_out_again(monkeypatch, damage):
    key, found = checked([SPY, MINISTER])
    kept = cache.read_data("check-plans", key)
    cache.write_data("check-plans", key, damage(*kept))
    new_process(monkeypatch)
    assert checked([SPY, MINISTER]) == (key, found)
    assert cache.read_data("check-plans", key) == kept  # and kept whole again


def test_a_damaged_file_is_worked_out_again(monkeypatch):
    key, found = checked([SPY])
    (path,) = (cache.cache_folder() / "check-plans").glob("*.cache")
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    new_process(monkeypatch)
    assert checked([SPY]) == (key, found)


def test_other_entries_or_code_have_other_plans(monkeypatch):
    key, _ = checked([SPY])
    assert plans_cache.entries_key([Entry("mata-mata", "spy", pos="verb")]) != key
    assert plans_cache.entries_key([SPY, MINISTER]) != key
    monkeypatch.setattr(match_cache, "code_digest", lambda: b"other code")
    assert plans_cache.entries_key([SPY]) != key
