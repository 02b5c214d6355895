"""English words that Indonesian borrowed, found back by the spelling rules of the borrowing.

Indonesian news is full of English loanwords respelt by regular rules: ``-tion`` is ``-si``
(kompetisi; ``-mption`` drops the p: asumsi), ``-ity`` is ``-itas`` (intensitas), ``c`` is
``k`` or ``s`` (korporasi, sentral), ``x`` is ``ks`` (ekspor), doubled letters are single
(komisi, tenis), a final ``-y`` is ``-i`` (penalti, teknologi). FreeDict lists few of them,
and a sports or business text is where they are most frequent (turnamen, privatisasi). Each common
English word is respelt by these rules once; an Indonesian word found among the
respellings is proposed as that English word. A word spelt the same in both languages is
not proposed: ``air`` (water) and ``main`` (play) are the same letters, not a loan.
"""

from __future__ import annotations

import re
from functools import cache

# English endings and the Indonesian ones they become, longest first; an English word
# may take one of them or keep its ending. The last two say little about a loan
# (``harry`` -> hari, ``orange`` -> orang).
_ENDINGS = (
    ("isation", "isasi"),
    ("ization", "isasi"),
    ("ation", "asi"),
    ("ction", "ksi"),
    ("mption", "msi"),
    ("ssion", "si"),
    ("sion", "si"),
    ("tion", "si"),
    ("ity", "itas"),
    ("ology", "ologi"),
    ("ical", "is"),
    ("ics", "ika"),
    ("ic", "ik"),
    ("ive", "if"),
    ("ism", "isme"),
    ("ist", "is"),
    ("ure", "ur"),
    ("ance", "ansi"),
    ("ence", "ensi"),
    ("ment", "men"),
    ("ent", "en"),
    ("ct", "k"),
    ("rt", "r"),
    ("y", "i"),
    ("e", ""),
)
_WEAK_ENDINGS = 2
# The endings by their last letter, in the order above: a word is tried against its own.
_ENDINGS_BY_LAST: dict[str, list[tuple[int, str, str]]] = {}
for _n, (_ending, _indonesian) in enumerate(_ENDINGS):
    _ENDINGS_BY_LAST.setdefault(_ending[-1], []).append((_n, _ending, _indonesian))
# Letters, in this order: ph is f, qu ku, x ks, c before e/i/y s, other c k (these mark a
# loan), then th t, ch k, y i, ou u, doubled letters single, which happen between
# unrelated words too (``berry`` -> beri, ``change`` -> kang).
_LETTERS = (  # (letters the rule needs, rule, replacement)
    ("ph", re.compile(r"ph"), "f"),
    ("qu", re.compile(r"qu"), "ku"),
    ("x", re.compile(r"x"), "ks"),
    ("th", re.compile(r"th"), "t"),
    ("ch", re.compile(r"ch"), "k"),
    ("c", re.compile(r"c(?=[eiy])"), "s"),
    ("c", re.compile(r"c"), "k"),
    ("y", re.compile(r"y"), "i"),
    ("ou", re.compile(r"ou"), "u"),
    ("", re.compile(r"([a-z])\1"), r"\1"),
)
_LOAN_LETTERS = frozenset({0, 1, 2, 5, 6})
# English words this common are respelt; an Indonesian word at least this long, and not
# much more common in Indonesian than its English source is in English, is taken for a
# loan (``kantor`` is not "cantor", which English seldom writes).
MIN_ZIPF = 2.5
MIN_LETTERS = 4
VOCABULARY = 80000
MAX_ZIPF_GAP = 1.0
INFLECTED = ("ing", "ed")


def respellings(english: str) -> dict[str, int]:
    """The Indonesian spellings the borrowing rules make of an English word, each with how
    surely it is a loan's: 2 when an ending that marks a loan made it (``competition`` ->
    kompetisi), 1 when only letters that do (``code`` -> kode), 0 otherwise (``berry``
    -> beri)."""
    word = english.lower()
    stems = {word: 0}
    for n, ending, indonesian in _ENDINGS_BY_LAST.get(word[-1:], ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems[word[: -len(ending)] + indonesian] = 2 if n < len(_ENDINGS) - _WEAK_ENDINGS else 0
            break
    spelt: dict[str, int] = {}
    for stem, sure in stems.items():
        for n, (needle, pattern, replacement) in enumerate(_LETTERS):
            if needle not in stem:  # most words need few of the rules: skip the rest
                continue
            stem, changes = pattern.subn(replacement, stem)
            if changes and n in _LOAN_LETTERS:
                sure = max(sure, 1)
        spelt[stem] = max(spelt.get(stem, 0), sure)
    return spelt


@cache
def _loan_index() -> dict[str, tuple[int, str]]:
    """Indonesian respelling -> how surely, and the English word that makes it most surely
    (a loan's ending before letters alone: ``produk`` is "product", not "produce"), the
    more common one on a tie. Inflected English (-ing, -ed) is not borrowed: ``keeping``
    is not the source of ``keping``."""
    from wordfreq import get_frequency_dict, top_n_list

    frequencies = get_frequency_dict("en")  # one look-up a word, not zipf_frequency's parsing
    least = 10 ** (MIN_ZIPF - 9)  # the Zipf scale is log10 of the frequency per billion words
    index: dict[str, tuple[int, str]] = {}
    for english in top_n_list("en", VOCABULARY):  # most frequent first: it keeps its place
        if not english.isalpha() or len(english) < MIN_LETTERS or english.endswith(INFLECTED):
            continue
        if frequencies.get(english, 0.0) < least:
            break
        for spelt, sure in respellings(english).items():
            if spelt != english and (spelt not in index or sure > index[spelt][0]):
                index[spelt] = (sure, english)
    return index


# Loanwords whose English look-alike the respelling rules would find but news English does
# not mean by them (the false friends Indonesian–English translators are taught), with what
# it writes instead: ``obligasi`` are bonds, not obligations; ``fraksi`` a party's faction in
# parliament; ``instansi`` a government agency; ``sosialisasi`` informing the public.
FALSE_FRIENDS = {
    "obligasi": "bonds",
    "fraksi": "faction",
    "instansi": "agency",
    "sosialisasi": "public outreach",
    "definitif": "permanent",
    "aktual": "current",
    "konsekuen": "consistent",
    "sportif": "sportsmanlike",
}


def loan_english(word: str) -> str | None:
    """The English a loanword means in news: a false friend's (``FALSE_FRIENDS``), else the
    word it is borrowed from (``loan_source``)."""
    return FALSE_FRIENDS.get(word.lower()) or loan_source(word)


def loan_source(word: str) -> str | None:
    """The English word an Indonesian word is borrowed from, if the spelling rules find
    one (``privatisasi`` -> privatization; ``kota`` is not "cotta"). A word English
    writes as it stands is not proposed: the same letters say nothing of a loan. A word
    respelt by the rules that say little (``penalti``: -y is -i) must be as common in
    English as in Indonesian, and not short (``lari`` is not "larry")."""
    from wordfreq import zipf_frequency

    word = word.lower()
    if len(word) < MIN_LETTERS or not word.isalpha() or word in FALSE_FRIENDS:
        return None
    sure, english = _loan_index().get(word, (0, ""))
    if not english or zipf_frequency(word, "en") >= MIN_ZIPF:  # tank, pink: English already
        return None
    gap = MAX_ZIPF_GAP if sure else 0.0
    if zipf_frequency(english, "en") < zipf_frequency(word, "id") - gap:
        return None
    if not sure and len(word) < MIN_LETTERS + 2:
        return None
    return english


# A word written as English writes it is English's when English writes it at least this
# much more often than Indonesian does (Zipf): ``set``, ``par``, ``final``, not ``liar``
# (Indonesian "wild"), which Indonesian writes more.
AS_WRITTEN_MIN_ZIPF = 3.0


def english_as_written(word: str) -> str | None:
    """An English word that Indonesian news writes unchanged (``set`` of a tennis match,
    ``par`` in golf), for a word the dictionary lacks: English writes it commonly and at
    least as often as Indonesian does. Whether the translators agree is for the parallel
    text's lines to say (``rescore``)."""
    from wordfreq import zipf_frequency

    word = word.lower()
    if len(word) < 3 or not word.isalpha():
        return None
    english = zipf_frequency(word, "en")
    return word if english >= max(AS_WRITTEN_MIN_ZIPF, zipf_frequency(word, "id")) else None


def borrowed(word: str) -> tuple[str, str] | None:
    """The English word a word FreeDict lacks is borrowed from, respelt (``turnamen``:
    tournament) or as written (``set``), with the evidence to show."""
    if friend := FALSE_FRIENDS.get(word.lower()):
        look_alike = _loan_index().get(word.lower(), (0, "its look-alike"))[1]
        return friend, f"a false friend: news English writes this, not {look_alike}"
    if loan := loan_source(word):
        return loan, f"Indonesian spelling of the English {loan}"
    if same := english_as_written(word):
        return same, "English written as it stands"
    return None
