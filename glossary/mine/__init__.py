"""Term mining: a ranked, grouped list of glossary candidates from Indonesian news.

One streaming pass (``counting``) counts two things per line, then a final step turns the
counts into candidates:

* runs of capitalised words (names, with lowercase connectors such as ``dan`` inside),
  keyed by their surface; runs that start a sentence are kept apart because their first
  capital may only mark the sentence start, and so are a headline's (title case);
* lowercase n-grams (1-4 words) of content words: never a function word, a verb, a
  number, a date or a unit, never starting with a ``ber-``/``ter-`` word or a base verb
  (which may end one: hukuman mati); no adverb shape (sebaliknya, terus-menerus).

Counts are pruned as they grow (lossy counting), so memory stays bounded on big corpora.

``names``: runs are split into titles, places, acronyms and names using the whole text.
A run is one name only when the text treats it as one: it recurs whole, and its parts do
not recur alone or in other company (Taliban | Mullah Omar, Arab | Sunni, Bank Indonesia
| BI; Bank Indonesia stays whole); a title in lower case counts as one (juru bicara Kremlin
Dmitry Peskov: Kremlin | Dmitry Peskov), a place with its direction is one place (Satpol PP
| Jakarta Timur | Budhy Novian), and a name that ends other names is split off the person
after it (Camat Kramat Jati Eka Darmawan, beside Kecamatan Kramat Jati). Short names join
a full name only when unambiguous, nicknames the text states (yang akrab disapa) join, a
short name under a title the full name never has stays apart (Presiden Omar is not
Pemimpin Taliban Mullah Mohammad Omar), transliterated spellings share a key
(``groups.fold_spelling``: Mahmoud/Mahmud, Hezbollah/Hizbullah).

``terms`` and ``ranking``: the signals a candidate is ranked by are

* frequency, log-scaled, and spread over documents (1 + ½·log2 of the documents);
* for terms, termhood as contrast with general Indonesian: how much more frequent the
  phrase is here than in wordfreq's Indonesian (a weirdness ratio; in a phrase, a word
  the list lacks counts as its rarest word), or, for several words, how much more often
  they occur together than by chance (unithood: PMI from the count less two standard
  deviations, so that a pair seen three times proves no unit);
* for a term seen in one document only, the contrast of its count less one standard
  deviation (twice in one article is weak evidence);
* nestedness by C-value: what a phrase or word owes to the longer terms that contain it
  is not its own, as their mean count (gardu induk in several; pajak in wajib pajak,
  pajak penghasilan), a word at least its largest one's, and a word seen alone in under
  a fifth of its uses is a fragment (piranti in piranti lunak, jinjing in komputer
  jinjing);
* a contrast that grows with commonness: one word must be 4 times as frequent here as
  in general Indonesian when rare (sanksi), 16 times when common (pengaruh, kunjungan),
  unless it clusters in few of many articles (residual IDF, Church & Gale); one title
  word (Ketua) used no more than anywhere else is no candidate;
* the dictionary (``dictionary``: FreeDict English-Indonesian read in reverse, when
  installed): a word or compound whose clearest English rendering is a common English
  word (tendangan → kick, ibu kota → capital city) weighs less than one the dictionary
  lacks (sundulan);
* morphology: a noun made with -an, ke-, pe- or per- of a common root means what its
  root does (kenaikan, penggunaan, serangan) and weighs less;
* rarity in general Indonesian: one everyday word (warga, upaya) or a compound of
  everyday words only (rumah sakit) weighs less, a word rare outside news (sanksi,
  rudal, gencatan) counts fully;
* part of speech from Indonesian morphology (``glossary.morphology``) and curated lists
  (``glossary.lexicon``): verbs, function words and dates never start or end a term,
  an ordinal may end a term (babak kedua) but never stand inside one (hubungan kedua
  negara), so may tengah where it is no aspect (pemain tengah, not polisi tengah
  menyelidiki), a ter- word counts as a noun only after para/seorang (para tersangka), head nouns of
  names count as terms when the text also writes them in lower case (kelurahan), with
  all their occurrences; one heading several names with no plain English word
  (Kecamatan Jatinegara, Kecamatan Cakung) is a unit of the administration, ranked with
  the names;
* kind: names by frequency alone, also when written in lower case now and then (Liga
  Utama, liga utama); one title word (Presiden) by its rarity;
* the first page (``ranking.FIRST_PAGE``, 100) is ranked for precision; after it,
  frequency weighs more, and the common words of a domain (pajak in economy news, 3 times
  as frequent as in general Indonesian in a text of 20,000 words or more) follow;
  there a specialised loan (``dictionary.specialised_loans``: virus, radiasi, hormon)
  is one from less than twice as frequent and weighs as a name, a noun of a common root
  (penjualan) less than a native word.

Expansions stated in the text (``Rukun Warga (RW)``) win over the curated list; a
rejected form (``rejected``) is left out alone, never the forms that were grouped with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from glossary import lexicon
from glossary.mine import counting, groups
from glossary.mine.counting import PRUNE_AT, Tally, schwartz_hearst
from glossary.mine.output import format_json, format_pot, format_table
from glossary.mine.ranking import Candidate, rank
from glossary.text import Document, collector_paused

__all__ = [
    "PRUNE_AT",
    "Candidate",
    "Tally",
    "counting",
    "groups",
    "format_json",
    "format_pot",
    "format_table",
    "lexicon",
    "mine",
    "rank",
    "schwartz_hearst",
]


def mine(
    documents: Iterable[Document],
    *,
    min_count: int = 2,
    progress: Callable[[Document], None] | None = None,
    top: int | None = None,
    exclude: Iterable[str] = (),
    rejected: Iterable[str] = (),
) -> list[Candidate]:
    """Candidates from ``documents``, best first.

    ``progress`` is called after each document; ``top`` limits how many candidates are
    built; a candidate with any form in ``exclude`` (compared case-insensitively; the
    forms of a glossary's entries) is left out. A ``rejected`` form (an obsolete entry's
    msgid) is left out as a term and as a variant, and nothing else with it: rejecting
    the glued ``Taliban Mullah Omar`` leaves ``Taliban`` a candidate.
    """
    # The tables hold millions of small lists that never form cycles: without the pause,
    # the cyclic garbage collector walks them again and again and takes half the time.
    with collector_paused():
        tally = Tally()
        for doc in documents:
            tally.add_document(doc)
            if progress:
                progress(doc)
        return rank(tally, min_count=min_count, top=top, exclude=exclude, rejected=rejected)
