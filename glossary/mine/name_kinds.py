"""What a mined name is (person, place, organisation, event, title, acronym) and the groups
of its forms the ranking scores: Pemimpin Hizbullah Hassan Nasrallah gives the title
Pemimpin Hizbullah and the person Hassan Nasrallah, titled by it."""

from __future__ import annotations

from collections import defaultdict

from glossary import lexicon
from glossary.mine.casing import CaseStats
from glossary.mine.counting import BREAK_WORDS, MARKERS, Tally
from glossary.mine.groups import Group, count_where_acronyms_end_names, group_key
from glossary.mine.names import Segmenter
from glossary.morphology import ROMAN_NUMERAL, is_acronym, is_verb

_DIRECTIONS = lexicon.COMPASS | {"pusat", "raya", "besar", "kecil"}


def club_name(form: str) -> bool:
    """Whether a name of two words or more is a sports club's (``lexicon.CLUB_WORDS``):
    Real Zaragoza, Racing Santander, Leeds United; the text writes it like a person's name,
    its city alone like a surname (Zaragoza), but it names no one."""
    words = form.lower().split()
    return len(words) > 1 and (words[0] in lexicon.CLUB_WORDS or words[-1] in lexicon.CLUB_WORDS)


def _kind_of(words: list[str], hint: str, case: CaseStats) -> str:
    lower = [w.lower() for w in words]
    phrase = " ".join(lower)
    if hint == "title":
        return "title"
    if len(words) == 1 and is_acronym(words[0]):
        return "acronym"
    if phrase in lexicon.PLACES or (
        # Jakarta Pusat, Jawa Barat: a place and a direction.
        lower[0] in lexicon.PLACES and all(w in _DIRECTIONS for w in lower[1:])
    ):
        return "place"
    if lower[0] in lexicon.SHORT_FORMS:  # Pemkot Delhi, Kemenlu RI
        lower = [*lexicon.SHORT_FORMS[lower[0]].split(), *lower[1:]]
    if lower[0] in lexicon.EVENT_WORDS or phrase in lexicon.EVENT_WORDS:
        return "event"
    if not lexicon.ORGANISATION_WORDS.isdisjoint(lower) or lower[-1] in lexicon.LEGAL_SUFFIXES:
        return "organisation"  # Bank Mega; Indofood Sukses Makmur Tbk, a company
    if lower[0] in lexicon.PLACE_WORDS or (
        # Jakarta Utara; Guantanamo Bay (English puts the place word last)
        len(words) > 1 and (lower[-1] in lexicon.COMPASS or lower[-1] in lexicon.PLACE_WORDS)
    ):
        return "place"
    if " ".join(words) in case.regions:
        # What an administrative unit names (Kota Palangka Raya, Kecamatan Tanjungpriok)
        # is a place: Camat Tanjungpriok is the office of it, no form of it.
        return "place"
    # Dinkes Sumenep (Kabupaten Sumenep): a name with a place in it, no person.
    if club_name(" ".join(words)):
        return "organisation"
    if (
        hint != "body"  # Metro Jaya of Kapolda Metro Jaya Irjen Karyoto
        and len(words) >= 2
        and all(case.name_like(w) for w in words)
        and case.regions.isdisjoint(words)
    ):
        return "person"
    return "name"


def name_groups(tally: Tally, segmenter: Segmenter, min_count: int) -> dict[str, Group]:
    case = segmenter.case
    segmenter.learn_titled_splits(tally.runs, tally.titled)
    groups: dict[str, Group] = {}
    capital, initials = case.capital, tally.initials

    def frequent(word: str) -> bool:
        lower = word.lower()
        return capital.get(lower, 0) + initials.get(lower, 0) >= min_count

    # Lines where an acronym ends a longer name (UEFA in Piala UEFA).
    inside: dict[str, list[list]] = defaultdict(list)
    for key, stats in tally.runs.items():
        # A name occurs at most as often as its rarest word is capitalised: a rare run
        # of rare words cannot give a candidate.
        words = key.lstrip(MARKERS).split(" ")  # as CaseStats counts them: Al-Shabab whole
        if stats[0] < min_count and not any(map(frequent, words)):
            continue
        titled = key in tally.titled
        for piece in segmenter.pieces(key):
            segments = segmenter.segments(piece, titled)
            titled = False  # only the first piece follows the title
            # The title opening the piece: Pemimpin in Pemimpin Taliban Mullah Omar.
            title = " ".join(segments[0][0]).lower() if segments[0][1] == "title" else ""
            for n, (words, hint) in enumerate(segments):
                if len(words) == 1 and is_acronym(words[0]):
                    lower = words[0].lower()
                    # TIM, BUMI in a headline: a common word in capitals, not an acronym.
                    if lower not in lexicon.ACRONYMS and case.lower.get(lower, 0) >= max(
                        2, stats[0]
                    ):
                        continue
                elif len(words) == 1:
                    lower = words[0].lower()
                    if (
                        lower in BREAK_WORDS
                        or len(lower) < 2
                        or is_verb(lower)
                        or ROMAN_NUMERAL.match(words[0])
                    ):
                        continue
                elif len(words) > 1 and is_acronym(words[-1]):
                    inside[group_key(words[-1], name=True)].append(stats)
                form = " ".join(words)
                kind = _kind_of(words, hint, case)
                gkey = group_key(form, name=True)
                group = groups.get(gkey)
                if group is None:
                    group = groups[gkey] = Group(words=len(words))
                group.add(form, kind, stats)
                # The title names the run's last part: Pemimpin Hizbullah Hassan Nasrallah
                # is Nasrallah's title, no form of Hizbullah.
                last = n == len(segments) - 1
                if (
                    n
                    and last
                    and segments[n - 1][1] == "title"
                    and (kind == "person" or (kind == "name" and len(words) == 1))
                ):
                    group.titled.add(" ".join(segments[n - 1][0] + words))
                if n and title and kind in ("person", "name"):
                    group.titles.add(title)
    count_where_acronyms_end_names(groups, inside, min_count)
    return groups
