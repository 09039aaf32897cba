"""quotes.dask: the partition function, part files, and a LocalCluster run equal to a local one."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from quotes import batch, cli  # noqa: E402
from quotes.batch import Settings, UsageError  # noqa: E402
from quotes.dask import extract_partition, run_bag  # noqa: E402
from conftest import FakeExtractor  # noqa: E402


def fake_factory(models: str | None, device: str, threads: int | None) -> FakeExtractor:
    return FakeExtractor()


FAKE = Settings(factory=fake_factory)


def parts(out: Path) -> list[dict[str, Any]]:
    """The records of OUT/part-*.jsonl, concatenated in name order."""
    return [json.loads(line) for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text().splitlines()]


def write(path: Path, lines: list[bytes]) -> str:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return str(path)


def test_extract_partition_on_any_bag() -> None:
    records = [{"id": i, "text": f'"q{i}"', "src": "s"} for i in range(5)] + [{"id": 5}]
    bag = db.from_sequence(records, npartitions=2).map_partitions(extract_partition, FAKE)
    out = bag.compute(scheduler="sync")
    assert [r["id"] for r in out] == list(range(6))
    assert out[0] == {"id": 0, "src": "s", "quotes": [out[0]["quotes"][0]]} and out[0]["quotes"][0]["text"] == "q0"
    assert out[5]["error"] == "no 'text' field"


def test_run_bag_writes_parts_in_input_order(tmp_path: Path) -> None:
    a = write(tmp_path / "a.jsonl", [b'{"id": "a1", "text": "\\"x\\""}', b"", b"{bad", b'{"id": "a2", "text": "\xff"}'])
    b = write(tmp_path / "b.jsonl", [b'{"id": "b%d", "text": "t"}' % i for i in range(9)])
    out = tmp_path / "out"
    import dask

    with dask.config.set(scheduler="sync"):
        summary = run_bag([a, b], str(out), FAKE, partitions=4)
        local = tmp_path / "local.jsonl"
        batch.run([a, b], str(local), FAKE)
        assert parts(out) == [json.loads(line) for line in local.read_text().splitlines()]
        assert len(list(out.glob("part-*.jsonl"))) == 4
        assert (summary.documents, summary.quotes, summary.errors) == (12, 1, 2)
        with pytest.raises(UsageError, match="--force"):
            run_bag([a], str(out), FAKE)
        run_bag([a], str(out), FAKE, force=True)
    assert [r["id"] for r in parts(out)] == ["a1", f"{a}:3", f"{a}:4"]


def test_local_cluster_equals_a_local_run(tmp_path: Path) -> None:
    """`quotes extract --dask local --workers 2`, real models: the same records as a plain run."""
    docs = [
        'Senior officials said the talks would go on. "We are not there yet," one official told reporters.',
        '"It has been a long night," the mayor said.',
        "Nothing quoted here at all.",
        'The minister warned that prices would rise, according to a spokesman. "Be ready," she said.',
    ]
    a = write(tmp_path / "a.jsonl", [json.dumps({"id": f"a{i}", "text": t}).encode() for i, t in enumerate(docs[:2])])
    b = write(tmp_path / "b.jsonl", [json.dumps({"id": f"b{i}", "text": t}).encode() for i, t in enumerate(docs[2:])]
              + [b"{broken"])
    local = tmp_path / "local.jsonl"
    batch.run([a, b], str(local), Settings(), workers=1)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["extract", a, b, "-o", str(out), "--dask", "local", "--workers", "2"])
    assert result.exit_code == 3, result.output
    errors = [r["error"] for r in parts(out) if "error" in r]   # shown if this fails: what went wrong where
    assert "5 documents" in result.stderr and "1 errors" in result.stderr, (result.stderr, errors)
    expected = [json.loads(line) for line in local.read_text().splitlines()]
    assert parts(out) == expected
    assert sum(len(r["quotes"]) for r in expected) >= 3
