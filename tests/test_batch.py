"""The batch engine: inputs, error records, order, workers, resume (fake extractor unless marked)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from quotes import batch
from quotes.batch import Settings, UsageError
from quotes.errors import ModelError, QuotesError
from quotes.records import QUOTE_FIELDS, Quote, Span
from conftest import child_pids

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = Path(os.environ.get("QUOTES_SHARED", ROOT.parent / "shared")) / "data/polnear/dev/text"


class FakeExtractor:
    """Every "..." is a direct quote; a text containing BOOM makes extraction fail."""

    def extract(self, text: str) -> list[Quote]:
        if "BOOM" in text:
            raise RuntimeError("boom")
        return [Quote("direct", (Span.of(text, m.start(1), m.end(1)),), None, None, None, 0, 1.0)
                for m in re.finditer(r'"([^"]*)"', text)]

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        for text in texts:
            yield self.extract(text)


def fake_factory(models: str | None, device: str, threads: int | None) -> FakeExtractor:
    return FakeExtractor()


def broken_factory(models: str | None, device: str, threads: int | None) -> FakeExtractor:
    raise ModelError("models in /nowhere are broken")


FAKE = Settings(factory=fake_factory)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    """Lines given as bytes are written as they are, anything else as JSON."""
    path.write_bytes(b"".join((x if isinstance(x, bytes) else json.dumps(x).encode()) + b"\n" for x in lines))
    return path


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A JSONL with good records and every kind of bad line."""
    return write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": 'He said "one" and "two".', "url": "http://a"},
        b"{not json",
        b"",
        {"id": "b", "body": "no text field"},
        {"id": "c", "text": ""},
        b'{"id": "d", "text": "caf\xe9"}',
        {"id": "e", "text": 42},
        {"id": "f", "text": 'a BOOM "x"'},
        {"text": 'no id "here"'},
        [1, 2],
        {"id": "g", "text": '"last"'},
    ])


# ---------------------------------------------------------------- inputs


def test_expand_inputs_dirs_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ["d/b.txt", "d/a.jsonl", "d/sub/c.html", "d/skip.md"]:
        (tmp_path / name).write_text("x")
    found = batch.expand_inputs([str(tmp_path / "d")])
    assert [(s.kind, Path(s.path).name) for s in found] == [("jsonl", "a.jsonl"), ("text", "b.txt"), ("html", "c.html")]
    assert [Path(s.path).name for s in batch.expand_inputs([str(tmp_path / "d" / "*.txt")])] == ["b.txt"]
    assert batch.expand_inputs([str(tmp_path / "d" / "skip.md")])[0].kind == "text"  # named files are read as text
    assert batch.expand_inputs([], stdin_jsonl=True) == [batch.Source("jsonl", "-")]
    with pytest.raises(UsageError, match="no such file"):
        batch.expand_inputs([str(tmp_path / "missing.txt")])
    with pytest.raises(UsageError, match="no file matches"):
        batch.expand_inputs([str(tmp_path / "*.nothing")])
    with pytest.raises(UsageError, match="once"):
        batch.expand_inputs(["-", "-"])


def test_bad_lines_become_error_docs(tmp_path: Path) -> None:
    s = Settings(max_chars=5)
    assert batch.line_to_doc(b"  \n", "f", 1, s) is None
    assert batch.line_to_doc(b"{x", "f", 2, s).id == "f:2"  # type: ignore[union-attr]
    bad = batch.line_to_doc(b'{"id": 1, "text": "\xff"}', "f", 3, s)
    assert bad is not None and bad.id == "f:3" and "UTF-8" in (bad.error or "")
    long = batch.record_to_doc({"id": 1, "text": "123456"}, "f:5", s)
    assert long.id == 1 and "over --max-chars 5" in (long.error or "")
    ok = batch.record_to_doc({"id": 1, "text": "abc", "src": "x"}, "f:6", s)
    assert ok.error is None and ok.fields == {"id": 1, "src": "x"} and not ok.keep_text
    renamed = batch.record_to_doc({"url": "u", "body": "abc"}, "f:7", Settings(id_field="url", text_field="body"))
    assert renamed.id == "u" and renamed.text == "abc" and renamed.fields == {"id": "u", "url": "u"}
    html = batch.record_to_doc({"id": 2, "html": "<p>x</p>"}, "f:8", Settings())
    assert html.html == "<p>x</p>" and html.keep_text


# ---------------------------------------------------------------- running


def test_run_writes_one_line_per_record_in_order(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = batch.run([str(mixed)], str(out), FAKE)
    records = read_jsonl(out)
    name = str(mixed)
    assert [r["id"] for r in records] == ["a", f"{name}:2", "b", "c", f"{name}:6", "e", "f", f"{name}:9",
                                          f"{name}:10", "g"]
    by_id = {r["id"]: r for r in records}
    assert [q["text"] for q in by_id["a"]["quotes"]] == ["one", "two"]
    assert by_id["a"]["url"] == "http://a" and "text" not in by_id["a"]
    assert by_id["c"] == {"id": "c", "quotes": []}  # empty text: a normal record
    assert "invalid JSON" in by_id[f"{name}:2"]["error"]
    assert by_id["b"]["error"] == "no 'text' field" and by_id["b"]["body"] == "no text field"
    assert "UTF-8" in by_id[f"{name}:6"]["error"]
    assert "not a string" in by_id["e"]["error"]
    assert by_id["f"]["error"] == "extraction failed: RuntimeError: boom"
    assert by_id[f"{name}:9"]["quotes"][0]["text"] == "here"  # no id: FILE:LINE, still processed
    assert "not an object" in by_id[f"{name}:10"]["error"]
    assert all(r["quotes"] == [] for r in records if "error" in r)
    assert (summary.documents, summary.quotes, summary.errors) == (10, 4, 6)
    assert summary.exit_code == 3 and "10 documents, 4 quotes, 6 errors" in summary.line()


def test_per_quote_and_include_text(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": '"a" "b"', "src": "s"}, {"id": 2, "text": "none"},
                                              {"id": 3}])
    out = tmp_path / "out.jsonl"
    batch.run([str(src)], str(out), Settings(factory=fake_factory, per_quote=True, include_text=True))
    records = read_jsonl(out)
    assert [(r["doc_id"], r.get("text"), r.get("error")) for r in records] == [
        (1, "a", None), (1, "b", None), (3, None, "no 'text' field")]
    assert records[0]["doc_text"] == '"a" "b"' and records[0]["src"] == "s"
    batch.run([str(src)], str(out), Settings(factory=fake_factory, include_text=True), force=True)
    assert read_jsonl(out)[0]["text"] == '"a" "b"'


def test_per_quote_lines_keep_document_fields_a_quote_field_would_overwrite(tmp_path: Path) -> None:
    """A document's own `type`, `text`, `error` or `sentence` field is renamed `doc_...` on a
    --per-quote line, never overwritten by the quote's field of the same name."""
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "body": '"a"', "type": "op-ed", "text": "t",
                                               "error": "e", "sentence": 9, "doc_type": "x", "src": "s"}])
    out = tmp_path / "out.jsonl"
    batch.run([str(src)], str(out), Settings(factory=fake_factory, per_quote=True, text_field="body"))
    [line] = read_jsonl(out)
    assert {k: line[k] for k in ("doc_id", "doc_doc_type", "doc_type", "doc_doc_text", "doc_error",
                                 "doc_sentence", "src")} == {
        "doc_id": 1, "doc_doc_type": "op-ed", "doc_type": "x", "doc_doc_text": "t", "doc_error": "e",
        "doc_sentence": 9, "src": "s"}
    assert line["text"] == "a" and line["type"] != "op-ed" and "error" not in line
    q = Quote("direct", (Span.of("ab", 0, 1),), None, None, None, 0, 0.5)
    assert list(q.to_dict(explain=True)) == list(QUOTE_FIELDS)  # the names the renaming guards


def test_text_and_html_files(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (tmp_path / "a.txt").write_text('She said "hello there".\n', encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "c.html").write_bytes(
        b'<html><head><meta charset="latin-1"><title>T</title></head><body><nav>Home | About</nav>'
        b'<article><p>"We will not back down from this fight," the caf\xe9 owner told reporters on Monday '
        b'outside the town hall.</p></article><footer>Copyright 2016</footer></body></html>')
    out = tmp_path / "out.jsonl"
    summary = batch.run([str(tmp_path)], str(out), FAKE)
    a, b, c = read_jsonl(out)
    assert a == {"id": str(tmp_path / "a.txt"), "quotes": [a["quotes"][0]]} and a["quotes"][0]["text"] == "hello there"
    assert "not valid UTF-8" in b["error"]
    assert c["id"] == str(tmp_path / "c.html") and "Home" not in c["text"] and "café owner" in c["text"]
    span = c["quotes"][0]["parts"][0]
    assert c["text"][span["start"]:span["end"]] == "We will not back down from this fight,"
    assert summary.errors == 1


def test_jsonl_html_field(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = ('<html><body><nav>Home</nav><article><p>"Prices will rise again next spring," the minister told '
            'parliament on Tuesday afternoon.</p></article></body></html>')
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "raw": page, "url": "u"}])
    out = tmp_path / "out.jsonl"
    batch.run([str(src)], str(out), Settings(factory=fake_factory, html_field="raw"))
    (record,) = read_jsonl(out)
    assert record["url"] == "u" and "raw" not in record
    span = record["quotes"][0]["parts"][0]
    assert record["text"][span["start"]:span["end"]] == "Prices will rise again next spring,"


def test_stdin_plain_and_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    sources = batch.expand_inputs(["-"])
    docs = list(batch.read_docs(sources, FAKE, stdin=io.BytesIO(b'"x"\n\n"y"')))
    assert [(d.id, d.text) for d in docs] == [(batch.STDIN_ID, '"x"\n\n"y"')]
    sources = batch.expand_inputs(["-"], stdin_jsonl=True)
    docs = list(batch.read_docs(sources, FAKE, stdin=io.BytesIO(b'{"id": 1, "text": "t"}\n\n{bad\n')))
    assert [d.id for d in docs] == [1, f"{batch.STDIN_ID}:3"]


def test_two_workers_give_the_same_output(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": f'"q{i}" BOOM' if i == 7 else f'"q{i}"'}
                                              for i in range(30)])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch.run([str(src)], str(one), FAKE, workers=1)
    summary = batch.run([str(src)], str(two), FAKE, workers=2)
    assert one.read_bytes() == two.read_bytes()
    assert (summary.documents, summary.errors) == (30, 1)


def test_pool_reads_ahead_a_bounded_number_of_documents() -> None:
    """Memory stays flat: the reader is only drawn on as chunks come back."""
    drawn = 0

    def endless() -> Iterator[batch.Doc]:
        nonlocal drawn
        while True:
            drawn += 1
            yield batch.Doc(drawn, {"id": drawn}, text='"q"')

    results = batch._pooled(endless(), FAKE, workers=2, threads=1)
    assert [next(results).id for _ in range(10)] == list(range(1, 11))
    assert drawn <= 10 + (2 * 2 + 1) * batch.CHUNK_DOCS
    results.close()


def test_workers_fork_after_the_main_process_loads(tmp_path: Path) -> None:
    """In a fresh interpreter (torch not yet imported) the extractor is built once, in the main
    process, and the workers forked after it use it: the same output as one process."""
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": f'"q{i}"'} for i in range(20)])
    script = (
        "import json, os, sys\n"
        "from quotes import batch\n"
        "from test_batch import FakeExtractor\n"
        "built = []\n"
        "def factory(models, device, threads):\n"
        "    built.append(os.getpid())\n"
        "    return FakeExtractor()\n"
        "summary = batch.run([sys.argv[1]], sys.argv[2], batch.Settings(factory=factory), workers=2)\n"
        "print(json.dumps([built == [os.getpid()], summary.documents]))\n"
    )
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    proc = subprocess.run([sys.executable, "-c", script, str(src), str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [True, 20]
    one = tmp_path / "one.jsonl"
    batch.run([str(src)], str(one), FAKE, workers=1)
    assert out.read_bytes() == one.read_bytes()


def test_progress_bar_counts_documents(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch.run([str(mixed)], None, FAKE, progress=True)
    assert "10/10" in capsys.readouterr().err


def test_worker_model_failure_is_fatal(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": "t"} for i in range(10)])
    with pytest.raises(ModelError, match="broken"):
        batch.run([str(src)], str(tmp_path / "out.jsonl"), Settings(factory=broken_factory), workers=2)
    with pytest.raises(ModelError, match="does not exist"):
        batch.run([str(src)], None, Settings(factory=fake_factory, models=str(tmp_path / "none")))


# ---------------------------------------------------------------- output and resume


def test_existing_output_is_refused_unless_resume_or_force(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    with pytest.raises(UsageError, match="exists"):
        batch.run([str(mixed)], str(out), FAKE)
    assert out.read_text() == "precious\n"
    with pytest.raises(UsageError, match="contradict"):
        batch.run([str(mixed)], str(out), FAKE, resume=True, force=True)
    with pytest.raises(UsageError, match="needs -o"):
        batch.run([str(mixed)], None, FAKE, resume=True)
    with pytest.raises(QuotesError, match="not an output record"):
        batch.run([str(mixed)], str(out), FAKE, resume=True)
    batch.run([str(mixed)], str(out), FAKE, force=True)
    assert len(read_jsonl(out)) == 10
    with pytest.raises(QuotesError, match="cannot write"):
        batch.run([str(mixed)], str(tmp_path / "no" / "dir" / "out.jsonl"), FAKE)


@pytest.mark.parametrize("per_quote", [False, True])
@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0, max_value=1))
def test_resume_after_a_cut_at_any_byte(mixed: Path, tmp_path: Path, per_quote: bool, cut: float) -> None:
    """Whatever prefix a crash leaves, --resume completes it to exactly an uninterrupted run's output."""
    s = Settings(factory=fake_factory, per_quote=per_quote)
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    batch.run([str(mixed)], str(full), s, force=True)
    data = full.read_bytes()
    out.write_bytes(data[:int(len(data) * cut)])
    summary = batch.run([str(mixed)], str(out), s, resume=True)
    assert out.read_bytes() == data
    assert summary.skipped + summary.documents >= 10


# ---------------------------------------------------------------- the real thing


def _polnear_jsonl(path: Path, n: int) -> list[str]:
    """n short PolNeAR dev articles plus one of each broken line; returns the good ids."""
    texts = sorted(p for p in POLNEAR_DEV.glob("*.txt") if 1000 < p.stat().st_size < 3000)[:n]
    lines: list[Any] = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "source": "polnear"}
                                          for p in texts]
    lines[2:2] = [b'{"id": "broken", "text": ', b"   "]
    lines[5:5] = [{"id": "no-text"}, {"id": "empty", "text": ""}, b'{"id": "latin", "text": "\xe9t\xe9"}']
    write_jsonl(path, lines)
    return [p.stem for p in texts] + ["empty"]


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="needs the shared PolNeAR data")
def test_kill_and_resume_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    """SIGKILL mid-run (2 workers, real models), then --resume: every id once, same records, no orphans."""
    src = tmp_path / "in.jsonl"
    good = _polnear_jsonl(src, 8)
    reference = tmp_path / "reference.jsonl"
    batch.run([str(src)], str(reference), Settings(), workers=1)
    expected = read_jsonl(reference)

    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "quotes.cli", "extract", str(src), "-o", str(out), "--workers", "2", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    children = child_pids(proc.pid)
    proc.kill()
    proc.wait()
    gone = time.monotonic() + 10
    while time.monotonic() < gone and any(Path(f"/proc/{pid}").exists() for pid in children):
        time.sleep(0.2)
    assert not [pid for pid in children if Path(f"/proc/{pid}").exists()], "workers outlived their parent"
    done = out.read_bytes().count(b"\n")
    assert 3 <= done < len(expected)
    with out.open("ab") as f:  # as if the kill had torn a line
        f.write(b'{"id": "torn", "quo')

    resume = cmd[:-2] + ["1", "--resume"]  # one worker: the pool was tested above, and loading is the cost
    resumed = subprocess.run(resume, env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 3, resumed.stderr  # the error records of the killed run count
    assert "skipped" in resumed.stderr
    records = read_jsonl(out)
    assert records == expected
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) and set(good) <= set(ids)
    assert sum("error" in r for r in records) == 3
    assert next(r for r in records if r["id"] == "empty") == {"id": "empty", "quotes": []}
    assert sum(len(r["quotes"]) for r in records) > 10
