"""Nothing lost, nothing silent: the batch job's guards, each through the command line.

OUT never destroys an input, two runs never share an OUT, symbolic-link loops give each file
once, inputs that yield nothing are usage errors, signals stop a run cleanly and resumably,
and error messages name what is actually wrong.  A real process runs where signals and locks
need one (`tests/slow_cli.py`: the CLI with a slow fake extractor).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from quotes import batch, cli, models
from quotes.errors import ModelError, QuotesError
from conftest import child_pids

ROOT = Path(__file__).resolve().parents[1]
SLOW_CLI = ROOT / "tests" / "slow_cli.py"
DOCS = 120  # at 0.05 s a document on 2 workers: several seconds, time enough to interrupt
STARTED_LINES = 5  # OUT lines that show the run is under way
WAIT_SECONDS = 120


def invoke(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=input)


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def docs_jsonl(path: Path, n: int = DOCS) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": f'She said "{i}".'}) + "\n" for i in range(n)))
    return path


def slow_run(*args: str, new_session: bool = False) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(SLOW_CLI), "extract", *args], env=env, text=True,
                            stderr=subprocess.PIPE, start_new_session=new_session)


def wait_for_lines(proc: subprocess.Popen[str], out: Path, n: int = STARTED_LINES) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.05)
    raise AssertionError(f"the run did not get going (status {proc.poll()})")


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# ---------------------------------------------------------------- 1. OUT is one of the inputs


@pytest.mark.parametrize("how", ["same path", "dot slash", "symlink", "hard link"])
@pytest.mark.parametrize("flag", [[], ["--force"], ["--resume"]])
def test_output_that_is_an_input_is_refused_and_the_input_survives(
        fake: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, flag: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    src = docs_jsonl(tmp_path / "docs.jsonl", 3)
    before = src.read_bytes()
    out = {"same path": "docs.jsonl", "dot slash": "./docs.jsonl", "symlink": "link.jsonl",
           "hard link": "hard.jsonl"}[how]
    if how == "symlink":
        os.symlink("docs.jsonl", tmp_path / "link.jsonl")
    if how == "hard link":
        os.link(src, tmp_path / "hard.jsonl")
    result = invoke("extract", "docs.jsonl", "-o", out, *flag)
    assert result.exit_code == 2, result.output
    assert "is the input docs.jsonl" in result.stderr and "destroy" in result.stderr
    assert src.read_bytes() == before
    assert not (tmp_path / f"{out}{batch.LOCK_SUFFIX}").exists()


def test_output_that_is_redirected_stdin_is_refused(tmp_path: Path) -> None:
    src = docs_jsonl(tmp_path / "docs.jsonl", 3)
    before = src.read_bytes()
    with src.open("rb") as stdin:
        proc = subprocess.run([sys.executable, str(SLOW_CLI), "extract", "--jsonl", "-o", str(src), "--force"],
                              stdin=stdin, capture_output=True, text=True, timeout=WAIT_SECONDS,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2, proc.stderr
    assert "is the input stdin" in proc.stderr
    assert src.read_bytes() == before


def test_an_unrelated_output_still_works(fake: None, tmp_path: Path) -> None:
    src = docs_jsonl(tmp_path / "docs.jsonl", 3)
    result = invoke("extract", str(src), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in records(tmp_path / "out.jsonl")] == [0, 1, 2]
    assert not (tmp_path / f"out.jsonl{batch.LOCK_SUFFIX}").exists(), "a finished run removes its lock file"


# ---------------------------------------------------------------- 2. two runs, one OUT


def test_second_writer_is_refused_and_resume_after_kill_completes(fake: None, tmp_path: Path) -> None:
    src = docs_jsonl(tmp_path / "docs.jsonl")
    out = tmp_path / "out.jsonl"
    first = slow_run(str(src), "-o", str(out), "--workers", "1", "--quiet")
    try:
        wait_for_lines(first, out)
        for flags in ([], ["--force"], ["--resume"]):
            second = invoke("extract", str(src), "-o", str(out), *flags)
            assert second.exit_code == 2, second.output
            assert f"being written by another quotes run (pid {first.pid})" in second.stderr
    finally:
        first.kill()
        first.wait()
    assert (tmp_path / f"out.jsonl{batch.LOCK_SUFFIX}").exists(), "kill -9 leaves the lock file, not the lock"
    written = out.read_bytes().count(b"\n")
    assert STARTED_LINES <= written < DOCS
    resumed = invoke("extract", str(src), "-o", str(out), "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert f"{written} already in the output" in resumed.stderr
    assert [r["id"] for r in records(out)] == list(range(DOCS))
    assert not (tmp_path / f"out.jsonl{batch.LOCK_SUFFIX}").exists()


def test_writing_to_a_device_takes_no_lock(fake: None, tmp_path: Path) -> None:
    src = docs_jsonl(tmp_path / "docs.jsonl", 2)
    result = invoke("extract", str(src), "-o", os.devnull)
    assert result.exit_code == 0, result.output
    assert not Path(os.devnull + batch.LOCK_SUFFIX).exists()


# ---------------------------------------------------------------- 3. symbolic-link loops


def test_glob_over_a_symlink_loop_reads_each_file_once(fake: None, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    (tmp_path / "dir" / "a.txt").write_text('He said "a".')
    (tmp_path / "dir" / "sub" / "b.txt").write_text('She said "b".')
    os.symlink("..", tmp_path / "dir" / "sub" / "up")
    os.symlink("a.txt", tmp_path / "dir" / "alias.txt")
    for given in ["dir/**/*.txt", "dir"]:
        result = invoke("extract", given, "-v")
        assert result.exit_code == 0, result.output
        assert [r["id"] for r in records_of(result)] == ["dir/a.txt", "dir/sub/b.txt"]
        assert "skipped dir/sub/up: the directory already read as dir" in result.stderr
        assert "skipped dir/alias.txt: the same file as dir/a.txt" in result.stderr
    quiet = invoke("extract", "dir/**/*.txt")
    assert "skipped" not in quiet.stderr


def records_of(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_glob_keeps_glob_semantics() -> None:
    """`**` for any number of directories (none included); wildcards skip dot-names, as glob.glob does."""
    match = batch._matches
    assert match(["x.txt"], ["**", "*.txt"])
    assert match(["a", "b", "x.txt"], ["**", "*.txt"])
    assert not match([".git", "x.txt"], ["**", "*.txt"])
    assert not match([".x.txt"], ["**", "*.txt"])
    assert match(["2024-06", "a", "x.jsonl"], ["2024-*", "**", "*.jsonl"])
    assert not match(["2023-06", "x.jsonl"], ["2024-*", "**", "*.jsonl"])
    assert not match(["a", "x.json"], ["**", "*.jsonl"])


# ---------------------------------------------------------------- 4. quiet nothing


def test_inputs_that_yield_nothing_are_usage_errors(fake: None, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not an input")
    result = invoke("extract", str(empty))
    assert result.exit_code == 2
    assert f"{str(empty)!r} holds no .txt, .jsonl or .html file" in result.stderr
    glob_result = invoke("extract", str(tmp_path / "*.txt"))
    assert glob_result.exit_code == 2 and "no file matches" in glob_result.stderr


@pytest.mark.parametrize("bare", ["an article", b"an article"])
def test_extract_many_refuses_a_bare_string(extractor: Any, bare: str | bytes) -> None:
    with pytest.raises(QuotesError, match="iterable of texts"):
        list(extractor.extract_many(bare))


# ---------------------------------------------------------------- 5. signals


@pytest.mark.parametrize("sig,group", [(signal.SIGTERM, False), (signal.SIGHUP, False), (signal.SIGINT, True),
                                       (signal.SIGTERM, True)], ids=["TERM", "HUP", "INT-group", "TERM-group"])
def test_signals_stop_cleanly_and_resume_completes(tmp_path: Path, sig: signal.Signals, group: bool) -> None:
    """A signal to the main process (as `kill` sends it) or to the whole group (as Ctrl-C or a
    container stop does): status 1, one line, whole lines in OUT, no worker left, no lock left."""
    src = docs_jsonl(tmp_path / "docs.jsonl")
    out = tmp_path / "out.jsonl"
    proc = slow_run(str(src), "-o", str(out), "--workers", "2", "--quiet", new_session=True)
    try:
        wait_for_lines(proc, out)
        workers = child_pids(proc.pid)
        if group:
            os.killpg(proc.pid, sig)
        else:
            os.kill(proc.pid, sig)
        _, stderr = proc.communicate(timeout=WAIT_SECONDS)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 1, stderr
    assert stderr.strip() == (f"quotes: error: interrupted ({signal.Signals(sig).name}); "
                              f"rerun the same command with --resume to complete {out}")
    gone = time.monotonic() + 10
    while time.monotonic() < gone and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "workers outlived the interrupted run"
    data = out.read_bytes()
    assert data.endswith(b"\n") and STARTED_LINES <= data.count(b"\n") < DOCS
    assert not (tmp_path / f"out.jsonl{batch.LOCK_SUFFIX}").exists()
    resumed = subprocess.run([sys.executable, str(SLOW_CLI), "extract", str(src), "-o", str(out), "--resume",
                              "--workers", "1"], capture_output=True, text=True, timeout=WAIT_SECONDS,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert resumed.returncode == 0, resumed.stderr
    assert [r["id"] for r in records(out)] == list(range(DOCS))


# ---------------------------------------------------------------- 6. messages that point the right way


def test_null_text_is_called_null(fake: None) -> None:
    result = invoke("extract", "--jsonl", "-v", input='{"id": "n", "text": null}\n{"id": "m"}\n')
    assert result.exit_code == 3
    out = records_of(result)
    assert out[0]["error"] == "field 'text' is null"
    assert out[1]["error"] == "no 'text' field"


def test_models_that_is_a_file_is_called_a_file(fake: None, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("text")
    result = invoke("extract", str(src), "--models", str(src))
    assert result.exit_code == 1
    assert "is a file, not a directory" in result.stderr and "does not exist" not in result.stderr


def test_missing_cuda_names_the_library_argument() -> None:
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    from quotes import Extractor

    with pytest.raises(QuotesError) as caught:
        Extractor(device="cuda")
    assert "device='cuda'" in str(caught.value) and "--device" not in str(caught.value)


@pytest.mark.parametrize("exists", [False, True])
def test_failed_download_removes_what_it_created(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 exists: bool) -> None:
    import stanza

    target = tmp_path / "models" / "stanza"
    if exists:
        target.mkdir(parents=True)
        (target / "keep.txt").write_text("the user's")

    def offline(lang: str, model_dir: str, **kwargs: Any) -> None:
        Path(model_dir, "en").mkdir(parents=True, exist_ok=True)
        Path(model_dir, "resources.json").write_text("{}")
        raise ConnectionError("no network")

    monkeypatch.setattr(stanza, "download", offline)
    with pytest.raises(ModelError, match="no network"):
        models.download_models(target)
    if exists:
        assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]
    else:
        assert not (tmp_path / "models").exists()


@pytest.mark.parametrize("given", ["a.txt", "page.html", "texts"])
def test_dask_refuses_inputs_it_cannot_read(fake: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            given: str) -> None:
    pytest.importorskip("distributed")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text('He said "x".')
    (tmp_path / "page.html").write_text("<p>x</p>")
    (tmp_path / "texts").mkdir()
    result = invoke("extract", given, "-o", "out", "--dask", "local")
    assert result.exit_code == 2, result.output
    assert "--dask reads JSONL" in result.stderr
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- 7. typed for tools


def test_type_checkers_find_the_installed_package(tmp_path: Path) -> None:
    """mypy, run on a script outside the repository, sees `quotes` and its types (py.typed)."""
    script = tmp_path / "use.py"
    script.write_text("import quotes\nn: int = quotes.extract('x')\n")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), str(script)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert "import-not-found" not in proc.stdout and "Cannot find implementation" not in proc.stdout, proc.stdout
    assert 'Incompatible types in assignment (expression has type "list[Quote]", variable has type "int")' \
        in proc.stdout, proc.stdout
