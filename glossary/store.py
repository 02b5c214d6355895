"""The PO glossary: the entry model, and the one parser and one writer every command uses.

A glossary is a gettext PO file, msgid Indonesian and msgstr English, one entry per
concept. Everything else an entry knows lives in PO places that gettext tools keep,
so that Poedit, Lokalize, ``msgcat``, ``msgattrib``, translate-toolkit and ``msgfmt
--check`` leave a person's curation alone:

========================  ==================================================
Entry field               PO place
========================  ==================================================
term                      msgid (the preferred Indonesian form)
english                   msgstr (the preferred English equivalent)
context                   msgctxt (only for homographs with different senses)
fuzzy, flags              ``#, fuzzy`` (not yet reviewed), other flags kept
obsolete                  ``# rejected: yes`` (mining never brings it back)
kind, pos, variants, ...  translator comments ``# key: value`` (see FIELDS)
note                      other translator comments ``# ...`` (free text)
references                ``#: path:line``
extra, previous           ``#.`` lines not modelled, ``#|`` previous msgids
========================  ==================================================

Files written before this layout (fields as ``#.`` extracted comments, rejections as
obsolete ``#~`` entries) are read as before and written in the new one. Do not run
``msgmerge`` on a glossary: it makes every entry the template lacks obsolete and
replaces extracted comments; ``glossary mine --update`` merges new candidates and
keeps what a person decided. The header's ``X-Glossary-Content`` (entries, rejected,
digest) lets a read notice a file another program rewrote, in one line on stderr.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from glossary import po
from glossary.lock import locked, remove_stale_temporaries
from glossary.text import InputError, read_bytes, write_atomic

KINDS = ("person", "place", "organisation", "event", "name", "acronym", "title", "term")
# The kinds of entry that name a body (an institution, a company, a ministry), written in
# full or as an acronym: ``Komisi Pemberantasan Korupsi``, ``KPK``.
BODY_KINDS = frozenset({"organisation", "acronym"})

# Extracted-comment keys, in the order they are written. Lists are joined with " | ".
FIELDS = {
    "kind": "kind",
    "pos": "pos",
    "variants": "variants",
    "deprecated": "deprecated",
    "alternatives": "alternatives",
    "senses": "senses",
    "expansion": "expansion",
    "case": "case",
    "example": "example",
    "example_source": "example-source",
    "origin": "origin",
    "evidence": "evidence",
    "suggestions": "suggestion",
    "count": "count",
    "documents": "documents",
    "score": "score",
    "first_term": "first-term",
    "required": "required",
}


@dataclass
class Entry:
    """One glossary entry (one concept).

    ``variants`` are accepted Indonesian spellings (Kim Jong-un, Korut, kerjasama);
    ``deprecated`` are spellings the house style rejects (Cina where it wants
    Tiongkok); ``alternatives`` are accepted English renderings besides ``english``
    (North Korean beside North Korea). ``case`` is "" (derive from the entry),
    "sensitive" or "insensitive". ``origin`` says where the English came from
    (dictionary, parallel, names, online:google, manual...). ``suggestions`` are
    proposed English renderings awaiting review, each "english (source, confidence)".
    ``extra`` keeps extracted-comment lines this version does not know, unchanged;
    ``flags`` the PO flags besides fuzzy and ``previous`` the ``#|`` lines, as written.
    """

    term: str
    english: str = ""
    context: str = ""
    kind: str = "term"
    pos: str = ""
    variants: list[str] = field(default_factory=list)
    deprecated: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    expansion: str = ""
    case: str = ""
    example: str = ""
    example_source: str = ""
    origin: str = ""
    evidence: str = ""  # where the English was checked: "14 of 18 aligned lines"
    suggestions: list[str] = field(default_factory=list)
    count: int = 0
    documents: int = 0
    score: float = 0.0
    note: str = ""
    references: list[str] = field(default_factory=list)
    fuzzy: bool = False
    obsolete: bool = False
    extra: list[str] = field(default_factory=list)
    first_term: str = ""  # the msgid before the first rename: exports derive stable ids from it
    required: bool = False  # check holds every translation to this entry's renderings
    flags: list[str] = field(default_factory=list)
    previous: list[str] = field(default_factory=list)
    senses: list[str] = field(default_factory=list)  # "abroad after ke di": glossary.gloss

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the entry in the file: (msgctxt, msgid)."""
        return (self.context, self.term)

    @property
    def reviewed(self) -> bool:
        return bool(self.english) and not self.fuzzy and not self.obsolete

    @property
    def forms(self) -> list[str]:
        """Every Indonesian form that names this entry: preferred, variants, deprecated."""
        return [self.term, *self.variants, *self.deprecated]

    @property
    def renderings(self) -> list[str]:
        """Every accepted English rendering: the preferred one first."""
        if self.english and all(self.alternatives):  # most entries: nothing to leave out
            return [self.english, *self.alternatives]
        return list(filter(None, (self.english, *self.alternatives)))


@dataclass
class Glossary:
    """A whole PO glossary: its header metadata and its entries, rejected ones included.

    ``trailer`` keeps comment lines after the last entry, as written.
    """

    entries: list[Entry] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    header: str = ""
    trailer: list[str] = field(default_factory=list)

    def active(self) -> list[Entry]:
        """Entries that are not obsolete (rejected)."""
        return [e for e in self.entries if not e.obsolete]

    def known_forms(self) -> list[str]:
        """Every Indonesian form of every entry, untranslated and rejected ones included:
        what ``mine --glossary`` leaves out and what ``check`` does not call unknown."""
        return [form for entry in self.entries for form in entry.forms]


GLOSSARY_ENV = "GLOSSARY_PO"
PROJECT_GLOSSARY = Path("terms") / "id-en.po"


def shipped_path() -> Path:
    """The curated glossary installed with the package (or, in a source checkout, terms/)."""
    installed = Path(str(resources.files("glossary"))) / "data" / "id-en.po"
    if installed.is_file():
        return installed
    return Path(__file__).resolve().parent.parent / PROJECT_GLOSSARY


def resolve_path(option: str | os.PathLike[str] | None = None) -> tuple[Path, str]:
    """The glossary a command uses and why: --glossary, $GLOSSARY_PO, ./terms/id-en.po, shipped."""
    if option:
        return Path(option), "--glossary"
    if os.environ.get(GLOSSARY_ENV):
        return Path(os.environ[GLOSSARY_ENV]), f"${GLOSSARY_ENV}"
    if PROJECT_GLOSSARY.is_file():
        return PROJECT_GLOSSARY, "./terms/id-en.po"
    return shipped_path(), "shipped with glossary"


# -- reading -------------------------------------------------------------------

_KEYS = {key: name for name, key in FIELDS.items()}
_LIST_FIELDS = frozenset({"variants", "deprecated", "alternatives", "suggestions"})
_LIST_FIELDS |= {"senses"}
_INT_FIELDS = frozenset({"count", "documents"})
_FLOAT_FIELDS = frozenset({"score"})
_BOOL_FIELDS = frozenset({"required"})
REJECTED_KEY = "rejected"  # "# rejected: yes": a rejection gettext tools keep
NOTE_KEY = "note"  # "# note: kind: ..." a note line that would read as a field
CONTENT_FIELD = "X-Glossary-Content"  # what the file held when glossary last wrote it


class RewrittenWarning(UserWarning):
    """The file was rewritten by another program (msgmerge, msgcat...) since glossary wrote it."""


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), value)


def split_list(value: str) -> list[str]:
    """Split a ``a | b | c`` value; ``\\|`` is a literal bar."""
    items = re.findall(r"(?:[^|\\]|\\.)+", value)
    return [_unescape(item.strip()) for item in items if item.strip()]


def _field_value(name: str, value: str, where: str) -> object:
    if name in _BOOL_FIELDS and value not in ("yes", "no"):
        raise InputError(f"{where}: {FIELDS[name]} is 'yes' or 'no', not {value!r}")
    if name in _BOOL_FIELDS:
        return value == "yes"
    if name in _LIST_FIELDS:
        return split_list(value)
    if name in _INT_FIELDS or name in _FLOAT_FIELDS:
        try:
            return int(value) if name in _INT_FIELDS else float(value)
        except ValueError:
            raise InputError(f"{where}: {FIELDS[name]} is not a number: {value!r}") from None
    return _unescape(value)


def _comment_key(line: str) -> str | None:
    """The key of a ``key: value`` comment line that names a field or marker, else None."""
    key, colon, _ = line.partition(":")
    key = key.strip()
    return key if colon and (key in _KEYS or key in (REJECTED_KEY, NOTE_KEY)) else None


def _from_record(record: po.Record, path: str, legacy: bool) -> Entry:
    """An entry from its PO record; fields from ``# key:`` lines, else from ``#. key:`` lines.

    In a file glossary wrote (``legacy`` false) ``#~`` only means another program made
    the entry obsolete: the ``# rejected`` marker says whether a person rejected it.
    """
    where = f"{path}:{record.line}"
    entry = Entry(
        term=record.msgid,
        english=record.msgstr,
        context=record.msgctxt or "",
        references=list(record.references),
        fuzzy="fuzzy" in record.flags,
        obsolete=record.obsolete and legacy,
        flags=[flag for flag in record.flags if flag != "fuzzy"],
        previous=list(record.previous),
    )
    notes: list[str] = []
    seen: dict[str, str] = {}  # field -> the kind of comment that gave it

    def take(name: str, value: str, origin: str) -> None:
        if seen.get(name) == origin:
            raise InputError(f"{where}: {FIELDS[name]!r} given twice for {entry.term!r}")
        if name not in seen:  # a person's "# key:" wins over a template's "#. key:"
            seen[name] = origin
            setattr(entry, name, _field_value(name, value.strip(), where))

    for line in record.comments:
        key = _comment_key(line)
        value = line.partition(":")[2]
        if key == REJECTED_KEY:
            entry.obsolete = True
        elif key == NOTE_KEY:
            notes.append(value.removeprefix(" "))
        elif key is not None:
            take(_KEYS[key], value, "#")
        else:
            notes.append(line)
    for line in record.extracted:
        key, colon, value = line.partition(":")
        name = _KEYS.get(key.strip()) if colon else None
        if name is None:
            entry.extra.append(line)
        else:
            take(name, value, "#.")
    entry.note = "\n".join(notes)
    return entry


def _content(entries: list[Entry]) -> str:
    """The header line that lets a later read notice entries lost, added or un-rejected."""
    keys = sorted(f"{int(e.obsolete)}\x1f{e.context}\x1f{e.term}" for e in entries)
    digest = hashlib.sha256("\x1e".join(keys).encode("utf-8")).hexdigest()[:16]
    rejected = sum(e.obsolete for e in entries)
    return f"{len(entries)} entries, {rejected} rejected, sha256 {digest}"


_CONTENT = re.compile(r"(\d+) entries, (\d+) rejected, sha256 ([0-9a-f]+)")


def _rewritten(path: str, written: str, entries: list[Entry], obsoleted: int) -> str | None:
    """One line saying how the file differs from what glossary last wrote, or None."""
    found = _CONTENT.fullmatch(written.strip())
    now = _content(entries)
    if found is None or (now == written.strip() and not obsoleted):
        return None
    count, rejected, _ = found.groups()
    changes = [f"{obsoleted} entries made obsolete (#~), read as before"] if obsoleted else []
    counted = False
    for what, before, after in (
        ("entries", int(count), len(entries)),
        ("rejected", int(rejected), sum(e.obsolete for e in entries)),
    ):
        if after != before:
            changes.append(f"{what} {before} -> {after}")
            counted = True
    if now != written.strip() and not counted:  # same counts, other keys
        changes.append("entries renamed or replaced")
    replaced = now != written.strip() and not counted
    lost = replaced or len(entries) < int(count) or sum(e.obsolete for e in entries) < int(rejected)
    repair = (
        "restore it from version control or a backup"
        if lost
        else "the next glossary write keeps every entry"
    )
    return (
        f"{path}: changed by another program since glossary wrote it ({'; '.join(changes)}):"
        f" {repair}; update from a POT with `glossary mine --update`, not msgmerge"
    )


def loads(text: str, path: str = "<string>") -> Glossary:
    """Parse PO text into a Glossary; any mistake is an InputError naming ``path:line``.

    A file this tool wrote carries ``X-Glossary-Content``; when the entries no longer
    match it (msgmerge made some obsolete, msgcat or msguniq dropped some), a
    RewrittenWarning says so in one line.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    records, trailer = po.parse(text, path)
    glossary = Glossary(trailer=trailer)
    if records and records[0].msgid == "" and records[0].msgctxt is None:
        header = records.pop(0)
        glossary.header = "\n".join(header.comments)
        for line in header.msgstr.split("\n"):
            key, colon, value = line.partition(":")
            if colon and key.strip():
                glossary.metadata[key.strip()] = value.strip()
    written = glossary.metadata.pop(CONTENT_FIELD, None)
    first: dict[tuple[str, str], int] = {}
    for record in records:
        entry = _from_record(record, path, legacy=written is None)
        if entry.key in first:
            raise InputError(
                f"{path}:{record.line}: duplicate entry {_label(entry)}"
                f" (first at line {first[entry.key]})"
            )
        first[entry.key] = record.line
        glossary.entries.append(entry)
    if written is not None:
        obsoleted = sum(record.obsolete for record in records)
        message = _rewritten(path, written, glossary.entries, obsoleted)
        if message:
            warnings.warn(message, RewrittenWarning, stacklevel=2)
    return glossary


def _decode(data: bytes, path: str) -> str:
    """UTF-8 (the only charset we write); else the charset the header declares."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        declared = re.search(rb"charset=([\w.:-]+)", data[:4096])
        charset = declared.group(1).decode("ascii") if declared else "utf-8"
        line = data[: err.start].count(b"\n") + 1
        if charset.lower().replace("-", "") in ("utf8", "charset"):
            raise InputError(f"{path}:{line}: not valid UTF-8 ({err.reason})") from None
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise InputError(f"{path}:{line}: cannot decode as {charset}") from None


def load(path: str | os.PathLike[str]) -> Glossary:
    """Read a PO glossary file; its contents are parsed, never its name taken as PO text."""
    name = os.fspath(path)
    if not Path(name).exists():
        raise InputError(f"{name}: no such glossary file")
    return loads(_decode(read_bytes(name), name), name)


# -- writing -------------------------------------------------------------------

WRAP_WIDTH = po.WRAP_WIDTH

DEFAULT_METADATA = {
    "Project-Id-Version": "glossary",
    "PO-Revision-Date": "",
    "Last-Translator": "",
    "Language-Team": "",
    "Language": "en",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "X-Source-Language": "id",
}
# Our writer writes UTF-8 whatever the file said before.
_FORCED_METADATA = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")
DEFAULT_HEADER = "Indonesian-English glossary (msgid Indonesian, msgstr English)."

# Characters a line-based reader (polib, editors) may take as a line break, and other
# controls: never stored. Tab and LF are written as escapes.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def escape_value(value: str, bar: bool = False) -> str:
    value = value.replace("\\", "\\\\").replace("\n", "\\n")
    return value.replace("|", "\\|") if bar else value


def _comment_value(entry: Entry, name: str) -> str | None:
    """The text of a ``# key: value`` line, or None when the field is empty."""
    value = getattr(entry, name)
    if name in _BOOL_FIELDS:
        return "yes" if value else None
    if name in _LIST_FIELDS:
        items = [escape_value(item, bar=True) for item in value if item.strip()]
        return " | ".join(items) if items else None
    if name in _INT_FIELDS or name in _FLOAT_FIELDS:
        return str(value) if value else None
    return escape_value(value) if value or name == "kind" else None


def _wrapped(prefix: str, words: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= WRAP_WIDTH:
            lines[-1] += " " + word
        else:
            lines.append(prefix + word)
    return lines


def _comment_line(marker: str, text: str) -> str:
    """A comment line; a control character left in a template's text becomes a space.

    GNU gettext's reader joins a line that ends in a backslash to the next one, even in a
    comment (``# note: C:\\`` would swallow the ``msgid`` below it): such a line keeps a
    space after the backslash."""
    line = f"{marker} {CONTROL.sub(' ', text)}".rstrip() if text else marker
    return line + " " if line.endswith("\\") else line


def format_entry(entry: Entry) -> str:
    """One entry as PO text (no trailing blank line).

    Curated fields and the rejection are translator comments (``# kind: place``,
    ``# rejected: yes``), which msgmerge, msgcat and translate-toolkit keep; a rejected
    entry stays an ordinary entry, so tools that drop obsolete ones keep it.
    """
    lines = [f"# {REJECTED_KEY}: yes"] if entry.obsolete else []
    for name, key in FIELDS.items():
        value = _comment_value(entry, name)
        if value is not None:
            lines.append(_comment_line("#", f"{key}: {value}"))
    for note in entry.note.split("\n") if entry.note else ():
        lines.append(_comment_line("#", f"{NOTE_KEY}: {note}" if _comment_key(note) else note))
    lines += [_comment_line("#.", line) for line in entry.extra]
    lines += _wrapped("#: ", entry.references)
    flags = ["fuzzy"] * entry.fuzzy + entry.flags
    if flags:
        lines.append("#, " + ", ".join(flags))
    lines += [f"#|{CONTROL.sub(' ', line)}" for line in entry.previous]
    if entry.context:
        lines += po.string_lines("", "msgctxt", entry.context)
    lines += po.string_lines("", "msgid", entry.term)
    lines += po.string_lines("", "msgstr", entry.english)
    return "\n".join(lines)


def _sort_key(entry: Entry) -> tuple:
    return (entry.obsolete, entry.term.casefold(), entry.term, entry.context)


def dumps(glossary: Glossary) -> str:
    """The glossary as PO text: header, active entries A-Z, then rejected ones A-Z.

    Same glossary, same bytes: nothing in the output depends on time or on the order
    entries were added, so version-control diffs show only what a person changed.
    """
    keys = [entry.key for entry in glossary.entries]
    if len(set(keys)) != len(keys):
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        raise ValueError(f"duplicate entries (msgctxt, msgid): {duplicates}")
    metadata = {**DEFAULT_METADATA, **glossary.metadata}
    metadata.update({key: DEFAULT_METADATA[key] for key in _FORCED_METADATA})
    metadata.pop(CONTENT_FIELD, None)
    if glossary.entries:
        metadata[CONTENT_FIELD] = _content(glossary.entries)
    header = glossary.header or DEFAULT_HEADER
    lines = [_comment_line("#", line) for line in header.split("\n")]
    lines += ['msgid ""', 'msgstr ""']
    lines += [f'"{key}: {escape_value(value)}\\n"' for key, value in metadata.items()]
    blocks = ["\n".join(lines)]
    blocks += [format_entry(entry) for entry in sorted(glossary.entries, key=_sort_key)]
    if glossary.trailer:
        blocks.append("\n".join(glossary.trailer))
    return "\n\n".join(blocks) + "\n"


def _refuse_controls(glossary: Glossary, path: Path) -> None:
    """One line naming the entry and field that holds a control character; nothing written."""
    for entry in glossary.entries:
        for name, value in vars(entry).items():
            for text in value if isinstance(value, list) else [value]:
                found = CONTROL.search(text) if isinstance(text, str) else None
                if found:
                    raise InputError(
                        f"{path}: {_label(entry)} {name} holds control character"
                        f" U+{ord(found.group()):04X}; not written"
                    )
    for key, text in [*glossary.metadata.items(), ("header", glossary.header)]:
        found = CONTROL.search(text)
        if found:
            raise InputError(
                f"{path}: header {key} holds control character U+{ord(found.group()):04X};"
                " not written"
            )


# -- the single writer ------------------------------------------------------------


def _write(glossary: Glossary, path: Path) -> None:
    """The one writer: refuse controls, check the bytes read back, then replace atomically."""
    _refuse_controls(glossary, path)
    text = dumps(glossary)
    with warnings.catch_warnings(record=True):  # our own content line: nothing to say
        if dumps(loads(text, os.fspath(path))) != text:
            raise InputError(f"{path}: the new text would not read back as written; not written")
    data = text.encode("utf-8")
    try:
        remove_stale_temporaries(path)
        if path.is_file() and path.read_bytes() == data:
            return  # unchanged: keep the file, its time stamp and version-control status
        write_atomic(path, data)
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None


def save(glossary: Glossary, path: str | os.PathLike[str]) -> None:
    """Write the glossary atomically, holding the lock beside it (``.NAME.lock``)."""
    target = Path(path)
    with locked(target):
        _write(glossary, target)


@contextlib.contextmanager
def edit(path: str | os.PathLike[str], create: bool = False) -> Iterator[Glossary]:
    """Lock, load, let the caller change the glossary, save atomically.

    Nothing is written if the block raises, or if the file is malformed (load raises
    before the block runs). A missing file starts empty only when ``create`` is true.
    """
    target = Path(path)
    with locked(target):
        glossary = load(target) if target.exists() or not create else Glossary()
        yield glossary
        _write(glossary, target)


def _label(entry: Entry) -> str:
    return f"{entry.term!r} (msgctxt {entry.context!r})" if entry.context else repr(entry.term)


# -- finding entries by name -----------------------------------------------------


def find(glossary: Glossary, term: str, context: str | None = None) -> list[Entry]:
    """Entries (obsolete ones too) named by ``term``: msgid, else a variant or deprecated
    form, else the same ignoring case. ``context`` narrows to one msgctxt."""
    pool = [e for e in glossary.entries if context is None or e.context == context]
    folded = term.casefold()
    tests = (
        lambda e: e.term == term,
        lambda e: term in e.forms,
        lambda e: e.term.casefold() == folded,
        lambda e: folded in (form.casefold() for form in e.forms),
    )
    for test in tests:
        found = [e for e in pool if test(e)]
        if found:
            return found
    return []


def did_you_mean(glossary: Glossary, term: str, limit: int = 3) -> list[str]:
    """Forms in the glossary that look like ``term`` (for an unknown-term message)."""
    forms: dict[str, str] = {}
    for entry in sorted(glossary.entries, key=lambda e: e.obsolete):
        for form in entry.forms:
            forms.setdefault(form.casefold(), form)
    close = difflib.get_close_matches(term.casefold(), forms, n=limit, cutoff=0.75)
    return [forms[f] for f in close]


def require(
    glossary: Glossary, term: str, path: str | os.PathLike[str], context: str | None = None
) -> list[Entry]:
    """``find``, or an InputError that says which glossary and suggests close terms."""
    found = find(glossary, term, context)
    if found:
        return found
    where = f" with msgctxt {context!r}" if context is not None else ""
    message = f"{os.fspath(path)}: no entry {term!r}{where}"
    close = did_you_mean(glossary, term)
    if close:
        message += "; did you mean " + " or ".join(map(repr, close)) + "?"
    raise InputError(message)
