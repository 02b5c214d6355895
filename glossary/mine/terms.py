"""Terms: lowercase n-grams that recur as units and are rarer in general Indonesian."""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from itertools import chain

from glossary import lexicon
from glossary.mine.casing import CaseStats
from glossary.mine.counting import (
    CONTENT,
    ENDING_NUMBERS,
    MARKERS,
    NGRAM_BREAKS,
    Tally,
    classify_word,
)
from glossary.mine.dictionary import plain_words, specialised_loans
from glossary.mine.groups import Group, group_key
from glossary.morphology import (
    CLITIC_ENDINGS,
    everyday_nominal,
    general_frequencies,
    general_frequency,
    inflects,
    is_derived_noun,
    is_stative,
    nominal_root,
    root_words,
)


def _general_frequency(words: list[str]) -> float:
    """Frequency of a phrase in general Indonesian, combined as wordfreq does (1/f sums).

    A word wordfreq lacks counts, in a phrase, as the rarest word of its list (1 in a
    million): in kondisi makro ekonomi or peringkat idA the unlisted word is a spelling
    or a code, and the phrase must show its contrast through its other words. Alone,
    an unlisted word (rubidium, trilobita) keeps the strongest contrast."""
    floor = UNLISTED if len(words) > 1 else UNLISTED_WORD
    inverse = sum(1.0 / max(general_frequency(w), floor) for w in words)
    return 1.0 / inverse


# Standard deviations (Poisson) taken off a phrase's count before its unithood is measured.
UNIT_SURETY = 2.0
# wordfreq's Indonesian list stops at 1 in a million words (zipf 3).
UNLISTED = 1e-6
UNLISTED_WORD = 1e-8


POSSESSIVE = "nya"

# Common nouns that head names (Kelurahan Kampung Melayu, Presiden Putin).
_NAME_HEADS = (
    lexicon.PLACE_WORDS | lexicon.ORGANISATION_WORDS | lexicon.EVENT_WORDS | lexicon.TITLES
)


# How a name's head is written in a run (Kecamatan, KECAMATAN); titles head no term.
_WRITTEN_HEADS = frozenset(
    form
    for head in _NAME_HEADS - lexicon.TITLES
    if " " not in head
    for form in (head.capitalize(), head.upper())
)

_PREDICATE_VERBS = lexicon.BASE_VERBS - {"masuk", "keluar", "hidup", "mati"}
# Verbs of motion and change that after a noun say what it does, never what it is, even in
# two words: perbankan tumbuh, harga naik, warga kembali (not korban tewas, the dead, nor
# orang hilang, the missing). After a derived noun kembali is "re-": pembelian kembali,
# the buyback, is a term.
_CLAUSE_VERBS = frozenset(
    ("naik", "turun", "tumbuh", "kembali", "mulai", "tiba", "datang", "pergi", "muncul")
)

# One word used this often in general Indonesian (1 in 10,000 words: upaya, bidang,
# pertemuan) is everyday vocabulary; domain words are rarer (sanksi 2, rudal 1.7 in 100,000).
EVERYDAY = 1e-4
# A word seen alone in less than this share of its occurrences is a fragment of a longer
# term (jinjing, nearly always in komputer jinjing).
FRAGMENT_SHARE = 0.2


def _name_heads(tally: Tally, case: CaseStats, min_count: int) -> dict[str, list]:
    """Occurrences of head nouns (kelurahan, kecamatan) that open a name, with those of
    the word in lower case, and how many different names each opens: a translator needs
    kelurahan however the text writes it. Only for a word the text also writes in lower
    case, recurring (kantor kelurahan) or heading several names (Kecamatan Jatinegara,
    Kecamatan Kramat Jati): Gedung in Gedung Putih alone is no evidence of a term."""
    heads: dict[str, list] = {}
    named: dict[str, set[str]] = defaultdict(set)
    for key, stats in tally.runs.items():
        words = key.lstrip(MARKERS).split(" ")
        # Any word of the run but its last may head a name: Warga Kecamatan Cibening,
        # Puskesmas Kecamatan Kramat Jati.
        for n in range(len(words) - 1):
            if words[n] not in _WRITTEN_HEADS:
                continue
            lower = words[n].lower()
            found = heads.get(lower)
            if found is None:
                own = tally.ngrams.get(lower)
                if own is not None and case.lower.get(lower, 0) >= 1:
                    found = heads[lower] = [own[0], [own[1]]]
                elif lower in lexicon.ADMINISTRATIVE_UNITS:
                    found = heads[lower] = [0, []]  # Sudin, never in lower case
                else:
                    continue
            found[0] += stats[0]
            found[1].append(stats[1])
            named[lower].add(" ".join(words[n + 1 :]))
    return {
        k: [v[0], _joined(v[1]), _is_unit(k, len(named[k]))]
        for k, v in heads.items()
        if case.lower[k] >= min_count or _is_unit(k, len(named[k]))
    }


def _is_unit(head: str, names: int) -> bool:
    """A head noun of several names that the dictionary has no plain English word for
    (Kecamatan Kramat Jati, Kecamatan Cakung): a unit of the country's own administration,
    a term however common in general Indonesian. Not kota or sungai (plain: city, river),
    nor a noun of an everyday root (kepolisian, of polisi)."""
    return names >= 2 and head not in plain_words() and not everyday_nominal(head)


def _joined(parts: list) -> array:
    refs: set[int] = set()
    for part in parts:
        if type(part) is int:
            refs.add(part)
        else:
            refs.update(part)
    return array("Q", sorted(refs))


def _bases(word: str) -> list[str]:
    """What ``word`` may inflect: itself without a clitic ending (tetangganya → tetangga)."""
    if " " in word or not word.endswith(CLITIC_ENDINGS):
        return []
    return [word[: -len(c)] for c in CLITIC_ENDINGS if word.endswith(c)]


def term_groups(tally: Tally, case: CaseStats, min_count: int) -> dict[str, Group]:
    """Lowercase n-grams that recur as units and are more frequent here than in general."""
    heads = _name_heads(tally, case, min_count)
    freqs = general_frequencies()
    units = {k for k, v in heads.items() if v[2]}
    international = specialised_loans()
    kept = {}
    verb_phrases: list[tuple[str, list]] = []  # opened by a base verb: jatuh tempo
    for key, stats in chain(heads.items(), tally.ngrams.items()):
        if stats[0] < min_count or key in kept:
            continue
        words = key.split(" ")
        if len(words) == 1 and classify_word(key)[0] != CONTENT and not tally.nominal[key]:
            continue
        # One everyday word (pemerintah, upaya, warga) is no glossary entry, unless it
        # heads names the text gives (Kecamatan Jatinegara and kantor kecamatan) or is
        # a common word of the text's domain (``_everyday``).
        if (
            len(words) == 1
            and _everyday(key, heads, freqs, international)
            and not _domain_everyday(stats[0], freqs[key], tally.tokens)
        ):
            continue
        if key in lexicon.ADJECTIVES or key in lexicon.BASE_VERBS:
            continue
        # A word mostly capitalised is part of names, unless it is a common noun that
        # heads them (kelurahan, presiden in pemilihan presiden).
        if any(
            case.capital.get(w, 0) > case.lower.get(w, 0) and w not in _NAME_HEADS for w in words
        ):
            continue
        if words[-1] in NGRAM_BREAKS or words[0] in NGRAM_BREAKS or len(key) < 3:
            continue
        # A base verb ends a two-word term (daya beli, harga jual); after a longer noun
        # phrase it is the predicate (penyaluran kredit perbankan tumbuh), unless it
        # says a state or a direction (ancaman hukuman mati, trafik panggilan keluar) or
        # pairs with another verb (perjanjian jual beli).
        if len(words) > 2 and words[-1] in _PREDICATE_VERBS and words[-2] not in lexicon.BASE_VERBS:
            continue
        if words[-1] in _CLAUSE_VERBS and not (
            words[-1] == "kembali" and is_derived_noun(words[-2])
        ):
            continue
        # A phrase ending in a possessive (rekan senegaranya, his compatriot) is no term.
        if len(words) > 1 and words[-1].endswith(POSSESSIVE):
            continue
        # A word only ever seen capitalised at a sentence start is no lowercase evidence;
        # an administrative unit heading names needs none (Sudin Pertamanan).
        if case.lower.get(words[0], 0) < 1 and key not in units:
            continue
        if words[0] in lexicon.BASE_VERBS:
            verb_phrases.append((key, stats))
            continue
        kept[key] = stats
    kept.update(_verb_noun_units(verb_phrases, tally.ngrams))
    # C-value (Frantzi, Ananiadou & Mima 2000): what a term owes to the longer terms that
    # extend it (kerja inside kerja sama, coba rudal inside uji coba rudal) is not its
    # own: their mean count. One nested in many different terms (gardu induk in gardu
    # induk Cawang, gardu induk baru, ...; pajak in wajib pajak, pajak penghasilan) is a
    # unit of its own, one nested in a single term (coba rudal) a piece of it. A word
    # owes at least the count of its most frequent longer term, and one seen alone in
    # less than a fifth of its occurrences is a fragment of it (piranti in piranti
    # lunak). Everyday words in many compounds (rumah) fail the contrast below.
    extended: Counter[str] = Counter()  # occurrences inside longer terms
    containers: Counter[str] = Counter()  # how many different longer terms
    contained: Counter[str] = Counter()  # the count of the most frequent longer term
    ngrams, roots = tally.ngrams, root_words()
    for key, stats in kept.items():
        head, _, rest = key.partition(" ")
        if rest:
            start = key.rpartition(" ")[0]
            parts = (rest, start) if rest != start else (rest,)
            # A word before a term headed by a derived noun (perundingan gencatan senjata,
            # sistem pertahanan udara): its start is never seen without the term, so the
            # term is the unit and owes nothing; coba rudal (no derived noun) and kaki lima
            # owe all to uji coba rudal and pedagang kaki lima.
            # Nor does one a derived noun acts on: devisa in cadangan devisa.
            if (
                " " in rest
                and ngrams.get(start, stats)[0] <= stats[0]
                and _derived_noun(rest.partition(" ")[0], roots)
            ) or _argument(head, rest, roots, freqs):
                parts = (start,)
            for part in parts:
                extended[part] += stats[0]
                containers[part] += 1
                contained[part] = max(contained[part], stats[0])
    total = max(tally.tokens, 1)

    def unigram(word: str) -> float:
        stats = tally.ngrams.get(word)
        return stats[0] if stats else max(freqs.get(word, 0.0) * total, 1.0)

    groups: dict[str, Group] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for key, stats in kept.items():
        words = key.split(" ")
        kind = "title" if key in lexicon.TITLES else "term"
        nested: float = extended[key] / max(containers[key], 1)
        if len(words) == 1:
            nested = max(nested, contained[key])
        group = Group(len(words), stats[0] - nested)
        shown = _as_written(words, tally) if len(words) > 1 else key
        if key in units and case.lower.get(key, 0) < 1:
            shown = key.capitalize()  # as the text writes it: Sudin
        group.add(shown, kind, stats)
        group.contained = contained[key]
        if len(words) == 1:
            for surface, count in tally.surfaces.get(key, {}).items():
                group.forms[surface] = group.forms.get(surface, 0) + count
                group.forms[key] -= count
        # tetangganya joins tetangga when the text also has the bare word.
        base = next((b for b in _bases(key) if b in kept and inflects(key, b)), key)
        gkey = group_key(base, name=False)
        members[gkey].append(key)
        if gkey in groups:
            groups[gkey].absorb(group)
        else:
            groups[gkey] = group
    # Kept: groups that occur on their own (kerja sama, not only inside kerja sama militer)
    # and are more frequent here than in general Indonesian, or hold together as a unit.
    out = {}
    for gkey, group in groups.items():
        alone = FRAGMENT_SHARE * group.occurrences.count if group.words == 1 else 0.0
        if group.effective < max(1.0, alone):
            continue
        # One word seen outside its most frequent longer term fewer times than a candidate
        # needs is a fragment of it: penegakan, once alone beside penegakan sanksi twice.
        if group.words == 1 and group.occurrences.count - group.contained < min_count:
            continue
        for key in members[gkey]:
            count, words = kept[key][0], key.split(" ")
            termhood = math.log10((count / total) / _general_frequency(words))
            if len(words) > 1:
                # Unithood: how much more often the words occur together than by chance
                # (pointwise mutual information), from a sure count: PMI overrates pairs
                # seen a few times (racun tarantula, three times beside tarantula).
                chance = math.prod(unigram(w) for w in words) / total ** (len(words) - 1)
                termhood = max(termhood, unithood(count, chance, len(words)))
            group.termhood = max(group.termhood, termhood)
        group.termhood = _sure_contrast(group)  # what it is kept and ranked by
        if group.words > 1:
            if (
                group.termhood >= 0.2
                and not _before_numbers(members[gkey], group, ngrams)
                and not _inner_ordinal(members[gkey])
            ):
                out[gkey] = group
        elif not _everyday(gkey, heads, freqs, international) and (
            group.termhood >= _required_contrast(gkey, freqs)
            or _bursty(group, len(tally.paths))
            or (gkey in units and group.termhood >= UNIT_CONTRAST)
        ):
            group.unit = gkey in units
            out[gkey] = group
        elif _everyday(gkey, heads, freqs, international):
            if group.termhood >= EVERYDAY_CONTRAST:
                group.common = True  # sel in science news: never on the first page
                out[gkey] = group
        elif group.termhood >= COMMON_CONTRAST and tally.tokens >= COMMON_TOKENS:
            group.common = True  # pajak in economy news: ranked after the first page
            out[gkey] = group
        elif (
            gkey in international
            and group.termhood >= INTERNATIONAL_CONTRAST
            and tally.tokens >= COMMON_TOKENS
        ):
            group.common = True  # virus in science news
            out[gkey] = group
    # A phrase seen once around a recurring term (restorasi lahan gambut, titik panas
    # terdeteksi beside lahan gambut and titik panas) is the term in context: only with
    # --min-count 1 are such phrases kept at all.
    # So is one ending in a ber-/ter- word (tambang nikel beroperasi): a clause's verb.
    # And a head noun before a term seen as often (gedung pencakar langit beside pencakar
    # langit, negara pengekspor senjata beside pengekspor senjata): the term is what it
    # qualifies, the head its context.
    for gkey in [k for k, g in out.items() if g.words > 1 and g.occurrences.count < 2]:
        keys = members[gkey]
        if (
            any(is_stative(k.rpartition(" ")[2]) for k in keys)
            or (out[gkey].words > 2 and _extends_recurring(keys, kept))
            or (out[gkey].words > 2 and _headed_term(keys, out))
        ):
            del out[gkey]
    return out


def unithood(count: int, chance: float, words: int) -> float:
    """log10 of how much more often ``words`` words occur together than ``chance`` says,
    from the count less two standard deviations (scaled down for longer phrases)."""
    together = max(count - UNIT_SURETY * math.sqrt(count), 0.5)
    return 2.0 * math.log10(together / chance) / (3 * (words - 1))


# A pair of a base verb and a noun is a unit when it holds this share of the noun's uses.
VERB_NOUN_SHARE = 0.5


def _verb_noun_units(phrases: list[tuple[str, list]], ngrams: dict[str, list]) -> dict:
    """The phrases a base verb opens that are units: a verb and a noun that holds most of
    the noun's uses (jatuh tempo, the maturity date: tempo 56 times, 40 of them after
    jatuh), not as the start of a longer phrase. Else the verb is a predicate (masuk
    rumah sakit, not masuk rumah) or one of two verbs (jual beli, terima kasih, kembali
    beraksi)."""
    longer: Counter[str] = Counter()  # the most frequent longer phrase each pair starts
    for key, stats in phrases:
        if key.count(" ") == 2:
            pair = key.rpartition(" ")[0]
            longer[pair] = max(longer[pair], stats[0])
    units = {}
    for key, stats in phrases:
        verb, _, noun = key.partition(" ")
        if " " in noun or noun in lexicon.BASE_VERBS or noun in lexicon.ADJECTIVES:
            continue
        alone = ngrams.get(noun)
        if alone and not is_stative(noun) and stats[0] - longer[key] >= VERB_NOUN_SHARE * alone[0]:
            units[key] = stats
    return units


def _extends_recurring(keys: list[str], kept: dict[str, list]) -> bool:
    """Whether a phrase holds a shorter phrase of two words or more seen at least twice."""
    for key in keys:
        words = key.split(" ")
        for size in range(2, len(words)):
            for start in range(len(words) - size + 1):
                stats = kept.get(" ".join(words[start : start + size]))
                if stats is not None and stats[0] >= 2:
                    return True
    return False


def _headed_term(keys: list[str], out: dict[str, Group]) -> bool:
    """Whether a phrase is one word before a kept term of its other words (``gedung`` +
    ``pencakar langit``), as often seen: Indonesian puts the head first."""
    return any(
        (inner := out.get(group_key(key.partition(" ")[2], name=False))) is not None
        and inner.words == len(key.split(" ")) - 1
        for key in keys
    )


def _before_numbers(keys: list[str], group: Group, ngrams: dict[str, list]) -> bool:
    """Whether a phrase is mostly followed by a number: petenis nomor (satu, dua), plus
    minus (satu persen) are the start of a phrase about a figure, no term."""
    numbered = 0
    for key in keys:
        prefix = key + " "
        for number in ENDING_NUMBERS:
            stats = ngrams.get(prefix + number)
            if stats is not None:
                numbered += stats[0]
    return numbered >= 2 and 2 * numbered >= group.occurrences.count


def _inner_ordinal(keys: list[str]) -> bool:
    """Whether an ordinal stands inside a phrase rather than at its end: there it counts
    things (hubungan kedua negara, the relations of both countries; abad kedua puluh),
    at the end it ranks them (babak kedua, the second half)."""
    return any(not lexicon.ORDINALS.isdisjoint(key.split(" ")[:-1]) for key in keys)


def _as_written(words: list[str], tally: Tally) -> str:
    """A phrase with each word the text writes only doubled shown doubled: burung
    alap-alap (a falcon), not burung alap, which the text never writes."""
    shown = []
    for word in words:
        stats, doubled = tally.ngrams.get(word), f"{word}-{word}"
        surfaces = tally.surfaces.get(word)
        only_doubled = stats and surfaces and surfaces[doubled] >= stats[0]
        shown.append(doubled if only_doubled else word)
    return " ".join(shown)


def _argument(head: str, word: str, roots: frozenset[str], freqs: dict[str, float]) -> bool:
    """Whether ``word`` is what a derived noun ``head`` acts on, a concept of its own and
    no piece of the term: devisa in cadangan devisa (the reserves of foreign exchange),
    rare in general Indonesian (under 2 in 100,000 words) and no everyday noun itself
    (kemanusiaan in bantuan kemanusiaan is manusia's)."""
    return (
        " " not in word
        and freqs.get(word, 0.0) < ARGUMENT_FREQUENCY
        and _derived_noun(head, roots)
        and bool(nominal_root(head))
        and not everyday_nominal(word)
    )


ARGUMENT_FREQUENCY = 2e-5


def _derived_noun(word: str, roots: frozenset[str]) -> bool:
    """A noun made with -an or pe(N)-/per- (gencatan, pertahanan, pemilihan, penjaga)."""
    return len(word) >= 6 and word not in roots and (word.endswith("an") or word.startswith("pe"))


def _sure_contrast(group: Group) -> float:
    """The contrast of a term seen in one document, from its count less one standard
    deviation (Poisson): twice in one article (penghasilan) is weak evidence of a term,
    fifty times is not; occurrences in several articles are independent evidence. A
    corpus of one long file (a year of news) ranks its rare terms below its frequent ones."""
    if group.occurrences.in_several_documents():
        return group.termhood
    count = group.occurrences.count
    return group.termhood - math.log10(count / max(count - math.sqrt(count), 0.5))


# One word needs a contrast (log10 of how much more frequent it is here than in general
# Indonesian) of 0.6, and more the more common it is: a word of 1 in 16,000 words of
# general text (zipf 4.8: kunjungan, pengaruh) must be 16 times as frequent here, one of
# 1 in 60,000 (zipf 4.2: sanksi, rudal) 4 times. Tuned on panl-eco and panl-spo.
CONTRAST_FLOOR = 0.6
# A head noun of several names with no plain English word (kecamatan) needs only to be
# twice as frequent here as in general Indonesian (jalan, in every city story, is not).
UNIT_CONTRAST = 0.3
COMMON_ZIPF = 4.2
CONTRAST_SLOPE = 1.0
# A word short of that contrast but 3 times as frequent here as in general Indonesian, in
# a text of fifty articles or more, is a common word of the text's domain (pajak, tarif in
# economy news, banjir in city news, cedera in sport): it ranks after the first page
# (``ranking.FIRST_PAGE``). In a few articles any word of their topics is that frequent.
COMMON_CONTRAST = 0.5
COMMON_TOKENS = 20_000
# A word of the international vocabulary (``dictionary.specialised_loans``: virus,
# hormon, korupsi) is a common word of the domain from less than twice as frequent as in
# general Indonesian (radiasi, virus in science news: 3 times), and also when general
# Indonesian writes it up to 2 in 10,000 words (planet); native words of that commonness
# (warga, upaya) are not.
INTERNATIONAL_CONTRAST = 0.25
INTERNATIONAL_EVERYDAY = 2e-4


# An everyday word ten times as frequent here as in general Indonesian, in a text of fifty
# articles or more, is a common word of the domain: sel (cell, 1 in 6,600 words of general
# text) in science news, gol in sport news.
EVERYDAY_CONTRAST = 1.0


def _everyday(word: str, heads: dict, freqs: dict[str, float], international: frozenset) -> bool:
    """A word of everyday Indonesian (1 in 10,000 words or more), not a head of names nor
    a specialised loan up to 2 in 10,000 words (planet)."""
    frequency = freqs.get(word, 0.0)
    return (
        frequency >= EVERYDAY
        and word not in heads
        and not (word in international and frequency < INTERNATIONAL_EVERYDAY)
    )


def _domain_everyday(count: int, frequency: float, tokens: int) -> bool:
    """Whether an everyday word is a common word of the text's domain (``EVERYDAY_CONTRAST``)."""
    return tokens >= COMMON_TOKENS and math.log10(count / tokens / frequency) >= EVERYDAY_CONTRAST


def _required_contrast(word: str, freqs: dict[str, float]) -> float:
    frequency = freqs.get(word, 0.0)
    zipf = math.log10(frequency) + 9 if frequency > 0 else 0.0
    return CONTRAST_FLOOR + CONTRAST_SLOPE * max(zipf - COMMON_ZIPF, 0.0)


def common_title(word: str, count: int, tokens: int) -> bool:
    """One title word used here no more than its commonness allows (Ketua, Pemimpin twice
    in a few articles): everyday vocabulary, not a candidate."""
    freqs = general_frequencies()
    frequency = freqs.get(word, 0.0)
    if frequency <= 0.0:
        return False
    contrast = math.log10(count / max(tokens, 1) / frequency)
    return contrast < _required_contrast(word, freqs)


# Residual IDF (Church & Gale): how much rarer in documents a word is than a word spread
# at random (Poisson) over them. A term clusters in the articles about its topic (sanksi
# in 40 of 1,000 articles, 5 times in each); an everyday word is spread over all of them.
BURSTY_DOCUMENTS = 20  # documents before the spread over them says anything
BURSTY_RIDF = 1.0  # bits


def _bursty(group: Group, documents: int) -> bool:
    if documents < BURSTY_DOCUMENTS:
        return False
    count, seen = group.occurrences.count, group.occurrences.documents()
    expected = 1.0 - math.exp(-count / documents)
    return math.log2(expected * documents / seen) >= BURSTY_RIDF
