"""Speakers across documents: `quotes speakers OUT.jsonl ...` tallies the speaker entities of a
batch output by normalised name.

Lines are read one at a time and only one row per distinct speaker is kept, so memory grows with
the number of speakers, not of documents. Document records (`{"id", "quotes": [...]}`) and
per-quote lines (`{"doc_id", ..., "speaker_entity"}`) are both read; error records and quotes
without a speaker entity are counted apart.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, TextIO

import regex

from .lexicon import DETERMINERS, HONORIFICS, NEW_SOURCE_WORDS

__all__ = ["Row", "Tally", "normalise", "tally", "read_lines"]

KINDS = ("person", "organisation", "group", "unnamed")
_LEAD = DETERMINERS | NEW_SOURCE_WORDS | frozenset(HONORIFICS) | frozenset(f"{h}." for h in HONORIFICS)


def normalise(name: str) -> str:
    """The key a speaker's name is tallied under: case-folded, spaces collapsed, leading
    determiners, `another`/`second` and honorifics dropped.

    >>> normalise("another senior  US official"), normalise("Mr. Trump"), normalise("The Kremlin")
    ('senior us official', 'trump', 'kremlin')
    """
    words = regex.sub(r"\s+", " ", name).strip().casefold().split(" ")
    while len(words) > 1 and words[0] in _LEAD:
        words = words[1:]
    return " ".join(words)


def _new_source(name: str) -> bool:
    """Whether a name opens with `another`, `a second`, ... (a new source within its document)."""
    return any(w in NEW_SOURCE_WORDS for w in name.casefold().split()[:2])


@dataclass
class Row:
    """One speaker over the corpus."""

    key: str
    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    by: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    documents: int = 0

    @property
    def name(self) -> str:
        """The most used of its names; among equals one not opening with `another`/`a second`,
        then the longest."""
        return max(self.names.items(), key=lambda kv: (kv[1], not _new_source(kv[0]), len(kv[0]), kv[0]))[0]

    @property
    def kind(self) -> str:
        return self.kinds.most_common(1)[0][0]

    @property
    def role(self) -> str | None:
        return self.roles.most_common(1)[0][0] if self.roles else None

    def merge(self, other: "Row") -> None:
        for mine, theirs in ((self.names, other.names), (self.kinds, other.kinds), (self.roles, other.roles),
                             (self.by, other.by)):
            mine.update(theirs)
        self.quotes += other.quotes
        self.documents += other.documents

    def to_dict(self, by: str | None) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "kind": self.kind, "role": self.role, "quotes": self.quotes,
                             "documents": self.documents}
        if by is not None:
            d["by"] = {"field": by, "quotes": dict(self.by.most_common())}
        return d


@dataclass
class Tally:
    """Speaker rows and corpus totals."""

    rows: dict[str, Row] = field(default_factory=dict)
    documents: int = 0
    quotes: int = 0
    unattributed: int = 0      # quotes without a speaker entity
    errors: int = 0            # error records and lines that are not JSON objects
    _seen: dict[str, str] = field(default_factory=dict)   # speaker key -> last document counted

    def add_quote(self, doc: str, quote: dict[str, Any], outlet: str | None) -> None:
        self.quotes += 1
        entity = quote.get("speaker_entity")
        if not isinstance(entity, dict) or not isinstance(entity.get("name"), str):
            self.unattributed += 1
            return
        key = normalise(entity["name"])
        row = self.rows.get(key)
        if row is None:
            row = self.rows[key] = Row(key)
        row.quotes += 1
        row.names[entity["name"]] += 1
        row.kinds[str(entity.get("kind") or "unnamed")] += 1
        if isinstance(entity.get("role"), str):
            row.roles[entity["role"]] += 1
        if outlet is not None:
            row.by[outlet] += 1
        if self._seen.get(key) != doc:
            self._seen[key] = doc
            row.documents += 1

    def ranked(self) -> list[Row]:
        """Rows most quoted first, a one-word person name folded into the only longer person name
        ending in it (`Trump` into `Donald Trump`)."""
        rows = dict(self.rows)
        people: dict[str, list[str]] = {}
        for key, row in rows.items():
            if row.kind == "person" and " " in key:
                people.setdefault(key.rsplit(" ", 1)[1], []).append(key)
        for key in list(rows):
            row = rows[key]
            full = people.get(key, [])
            if " " not in key and row.kind == "person" and len(full) == 1:
                rows[full[0]].merge(row)
                del rows[key]
        return sorted(rows.values(), key=lambda r: (-r.quotes, -r.documents, r.key))

    def kinds(self, rows: list[Row]) -> dict[str, dict[str, int]]:
        """Speakers and quotes per kind."""
        out = {k: {"speakers": 0, "quotes": 0} for k in KINDS}
        for r in rows:
            out.setdefault(r.kind, {"speakers": 0, "quotes": 0})
            out[r.kind]["speakers"] += 1
            out[r.kind]["quotes"] += r.quotes
        return out


def read_lines(stream: TextIO) -> Iterator[dict[str, Any] | None]:
    """The JSON objects of a JSONL stream, None for a line that is not one; blank lines skipped."""
    for line in stream:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            yield None
            continue
        yield record if isinstance(record, dict) else None


def tally(records: Iterable[dict[str, Any] | None], by: str | None = None, kind: str | None = None) -> Tally:
    """Speakers of batch output records (document records or per-quote lines), one pass.

    `by` names a record field to count quotes by (an outlet: `source`); `kind` keeps only
    speakers of that kind.
    """
    t = Tally()
    last_doc: object = object()
    for n, record in enumerate(records):
        if record is None or "error" in record:
            t.errors += 1
            continue
        outlet = None if by is None or record.get(by) is None else str(record.get(by))
        if "quotes" in record and isinstance(record["quotes"], list):
            doc = str(record.get("id", n))
            t.documents += 1
            quotes = record["quotes"]
        else:
            doc = str(record.get("doc_id", n))
            if doc != last_doc:
                t.documents += 1
            quotes = [record]
        last_doc = doc
        for q in quotes:
            if not isinstance(q, dict):
                continue
            entity = q.get("speaker_entity")
            if kind is not None and isinstance(entity, dict) and entity.get("kind") != kind:
                continue
            if kind is not None and not isinstance(entity, dict):
                continue
            t.add_quote(doc, q, outlet)
    return t


def table(t: Tally, rows: list[Row], by: str | None, top: int | None) -> str:
    """A plain-text table of the rows, then the totals per kind."""
    shown = rows if top is None else rows[:top]
    header = ["quotes", "docs", "kind", "speaker", "role"] + ([by] if by else [])
    lines = [header]
    for r in shown:
        cells = [str(r.quotes), str(r.documents), r.kind, r.name, r.role or ""]
        if by:
            cells.append(", ".join(f"{k} {v}" for k, v in r.by.most_common(3)))
        lines.append(cells)
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    out = ["  ".join(c.rjust(w) if i < 2 else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip()
           for row in lines]
    if top is not None and len(rows) > top:
        out.append(f"... {len(rows) - top} more speakers (--top)")
    out.append("")
    kinds = t.kinds(rows)
    out.append("by kind: " + ", ".join(f"{k} {v['speakers']} speakers / {v['quotes']} quotes"
                                       for k, v in kinds.items()))
    out.append(f"{t.documents} documents, {t.quotes} quotes, {len(rows)} speakers, "
               f"{t.unattributed} quotes without a speaker, {t.errors} error records skipped")
    return "\n".join(out)
