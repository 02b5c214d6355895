"""The ``glossary`` command line: parses options, calls the library, formats output.

Each command is a thin wrapper; the work happens in the stage modules (text, mine,
store, suggest, match, render, check, exchange). Bad input raised as
``InputError`` becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from glossary import __version__
from glossary.store import KINDS, edit, load, resolve_path, shipped_path
from glossary.text import InputError, iter_documents, write_atomic


class GlossaryGroup(click.Group):
    """A group that turns InputError into a one-line message and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as err:
            click.echo(f"glossary: error: {err}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


def glossary_in_use() -> str:
    path, origin = resolve_path(None)
    return f"{path} ({origin})"


def glossary_option(func):
    """``--glossary PATH``; the help says which glossary is used when it is left out."""
    return click.option(
        "--glossary",
        "glossary_path",
        metavar="PO",
        help="Glossary PO file. Default: $GLOSSARY_PO, else ./terms/id-en.po, else the shipped one"
        " (now: " + glossary_in_use() + ").",
    )(func)


@click.group(cls=GlossaryGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__,
    prog_name="glossary",
    message="%(prog)s %(version)s\nglossary in use: " + glossary_in_use(),
)
def cli() -> None:
    """Indonesian-to-English terminology: mine, curate, annotate, check, export."""


@cli.command("check")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--translation",
    "translations",
    multiple=True,
    metavar="TARGET",
    help="English translation, line-aligned with the SOURCE text file in the same position"
    " (repeat for several). PO and TMX sources carry their own translation.",
)
@glossary_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.option(
    "--select",
    metavar="KINDS",
    help="Comma-separated kinds to report instead of the default (all but unknown; 'all' for"
    " every kind): deprecated, mixed, unknown, mismatch, inconsistent, untranslated, segments.",
)
@click.option("--ignore", metavar="KINDS", default="", help="Comma-separated kinds to leave out.")
@click.pass_context
def check_command(ctx, sources, translations, glossary_path, output_format, select, ignore):
    """Find where a text or its translation departs from the glossary.

    Reports deprecated variants and mixed spellings in the Indonesian; with a
    translation (line-aligned files, a PO file or a TMX file), terms whose approved
    English is missing, rendered inconsistently or left in Indonesian. Exit status:
    0 no findings, 1 findings, 2 usage or input error.

    \b
    Example:
      glossary check article.id --translation article.en
      glossary check memory.tmx --format json --ignore inconsistent
    """
    from glossary import check

    selected = check.parse_kinds(select) if select else check.DEFAULT_KINDS
    kinds = selected - check.parse_kinds(ignore)
    path, _ = resolve_path(glossary_path)
    findings = check.check(sources, translations, glossary_path=path, kinds=kinds)
    formatter = check.format_json if output_format == "json" else check.format_text
    click.echo(formatter(findings), nl=False)
    ctx.exit(1 if findings else 0)


def write_output(path: str, data: str | bytes) -> None:
    """Write ``-o`` atomically; a folder that is missing or read-only is an input error."""
    try:
        write_atomic(path, data)
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["tbx", "tsv", "csv", "anki-apkg", "anki-txt"]),
    help="tbx: TBX-Basic for CAT tools; tsv: OmegaT glossary; csv: spreadsheet;"
    " anki-apkg: Anki deck (needs -o); anki-txt: Anki's text import.",
)
@click.option("-o", "--output", metavar="FILE", help="Write here (atomically), not to stdout.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(KINDS),
    help="Only entries of this kind (repeat for several).",
)
@click.option("--include-fuzzy", is_flag=True, help="Also export entries not yet reviewed.")
@glossary_option
def export_command(fmt, output, kinds, include_fuzzy, glossary_path):
    """Export the reviewed glossary for CAT tools (TBX, TSV, CSV) or Anki.

    \b
    Example:
      glossary export --format tbx -o glossary.tbx
      glossary export --format anki-apkg --kind person --kind place -o names.apkg
    """
    from glossary import exchange  # genanki is loaded only by the commands that need it

    if fmt in exchange.BINARY_FORMATS and not output:
        raise InputError(f"--format {fmt} writes a binary file: give -o FILE.apkg")
    path, _ = resolve_path(glossary_path)
    entries = exchange.select(load(path).entries, fmt, kinds, include_fuzzy)
    data = exchange.export(entries, fmt)
    if output:
        write_output(output, data)
        click.echo(f"{output}: {len(entries)} entries from {path} ({fmt})")
    else:
        click.echo(data, nl=False)


@cli.command("import")
@click.argument("file", metavar="FILE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tbx", "tsv", "csv"]),
    help="Format of FILE. Default: from its extension (.tbx; .tsv .tab .txt .utf8; .csv).",
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

    path, origin = resolve_path(glossary_path)
    if path == shipped_path():
        raise InputError(
            f"{path}: the glossary shipped with the package ({origin}) is read-only;"
            " pass --glossary PO or create ./terms/id-en.po"
        )
    imported = exchange.read_entries(file, fmt)
    source = "import:" + ("-" if file == "-" else Path(file).name)
    with edit(path, create=True) as glossary:
        report = exchange.merge_imported(glossary, imported, source)
    click.echo(
        f"{file} → {path}: {len(report.added)} new (fuzzy, origin {source}),"
        f" {len(report.filled)} filled, {report.unchanged} unchanged,"
        f" {len(report.conflicts)} conflicts"
    )
    for conflict in report.conflicts:
        click.echo(f"conflict: {conflict}")


@cli.command("flashcards")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option(
    "-o",
    "--output",
    metavar="DECK.apkg",
    help="Anki deck to write. Default: the first article's name with .apkg, here.",
)
@glossary_option
@click.pass_context
def flashcards_command(ctx, articles, output, glossary_path):
    """Make an Anki deck of the glossary terms found in ARTICLE..., in reading order.

    Each card's example is the sentence where the term first occurs in the articles.
    Exit status 1 (and no deck) when no reviewed glossary term occurs in them.

    \b
    Example:
      glossary flashcards article.txt -o article.apkg
    """
    from glossary import exchange

    path, _ = resolve_path(glossary_path)
    entries = load(path).entries
    notes = exchange.article_notes(iter_documents(articles), entries)
    if not notes:
        click.echo(f"no glossary terms from {path} in {' '.join(articles)}; no deck written")
        ctx.exit(1)
    first = Path(articles[0]).stem if articles[0] != "-" else "flashcards"
    output = output or f"{first}.apkg"
    deck_name = f"{exchange.DECK_NAME}::{first}"
    write_output(output, exchange.anki_package(notes, deck_name, exchange.deck_id_for(deck_name)))
    click.echo(f"{output}: {len(notes)} terms in reading order (deck {deck_name})")
    for number, note in enumerate(notes, 1):
        click.echo(f"{number:4}. {note.entry.term} = {note.entry.english}  ({note.source})")


@cli.command("mine")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", metavar="FILE", help="Write the candidates here, not to stdout.")
@glossary_option
@click.option(
    "--update",
    metavar="PO",
    help="Merge the candidates into this glossary (created if missing); rejected entries stay"
    " rejected.",
)
@click.option("--min-count", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--top", type=click.IntRange(min=1), help="Keep only the N best candidates.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["po", "json", "table"]),
    default="po",
    show_default=True,
)
def mine_command(paths, output, glossary_path, update, min_count, top, output_format):
    """Mine glossary candidates from Indonesian news in PATH... (files, folders, -).

    Names, acronyms and domain terms, with their variants grouped and ranked best
    first. With --glossary, candidates already in that glossary (or rejected there)
    are left out.

    \b
    Example:
      glossary mine seeds/ --top 20 --format table
      glossary mine articles/ --glossary terms/id-en.po -o terms/candidates.pot
    """
    import os

    from glossary import mine
    from glossary.store import merge
    from glossary.text import expand_paths, read_document

    files = expand_paths(paths)
    exclude = [f for e in load(glossary_path).entries for f in e.forms] if glossary_path else []

    def documents(progress):
        for name in files:
            doc = read_document(name)
            if not doc.text.strip():
                click.echo(f"glossary: note: {doc.path}: empty file, no candidates", err=True)
            yield doc
            progress(os.path.getsize(name) if name != "-" else 0)

    def run(progress):
        return mine.mine(documents(progress), min_count=min_count, top=top, exclude=exclude)

    total = sum(os.path.getsize(f) for f in files if f != "-")
    if sys.stderr.isatty() and total > 1_000_000:
        with click.progressbar(length=total, label="mining", file=sys.stderr) as bar:
            candidates = run(bar.update)
    else:
        candidates = run(lambda size: None)
    if not candidates:
        click.echo(f"glossary: note: no term occurs {min_count} times or more", err=True)
    if update:
        with edit(update, create=True) as glossary:
            report = merge(glossary, [c.to_entry() for c in candidates])
        click.echo(f"{update}: {report}", err=True)
    formatter = {"po": mine.format_pot, "json": mine.format_json, "table": mine.format_table}
    if output:
        write_output(output, formatter[output_format](candidates))
        click.echo(f"{output}: {len(candidates)} candidates", err=True)
    elif not update:
        click.echo(formatter[output_format](candidates), nl=False)


def main() -> None:
    cli(prog_name="glossary")
