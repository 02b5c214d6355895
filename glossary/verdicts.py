"""The verdict on each glossary match inside a run of capitalised words: shown as it is,
*partial* (it glosses one word of a longer name: ``Perdana Menteri [Menteri: minister]``),
or left out (a one-word name whose capital belongs to the longer one: ``Tepi Barat``, no
"the West"; a person's short form after another given name: ``Melania Trump``).

``glossary.gloss.Judge`` finds the runs and the text's evidence; ``RunJudge`` gives the
verdicts of one run from its words (``namewords.Unit``) and the evidence it asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from glossary import defined, lexicon, namewords, runs
from glossary.match import Match, normalize
from glossary.store import Entry

DROPPED, PARTIAL = "dropped", "partial"

_NEVER_PARTIAL = frozenset({"person", "organisation", "acronym"})
_AND_HEADS = frozenset({"title", "organisation"})  # may go on after dan
# Words that start a name of their own after dan: Wakil Presiden, Gubernur, Bank, Jakarta.
NAME_HEADS = (
    namewords.TITLE_LIKE | lexicon.ORGANISATION_WORDS | lexicon.PLACES | lexicon.PLACE_WORDS
)


# Words after a company's name that keep it the same company: PT Bank Mandiri Tbk.
_COMPANY_SUFFIXES = frozenset("tbk persero ltd inc co corp plc pte bhd llc".split())


def short_form(entry: Entry, form: str) -> bool:
    """Whether ``form`` is a person's name shortened to some of its words (Trump of Donald
    Trump, Suu Kyi of Aung San Suu Kyi); nicknames (Jokowi, SBY) are not."""
    if entry.kind != "person" or form == entry.term:
        return False
    words, full = normalize(form).split(), normalize(entry.term).split()
    return len(words) < len(full) and all(w in full for w in words)


class RunJudge:
    """The verdicts on the runs of one text: ``common`` says whether an unknown word of a
    run is an ordinary word (``Direktur Retail``) rather than a name (``Presiden Susilo``),
    ``headline`` whether the line holding an offset is a headline."""

    def __init__(
        self,
        text: str,
        common: Callable[[namewords.Unit], bool],
        headline: Callable[[int], bool],
    ) -> None:
        self.text = text
        self.common = common
        self.headline = headline

    def judge(self, units: list[namewords.Unit], matches: Sequence[Match]) -> list[tuple[int, str]]:
        """(match index, DROPPED or PARTIAL) for the matches of a run that are not shown as
        they are."""
        verdicts = []
        for k, unit in enumerate(units):
            if unit.match < 0:
                continue
            before = units[k - 1] if k > 0 and units[k - 1].match != -2 else None
            after = units[k + 1] if k + 1 < len(units) and units[k + 1].match != -2 else None
            # the word after it ends the run, or only an acronym follows: PT BNI Multifinance BNIMF
            ends = k + 2 == len(units) or k + 3 == len(units) and units[-1].text.isupper()
            verdict = self._verdict(matches[unit.match], before, after, matches, ends)
            if not verdict and namewords.title_before_organisation(units, k, matches):
                verdict = PARTIAL  # Direktur Retail Banking PT Bank Mega
            if k == len(units) - 1:
                goes_on, after_and = self._goes_on_after_and(unit, matches, verdict == PARTIAL)
                if goes_on:
                    verdict = verdict or PARTIAL  # Menteri Lingkungan Hidup dan Kehutanan
                    if after_and >= 0:  # ... and the term after dan: Pertahanan dan Keamanan
                        verdicts.append((after_and, PARTIAL))
            if verdict == PARTIAL and self._ends_a_person_s_name(units, k, matches):
                verdict = DROPPED
            if verdict:
                verdicts.append((unit.match, verdict))
        judged = {j for j, _ in verdicts}
        for k in defined.inside([(u.text, u.match if u.match != -2 else -1) for u in units]):
            if units[k].match not in judged:  # Ikatan in Ikatan Akuntansi Indonesia IAI
                verdicts.append((units[k].match, PARTIAL))
        return verdicts

    def _ends_a_person_s_name(
        self, units: list[namewords.Unit], k: int, matches: Sequence[Match]
    ) -> bool:
        """Whether a common noun or title ends the run after two words naming someone (not
        ``_common``): Ali Maulana Hakim's surname gets no "judge", even partial."""
        entry = matches[units[k].match].entry
        return (
            k == len(units) - 1
            and k >= 2
            and entry.kind in ("term", "title")  # hakim, judge: titles go before a name
            and entry.term.islower()
            and all(u.match == -1 and not self.common(u) for u in units[k - 2 : k])
        )

    def _verdict(
        self,
        match: Match,
        before: namewords.Unit | None,
        after: namewords.Unit | None,
        matches: Sequence[Match],
        after_ends: bool = False,
    ) -> str:
        """DROPPED, PARTIAL or "" for one match of a run, from its neighbours in the run
        (``after_ends``: the word after it is the run's last)."""
        entry = match.entry
        if short_form(entry, match.form):
            other_name = before is not None and not namewords.title_like(before, matches)
            more_name = after is not None and after.match < 0
            return DROPPED if other_name or more_name else ""
        if namewords.another_name(match, before, after, matches):
            return DROPPED  # PT Semen Gresik, Donald Trump Jr, Iriana Jokowi
        if self._another_given_name(match, before, matches):
            return DROPPED  # Titiek Soeharto, his daughter
        placey = namewords.placey(match)
        if placey and after_ends and namewords.english_word(after):
            return PARTIAL  # Melbourne Park, Krakatau Steel, New York Times
        if self._organisation_goes_on(match, before, after, matches, after_ends):
            return PARTIAL  # PT BNI Life Insurance, Telkom Divisi Regional I, BNI Syariah
        if (
            entry.kind in _NEVER_PARTIAL
            and not placey
            or placey
            and namewords.multiword(match.form)
        ):
            return ""  # complete names: Kepala BPS, Dinas Kebersihan DKI Jakarta
        if not placey and any(
            namewords.words_of_a_name(match, unit, matches) for unit in (before, after)
        ):
            return PARTIAL  # Kementerian Pertahanan, Wakil Presiden
        if namewords.continues_organisation(match, before, matches):
            return PARTIAL  # BNI Syariah
        if before is not None and before.match < 0:  # after an unknown head: Perdana Menteri
            inside = not (placey and namewords.title_like(before, matches))  # but Gubernur Jakarta
        elif before is not None and namewords.word_unit(before, matches, here=True):  # Tepi Barat
            inside = match.form.lower() in lexicon.COMPASS and not namewords.title_like(
                before, matches
            )
        else:  # two one-word places are one name: AS Roma, Jakarta Barat
            inside = placey and any(
                other is not None
                and other.match >= 0
                and namewords.placey(matches[other.match])
                and not namewords.multiword(matches[other.match].form)
                and self.text[min(other.end, match.end) : max(other.start, match.start)] == " "
                for other in (before, after)
            )
        if inside:
            return DROPPED if namewords.one_word_name(match) else PARTIAL
        if after is not None and after.match < 0:  # the head of a longer name
            if entry.kind != "title" and match.form.lower() in lexicon.HONORIFICS:
                return DROPPED  # Haji Lulung: a title here, not the pilgrimage (hajj)
            if entry.kind == "title" or placey:  # but Presiden Susilo, petenis Jepang Ai
                return PARTIAL if self.common(after) else ""
            return PARTIAL  # RSUD Pasarrebo, Obligasi Subordinasi
        if after is None or after.match < 0:
            return ""
        if placey:  # Jakarta Utara, utara known
            return PARTIAL if namewords.word_unit(after, matches, here=True) else ""
        place = matches[after.match]  # a compass word after it modifies the name: Tepi Barat
        compass = namewords.one_word_place(place) and place.form.lower() in lexicon.COMPASS
        return (
            PARTIAL
            if compass and entry.kind != "title" and namewords.capitalised_here(match)
            else ""
        )

    def _another_given_name(
        self, match: Match, before: namewords.Unit | None, matches: Sequence[Match]
    ) -> bool:
        """Whether a person's name follows a given name the glossary does not know, no title
        nor an ordinary word (``common``): ``Titiek Soeharto`` is Soeharto's daughter, not
        "Suharto", and ``Iriana Joko Widodo`` his wife, not "Joko Widodo"; ``Presiden
        Soeharto`` and ``Menko Perekonomian Boediono`` are the man himself, and so is a
        full name after an initial or an acronym (``Wapres M Jusuf Kalla``, ``Presiden RI
        Susilo Bambang Yudhoyono``)."""
        return (
            match.entry.kind == "person"
            and before is not None
            and before.match < 0
            and not namewords.title_like(before, matches)
            and not self.common(before)
            and (" " not in match.entry.term or namewords.surname(before.text))
        )

    def _organisation_goes_on(
        self,
        match: Match,
        before: namewords.Unit | None,
        after: namewords.Unit | None,
        matches: Sequence[Match],
        after_ends: bool = False,
    ) -> bool:
        """Whether an organisation's name heads a longer name: an unknown word follows that
        is a common English word or its plural, or ``common`` (``PT BNI Life Insurance``,
        ``Google Apps``, ``Telkom Divisi Regional I``, ``BRI Unit Cikini``), or, after a
        company's legal form, ends the run (``PT BNI Multifinance``: a company's name, where
        a person's would have two words, ``PT Timah Wachid Usman``); or a term only the text
        capitalises follows (``BNI Syariah``, a bank of its own: ``namewords.goes_on_with``).
        Not a company's suffix (``Tbk``), an acronym (``Bank Sentral Jepang BOJ``), a title
        or rank (``Polri Inspektur Jenderal``), a name (``Bank Mandiri Agus Martowardojo``:
        agus is a word, but not in this text), nor the first word of its English after it
        (``IMF International Monetary Fund``)."""
        if match.entry.kind != "organisation" or after is None:
            return False
        if after.match >= 0:  # not a title: BI Deputi Gubernur, the bank's officer
            term = matches[after.match]
            return term.entry.kind != "title" and namewords.goes_on_with(match, term)
        low = after.text.lower()
        if after.text.isupper() or low in _COMPANY_SUFFIXES or low in namewords.TITLE_LIKE:
            return False
        if any(normalize(english).startswith(f"{low} ") for english in match.entry.renderings):
            return False
        english = namewords.english_word(after) or namewords.english_plural(after)
        return english or self.common(after) or after_ends and namewords.legal_form(before, matches)

    def _goes_on_after_and(
        self, unit: namewords.Unit, matches: Sequence[Match], partial: bool = False
    ) -> tuple[bool, int]:
        """Whether a title or an organisation at a run's end, or a term already ``partial``
        there as a word of a longer name (``Kementerian Pertahanan``), goes on after ``dan``: a
        capitalised word follows that starts no other name (``Menteri Lingkungan Hidup dan
        Kehutanan``), not a title, an organisation, a place or a name the glossary matches
        there (``Presiden dan Wakil Presiden``, ``Kementerian Keuangan dan Bank Indonesia``);
        a term the text capitalises goes on (``Menteri Pertahanan dan Keamanan``): then also
        the index of that term's match (else -1), a word of the same name."""
        end = runs.and_capital(self.text, unit.end)
        if end < 0:
            return False, -1
        match = matches[unit.match]
        head = match.entry.kind in _AND_HEADS or partial and namewords.capitalised_here(match)
        if not head or self.headline(unit.start):
            return False, -1
        start, at = unit.end + 5, unit.match + 1
        if self.text[start:end].lower() in NAME_HEADS:
            return False, -1
        while at < len(matches) and matches[at].start < start:
            at += 1
        if at == len(matches) or matches[at].start != start:
            return True, -1
        goes_on = namewords.capitalised_here(matches[at]) and matches[at].entry.kind != "title"
        return goes_on, at if goes_on else -1
