"""Segments: the pieces of text a check reads, and the way back to their place in a file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from glossary.check.finding import Finding
from glossary.text import Document


@dataclass(frozen=True)
class Piece:
    """Clean text to check and the way back to positions in the file it came from.

    A piece cut from a text file keeps its ``document`` and its ``start`` in
    ``document.clean``, so positions are exact. A PO or TMX segment has no
    document: every offset in it reports the segment's own ``line`` and ``column``.
    """

    path: str
    text: str
    document: Document | None = None
    start: int = 0
    line: int = 1
    column: int = 1

    def position(self, offset: int) -> tuple[int, int]:
        if self.document is None:
            return self.line, self.column
        return self.document.clean_position(self.start + offset)

    def finding(
        self, offset: int, kind: str, severity: str, terms: tuple[str, ...] = (), **about: str
    ) -> Finding:
        """A finding at ``offset`` in this piece; ``about``: its term, found, expected and
        message; ``terms``: every term it speaks for, when several."""
        line, column = self.position(offset)
        return Finding(
            kind=kind,
            severity=severity,
            path=self.path,
            line=line,
            column=column,
            terms=terms,
            **about,
        )


@dataclass(frozen=True)
class Segment:
    """A source piece and, when checking a translation, the piece that translates it."""

    source: Piece
    target: Piece | None = None


@dataclass
class Input:
    """One checked unit (a document, a document pair, a PO or TMX file) and its segments.

    ``problems`` are findings made while reading it (segment counts that differ);
    ``documents`` are the source texts the miner reads for unknown terms.
    """

    path: str
    segments: list[Segment]
    problems: list[Finding]
    documents: list[Document]
    target_path: str = ""

    @property
    def bilingual(self) -> bool:
        """Whether a translation is checked (a text pair, a PO, TMX or XLIFF file)."""
        return any(segment.target is not None for segment in self.segments) or bool(
            self.target_path
        )


def source_document(path: str, segments: Sequence[Segment]) -> Document:
    """The source side of a PO or TMX file for the miner: each segment on the line and at the
    column where the file has it, so that the miner's references point into the file."""
    lines: list[str] = []
    for segment in segments:
        piece = segment.source
        lines.extend([""] * (piece.line - len(lines)))
        text = " ".join(piece.text.split())
        before = lines[piece.line - 1]
        lines[piece.line - 1] = f"{before} {text}" if before else " " * (piece.column - 1) + text
    return Document(path, "\n".join(lines) + "\n")
