"""The ``glossary`` command line: parses options, calls the library, formats output.

Each command is a thin wrapper; the work happens in the stage modules (text, mine,
store, suggest, match, render, check, exchange). Bad input raised as
``InputError`` becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import click

from glossary import __version__, scan
from glossary.store import (
    KINDS,
    Entry,
    edit,
    format_entry,
    load,
    require,
    resolve_path,
    shipped_path,
)
from glossary.text import InputError, iter_documents, printable, write_atomic


class GlossaryGroup(click.Group):
    """A group that turns InputError into a one-line message and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as err:
            click.echo(f"glossary: error: {printable(str(err))}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


def glossary_in_use() -> str:
    path, origin = resolve_path(None)
    return f"{path} ({origin})"


class GlossaryOption(click.Option):
    """An option whose help ends with the glossary in use, found when help is shown:
    the current folder and $GLOSSARY_PO decide it, not the moment of import."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        names, text = record
        return names, f"{text} (now: {glossary_in_use()})."


def glossary_option(func):
    """``--glossary PATH``; the help says which glossary is used when it is left out."""
    return click.option(
        "--glossary",
        "glossary_path",
        cls=GlossaryOption,
        metavar="PO",
        help="Glossary PO file. Default: $GLOSSARY_PO, else ./terms/id-en.po, else the shipped one",
    )(func)


def show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``--version``: the version and the glossary a command would use here."""
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"glossary {__version__}\nglossary in use: {glossary_in_use()}\n{scan.describe()}")
    ctx.exit()


@click.group(cls=GlossaryGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=show_version,
    help="Show the version and exit.",
)
def cli() -> None:
    """Indonesian-to-English terminology: mine, curate, annotate, check, export."""


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
    from glossary import check

    selected = check.parse_kinds(select) if select else None
    ignored = check.parse_kinds(ignore)
    path, _ = resolve_path(glossary_path)
    options = {"strict": strict, "source": source_side, "split": split, "ignore": ignored}
    if output_format == "html":
        report = check.html_report(sources, translations, path, selected, **options)
        findings = report.findings
        text = report.html(min_severity)
    else:
        findings = check.check(sources, translations, glossary_path=path, kinds=selected, **options)
        formatter = check.format_json if output_format == "json" else check.format_text
        text = formatter(check.at_least(findings, min_severity))
    click.echo(text, nl=False)
    ctx.exit(1 if any(f.severity == "error" for f in check.at_least(findings, min_severity)) else 0)


def write_output(path: str, data: str | bytes) -> None:
    """Write ``-o`` atomically; a folder that is missing or read-only is an input error."""
    try:
        write_atomic(path, data)
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None


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
    from glossary import exchange

    if fmt in exchange.BINARY_FORMATS and not output:
        raise InputError(f"--format {fmt} writes a binary file: give -o FILE.apkg")
    path, _ = resolve_path(glossary_path)
    entries = exchange.select(load(path).entries, fmt, kinds, include_fuzzy)
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
    from glossary.match import Matcher

    path, _ = resolve_path(glossary_path)
    matcher = Matcher.for_glossary(path)  # reviewed entries only: a learner's deck
    first = Path(articles[0]).stem if articles[0] != "-" else "flashcards"
    deck_name = f"{exchange.DECK_NAME}::{first}"
    notes = exchange.article_notes(iter_documents(articles), matcher, deck_name)
    if not notes:
        click.echo(f"no glossary terms from {path} in {' '.join(articles)}; no deck written")
        ctx.exit(1)
    output = output or f"{first}.apkg"
    write_output(output, exchange.anki_package(notes, deck_name, exchange.deck_id_for(deck_name)))
    click.echo(f"{output}: {len(notes)} terms in reading order (deck {deck_name})")
    for number, note in enumerate(notes, 1):
        click.echo(f"{number:4}. {note.entry.term} = {note.entry.english}  ({note.source})")


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
@click.option("--include-fuzzy", is_flag=True, help="Also use entries not yet reviewed.")
@click.option(
    "-o",
    "--output",
    metavar="FILE|FOLDER",
    help="Write here (atomically), not to stdout; a folder: one file per input.",
)
def annotate_command(paths, glossary_path, fmt, first_only, include_fuzzy, output):
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
    import gc

    from glossary import render
    from glossary.match import Matcher
    from glossary.text import STDIN_NAME, Document, expand_inputs, read_bytes

    if len(paths) > 1 or any(path != "-" and Path(path).is_dir() for path in paths):
        annotate_several(paths, glossary_path, fmt, first_only, include_fuzzy, output)
        return
    path = paths[0]
    if output and Path(output).is_dir():
        output = render.output_paths(expand_inputs(paths), output, fmt)[0]
    elif output and path != "-" and Path(output).resolve() == Path(path).resolve():
        raise InputError(f"{output}: would replace the input; give another -o file")
    data = read_bytes(path)
    document = Document.from_bytes(data, STDIN_NAME if path == "-" else path)
    bom = render.output_prefix(document, fmt)
    del data  # memory: the document holds the text
    matcher = Matcher.for_glossary(resolve_path(glossary_path)[0], include_fuzzy)
    gc.freeze()  # the compiled glossary lives to the end: the collector need not walk it
    if len(document.text) >= render.LONG_INPUT and scan.IMPLEMENTATION == scan.PYTHON:
        click.echo(f"glossary: note: {scan.describe()}", err=True)
    pieces = render.iter_annotated(document, matcher, fmt, first_only)
    if not output:
        render.write_annotated(pieces, sys.stdout.buffer, bom)
        return
    try:
        render.write_annotated_file(output, pieces, bom)
    except OSError as err:
        raise InputError(f"{output}: cannot write ({err.strerror or err})") from None


def annotate_several(
    paths: tuple[str, ...],
    glossary_path: str | None,
    fmt: str,
    first_only: bool,
    include_fuzzy: bool,
    output: str | None,
) -> None:
    """``annotate`` of several inputs: labelled sections on stdout, or a file each in the
    folder ``output``. Every check that can refuse comes before anything is written."""
    import gc

    from glossary import render
    from glossary.match import Matcher
    from glossary.text import expand_inputs, read_all_or_none

    named: dict[str, str] = {}
    for file, name in expand_inputs(paths):
        named.setdefault(file, name)  # a file named twice is annotated once
    inputs = list(named.items())
    if output and Path(output).exists() and not Path(output).is_dir():
        raise InputError(f"{output}: not a folder; several inputs are written one file each")
    if not output and fmt == "html":
        raise InputError("several inputs make one html page each: give -o FOLDER")
    targets = render.output_paths(inputs, output, fmt) if output else []
    documents = read_all_or_none(list(named))
    matcher = Matcher.for_glossary(resolve_path(glossary_path)[0], include_fuzzy)
    gc.freeze()  # as for one input
    if output:
        render.write_each(documents, targets, matcher, fmt, first_only)
    else:
        sections = render.iter_sections(documents, matcher, fmt, first_only)
        render.write_annotated(sections, sys.stdout.buffer)


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


def describe_entry(word: str, entry: Entry) -> str:
    """An entry as lookup prints it: the English, kind, variants and example."""
    head = word if word == entry.term else f"{word} → {entry.term}"
    lines = [f"{head} = {entry.english}"]
    details = [f"kind: {entry.kind}"]
    for label, values in (
        ("alternatives", entry.alternatives),
        ("variants", entry.variants),
        ("deprecated", entry.deprecated),
    ):
        if values:
            details.append(f"{label}: {', '.join(values)}")
    lines.append("  " + " · ".join(details))
    if entry.example:
        source = f" ({entry.example_source})" if entry.example_source else ""
        lines.append(f"  example: {entry.example}{source}")
    return "\n".join(lines)


def glossary_to_edit(glossary_path: str | None) -> Path:
    """The glossary a writing command changes; the copy inside the package is read-only."""
    path, _ = resolve_path(glossary_path)
    if not glossary_path and path == shipped_path():  # asked for by name: the user's choice
        raise InputError(
            f"{path}: the glossary shipped with the package is read-only;"
            " pass --glossary PO or create ./terms/id-en.po"
        )
    return path


def context_option(func):
    return click.option(
        "--context", metavar="MSGCTXT", help="The sense (msgctxt) of a term that has several."
    )(func)


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


@cli.command("approve", short_help="Mark entries' English as reviewed.")
@click.argument("terms", nargs=-1, required=True, metavar="TERM...")
@context_option
@glossary_option
def approve_command(terms, context, glossary_path):
    """Mark the English of each TERM as reviewed (clears fuzzy).

    Nothing is saved unless every TERM can be approved.

    \b
    Example:
      glossary approve "Korea Utara" "rudal balistik"
    """
    from glossary import review

    path = glossary_to_edit(glossary_path)
    with edit(path) as glossary:
        entries = [review.entry_to_change(glossary, term, path, context) for term in terms]
        for entry in entries:
            review.approve(entry, path)
    for entry in entries:
        click.echo(printable(f"{path}: approved {entry.term} = {entry.english}"))


@cli.command("reject", short_help="Reject entries (kept obsolete so mining skips them).")
@click.argument("terms", nargs=-1, required=True, metavar="TERM...")
@context_option
@glossary_option
def reject_command(terms, context, glossary_path):
    """Reject each TERM: it becomes obsolete (#~) so that mining never brings it back.

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
        done = "was already rejected" if was_rejected else "rejected (obsolete)"
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
      a    accept the English shown (or the first suggestion)
      1-9  take that suggestion
      e    edit the English shown: ENGLISH | ALTERNATIVE | ...
      s    skip for this session
      r    reject: the entry becomes obsolete, mining never brings it back
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
    )


@cli.command("mine", short_help="Mine term candidates from Indonesian articles.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--output", metavar="FILE", help="Write the candidates here, not to stdout.")
@click.option(
    "--glossary",
    "glossary_path",
    metavar="PO",
    help="Leave out candidates this glossary already has (msgid, variant or deprecated form)"
    " or has rejected (the msgid of an obsolete entry; its variants may come back).",
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
    from glossary.store import merge
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
        ["dictionary", "parallel", "names", "google", "mymemory", "linguee", "libre", "deepl"]
    ),
    help="Where suggestions come from (repeat for several; the first wins a tie)."
    " Default: dictionary (and parallel with --parallel).",
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
    help="Translation memory (TMX, PO) read as parallel text (repeat for several).",
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
    backends, parallel_files, memories, base_url, dict_path, limit, timeout, glossary_path
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
      glossary suggest --backend libre --base-url http://localhost:5000
    """
    from glossary import suggest

    path = glossary_to_edit(glossary_path)
    aligned = parallel_files or memories
    backends = backends or (("dictionary", "parallel") if aligned else ("dictionary",))
    settings = suggest.Settings(
        dict_path=dict_path,
        parallel=parallel_files,
        memories=memories,
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


def progress_line():
    """``suggest: dictionary 120/500`` on one line of the terminal, at most ten times a second."""
    import time

    shown = [0.0]

    def show(backend: str, done: int, total: int) -> None:
        if done == total or time.monotonic() - shown[0] > 0.1:
            shown[0] = time.monotonic()
            click.echo(f"\rsuggest: {backend} {done}/{total}", err=True, nl=done == total)

    return show


def show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Library warnings (e.g. a CP1252 input) as one ``glossary: warning:`` line on stderr."""
    click.echo(f"glossary: warning: {message}", err=True)


def main() -> None:
    warnings.showwarning = show_warning
    cli(prog_name="glossary")
