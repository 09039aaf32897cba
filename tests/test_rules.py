"""The rule tables (issue 15): every rule has examples and produces them; names are stable and
known; `Quote.rules` names the rules behind each quote; the README lists the tables as they are."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import conllu_words
from quotes import Quote
from quotes.rules import Example, Rule, Table, without
from quotes.rules.tables import README_END, README_START, TABLES, how_it_works

ROOT = Path(__file__).resolve().parent.parent
ALL_RULES = [(t, r) for t in TABLES for r in t]
# where a stage's rule names show up in Quote.rules
RECORDED_AS = {"cue": "cue", "subject": "speaker", "phrase": "speaker", "content": "content", "clause": "link", "link": "link",
               "float": "speaker", "nearer": "nearer", "filter": "filter", "speaker": "speaker", "widen": "widen", "resolution": "resolution",
               "span": "span", "cut": "cut", "split": "split", "turn": "link", "goes-on": "goes-on"}
PARSE_NAMES = {r.name for t in TABLES if t.stage in ("subject", "phrase") for r in t} | {"according-to"}


def _recorded(rule: Rule) -> set[str]:
    """The names a quote decided by `rule` carries: its own, or for `cue-subject` (the parse's
    speaker, kept) the subject or phrase rule that found that speaker."""
    return PARSE_NAMES if rule.name == "cue-subject" else {rule.name}


def test_every_rule_has_an_example() -> None:
    missing = [r.name for _, r in ALL_RULES if not r.examples]
    assert missing == []


def test_names_are_unique_across_tables() -> None:
    names = [r.name for _, r in ALL_RULES]
    assert len(names) == len(set(names))


def test_table_walks_in_order_and_skips_switched_off_rules() -> None:
    table = Table("test-order", (Rule("none", "test-order", "Never answers.", lambda x: None),
                                 Rule("first", "test-order", "Answers first.", lambda x: x + 1),
                                 Rule("second", "test-order", "Answers second.", lambda x: x + 2)))
    assert table.first(1) == ("first", 2)
    with without(["first"]):
        assert table.first(1) == ("second", 3)
        assert table.ask("first", 1) is None
    assert table.first(1) == ("first", 2)


def test_without_an_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="no such rule: no-such-rule"):
        with without(["no-such-rule"]):
            pass


def test_rule_names_must_be_kebab_case() -> None:
    with pytest.raises(ValueError, match="kebab-case"):
        Table("test-names", (Rule("Bad_Name", "test-names", "Bad.", lambda: None),))


def _quotes(extractor, ex: Example, off: tuple[str, ...] = ()) -> list[Quote]:
    """The quotes of an example's text: from its hand-written parse of the first sentence, else the models."""
    with without(off):
        if ex.parse is None:
            return extractor.extract(ex.text)
        from quotes.assemble import assemble
        from quotes.marks import find_quoted
        from quotes.segment import paragraphs, split_sentences

        sentences = split_sentences(ex.text)
        words = conllu_words(ex.parse, ex.text[:sentences[0].end])
        return assemble(ex.text, sentences, find_quoted(ex.text, paragraphs(ex.text)), {0: words})


@pytest.mark.parametrize("stage, rule, ex", [(t.stage, r, ex) for t, r in ALL_RULES for ex in r.examples],
                         ids=lambda v: v.name if isinstance(v, Rule) else "")
def test_rule_examples(extractor, stage: str, rule: Rule, ex: Example) -> None:
    """Each rule's example: the quote it decides, exactly, with the rule named in `Quote.rules` and
    the exact speaker; or, for a rule that drops it, no such quote, and one when it is switched off."""
    found = [q for q in _quotes(extractor, ex) if q.text == ex.quote]
    if not ex.kept:
        assert found == []
        assert [q.text for q in _quotes(extractor, ex, (rule.name,)) if q.text == ex.quote] == [ex.quote]
        return
    assert len(found) == 1, [q.text for q in _quotes(extractor, ex)]
    q = found[0]
    assert q.rules.get(RECORDED_AS[stage]) in _recorded(rule), q.rules
    assert (q.speaker.text if q.speaker is not None else None) == ex.speaker


@pytest.mark.parametrize("text, expected", [
    # a turn of two words that is its own sentence is an utterance, not a term: the exchange gives it
    # to the asker, and the untagged turn after it to the answerer
    ('"Are you staying?" Ruiz asked.\n\n"Not tonight," Hale said.\n\n"Why not?"\n\n"The roads are closed."',
     [("Are you staying?", "Ruiz"), ("Not tonight,", "Hale"), ("Why not?", "Ruiz"),
      ("The roads are closed.", "Hale")]),
    # a statement after the answer is the answerer going on: one quotation in two parts
    ('"Do you regret the vote?" a reporter asked.\n\n"No," Hale said.\n\n"I would cast it again tomorrow."',
     [("Do you regret the vote?", "a reporter"), ("No, I would cast it again tomorrow.", "Hale")]),
    # no exchange: one speaker's turns, the question included
    ('"We lost," Ruiz said.\n\n"Why?"\n\n"Because we ran out of time."',
     [("We lost, Why? Because we ran out of time.", "Ruiz")]),
    # a short term inside a sentence stays a term
    ('The "new deal" building opened on Monday.', []),
    # a question put to someone is answered by the one asked (`asked-answer`), each closed turn its own
    # quotation, and the turns after alternate (`exchange`)
    ('"Where were you last night?" the detective asked Jones.\n\n"At home."\n\n"Alone?"\n\n'
     '"With my wife," Jones said.\n\n"Can she confirm that?"\n\n"Ask her yourself."',
     [("Where were you last night?", "the detective"), ("At home.", "Jones"), ("Alone?", "the detective"),
      ("With my wife,", "Jones"), ("Can she confirm that?", "the detective"), ("Ask her yourself.", "Jones")]),
    # a question the speaker may ask himself (`he` after `Smith`): he goes on, one quotation in two parts
    ('"The bill is dead," Smith said.\n\n"What happens now?" he asked.\n\n"We start over in January."',
     [("The bill is dead,", "Smith"), ("What happens now? We start over in January.", "he")]),
    # one speaker going on over closed paragraphs, as news does: one quotation in three parts; a longer one too
    ('"We will not raise taxes," the governor said. "Not this year."\n\n"The budget is balanced."',
     [("We will not raise taxes, Not this year. The budget is balanced.", "the governor")]),
    ('"We will not raise taxes," the governor said.\n\n"The budget is balanced, the reserves are full and the '
     'schools will get more money than they asked for."',
     [("We will not raise taxes, The budget is balanced, the reserves are full and the schools will get more "
       "money than they asked for.", "the governor")]),
], ids=["exchange", "answer-goes-on", "one-speaker", "term", "asked-answer", "own-question", "news-goes-on",
     "news-long-goes-on"])
def test_turns_of_an_exchange(extractor, text: str, expected: list[tuple[str, str]]) -> None:
    """Untagged turns: `exchange` alternates only after an answer to the other's question, `answer-turn`
    gives a tagged question's answer to the other, and one speaker goes on over closed paragraphs."""
    got = [(q.text, q.speaker.text if q.speaker is not None else None) for q in extractor.extract(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    # a dateline, alone: no speaker
    "LONDON: Prices rose again in May, the third rise in a row.\n\nShops expect more of the same.",
    # a rubric, alone or twice over: no speaker
    "UPDATE: The vote was moved to Friday.\n\nThe council met on Monday to set the date.",
    "UPDATE: The vote was moved to Friday.\n\nEDITOR'S NOTE: An earlier version gave the wrong date.",
    # labels of an explainer's sections: no speakers
    "WHY IT MATTERS: The mill employs 400 people.\n\nWHAT'S NEXT: The council votes in June.",
    "PROS: The new bus line is cheap.\n\nCONS: It stops running at nine.",
    "MONDAY: The market opens at noon.\n\nTUESDAY: The fair closes early.",
    # a dateline before an explainer's questions: no briefing
    "WASHINGTON: The bill passed late on Friday.\n\nQ: What does the bill do?\n\nA: It funds the roads.",
    # one label twice: no exchange
    "SMITH: We are not going anywhere.\n\nThe crowd cheered.\n\nSMITH: Not now, not ever.",
    # labelled paragraphs far apart: no run of turns
    "SMITH: We are not going anywhere.\n\nThe crowd cheered.\n\nThe band played.\n\nThe rain came.\n\n"
    "It went on all night.\n\nJONES: The vote fails.",
], ids=["dateline", "lone-update", "rubrics", "sections", "pros-cons", "days", "dateline-explainer", "one-speaker",
                                  "far-apart"])
def test_labels_that_are_no_turns(extractor, text: str) -> None:
    """`label-turn` takes a label only in a run of turns with two speakers at least, never a rubric."""
    assert [q.text for q in extractor.extract(text) if q.rules.get("link") == "label-turn"] == []


# Texts a rule must leave alone: the quote is still made, by another rule of its stage.
# (rule, `Quote.rules` key, text, quote); a comment says why the rule must not take it.
LEFT_ALONE = [
    # `narrator-paragraph` takes only a closed quotation after narration that quotes nothing and names a
    #   person or an organisation as its last subject.
    # the quotation hands over to words of its own sentence (`beamed` is no cue word): they report it
    ("narrator-paragraph", "link", 'Hundreds of fans waved flags from the stands.\n\n"This is the best day of my life!" beamed Tom Baker.',
     "This is the best day of my life!"),
    # the narration's subject is a thing, not a person or an organisation that could speak
    ("narrator-paragraph", "link", '"We will fight it," Ruiz said.\n\nThe new law also bans sales after dark.\n\n'
     '"It is a disaster for every shop on this street."',
     "It is a disaster for every shop on this street."),
    # the paragraph before quotes someone: the run of quotes goes on
    ("narrator-paragraph", "link", '"We lost," Ruiz said. Smith left early.\n\n"It was a long night for all of us here."',
     "It was a long night for all of us here."),
    # `closing-aside` ends the report before a relative clause only when a comma sets it off and it
    #   closes the reported clause.
    # the aside is set within the reported clause, which goes on after it: kept
    ("closing-aside", "content", "The clerk said that the old mill, which closed in May, would be sold.",
     "that the old mill, which closed in May, would be sold"),
    # a relative clause with no comma before it restricts the noun: part of what was said
    ("closing-aside", "content", "The clerk said the council sold the mill that had stood empty for years.",
     "the council sold the mill that had stood empty for years"),
    # `speaker-conjunct` cuts only a subjectless cue, or a past verb after a present clause.
    # a past verb joined to a past clause, no cue: more of what was reported
    ("speaker-conjunct", "content", "The clerk said the town sold the mill and bought a new site.",
     "the town sold the mill and bought a new site"),
    # a present verb joined to a present clause: the same report goes on
    ("speaker-conjunct", "content", "He said the river rises each spring and floods the fields.",
     "the river rises each spring and floods the fields"),
    # `rest-to-contrast` stops only at a semicolon or at a comma and a word of contrast.
    # `and` joins a clause to the report: no contrast, the rest goes on
    ("rest-to-contrast", "content", "Aides said more than 3 million voters made calls to the office, and the lines stayed open.",
     "more than 3 million voters made calls to the office, and the lines stayed open"),
    # no break at all
    ("rest-to-contrast", "content", "Aides said more than 3 million voters made calls to the office.",
     "more than 3 million voters made calls to the office"),
    # `lead-in` takes a quotation after a comma only when it runs on lower-case from a clause.
    # a capitalised quotation after a comma is a sentence of its own, handed over whole
    ("lead-in", "link", 'In a long talk with the crew on Monday, "We will sail again in June," the captain said.',
     "We will sail again in June,"),
    # too few words before it to be a clause it finishes
    ("lead-in", "link", 'On Monday, "wait and see," the captain said.', "wait and see,"),
    # `unmarked-passive` reads a passive with no `be` or `get` as active: a true passive keeps its agent
    ("unmarked-passive", "speaker", '"The bridge will reopen in May," the mayor was told by an engineer.',
     "The bridge will reopen in May,"),
    # `colon-clause` wants words of the clause after the colon besides the quotation: not when the quotation is
    #   all the colon introduces, a bracketed tag after it aside, nor when another name and colon follow
    ("colon-clause", "link", 'Jane Doe: "We will not give up on the town."', "We will not give up on the town."),
    ("colon-clause", "link", 'Jane Doe: "We will not give up on the town." [Gazette]',
     "We will not give up on the town."),
    ("colon-clause", "link", 'Lee: "We lost the vote." Kim: "We will be back."', "We lost the vote."),
    # `single-marked` drops only what nothing links: single marks with a cue still quote someone
    ("single-marked", "link", "'We will sail again in June,' the captain said.", "We will sail again in June,"),
    #   nor in a text whose quotations are all in single marks (British style): there they are its quotations
    ("single-marked", "link", "'We will sail again in June,' the captain said. The crew cheered.\n\n"
     "'The storms have passed.'", "The storms have passed."),
]


@pytest.mark.parametrize("rule, key, text, quote", LEFT_ALONE,
                         ids=["narrator-paragraph:hands-over",
                              "narrator-paragraph:thing-as-subject",
                              "narrator-paragraph:quoting-paragraph",
                              "closing-aside:aside-within",
                              "closing-aside:restrictive",
                              "speaker-conjunct:same-tense",
                              "speaker-conjunct:present",
                              "rest-to-contrast:and",
                              "rest-to-contrast:no-break",
                              "lead-in:capitalised",
                              "lead-in:short-lead",
                              "unmarked-passive:true-passive",
                              "colon-clause:all-it-introduces",
                              "colon-clause:bracketed-tag",
                              "colon-clause:another-colon",
                              "single-marked:cued",
                              "single-marked:single-marked-text"])
def test_rules_leave_these_alone(extractor, rule: str, key: str, text: str, quote: str) -> None:
    """The quote is made once, and not by `rule` (recorded under `key` in `Quote.rules`)."""
    found = [q for q in extractor.extract(text) if q.text == quote]
    assert len(found) == 1 and found[0].rules.get(key) != rule, [(q.text, q.rules) for q in extractor.extract(text)]


@pytest.mark.parametrize("text, parts", [
    # a participle of a speech verb sets the second quotation off: two quotes
    ('"The ferry will sail again in June," the captain said, adding: "The new engine is on its way."',
     [["The ferry will sail again in June,"], ["The new engine is on its way."]]),
    # no participle between them: one quotation split by its tag
    ('"The ferry will sail again in June," the captain said. "The new engine is on its way."',
     [["The ferry will sail again in June,", "The new engine is on its way."]]),
    # a participle with words of its own before the quotation is no opening for it
    ('"The ferry will sail again in June," the captain said, adding that "the new engine is on its way."',
     [["The ferry will sail again in June,"], ["that \"the new engine is on its way.\""]]),
], ids=["participle-opens", "plain-tag", "participle-clause"])
def test_participle_cue_splits_only_when_it_opens_the_quotation(extractor, text: str, parts: list) -> None:
    """`participle-cue`: `..., adding: "..."` makes a quote of its own; a plain tag does not."""
    found = [[p.text for p in q.parts] for q in extractor.extract(text)]
    assert found == parts


@pytest.mark.parametrize("text, quote, speaker", [
    # `and` right before the cue: no noun phrase of its own, the earlier verb's subject speaks
    ("The mayor smiled and said the bridge would open in May.", "the bridge would open in May", "The mayor"),
    # the noun before the cue is the earlier verb's object, with no `and` before it
    ("The mayor thanked the crowd and said the bridge would open in May.", "the bridge would open in May",
     "The mayor"),
], ids=["bare-and", "object-before-and"])
def test_subject_before_conjunct_wants_a_noun_phrase_after_and(extractor, text: str, quote: str, speaker: str) -> None:
    """`subject-before-conjunct` takes only a noun phrase that sits between `and` (or `but`, ...) and the cue."""
    found = [q for q in extractor.extract(text) if q.text == quote]
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.text == speaker \
        and found[0].rules.get("speaker") != "subject-before-conjunct", [(q.text, q.rules) for q in found]


@pytest.mark.parametrize("text", [
    # a phrase of time after the object, no topic
    "The mayor said nothing on Tuesday about it.",
    # an object that names no saying: no topic reported
    "The mayor signed a letter about the new fuel tax.",
], ids=["time", "no-saying"])
def test_object_topic_wants_a_saying_and_a_topic(extractor, text: str) -> None:
    """`object-topic` reports only a topic right after an object that names what was said."""
    assert not [q for q in extractor.extract(text) if q.rules.get("content") == "object-topic"]


@pytest.mark.parametrize("text", [
    'The comedy "Small Town Nights," aired on Friday, drew a big crowd.',
    '"Obamacare," passed in the spring, changed the market for good.',
    '"We are done with it," Smith, who was arrested in May, stood up.',
], ids=["title-in-its-sentence", "participle-then-no-noun-phrase", "relative-clause"])
def test_past_tag_wants_a_tag(extractor, text: str) -> None:
    """`past-tag` reads no speaker off a title in a sentence, a participle before a preposition, or a
    relative clause."""
    assert all(q.rules.get("link") != "past-tag" for q in extractor.extract(text))


@pytest.mark.parametrize("text, speaker", [
    ('"Would it be open to talks?" the host pressed. "Or is the border closed for good?"', "the host"),
    ('"It is over now," the tired old man mutters. "Nobody listens to us any more."', "the tired old man"),
    ('"Would it be open to talks?" the host pressed.\n\n"Or is the border closed for good, whatever the two '
     'governments may say about it in public?"', "the host"),
    ('"We will not give in," Ruiz told a U.S. panel on Monday.\n\n"Not now and not ever, whatever they say."', "Ruiz"),
    ('Ruiz said on Monday: "We have the votes and the people."\n\n"And we have the money to go on."', "Ruiz"),
], ids=["past-tag", "surface-cue", "next-paragraph", "abbreviation-in-the-cue-clause", "cue-before"])
def test_a_tag_read_off_the_words_joins_the_split_quotation(extractor, text: str, speaker: str) -> None:
    """`"A," the host pressed. "B."`: B, with no cue of its own, continues A across the tag, or across
    the paragraph break after A (`Ruiz said: "A."` / `"B."`)."""
    found = extractor.extract(text)
    assert len(found) == 1 and len(found[0].parts) == 2 and found[0].speaker.text == speaker, found


@pytest.mark.parametrize("text, speaker", [
    ('"We will win the vote," he said. "The numbers are on our side."', "he"),
    ('"We will win the vote," she said on Monday, "and the numbers are on our side."', "she"),
], ids=["tag-then-its-sentence", "tag-with-a-time"])
def test_a_quotation_goes_on_across_a_tag_alone(extractor, text: str, speaker: str) -> None:
    """`"A," he said. "B."`, `"A," she said on Monday, "B."`: with nothing but the tag between them
    (speaker, cue, a time), the second quotation goes on with the first, one quote in two parts."""
    found = extractor.extract(text)
    assert len(found) == 1 and len(found[0].parts) == 2 and found[0].speaker.text == speaker, found


@pytest.mark.parametrize("text", [
    'The answer was simple: "We build the road first and the bridge after."',
    'The mood in the room was grim: "Nobody expected this to happen so soon."',
], ids=["answer", "mood"])
def test_copular_colon_clause_needs_someone_who_may_speak(extractor, text: str) -> None:
    """`colon-subject` takes a copular clause's subject only when it names someone who may speak."""
    assert all(q.speaker is None for q in extractor.extract(text))


def test_quotations_floating_from_one_quote_join_across_paragraphs(extractor) -> None:
    """`"A," Ruiz said. He left.` / `"B."` / `"C."`: B floats to Ruiz, named by the nearer `He` (the
    `nearer-mention` rule), and C, opening the next paragraph and floating from the same quote,
    continues B."""
    text = ('"We lost the vote," Ruiz said. He left soon after.\n\n"It was a long night for all of us."\n\n'
            '"We will be back next year, and we will win the seat back from them for good."')
    found = extractor.extract(text)
    assert [len(q.parts) for q in found] == [1, 2], found
    assert found[1].speaker is not None and found[1].speaker.text == "He"
    assert found[1].speaker_resolved is not None and found[1].speaker_resolved.text == "Ruiz"


@pytest.mark.parametrize("text, speaker", [
    # the narration's subject is someone else: the quote keeps the speaker it floats to
    ('"We will win," Ruiz said. Hale then turned to the press.\n\n"Any questions?"', "Ruiz"),
    # `She` cannot name `Mr. Ruiz`
    ('"We will win," Mr. Ruiz said. She then turned to the press.\n\n"Any questions?"', "Mr. Ruiz"),
])
def test_nearer_mention_wants_the_same_one(extractor, text: str, speaker: str) -> None:
    found = [q for q in extractor.extract(text) if q.text == "Any questions?"]
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.text == speaker, found
    assert "nearer" not in found[0].rules


def test_report_before_wants_the_report_to_close_its_paragraph(extractor) -> None:
    """A sentence of narration after the report: the quotation opening the next paragraph is not the
    report's going on."""
    text = ('"It is a start," Ruiz said of the plan. Hale said the roads to the valley were closed. The crews '
            'left early.\n\n"We cannot reach the farms."')
    found = [q for q in extractor.extract(text) if q.text == "We cannot reach the farms."]
    assert all(q.speaker is None for q in found), found   # nothing else claims it either: `unclaimed` drops it


def test_neighbour_cue_ending_in_a_colon_introduces_what_follows(extractor) -> None:
    """`"A." She went on: "B."`: the short sentence after A ends in a colon, so it is B's cue, not A's."""
    text = '"It will be close." She went on:\n\n"Nobody has ever beaten us here."'
    found = {q.text: q for q in extractor.extract(text)}
    assert "It will be close." not in found   # no cue of its own, no quote before it: `unclaimed`
    assert found["Nobody has ever beaten us here."].speaker.text == "She"


@pytest.mark.parametrize("text", [
    "The governor won 12 states: Ohio, Iowa, Utah and nine more in the west.",
    'The mayor notes: "The budget is balanced."',
], ids=["no-quotation-after-colon", "no-name-before"])
def test_name_then_colon_wants_a_name_and_a_quotation(extractor, text: str) -> None:
    """`name-then-colon` reads a cue only between a name (or a name and its number) and a colon opening
    a quotation: not a list after `12 states:`, nor a verb the tagger took as one after a common noun."""
    assert all(q.rules.get("cue") != "name-then-colon" for q in extractor.extract(text))

@pytest.mark.parametrize("text", [
    '"We kept our word," Ruiz said. From the start, the plan was clear: '
    '"Build the road first and ask questions later."',
    '"We kept our word," Ruiz said. From 2010 to 2014: "We built more roads than in the ten years before."',
], ids=["clause-after-comma", "no-noun-phrase"])
def test_source_line_wants_a_noun_phrase(extractor, text: str) -> None:
    """`source-line` names only a noun phrase that fills the line up to a preposition or a time word."""
    found = extractor.extract(text)
    assert found and all(q.rules.get("link") != "source-line" for q in found), found


def test_quote_rules_for_the_seed_article(extractor) -> None:
    """Every quote of the reference article says which link rule made it; one with a speaker says
    which rule found the speaker, unless its link rule read the speaker off the words."""
    text = (ROOT / "data" / "kerry-geneva.txt").read_text(encoding="utf-8")
    quotes = extractor.extract(text)
    link_names = {r.name for t in TABLES if t.stage in ("link", "clause") for r in t}
    assert quotes and all(q.rules["link"] in link_names for q in quotes)
    for q in quotes:
        if q.speaker is not None and q.cue is not None and q.rules["link"] not in ("colon-name", "surface-cue"):
            assert "speaker" in q.rules, q


def test_to_dict_explain() -> None:
    from quotes import Span

    text = '"Yes," Kerry said.'
    q = Quote("direct", (Span.of(text, 1, 5),), Span.of(text, 7, 12), Span.of(text, 7, 12), Span.of(text, 13, 17),
              0, 0.9, rules={"link": "own-cue", "speaker": "nominal-subject"})
    assert "rules" not in q.to_dict()
    assert q.to_dict(explain=True)["rules"] == {"link": "own-cue", "speaker": "nominal-subject"}
    assert {k: v for k, v in q.to_dict(explain=True).items() if k != "rules"} == q.to_dict()


def test_readme_lists_the_tables_as_they_are() -> None:
    """README's "How it works" holds exactly what `python -m quotes.rules` prints."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(README_START), readme.index(README_END) + len(README_END)
    assert readme[start:end] == how_it_works()


def test_overlap_tiers_rank_every_rule_that_makes_a_quote_once() -> None:
    from quotes.assemble import OVERLAP_TIERS

    ranked = [name for tier in OVERLAP_TIERS for name in tier]
    makers = [r.name for t in TABLES if t.stage in ("link", "clause") for r in t
              if all(ex.kept for ex in r.examples)]
    assert sorted(ranked) == sorted(makers)


def test_doctests_of_the_rules_package() -> None:
    import doctest

    import quotes.rules.registry
    import quotes.rules.tables
    import quotes.rules.text
    import quotes.rules.tree

    for module in (quotes.rules.registry, quotes.rules.tables, quotes.rules.text, quotes.rules.tree):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_parse_requests_are_known_and_all_used() -> None:
    """Every sentence kind a rule asks to have parsed is one `prepare` knows, and `prepare` knows
    no kind that no rule asks for (a rule and its parse request cannot drift apart)."""
    from quotes.extractor import PARSE_REQUESTS
    from quotes.rules.tables import parse_requests

    asked = {r.parse for _, r in ALL_RULES if r.parse is not None}
    assert asked == set(PARSE_REQUESTS) == set(parse_requests())


def test_a_switched_off_rule_asks_for_no_parse() -> None:
    """With the only rules that read the sentence before a quotation switched off, that sentence goes unparsed."""
    from quotes.extractor import prepare

    text = 'The crowd cheered. "And we will win big."'
    assert prepare(text).wanted == [0]
    with without(["narrator-subject", "described-narrator"]):
        assert prepare(text).wanted == []


@pytest.mark.parametrize("text, byline", [
    ('"The Road Home," by Jane Doe, tells of a long walk.', True),
    ('She read "The Road Home" by the Lake Poets aloud.', True),
    ('"We will win," by all accounts, was her answer.', False),   # no name after `by`
    ('"We will win," said Ann Ruiz by the door.', False),        # `by` not right after the quotation
])
def test_byline_wants_by_and_a_name_right_after_the_quotation(text: str, byline: bool) -> None:
    """`"Title," by Author`: `by` and a capitalised name right after the closing mark (and a comma)."""
    from quotes.marks import find_quoted
    from quotes.rules.linking import _byline
    from quotes.segment import paragraphs

    (q,) = find_quoted(text, paragraphs(text))
    assert _byline(text, q) is byline


@pytest.mark.parametrize("text, quote, speaker", [
    # a cue past `and` after the closing mark reports its own clause: the cue before, whose clause holds
    # the quotation, is its own
    ('In her letter Ortiz wrote, "No worker will lose a job this year," but she said the board had not agreed.',
     "No worker will lose a job this year,", "Ortiz"),
    # a tag right after the closing mark is the quotation's own, though the clause before holds it
    ('Ortiz argued that the plant was safe - "We checked every valve," she said - and asked for calm.',
     "We checked every valve,", "she"),
    # a naming verb that runs on into the quotation keeps it, though a clause follows it like a tag
    ('In a video that the judge called "plainly cruel," Lane described a plan to burn the mill.',
     "plainly cruel,", "the judge"),
])
def test_own_cue_passes_over_a_cue_after_and(extractor, text: str, quote: str, speaker: str) -> None:
    found = [q for q in extractor.extract(text) if q.text == quote]
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.text == speaker, \
        [(q.text, q.speaker and q.speaker.text, q.rules) for q in extractor.extract(text)]


def test_example_parses_are_trees_and_each_is_used() -> None:
    """Each hand-written parse in `EXAMPLE_PARSES` is one well-formed tree (ids 1..n in order, heads
    within it, one root) and some rule's example uses it; a name not in the file is refused."""
    from quotes.rules.registry import example_parse, example_parses

    parses = example_parses()
    assert parses
    used = {ex.parse for _, r in ALL_RULES for ex in r.examples if ex.parse is not None}
    assert [name for name, conllu in parses.items() if conllu not in used] == []
    for name, conllu in parses.items():
        rows = [line.split("\t") if "\t" in line else line.split() for line in conllu.splitlines()]
        ids = [int(row[0]) for row in rows]
        heads = [int(row[6]) for row in rows]
        assert ids == list(range(1, len(rows) + 1)), name
        assert all(0 <= h <= len(rows) and h != i for i, h in zip(ids, heads)), name
        assert heads.count(0) == 1, name
    with pytest.raises(KeyError, match="no example parse named"):
        example_parse("no-such-parse")
