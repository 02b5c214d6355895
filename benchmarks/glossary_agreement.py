"""How often the curated glossary's English agrees with real news translations.

For every occurrence of a reviewed entry in ../shared/corpus/*.id (found by the
project's matcher, as ``glossary annotate`` finds it), does the aligned line of the
.en file contain the entry's English: its msgstr or an accepted alternative, in any
case, with regular English inflection (``check.find_rendering``, the rule ``glossary
check`` applies)? The rate is printed per corpus file twice: with the msgstr alone
and with the alternatives too, which shows what the alternatives are worth. Then the
most frequent disagreements, each with one aligned pair, so that a terminologist can
read them and fix the entries where the translators were right.

Two more figures per file: identical glosses (the English is the Indonesian form,
``Jakarta [Jakarta]``; ``annotate --skip-identical`` leaves them out) and the agreement of
the rest, what a reader of ``--skip-identical`` sees; and coverage, the share of a gold
list of terms a translator wants in that text (benchmarks/coverage_gold.tsv: names,
titles, institutions, domain terms picked by reading the text) that get a gloss of the
whole term, counted per term (glossed at least once) and per occurrence.

    python benchmarks/glossary_agreement.py
    python benchmarks/glossary_agreement.py news-valid --top 40 --examples 3
    python benchmarks/glossary_agreement.py --glossary my.po panl-eco
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary import store  # noqa: E402
from glossary.check import find_rendering  # noqa: E402
from glossary.match import Matcher  # noqa: E402
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
    agreed_msgstr: int = 0
    identical: int = 0  # glosses equal to the Indonesian form (Jakarta [Jakarta])
    agreed_identical: int = 0
    gold_found: set = dataclasses.field(default_factory=set)  # gold terms in the text
    gold_glossed: set = dataclasses.field(default_factory=set)  # ... glossed at least once
    gold_occurrences: int = 0
    gold_occurrences_glossed: int = 0
    per_entry: Counter = dataclasses.field(default_factory=Counter)
    missed: Counter = dataclasses.field(default_factory=Counter)
    examples: dict = dataclasses.field(default_factory=lambda: defaultdict(list))

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


def msgstr_only(entry: Entry) -> Entry:
    return dataclasses.replace(entry, alternatives=[])


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


def measure(stem: Path, matcher: Matcher, keep: int, gold: Sequence[str] = ()) -> Tally:
    tally = Tally(stem.name)
    bare: dict[int, Entry] = {}
    pattern = gold_pattern(list(gold))
    canonical = {t.casefold(): t for t in gold}
    for number, (source, target) in enumerate(zip(*aligned_lines(stem), strict=True), 1):
        matches = matcher.find(source)
        for found in pattern.finditer(source) if pattern else ():
            term = canonical[found.group().casefold()]
            glossed = any(m.start <= found.start() and m.end >= found.end() for m in matches)
            tally.gold_found.add(term)
            tally.gold_occurrences += 1
            tally.gold_occurrences_glossed += glossed
            if glossed:
                tally.gold_glossed.add(term)
        for match in matches:
            entry = match.entry
            tally.occurrences += 1
            tally.per_entry[entry.key] += 1
            identical = entry.english.casefold() in (match.text.casefold(), match.form.casefold())
            tally.identical += identical
            if find_rendering(entry, target):
                tally.agreed += 1
                tally.agreed_identical += identical
                plain = bare.setdefault(id(entry), msgstr_only(entry))
                tally.agreed_msgstr += bool(find_rendering(plain, target))
                continue
            tally.missed[entry.key] += 1
            if len(tally.examples[entry.key]) < keep:
                tally.examples[entry.key].append(Miss(match.text, number, target))
    return tally


def report(tally: Tally, glossary: dict[tuple[str, str], Entry], top: int) -> None:
    print(f"\n== {tally.name}: most frequent disagreements")
    for key, missed in tally.missed.most_common(top):
        entry = glossary[key]
        label = f"{entry.term} [{entry.context}]" if entry.context else entry.term
        accepted = " / ".join(entry.renderings)
        print(f"  {missed:4d} of {tally.per_entry[key]:4d}  {label} -> {accepted}")
        for miss in tally.examples[key]:
            english = miss.english if len(miss.english) <= 160 else miss.english[:157] + "..."
            print(f"        line {miss.line} [{miss.surface}]: {english}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="corpus files without suffix (default: all)")
    parser.add_argument("--glossary", default=str(ROOT / "terms" / "id-en.po"))
    parser.add_argument("--corpus", default=str(CORPUS), help="folder of X.id/X.en pairs")
    parser.add_argument("--top", type=int, default=20, help="disagreements shown per file")
    parser.add_argument("--examples", type=int, default=1, help="aligned pairs shown per term")
    parser.add_argument("--gold", default=str(GOLD), help="corpus<TAB>term list for coverage")
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
        tallies = [measure(stem, matcher, args.examples, gold.get(stem.name, [])) for stem in stems]
    except InputError as err:
        print(f"glossary_agreement: {err}", file=sys.stderr)
        return 2

    print(f"glossary {args.glossary}: {len(entries)} reviewed entries")
    print("agreement: glosses whose English the aligned translation uses")
    print(f"{'corpus':12} {'glosses':>8} {'msgstr only':>11} {'+ alternatives':>14}", end="")
    print(f" {'identical':>9} {'agreement w/o identical':>23}")
    for t in tallies:
        print(f"{t.name:12} {t.occurrences:8d} {t.rate(t.agreed_msgstr):>11}", end="")
        print(f" {t.rate(t.agreed):>14} {t.rate(t.identical):>9} {t.rate(*t.shown()):>23}")
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
    for t in tallies:
        missing = sorted(t.gold_found - t.gold_glossed)
        absent = sorted(set(gold.get(t.name, [])) - t.gold_found)
        if missing:
            print(f"  {t.name} not glossed: {', '.join(missing)}")
        if absent:
            print(f"  {t.name} listed but not in the text: {', '.join(absent)}")
    by_key = {e.key: e for e in entries}
    for t in tallies if args.top > 0 else ():
        report(t, by_key, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
