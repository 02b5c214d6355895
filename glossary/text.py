"""Reading Indonesian text: inputs, decoding, positions, sentences and tokens.

Every command reads its input through this module so that all of them accept the
same things (files, folders, ``-``), refuse the same things with the same
messages, and report positions the same way: path, 1-based line, 1-based column
of the text the user gave us.

Two views of a document exist. ``Document.text`` is the decoded input with the
BOM removed and CRLF turned into LF; offsets into it are what ``annotate --format
json`` reports. ``Document.clean`` is what the tokenizers read: odd spaces (NBSP,
thin space...) become a plain space and invisible characters (zero-width space and
joiners, soft hyphen) are dropped, so ``sank\u200bsi`` reads as ``sanksi``.
``Document.original_offset`` maps a ``clean`` offset back to ``text``.
"""

from __future__ import annotations

import bisect
import errno
import functools
import gc
import os
import re
import stat
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

TEXT_SUFFIXES = (".txt", ".md")
STDIN_NAME = "<stdin>"


class InputError(Exception):
    """Bad input a user can fix; the CLI prints it on one line and exits with status 2."""


class DecodingWarning(UserWarning):
    """Input that was not UTF-8 and was read as CP1252: the CLI shows it on stderr."""


# -- decoding ---------------------------------------------------------------

_BINARY_SNIFF = 8192
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF8_BOM = b"\xef\xbb\xbf"


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, or CP1252; refuse binary data.

    Returns the text (BOM removed) and the encoding that was used.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: invalid UTF-16 text ({err.reason})") from None
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(f"{path}: binary file, not text")
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{path}: cannot decode as UTF-8 or CP1252; is it text?") from None
    controls = sum(1 for ch in text[:_BINARY_SNIFF] if ch < " " and ch not in "\t\n\r\f")
    if controls > 2:
        raise InputError(f"{path}: binary file, not text")
    return text, "cp1252"


# -- showing text on a terminal -------------------------------------------------

# C0 controls but newline and tab, DEL, C1 controls, the Unicode line and paragraph
# separators, and lone surrogates (bytes that were not UTF-8 in a file name or an
# argument): what a terminal must not receive raw, and what would split a one-line message.
_UNPRINTABLE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters shown as ``\\x1b``, so that a
    glossary entry or an article holding ``\x1b]0;...`` or ``\x1b[2J`` cannot retitle or
    clear the screen. ``printable("Korea\x1b[31mUtara") == "Korea\\x1b[31mUtara"``."""
    if text.isprintable():
        return text
    return _UNPRINTABLE_RE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# -- normalising --------------------------------------------------------------

# Unicode spaces that a tokenizer should see as a plain space (same length).
_ODD_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_ODD_SPACE_RE = re.compile(f"[{_ODD_SPACES}]")  # a regex: str.translate is slow on non-ASCII
# Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_UNUSUAL = _ODD_SPACES + _INVISIBLE


def normalize_newlines(text: str) -> tuple[str, str]:
    """Turn CRLF and lone CR into LF; return the text and the newline the input mostly used."""
    crlf = text.count("\r\n")
    if "\r" not in text:
        return text, "\n"
    newline = "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"
    return text.replace("\r\n", "\n").replace("\r", "\n"), newline


def clean_text(text: str) -> tuple[str, tuple[int, ...]]:
    """Return ``text`` with odd spaces made plain and invisible characters dropped.

    The second value lists, for each dropped character, its position in the clean
    text; ``original_offset`` uses it to map clean offsets back.
    """
    # Nearly every text has none. One ``in`` a character: a character wider than the
    # text's own costs nothing, the others a memchr-like pass (a regex class tests each
    # character of the text in turn: 100 times slower on Latin-1 text).
    if text.isascii() or not any(char in text for char in _UNUSUAL):
        return text, ()
    text = _ODD_SPACE_RE.sub(" ", text)
    if not _INVISIBLE_RE.search(text):
        return text, ()
    dropped: list[int] = []
    parts: list[str] = []
    last = 0
    for m in _INVISIBLE_RE.finditer(text):
        parts.append(text[last : m.start()])
        dropped.append(m.start() - len(dropped))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), tuple(dropped)


@dataclass(frozen=True)
class Document:
    """One decoded input: a file, or standard input."""

    path: str
    text: str
    encoding: str = "utf-8"
    newline: str = "\n"
    bom: bool = False  # the input began with a UTF-8 byte order mark
    clean: str = field(init=False, repr=False, compare=False)
    _dropped: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        clean, dropped = clean_text(self.text)
        object.__setattr__(self, "clean", clean)
        object.__setattr__(self, "_dropped", dropped)

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        """Offset of each line's first character; worked out when a position is asked for."""
        return [0, *(m.end() for m in re.finditer("\n", self.text))]

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> Document:
        text, encoding = decode(data, path)
        if encoding == "cp1252":
            warnings.warn(f"{path}: not UTF-8, read as CP1252", DecodingWarning, stacklevel=2)
        text, newline = normalize_newlines(text)
        bom = data.startswith(UTF8_BOM)
        return cls(path=path, text=text, encoding=encoding, newline=newline, bom=bom)

    def original_offset(self, clean_offset: int) -> int:
        """Map an offset into ``clean`` to the same place in ``text``."""
        if not self._dropped:
            return clean_offset
        return clean_offset + bisect.bisect_right(self._dropped, clean_offset)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset into ``text``."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def clean_position(self, clean_offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original text of an offset into ``clean``."""
        return self.position(self.original_offset(clean_offset))

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end]

    @property
    def line_count(self) -> int:
        return len(self._line_starts) - (1 if self.text.endswith("\n") else 0)

    def restore_newlines(self, text: str) -> str:
        """Write LF text back with the newline the input used."""
        return text.replace("\n", self.newline) if self.newline != "\n" else text

    def restore_bom(self, data: bytes) -> bytes:
        """UTF-8 output with the byte order mark the input began with, if it had one."""
        return UTF8_BOM + data if self.bom else data


# -- reading inputs ---------------------------------------------------------


def _stat(name: str) -> os.stat_result:
    """``os.stat`` of an input path, its failure as an InputError that says what is wrong."""
    try:
        return os.stat(name)
    except FileNotFoundError:
        broken = os.path.islink(name)
        raise InputError(
            f"{name}: {'broken symbolic link' if broken else 'no such file or directory'}"
        ) from None
    except OSError as err:
        raise InputError(f"{name}: {_reason(err)}") from None


def _reason(err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, NotADirectoryError):
        return "no such file or directory (a part of the path is a file)"
    return f"cannot read ({err.strerror or err})"


def _folder_files(name: str) -> list[str]:
    """The *.txt and *.md files under a folder, every unreadable part an InputError."""

    def refuse(err: OSError) -> None:
        raise InputError(f"{err.filename or name}: {_reason(err)}")

    found = []
    for folder, _, files in os.walk(name, onerror=refuse):  # symlinked folders not followed
        for file in files:
            path = Path(folder, file)
            if path.suffix.lower() in TEXT_SUFFIXES and path.is_file():
                found.append(str(path))
    return sorted(found)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files named by ``paths``: folders searched recursively for *.txt and *.md, ``-`` kept."""
    return [file for file, _ in expand_inputs(paths)]


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    """``expand_paths``, each file with its name below the argument that named it: a
    file's own name, a folder's files relative to the folder (``berita/dalam/c.md`` from
    ``berita``: ``dalam/c.md``), ``-`` as ``-``. What outputs written one per input are
    named after (``annotate -o FOLDER``)."""
    inputs: list[tuple[str, str]] = []
    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            inputs.append((name, name))
            continue
        if stat.S_ISDIR(_stat(name).st_mode):
            found = _folder_files(name)
            if not found:
                raise InputError(f"{name}: no .txt or .md files in this directory")
            inputs.extend((file, os.path.relpath(file, name)) for file in found)
        else:
            inputs.append((name, os.path.basename(name)))
    return inputs


MAX_INPUT_ENV = "GLOSSARY_MAX_INPUT"
MAX_INPUT = 1 << 30  # bytes of standard input read at most (1 GiB)
_CHUNK = 1 << 20


def max_input() -> int:
    """How many bytes standard input may hold: $GLOSSARY_MAX_INPUT, else 1 GiB."""
    value = os.environ.get(MAX_INPUT_ENV, "").strip()
    if not value:
        return MAX_INPUT
    if not value.isdigit() or int(value) == 0:
        raise InputError(f"${MAX_INPUT_ENV}: {value!r} is not a number of bytes")
    return int(value)


def read_stdin(stdin: BinaryIO | None = None) -> bytes:
    """All of standard input, at most ``max_input()`` bytes (``< /dev/zero`` ends)."""
    if stdin is None:
        if sys.stdin is None:  # started with standard input closed (``<&-``)
            raise InputError("standard input is closed; give a file instead of -")
        stdin = sys.stdin.buffer
    limit = max_input()
    data = bytearray()
    try:
        while chunk := stdin.read(min(_CHUNK, limit + 1 - len(data))):
            data += chunk
            if len(data) > limit:
                raise InputError(
                    f"{STDIN_NAME}: more than {limit} bytes; give a file instead of -"
                    f" (or raise ${MAX_INPUT_ENV})"
                )
    except OSError as err:
        raise InputError(f"{STDIN_NAME}: {_reason(err)}") from None
    return bytes(data)


def read_bytes(path: str, stdin: BinaryIO | None = None) -> bytes:
    """The raw bytes of a regular file, or of standard input for ``-``; an InputError on
    failure. A FIFO or a device is refused before it is opened: reading one may never end."""
    if path == "-":
        return read_stdin(stdin)
    mode = _stat(path).st_mode
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: not a regular file (a FIFO or a device); use - for a stream")
    try:
        # O_NONBLOCK: a path swapped for a FIFO since the stat still cannot block the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(f"{path}: not a regular file (a FIFO or a device)")
            return handle.read()
    except OSError as err:
        raise InputError(f"{path}: {_reason(err)}") from None


def read_document(path: str | os.PathLike[str], stdin: BinaryIO | None = None) -> Document:
    """Read and decode one file (or ``-`` for standard input)."""
    name = os.fspath(path)
    data = read_bytes(name, stdin)
    return Document.from_bytes(data, STDIN_NAME if name == "-" else name)


def read_all_or_none(files: list[str], stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Documents for ``files``, read one at a time as they are used, once every file was
    read and decoded to see that all can be: a bad input (``rusak.txt: binary file``) is an
    InputError before any output is made. Standard input is kept, read once."""
    piped = read_bytes("-", stdin) if "-" in files else b""
    for file in files:
        if file != "-":
            decode(read_bytes(file), file)
    return (
        Document.from_bytes(piped, STDIN_NAME) if file == "-" else read_document(file)
        for file in files
    )


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], stdin: BinaryIO | None = None
) -> Iterator[Document]:
    """Documents for every file that ``paths`` names, in a stable order."""
    for name in expand_paths(paths):
        yield read_document(name, stdin)


# -- writing outputs ----------------------------------------------------------


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temporary_prefix(target: Path) -> str:
    """Temporary files of a write to ``target`` start with this; the writer's PID follows it."""
    return f".{target.name}."


def _names_a_descriptor(name: str) -> bool:
    """True for /dev/stdout and links to it: they lead through /proc/self/fd to whatever a
    descriptor is (a regular file when output is redirected): never rename over that."""
    hop = os.path.abspath(name)
    for _ in range(40):
        if hop.startswith(("/dev/", "/proc/")):
            return True
        if not os.path.islink(hop):
            return False
        hop = os.path.abspath(os.path.join(os.path.dirname(hop), os.readlink(hop)))
    return False


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one.

    Temporary file in the same folder (named ``.NAME.PID.*.tmp``, so that a lock holder
    can tell a dead writer's leftovers), fsync, rename; the folder is fsynced too. A
    symlink is written through (its target changes, the link stays); a device, FIFO or
    socket is refused, never replaced by a regular file (``-o /dev/stdout``). A new
    file gets the permissions the umask allows, an existing one keeps its own.
    """
    name = os.fspath(path)
    target = Path(os.path.realpath(name))
    try:
        status: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        status = None
    kind = status.st_mode if status is not None else stat.S_IFREG
    if not (stat.S_ISREG(kind) or stat.S_ISDIR(kind)) or _names_a_descriptor(name):
        raise InputError(
            f"{name}: not a regular file (a device, FIFO, socket or open descriptor); not written"
        )
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = target.parent
    fd, tmp = tempfile.mkstemp(
        prefix=f"{temporary_prefix(target)}{os.getpid()}.", suffix=".tmp", dir=folder
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, status.st_mode & 0o777 if status else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


# -- tokens -----------------------------------------------------------------

# A word: letters/digits joined by hyphens or apostrophes (Kim Jong-un, sanksi-sanksi,
# COVID-19, FA-18, Korea Utara-AS, Ma'ruf). A number or date: digits joined by / . , :
# (24/7, 19.000, 3,5, 10:30, Rp19.000, 5%). Anything else but space is one punctuation token.
_JOIN = "-\u2010\u2011'\u2019"
_WORD = rf"(?:[^\W\d_]|\d+[^\W\d_])\w*(?:[{_JOIN}]\w+)*"
_NUMBER = r"(?:Rp|US\$|\$|€|£)?\d+(?:[/.,:\-]\d+)*%?"
TOKEN_RE = re.compile(rf"(?P<number>{_NUMBER}(?!\w))|(?P<word>{_WORD})|(?P<punct>[^\w\s])")
WORD, NUMBER, PUNCT = "word", "number", "punct"


@dataclass(frozen=True, slots=True)
class Token:
    """A token of ``Document.clean``: its surface form, offsets and kind."""

    text: str
    start: int
    end: int
    kind: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        yield Token(m.group(), m.start(), m.end(), m.lastgroup or PUNCT)


# -- sentences --------------------------------------------------------------

# Words that end with a period without ending a sentence (lower-cased, no period).
ABBREVIATIONS = frozenset(
    """
    prof dr drs dra ir h hj kh st tn ny nn sdr sdri bpk yth jl jln no nomor hlm hal kol
    letjen mayjen brigjen jenderal kapt lettu serka kompol akbp aiptu ipda iptu bripka
    mr mrs ms sr jr vs etc dll dsb dst dkk tsb sbb spt yg dgn utk kec kab kel prov
    gg ds rt rw tbk pt cv persero inc ltd co corp jan feb mar apr jun jul agu agt ags sep
    sept okt nov des mt sh se mm msi msc phd mba ma ba bsc
    """.split()
)
# A stop (with its closing quotes and brackets) before a space, or newlines: written as
# one character class first, the class a search skips ahead by (twice as fast as the
# alternation ``[.!?…]+["'”’)\]]*(?=\s)|\n+``, which it matches the same).
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|[.!?…]*[\"'”’)\]]*(?=\s))")


_LAST_WORD = re.compile(r"(\w+)$")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _is_false_stop(text: str, stop: int) -> bool:
    """Whether the period at ``text[stop]`` belongs to an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    m = _LAST_WORD.search(text, max(0, stop - 20), stop)
    if not m:
        return False
    word = m.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    # An initial (George W. Bush, A. Yani) or a dotted abbreviation (U.S., S.H.).
    if len(word) == 1 and word.isupper():
        return True
    # What follows starts with a lower-case letter or a digit: not a new sentence.
    rest = text[stop + 1 : stop + 4].lstrip()
    return bool(rest) and (rest[0].islower() or rest[0].isdigit())


def sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``; a newline always ends a sentence (news lines are paragraphs)."""
    spans: list[Span] = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().startswith("\n"):
            stop = m.start()
        else:
            if _is_false_stop(text, m.start()):
                continue
            stop = m.end()
        _add_span(spans, text, begin, stop)
        begin = m.end()
    _add_span(spans, text, begin, len(text))
    return spans


def _add_span(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


class _CollectorPause:
    """``collector_paused``'s context: a class, not a generator, as the matcher enters it
    for every block it scans (a check of 6,500 segments: 6,500 times)."""

    __slots__ = ("collecting",)

    def __enter__(self) -> None:
        self.collecting = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.collecting:
            gc.enable()


def collector_paused() -> _CollectorPause:
    """No cyclic garbage collection inside. For work that makes millions of objects and
    no cycles (mining tables, matches, an unpickled glossary): the collector's passes
    over them would be pure cost."""
    return _CollectorPause()
