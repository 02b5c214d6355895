"""Indonesian word rules shared by the miner and the matcher: clitics, hyphens,
reduplication, root words and the verb and noun shapes of derived words.

Written once so that mining and matching agree on what one word is: ``sanksi-sanksi`` is
``sanksi`` doubled, ``nuklirnya`` is ``nuklir`` with the clitic ``-nya``, but ``masalah``
is a root word that merely ends like ``-lah``.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import math
import re
from collections.abc import Callable, Container
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from glossary import lexicon
from glossary.cache import (
    all_of,
    private_folder,
    read_data,
    read_private,
    write_data,
    write_private,
)

# Hyphen, Unicode hyphen and non-breaking hyphen: all join the parts of one word.
HYPHENS = "-\u2010\u2011"
# White space or a hyphen between the parts of a form (Kim Jong-un, kerja sama).
SPACE_OR_HYPHEN = re.compile(r"[\s\-\u2010\u2011]+")
# The clitics a word may carry, one at a time (nuklirnya, siapakah, itulah, iapun).
CLITICS = ("nya", "lah", "kah", "pun")
# Every ending a clitic gives a word, chained ones too (rumahnyalah).
CLITIC_ENDINGS = CLITICS + ("nyalah", "nyakah", "nyapun")
# A name takes only -nya (Jakartanya): Abdullah is not Abdul + -lah.
NAME_CLITICS = ("nya",)
# The shortest stem a clitic is split from: "hanya" is not "ha" + -nya.
MIN_STEM = 3
ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")


@cache
def general_frequencies() -> dict[str, float]:
    """wordfreq's Indonesian word frequencies (general language, not news).

    Kept in the user cache (``wordfreq_cached``): importing wordfreq takes ten times as
    long as reading its 31,000 Indonesian words back, and every ``glossary mine`` needs
    them."""

    def build() -> dict[str, float]:
        import wordfreq

        return wordfreq.get_frequency_dict("id")

    return wordfreq_cached("id", "id.marshal", dict, build)


def general_frequency(word: str) -> float:
    """A word's frequency in general Indonesian (wordfreq), 0.0 when it is not listed.

    wordfreq splits words at hyphens, so a hyphenated word is as frequent as its spelling
    without the hyphen (e-mail: email) or, doubled, as its second half, which wordfreq
    counted at each of its uses (obat-obatan: obatan; sanksi-sanksi: sanksi)."""
    freqs = general_frequencies()
    found = freqs.get(word, 0.0)
    if found or "-" not in word:
        return found
    first, _, second = word.partition("-")
    if second.startswith(first) and "-" not in second:
        return freqs.get(second, 0.0)
    return freqs.get(word.replace("-", ""), 0.0)


def wordfreq_cached(language: str, name: str, kind: type, build: Callable[[], Any]) -> Any:
    """What ``build`` derives from wordfreq's list of ``language`` (a value of type ``kind``
    that marshal keeps), kept in the private cache folder as ``name`` beside the list's stamp and
    built again when wordfreq's data changes; built every time when the stamp cannot be
    found. Mining's Indonesian frequencies and check's common English words both come
    through here."""
    stamp = wordfreq_stamp(language)
    if stamp:
        saved = _read_stamped(name, stamp, kind)
        if saved is not None:
            return saved
    value = build()
    if stamp:
        _write_stamped(name, stamp, value)
    return value


def wordfreq_answer(language: str, name: str, key: str, answer: Callable[[], Any]) -> Any:
    """One answer derived from wordfreq's list of ``language`` (the zipf of a word it must
    tokenize: ``state-owned``), kept with the others asked before in the private cache
    file ``name`` beside the list's stamp: a check that asks about two such words need not
    import wordfreq. Asked every time when the stamp cannot be found."""
    stamp = wordfreq_stamp(language)
    if not stamp:
        return answer()
    answers = _answers(name, stamp)
    if key not in answers:
        answers[key] = answer()
        _write_stamped(name, stamp, answers)
    return answers[key]


@cache
def _answers(name: str, stamp: str) -> dict[str, Any]:
    """The answers kept in ``name`` for this stamp of wordfreq's list (``wordfreq_answer``)."""
    return _read_stamped(name, stamp, dict) or {}


def _read_stamped(name: str, stamp: str, kind: type) -> Any:
    """The value of type ``kind`` kept in the cache file ``name`` for this ``stamp``; None
    when there is none, it is stale or unreadable. Kept with marshal, not JSON: the 31,000
    Indonesian frequencies every ``glossary mine`` reads load five times as fast."""
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError, AttributeError):
        data = read_private(private_folder("wordfreq") / name)
        saved = marshal.loads(data) if data is not None else {}
        if saved.get("stamp") == stamp and isinstance(saved.get("value"), kind):
            return saved["value"]
    return None


def _write_stamped(name: str, stamp: str, value: Any) -> None:
    """Keep ``value`` in the cache file ``name`` beside ``stamp``; a cache that cannot be
    written is skipped."""
    with contextlib.suppress(OSError):
        payload = marshal.dumps({"stamp": stamp, "value": value})
        write_private(private_folder("wordfreq") / name, payload)


@lru_cache(maxsize=8)
def english_words(zipf: float, margin: float) -> frozenset[str]:
    """English words at least this common (``zipf``) and ``margin`` on the zipf scale rarer
    in Indonesian: English left in an Indonesian text (``year on year``; at 4.5 and 0.3,
    ``Park`` of Melbourne Park, ``Steel``), not a word both languages use (``bank``,
    ``data``) nor most people's names (``Fred``, ``Nelson``); kept in the user cache
    (``wordfreq_cached``: importing wordfreq's English list takes most of a second). Empty
    without wordfreq."""
    if not wordfreq_stamp("en"):
        return frozenset()

    def build() -> list[str]:
        import wordfreq

        indonesian = general_frequencies()
        common, ratio = 10.0 ** (zipf - 9), 10.0**margin
        return sorted(
            word
            for word, frequency in wordfreq.get_frequency_dict("en").items()
            if frequency >= common
            and word.isalpha()
            and indonesian.get(word, 0.0) * ratio < frequency
        )

    name = f"english-words-{zipf:g}-{margin:g}.marshal"
    return frozenset(wordfreq_cached("en", name, list, build))


def wordfreq_stamp(language: str) -> str:
    """Size and time of wordfreq's list of ``language`` (``id``, ``en``), found without
    importing wordfreq; empty when it cannot be found (then nothing is cached)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return ""
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    for name in (f"large_{language}.msgpack.gz", f"small_{language}.msgpack.gz"):
        with contextlib.suppress(OSError):
            info = (folder / name).stat()
            return f"{name}:{info.st_size}:{info.st_mtime_ns}"
    return ""


@cache
def root_words() -> frozenset[str]:
    """Indonesian root words (PySastrawi's dictionary): words that are not derived."""
    data = resources.files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt"
    return frozenset(data.read_text(encoding="utf-8").lower().split())


MIN_COMPOUND_PART = 3  # letters of each word a closed compound joins (not di atas -> diatas)


def closed_compound(first: str, second: str, written: Container[str]) -> str | None:
    """Two words of a lower-case compound written as one, as Indonesian news often writes
    them (``ibu kota`` -> ``ibukota``, ``kerja sama`` -> ``kerjasama``), where general
    Indonesian writes the joined word (``written``: ``general_frequencies``); None where
    that is a word of its own (``mata hari`` -> ``matahari``, the sun; ``pada hal`` ->
    ``padahal``, whereas) or a part is too short, a function word or no plain word."""
    if not (first.isalpha() and second.isalpha()) or not (first.islower() and second.islower()):
        return None
    if min(len(first), len(second)) < MIN_COMPOUND_PART or {first, second} & lexicon.FUNCTION_WORDS:
        return None
    joined = first + second
    if joined not in written or joined in root_words():
        return None
    return joined


@cache
def clitic_lookalikes() -> frozenset[str]:
    """Root words that merely end like a clitic (masalah, sekolah, langkah, hanya, ampun)."""
    return frozenset(w for w in root_words() if w.endswith(CLITIC_ENDINGS))


@cache
def stemmer():
    """PySastrawi's stemmer (dipertanyakan → tanya), built once: building it takes a while."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


# Stems kept in the cache folder (``stem``) at most, the latest asked last.
_STEMS_KEEP = 20_000
_stems: dict[str, str] | None = None  # read from the cache at the first ask
_stems_new = False  # a stem asked that the cache did not hold


def stem(word: str) -> str:
    """``stemmer().stem(word)`` (kenaikan → naik), kept in the cache folder for the next
    run with the same code and PySastrawi: a check stems a few words, and importing and
    building the stemmer costs far more than they do."""
    global _stems, _stems_new
    if _stems is None:
        kept = read_data("stems", _stems_key())
        fits = isinstance(kept, dict) and all_of(kept, str) and all_of(kept.values(), str)
        _stems = dict(kept) if isinstance(kept, dict) and fits else {}
    found = _stems.get(word)
    if found is None:
        found = _stems[word] = stemmer().stem(word)
        _stems_new = True
    return found


def save_stems() -> None:
    """Keep the stems asked since the last save for the next run (``stem``)."""
    global _stems_new
    if _stems is not None and _stems_new:
        write_data("stems", _stems_key(), dict(list(_stems.items())[-_STEMS_KEEP:]))
        _stems_new = False


@cache
def _stems_key() -> str:
    """What kept stems hold for: this code (``match_cache.code_digest``) and PySastrawi's
    files, by size and time."""
    from glossary.match_cache import code_digest  # late: match_cache imports this module

    spec = importlib.util.find_spec("Sastrawi")
    stamps = []
    for folder in (
        spec.submodule_search_locations if spec and spec.submodule_search_locations else ()
    ):
        found = [*Path(folder).rglob("*.py"), *Path(folder).rglob("*.txt")]  # code, words
        for path in sorted(found):
            with contextlib.suppress(OSError):
                info = path.stat()
                stamps.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256(code_digest() + "\n".join(stamps).encode()).hexdigest()[:40]


def has_root(stem: str, roots: frozenset[str]) -> bool:
    """Whether ``stem`` is a root, or a root with a suffix (tandatangan-i, laku-kan)."""
    if stem in roots:
        return True
    return any(stem.endswith(s) and stem[: -len(s)] in roots for s in ("kan", "i", "an", "nya"))


@lru_cache(maxsize=200_000)
def is_verb(word: str) -> bool:
    """A meN- or di- verb (mengatakan, dipimpin, ditandatangani); roots like menteri are not."""
    roots = root_words()
    word = word.partition("-")[0]
    if word in roots or len(word) < 5:
        return False
    # -asi and -isme make nouns (delegasi, mediasi), unless a meN- verb is built on one
    # (mengantisipasi, memfasilitasi).
    if word.endswith(("asi", "isme")) and not (
        word.startswith(("meng", "meny", "mem")) and len(word) > 8
    ):
        return False
    if word in lexicon.SHORT_FORMS or word in lexicon.TITLES:  # Menlu, Mendagri
        return False
    if word.startswith("me") and word[2] in "mnlrwy":
        return True
    # A root with -kan alone is a verb too (tewaskan, batalkan: a headline's or an order's);
    # a root ending in k with -an is a noun (pasukan, gerakan; perbankan, of bank).
    if (
        word.endswith("kan")
        and len(word) >= 7
        and word[:-3] in roots
        and word[:-2] not in roots
        and not nominal_root(word)
    ):
        return True
    if word.startswith("di"):
        rest = word[2:]
        return (
            has_root(rest, roots)
            or has_root(rest[3:], roots)
            or (len(word) >= 8 and word.endswith(("kan", "i")))
        )
    return False


@lru_cache(maxsize=200_000)
def is_stative(word: str) -> bool:
    """A ber-/ter- word (bersama, terbatas): ends a term, never starts one."""
    roots = root_words()
    word = word.partition("-")[0]
    if word in roots:
        return False
    for prefix in ("ber", "be", "ter", "te"):
        if word.startswith(prefix) and has_root(word[len(prefix) :], roots):
            return True
    return False


def is_derived_noun(word: str) -> bool:
    """ke-/pe-...-an and -asi nouns (pertahanan, keuangan, unifikasi): portfolios, not names."""
    w = word.lower()
    return (w.startswith(("ke", "pe")) and w.endswith("an") and len(w) >= 7) or w.endswith(
        ("asi", "isme", "itas")
    )


def normalise_word(word: str) -> str:
    """Drop a clitic (nuklirnya → nuklir) and reduplication (sanksi-sanksi → sanksi)."""
    freqs = general_frequencies()
    if "-" in word:
        left, _, right = word.partition("-")
        if right == left or (right.startswith(left) and right[len(left) :] in CLITICS):
            return left
        return word
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= MIN_STEM:
            stem = word[: -len(clitic)]
            stem_freq = freqs.get(stem, 0.0)
            if stem_freq >= 1e-6 and stem_freq > 3 * freqs.get(word, 0.0):
                return stem
            break
    return word


def inflects(form: str, base: str) -> bool:
    """Whether ``form`` is ``base`` doubled or with a clitic, as a text shows them side by
    side: proyek-proyek and tetangganya inflect proyek and tetangga; masalah is not
    masa + -lah (a root word that ends like a clitic)."""
    if form == base or not form.startswith(base) or len(base) < MIN_STEM:
        return False
    rest = form[len(base) :]
    if rest[:1] in HYPHENS:
        return rest[1:] == base or rest[1:] in CLITIC_ENDINGS or inflects(rest[1:], base)
    return rest in CLITIC_ENDINGS and form.lower() not in clitic_lookalikes()


@lru_cache(maxsize=200_000)
def is_acronym(word: str) -> bool:
    """KTT, PBB, COVID-19; not a Roman numeral (Perang Dunia II)."""
    return len(word) >= 2 and word.isupper() and word[0].isalpha() and not ROMAN_NUMERAL.match(word)


def name_word(word: str) -> bool:
    """Whether a word is written as a word of a name: capitalised, or an Arabic article
    before a capital (``al-Hayya`` of Khalil al-Hayya, ``el-Sisi``)."""
    return word[:1].isupper() or (
        len(word) > 3 and word[2] == "-" and word[0] in "ae" and word[3].isupper()
    )


def case_key(word: str) -> str:
    """The key a word's case counts and variants share: its lower case, except an acronym
    spelt like an Indonesian word, which keeps its capitals: BOS (Bantuan Operasional
    Sekolah) is no "Bos" (boss) capitalised at a sentence's start."""
    lower = word.lower()
    return word if is_acronym(word) and lower in root_words() else lower


# Roots a nominalising affix turns into an everyday noun: a root general Indonesian writes
# on its own (zipf 3, 1 in a million words: naik, hadir, guna, tuduh) makes a noun that
# means what its parts say (kenaikan, kehadiran, penggunaan, tuduhan); a root written only
# inside derived words (gencat, gusur, runding) does not.
COMMON_ROOT_ZIPF = 3.0
# pe- before a root is written with the root's first sound assimilated: penggunaan (guna),
# penyaluran (salur), pembakaran (bakar), penurunan (turun).
_NOMINAL_PREFIXES = (
    ("peng", ("k", "")),
    ("peny", ("s",)),
    ("pem", ("p", "")),
    ("pen", ("t", "")),
    ("per", ("",)),
    ("pe", ("",)),
    ("keber", ("",)),
    ("keter", ("",)),
    ("ke", ("",)),
)


@lru_cache(maxsize=100_000)
def nominal_root(word: str) -> str:
    """The root of a noun made with -an and ke-/pe(N)-/per- (kenaikan → naik, penggunaan →
    guna, serangan → serang), or "" for a word that is no such noun (sanksi, tanggul)."""
    roots = root_words()
    if len(word) < 6 or not word.endswith("an") or word in roots:
        return ""
    stem = word[:-2]
    found = [stem] if stem in roots else []
    for prefix, sounds in _NOMINAL_PREFIXES:
        if stem.startswith(prefix):
            found += [sound + stem[len(prefix) :] for sound in sounds]
    # The longest root: kebersihan is ke-bersih-an, not keber-sih-an.
    return max((r for r in found if r in roots), key=len, default="")


def everyday_nominal(word: str) -> bool:
    """A noun made of a common root (kenaikan, kehadiran, serangan): its meaning is its
    root's, which a translator knows; kelurahan, made of a title, heads names instead."""
    root = nominal_root(word)
    if not root or root in lexicon.TITLES:
        return False
    frequency = general_frequencies().get(root, 0.0)
    return frequency > 0.0 and math.log10(frequency) + 9 >= COMMON_ROOT_ZIPF


# Lexicon words that head or continue names (Kementerian, Pengadilan, Utara): never an
# ordinary affixed word, however they are built.
NAME_HEADS = (
    lexicon.PORTFOLIO_WORDS
    | lexicon.ORGANISATION_WORDS
    | lexicon.PLACE_WORDS
    | lexicon.EVENT_WORDS
    | lexicon.TITLES
    | lexicon.COMPASS  # London Utara
)


@lru_cache(maxsize=1 << 14)
def affixed(low: str, by_stemmer: bool = True) -> bool:
    """Whether a word is an ordinary word built on an Indonesian root, no name: a confix or
    a suffix (kenaikan = ke-naik-an, disepakati, mengatakan), ber-/ter- (bersama) or a pe(N)-
    doer (pendiri, ``agent_noun``), the root known; not the head words of names
    (Kementerian, Pengadilan), not a name that merely starts like a prefix (Kediri,
    Pemalang, Meliana). ``by_stemmer=False`` asks the word's shape alone, not the stemmer (whose
    loading costs the miner more than all it asks): a doer, a noun of a root made with
    -an (``nominal_root``: kebakaran, gabungan), a ber-/ter- word."""
    roots = root_words()
    if low in NAME_HEADS or low in roots or not low.isalpha():
        return False
    if agent_noun(low):
        return True
    if not by_stemmer:
        return bool(nominal_root(low)) or is_stative(low)
    if not (low.endswith(("an", "i")) or is_stative(low)):
        return False  # asked before the stemmer, which costs a hundred times more
    root = stem(low)
    return root != low and root in roots and len(low) - len(root) >= 3


# The verbs a pe(N)- doer noun shares its root with: pendiri and mendirikan share
# pe(N)-/me(N)-'s sound change; petani and bertani share a root with ber-.
_DOER_VERB_ENDINGS = ("", "kan", "i")


@lru_cache(maxsize=1 << 14)
def agent_noun(low: str) -> bool:
    """Whether a word is a pe(N)- doer noun of a common root whose verb general Indonesian
    writes: pendiri (diri, mendirikan), penasihat (nasihat, menasihati), petani (tani,
    bertani). Names that merely look so have no such verb (Pemalang: no memalang; Penang:
    menang is a root of its own, no verb of nang)."""
    if not low.startswith("pe") or len(low) < 6 or low in root_words():
        return False
    freqs = general_frequencies()
    verbs = ["me" + low[2:] + ending for ending in _DOER_VERB_ENDINGS]
    for prefix, sounds in _NOMINAL_PREFIXES:
        if not prefix.startswith("pe") or not low.startswith(prefix):
            continue
        for sound in sounds:
            root = sound + low[len(prefix) :]
            if not _common_root(root):
                continue
            written = [*verbs, "ber" + root, "be" + root]
            if any(freqs.get(v, 0.0) >= _EVERYDAY and v not in root_words() for v in written):
                return True
    return False


_EVERYDAY = 10 ** (COMMON_ROOT_ZIPF - 9)  # a word general Indonesian writes once a million


def _common_root(root: str) -> bool:
    return root in root_words() and general_frequencies().get(root, 0.0) >= _EVERYDAY
