"""The documentation that the code itself can vouch for: the command reference and the examples.

``docs/commands.md`` is generated from the CLI's own ``--help`` texts, so it cannot say
an option exists that does not. Every ```` ```console ```` block in ``README.md`` and
``docs/*.md`` is a script: lines starting with ``$ `` are run (in a scratch folder that
holds a copy of ``seeds/`` and ``terms/``, one folder per page, in page order) and the
lines after each are its expected output. ``tests/test_docs.py`` holds both to the code;
``python -m glossary.reference --update`` rewrites them after a change in behaviour, e.g.
when ``glossary mine seeds/ --top 5 --format table`` ranks ``Rusia`` differently.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

HELP_WIDTH = 88
REFERENCE_HEADER = """# Command reference

Generated from the commands' own `--help` by `python -m glossary.reference --update`
(`make docs`); `tests/test_docs.py` fails when this page and the code disagree.
Every command that reads a glossary finds it the same way: `--glossary PATH`, else
`$GLOSSARY_PO`, else `./terms/id-en.po`, else the reviewed glossary shipped inside the package.
"""


def _help(command: click.Command, name: str, parent: click.Context | None) -> str:
    settings = {**(parent.command.context_settings if parent else {}), **command.context_settings}
    ctx = click.Context(
        command,
        info_name=name,
        parent=parent,
        terminal_width=HELP_WIDTH,
        max_content_width=HELP_WIDTH,
        **settings,
    )
    return command.get_help(ctx)


def command_reference() -> str:
    """The markdown of ``docs/commands.md``: the group's help, then every command's, A to Z."""
    from glossary.cli import cli

    root = click.Context(cli, info_name="glossary", **cli.context_settings)
    parts = [REFERENCE_HEADER, "```text\n" + _help(cli, "glossary", None) + "\n```\n"]
    for name in sorted(cli.commands):
        command = cli.commands[name]
        if command.hidden:
            continue
        parts.append(f"## glossary {name}\n\n```text\n{_help(command, name, root)}\n```\n")
    return "\n".join(parts)


@dataclass
class Example:
    """One ``$ command`` of a console block and the output the page promises for it."""

    page: Path
    line: int  # 1-based line of the command in the page
    command: str
    expected: str


_CONSOLE = re.compile(r"^```console\n(.*?)^```$", re.M | re.S)


def examples(page: Path) -> list[Example]:
    """The commands of every console block of ``page``, in order."""
    text = page.read_text(encoding="utf-8")
    found: list[Example] = []
    for block in _CONSOLE.finditer(text):
        first_line = text.count("\n", 0, block.start(1)) + 1
        current: Example | None = None
        for number, line in enumerate(block.group(1).splitlines(), first_line):
            if line.startswith("$ "):
                current = Example(page, number, line[2:], "")
                found.append(current)
            elif current is not None:
                current.expected += line + "\n"
    return found


def _scratch(root: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="glossary-docs-"))
    for name in ("seeds", "terms"):
        shutil.copytree(root / name, folder / name)
    launcher = folder / ".bin" / "glossary"
    launcher.parent.mkdir()
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m glossary "$@"\n')
    launcher.chmod(0o755)
    return folder


def run_page(page: Path, root: Path) -> Iterator[tuple[Example, str]]:
    """Run a page's examples in order in one scratch folder; yield each with its output."""
    folder = _scratch(root)
    env = {key: value for key, value in os.environ.items() if key not in ("GLOSSARY_PO", "COLUMNS")}
    env["PATH"] = f"{folder / '.bin'}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("GLOSSARY_CACHE_DIR", str(folder / ".cache"))
    try:
        for example in examples(page):
            done = subprocess.run(
                ["bash", "-c", example.command],
                cwd=folder,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            yield example, as_shown(done.stdout + done.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_shown(output: str) -> str:
    """Output as a console block shows it: whole lines, no trailing spaces."""
    lines = [line.rstrip() for line in output.splitlines()]
    return "".join(line + "\n" for line in lines)


def pages(root: Path) -> list[Path]:
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def update(root: Path) -> list[Path]:
    """Rewrite ``docs/commands.md`` and every example's output; return the pages that changed."""
    changed = []
    reference = root / "docs" / "commands.md"
    reference.parent.mkdir(exist_ok=True)
    if not reference.exists() or reference.read_text(encoding="utf-8") != command_reference():
        reference.write_text(command_reference(), encoding="utf-8")
        changed.append(reference)
    for page in pages(root):
        if not page.exists():
            continue
        lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
        outputs = list(run_page(page, root))
        for example, output in reversed(outputs):
            start = example.line  # index of the line after the command
            end = start + example.expected.count("\n")
            lines[start:end] = [output] if output else []
        text = "".join(lines)
        if text != page.read_text(encoding="utf-8"):
            page.write_text(text, encoding="utf-8")
            changed.append(page)
    return changed


@click.command()
@click.option("--update", "do_update", is_flag=True, help="Rewrite the pages in place.")
def main(do_update: bool) -> None:
    """Print the command reference, or (--update) refresh docs/commands.md and every example."""
    root = Path.cwd()
    if do_update:
        for page in update(root):
            click.echo(f"updated {page.relative_to(root)}")
    else:
        click.echo(command_reference(), nl=False)


if __name__ == "__main__":
    main()
