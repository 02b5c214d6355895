"""Senses chosen by the neighbouring word (issue 14), for annotate, flashcards and check.

An entry's ``senses`` field lists renderings with the word before or after that selects
each: ``# senses: abroad after ke di`` (``ke luar negeri`` = abroad; elsewhere the
msgstr, ``kebijakan luar negeri`` = foreign policy). The word ``<number>`` stands for any
number written in digits (``number before ke <number> sembilan``: ``petenis peringkat 12``,
``peringkat ke-12`` = world number 12), ``<name>`` for any word written with a capital
(``ground before <name> tim``: ``menang di kandang Livorno`` = won at Livorno's ground, not
at home). ``rendering`` picks one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from glossary.match import Match
from glossary.store import Entry
from glossary.text import InputError

AFTER, BEFORE = "after", "before"
NUMBER = "<number>"  # a sense's word that any number in digits is
NAME = "<name>"  # ... that any word written with a capital is
_SENSE = re.compile(r"(?P<english>\S.*?)\s+(?P<where>after|before)\s+(?P<words>\S.*)")


class Sense(NamedTuple):
    """One rendering of an entry and the neighbouring word that selects it."""

    english: str
    where: str  # AFTER: the word before the term; BEFORE: the word after it
    words: frozenset[str]  # lower case; NUMBER for any number in digits, NAME for a capital

    def selected_by(self, word: str) -> bool:
        """Whether ``word`` (the neighbour as written) selects this sense."""
        if word.lower() in self.words:
            return True
        if word.isdigit():
            return NUMBER in self.words
        return word[:1].isupper() and NAME in self.words


def parse_sense(text: str) -> Sense:
    """``abroad after ke di dari`` -> Sense("abroad", "after", {"ke", "di", "dari"})."""
    found = _SENSE.fullmatch(text.strip())
    if not found:
        raise ValueError(f"sense {text!r} is not 'ENGLISH after|before WORD...'")
    words = frozenset(w.lower() for w in re.split(r"[\s,]+", found["words"]) if w)
    return Sense(found["english"].strip(), found["where"], words)


def senses(entry: Entry) -> tuple[Sense, ...]:
    """The entry's senses; InputError (one line) for one that is malformed or whose English
    is not an accepted rendering (check would then call the chosen sense a mismatch)."""
    parsed = []
    for text in entry.senses:
        try:
            sense = parse_sense(text)
        except ValueError as err:
            raise InputError(f"entry {entry.term!r}: {err}") from None
        if sense.english not in entry.renderings:
            raise InputError(
                f"entry {entry.term!r}: sense {sense.english!r} is neither its msgstr"
                " nor one of its alternatives"
            )
        parsed.append(sense)
    return tuple(parsed)


_WORD_BEFORE = re.compile(r"(\w+)[^\S\n]+\Z")
_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after ``text[start:end]`` on its line, as written ("" where
    punctuation or the line's edge comes first)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return (before.group(1) if before else "", after.group(1) if after else "")


def rendering(match: Match, text: str, choices: Sequence[Sense] | None = None) -> str:
    """The English for ``match`` in ``text``: the first sense whose word is its neighbour,
    else the msgstr. ``luar negeri`` in ``pergi ke luar negeri`` -> abroad."""
    choices = senses(match.entry) if choices is None else choices
    if choices:
        before, after = neighbours(text, match.start, match.end)
        for sense in choices:
            if sense.selected_by(before if sense.where == AFTER else after):
                return sense.english
    return match.entry.english
