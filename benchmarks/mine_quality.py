"""Quality of ``glossary mine`` on news it was not built on, judged with hand-made labels.

For each corpus, the top candidates are printed with the label a person gave them in
benchmarks/mine_labels.tsv (term, tab, one of useful / general / glued / noise):

* useful: an entry a news translator wants in a glossary (a name, an acronym, a term);
* general: everyday vocabulary a translator does not look up (warga, upaya, rumah sakit);
* glued: a name with a neighbour glued on (Taliban Mullah Omar, Arab Sunni);
* noise: not a term at all (a fragment, a verb, a misspelling on its own).

Corpora: each ../shared/corpus/*.id (when present), the repository's seeds/ and the
news-like texts in benchmarks/texts/ (written for this benchmark; each has a .core file
of the core terms a reader of it would look up). The shared corpora have such lists too,
in benchmarks/core/ (recurring terms a translator would look up, picked by reading the
text, most of them named by no rule). Reports per corpus: the share of the labelled top
100 judged useful, glued names in it, unlabelled candidates; on seeds/ the recall of the
gold terms of tests/test_mine.py in the top 150 and the share of general vocabulary
there; elsewhere, the recall of the core terms in the top 300.

    python benchmarks/mine_quality.py              # every corpus, top 100 printed
    python benchmarks/mine_quality.py --corpus /work/shared/corpus  # from a worktree
    python benchmarks/mine_quality.py --quiet      # figures only
    python benchmarks/mine_quality.py --unlabelled # list what still needs a label
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parent
sys.path.insert(0, str(REPO))

from glossary.mine import Candidate, mine  # noqa: E402
from glossary.text import iter_documents  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
LABELS = ROOT / "mine_labels.tsv"
TEXTS = ROOT / "texts"
CORE = ROOT / "core"
KINDS = ("useful", "general", "glued", "noise")


def read_labels() -> dict[str, str]:
    labels = {}
    for number, line in enumerate(LABELS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        term, _, label = line.partition("\t")
        if label not in KINDS:
            raise SystemExit(f"{LABELS}:{number}: label {label!r} is not one of {KINDS}")
        labels[term] = label
    return labels


def gold_terms() -> list[str]:
    """The seeds' gold list, from the test that guards recall (one list, not two)."""
    spec = importlib.util.spec_from_file_location("test_mine", REPO / "tests" / "test_mine.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.GOLD_TERMS


def core_list(name: str) -> Path:
    """The core terms of a corpus: texts/NAME.core beside a text, core/NAME.core else."""
    if name.startswith("texts/"):
        return TEXTS / (name.split("/", 1)[1] + ".core")
    return CORE / f"{name}.core"


def forms(candidate: Candidate) -> set[str]:
    return {f.casefold() for f in (candidate.term, *candidate.variants)}


def judge(name: str, found: list[Candidate], labels: dict[str, str], args) -> dict:
    top = found[:100]
    marks = [labels.get(c.term, "?") for c in top]
    labelled = [m for m in marks if m != "?"]
    useful = marks.count("useful")
    if not args.quiet and not args.unlabelled:
        print(f"\n== {name}: top {len(top)} of {len(found)} candidates")
        for rank, (c, mark) in enumerate(zip(top, marks, strict=True), 1):
            extra = ", ".join(c.variants[:3])
            print(f"{rank:4} {mark:8} {c.kind:12} {c.term}" + (f"  [{extra}]" if extra else ""))
    if args.unlabelled:
        for c in found[: 150 if name == "seeds" else 100]:
            if c.term not in labels:
                print(f"{c.term}\t")
    share = useful / len(labelled) if labelled else 0.0
    return {
        "corpus": name,
        "useful": share,
        "glued": marks.count("glued"),
        "unlabelled": marks.count("?"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    parser.add_argument("--unlabelled", action="store_true", help="list unlabelled terms")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    args = parser.parse_args()
    labels = read_labels()
    corpora = [(p.stem, [p]) for p in sorted(args.corpus.glob("*.id"))]
    if not corpora:
        print(f"no corpus at {args.corpus}: only seeds/ and benchmarks/texts/ are measured")
    corpora.append(("seeds", [REPO / "seeds"]))
    texts = sorted(TEXTS.glob("*.id"))
    corpora += [(f"texts/{p.stem}", [p]) for p in texts]
    rows = []
    for name, paths in corpora:
        found = mine(iter_documents(paths))
        row = judge(name, found, labels, args)
        if name == "seeds":
            top = found[:150]
            seen = set().union(*(forms(c) for c in top))
            gold = gold_terms()
            missing = [t for t in gold if t.casefold() not in seen]
            row["recall"] = 1 - len(missing) / len(gold)
            row["general_150"] = sum(labels.get(c.term) == "general" for c in top) / len(top)
            row["missing"] = missing
        elif (core_file := core_list(name)).exists():
            core = [t for t in core_file.read_text(encoding="utf-8").splitlines() if t.strip()]
            seen = set().union(*(forms(c) for c in found[:300]))
            missing = [t for t in core if t.casefold() not in seen]
            row["recall"] = 1 - len(missing) / len(core)
            row["missing"] = missing
        rows.append(row)
    if args.unlabelled:
        return
    print("\ncorpus              useful@100  glued  unlabelled  recall   general@150  missing")
    for row in rows:
        recall = f"{row['recall']:.0%}" if "recall" in row else ""
        general = f"{row['general_150']:.0%}" if "general_150" in row else ""
        missing = ", ".join(row.get("missing", []))
        print(
            f"{row['corpus']:<20}{row['useful']:>9.0%}{row['glued']:>7}{row['unlabelled']:>12}"
            f"{recall:>8}{general:>13}  {missing}"
        )


if __name__ == "__main__":
    main()
