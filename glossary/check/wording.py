"""How a word of a segment's English stands, whatever the glossary says of it: a word of the
source misspelt or respelt ("Telcom" for ``Telkom``), initials alone ("BMRI"), a verb
("would force banks"). Such a word stands in no missing term's place."""

from __future__ import annotations

import difflib
import functools
import re

from glossary import regex_cache

_WORD = regex_cache.compile(r"[^\W\d_]+")


# Initials alone: a ticker or an acronym the glossary does not know.
INITIALS = regex_cache.compile(r"[A-Z]{2,6}")
# A name word this like a word of the source writes that word, misspelt or respelt.
_RESPELT = 0.8


def respelt(word: str, source: str) -> bool:
    """Whether a name word of the English writes a word of the source with a letter or two
    otherwise ("Telcom" for ``Telkom``, "Rofikog" for ``Rofikoh``, "Syaria" for
    ``Syariah``): the source's own name, misspelt, which stands in for no term. A word
    made longer is a derived form ("Indonesian Bank" for ``Bank Indonesia`` is another
    name)."""
    folded = word.casefold()
    if len(folded) < 4:
        return False
    return any(
        other[:1] == folded[:1]
        and abs(len(other) - len(folded)) <= 2
        and not folded.startswith(other)  # "Indonesian" is a derived form, no slip
        and difflib.SequenceMatcher(None, folded, other).ratio() >= _RESPELT
        for other in source_words(source.casefold())
    )


@functools.lru_cache(maxsize=64)
def source_words(folded: str) -> frozenset[str]:
    """The words of a folded source segment long enough to be respelt as a name."""
    return frozenset(w for w in _WORD.findall(folded) if len(w) >= 4)


# What a word ending a text may hold besides word characters: "Jl.", "leader's", "state-owned".
_WORD_SIGNS = frozenset(".'\u2019-")


def ends_with(pattern: re.Pattern[str], before: str) -> bool:
    """Whether ``pattern``, a word and the space ending a text (``...\\s+$``, the word of
    word characters and ``_WORD_SIGNS``: "including " of "including village"), ends
    ``before``: searched from where the last run of such characters before the space
    starts, which finds what a search of all of ``before`` finds (trying every place)."""
    at = len(before.rstrip())
    if at == len(before):
        return False  # no space at the end
    while at and (
        before[at - 1].isalnum() or before[at - 1] == "_" or before[at - 1] in _WORD_SIGNS
    ):
        at -= 1
    return pattern.search(before, at) is not None


# What makes the word after it a verb ("would force"), or the word before it
# one that takes an object ("signed the contract").
_VERB_BEFORE = regex_cache.compile(
    r"(?<![\w-])(?:would|will|can|could|may|might|must|should|shall|did|does|do)\s+$",
    re.IGNORECASE,
)
_OBJECT_AFTER = regex_cache.compile(r"\s+(?:the|a|an|its|their|his|her|them|it)\s", re.IGNORECASE)


def as_verb(written: str, start: int, text: str) -> bool:
    """Whether a general word stands as a verb, where no name can: after a modal verb
    ("would force banks", "can help exporters"), or in the past tense before its object
    ("signed the contract"; not "giving Spain an unbeatable lead")."""
    end = start + len(written)
    return bool(
        _VERB_BEFORE.search(text[max(0, start - 12) : start])
        or (written.endswith("ed") and _OBJECT_AFTER.match(text, end))
    )


# Where English writes a name and not a common noun: after a preposition with no determiner,
# or as a possessor with none ("the country's" has one, "leader's" has none).
_NAME_PREPOSITION = regex_cache.compile(
    r"(?<!\w)(?:in|of|to|at|from|for|with|by|on|including|between|than|like)\s+$", re.IGNORECASE
)
_DETERMINER = regex_cache.compile(
    r"(?<!\w)(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any|each|every|no"
    r"|such|another|other|all|both|many|several|most|whose|[\w-]+['\u2019]s?)\s+$",
    re.IGNORECASE,
)
_POSSESSOR = regex_cache.compile(r"['\u2019]s?(?!\w)")
# What may follow a name that a preposition governs: the end of a phrase or a function word,
# not a noun the word would modify ("in banking sector").
_PHRASE_END = regex_cache.compile(
    r"\s*(?:$|[,.;:)]|(?:in|on|at|of|to|for|with|by|and|or|but|is|was|were|are|has|had|have"
    r"|will|would|said|says|still|which|that|who)(?!\w))",
    re.IGNORECASE,
)


# Nouns English writes bare after a preposition in set phrases: "at home", "in office".
_SET_PHRASE_NOUNS = frozenset(
    "home office power court prison school work town board law time place part person charge"
    " stake question hand sale trial".split()
)


def in_name_slot(written: str, start: int, text: str) -> bool:
    """Whether a lower-case common noun of ``text`` (``written`` at ``start``) stands where
    English writes a name, with no determiner: a possessor ("leader's export
    competitiveness"), or after a preposition, singular, ending its phrase ("including
    village in the next three years", "the provincial capital of poor."): a name's place,
    not a condensed phrase's."""
    end = start + len(written)
    before = text[:start]
    if ends_with(_DETERMINER, before):
        return False
    if _POSSESSOR.match(text, end):
        return True
    return (
        not written.endswith("s")
        and written.casefold() not in _SET_PHRASE_NOUNS
        and ends_with(_NAME_PREPOSITION, before)
        and bool(_PHRASE_END.match(text, end))
    )
