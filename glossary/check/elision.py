"""What news English leaves out of a term and still says all: a currency's country ("per
dollar" for ``dolar AS``), ANTARA's dateline (``di Jakarta, Senin`` as "here on Monday"), a
title or a company's form around a name the English gives ("Sutjipto said"); and what a
condensed translation leaves out with the rest of its segment."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from glossary import regex_cache
from glossary.check.source import Occurrence

# Words too common to stand for a name on their own.
_FUNCTION_WORDS = frozenset(
    "the of and for in on at to a an de da del van von bin binti al el la le".split()
)


@functools.lru_cache(maxsize=4096)
def whole_word(word: str) -> re.Pattern[str]:
    """Where ``word`` is written as a whole word (``Mulyani`` in "Mulyani said", not in
    "Mulyaninya"), compiled once: names are asked after again and again, more of them than
    ``re``'s own cache keeps, and kept for the next run (``regex_cache``)."""
    return regex_cache.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


# Currencies a place names (dolar AS, dolar Singapura, yen Jepang): English news writes
# "per dollar", "S$", "the yen" once the currency is plain.
_CURRENCY_WORDS_ID = (
    "dolar dollar yen euro yuan renminbi ringgit won baht peso rupee poundsterling pound franc"
    " frank riyal rial dirham dong rubel lira krona rand dinar".split()
)
_CURRENCIES_ID = regex_cache.compile(rf"(?:{'|'.join(_CURRENCY_WORDS_ID)})\s+$", re.IGNORECASE)
# A currency's name ends where the space before the term starts: it starts no further back
# than the longest name (a search of the whole source before the term tries every place).
_CURRENCY_REACH = max(map(len, _CURRENCY_WORDS_ID))


def after_currency(before: str) -> bool:
    """Whether the source before a term ends with a currency's name and a space: ``dolar``
    of ``dolar Singapura`` (``_CURRENCIES_ID``, searched over the last word alone)."""
    reach = max(0, len(before.rstrip()) - _CURRENCY_REACH)
    return _CURRENCIES_ID.search(before, reach) is not None


# A currency by its ISO code, which names the country with it: "USD 100 billion" for
# ``100 miliar dolar Amerika Serikat``.
_CURRENCY_CODES = (
    r"(?<![A-Za-z])(?-i:USD|SGD|AUD|HKD|NZD|CAD|EUR|GBP|JPY|CNY|MYR|THB|KRW|INR|SAR|CHF)"
    r"(?![A-Za-z])"
)
# The currency in English with nothing else in the country's place: "per dollar", "the
# greenback", "S$15", "$15", "15 yen" (not "Japanese yen", which a rendering covers).
_CURRENCIES_EN = regex_cache.compile(
    r"(?:^|\(|(?<!\w)(?:per|the|a|against|to|in|of|and|its|their|from|at|on|into|for|with|than"
    r"|by|\d[\d.,]*(?:\s*(?:million|billion|trillion))?)\s+)"
    r"(?:dollars?|greenback|yen|euros?|yuan|renminbi|RMB|ringgit|won|baht|pesos?|rupees?|pounds?"
    r"|sterling|francs?|riyals?|rials?|dirhams?|dong|roubles?|rubles?|lira|krona|rand|dinars?)"
    rf"(?!\w)|(?<![A-Za-z])[A-Z]{{0,2}}[$\u00a3\u20ac\u00a5]|{_CURRENCY_CODES}",
    re.IGNORECASE,
)


_ANY_CURRENCY = regex_cache.compile(
    r"(?<!\w)(?:dollars?|greenback|yen|euros?|yuan|renminbi|RMB|ringgit|won|baht|pesos?|rupees?"
    r"|pounds?|sterling|francs?|riyals?|rials?|dirhams?|dong|roubles?|rubles?|lira|krona|rand"
    rf"|dinars?)(?!\w)|[$\u00a3\u20ac\u00a5]|{_CURRENCY_CODES}",
    re.IGNORECASE,
)


# ANTARA's dateline: "di Jakarta, Rabu", "di Jakarta." (the English says "here" or nothing);
# between "di" and the place, up to eight words of a venue's name: "di Gedung DPR/MPR Jakarta",
# "di Kantor Pusat Ditjen Bea dan Cukai Rawamangun Jakarta", "di Gedung DPR, Jakarta" (not
# "di pasar spot antarbank Jakarta", a description the English translates with the place).
_DI_VENUE = regex_cache.compile(r"(?<!\w)di\s+(?:(?:[A-Z][\w.'/-]*|dan|\S*/\S*),?\s+){0,8}$")
# ... only a name's words between "di" and the place: "kata Hartadi di BI Jakarta."
_DI_NAMES = regex_cache.compile(r"(?<!\w)di\s+(?:[A-Z][\w.'/-]*\s+){0,5}$")
# ... or the speaker's name just before: "Ruri Nova di Jakarta, mengatakan".
_SPEAKER_AT = regex_cache.compile(r"[A-Z][\w.'-]*,?\s+di\s+$")
_WEEKDAYS = {
    "senin": "Monday",
    "selasa": "Tuesday",
    "rabu": "Wednesday",
    "kamis": "Thursday",
    "jumat": "Friday",
    "sabtu": "Saturday",
    "minggu": "Sunday",
}
_WEEKDAY = regex_cache.compile(
    r"\s*,?\s*(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|baru-baru ini|akhir pekan"
    r"|kemarin|hari ini)\b",
    re.IGNORECASE,
)
_SPEECH_WORDS = (
    r"kata|ujar|ungkap|tutur|ucap|mengatakan|menjelaskan|menyatakan|menegaskan|mengungkapkan"
    r"|menilai|memperkirakan|berpendapat|menambahkan|menuturkan|mengemukakan"
)
_SPEECH = regex_cache.compile(rf"(?<!\w)(?:{_SPEECH_WORDS})(?!\w)", re.IGNORECASE)
# Verbs of saying that follow what was said: "..., kata Hartadi".
_AFTER_QUOTE = frozenset("kata ujar ungkap tutur ucap".split())
# ... and the speaker before one: "Ruri Nova di Jakarta, mengatakan", "Menkeu mengatakan".
SPEECH_NEXT = regex_cache.compile(rf"\s*,?\s*(?:{_SPEECH_WORDS})(?!\w)", re.IGNORECASE)
# "in"/"at" and up to six words before the day: where the English may give a place.
_IN_BEFORE_DAY = regex_cache.compile(r"(?<!\w)(?:in|at|on)\s+((?:[\w'-]+\s+){1,6}?)(?:on\s+)?$")


# A phrase opened by these is an occasion, not a place ("in a statement", "at its meeting").
_DETERMINERS = frozenset("a an the its his her their our this that".split())


def _placed(target: str, day: str) -> bool:
    """Whether the English gives the day a place of its own: "in Hanoi on Monday", "in the
    Jakarta interbank market on Tuesday" (a name, or a capitalised word after the article);
    not "in a statement on Monday", "at its meeting on Monday", "here on Monday", nor
    "at the Finance Ministry Anggito Abimanyu said on Monday", where the day is the
    saying's."""
    for found in re.finditer(rf"(?<!\w){day}(?!\w)", target):
        words = _IN_BEFORE_DAY.search(target[: found.start()])
        if not words:
            continue
        phrase = words.group(1).split()
        if phrase[-1].lower() == "here":
            continue  # "at the BI building here on Wednesday": the dateline's "here"
        if any(_SAYS_EN.fullmatch(word) for word in phrase):
            continue  # "Head of the Board at the Finance Ministry Anggito said on Monday"
        if phrase[0] not in _DETERMINERS or any(w[:1].isupper() for w in phrase[1:]):
            return True
    return False


def _venue_written(venue: str, target: str) -> bool:
    """Whether the English writes the venue of a dateline as a name, with no "here" for its
    place: two capitalised words of ``di Pasar Spot Antar Bank`` as they are ("on the
    Jakarta Inter Bank Spot Market on Tuesday"), so that the venue's place is owed there."""
    if venue.rstrip().endswith(",") or re.search(r"(?<!\w)here(?!\w)", target, re.IGNORECASE):
        return False  # "di Stadion Bandaraya Johor Bahru, Malaysia": the country after it
    words = {w for w in re.findall(r"(?<![\w/])[A-Z][a-z]{2,}(?![\w/])", venue)}
    return sum(bool(re.search(rf"(?<!\w){w}(?!\w)", target)) for w in words) >= 2


def _dateline(before: str, after: str, source: str, target: str) -> bool:
    """Whether a place is ANTARA's dateline that the English gives as "here" or leaves out
    (``di Gedung DPR, Jakarta, Senin`` as "here on Monday", "in a statement on Monday"),
    unless the English puts the day in a place of its own ("in Hanoi on Monday")."""
    day = _WEEKDAY.match(after)
    venue = _DI_VENUE.search(before)
    if day and venue:
        english = _WEEKDAYS.get(day.group(1).lower())
        if english and english in target and _venue_written(venue.group(), target):
            return False  # "di Pasar Spot Antar Bank Jakarta" as "the ... Inter Bank Spot Market"
        return english is None or not _placed(target, english)
    if not _SPEECH.search(source):
        return False
    if _SPEAKER_AT.search(before) and SPEECH_NEXT.match(after):
        return True  # "Ruri Nova di Jakarta, mengatakan"
    # "..., kata Hartadi dalam acara di BI Jakarta." ends the sentence with the attribution
    # (a verb that follows what was said); "mengatakan, lima BPR di Bekasi dan Makassar."
    # names places in what was said.
    said = list(_SPEECH.finditer(before))
    attribution = bool(said) and said[-1].group().lower() in _AFTER_QUOTE
    return attribution and bool(_DI_NAMES.search(before) and re.match(r"[.,]?\s*$", after))


# The attribution that ends a segment: "..., kata Dirut Jasa Marga, Frans Sunito di Jakarta".
_VERBS_OF_SAYING = r"kata|ujar|ungkap|tutur|ucap|jelas|tambah|tegas|papar|imbuh"
_ATTRIBUTION = regex_cache.compile(rf"(?<!\w)(?:{_VERBS_OF_SAYING})(?:nya)?\s+", re.IGNORECASE)
# The speaker after it: a run of capitalised words, commas between them allowed.
_SPEAKER = regex_cache.compile(r"(?:[A-Z][\w.'&/-]*,?\s+)*[A-Z][\w.'&/-]*")
_NAME_WORD = regex_cache.compile(r"(?<!\w)[A-Z][\w'-]{2,}")


# The verb of an English attribution, and how far before it its speaker may start.
_SAYING_EN = "said|says|told|added|stated|explained|announced"
_SAYS_EN = regex_cache.compile(rf"(?<!\w)(?:{_SAYING_EN})(?!\w)")
_SPEAKER_REACH = 40


def speaker_slot(occ: Occurrence, target: str) -> tuple[int, int] | None:
    """Where the English gives the speaker, when the term is who speaks in the source
    (``kata Menko Boediono``, ``Departemen Keuangan mengungkapkan``): the words before the
    English's last verb of saying ("..., a Finance Ministry official said"), wherever the
    English moves its attribution; None otherwise."""
    source, start, end = occ.piece.text, occ.match.start, occ.match.end
    said = [found for found in _ATTRIBUTION.finditer(source) if found.end() <= start]
    speaker = _SPEAKER.match(source, said[-1].end()) if said else None
    before = speaker is not None and speaker.start() <= start < speaker.end()
    run = _SPEAKER.match(source, start)
    verb = SPEECH_NEXT.match(source, max(end, run.end() if run else end))
    # "Menkeu mengatakan", not "..., kata Menkeu": that verb follows what was said
    after = verb is not None and verb.group().strip(" ,").lower() not in _AFTER_QUOTE
    verbs = list(_SAYS_EN.finditer(target)) if before or after else []
    if not verbs:
        return None
    verb = verbs[-1]
    start = max(0, verb.start() - _SPEAKER_REACH)
    clause = max(target.rfind(sign, start, verb.start()) for sign in ",.;:")
    start = max(start, clause + 1)  # the speaker's words, not the clause before them
    speaker_words = target[start : verb.start()].split()
    if not speaker_words or speaker_words[-1].lower() in _SPEAKER_PRONOUNS:
        return None  # "he said": a pronoun speaks
    return start, verb.start()


_SPEAKER_PRONOUNS = frozenset("he she it they we i".split())


# The rest of a speaker's name and titles (up to five capitalised words or initials) and
# the verb of saying after it: "Jusuf Kalla said", "Agus D.W. Martowardojo told".
_SPEAKS_NEXT = regex_cache.compile(rf"(?:\s+[A-Z][\w.'\u2019-]*){{0,5}},?\s+(?:{_SAYING_EN})(?!\w)")


# An attribution that names no one: ``katanya``, ``Menurut dia``, ``Dia menuturkan``, ``ujar
# Ketua Umum Partai Golkar itu`` (a title with "itu": the one the story named before).
_UNNAMED_SPEAKER = regex_cache.compile(
    rf"(?<!\w)(?:(?:{_VERBS_OF_SAYING})nya|(?:{_VERBS_OF_SAYING}|menurut)\s+(?:dia|ia|beliau)"
    rf"|(?:dia|ia|beliau)\s+(?:{_SPEECH_WORDS})"
    rf"|(?:{_VERBS_OF_SAYING})\s+(?-i:[A-Z][\w.'&/-]*\s+){{1,6}}(?:itu|tersebut))(?!\w)",
    re.IGNORECASE,
)


def named_speaker(end: int, target: str) -> bool:
    """Whether the person or title that ends at ``end`` of the English opens who speaks:
    English news names the speaker where Indonesian writes ``katanya``, ``ujar Ketua Umum
    Partai Golkar itu`` or ``Menurut dia`` ("..., Jusuf Kalla said", "Finance Minister Sri
    Mulyani Indrawati said"). Who speaks translates the attribution, and stands in no
    other term's place."""
    return bool(_SPEAKS_NEXT.match(target, end))


def unnamed_speaker(source: str) -> bool:
    """Whether the source quotes someone it does not name there (``_UNNAMED_SPEAKER``):
    the English may name them."""
    return bool(_UNNAMED_SPEAKER.search(source))


def attribution_left_out(occ: Occurrence, terms: Sequence[tuple[int, int]], target: str) -> bool:
    """Whether the term describes the speaker of the attribution that ends the source
    segment, a person the glossary does not know (the capitalised run after the verb
    ends with a word no term of the glossary covers, ``terms``), and the English writes
    no word of that run that no term covers: the attribution was left out or made
    general ("a spokesman said" for ``kata Direktur Bank Victoria Daroel O. Aboebakar``),
    not mistranslated."""
    source, start = occ.piece.text, occ.match.start
    said = [found for found in _ATTRIBUTION.finditer(source) if found.start() < start]
    speaker = _SPEAKER.match(source, said[-1].end()) if said else None
    if speaker is None or not speaker.start() <= start < speaker.end():
        return False
    words = [
        (word.group(), any(a <= word.start() < b for a, b in terms))
        for word in _NAME_WORD.finditer(source, speaker.start(), speaker.end())
        if word.group().lower() not in _WEEKDAYS
    ]
    names = [word for word, covered in words if not covered]
    if not words or words[-1][1]:
        return False  # the speaker is a person the glossary knows, checked as such
    return not any(whole_word(name).search(target) for name in names)


_WORD_BEFORE = regex_cache.compile(r"(?<!\w)([A-Z][\w'-]+)\s+$")
# The name after a company's form: up to three capitalised words (PT Bank Mega Tbk).
_NAME_NEXT = regex_cache.compile(r"\.?\s+([A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,2})")


def _company_written(source: str, start: int, after: str, target: str) -> bool:
    """Whether the English writes a word of the name that a company's form (``PT``, ``Tbk``)
    stands by in the source, the word before it or one of the capitalised words after it:
    ``Direktur Retail Banking PT Bank Mega`` as "director of Bank Mega", ``PT Aneka
    Tambang Antam`` as "Antam", ``Bank Mega Tbk`` as "Bank Mega"."""
    before = _WORD_BEFORE.search(source[:start])
    nxt = _NAME_NEXT.match(after)
    words = [before.group(1)] if before else []
    words += nxt.group(1).split() if nxt else []
    return any(
        len(word) > 2 and word.lower() not in _FUNCTION_WORDS and whole_word(word).search(target)
        for word in words
    )


# A company's registered name: its legal form first (PT Transportasi Jakarta, Perum Bulog).
_REGISTERED = regex_cache.compile(r"(?:PT|CV|Perum|Persero)\.?\s+[A-Z]")


def registered_name(form: str) -> bool:
    """Whether ``form`` is a company's registered name, which English news keeps as it is
    ("PT Transportasi Jakarta", "PT Pertamina"): written so, it is no untranslated text."""
    return _REGISTERED.match(form) is not None


# A company's name opened by its form, up to the term: "PT Telekomunikasi ", "PT Arutmin ".
_COMPANY_OPENED = regex_cache.compile(r"(?<!\w)PT\.?\s+((?:[A-Z][\w&'-]*\s+){1,4})$")
_COMPANY_REST = regex_cache.compile(r"(?:\s+[A-Z][\w&'-]*){0,2}")


def _company_shortened(occ: Occurrence, target: str) -> bool:
    """Whether the term is a word of a company's name that the English shortens after the
    form, to the name's short form after the term (``PT Telekomunikasi Indonesia Telkom`` as
    "PT Telkom") or to the words before it with nothing after them (``PT Arutmin
    Indonesia`` as "PT Arutmin --"; not "PT Arutmin Energy")."""
    source = occ.piece.text
    opened = _COMPANY_OPENED.search(source[: occ.match.start])
    if opened is None:
        return False
    before = r"\s+".join(re.escape(w) for w in opened.group(1).split())
    if re.search(rf"(?<!\w)PT\.?\s+{before}(?:['\u2019]s(?!\w)|\s*[^\w\s(]|\s*$)", target):
        return True  # the words before the term, and nothing after them: "PT Arutmin --"
    rest = _COMPANY_REST.match(source, occ.match.end)
    return any(
        len(word) > 2
        and word.lower() not in _FUNCTION_WORDS
        and re.search(rf"(?<!\w)PT\.?\s+{re.escape(word)}(?!\w)", target)
        and word not in opened.group(1).split()
        for word in (rest.group().split() if rest else [])
    )  # its short name after the term: "PT Telkom"


@functools.lru_cache(maxsize=65536)
def _name_words(renderings: tuple[str, ...]) -> re.Pattern[str]:
    """Any word of a person's name, as capitalised there: ``Mulyani``, ``Indrawati``."""
    words = {
        w
        for r in renderings
        for w in re.split(r"[\s\-]+", r)
        if len(w) > 2 and w[:1].isupper() and w.lower() not in _FUNCTION_WORDS
    }
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def in_dateline(occurrences: Sequence[Occurrence], target: str) -> bool:
    """Whether the term is the place of ANTARA's dateline, which the English gives as "here"
    or leaves out (``di Gedung DPR, Jakarta, Senin`` as "here on Monday")."""
    first = occurrences[0]
    source, match = first.piece.text, first.match
    before, after = source[: match.start], source[match.end :]
    return match.entry.kind == "place" and _dateline(before, after, source, target)


def elided(occurrences: Sequence[Occurrence], target: str) -> bool:
    """Whether the English leaves the term out the way news English does: the country of a
    currency (``dolar AS`` as "per dollar", ``dolar Singapura`` as "S$") where every
    currency the English names is bare (not "per Canadian dollar"); or what describes a
    person the English names with nothing in its place (the title, company and form of
    ``kata Direktur Utama PT Wika A Sutjipto`` as "Sutjipto said")."""
    first = occurrences[0]
    qualifying = [o for o in occurrences if after_currency(o.piece.text[: o.match.start])]
    if qualifying:
        if len(qualifying) < len(occurrences):
            return False  # "PDB Singapura" beside "dolar Singapura" needs its rendering
        bare = len(_CURRENCIES_EN.findall(target))
        return bare > 0 and bare == len(_ANY_CURRENCY.findall(target))
    if all(_company_shortened(o, target) for o in occurrences):
        return True  # PT Telekomunikasi Indonesia Telkom as "PT Telkom"
    entry, source = first.match.entry, first.piece.text
    after = source[first.match.end :]
    if entry.kind == "person" and _name_words(tuple(entry.renderings)).search(target):
        return True  # Sri Mulyani Indrawati as "Sri Mulyani", "Indrawati"
    if entry.kind == "acronym" and _company_written(source, first.match.start, after, target):
        return True  # PT, Tbk around a company's name that the English gives: PT Bank Mega
    if entry.kind in _DESCRIBING_KINDS:
        names = _name_after(after)
        return name_stands_alone(names, target, _description(after, names))
    return False


# What may describe a person before the name, and be left out where the English names them:
# "Analis valas PT Bank Saudara, Ruri Nova" as "Ruri said".
_DESCRIBING_KINDS = frozenset({"title", "organisation", "acronym", "place"})


# A name followed by its description: the rest of the name, then a comma and no verb of saying.
_DESCRIBED_AFTER = regex_cache.compile(
    r"(?:\s+[A-Z][\w.'-]*)*\s*,\s+(?!(?:he|she)\s|said|says|told)\S"
)


def _description(after: str, names: Sequence[str]) -> list[str]:
    """The capitalised words between a term and the name it describes: ``Retail Banking PT
    Bank Mega Tbk`` of ``Direktur Retail Banking PT Bank Mega Tbk, Kostaman Thayib``."""
    end = min((after.find(n) for n in names if n in after), default=0)
    return [
        w
        for w in re.findall(r"[A-Z][\w'-]+", after[:end])
        if len(w) > 2 and w.lower() not in _FUNCTION_WORDS
    ]


def name_stands_alone(names: Sequence[str], target: str, described: Sequence[str] = ()) -> bool:
    """Whether the English names the person of ``names`` with nothing where a description
    would stand: "Sutjipto said", "... said Sutjipto", "..., Martowardojo said"; not
    "Tuvalu Governor Sutjipto" (something else in the description's place)."""
    places = [whole_word(name).search(target) for name in names]
    found = min((p for p in places if p), key=lambda p: p.start(), default=None)
    if found is None:
        return False
    if _DESCRIBED_AFTER.match(target[found.end() :]):
        return False  # "Khrisna R Suparto, BNI's corporate director": described after the name
    before = re.findall(r"\w+|[^\w\s]", target[: found.start()])
    if not before or before[-1].lower() in _BEFORE_NAME:
        return True
    speaks = re.match(r"(?:\s+\w+){0,2}\s+(?:said|says|told)(?!\w)", target[found.end() :])
    # "..., Martowardojo said" where the words before the comma are not the description
    # ("retail banking director of PT Bank Mega, Kostaman Thayib said" keeps it).
    near = target[max(0, found.start() - 80) : found.start()]
    kept = any(whole_word(w).search(near) for w in described)
    return before[-1] == "," and bool(speaks) and not kept


# A name after a title: the capitalised words that follow it (after a comma if one comes).
_NAME_AFTER = regex_cache.compile(r"^\s*,?\s*((?:[\w.'-]+\s*,?\s*){0,7})")
_BEFORE_NAME = frozenset([*"said says told according to by mr mrs ms dr".split(), *'.!?"(\u201c'])


def _name_after(text: str) -> list[str]:
    """The last three words of the capitalised run after a title, where a person's name
    stands: ``Utama Wika A Sutjipto`` → Wika, Sutjipto; ``Keuangan BLTA, Kevin Wong`` →
    Kevin, Wong."""
    window = _NAME_AFTER.match(text)
    words = window.group(1) if window else ""
    run = words.rsplit(",", 1)[-1] if "," in words else words
    if run.split() and all(w.strip(".,").lower() in _WEEKDAYS for w in run.split()):
        run = words.rsplit(",", 1)[0]  # "Ngalim Sawega dalam pengumumannya, Selasa."
    capitalised = []
    for word in run.split():
        if not word[:1].isupper():
            break
        capitalised.append(word.strip(".'-"))
    names = [w for w in capitalised if w.lower() not in _FUNCTION_WORDS]
    return [w for w in names[-3:] if len(w) > 2 and not w.isupper()]


_CAPITALISED_BEFORE = regex_cache.compile(r"(?<![\w'-])([A-Z][\w'-]*)\s+$")
_CAPITALISED_AFTER = regex_cache.compile(r"\s+([A-Z][\w'-]*)")
_SENTENCE_END = ".!?:;\"'\u201c\u201d("


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_END


_NUMBER = regex_cache.compile(r"\d(?:[\d.,]*\d)?")
# The English of a segment under this share of its source's length condenses it...
_CONDENSED = 0.5
# ... and so does one that leaves out this share of the source's numbers and terms.
_LEFT_OUT = 2 / 3


def _numbers(text: str) -> set[str]:
    """A text's numbers without their separators: ``Rp9.100`` and ``Rp9,100`` → 9100."""
    return {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}


def shortened(source: str, target: str) -> bool:
    """Whether the English of a segment is under half its source's length."""
    return len(target) < _CONDENSED * len(source)


def condensed(source: str, target: str, rendered: Sequence[bool]) -> bool:
    """Whether the English of a segment condenses it, leaving out most of what the source
    says: it is under half the source's length, or it lacks two thirds or more of the
    source's numbers and of its other terms (``rendered``: whether each is rendered), at
    least three of them. ANTARA's English news condenses this way ("Publicly-listed Bank Mega
    will issue a bond" for a sentence that also gives the bank's reasons, its CEO and the
    dateline); a term missing there is left out with the rest, not rendered wrongly."""
    if shortened(source, target):
        return True
    kept = _numbers(target)
    anchors = [*rendered, *(number in kept for number in _numbers(source))]
    return len(anchors) >= 3 and anchors.count(False) >= _LEFT_OUT * len(anchors)
