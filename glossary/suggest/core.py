"""What every suggestion backend shares: the suggestion, the settings, the warning path."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from glossary.cache import cache_folder
from glossary.store import Entry


class SuggestWarning(UserWarning):
    """A backend that cannot run, or an online service that failed mid-run."""


def warn_with_warnings(message: str) -> None:
    """The default warning path: Python's ``warnings`` (the CLI prints them one line each)."""
    warnings.warn(message, SuggestWarning, stacklevel=2)


@dataclass(frozen=True)
class Suggestion:
    """One proposed English rendering, with the backend that proposed it and why."""

    english: str
    source: str
    confidence: float
    evidence: str = ""
    related: tuple[str, ...] = ()  # other forms of the same rendering: Israeli beside Israel
    # How many aligned lines write it, once re-scored on them (None: not counted).
    used_lines: int | None = field(default=None, compare=False)

    def label(self) -> str:
        """The form kept in the PO file: ``english (source, confidence)``, and the related
        forms after it: ``Israel (names, 0.95; also: Israeli)``."""
        also = f"; also: {', '.join(self.related)}" if self.related else ""
        return f"{self.english} ({self.source}, {self.confidence:.2f}{also})"


_LABEL_RE = re.compile(
    r"(?P<english>.*?)\s*\((?P<source>[^(),]*)(?:,\s*(?P<confidence>[\d.]+))?"
    r"(?:;\s*also:\s*(?P<related>[^()]*))?\)"
)


def parse_label(label: str) -> Suggestion:
    """The suggestion a PO label stands for (a label without the parenthesis: manual, 0)."""
    m = _LABEL_RE.fullmatch(label.strip())
    if not m:
        return Suggestion(label.strip(), "", 0.0)
    related = tuple(r.strip() for r in (m.group("related") or "").split(",") if r.strip())
    confidence = float(m.group("confidence") or 0)
    return Suggestion(m.group("english"), m.group("source").strip(), confidence, "", related)


@dataclass
class Settings:
    """What the backends need besides the entries; the CLI fills it from its options."""

    dict_path: Path | None = None
    parallel: Sequence[tuple[str, str]] = ()
    memories: Sequence[str] = ()  # translation memories: TMX, XLIFF, PO (what check reads)
    reference: Path | None = None  # a reviewed glossary (None: the shipped one)
    # How close each part of the aligned text is to the text curated (suggest.domain).
    domain: Sequence[float] = ()
    # English the run found for single words of the text, for composing its phrases
    # (kenaikan: "increase", so kenaikan harga is "price increase").
    senses: Mapping[str, str] = field(default_factory=dict)
    base_url: str | None = None
    timeout: float = 10.0
    connect_timeout: float = 2.0
    retries: int = 4
    backoff: float = 1.0
    cache_dir: Path = field(default_factory=cache_folder)
    warn: Callable[[str], None] = warn_with_warnings
    progress: Callable[[str, int, int], None] | None = None


class BackendUnavailable(Exception):
    """A backend cannot run at all here (not installed, offline, refused); the run goes on."""


class Backend(Protocol):
    def __call__(self, entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
        """Suggestions for each entry, best first (an empty list when there are none)."""
        ...


def _progress(settings: Settings, backend: str, done: int, total: int) -> None:
    if settings.progress:
        settings.progress(backend, done, total)


def _best_first(suggestions: Iterable[Suggestion], limit: int = 5) -> list[Suggestion]:
    """Highest confidence first, one suggestion per English string (case-insensitive)."""
    seen: set[str] = set()
    ranked: list[Suggestion] = []
    for s in sorted(suggestions, key=lambda s: -s.confidence):
        if s.english.lower() not in seen:
            seen.add(s.english.lower())
            ranked.append(s)
    return ranked[:limit]


_SPLIT_RE = re.compile(r"[\s\-]+")


def looks_like_acronym(term: str) -> bool:
    """PBB, KPK, PM: one word of 2-8 letters, at least two of them capitals."""
    letters = [c for c in term if c.isalpha()]
    return 2 <= len(letters) <= 8 and " " not in term and sum(c.isupper() for c in letters) >= 2


def short_forms_written_out(term: str) -> str | None:
    """The term with its Indonesian syllabic short forms written out (``Pemprov DKI`` ->
    Pemerintah Provinsi DKI, ``Menlu`` -> menteri luar negeri, capitalised as written);
    None when it has none."""
    from glossary.lexicon import SHORT_FORMS, display_case

    words = term.split()
    long_forms = [SHORT_FORMS.get(w.lower()) for w in words]
    if not any(long_forms):
        return None
    return " ".join(
        (display_case(w, long) if w[:1].isupper() else long) if long else w
        for w, long in zip(words, long_forms, strict=True)
    )


# British and American spellings of one word: centre/center, labour/labor,
# organisation/organization, analyse/analyze, catalogue/catalog.
_SPELLING_PAIRS = (
    ("tre", "ter"),
    ("our", "or"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("ogue", "og"),
    ("ence", "ense"),
)


def other_spellings(english: str) -> list[str]:
    """The rendering in the other English spelling, word by word, when that is a word
    English uses: translators of one text write ``centimeter``, of another ``centimetre``."""
    from wordfreq import zipf_frequency

    variants = []
    words = english.split()
    for i, word in enumerate(words):
        lower = word.lower()
        plural = "s" if lower.endswith("s") and not lower.endswith("ss") else ""
        singular = lower[: len(lower) - len(plural)]
        for one, other in _SPELLING_PAIRS:
            for ending, swapped in ((one, other), (other, one)):
                stem = singular[: -len(ending)]
                # centre/center, but not minister/ministre: -tre follows no s or t.
                if singular.endswith(ending) and len(stem) >= 2 and stem[-1:] not in "st":
                    candidate = stem + swapped + plural
                    if zipf_frequency(candidate, "en") >= 2.5:
                        spelled = candidate if word.islower() else candidate.capitalize()
                        variants.append(" ".join([*words[:i], spelled, *words[i + 1 :]]))
    return list(dict.fromkeys(v for v in variants if v.lower() != english.lower()))


# Singular endings whose plural English takes from Latin, Greek or Old English, each with
# the plural's ending: bacterium/bacteria, nucleus/nuclei, larva/larvae, phylum/phyla,
# phenomenon/phenomena, analysis/analyses, index/indices, chairman/chairmen, leaf/leaves.
_IRREGULAR_PLURALS = (
    ("um", "a", 3),
    ("us", "i", 3),
    ("a", "ae", 3),
    ("on", "a", 3),
    ("is", "es", 3),
    ("ex", "ices", 3),
    ("ix", "ices", 3),
    ("man", "men", 2),
    ("lf", "lves", 1),
    ("eaf", "eaves", 1),
    ("ife", "ives", 1),
)
# The plural is English's when it is this common at least (Zipf), and not much rarer than
# the singular (album is no "alba").
PLURAL_ZIPF = 2.0
PLURAL_GAP = 1.2


def irregular_plurals(english: str) -> list[str]:
    """A lower-case rendering with its last word in the plural English gives it where the
    plural takes no -s (``bakteri``: "bacterium", "bacteria"; ``larva``: "larvae"), when
    English writes that plural; [] otherwise (a regular plural is matched anyway)."""
    from wordfreq import zipf_frequency

    if not english.islower() or not english.replace(" ", "").isalpha():
        return []
    *before, last = english.split(" ")
    singular = zipf_frequency(last, "en")
    plurals = []
    for ending, plural_ending, least_stem in _IRREGULAR_PLURALS:
        stem = last[: -len(ending)]
        if last.endswith(ending) and len(stem) >= least_stem:
            plural = stem + plural_ending
            frequency = zipf_frequency(plural, "en")
            if frequency >= PLURAL_ZIPF and frequency >= singular - PLURAL_GAP:
                plurals.append(" ".join([*before, plural]))
    return plurals


# A lower-case word English never writes (Zipf below this) one letter away from a word it
# writes (this much at least) is a typo of that word.
TYPO_ZIPF = 1.0
TYPO_FIX_ZIPF = 2.0


def without_typos(english: str) -> str:
    """A rendering found in translations with each word that is a one-letter typo of a common
    English word spelled right (the aligned lines' ``subditrict head``: "subdistrict
    head"); names and words English writes stay as they are."""
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict("en")
    least, fixed = 10 ** (TYPO_ZIPF - 9), 10 ** (TYPO_FIX_ZIPF - 9)  # Zipf: log10 per 10^9
    words = english.split(" ")
    for i, word in enumerate(words):
        if not (word.isalpha() and word.islower()) or frequencies.get(word, 0.0) >= least:
            continue
        best = max(_one_letter_away(word), key=lambda w: frequencies.get(w, 0.0))
        if frequencies.get(best, 0.0) >= fixed:
            words[i] = best
    return " ".join(words)


def _one_letter_away(word: str) -> list[str]:
    """The spellings one letter dropped, added, changed or two swapped away from ``word``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return [
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in letters),
        *(a + c + b for a, b in splits for c in letters),
    ]


# Currencies English news writes as a symbol before the amount (US$400 million, €5).
CURRENCY_SYMBOLS = {"dollar": "$", "euro": "\u20ac", "pound": "\u00a3", "yen": "\u00a5"}


def currency_symbol(english: str) -> str | None:
    """The symbol of a rendering that names a currency (``dolar``: "dollar" is "$" in
    "US$400 million"), None for any other rendering."""
    words = english.lower().split()
    last = words[-1].removesuffix("s") if words else ""
    return CURRENCY_SYMBOLS.get(last) if len(words) <= 2 else None
