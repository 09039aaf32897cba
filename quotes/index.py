"""A quote index: batch output loaded into one SQLite file with a full-text index over quote text.

    batch output (JSONL) -> read_records -> documents (one per id) -> SQLite: documents, quotes, quotes_fts

Schema (see SCHEMA): `documents` holds each document once, keyed by its id (JSON, so ids of any
JSON type stay apart), with the record's pass-through fields (url, date, source, ...);
`quotes` holds each quote's full output record (spans, speaker, speaker entity), its text,
the speaker's name and the context sentence; `quotes_fts` is an FTS5 index over quote text
and speaker names, kept in step by triggers. Each batch of documents goes in one transaction,
a document always with all its quotes, so a crash leaves whole documents only and a rerun,
which skips ids already present, completes the index.

>>> with open_index("quotes.sqlite", create=True) as db:   # doctest: +SKIP
...     report = index_files(db, ["out.jsonl"])
"""
from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from .errors import QuotesError
from .records import QUOTE_FIELDS
from .segment import split_sentences

__all__ = ["QuoteIndexError", "IndexReport", "open_index", "index_files", "speaker_name", "context_span",
           "SCHEMA_VERSION", "DOCS_PER_TRANSACTION"]

SCHEMA_VERSION = 1
DOCS_PER_TRANSACTION = 500  # a crash redoes at most this many documents; more per commit is barely faster
BUSY_TIMEOUT_S = 30.0       # wait this long for another writer before giving up
TEXT_FIELD = "text"         # where per-document output carries the text (`quotes extract --include-text`)
PER_QUOTE_TEXT_FIELD = "doc_text"  # where per-quote output carries it

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL UNIQUE,       -- the document id as JSON (sort_keys), as `--resume` keys it
    fields TEXT NOT NULL,               -- the record's pass-through fields as a JSON object, id included
    origin TEXT NOT NULL                -- FILE:LINE it was read from
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,           -- position among the document's quotes
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,             -- of the first part, in the document text
    "end" INTEGER NOT NULL,             -- of the last part, end-exclusive
    speaker TEXT,                       -- the speaker's name: entity name, resolved mention or mention
    speaker_names TEXT NOT NULL,        -- every name it goes by, one per line (entity mentions included)
    speaker_entity TEXT,                -- the speaker entity as JSON, when the output has one
    context TEXT,                       -- the sentence(s) holding the quote, when the output carried the text
    context_start INTEGER,              -- offset of `context` in the document text
    record TEXT NOT NULL,               -- the quote's whole output record as JSON
    UNIQUE (document, ordinal)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, speaker_names, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_names) VALUES (new.id, new.text, new.speaker_names);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_names) VALUES ('delete', old.id, old.text, old.speaker_names);
END;
"""


class QuoteIndexError(QuotesError):
    """The database is missing, not a quote index, corrupt, or lacks FTS5."""


@dataclass
class IndexReport:
    """What one `index_files` run did; `skipped_lines` names each unreadable line as FILE:LINE: reason."""

    documents: int = 0          # documents added (or replaced)
    quotes: int = 0             # quotes added
    present: int = 0            # documents skipped because their id was already indexed
    error_records: int = 0      # error records of the batch output, skipped
    skipped_lines: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"quotes: indexed {self.documents} documents, {self.quotes} quotes; skipped "
                f"{self.present} already present, {self.error_records} error records, "
                f"{len(self.skipped_lines)} broken lines")


def _fts5_available(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.fts5_probe")
        return True
    except sqlite3.OperationalError:
        return False


def open_index(path: str | Path, create: bool = False) -> sqlite3.Connection:
    """Open a quote index (creating it when `create`), checking that it is one.

    Raises QuoteIndexError with a message for the user when the file is missing (and not `create`),
    is not an SQLite database, is another program's database, or SQLite lacks FTS5.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise QuoteIndexError(f"no quote index at {path}; build one with `quotes index OUT.jsonl --db {path}`")
    if path.is_dir():
        raise QuoteIndexError(f"{path} is a directory, not a quote index")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise QuoteIndexError(f"cannot open {path}: {exc}") from exc
    try:
        if not _fts5_available(conn):
            raise QuoteIndexError(f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5 full-text index; "
                                  "use a Python built with a standard SQLite (FTS5 is in every official build)")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            raise QuoteIndexError(f"{path} is an SQLite database but not a quote index; "
                                  "nothing was changed (give --db a new file name)")
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None or row[0] != str(SCHEMA_VERSION):
                raise QuoteIndexError(f"{path} is a quote index of schema version {row and row[0]}, "
                                      f"this quotes reads version {SCHEMA_VERSION}; rebuild it")
        elif not create:
            raise QuoteIndexError(f"{path} is an empty database, not a quote index")
        else:
            conn.execute("PRAGMA journal_mode = WAL")  # searches can read while an index run writes
            conn.executescript(f"BEGIN; {SCHEMA} INSERT OR IGNORE INTO meta VALUES "
                               f"('schema_version', '{SCHEMA_VERSION}'); COMMIT;")
        conn.execute("PRAGMA foreign_keys = ON")
        if "meta" in tables:
            conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'probe'").fetchone()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        conn.close()
        raise QuoteIndexError(f"{path} is not a usable quote index ({exc}); nothing was changed") from exc
    except QuoteIndexError:
        conn.close()
        raise
    return conn


# ---------------------------------------------------------------- reading batch output


@dataclass(frozen=True)
class _Document:
    """One document as read from batch output: its key, pass-through fields, text (if carried), quotes."""

    key: str
    fields: dict[str, Any]
    text: str | None
    quotes: tuple[dict[str, Any], ...]
    origin: str


def _doc_key(doc_id: Any) -> str:
    """The document's key: its id as JSON with sorted keys, as `quotes extract --resume` keys it.

    >>> _doc_key("a1"), _doc_key(7)
    ('"a1"', '7')
    """
    return json.dumps(doc_id, sort_keys=True)


def _check_quote(q: Any) -> str | None:
    """Why a quote record cannot be indexed, or None when it can."""
    if not isinstance(q, dict):
        return "a quote is not an object"
    if not isinstance(q.get("text"), str) or not isinstance(q.get("parts"), list) or not q["parts"]:
        return "a quote lacks text or parts"
    for p in q["parts"]:
        if not isinstance(p, dict) or not isinstance(p.get("start"), int) or not isinstance(p.get("end"), int):
            return "a quote part lacks start/end"
    return None


_QUOTE_FIELDS = frozenset(QUOTE_FIELDS)
# A --per-quote line is {"doc_id", <document fields>, "type", <quote fields>}; the batch job renames a
# document field that a quote field would overwrite (`type` -> `doc_type`), so `type` opens the quote.
_FIRST_QUOTE_FIELD = "type"


def _split_per_quote(line: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A --per-quote line's document fields (id included) and quote record. The quote's fields
    are the known ones and whatever follows its first, so fields added to quotes later stay there.

    >>> _split_per_quote({"doc_id": "a", "url": "u", "doc_text": "t", "type": "direct", "text": "x", "new": 1})
    ({'id': 'a', 'url': 'u'}, {'type': 'direct', 'text': 'x', 'new': 1})
    """
    keys = list(line)
    first = keys.index(_FIRST_QUOTE_FIELD) if _FIRST_QUOTE_FIELD in line else len(keys)
    quote_keys = set(keys[first:]) | (_QUOTE_FIELDS & set(keys))
    fields = {"id": line["doc_id"], **{k: line[k] for k in keys
                                       if k not in quote_keys and k not in ("doc_id", PER_QUOTE_TEXT_FIELD)}}
    return fields, {k: line[k] for k in keys if k in quote_keys}


def _lines(stream: BinaryIO, name: str) -> Iterator[tuple[str, Any, str | None]]:
    """(FILE:LINE, record, why it is broken or None) for each non-blank line."""
    for n, raw in enumerate(stream, 1):
        origin = f"{name}:{n}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            yield origin, None, f"invalid JSON ({exc})"
            continue
        if not isinstance(record, dict):
            yield origin, None, "not a JSON object"
            continue
        yield origin, record, None


def read_documents(stream: BinaryIO, name: str, report: IndexReport,
                   text_field: str = TEXT_FIELD) -> Iterator[_Document]:
    """Documents of one batch output file, per-document or `--per-quote` lines (told apart per line).

    Per-quote lines of one document come together (batch output keeps input order), so a run of
    lines with the same doc_id is one document. Error records and broken lines are counted in
    `report` and skipped.
    """
    group: list[tuple[str, dict[str, Any]]] = []

    def flush() -> Iterator[_Document]:
        if group:
            origin, head = group[0]
            fields = _split_per_quote(head)[0]
            quotes = tuple(_split_per_quote(rec)[1] for _, rec in group)
            yield _Document(_doc_key(head["doc_id"]), fields, head.get(PER_QUOTE_TEXT_FIELD), quotes, origin)
            group.clear()

    for origin, record, broken in _lines(stream, name):
        if broken is None and "doc_id" in record:   # a --per-quote line
            if "error" in record:
                yield from flush()
                report.error_records += 1
                continue
            why = _check_quote(record)
            if why is not None:  # the document's other quotes still go in
                report.skipped_lines.append(f"{origin}: {why}")
                continue
            if group and _doc_key(group[0][1]["doc_id"]) != _doc_key(record["doc_id"]):
                yield from flush()
            group.append((origin, record))
            continue
        yield from flush()
        if broken is None and "id" not in record:
            broken = "no \"id\" or \"doc_id\" field"
        if broken is None and "error" in record:
            report.error_records += 1
            continue
        quotes = record.get("quotes") if broken is None else None
        if broken is None and not isinstance(quotes, list):
            broken = "no \"quotes\" list"
        if broken is None:
            broken = next((why for why in map(_check_quote, quotes) if why is not None), None)  # type: ignore[arg-type]
        if broken is not None:
            report.skipped_lines.append(f"{origin}: {broken}")
            continue
        fields = {k: v for k, v in record.items() if k not in ("quotes", text_field)}
        text = record.get(text_field)
        yield _Document(_doc_key(record["id"]), fields, text if isinstance(text, str) else None,
                        tuple(quotes), origin)  # type: ignore[arg-type]
    yield from flush()


# ---------------------------------------------------------------- one quote's row


def _span_text(span: Any) -> str | None:
    return span.get("text") if isinstance(span, dict) and isinstance(span.get("text"), str) else None


def speaker_name(quote: dict[str, Any]) -> str | None:
    """The speaker's name: the entity's name, else the resolved mention, else the mention.

    >>> speaker_name({"speaker": {"text": "he"}, "speaker_resolved": {"text": "John Kerry"}})
    'John Kerry'
    >>> speaker_name({"speaker_entity": {"name": "John Kerry"}, "speaker": {"text": "Kerry"}})
    'John Kerry'
    >>> speaker_name({"speaker": None}) is None
    True
    """
    entity = quote.get("speaker_entity")
    if isinstance(entity, dict) and isinstance(entity.get("name"), str) and entity["name"].strip():
        return str(entity["name"])
    return _span_text(quote.get("speaker_resolved")) or _span_text(quote.get("speaker"))


def speaker_names(quote: dict[str, Any]) -> list[str]:
    """Every name the speaker goes by in the output: entity name and mentions, resolved mention, mention.

    >>> speaker_names({"speaker_entity": {"name": "John Kerry", "mentions": [{"text": "Kerry"}]},
    ...                "speaker": {"text": "he"}, "speaker_resolved": {"text": "Kerry"}})
    ['John Kerry', 'Kerry', 'he']
    """
    names: list[str | None] = [speaker_name(quote)]
    entity = quote.get("speaker_entity")
    if isinstance(entity, dict) and isinstance(entity.get("mentions"), list):
        names += [m if isinstance(m, str) else _span_text(m) for m in entity["mentions"]]
    names += [_span_text(quote.get("speaker_resolved")), _span_text(quote.get("speaker"))]
    return list(dict.fromkeys(n for n in names if n))


def _ends(quote: dict[str, Any]) -> list[int]:
    ends = [p["end"] for p in quote["parts"]]
    for key in ("speaker", "cue"):
        span = quote.get(key)
        if isinstance(span, dict) and isinstance(span.get("end"), int):
            ends.append(span["end"])
    return ends


def context_span(text: str, quote: dict[str, Any], sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(start, end) of the sentences holding the quote, its cue and speaker, in `text`.

    `sentences` are (start, end) of `quotes.segment.split_sentences(text)`, the sentences the
    extractor numbered: the context runs from the quote's `sentence` to the sentence holding the
    last of its parts, cue and speaker. None when the record's sentence index does not fit the text.
    """
    first = quote.get("sentence")
    if not isinstance(first, int) or not 0 <= first < len(sentences):
        return None
    start = min(sentences[first][0], quote["parts"][0]["start"])
    last = max(_ends(quote))
    end = next((e for s, e in sentences[first:] if e >= last), max(last, sentences[first][1]))
    if not 0 <= start < end <= len(text):
        return None
    return start, end


# ---------------------------------------------------------------- writing


def _insert(conn: sqlite3.Connection, doc: _Document) -> int:
    cur = conn.execute("INSERT INTO documents(doc_key, fields, origin) VALUES (?, ?, ?)",
                       (doc.key, json.dumps(doc.fields, ensure_ascii=False), doc.origin))
    document = cur.lastrowid
    sentences = [(s.start, s.end) for s in split_sentences(doc.text)] if doc.text and doc.quotes else []
    rows = []
    for ordinal, q in enumerate(doc.quotes):
        span = context_span(doc.text, q, sentences) if doc.text else None
        entity = q.get("speaker_entity")
        rows.append((document, ordinal, str(q.get("type", "")), q["text"], q["parts"][0]["start"],
                     q["parts"][-1]["end"], speaker_name(q), "\n".join(speaker_names(q)),
                     json.dumps(entity, ensure_ascii=False) if isinstance(entity, dict) else None,
                     doc.text[span[0]:span[1]] if span and doc.text else None, span[0] if span else None,
                     json.dumps(q, ensure_ascii=False)))
    conn.executemany('INSERT INTO quotes(document, ordinal, type, text, start, "end", speaker, speaker_names, '
                     "speaker_entity, context, context_start, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def index_documents(conn: sqlite3.Connection, docs: Iterable[_Document], report: IndexReport,
                    replace: bool = False, per_transaction: int = DOCS_PER_TRANSACTION) -> None:
    """Add documents, `per_transaction` to a transaction; ids already present are skipped or, with
    `replace`, their document and quotes replaced. An exception rolls back the open batch only."""
    seen: set[str] = set()  # ids met in this run: a second document with the same id is a duplicate
    pending = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for doc in docs:
            present = conn.execute("SELECT id FROM documents WHERE doc_key = ?", (doc.key,)).fetchone()
            if present is not None and (not replace or doc.key in seen):
                report.present += 1
                continue
            if present is not None:
                conn.execute("DELETE FROM quotes WHERE document = ?", present)
                conn.execute("DELETE FROM documents WHERE id = ?", present)
            seen.add(doc.key)
            report.quotes += _insert(conn, doc)
            report.documents += 1
            pending += 1
            if pending >= per_transaction:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
                pending = 0
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def index_files(conn: sqlite3.Connection, paths: Iterable[str], replace: bool = False,
                stdin: BinaryIO | None = None, log: Callable[[str], None] | None = None,
                per_transaction: int = DOCS_PER_TRANSACTION, text_field: str = TEXT_FIELD) -> IndexReport:
    """Index batch output files (`-` reads stdin); returns what was added and skipped.

    A path that is not a file raises QuoteIndexError before anything is indexed.
    """
    paths = list(paths)
    for path in paths:
        if path != "-" and not Path(path).is_file():
            raise QuoteIndexError(f"no such file: {path}" if not Path(path).exists() else f"not a file: {path}")
    report = IndexReport()
    for path in paths:
        broken_before = len(report.skipped_lines)
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            index_documents(conn, read_documents(stream, "<stdin>", report, text_field), report, replace, per_transaction)
        else:
            try:
                handle = open(path, "rb")
            except OSError as exc:
                raise QuoteIndexError(f"cannot read {path}: {exc.strerror}") from exc
            with handle:
                index_documents(conn, read_documents(handle, path, report, text_field), report, replace, per_transaction)
        if log is not None:
            for line in report.skipped_lines[broken_before:]:
                log(f"quotes: skipped {line}")
    return report
