"""Share of the wanted terms in the written articles that get a gloss of the whole term.

gold.tsv: article name, then its wanted terms separated by ``|`` (``Penjabat Gubernur``).
A term counts when ``glossary annotate`` glosses exactly that span, not marked partial; a
trailing clitic on either side is ignored (``konsulatnya`` glossed counts for ``konsulat``).

    python curation/written/coverage.py                    # the shipped glossary
    python curation/written/coverage.py --glossary X.po
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CLITICS = ("nya", "ku", "mu")


def without_clitic(span: str) -> str:
    """``daya tampungnya`` -> ``daya tampung``: the span without a trailing -nya/-ku/-mu."""
    span = span.lower()
    last = span.rsplit(" ", 1)[-1]
    for clitic in CLITICS:
        if last.endswith(clitic) and len(last) - len(clitic) >= 3:
            return span[: -len(clitic)]
    return span


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--glossary", default=str(ROOT / "terms" / "id-en.po"))
    args = parser.parse_args()
    total = hits = 0
    for line in (HERE / "gold.tsv").read_text(encoding="utf-8").splitlines():
        name, terms = line.split("\t")
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "glossary",
                "annotate",
                str(HERE / f"{name}.txt"),
                "--format",
                "json",
                "--glossary",
                args.glossary,
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        ).stdout
        spans = {without_clitic(m["text"]) for m in json.loads(out) if not m.get("partial")}
        wanted = terms.split("|")
        missed = [t for t in wanted if without_clitic(t) not in spans]
        total += len(wanted)
        hits += len(wanted) - len(missed)
        print(
            f"{name}: {len(wanted) - len(missed)}/{len(wanted)}  not glossed: {', '.join(missed)}"
        )
    print(f"all: {hits}/{total} = {100 * hits / total:.1f}%")


if __name__ == "__main__":
    main()
