"""The rendering plans of a glossary's entries, kept in the cache folder for the next check
with the same entries and code: what ``patterns`` works out once for each entry a check
asks about (``Menteri Keuangan``: "finance minister", its words' forms and its pattern
text), 10% of checking a month of news, read back in a few milliseconds. Kept as plain
data behind a CRC-32 (``cache.read_data``); a file that is damaged, made for other
entries or by other code, or that holds anything but the tables' shapes is not read."""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Iterable

from glossary import cache, match_cache
from glossary.check import patterns
from glossary.store import Entry

_NAME = "check-plans"


def entries_key(entries: Iterable[Entry]) -> str:
    """The cache key of ``entries``' plans: their kinds, parts of speech and English, and
    the code digest (what the plans are worked out from)."""
    said = [(entry.kind, entry.pos, list(entry.renderings)) for entry in entries]
    return hashlib.sha256(match_cache.code_digest() + marshal.dumps(said)).hexdigest()[:40]


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


def _choices_fit(choices: object) -> bool:
    """Whether cached data is a ``_word_choices``: a tuple of tuples of strings."""
    return (
        type(choices) is tuple
        and cache.all_of(choices, tuple)
        and cache.all_of((form for forms in choices for form in forms), str)
    )


def _fits(kept: object) -> bool:
    """Whether cached data is the three tables of ``patterns.KeptTables``, every key and
    row of the shape its code reads."""
    if type(kept) is not tuple or len(kept) != 3 or not cache.all_of(kept, dict):
        return False
    plans, derived, bodies = kept
    return (
        all(
            type(key) is tuple
            and len(key) == 3
            and _strings(key[0])
            and type(key[1]) is bool
            and type(key[2]) is bool
            and type(rows) is tuple
            and all(
                type(row) is tuple
                and len(row) == 4
                and type(row[0]) is str
                and _choices_fit(row[1])
                and (row[2] is None or type(row[2]) is int)
                and type(row[3]) is bool
                for row in rows
            )
            for key, rows in plans.items()
        )
        and all(
            type(key) is tuple
            and len(key) == 2
            and type(key[0]) is str
            and _strings(key[1])
            and type(rows) is tuple
            and all(
                type(row) is tuple
                and len(row) == 3
                and type(row[0]) is str
                and type(row[1]) is str
                and _choices_fit(row[2])
                for row in rows
            )
            for key, rows in derived.items()
        )
        and all(
            type(key) is tuple and len(key) == 2 and type(key[0]) is str and type(key[1]) is bool
            for key in bodies
        )
        and cache.all_of(bodies.values(), str)
    )


def _strings(value: object) -> bool:
    return type(value) is tuple and cache.all_of(value, str)
