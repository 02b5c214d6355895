"""Commands that use the glossary on articles: ``annotate``, ``lookup`` and ``check``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from glossary import scan
from glossary.cli.base import (
    cli,
    describe_entry,
    glossary_option,
)
from glossary.store import (
    resolve_path,
)
from glossary.text import InputError, collector_paused, printable


@cli.command("check", short_help="Check terminology in a text and its translation.")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--translation",
    "translations",
    multiple=True,
    metavar="TARGET",
    help="English translation, line-aligned with the SOURCE text file in the same position"
    " (repeat for several). PO, TMX and XLIFF sources carry their own translation.",
)
@glossary_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
)
@click.option(
    "--select",
    metavar="KINDS",
    help="Comma-separated kinds to report instead of the default (all but unknown; beside a"
    " translation also not deprecated, mixed; 'all' for every kind): deprecated, mixed,"
    " unknown, mismatch, inconsistent, untranslated, segments.",
)
@click.option("--ignore", metavar="KINDS", default="", help="Comma-separated kinds to leave out.")
@click.option(
    "--strict",
    is_flag=True,
    help="Check general terms too (as warnings), not only names,"
    " acronyms, titles and required entries.",
)
@click.option(
    "--source",
    "source_side",
    is_flag=True,
    help="Beside a translation, report the source-side kinds too (deprecated, mixed).",
)
@click.option(
    "--split",
    metavar="blank-line|MARKER",
    default="",
    help="Where an input holds several documents: a blank source line, or a source line that"
    " is exactly MARKER, starts the next (default: each input is one document).",
)
@click.option(
    "--min-severity",
    type=click.Choice(["error", "warning", "info"]),
    default="info",
    show_default=True,
    help="Report findings of this severity or more serious.",
)
@click.pass_context
def check_command(
    ctx,
    sources,
    translations,
    glossary_path,
    output_format,
    select,
    ignore,
    strict,
    source_side,
    split,
    min_severity,
):
    """Find where a text or its translation departs from the glossary.

    With a translation (line-aligned files, a PO, TMX or XLIFF file): names, acronyms,
    titles and required entries whose approved English is missing or left in Indonesian
    (errors), spellings of one rendering mixed in a document (warnings). Alone: deprecated
    variants (errors) and mixed spellings in the Indonesian. Exit status: 0 no errors
    (warnings alone included), 1 errors, 2 usage or input error.

    \b
    Example:
      glossary check article.id --translation article.en
      glossary check memory.tmx --format json --strict --min-severity warning
    """
    import gc

    from glossary import check
    from glossary.match import lasting_matcher

    selected = check.parse_kinds(select) if select else None
    ignored = check.parse_kinds(ignore)
    path, _ = resolve_path(glossary_path)
    matcher = lasting_matcher(path)
    options = {"strict": strict, "source": source_side, "split": split, "ignore": ignored}
    with collector_paused():  # a check leaves a few hundred objects in cycles, no more
        if output_format == "html":
            report = check.html_report(sources, translations, path, selected, matcher, **options)
            findings = report.findings
            text = report.html(min_severity)
        else:
            findings = check.check(
                sources, translations, path, selected, matcher=matcher, **options
            )
            formatter = check.format_json if output_format == "json" else check.format_text
            text = formatter(check.at_least(findings, min_severity))
        gc.freeze()  # what the check made lives to the end too: no pass walks it, nor at exit
    click.echo(text, nl=False)
    ctx.exit(1 if any(f.severity == "error" for f in check.at_least(findings, min_severity)) else 0)


@cli.command("annotate", short_help="Print articles with English glosses beside their terms.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@glossary_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["inline", "markdown", "html", "json"]),
    default="inline",
    show_default=True,
    help="inline: 'sanksi [sanctions]'; markdown; html: a page for the browser; json: matches.",
)
@click.option("--first-only", is_flag=True, help="Gloss only the first occurrence of each term.")
@click.option(
    "--skip-identical",
    is_flag=True,
    help="Leave out glosses that repeat the Indonesian (China [China]); json marks them.",
)
@click.option("--include-fuzzy", is_flag=True, help="Also use entries not yet reviewed.")
@click.option(
    "-o",
    "--output",
    metavar="FILE|FOLDER",
    help="Write here (atomically), not to stdout; a folder: one file per input.",
)
def annotate_command(paths, glossary_path, fmt, first_only, skip_identical, include_fuzzy, output):
    """Print an article with the approved English beside every glossary term.

    PATH is a file, a folder (its .txt and .md files, subfolders too) or - for
    standard input. Several inputs come out one after another on stdout, each
    under a line '==> PATH <==' (inline) or a heading '# PATH' (markdown); json
    is one object, each PATH → its matches. With -o FOLDER each input gets its
    own file there, named after it with the format's suffix (.txt, .md, .html,
    .json; berita/dalam/c.md from the folder berita → FOLDER/dalam/c.html);
    several html pages need -o FOLDER. When an input cannot be read, nothing
    is written.

    \b
    Example:
      glossary annotate article.txt
      glossary annotate article.txt --format html --first-only -o article.html
      glossary annotate berita/ --format html -o halaman/
    """
    from glossary import annotated, render
    from glossary.match import lasting_matcher
    from glossary.text import STDIN_NAME, Document, expand_inputs, read_bytes

    if len(paths) > 1 or any(path != "-" and Path(path).is_dir() for path in paths):
        glosses = (first_only, skip_identical)
        annotate_several(paths, glossary_path, fmt, glosses, include_fuzzy, output)
        return
    path = paths[0]
    if output and Path(output).is_dir():
        output = annotated.output_paths(expand_inputs(paths), output, fmt)[0]
    elif output and path != "-" and Path(output).resolve() == Path(path).resolve():
        raise InputError(f"{output}: would replace the input; give another -o file")
    data = read_bytes(path)
    document = Document.from_bytes(data, STDIN_NAME if path == "-" else path)
    bom = annotated.output_prefix(document, fmt)
    del data  # memory: the document holds the text
    matcher = lasting_matcher(resolve_path(glossary_path)[0], include_fuzzy)
    if len(document.text) >= render.LONG_INPUT and scan.IMPLEMENTATION == scan.PYTHON:
        click.echo(f"glossary: note: {scan.describe()}", err=True)
    pieces = render.iter_annotated(document, matcher, fmt, first_only, skip_identical)
    if not output:
        annotated.write_annotated(pieces, sys.stdout.buffer, bom)
        return
    try:
        annotated.write_annotated_file(output, pieces, bom)
    except OSError as err:
        raise InputError(f"{output}: cannot write ({err.strerror or err})") from None


def annotate_several(
    paths: tuple[str, ...],
    glossary_path: str | None,
    fmt: str,
    glosses: tuple[bool, bool],
    include_fuzzy: bool,
    output: str | None,
) -> None:
    """``annotate`` of several inputs: labelled sections on stdout, or a file each in the
    folder ``output``. Every check that can refuse comes before anything is written.
    ``glosses``: first only, skip identical."""
    from glossary import annotated
    from glossary.match import lasting_matcher
    from glossary.text import expand_inputs, read_all_or_none

    named: dict[str, str] = {}
    for file, name in expand_inputs(paths):
        named.setdefault(file, name)  # a file named twice is annotated once
    inputs = list(named.items())
    if output and Path(output).exists() and not Path(output).is_dir():
        raise InputError(f"{output}: not a folder; several inputs are written one file each")
    if not output and fmt == "html":
        raise InputError("several inputs make one html page each: give -o FOLDER")
    targets = annotated.output_paths(inputs, output, fmt) if output else []
    documents = read_all_or_none(list(named))
    matcher = lasting_matcher(resolve_path(glossary_path)[0], include_fuzzy)
    if output:
        annotated.write_each(documents, targets, matcher, fmt, *glosses)
    else:
        sections = annotated.iter_sections(documents, matcher, fmt, *glosses)
        annotated.write_annotated(sections, sys.stdout.buffer)


@cli.command("lookup", short_help="Show the entry for a word or phrase, or the nearest guesses.")
@click.argument("words", nargs=-1, required=True, metavar="WORD...")
@glossary_option
@click.pass_context
def lookup_command(ctx, words, glossary_path):
    """Show the glossary entry for each word or phrase, inflected or a variant.

    Finds sanksi-sanksinya (sanksi), Korut (Korea Utara). When nothing matches, offers
    the nearest entries, by stem and by spelling, as guesses. Exit status 1 when some
    WORD has no entry.

    \b
    Example:
      glossary lookup sanksi-sanksinya Korut "korea utara"
    """
    from glossary.match import Matcher

    matcher = Matcher.for_glossary(resolve_path(glossary_path)[0])
    missing = False
    for word in words:
        entries = matcher.lookup(word)
        if entries:
            click.echo(printable("\n".join(describe_entry(word, entry) for entry in entries)))
            continue
        missing = True
        guesses = matcher.nearest(word)
        click.echo(printable(f"{word}: no entry" + ("; guesses, not matches:" if guesses else "")))
        for guess in guesses:
            guessed = f"  ? {guess.entry.term} = {guess.entry.english}  ({guess.reason})"
            click.echo(printable(guessed))
    ctx.exit(1 if missing else 0)
