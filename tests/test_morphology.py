"""The shared Indonesian word rules: clitics, reduplication, verbs and acronyms."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary import cache, morphology


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
    for verb in ("mengatakan", "dipimpin", "ditandatangani", "mengantisipasi", "tewaskan"):
        assert morphology.is_verb(verb), verb
    # pasukan, gerakan, perbankan: a root ending in k with -an, no root with -kan.
    nouns = ("menteri", "delegasi", "mediasi", "menlu", "pasukan", "gerakan", "perbankan")
    for noun in nouns:
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


def test_general_frequencies_come_back_from_the_cache_without_wordfreq(tmp_path):
    """The first run reads wordfreq and keeps its Indonesian list; a later run reads the
    same list back without importing wordfreq (its import is most of a small mining run)."""
    import json
    import os
    import subprocess
    import sys

    import wordfreq

    env = {**os.environ, "GLOSSARY_CACHE_DIR": str(tmp_path / "cache")}
    script = (
        "import json, sys\n"
        "from glossary.morphology import general_frequencies\n"
        "freqs = general_frequencies()\n"
        "print(json.dumps([freqs['sanksi'], len(freqs), 'wordfreq' in sys.modules]))\n"
    )
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(2)
    ]
    expected = wordfreq.get_frequency_dict("id")
    assert runs[0] == [expected["sanksi"], len(expected), True]
    assert runs[1] == [expected["sanksi"], len(expected), False]
    # A cache file someone else could write is not read: wordfreq is imported again.
    (cached,) = (tmp_path / "cache").rglob("id.marshal")
    cached.chmod(0o666)
    third = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout
    assert json.loads(third)[2] is True


@pytest.mark.parametrize("word", ["pendiri", "penasihat", "petani", "pekerja", "pelari"])
def test_a_doer_noun_of_a_common_root_is_an_agent_noun(word):
    assert morphology.agent_noun(word)


@pytest.mark.parametrize("word", ["pemalang", "pemuda", "pesawat", "pertamina", "pelindo"])
def test_a_name_or_root_that_starts_like_pe_is_no_agent_noun(word):
    """Pemalang has no verb memalang; pemuda and pesawat are roots; Pertamina, Pelindo none."""
    assert not morphology.agent_noun(word)


@pytest.mark.parametrize("by_stemmer", [True, False])
def test_an_ordinary_affixed_word_is_affixed_and_a_name_head_is_not(by_stemmer):
    """By the stemmer or by the word's shape alone (the miner's, which never loads it)."""
    assert morphology.affixed("pendiri", by_stemmer) and morphology.affixed("kenaikan", by_stemmer)
    assert morphology.affixed("bertahan", by_stemmer)
    assert not morphology.affixed("kementerian", by_stemmer) and not morphology.affixed(
        "kediri", by_stemmer
    )


@given(st.sampled_from(sorted(morphology.NAME_HEADS)))
def test_a_word_that_heads_names_is_never_an_ordinary_affixed_word(word):
    assert not morphology.affixed(word)


def _forget_stems(monkeypatch) -> None:
    """A new process: nothing read from the cache yet, the stemmer not built."""
    monkeypatch.setattr(morphology, "_stems", None)
    monkeypatch.setattr(morphology, "_stems_new", False)


def test_stems_are_the_stemmers_and_a_later_run_reads_them_without_it(monkeypatch):
    _forget_stems(monkeypatch)
    words = ["kenaikan", "dipertanyakan", "kesepakatan"]
    assert [morphology.stem(w) for w in words] == [morphology.stemmer().stem(w) for w in words]
    morphology.save_stems()
    _forget_stems(monkeypatch)

    def no_stemmer():
        raise AssertionError("the stemmer is built though every stem is kept")

    monkeypatch.setattr(morphology, "stemmer", no_stemmer)
    assert [morphology.stem(w) for w in words] == ["naik", "tanya", "sepakat"]


def test_a_damaged_stems_file_is_not_read(monkeypatch):
    _forget_stems(monkeypatch)
    morphology.stem("kenaikan")
    morphology.save_stems()
    folder = cache.cache_folder() / "stems"
    (path,) = folder.iterdir()
    data = bytearray(path.read_bytes())
    at = data.rindex(b"naik")  # the value, after its key "kenaikan"
    data[at : at + 4] = b"turu"  # the stem changed, the checksum not
    path.write_bytes(bytes(data))
    _forget_stems(monkeypatch)
    assert morphology.stem("kenaikan") == "naik"
