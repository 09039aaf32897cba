"""A long document parsed in parts (quotes.split, and the batch job's workers): the same quotes, exactly."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotes
from quotes import batch, split
from quotes.batch import Doc, Settings, Source
from quotes.extractor import prepare

ROOT = Path(__file__).resolve().parents[1]
KERRY = (ROOT / "data" / "kerry-geneva.txt").read_text(encoding="utf-8")

# Paragraphs written for these tests: a quotation running over three paragraphs (no closing mark
# until its last), speakers named paragraphs before the pronoun that quotes them, indirect speech.
STORY = [
    "Maria Lopez, the mayor of Riverton, spoke to reporters on Monday.",
    '"We will not close the library," Lopez said. "It is the heart of this town."',
    '"The council has found the money for two more years.',
    '"Nobody should worry about the reading room or the children\'s corner.',
    '"We owe that to every family here," she added.',
    "The council's treasurer, Tom Berg, said the budget was tight but the plan was sound.",
    "He warned that the roof would need repairs within five years.",
    "Residents welcomed the news. According to Berg, the repairs will cost about $2 million.",
]


def long_text(copies: int) -> str:
    """A document of `copies` rounds of the reference article and the story above, one paragraph a line."""
    rounds = [KERRY.strip() + "\n\n" + "\n\n".join(STORY) for _ in range(copies)]
    return "\n\n".join(rounds)


def test_plan_cuts_whole_paragraphs_and_keeps_every_sentence_in_order() -> None:
    text = long_text(2)
    prep = prepare(text)
    for size in (1, 3, 10, 1000):
        _, parts = split.plan(text, size)
        flat = [s for p in parts for s in p.sentences]
        assert [s.index for s in flat] == prep.wanted
        assert [h for p in parts for h in p.hold] == [tuple(h) for h in prep.hold]
        for before, after in zip(parts, parts[1:]):
            assert len(before.sentences) >= size
            assert before.sentences[-1].paragraph != after.sentences[0].paragraph
    assert len(split.plan(text, 1000)[1]) == 1
    assert len(split.plan(text, 1)[1]) > 10


def test_plan_of_a_text_with_nothing_to_parse() -> None:
    for text in ("", "   \n\n ", "Rain fell all day. The roads were closed."):
        prep, parts = split.plan(text)
        assert parts == [] and prep.wanted == []
        assert split.join(prep, []) == []


def test_join_refuses_parses_that_do_not_fit_the_plan() -> None:
    prep, parts = split.plan(long_text(1), 5)
    with pytest.raises(ValueError, match="parsed sentences"):
        split.join(prep, [[[]] * len(p.sentences) for p in parts[:-1]])


@pytest.mark.parametrize("part_sentences", [1, 7, 64])
def test_parts_give_the_quotes_of_the_whole_document(extractor: quotes.Extractor, part_sentences: int) -> None:
    text = long_text(2)
    whole = extractor.extract(text)
    assert split.extract_in_parts(extractor, text, part_sentences) == whole
    # the test has teeth: the quotation over three paragraphs and the pronoun speakers are there
    spanning = [q for q in whole if "two more years" in q.text and "every family" in q.text]
    assert len(spanning) == 2 and all(q.speaker is not None and q.speaker.text == "she" for q in spanning)
    assert sum(q.speaker_resolved is not None and q.speaker_resolved.text.endswith("Lopez") for q in spanning) == 2


@pytest.mark.parametrize("sizes, expected", [
    ([], (0, 0)),
    ([10, 20, 30], (3, 1)),
    ([10] * 9, (9, 2)),
    ([split.SPLIT_CHARS], (1, 1)),
    ([10, split.SPLIT_CHARS * 3 + 1, 10], (3, 5)),
])
def test_count_tasks(tmp_path: Path, sizes: list[int], expected: tuple[int, int]) -> None:
    lines = tmp_path / "docs.jsonl"
    lines.write_bytes(b"".join(b"x" * (n - 1) + b"\n" for n in sizes))
    assert batch.count_tasks([Source("jsonl", str(lines))]) == expected
    assert batch.count_docs([Source("jsonl", str(lines))]) == expected[0]


def test_a_long_text_comes_alone_and_the_order_holds() -> None:
    docs = [Doc(i, {"id": i}, text="x" * n) for i, n in enumerate([5, 5, 50, 5, 50, 50, 5])]
    chunks = list(batch._chunks(docs, 8, 50))
    assert [[d.id for d in c] for c in chunks] == [[0, 1], [2], [3], [4], [5], [6]]
    assert [[d.id for d in c] for c in batch._chunks(docs, 8)] == [[0, 1, 2, 3, 4, 5, 6]]


def _quotes_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line)["quotes"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_workers_parse_a_long_document_in_parts(extractor: quotes.Extractor, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Real models in two worker processes; the parts are small so both workers get several."""
    text = long_text(1)
    short = "Lopez said the library would stay open."
    source = tmp_path / "docs.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate([short, text, short])),
                      encoding="utf-8")
    monkeypatch.setattr(split, "SPLIT_CHARS", 2_000)
    monkeypatch.setattr(split, "PART_SENTENCES", 4)
    joined: list[int] = []
    real_join = split.join

    def counting_join(prep: Any, words: Any) -> list[quotes.Quote]:
        joined.append(len(words))
        return real_join(prep, words)

    monkeypatch.setattr(split, "join", counting_join)
    out = tmp_path / "out.jsonl"
    summary = batch.run([str(source)], str(out), Settings(models=str(quotes.models.BUNDLED_MODELS), device="cpu"),
                        workers=2)
    assert summary.errors == 0 and summary.documents == 3
    assert len(joined) == 1 and joined[0] >= 3  # parsed in parts, not whole as a fallback
    expected = [[q.to_dict() for q in extractor.extract(t)] for t in (short, text, short)]
    assert _quotes_of(out) == expected


def _no_parse_factory(models: str | None, device: str, threads: int | None) -> Any:
    from conftest import FakeExtractor

    return FakeExtractor()


def test_an_extractor_that_cannot_parse_in_parts_gets_the_whole_document(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_text(1)
    source = tmp_path / "long.txt"
    source.write_text(text, encoding="utf-8")
    monkeypatch.setattr(split, "SPLIT_CHARS", 2_000)
    out = tmp_path / "out.jsonl"
    summary = batch.run([str(source)], str(out), Settings(factory=_no_parse_factory), workers=2)
    from conftest import FakeExtractor

    assert summary.errors == 0
    assert _quotes_of(out) == [[q.to_dict() for q in FakeExtractor().extract(text)]]


def test_chunks_shrink_near_the_end_of_a_known_job() -> None:
    docs = [Doc(i, {"id": i}, text="x") for i in range(84)]
    chunks = list(batch._chunks(docs, 8, 50, total=84, workers=2))
    assert [len(c) for c in chunks] == [8] * 7 + [7, 6, 4, 3, 2, 2, 1, 1, 1, 1]
    assert [d.id for c in chunks for d in c] == list(range(84))
    # a count short of the documents (the file grew since it was counted) goes back to full chunks
    assert [len(c) for c in batch._chunks(docs[:30], 8, 50, total=10, workers=2)] == [3, 2, 2, 1, 1, 1, 8, 8, 4]
    assert [len(c) for c in batch._chunks(docs[:20], 8, 50)] == [8, 8, 4]


def test_batch_doctests() -> None:
    import doctest

    result = doctest.testmod(batch)
    assert result.attempted >= 2 and result.failed == 0
