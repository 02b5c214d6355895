"""The word aligner of the parallel backend (IBM Model 1 both ways, grown intersection)."""

from __future__ import annotations

from glossary.store import Entry
from glossary.suggest import ParallelCorpus, align_term
from glossary.suggest.bitext import _english_key
from glossary.suggest.wordalign import aligned_phrase, phrase_counts, term_positions

# Each Indonesian word has one English word, but the words keep company: co-occurrence
# alone cannot tell which is which; EM can, because each word also stands elsewhere.
PAIRS = [
    ("Menteri luar negeri tiba di Jakarta.", "The foreign minister arrived in Jakarta."),
    ("Menteri luar negeri bertemu presiden.", "The foreign minister met the president."),
    ("Presiden bertemu menteri luar negeri Jepang.", "The president met Japan's foreign minister."),
    ("Menteri keuangan bertemu presiden.", "The finance minister met the president."),
    ("Menteri keuangan tiba di Tokyo.", "The finance minister arrived in Tokyo."),
    ("Kebijakan luar negeri berubah.", "Foreign policy changed."),
    ("Utang luar negeri naik.", "Foreign debt rose."),
    ("Negeri itu kaya.", "That country is rich."),
    ("Parlemen menolak rancangan itu.", "Parliament rejected the draft."),
    ("Parlemen bertemu presiden.", "Parliament met the president."),
    ("Sekretaris parlemen tiba.", "The parliamentary secretary arrived."),
    ("Sekretaris parlemen bertemu presiden.", "The parliamentary secretary met the president."),
    ("Sekretaris parlemen menolak rancangan.", "The parliamentary secretary rejected the draft."),
    ("Sekretaris jenderal tiba.", "The secretary general arrived."),
    ("Sekretaris jenderal menolak rancangan.", "The secretary general rejected the draft."),
]


def corpus_of(tmp_path, pairs):
    src, tgt = tmp_path / "a.id", tmp_path / "a.en"
    src.write_text("\n".join(p[0] for p in pairs) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(p[1] for p in pairs) + "\n", encoding="utf-8")
    return ParallelCorpus([(str(src), str(tgt))])


def test_a_phrase_is_aligned_whole_and_in_english_order(tmp_path):
    """``menteri luar negeri`` is "foreign minister": head first in Indonesian, last in English."""
    corpus = corpus_of(tmp_path, PAIRS)
    aligner, lines = corpus.aligned()
    (found,) = corpus.occurrences([Entry("menteri luar negeri")])
    counts, seen = phrase_counts(
        aligner, [lines[n] for n in found], ["menteri", "luar", "negeri"], _english_key
    )
    assert seen == 3
    assert counts.most_common(1)[0] == ("foreign minister", 3)


def test_a_phrase_holding_a_word_of_another_term_is_not_the_terms(tmp_path):
    """``parlemen`` is "Parliament", not "parliamentary secretary": ``sekretaris`` takes
    "secretary", so the stretch linked to ``parlemen`` stops before it."""
    corpus = corpus_of(tmp_path, PAIRS)
    aligner, lines = corpus.aligned()
    line = lines[10]  # Sekretaris parlemen tiba. / The parliamentary secretary arrived.
    links = aligner.links(line)
    assert aligned_phrase(line, term_positions(line, ["parlemen"]), links) == "parliamentary"
    assert aligned_phrase(line, term_positions(line, ["sekretaris"]), links) == "secretary"


def test_the_aligned_rendering_is_proposed_beside_co_occurrence(tmp_path):
    corpus = corpus_of(tmp_path, PAIRS)
    (found,) = corpus.occurrences([Entry("parlemen")])
    suggestions = align_term(corpus, found, ["parlemen"])
    aligned = [s for s in suggestions if "IBM Model 1" in s.evidence]
    assert [s.english.lower() for s in aligned][:1] == ["parliamentary"]
    assert all(0 < s.confidence <= 1 for s in suggestions)


def test_an_english_line_start_capital_is_the_sentences(tmp_path):
    corpus = corpus_of(tmp_path, PAIRS)
    aligner, lines = corpus.aligned()
    line = lines[6]  # Utang luar negeri naik. / Foreign debt rose.
    assert aligned_phrase(line, term_positions(line, ["luar", "negeri"]), aligner.links(line)) == (
        "foreign"
    )
