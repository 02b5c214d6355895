"""The shared matcher: every matching rule of issue 4, streaming, lookup, the cache."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import match, store
from glossary.match import Match, Matcher, normalize
from glossary.store import Entry
from glossary.text import Document, InputError


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Compiled glossaries go to a fresh cache folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def entries() -> list[Entry]:
    return [
        Entry("Korea Utara", "North Korea", kind="place", variants=["Korut"]),
        Entry("Korea", "Korea", kind="place"),
        Entry("AS", "US", kind="acronym"),
        Entry("as", "axle"),
        Entry("sanksi", "sanctions", alternatives=["penalties"]),
        Entry("keringanan sanksi", "sanctions relief"),
        Entry("Kim Jong Un", "Kim Jong Un", kind="person"),
        Entry("Kim", "Kim", kind="person"),
        Entry("Barat", "the West", kind="name"),
        Entry("Jawa Barat", "West Java", kind="place"),
        Entry("nuklir", "nuclear"),
        Entry("bijak", "wise"),
        Entry("tega", "heartless"),
        Entry("masa", "period"),
        Entry("ha", "hectare"),
        Entry("Abdul", "Abdul", kind="person"),
        Entry("Jakarta", "Jakarta", kind="place"),
        Entry("luar negeri", "foreign affairs"),
        Entry("negara berkembang", "developing country"),
        Entry("undang-undang", "law"),
        Entry("Tiongkok", "China", kind="place", variants=["China"], deprecated=["Cina"]),
        Entry("pemerintah", "government"),
        Entry("S.H.", "Bachelor of Laws", kind="title"),
        Entry("Presiden", "President", kind="title", case="insensitive"),
        Entry("pt", "limited company", case="sensitive"),
        Entry("draf", "draft", fuzzy=True),
        Entry("lama", "old", obsolete=True),
        Entry("baru", ""),
    ]


MATCHER = Matcher(entries())


def found(text: str, matcher: Matcher = MATCHER) -> list[tuple[str, str]]:
    """(surface, form) of every match, checking that offsets slice the text."""
    result = matcher.find(text)
    for m in result:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.form) for m in result]


# -- whole words, longest leftmost ------------------------------------------------


def test_whole_words_only():
    assert found("kimia dan ASEAN, Kim datang") == [("Kim", "Kim")]
    assert found("Korutan, pemerintahan, sanksii") == []


def test_longest_leftmost_and_no_match_inside_a_longer_one():
    assert found("Korea Utara dan Korea") == [("Korea Utara", "Korea Utara"), ("Korea", "Korea")]
    assert found("keringanan sanksi") == [("keringanan sanksi", "keringanan sanksi")]


def test_a_hyphenated_token_holds_two_terms():
    text = "hubungan Korea Utara-AS dan Rusia-Korea Utara"
    assert found(text) == [
        ("Korea Utara", "Korea Utara"),
        ("AS", "AS"),
        ("Korea Utara", "Korea Utara"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Korea  Utara",
        "Korea\nUtara",
        "Korea \nUtara",
        "Korea\n  Utara",
        "Korea\tUtara",
        "Korea-Utara",
    ],
)
def test_multiword_across_spaces_a_line_break_or_a_hyphen(text):
    assert found(f"di {text}.") == [(text, "Korea Utara")]


@pytest.mark.parametrize("text", ["Korea\n\nUtara", "Korea, Utara", "Korea.Utara", "Korea (Utara"])
def test_multiword_not_across_paragraphs_or_punctuation(text):
    assert found(text) == [("Korea", "Korea")]


def test_hyphen_space_variant_with_its_change_of_case():
    assert found("Kim Jong-un, Kim Jong Un, Kim jong un") == [
        ("Kim Jong-un", "Kim Jong Un"),
        ("Kim Jong Un", "Kim Jong Un"),
        ("Kim", "Kim"),
    ]


# -- case ---------------------------------------------------------------------------


def test_lower_case_entries_match_any_case():
    assert found("Sanksi dijatuhkan. SANKSI BARU. sanksi") == [
        ("Sanksi", "sanksi"),
        ("SANKSI", "sanksi"),
        ("sanksi", "sanksi"),
    ]


def test_acronyms_and_capitalised_names_match_as_written():
    assert found("AS dan as roda") == [("AS", "AS"), ("as", "as")]
    assert found("arah barat, negara Barat, Jawa Barat") == [
        ("Barat", "Barat"),
        ("Jawa Barat", "Jawa Barat"),
    ]
    assert found("korea utara") == []


def test_a_multiword_name_in_an_all_capitals_headline():
    assert found("KOREA UTARA UJI RUDAL") == [("KOREA UTARA", "Korea Utara")]
    assert found("misi ESA, BARAT") == []  # one capitalised word in capitals is an acronym


def test_the_entry_overrides_the_case_rule():
    assert found("presiden dan PRESIDEN") == [("presiden", "Presiden"), ("PRESIDEN", "Presiden")]
    assert found("PT Maju, pt maju") == [("pt", "pt")]


# -- inflection -----------------------------------------------------------------------


def test_reduplication():
    assert found("Sanksi-sanksi itu") == [("Sanksi-sanksi", "sanksi")]
    assert found("negara-negara berkembang") == [("negara-negara berkembang", "negara berkembang")]
    assert found("sanksi sanksi") == [("sanksi", "sanksi"), ("sanksi", "sanksi")]


def test_clitics():
    assert found("program nuklirnya, sanksi-sanksinya, sanksilah") == [
        ("nuklirnya", "nuklir"),
        ("sanksi-sanksinya", "sanksi"),
        ("sanksilah", "sanksi"),
    ]
    assert found("kebijakan luar negerinya") == [("luar negerinya", "luar negeri")]
    assert found("Jakartanya") == [("Jakartanya", "Jakarta")]


def test_no_false_clitics():
    # masalah is a root word, hanya has a two-letter stem, names take only -nya.
    assert found("masalah itu hanya Abdullah") == []
    assert found("masanya") == [("masanya", "masa")]


def test_affixed_derivations_are_other_words():
    assert found("kebijakan penegakan pemerintahan") == []
    listed = Matcher([Entry("pemerintahan", "administration"), Entry("pemerintah", "government")])
    assert found("pemerintahan pemerintah", listed) == [
        ("pemerintahan", "pemerintahan"),
        ("pemerintah", "pemerintah"),
    ]


def test_lexical_reduplication_in_a_term():
    assert found("undang-undang baru, undang saja") == [("undang-undang", "undang-undang")]


# -- variants, deprecated forms, punctuation, what is left out -------------------------


def test_variants_and_deprecated_forms():
    result = MATCHER.find("Korut, China, Cina dan Tiongkok")
    assert [(m.text, m.entry.term, m.status) for m in result] == [
        ("Korut", "Korea Utara", "variant"),
        ("China", "Tiongkok", "variant"),
        ("Cina", "Tiongkok", "deprecated"),
        ("Tiongkok", "Tiongkok", "preferred"),
    ]


def test_a_form_with_punctuation_matches_with_its_punctuation():
    assert found("Budi, S.H. dan S H") == [("S.H", "S.H.")]


def test_fuzzy_obsolete_and_untranslated_entries_are_left_out():
    assert found("draf lama baru") == []
    fuzzy = Matcher(entries(), include_fuzzy=True)
    assert found("draf lama baru", fuzzy) == [("draf", "draf")]


def test_a_preferred_form_wins_over_another_entry_s_variant():
    matcher = Matcher(
        [
            Entry("Korsel", "Korsel (a brand)", variants=[]),
            Entry("Korea Selatan", "South Korea", variants=["Korsel"]),
        ]
    )
    (m,) = matcher.find("Korsel")
    assert m.status == "preferred" and m.entry.english == "Korsel (a brand)"


def test_match_is_an_immutable_record():
    (m,) = MATCHER.find("sanksi")
    assert m == Match(0, 6, "sanksi", m.entry, "sanksi", "preferred")
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


# -- documents and streams --------------------------------------------------------------


def test_find_document_maps_offsets_to_the_decoded_input():
    data = "\ufeffKorea\u200b Utara\r\nsank\u200bsi\u00a0berat\r\n".encode()
    document = Document.from_bytes(data, "a.txt")
    result = MATCHER.find_document(document)
    assert [(m.text, m.form) for m in result] == [
        ("Korea\u200b Utara", "Korea Utara"),
        ("sank\u200bsi", "sanksi"),
    ]
    for m in result:
        assert document.text[m.start : m.end] == m.text


WORDS = [
    "Korea",
    "Utara",
    "AS",
    "as",
    "sanksi",
    "keringanan",
    "Kim",
    "Jong",
    "Un",
    "kimia",
    "luar",
    "negeri",
    "negerinya",
    "negara",
    "berkembang",
    "masalah",
    "Barat",
    "Jawa",
    "undang",
    "Cina",
]
SEPARATORS = [" ", " ", " ", "  ", "\n", " \n", "\n\n", "-", ", ", ". ", "\u200b"]


@st.composite
def texts(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), max_size=60))
    parts = []
    for word in words:
        parts.append(draw(st.sampled_from(SEPARATORS)))
        parts.append(word.upper() if draw(st.integers(0, 9)) == 0 else word)
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(texts())
def test_matches_are_ordered_whole_words_that_slice_the_text(text):
    last = 0
    for m in MATCHER.find(text):
        assert last <= m.start < m.end and text[m.start : m.end] == m.text
        assert not re.match(r"\w", text[m.end : m.end + 1]) or text[m.end - 1] == "-"
        assert m.start == 0 or not re.match(r"\w", text[m.start - 1])
        last = m.end


@settings(max_examples=60, deadline=None)
@given(texts(), st.lists(st.integers(1, 40), max_size=30))
def test_streaming_in_small_blocks_finds_what_one_pass_finds(monkeypatch_text, cuts):
    text = monkeypatch_text * 8
    whole = MATCHER.find(text)
    chunks, pos = [], 0
    for cut in cuts:
        chunks.append(text[pos : pos + cut])
        pos += cut
    chunks.append(text[pos:])
    original = match._BLOCK
    match._BLOCK = 64  # many overlapping blocks in a small text
    try:
        streamed = list(MATCHER.find_iter(chunks))
    finally:
        match._BLOCK = original
    assert streamed == whole


# -- lookup -------------------------------------------------------------------------------


def test_lookup_finds_inflected_and_variant_forms():
    assert [e.term for e in MATCHER.lookup("sanksi-sanksinya")] == ["sanksi"]
    assert [e.term for e in MATCHER.lookup("Korut")] == ["Korea Utara"]
    assert [e.term for e in MATCHER.lookup("  korea utara ")] == ["Korea Utara"]
    assert [e.term for e in MATCHER.lookup("as")] == ["as"]
    assert [e.term for e in MATCHER.lookup("AS")] == ["AS", "as"]
    assert MATCHER.lookup("kebijakan") == []
    assert MATCHER.lookup("Korea Utara Selatan") == []
    assert MATCHER.lookup("") == []


def test_nearest_offers_labelled_guesses():
    guesses = MATCHER.nearest("kebijakannya")
    assert [(g.entry.term, g.reason) for g in guesses][:1] == [
        ("bijak", "the stem of 'kebijakannya' is 'bijak'")
    ]
    assert [g.entry.term for g in MATCHER.nearest("sanski")] == ["sanksi"]
    assert MATCHER.nearest("zzzzqqq") == []


def test_normalize():
    assert normalize("  Kim Jong-un’s ") == "kim jong un s"


# -- the compiled-glossary cache ---------------------------------------------------------


def write_glossary(path, items) -> None:
    path.write_text(store.dumps(store.Glossary(entries=items)), encoding="utf-8")


def test_for_glossary_compiles_once_and_again_when_the_file_changes(tmp_path, monkeypatch):
    po = tmp_path / "g.po"
    write_glossary(po, entries())
    first = Matcher.for_glossary(po)
    assert [m.form for m in first.find("Korut")] == ["Korut"]
    assert len(list(match.cache_folder().glob("matcher-*.pickle"))) == 1

    def no_parsing(path):
        raise AssertionError("the cache should have been used")

    parse = store.load
    monkeypatch.setattr(store, "load", no_parsing)
    cached = Matcher.for_glossary(po)
    assert [(m.text, m.entry.english) for m in cached.find("Korea Utara, sanksi")] == [
        ("Korea Utara", "North Korea"),
        ("sanksi", "sanctions"),
    ]
    monkeypatch.setattr(store, "load", parse)
    write_glossary(po, [Entry("rudal", "missile")])
    assert found("rudal Korut", Matcher.for_glossary(po)) == [("rudal", "rudal")]
    assert Matcher.for_glossary(po, include_fuzzy=True).entries[0].term == "rudal"


def test_a_damaged_cache_is_rebuilt(tmp_path):
    po = tmp_path / "g.po"
    write_glossary(po, entries())
    Matcher.for_glossary(po)
    (cache,) = match.cache_folder().glob("matcher-*.pickle")
    cache.write_bytes(b"not a pickle")
    assert found("Korut", Matcher.for_glossary(po)) == [("Korut", "Korut")]


def test_bad_glossaries_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="nope.po"):
        Matcher.for_glossary(tmp_path / "nope.po")
    broken = tmp_path / "broken.po"
    broken.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    with pytest.raises(InputError, match="broken.po"):
        Matcher.for_glossary(broken)
