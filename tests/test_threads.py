"""Threads that keep throughput on a shared machine: OpenMP threads that sleep, one torch thread per worker."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from quotes import batch, inference
from quotes.cli import main

PROBE = """
import os, sys
import quotes.threads as t
{before}
print(t.passive_openmp(), os.environ.get("OMP_WAIT_POLICY"))
"""


@pytest.mark.parametrize("env, before, expected", [
    (None, "", "True PASSIVE"),
    ("ACTIVE", "", "False ACTIVE"),   # the user's choice stands
    ("passive", "", "False passive"),
    (None, "import torch", "False None"),  # too late once torch is loaded: nothing pretends otherwise
])
def test_passive_openmp(env: str | None, before: str, expected: str) -> None:
    environ = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if env is not None:
        environ["OMP_WAIT_POLICY"] = env
    proc = subprocess.run([sys.executable, "-c", PROBE.format(before=before)], env=environ,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[0] == expected


def test_an_extractor_sets_passive_openmp_before_loading_torch_and_one_thread() -> None:
    environ = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    code = ("import os, sys, quotes\n"
            "from quotes.models import BUNDLED_MODELS\n"
            "quotes.Extractor(models=BUNDLED_MODELS, device='cpu', threads=1)\n"
            "import torch\n"
            "print(os.environ.get('OMP_WAIT_POLICY'), torch.get_num_threads(), torch.get_num_interop_threads())\n")
    proc = subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["PASSIVE", "1", "1"]


def test_one_worker_gets_one_torch_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--workers 1 on 8 CPUs no longer hands its one worker 8 torch threads."""
    asked: list[Any] = []

    def factory(models: str | None, device: str, threads: int | None, quantize: str | None = None) -> Any:
        from conftest import FakeExtractor

        asked.append(threads)
        return FakeExtractor()

    monkeypatch.setattr(batch, "make_extractor", factory)
    monkeypatch.setattr(batch, "cpu_count", lambda: 8)
    source = tmp_path / "a.txt"
    source.write_text('She said "yes".', encoding="utf-8")
    monkeypatch.setattr(inference, "bf16_in_hardware", lambda: False)
    result = CliRunner().invoke(main, ["extract", str(source), "--workers", "1", "-v", "-q"])
    assert result.exit_code == 0, result.output
    assert "1 worker process(es), torch threads: 1 each, precision: float" in result.output  # auto, no bf16 here
    assert asked == [1]
    monkeypatch.setattr(inference, "bf16_in_hardware", lambda: True)
    result = CliRunner().invoke(main, ["extract", str(source), "--workers", "1", "-v", "-q"])
    assert "torch threads: 1 each, precision: bf16" in result.output  # the default, auto, where bf16 is fast
    for option, said in (("auto", "bf16"), ("bf16", "bf16"), ("none", "float"), ("parser", "parser")):
        result = CliRunner().invoke(main, ["extract", str(source), "--workers", "1", "-v", "-q", "--quantize", option])
        assert result.exit_code == 0, result.output
        assert f"torch threads: 1 each, precision: {said}" in result.output
