"""quotes.inference.FastParser gives stanza's own tags, lemmas, heads and relations, word for word."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import pytest

import quotes
from quotes.errors import QuotesError
from quotes.extractor import QUANTIZE, _inference, prepare
from quotes import inference
from quotes.inference import Analysis, FastParser, _by_length, _padded, precision
from quotes.parse import parse_sentences
from quotes.segment import Sentence

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
BF16_ARTICLES = 30  # about 540 sentences: without the two-row runs one word of them differed
ARTICLES = 20  # PolNeAR dev articles: about 330 sentences, 8,600 words (two tagger batches)

# Written for this test: ordinary reporting, odd punctuation stanza rewrites (`?!?`), a one-word
# sentence, unknown characters, and a sentence longer than the parser's batch-alone threshold.
LONG = ("The council said that the road , which was built in 1990 and repaired twice since , "
        "would close on Monday for work that engineers expect to take at least six weeks").split()
WRITTEN = [
    "The minister said the talks would go on .".split(),
    ['"', "I", "said", "no", "?!?", '"', "Ali", "told", "reporters", "!!!"],
    ["Yes"],
    "Officials , who asked not to be named , said the ¥ 500bn ☃ plan was “ dead on arrival ” .".split(),
    "She told reporters that she had told them so ; reporters said she had .".split(),
    (LONG + [","]) * 6 + ["officials", "said", "."],  # 200 words: parsed in a batch of its own
    "According to the report , the U.S. economy grew 2.1 % in the third quarter .".split(),
]


def _stanza(pipeline: Any, sentences: Sequence[Sequence[str]]) -> list[list[tuple[Any, ...]]]:
    doc = pipeline([list(s) for s in sentences])
    return [[(w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel) for w in s.words] for s in doc.sentences]


def _ours(parser: FastParser, sentences: Sequence[Sequence[str]]) -> list[list[tuple[Any, ...]]]:
    return [[(a.upos, a.xpos, a.feats, a.lemma, a.head, a.deprel) for a in s] for s in parser(sentences)]


def _mismatches(a: list[list[tuple[Any, ...]]], b: list[list[tuple[Any, ...]]]) -> list[tuple[int, int, Any, Any]]:
    assert [len(s) for s in a] == [len(s) for s in b]
    return [(i, j, x, y) for i, (sa, sb) in enumerate(zip(a, b)) for j, (x, y) in enumerate(zip(sa, sb)) if x != y]


@pytest.fixture(scope="module")
def fast(extractor: quotes.Extractor) -> FastParser:
    return FastParser(extractor._pipeline)


def test_bundled_models_are_driven_by_our_loop(extractor: quotes.Extractor) -> None:
    assert FastParser.supports(extractor._pipeline)
    assert isinstance(_inference("quotes", extractor._pipeline), FastParser)
    assert _inference("stanza", extractor._pipeline) is extractor._pipeline
    assert not FastParser.supports(object())
    assert isinstance(extractor._parser, FastParser)  # the default: Extractor(inference="quotes")


def test_unknown_inference_option_is_refused(extractor: quotes.Extractor) -> None:
    with pytest.raises(QuotesError, match="inference must be"):
        _inference("fast", extractor._pipeline)


def test_written_sentences_match_stanza(extractor: quotes.Extractor, fast: FastParser) -> None:
    ref = _stanza(extractor._pipeline, WRITTEN)
    got = _ours(fast, WRITTEN)
    assert len(WRITTEN[5]) > fast.separate
    assert _mismatches(ref, got) == []
    assert ref == got
    # the words themselves: the minister said ... ; `said` heads the sentence
    assert got[0][2][3:] == ("say", 0, "root")
    assert got[0][1][3:] == ("minister", 3, "nsubj")


def test_order_and_batching_do_not_change_a_sentence(fast: FastParser) -> None:
    one = _ours(fast, [WRITTEN[0]])
    many = _ours(fast, WRITTEN[::-1])
    assert many[-1] == one[0]
    assert fast([]) == []


def test_analysis_keeps_stanzas_nulls(fast: FastParser) -> None:
    words = fast([["on", "."]])[0]
    assert all(isinstance(a, Analysis) for a in words)
    assert words[1].feats is None  # stanza holds `_` as None; quotes.parse reads it as ""


def test_quantized_copies_mostly_agree(extractor: quotes.Extractor) -> None:
    """`quantize` (not exact): int8 copies of the parser ("parser", tags as in float) or of both
    models ("all"), or bfloat16 copies of both ("bf16"), stanza's own modules left in float; on these
    sentences nearly every head as in float."""
    exact = FastParser(extractor._pipeline)
    ref = _ours(exact, WRITTEN)
    for kind in ("parser", "all"):
        quantized = FastParser(extractor._pipeline, quantize=kind)
        assert quantized.parser is not exact.parser and (quantized.tagger is exact.tagger) == (kind == "parser")
        got = _ours(quantized, WRITTEN)
        pairs = [(x, y) for sa, sb in zip(ref, got) for x, y in zip(sa, sb)]
        assert sum(x[0] == y[0] for x, y in pairs) >= (1.0 if kind == "parser" else 0.95) * len(pairs)  # upos
        assert sum(x[4] == y[4] for x, y in pairs) >= 0.9 * len(pairs)   # heads
        assert got[0][2][3:] == ("say", 0, "root")
    assert exact.parser is extractor._pipeline.processors["depparse"].trainer.model
    halved = FastParser(extractor._pipeline, quantize="bf16")
    got = _ours(halved, WRITTEN)
    pairs = [(x, y) for sa, sb in zip(ref, got) for x, y in zip(sa, sb)]
    assert sum(x == y for x, y in pairs) >= 0.97 * len(pairs)  # tags, lemma, head and relation alike
    assert got[0][2][3:] == ("say", 0, "root")
    assert _ours(halved, WRITTEN[::-1])[::-1] == got  # on these sentences batching changes nothing (see `halved`)
    assert halved.tagger is not exact.tagger and str(exact.tagger.word_emb.weight.dtype) == "torch.float32"
    assert str(halved.parser.word_emb.weight.dtype) == "torch.bfloat16"
    with pytest.raises(QuotesError, match="needs inference='quotes'"):
        _inference("stanza", extractor._pipeline, quantize="parser")
    with pytest.raises(ValueError, match="quantize must be"):
        FastParser(extractor._pipeline, quantize="int8")


def test_helpers() -> None:
    assert _padded([[1, 2, 3], [4]], [3, 1], 3).tolist() == [[1, 2, 3], [4, 0, 0]]
    assert _padded([[[1, 2], [3, 4]], [[5, 6]]], [2, 1], 2, (2,)).tolist() == [[[1, 2], [3, 4]], [[5, 6], [0, 0]]]
    assert _by_length([1, 3, 3, 2]) == [2, 1, 3, 0]  # as stanza's sort_all: ties, later first


def _dev_inputs(articles: int = ARTICLES) -> tuple[list[Sentence], list[list[tuple[int, int]]]]:
    sentences: list[Sentence] = []
    hold: list[list[tuple[int, int]]] = []
    for path in sorted(POLNEAR_DEV.glob("*.txt"))[:articles]:
        prep = prepare(path.read_text(encoding="utf-8"))
        sentences += [prep.sentences[i] for i in prep.wanted]
        hold += prep.hold
    return sentences, hold


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR is not at ../shared/data/polnear")
def test_a_few_hundred_news_sentences_match_stanza(extractor: quotes.Extractor, fast: FastParser) -> None:
    sentences, hold = _dev_inputs()
    assert len(sentences) >= 300
    ref = parse_sentences(extractor._pipeline, sentences, hold)
    got = parse_sentences(fast, sentences, hold)
    assert sum(map(len, got)) > 5000
    diffs = [(a, b) for sa, sb in zip(ref, got) for a, b in zip(sa, sb) if a != b]
    assert diffs == []  # upos, xpos, feats, lemma, head and deprel of every word
    assert ref == got


def test_auto_precision_is_bf16_only_with_bfloat16_in_hardware(extractor: quotes.Extractor,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`quantize="auto"`, the default, runs bfloat16 copies on a CPU that multiplies bfloat16 in
    hardware and float elsewhere; "none" is float (stanza's own outputs) whatever the CPU."""
    assert QUANTIZE == "auto"
    assert extractor.quantize == "none" and extractor._parser.quantize == "none"  # the tests' fixture asks for it
    assert precision("bf16") == "bf16" and precision("none", "cpu") == "none" and precision("parser") == "parser"
    for has, runs in ((True, "bf16"), (False, "none")):
        monkeypatch.setattr(inference, "bf16_in_hardware", lambda has=has: has)
        assert precision("auto", "cpu") == runs
        assert precision("auto", "cuda") == "none"
        auto = FastParser(extractor._pipeline, quantize="auto")
        assert auto.quantize == runs
        assert str(auto.parser.word_emb.weight.dtype) == ("torch.bfloat16" if has else "torch.float32")
    assert _inference("stanza", extractor._pipeline, quantize="auto") is extractor._pipeline  # float there


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR is not at ../shared/data/polnear")
def test_bfloat16_gives_a_sentence_the_same_words_alone_and_in_a_batch(extractor: quotes.Extractor) -> None:
    """bfloat16 keeps so few bits that a sum done in another order shows in the tags; the default
    (auto) runs it where the CPU has it, so a sentence's words must not depend on its batch.  Before
    `quotes.recurrent` ran a lone LSTM row as two, one word of 539 such sentences changed."""
    sentences, hold = _dev_inputs(BF16_ARTICLES)
    halved = FastParser(extractor._pipeline, quantize="bf16")
    batched = parse_sentences(halved, sentences, hold)
    alone = [parse_sentences(halved, [s], [h])[0] for s, h in zip(sentences, hold)]
    assert sum(map(len, alone)) > 5000
    assert [(a, b) for sa, sb in zip(batched, alone) for a, b in zip(sa, sb) if a != b] == []
    assert alone == batched
