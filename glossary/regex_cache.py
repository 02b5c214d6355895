"""Regular expressions compiled once and kept across runs: data only, checked before use.

``glossary check`` builds a pattern for each English rendering it looks for ("Finance
Minister" in any case, inflected, hyphenated: ``(?<!\\w)(?:finances|finance)...``), a
thousand and more on a long text, and Python's ``re`` parses and compiles each one in
Python code, a third of a millisecond apiece. The result of that work is a list of
integers (the matching engine's program); it is kept here, and a later run hands it to
the engine directly, which checks it (``invalid SRE code``) before use. A pattern built
from the cache is equal (``==``) to ``re.compile``'s.

The file lives in ``cache.private_folder("patterns")``, named by a hash of the Python
build (the program's format is that of one ``re``): MAGIC, the CRC-32 of the rest, the
length of a header in ``marshal``'s format (the key, each pattern with its flags and group
names: plain lists, dicts, strings and numbers), then the programs as 32-bit integers.
Anything amiss (a truncated file, a flipped byte, a file written by another Python) and
the patterns are compiled afresh.
Where this Python's ``re`` works otherwise, every pattern is simply ``re.compile``'d.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import marshal
import os
import re
import struct
import sys
import zlib
from array import array
from pathlib import Path
from typing import NamedTuple

from glossary import cache

try:  # the engine and its compiler; both are CPython's own, present since 3.11
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python: re.compile does it all
    _sre = None

_CACHE_FORMAT = 2
_MAGIC = b"glossary-patterns\0"
# Patterns kept at most, the latest runs' first: a long text uses ~1,700 (2 MB, 15 ms to read).
_KEEP = 5_000


class _Program(NamedTuple):
    """What the engine needs to make a pattern, besides its text."""

    flags: int  # the pattern's flags, with the inline ones: (?i), (?x)
    code: array  # the program, 32-bit words
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]


# (pattern, flags) -> program: read from a cache file, or compiled in this process.
_programs: dict[tuple[str, int], _Program] = {}
_read: dict[Path, list[tuple[str, int]]] = {}  # each file read, and the patterns it held
_used: dict[tuple[str, int], None] = {}  # the patterns used since the last save, in order
_fresh = False


@functools.cache
def _python_key() -> str:
    """Which engine's programs a file holds: this Python's build and its ``re``."""
    magic = getattr(_sre, "MAGIC", None)
    codesize = getattr(_sre, "CODESIZE", None)
    text = f"{_CACHE_FORMAT}|{sys.version}|{magic}|{codesize}|{sys.byteorder}|{marshal.version}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@functools.cache
def _usable() -> bool:
    """Whether this Python's ``re`` builds patterns the way this module expects."""
    return (
        _sre is not None
        and getattr(_sre, "CODESIZE", None) == 4
        and all(hasattr(_compiler, name) for name in ("_code", "isstring"))
        and hasattr(_parser, "parse")
    )


def _path() -> Path | None:
    """The cache file for this Python; None when the cache folder is not usable."""
    return _path_in(*(os.environ.get(name) for name in _FOLDER_ENV))


# What cache.cache_folder() is made of: asked on every pattern, so looked up once for each.
_FOLDER_ENV = (cache.CACHE_ENV, "XDG_CACHE_HOME", "HOME")


@functools.lru_cache(maxsize=8)
def _path_in(*environment: str | None) -> Path | None:
    try:
        return cache.private_folder("patterns") / f"patterns-{_python_key()}.cache"
    except OSError:
        return None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re's name)
    """``re.compile(pattern, flags)``, from the program a run before made if there is one:
    ``compile(r"(?<!\\w)(?:sanksi|sanctions?)", re.IGNORECASE)``."""
    flags = int(flags)
    if not _usable():
        return re.compile(pattern, flags)
    key = (pattern, flags)
    _used[key] = None
    program = _programs.get(key)
    if program is None:  # the file is read at the first pattern not in memory (``save``)
        _load()
        program = _programs.get(key)
    if program is not None:
        try:
            return _sre.compile(
                pattern,
                program.flags,
                program.code.tolist(),
                program.groups,
                program.groupindex,
                program.indexgroup,
            )
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del _programs[key]  # a program the engine refuses: compiled afresh below
    return _compile(pattern, flags)


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """What ``re._compiler.compile`` does, keeping the program for the cache."""
    global _fresh
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = _Program(
        flags | parsed.state.flags,
        array("I", code),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    compiled = _sre.compile(
        pattern, program.flags, code, program.groups, groupindex, program.indexgroup
    )
    _programs[(pattern, flags)] = program
    _fresh = True
    return compiled


def _load() -> None:
    """Read the cache file of the current cache folder into memory, once."""
    path = _path()
    if path is None or path in _read:
        return
    _read[path] = []
    data = cache.read_private(path)
    if data is None:
        return
    try:
        found = _loads(data)
    except (_Damaged, ValueError, TypeError, KeyError, IndexError, EOFError, struct.error):
        return  # marshal's EOFError: a header cut short
    for key, program in found:
        _programs.setdefault(key, program)
    _read[path] = [key for key, _ in found]


class _Damaged(Exception):
    """A cache file that is not what this code writes."""


def _require(condition: bool) -> None:
    if not condition:
        raise _Damaged


def _loads(data: bytes) -> list[tuple[tuple[str, int], _Program]]:
    """The programs in a cache file's bytes; _Damaged unless every part checks out (the
    engine checks each program itself before it runs one)."""
    start = len(_MAGIC) + 4
    _require(data[: len(_MAGIC)] == _MAGIC and len(data) >= start + 8)
    (checksum,) = struct.unpack_from("<I", data, len(_MAGIC))
    _require(zlib.crc32(memoryview(data)[start:]) == checksum)
    (length,) = struct.unpack_from("<Q", data, start)
    start += 8
    _require(start + length <= len(data) and (len(data) - start - length) % 4 == 0)
    header = marshal.loads(memoryview(data)[start : start + length])
    _require(isinstance(header, dict) and header.get("key") == _python_key())
    code = array("I")
    code.frombytes(data[start + length :])
    if sys.byteorder != "little":
        code.byteswap()
    rows = header["patterns"]
    _require(isinstance(rows, list) and cache.all_of(rows, list) and set(map(len, rows)) <= {7})
    if not rows:
        return []
    patterns, flags, finals, groups, groupindexes, indexgroups, sizes = zip(*rows, strict=True)
    # Checked a column at a time (a file of 5,000 patterns in a few milliseconds).
    _require(cache.all_of(patterns, str) and cache.all_of(flags + finals + groups + sizes, int))
    _require(min(sizes) > 0 and min(groups) >= 0 and sum(sizes) == len(code))
    _require(cache.all_of(groupindexes, dict) and cache.all_of(indexgroups, list))
    _require(list(map(len, indexgroups)) == [n + 1 for n in groups])
    names = [name for group in indexgroups for name in group]
    _require(cache.all_of(names, str, type(None)))
    _require(all(cache.all_of(g, str) and cache.all_of(g.values(), int) for g in groupindexes if g))
    starts = itertools.accumulate(sizes, initial=0)
    programs = map(
        _Program,
        finals,
        [code[at : at + size] for at, size in zip(starts, sizes, strict=False)],
        groups,
        groupindexes,
        map(tuple, indexgroups),
    )
    return list(zip(zip(patterns, flags, strict=True), programs, strict=True))


def _dumps(programs: list[tuple[tuple[str, int], _Program]]) -> bytes:
    listed = [
        [p, int(f), int(g.flags), g.groups, g.groupindex, list(g.indexgroup), len(g.code)]
        for (p, f), g in programs
    ]
    header = {"key": _python_key(), "patterns": listed}
    code = array("I")
    for _, program in programs:
        code.extend(program.code)
    if sys.byteorder != "little":
        code.byteswap()
    body = marshal.dumps(header)
    body = struct.pack("<Q", len(body)) + body + code.tobytes()
    return _MAGIC + struct.pack("<I", zlib.crc32(body)) + body


def save() -> None:
    """Keep the programs used since the last save for the next run, with those the file
    held (at most ``_KEEP``, the latest first); a cache that cannot be written is simply
    skipped. Nothing is written when every program came from the file."""
    global _fresh
    path = _path() if _fresh else None
    if path is None:
        _used.clear()
        return
    _load()  # the patterns the file holds are kept too, though every one used was in memory
    order = dict.fromkeys([*_used, *_read.get(path, ())])
    kept = [(key, _programs[key]) for key in order if key in _programs][:_KEEP]
    try:
        cache.write_private(path, _dumps(kept))
    except OSError:
        return
    _read[path] = [key for key, _ in kept]
    _used.clear()
    _fresh = False


def clear() -> None:
    """Forget every program in memory and every file read, as a new process would."""
    global _fresh
    _programs.clear()
    _read.clear()
    _used.clear()
    _fresh = False
