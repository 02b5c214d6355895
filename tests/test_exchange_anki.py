"""Anki decks in the real Anki backend: decks coexist, notes survive renames, no answer shown."""

from contextlib import closing
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportCsvRequest
from click.testing import CliRunner

from glossary import exchange
from glossary.cli import cli
from glossary.exchange import anki
from glossary.store import Entry, Glossary, dumps, load

KOREA = Entry(
    "Korea Utara",
    "North Korea",
    kind="place",
    variants=["Korut"],
    alternatives=["DPRK"],
    example="Pemimpin Korea Utara tiba di Moskow.",
    note="House style",
)
KIM = Entry("Kim Jong-un", "Kim Jong Un", kind="person", example="Kim Jong-un tiba.")
PBB = Entry(
    "PBB",
    "UN",
    kind="acronym",
    example="Dewan Keamanan PBB bersidang, kata juru bicara PBB.",
)
TIONGKOK = Entry("Tiongkok", "China", kind="place", deprecated=["Cina"])
ENTRIES = [KOREA, KIM, PBB, TIONGKOK]
ARTICLE = (
    "Kim Jong-un tiba di Moskow.\n"
    "Pemimpin Korut itu bertemu pejabat PBB, lalu Korut menolak sanksi. Korea Utara diam.\n"
)


@pytest.fixture
def po(tmp_path):
    path = tmp_path / "id-en.po"
    path.write_text(dumps(Glossary(entries=[Entry(**vars(e)) for e in ENTRIES])), "utf-8")
    return path


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


@pytest.fixture
def collection(tmp_path):
    (tmp_path / "learner").mkdir()
    col = Collection(str(tmp_path / "learner" / "collection.anki2"))
    yield col
    col.close()


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def import_package(col: Collection, path: Path):
    options = ImportAnkiPackageOptions(with_scheduling=True)
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)
    )


def import_text(col: Collection, path: Path):
    """As Anki's File > Import does: the metadata the file's header gives, then import."""
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))


def days_ago(monkeypatch, days: int) -> None:
    """Decks written from now on carry a modification time ``days`` ago."""
    now = anki.time.time()
    monkeypatch.setattr(anki.time, "time", lambda: now - days * 86_400)


def cards_in(col: Collection, deck: str) -> int:
    return len(col.find_cards(f'"deck:{deck}" -"deck:{deck}::*"'))


def notes_of(col: Collection) -> dict[str, dict[str, str]]:
    """GUID → fields of every note in the collection."""
    return {col.get_note(n).guid: dict(col.get_note(n).items()) for n in col.find_notes("")}


@pytest.mark.parametrize("flashcards_older", [False, True])
def test_a_flashcards_deck_and_the_glossary_deck_keep_their_own_cards(
    po, article, tmp_path, collection, monkeypatch, flashcards_older
):
    glossary_deck, flashcards_deck = tmp_path / "glossary.apkg", tmp_path / "one.apkg"
    with monkeypatch.context() as earlier:
        days_ago(earlier, 1 if flashcards_older else 0)
        run("flashcards", article, "-o", flashcards_deck, "--glossary", po, "--include-identical")
    run("export", "--format", "anki-apkg", "-o", glossary_deck, "--glossary", po)

    import_package(collection, glossary_deck)
    log = import_package(collection, flashcards_deck)
    assert len(log.log.new) == 3  # Kim Jong-un, Korea Utara, PBB
    assert cards_in(collection, "Glossary id-en") == 2 * len(ENTRIES)
    assert cards_in(collection, "Glossary id-en::one") == 2 * 3
    # Re-importing either deck changes nothing: same GUIDs within a deck.
    assert not import_package(collection, glossary_deck).log.new
    assert not import_package(collection, flashcards_deck).log.new
    assert len(collection.find_notes("")) == len(ENTRIES) + 3


def test_a_rename_updates_the_same_note_and_keeps_its_review_history(
    po, tmp_path, collection, monkeypatch
):
    before, after = tmp_path / "before.apkg", tmp_path / "after.apkg"
    with monkeypatch.context() as yesterday:
        days_ago(yesterday, 1)
        run("export", "--format", "anki-apkg", "-o", before, "--glossary", po)
    import_package(collection, before)
    (kim,) = collection.find_cards('"Indonesian:Kim Jong-un" card:1')
    collection.sched.set_due_date([kim], "30")  # reviewed: due in 30 days
    reviewed = collection.get_card(kim)

    run("edit", "Kim Jong-un", "--rename", "Kim Jong Un", "--glossary", po)
    (renamed,) = [e for e in load(po).entries if e.term == "Kim Jong Un"]
    assert renamed.first_term == "Kim Jong-un"  # recorded in the glossary
    run("export", "--format", "anki-apkg", "-o", after, "--glossary", po)
    log = import_package(collection, after)

    assert not log.log.new and len(log.log.updated) >= 1
    assert len(collection.find_notes("")) == len(ENTRIES)
    card = collection.get_card(kim)
    assert card.note()["Indonesian"] == "Kim Jong Un"
    assert (card.type, card.due, card.ivl) == (reviewed.type, reviewed.due, reviewed.ivl)


def test_anki_txt_keeps_both_sides_in_any_collection_and_a_later_apkg_still_imports(
    po, tmp_path, collection
):
    text, package = tmp_path / "glossary.txt", tmp_path / "glossary.apkg"
    run("export", "--format", "anki-txt", "-o", text, "--glossary", po)
    run("export", "--format", "anki-apkg", "-o", package, "--glossary", po)
    log = import_text(collection, text)
    assert len(log.log.new) == len(ENTRIES)
    for fields in notes_of(collection).values():
        assert set(fields) == {"Front", "Back"}
        assert fields["Front"] and fields["Back"]
    korea = next(f for f in notes_of(collection).values() if "Korea Utara" in f["Front"])
    assert "North Korea" in korea["Back"] and "North Korea" not in korea["Front"]
    assert "Korea Utara" not in korea["Back"]  # each side is a question: no answer on it
    assert cards_in(collection, "Glossary id-en") == 2 * len(ENTRIES)  # both directions

    assert len(import_package(collection, package).log.new) == len(ENTRIES)
    assert not import_text(collection, text).log.new  # the same text again: no duplicates


def test_anki_txt_into_a_collection_that_names_the_note_type_otherwise(po, tmp_path, collection):
    notetype = collection.models.by_name("Basic (and reversed card)")
    notetype["name"] = "Einfach (beide Richtungen)"  # a German Anki
    collection.models.update_dict(notetype)
    text = tmp_path / "glossary.txt"
    run("export", "--format", "anki-txt", "-o", text, "--glossary", po)
    import_text(collection, text)
    notes = notes_of(collection).values()
    assert len(notes) == len(ENTRIES)
    assert all(f["Front"] and f["Back"] for f in notes)  # Basic: same field names


def test_a_cloze_never_shows_the_answer():
    notes = {n.entry.term: n for n in exchange.glossary_notes(ENTRIES)}
    pbb = dict(zip(exchange.ANKI_FIELDS, notes["PBB"].fields(), strict=True))
    assert pbb["Example"] == "Dewan Keamanan <b>PBB</b> bersidang, kata juru bicara <b>PBB</b>."
    cloze = '<span class="cloze">[…]</span>'
    assert pbb["Example cloze"] == f"Dewan Keamanan {cloze} bersidang, kata juru bicara {cloze}."
    # A form the matcher does not count (a different case rule) would still show: no cloze.
    shouting = Entry("PBB", "UN", kind="acronym", case="sensitive", example="PBB dan pbb.")
    (note,) = exchange.glossary_notes([shouting])
    assert note.marked_example("<b>{}</b>") == "<b>PBB</b> dan pbb."
    assert note.cloze() == ""


def test_flashcards_hide_every_occurrence_in_the_sentence(po, article, tmp_path):
    deck = tmp_path / "one.apkg"
    run("flashcards", article, "-o", deck, "--glossary", po)
    (tmp_path / "c").mkdir()
    with closing(Collection(str(tmp_path / "c" / "c.anki2"))) as col:
        import_package(col, deck)
        notes = {f["Indonesian"]: f for f in notes_of(col).values()}
    korea = notes["Korea Utara"]
    assert korea["Example"] == (
        "Pemimpin <b>Korut</b> itu bertemu pejabat PBB, lalu <b>Korut</b> menolak sanksi."
    )
    assert "Korut" not in korea["Example cloze"]
    assert korea["Example cloze"].count('<span class="cloze">[…]</span>') == 2


def test_a_kind_with_spaces_becomes_one_tag(tmp_path, article):
    po = tmp_path / "odd.po"
    entry = Entry("Korea Utara", "North Korea", kind="my kind", example="Korea Utara menolak.")
    po.write_text(dumps(Glossary(entries=[entry])), "utf-8")
    assert "# kind: my kind" in po.read_text("utf-8")
    deck, cards = tmp_path / "odd.apkg", tmp_path / "cards.apkg"
    run("export", "--format", "anki-apkg", "-o", deck, "--glossary", po)
    run("flashcards", article, "-o", cards, "--glossary", po)
    text = run("export", "--format", "anki-txt", "--glossary", po).output
    assert text.splitlines()[-1].split("\t")[2] == "my_kind"
    (tmp_path / "c").mkdir()
    with closing(Collection(str(tmp_path / "c" / "c.anki2"))) as col:
        import_package(col, deck)
        import_package(col, cards)
        assert {tuple(col.get_note(n).tags) for n in col.find_notes("")} == {("my_kind",)}


def test_a_name_reused_after_a_rename_gets_its_own_note(tmp_path):
    renamed = Entry("Kim Jong Un", "Kim Jong Un", kind="person", first_term="Kim Jong-un")
    reused = Entry("Kim Jong-un", "Kim Jong-un (the other one)", kind="person")
    notes = exchange.glossary_notes([reused, renamed])
    assert notes[0].guid == notes[1].guid  # the same identity, and
    reused_guid, renamed_guid = anki.guids(notes)  # so the renamed entry keeps the note
    assert renamed_guid == exchange.Note(Entry("Kim Jong-un", "Kim Jong Un")).guid
    assert reused_guid != renamed_guid
    text = exchange.to_anki_txt(notes, "Glossary id-en")
    assert len({line.split("\t")[-1] for line in text.splitlines()[8:]}) == 2
    po = tmp_path / "g.po"
    po.write_text(dumps(Glossary(entries=[reused, renamed])), "utf-8")
    run("export", "--format", "anki-apkg", "-o", tmp_path / "g.apkg", "--glossary", po)
    (tmp_path / "c").mkdir()
    with closing(Collection(str(tmp_path / "c" / "c.anki2"))) as col:
        assert len(import_package(col, tmp_path / "g.apkg").log.new) == 2
