"""How often the curated glossary's English agrees with real news translations.

For every occurrence of a reviewed entry in ../shared/corpus/*.id (found by the
project's matcher, as ``glossary annotate`` finds it), does the aligned line of the
.en file contain the entry's English: its msgstr or an accepted alternative, in any
case, with regular English inflection (``check.find_rendering``, the rule ``glossary
check`` applies)? The rate is printed per corpus file twice: with the English shown
alone (the sense the neighbouring word chose, else the msgstr) and with the
alternatives too, which shows what the alternatives are worth. Then the
most frequent disagreements, each with one aligned pair, so that a terminologist can
read them and fix the entries where the translators were right.

The last two columns: glosses whose term the English leaves out the way news English
does (``elided``: ANTARA's dateline ``di Jakarta, Senin`` as "here on Monday" or nothing, a
currency's country in "per dollar", a title before a name the English gives; the rule
``glossary check`` applies, ``check.elision``), and the agreement of the others (``kept``):
where the translation leaves the term out it neither confirms nor refutes the gloss.

Agreement is printed a second time on well-aligned lines only (``well_aligned``: the
English is 0.7 to 1.4 times the Indonesian's length, writes every number of the source,
and at least half the source's names that no glossary match covers), so that a reader
can tell the glossary's disagreements from those of loose or misaligned line pairs (the
English drops a sentence, condenses a clause, or translates another line); ``kept`` there
too leaves out the glosses elided.

Two more figures per file: identical glosses (the English is the Indonesian form,
``Jakarta [Jakarta]``; ``annotate --skip-identical`` leaves them out) and the agreement of
the rest, what a reader of ``--skip-identical`` sees; and coverage, the share of a gold
list of terms a translator wants in that text (benchmarks/coverage_gold.tsv: names,
titles, institutions, domain terms picked by reading the text) that get a gloss of the
whole term, counted per term (glossed at least once) and per occurrence.

Glosses are counted as a reader sees them, composed as annotate composes them
(``glossary.titled`` and ``glossary.regional``: ``Kabupaten Bogor`` is one gloss, Bogor
Regency; ``--no-compose`` counts the pieces) and judged by ``glossary.gloss`` (a short form of
another person's name and a one-word name inside a longer one left out, the sense
chosen by the neighbouring word). Three figures say how far that judging can be
trusted: partial glosses (a gloss inside a capitalised run of two or more words, mid-
sentence, in which some word no gloss covers, or only a gloss of a term the glossary
writes in lower case: ``Perdana Menteri [minister]``, ``Kementerian Pertahanan``) that are
neither marked partial nor left out, as a share of the glosses shown (an upper bound:
``Presiden [President] Susilo`` is such a run but no partial gloss); short forms of a
person shown right after another capitalised name (``Melania Trump``); and for the
senses, in how many aligned lines the chosen sense's English occurs against the msgstr.

    python benchmarks/glossary_agreement.py
    python benchmarks/glossary_agreement.py news-valid --top 40 --examples 3
    python benchmarks/glossary_agreement.py --glossary my.po panl-eco
    python benchmarks/glossary_agreement.py --judged none   # every match shown as it is
    python benchmarks/glossary_agreement.py --judged line   # each line judged alone
    python benchmarks/glossary_agreement.py --top 0 --by-entry 50   # the entries to read first
    python benchmarks/glossary_agreement.py --top 0 --partial 100 panl-eco  # likely partial
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import itertools
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary import defined, lexicon, namewords, store, titled  # noqa: E402
from glossary.check import find_rendering  # noqa: E402
from glossary.check.elision import elided, in_dateline  # noqa: E402
from glossary.check.segments import Piece  # noqa: E402
from glossary.check.source import Occurrence  # noqa: E402
from glossary.gloss import Judge, identical, short_form  # noqa: E402
from glossary.match import Match, Matcher  # noqa: E402
from glossary.store import Entry  # noqa: E402
from glossary.text import InputError, read_document  # noqa: E402

GOLD = ROOT / "benchmarks" / "coverage_gold.tsv"
CORPUS = next(
    (p / "shared" / "corpus" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "corpus",
)


@dataclasses.dataclass
class Miss:
    surface: str
    line: int
    english: str


@dataclasses.dataclass
class Tally:
    """Agreement of one corpus file with the glossary."""

    name: str
    occurrences: int = 0
    agreed: int = 0
    agreed_msgstr: int = 0  # ... by the English shown alone (the sense chosen, else msgstr)
    identical: int = 0  # glosses equal to the Indonesian form (Jakarta [Jakarta])
    agreed_identical: int = 0
    elided: int = 0  # not in the English, left out the way news English does (check's rule)
    gold_found: set = dataclasses.field(default_factory=set)  # gold terms in the text
    gold_glossed: set = dataclasses.field(default_factory=set)  # ... glossed at least once
    gold_occurrences: int = 0
    gold_occurrences_glossed: int = 0
    dropped: int = 0  # matches judged untrustworthy and not shown
    dropped_agreed: int = 0  # ... whose English the translation uses all the same
    partial: int = 0  # shown marked partial
    unmarked_partial: int = 0  # inside a run with an unglossed word, shown unmarked
    likely_partial: int = 0  # ... not in a headline, nor before the name it heads
    other_person: int = 0  # short forms or one-word names shown after another given name
    sensed: int = 0  # glosses whose sense the neighbouring word chose
    sensed_agreed: int = 0  # ... whose chosen English the aligned line uses
    sensed_msgstr: int = 0  # ... where the line uses the msgstr instead
    aligned: int = 0  # glosses in well-aligned lines (``well_aligned``)
    aligned_agreed: int = 0  # ... whose English the aligned line uses
    aligned_elided: int = 0  # ... left out the way news English does
    aligned_lines: int = 0  # well-aligned lines
    lines: int = 0  # lines with any text
    composed: int = 0  # glosses of a composition (glossary.titled: Kabupaten Bogor)
    composed_agreed: int = 0  # ... whose English the aligned line uses
    per_entry: Counter = dataclasses.field(default_factory=Counter)
    entries: dict = dataclasses.field(default_factory=dict)  # key -> entry, composed too
    missed: Counter = dataclasses.field(default_factory=Counter)
    missed_elided: Counter = dataclasses.field(default_factory=Counter)  # ... left out as news does
    missed_aligned: Counter = dataclasses.field(
        default_factory=Counter
    )  # ... in well-aligned lines
    examples: dict = dataclasses.field(default_factory=lambda: defaultdict(list))
    likely: list = dataclasses.field(default_factory=list)  # (line, gloss, English, context)

    def rate(self, agreed: int, of: int | None = None) -> str:
        of = self.occurrences if of is None else of
        return f"{agreed / of:6.1%}" if of else "     -"

    def shown(self) -> tuple[int, int]:
        """Glosses and agreeing glosses that ``annotate --skip-identical`` shows."""
        return self.agreed - self.agreed_identical, self.occurrences - self.identical


def aligned_lines(stem: Path) -> tuple[list[str], list[str]]:
    """The .id and .en lines of one corpus pair (CRLF or LF, odd spaces made plain)."""
    source = read_document(stem.with_suffix(".id")).clean.split("\n")
    target = read_document(stem.with_suffix(".en")).clean.split("\n")
    if len(source) != len(target):
        raise InputError(f"{stem}: {len(source)} .id lines but {len(target)} .en lines")
    return source, target


def msgstr_only(entry: Entry, english: str | None = None) -> Entry:
    """The entry with one rendering: its msgstr, or ``english``; a place's taken as written
    (``France`` is not found in "French players", which the sense ``French`` is)."""
    kind = "name" if entry.kind == "place" else entry.kind
    return dataclasses.replace(entry, english=english or entry.english, alternatives=[], kind=kind)


def read_gold(path: Path) -> dict[str, list[str]]:
    """corpus file name -> the gold terms listed for it."""
    gold: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip() and not line.startswith("#"):
            name, _, term = line.partition("\t")
            gold[name.strip()].append(term.strip())
    return gold


def gold_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """Whole-word occurrences of any gold term, in any case, longest first."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


_RUN = re.compile(r"(?:(?:[A-Z]\.)+|[A-Z][\w'’]*)(?:[ -](?:(?:[A-Z]\.)+|[A-Z][\w'’]*))+")
_MID_SENTENCE = re.compile(r"[\w,(]\s*\Z")


def in_unknown_run(source: str, match, matches, judge: Judge | None = None) -> bool:
    """Whether ``match`` lies in a mid-sentence run of capitalised words of which some word
    is no weekday or month and no match covers as a name: none at all (Perdana Menteri,
    menteri known), or only a term the glossary writes in lower case (Kementerian
    Pertahanan, both known). With ``judge`` (the tighter count, ``likely``) runs the
    upper bound counts are not: a headline's (``Korban Banjir Aman``), and where the only
    unknown words are the gloss's own, words a title or multiword term covers whatever its
    case (``Gubernur Joko Widodo``, ``Menteri Keuangan``, ``Produk Domestik Bruto``), or
    words of a name the gloss completes (``_complete``)."""
    for run in _RUN.finditer(source):
        if run.start() <= match.start and match.end <= run.end() and run.group() != match.text:
            if not _MID_SENTENCE.search(source, 0, run.start()):
                continue
            if judge is not None and judge.headline(run.start()):
                continue
            covered = [
                (m.start, m.end)
                for m in matches
                if run.start() <= m.start < run.end()
                and (
                    not m.form.islower()
                    or judge is not None
                    and (" " in m.form or m.entry.kind == "title")
                )
            ]
            unknown = [
                run.start() + word.start()
                for word in re.finditer(r"[^\s-]+", run.group())
                if word.group().lower() not in lexicon.WEEKDAYS_MONTHS
                and not any(
                    a <= run.start() + word.start() and run.start() + word.end() <= b
                    for a, b in covered
                )
            ]
            if judge is not None:  # the tighter count: the gloss's own words are known
                unknown = [at for at in unknown if not match.start <= at < match.end]
                if unknown and _complete(match, unknown, source, run.end()):
                    continue
            if unknown:
                return True
    return False


_HEADS = frozenset({"title", "place", "acronym"})  # glossed before the name they head
_WHOSE = frozenset({"place", "organisation", "acronym"})  # ... after the words they own


def _complete(match, unknown: list[int], source: str, run_end: int) -> bool:
    """Whether a gloss in a run with ``unknown`` words is complete all the same: a title,
    place or acronym before the name it heads (``Presiden Husni Mubarak``, ``PT
    Indocement``, ``Menteri Keuangan AS Timothy Geithner``), or a place or an organisation
    after the words it says whose (``Sudin Kebersihan Jakarta Barat``, ``Asosiasi Kedokteran
    Jerman``, ``Komisi XI DPR``, ``Gedung Bappenas``), not a compass word (``Tepi Barat``); a
    company's legal form or suffix, a word of its own (``Direktur Retail Banking PT Bank
    Mega Tbk``); an acronym right after the words that spell it, the text defining it
    (``Surat Bank Indonesia SBI``, ``Produk domestik Bruto PDB``); an organisation before
    a person's name, two or more words that may be a name, one of them perhaps an initial,
    to the run's end (``Kepala BPS Rusman Heriawan``, ``Dirut Bank Mandiri Agus
    Martowardojo``: not ``BNI Syariah``, ``PT BNI Multifinance``, a one-word name)."""
    if match.text.rstrip(".").lower() in _COMPANY_FORMS:
        return True
    if match.text.isupper() and _spelled_before(source, match) or _acronym_after(source, match):
        return True
    if match.entry.kind in ("organisation", "acronym") and _name_after(source, match, run_end):
        return True
    if match.entry.kind in _HEADS and min(unknown) >= match.end:
        return True
    return (
        match.entry.kind in _WHOSE
        and max(unknown) < match.start
        and match.form.lower() not in lexicon.COMPASS
    )


_COMPANY_FORMS = lexicon.LEGAL_FORMS | lexicon.LEGAL_SUFFIXES  # before or after a company's name


def _spelled_before(source: str, match) -> bool:
    """Whether the words before an acronym, function words skipped, spell it."""
    words = re.findall(r"[^\W\d_][\w'’-]*", source[max(0, match.start - 120) : match.start])
    content = [w for w in words if w.lower() not in defined.SKIPPED]
    size = len(match.text)
    return len(content) >= size and defined.spelled(match.text, content[-size:])


_PERSON = re.compile(r"(?: (?:[A-Z]\.?|[A-Z][a-z'’]+)){2,}")


def _acronym_after(source: str, match) -> bool:
    """Whether the word after a gloss is the acronym its words spell: the text names it
    as a whole there (``Peraturan Pemerintah PP Nomor 33``, ``Kedutaan Besar RI KBRI``)."""
    after = re.match(r" ([A-Z]{2,6})\b", source[match.end : match.end + 8])
    return after is not None and defined.expands(after.group(1), match.text)


def _name_after(source: str, match, run_end: int) -> bool:
    """Whether the rest of the run after a gloss is a person's name: two or more words,
    the last an initial or a possible surname (``namewords.surname``), none a title or a
    function word (``Halim Alamsyah``: halim is a word, Alamsyah a name)."""
    rest = _PERSON.fullmatch(source, match.end, run_end)
    if rest is None:
        return False
    *given, last = rest.group().split()
    return (len(last) == 1 or namewords.surname(last)) and not any(
        word.lower() in namewords.TITLE_LIKE or word.lower() in lexicon.FUNCTION_WORDS
        for word in given
    )


_DIGITS = re.compile(r"\d+")
_NAME = re.compile(r"(?<=[\w,)] )[A-Z][\w'’-]+")  # a capitalised word in mid-sentence
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")
LENGTH_RATIO = (0.7, 1.4)  # English / Indonesian characters of a well-aligned line pair


def well_aligned(source: str, target: str, english_names: set[str], matches) -> bool:
    """Whether a line pair is a close translation, by what can be counted without the
    glossary: the English is 0.7 to 1.4 times the Indonesian's length (the median is 0.85
    to 0.94 in the four files), it writes every number of the source (digit groups:
    ``2,5 persen`` = "2.5 percent"), and at least half the source's names, mid-sentence
    capitalised words that the English file uses somewhere and that no glossary match
    covers (so a line does not count as aligned because its glosses agree).
    ``Dia mengatakan penurunan produksi ... Misalnya untuk perkebunan di Kalimantan turun
    23,9 persen`` beside an English that drops the first sentence is not."""
    if not source.strip() or not target.strip():
        return False
    ratio = len(target) / len(source)
    if not LENGTH_RATIO[0] <= ratio <= LENGTH_RATIO[1]:
        return False
    if not set(_DIGITS.findall(source)) <= set(_DIGITS.findall(target)):
        return False
    names = {
        found.group()
        for found in _NAME.finditer(source)
        if found.group() in english_names
        and not any(m.start <= found.start() < m.end for m in matches)
    }
    if not names:
        return True
    written = set(_CAPITALISED.findall(target))
    return 2 * len(names & written) >= len(names)


def after_other_name(source: str, match, matches) -> bool:
    """A short form right after a capitalised word in mid-sentence that is neither a title
    nor a word of its own name nor part of another match (Melania Trump)."""
    before = re.search(r"([A-Z][\w.'’]*) \Z", source[max(0, match.start - 40) : match.start])
    if not before or not _MID_SENTENCE.search(source, 0, match.start - len(before.group())):
        return False
    start = match.start - len(before.group())
    if any(m.start <= start < m.end for m in matches) or Judge(source).headline(start):
        return False
    word = before.group(1).lower()
    titles = lexicon.TITLES | lexicon.TITLE_MODIFIERS | lexicon.PLACES
    return word not in titles and word not in match.entry.term.lower().split()


def judged_lines(
    sources: list[str], matcher: Matcher, judged: str, composed: bool = True
) -> Iterator[tuple[list[Match], dict]]:
    """Each line's matches (offsets in the line) and notes (``Judge.notes``), the judge
    looking at the whole file as annotate does (``judged`` "file": the text's evidence,
    ``lalu`` written in lower case elsewhere, comes from every line), at each line alone
    ("line") or at nothing ("none": every match shown as it is). With ``composed`` (the
    file judged), places and titles are composed as annotate shows them
    (``glossary.titled``: ``Kabupaten Bogor`` = Bogor Regency, one gloss)."""
    if judged != "file":
        for source in sources:
            matches = matcher.find(source)
            yield matches, Judge(source).notes(matches) if judged == "line" else {}
        return
    document = "\n".join(sources)
    starts = list(itertools.accumulate((len(s) + 1 for s in sources[:-1]), initial=0))
    by_line: list[tuple[list[Match], dict]] = [([], {}) for _ in sources]
    composer = titled.BatchComposer(document)
    for batch, notes in Judge(document).batches(matcher.find(document)):
        if composed:
            batch, notes = composer(batch, notes)
        for i, match in enumerate(batch):
            line = bisect.bisect_right(starts, match.start) - 1
            matches, line_notes = by_line[line]
            if i in notes:
                line_notes[len(matches)] = notes[i]
            at = starts[line]
            matches.append(match._replace(start=match.start - at, end=match.end - at))
    yield from by_line


def measure(
    stem: Path,
    matcher: Matcher,
    keep: int,
    gold: Sequence[str] = (),
    judged: str = "file",
    composed: bool = True,
) -> Tally:
    tally = Tally(stem.name)
    bare: dict[tuple[int, str], Entry] = {}  # the English shown alone
    pattern = gold_pattern(list(gold))
    canonical = {t.casefold(): t for t in gold}
    sources, targets = aligned_lines(stem)
    english_names = {w for t in targets for w in _CAPITALISED.findall(t)}
    judged_by_line = judged_lines(sources, matcher, judged, composed)
    lines = zip(sources, targets, judged_by_line, strict=True)
    for number, (source, target, (matches, notes)) in enumerate(lines, 1):
        judge = Judge(source)
        shown = [m for i, m in enumerate(matches) if notes.get(i, ...) is not None]
        close = well_aligned(source, target, english_names, matches)
        tally.lines += bool(source.strip())
        tally.aligned_lines += close
        for found in pattern.finditer(source) if pattern else ():
            term = canonical[found.group().casefold()]
            glossed = any(m.start <= found.start() and m.end >= found.end() for m in shown)
            tally.gold_found.add(term)
            tally.gold_occurrences += 1
            tally.gold_occurrences_glossed += glossed
            if glossed:
                tally.gold_glossed.add(term)
        for i, match in enumerate(matches):
            entry = match.entry
            note = notes.get(i, ...)
            if note is None:
                tally.dropped += 1
                tally.dropped_agreed += bool(find_rendering(entry, target))
                continue
            english, partial = note if note is not ... else (entry.english, False)
            tally.partial += partial
            if not partial and in_unknown_run(source, match, matches):
                tally.unmarked_partial += 1
                if in_unknown_run(source, match, matches, judge):
                    tally.likely_partial += 1
                    context = source[max(0, match.start - 50) : match.end + 50]
                    tally.likely.append((number, match.text, english, context))
            one_name = entry.kind == "person" and " " not in entry.term  # Soeharto
            shortened = short_form(entry, match.form) or one_name
            if shortened and after_other_name(source, match, matches):
                tally.other_person += 1
            if english != entry.english:
                tally.sensed += 1
                tally.sensed_agreed += bool(find_rendering(msgstr_only(entry, english), target))
                tally.sensed_msgstr += bool(find_rendering(msgstr_only(entry), target))
            tally.occurrences += 1
            tally.per_entry[entry.key] += 1
            tally.entries.setdefault(entry.key, entry)
            if entry.key not in matcher_keys(matcher):
                tally.composed += 1
                tally.composed_agreed += bool(find_rendering(entry, target))
            same = identical(match, english)
            tally.identical += same
            tally.aligned += close
            if find_rendering(entry, target):
                tally.agreed += 1
                tally.aligned_agreed += close
                tally.agreed_identical += same
                plain = bare.setdefault((id(entry), english), msgstr_only(entry, english))
                tally.agreed_msgstr += bool(find_rendering(plain, target))
                continue
            occurrence = [Occurrence(Piece(stem.name, source), match)]
            if in_dateline(occurrence, target) or elided(occurrence, target):
                tally.elided += 1
                tally.aligned_elided += close
                tally.missed_elided[entry.key] += 1
            else:
                tally.missed_aligned[entry.key] += close
            tally.missed[entry.key] += 1
            if len(tally.examples[entry.key]) < keep:
                tally.examples[entry.key].append(Miss(match.text, number, target))
    return tally


_KEYS: dict[int, frozenset] = {}


def matcher_keys(matcher: Matcher) -> frozenset:
    """The keys of the glossary's entries (a composed gloss's is none of them)."""
    if id(matcher) not in _KEYS:
        _KEYS[id(matcher)] = frozenset(e.key for e in matcher.entries)
    return _KEYS[id(matcher)]


def report(tally: Tally, top: int) -> None:
    print(f"\n== {tally.name}: most frequent disagreements")
    for key, missed in tally.missed.most_common(top):
        entry = tally.entries[key]
        label = f"{entry.term} [{entry.context}]" if entry.context else entry.term
        accepted = " / ".join(entry.renderings)
        print(f"  {missed:4d} of {tally.per_entry[key]:4d}  {label} -> {accepted}")
        for miss in tally.examples[key]:
            english = miss.english if len(miss.english) <= 160 else miss.english[:157] + "..."
            print(f"        line {miss.line} [{miss.surface}]: {english}")


def report_entries(tallies: Sequence[Tally], top: int) -> None:
    """The entries with most disagreements over all files, elided ones left out (a
    dateline's ``Jakarta`` rendered "here" is no glossary fault), with how many of them
    fall in well-aligned lines and each file's share: where to look first."""
    missed: Counter = Counter()
    aligned: Counter = Counter()
    glosses: Counter = Counter()
    entries: dict = {}
    for t in tallies:
        missed.update(t.missed)
        missed.subtract(t.missed_elided)
        aligned.update(t.missed_aligned)
        glosses.update(t.per_entry)
        entries.update(t.entries)
    print("\n== all files: entries with most disagreements (not elided; in well-aligned lines)")
    for key, count in missed.most_common(top):
        if count <= 0:
            break
        entry = entries[key]
        files = " ".join(
            f"{t.name}:{t.missed[key] - t.missed_elided[key]}"
            for t in tallies
            if t.missed[key] > t.missed_elided[key]
        )
        print(f"  {count:4d} ({aligned[key]:4d}) of {glosses[key]:5d}  {entry.term}", end="")
        print(f" -> {' / '.join(entry.renderings)}  [{files}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="corpus files without suffix (default: all)")
    parser.add_argument("--glossary", default=str(ROOT / "terms" / "id-en.po"))
    parser.add_argument("--corpus", default=str(CORPUS), help="folder of X.id/X.en pairs")
    parser.add_argument("--top", type=int, default=20, help="disagreements shown per file")
    parser.add_argument("--examples", type=int, default=1, help="aligned pairs shown per term")
    parser.add_argument(
        "--by-entry", type=int, default=0, help="entries with most disagreements over all files"
    )
    parser.add_argument(
        "--partial", type=int, default=0, help="likely unmarked partial glosses listed per file"
    )
    parser.add_argument("--gold", default=str(GOLD), help="corpus<TAB>term list for coverage")
    parser.add_argument(
        "--judged",
        choices=["file", "line", "none"],
        default="file",
        help="judge each file as annotate does (default), each line alone, or nothing",
    )
    parser.add_argument(
        "--no-compose",
        action="store_true",
        help="every match as the judge shows it, places and titles not composed (glossary.titled)",
    )
    args = parser.parse_args()

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"{corpus}: corpus folder not found (expected ../shared/corpus)", file=sys.stderr)
        return 2
    stems = [corpus / n for n in args.names]
    stems = stems or sorted(p.with_suffix("") for p in corpus.glob("*.id"))
    try:
        glossary = store.load(args.glossary)
        entries = [e for e in glossary.active() if e.reviewed]
        matcher = Matcher(entries)
        gold = read_gold(Path(args.gold)) if Path(args.gold).is_file() else {}
        tallies = [
            measure(
                stem,
                matcher,
                args.examples,
                gold.get(stem.name, []),
                args.judged,
                not args.no_compose,
            )
            for stem in stems
        ]
    except InputError as err:
        print(f"glossary_agreement: {err}", file=sys.stderr)
        return 2

    print(f"glossary {args.glossary}: {len(entries)} reviewed entries")
    print("agreement: glosses whose English the aligned translation uses")
    print(f"{'corpus':12} {'glosses':>8} {'shown only':>11} {'+ alternatives':>14}", end="")
    print(f" {'identical':>9} {'agreement w/o identical':>23} {'elided':>7} {'kept':>7}")
    for t in tallies:
        print(f"{t.name:12} {t.occurrences:8d} {t.rate(t.agreed_msgstr):>11}", end="")
        print(f" {t.rate(t.agreed):>14} {t.rate(t.identical):>9} {t.rate(*t.shown()):>23}", end="")
        print(f" {t.rate(t.elided):>7} {t.rate(t.agreed, t.occurrences - t.elided):>7}")
    print("well-aligned lines (length ratio 0.7-1.4, every number, half the names: well_aligned)")
    print(f"{'corpus':12} {'lines':>6} {'aligned':>8} {'glosses':>8} {'in them':>8}", end="")
    print(f" {'agreement':>9} {'kept':>7}")
    for t in tallies:
        print(f"{t.name:12} {t.lines:6d} {t.rate(t.aligned_lines, t.lines):>8}", end="")
        print(f" {t.occurrences:8d} {t.rate(t.aligned):>8}", end="")
        kept = t.rate(t.aligned_agreed, t.aligned - t.aligned_elided)
        print(f" {t.rate(t.aligned_agreed, t.aligned):>9} {kept:>7}")
    print("coverage: gold terms (benchmarks/coverage_gold.tsv) glossed as a whole")
    print(f"{'corpus':12} {'terms':>6} {'in text':>7} {'glossed':>8} {'occurrences':>11}", end="")
    print(f" {'glossed':>8}")
    for t in tallies:
        listed = len(gold.get(t.name, []))
        found, glossed = len(t.gold_found), len(t.gold_glossed)
        print(f"{t.name:12} {listed:6d} {found:7d} {t.rate(glossed, found):>8}", end="")
        print(
            f" {t.gold_occurrences:11d} {t.rate(t.gold_occurrences_glossed, t.gold_occurrences):>8}"
        )
    print("trust: matches left out, partial glosses, short forms, senses (glossary.gloss)")
    print(f"{'corpus':12} {'left out':>8} {'agreed':>7} {'marked partial':>14}", end="")
    print(f" {'partial unmarked':>16} {'likely':>7} {'other person':>12}", end="")
    print(f" {'senses: chosen':>14}", end="")
    print(f" {'its English':>11} {'msgstr':>7} {'composed':>8} {'agreed':>7}")
    for t in tallies:
        print(f"{t.name:12} {t.dropped:8d} {t.rate(t.dropped_agreed, t.dropped):>7}", end="")
        print(
            f" {t.rate(t.partial):>14} {t.rate(t.unmarked_partial):>16}"
            f" {t.rate(t.likely_partial):>7} {t.other_person:12d}",
            end="",
        )
        print(f" {t.sensed:14d} {t.rate(t.sensed_agreed, t.sensed):>11}", end="")
        print(f" {t.rate(t.sensed_msgstr, t.sensed):>7} {t.composed:8d}", end="")
        print(f" {t.rate(t.composed_agreed, t.composed):>7}")
    for t in tallies:
        missing = sorted(t.gold_found - t.gold_glossed)
        absent = sorted(set(gold.get(t.name, [])) - t.gold_found)
        if missing:
            print(f"  {t.name} not glossed: {', '.join(missing)}")
        if absent:
            print(f"  {t.name} listed but not in the text: {', '.join(absent)}")
    for t in tallies if args.top > 0 else ():
        report(t, args.top)
    if args.by_entry > 0:
        report_entries(tallies, args.by_entry)
    for t in tallies if args.partial > 0 else ():
        print(f"\n== {t.name}: likely unmarked partial glosses ({len(t.likely)})")
        for number, surface, english, context in t.likely[: args.partial]:
            print(f"  line {number} {surface} [{english}]: ...{context}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
