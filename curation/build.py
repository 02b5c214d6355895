"""Build the shipped glossary (terms/id-en.po) from the reviewed sources in curation/sources/.

The seed entries (curated from seeds/ before this build) and every rejected entry stay
as a person left them; every other active entry is rebuilt from the source lists, which hold
only what a reviewer accepted. Each entry gets its evidence from the aligned corpus
(``#. evidence: 14 of 18 aligned lines``; a name no corpus line shows says so). The file
is written by glossary.store, so the store's format rules apply.

    python curation/build.py            # rebuild terms/id-en.po
    python curation/build.py --check    # parse the sources and report clashes, write nothing

Source format, one entry a line (``#`` starts a comment)::

    ## place  (section title)  case=insensitive origin=names
    Belanda ; Holland ; !Nederland = Netherlands | *Dutch | Holland @ expansion
    Inggris = Britain | *British | English % English after bahasa liga

Forms before ``=`` (the first is the msgid, ``!`` marks a deprecated form), renderings
after it (the first is the msgstr), ``@`` an acronym's expansion (the entry's kind is
then ``acronym``). A section sets the kind, and optionally the case rule and the origin
(default ``manual``). Senses (``glossary.senses``): each `` % ENGLISH after|before
WORD...`` clause is one, and a rendering marked ``*`` is a country's adjective, chosen
after a noun it qualifies (``QUALIFIED_NOUNS``: ``petenis Prancis`` = French tennis player,
``pemerintah Jerman`` = the German government; ``ke Prancis`` stays France). A
``## senses`` section adds senses to entries made elsewhere (the seed entries: ``Rusia =
*Russian``), and a rendering they lack as an alternative (``pertahanan = defensive``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "curation"))

import evidence as corpus_evidence  # noqa: E402

from glossary import lexicon, store  # noqa: E402
from glossary.senses import parse_sense  # noqa: E402
from glossary.senses import senses as parsed_senses  # noqa: E402
from glossary.store import KINDS, Entry  # noqa: E402
from glossary.text import InputError  # noqa: E402

SOURCES = ROOT / "curation" / "sources"
_SECTION = re.compile(r"##\s+(\w+)(.*)")
_OPTION = re.compile(r"(case|origin)=(\S+)")
EVIDENCE_UNIT = "aligned lines"
SENSES = "senses"  # the section that adds senses and alternatives to entries made elsewhere
# Nouns after which a country is rendered by its adjective: the word before a country in
# the aligned corpus, where the English line holds the adjective (French) at least twice as
# often as the name (France): asal 109/33, petenis 69/34, pemerintah 42/12, juara 20/3,
# klub 18/4, pegolf 16/0, (mata) uang 12/2, media 11/2, liga 11/2; and the nouns of the same
# pattern (perusahaan, tentara). Not pelatih (France coach, 4/22), timnas, striker, dari.
QUALIFIED_NOUNS = " ".join(lexicon.QUALIFIED_NOUNS)


def parse(path: Path) -> list[Entry]:
    """The entries of one source list; a malformed line is an InputError naming it."""
    entries: list[Entry] = []
    kind, case, origin = "term", "", "manual"
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        section = _SECTION.fullmatch(line)
        if section:
            kind = section.group(1)
            if kind not in KINDS and kind != SENSES:
                raise InputError(f"{where}: unknown kind {kind!r}")
            options = dict(_OPTION.findall(section.group(2)))
            case, origin = options.get("case", ""), options.get("origin", "manual")
            continue
        if not line or line.startswith("#"):
            continue
        forms_part, equals, rendering_part = line.partition(" = ")
        if not equals:
            raise InputError(f"{where}: no ' = ' between forms and English")
        rendering_part, _, expansion = rendering_part.partition(" @ ")
        rendering_part, *senses = rendering_part.split(" % ")
        forms = list(dict.fromkeys(f.strip() for f in forms_part.split(";") if f.strip()))
        renderings = list(dict.fromkeys(r.strip() for r in rendering_part.split("|") if r.strip()))
        senses = [s.strip() for s in senses]
        senses += [f"{r[1:]} after {QUALIFIED_NOUNS}" for r in renderings if r.startswith("*")]
        renderings = [r.lstrip("*") for r in renderings]
        if not forms or not renderings or forms[0].startswith("!"):
            raise InputError(f"{where}: an entry needs a msgid and an English rendering")
        entry_case = case
        if not case and forms[0][:1].islower() and any(c.isupper() for c in forms[0]):
            entry_case = "insensitive"  # gubernur Bank Indonesia: Gubernur Bank Indonesia too
        entries.append(
            Entry(
                term=forms[0],
                english=renderings[0],
                alternatives=renderings[1:],
                variants=[f for f in forms[1:] if not f.startswith("!")],
                deprecated=[f[1:] for f in forms[1:] if f.startswith("!")],
                kind="acronym" if expansion else kind,
                senses=senses,
                expansion=expansion.strip(),
                case=entry_case,
                origin=origin,
                references=[f"curation/sources/{path.name}:{number}"],
            )
        )
        try:
            if kind != SENSES:
                parsed_senses(entries[-1])
        except InputError as err:
            raise InputError(f"{where}: {err}") from None
    return entries


def is_built(entry: Entry) -> bool:
    """Made by this build from a source line (its first reference names the line)."""
    return bool(entry.references) and entry.references[0].startswith("curation/sources/")


def assemble(glossary: store.Glossary, sources: list[Entry]) -> list[str]:
    """Replace the built entries of ``glossary`` by ``sources``; the clashes, as messages.

    A source entry whose msgid is already a form of a kept entry (in any case) is left
    out; a variant that another entry owns is dropped from the source entry.
    """
    kept = [e for e in glossary.entries if e.obsolete or not is_built(e)]
    owners = {f.casefold(): e for e in kept if not e.obsolete for f in e.forms}
    messages = []
    for entry in sources:
        if entry.kind == SENSES:
            continue
        owner = owners.get(entry.term.casefold())
        if owner is not None:
            messages.append(f"{entry.references[0]}: {entry.term!r} is already {owner.term!r}")
            continue
        for name in ("variants", "deprecated"):
            forms = getattr(entry, name)
            clashes = [f for f in forms if f.casefold() in owners]
            for form in clashes:
                messages.append(
                    f"{entry.references[0]}: {name[:-1]} {form!r} of {entry.term!r}"
                    f" belongs to {owners[form.casefold()].term!r}"
                )
            setattr(entry, name, [f for f in forms if f not in clashes])
        entry.alternatives = [a for a in entry.alternatives if a != entry.english]
        kept.append(entry)
        for form in entry.forms:
            owners.setdefault(form.casefold(), entry)
    glossary.entries = kept
    for added in (e for e in sources if e.kind == SENSES):
        owner = owners.get(added.term.casefold())
        if owner is None:
            raise InputError(f"{added.references[0]}: senses for {added.term!r}, no such entry")
        owner.alternatives += [r for r in added.renderings if r not in owner.renderings]
        chosen = {parse_sense(text).english for text in added.senses}  # these replace the old
        kept_senses = [text for text in owner.senses if parse_sense(text).english not in chosen]
        owner.senses = kept_senses + added.senses
        parsed_senses(owner)
    return messages


def evidence_line(entry: Entry, found: corpus_evidence.Evidence) -> str:
    if found.lines:
        return f"{found.agreed} of {found.lines} {EVIDENCE_UNIT}"
    basis = "standard name" if entry.kind != "term" else "standard term"
    if not is_built(entry):
        basis = "seed articles"
    return f"{basis}; 0 corpus lines"


def record_evidence(glossary: store.Glossary, corpus: Path) -> None:
    active = [e for e in glossary.entries if not e.obsolete]
    found, _ = corpus_evidence.gather(active, list(corpus_evidence.corpus_pairs(corpus)))
    for entry in active:
        entry.evidence = evidence_line(entry, found[entry.key])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--glossary", default=str(ROOT / "terms" / "id-en.po"))
    parser.add_argument("--corpus", default=str(corpus_evidence.CORPUS))
    parser.add_argument("--check", action="store_true", help="report clashes, write nothing")
    args = parser.parse_args()
    try:
        sources = [e for path in sorted(SOURCES.glob("*.txt")) for e in parse(path)]
        seen: dict[str, str] = {}
        for entry in sources:
            if entry.term in seen:
                where = seen[entry.term]
                raise InputError(f"{entry.references[0]}: {entry.term!r} also at {where}")
            seen[entry.term] = entry.references[0]
        with store.edit(args.glossary) as glossary:
            for message in assemble(glossary, sources):
                print(message)
            if args.check:
                raise SystemExit(0)
            record_evidence(glossary, Path(args.corpus))
            print(f"{args.glossary}: {len(glossary.active())} active entries")
    except InputError as err:
        print(f"build: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
