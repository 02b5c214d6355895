"""The compiled-glossary cache of ``Matcher.for_glossary``: data only, checked before use.

Compiling a 50,000-term glossary takes seconds; loading it from here, a fraction of
one. A cache file is read on every run and may have been damaged or planted, so it
holds data only: MAGIC, the SHA-256 of the rest, the length of a JSON header, the
header (the cache key, entries field by field by name, forms, the alphabet, the trie's
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
import json
import os
import struct
from array import array
from pathlib import Path

from glossary import __version__, cache, scan
from glossary.match import _HYPHEN, _SPACE, Matcher, _Alphabet, _Form, _Separators
from glossary.store import Entry
from glossary.text import collector_paused

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
        data = Path(path).read_bytes()
    except OSError:
        return None
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
    names = list(_ENTRY_FIELDS)
    header = {
        "key": key,
        "fields": names,
        "entries": [[getattr(e, name) for name in names] for e in matcher.entries],
        "forms": [list(form) for form in matcher._forms],
        "exact": alphabet.exact,
        "lower": alphabet.lower,
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


def _codes(value, allow_none: bool = False) -> bool:
    """A one-character code (or None where allowed)."""
    return (value is None and allow_none) or (isinstance(value, str) and len(value) == 1)


def _entry(names: list[str], row: list) -> Entry:
    """An Entry from a cached row, field by field by name, each of the field's type."""
    _require(isinstance(row, list) and len(row) == len(names))
    values = dict(zip(names, row, strict=True))
    _require(set(values) == set(_ENTRY_FIELDS))
    for name, value in values.items():
        spec = _ENTRY_FIELDS[name]
        default = spec.default_factory() if callable(spec.default_factory) else spec.default
        kind = str if default is dataclasses.MISSING else type(default)
        if kind is list:
            _require(isinstance(value, list) and all(isinstance(v, str) for v in value))
        else:
            _require(isinstance(value, (int, float) if kind is float else kind))
    return Entry(**values)


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
    entries = [_entry(header["fields"], row) for row in header["entries"]]
    forms = [_Form(*form) for form in header["forms"]]
    _require(all(0 <= f.entry < len(entries) and isinstance(f.form, str) for f in forms))
    spelled = [tuple(numbers) for numbers in header["spelled_forms"]]
    _require(all(numbers and all(0 <= n < len(forms) for n in numbers) for numbers in spelled))
    # The trie: every node a step leads to exists, a probe always meets an empty slot.
    nodes = len(more)
    pairs, first, ends = array("Q", steps), array("i", roots), array("i", accept)
    _require(len(pairs) == 2 << bits and pairs[::2].count(0) > 0 and len(ends) == nodes > 0)
    _require(max(pairs[::2]) >> (2 * scan.BITS) < nodes and max(pairs[1::2]) < nodes)
    _require(not first or (min(first) >= -1 and max(first) < nodes))
    _require(min(ends) >= -1 and max(ends) < len(spelled) and max(more) <= 1)
    alphabet = _Alphabet.__new__(_Alphabet)
    alphabet.exact, alphabet.lower = header["exact"], header["lower"]
    alphabet.separators = _Separators(header["separators"])
    _require(all(_codes(code) for code in alphabet.exact.values()))
    for word, codes in alphabet.lower.items():
        _require(isinstance(codes, list) and len(codes) == 2)
        _require(all(_codes(code, allow_none=True) for code in codes))
        alphabet.lower[word] = (codes[0], codes[1])
    for text, codes in alphabet.separators.items():
        _require(codes is None or (isinstance(codes, list) and all(map(_codes, codes))))
        alphabet.separators[text] = None if codes is None else tuple(codes)
    _require(bool(alphabet.separators.get(_SPACE)) and len(alphabet.separators[_HYPHEN]) == 2)
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
