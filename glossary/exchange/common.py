"""What every exchange format shares: the unreviewed label and the control-character guard."""

from __future__ import annotations

import re

from glossary.store import Entry
from glossary.text import InputError

UNREVIEWED = "unreviewed"

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators: polib reads
# several of them (VT, FF, U+2028...) as line breaks, so a glossary holding one cannot
# be read back. A note may span lines; no field holds any other control character.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_OR_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def refuse_control_characters(entry: Entry, where: str) -> Entry:
    """``entry`` unchanged, or InputError naming ``where`` (file and row) and the field.

    A CSV row whose note reads "pertama\\u2028kedua" is refused as
    ``terms.csv:3: note holds a control character (U+2028)``.
    """
    for name, value in vars(entry).items():
        values = value if isinstance(value, list) else [value]
        pattern = _CONTROL if name == "note" else _CONTROL_OR_LINE
        for text in values:
            if isinstance(text, str) and (found := pattern.search(text)):
                code = f"U+{ord(found.group()):04X}"
                raise InputError(f"{where}: {name} holds a control character ({code})")
    return entry
