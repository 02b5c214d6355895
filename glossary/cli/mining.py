"""Commands that fill the glossary: ``mine`` (candidates) and ``suggest`` (English)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from glossary.cli.base import (
    cli,
    glossary_option,
    glossary_to_edit,
    progress_line,
    write_output,
)
from glossary.store import (
    edit,
    load,
)


@cli.command("mine", short_help="Mine term candidates from Indonesian articles.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", metavar="FILE", help="Write the candidates here, not to stdout.")
@click.option(
    "--glossary",
    "glossary_path",
    metavar="PO",
    help="Leave out candidates this glossary already has (msgid, variant or deprecated form)"
    " or has rejected (the msgid of a rejected entry; its variants may come back).",
)
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
    from glossary.merge import merge
    from glossary.text import expand_paths, read_document

    files = expand_paths(paths)
    known = load(glossary_path).entries if glossary_path else []
    # A rejected entry rejects its own form only: its variants may be candidates of their own.
    exclude = [f for e in known if not e.obsolete for f in e.forms]
    rejected = [e.term for e in known if e.obsolete]

    def documents(progress):
        for name in files:
            doc = read_document(name)
            if not doc.text.strip():
                click.echo(f"glossary: note: {doc.path}: empty file, no candidates", err=True)
            yield doc
            progress(os.path.getsize(name) if name != "-" else 0)

    def run(progress):
        return mine.mine(
            documents(progress), min_count=min_count, top=top, exclude=exclude, rejected=rejected
        )

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


@cli.command("suggest", short_help="Suggest English for entries that have none.")
@click.option(
    "--backend",
    "backends",
    multiple=True,
    type=click.Choice(
        [
            "dictionary",
            "parallel",
            "names",
            "reference",
            "google",
            "mymemory",
            "linguee",
            "libre",
            "deepl",
        ]
    ),
    help="Where suggestions come from (repeat for several; the first wins a tie)."
    " Default: reference, dictionary (and parallel with --parallel).",
)
@click.option(
    "--parallel",
    "parallel_files",
    nargs=2,
    multiple=True,
    metavar="SRC.id TGT.en",
    help="Line-aligned Indonesian text and its English translation (repeat for several).",
)
@click.option(
    "--memory",
    "memories",
    multiple=True,
    metavar="FILE",
    help="Translation memory (TMX, XLIFF, PO) read as parallel text (repeat for several).",
)
@click.option(
    "--reference",
    "reference_path",
    metavar="PO",
    type=click.Path(exists=True, dir_okay=False),
    help="Reviewed glossary for --backend reference (default: the shipped one).",
)
@click.option("--base-url", metavar="URL", help="LibreTranslate server for --backend libre.")
@click.option(
    "--dict-path",
    metavar="INDEX",
    help="FreeDict eng-ind dictd index (default /usr/share/dictd/freedict-eng-ind.index).",
)
@click.option("--limit", type=click.IntRange(min=1), help="Fill at most N entries (most frequent).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds to wait for an online service's answer.",
)
@glossary_option
def suggest_command(
    backends,
    parallel_files,
    memories,
    reference_path,
    base_url,
    dict_path,
    limit,
    timeout,
    glossary_path,
):
    """Fill entries that have no English with suggestions, marked fuzzy for review.

    Each filled entry gets the most confident suggestion, whatever its backend (with
    parallel text, confidence is how often its translators use the rendering), its
    origin, and every suggestion with its confidence and related forms ("also: ...").
    Online answers are cached (a rerun never asks twice); an unreachable service gives
    one warning and the other backends go on. DEEPL_API_KEY and LIBRE_API_KEY hold the
    services' keys.

    \b
    Example:
      glossary suggest --backend names --backend dictionary
      glossary suggest --parallel news.id news.en --limit 50
      glossary suggest --memory project.tmx --backend names --backend parallel
      glossary suggest --backend reference --backend names
      glossary suggest --backend libre --base-url http://localhost:5000
    """
    from glossary import suggest

    path = glossary_to_edit(glossary_path)
    aligned = parallel_files or memories
    backends = backends or ("reference", "dictionary", *(("parallel",) if aligned else ()))
    settings = suggest.Settings(
        dict_path=dict_path,
        parallel=parallel_files,
        memories=memories,
        reference=Path(reference_path) if reference_path else None,
        base_url=base_url,
        timeout=timeout,
        warn=lambda message: click.echo(f"glossary: warning: {message}", err=True),
        progress=progress_line() if sys.stderr.isatty() else None,
    )
    with edit(path) as glossary:
        report = suggest.suggest(glossary, backends, settings, limit)
    for entry, chosen in report.filled:
        click.echo(
            f"{entry.term} → {chosen.english}  [{chosen.source} {chosen.confidence:.2f}:"
            f" {chosen.evidence}]"
        )
    sources = ", ".join(f"{name} {n}" for name, n in report.by_source().most_common())
    total = len(report.filled) + len(report.unfilled)
    click.echo(
        f"{path}: {len(report.filled)} of {total} entries without English filled (fuzzy)"
        + (f": {sources}" if sources else "")
        + f"; {len(report.unfilled)} without a suggestion"
    )
