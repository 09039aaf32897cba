"""The `quotes` command: options, messages, exit status (fake extractor unless the models are the point)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from quotes import batch, cli
from quotes.errors import ModelError

ROOT = Path(__file__).resolve().parents[1]


def invoke(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=input)


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_help_documents_inputs_exit_status_and_examples() -> None:
    result = invoke("extract", "--help")
    assert result.exit_code == 0
    for text in ["--per-quote", "--resume", "--dask", "--max-chars", "Exit status", "3  some records",
                 "quotes extract data/kerry-geneva.txt", "FILE:LINE"]:
        assert text in result.output
    top = invoke("--help")
    assert top.exit_code == 0 and "download-models" in top.output


def test_version_names_the_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output.startswith("quotes ") and "stanza models:" in result.output
    assert "--quantize auto (the default) on this CPU: " in result.output  # what `auto` runs here: bf16 or none
    monkeypatch.setenv("QUOTES_MODELS", str(tmp_path / "nowhere"))
    broken = invoke("--version")
    assert broken.exit_code == 0 and "none usable" in broken.output and "nowhere" in broken.output


def test_python_dash_m_runs_the_cli() -> None:
    """`python -m quotes` is the same command line (the benchmark times it as a whole process)."""
    proc = subprocess.run([sys.executable, "-m", "quotes", "--version"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("quotes ") and "stanza models:" in proc.stdout


def test_stdin_plain_text(fake: None) -> None:
    result = invoke("extract", input='He said "yes".')
    assert result.exit_code == 0, result.stderr
    assert lines(result.stdout) == [{"id": batch.STDIN_ID, "quotes": [lines(result.stdout)[0]["quotes"][0]]}]
    assert lines(result.stdout)[0]["quotes"][0]["text"] == "yes"
    assert "1 documents, 1 quotes, 0 errors" in result.stderr
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal


def test_stdin_jsonl_fields_and_error_status(fake: None) -> None:
    data = '{"url": "u1", "body": "\\"a\\"", "date": "d"}\n\n{oops\n{"url": "u2"}\n'
    result = invoke("extract", "-", "--jsonl", "--id-field", "url", "--text-field", "body", "--include-text",
                    "--workers", "1", input=data)  # stdin JSONL has no known length: say 1, or a pool starts
    assert result.exit_code == 3
    first, bad, missing = lines(result.stdout)
    assert first == {"id": "u1", "url": "u1", "date": "d", "body": '"a"', "quotes": first["quotes"]}
    assert bad["id"] == f"{batch.STDIN_ID}:3" and bad["quotes"] == [] and "invalid JSON" in bad["error"]
    assert missing["error"] == "no 'body' field"
    assert "3 documents, 1 quotes, 2 errors" in result.stderr


def test_per_quote_output_and_quiet(fake: None, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text('"one" and "two"', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(src), "-o", str(out), "--per-quote", "--quiet", "--workers", "1")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert [(r["doc_id"], r["text"]) for r in lines(out.read_text())] == [(str(src), "one"), (str(src), "two")]


def test_dash_output_is_stdout(fake: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o -` writes to stdout, as `-` reads stdin: no file named `-` appears."""
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "a.txt"
    src.write_text('He said "yes".', encoding="utf-8")
    result = invoke("extract", str(src), "-o", "-", "--quiet", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert [q["text"] for q in lines(result.stdout)[0]["quotes"]] == ["yes"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_usage_errors_exit_2(fake: None, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": 1, "quotes": []}\n')
    src = tmp_path / "a.txt"
    src.write_text("text")
    for args, message in [
        ([str(tmp_path / "missing.txt")], "no such file"),
        ([str(src), "-o", str(out)], "--resume to continue it or --force"),
        ([str(src), "--resume"], "needs -o"),
        ([str(src), "--workers", "0"], "0"),
        ([str(src), "--dask", "local"], "--dask needs -o"),
    ]:
        result = invoke("extract", *args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr
    forced = invoke("extract", str(src), "-o", str(out), "--force")
    assert forced.exit_code == 0 and lines(out.read_text()) == [{"id": str(src), "quotes": []}]


def test_fatal_errors_exit_1(fake: None, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("text")
    no_models = invoke("extract", str(src), "--models", str(tmp_path / "none"))
    assert no_models.exit_code == 1 and "does not exist" in no_models.stderr
    unwritable = invoke("extract", str(src), "-o", str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert unwritable.exit_code == 1 and "cannot write" in unwritable.stderr


def test_missing_cuda_is_fatal(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    src = tmp_path / "a.txt"
    src.write_text("text")
    result = invoke("extract", str(src), "--device", "cuda", "--workers", "1")
    assert result.exit_code == 1 and "CUDA" in result.stderr


def test_verbose_names_models_and_error_records(fake: None, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": 5}\n')
    result = invoke("extract", str(src), "-v")
    assert result.exit_code == 3
    assert "stanza models:" in result.stderr and '"x": field \'text\' is int, not a string' in result.stderr


def test_download_models_wraps_the_library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str | None] = []

    def download(directory: str | None = None) -> Path:
        calls.append(directory)
        return Path(directory or "default")

    monkeypatch.setattr("quotes.models.download_models", download)
    result = invoke("download-models", "--dir", str(tmp_path))
    assert result.exit_code == 0 and calls == [str(tmp_path)] and str(tmp_path) in result.stderr

    def offline(directory: str | None = None) -> Path:
        raise ModelError("downloading failed: no network")

    monkeypatch.setattr("quotes.models.download_models", offline)
    failed = invoke("download-models")
    assert failed.exit_code == 1 and "no network" in failed.stderr


def test_reference_article_with_the_real_models() -> None:
    """The bundled models, found by the default lookup, through the whole command."""
    path = "data/kerry-geneva.txt"
    result = CliRunner().invoke(cli.main, ["extract", str(ROOT / path), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    (record,) = lines(result.stdout)
    text = (ROOT / path).read_text(encoding="utf-8")
    assert len(record["quotes"]) >= 5
    for quote in record["quotes"]:
        for span in quote["parts"] + [s for s in (quote["speaker"], quote["cue"]) if s]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_explain_names_the_rules_behind_each_quote() -> None:
    """`--explain` adds to each quote of the reference article a "rules" object naming its link rule,
    its cue rule when it has a cue, and its speaker rule when it has one; the default output has no
    "rules" and is otherwise the same."""
    from quotes.rules.tables import TABLES

    known = {r.name for t in TABLES for r in t}
    path = str(ROOT / "data" / "kerry-geneva.txt")
    plain = CliRunner().invoke(cli.main, ["extract", path, "--workers", "1", "--quiet"])
    explained = CliRunner().invoke(cli.main, ["extract", path, "--workers", "1", "--quiet", "--explain"])
    assert plain.exit_code == 0 and explained.exit_code == 0, explained.stderr
    (record,) = lines(plain.stdout)
    (with_rules,) = lines(explained.stdout)
    assert all("rules" not in q for q in record["quotes"])
    assert [{k: v for k, v in q.items() if k != "rules"} for q in with_rules["quotes"]] == record["quotes"]
    for q in with_rules["quotes"]:
        rules = q["rules"]
        assert set(rules.values()) <= known
        assert "link" in rules
        assert ("cue" in rules) == (q["cue"] is not None)
        assert ("speaker" in rules) == (q["speaker"] is not None)
