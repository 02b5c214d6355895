"""Benchmark ``glossary annotate`` against the usual ways of finding many terms in text.

Run from the repository root (needs ../shared/corpus and the ``bench`` extra):

    python benchmarks/bench_annotate.py            # ~50 MB, glossaries of 1,000 and 50,000 terms
    python benchmarks/bench_annotate.py --mb 5     # a quicker run

It builds a ~50 MB corpus from ../shared/corpus/*.id and two glossaries from the corpus's
own n-grams (single words, multiword terms, capitalised names, acronyms, some variants),
then annotates the corpus with each method in one run and prints MB/s and ratios:

- ours: what ``glossary annotate`` does with the text (the real work: the document's
  cleaning, case rules, clitics, reduplication, variants, longest match, the inline
  renderer); and the whole CLI,
  ``glossary annotate corpus -o out``, in a fresh process;
- flashtext: ``KeywordProcessor.replace_keywords`` line by line;
- pyahocorasick: the automaton over the lower-cased line, a Python word-boundary
  filter and longest-leftmost selection;
- regex: one compiled alternation of every form (so slow that it runs on a small
  slice; the figure is scaled and says so);
- dict scan: tokens with ``re``, the longest token n-gram found in a dict.

Every method writes the same kind of output (each match followed by `` [gloss]``).
Also printed: loading time of the 50,000-term glossary (cold, then cached, then in a
fresh process including imports) and peak resident memory.
"""

from __future__ import annotations

import argparse
import collections
import gc
import itertools
import operator
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
CORPUS = next(  # ../shared/corpus, or one level further up from a worktree
    (p / "shared" / "corpus" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared" / "corpus",
)
sys.path.insert(0, str(REPO))

import wordfreq  # noqa: E402

from glossary import defined, render, store  # noqa: E402
from glossary.match import Matcher  # noqa: E402
from glossary.text import TOKEN_RE, Document  # noqa: E402

# Function words: no glossary term starts or ends with one.
STOPWORDS = frozenset(
    """
    yang dan di ke dari ini itu dengan untuk pada dalam tidak akan adalah oleh juga atau
    karena bahwa ada sudah telah bisa dapat harus masih lebih sangat saat para serta se
    kata ujar tersebut mereka kami kita saya ia dia anda namun tetapi tapi jika kalau agar
    supaya sehingga maka lalu kemudian seperti antara sebagai bagi hingga sampai sejak
    setelah sebelum selama tanpa secara yaitu yakni pun lagi hanya saja belum sedang
    bukan tak apa siapa mana bagaimana mengapa kapan semua setiap beberapa banyak
    sebuah seorang satu dua tiga per atas bawah oleh-oleh tahun bulan hari
    """.split()
)
GLOSS = "EN"


# -- data ---------------------------------------------------------------------------


def corpus_lines() -> list[str]:
    files = sorted(CORPUS.glob("*.id"))
    if not files:
        sys.exit(
            f"bench_annotate: no corpus at {CORPUS} (../shared/corpus/*.id); nothing to measure"
        )
    lines: list[str] = []
    for path in files:
        text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        lines.extend(line + "\n" for line in text.split("\n") if line.strip())
    return lines


def build_corpus(lines: list[str], megabytes: float) -> str:
    """Repeat the corpus lines, shuffled each round, up to the wanted size."""
    rng = random.Random(4)
    out: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        batch = lines[:]
        rng.shuffle(batch)
        for line in batch:
            out.append(line)
            size += len(line.encode("utf-8"))
            if size >= megabytes * 1e6:
                break
    return "".join(out)


def ngram_counts(lines: list[str]) -> dict[int, collections.Counter]:
    """Counts of word n-grams (n = 1..3) as written, within runs of single-spaced words."""
    counts = {n: collections.Counter() for n in (1, 2, 3)}
    for line in lines:
        run: list[str] = []
        last_end = -1
        for m in TOKEN_RE.finditer(line):
            if m.lastgroup != "word":
                run, last_end = [], -1
                continue
            if m.start() != last_end + 1 or line[last_end] != " ":
                run = []
            run.append(m.group())
            last_end = m.end()
            for n in (1, 2, 3):
                if len(run) >= n:
                    counts[n][" ".join(run[-n:])] += 1
    return counts


def build_glossary(size: int, counts: dict[int, collections.Counter]) -> list:
    """A terminology glossary from the corpus, most frequent candidates first: about 5%
    acronyms, 30% names, 25% single words, 40% multiword terms, some variants and
    deprecated spellings. Everyday words (the 1,000 commonest Indonesian words in
    wordfreq) are not terms and do not start or end one; rarer n-grams fill up."""
    general = set(wordfreq.top_n_list("id", 1000)) | STOPWORDS

    def seen_more_than_lower(gram: str) -> bool:
        return counts[gram.count(" ") + 1][gram] > counts[gram.count(" ") + 1][gram.lower()]

    def term_ok(gram: str) -> bool:
        words = gram.split(" ")
        return (
            gram.islower()
            and words[0] not in general
            and words[-1] not in general
            and all(w.isalpha() and len(w) > 2 for w in words)
        )

    def name_ok(gram: str) -> bool:
        words = gram.split(" ")
        return (
            all(w[0].isupper() and w[1:].islower() and w.isalpha() for w in words)
            and words[0].lower() not in general
            and seen_more_than_lower(gram)
        )

    def ranked(grams: Iterable[str], minimum: int = 2) -> list[str]:
        found = [g for g in grams if counts[g.count(" ") + 1][g] >= minimum]
        return sorted(found, key=lambda g: -counts[g.count(" ") + 1][g])

    acronyms = ranked(
        g
        for g in counts[1]
        if g.isupper() and g.isalpha() and 2 <= len(g) <= 6 and seen_more_than_lower(g)
    )
    names = ranked(g for n in (1, 2, 3) for g in counts[n] if name_ok(g))
    singles = ranked(g for g in counts[1] if term_ok(g))
    multi = ranked(g for n in (2, 3) for g in counts[n] if term_ok(g))
    rare = ranked((g for n in (2, 3) for g in counts[n] if term_ok(g)), minimum=1)
    chosen: dict[str, str] = {}
    for pool, share in ((acronyms, 0.05), (names, 0.30), (singles, 0.25), (multi, 0.40), (rare, 1)):
        taken = 0
        for gram in pool:
            if taken >= share * size or len(chosen) >= size:
                break
            if gram.lower() not in chosen:
                chosen[gram.lower()] = gram
                taken += 1
    rng = random.Random(7)
    entries = []
    for i, term in enumerate(chosen.values()):
        entry = store.Entry(term=term, english=f"{GLOSS} {i}")
        entry.kind = "acronym" if term.isupper() else "name" if term[0].isupper() else "term"
        if " " in term and rng.random() < 0.1:
            entry.variants.append(term.replace(" ", "-", 1))
        if entry.kind == "name" and " " in term and rng.random() < 0.1:
            entry.variants.append("".join(w[0] for w in term.split(" ")).upper() + "X")
        if rng.random() < 0.02:
            entry.deprecated.append(term + term[-1])
        entries.append(entry)
    return entries


def write_po(entries: list, path: Path) -> None:
    path.write_text(store.dumps(store.Glossary(entries=entries)), encoding="utf-8")


def forms_with_gloss(entries: list) -> dict[str, str]:
    forms: dict[str, str] = {}
    for entry in entries:
        for form in entry.forms:
            forms.setdefault(form, entry.english)
    return forms


# -- the methods ----------------------------------------------------------------------


def ours(matcher: Matcher) -> Callable[[list[str]], tuple[int, str]]:
    """What ``glossary annotate`` does after reading its input: the document (odd spaces
    and zero-width characters cleaned, lines indexed), the matches streamed from
    ``Matcher.iter_document`` with the acronyms the text defines (``defined``), the inline
    renderer."""

    def run(lines: list[str]) -> tuple[int, str]:
        document = Document(path="corpus", text="".join(lines))
        counted = itertools.count()  # zip stops at the last match before taking a number
        found = zip(defined.with_defined_acronyms(document, matcher), counted, strict=False)
        matches = map(operator.itemgetter(0), found)
        out = render.inline(document, matches)
        return next(counted), out

    return run


def flashtext_method(forms: dict[str, str]) -> Callable[[list[str]], tuple[int, str]]:
    from flashtext import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=False)
    for form, gloss in forms.items():
        processor.add_keyword(form, f"{form} [{gloss}]")

    def run(lines: list[str]) -> tuple[int, str]:
        out = [processor.replace_keywords(line) for line in lines]
        text = "".join(out)
        return text.count(f" [{GLOSS} "), text

    return run


def insert_glosses(line: str, spans: Iterable[tuple[int, int, str]]) -> str:
    out: list[str] = []
    last = 0
    for _, end, gloss in spans:
        out.append(line[last:end])
        out.append(f" [{gloss}]")
        last = end
    out.append(line[last:])
    return "".join(out)


def leftmost_longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans.sort(key=lambda s: (s[0], -s[1]))
    chosen = []
    last = 0
    for span in spans:
        if span[0] >= last:
            chosen.append(span)
            last = span[1]
    return chosen


def ahocorasick_method(forms: dict[str, str]) -> Callable[[list[str]], tuple[int, str]]:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form, gloss in forms.items():
        automaton.add_word(form.lower(), (len(form), gloss))
    automaton.make_automaton()

    def run(lines: list[str]) -> tuple[int, str]:
        out = []
        count = 0
        for line in lines:
            low = line.lower()
            size = len(low)
            spans = []
            for end, (length, gloss) in automaton.iter(low):
                start = end - length + 1
                if (start == 0 or not low[start - 1].isalnum()) and (
                    end + 1 == size or not low[end + 1].isalnum()
                ):
                    spans.append((start, end + 1, gloss))
            spans = leftmost_longest(spans)
            count += len(spans)
            out.append(insert_glosses(line, spans))
        return count, "".join(out)

    return run


def regex_method(forms: dict[str, str]) -> Callable[[list[str]], tuple[int, str]]:
    import regex

    glosses = {form.lower(): gloss for form, gloss in forms.items()}
    alternation = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = regex.compile(rf"\b(?:{alternation})\b", regex.IGNORECASE)

    def run(lines: list[str]) -> tuple[int, str]:
        out = []
        count = 0
        for line in lines:
            spans = [
                (m.start(), m.end(), glosses[m.group().lower()]) for m in pattern.finditer(line)
            ]
            count += len(spans)
            out.append(insert_glosses(line, spans))
        return count, "".join(out)

    return run


def dict_scan_method(forms: dict[str, str]) -> Callable[[list[str]], tuple[int, str]]:
    table = {" ".join(re.findall(r"\w+", form.lower())): gloss for form, gloss in forms.items()}
    longest = max(len(key.split(" ")) for key in table)
    word = re.compile(r"\w+")

    def run(lines: list[str]) -> tuple[int, str]:
        out = []
        count = 0
        for line in lines:
            tokens = [(m.group(), m.start(), m.end()) for m in word.finditer(line.lower())]
            spans = []
            i = 0
            while i < len(tokens):
                for n in range(min(longest, len(tokens) - i), 0, -1):
                    gloss = table.get(" ".join(t[0] for t in tokens[i : i + n]))
                    if gloss is not None:
                        spans.append((tokens[i][1], tokens[i + n - 1][2], gloss))
                        i += n
                        break
                else:
                    i += 1
            count += len(spans)
            out.append(insert_glosses(line, spans))
        return count, "".join(out)

    return run


# -- measuring -------------------------------------------------------------------------


class Result(NamedTuple):
    megabytes: float
    wall: float  # seconds
    cpu: float  # seconds of this process's CPU
    matches: int

    def speed(self) -> float:
        """MB/s by CPU time: other work on the machine slows the wall clock, not this."""
        return self.megabytes / self.cpu


def measure(
    run: Callable[[list[str]], tuple[int, str]], lines: list[str], repeat: int = 1
) -> Result:
    """Time one method: the best of ``repeat`` runs (the machine is shared; the best run is
    the one least disturbed). Like ``glossary annotate``, every method first has its data
    structures frozen out of the garbage collector's sight (gc.freeze)."""
    megabytes = sum(len(line.encode("utf-8")) for line in lines) / 1e6
    results = []
    for _ in range(repeat):
        gc.collect()
        gc.freeze()
        wall, cpu = time.perf_counter(), time.process_time()
        count, _ = run(lines)
        results.append(
            Result(megabytes, time.perf_counter() - wall, time.process_time() - cpu, count)
        )
        gc.unfreeze()
    return min(results, key=lambda result: result.cpu)


def budget_slice(lines: list[str], run: Callable, seconds: float) -> list[str]:
    """The first lines that ``run`` gets through in about ``seconds`` (for the very slow)."""
    taken: list[str] = []
    began = time.process_time()
    for line in lines:
        run([line])
        taken.append(line)
        if time.process_time() - began > seconds:
            break
    return taken


def load_times(po: Path) -> tuple[float, float, float]:
    """Seconds to load a glossary: cold (parse, compile, store the cache), from the cache
    in this process, and from the cache in a fresh process (imports included)."""
    began = time.perf_counter()
    Matcher.for_glossary(po)
    cold = time.perf_counter() - began
    began = time.perf_counter()
    Matcher.for_glossary(po)
    cached = time.perf_counter() - began
    probe = (
        "import time; t = time.perf_counter(); from glossary.match import Matcher; "
        f"Matcher.for_glossary({str(po)!r}); print(time.perf_counter() - t)"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    return cold, cached, float(fresh.stdout)


CLI_PROBE = """
import resource, runpy, sys, time
sys.argv = ["glossary", *sys.argv[1:]]
began = time.perf_counter()
try:
    runpy.run_module("glossary", run_name="__main__")
except SystemExit as done:
    assert not done.code, done.code
usage = resource.getrusage(resource.RUSAGE_SELF)
# VmHWM, unlike ru_maxrss, does not count what the parent held when it forked.
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(time.perf_counter() - began, usage.ru_utime + usage.ru_stime, int(peak) / 1024)
"""


def cli_run(po: Path, corpus: Path, out: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of ``glossary annotate CORPUS -o OUT``
    in a fresh process."""
    command = [sys.executable, "-c", CLI_PROBE, "annotate", str(corpus), "--glossary", str(po)]
    done = subprocess.run(
        [*command, "-o", str(out)], cwd=REPO, capture_output=True, text=True, check=True
    )
    wall, cpu, rss = map(float, done.stdout.split())
    return wall, cpu, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    parser.add_argument(
        "--regex-seconds", type=float, default=8, help="CPU time the regex alternation gets"
    )
    parser.add_argument("--sizes", default="1000,50000", help="glossary sizes")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each method; the best counts (default 2)"
    )
    args = parser.parse_args()

    lines = corpus_lines()
    text = build_corpus(lines, args.mb)
    corpus = text.splitlines(keepends=True)
    megabytes = len(text.encode("utf-8")) / 1e6
    print(f"corpus: {megabytes:.1f} MB, {len(corpus):,} lines, from {CORPUS}/*.id repeated")
    counts = ngram_counts(lines)
    work = Path(tempfile.mkdtemp(prefix="bench-annotate-"))
    corpus_path = work / "corpus.txt"
    corpus_path.write_text(text, encoding="utf-8")
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")  # never the user's cache
    print(
        f"MB/s are by CPU time, best of {args.repeat} runs (the machine is shared);"
        " ratios are ours / peer in this run.\n"
        "Every method writes the annotated text (each match followed by ' [gloss]')."
    )
    for size in (int(s) for s in args.sizes.split(",")):
        entries = build_glossary(size, counts)
        kinds = collections.Counter(e.kind for e in entries)
        multiword = sum(" " in e.term for e in entries)
        po = work / f"glossary-{size}.po"
        write_po(entries, po)
        forms = forms_with_gloss(entries)
        print(
            f"\n== glossary of {len(entries):,} entries, {len(forms):,} forms:"
            f" {dict(kinds)}, {multiword:,} multiword"
        )
        cold, cached, fresh = load_times(po)
        print(
            f"load: cold {cold:.2f} s (parse PO + compile + write cache); cached {cached:.3f} s;"
            f" cached in a fresh process, imports included, {fresh:.3f} s"
        )
        matcher = Matcher.for_glossary(po)
        methods = {
            "ours (annotate: match + inline)": ours(matcher),
            "flashtext replace_keywords": flashtext_method(forms),
            "pyahocorasick + boundary filter": ahocorasick_method(forms),
            "dict scan of token n-grams": dict_scan_method(forms),
        }
        results = {name: measure(run, corpus, args.repeat) for name, run in methods.items()}
        began = time.perf_counter()
        regex_run = regex_method(forms)
        compiled = time.perf_counter() - began
        regex_lines = budget_slice(corpus, regex_run, args.regex_seconds)
        name = "one regex alternation"
        results[name] = measure(regex_run, regex_lines)
        ours_speed = results["ours (annotate: match + inline)"].speed()
        for name, result in results.items():
            ratio = (
                ""
                if name.startswith("ours")
                else f"  ours/peer {ours_speed / result.speed():6.1f}x"
            )
            note = (
                f"  (on {result.megabytes:.2f} MB only)" if result.megabytes < megabytes / 2 else ""
            )
            print(
                f"  {name:<33} {result.speed():7.2f} MB/s"
                f"  (wall {result.megabytes / result.wall:6.2f})"
                f" {result.matches:>11,} matches{ratio}{note}"
            )
        print(f"  (the regex alternation took {compiled:.1f} s to compile)")
        fastest = max((r.speed(), n) for n, r in results.items() if not n.startswith("ours"))
        print(
            f"  fastest peer: {fastest[1]}, {fastest[0]:.2f} MB/s;"
            f" ours is {ours_speed / fastest[0]:.2f}x"
        )
        tenth = measure(ours(matcher), corpus[: len(corpus) // 10])
        print(
            f"  ours on a tenth of the corpus: {tenth.speed():.2f} MB/s"
            f" (on all of it: {ours_speed:.2f})"
        )
        wall, cpu, rss = cli_run(po, corpus_path, work / "out.txt")
        print(
            f"  glossary annotate {megabytes:.0f} MB -o FILE, fresh process: {wall:.1f} s wall,"
            f" {cpu:.1f} s CPU = {megabytes / cpu:.2f} MB/s, peak RSS {rss:.0f} MB"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nthis benchmark process (corpus, every method) peaked at {rss:.0f} MB")


if __name__ == "__main__":
    main()
