"""PO syntax: one linear reader and the string writer, as GNU gettext reads and writes them.

The store maps these records to glossary entries. The reader splits lines on LF only
(CRLF and a lone CR count as LF), the way gettext does: a U+2028 or a form feed inside
a comment or a string is a character, not a line break. It keeps every line a
glossary does not model (``#|`` previous msgids, flags, comments after the last
entry) so that writing the file back loses nothing, and it works in time and memory
linear in the file: a 50 MB string or 200,000 comment lines on one entry are read
in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from glossary.text import InputError

WRAP_WIDTH = 79  # GNU gettext's width: msgcat leaves our files as they are


@dataclass
class Record:
    """One PO entry as written, before the store gives its comments a meaning."""

    line: int  # where the entry's first keyword is (for messages)
    obsolete: bool = False
    comments: list[str] = field(default_factory=list)  # "# " translator comments
    extracted: list[str] = field(default_factory=list)  # "#." lines
    references: list[str] = field(default_factory=list)  # "#:" tokens
    flags: list[str] = field(default_factory=list)  # "#," flags, in order
    previous: list[str] = field(default_factory=list)  # "#|" lines, after the bar
    msgctxt: str | None = None
    msgid: str = ""
    msgstr: str = ""


# One string: possessive loops, so the regex engine keeps no state per character.
_STRING = re.compile(r'"([^"\\]*+(?:\\.[^"\\]*+)*+)"')
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+")
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]+|[0-7]{1,3}|.)", re.DOTALL)
_MALFORMED = "malformed string (unterminated, stray quote or unknown escape)"
_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def unescape(body: str, where: str) -> str:
    """The value of a PO string body; octal and hex escapes are UTF-8 bytes (``\\303\\251``)."""
    if "\\" not in body:
        return body
    pieces: list[str | int] = []  # text, and the bytes that numeric escapes give
    last = 0
    for match in _ESCAPE.finditer(body):
        pieces.append(body[last : match.start()])
        code = match.group(1)
        if code[0] == "x" or code[0] in "01234567":
            number = int(code[1:], 16) if code[0] == "x" else int(code, 8)
            if number > 0xFF:
                raise InputError(f"{where}: escape \\{code} is not one byte")
            pieces.append(number)
        elif code in _SIMPLE or code in '"\\':
            pieces.append(_SIMPLE.get(code, code))
        else:
            raise InputError(f"{where}: malformed string (unknown escape \\{code})")
        last = match.end()
    pieces.append(body[last:])
    if all(isinstance(piece, str) for piece in pieces):
        return "".join(pieces)  # type: ignore[arg-type]
    data = bytearray()
    for piece in pieces:
        if isinstance(piece, int):
            data.append(piece)
        else:
            data += piece.encode("utf-8", "surrogatepass")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{where}: octal or hex escapes that are not UTF-8") from None


def _string_at(line: str, start: int, where: str) -> str:
    """The body of the one string that makes up ``line[start:]``, checked."""
    match = _STRING.match(line, start)
    if not match or line[match.end() :].strip(" \t"):
        raise InputError(f"{where}: {_MALFORMED}")
    return match.group(1)


def parse(text: str, path: str) -> tuple[list[Record], list[str]]:
    """Every entry of a PO text (the header too) and the comment lines after the last one.

    Refuses what other readers take silently: unterminated strings, stray lines,
    msgid without msgstr, plural forms, an empty msgid anywhere but the header.
    """
    records: list[Record] = []
    pending = Record(line=0)  # comments wait for the keyword that starts their entry
    state = ""  # last keyword of the entry being read
    parts: list[str] = []  # string bodies of the current keyword
    current: Record | None = None
    continuable = False  # a string line may continue the last keyword's string

    def finish_keyword() -> None:
        if current is not None and state:
            value = unescape("".join(parts), f"{path}:{current.line}")
            if state == "msgctxt":
                current.msgctxt = value
            else:
                setattr(current, state, value)

    lines = text.split("\n")
    for number, raw in enumerate(lines, 1):
        line = raw.strip(" \t")
        where = f"{path}:{number}"
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:]
            if line.startswith("|"):  # "#~|": a previous msgid of an obsolete entry
                pending.previous.append(line[1:])
                pending.line = pending.line or number
                continuable = False
                continue
            line = line.strip(" \t")
        if not line or line[0] == "#":
            continuable = False
        if not line:
            continue
        if line[0] == "#":
            pending.line = pending.line or number
            marker = line[1:2]
            rest = line[2:]
            if marker == ",":
                pending.flags += [f.strip() for f in rest.split(",") if f.strip()]
            elif marker == ".":
                pending.extracted.append(rest.removeprefix(" "))
            elif marker == ":":
                pending.references += rest.split()
            elif marker == "|":
                pending.previous.append(rest)
            else:
                pending.comments.append(line[1:].removeprefix(" "))
            continue
        keyword_match = _KEYWORD.match(line)
        if keyword_match:
            keyword = keyword_match.group(1)
            body = _string_at(line, keyword_match.end(), where)
            if keyword == "msgid_plural" or keyword.startswith("msgstr["):
                raise InputError(f"{where}: plural forms ({keyword}) do not belong in a glossary")
            if keyword != "msgstr" and state in ("", "msgstr"):  # a new entry
                finish_keyword()
                pending.line, pending.obsolete = pending.line or number, obsolete
                current = pending
                records.append(current)
                pending = Record(line=0)
            elif keyword == "msgstr" and state != "msgid":
                raise InputError(f"{where}: msgstr without a msgid before it")
            elif keyword != "msgstr" and not (keyword == "msgid" and state == "msgctxt"):
                raise InputError(f"{where}: {keyword} follows a {state} that has no msgstr")
            else:
                finish_keyword()
            assert current is not None
            if obsolete != current.obsolete:
                raise InputError(f"{where}: one entry mixes obsolete (#~) and active lines")
            state, parts, continuable = keyword, [body], True
        elif line[0] == '"':
            body = _string_at(line, 0, where)
            if not continuable or current is None or obsolete != current.obsolete:
                raise InputError(f"{where}: a string line must follow msgctxt, msgid or msgstr")
            parts.append(body)
        elif line.startswith("msg"):
            raise InputError(f"{where}: {_MALFORMED}")
        else:
            raise InputError(f"{where}: not a PO line: {line[:40]!r}")
    if state in ("msgctxt", "msgid"):
        raise InputError(f"{path}:{current.line if current else 0}: the last entry has no msgstr")
    finish_keyword()
    for index, record in enumerate(records):
        if record.msgid == "" and (index > 0 or record.obsolete or record.msgctxt is not None):
            raise InputError(f"{path}:{record.line}: empty msgid (only the header has one)")
    trailing = [f"# {c}" if c else "#" for c in pending.comments]
    trailing += [f"#. {c}" for c in pending.extracted]
    trailing += [f"#| {p}".rstrip() for p in pending.previous]
    return records, trailing


# -- writing -----------------------------------------------------------------------

# What GNU gettext writes as an escape; every other character is written as itself.
_PO_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}
_PO_ESCAPE_RE = re.compile(r'[\\"\n\t\r\a\b\f\v]')


def string_lines(prefix: str, keyword: str, value: str) -> list[str]:
    """``msgid "..."``, wrapped as GNU gettext wraps: after spaces and after ``\\n``."""
    escaped = _PO_ESCAPE_RE.sub(lambda m: _PO_ESCAPES[m.group()], value)
    line = f'{prefix}{keyword} "{escaped}"'
    inner_newline = "\n" in value.rstrip("\n")
    if len(line) <= WRAP_WIDTH and not inner_newline:
        return [line]
    room = WRAP_WIDTH - len(prefix) - 2
    pieces: list[str] = []  # words, each ending after a space or an escaped newline
    word = ""
    for unit in re.findall(r"\\.|.", escaped, re.DOTALL):
        word += unit
        if unit in (" ", "\\n"):
            pieces.append(word)
            word = ""
    if word:
        pieces.append(word)
    lines = [f'{prefix}{keyword} ""']
    chunk = ""
    for piece in pieces:
        if chunk and len(chunk) + len(piece) > room:
            lines.append(f'{prefix}"{chunk}"')
            chunk = ""
        chunk += piece
        if piece.endswith("\\n"):
            lines.append(f'{prefix}"{chunk}"')
            chunk = ""
    if chunk:
        lines.append(f'{prefix}"{chunk}"')
    return lines
