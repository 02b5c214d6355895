"""Suggestions measured end to end, and a random sample of them for checking by hand.

``--end-to-end X`` runs the pipeline a translator runs on a new text: ``glossary mine
X.id --update`` (a glossary of the text's own candidates), ``glossary suggest``
with names, parallel (every other corpus pair of ``../shared/corpus``) and
dictionary, every suggestion accepted unread (``accept_suggestion``), then the
agreement of the glosses with the human translation X.en, measured as
``benchmarks/glossary_agreement.py`` does (the gloss or an alternative occurs in the
aligned English line; the figure with the msgstr alone is printed beside it), and the
share of candidates filled; beside it, as that script prints them, the glosses the English leaves
out the way news English does (``elided``: the dateline's ``di Jakarta, Senin``) and the agreement
of the others (``kept``). ``--show N`` prints N
accepted entries at random, with one aligned pair each, to be marked by hand.

Without ``--end-to-end``, the parallel backend alone: terms are picked from
``../shared/corpus/news-valid.id`` the simple way (recurring
rare-ish lower-case words and word pairs, recurring capitalised sequences that do
not start a sentence); the aligned corpora of ``../shared/corpus`` are the parallel
text. Each sampled term is printed with its best suggestion, the evidence and one
aligned line pair, so that a person can mark it right or wrong.

    python benchmarks/suggest_parallel_sample.py [--size 60] [--seed 1]
    python benchmarks/suggest_parallel_sample.py --end-to-end news-valid [--show 100]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from glossary_agreement import aligned_lines, measure  # noqa: E402

from glossary import store  # noqa: E402
from glossary.cli import cli  # noqa: E402
from glossary.lexicon import FUNCTION_WORDS  # noqa: E402
from glossary.match import Matcher  # noqa: E402
from glossary.store import Entry  # noqa: E402
from glossary.suggest import (  # noqa: E402
    ParallelCorpus,
    accept_suggestion,
    align_term,
    parse_label,
)
from glossary.text import tokenize  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
NAMES = ("news-valid", "panl-eco", "panl-sci", "panl-spo")


def content_word(word: str) -> bool:
    return (
        word.islower()
        and len(word) > 2
        and word not in FUNCTION_WORDS
        and not word.endswith("nya")
        and zipf_frequency(word, "id") < 5.0
    )


def pick_terms(lines: list[str]) -> list[str]:
    """Recurring candidate terms of a news text, the way a quick miner would pick them.

    Rare-ish lower-case words seen 4 times, pairs of content words and capitalised
    sequences (not at a sentence start) seen 3 times.
    """
    words_seen: Counter[str] = Counter()
    groups_seen: Counter[str] = Counter()
    for line in lines:
        words = [t.text for t in tokenize(line) if t.kind == "word"]
        for i, word in enumerate(words):
            if content_word(word) and zipf_frequency(word, "id") < 4.3:
                words_seen[word] += 1
            if i + 1 < len(words) and content_word(word) and content_word(words[i + 1]):
                groups_seen[f"{word} {words[i + 1]}"] += 1
        for m in re.finditer(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}", line):
            if m.start() and line[: m.start()].rstrip()[-1:] not in '.!?"\u201c':
                groups_seen[m.group()] += 1
    terms = [t for t, c in words_seen.items() if c >= 4]
    terms += [t for t, c in groups_seen.items() if c >= 3]
    return sorted(set(terms))


def glossary_cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if result.exit_code:
        raise SystemExit(f"glossary {' '.join(args)}: {result.output}")
    return result.output


def _band(occurrences: int) -> str:
    bands = ((20, "20+"), (5, "5-19"), (2, "2-4"), (0, "1"))
    return next(band for low, band in bands if occurrences >= low)


def _kind_of_gloss(entry: Entry) -> str:
    """What sort of suggestion was accepted: kept as written, composed word by word, other."""
    label = entry.suggestions[0] if entry.suggestions else ""
    if entry.english.casefold() == entry.term.casefold():
        return "kept as written"
    if "word by word" in label:
        return "word by word"
    return "translated"


def breakdown(name: str, accepted: list[Entry], tally, top: int = 25) -> None:
    """Where agreement is lost: per backend, per entry kind, per kind of gloss, per
    frequency band in the text, per confidence; then the most frequent disagreements with
    what the human translation says instead (the text's own aligned lines, read here only
    to explain, never to suggest)."""
    tables: dict[str, Callable[[Entry], str]] = {
        "backend": lambda e: e.origin,
        "entry kind": lambda e: e.kind or "-",
        "gloss": _kind_of_gloss,
        "occurrences in the text": lambda e: _band(tally.per_entry[e.key]),
        "confidence": lambda e: (
            f"{min(int(parse_label(e.suggestions[0]).confidence * 10) / 10, 0.9):.1f}+"
            if e.suggestions
            else "-"
        ),
    }
    total_missed = sum(tally.missed.values()) or 1
    for title, group in tables.items():
        print(f"by {title}:  entries, occurrences, agreement, share of all disagreements")
        rows: dict[str, list[int]] = {}
        for entry in accepted:
            row = rows.setdefault(group(entry), [0, 0, 0])
            row[0] += 1
            row[1] += tally.per_entry[entry.key]
            row[2] += tally.missed[entry.key]
        for label, (filled, occurrences, missed) in sorted(rows.items()):
            rate = f"{(occurrences - missed) / occurrences:6.1%}" if occurrences else "     -"
            print(f"  {label:16} {filled:5} {occurrences:6} {rate}  {missed / total_missed:6.1%}")
    own = ParallelCorpus([(str(CORPUS / f"{name}.id"), str(CORPUS / f"{name}.en"))])
    missed = sorted(accepted, key=lambda e: -tally.missed[e.key])[:top]
    print("most frequent disagreements (what the text's translators wrote instead):")
    for entry, lines in zip(missed, own.occurrences(missed), strict=True):
        used = align_term(own, lines, entry.forms)[:2]
        instead = ", ".join(f"{s.english} ({s.evidence.split(' aligned')[0]})" for s in used)
        print(
            f"  {tally.missed[entry.key]:3} of {tally.per_entry[entry.key]:3}  {entry.term} ->"
            f" {' / '.join(entry.renderings)}  [{entry.origin}]; instead: {instead or '?'}"
        )


def end_to_end(name: str, show: int, seed: int, save: str | None = None, top: int = 25) -> int:
    """Mine X, suggest from the other pairs, accept everything unread, measure agreement."""
    import tempfile

    others = [n for n in NAMES if n != name]
    with tempfile.TemporaryDirectory() as folder:
        po = str(Path(folder) / "x.po")
        started = time.perf_counter()
        glossary_cli("mine", str(CORPUS / f"{name}.id"), "--update", po)
        mined = time.perf_counter()
        parallel = [
            a for n in others for a in ("--parallel", f"{CORPUS / n}.id", f"{CORPUS / n}.en")
        ]
        backends = ["--backend", "names", "--backend", "parallel", "--backend", "dictionary"]
        glossary_cli("suggest", *backends, *parallel, "--glossary", po)
        suggested = time.perf_counter()
        glossary = store.load(po)
    candidates = glossary.active()
    for entry in candidates:
        if entry.english:
            accept_suggestion(entry, 0)
    accepted = [e for e in candidates if e.reviewed]
    if save:
        store.save(glossary, save)
    tally = measure(CORPUS / name, Matcher(accepted), keep=1)
    print(
        f"{name}: {len(candidates)} candidates, {len(accepted)} filled"
        f" ({len(accepted) / len(candidates):.0%}); agreement {tally.agreed}"
        f" of {tally.occurrences} occurrences ({tally.agreed / tally.occurrences:.1%};"
        f" msgstr alone, without the related forms kept as alternatives,"
        f" {tally.agreed_msgstr / tally.occurrences:.1%};"
        f" elided {tally.rate(tally.elided).strip()},"
        f" kept {tally.rate(tally.agreed, tally.occurrences - tally.elided).strip()});"
        f" mine {mined - started:.1f}s, suggest {suggested - mined:.1f}s"
        f" ({len(candidates)} entries, {sum(len(aligned_lines(CORPUS / n)[0]) for n in others)}"
        " aligned lines)"
    )
    breakdown(name, accepted, tally, top)
    source, target = aligned_lines(CORPUS / name)
    for n, entry in enumerate(random.Random(seed).sample(accepted, min(show, len(accepted))), 1):
        whole_word = re.compile(rf"(?<![\w-]){re.escape(entry.term)}(?![\w-])")  # not Sejumlah
        line = next((i for i, text in enumerate(source) if whole_word.search(text)), 0)
        print(f"{n:3}. {entry.term} -> {' / '.join(entry.renderings)}  [{entry.origin}]")
        print(f"       {entry.suggestions[0] if entry.suggestions else ''}")
        print(f"       id: {source[line][:150]}")
        print(f"       en: {target[line][:150]}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--end-to-end", metavar="X", choices=NAMES, help="corpus pair to mine")
    parser.add_argument("--show", type=int, default=0, help="accepted entries to print")
    parser.add_argument("--save", metavar="PO", help="write the accepted glossary here")
    parser.add_argument("--top", type=int, default=25, help="disagreements to list")
    parser.add_argument("--corpus", help="folder of X.id/X.en pairs (default ../shared/corpus)")
    args = parser.parse_args()
    global CORPUS
    CORPUS = Path(args.corpus) if args.corpus else CORPUS
    if not CORPUS.is_dir():
        print(f"{CORPUS}: corpus not found (expected ../shared/corpus beside the repo)")
        return 1
    if args.end_to_end:
        return end_to_end(args.end_to_end, args.show, args.seed, args.save, args.top)
    started = time.perf_counter()
    corpus = ParallelCorpus([(str(CORPUS / f"{n}.id"), str(CORPUS / f"{n}.en")) for n in NAMES])
    terms = pick_terms((CORPUS / "news-valid.id").read_text(encoding="utf-8").splitlines())
    entries = [Entry(term) for term in terms]
    occurrences = dict(zip(terms, corpus.occurrences(entries), strict=True))
    results = {term: align_term(corpus, occurrences[term], [term]) for term in terms}
    elapsed = time.perf_counter() - started
    with_suggestion = sorted(t for t, s in results.items() if s)
    print(
        f"{len(terms)} terms, {len(with_suggestion)} with a suggestion, "
        f"{len(corpus.source)} aligned lines, {elapsed:.1f}s",
        file=sys.stderr,
    )
    # Shuffle all terms, then keep the first that have a suggestion: a change that
    # adds or drops a suggestion elsewhere does not reshuffle the whole sample.
    shuffled = random.Random(args.seed).sample(terms, len(terms))
    sample = [t for t in shuffled if results[t]][: args.size]
    for n, term in enumerate(sample, 1):
        best = results[term][0]
        line = occurrences[term][0]
        print(f"{n:3}. {term} -> {best.english}  [{best.confidence:.2f}; {best.evidence}]")
        print(f"       id: {corpus.source[line][:160]}")
        print(f"       en: {corpus.target[line][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
