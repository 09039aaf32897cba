"""`quotes show` pages in a real browser: headless Chromium renders them (screenshot) and its DOM
holds every quote exactly (`--dump-dom`).

`.ci/run` installs Debian's chromium where it is missing; these tests are skipped, saying so, only
where no Chromium can be found ($QUOTES_CHROMIUM names one explicitly).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from quotes import Extractor
from quotes.page import PALETTE, render_page

from pagedom import TRICKY, read_page, read_png, tricky_quotes

ROOT = Path(__file__).resolve().parent.parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_TIMEOUT = 180     # seconds: a busy 2-core CI machine starts Chromium slowly
WINDOW = (1100, 900)      # screenshot size in CSS pixels
LEGEND_FROM = 0.6         # the legend sits in the page's right part, from this share of its width


def _browser() -> str:
    found = os.environ.get("QUOTES_CHROMIUM") or next((p for p in map(shutil.which, BROWSERS) if p), None)
    if not found:
        pytest.skip(f"no Chromium found (looked for {', '.join(BROWSERS)} on PATH and $QUOTES_CHROMIUM); "
                    "`.ci/run` installs Debian's chromium: apt-get install -y chromium")
    return found


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    cmd = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--no-first-run", "--disable-extensions", f"--user-data-dir={tmp_path / 'profile'}", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=BROWSER_TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def _has(row: bytes, colour: bytes, start: int, end: int) -> bool:
    """Whether a pixel of `colour` lies in row[start:end] (byte offsets, 3 bytes a pixel)."""
    at = row.find(colour, start, end)
    while at >= 0 and at % 3:
        at = row.find(colour, at + 1, end)
    return at >= 0


def _dump_dom(page: Path, tmp_path: Path) -> str:
    return _run(["--dump-dom", page.as_uri()], tmp_path).stdout


@pytest.fixture(scope="module")
def kerry(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list, Path]:
    text = (ROOT / "data" / "kerry-geneva.txt").read_text(encoding="utf-8")
    found = extractor.extract(text)
    page = tmp_path_factory.mktemp("page") / "kerry.html"
    page.write_text(render_page(text, found, title="kerry-geneva.txt"), encoding="utf-8")
    return text, found, page


def test_dom_of_the_reference_article(kerry: tuple[str, list, Path], tmp_path: Path) -> None:
    """In the browser's DOM every quote part's highlighted text equals its span's text, the
    article reads as the input, and the legend lists each speaker entity once."""
    text, found, page = kerry
    dom = read_page(_dump_dom(page, tmp_path))
    assert dom.article == text
    assert dom.marks == {(i, j): p.text for i, q in enumerate(found) for j, p in enumerate(q.parts)}
    entities = {q.speaker_entity.id: q.speaker_entity.name for q in found if q.speaker_entity}
    assert len(entities) >= 3
    assert dom.legend == [str(i) for i in sorted(entities)]
    assert dom.legend_names == [entities[i] for i in sorted(entities)]


def test_dom_keeps_markup_in_the_article_as_text(tmp_path: Path) -> None:
    """A `<script>` in the article is text in the DOM, never an element; quotes are still exact."""
    qs = tricky_quotes()
    page = tmp_path / "tricky.html"
    page.write_text(render_page(TRICKY, qs), encoding="utf-8")
    dom = read_page(_dump_dom(page, tmp_path))
    assert dom.article == TRICKY
    assert "script" not in dom.tags and "b" not in dom.tags
    assert dom.marks == {(i, j): p.text for i, q in enumerate(qs) for j, p in enumerate(q.parts)}


def test_screenshot_renders(kerry: tuple[str, list, Path], tmp_path: Path) -> None:
    """The page renders: the screenshot is not blank, the quotes' colours show in the article and
    the legend's swatches in the right-hand part."""
    _, found, page = kerry
    shot = tmp_path / "kerry.png"
    _run([f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}", "--hide-scrollbars",
          page.as_uri()], tmp_path)
    width, height, rows = read_png(shot.read_bytes())
    assert (width, height) == WINDOW
    white = b"\xff\xff\xff"
    inked = sum(row[i:i + 3] != white for row in rows for i in range(0, len(row), 3))
    assert inked > width * height // 50, f"only {inked} pixels are not white"
    legend_x = int(width * LEGEND_FROM) * 3
    for eid in sorted({q.speaker_entity.id for q in found if q.speaker_entity}):
        colour = bytes.fromhex(PALETTE[eid % len(PALETTE)][1:])
        in_legend = any(_has(row, colour, legend_x, len(row)) for row in rows)
        in_article = any(_has(row, colour, 0, legend_x) for row in rows)
        assert in_legend, f"speaker {eid}'s colour #{colour.hex()} is not in the legend"
        assert in_article, f"speaker {eid}'s colour #{colour.hex()} highlights no quote"
