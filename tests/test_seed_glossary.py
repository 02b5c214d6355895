"""The curated glossary that ships (terms/id-en.po): reviewed, covers the seeds and news in
general (countries, institutions, titles, domain terms), each entry with its evidence."""

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from glossary import mine, render, store
from glossary.match import Matcher
from glossary.store import KINDS, Entry
from glossary.text import Document, iter_documents, read_document

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "terms" / "id-en.po"
SEEDS = ROOT / "seeds"
MSGFMT = shutil.which("msgfmt")


@pytest.fixture(scope="module")
def glossary() -> store.Glossary:
    return store.load(PO)


@pytest.fixture(scope="module")
def matcher(glossary) -> Matcher:
    return Matcher(glossary.active())


def entry_for(glossary: store.Glossary, form: str) -> Entry:
    """The one active entry that has ``form`` as its msgid, a variant or a deprecated form."""
    found = [e for e in glossary.active() if form in e.forms]
    assert len(found) == 1, f"{form!r} names {len(found)} entries"
    return found[0]


def built_entry(entry: Entry) -> bool:
    """Made by curation/build.py from a reviewed source line (not one of the seed entries)."""
    return entry.references[:1] != [] and entry.references[0].startswith("curation/sources/")


# -- the file --------------------------------------------------------------------


def test_at_least_1500_entries_all_reviewed(glossary):
    active = glossary.active()
    assert len(active) >= 1500
    assert [e.term for e in active if not e.reviewed] == []
    assert [e.term for e in active if e.fuzzy] == []


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) not installed")
def test_passes_msgfmt_check():
    done = subprocess.run(
        [MSGFMT, "--check", "-o", "/dev/null", str(PO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_file_is_exactly_what_the_writer_writes(glossary):
    """Written by the tool: loading and writing again changes no byte (small diffs)."""
    assert store.dumps(glossary) == PO.read_text(encoding="utf-8")


def test_every_entry_has_kind_origin_and_evidence(glossary):
    for e in glossary.active():
        assert e.kind in KINDS, e.term
        assert e.origin, e.term
        assert bool(e.example) == bool(e.example_source), e.term


EVIDENCE = re.compile(r"(?:(\d+) of (\d+) aligned lines|[\w ]+; 0 corpus lines)")


def test_every_entry_records_where_its_english_was_checked(glossary):
    """``# evidence: 14 of 18 aligned lines``, or a standard name no corpus line shows."""
    for e in glossary.active():
        found = EVIDENCE.fullmatch(e.evidence)
        assert found, (e.term, e.evidence)
        if found.group(1):
            assert 0 <= int(found.group(1)) <= int(found.group(2)) > 0, e.term


def test_entries_beyond_the_seeds_come_from_a_reviewed_source_line(glossary):
    """Nothing ships that nobody reviewed: each built entry names its line in curation/sources."""
    sources: dict[str, list[str]] = {}
    built = [e for e in glossary.active() if built_entry(e)]
    assert len(built) >= 1200
    for e in built:
        path, _, number = e.references[0].rpartition(":")
        assert path.startswith("curation/sources/"), e.term
        if path not in sources:
            sources[path] = (ROOT / path).read_text(encoding="utf-8").split("\n")
        line = sources[path][int(number) - 1]
        assert line.split(" = ")[0].split(";")[0].strip() == e.term


def test_acronyms_carry_their_expansion(glossary):
    acronyms = [e for e in glossary.active() if e.kind == "acronym"]
    assert len(acronyms) >= 8
    assert [e.term for e in acronyms if not e.expansion] == []


# English heads that make a name a body's, never a place's (Union and Bank are also
# places': Uni Soviet, Tepi Barat).
BODY_HEADS = re.compile(
    r"\b(?:Association|Agency|Commission|Ministry|Council|Party|Institute|University|Society"
    r"|Federation|Organi[sz]ation|Committee|Authority|Corporation|Foundation)\b"
)


def test_no_body_is_filed_as_a_place(glossary):
    # a place stands in for no other name in check and glosses as a place: Ikatan Dokter
    # Indonesia filed under a place section let "Indonesian Doctors Association" pass
    filed = [
        e.term for e in glossary.active() if e.kind == "place" and BODY_HEADS.search(e.english)
    ]
    assert filed == []


def test_no_form_names_two_entries(glossary):
    forms = Counter(f for e in glossary.active() for f in set(e.forms))
    assert [f for f, n in forms.items() if n > 1] == []


def test_alternatives_differ_from_the_msgstr(glossary):
    for e in glossary.active():
        assert e.english not in e.alternatives, e.term
        assert len(set(e.alternatives)) == len(e.alternatives), e.term


# -- examples --------------------------------------------------------------------


def test_seed_examples_are_quoted_from_the_line_they_name(glossary):
    lines = {}
    quoted = 0
    for e in glossary.active():
        if not e.example_source.startswith("seeds/"):
            assert not (e.example and built_entry(e)), e.term  # the corpus is not ours to quote
            continue
        path, _, number = e.example_source.rpartition(":")
        if path not in lines:
            lines[path] = read_document(ROOT / path).clean.split("\n")
        assert e.example.rstrip("…") in lines[path][int(number) - 1], e.term
        quoted += 1
    assert quoted >= 250


def test_every_example_shows_its_entry(glossary):
    for e in glossary.active():
        if not e.example:
            continue
        pattern = "|".join(re.escape(f) for f in sorted(e.forms, key=len, reverse=True))
        assert re.search(rf"(?<!\w)(?:{pattern})", e.example, re.IGNORECASE), e.term


# -- what the issue names -----------------------------------------------------------

RENDERINGS = [
    # (Indonesian form, msgstr, alternatives it must include, kind)
    ("pertemuan puncak", "summit", [], "term"),
    ("Kantor Berita Pusat Korea", "Korean Central News Agency", ["KCNA"], "acronym"),
    ("keringanan sanksi", "sanctions relief", [], "term"),
    ("Korea Utara", "North Korea", ["North Korean"], "place"),
    ("Jepang", "Japan", ["Japanese"], "place"),
    ("Menteri Luar Negeri AS", "US Secretary of State", [], "title"),
    ("Jaksa Agung", "Attorney General", ["Prosecutor General"], "title"),
    (
        "Institut Unifikasi Nasional Korea",
        "Korea Institute for National Unification",
        [],
        "organisation",
    ),
    ("rudal balistik antarbenua", "intercontinental ballistic missile", ["ICBM"], "term"),
    ("perundingan enam pihak", "six-party talks", [], "event"),
    ("hak veto", "veto power", [], "term"),
    ("Korea Selatan", "South Korea", ["South Korean"], "place"),
    ("Rusia", "Russia", ["Russian"], "place"),
    ("Tiongkok", "China", ["Chinese"], "place"),
    ("AS", "US", ["United States"], "acronym"),
    ("PBB", "UN", ["United Nations"], "acronym"),
    ("Dewan Keamanan PBB", "UN Security Council", [], "organisation"),
    ("media pemerintah", "state media", [], "term"),
    ("denuklirisasi", "denuclearization", ["denuclearisation"], "term"),
    ("Kim Jong Un", "Kim Jong Un", ["Kim Jong-un"], "person"),
]


@pytest.mark.parametrize(("form", "english", "alternatives", "kind"), RENDERINGS)
def test_named_terms_have_the_news_rendering(glossary, form, english, alternatives, kind):
    e = entry_for(glossary, form)
    assert e.english == english
    assert set(alternatives) <= set(e.alternatives)
    assert e.kind == kind


VARIANTS = [
    # (form, preferred msgid, "variant" or "deprecated")
    ("Korut", "Korea Utara", "variant"),
    ("Menlu", "Menteri Luar Negeri", "variant"),
    ("Kim Jong-un", "Kim Jong Un", "variant"),
    ("China", "Tiongkok", "variant"),
    ("Cina", "Tiongkok", "deprecated"),
    ("kerjasama", "kerja sama", "variant"),
    ("pelucutan senjata", "perlucutan senjata", "variant"),
    ("Deputi Menteri Luar Negeri", "Wakil Menteri Luar Negeri", "variant"),
    ("KTT", "pertemuan puncak", "variant"),
    ("bantuan sanksi", "keringanan sanksi", "deprecated"),
]


@pytest.mark.parametrize(("form", "term", "status"), VARIANTS)
def test_variants_belong_to_their_entry(glossary, form, term, status):
    e = entry_for(glossary, form)
    assert e.term == term
    assert form in (e.variants if status == "variant" else e.deprecated)


def test_the_house_style_for_china_is_documented(glossary):
    e = entry_for(glossary, "Tiongkok")
    assert "Cina" in e.note and "deprecated" in e.note
    party = entry_for(glossary, "Partai Komunis Tiongkok")
    assert party.deprecated == ["Partai Komunis Cina"]


def test_us_secretary_of_state_wins_over_foreign_minister(matcher):
    found = matcher.find("Menteri Luar Negeri AS dan Menlu Rusia bertemu.")
    assert [(m.text, m.entry.english) for m in found] == [
        ("Menteri Luar Negeri AS", "US Secretary of State"),
        ("Menlu", "Foreign Minister"),
        ("Rusia", "Russia"),
    ]


def test_lower_case_as_is_not_the_united_states(matcher):
    assert [m.entry.term for m in matcher.find("sama seperti as roda")] == []


def annotated(text: str, matcher: Matcher) -> str:
    return render.annotate(Document("a.txt", text), matcher, "inline")


def test_a_regent_of_a_regency_the_text_names_only_with_its_title_is_glossed_whole(matcher):
    out = annotated("Mantan Bupati Pemalang divonis.", matcher)
    assert "Bupati Pemalang [Pemalang Regent]" in out


def test_negara_is_the_state_after_a_noun_of_public_finance(matcher):
    out = annotated("Utang negara naik, tetapi negara itu kaya.", matcher)
    assert "Utang [debt] negara [state]" in out
    assert "tetapi negara [country] itu" in out


def test_menyita_perhatian_is_no_seizure(matcher):
    out = annotated("Polisi menyita sabu. Kasus itu menyita perhatian publik.", matcher)
    assert "menyita [seize]" in out and "menyita perhatian [attracted attention]" in out


# -- coverage of the seeds ---------------------------------------------------------


def test_every_recurring_seed_candidate_was_decided(glossary):
    """Mining the seeds again offers nothing new: each candidate is an entry or was rejected."""
    forms = [f for e in glossary.entries for f in e.forms]
    left = mine.mine(iter_documents([SEEDS]), exclude=forms)
    assert [c.term for c in left] == []


SEED_TERMS = """
    Jaksa Agung|Institut Unifikasi Nasional Korea|keringanan sanksi|rudal balistik antarbenua
    perundingan enam pihak|hak veto|Kantor Berita Pusat Korea|KCNA|pertemuan puncak|KTT
    Korut|Deputi Menlu|Kim Jong-un|Kim Jong Un|Cina|China|Tiongkok|kerja sama|Kerjasama
    pelucutan senjata nuklir|perlucutan senjata|Dewan Keamanan PBB|Semenanjung Korea
    Gedung Putih|Kremlin|Uni Soviet|Perang Korea|Lapangan Kim Il Sung|media pemerintah
    Perjanjian Non-Proliferasi Nuklir|Republik Demokratik Rakyat Korea|Stimson Center
    Pusat Studi Strategis dan Internasional|Institut Korea untuk Penyatuan Nasional
    denuklirisasi|sanksi internasional|uji coba rudal|program senjata nuklir
""".replace("\n", "|").split("|")


def test_the_named_seed_terms_are_found_in_the_seeds(matcher):
    """Each is found as written in the seeds (or as the form it is written with, +clitic)."""
    found = set()
    for doc in iter_documents([SEEDS]):
        found.update(s for m in matcher.find(doc.clean) for s in (m.text, m.form))
    wanted = {t.strip() for t in SEED_TERMS if t.strip()}
    assert wanted - found == set()
