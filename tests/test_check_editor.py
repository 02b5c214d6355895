"""glossary check as an editor uses it: severity, strict, required entries, spellings,
documents, what English news writes, repeated mentions."""

import pytest
from check_helpers import ENTRIES, write
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
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher(ENTRIES)


@pytest.fixture(scope="module")
def news():
    return Matcher(NEWS)


def default_check(tmp_path, matcher, source_lines, target_lines, **options):
    """``glossary check`` with its default options (unless ``options`` say otherwise)."""
    src = write(tmp_path / "a.id.txt", "\n".join(source_lines) + "\n")
    tgt = write(tmp_path / "a.en.txt", "\n".join(target_lines) + "\n")
    return check.check_inputs(check.read_inputs([src], [tgt]), matcher, None, **options)


def test_general_terms_are_checked_only_with_strict(tmp_path, news):
    source, target = ["Perundingan gagal."], ["Discussions failed."]
    assert default_check(tmp_path, news, source, target) == []
    [finding] = default_check(tmp_path, news, source, target, strict=True)
    assert (finding.kind, finding.severity, finding.term) == ("mismatch", "warning", "perundingan")


def test_names_and_required_entries_are_errors(tmp_path, news):
    source = ["Korea Utara dan sanksi."]
    findings = default_check(tmp_path, news, source, ["Pyongyang and punishment."])
    assert [(f.term, f.severity) for f in findings] == [
        ("Korea Utara", "error"),
        ("sanksi", "error"),
    ]


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
        ("kata Menteri Keuangan Sri Mulyani.", "Sri Mulyani said."),
        ("Dana naik, kata Menteri Keuangan Sri Mulyani.", "Funds rose, Mulyani said."),
        ("Kurs terhadap dolar AS Rp9.100 per dolar AS.", "The rate was Rp9,100 per dollar."),
        ("Kantor di Jl Medan Merdeka Barat.", "An office on Jl Medan Merdeka Barat."),
        ("Kata dia di Gedung Depkeu Jakarta, Senin.", "He said here on Monday."),
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
    ],
)
def test_what_english_news_does_not_write_is_found(tmp_path, news, source, target, kind):
    [finding] = default_check(tmp_path, news, [source], [target])
    assert finding.kind == kind


def test_a_repeated_mention_may_be_short_once_rendered_in_the_document(tmp_path, news):
    source = ["Korea Utara menolak.", "Korea Utara mengancam.", "Korea Utara diam.", "X.", "Y."]
    target = ["North Korea refused.", "The impoverished North threatened.", "It was silent."]
    assert default_check(tmp_path, news, source[:3], target) == []
    # Without the first rendering, or with a pronoun too far from it, they are mismatches.
    alone = default_check(tmp_path, news, source[1:3], target[1:])
    assert [f.line for f in alone] == [1, 2]
    far = ["North Korea refused.", "Nothing.", "Nothing.", "Nothing.", "It was silent."]
    source_far = ["Korea Utara menolak.", "X.", "Y.", "Z.", "Korea Utara diam."]
    assert [f.line for f in default_check(tmp_path, news, source_far, far)] == [5]


def test_a_place_mentioned_again_may_be_the_country(tmp_path, news):
    source = ["Korea Utara menolak.", "Korea Utara kembali berutang banyak."]
    target = ["North Korea refused.", "The country borrowed heavily again."]
    assert default_check(tmp_path, news, source, target) == []
    assert len(default_check(tmp_path, news, source[1:], target[1:])) == 1
    moved = ["North Korea refused.", "Heavy borrowing is again a burden on the country."]
    assert len(default_check(tmp_path, news, source, moved)) == 1  # not where the term stands


def test_a_title_said_again_may_be_he_said(tmp_path, news):
    source = ["Menteri Keuangan hadir.", "A.", "B.", "C.", "Dana naik, kata Menteri Keuangan."]
    target = ["The Finance Minister attended.", "A.", "B.", "C.", "Funds rose, he said."]
    assert default_check(tmp_path, news, source, target) == []
    [finding] = default_check(tmp_path, news, source[1:], target[1:])
    assert (finding.kind, finding.line) == ("mismatch", 4)


def test_source_side_kinds_are_off_beside_a_translation(tmp_path, matcher):
    source, target = ["Hubungan dengan Cina."], ["Relations with China."]
    assert default_check(tmp_path, matcher, source, target) == []
    [finding] = default_check(tmp_path, matcher, source, target, source=True)
    assert (finding.kind, finding.severity) == ("deprecated", "error")


WORDS = ["kim", "jong", "un", "defence", "organisation", "centre"]


@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "-"])), min_size=1))
def test_joins_case_and_british_spelling_share_a_variant_key(parts):
    from glossary.check.bilingual import variant_key

    plain = " ".join(word for word, _ in parts)
    joined = "".join(join + word for word, join in parts)[1:]
    american = joined.replace("defence", "defense").replace("isation", "ization")
    american = american.replace("centre", "center")
    assert variant_key(plain) == variant_key(american) == variant_key(american.upper())
