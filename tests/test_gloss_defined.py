"""Acronyms the text defines itself (issue 14): its definition wins over the glossary's,
and a term inside the phrase an acronym spells glosses part of a name."""

from __future__ import annotations

import json

import pytest
import test_gloss
from hypothesis import given
from hypothesis import strategies as st

from glossary import defined
from glossary.match import Match, Matcher
from glossary.store import Entry

pytestmark = pytest.mark.usefixtures("implementation")  # the screen of runs has a twin

MATCHER = Matcher(
    [
        Entry("AI", "artificial intelligence", kind="acronym", case="sensitive"),
        Entry("flu burung", "bird flu"),
        Entry(
            "KSP", "Presidential Staff Office", kind="acronym", variants=["Kantor Staf Presiden"]
        ),
        Entry("Dana Moneter Internasional", "International Monetary Fund", kind="organisation"),
        Entry("IMF", "International Monetary Fund", kind="acronym"),
        Entry("PLN", "State Electricity Company", kind="acronym"),
        Entry("ikatan", "ties"),
        Entry("Indonesia", "Indonesia", kind="place"),
        Entry(
            "KKB", "armed criminal group", kind="acronym", variants=["kelompok kriminal bersenjata"]
        ),
        Entry("PBB", "UN", kind="acronym", variants=["Perserikatan Bangsa-Bangsa"]),
        Entry(
            "PPP",
            "United Development Party",
            kind="acronym",
            variants=["Partai Persatuan Pembangunan"],
        ),
        Entry("KK", "family card", kind="acronym", variants=["Kartu Keluarga"]),
        Entry(
            "UMKM",
            "MSMEs",
            kind="acronym",
            variants=["usaha mikro, kecil, dan menengah"],
        ),
    ]
)


def shown(text: str) -> str:
    """The text as annotate's inline format glosses it, partial glosses with ``~``."""
    return test_gloss.shown(text, MATCHER)


@pytest.mark.parametrize(
    "text",
    [
        "Wabah aviant influenza (AI) menyebar.",
        "Wabah flu burung (AI) menyebar.",
        "Bank itu menyalurkan kredit kendaraan bermotor KKB.",
        # a name whose words but dan spell it
        "Penerimaan Pajak Bumi dan Bangunan PBB naik.",
        # ... or the words after it spell it
        "Skema PPP Public Private Partnership-nya dipakai.",
        "Skema PPP (Public Private Partnership) dipakai.",
        # two words sharing one with the glossary's expansion: head of household
        "Rusun itu untuk 100 kepala keluarga (KK) saja.",
    ],
)
def test_an_acronym_the_text_defines_otherwise_is_not_the_glossarys(text):
    assert "[" not in shown(text).replace("flu burung [bird flu]", "")


def test_the_texts_definition_holds_on_until_it_defines_it_the_glossarys_way():
    text = (
        "Wabah aviant influenza (AI) menyebar. Kasus AI naik.\n"
        "Riset artificial intelligence (AI) maju. Riset AI naik."
    )
    assert shown(text) == (
        "Wabah aviant influenza (AI) menyebar. Kasus AI naik.\n"
        "Riset artificial intelligence (AI [artificial intelligence]) maju."
        " Riset AI [artificial intelligence] naik."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the same entry
            "Kantor Staf Presiden (KSP) menyatakan",
            "Kantor Staf Presiden [Presidential Staff Office] (KSP [Presidential Staff Office])"
            " menyatakan",
        ),
        (  # another entry with the same English
            "Dana Moneter Internasional (IMF) menyatakan",
            "Dana Moneter Internasional [International Monetary Fund] (IMF [International"
            " Monetary Fund]) menyatakan",
        ),
        (  # the glossary's English after it
            "Kata IMF (International Monetary Fund) itu",
            "Kata IMF [International Monetary Fund] (International Monetary Fund) itu",
        ),
        (  # the glossary's expansion, both words
            "Warga membawa Kartu Keluarga (KK) itu",
            "Warga membawa Kartu Keluarga [family card] (KK [family card]) itu",
        ),
        (  # the glossary's expansion, its commas aside
            "Kredit bagi Usaha Mikro Kecil Menengah (UMKM) naik",
            "Kredit bagi Usaha Mikro Kecil Menengah (UMKM [MSMEs]) naik",
        ),
        (  # the glossary states no expansion to compare with
            "Perusahaan Listrik Negara PLN menyatakan",
            "Perusahaan Listrik Negara PLN [State Electricity Company] menyatakan",
        ),
    ],
)
def test_a_definition_that_agrees_or_cannot_be_compared_keeps_the_gloss(text, expected):
    assert shown(text) == expected


def test_a_term_inside_a_name_its_acronym_spells_is_partial():
    text = "Standar itu disusun oleh Ikatan Akuntansi Indonesia IAI tahun ini."
    assert shown(text) == (
        "Standar itu disusun oleh Ikatan [~ties] Akuntansi Indonesia IAI tahun ini."
    )


def test_two_bare_letters_define_nothing():
    # perusahaan travel PT: two initials spell a two-letter acronym too easily
    assert shown("Wabah aviant influenza AI").endswith("AI [artificial intelligence]")
    assert list(defined.definitions(["perusahaan", "travel", "PT"])) == [(0, 2, 2)]
    assert defined.stated(MATCHER.entries[0], "AI")


@pytest.mark.parametrize(
    ("head", "acronym", "expected"),
    [
        ("dari Pajak Bumi dan Bangunan ", "PBB", "Pajak Bumi dan Bangunan"),
        (
            "oleh Badan Pengawasan Keuangan dan Pembangunan ",
            "BPKP",
            "Badan Pengawasan Keuangan dan Pembangunan",
        ),
        ("oleh Pengawasan Keuangan dan Pembangunan ", "BPKP", None),  # a word short
        ("bantuan Bank Dunia dan ", "PBB", None),  # the acronym after dan: another name
        ("pajak bumi dan bangunan ", "PBB", None),  # only a name, capitalised
        ("Pajak Bumi Bangunan ", "PBB", None),  # no function word: ``spelled``'s case
    ],
)
def test_named_expansion(head, acronym, expected):
    assert defined.named_expansion(head, acronym) == expected


def test_the_un_keeps_its_gloss_beside_another_name():
    assert shown("Sekjen Bank Dunia dan PBB bertemu.").endswith("PBB [UN] bertemu.")


def test_spelled_and_expands():
    assert defined.spelled("IUT", ["izin", "usaha", "tetap"])
    assert not defined.spelled("IUT", ["izin", "usaha"])
    assert defined.expands("APBN", "Anggaran Pendapatan dan Belanja Negara")
    assert not defined.stated(MATCHER.entries[5], "PLN")
    assert defined.stated(MATCHER.entries[8], "KKB")


@given(st.lists(st.text("abcIU", min_size=1, max_size=6), max_size=8))
def test_definitions_lie_inside_the_words(words):
    for first, end, acronym in defined.definitions(words):
        assert 0 <= first < end <= len(words)
        assert not first <= acronym < end
        assert defined.spelled(words[acronym], words[first:end])


DEFINING = Matcher(
    [
        Entry("kejadian luar biasa", "outbreak", alternatives=["extraordinary event"]),
        Entry("Palang Merah Indonesia", "Indonesian Red Cross", kind="organisation"),
        Entry("pemungutan suara", "vote"),
        Entry("KPU", "General Elections Commission", kind="acronym"),
        Entry("Komisi Pemilihan Umum", "General Elections Commission", kind="organisation"),
    ]
)


def inline(text: str) -> str:
    from glossary import render
    from glossary.text import Document

    return render.annotate(Document("a.txt", text), DEFINING, "inline")


def test_an_acronym_the_text_defines_by_a_glossary_term_is_glossed_from_there_on():
    """kejadian luar biasa (KLB): KLB is the outbreak, in the bracket and after it."""
    text = (
        "Dinas menetapkan status kejadian luar biasa (KLB) di tiga kecamatan.\n"
        "Status KLB berlaku sebulan; stok darah di Palang Merah Indonesia (PMI) menipis.\n"
        "PMI meminta warga mendonorkan darah.\n"
    )
    shown = inline(text)
    assert "(KLB [outbreak])" in shown and "Status KLB [outbreak]" in shown
    assert "(PMI [Indonesian Red Cross])" in shown and "PMI [Indonesian Red Cross] meminta" in shown


def test_an_acronym_is_glossed_only_after_its_definition_and_only_as_a_whole_term():
    """Before the bracket KLB may be anything; KPPS spells a longer name than the term
    before it (pemungutan suara); KPU is the glossary's own."""
    text = (
        "KLB belum ditetapkan.\n"
        "Status kejadian luar biasa (KLB) ditetapkan.\n"
        "Petugas Kelompok Penyelenggara Pemungutan Suara (KPPS) bertugas. KPPS siap.\n"
        "Komisi Pemilihan Umum (KPU) rapat.\n"
    )
    shown = inline(text)
    assert shown.startswith("KLB belum") and "(KLB [outbreak])" in shown
    assert "KPPS [" not in shown
    assert shown.count("[General Elections Commission]") == 2


def test_a_defined_acronym_is_an_acronym_with_the_terms_renderings_in_json():
    from glossary import render
    from glossary.text import Document

    text = "Status kejadian luar biasa (KLB) ditetapkan. KLB berlaku.\n"
    items = json.loads(render.annotate(Document("a.txt", text), DEFINING, "json"))
    klb = [i for i in items if i["text"] == "KLB"]
    assert len(klb) == 2 and {i["kind"] for i in klb} == {"acronym"}
    assert {i["gloss"] for i in klb} == {"outbreak"}
    assert "extraordinary event" in klb[0]["alternatives"]


def _spans(draw_spans):
    """Non-overlapping (start, end) spans in order, from sorted cut points."""
    cuts = sorted(set(draw_spans))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]


@given(
    st.lists(st.integers(0, 400), max_size=60),
    st.lists(st.tuples(st.integers(0, 400), st.integers(1, 6)), max_size=12),
    st.integers(1, 7),
)
def test_uses_go_among_the_matches_where_no_match_holds_them(cuts, starts, chunk):
    """Whatever the chunk size: each use that no match holds or straddles and that
    overlaps no earlier use, in its place and in place of the matches inside it (a long
    form's words); every other match in order (the reference: a sweep over the uses)."""
    entry = Entry("x", "x")
    matches = [Match(a, b, "m", entry, "m", "preferred") for a, b in _spans(cuts)]
    first = {a: n for a, n in reversed(starts)}  # one use per start
    uses = [Match(a, a + n, "u", entry, "u", "preferred") for a, n in sorted(first.items())]
    kept: list[Match] = []
    for use in uses:
        overlapping = [m for m in matches if m.start < use.end and use.start < m.end]
        if (not kept or kept[-1].end <= use.start) and all(
            use.start <= m.start and m.end <= use.end for m in overlapping
        ):
            kept.append(use)
    outside = [m for m in matches if not any(u.start <= m.start and m.end <= u.end for u in kept)]
    expected = sorted(outside + kept, key=lambda m: m.start)
    original = defined._CHUNK
    defined._CHUNK = chunk
    try:
        assert list(defined._merged(iter(matches), uses)) == expected
    finally:
        defined._CHUNK = original


LONG_FORMS = Matcher(
    [
        Entry("AFC", "Asian Football Confederation", kind="organisation", case="sensitive"),
        Entry("sepak bola", "football"),
        Entry("Asia", "Asia", kind="place"),
        Entry("BPS", "Statistics Indonesia", kind="acronym", variants=["Badan Pusat Statistik"]),
        Entry("BPBD", "Regional Disaster Management Agency", kind="acronym"),
        Entry("data", "data"),
    ]
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body the glossary knows only by its acronym, named right before it
        (
            "Federasi Sepak Bola Asia (AFC) menjatuhkan sanksi.",
            "Federasi Sepak Bola Asia [Asian Football Confederation] (AFC [Asian Football",
        ),
        # ... not a name whose initials spell the acronym otherwise
        ("Badan Pengawas Sekolah (BPS) dibentuk.", "Badan Pengawas Sekolah (BPS)"),
        # ... nor a name of two bodies, where the words do not say which the acronym is
        (
            "Pusat Data dan Informasi Badan Penanggulangan Bencana Daerah (BPBD) melapor.",
            "Pusat Data dan Informasi Badan Penanggulangan Bencana Daerah (BPBD [",
        ),
    ],
)
def test_a_name_before_a_glossary_acronym_in_brackets_is_its_long_form(text, expected):
    """Federasi Sepak Bola Asia (AFC): the name is glossed whole with the acronym's
    English, its words (Sepak Bola, Asia) not glossed one by one."""
    from glossary import render
    from glossary.text import Document

    assert render.annotate(Document("a.txt", text), LONG_FORMS, "inline").startswith(expected)
