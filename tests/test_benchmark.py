"""Smoke test of scripts/benchmark.py: all three systems run on a few PolNeAR dev articles, in process and as
whole commands (no timing checks)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "benchmark.py"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
METRICS = ("direct_attributed_f1", "direct_f1", "indirect_speech_attributed_recall", "all_precision")


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR is not at ../shared/data/polnear")
def test_benchmark_smoke(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    # One torch thread: on a small, busy CI machine extra threads spin-wait.
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--limit", "3", "--threads", "1", "--device", "cpu", "--json", str(out)],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]

    lines = proc.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| system |"))
    cols = [c.strip() for c in header.strip("|").split("|")]
    for m in METRICS:
        assert m in cols
    for system in ("quotes", "release", "baseline"):
        row = next(line for line in lines if line.startswith(f"| {system} |"))
        cells = dict(zip(cols, (c.strip() for c in row.strip("|").split("|"))))
        assert cells["docs"] == "3"
        for name in ("docs/s", "words/s", "peak RSS MiB", *METRICS):
            float(cells[name])  # a number, whatever its value
        for m in METRICS:
            assert 0.0 <= float(cells[m]) <= 1.0
    assert "CPUs" in proc.stdout and "torch threads" in proc.stdout and "model dir" in proc.stdout

    whole = next(line for line in lines if line.startswith("| whole process |"))
    whole_cols = [c.strip() for c in whole.strip("|").split("|")]
    for system in ("quotes extract (defaults)", "baseline command", "quotes extract --quantize none"):
        row = next(line for line in lines if line.startswith(f"| {system} |"))
        cells = dict(zip(whole_cols, (c.strip() for c in row.strip("|").split("|"))))
        assert cells["docs"] == "3" and float(cells["seconds"]) > 0
        for m in METRICS:
            assert 0.0 <= float(cells[m]) <= 1.0
    assert "speed-up, whole process" in proc.stdout

    saved = json.loads(out.read_text(encoding="utf-8"))
    assert [r["system"] for r in saved["whole_process"]] == ["quotes extract (defaults)", "baseline command",
                                                             "quotes extract --quantize none"]
    assert "quotes extract --quantize none / quotes extract (defaults), seconds:" in proc.stdout

    assert [r["system"] for r in saved["results"]] == ["quotes", "release", "baseline"]
    # the release's settings change how the models are driven, not what they say: release 0.1 (stanza's
    # Pipeline, float) scores as our own loop in float does, as a whole command
    assert saved["results"][1]["precision"] == "none"
    assert saved["results"][1]["metrics"] == saved["whole_process"][2]["metrics"]
    assert "speed-up (release seconds / quotes seconds)" in proc.stdout
    for r in saved["results"]:
        assert r["docs"] == 3 and r["torch_threads"] == 1
        for key in ("docs_per_s", "words_per_s", "peak_rss_mib"):
            assert isinstance(r[key], (int, float)) and r[key] >= 0
        for m in METRICS:
            assert isinstance(r["metrics"][m], (int, float))


def _script() -> object:
    import importlib.util

    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("benchmark_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("texts, chars, expected", [
    (["aaa", "bbb"], 100, "\n\n".join(["aaa", "bbb"] * 10)),         # 98 characters: no cut needed
    (["aaa", "bbb"], 97, "\n\n".join(["aaa", "bbb"] * 9 + ["aaa"])),  # cut at the last paragraph end
    (["  one two \n", "three"], 12, "one two"),
    (["one two", "three"], 30, "one two\n\nthree\n\none two\n\nthree"),
    (["one two", "three"], 29, "one two\n\nthree\n\none two"),
    (["", "  "], 50, ""),
])
def test_long_document_repeats_whole_paragraphs(texts: list[str], chars: int, expected: str) -> None:
    long_document = getattr(_script(), "long_document")
    assert long_document(texts, chars) == expected
    assert len(expected) <= chars


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR is not at ../shared/data/polnear")
def test_big_document_mode_smoke(tmp_path: Path) -> None:
    out = tmp_path / "big.json"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--big-doc", "6000", "--limit", "2", "--no-busy", "--device", "cpu",
         "--json", str(out)], capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "ratio (whole through the CLI / quarter through the library)" in proc.stdout
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert 5000 < saved["cli"]["chars"] <= 6000 and saved["cli"]["quotes"] >= 0
    assert saved["library_quarter"]["chars"] <= saved["cli"]["chars"] // 4
    assert saved["ratio"] == round(saved["cli"]["seconds"] / saved["library_quarter"]["seconds"], 2)
    assert saved["busy_process"] is False
