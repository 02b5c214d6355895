"""Source-side findings: what the Indonesian alone shows (deprecated variants, mixed
spellings of one entry, recurring terms the glossary lacks)."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from glossary import regex_cache
from glossary.check.finding import Finding, _majority
from glossary.check.patterns import form_pattern
from glossary.check.segments import Piece
from glossary.match import Match
from glossary.text import Document

_SEPARATOR = regex_cache.compile(r"\s+|-")


def spelling(match: Match) -> str:
    """How a match spells its entry: the form it matched, with the text's own separators.

    ``Kim Jong-un`` and ``Kim Jong Un`` differ; ``Sanksi``, ``sanksi-sanksi`` and
    ``nuklirnya`` spell ``sanksi`` and ``nuklir`` as the glossary does (case and
    inflection are not spelling).
    """
    words = _SEPARATOR.split(match.form)
    text_words = _SEPARATOR.split(match.text)
    separators = [" " if s.isspace() else s for s in _SEPARATOR.findall(match.text)]
    redoubled = (
        len(text_words) > len(words) and text_words[0].casefold() == text_words[1].casefold()
    )
    if redoubled and separators[0] == "-":  # sanksi-sanksi, negara-negara maju
        text_words, separators = text_words[1:], separators[1:]
    shown = []
    for i, word in enumerate(words):
        found = text_words[i] if i < len(text_words) else word
        shown.append(found if found.casefold() == word.casefold() else word)
        if i < len(words) - 1:
            shown.append(separators[i] if i < len(separators) else " ")
    return "".join(shown)


@dataclass(frozen=True)
class Occurrence:
    """A match and the piece it was found in."""

    piece: Piece
    match: Match

    @property
    def place(self) -> tuple[int, int]:
        return self.piece.position(self.match.start)

    @property
    def where(self) -> str:
        """Where the match stands, as messages name it: ``artikel.id:2:42``."""
        line, column = self.place
        return f"{self.piece.path}:{line}:{column}"


def deprecated_findings(occurrences: Iterable[Occurrence]) -> list[Finding]:
    """Every deprecated form, with the preferred form as the fix."""
    findings = []
    for occ in occurrences:
        if occ.match.status != "deprecated":
            continue
        term, found = occ.match.entry.term, occ.match.text
        message = f"'{found}' is deprecated; use '{term}'"
        findings.append(
            occ.piece.finding(
                occ.match.start,
                "deprecated",
                "error",
                term=term,
                found=found,
                expected=term,
                message=message,
            )
        )
    return findings


def _letters(form: str) -> str:
    return "".join(ch for ch in form.casefold() if ch.isalnum())


def same_spelling_family(a: str, b: str) -> bool:
    """Whether two forms spell one word differently (kerja sama/kerjasama, Soeharto/Suharto)
    rather than name it differently (Menkeu/Menteri Keuangan, BEJ/Bursa Efek Jakarta)."""
    x, y = _letters(a), _letters(b)
    return x == y or difflib.SequenceMatcher(None, x, y).ratio() >= _SPELLING_SIMILARITY


_SPELLING_SIMILARITY = 0.75
_LISTED_LINES = 12


def _lines_list(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:_LISTED_LINES]))
    more = len(lines) - _LISTED_LINES
    return f"line{'s' if len(lines) > 1 else ''} {shown}" + (
        f" and {more} more" if more > 0 else ""
    )


def mixed_findings(occurrences: Iterable[Occurrence]) -> list[Finding]:
    """Places where one document spells an entry differently from its majority spelling.

    Only spellings of one word compete (``Kim Jong Un``/``Kim Jong-un``); a short form
    beside the full name (``Menkeu`` after ``Menteri Keuangan``) is news style, not a
    mix. Deprecated forms are left to ``deprecated_findings``. Each finding names the
    lines of every spelling in its family and the majority form.
    """
    by_entry: dict[tuple[str, str], list[tuple[str, Occurrence]]] = defaultdict(list)
    for occ in occurrences:
        if occ.match.status != "deprecated":
            by_entry[occ.match.entry.key].append((spelling(occ.match), occ))
    findings = []
    for spelt in by_entry.values():
        entry = spelt[0][1].match.entry
        shown: dict[str, str] = {}
        lines: dict[str, list[int]] = defaultdict(list)
        for form, occ in spelt:
            shown.setdefault(form.casefold(), form)
            lines[form.casefold()].append(occ.place[0])
        families: list[list[str]] = []
        for key in sorted(lines, key=lambda k: -len(lines[k])):
            family = next((f for f in families if same_spelling_family(f[0], key)), None)
            if family is None:
                families.append([key])
            else:
                family.append(key)
        for family in families:
            if len(family) < 2:
                continue
            counts = Counter({shown[k]: len(lines[k]) for k in family})
            majority = _majority(counts, entry.forms)
            places = "; ".join(f"'{shown[k]}' on {_lines_list(lines[k])}" for k in family)
            for form, occ in spelt:
                if form.casefold() not in family or form.casefold() == majority.casefold():
                    continue
                message = (
                    f"'{form}' here, but this document mixes spellings ({places});"
                    f" majority: '{majority}'"
                )
                findings.append(
                    occ.piece.finding(
                        occ.match.start,
                        "mixed",
                        "warning",
                        term=entry.term,
                        found=form,
                        expected=majority,
                        message=message,
                    )
                )
    return findings


def unknown_findings(documents: Sequence[Document], known: Iterable[str]) -> list[Finding]:
    """Recurring terms the miner proposes that the glossary lacks (``known``: its forms,
    rejected ones included), each reported at its first place."""
    from glossary.mine import mine  # the miner's modules take a while to load: only here

    by_path = {d.path: d for d in documents}
    findings = []
    for candidate in mine(documents, exclude=known):
        path, _, number = candidate.references[0].rpartition(":")
        line = int(number) if number.isdigit() else 1
        column = 1
        document = by_path.get(path)
        if document is not None and line <= document.line_count:
            text = document.line_text(line)
            for form in (candidate.term, *candidate.variants):
                found = form_pattern(form).search(text)
                if found:
                    column = found.start() + 1
                    break
        places = len(candidate.references)
        findings.append(
            Finding(
                kind="unknown",
                severity="info",
                path=path,
                line=line,
                column=column,
                term=candidate.term,
                found=candidate.term,
                expected="",
                message=f"'{candidate.term}' ({candidate.kind}) occurs {candidate.count}×"
                f" on {places} line{'s' if places > 1 else ''} but is not in the glossary",
            )
        )
    return findings
