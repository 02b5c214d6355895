"""The ``glossary`` command line: parses options, calls the library, formats output.

Each command is a thin wrapper; the work happens in the stage modules (text, mine,
store, suggest, match, render, check, exchange). Bad input raised as
``InputError`` becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import sys

import click

from glossary import __version__
from glossary.store import resolve_path
from glossary.text import InputError


class GlossaryGroup(click.Group):
    """A group that turns InputError into a one-line message and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as err:
            click.echo(f"glossary: error: {err}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


def glossary_in_use() -> str:
    path, origin = resolve_path(None)
    return f"{path} ({origin})"


def glossary_option(func):
    """``--glossary PATH``; the help says which glossary is used when it is left out."""
    return click.option(
        "--glossary",
        "glossary_path",
        metavar="PO",
        help="Glossary PO file. Default: $GLOSSARY_PO, else ./terms/id-en.po, else the shipped one"
        " (now: " + glossary_in_use() + ").",
    )(func)


@click.group(cls=GlossaryGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__,
    prog_name="glossary",
    message="%(prog)s %(version)s\nglossary in use: " + glossary_in_use(),
)
def cli() -> None:
    """Indonesian-to-English terminology: mine, curate, annotate, check, export."""


def main() -> None:
    cli(prog_name="glossary")
