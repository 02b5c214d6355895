"""The compiled-glossary cache of ``Matcher.for_glossary``: data only, checked before use.

Compiling a 50,000-term glossary takes seconds; loading it from here, a fraction of
one. A cache file is read on every run and may have been damaged or planted, so it
holds data only: MAGIC, the SHA-256 of the rest, the length of a JSON header, the
header (the cache key, entries as one column per field, by name, forms, the alphabet, the trie's
sizes), then the trie's four byte tables. The digest is checked first, then every value
the compiled scan reads without bounds checks; anything amiss (a truncated file, a
flipped byte, a file written by other code or for another glossary) and the glossary
is compiled again. Files live in ``cache.private_folder("matchers")``, keyed by a hash
of the glossary's bytes and of every module of the package and the compiled scanner.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import json
import os
import struct
from array import array
from pathlib import Path

from glossary import __version__, cache, scan
from glossary.match import Matcher, _Form
from glossary.spellings import HYPHEN, SPACE, Alphabet, Separators
from glossary.store import Entry
from glossary.text import InputError, collector_paused, read_bytes

_CACHE_FORMAT = 4
_MAGIC = b"glossary-matcher\0"
_CACHE_KEEP = 8
_ENTRY_FIELDS = {f.name: f for f in dataclasses.fields(Entry)}


@functools.cache
def _code_digest() -> bytes:
    """Hash of the code that shapes a compiled glossary: every module of the package and
    the compiled scanner in use; a cache made by other code is never read."""
    digest = hashlib.sha256(f"{_CACHE_FORMAT}:{__version__}".encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    if scan.speedups is not None and scan.speedups.__file__:
        digest.update(Path(scan.speedups.__file__).read_bytes())
    return digest.digest()


def cache_key(path: str | os.PathLike[str], include_fuzzy: bool) -> str | None:
    """Hash of the glossary's bytes and of what shapes its compiled form; None if unreadable."""
    try:
        data = read_bytes(os.fspath(path))  # a FIFO or a device is refused, not read
    except InputError:
        return None  # load() says what is wrong with it
    digest = hashlib.sha256(_code_digest() + f":{include_fuzzy}:".encode())
    digest.update(data)
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
        "forms": [list(form) for form in matcher._forms],
        # Word -> code tables as the words and a string of their codes ("\0": none):
        # one string instead of 300,000 small lists to load.
        "exact": [list(alphabet.exact), "".join(alphabet.exact.values())],
        "lower": [
            list(alphabet.lower),
            "".join(c or "\0" for v in alphabet.lower.values() for c in v),
        ],
        "separators": dict(alphabet.separators),
        "spelled_forms": matcher._spelled_forms,
        "margin": matcher._margin,
        "bits": trie.bits,
        "tables": [len(trie.steps), len(trie.roots), len(trie.accept), len(trie.more)],
    }
    body = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body = struct.pack("<Q", len(body)) + body + trie.steps + trie.roots + trie.accept + trie.more
    return _MAGIC + hashlib.sha256(body).digest() + body


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


def _all_of(values, *kinds: type) -> bool:
    """Every value is exactly of one of ``kinds`` (checked at C speed)."""
    return set(map(type, values)) <= set(kinds)


def _entries(columns: dict) -> list[Entry]:
    """Entries from cached columns, one per field by name, each value of its field's type
    (checked a column at a time: a 50,000-entry glossary in a blink)."""
    _require(isinstance(columns, dict) and sorted(columns) == sorted(_FIELD_KINDS))
    _require(_all_of(columns.values(), list) and len(set(map(len, columns.values()))) == 1)
    for name, column in columns.items():
        kind = _FIELD_KINDS[name]
        _require(_all_of(column, kind, int) if kind is float else _all_of(column, kind))
        if kind is list:
            _require(_all_of(itertools.chain.from_iterable(column), str))
    in_order = [columns[name] for name in _FIELD_KINDS]  # Entry's own order, by name
    return list(itertools.starmap(Entry, zip(*in_order, strict=True)))


def _codes(values) -> bool:
    """Every value a one-character code."""
    values = list(values)
    return _all_of(values, str) and set(map(len, values)) <= {1}


def _loads(data: bytes, key: str) -> Matcher:
    """The matcher in a cache file's bytes; _Damaged unless every part checks out."""
    start = len(_MAGIC) + 32
    _require(data[: len(_MAGIC)] == _MAGIC and len(data) >= start + 8)
    _require(hashlib.sha256(data[start:]).digest() == data[len(_MAGIC) : start])
    (length,) = struct.unpack_from("<Q", data, start)
    start += 8
    _require(start + length <= len(data))
    header = json.loads(data[start : start + length].decode("utf-8"))
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
    _require(_all_of(header["forms"], list) and set(map(len, header["forms"])) <= {3})
    forms = list(map(_Form._make, header["forms"]))
    numbers = [f.entry for f in forms]
    _require(_all_of(numbers, int) and _all_of((f.form for f in forms), str))
    _require(not forms or (min(numbers) >= 0 and max(numbers) < len(entries)))
    spelled = list(map(tuple, header["spelled_forms"]))
    numbers = list(itertools.chain.from_iterable(spelled))
    _require(all(spelled) and _all_of(numbers, int))
    _require(not numbers or (min(numbers) >= 0 and max(numbers) < len(forms)))
    # The trie: every node a step leads to exists, a probe always meets an empty slot.
    nodes = len(more)
    pairs, first, ends = array("Q", steps), array("i", roots), array("i", accept)
    _require(len(pairs) == 2 << bits and pairs[::2].count(0) > 0 and len(ends) == nodes > 0)
    _require(max(pairs[::2]) >> (2 * scan.BITS) < nodes and max(pairs[1::2]) < nodes)
    _require(not first or (min(first) >= -1 and max(first) < nodes))
    _require(min(ends) >= -1 and max(ends) < len(spelled) and max(more) <= 1)
    alphabet = Alphabet.__new__(Alphabet)
    (words, codes), (lowered, pairs) = header["exact"], header["lower"]
    _require(_all_of(words, str) and _all_of(lowered, str) and _all_of((codes, pairs), str))
    _require(len(codes) == len(words) and len(pairs) == 2 * len(lowered) and "\0" not in codes)
    alphabet.exact = dict(zip(words, codes, strict=True))
    none = {"\0": None}
    words_codes = map(none.get, pairs[::2], pairs[::2])
    clitic_codes = map(none.get, pairs[1::2], pairs[1::2])
    alphabet.lower = dict(zip(lowered, zip(words_codes, clitic_codes, strict=True), strict=True))
    alphabet.separators = Separators(header["separators"])
    separators = alphabet.separators
    _require(_all_of(separators.values(), list, type(None)))
    alphabet.separators.update((t, None if c is None else tuple(c)) for t, c in separators.items())
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
    except (_Damaged, ValueError, TypeError, KeyError, IndexError, AttributeError, struct.error):
        return None  # UnicodeDecodeError and JSONDecodeError are ValueErrors


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
    except (OSError, ValueError):  # ValueError: text JSON cannot encode (a lone surrogate)
        pass
