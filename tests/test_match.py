"""The shared matcher: every matching rule of issue 4, streaming, lookup, the cache.

Every test runs on both implementations of the scan (conftest's ``implementation``)."""

from __future__ import annotations

import marshal
import os
import pickle
import random
import re
import struct
import zlib
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import cache, match_cache, name_case, scan, store
from glossary.match import Match, Matcher, normalize
from glossary.store import Entry
from glossary.text import Document, InputError

pytestmark = pytest.mark.usefixtures("implementation")


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


NAMES = Matcher(
    [
        Entry("Dinas Kesehatan", "health office", kind="organisation"),
        Entry("Komando Daerah Militer", "regional military command", kind="organisation"),
        Entry("Pelapor Khusus PBB", "UN special rapporteur", kind="title"),
        Entry("Batu Bara", "Batu Bara", kind="place"),
        Entry("Tanah Abang Raya", "Tanah Abang Raya", kind="place"),
        Entry("Bank", "Bank", kind="organisation"),
        Entry("Dinas Sosial", "social affairs office", kind="organisation", case="sensitive"),
        Entry("Hak Angket", "right of inquiry", kind="term"),
        Entry("hak angket", "inquiry right"),
        Entry("dinas", "office"),
        Entry("dana BOS", "school operational assistance funds"),
    ]
)


def test_an_institution_written_with_only_its_first_word_capitalised():
    assert found("Dinas kesehatan melapor", NAMES) == [("Dinas kesehatan", "Dinas Kesehatan")]
    assert found("Dinas kesehatannya", NAMES) == [("Dinas kesehatannya", "Dinas Kesehatan")]
    assert found("Pelapor khusus PBB", NAMES) == [("Pelapor khusus PBB", "Pelapor Khusus PBB")]
    assert found("Pelapor khusus pbb", NAMES) == []  # an acronym keeps its capitals
    # two words all in lower case are the common words, three or more the name
    assert found("dinas kesehatan", NAMES) == [("dinas", "dinas")]
    assert found("komando daerah militer", NAMES) == [
        ("komando daerah militer", "Komando Daerah Militer")
    ]


def test_a_name_whose_first_word_is_lower_case_at_a_sentence_start():
    assert found("Dana BOS cair. DANA BOS", NAMES) == [
        ("Dana BOS", "dana BOS"),
        ("DANA BOS", "dana BOS"),
    ]
    assert found("Dana bos", NAMES) == []  # the acronym keeps its capitals


def test_names_that_keep_their_case():
    # places, one word, a case the glossary sets
    assert found("Batu bara, tanah abang raya, bank", NAMES) == []
    assert found("Dinas sosial", NAMES) == [("Dinas", "dinas")]
    # a lower-case form spelled alike wins over the name in lower case
    assert [m.entry.english for m in NAMES.find("Hak angket")] == ["inquiry right"]


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


CLOSED = Matcher(
    [
        Entry("ibu kota", "capital"),
        Entry("kerja sama", "cooperation"),
        Entry("akuntabilitas", "accountability", deprecated=["tanggung jawab"]),
        Entry("kotak penalti", "penalty box"),
        Entry("kerja sama ekonomi", "economic cooperation"),
        Entry("harga saham gabungan", "composite index"),
        Entry("mata hari", "eye of the day"),
        Entry("Tanah Abang", "Tanah Abang", kind="place"),
        Entry("sepakbola", "football"),
        Entry("sepak bola", "soccer"),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a two-word compound written as one word, in any case, with a clitic
        ("di ibukota Jakarta", [("ibukota", "ibu kota", "preferred")]),
        ("Ibukotanya jauh", [("Ibukotanya", "ibu kota", "preferred")]),
        ("kerjasama itu", [("kerjasama", "kerja sama", "preferred")]),
        # inside a longer term, only a pair the glossary lists as a compound
        ("kerjasama ekonomi", [("kerjasama ekonomi", "kerja sama ekonomi", "preferred")]),
        ("kerja samaekonomi", []),
        ("hargasaham gabungan", []),
        # a deprecated form's closed spelling is deprecated too
        ("tanggungjawab", [("tanggungjawab", "akuntabilitas", "deprecated")]),
        # ... only where general Indonesian writes it as one word (wordfreq's list)
        ("di kotakpenalti", []),
        # a joined word that is a word of its own (matahari, the sun) and names are not
        ("matahari terbit", []),
        ("di TanahAbang", []),
        # a form the glossary lists wins over another entry's closed spelling
        ("sepakbola", [("sepakbola", "sepakbola", "preferred")]),
    ],
)
def test_a_compound_written_as_one_word_is_the_same_term(text, expected):
    result = CLOSED.find(text)
    assert [(m.text, m.entry.term, m.status) for m in result] == expected


def test_lookup_finds_a_compound_written_as_one_word():
    assert [e.term for e in CLOSED.lookup("ibukota")] == ["ibu kota"]


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
    small_blocks = MATCHER.configured(block_size=64)  # many overlapping blocks in a small text
    assert list(small_blocks.find_iter(chunks)) == whole


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


def cached_files() -> list:
    return sorted((cache.cache_folder() / "matchers").glob("matcher-*.cache"))


def test_for_glossary_compiles_once_and_again_when_the_file_changes(tmp_path, monkeypatch):
    po = tmp_path / "g.po"
    write_glossary(po, entries())
    first = Matcher.for_glossary(po)
    assert [m.form for m in first.find("Korut")] == ["Korut"]
    assert len(cached_files()) == 1

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
    (cached,) = cached_files()
    cached.write_bytes(b"not a pickle")
    assert found("Korut", Matcher.for_glossary(po)) == [("Korut", "Korut")]


def test_a_compiled_scanner_outside_the_package_still_keys_the_cache(tmp_path, monkeypatch):
    """An editable install run from another checkout loads the compiled scanner of the
    installed one: the cache key hashes it too instead of failing on its path."""
    from types import SimpleNamespace

    from glossary import scan

    elsewhere = tmp_path / "_speedups.so"
    elsewhere.write_bytes(b"one build")
    monkeypatch.setattr(scan, "speedups", SimpleNamespace(__file__=str(elsewhere)))
    first = match_cache.code_digest.__wrapped__()
    elsewhere.write_bytes(b"another build")
    assert match_cache.code_digest.__wrapped__() != first


def test_bad_glossaries_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="nope.po"):
        Matcher.for_glossary(tmp_path / "nope.po")
    broken = tmp_path / "broken.po"
    broken.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    with pytest.raises(InputError, match="broken.po"):
        Matcher.for_glossary(broken)


# -- the cache: where, whose, what it may hold ----------------------------------------------

CACHE_TEXT = "Korut dan AS: sanksi-sanksinya, keringanan sanksi bagi Korea Utara di Jawa Barat."


def described(matcher: Matcher) -> list[tuple]:
    """Everything a match shows, entry fields included."""
    return [(m.start, m.end, m.form, m.status, m.entry) for m in matcher.find(CACHE_TEXT)]


@pytest.fixture
def compiled_glossary(tmp_path):
    """A glossary compiled once: (its path, the cache file, the cache's bytes, the reference
    matches)."""
    po = tmp_path / "g.po"
    write_glossary(po, entries())
    reference = described(Matcher.for_glossary(po))
    (cached,) = cached_files()
    return po, cached, cached.read_bytes(), reference


def redigested(data: bytes, header_change=None, table_change=None) -> bytes:
    """A cache file's bytes with its header or tables changed and its checksum made right
    again: what only a deliberate forger could write."""
    start = len(match_cache._MAGIC) + 4
    (length,) = struct.unpack_from("<Q", data, start)
    header = marshal.loads(data[start + 8 : start + 8 + length])
    tables = bytearray(data[start + 8 + length :])
    if header_change:
        header_change(header)
    if table_change:
        table_change(header, tables)
    encoded = marshal.dumps(header)
    body = struct.pack("<Q", len(encoded)) + encoded + bytes(tables)
    return match_cache._MAGIC + struct.pack("<I", zlib.crc32(body)) + body


def test_the_cache_folder_honours_the_environment_and_is_private(tmp_path, compiled_glossary):
    assert cache.cache_folder() == tmp_path / "cache"
    (cached,) = cached_files()
    assert cached.parent == tmp_path / "cache" / "matchers"
    assert cached.parent.stat().st_mode & 0o777 == 0o700
    assert cached.stat().st_mode & 0o077 == 0


def test_for_glossary_leaves_the_garbage_collector_alone(tmp_path):
    import gc

    po = tmp_path / "g.po"
    write_glossary(po, entries())
    frozen = gc.get_freeze_count()
    Matcher.for_glossary(po)
    Matcher.for_glossary(po)  # from the cache
    assert gc.get_freeze_count() == frozen


def test_a_planted_pickle_cannot_run_code(tmp_path, compiled_glossary, parses):
    po, cached, _, reference = compiled_glossary
    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    for path in (cached, cached.with_suffix(".pickle")):
        path.write_bytes(pickle.dumps(Planted()))
    assert described(Matcher.for_glossary(po)) == reference
    assert not marker.exists() and parses == [po]


@pytest.mark.parametrize("how", ["world-writable", "group-writable", "symlink", "folder"])
def test_cache_files_others_could_have_written_are_not_read(compiled_glossary, parses, how):
    po, cached, data, reference = compiled_glossary
    if how == "symlink":
        elsewhere = cached.with_name("elsewhere")
        elsewhere.write_bytes(data)
        cached.unlink()
        cached.symlink_to(elsewhere)
    elif how == "folder":
        cached.unlink()
        cached.mkdir()
    else:
        cached.chmod(0o666 if how == "world-writable" else 0o620)
    assert described(Matcher.for_glossary(po)) == reference
    assert parses == [po]


def test_a_cache_file_of_another_glossary_is_a_miss(tmp_path, compiled_glossary, parses):
    po, cached, data, _ = compiled_glossary
    other = tmp_path / "other.po"
    write_glossary(other, [Entry("rudal", "missile")])
    key = match_cache.cache_key(other, False)
    cached.with_name(f"matcher-{key}.cache").write_bytes(data)  # renamed, digest intact
    assert found("rudal Korut", Matcher.for_glossary(other)) == [("rudal", "rudal")]
    assert parses == [other]


def test_entries_are_cached_field_by_field_by_name(compiled_glossary, parses):
    po, cached, data, reference = compiled_glossary

    def reverse_fields(header):
        header["entries"] = dict(reversed(header["entries"].items()))

    cached.write_bytes(redigested(data, reverse_fields))
    assert described(Matcher.for_glossary(po)) == reference
    assert parses == []  # read from the cache, fields matched by name

    def drop_a_field(header):
        del header["entries"]["alternatives"]

    cached.write_bytes(redigested(data, drop_a_field))
    assert described(Matcher.for_glossary(po)) == reference
    assert parses == [po]  # a field missing: compiled again, never an empty default


def _set(name, value):
    return lambda header: header.__setitem__(name, value)


def _retype_entry(header):
    header["entries"]["english"][0] = 7


def _long_code(header):
    words, codes = header["exact"]
    header["exact"] = [words, codes + "x"]


def _spelling_beyond(header, tables):
    steps, roots, accept, _ = header["tables"]
    at = steps + roots
    tables[at + 4 : at + 8] = struct.pack("<i", len(header["spelled_forms"]))


def _node_beyond(header, tables):
    steps = header["tables"][0]
    for at in range(0, steps, 16):
        if tables[at : at + 8] != bytes(8):
            tables[at + 8 : at + 16] = struct.pack("<Q", 1 << 40)
            return


def _full_table(header, tables):
    steps = header["tables"][0]
    for at in range(0, steps, 16):
        if tables[at : at + 8] == bytes(8):
            tables[at : at + 8] = struct.pack("<Q", 1)


def _root_beyond(header, tables):
    steps = header["tables"][0]
    tables[steps : steps + 4] = struct.pack("<i", 1 << 30)


@pytest.mark.parametrize(
    "header_change, table_change",
    [
        (_set("bits", 63), None),
        (_set("bits", 3), None),
        (_set("tables", [1, 2, 3, 4]), None),
        (_set("margin", -5), None),
        (_set("spelled_forms", [(10**9,)]), None),
        (_set("spelled_forms", [[0]]), None),
        (_set("forms", [(10**9, "x", "preferred")]), None),
        (_set("entries", {"term": ["x"]}), None),
        (_set("separators", {}), None),
        (_retype_entry, None),
        (_long_code, None),
        (None, _spelling_beyond),
        (None, _node_beyond),
        (None, _full_table),
        (None, _root_beyond),
    ],
)
@pytest.mark.usefixtures("implementation")
def test_a_forged_cache_with_a_valid_digest_is_checked_before_use(
    compiled_glossary, parses, header_change, table_change
):
    po, cached, data, reference = compiled_glossary
    cached.write_bytes(redigested(data, header_change, table_change))
    assert described(Matcher.for_glossary(po)) == reference
    assert parses == [po]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["i", "Q"]),
    st.lists(st.integers(-3, 40), max_size=12),
    st.integers(-3, 40),
    st.integers(-3, 40),
    st.integers(0, 3),
    st.integers(1, 3),
)
def test_the_compiled_range_check_of_a_table_is_pythons(code, values, low, high, start, step):
    """``match_cache.within``: every ``step``-th value from ``start`` in [low, high)."""
    if scan.speedups is None:
        pytest.skip("the compiled module is not built")
    table = array(code, [v % (1 << 64) for v in values] if code == "Q" else values)
    expected = match_cache.python_within(table, low, high, start, step)
    assert scan.speedups.within(table, low, high, start, step) == expected
    assert expected == all(low <= v < high for v in table[start::step])


def test_random_damage_to_a_cache_file_never_crashes_nor_drops_glosses(compiled_glossary):
    po, cached, data, reference = compiled_glossary
    rng = random.Random(10)
    for _ in range(300):
        damaged = bytearray(data)
        damaged[rng.randrange(len(data))] ^= rng.randrange(1, 256)
        cached.write_bytes(bytes(damaged))
        assert described(Matcher.for_glossary(po)) == reference
    for size in [0, 5, len(match_cache._MAGIC) + 40, *rng.sample(range(len(data)), 30)]:
        cached.write_bytes(data[:size])
        assert described(Matcher.for_glossary(po)) == reference
    assert cached.read_bytes() == data  # and the damage was repaired


def test_configured_names_only_implementations_that_exist():
    with pytest.raises(ValueError, match="no 'fortran' implementation"):
        MATCHER.configured(implementation="fortran")
    assert MATCHER.configured(block_size=1).block_size == 16


@given(
    st.lists(
        st.sampled_from(["Dinas", "Kesehatan", "PBB", "dan", "XVII", "Daerah", "Militer"]),
        min_size=2,
        max_size=5,
    ),
    st.sampled_from(["organisation", "place", "person", "title"]),
)
def test_a_name_in_lower_case_keeps_its_acronyms_and_first_capital(words, kind):
    readings = name_case.lowered(Entry(" ".join(words), "x", kind=kind), words, joined=True)
    if words[0].islower():  # dan ...: only the first word changes case
        assert readings == [[False] + [True] * (len(words) - 1)]
    elif kind in ("place", "person") or not name_case.lowerable(words[0]):
        assert readings == []
    for kept in readings:
        assert all(k for w, k in zip(words, kept, strict=True) if not name_case.lowerable(w))
        assert kept[0] or len(words) >= name_case.ALL_LOWER_FROM or words[0].islower()
