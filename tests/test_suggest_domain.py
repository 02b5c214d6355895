"""Parallel evidence weighed by how close its text is to the text curated."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.store import Entry, Glossary
from glossary.suggest import ParallelCorpus, Settings, Suggestion, parse_label, suggest
from glossary.suggest.domain import FAR_WEIGHT, affinity, far_renderings, line_weights, settled
from glossary.suggest.rescore import rescore
from glossary.suggest.run import MIN_FILL_CONFIDENCE

# Economic news: the text's own vocabulary (saham, inflasi, bank) and penurunan as "decline".
ECONOMY = [
    ("Penurunan saham bank terjadi lagi.", "The decline in bank shares happened again."),
    ("Inflasi naik dan saham bank turun.", "Inflation rose and bank shares fell."),
    ("Penurunan inflasi membantu saham.", "The decline in inflation helped shares."),
    ("Bank menahan inflasi dan saham.", "The bank held inflation and shares."),
]
# Genetics: more lines of penurunan, as "inheritance", and none of the text's other words.
GENETICS = [
    ("Penurunan sifat itu diteliti.", "The inheritance of that trait was studied."),
    ("Penurunan warna bunga diamati.", "The inheritance of flower colour was observed."),
    ("Penurunan gen itu rumit.", "The inheritance of that gene is complex."),
    ("Penurunan sifat tanaman diuji.", "The inheritance of plant traits was tested."),
    ("Penurunan bentuk daun dicatat.", "The inheritance of leaf shape was recorded."),
]


def write_pair(folder, name, pairs):
    source, target = folder / f"{name}.id", folder / f"{name}.en"
    source.write_text("".join(f"{s}\n" for s, _ in pairs), encoding="utf-8")
    target.write_text("".join(f"{t}\n" for _, t in pairs), encoding="utf-8")
    return str(source), str(target)


def economy_and_genetics(tmp_path):
    return [write_pair(tmp_path, "eco", ECONOMY), write_pair(tmp_path, "gen", GENETICS)]


def text_entries():
    return [Entry(t) for t in ("penurunan", "saham", "inflasi", "bank")]


def test_the_part_that_shares_the_texts_vocabulary_is_closest(tmp_path):
    corpus = ParallelCorpus(economy_and_genetics(tmp_path))
    economy, genetics = affinity(corpus, text_entries())
    assert economy == 1.0
    assert genetics < 0.5


def test_a_term_takes_the_rendering_of_the_close_text_over_the_more_frequent_one(tmp_path):
    """``penurunan`` is "inheritance" in more aligned lines, all of them genetics; in the
    economic lines, whose vocabulary the text shares, it is "decline"."""
    corpus = ParallelCorpus(economy_and_genetics(tmp_path))
    (lines,) = corpus.occurrences([Entry("penurunan")])
    proposed = [
        Suggestion("inheritance", "parallel", 0.5),
        Suggestion("decline", "dictionary", 0.3),
    ]
    assert rescore(corpus, lines, proposed)[0].english == "inheritance"
    weights = line_weights(corpus, affinity(corpus, text_entries()))
    assert rescore(corpus, lines, proposed, weights=weights)[0].english == "decline"


def test_suggest_weighs_the_lines_by_the_glossarys_own_vocabulary(tmp_path):
    """The run measures closeness on the entries it fills: ``saham`` keeps "shares" (written
    in the singular, an Indonesian noun being unmarked for number)."""
    glossary = Glossary(text_entries())
    settings = Settings(parallel=economy_and_genetics(tmp_path))
    report = suggest(glossary, ["parallel"], settings)
    chosen = {entry.term: best for entry, best in report.filled}
    assert (chosen["saham"].english, chosen["saham"].related[:1]) == ("share", ("shares",))
    assert not settings.domain  # the caller's settings are left as they were


def test_without_the_texts_vocabulary_the_frequent_rendering_stands(tmp_path):
    """Alone, ``penurunan`` is the text's whole vocabulary: the genetics lines, where it
    stands in every line, are as close as the economic ones, and more of them say
    "inheritance"."""
    glossary = Glossary([Entry("penurunan")])
    report = suggest(glossary, ["parallel"], Settings(parallel=economy_and_genetics(tmp_path)))
    assert report.filled[0][1].english == "inheritance"


def test_a_word_every_part_writes_does_not_make_a_far_part_close(tmp_path):
    """``bank`` stands in the genetics lines too ("gene bank"); the economic lines share the
    text's own words, and stay the closest by far."""
    general = [*GENETICS, ("Bank gen itu besar.", "The gene bank is large.")] * 3
    corpus = ParallelCorpus(
        [write_pair(tmp_path, "eco", ECONOMY), write_pair(tmp_path, "gen", general)]
    )
    economy, genetics = affinity(corpus, text_entries())
    assert economy == 1.0
    assert genetics < 0.3


def test_a_parallel_rendering_from_far_lines_is_less_sure_than_from_close_ones(tmp_path):
    """The same lines say "inheritance" every time; weighed as a far text's lines, that is
    less evidence, and the confidence falls."""
    corpus = ParallelCorpus([write_pair(tmp_path, "gen", GENETICS)])
    (lines,) = corpus.occurrences([Entry("penurunan")])
    proposed = [Suggestion("inheritance", "parallel", 0.5)]
    close = rescore(corpus, lines, proposed, weights=[1.0] * len(corpus.source))[0]
    far = rescore(corpus, lines, proposed, weights=[0.1] * len(corpus.source))[0]
    assert far.confidence < close.confidence


@given(st.floats(min_value=0.0, max_value=1.0), st.floats(min_value=0.0, max_value=1.0))
def test_a_parallel_renderings_confidence_grows_with_its_lines_closeness(tmp_path_factory, a, b):
    """Invariant: for lines that all write the rendering, the closer they are to the text,
    the surer it is, between 0 and 1."""
    folder = tmp_path_factory.mktemp("gen")
    corpus = ParallelCorpus([write_pair(folder, "gen", GENETICS)])
    (lines,) = corpus.occurrences([Entry("penurunan")])
    proposed = [Suggestion("inheritance", "parallel", 0.5)]
    low, high = sorted((a, b))
    sure = [
        rescore(corpus, lines, proposed, weights=[w] * len(corpus.source))[0].confidence
        for w in (low, high)
    ]
    assert 0.0 <= sure[0] <= sure[1] <= 1.0


@given(st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=3))
def test_line_weights_are_the_closeness_of_their_part(closeness):
    """Every line of a part weighs the same, between 0 and 1; unknown closeness is 1."""
    corpus = ParallelCorpus([])
    corpus.source = ["x"] * (2 * len(closeness))
    corpus.parts = [range(2 * i, 2 * i + 2) for i in range(len(closeness))]
    weights = line_weights(corpus, closeness)
    assert all(0 <= w <= 1 for w in weights)
    assert all(weights[2 * i] == weights[2 * i + 1] for i in range(len(closeness)))
    assert line_weights(corpus, ()) == [1.0] * len(corpus.source)


LOANS = [
    ("Pinjaman itu besar.", "The loan was large."),
    ("Pinjaman baru disetujui.", "A new loan was approved."),
    ("Mereka melunasi pinjaman.", "They repaid the loan."),
    ("Pinjaman ditolak lagi.", "The loan was refused again."),
]


def composed_in_review(report, term):
    """The first suggestion shown in review for an entry left without English."""
    entry = next(e for e in report.unfilled if e.term == term)
    return parse_label(entry.suggestions[0]).english


def test_a_phrase_of_words_the_run_translated_is_composed_of_their_english(tmp_path):
    """FreeDict lacks ``pinjaman``; the aligned lines say "loan". ``pinjaman bank``, which
    no aligned line has, is composed of the glossary's own English: "bank loan", shown in
    review but not filled in, as no aligned line writes it."""
    glossary = Glossary([Entry("pinjaman"), Entry("bank"), Entry("pinjaman bank")])
    settings = Settings(parallel=[write_pair(tmp_path, "loans", LOANS)])
    report = suggest(glossary, ["parallel", "dictionary"], settings)
    chosen = {entry.term: best.english for entry, best in report.filled}
    assert chosen["pinjaman"] == "loan"
    assert "pinjaman bank" not in chosen
    assert composed_in_review(report, "pinjaman bank") == "bank loan"


def test_a_phrase_of_a_word_the_run_translated_and_one_freedict_knows_is_composed(tmp_path):
    """``pinjaman`` is "loan" from the lines, ``bank`` only in FreeDict (no entry of the
    glossary): ``pinjaman bank`` is still "bank loan" in review."""
    glossary = Glossary([Entry("pinjaman"), Entry("pinjaman bank")])
    settings = Settings(parallel=[write_pair(tmp_path, "loans", LOANS)])
    report = suggest(glossary, ["parallel", "dictionary"], settings)
    assert composed_in_review(report, "pinjaman bank") == "bank loan"


# -- a word of the text's own domain that the parallel text cannot check (real FreeDict) --

# Sports reports: kandang ("home" ground), kiper (keeper), babak kedua (second half), each
# said often; the parallel text is economic news, which has none of them.
SPORTS_TERMS = {"kandang": 40, "kiper": 30, "babak kedua": 20}


def sports_glossary(counts=SPORTS_TERMS):
    entries = [Entry(term) for term in counts]
    for entry in entries:
        entry.count = counts[entry.term]
    return Glossary(entries)


@pytest.fixture(scope="module")
def freedict_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("freedict")


def test_an_unsettled_sense_of_the_texts_own_word_is_shown_not_filled(tmp_path, freedict_cache):
    """FreeDict gives ``kandang`` as cage, stable and the fourth sense of house; no aligned
    line says which a sports text means, so none is written as the English (all shown in
    review). ``babak kedua`` is composed of babak (round or stage): likewise. ``kiper``
    has one English headword, whose first translation it is: "keeper" is filled."""
    settings = Settings(cache_dir=freedict_cache, parallel=[write_pair(tmp_path, "eco", ECONOMY)])
    report = suggest(sports_glossary(), ["dictionary"], settings)
    filled = {entry.term: best.english for entry, best in report.filled}
    assert filled == {"kiper": "keeper"}
    kandang = next(e for e in report.unfilled if e.term == "kandang")
    assert {parse_label(s).english for s in kandang.suggestions} >= {"house", "cage"}


def test_a_rare_word_or_one_the_parallel_text_has_keeps_the_dictionarys_sense(
    tmp_path, freedict_cache
):
    """Said once, ``kandang`` is no word of the text's domain; with close aligned lines that
    write "cage", those lines say which sense (and it is filled); with no parallel text at
    all, the dictionary's sense stands as before."""
    rare = suggest(
        sports_glossary({"kandang": 1}),
        ["dictionary"],
        Settings(cache_dir=freedict_cache, parallel=[write_pair(tmp_path, "eco", ECONOMY)]),
    )
    assert [e.term for e, _ in rare.filled] == ["kandang"]
    zoo = [
        ("Harimau itu kembali ke kandang.", "The tiger went back to its cage."),
        ("Kandang burung itu rusak.", "The bird cage was broken."),
        ("Mereka membersihkan kandang.", "They cleaned the cage."),
        ("Kandang itu besar.", "The cage is large."),
    ]
    checked = suggest(
        sports_glossary({"kandang": 40}),
        ["dictionary"],
        Settings(cache_dir=freedict_cache, parallel=[write_pair(tmp_path, "zoo", zoo)]),
    )
    assert [best.english for _, best in checked.filled] == ["cage"]
    alone = suggest(
        sports_glossary({"kandang": 40}), ["dictionary"], Settings(cache_dir=freedict_cache)
    )
    assert [best.english for _, best in alone.filled] == ["house"]


def test_settled_means_one_headword_or_one_first_in_its_first_sense_or_the_loans_source():
    assert settled([["keeper", "n", 0, 0, 1, 0]])
    assert not settled([["round", "n", 0, 0, 2, 0], ["stage", "n", 0, 0, 1, 0]])
    # One English headword only, in whatever sense, settles a whole term, not a word that is
    # composed with others (mistar gawang is no "goal ruler").
    assert settled([["competition", "n", 1, 2, 4, 0]])
    assert not settled([["competition", "n", 1, 2, 4, 0]], whole=False)
    # A loan whose spelling names the headword is settled, whatever else FreeDict lists.
    rows = [["intervention", "n", 1, 1, 3, 0], ["interference", "n", 0, 2, 3, 0]]
    assert settled(rows, "intervensi") and not settled(rows)


def test_another_rendering_from_far_lines_is_not_kept_beside_the_best(tmp_path):
    """Economic lines say "decline", genetics lines "inheritance": with every line as close,
    both are renderings of ``penurunan``; with the genetics text far from the one curated,
    "inheritance" is not kept as a related form of "decline"."""
    corpus = ParallelCorpus(economy_and_genetics(tmp_path))
    (lines,) = corpus.occurrences([Entry("penurunan")])
    proposed = [Suggestion("decline", "parallel", 0.5), Suggestion("inheritance", "parallel", 0.4)]
    near = [1.0] * len(corpus.source)
    far = [1.0] * len(ECONOMY) + [0.05] * len(GENETICS)
    both = rescore(corpus, lines, proposed, weights=near)
    close_only = rescore(corpus, lines, proposed, weights=far)
    assert "inheritance" in both[0].related + (both[0].english,)
    assert close_only[0].english == "decline" and "inheritance" not in close_only[0].related


# -- a parallel rendering that only a far text's lines write --


def test_a_rendering_only_far_lines_write_is_shown_not_filled(tmp_path):
    """The economic lines never say ``penurunan``; twenty genetics lines say "inheritance",
    enough to fill it were they close. With genetics a text of another domain (closeness
    0.25), that is another domain's sense for an economic text that uses penurunan often:
    shown in review, not written as the English; used once, penurunan takes it."""
    economy = [pair for pair in ECONOMY if "Penurunan" not in pair[0]] * 2
    parallel = [write_pair(tmp_path, "eco", economy), write_pair(tmp_path, "gen", GENETICS * 4)]

    def run(count: int):
        entries = text_entries()
        for entry in entries:
            entry.count = count
        settings = Settings(parallel=parallel, domain=(1.0, 0.25))
        return suggest(Glossary(entries), ["parallel"], settings)

    often = run(10)
    assert "penurunan" not in {entry.term for entry, _ in often.filled}
    (shown,) = [e.suggestions for e in often.unfilled if e.term == "penurunan"]
    assert parse_label(shown[0]).english == "inheritance"
    assert {e.term: best.english for e, best in run(1).filled}["penurunan"] == "inheritance"


@pytest.mark.parametrize(
    ("count", "close_line", "filled"),
    [(10, False, False), (1, False, True), (10, True, True)],
)
def test_far_renderings_needs_a_word_of_the_domain_and_no_close_line(
    tmp_path, count, close_line, filled
):
    """Said once, penurunan is no word of the text's domain: the far lines' sense stands.
    One close line that writes it checks it."""
    corpus = ParallelCorpus([write_pair(tmp_path, "gen", GENETICS)])
    (lines,) = corpus.occurrences([Entry("penurunan")])
    weights = [FAR_WEIGHT / 2] * len(corpus.source)
    if close_line:
        weights[lines[0]] = 1.0
    entry = Entry("penurunan")
    entry.count = count
    proposed = [
        Suggestion("inheritance", "parallel", 0.5),
        Suggestion("decline", "dictionary", 0.4),
    ]
    (far, other) = far_renderings(entry, lines, proposed, corpus, weights)
    assert (far.confidence >= MIN_FILL_CONFIDENCE) == filled
    assert other == proposed[1]
