"""Print a random sample of parallel-backend suggestions for checking by hand.

Terms are picked from ``../shared/corpus/news-valid.id`` the simple way (recurring
rare-ish lower-case words and word pairs, recurring capitalised sequences that do
not start a sentence); the aligned corpora of ``../shared/corpus`` are the parallel
text. Each sampled term is printed with its best suggestion, the evidence and one
aligned line pair, so that a person can mark it right or wrong.

    python benchmarks/suggest_parallel_sample.py [--size 60] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

from glossary.lexicon import FUNCTION_WORDS
from glossary.store import Entry
from glossary.suggest import ParallelCorpus, align_term
from glossary.text import tokenize

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS}: corpus not found (expected ../shared/corpus beside the repo)")
        return 1
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
