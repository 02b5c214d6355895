"""Names the glossary does not know, made of terms it knows (issue 14): Kementerian
Pertahanan Inggris is no "ministry defence Britain", word by word."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_gloss import ENTRIES, lexicon
from test_gloss import shown as shown_with

from glossary import namewords, runs, scan
from glossary.gloss import Judge
from glossary.match import Matcher
from glossary.store import Entry

MATCHER = Matcher(
    [
        Entry("kementerian", "ministry"),
        Entry("wakil", "deputy", kind="title"),
        Entry("tepi", "edge"),
        Entry("kanal", "canal"),
        Entry("banjir", "flood"),
        Entry("surat utang negara", "government bond", variants=["SUN"]),
        Entry("Inggris", "Britain", kind="place"),
        Entry("tentara", "army"),
        Entry("sekretaris", "secretary", kind="title"),
        Entry("Bappenas", "National Development Planning Agency", kind="organisation"),
        Entry("inspektur jenderal", "Inspector General", kind="title"),
        Entry("Korlantas Polri", "Traffic Corps", kind="organisation"),
        Entry("Kapolda Metro Jaya", "Jakarta Police chief", kind="title"),
        Entry("pangeran", "Prince", kind="title"),
        Entry("duta besar", "ambassador", kind="title"),
        Entry("haji", "hajj"),
        Entry("menteri luar negeri", "Foreign Minister", kind="title"),
        *ENTRIES,
    ]
)
pytestmark = pytest.mark.usefixtures("implementation")  # the screen of runs has a twin


def shown(text: str) -> str:
    """The text glossed as inline does it, partial glosses with ``~``."""
    return shown_with(text, MATCHER)


@pytest.mark.parametrize(
    "text, expected",
    [
        # every word known, the whole not: each gloss is partial
        (
            "kata Kementerian Pertahanan Inggris kemarin",
            "kata Kementerian [~ministry] Pertahanan [~defence] Inggris [Britain] kemarin",
        ),
        ("Ia bertemu Wakil Presiden kemarin.", "Ia bertemu Wakil [~deputy] Presiden [~President]"),
        ("kata Badan Bantuan Keamanan itu", "kata Badan Bantuan [~aid] Keamanan [~security] itu"),
        # the sentence's first word, when the next one's capital is the text's
        (
            "Kementerian Pertahanan Inggris menyatakan itu.",
            "Kementerian [~ministry] Pertahanan [~defence] Inggris [Britain] menyatakan",
        ),
        # a name's head opening the sentence, before a word the glossary lacks
        (
            "Kementerian Energi Ukraina menyatakan itu.",
            "Kementerian [~ministry] Energi Ukraina menyatakan",
        ),
        # a compass word after a word of a name modifies it: not "the West"
        ("serangan di Tepi Barat kemarin", "serangan di Tepi [~edge] Barat kemarin"),
        ("air ke Kanal Banjir Barat.", "air ke Kanal [~canal] Banjir [~flood] Barat."),
        # words between a title and an organisation continue the title
        ("kata Sekretaris Utama Bappenas itu.", "kata Sekretaris [~secretary] Utama Bappenas ["),
    ],
)
def test_a_name_of_known_words_is_glossed_as_partial(text, expected):
    assert shown(text).startswith(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title before a place or a person: both known wholes
        ("kata Menteri Inggris kemarin", "kata Menteri [minister] Inggris [Britain] kemarin"),
        ("kata Presiden AS kemarin", "kata Presiden [President] AS [US] kemarin"),
        ("Presiden Joko Widodo tiba.", "Presiden [President] Joko Widodo [Joko Widodo] tiba."),
        # a place after a noun says whose: the British army
        ("oleh Tentara Inggris kemarin.", "oleh Tentara [army] Inggris [Britain] kemarin."),
        # a person's name comes after the organisation
        ("kata Kepala BPS Rusman kemarin", "kata Kepala BPS [Statistics Indonesia] Rusman"),
        ("kata Sekretaris Bappenas Syahrial.", "kata Sekretaris [secretary] Bappenas ["),
        # a term and its own acronym side by side (the brackets left out)
        ("lelang Surat Utang Negara SUN itu", "lelang Surat Utang Negara [government bond] SUN"),
        # a capital forced by the sentence's start, the next word lower case
        ("Kementerian itu menyatakan.", "Kementerian [ministry] itu menyatakan."),
        ("Bantuan keamanan tiba.", "Bantuan [aid] keamanan [security] tiba."),
        # a common noun opening the sentence before a name says whose
        ("Bantuan Bappenas tiba.", "Bantuan [aid] Bappenas [National Development Planning"),
        # a title before a person's name
        ("kata Presiden Susilo Bambang.", "kata Presiden [President] Susilo Bambang."),
        # a place after a title, an organisation after a head word
        ("kata Gubernur Jakarta hari ini", "kata Gubernur Jakarta [Jakarta] hari ini"),
        ("kata Kepala BPS kemarin", "kata Kepala BPS [Statistics Indonesia] kemarin"),
        # a nationality before a person's name
        ("petenis Indonesia Ai Sugiyama menang", "petenis Indonesia [Indonesia] Ai Sugiyama"),
        # a multiword name is complete in itself
        ("kata Dinas Korea Utara kemarin", "kata Dinas Korea Utara [North Korea] kemarin"),
        # weekdays are no part of a name
        ("tiba di Jakarta Senin lalu", "tiba di Jakarta [Jakarta] Senin lalu"),
        # a rank is its holder's, before their name, not a word of the office before it
        (
            "Kepala Korlantas Polri Inspektur Jenderal Aan Suhanan datang.",
            "Kepala Korlantas Polri [Traffic Corps] Inspektur Jenderal [Inspector General] Aan",
        ),
        (
            "Kapolda Metro Jaya Inspektur Jenderal Karyoto datang.",
            "Kapolda Metro Jaya [Jakarta Police chief] Inspektur Jenderal [Inspector General]",
        ),
        # so is a royal or religious honorific (the Saudi foreign minister, Prince Faisal)
        (
            "Menteri Luar Negeri Pangeran Faisal datang.",
            "Menteri Luar Negeri [Foreign Minister] Pangeran [Prince] Faisal datang.",
        ),
        # a person's own title after a place opens the name, it does not continue the place
        (
            "Duta Besar Inggris Sir Owen Jenkins datang.",
            "Duta Besar [ambassador] Inggris [Britain] Sir",
        ),
    ],
)
def test_complete_names_beside_others_and_forced_capitals_are_not_partial(text, expected):
    assert shown(text).startswith(expected)


def test_an_honorific_the_glossary_knows_as_a_term_is_no_gloss_before_a_name():
    """Haji Lulung: the title of a man who made the pilgrimage, not "hajj"."""
    assert shown("kata Haji Lulung kemarin.") == "kata Haji Lulung kemarin."
    assert shown("Ia pergi haji tahun lalu.") == "Ia pergi haji [hajj] tahun lalu."


def test_a_title_case_headline_keeps_its_known_terms():
    text = "Kementerian Pertahanan Bantah Serangan\nkata Kementerian Pertahanan kemarin.\n"
    headline = [r for r in Judge(text).readings(MATCHER.find(text)) if r.match.end < 38]
    assert [r.match.text for r in headline] == ["Kementerian", "Pertahanan"]


LOWER_WORDS = ["kementerian", "pertahanan", "wakil", "presiden", "tepi", "barat", "inggris"]
LOWER_WORDS += ["keamanan", "bantuan", "menteri", "kata", "itu", "di", "surat", "utang"]
sentences = st.lists(
    st.lists(st.sampled_from(LOWER_WORDS), min_size=1, max_size=6).map(" ".join), max_size=5
).map(lambda words: " ".join(w[:1].upper() + w[1:] + "." for w in words))


@settings(max_examples=200, deadline=None)
@given(sentences)
def test_capitals_only_at_sentence_starts_make_nothing_partial(text):
    notes = Judge(text).notes(MATCHER.find(text)).values()
    assert all(note is not None and not note.partial for note in notes)


NAME_WORDS = ["Kementerian", "Pertahanan", "Wakil", "Presiden", "Tepi", "Barat", "Inggris"]
NAME_WORDS += ["Keamanan", "Surat", "Utang", "Negara", "SUN", "AS", "Joko", "kata", "di"]
NAME_WORDS += ["BPS", "Bappenas", "dan"]
names = st.lists(
    st.tuples(st.sampled_from(NAME_WORDS), st.sampled_from([" ", " ", "-", ". ", "\n"])),
    max_size=20,
).map(lambda pairs: "".join(w + s for w, s in pairs))


@pytest.mark.skipif(scan.COMPILED not in runs.CAPITAL_RUNS, reason="no compiled module")
@settings(max_examples=300, deadline=None)
@given(names)
def test_the_twin_screens_agree_on_names_of_known_words(text):
    matches = MATCHER.find(text)
    compiled = runs.CAPITAL_RUNS[scan.COMPILED](text, matches, lexicon(text, scan.COMPILED))
    assert compiled == runs.python_capital_runs(text, matches, lexicon(text))


@settings(max_examples=200, deadline=None)
@given(names)
def test_the_twins_judge_names_of_known_words_alike(text):
    matches = MATCHER.find(text)
    by_twin = []
    for implementation in runs.CAPITAL_RUNS:
        scan.IMPLEMENTATION, before = implementation, scan.IMPLEMENTATION
        try:
            by_twin.append(Judge(text).notes(matches))
        finally:
            scan.IMPLEMENTATION = before
    assert all(notes == by_twin[0] for notes in by_twin)


@pytest.mark.parametrize(
    "first, second, one",
    [
        (runs.ORGANISATION, runs.WORD | runs.CAPITALISED, True),  # BNI Syariah
        (runs.ORGANISATION, runs.WORD, False),  # BPS Presiden
        (runs.ORGANISATION, runs.PLACE, False),  # BPS Jakarta
        (runs.WORD | runs.CAPITALISED, runs.ORGANISATION, False),  # Pertahanan BPS
    ],
)
def test_a_term_the_text_capitalises_after_an_organisation_may_be_one_name(first, second, one):
    assert runs.one_name(first, second) is one


# -- a place that is a person's given name ------------------------------------------------

GIVEN_NAMES = Matcher(
    [
        Entry("Santiago", "Santiago", kind="place"),
        Entry("Jepang", "Japan", alternatives=["Japanese"], kind="place"),
        Entry("gelandang", "midfielder"),
        *ENTRIES,
    ]
)


@pytest.mark.parametrize(
    "text, glossed",
    [
        # the surname alone later, the place never alone: a given name
        ("Gelandang Santiago Ezquerro mencetak gol. Ezquerro kini punya lima gol.", False),
        ("Kemarin Santiago Ezquerro mencetak gol, dan Ezquerro senang.", False),
        # the text also names the place: the city
        ("Gelandang Santiago Ezquerro mencetak gol. Ezquerro lahir di Santiago.", True),
        # nothing shows a surname: as before
        ("Gelandang Santiago Ezquerro mencetak gol kedua.", True),
        # a day is no surname
        ("Ia tiba di Santiago Selasa lalu. Selasa itu hujan.", True),
    ],
)
def test_a_place_before_a_surname_the_text_writes_alone_is_a_given_name(text, glossed):
    assert ("Santiago [" in shown_with(text, GIVEN_NAMES)) is glossed


@pytest.mark.parametrize("word", ["Selasa", "BPJB", "Co", "Kenaikan", "Park", "Dalam"])
def test_days_acronyms_indonesian_and_english_words_are_no_surnames(word):
    assert not namewords.surname(word)


def test_a_nation_before_a_name_says_where_the_person_is_from():
    assert namewords.nation(Entry("Jepang", "Japan", alternatives=["Japanese"], kind="place"))
    assert not namewords.nation(Entry("Santiago", "Santiago", kind="place"))


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True))
def test_a_place_the_text_writes_alone_stays_glossed(surname):
    text = f"Gelandang Santiago {surname} mencetak gol. {surname} senang. Ia pulang ke Santiago."
    assert shown_with(text, GIVEN_NAMES).endswith("ke Santiago [Santiago].")


AND_MATCHER = Matcher(
    [
        Entry("cukai", "excise"),
        Entry("kelurahan", "urban village"),
        Entry("kepolisian", "police"),
        Entry("kejaksaan", "prosecutor's office"),
        Entry("menteri", "minister", kind="title"),
        Entry("bandara", "airport"),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a term the text capitalises after an unknown capitalised word and dan: one name
        (
            "Ia diperiksa petugas Bea dan Cukai di bandara.",
            "Ia diperiksa petugas Bea dan Cukai [~excise] di bandara [airport].",
        ),
        ("Bea dan Cukai menyita sabu.", "Bea dan Cukai [~excise] menyita sabu."),
        # both words known: two names
        (
            "Kepolisian dan Kejaksaan menolak.",
            "Kepolisian [police] dan Kejaksaan [prosecutor's office] menolak.",
        ),
        # a title after a person's name is a title of its own
        (
            "kata Sri Mulyani dan Menteri kemarin.",
            "kata Sri Mulyani dan Menteri [minister] kemarin.",
        ),
        # a word that heads a name of its own
        (
            "kata warga Srengseng dan Kelurahan setempat.",
            "kata warga Srengseng dan Kelurahan [urban village] setempat.",
        ),
        # in lower case, and in a headline, nothing says it is a name
        ("petugas bea dan cukai di sana.", "petugas bea dan cukai [excise] di sana."),
        ("Bea dan Cukai Sita Sabu", "Bea dan Cukai [excise] Sita Sabu"),
    ],
)
def test_a_term_capitalised_after_an_unknown_word_and_dan_is_partial(text, expected):
    assert shown_with(text, AND_MATCHER) == expected
