"""The word aligner of the parallel backend (IBM Model 1 both ways, grown intersection)."""

from __future__ import annotations

from dataclasses import replace

from glossary import suggest
from glossary.store import Entry, Glossary
from glossary.suggest import (
    ParallelCorpus,
    Settings,
    Suggestion,
    align_term,
    fill_entry,
    names,
    parse_label,
)
from glossary.suggest.aligned_text import english_key
from glossary.suggest.rescore import derived_forms, rescore
from glossary.suggest.run import MIN_FILL_CONFIDENCE
from glossary.suggest.wordalign import (
    Line,
    WordAligner,
    aligned_phrase,
    phrase_counts,
    term_positions,
)

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


def parallel_entry(tmp_path, pairs, term, cache_dir=None) -> Entry:
    """``term`` as the parallel backend fills it from ``pairs`` (written as a.id, a.en)."""
    corpus_of(tmp_path, pairs)
    glossary = Glossary(entries=[Entry(term)])
    settings = Settings(
        cache_dir=cache_dir or tmp_path, parallel=[(tmp_path / "a.id", tmp_path / "a.en")]
    )
    suggest.suggest(glossary, ["parallel"], settings)
    (entry,) = glossary.entries
    return entry


def test_a_phrase_is_aligned_whole_and_in_english_order(tmp_path):
    """``menteri luar negeri`` is "foreign minister": head first in Indonesian, last in English."""
    corpus = corpus_of(tmp_path, PAIRS)
    aligner, lines = corpus.aligned()
    (found,) = corpus.occurrences([Entry("menteri luar negeri")])
    counts, seen = phrase_counts(
        aligner, [lines[n] for n in found], ["menteri", "luar", "negeri"], english_key
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


def test_a_names_phrase_takes_in_the_capitalised_words_no_other_word_claims():
    """``PBB`` linked to "Nations" alone is "United Nations"; ``Jakarta`` is not "Jakarta
    Governor", which ``gubernur`` claims; a common word stays as linked."""
    words = ["The", "United", "Nations", "and", "Jakarta", "Governor", "Fauzi", "met"]
    line = Line(
        ["pbb", "dan", "gubernur", "jakarta", "fauzi", "bertemu"],
        words,
        [w.lower() for w in words],
        [0] * len(words),
    )
    links = {(0, 2), (2, 5), (3, 4), (4, 6), (5, 7)}
    stop = frozenset({"the", "and"})
    assert aligned_phrase(line, [0], links, name=True, stopwords=stop) == "United Nations"
    assert aligned_phrase(line, [0], links) == "Nations"
    assert aligned_phrase(line, [3], links, name=True, stopwords=stop) == "Jakarta"


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


def test_a_verbal_nouns_verb_forms_become_related_when_translators_use_them(tmp_path):
    """``rencana`` is "plan", but every other line writes "planned": accepting "plan" alone
    flagged each of them."""
    pairs = [
        ("Rencana itu gagal.", "The plan failed."),
        ("Rencana kota disetujui.", "The city plan was approved."),
        ("Rencana pemerintah jelas.", "The government plan is clear."),
        ("Rencana baru diumumkan.", "The new plan was announced."),
        ("Rencana pembangunan jalan dimulai.", "The planned road construction began."),
        ("Rencana kunjungan presiden batal.", "The planned visit of the president was cancelled."),
        ("Rencana pemogokan dibatalkan.", "The planned strike was called off."),
        ("Jalan itu panjang.", "The road is long."),
    ]
    entry = parallel_entry(tmp_path, pairs, "rencana")
    assert entry.english == "plan"
    suggest.accept_suggestion(entry, 0)
    assert "planned" in entry.alternatives


def test_derived_forms_follow_english_spelling():
    assert derived_forms("plan") == ["planned", "planning"]
    assert derived_forms("study") == ["studied", "studying"]
    assert derived_forms("visit") == ["visited", "visiting"]
    assert derived_forms("move") == ["moved", "moving"]
    assert derived_forms("foreign minister") == [] and derived_forms("NATO") == []


def test_a_suggestion_too_weak_to_fill_is_shown_in_review_only(tmp_path):
    """A composition of two unclear senses that no parallel text supports (``dapur umum``,
    confidence 0.08) is right less than one time in ten on news: the entry keeps the label
    for review but gets no English."""
    glossary = Glossary(entries=[Entry("dapur umum"), Entry("rumah")])
    report = suggest.suggest(glossary, ["dictionary"], Settings(cache_dir=tmp_path))
    weak, clear = glossary.entries
    assert clear.english and clear.fuzzy
    assert weak.english == "" and weak.suggestions and weak in report.unfilled
    assert parse_label(weak.suggestions[0]).confidence < MIN_FILL_CONFIDENCE


def test_a_persons_first_and_last_name_are_related_forms():
    """After the first mention news English says "Emmawati" for Dien Emmawati."""
    (found,) = names([Entry("Dien Emmawati", kind="person")], Settings())
    entry = Entry("Dien Emmawati", kind="person")
    fill_entry(entry, found)
    suggest.accept_suggestion(entry, 0)
    assert entry.english == "Dien Emmawati"
    assert entry.alternatives == ["Dien", "Emmawati"]
    # A part that is a common English word alone is not a rendering of the name.
    (found,) = names([Entry("David Cameron", kind="person")], Settings())
    assert found[0].related == ("Cameron",)


def test_a_term_written_in_english_keeps_its_form():
    """Economic news writes ``management fee`` in English; ``air`` is water, ``data`` is
    Indonesian too, and a function word is no term."""
    found = names(
        [Entry("management fee"), Entry("air"), Entry("kebijakan"), Entry("their")], Settings()
    )
    assert [best[0].english if best else None for best in found] == [
        "management fee",
        None,
        None,
        None,
    ]


def test_a_whole_rendering_wins_over_its_part_used_in_more_lines(tmp_path):
    """``pertumbuhan ekonomi`` was "economic": the part stands in every line the whole does,
    and in one more; the whole rendering of the two-word term is the suggestion."""
    pairs = [
        ("Pertumbuhan ekonomi melambat.", "Economic growth slowed."),
        ("Pertumbuhan ekonomi naik lagi.", "Economic growth rose again."),
        ("Pertumbuhan ekonomi Cina kuat.", "China's economic growth is strong."),
        ("Pertumbuhan ekonomi Jepang lemah.", "Japan's economic growth is weak."),
        ("Data pertumbuhan ekonomi keluar.", "The economic data showed growth."),
        ("Kebijakan ekonomi berubah.", "Economic policy changed."),
        ("Krisis ekonomi berakhir.", "The economic crisis ended."),
        ("Pertumbuhan penduduk tinggi.", "Population growth is high."),
        ("Pertumbuhan kota cepat.", "Urban growth is fast."),
    ]
    corpus_of(tmp_path, pairs)
    glossary = Glossary(entries=[Entry("pertumbuhan ekonomi")])
    settings = Settings(cache_dir=tmp_path, parallel=[(tmp_path / "a.id", tmp_path / "a.en")])
    suggest.suggest(glossary, ["parallel"], settings)
    (entry,) = glossary.entries
    assert entry.english.lower() == "economic growth"
    assert not any(parse_label(s).english.lower() == "economic" for s in entry.suggestions)


def test_on_a_tie_the_rendering_more_backends_propose_wins(tmp_path):
    """``pedagang`` was "seller" (co-occurrence alone) beside "traders" (aligner) and
    "trader" (dictionary), all used in the same lines."""
    pairs = [
        ("Pedagang sayur itu tutup.", "The traders and the vegetable seller closed."),
        ("Pedagang pasar mengeluh.", "Market traders complained to the seller."),
        ("Harga naik.", "Prices rose."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("pedagang")])
    proposed = [
        Suggestion("seller", "parallel", 0.3),
        Suggestion("traders", "parallel", 0.3),
        Suggestion("trader", "dictionary", 0.3),
    ]
    assert rescore(corpus, lines, proposed)[0].english in ("traders", "trader")


def test_a_rendering_keeps_the_name_its_lines_write(tmp_path):
    """``Pemprov DKI Jakarta``: every aligned line writes "Jakarta", so the aligner's
    "administration" is a fragment and goes; a rendering with the name stays, and so do
    the other backends' (``Pemprov Bali``: "Balinese" holds the name too)."""
    pairs = [
        ("Pemprov DKI Jakarta menolak.", "The Jakarta administration refused."),
        ("Pemprov DKI Jakarta setuju.", "The Jakarta Provincial Government agreed."),
        ("Pemprov DKI Jakarta diam.", "The administration in Jakarta was silent."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("Pemprov DKI Jakarta")])
    fragment = Suggestion("administration", "parallel", 0.6)
    whole = Suggestion("Jakarta Provincial Government", "parallel", 0.3)
    assert rescore(corpus, lines, [fragment], 3, "Pemprov DKI Jakarta") == []
    ranked = rescore(corpus, lines, [fragment, whole], 3, "Pemprov DKI Jakarta")
    assert [s.english for s in ranked] == ["Jakarta Provincial Government"]
    other = Suggestion("administration", "dictionary", 0.6)
    assert rescore(corpus, lines, [other], 3, "Pemprov DKI Jakarta")[0].english == "administration"


def test_the_parallel_backends_own_lines_count_once_in_the_rescoring(tmp_path):
    """``parlemen`` was "parliamentary secretary": two of three lines, counted as the
    parallel backend's confidence and again as the lines that use it, beat the dictionary's
    "parliament", used in the third line."""
    pairs = [
        ("Sekretaris parlemen itu datang.", "The parliamentary secretary came."),
        ("Sekretaris parlemen berbicara.", "The parliamentary secretary spoke."),
        ("Parlemen bersidang hari ini.", "Parliament met today."),
        ("Harga naik.", "Prices rose."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("parlemen")])
    proposed = [
        Suggestion("parliamentary secretary", "parallel", 0.4),
        Suggestion("parliament", "dictionary", 0.55),
    ]
    assert rescore(corpus, lines, proposed)[0].english == "parliament"


def test_a_one_word_term_gets_the_word_its_translation_table_favours(tmp_path):
    """``jenazah`` got nothing: "body" stands in lines with ``tubuh`` too, so co-occurrence
    is weak and each line's links give "body" to the other word; over all the lines at once,
    "body" is what ``jenazah`` translates to."""
    pairs = [
        ("Jenazah korban ditemukan di sungai.", "The body of the victim was found in the river."),
        ("Polisi membawa jenazah ke rumah sakit.", "Police took the body to the hospital."),
        ("Jenazah itu dimakamkan hari ini.", "The body was buried today."),
        ("Korban ditemukan di sungai.", "The victim was found in the river."),
        ("Polisi datang ke rumah sakit.", "Police came to the hospital."),
    ]
    things = ("anak", "atlet", "manusia", "pasien", "bayi", "petani", "prajurit", "penari")
    for n, thing in enumerate(things * 3):
        pairs.append((f"Tubuh {thing} itu kuat {n}.", f"The {thing} has a strong body {n}."))
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("jenazah")])
    found = align_term(corpus, lines, ["jenazah"])
    assert found and found[0].english == "body"


def test_an_english_word_indonesian_uses_as_it_stands_keeps_its_form():
    """Sports news writes ``striker`` and ``grand slam`` as English does; they were left
    without English because Sastrawi lists them as Indonesian roots (a text that writes
    English phrases says its lone English words are English too). ``main`` (play) and
    ``air`` (water) are roots too, but Indonesian derives words from them (pemain, perairan)."""
    english = [Entry("grand slam"), Entry("time trial"), Entry("match point")]
    found = names(
        [Entry("striker"), *english, Entry("main"), Entry("air"), Entry("pasar")], Settings()
    )
    assert [best[0].english if best else None for best in found] == [
        "striker",
        "grand slam",
        "time trial",
        "match point",
        None,
        None,
        None,
    ]


def test_the_inflections_of_a_rendering_are_counted_as_one(tmp_path):
    """``merosot`` lines say "declined", "declining", "decline": split three ways, each form
    was weaker than "sharply"; pooled, the rendering is the form translators write most,
    with the others kept as related forms."""
    pairs = [
        ("Harga merosot tajam.", "Prices declined sharply."),
        ("Saham merosot tajam.", "Shares declined sharply."),
        ("Penjualan merosot tajam.", "Sales fell sharply."),
        ("Ekspor terus merosot.", "Exports keep declining."),
        ("Impor juga merosot.", "Imports are declining too."),
        ("Produksi merosot lagi.", "Production declined again."),
        ("Laba merosot.", "Profit saw a decline."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("merosot")])
    found = align_term(corpus, lines, ["merosot"])
    assert found[0].english == "declined"
    assert {"declining", "decline"} <= set(found[0].related)
    assert found[0].evidence.startswith("6 of 7 aligned lines")


def test_a_word_written_doubled_more_than_plain_is_another_word(tmp_path):
    """``laba-laba`` is "spider", written doubled more often than ``laba`` plain: its lines
    say nothing about ``laba``, "profit". A plural written doubled less often than plain
    still counts (``sanksi-sanksi``), as does a form the entry lists doubled."""
    corpus = corpus_of(
        tmp_path,
        [
            ("Laba-laba itu besar.", "The spider is big."),
            ("Laba-laba itu kecil.", "The spider is small."),
            ("Laba perusahaan naik.", "The company's profit rose."),
            ("Sanksi-sanksi itu berat.", "The sanctions are heavy."),
            ("Sanksi itu dicabut.", "The sanction was lifted."),
        ],
    )
    laba, sanksi = corpus.occurrences([Entry("laba"), Entry("sanksi")])
    assert laba == [2]
    assert sanksi == [3, 4]
    assert corpus.occurrences([Entry("laba", variants=["laba-laba"])]) == [[0, 1, 2]]


def test_a_lone_letter_is_no_entry_to_fill():
    """``I.`` (``Rashid I. Mangunkusumo``, ``kuartal I``) gets no English: every "I" of the
    English would seem to render it."""
    glossary = Glossary([Entry("I."), Entry("M"), Entry("BI"), Entry("laba")])
    assert [e.term for e in suggest.entries_to_fill(glossary)] == ["BI", "laba"]


# Two lines of paru-paru tell of an old monarch: what they share is the story's, not the term's.
LUNGS = [
    ("Raja berusia 77 tahun itu sakit paru-paru.", "The 77 year old monarch had a lung disease."),
    ("Paru-paru raja itu lemah.", "The 77 year old monarch was weak."),
    ("Dokter memeriksa paru-paru pasien.", "The doctor examined the patient's lungs."),
    ("Raja itu tiba.", "The monarch arrived."),
    ("Pasien itu tidur.", "The patient slept."),
]


def test_co_occurrence_in_a_few_lines_proposes_nothing(tmp_path):
    """In 3 lines ``paru-paru`` goes with "77 year" twice: chance, not a rendering. In a
    fourth line co-occurrence counts, and "lungs" leads."""
    corpus = corpus_of(tmp_path, LUNGS)
    (lines,) = corpus.occurrences([Entry("paru-paru")])
    assert len(lines) == 3
    assert align_term(corpus, lines, ["paru-paru"]) == []
    more = [*LUNGS, ("Paru-paru perokok rusak.", "The 77 year old smoker's lungs were damaged.")]
    corpus = corpus_of(tmp_path, more)
    (lines,) = corpus.occurrences([Entry("paru-paru")])
    assert align_term(corpus, lines, ["paru-paru"])[0].english == "lungs"


def test_a_name_in_a_few_lines_is_still_proposed_as_written(tmp_path):
    """Two lines are enough for the term as the English writes it (``Gajah Mada``)."""
    pairs = [
        ("Universitas Gajah Mada dibuka.", "Gajah Mada University opened."),
        ("Rektor Gajah Mada berbicara.", "The Gajah Mada rector spoke."),
        ("Kampus itu ramai.", "The campus is busy."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("Gajah Mada")])
    assert [s.english for s in align_term(corpus, lines, ["Gajah Mada"])][:1] == ["Gajah Mada"]


def test_a_common_noun_s_english_is_cased_as_its_lower_case_lines_write_it(tmp_path):
    """``kelurahan`` is "urban village": the names (Kelurahan Cawang, "Cawang Urban
    Village") write it with capitals, the lines that write the noun in lower case do not."""
    pairs = [
        ("Banjir merendam Kelurahan Cawang.", "Floods hit Cawang Urban Village."),
        ("Warga Kelurahan Cawang mengungsi.", "Residents of Cawang Urban Village fled."),
        ("Kantor Kelurahan Bidara tutup.", "The Bidara Urban Village office closed."),
        ("Lurah memimpin kelurahan itu.", "The chief leads the urban village."),
        ("Setiap kelurahan punya posko.", "Every urban village has a post."),
    ]
    entry = parallel_entry(tmp_path, pairs, "kelurahan")
    assert entry.english == "urban village"
    (tmp_path / "names").mkdir()
    assert parallel_entry(tmp_path / "names", pairs, "Kelurahan").english == "Urban Village"


def test_a_names_short_form_alone_says_nothing_of_the_name(tmp_path):
    """The lines of ``Bumi`` alone are about the Earth: no rendering of Bumi Resources,
    whose short form the miner keeps; the lines that write the name whole count."""
    pairs = [
        ("Bumi mengelilingi matahari.", "The Earth orbits the sun."),
        ("Bumi makin panas.", "The Earth is getting warmer."),
        ("Bumi berputar.", "The Earth turns."),
        ("Bumi tua sekali.", "The Earth is very old."),
        ("Saham Bumi Resources naik.", "Bumi Resources shares rose."),
        ("Bumi Resources membeli tambang.", "Bumi Resources bought a mine."),
    ]
    corpus_of(tmp_path, pairs)
    entry = Entry("Bumi Resources", variants=["Bumi"])
    settings = Settings(cache_dir=tmp_path, parallel=[(tmp_path / "a.id", tmp_path / "a.en")])
    (found,) = suggest.parallel([entry], settings)
    assert "earth" not in {s.english.lower() for s in found}
    assert found and found[0].english == "Bumi Resources"


def test_english_written_only_where_the_term_is_part_of_a_longer_phrase_is_the_phrases(
    tmp_path,
):
    """``zona`` mostly in ``zona euro``: "eurozone" renders the phrase, and the lines of
    zona alone do not write it; ``pemungutan suara`` only in ``tempat pemungutan suara``
    gets no "polling stations"."""
    pairs = [
        ("Inflasi zona euro naik.", "Eurozone inflation rose."),
        ("Ekonomi zona euro melambat.", "The eurozone economy slowed."),
        ("Bank sentral zona euro menahan bunga.", "The eurozone central bank held rates."),
        ("Ekspor ke zona euro turun.", "Exports to the eurozone fell."),
        ("Warga antre di tempat pemungutan suara.", "Residents queued at polling stations."),
        ("Tempat pemungutan suara dibuka pagi.", "Polling stations opened in the morning."),
        ("Petugas tempat pemungutan suara siap.", "Polling stations staff are ready."),
    ]
    corpus_of(tmp_path, pairs)
    settings = Settings(cache_dir=tmp_path, parallel=[(tmp_path / "a.id", tmp_path / "a.en")])
    zona, voting = suggest.parallel([Entry("zona"), Entry("pemungutan suara")], settings)
    assert "eurozone" not in {s.english.lower() for s in zona}
    assert "polling stations" not in {s.english.lower() for s in voting}


def test_an_aligner_trained_on_no_lines_knows_no_word():
    """An empty parallel text (``--parallel`` of two empty files) trains an aligner that
    translates nothing, where EM over no pairs once failed to cast its integer counts."""
    aligner = WordAligner([], frozenset())
    assert aligner.translations("rumah") == []
    assert aligner.translations("") == []


PLANT_PAIRS = [
    ("Pembangkit listrik itu baru.", "The power plant is new."),
    ("Warga menolak pembangkit listrik.", "Residents reject the power plant."),
    ("Pembangkit tenaga nuklir ditutup.", "The nuclear power plant was closed."),
    ("Pembangkit listrik rusak.", "The power plant broke down."),
    ("Pembangkit listrik mati.", "The power went out."),
    ("Pembangkit energi padam.", "Power was lost."),
]


def test_a_one_word_term_is_the_phrase_not_the_word_its_neighbour_means(tmp_path):
    """``pembangkit``: "power" is in every line of "power plant" and more, so more lines
    use it, but it is what ``listrik`` and ``tenaga`` mean; co-occurrence put "power plant"
    first, and it is the rendering. A phrase co-occurrence put after the word does not win."""
    corpus = corpus_of(tmp_path, PLANT_PAIRS)
    (lines,) = corpus.occurrences([Entry("pembangkit")])
    whole = Suggestion("power plant", "parallel", 0.42)
    part = Suggestion("power", "parallel", 0.33)
    found = rescore(corpus, lines, [whole, part], 1, "pembangkit")
    acronym = rescore(corpus, lines, [whole, part], 1, "PLTU")  # stands for a phrase itself
    assert [s.english for s in acronym][:1] == ["power"]
    assert [s.english for s in found][:1] == ["power plant"]
    later = rescore(corpus, lines, [replace(whole, confidence=0.3), part], 1, "pembangkit")
    assert [s.english for s in later][:1] == ["power"]
