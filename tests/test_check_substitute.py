"""What stands in a term's place: another term's English or an unknown name (reported), or
nothing (the term left out with its clause: shown only with strict)."""

import re

import pytest
from check_helpers import default_check
from hypothesis import given
from hypothesis import strategies as st

from glossary.check.english_terms import EnglishTerms
from glossary.check.said import accounted_for, written_in
from glossary.check.substitute import StandIn, said_otherwise
from glossary.check.usual import Usual
from glossary.check.wording import in_name_slot
from glossary.match import Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")

ECONOMY = [
    Entry("Indonesia", "Indonesia", kind="place", alternatives=["Indonesian"]),
    Entry("Badan Pusat Statistik", "statistics bureau", kind="organisation", variants=["BPS"]),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("perjudian", "gambling"),
    Entry("pertumbuhan", "growth"),
    Entry("Bank Dunia", "World Bank", kind="organisation"),
    Entry("Tokyo", "Tokyo", kind="place"),
]


@pytest.fixture
def economy():
    return Matcher(ECONOMY)


SOURCE = ["BPS mengumumkan bahwa Indonesia mengalami deflasi 0,16 persen pada April 2007."]


def test_a_key_term_left_out_with_nothing_in_its_place_is_shown_only_with_strict(tmp_path, economy):
    condensed = ["The statistics bureau reported a deflation of 0.16 percent in April."]
    assert default_check(tmp_path, economy, SOURCE, condensed) == []
    strict = default_check(tmp_path, economy, SOURCE, condensed, strict=True)
    assert [(f.term, f.severity) for f in strict] == [("Indonesia", "warning")]
    assert strict[0].message.endswith("the English leaves it out")


@pytest.mark.parametrize("instead", ["gambling", "Tokyo", "Malaysia"])
def test_another_word_in_a_key_terms_place_is_an_error(tmp_path, economy, instead):
    """Another term of the glossary, or a name it does not know, where ``Indonesia`` stood."""
    wrong = f"The statistics bureau said {instead} saw a deflation of 0.16 percent in April 2007."
    [finding] = default_check(tmp_path, economy, SOURCE, [wrong])
    assert (finding.kind, finding.term, finding.severity) == ("mismatch", "Indonesia", "error")


def test_a_word_the_source_accounts_for_stands_in_for_nothing(tmp_path, economy):
    """ "growth" translates ``tumbuh`` of the source: no wrong rendering of ``Indonesia``."""
    source = ["BPS mengatakan ekonomi Indonesia tumbuh 6 persen."]
    assert (
        default_check(
            tmp_path, economy, source, ["The statistics bureau said growth was 6 percent."]
        )
        == []
    )


def test_a_name_in_the_place_of_a_term_said_again_is_reported(tmp_path, economy):
    """ "the bank" may say ``Bank Dunia`` again; a name in its place says something else."""
    source = ["Bank Dunia memberi pinjaman.", "Pinjaman Bank Dunia dibayar."]
    again = ["The World Bank lent.", "The bank's loan was repaid."]
    assert default_check(tmp_path, economy, source, again) == []
    wrong = ["The World Bank lent.", "The Jakarta loan was repaid."]
    [finding] = default_check(tmp_path, economy, source, wrong)
    assert (finding.line, finding.term) == (2, "Bank Dunia")


def test_accounted_for_by_a_word_or_a_root_inside_one():
    growth = Entry("pertumbuhan", "growth")
    assert accounted_for(growth, "Ekonomi tumbuh 6 persen.")
    assert accounted_for(growth, "Pertumbuhannya 6 persen.")
    assert not accounted_for(growth, "Ekonomi naik 6 persen.")


@given(st.text(alphabet="ab _-.", max_size=12), st.sampled_from(["a", "ab", "b_a"]))
def test_written_in_is_a_whole_word_search(text, word):
    expected = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
    assert written_in(word, text) == expected


def test_one_general_word_far_from_the_terms_place_stands_in_for_nothing(tmp_path, economy):
    """ "gambling" at the other end of the English translates something the source says
    otherwise; where ``Indonesia`` stood, it is a wrong rendering. A name stands in
    anywhere."""
    source = ["Indonesia mencatat deflasi 0,16 persen pada April 2007, kata BPS di kantornya."]
    far = ["A deflation of 0.16 percent was recorded in April 2007, the gambling bureau said."]
    assert default_check(tmp_path, economy, source, far) == []
    near = [
        "Gambling recorded a deflation of 0.16 percent in April 2007, the statistics bureau said."
    ]
    [finding] = default_check(tmp_path, economy, source, near)
    assert finding.term == "Indonesia"
    assert "stands there" not in finding.message  # a general word for a place: not named
    named = [
        "A deflation of 0.16 percent was recorded in April 2007, the statistics bureau said"
        " in Tokyo."
    ]
    assert [f.term for f in default_check(tmp_path, economy, source, named)] == ["Indonesia"]


def test_a_demonym_added_to_a_noun_stands_in_for_no_name_of_another_kind(tmp_path, economy):
    """ "the Indonesian government" adds the country to a noun (no wrong name for ``Bank
    Dunia``, left out with its clause); "Japan's" is Japan, a place the source does not
    name."""
    source = ["Bank Dunia memberi pinjaman kepada pemerintah untuk proyek air minum."]
    added = ["The Indonesian government received a loan for drinking water projects."]
    assert default_check(tmp_path, economy, source, added) == []
    jakarta = ["Di Jakarta, BPS mencatat deflasi."]
    wrong = ["In Japan's capital, the statistics bureau recorded a deflation."]
    [finding] = default_check(tmp_path, economy, jakarta, wrong)
    assert finding.term == "Jakarta"
    assert "stands there" not in finding.message  # a name the glossary does not know


def test_one_word_of_a_longer_name_does_not_account_for_it():
    """``menteri`` of ``Menteri Negara`` does not say ``Menteri Luar Negeri Arab Saudi``;
    ``keuangan`` says half of ``Kementerian Keuangan``, enough for "Finance Ministry"."""
    saudi = Entry("Menteri Luar Negeri Arab Saudi", "Saudi Foreign Minister", kind="title")
    ministry = Entry("Kementerian Keuangan", "Finance Ministry", kind="organisation")
    assert not accounted_for(saudi, "Menurut Menteri Negara, Bank Mandiri berhasil.")
    assert accounted_for(ministry, "Kata Menteri Keuangan di Jakarta.")


def test_a_word_the_source_accounts_for_by_any_entry_stands_in_for_nothing(tmp_path):
    """ "growth" is the English of ``perkembangan`` too, which the source does not say; it
    says ``tumbuh``, the root of ``pertumbuhan``: "growth" translates that."""
    entries = [*ECONOMY, Entry("perkembangan", "growth")]
    source = ["Ekonomi Indonesia tumbuh 6 persen, kata BPS."]
    target = ["Economic growth was 6 percent, the statistics bureau said."]
    assert default_check(tmp_path, Matcher(entries), source, target) == []


def test_a_frequent_word_stands_in_only_right_where_the_term_stood(tmp_path, economy):
    """Any sentence may hold "growth" ("gambling" is rarer): a few words off the place of
    ``Indonesia`` it stands in for nothing; right in its place it is a wrong rendering."""
    source = ["Indonesia mencatat deflasi 0,16 persen pada April 2007, kata BPS di kantornya."]
    said = "recorded a deflation of 0.16 percent, the statistics bureau said."
    assert default_check(tmp_path, economy, source, [f"In April 2007, growth {said}"]) == []
    for wrong in (f"In April 2007, gambling {said}", f"The growth in April 2007 {said}"):
        [finding] = default_check(tmp_path, economy, source, [wrong])
        assert (finding.term, finding.severity) == ("Indonesia", "error")


def test_the_place_a_document_is_set_in_stands_in_for_nothing(tmp_path, economy):
    """ "Indonesia" added to a sentence of a document about Indonesia is context, not a
    wrong rendering of ``BPS``; in a document that names Indonesia once it stands there."""
    line = ("BPS mencatat surplus naik.", "Indonesia recorded a rising surplus.")
    [alone] = default_check(tmp_path, economy, [line[0]], [line[1]])
    assert alone.term == "Badan Pusat Statistik"
    assert "stands there" not in alone.message  # a place for a body: not named
    setting = (["Ekonomi Indonesia tumbuh."] * 12, ["Indonesia's economy grew."] * 12)
    source, english = [*setting[0], line[0]], [*setting[1], line[1]]
    assert default_check(tmp_path, economy, source, english) == []


@pytest.mark.parametrize(
    "english",
    [
        "Total S$17,500 of loans was recorded; the economy was slow.",  # a currency's sign, no name
        "A loan of 17,500 Singapore dollars was recorded. Growth was slow.",  # a sentence's capital
    ],
)
def test_no_name_and_no_sentences_capital_stands_in(tmp_path, economy, english):
    """``BPS`` left out (shown only with strict): "S" of "S$" is no name, and "Growth"
    is capitalised only because it opens a sentence, far from where BPS stood."""
    source = ["BPS mencatat pinjaman 17.500 dolar Singapura. Ekonominya lambat."]
    assert default_check(tmp_path, economy, source, [english]) == []
    [strict] = default_check(tmp_path, economy, source, [english], strict=True)
    assert (strict.term, strict.severity) == ("Badan Pusat Statistik", "warning")


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=12))
def test_a_use_inside_a_longer_one_is_no_use_of_its_own(spans):
    """``_uses`` keeps a rendering's use only where no longer use of another holds it
    ("Stock" of "Jakarta Stock Exchange"): found in one pass over the uses in order, as
    a test of every pair would find it."""
    from glossary.check import substitute

    text = " ".join(["x"] * 40)
    found = sorted(
        (
            (Entry(term=f"w{i}", english="w", kind="name"), (a, a + n))
            for i, (a, n) in enumerate(spans)
        ),
        key=lambda f: (f[1][0], -f[1][1]),
    )

    class Found:
        def find(self, _text):
            return iter(found)

    substitute._uses.cache_clear()
    kept = substitute._uses(Found(), text)
    for entry, (a, b) in found:  # one use per entry: kept unless a longer use holds it
        inside = any(c <= a and b <= d and d - c > b - a for _e, (c, d) in found)
        assert kept.get(entry.key, ()) == (() if inside else ((a, b),))
    substitute._uses.cache_clear()


COMPANIES = [
    Entry("Jasa Marga", "Jasa Marga", kind="organisation"),
    Entry(
        "Perseroan Terbatas",
        "limited liability company",
        kind="acronym",
        variants=["PT"],
        alternatives=["company"],
    ),
    Entry("kabupaten", "regency", alternatives=["district"]),
    Entry("Sumatera Selatan", "South Sumatra", kind="place"),
    Entry("obligasi", "bond"),
]


@pytest.mark.parametrize(
    "source, target",
    [
        (
            "Obligasi itu ditawarkan dengan bunga 9,8 persen, kata Dirut Jasa Marga Frans Sunito.",
            "The bond carries a 9.8 percent coupon, the company's president director Frans"
            " Sunito said.",
        ),
        (
            "Blok minyak itu terletak di Sumatera Selatan dekat Palembang.",
            "The oil block lies in the district near Palembang.",
        ),
    ],
)
def test_a_term_mentioned_as_what_it_is_by_its_class_noun_is_no_mismatch(tmp_path, source, target):
    """ "the company" for ``Jasa Marga`` and "the district" for ``Sumatera Selatan`` name them
    by their class, though the glossary has "company" and "district" as other entries'
    English."""
    matcher = Matcher(COMPANIES)
    first = (["Jasa Marga dan Sumatera Selatan."], ["Jasa Marga and South Sumatra."])
    assert default_check(tmp_path, matcher, [*first[0], source], [*first[1], target]) == []


def test_a_class_noun_of_another_kind_still_stands_in_the_terms_place(tmp_path):
    """ "the district" is no way to name a company: it stands where ``Jasa Marga`` was."""
    matcher = Matcher(COMPANIES)
    source = ["Jasa Marga dan Sumatera Selatan.", "Jalan tol itu dibangun oleh Jasa Marga."]
    target = ["Jasa Marga and South Sumatra.", "The toll road was built by the district."]
    [finding] = default_check(tmp_path, matcher, source, target)
    assert (finding.term, finding.kind) == ("Jasa Marga", "mismatch")


def test_a_name_that_misspells_a_word_of_the_source_stands_in_for_nothing(tmp_path):
    """ "Telcom" writes the source's ``Telkom`` with a letter wrong: no name put in the
    place of ``Bank Dunia``, which the English leaves out."""
    matcher = Matcher([Entry("Bank Dunia", "World Bank", kind="organisation")])
    source = ["Pinjaman Bank Dunia itu diterima Telkom."]
    assert default_check(tmp_path, matcher, source, ["Telcom received the loan."]) == []
    other = ["Indosat received the loan."]
    [finding] = default_check(tmp_path, matcher, source, other)
    assert finding.term == "Bank Dunia"


def test_a_longer_english_at_the_place_of_a_said_one_is_said_only_by_its_own_entry():
    """ "foreign" translates ``luar negeri``; "foreign tourists", written at the same place,
    is ``wisatawan asing``'s English, which the source does not say."""
    foreign = Entry("luar negeri", "foreign")
    tourists = Entry("wisatawan asing", "foreign tourists")
    found = [StandIn(foreign, "foreign", 5), StandIn(tourists, "foreign tourists", 5)]
    said = said_otherwise(found, "Dana itu datang dari luar negeri.")
    assert [(f.written, s) for f, s in said] == [("foreign", True), ("foreign tourists", False)]


SPEAKERS = [
    Entry("Departemen Keuangan", "Finance Ministry", kind="organisation", variants=["Depkeu"]),
    Entry("nasabah", "customer"),
]


@pytest.mark.parametrize(
    "english, reported",
    [
        ("Debt rose 5 percent, a customer official said.", True),
        ("Debt rose 5 percent, an official said.", False),
    ],
)
def test_a_word_where_the_english_gives_the_speaker_stands_in_for_the_speaking_term(
    tmp_path, english, reported
):
    """``Departemen Keuangan mengungkapkan`` opens the source; the English gives its speaker
    at the end: "a customer official said" puts another term there, "an official said"
    names the speaker by what they are."""
    matcher = Matcher(SPEAKERS)
    source = ["Departemen Keuangan mengungkapkan, utang pemerintah naik 5 persen."]
    found = default_check(tmp_path, matcher, source, [english])
    assert [f.term for f in found] == (["Departemen Keuangan"] if reported else [])


@pytest.mark.parametrize(
    "english, stands",
    [
        ("BMRI will provide credits of Rp75 billion.", None),
        ("A spokesperson will provide credits of Rp75 billion.", None),
        ("Indosat will provide credits of Rp75 billion.", "Indosat"),
    ],
)
def test_initials_and_who_speaks_for_a_body_stand_in_for_no_other_name(tmp_path, english, stands):
    """A ticker or acronym the glossary does not know ("BMRI") may be the English's own short
    form of the body, and "a spokesperson" names who speaks for it; another company's name
    in its place is a wrong rendering."""
    matcher = Matcher(
        [
            Entry("Bank Mandiri", "Bank Mandiri", kind="organisation"),
            Entry("juru bicara", "spokesperson"),
        ]
    )
    source = ["Bank Mandiri akan menyalurkan kredit Rp75 miliar."]
    found = default_check(tmp_path, matcher, source, [english])
    assert [f.term for f in found] == (["Bank Mandiri"] if stands else [])


@pytest.mark.parametrize(
    "english, stands",
    [
        ("The rate hike would force banks to slow lending, it said.", None),
        ("The rate hike by force slows lending, it said.", "force"),
        ("The rate hike gave force an edge over lending, it said.", "force"),
    ],
)
def test_a_general_word_used_as_a_verb_stands_in_for_no_name(tmp_path, english, stands):
    """ "would force banks": a verb, where no name can stand; the same word as a noun in the
    term's place is a wrong rendering."""
    matcher = Matcher(
        [Entry("Bank Indonesia", "Bank Indonesia", kind="organisation"), Entry("kekuatan", "force")]
    )
    source = ["Kenaikan bunga Bank Indonesia akan memperlambat kredit, katanya."]
    found = default_check(tmp_path, matcher, source, [english])
    assert [f.term for f in found] == (["Bank Indonesia"] if stands else [])


def test_a_word_the_documents_english_keeps_writing_stands_in_for_nothing(tmp_path, economy):
    """An article whose English writes "growth" in line after line: there it translates the
    article's subject, wherever the checker places it; a word the article does not keep
    writing ("gambling") still stands in ``Indonesia``'s place."""
    source = [f"Ekonomi naik {n} persen pada {2000 + n}." for n in range(10)]
    english = [f"Growth was {n} percent in {2000 + n}." for n in range(10)]
    source.append("Indonesia mencatat deflasi 0,16 persen pada April 2007.")
    for instead, reported in (("growth", False), ("gambling", True)):
        wrong = [*english, f"The {instead} recorded a deflation of 0.16 percent in April 2007."]
        findings = default_check(tmp_path, economy, source, wrong)
        assert [f.term for f in findings] == (["Indonesia"] if reported else [])


def test_usual_counts_a_word_or_phrase_in_any_case_with_its_plural():
    usual = Usual([f"The interest rate rose {n} points." for n in range(9)] + ["Interest rates."])
    assert "interest rate" in usual and "Interest Rates" in usual
    assert "rate hike" not in usual
    assert "points" not in usual  # nine uses: fewer than ten is no staple


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("Pertumbuhan ekonomi 6 persen.", True),  # the form as it is
        ("Ekonomi tumbuh 6 persen.", True),  # a root of it
        ("Ekonomi antartumbuh.", False),  # the letters, not the root with its affixes
    ],
)
def test_a_root_accounts_for_a_word_made_from_it_with_affixes(source, said):
    assert accounted_for(Entry("pertumbuhan", "growth"), source) == said


def test_a_root_inside_a_longer_word_accounts_for_nothing():
    """``antar`` (between) is no root of ``Antartika``."""
    antarctica = Entry("Antartika", "Antarctica", kind="place")
    assert not accounted_for(antarctica, "Pasar spot antar bank Jakarta.")
    assert accounted_for(Entry("bantuan", "aid"), "Jepang siap bantu Indonesia.")


def test_a_function_word_of_a_form_says_nothing_of_it():
    """``secara`` of ``secara lelang`` (by auction) does not say ``secara tahunan``."""
    year_on_year = Entry("secara tahunan", "year on year")
    assert not accounted_for(year_on_year, "Perseroan menjual aset secara lelang.")
    assert accounted_for(year_on_year, "Inflasi naik 5 persen secara tahunan.")


def test_a_short_form_is_said_where_the_source_writes_it_whole():
    team = Entry("tim", "team")
    assert accounted_for(team, "Wapres membentuk tim khusus.")
    assert not accounted_for(team, "Wapres membentuk satuan khusus di Timor.")


def test_a_term_said_twice_is_checked_at_each_place(tmp_path, economy):
    """ "the bank" may say ``Bank Dunia`` again where the source first has it; a name where
    the source says it a second time, at the other end of the line, is a wrong rendering."""
    source = [
        "Bank Dunia memberi pinjaman.",
        "Bank Dunia mengatakan proyek air minum itu dibiayai oleh pinjaman dari Bank Dunia.",
    ]
    again = [
        "The World Bank lent.",
        "The bank said the drinking water project was funded by a loan from the bank.",
    ]
    assert default_check(tmp_path, economy, source, again) == []
    wrong = [again[0], again[1].replace("from the bank", "from Tokyo")]
    [finding] = default_check(tmp_path, economy, source, wrong)
    assert (finding.line, finding.term) == (2, "Bank Dunia")
    assert "stands there" not in finding.message  # a place for a body: not named


HEALTH = [
    Entry(
        "Kepala Dinas Kesehatan",
        "head of the health agency",
        kind="title",
        alternatives=["Health Agency head"],
    ),
    Entry("Bandung", "Bandung", kind="place"),
    Entry("Bogor", "Bogor", kind="place"),
    Entry("rumah sakit", "hospital"),
    Entry("kota madya", "City"),
    Entry("puskesmas", "community health centre"),
]
HEALTH_SOURCE = [
    "Kepala Dinas Kesehatan Kota Bandung Anhar Hadian mengatakan puskesmas diminta membuka"
    " layanan hingga malam hari."
]


@pytest.mark.parametrize(("place", "named"), [("Bogor", "Bogor"), ("Cimahi", "Cimahi City")])
def test_a_name_in_a_titles_name_slot_is_what_stands_in_the_places_stead(tmp_path, place, named):
    """ "Head of the Bogor City Health Agency" writes "head of the health agency" around
    "Bogor City": Bogor (a name of the glossary or not) stands where the source has
    ``Bandung``, not "hospitals" further on."""
    wrong = [
        f"Head of the {place} City Health Agency Anhar Hadian said hospitals had been asked to"
        " open their services until night."
    ]
    [finding] = default_check(tmp_path, Matcher(HEALTH), HEALTH_SOURCE, wrong)
    assert finding.term == "Bandung"
    assert finding.message.endswith(f"'{named}' stands there") == (named == "Bogor")
    right = [wrong[0].replace(place, "Bandung").replace("hospitals", "community health centres")]
    assert default_check(tmp_path, Matcher(HEALTH), HEALTH_SOURCE, right) == []


def test_a_word_of_a_two_word_term_is_said_by_its_own_indonesian_word_only(tmp_path):
    """ "village" is the English of ``desa`` in ``dana desa`` (village fund); ``dana`` in
    the source says "fund", not "village", so "village" stands where ``Indonesia`` was."""
    entries = [*ECONOMY, Entry("dana desa", "village fund"), Entry("desa", "village")]
    source = [
        "Bank Dunia menghimpun dana segar untuk proyek di beberapa negara, termasuk Indonesia."
    ]
    right = (
        "The World Bank raised fresh funds for projects in several countries, including Indonesia."
    )
    assert default_check(tmp_path, Matcher(entries), source, [right]) == []
    wrong = right.replace("including Indonesia", "including village")
    [finding] = default_check(tmp_path, Matcher(entries), source, [wrong])
    assert finding.term == "Indonesia"
    assert "stands there" not in finding.message  # a general word for a place: not named


@pytest.mark.parametrize(
    ("text", "word", "slot"),
    [
        ("It revised leader's outlook.", "leader", True),  # a possessor with no determiner
        ("It revised the leader's outlook.", "leader", False),
        ("projects in states, including village in the next years.", "village", True),
        ("the provincial capital of poor.", "poor", True),
        ("growth in banking sector rose.", "banking", False),  # a noun it modifies follows
        ("loans to villages in Java.", "villages", False),  # a plural needs no determiner
        ("loans to the village in Java.", "village", False),
        ("investment at home, he said.", "home", False),  # a set phrase
    ],
)
def test_a_common_noun_with_no_determiner_stands_in_a_names_place(text, word, slot):
    assert in_name_slot(word, text.index(word), text) == slot


def test_a_common_noun_in_a_names_place_stands_in_for_the_name(tmp_path, economy):
    """ "gambling" is a staple of this document's English; written where English writes a
    name ("the deflation in gambling."), it still stands in the place of ``Indonesia``."""
    staples = [f"Gambling rose {n} percent." for n in range(12)]
    source = [
        *(f"Perjudian naik {n} persen." for n in range(12)),
        "BPS melaporkan deflasi di Indonesia.",
    ]
    right = "The statistics bureau reported the deflation in Indonesia."
    assert default_check(tmp_path, economy, source, [*staples, right]) == []
    wrong = right.replace("in Indonesia", "in gambling")
    [finding] = default_check(tmp_path, economy, source, [*staples, wrong])
    assert (finding.line, finding.term) == (13, "Indonesia")
    assert "stands there" not in finding.message  # a general word for a place: not named


_TERMS = [
    Entry("Bursa Efek Jakarta", "Jakarta Stock Exchange", kind="organisation"),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("saham", "stock", alternatives=["share"]),
    Entry("Menkeu", "Finance Minister", kind="title"),
    Entry("menteri", "minister"),
    Entry("AS", "U.S.", kind="place", alternatives=["US"]),
]
_PIECES = ["Jakarta", "Stock", "Exchange", "stocks", "Finance", "minister's", "U.S.", "US", "_x"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=12),
    st.lists(st.sampled_from([" ", "-", "", ", ", "_"]), min_size=12, max_size=12),
    st.integers(0, 90),
    st.integers(0, 80),
)
def test_a_short_window_is_found_as_in_the_whole_text(words, gaps, start, width):
    """``EnglishTerms.find`` in a few words, scanned where they are ("the Jakarta Stock
    Exchange" before a title), finds what the scan of the whole text finds there."""
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    window = (start, start + width)
    scanned = list(EnglishTerms(_TERMS).find(text, *window))
    whole = EnglishTerms(_TERMS)
    list(whole.find(text))  # the whole text, kept
    assert list(whole.find(text, *window)) == scanned


QUOTED = [
    *ECONOMY,
    Entry("Sri Mulyani", "Sri Mulyani", kind="person", alternatives=["Mulyani"]),
    Entry("Partai Golkar", "Golkar Party", kind="organisation", alternatives=["Golkar"]),
]


@pytest.mark.parametrize(
    ("source", "english"),
    [
        (
            "Menurut dia, kalaupun Indonesia keluar dari OPEC, itu baru efektif tahun depan.",
            "Mulyani said if the country left OPEC, it would take effect next year.",
        ),
        (
            "Kita butuh lapangan kerja di Indonesia, ujar Ketua Umum Partai Golkar itu.",
            "What we need are jobs, Jusuf Kalla said.",
        ),
        (
            "Tim ini telah berjalan di Medan dan Jakarta, katanya.",
            "The team has worked in Medan and elsewhere, Budi Santoso told reporters.",
        ),
    ],
)
def test_a_speaker_the_english_names_stands_in_for_no_term(tmp_path, source, english):
    """English news names who speaks where the source quotes someone it does not name
    (``Menurut dia``, ``ujar Ketua Umum Partai Golkar itu``, ``katanya``): that name
    translates the attribution, not a term the English left out."""
    assert default_check(tmp_path, Matcher(QUOTED), [source], [english]) == []


def test_a_speaker_the_source_does_not_quote_is_a_wrong_name(tmp_path):
    """Without an attribution in the source, a person where ``Indonesia`` stood is a wrong
    name, even before "said" ("Rodrigo Duterte said" for "The Jakarta Stock Exchange said")."""
    source = ["Kalaupun Indonesia keluar dari OPEC, itu baru efektif tahun depan."]
    english = ["If Mulyani said it left OPEC, it would take effect next year."]
    [finding] = default_check(tmp_path, Matcher(QUOTED), source, english)
    assert (finding.kind, finding.term) == ("mismatch", "Indonesia")
    assert "stands there" not in finding.message  # a person for a place: not named


OFFICES = [
    *ECONOMY,
    Entry(
        "Menteri Perdagangan", "Trade Minister", kind="title", alternatives=["Minister of Trade"]
    ),
    Entry(
        "Menteri Koordinator Perekonomian",
        "Coordinating Minister for Economic Affairs",
        kind="title",
        alternatives=["coordinating minister"],
    ),
    Entry("Deputi Gubernur Senior", "senior deputy governor", kind="title"),
    Entry("kementerian", "ministry", kind="organisation"),
    Entry("deputi", "deputy", kind="title"),
]


@pytest.mark.parametrize(
    ("source", "english"),
    [
        (
            "Rombongan dipimpin Staf Khusus Menteri Perdagangan Halida Mujani.",
            "The delegation was led by Halida Mujani, the trade ministry's special staff.",
        ),
        (
            "Staf Ahli Menteri Koordinator Perekonomian M Ikhsan memperkirakan harga naik.",
            "Economic Coordinating Ministry senior adviser M Ikhsan predicted prices would rise.",
        ),
        (
            "Rapat memutuskan menaikkan bunga, kata Deputi Gubernur Senior BI Miranda Goeltom.",
            "The meeting decided to raise rates, BI Deputy Senior Governor Miranda Goeltom said.",
        ),
    ],
)
def test_the_terms_own_words_or_office_stand_in_for_nothing(tmp_path, source, english):
    """A title written as its office ("trade ministry" for Trade Minister) or with its own
    words in another order is the term written loosely, not another name in its place."""
    assert default_check(tmp_path, Matcher(OFFICES), [source], [english]) == []


def test_an_office_that_goes_on_into_another_name_stands_in(tmp_path):
    """ "Coordinating Ministry for Legal and Human Rights Affairs" is another ministry, though
    it opens with the words of Coordinating Minister."""
    source = ["Menteri Koordinator Perekonomian Boediono menyatakan tidak ada perang dagang."]
    english = ["Coordinating Ministry for Legal and Human Rights Affairs said there was no war."]
    [finding] = default_check(tmp_path, Matcher(OFFICES), source, english)
    assert (finding.kind, finding.term) == ("mismatch", "Menteri Koordinator Perekonomian")


TITLES = [
    *ECONOMY,
    Entry("Direktur Utama", "President Director", kind="title", alternatives=["CEO"]),
    Entry("Sekretaris Perusahaan", "corporate secretary", kind="title"),
    Entry("Bursa Efek Jakarta", "Jakarta Stock Exchange", kind="organisation"),
]


@pytest.mark.parametrize(
    ("source", "english", "standing"),
    [
        (
            "Pembelian dilakukan langsung, kata Direktur Utama Barito Pacific, Anton Hudyana"
            " kepada Bursa Efek Jakarta.",
            "The purchase was made directly, Barito Pacific Timber director Anton Hudyana told"
            " the Jakarta Stock Exchange.",
            "director",
        ),
        (
            "Jumlah itu tercapai, kata Wakil Presiden dan Sekretaris Perusahaan Telkom Harsya"
            " Suryo kepada Bursa Efek Jakarta.",
            "The number was reached, vice president and secratary Harsya Suryo told the Jakarta"
            " Stock Exchange.",
            "secratary",
        ),
    ],
)
def test_a_titles_head_written_alone_or_misspelt_is_what_stands_there(
    tmp_path, source, english, standing
):
    """A title downgraded to its head word ("director" for President Director) or written
    with its head misspelt is reported with that word, not with a name beside it."""
    [finding] = default_check(tmp_path, Matcher(TITLES), [source], [english])
    assert finding.kind == "mismatch"
    assert finding.message.endswith(f"'{standing}' stands there")


def test_a_capitalised_function_word_is_no_name_in_a_terms_place(tmp_path):
    """ "The" of "The Netherlands" (``Belanda``) names nothing: the English that leaves out
    ``India`` with its clause has no wrong name in its place."""
    countries = Matcher(
        [
            Entry("India", "India", kind="place"),
            Entry("Vietnam", "Vietnam", kind="place"),
            Entry("Belanda", "Netherlands", kind="place"),
        ]
    )
    source = ["Menurut dia, ekspor ke India 45 persen, sisanya ke Vietnam 14 persen dan Belanda."]
    english = ["Next were Vietnam, The Netherlands and others, he said."]
    assert default_check(tmp_path, countries, source, english) == []
    english = ["Exports to Tonga were 45 percent, Vietnam 14 percent and the Netherlands 13."]
    [finding] = default_check(tmp_path, countries, source, english)
    assert (finding.term, "stands there" in finding.message) == ("India", False)
