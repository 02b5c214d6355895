"""The documentation says what the code does: the command reference is the CLI's own
``--help``, every command has a section, and every example's output is what a user gets.

After a change in behaviour, ``make docs`` (``python -m glossary.reference --update``)
rewrites the pages; read the diff before committing it.
"""

import re
from pathlib import Path

import pytest

from glossary import reference
from glossary.cli import cli

ROOT = Path(__file__).resolve().parent.parent
PAGES = [page for page in reference.pages(ROOT) if reference.examples(page)]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_command_reference_is_generated_from_help():
    page = ROOT / "docs" / "commands.md"
    assert page.read_text(encoding="utf-8") == reference.command_reference(), (
        "docs/commands.md is out of date: run make docs"
    )


def test_every_command_has_a_section():
    text = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^## glossary (\S+)$", text, re.M))
    every = cli.every_command()
    assert sections == {name for name, command in every.items() if not command.hidden}


def test_readme_names_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = "\n".join(line for line in readme.splitlines() if line.startswith("| `glossary"))
    missing = [name for name in cli.every_command() if not re.search(rf"\b{name}\b", table)]
    assert missing == []


def test_examples_are_found():
    """The parser sees the commands the pages hold (a page without examples would pass)."""
    assert ROOT / "README.md" in PAGES
    assert sum(len(reference.examples(page)) for page in PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_console_examples_show_real_output(page):
    wrong = [
        f"{page.name}:{example.line}: $ {example.command}\n--- page\n{example.expected}"
        f"--- actual\n{output}"
        for example, output in reference.run_page(page, ROOT)
        if output != example.expected
    ]
    assert wrong == [], "\n".join(wrong) + "\n(make docs rewrites the outputs)"


@pytest.mark.parametrize(
    "page", sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"], ids=lambda p: p.name
)
def test_relative_links_lead_to_files(page):
    targets = [t for t in LINK.findall(page.read_text(encoding="utf-8")) if "://" not in t]
    assert [t for t in targets if not (page.parent / t).exists()] == []


def test_python_api_examples():
    """docs/python-api.md's ``>>>`` examples, run as doctests in a scratch folder."""
    results, report = reference.run_python_examples(ROOT / "docs" / "python-api.md", ROOT)
    assert results.attempted >= 15
    assert results.failed == 0, report + "(make docs rewrites the outputs)"


def test_contributing_layout_lists_every_module():
    """CONTRIBUTING.md's tree has one line per module of the package, and no module that is gone."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    tree = text[text.index("```\nglossary/\n") :].split("\n```", 1)[0]
    listed, folders = set(), ["glossary"]
    for line in tree.splitlines()[2:]:
        found = re.search(r"[├└]── (\S+)", line)
        if found is None:
            continue
        depth = found.start() // 4
        del folders[depth + 1 :]
        name = found.group(1)
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
        else:
            listed.add("/".join([*folders, name]))
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "glossary").rglob("*")
        if path.suffix in (".py", ".pyx") and "data" not in path.parts
    }
    assert listed == modules


def test_ci_runs_the_readmes_test_command():
    """CI installs and tests exactly as a newcomer who pastes the README's command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- test-command -->", 1)[1]
    command = re.search(r"^```sh\n(.*?)\n```$", block, re.M | re.S)
    assert command, "no ```sh block after <!-- test-command -->"
    assert command.group(1) in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
