"""Groups: every form of one concept with its counts, and the key its variants share."""

from __future__ import annotations

import re
from array import array
from collections.abc import Mapping
from functools import lru_cache

from glossary import lexicon
from glossary.mine.counting import LINE_BITS
from glossary.morphology import SPACE_OR_HYPHEN, case_key, is_acronym

_DOCUMENT_OF = LINE_BITS.__rrshift__  # a line reference's document: ref >> LINE_BITS, at C speed


def top_key(counts: Mapping[str, int]) -> str:
    """The most frequent key (the first one seen, on a tie)."""
    if len(counts) == 1:  # most groups: one form, one kind
        return next(iter(counts))
    return max(counts, key=counts.__getitem__)


class Occurrences:
    """Count and line references of one surface form, gathered from several keys."""

    __slots__ = ("count", "parts")

    def __init__(self) -> None:
        self.count = 0
        self.parts: list = []

    def add(self, stats: list) -> None:
        self.count += stats[0]
        self.parts.append(stats[1])

    def merge(self, other: Occurrences) -> None:
        self.count += other.count
        self.parts.extend(other.parts)

    def refs(self) -> array:
        out: set[int] = set()
        for part in self.parts:
            if type(part) is int:
                out.add(part)
            else:
                out.update(part)
        return array("Q", sorted(out))

    def in_several_documents(self) -> bool:
        """Whether the lines are in more than one document; without ``documents``' set
        (each part's lines are in reading order, so its first and last say its range)."""
        first = -1
        for part in self.parts:
            if type(part) is int:
                low = high = part >> LINE_BITS
            else:
                low, high = part[0] >> LINE_BITS, part[-1] >> LINE_BITS
            if first < 0:
                first = low
            if low != first or high != first:
                return True
        return False

    def documents(self) -> int:
        out: set[int] = set()
        for part in self.parts:
            if type(part) is int:
                out.add(part >> LINE_BITS)
            else:
                out.update(map(_DOCUMENT_OF, part))
        return len(out)


class Group:
    """Every form of one concept, before it becomes a Candidate (counts per form and kind)."""

    __slots__ = (
        "forms",
        "occurrences",
        "kinds",
        "titled",
        "titles",
        "expansion",
        "termhood",
        "effective",
        "contained",
        "words",
        "full_name",
        "unit",
        "common",
    )

    def __init__(self, words: int = 1, effective: float = 0.0) -> None:
        self.forms: dict[str, int] = {}
        self.occurrences = Occurrences()
        self.kinds: dict[str, int] = {}
        self.titled: set[str] = set()
        self.titles: set[str] = set()  # titles seen before the name, lower case: presiden
        self.expansion = ""
        self.termhood = 0.0
        self.effective = effective
        self.contained = 0  # occurrences inside its most frequent longer term
        self.words = words
        self.full_name = ""
        self.unit = False  # a head noun of names, of the country's own (kecamatan)
        self.common = False  # a common word of the text's domain (pajak in economy news)

    def add(self, form: str, kind: str, stats: list) -> None:
        self.forms[form] = self.forms.get(form, 0) + stats[0]
        self.kinds[kind] = self.kinds.get(kind, 0) + stats[0]
        self.occurrences.add(stats)

    def absorb(self, other: Group) -> None:
        for form, count in other.forms.items():
            self.forms[form] = self.forms.get(form, 0) + count
        for kind, count in other.kinds.items():
            self.kinds[kind] = self.kinds.get(kind, 0) + count
        self.occurrences.merge(other.occurrences)
        self.titled |= other.titled
        self.titles |= other.titles
        self.expansion = self.expansion or other.expansion
        self.termhood = max(self.termhood, other.termhood)
        self.effective += other.effective
        self.contained += other.contained
        self.unit = self.unit or other.unit
        self.common = self.common or other.common


def count_where_acronyms_end_names(
    groups: dict[str, Group], inside: dict[str, list[list]], min_count: int
) -> None:
    """An acronym the text writes on its own (UEFA, 3 times) is counted also where it
    ends a longer name (Piala UEFA, 36 times): a translator needs UEFA however the text
    writes it, as kelurahan in Kelurahan Cawang. One never written alone stays part of its
    name, and a legal form opening one (PT in PT Antam) gains nothing."""
    for gkey, parts in inside.items():
        group = groups.get(gkey)
        if group is None or group.occurrences.count < min_count:
            continue
        if top_key(group.kinds) != "acronym":
            continue
        for stats in parts:
            group.occurrences.add(stats)


_KEYED_WORDS = frozenset(lexicon.SHORT_FORMS) | frozenset(lexicon.EXONYMS)
_KEY_DROP_RE = re.compile(r"[\s\-\u2010\u2011,.]+")


_KEY_PARTS = re.compile(r"([\s\-\u2010\u2011,.]+)")
_KEY_MARKS = frozenset(" -\u2010\u2011,.")  # what _KEY_PARTS splits at, but rarer spaces
_OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"))
# Transliterations of Arabic, Persian and Pashto names: Mahmoud/Mahmud, Afghanistan/
# Afganistan, Shabab/Syabab, Khartoum/Kartum.
_TRANSLITERATIONS = (
    ("ou", "u"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "sy"),
    ("ph", "f"),
)
_DOUBLE_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1")
_FOLDED_VOWELS = str.maketrans("eo", "iu")


@lru_cache(maxsize=100_000)
def fold_spelling(word: str) -> str:
    """One spelling for the ways news writes a name: old Indonesian spelling (Soeharto),
    transliterations (Mahmoud, Hezbollah → mahmud, hizbulah) and doubled consonants
    (Carroll). Vowels e/i and o/u fold only in long words: Hizbullah is Hezbollah, but
    Timor is not Timur."""
    for old, new in _OLD_SPELLINGS + _TRANSLITERATIONS:
        word = word.replace(old, new)
    word = _DOUBLE_CONSONANT.sub(r"\1", word)
    if len(word) >= 6:
        word = word.translate(_FOLDED_VOWELS)
    return word


@lru_cache(maxsize=200_000)
def group_key(form: str, name: bool) -> str:
    """The key that every variant of a form shares.

    Hyphens and spaces are ignored (kerja sama, kerjasama; Kim Jong-un, Kim Jong Un),
    short forms and initialisms become what they stand for (Korut, Menlu, AS), exonyms
    one name (Cina, Tiongkok → China), and in names spelling variants one spelling
    (Soeharto, Mahmoud, Hezbollah: see fold_spelling) and a company one name with its
    legal suffix or without (PT Bank Mega Tbk, PT Bank Mega).
    """
    plain = not name and form.replace(" ", "").isalpha()  # most terms: letters and spaces
    tokens = form.split(" ") if plain else SPACE_OR_HYPHEN.split(form)
    if not name and _KEYED_WORDS.isdisjoint(tokens):
        key = form.replace(" ", "") if plain else _KEY_DROP_RE.sub("", form)
        # English spelling beside the Indonesian one: hat-trick, hatrik; stock, stok.
        return _DOUBLE_CONSONANT.sub(r"\1", key.replace("ck", "k")) if "ck" in key else key
    parts: list[str] = []
    for token in tokens:
        if not token:
            continue
        lower = token.lower()
        if name and parts and lower in lexicon.LEGAL_SUFFIXES:
            continue  # PT Bank Mega Tbk is PT Bank Mega: the company, listed
        if is_acronym(token) and lower in lexicon.ACRONYMS:
            lower = lexicon.ACRONYMS[lower]
        elif lower in lexicon.SHORT_FORMS:
            lower = lexicon.SHORT_FORMS[lower]
        elif lower in lexicon.EXONYMS:
            lower = lexicon.EXONYMS[lower]
        elif is_acronym(token):  # PTT is not PT, nor RTH RT
            parts.append(case_key(token))
            continue
        if name:
            # A token has no space or hyphen (split at them); Jr. and a long form may.
            if not _KEY_MARKS.isdisjoint(lower):
                lower = "".join(
                    w if len(w) <= 3 else fold_spelling(w) for w in _KEY_PARTS.split(lower)
                )
            elif len(lower) > 3:
                lower = fold_spelling(lower)
        parts.append(lower)
    return _KEY_DROP_RE.sub("", "".join(parts))
