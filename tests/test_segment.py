"""Paragraphs, sentences and UD-style tokens (issue 2, point 1), without a model."""
from __future__ import annotations

import doctest

import pytest

import quotes.segment
from quotes.segment import paragraphs, split_sentences, tokenize


def test_doctests() -> None:
    """The examples in the module's docstrings hold."""
    result = doctest.testmod(quotes.segment)
    assert result.attempted >= 3 and result.failed == 0


def sentence_texts(text: str) -> list[str]:
    """The text of each sentence `split_sentences` finds."""
    return [text[s.start:s.end] for s in split_sentences(text)]


def token_texts(text: str) -> list[str]:
    """The text of each token of `text`."""
    return [t.text for t in tokenize(text)]


SENTENCES = [
    ('"Who knows?" Trump told a station in London. "Why not?" He left.',
     ['"Who knows?" Trump told a station in London.', '"Why not?"', "He left."]),
    ("Mr. Smith went to Washington. He said hi.", ["Mr. Smith went to Washington.", "He said hi."]),
    ("Mrs. Jones and Dr. Who met Sen. Warren on Jan. 5. They talked.",
     ["Mrs. Jones and Dr. Who met Sen. Warren on Jan. 5.", "They talked."]),
    ("The U.S. economy grew. Prices rose.", ["The U.S. economy grew.", "Prices rose."]),
    ("He met U.S. Secretary of State John Kerry. They talked.",
     ["He met U.S. Secretary of State John Kerry.", "They talked."]),
    ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
    ("John F. Kennedy spoke. It was 3 p.m. when he left.", ["John F. Kennedy spoke.", "It was 3 p.m. when he left."]),
    ("Prices rose 3.5 percent. Wages fell.", ["Prices rose 3.5 percent.", "Wages fell."]),
    ("It cost £2.5m and drew 1.2bn views. Fans cheered.", ["It cost £2.5m and drew 1.2bn views.", "Fans cheered."]),
    ("Is it over? Yes! It is... Really.", ["Is it over?", "Yes!", "It is...", "Really."]),
    ('"We will win." He left.', ['"We will win."', "He left."]),
    ("“We will win.” He left.", ["“We will win.”", "He left."]),
    ('"Will we win?" he asked.', ['"Will we win?" he asked.']),
    ('"We will win," he said. "We must."', ['"We will win," he said.', '"We must."']),
    ("He said: “We will win. We must.” Then he left.", ["He said: “We will win.", "We must.”", "Then he left."]),
    ("(He left.) She stayed.", ["(He left.)", "She stayed."]),
    ("Apple Inc. said profits rose. The shares fell.", ["Apple Inc. said profits rose.", "The shares fell."]),
    ("Rep. Arlo Penwick (D-N.Y.) reacted. Sen. Mabel Truitt (R-S.C.) said no.",
     ["Rep. Arlo Penwick (D-N.Y.) reacted.", "Sen. Mabel Truitt (R-S.C.) said no."]),
    ("He works for Acme Corp. in Ohio.", ["He works for Acme Corp. in Ohio."]),
    # a dateline opening a paragraph is a sentence of its own; a dash elsewhere ends none
    ("WASHINGTON (AP) — The talks failed, officials said.", ["WASHINGTON (AP) —", "The talks failed, officials said."]),
    ("MANCHESTER, N.H. - Voters said no.", ["MANCHESTER, N.H. -", "Voters said no."]),
    ("SAN JUAN, Puerto Rico (Reuters) -- The storm hit.", ["SAN JUAN, Puerto Rico (Reuters) --", "The storm hit."]),
    ("ROME, May 3 (Reuters) - The strike ended.", ["ROME, May 3 (Reuters) -", "The strike ended."]),
    ("Washington - The talks failed.", ["Washington - The talks failed."]),
    # a newsletter's lead-in label opening a paragraph is a sentence of its own; the same words elsewhere are none
    ("Why it matters: The levy would raise $4 million.", ["Why it matters:", "The levy would raise $4 million."]),
    ("What they’re saying: “We lost,” Ruiz said.", ["What they’re saying:", "“We lost,” Ruiz said."]),
    ("The reason why it matters: money.", ["The reason why it matters: money."]),
    ("The View From Berlin: Officials were wary.", ["The View From Berlin:", "Officials were wary."]),
    ("The talks failed - Again.", ["The talks failed - Again."]),
    # `a.m.` may end a sentence: before a word that opens sentences or a quotation, not before `Tuesday`
    ('Police woke her at 4 a.m. "Take only what you can carry," they said.',
     ["Police woke her at 4 a.m.", '"Take only what you can carry," they said.']),
    ("The shelling stopped at 2 a.m. The town was quiet.", ["The shelling stopped at 2 a.m.", "The town was quiet."]),
    ("The vote is at 9 a.m. Tuesday in Salem.", ["The vote is at 9 a.m. Tuesday in Salem."]),
    ("It opens at 4 p.m. and closes late.", ["It opens at 4 p.m. and closes late."]),
    ("Some towns, e.g. Salem, agree.", ["Some towns, e.g. Salem, agree."]),
    ('The U.S. "war on drugs" goes on.', ['The U.S. "war on drugs" goes on.']),
    ("Lee said the gap between Ruiz and then-Sen. Jane Doe was narrow. He left.",
     ["Lee said the gap between Ruiz and then-Sen. Jane Doe was narrow.", "He left."]),
    ("The ex-Gov. Ann Lowe spoke. He left.", ["The ex-Gov. Ann Lowe spoke.", "He left."]),
    ("See www.example.com/page.html for details. Thanks.", ["See www.example.com/page.html for details.",
                                                             "Thanks."]),
    # a lone capital after a lower-case word is no initial before a quotation or a sentence opener
    ('"We will not back down," Vance wrote on X. "We are not changing anything."',
     ['"We will not back down," Vance wrote on X.', '"We are not changing anything."']),
    ("He posted on X. The post was deleted.", ["He posted on X.", "The post was deleted."]),
    ('One user wrote on X. Another posted: "Not again."', ["One user wrote on X.", 'Another posted: "Not again."']),
    ("Sen. Jo Hart (D-N.Y) said the bill was dead.", ["Sen. Jo Hart (D-N.Y) said the bill was dead."]),
    ("He chose plan B. Then he left.", ["He chose plan B.", "Then he left."]),
    ("He chose plan B. Garcia left.", ["He chose plan B. Garcia left."]),  # a name may follow an initial
    ("It was written by J. K. Rowling in 1997.", ["It was written by J. K. Rowling in 1997."]),
    ('Robert F. "Bobby" Kennedy spoke.', ['Robert F. "Bobby" Kennedy spoke.']),
    # a quotation mark left as an HTML entity closes and opens sentences as its glyph does
    ("He called it &ldquo;unfair.&rdquo; Then he left.", ["He called it &ldquo;unfair.&rdquo;", "Then he left."]),
    ("He was up at 4 a.m. &quot;They told us to run,&quot; he said.",
     ["He was up at 4 a.m.", "&quot;They told us to run,&quot; he said."]),
    # an academic degree is one token: it ends no sentence within a name's titles, and may end one
    ('"We waited," said Tom Vale, M.D., Ph.D., chief medical officer at Zeta Bio.',
     ['"We waited," said Tom Vale, M.D., Ph.D., chief medical officer at Zeta Bio.']),
    ("She earned a Ph.D. The next year she moved.", ["She earned a Ph.D.", "The next year she moved."]),
    # a press release's dateline is a sentence of its own
    ("AUSTIN, Texas, May 5, 2025 /PRNewswire/ -- Acme Inc. said it raised $5 million.",
     ["AUSTIN, Texas, May 5, 2025 /PRNewswire/ --", "Acme Inc. said it raised $5 million."]),
    # a live blog's stamp opening an entry is a sentence of its own; a time within a sentence is none
    ("12:30 p.m. — Lena Ortiz, speaking moments ago, said the bridge was shut.",
     ["12:30 p.m. —", "Lena Ortiz, speaking moments ago, said the bridge was shut."]),
    ("UPDATE 3:15 p.m. ET: Ortiz said the bridge was shut.", ["UPDATE 3:15 p.m. ET:", "Ortiz said the bridge was shut."]),
    ("Updated at 5:01 p.m. EDT — Ortiz said the bridge was shut.",
     ["Updated at 5:01 p.m. EDT —", "Ortiz said the bridge was shut."]),
    ("14:05 GMT - Ortiz said the bridge was shut.", ["14:05 GMT -", "Ortiz said the bridge was shut."]),
    ("10.42am: Ortiz said the bridge was shut.", ["10.42am:", "Ortiz said the bridge was shut."]),
    ("14.05 BST - Ortiz said the bridge was shut.", ["14.05 BST -", "Ortiz said the bridge was shut."]),
    ("3.5 - The rate rose, Ortiz said.", ["3.5 - The rate rose, Ortiz said."]),
    ("At 3 p.m. — Ortiz said — the bridge was shut.", ["At 3 p.m. — Ortiz said — the bridge was shut."]),
    ("3 p.m.: that is when Ortiz said the bridge shut.", ["3 p.m.: that is when Ortiz said the bridge shut."]),
    # a name's own `!` (`E! News`, `Yahoo! Finance`) ends a sentence only before what opens one
    ("She told E! News that she was fine. He left.", ["She told E! News that she was fine.", "He left."]),
    ("She spoke to E! The show airs Friday.", ["She spoke to E!", "The show airs Friday."]),
    ("It won big on Jeopardy! tonight.", ["It won big on Jeopardy! tonight."]),
    # a quotation opening on a capital after an abbreviation opens a sentence, however its mark is set
    ("h243: The crews were woken at 4 a.m. \u2018They told us to leave,\u2019 Diaz said.",
     ["h243: The crews were woken at 4 a.m.", "\u2018They told us to leave,\u2019 Diaz said."]),
    ("h243: Ruiz told reporters. \u201eI wish we did.\u201d", ["h243: Ruiz told reporters.", "\u201eI wish we did.\u201d"]),
    # text wrapped at a fixed width with no blank lines: a line going on in lower case goes on the sentence
    ("h243: The mayor said the plan\nwas dead and that the city\nwould look again. She left.",
     ["h243: The mayor said the plan\nwas dead and that the city\nwould look again.", "She left."]),
    ("h243: \"We will not\nbuild it,\" she told\nreporters.", ["h243: \"We will not\nbuild it,\" she told\nreporters."]),
    # one such break alone is left a paragraph's end (a slip of editing as often as a wrap)
    ("h243: Results for the district\nnine seats were counted.", ["h243: Results for the district", "nine seats were counted."]),
    # a line that ends a sentence or a headline, or a next line opening in capitals, is no wrap
    ("h243: Mayor says plan\nis dead\nThe mayor said it\nwas over.\nno one knew.",
     ["h243: Mayor says plan\nis dead", "The mayor said it\nwas over.", "no one knew."]),
    # h256: a word broken at a hyphen goes on its sentence even alone, and in text of long lines
    ("h256: The city said it had kept its commit-\nment to them. She left.",
     ["h256: The city said it had kept its commit-\nment to them.", "She left."]),
    ("h256: " + "The levee that failed last spring is being rebuilt by crews working through the night, " * 2
     + "the city said in a long-\nawaited report.\nno one knew.",
     ["h256: " + "The levee that failed last spring is being rebuilt by crews working through the night, " * 2
      + "the city said in a long-\nawaited report.", "no one knew."]),
    # h256: a party and state with their periods (`D-N.M.`) may end a sentence, as `U.S.` may
    ('h256: "We won," said Sen. Ana Ruiz, D-N.M. "But it was close."',
     ['h256: "We won," said Sen. Ana Ruiz, D-N.M.', '"But it was close."']),
    ("h256: Sen. Ana Ruiz, D-N.M. said it was close.", ["h256: Sen. Ana Ruiz, D-N.M. said it was close."]),
    # h256: a page's number on a line of its own is no sentence (text pasted from print)
    ("h256: LEE: We will not stop.\n\n- 2 -\n\nPage 3 of 12\n\nWe will win.",
     ["h256: LEE: We will not stop.", "We will win."]),
    ("h256: The vote was 4.\n\n4.\n\nFour seats.", ["h256: The vote was 4.", "4.", "Four seats."]),
    # h256: a dateline's dash set close to the words (WSJ, Dow Jones) ends it too
    ("WASHINGTON\u2014The Fed held rates, its chairman said.", ["WASHINGTON\u2014", "The Fed held rates, its "
                                                               "chairman said."]),
    ("GENEVA (Dow Jones)--Tariffs are off the table, a minister said.",
     ["GENEVA (Dow Jones)--", "Tariffs are off the table, a minister said."]),
    # ... but a dash set off by a space is no broken word
    ("h256: Results for the district -\nnine seats were counted.",
     ["h256: Results for the district -", "nine seats were counted."]),
    # h251: a quoted cry or question, then a tag read from the words (a name or pronoun and a past in -ed or a
    # present of manner closing it) is one sentence; a thing that acts after a cry is a sentence of its own
    ('h251: "Not again!" Diego protested. He left.', ['h251: "Not again!" Diego protested.', "He left."]),
    ('h251: "Why not?" she wonders.', ['h251: "Why not?" she wonders.']),
    ('h251: "Help!" The crowd ran.', ['h251: "Help!"', "The crowd ran."]),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    """Stops end sentences; abbreviations, initials, decimals and a quoted question or cry
    followed by its cue (`"Who knows?" Trump told`) do not."""
    assert sentence_texts(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    """A line break in ordinary (not hard-wrapped) text ends a paragraph, and so a sentence."""
    text = "Kerry in Geneva to push Russia on Syria ceasefire\n\nImage\nAFP Geneva\nKerry flew in. He met Lavrov."
    assert sentence_texts(text) == ["Kerry in Geneva to push Russia on Syria ceasefire", "Image", "AFP Geneva",
                                    "Kerry flew in.", "He met Lavrov."]
    paras = [s.paragraph for s in split_sentences(text)]
    assert paras == [0, 1, 2, 3, 3]


def test_paragraph_ranges() -> None:
    """Paragraphs are non-empty, trimmed ranges of the text, blank lines skipped."""
    text = "  First line.  \n\n\n\tSecond line.\r\nThird.\n   \n"
    ranges = paragraphs(text)
    assert [text[a:b] for a, b in ranges] == ["First line.", "Second line.", "Third."]


HARD_WRAPPED = (
    "US Secretary of State John Kerry flew in to Geneva today to meet his\n"
    "Russian counterpart once again, seeking a deal with Moscow to restore\n"
    "a ceasefire in Syria. Officials said he would not have travelled\n"
    "unless he thought there was a chance of making progress.\n"
    "\n"
    "But they warned they could not guarantee a final agreement would be\n"
    "reached within the narrow window available before both men return\n"
    "home later in the day, officials travelling with him told reporters.\n"
)


def test_hard_wrapped_text() -> None:
    """Fixed-width text: single newlines are soft wraps, blank lines end paragraphs."""
    sents = split_sentences(HARD_WRAPPED)
    texts = [" ".join(HARD_WRAPPED[s.start:s.end].split()) for s in sents]
    assert texts == [
        "US Secretary of State John Kerry flew in to Geneva today to meet his Russian counterpart once again, "
        "seeking a deal with Moscow to restore a ceasefire in Syria.",
        "Officials said he would not have travelled unless he thought there was a chance of making progress.",
        "But they warned they could not guarantee a final agreement would be reached within the narrow window "
        "available before both men return home later in the day, officials travelling with him told reporters.",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1]
    assert len(paragraphs(HARD_WRAPPED)) == 2


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "Hello", "a.b.c", "...", "“”", "Mr.", "U.S."])
def test_sentence_offsets_and_tokens(text: str) -> None:
    """Sentences are in order, non-overlapping, trimmed, and their tokens lie inside them."""
    sents = split_sentences(text)
    last = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert last <= s.start < s.end <= len(text)
        assert text[s.start:s.end].strip() == text[s.start:s.end]
        assert s.tokens and s.tokens[0].start == s.start and s.tokens[-1].end == s.end
        for t in s.tokens:
            assert t.text == text[t.start:t.end]
        last = s.end
    if not text.strip():
        assert sents == []


TOKENS = [
    ("I don't know.", ["I", "do", "n't", "know", "."]),
    ("I don’t know.", ["I", "do", "n’t", "know", "."]),
    ("It's Kerry's plan.", ["It", "'s", "Kerry", "'s", "plan", "."]),
    ("It’s Kerry’s plan.", ["It", "’s", "Kerry", "’s", "plan", "."]),
    ("They're sure we'll go; I'm sure you've heard and I'd know.",
     ["They", "'re", "sure", "we", "'ll", "go", ";", "I", "'m", "sure", "you", "'ve", "heard", "and", "I", "'d",
      "know", "."]),
    ("We can't, won't and cannot.", ["We", "ca", "n't", ",", "wo", "n't", "and", "can", "not", "."]),
    ("O'Malley left.", ["O'Malley", "left", "."]),
    ("The U.S. and U.K. met.", ["The", "U.S.", "and", "U.K.", "met", "."]),
    ("James B. Comey and J. K. Rowling met.", ["James", "B.", "Comey", "and", "J.", "K.", "Rowling", "met", "."]),
    ("He chose plan B.", ["He", "chose", "plan", "B", "."]),
    ("It rose 3.5% to $1,200 in the 1990s.", ["It", "rose", "3.5", "%", "to", "$", "1,200", "in", "the", "1990s",
                                             "."]),
    ("A 2.5million, 1,200km, 3.2percent rise in 5G.", ["A", "2.5", "million", ",", "1,200", "km", ",", "3.2",
                                                     "percent", "rise", "in", "5G", "."]),
    ("On Radio 4's show and Channel 4’s, in the 1990's.", ["On", "Radio", "4", "'s", "show", "and", "Channel", "4",
                                                          "’s", ",", "in", "the", "1990", "'s", "."]),
    ("'4' he said.", ["'", "4", "'", "he", "said", "."]),
    ('"Yes," he said.', ['"', "Yes", ",", '"', "he", "said", "."]),
    ("“Yes,” he said…", ["“", "Yes", ",", "”", "he", "said", "…"]),
    ("A well-known, state-of-the-art plan.", ["A", "well-known", ",", "state-of-the-art", "plan", "."]),
    ("Mail a@b.com or see https://example.com/x.", ["Mail", "a@b.com", "or", "see", "https://example.com/x", "."]),
    # a site's address without its scheme is one token, its sentence's full stop apart (h209)
    ("She told KSL.com it was over. See Patch.com.", ["She", "told", "KSL.com", "it", "was", "over", ".", "See",
                                                     "Patch.com", "."]),
    # feet and inches, or a number's double prime, are one token: their marks are no quotation marks (h256)
    ("The 6'2\" guard and a 12\u2033 pizza.", ["The", "6'2\"", "guard", "and", "a", "12\u2033", "pizza", "."]),
    ('She said "Route 66" was it.', ["She", "said", '"', "Route", "66", '"', "was", "it", "."]),
]


@pytest.mark.parametrize("text,expected", TOKENS)
def test_tokenization(text: str, expected: list[str]) -> None:
    """UD English tokens: clitics split off, abbreviations, numbers and URLs kept whole."""
    assert token_texts(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in TOKENS])
def test_token_offsets(text: str) -> None:
    """Every token's text is the slice of the input its offsets name, in order."""
    toks = tokenize(text)
    for a, b in zip(toks, toks[1:]):
        assert a.end <= b.start
    for t in toks:
        assert t.text == text[t.start:t.end]


def test_tokenize_window() -> None:
    """`tokenize(text, start, end)` reads only that window, with offsets into the whole text."""
    text = "Ignore this. Kerry said no. And this."
    toks = tokenize(text, 13, 27)
    assert [t.text for t in toks] == ["Kerry", "said", "no", "."]
    assert toks[0].start == 13
