"""The quote index: `quotes index`, `quotes search`, `quotes verify` on a small hand-made corpus (real SQLite files)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import quotes
from quotes import cli, index
from quotes.claims import CLOSE_SIMILARITY, MAX_CLAIM_CHARS, VerifyError, align, verify, words
from quotes.search import SearchError, search

# ---------------------------------------------------------------- a hand-made corpus


def _quote(text: str, at: str, speaker: str | None = None, resolved: str | None = None, sentence: int = 0,
           entity: dict[str, Any] | None = None) -> dict[str, Any]:
    """A batch-output quote record for `at`'s first occurrence in its document's text."""
    doc, quoted = at.split("|")
    start = DOC_TEXTS[doc].index(quoted)

    def span(s: str | None) -> dict[str, Any] | None:
        if s is None:
            return None
        i = DOC_TEXTS[doc].index(s)
        return {"start": i, "end": i + len(s), "text": s}

    record = {"type": "direct", "text": text, "parts": [{"start": start, "end": start + len(quoted), "text": quoted}],
              "speaker": span(speaker), "speaker_resolved": span(resolved or speaker), "cue": None,
              "sentence": sentence, "confidence": 0.9}
    if entity is not None:
        record["speaker_entity"] = entity
    return record


DOC_TEXTS = {
    "tax": 'Budget day. Senator Maria Lopez said: "We will not raise taxes on working families this year." '
           "She left early.",
    "geneva": 'Sergei Lavrov spoke in Geneva. "The talks have been constructive and serious," he said. '
              '"Nobody expected the ceasefire to hold for long," he added.',
    "growth": 'Angela Merkel was upbeat. "Our economy grew faster than anyone predicted last spring," she said.',
}

TAX = "We will not raise taxes on working families this year."
TALKS = "The talks have been constructive and serious,"
CEASEFIRE = "Nobody expected the ceasefire to hold for long,"
GROWTH = "Our economy grew faster than anyone predicted last spring,"


def corpus() -> list[dict[str, Any]]:
    """Per-document batch output as `quotes extract --include-text` writes it (today's: no speaker_entity)."""
    return [
        {"id": "tax", "source": "AFP", "text": DOC_TEXTS["tax"],
         "quotes": [_quote(TAX, f"tax|{TAX}", "Senator Maria Lopez", sentence=1)]},
        {"id": "geneva", "source": "Reuters", "text": DOC_TEXTS["geneva"],
         "quotes": [_quote(TALKS, f"geneva|{TALKS}", "he", "Sergei Lavrov", sentence=1),
                    _quote(CEASEFIRE, f"geneva|{CEASEFIRE}", "he", "Sergei Lavrov", sentence=2)]},
        {"id": "growth", "source": "AFP", "text": DOC_TEXTS["growth"],
         "quotes": [_quote(GROWTH, f"growth|{GROWTH}", "she", "Angela Merkel", sentence=1)]},
        {"id": "empty", "source": "AFP", "text": "Nothing quoted here.", "quotes": []},
    ]


def write_jsonl(path: Path, records: list[Any], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + extra, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An index of the corpus, with a broken line and an error record among the input."""
    out = write_jsonl(tmp_path / "out.jsonl", corpus(),
                      '{"id": "bad", "error": "field \'text\' is null", "quotes": []}\n{"id": "cut", "quo\n')
    path = tmp_path / "quotes.sqlite"
    result = invoke("index", str(out), "--db", str(path))
    assert result.exit_code == cli.EXIT_RECORD_ERRORS, result.output
    return path


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=input)


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# ---------------------------------------------------------------- index


def test_index_counts_and_skips(tmp_path: Path) -> None:
    out = write_jsonl(tmp_path / "out.jsonl", corpus(),
                      '{"id": "bad", "error": "boom", "quotes": []}\n{"id": "cut", "quo\n[1, 2]\n'
                      '{"id": "noparts", "quotes": [{"text": "x"}]}\n')
    path = tmp_path / "q.sqlite"
    result = invoke("index", str(out), "--db", str(path), "-v")
    assert result.exit_code == cli.EXIT_RECORD_ERRORS
    assert "indexed 4 documents, 4 quotes; skipped 0 already present, 1 error records, 3 broken lines" in result.stderr
    assert f"{out}:6: invalid JSON" in result.stderr
    assert f"{out}:7: not a JSON object" in result.stderr
    assert f"{out}:8: a quote lacks text or parts" in result.stderr
    assert rows(path, "SELECT doc_key, json_extract(fields, '$.source') FROM documents ORDER BY id") == [
        ('"tax"', "AFP"), ('"geneva"', "Reuters"), ('"growth"', "AFP"), ('"empty"', "AFP")]
    assert rows(path, "SELECT text, speaker, speaker_names, context FROM quotes ORDER BY id") == [
        (TAX, "Senator Maria Lopez", "Senator Maria Lopez", f'Senator Maria Lopez said: "{TAX}"'),
        (TALKS, "Sergei Lavrov", "Sergei Lavrov\nhe", f'"{TALKS}" he said.'),
        (CEASEFIRE, "Sergei Lavrov", "Sergei Lavrov\nhe", f'"{CEASEFIRE}" he added.'),
        (GROWTH, "Angela Merkel", "Angela Merkel\nshe", f'"{GROWTH}" she said.'),
    ]
    # the document text itself is not stored, only the quotes' sentences
    assert all("Budget day" not in str(r) for r in rows(path, "SELECT * FROM documents"))

    again = invoke("index", str(out), "--db", str(path))
    assert "indexed 0 documents, 0 quotes; skipped 4 already present" in again.stderr
    changed = corpus()[:1]
    changed[0]["quotes"] = []
    replaced = invoke("index", str(write_jsonl(tmp_path / "new.jsonl", changed)), "--db", str(path), "--replace")
    assert replaced.exit_code == 0 and "indexed 1 documents, 0 quotes" in replaced.stderr
    assert rows(path, "SELECT count(*) FROM quotes") == [(3,)]
    assert rows(path, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'taxes'") == [(0,)]


def test_index_reads_per_quote_output_and_speaker_entities(tmp_path: Path) -> None:
    """`--per-quote` lines, grouped by doc_id, and the speaker_entity objects of issue 19's output."""
    entity = {"id": "E1", "name": "Sergei Lavrov", "role": "foreign minister", "kind": "person",
              "mentions": [{"start": 0, "end": 13, "text": "Sergei Lavrov"}, {"start": 66, "end": 68, "text": "he"}]}
    lines = []
    for doc in corpus():
        for q in doc["quotes"]:
            if doc["id"] == "geneva":
                q = {**q, "speaker_entity": entity, "speaker_resolved": None}
            lines.append({"doc_id": doc["id"], "source": doc["source"], "doc_text": doc["text"], **q,
                          "added_later": "kept with the quote"})
    lines.insert(1, {"doc_id": "broken", "error": "extraction failed"})
    out = write_jsonl(tmp_path / "per-quote.jsonl", lines)
    conn = index.open_index(tmp_path / "q.sqlite", create=True)
    report = index.index_files(conn, [str(out)])
    assert (report.documents, report.quotes, report.error_records, report.skipped_lines) == (3, 4, 1, [])
    assert conn.execute("SELECT d.fields, q.speaker, q.speaker_names, json_extract(q.speaker_entity, '$.id') "
                        "FROM quotes q JOIN documents d ON d.id = q.document WHERE q.text = ?", (CEASEFIRE,)
                        ).fetchall() == [('{"id": "geneva", "source": "Reuters"}', "Sergei Lavrov", "Sergei Lavrov\nhe", "E1")]
    assert [h.speaker for h in search(conn, "talks", speaker="Lavrov")] == ["Sergei Lavrov"]
    assert conn.execute("SELECT DISTINCT json_extract(record, '$.added_later') FROM quotes").fetchall() == \
        [("kept with the quote",)]
    conn.close()


def test_index_without_text_has_no_context(tmp_path: Path) -> None:
    records = [{k: v for k, v in doc.items() if k != "text"} for doc in corpus()]
    conn = index.open_index(tmp_path / "q.sqlite", create=True)
    index.index_files(conn, [str(write_jsonl(tmp_path / "out.jsonl", records))])
    assert conn.execute("SELECT count(*), count(context) FROM quotes").fetchone() == (4, 0)
    conn.close()


def test_index_text_field(tmp_path: Path) -> None:
    """Output of `quotes extract --text-field body --include-text` keeps the text under "body"."""
    records = [{("body" if k == "text" else k): v for k, v in doc.items()} for doc in corpus()]
    out = str(write_jsonl(tmp_path / "out.jsonl", records))
    result = invoke("index", out, "--db", str(tmp_path / "q.sqlite"), "--text-field", "body")
    assert result.exit_code == 0, result.output
    assert rows(tmp_path / "q.sqlite", "SELECT context FROM quotes WHERE text = 'Our economy grew faster than "
                "anyone predicted last spring,'") == [(f'"{GROWTH}" she said.',)]
    assert rows(tmp_path / "q.sqlite", "SELECT count(*) FROM documents WHERE fields LIKE '%body%'") == [(0,)]


def test_failure_mid_index_keeps_whole_documents_and_a_rerun_completes(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """An injected failure on the 4th document, two documents to a transaction: the first two stay, whole."""
    records = [{"id": f"d{i}", "text": "", "quotes": [_quote(TAX, f"tax|{TAX}", "Senator Maria Lopez")] * 2}
               for i in range(6)]
    out = str(write_jsonl(tmp_path / "out.jsonl", records))
    path = tmp_path / "q.sqlite"
    real_insert = index._insert
    calls = []

    def failing(conn: sqlite3.Connection, doc: Any) -> int:
        calls.append(doc.key)
        if len(calls) == 4:
            conn.execute("INSERT INTO documents(doc_key, fields, origin) VALUES ('half', '{}', 'x')")
            raise OSError("disk on fire")
        return real_insert(conn, doc)

    monkeypatch.setattr(index, "_insert", failing)
    conn = index.open_index(path, create=True)
    with pytest.raises(OSError):
        index.index_files(conn, [out], per_transaction=2)
    conn.close()
    assert rows(path, "SELECT doc_key FROM documents") == [('"d0"',), ('"d1"',)]
    assert rows(path, "SELECT count(*) FROM quotes") == [(4,)]
    monkeypatch.setattr(index, "_insert", real_insert)
    conn = index.open_index(path)
    report = index.index_files(conn, [out], per_transaction=2)
    conn.close()
    assert (report.documents, report.present) == (4, 2)
    assert rows(path, "SELECT count(*), count(DISTINCT document) FROM quotes") == [(12, 6)]
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_killed_index_process_leaves_a_consistent_index(tmp_path: Path) -> None:
    """SIGKILL while a transaction is open (the process waits on stdin mid-batch); a rerun completes it."""
    total, per_transaction = 1200, index.DOCS_PER_TRANSACTION
    records = [json.dumps({"id": f"d{i}", "quotes": [_quote(TAX, f"tax|{TAX}", "Senator Maria Lopez")]})
               for i in range(total)]
    path = tmp_path / "q.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "index", "-", "--db", str(path)],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(("\n".join(records[:per_transaction + 100]) + "\n").encode())
    proc.stdin.flush()
    deadline = time.monotonic() + 300  # the CLI starts slowly on a busy machine
    while time.monotonic() < deadline:
        if path.exists():
            try:
                if rows(path, "SELECT count(*) FROM documents")[0][0] >= per_transaction:
                    break
            except sqlite3.OperationalError:  # schema not there yet
                pass
        time.sleep(0.2)
    time.sleep(0.5)  # the next 100 documents go into the open transaction
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert rows(path, "SELECT count(*) FROM documents") == [(per_transaction,)]
    assert rows(path, "SELECT count(*) FROM quotes") == [(per_transaction,)]
    out = write_jsonl(tmp_path / "out.jsonl", [json.loads(r) for r in records])
    rerun = invoke("index", str(out), "--db", str(path))
    assert rerun.exit_code == 0, rerun.output
    assert f"indexed {total - per_transaction} documents" in rerun.stderr
    assert rows(path, "SELECT count(*), count(DISTINCT document) FROM quotes") == [(total, total)]
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


# ---------------------------------------------------------------- search


def test_search_ranks_filters_and_shows_context(db: Path) -> None:
    result = invoke("search", "talks", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(h["doc_id"], h["speaker"], h["text"], h["context"]) for h in hits] == [
        ("geneva", "Sergei Lavrov", TALKS, f'"{TALKS}" he said.')]
    conn = index.open_index(db)
    assert [h.text for h in search(conn, "expected")] == [CEASEFIRE]
    assert [h.text for h in search(conn, "the")] == [TALKS, CEASEFIRE]  # the shorter quote ranks first
    assert [h.text for h in search(conn, '"constructive and serious"')] == [TALKS]
    assert search(conn, '"serious and constructive"') == []
    assert [h.text for h in search(conn, "tax*")] == [TAX]
    assert [h.text for h in search(conn, "taxes", speaker="Lopez")] == [TAX]
    assert search(conn, "taxes", speaker="Lavrov") == []
    assert [h.doc_id for h in search(conn, "our OR the")] == []  # OR is a word, not an operator
    assert [h.text for h in search(conn, "grew", fields={"source": "AFP"})] == [GROWTH]
    assert search(conn, "grew", fields={"source": "Reuters"}) == []
    assert [h.text for h in search(conn, "the", limit=1)] == [TALKS]
    assert search(conn, "won't") == []
    with pytest.raises(SearchError):
        search(conn, ' "" -- ')
    conn.close()


def test_search_cli_text_and_errors(db: Path, tmp_path: Path) -> None:
    result = invoke("search", "economy", "--db", str(db), "--field", "source=AFP")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [f"   \u201c{GROWTH}\u201d", f'   in: "{GROWTH}" she said.']
    assert invoke("search", "economy", "--db", str(db), "--field", "source").exit_code == 2
    assert invoke("search", "...", "--db", str(db)).exit_code == 2
    missing = invoke("search", "x", "--db", str(tmp_path / "none.sqlite"))
    assert missing.exit_code == 2 and "no quote index at" in missing.stderr
    nothing = invoke("search", "bananas", "--db", str(db))
    assert nothing.exit_code == 0 and nothing.stdout == "" and "no quote found" in nothing.stderr


# ---------------------------------------------------------------- verify


VERIFY_CASES = [
    # claim, claimed speaker, verdict, source quotes, non-kept diff steps (op, claim, quote), notes
    (TAX, "Maria Lopez", "verbatim", [TAX], [], ()),
    ("We will not raise taxes on working families", "Lopez", "verbatim", [TAX], [],
     ("the claim is part of a longer quote",)),
    ("We will raise taxes on working families this year.", None, "close", [TAX],
     [("dropped", "", "not")], ('drops the negation "not"',)),
    ("We won't raise taxes on working families this year.", None, "close", [TAX],
     [("changed", "won't", "will not")], ()),
    ("We will not raise taxes on families working this year", None, "close", [TAX],
     [("dropped", "", "working"), ("inserted", "working", "")], ("the same words in a different order",)),
    ("We will not raise taxes this year", None, "close", [TAX],
     [("dropped", "", "on working families")], ()),
    ("We will not cut taxes on working families this year", None, "close", [TAX],
     [("changed", "cut", "raise")], ()),
    (TAX, "Sergei Lavrov", "speaker differs", [TAX], [], ("said by Senator Maria Lopez, not Sergei Lavrov",)),
    ("The talks have been constructive and serious. Nobody expected the ceasefire to hold for long.", "Lavrov",
     "close", [TALKS, CEASEFIRE], [],
     ('merges two quotes: "The talks have been constructive and serious," (Sergei Lavrov) and '
      '"Nobody expected the ceasefire to hold for long," (Sergei Lavrov)',)),
    ("taxes", None, "verbatim", [TAX], [], ("the claim is part of a longer quote",)),  # one word: no pairs
    ("Bananas taste delicious", None, "not found", [], [], ("no indexed quote shares a word with the claim",)),
]


@pytest.mark.parametrize("claim, speaker, verdict, sources, changes, notes", VERIFY_CASES)
def test_verify_table(db: Path, claim: str, speaker: str | None, verdict: str, sources: list[str],
                      changes: list[tuple[str, str, str]], notes: tuple[str, ...]) -> None:
    result = quotes.verify(claim, db, speaker=speaker)
    assert result.verdict == verdict
    assert [p.text for p in result.parts] == sources
    assert [(d.op, d.claim, d.quote) for p in result.parts for d in p.diff if d.op != "kept"] == changes
    assert result.notes == notes


def test_verify_spans_and_similarity(db: Path) -> None:
    claim = "The economy grew faster than anybody predicted last spring"
    result = verify(claim, db)
    (part,) = result.parts
    assert result.verdict == "close" and part.text == GROWTH and part.doc_id == "growth"
    assert [(d.op, d.claim, d.quote) for d in part.diff] == [
        ("changed", "The", "Our"), ("kept", "economy grew faster than", "economy grew faster than"),
        ("changed", "anybody", "anyone"), ("kept", "predicted last spring", "predicted last spring")]
    assert (part.claim_start, part.claim_end) == (0, len(claim))
    assert (part.quote_start, part.quote_end) == (0, len(GROWTH) - 1)  # the comma is not a word
    assert part.similarity == pytest.approx(2 * 7 / 18)  # 7 of 9 words shared
    assert part.context == f'"{GROWTH}" she said.' and part.fields["source"] == "AFP"
    assert result.matches[0] == part


def test_verify_merge_with_a_wrong_speaker_for_one_part(db: Path) -> None:
    claim = "We will not raise taxes on working families this year. Our economy grew faster than anyone predicted"
    result = verify(claim, db, speaker="Maria Lopez")
    assert result.verdict == "speaker differs" and result.merged
    assert [(p.text, p.speaker_matches) for p in result.parts] == [(TAX, True), (GROWTH, False)]
    assert claim[result.parts[1].claim_start:result.parts[1].claim_end] == \
        "Our economy grew faster than anyone predicted"
    assert f'"{GROWTH}" was said by Angela Merkel, not Maria Lopez' in result.notes


def test_verify_below_threshold_lists_the_closest(db: Path) -> None:
    result = verify("Taxes on the rich are the main problem for families", db)
    assert result.verdict == "not found" and result.parts == ()
    assert result.matches and result.matches[0].text == TAX
    assert result.matches[0].similarity < CLOSE_SIMILARITY


def test_align_places_a_short_claim_inside_a_long_quote() -> None:
    quote = words("Yes. " * 30 + "we will not raise taxes. " + "No. " * 30)
    a = align(words("we will raise taxes"), quote)
    assert [w.norm for w in quote[a.q0:a.q1]] == ["we", "will", "not", "raise", "taxes"]
    assert align(words(""), quote).similarity == 0.0


def test_verify_bad_input(db: Path, tmp_path: Path) -> None:
    for claim in ["", "  ...  ", "x" * (MAX_CLAIM_CHARS + 1)]:
        with pytest.raises(VerifyError):
            verify(claim, db)
        result = invoke("verify", claim, "--db", str(db))
        assert result.exit_code == 2 and "quotes: error: the claim" in result.stderr
    with pytest.raises(index.QuoteIndexError, match="no quote index"):
        verify("taxes", tmp_path / "missing.sqlite")
    assert not (tmp_path / "missing.sqlite").exists()

    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not a database" * 100)
    for args in (["verify", "taxes"], ["search", "taxes"], ["index", str(tmp_path / "out.jsonl")]):
        write_jsonl(tmp_path / "out.jsonl", corpus())
        result = invoke(*args, "--db", str(corrupt))
        assert result.exit_code == 2 and "not a usable quote index" in result.stderr, result.output
    assert corrupt.read_bytes() == b"this is not a database" * 100  # nothing lost

    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE accounts (x)")
    conn.commit()
    conn.close()
    result = invoke("index", str(tmp_path / "out.jsonl"), "--db", str(other))
    assert result.exit_code == 2 and "not a quote index" in result.stderr
    assert rows(other, "SELECT name FROM sqlite_master") == [("accounts",)]
    assert invoke("index", str(tmp_path / "nope.jsonl"), "--db", str(db)).exit_code == 2


def test_verify_cli(db: Path) -> None:
    result = invoke("verify", "We will raise taxes on working families this year", "--speaker", "Lopez",
                    "--db", str(db))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "verdict: close",
        '  - drops the negation "not"',
        "source: Senator Maria Lopez, tax  [similarity 0.95]",
        f"  real:  \u201c{TAX}\u201d",
        "  diff:  We will [-not-] raise taxes on working families this year",
        f'  in:    Senator Maria Lopez said: "{TAX}"',
    ]
    as_json = json.loads(invoke("verify", TAX, "--db", str(db), "--json").stdout)
    assert as_json["verdict"] == "verbatim" and as_json["parts"][0]["doc_id"] == "tax"
    assert as_json["parts"][0]["diff"] == [{"op": "kept", "claim": TAX[:-1], "quote": TAX[:-1]}]
    none = invoke("verify", "Taxes on the rich are the main problem for families", "--db", str(db))
    assert none.stdout.splitlines()[0] == "verdict: not found" and "closest:" in none.stdout


def test_public_api() -> None:
    assert {"verify", "Verification"} <= set(quotes.__all__)


def test_index_refuses_sqlite_without_fts5_and_other_schema_versions(tmp_path: Path, db: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    result = invoke("verify", TAX, "--db", str(db))
    assert result.exit_code == 2 and "schema version 99" in result.stderr
    monkeypatch.setattr(index, "_fts5_available", lambda conn: False)
    result = invoke("index", str(write_jsonl(tmp_path / "o.jsonl", corpus())), "--db", str(tmp_path / "new.sqlite"))
    assert result.exit_code == 2 and "has no FTS5 full-text index" in result.stderr


def test_verify_speaker_by_entity_mentions(tmp_path: Path) -> None:
    """Per-document output with speaker entities: the entity's name is the speaker, and a claim
    attributed to any name the entity goes by is the same speaker."""
    records = corpus()
    tax = records[0]["quotes"][0]
    tax["speaker"] = tax["speaker_resolved"] = {"start": 12, "end": 31, "text": "Senator Maria Lopez"}
    tax["speaker_entity"] = {"id": "E7", "name": "Maria Lopez", "role": "senator", "kind": "person",
                             "mentions": [{"start": 12, "end": 31, "text": "Senator Maria Lopez"},
                                          {"start": (she := DOC_TEXTS["tax"].index("She")), "end": she + 3,
                                           "text": "She"}]}
    conn = index.open_index(tmp_path / "q.sqlite", create=True)
    index.index_files(conn, [str(write_jsonl(tmp_path / "out.jsonl", records))])
    assert conn.execute("SELECT speaker, speaker_names FROM quotes WHERE text = ?", (TAX,)).fetchone() == \
        ("Maria Lopez", "Maria Lopez\nSenator Maria Lopez\nShe")
    result = verify(TAX, conn, speaker="Senator Lopez")
    assert (result.verdict, result.parts[0].speaker, result.parts[0].speaker_matches) == \
        ("verbatim", "Maria Lopez", True)
    assert verify(TAX, conn, speaker="Angela Merkel").verdict == "speaker differs"
    conn.close()
