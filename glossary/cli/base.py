"""What every command shares: the group that turns InputError into one line and exit 2,
the ``--glossary`` option that says which glossary it would use, outputs, progress."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from glossary import __version__, scan
from glossary.store import (
    KINDS,
    Entry,
    resolve_path,
    shipped_path,
)
from glossary.text import InputError, printable, write_atomic

# Each command and the module of this package that defines it: a command's module is
# imported when that command runs, so ``glossary check`` never loads the curation commands.
COMMAND_MODULES = {
    **dict.fromkeys(["annotate", "check", "lookup"], "use"),
    **dict.fromkeys(
        ["add", "approve", "edit", "init", "reject", "review", "set", "show"], "curate"
    ),
    **dict.fromkeys(["export", "flashcards", "import"], "exchange"),
    **dict.fromkeys(["mine", "suggest"], "mining"),
}


class GlossaryGroup(click.Group):
    """A group that turns InputError into a one-line message and exit status 2, and loads
    each command from its module (``COMMAND_MODULES``) when it is first asked for
    (click's lazily loaded subcommands)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            importlib.import_module(f"glossary.cli.{COMMAND_MODULES[cmd_name]}")
        return super().get_command(ctx, cmd_name)

    def every_command(self) -> dict[str, click.Command]:
        """Every command by name, each module loaded (for the generated reference)."""
        for module in sorted(set(COMMAND_MODULES.values())):
            importlib.import_module(f"glossary.cli.{module}")
        return dict(sorted(self.commands.items()))

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as err:
            click.echo(f"glossary: error: {printable(str(err))}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


def glossary_in_use() -> str:
    path, origin = resolve_path(None)
    return f"{path} ({origin})"


class GlossaryOption(click.Option):
    """An option whose help ends with the glossary in use, found when help is shown:
    the current folder and $GLOSSARY_PO decide it, not the moment of import."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        names, text = record
        return names, f"{text} (now: {glossary_in_use()})."


def glossary_option(func):
    """``--glossary PATH``; the help says which glossary is used when it is left out."""
    return click.option(
        "--glossary",
        "glossary_path",
        cls=GlossaryOption,
        metavar="PO",
        help="Glossary PO file. Default: $GLOSSARY_PO, else ./terms/id-en.po, else the shipped one",
    )(func)


def show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``--version``: the version and the glossary a command would use here."""
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"glossary {__version__}\nglossary in use: {glossary_in_use()}\n{scan.describe()}")
    ctx.exit()


@click.group(cls=GlossaryGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=show_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """Indonesian-to-English terminology: mine, curate, annotate, check, export."""


def write_output(path: str, data: str | bytes) -> None:
    """Write ``-o`` atomically; a folder that is missing or read-only is an input error."""
    try:
        write_atomic(path, data)
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None


def describe_entry(word: str, entry: Entry) -> str:
    """An entry as lookup prints it: the English, kind, variants and example."""
    head = word if word == entry.term else f"{word} → {entry.term}"
    lines = [f"{head} = {entry.english}"]
    details = [f"kind: {entry.kind}"]
    for label, values in (
        ("alternatives", entry.alternatives),
        ("variants", entry.variants),
        ("deprecated", entry.deprecated),
        ("senses", entry.senses),
    ):
        if values:
            details.append(f"{label}: {', '.join(values)}")
    lines.append("  " + " · ".join(details))
    if entry.example:
        source = f" ({entry.example_source})" if entry.example_source else ""
        lines.append(f"  example: {entry.example}{source}")
    return "\n".join(lines)


def glossary_to_edit(glossary_path: str | None) -> Path:
    """The glossary a writing command changes; the copy inside the package is read-only."""
    path, _ = resolve_path(glossary_path)
    if not glossary_path and path == shipped_path():  # asked for by name: the user's choice
        raise InputError(
            f"{path}: the glossary shipped with the package is read-only;"
            " glossary init starts your own (--from-shipped: a copy of this one)"
        )
    return path


def kinds_option(help: str):
    """``--kind`` repeated to keep entries of several kinds (``--kind person --kind place``)."""
    return click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help=help)


def context_option(func):
    return click.option(
        "--context", metavar="MSGCTXT", help="The sense (msgctxt) of a term that has several."
    )(func)


def progress_line():
    """``suggest: dictionary 120/500`` on one line of the terminal, at most ten times a second."""
    import time

    shown = [0.0]

    def show(backend: str, done: int, total: int) -> None:
        if done == total or time.monotonic() - shown[0] > 0.1:
            shown[0] = time.monotonic()
            click.echo(f"\rsuggest: {backend} {done}/{total}", err=True, nl=done == total)

    return show


def show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Library warnings (e.g. a CP1252 input) as one ``glossary: warning:`` line on stderr."""
    click.echo(f"glossary: warning: {message}", err=True)
