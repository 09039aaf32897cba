"""Which sentences `prepare` hands to the parser (`PARSE_REQUESTS`): model-free, so no parser here."""
from __future__ import annotations

import pytest

from quotes.extractor import prepare

# (id, text, indices of the sentences to parse)
SELECTION_CASES: list[tuple[str, str, list[int]]] = [
    ("said-is-a-cue", "The mayor said the plan would fail.", [0]),
    ("no-cue-no-quote", "The bridge opened in May.", []),
    ("point-as-noun", "At one point the talks stalled.", []),
    ("points-out", "She points out that the plan has failed before.", [0]),
    ("charges-as-noun", "The charges were dropped last week.", []),
    ("charges-after-pronoun", "He charges that the plan was rigged.", [0]),
    ("voice-as-noun", "Her voice was calm all through the hearing.", []),
    ("answers-as-noun", "The answers came too late for the board.", []),
    ("requests-that", "The senator requests that the vote wait.", [0]),
    ("before-quote-uncued", 'The crowd cheered loudly. "We need to keep going."', [0]),
    ("before-quote-own-cue", 'The crowd cheered loudly. "We need to keep going," she said.', [1]),
    ("before-quote-cue-two-sentences-on", 'The crowd cheered loudly. "We need it. We will win," she said.', [2]),
    ("before-quote-cue-in-next-paragraph", 'The crowd cheered loudly. "We need it."\n\nShe said it twice.', [0, 2]),
    ("before-paragraph-quote", 'The council met late on Friday.\n\n"We offer our apology."', [0]),
    ("before-paragraph-quote-quoting", 'The council met. "We are sorry," it said.\n\n"We offer our apology."', [1]),
    ("states-in-a-list", "The tour reached 12 states, then went home.", []),
    ("tweets-comma-quotation", 'The campaign tweets, "We are done here."', [0]),
    ("continued-to", "The talks continued to stall through the spring.", []),
    ("continued-speaking", '"We will not stop," she continued.', [0]),
    ("continued-to-insist", "He continued to insist that the plan works.", [0]),
    ("quote-within", 'Varnell thanked its volunteers "for their patience in my absence."', [0]),
    ("quote-within-short-term", 'The "peace plan" talks resumed in May.', []),
    ("quote-within-title", 'She co-hosts the weekly podcast "Not Much Has Changed Here."', []),
    ("quote-within-naming-verb", 'The board called the plan "a disaster."', [0]),
    ("quote-within-cue-after-noun-marker", 'A letter that accuses him of "lying" was read out.', [0]),
    ("contracted-is-before-cue", "She's telling friends that the shop will close.", [0]),
    ("contracted-has-after-relative", "The clerk, who's argued for years that fees are too high, left.", [0]),
    ("contracted-after-it-no-speaker", "It's said that the shop will close.", []),
    ("possessive-before-noun-form", "The mayor's remarks were brief.", []),
    ("relative-that-before-s-form", "There is nothing that suggests the clerk lied.", [0]),
    ("that-before-s-form", "There is a poll that suggests the race is close.", [0]),
    ("that-before-noun-form", "That report was late.", []),
    ("that-before-past-form", "The notes that argued otherwise were lost.", []),
    ("headline-closing-dash", "Budget will hurt the poor - charity\nThe board met.", [0]),
    ("dash-with-stop", "The board met late - again.\nIt voted.", []),
    ("headline-opening-colon", "Ruiz: I will not resign\nThe board met.", [0]),
    ("colon-late-in-line", "The board met on Friday and voted: no\nIt left.", []),
    ("dash-far-from-end", "Rates fall - and the bank may cut them again next spring\nIt voted.", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SELECTION_CASES], ids=[c[0] for c in SELECTION_CASES])
def test_parse_selection(text: str, expected: list[int]) -> None:
    assert prepare(text).wanted == expected
