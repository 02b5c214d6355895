"""An interactive review session (``glossary review``): one key press per decision.

Each decision is saved at once through ``store.edit`` (locked, atomic), so quitting
loses nothing and a second run resumes with what is still fuzzy or untranslated.
Skipped entries are remembered for the session only: the next run offers them again.
"""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from glossary.review.decisions import (
    _REFUSED_RE,
    Key,
    accept,
    by_key,
    clean,
    deprecate,
    entry_to_change,
    parse_label,
    pending,
    pick,
    reject,
    set_english,
    status,
)
from glossary.review.show import card
from glossary.store import Entry, Glossary, edit, format_entry, load
from glossary.text import STDIN_NAME, InputError, printable

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
        return f"saved: {decided.term} rejected (u undoes)"
    before = session.history[-1].before.get(entry.key)
    added = [a for a in decided.alternatives if before is None or a not in before.alternatives]
    kept = f"; alternatives + {', '.join(added)}" if added else ""
    return f"saved: {decided.term} = {decided.english} [{status(decided)}]{kept}"


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
    first = parse_label(entry.suggestions[0]).english if entry.suggestions else ""
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
