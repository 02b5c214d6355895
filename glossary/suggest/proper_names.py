"""The names backend: known exonyms back to English, acronyms with their expansion, names kept."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from glossary.lexicon import (
    ACRONYMS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PLACES,
    SHORT_FORMS,
    display_case,
)
from glossary.morphology import root_words
from glossary.store import Entry
from glossary.suggest.core import (
    _SPLIT_RE,
    Settings,
    Suggestion,
    _progress,
    looks_like_acronym,
    short_forms_written_out,
)

if TYPE_CHECKING:
    from glossary.suggest.aligned_text import ParallelCorpus

NAME_KINDS = ("person", "place", "organisation", "event", "name")


@cache
def exonyms() -> dict[str, tuple[str, list[str]]]:
    """Indonesian name (lower case) -> (English name, other English renderings).

    Read from ``data/exonyms.tsv``: countries, regions, seas, cities, international
    and Indonesian institutions whose English name differs from the Indonesian one.
    """
    table = {}
    text = resources.files("glossary").joinpath("data", "exonyms.tsv").read_text(encoding="utf-8")
    for row in csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row and not row[0].startswith("#"):
            others = [o for o in row[2].split("|") if o] if len(row) > 2 else []
            table[_name_key(row[0])] = (row[1], others)
    return table


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


def _indonesian_words(name: str) -> bool:
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


def _affixed_words(entry: Entry) -> bool:
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


def _name_parts(name: str) -> tuple[str, ...]:
    """The first and last word of a person's name, which news English uses alone after the
    first mention ("Basuki T Purnama" is then "Basuki"; "Dien Emmawati" "Emmawati"); not a
    word that is also a common English or Indonesian word (David, Mark, Terminal)."""
    from wordfreq import zipf_frequency

    words = name.split()
    if len(words) < 2:
        return ()
    return tuple(
        dict.fromkeys(
            w
            for w in (words[0], words[-1])
            if len(w) > 2
            and "-" not in w  # Jong-un of Kim Jong-un is half a given name, never alone
            and w[:1].isupper()
            and w[1:].islower()
            and zipf_frequency(w, "en") < 5.0
            and not _indonesian_words(w)
        )
    )


def names(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions for names: known exonyms, acronyms with their expansion, names as written.

    With parallel text, its English says which terms it writes as they stand (see
    ``_english_use``) and in which order English puts a name's words (``Muslim Shia``:
    "Shia Muslim")."""
    from glossary.suggest.aligned_text import load_corpus

    corpus = load_corpus(settings) if settings.parallel or settings.memories else None
    lines = corpus.occurrences(entries) if corpus else [[] for _ in entries]
    phrases = sum(1 for e in entries if " " in e.term.strip() and _written_in_english(e.term))
    english_text = phrases >= ENGLISH_PHRASES
    translated = [  # acronyms English translates, not those it knows by name (IMF)
        e.term
        for e in entries
        if _translated_expansion(expansion := _acronym_expansion(e) or "")
        and not {_name_key(e.term), _name_key(expansion)} & exonyms().keys()
    ]
    results = []
    for n, (entry, found) in enumerate(zip(entries, lines, strict=True), 1):
        _progress(settings, "names", n, len(entries))
        suggestions = _names_one(entry, corpus, found, english_text, translated)
        results.append(_in_english_order(suggestions, entry.term, corpus))
    return results


def _names_one(
    entry: Entry,
    corpus: ParallelCorpus | None = None,
    lines: Sequence[int] = (),
    english_text: bool = True,
    translated: Sequence[str] = (),
) -> list[Suggestion]:
    table = exonyms()
    acronym_expansion = _acronym_expansion(entry)
    acronym = acronym_expansion is not None
    expansion = acronym_expansion or entry.expansion
    expanded = f"; expansion: {expansion}" if expansion else ""
    for form in entry.forms:
        if _name_key(form) in table:
            english, others = table[_name_key(form)]
            evidence = f"known English name of {form}{expanded}"
            return [Suggestion(english, "names", 0.95, evidence, tuple(others))] + [
                Suggestion(other, "names", 0.8, evidence) for other in others
            ]
    classified = _classified_place(entry, table) or _classified_name(entry, table)
    if classified is not None:
        return [classified]
    long_form = short_forms_written_out(entry.term)
    if long_form is not None and not _agency(entry.term):
        # Menlu, Pemprov, Depkeu: Indonesian words that English translates, no name it keeps
        if _name_key(long_form) not in table:
            return []  # the long form's English comes from the other backends (expansions)
        english, others = table[_name_key(long_form)]
        evidence = f"known English name of its long form {long_form}"
        return [Suggestion(english, "names", 0.9, evidence, tuple(others))]
    if acronym:
        # An acronym kept as written is how translators render it about a third of the
        # time (DKI, PU are expanded): any better-supported rendering should win.
        if _translated_expansion(expansion) or (not expansion and _extends(entry, translated)):
            evidence = f"acronym of Indonesian common words, kept as written{expanded}"
            kept = Suggestion(entry.term, "names", TRANSLATED_ACRONYM, evidence)
        else:  # an expansion in English is how English spells the acronym out (NPL)
            english_expansion = (expansion,) if _english_expansion(expansion) else ()
            evidence = f"acronym kept as written{expanded}"
            kept = Suggestion(entry.term, "names", 0.35, evidence, english_expansion)
        if _name_key(expansion) not in table:
            return [kept]
        english, others = table[_name_key(expansion)]
        evidence = f"English name of its expansion {expansion}"
        # The acronym among the English renderings is one English writes too (IMF).
        return [Suggestion(english, "names", 0.85, evidence, tuple(others)), kept] + [
            Suggestion(other, "names", 0.7, evidence) for other in others if other != entry.term
        ]
    if _indonesian_joiner(entry.term):
        english = " ".join("and" if w == "dan" else w for w in entry.term.split())
        if (
            _indonesian_joiner(english)
            or _indonesian_words(english)
            or _affixed_words(entry)
            or _translated_word(english, table)
        ):
            return []  # other Indonesian words (Kementerian Energi dan Sumber Daya Mineral)
        evidence = "names joined by dan, and in English"
        return [Suggestion(english, "names", 0.6, evidence)]
    if entry.kind == "person":
        evidence = "a person's name keeps its form"
        return [Suggestion(entry.term, "names", 0.9, evidence, _name_parts(entry.term))]
    if _word_of_a_longer_name(entry):
        return []  # Call of Call of Duty
    if (
        entry.kind in NAME_KINDS
        and not _indonesian_words(entry.term)
        and not _affixed_words(entry)
        and not _translated_word(entry.term, table)
        and not _translated_acronym_in(entry.term, translated)
    ):
        evidence = "a name without Indonesian words keeps its form"
        return [Suggestion(entry.term, "names", 0.6, evidence)]
    if _written_in_english(entry.term):
        english_use = _english_use(entry.term, corpus, lines, english_text)
        if english_use is None:
            return []  # nothing says this text writes it as English: rob is a tidal flood
        evidence = "a term written in English keeps its form"
        return [Suggestion(entry.term, "names", round(0.6 * english_use, 2), evidence)]
    return []


def _indonesian_joiner(term: str) -> bool:
    """Whether a name of several words joins them with an Indonesian function word, which
    English translates (``England dan Wales``: "England and Wales"; ``Trinidad dan
    Tobago``), so that kept as written it would read as Indonesian."""
    from wordfreq import zipf_frequency

    return any(
        w in FUNCTION_WORDS
        and w not in FOREIGN_JOINERS
        and zipf_frequency(w, "id") > zipf_frequency(w, "en") + 1
        for w in term.split()[1:-1]
    )


def _agency(term: str) -> bool:
    """Whether the short forms of a term are agencies' (``badan``: Bappenas, Perum Bulog),
    which English news knows by their short forms, where a ministry's, department's or
    government's (Kemenkeu, Depkeu, Pemprov) is translated."""
    long_forms = [SHORT_FORMS.get(w) for w in term.lower().split()]
    return all(long.startswith("badan ") for long in long_forms if long)


# The small words that join the words of a name written in a European language.
NAME_JOINERS = ("of", "for", "and", "the", "de", "del", "van", "von")
# The small words of names in European and Arabic languages that Indonesian writes too.
FOREIGN_JOINERS = frozenset(
    {*NAME_JOINERS, "al", "bin", "binti", "da", "di", "du", "el", "la", "le"}
)


def _word_of_a_longer_name(entry: Entry) -> bool:
    """Whether a one-word name stands in its example joined by a small English or European
    word to another capitalised word, as a word of a longer name the miner split there
    (``Call`` and ``Duty`` of the game Call of Duty, ``America`` of Bank of America):
    kept as written alone, it would gloss a piece of that name."""
    if " " in entry.term or not entry.example:
        return False
    term, joiner = re.escape(entry.term), "|".join(NAME_JOINERS)
    capitalised = r"[A-Z][\w'-]*"
    pattern = (
        rf"(?<![\w-]){term} (?:{joiner}) {capitalised}|{capitalised} (?:{joiner}) {term}(?![\w-])"
    )
    return re.search(pattern, entry.example) is not None


def _translated_word(name: str, table: dict[str, tuple[str, list[str]]]) -> bool:
    """Whether a name of several words has one that the names table renders otherwise
    (``Muslimah Prancis``: Prancis is France; ``Meneg BUMN``: BUMN is a state-owned
    enterprise), so that kept as written it would read as Indonesian."""
    words = name.split()
    return len(words) > 1 and any(
        (w := _name_key(word)) in table and _name_key(table[w][0]) != w for word in words
    )


def _translated_acronym_in(name: str, translated: Sequence[str]) -> bool:
    """Whether a name of several words holds an acronym of Indonesian common words, which
    English translates, so that the name kept as written would read as Indonesian (``Bank
    DKI``: "DKI Bank" or "Jakarta's bank"; ``Pemprov DKI``: the Jakarta Provincial
    Government, DKI being Daerah Khusus Ibukota)."""
    words = name.split()
    return len(words) > 1 and any(
        w in translated
        or (
            looks_like_acronym(w)
            and w.lower() in ACRONYMS
            and _translated_expansion(display_case(w, ACRONYMS[w.lower()]))
        )
        for w in words
    )


# An acronym of Indonesian common words is kept as written by few translators (APBN is "state
# budget"): below the confidence a suggestion fills an entry at, unless the parallel text's
# English writes it.
TRANSLATED_ACRONYM = 0.05


def _acronym_expansion(entry: Entry) -> str | None:
    """An acronym's stated or known expansion ("" when neither); None for no acronym."""
    if not (
        entry.kind == "acronym"
        or (entry.kind in ("term", "name") and looks_like_acronym(entry.term))
    ):
        return None
    if entry.expansion or entry.term.lower() not in ACRONYMS:
        return entry.expansion
    return display_case(entry.term, ACRONYMS[entry.term.lower()])


def _extends(entry: Entry, acronyms: Sequence[str]) -> bool:
    """Whether an acronym is another one with a letter or more before or after it (the
    text's ``RAPBN`` and ``APBNP`` are APBN's draft and revision)."""
    letters = entry.term.replace("-", "")
    return any(
        len(other) >= MIN_KIN_LETTERS
        and len(letters) > len(other)
        and (letters.startswith(other) or letters.endswith(other))
        for other in acronyms
    )


MIN_KIN_LETTERS = 3


def _translated_expansion(expansion: str) -> bool:
    """Whether an acronym's expansion is Indonesian common words and names nothing, so
    English translates the acronym (``Anggaran Pendapatan dan Belanja Negara``: APBN is
    "state budget"), where it keeps an institution's (``Komisi Pemberantasan Korupsi``:
    KPK), a name's (``Bursa Efek Jakarta``: BEJ) and an English expansion's (``Non
    Performing Loan``: NPL)."""
    words = _SPLIT_RE.split(expansion.lower())
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return _indonesian_words(expansion) and (
        expansion.islower()  # the text writes it as common words: lembaga keuangan mikro
        or (words[0] not in ORGANISATION_WORDS and not any(w in PLACES for w in words + pairs))
    )


def _english_expansion(expansion: str) -> bool:
    """Whether an acronym's expansion is English words (``Non Performing Loan``, NPL), so
    that English writes it as it stands too."""
    return len(_SPLIT_RE.split(expansion.strip())) > 1 and _written_in_english(expansion)


def _english_use(
    term: str, corpus: ParallelCorpus | None, lines: Sequence[int], english_text: bool
) -> float | None:
    """How surely a term that is an English word is used as English here, or None when
    nothing says so. A name (capitalised) and several words (``buy back``, ``management
    fee``) are English-looking in themselves; one lower-case word is when the English of
    its aligned lines writes it too, in its case (``striker``; not ``giro``, which only
    ``Giro d'Italia`` has), when Indonesian seldom writes it at all (``birdie``), or when
    the text writes English phrases too (``english_text``: sports news with ``grand slam``
    and ``time trial``). A word Indonesian writes as often as English, in a text without
    English (``rob``, tidal flood, in flood news), is taken for Indonesian."""
    from wordfreq import zipf_frequency

    if not term.islower() or len(_SPLIT_RE.split(term.strip())) > 1:
        return 1.0
    if lines and corpus is not None:
        word = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
        used = sum(1 for n in lines if word.search(corpus.target[n]))
        if used or not english_text:
            return used / len(lines) if used else None
        return 0.5  # aligned lines of another sense (striker: "stickers") weigh less
    if english_text or zipf_frequency(term, "en") - zipf_frequency(term, "id") >= ENGLISH_ONLY_GAP:
        return 1.0
    return None


# A word this much more common in English than in Indonesian (on wordfreq's Zipf scale) is
# one Indonesian borrows as it stands, not an Indonesian word of the same letters; a text
# whose candidates have this many phrases written in English uses English words too.
ENGLISH_ONLY_GAP = 1.0
ENGLISH_PHRASES = 3


def _in_english_order(
    suggestions: list[Suggestion], term: str, corpus: ParallelCorpus | None
) -> list[Suggestion]:
    """A two-word name kept as written, in the order the parallel English writes its words
    (``Islam Sunni``: "Sunni Islam"), when it writes them the other way round more often."""
    from glossary.suggest.aligned_text import english_key

    words = term.split()
    if corpus is None or len(words) != 2 or not all(w[:1].isupper() for w in words):
        return suggestions
    keys = [english_key(w) for w in words]
    written = len(corpus.target_lines(" ".join(keys)))
    flipped = len(corpus.target_lines(" ".join(keys[::-1])))
    if flipped < 2 or flipped <= written:
        return suggestions
    english = " ".join(words[::-1])
    evidence = f"English writes {english} in {flipped} lines, {term} in {written}"
    return [
        replace(s, english=english, evidence=evidence) if s.english == term else s
        for s in suggestions
    ]


# A place named by what it is and then its name: English puts the name first for most
# (Sungai Citarum: Citarum River, Kabupaten Sragen: Sragen Regency, Terminal Kalideres:
# Kalideres Terminal) and last for lakes and mountains (Danau Toba: Lake Toba, Gunung
# Merapi: Mount Merapi).
PLACE_CLASSIFIERS = {
    "sungai": "{} River",
    "danau": "Lake {}",
    "gunung": "Mount {}",
    "selat": "{} Strait",
    "teluk": "{} Bay",
    "pulau": "{} Island",
    "kepulauan": "{} Islands",
    "kabupaten": "{} Regency",
    "provinsi": "{} Province",
    "kecamatan": "{} Subdistrict",
    "kelurahan": "{} Urban Village",
    "desa": "{} Village",
    "kali": "{} River",  # Javanese for a river: Kali Ciliwung is the Ciliwung River
    "terminal": "{} Terminal",  # a bus terminal: Terminal Kalideres
    "stasiun": "{} Station",
    "pelabuhan": "{} Port",
}

ADMINISTRATIVE = frozenset(("kabupaten", "provinsi", "kecamatan", "kelurahan", "desa"))


def _classified(term: str, classifiers: dict[str, str]) -> tuple[str, str, str] | None:
    """(classifier word, its English, the name) of a term that is a classifier word of
    ``classifiers`` before one to three capitalised words (``Kecamatan Palmerah``,
    ``Piala UEFA``); None otherwise."""
    head, _, rest = term.partition(" ")
    english = classifiers.get(head.lower())
    words = rest.split()
    if english is None or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    return head, english, rest


def _classified_place(entry: Entry, table: dict[str, tuple[str, list[str]]]) -> Suggestion | None:
    """``Kecamatan Palmerah`` -> "Palmerah Subdistrict", ``Provinsi Jawa Barat`` -> "West
    Java Province": a place word of PLACE_CLASSIFIERS before a name that English keeps as
    written, or an administrative one before a name it knows by another. Not when the rest
    has Indonesian words or numbers (``Pulau Seribu`` is the Thousand Islands)."""
    if entry.kind not in ("place", "name"):
        return None
    classified = _classified(entry.term, PLACE_CLASSIFIERS)
    if classified is None:
        return None
    head, pattern, rest = classified
    words = rest.split()
    if _name_key(rest) in table:
        if head.lower() not in ADMINISTRATIVE:
            return None  # Teluk Meksiko is the Gulf of Mexico, not "Mexico Bay"
        name = table[_name_key(rest)][0]
    elif _indonesian_words(rest) or any(
        w.lower() in FUNCTION_WORDS or w.lower() in NUMBER_WORDS for w in words
    ):
        return None
    else:
        name = rest
    evidence = f"a place named by what it is: {head.lower()} {pattern.format('X')}"
    return Suggestion(pattern.format(name), "names", 0.7, evidence)


# An event, building or document named by what it is and then its name: English puts the
# name first (Piala UEFA: UEFA Cup, Liga Champions: Champions League, Stadion Wembley:
# Wembley Stadium, Protokol Kyoto: Kyoto Protocol).
NAME_CLASSIFIERS = {
    "piala": "Cup",
    "liga": "League",
    "kejuaraan": "Championship",
    "turnamen": "Tournament",
    "stadion": "Stadium",
    "bandara": "Airport",
    "masjid": "Mosque",
    "istana": "Palace",
    "museum": "Museum",
    "protokol": "Protocol",
    "deklarasi": "Declaration",
    "konferensi": "Conference",
}


def _classified_name(entry: Entry, table: dict[str, tuple[str, list[str]]]) -> Suggestion | None:
    """``Piala UEFA`` -> "UEFA Cup", ``Piala Jerman`` -> "German Cup" (also "Germany Cup"): a
    word of NAME_CLASSIFIERS before a name English keeps as written, or a country or region
    it knows by another name with one adjective (not Inggris: British or English?). Not
    when the rest has Indonesian words (``Piala Raja`` is the King's Cup)."""
    if entry.kind not in NAME_KINDS or entry.kind == "person":
        return None
    classified = _classified(entry.term, NAME_CLASSIFIERS)
    if classified is None:
        return None
    head, kind, rest = classified
    words = rest.split()
    related: tuple[str, ...] = ()
    if _name_key(rest) in table:
        english, others = table[_name_key(rest)]
        if len(others) != 1:
            return None
        name, related = others[0], (f"{english} {kind}",)
    elif (
        _indonesian_words(rest)
        or _affixed_words(entry)
        or any(
            w.lower() in FUNCTION_WORDS or w.lower() in NUMBER_WORDS or _only_indonesian(w)
            for w in words
        )
    ):
        return None
    else:
        name = rest
    evidence = f"named by what it is: {head.lower()} X is X {kind}"
    return Suggestion(f"{name} {kind}", "names", 0.7, evidence, related)


# A word Indonesian writes this much and English this much less (Zipf scale) is an
# Indonesian word, whatever its root (sepakbola).
INDONESIAN_ZIPF = 3.0
INDONESIAN_GAP = 1.0


def _only_indonesian(word: str) -> bool:
    """Whether Indonesian writes a word and English hardly (``Sepakbola``; not ``UEFA``)."""
    from wordfreq import zipf_frequency

    indonesian = zipf_frequency(word.lower(), "id")
    return (
        indonesian >= INDONESIAN_ZIPF
        and indonesian - zipf_frequency(word.lower(), "en") > INDONESIAN_GAP
    )


def _written_in_english(term: str) -> bool:
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


def lower_case_words(entries: Sequence[Entry]) -> frozenset[str]:
    """The words the text writes in lower case, as far as its candidates show: their terms
    and example sentences (``produksi`` in "peningkatan produksi")."""
    words: set[str] = set()
    for entry in entries:
        for text in (entry.term, entry.example):
            words.update(w for w in re.findall(r"[\w-]+", text) if w.islower())
    return frozenset(words)


def common_senses_of_a_name(
    entry: Entry,
    suggestions: Sequence[Suggestion],
    lowered: frozenset[str],
    corpus: ParallelCorpus | None,
) -> list[Suggestion]:
    """The suggestions without a common word's lower-case sense where a one-word capitalised
    term is a name: neither the text's candidates nor the aligned Indonesian lines write it
    in lower case (``Ratna`` is no "jewel", ``Waskita`` no "clairvoyant"; ``Investasi`` in
    a heading is "investment", the text writes ``investasi`` too). A word the text
    capitalises alone in mid-sentence is a name whatever far texts write in lower case
    (``para ahli Maya``: the Maya, not "virtual" of ``dunia maya``). A proper sense stays
    (``Natal``: Christmas)."""
    term = entry.term
    if " " in term or not term[:1].isupper() or looks_like_acronym(term):
        return list(suggestions)
    word = term.lower()
    if word in lowered:
        return list(suggestions)
    if _alone_mid_sentence(term, entry.example):
        return [s for s in suggestions if not s.english[:1].islower()]
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    lines = corpus.source_lines(word) if corpus is not None else []
    if any(pattern.search(corpus.source[n]) for n in lines if corpus is not None):
        return list(suggestions)
    return [s for s in suggestions if not s.english[:1].islower()]


def _alone_mid_sentence(term: str, sentence: str) -> bool:
    """Whether the sentence capitalises ``term`` between two words in lower case, as a
    name stands (``para ahli Maya mengatakan``), not in a heading's run of capitals."""
    found = re.search(rf"(\S+) {re.escape(term)}(?: (\S+))?(?![\w-])", sentence)
    if not found:
        return False
    before, after = found.group(1), found.group(2) or ""
    return before.islower() and before[-1:].isalpha() and not after[:1].isupper()
