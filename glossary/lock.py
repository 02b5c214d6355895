"""The glossary's lock: one writer at a time, waiting as long as the holder runs.

The lock is an ``flock`` on ``.NAME.lock`` beside the glossary, holding the PID of its
holder. The kernel releases an flock when its holder dies, so a waiter never waits for a
dead process; it waits as long as a live one writes (a 100,000-entry ``set`` under 40
concurrent writers takes its turn instead of failing), or ``$GLOSSARY_LOCK_TIMEOUT``
seconds when set. Writers killed before their rename leave ``.NAME.PID.*.tmp`` files;
the next writer deletes those of dead PIDs under the lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

from glossary.text import InputError, temporary_prefix

LOCK_TIMEOUT_ENV = "GLOSSARY_LOCK_TIMEOUT"
LOCK_NOTICE = 5.0  # seconds of waiting before saying whom we wait for


class LockWaitWarning(UserWarning):
    """Another command holds the glossary's lock and this one waits for it."""


def _lock_timeout() -> float | None:
    """$GLOSSARY_LOCK_TIMEOUT seconds, or None: wait as long as the holder runs."""
    value = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:
        raise InputError(f"${LOCK_TIMEOUT_ENV}: not a number of seconds: {value!r}")
    return seconds


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _holder(fd: int) -> str:
    """Who holds the lock, as the lock file says."""
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return f"process {text}" if text.isdigit() and _alive(int(text)) else "another process"


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold ``.NAME.lock`` beside the glossary (an flock: the kernel frees it when its holder
    dies, so waiting while it is held is waiting for a live command)."""
    target = Path(os.path.realpath(path))  # every link to one glossary shares its lock
    lock_path = target.with_name(f".{target.name}.lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise InputError(f"{path}: cannot lock ({err.strerror or err})") from None
    try:
        timeout, start, told = _lock_timeout(), time.monotonic(), False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                pass
            waited = time.monotonic() - start
            if timeout is not None and waited >= timeout:
                raise InputError(
                    f"{path}: {_holder(fd)} still holds the lock after {waited:.0f} s"
                    f" (${LOCK_TIMEOUT_ENV}={timeout:g}; unset it to wait while that runs)"
                )
            if not told and waited >= LOCK_NOTICE:
                warnings.warn(
                    f"{path}: waiting for {_holder(fd)} to finish", LockWaitWarning, stacklevel=3
                )
                told = True
            time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def remove_stale_temporaries(path: Path) -> None:
    """Under the lock: delete temporary files left by writers that were killed mid-write."""
    target = Path(os.path.realpath(path))
    prefix = temporary_prefix(target)
    for leftover in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        pid = leftover.name[len(prefix) :].partition(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)
