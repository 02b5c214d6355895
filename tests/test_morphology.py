"""The shared Indonesian word rules: clitics, reduplication, verbs and acronyms."""

from glossary import morphology


def test_clitics_and_reduplication_are_stripped():
    assert morphology.normalise_word("sanksi-sanksi") == "sanksi"
    assert morphology.normalise_word("rudal-rudalnya") == "rudal"
    assert morphology.normalise_word("nuklirnya") == "nuklir"
    assert morphology.normalise_word("kerja-sama") == "kerja-sama"


def test_root_words_that_end_like_a_clitic_are_not_inflected():
    lookalikes = morphology.clitic_lookalikes()
    assert {"masalah", "sekolah", "langkah"} <= lookalikes
    assert not morphology.inflects("masalah", "masa")
    assert morphology.inflects("tetangganya", "tetangga")
    assert morphology.inflects("proyek-proyek", "proyek")
    assert morphology.inflects("rumahnyalah", "rumah")
    assert not morphology.inflects("proyektor", "proyek")
    assert not morphology.inflects("ha-ha", "ha")  # shorter than a stem


def test_verbs_and_nouns_by_their_shape():
    for verb in ("mengatakan", "dipimpin", "ditandatangani", "mengantisipasi"):
        assert morphology.is_verb(verb), verb
    for noun in ("menteri", "delegasi", "mediasi", "Menlu".lower()):
        assert not morphology.is_verb(noun), noun
    assert morphology.is_stative("terbatas") and not morphology.is_stative("teroris")
    assert morphology.is_derived_noun("pertahanan")


def test_acronyms_are_not_roman_numerals():
    assert morphology.is_acronym("KTT") and morphology.is_acronym("COVID-19")
    assert not morphology.is_acronym("II") and not morphology.is_acronym("Kim")


def test_the_word_lists_of_the_matcher_are_here():
    assert set(morphology.CLITICS) < set(morphology.CLITIC_ENDINGS)
    assert morphology.NAME_CLITICS == ("nya",)
    assert set(morphology.HYPHENS) == {"-", "\u2010", "\u2011"}
    assert morphology.stemmer().stem("dipertanyakan") == "tanya"
