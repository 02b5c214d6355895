"""A body named by what it is in its own words, as news English writes it on first
mention: "the national disaster agency" for ``Badan Nasional Penanggulangan Bencana``
(National Disaster Mitigation Agency), "the meteorology agency" for ``BMKG``; and its
class noun before the title of its head, "agency chief Suharyanto" for ``Kepala BNPB
Suharyanto``."""

from __future__ import annotations

import functools
import re

from glossary import regex_cache
from glossary.check.derived import CHIEFS
from glossary.check.elision import _FUNCTION_WORDS
from glossary.check.mentions import CLASS_NOUNS, SPEAKER_NOUNS
from glossary.store import BODY_KINDS, Entry

# Who a body's class noun may describe before a name: "agency chief", "ministry spokesman".
_HEADS = frozenset({"chief", *CHIEFS, *SPEAKER_NOUNS})
_WORD = re.compile(r"[\w'\u2019]+(?:-[\w'\u2019]+)*")


def described_use(entry: Entry, text: str) -> tuple[str, re.Match[str]] | None:
    """The rendering of a body that ``text`` writes in lower case as "the" and words of
    that rendering in its order, ending with its class noun (``the national disaster
    agency`` of National Disaster Mitigation Agency: never "the regional disaster agency",
    whose "regional" the rendering lacks), or its class noun alone before the title of
    its head (``agency head Dwikorita``). In lower case it describes; capitalised it
    would be another name."""
    if entry.kind not in BODY_KINDS:
        return None
    for rendering in entry.renderings:
        words = [w.lower() for w in _WORD.findall(rendering)]
        if len(words) < 2 or words[-1] not in CLASS_NOUNS["organisation"]:
            continue
        describing = [w for w in words[:-1] if w not in _FUNCTION_WORDS]
        pattern = _described(words[-1], tuple(dict.fromkeys(describing)))
        for found in pattern.finditer(text):
            said = found.group("words").split()
            if said and said == [w for w in describing if w in said] and found.group("the"):
                return rendering, found
            if not said and (found.group("head") or "") in _HEADS:
                return rendering, found
    return None


@functools.lru_cache(maxsize=4096)
def _described(noun: str, describing: tuple[str, ...]) -> re.Pattern[str]:
    """ "the", up to three of ``describing`` in lower case, and ``noun`` (or its plural);
    or ``noun`` and the word after it; compiled once a run, as ``elision.whole_word``."""
    words = "|".join(re.escape(w) for w in describing) or r"(?!)"
    return regex_cache.compile(
        rf"(?<![\w-])(?:(?P<the>the)\s+)?(?P<words>(?:(?:{words})\s+){{0,3}})"
        rf"{re.escape(noun)}(?:e?s)?(?![\w-])(?=\s+(?P<head>[a-z][\w-]*))?(?!\s+(?:of|for)\b)"
    )
