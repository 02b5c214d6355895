"""How often the curated glossary's English agrees with real news translations.

For every occurrence of a reviewed entry in ../shared/corpus/*.id (found by the
project's matcher, as ``glossary annotate`` finds it), does the aligned line of the
.en file contain the entry's English: its msgstr or an accepted alternative, in any
case, with regular English inflection (``check.find_rendering``, the rule ``glossary
check`` applies)? The rate is printed per corpus file twice: with the msgstr alone
and with the alternatives too, which shows what the alternatives are worth. Then the
most frequent disagreements, each with one aligned pair, so that a terminologist can
read them and fix the entries where the translators were right.

    python benchmarks/glossary_agreement.py
    python benchmarks/glossary_agreement.py news-valid --top 40 --examples 3
    python benchmarks/glossary_agreement.py --glossary my.po panl-eco
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary import store  # noqa: E402
from glossary.check import find_rendering  # noqa: E402
from glossary.match import Matcher  # noqa: E402
from glossary.store import Entry  # noqa: E402
from glossary.text import InputError, read_document  # noqa: E402

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
    per_entry: Counter = dataclasses.field(default_factory=Counter)
    missed: Counter = dataclasses.field(default_factory=Counter)
    examples: dict = dataclasses.field(default_factory=lambda: defaultdict(list))

    def rate(self, agreed: int) -> str:
        return f"{agreed / self.occurrences:6.1%}" if self.occurrences else "     -"


def aligned_lines(stem: Path) -> tuple[list[str], list[str]]:
    """The .id and .en lines of one corpus pair (CRLF or LF, odd spaces made plain)."""
    source = read_document(stem.with_suffix(".id")).clean.split("\n")
    target = read_document(stem.with_suffix(".en")).clean.split("\n")
    if len(source) != len(target):
        raise InputError(f"{stem}: {len(source)} .id lines but {len(target)} .en lines")
    return source, target


def msgstr_only(entry: Entry) -> Entry:
    return dataclasses.replace(entry, alternatives=[])


def measure(stem: Path, matcher: Matcher, keep: int) -> Tally:
    tally = Tally(stem.name)
    bare: dict[int, Entry] = {}
    for number, (source, target) in enumerate(zip(*aligned_lines(stem), strict=True), 1):
        for match in matcher.find(source):
            entry = match.entry
            tally.occurrences += 1
            tally.per_entry[entry.key] += 1
            if find_rendering(entry, target):
                tally.agreed += 1
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
        tallies = [measure(stem, matcher, args.examples) for stem in stems]
    except InputError as err:
        print(f"glossary_agreement: {err}", file=sys.stderr)
        return 2

    print(f"glossary {args.glossary}: {len(entries)} reviewed entries")
    print(f"{'corpus':12} {'occurrences':>11} {'msgstr only':>11} {'+ alternatives':>14}")
    for t in tallies:
        print(
            f"{t.name:12} {t.occurrences:11d} {t.rate(t.agreed_msgstr):>11} {t.rate(t.agreed):>14}"
        )
    by_key = {e.key: e for e in entries}
    for t in tallies if args.top > 0 else ():
        report(t, by_key, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
