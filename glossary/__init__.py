"""glossary: Indonesian-to-English terminology for translators, learners and editors.

The names a Python user needs are here; each is imported from its module the first time
it is used, so ``import glossary`` loads nothing else (no click, polib or genanki) and
changes nothing in the process: ``from glossary import Matcher, load`` then
``Matcher(load("terms/id-en.po").entries).find("Korut menolak sanksi PBB.")``.

``mine``, ``check``, ``suggest`` and ``merge`` are modules (``from glossary import check``
is the check package, as the CLI and tests use it), so their main functions are exported
as ``mine_terms``, ``check_files``, ``suggest_english`` and ``merge_candidates``.
docs/python-api.md has the guide.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> (module, name in that module).
_EXPORTS: dict[str, tuple[str, str]] = {
    # the PO glossary
    "Entry": ("glossary.store", "Entry"),
    "Glossary": ("glossary.store", "Glossary"),
    "load": ("glossary.store", "load"),
    "loads": ("glossary.store", "loads"),
    "save": ("glossary.store", "save"),
    "dumps": ("glossary.store", "dumps"),
    "edit": ("glossary.store", "edit"),
    "merge_candidates": ("glossary.merge", "merge"),
    "find": ("glossary.store", "find"),
    # texts
    "Document": ("glossary.text", "Document"),
    "read_document": ("glossary.text", "read_document"),
    "InputError": ("glossary.text", "InputError"),
    # mining
    "mine_terms": ("glossary.mine", "mine"),
    "Candidate": ("glossary.mine", "Candidate"),
    # suggestions
    "suggest_english": ("glossary.suggest", "suggest"),
    "Settings": ("glossary.suggest", "Settings"),
    "Suggestion": ("glossary.suggest", "Suggestion"),
    # matching and annotating
    "Matcher": ("glossary.match", "Matcher"),
    "Match": ("glossary.match", "Match"),
    "annotate": ("glossary.render", "annotate"),
    # checking
    "check_files": ("glossary.check", "check"),
    "Finding": ("glossary.check", "Finding"),
    # exchange formats
    "export": ("glossary.exchange", "export"),
    "read_entries": ("glossary.exchange", "read_entries"),
}

__all__ = [  # the same names as _EXPORTS (tests/test_api.py holds them together)
    "__version__",
    "Entry",
    "Glossary",
    "load",
    "loads",
    "save",
    "dumps",
    "edit",
    "merge_candidates",
    "find",
    "Document",
    "read_document",
    "InputError",
    "mine_terms",
    "Candidate",
    "suggest_english",
    "Settings",
    "Suggestion",
    "Matcher",
    "Match",
    "annotate",
    "check_files",
    "Finding",
    "export",
    "read_entries",
]

if TYPE_CHECKING:  # what the lazy names are, for type checkers and editors
    from glossary.check import Finding
    from glossary.check import check as check_files
    from glossary.exchange import export, read_entries
    from glossary.match import Match, Matcher
    from glossary.merge import merge as merge_candidates
    from glossary.mine import Candidate
    from glossary.mine import mine as mine_terms
    from glossary.render import annotate
    from glossary.store import Entry, Glossary, dumps, edit, find, load, loads, save
    from glossary.suggest import Settings, Suggestion
    from glossary.suggest import suggest as suggest_english
    from glossary.text import Document, InputError, read_document


def __getattr__(name: str) -> Any:
    """Import a public name from its module when it is first used (PEP 562)."""
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'glossary' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # later uses are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
