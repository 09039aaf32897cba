"""`quotes speakers`: speaker entities tallied over batch output, through click's CliRunner (no model)."""
from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import quotes.speakers
from quotes.cli import main
from quotes.speakers import normalise, read_lines, tally


def _entity(eid: int, name: str, kind: str = "person", role: str | None = None) -> dict[str, Any]:
    return {"id": eid, "name": name, "role": role, "kind": kind, "mentions": []}


def _quote(entity: dict[str, Any] | None) -> dict[str, Any]:
    return {"type": "direct", "text": "...", "parts": [], "speaker": None, "speaker_resolved": None, "cue": None,
            "sentence": 0, "confidence": 0.9, "speaker_entity": entity}


KERRY = _entity(0, "John Kerry", role="US Secretary of State")
DOCS = [
    {"id": "a", "source": "afp", "quotes": [_quote(KERRY), _quote(KERRY), _quote(_entity(1, "a senior US official",
                                                                                        "unnamed"))]},
    {"id": "b", "source": "reuters", "quotes": [_quote(_entity(0, "Kerry")), _quote(None),
                                                 _quote(_entity(1, "another senior US official", "unnamed")),
                                                 _quote(_entity(2, "The State Department", "organisation"))]},
    {"id": "c", "error": "invalid JSON", "quotes": []},
    {"id": "d", "source": "afp", "quotes": [_quote(_entity(0, "Senior officials", "group"))]},
]


def _write(path: Path, records: list[dict[str, Any]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + extra, encoding="utf-8")
    return path


def test_doctests() -> None:
    result = doctest.testmod(quotes.speakers)
    assert result.attempted >= 1 and result.failed == 0


@pytest.mark.parametrize("name, key", [
    ("another senior  US official", "senior us official"),
    ("a senior US official", "senior us official"),
    ("Mr. Trump", "trump"),
    ("The Kremlin", "kremlin"),
    ("Senior officials travelling with Kerry", "senior officials travelling with kerry"),
    ("the", "the"),    # nothing but a determiner: kept, never emptied
])
def test_normalise(name: str, key: str) -> None:
    assert normalise(name) == key


def test_json_counts(tmp_path: Path) -> None:
    out = _write(tmp_path / "out.jsonl", DOCS, extra="not json\n\n")
    result = CliRunner().invoke(main, ["speakers", str(out), "--json", "--by", "source"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert [(s["name"], s["kind"], s["role"], s["quotes"], s["documents"], s["by"]["quotes"])
            for s in got["speakers"]] == [
        ("John Kerry", "person", "US Secretary of State", 3, 2, {"afp": 2, "reuters": 1}),   # `Kerry` folded in
        ("a senior US official", "unnamed", None, 2, 2, {"afp": 1, "reuters": 1}),
        ("Senior officials", "group", None, 1, 1, {"afp": 1}),
        ("The State Department", "organisation", None, 1, 1, {"reuters": 1}),
    ]
    assert got["kinds"] == {"person": {"speakers": 1, "quotes": 3}, "organisation": {"speakers": 1, "quotes": 1},
                            "group": {"speakers": 1, "quotes": 1}, "unnamed": {"speakers": 1, "quotes": 2}}
    assert (got["documents"], got["quotes"], got["unattributed"], got["errors"]) == (3, 8, 1, 2)


def test_table_and_filters(tmp_path: Path) -> None:
    out = _write(tmp_path / "out.jsonl", DOCS)
    result = CliRunner().invoke(main, ["speakers", str(out), "--kind", "person"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["quotes", "docs", "kind", "speaker", "role"]
    assert lines[1].split() == ["3", "2", "person", "John", "Kerry", "US", "Secretary", "of", "State"]
    assert lines[2] == ""
    assert lines[3].startswith("by kind: person 1 speakers / 3 quotes, organisation 0 speakers")
    result = CliRunner().invoke(main, ["speakers", str(out), "--top", "1"])
    assert "... 3 more speakers (--top)" in result.output


def test_per_quote_lines_give_the_same_tally(tmp_path: Path) -> None:
    """`quotes extract --per-quote` output: one line per quote with doc_id."""
    lines = [{"doc_id": d["id"], "source": d.get("source"), **q} for d in DOCS if "error" not in d
             for q in d["quotes"]]
    with _write(tmp_path / "a.jsonl", DOCS).open() as a, _write(tmp_path / "b.jsonl", lines).open() as b:
        per_doc = tally(read_lines(a), by="source")
        per_quote = tally(read_lines(b), by="source")
    assert [r.to_dict("source") for r in per_quote.ranked()] == [r.to_dict("source") for r in per_doc.ranked()]


def test_several_files_and_stdin(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", DOCS[:1])
    b = _write(tmp_path / "b.jsonl", DOCS[1:])
    result = CliRunner().invoke(main, ["speakers", str(a), "-", "--json"], input=b.read_text())
    assert json.loads(result.output)["speakers"][0]["quotes"] == 3


def test_nothing_to_tally(tmp_path: Path) -> None:
    out = _write(tmp_path / "empty.jsonl", [])
    result = CliRunner().invoke(main, ["speakers", str(out), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["speakers"] == []


@pytest.mark.parametrize("args", [["speakers"], ["speakers", "missing.jsonl"], ["speakers", "x", "--kind", "cat"]])
def test_usage_errors(args: list[str], tmp_path: Path) -> None:
    assert CliRunner().invoke(main, args).exit_code == 2
