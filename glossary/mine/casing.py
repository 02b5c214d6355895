"""How the text capitalises each word: in lower case, capitalised mid-sentence, after an
administrative unit (Kabupaten Sumenep). Names, terms and links all read it."""

from __future__ import annotations

from collections import Counter

from glossary import lexicon
from glossary.mine.counting import BREAK_WORDS, HEADLINE, INITIAL, Tally
from glossary.morphology import (
    ROMAN_NUMERAL,
    affixed,
    agent_noun,
    case_key,
    general_frequencies,
    has_root,
    is_acronym,
    is_derived_noun,
    is_stative,
    is_verb,
    name_word,
    normalise_word,
    root_words,
)

# Administrative units: the words after them name a place (Kabupaten Sumenep), unlike
# those after Jalan, Stadion or Gedung, which are often people (Jalan Sudirman).
_REGION_WORDS = frozenset("kabupaten kota provinsi kecamatan kelurahan desa distrik".split())


class CaseStats:
    """How often each word is written in lower case and capitalised mid-sentence."""

    def __init__(self, tally: Tally) -> None:
        self.lower: Counter[str] = Counter()
        for key, stats in tally.ngrams.items():
            if " " not in key:
                self.lower[key] = max(0, stats[0] - tally.initials.get(key, 0))
        self.capital: Counter[str] = Counter()
        # What the text writes after an administrative unit (Kabupaten Sumenep, Kota
        # Palangka Raya): the place, and each of its words.
        self.regions: set[str] = set()
        for key, stats in tally.runs.items():
            if key.startswith(HEADLINE):
                continue  # title case is no evidence of a name
            words = key.split(" ")
            if key.startswith(INITIAL):
                words = words[1:]
            for n, word in enumerate(words):
                if name_word(word):
                    lower = case_key(word)
                    self.capital[lower] += stats[0]
                    if lower in _REGION_WORDS and n + 1 < len(words):
                        self.regions.add(" ".join(words[n + 1 :]))
                        self.regions.add(words[n + 1])
        self.words = tally.words
        self.names: dict[str, bool] = {}

    def is_common(self, word: str) -> bool:
        """Whether the text writes this word in lower case at least as often as capitalised."""
        lower = word.lower()
        low = self.lower.get(lower, 0)
        return low >= 1 and low >= self.capital.get(lower, 0)

    def capital_first(self, word: str) -> bool:
        """Whether a sentence-initial capitalised word is a name (not just the sentence start)."""
        lower = normalise_word(word.lower())  # Pasukan-pasukan is pasukan doubled
        if lower in BREAK_WORDS or is_verb(lower):
            return False
        if lower in lexicon.TITLES or lower in lexicon.PLACES:
            return True
        capital = self.capital.get(lower, 0)
        low = self.lower.get(lower, 0)
        if capital or low:
            return capital >= low and capital >= 1
        # A word the text writes nowhere else: a name unless Indonesian builds it as an
        # ordinary word (Pendiri Amazon Jeff Bezos: pendiri, pe(N)-diri, the founder).
        roots = root_words()
        return not (
            has_root(lower, roots)
            or affixed(lower, by_stemmer=False)
            or is_derived_noun(lower)
            or is_stative(lower)
            or general_frequencies().get(lower, 0.0) >= 3e-5
        )

    def name_like(self, word: str) -> bool:
        """A word that can be part of a person's name (not a place, title or common word)."""
        known = self.names.get(word)
        if known is None:
            known = self.names[word] = self._name_like(word)
        return known

    def _name_like(self, word: str) -> bool:
        if word in lexicon.NAME_PARTICLES:
            return True  # bin of Osama bin Laden, written in lower case inside the name
        lower = word.lower()
        halves = lower.split("-")
        return not (
            is_acronym(word)
            or not name_word(word)
            # Undang-Undang, Pasukan-pasukan: a doubled word is a plural or a common noun
            or (len(halves) == 2 and halves[0] == halves[1])
            or lower in lexicon.PLACES
            or lower in lexicon.TITLES
            or lower in lexicon.ORGANISATION_WORDS
            or lower in lexicon.PLACE_WORDS
            or lower in lexicon.EVENT_WORDS
            or lower in BREAK_WORDS
            or lower in lexicon.ADJECTIVES
            or lower in lexicon.COMPASS
            or ROMAN_NUMERAL.match(word)
            or is_derived_noun(lower)
            or agent_noun(lower)  # Penerbit Ufuk: the publisher, no one's given name
            or is_verb(lower)
            or is_stative(lower)
            or self.is_common(lower)
        )
