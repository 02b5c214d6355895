"""English suggestions for glossary entries that have none.

Every backend is a function ``backend(entries, settings) -> list[list[Suggestion]]``
(one list per entry, best first) so that ``suggest`` can run any of them, in the
order the user chose, and write the results into the glossary:

- ``dictionary`` (offline, default): FreeDict's English-Indonesian dictionary read in
  reverse, because no free Indonesian-English one is packaged;
- ``parallel`` (offline): co-occurrence of a term and English n-grams over
  line-aligned translations (Dice coefficient, count as evidence);
- ``names`` (offline): names keep their form, known exonyms go back to English,
  acronyms carry their expansion;
- ``google``, ``mymemory``, ``linguee``, ``libre``, ``deepl`` (online, through
  deep-translator): every call bounded in time, retried with backoff on rate
  limits, answers cached in SQLite so that a rerun never asks twice.

A backend that cannot run (dictionary not installed, no network, no API key) gives
one warning and the run goes on with the others: ``BackendUnavailable`` raised before
any work, or, for an online service that fails mid-run, a warning from the backend
itself, which still returns the answers it already has.
"""

from glossary.suggest.aligned_text import ParallelCorpus
from glossary.suggest.bitext import align_term, parallel
from glossary.suggest.core import (
    Backend,
    BackendUnavailable,
    Settings,
    Suggestion,
    SuggestWarning,
    parse_label,
)
from glossary.suggest.exonyms import exonyms
from glossary.suggest.freedict import (
    DICT_PATH,
    build_reverse_index,
    dictionary,
    load_reverse_index,
    lookup_forms,
    parse_dictd_entry,
)
from glossary.suggest.proper_names import names
from glossary.suggest.run import (
    BACKENDS,
    SuggestReport,
    accept_suggestion,
    entries_to_fill,
    fill_entry,
    suggest,
)
from glossary.suggest.services import PROVIDERS, AnswerCache, online

__all__ = [
    "BACKENDS",
    "DICT_PATH",
    "PROVIDERS",
    "AnswerCache",
    "Backend",
    "BackendUnavailable",
    "ParallelCorpus",
    "Settings",
    "SuggestReport",
    "SuggestWarning",
    "Suggestion",
    "accept_suggestion",
    "align_term",
    "build_reverse_index",
    "dictionary",
    "entries_to_fill",
    "exonyms",
    "fill_entry",
    "load_reverse_index",
    "lookup_forms",
    "names",
    "online",
    "parallel",
    "parse_label",
    "parse_dictd_entry",
    "suggest",
]
