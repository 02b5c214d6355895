"""A title before a country glossed whole (glossary.titled): ``Menteri Pertanian Thailand``
is "Thai Agriculture Minister" though the glossary lists only the title and the country."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import render, titled
from glossary.gloss import Judge
from glossary.match import Matcher
from glossary.store import Entry
from glossary.text import Document

MATCHER = Matcher(
    [
        Entry("menteri pertanian", "Agriculture Minister", kind="title"),
        Entry("perdana menteri", "Prime Minister", alternatives=["PM"], kind="title"),
        Entry("Perdana Menteri Jepang", "Japanese Prime Minister", kind="title"),
        Entry("gubernur", "Governor", kind="title"),
        Entry("anggota DPR", "House member", kind="title"),
        Entry("juru bicara", "spokesperson", kind="title"),
        Entry("Thailand", "Thailand", alternatives=["Thai"], kind="place"),
        Entry("Jepang", "Japan", alternatives=["Japanese"], kind="place"),
        Entry("Belanda", "Netherlands", alternatives=["Dutch"], kind="place"),
        Entry("AS", "US", kind="place", case="sensitive"),
        Entry("Jakarta", "Jakarta", kind="place"),
        Entry(
            "Badan Pusat Statistik",
            "Statistics Indonesia",
            kind="organisation",
            variants=["BPS"],
            alternatives=["BPS", "Central Bureau of Statistics", "statistics office"],
        ),
        Entry(
            "Badan Nasional Penanggulangan Bencana",
            "National Disaster Management Agency",
            kind="organisation",
            variants=["BNPB"],
        ),
        Entry("pasien", "patient"),
        Entry("menteri keuangan", "Finance Minister", kind="title"),
        Entry("Gubernur Bank Indonesia", "Bank Indonesia Governor", kind="title"),
        Entry("wakil presiden", "Vice President", kind="title"),
        Entry("presiden terpilih", "President-elect", kind="title"),
        Entry("ketua umum", "chairman", kind="title"),
    ]
)
pytestmark = pytest.mark.usefixtures("implementation")  # the inline glosser has a twin


def inline(text: str) -> str:
    return render.annotate(Document("a.txt", text), MATCHER, "inline")


def composed(text: str, matcher: Matcher = MATCHER) -> str:
    """``text`` glossed from the composed readings (``titled.compose``), as inline writes it:
    what the fast inline path must give."""
    parts, last = [], 0
    for reading in titled.compose(text, Judge(text).batches(matcher.find(text))):
        parts += [text[last : reading.match.end], f" [{render.gloss(reading)}]"]
        last = reading.match.end
    return "".join(parts) + text[last:]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Menteri Pertanian Thailand tiba.",
            "Menteri Pertanian Thailand [Thai Agriculture Minister]",
        ),
        ("Perdana Menteri Belanda tiba.", "Perdana Menteri Belanda [Dutch Prime Minister]"),
        # an entry of its own wins: the glossary's English
        ("Perdana Menteri Jepang tiba.", "Perdana Menteri Jepang [Japanese Prime Minister]"),
        # the United States' offices have names of their own; a city's governor is
        # glossary.regional's (Jakarta Governor)
        ("Menteri Pertanian AS tiba.", "Menteri Pertanian [Agriculture Minister] AS [US]"),
        ("Gubernur Jakarta tiba.", "Gubernur Jakarta [Jakarta Governor]"),
        # an office of an Indonesian body, a title in lower-case English, words between
        ("Anggota DPR Jepang tiba.", "Anggota DPR [House member] Jepang [Japan]"),
        ("Juru bicara Jepang tiba.", "Juru bicara [spokesperson] Jepang [Japan]"),
        ("Menteri Pertanian di Thailand tiba.", "Menteri Pertanian [Agriculture Minister] di"),
    ],
)
def test_a_title_before_a_country_is_glossed_whole(text, expected):
    assert inline(text).startswith(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kepala BNPB Suharyanto tiba.", "Kepala BNPB [head of the National Disaster Management"),
        ("Kepala BPS Amalia tiba.", "Kepala BPS [head of Statistics Indonesia]"),
        ("kata kepala BPS itu.", "kata kepala BPS [head of Statistics Indonesia]"),
        # no body after it: the head of a patient is no office
        ("kepala pasien itu", "kepala pasien [patient] itu"),
        # a word that merely ends in kepala
        ("Sekepala BPS", "Sekepala BPS [Statistics Indonesia]"),
    ],
)
def test_the_head_of_a_body_is_glossed_whole(text, expected):
    assert inline(text).startswith(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wakil Menteri Keuangan Suahazil tiba.",
            "Wakil Menteri Keuangan [Deputy Finance Minister]",
        ),
        (
            "kata wakil menteri keuangan itu.",
            "kata wakil menteri keuangan [Deputy Finance Minister]",
        ),
        (
            "Deputi Gubernur Bank Indonesia tiba.",
            "Deputi Gubernur Bank Indonesia [Deputy Bank Indonesia Governor]",
        ),
        ("Wakil Ketua Umum tiba.", "Wakil Ketua Umum [deputy chairman]"),
        ("Wakil Kepala BPS tiba.", "Wakil Kepala BPS [deputy head of Statistics Indonesia]"),
        ("Mantan Wakil Menteri Keuangan tiba.", "Mantan Wakil Menteri Keuangan [Deputy Finance"),
        # the glossary's own deputy title stays; no deputy word, no deputy
        ("Wakil Presiden tiba.", "Wakil Presiden [Vice President]"),
        # a president's deputy is the Vice President, also of a president-elect
        ("Wakil Presiden terpilih tiba.", "Wakil Presiden terpilih [Vice President-elect]"),
        ("Menteri Keuangan tiba.", "Menteri Keuangan [Finance Minister]"),
        # a word that merely ends in wakil
        ("Perwakil Menteri Keuangan", "Perwakil Menteri Keuangan [Finance Minister]"),
    ],
)
def test_a_deputy_is_glossed_as_the_deputy_not_the_holder(text, expected):
    assert inline(text).startswith(expected)
    assert composed(text).startswith(expected)


def test_the_deputy_accepts_the_english_orders_translators_use():
    out = render.annotate(
        Document("a.txt", "Deputi Gubernur Bank Indonesia tiba."), MATCHER, "json"
    )
    (item,) = json.loads(out)
    assert item["kind"] == "title" and not item.get("partial")
    assert {"Bank Indonesia Deputy Governor", "Vice Bank Indonesia Governor"} <= set(
        item["alternatives"]
    )


def test_the_head_of_a_body_accepts_what_news_english_calls_it():
    found = [
        r
        for r in titled.compose(
            "Kepala BPS tiba.", Judge("Kepala BPS tiba.").batches(MATCHER.find("Kepala BPS tiba."))
        )
        if r.match.start == 0
    ]
    entry = found[0].match.entry
    assert entry.english == "head of Statistics Indonesia"
    assert {"BPS chief", "BPS head", "head of BPS"} <= set(entry.alternatives)
    # ... and by the body's other English names, a name taking "the" where it is a bureau
    assert {
        "head of the Central Bureau of Statistics",
        "Central Bureau of Statistics chief",
    } <= set(entry.alternatives)
    assert not any("statistics office" in alternative for alternative in entry.alternatives)


def test_the_composed_entry_accepts_the_english_orders_translators_use():
    out = render.annotate(Document("a.txt", "Perdana Menteri Belanda tiba."), MATCHER, "json")
    (item,) = json.loads(out)
    assert item["text"] == "Perdana Menteri Belanda" and item["kind"] == "title"
    assert {"Netherlands's Prime Minister", "Prime Minister of the Netherlands"} <= set(
        item["alternatives"]
    )
    assert "Dutch PM" in item["alternatives"]


def test_adjectives_come_from_the_names_table():
    table = titled.adjectives()
    assert table["Thailand"] == "Thai" and table["Myanmar"] == "Burmese"
    assert "United States" not in table


WORDS = st.sampled_from(
    ["Menteri", "Pertanian", "Perdana", "Thailand", "Jepang", "AS", "Gubernur", "tiba", "di", "."]
    + ["Kepala", "BPS", "Kota", "Jakarta", "Utara"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_the_fast_inline_path_composes_as_the_readings_do(words):
    text = " ".join(words)
    assert inline(text) == composed(text)


def test_the_judge_gives_the_composers_bits_of_the_batch_it_judged():
    text = "Kepala BPS dan Menteri Pertanian Thailand tiba di Jakarta"
    judge = Judge(text, titled.target_bits)
    [(batch, notes)] = list(judge.batches(MATCHER.find(text)))
    bits = judge.batch_bits(batch)
    assert bits is not None and len(bits) == len(batch)
    assert judge.batch_bits(list(batch)) is None  # another batch: asked again
    composer = titled.BatchComposer(text)
    assert composer(batch, notes, bits) == titled.BatchComposer(text)(batch, notes)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Wakil", "wakil", "Deputi", "deputi", "Per", "O'", "-", "_", "9", " ", "X", "akil"]
            + ["eputi", "\n"]
        ),
        max_size=12,
    ),
    st.integers(0, 30),
)
def test_deputy_words_stand_alone_as_a_lookbehind_would_say(parts, start):
    # Wakil Menteri, not Perwakil Menteri or O'Wakil: the word before is tested where a
    # deputy word is found, as the lookbehind of one pattern would test every position.
    text = "".join(parts)
    lookbehind = re.compile(r"(?<![\w'’-])(Wakil|Deputi|wakil|deputi) ")
    for end in (len(text), len(text) - 3):
        expected = [m.span(1) for m in lookbehind.finditer(text, start, end)]
        assert [m.span(1) for m in titled._deputy_words(text, start, end)] == expected
