"""Forms of a rendering that English news derives from it, which ``check`` accepts as the
rendering: a place's demonym (``Israel`` → Israeli troops), a title's adjective (minister →
ministerial talks), a title or an organisation with its head first (Ministry of Finance), a
rank before its head (Bank Indonesia deputy governor), its country written another way
(United States President for ``Presiden AS``) or its place inside it (head of the Jakarta
Transportation Agency, the Jakarta Disaster Mitigation Agency), a country's title as its
holder's counterpart (his Egyptian counterpart), the head of a body as its chief (UN
chief); and the capital by which English news names
a country's government (``capitals``: "Moscow condemned the move")."""

from __future__ import annotations

import functools
import re
from importlib import resources

from glossary import regex_cache

ACRONYM = regex_cache.compile(r"^(?:[A-Z]\.?){2,}$|^(?:[A-Z]\.){1,}[A-Z]?$")


@functools.cache
def _english_rows(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(English name, its other English forms) of each row of a names table in ``data/``:
    ``exonyms.tsv`` (Indonesian, English, others) or ``demonyms.tsv`` (English, others)."""
    text = resources.files("glossary").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 2:
            continue
        if name == "exonyms.tsv":
            cells = cells[1:]
        others = cells[1].split("|") if len(cells) > 1 else []
        rows.append((cells[0].strip(), tuple(o.strip() for o in others if o.strip())))
    return tuple(rows)


@functools.cache
def _place_adjectives() -> dict[str, tuple[str, ...]]:
    """English place name → its demonyms and adjectives: the third column of the names table
    (``Israel`` → Israeli) and ``demonyms.tsv`` for places it leaves without one (``Bali`` →
    Balinese). Short forms in that column (``US`` for United States) are kept out: they are
    renderings in their own right, which the glossary lists as alternatives if it accepts them."""
    table: dict[str, set[str]] = {}
    for name in ("exonyms.tsv", "demonyms.tsv"):
        for english, others in _english_rows(name):
            for other in others:
                if not ACRONYM.match(other):
                    table.setdefault(english, set()).add(other)
    return {name: tuple(sorted(forms)) for name, forms in table.items()}


@functools.cache
def _country_forms() -> dict[str, tuple[str, ...]]:
    """English form of a country → the other forms English news writes it in before a
    title: ``US`` → United States, U.S., American (one country however many rows of
    ``exonyms.tsv`` name it: Amerika Serikat, AS, Amerika)."""
    groups: list[set[str]] = []
    for english, others in _english_rows("exonyms.tsv"):
        if not others:
            continue
        forms = {english, *others}
        for group in [g for g in groups if g & forms]:
            forms |= group
            groups.remove(group)
        groups.append(forms)
    return {form: tuple(sorted(g - {form})) for g in groups for form in g}


def capitals(country: str) -> tuple[str, ...]:
    """The capital of a country (any English form of it: US, United States, America →
    Washington), by which English news names the country's government ("Moscow condemned
    the move" for ``Rusia mengecam``)."""
    return _capitals().get(country, ())


@functools.cache
def _capitals() -> dict[str, tuple[str, ...]]:
    table = {}
    for english, found in _english_rows("capitals.tsv"):
        for form in (english, *_country_forms().get(english, ())):
            table[form] = found
    return table


@functools.cache
def _adjectives_of_places() -> frozenset[str]:
    """Every demonym or adjective of a place (``_place_adjectives``): Egyptian, South Korean."""
    return frozenset(a for forms in _place_adjectives().values() for a in forms)


# The heads of an organisation English news also calls its "chief": UN chief, police chief.
CHIEFS = frozenset(
    "head chairman chairwoman chairperson chair commander secretary-general".split()
    + ["secretary general"]
)


def _chief(words: list[str]) -> set[str]:
    """A title that heads an organisation as its "chief", the organisation before it: "UN
    chief" for UN Secretary-General (``Sekjen PBB``), "Jakarta Police chief" for Jakarta
    Police head. Not with a rank (a deputy is no chief) nor for a director, one of many."""
    folded = [w.lower() for w in words]
    if any(w in RANKS for w in folded):
        return set()
    for n in (2, 1):
        if len(words) > n and " ".join(folded[-n:]) in CHIEFS:
            return {f"{' '.join(words[:-n])} chief"}
    return set()


def _counterpart(words: list[str]) -> set[str]:
    """A title of a country's written as its holder's "counterpart" of the country's
    adjective, as English news writes it of the other party of a meeting: "his Egyptian
    counterpart" for ``Presiden Mesir`` (Egyptian President)."""
    adjectives = _adjectives_of_places()
    for n in (2, 1):
        if len(words) > n and (adjective := " ".join(words[:n])) in adjectives:
            return {f"{adjective} counterpart"}
    return set()


def _other_countries(words: list[str]) -> set[str]:
    """A title with its country written another way: ``US President`` → United States
    President, American President (``Presiden AS``)."""
    table = _country_forms()
    for n in (3, 2, 1):
        if len(words) > n and (country := " ".join(words[:n])) in table:
            return {f"{other} {' '.join(words[n:])}" for other in table[country]}
    return set()


# Title words and their adjectives beyond the regular -ial/-al/-ary (minister → ministerial).
_TITLE_ADJECTIVES = {"governor": "gubernatorial", "king": "royal", "queen": "royal"}


def _title_adjectives(word: str) -> set[str]:
    """Adjectives a title word takes in news English: minister → ministerial, president →
    presidential, mayor → mayoral, parliament → parliamentary."""
    w = word.lower()
    found = {w + "ial", w + "al", w + "ary"}
    if w in _TITLE_ADJECTIVES:
        found.add(_TITLE_ADJECTIVES[w])
    return found


# English endings of a title word and of its office, each way: minister and ministry,
# director and directorate, secretary and secretariat, president and presidency.
_OFFICES = (("er", "ry"), ("or", "orate"), ("ary", "ariat"), ("ent", "ency"))


def offices(word: str) -> set[str]:
    """The office a title word names and the title an office has, by the endings English
    derives them with (``_OFFICES``): minister → ministry, directorate → director."""
    found = set()
    for title, office in _OFFICES:
        if word.endswith(title) and len(word) > len(title) + 3:
            found.add(word[: -len(title)] + office)
        if word.endswith(office) and len(word) > len(office) + 3:
            found.add(word[: -len(office)] + title)
    return found


# Ranks English puts before a title's head word: "Bank Indonesia deputy governor".
RANKS = ("deputy", "vice", "senior", "acting", "former", "assistant")
# The ranks that make a title another person's: a deputy chairman is no chairman ("former"
# and "senior" are often a translator's context: "former President Soeharto").
PERSON_RANKS = ("deputy", "vice", "acting", "assistant")


def _inverted(words: list[str]) -> set[str]:
    """A compound of two or more words with its head first, and a rank with it: "Governor
    of Bank Indonesia", "Governor of the central bank", "Ministry of Finance", "deputy
    speaker of the DPRD" (DPRD deputy speaker)."""
    if len(words) < 2 or words[-1].lower() in ("of", "and"):
        return set()
    ranked = len(words) > 2 and words[-2].lower() in RANKS
    heads = [words[-1:], words[-2:]] if ranked else [words[-1:]]
    found = set()
    for head in heads:
        rest = " ".join(words[: -len(head)])
        found |= {f"{' '.join(head)} of {rest}", f"{' '.join(head)} of the {rest}"}
    return found


# Where a derived form takes the name of a place or an organisation: capitalised words.
NAME_SLOT = "\u2063"
# A name never starts with a level of government: "National Disaster Management Agency" is
# another body than the regional one written with its place ("Jakarta Disaster ...").
NAME_WORDS = (
    r"(?!(?-i:National|Central|State|Regional|Provincial|Federal)\b)"
    r"(?-i:[A-Z][\w'.]*)(?:\s+(?-i:[A-Z][\w'.]*)){0,2}"
)
# The words of a rendering that English news replaces with the region's name: Badan
# Penanggulangan Bencana Daerah DKI Jakarta as "Jakarta Disaster Mitigation Agency".
_REGION_WORDS = frozenset({"regional", "provincial"})


def _localised(words: list[str]) -> set[str]:
    """An organisation or a title of a region written with the region's name in place of
    the word that says it is regional: "Jakarta Disaster Mitigation Agency" for Regional
    Disaster Mitigation Agency (``BPBD DKI Jakarta``), "Jakarta police chief" for regional
    police chief."""
    return {
        " ".join([*words[:i], NAME_SLOT, *words[i + 1 :]])
        for i, word in enumerate(words)
        if word.lower() in _REGION_WORDS and len(words) > 1
    }


def _named(words: list[str]) -> set[str]:
    """A title of two or more words with the name of its place or organisation inside:
    "Head of Kembangan Sub District" (sub district head of ``Camat Kembangan``), "a member
    of the Jakarta Council" (council member, of ``Anggota DPRD DKI``), "Former
    Olympus president" (former president of ``mantan presiden Olympus``), "head of the
    Jakarta Transportation Agency" (head of the transportation agency, of ``Kepala Dinas
    Perhubungan DKI Jakarta``)."""
    if len(words) < 2 or words[-1].lower() in ("of", "and"):
        return set()
    rest = " ".join(words[:-1])
    named = {f"{words[-1]} of {NAME_SLOT} {rest}", f"{words[-1]} of the {NAME_SLOT} {rest}"}
    lower = [w.lower() for w in words]
    for i in range(1, len(words) - 2):
        if lower[i : i + 2] == ["of", "the"]:  # the place of Kepala Dinas Perhubungan DKI
            named.add(" ".join([*words[: i + 2], NAME_SLOT, *words[i + 2 :]]))
    if words[0].lower() in RANKS:
        named.add(f"{words[0]} {NAME_SLOT} {' '.join(words[1:])}")
    return named


@functools.lru_cache(maxsize=65536)
def derived_renderings(kind: str, renderings: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(derived form, the rendering it derives from) for a place or a title: a place's demonym
    (``Indonesia`` → Indonesian, ``West Papua`` → West Papuan, ``Israel`` → Israeli from the
    names table; a name ending in -a also takes -n), a title's adjective on its last word;
    a title or an organisation with its head first (``Bank Indonesia Governor`` → Governor
    of Bank Indonesia, ``Finance Ministry`` → Ministry of Finance) or with its region's name
    for "Regional" (Jakarta Disaster Mitigation Agency), a title with a rank
    before its head (Bank Indonesia deputy governor, for ``Deputi Gubernur BI``) or a name
    inside it (``NAME_SLOT``: Head of Kembangan Sub District)."""
    derived: dict[str, str] = {}
    table = _place_adjectives() if kind == "place" else {}
    for rendering in renderings:
        words = rendering.split()
        if not words:
            continue
        if kind == "place":
            head, last = " ".join(words[:-1]), words[-1]
            forms = set(table.get(rendering, ()))
            forms |= {f"{head} {f}".strip() for f in table.get(last, ())}
            if re.fullmatch(r"[A-Z][a-z]+a", last):  # Korea → Korean, Indonesia → Indonesian
                forms.add(f"{head} {last}n".strip())
            if re.fullmatch(r"[A-Z][a-z]+m[ae]n", last):  # Frenchman → Frenchwoman
                forms.add(f"{head} {last[:-3]}wo{last[-3:]}".strip())
        elif kind == "title":
            head = " ".join(words[:-1])
            forms = {f"{head} {f}".strip() for f in _title_adjectives(words[-1])}
            forms |= _inverted(words) | {f"{head} {rank} {words[-1]}".strip() for rank in RANKS}
            forms |= _named(words) | _other_countries(words) | _localised(words)
            forms |= _counterpart(words) | _chief(words)
        elif kind == "organisation":
            forms = _inverted(words) | _localised(words)
        else:
            return ()
        for form in sorted(forms):
            derived.setdefault(form, rendering)
    return tuple(derived.items())
