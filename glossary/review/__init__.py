"""Reviewing the glossary: the decisions a curator makes on an entry, in the best order.

``glossary review`` (interactive, ``session``) and ``set``/``approve``/``reject``/``add``
(for scripts) make the same decisions through the functions in ``decisions``; ``show``
is how an entry looks to the curator.
"""

from glossary.review.decisions import (
    FORM_FIELDS,
    LIST_FIELDS,
    MANUAL,
    Key,
    accept,
    add,
    amend,
    approvable,
    approve,
    by_key,
    clean,
    confidence,
    deprecate,
    entry_to_change,
    new_entry,
    parse_label,
    pending,
    pick,
    plain,
    reject,
    related_to_keep,
    set_english,
    shown_suggestion,
    status,
)
from glossary.review.session import KEYS, Decision, Session, ask, interact, read_key, step
from glossary.review.show import card, describe, example_window

__all__ = [
    "FORM_FIELDS",
    "KEYS",
    "LIST_FIELDS",
    "MANUAL",
    "Decision",
    "Key",
    "Session",
    "accept",
    "add",
    "amend",
    "approvable",
    "approve",
    "ask",
    "by_key",
    "card",
    "clean",
    "confidence",
    "deprecate",
    "describe",
    "entry_to_change",
    "example_window",
    "interact",
    "new_entry",
    "parse_label",
    "pending",
    "pick",
    "plain",
    "read_key",
    "reject",
    "related_to_keep",
    "set_english",
    "shown_suggestion",
    "status",
    "step",
]
