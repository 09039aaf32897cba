"""Running `quotes` past one machine on Dask (the `quotes[dask]` extra).

`extract_partition` maps a partition of records to output records, with one
Extractor per worker process; `run_bag` runs a whole job over JSONL files
(local paths, globs or any fsspec URL) and writes OUT/part-NNNNN.jsonl, whose
concatenation in name order holds the records of a local run, in input order.
"""
from __future__ import annotations

import os
import threading
import time
from typing import Any, Callable, Iterable, Sequence

from .batch import (_HTML_SUFFIXES, _TEXT_SUFFIXES, CHUNK_DOCS, ExtractorLike, Settings, Summary, UsageError,
                    _encode, _kind, cpu_count, line_to_doc, process_chunk, record_to_doc)
from .errors import QuotesError

__all__ = ["extract_partition", "run_bag", "run_cluster"]

_extractors: dict[tuple[Settings, int | None], ExtractorLike] = {}
_lock = threading.Lock()


def _extractor(settings: Settings, threads: int | None) -> ExtractorLike:
    """This worker process's extractor, loaded on first use and kept for later tasks."""
    with _lock:
        key = (settings, threads)
        if key not in _extractors:
            _extractors[key] = settings.extractor(threads)
        return _extractors[key]


def extract_partition(records: Iterable[dict[str, Any]], settings: Settings | None = None,
                      threads: int | None = None) -> list[dict[str, Any]]:
    """Output records (quotes or error records) for a partition of input records.

    Usable on any bag of dicts: `bag.map_partitions(extract_partition, settings)`.
    A record without an id keeps `null` as its id.
    """
    settings = settings or Settings()
    docs = [record_to_doc(r, None, settings) for r in records]
    extractor = _extractor(settings, threads)
    out: list[dict[str, Any]] = []
    for start in range(0, len(docs), CHUNK_DOCS):
        for output in process_chunk(extractor, docs[start:start + CHUNK_DOCS], settings):
            out.extend(output.records)
    return out


def _number(partition: Iterable[tuple[str, str]]) -> list[tuple[str, int, bytes]]:
    """(path, line number, line as read): numbers must be taken before any repartitioning.

    read_text decoded with surrogateescape; encoding back gives the file's bytes,
    so a line that is not UTF-8 gets the same error record as in a local run.
    """
    return [(path, n, line.encode("utf-8", "surrogateescape")) for n, (line, path) in enumerate(partition, 1)]


def _write_part(lines: Iterable[tuple[str, int, bytes]], url: str, settings: Settings, threads: int | None,
                storage_options: dict[str, Any]) -> tuple[int, int, int]:
    """Processes one partition into one part file; returns (documents, quotes, errors)."""
    import fsspec

    docs = [d for d in (line_to_doc(line, path, n, settings) for path, n, line in lines) if d is not None]
    extractor = _extractor(settings, threads)
    summary = Summary()
    with fsspec.open(url, "wb", **storage_options) as f:
        for start in range(0, len(docs), CHUNK_DOCS):
            for output in process_chunk(extractor, docs[start:start + CHUNK_DOCS], settings):
                f.write(_encode(output.records))
                summary.add(output.quotes, output.error)
    return summary.documents, summary.quotes, summary.errors


def _check_jsonl_inputs(urls: Sequence[str]) -> None:
    """A Dask run reads JSONL records only: a `.txt`/`.html` file or a local directory is a usage error
    (read line by line, every line would become an "invalid JSON" error record)."""
    for url in urls:
        if os.path.isdir(url):
            raise UsageError(f"--dask reads JSONL files, not directories: give {url.rstrip('/')}/*.jsonl "
                             "or run without --dask")
        kind = _kind(url.rstrip("/"))
        if kind != "jsonl" and url.lower().endswith(_TEXT_SUFFIXES + _HTML_SUFFIXES):
            raise UsageError(f"--dask reads JSONL records only, and {url} is {kind}: "
                             "run without --dask, or put the texts into JSONL records")


def run_bag(urls: str | Sequence[str], out: str, settings: Settings | None = None, *, force: bool = False,
            partitions: int | None = None, threads: int | None = None,
            storage_options: dict[str, Any] | None = None) -> Summary:
    """Runs a job on the current Dask scheduler (a `distributed.Client` if one is open).

    `urls` are JSONL files, globs or fsspec URLs (`s3://bucket/*.jsonl`); each
    file is one partition, split into `partitions` when that is more.  Error
    records carry the id PATH:LINE with PATH as fsspec reports it.
    """
    import dask.bag as db
    import fsspec
    from dask.base import compute
    from dask.delayed import delayed

    settings = settings or Settings()
    _check_jsonl_inputs([urls] if isinstance(urls, str) else urls)
    options = storage_options or {}
    fs, root = fsspec.core.url_to_fs(out, **options)
    existing = fs.glob(f"{root.rstrip('/')}/part-*.jsonl")
    if existing and not force:
        raise UsageError(f"{out} already holds part files; use --force to replace them")
    if existing:
        fs.rm(existing)
    fs.makedirs(root, exist_ok=True)
    started = time.monotonic()
    try:
        bag = db.read_text(urls, blocksize=None, include_path=True, errors="surrogateescape",
                           storage_options=options)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read {urls}: {exc}") from None
    numbered = bag.map_partitions(_number)
    if partitions and partitions > numbered.npartitions:
        numbered = numbered.repartition(npartitions=partitions)
    base = out.rstrip("/")
    tasks = [delayed(_write_part)(part, f"{base}/part-{i:05d}.jsonl", settings, threads, options)
             for i, part in enumerate(numbered.to_delayed())]
    summary = Summary()
    for documents, quotes, errors in compute(*tasks):
        summary.documents += documents
        summary.quotes += quotes
        summary.errors += errors
    summary.seconds = time.monotonic() - started
    return summary


def run_cluster(address: str, urls: Sequence[str], out: str, settings: Settings | None = None, *,
                workers: int | None = None, force: bool = False,
                log: Callable[[str], None] | None = None) -> Summary:
    """`run_bag` on the cluster at `address`, or on a new LocalCluster for "local".

    A LocalCluster gets `workers` processes (default: CPUs) with torch threads
    shared out between them; a remote cluster's workers keep their defaults.
    """
    _check_jsonl_inputs(urls)  # before any cluster starts
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise QuotesError(f"--dask needs dask.distributed ({exc}): pip install 'quotes[dask]'") from None
    if address == "local":
        n = workers or cpu_count()
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True)
        client, threads = Client(cluster), max(1, cpu_count() // n)
    else:
        try:
            client, threads, cluster = Client(address, timeout="30s"), None, None
        except OSError as exc:
            raise QuotesError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        n_workers = len(client.scheduler_info()["workers"])
        if log:
            log(f"quotes: Dask at {client.dashboard_link or address}, {n_workers} workers")
        return run_bag(urls, out, settings, force=force, partitions=2 * n_workers, threads=threads)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
