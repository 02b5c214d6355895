"""glossary check as an editor uses it: severity, strict, required entries, spellings,
documents, what English news writes, repeated mentions."""

import pytest
from check_helpers import ENTRIES, default_check
from hypothesis import given
from hypothesis import strategies as st

from glossary import check
from glossary.match import Matcher
from glossary.store import Entry

# Every check runs on the pure-Python scanner and on the compiled one (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("implementation")

# -- what an editor acts on -------------------------------------------------------------

NEWS = [
    Entry("Korea Utara", "North Korea", kind="place"),
    Entry("Jakarta", "Jakarta", kind="place"),
    Entry("Israel", "Israel", kind="place"),
    Entry("menteri", "minister", kind="title"),
    Entry("Menteri Keuangan", "Finance Minister", kind="title"),
    Entry("Barat", "West", kind="place"),
    Entry("Amerika Serikat", "United States", kind="place", variants=["AS"], alternatives=["US"]),
    Entry("pertahanan", "defence", alternatives=["defense"]),
    Entry("perundingan", "negotiations", alternatives=["talks"]),
    Entry("sanksi", "sanction", alternatives=["penalty"], required=True),
    Entry("Kim Jong Un", "Kim Jong Un", kind="person"),
    Entry("babak kedua", "second half"),
    Entry("Bank Indonesia", "Bank Indonesia", kind="organisation", alternatives=["BI"]),
    Entry("PT", "PT", kind="acronym"),
    Entry("Bank Dunia", "World Bank", kind="organisation"),
    Entry("Bank Pembangunan Asia", "Asian Development Bank", kind="organisation"),
    Entry("pemerintah provinsi", "provincial government", kind="organisation"),
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher(ENTRIES)


@pytest.fixture(scope="module")
def news():
    return Matcher(NEWS)


def test_general_terms_are_checked_only_with_strict(tmp_path, news):
    source, target = ["Perundingan gagal."], ["Discussions failed."]
    assert default_check(tmp_path, news, source, target) == []
    [finding] = default_check(tmp_path, news, source, target, strict=True)
    assert (finding.kind, finding.severity, finding.term) == ("mismatch", "warning", "perundingan")


def test_names_and_required_entries_are_errors(tmp_path, news):
    source = ["Korea Utara dan sanksi."]
    findings = default_check(tmp_path, news, source, ["Israel and punishment."])
    # Neither rendered: one finding for the line, naming both (``not_translated``).
    assert [(f.covered, f.severity) for f in findings] == [(("Korea Utara", "sanksi"), "error")]


def test_different_accepted_words_are_never_inconsistent(tmp_path, news):
    source = ["Di AS.", "Di AS.", "Perundingan.", "Perundingan."]
    target = ["In the US.", "In the United States.", "Talks.", "Negotiations."]
    assert default_check(tmp_path, news, source, target, strict=True) == []


@pytest.mark.parametrize(
    "first, second",
    [("defence", "defense"), ("Kim Jong Un", "Kim Jong-un"), ("Kim Jong Un", "Kim Jong un")],
)
def test_spelling_variants_are_inconsistent_within_a_document(tmp_path, news, first, second):
    term = "pertahanan" if first == "defence" else "Kim Jong Un"
    source = [f"Soal {term}.", f"Soal {term}.", f"Soal {term}."]
    target = [f"On {first}.", f"On {first}s.", f"On {second}."]
    [finding] = default_check(tmp_path, news, source, target)
    assert (finding.kind, finding.severity, finding.line) == ("inconsistent", "warning", 3)
    assert (finding.found, finding.expected) == (second, first)


def test_capitals_of_a_common_noun_organisation_are_grammar_not_spelling(tmp_path, news):
    """The glossary writes ``provincial government`` in lower case: a translator capitalises
    it as the name of one government and not as a generic noun, both right; an organisation
    the glossary capitalises keeps its capitals as spelling."""
    source = ["Pemerintah provinsi DKI Jakarta.", "Pemerintah provinsi itu.", "Di Bank Dunia."]
    target = [
        "The Jakarta Provincial Government.",
        "The provincial government.",
        "At the World Bank.",
    ]
    assert default_check(tmp_path, news, source, target, strict=True) == []
    target = [*target, "At the World bank."]
    [finding] = default_check(tmp_path, news, [*source, "Di Bank Dunia."], target)
    assert (finding.kind, finding.found) == ("inconsistent", "World bank")


def test_capitals_spell_only_a_rendering_the_glossary_capitalises(tmp_path):
    """``Bank Indonesia`` is a name, but its rendering "central bank" is a description the
    glossary writes in lower case: a document title's capitals ("Central Bank's Notification
    Letter") are grammar there, while "world bank" misspells a capitalised rendering."""
    bank = Matcher(
        [
            Entry(
                "Bank Indonesia",
                "Bank Indonesia",
                kind="organisation",
                alternatives=["central bank"],
            ),
            Entry("Bank Dunia", "World Bank", kind="organisation"),
        ]
    )
    source = ["Kata Bank Indonesia.", "Kata Bank Indonesia.", "Surat Edaran Bank Indonesia."]
    target = [
        "The central bank said.",
        "The central bank's view.",
        "The Central Bank's Notification Letter.",
    ]
    assert default_check(tmp_path, bank, source, target) == []
    source = [*source, "Kata Bank Dunia.", "Kata Bank Dunia."]
    target = [*target, "The World Bank said.", "The world bank said."]
    [finding] = default_check(tmp_path, bank, source, target)
    assert (finding.kind, finding.line, finding.found) == ("inconsistent", 5, "world bank")


def test_a_tie_between_spellings_goes_to_the_glossarys_own(tmp_path, news):
    """One use each of "World Bank" and "world bank": the finding is at the one that departs
    from the glossary, whichever comes first."""
    source = ["Kata Bank Dunia.", "Kata Bank Dunia."]
    for target, line in (
        (["The world bank said.", "The World Bank said."], 1),
        (["The World Bank said.", "The world bank said."], 2),
    ):
        [finding] = default_check(tmp_path, news, source, target)
        assert (finding.kind, finding.line) == ("inconsistent", line)
        assert (finding.found, finding.expected) == ("world bank", "World Bank")


def test_one_spelling_against_the_majority_is_one_finding_with_its_lines(tmp_path, news):
    """An editor changes "defense" everywhere at once: one finding at its first use, which
    names the other lines it is on."""
    source = ["Soal pertahanan."] * 6
    target = ["On defence."] * 3 + ["On defense.", "On defence.", "On defense."]
    [finding] = default_check(tmp_path, news, source, target)
    assert (finding.kind, finding.line, finding.found) == ("inconsistent", 4, "defense")
    assert "'defense' here, also on line 6;" in finding.message


def test_a_required_entry_needs_one_rendering(tmp_path, news):
    source = ["Sanksi baru.", "Sanksi baru.", "Sanksi lama."]
    target = ["New sanctions.", "New sanctions.", "Old penalties."]
    [finding] = default_check(tmp_path, news, source, target)
    assert (finding.kind, finding.severity, finding.line) == ("inconsistent", "error", 3)
    assert (finding.found, finding.expected) == ("penalty", "sanction")


@pytest.mark.parametrize("split, separator", [("blank-line", ""), ("###", "###")])
def test_split_makes_each_article_its_own_document(tmp_path, news, split, separator):
    source = ["Soal pertahanan.", "Soal pertahanan.", separator, "Soal pertahanan."]
    target = ["On defence.", "On defence.", separator, "On defense."]
    [finding] = default_check(tmp_path, news, source, target)
    assert (finding.kind, finding.line) == ("inconsistent", 4)
    assert default_check(tmp_path, news, source, target, split=split) == []


@pytest.mark.parametrize(
    "source, target",
    [
        ("Tentara Israel masuk.", "Israeli troops entered."),
        ("Rakyat Korea Utara.", "The North Korean people."),
        ("Pertemuan menteri.", "Ministerial talks."),
        ("Rp9.100 per dolar AS.", "Rp9,100 per dollar."),
        ("Sebesar 2 miliar dolar AS.", "Some $2 billion."),
        ("Targetnya 100 miliar dolar Amerika Serikat.", "It targets USD 100 billion."),
        ("Targetnya 100 miliar dollar AS per tahun.", "It targets $100 billion a year."),
        ("kata Menteri Keuangan Sri Mulyani.", "Sri Mulyani said."),
        ("Dana naik, kata Menteri Keuangan Sri Mulyani.", "Funds rose, Mulyani said."),
        ("Kurs terhadap dolar AS Rp9.100 per dolar AS.", "The rate was Rp9,100 per dollar."),
        ("Kantor di Jl Medan Merdeka Barat.", "An office on Jl Medan Merdeka Barat."),
        ("Kata dia di Gedung Depkeu Jakarta, Senin.", "He said here on Monday."),
        ("Kata dia di Gedung DPR/MPR Jakarta, Kamis.", "He said on Thursday."),
        ("Kata dia di Gedung BI Jakarta, Rabu.", "He said at the BI building here on Wednesday."),
        ("Kata dia di Kantor Bea dan Cukai, Jakarta, Kamis.", "He said here."),
        (
            "Kata Pefindo dalam pernyataannya di Jakarta, Rabu.",
            "Pefindo said in a statement on Wednesday.",
        ),
        ("Naik, kata analis PT Bank Saudara, Ruri Nova di Jakarta.", "It rose, Ruri said."),
        ("Pengamat Edwin Sinaga di Jakarta mengatakan naik.", "It rose, Edwin Sinaga said."),
        ("Naik, kata Menteri Keuangan Amerika Serikat, John Snow.", "It rose, Snow said."),
        ("Kata Menteri Keuangan hari ini.", "The Minister of Finance said today."),
        ("PT Aneka Tambang Antam naik.", "Antam rose."),
        (
            "Naik, kata Direktur Retail Banking PT Bank Mega Kostaman Thayib.",
            "It rose, Kostaman Thayib, banking retail director of Bank Mega, said.",
        ),
    ],
)
def test_what_english_news_writes_is_accepted(tmp_path, news, source, target):
    assert default_check(tmp_path, news, [source], [target]) == []


@pytest.mark.parametrize(
    "source, target, kind",
    [
        ("Rp9.100 per dolar AS.", "Rp9,100 per Canadian dollar.", "mismatch"),
        ("kata Menteri Keuangan Sri Mulyani.", "Trade Minister Sri Mulyani said.", "mismatch"),
        ("Barat mengecam.", "Barat condemned it.", "untranslated"),
        ("Kata dia di Gedung DPR Jakarta, Senin.", "He said in Hanoi on Monday.", "mismatch"),
        ("Kurs di pasar antarbank Jakarta, Selasa.", "In the Hanoi market on Tuesday.", "mismatch"),
        ("Kata dia di Jakarta, Rabu.", "He said in regime on Wednesday.", "mismatch"),
        (
            "Dia mengatakan, kantor ada di Bogor dan Jakarta.",
            "He said offices are in Bogor.",
            "mismatch",
        ),
        ("Bank sentral AS The Fed naik.", "The Fed of Mexico rose.", "mismatch"),
        ("PDB AS 2 miliar dolar AS.", "Mexico's GDP is $2 billion.", "mismatch"),
        (
            "Naik, kata Menteri Keuangan Bank Dunia, John Snow.",
            "It rose, Trade Minister of the World Bank, John Snow said.",
            "mismatch",
        ),
        ("kata Menteri Keuangan Sri Mulyani.", "Sri Mulyani, trade minister, said.", "mismatch"),
        (
            "Naik, kata Menteri Keuangan AS, John Snow.",
            "It rose, UK Finance Minister Snow said.",
            "mismatch",
        ),
    ],
)
def test_what_english_news_does_not_write_is_found(tmp_path, news, source, target, kind):
    [finding] = default_check(tmp_path, news, [source], [target], strict=True)
    assert finding.kind == kind


def test_another_name_after_the_title_s_rendering_stands_in_the_person_s_place(tmp_path, news):
    """Sekretaris Jenderal PBB Antonio Guterres as "UN Secretary-General Ban Ki-moon": the
    title is rendered, and a name the glossary does not know stands where the person's
    name belongs, so the name is wrong, not left out."""
    source = ["Kata Menteri Keuangan Kim Jong Un di Jakarta."]
    [finding] = default_check(tmp_path, news, source, ["Finance Minister John Smith said here."])
    assert (finding.term, finding.severity) == ("Kim Jong Un", "error")
    assert "'John Smith' stands there" in finding.message
    assert default_check(tmp_path, news, source, ["Finance Minister Kim Jong Un said here."]) == []


def test_grammar_is_no_spelling_variant(tmp_path, news):
    """A compound hyphenated before a noun ("second-half goals") and an acronym's full stop
    at the end of a sentence ("by BI.") are grammar, not a second spelling."""
    source = [
        "Gol babak kedua.",
        "Di babak kedua.",
        "Survei Bank Indonesia.",
        "Kata Bank Indonesia.",
    ]
    target = ["Second-half goals.", "In the second half.", "A survey by BI.", "BI said."]
    assert default_check(tmp_path, news, source, target, strict=True) == []
    spelt = ["In the second-half.", "In the second half.", "A survey by BI.", "BI said."]
    [finding] = default_check(tmp_path, news, source, spelt, strict=True)
    assert (finding.kind, finding.line, finding.found) == ("inconsistent", 1, "second-half")


def test_a_title_said_again_may_be_general(tmp_path, news):
    source = ["Menteri Keuangan hadir.", "Dana naik, kata Menteri Keuangan."]
    for general in ("Funds rose, a minister said.", "Funds rose, the ministry official said."):
        assert default_check(tmp_path, news, source, ["The Finance Minister came.", general]) == []
    wrong = ["The Finance Minister came.", "Funds rose, a lawmaker said."]
    assert [f.line for f in default_check(tmp_path, news, source, wrong, strict=True)] == [2]


def test_a_title_with_its_head_first_or_a_rank_before_it():
    derived = dict(check.patterns.derived_renderings("title", ("Bank Indonesia Governor",)))
    assert derived["Governor of Bank Indonesia"] == "Bank Indonesia Governor"
    assert derived["Bank Indonesia deputy Governor"] == "Bank Indonesia Governor"
    assert "Governor of Bank" not in derived


def test_a_repeated_mention_may_be_short_once_rendered_in_the_document(tmp_path, news):
    source = ["Korea Utara menolak.", "Korea Utara mengancam.", "Korea Utara diam.", "X.", "Y."]
    target = ["North Korea refused.", "The impoverished North threatened.", "It was silent."]
    assert default_check(tmp_path, news, source[:3], target) == []
    # Without the first rendering, or with a pronoun too far from it, they are mismatches.
    alone = default_check(tmp_path, news, source[1:3], target[1:], strict=True)
    assert [f.line for f in alone] == [1, 2]
    far = ["North Korea refused.", "Nothing.", "Nothing.", "Nothing.", "It was silent."]
    source_far = ["Korea Utara menolak.", "X.", "Y.", "Z.", "Korea Utara diam."]
    assert [f.line for f in default_check(tmp_path, news, source_far, far, strict=True)] == [5]


def test_a_short_form_is_none_inside_another_terms_rendering(tmp_path, news):
    source = ["Bank Dunia memberi pinjaman.", "Dari Bank Dunia dan Bank Pembangunan Asia."]
    target = ["The World Bank lent.", "From the bank and the Asian Development Bank."]
    assert default_check(tmp_path, news, source, target) == []
    named = ["The World Bank lent.", "From the Japan Bank and the Asian Development Bank."]
    assert [f.line for f in default_check(tmp_path, news, source, named, strict=True)] == [2]
    far = [
        "The World Bank lent.",
        "From the IMF, the Asian Development Bank, the Fed and others, said the bank.",
    ]
    assert [f.line for f in default_check(tmp_path, news, source, far, strict=True)] == [2]
    wrong = ["The World Bank lent.", "From the IMF and the Asian Development Bank."]
    [finding] = default_check(tmp_path, news, source, wrong, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Bank Dunia")


def test_a_place_mentioned_again_may_be_the_country(tmp_path, news):
    source = ["Korea Utara menolak.", "Korea Utara kembali berutang banyak."]
    target = ["North Korea refused.", "The country borrowed heavily again."]
    assert default_check(tmp_path, news, source, target) == []
    assert len(default_check(tmp_path, news, source[1:], target[1:], strict=True)) == 1
    moved = ["North Korea refused.", "Heavy borrowing is again a burden on the country."]
    # Not where the term stands: the omission is shown with strict.
    assert len(default_check(tmp_path, news, source, moved, strict=True)) == 1


def test_a_place_said_again_as_it_does_not_speak(tmp_path, news):
    """ "It" may stand for a country opening the sentence; "it added" is who is quoted."""
    source = ["Korea Utara menolak.", "Korea Utara tetap berisiko."]
    assert (
        default_check(tmp_path, news, source, ["North Korea refused.", "It remains risky."]) == []
    )
    quoted = ["North Korea refused.", "It added the bank remains risky."]
    [finding] = default_check(tmp_path, news, source, quoted, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Korea Utara")


def test_he_after_said_is_who_speaks_not_the_person(tmp_path):
    """ "He said he believed" says the person again; in "The euro said he believed" the
    "he" is the speaker's, and the name is missing."""
    people = Matcher([Entry("Boediono", "Boediono", kind="person")])
    source = ["Boediono datang.", "Harga turun tajam, Boediono yakin."]
    said = ["Boediono came.", "Prices fall sharply, he believes."]
    assert default_check(tmp_path, people, source, said) == []
    wrong = ["Boediono came.", "Prices fall, euro said he believes."]
    [finding] = default_check(tmp_path, people, source, wrong, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Boediono")


def test_a_place_noun_before_a_noun_names_no_place(tmp_path, news):
    """ "the state budget", "the capital market" are no mention of a country said again;
    "the country's debt", "the country had" are."""
    source = ["Korea Utara menolak.", "Korea Utara berutang lagi."]
    for said in ("The country's debt rose again.", "The country had more debt again."):
        assert default_check(tmp_path, news, source, ["North Korea refused.", said]) == []
    for wrong in ("The state budget debt rose again.", "The capital market debt rose again."):
        [finding] = default_check(
            tmp_path, news, source, ["North Korea refused.", wrong], strict=True
        )
        assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Korea Utara")


def test_a_title_said_again_may_be_he_said(tmp_path, news):
    source = ["Menteri Keuangan hadir.", "A.", "B.", "C.", "Dana naik, kata Menteri Keuangan."]
    target = ["The Finance Minister attended.", "A.", "B.", "C.", "Funds rose, he said."]
    assert default_check(tmp_path, news, source, target) == []
    [finding] = default_check(tmp_path, news, source[1:], target[1:], strict=True)
    assert (finding.kind, finding.line) == ("mismatch", 4)


def test_a_title_mentioned_again_is_its_head_noun(tmp_path, news):
    """A later mention of a title is "the minister", not "the finance" followed by
    another word in its place."""
    source = ["Menteri Keuangan datang.", "Menteri Keuangan menyatakan setuju."]
    said = ["The Finance Minister came.", "The minister agreed."]
    assert default_check(tmp_path, news, source, said) == []
    wrong = ["The Finance Minister came.", "The finance regime agreed."]
    [finding] = default_check(tmp_path, news, source, wrong, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Menteri Keuangan")


def test_a_possessive_does_not_stand_for_a_title(tmp_path, news):
    """ "he" may stand for a title said again; "his" beside another name in its place
    does not ("in his speech, the Inspector General called")."""
    source = ["Menteri Keuangan datang.", "Dalam pidatonya, Menteri Keuangan mengajak rakyat."]
    he = ["The Finance Minister came.", "In the speech, he called on the people."]
    assert default_check(tmp_path, news, source, he) == []
    wrong = ["The Finance Minister came.", "At the end of his speech the governor called on them."]
    [finding] = default_check(tmp_path, news, source, wrong, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Menteri Keuangan")


def test_a_title_holder_speaks_for_it_with_nothing_before_the_name(tmp_path):
    """``kata Menteri Keuangan Sri Mulyani`` may be "Sri Mulyani said" once the document
    named her with the title; not with another word where the title stood."""
    held = Matcher([*NEWS, Entry("Sri Mulyani", "Sri Mulyani", kind="person")])
    source = [
        "Menteri Keuangan Sri Mulyani datang.",
        "Dana naik, kata Menteri Keuangan Sri Mulyani.",
    ]
    said = ["Finance Minister Sri Mulyani came.", "Funds rose, Sri Mulyani said."]
    assert default_check(tmp_path, held, source, said) == []
    wrong = ["Finance Minister Sri Mulyani came.", "Funds rose, volcano Sri Mulyani said."]
    [finding] = default_check(tmp_path, held, source, wrong, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Menteri Keuangan")


def test_initials_for_the_sources_own_acronym_owe_the_name(tmp_path):
    """Once "Jakarta Stock Exchange" was written, "the JSE" is a later mention of ``Bursa
    Efek Jakarta``, but not where the source gives its acronym too (``Bursa Efek Jakarta
    BEJ``): the initials render that acronym, and a word in the name's place is wrong."""
    exchange = Matcher([Entry("Bursa Efek Jakarta", "Jakarta Stock Exchange", kind="organisation")])
    first = "Saham naik di Bursa Efek Jakarta."
    said = ["Shares rose on the Jakarta Stock Exchange.", "The JSE index rose."]
    assert (
        default_check(tmp_path, exchange, [first, "Indeks di Bursa Efek Jakarta naik."], said) == []
    )
    source = [first, "Indeks Bursa Efek Jakarta BEJ naik."]
    wrong = ["Shares rose on the Jakarta Stock Exchange.", "The taxpayer JSE index rose."]
    [finding] = default_check(tmp_path, exchange, source, wrong, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Bursa Efek Jakarta")


def test_source_side_kinds_are_off_beside_a_translation(tmp_path, matcher):
    source, target = ["Hubungan dengan Cina."], ["Relations with China."]
    assert default_check(tmp_path, matcher, source, target) == []
    [finding] = default_check(tmp_path, matcher, source, target, source=True)
    assert (finding.kind, finding.severity) == ("deprecated", "error")


WORDS = ["kim", "jong", "un", "defence", "organisation", "centre"]


@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "-"])), min_size=1))
def test_joins_case_and_british_spelling_share_a_variant_key(parts):
    from glossary.check.spelling import variant_key

    plain = " ".join(word for word, _ in parts)
    joined = "".join(join + word for word, join in parts)[1:]
    american = joined.replace("defence", "defense").replace("isation", "ization")
    american = american.replace("centre", "center")
    assert variant_key(plain) == variant_key(american) == variant_key(american.upper())


AUDIT_BOARD = Entry(
    "Badan Pemeriksa Keuangan",
    "Supreme Audit Agency",
    kind="organisation",
    variants=["BPK"],
    alternatives=["Audit Board", "BPK"],
)


@pytest.mark.parametrize(
    ("english", "reported"),
    [
        ("The audit by the Finance Ministry (BPK) found losses.", True),
        ("The audit by the Audit Board (BPK) found losses.", False),
        ("The audit by BPK found losses.", False),  # the acronym alone renders it
    ],
)
def test_an_acronym_in_brackets_needs_the_name_before_it_rendered(tmp_path, english, reported):
    source = "Audit Badan Pemeriksa Keuangan (BPK) menemukan kerugian."
    findings = default_check(tmp_path, Matcher([AUDIT_BOARD]), [source], [english])
    assert [f.term for f in findings if f.kind == "mismatch"] == (
        ["Badan Pemeriksa Keuangan"] if reported else []
    )


def test_an_acronym_alone_in_the_source_is_rendered_by_the_acronym(tmp_path):
    findings = default_check(
        tmp_path,
        Matcher([AUDIT_BOARD]),
        ["Audit BPK menemukan kerugian."],
        ["The audit by the Finance Ministry (BPK) found losses."],
    )
    assert findings == []


def test_the_country_s_before_a_rendered_term_is_the_place_wherever_it_stands(tmp_path, news):
    """``sanksi Korea Utara`` as "the country's sanctions" names the country though the
    English moves the phrase to the other end of the sentence; far from the term's place
    and before no rendering, "the country" says nothing of it."""
    source = [
        "Korea Utara menolak.",
        "Menurut pejabat itu, setelah rapat panjang, sanksi Korea Utara naik.",
    ]
    moved = [
        "North Korea refused.",
        "The country's sanctions rose after a long meeting, the official said.",
    ]
    assert default_check(tmp_path, news, source, moved) == []
    far = [
        "North Korea refused.",
        "The country's officials met long and the sanction rose, he said.",
    ]
    [finding] = default_check(tmp_path, news, source, far, strict=True)
    assert (finding.kind, finding.line, finding.term) == ("mismatch", 2, "Korea Utara")


SPELT = Matcher(
    [
        Entry("Asia Pasifik", "Asia-Pacific", kind="place"),
        Entry(
            "Asia Tenggara",
            "Southeast Asia",
            kind="place",
            alternatives=["South East Asia", "South-East Asia"],
        ),
        Entry("usaha kecil dan menengah", "small and medium enterprises", variants=["UKM"]),
    ]
)


def test_the_glossarys_spelling_is_expected_against_the_documents_majority(tmp_path):
    """ "Asia Pacific" 2×, "Asia-Pacific" once: the glossary writes "Asia-Pacific", so the
    other spelling is the one to change, not the glossary's."""
    source = ["Di Asia Pasifik."] * 3
    target = ["In Asia Pacific.", "In Asia-Pacific.", "In Asia Pacific."]
    [finding] = default_check(tmp_path, SPELT, source, target)
    assert (finding.line, finding.found, finding.expected) == (1, "Asia Pacific", "Asia-Pacific")
    assert finding.message.endswith(
        "also on line 3; in this document 'Asia-Pacific' 1×,"
        " 'Asia Pacific' 2×; the glossary writes 'Asia-Pacific'"
    )


def test_a_tie_between_spellings_is_no_majority(tmp_path):
    """One use each of two spellings the glossary accepts: neither is the majority; the
    glossary's order decides which the finding expects."""
    source = ["Di Asia Tenggara.", "Di Asia Tenggara."]
    target = ["In South-East Asia.", "In South East Asia."]
    [finding] = default_check(tmp_path, SPELT, source, target)
    assert finding.kind == "inconsistent"
    assert (finding.line, finding.expected) == (1, "South East Asia")
    assert finding.message.endswith("no majority; the glossary's order: 'South East Asia'")


def test_an_inconsistency_names_the_term_as_the_source_writes_it(tmp_path):
    """The source has the acronym ``UKM``: the message says 'UKM', not the entry's
    spelt-out ``usaha kecil dan menengah``, which the line does not have."""
    source = ["Kredit UKM naik.", "Kredit UKM naik.", "Kredit UKM turun."]
    target = [
        "Small and medium enterprises credit rose.",
        "Small and medium enterprises credit rose.",
        "Small-and medium enterprises credit fell.",
    ]
    [finding] = default_check(tmp_path, SPELT, source, target)
    assert (finding.kind, finding.line, finding.term) == (
        "inconsistent",
        3,
        "usaha kecil dan menengah",
    )
    assert finding.message.startswith("'UKM' rendered 'Small-and medium enterprises' here")
