"""The PO store: one parser, one writer, atomic locked edits, merge."""

import copy
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary import lock
from glossary.merge import merge
from glossary.store import (
    FIELDS,
    Entry,
    Glossary,
    did_you_mean,
    dumps,
    edit,
    find,
    load,
    loads,
    require,
    save,
)
from glossary.text import InputError

ROOT = Path(__file__).resolve().parent.parent
MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) not installed")

# -- strategies ----------------------------------------------------------------

# One line of text as a person would type it: no control characters, no line breaks,
# no surrounding spaces (the store strips values).
line = (
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
lines = st.lists(line, max_size=3)
paragraphs = st.lists(st.one_of(line, st.just("")), max_size=3).map("\n".join).map(str.strip)
reference = st.from_regex(r"[A-Za-z0-9_./-]{1,20}(:[1-9][0-9]{0,4})?", fullmatch=True)
extra_line = line.filter(lambda s: s.partition(":")[0].strip() not in FIELDS.values())


def dumps_string(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


entries = st.builds(
    Entry,
    term=line,
    english=st.one_of(st.just(""), line),
    context=st.one_of(st.just(""), line),
    kind=st.sampled_from(["person", "place", "term", "acronym", "title", "organisation"]),
    pos=st.one_of(st.just(""), st.sampled_from(["noun", "verb", "adj"])),
    variants=lines,
    deprecated=lines,
    alternatives=lines,
    expansion=st.one_of(st.just(""), line),
    case=st.sampled_from(["", "sensitive", "insensitive"]),
    example=st.one_of(st.just(""), line),
    example_source=st.one_of(st.just(""), reference),
    origin=st.one_of(st.just(""), line),
    suggestions=lines,
    count=st.integers(0, 10**9),
    documents=st.integers(0, 10**6),
    score=st.floats(0, 1e9, allow_nan=False),
    note=paragraphs,
    references=st.lists(reference, max_size=30),
    fuzzy=st.booleans(),
    obsolete=st.booleans(),
    extra=st.lists(extra_line, max_size=2),
    # Flags that ask msgfmt to check nothing: a format flag would check the generated text.
    flags=st.lists(st.sampled_from(["no-wrap", "no-c-format"]), unique=True),
    previous=st.lists(line.map(lambda s: f" msgid {dumps_string(s)}"), max_size=1),
)
glossaries = st.lists(entries, max_size=8, unique_by=lambda e: e.key).map(
    lambda found: Glossary(entries=found)
)


def sorted_entries(glossary):
    return sorted(
        glossary.entries, key=lambda e: (e.obsolete, e.term.casefold(), e.term, e.context)
    )


def korea():
    return Entry(
        term="Korea Utara",
        english="North Korea",
        kind="place",
        variants=["Korut"],
        alternatives=["North Korean"],
        example="Korea Utara kembali meluncurkan rudal balistik.",
        example_source="news/a.txt:3",
        origin="manual",
        count=57,
        documents=5,
        score=12.5,
        note="Adjective: North Korean.",
        references=["news/a.txt:3", "news/b.txt:8"],
    )


def cina():
    return Entry(term="Cina", english="China", obsolete=True, note="house style: Tiongkok")


# -- round trip and stable bytes -------------------------------------------------


@given(glossaries)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_every_entry_survives_dumps_then_loads(glossary):
    text = dumps(glossary)
    again = loads(text, "g.po")
    assert again.entries == sorted_entries(glossary)
    assert dumps(again) == text


@given(glossaries, st.randoms())
def test_output_does_not_depend_on_entry_order(glossary, random):
    shuffled = Glossary(entries=list(glossary.entries))
    random.shuffle(shuffled.entries)
    assert dumps(shuffled) == dumps(glossary)


def test_header_is_complete_and_kept():
    text = dumps(Glossary(entries=[korea()], metadata={"Last-Translator": "Ani <ani@example.id>"}))
    assert '"Project-Id-Version: glossary\\n"' in text
    assert '"Content-Type: text/plain; charset=UTF-8\\n"' in text
    assert '"Language: en\\n"' in text
    assert '"Last-Translator: Ani <ani@example.id>\\n"' in text
    again = loads(text, "g.po")
    assert again.metadata["Last-Translator"] == "Ani <ani@example.id>"
    assert dumps(again) == text


def test_entry_layout_is_standard_po():
    text = dumps(Glossary(entries=[korea(), cina()]))
    block = text.split("\n\n")[1]
    assert block == textwrap.dedent(
        """\
        # kind: place
        # variants: Korut
        # alternatives: North Korean
        # example: Korea Utara kembali meluncurkan rudal balistik.
        # example-source: news/a.txt:3
        # origin: manual
        # count: 57
        # documents: 5
        # score: 12.5
        # Adjective: North Korean.
        #: news/a.txt:3 news/b.txt:8
        msgid "Korea Utara"
        msgstr "North Korea\""""
    )
    assert text.endswith(
        '# rejected: yes\n# kind: term\n# house style: Tiongkok\nmsgid "Cina"\nmsgstr "China"\n'
    )


def test_unknown_extracted_comments_and_odd_values_are_kept():
    text = textwrap.dedent(
        """\
        msgid ""
        msgstr "Content-Type: text/plain; charset=UTF-8\\n"

        #. kind: term
        #. reviewed-by: Ani
        #. variants: a \\| b | c
        msgid "x"
        msgstr "y"
        """
    )
    (entry,) = loads(text, "g.po").entries
    assert entry.extra == ["reviewed-by: Ani"]
    assert entry.variants == ["a | b", "c"]
    assert "#. reviewed-by: Ani" in dumps(loads(text, "g.po"))


@needs_msgfmt
@given(glossaries)
@settings(max_examples=25, deadline=None)
def test_output_passes_msgfmt_check(tmp_path_factory, glossary):
    path = tmp_path_factory.mktemp("po") / "g.po"
    path.write_text(dumps(glossary), encoding="utf-8")
    result = subprocess.run(
        [MSGFMT, "--check", "-o", os.devnull, str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@needs_msgfmt
def test_gnu_msgcat_leaves_our_output_unchanged(tmp_path):
    long = "a rendering long enough to be wrapped by the writer exactly as GNU gettext wraps it"
    glossary = Glossary(entries=[korea(), cina(), Entry("panjang", long, context="sense 2")])
    ours = tmp_path / "g.po"
    save(glossary, ours)
    theirs = tmp_path / "m.po"
    subprocess.run([shutil.which("msgcat"), str(ours), "-o", str(theirs)], check=True)
    assert theirs.read_bytes() == ours.read_bytes()


# -- malformed input -------------------------------------------------------------

HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'


@pytest.mark.parametrize(
    "body, line, message",
    [
        ('msgid "a"\nmsgstr "b\n', 5, "malformed string"),
        ('msgid "a"\nmsgstr b\n', 5, "malformed string"),
        ('msgid "a"\nmsgstr "b"\nhello\n', 6, "not a PO line"),
        ('msgid "a"\n\nmsgid "c"\nmsgstr "d"\n', 6, "no msgstr"),
        ('msgid "a"\n', 4, "no msgstr"),
        ('msgstr "d"\n', 4, "msgstr without a msgid"),
        ('msgid "a\\q"\nmsgstr "b"\n', 4, "malformed string"),
        ('msgid "a"b"\nmsgstr "b"\n', 4, "malformed string"),
        ('"x"\nmsgid "a"\nmsgstr "b"\n', 4, "string line must follow"),
        ('msgid "a"\n#~ msgstr "b"\n', 5, "mixes obsolete"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n', 5, "plural"),
        ('msgid ""\nmsgstr "x"\n', 4, "empty msgid"),
        (
            'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
            7,
            "duplicate entry 'a' (first at line 4)",
        ),
        ('#~ msgid "a"\n#~ msgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 7, "duplicate"),
        ('#. count: many\nmsgid "a"\nmsgstr "b"\n', 4, "count is not a number: 'many'"),
        ('#. kind: place\n#. kind: person\nmsgid "a"\nmsgstr "b"\n', 4, "'kind' given twice"),
    ],
)
def test_malformed_po_names_the_line_and_is_never_overwritten(tmp_path, body, line, message):
    path = tmp_path / "g.po"
    path.write_text(HEADER + body, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)
    with pytest.raises(InputError), edit(path) as glossary:
        glossary.entries.append(Entry("baru", "new"))
    assert path.read_bytes() == before


def test_undecodable_bytes_name_their_line(tmp_path):
    path = tmp_path / "g.po"
    path.write_bytes(HEADER.encode() + b'msgid "caf\xe9"\nmsgstr "x"\n')
    with pytest.raises(InputError, match=rf"^{path}:4: not valid UTF-8"):
        load(path)


def test_declared_legacy_charset_is_read(tmp_path):
    path = tmp_path / "g.po"
    header = HEADER.replace("UTF-8", "ISO-8859-1").encode()
    path.write_bytes(header + b'msgid "caf\xe9"\nmsgstr "cafe"\n')
    assert load(path).entries[0].term == "café"
    save(load(path), path)
    assert "charset=UTF-8" in path.read_text(encoding="utf-8")
    assert load(path).entries[0].term == "café"


def test_missing_path_is_not_read_as_po_text(tmp_path):
    with pytest.raises(InputError, match="no such glossary"):
        load(tmp_path / "nope.po")
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)


def test_bom_and_crlf_are_accepted():
    text = "\ufeff" + (HEADER + 'msgid "a"\nmsgstr "b"\n').replace("\n", "\r\n")
    assert [e.term for e in loads(text, "g.po").entries] == ["a"]


# -- atomic, locked writes ---------------------------------------------------------


def test_edit_saves_and_a_failing_block_saves_nothing(tmp_path):
    path = tmp_path / "g.po"
    with pytest.raises(InputError, match="no such glossary"), edit(path):
        pass
    assert not path.exists()
    with edit(path, create=True) as glossary:
        glossary.entries.append(korea())
    before = path.read_bytes()
    with pytest.raises(RuntimeError), edit(path) as glossary:
        glossary.entries.append(Entry("baru", "new"))
        raise RuntimeError("interrupted")
    assert path.read_bytes() == before
    assert [e.term for e in load(path).entries] == ["Korea Utara"]


def test_a_writer_that_fails_leaves_the_previous_file(tmp_path):
    path = tmp_path / "g.po"
    save(Glossary(entries=[korea()]), path)
    before = path.read_bytes()
    with pytest.raises(ValueError, match="duplicate"), edit(path) as glossary:
        glossary.entries.append(Entry("Korea Utara", "Korea"))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".g.po.lock", "g.po"]


def test_unchanged_glossary_is_not_rewritten(tmp_path):
    path = tmp_path / "g.po"
    save(Glossary(entries=[korea()]), path)
    inode = path.stat().st_ino
    with edit(path):
        pass
    assert path.stat().st_ino == inode


HOLD_LOCK = """
import sys, time
from pathlib import Path
from glossary import lock
with lock.locked(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(path, seconds):
    """A real process that holds the glossary's lock for ``seconds``."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert holder.stdout.readline() == "held\n"
    return holder


def test_a_configured_lock_timeout_names_the_live_holder(tmp_path, monkeypatch):
    path = tmp_path / "g.po"
    save(Glossary(entries=[korea()]), path)
    monkeypatch.setenv("GLOSSARY_LOCK_TIMEOUT", "0.3")
    holder = hold_lock(path, 30)
    try:
        with pytest.raises(InputError, match=rf"process {holder.pid} still holds the lock after"):
            save(Glossary(), path)
    finally:
        holder.kill()
        holder.wait()
    assert load(path).entries == [korea()]


def test_a_writer_waits_as_long_as_the_holder_lives(tmp_path, monkeypatch):
    """Without a timeout, 2 s of contention (past no fixed limit) is waited out."""
    path = tmp_path / "g.po"
    save(Glossary(entries=[korea()]), path)
    monkeypatch.delenv("GLOSSARY_LOCK_TIMEOUT", raising=False)
    monkeypatch.setattr(lock, "LOCK_NOTICE", 0.5)
    holder = hold_lock(path, 2)
    with pytest.warns(lock.LockWaitWarning, match=rf"waiting for process {holder.pid}"):
        save(Glossary(entries=[korea(), cina()]), path)
    assert holder.wait() == 0  # it finished its sleep: we waited for it
    assert len(load(path).entries) == 2


def test_a_killed_holder_frees_the_lock(tmp_path, monkeypatch):
    path = tmp_path / "g.po"
    monkeypatch.setenv("GLOSSARY_LOCK_TIMEOUT", "10")
    holder = hold_lock(path, 60)
    holder.kill()
    holder.wait()
    save(Glossary(entries=[korea()]), path)
    assert load(path).entries == [korea()]


def test_a_bad_lock_timeout_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("GLOSSARY_LOCK_TIMEOUT", "soon")
    with pytest.raises(InputError, match=r"GLOSSARY_LOCK_TIMEOUT: not a number of seconds"):
        save(Glossary(entries=[korea()]), tmp_path / "g.po")


def test_temporary_files_of_dead_writers_are_removed_under_the_lock(tmp_path):
    path = tmp_path / "g.po"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".g.po.{dead.pid}.abc123.tmp"
    stale.write_bytes(b"half a glossary")
    live = tmp_path / f".g.po.{os.getpid()}.def456.tmp"  # a writer still running
    live.write_bytes(b"in progress")
    save(Glossary(entries=[korea()]), path)
    assert not stale.exists()
    assert live.exists()


def test_an_unwritable_target_is_an_input_error(tmp_path):
    (tmp_path / "g.po").mkdir()
    with pytest.raises(InputError, match=r"g.po: cannot write \("):
        save(Glossary(), tmp_path / "g.po")


def run_python(code, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *map(str, args)], env=env)


EDITOR = """
    import sys
    from glossary.store import Entry, edit
    path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for i in range(count):
        with edit(path) as glossary:
            glossary.entries.append(Entry(f"{name}-{i}", f"{name} {i}"))
"""


def test_two_processes_editing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "g.po"
    save(Glossary(entries=[korea()]), path)
    writers = [run_python(EDITOR, path, name, 40) for name in ("ani", "budi")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    terms = {e.term for e in load(path).entries}
    assert terms == {"Korea Utara"} | {f"{n}-{i}" for n in ("ani", "budi") for i in range(40)}


REWRITER = """
    import sys
    from glossary.store import Entry, Glossary, save
    path = sys.argv[1]
    big = [Entry(f"istilah {i}", "term " * 20, example="contoh " * 40) for i in range(3000)]
    version = 0
    while True:
        version += 1
        save(Glossary(entries=[*big, Entry("versi", str(version))]), path)
"""


def test_killing_a_writer_mid_write_leaves_a_whole_file(tmp_path):
    path = tmp_path / "g.po"
    save(Glossary(entries=[korea()]), path)
    writer = run_python(REWRITER, path)
    try:
        deadline = time.monotonic() + 60
        while load(path).entries[0].term == "Korea Utara" and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    glossary = load(path)  # parses: the old file or a whole new one, never half of one
    assert len(glossary.entries) == 3001
    assert glossary.entries[-1].term == "versi"


# -- merge ---------------------------------------------------------------------------


def mined(term, count=1, **fields):
    return Entry(term, count=count, documents=1, score=float(count), **fields)


def test_merge_keeps_what_people_decided_and_refreshes_statistics():
    tiongkok = Entry("Tiongkok", "China", kind="place", deprecated=["Cina"], note="house style")
    glossary = Glossary(entries=[korea(), cina(), tiongkok])
    report = merge(
        glossary,
        [
            mined("Korea Utara", 9, references=["new/c.txt:1"], example="Korea Utara menolak."),
            mined("Korut", 4, references=["new/d.txt:2"], variants=["Korea utara"]),
            mined("Cina", 3, references=["new/e.txt:5"]),
            mined("rudal balistik", 6, english="ballistic missile", kind="term", fuzzy=True),
        ],
    )
    north, rejected, tiong, rudal = glossary.entries
    assert (north.english, north.fuzzy, north.note, north.alternatives, north.origin) == (
        "North Korea",
        False,
        "Adjective: North Korean.",
        ["North Korean"],
        "manual",
    )
    assert north.count == 13
    assert north.references == ["new/c.txt:1", "new/d.txt:2"]
    # A reviewed entry keeps the example and forms a person chose; re-mining adds none.
    assert north.example == "Korea Utara kembali meluncurkan rudal balistik."
    assert north.variants == ["Korut"]
    assert tiong.count == 3 and tiong.deprecated == ["Cina"] and tiong.note == "house style"
    assert rejected == cina()
    assert (rudal.term, rudal.english, rudal.fuzzy, rudal.count) == ("rudal balistik", "", False, 6)
    assert report.added == ["rudal balistik"]
    assert report.via_form == {"Korut": "Korea Utara", "Cina": "Tiongkok"}
    assert str(report) == "1 new, 2 refreshed (2 through a variant), 0 rejected before"


def test_merge_leaves_rejected_terms_rejected():
    glossary = Glossary(entries=[cina()])
    before = dumps(glossary)
    report = merge(glossary, [mined("Cina", 40, references=["x.txt:1"])])
    assert report.rejected == ["Cina"] and not report.added
    assert dumps(glossary) == before


def test_merge_does_not_give_one_entry_another_entrys_form():
    glossary = Glossary(
        entries=[Entry("Korea Utara", "North Korea", fuzzy=True), Entry("Korut", "NK")]
    )
    merge(glossary, [mined("Korea Utara", variants=["Korut", "Korea-Utara"])])
    assert glossary.entries[0].variants == ["Korea-Utara"]


def test_merge_takes_new_forms_and_example_only_into_unreviewed_entries():
    glossary = Glossary(entries=[Entry("Korea Utara", "North Korea", fuzzy=True, example="lama")])
    merge(glossary, [mined("Korea Utara", variants=["Korut"], example="Korea Utara menolak.")])
    assert glossary.entries[0].variants == ["Korut"]
    assert glossary.entries[0].example == "Korea Utara menolak."


def test_merge_twice_changes_nothing_when_a_rejected_term_returns_with_a_context():
    # Found by hypothesis: "0" was rejected, then mined again once plain and once with a
    # context; the plain one must join the new entry on the first merge, not the second.
    glossary = Glossary(entries=[Entry("0", obsolete=True, kind="person"), Entry("1")])
    candidates = [
        mined("0", kind="person", count=2),
        mined("0", context="x", kind="place", count=3),
    ]
    merge(glossary, candidates)
    once = dumps(glossary)
    merge(glossary, candidates)
    assert dumps(glossary) == once
    (new,) = [e for e in glossary.entries if e.context == "x"]
    assert (new.kind, new.count) == ("place", 5)


@given(glossaries, st.lists(entries, max_size=8, unique_by=lambda e: e.key))
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_merge_invariants(glossary, candidates):
    before = {e.key: copy.deepcopy(e) for e in glossary.entries}
    merge(glossary, candidates)
    merged = dumps(glossary)
    for entry in glossary.entries:
        old = before.get(entry.key)
        if old is None:
            assert entry.english == "" and not entry.fuzzy and not entry.obsolete
        elif old.obsolete:
            assert entry == old
        else:
            kept = ("english", "fuzzy", "alternatives", "deprecated", "note", "origin", "case")
            assert [getattr(entry, f) for f in kept] == [getattr(old, f) for f in kept]
            assert set(old.variants) <= set(entry.variants)
    for candidate in candidates:
        assert find(glossary, candidate.term)
    merge(glossary, candidates)
    assert dumps(glossary) == merged


# -- finding entries -------------------------------------------------------------------


def test_find_by_msgid_variant_deprecated_and_case():
    tiongkok = Entry("Tiongkok", "China", deprecated=["Cina"])
    bisa = [Entry("bisa", "venom", context="racun"), Entry("bisa", "can", context="dapat")]
    glossary = Glossary(entries=[korea(), tiongkok, *bisa])
    assert find(glossary, "Korut") == [korea()]
    assert find(glossary, "korea utara") == [korea()]
    assert find(glossary, "cina") == [tiongkok]
    assert find(glossary, "bisa") == bisa
    assert find(glossary, "bisa", context="dapat") == [bisa[1]]
    assert find(glossary, "Korea Selatan") == []


def test_unknown_term_suggests_close_ones():
    glossary = Glossary(entries=[korea(), Entry("Korea Selatan", "South Korea")])
    assert did_you_mean(glossary, "Korea Utra") == ["Korea Utara"]
    with pytest.raises(
        InputError, match=r"^g.po: no entry 'korea utra'; did you mean 'Korea Utara'"
    ):
        require(glossary, "korea utra", "g.po")
    with pytest.raises(InputError, match=r"^g.po: no entry 'zzz'$"):
        require(glossary, "zzz", "g.po")
