"""The reference backend: a reviewed glossary's English for the whole term, as annotate
would gloss it in the term's example sentence (composed from reviewed parts too)."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary.cli import cli
from glossary.store import Entry, Glossary, load, save
from glossary.suggest import Settings
from glossary.suggest.reference import COMPOSED_CONFIDENCE, REVIEWED_CONFIDENCE, reference


@pytest.fixture
def reviewed(tmp_path):
    """A small reviewed glossary: bodies, a title, places, a word with two senses."""
    path = tmp_path / "reviewed.po"
    entries = [
        Entry(
            "Dinas Kesehatan",
            "Health Agency",
            kind="organisation",
            alternatives=["Health Office"],
            origin="manual",
        ),
        Entry("kabupaten", "regency", origin="manual"),
        Entry("Bogor", "Bogor", kind="place", origin="manual"),
        Entry("Menteri Pertanian", "Agriculture Minister", kind="title", origin="manual"),
        Entry("Thailand", "Thailand", kind="place", origin="manual"),
        Entry("Pusat Data", "data center", origin="manual"),
        Entry("luar negeri", "foreign", alternatives=["abroad"], senses=["abroad after ke di"]),
        Entry("gencatan senjata", "ceasefire", alternatives=["truce"], origin="manual"),
        Entry("bahan peledak", "explosives", origin="parallel", fuzzy=True),  # not reviewed
    ]
    save(Glossary(entries), path)
    return path


def suggestions(path, *entries):
    return reference(list(entries), Settings(reference=Path(path)))


def test_a_reviewed_entry_is_suggested_with_its_alternatives(reviewed):
    [found] = suggestions(reviewed, Entry("gencatan senjata"))
    assert [(s.english, s.source, s.confidence) for s in found] == [
        ("ceasefire", "reference", REVIEWED_CONFIDENCE)
    ]
    assert found[0].related == ("truce",)


def test_a_name_composed_of_reviewed_parts_is_suggested_less_surely(reviewed):
    """Dinas Kesehatan Kabupaten Bogor is no entry: annotate composes it, so does this."""
    bodies, titles = suggestions(
        reviewed, Entry("Dinas Kesehatan Kabupaten Bogor"), Entry("Menteri Pertanian Thailand")
    )
    assert bodies[0].english == "Bogor Regency Health Agency"
    assert "Bogor Regency Health Office" in bodies[0].related
    assert titles[0].english == "Thai Agriculture Minister"
    assert bodies[0].confidence == titles[0].confidence == COMPOSED_CONFIDENCE < REVIEWED_CONFIDENCE


def test_a_gloss_of_part_of_the_term_is_no_suggestion(reviewed):
    """Pusat Data is glossed inside Kepala Pusat Data dan Informasi only as a part."""
    assert suggestions(reviewed, Entry("Kepala Pusat Data dan Informasi")) == [[]]


def test_the_example_sentence_chooses_the_sense(reviewed):
    abroad, foreign = suggestions(
        reviewed,
        Entry("luar negeri", example="Ribuan warga bekerja di luar negeri."),
        Entry("luar negeri", example="Kebijakan luar negeri itu berubah."),
    )
    assert abroad[0].english == "abroad" and foreign[0].english == "foreign"


def test_unreviewed_english_of_the_reference_is_not_suggested(reviewed):
    assert suggestions(reviewed, Entry("bahan peledak")) == [[]]


def test_cli_fills_from_the_reference_and_accepting_keeps_its_alternatives(tmp_path, reviewed):
    mine = tmp_path / "mine.po"
    save(Glossary([Entry("Dinas Kesehatan Kabupaten Bogor", count=3), Entry("gempa bumi")]), mine)
    runner = CliRunner()
    options = ["--backend", "reference", "--reference", str(reviewed)]
    result = runner.invoke(cli, ["suggest", "--glossary", str(mine), *options])
    assert result.exit_code == 0, result.output
    assert "Dinas Kesehatan Kabupaten Bogor → Bogor Regency Health Agency  [reference 0.85" in (
        result.output
    )
    assert "1 of 2 entries without English filled (fuzzy): reference 1" in result.output
    approved = runner.invoke(
        cli, ["approve", "--glossary", str(mine), "Dinas Kesehatan Kabupaten Bogor"]
    )
    assert approved.exit_code == 0, approved.output
    [entry] = [e for e in load(mine).entries if e.english]
    assert not entry.fuzzy and "Bogor Regency Health Office" in entry.alternatives


def test_a_missing_reference_is_one_line_and_exit_2(tmp_path):
    mine = tmp_path / "mine.po"
    save(Glossary([Entry("gempa bumi")]), mine)
    before = mine.read_bytes()
    result = CliRunner().invoke(
        cli,
        ["suggest", "--glossary", str(mine), "--backend", "reference", "--reference", "nope.po"],
    )
    assert result.exit_code == 2 and "nope.po" in result.output
    assert mine.read_bytes() == before


def test_a_reference_that_is_no_po_file_is_one_line_and_exit_2(tmp_path):
    mine, broken = tmp_path / "mine.po", tmp_path / "broken.po"
    save(Glossary([Entry("gempa bumi")]), mine)
    broken.write_text("garbage\n")
    before = mine.read_bytes()
    result = CliRunner().invoke(
        cli,
        ["suggest", "--glossary", str(mine), "--backend", "reference", "--reference", str(broken)],
    )
    assert result.exit_code == 2, result.output
    assert "broken.po:1: not a PO line" in result.output and "Traceback" not in result.output
    assert mine.read_bytes() == before
