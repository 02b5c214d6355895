"""Titles, ranks and the bodies they head, where they start and end in a run of capitalised
words: Kepala Staf Angkatan Darat | Jenderal | Maruli Simanjuntak, Kepala | Badan Gizi
Nasional, Juru bicara | KPK | Tessa Mahardhika. ``glossary.mine.names`` segments runs with
them, and with what can be a name of its own (no Bank, Dewan or Gedung heads it) and
what may follow a territorial unit (Kabupaten Bekasi dan Karawang)."""

from __future__ import annotations

from glossary import lexicon
from glossary.morphology import is_acronym, is_derived_noun, name_word

_PLACE_FIRST_WORDS = frozenset(p.split(" ")[0] for p in lexicon.PLACES)


def place_length(words: list[str], start: int) -> int:
    """Length of the known place (or acronym) starting at ``start``, 0 if none."""
    if words[start].lower() not in _PLACE_FIRST_WORDS:
        return 1 if is_acronym(words[start]) else 0
    for length in (4, 3, 2, 1):
        if start + length <= len(words):
            phrase = " ".join(words[start : start + length]).lower()
            if phrase in lexicon.PLACES:
                # Jakarta Timur, Jawa Barat: a place and its direction are one place.
                end = start + length
                return length + (end < len(words) and words[end].lower() in lexicon.COMPASS)
    return 1 if is_acronym(words[start]) else 0


def is_portfolio(word: str) -> bool:
    lower = word.lower()
    return (lower in lexicon.PORTFOLIO_WORDS or is_derived_noun(lower)) and (
        lower not in lexicon.PLACES
    )


TITLE_FIRST_WORDS = frozenset(t.split(" ")[0] for t in lexicon.TITLES)

# Bodies news names by an acronym or a short form (KPK, BNPB, Kemenlu, Polda): after a
# title, what follows them is the holder's name, never more of theirs.
KNOWN_BODIES = frozenset(lexicon.ACRONYMS) | frozenset(
    short
    for short, long_form in lexicon.SHORT_FORMS.items()
    if long_form.split(" ")[0] in lexicon.ORGANISATION_WORDS
)


def _opens_a_body(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` heads a body's name rather than continuing a title's
    portfolio: Kepala | Badan Gizi Nasional; but Menteri Badan Usaha Milik Negara, where
    the next word is portfolio too."""
    lower = words[i].lower()
    return (
        lower in lexicon.ORGANISATION_WORDS
        and not is_derived_noun(lower)  # Sekretaris Perusahaan, Kepala Kepolisian: titles
        and not (i + 1 < len(words) and is_portfolio(words[i + 1]))
    )


def rank_length(words: list[str]) -> int:
    """Length of the military or police rank opening ``words`` (Jenderal, Irjen, Laksamana
    Madya): Panglima TNI Jenderal Agus Subiyanto is a general's name after the rank."""
    for length in (3, 2, 1):
        if " ".join(words[:length]).lower() in lexicon.RANKS:
            return length + _police_mark(words, length)
    return 0


def _police_mark(words: list[str], after: int) -> int:
    """1 when ``Pol`` follows a rank (Irjen Pol, Kombes Pol.): part of the rank."""
    return int(
        0 < after < len(words)
        and words[after].rstrip(".").lower() == "pol"
        and words[after - 1].lower() in lexicon.RANKS
    )


def title_length(words: list[str]) -> int:
    """Length of the title that starts ``words`` (Presiden, Deputi Menteri Luar Negeri)."""
    i = 0
    while i < len(words):
        found = 0
        if words[i].lower() not in TITLE_FIRST_WORDS:
            break
        for length in (4, 3, 2, 1):
            phrase = " ".join(words[i : i + length]).lower()
            if i + length <= len(words) and phrase in lexicon.TITLES:
                found = length
                break
        if not found:
            break
        head = " ".join(words[i : i + found]).lower()
        i += found
        if head in lexicon.TITLE_MODIFIERS:
            continue
        if i < len(words) and words[i].lower() in lexicon.TITLES:
            continue  # Utusan Khusus Presiden, Presiden Direktur
        if head in lexicon.TITLE_HEADS or head.endswith("menteri"):
            while i < len(words):
                if is_portfolio(words[i]) and not _opens_a_body(words, i):
                    i += 1
                elif (
                    words[i] in lexicon.NAME_CONNECTORS
                    and i + 1 < len(words)
                    and is_portfolio(words[i + 1])
                ):
                    i += 2
                else:
                    break
        break
    if 0 < i < len(words) - 1 and words[i].lower() == "bidang" and is_portfolio(words[i + 1]):
        # Staf Khusus Presiden Bidang Ekonomi: "in the field of" gives a title its portfolio.
        i += 1
        while i < len(words) and is_portfolio(words[i]) and not _opens_a_body(words, i):
            i += 1
    return i + _police_mark(words, i)


def own_name(words: list[str]) -> bool:
    """Whether ``words`` can be a name by itself: not headed by a word that opens,
    qualifies or ends a name (Bank, Dewan, Liga, Gedung, Undang-Undang, Utara, Pusat, Tbk), nor by a
    connector."""
    first = words[0].lower()
    return name_word(words[0]) and not (
        first in lexicon.ORGANISATION_WORDS
        or first in lexicon.PLACE_WORDS
        or first in lexicon.EVENT_WORDS
        or first in lexicon.LAW_WORDS
        or first in lexicon.COMPASS
        or first in lexicon.NAME_CONNECTORS
        or first in lexicon.PORTFOLIO_WORDS
        or first in lexicon.LEGAL_SUFFIXES  # Tbk ends a company's name
    )


def territorial(words: list[str]) -> bool:
    """A territorial unit and its name: Kabupaten Bekasi, Provinsi Jawa Barat."""
    return len(words) > 1 and words[0].lower() in lexicon.TERRITORIAL_UNITS


def territorial_name(words: list[str]) -> bool:
    """What may follow ``Kabupaten Bekasi dan``: another unit (Kota Bekasi) or a bare name
    (Karawang), not a field (Dinas Kebudayaan dan Pariwisata has no unit's name)."""
    return bool(words) and (territorial(words) or (own_name(words) and not is_portfolio(words[0])))
