"""quotes.memory: the setting that bounds a long bfloat16 job's memory."""
from __future__ import annotations

import pytest

from quotes import memory


def test_onednn_cache_is_bounded_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(memory.ONEDNN_CACHE, raising=False)
    assert memory.bounded_onednn_cache()
    assert memory.ONEDNN_CACHE_PRIMITIVES == 64
    import os

    assert os.environ[memory.ONEDNN_CACHE] == "64"
    monkeypatch.setenv(memory.ONEDNN_CACHE, "500")
    assert not memory.bounded_onednn_cache()
    assert os.environ[memory.ONEDNN_CACHE] == "500"



def test_a_batch_job_hands_free_memory_back_after_each_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    import platform

    from conftest import FakeExtractor

    from quotes import batch

    if platform.libc_ver()[0] == "glibc":
        assert memory.release_free_memory()
    calls: list[int] = []
    monkeypatch.setattr(batch, "release_free_memory", lambda: calls.append(1) or True)
    docs = [batch.Doc(id=str(k), fields={"id": str(k)}, text='She said "yes".') for k in range(3)]
    outputs = batch.process_chunk(FakeExtractor(), docs, batch.Settings())
    assert len(outputs) == 3 and calls == [1]
