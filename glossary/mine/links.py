"""Links between groups: a stated nickname, a short name and the full name it shortens,
an acronym and its expansion."""

from __future__ import annotations

from collections import defaultdict

from glossary import lexicon
from glossary.mine.casing import CaseStats
from glossary.mine.counting import MARKERS, Tally, initials
from glossary.mine.dictionary import english_words
from glossary.mine.groups import Group, group_key, top_key
from glossary.mine.name_kinds import club_name
from glossary.mine.names import Segmenter
from glossary.morphology import SPACE_OR_HYPHEN, is_acronym


def link_nicknames(groups: dict[str, Group], tally: Tally, segmenter: Segmenter) -> None:
    """Jokowi joins Joko Widodo when the text says so (Joko Widodo, yang akrab disapa
    Jokowi): the nickname's group takes the full name, or absorbs the full name's group,
    and the full name heads it."""
    if not tally.nicknames:
        return
    for (full, nick), _count in tally.nicknames.most_common():
        name = _person_part(segmenter, full)
        nick_name = _person_part(segmenter, nick)
        if not name or not nick_name or name == nick_name:
            continue
        nkey, fkey = group_key(nick_name, name=True), group_key(name, name=True)
        if nkey not in groups:
            continue
        if fkey in groups and fkey != nkey:
            groups[nkey].absorb(groups.pop(fkey))
        else:
            groups[nkey].forms.setdefault(name, 0)
        # the stated full name heads the candidate, the nickname is its variant, however
        # often each is written: Pramono Anung, yang akrab disapa Mas Pram
        groups[nkey].full_name = groups[nkey].full_name or name


def _person_part(segmenter: Segmenter, run: str) -> str:
    """The name in a run, without the title and place before it (Presiden Somalia Hassan
    Ali Warsame → Hassan Ali Warsame); empty if the run names no person (Gubernur DKI
    Jakarta)."""
    words = run.split()
    parts = [w for w, hint in segmenter.segments(words) if hint not in ("title", "place")]
    if not parts or not all(segmenter.case.name_like(w) for w in parts[-1]):
        return ""  # Gubernur DKI Jakarta, yang akrab disapa ...: no name to join
    return " ".join(parts[-1])


def link_short_names(groups: dict[str, Group], case: CaseStats, tally: Tally) -> None:
    """Putin → Vladimir Putin: a one-word name joins the full name it dominantly shortens,
    as do the given names a person is written by (Ade Ary → Ade Ary Syam Indradi).

    By its last word, or by its first when the rest never stands alone (Kim → Kim Jong
    Un); not Chelsea → Chelsea Paulo Ferreira when the text also writes Paulo Ferreira;
    not when a title before the short name never stands before the full name: Presiden
    Omar is someone else than Mullah Mohammad Omar (Presiden Putin is Presiden Rusia
    Vladimir Putin); not by a first word the text also writes in lower case: Badai of
    Badai Katrina is the storm's head noun (badai), no short name.
    """
    alone = {key.lstrip(MARKERS) for key in tally.runs}
    english = english_words()
    full_by_word: dict[str, list[str]] = defaultdict(list)
    for key, group in groups.items():
        if group.words >= 2 and (
            top_key(group.kinds) == "person" or club_name(top_key(group.forms))
        ):
            form = top_key(group.forms)
            words = SPACE_OR_HYPHEN.split(form.lower())
            full_by_word[words[-1]].append(key)
            rest = form.split(" ", 1)[-1]
            if words[0] != words[-1] and rest not in alone:
                full_by_word[words[0]].append(key)
            for given in range(2, len(words)):
                # Ade Ary of Ade Ary Syam Indradi; not Los Angeles of Los Angeles Clippers,
                # League One of League One Swindon Town: English words end a club's name.
                if english.isdisjoint(words[given:]):
                    full_by_word[" ".join(words[:given])].append(key)
    # One-word names first: Mayweather joins Floyd Mayweather before Floyd Mayweather may
    # join Floyd Mayweather Jnr.
    given_names = {group_key(words, name=True) for words in full_by_word if " " in words}
    shorts = [key for key, group in groups.items() if group.words == 1]
    for key in shorts + [key for key in given_names if key in groups]:
        if key not in groups:
            continue
        group = groups[key]
        if top_key(group.kinds) not in ("name", "person"):
            continue
        form = top_key(group.forms)
        word = form.lower()
        if form.count(" ") + 1 != group.words or (group.words > 1 and word not in full_by_word):
            continue  # a full name now written mostly short (Fernando Alonso, as Alonso)
        if not all(map(case.name_like, form.split(" "))) or form in case.regions:
            continue  # Sumenep of Kabupaten Sumenep is a place, no one's surname
        if group.words > 1 and tally.placed.get(form, 0):
            continue  # di Los Angeles: a city, no given names of Los Angeles Clippers
        options = sorted(
            (groups[k].occurrences.count, k)
            for k in full_by_word.get(word, ())
            if k in groups and k != key
        )
        if not options:
            continue
        best_count, best = options[-1]
        if len(options) > 1 and options[-2][0] * 2 > best_count:
            continue
        if best_count * 10 < group.occurrences.count:  # a full name seen once or twice
            continue
        full = groups[best]
        if _other_person(group.titles, full.titles):
            continue
        if (
            case.lower.get(word, 0)
            and SPACE_OR_HYPHEN.split(top_key(full.forms).lower())[0] == word
        ):
            continue  # Badai of Badai Katrina, written badai too: the head noun, no name
        if group.words > 1 and full.occurrences.refs()[0] > group.occurrences.refs()[0]:
            continue  # given names follow the full name (Werder Bremen is no Werder Bremen II)
        full.full_name = full.full_name or top_key(full.forms)
        full.absorb(group)
        del groups[key]


def _other_person(short_titles: set[str], full_titles: set[str]) -> bool:
    """Whether a title the short name has (Presiden Omar) never stands before the full name
    (Pemimpin Taliban Mullah Mohammad Omar): then the short name may be someone else.
    Titles match by their short forms and by prefix (Prof Lankov, Profesor Andrei Lankov;
    Menhan Shoigu, Menteri Pertahanan Sergei Shoigu); a full name the text never titles
    (Korea Utara Kim Jong-un) is no evidence either way."""
    if not full_titles:
        return False
    expanded = [lexicon.SHORT_FORMS.get(t, t) for t in full_titles]
    return any(
        not any(f.startswith(t) or t.startswith(f) for f in expanded)
        for t in (lexicon.SHORT_FORMS.get(t, t) for t in short_titles)
    )


def link_acronyms(groups: dict[str, Group], tally: Tally) -> None:
    """KTT ↔ Konferensi Tingkat Tinggi: as stated in brackets, or by matching initials."""
    for (short, long_form), _count in tally.pairs.most_common():
        skey, lkey = group_key(short, name=True), group_key(long_form, name=True)
        if skey not in groups:
            continue
        groups[skey].expansion = groups[skey].expansion or long_form
        if lkey in groups and lkey != skey:
            groups[skey].absorb(groups.pop(lkey))
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, group in groups.items():
        # Matched by initials only when written as a name (Rukun Warga); a lowercase phrase
        # sharing the initials (rumah warga) is an expansion only if the text states it.
        if group.words >= 2 and not top_key(group.forms).islower():
            by_initials[initials(top_key(group.forms))].append(key)
    for key in list(groups):
        if key not in groups:
            continue
        group = groups[key]
        acronyms = [f for f in group.forms if is_acronym(f)]
        if not acronyms or group.expansion:
            continue
        short = max(acronyms, key=group.forms.__getitem__)
        if short.lower() in lexicon.ACRONYMS and not any(not is_acronym(f) for f in group.forms):
            group.expansion = lexicon.display_case(short, lexicon.ACRONYMS[short.lower()])
            continue
        matches = [k for k in by_initials.get(short.replace("-", ""), ()) if k in groups]
        if len(matches) == 1 and matches[0] != key and _share_a_line(group, groups[matches[0]]):
            other = groups.pop(matches[0])
            group.expansion = top_key(other.forms)
            group.absorb(other)


def _share_a_line(one: Group, other: Group) -> bool:
    return not set(one.occurrences.refs()).isdisjoint(other.occurrences.refs())
