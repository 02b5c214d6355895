"""Starting a glossary of one's own (``glossary init``): empty, or a copy of the shipped one.

An empty glossary gets the house-style lines of the shipped glossary's header (KBBI
spelling, Tiongkok for China, US spelling...), for the curator to make their own.
"""

from __future__ import annotations

import os
from pathlib import Path

from glossary.store import DEFAULT_HEADER, Glossary, edit, load, shipped_path
from glossary.text import InputError

HOUSE_STYLE = "House style"


def house_style_header(shipped: Path | None = None) -> str:
    """A header for a new glossary: one line on what it is, then the shipped glossary's
    house-style lines, which the curator edits to their own."""
    lines: list[str] = []
    text = (shipped or shipped_path()).read_text(encoding="utf-8")
    for line in text.lstrip("\ufeff").splitlines():
        if not line.startswith("#"):
            break  # the header's comment block ends at its msgid ""
        comment = line[1:].strip()
        if lines or comment.startswith(HOUSE_STYLE):
            lines.append(comment)
    return "\n".join([DEFAULT_HEADER, *lines])


def start(path: str | os.PathLike[str], from_shipped: bool = False) -> Glossary:
    """Write a new glossary at ``path`` (folders made as needed); an existing file is
    never overwritten, whatever it holds."""
    target = Path(path)
    if target.exists() or target.is_symlink():
        raise InputError(
            f"{target}: already exists; not overwritten (name another PATH, or use this one)"
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{target.parent}: cannot make the folder ({err.strerror})") from None
    shipped = load(shipped_path()) if from_shipped else None
    with edit(target, create=True) as glossary:
        if target.exists():  # another command made it while the shipped one was read
            raise InputError(f"{target}: already exists; not overwritten (made meanwhile)")
        if shipped is None:
            glossary.header = house_style_header()
        else:
            glossary.entries, glossary.metadata = shipped.entries, shipped.metadata
            glossary.header, glossary.trailer = shipped.header, shipped.trailer
    return glossary
