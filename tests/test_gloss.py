"""Glosses a reader can trust (issue 14): partial glosses, short forms, senses, identity."""

import json
import shutil
import subprocess

import pytest
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import gloss, namewords, render, runs, scan, store
from glossary.gloss import Judge, parse_sense, rendering, senses
from glossary.match import Matcher
from glossary.store import Entry
from glossary.text import ABBREVIATIONS, Document, InputError

ENTRIES = [
    Entry("menteri", "minister", kind="title"),
    Entry("Presiden", "President", kind="title", case="insensitive"),
    Entry("direktur", "director", kind="title"),
    Entry("negara", "country"),
    Entry("kebijakan", "policy"),
    Entry("bantuan", "aid"),
    Entry("keamanan", "security"),
    Entry("pertahanan", "defence"),
    Entry("pemain", "player"),
    Entry("luar negeri", "foreign", alternatives=["abroad"], senses=["abroad after ke di dari"]),
    Entry("AS", "US", kind="acronym", case="sensitive"),
    Entry("Barat", "the West", kind="place", case="sensitive"),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("Indonesia", "Indonesia", kind="place"),
    Entry("Madrid", "Madrid", kind="place"),
    Entry("Roma", "Rome", kind="place"),
    Entry("Korea Utara", "North Korea", kind="place"),
    Entry("Perseroan Terbatas", "limited liability company", kind="acronym", variants=["PT"]),
    Entry("semen", "cement"),
    Entry("Donald Trump", "Donald Trump", kind="person", variants=["Trump"]),
    Entry("Joe Biden", "Joe Biden", kind="person", variants=["Biden"]),
    Entry("George W. Bush", "George W. Bush", kind="person", variants=["Bush"]),
    Entry("Joko Widodo", "Joko Widodo", kind="person", variants=["Jokowi"]),
    Entry("Soeharto", "Suharto", kind="person"),
    Entry("Badan Pusat Statistik", "Statistics Indonesia", kind="organisation", variants=["BPS"]),
]
MATCHER = Matcher(
    [*ENTRIES, Entry("menteri lingkungan hidup", "Environment Minister", kind="title")]
)
pytestmark = pytest.mark.usefixtures("implementation")  # the screen of runs has a twin


def shown(text: str, matcher: Matcher = MATCHER) -> str:
    """The text as annotate's inline format would gloss it, partial glosses with ``~``."""
    parts, last = [], 0
    for reading in Judge(text).readings(matcher.find(text)):
        match = reading.match
        mark = "~" if reading.partial else ""
        parts += [text[last : match.end], f" [{mark}{reading.english}]"]
        last = match.end
    return "".join(parts) + text[last:]


# -- part of a longer name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a term after an unknown head word is marked partial
        ("Ia bertemu Perdana Menteri Inggris.", "Ia bertemu Perdana Menteri [~minister] Inggris."),
        ("Ia bertemu Wakil Presiden kemarin.", "Ia bertemu Wakil Presiden [~President] kemarin."),
        ("Ia bertemu Ibu Negara kemarin.", "Ia bertemu Ibu Negara [~country] kemarin."),
        ("kata Pasukan Bantuan Cepat.", "kata Pasukan Bantuan [~aid] Cepat."),
        ("kata Badan Keamanan Nasional.", "kata Badan Keamanan [~security] Nasional."),
        # a complete name after it is not: AS is the US here
        (
            "kata Departemen Luar Negeri AS hari ini.",
            "kata Departemen Luar Negeri [~foreign] AS [US] hari ini.",
        ),
        # a one-word name whose capital made it match is left out inside a longer name
        ("serangan di Tepi Barat kemarin", "serangan di Tepi Barat kemarin"),
        ("banjir di Jakarta Barat kemarin", "banjir di Jakarta Barat kemarin"),
        ("laga Real Madrid dan AS Roma", "laga Real Madrid dan AS Roma"),
        ("dosen Universitas Indonesia itu", "dosen Universitas Indonesia itu"),
        # ... a word of a company's name after its legal form; not a country before a name
        ("saham PT Indonesia Ferry naik", "saham PT [limited liability company] Indonesia Ferry"),
        ("saham PT Semen Gresik naik", "saham PT [limited liability company] Semen Gresik naik"),
        (
            "kata pemain Indonesia Taufik Hidayat",
            "kata pemain [player] Indonesia [Indonesia] Taufik",
        ),
        # the head of a longer title or name is partial: Menteri Pertanian, Indonesia Terbuka
        ("kata Menteri Pertanian Inggris", "kata Menteri [~minister] Pertanian Inggris"),
        ("kata Menteri Perekonomian Boediono", "kata Menteri [~minister] Perekonomian"),
        ("juara Indonesia Terbuka kemarin", "juara Indonesia Terbuka kemarin"),
        ("tim dari Jakarta Utara itu", "tim dari Jakarta Utara itu"),
        # a common word ending a person's name is his surname, not even a partial gloss
        (
            "kata Presiden Ali Maulana Negara hari ini",
            "kata Presiden [President] Ali Maulana Negara hari ini",
        ),
        ("kata Ibu Hasna Pemain hari ini", "kata Ibu Hasna Pemain [~player] hari ini"),
    ],
)
def test_partial_glosses_are_marked_or_left_out(text, expected):
    assert shown(text).startswith(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title whose name goes on after dan: the glossary knows only its first part
        (
            "kata Menteri Lingkungan Hidup dan Kehutanan itu",
            "kata Menteri Lingkungan Hidup [~Environment Minister] dan Kehutanan itu",
        ),
        ("Menteri Lingkungan Hidup dan Kehutanan tiba.", "Menteri Lingkungan Hidup [~"),
        # a term the text capitalises after dan is a word of the same title
        (
            "kata Menteri Lingkungan Hidup dan Keamanan itu",
            "kata Menteri Lingkungan Hidup [~Environment Minister] dan Keamanan [~security] itu",
        ),
        (
            "kata Menteri Pertahanan dan Keamanan itu",
            "kata Menteri [~minister] Pertahanan [~defence] dan Keamanan [~security] itu",
        ),
        # ... not a term the text writes in lower case
        (
            "kata Menteri Lingkungan Hidup dan keamanan itu",
            "kata Menteri Lingkungan Hidup [Environment Minister] dan keamanan [security]",
        ),
        # two names joined by dan: a title, a name the glossary matches, a place
        ("kata Presiden dan Wakil Presiden itu", "kata Presiden [President] dan Wakil"),
        ("kata Menteri Lingkungan Hidup dan Presiden AS", "kata Menteri Lingkungan Hidup [E"),
        ("kata Menteri Lingkungan Hidup dan Gubernur", "kata Menteri Lingkungan Hidup [E"),
        (
            "kata Presiden Joko Widodo dan Wakil Presiden",
            "kata Presiden [President] Joko Widodo [J",
        ),
        ("kata Menteri Lingkungan Hidup dan Jakarta", "kata Menteri Lingkungan Hidup [E"),
        ("kata Menteri Lingkungan Hidup dan kehutanan", "kata Menteri Lingkungan Hidup [E"),
    ],
)
def test_a_title_that_goes_on_after_dan_is_partial(text, expected):
    assert shown(text).startswith(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a term only the text capitalises, after an organisation: a name of its own, which
        # the organisation heads (BNI Syariah, a bank of its own)
        ("kata BPS Pertahanan itu", "kata BPS [~Statistics Indonesia] Pertahanan [~defence] itu"),
        ("saham Bank BPS Keamanan naik", "saham Bank BPS [~Statistics Indonesia] Keamanan [~"),
        # ... not a title or a rank after it (BI Deputi Gubernur: the bank's officer)
        ("kata BPS Direktur Ali", "kata BPS [Statistics Indonesia] Direktur"),
        # ... not a title, a place or a name after it, nor a word in lower case
        ("kata BPS Jakarta itu", "kata BPS [Statistics Indonesia] Jakarta [Jakarta] itu"),
        ("kata BPS Presiden itu", "kata BPS [Statistics Indonesia] Presiden [President] itu"),
        ("kata BPS keamanan itu", "kata BPS [Statistics Indonesia] keamanan [security] itu"),
    ],
)
def test_a_term_capitalised_after_an_organisation_is_partial(text, expected):
    assert shown(text).startswith(expected)


FUNCTION_WORDS_IN_NAMES = Matcher(
    [*ENTRIES, Entry("pasar spot", "spot market"), Entry("suku bunga", "interest rate")]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a function word that is also a word of the name goes on with it
        ("rupiah di Pasar Spot Antar Bank Jakarta", "rupiah di Pasar Spot [~spot market] Antar"),
        ("obligasi dengan Suku Bunga Tetap dengan", "obligasi dengan Suku Bunga [~interest rate]"),
        ("kata Direktur Jenderal Dalam Negeri Ali", "kata Direktur [~director] Jenderal"),
        # ... and an organisation before one goes on: no person's name starts with it
        ("kata BPS Antar Daerah itu", "kata BPS [~Statistics Indonesia] Antar Daerah"),
        # ... a preposition does not: a capital there is a slip, the place after it whole
        ("road show Ke Indonesia untuk", "road show Ke Indonesia [Indonesia] untuk"),
        ("kami bermain Di Madrid dan", "kami bermain Di Madrid [Madrid] dan"),
        ("sesuai Pemain Di Jakarta", "sesuai Pemain [player] Di Jakarta [Jakarta]"),
    ],
)
def test_a_function_word_of_a_name_keeps_the_run_going(text, expected):
    assert shown(text, FUNCTION_WORDS_IN_NAMES).startswith(expected)


COMPANIES = Matcher(
    [
        *ENTRIES,
        Entry(
            "Bank Rakyat Indonesia", "Bank Rakyat Indonesia", kind="organisation", variants=["BRI"]
        ),
        Entry(
            "Dana Moneter Internasional",
            "International Monetary Fund",
            kind="organisation",
            variants=["IMF"],
        ),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an English word or one the text writes in lower case goes on with the name
        ("di PT BRI Life Insurance.", "di PT [limited liability company] BRI [~Bank Rakyat"),
        ("nasabah BRI Unit Desa itu; tiap unit", "nasabah BRI [~Bank Rakyat Indonesia] Unit"),
        ("dana di BRI Securities itu.", "dana di BRI [~Bank Rakyat Indonesia] Securities"),
        # after a company's legal form, one more word ends the company's name (an acronym
        # may follow); a person's name would have two (PT BRI Wachid Usman)
        ("modal di PT BRI Multifinance itu", "modal di PT [limited liability company] BRI [~"),
        (
            "modal di PT BRI Multifinance BRIMF itu",
            "modal di PT [limited liability company] BRI [~",
        ),
        (
            "kata Direktur PT BRI Wachid Usman",
            "kata Direktur [director] PT [limited liability company] BRI [Bank",
        ),
        ("kata Direktur BRI Multifinance", "kata Direktur [director] BRI [Bank Rakyat"),
        # ... not a person's name, though agus is a word elsewhere; nor the company's suffix,
        # an acronym, a title, or the English name written after it
        ("kata Direktur BRI Agus Martowardojo", "kata Direktur [director] BRI [Bank Rakyat"),
        ("saham PT BRI Tbk naik", "saham PT [limited liability company] BRI [Bank Rakyat"),
        ("kata BRI BPS itu", "kata BRI [Bank Rakyat Indonesia] BPS [Statistics"),
        ("kata BRI Presiden itu", "kata BRI [Bank Rakyat Indonesia] Presiden [President]"),
        ("oleh IMF International Monetary Fund", "oleh IMF [International Monetary Fund] Int"),
    ],
)
def test_an_organisation_heading_a_longer_name_is_partial(text, expected):
    assert shown(text, COMPANIES).startswith(expected)


PLACES = Matcher(
    [
        *ENTRIES,
        Entry("Melbourne", "Melbourne", kind="place"),
        Entry("New York", "New York"),
        Entry("Los Angeles", "Los Angeles", kind="place"),
        Entry("Afrika", "Africa", kind="place"),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a common English word ends a name headed by a place: a foreign name
        ("tenis di Melbourne Park kemarin", "tenis di Melbourne Park kemarin"),
        ("kata harian New York Times itu", "kata harian New York Times itu"),
        ("saham Jakarta Steel naik", "saham Jakarta Steel naik"),
        # ... or a rarer one that only English uses
        ("laga Los Angeles Clippers itu", "laga Los Angeles Clippers itu"),
        # a capitalised compass word goes on with the name though tengah is a function word
        ("badak di Afrika Tengah punah", "badak di Afrika [~Africa] Tengah punah"),
        # a person's name after a nationality is no English word; nor an abbreviation
        ("kata pemain Indonesia Fred itu", "kata pemain [player] Indonesia [Indonesia] Fred"),
        ("kata Jakarta Dr. Ali", "kata Jakarta [Jakarta] Dr. Ali"),
        # ... nor a word that goes on with another capitalised one
        ("di Melbourne Park Hotel", "di Melbourne [Melbourne] Park Hotel"),
    ],
)
def test_a_place_heading_a_name_of_english_words_is_partial(text, expected):
    """A partial gloss that only repeats its word (Melbourne Park: [Melbourne: Melbourne])
    tells nothing and is left out; Afrika Tengah keeps [Africa], marked."""
    assert shown(text, PLACES).startswith(expected)


def test_a_lower_case_term_does_not_run_into_a_name():
    matcher = Matcher([Entry("normalisasi sungai", "river normalization"), *ENTRIES])

    def glossed(text):
        return [(r.match.text, r.english) for r in Judge(text).readings(matcher.find(text))]

    assert glossed("lalu normalisasi Sungai Citarum") == []  # the Citarum River's
    assert glossed("lalu normalisasi sungai di kota") == [
        ("normalisasi sungai", "river normalization")
    ]


def test_a_sentences_first_capital_is_no_name():
    assert shown("Pemain Robert Smith menang.") == "Pemain [player] Robert Smith menang."
    assert shown("Kebijakan Robert Smith gagal.") == "Kebijakan [policy] Robert Smith gagal."
    # lower case elsewhere in the text: Pemerintah is the government, not part of a name
    text = "Pemerintah Indonesia menolak. Rakyat mendukung pemerintah."
    assert shown(text).startswith("Pemerintah Indonesia [Indonesia] menolak.")


def test_a_persons_kin_or_entourage_first_in_a_sentence_is_no_name():
    # the President's wife, aide, entourage: the title after them is glossed whole
    for word in ("Istri", "Ajudan", "Rombongan", "Anak"):
        text = f"{word} Presiden Robert Smith tiba."
        assert shown(text) == f"{word} Presiden [President] Robert Smith tiba."
    # a word that is no kin noun stays the head of an unknown name
    assert shown("Istana Presiden tiba.") == "Istana Presiden [~President] tiba."


def test_a_noun_a_country_qualifies_first_in_a_sentence_is_no_name():
    matcher = Matcher([Entry("China", "China", alternatives=["Chinese"], kind="place")])
    # a Chinese vessel, Chinese products: the country is glossed, not dropped as a name's part
    for word in ("Kapal", "Produk", "Warga"):
        assert shown(f"{word} China masuk.", matcher) == f"{word} China [China] masuk."
    # a word that heads names keeps the run a name (Media Indonesia is a newspaper)
    assert shown("Media China melaporkan.", matcher) == "Media China melaporkan."


def test_an_affixed_word_first_in_a_sentence_is_no_name():
    matcher = Matcher([Entry("upah minimum provinsi", "minimum wage", variants=["UMP"]), *ENTRIES])

    def glossed(text):
        return [(r.match.text, r.partial) for r in Judge(text).readings(matcher.find(text))]

    # ke-naik-an, me-...-kan, di-...-i: ordinary words, so UMP is a name on its own
    for text in ("Kenaikan UMP itu disepakati. Harga naik.", "Disepakati UMP baru. Ia pergi."):
        assert glossed(text) == [("UMP", False)]
    # a name that only starts like a prefix is still a name: Meliana Trump is not Donald
    assert glossed("Meliana Trump tiba. Ia pergi.") == []
    # the head word of a name is no ordinary word: Kepolisian Pertahanan ...
    assert glossed("Kepolisian Pertahanan tiba.") == [("Pertahanan", True)]


def test_a_name_with_nya_where_its_capital_is_forced_is_no_name():
    # Malangnya, ... = malang + -nya, "unfortunately": nothing shows that the base is a name
    entries = [Entry("Malang", "Malang", kind="place", case="sensitive")]
    text = "Malangnya, hujan turun. Ia tiba di Malangnya kemarin.\nMALANGNYA KEMARIN\n"
    readings = Judge(text).readings(Matcher(entries).find(text))
    assert [r.match.start for r in readings] == [text.index("Malangnya k")]
    # a term whose own form ends in -nya is as written
    entries = [Entry("Ketuanya", "its chairman", kind="person", case="sensitive")]
    assert len(list(Judge("Ketuanya tiba.").readings(Matcher(entries).find("Ketuanya tiba.")))) == 1


def test_a_sentences_first_word_counts_when_the_text_capitalises_it_elsewhere():
    text = "Perdana Menteri tiba. Ia bertemu Perdana Menteri Jepang."
    assert shown(text) == (
        "Perdana Menteri [~minister] tiba. Ia bertemu Perdana Menteri [~minister] Jepang."
    )
    # and a word never seen in lower case is taken as written
    assert shown("Perdana Menteri tiba.") == "Perdana Menteri [~minister] tiba."


def test_headlines_use_the_bodys_capitals():
    text = "PERDANA MENTERI MUNDUR\nKemarin Perdana Menteri Inggris mundur."
    assert shown(text).startswith("PERDANA MENTERI [~minister] MUNDUR\n")
    text = "KEBIJAKAN PEMAIN ITU\nIa tahu kebijakan pemain."
    assert "~" not in shown(text)


def test_a_sentence_end_ends_a_run():
    text = "Ia tiba di Tepi. Presiden pergi."
    assert shown(text) == "Ia tiba di Tepi. Presiden [President] pergi."


# -- short forms of people --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ibu Negara Melania Trump tiba.",
        "Ia bertemu Hunter Biden kemarin.",
        "Ia bertemu Jill Biden kemarin.",
        "Ia bertemu Laura Bush kemarin.",
        "Ia bertemu George H.W. Bush kemarin.",
        "Ia menginap di Trump Tower kemarin.",
        # a given name before a nickname: his wife; a generation after a name: his son
        "kata Ibu Iriana Jokowi kemarin.",
        "Ia bertemu Donald Trump Jr kemarin.",
        "Ia bertemu Donald Trump Jr. kemarin.",
        "Ia bertemu Joe Biden III kemarin.",
        # a given name before a man known by one name: his daughter; before his full
        # name: his wife
        "Ia bertemu Titiek Soeharto kemarin.",
        "Ibu Negara Iriana Joko Widodo tiba.",
    ],
)
def test_a_short_form_never_glosses_another_person(text):
    assert not any(r.match.entry.kind == "person" for r in Judge(text).readings(MATCHER.find(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("kata Presiden Trump kemarin", "kata Presiden [President] Trump [Donald Trump] kemarin"),
        ("kata Presiden AS Biden", "kata Presiden [President] AS [US] Biden [Joe Biden]"),
        ("Trump tiba kemarin.", "Trump [Donald Trump] tiba kemarin."),
        ("kata Bush, lalu pergi", "kata Bush [George W. Bush], lalu pergi"),
        ("Presiden Donald Trump tiba", "Presiden [President] Donald Trump [Donald Trump] tiba"),
        ("kata Ibu Jokowi", "kata Ibu Jokowi [Joko Widodo]"),
        ("kata Pak Trump", "kata Pak Trump [Donald Trump]"),
        ("kata Presiden Soeharto", "kata Presiden [President] Soeharto [Suharto]"),
        # an initial or an acronym before a full name: the man himself
        ("kata Ir Joko Widodo", "kata Ir Joko Widodo [Joko Widodo]"),
        ("kata Presiden RI Joko Widodo", "kata Presiden [President] RI Joko Widodo [Joko Widodo]"),
    ],
)
def test_a_short_form_glosses_where_it_can_be_that_person(text, expected):
    assert shown(text) == expected


def test_short_form_is_a_subset_of_the_full_name():
    by_term = {entry.term: entry for entry in ENTRIES}
    trump = by_term["Donald Trump"]
    assert gloss.short_form(trump, "Trump")
    assert not gloss.short_form(trump, "Donald Trump")
    assert not gloss.short_form(by_term["Joko Widodo"], "Jokowi")


# -- senses -------------------------------------------------------------------------------


def test_sense_by_the_word_before():
    assert shown("Ia pergi ke luar negeri.") == "Ia pergi ke luar negeri [abroad]."
    assert shown("tinggal di luar negeri") == "tinggal di luar negeri [abroad]"
    assert shown("kebijakan luar negeri AS") == "kebijakan [policy] luar negeri [foreign] AS [US]"
    # the neighbour must be next to it on the line
    assert shown("ke,\nluar negeri") == "ke,\nluar negeri [foreign]"


def test_sense_by_the_word_after():
    entry = Entry("tarif", "tariff", alternatives=["rate", "fare"], senses=["fare before bus"])
    match = Matcher([entry]).find("tarif bus naik")[0]
    assert rendering(match, "tarif bus naik") == "fare"
    match = Matcher([entry]).find("tarif impor naik")[0]
    assert rendering(match, "tarif impor naik") == "tariff"


@given(st.integers(min_value=0, max_value=10**6))
def test_number_sense_takes_any_number_in_digits(number):
    entry = Entry("peringkat", "rank", alternatives=["number"], senses=["number before <number>"])
    text = f"petenis peringkat {number} dunia"
    assert rendering(Matcher([entry]).find(text)[0], text) == "number"


def test_number_sense_is_not_taken_by_words():
    entry = Entry(
        "peringkat", "rank", alternatives=["number"], senses=["number before ke <number>"]
    )
    for text, english in [
        ("petenis peringkat ke-12 dunia", "number"),
        ("naik ke peringkat atas", "rank"),
        ("peringkat kredit", "rank"),
    ]:
        assert rendering(Matcher([entry]).find(text)[0], text) == english


def test_name_sense_takes_a_word_written_with_a_capital():
    entry = Entry(
        "kandang",
        "home",
        alternatives=["ground"],
        senses=["home before sendiri", "ground before <name> tim"],
    )
    for text, english in [
        ("menang 3-1 di kandang Livorno", "ground"),
        ("kalah di kandang tim papan bawah", "ground"),
        ("menang di kandang sendiri", "home"),
        ("Menang Di Kandang Sendiri", "home"),  # a headline's capital is no name
        ("kemenangan kandang pertama", "home"),
    ]:
        assert rendering(Matcher([entry]).find(text)[0], text) == english


def test_parse_sense():
    assert parse_sense("abroad after ke di, dari") == gloss.Sense(
        "abroad", "after", frozenset({"ke", "di", "dari"})
    )
    assert parse_sense("interest rate before Bunga").words == frozenset({"bunga"})
    for bad in ("abroad", "abroad after", "after ke", "abroad beside ke"):
        with pytest.raises(ValueError):
            parse_sense(bad)


def test_malformed_or_unaccepted_senses_are_one_line_errors():
    with pytest.raises(InputError, match="'luar negeri'.*not 'ENGLISH after"):
        senses(Entry("luar negeri", "foreign", senses=["abroad"]))
    with pytest.raises(InputError, match="'overseas' is neither its msgstr"):
        senses(Entry("luar negeri", "foreign", senses=["overseas after ke"]))


def test_senses_round_trip_through_the_po_file(tmp_path):
    glossary = store.Glossary(entries=[ENTRIES[9]])
    text = store.dumps(glossary)
    assert "\n# senses: abroad after ke di dari\n" in text
    assert store.loads(text).entries[0].senses == ["abroad after ke di dari"]
    assert store.dumps(store.loads(text)) == text
    if shutil.which("msgfmt"):
        path = tmp_path / "g.po"
        path.write_text(text, encoding="utf-8")
        done = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr


# -- identity ---------------------------------------------------------------------------


def test_identical():
    entries = [
        Entry("China", "China", kind="place"),
        Entry("Kim Jong Un", "Kim Jong-un", kind="person"),
        Entry("Korea Utara", "North Korea", kind="place"),
    ]
    text = "China, Kim Jong-un dan Korea Utara"
    found = {m.text: gloss.identical(m) for m in Matcher(entries).find(text)}
    assert found == {"China": True, "Kim Jong-un": True, "Korea Utara": False}


# -- invariants -------------------------------------------------------------------------

WORDS = [
    "Perdana", "Menteri", "menteri", "Presiden", "Tepi", "Barat", "Jakarta", "AS", "Roma",
    "Trump", "Melania", "Donald", "luar", "negeri", "Luar", "Negeri", "ke", "di", "Senin",
    "kata", "Universitas", "Indonesia", "BPS", "Kepala", "pemain", "Pemain", "Susilo",
    "H.W.", "Bush", "George", "PERDANA", "MENTERI", "Korea", "Utara", "itu", "Pertahanan",
    "Keamanan", "Bantuan", "Negara", "dan", "dan", "Kehutanan", "Kenaikan",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "-", ". ", ", ", "\n"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=25).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_judging_never_adds_or_moves_a_match(text):
    matches = MATCHER.find(text)
    notes = Judge(text).notes(matches)
    assert set(notes) <= set(range(len(matches)))
    readings = list(Judge(text).readings(matches))
    kept = [r.match for r in readings]
    assert kept == [m for i, m in enumerate(matches) if notes.get(i, ...) is not None]
    for reading in readings:
        entry = reading.match.entry
        # kept as it is, marked partial, or given one of its accepted renderings
        assert reading.english in entry.renderings
        if not reading.partial:
            assert reading.english == rendering(reading.match, text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_lower_case_text_has_nothing_partial_or_dropped(text):
    text = text.lower()
    notes = Judge(text).notes(MATCHER.find(text)).values()
    assert all(note is not None and not note.partial for note in notes)


ODD_WORDS = [
    *WORDS, "O\u2019Neil", "D'Arcy", "A.Smith", "U.S", "J.", "Élysée", "Ölü", "x" * 70,
    "Ab_c", "2024", "Ⅻ", "ǅemal", "Senin.", "—", "(Presiden", "AS,", "Dr.", "dr.", "Jl.",
    "KATA", "lalu", "kota",
]  # fmt: skip
ODD_SEPARATORS = [
    *SEPARATORS,
    "--",
    " -",
    "- ",
    "  ",
    "\t",
    "\u00a0",
    "'",
    "",
    "! ",
    ' "',
    "/",
    ":\n",
    ". \n",
]
odd_texts = st.lists(
    st.tuples(st.sampled_from(ODD_WORDS), st.sampled_from(ODD_SEPARATORS)), max_size=30
).map(lambda pairs: "".join(w + s for w, s in pairs))


def lexicon(text: str, implementation: str = scan.PYTHON, memo=None) -> runs.Lexicon:
    judge = Judge(text)
    breakers, role = gloss._RUN_BREAKERS, namewords.role
    remembered = runs.TARGET_FLAGS[implementation]()
    return runs.Lexicon(
        breakers, ABBREVIATIONS, role, judge.headline, judge._headings, remembered, memo or {}, 8
    )


@pytest.mark.skipif(scan.COMPILED not in runs.CAPITAL_RUNS, reason="no compiled module")
@settings(max_examples=500, deadline=None)
@given(odd_texts)
def test_the_compiled_screen_finds_the_runs_the_python_one_finds(text):
    matches = MATCHER.find(text)
    judge = Judge(text)
    judge.notes(matches)  # the runs' verdicts remembered
    for memo in ({}, judge._memo):
        compiled = runs.CAPITAL_RUNS[scan.COMPILED](
            text, matches, lexicon(text, scan.COMPILED, memo)
        )
        assert compiled == runs.python_capital_runs(text, matches, lexicon(text, memo=memo))


def _kinds_and_case(match) -> int:
    """Bits of a match's (entry, form) for the tests: a title, a place, a form in lower case."""
    kind = match.entry.kind
    return (kind == "title") | 2 * (kind == "place") | 4 * match.form.islower()


@pytest.mark.skipif(scan.COMPILED not in runs.TARGET_BITS, reason="no compiled module")
@settings(max_examples=300, deadline=None)
@given(odd_texts)
def test_the_compiled_target_bits_are_the_python_ones(text):
    matches = MATCHER.find(text) + MATCHER.find(text.upper())  # ALL CAPITALS surfaces too
    compiled = runs.TARGET_BITS[scan.COMPILED](
        matches, runs.TARGET_FLAGS[scan.COMPILED](), _kinds_and_case
    )
    python = runs.python_target_bits(matches, runs.TARGET_FLAGS[scan.PYTHON](), _kinds_and_case)
    assert compiled == python


def test_target_bits_say_the_form_and_the_surface():
    text = "normalisasi Sungai di Jakarta, kata Menteri; AS dan BPS"
    matches = MATCHER.find(text)
    bits = runs.target_bits(matches, {}, _kinds_and_case)
    by_text = {m.text: b for m, b in zip(matches, bits, strict=True)}
    assert by_text["Jakarta"] == 2
    assert by_text["Menteri"] == 1 | 4
    assert by_text["AS"] == runs.SURFACE_UPPER
    assert runs.having(bits, runs.SURFACE_UPPER) == [
        i for i, m in enumerate(matches) if m.text in ("AS", "BPS")
    ]
    assert runs.having(bits, 1 | 4) == [i for i, m in enumerate(matches) if m.text == "Menteri"]
    mixed = Matcher([Entry("normalisasi sungai", "river normalization")])
    found = mixed.find(text)
    assert runs.target_bits(found, {}, _kinds_and_case) == bytes([4 | runs.SURFACE_MIXED])


def test_target_bits_ask_each_entry_and_form_once():
    text = "Jakarta dan Jakarta, lalu Jakarta"
    asked = []

    def bits_of(match):
        asked.append(match.form)
        return 1

    memory: dict = {}
    runs.target_bits(MATCHER.find(text), memory, bits_of)
    runs.target_bits(MATCHER.find(text), memory, bits_of)
    assert asked == ["Jakarta"]
    with pytest.raises(ValueError):
        runs.target_bits(MATCHER.find(text), {}, lambda match: runs.SURFACE_MIXED)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Presiden George H.W. Bush tiba", ["Presiden", "George", "H.W.", "Bush"]),
        ("kata Perdana Menteri Jepang Senin", ["Perdana", "Menteri", "Jepang"]),
        ("di Tepi Barat-Jalur Gaza", ["Tepi", "Barat", "Jalur", "Gaza"]),
        ("Universitas O\u2019Neil Jakarta", ["Universitas", "O\u2019Neil", "Jakarta"]),
        ("Barat. Tepi Jakarta", ["Tepi", "Jakarta"]),
    ],
)
def test_the_screen_gives_the_words_of_each_run(text, words):
    matches = MATCHER.find(text)
    screen = runs.CAPITAL_RUNS[scan.IMPLEMENTATION]
    _, found, _, _, _ = screen(text, matches, lexicon(text, scan.IMPLEMENTATION))
    bounds = found[0][3]
    assert [text[s:e] for s, e in zip(bounds[::2], bounds[1::2], strict=True)] == words


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(1, 5))
def test_batches_do_not_change_the_verdicts(text, size):
    matches = MATCHER.find(text)
    whole = list(Judge(text).readings(matches))
    assert list(Judge(text).readings(matches, batch=size)) == whole


# -- annotate's formats -------------------------------------------------------------------

ARTICLE = (
    "Juru bicara Departemen Luar Negeri AS tiba.\n"
    "Ibu Negara Melania Trump pergi ke luar negeri bersama Presiden Trump.\n"
    "Kebijakan luar negeri Indonesia tidak berubah.\n"
)


def annotated(fmt: str, text: str = ARTICLE, **options) -> str:
    document = Document.from_bytes(text.encode("utf-8"), "a.txt")
    return render.annotate(document, MATCHER, fmt, **options)


def test_inline_marks_partial_glosses_and_leaves_out_others(implementation):
    assert annotated("inline") == (
        "Juru bicara Departemen Luar Negeri [Luar Negeri: foreign] AS [US] tiba.\n"
        "Ibu Negara [Negara: country] Melania Trump pergi ke luar negeri [abroad] bersama"
        " Presiden [President] Trump [Donald Trump].\n"
        "Kebijakan [policy] luar negeri [foreign] Indonesia [Indonesia] tidak berubah.\n"
    )


def test_inline_names_each_partial_gloss_by_its_own_word(implementation):
    text = "Juru bicara Perdana Menteri tiba.\nJuru bicara Perdana Menteri-menteri tiba.\n"
    assert annotated("inline", text) == (
        "Juru bicara Perdana Menteri [Menteri: minister] tiba.\n"
        "Juru bicara Perdana Menteri-menteri [Menteri-menteri: minister] tiba.\n"
    )


def test_inline_skip_identical_and_first_only(implementation):
    out = annotated("inline", skip_identical=True)
    assert "Indonesia [" not in out and "Trump [Donald Trump]" not in out
    assert "luar negeri [abroad]" in out and "Luar Negeri [Luar Negeri: foreign]" in out
    out = annotated("inline", first_only=True)
    assert out.count("[foreign]") == 0 and out.count("foreign]") == 1  # the partial one first


def test_markdown_marks_partial_glosses_and_explains_the_mark():
    out = annotated("markdown")
    assert "Departemen Luar Negeri *(Luar Negeri: foreign)* AS *(US)*" in out
    assert "Melania Trump pergi" in out and "Melania Trump *(" not in out
    assert "| luar negeri | foreign / abroad | term | 3 |" in out
    assert render.PARTIAL_LEGEND.split(":")[0] in out
    assert render.PARTIAL_LEGEND.split(":")[0] not in annotated("markdown", "ke luar negeri")


def test_html_marks_partial_glosses_in_a_dashed_box():
    page = annotated("html")
    assert '<ruby class="term partial" title="Negara: country, this word only' in page
    assert '<ruby class="term" title="abroad (term)"><span class="unit">luar negeri' in page
    assert render.HTML_PARTIAL_LEGEND in page and "ruby.partial {" in page
    assert render.HTML_PARTIAL_LEGEND not in annotated("html", "ke luar negeri")


def test_json_says_partial_identical_and_the_chosen_sense():
    items = json.loads(annotated("json", skip_identical=True))
    by_text = {(i["text"], i["line"]): i for i in items}
    assert by_text[("Luar Negeri", 1)]["partial"] is True
    assert by_text[("luar negeri", 2)]["gloss"] == "abroad"
    assert by_text[("Indonesia", 3)]["identical"] is True  # kept, marked
    assert ("Trump", 2) in by_text and ("Melania Trump", 2) not in by_text
    assert not any(
        i["partial"] for i in items if i["text"] != "Luar Negeri" and i["text"] != "Negara"
    )


def test_annotate_command_skip_identical(tmp_path):
    article, po = tmp_path / "a.txt", tmp_path / "g.po"
    article.write_text("China dan Korea Utara", encoding="utf-8")
    entries = [Entry("China", "China", kind="place"), Entry("Korea Utara", "North Korea")]
    store.save(store.Glossary(entries=entries), po)
    result = run("annotate", str(article), "--glossary", str(po), "--skip-identical")
    assert result.exit_code == 0 and result.output == "China dan Korea Utara [North Korea]"
    result = run("annotate", str(article), "--glossary", str(po))
    assert result.output == "China [China] dan Korea Utara [North Korea]"


def test_check_expects_the_sense_the_neighbouring_word_chooses(tmp_path):
    po, src, tgt = tmp_path / "g.po", tmp_path / "a.id.txt", tmp_path / "a.en.txt"
    entry = Entry(
        "luar negeri", "foreign", alternatives=["abroad"], senses=["abroad after ke di"],
        kind="place",
    )  # fmt: skip
    store.save(store.Glossary(entries=[entry]), po)
    src.write_text("Ia pergi ke luar negeri.\nKebijakan luar negeri berubah.\n", "utf-8")
    tgt.write_text("He left the country.\nThe policy changed.\n", "utf-8")
    result = run("check", str(src), "--translation", str(tgt), "--glossary", str(po), "--strict")
    lines = [line for line in result.output.splitlines() if "[mismatch]" in line]
    assert len(lines) == 2
    # Left out with nothing in its place: shown with --strict, saying so.
    assert "is not rendered as abroad | foreign; the English leaves it out" in lines[0]
    assert "is not rendered as foreign | abroad; the English leaves it out" in lines[1]


def test_lookup_shows_the_senses(tmp_path):
    po = tmp_path / "g.po"
    store.save(store.Glossary(entries=[ENTRIES[9]]), po)
    result = run("lookup", "luar negeri", "--glossary", str(po))
    assert "senses: abroad after ke di dari" in result.output
