"""The front door: ``from glossary import ...`` gives the library, and importing it is free."""

import importlib
import json
import os
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import glossary

ROOT = Path(__file__).resolve().parent.parent

# What a Python user of the library must not pay for, or have done to their process, on import.
HEAVY = ("click", "polib", "genanki", "anki", "requests", "deep_translator", "wordfreq", "Sastrawi")


def run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GLOSSARY_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_loads_nothing_and_changes_nothing(tmp_path):
    done = run_python(
        """
        import gc, json, sys, warnings
        before = (list(warnings.filters), list(gc.callbacks), gc.get_threshold())
        import glossary
        after = (list(warnings.filters), list(gc.callbacks), gc.get_threshold())
        print(json.dumps({
            "modules": sorted(m.split(".")[0] for m in sys.modules),
            "own": sorted(m for m in sys.modules if m.startswith("glossary")),
            "same": before == after,
            "gc": [gc.isenabled(), gc.get_freeze_count()],
        }))
        """,
        tmp_path,
    )
    assert done.stderr == ""
    state = json.loads(done.stdout)
    assert [name for name in HEAVY if name in state["modules"]] == []
    assert state["own"] == ["glossary"]
    assert state["same"] is True
    assert state["gc"] == [True, 0]


def test_using_the_library_leaves_the_process_as_it_was(tmp_path):
    """Loading a glossary, matching and annotating neither freeze nor disable the collector,
    add warning filters or print anything (the CLI, not the library, talks to the user)."""
    (tmp_path / "id-en.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Korea Utara"\nmsgstr "North Korea"\n',
        encoding="utf-8",
    )
    done = run_python(
        """
        import gc, json, warnings
        before = list(warnings.filters)
        from glossary import Document, Matcher, annotate
        matcher = Matcher.for_glossary("id-en.po")
        text = annotate(Document("<text>", "Korea Utara menolak."), matcher)
        again = Matcher.for_glossary("id-en.po")  # from the cache this time
        print(json.dumps([text, len(again.find("Korea Utara")), gc.isenabled(),
                          gc.get_freeze_count(), list(warnings.filters) == before]))
        """,
        tmp_path,
    )
    assert done.stderr == ""
    assert json.loads(done.stdout) == ["Korea Utara [North Korea] menolak.", 1, True, 0, True]


def test_every_public_name_resolves_to_its_module_object():
    assert set(glossary.__all__) == {"__version__", *glossary._EXPORTS}
    for name, (module, attribute) in glossary._EXPORTS.items():
        assert getattr(glossary, name) is getattr(importlib.import_module(module), attribute)
    assert set(glossary.__all__) <= set(dir(glossary))


def test_no_public_name_is_a_module_name():
    """Importing a submodule binds its name on the package (``import glossary.merge`` makes
    ``glossary.merge`` the module), so a public name that is also a module's name would mean
    one thing or the other depending on what was imported first."""
    modules = {module.name for module in pkgutil.iter_modules(glossary.__path__)}
    assert sorted(modules & set(glossary.__all__)) == []


def test_star_import_gives_the_public_names():
    namespace: dict[str, object] = {}
    exec("from glossary import *", namespace)
    assert set(glossary.__all__) <= set(namespace)


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Glosary'"):
        glossary.Glosary  # noqa: B018
    with pytest.raises(ImportError):
        exec("from glossary import Glosary", {})


def test_package_names_stay_packages():
    """``mine``, ``check``, ``suggest`` and ``merge`` name modules (the CLI imports them so);
    the front door's functions therefore have names of their own, whatever was imported first."""
    importlib.import_module("glossary.merge")  # binds glossary.merge to the module
    pairs = (("mine", "mine_terms"), ("check", "check_files"), ("merge", "merge_candidates"))
    for package, function in pairs:
        namespace: dict[str, object] = {}
        exec(f"from glossary import {package}, {function}", namespace)
        assert namespace[package] is importlib.import_module(f"glossary.{package}")
        assert namespace[function] is getattr(namespace[package], package)
    assert glossary.suggest_english is importlib.import_module("glossary.suggest").suggest
