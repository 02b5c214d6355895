"""Shared fixtures: a private cache folder for every test, the glossaries parsed (not read
from the cache), both scanner implementations, and the command line run in-process."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result

from glossary import scan, store
from glossary.cli import cli


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Compiled glossaries and other caches go to a fresh folder, never the user's."""
    monkeypatch.setenv("GLOSSARY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def parses(monkeypatch) -> list:
    """The glossaries ``store.load`` parsed (a cache hit parses none)."""
    seen: list = []
    load = store.load
    monkeypatch.setattr(store, "load", lambda path: seen.append(path) or load(path))
    return seen


@pytest.fixture(
    params=[
        scan.PYTHON,
        pytest.param(
            scan.COMPILED,
            marks=pytest.mark.skipif(
                scan.COMPILED not in scan.SCANS,
                reason="the compiled module is not built (pip install -e . or make build)",
            ),
        ),
    ]
)
def implementation(request, monkeypatch) -> str:
    """Each test that asks for it (``pytestmark = pytest.mark.usefixtures("implementation")``
    runs its module's tests twice) runs on the pure-Python twins, then the compiled ones."""
    monkeypatch.setattr(scan, "IMPLEMENTATION", request.param)
    return request.param


def run(*args: str, input: bytes | str | None = None) -> Result:
    """``glossary ARGS...`` in-process; exceptions other than exits propagate."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
