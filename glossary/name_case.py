"""Names written in lower case: how Indonesian news spells institutions, titles and terms.

The matcher's case rule keeps a capitalised form as written (``Barat`` = the West, not
``barat``). News writes many multiword names of institutions and programmes with only
the first word capitalised (``Dinas kesehatan``, ``Pelapor khusus PBB``) or, when they
are long, all in lower case (``komando daerah militer``, ``kartu tanda penduduk``); the
name is the same. ``lowered`` gives those readings for ``glossary.match`` to compile.
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
    """The lower-case readings of a capitalised name, each as which of its ``words`` stay
    as written: the first word capitalised and the rest lower (``Dinas kesehatan``), and,
    from three words, all of it lower (``komando daerah militer``); none for a name whose
    case the entry sets, a place's or a person's (``Batu Bara`` is not ``batu bara``), one
    word (``Bank`` is not ``bank``), or words not all ``joined`` by spaces or hyphens."""
    if (
        entry.case
        or entry.kind not in LOWERED_KINDS
        or len(words) < 2
        or not joined
        or not words[0][:1].isupper()
        or not lowerable(words[0])
        or all(w.islower() for w in words[1:])
    ):
        return []
    readings = [[True] + [not lowerable(w) for w in words[1:]]]
    if len(words) >= ALL_LOWER_FROM and all(map(lowerable, words)):
        readings.append([False] * len(words))
    return readings
