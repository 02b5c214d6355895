"""The user cache folder, and files in it that only this user could have written.

One function says where the cache is (``$GLOSSARY_CACHE_DIR``, else the platform's
user cache folder, e.g. ``~/.cache/glossary``), for the compiled glossaries of
``glossary.match`` and anything else that caches. A cache is read back on every run,
so what another account could have planted there is never read: each user of the
cache keeps its files in a private subfolder (0700), and a file that is not a regular
file of this user, or that others may write, counts as absent.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import time
from pathlib import Path

import platformdirs

CACHE_ENV = "GLOSSARY_CACHE_DIR"
# A file's times tick coarsely (a jiffy on ext4, a second on ext3, two on FAT): one
# written again within the tick, at the same size, keeps them. Changed this recently, a
# file is told apart by its bytes; once settled, any change moves its change time.
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


def fingerprint(path: str | os.PathLike[str]) -> bytes | None:
    """What tells one content of a regular file from another without reading it: its
    device, inode, size and modification and change times (ns); its bytes' SHA-256 while
    it is not settled (changed in the last ``SETTLE_NS``, or dated in the future). None
    when it is no regular file or cannot be read.

    The change time (ctime) cannot be set back: ``touch -d``, ``cp -p`` or ``tar`` set the
    modification time, but the change time becomes the present (so does a rename).
    Once a file is settled, writing it makes a new fingerprint, whatever its size;
    a file written twice within one clock tick is still unsettled and read. Only a clock
    set back by more than ``SETTLE_NS`` could give a changed file its old times."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None
        if time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) >= SETTLE_NS:
            times = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
            return ("stat:" + ":".join(map(str, times))).encode()
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:  # O_NONBLOCK: swapped for a FIFO since, no hang
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            return hashlib.sha256(handle.read()).digest()
    except OSError:
        return None
