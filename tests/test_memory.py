"""quotes.memory: the settings that keep a long bfloat16 job's memory flat."""
from __future__ import annotations

import platform

import pytest

from quotes import batch, memory


def test_onednn_cache_is_bounded_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(memory.ONEDNN_CACHE, raising=False)
    assert memory.bounded_onednn_cache()
    assert memory.ONEDNN_CACHE_PRIMITIVES == 64
    import os

    assert os.environ[memory.ONEDNN_CACHE] == "64"
    monkeypatch.setenv(memory.ONEDNN_CACHE, "500")
    assert not memory.bounded_onednn_cache()
    assert os.environ[memory.ONEDNN_CACHE] == "500"


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_a_batch_job_fixes_glibcs_mmap_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    assert memory.steady_malloc()
    called: list[str] = []
    monkeypatch.setattr(memory, "steady_malloc", lambda: called.append("malloc") or True)

    class Loaded:
        def __init__(self, **kwargs: object) -> None:
            called.append("extractor")

    import quotes.extractor

    monkeypatch.setattr(quotes.extractor, "Extractor", Loaded)
    batch.make_extractor(None, "cpu", 1)
    assert called == ["malloc", "extractor"]  # before the models load
