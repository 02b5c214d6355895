"""Suggestions that need the text's own evidence: English use, English order, expansions,
whole renderings, dictionary senses the translations never use."""

from __future__ import annotations

from test_suggest_align import corpus_of

from glossary.store import Entry, Glossary
from glossary.suggest import Settings, Suggestion, accept_suggestion, names, suggest
from glossary.suggest.core import currency_symbol
from glossary.suggest.expansions import expanded, from_expansion
from glossary.suggest.rescore import rescore


def settings_of(tmp_path, pairs):
    corpus_of(tmp_path, pairs)
    return Settings(parallel=[(str(tmp_path / "a.id"), str(tmp_path / "a.en"))])


def test_a_lone_english_word_needs_evidence_that_the_text_uses_it_as_english(tmp_path):
    """``rob`` (tidal flood) is an English word, but nothing in a flood story says it is
    used as one; ``doping`` is, where the aligned English writes it too."""
    (rob,) = names([Entry("rob")], Settings())
    assert rob == []
    pairs = [("Kasus doping itu diselidiki.", "The doping case was investigated.")] * 2
    (doping,) = names([Entry("doping")], settings_of(tmp_path, pairs))
    assert doping and doping[0].english == "doping"


def test_related_forms_of_a_name_are_whole_names():
    """``Kim`` alone is how English refers to Kim Jong-un again; ``Jong-un`` never."""
    (found,) = names([Entry("Kim Jong-un", kind="person")], Settings())
    assert found[0].related == ("Kim",)


def test_a_name_in_indonesian_order_takes_the_english_order(tmp_path):
    """``Muslim Shia``: English writes "Shia Muslim"."""
    pairs = [
        ("Tokoh Muslim Syiah itu berbicara.", "The Shia Muslim leader spoke."),
        ("Kelompok Muslim Syiah berkumpul.", "Shia Muslims gathered."),
        ("Para pemimpin Muslim Syiah tiba.", "Shia Muslim leaders arrived."),
    ]
    (found,) = names([Entry("Muslim Shia", kind="name")], settings_of(tmp_path, pairs))
    assert found[0].english == "Shia Muslim"


def test_an_acronym_takes_the_rendering_of_its_stated_expansion(tmp_path):
    """``UMP`` has no aligned line of its own; Upah Minimum Provinsi has, and its English
    becomes the acronym's, the acronym kept as a related form. ``Pemprov`` is a syllabic
    short form of Pemerintah Provinsi."""
    pairs = [
        ("Upah minimum provinsi naik.", "The provincial minimum wage rose."),
        ("Buruh menuntut upah minimum provinsi.", "Workers demand a provincial minimum wage."),
        ("Upah minimum provinsi ditetapkan.", "The provincial minimum wage was set."),
    ]
    glossary = Glossary([Entry("UMP", kind="acronym", expansion="Upah Minimum Provinsi")])
    report = suggest(glossary, ["names", "parallel"], settings_of(tmp_path, pairs))
    (entry, best) = report.filled[0]
    assert best.english.lower() == "provincial minimum wage"
    assert "UMP" in best.related
    pemprov = expanded(Entry("Pemprov DKI", kind="organisation"))
    assert pemprov is not None and pemprov.term.casefold() == "pemerintah provinsi dki"
    assert expanded(Entry("XYZ", kind="acronym")) is None


def test_a_whole_rendering_wins_over_a_fragment_that_one_word_means_alone(tmp_path):
    """``perusahaan minyak``: "oil" is what minyak means in every line, "oil company" is
    the term; "oil" stands in more of the term's lines, but as a fragment."""
    pairs = [("Harga minyak naik.", "Oil prices rose.")] * 6 + [
        ("Perusahaan minyak itu rugi.", "The oil company lost money."),
        ("Perusahaan minyak asing datang.", "Foreign oil companies came."),
        ("Perusahaan minyak dan gas tumbuh.", "Oil and gas firms grew."),
        ("Perusahaan minyak itu untung.", "The oil company made money."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("perusahaan minyak")])
    found = [
        Suggestion("oil", "parallel", 0.7),
        Suggestion("oil company", "dictionary", 0.5, related=("oil companies",)),
    ]
    ranked = rescore(corpus, lines, found, 2, "perusahaan minyak")
    assert ranked[0].english == "oil company"


def test_a_phrases_modifier_without_its_head_is_no_rendering_of_it(tmp_path):
    """``usaha kecil``: "small" is what kecil means in every line, and says nothing of
    usaha; ``gelar juara``: "title" is what gelar, the head, means, and may stand for the
    whole."""
    pairs = [("Rumah itu kecil.", "The house is small.")] * 6
    pairs += [("Gelar itu bergengsi.", "The title is prestigious.")] * 6
    pairs += [
        ("Usaha kecil tumbuh.", "Small businesses grew."),
        ("Usaha kecil itu untung.", "The small firm made money."),
        ("Dia merebut gelar juara.", "He won the title."),
        ("Gelar juara itu miliknya.", "The title is his."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    usaha, gelar = corpus.occurrences([Entry("usaha kecil"), Entry("gelar juara")])
    small = rescore(corpus, usaha, [Suggestion("small", "parallel", 0.6)], 2, "usaha kecil")
    title = rescore(corpus, gelar, [Suggestion("title", "parallel", 0.6)], 2, "gelar juara")
    assert small == []
    assert [s.english for s in title] == ["title"]


def test_a_rendering_takes_the_form_of_the_terms_part_of_speech(tmp_path):
    """``usulan`` is a noun: "proposal", which the lines write too, before the participle
    "proposed"; ``Islam`` is a name: "Islam", with "Islamist" kept as a related form."""
    pairs = [
        ("Usulan itu ditolak.", "The proposed plan was rejected."),
        ("Usulan anggaran dibahas.", "The budget proposal was discussed."),
        ("Usulan itu diterima.", "The proposed change was accepted."),
        ("Kelompok Islam itu berdemo.", "The Islamist group protested."),
        ("Partai Islam menang.", "The Islamist party won."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    usulan, islam = corpus.occurrences([Entry("usulan"), Entry("Islam")])
    found = [Suggestion("proposed", "parallel", 0.5), Suggestion("proposal", "dictionary", 0.3)]
    assert rescore(corpus, usulan, found, 1, "usulan")[0].english == "proposal"
    (name, *_) = rescore(corpus, islam, [Suggestion("Islamist", "parallel", 0.5)], 1, "Islam")
    assert name.english == "Islam" and "Islamist" in name.related


def test_a_capitalised_word_the_text_never_writes_in_lower_case_is_a_name(tmp_path):
    """``Ratna`` (FreeDict: jewel) is written capitalised only: a name, no common sense.
    ``Investasi`` heads a title, and the aligned lines (or the text's own candidates) write
    ``investasi`` too: "investment" stands. A proper sense stays for a name (``Natal``)."""
    from glossary.suggest.proper_names import common_senses_of_a_name, lower_case_words

    corpus = corpus_of(tmp_path, [("Nilai investasi asing naik.", "Foreign investment rose.")])
    jewel = [Suggestion("jewel", "dictionary", 0.3)]
    investment = [Suggestion("investment", "dictionary", 0.5)]
    ratna = Entry("Ratna", kind="name", example="Kata Ratna kepada wartawan.")
    heading = Entry("Investasi", kind="name", example="Laporan Investasi Tahunan terbit.")
    candidates = [ratna, heading]
    lowered = lower_case_words(candidates)
    assert common_senses_of_a_name(ratna, jewel, lowered, corpus) == []
    assert common_senses_of_a_name(heading, investment, lowered, corpus) == investment
    assert common_senses_of_a_name(heading, investment, lowered, None) == []
    own = lower_case_words([*candidates, Entry("investasi asing")])
    assert common_senses_of_a_name(heading, investment, own, None) == investment
    christmas = [Suggestion("Christmas", "dictionary", 0.5)]
    assert common_senses_of_a_name(Entry("Natal"), christmas, lowered, None) == christmas


def test_a_dictionary_sense_no_aligned_line_uses_is_halved(tmp_path):
    """``obligasi`` in many lines, none of them "obligation": a false friend."""
    pairs = [("Obligasi itu dijual.", "The bonds were sold.")] * 8
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("obligasi")])
    (found,) = rescore(corpus, lines, [Suggestion("obligation", "dictionary", 0.4)])
    assert found.confidence < 0.1


def test_a_dictionary_sense_few_of_the_terms_lines_write_is_not_filled(tmp_path):
    """``penerimaan`` (FreeDict: recruitment) in four lines that say "revenue": refuted,
    however few the lines; one line in four writing it is no refutation."""
    pairs = [("Penerimaan negara naik.", "State revenue rose.")] * 4
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("penerimaan")])
    (found,) = rescore(corpus, lines, [Suggestion("recruitment", "dictionary", 0.55)])
    assert found.confidence < 0.1
    pairs[0] = ("Penerimaan pegawai dibuka.", "Staff recruitment opened.")
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("penerimaan")])
    (found,) = rescore(corpus, lines, [Suggestion("recruitment", "dictionary", 0.55)])
    assert found.confidence >= 0.1


def test_a_word_capitalised_alone_in_mid_sentence_is_a_name_whatever_far_lines_say(tmp_path):
    """``para ahli Maya``: the Maya, though aligned lines write ``dunia maya`` ("virtual
    world"); ``Investasi`` in a heading's run of capitals is no such name."""
    from glossary.suggest.proper_names import common_senses_of_a_name

    corpus = corpus_of(tmp_path, [("Dunia maya ramai.", "The virtual world is busy.")])
    virtual = [Suggestion("virtual", "dictionary", 0.5)]
    maya = Entry("Maya", kind="name", example="Namun para ahli Maya mengatakan itu.")
    assert common_senses_of_a_name(maya, virtual, frozenset(), corpus) == []
    corpus = corpus_of(tmp_path, [("Nilai investasi naik.", "Investment rose.")])
    investment = [Suggestion("investment", "dictionary", 0.5)]
    heading = Entry("Investasi", kind="name", example="Laporan Investasi Tahunan terbit.")
    assert common_senses_of_a_name(heading, investment, frozenset(), corpus) == investment


def test_a_name_with_an_indonesian_affixed_word_is_not_kept_as_written():
    """``Australia Terbuka`` is the Australian Open (ter- + buka), ``Perenang`` at a sentence
    start a swimmer; ``Pekalongan`` is a place whatever its letters, and ``Manchester
    United`` has no Indonesian word."""
    swimmer, open_, town, club = names(
        [
            Entry("Perenang", kind="name"),
            Entry("Australia Terbuka", kind="name"),
            Entry("Pekalongan", kind="place"),
            Entry("Manchester United", kind="name"),
        ],
        Settings(),
    )
    assert open_ == [] and swimmer == []
    assert town[0].english == "Pekalongan" and club[0].english == "Manchester United"


def test_a_rendering_counts_where_the_lines_inflect_it(tmp_path):
    """``cedera``: the dictionary ranks "harm" first, but the lines say "injured" and
    "injuries", which are "injury" inflected."""
    pairs = [
        ("Dua orang cedera.", "Two people were injured."),
        ("Pemain itu cedera lagi.", "The player was injured again."),
        ("Cedera itu serius.", "The injuries are serious."),
    ]
    corpus = corpus_of(tmp_path, pairs)
    (lines,) = corpus.occurrences([Entry("cedera")])
    found = [Suggestion("harm", "dictionary", 0.3), Suggestion("injury", "dictionary", 0.15)]
    assert rescore(corpus, lines, found)[0].english == "injury"


def test_a_currency_keeps_its_symbol_as_a_related_form(tmp_path):
    """``dolar`` is "dollars" in words and "$" before an amount: accepting keeps both, so
    that "US$400 million" agrees with the glossary."""
    pairs = [
        ("Harga dolar naik lagi.", "The price of the dollar rose again."),
        ("Investor membeli dolar.", "Investors bought dollars."),
        ("Bank menjual dolar.", "The bank sold dollars."),
        ("Obligasi 400 juta dolar terjual.", "Bonds worth $400 million were sold."),
    ]
    glossary = Glossary([Entry("dolar")])
    report = suggest(glossary, ["parallel"], settings_of(tmp_path, pairs))
    (entry, best) = report.filled[0]
    assert best.english.startswith("dollar")
    accept_suggestion(entry, 0)
    assert "$" in entry.alternatives


def test_a_symbol_is_no_rendering_of_what_is_not_a_currency(tmp_path):
    assert currency_symbol("dollars") == "$"
    assert currency_symbol("Singapore dollar") == "$"
    assert currency_symbol("dollar area trade") is None
    assert currency_symbol("pounding") is None


def test_an_acronym_english_writes_too_stays_beside_its_english_name():
    """``IMF`` stands for Dana Moneter Internasional, the International Monetary Fund, and
    English writes "IMF" too: accepting the name keeps the acronym."""
    entry = Entry("IMF", kind="acronym", expansion="Dana Moneter Internasional")
    (found,) = names([entry], Settings())
    assert found[0].english == "International Monetary Fund"
    assert "IMF" in found[0].related


def test_a_name_after_what_it_is_takes_the_english_order():
    """``Piala UEFA`` is the UEFA Cup, ``Liga Champions`` the Champions League, ``Piala
    Jerman`` the German Cup; ``Piala Raja`` (raja: king) and ``Liga Sepakbola`` (football)
    are left to other evidence."""
    found = names(
        [
            Entry("Piala UEFA", kind="event"),
            Entry("Liga Champions", kind="organisation"),
            Entry("Piala Jerman", kind="event"),
            Entry("Piala Raja", kind="event"),
            Entry("Liga Sepakbola", kind="organisation"),
        ],
        Settings(),
    )
    assert [f[0].english if f else None for f in found] == [
        "UEFA Cup",
        "Champions League",
        "German Cup",
        None,
        None,
    ]
    assert found[2][0].related == ("Germany Cup",)


def test_a_name_with_a_nasalised_indonesian_noun_is_not_kept_as_written():
    """``Pemerintah`` is perintah with pe- (its p made m): ``Pemerintah Jepang`` is the
    Japanese government, not a name to keep."""
    (found,) = names([Entry("Pemerintah Jepang", kind="organisation")], Settings())
    assert all(s.english != "Pemerintah Jepang" for s in found)


def test_an_acronym_takes_the_dictionarys_whole_english_for_its_expansion():
    """``PDB`` (Produk Domestik Bruto), with no aligned line: FreeDict lists the whole
    expansion as "gross domestic product", whose own acronym English writes (GDP); a
    word-by-word composition of an expansion is no evidence."""
    entry = Entry("PDB", kind="acronym", expansion="Produk Domestik Bruto")
    stand_in = expanded(entry)
    whole = Suggestion("gross domestic product", "dictionary", 0.55)
    composed = Suggestion("domestic product gross", "dictionary", 0.2)
    (proposed,) = from_expansion(entry, stand_in, [whole, composed])
    assert proposed.english == "gross domestic product"
    assert {"PDB", "GDP"} <= set(proposed.related)


def test_an_acronym_of_indonesian_common_words_is_not_kept_without_evidence(tmp_path):
    """``APBN`` (Anggaran Pendapatan dan Belanja Negara) is "state budget" in English: kept
    as written it is shown, not written as the English. An institution's (KPK), a place's
    name's (BEJ, Bursa Efek Jakarta), an English expansion's (NPL) and one with no stated
    expansion are kept; an aligned English that writes APBN keeps it too."""
    apbn = Entry("APBN", kind="acronym", expansion="Anggaran Pendapatan dan Belanja Negara")
    kept = [
        Entry("KPK", kind="acronym", expansion="Komisi Pemberantasan Korupsi"),
        Entry("BEJ", kind="acronym", expansion="Bursa Efek Jakarta"),
        Entry("NPL", kind="acronym", expansion="Non Performing Loan"),
        Entry("ZXQ", kind="acronym"),
    ]
    glossary = Glossary([apbn, *kept])
    report = suggest(glossary, ["names"], Settings())
    assert [e.term for e in report.unfilled] == ["APBN"]
    assert report.unfilled[0].suggestions[0].startswith("APBN (names")
    assert {e.term: s.english for e, s in report.filled}["BEJ"] == "BEJ"
    pairs = [("APBN naik tahun ini.", "The APBN rose this year.")] * 3
    used = Glossary([Entry("APBN", kind="acronym", expansion=apbn.expansion)])
    (entry, best) = suggest(used, ["names"], settings_of(tmp_path, pairs)).filled[0]
    assert best.english == "APBN"


def test_an_acronym_of_english_words_keeps_its_expansion_as_a_related_form():
    """``NPL`` (Non Performing Loan): English writes the acronym and its expansion as they
    stand, so accepting NPL keeps "Non Performing Loan" too; an Indonesian expansion is
    no English form (``BEJ``, Bursa Efek Jakarta)."""
    npl, bej = names(
        [
            Entry("NPL", kind="acronym", expansion="Non Performing Loan"),
            Entry("BEJ", kind="acronym", expansion="Bursa Efek Jakarta"),
        ],
        Settings(),
    )
    assert npl[0].english == "NPL" and npl[0].related == ("Non Performing Loan",)
    assert bej[0].english == "BEJ" and bej[0].related == ()


def test_an_acronym_extending_a_translated_one_is_not_kept_either():
    """The text's ``RAPBN`` and ``APBNP`` are APBN with a letter before or after (its draft
    and revision): APBN's expansion is Indonesian common words, so neither is kept as
    written; ``BBNI`` extends ``BNI``, which nothing says English translates, and ``BNIMF``
    ``IMF``, which English knows by name."""
    glossary = Glossary(
        [
            Entry("APBN", kind="acronym", expansion="Anggaran Pendapatan dan Belanja Negara"),
            Entry("RAPBN", kind="acronym"),
            Entry("APBNP", kind="acronym"),
            Entry("BNI", kind="acronym"),
            Entry("BBNI", kind="acronym"),
            Entry("IMF", kind="acronym", expansion="Dana Moneter Internasional"),
            Entry("BNIMF", kind="acronym"),
        ]
    )
    report = suggest(glossary, ["names"], Settings())
    assert sorted(e.term for e in report.unfilled) == ["APBN", "APBNP", "RAPBN"]
    assert sorted(e.term for e, _ in report.filled) == ["BBNI", "BNI", "BNIMF", "IMF"]


def test_a_suggestion_proposed_below_filling_needs_three_lines_to_be_filled(tmp_path):
    """The names backend keeps ``DKI`` (Daerah Khusus Ibukota, Indonesian common words) as
    written below what is filled: English writes "Jakarta". One aligned line of two that
    writes DKI is too few to lift it into the English; three of four are enough."""
    from glossary.suggest.run import MIN_FILL_CONFIDENCE

    kept = "DKI"
    said = ("Anggaran DKI naik.", "The DKI budget rose.")
    other = ("Anggaran DKI turun.", "Jakarta's budget fell.")

    def confidence(pairs) -> float:
        corpus = corpus_of(tmp_path, pairs)
        (lines,) = corpus.occurrences([Entry(kept)])
        proposed = [Suggestion(kept, "names", 0.05, "acronym of Indonesian common words")]
        return rescore(corpus, lines, proposed)[0].confidence

    assert confidence([said, other]) < MIN_FILL_CONFIDENCE
    assert confidence([said, said, said, other]) >= MIN_FILL_CONFIDENCE
