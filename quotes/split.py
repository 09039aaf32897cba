"""One long document parsed in parts by several workers, with the same quotes as parsed whole.

A live blog or a transcript can run to megabytes; parsed in one piece it keeps one core busy
for many minutes while the others idle.  Only the parser's work is divided: the model-free
stages (`quotes.extractor.prepare`: sentences, quotations, which sentences to parse) and
attribution (`quotes.assemble.assemble`) run once over the whole text, so character offsets,
quotations that run over several paragraphs and speakers named paragraphs earlier come out
exactly as for the whole document.  The sentences to parse are cut into parts of whole
paragraphs, about PART_SENTENCES sentences each; each part is parsed on its own (the parser
reads one sentence at a time), and the parts' words are put back in order.

    prep, parts = plan(text)
    words = [extractor.parse(p.sentences, p.hold) for p in parts]   # anywhere, in any order
    quotes = join(prep, words)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from .assemble import assemble
from .entities import link_speakers
from .extractor import _Prepared, prepare
from .parse import Word
from .records import Quote
from .segment import Sentence

__all__ = ["SPLIT_CHARS", "PART_SENTENCES", "Part", "Parser", "plan", "join", "extract_in_parts"]

SPLIT_CHARS = 20_000  # documents at least this long are parsed in parts (a news article is about 5,000)
PART_SENTENCES = 64  # sentences to parse per part: a full parser batch, and enough parts to share out

Hold = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Part:
    """Sentences of consecutive paragraphs to parse, and for each the token ranges to withhold."""

    sentences: tuple[Sentence, ...]
    hold: tuple[Hold, ...]


class Parser(Protocol):
    def parse(self, sentences: Sequence[Sentence],
              hold: Sequence[Sequence[tuple[int, int]]] | None = None) -> list[list[Word]]: ...


def plan(text: str, part_sentences: int | None = None) -> tuple[_Prepared, list[Part]]:
    """The model-free stages of `text`, and its sentences to parse cut into parts.

    A part closes at the first paragraph boundary after it holds `part_sentences` (default
    PART_SENTENCES) sentences, so a paragraph is never divided and a part may hold more when one
    paragraph has more.
    """
    part_sentences = PART_SENTENCES if part_sentences is None else max(1, part_sentences)
    prep = prepare(text)
    parts: list[Part] = []
    sentences: list[Sentence] = []
    holds: list[Hold] = []
    for index, hold in zip(prep.wanted, prep.hold):
        sentence = prep.sentences[index]
        if len(sentences) >= part_sentences and sentence.paragraph != sentences[-1].paragraph:
            parts.append(Part(tuple(sentences), tuple(holds)))
            sentences, holds = [], []
        sentences.append(sentence)
        holds.append(tuple(hold))
    if sentences:
        parts.append(Part(tuple(sentences), tuple(holds)))
    return prep, parts


def join(prep: _Prepared, words: Sequence[Sequence[list[Word]]]) -> list[Quote]:
    """The document's quotes from its parts' parses (`words[k]`: one list of Words per sentence of
    part k), given in the order `plan` returned the parts."""
    flat = [w for part in words for w in part]
    if len(flat) != len(prep.wanted):
        raise ValueError(f"{len(flat)} parsed sentences for the {len(prep.wanted)} the plan holds")
    quotes = assemble(prep.text, prep.sentences, prep.quoted, dict(zip(prep.wanted, flat)))
    return link_speakers(prep.text, quotes)  # as Extractor._finish does for a document parsed whole


def extract_in_parts(parser: Parser, text: str, part_sentences: int | None = None) -> list[Quote]:
    """`text`'s quotes with each part parsed by its own `parser.parse` call, in this process.

    What the batch job does across worker processes, in one place (`quotes.batch` sends the parts
    to its workers instead); the same quotes as `Extractor.extract(text)`.
    """
    prep, parts = plan(text, part_sentences)
    return join(prep, [parser.parse(p.sentences, p.hold) for p in parts])
