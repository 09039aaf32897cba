"""Test helpers for `quotes show` pages: an article made to look like markup, reading a page back
(its quote marks, legend and article text, from page source or a browser's `--dump-dom`), and a
minimal PNG reader for the browser's screenshots."""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from html.parser import HTMLParser

from quotes.entities import link_speakers
from quotes.records import Quote, Span

# An article whose text looks like markup, with hand-made quotes: the page must show it as text.
TRICKY = ('<script>alert("x")</script> & friends\n\n'
          '"We will <b>win</b> & stay," Ms. Lee said. "Never," said Mr. Lee.\n'
          'An aside: "untitled words" here.')


def tricky_quotes() -> list[Quote]:
    """Hand-made quotes of TRICKY: two speakers, a cue, and a quote nobody speaks."""
    t = TRICKY

    def at(s: str, nth: int = 0) -> Span:
        i = -1
        for _ in range(nth + 1):
            i = t.index(s, i + 1)
        return Span.of(t, i, i + len(s))

    qs = [Quote("direct", (at("We will <b>win</b> & stay,"),), at("Ms. Lee"), at("Ms. Lee"), at("said", 0), 1, 0.9),
          Quote("direct", (at("Never,"),), at("Mr. Lee"), at("Mr. Lee"), at("said", 1), 1, 0.9),
          Quote("direct", (at("untitled words"),), None, None, None, 2, 0.35)]
    return link_speakers(t, qs)


@dataclass
class PageDom:
    marks: dict[tuple[int, int], str] = field(default_factory=dict)   # (quote, part) -> text
    mark_entities: dict[int, str] = field(default_factory=dict)       # quote -> data-entity
    legend: list[str] = field(default_factory=list)                   # data-entity of each legend item
    legend_names: list[str] = field(default_factory=list)
    article: str = ""
    tags: list[str] = field(default_factory=list)                     # every element's tag name


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.dom = PageDom()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.in_article = 0
        self.mark: tuple[int, int] | None = None
        self.legend_item = False
        self.name = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.dom.tags.append(tag)
        self.stack.append((tag, a))
        if a.get("class") == "article":
            self.in_article = len(self.stack)
        if tag == "mark" and a.get("data-quote") is not None:
            self.mark = (int(a["data-quote"] or 0), int(a["data-part"] or 0))
            self.dom.marks[self.mark] = ""
            self.dom.mark_entities[self.mark[0]] = a.get("data-entity") or ""
        if tag == "li" and a.get("data-entity") is not None:
            self.dom.legend.append(a["data-entity"] or "")
            self.legend_item = True
        if self.legend_item and a.get("class") == "name":
            self.name = True
            self.dom.legend_names.append("")

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            top, _ = self.stack.pop()
            if len(self.stack) < self.in_article:
                self.in_article = 0
            if top == tag:
                break
        if tag == "mark":
            self.mark = None
        if tag == "li":
            self.legend_item = False
        if tag == "span":
            self.name = False

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.dom.article += data
        if self.mark is not None:
            self.dom.marks[self.mark] += data
        if self.name:
            self.dom.legend_names[-1] += data


def read_page(page: str) -> PageDom:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader.dom


def read_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG (as Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, width, height, channels = 8, b"", 0, 0, 0
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = prev[i]
                c = prev[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        prev = line
        rgb = bytes(line) if channels == 3 else bytes(b for i, b in enumerate(line) if i % 4 != 3)
        rows.append(rgb)
    return width, height, rows
