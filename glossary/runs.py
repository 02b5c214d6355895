"""Which matches sit in a run of capitalised words that the gloss judge must look at.

Most capitalised matches need no judging: ``Presiden Joko Widodo`` is three matches (or
one) with no other capitalised word beside them. ``capital_runs`` is the screen that
finds the few that do, and the words of each such run (space- or hyphen-joined
capitalised words, not across a sentence's end or a word of ``Lexicon.breakers``: ``di
Jakarta Senin`` stops at ``Senin``, ``Pasar Spot Antar Bank`` goes on). ``glossary.gloss``
judges only those.

``python_capital_runs`` is the reference; ``glossary/_speedups.pyx`` has the same screen
compiled (``capital_runs``), chosen like the scan by ``$GLOSSARY_IMPLEMENTATION``
(``glossary.scan``): the screen looks at every capitalised match of a text, and in
Python it cost annotate three quarters of its speed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Container, Sequence
from typing import Any, NamedTuple

from glossary import scan
from glossary.match import Match

# Words of a capitalised run, with initials (H.W., J.) and inner apostrophes.
_RUN_WORD = r"(?:(?:[A-Z]\.)+|[^\W\d_][\w'\u2019]*)"
_NEXT_WORD = re.compile(rf"([ -])({_RUN_WORD})")
_WHOLE_WORD = re.compile(_RUN_WORD)
_MID_SENTENCE = frozenset(",()/&")  # a capital after these is not a sentence's first


# The roles a match may play in a name the glossary does not know (``Lexicon.role``), bits:
# a one-word place (AS, Barat); a word of a name, no name in itself (a title, a term:
# Presiden, pertahanan); such a word that the glossary writes in lower case, so that a
# capital is the text's (pertahanan in Kementerian Pertahanan); a one-word place that
# is a compass word (Barat, Utara); an organisation or its acronym (BNI, PT), which a word
# only the text capitalises may continue (BNI Syariah, PT Mitra).
PLACE, WORD, CAPITALISED, COMPASS, ORGANISATION = 1, 2, 4, 8, 16
ROLES = (PLACE, WORD, CAPITALISED, COMPASS, ORGANISATION)


class Lexicon(NamedTuple):
    """What the screen needs beyond the text: the lower-case words no run goes through
    (``di Jakarta Senin`` stops at ``Senin``), the abbreviations after which a capital
    is mid-sentence (``Dr. Ali``), the role a match may play in a longer name (``ROLES``),
    whether the line
    holding an offset is a headline, the headline verdicts known, by line start, and the
    screen's own memory of the (entry, form) pairs it met (``TARGET_FLAGS``, made for
    the same implementation)."""

    breakers: Container[str]
    abbreviations: Container[str]
    role: Callable[[Match], int]
    headline: Callable[[int], bool]
    headings: dict[int, bool]
    targets: Any  # what the screen remembers of the (entry, form)s it met: TARGET_FLAGS
    memo: dict[tuple, Remembered]  # the verdicts of runs judged before, by ``Run.key``
    reused: int  # the text's evidence is the same within each stretch this long


class Remembered(NamedTuple):
    """A run's verdicts as the judge remembers them: (index among the run's matches,
    dropped (else partial)) of each, the text's evidence it asked for (word, offset
    from the run's start, answer), and where that evidence holds without asking
    again: within stretch ``bucket`` of the text (``Lexicon.reused`` long), for offsets
    ``low`` to ``high`` from the run's start (-1: ask again)."""

    verdicts: tuple[tuple[int, bool], ...]
    asked: tuple[tuple[str, int, tuple[bool, bool]], ...]
    bucket: int
    low: int
    high: int

    def holds(self, begin: int, reused: int) -> bool:
        """Whether the verdicts hold for the run at ``begin`` without asking the text."""
        return not self.asked or (
            (begin + self.low) // reused == self.bucket
            and (begin + self.high) // reused == self.bucket
        )


class Run(NamedTuple):
    """A run to judge: its matches are ``matches[first:last]``; ``key`` says all the run's
    verdicts depend on besides the text's evidence (its text, its matches as offsets in
    it, entries and forms, whether its capital is forced: a sentence's first, a
    headline); ``words`` are its words' starts and ends, flat."""

    first: int
    last: int
    key: tuple
    words: tuple[int, ...]


def python_capital_runs(
    text: str, matches: Sequence[Match], lexicon: Lexicon
) -> tuple[list[int], list[Run], list[int], list[int], list[int]]:
    """(the indices of the matches whose entry has senses, the runs to judge, the matches
    dropped and those partial by the verdicts remembered, the capitalised matches that end
    in -nya: ``Malangnya`` may be malang + -nya, "unfortunately"). A run is judged only when it
    has more than one word and something there may be judged: a capitalised word beside
    its matches that no match covers, or two matches side by side that may be one name
    (``AS Roma``, ``Kementerian Pertahanan``; see ``_nothing_to_judge``), or when ``dan`` and
    a capitalised word follow it (``and_capital``: its key then reaches over them); it is
    listed unless ``lexicon.memo`` has its verdicts and they hold there."""
    if any(not 0 <= m[0] < m[1] <= len(text) for m in matches):
        raise ValueError("matches must lie within the text")
    with_senses = [i for i, match in enumerate(matches) if _flags(lexicon.targets, match)[2]]
    clitics = [
        i
        for i, (start, end, *_) in enumerate(matches)
        if end - start > 3 and text[start].isupper() and text[end - 3 : end].lower() == "nya"
    ]
    runs: list[Run] = []
    dropped: list[int] = []
    partial: list[int] = []
    done = -1
    for i, match in enumerate(matches):
        if not text[match[0]].isupper() or match[0] < done:
            continue
        covered = _nothing_to_judge(text, matches, i, lexicon)
        if covered >= 0:
            done = covered
            continue
        words = _run(text, match[0], match[1], lexicon.breakers)
        done = words[-1][1]
        after_and = and_capital(text, done)  # the judge looks whether the name goes on
        if len(words) > 1 or after_and >= 0:
            begin, end = words[0][0], max(done, after_and)  # the key reaches over dan ...
            first, last = i, i + 1
            while first > 0 and matches[first - 1][1] > begin:
                first -= 1
            while last < len(matches) and matches[last][0] < end:
                last += 1
            layout = tuple(
                item
                for m in matches[first:last]
                for item in (m[0] - begin, m[1] - begin, id(m[3]), m[4])
            )
            head = min(begin, matches[first][0])  # a match may reach before the run
            initial = sentence_initial(text, head, lexicon.abbreviations)
            key = (text[begin:end], layout, initial, lexicon.headline(begin))
            remembered = lexicon.memo.get(key)
            if remembered is not None and remembered.holds(begin, lexicon.reused):
                for j, drop in remembered.verdicts:
                    (dropped if drop else partial).append(first + j)
            else:
                runs.append(Run(first, last, key, tuple(b for word in words for b in word)))
    return with_senses, runs, dropped, partial, clitics


def sentence_initial(text: str, start: int, abbreviations: Container[str]) -> bool:
    """Whether a word at ``start`` may be a sentence's first: after a line break, a full
    stop (not of an initial or an abbreviation: ``Dr. Ali``), ``!``, ``?``, a quote."""
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    last = before[-1]
    if last.isalnum() or last in _MID_SENTENCE:
        return False
    if last == ".":
        word = re.search(r"(\w+)\.$", before)  # an initial or an abbreviation: mid-sentence
        stem = word.group(1) if word else ""
        return not (len(stem) == 1 or stem.lower() in abbreviations)
    return True


def _flags(targets: dict, match: Match) -> list:
    """[entry, form, whether the entry has senses, the form's role (``ROLES``; None: not
    asked yet), its ``target_bits`` (None: not asked yet)] of a match, remembered in
    ``targets`` (both held)."""
    key = (id(match[3]), id(match[4]))
    if key not in targets:
        targets[key] = [match[3], match[4], bool(match[3].senses), None, None]
    return targets[key]


def _role(lexicon: Lexicon, match: Match) -> int:
    flags = _flags(lexicon.targets, match)
    if flags[3] is None:
        flags[3] = int(lexicon.role(match))
    return flags[3]


def one_name(first: int, second: int) -> bool:
    """Whether two matches side by side with these roles may be words of one name the
    glossary does not know: two one-word places (AS Roma), words of a name of which one
    only the text capitalises (Kementerian Pertahanan, Wakil Presiden), such a word
    after a place (Jakarta Utara, utara known) or an organisation (BNI Syariah) or before
    a compass word (Tepi Barat); not Presiden AS, Tentara Jepang."""
    if first & second & PLACE:
        return True
    if first & WORD and second & WORD:
        return bool((first | second) & CAPITALISED)
    if first & (PLACE | ORGANISATION):
        return bool(second & CAPITALISED)
    return bool(first & CAPITALISED and second & COMPASS)


def _nothing_to_judge(text: str, matches: Sequence[Match], i: int, lexicon: Lexicon) -> int:
    """The end of the run of capitalised matches joined to match ``i`` when no other
    word joins them and no two of them may be one name (``one_name``; Presiden Joko
    Widodo): nothing there to judge. -1 when the run must be looked at."""
    last = len(matches) - 1
    j = k = i
    while j > 0 and _joins(text, matches[j - 1], matches[j]):
        j -= 1
    while k < last and _joins(text, matches[k], matches[k + 1]):
        k += 1
    if _capital_before(text, matches[j][0]) or _capital_after(text, matches[k][1]):
        return -1
    if and_capital(text, matches[k][1]) >= 0:  # Menteri Lingkungan Hidup dan Kehutanan
        return -1
    for a in range(j, k):
        if one_name(_role(lexicon, matches[a]), _role(lexicon, matches[a + 1])):
            return -1
    return matches[k][1]


def _joins(text: str, first: Match, second: Match) -> bool:
    """Whether two matches follow one another across one space or hyphen, the second
    capitalised."""
    return first[1] + 1 == second[0] and text[first[1]] in " -" and text[second[0]].isupper()


def _capital_after(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` after a space or a hyphen."""
    return end + 1 < len(text) and text[end] in " -" and text[end + 1].isupper()


def and_capital(text: str, end: int) -> int:
    """The end of the capitalised word after `` dan `` at ``end``, -1 if there is none:
    ``Menteri Lingkungan Hidup dan Kehutanan`` may be one name (the judge says)."""
    at = end + 5
    if at >= len(text) or text[end:at] != " dan " or not text[at].isupper():
        return -1
    found = _WHOLE_WORD.match(text, at)
    return found.end() if found else -1


def _capital_before(text: str, start: int) -> bool:
    """Whether a capitalised word ends at ``start`` before a space or a hyphen."""
    if start < 2 or text[start - 1] not in " -" or text[start - 2].isspace():
        return False
    word_start = _word_start(text, start - 1)
    return word_start >= 0 and text[word_start].isupper()


def _word_start(text: str, end: int) -> int:
    """Where the word that ends at ``end`` starts, after a space, hyphen or line break
    (-1 for one longer than 60 characters)."""
    lo = max(0, end - 61)
    start = max(text.rfind(" ", lo, end), text.rfind("-", lo, end), text.rfind("\n", lo, end))
    return start + 1 if start >= 0 or lo == 0 else -1


def _run(text: str, start: int, end: int, breakers: Container[str]) -> list[tuple[int, int]]:
    """(start, end) of each word of the run of capitalised words around ``text[start:end]``
    (space- or hyphen-joined, not across a sentence's end), the span's own included."""
    words: list[tuple[int, int]] = []
    pos = start
    while pos >= 2 and text[pos - 1] in " -" and not text[pos - 2].isspace():
        word_start = _word_start(text, pos - 1)
        word = text[word_start : pos - 1]
        if word_start < 0 or not _WHOLE_WORD.fullmatch(word) or not _run_word(word, breakers):
            break
        words.append((word_start, pos - 1))
        pos = word_start
    words.reverse()
    words.append((start, end))
    pos = end
    while True:
        found = _NEXT_WORD.match(text, pos)
        if not found or not _run_word(found.group(2), breakers):
            break
        words.append(found.span(2))
        pos = found.end(2)
    return words


def _run_word(word: str, breakers: Container[str]) -> bool:
    return word[0].isupper() and word.lower().rstrip(".") not in breakers


# Bits of a match's surface that ``target_bits`` adds to those of its (entry, form), which
# stay below them: it starts in lower case and has a capital (``normalisasi Sungai``); it is
# all capitals (``AI``, ``BPS``).
SURFACE_MIXED, SURFACE_UPPER = 64, 128


def python_target_bits(
    matches: Sequence[Match], targets: dict, bits_of: Callable[[Match], int]
) -> bytes:
    """A byte per match: ``bits_of`` its (entry, form), asked once per pair and remembered
    in ``targets`` (a ``TARGET_FLAGS`` memory, always asked with the same ``bits_of``),
    with ``SURFACE_MIXED`` and ``SURFACE_UPPER`` as its surface is. What the judge and the
    composers ask of every match of a batch, without reaching into each entry (``Jakarta``,
    place: the same bits wherever it matches)."""
    out = bytearray(len(matches))
    for i, match in enumerate(matches):
        flags = _flags(targets, match)
        if flags[4] is None:
            value = int(bits_of(match))
            if not 0 <= value < SURFACE_MIXED:
                raise ValueError("bits_of must give bits below runs.SURFACE_MIXED")
            flags[4] = value
        surface = match[2]
        mixed = surface[:1].islower() and not surface.islower()
        out[i] = flags[4] | SURFACE_MIXED * mixed | SURFACE_UPPER * surface.isupper()
    return bytes(out)


def target_bits(
    matches: Sequence[Match], targets: dict[str, Any], bits_of: Callable[[Match], int]
) -> bytes:
    """``TARGET_BITS`` of the implementation in force (``scan.IMPLEMENTATION``), its memory
    kept in ``targets`` by implementation (made on first use)."""
    implementation = scan.IMPLEMENTATION
    memory = targets.get(implementation)
    if memory is None:
        memory = targets[implementation] = TARGET_FLAGS[implementation]()
    return TARGET_BITS[implementation](matches, memory, bits_of)


@functools.cache
def _having_table(wanted: int) -> bytes:
    return bytes(b & wanted == wanted for b in range(256))


def having(bits: bytes, wanted: int) -> list[int]:
    """The indices of the bytes of ``bits`` (``target_bits``) with every bit of ``wanted``
    set, found at C speed."""
    return list(itertools.compress(range(len(bits)), bits.translate(_having_table(wanted))))


# By implementation, as ``scan.SCANS``: the screen, and the memory of targets it keeps.
CAPITAL_RUNS: dict[str, Callable] = {scan.PYTHON: python_capital_runs}
TARGET_FLAGS: dict[str, Callable[[], Any]] = {scan.PYTHON: dict}
TARGET_BITS: dict[str, Callable[..., bytes]] = {scan.PYTHON: python_target_bits}
if scan.speedups is not None:
    TARGET_BITS[scan.COMPILED] = scan.speedups.target_bits
    CAPITAL_RUNS[scan.COMPILED] = scan.speedups.capital_runs
    TARGET_FLAGS[scan.COMPILED] = scan.speedups.TargetFlags
