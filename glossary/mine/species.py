"""Species names: a genus and its epithet are one term (Aedes aegypti, not aegypti alone).

A scientific name is written as a capitalised genus and a lowercase epithet; counting sees a
name run (Aedes) and a lowercase word (aegypti) apart. A word general Indonesian lacks that
follows one and the same capitalised word in every use is that genus's epithet.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary.mine.groups import Group, group_key
from glossary.morphology import general_frequency

# Lines of a word read to find the word before it in each use.
EPITHET_LINES = 20
# A genus or an epithet is rarer in general Indonesian (Nyamuk aegypti at a sentence's
# start names no genus).
GENUS_FREQUENCY = 1e-5


def join_epithets(
    terms: dict[str, Group], names: dict[str, Group], line: Callable[[int], str]
) -> None:
    """Give each species epithet among the one-word ``terms`` its genus, in place:
    ``aegypti`` becomes ``Aedes aegypti`` (``line``: the text of a reference). A genus
    the text writes only in one species name is no candidate of its own (Escherichia in
    Escherichia coli); one of several species is (Aedes: aegypti, albopictus)."""
    species: dict[str, list[int]] = {}  # genus: [uses in species names, species]
    for key in [k for k, g in terms.items() if g.words == 1]:
        group = terms[key]
        genus = _genus(key, group, line)
        if not genus:
            continue
        del terms[key]
        found = species.setdefault(genus, [0, 0])
        found[0] += group.occurrences.count
        found[1] += 1
        group.forms = {f"{genus} {form}": count for form, count in group.forms.items()}
        group.words = 2
        joined = group_key(f"{genus} {key}", name=False)
        if joined in terms:
            terms[joined].absorb(group)
        else:
            terms[joined] = group
    for genus, (uses, count) in species.items():
        key = group_key(genus, name=True)
        if count == 1 and key in names and names[key].occurrences.count <= uses:
            del names[key]


def _in_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` continues a word (a letter, a digit or a hyphen)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "-_")


def _genus(word: str, group: Group, line: Callable[[int], str]) -> str:
    """The capitalised word before every use of ``word``, or "" (a word of general
    Indonesian is no epithet; coli, 1 in 300,000 words, may be one)."""
    if general_frequency(word) >= GENUS_FREQUENCY or not word.isalpha():
        return ""
    genera = set()
    uses = 0
    for ref in group.occurrences.refs()[:EPITHET_LINES]:
        text = line(ref)
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not _in_word(text, at - 1) and not _in_word(text, end):
                before = text[:at].rsplit(None, 1)[-1:]
                genus = before[0].lstrip("(\"“‘'") if before else ""
                if not genus[:1].isupper():
                    return ""  # after a lowercase word, a number or nothing: no epithet
                genera.add(genus)
                uses += 1
                if len(genera) > 1:
                    return ""
            at = text.find(word, end)
    if uses < 2 or not genera:
        return ""
    genus = genera.pop()
    if not (genus.isalpha() and genus[0].isupper() and genus[1:].islower() and len(genus) > 2):
        return ""
    return genus if general_frequency(genus.lower()) < GENUS_FREQUENCY else ""
