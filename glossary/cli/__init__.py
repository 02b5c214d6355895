"""The ``glossary`` command line: parses options, calls the library, formats output.

Each command is a thin wrapper; the work happens in the stage modules (text, mine,
store, suggest, match, render, check, exchange). Bad input raised as ``InputError``
becomes one line on stderr and exit status 2. The commands live in modules by what
they are for (``use``, ``curate``, ``mining``, ``exchange``), and a command's module is
imported only when the command runs (``base.COMMAND_MODULES``): startup is part of every
command's time.
"""

from __future__ import annotations

import warnings

from glossary.cli.base import cli, show_warning

__all__ = ["cli", "main"]


def main() -> None:
    warnings.showwarning = show_warning
    cli(prog_name="glossary")
