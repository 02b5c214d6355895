"""The PO glossary: the entry model, and the one parser and one writer every command uses.

A glossary is a gettext PO file, msgid Indonesian and msgstr English, one entry per
concept. Everything else an entry knows lives in standard PO places so that Poedit,
Lokalize and ``msgfmt --check`` keep working on it:

========================  ==================================================
Entry field               PO place
========================  ==================================================
term                      msgid (the preferred Indonesian form)
english                   msgstr (the preferred English equivalent)
context                   msgctxt (only for homographs with different senses)
fuzzy                     ``#, fuzzy`` (not yet reviewed)
obsolete                  ``#~`` (rejected: mining never brings it back)
note                      translator comments ``# ...`` (free text a person wrote)
references                ``#: path:line``
kind, pos, variants, ...  extracted comments ``#. key: value`` (see FIELDS)
========================  ==================================================
"""

from __future__ import annotations

import contextlib
import copy
import difflib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import filelock
import polib

from glossary.text import InputError, read_bytes, write_atomic

KINDS = ("person", "place", "organisation", "event", "name", "acronym", "title", "term")

# Extracted-comment keys, in the order they are written. Lists are joined with " | ".
FIELDS = {
    "kind": "kind",
    "pos": "pos",
    "variants": "variants",
    "deprecated": "deprecated",
    "alternatives": "alternatives",
    "expansion": "expansion",
    "case": "case",
    "example": "example",
    "example_source": "example-source",
    "origin": "origin",
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
    ``extra`` keeps extracted-comment lines this version does not know, unchanged.
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
        return [r for r in (self.english, *self.alternatives) if r]


@dataclass
class Glossary:
    """A whole PO glossary: its header metadata and its entries, obsolete ones included."""

    entries: list[Entry] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    header: str = ""

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
_INT_FIELDS = frozenset({"count", "documents"})
_FLOAT_FIELDS = frozenset({"score"})
_BOOL_FIELDS = frozenset({"required"})

# One PO string: escapes as GNU gettext knows them, nothing else.
_STRING = r'"(?:[^"\\]|\\(?:[abfnrtv"\\]|[0-7]{1,3}|x[0-9A-Fa-f]+))*"'
_KEYWORD_LINE = re.compile(rf"(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+({_STRING})")
_STRING_LINE = re.compile(_STRING)
_POLIB_LINE = re.compile(r"\(line (\d+)\)")


def _check_syntax(lines: list[str], path: str) -> None:
    """Refuse what polib reads silently: unterminated strings, stray lines, msgid without msgstr."""
    state = ""  # last keyword of the entry being read
    msgid_line, msgid_empty, header_allowed = 0, False, True
    entry_obsolete = continuable = False
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line or line.startswith("#"):
            continuable = False
            continue
        where = f"{path}:{number}"
        keyword_line = _KEYWORD_LINE.fullmatch(line)
        if keyword_line:
            keyword, string = keyword_line.groups()
            if keyword == "msgid_plural" or keyword.startswith("msgstr["):
                raise InputError(f"{where}: plural forms ({keyword}) do not belong in a glossary")
            if keyword != "msgstr" and state in ("", "msgstr"):  # a new entry
                header_allowed = msgid_line == 0 and keyword == "msgid" and not obsolete
                entry_obsolete = obsolete
            elif keyword == "msgstr" and state != "msgid":
                raise InputError(f"{where}: msgstr without a msgid before it")
            elif keyword != "msgstr" and not (keyword == "msgid" and state == "msgctxt"):
                raise InputError(f"{where}: {keyword} follows a {state} that has no msgstr")
            elif obsolete != entry_obsolete:
                raise InputError(f"{where}: one entry mixes obsolete (#~) and active lines")
            if keyword == "msgid":
                msgid_line, msgid_empty = number, string == '""'
            elif keyword == "msgstr" and msgid_empty and not header_allowed:
                raise InputError(f"{path}:{msgid_line}: empty msgid (only the header has one)")
            state, continuable = keyword, True
        elif _STRING_LINE.fullmatch(line):
            if not continuable or obsolete != entry_obsolete:
                raise InputError(f"{where}: a string line must follow msgctxt, msgid or msgstr")
            if state == "msgid" and line != '""':
                msgid_empty = False
        elif line.startswith(('"', "msg")):
            raise InputError(
                f"{where}: malformed string (unterminated, stray quote or unknown escape)"
            )
        else:
            raise InputError(f"{where}: not a PO line: {line[:40]!r}")
    if state in ("msgctxt", "msgid"):
        raise InputError(f"{path}:{msgid_line}: the last entry has no msgstr")


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


def _from_po(po_entry: polib.POEntry, path: str) -> Entry:
    where = f"{path}:{po_entry.linenum}"
    entry = Entry(
        term=po_entry.msgid,
        english=po_entry.msgstr,
        context=po_entry.msgctxt or "",
        note=po_entry.tcomment or "",
        references=[f"{name}:{line}" if line else name for name, line in po_entry.occurrences],
        fuzzy="fuzzy" in po_entry.flags,
        obsolete=bool(po_entry.obsolete),
    )
    seen: set[str] = set()
    for line in po_entry.comment.split("\n") if po_entry.comment else ():
        key, colon, value = line.partition(":")
        name = _KEYS.get(key.strip()) if colon else None
        if name is None:
            entry.extra.append(line)
            continue
        if name in seen:
            raise InputError(f"{where}: {FIELDS[name]!r} given twice for {entry.term!r}")
        seen.add(name)
        setattr(entry, name, _field_value(name, value.strip(), where))
    return entry


def loads(text: str, path: str = "<string>") -> Glossary:
    """Parse PO text into a Glossary; any mistake is an InputError naming ``path:line``."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Glossary()
    _check_syntax(text.split("\n"), path)
    try:
        po = polib.pofile(text, wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError) as err:
        message = str(err)
        line = _POLIB_LINE.search(message)
        message = _POLIB_LINE.sub("", message).replace("in po file", "").strip(" :")
        raise InputError(f"{path}:{line.group(1) if line else 1}: {message}") from None
    glossary = Glossary(metadata=dict(po.metadata), header=po.header or "")
    first: dict[tuple[str, str], int] = {}
    for po_entry in po:
        entry = _from_po(po_entry, path)
        if entry.key in first:
            raise InputError(
                f"{path}:{po_entry.linenum}: duplicate entry {_label(entry)}"
                f" (first at line {first[entry.key]})"
            )
        first[entry.key] = po_entry.linenum
        glossary.entries.append(entry)
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
    """Read a PO glossary; a missing file is an error (polib would parse the name as PO text)."""
    name = os.fspath(path)
    if not Path(name).exists():
        raise InputError(f"{name}: no such glossary file")
    return loads(_decode(read_bytes(name), name), name)


# -- writing -------------------------------------------------------------------

WRAP_WIDTH = 79  # GNU gettext's width: msgcat leaves our files as they are

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

_PO_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_PO_ESCAPE_RE = re.compile(r'[\\"\n\t\r]')


def _po_string_lines(prefix: str, keyword: str, value: str) -> list[str]:
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


def escape_value(value: str, bar: bool = False) -> str:
    value = value.replace("\\", "\\\\").replace("\n", "\\n")
    return value.replace("|", "\\|") if bar else value


def _comment_value(entry: Entry, name: str) -> str | None:
    """The text of a ``#. key: value`` line, or None when the field is empty."""
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


def format_entry(entry: Entry) -> str:
    """One entry as PO text (no trailing blank line)."""
    lines = [f"# {line}" if line else "#" for line in entry.note.split("\n")] if entry.note else []
    for name, key in FIELDS.items():
        value = _comment_value(entry, name)
        if value is not None:
            lines.append(f"#. {key}: {value}".rstrip())
    lines += [f"#. {line}".rstrip() for line in entry.extra]
    lines += _wrapped("#: ", entry.references)
    if entry.fuzzy:
        lines.append("#, fuzzy")
    prefix = "#~ " if entry.obsolete else ""
    if entry.context:
        lines += _po_string_lines(prefix, "msgctxt", entry.context)
    lines += _po_string_lines(prefix, "msgid", entry.term)
    lines += _po_string_lines(prefix, "msgstr", entry.english)
    return "\n".join(lines)


def _sort_key(entry: Entry) -> tuple:
    return (entry.obsolete, entry.term.casefold(), entry.term, entry.context)


def dumps(glossary: Glossary) -> str:
    """The glossary as PO text: header, active entries A-Z, then obsolete ones A-Z.

    Same glossary, same bytes: nothing in the output depends on time or on the order
    entries were added, so version-control diffs show only what a person changed.
    """
    keys = [entry.key for entry in glossary.entries]
    if len(set(keys)) != len(keys):
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        raise ValueError(f"duplicate entries (msgctxt, msgid): {duplicates}")
    metadata = {**DEFAULT_METADATA, **glossary.metadata}
    metadata.update({key: DEFAULT_METADATA[key] for key in _FORCED_METADATA})
    header = glossary.header or DEFAULT_HEADER
    lines = [f"# {line}" if line else "#" for line in header.split("\n")]
    lines += ['msgid ""', 'msgstr ""']
    lines += [f'"{key}: {escape_value(value)}\\n"' for key, value in metadata.items()]
    blocks = ["\n".join(lines)]
    blocks += [format_entry(entry) for entry in sorted(glossary.entries, key=_sort_key)]
    return "\n\n".join(blocks) + "\n"


LOCK_TIMEOUT = 30.0


def _lock(path: Path) -> filelock.FileLock:
    return filelock.FileLock(path.with_name(f".{path.name}.lock"), timeout=LOCK_TIMEOUT)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock = _lock(path)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise InputError(
            f"{path}: another glossary command has held its lock for {LOCK_TIMEOUT:.0f} s"
        ) from None
    except OSError as err:
        raise InputError(f"{path}: cannot lock ({err.strerror or err})") from None
    try:
        yield
    finally:
        lock.release()


def _write(glossary: Glossary, path: Path) -> None:
    data = dumps(glossary).encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return  # unchanged: keep the file, its time stamp and version-control status
    try:
        write_atomic(path, data)
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None


def save(glossary: Glossary, path: str | os.PathLike[str]) -> None:
    """Write the glossary atomically, holding the lock beside it (``.NAME.lock``)."""
    target = Path(path)
    with _locked(target):
        _write(glossary, target)


@contextlib.contextmanager
def edit(path: str | os.PathLike[str], create: bool = False) -> Iterator[Glossary]:
    """Lock, load, let the caller change the glossary, save atomically.

    Nothing is written if the block raises, or if the file is malformed (load raises
    before the block runs). A missing file starts empty only when ``create`` is true.
    """
    target = Path(path)
    with _locked(target):
        glossary = load(target) if target.exists() or not create else Glossary()
        yield glossary
        _write(glossary, target)


def _label(entry: Entry) -> str:
    return f"{entry.term!r} (msgctxt {entry.context!r})" if entry.context else repr(entry.term)


# -- merging mined candidates ----------------------------------------------------


@dataclass
class MergeReport:
    """What ``merge`` did, by Indonesian term."""

    added: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    via_form: dict[str, str] = field(default_factory=dict)  # candidate -> entry it joined
    rejected: list[str] = field(default_factory=list)  # matched an obsolete entry: left alone

    def __str__(self) -> str:
        return (
            f"{len(self.added)} new, {len(self.refreshed)} refreshed"
            f" ({len(self.via_form)} through a variant), {len(self.rejected)} rejected before"
        )


def merge(glossary: Glossary, mined: Iterable[Entry]) -> MergeReport:
    """Bring mined candidates into ``glossary`` (in place), the way msgmerge would for a glossary.

    A candidate joins the active entry with its msgid or with it as a variant or
    deprecated form (Korut joins Korea Utara); that entry gets fresh references,
    count, documents and score; unreviewed entries also the example, the candidate's
    variants and kind. What a person decided (English, review state, variants,
    alternatives, deprecated forms, example, expansion, comments, origin, case) is kept.
    A candidate matching an obsolete (rejected) entry leaves it obsolete. Anything else
    comes in as a new, untranslated entry. Entries not mined this time are left alone.
    """
    report = MergeReport()
    by_key = {entry.key: entry for entry in glossary.entries}
    owners: dict[str, Entry] = {}  # every form of an active entry -> that entry
    for entry in glossary.entries:
        if not entry.obsolete:
            for form in entry.forms:
                owners.setdefault(form, entry)
    groups: dict[tuple[str, str], list[Entry]] = {}
    new: set[tuple[str, str]] = set()
    mined = list(mined)

    def target_of(candidate: Entry) -> Entry | None:
        target = by_key.get(candidate.key)
        if target is None or target.obsolete:
            target = owners.get(candidate.term, target)
        return target

    # New entries first, so that every candidate, earlier ones too, can join them.
    for candidate in mined:
        if target_of(candidate) is None:
            target = copy.deepcopy(candidate)
            target.english, target.fuzzy, target.obsolete = "", False, False
            target.variants = [v for v in target.variants if v not in owners]
            target.deprecated = [d for d in target.deprecated if d not in owners]
            glossary.entries.append(target)
            by_key[target.key] = target
            for form in target.forms:
                owners.setdefault(form, target)
            report.added.append(target.term)
            new.add(target.key)
    for candidate in mined:
        target = target_of(candidate)
        if target.obsolete:
            report.rejected.append(candidate.term)
            continue
        if candidate.term != target.term:
            report.via_form[candidate.term] = target.term
        groups.setdefault(target.key, []).append(candidate)
    for key, candidates in groups.items():
        entry = by_key[key]
        _refresh(entry, candidates, owners)
        if key not in new:
            report.refreshed.append(entry.term)
    return report


def _refresh(entry: Entry, candidates: list[Entry], owners: dict[str, Entry]) -> None:
    """Mining statistics from the candidates that joined ``entry``; curated fields untouched."""
    own = (
        [c for c in candidates if c.key == entry.key]
        or [c for c in candidates if c.term == entry.term]
        or candidates
    )
    entry.count = sum(c.count for c in candidates)
    entry.documents = max(c.documents for c in candidates)  # forms may share documents
    entry.score = max(c.score for c in candidates)
    entry.references = list(dict.fromkeys(r for c in candidates for r in c.references))
    if entry.reviewed:  # a person chose its forms and example: re-mining never undoes that
        return
    example = next((c for c in own if c.example), None)
    if example:
        entry.example, entry.example_source = example.example, example.example_source
    for candidate in candidates:
        for form in (candidate.term, *candidate.variants):
            if form not in entry.forms and owners.get(form, entry) is entry:
                entry.variants.append(form)
                owners[form] = entry
    # The miner's classification may have improved since the last run.
    entry.kind = own[0].kind or entry.kind
    entry.pos = entry.pos or own[0].pos
    entry.expansion = entry.expansion or own[0].expansion


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
