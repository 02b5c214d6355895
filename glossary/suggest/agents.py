"""English for a pe- agent noun FreeDict lacks, from the verb it is the doer of.

Indonesian makes the doer of an action with pe(N)- on the verb's root (``main``, play:
``pemain``, player; ``lari``, run: ``pelari``, runner; ``renang``, swim: ``perenang``,
swimmer). English makes most of them with -er on the verb. FreeDict, read in reverse, lists
the verbs but few of the doers, and every ``pemain ...`` phrase of a sports text failed
for want of ``pemain``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.suggest.aligned_text import ParallelCorpus

# The doer is proposed when English writes it at least this often (Zipf scale).
AGENT_ZIPF = 3.0
_AGENT_PREFIXES = ("peng", "peny", "pem", "pen", "per", "pe")


def agent_noun(word: str, reverse: Mapping[str, list[list]]) -> tuple[str, str] | None:
    """The English doer of a pe- noun and the Indonesian verb it comes from: the English of
    its meN- or ber- verb with -er, when English writes it (``pemain``: bermain "play" ->
    "player"); None otherwise, and for a bare root, which FreeDict lists in any sense
    (``pimpin`` "head": ``pemimpin`` is no "header")."""
    from glossary.morphology import stemmer
    from glossary.suggest.freedict import _english_zipf, _men_verb, _rank_dictionary

    if not (word.isalpha() and word.startswith(_AGENT_PREFIXES)) or word.endswith(("an", "nya")):
        return None
    root = stemmer().stem(word)
    if len(root) < 3 or root == word:
        return None
    for verb in (_men_verb(root), "ber" + root):
        rows = [r for r in reverse.get(verb, ()) if r[1] == "v" and " " not in r[0]]
        if rows:
            english = _rank_dictionary(rows, proper=False)[0][0].lower()
            doer = _doer(english)
            return (doer, verb) if _english_zipf(doer) >= AGENT_ZIPF else None
    return None


def _doer(verb: str) -> str:
    """The -er noun of an English verb: play -> player, dance -> dancer, run -> runner,
    swim -> swimmer (a short verb ending consonant-vowel-consonant doubles its last letter)."""
    if verb.endswith("e"):
        return verb + "r"
    vowels = "aeiou"
    if (
        len(verb) <= 4
        and verb[-1] not in vowels + "wxy"
        and verb[-2] in vowels
        and verb[-3] not in vowels
    ):
        return verb + verb[-1] + "er"
    return verb + "er"


def doer_of(word: str, reverse: Mapping[str, list[list]], corpus: ParallelCorpus | None) -> str:
    """The English doer of a pe- noun (``agent_noun``) that its aligned lines bear out, or ""."""
    doer = agent_noun(word, reverse)
    return doer[0] if doer and written_where_used(doer[0], word, corpus) else ""


def written_where_used(english: str, word: str, corpus: ParallelCorpus | None) -> bool:
    """Whether the aligned lines of ``word`` write ``english``, when there are enough of them
    to tell (UNUSED_LINES); a guess from the morphology needs that much."""
    from glossary.check import find_rendering
    from glossary.store import Entry

    if corpus is None:
        return True
    lines = corpus.source_lines(word)[:CHECKED_LINES]
    stand_in = Entry("-", english=english)
    return len(lines) < UNUSED_LINES or any(
        find_rendering(stand_in, corpus.target[n]) for n in lines
    )


# Lines of a word that must have been seen before its morphology's guess is checked on
# them, and how many are checked.
UNUSED_LINES = 5
CHECKED_LINES = 100
