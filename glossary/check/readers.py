"""Bitext readers: what ``glossary check`` was given, as segments with their positions.

Text files are read whole (a monolingual document) or line by line against their
translation; PO files pair msgid with msgstr; TMX and XLIFF files are read in ``markup``.
Every piece keeps the way back to its place in the file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence

import polib

from glossary import regex_cache
from glossary.check.align import Link, align
from glossary.check.finding import Finding
from glossary.check.markup import read_tmx, read_xliff
from glossary.check.segments import Input, Piece, Segment, source_document
from glossary.text import (
    Document,
    InputError,
    clean_text,
    decode,
    expand_paths,
    read_bytes,
    read_document,
)

BILINGUAL_SUFFIXES = (".po", ".pot", ".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff")
XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")


def _lines(document: Document) -> list[Piece]:
    """One piece per line of a document's clean text."""
    pieces = []
    start = 0
    for number, text in enumerate(document.clean.split("\n")[: document.line_count], 1):
        pieces.append(Piece(document.path, text, document, start, number))
        start += len(text) + 1
    return pieces


def read_text(path: str) -> Input:
    """A monolingual document: one segment, the whole text (terms may cross line breaks)."""
    document = read_document(path)
    return Input(
        document.path, [Segment(Piece(document.path, document.clean, document))], [], [document]
    )


def _joined(pieces: Sequence[Piece]) -> Piece:
    """Consecutive lines of one document as one piece (a merged line's partner)."""
    first, last = pieces[0], pieces[-1]
    document = first.document
    assert document is not None
    text = document.clean[first.start : last.start + len(last.text)]
    return Piece(first.path, text, document, first.start, first.line)


def _break(link: Link, source: Sequence[Piece], target: Sequence[Piece], path: str) -> Finding:
    """A segments finding where ``link`` leaves one-to-one pairing, at its first line in the
    translation ``path`` (for a missing translation, the line where it would stand)."""
    src = [source[i] for i in link.source]
    tgt = [target[j] for j in link.target]
    line = tgt[0].line if tgt else link.before + 1
    numbers = ", ".join(str(p.line) for p in src)
    lines = ", ".join(str(p.line) for p in tgt)
    if not tgt:
        what = f"source line {numbers} ({src[0].path}) has no translation here"
    elif not src:
        what = f"line {lines} translates no source line (an extra or split line)"
    elif len(src) > len(tgt):
        what = f"line {lines} translates source lines {numbers} (merged)"
    else:
        what = f"lines {lines} translate source line {numbers} (split)"
    return Finding(
        kind="segments",
        severity="error",
        path=path,
        line=min(line, max(len(target), 1)),
        column=1,
        term="",
        found=f"{len(tgt)} line(s)",
        expected=f"{len(src)} line(s)",
        message=f"alignment breaks: {what}; the lines around it are checked as realigned",
    )


def read_pair(source_path: str, target_path: str) -> Input:
    """Line-aligned source and translation. When the line counts differ the two are realigned
    (``align``): each place where the pairing leaves one-to-one is reported, the first one
    being where the drift starts, and the lines are checked against their realigned partners
    (a merged line against both of its source lines) instead of the lines they drifted to."""
    source, target = read_document(source_path), read_document(target_path)
    source_lines, target_lines = _lines(source), _lines(target)
    if len(source_lines) == len(target_lines):
        segments = [Segment(s, t) for s, t in zip(source_lines, target_lines, strict=True)]
        return Input(source.path, segments, [], [source], target.path)
    links = align([p.text for p in source_lines], [p.text for p in target_lines])
    segments, problems = [], []
    for link in links:
        if len(link.source) != 1 or len(link.target) != 1:
            problems.append(_break(link, source_lines, target_lines, target.path))
        if link.source and link.target:
            segments.append(
                Segment(
                    _joined([source_lines[i] for i in link.source]),
                    _joined([target_lines[j] for j in link.target]),
                )
            )
    return Input(source.path, segments, problems, [source], target.path)


def _keyword_lines(lines: list[str], first: int) -> tuple[int, int]:
    """1-based lines of the ``msgid`` and ``msgstr`` keywords of the PO entry at line ``first``."""
    first = max(first, 1)  # polib numbers an entry at the top of a file without header 0
    msgid = first
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        if line.startswith("msgid "):
            msgid = number
        elif line.startswith("msgstr"):
            return msgid, number
    return msgid, msgid


def _parse_po(text: str, path: str) -> polib.POFile:
    """Parse PO ``text`` that is already read. ``polib.pofile`` takes a string naming an
    existing file as that file's path (a one-line ``x.po`` holding ``secret.txt`` would read
    ``secret.txt``), so the text goes through a private file of its own: never ambiguous."""
    with tempfile.TemporaryDirectory() as folder:
        own = os.path.join(folder, "segments.po")
        with open(own, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            return polib.pofile(own, encoding="utf-8")
        except (OSError, ValueError) as err:
            message = str(err).replace(f" {own}", "")
            raise InputError(f"{path}: not a valid PO file ({message})") from None


_TERMINATED = regex_cache.compile(r'"(?:[^"\\]|\\.)*"\s*$')


def read_po(path: str) -> Input:
    """A PO file whose translated msgid/msgstr pairs are the segments (obsolete, empty skipped)."""
    text, _ = decode(read_bytes(path), path)
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        # polib reads an unterminated string silently as empty.
        if line.startswith(("msg", '"')) and not _TERMINATED.search(line):
            raise InputError(f"{path}:{number}: not a valid PO file (unterminated string)")
    catalog = _parse_po(text, path)
    segments = []
    for entry in catalog:
        target = entry.msgstr or entry.msgstr_plural.get(0, "")
        if entry.obsolete or not entry.msgid or not target:
            continue
        msgid_line, msgstr_line = _keyword_lines(lines, entry.linenum)
        segments.append(
            Segment(
                Piece(path, clean_text(entry.msgid)[0], line=msgid_line),
                Piece(path, clean_text(target)[0], line=msgstr_line),
            )
        )
    return Input(path, segments, [], [source_document(path, segments)])


def _read_bilingual(path: str) -> Input:
    """A file that carries its own translation, by its suffix."""
    if path.lower().endswith(XLIFF_SUFFIXES):
        return read_xliff(path)
    return read_tmx(path) if path.lower().endswith(".tmx") else read_po(path)


def read_inputs(sources: Sequence[str], translations: Sequence[str] = ()) -> list[Input]:
    """Load what ``glossary check`` was given, in the order given.

    PO, TMX and XLIFF sources carry their own translation. Text sources (files, folders,
    ``-``) are checked alone, or paired in order with ``translations``.
    """
    named: list[tuple[str, bool]] = []  # (path, carries its own translation)
    for source in sources:
        if source.lower().endswith(BILINGUAL_SUFFIXES):
            named.append((source, True))
        else:
            named.extend((path, False) for path in expand_paths([source]))
    texts = [path for path, bilingual in named if not bilingual]
    targets = expand_paths(translations) if translations else []
    if targets and len(targets) != len(texts):
        raise InputError(
            f"--translation names {len(targets)} file(s) for {len(texts)} source text file(s);"
            " give one translation per source, in the same order"
        )
    translation = iter(targets)
    inputs = []
    for path, bilingual in named:
        if bilingual:
            inputs.append(_read_bilingual(path))
        elif targets:
            inputs.append(read_pair(path, next(translation)))
        else:
            inputs.append(read_text(path))
    return inputs
