"""The user cache folder, and files in it that only this user could have written.

One function says where the cache is (``$GLOSSARY_CACHE_DIR``, else the platform's
user cache folder, e.g. ``~/.cache/glossary``), for the compiled glossaries of
``glossary.match`` and anything else that caches. A cache is read back on every run,
so what another account could have planted there is never read: each user of the
cache keeps its files in a private subfolder (0700), and a file that is not a regular
file of this user, or that others may write, counts as absent. What a run works out from
a file keys on the file's bytes (``digests``, remembered while its size and times stay);
small results are kept as plain data (``read_data``/``write_data``).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import struct
import tempfile
import time
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import platformdirs

CACHE_ENV = "GLOSSARY_CACHE_DIR"
# A file's times tick coarsely (a jiffy on ext4, a second on ext3, two on FAT): one
# written again within the tick, at the same size, keeps them. Changed this recently, a
# file is read (``digests``); once settled, any change moves its change time.
SETTLE_NS = 3_000_000_000


def cache_folder() -> Path:
    """Where the tool caches: ``$GLOSSARY_CACHE_DIR`` if set, else the user cache folder."""
    chosen = os.environ.get(CACHE_ENV)
    return Path(chosen) if chosen else Path(platformdirs.user_cache_dir("glossary"))


def private_folder(name: str) -> Path:
    """``cache_folder() / name``, created private (0700) and made so if it is ours.

    Raises OSError when the folder belongs to another user: then nothing is read
    from it or written to it."""
    folder = cache_folder() / name
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise OSError(f"{folder}: not a folder of this user")
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(folder, 0o700)
    return folder


def _trusted(info: os.stat_result) -> bool:
    """A regular file of this user that group and others cannot write."""
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def read_private(path: Path, limit: int = 1 << 32) -> bytes | None:
    """The bytes of a cache file, or None when it is absent, unreadable, larger than
    ``limit``, a symlink, or not trusted (``_trusted``, checked on the open file)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not _trusted(info) or info.st_size > limit:
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes) -> None:
    """Replace a cache file atomically (temporary file, rename), readable by this user only."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def digests(paths: Iterable[str | os.PathLike[str]]) -> list[bytes | None]:
    """The SHA-256 of each file's bytes (None: no readable regular file), read only when
    the file's identity, size or times (device, inode, size, mtime_ns, ctime_ns) are not
    those of a digest worked out before: what identifies a glossary and the code in a few
    microseconds a file. The digests of settled files are kept in the cache
    (``read_data("digests", ...)``, the latest ``_DIGESTS_KEPT``).

    A file changed in the last ``SETTLE_NS`` (or dated in the future) is read every time:
    its times tick coarsely and could stay the same over another write of the same size.
    Once settled, any write moves its change time (ctime), which ``touch -d``, ``cp -p``
    or ``tar`` cannot set back (they set the modification time). Only a clock set back
    by more than ``SETTLE_NS`` could give a changed file its old times."""
    known = read_data("digests", _DIGESTS_KEY)
    if not isinstance(known, dict):
        known = {}
    found: list[bytes | None] = []
    learnt: dict[str, bytes] = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            found.append(None)
            continue
        times = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        identity = repr(times)
        settled = time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) >= SETTLE_NS
        digest = known.get(identity) if settled and stat.S_ISREG(info.st_mode) else None
        if not isinstance(digest, bytes):
            digest = _digest_of(path)
            if settled and digest is not None:
                learnt[identity] = digest
        found.append(digest)
    if learnt:
        kept = list({**known, **learnt}.items())[-_DIGESTS_KEPT:]
        write_data("digests", _DIGESTS_KEY, dict(kept))
    return found


_DIGESTS_KEY = "files"
_DIGESTS_KEPT = 2_000


def _digest_of(path: str | os.PathLike[str]) -> bytes | None:
    """The SHA-256 of a regular file's bytes; None for anything else (a FIFO is refused,
    not read: reading one may never end) or a file that cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:  # O_NONBLOCK: a path swapped for a FIFO, no hang
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            return hashlib.sha256(handle.read()).digest()
    except OSError:
        return None


def all_of(values: Iterable[object], *kinds: type) -> bool:
    """Every value is exactly of one of ``kinds`` (checked at C speed): what a cache file
    read back holds is checked a column at a time."""
    return set(map(type, values)) <= set(kinds)


_DATA_MAGIC = b"glossary-data\0"
_DATA_KEEP = 8  # files kept in a folder of ``write_data``, the latest


def _data_path(name: str, key: str) -> Path | None:
    try:
        return private_folder(name) / f"{name}-{key}.cache"
    except OSError:
        return None


def read_data(name: str, key: str) -> object | None:
    """What ``write_data`` kept under ``key`` in the cache folder ``name``: plain data
    (``marshal``: numbers, strings, lists, tuples, sets, dicts), behind a CRC-32 and the
    key. None when absent, untrusted or damaged; the caller checks the types it needs."""
    path = _data_path(name, key)
    data = read_private(path) if path else None
    start = len(_DATA_MAGIC) + 4
    if data is None or not data.startswith(_DATA_MAGIC) or len(data) < start:
        return None
    (checksum,) = struct.unpack_from("<I", data, len(_DATA_MAGIC))
    if zlib.crc32(memoryview(data)[start:]) != checksum:
        return None
    try:
        found_key, value = marshal.loads(memoryview(data)[start:])
    except (ValueError, TypeError, EOFError):
        return None
    return value if found_key == key else None


def write_data(name: str, key: str, value: Any) -> None:
    """Keep plain data for ``read_data`` (the latest ``_DATA_KEEP`` keys of a folder); a
    cache that cannot be written is simply skipped."""
    path = _data_path(name, key)
    if path is None:
        return
    body = marshal.dumps((key, value))
    try:
        write_private(path, _DATA_MAGIC + struct.pack("<I", zlib.crc32(body)) + body)
        kept = sorted(path.parent.glob(f"{name}-*.cache"), key=lambda p: p.stat().st_mtime)
        for stale in kept[:-_DATA_KEEP]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
