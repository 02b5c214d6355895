"""Commands of the person who curates the glossary: ``init``, ``set``, ``approve``, ``reject``,
``add``, ``edit``, ``show``, ``review``."""

from __future__ import annotations

import contextlib
import shlex
from pathlib import Path

import click

from glossary.cli.base import (
    cli,
    context_option,
    describe_entry,
    glossary_option,
    glossary_to_edit,
    kinds_option,
)
from glossary.store import (
    KINDS,
    PROJECT_GLOSSARY,
    Entry,
    edit,
    format_entry,
    load,
    require,
    resolve_path,
)
from glossary.text import InputError, printable


@cli.command("init", short_help="Start your own glossary (empty, or a copy of the shipped one).")
@click.argument("path", default=str(PROJECT_GLOSSARY), metavar="[PATH]")
@click.option(
    "--from-shipped",
    is_flag=True,
    help="Start from a copy of the shipped glossary (every entry reviewed), to extend.",
)
def init_command(path, from_shipped):
    """Start a glossary at PATH (default terms/id-en.po, which commands run here use).

    Empty, with the house-style lines of the shipped glossary's header to edit, or with
    --from-shipped a copy of the shipped glossary to extend. An existing file is never
    overwritten.

    \b
    Example:
      glossary init
      glossary init --from-shipped my-glossary.po
    """
    from glossary.review import start

    glossary = start.start(path, from_shipped)
    if from_shipped:
        made = f"a copy of the shipped glossary ({len(glossary.entries)} entries)"
    else:
        made = "an empty glossary; its header holds the shipped house style, edit it to yours"
    click.echo(printable(f"{path}: {made}"))
    in_use, origin = resolve_path(None)
    quoted = shlex.quote(path)
    option = ""
    if Path(path).resolve() != in_use.resolve():
        option = f" --glossary {quoted}"
        why = "$GLOSSARY_PO names another" if origin.startswith("$") else "not ./terms/id-en.po"
        click.echo(f"other commands need{option} ({why}), or export GLOSSARY_PO={quoted}")
    click.echo(f"next: glossary mine ARTICLE... --update {quoted}")
    click.echo(f"then: glossary suggest{option}; glossary review{option}")


@cli.command("set", short_help="Give a term its English and mark it reviewed.")
@click.argument("term")
@click.argument("english")
@context_option
@glossary_option
def set_command(term, english, context, glossary_path):
    """Give TERM its ENGLISH and mark it reviewed.

    TERM is the entry's msgid (any case). A rejected entry comes back.

    \b
    Example:
      glossary set "pertemuan puncak" summit
    """
    from glossary import review

    path = glossary_to_edit(glossary_path)
    english = review.clean(english, "ENGLISH")
    with edit(path) as glossary:
        entry = review.entry_to_change(glossary, term, path, context)
        review.set_english(entry, english)
    click.echo(printable(f"{path}: {entry.term} = {entry.english} (reviewed)"))


@cli.command("approve", short_help="Mark entries' English as reviewed (one by one or --all).")
@click.argument("terms", nargs=-1, metavar="TERM...")
@click.option("--all", "every", is_flag=True, help="Every entry still to review that has English.")
@click.option(
    "--origin",
    "origins",
    multiple=True,
    metavar="BACKEND",
    help="With --all: only English from this origin (names, parallel, dictionary, online,"
    " online:google, import...; repeat for several).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    help="With --all: only English a suggestion gave with at least this confidence.",
)
@kinds_option("With --all: only entries of this kind (repeat for several).")
@click.option("--dry-run", is_flag=True, help="Say what would be approved; save nothing.")
@context_option
@glossary_option
def approve_command(terms, every, origins, min_confidence, kinds, dry_run, context, glossary_path):
    """Mark the English of each TERM as reviewed (clears fuzzy), or of --all entries.

    The related forms of the suggestion the English came from (Israeli beside Israel)
    become alternatives. Nothing is saved unless every TERM can be approved.

    \b
    Example:
      glossary approve "Korea Utara" "rudal balistik"
      glossary approve --all --origin names --min-confidence 0.8 --dry-run
    """
    from glossary import review

    filters = {"--origin": origins, "--min-confidence": min_confidence, "--kind": kinds}
    given = [name for name, value in filters.items() if value]
    if every and terms:
        raise InputError("give TERM... or --all, not both")
    if not every and not terms:
        raise InputError("name the TERM... to approve, or --all (with --origin, --kind...)")
    if given and not every:
        raise InputError(f"{given[0]} selects entries for --all; TERM... names them already")
    if every and context is not None:
        raise InputError("--context names the sense of a TERM; --all takes every sense")
    path = glossary_to_edit(glossary_path)
    # A dry run decides on the glossary in memory and never saves it.
    with contextlib.nullcontext(load(path)) if dry_run else edit(path) as glossary:
        if every:
            entries = review.approvable(glossary, origins, min_confidence, kinds)
        else:
            entries = [review.entry_to_change(glossary, term, path, context) for term in terms]
        sure = [review.confidence(entry) for entry in entries]
        for entry in entries:
            review.approve(entry, path)
    if every:
        left = len(review.pending(glossary))
        click.echo(printable(approval_report(path, entries, sure, left, dry_run)))
        return
    done = "would approve" if dry_run else "approved"
    for entry in entries:
        click.echo(printable(f"{path}: {done} {entry.term} = {entry.english}"))


APPROVALS_LISTED = 10


def approval_report(
    path: Path, entries: list[Entry], sure: list[float | None], left: int, dry_run: bool
) -> str:
    """What ``approve --all`` did: how many, from which origins, the first few, what is left."""
    from collections import Counter

    if not entries:
        return f"{path}: no entry to approve with these filters; {left} left to review"
    origins = Counter(entry.origin or "no origin" for entry in entries).most_common()
    by_origin = ", ".join(f"{origin} {n}" for origin, n in origins)
    done = "would approve" if dry_run else "approved"
    plural = "entry" if len(entries) == 1 else "entries"
    lines = [f"{path}: {done} {len(entries)} {plural} ({by_origin}); {left} left to review"]
    for entry, confidence in list(zip(entries, sure, strict=True))[:APPROVALS_LISTED]:
        how = (entry.origin or "no origin") + (f" {confidence:.2f}" if confidence else "")
        also = f"; also {', '.join(entry.alternatives)}" if entry.alternatives else ""
        lines.append(f"  {entry.term} = {entry.english}  ({how}{also})")
    if len(entries) > APPROVALS_LISTED:
        lines.append(f"  ... and {len(entries) - APPROVALS_LISTED} more")
    if dry_run:
        lines.append("nothing saved (--dry-run)")
    return "\n".join(lines)


@cli.command("reject", short_help="Reject entries (kept, marked rejected, so mining skips them).")
@click.argument("terms", nargs=-1, required=True, metavar="TERM...")
@context_option
@glossary_option
def reject_command(terms, context, glossary_path):
    """Reject each TERM: it stays in the file, marked '# rejected: yes', so that mining
    never brings it back (glossary set or add brings it back by hand).

    \b
    Example:
      glossary reject "mengatakan" "pada Selasa"
    """
    from glossary import review

    path = glossary_to_edit(glossary_path)
    with edit(path) as glossary:
        entries = [review.entry_to_change(glossary, term, path, context) for term in terms]
        already = [entry.obsolete for entry in entries]
        for entry in entries:
            review.reject(entry)
    for entry, was_rejected in zip(entries, already, strict=True):
        done = "was already rejected" if was_rejected else "rejected (kept: mining skips it)"
        click.echo(printable(f"{path}: {entry.term} {done}"))


@cli.command("add", short_help="Add a reviewed entry.")
@click.argument("term")
@click.argument("english")
@click.option("--kind", type=click.Choice(KINDS), default="term", show_default=True)
@click.option("--variant", "variants", multiple=True, help="Accepted Indonesian variant.")
@click.option("--deprecated", multiple=True, help="Indonesian form the house style rejects.")
@click.option("--alternative", "alternatives", multiple=True, help="Accepted English rendering.")
@click.option("--expansion", default="", help="What the acronym stands for.")
@click.option("--note", default="", help="Free text for translators.")
@context_option
@glossary_option
def add_command(
    term, english, kind, variants, deprecated, alternatives, expansion, note, context, glossary_path
):
    """Add a reviewed entry (the glossary file is created if it does not exist).

    Repeat --variant, --deprecated and --alternative for several.

    \b
    Example:
      glossary add "Korea Utara" "North Korea" --kind place --variant Korut
      glossary add Tiongkok China --kind place --deprecated Cina --alternative Chinese
    """
    from glossary import review

    path = glossary_to_edit(glossary_path)
    entry = review.new_entry(
        term,
        english,
        context=context or "",
        kind=kind,
        variants=variants,
        deprecated=deprecated,
        alternatives=alternatives,
        expansion=expansion,
        note=note,
    )
    with edit(path, create=True) as glossary:
        revived = review.add(glossary, entry, path)
    done = "replaces the rejected entry" if revived else "added"
    click.echo(printable(f"{path}: {entry.term} = {entry.english} ({entry.kind}) {done}"))


@cli.command("edit", short_help="Change an entry's forms, kind, note or alternatives.")
@click.argument("term")
@click.option("--rename", metavar="FORM", help="Make FORM the msgid; the old one stays a variant.")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--note", help="Replace the translator note ('' clears it).")
@click.option("--expansion", help="What the acronym stands for.")
@click.option("--case", type=click.Choice(["sensitive", "insensitive", "auto"]), help="Matching.")
@click.option("--variant", "add_variants", multiple=True, help="Add an accepted variant.")
@click.option("--no-variant", "remove_variants", multiple=True, help="Remove a variant.")
@click.option("--deprecated", "add_deprecated", multiple=True, help="Add a deprecated form.")
@click.option("--no-deprecated", "remove_deprecated", multiple=True, help="Remove one.")
@click.option("--alternative", "add_alternatives", multiple=True, help="Add an English one.")
@click.option("--no-alternative", "remove_alternatives", multiple=True, help="Remove one.")
@click.option(
    "--required/--no-required",
    default=None,
    help="Whether check holds every translation to this entry's English (one rendering).",
)
@context_option
@glossary_option
def edit_command(term, rename, kind, note, expansion, case, context, glossary_path, **lists):
    """Change an entry's forms, kind, note, expansion, case rule or English alternatives.

    The review state is kept: use set or approve for the English. Options repeat.

    \b
    Example:
      glossary edit "Kim Jong-un" --rename "Kim Jong Un" --no-variant Kim
      glossary edit Tiongkok --deprecated Cina --alternative Chinese --kind place
    """
    from glossary import review

    path = glossary_to_edit(glossary_path)
    plain = {"kind": kind, "note": note, "expansion": expansion}
    fields: dict[str, str | bool] = {
        name: " ".join(value.split()) for name, value in plain.items() if value is not None
    }
    if case is not None:
        fields["case"] = "" if case == "auto" else case
    required = lists.pop("required")
    if required is not None:
        fields["required"] = required
    added = {name: list(lists[f"add_{name}"]) for name in review.LIST_FIELDS}
    removed = {name: list(lists[f"remove_{name}"]) for name in review.LIST_FIELDS}
    with edit(path) as glossary:
        entry = review.entry_to_change(glossary, term, path, context)
        review.amend(
            glossary, entry, path, rename=rename or "", fields=fields, added=added, removed=removed
        )
    click.echo(printable(f"{path}: edited"))
    click.echo(printable(describe_entry(entry.term, entry)))


@cli.command("show", short_help="Show every field of an entry.")
@click.argument("term")
@click.option("--po", is_flag=True, help="Print the entry as it is in the PO file.")
@context_option
@glossary_option
def show_command(term, po, context, glossary_path):
    """Show every field of the entry for TERM (its msgid, a variant or a deprecated form).

    \b
    Example:
      glossary show Korut
      glossary show "Korea Utara" --po
    """
    from glossary import review

    path, _ = resolve_path(glossary_path)
    found = require(load(path), term, path, context)
    click.echo(printable("\n\n".join(format_entry(e) if po else review.describe(e) for e in found)))


@cli.command("review", short_help="Review unreviewed entries one key press at a time.")
@glossary_option
def review_command(glossary_path):
    """Review fuzzy and untranslated entries one at a time, best candidates first.

    Each decision is saved at once: quit any time and run it again to go on.
    Entries skipped in a session are offered again in the next one.

    \b
    Keys:
      a    accept the English shown (or suggestion 1), with the forms it keeps
      1-9  take that suggestion, with the forms it keeps (Israeli beside Israel)
      e    edit the English shown: ENGLISH | ALTERNATIVE | ...
      s    skip for this session
      r    reject: the entry stays, marked rejected; mining never brings it back
      d    a deprecated variant of another entry (asks which)
      u    undo the last decision
      q    quit (so does end of input)

    \b
    Example:
      glossary review --glossary terms/id-en.po
    """
    from glossary import review

    path = glossary_to_edit(glossary_path)
    session = review.Session(path)
    review.interact(session)
    saved = sum(1 for d in session.history if d.before)
    left = session.left()
    click.echo(
        f"\n{path}: {saved} decision{'s' if saved != 1 else ''} saved;"
        f" {left} entr{'ies' if left != 1 else 'y'} left to review"
        + ("; run glossary review again to go on" if left else "")
        + (
            f"\nnothing to review: glossary mine ARTICLE... --update {shlex.quote(str(path))}"
            " brings new candidates"
            if not left and not session.history
            else ""
        )
    )
