"""How the aligned human translations render each glossary entry: the reviewer's evidence.

For every entry, every line of ``../shared/corpus/*.id`` where the project's matcher
finds it (as ``glossary annotate`` would, longest match first, so ``Menteri Luar Negeri``
is not counted for ``menteri``), and of those the lines whose aligned English line
holds the entry's msgstr or an accepted alternative (``check.find_rendering``, the rule
``glossary check`` applies). Beside the count, the English n-grams that co-occur most
with the entry, scored against their frequency in the whole English side, so that a
reviewer sees what translators wrote when they did not write the msgstr
(``luar negeri``: foreign 173, abroad 17).

    python curation/evidence.py                      # worksheet of the shipped glossary
    python curation/evidence.py --glossary X.po -o curation/review/X.tsv
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary import store  # noqa: E402
from glossary.check import find_rendering  # noqa: E402
from glossary.match import Matcher  # noqa: E402
from glossary.store import Entry  # noqa: E402
from glossary.text import InputError, read_document  # noqa: E402

# ../shared/corpus beside the checkout (a git worktree sits one level deeper).
CORPUS = next(
    (p / "shared" / "corpus" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "corpus",
)
_WORD = re.compile(r"[a-z][a-z'-]*|\d+")
_STOP = frozenset(
    "the a an of and or to in on at for by with from as is are was were be been has have had"
    " it its this that these those he she they we i you his her their our not but which who"
    " will would said says also than more after before into over about up out".split()
)


@dataclasses.dataclass
class Evidence:
    """What the aligned translations say about one entry."""

    lines: int = 0  # aligned lines where the entry was found
    agreed: int = 0  # ... whose English holds the msgstr or an alternative
    ngrams: Counter = dataclasses.field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return self.agreed / self.lines if self.lines else 0.0


def corpus_pairs(corpus: Path) -> Iterable[tuple[str, str]]:
    """Every aligned (Indonesian, English) line pair of the corpus folder."""
    if not any(corpus.glob("*.id")):
        raise InputError(f"{corpus}: no corpus here (X.id beside X.en)")
    for source in sorted(corpus.glob("*.id")):
        ids = read_document(source).clean.split("\n")
        ens = read_document(source.with_suffix(".en")).clean.split("\n")
        if len(ids) != len(ens):
            raise InputError(f"{source}: {len(ids)} lines but {len(ens)} in its .en")
        yield from zip(ids, ens, strict=True)


def _ngrams(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    grams = set()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if gram[0] not in _STOP and gram[-1] not in _STOP:
                grams.add(" ".join(gram))
    return grams


def gather(
    entries: list[Entry], pairs: list[tuple[str, str]]
) -> tuple[dict[tuple[str, str], Evidence], Counter]:
    """Evidence per entry key, and the document frequency of every English n-gram."""
    matcher = Matcher(entries)
    found: dict[tuple[str, str], Evidence] = {e.key: Evidence() for e in entries}
    background: Counter = Counter()
    for source, target in pairs:
        grams = None
        hits = {m.entry.key: m.entry for m in matcher.find(source)}
        if not hits:
            continue
        grams = _ngrams(target)
        background.update(grams)
        for key, entry in hits.items():
            evidence = found[key]
            evidence.lines += 1
            evidence.agreed += bool(find_rendering(entry, target))
            evidence.ngrams.update(grams)
    return found, background


def top_ngrams(evidence: Evidence, background: Counter, n: int = 5) -> list[str]:
    """The n-grams most particular to the entry's lines (co-occurrence squared over frequency)."""
    scored = sorted(
        evidence.ngrams.items(),
        key=lambda item: (-(item[1] ** 2) / background[item[0]], item[0]),
    )
    return [f"{gram} {count}/{background[gram]}" for gram, count in scored[:n] if count > 1]


def worksheet(entries: list[Entry], corpus: Path) -> list[list[str]]:
    """Rows of the review worksheet: one per entry, weakest evidence first."""
    found, background = gather(entries, list(corpus_pairs(corpus)))
    rows = []
    for entry in entries:
        ev = found[entry.key]
        rows.append(
            [
                entry.term,
                entry.english,
                " | ".join(entry.alternatives),
                entry.kind,
                entry.origin,
                str(ev.agreed),
                str(ev.lines),
                f"{ev.rate:.2f}" if ev.lines else "-",
                " ; ".join(top_ngrams(ev, background)),
            ]
        )
    rows.sort(key=lambda r: (r[7] == "-", float(r[7]) if r[7] != "-" else 0, -int(r[6])))
    return rows


HEADER = ["term", "english", "alternatives", "kind", "origin", "agreed", "lines", "rate", "top"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--glossary", default=str(ROOT / "terms" / "id-en.po"))
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("-o", "--output", default=str(ROOT / "curation" / "review" / "shipped.tsv"))
    args = parser.parse_args()
    try:
        # Unreviewed suggestions are weighed too: that is what the worksheet is for.
        entries = [e for e in store.load(args.glossary).active() if e.english]
        for entry in entries:
            entry.fuzzy = False
        rows = worksheet(entries, Path(args.corpus))
    except InputError as err:
        print(f"evidence: {err}", file=sys.stderr)
        return 2
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join("\t".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
