"""Whether a name's words are Indonesian or English: Indonesian roots and affixes (``Natal``,
``Pertandingan``) are translated, English words (``management fee``) kept as written."""

from __future__ import annotations

from glossary.lexicon import FUNCTION_WORDS
from glossary.morphology import root_words
from glossary.store import Entry
from glossary.suggest.core import _SPLIT_RE


def indonesian_words(name: str) -> bool:
    """Whether a name has Indonesian common words (Kantor Berita Pusat Korea, Natal), so it
    is translated rather than kept (Human Rights Watch, Samsung, Jakarta, Jokowi).

    A word is Indonesian when it is one of Sastrawi's root words and rare in English
    (``bank`` and ``human`` are both); word frequency alone would take the names that
    Indonesian text mentions often (Jokowi, Monas) for common words.
    """
    from wordfreq import zipf_frequency

    return any(
        w in root_words() and zipf_frequency(w, "en") < 4.0
        for w in _SPLIT_RE.split(name.lower())
        if len(w) > 2 and w not in FUNCTION_WORDS
    )


_NOUN_PREFIXES = ("peng", "peny", "pem", "pen", "per", "pe", "ke")
_STATIVE_PREFIXES = ("ber", "ter")
# The first letter of a root that peN- replaces by its nasal (perintah: pemerintah).
_NASAL_LOST = {"pem": "p", "pen": "t", "peng": "k", "peny": "s"}
# A pe-/ke-...-an word this common in Indonesian is the everyday noun, not a place named so
# (Pekalongan); a root this long is not a chance of spelling (Berlin is no ber- + lin).
AFFIXED_ZIPF = 4.0
MIN_ROOT = 4


def affixed_words(entry: Entry) -> bool:
    """Whether a name other than a place's has a word with Indonesian affixes (a place may
    be named so: Pekalongan)."""
    return entry.kind != "place" and any(_affixed(w) for w in _SPLIT_RE.split(entry.term.lower()))


def _affixed(word: str) -> bool:
    """Whether a word is an Indonesian root with Indonesian affixes, so no name's own word:
    a ber-/ter- word (``Australia Terbuka``: the Australian Open), a pe- agent noun
    (``Perenang``: swimmer, ``Pemerintah``: perintah with its p made m) or a common
    pe-/ke-...-an noun (``Pertandingan``: match)."""
    from wordfreq import zipf_frequency

    roots = root_words()

    def root_after(prefixes: tuple[str, ...], end: int) -> bool:
        return any(
            word.startswith(p)
            and end - len(p) >= MIN_ROOT
            and (
                word[len(p) : end] in roots or _NASAL_LOST.get(p, "") + word[len(p) : end] in roots
            )
            for p in prefixes
        )

    if root_after(_STATIVE_PREFIXES + _NOUN_PREFIXES[:-1], len(word)):
        return True
    return (
        word.endswith("an")
        and zipf_frequency(word, "id") >= AFFIXED_ZIPF
        and root_after(_NOUN_PREFIXES, len(word) - 2)
    )


# A word Indonesian writes this much and English this much less (Zipf scale) is an
# Indonesian word, whatever its root (sepakbola).
INDONESIAN_ZIPF = 3.0
INDONESIAN_GAP = 1.0


def only_indonesian(word: str) -> bool:
    """Whether Indonesian writes a word and English hardly (``Sepakbola``; not ``UEFA``)."""
    from wordfreq import zipf_frequency

    indonesian = zipf_frequency(word.lower(), "id")
    return (
        indonesian >= INDONESIAN_ZIPF
        and indonesian - zipf_frequency(word.lower(), "en") > INDONESIAN_GAP
    )


def written_in_english(term: str) -> bool:
    """Whether a term is English as it stands (``management fee``, ``buy back`` in economic
    news, ``striker``, ``grand slam`` in sports news): every word common in English, about as
    common there as in Indonesian or more, and none that Indonesian derives with its own
    affixes (``air`` is water: perairan; ``main`` is play: pemain)."""
    from wordfreq import zipf_frequency

    from glossary.suggest.aligned_text import ENGLISH_STOPWORDS

    words = _SPLIT_RE.split(term.lower().strip())
    if not words or words[0] in ENGLISH_STOPWORDS or words[-1] in ENGLISH_STOPWORDS:
        return False
    return all(
        w.isalpha()
        and len(w) > 1
        and zipf_frequency(w, "en") >= 3.0
        and zipf_frequency(w, "en") >= zipf_frequency(w, "id") - 0.5
        and not _derived_in_indonesian(w)
        for w in words
    )


# Indonesian affixes that derive words from a root: a word they are often added to is
# an Indonesian word, whatever English writes the same (air: perairan, main: bermain).
_PREFIXES = ("ber", "me", "mem", "men", "meng", "meny", "di", "ter", "pe", "pem", "pen", "peng")
_CIRCUMFIXES = (
    ("di", "kan"),
    ("per", "an"),
    ("ke", "an"),
    ("pe", "an"),
    ("pem", "an"),
    ("pen", "an"),
    ("peng", "an"),
    ("", "kan"),
)
DERIVED_ZIPF = 3.0


def _derived_in_indonesian(word: str) -> bool:
    from wordfreq import zipf_frequency

    forms = [p + word for p in _PREFIXES] + [p + word + s for p, s in _CIRCUMFIXES]
    return any(zipf_frequency(form, "id") >= DERIVED_ZIPF for form in forms)
