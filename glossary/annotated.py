"""Where annotate's output goes: a stream, a file replaced atomically, a folder of files
(``annotate berita/ -o keluar/``) or one stream with each input under its path.

``glossary.render`` makes the pieces of one document in one format; this module only
decides where they are written, so a failure never leaves half a file:
``berita/dalam/c.txt`` annotated into ``keluar/`` as markdown becomes
``keluar/dalam/c.md``, written beside and renamed over.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from glossary.match import Matcher
from glossary.render import escape_c1, iter_annotated, md_text, one_line
from glossary.text import Document, InputError


def write_annotated(pieces: Iterable[str], stream: BinaryIO, prefix: bytes = b"") -> None:
    """Write ``prefix`` and the pieces to a binary stream as UTF-8, a piece at a time."""
    stream.write(prefix)
    for piece in pieces:
        stream.write(piece.encode("utf-8"))
    stream.flush()


def write_annotated_file(path: str, pieces: Iterable[str], prefix: bytes = b"") -> None:
    """``write_annotated`` into the file ``path`` atomically: a temporary file in the same
    folder (made with the umask's permissions, or the old file's), renamed over it once
    complete, so a failure leaves the old file. A symlink's target is replaced; a FIFO
    or device (``/dev/stdout``) is written through. OSError on failure."""
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():
        with open(target, "wb") as stream:
            write_annotated(pieces, stream, prefix)
        return
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(fd, "wb") as stream:
            write_annotated(pieces, stream, prefix)
            os.fsync(stream.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


SUFFIXES = {"inline": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}


def output_prefix(document: Document, fmt: str) -> bytes:
    """What goes before the output: inline keeps the input byte for byte, its BOM too."""
    return document.restore_bom(b"") if fmt == "inline" else b""


def output_paths(inputs: list[tuple[str, str]], folder: str, fmt: str) -> list[str]:
    """Where ``annotate -o FOLDER`` writes each input (a file and its name, as
    ``text.expand_inputs`` gives them): the name under ``folder`` with the format's suffix,
    ``berita/dalam/c.md`` from ``berita`` → ``keluar/dalam/c.html``. An InputError, before
    anything is written, for standard input (it has no name), two inputs with one output
    (``a.txt`` and ``lain/a.txt``) and an output that would replace an input."""
    sources = {os.path.realpath(file) for file, _ in inputs if file != "-"}
    written: dict[str, str] = {}  # normalised output path → the input written there
    targets = []
    for file, name in inputs:
        if file == "-":
            raise InputError(
                f"-: standard input has no name to write in {folder}; give it alone, with -o FILE"
            )
        target = os.path.join(folder, os.path.splitext(name)[0] + SUFFIXES[fmt])
        if os.path.normpath(target) in written:
            first = written[os.path.normpath(target)]
            raise InputError(f"{target}: both {first} and {file} would be written there")
        if os.path.realpath(target) in sources:
            raise InputError(f"{target}: would replace an input; give another -o folder")
        written[os.path.normpath(target)] = file
        targets.append(target)
    return targets


def write_each(
    documents: Iterable[Document],
    targets: list[str],
    matcher: Matcher,
    fmt: str,
    first_only: bool = False,
    skip_identical: bool = False,
) -> None:
    """Each document's output into its own file (``output_paths``), folders made as needed,
    each file written atomically. An InputError if one cannot be written."""
    for document, target in zip(documents, targets, strict=True):
        pieces = iter_annotated(document, matcher, fmt, first_only, skip_identical)
        try:
            os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
            write_annotated_file(target, pieces, output_prefix(document, fmt))
        except OSError as err:
            raise InputError(f"{target}: cannot write ({err.strerror or err})") from None


def iter_sections(
    documents: Iterable[Document],
    matcher: Matcher,
    fmt: str,
    first_only: bool = False,
    skip_identical: bool = False,
) -> Iterator[str]:
    """Several documents' outputs on one stream, each under its path: a line
    ``==> berita/b.txt <==`` (inline, as ``head`` labels files) or a heading
    ``# berita/b.txt`` (markdown) before each, a blank line between; json is one object,
    each path → the array annotate gives for that input alone. HTML is a page per input."""
    if fmt == "json":
        yield from _json_sections(documents, matcher, first_only)  # json marks identical ones
        return
    before = ""
    for document in documents:
        path = one_line(document.path)
        yield before + (f"==> {path} <==\n" if fmt == "inline" else f"# {md_text(path)}\n\n")
        last = ""
        for piece in iter_annotated(document, matcher, fmt, first_only, skip_identical):
            yield piece
            last = piece or last
        before = "\n" if not last or last.endswith(("\n", "\r")) else "\n\n"


def _json_sections(
    documents: Iterable[Document], matcher: Matcher, first_only: bool
) -> Iterator[str]:
    opening = "{\n"
    for document in documents:
        yield escape_c1(opening + json.dumps(document.path, ensure_ascii=False) + ": ")
        pieces = iter_annotated(document, matcher, "json", first_only)
        last = next(pieces)
        for piece in pieces:
            yield last
            last = piece
        yield last.rstrip("\n")  # the array's closing bracket, the object goes on
        opening = ",\n"
    yield "{}\n" if opening == "{\n" else "\n}\n"
