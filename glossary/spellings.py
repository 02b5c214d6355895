"""How a glossary form compiles to the code strings ``glossary.scan`` looks for.

Every word and separator the glossary's forms use gets a one-character code
(``Alphabet``); each form becomes the code strings of every way it may be written
(``spellings``): as written or in any case, space or hyphen (``Kim Jong Un`` = ``Kim
Jong-un``), with a clitic (``sanksinya``), reduplicated (``sanksi-sanksi``), in the
capitals of a headline (``KOREA UTARA``). ``glossary.match`` builds its trie from them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from glossary import name_case, scan
from glossary.morphology import (
    CLITIC_ENDINGS,
    HYPHENS,
    MIN_STEM,
    NAME_CLITICS,
    clitic_lookalikes,
)
from glossary.store import Entry

_APOSTROPHES = str.maketrans("\u2019\u2018\u02bc`", "''''")
TRIM = re.compile(r"^\W+|\W+$")
SPACE, HYPHEN = " ", "-"  # what a white-space run and a lone hyphen between words count as
_MAX_LOOSE = 6  # joins in a case-sensitive form up to which each may be a case-changing hyphen


def separator(text: str) -> str:
    """What a run of non-word characters between two words counts as: one space for white
    space holding at most one line break, a hyphen for a lone hyphen, else itself with
    apostrophes unified (``Ma’ruf`` = ``Ma'ruf``)."""
    if text.isspace():
        return SPACE if text.count("\n") <= 1 else "\n\n"
    if len(text) == 1 and text in HYPHENS:
        return HYPHEN
    return text.translate(_APOSTROPHES)


def case_sensitive(entry: Entry, form: str) -> bool:
    """Whether a form matches only as written: ``Entry.case`` if set, else a form with a capital."""
    if entry.case in ("sensitive", "insensitive"):
        return entry.case == "sensitive"
    return any(ch.isupper() for ch in form)


# -- the code alphabet -----------------------------------------------------------------


class Separators(dict):
    """The codes a separator as written in a text may stand for (a hyphen: a hyphen, or a
    join like a space), None if none; learns the odd ones (two spaces, a curly
    apostrophe) on first sight, up to a bound."""

    def __missing__(self, text: str) -> tuple[str, ...] | None:
        codes = self.get(separator(text))
        if len(self) < 4096:
            self[text] = codes
        return codes


class Alphabet:
    """One-character codes for the words and separators of a glossary's forms.

    A text word may stand for up to three codes, tried in this order: its exact
    spelling, when a case-sensitive form uses it (``Barat``); its lower case as a word
    (``barat``); its lower case as another word with a clitic (``sanksinya``: one code
    per word for all its clitics). ``exact`` maps spellings to codes, ``lower`` lower
    case to (word code or None, clitic code or None).
    """

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.lower: dict[str, tuple[str | None, str | None]] = {}
        self.separators = Separators()
        self._next = 1
        self.add_separator(SPACE)
        # A hyphen joins like a space, or is the hyphen of a reduplication (read second,
        # so that a listed "protein protein" wins over protein doubled).
        self.separators[HYPHEN] = (self.space(), self._new())

    def _new(self) -> str:
        code = self._next
        self._next += 1 if code != 0xD7FF else 0x801  # no surrogates
        return chr(code)

    def space(self) -> str:
        return self.separators[SPACE][0]

    def hyphen(self) -> str:
        return self.separators[HYPHEN][1]

    def add_exact(self, word: str) -> str:
        if word not in self.exact:
            self.exact[word] = self._new()
        return self.exact[word]

    def add_word(self, word: str) -> str:
        """The code of a word in lower case."""
        code, inflected = self.lower.get(word, (None, None))
        if code is None:
            code = self._new()
            self.lower[word] = (code, inflected)
        return code

    def add_inflected(self, word: str, clitics: tuple[str, ...], sensitive: bool) -> None:
        """Codes for a last word with a clitic: one for the word in lower case with any of
        its clitics, and for a name, one for its -nya as written (Jakartanya)."""
        low = word.lower()
        code = self.inflected(low) or self._new()
        for clitic in clitics:
            real, _ = self.lower.get(low + clitic, (None, None))
            self.lower[low + clitic] = (real, code)
        if sensitive:
            self.add_exact(f"{word}nya")

    def inflected(self, low: str) -> str | None:
        """The code of a lower-case word with a clitic, if it has one."""
        for clitic in CLITIC_ENDINGS:
            found = self.lower.get(low + clitic)
            if found and found[1]:
                return found[1]
        return None

    def add_separator(self, text: str) -> str:
        if text not in self.separators:
            self.separators[text] = (self._new(),)
        return self.separators[text][0]

    def alternatives(self, text: str, any_case: bool) -> list[list[str]]:
        """The codes each part of a phrase may stand for; with ``any_case``, also the exact
        codes of every other spelling of its words (lookup's second try)."""
        parts = scan.WORDS.split(text)
        found: list[list[str]] = []
        for i, part in enumerate(parts):
            if not i % 2:
                found.append(list(self.separators[part] or ()))
                continue
            codes = list(scan.word_codes(part, self.exact, self.lower))
            if any_case:
                low = part.lower()
                codes += [self.exact[s] for s in self._spellings.get(low, ()) if s != part]
            found.append(codes)
        return found

    @functools.cached_property
    def _spellings(self) -> dict[str, list[str]]:
        """Lower case -> the case-sensitive spellings known; read once the alphabet is full."""
        spellings: dict[str, list[str]] = {}
        for word in self.exact:
            spellings.setdefault(word.lower(), []).append(word)
        return spellings


class Layout(NamedTuple):
    """A form split for compiling: its words, the separators between them, its rules."""

    number: int  # form number
    words: list[str]
    separators: list[str]  # as ``separator`` sees them, one fewer than the words
    sensitive: bool
    clitics: tuple[str, ...]  # clitics its last word may carry
    reduplicable: bool  # its first word may be doubled (sanksi-sanksi)
    lowered: list[list[bool]]  # which words stay as written in its lower-case readings
    rank: tuple  # among forms spelled alike: case-sensitive first, then forms as listed
    # (before closed compounds), then status, then entry


def split_form(
    number: int, index: int, entry: Entry, form: str, status_rank: int, closed: bool = False
) -> Layout | None:
    """Form number ``number`` of entry ``index`` split for compiling; None if it has no word."""
    parts = scan.WORDS.split(TRIM.sub("", form))
    words = parts[1::2]
    if not words:
        return None
    sensitive = case_sensitive(entry, form)
    last = words[-1].lower()
    clitics = () if len(last) < MIN_STEM else NAME_CLITICS if sensitive else CLITIC_ENDINGS
    lookalikes = clitic_lookalikes()
    first = words[0]
    separators = [separator(s) for s in parts[2:-1:2]]
    joined = all(s in (SPACE, HYPHEN) for s in separators)
    return Layout(
        number=number,
        words=words,
        separators=separators,
        sensitive=sensitive,
        clitics=tuple(c for c in clitics if last + c not in lookalikes),
        reduplicable=first.isalpha()
        and len(first) > 1
        and not form.isupper()
        and (len(words) == 1 or words[1].lower() != first.lower()),
        lowered=name_case.lowered(entry, words, joined) if sensitive and not closed else [],
        rank=(not sensitive, closed, status_rank, index),
    )


def alphabet_for(layouts: list[Layout]) -> Alphabet:
    """Codes for every word and separator that a spelling of the forms uses."""
    alphabet = Alphabet()
    for layout in layouts:
        for word in layout.words:
            alphabet.add_word(word.lower())
            if layout.sensitive:
                alphabet.add_exact(word)
                if len(layout.words) > 1:
                    alphabet.add_exact(word.upper())  # KOREA UTARA in a headline
        for sep in layout.separators:
            if sep not in (SPACE, HYPHEN):
                alphabet.add_separator(sep)
    for layout in layouts:
        if layout.clitics:
            alphabet.add_inflected(layout.words[-1], layout.clitics, layout.sensitive)
    return alphabet


def _interleave(words: Iterable[str | None], separators: Iterable[str]) -> str:
    """The code string of words and the separators before each ("" before the first)."""
    return "".join(f"{s}{w}" for s, w in zip(separators, words, strict=True))


def spellings(alphabet: Alphabet, layout: Layout) -> Iterator[tuple[str, tuple[int, int, int]]]:
    """The code strings a form may be written as, each with whether it is reduplicated,
    whether it ends with a clitic and whether it is a name in lower case (all rank it lower).

    A text hyphen also stands for a space, so a space in a spelling takes either; a
    spelling has a hyphen only where the hyphen matters: the reduplication, and before
    a word of a case-sensitive form that may change case there (Kim Jong-un)."""
    words, sensitive = layout.words, layout.sensitive
    space, hyphen = alphabet.space(), alphabet.hyphen()
    joins = [s in (SPACE, HYPHEN) for s in layout.separators]
    loosened: Iterable[tuple[bool, ...]] = [(False,) * len(joins)]
    if sensitive and 0 < sum(joins) <= _MAX_LOOSE:
        loosened = itertools.product((False, True), repeat=len(joins))
    readings = [
        (
            [""]
            + [
                hyphen if after else space if join else alphabet.separators[sep][0]
                for sep, join, after in zip(layout.separators, joins, loose, strict=True)
            ],
            [sensitive and not any_case for any_case in (False, *loose)],
            0,
        )
        for loose in loosened
    ]
    readings += [([""] + [space] * len(joins), kept, 1) for kept in layout.lowered]
    for separators, exact_words, lowered in readings:
        codes: list[str | None] = [
            alphabet.exact[word] if exact else alphabet.lower[word.lower()][0]
            for word, exact in zip(words, exact_words, strict=True)
        ]
        endings = [codes[-1]]
        if layout.clitics:
            last = words[-1]
            if exact_words[-1]:
                endings.append(alphabet.exact[f"{last}nya"])
            else:
                endings.append(alphabet.inflected(last.lower()))
        for inflected, ending in enumerate(endings):
            body = _interleave([*codes[:-1], ending], separators)
            yield body, (0, inflected, lowered)
            if layout.reduplicable and not lowered:
                yield f"{alphabet.lower[words[0].lower()][0]}{hyphen}{body}", (1, inflected, 0)
    if sensitive and len(words) > 1 and not all(w.isupper() for w in words):
        separators = [""] + [
            space if join else alphabet.separators[sep][0]
            for sep, join in zip(layout.separators, joins, strict=True)
        ]
        yield _interleave((alphabet.exact[w.upper()] for w in words), separators), (0, 0, 0)
