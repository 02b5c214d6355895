"""The documentation that the code itself can vouch for: the command reference and the examples.

``docs/commands.md`` is generated from the CLI's own ``--help`` texts, so it cannot say
an option exists that does not. Every ```` ```console ```` block in ``README.md`` and
``docs/*.md`` is a script: lines starting with ``$ `` are run (in a scratch folder that
holds a copy of ``seeds/`` and ``terms/``, one folder per page, in page order) and the
lines after each are its expected output. Every ```` ```pycon ```` block is a Python
session, run as doctests in such a folder. ``tests/test_docs.py`` holds both to the code;
``python -m glossary.reference --update`` rewrites them after a change in behaviour, e.g.
when ``glossary mine seeds/ --top 5 --format table`` ranks ``Rusia`` differently.
"""

from __future__ import annotations

import contextlib
import doctest
import io
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
    for name, command in cli.every_command().items():
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


_PYCON = re.compile(r"^```pycon\n(.*?)^```$", re.M | re.S)


@contextlib.contextmanager
def _scratch_session(root: Path) -> Iterator[Path]:
    """Inside a scratch folder (with its own cache), as a page's Python examples run."""
    folder = _scratch(root)
    cache = os.environ.get("GLOSSARY_CACHE_DIR")
    os.environ["GLOSSARY_CACHE_DIR"] = str(folder / ".cache")
    try:
        with contextlib.chdir(folder):
            yield folder
    finally:
        if cache is None:
            del os.environ["GLOSSARY_CACHE_DIR"]
        else:
            os.environ["GLOSSARY_CACHE_DIR"] = cache
        shutil.rmtree(folder, ignore_errors=True)


def python_session(page: Path) -> str:
    """The ``pycon`` blocks of a page as one doctest text (the fences left out)."""
    text = page.read_text(encoding="utf-8")
    return "\n".join(block.group(1) for block in _PYCON.finditer(text))


def run_python_examples(page: Path, root: Path) -> tuple[doctest.TestResults, str]:
    """Run a page's ``>>>`` examples as doctests in a scratch folder: results and report."""
    test = doctest.DocTestParser().get_doctest(python_session(page), {}, page.name, str(page), 0)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    with _scratch_session(root):
        runner.run(test, out=report.write)
    return runner.summarize(verbose=False), report.getvalue()


def _run_example(source: str, namespace: dict) -> str:
    """What the interactive interpreter prints for one example."""
    shown = io.StringIO()

    def display(value: object) -> None:
        if value is not None:
            namespace["_"] = value
            shown.write(repr(value) + "\n")

    hook, sys.displayhook = sys.displayhook, display
    try:
        with contextlib.redirect_stdout(shown):
            exec(compile(source, "<example>", "single"), namespace)
    except Exception as err:  # shown as doctest expects a raised exception
        shown.write("Traceback (most recent call last):\n  ...\n")
        shown.write(f"{type(err).__module__}.{type(err).__qualname__}: {err}\n")
    finally:
        sys.displayhook = hook
    lines = shown.getvalue().splitlines()
    return "".join((line if line.strip() else "<BLANKLINE>") + "\n" for line in lines)


def _refresh_session(text: str, root: Path) -> str:
    """``text`` with every ``pycon`` example's output replaced by what it prints now."""
    namespace: dict = {}
    parser = doctest.DocTestParser()

    def refresh(block: re.Match[str]) -> str:
        lines = block.group(1).splitlines(keepends=True)
        kept: list[str] = []
        done = 0
        for example in parser.get_examples(block.group(1)):
            end = example.lineno + example.source.count("\n")
            kept += lines[done:end]
            kept.append(_run_example(example.source, namespace))
            done = end + example.want.count("\n")
        return "```pycon\n" + "".join(kept + lines[done:]) + "```"

    with _scratch_session(root):
        return _PYCON.sub(refresh, text)


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
        if _PYCON.search(text):
            text = _refresh_session(text, root)
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
