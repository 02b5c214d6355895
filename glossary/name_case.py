"""Names written in lower case: how Indonesian news spells institutions, titles and terms.

The matcher's case rule keeps a capitalised form as written (``Barat`` = the West, not
``barat``). News writes many multiword names of institutions and programmes with only
the first word capitalised (``Dinas kesehatan``, ``Pelapor khusus PBB``) or, when they
are long, all in lower case (``komando daerah militer``, ``kartu tanda penduduk``); the
name is the same; so is a name whose first word is lower case at a sentence's start
(``Dana BOS`` = ``dana BOS``). ``lowered`` gives those readings for ``glossary.match``.
"""

from __future__ import annotations

from glossary.store import Entry

LOWERED_KINDS = ("term", "organisation", "title", "event")  # not a place's or person's name
ALL_LOWER_FROM = 3  # words from which a name may be written all in lower case


def lowerable(word: str) -> bool:
    """Whether a word of a name may be written in lower case: a capitalised word or one in
    lower case already (``Kesehatan``, ``dan``), not an acronym or numeral (``PBB``, ``XVII``)."""
    return word.isalpha() and word[1:].islower()


def lowered(entry: Entry, words: list[str], joined: bool) -> list[list[bool]]:
    """The other-case readings of a name, each as which of its ``words`` stay as written.

    A name whose first word is in lower case takes that word in any case (``Dana BOS`` at
    a sentence's start is ``dana BOS``). A capitalised name of an institution, title,
    event or term may have the rest in lower case (``Dinas kesehatan``) and, from three
    words, all of it (``komando daerah militer``). None for a name whose case the entry
    sets, for one word (``Bank`` is not ``bank``), for a place's or a person's capitals
    (``Batu Bara`` is not ``batu bara``) or for words not all ``joined`` by spaces or hyphens.
    """
    if entry.case or len(words) < 2 or not joined:
        return []
    if words[0].islower():
        return [[False] + [True] * (len(words) - 1)]
    if (
        entry.kind not in LOWERED_KINDS
        or not lowerable(words[0])
        or all(w.islower() for w in words[1:])
    ):
        return []
    readings = [[True] + [not lowerable(w) for w in words[1:]]]
    if len(words) >= ALL_LOWER_FROM and all(map(lowerable, words)):
        readings.append([False] * len(words))
    return readings
