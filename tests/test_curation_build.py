"""curation/build.py's source lines: senses written beside the renderings, a country's
adjective chosen after a noun it qualifies, senses and alternatives added to entries made
elsewhere."""

import sys
from pathlib import Path

import pytest

from glossary import gloss, store
from glossary.match import Matcher
from glossary.text import InputError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "curation"))

import build  # noqa: E402


def parsed(tmp_path: Path, text: str) -> list[store.Entry]:
    source = tmp_path / "list.txt"
    source.write_text(text, encoding="utf-8")
    return build.parse(source)


def test_starred_rendering_is_the_adjective_after_a_qualified_noun(tmp_path):
    (entry,) = parsed(tmp_path, "## place\nPrancis ; Perancis = France | *French | Frenchman\n")
    assert entry.renderings == ["France", "French", "Frenchman"]
    (sense,) = gloss.senses(entry)
    assert sense.english == "French" and {"petenis", "pemerintah", "asal"} <= sense.words
    text = "Ia mengalahkan petenis Prancis itu, lalu pulang ke Prancis."
    readings = list(gloss.Judge(text).readings(Matcher([entry]).find(text)))
    assert [r.english for r in readings] == ["French", "France"]


def test_written_senses_come_before_the_adjective(tmp_path):
    line = "Inggris = Britain | *British | English % English after bahasa liga\n"
    (entry,) = parsed(tmp_path, "## place\n" + line)
    assert [s.english for s in gloss.senses(entry)] == ["English", "British"]
    text = "Ia belajar bahasa Inggris dari pelatih asal Inggris."
    readings = list(gloss.Judge(text).readings(Matcher([entry]).find(text)))
    assert [r.english for r in readings] == ["English", "British"]


def test_a_sense_must_be_a_rendering(tmp_path):
    with pytest.raises(InputError, match="list.txt:2"):
        parsed(tmp_path, "## place\nJerman = Germany % German after pemain\n")


def test_senses_section_adds_to_an_entry_made_elsewhere(tmp_path):
    kept = store.Entry(term="Rusia", english="Russia", alternatives=["Russian"], kind="place")
    glossary = store.Glossary(entries=[kept])
    sources = parsed(tmp_path, "## senses\nRusia = *Russian\n")
    assert build.assemble(glossary, sources) == []
    assert [s.english for s in gloss.senses(kept)] == ["Russian"]
    build.assemble(glossary, sources)  # built again: the sense is replaced, not repeated
    assert len(kept.senses) == 1
    with pytest.raises(InputError, match="no such entry"):
        build.assemble(glossary, parsed(tmp_path, "## senses\nJerman = *German\n"))


def test_senses_section_adds_a_missing_rendering_once(tmp_path):
    kept = store.Entry(term="pertahanan", english="defense", alternatives=["defence"])
    glossary = store.Glossary(entries=[kept])
    sources = parsed(tmp_path, "## senses\npertahanan = defence | defensive\n")
    build.assemble(glossary, sources)
    build.assemble(glossary, sources)  # built again: nothing added twice
    assert kept.renderings == ["defense", "defence", "defensive"]
    assert kept.senses == []
