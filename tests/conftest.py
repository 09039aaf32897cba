"""Shared fixtures: one real Extractor per session, and hand-written parses for model-free tests."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pytest

import quotes
from quotes.records import Quote, Span
from quotes.parse import Word
from quotes.segment import split_sentences

DOUBLE_MARKS = "\"“”«»„‟"


@pytest.fixture(scope="session")
def extractor() -> Iterator[quotes.Extractor]:
    """One Extractor (stanza loaded once) shared by every end-to-end test.

    One torch thread: on a small, busy CI machine extra threads spin-wait and cost far more than they give.
    Float models (`quantize="none"`): the default, auto, runs bfloat16 on CPUs that multiply it in
    hardware and float elsewhere, and the examples' expected parses must not depend on the CPU that
    runs the tests; `test_inference.py` checks bfloat16 on its own.
    """
    yield quotes.Extractor(threads=1, quantize="none")


def conllu_words(conllu: str, text: str) -> list[Word]:
    """Words of a hand-written CoNLL-U sentence, with character offsets into `text`.

    Each FORM is looked up in `text` left to right, so the forms must appear there in order.
    Comment lines and multi-word token ranges are skipped; `head` becomes 0-based (-1 = root)
    and lemmas are lower-cased, as `quotes.parse.parse_sentences` produces them.
    """
    words: list[Word] = []
    at = 0
    for line in conllu.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) < 8:
            raise ValueError(f"bad CoNLL-U line: {line!r}")
        wid, form, lemma, upos, xpos, feats, head, deprel = cols[:8]
        if "-" in wid or "." in wid:
            continue
        start = text.find(form, at)
        if start < 0:
            raise ValueError(f"{form!r} not found in {text!r} after offset {at}")
        end = start + len(form)
        at = end
        words.append(Word(
            index=int(wid) - 1, text=form, lemma=lemma.lower(), upos=upos, xpos="" if xpos == "_" else xpos,
            feats="" if feats == "_" else feats, head=int(head) - 1, deprel=deprel, start=start, end=end,
        ))
    if [w.index for w in words] != list(range(len(words))):
        raise ValueError("word ids must run 1..n")
    return words


def check_quotes(text: str, found: Sequence[quotes.Quote]) -> None:
    """Every invariant the spec promises of extractor output, asserted on one document's quotes."""
    assert isinstance(found, list)
    sentences = split_sentences(text)
    previous_end = -1
    for q in found:
        assert isinstance(q, quotes.Quote)
        assert q.type in ("direct", "indirect", "mixed")
        assert q.parts, "a quote has at least one part"
        for span in q.parts:
            assert isinstance(span, quotes.Span)
            assert 0 <= span.start < span.end <= len(text)
            assert span.text == text[span.start:span.end]
            assert span.text.strip() == span.text, f"part {span.text!r} has untrimmed whitespace"
        for a, b in zip(q.parts, q.parts[1:]):
            assert a.end <= b.start, "parts are disjoint and in reading order"
        if q.type == "direct":
            for span in q.parts:
                assert span.text[0] not in DOUBLE_MARKS and span.text[-1] not in DOUBLE_MARKS, \
                    f"direct part {span.text!r} keeps its quotation marks"
        assert q.text == " ".join(p.text for p in q.parts)
        for span in (q.speaker, q.speaker_resolved, q.cue):
            if span is not None:
                assert isinstance(span, quotes.Span)
                assert 0 <= span.start < span.end <= len(text)
                assert span.text == text[span.start:span.end]
        if q.speaker is None:
            assert q.speaker_resolved is None
        assert isinstance(q.sentence, int) and 0 <= q.sentence < len(sentences)
        assert sentences[q.sentence].start <= q.start, "sentence holds the first part"
        if q.sentence + 1 < len(sentences):
            assert q.start < sentences[q.sentence + 1].start, "sentence holds the first part"
        assert 0.0 <= q.confidence <= 1.0
        assert q.start >= previous_end, "quotes are in reading order and do not overlap"
        previous_end = q.end


@pytest.fixture
def parse_conllu() -> Callable[[str, str], list[Word]]:
    """The `conllu_words` helper, as a fixture."""
    return conllu_words


@pytest.fixture
def check() -> Callable[[str, Sequence[quotes.Quote]], None]:
    """The `check_quotes` invariant checker, as a fixture."""
    return check_quotes


class FakeExtractor:
    """Every "..." is a direct quote."""

    def extract(self, text: str) -> list[Quote]:
        return [Quote("direct", (Span.of(text, m.start(1), m.end(1)),), None, None, None, 0, 1.0)
                for m in re.finditer(r'"([^"]*)"', text)]

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        return (self.extract(t) for t in texts)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's extractor replaced by FakeExtractor (in this process and workers forked from it;
    workers spawned afresh load the real one)."""
    from quotes import batch

    monkeypatch.setattr(batch, "make_extractor", lambda models, device, threads: FakeExtractor())


def child_pids(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc; empty elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found
