"""An Indonesian place glossed whole with its compass word, its unit and the regional title
or body before it (glossary.regional): ``Kabupaten Bogor`` is "Bogor Regency" though the
glossary lists only ``kabupaten`` and ``Bogor``."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_titled import composed

from glossary import render, titled
from glossary.gloss import Judge
from glossary.match import Matcher
from glossary.store import Entry
from glossary.text import Document

MATCHER = Matcher(
    [
        Entry("kabupaten", "regency", alternatives=["district"], kind="term"),
        Entry("provinsi", "province", alternatives=["provincial"], kind="term"),
        Entry("bupati", "Regent", alternatives=["district head"], kind="title"),
        Entry("wali kota", "Mayor", kind="title"),
        Entry("gubernur", "Governor", kind="title"),
        Entry("sekretaris", "secretary", kind="title"),
        Entry("menteri pertanian", "Agriculture Minister", kind="title"),
        Entry(
            "Dinas Kesehatan",
            "Health Agency",
            alternatives=["health office"],
            kind="organisation",
        ),
        Entry("pemerintah kabupaten", "regency government", kind="organisation"),
        Entry(
            "Kepala Dinas Kesehatan",
            "head of the health agency",
            alternatives=["health agency head"],
            kind="title",
        ),
        Entry("kepala dinas", "department director", kind="title"),
        Entry(
            "Kepolisian Resor",
            "district police",
            variants=["Polres"],
            alternatives=["Polres", "police"],
            kind="organisation",
        ),
        Entry("Lampung", "Lampung", kind="place"),
        Entry("Bogor", "Bogor", kind="place"),
        Entry("Bekasi", "Bekasi", kind="place"),
        Entry(
            "Kepulauan Seribu", "Thousand Islands", alternatives=["Seribu Islands"], kind="place"
        ),
        Entry("Jakarta Barat", "West Jakarta", alternatives=["West Jakartan"], kind="place"),
        Entry("Jawa Barat", "West Java", kind="place"),
        Entry("Jakarta", "Jakarta", kind="place"),
        Entry("Eropa", "Europe", kind="place"),
        Entry("Thailand", "Thailand", alternatives=["Thai"], kind="place"),
        Entry("Malaysia", "Malaysia", kind="place"),
        Entry("Barat", "the West", alternatives=["West"], kind="place"),
        Entry("banjir", "flood", kind="term"),
        Entry(
            "Kejaksaan Negeri",
            "District Prosecutor's Office",
            variants=["Kejari"],
            kind="organisation",
        ),
        Entry(
            "Komisi Pemilihan Umum",
            "General Elections Commission",
            variants=["KPU"],
            kind="organisation",
        ),
    ]
)
pytestmark = pytest.mark.usefixtures("implementation")  # the inline glosser has a twin


def inline(text: str) -> str:
    return render.annotate(Document("a.txt", text), MATCHER, "inline")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Banjir melanda Lampung Tengah kemarin.", "Lampung Tengah [Central Lampung] kemarin"),
        ("Ia tinggal di Bogor Barat sejak lahir.", "di Bogor Barat [West Bogor] sejak"),
        ("Banjir di Kabupaten Bogor surut.", "di Kabupaten Bogor [Bogor Regency] surut"),
        ("Banjir di Kota Bekasi surut.", "di Kota Bekasi [Bekasi City] surut"),
        ("Ia tiba di Provinsi Jawa Barat.", "di Provinsi Jawa Barat [West Java Province]."),
        ("Kemarin Wali Kota Bekasi tiba.", "Wali Kota Bekasi [Bekasi Mayor] tiba"),
        ("Kemarin Gubernur Jakarta tiba.", "Gubernur Jakarta [Jakarta Governor] tiba"),
        (
            "Kemarin Bupati Lampung Tengah tiba.",
            "Bupati Lampung Tengah [Central Lampung Regent] tiba",
        ),
        # the person a title names may follow it
        ("Kemarin Bupati Bogor Rudy Susmanto tiba.", "Bupati Bogor [Bogor Regent] Rudy"),
        (
            "Kemarin Pemerintah Kabupaten Bogor rapat.",
            "Pemerintah Kabupaten Bogor [Bogor Regency Government] rapat",
        ),
        (
            "Kemarin Dinas Kesehatan Kabupaten Bogor rapat.",
            "Dinas Kesehatan Kabupaten Bogor [Bogor Regency Health Agency] rapat",
        ),
        ("Kemarin Polres Bogor menangkap dua orang.", "Polres Bogor [Bogor District Police]"),
        # a word the text itself uses as a place: di Demak, Kabupaten Sumenep
        (
            "Banjir di Demak surut. Bupati Demak tiba.",
            "Bupati Demak [Demak Regent] tiba",
        ),
        (
            "Dinas Kesehatan Kabupaten Sumenep rapat.",
            "Dinas Kesehatan Kabupaten Sumenep [Sumenep Regency Health Agency] rapat",
        ),
        # the regional offices of national bodies: prosecutors, election commissions
        ("Kemarin Kejari Bogor menahan dua orang.", "Kejari Bogor [Bogor District Prosecutor's"),
        (
            "Kemarin KPU Kabupaten Bogor rapat.",
            "KPU Kabupaten Bogor [Bogor Regency General Elections Commission] rapat",
        ),
        # the head of a regional body, and the person after the place
        (
            "Kemarin Kepala Dinas Kesehatan Kabupaten Bogor Mike Kaltarina tiba.",
            "Kepala Dinas Kesehatan Kabupaten Bogor [head of the Bogor Regency Health Agency] Mike",
        ),
    ],
)
def test_a_place_is_composed_with_its_compass_word_unit_and_title(text, expected):
    assert expected in inline(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compass word in a person's or a company's name
        ("Kemarin Pak Budi Timur tiba.", "Kemarin Pak Budi Timur tiba."),
        ("Ia bekerja di PT Utara Jaya.", "Ia bekerja di PT Utara Jaya."),
        # a compass word after a place whose English is no longer its name
        ("Ia tiba di Eropa Timur kemarin.", "Eropa [Eropa: Europe] Timur kemarin"),
        # a title proves no place: Anas may be a person
        ("Kemarin Bupati Anas tiba.", "Bupati [Regent] Anas tiba"),
        # Kota proves no place: Kota Kinabalu
        ("Ia tiba di Kota Kinabalu kemarin.", "Ia tiba di Kota Kinabalu kemarin."),
        # inside a longer name: an unknown capitalised word before or after
        ("Dewan Transportasi Kota Jakarta rapat.", "Dewan Transportasi Kota Jakarta rapat."),
        ("Ia bertemu Sekretaris Kabupaten Nanang Hartono.", "Nanang Hartono."),
        ("Ia tinggal di Kota Bekasi Raya.", "Ia tinggal di Kota Bekasi Raya."),
        # a head whose English names no body in a shape to compose stays as it is
        ("Kemarin Kepala Dinas Bogor tiba.", "Kepala Dinas [department director] Bogor"),
        # a country's offices are glossary.titled's
        (
            "Menteri Pertanian Thailand tiba.",
            "Menteri Pertanian Thailand [Thai Agriculture Minister]",
        ),
    ],
)
def test_nothing_is_composed_over_what_may_be_no_place(text, expected):
    assert expected in inline(text)


def test_the_nameless_unit_word_is_no_evidence():
    """``Sekretaris Kabupaten Nanang Hartono``: the unit is a word of a title before a
    person, so Nanang is no place, and nor is it elsewhere."""
    assert "[Nanang" not in inline(
        "Sekretaris Kabupaten Nanang Hartono datang. Bupati Nanang pergi."
    )


def compositions(text: str, *spans: str) -> list[dict]:
    """annotate's json items for ``spans`` of ``text``, in that order."""
    items = json.loads(render.annotate(Document("a.txt", text), MATCHER, "json"))
    return [next(i for i in items if i["text"] == span) for span in spans]


def test_json_gives_the_composition_with_its_alternatives():
    text = "Banjir di Kota Bekasi dan Kabupaten Bogor."
    bekasi, bogor = compositions(text, "Kota Bekasi", "Kabupaten Bogor")
    assert bekasi["gloss"] == "Bekasi City"
    assert "city of Bekasi" in bekasi["alternatives"]
    assert bogor["gloss"] == "Bogor Regency"
    assert {"Bogor District", "Bogor"} <= set(bogor["alternatives"])
    assert not bekasi.get("partial") and not bogor.get("partial")


def test_the_place_s_other_english_names_compose_too():
    """``Bupati Kepulauan Seribu``: the Seribu Islands Regent as well; not an adjective."""
    text = "Kemarin Bupati Kepulauan Seribu dan Wali Kota Jakarta Barat tiba."
    regent, mayor = compositions(text, "Bupati Kepulauan Seribu", "Wali Kota Jakarta Barat")
    assert regent["gloss"] == "Thousand Islands Regent"
    assert {"Seribu Islands Regent", "Regent of Seribu Islands"} <= set(regent["alternatives"])
    assert mayor["gloss"] == "West Jakarta Mayor"
    assert not any("Jakartan" in alternative for alternative in mayor["alternatives"])


def test_a_body_s_acronym_stays_among_the_alternatives():
    """``Jakarta Satpol PP``, ``Bogor Polres``: English news keeps the acronym too."""
    (polres,) = compositions("Kemarin Polres Bogor menangkap dua orang.", "Polres Bogor")
    assert {"Bogor Police", "Bogor Polres"} <= set(polres["alternatives"])


WORDS = st.sampled_from(
    [
        "Kabupaten",
        "Kota",
        "Bupati",
        "Bogor",
        "Bekasi",
        "Lampung",
        "Tengah",
        "Barat",
        "Demak",
        "Dinas",
        "Kesehatan",
        "Provinsi",
        "Jawa",
        "Thailand",
        "Menteri",
        "Pertanian",
        "di",
        "tiba",
        ".",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_the_fast_inline_path_composes_as_the_readings_do(words):
    text = " ".join(words)
    assert inline(text) == composed(text, MATCHER)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_compositions_cover_whole_words_in_order(words):
    """Glosses never overlap and each composition's span is the text it names."""
    text = " ".join(words)
    end = 0
    for reading in titled.compose(text, Judge(text).batches(MATCHER.find(text))):
        match = reading.match
        assert match.start >= end and text[match.start : match.end] == match.text
        end = match.end
