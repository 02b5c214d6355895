"""Commands that move the glossary to and from other programs: ``export``, ``import``,
``flashcards``."""

from __future__ import annotations

from pathlib import Path

import click

from glossary.cli.base import (
    cli,
    glossary_option,
    glossary_to_edit,
    kinds_option,
    write_output,
)
from glossary.store import (
    edit,
    load,
    resolve_path,
)
from glossary.text import InputError, iter_documents


@cli.command("export", short_help="Export the glossary as TBX, TSV, CSV or an Anki deck.")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["tbx", "tsv", "omegat", "csv", "anki-apkg", "anki-txt"]),
    help="tbx: TBX-Basic for CAT tools (-o also writes its XCS beside it); omegat: OmegaT"
    " glossary, save as NAME.utf8; tsv, csv: for spreadsheets; anki-apkg: Anki deck (needs -o);"
    " anki-txt: Anki's text import (note type Basic (and reversed card)).",
)
@click.option("-o", "--output", metavar="FILE", help="Write here (atomically), not to stdout.")
@kinds_option("Only entries of this kind (repeat for several).")
@click.option("--include-fuzzy", is_flag=True, help="Also export entries not yet reviewed.")
@glossary_option
def export_command(fmt, output, kinds, include_fuzzy, glossary_path):
    """Export the reviewed glossary for CAT tools (TBX, TSV, CSV) or Anki.

    \b
    Example:
      glossary export --format tbx -o glossary.tbx
      glossary export --format anki-apkg --kind person --kind place -o names.apkg
    """
    from glossary import exchange

    if fmt in exchange.BINARY_FORMATS and not output:
        raise InputError(f"--format {fmt} writes a binary file: give -o FILE.apkg")
    path, _ = resolve_path(glossary_path)
    entries = exchange.select(load(path).entries, fmt, kinds, include_fuzzy)
    if not entries:  # an empty TBX body is invalid TBX-Basic; an empty deck helps no one
        chosen = " or ".join(kinds) if kinds else "any kind"
        hint = "" if include_fuzzy else "; add --include-fuzzy for unreviewed ones"
        raise InputError(f"{path}: no reviewed entries of {chosen} to export{hint}")
    if output and Path(output).exists() and Path(output).samefile(path):
        raise InputError(f"{output}: that is the glossary being exported; write elsewhere")
    data = exchange.export(entries, fmt)
    if output:
        write_output(output, data)
        click.echo(f"{output}: {len(entries)} entries from {path} ({fmt})")
        for name, content in exchange.companions(fmt).items():
            beside = Path(output).parent / name
            if not beside.exists():
                write_output(str(beside), content)
                click.echo(f"{beside}: the XCS the file names (declares id and en)")
    else:
        click.echo(data, nl=False)


@cli.command("import", short_help="Merge a TBX, TSV or CSV glossary into the PO glossary.")
@click.argument("file", metavar="FILE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tbx", "tsv", "omegat", "csv"]),
    help="Format of FILE. Default: from its extension (.tbx; .tsv .tab; .utf8 .txt: omegat; .csv).",
)
@glossary_option
def import_command(file, fmt, glossary_path):
    """Merge a TBX, TSV or CSV glossary into the PO glossary.

    New entries come in fuzzy (to review) with origin import:FILE; reviewed and
    rejected entries are never changed; disagreements are listed as conflicts.

    \b
    Example:
      glossary import client-terms.tbx --glossary terms/id-en.po
    """
    from glossary import exchange

    path = glossary_to_edit(glossary_path)
    imported = exchange.read_entries(file, fmt)
    source = "import:" + ("-" if file == "-" else Path(file).name)
    with edit(path, create=True) as glossary:
        report = exchange.merge_imported(glossary, imported, source)
    click.echo(
        f"{file} → {path}: {len(report.added)} new (fuzzy, origin {source}),"
        f" {len(report.filled)} filled, {report.unchanged} unchanged,"
        f" {len(report.conflicts)} conflict{'' if len(report.conflicts) == 1 else 's'}"
    )
    for conflict in report.conflicts:
        click.echo(f"conflict: {conflict}")


@cli.command("flashcards", short_help="Make an Anki deck of the terms in some articles.")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-o",
    "--output",
    metavar="DECK.apkg",
    help="Anki deck to write. Default: the first article's name with .apkg, here.",
)
@click.option(
    "--include-identical",
    is_flag=True,
    help="Also make cards whose two sides are the same (Seoul = Seoul).",
)
@glossary_option
@click.pass_context
def flashcards_command(ctx, articles, output, include_identical, glossary_path):
    """Make an Anki deck of the glossary terms found in ARTICLE..., in reading order.

    Each card's example is the sentence where the term first occurs in the articles.
    Exit status 1 (and no deck) when no reviewed glossary term occurs in them.

    \b
    Example:
      glossary flashcards article.txt -o article.apkg
    """
    from glossary import exchange
    from glossary.match import Matcher

    path, _ = resolve_path(glossary_path)
    matcher = Matcher.for_glossary(path)  # reviewed entries only: a learner's deck
    first = Path(articles[0]).stem if articles[0] != "-" else "flashcards"
    deck_name = f"{exchange.DECK_NAME}::{first}"
    documents = iter_documents(articles)
    notes = exchange.article_notes(documents, matcher, deck_name, include_identical)
    if not notes:
        click.echo(f"no glossary terms from {path} in {' '.join(articles)}; no deck written")
        ctx.exit(1)
    output = output or f"{first}.apkg"
    write_output(output, exchange.anki_package(notes, deck_name, exchange.deck_id_for(deck_name)))
    click.echo(f"{output}: {len(notes)} terms in reading order (deck {deck_name})")
    for number, note in enumerate(notes, 1):
        click.echo(f"{number:4}. {note.entry.term} = {note.entry.english}  ({note.source})")
