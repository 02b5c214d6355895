"""Names in a segment's English that the glossary does not know and the source does not
write, about where the source has a term whose English is missing: "Hanoi" for ``Jakarta``
in "He said in Hanoi on Monday", "Trade Minister" for ``Menteri Keuangan``; one of them in
the term's place is a wrong rendering (``substitute.stand_in``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from glossary import regex_cache
from glossary.check.english import is_common
from glossary.check.english_terms import EnglishTerms
from glossary.check.loose import no_name, shortened_inside, speaker_added, the_term_itself
from glossary.check.said import rendering_words, written_in
from glossary.check.source import Occurrence
from glossary.check.wording import INITIALS, respelt
from glossary.store import Entry

_POSSESSIVE = regex_cache.compile(r"['\u2019]s?$")  # "Japan's": Japan


def _without_possessive(written: str) -> str:
    """A name without its possessive ending: "Japan's" → Japan."""
    if written[-1:] in _POSSESSIVE_LAST:
        return _POSSESSIVE.sub("", written)
    return written  # most names: no regular expression to ask


# How a text that ``_POSSESSIVE`` matches ends ($ also matches before a last line break).
_POSSESSIVE_LAST = frozenset("'\u2019s\n")


# A name the glossary does not know: capitalised words, not opening a sentence.
_NAME_RUN = regex_cache.compile(r"(?<![\w.'\u2019-])[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")
_SENTENCE_OPEN = regex_cache.compile(r"(?:^|[.!?:;\"\u201c(]\s*)$")
# Calendar words: the English writes the source's day or month (Senin: Monday).
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december".split()
)
# An unknown name stands in a term's place only about where the term stands.
_NAME_DRIFT = 0.25


def unknown_names(
    occ: Occurrence,
    text: str,
    taken: Sequence[tuple[int, int]],
    present: Sequence[Entry],
    place: float | None = None,
) -> Iterator[str]:
    """Names in ``text`` that the glossary does not know and the source does not write,
    about where the source has ``occ``'s term: "Hanoi" for ``Jakarta`` in "He said in Hanoi
    on Monday", "Trade Minister" for ``Menteri Keuangan``."""
    source = occ.piece.text
    where = occ.match.start / max(len(source), 1) if place is None else place
    words = functools.cache(lambda: rendering_words(present))

    def accounted(word: str) -> bool:  # the source writes it, or a rendering has it
        return written_in(word, source) or word.casefold() in words() or respelt(word, source)

    length = max(len(text), 1)
    for run in _NAME_RUN.finditer(text):
        start = run.start()
        if not _near(run, where, length):
            continue
        for begin, names in _name_groups(run, taken):
            # Where a name stands is where its first word is, not where the run starts:
            # "John Smith" after "UN Secretary-General", the rendering of a title.
            if abs(begin / length - where) > _NAME_DRIFT:
                continue
            if begin == start and _SENTENCE_OPEN.search(text[:start]):
                names = names[1:] if is_common(names[0].casefold()) else names
            if len(names) == 1 and INITIALS.fullmatch(names[0]):
                continue  # "BMRI", "PAC": the English's own short form of a name
            if no_name(names):
                continue  # "The" of "The Netherlands"
            if names and not all(map(accounted, names)):
                end = text.find(names[-1], begin) + len(names[-1])
                if speaker_added(occ, None, end, text):
                    continue  # "..., Budi said" for ``Dia menuturkan``
                if the_term_itself(occ.match.entry, " ".join(names), text, end):
                    continue  # "Economic Coordinating Ministry senior adviser"
                yield " ".join(names)  # "Financial Supervisory Board" though "Financial" renders
            elif shortened_inside(names, occ.match.entry):
                yield " ".join(names)


def _near(run: re.Match[str], where: float, length: int) -> bool:
    """Whether some word of a run of capitalised words (``unknown_names``) may start within
    ``_NAME_DRIFT`` of the term's place (``where``, a share of the text's ``length``): a
    run wholly before or after that is not split into names."""
    return (
        run.start() / length - where <= _NAME_DRIFT
        and where - (run.end() - 1) / length <= _NAME_DRIFT
    )


def _name_groups(
    run: re.Match[str], taken: Sequence[tuple[int, int]]
) -> list[tuple[int, list[str]]]:
    """The words of a run of capitalised words that may name something, in groups that the
    renderings of the segment's terms (``taken``) separate: "Basuki" of "Governor Basuki",
    where "Governor" renders ``Gubernur``; "Cimahi City" and "Anhar Hadian" of "Head of the
    Cimahi City Health Agency Anhar Hadian", each with where its first word stands. A
    group opening the run may open with a sentence's capital ("The", "He")."""
    text, start = run.string, run.start()
    groups: list[list[tuple[int, str]]] = [[]]
    for w in re.finditer(r"\S+", run.group()):
        at, end = start + w.start(), start + w.end()
        if any(a <= at < b for a, b in taken):
            groups.append([])
        elif w.group().casefold() not in _CALENDAR and _name_word(w.group(), text[end : end + 1]):
            groups[-1].append((at, _without_possessive(w.group())))
    return [(group[0][0], [word for _, word in group]) for group in groups if group]


def _name_word(word: str, after: str) -> bool:
    """Whether a capitalised word may be a word of a name: no digit, not the pronoun "I",
    not a currency's prefix (``after``: what follows it; "S" of "S$", "HK" of "HK$");
    not "Rp504"."""
    return word != "I" and not any(c.isdigit() for c in word) and not after.startswith(_CURRENCY)


_CURRENCY = ("$", "\u20ac", "\u00a3", "\u00a5")


def _known(glossaries: Sequence[EnglishTerms], name: str) -> bool:
    """Whether ``name`` is wholly some entry's English ("Indonesian"): judged as such, it
    is no unknown name."""
    return any(span == (0, len(name)) for g in glossaries for _e, span in g.find(name))
