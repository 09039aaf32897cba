"""`quotes` on the command line with a slow fake extractor, for tests that need a real process (signals, locks).

Run as a script: `python tests/slow_cli.py extract ...`.  The extractor is patched at import time, outside the
`__main__` guard, so that spawned worker processes (which re-import this file) use it too.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes.batch  # noqa: E402
from conftest import FakeExtractor  # noqa: E402
from quotes.records import Quote  # noqa: E402

SECONDS_PER_DOC = 0.05


class SlowExtractor(FakeExtractor):
    def extract(self, text: str) -> list[Quote]:
        time.sleep(SECONDS_PER_DOC)
        return super().extract(text)

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        return (self.extract(t) for t in texts)


quotes.batch.make_extractor = lambda models, device, threads: SlowExtractor()

if __name__ == "__main__":
    from quotes.cli import main

    main()
