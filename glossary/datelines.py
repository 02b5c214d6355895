"""The place of a news dateline written in capitals, for annotate (issue 14).

Indonesian news opens with its dateline in capitals: ``KAIRO, KOMPAS.com - ...``,
``MOSKOW (ANTARA) - ...``, ``DEN HAAG - ...``. The matcher matches a one-word name only as
the glossary writes it (``Kairo``): in capitals it could as well be an acronym (``PAN``,
``MA``). At a line's start, before the comma, bracket or dash of a dateline, the word is
the place the story was filed from, so there it is looked up as the name it is: ``KAIRO
[Cairo]``. Only places: a dateline names nothing else, and a headline in capitals whose
first word were a term (``BANJIR, WARGA MENGUNGSI``) is no dateline.
"""

from __future__ import annotations

import itertools
import re

from glossary.match import Match, Matcher

# A line's first words in capitals, four letters or more each (an acronym is shorter:
# PSG, BII), then the dateline's comma, bracket or dash, then text in lower case; sought
# only where a line starts with four capitals (a search for ``^`` tries every offset).
_LINE_OF_CAPITALS = re.compile(r"\n[ \t]*(?=[A-Z]{4})")
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z]{4,}(?: [A-Z]{2,})*)(?=(?:,| ?\(| [-\u2013\u2014]) ?[^\n]*?[a-z])"
)


def dateline_places(text: str, matcher: Matcher) -> list[Match]:
    """Matches of the places that datelines in capitals name (``MOSKOW`` = Moskow, Moscow),
    the surface as written, the form the glossary's; a place the glossary does not know, or
    one the matcher finds as written (``KOREA UTARA``), is not given."""
    found = []
    starts = itertools.chain((0,), (line.start() + 1 for line in _LINE_OF_CAPITALS.finditer(text)))
    for dateline in filter(None, (_DATELINE.match(text, at) for at in starts)):
        start, end = dateline.span("place")
        place = text[start:end]
        if any(m.start == 0 and m.end == len(place) for m in matcher.find(place)):
            continue  # found where it stands
        named = [m for m in matcher.find(place.title()) if m.start == 0 and m.end == len(place)]
        if named and named[0].entry.kind == "place":
            match = named[0]
            found.append(Match(start, end, place, match.entry, match.form, match.status))
    return found
