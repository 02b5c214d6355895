"""The glossary among gettext tools: a person's curation survives msgmerge, msgcat & co.

Every test runs the real GNU gettext programs (and translate-toolkit's PO writer) on a
file the store wrote, then reads the result back with the store.
"""

import os
import shutil
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

from glossary import store
from glossary.store import Entry, Glossary, format_entry, load, save

GETTEXT = {name: shutil.which(name) for name in ("msgmerge", "msgcat", "msguniq", "msgattrib")}
needs_gettext = pytest.mark.skipif(not all(GETTEXT.values()), reason="GNU gettext not installed")


def curated():
    """Reviewed entries with curated fields, an unreviewed one, and two rejections."""
    return Glossary(
        entries=[
            Entry(
                "Korea Utara",
                "North Korea",
                kind="place",
                variants=["Korut"],
                alternatives=["North Korean"],
                origin="manual",
                note="Adjective: North Korean.",
                flags=["no-wrap"],
            ),
            Entry("Presiden Jokowi", "President Jokowi", kind="title", origin="names"),
            Entry("sanksi", "sanctions", alternatives=["sanction"], origin="dictionary"),
            Entry("rudal", "", kind="term", count=12, references=["news/a.txt:3"]),
            Entry("Cina", "China", obsolete=True, note="house style: Tiongkok"),
            Entry("kerjasama", "", obsolete=True),  # rejected before anyone gave English
        ]
    )


def quiet_load(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return load(path)


def by_term(glossary):
    return {e.term: e for e in glossary.entries}


@needs_gettext
@pytest.mark.parametrize(
    "tool",
    [
        ["msgcat"],
        ["msguniq"],
        ["msgattrib"],
        ["msgattrib", "--no-obsolete"],
        ["msgconv", "--to-code=UTF-8"],
    ],
)
def test_gettext_filters_leave_the_glossary_as_written(tmp_path, tool):
    """msgcat & co drop obsolete entries with an empty msgstr: a rejection is not one."""
    path = tmp_path / "g.po"
    save(curated(), path)
    out = tmp_path / "out.po"
    subprocess.run([*tool, str(path), "-o", str(out)], check=True)
    assert out.read_bytes() == path.read_bytes()
    assert quiet_load(out).entries == quiet_load(path).entries


@needs_gettext
def test_msgfilter_keeps_every_entry(tmp_path):
    path = tmp_path / "g.po"
    save(curated(), path)
    out = tmp_path / "out.po"
    subprocess.run(["msgfilter", "-i", str(path), "-o", str(out), "cat"], check=True)
    assert [e.key for e in quiet_load(out).entries] == [e.key for e in quiet_load(path).entries]
    assert by_term(quiet_load(out))["kerjasama"].obsolete


@needs_gettext
def test_msgmerge_neither_rejects_reviewed_entries_nor_revives_rejected_ones(tmp_path):
    """msgmerge with a POT of the newly mined terms: what a person decided reads as before,
    and the lost empty rejection is reported in one line with the way to restore it."""
    path = tmp_path / "g.po"
    save(curated(), path)
    pot = tmp_path / "candidates.pot"
    mined = [Entry("rudal", kind="term", count=30), Entry("Cina", kind="place"), Entry("baru")]
    pot.write_text(
        store.dumps(Glossary()).rstrip("\n")
        + "\n\n"
        + "\n\n".join(format_entry(e) for e in mined)
        + "\n",
        encoding="utf-8",
    )
    merged = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "-q", str(path), str(pot), "-o", str(merged)], check=True)
    assert "#~ msgid" in merged.read_text(encoding="utf-8")  # msgmerge did its damage
    with pytest.warns(store.RewrittenWarning) as caught:
        glossary = load(merged)
    (warning,) = caught
    message = str(warning.message)
    assert "\n" not in message
    assert "made obsolete" in message and "restore it from version control" in message
    assert "glossary mine --update" in message
    entries = by_term(glossary)
    before = by_term(curated())
    for term in ("Korea Utara", "Presiden Jokowi", "sanksi"):
        assert not entries[term].obsolete
        assert entries[term].alternatives == before[term].alternatives
        assert entries[term].origin == before[term].origin
        assert entries[term].kind == before[term].kind
    assert entries["Korea Utara"].note == "Adjective: North Korean."
    assert entries["Korea Utara"].flags == ["no-wrap"]
    assert entries["Cina"].obsolete  # still rejected, not revived by the POT
    assert entries["baru"].english == "" and not entries["baru"].obsolete
    # The next write restores every entry msgmerge made obsolete, and the guard is quiet.
    save(glossary, merged)
    assert "#~" not in merged.read_text(encoding="utf-8")
    assert not quiet_load(merged).entries[0].obsolete


def test_translate_toolkit_writer_keeps_curation(tmp_path):
    po = pytest.importorskip("translate.storage.po")
    path = tmp_path / "g.po"
    save(curated(), path)
    store_file = po.pofile.parsefile(str(path))
    out = tmp_path / "ttk.po"
    out.write_bytes(bytes(store_file))
    assert quiet_load(out).entries == quiet_load(path).entries


def test_a_file_another_program_shrank_is_reported_once(tmp_path):
    path = tmp_path / "g.po"
    save(curated(), path)
    text = path.read_text(encoding="utf-8")
    block = '# rejected: yes\n# kind: term\nmsgid "kerjasama"\nmsgstr ""\n'
    assert block in text
    path.write_text(text.replace("\n" + block, ""), encoding="utf-8")
    with pytest.warns(store.RewrittenWarning, match=r"entries 6 -> 5; rejected 2 -> 1"):
        load(path)


def test_a_renamed_entry_is_reported(tmp_path):
    path = tmp_path / "g.po"
    save(curated(), path)
    text = path.read_text(encoding="utf-8").replace('msgid "sanksi"', 'msgid "sangsi"')
    path.write_text(text, encoding="utf-8")
    with pytest.warns(store.RewrittenWarning, match=r"\(entries renamed or replaced\): restore it"):
        load(path)


def test_the_cli_says_it_in_one_line_and_goes_on(tmp_path):
    path = tmp_path / "g.po"
    save(curated(), path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('msgid "rudal"', '#~ msgid "rudal"').replace(
            'msgid "rudal"\nmsgstr ""', 'msgid "rudal"\n#~ msgstr ""'
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "glossary", "show", "rudal", "--glossary", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"glossary: warning: {path}: changed by another program")
    assert "1 entries made obsolete" in result.stderr


def test_unchanged_or_hand_translated_files_load_quietly(tmp_path):
    """A person translating in Poedit changes msgstr and fuzzy flags: no alarm."""
    path = tmp_path / "g.po"
    save(curated(), path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('msgid "rudal"\nmsgstr ""', 'msgid "rudal"\nmsgstr "missile"'))
    assert by_term(quiet_load(path))["rudal"].english == "missile"


LEGACY = textwrap.dedent(
    """\
    msgid ""
    msgstr "Content-Type: text/plain; charset=UTF-8\\n"

    # Adjective: North Korean.
    #. kind: place
    #. alternatives: North Korean
    #. reviewed-by: Ani
    msgid "Korea Utara"
    msgstr "North Korea"

    # house style: Tiongkok
    #. kind: term
    #~ msgid "Cina"
    #~ msgstr "China"
    """
)


def test_files_in_the_old_layout_load_and_are_written_in_the_new_one(tmp_path):
    path = tmp_path / "g.po"
    path.write_text(LEGACY, encoding="utf-8")
    glossary = quiet_load(path)
    korea, cina = glossary.entries
    assert (korea.kind, korea.alternatives, korea.extra) == (
        "place",
        ["North Korean"],
        ["reviewed-by: Ani"],
    )
    assert korea.note == "Adjective: North Korean." and not korea.obsolete
    assert cina.obsolete and cina.note == "house style: Tiongkok"
    save(glossary, path)
    text = path.read_text(encoding="utf-8")
    assert "# kind: place" in text and "# rejected: yes" in text and "#~" not in text
    assert "#. reviewed-by: Ani" in text
    assert quiet_load(path).entries == glossary.entries


def test_a_note_line_that_looks_like_a_field_stays_a_note():
    entry = Entry("a", note="case: see the style guide\nnote: twice\nrejected: no")
    again = store.loads(store.dumps(Glossary(entries=[entry])), "g.po").entries[0]
    assert again.note == entry.note
    assert again.case == "" and not again.obsolete


def test_a_persons_field_wins_over_a_templates_extracted_comment():
    text = 'msgid ""\nmsgstr ""\n\n# kind: person\n#. kind: term\nmsgid "Jokowi"\nmsgstr ""\n'
    assert store.loads(text, "g.po").entries[0].kind == "person"
