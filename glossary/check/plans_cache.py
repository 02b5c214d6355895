"""The rendering plans of a glossary's entries, kept in the cache folder for the next check
with the same entries and code: what ``patterns`` works out once for each entry a check
asks about (``Menteri Keuangan``: "finance minister", its words' forms and its pattern
text), 10% of checking a month of news, read back in a few milliseconds. Kept as plain
data behind a CRC-32 (``cache.read_data``); a file that is damaged, made for other
entries or by other code, or that holds anything but the tables' shapes is not read."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from glossary import cache, match_cache
from glossary.check import patterns
from glossary.store import Entry

_NAME = "check-plans"


def entries_key(entries: Iterable[Entry]) -> str:
    """The cache key of ``entries``' plans: their kinds, parts of speech and English, and
    the code digest (what the plans are worked out from)."""
    return match_cache.said_key([(e.kind, e.pos, list(e.renderings)) for e in entries])


def load(key: str) -> int:
    """Add the plans kept under ``key`` to ``patterns.KEPT`` when whole; how many tables'
    rows ``patterns.KEPT`` then holds (what ``save`` compares with)."""
    kept = cache.read_data(_NAME, key)
    if _fits(kept):
        assert isinstance(kept, tuple)
        plans, derived, bodies = kept
        patterns.KEPT.plans.update(plans)
        patterns.KEPT.derived.update(derived)
        patterns.KEPT.bodies.update(bodies)
    return patterns.KEPT.size()


def save(key: str, loaded: int) -> None:
    """Keep ``patterns.KEPT`` under ``key`` when it grew since ``load`` said ``loaded``."""
    if patterns.KEPT.size() != loaded:
        tables = patterns.KEPT
        cache.write_data(_NAME, key, (tables.plans, tables.derived, tables.bodies))


def _fits(kept: object) -> bool:
    """Whether cached data is the three tables of ``patterns.KeptTables``, every key and
    row of the shape its code reads (checked a column at a time, at C speed)."""
    if type(kept) is not tuple or len(kept) != 3 or not cache.all_of(kept, dict):
        return False
    plans, derived, bodies = kept
    plan_rows = _rows(plans.values())
    derived_rows = _rows(derived.values())
    return (
        _columns(plans, (tuple, bool, bool))
        and _all_strings(key[0] for key in plans)
        and _columns(plan_rows, (str, tuple, (int, type(None)), bool))
        and _all_choices(row[1] for row in plan_rows)
        and _columns(derived, (str, tuple))
        and _all_strings(key[1] for key in derived)
        and _columns(derived_rows, (str, str, tuple))
        and _all_choices(row[2] for row in derived_rows)
        and _columns(bodies, (str, bool))
        and cache.all_of(bodies.values(), str)
    )


def _rows(tables: Iterable[Any]) -> list:
    """The rows of a table's values when every value is a tuple (else one that is not)."""
    tables = list(tables)
    return list(itertools.chain.from_iterable(tables)) if cache.all_of(tables, tuple) else [None]


def _columns(rows: Iterable[Any], kinds: tuple[type | tuple[type, ...], ...]) -> bool:
    """Whether ``rows`` are tuples as long as ``kinds``, each column of its kind(s)."""
    rows = list(rows)
    if not cache.all_of(rows, tuple) or not set(map(len, rows)) <= {len(kinds)}:
        return False
    return all(
        cache.all_of(column, *(kind if isinstance(kind, tuple) else (kind,)))
        for column, kind in zip(zip(*rows), kinds)  # noqa: B905 - no rows, no columns
    )


def _all_strings(tuples: Iterable[tuple]) -> bool:
    """Whether each of ``tuples`` (tuples) holds strings only."""
    return cache.all_of(itertools.chain.from_iterable(tuples), str)


def _all_choices(choices: Iterable[tuple]) -> bool:
    """Whether each of ``choices`` (tuples) is a ``_word_choices``: tuples of strings."""
    words = list(itertools.chain.from_iterable(choices))
    return cache.all_of(words, tuple) and _all_strings(words)
