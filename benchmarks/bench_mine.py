"""Speed and memory of ``glossary mine`` beside YAKE and translate-toolkit's poterminology.

Corpora are built from ../shared/corpus/*.id (relative to the repository): one copy of the
corpus after another until the size is reached, and in every copy after the first the
rare words (seen at most 3 times in the corpus) get a copy-specific suffix, so the
vocabulary and the n-grams keep growing the way they do in real news (a plain repetition
would stop adding n-grams after its first copy). The ~5 MB corpus is the start of the
~50 MB one.

Each tool runs in its own subprocess, which reports its wall-clock time, the CPU time of
the whole process (imports included; the ratios use it, as a shared machine stretches
wall-clock time by the wait for a core) and its own peak RSS. The package is byte-compiled
first, as an install leaves it and as the peers' packages are.
Tokens are the whitespace-separated words of the input, counted the same way for every
tool. YAKE (lan="id", n=3) gets one document per 50 lines; poterminology gets the lines
as PO units (msgctxt keeps repeated lines apart), an Indonesian stoplist built from
glossary.lexicon, and terms of up to 4 words. Peers run on the 5 MB corpus only (on
50 MB they would take many minutes); a bare Counter of 1-4-grams is the floor reference.

    python benchmarks/bench_mine.py            # 5 MB and 50 MB
    python benchmarks/bench_mine.py --sizes 5  # 5 MB only
    python benchmarks/bench_mine.py --sizes 1 50 --corpus /work/shared/corpus  # from a worktree
"""

from __future__ import annotations

import argparse
import compileall
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
MB = 1_000_000
YAKE_LINES = 50
_WORD_RE = re.compile(r"\w+")


# -- corpora -----------------------------------------------------------------------------


def copy_suffix(copy: int) -> str:
    """Letters only, so that the suffixed word stays one word token: q, qb, qc, ..."""
    letters = ""
    while copy:
        copy, rest = divmod(copy, 26)
        letters = chr(ord("a") + rest) + letters
    return "q" + letters


def build_corpus(folder: Path, size_mb: int, sources: list[Path]) -> list[Path]:
    """Files of about ``size_mb`` MB whose rare words change from one copy to the next."""
    texts = {p: p.read_text(encoding="utf-8") for p in sources}
    counts = Counter(w for text in texts.values() for w in _WORD_RE.findall(text))
    rare = {w for w, c in counts.items() if c <= 3}
    folder.mkdir(parents=True, exist_ok=True)
    files, written, copy = [], 0, 0
    while written < size_mb * MB:
        for source, text in texts.items():
            if written >= size_mb * MB:
                break
            if copy:
                suffix = copy_suffix(copy)
                text = _WORD_RE.sub(
                    lambda m, s=suffix: m.group() + s if m.group() in rare else m.group(), text
                )
            path = folder / f"{copy:03d}-{source.stem}.txt"
            data = text.encode("utf-8")
            path.write_bytes(data)
            files.append(path)
            written += len(data)
        copy += 1
    return files


def write_po(files: list[Path], target: Path) -> None:
    """The corpus lines as PO units for poterminology (not timed)."""

    def quote(line: str) -> str:
        return '"' + line.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'

    with target.open("w", encoding="utf-8") as out:
        out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for f in files:
            for number, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                line = line.strip()
                if line:
                    out.write(f"#: {f.name}:{number}\nmsgctxt {quote(f'{f.name}:{number}')}\n")
                    out.write(f'msgid {quote(line)}\nmsgstr ""\n\n')


def write_stoplist(target: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from glossary import lexicon

    lines = ["!F", "/..?", r"/[0-9,.:/]+", "/.*\\(.*"]
    lines += [
        f">{w}" for w in sorted(lexicon.FUNCTION_WORDS | lexicon.NUMBER_WORDS) if " " not in w
    ]
    lines += [f"@{w}" for w in sorted(lexicon.SAYING_VERBS | lexicon.DATE_WORDS) if " " not in w]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- one tool in a child process ---------------------------------------------------------


def child(tool: str, corpus: Path, work: Path) -> dict:
    files = sorted(corpus.glob("*.txt"))
    start = time.perf_counter()
    if tool == "glossary":
        sys.path.insert(0, str(ROOT))
        from glossary.mine import mine
        from glossary.text import iter_documents

        found = len(mine(iter_documents(files)))
    elif tool == "counter":
        grams: Counter[str] = Counter()
        for f in files:
            for line in f.read_text(encoding="utf-8").splitlines():
                words = line.lower().split()
                for n in range(1, 5):
                    grams.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
        found = sum(1 for c in grams.values() if c >= 2)
    elif tool == "yake":
        import yake

        extractor = yake.KeywordExtractor(lan="id", n=3)
        found = 0
        for f in files:
            lines = f.read_text(encoding="utf-8").splitlines()
            for i in range(0, len(lines), YAKE_LINES):
                found += len(extractor.extract_keywords("\n".join(lines[i : i + YAKE_LINES])))
    elif tool == "poterminology":
        from translate.tools import poterminology

        output = work / "poterminology.pot"
        sys.argv = [
            "poterminology",
            f"--stopword-list={work / 'stoplist-id'}",
            "--term-words=4",
            "--source-language=id",
            "-o",
            str(output),
            str(work / "corpus.po"),
        ]
        start = time.perf_counter()  # parsing the PO file is part of poterminology's work
        poterminology.main()
        found = output.read_text(encoding="utf-8").count("\nmsgid ") - 1
    else:
        raise SystemExit(f"unknown tool {tool}")
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "tool": tool,
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,  # the whole process, imports included
        "peak_mb": usage.ru_maxrss / 1024,
        "found": found,
    }


def measure(tool: str, corpus: Path, work: Path, tokens: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", tool, str(corpus), str(work)],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise SystemExit(f"{tool} failed:\n{out.stderr[-2000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["tokens_per_s"] = tokens / result["seconds"]
    return result


def report(label: str, results: list[dict], tokens: int, size: int) -> None:
    """Wall-clock seconds and CPU seconds of the whole process: on a shared machine the
    wall clock also counts time spent waiting for a core, so the ratios use CPU time."""
    print(f"\n{label}: {size / MB:.1f} MB, {tokens:,} tokens")
    ours = next(r for r in results if r["tool"] == "glossary")
    print(
        f"  {'tool':<14}{'seconds':>9}{'cpu s':>8}{'tokens/s':>12}{'peak RSS':>11}{'found':>9}"
        "  ours is (cpu)"
    )
    for r in results:
        ratio = r["cpu"] / ours["cpu"]
        print(
            f"  {r['tool']:<14}{r['seconds']:>9.1f}{r['cpu']:>8.1f}{r['tokens_per_s']:>12,.0f}"
            f"{r['peak_mb']:>9.0f} MB{r['found']:>9,}  {ratio:5.2f}x as fast"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50], help="corpus sizes, MB")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"default {CORPUS}")
    parser.add_argument(
        "--child", nargs=3, metavar=("TOOL", "CORPUS", "WORK"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        tool, corpus, work = args.child
        print(json.dumps(child(tool, Path(corpus), Path(work))))
        return
    sources = sorted(args.corpus.glob("*.id"))
    if not sources:
        print(f"no corpus at {args.corpus} (../shared/corpus/*.id): nothing to measure")
        return
    # Byte-compiled as pip install leaves it, like the peers' packages: run from a source
    # tree with PYTHONDONTWRITEBYTECODE set, every child would compile the package again.
    compileall.compile_dir(ROOT / "glossary", quiet=1)
    with tempfile.TemporaryDirectory(prefix="bench-mine-") as tmp:
        work = Path(tmp)
        largest = build_corpus(work / "all", max(args.sizes), sources)
        write_stoplist(work / "stoplist-id")
        ours_by_size = {}
        for size in sorted(args.sizes):
            corpus = work / f"{size}mb"
            corpus.mkdir()
            total = 0
            for f in largest:
                if total >= size * MB:
                    break
                (corpus / f.name).write_bytes(f.read_bytes())
                total += f.stat().st_size
            texts = [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.txt"))]
            tokens = sum(len(t.split()) for t in texts)
            tools = ["glossary", "counter"]
            if size == min(args.sizes):
                write_po(sorted(corpus.glob("*.txt")), work / "corpus.po")
                tools += ["yake", "poterminology"]
            results = [measure(tool, corpus, work, tokens) for tool in tools]
            ours_by_size[size] = results[0]
            report(f"corpus {size} MB", results, tokens, total)
        if len(ours_by_size) > 1:
            sizes = sorted(ours_by_size)
            small, big = ours_by_size[sizes[0]], ours_by_size[sizes[-1]]
            growth = big["peak_mb"] / small["peak_mb"]
            print(
                f"\nglossary mine peak RSS: {small['peak_mb']:.0f} MB at {sizes[0]} MB of text,"
                f" {big['peak_mb']:.0f} MB at {sizes[-1]} MB"
                f" ({growth:.1f}x for {sizes[-1] / sizes[0]:.0f}x the text)"
            )


if __name__ == "__main__":
    main()
