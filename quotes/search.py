"""Full-text search over a quote index: words and "phrases" in, quotes ranked by bm25 out.

>>> with open_index("quotes.sqlite") as db:   # doctest: +SKIP
...     for hit in search(db, 'raise taxes', speaker="Kerry", fields={"source": "AFP"}):
...         print(hit.speaker, hit.doc_id, hit.text)
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Mapping

import regex

from .errors import QuotesError

__all__ = ["Hit", "SearchError", "search", "fts_query", "hit_rows", "DEFAULT_LIMIT", "SPEAKER_WEIGHT"]

DEFAULT_LIMIT = 20
SPEAKER_WEIGHT = 0.2  # bm25 weight of speaker names against quote text (1.0): names filter, text ranks

_TERM = regex.compile(r'"([^"]*)"|(\S+)')


class SearchError(QuotesError):
    """A query that cannot be run: empty, or nothing searchable in it."""


@dataclass(frozen=True)
class Hit:
    """One quote found: `score` is bm25 relevance (higher is better); `context` is the sentence
    holding the quote, or None when the indexed output did not carry the document text."""

    quote_id: int
    doc_id: Any
    fields: Mapping[str, Any]
    type: str
    speaker: str | None
    text: str
    context: str | None
    start: int
    end: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"quote_id": self.quote_id, "doc_id": self.doc_id, "fields": dict(self.fields), "type": self.type,
                "speaker": self.speaker, "text": self.text, "context": self.context, "start": self.start,
                "end": self.end, "score": self.score}


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(text: str, any_term: bool = False) -> str:
    """An FTS5 query for plain user input: every word and "double-quoted phrase" must occur
    (with `any_term`, any of them); `word*` is a prefix. Nothing else is FTS5 syntax, so
    apostrophes, hyphens and AND/OR are just words.

    >>> fts_query('tax "raise taxes" don\\'t')
    '"tax" "raise taxes" "don\\'t"'
    >>> fts_query("econom* growth", any_term=True)
    '"econom"* OR "growth"'
    >>> fts_query('  ""  ')
    ''
    """
    terms = []
    for m in _TERM.finditer(text):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None and regex.search(r"[\p{L}\p{N}]", phrase):
            terms.append(_quoted(phrase))
        elif word is not None and regex.search(r"[\p{L}\p{N}]", word):
            prefix = word.endswith("*")
            terms.append(_quoted(word.rstrip("*")) + ("*" if prefix else ""))
    return (" OR " if any_term else " ").join(terms)


def _field_path(key: str) -> str:
    return "$." + _quoted(key)


def hit_rows(conn: sqlite3.Connection, match: str, speaker: str | None = None,
             fields: Mapping[str, str] | None = None, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Quotes whose text matches the FTS5 expression `match` (and whose speaker matches `speaker`,
    and whose document fields equal `fields`), best bm25 first."""
    expr = f"text : ({match})"
    if speaker:
        who = fts_query(speaker)
        if not who:
            raise SearchError(f"speaker {speaker!r} has no words to search for")
        expr += f" AND speaker_names : ({who})"
    where, params = ["quotes_fts MATCH ?"], [expr]
    for key, value in (fields or {}).items():
        where.append("CAST(json_extract(d.fields, ?) AS TEXT) = ?")
        params += [_field_path(key), value]
    sql = ("SELECT q.id, d.fields, q.type, q.speaker, q.text, q.context, q.start, q.\"end\", "
           f"bm25(quotes_fts, 1.0, {SPEAKER_WEIGHT}) AS rank "
           "FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.id = q.document "
           f"WHERE {' AND '.join(where)} ORDER BY rank LIMIT ?")
    rows = conn.execute(sql, [*params, limit]).fetchall()
    hits = []
    for qid, doc_fields, qtype, who_, text, context, start, end, rank in rows:
        meta = json.loads(doc_fields)
        hits.append(Hit(qid, meta.get("id"), meta, qtype, who_, text, context, start, end, -rank))
    return hits


def search(conn: sqlite3.Connection, query: str, speaker: str | None = None,
           fields: Mapping[str, str] | None = None, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Quotes holding every word and phrase of `query`, ranked by bm25 (see `fts_query`)."""
    match = fts_query(query)
    if not match:
        raise SearchError("the query has no words to search for")
    return hit_rows(conn, match, speaker, fields, limit)
