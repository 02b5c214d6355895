"""Reviewing the glossary: the decisions a curator makes on an entry, in the best order.

``glossary review`` (interactive) and ``set``/``approve``/``reject``/``add`` (for
scripts) make the same decisions through the functions here. Each decision is saved
at once through ``store.edit`` (locked, atomic), so quitting loses nothing and a
second run resumes with what is still fuzzy or untranslated. Skipped entries are
remembered for the session only: the next run offers them again.
"""

from __future__ import annotations

import copy
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click

from glossary.store import Entry, Glossary, edit, format_entry, load, require
from glossary.text import STDIN_NAME, InputError, printable

Key = tuple[str, str]
MANUAL = "manual"

_LABEL = re.compile(r"(?P<english>.*?)\s*\((?P<source>[^(),]*)(?:,\s*(?P<confidence>[^()]*))?\)")


def parse_label(label: str) -> tuple[str, str]:
    """English and source of a suggestion label ``english (source, confidence)``."""
    m = _LABEL.fullmatch(label.strip())
    return (m.group("english"), m.group("source").strip()) if m else (label.strip(), "")


# Characters no field may hold: C0 controls but newline and tab, DEL, C1 controls, the
# Unicode line and paragraph separators (PO readers take them for line breaks), and lone
# surrogates (an argument in bytes that were not UTF-8).
_REFUSED_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def plain(text: str, what: str) -> str:
    """``text`` if it holds no control character, else an InputError naming the first:
    ``U.S.A\\x1b[DX`` is what a terminal sends for Left, not what the user meant."""
    found = _REFUSED_RE.search(text)
    if found is None:
        return text
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        raise InputError(f"{what} '{printable(text)}' is not valid UTF-8")
    raise InputError(
        f"{what} '{printable(text)}' holds the control character U+{ord(char):04X};"
        " a glossary field is plain text"
    )


def clean(text: str, what: str) -> str:
    """One-line text from the command line: whitespace runs become one space."""
    cleaned = " ".join(plain(text, what).split())
    if not cleaned:
        raise InputError(f"{what} is empty")
    return cleaned


def status(entry: Entry) -> str:
    if entry.obsolete:
        return "rejected"
    if not entry.english:
        return "untranslated"
    return "fuzzy" if entry.fuzzy else "reviewed"


def pending(glossary: Glossary) -> list[Entry]:
    """Entries still to review, best candidates first (score, then count)."""
    todo = [e for e in glossary.active() if not e.reviewed]
    return sorted(todo, key=lambda e: (-e.score, -e.count, e.term.casefold(), e.context))


def by_key(glossary: Glossary, key: Key) -> Entry:
    """The entry with this (msgctxt, msgid), which another command may have removed."""
    found = next((e for e in glossary.entries if e.key == key), None)
    if found is None:
        raise InputError(f"{key[1]!r} is no longer in the glossary (changed meanwhile?)")
    return found


def entry_to_change(
    glossary: Glossary, term: str, path: str | os.PathLike[str], context: str | None = None
) -> Entry:
    """The one entry whose msgid is ``term``: a variant names another entry, not this one."""
    found = require(glossary, term, path, context)
    named = [e for e in found if e.term.casefold() == term.casefold()]
    if not named:
        raise InputError(
            f"{os.fspath(path)}: {term!r} is a variant of {found[0].term!r};"
            " name the entry by its msgid"
        )
    if len(named) > 1:
        senses = ", ".join(repr(e.context) for e in named)
        raise InputError(
            f"{os.fspath(path)}: {term!r} has {len(named)} senses (msgctxt {senses});"
            " choose one with --context"
        )
    return named[0]


# -- decisions on one entry -------------------------------------------------------


def set_english(entry: Entry, english: str, origin: str = MANUAL) -> None:
    """Give the entry its English and mark it reviewed (a rejected entry comes back)."""
    entry.english, entry.origin = english, origin
    entry.fuzzy = entry.obsolete = False


def approve(entry: Entry, path: str | os.PathLike[str]) -> None:
    """Mark the entry's current English as reviewed."""
    if not entry.english:
        hint = f" (suggestions: {'; '.join(entry.suggestions)})" if entry.suggestions else ""
        raise InputError(
            f"{os.fspath(path)}: {entry.term!r} has no English to approve;"
            f" use glossary set {entry.term!r} ENGLISH{hint}"
        )
    entry.fuzzy = entry.obsolete = False


def accept(entry: Entry, path: str | os.PathLike[str]) -> None:
    """Approve the English, or take the first suggestion when there is none."""
    if not entry.english and entry.suggestions:
        pick(entry, 1)
    else:
        approve(entry, path)


def pick(entry: Entry, number: int) -> None:
    """Take suggestion ``number`` (1-based) as the reviewed English."""
    if not 1 <= number <= len(entry.suggestions):
        raise InputError(f"no suggestion {number} for {entry.term!r}")
    english, source = parse_label(entry.suggestions[number - 1])
    set_english(entry, english, source or MANUAL)


def reject(entry: Entry) -> None:
    """Make the entry obsolete: mining again will not bring it back."""
    entry.obsolete = True


def deprecate(glossary: Glossary, entry: Entry, preferred: Entry) -> None:
    """``entry`` is a spelling the house style rejects: it becomes a deprecated form of
    ``preferred`` and leaves the glossary (its forms go with it)."""
    if preferred is entry:
        raise InputError(f"{entry.term!r} cannot be a deprecated variant of itself")
    for form in entry.forms:
        if form not in preferred.forms:
            preferred.deprecated.append(form)
    glossary.entries.remove(entry)


def new_entry(
    term: str,
    english: str,
    *,
    context: str = "",
    kind: str = "term",
    variants: Iterable[str] = (),
    deprecated: Iterable[str] = (),
    alternatives: Iterable[str] = (),
    expansion: str = "",
    note: str = "",
) -> Entry:
    """A reviewed entry a person typed (``glossary add``), its fields cleaned as ``clean``
    does: ``new_entry("Korea Utara", "North Korea", kind="place", variants=["Korut"])``."""
    return Entry(
        term=clean(term, "TERM"),
        english=clean(english, "ENGLISH"),
        context=plain(context, "--context"),
        kind=kind,
        variants=[clean(v, "--variant") for v in variants],
        deprecated=[clean(d, "--deprecated") for d in deprecated],
        alternatives=[clean(a, "--alternative") for a in alternatives],
        expansion=" ".join(plain(expansion, "--expansion").split()),
        note=plain(note, "--note").strip(),
        origin=MANUAL,
    )


def add(glossary: Glossary, entry: Entry, path: str | os.PathLike[str]) -> bool:
    """Add a reviewed entry; True when it replaces a rejected one with the same msgid."""
    where = os.fspath(path)
    for other in glossary.entries:
        if other.key == entry.key and not other.obsolete:
            raise InputError(f"{where}: {entry.term!r} is already an entry; use glossary set")
    for form in entry.forms:
        for other in glossary.active():
            if form in other.forms and other.key != entry.key:
                raise InputError(f"{where}: {form!r} already belongs to {other.term!r}")
    revived = [e for e in glossary.entries if e.key == entry.key]
    for old in revived:
        glossary.entries.remove(old)
    glossary.entries.append(entry)
    return bool(revived)


FORM_FIELDS = ("variants", "deprecated")
LIST_FIELDS = (*FORM_FIELDS, "alternatives")


def amend(
    glossary: Glossary,
    entry: Entry,
    path: str | os.PathLike[str],
    *,
    rename: str = "",
    fields: dict[str, str | bool] | None = None,
    added: dict[str, list[str]] | None = None,
    removed: dict[str, list[str]] | None = None,
) -> None:
    """Change what a curator knows about an entry without touching its review state.

    ``rename`` makes another form the msgid and keeps the old one as a variant;
    ``fields`` sets plain fields (kind, note, expansion, case, required); ``added``/``removed``
    change the lists in LIST_FIELDS. An Indonesian form belongs to one entry only.
    """
    where = os.fspath(path)
    plain(rename, "--rename")
    for name, value in (fields or {}).items():
        if isinstance(value, str):  # flags such as required are booleans
            plain(value, f"--{name}")
    for name, values in (added or {}).items():
        for value in values:
            plain(value, f"--{name[:-1]}")
    others = [e for e in glossary.active() if e is not entry]
    if rename and rename != entry.term:
        if any(e.key == (entry.context, rename) for e in glossary.entries if e is not entry):
            raise InputError(f"{where}: {rename!r} is already an entry")
        owner = next((e for e in others if rename in e.forms), None)
        if owner is not None:
            raise InputError(f"{where}: {rename!r} already belongs to {owner.term!r}")
        old = entry.term
        entry.first_term = entry.first_term or old  # Anki notes keep their GUID
        entry.term = rename
        for name in FORM_FIELDS:
            setattr(entry, name, [f for f in getattr(entry, name) if f != rename])
        entry.variants.append(old)
    for name, value in (fields or {}).items():
        setattr(entry, name, value)
    for name, values in (removed or {}).items():
        current = getattr(entry, name)
        for value in values:
            if value not in current:
                raise InputError(f"{where}: {entry.term!r} has no {name[:-1]} {value!r}")
            current.remove(value)
    for name, values in (added or {}).items():
        current = getattr(entry, name)
        for value in values:
            owner = next((e for e in others if value in e.forms), None)
            if name in FORM_FIELDS and owner is not None:
                raise InputError(f"{where}: {value!r} already belongs to {owner.term!r}")
            if name in FORM_FIELDS:  # a form is accepted or deprecated, never both
                for other_name in FORM_FIELDS:
                    other = getattr(entry, other_name)
                    if value in other:
                        other.remove(value)
            if value not in current and value != entry.term:
                current.append(value)


# -- an interactive session ---------------------------------------------------------


@dataclass
class Decision:
    """One step of a session, enough to undo it: the entries it touched, as they were."""

    key: Key
    label: str
    before: dict[Key, Entry | None] = field(default_factory=dict)  # None: did not exist
    after: dict[Key, str | None] = field(default_factory=dict)  # as written (format_entry)


class Session:
    """A review session over one glossary file; every decision is written at once."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.glossary = load(self.path)
        self.skipped: set[Key] = set()
        self.history: list[Decision] = []

    def current(self) -> Entry | None:
        """The best entry still to review that was not skipped in this session."""
        return next((e for e in pending(self.glossary) if e.key not in self.skipped), None)

    def left(self) -> int:
        return len(pending(self.glossary))

    def decide(
        self,
        key: Key,
        label: str,
        change: Callable[[Glossary, Entry], None],
        also: tuple[Key, ...] = (),
    ) -> None:
        """Apply ``change`` to the entry ``key`` in the file as it is now, and save."""
        with edit(self.path) as glossary:
            entry = by_key(glossary, key)
            touched = {key, *also}
            before: dict[Key, Entry | None] = dict.fromkeys(touched)
            before.update({e.key: copy.deepcopy(e) for e in glossary.entries if e.key in touched})
            change(glossary, entry)
            after = _as_written(glossary, touched)
        self.glossary = glossary
        self.history.append(Decision(key, label, before, after))

    def skip(self, key: Key) -> None:
        self.skipped.add(key)
        self.history.append(Decision(key, "skip"))

    def undo(self) -> Decision | None:
        """Put back the entries the last decision touched (or un-skip); None if none.

        Another review or command may have changed them since (a second curator approved
        Korea Utara, or made Cina a deprecated form of Tiongkok): then nothing is undone
        (an InputError says so), because putting them back would revert that decision or
        leave one form in two entries.
        """
        if not self.history:
            return None
        decision = self.history[-1]
        if decision.before:
            with edit(self.path) as glossary:
                keys = set(decision.before)
                if _as_written(glossary, keys) != decision.after:
                    self.glossary = glossary
                    changed = ", ".join(sorted(repr(k[1]) for k in keys))
                    raise InputError(
                        f"not undone: {changed} changed in the file since (another review"
                        " or command); glossary show tells what it holds"
                    )
                glossary.entries[:] = [e for e in glossary.entries if e.key not in keys]
                glossary.entries += [e for e in decision.before.values() if e is not None]
            self.glossary = glossary
        self.history.pop()
        self.skipped.discard(decision.key)
        return decision


def _as_written(glossary: Glossary, keys: set[Key]) -> dict[Key, str | None]:
    """The entries with these keys as the file holds them (None: not there)."""
    written: dict[Key, str | None] = dict.fromkeys(keys)
    written.update({e.key: format_entry(e) for e in glossary.entries if e.key in keys})
    return written


# -- the interactive review (glossary review) ----------------------------------------

KEYS = "[a]ccept [1-9] pick [e]dit [s]kip [r]eject [d]eprecate [u]ndo [q]uit"  # < 80 columns

# What one key does to the entry on screen; it returns the line to show ("" for none).
Action = Callable[[Session, Entry], str]


def _saved(session: Session, entry: Entry) -> str:
    """What the last decision on ``entry`` left in the file, as one line."""
    decided = next((e for e in session.glossary.entries if e.key == entry.key), None)
    if decided is None:
        return f"saved: {entry.term}, {session.history[-1].label}"
    if decided.obsolete:
        return f"saved: {decided.term} rejected"
    return f"saved: {decided.term} = {decided.english} [{status(decided)}]"


def _accept(session: Session, entry: Entry) -> str:
    if not entry.english and not entry.suggestions:
        return f"'{entry.term}' has no English to approve; press e to type it"
    session.decide(entry.key, "accept", lambda g, e: accept(e, session.path))
    return _saved(session, entry)


def _picker(number: int) -> Action:
    def take_suggestion(session: Session, entry: Entry) -> str:
        session.decide(entry.key, f"pick {number}", lambda g, e: pick(e, number))
        return _saved(session, entry)

    return take_suggestion


def _type_english(session: Session, entry: Entry) -> str:
    """``e``: the English typed as ``ENGLISH | ALTERNATIVE | ...``, asked again until it is
    plain text (a terminal without line editing would send Left as ``\\x1b[D``)."""
    first = parse_label(entry.suggestions[0])[0] if entry.suggestions else ""
    answer = entry.english or first
    while True:
        answer = ask("  English (| before alternatives)", answer)
        try:
            english, *alternatives = [clean(part, "English") for part in answer.split("|")]
            break
        except InputError as err:
            click.echo(f"  {err}")
            answer = _REFUSED_RE.sub("", answer)

    def change(glossary: Glossary, e: Entry) -> None:
        set_english(e, english)
        e.alternatives = list(dict.fromkeys([*alternatives, *e.alternatives]))

    session.decide(entry.key, "edit", change)
    return _saved(session, entry)


def _skip(session: Session, entry: Entry) -> str:
    session.skip(entry.key)
    return ""


def _reject(session: Session, entry: Entry) -> str:
    session.decide(entry.key, "reject", lambda g, e: reject(e))
    return _saved(session, entry)


def _deprecate(session: Session, entry: Entry) -> str:
    """``d``: Cina is a deprecated variant of Tiongkok; the entry Cina goes."""
    name = ask("  Deprecated variant of which entry")
    preferred = entry_to_change(session.glossary, name, session.path)
    session.decide(
        entry.key,
        f"deprecated variant of {preferred.term}",
        lambda g, e: deprecate(g, e, by_key(g, preferred.key)),
        also=(preferred.key,),
    )
    return _saved(session, entry)


def _undo(session: Session, entry: Entry) -> str:
    undone = session.undo()
    return f"undone: {undone.label} ({undone.key[1]})" if undone else "nothing to undo"


ACTIONS: dict[str, Action] = {
    "a": _accept,
    **{str(number): _picker(number) for number in range(1, 10)},
    "e": _type_english,
    "s": _skip,
    "r": _reject,
    "d": _deprecate,
    "u": _undo,
}


def step(session: Session, entry: Entry, key: str) -> str:
    """Carry out one key on ``entry``; the line to show (a refusal is shown, not raised)."""
    action = ACTIONS.get(key)
    if action is None:
        return f"keys: {KEYS}\n  (glossary review --help explains them)"
    try:
        return action(session, entry)
    except InputError as err:
        return str(err)


def interact(session: Session) -> None:
    """Show each entry still to review and carry out the keys pressed, until ``q``."""
    if sys.stdin is None:  # started with standard input closed (``<&-``)
        raise InputError("review reads its keys from standard input, which is closed")
    while (entry := session.current()) is not None:
        click.echo("\n" + card(entry, session.left()))
        key = read_key()
        if key == "q":
            break
        try:
            message = step(session, entry, key)
        except (click.Abort, KeyboardInterrupt):  # a decision is saved whole or not at all
            break
        if message:
            click.echo(f"  {printable(message)}")


def ask(prompt: str, prefill: str = "") -> str:
    """A line typed by the user. On a terminal, with readline's line editing (arrows, Home,
    Ctrl-U...) and ``prefill`` already typed, ready to edit; elsewhere a plain line, empty
    for ``prefill``. End of input is ``click.Abort``."""
    if not sys.stdin.isatty():
        click.echo(f"{prompt} [{printable(prefill)}]: " if prefill else f"{prompt}: ", nl=False)
        line = _read_line()
        if line is None:
            raise click.Abort()
        return line or prefill
    try:
        import readline
    except ImportError:  # Windows: the console edits the line itself
        return click.prompt(prompt, default=prefill or None)
    readline.set_startup_hook(lambda: readline.insert_text(printable(prefill)))
    try:
        return input(f"{prompt}: ")
    except (EOFError, KeyboardInterrupt):
        click.echo()
        raise click.Abort() from None
    finally:
        readline.set_startup_hook(None)


LINE_LIMIT = 4096


def _read_line() -> str | None:
    """One line of standard input that is not a terminal (keys from a script); None at its
    end. A stream without line breaks (``< /dev/zero``) is refused, not read for ever."""
    try:
        line = sys.stdin.readline(LINE_LIMIT)
    except UnicodeDecodeError:
        raise InputError(f"{STDIN_NAME}: not UTF-8 text") from None
    if not line:
        return None
    if not line.endswith("\n") and len(line) == LINE_LIMIT:
        raise InputError(
            f"{STDIN_NAME}: a line of more than {LINE_LIMIT} characters;"
            " review reads one key or answer a line"
        )
    return line.rstrip("\r\n")


def read_key() -> str:
    """One key: a key press on a terminal, else the first character of a line ('q' at EOF)."""
    click.echo(KEYS + " > ", nl=False)
    if not sys.stdin.isatty():
        line = _read_line()
        return (line.strip()[:1] or "?").lower() if line is not None else "q"
    try:
        import termios
        import tty
    except ImportError:  # Windows
        key = click.getchar()
    else:  # click.getchar would flush keys typed while the last decision was saved
        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd, termios.TCSANOW)
            key = os.read(fd, 1).decode("latin-1")
        except KeyboardInterrupt:
            key = "q"
        finally:
            termios.tcsetattr(fd, termios.TCSANOW, saved)
    click.echo(key if key.isprintable() else "")
    return "q" if key in ("", "\x03", "\x04") else key.lower()


# -- showing entries -------------------------------------------------------------


def example_window(entry: Entry, width: int = 160) -> tuple[str, str, str]:
    """The example around the entry's first form in it: (before, the form, after)."""
    forms = sorted((f for f in entry.forms if f), key=len, reverse=True)
    found = re.search("|".join(map(re.escape, forms)), entry.example, re.IGNORECASE)
    if not found:
        return _shorten(entry.example, width), "", ""
    half = max(20, (width - len(found.group())) // 2)
    before, after = entry.example[: found.start()], entry.example[found.end() :]
    if len(before) > half:
        before = "…" + before[-half:].lstrip()
    return before, found.group(), _shorten(after, half)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width].rstrip() + "…"


def describe(entry: Entry, references: int = 5) -> str:
    """Every field of an entry that has a value, one per line (``glossary show``)."""
    title = f"{entry.term} = {entry.english or '(no English yet)'}  [{status(entry)}]"
    if entry.context:
        title += f"  msgctxt {entry.context!r}"
    refs = " ".join(entry.references[:references])
    if len(entry.references) > references:
        refs += f" (+{len(entry.references) - references} more)"
    example = entry.example + (f"  ({entry.example_source})" if entry.example_source else "")
    mined = f"{entry.count} times in {entry.documents} documents, score {entry.score:g}"
    rows = [
        ("kind", entry.kind),
        ("part of speech", entry.pos),
        ("variants", ", ".join(entry.variants)),
        ("deprecated", ", ".join(entry.deprecated)),
        ("alternatives", ", ".join(entry.alternatives)),
        ("expansion", entry.expansion),
        ("case", entry.case),
        ("example", example.strip()),
        ("origin", entry.origin),
        ("suggestions", "; ".join(entry.suggestions)),
        ("mined", mined if entry.count or entry.documents else ""),
        ("note", entry.note.replace("\n", " / ")),
        ("references", refs),
        ("other", "; ".join(entry.extra)),
    ]
    rows = [(name, value) for name, value in rows if value]
    width = max((len(name) for name, _ in rows), default=0)
    return "\n".join([title, *(f"  {name:<{width}}  {value}" for name, value in rows)])


def card(entry: Entry, left: int) -> str:
    """What ``glossary review`` shows of an entry: term, kind, counts, example, English."""
    facts = [entry.kind]
    if entry.count:
        in_documents = f" in {entry.documents} documents" if entry.documents else ""
        facts.append(f"{entry.count} times{in_documents}")
    if entry.score:
        facts.append(f"score {entry.score:g}")
    if entry.context:
        facts.append(f"msgctxt {entry.context!r}")
    p = printable  # the file's text, never a terminal's control sequence
    term = click.style(p(entry.term), bold=True)
    lines = [f"[{left} left] {term}  ({p('; '.join(facts))})  {status(entry)}"]
    if entry.example:
        before, match, after = map(p, example_window(entry))
        source = f"  ({p(entry.example_source)})" if entry.example_source else ""
        lines.append(f"  «{before}{click.style(match, underline=True)}{after}»{source}")
    rows = [
        ("variants", ", ".join(entry.variants)),
        ("deprecated", ", ".join(entry.deprecated)),
        ("expansion", entry.expansion),
    ]
    lines += [f"  {name}: {p(value)}" for name, value in rows if value]
    origin = f" ({entry.origin})" if entry.origin else ""
    english = f"  English now: {entry.english}{origin}" if entry.english else "  no English yet"
    lines.append(p(english))
    lines += [f"  {n}. {p(label)}" for n, label in enumerate(entry.suggestions[:9], 1)]
    return "\n".join(lines)
