"""The batch job behind `quotes extract`: many inputs in, one output line per record out.

Built so that a night's run never loses data: every input record yields exactly
one output line (its quotes or an error record), lines are written whole and
flushed in input order, and `resume` picks up after a crash.  Memory stays flat:
inputs are read lazily and only a bounded number of chunks is in flight.
"""
from __future__ import annotations

import contextlib
import fnmatch
import glob
import json
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Generator, Iterable, Iterator, NamedTuple, Protocol, Sequence

from .errors import QuotesError
from .memory import release_free_memory
from .models import find_models
from .records import QUOTE_FIELDS, Quote

__all__ = [
    "DEFAULT_MAX_CHARS", "CHUNK_DOCS", "STDIN_ID", "UsageError", "Settings", "Doc", "Output", "Summary",
    "Interrupted", "STOP_SIGNALS", "stop_on_signals", "LOCK_SUFFIX", "ExtractorLike", "make_extractor", "cpu_count", "expand_inputs", "read_docs", "record_to_doc",
    "line_to_doc", "count_docs", "count_tasks", "THREADS_PER_WORKER", "process_chunk", "run",
]

DEFAULT_MAX_CHARS = 2_000_000
# Torch threads per worker process, with one worker per CPU by default: extra threads give little on an
# idle machine and, beside another busy process, slow a worker ten- to twentyfold (see README, Speed).
THREADS_PER_WORKER = 1
CHUNK_DOCS = 8  # documents per task: parser batches this big cost ~15% less than 4's
TAIL_CHUNKS = 2  # near the end of a job of known length, chunks shrink to leave each worker about this many
STDIN_ID = "<stdin>"
_TEXT_SUFFIXES = (".txt",)
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_HTML_SUFFIXES = (".html", ".htm")
_INPUT_SUFFIXES = _TEXT_SUFFIXES + _JSONL_SUFFIXES + _HTML_SUFFIXES


class UsageError(QuotesError):
    """Options or inputs that cannot work together; the CLI exits with status 2."""


class Interrupted(KeyboardInterrupt):
    """The job was stopped by a signal (SIGINT, SIGTERM or SIGHUP); OUT holds whole lines for --resume."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signal = signal.Signals(signum).name


STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within this block, SIGTERM and SIGHUP stop the job as Ctrl-C (SIGINT) does: `Interrupted` is
    raised in the main thread, so every `finally` runs (output flushed, workers ended, lock released).
    The previous handlers come back afterwards; outside the main thread this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: Any) -> None:
        raise Interrupted(signum)

    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class ExtractorLike(Protocol):
    def extract(self, text: str) -> list[Quote]: ...

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Quote]]: ...


def make_extractor(models: str | None, device: str, threads: int | None, quantize: str | None = None) -> ExtractorLike:
    """The real extractor, imported here so that `quotes --help` never loads torch."""
    from .extractor import Extractor

    return Extractor(models=models, device=device, threads=threads, quantize=quantize)


@dataclass(frozen=True)
class Settings:
    """What to extract and how to shape output records; pickled to every worker.

    `factory` builds the extractor in each worker (default: `make_extractor`);
    with several workers it must be importable by name.
    """

    models: str | None = None
    device: str = "auto"
    id_field: str = "id"
    text_field: str = "text"
    html_field: str = "html"
    max_chars: int = DEFAULT_MAX_CHARS
    per_quote: bool = False
    include_text: bool = False
    explain: bool = False   # each quote's "rules" object in the output (Quote.to_dict(explain=True))
    factory: Callable[[str | None, str, int | None], ExtractorLike] | None = None
    quantize: str | None = None  # the real extractor's `quantize` (None: its default)

    def extractor(self, threads: int | None) -> ExtractorLike:
        if self.factory is not None:
            return self.factory(self.models, self.device, threads)
        if self.quantize is None:
            return make_extractor(self.models, self.device, threads)
        return make_extractor(self.models, self.device, threads, quantize=self.quantize)


@dataclass
class Doc:
    """One input record on its way through a worker.

    `fields` are the output fields other than quotes (id first, then the
    record's other fields); exactly one of `text`, `html`, `error` is set.
    """

    id: Any
    fields: dict[str, Any]
    text: str | None = None
    html: str | bytes | None = None
    error: str | None = None
    keep_text: bool = False


class Output(NamedTuple):
    """The output records of one document: one line, or one per quote with --per-quote."""

    records: list[dict[str, Any]]
    quotes: int
    error: str | None


@dataclass
class Summary:
    documents: int = 0
    quotes: int = 0
    errors: int = 0
    skipped: int = 0
    skipped_errors: int = 0  # error records written by the interrupted run that --resume continues
    seconds: float = 0.0

    def add(self, quotes: int, error: str | None) -> None:
        self.documents += 1
        self.quotes += quotes
        self.errors += error is not None

    @property
    def exit_code(self) -> int:
        """0 when every record was processed, 3 when some became error records (in this run or the resumed one)."""
        return 3 if self.errors or self.skipped_errors else 0

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        text = (f"quotes: {self.documents} documents, {self.quotes} quotes, {self.errors} errors, "
                f"{rate:.2f} docs/s ({self.seconds:.1f} s)")
        if self.skipped:
            text += f"; {self.skipped} already in the output ({self.skipped_errors} errors), skipped"
        return text


def cpu_count() -> int:
    """CPUs this process may use (respects affinity masks and container limits)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Source:
    kind: str  # "text", "jsonl" or "html"
    path: str  # as given or as found; "-" for stdin


def _kind(path: str) -> str:
    lower = path.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(_HTML_SUFFIXES):
        return "html"
    return "text"


def expand_inputs(inputs: Sequence[str], stdin_jsonl: bool = False,
                  log: Callable[[str], None] | None = None) -> list[Source]:
    """Files, directories (their .txt/.jsonl/.html files, recursively, sorted) and globs.

    Checked before any work starts, so a typo fails fast with a usage error, and
    so does an input that yields no file.  Each real file is read once, whatever
    paths reach it: symbolic links that loop back, or point at a file already
    found, are skipped (and named through `log`).
    """
    if not inputs:
        inputs = ["-"]
    sources: list[Source] = []
    seen: dict[tuple[int, int], str] = {}

    def add(paths: Iterable[str], given: str) -> None:
        matched = False
        for path in paths:
            matched = True
            try:
                st = os.stat(path)
            except OSError:
                sources.append(Source(_kind(path), path))  # reading it gives its error record
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                if log:
                    log(f"quotes: skipped {path}: the same file as {seen[key]}")
                continue
            seen[key] = path
            sources.append(Source(_kind(path), path))
        if not matched:
            raise UsageError(f"{given!r} holds no .txt, .jsonl or .html file" if os.path.isdir(given)
                             else f"no file matches {given!r}")

    for given in inputs:
        if given == "-":
            sources.append(Source("jsonl" if stdin_jsonl else "text", "-"))
        elif os.path.isdir(given):
            add(_walk(given, given, lambda names: names[-1].lower().endswith(_INPUT_SUFFIXES), log), given)
        elif os.path.exists(given):
            add([given], given)
        elif glob.has_magic(given):
            add(_glob(given, log), given)
        else:
            raise UsageError(f"no such file or directory: {given!r}")
    if sum(s.path == "-" for s in sources) > 1:
        raise UsageError("stdin ('-') can be read only once")
    return sources


def _glob(pattern: str, log: Callable[[str], None] | None) -> list[str]:
    """The files a glob matches, sorted, as `glob.glob(pattern, recursive=True)` names them; a `**`
    pattern is walked without going round symbolic-link loops (`glob.glob` follows `sub/up -> ..`
    until the path is too long, finding one file dozens of times)."""
    parts = pattern.split(os.sep)
    if "**" not in parts:
        return sorted(p for p in glob.glob(pattern) if os.path.isfile(p))
    fixed = 0
    while not glob.has_magic(parts[fixed]):
        fixed += 1
    prefix = os.sep.join(parts[:fixed])
    root = prefix or (os.sep if pattern.startswith(os.sep) else os.curdir)
    names_from = prefix or (os.sep if pattern.startswith(os.sep) else "")  # as glob.glob names them
    return _walk(root, names_from, lambda names: _matches(names, parts[fixed:]), log)


def _walk(root: str, prefix: str, keep: Callable[[list[str]], bool], log: Callable[[str], None] | None) -> list[str]:
    """Files under `root` whose path components below it pass `keep`, named `prefix/...`, sorted.

    Symbolic links to directories are followed, but each real directory is entered
    once: a link back into the tree is skipped and named through `log`.
    """
    entered: dict[tuple[int, int], str] = {}
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in entered:
            if log:
                log(f"quotes: skipped {dirpath}: the directory already read as {entered[key]}")
            dirnames[:] = []
            continue
        entered[key] = dirpath
        rel = os.path.relpath(dirpath, root)
        below = [] if rel == os.curdir else rel.split(os.sep)
        found.extend(os.path.join(prefix, *below, name) for name in filenames if keep(below + [name]))
    return sorted(p for p in found if os.path.isfile(p))


def _matches(names: list[str], pattern: list[str]) -> bool:
    """Whether path components match glob components as `glob.glob(recursive=True)` matches them:
    `**` stands for zero or more directories, and a wildcard never matches a name starting with a dot.

    >>> _matches(["a", "b", "x.txt"], ["**", "*.txt"]), _matches([".git", "x.txt"], ["**", "*.txt"])
    (True, False)
    """
    if not pattern:
        return not names
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_matches(names[i:], rest) for i in range(len(names) + 1)
                   if not any(n.startswith(".") for n in names[:i]))
    if not names or (names[0].startswith(".") and not head.startswith(".")):
        return False
    return fnmatch.fnmatchcase(names[0], head) and _matches(names[1:], rest)


def _error(doc_id: Any, message: str, fields: dict[str, Any] | None = None) -> Doc:
    return Doc(doc_id, fields if fields is not None else {"id": doc_id}, error=message)


def _too_long(n: int, settings: Settings) -> str:
    return f"text is {n} characters, over --max-chars {settings.max_chars}"


def record_to_doc(record: Any, fallback_id: Any, settings: Settings) -> Doc:
    """A parsed JSONL record as a Doc; a record without an id gets `fallback_id` (FILE:LINE)."""
    if not isinstance(record, dict):
        return _error(fallback_id, f"record is a JSON {type(record).__name__}, not an object")
    doc_id = record.get(settings.id_field)
    if doc_id is None:
        doc_id = fallback_id
    fields: dict[str, Any] = {"id": doc_id}
    fields.update((k, v) for k, v in record.items()
                  if k not in (settings.text_field, settings.html_field, "id"))
    text = record.get(settings.text_field)
    if text is None and record.get(settings.html_field) is not None:
        html = record[settings.html_field]
        if not isinstance(html, str):
            return _error(doc_id, f"field {settings.html_field!r} is {type(html).__name__}, not a string", fields)
        if len(html) > settings.max_chars:
            return _error(doc_id, _too_long(len(html), settings), fields)
        return Doc(doc_id, fields, html=html, keep_text=True)
    if text is None and settings.text_field in record:
        return _error(doc_id, f"field {settings.text_field!r} is null", fields)
    if text is None:
        return _error(doc_id, f"no {settings.text_field!r} field", fields)
    if not isinstance(text, str):
        return _error(doc_id, f"field {settings.text_field!r} is {type(text).__name__}, not a string", fields)
    if len(text) > settings.max_chars:
        return _error(doc_id, _too_long(len(text), settings), fields)
    return Doc(doc_id, fields, text=text, keep_text=settings.include_text)


def line_to_doc(raw: bytes, name: str, lineno: int, settings: Settings) -> Doc | None:
    """One JSONL line as a Doc (None for a blank line); bad lines get the id NAME:LINE."""
    where = f"{name}:{lineno}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(where, f"line is not valid UTF-8 ({exc.reason} at byte {exc.start})")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError as exc:
        return _error(where, f"invalid JSON: {exc}")
    return record_to_doc(record, where, settings)


def _read_jsonl(stream: BinaryIO, name: str, settings: Settings) -> Iterator[Doc]:
    for lineno, raw in enumerate(stream, 1):
        doc = line_to_doc(raw, name, lineno, settings)
        if doc is not None:
            yield doc


def _read_file(source: Source, settings: Settings) -> Iterator[Doc]:
    path = source.path
    try:
        if source.kind == "jsonl":
            with open(path, "rb") as f:
                yield from _read_jsonl(f, path, settings)
            return
        size = os.path.getsize(path)
        if size > 4 * settings.max_chars:  # UTF-8 needs at most 4 bytes a character
            yield _error(path, f"file is {size} bytes, over --max-chars {settings.max_chars} characters")
            return
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        yield _error(path, f"cannot read file: {exc.strerror or exc}")
        return
    if source.kind == "html":
        yield Doc(path, {"id": path}, html=data, keep_text=True)
    else:
        yield _bytes_to_doc(path, data, settings)


def _bytes_to_doc(doc_id: str, data: bytes, settings: Settings) -> Doc:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(doc_id, f"file is not valid UTF-8 ({exc.reason} at byte {exc.start})")
    if len(text) > settings.max_chars:
        return _error(doc_id, _too_long(len(text), settings))
    return Doc(doc_id, {"id": doc_id}, text=text, keep_text=settings.include_text)


def read_docs(sources: Sequence[Source], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Doc]:
    """Every record of every source, lazily, in order."""
    for source in sources:
        if source.path != "-":
            yield from _read_file(source, settings)
            continue
        stream = stdin if stdin is not None else sys.stdin.buffer
        if source.kind == "jsonl":
            yield from _read_jsonl(stream, STDIN_ID, settings)
        else:
            yield _bytes_to_doc(STDIN_ID, stream.read(), settings)


def count_docs(sources: Sequence[Source]) -> int | None:
    """How many records the sources hold (progress total, worker count); None for JSONL on stdin."""
    counts = count_tasks(sources)
    return None if counts is None else counts[0]


def count_tasks(sources: Sequence[Source]) -> tuple[int, int] | None:
    """How many records the sources hold, and about how many tasks they give the worker pool: one per
    CHUNK_DOCS short records, and for a text of `quotes.split.SPLIT_CHARS` or more (its size in
    bytes, a bound on its characters) one per SPLIT_CHARS; None for JSONL on stdin."""
    from .split import SPLIT_CHARS

    records = short = parts = 0

    def add(size: int) -> None:
        nonlocal records, short, parts
        records += 1
        if size >= SPLIT_CHARS:
            parts += -(-size // SPLIT_CHARS)
        else:
            short += 1

    for source in sources:
        if source.path == "-":
            if source.kind == "jsonl":
                return None
            add(0)
            continue
        try:
            if source.kind != "jsonl":
                add(os.path.getsize(source.path))
                continue
            with open(source.path, "rb") as f:
                for line in f:
                    if line.strip():
                        add(len(line))
        except OSError:
            add(0)
    return records, -(-short // CHUNK_DOCS) + parts


# ---------------------------------------------------------------- processing


# A --per-quote line is {"doc_id", <document fields>, "doc_text" (kept text), <quote fields>}.
PER_QUOTE_PREFIX = "doc_"
_PER_QUOTE_TAKEN = frozenset(QUOTE_FIELDS) | {"doc_id", "doc_text", "error"}


def _per_quote_names(names: Iterable[str]) -> list[str]:
    """Document field names as a --per-quote line writes them: each its own, unless a quote field or
    the line's own keys use it (`type`, `text`, `error`, `doc_text`): then with `doc_` before it, as
    often as it takes to be unique, so that no field overwrites another.

    >>> _per_quote_names(["source", "type", "doc_type", "text"])
    ['source', 'doc_doc_type', 'doc_type', 'doc_doc_text']
    """
    names = list(names)
    used = set(_PER_QUOTE_TAKEN) | {n for n in names if n not in _PER_QUOTE_TAKEN}
    out = []
    for name in names:
        if name in _PER_QUOTE_TAKEN:
            while name in used:
                name = PER_QUOTE_PREFIX + name
            used.add(name)
        out.append(name)
    return out


def _records(doc: Doc, settings: Settings, quotes: list[Quote] | None, error: str | None) -> list[dict[str, Any]]:
    fields = dict(doc.fields)
    text = doc.text if doc.keep_text else None
    if settings.per_quote:
        fields.pop("id")
        head: dict[str, Any] = {"doc_id": doc.id}
        head.update(zip(_per_quote_names(fields), fields.values()))
        if text is not None:
            head[PER_QUOTE_PREFIX + "text"] = text
        if error is not None:
            return [{**head, "error": error}]
        return [{**head, **q.to_dict(explain=settings.explain)} for q in quotes or []]
    if text is not None:
        fields[settings.text_field] = text
    if error is not None:
        fields["error"] = error
    fields["quotes"] = [q.to_dict(explain=settings.explain) for q in quotes or []]
    return [fields]


def _failure(exc: BaseException) -> str:
    return f"extraction failed: {type(exc).__name__}: {exc}"


def process_chunk(extractor: ExtractorLike, docs: Sequence[Doc], settings: Settings) -> list[Output]:
    """Outputs of `docs`, in order; any failure becomes that document's error record.

    The chunk goes through `extract_many` so stanza batches across documents; if
    that raises, the remaining documents are retried one by one to pin down the
    culprit and keep the others.
    """
    for doc in docs:
        if doc.html is not None and doc.error is None:
            from .html import html_to_text

            try:
                doc.text = html_to_text(doc.html)
            except Exception as exc:  # trafilatura missing or failing on this page
                doc.error = str(exc) if isinstance(exc, QuotesError) else f"HTML extraction failed: {exc}"
            doc.html = None
    todo = [d for d in docs if d.error is None]
    found: dict[int, list[Quote]] = {}
    failed: dict[int, str] = {}
    try:
        for doc, quotes in zip(todo, extractor.extract_many(d.text or "" for d in todo)):
            found[id(doc)] = quotes
    except Exception:  # one bad document spoils the batch: the rest are retried one by one below
        pass
    for doc in todo:
        if id(doc) not in found:
            try:
                found[id(doc)] = extractor.extract(doc.text or "")
            except Exception as exc:
                failed[id(doc)] = _failure(exc)
    outputs = []
    for doc in docs:
        error = doc.error or failed.get(id(doc))
        quotes = found.get(id(doc), [])
        outputs.append(Output(_records(doc, settings, quotes, error), len(quotes), error))
    release_free_memory()  # a batch job owns its process: hand the chunk's freed heap back (quotes.memory)
    return outputs


def _encode(records: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


class _Encoded(NamedTuple):
    """An Output ready to write: serialised in the worker, keeping the main process light."""

    data: bytes
    id: Any
    quotes: int
    error: str | None


def _encode_outputs(docs: Sequence[Doc], outputs: list[Output]) -> list[_Encoded]:
    return [_Encoded(_encode(o.records), d.id, o.quotes, o.error) for d, o in zip(docs, outputs)]


_worker: tuple[Settings, ExtractorLike | None, BaseException | None] | None = None


def _exit_with_parent(parent: int) -> None:
    """Ends this worker once the main process is gone: a killed parent must not leave orphans behind."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _init_worker(settings: Settings, threads: int) -> None:
    """Loads the extractor once per worker; a failure is kept and reported by the first task."""
    global _worker
    _watch_parent()
    try:
        _worker = (settings, settings.extractor(threads), None)
    except BaseException as exc:  # re-raised in _work, where the parent sees it
        _worker = (settings, None, exc)


def _init_forked(settings: Settings, extractor: ExtractorLike) -> None:
    """A forked worker takes the extractor the main process loaded before forking (pages shared),
    and lets go of OUT's lock, which must end with the main process."""
    global _worker
    for fd in list(_LOCK_FDS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _watch_parent()
    _worker = (settings, extractor, None)


def _watch_parent() -> None:
    for sig in STOP_SIGNALS:  # Ctrl-C reaches the whole process group: the main process alone stops the job
        signal.signal(sig, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _loaded_here(settings: Settings, threads: int, fresh: bool) -> ExtractorLike | None:
    """The extractor loaded in the main process, for workers forked after it; None where workers
    must start afresh and load their own (spawn): fork is missing, or torch was imported before the
    job began (`fresh` false: its threads may already run, and OpenMP's do not survive a fork), or
    the models go to a GPU.

    Loading once saves each worker its imports and model loading (about 3 CPU seconds each) and
    shares the weights' memory between them.  Here torch runs nothing before the fork: loading
    with one thread starts no OpenMP thread pool.  A failure to load is raised here, as a worker's
    would be at its first task."""
    if "fork" not in multiprocessing.get_all_start_methods() or not fresh or settings.device == "cuda":
        return None
    if settings.factory is None and settings.device == "auto":
        from .threads import passive_openmp

        passive_openmp()  # as Extractor does, before torch is first imported
        import torch  # imported, not yet run

        if torch.cuda.is_available():
            return None
    extractor = settings.extractor(threads)
    if getattr(extractor, "device", "cpu") != "cpu":
        return None
    return extractor


def _work(docs: list[Doc]) -> list[_Encoded]:
    assert _worker is not None
    settings, extractor, failure = _worker
    if failure is not None:
        raise failure
    assert extractor is not None
    return _encode_outputs(docs, process_chunk(extractor, docs, settings))


def _parse_part(part: Any) -> list[list[Any]]:
    """Words of one part (a `quotes.split.Part`) of a long document, from this worker's parser."""
    assert _worker is not None
    _settings, extractor, failure = _worker
    if failure is not None:
        raise failure
    assert extractor is not None
    parse = getattr(extractor, "parse", None)
    if parse is None:
        raise QuotesError(f"{type(extractor).__name__} cannot parse a document in parts")
    return list(parse(part.sentences, part.hold))


def _long(doc: Doc, split_chars: int | None) -> bool:
    """Whether `doc` is a text long enough to be parsed in parts (never with `split_chars` None)."""
    return split_chars is not None and doc.text is not None and len(doc.text) >= split_chars


def _chunks(docs: Iterable[Doc], size: int, split_chars: int | None = None, total: int | None = None,
            workers: int = 1) -> Iterator[list[Doc]]:
    """Chunks of `size` documents; with `split_chars`, a text at least that long comes alone, to be
    parsed in parts (the chunk gathered before it comes first, so the order holds).  With `total`, the
    number of documents to come, chunks shrink near the end (`tail_size`) so that the workers finish
    together.

    >>> [len(c) for c in _chunks(range(20), 8, total=20, workers=2)]
    [5, 4, 3, 2, 2, 1, 1, 1, 1]
    """
    chunk: list[Doc] = []
    left = total
    want = size if total is None else tail_size(size, total, workers)
    for doc in docs:
        if left is not None:
            left -= 1
        if _long(doc, split_chars):
            if chunk:
                yield chunk
                chunk = []
            yield [doc]
            continue
        chunk.append(doc)
        if len(chunk) >= want:
            yield chunk
            chunk = []
            if left is not None:  # a count short of the documents (a file grown since) keeps `size`
                want = tail_size(size, left, workers) if left > 0 else size
    if chunk:
        yield chunk


def tail_size(size: int, left: int, workers: int) -> int:
    """Documents in the next chunk when `left` are still to come: `size`, but no more than a share of
    what is left such that each worker gets about TAIL_CHUNKS more chunks (guided scheduling).  The last
    chunks are small, so no worker waits long for another's last chunk; before that, chunks keep their
    full size, which batches the parser best.

    >>> [tail_size(8, left, 2) for left in (84, 32, 20, 5, 1)]
    [8, 8, 5, 2, 1]
    """
    return max(1, min(size, -(-left // (TAIL_CHUNKS * workers))))


class _InParts:
    """A long document in flight: planned here, its parts parsed by any worker, attributed here.

    Any failure along the way sends the document through a worker whole, as any other document
    (so a failure becomes its error record there, or ends the job as a worker's failure does)."""

    def __init__(self, pool: ProcessPoolExecutor, doc: Doc, settings: Settings) -> None:
        from .split import plan

        self.pool, self.doc, self.settings = pool, doc, settings
        self.prep: Any
        try:
            self.prep, parts = plan(doc.text or "")
        except Exception:
            self.prep, parts = None, []
        self.futures = [pool.submit(_parse_part, part) for part in parts]

    def result(self) -> list[_Encoded]:
        from .split import join

        if self.prep is not None:
            try:
                quotes = join(self.prep, [f.result() for f in self.futures])
            except BrokenProcessPool:
                raise
            except Exception:
                pass
            else:
                output = Output(_records(self.doc, self.settings, quotes, None), len(quotes), None)
                return _encode_outputs([self.doc], [output])
        return self.pool.submit(_work, [self.doc]).result()


def _inline(docs: Iterable[Doc], settings: Settings, threads: int) -> Iterator[_Encoded]:
    extractor = settings.extractor(threads)
    for chunk in _chunks(docs, CHUNK_DOCS):
        yield from _encode_outputs(chunk, process_chunk(extractor, chunk, settings))


def _pooled(docs: Iterable[Doc], settings: Settings, workers: int, threads: int,
            fresh: bool | None = None, total: int | None = None) -> Generator[_Encoded, None, None]:
    """Chunks through a process pool, results in input order, at most 2 chunks per worker in flight;
    a long text's parts (`quotes.split`) go to every worker, and its quotes come back whole.
    `fresh`: whether torch was not imported when the job began (default: whether it is not now);
    `total`: how many documents are to come, where known (chunks shrink near the end)."""
    # fork after loading the models here (see `_loaded_here`), else spawn; never forkserver (whose
    # workers are not the main process's children, so cannot see it die)
    from .split import SPLIT_CHARS

    loaded = _loaded_here(settings, threads, "torch" not in sys.modules if fresh is None else fresh)
    if loaded is not None:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_init_forked, initargs=(settings, loaded))
    else:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(settings, threads))
    pending: deque[Future[list[_Encoded]] | _InParts] = deque()
    done = False
    try:
        for chunk in _chunks(docs, CHUNK_DOCS, SPLIT_CHARS, total, workers):
            if _long(chunk[0], SPLIT_CHARS):  # a long text comes alone: its parts go to every worker
                pending.append(_InParts(pool, chunk[0], settings))
            else:
                pending.append(pool.submit(_work, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        done = True
    finally:
        if not done:  # interrupted or failed: what the workers still hold is redone by --resume
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
        pool.shutdown(wait=done, cancel_futures=True)


# ---------------------------------------------------------------- output and resume


def _key(doc_id: Any) -> str:
    return json.dumps(doc_id, sort_keys=True)


def _resume_state(path: str, per_quote: bool) -> tuple[set[str], int, int]:
    """Ids already in OUT, the length to cut OUT to, and how many of its documents are errors.

    A torn last line (no newline) is dropped.  With --per-quote the last
    document's lines are dropped too: it may have been cut between quotes.
    """
    done: set[str] = set()
    keep = errors = 0
    last_start, last_key, last_error = 0, None, False
    with open(path, "rb") as f:
        for lineno, line in enumerate(f, 1):
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
                doc_id = record["doc_id" if per_quote else "id"]
            except (ValueError, KeyError, TypeError):
                raise QuotesError(f"{path}:{lineno} is not an output record of "
                                  f"`quotes extract{' --per-quote' if per_quote else ''}`; "
                                  "cannot resume (fix the file or use --force)") from None
            key = _key(doc_id)
            if key != last_key:
                last_start, last_key, last_error = keep, key, "error" in record
                errors += last_error
            done.add(key)
            keep += len(line)
    if per_quote and last_key is not None:
        done.discard(last_key)
        keep = last_start
        errors -= last_error
    return done, keep, errors


def _same_file_as_input(out: str, sources: Sequence[Source], stdin: BinaryIO | None = None) -> str | None:
    """The input that OUT is, compared by resolved path and by device and inode (so a symbolic link,
    a hard link or `./` is caught), or None.  Stdin counts when it is a redirected file."""
    target = os.path.realpath(out)
    try:
        st = os.stat(out)
        identity: tuple[int, int] | None = (st.st_dev, st.st_ino)
    except OSError:
        identity = None
    for source in sources:
        try:
            if source.path == "-":
                fd = (stdin if stdin is not None else sys.stdin.buffer).fileno()
                other = os.fstat(fd)
                name = "stdin"
            else:
                if os.path.realpath(source.path) == target:
                    return source.path
                other = os.stat(source.path)
                name = source.path
        except (OSError, ValueError, AttributeError):  # a closed or unusual stdin, an unreadable input
            continue
        # only a regular file can be destroyed: a terminal or /dev/null may be both stdin and OUT
        if identity is not None and (other.st_dev, other.st_ino) == identity and stat.S_ISREG(other.st_mode):
            return name
    return None


LOCK_SUFFIX = ".lock"
_LOCK_FDS: set[int] = set()  # descriptors of the locks this process holds: forked workers close them


class _Lock:
    """An exclusive lock on OUT, held while one run writes it: `OUT.lock` holds the writer's pid
    under a `flock`, which the kernel drops when the process dies however it dies, so a `kill -9`
    never leaves a stale lock (the next run takes it and writes its own pid)."""

    def __init__(self, out: str) -> None:
        import fcntl

        self.path = out + LOCK_SUFFIX
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise QuotesError(f"cannot write {out}: cannot create its lock file {self.path}: "
                                  f"{exc.strerror or exc}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.read(fd, 64).decode("ascii", "replace").strip() or "unknown"
                os.close(fd)
                raise UsageError(f"{out} is being written by another quotes run (pid {holder}); "
                                 f"wait for it to finish or write elsewhere") from None
            try:  # the file we locked may have been removed by a run that just finished: lock the new one
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd: int | None = fd
        _LOCK_FDS.add(fd)

    def release(self) -> None:
        """Removes OUT.lock while still holding it, then lets go."""
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        _LOCK_FDS.discard(self._fd)
        os.close(self._fd)
        self._fd = None


class _Sink:
    """Writes each document's lines with one unbuffered write, so a kill leaves whole lines.

    A named OUT is locked against a second run first, then checked, then opened:
    nothing is truncated before both checks pass.
    """

    def __init__(self, path: str | None, resume: bool, force: bool, per_quote: bool,
                 sources: Sequence[Source] = (), stdin: BinaryIO | None = None) -> None:
        self.done: set[str] = set()
        self.done_errors = 0
        self._own = path is not None
        self._lock: _Lock | None = None
        if path is None:
            self._stream: BinaryIO = sys.stdout.buffer
            return
        if resume and force:
            raise UsageError("--resume and --force contradict each other")
        same = _same_file_as_input(path, sources, stdin)
        if same is not None:
            raise UsageError(f"OUT {path} is the input {same}: writing it would destroy it; choose another -o")
        if os.path.isdir(path):
            raise UsageError(f"OUT {path} is a directory; give a file (a directory is OUT only with --dask)")
        regular = not os.path.exists(path) or os.path.isfile(path)
        if regular:  # a device or pipe (`-o /dev/stdout`) needs no lock, and gets no OUT.lock beside it
            self._lock = _Lock(path)
        try:
            exists = os.path.isfile(path) and os.path.getsize(path) > 0
            if exists and not (resume or force):
                raise UsageError(f"{path} exists; use --resume to continue it or --force to overwrite it")
            try:
                if exists and resume:
                    self.done, keep, self.done_errors = _resume_state(path, per_quote)
                    with open(path, "r+b") as f:
                        f.truncate(keep)
                self._stream = open(path, "ab" if resume else "wb", buffering=0)
            except OSError as exc:
                raise QuotesError(f"cannot write {path}: {exc.strerror or exc}") from None
        except BaseException:
            self.release()
            raise

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = self._stream.write(view)
            view = view[n or 0:]
        self._stream.flush()

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        if self._own:
            self._stream.close()
        self.release()


def run(inputs: Sequence[str], out: str | None, settings: Settings, *, workers: int = 1,
        resume: bool = False, force: bool = False, stdin_jsonl: bool = False,
        progress: bool = False, log: Callable[[str], None] | None = None) -> Summary:
    """Runs a whole job and returns its summary.

    Raises UsageError for inputs or options that cannot work and QuotesError
    for fatal errors (no models, unwritable output); records that cannot be
    processed become error records and are counted in the summary.
    """
    from tqdm import tqdm

    started = time.monotonic()
    fresh = "torch" not in sys.modules  # finding the models imports stanza and torch, which run nothing yet
    if resume and out is None:
        raise UsageError("--resume needs -o OUT")
    sources = expand_inputs(inputs, stdin_jsonl, log)
    if any(s.kind == "html" for s in sources):
        from .html import require_trafilatura

        require_trafilatura()
    info = find_models(settings.models)
    if log:
        log(f"quotes: {info.describe()}")
    sink = _Sink(out, resume, force, settings.per_quote, sources)
    summary = Summary(skipped_errors=sink.done_errors)
    if log and sink.done:
        log(f"quotes: resuming {out}: {len(sink.done)} documents already there")
    counts = count_tasks(sources)
    total = None if counts is None else counts[0]
    if counts is not None:  # no more processes than tasks: each one loads the models
        workers = max(1, min(workers, counts[1]))
    bar = tqdm(total=total, disable=not progress, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def todo() -> Iterator[Doc]:
        for doc in read_docs(sources, settings):
            if sink.done and _key(doc.id) in sink.done:
                summary.skipped += 1
                bar.update(1)
            else:
                yield doc

    threads = THREADS_PER_WORKER
    if log:
        from .extractor import QUANTIZE, _device
        from .inference import precision

        runs = precision(settings.quantize or QUANTIZE, _device(settings.device))
        log(f"quotes: {workers} worker process(es), torch threads: {threads} each, "
            f"precision: {'float' if runs == 'none' else runs}")
    try:
        if workers <= 1:
            results = _inline(todo(), settings, threads)
        else:
            results = _pooled(todo(), settings, workers, threads, fresh,
                              None if total is None else max(1, total - len(sink.done)))
        for result in results:
            try:
                sink.write(result.data)
            except OSError as exc:
                raise QuotesError(f"cannot write {out or 'stdout'}: {exc.strerror or exc}") from None
            summary.add(result.quotes, result.error)
            if result.error is not None and log:
                log(f"quotes: {json.dumps(result.id, ensure_ascii=False)}: {result.error}")
            bar.update(1)
    except BrokenProcessPool as exc:
        raise QuotesError(f"a worker process died ({exc}); rerun with --resume to continue") from None
    finally:
        bar.close()
        sink.close()
    summary.seconds = time.monotonic() - started
    return summary
