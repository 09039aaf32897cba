"""What the parser is shown of a sentence, and how its words map back (issue 4, point 2), without a model."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from quotes.extractor import prepare
from quotes.marks import Inside, find_quoted
from quotes.parse import KEEP_QUOTED_TOKENS, parse_sentences, withheld
from quotes.segment import Sentence, paragraphs, split_sentences


def _sentence_and_parts(text: str) -> tuple[Sentence, list[tuple[int, int]]]:
    (sentence,) = split_sentences(text)
    return sentence, Inside(find_quoted(text, paragraphs(text))).ranges


def _withheld_texts(text: str) -> list[str]:
    sentence, parts = _sentence_and_parts(text)
    return [" ".join(t.text for t in sentence.tokens[lo:hi]) for lo, hi in withheld(sentence, parts)]


WITHHELD = [
    ('"We need to see a situation where the siege ends," the official said.',
     ["a situation where the siege ends"]),
    ('He said: "We will fight them on the beaches and in the hills."', ["on the beaches and in the hills"]),
    ('He said, "We will fight them on the beaches and in the hills."', ["on the beaches and in the hills"]),
    ('"We will fight them on the beaches," he said, "and we will never surrender to them."',
     ["on the beaches", "surrender to them"]),
    # the quotation runs on from the sentence's own words: its parse matters, nothing is withheld
    ('He said the plan was "a disaster for the working men and women of this country."', []),
    ('If the party loses, "holding the council would be a tall order at best," he wrote.', []),
    # too short to be worth withholding, or no quotation at all
    ('"Yes we can do it," he said.', []),
    ("He said the talks would go on for several more days at least.", []),
]


@pytest.mark.parametrize("text, expected", WITHHELD)
def test_withheld(text: str, expected: list[str]) -> None:
    assert _withheld_texts(text) == expected


class _ChainPipeline:
    """A stand-in for stanza: each word hangs from the one before it; records what it was shown."""

    def __init__(self) -> None:
        self.shown: list[list[str]] = []

    def __call__(self, batch: list[list[str]]) -> Any:
        self.shown.extend(batch)
        return SimpleNamespace(sentences=[SimpleNamespace(words=[
            SimpleNamespace(id=i + 1, text=t, lemma=t.lower(), upos="NOUN", xpos="NN", feats=None,
                            head=i, deprel="dep" if i else "root")
            for i, t in enumerate(sent)]) for sent in batch])


def test_withheld_words_map_back_to_their_tokens() -> None:
    text = '"We need to see a situation where the siege ends," the official said.'
    sentence, parts = _sentence_and_parts(text)
    hold = withheld(sentence, parts)
    pipeline = _ChainPipeline()
    (words,) = parse_sentences(pipeline, [sentence], [hold])
    (lo, hi), = hold
    assert len(pipeline.shown[0]) == len(sentence.tokens) - (hi - lo)
    assert [w.index for w in words] == list(range(len(sentence.tokens)))
    assert [(w.start, w.end, w.text) for w in words] == [(t.start, t.end, t.text) for t in sentence.tokens]
    # parsed words keep their heads, renumbered to token indices; the first kept word of the quotation
    # (here `We`, whose head is the opening mark) heads every withheld word
    root = lo - KEEP_QUOTED_TOKENS
    assert all(words[i].head == root and words[i].upos == "X" for i in range(lo, hi))
    assert words[hi].head == lo - 1  # `,` followed `see` in what the parser was shown
    assert words[0].head == -1


def test_nothing_withheld_without_hold() -> None:
    text = '"We need to see a situation where the siege ends," the official said.'
    sentence, _ = _sentence_and_parts(text)
    pipeline = _ChainPipeline()
    (words,) = parse_sentences(pipeline, [sentence])
    assert pipeline.shown[0] == [t.text for t in sentence.tokens]
    assert [w.head for w in words] == list(range(-1, len(sentence.tokens) - 1))


PARSED = [
    ("The minister said the talks would go on.", True),
    ("According to the minister, the talks will go on.", True),
    ("Officials state that the talks will go on.", True),
    ("He states the obvious.", True),
    ("It is a question of time.", False),               # noun after a determiner
    ("State officials met on Monday.", False),          # capitalised at the start: still a noun here
    ("The talks were held in the United States.", False),
    ("Photos show the plan was known.", False),          # a mostly-noun form with no verb context
    ("Emails show the plan was known.", True),           # ... but records showing (lexicon EVIDENCE_NOUNS)
    ("Questions remain about the deal.", False),
    ("The Daily Ledger reports the mill will close.", True),   # a mostly-noun `-s` form after a name, before a determiner
    ("The mill will close, the Daily Ledger reports.", True),  # ... or closing the sentence
    ("Pentagon reports show the plan was known.", True),       # records that show a clause speak (`evidence-shows`)
    ("Pentagon reports grew longer last year.", False),        # ... not before a verb of its own
    ('He emails, "We are done."', True),
    ('"They said it was over, and it was," she recalled.', True),   # `recalled` is outside the quotation
    ('"They said it was over, and it was."', False),                # the only cue form is quoted
    ("The weather was fine all week.", False),
    ('Trump called the deal "a disaster for workers."', True),     # a naming verb before a quotation
    ("He called his mother on Sunday.", False),                      # ... and without one
    ("He shot back at once.", True),                    # a phrasal cue
    ("He shot the ball at once.", False),
    ('Clinton smiled at them. "We need a union."', True),   # a sentence before one opening with a quotation
    ('Clinton smiled at them.\n\n"We need a union."', True),   # ... or ending the paragraph before one (narrator-paragraph)
    ('Clinton smiled at them.\n\n"We need a union," she said.', True),  # ... (its own cue is parsed, not the narration)
    ('The weather was "fine" then.\n\n"We need a union."', False),  # ... not after a paragraph that quotes
    ('She was "very happy with all of it" last year.', True),  # a quotation within: the verb governing it may tell whose
    ('She was "very happy" about it.', False),          # ... not a short term no cue word takes (scare-quote drops it)
    ('"We are very happy about it."', False),           # ... but not one that opens the sentence with no cue
    ('Last year it all changed: "We are very happy."', True),      # a colon introducing a quotation
    ('It all changed last year:', True),                # ... which may open the next sentence
]


@pytest.mark.parametrize("text, parsed", PARSED)
def test_which_sentences_are_parsed(text: str, parsed: bool) -> None:
    assert bool(prepare(text).wanted) is parsed


def test_doctests() -> None:
    """The examples in `quotes.parse` (`_mark_text`: a mark typed as several characters) hold."""
    import doctest

    import quotes.parse

    result = doctest.testmod(quotes.parse)
    assert result.attempted > 0 and result.failed == 0
