"""The `quotes` command: parses options and hands the work to the library.

Exit status: 0 all records processed, 3 some records became error records,
2 usage error, 1 fatal error (no models, unwritable output, a worker died, a signal).
"""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn, Sequence, TextIO

import click

from . import batch, claims, models
from .errors import QuotesError
from .inference import QUANTIZE_CHOICES

EXIT_OK, EXIT_FATAL, EXIT_USAGE, EXIT_RECORD_ERRORS = 0, 1, 2, 3

_EXTRACT_HELP = f"""Extract quotations and their speakers; write JSONL.

\b
INPUT is any mix of:
  FILE.txt      one document, its id the path as given
  FILE.jsonl    one record per line, with "id" and "text" fields
                (--id-field, --text-field), or "html" (--html-field)
  FILE.html     a web page; its main text is extracted (quotes[html])
  DIR           its .txt, .jsonl and .html files, recursively
  'GLOB'        e.g. 'dumps/2024-*/*.jsonl'
  - or nothing  stdin: one plain-text document ({batch.STDIN_ID}), or
                JSONL records with --jsonl

\b
Output: one line per input record, in input order:
  {{"id": ..., <the record's other fields>, "quotes": [...]}}
or, for a record that cannot be processed (invalid JSON: id FILE:LINE;
missing or non-string text; not UTF-8; over --max-chars; extraction failed):
  {{"id": ..., "error": "...", "quotes": []}}
With --per-quote: one line per quote, with "doc_id".

\b
Exit status:
  0  every record processed
  3  some records became error records (see the summary on stderr)
  2  usage error (bad option, missing input, OUT exists, OUT is an
     input, OUT is being written by another run)
  1  fatal error (no models, unwritable output, a worker died,
     interrupted by Ctrl-C, SIGTERM or SIGHUP)

\b
Examples:
  quotes extract data/kerry-geneva.txt
  cat article.txt | quotes extract
  quotes extract dump.jsonl -o quotes.jsonl --workers 4
  quotes extract dump.jsonl -o quotes.jsonl --resume   # after a crash
  quotes extract 'pages/**/*.html' -o out.jsonl --per-quote
  quotes extract 's3://bucket/dumps/*.jsonl' -o s3://bucket/out --dask tcp://scheduler:8786
"""


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"quotes: error: {message}", err=True)
    sys.exit(code)


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("quotes")
    except PackageNotFoundError:
        ver = "(not installed)"
    click.echo(f"quotes {ver}")
    try:
        click.echo(models.find_models().describe())
    except QuotesError as exc:
        click.echo(f"stanza models: none usable: {exc}")
    from .inference import bf16_in_hardware

    click.echo("--quantize auto (the default) on this CPU: "
               + ("bf16 (bfloat16 in hardware)" if bf16_in_hardware() else "none (no bfloat16 in hardware)"))
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and which models would be used, then exit.")
def main() -> None:
    """Quotation and speaker extraction for news text.

    \b
    quotes extract data/kerry-geneva.txt      quotes of one article
    quotes extract --help                     inputs, output, exit status
    quotes speakers quotes.jsonl              who is quoted across a batch output
    quotes show article.txt -o page.html      one article's quotes on a page
    quotes download-models                    stanza's official English models
    quotes index out.jsonl --db quotes.sqlite  a searchable quote index
    quotes verify "CLAIMED QUOTE" --db quotes.sqlite
    """


@main.command("extract", help=_EXTRACT_HELP)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", "out", metavar="OUT",
              help="Write here instead of stdout (- for stdout; a directory with --dask).")
@click.option("--per-quote", is_flag=True, help="One line per quote, with doc_id, instead of one per record.")
@click.option("--models", metavar="DIR", help="stanza resources directory to load models from.")
@click.option("--jsonl", "stdin_jsonl", is_flag=True, help="Stdin holds JSONL records, not one plain text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field holding the record id.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--html-field", default="html", show_default=True,
              help="JSONL field holding HTML, used when the record has no text field.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes, forked once the models are loaded  [default: number of CPUs].")
@click.option("--resume", is_flag=True, help="Continue an interrupted run: keep OUT's records, do the rest.")
@click.option("--force", is_flag=True, help="Overwrite an existing OUT.")
@click.option("--max-chars", type=click.IntRange(min=1), default=batch.DEFAULT_MAX_CHARS, show_default=True,
              help="Longer texts become error records.")
@click.option("--include-text", is_flag=True, help="Copy each record's text into its output line.")
@click.option("--explain", is_flag=True,
              help='Add to each quote a "rules" object: the named rules that made it (python -m quotes.rules).')
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary line.")
@click.option("-v", "--verbose", is_flag=True, help="Say which models and workers are used, and each error record.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
@click.option("--quantize", type=click.Choice(QUANTIZE_CHOICES), default=None,
              help="Models in lower precision on the CPU. Default auto: bf16 (both models in bfloat16, "
                   "0.7x the time) on CPUs with AVX512-BF16 or AMX, else none (float: stanza's outputs word "
                   "for word, the same quotes on every CPU); or int8, whose results vary a little with "
                   "batching: parser, or all (tagger too; less accurate). See README, Speed.")
@click.option("--dask", "dask_address", metavar="ADDRESS|local",
              help="Run on a Dask cluster (tcp://host:8786) or a new local one; writes OUT/part-*.jsonl.")
def extract_command(inputs: tuple[str, ...], out: str | None, per_quote: bool, models: str | None,
                    stdin_jsonl: bool, id_field: str, text_field: str, html_field: str, workers: int | None,
                    resume: bool, force: bool, max_chars: int, include_text: bool, quiet: bool, verbose: bool,
                    device: str, dask_address: str | None, explain: bool, quantize: str | None) -> None:
    if out == "-":  # `-o -`: stdout, as the input `-` is stdin
        out = None
    settings = batch.Settings(models=models, device=device, id_field=id_field, text_field=text_field,
                              html_field=html_field, max_chars=max_chars, per_quote=per_quote,
                              include_text=include_text, explain=explain, quantize=quantize)
    log = (lambda message: click.echo(message, err=True)) if verbose else None
    try:
        with batch.stop_on_signals():
            if dask_address is not None:
                from .dask import run_cluster

                if out is None or resume or not inputs or "-" in inputs:
                    raise batch.UsageError("--dask needs -o OUT (a directory) and INPUT files or URLs; "
                                           "it cannot --resume or read stdin")
                summary = run_cluster(dask_address, list(inputs), out, settings, workers=workers, force=force, log=log)
            else:
                summary = batch.run(inputs, out, settings, workers=workers or batch.cpu_count(), resume=resume,
                                    force=force, stdin_jsonl=stdin_jsonl,
                                    progress=not quiet and sys.stderr.isatty(), log=log)
    except batch.UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except QuotesError as exc:
        _fail(str(exc), EXIT_FATAL)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM / SIGHUP turned into batch.Interrupted
        how = exc.signal if isinstance(exc, batch.Interrupted) else "SIGINT"
        again = f"rerun the same command with --resume to complete {out}" if out and not dask_address else "rerun it"
        _fail(f"interrupted ({how}); {again}", EXIT_FATAL)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


@main.command("speakers")
@click.argument("files", nargs=-1, required=True, type=click.File("r", encoding="utf-8"), metavar="OUT.jsonl...")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: speakers, totals per kind.")
@click.option("--by", metavar="FIELD", help="Count each speaker's quotes by this record field (e.g. source).")
@click.option("--kind", type=click.Choice(["person", "organisation", "group", "unnamed"]),
              help="Only speakers of this kind.")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Show only the N most quoted.")
def speakers_command(files: tuple[TextIO, ...], as_json: bool, by: str | None, kind: str | None,
                     top: int | None) -> None:
    """Who is quoted across a batch output (`quotes extract ... -o OUT.jsonl`), most quoted first.

    \b
    Examples:
      quotes speakers quotes.jsonl
      quotes speakers quotes.jsonl --by source --kind person --top 20
      quotes speakers part-*.jsonl --json > speakers.json
    """
    from . import speakers

    result = speakers.tally((r for f in files for r in speakers.read_lines(f)), by=by, kind=kind)
    rows = result.ranked()
    if as_json:
        shown = rows if top is None else rows[:top]
        click.echo(json.dumps({"speakers": [r.to_dict(by) for r in shown], "kinds": result.kinds(rows),
                               "documents": result.documents, "quotes": result.quotes,
                               "unattributed": result.unattributed, "errors": result.errors}, ensure_ascii=False))
    else:
        click.echo(speakers.table(result, rows, by, top))


@main.command("show")
@click.argument("article", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False), metavar="PAGE.html",
              help="Write the page here instead of stdout.")
@click.option("--models", metavar="DIR", help="stanza resources directory to load models from.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True)
def show_command(article: str, out: str | None, models: str | None, device: str) -> None:
    """Write one self-contained HTML page showing an article's quotes and speakers.

    ARTICLE is a text file (UTF-8) or a web page (.html, .htm: its main text is
    extracted). Quotes are highlighted in their speaker's colour, cues
    underlined, speaker mentions outlined; hover over a quote for its details.

    \b
    Example:
      quotes show data/kerry-geneva.txt -o kerry.html
    """
    from . import page
    from .extractor import Extractor

    try:
        if out is not None and Path(out).resolve() == Path(article).resolve():
            raise batch.UsageError("the page would overwrite the article: give another -o")
        document = page.page_for_file(article, Extractor(models=models, device=device))
        if out is None:
            click.echo(document, nl=False)
        else:
            Path(out).write_text(document, encoding="utf-8")
    except batch.UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except QuotesError as exc:
        _fail(str(exc), EXIT_FATAL)
    except OSError as exc:
        _fail(f"cannot write {out}: {exc}", EXIT_FATAL)


@main.command("download-models")
@click.option("--dir", "directory", metavar="DIR",
              help="Where to put them  [default: stanza's resources directory, which quotes then uses].")
def download_models_command(directory: str | None) -> None:
    """Download stanza's official English models (more accurate than the bundled ones).

    Needs the network; fetches exactly the processors quotes uses. Models put
    elsewhere than the default are used with --models DIR or QUOTES_MODELS=DIR.
    """
    try:
        path = models.download_models(directory)
    except QuotesError as exc:
        _fail(str(exc), EXIT_FATAL)
    click.echo(f"quotes: English models are ready in {path}", err=True)


# ---------------------------------------------------------------- the quote index (quotes.index, .search, .claims)

_DB_OPTION = click.option("--db", default="quotes.sqlite", show_default=True, metavar="PATH",
                          help="The quote index (an SQLite file).")


@main.command("index")
@click.argument("inputs", nargs=-1, required=True, metavar="OUT.jsonl...")
@_DB_OPTION
@click.option("--replace", is_flag=True, help="Re-index documents whose id is already in the index.")
@click.option("--text-field", default="text", show_default=True,
              help="Field of per-document output holding the text (as given to extract).")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
@click.option("-v", "--verbose", is_flag=True, help="Name each broken line skipped.")
def index_command(inputs: tuple[str, ...], db: str, replace: bool, text_field: str, quiet: bool,
                  verbose: bool) -> None:
    """Load `quotes extract` output into a quote index for `search` and `verify`.

    \b
    OUT.jsonl is per-document or --per-quote output of `quotes extract` (- for stdin);
    with --include-text the index also keeps each quote's sentence. Error records
    and broken lines are skipped and counted; documents whose id is already
    indexed are skipped (--replace re-indexes them). Each 500 documents are one
    transaction: after a crash or Ctrl-C, rerun the same command to complete it.

    \b
    Exit status: 0 indexed; 3 some lines were broken (skipped, named with -v);
    2 usage error (no such input, --db not a quote index); 1 fatal (disk full).
    """
    from . import index

    log = (lambda message: click.echo(message, err=True)) if verbose else None
    try:
        conn = index.open_index(db, create=True)
        try:
            report = index.index_files(conn, inputs, replace=replace, log=log, text_field=text_field)
        finally:
            conn.close()
    except index.QuoteIndexError as exc:
        _fail(str(exc), EXIT_USAGE)
    except sqlite3.Error as exc:
        _fail(f"{db}: {exc}; the documents indexed so far are kept, rerun to complete", EXIT_FATAL)
    except KeyboardInterrupt:
        _fail(f"interrupted; the documents indexed so far are kept, rerun the same command to complete {db}",
              EXIT_FATAL)
    if not quiet:
        click.echo(report.line(), err=True)
    sys.exit(EXIT_RECORD_ERRORS if report.skipped_lines else EXIT_OK)


def _parse_fields(fields: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for item in fields:
        key, eq, value = item.partition("=")
        if not eq or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--field")
        parsed[key] = value
    return parsed


@main.command("search")
@click.argument("query")
@_DB_OPTION
@click.option("--speaker", metavar="NAME", help="Only quotes by a speaker going by this name.")
@click.option("--field", "fields", multiple=True, metavar="KEY=VALUE",
              help="Only documents whose field KEY is VALUE (repeatable), e.g. source=AFP.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per quote found.")
def search_command(query: str, db: str, speaker: str | None, fields: tuple[str, ...], limit: int,
                   as_json: bool) -> None:
    """Quotes holding every word and "phrase" of QUERY, best first (bm25).

    \b
    quotes search 'ceasefire "Aleppo"' --speaker Kerry --db quotes.sqlite
    quotes search 'tax*' --field source=AFP --limit 5 --json
    """
    import json

    from . import index, search

    try:
        conn = index.open_index(db)
        try:
            hits = search.search(conn, query, speaker=speaker, fields=_parse_fields(fields), limit=limit)
        finally:
            conn.close()
    except (index.QuoteIndexError, search.SearchError) as exc:
        _fail(str(exc), EXIT_USAGE)
    for n, hit in enumerate(hits, 1):
        if as_json:
            click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
            continue
        click.echo(f"{n}. {hit.speaker or '(speaker unknown)'}, {hit.doc_id}  [score {hit.score:.2f}]")
        click.echo(f"   \u201c{hit.text}\u201d")
        if hit.context and hit.context.strip() != hit.text.strip():
            click.echo(f"   in: {hit.context}")
    if not hits and not as_json:
        click.echo("quotes: no quote found", err=True)


def _show_diff(diff: Sequence[claims.WordDiff]) -> str:
    """The diff in wdiff style: [-real words-] the claim drops, {+claim words+} it adds."""
    shown = []
    for d in diff:
        shown.append(d.claim if d.op == "kept" else
                     (f"[-{d.quote}-]" if d.quote else "") + (f"{{+{d.claim}+}}" if d.claim else ""))
    return " ".join(shown)


@main.command("verify")
@click.argument("claim")
@_DB_OPTION
@click.option("--speaker", metavar="NAME", help="Who the claim is attributed to.")
@click.option("--limit", type=click.IntRange(min=1), default=claims.DEFAULT_MATCHES, show_default=True,
              help="Closest quotes to list.")
@click.option("--json", "as_json", is_flag=True, help="The result as one JSON object.")
def verify_command(claim: str, db: str, speaker: str | None, limit: int, as_json: bool) -> None:
    """Did they say CLAIM? The closest real quotes, a word diff and a verdict.

    \b
    Verdicts: verbatim, close (with differences), speaker differs, not found;
    notes say when the claim drops or adds a negation, reorders words or
    merges two quotes. Diff: [-real words-] left out, {+claim words+} added.
    quotes verify "We will raise taxes" --speaker Kerry --db quotes.sqlite
    """
    import json

    from . import index

    try:
        result = claims.verify(claim, db, speaker=speaker, limit=limit)
    except (index.QuoteIndexError, claims.VerifyError) as exc:
        _fail(str(exc), EXIT_USAGE)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    click.echo(f"verdict: {result.verdict}")
    for note in result.notes:
        click.echo(f"  - {note}")
    for part in result.parts:
        click.echo(f"source: {part.speaker or '(speaker unknown)'}, {part.doc_id}  "
                   f"[similarity {part.similarity:.2f}]")
        click.echo(f"  real:  \u201c{part.text}\u201d")
        click.echo(f"  diff:  {_show_diff(part.diff)}")
        if part.context:
            click.echo(f"  in:    {part.context}")
    if not result.parts and result.matches:
        click.echo("closest:")
        for m in result.matches:
            click.echo(f"  {m.similarity:.2f}  {m.speaker or '(speaker unknown)'}, {m.doc_id}: \u201c{m.text}\u201d")


if __name__ == "__main__":
    main()
