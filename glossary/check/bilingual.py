"""Bilingual findings: a term's accepted English missing from its translation, rendered in
two spellings, or left in Indonesian.

Names, acronyms, titles and entries marked required are checked strictly (a missing
rendering is an ``error``); general vocabulary, whose rendering depends on context, only
with ``strict`` (a ``warning``). Every document is checked on its own: what a document
rendered earlier lets a later mention be short (``Widodo``, ``the North``, ``it``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from typing import Any

from glossary import gloss
from glossary.check.anchors import at_either
from glossary.check.consistency import Rendering, inconsistent
from glossary.check.elision import (
    attribution_left_out,
    condensed,
    elided,
    in_dateline,
    name_stands_alone,
    registered_name,
    shortened,
    speaker_slot,
)
from glossary.check.english import is_frequent
from glossary.check.english_terms import EnglishTerms
from glossary.check.finding import Finding, is_key_term
from glossary.check.holders import (
    before_holder,
    before_name,
    institution_named,
    led_by,
    titles_held,
)
from glossary.check.lines import aligned, not_translated, one_per_line, replaced_in_place
from glossary.check.loose import speaker_added, title_head_written
from glossary.check.mentions import (
    _titled,
    class_noun,
    mentioned,
)
from glossary.check.named import STANDS, UNNAMED, named_stand_in
from glossary.check.patterns import (
    find_copy,
    find_misspelt,
)
from glossary.check.rendered import (
    as_written,
    kept_name,
    only_in_unwritten_names,
    rendering_spans,
    rendering_used,
)
from glossary.check.said import term_left_out
from glossary.check.segments import Piece
from glossary.check.source import Occurrence
from glossary.check.substitute import (
    added_modifier,
    derived_place,
    located,
    others,
    said_otherwise,
    stand_in,
    widened_into,
    words_said,
)
from glossary.match import Match
from glossary.store import Entry

MISSPELT = "there looks misspelt"
# Another name in the term's place may stand further off: English moves a sentence's parts.
_REPLACED_DRIFT = 0.5
# ... and a general term's English, where a condensed English lacks the name: closer by.
_VOCABULARY_DRIFT = 0.15
# ... and a name or phrase the source does not account for, where the English would
# otherwise be excused (a short mention, a condensed segment): right in the term's place.
_STAND_IN_DRIFT = 0.15
# ... and one general word where the English lacks a key term: about where it stands.
_WORD_DRIFT = 0.3


@dataclass
class DocumentCheck:
    """The bilingual checks of one document, segment by segment, then its spellings.

    ``strict``: general terms are checked too (as warnings). ``english``: the names of the
    glossary in English, to tell a wrong name from a short mention; ``words``: every word of
    the glossary's English, which is no misspelling of another. ``holders``: who holds
    each title the document named with a person (``Menkeu Sri Mulyani``). The document
    remembers which segment last rendered each entry, so that a later mention may be a
    short form or a pronoun (``Korut`` rendered "the impoverished North" after "North
    Korea"). ``setting``: the places the document keeps returning to (``setting``).
    """

    strict: bool = False
    english: EnglishTerms | None = None
    vocabulary: EnglishTerms | None = None
    words: frozenset[str] = frozenset()
    renderings: list[Rendering] = field(default_factory=list)
    rendered: dict[tuple[str, str], int] = field(default_factory=dict)
    holders: dict[tuple[str, str], Entry] = field(default_factory=dict)
    titles: dict[tuple[str, str], dict[tuple[str, str], Entry]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    index: int = 0
    setting: frozenset[tuple[str, str]] = frozenset()
    usual: Container[str] = frozenset()
    # (Indonesian, English) offsets of the current segment's terms whose English it has
    # once, where the source says them once: what places a missing term (``place``).
    anchors: tuple[tuple[int, int], ...] = ()

    def segment(
        self,
        occurrences: Sequence[Occurrence],
        target: Piece,
        in_names: Callable[[], frozenset[int]] = frozenset,
    ) -> list[Finding]:
        """Mismatches and copies for the entries of one source segment.

        Each entry is checked once per segment, at its first occurrence that is not a
        name part kept in the target; any one of its accepted renderings satisfies it.
        ``in_names``: where (source offsets) a match is not the term, by the gloss judge
        (``presiden`` of ``Istana Presiden``), asked only when a term lacks its English.
        """
        findings: list[Finding] = []
        unrendered: list[tuple[Finding, str]] = []  # key terms without English, described
        stood: set[int] = set()  # ... of them, those with other English in their place
        # Key terms a condensed segment leaves out with nothing in their place: shown only
        # with ``strict`` (no evidence of a wrong rendering); the one a segment lacks alone,
        # where its English keeps at least half the source's length, still counts towards
        # a line whose English says something else (``not_translated``).
        condensed_out: list[tuple[Finding, str]] = []
        by_entry: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
        for occ, after in titles_held(occurrences):
            self.holders[occ.match.entry.key] = after.match.entry  # Menkeu Sri Mulyani
            self.titles[after.match.entry.key][occ.match.entry.key] = occ.match.entry
        for occ in occurrences:
            by_entry[occ.match.entry.key].append(occ)
        uses = {
            key: rendering_used(found, target.text, self.glossaries)
            for key, found in by_entry.items()
            if found[0].match.entry.renderings
        }
        taken = [
            span
            for key, used in uses.items()
            if used
            for span in rendering_spans(by_entry[key][0].match.entry.kind, used)
        ]
        self.anchors = tuple(
            (by_entry[key][0].match.start, used[1].start())
            for key, used in uses.items()
            if used and len(by_entry[key]) == 1
        )
        present = [occ.match.entry for occ in occurrences]  # one per occurrence: counted
        for key, found in by_entry.items():
            entry = found[0].match.entry
            if key not in uses:
                continue
            key_term = is_key_term(entry)
            used = uses[key]
            if used:
                spelt = as_written(used[1], used[0])
                self.renderings.append(
                    Rendering(entry, used[0], spelt, target, used[1].start(), found[0].match.text)
                )
                self.rendered[entry.key] = self.index
                if key_term:
                    findings.extend(_widened(found, target, used, spelt, self.glossaries))
                continue
            if not (key_term or self.strict):
                continue
            text = target.text
            first = next(
                (o for o in found if not kept_name(o, text)),
                None,
            )
            if first is None:
                continue
            where = first.where
            expected = gloss.rendering(first.match, first.piece.text)  # the sense chosen there
            accepted = " | ".join(dict.fromkeys((expected, *entry.renderings)))
            severity = "error" if key_term else "warning"
            copy = find_copy(entry, first.match, target.text)
            if copy and registered_name(copy.group()):
                continue  # "PT Transportasi Jakarta" kept: the company's own name
            if copy:
                message = (
                    f"'{copy.group()}' left in Indonesian (source {where}); expected: {accepted}"
                )
                findings.append(
                    target.finding(
                        copy.start(),
                        "untranslated",
                        severity,
                        term=entry.term,
                        found=copy.group(),
                        expected=expected,
                        message=message,
                    )
                )
                continue
            unwritten = functools.partial(only_in_unwritten_names, found, text, in_names)
            verdict = self.missing(first, found, occurrences, uses, taken, present, text, unwritten)
            if verdict is None:
                continue
            instead, condensing = verdict
            message = f"'{first.match.text}' (source {where}) is not rendered as {accepted}"
            finding = target.finding(
                0,
                "mismatch",
                "warning" if condensing and self.strict else severity,
                term=entry.term,
                found=first.match.text,
                expected=expected,
                message=message + (instead if self.strict or not condensing else ""),
            )
            described = (finding, f"'{first.match.text}' (source {where}) as {expected}")
            if condensing and not self.strict:
                condensed_out.append(described)
                continue
            findings.append(finding)
            if finding.severity == "error" and not instead.endswith(MISSPELT):
                unrendered.append(described)
                if instead == UNNAMED or instead.endswith(STANDS):
                    stood.add(id(finding))
        if len(condensed_out) == 1 and not shortened(occurrences[0].piece.text, target.text):
            unrendered.extend(condensed_out)  # the one key term the English lacks
            if aligned(condensed_out, occurrences[0].piece.text, target.text):
                findings.append(condensed_out[0][0])  # from a line translated otherwise
        if (
            len(unrendered) >= 2
            and len(unrendered) >= _kept(uses, by_entry)
            and not replaced_in_place(unrendered, stood, occurrences[0].piece.text, target.text)
        ):
            folded = not_translated(target, unrendered)
            findings = [f for f in findings if f not in {u for u, _ in unrendered}]
            findings.append(folded)
        self.index += 1
        return one_per_line(findings)

    def missing(
        self,
        first: Occurrence,
        found: Sequence[Occurrence],
        occurrences: Sequence[Occurrence],
        uses: dict,
        taken: Sequence[tuple[int, int]],
        present: Sequence[Entry],
        text: str,
        unwritten: Callable[[], bool] = bool,
    ) -> tuple[str, bool] | None:
        """What to say of a term whose rendering ``text`` lacks (a note for the message, and
        whether only ``strict`` shows it, as a warning), or None where the English leaves it
        out as news English does: a short mention, a title for the person, a dateline, a
        description, a longer name it is part of that the English does not write
        (``unwritten``), or the clause it stands in (nothing else stands in its place). A
        misspelt rendering or another term in its place is always reported."""
        entry = first.match.entry
        misspelt = find_misspelt(entry, text, self.words)
        if misspelt:
            return f"; '{misspelt}' {MISSPELT}", False
        # The titles the document gave a person, and a title's holder, say the same person:
        # none stands in the other's place ("the coordinating minister" for ``Boediono``).
        holder = self.holders.get(entry.key)
        said = present
        present = [
            *present,
            *self.titles.get(entry.key, {}).values(),
            *([holder] if holder is not None else []),
        ]
        if entry.kind == "person" and _titled(first, occurrences, uses, text):
            return None  # "Gubernur Joko Widodo" as "the governor"
        if in_dateline(found, text):
            # "here on Monday" for ``di Jakarta, Senin``, unless another name stands in the
            # place's stead ("in Tokyo on Monday", "at the Tokyo Inter Bank Spot Market")
            def location(place: float, _guessed: bool) -> str | None:
                args = (first, text, taken, present, _REPLACED_DRIFT, self.setting, place)
                return located(self.english, *args) or located(self.vocabulary, *args)

            other = at_either(first, text, self.anchors, location)
            return (
                None
                if other is None
                else (named_stand_in(self.glossaries, self.anchors, first, other, text), False)
            )
        if entry.kind == "title" and (
            self.holder_named(entry, said, text)
            or institution_named(first, occurrences, uses, text)
        ):
            return None  # "Presiden mengharapkan" as "Yudhoyono expressed hope"
        before = (
            before_holder(self.holders.get(entry.key), entry, said, text)
            or before_name(first, text)
            if entry.kind == "title"
            else None
        )
        if before is not None:
            return f"; '{before}' {STANDS}", False  # "nuclear Sri Mulyani said"
        spans = [(o.match.start, o.match.end) for o in occurrences if o.piece is first.piece]
        if attribution_left_out(first, spans, text):
            other = self.replaced(first, text, taken, present) or self.named_in_place(
                first, text, taken, present
            )
            if other is None:
                return None  # "kata Dirut Bank Victoria Daroel" as "a spokesman said"
            return named_stand_in(self.glossaries, self.anchors, first, other, text), False
        lenient = mentioned(first, text, taken, self) or elided(found, text) or unwritten()
        rendered = [bool(used) for key, used in uses.items() if key != entry.key]
        by_key = {o.match.entry.key: o.match.entry for o in occurrences}
        if lenient or condensed(first.piece.text, text, rendered):
            others_kept = all(
                used for key, used in uses.items() if key != entry.key and is_key_term(by_key[key])
            )
            other = None
            for occ in found:  # each place the source says it: "kepada Menkeu" as well
                other = self.replaced(occ, text, taken, present)
                if other is None and not lenient and others_kept:
                    other = self.replaced(occ, text, taken, present, self.vocabulary)
                if other is None:
                    other = self.named_in_place(occ, text, taken, present)
                if other is not None:
                    break
            if other is not None:
                return named_stand_in(self.glossaries, self.anchors, first, other, text), False
            return None if lenient else ("; the English condenses this segment", True)

        # A name or a phrase stands in the term's place anywhere in the segment; one
        # general word only about where the term stands (English condenses around the
        # term, and "the company" elsewhere translates something the source says otherwise).
        other = self.standing(first, text, taken, present, distinct=True, unknown=True)
        for occ in found if other is None else ():
            other = self.standing(occ, text, taken, present, _WORD_DRIFT)
            if other is not None:
                break  # "PT Arta loans" for the second ``Jakarta`` of the segment
        slot = speaker_slot(first, text) if other is None else None
        if slot is not None:
            other = self.standing(first, text, taken, present, at=slot)
        if other is None:
            # Nothing the source does not say stands anywhere in the English: the term went
            # with its clause ("BPS mengumumkan bahwa Indonesia mengalami deflasi" as "the
            # Central Bureau of Statistics reported a deflation").
            return ("; the English leaves it out", True) if self.strict else None
        head = title_head_written(entry, text, taken, self.words, other)
        if head is not None:
            return f"; '{head}' {STANDS}", False  # "director" for ``Direktur Utama``
        return named_stand_in(self.glossaries, self.anchors, first, other, text), False

    def named_in_place(
        self,
        occ: Occurrence,
        text: str,
        taken: Sequence[tuple[int, int]],
        present: Sequence[Entry],
    ) -> str | None:
        """A name or a phrase of several words standing about where ``occ``'s term stands
        (``stand_in``): what turns an acceptance (an attribution left out, a condensed
        segment) into a mismatch."""
        return self.standing(occ, text, taken, present, _STAND_IN_DRIFT, distinct=True)

    def standing(
        self,
        occ: Occurrence,
        text: str,
        taken: Sequence[tuple[int, int]],
        present: Sequence[Entry],
        *drift: float,
        **where: Any,
    ) -> str | None:
        """What stands in ``occ``'s term's place in ``text`` (``stand_in`` with ``drift`` and
        ``where``), at its share of the line or else where shared points put it
        (``at_either``): "endangered" in "Bank BNI endangered Gatot M Suwondo said"."""
        return at_either(
            occ,
            text,
            self.anchors,
            lambda place, guessed: stand_in(
                self.glossaries,
                occ,
                text,
                taken,
                present,
                *drift,
                setting=self.setting,
                usual=self.usual,
                place=place,
                guessed=guessed,
                **where,
            ),
        )

    @property
    def glossaries(self) -> list[EnglishTerms]:
        """The English of the glossary's names, then of its general vocabulary: what may
        stand in a missing term's place (``substitute.stand_in``)."""
        return [g for g in (self.english, self.vocabulary) if g is not None]

    def holder_named(self, title: Entry, present: Sequence[Entry], text: str) -> bool:
        """Whether ``text`` names, in a title's stead, a person of the glossary that the
        source segment does not name (``present``), with nothing before the name where a
        title would stand: "Yudhoyono expressed hope" for ``Presiden mengharapkan``, not
        "Trade Minister Yudhoyono". Where the document named the title's holder, only
        that person stands for it."""
        if self.english is None:
            return False
        keys = {e.key for e in present}
        holder = self.holders.get(title.key)
        for person in self.english.people(text):
            if person.key in keys or (holder is not None and person.key != holder.key):
                continue
            words = {w for r in person.renderings for w in r.split()}
            names = sorted(w for w in words if len(w) > 2 and w[:1].isupper())
            if name_stands_alone(names, text) or (
                holder is not None and led_by(names, text, title)
            ):
                return True
        return False

    def replaced(
        self,
        occ: Occurrence,
        text: str,
        taken: Sequence[tuple[int, int]],
        present: Sequence[Entry],
        vocabulary: EnglishTerms | None = None,
    ) -> str | None:
        """Another name's English that stands in ``text`` about where the source has the
        term: a wrong rendering ("the Surabaya Stock Exchange" for ``Bursa Efek Jakarta``,
        "Tokyo" for ``Jakarta``), where a short form or a dateline left out would be
        accepted. Not another name: a word of the English of an entry of the source
        segment (``present``: "US" of "US dollar" for ``dolar AS``) or inside another
        rendering (``taken``), a word the source has as it is (``Sumatra`` of ``PT Bakrie
        Sumatra Plantations``), a short form of the term itself."""
        return at_either(
            occ,
            text,
            self.anchors,
            lambda where, guessed: self.replaced_at(
                occ, text, taken, present, where, vocabulary, guessed=guessed
            ),
        )

    def replaced_at(
        self,
        occ: Occurrence,
        text: str,
        taken: Sequence[tuple[int, int]],
        present: Sequence[Entry],
        where: float,
        vocabulary: EnglishTerms | None = None,
        guessed: bool = False,
    ) -> str | None:
        """``replaced`` with the term's place in ``text`` given (``where``); ``guessed``:
        a guessed place (``at_either``), where no frequent general word stands in and
        the window is narrower."""
        english = vocabulary or self.english
        if english is None:
            return None
        source = term_left_out(occ)
        drift = _VOCABULARY_DRIFT if vocabulary or guessed else _REPLACED_DRIFT
        window = max(0, int((where - drift) * len(text))), int((where + drift) * len(text))
        candidates = others(
            english, occ, text, taken, present, window, setting=self.setting, place=where
        )
        for found, said in said_otherwise(candidates, source):
            if derived_place(found) and occ.match.entry.kind != "place":
                continue  # "the Indonesian government": a place added to a noun
            if found.written[:1].isupper():
                if speaker_added(occ, found.entry, found.start + len(found.written), text):
                    continue  # "Mulyani said" for ``Menurut dia``
                return found.written
            if guessed and is_frequent(found.written.casefold()):
                continue
            if vocabulary and len(found.written) > 3 and not said:
                if words_said(found, source, english) or class_noun(
                    occ.match.entry.kind, found.written, text[: found.start]
                ):
                    continue
                return found.written  # not "economy" for ``perekonomian Indonesia``
        return None

    def inconsistent(self) -> list[Finding]:
        """The document's uses of one entry spelt two ways (``consistency.inconsistent``)."""
        return inconsistent(self.renderings)


# A place named in this share of a document's segments, and in this many, is where the
# document is set.
_SETTING_SHARE = 0.05
_SETTING_SEGMENTS = 10


def setting(matches: Sequence[Sequence[Match]]) -> frozenset[tuple[str, str]]:
    """The places a document keeps returning to (``matches``: each segment's), where it is
    set: ``Indonesia`` in a year of Indonesian economic news. English adds them to a
    sentence freely ("Indonesia's budget surplus" for ``surplus anggaran``), so they stand
    in for no other term."""
    counts = Counter(
        key for found in matches for key in {m.entry.key for m in found if m.entry.kind == "place"}
    )
    least = max(_SETTING_SEGMENTS, _SETTING_SHARE * len(matches))
    return frozenset(key for key, n in counts.items() if n >= least)


def _kept(uses: dict, by_entry: dict[tuple[str, str], list[Occurrence]]) -> int:
    """How many of a segment's key terms its English renders (``uses``): where as many or
    more lack their English, the line may say something else (``not_translated``)."""
    return sum(
        bool(uses[k]) for k, f in by_entry.items() if k in uses and is_key_term(f[0].match.entry)
    )


def _widened(
    found: Sequence[Occurrence],
    target: Piece,
    used: tuple[str, re.Match[str]],
    spelt: str,
    glossaries: Sequence[EnglishTerms],
) -> list[Finding]:
    """A title's rendering given a rank the source segment does not say (``added_modifier``:
    "NATO Deputy Secretary General" for ``Sekretaris Jenderal NATO``), or a rendering the
    English makes another entry's by the words before it (``widened_into``: "Higher
    Education Minister" for ``Menteri Pendidikan Dasar dan Menengah``), as its finding."""
    start = used[1].start()
    term = found[0].match
    added = added_modifier(found, used)
    if added:
        rank, inside = added
        at, written = (start, spelt) if inside else (start - len(rank) - 1, f"{rank} {spelt}")
        why = f"the source does not say '{rank}'"
    else:
        other = widened_into(found, target.text, used[1].span(), glossaries)
        if not other:
            return []
        at, written = other[0], target.text[other[0] : used[1].end()]
        why = f"that is the English of '{other[1].term}'"
    message = f"'{term.text}' (source {found[0].where}) is rendered '{written}': {why}"
    return [
        target.finding(
            at,
            "mismatch",
            "error",
            term=term.entry.term,
            found=written,
            expected=used[0],
            message=message,
        )
    ]
