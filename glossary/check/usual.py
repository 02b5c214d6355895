"""What a document's English keeps writing: its staple words and phrases ("interest rate",
"growth", "government" in a year of economic news). Any of its sentences may hold one, so
one stands in for no missing term: "Pertumbuhan ekonomi Indonesia ..." translated "... the
country's economic growth ..." leaves ``Indonesia`` to a short mention, and "growth" there
renders ``pertumbuhan``, however the checker places it."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from glossary.check.patterns import singular

# A general word or phrase written this many times per segment of a document, and at least
# this many times, is one of its staples.
_SHARE = 0.01
_LEAST = 10


class Usual:
    """The staples of one document's English (``targets``: its segments), asked phrase by
    phrase: ``"interest rate" in usual``. Counted as written, in any case, with a plural."""

    def __init__(self, targets: Sequence[str]) -> None:
        self.text = "\n".join(target.casefold() for target in targets)
        self.least = max(_LEAST, _SHARE * len(targets))

    def __contains__(self, written: object) -> bool:
        if not isinstance(written, str) or len(self.text) < self.least:
            return False
        return self.count(written.casefold()) >= self.least

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one document's counts, kept while it is checked
    def count(self, folded: str) -> int:
        """How often the document writes a folded word or phrase (``rate`` also as "rates")."""
        return len(re.findall(rf"(?<!\w){re.escape(singular(folded))}", self.text))
