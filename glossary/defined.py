"""Acronyms a text defines itself, for the gloss judge (issue 14).

Indonesian news states an acronym's expansion where it first uses it: ``Ikatan Akuntansi
Indonesia IAI``, ``izin usaha tetap (IUT)``, ``aviant influenza (AI)``. Two things follow:

- a glossary term inside the phrase glosses part of a term the text names as a whole:
  ``Ikatan [ties]`` in ``Ikatan Akuntansi Indonesia IAI`` is partial;
- a glossary acronym whose expansion the text states otherwise is not the glossary's
  there: with ``AI`` = artificial intelligence in the glossary, ``aviant influenza (AI)``
  and ``flu burung (AI)`` are no artificial intelligence; the text's own definition wins.

A phrase defines an acronym when its words, one letter each, spell it (``usaha mikro
kecil UMK``), the acronym right after it (bare or in brackets; a bare one of two letters
spells too much by chance: ``perusahaan travel PT Mira``) or, in a capitalised run, right
before it (``MDRT Million Dolar Round Table``). A bracketed acronym right after a glossary term of
another entry (``flu burung (AI)``) is defined by that term.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterator, Sequence

from glossary import lexicon
from glossary.datelines import dateline_places
from glossary.match import Match, Matcher, in_original
from glossary.store import Entry
from glossary.text import Document

ACRONYM = re.compile(r"[A-Z]{2,6}")
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_LOOK_BACK = 90  # characters before an acronym searched for the phrase that spells it
_CLITIC = re.compile(r"-(?:nya|lah|pun)$")  # Partnership-nya


def inside(units: Sequence[tuple[str, int]]) -> Iterator[int]:
    """The units (text, match index or -1) of a capitalised run that lie inside a phrase
    the run's acronym spells, each a match covering less than the phrase: ``Ikatan`` in
    ``Ikatan Akuntansi Indonesia IAI``, ``Raja`` in ``Raja Garuda Mas RGM``."""
    words: list[str] = []
    owner: list[int] = []
    for k, (text, _) in enumerate(units):
        for word in text.split():
            words.append(word)
            owner.append(k)
    for first, end, _ in definitions(words):
        span = set(owner[first:end])
        for k in sorted(span):
            whole = owner.count(k)
            if units[k][1] >= 0 and whole < end - first and owner[first:end].count(k) == whole:
                yield k


def spelled(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``words`` are what ``acronym`` abbreviates, one initial each:
    ``IUT`` of ``izin usaha tetap``."""
    return len(words) == len(acronym) and all(
        w[:1].upper() == c for w, c in zip(words, acronym, strict=True)
    )


def definitions(words: Sequence[str]) -> Iterator[tuple[int, int, int]]:
    """(first, end, acronym) word indices of each phrase ``words[first:end]`` that spells
    the acronym ``words[acronym]`` right after or right before it."""
    for i, word in enumerate(words):
        if not ACRONYM.fullmatch(word):
            continue
        k = len(word)
        if i >= k and spelled(word, words[i - k : i]):
            yield i - k, i, i
        elif i + k < len(words) and spelled(word, words[i + 1 : i + 1 + k]):
            yield i + 1, i + 1 + k, i


SKIPPED = lexicon.FUNCTION_WORDS | {"and", "of", "the", "for"}


def expands(acronym: str, text: str) -> bool:
    """Whether ``text`` is an expansion of ``acronym``: its words but function words spell
    it (``Anggaran Pendapatan dan Belanja Negara``: APBN; artificial intelligence: AI)."""
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in SKIPPED]
    return spelled(acronym, words)


def stated(entry: Entry, acronym: str) -> bool:
    """Whether the glossary states what ``acronym`` stands for in ``entry``: one of its
    forms or renderings spells it. Only then can a text's other expansion contradict it
    (``PLN`` rendered "State Electricity Company" says nothing of Perusahaan Listrik Negara)."""
    return any(expands(acronym, text) for text in (*entry.forms, *entry.renderings))


def agrees(entry: Entry, phrase: str) -> bool:
    """Whether the expansion a text gives is the entry's: more than half of the phrase's
    words are words of the entry's forms or renderings (``Kontrak Production Sharing`` for
    KPS, production sharing contract; not ``aviant influenza`` for artificial intelligence,
    nor ``kepala keluarga`` (KK), head of household, for Kartu Keluarga, the family card;
    ``Usaha Mikro Kecil Menengah`` is ``usaha mikro, kecil, dan menengah``'s, commas aside)."""
    known = {w.lower() for text in (*entry.forms, *entry.renderings) for w in _WORD.findall(text)}
    words = [w.lower() for w in _WORD.findall(phrase)]
    return 2 * sum(w in known for w in words) > len(words)


def named_expansion(head: str, acronym: str) -> str | None:
    """The capitalised name at the end of ``head`` whose words but the function words
    between them spell ``acronym`` (``Pajak Bumi dan Bangunan`` before PBB, ``Badan
    Pengawasan Keuangan dan Pembangunan`` before BPKP), else None."""
    tokens = head.split()
    taken, skipped, at = 0, 0, len(tokens)
    while taken < len(acronym) and at > 0:
        at -= 1
        token = tokens[at]
        if taken and token.lower() in SKIPPED:
            skipped += 1
        elif _WORD.fullmatch(token) and token[:1].isupper():
            taken += 1
        else:
            return None
    words = tokens[at:]
    content = [w for w in words if w.lower() not in SKIPPED]
    if not skipped or words[0].lower() in SKIPPED or not spelled(acronym, content):
        return None
    return " ".join(words)


def spelled_after(text: str, end: int, acronym: str) -> str | None:
    """The capitalised words right after an acronym ending at ``end``, bare or in brackets,
    that spell it, one initial each (``PPP Public Private Partnership-nya``, ``IMF
    (International Monetary Fund)``); else None. Bare, two letters spell too much by chance."""
    after = text[end : end + _LOOK_BACK]
    bracketed = after.startswith(" (")
    if not (bracketed or len(acronym) > 2 and after.startswith(" ")):
        return None
    tokens = after[2 if bracketed else 1 :].split()[: len(acronym)]
    words = [_CLITIC.sub("", t.rstrip(").,;:")) for t in tokens]
    if not all(_WORD.fullmatch(w) and w[:1].isupper() for w in words):
        return None
    return " ".join(words) if spelled(acronym, words) else None


def definition(
    text: str, matches: Sequence[Match], i: int, known: dict[tuple, bool]
) -> bool | None:
    """How the text defines the glossary acronym ``matches[i]`` right there: True for
    otherwise than the glossary (the words before it spell it and are not the entry's
    expansion, ``aviant influenza (AI)``, ``Pajak Bumi dan Bangunan PBB``, or the words
    after it, ``PPP Public Private Partnership``; or it stands in brackets right after a
    glossary term of another entry with no rendering in common, ``flu burung (AI)``), False
    for as the glossary does (``Badan Pusat Statistik (BPS)``, ``IMF International Monetary
    Fund``), None where it defines nothing or the glossary states no expansion to compare.
    ``known`` remembers ``stated`` by (entry id, acronym)."""
    match = matches[i]
    acronym = match.text
    if not ACRONYM.fullmatch(acronym):
        return None
    key = (id(match.entry), acronym)
    if key not in known:
        known[key] = stated(match.entry, acronym)
    if not known[key]:
        return None
    following = spelled_after(text, match.end, acronym)
    if following is not None:
        return not agrees(match.entry, following)
    before = text[max(0, match.start - _LOOK_BACK) : match.start]
    bracketed = before.endswith("(")
    head = before[:-1] if bracketed else before
    if head[-1:] != " ":
        return None
    previous = matches[i - 1] if i > 0 else None
    same = previous is not None and previous.entry is match.entry
    tokens = head.split()[-len(acronym) :]
    words = [t for t in tokens if _WORD.fullmatch(t)]
    # two letters bare spell too much by chance: perusahaan travel PT Mira
    if len(words) == len(tokens) and (bracketed or len(acronym) > 2) and spelled(acronym, words):
        return not same and not agrees(match.entry, " ".join(words))
    named = named_expansion(head, acronym)
    if named is not None:
        return not same and not agrees(match.entry, named)
    if not bracketed or previous is None or text[previous.end : match.start] != " (":
        return None
    shared = set(previous.entry.renderings) & set(match.entry.renderings)
    return not same and not shared and not agrees(match.entry, previous.text)


_BRACKETED = re.compile(r"\(([A-Z]{2,6})\)")
_START = operator.attrgetter("start")


def defined_acronyms(text: str, matcher: Matcher) -> list[Match]:
    """Where the text uses an acronym it defines by a glossary term (``kejadian luar biasa
    (KLB)``, ``Palang Merah Indonesia (PMI)``) and the glossary does not know: each use
    from the bracket on, glossed with the term's English (KLB: "outbreak"). The acronym
    must spell the whole term the glossary found right before the bracket, so a term
    inside a longer name (``Pemungutan Suara`` of ``Kelompok Penyelenggara Pemungutan
    Suara (KPPS)``) defines nothing."""
    made: dict[str, tuple[int, Entry]] = {}  # acronym: where its definition opens, entry
    for found in _BRACKETED.finditer(text):
        acronym, opening = found.group(1), found.start()
        if acronym in made or text[opening - 1 : opening] != " " or matcher.find(acronym):
            continue
        before = text[max(0, opening - _LOOK_BACK) : opening - 1]
        term = next(reversed(matcher.find(before)), None)
        if term is None or term.end != len(before) or not expands(acronym, term.text):
            continue
        entry = term.entry
        made[acronym] = (
            found.start(1),
            Entry(
                acronym,
                entry.english,
                kind="acronym",
                alternatives=[acronym, *(a for a in entry.alternatives if a != acronym)],
                expansion=term.text,
            ),
        )
    uses = [
        Match(use.start(), use.end(), acronym, entry, acronym, "preferred")
        for acronym, (first, entry) in made.items()
        for use in re.compile(rf"(?<![\w-]){acronym}(?![\w-])").finditer(text, first)
    ]
    return sorted(uses, key=_START)


_LONG_FORM_LINKS = frozenset(("dan", "untuk", "bagi", "atas", "dari", "se"))
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019-]*")


def defined_long_forms(text: str, matcher: Matcher) -> list[Match]:
    """Where the text names a body the glossary does not know right before a glossary
    acronym in brackets (``Federasi Sepak Bola Asia (AFC)``): the name, from its one head
    word (Federasi, Badan, Organisasi...), glossed whole with the acronym's English, in place of
    the glosses of its words (``Sepak Bola [football]``, ``Asia``). Not a name whose
    initials spell the acronym otherwise than the glossary's forms (``Badan Pengawas
    Sekolah (BPS)`` is no Statistics Indonesia)."""
    found_forms: list[Match] = []
    for found in _BRACKETED.finditer(text):
        acronym, opening = found.group(1), found.start()
        if text[opening - 1 : opening] != " ":
            continue
        known = [m.entry for m in matcher.find(acronym) if m.text == acronym]
        if (
            not known
            or known[0].kind in ("person", "title")
            or known[0].english.casefold() == acronym.casefold()
        ):
            continue
        base = max(0, opening - _LOOK_BACK)
        words = list(re.finditer(r"\S+", text[base : opening - 1]))
        run: list[re.Match[str]] = []
        for word in reversed(words):
            if _NAME_WORD.fullmatch(word.group()) or (run and word.group() in _LONG_FORM_LINKS):
                run.append(word)
            else:
                break
        run.reverse()
        heads = [n for n, w in enumerate(run) if w.group().lower() in lexicon.ORGANISATION_WORDS]
        # One head: Pusat Data dan Informasi Badan Penanggulangan Bencana Daerah (BPBD)
        # names two bodies, and which one the acronym is, the words do not say.
        if len(heads) != 1 or len(run) - heads[0] < 2:
            continue
        head = heads[0]
        start, end = base + run[head].start(), base + run[-1].end()
        phrase = text[start:end]
        entry = known[0]
        whole = matcher.find(phrase)
        if (whole and whole[0].end - whole[0].start == len(phrase)) or (
            expands(acronym, phrase) and not agrees(entry, phrase)
        ):
            continue
        long_form = Entry(
            phrase, entry.english, kind="organisation", alternatives=list(entry.alternatives)
        )
        found_forms.append(Match(start, end, phrase, long_form, phrase, "preferred"))
    return found_forms


def with_defined_acronyms(document: Document, matcher: Matcher) -> Iterator[Match]:
    """The matcher's matches in the document (``Matcher.iter_document``), the uses of the
    acronyms it defines (``defined_acronyms``), the names it defines by a glossary
    acronym (``defined_long_forms``) and the places of its datelines in capitals
    (``glossary.datelines``: ``KAIRO -``), in order; a use inside a glossary match is left out,
    a long form replaces the matches inside it. A document that defines none costs two
    regex searches."""
    matches = matcher.iter_document(document)
    uses = sorted(
        defined_acronyms(document.clean, matcher)
        + defined_long_forms(document.clean, matcher)
        + dateline_places(document.clean, matcher),
        key=_START,
    )
    if not uses:
        return matches
    if document.clean != document.text:
        uses = list(in_original(document, uses))
    return _merged(matches, uses)


def _merged(matches: Iterator[Match], uses: list[Match]) -> Iterator[Match]:
    """``uses`` (sorted, few) put among ``matches`` where no match holds them or straddles
    their ends, in place of the matches they hold (a long form's words), taken a chunk of
    matches at a time and flattened at C speed: no Python step per match."""
    return itertools.chain.from_iterable(_merged_chunks(matches, uses))


_CHUNK = 4096


def _merged_chunks(matches: Iterator[Match], uses: list[Match]) -> Iterator[list[Match]]:
    k, before = 0, 0  # the next use; the end of the last match given
    while chunk := list(itertools.islice(matches, _CHUNK)):
        if k < len(uses) and uses[k].start <= chunk[-1].start:
            out: list[Match] = []
            last = 0
            while k < len(uses) and uses[k].start <= chunk[-1].start:
                use = uses[k]
                k += 1
                i = bisect.bisect_left(chunk, use.start, lo=last, key=_START)
                while chunk[-1].start < use.end and (
                    more := list(itertools.islice(matches, _CHUNK))
                ):
                    chunk += more  # a long form's matches, and the one after it, at hand
                inner = bisect.bisect_left(chunk, use.end, lo=i, key=_START)
                out += chunk[last:i]
                last = i
                if (out[-1].end if out else before) <= use.start and all(
                    m.end <= use.end for m in chunk[i:inner]
                ):
                    out.append(use)  # in place of the matches inside it (a long form's)
                    last = inner
            chunk = out + chunk[last:]
        if chunk:
            before = chunk[-1].end
        yield chunk
    rest = []
    for use in uses[k:]:
        if use.start >= before:
            rest.append(use)
            before = use.end
    yield rest
