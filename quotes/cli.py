"""The `quotes` command: parses options and hands the work to the library.

Exit status: 0 all records processed, 3 some records became error records,
2 usage error, 1 fatal error (no models, unwritable output, a worker died, a signal).
"""
from __future__ import annotations

import sys
from typing import NoReturn

import click

from . import batch, models
from .errors import QuotesError

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
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and which models would be used, then exit.")
def main() -> None:
    """Quotation and speaker extraction for news text.

    \b
    quotes extract data/kerry-geneva.txt      quotes of one article
    quotes extract --help                     inputs, output, exit status
    quotes download-models                    stanza's official English models
    """


@main.command("extract", help=_EXTRACT_HELP)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", "out", metavar="OUT", help="Write here instead of stdout (a directory with --dask).")
@click.option("--per-quote", is_flag=True, help="One line per quote, with doc_id, instead of one per record.")
@click.option("--models", metavar="DIR", help="stanza resources directory to load models from.")
@click.option("--jsonl", "stdin_jsonl", is_flag=True, help="Stdin holds JSONL records, not one plain text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field holding the record id.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--html-field", default="html", show_default=True,
              help="JSONL field holding HTML, used when the record has no text field.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes, each with its own models  [default: number of CPUs].")
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
@click.option("--dask", "dask_address", metavar="ADDRESS|local",
              help="Run on a Dask cluster (tcp://host:8786) or a new local one; writes OUT/part-*.jsonl.")
def extract_command(inputs: tuple[str, ...], out: str | None, per_quote: bool, models: str | None,
                    stdin_jsonl: bool, id_field: str, text_field: str, html_field: str, workers: int | None,
                    resume: bool, force: bool, max_chars: int, include_text: bool, quiet: bool, verbose: bool,
                    device: str, dask_address: str | None, explain: bool) -> None:
    settings = batch.Settings(models=models, device=device, id_field=id_field, text_field=text_field,
                              html_field=html_field, max_chars=max_chars, per_quote=per_quote,
                              include_text=include_text, explain=explain)
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


if __name__ == "__main__":
    main()
