"""Quality and speed of ``glossary check`` on real line-aligned Indonesian/English news.

All with default options unless said otherwise, as an editor runs it:

(a) Recall: on sampled lines whose English has the approved rendering of a key term (a
    name, acronym, title or required entry) found in the Indonesian, replace that
    rendering with another entry's English and count how many of these injected errors
    come back as a ``mismatch`` on the right line for the right term (target >= 95%): the
    term, or another term of the line whose English held the replaced words (``Jakarta``
    replaced inside "Jakarta Stock Exchange" breaks ``Bursa Efek Jakarta``'s rendering).
    (a') the same for every term, checked with ``strict`` (target >= 95%).
(b) False alarms: over every line and term where the approved English does occur in
    the untouched translation, the share flagged by any bilingual finding for that term
    on that line (target <= 2%).
(c) Noise: bilingual findings per 100 segments of the untouched translation (target <= 5),
    as the user reads them: a line whose English does not translate it is one finding,
    however many terms it names (each still counts in (a) and (b)).
Speed: the whole bilingual corpus checked, library call and command line (target < 2 s),
elapsed and CPU seconds, with the machine's load.

"The approved English occurs" is decided here by a deliberately plain pattern (the
msgstr, any case, words joined by spaces or hyphens, an optional plural -s/-es/-ies),
independent of the checker's own rendering matcher.

The corpus is ``../shared/corpus`` relative to the repository. The glossary must cover
the corpus: by default the hand-checked economy glossary in ``benchmarks/data``.

    python benchmarks/bench_check.py [--glossary PO] [--corpus panl-eco] [--samples 1000]
        [--corpus-dir DIR] [--show N]
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from glossary import check
from glossary.match import Matcher
from glossary.store import Entry, load

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_GLOSSARY = REPO / "terms" / "id-en.po"
BILINGUAL = frozenset({"mismatch", "inconsistent", "untranslated", "segments"})


@functools.cache
def approved(english: str) -> re.Pattern[str]:
    """The plain oracle: ``english`` as words, any case, with an optional regular plural."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", english.strip()) if w]
    last = words[-1]
    if re.search(r"[^aeiou]y$", english, re.IGNORECASE):
        last = last[:-1] + "(?:y|ies)"
    body = r"[\s-]+".join([*words[:-1], last])
    return re.compile(rf"(?<!\w){body}(?:e?s)?(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Occurrence:
    """A glossary term found in source line ``line`` whose approved English the target line has."""

    line: int
    entry: Entry


@dataclass(frozen=True)
class Injection:
    """A wrong rendering put into target line ``line`` in place of ``entry``'s English."""

    line: int
    entry: Entry
    replacement: str


def occurrences(item: check.Input, matcher: Matcher) -> list[Occurrence]:
    """Every (line, term) of a line-aligned pair whose target has the term's approved English."""
    found = []
    for segment in item.segments:
        entries = {m.entry.key: m.entry for m in matcher.find(segment.source.text)}
        for entry in entries.values():
            if entry.english and approved(entry.english).search(segment.target.text):
                found.append(Occurrence(segment.source.line, entry))
    return found


def inject(
    lines: Sequence[str],
    candidates: Sequence[Occurrence],
    englishes: Sequence[str],
    count: int,
    rng: random.Random,
) -> tuple[list[str], list[Injection]]:
    """Replace the approved English of ``count`` sampled occurrences (one per line) with another
    entry's English, so that no accepted rendering of the term is left on the line."""
    lines = list(lines)
    injections: list[Injection] = []
    used: set[int] = set()
    for occ in rng.sample(list(candidates), len(candidates)):
        if len(injections) == count:
            break
        if occ.line in used:
            continue
        accepted = [approved(r) for r in occ.entry.renderings]
        original = lines[occ.line - 1]
        for replacement in rng.sample(list(englishes), min(len(englishes), 20)):
            changed = approved(occ.entry.english).sub(lambda _, r=replacement: r, original)
            if not any(p.search(changed) for p in accepted):
                lines[occ.line - 1] = changed
                injections.append(Injection(occ.line, occ.entry, replacement))
                used.add(occ.line)
                break
    return lines, injections


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2%}" if whole else f"{part}/0"


def mismatches(findings: Sequence[check.Finding]) -> set[tuple[int, str]]:
    """(line, term) for every term a mismatch reports: a line whose English does not
    translate it is one finding that names each of its terms."""
    return {(f.line, term) for f in findings if f.kind == "mismatch" for term in f.covered}


def broken(
    injection: Injection, source: str, original: str, changed: str, matcher: Matcher
) -> set[str]:
    """The terms an injection breaks on its line: its own, and any other term of the segment
    whose rendering held the replaced words (``Jakarta`` replaced in "Jakarta Stock
    Exchange" breaks ``Bursa Efek Jakarta`` too, and a finding for either is the injected
    error found), though the line may still write another of its renderings after the
    broken one ("the Tonga Stock Exchange JSX": the acronym of another exchange's name)."""
    terms = {injection.entry.term}
    for match in matcher.find(source):
        renderings = [approved(r) for r in match.entry.renderings]
        if any(len(p.findall(original)) > len(p.findall(changed)) for p in renderings):
            terms.add(match.entry.term)
    return terms


def injected_recall(
    source: Path,
    lines: list[str],
    matcher: Matcher,
    found: Sequence[Occurrence],
    englishes: Sequence[str],
    args: argparse.Namespace,
    strict: bool,
) -> None:
    """Inject wrong renderings of the occurrences ``found`` and count those reported."""
    changed, injections = inject(lines, found, englishes, args.samples, random.Random(args.seed))
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "target.en"
        copy.write_text("\r\n".join(changed), encoding="utf-8")
        findings = check.check(
            [str(source)], [str(copy)], glossary_path=args.glossary, strict=strict
        )
    reported = mismatches(findings)
    sources = source.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    hits = [
        i
        for i in injections
        if any(
            (i.line, term) in reported
            for term in broken(
                i, sources[i.line - 1], lines[i.line - 1], changed[i.line - 1], matcher
            )
        )
    ]
    which = "any term, --strict" if strict else "key terms, default options"
    label = "a'" if strict else "a"
    print(
        f"({label}) injected wrong renderings ({which}) found on the right"
        f" line for the right term: {share(len(hits), len(injections))} (target >= 95%)"
    )
    for i in [i for i in injections if i not in hits][: args.misses]:
        print(f"    missed line {i.line}: {i.entry.term} ({i.entry.english} -> {i.replacement})")


def whole_process(command: list[str]) -> tuple[float, float]:
    """Elapsed and CPU seconds (user and system) of ``glossary check`` as a command: the
    CPU figure holds on a busy machine, where the elapsed one grows with the load."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    ran = subprocess.run(command, capture_output=True, cwd=REPO, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if ran.returncode not in (0, 1):
        sys.exit(f"glossary check failed: {ran.stderr.decode()}")
    return elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def measure(args: argparse.Namespace) -> None:
    source = args.corpus_dir / f"{args.corpus}.id"
    target = args.corpus_dir / f"{args.corpus}.en"
    glossary = load(args.glossary)
    matcher = Matcher(glossary.active())
    englishes = sorted({e.english for e in glossary.active() if e.english})
    print(f"corpus {source}/{target.name}; glossary {args.glossary} ({len(englishes)} English)")

    # Speed: the whole corpus, as a user runs it (glossary loaded, files read, every check).
    started, cpu = time.perf_counter(), time.process_time()
    findings = check.check([str(source)], [str(target)], glossary_path=args.glossary)
    library = time.perf_counter() - started
    library_cpu = time.process_time() - cpu
    command = [sys.executable, "-m", "glossary", "check", str(source), "--translation"]
    command += [str(target), "--glossary", str(args.glossary), "--format", "json"]
    cli, cli_cpu = whole_process(command)
    item = check.read_pair(str(source), str(target))
    segments = len(item.segments)
    print(
        f"speed: {segments} segments, {len(findings)} findings; library {library:.2f} s"
        f" ({library_cpu:.2f} s CPU), command line {cli:.2f} s ({cli_cpu:.2f} s CPU, whole"
        f" process; target < 2 s); load {os.getloadavg()[0]:.1f}"
    )

    # (b) Bilingual findings on a (line, term) whose approved English does occur.
    found = occurrences(item, matcher)
    if not found:
        sys.exit(
            "no reviewed term of this glossary occurs with its approved English in the corpus;"
            " pass a glossary that covers it (--glossary)"
        )
    bilingual = [f for f in findings if f.kind in BILINGUAL]
    flagged = {(f.line, term) for f in bilingual for term in f.covered}
    flagged_lines = {f.line for f in bilingual}
    false = [o for o in found if (o.line, o.entry.term) in flagged]
    print(
        f"(b) flagged though the approved English occurs: {share(len(false), len(found))}"
        " of (line, term) pairs (target <= 2%);"
        f" {share(sum(o.line in flagged_lines for o in found), len(found))} on lines with any"
        " bilingual finding"
    )
    for o in false[:5]:
        print(f"    line {o.line}: {o.entry.term} -> {o.entry.english}")
    kinds = Counter(f.kind for f in bilingual)
    print(
        f"(c) bilingual findings per 100 segments: {100 * len(bilingual) / segments:.2f}"
        f" (target <= 5); {dict(kinds)}; by severity"
        f" {dict(Counter(f.severity for f in bilingual))}"
    )
    strict = check.check([str(source)], [str(target)], glossary_path=args.glossary, strict=True)
    print(
        f"    with --strict: {100 * sum(f.kind in BILINGUAL for f in strict) / segments:.2f}"
        " per 100 segments"
    )
    if args.show:
        rng = random.Random(args.seed)
        for f in sorted(
            rng.sample(bilingual, min(args.show, len(bilingual))), key=lambda f: f.line
        ):
            print(f"--- {f.severity} {f.kind} line {f.line}: {f.message}")
            print(f"    id: {item.segments[f.line - 1].source.text}")
            print(f"    en: {item.segments[f.line - 1].target.text}")

    lines = target.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    key = [o for o in found if check.is_key_term(o.entry)]
    injected_recall(source, lines, matcher, key, englishes, args, strict=False)
    injected_recall(source, lines, matcher, found, englishes, args, strict=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--glossary", type=Path, default=DEFAULT_GLOSSARY)
    parser.add_argument("--corpus", default="panl-eco", help="corpus name: NAME.id + NAME.en")
    parser.add_argument("--corpus-dir", type=Path, default=CORPUS, help="folder of the corpus")
    parser.add_argument("--samples", type=int, default=1000, help="wrong renderings to inject")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--show", type=int, default=0, help="print N random bilingual findings")
    parser.add_argument("--misses", type=int, default=5, help="print N missed injections")
    args = parser.parse_args()
    if not (args.corpus_dir / f"{args.corpus}.id").is_file():
        sys.exit(f"corpus not found: {args.corpus_dir / args.corpus}.id (give --corpus-dir)")
    measure(args)


if __name__ == "__main__":
    main()
