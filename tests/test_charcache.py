"""The character model run once per distinct form (quotes.charcache) gives stanza's own tags, lemmas and trees."""
from __future__ import annotations

from pathlib import Path

import pytest

import quotes
from quotes import charcache
from quotes.extractor import prepare
from quotes.parse import Word
from quotes.segment import Sentence

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
ARTICLES = 20  # PolNeAR dev articles: about 330 sentences to parse

# Written for this test: forms repeated in many lengths and cases, in one batch.
REPEATS = [
    'The minister said the talks would go on. "The talks will go on," the minister said.',
    "Said Ali said: \"I said no.\" Ali, who said it twice, said so again on Monday, officials said.",
    "A spokesman for the U.S. State Department said the U.S. would not comment, the spokesman said.",
    "She told reporters that she had told them so; reporters said she had.",
]


def _parses(extractor: quotes.Extractor, texts: list[str]) -> tuple[list[list[Word]], list[list[Word]], int]:
    """Words of every sentence `prepare` sends to the parser, with the cache and with stanza's own forward."""
    from stanza.models.common.char_model import CharacterModel

    sentences: list[Sentence] = []
    hold: list[list[tuple[int, int]]] = []
    for text in texts:
        prep = prepare(text)
        sentences += [prep.sentences[i] for i in prep.wanted]
        hold += prep.hold
    assert CharacterModel.forward is charcache.forward, "loading the models installs the cache"
    assert charcache.STANZA_FORWARD is not None
    cached = extractor.parse(sentences, hold)
    CharacterModel.forward = charcache.STANZA_FORWARD
    try:
        plain = extractor.parse(sentences, hold)
    finally:
        CharacterModel.forward = charcache.forward
    return cached, plain, len(sentences)


def test_cache_gives_stanzas_words_on_written_sentences(extractor: quotes.Extractor) -> None:
    cached, plain, n = _parses(extractor, REPEATS)
    assert n >= len(REPEATS)
    assert cached == plain


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR is not at ../shared/data/polnear")
def test_cache_gives_stanzas_words_on_a_few_hundred_sentences(extractor: quotes.Extractor) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR_DEV.glob("*.txt"))[:ARTICLES]]
    cached, plain, n = _parses(extractor, texts)
    assert n >= 300
    assert cached == plain  # tags, lemmas, heads and relations of every word
