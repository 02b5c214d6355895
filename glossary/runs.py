"""Which matches sit in a run of capitalised words that the gloss judge must look at.

Most capitalised matches need no judging: ``Presiden Joko Widodo`` is three matches (or
one) with no other capitalised word beside them. ``capital_runs`` is the screen that
finds the few that do, and the words of each such run (space- or hyphen-joined
capitalised words, not across a sentence's end or a function word: ``di Jakarta Senin``
stops at ``Senin``). ``glossary.gloss`` judges only those.

``python_capital_runs`` is the reference; ``glossary/_speedups.pyx`` has the same screen
compiled (``capital_runs``), chosen like the scan by ``$GLOSSARY_IMPLEMENTATION``
(``glossary.scan``): the screen looks at every capitalised match of a text, and in
Python it cost annotate three quarters of its speed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

from glossary import scan
from glossary.match import Match

# Words of a capitalised run, with initials (H.W., J.) and inner apostrophes.
_RUN_WORD = r"(?:(?:[A-Z]\.)+|[^\W\d_][\w'\u2019]*)"
_NEXT_WORD = re.compile(rf"([ -])({_RUN_WORD})")
_WHOLE_WORD = re.compile(_RUN_WORD)


def python_capital_runs(
    text: str,
    matches: Sequence[Match],
    breakers: Container[str],
    one_word_place: Callable[[Match], bool],
) -> tuple[list[int], list[int]]:
    """(the indices of the matches whose entry has senses, the runs to judge), the runs
    flat: the index of the match that starts one, its number of words, then each word's
    start and end. A run is listed only when it has more than one word and something
    there may be judged: a capitalised word beside its matches that no match covers, or
    two one-word places side by side (``AS Roma``; see ``_nothing_to_judge``).
    ``breakers`` are the lower-case words no run goes through; ``one_word_place`` says
    whether a match is a one-word place."""
    with_senses = [i for i, match in enumerate(matches) if match[3].senses]
    runs: list[int] = []
    done = -1
    for i, match in enumerate(matches):
        if not match[2][:1].isupper() or match[0] < done:
            continue
        covered = _nothing_to_judge(text, matches, i, one_word_place)
        if covered >= 0:
            done = covered
            continue
        words = _run(text, match[0], match[1], breakers)
        done = words[-1][1]
        if len(words) > 1:
            runs += (i, len(words), *(bound for word in words for bound in word))
    return with_senses, runs


def _nothing_to_judge(
    text: str, matches: Sequence[Match], i: int, one_word_place: Callable[[Match], bool]
) -> int:
    """The end of the run of capitalised matches joined to match ``i`` when no other
    word joins them and no two one-word places meet (Presiden Joko Widodo): nothing
    there to judge. -1 when the run must be looked at."""
    last = len(matches) - 1
    j = k = i
    while j > 0 and _joins(text, matches[j - 1], matches[j]):
        j -= 1
    while k < last and _joins(text, matches[k], matches[k + 1]):
        k += 1
    if _capital_before(text, matches[j][0]) or _capital_after(text, matches[k][1]):
        return -1
    for a in range(j, k):
        if one_word_place(matches[a]) and one_word_place(matches[a + 1]):
            return -1
    return matches[k][1]


def _joins(text: str, first: Match, second: Match) -> bool:
    """Whether two matches follow one another across one space or hyphen, the second
    capitalised."""
    return first[1] + 1 == second[0] and text[first[1]] in " -" and second[2][:1].isupper()


def _capital_after(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` after a space or a hyphen."""
    return end + 1 < len(text) and text[end] in " -" and text[end + 1].isupper()


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


CAPITAL_RUNS = {scan.PYTHON: python_capital_runs}  # by implementation, as ``scan.SCANS``
if scan.speedups is not None:
    CAPITAL_RUNS[scan.COMPILED] = scan.speedups.capital_runs
