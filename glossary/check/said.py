"""Whether the Indonesian source says a word: a glossary form written as it is, or by a root
inside an affixed word (``tumbuh`` of ``pertumbuhan``, ``pinjam`` of ``pinjaman``). What the
source says accounts for the English that translates it, so it stands in for no missing
term (``glossary.check.substitute``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable

from glossary import lexicon, regex_cache
from glossary.check.source import Occurrence
from glossary.store import Entry

_WORD = regex_cache.compile(r"[^\W\d_]+")


# Words of an entry's Indonesian this long or longer say the source has it (``pinjaman``
# in ``pinjamannya``); a source word this long inside one of them is its root (``tumbuh``
# of ``pertumbuhan``).
_TERM_WORD = 4


_ROOT_WORD = 5


def tokens(text: str) -> list[str]:
    """Lower-case words and signs: ``US dollar`` → us, dollar."""
    return re.findall(r"\w+|[^\w\s-]", text.casefold())


def rendering_words(entries: Iterable[Entry]) -> set[str]:
    """The words of the entries' renderings, folded: what the segment's own terms say."""
    return set().union(*(words_of(r) for e in entries for r in e.renderings))


@functools.lru_cache(maxsize=65536)
def words_of(rendering: str) -> frozenset[str]:
    """``tokens`` of one rendering, as a set: asked again for every term of every segment."""
    return frozenset(tokens(rendering))


def written_in(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` as a whole word: ``Sumatra`` in ``PT Bakrie Sumatra
    Plantations``, not ``Bank`` in ``Bankaltim``."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def accounted_for(other: Entry, source: str, own: Collection[str] = ()) -> bool:
    """Whether the source segment says ``other``'s Indonesian in some form: at least half
    the words of one of its forms, each as it is (``kredit`` in ``kreditnya``) or by a
    root inside it (``tumbuh`` of ``pertumbuhan``): "growth" there translates the source,
    it stands in for nothing. One word of a longer name is not enough: ``menteri`` does
    not say ``Menteri Luar Negeri Arab Saudi``. With a term's ``own`` words, half of the
    others (``tinggi`` of ``Menteri Pendidikan Tinggi`` beside ``menteri pendidikan``); a
    form that has no others is said."""
    folded = source.casefold()
    if not own:
        return any(said_in(form, folded) for form in other.forms)
    roots = _roots(folded)
    return any(_form_said(form, folded, roots, own) for form in other.forms)


@functools.lru_cache(maxsize=64)
def _roots(folded: str) -> frozenset[str]:
    """The words of a folded source segment long enough to be a root inside another word:
    every stand-in of a segment asks about the same source."""
    return frozenset(w for w in _WORD.findall(folded) if len(w) >= _ROOT_WORD)


@functools.lru_cache(maxsize=65536)
def _term_words(form: str) -> frozenset[str]:
    """The words of an entry's Indonesian form long enough to say the form, folded, but for
    function words: ``secara`` of ``secara tahunan`` (year on year) says nothing of it."""
    return frozenset(
        w.casefold()
        for w in _WORD.findall(form)
        if len(w) >= _TERM_WORD and w.casefold() not in lexicon.FUNCTION_WORDS
    )


def term_left_out(occ: Occurrence) -> str:
    """The source segment without ``occ``'s term: its own words account for nothing else
    (``menteri`` of ``Menteri Keuangan`` does not say ``Menteri Perdagangan``, so "Trade
    Minister Sri Mulyani" is a wrong title)."""
    source, start, end = occ.piece.text, occ.match.start, occ.match.end
    return source[:start] + " " * (end - start) + source[end:]


_PREFIXES = frozenset(
    "di ke se ber be ter per pe pen pem peng peny me men mem meng meny mempe memper diper keber"
    " keter kese".split()
)


_SUFFIXES = frozenset("an kan i nya annya kannya lah kah".split())


def _derived(root: str, word: str) -> bool:
    """Whether ``word`` is ``root`` with Indonesian affixes (``tumbuh`` of ``pertumbuhan``,
    ``pinjam`` of ``pinjaman``), not a word that merely holds its letters (``antar`` of
    ``antartika``)."""
    at = word.find(root)
    while at >= 0:
        before, after = word[:at], word[at + len(root) :]
        if (not before or before in _PREFIXES) and (not after or after in _SUFFIXES):
            return True
        at = word.find(root, at + 1)
    return False


@functools.lru_cache(maxsize=16384)
def said_in(form: str, folded: str) -> bool:
    """``_form_said`` without a term's own words, kept: each stand-in search of a segment
    asks again about the same source and the same entries."""
    return _form_said(form, folded, _roots(folded))


def _form_said(form: str, folded: str, roots: frozenset[str], own: Collection[str] = ()) -> bool:
    """Whether a source segment (``folded``, and its ``roots``) says half or more of the
    words of ``form`` that are not a term's ``own`` (``accounted_for``); a form with no
    others is said."""
    words = _term_words(form)
    if not words:  # "tim", "pos": said where the source writes the whole form
        return written_in(form.casefold(), folded)
    rest = words.difference(own)
    said = [
        w for w in rest if w in folded or any(root in w and _derived(root, w) for root in roots)
    ]
    return bool(rest or len(rest) < len(words)) and 2 * len(said) >= len(rest)
