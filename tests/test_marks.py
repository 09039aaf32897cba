"""Quotation marks to quoted spans (issue 2, point 2), from the raw text alone."""
from __future__ import annotations

import pytest

from quotes.marks import Inside, Quoted, find_quoted
from quotes.segment import paragraphs


def quoted(text: str) -> list[Quoted]:
    """`find_quoted` over `text` with its own paragraphs."""
    return find_quoted(text, paragraphs(text))


def contents(text: str) -> list[tuple[str, ...]]:
    """Each quotation as the tuple of its parts' texts."""
    return [tuple(text[a:b] for a, b in q.parts) for q in quoted(text)]


# text -> the quotations' contents (one tuple of parts per quotation)
DOUBLES = [
    ('"Hello there," he said.', [("Hello there,",)]),
    ("“Hello there,” he said.", [("Hello there,",)]),
    ('He said: "We will win."', [("We will win.",)]),
    ('"A," he said, "B."', [("A,",), ("B.",)]),
    ("“We need a deal,” a senior US official told reporters.", [("We need a deal,",)]),
    ('The bill, he said, was "unworkable and unfair".', [("unworkable and unfair",)]),
    ("„Wir schaffen das“, sagte sie.", [("Wir schaffen das",)]),
    ("«Nous allons gagner», a-t-il dit.", [("Nous allons gagner",)]),
    ('"One." Then "two."', [("One.",), ("two.",)]),
    ('He said "yes" and she said "no".', [("yes",), ("no",)]),
    # a mark glued to the stop that ends the quoted words closes them, even glued to the next word too
    ("“The roof leaks,”the tenant said. “Fix it.”", [("The roof leaks,",), ("Fix it.",)]),
    ('"The roof leaks,"the tenant said. "Fix it."', [("The roof leaks,",), ("Fix it.",)]),
    ('"Is it over?"she asked.', [("Is it over?",)]),
    # ... and opens when no quotation is open
    ('The crowd went home."We were fooled," one said.', [("We were fooled,",)]),
    ('He said,"We will stay."', [("We will stay.",)]),
    # marks of inches or seconds after a number are no quotation marks
    ('The 6\'2" guard said, "We will win."', [("We will win.",)]),
    ('"He is 6\'2" and fast," she said.', [('He is 6\'2" and fast,',)]),
    ("\u201cHe is 6\u20192\u201d and fast,\u201d she said.", [("He is 6\u20192\u201d and fast,",)]),
    ('"The 6\u20322\u2033 guard is our best," she said.', [("The 6\u20322\u2033 guard is our best,",)]),
    ('"We need 3" of rain," the farmer said.', [('We need 3" of rain,',)]),
    # ... but a quotation may end in a number where no later mark closes it
    ('He called it "Plan 9" and left.', [("Plan 9",)]),
    ('"Call 911" or "run," she said.', [("Call 911",), ("run,",)]),
]

APOSTROPHE_DOUBLES = [
    ("''It has the virtue,'' he said.", [("It has the virtue,",)]),
    ("He said, ''It has the virtue of being true.''", [("It has the virtue of being true.",)]),
    ("``It works,'' he said.", [("It works,",)]),
    ("''We can't stop now,'' she said. ''Not now.''", [("We can't stop now,",), ("Not now.",)]),
]

SINGLES = [
    ("‘We will win,’ she said.", [("We will win,",)]),
    ("'We will win,' she said.", [("We will win,",)]),
    ("'I don't know,' she said.", [("I don't know,",)]),
    ("‘It’s over,’ he said.", [("It’s over,",)]),
    ("'We're done,' said Kerry's aide.", [("We're done,",)]),
    ("He said ‘the voters’ trust is gone’ and left.", [("the voters’ trust is gone",)]),
    ("'The voters' anger is real,' he said.", [("The voters' anger is real,",)]),
    ("‘In the ’90s we won,’ he said.", [("In the ’90s we won,",)]),
    ("‘Rock ’n’ roll is dead,’ the singer said.", [("Rock ’n’ roll is dead,",)]),
    ("'I love rock 'n' roll,' he said.", [("I love rock 'n' roll,",)]),
    ("'It is the workers' money, not the bosses'. We won't give it up,' he said.",
     [("It is the workers' money, not the bosses'. We won't give it up,",)]),
    ("‘We need more nurses’, he said of the nurses’ pay.", [("We need more nurses",)]),
    ("'We need more nurses', he said. 'And doctors', she added.", [("We need more nurses",), ("And doctors",)]),
    # a word in `-in'` drops its `g`: the apostrophe closes nothing before a comma or a lower-case word
    ("'We've got to keep goin',' said Mr Lee.", [("We've got to keep goin',",)]),
    ("‘There’s nothin’ left here,’ said Mr Lee.", [("There’s nothin’ left here,",)]),
    ("'We moved to Berlin', said Mr Lee.", [("We moved to Berlin",)]),
    # low-high single marks (German style): after a low opener, the high mark closes
    ("\u201aNein\u2018, sagte Vogel.", [("Nein",)]),
    ("Er sagte: \u201aWir kommen wieder.\u2018 Dann ging er.", [("Wir kommen wieder.",)]),
    # no low opener before it: a high mark after a word closes nothing (a mistyped apostrophe)
    ("He cited the voters\u2018 trust.", []),
    # h293: in a quotation of whole sentences a plural's possessive closes nothing where the quotation runs on
    # into the next paragraph; a word quoted within a sentence still closes there
    ("Lee said. 'It's the workers' jobs on the line.\n\n'The Government has not listened.'",
     [("It's the workers' jobs on the line.", "The Government has not listened.")]),
    ("\u2018It\u2019s the nurses\u2019 pay that matters.\n\n\u2018We will fight for it.\u2019",
     [("It\u2019s the nurses\u2019 pay that matters.", "We will fight for it.")]),
    ("He called them 'dinosaurs' and left.\n\n'We are not dinosaurs,' she said.",
     [("dinosaurs",), ("We are not dinosaurs,",)]),
]

APOSTROPHES_ONLY = [
    "The voters’ trust was lost.",
    "The voters' trust was lost.",
    "In the ’90s it was different.",
    "In the '90s it was different.",
    "He loved rock 'n' roll music.",
    "He loved rock ’n’ roll music.",
    "I don't know.",
    "I don’t know what they’re doing.",
    "It's the voters' choice.",
    "The Smiths' house and the Joneses' car were sold.",
    "Students' and teachers' unions met.",
    "'Tis the season, and ’twas ever thus.",
    "Kerry's aide and Lavrov's deputy met in the ’80s and ’90s.",
    "O'Malley and D'Angelo won.",
    "Fish 'n' chips and rock 'n' roll.",
]

NESTED = [
    ('"He told me \'never again\' and left," she said.', [("He told me 'never again' and left,",)]),
    ("“He said ‘no’ twice,” she said.", [("He said ‘no’ twice,",)]),
    ('"He called it \'a disaster,\'" she said.', [("He called it 'a disaster,'",)]),
    ("“She called it ‘a disaster,’” he said.", [("She called it ‘a disaster,’",)]),
    ("'He said \"never\" to me,' she said.", [("He said \"never\" to me,",)]),
    ("‘He said “never” to me,’ she said.", [("He said “never” to me,",)]),
    # the inner quotation in the outer one's own marks: closed by the next mark, the outer by the one after
    ('"We can\'t say "never" to them," he said.', [('We can\'t say "never" to them,',)]),
    ("“Ask who wrote “sold out” on the wall,” she said.", [("Ask who wrote “sold out” on the wall,",)]),
    ("The note read: “Bring the “good” chairs.” Then it ended.", [("Bring the “good” chairs.",)]),
]

# an opener inside an open quotation that is not closed twice over begins a new quotation
NOT_NESTED = [
    ("“The gate was left open. “Who did it?” she asked.", [("The gate was left open.",), ("Who did it?",)]),
    ('He said "yes and then "no" twice.', [("yes and then",), ("no",)]),
    ('"A "b" and "c" here.', [("A",), ("b",), ("c",)]),
    # a doubled opener is one opener, not an outer quotation
    ('"“We lost,” he wrote of the vote.”', [("We lost,",)]),
]

MULTI_PARAGRAPH = [
    ('"First paragraph of the quote.\n"Second paragraph ends here," he said.',
     [("First paragraph of the quote.", "Second paragraph ends here,")]),
    ("“First paragraph of the quote.\n“Second paragraph ends here,” he said.",
     [("First paragraph of the quote.", "Second paragraph ends here,")]),
    ('"One.\n\n"Two.\n\n"Three," he said.', [("One.", "Two.", "Three,")]),
    ('Another official said: "All I can say is we can\'t finish.\n"That said, I think so," he added.',
     [("All I can say is we can't finish.", "That said, I think so,")]),
    ("''First part.\n''Second part,'' he said.", [("First part.", "Second part,")]),
    ("She said: ‘We have lived here for years.\n‘Now they want it gone.’", [("We have lived here for years.",
                                                                            "Now they want it gone.")]),
    ("She said: 'We have lived here for years.\n\n'Now they want it gone.'", [("We have lived here for years.",
                                                                               "Now they want it gone.")]),
]


@pytest.mark.parametrize("text,expected", DOUBLES)
def test_double_quotes(text: str, expected: list[tuple[str, ...]]) -> None:
    """Straight, curly, low-high and guillemet double quotes."""
    assert contents(text) == expected


@pytest.mark.parametrize("text,expected", APOSTROPHE_DOUBLES)
def test_doubled_apostrophes(text: str, expected: list[tuple[str, ...]]) -> None:
    """`''...''` and ``` ``...'' ``` as double quotation marks."""
    assert contents(text) == expected


@pytest.mark.parametrize("text,expected", SINGLES)
def test_single_quotes_as_quotation_marks(text: str, expected: list[tuple[str, ...]]) -> None:
    """Single marks that quote, with apostrophes inside them left alone."""
    assert contents(text) == expected


@pytest.mark.parametrize("text", APOSTROPHES_ONLY)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    """Possessives, elisions and contractions quote nothing."""
    assert contents(text) == []


@pytest.mark.parametrize("text,expected", NESTED)
def test_nested_quotes_give_one_quotation(text: str, expected: list[tuple[str, ...]]) -> None:
    """A quote inside a quote is part of the outer quotation, not a second one."""
    assert contents(text) == expected


@pytest.mark.parametrize("text,expected", NOT_NESTED)
def test_unclosed_quote_is_not_an_outer_one(text: str, expected: list[tuple[str, ...]]) -> None:
    """Without two closers in its paragraph, a second opener ends the open quotation."""
    assert contents(text) == expected


# a mark right after `=` quotes a markup attribute's value, up to the same mark again: no quotation
MARKUP = [
    ('<a href="https://example.org/story">the story</a>', []),
    ("<div class='note' id=''>Closed for repairs.</div>", []),
    ('<img alt="" src="photo.jpg"> "We won," she said.', [("We won,",)]),
    ('<post author="@ann" date="May 3,\n2019">"We won," she said.</post>', [("We won,",)]),
    ('<post id="7" by="Ann">Rain again.\n"Stay in," he said.</post>', [("Stay in,",)]),
]


@pytest.mark.parametrize("text,expected", MARKUP)
def test_markup_attributes_are_not_quotations(text: str, expected: list[tuple[str, ...]]) -> None:
    """`name="value"` in markup quotes nothing, even when the value runs over a line break."""
    assert contents(text) == expected


@pytest.mark.parametrize("text,expected", MULTI_PARAGRAPH)
def test_multi_paragraph_quotes(text: str, expected: list[tuple[str, ...]]) -> None:
    """An unclosed paragraph continues into the next paragraph that opens with a mark."""
    assert contents(text) == expected
    assert all(q.closed for q in quoted(text))


ALL_TABLES = DOUBLES + APOSTROPHE_DOUBLES + SINGLES + NESTED + NOT_NESTED + MARKUP + MULTI_PARAGRAPH


@pytest.mark.parametrize("text", [t for t, _ in ALL_TABLES] + APOSTROPHES_ONLY)
def test_quotations_never_overlap(text: str) -> None:
    """`find_quoted` promises disjoint quotations, in order."""
    spans = [p for q in quoted(text) for p in q.parts]
    assert spans == sorted(spans)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, f"{text[a1:b1]!r} overlaps {text[a2:b2]!r}"


def test_unclosed_paragraph_not_continued_without_opening_mark() -> None:
    """The next paragraph must open with a mark for the quotation to run on."""
    text = '"This quote is never closed.\nThe next paragraph is narration.'
    found = contents(text)
    assert found == [("This quote is never closed.",)]
    assert not quoted(text)[0].closed


def test_unclosed_single_quote_runs_on_only_to_a_close() -> None:
    """A single-marked paragraph left open runs on only into a paragraph opening with a mark, and only
    when the quotation closes in the end: an opener that never closes quotes nothing."""
    assert contents("She said: 'We will win.\nWeather was fine.\n'Really,' she said.") == [("Really,",)]
    assert contents("He said: 'We will win.\n'Maybe not.") == []


def test_unclosed_quote_does_not_swallow_later_paragraphs() -> None:
    """A quotation left open stops at its paragraph when the next does not continue it."""
    text = 'He said: "We will win.\nWeather was fine.\n"Really," she said.'
    assert contents(text) == [("We will win.",), ("Really,",)]


@pytest.mark.parametrize("text", [
    "",
    "   ",
    "No quotes here at all.",
    "A six-inch pipe cost $5.",
    'The 6" pipe and the 12" pipe were sold.',
    "He is 6'2\" tall.",
    "Scores were 5'' and 7''.",
])
def test_nothing_to_find(text: str) -> None:
    """Texts without quotations give nothing."""
    assert contents(text) == []


@pytest.mark.parametrize("text", [
    '"',
    '""',
    "''",
    '" " "',
    "“",
    "”",
    "‘’‘",
    '"""',
    'He said "yes and left.',
    'Yes," he said. "No',
    '"A," he said, "B',
    "He said: “We will win.” Then “",
    "”Wrong“ way ”round",
    "'''",
    "' ' '",
    "\"\n\"\n\"",
    "a\"b\"c'd'e",
    "“A “B” C”",
])
def test_odd_marks_never_crash(text: str) -> None:
    """Any arrangement of marks is handled; results are sane ranges inside the text."""
    found = quoted(text)
    for q in found:
        assert q.parts
        for a, b in q.parts:
            assert 0 <= a < b <= len(text)
            assert text[a:b].strip() == text[a:b]
    spans = sorted(p for q in found for p in q.parts)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        assert b1 <= a2, "quotations never overlap"


@pytest.mark.parametrize("text,forbidden", [
    ('Yes," he said. "No', "he said."),
    ('Yes,” he said. “No', "he said."),
    ('Yes,’ he said. ‘No', "he said."),
    ("Yes,'' he said. ``No", "he said."),
    ('end." Then he left. "Start', "Then he left."),
    ('He said "yes." She said "no." and "maybe', "She said"),
])
def test_marks_never_pair_the_wrong_way_round(text: str, forbidden: str) -> None:
    """A mark that can only close never opens: narration between a closer and an opener is not quoted."""
    for parts in contents(text):
        for part in parts:
            assert forbidden not in part, f"{part!r} pairs a closing mark with an opening one"


def test_closing_only_mark_never_opens() -> None:
    """A closer with nothing before it quotes nothing; the opener after it still works."""
    text = 'over," he said. "We will win," she said.'
    assert contents(text) == [("We will win,",)]


def test_offsets_are_true_with_non_ascii() -> None:
    """Part offsets index the caller's str (characters, not bytes)."""
    text = "Café naïveté — “Ça va très bien,” dit-elle. “Oui.”"
    assert contents(text) == [("Ça va très bien,",), ("Oui.",)]


def test_doctests() -> None:
    """The examples in `quotes.marks` (`marked_range` over doubled marks) hold."""
    import doctest

    import quotes.marks

    result = doctest.testmod(quotes.marks)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("text, quoted, cut, expected", [
    ('He called it "extremely careless," and left.', "extremely careless,", "extremely careless",
     'He called it "extremely careless,"'),                      # short of its comma: through it and the mark
    ("He called it ``Swiss cheese.'' Then he left.", "Swiss cheese.", "Swiss cheese",
     "He called it ``Swiss cheese.''"),                          # a mark typed as two characters
    ('He called it "a mess. It will cost us" and left.', "a mess. It will cost us", "a mess.",
     'He called it "a mess.'),                                   # more of the quotation's words follow: left
])
def test_a_mixed_part_runs_through_its_closing_mark(text: str, quoted: str, cut: str, expected: str) -> None:
    """assemble._through_closing_mark: a mixed quote's part that stops inside its quotation short of only
    the quotation's closing punctuation ends after the closing mark."""
    from quotes.assemble import _through_closing_mark
    q0 = text.index(quoted)
    inside = Inside([Quoted(((q0, q0 + len(quoted)),), True, True)])
    a, b = _through_closing_mark(text, 0, text.index(cut) + len(cut), inside)
    assert text[a:b] == expected
