"""The dictionary backend: FreeDict's English-Indonesian dictionary read in reverse."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import math
import os
import re
import string
from collections import ChainMap, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from glossary.lexicon import FUNCTION_WORDS
from glossary.store import Entry
from glossary.suggest.agents import doer_of
from glossary.suggest.aligned_text import ParallelCorpus, english_key, load_corpus
from glossary.suggest.attested import (
    COMPOSE_ATTESTED,
    COMPOSE_SENSES,
    SENSE_LINES,
    adjectives_in_use,
    attested_composition,
    composed_beside,
    head_last,
    noun_headwords,
    with_adjectives,
)
from glossary.suggest.core import (
    BackendUnavailable,
    Settings,
    Suggestion,
    _progress,
    looks_like_acronym,
)
from glossary.suggest.loanwords import borrowed, loan_english
from glossary.suggest.numbered import (
    ORDINALS,
    collapsed,
    miscounted,
    numbers_a_noun,
)
from glossary.suggest.proper_names import common_senses_of_a_name, lower_case_words
from glossary.suggest.rescore import derived_forms
from glossary.suggest.senses import (  # noqa: F401 (_english_zipf: glossary.mine, agents)
    _english_zipf,
    _link_strength,
    _rank_dictionary,
    _written_in,
)
from glossary.text import InputError

DICT_PATH = Path("/usr/share/dictd/freedict-eng-ind.index")
DICT_PACKAGE = "dict-freedict-eng-ind"

_B64 = {
    c: i for i, c in enumerate(string.ascii_uppercase + string.ascii_lowercase + "0123456789+/")
}
_HEADER_RE = re.compile(r"^(?P<headword>.*?)(?:\s+/[^<]*)?(?:\s+<(?P<pos>[^>]+)>)?$")
_SENSE_RE = re.compile(r"^(\d+)\. (.*)$")
_WIKI_LINK_RE = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")
_OPTIONAL_RE = re.compile(r"\(([^()]*)\)")
# Senses a news glossary must never propose, and senses it should propose reluctantly.
_BANNED_GLOSS_RE = re.compile(r"\b(offensive|vulgar|pejorative|derogatory|slur)\b", re.I)
_MARKED_GLOSS_RE = re.compile(r"\b(slang|informal|dated|obsolete|archaic|rare)\b", re.I)


def _b64_number(text: str) -> int:
    """dictd's index numbers: base64 digits, most significant first."""
    value = 0
    for char in text:
        value = value * 64 + _B64[char]
    return value


def _expand_item(item: str) -> list[str]:
    """Spellings of one translation item: wiki links resolved, optional parts with and without."""
    item = _WIKI_LINK_RE.sub(r"\1", item).strip(" ?!.")
    if "(" not in item:
        return [item] if item else []
    shorter = " ".join(_OPTIONAL_RE.sub("", item).split())
    longer = " ".join(_OPTIONAL_RE.sub(r"\1", item).split())
    return [f for f in dict.fromkeys((shorter, longer)) if f]


def parse_dictd_entry(text: str) -> tuple[str, str, list[tuple[list[str], str]]]:
    """Headword, part of speech and senses (translation items, gloss) of one FreeDict entry.

    The WikDict-made entries look like ``headword /ipa/ <pos>`` followed either by
    one line of comma-separated Indonesian translations, or by numbered senses
    ``1. a, b`` each followed by its English gloss lines; a trailing `` 2.`` on a
    translation line numbers the glosses, not the senses.
    """
    lines = text.rstrip("\n").split("\n")
    header = _HEADER_RE.match(lines[0])
    headword = header.group("headword").strip() if header else lines[0].strip()
    pos = (header.group("pos") if header else "") or ""
    senses: list[tuple[str, str]] = []
    body = lines[1:]
    numbered = bool(body) and _SENSE_RE.match(body[0]) is not None
    translation: str | None = None
    gloss: list[str] = []
    for i, line in enumerate(body):
        sense = _SENSE_RE.match(line) if numbered else None
        if sense or (not numbered and i == 0):
            if translation is not None:
                senses.append((translation, " ".join(gloss)))
            translation = sense.group(2) if sense else line
            gloss = []
        elif not re.fullmatch(r"\s*\d+\.", line):
            gloss.append(line.strip())
    if translation is not None:
        senses.append((translation, " ".join(gloss)))
    parsed: list[tuple[list[str], str]] = []
    for translation_line, gloss_text in senses:
        translation_line = re.sub(r"\s+\d+\.$", "", translation_line)
        items = [i for i in re.split(r",\s*(?![^()]*\))", translation_line) if i.strip()]
        parsed.append((items, gloss_text))
    return headword, pos, parsed


def lookup_forms(term: str) -> list[str]:
    """Lower-case spellings under which a term may be listed, the term itself first.

    Spelling variants (``kerja sama``/``kerjasama``/``kerja-sama``), the ``-nya``
    clitic and reduplicated plurals (``sanksi-sanksi``) are undone.
    """
    base = " ".join(term.lower().split())
    forms = [base, base.replace("-", " "), base.replace(" ", ""), base.replace(" ", "-")]
    if base.endswith("nya") and len(base) > 6:
        forms.append(base[:-3].rstrip("-"))
    redup = re.fullmatch(r"(\w+)-\1", base)
    if redup:
        forms.append(redup.group(1))
    return list(dict.fromkeys(forms))


def _dict_data_path(index_path: Path) -> Path:
    return index_path.with_suffix(".dict.dz")


def build_reverse_index(index_path: Path) -> dict[str, list[list]]:
    """Indonesian (lower case) -> [english, pos, sense number, place in list, list length, marked].

    Reads every entry the dictd index points at; offensive senses are left out.
    """
    data = gzip.decompress(_dict_data_path(index_path).read_bytes())
    reverse: dict[str, list[list]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for line in index_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database") or tuple(parts[1:]) in seen:
            continue
        seen.add((parts[1], parts[2]))
        start, length = _b64_number(parts[1]), _b64_number(parts[2])
        headword, pos, senses = parse_dictd_entry(data[start : start + length].decode("utf-8"))
        for sense_no, (items, gloss) in enumerate(senses):
            if _BANNED_GLOSS_RE.search(gloss):
                continue
            marked = 1 if _MARKED_GLOSS_RE.search(gloss) else 0
            for place, item in enumerate(items):
                for spelling in _expand_item(item):
                    key = " ".join(spelling.lower().split())
                    reverse[key].append([headword, pos, sense_no, place, len(items), marked])
    return dict(reverse)


def load_reverse_index(index_path: Path, cache_dir: Path) -> dict[str, list[list]]:
    """The reversed dictionary, from the cache when the dictionary files have not changed."""
    data_path = _dict_data_path(index_path)
    stamp = "|".join(
        f"{p.resolve()}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in (index_path, data_path)
    )
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    cached = cache_dir / f"freedict-reverse-{digest}.json"
    with contextlib.suppress(OSError, ValueError):
        return json.loads(cached.read_text(encoding="utf-8"))
    reverse = build_reverse_index(index_path)
    with contextlib.suppress(OSError):
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(reverse, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cached)
    return reverse


def _dictionary_index(settings: Settings) -> dict[str, list[list]]:
    index_path = Path(settings.dict_path) if settings.dict_path else DICT_PATH
    try:  # an unreadable folder raises PermissionError from is_file, not False
        if index_path.suffix != ".index":
            index_path = index_path / DICT_PATH.name if index_path.is_dir() else index_path
        missing = [p for p in (index_path, _dict_data_path(index_path)) if not p.is_file()]
    except OSError as err:
        raise InputError(f"{index_path}: cannot read the dictionary ({err.strerror})") from None
    if missing and settings.dict_path:
        raise InputError(
            f"{missing[0]}: no such dictionary file (--dict-path wants a dictd .index)"
        )
    if missing:
        raise BackendUnavailable(
            f"dictionary: {missing[0]} not found; install FreeDict's English-Indonesian "
            f"dictionary with: sudo apt-get install {DICT_PACKAGE} (or give --dict-path)"
        )
    try:
        return load_reverse_index(index_path, settings.cache_dir)
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as err:
        raise InputError(f"{index_path}: cannot read this dictd dictionary ({err})") from None


def _segments(words: list[str], reverse: Mapping[str, list[list]]) -> list[str] | None:
    """Longest-first split of a phrase into dictionary keys, or None if some word is missing."""
    parts: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            if " ".join(words[i:j]) in reverse:
                parts.append(" ".join(words[i:j]))
                i = j
                break
        else:
            return None
    return parts


# Compose word by word only when every word has a clearly preferred English headword.
COMPOSE_MIN_SHARE = 0.4
# Confidence of a whole-term lookup, and of a composition, before the sense's share.
DICTIONARY_WEIGHT = 0.55
COMPOSE_WEIGHT = 0.2
# Confidence of an English word found back from its Indonesian spelling (glossary.suggest.
# loanwords): a loan usually keeps its sense, but false friends exist (obligasi: bonds).
LOAN_WEIGHT = 0.4
SENSE_MIN_SHARE = 0.2
# A composition no parallel line writes needs each word's sense in this share of its lines.
UNATTESTED_SENSE_SHARE = 0.4
# Indonesian modifiers that stand before their head, as in English.
PRE_MODIFIERS = frozenset({"mantan", "bekas", "eks", "wakil", "calon", "para", "sang"})


def dictionary(entries: Sequence[Entry], settings: Settings) -> list[list[Suggestion]]:
    """Suggestions from the reversed FreeDict dictionary.

    The whole term is looked up first (with its spelling variants). A phrase of two
    or three content words missing as a whole is composed word by word in English
    order (Indonesian puts the head first: ``menteri luar negeri`` -> foreign
    minister), with a low confidence, because that is often right for noun phrases.
    """
    reverse = _dictionary_index(settings)
    if settings.senses:  # the run's own English for the words, before FreeDict's
        reverse = {**reverse, **{w: [[e, "n", 0, 0, 1, 0]] for w, e in settings.senses.items()}}
    corpus = load_corpus(settings) if settings.parallel or settings.memories else None
    results = []
    lowered = lower_case_words(entries)  # the text's common words: Ratna is no "jewel"
    for n, entry in enumerate(entries, 1):
        _progress(settings, "dictionary", n, len(entries))
        found = [s for s in _dictionary_one(entry, reverse, corpus) if not miscounted(s.english)]
        results.append(common_senses_of_a_name(entry, found, lowered, corpus))
    return results


def _verb_as_modifier(word: str, headword: str, rows: Sequence[list]) -> str:
    """A modifier that is a bare root whose sense FreeDict gives as a verb only, in the -ing
    form English puts before a noun (``harga jual``: "selling price", not "sell price";
    ``modal kerja``: "working capital"); the headword itself for a derived word (``kantor
    layanan`` is a "service office") and where English seldom writes that form."""
    from glossary.morphology import stemmer

    if {row[1] for row in rows if row[0] == headword} != {"v"} or stemmer().stem(word) != word:
        return headword
    return next((f for f in derived_forms(headword) if f.endswith("ing")), headword)


def _sense_in_use(
    part: str,
    reverse: Mapping[str, list[list]],
    proper: bool,
    corpus: ParallelCorpus,
    modifier: bool = False,
) -> tuple[str, float] | None:
    """The sense of one word that the parallel text's English uses most, with the share of
    the word's lines that use it; None when no sense is used in a fifth of them (``keras``
    in ``garis keras`` is not "violent" unless translators write it so). A word too rare
    in the parallel text to judge keeps the dictionary's clearly preferred sense, with
    half its share as the rate: no evidence for it, none against. A ``modifier`` may take
    a sense's adjective where the lines write that (``keuangan`` in ``lembaga keuangan``:
    "financial", not "finance")."""
    from glossary.check import find_rendering

    lines = [n for n in corpus.source_lines(part)][:SENSE_LINES]
    if len(lines) < 3:
        headword, share = _rank_dictionary(reverse[part], proper)[0]
        return (headword, share / 2) if share >= COMPOSE_MIN_SHARE else None
    best: tuple[str, float] | None = None
    ranked = _rank_dictionary(reverse[part], proper)[:COMPOSE_SENSES]
    for headword in with_adjectives(ranked) if modifier else [h for h, _ in ranked]:
        stand_in = Entry("-", english=headword)
        rate = sum(1 for n in lines if find_rendering(stand_in, corpus.target[n])) / len(lines)
        if rate >= SENSE_MIN_SHARE and (best is None or rate > best[1]):
            best = (headword, rate)
    return best


# Confidence of a verbal noun's sense taken from its verb (before the sense's share).
VERBAL_NOUN_WEIGHT = 0.3
# The nasal prefix of a meN- verb by the root's first letter; the letter itself is
# dropped for k, p, s, t (turun: menurun, pakai: memakai).
_NASAL = {**dict.fromkeys("aeioughkx", "meng"), **dict.fromkeys("bfpv", "mem")}
_NASAL |= {**dict.fromkeys("cdjtz", "men"), "s": "meny"}
_NOUN_ENDINGS = ("ment", "ance", "ence", "ation", "ion", "al")


def _men_verb(root: str) -> str:
    """The meN- verb of a root (turun: menurun, terima: menerima, bangun: membangun)."""
    return _NASAL.get(root[:1], "me") + (root[1:] if root[:1] in "kpst" else root)


def verbal_noun(term: str, reverse: Mapping[str, list[list]]) -> tuple[str, str, float] | None:
    """English for a pe-an noun FreeDict lacks, from its plain meN- verb (the noun of the
    action): the verb's English noun where English has one in common use (penerimaan:
    menerima "accept": "acceptance"), else the verb itself, which English often uses as
    a noun too (penurunan: menurun "decline"). With the verb and the sense's share; None
    for a phrasal verb (menangkap "pull in" is not what penangkapan is)."""
    from glossary.morphology import stemmer

    if not (term.startswith("pe") and term.endswith("an") and term.isalpha()):
        return None
    root = stemmer().stem(term)
    if len(root) < 3 or root == term:
        return None
    verb = _men_verb(root)
    rows = [r for r in reverse.get(verb, ()) if r[1] == "v" and " " not in r[0]]
    if not rows:
        return None
    english, share = _rank_dictionary(rows, proper=False)[0]
    return _noun_of(english), verb, share


def _verbal_noun_suggestion(
    term: str, reverse: Mapping[str, list[list]], corpus: ParallelCorpus
) -> Suggestion | None:
    """``verbal_noun`` where the term's aligned lines write it: the stem is a guess
    (``penarikan`` stems to tari, "dance", not tarik)."""
    from glossary.check import find_rendering

    derived = verbal_noun(term, reverse)
    if derived is None:
        return None
    english, verb, share = derived
    lines = corpus.source_lines(term)[:SENSE_LINES]
    stand_in = Entry("-", english=english)
    written = sum(1 for n in lines if find_rendering(stand_in, corpus.target[n]))
    if not written:
        return None
    evidence = (
        f"FreeDict: {english} -> {verb}, the verb {term} is the noun of;"
        f" written in {written} of its {len(lines)} aligned lines"
    )
    confidence = VERBAL_NOUN_WEIGHT * share * written / len(lines)
    return Suggestion(english, "dictionary", round(confidence, 2), evidence)


def _noun_of(verb: str) -> str:
    """The English noun of a verb by its suffixes, the most common one in use (accept:
    acceptance), or the verb itself (decline)."""
    if " " in verb:
        return verb
    stem = verb[:-1] if verb.endswith("e") else verb
    nouns = {verb + e for e in _NOUN_ENDINGS} | {stem + e for e in _NOUN_ENDINGS}
    best = max(sorted(nouns), key=_english_zipf)
    return best if _english_zipf(best) >= NOUN_ZIPF else verb


NOUN_ZIPF = 3.0


def _numbered(
    noun: str,
    number: str,
    reverse: Mapping[str, list[list]],
    proper: bool,
    corpus: ParallelCorpus | None,
) -> list[Suggestion]:
    """A noun numbered by a cardinal after it, as English numbers it: the ordinal before
    the noun, the cardinal after it as a related form (``divisi dua``: "second division",
    also "division two"; not "two division"), the other way round when the parallel text
    writes the cardinal form more (``nomor satu``: "number one")."""
    sense = (
        _sense_in_use(noun, reverse, proper, corpus)
        if corpus is not None
        else _rank_dictionary(reverse[noun], proper)[0]
    )
    if sense is None or sense[1] < COMPOSE_MIN_SHARE / 2:
        return []
    head, share = sense
    ordinal, cardinal = ORDINALS[number]
    forms = [f"{ordinal} {head}", f"{head} {cardinal}"]
    if corpus is not None:
        written = [len(corpus.target_lines(" ".join(map(english_key, f.split())))) for f in forms]
        forms = forms[::-1] if written[1] > written[0] else forms
    evidence = f"FreeDict: {noun}={head}, numbered by {number}"
    confidence = round(COMPOSE_WEIGHT * share**0.5, 2)
    return [Suggestion(forms[0], "dictionary", confidence, evidence, (forms[1],))]


def _whole_forms(entry: Entry) -> list[str]:
    """The entry's forms that name all of it: not a word of the term itself, which the miner
    keeps as a short form (``Energi`` of ``Medco Energi`` is not "energy")."""
    words = {w.casefold() for w in entry.term.split()} if " " in entry.term else set()
    return [f for f in entry.forms if f == entry.term or f.casefold() not in words]


def _dictionary_one(
    entry: Entry, reverse: dict[str, list[list]], corpus: ParallelCorpus | None = None
) -> list[Suggestion]:
    if entry.kind in ("acronym", "person") or looks_like_acronym(entry.term):
        return []  # AS is not "ace", Juan Mata not "eye": a name is not looked up by its letters
    proper = entry.term[:1].isupper()
    term = lookup_forms(entry.term)[0]
    for form in (f for variant in _whole_forms(entry) for f in lookup_forms(variant)):
        if form in reverse:
            # A dictionary's first sense is how news translators render a word about half
            # the time (warga: residents, citizens, people); a spelling variant less.
            weight = DICTIONARY_WEIGHT if form == term else DICTIONARY_WEIGHT * 0.8
            strength = _link_strength(reverse[form])
            whole = [
                Suggestion(
                    h,
                    "dictionary",
                    round(weight * share * strength[h], 2),
                    f"FreeDict: {h} -> {form}",
                    adjectives_in_use(h, form, corpus),
                )
                for h, share in _rank_dictionary(reverse[form], proper, corpus)[:5]
            ]
            beside = composed_beside(term, whole, reverse, proper, corpus)
            if len(beside) == 2:  # the composition in place of FreeDict's unwritten phrase
                return [*beside, *whole[1:]]
            return whole + beside
    words = term.replace("-", " ").split()
    if corpus is not None and len(words) == 1 and not proper:
        derived = _verbal_noun_suggestion(term, reverse, corpus)
        if derived:  # penurunan, the noun of menurun: "decline"
            return [derived]
    doer = doer_of(term, reverse, corpus) if len(words) == 1 and not proper else ""
    if doer:  # pemain: bermain, "play": "player"
        evidence = f"FreeDict: the doer of the verb of {term}"
        return [Suggestion(doer, "dictionary", LOAN_WEIGHT, evidence)]
    borrowing = borrowed(term) if len(words) == 1 and not proper else None
    if borrowing:  # turnamen: tournament; set (of tennis) as written: a loan FreeDict lacks
        return [Suggestion(borrowing[0], "dictionary", LOAN_WEIGHT, borrowing[1])]
    if not 2 <= len(words) <= 3 or entry.kind == "person" or FUNCTION_WORDS & set(words):
        return []
    if numbers_a_noun(entry, words, reverse):
        return _numbered(words[0], words[1], reverse, proper, corpus)
    # A word FreeDict lacks may be a loan (tendangan penalti: penalty kick), or a doer.
    loans = {
        w: [[loan, "n", 0, 0, 1, 0]]
        for w in words
        if w not in reverse and (loan := loan_english(w))
    }
    doers = {}
    if _segments(words, ChainMap(reverse, loans)) is None:  # pemegang saham is in FreeDict
        doers = {
            w: [[doer, "n", 0, 0, 1, 0]]
            for w in words
            if w not in reverse and w not in loans and (doer := doer_of(w, reverse, corpus))
        }
    loans |= doers
    # A count cut from its unit (kontrak dua [tahun]) and a doer guessed from its verb
    # (pemain asal is no "origin player") are composed only as the English writes them.
    counted = bool(ORDINALS.keys() & set(words)) or bool(doers)
    known: Mapping[str, list[list]] = ChainMap(reverse, loans) if loans else reverse
    parts = _segments(words, known)
    if not parts or len(parts) < 2:
        return []
    # Words joined by a hyphen are a pair, in that order in English too (Maret-September:
    # March-September, Korea-Jepang: Korea-Japan); other words put the head last.
    paired = "-" in term
    joiner = "-" if paired else " "
    if corpus is not None:  # the translators' English says which senses and order fit
        attested = None if paired else attested_composition(parts, known, proper, corpus)
        if attested is not None:
            english, seen = attested
            confidence = COMPOSE_ATTESTED * seen / (seen + 1)
            evidence = f"FreeDict word by word, written so in {seen} lines of the parallel text"
            return [Suggestion(english, "dictionary", round(confidence, 2), evidence)]
        if counted:
            return []
        in_order = paired or parts[0] in PRE_MODIFIERS  # mantan presiden: former president
        head = len(parts) - 1 if in_order else 0
        senses = [
            _sense_in_use(p, known, proper, corpus, modifier=not paired and i != head)
            for i, p in enumerate(parts)
        ]
        if any(s is None or s[1] < UNATTESTED_SENSE_SHARE for s in senses):
            return []  # no line writes the whole: each word must be surely what it says
        used = [s for s in senses if s is not None]
        in_order = in_order or not head_last([h for h, _ in used[1:]])
        if not paired and used[head][0] not in noun_headwords(known[parts[head]]):
            return []  # luar negeri pemerintah: "foreign" heads no noun phrase
        if not paired:
            used = [
                (_verb_as_modifier(p, h, known[p]) if i != head else h, rate)
                for i, (p, (h, rate)) in enumerate(zip(parts, used, strict=True))
            ]
        english = collapsed(joiner.join(h for h, _ in (used if in_order else used[::-1])))
        confidence = COMPOSE_WEIGHT * math.prod(rate for _, rate in used) ** 0.5
        evidence = "FreeDict word by word, each sense the one the parallel text uses: " + ", ".join(
            f"{p}={h} ({rate:.0%})" for p, (h, rate) in zip(parts, used, strict=True)
        )
        return [Suggestion(english, "dictionary", round(confidence, 2), evidence)]
    best = [_rank_dictionary(known[p], proper)[0] for p in parts]
    if counted or min(share for _, share in best) < COMPOSE_MIN_SHARE:
        return []
    if not paired and best[0][0] not in noun_headwords(known[parts[0]]):
        return []  # an adjective heads no noun phrase
    if not paired:
        best = [
            best[0],
            *(
                (_verb_as_modifier(p, h, known[p]), sh)
                for p, (h, sh) in zip(parts[1:], best[1:], strict=True)
            ),
        ]
    in_order = paired or not head_last([h for h, _ in best[1:]])  # director general
    english = collapsed(joiner.join(h for h, _ in (best if in_order else best[::-1])))
    confidence = COMPOSE_WEIGHT * math.prod(share for _, share in best)
    evidence = "FreeDict word by word: " + ", ".join(
        f"{p}={h}" for p, (h, _) in zip(parts, best, strict=True)
    )
    return [Suggestion(english, "dictionary", round(confidence, 2), evidence)]
