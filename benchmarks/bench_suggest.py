"""How long ``glossary suggest`` takes with every offline backend on a realistic load.

1,000 entries (the most frequent candidates ``glossary mine`` finds in panl-eco) filled
by names, parallel (all four pairs of ``../shared/corpus``, about 19,300 aligned lines)
and dictionary. The reversed dictionary is built once before timing (it is cached
across runs); everything else, reading the parallel text and training the word aligner
included, is timed, in wall-clock and CPU seconds. The machine's load average is printed
beside the figures: on a shared machine the CPU time is the one to compare.

    python benchmarks/bench_suggest.py [--entries 1000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary import store  # noqa: E402
from glossary.cli import cli  # noqa: E402

CORPUS = ROOT.parent.parent / "shared" / "corpus"
NAMES = ("news-valid", "panl-eco", "panl-sci", "panl-spo")


def run(*args: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one glossary command (the CPU time does not grow when
    other work shares the machine)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if result.exit_code:
        raise SystemExit(f"glossary {' '.join(args)}: {result.output}")
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--corpus", default=str(CORPUS))
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"{corpus}: corpus not found (expected ../shared/corpus beside the repo)")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("GLOSSARY_CACHE_DIR", str(Path(folder) / "cache"))
        po = str(Path(folder) / "x.po")
        run("mine", str(corpus / "panl-eco.id"), "--update", po)
        glossary = store.load(po)
        keep = sorted(glossary.active(), key=lambda e: -e.count)[: args.entries]
        glossary.entries = keep
        store.save(glossary, po)
        warm = str(Path(folder) / "warm.po")
        store.save(store.Glossary([store.Entry("rumah")]), warm)
        run("suggest", "--backend", "dictionary", "--glossary", warm)  # reversed index cached
        parallel = [
            a for n in NAMES for a in ("--parallel", f"{corpus / n}.id", f"{corpus / n}.en")
        ]
        lines = sum(
            len((corpus / f"{n}.id").read_text(encoding="utf-8").splitlines()) for n in NAMES
        )
        backends = ["--backend", "reference", "--backend", "names", "--backend", "parallel"]
        backends += ["--backend", "dictionary"]
        elapsed, cpu = run("suggest", *backends, *parallel, "--glossary", po)
    load = os.getloadavg()[0]
    print(
        f"suggest: {len(keep)} entries, {lines} aligned lines, reference+names+parallel+dictionary:"
        f" {elapsed:.1f}s, {cpu:.1f}s of CPU (load average {load:.1f} on {os.cpu_count()} cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
