"""The dictionary's word-by-word compositions, on a small reversed dictionary."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from glossary.store import Entry
from glossary.suggest.agents import _doer as doer
from glossary.suggest.core import Suggestion, irregular_plurals
from glossary.suggest.freedict import _dictionary_one
from glossary.suggest.numbered import collapsed
from glossary.suggest.run import _with_other_spellings

# Indonesian -> [English headword, part of speech, sense number, place, list size, marked]
REVERSE = {
    "divisi": [["division", "n", 0, 0, 1, 0]],
    "klasemen": [["league table", "n", 0, 0, 1, 0]],
    "liga": [["league", "n", 0, 0, 1, 0]],
    "dua": [["two", "num", 0, 0, 1, 0]],
    "bermain": [["play", "v", 0, 0, 1, 0]],
    "pimpin": [["head", "v", 0, 0, 1, 0]],
    "asal": [["origin", "n", 0, 0, 1, 0]],
    "pulau": [["island", "n", 0, 0, 1, 0]],
}


def aligned(tmp_path, pairs):
    """A ParallelCorpus of one line-aligned pair of files holding ``pairs``."""
    from glossary.suggest.aligned_text import ParallelCorpus

    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "a.id").write_text("".join(f"{s}\n" for s, _ in pairs), encoding="utf-8")
    (tmp_path / "a.en").write_text("".join(f"{t}\n" for _, t in pairs), encoding="utf-8")
    return ParallelCorpus([(str(tmp_path / "a.id"), str(tmp_path / "a.en"))])


def test_a_noun_numbered_by_a_cardinal_takes_the_ordinal():
    """``divisi dua`` is the second division (or division two), never "two division"."""
    (found,) = _dictionary_one(Entry("divisi dua"), REVERSE)
    assert found.english == "second division"
    assert found.related == ("division two",)


def test_a_composition_says_no_word_twice_in_a_row():
    """``klasemen liga``: "league table" and "league" make the league table."""
    (found,) = _dictionary_one(Entry("klasemen liga"), REVERSE)
    assert found.english == "league table"


@given(st.lists(st.sampled_from(["league", "League", "table", "two", "division"]), max_size=6))
def test_collapsing_leaves_no_word_twice_in_a_row_and_keeps_the_order(words):
    kept = collapsed(" ".join(words)).split()
    assert all(a.lower() != b.lower() for a, b in zip(kept, kept[1:], strict=False))
    assert [w.lower() for w in kept] == [
        w.lower() for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()
    ]


def test_a_doer_noun_takes_its_verbs_english_with_er():
    """``pemain`` (bermain, play) is a player; ``pemimpin`` is no "header": FreeDict's
    bare root ``pimpin`` is not the verb."""
    (player,) = _dictionary_one(Entry("pemain"), REVERSE)
    assert player.english == "player"
    assert _dictionary_one(Entry("pemimpin"), REVERSE) == []


def test_a_guessed_doer_is_composed_only_as_the_english_writes_it():
    """``pemain asal [Brasil]`` is a player from Brazil, not an "origin player"."""
    assert _dictionary_one(Entry("pemain asal"), REVERSE) == []


def test_a_name_with_a_number_word_is_not_numbered():
    """``Nusa Dua`` is a place, not "second island"."""
    found = _dictionary_one(Entry("Pulau Dua", kind="place"), REVERSE)
    assert all("second" not in s.english for s in found)


@given(st.sampled_from(["play", "run", "swim", "dance", "sell", "win"]))
def test_a_doer_ends_in_er(verb):
    assert doer(verb).endswith("er") and doer(verb).startswith(verb[:-1])


def test_a_noun_before_another_takes_its_adjective_where_english_has_one():
    """FreeDict's "economics" (ekonomi) before "growth" is "economic growth"; "statistics"
    keeps its form (English seldom writes "statistic office")."""
    assert collapsed("economics growth") == "economic growth"
    assert collapsed("statistics office") == "statistics office"
    assert collapsed("growth economics") == "growth economics"


def test_a_phrase_listed_whole_is_composed_too_where_the_parallel_english_writes_it(tmp_path):
    """FreeDict lists ``menteri keuangan`` as "treasurer"; the translators write "finance
    minister". Both are proposed, and the aligned lines of the term choose; the composition
    that lines write comes first, "treasurer" being written in none."""
    from glossary.suggest.rescore import rescore

    pairs = [
        ("Menteri keuangan itu bicara.", "The finance minister spoke."),
        ("Menteri keuangan baru dilantik.", "A new finance minister was sworn in."),
        ("Kata menteri keuangan kemarin.", "The finance minister said yesterday."),
    ]
    corpus = aligned(tmp_path, pairs)
    reverse = {
        "menteri keuangan": [["treasurer", "n", 0, 0, 1, 0]],
        "menteri": [["minister", "n", 0, 0, 1, 0]],
        "keuangan": [["finance", "n", 0, 0, 1, 0]],
    }
    entry = Entry("menteri keuangan")
    found = _dictionary_one(entry, reverse, corpus)
    assert [s.english for s in found] == ["finance minister", "treasurer"]
    (lines,) = corpus.occurrences([entry])
    assert rescore(corpus, lines, found, 2, entry.term)[0].english == "finance minister"


def test_a_phrase_listed_whole_is_not_composed_without_parallel_text():
    reverse = {
        "rumah sakit": [["hospital", "n", 0, 0, 1, 0]],
        "rumah": [["house", "n", 0, 0, 1, 0]],
        "sakit": [["sick", "a", 0, 0, 1, 0]],
    }
    assert [s.english for s in _dictionary_one(Entry("rumah sakit"), reverse)] == ["hospital"]


def test_a_composition_no_line_writes_needs_each_words_sense_in_most_of_its_lines(tmp_path):
    """``bunga`` is "flower" in one of its four aligned lines: ``pendapatan bunga``, which no
    line has, is not composed as "flower income"; ``pendapatan pajak`` is, each word being
    what its lines say ("tax income")."""

    pairs = [
        ("Bunga itu mekar.", "The flower bloomed."),
        ("Bunga naik lagi.", "Rates rose again."),
        ("Bunga turun.", "Rates fell."),
        ("Bunga tetap.", "Rates held."),
        ("Pendapatan naik.", "Income rose."),
        ("Pendapatan turun.", "Income fell."),
        ("Pendapatan tetap.", "Income held."),
        ("Pajak naik.", "Tax rose."),
        ("Pajak turun.", "Tax fell."),
        ("Pajak tetap.", "Tax held."),
    ]
    corpus = aligned(tmp_path, pairs)
    reverse = {
        "bunga": [["flower", "n", 0, 0, 1, 0]],
        "pendapatan": [["income", "n", 0, 0, 1, 0]],
        "pajak": [["tax", "n", 0, 0, 1, 0]],
    }
    assert _dictionary_one(Entry("pendapatan bunga"), reverse, corpus) == []
    (taxed,) = _dictionary_one(Entry("pendapatan pajak"), reverse, corpus)
    assert taxed.english == "tax income"


def test_a_modifier_takes_its_senses_adjective_where_its_lines_write_that(tmp_path):
    """``keuangan`` is "finance" in FreeDict; its aligned lines write "financial", so
    ``krisis keuangan`` is the "financial crisis"; the head keeps its noun."""

    pairs = [
        ("Laporan keuangan terbit.", "The financial report is out."),
        ("Kondisi keuangan sehat.", "The financial condition is healthy."),
        ("Keuangan desa diaudit.", "Village financial records were audited."),
        ("Krisis itu parah.", "The crisis was severe."),
        ("Krisis berakhir.", "The crisis ended."),
        ("Krisis datang lagi.", "The crisis came again."),
    ]
    corpus = aligned(tmp_path, pairs)
    reverse = {"krisis": [["crisis", "n", 0, 0, 1, 0]], "keuangan": [["finance", "n", 0, 0, 1, 0]]}
    (found,) = _dictionary_one(Entry("krisis keuangan"), reverse, corpus)
    assert found.english == "financial crisis"


def test_the_adjectives_of_a_noun_are_common_english_words_of_its_stem():
    from glossary.suggest.numbered import adjectives_of

    assert adjectives_of("finance") == ("financial",)
    assert adjectives_of("nation") == ("national",)
    assert "economic" in adjectives_of("economy")
    assert adjectives_of("state") == ()  # not "static"
    assert adjectives_of("Jakarta") == ()


def test_an_adjective_heads_no_composition():
    """``harga rata`` is an even price; in ``rata harga`` the head would be "even", an
    adjective: no "price even"."""
    reverse = {"harga": [["price", "n", 0, 0, 1, 0]], "rata": [["even", "adj", 0, 0, 1, 0]]}
    assert [s.english for s in _dictionary_one(Entry("harga rata"), reverse)] == ["even price"]
    assert _dictionary_one(Entry("rata harga"), reverse) == []


def test_a_bare_verb_before_its_head_takes_the_ing_form(tmp_path):
    """``harga jual``: ``jual`` is "sell", a verb only, so the price is a "selling price";
    a derived word whose sense is a verb keeps it (``kantor layanan``: "service office"),
    and so does a word that is also a noun (``bunga``). With parallel text too, where no
    line writes the whole."""
    reverse = {
        "harga": [["price", "n", 0, 0, 1, 0]],
        "jual": [["sell", "v", 0, 0, 1, 0]],
        "kantor": [["office", "n", 0, 0, 1, 0]],
        "layanan": [["service", "v", 0, 0, 1, 0]],
        "modal": [["capital", "n", 0, 0, 1, 0]],
        "kerja": [["work", "v", 0, 0, 1, 0], ["work", "n", 1, 0, 1, 0]],
    }
    (selling,) = _dictionary_one(Entry("harga jual"), reverse)
    assert selling.english == "selling price"
    (office,) = _dictionary_one(Entry("kantor layanan"), reverse)
    assert office.english == "service office"
    (capital,) = _dictionary_one(Entry("modal kerja"), reverse)
    assert capital.english == "work capital"
    pairs = [(f"{w.capitalize()} naik.", f"The {e} rose.") for w, e in [("harga", "price")] * 3]
    pairs += [
        ("Mereka jual rumah.", "They sell houses."),
        ("Jual itu.", "Sell it."),
        ("Kami jual.", "We sell."),
    ]
    (found,) = _dictionary_one(Entry("harga jual"), reverse, aligned(tmp_path, pairs))
    assert found.english == "selling price"


def test_a_country_before_its_head_takes_its_adjective():
    """``kedutaan Prancis`` is the "French embassy", not "France embassy"; a place without
    an adjective in the names table keeps its name (``kedutaan Jakarta``)."""
    from glossary.suggest.numbered import collapsed

    reverse = {
        "kedutaan": [["embassy", "n", 0, 0, 1, 0]],
        "prancis": [["France", "pn", 0, 0, 1, 0]],
        "jakarta": [["Jakarta", "pn", 0, 0, 1, 0]],
    }
    (french,) = _dictionary_one(Entry("kedutaan prancis"), reverse)
    assert french.english == "French embassy"
    (city,) = _dictionary_one(Entry("kedutaan jakarta"), reverse)
    assert city.english == "Jakarta embassy"
    assert collapsed("US government") == "US government"
    assert collapsed("embassy France") == "embassy France"  # the head keeps its noun


def test_no_cardinal_above_one_stands_before_a_singular_noun():
    """``waktu lima`` (five [years'] time) is no "five time"; "five times", "third time"
    and "one time" are English."""
    from glossary.suggest.numbered import miscounted

    assert miscounted("five time") and miscounted("three day")
    assert not any(map(miscounted, ["five times", "third time", "one time", "time five"]))


def test_a_plural_without_s_is_a_related_form():
    """``bakteri``: "bacterium", whose translators write "bacteria"; not "alba" for album
    (English hardly writes it), nor "saves" for safe."""
    plurals = irregular_plurals
    assert plurals("bacterium") == ["bacteria"] and plurals("larva") == ["larvae"]
    assert plurals("blood cell nucleus") == ["blood cell nuclei"]
    assert plurals("album") == [] and plurals("safe") == [] and plurals("Bacterium") == []
    found = _with_other_spellings(Suggestion("bacterium", "dictionary", 0.5))
    assert found.related == ("bacteria",)


@given(st.sampled_from(__import__("wordfreq").top_n_list("en", 3000)))
def test_an_irregular_plural_changes_the_last_word_only(word):
    for plural in irregular_plurals(f"cell {word}"):
        assert plural.startswith("cell ") and plural != f"cell {word}"


def _filled(report, term, count, *suggestions):
    """``term`` filled in ``report`` with the first of ``suggestions``."""
    from glossary.suggest.run import fill_entry

    entry = Entry(term, count=count)
    report.filled.append((entry, fill_entry(entry, list(suggestions))))
    return entry


def test_a_word_takes_the_sense_the_texts_own_phrases_write(monkeypatch):
    """In economic news ``suku bunga`` is "interest rate" (FreeDict, whole), so ``bunga`` is
    "interest", not FreeDict's first sense "flower"; a word-by-word composition ("credit
    flower") is no evidence, nor phrases much rarer than the word."""
    from glossary.suggest import run
    from glossary.suggest.core import Settings

    reverse = {"bunga": [["flower", "n", 0, 0, 3, 0], ["interest", "n", 0, 0, 2, 0]]}
    monkeypatch.setattr(run, "_dictionary_index", lambda settings: reverse)
    flower = Suggestion("flower", "dictionary", 0.75, "FreeDict: flower -> bunga")
    for phrase_count, sense in ((30, "interest"), (5, "flower")):
        report = run.SuggestReport()
        bunga = _filled(report, "bunga", 60, flower)
        whole = Suggestion("interest rate", "dictionary", 0.55, "FreeDict: interest rate -> x")
        _filled(report, "suku bunga", phrase_count, whole)
        composed = Suggestion("credit flower", "dictionary", 0.14, "FreeDict word by word: x")
        _filled(report, "bunga kredit", 60, composed)
        run._senses_of_the_text(report, Settings())
        assert bunga.english == sense
        assert report.filled[0][1].english == sense


def test_a_words_sense_that_the_texts_own_phrases_never_write_is_not_filled(monkeypatch):
    """``jangka`` is FreeDict's "pair of compasses"; the text writes ``jangka panjang``
    ("long-term", FreeDict whole) half as often as the word, and never the sense: it is
    shown in review, not filled in. Phrases much rarer than the word, or written word by
    word, say nothing; a phrase that writes every word of the sense keeps it (``kurs``:
    "exchange rate", ``kurs rupiah`` "rupiah exchange rate")."""
    from glossary.suggest import run
    from glossary.suggest.core import Settings

    reverse = {"jangka": [["pair of compasses", "n", 0, 0, 1, 0]]}
    monkeypatch.setattr(run, "_dictionary_index", lambda settings: reverse)
    compasses = Suggestion("pair of compasses", "dictionary", 0.55, "FreeDict: x -> jangka")
    whole = Suggestion("long-term", "dictionary", 0.8, "FreeDict: long-term -> jangka panjang")
    composed = Suggestion("compasses length", "dictionary", 0.14, "FreeDict word by word: x")
    for phrase_count, word_by_word, filled in (
        (40, False, False),
        (5, False, True),
        (40, True, True),
    ):
        report = run.SuggestReport()
        jangka = _filled(report, "jangka", 80, compasses)
        _filled(report, "jangka panjang", phrase_count, composed if word_by_word else whole)
        run._senses_of_the_text(report, Settings())
        assert (jangka.english == "pair of compasses") is filled
        assert (jangka in report.unfilled) is not filled
        assert jangka.suggestions[0].startswith("pair of compasses")
    report = run.SuggestReport()
    rate = Suggestion("exchange rate", "dictionary", 0.55, "FreeDict: exchange rate -> kurs")
    kurs = _filled(report, "kurs", 80, rate)
    phrase = Suggestion("rupiah exchange rate", "parallel", 0.6, "40 of 60 aligned lines")
    _filled(report, "kurs rupiah", 60, phrase)
    run._senses_of_the_text(report, Settings())
    assert kurs.english == "exchange rate"


def test_a_capitalised_common_word_takes_its_lower_case_english():
    """``Pertandingan`` at a sentence's start is the text's ``pertandingan``: "game", not the
    dictionary's "competition"; ``Kredit`` left unfilled gets "credit"; a person named like
    a word (``Gajah``) keeps its own, and so does a name the text writes more than the word."""
    from glossary.suggest import run

    report = run.SuggestReport()
    game = Suggestion("game", "parallel", 0.5, "40 of 80 aligned lines")
    _filled(report, "pertandingan", 100, game)
    capital = _filled(report, "Pertandingan", 3, Suggestion("competition", "dictionary", 0.39))
    capital.kind = "name"
    _filled(report, "kredit", 50, Suggestion("credit", "dictionary", 0.55))
    kredit = Entry("Kredit", kind="name", count=4)
    report.unfilled.append(kredit)
    _filled(report, "gajah", 20, Suggestion("elephant", "dictionary", 0.6))
    person = _filled(report, "Gajah", 2, Suggestion("Gajah", "names", 0.8))
    person.kind = "person"
    _filled(report, "bumi", 2, Suggestion("earth", "dictionary", 0.6))
    company = _filled(report, "Bumi", 30, Suggestion("Bumi", "names", 0.8))
    company.kind = "name"
    run._as_in_lower_case(report)
    assert (capital.english, kredit.english) == ("game", "credit")
    assert (person.english, company.english) == ("Gajah", "Bumi")
    assert report.unfilled == []
    assert {e.term: best.english for e, best in report.filled}["Pertandingan"] == "game"


def test_a_named_events_english_is_capitalised_as_a_name():
    """``Perang Dunia Kedua``, a named event, is "Second World War" where the dictionary
    composes "second world war" (small words stay lower case: "Battle of Britain"); a term
    keeps its case (``pemilihan umum``: "general election"), and so does English that
    already has capitals."""
    from glossary.suggest import run

    cases = [
        (Entry("Perang Dunia Kedua", kind="event"), "second world war", "Second World War"),
        (Entry("Pertempuran Britania", kind="event"), "battle of britain", "Battle of Britain"),
        (Entry("pemilihan umum"), "general election", "general election"),
        (Entry("Piala Dunia", kind="event"), "World Cup", "World Cup"),
    ]
    report = run.SuggestReport()
    found = [[Suggestion(english, "dictionary", 0.5)] for _, english, _ in cases]
    run._fill([entry for entry, _, _ in cases], found, report)
    assert [entry.english for entry, _, _ in cases] == [cased for _, _, cased in cases]


TITLES = {
    "direktur": [["director", "n", 0, 0, 1, 0]],
    "jenderal": [["general", "n", 0, 0, 1, 0]],
    "polisi": [["police", "n", 0, 0, 1, 0]],
}


def test_general_follows_the_office_it_qualifies_as_in_indonesian():
    """``direktur jenderal`` is the "director general", never "general director"; a general
    of the police is still a "police general"."""
    (director,) = _dictionary_one(Entry("direktur jenderal"), TITLES)
    assert director.english == "director general"
    (general,) = _dictionary_one(Entry("jenderal polisi"), TITLES)
    assert general.english == "police general"


def test_a_title_with_general_is_attested_only_in_its_english_order(tmp_path):
    """One line that happens to write "general director" does not make it the title."""
    pairs = [
        ("Direktur jenderal pajak bicara.", "The general director of the firm spoke."),
        ("Ia direktur di sana.", "He is a director there."),
        ("Jenderal itu datang.", "The general came."),
    ]
    found = _dictionary_one(Entry("direktur jenderal"), TITLES, aligned(tmp_path, pairs))
    assert "general director" not in [s.english for s in found]
    pairs.append(("Direktur jenderal pajak datang.", "The director general of taxes came."))
    (found,) = _dictionary_one(Entry("direktur jenderal"), TITLES, aligned(tmp_path, pairs))
    assert found.english == "director general"


TOLL = {
    "jalan tol": [["turnpike", "n", 0, 0, 1, 0]],
    "jalan": [["road", "n", 0, 0, 1, 0]],
    "tol": [["toll", "n", 0, 0, 1, 0]],
}


def test_a_dictionary_phrase_no_line_writes_gives_way_to_a_composition_two_lines_write(
    tmp_path,
):
    """``jalan tol``: FreeDict's "turnpike", which no English line writes, comes after
    "toll road", which two lines write; one line is no match for the dictionary's phrase,
    nor is the composition when a line writes "turnpike" too."""
    toll = [("Tarif jalan naik.", "The toll road fare rose."), ("Tol itu.", "A toll road.")]
    found = _dictionary_one(Entry("jalan tol"), TOLL, aligned(tmp_path / "a", toll))
    assert [s.english for s in found] == ["toll road", "turnpike"]
    assert found[0].confidence > found[1].confidence
    once = _dictionary_one(Entry("jalan tol"), TOLL, aligned(tmp_path / "b", toll[:1]))
    assert [s.english for s in once] == ["turnpike", "toll road"]
    written = [*toll, ("Jalan itu.", "The turnpike.")]
    found = _dictionary_one(Entry("jalan tol"), TOLL, aligned(tmp_path / "c", written))
    assert [s.english for s in found] == ["turnpike", "toll road"]


def test_a_composition_is_attested_only_by_lines_that_have_a_word_of_the_term(tmp_path):
    """A line on "middle economic people" says nothing of ``ekonomi rakyat`` when its
    Indonesian has neither word."""
    reverse = {
        "ekonomi": [["economics", "n", 0, 0, 1, 0]],
        "rakyat": [["people", "n", 0, 0, 1, 0]],
    }
    elsewhere = [("Pemilih kelas menengah.", "The middle economic people vote.")]
    found = _dictionary_one(Entry("ekonomi rakyat"), reverse, aligned(tmp_path / "a", elsewhere))
    assert "economic people" not in [s.english for s in found]
    about = [("Ekonomi kelas menengah.", "The middle economic people vote.")]
    found = _dictionary_one(Entry("ekonomi rakyat"), reverse, aligned(tmp_path / "b", about))
    assert [s.english for s in found] == ["economic people"]


def test_a_nouns_adjective_its_lines_write_is_kept_with_it(tmp_path):
    """``pertanian`` is "agriculture", and "agricultural" where it stands before a noun
    (``sektor pertanian``: the agricultural sector): kept where three lines write it."""
    reverse = {"pertanian": [["agriculture", "n", 0, 0, 1, 0]]}
    pairs = [
        ("Sektor pertanian tumbuh.", "The agricultural sector grew."),
        ("Produk pertanian naik.", "Agricultural products rose."),
        ("Lahan pertanian hilang.", "Agricultural land is lost."),
        ("Pertanian penting.", "Agriculture matters."),
    ]
    (found,) = _dictionary_one(Entry("pertanian"), reverse, aligned(tmp_path / "a", pairs))
    assert (found.english, found.related) == ("agriculture", ("agricultural",))
    few = [pairs[0], pairs[3]]
    (found,) = _dictionary_one(Entry("pertanian"), reverse, aligned(tmp_path / "b", few))
    assert found.related == ()
    (found,) = _dictionary_one(Entry("pertanian"), reverse)
    assert found.related == ()
