"""Benchmark the PO store's reader on the shapes that were slow: one huge string, and
many comment lines on one entry. Each case is run at two sizes so that linear (ratio ~2)
and quadratic (ratio ~4) growth show; peak memory is traced with tracemalloc.

    python benchmarks/bench_store.py               # 10 and 20 MB strings; 100k and 200k lines
    python benchmarks/bench_store.py --scale 0.2   # a quicker run
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

from glossary.store import loads

HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def long_string(chars: int) -> str:
    return HEADER + 'msgid "a"\nmsgstr "' + "kata " * (chars // 5) + '"\n'


def many_comments(lines: int) -> str:
    return HEADER + "".join(f"# catatan {n}\n" for n in range(lines)) + 'msgid "a"\nmsgstr ""\n'


def measure(text: str) -> tuple[float, int]:
    """Seconds (untraced: tracemalloc slows every allocation) and peak traced bytes."""
    start = time.perf_counter()
    loads(text, "bench.po")
    seconds = time.perf_counter() - start
    tracemalloc.start()
    loads(text, "bench.po")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    scale = parser.parse_args().scale
    for name, build, size in (
        ("string chars", long_string, int(10_000_000 * scale)),
        ("comment lines", many_comments, int(100_000 * scale)),
    ):
        for n in (size, 2 * size):
            text = build(n)
            seconds, peak = measure(text)
            print(
                f"{name:>14} {n:>11,}: {seconds:6.2f} s, peak {peak / 2**20:7.1f} MiB"
                f" ({peak / len(text):.1f} bytes per input character)"
            )


if __name__ == "__main__":
    main()
