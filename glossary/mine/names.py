"""Names: runs of capitalised words split into titles, places, acronyms and names (the
links between them are ``links``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container, Iterable

from glossary import lexicon
from glossary.mine.casing import CaseStats
from glossary.mine.counting import BREAK_WORDS, HEADLINE, INITIAL, MARKERS, Tally, initials
from glossary.mine.dictionary import english_words, international_words
from glossary.mine.titles import (
    KNOWN_BODIES,
    TITLE_FIRST_WORDS,
    is_portfolio,
    own_name,
    place_length,
    rank_length,
    territorial,
    territorial_name,
    title_length,
)
from glossary.morphology import (
    affixed,
    is_acronym,
    is_stative,
    is_verb,
    name_word,
)

# Capitalised words that end a name: dates, units, function words (a headline's Untuk),
# nomor and its abbreviation before a number (Perda No 8, Jalan Sudirman No 5: no person
# Perda No; Undang-Undang Nomor 19: no law named Nomor).
_RUN_BREAKS = (
    lexicon.WEEKDAYS_MONTHS
    | lexicon.UNITS
    | {"no", "nomor"}
    | lexicon.SAYING_VERBS
    | (lexicon.FUNCTION_WORDS - lexicon.PORTFOLIO_WORDS - lexicon.NAME_CONNECTORS - lexicon.COMPASS)
)


# A function word capitalised inside a run mid-sentence is part of a name (sampah Kali
# Sunter Kresek: the river); at a sentence's start or in a headline it breaks the run.
_FUNCTION_BREAKS = lexicon.FUNCTION_WORDS & _RUN_BREAKS


class Segmenter:
    """Splits runs of capitalised words into titles, places, acronyms and names."""

    def __init__(self, tally: Tally, case: CaseStats) -> None:
        self.case = case
        self.alone: Counter[str] = Counter()
        self.stated: set[str] = set()  # seen mid-sentence, or given as an expansion
        self.expansions = {long_form for _short, long_form in tally.pairs}
        self.placed = tally.placed
        self.short_forms = {short for short, _long_form in tally.pairs}
        # Runs that end a longer run (Sunni in Islam Sunni, Arab Sunni): other company.
        self.tails: Counter[str] = Counter()
        # The runs an acronym is written in (KTT Hanoi, KTT ASEAN; Pengadilan HAM Eropa).
        self.acronym_runs: dict[str, set[str]] = defaultdict(set)
        tails = self.tails
        for key, stats in tally.runs.items():
            run = key.lstrip(MARKERS)
            self.alone[run] += stats[0]
            start = 0  # where the run's tails start: Kata Terawan ends no name
            if key.startswith(INITIAL):  # Menurut Walhi: Walhi alone after a sentence's word
                first, _, rest = run.partition(" ")
                if rest and (first.lower() in BREAK_WORDS or is_verb(first.lower())):
                    self.alone[rest] += stats[0]
                    start = len(first) + 1
            for word in run.split(" "):
                if is_acronym(word):
                    self.acronym_runs[word].add(run)
            if len(run) == len(key):  # no marker: seen mid-sentence
                self.stated.add(key)
            space = run.find(" ", start)
            while space >= 0:
                tails[run[space + 1 :]] += stats[0]
                space = run.find(" ", space + 1)
        # How many different recurring two-word names each word opens (Real Madrid, Real
        # Betis, Real Zaragoza): a word that opens several heads names, like Bank or Liga.
        self.opens: Counter[str] = Counter()
        for name, seen in self.alone.items():
            first, joined, rest = name.partition(" ")
            if joined and seen >= 2 and " " not in rest:
                self.opens[first] += 1
        for (_short, long_form), count in tally.pairs.items():
            self.alone[long_form] += count
            self.stated.add(long_form)
        # Runs a title showed to be two names (Pemimpin Hamas | Khalil al-Hayya), split so
        # wherever the text writes them without it (Pejabat Hamas Khalil al-Hayya).
        self.titled_splits: dict[str, list[list[str]]] = {}
        # Names a connector joins are written alone: Fatah and Hamas of Fatah dan Hamas.
        connected: Counter[str] = Counter()
        for key, stats in tally.runs.items():
            if any(not name_word(w) for w in key.lstrip(MARKERS).split(" ")[1:-1]):
                pieces = self.pieces(key)
                if len(pieces) > 1:
                    for piece in pieces:
                        if own_name(piece):  # not the field of a body: Lembaga Keuangan
                            connected[" ".join(piece)] += stats[0]
        self.alone.update(connected)

    def elsewhere(self, acronym: str, after: str) -> bool:
        """Whether ``acronym`` is written alone, or in runs where ``after`` does not follow
        it (DKI in Pemprov DKI, KTT in KTT ASEAN, HAM in Pengadilan HAM Eropa; never AC
        without Milan)."""
        if self.alone[acronym]:
            return True
        for run in self.acronym_runs[acronym]:
            words = run.split(" ")
            if any(
                w == acronym and (n + 1 == len(words) or words[n + 1] != after)
                for n, w in enumerate(words)
            ):
                return True
        return False

    def stands_alone(self, words: list[str], guess: bool = True) -> bool:
        """Whether the words are a name of their own: the text writes them alone, a known
        place, an acronym; with ``guess``, also words that each look like a person's."""
        phrase = " ".join(words)
        return bool(words) and (
            phrase in self.alone
            or phrase.lower() in lexicon.PLACES
            or (len(words) == 1 and is_acronym(words[0]))
            or (
                guess
                and (len(words) >= 2 or "-" in words[0])
                and all(self.case.name_like(w) for w in words)
            )
        )

    def pieces(self, key: str) -> list[list[str]]:
        """The run split at sentence starts, hyphenated pairs, dates and glued names; in a
        headline also at every word that is no name elsewhere (Topeng Wajah Obama)."""
        initial = key.startswith(INITIAL)
        headline = key.startswith(HEADLINE)
        pieces: list[list[str]] = [[]]
        for word in key.lstrip(MARKERS).split(" "):
            lower = word.lower()
            if (
                len(pieces[-1]) > 1
                and pieces[-1][-1].lower() in lexicon.LEGAL_SUFFIXES
                and lower not in lexicon.LEGAL_SUFFIXES
            ):
                pieces.append([])  # PT Bank Amanah Persero Tbk | Amanah: Tbk ends a company
            if (
                (lower in _RUN_BREAKS and not is_acronym(word))
                and (initial or headline or lower not in _FUNCTION_BREAKS)
            ) or (headline and not is_acronym(word) and not self.case.capital_first(word)):
                pieces.append([])
                continue
            parts = word.split("-")
            if len(parts) > 1 and any(
                p[:1].isupper() and (is_acronym(p) or p.lower() in lexicon.PLACES)
                for p in parts[1:]
            ):
                # Korea Utara-AS, Rusia-Korea Utara: two names joined by a hyphen.
                for n, part in enumerate(parts):
                    if n:
                        pieces.append([])
                    pieces[-1].append(part)
                continue
            pieces[-1].append(word)
        if initial and pieces[0] and self.only_sentence_start(pieces[0]):
            first = pieces[0][1:]
            while first and not name_word(first[0]):
                first = first[1:]
            pieces[0] = first
        out = []
        for piece in pieces:
            out.extend(self.split_connectors(piece))
        return [p for p in out if p]

    def only_sentence_start(self, words: list[str]) -> bool:
        """Whether a sentence's first word is capitalised only because it starts the sentence.

        Sikap Korea Utara, Pertemuan Kim: a common word before a known name. Dewan Keamanan
        PBB: the words after it make no name of their own, so it belongs to the name; nor
        does a portfolio after a body's head word (Kementerian Perhubungan). An ordinary
        word Indonesian affixes (Pendiri, Kebakaran, Pengusaha) opens a name only where the
        text writes that name so mid-sentence.
        """
        first = words[0]
        lower = first.lower()
        stated = " ".join(words) in self.stated
        if is_acronym(first) or (
            self.case.capital_first(first) and (stated or not affixed(lower, by_stemmer=False))
        ):
            return False
        if len(words) > 1 and stated:
            return False
        if len(words) == 1 or lower in BREAK_WORDS or is_verb(lower):
            return True
        rest = words[1:]
        head = lower in lexicon.ORGANISATION_WORDS
        if head and is_portfolio(rest[0]):
            return False  # Kementerian Perhubungan, though the text says "data kementerian"
        return (
            # After a body's head word, words that merely look like a person's make no
            # name of their own: Kepolisian Daerah Metro Jaya.
            self.stands_alone(rest, guess=not head)
            or place_length(rest, 0) > 0
            or rest[0].lower() in lexicon.TITLES
            or self.case.is_common(lower)
            # Pengunjung Pantai Ancol, Warga Kampung Melayu: a place opens with its head
            # noun, so a common word before it is no part of it (Kantor Kecamatan Menteng
            # and Gubernur Kepulauan Riau keep theirs).
            or (
                rest[0].lower() in lexicon.PLACE_WORDS
                and lower not in lexicon.ORGANISATION_WORDS
                and lower not in lexicon.PLACE_WORDS
                and not title_length(words)
            )
        )

    def split_connectors(self, words: list[str]) -> list[list[str]]:
        """Rusia dan China is two names; Pusat Studi Strategis dan Internasional is one;
        a particle inside a person's name never splits it (Osama bin Laden, Ursula von der
        Leyen).

        A connector joins two parts into one name only when each part is a plain name
        (no title, no place before a person) and the two do not both stand alone.
        """
        for i, word in enumerate(words):
            if (
                not name_word(word)
                and word != "&"
                and word not in lexicon.NAME_PARTICLES
                and i >= title_length(words)  # Menteri Riset dan Teknologi: the title's dan
            ):
                left, right = words[:i], words[i + 1 :]
                upto = next((j for j, w in enumerate(right) if not name_word(w)), len(right))
                plain = all(
                    len(parts) == 1 and parts[0][1] == ""
                    for parts in (self.segments(left), self.segments(right[:upto]))
                )
                people = all(self.case.name_like(w) for w in left + right[:upto])
                if (
                    not plain
                    or people
                    or (self.stands_alone(left) and self.stands_alone(right[:upto]))
                    # An organisation's name opens with its head (Pusat Data dan Informasi);
                    # without one, two names (Muara Baru dan Pluit).
                    or (word == "dan" and own_name(left) and len(left) + upto > 2)
                    # No unit's name holds "dan": Kabupaten Bekasi dan Karawang is two;
                    # nor a place named by its head noun: Candi Borobudur dan Museum Nasional.
                    or (word == "dan" and territorial(left) and territorial_name(right[:upto]))
                    or (word == "dan" and left[0].lower() in lexicon.PLACE_WORDS)
                    # A place the lexicon knows and another name: Israel dan Hamas.
                    or (word == "dan" and " ".join(left).lower() in lexicon.PLACES)
                ):
                    return [left, *self.split_connectors(right)]
        return [words]

    def segments(self, words: list[str], titled: bool = False) -> list[tuple[list[str], str]]:
        """(words, kind hint) for one piece: title, then place/acronym, then the name.
        ``titled``: the piece follows a title written in lower case (juru bicara Kremlin
        Dmitry Peskov), as if the title were its first words."""
        out: list[tuple[list[str], str]] = []
        title = title_length(words)
        if title:
            out.append((words[:title], "title"))
            words = words[title:]
        titled = titled or bool(title)
        company = next(
            (i for i, w in enumerate(words) if i and w.lower() in lexicon.LEGAL_FORMS), 0
        )
        if company:
            # PT opens a company: Direktur Retail Banking | PT Bank Mega, the holder's
            # office after a title (after one in lower case, the rest of it: sekretaris
            # Perusahaan PT Timah); without one, another name before it.
            if title:
                out = [(out[0][0] + words[:company], "title")]
            elif not titled:
                out.extend(self.bodies(words[:company]))
            return [*out, *self.segments(words[company:], titled)]
        rank = rank_length(words) if title else 0
        if rank and rank < len(words):
            # Kepala Staf Angkatan Darat Jenderal Maruli Simanjuntak: the rank, then the name.
            out.append((words[:rank], "title"))
            words = words[rank:]
        if not words:
            return out
        if titled:
            body = self.known_body_before_holder(words)
            if body:
                # Juru bicara KPK Tessa Mahardhika, Kepala BNPB Suharyanto, Ketua Dewan
                # Komisioner OJK Mahendra Siregar: the body, then its spokesman or head,
                # though the text never writes the body alone.
                out.extend(self.bodies(words[:body]))
                rank = rank_length(words[body:])
                if rank:
                    out.append((words[body : body + rank], "title"))
                return [*out, (words[body + rank :], "name")]
        inner = self.rank_inside(words)
        if inner:
            # Kapolda Metro Jaya Irjen Karyoto: a rank opens the person's part; what
            # stands before it is a body or a place, no one's name.
            return [*out, *self.bodies(words[:inner]), *self.segments(words[inner:])]
        # A place or acronym followed by a person's name: Rusia | Vladimir Putin.
        for i in range(len(words)):
            # A short form the text expands (Badan Pengawas Pemilu (Bawaslu)) is an
            # organisation, like an acronym: Bawaslu | Lolly Suhenty.
            length = place_length(words, i) or int(words[i] in self.short_forms)
            end = i + length
            if (
                length == 1
                and is_acronym(words[i])
                and end < len(words)
                and not self.elsewhere(words[i], words[end])
            ):
                continue  # AC Milan: AC is never without Milan
            if (
                length
                and end < len(words)
                and all(self.case.name_like(w) for w in words[end:])
                and words[end].lower() not in lexicon.LEGAL_SUFFIXES  # Indonesia Tbk
                and not self.english_tail(words[end:])
            ):
                head, name = words[:end], words[end:]
                out.extend(self.split_place_tail(head))
                out.append((name, "name"))
                return out
            if length and end < len(words) and title_length(words[end:]):
                # Kapolda Jawa Tengah Irjen Ahmad Luthfi: a rank after the place opens
                # the person's part.
                out.extend(self.split_place_tail(words[:end]))
                out.extend(self.segments(words[end:]))
                return out
        if titled and all(self.case.name_like(w) for w in words):
            # Menteri Kesehatan, a title with its portfolio, names the office whole: a
            # person, not a body, follows it.
            office = bool(title) and is_portfolio(out[0][0][-1])
            split = self.split_glued(words, titled=True, office=office)
            out.extend((part, "name") for part, _ in split)
            return out
        # After a title, an organisation and a full name: Sekretaris Jenderal | Liga Arab |
        # Ahmed Fathi.
        out.extend(self.split_place_tail(words, titled=titled))
        return out

    def bodies(self, words: list[str]) -> list[tuple[list[str], str]]:
        """The places and bodies before a person's part or a company (Kapolda Metro Jaya
        Irjen Karyoto, Analis Valas PT Bank Saudara): what is no place is a body's or an
        office's words, no one's name."""
        return [(part, hint or "body") for part, hint in self.split_place_tail(words)]

    def rank_inside(self, words: list[str]) -> int:
        """Where a rank before a name of the text's own opens the person's part of the
        words (Metro Jaya | Irjen Karyoto), or 0. Jenderal alone opens none: after
        Direktorat or Sekretaris it is part of the body or the title."""
        for i in range(1, len(words) - 1):
            rank = rank_length(words[i:])
            if (
                rank
                and words[i].lower() != "jenderal"
                and i + rank < len(words)
                and all(self.case.name_like(w) for w in words[i + rank :])
            ):
                return i
        return 0

    def holder_after_body(self, words: list[str]) -> int:
        """Where the holder's name starts in a body's name followed by a person's, when
        the text writes the person's first name alone, or the surname of a two-word name
        (Direktur Utama PT Pertamina Nicke Widyawati, then Nicke; Kepala Badan Gizi
        Nasional Dadan Hindayana, then Dadan), or the full name (Direktur PT Bank Mega
        Kostaman Thayib, then PT Bank Mega Tbk, Kostaman Thayib), or 0. The body's own
        words are no such evidence: PT Bank Mandiri Tbk Agus Martowardojo, with Mandiri
        alone, splits before Agus, as PT Bank Mandiri is a name of its own."""
        if words[0].lower() not in lexicon.ORGANISATION_WORDS:
            return 0
        for i in range(2, len(words)):
            right = words[i:]
            if (
                right[0].lower() in lexicon.LEGAL_SUFFIXES
                or self.alone.get(" ".join(words[: i + 1]), 0)
                or not all(self.case.name_like(w) for w in right)
            ):
                continue
            # Kostaman Thayib written alone after PT Bank Mega Tbk, Kostaman Thayib
            if len(right) >= 2 and self.alone.get(" ".join(right), 0):
                return i
            first = self.alone.get(right[0], 0) and not self.body_like(right[0])
            last = (
                len(right) <= 2 and self.alone.get(right[-1], 0) and not self.body_like(right[-1])
            )
            if first or last:
                return i
        return 0

    def body_like(self, word: str) -> bool:
        """Whether one word the text writes alone names a body or a place, not a person:
        a short form it expands or the lexicon knows (Depkeu, Kemenlu), a place after di
        or ke (di Depkeu)."""
        return (
            word in self.short_forms
            or word.lower() in KNOWN_BODIES
            or word.lower() in lexicon.PLACES
            or self.placed.get(word, 0) > 0
        )

    def known_body_before_holder(self, words: list[str]) -> int:
        """How many words name the body when a body the lexicon knows by its acronym or
        short form ends them and a name of the text's own follows, with a rank or not
        (KPK | Tessa Mahardhika, Dewan Komisioner OJK | Mahendra Siregar, TNI | Jenderal
        Agus Subiyanto); 0 otherwise (AC Milan; DPRD Jawa Tengah Sumanto: a place after
        the body belongs to it)."""
        for i, word in enumerate(words[:-1]):
            if word.lower() not in KNOWN_BODIES:
                continue
            rest = words[i + 1 :]
            rest = rest[rank_length(rest) :]
            if (
                rest
                and all(self.case.name_like(w) and not is_acronym(w) for w in rest)
                and not any(place_length(rest, k) for k in range(len(rest)))
                and not self.english_tail(rest)
            ):
                return i + 1
        return 0

    def split_place_tail(
        self, words: list[str], titled: bool = False
    ) -> list[tuple[list[str], str]]:
        """Kementerian Luar Negeri Rusia → organisation + place, if the first part recurs
        alone; Bank Indonesia BI → the name + its acronym, given beside it."""
        last = words[-1]
        if len(words) >= 3 and is_acronym(last) and initials(" ".join(words[:-1])).endswith(last):
            return [*self.split_place_tail(words[:-1], titled), ([last], "")]
        whole = self.alone.get(" ".join(words), 0)
        for i in range(1, len(words)):
            length = place_length(words, i)
            if not length or i + length != len(words):
                continue
            # KTT Hanoi: an acronym the text also writes in other company, before a place
            # (AC Milan, AC never without Milan, stays one name); Bank Indonesia stays one.
            alone = self.alone.get(" ".join(words[:i]), 0)
            if (i == 1 and is_acronym(words[0]) and self.elsewhere(words[0], words[1])) or (
                i > 1 and alone >= max(whole, 1)
            ):
                return [(words[:i], ""), (words[i:], "place")]
        return self.split_glued(words, titled)

    def split_glued(
        self, words: list[str], titled: bool = False, office: bool = False
    ) -> list[tuple[list[str], str]]:
        """A run is one name only when the text treats it as one.

        Chelsea Avram Grant → Chelsea + Avram Grant, Taliban Mullah Omar → Taliban + Mullah
        Omar, Arab Sunni → Arab + Sunni: the first part recurs on its own at least as often
        as the whole run, and the rest recurs on its own or in other company (after a
        title, a full name of two words or more is enough: Camat Jatinegara Hendra
        Wijaya; elsewhere, a full name whose surname recurs alone: Chelsea Paulo Ferreira,
        but not Kim Jong Un; after a title with its portfolio, not a first name the text
        writes alone: Menteri Kesehatan Budi Gunadi Sadikin, then Budi). A known place
        (Arab Saudi), a stated long form, or a first part that heads names (Bank, Dewan,
        Liga, Gedung) stays whole; so does a run whose rest is a direction (Jawa Barat).
        """
        phrase = " ".join(words)
        if len(words) < 2 or phrase.lower() in lexicon.PLACES or phrase in self.expansions:
            return [(words, "")]
        if not titled and phrase in self.titled_splits:
            return [(part, "") for part in self.titled_splits[phrase]]
        holder = self.holder_after_body(words) if titled else 0
        if holder:
            parts = [(words[:holder], ""), (words[holder:], "")]
            self.titled_splits[phrase] = [part for part, _ in parts]
            return parts
        whole = self.alone.get(phrase, 0)
        for i in range(1, len(words)):
            left, right = words[:i], words[i:]
            # Alone, or at the end of other names: Kramat Jati in Kecamatan Kramat Jati
            # and Pasar Kramat Jati, glued in Camat Kramat Jati Eka Darmawan.
            alone = self.alone.get(" ".join(left), 0)
            if i > 1:  # not one word: Real, Tottenham end runs as short names (Pelatih Real)
                alone += self.tails.get(" ".join(left), 0)
            # Bank | Indonesia; Real | Madrid when Real opens several names.
            # But a full name after such a word is a person of its own: Pelatih Real
            # Bernd Schuster is Real | Bernd Schuster.
            heads_a_name = len(left) == 1 and (
                not own_name(left)
                or (self.opens[left[0]] >= OPENS_NAMES and not self.full_name(right))
            )
            if heads_a_name or not own_name(right):
                continue
            if alone < max(1, whole) and not (alone and titled and self.full_name(right)):
                continue
            if len(right) == 1 and _modifier(right[0]):
                continue  # Australia Terbuka (the Australian Open): Terbuka is no name
            if self.english_tail(right):
                continue  # BI Rate: Rate is part of the name, no name of its own
            rest = " ".join(right)
            if (
                self.alone.get(rest, 0)
                or self.tails[rest] > whole + self.tails[phrase]
                or rest.lower() in lexicon.PLACES
                or _is_short(right)
                or (
                    len(right) >= 2
                    and all(self.case.name_like(w) for w in right)
                    and (
                        (
                            titled
                            and not (office and self.first_name_alone(left, right))
                            and not self.given_names(left, right)
                        )
                        or (alone > whole and self.alone.get(right[-1], 0) > 0)
                        # Facebook Mark Zuckerberg once, Zuckerberg alone twice; not
                        # Juan Roman Riquelme (Juan opens other names: Juan Mata)
                        or (self.alone.get(right[-1], 0) > whole and not self.opens[left[0]])
                        # di Kremlin: a place or an organisation, no given name
                        or self.placed.get(" ".join(left), 0) > 0
                    )
                )
            ):
                parts = [(left, ""), *self.split_glued(right)]
                if titled:
                    self.titled_splits[phrase] = [part for part, _ in parts]
                return parts
        return [(words, "")]

    def learn_titled_splits(self, runs: Iterable[str], titled: Container[str]) -> None:
        """Segment the runs that open with a title first (``titled_splits``): what they show
        holds for the same words in every other run."""
        for key in runs:
            first_words = key.lstrip(MARKERS).lower().split(" ", 2)[:2]
            if key not in titled and not any(w in TITLE_FIRST_WORDS for w in first_words):
                continue  # most runs: no title opens them, even after a sentence's first word
            pieces = self.pieces(key)
            if pieces and (key in titled or title_length(pieces[0])):
                self.segments(pieces[0], key in titled)

    def first_name_alone(self, left: list[str], right: list[str]) -> bool:
        """Whether a word the text writes alone opens a person's full name after a title:
        Menteri Kesehatan Budi Gunadi Sadikin, then Budi alone (Indonesians are written
        by the first name). Not when the text shows the word is a place or a body
        (di Jatinegara, Kecamatan Jatinegara, Komandan Taliban), when English writes it too
        (Juru bicara Pentagon Sean Parnell: ``international_words``), or when the text
        writes the rest's own short name alone (Direktur Utama Pertamina Nicke Widyawati,
        then Nicke)."""
        word = left[0]
        return (
            len(left) == 1
            and self.case.name_like(word)
            and word.lower() not in international_words()
            and not self.placed.get(word, 0)
            and word not in self.case.regions
            and not self.tails.get(word, 0)
            and not self.opens[word]
            and not self.alone.get(right[0], 0)
            and not self.alone.get(right[-1], 0)
        )

    def given_names(self, left: list[str], right: list[str]) -> bool:
        """Whether ``left`` is the given names a person is written by, the whole run one
        full name: Komisaris Besar Ade Ary Syam Indradi, then Ade Ary, never Indradi alone.
        One word is left to ``first_name_alone`` (Camat Jatinegara Hendra Wijaya)."""
        return (
            len(left) >= 2
            and all(self.case.name_like(w) for w in left)
            and not self.alone.get(right[-1], 0)
        )

    def full_name(self, words: list[str]) -> bool:
        """A person's full name whose surname the text also writes alone: Dmitry Peskov
        beside Peskov. After a title written in lower case (juru bicara Kremlin Dmitry
        Peskov), what comes before such a name and stands alone elsewhere (Kremlin) is
        the title's organisation or place, however often the whole run recurs."""
        return (
            len(words) >= 2
            and all(self.case.name_like(w) for w in words)
            and self.alone.get(words[-1], 0) > 0
        )

    def english_tail(self, words: list[str]) -> bool:
        """A common English word ending a name and never written alone (Rate in BI Rate,
        Fixed Rate): part of an English name, not a name after an acronym or a place."""
        return (
            len(words) == 1
            and not self.alone.get(words[0], 0)
            and words[0].lower() in english_words()
        )


OPENS_NAMES = 3  # different two-word names a word opens before it heads names


def _modifier(word: str) -> bool:
    """An adjective or a ber-/ter- word after a name qualifies it (Australia Terbuka,
    Jakarta Baru): the run is one name, however often the text writes X Terbuka."""
    lower = word.lower()
    return lower in lexicon.ADJECTIVES or is_stative(lower)


def _is_short(words: list[str]) -> bool:
    return len(words) == 1 and is_acronym(words[0])
