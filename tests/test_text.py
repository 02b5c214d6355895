"""Reading, decoding, positions, sentences and tokens."""

import io
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.text import (
    DecodingWarning,
    Document,
    InputError,
    expand_paths,
    iter_documents,
    max_input,
    printable,
    read_document,
    sentences,
    tokenize,
    write_atomic,
)

ROOT = Path(__file__).resolve().parent.parent


def words(text):
    return [t.text for t in tokenize(text)]


def sentence_texts(text):
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim Jong-un tiba", ["Kim", "Jong-un", "tiba"]),
        ("perbatasan antar-Korea", ["perbatasan", "antar-Korea"]),
        ("sanksi-sanksi baru", ["sanksi-sanksi", "baru"]),
        ("hubungan Korea Utara-AS", ["hubungan", "Korea", "Utara-AS"]),
        ("pandemi COVID-19 dan jet FA-18", ["pandemi", "COVID-19", "dan", "jet", "FA-18"]),
        (
            "pada Rabu (24/7), pukul 10:30",
            ["pada", "Rabu", "(", "24/7", ")", ",", "pukul", "10:30"],
        ),
        ("Rp19.000 atau 3,5 persen", ["Rp19.000", "atau", "3,5", "persen"]),
        ("Ma'ruf Amin", ["Ma'ruf", "Amin"]),
        ("jaringan 5G naik 5%", ["jaringan", "5G", "naik", "5%"]),
        ("nuklirnya.", ["nuklirnya", "."]),
    ],
)
def test_tokens_keep_hyphenated_words_acronyms_and_dates(text, expected):
    assert words(text) == expected


def test_token_kinds():
    kinds = {t.text: t.kind for t in tokenize("KTT 24/7 , COVID-19")}
    assert kinds == {"KTT": "word", "24/7": "number", ",": "punct", "COVID-19": "word"}


@given(st.text())
def test_tokens_slice_the_text(text):
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.text.strip() == token.text != ""


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Prof. Budi datang. Dia pulang.",
            ["Prof. Budi datang.", "Dia pulang."],
        ),
        (
            "Ada buku, pena, dll. yang dibawa. Lalu pergi.",
            ["Ada buku, pena, dll. yang dibawa.", "Lalu pergi."],
        ),
        ("Rumah No. 5 dijual. Murah.", ["Rumah No. 5 dijual.", "Murah."]),
        ("Naik 3.5 persen. Turun lagi.", ["Naik 3.5 persen.", "Turun lagi."]),
        ("George W. Bush hadir. Ia bicara.", ["George W. Bush hadir.", "Ia bicara."]),
        ("“Kami tidak peduli.” Kata dia.", ["“Kami tidak peduli.”", "Kata dia."]),
        ("Judul\nIsi berita. Kedua?", ["Judul", "Isi berita.", "Kedua?"]),
    ],
)
def test_sentences_do_not_break_on_abbreviations_decimals_or_initials(text, expected):
    assert sentence_texts(text) == expected


@given(st.text())
def test_sentences_are_ordered_and_inside_the_text(text):
    last = 0
    for span in sentences(text):
        assert last <= span.start < span.end <= len(text)
        last = span.end


def test_decoding_utf8_bom_cp1252_and_crlf():
    doc = Document.from_bytes(b"\xef\xbb\xbfKorea\r\nUtara\r\n", "a.txt")
    assert (doc.text, doc.encoding, doc.newline) == ("Korea\nUtara\n", "utf-8", "\r\n")
    assert doc.restore_newlines(doc.text) == "Korea\r\nUtara\r\n"
    with pytest.warns(DecodingWarning, match="b.txt: not UTF-8, read as CP1252"):
        doc = Document.from_bytes("Soeharto “kata” café".encode("cp1252"), "b.txt")
    assert (doc.text, doc.encoding) == ("Soeharto “kata” café", "cp1252")
    doc = Document.from_bytes("Tiongkok".encode("utf-16"), "c.txt")
    assert (doc.text, doc.encoding) == ("Tiongkok", "utf-16")


def test_binary_and_undecodable_input_is_refused():
    with pytest.raises(InputError, match=r"^x.bin: binary file"):
        Document.from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.bin")
    with pytest.raises(InputError, match=r"^y.txt: cannot decode"):
        Document.from_bytes(b"caf\x81\x8d\x8f", "y.txt")


def test_odd_whitespace_is_cleaned_but_positions_are_of_the_original():
    doc = Document.from_bytes("Kim\u00a0Jong Un\nsank\u200bsi baru".encode(), "d.txt")
    assert doc.clean == "Kim Jong Un\nsanksi baru"
    offset = doc.clean.index("baru")
    assert doc.text[doc.original_offset(offset) :].startswith("baru")
    assert doc.clean_position(offset) == (2, 9)
    assert doc.line_text(2) == "sank\u200bsi baru"


@given(st.text(alphabet=st.sampled_from("ab \u200b\u00a0\u00ad\n")))
def test_original_offset_maps_every_clean_character_back(text):
    doc = Document(path="p", text=text)
    for i, ch in enumerate(doc.clean):
        original = doc.text[doc.original_offset(i)]
        assert original == ch or (ch == " " and original.isspace())


def test_positions_are_line_and_column():
    doc = Document(path="p", text="satu\ndua tiga\n")
    assert doc.position(0) == (1, 1)
    assert doc.position(doc.text.index("tiga")) == (2, 5)
    assert doc.line_count == 2


def test_reading_folders_files_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("dua", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text("satu", encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    names = expand_paths([tmp_path])
    assert names == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]
    assert [d.text for d in iter_documents([tmp_path])] == ["dua", "satu"]
    doc = read_document("-", stdin=io.BytesIO(b"dari stdin"))
    assert (doc.path, doc.text) == ("<stdin>", "dari stdin")


def test_bad_paths_name_the_path(tmp_path):
    with pytest.raises(InputError, match="missing.txt: no such file"):
        expand_paths([tmp_path / "missing.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="empty: no .txt or .md files"):
        expand_paths([tmp_path / "empty"])
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_write_atomic_replaces_whole_file_and_keeps_mode(tmp_path):
    target = tmp_path / "out.po"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_atomic(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.po"]


def test_links_that_lead_nowhere_say_so(tmp_path):
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "broken").symlink_to("missing.txt")
    with pytest.raises(InputError, match=r"loop: symbolic link loop"):
        expand_paths([tmp_path / "loop"])
    with pytest.raises(InputError, match=r"loop: symbolic link loop"):
        read_document(tmp_path / "loop")
    with pytest.raises(InputError, match=r"broken: broken symbolic link$"):
        expand_paths([tmp_path / "broken"])


def without_privileges(code):
    """Run ``code`` where folder modes hold: as root, in a user namespace of its own (root
    there has no right to override a folder's mode outside it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        if not shutil.which("unshare"):
            pytest.skip("running as root without unshare: modes do not stop reading")
        command = ["unshare", "-U", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def test_an_unreadable_folder_is_not_called_empty(tmp_path):
    (tmp_path / "news" / "locked").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text("satu", encoding="utf-8")
    (tmp_path / "news" / "locked" / "b.txt").write_text("dua", encoding="utf-8")
    (tmp_path / "news" / "locked").chmod(0o000)
    try:
        for folder in (tmp_path / "news", tmp_path / "news" / "locked"):
            code = f"from glossary.text import expand_paths\nexpand_paths([{str(folder)!r}])"
            done = without_privileges(code)
            assert done.returncode == 1
            last = done.stderr.splitlines()[-1]
            assert last.endswith(f"{tmp_path / 'news' / 'locked'}: permission denied"), last
    finally:
        (tmp_path / "news" / "locked").chmod(0o755)


def test_fifos_and_devices_are_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # no writer: opening it to read would wait for ever
    for path in (fifo, Path("/dev/zero"), Path("/dev/null")):
        with pytest.raises(InputError, match="not a regular file .a FIFO or a device.; use -"):
            read_document(path)
    assert expand_paths([fifo]) == [str(fifo)]  # named: read_bytes refuses it with its name


def test_standard_input_is_read_up_to_a_limit(monkeypatch):
    monkeypatch.setenv("GLOSSARY_MAX_INPUT", "10")
    assert read_document("-", stdin=io.BytesIO(b"0123456789")).text == "0123456789"
    with pytest.raises(InputError, match=r"^<stdin>: more than 10 bytes; give a file instead"):
        read_document("-", stdin=io.BytesIO(b"0123456789A"))
    with open("/dev/zero", "rb") as zeros, pytest.raises(InputError, match="more than 10 bytes"):
        read_document("-", stdin=zeros)
    monkeypatch.setenv("GLOSSARY_MAX_INPUT", "lots")
    with pytest.raises(InputError, match=r"\$GLOSSARY_MAX_INPUT: 'lots' is not a number"):
        read_document("-", stdin=io.BytesIO(b""))
    monkeypatch.delenv("GLOSSARY_MAX_INPUT")
    assert max_input() == 1 << 30


def test_closed_standard_input_is_an_input_error(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)  # what Python sets when started with <&-
    with pytest.raises(InputError, match="standard input is closed; give a file instead of -"):
        read_document("-")


def test_printable_shows_control_characters_and_keeps_text():
    assert printable("Korea Utara\tKorut\n") == "Korea Utara\tKorut\n"
    assert printable("é “kata” 北") == "é “kata” 北"
    assert printable("a\x1b[2Jb\x07\x7f\x9b\r") == "a\\x1b[2Jb\\x07\\x7f\\x9b\\x0d"
    assert printable("caf\udce9 a\u2028b") == "caf\\udce9 a\\u2028b"


@given(st.text())
def test_printable_sends_no_control_character_and_hides_nothing_else(text):
    shown = printable(text)
    hidden = ("Cc", "Cs", "Zl", "Zp")
    controls = [ch for ch in shown if unicodedata.category(ch) in hidden]
    assert set(controls) <= {"\n", "\t"}
    if not any(unicodedata.category(ch) in hidden for ch in text.replace("\n", "")):
        assert shown == text
