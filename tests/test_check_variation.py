"""glossary check on what a translation varies and what it gets wrong: a wrong name where a
short mention would do, normal variation in condensed news English kept out of the default
report."""

import pytest
from check_helpers import default_check
from hypothesis import given
from hypothesis import strategies as st

from glossary.check.finding import Finding
from glossary.check.lines import aligned
from glossary.match import Matcher
from glossary.store import Entry

# Every check runs on the pure-Python scanner and on the compiled one (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("implementation")

NEWS = [
    Entry("Bank Dunia", "World Bank", kind="organisation"),
    Entry(
        "Dana Moneter Internasional",
        "International Monetary Fund",
        kind="organisation",
        alternatives=["IMF"],
    ),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("Sumatra", "Sumatra", kind="place"),
    Entry("Presiden", "President", kind="title"),
    Entry("pinjaman", "loan"),
    Entry("Organisasi Kesehatan Dunia", "World Health Organization", kind="organisation"),
    Entry("camat", "subdistrict head", kind="title", alternatives=["sub-district head"]),
    Entry("mantan presiden", "former President", kind="title"),
    Entry("pertahanan", "defense"),
    Entry("Menteri Luar Negeri", "Foreign Minister", kind="title", variants=["Menlu"]),
    Entry("Afrika", "Africa", kind="place"),
    Entry("gubernur", "governor", kind="title"),
    Entry("Joko Widodo", "Joko Widodo", kind="person"),
    Entry("Menteri Keuangan", "Finance Minister", kind="title", variants=["Menkeu"]),
    Entry("Sri Mulyani", "Sri Mulyani", kind="person"),
    Entry("Prancis", "France", kind="place", alternatives=["French", "Frenchman"]),
    Entry("teknologi informasi", "information technology", kind="acronym", alternatives=["IT"]),
]


@pytest.fixture(scope="module")
def news():
    return Matcher(NEWS)


def test_another_name_where_a_short_mention_would_do_is_a_mismatch(tmp_path, news):
    source = ["Bank Dunia memberi pinjaman.", "Bank Dunia: pinjaman Bank Dunia murah."]
    first = "The World Bank lent."
    assert default_check(tmp_path, news, source, [first, "The bank lends cheaply."]) == []
    [finding] = default_check(tmp_path, news, source, [first, "IMF: the bank lends cheaply."])
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Bank Dunia")
    assert "'IMF' stands there" in finding.message


def test_a_name_beside_a_dateline_left_out_is_no_wrong_rendering(tmp_path, news):
    """ANTARA's English adds who is speaking where the dateline was ("here"): the name
    stands for no place."""
    source = ["Laba naik, kata Sri Mulyani di Jakarta, Selasa."]
    target = ["Profit rose, Sri Mulyani said at the World Bank office here on Tuesday."]
    assert default_check(tmp_path, news, source, target) == []


def test_a_word_spelt_like_an_acronym_is_no_name(tmp_path, news):
    """ "It" opening the English is no ``IT`` standing where "the bank" would do."""
    source = ["Bank Dunia memberi pinjaman.", "Bank Dunia: pinjaman Bank Dunia murah."]
    target = ["The World Bank lent.", "It said the bank lends cheaply."]
    assert default_check(tmp_path, news, source, target) == []


def test_a_name_the_source_keeps_as_it_is_stands_for_nothing_else(tmp_path, news):
    """``Sumatra`` of ``PT Bakrie Sumatra Plantations`` is the company's name, not a wrong
    rendering of the dateline's ``Jakarta`` left out."""
    source = ["PT Bakrie Sumatra Plantations di Jakarta, Jumat, menyatakan laba naik."]
    target = ["PT Bakrie Sumatra Plantations said on Friday its profit rose."]
    assert default_check(tmp_path, news, source, target) == []


def test_a_term_left_out_with_most_of_a_condensed_segment_is_shown_only_with_strict(tmp_path, news):
    source = [
        "Presiden mengatakan pinjaman Bank Dunia sebesar 300 juta dolar tahun 2007 dibayar"
        " pada 12 Maret."
    ]
    condensed = ["The loan has been repaid."]
    assert default_check(tmp_path, news, source, condensed) == []
    findings = default_check(tmp_path, news, source, condensed, strict=True)
    assert {(f.term, f.severity) for f in findings} >= {("Bank Dunia", "warning")}
    assert all("condenses" in f.message for f in findings if f.term != "pinjaman")
    # The same term missing from an English that keeps the rest, with nothing in its place,
    # is left out too: shown with strict, as a warning.
    faithful = ["The President said the 300 million dollar loan of 2007 was repaid on March 12."]
    assert default_check(tmp_path, news, source, faithful) == []
    [finding] = default_check(tmp_path, news, source, faithful, strict=True)
    assert (finding.term, finding.severity) == ("Bank Dunia", "warning")
    assert "leaves it out" in finding.message
    # ... and so is another name in its place, however condensed the English.
    wrong = default_check(tmp_path, news, source, ["The IMF loan has been repaid."])
    assert ("Bank Dunia", "error") in {(t, f.severity) for f in wrong for t in f.covered}


def test_a_key_term_a_loose_segment_leaves_out_with_nothing_in_its_place_is_strict_only(
    tmp_path, news
):
    """An English that leaves out the numbers and one key term, with no other English in
    its place ("the lender" for ``Bank Dunia``), is loose: only ``strict`` reports it; so
    too where several key terms are missing."""
    source = [
        "Presiden mengatakan pinjaman Bank Dunia sebesar 300 juta dolar tahun 2007 dibayar"
        " pada 12 Maret."
    ]
    one = ["The President said the debt to the lender has now been repaid in full."]
    assert default_check(tmp_path, news, source, one) == []
    strict_one = default_check(tmp_path, news, source, one, strict=True)
    assert ("mismatch", "Bank Dunia", "warning") in {
        (f.kind, f.term, f.severity) for f in strict_one
    }
    several = ["The head said the debt to the lender has now been repaid in full, it said."]
    assert default_check(tmp_path, news, source, several) == []
    strict = default_check(tmp_path, news, source, several, strict=True)
    assert {f.term for f in strict if f.severity == "warning"} >= {"Bank Dunia", "Presiden"}


@pytest.mark.parametrize(
    "source, target",
    [
        ("Lewat Organisasi Kesehatan Dunia.", "Via the World Health Organisation."),
        ("Soal pertahanan.", "On defence."),
        ("Kata Camat Ciracas, Syarifudin.", "Head of Ciracas Sub-District, Syarifudin, said."),
        ("Mantan presiden Olympus ditahan.", "Former Olympus president arrested."),
    ],
)
def test_british_spelling_and_a_name_inside_a_title_are_renderings(tmp_path, news, source, target):
    assert default_check(tmp_path, news, [source], [target], strict=True) == []


@pytest.mark.parametrize(
    "source, target",
    [
        ("Kata Camat Ciracas, Syarifudin.", "Head of Ciracas police, Syarifudin, said."),
        ("Mantan presiden Olympus ditahan.", "Former Olympus chairman arrested."),
        ("Soal pertahanan.", "On defensive play."),
    ],
)
def test_other_words_around_a_name_are_no_rendering(tmp_path, news, source, target):
    [finding] = default_check(tmp_path, news, [source], [target], strict=True)
    assert finding.kind == "mismatch"


def test_spelling_variants_go_both_ways():
    from glossary.check.patterns import spelling_variants

    for british, american in [
        ("organisation", "organization"),
        ("defence", "defense"),
        ("centre", "center"),
        ("labour", "labor"),
        ("programme", "program"),
        ("analyse", "analyze"),
        ("travellers", "travelers"),
        ("cancelled", "canceled"),
        ("signalling", "signaling"),
        ("neighbourhood", "neighborhood"),
        ("favourite", "favorite"),
    ]:
        assert american in spelling_variants(british)
        assert british in spelling_variants(american)
    assert spelling_variants("for") == {"for"}
    assert spelling_variants("filled") == {"filled"}  # no filed: a vowel before the l
    assert spelling_variants("scored") == {"scored"}  # no scoured: -ored is no -oured


_SPELT = st.text(alphabet="aeioulrsntgmyzcdj-", min_size=1, max_size=10)


@given(st.lists(_SPELT, min_size=1, max_size=3))
def test_the_pre_tests_of_spellings_skip_only_words_nothing_changes(words):
    """``spelling_variants`` and ``variant_key`` skip their patterns for a word none of
    them changes (bank, finance): what they give is what every pattern applied gives."""
    from glossary.check import patterns, spelling

    word = words[0]
    every = {word} | {pattern.sub(to, word) for pattern, to in patterns._SPELLINGS}
    assert patterns.spelling_variants(word) == every
    for part in words:
        varied = part
        for pattern, to in spelling._VARIANT_SPELLINGS:
            varied = pattern.sub(to, varied)
        if not spelling._ANY_VARIANT.search(part):
            assert varied == part  # Soeharto, Suharto: oe -> u only where the word has oe


@pytest.mark.parametrize(
    "source, target",
    [
        (["Menlu Hague menemui korban."], ["Mr Hague met victims."]),
        (
            ["Afrika menderita.", "Mesir terkaya di Afrika."],
            ["Africa suffers.", "Egypt is richest on the continent."],
        ),
        (["Diserahkan kepada Gubernur Joko Widodo."], ["Submitted to the governor."]),
        (["Petenis Prancis itu menang."], ["The Frenchwoman won."]),
    ],
)
def test_a_person_or_place_named_as_english_news_does(tmp_path, news, source, target):
    assert default_check(tmp_path, news, source, target) == []


@pytest.mark.parametrize(
    "source, target",
    [
        ("Menlu Hague menemui korban.", "Mr Smith met victims."),
        ("Diserahkan kepada Gubernur Joko Widodo.", "Submitted to Governor Basuki."),
        ("Diserahkan kepada Gubernur Joko Widodo.", "Submitted to the governor Basuki."),
    ],
)
def test_a_person_or_place_named_otherwise_is_found(tmp_path, news, source, target):
    assert len(default_check(tmp_path, news, [source], [target])) == 1


def test_a_title_that_speaks_may_be_its_holder_or_a_short_form(tmp_path, news):
    first = ("Menteri Keuangan Sri Mulyani hadir.", "Finance Minister Sri Mulyani attended.")
    source = [first[0], "Dana naik tajam tahun ini karena ekspor, kata Menkeu."]
    for said in ("Mulyani said funds rose sharply on exports.", "The minister said funds rose."):
        assert default_check(tmp_path, news, source, [first[1], said]) == []
    wrong = [first[1], "Widodo said funds rose sharply on exports this year."]
    found = default_check(tmp_path, news, source, wrong, strict=True)
    assert [f.term for f in found] == ["Menteri Keuangan"]


def test_a_person_may_be_named_by_a_short_form_of_the_title_before_the_name(tmp_path, news):
    source = ["Menteri Keuangan hadir.", "Kata Menteri Keuangan Sri Mulyani, cukai tetap."]
    target = ["The Finance Minister attended.", "Excise stays, the minister said."]
    assert default_check(tmp_path, news, source, target) == []
    named = ["The Finance Minister attended.", "Excise stays, the minister Widodo said."]
    assert [f.term for f in default_check(tmp_path, news, source, named)] == ["Sri Mulyani"]


@pytest.mark.parametrize(
    "target, misspelt",
    [
        ("The Finance Minsiter spoke.", "Finance Minsiter"),
        ("Via the World Heath Organisation.", "World Heath Organisation"),
        ("After the disaster at Fukishima.", None),
    ],
)
def test_a_misspelt_rendering_is_named(tmp_path, news, target, misspelt):
    source = {
        "Finance Minsiter": "Menteri Keuangan berbicara.",
        "World Heath Organisation": "Lewat Organisasi Kesehatan Dunia.",
        None: "Setelah bencana di Jakarta.",
    }[misspelt]
    findings = default_check(tmp_path, news, [source], [target])
    if misspelt is None:  # Fukishima misspells no rendering of Jakarta
        assert "looks misspelt" not in findings[0].message
    else:
        [finding] = findings
        assert f"'{misspelt}' there looks misspelt" in finding.message


def test_another_word_of_the_glossary_is_no_misspelling():
    from glossary.check.english_terms import english_words
    from glossary.check.patterns import find_misspelt

    minister = Entry("Menteri Keuangan", "Finance Minister", kind="title")
    known = english_words([minister, Entry("kementerian", "ministry")])
    assert find_misspelt(minister, "The Finance Ministry said.", known) is None
    assert find_misspelt(minister, "The Finance Minsiter said.", known) == "Finance Minsiter"
    mongolia = Entry("Mongolia", "Mongolia", kind="place")
    assert find_misspelt(mongolia, "The Mongol attacks.") is None
    president = Entry("presiden", "President", kind="title")
    assert find_misspelt(president, "Former leader's daughter contests presidency") is None
    assert find_misspelt(president, "The Presidnet spoke.") == "Presidnet"


def test_the_country_that_renders_the_source_own_word_mentions_no_other_place(tmp_path, news):
    """ "the country" renders ``negara`` where the source has it as a place ("di negara
    yang"): it is then no mention of ``Afrika`` said again; beside ``luar negeri`` or
    ``surat utang negara`` (no place) it still is."""
    first = ["Afrika menolak.", "Afrika menolak."]
    target = "Lenders look for a market in the country that is growing, and X is one."
    source = "Pemberi pinjaman mencari pasar di negara yang tumbuh, dan Afrika salah satunya."
    [finding] = default_check(tmp_path, news, first[:1] + [source], ["Africa refused.", target])
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Afrika")
    said = "The country borrowed abroad again, he said."
    source = "Afrika kembali berutang ke luar negeri, katanya."
    assert default_check(tmp_path, news, first[:1] + [source], ["Africa refused.", said]) == []


def test_a_dateline_venue_written_owes_its_place(tmp_path, news):
    """``di Pasar Spot Antar Bank Jakarta, Selasa`` as "on the Jakarta Inter Bank Spot Market
    on Tuesday": the place is part of the venue's name there, and a word in its stead is a
    wrong rendering; "here on Tuesday" or the venue left out is still the dateline."""
    source = ["Rupiah di Pasar Spot Antar Bank Jakarta, Selasa, menguat."]
    right = ["The rupiah on the Jakarta Inter Bank Spot Market on Tuesday strengthened."]
    assert default_check(tmp_path, news, source, right) == []
    wrong = ["The rupiah on the racer Inter Bank Spot Market on Tuesday strengthened."]
    [finding] = default_check(tmp_path, news, source, wrong, strict=True)
    assert (finding.kind, finding.term) == ("mismatch", "Jakarta")
    for left_out in (
        "The rupiah strengthened on the spot market on Tuesday.",
        "The rupiah on the Inter Bank Spot Market here on Tuesday strengthened.",
    ):
        assert default_check(tmp_path, news, source, [left_out]) == []


def test_a_general_term_in_a_names_place_in_a_condensed_segment_is_a_mismatch(tmp_path, news):
    """A condensed English that keeps the segment's other key terms, and has another
    general term of the glossary where the name stood, renders the name wrongly: it did not
    leave it out with the rest."""
    source = [
        "Presiden mengatakan pinjaman Bank Dunia sebesar 300 juta dolar tahun 2007 dibayar"
        " pada 12 Maret."
    ]
    assert default_check(tmp_path, news, source, ["The President said the loan was repaid."]) == []
    wrong = ["The President said defense loans were repaid."]
    [finding] = default_check(tmp_path, news, source, wrong)
    assert (finding.kind, finding.term) == ("mismatch", "Bank Dunia")
    assert "stands there" not in finding.message  # a general word for a body: not named
    # Several key terms missing: the English says something else, and says nothing here.
    assert default_check(tmp_path, news, source, ["They said defense loans were repaid."]) == []


def test_a_place_in_a_company_name_the_english_shortens_is_left_out(tmp_path, news):
    """``PT Sumber Jakarta Sejahtera SJS`` as "PT SJS", ``PT Arta Jakarta`` as "PT Arta --":
    the company's name shortened; a word where the place stood is still a wrong rendering."""
    source = ["PT Sumber Jakarta Sejahtera SJS membeli saham PT Arta Jakarta."]
    target = ["PT SJS bought shares of PT Arta -- a broker."]
    assert default_check(tmp_path, news, source, target) == []
    for wrong in (
        "PT Sumber loan Sejahtera SJS bought shares of PT Arta -- a broker.",
        "PT SJS bought shares of PT Arta loans.",
    ):
        assert [f.term for f in default_check(tmp_path, news, source, [wrong])] == ["Jakarta"]


def test_a_person_named_again_by_the_title_the_document_gave_them(tmp_path, news):
    """After ``Menteri Keuangan Sri Mulyani``, "the minister" may stand for ``Sri Mulyani``
    later in the document; not for a person the title was never given to, nor where
    another name stands."""
    first = ["Menteri Keuangan Sri Mulyani hadir.", "Laba naik, kata Sri Mulyani, Kamis."]
    target = ["Finance Minister Sri Mulyani attended.", "Profit rose, the minister said."]
    assert default_check(tmp_path, news, first, target) == []
    untitled = ["Sri Mulyani hadir.", "Laba naik, kata Sri Mulyani, Kamis."]
    said = ["Sri Mulyani attended.", target[1]]
    [finding] = default_check(tmp_path, news, untitled, said, strict=True)
    assert (finding.line, finding.term) == (2, "Sri Mulyani")
    wrong = [target[0], "Profit rose, Joko Widodo said."]
    assert [f.term for f in default_check(tmp_path, news, first, wrong)] == ["Sri Mulyani"]


def test_a_country_after_a_written_venue_may_be_left_out(tmp_path, news):
    """``di Stadion Utama Sumatra, Afrika, Kamis`` as "at the Main Stadium, Sumatra, on
    Thursday": the country after the venue's own place is the dateline's, left out."""
    source = ["Tim itu menang di Stadion Utama Sumatra, Afrika, Kamis."]
    target = ["The team won at the Main Stadium, Sumatra, on Thursday."]
    assert default_check(tmp_path, news, source, target) == []


def test_a_described_speaker_before_the_day_may_be_named_alone(tmp_path, news):
    """``kata Sekretaris Bank Dunia, Ari Santosa dalam pengumumannya yang dirilis, Selasa``
    as "Santosa said": the day after a comma is no name, and the description is left out;
    another name in its place stays wrong."""
    source = [
        "Izin dicabut, kata Sekretaris Bank Dunia, Ari Santosa dalam pengumumannya yang"
        " dirilis, Selasa."
    ]
    said = ["Permits were revoked, Santosa said in a release on Tuesday."]
    assert default_check(tmp_path, news, source, said) == []
    wrong = ["Permits were revoked, IMF official Santosa said in a release on Tuesday."]
    assert "Bank Dunia" in {f.term for f in default_check(tmp_path, news, source, wrong)}


def test_a_name_given_as_the_dateline_s_place_is_a_mismatch(tmp_path, news):
    """The dateline left out is news English ("here", or nothing), but another name given
    as the location, where the English writes no "here", renders the place wrongly."""
    source = ["Laba naik, kata Sri Mulyani di Jakarta, Selasa."]
    assert (
        default_check(tmp_path, news, source, ["Profit rose on Tuesday, Sri Mulyani said."]) == []
    )
    [finding] = default_check(
        tmp_path, news, source, ["Profit rose on Tuesday in Sumatra, Sri Mulyani said."]
    )
    assert (finding.term, finding.kind) == ("Jakarta", "mismatch")
    assert "'Sumatra' stands there" in finding.message
    venue = ["Kurs rupiah di Pasar Spot Antar Bank Jakarta, Selasa, naik."]
    [finding] = default_check(
        tmp_path, news, venue, ["The rupiah rose on the Sumatra Inter Bank Spot Market on Tuesday."]
    )
    assert finding.term == "Jakarta"


def test_a_day_after_the_verb_of_saying_is_no_place_of_its_own(tmp_path, news):
    """ "Sri Mulyani at the Treasury said on Monday": the day is the saying's, the
    dateline's ``di Jakarta, Senin`` left out as news English does; "in Sumatra on Monday"
    gives the day another place."""
    source = ["Laba naik, kata Menteri Keuangan Sri Mulyani di Jakarta, Senin."]
    said = ["Profit rose, Finance Minister Sri Mulyani at the Treasury said on Monday."]
    assert default_check(tmp_path, news, source, said) == []
    placed = ["Profit rose, Finance Minister Sri Mulyani said in Sumatra on Monday."]
    assert [f.term for f in default_check(tmp_path, news, source, placed)] == ["Jakarta"]


CAPITAL = [
    Entry("Indonesia", "Indonesia", kind="place", alternatives=["Indonesian"]),
    Entry("Bank Dunia", "World Bank", kind="organisation"),
    Entry("pasar modal", "capital market"),
    Entry("ibu kota", "capital"),
]


def test_a_general_word_that_translates_another_source_word_stands_for_nothing(tmp_path):
    """ "capital" is the English of ``ibu kota``, which the source does not say, but also a
    word of "capital market", whose ``modal`` it does: "strong capital basis" translates
    ``basis modal yang kuat`` and stands in no place's stead; where the source says no such
    word, it stands where ``Indonesia`` was."""
    matcher = Matcher(CAPITAL)
    first = (["Bank Dunia memberi pinjaman ke Indonesia."], ["The World Bank lent to Indonesia."])
    said = "Peringkat naik karena basis modal Indonesia kuat."
    source = [*first[0], said]
    target = [*first[1], "The rating rose on its strong capital basis."]
    assert default_check(tmp_path, matcher, source, target) == []
    unsaid = [*first[0], "Peringkat naik karena basis Indonesia kuat."]
    [finding] = default_check(tmp_path, matcher, unsaid, target)
    assert (finding.line, finding.term) == (2, "Indonesia")
    assert "stands there" not in finding.message  # a general word for a place: not named


def test_a_rare_general_word_given_as_the_dateline_s_place_is_a_mismatch(tmp_path):
    """ "in coronavirus" where the dateline's place was; "in order to" is no location."""
    matcher = Matcher(
        [
            Entry("Jakarta", "Jakarta", kind="place"),
            Entry("virus corona", "coronavirus"),
            Entry("perintah", "order"),
        ]
    )
    source = ["Laba naik, kata Sri Mulyani di Jakarta, Selasa."]
    quiet = "Profit rose on Tuesday in order to pay debts, Sri Mulyani said."
    assert default_check(tmp_path, matcher, source, [quiet]) == []
    [finding] = default_check(
        tmp_path, matcher, source, ["Profit rose on Tuesday in coronavirus, Sri Mulyani said."]
    )
    assert (finding.term, "stands there" in finding.message) == ("Jakarta", False)


def test_an_acronym_after_another_name_does_not_render_the_term(tmp_path):
    """ANTARA writes the acronym after the name ("the Jakarta Stock Exchange JSX"); after a
    name that only ends like the term's ("the Surabaya Stock Exchange JSX") the acronym
    renders nothing, and the name before it is wrong."""
    matcher = Matcher(
        [
            Entry(
                "Bursa Efek Jakarta",
                "Jakarta Stock Exchange",
                kind="organisation",
                alternatives=["JSX"],
                variants=["BEJ"],
            ),
            Entry("Surabaya", "Surabaya", kind="place"),
        ]
    )
    source = ["Laporan kepada Bursa Efek Jakarta BEJ, Senin."]
    for kept in (
        "A report to the Jakarta Stock Exchange JSX on Monday.",
        "A report to JSX on Monday.",
    ):
        assert default_check(tmp_path, matcher, source, [kept]) == []
    [finding] = default_check(
        tmp_path, matcher, source, ["A report to the Surabaya Stock Exchange JSX on Monday."]
    )
    assert (finding.kind, finding.term) == ("mismatch", "Bursa Efek Jakarta")


def test_an_editor_reads_one_finding_for_the_terms_of_one_line(tmp_path):
    """Two acronyms left in Indonesian on one line are one finding that names both."""
    matcher = Matcher(
        [
            Entry("NTT", "East Nusa Tenggara", kind="place"),
            Entry("NTB", "West Nusa Tenggara", kind="place"),
        ]
    )
    source = ["Turis berkunjung ke Bali, NTT dan NTB."]
    [finding] = default_check(tmp_path, matcher, source, ["Tourists visit Bali, NTT and NTB."])
    assert (finding.kind, finding.covered) == ("untranslated", ("NTT", "NTB"))
    assert finding.message.startswith("2 terms of this line: 'NTT' left in Indonesian")


NAMES = [
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("Tokyo", "Tokyo", kind="place"),
    Entry("Bank Dunia", "World Bank", kind="organisation"),
    Entry("Dana Moneter Internasional", "International Monetary Fund", kind="organisation"),
]


def test_two_names_rendered_as_others_on_a_translated_line_read_as_such(tmp_path):
    """A line that keeps its source's numbers with two names replaced is translated, with
    two wrong renderings, not a line that says something else."""
    matcher = Matcher(NAMES)
    source = ["Bank Dunia meminjamkan 300 juta dolar kepada Jakarta pada 2007."]
    wrong = ["The International Monetary Fund lent 300 million dollars to Tokyo in 2007."]
    [finding] = default_check(tmp_path, matcher, source, wrong)
    assert set(finding.covered) == {"Bank Dunia", "Jakarta"}
    assert finding.message.startswith("2 terms of this line: ")
    assert "'Tokyo' stands there" in finding.message
    loose = ["Tokyo and the International Monetary Fund were in the news."]
    [finding] = default_check(tmp_path, matcher, source, loose)
    assert finding.message.startswith("2 key terms of this line lack their English (a clause")


def test_a_line_is_translated_where_its_english_keeps_half_its_other_anchors():
    """Numbers and names besides the missing terms' words: "Rp9,100" and "Sinaga" kept,
    ``BI`` missing, is a translated line; an English with none of them is a loose one."""
    source = "Menurut BI, rupiah ditutup Rp9.100, kata Edwin Sinaga."
    missing = Finding(
        kind="mismatch",
        path="a",
        line=1,
        column=1,
        term="BI",
        found="BI",
        expected="Bank Indonesia",
        message="",
        severity="error",
    )
    unrendered = [(missing, "")]
    assert aligned(unrendered, source, "The rupiah closed at Rp9,100, Edwin Sinaga said.")
    assert not aligned(unrendered, source, "The rupiah closed higher, a dealer said.")
