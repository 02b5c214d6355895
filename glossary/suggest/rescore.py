"""Suggestions measured on the parallel text: one confidence scale for every backend."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from glossary.store import Entry
from glossary.suggest.aligned_text import ParallelCorpus, english_key
from glossary.suggest.bitext import MIN_CONFIDENCE, MIN_COUNT, _folded
from glossary.suggest.core import Suggestion

# How many aligned lines' worth of belief a backend's own confidence is given when the
# parallel text says how often translators use its suggestion.
RESCORE_PRIOR = 4
RESCORE_LINES = 200
# Another rendering used in at least this share of the term's lines (and this many) is
# kept with the best one.
ALSO_USED_SHARE = 0.12
ALSO_USED_MIN = 3
# A dictionary suggestion that none of this many of the term's aligned lines uses is a false
# friend or a sense these texts do not mean (obligasi: "bonds", never "obligation"): its
# smoothed share is halved.
UNUSED_LINES = 5
# A dictionary suggestion that fewer than this share of the term's aligned lines write (three
# lines at least: two may both be a name, ``kapal Lumba-Lumba``) is refuted by them: shown
# in review, never filled in (``penerimaan``: FreeDict's "recruitment", written in none of
# four lines; ``laju``: "speed", in 2 of 18, where the translators write "rate"). A
# parallel suggestion below the least the aligner proposes at, once far lines count as
# part of a line (suggest.domain), is as unsure: its evidence is a far text's.
REFUTED_SHARE = 0.25
REFUTED_LINES = 3
# A suggestion its backend proposes this unsure (an acronym of Indonesian common words kept
# as written: ``DKI``, which English writes "Jakarta") is filled only when REFUTED_LINES
# aligned lines write it; one line of two is no evidence that English keeps it.
REFUTED_CONFIDENCE = 0.09  # below suggest.run.MIN_FILL_CONFIDENCE


def rescore(
    corpus: ParallelCorpus,
    lines: Sequence[int],
    suggestions: Sequence[Suggestion],
    size: int = 1,
    term: str = "",
    weights: Sequence[float] = (),
    near: Mapping[int, float] | None = None,
) -> list[Suggestion]:
    """The suggestions with their confidence measured on the parallel text, best first.

    Confidence becomes the share of the term's aligned lines whose English uses the
    suggestion (or a related form), smoothed towards the backend's own confidence: one
    scale for every backend (``warga`` -> "citizen" from the dictionary falls to the
    share of lines that say it). Another suggestion that translators use in a good share
    of the lines too, and that is no part of the best one, becomes a related form of
    it (``kondisi``: "condition", also "situation"), so that accepting the best keeps it.
    ``size`` is the term's number of words, ``term`` the term (see ``_whole_before_part``).
    ``weights`` weigh each aligned line by how close its text is to the text curated
    (``suggest.domain``): ``penurunan`` is "decline" in economic news, whatever the
    genetics papers say. ``near`` weighs the lines again, for the parallel text's own
    renderings, by how close each is to the text's uses of the term (``suggest.contexts``):
    a rendering the aligner learnt from lines of another sense needs more of them (a news
    text's ``libur`` is no football "close season").
    """
    from glossary.check import find_rendering

    if len(lines) < MIN_COUNT:
        return sorted(suggestions, key=lambda s: -s.confidence)
    sample = lines[:RESCORE_LINES]
    weight = weights or [1.0] * (max(sample) + 1)
    seen = sum(weight[n] for n in sample)  # lines' worth of evidence: a far line is less
    nearest = _nearest(sample, near)
    scored = []
    for suggestion in suggestions:
        stand_in = Entry("-", english=suggestion.english, alternatives=list(suggestion.related))
        used = {n for n in sample if find_rendering(stand_in, corpus.target[n])}
        inflected = _inflections(suggestion.english)  # counted, not kept: planned is no plan
        inflected_lines = (
            {n for n in sample if inflected.search(corpus.target[n])} if inflected else set()
        )
        written = sum(weight[n] for n in used | inflected_lines)
        refuted = suggestion.source == "dictionary" and _refuted(
            len(used | inflected_lines), len(sample), written, seen
        )
        if suggestion.source == "parallel":
            # Found in these very lines: counted once, its prior is the least confidence
            # it proposes at, and a line of a text far from the one curated counts as
            # part of a line (perolehan in sports reports is "scoring": for an economic
            # text that says little). Measured again with the lines' worth shared out by
            # how close each is to the text's uses of the term, the closer taking more, it
            # may lose, never gain: a check against another domain's sense, no evidence.
            prior = MIN_CONFIDENCE * seen / len(sample)
            share = (written + RESCORE_PRIOR * prior) / (seen + RESCORE_PRIOR)
            if near and seen:
                closer = {n: weight[n] * near.get(n, 1.0) for n in sample}
                scale = seen / (sum(closer.values()) or seen)
                written_near = scale * sum(closer[n] for n in used | inflected_lines)
                share = min(share, (written_near + RESCORE_PRIOR * prior) / (seen + RESCORE_PRIOR))
        else:  # the share of the lines that write it, the closer lines weighing more
            written *= len(sample) / seen if seen else 0.0
            share = (written + RESCORE_PRIOR * suggestion.confidence) / (
                len(sample) + RESCORE_PRIOR
            )
        if not used and len(sample) >= UNUSED_LINES and suggestion.source == "dictionary":
            share /= 2
        if suggestion.source == "parallel" and nearest.isdisjoint(used):
            refuted = True  # not the text's sense: hukuman is no "ban", dewan no "board"
        if refuted or (suggestion.source == "parallel" and share < MIN_CONFIDENCE):
            share = min(share, REFUTED_CONFIDENCE)
        elif suggestion.confidence <= REFUTED_CONFIDENCE and len(used) < REFUTED_LINES:
            share = min(share, REFUTED_CONFIDENCE)  # too few lines lift it: DKI in 1 of 2
        evidence = f"{suggestion.evidence}; used in {len(used)} of {len(sample)} aligned lines"
        scored.append(
            (
                replace(
                    suggestion,
                    confidence=round(share, 2),
                    evidence=evidence,
                    used_lines=len(used),
                ),
                used,
            )
        )
    # On a tie, the rendering more backends propose first (pedagang: "traders" from the
    # aligner and "trader" from the dictionary before "seller" from co-occurrence alone).
    scored = [(_in_the_terms_form(s, term, suggestions), used) for s, used in scored]
    support = Counter(_rendering_key(s.english) for s in suggestions)
    scored.sort(key=lambda x: (-x[0].confidence, -support[_rendering_key(x[0].english)]))
    alone = _words_meant(corpus, term, lines)
    _whole_before_part(scored, size, term, lambda s: bool(alone(s)))
    if size == 1 and term.islower():  # an acronym stands for a phrase: APBD is "city budget"
        _phrase_before_its_word(scored, suggestions)
    scored = [  # a fragment of a better suggestion says nothing more: Prime of Prime Minister
        (s, used)
        for i, (s, used) in enumerate(scored)
        if not any(f" {_folded(s.english)} " in f" {_folded(b.english)} " for b, _ in scored[:i])
        and not _head_lost(s, term, alone)
    ]
    kept = _names_written(corpus, term, sample)
    scored = [(s, used) for s, used in scored if s.source != "parallel" or _names_in(s, kept)]
    if not scored:
        return []
    best, best_used = scored[0]
    words = {english_key(w) for w in _folded(" ".join([best.english, *best.related])).split()}

    def used_enough(used: set[int]) -> bool:
        """In a share of the lines' worth: a far text's sense is no other rendering of the
        term here (``penurunan`` in genetics papers is "inheritance")."""
        worth = sum(weight[n] for n in used)
        return len(used) >= ALSO_USED_MIN and worth >= ALSO_USED_SHARE * seen

    also = [  # used instead of the best, not beside it (tsunami lines also say "buoys")
        s.english
        for s, used in scored[1:]
        if used_enough(used)
        and len(used & best_used) * 4 <= len(used)
        and words.isdisjoint(english_key(w) for w in _folded(s.english).split())
    ]
    for form in derived_forms(best.english):  # rencana: "plan", written "planned" too
        stand_in = Entry("-", english=form)
        used = {n for n in sample if find_rendering(stand_in, corpus.target[n])}
        if used_enough(used) and not used & best_used:
            also.append(form)
    if also:
        related = tuple(dict.fromkeys([*best.related, *also]))
        scored[0] = (replace(best, related=related), best_used)
    return [s for s, _ in scored]


# The aligned lines nearest the text's uses of a term (``suggest.contexts``) that a parallel
# rendering must be written in one of, when the term has more lines than this.
NEAREST_LINES = 3


def _nearest(sample: Sequence[int], near: Mapping[int, float] | None) -> set[int]:
    """The NEAREST_LINES lines of ``sample`` closest to the text's uses of the term; all of
    them when it has no more, or when no line is closer than another (no context known).
    On news, a parallel rendering none of them writes is the sense of another domain's
    lines nearly every time (``hukuman``: "ban" in football reports, where the text's
    translators write "sentenced"; ``uji coba``: "experiment", not "trial")."""
    if not near or len(sample) <= NEAREST_LINES or len({near.get(n, 1.0) for n in sample}) < 2:
        return set(sample)
    ranked = sorted(sample, key=lambda n: -near.get(n, 1.0))
    return set(ranked[:NEAREST_LINES])


def _refuted(used: int, lines: int, written: float, seen: float) -> bool:
    """Whether the term's ``lines`` aligned lines refute a rendering that ``used`` of them
    write, both as counted and weighed by closeness (``written`` of ``seen`` lines' worth):
    a far text's sense is no refutation (``penurunan``: "decline" in the economic lines,
    however many genetics papers say "inheritance"), nor is one close line that writes
    another beside far ones that write it (``kredit``: "loan" once, "credit" twice)."""
    if lines < REFUTED_LINES:
        return False
    return used < REFUTED_SHARE * lines and written < REFUTED_SHARE * seen


# Endings that make an English word of a name (Islamist, Brazilian, Lebanese, Israeli).
DERIVED_ENDINGS = frozenset({"ist", "ists", "ic", "ian", "ians", "an", "ans", "ese", "ish", "i"})


def _in_the_terms_form(
    suggestion: Suggestion, term: str, siblings: Sequence[Suggestion]
) -> Suggestion:
    """A one-word rendering in the form of the term's part of speech. A name's spelling
    with a suffix is a word derived from it, kept as a related form behind the name
    (``Islam``: "Islam", also "Islamist"; ``Brazil``: also "Brazilian"). An -ed participle
    is no rendering of a noun (``peringkat``: "ranking", not "ranked"; ``usulan``:
    "proposal", not "proposed"): a noun of its stem that the lines write takes its place;
    without one, the participle of an -an noun is less sure."""
    from glossary.morphology import is_stative, is_verb, nominal_root

    english = suggestion.english
    if " " in term or not english.isalpha() or suggestion.source == "names":
        return suggestion
    folded = english.lower()
    if term[:1].isupper() and folded.startswith(term.lower()):
        if folded[len(term) :] in DERIVED_ENDINGS:
            name = english[: len(term)]
            related = tuple(f for f in dict.fromkeys([english, *suggestion.related]) if f != name)
            return replace(suggestion, english=name, related=related)
        return suggestion
    if not (term.islower() and english.islower() and english.endswith("ed")):
        return suggestion
    stem = english[:-2]
    if len(stem) < STEM_LETTERS or is_verb(term) or is_stative(term):
        return suggestion
    written = [*suggestion.related, *(s.english for s in siblings if s.source != "names")]
    nouns = [f for f in written if f.isalpha() and f.startswith(stem) and not f.endswith("ed")]
    if nouns:
        noun = min(nouns, key=len)  # ranking before rankings
        related = tuple(f for f in dict.fromkeys([*suggestion.related, english]) if f != noun)
        return replace(suggestion, english=noun, related=related)
    if nominal_root(term):
        return replace(suggestion, confidence=round(suggestion.confidence * PARTICIPLE_PENALTY, 2))
    return suggestion


PARTICIPLE_PENALTY = 0.7


# A name word of a term that this share of its aligned lines writes as it stands is one
# its rendering keeps.
NAME_WRITTEN_SHARE = 0.5


def _names_written(corpus: ParallelCorpus, term: str, lines: Sequence[int]) -> list[str]:
    """The capitalised words of a term that its aligned English lines write as they stand,
    in most of them: a rendering of the term keeps them (``Pemprov DKI Jakarta`` is no
    "administration"; ``Bank Dunia``'s Dunia is not written, World Bank needs none)."""
    names = [w for w in term.split() if w[:1].isupper() and not w.isupper() and len(w) > 2]
    if not names or " " not in term:
        return []
    patterns = {w: re.compile(rf"\b{re.escape(w)}", re.IGNORECASE) for w in names}
    return [
        w
        for w, pattern in patterns.items()
        if sum(1 for n in lines if pattern.search(corpus.target[n]))
        >= NAME_WRITTEN_SHARE * len(lines)
    ]


def _names_in(suggestion: Suggestion, names: Sequence[str]) -> bool:
    """Whether a suggestion writes each of ``names``, or a word made of it (Indonesia:
    Indonesian)."""
    text = " ".join([suggestion.english, *suggestion.related])
    return all(re.search(rf"\b{re.escape(w)}", text, re.IGNORECASE) for w in names)


# A one-word rendering counts as used where a line has a word of its stem (this long at
# least) and up to this many more letters: ``injury`` in "14 injured", "injuries".
STEM_LETTERS = 4
INFLECTION_LETTERS = 3


def _inflections(english: str) -> re.Pattern[str] | None:
    """A pattern of the other inflections of a one-word lower-case rendering (``cedera``:
    "injury", where the lines say "injured"); None for phrases and names."""
    if not (english.isalpha() and english.islower()):
        return None
    stem = english[:-1] if english.endswith(("e", "y")) else english
    if len(stem) < STEM_LETTERS:
        return None
    return re.compile(rf"\b{stem}[a-z]{{0,{INFLECTION_LETTERS}}}\b", re.IGNORECASE)


def _rendering_key(english: str) -> str:
    """A rendering as counted: folded, each word singular (``traders`` is ``trader``)."""
    return " ".join(english_key(w) for w in _folded(english).split())


# A whole rendering used in this share of the lines its best part is used in wins over it;
# in this share, when the part is what one word of the term means alone (``_words_meant``).
WHOLE_SHARE = 0.8
FRAGMENT_WHOLE_SHARE = 0.4
FRAGMENT_SHARE = 0.3


def _whole_before_part(
    scored: list[tuple[Suggestion, set[int]]],
    size: int,
    term: str,
    fragment: Callable[[Suggestion], bool],
) -> None:
    """Put a whole rendering before the part of it that is ranked best: a part is used in
    every line the whole is, and more (``pertumbuhan ekonomi``: "economic" in more lines
    than "economic growth"). The whole, of the term's size or one word more, takes the
    part's place and confidence when used nearly as often, or in a fair share of the
    part's lines when the part is a ``fragment`` (``perusahaan minyak``: "oil" is what
    minyak means anywhere; "oil company" wins) and not a word of the term itself
    (``DKI Jakarta``: "Jakarta")."""
    if not scored or len(scored[0][0].english.split()) >= size:
        return
    part, part_used = scored[0]
    wholes = [
        (k, whole, used)
        for k, (whole, used) in enumerate(scored[1:], 1)
        if size <= len(whole.english.split()) <= size + 1
        and f" {_folded(part.english)} " in f" {_folded(whole.english)} "
    ]
    close = [w for w in wholes if w[1].confidence >= WHOLE_SHARE * part.confidence]
    least = max(MIN_COUNT, FRAGMENT_WHOLE_SHARE * len(part_used))
    fair = [w for w in wholes if len(w[2]) >= least]
    if close:
        k, whole, used = close[0]
    elif fair and _folded(part.english) not in _folded(term).split() and fragment(part):
        k, whole, used = fair[0]
    else:
        return
    scored.pop(k)
    scored.insert(0, (replace(whole, confidence=part.confidence), used))


def _phrase_before_its_word(
    scored: list[tuple[Suggestion, set[int]]], proposed: Sequence[Suggestion]
) -> None:
    """For a one-word term, put a two-word rendering from the parallel text before its word
    ranked best, when co-occurrence put the phrase first and it is used in a fair share of
    the word's lines: the word is in every line of the phrase and more, so it is used more,
    but the other word of the phrase is the term's (``pembangkit``: "power plant", where
    "power" is what ``listrik`` and ``tenaga`` mean beside it)."""
    if not scored:
        return
    part, part_used = scored[0]
    found = {s.english: s.confidence for s in proposed if s.source == "parallel"}
    if " " in part.english or part.english not in found:
        return
    least = max(MIN_COUNT, FRAGMENT_WHOLE_SHARE * len(part_used))
    for k, (whole, used) in enumerate(scored[1:], 1):
        if (
            len(whole.english.split()) == 2
            and f" {_folded(part.english)} " in f" {_folded(whole.english)} "
            and found.get(whole.english, 0.0) > found[part.english]
            and len(used) >= least
        ):
            scored.pop(k)
            scored.insert(0, (replace(whole, confidence=part.confidence), used))
            return


def _words_meant(
    corpus: ParallelCorpus, term: str, lines: Sequence[int]
) -> Callable[[Suggestion], frozenset[int]]:
    """Which words of ``term`` a suggestion is what they mean alone (by position): used in
    FRAGMENT_SHARE of the aligned lines that have the word outside the term (``minyak`` is
    "oil" there too; ``rumah`` outside ``rumah tangga`` is seldom "household")."""
    from glossary.check import find_rendering

    inside = set(lines)
    words = term.lower().split()
    known: dict[str, frozenset[int]] = {}

    def meant(part: Suggestion) -> frozenset[int]:
        if part.english in known:
            return known[part.english]
        stand_in = Entry("-", english=part.english, alternatives=list(part.related))
        found = set()
        for k, word in enumerate(words):
            outside = [n for n in corpus.source_lines(word) if n not in inside][:RESCORE_LINES]
            used = sum(1 for n in outside if find_rendering(stand_in, corpus.target[n]))
            if len(outside) >= UNUSED_LINES and used >= FRAGMENT_SHARE * len(outside):
                found.add(k)
        known[part.english] = frozenset(found)
        return known[part.english]

    return meant


def _head_lost(
    suggestion: Suggestion, term: str, meant: Callable[[Suggestion], frozenset[int]]
) -> bool:
    """Whether a parallel rendering of a lower-case phrase, shorter than it, is what a word
    after the head means alone and not what the head means: the modifier without its head
    (``waktu tiga``: "three"; ``usaha kecil``: "small"; ``pangsa pasar``: "market"), which
    an Indonesian noun phrase, head first, never is. The head alone may stand for the
    phrase (``gelar juara``: "title")."""
    size = len(term.split())
    if suggestion.source != "parallel" or size < 2 or not term.islower():
        return False
    if len(suggestion.english.split()) >= size:
        return False
    words = meant(suggestion)
    return bool(words) and 0 not in words


def derived_forms(english: str) -> list[str]:
    """The -ed and -ing forms of a one-word lower-case rendering that English uses: a verbal
    noun's translators often write the verb (``rencana`` "plan": "planned", "planning")."""
    from wordfreq import zipf_frequency

    word = english
    if not (word.isalpha() and word.islower() and len(word) > 2):
        return []
    if word.endswith("e"):  # move: moved, moving
        spellings = ([word + "d"], [word[:-1] + "ing"])
    elif word.endswith("y") and word[-2] not in "aeiou":  # study: studied, studying
        spellings = ([word[:-1] + "ied"], [word + "ing"])
    else:  # plan: planned, planning; visit: visited, visiting
        spellings = ([word + "ed", word + word[-1] + "ed"], [word + "ing", word + word[-1] + "ing"])
    forms = []
    for spelled in spellings:
        common = max(spelled, key=lambda f: zipf_frequency(f, "en"))
        if zipf_frequency(common, "en") >= 3.0:
            forms.append(common)
    return forms
