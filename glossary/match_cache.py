"""The compiled-glossary cache of ``Matcher.for_glossary``: data only, checked before use.

Compiling a 50,000-term glossary takes seconds; loading it from here, a fraction of
one. A cache file is read on every run and may have been damaged or planted, so it
holds data only: MAGIC, the CRC-32 of the rest, the length of a header, the header in
``marshal``'s format (plain lists, tuples, dicts, strings and numbers: the cache key,
entries as one column per field, by name, forms, the alphabet, the trie's sizes), then
the trie's four byte tables. The checksum is checked first (damage: a truncated file, a
flipped byte), then every value the compiled scan reads without bounds checks (a file
made by other code, or forged); anything amiss and the glossary is compiled again.
Files live in ``cache.private_folder("matchers")``, keyed by a hash of the glossary's
bytes and of every module of the package and the compiled scanner (``cache.digests``:
a file is read only when its size or times changed).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import marshal
import os
import struct
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from glossary import __version__, cache, scan
from glossary.match import Matcher, _Form
from glossary.spellings import HYPHEN, SPACE, Alphabet, Separators
from glossary.store import Entry
from glossary.text import collector_paused

_CACHE_FORMAT = 5
_MAGIC = b"glossary-matcher\0"
_CACHE_KEEP = 8
_ENTRY_FIELDS = {f.name: f for f in dataclasses.fields(Entry)}


@functools.cache
def code_digest() -> bytes:
    """Hash of the code that shapes a compiled glossary: every module of the package and
    the compiled scanner in use (a cache made by other code is never read), and the
    Python whose ``marshal`` wrote the header."""
    python = f"{sys.version}|{marshal.version}"
    digest = hashlib.sha256(f"{_CACHE_FORMAT}:{__version__}:{python}".encode())
    package = Path(__file__).parent
    modules = sorted(package.rglob("*.py"))
    if scan.speedups is not None and scan.speedups.__file__:
        modules.append(Path(scan.speedups.__file__))
    for path, content in zip(modules, cache.digests(modules), strict=True):
        name = path.relative_to(package) if path.is_relative_to(package) else path
        digest.update(f"{name.as_posix()}\0".encode())
        digest.update(content or b"unreadable")
    return digest.digest()


def said_key(said: Any) -> str:
    """The cache key of what a run ``said`` (plain data, e.g. the entries' English) with
    this code: what is worked out from it is the same for the same key."""
    return hashlib.sha256(code_digest() + marshal.dumps(said)).hexdigest()[:40]


def kept(name: str, said: Any, fits: Callable[[object], bool], make: Callable[[], Any]) -> Any:
    """What ``make`` returns, kept in the cache folder ``name`` for the next run that says
    the same (``said``, ``said_key``) with the same code; read back when ``fits`` finds it
    whole."""
    key = said_key(said)
    found = cache.read_data(name, key)
    if fits(found):
        return found
    made = make()
    cache.write_data(name, key, made)
    return made


def cache_key(path: str | os.PathLike[str], include_fuzzy: bool) -> str | None:
    """Hash of the glossary's bytes (``cache.digests``: read only when it changed) and
    of what shapes its compiled form; None if it is no readable regular file."""
    (content,) = cache.digests([path])
    if content is None:
        return None  # load() says what is wrong with it
    digest = hashlib.sha256(code_digest() + f":{include_fuzzy}:".encode())
    digest.update(content)
    return digest.hexdigest()[:40]


def _path(key: str) -> Path | None:
    """Where the matcher of a key is kept; None when the cache folder is not usable."""
    try:
        return cache.private_folder("matchers") / f"matcher-{key}.cache"
    except OSError:
        return None


def _dumps(matcher: Matcher, key: str) -> bytes:
    alphabet, trie = matcher._alphabet, matcher._trie
    header = {
        "key": key,
        # Entries field by field, each a column named by its field.
        "entries": {name: [getattr(e, name) for e in matcher.entries] for name in _ENTRY_FIELDS},
        "forms": list(map(tuple, matcher._forms)),
        # Word -> code tables as the words and a string of their codes ("\0": none):
        # one string instead of 300,000 small lists to load.
        "exact": [list(alphabet.exact), "".join(alphabet.exact.values())],
        "lower": [
            list(alphabet.lower),
            "".join(c or "\0" for v in alphabet.lower.values() for c in v),
        ],
        "separators": dict(alphabet.separators),
        "spelled_forms": list(map(tuple, matcher._spelled_forms)),
        "margin": matcher._margin,
        "bits": trie.bits,
        "tables": [len(trie.steps), len(trie.roots), len(trie.accept), len(trie.more)],
    }
    body = marshal.dumps(header)
    body = struct.pack("<Q", len(body)) + body + trie.steps + trie.roots + trie.accept + trie.more
    return _MAGIC + struct.pack("<I", zlib.crc32(body)) + body


class _Damaged(Exception):
    """A cache file that is not what this code writes."""


def _require(condition: bool) -> None:
    if not condition:
        raise _Damaged


def _field_kind(spec: dataclasses.Field) -> type:
    """The type of an Entry field's values, from its default (str when it has none)."""
    if callable(spec.default_factory):
        return type(spec.default_factory())
    return str if spec.default is dataclasses.MISSING else type(spec.default)


_FIELD_KINDS = {name: _field_kind(spec) for name, spec in _ENTRY_FIELDS.items()}


def _entries(columns: dict) -> list[Entry]:
    """Entries from cached columns, one per field by name, each value of its field's type
    (checked a column at a time: a 50,000-entry glossary in a blink)."""
    _require(isinstance(columns, dict) and sorted(columns) == sorted(_FIELD_KINDS))
    _require(cache.all_of(columns.values(), list) and len(set(map(len, columns.values()))) == 1)
    for name, column in columns.items():
        kind = _FIELD_KINDS[name]
        _require(cache.all_of(column, kind, int) if kind is float else cache.all_of(column, kind))
        if kind is list:
            _require(cache.all_of(itertools.chain.from_iterable(column), str))
    in_order = [columns[name] for name in _FIELD_KINDS]  # Entry's own order, by name
    return list(itertools.starmap(Entry, zip(*in_order, strict=True)))


def _codes(values) -> bool:
    """Every value a one-character code."""
    values = list(values)
    return cache.all_of(values, str) and set(map(len, values)) <= {1}


_EMPTY_KEY = bytes(8)


def _empty_slot(steps: bytes) -> bool:
    """Whether the step table has a slot with the key 0 (the keys are every other 8 bytes
    of it): the first such 8 bytes at a slot's start, found at C speed."""
    at = steps.find(_EMPTY_KEY)
    while at >= 0 and at % 16:
        at = steps.find(_EMPTY_KEY, at + 1)
    return at >= 0


def python_within(values: array, low: int, high: int, start: int = 0, step: int = 1) -> bool:
    """Whether every ``step``-th value of an integer array, from ``start``, is at least
    ``low`` and below ``high`` (true of none): where a cached table may point."""
    if step < 1 or start < 0:
        raise ValueError("within: start >= 0 and step >= 1")
    picked = values[start::step]
    return not picked or (min(picked) >= low and max(picked) < high)


# The range check of the trie's tables by implementation (as ``scan.SCANS``): a million
# values at every start.
WITHIN = {scan.PYTHON: python_within}
if scan.speedups is not None:
    WITHIN[scan.COMPILED] = scan.speedups.within


def _loads(data: bytes, key: str) -> Matcher:
    """The matcher in a cache file's bytes; _Damaged unless every part checks out."""
    start = len(_MAGIC) + 4
    _require(data[: len(_MAGIC)] == _MAGIC and len(data) >= start + 8)
    (checksum,) = struct.unpack_from("<I", data, len(_MAGIC))
    _require(zlib.crc32(memoryview(data)[start:]) == checksum)
    (length,) = struct.unpack_from("<Q", data, start)
    start += 8
    _require(start + length <= len(data))
    header = marshal.loads(memoryview(data)[start : start + length])
    _require(isinstance(header, dict) and header.get("key") == key)
    sizes, bits = header["tables"], header["bits"]
    _require(isinstance(bits, int) and 4 <= bits <= 40 and sum(sizes) == len(data) - start - length)
    tables, at = [], start + length
    for size, width in zip(sizes, (8, 4, 4, 1), strict=True):
        _require(isinstance(size, int) and size >= 0 and size % width == 0)
        tables.append(data[at : at + size])
        at += size
    steps, roots, accept, more = tables
    entries = _entries(header["entries"])
    _require(cache.all_of(header["forms"], tuple) and set(map(len, header["forms"])) <= {3})
    forms = list(map(_Form._make, header["forms"]))
    numbers = [f.entry for f in forms]
    _require(cache.all_of(numbers, int) and cache.all_of((f.form for f in forms), str))
    _require(not forms or (min(numbers) >= 0 and max(numbers) < len(entries)))
    spelled = header["spelled_forms"]
    _require(cache.all_of(spelled, tuple) and all(spelled))
    chosen = array("i", itertools.chain.from_iterable(spelled))  # ints, or a TypeError
    within = WITHIN[scan.IMPLEMENTATION]
    _require(within(chosen, 0, len(forms)))
    # The trie: every node a step leads to exists, a probe always meets an empty slot (a
    # key of 0). A step's key is only compared with the key looked for, never followed.
    nodes = len(more)
    pairs, first, ends = array("Q", steps), array("i", roots), array("i", accept)
    _require(len(pairs) == 2 << bits and _empty_slot(steps) and len(ends) == nodes > 0)
    _require(within(pairs, 0, nodes, 1, 2) and within(first, -1, nodes))
    _require(within(ends, -1, len(spelled)) and not more.translate(None, b"\0\1"))
    alphabet = Alphabet.__new__(Alphabet)
    (words, codes), (lowered, pairs) = header["exact"], header["lower"]
    _require(
        cache.all_of(words, str)
        and cache.all_of(lowered, str)
        and cache.all_of((codes, pairs), str)
    )
    _require(len(codes) == len(words) and len(pairs) == 2 * len(lowered) and "\0" not in codes)
    alphabet.exact = dict(zip(words, codes, strict=True))
    none = {"\0": None}
    words_codes = map(none.get, pairs[::2], pairs[::2])
    clitic_codes = map(none.get, pairs[1::2], pairs[1::2])
    alphabet.lower = dict(zip(lowered, zip(words_codes, clitic_codes, strict=True), strict=True))
    alphabet.separators = Separators(header["separators"])
    separators = alphabet.separators
    _require(cache.all_of(separators.values(), tuple, type(None)))
    _require(_codes(itertools.chain(*filter(None, separators.values()))))
    _require(bool(alphabet.separators.get(SPACE)) and len(alphabet.separators[HYPHEN]) == 2)
    trie = scan.Trie.__new__(scan.Trie)
    trie.steps, trie.roots, trie.accept, trie.more, trie.bits = steps, roots, accept, more, bits
    matcher = Matcher.__new__(Matcher)
    matcher.entries, matcher._forms, matcher._alphabet = entries, forms, alphabet
    matcher._trie, matcher._spelled_forms = trie, spelled
    _require(isinstance(header["margin"], int) and header["margin"] >= 0)
    matcher._margin = header["margin"]
    matcher._derive()
    return matcher


def read(key: str) -> Matcher | None:
    """The cached matcher of a key, or None when it is absent, untrusted or damaged."""
    path = _path(key)
    data = cache.read_private(path) if path else None
    if data is None:
        return None
    try:
        with collector_paused():
            return _loads(data, key)
    except (
        _Damaged,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        EOFError,
        OverflowError,
        struct.error,
    ):
        return None  # marshal's EOFError: a header cut short; OverflowError: beyond int32


def write(matcher: Matcher, key: str) -> None:
    """Store a compiled matcher; a cache that cannot be written is simply skipped."""
    path = _path(key)
    if path is None:
        return
    try:
        cache.write_private(path, _dumps(matcher, key))
        old = sorted(path.parent.glob("matcher-*.cache"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-_CACHE_KEEP]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
