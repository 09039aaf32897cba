"""Cues, speakers and content from dependency parses (issue 2, points 3 and 4), on hand-written UD parses."""
from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import conllu_words
from quotes.attribution import CUES, SUBJECTS, Cue, clause_subject, find_cues, governing_subject, linked, subtree_span
from quotes.parse import Word
from quotes.records import Quote


def cues_of(conllu: str, text: str) -> tuple[list[Word], list[Cue]]:
    """The words of a hand-written parse and every cue `find_cues` finds in them."""
    words = conllu_words(conllu, text)
    return words, list(find_cues(0, words))


def only_cue(conllu: str, text: str) -> tuple[list[Word], Cue]:
    """The single cue of a sentence (asserting there is exactly one)."""
    words, cues = cues_of(conllu, text)
    assert len(cues) == 1, f"expected one cue, got {[c.words for c in cues]}"
    return words, cues[0]


def span_text(text: str, rng: tuple[int, int] | None) -> str | None:
    return None if rng is None else text[rng[0]:rng[1]]


def assembled(text: str, conllu: str, parsed: str | None = None) -> list[Quote]:
    """The records of a text whose first sentence (`parsed`, the whole text by default) has the
    hand-written parse `conllu`; other sentences go unparsed."""
    from quotes.assemble import assemble
    from quotes.marks import find_quoted
    from quotes.segment import paragraphs, split_sentences

    words = conllu_words(conllu, text if parsed is None else parsed)
    return assemble(text, split_sentences(text), find_quoted(text, paragraphs(text)), {0: words})


def ud(*rows: str) -> str:
    """A hand-written parse from rows of `form lemma UPOS XPOS head deprel` (ids in order)."""
    lines = []
    for i, row in enumerate(rows, 1):
        form, lemma, upos, xpos, head, deprel = row.split()
        lines.append("\t".join([str(i), form, lemma, upos, xpos, "_", head, deprel, "_", "_"]))
    return "\n" + "\n".join(lines) + "\n"

SENIOR = "Senior officials travelling with Kerry said he would not have travelled unless he thought there was a chance."
SENIOR_UD = """
1	Senior	senior	ADJ	JJ	Degree=Pos	2	amod	_	_
2	officials	official	NOUN	NNS	Number=Plur	6	nsubj	_	_
3	travelling	travel	VERB	VBG	VerbForm=Ger	2	acl	_	_
4	with	with	ADP	IN	_	5	case	_	_
5	Kerry	Kerry	PROPN	NNP	Number=Sing	3	obl	_	_
6	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
7	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	11	nsubj	_	_
8	would	would	AUX	MD	VerbForm=Fin	11	aux	_	_
9	not	not	PART	RB	_	11	advmod	_	_
10	have	have	AUX	VB	VerbForm=Inf	11	aux	_	_
11	travelled	travel	VERB	VBN	Tense=Past|VerbForm=Part	6	ccomp	_	_
12	unless	unless	SCONJ	IN	_	14	mark	_	_
13	he	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	14	nsubj	_	_
14	thought	think	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	11	advcl	_	_
15	there	there	PRON	EX	_	16	expl	_	_
16	was	be	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	14	ccomp	_	_
17	a	a	DET	DT	Definite=Ind|PronType=Art	18	det	_	_
18	chance	chance	NOUN	NN	Number=Sing	16	nsubj	_	_
19	.	.	PUNCT	.	_	6	punct	_	_
"""


def test_subject_expanded_to_full_noun_phrase() -> None:
    """`Senior officials travelling with Kerry said ...`: the whole NP, and the ccomp as content."""
    _, cue = only_cue(SENIOR_UD, SENIOR)
    assert span_text(SENIOR, cue.span) == "said"
    assert span_text(SENIOR, cue.speaker) == "Senior officials travelling with Kerry"
    assert cue.speaker_head is not None and cue.speaker_head.text == "officials"
    assert span_text(SENIOR, cue.content) == "he would not have travelled unless he thought there was a chance"


def test_belief_verb_inside_reported_speech_is_no_cue() -> None:
    """`thought` in the same sentence is a belief verb: only `said` is a cue."""
    _, cues = cues_of(SENIOR_UD, SENIOR)
    assert [c.verb.text for c in cues] == ["said"]


INVERTED = '"The talks are over," said Kerry.'
# UD EWT style: the quoted clause is the root and the speech verb hangs from it as parataxis.
INVERTED_PARATAXIS = """
1	"	"	PUNCT	``	_	5	punct	_	_
2	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
3	talks	talk	NOUN	NNS	Number=Plur	5	nsubj	_	_
4	are	be	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	5	cop	_	_
5	over	over	ADV	RB	_	0	root	_	_
6	,	,	PUNCT	,	_	5	punct	_	_
7	"	"	PUNCT	''	_	5	punct	_	_
8	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	5	parataxis	_	_
9	Kerry	Kerry	PROPN	NNP	Number=Sing	8	nsubj	_	_
10	.	.	PUNCT	.	_	5	punct	_	_
"""
# Parser style: the speech verb is the root and the quote its ccomp.
INVERTED_CCOMP = """
1	"	"	PUNCT	``	_	5	punct	_	_
2	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	_
3	talks	talk	NOUN	NNS	Number=Plur	5	nsubj	_	_
4	are	be	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	5	cop	_	_
5	over	over	ADV	RB	_	8	ccomp	_	_
6	,	,	PUNCT	,	_	5	punct	_	_
7	"	"	PUNCT	''	_	5	punct	_	_
8	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
9	Kerry	Kerry	PROPN	NNP	Number=Sing	8	nsubj	_	_
10	.	.	PUNCT	.	_	8	punct	_	_
"""


@pytest.mark.parametrize("conllu", [INVERTED_PARATAXIS, INVERTED_CCOMP], ids=["parataxis", "ccomp"])
def test_inverted_speaker(conllu: str) -> None:
    """`"...," said Kerry.`: the subject after the verb is the speaker, and the verb is linked to the quote."""
    words, cue = only_cue(conllu, INVERTED)
    assert span_text(INVERTED, cue.speaker) == "Kerry"
    start = INVERTED.index("The")
    end = INVERTED.index(",")
    assert linked(words, cue, start, end)


# `Vance, who ..., mocked Ruiz for "..."`: the comma before the cue closes a relative clause after a
# noun, so the phrase after the cue is its object, however the parse hung the cue (here from the
# relative clause, with no subject).
ASIDE_CLOSED = 'Vance, who has a wide lead over the field, mocked Ruiz for "running scared" because she left.'
ASIDE_CLOSED_UD = ud(
    "Vance Vance PROPN NNP 0 root", ", , PUNCT , 1 punct", "who who PRON WP 4 nsubj", "has have VERB VBZ 1 acl:relcl",
    "a a DET DT 7 det", "wide wide ADJ JJ 7 amod", "lead lead NOUN NN 4 obj", "over over ADP IN 10 case",
    "the the DET DT 10 det", "field field NOUN NN 7 nmod", ", , PUNCT , 12 punct", "mocked mock VERB VBD 4 advcl",
    "Ruiz Ruiz PROPN NNP 12 obj", "for for ADP IN 16 case", '" " PUNCT `` 16 punct', "running run VERB VBG 12 advcl",
    "scared scare VERB VBN 16 xcomp", "\" \" PUNCT '' 16 punct", "because because SCONJ IN 21 mark",
    "she she PRON PRP 21 nsubj", "left leave VERB VBD 12 advcl", ". . PUNCT . 1 punct")


def test_no_inversion_after_a_relative_aside() -> None:
    """The noun before the aside speaks (`after-relative`: the cue hung inside the relative clause is
    the main verb), not the object after the cue; the cue's words run on into the quotation: a mixed quote."""
    quotes = [(q.type, q.text, q.speaker and q.speaker.text) for q in assembled(ASIDE_CLOSED, ASIDE_CLOSED_UD)]
    assert quotes == [("mixed", 'Ruiz for "running scared" because she left', "Vance")]


# `will continue to be "..."`: going on being, no report; the quotation is the outer cue's.
CONTINUE_TO_BE = 'Lopez said he is sure Vance would continue to be "a steady hand at the helm."'
CONTINUE_TO_BE_UD = ud(
    "Lopez Lopez PROPN NNP 2 nsubj", "said say VERB VBD 0 root", "he he PRON PRP 5 nsubj", "is be AUX VBZ 5 cop",
    "sure sure ADJ JJ 2 ccomp", "Vance Vance PROPN NNP 8 nsubj", "would would AUX MD 8 aux",
    "continue continue VERB VB 2 ccomp", "to to PART TO 14 mark", "be be AUX VB 14 cop", '" " PUNCT `` 14 punct',
    "a a DET DT 14 det", "steady steady ADJ JJ 14 amod", "hand hand NOUN NN 8 advcl", "at at ADP IN 17 case",
    "the the DET DT 17 det", "helm helm NOUN NN 14 nmod", ". . PUNCT . 2 punct", "\" \" PUNCT '' 8 punct")


def test_continue_to_be_is_no_cue() -> None:
    words, cues = cues_of(CONTINUE_TO_BE_UD, CONTINUE_TO_BE)
    assert [c.verb.text for c in cues] == ["said"]
    quotes = [(q.type, q.text, q.speaker and q.speaker.text) for q in assembled(CONTINUE_TO_BE, CONTINUE_TO_BE_UD)]
    assert quotes == [("mixed", 'he is sure Vance would continue to be "a steady hand at the helm."', "Lopez")]


# `..., with Vance taking to Twitter to call ...`: an absolute phrase, its participle Vance's, though the
# parse hangs it from the main verb; `answered with a note saying`: the verb's own phrase, no absolute.
WITH_ABSOLUTE = 'The campaign denied the story, with Vance taking to Twitter to call the reporter "a total fraud" for it.'
WITH_ABSOLUTE_UD = ud(
    "The the DET DT 2 det", "campaign campaign NOUN NN 3 nsubj", "denied deny VERB VBD 0 root", "the the DET DT 5 det",
    "story story NOUN NN 3 obj", ", , PUNCT , 9 punct", "with with ADP IN 8 case", "Vance Vance PROPN NNP 9 obl",
    "taking take VERB VBG 3 advcl", "to to ADP IN 11 case", "Twitter Twitter PROPN NNP 9 obl", "to to PART TO 13 mark",
    "call call VERB VB 9 advcl", "the the DET DT 15 det", "reporter reporter NOUN NN 13 obj", '" " PUNCT `` 19 punct',
    "a a DET DT 19 det", "total total ADJ JJ 19 amod", "fraud fraud NOUN NN 13 obj", "\" \" PUNCT '' 19 punct",
    "for for ADP IN 22 case", "it it PRON PRP 13 obl", ". . PUNCT . 3 punct")
WITH_OWN = 'The mayor answered with a short note saying: "The toll stays."'
WITH_OWN_UD = ud(
    "The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "answered answer VERB VBD 0 root", "with with ADP IN 7 case",
    "a a DET DT 7 det", "short short ADJ JJ 7 amod", "note note NOUN NN 3 obl", "saying say VERB VBG 3 advcl",
    ": : PUNCT : 13 punct", '" " PUNCT `` 13 punct', "The the DET DT 12 det", "toll toll NOUN NN 13 nsubj",
    "stays stay VERB VBZ 8 ccomp", ". . PUNCT . 3 punct", "\" \" PUNCT '' 13 punct")


@pytest.mark.parametrize("text, conllu, speaker", [
    (WITH_ABSOLUTE, WITH_ABSOLUTE_UD, "Vance"), (WITH_OWN, WITH_OWN_UD, "The mayor"),
], ids=["absolute", "verb-phrase"])
def test_participle_after_with(text: str, conllu: str, speaker: str) -> None:
    quotes = [q for q in assembled(text, conllu) if q.type != "indirect"]
    assert [q.speaker and q.speaker.text for q in quotes] == [speaker]


# `telling reporters: "..."` with no speaker found: the words after a verb of telling name who hears it.
TELLING_ONLY = 'Telling reporters: "We are not done yet."'
TELLING_ONLY_UD = ud(
    "Telling tell VERB VBG 0 root", "reporters reporter NOUN NNS 1 obj", ": : PUNCT : 8 punct",
    '" " PUNCT `` 8 punct', "We we PRON PRP 8 nsubj", "are be AUX VBP 8 cop", "not not PART RB 8 advmod",
    "done done ADJ JJ 1 parataxis", "yet yet ADV RB 8 advmod", ". . PUNCT . 1 punct", "\" \" PUNCT '' 8 punct")


def test_listener_is_no_speaker() -> None:
    quotes = assembled(TELLING_ONLY, TELLING_ONLY_UD)
    assert [(q.text, q.speaker) for q in quotes] == [("We are not done yet.", None)]


# `Said Jane Holt, who ..., "..."`: the say-verb opening the sentence inverts; the name after it speaks.
SAID_OPENING = 'Said Jane Holt, who grew up on the block, "We were all so proud of her."'
SAID_OPENING_UD = ud(
    "Said say VERB VBD 0 root", "Jane Jane PROPN NNP 1 obj", "Holt Holt PROPN NNP 1 obj", ", , PUNCT , 6 punct",
    "who who PRON WP 6 nsubj", "grew grow VERB VBD 3 acl:relcl", "up up ADP RP 6 compound:prt", "on on ADP IN 10 case",
    "the the DET DT 10 det", "block block NOUN NN 6 obl", ", , PUNCT , 17 punct", '" " PUNCT `` 17 punct',
    "We we PRON PRP 17 nsubj", "were be AUX VBD 17 cop", "all all DET DT 17 det", "so so ADV RB 17 advmod",
    "proud proud ADJ JJ 1 parataxis", "of of ADP IN 19 case", "her she PRON PRP 17 obl", ". . PUNCT . 1 punct",
    "\" \" PUNCT '' 1 punct")


def test_said_opening_the_sentence() -> None:
    quotes = assembled(SAID_OPENING, SAID_OPENING_UD)
    assert [(q.text, q.speaker and q.speaker.text) for q in quotes] == [("We were all so proud of her.", "Jane Holt")]


TOLD = '"We need to see a deal," a senior US official told reporters.'
TOLD_UD = """
1	"	"	PUNCT	``	_	3	punct	_	_
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	3	nsubj	_	_
3	need	need	VERB	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	14	ccomp	_	_
4	to	to	PART	TO	_	5	mark	_	_
5	see	see	VERB	VB	VerbForm=Inf	3	xcomp	_	_
6	a	a	DET	DT	Definite=Ind|PronType=Art	7	det	_	_
7	deal	deal	NOUN	NN	Number=Sing	5	obj	_	_
8	,	,	PUNCT	,	_	3	punct	_	_
9	"	"	PUNCT	''	_	3	punct	_	_
10	a	a	DET	DT	Definite=Ind|PronType=Art	13	det	_	_
11	senior	senior	ADJ	JJ	Degree=Pos	13	amod	_	_
12	US	US	PROPN	NNP	Number=Sing	13	compound	_	_
13	official	official	NOUN	NN	Number=Sing	14	nsubj	_	_
14	told	tell	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
15	reporters	reporter	NOUN	NNS	Number=Plur	14	obj	_	_
16	.	.	PUNCT	.	_	14	punct	_	_
"""


def test_subject_not_object_is_speaker() -> None:
    """`... a senior US official told reporters`: the subject speaks, the addressee does not."""
    words, cue = only_cue(TOLD_UD, TOLD)
    assert span_text(TOLD, cue.span) == "told"
    assert span_text(TOLD, cue.speaker) == "a senior US official"
    assert linked(words, cue, TOLD.index("We"), TOLD.index(","))


PASSIVE = "The ceasefire was announced by the foreign minister on Monday."
PASSIVE_AGENT = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	ceasefire	ceasefire	NOUN	NN	Number=Sing	4	nsubj:pass	_	_
3	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	4	aux:pass	_	_
4	announced	announce	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
5	by	by	ADP	IN	_	8	case	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	8	det	_	_
7	foreign	foreign	ADJ	JJ	Degree=Pos	8	amod	_	_
8	minister	minister	NOUN	NN	Number=Sing	4	obl:agent	_	_
9	on	on	ADP	IN	_	10	case	_	_
10	Monday	Monday	PROPN	NNP	Number=Sing	4	obl	_	_
11	.	.	PUNCT	.	_	4	punct	_	_
"""
PASSIVE_OBL = PASSIVE_AGENT.replace("obl:agent", "obl")


@pytest.mark.parametrize("conllu", [PASSIVE_AGENT, PASSIVE_OBL], ids=["obl:agent", "obl+by"])
def test_passive_by_agent(conllu: str) -> None:
    """A passive cue's speaker is its `by`-agent, not its passive subject."""
    _, cue = only_cue(conllu, PASSIVE)
    assert span_text(PASSIVE, cue.speaker) == "the foreign minister"


PASSIVE_MEANS = "Ann Ruiz was reached by telephone on Monday."
PASSIVE_MEANS_UD = ud("Ann Ann PROPN NNP 4 nsubj:pass", "Ruiz Ruiz PROPN NNP 1 flat", "was be AUX VBD 4 aux:pass",
                      "reached reach VERB VBN 0 root", "by by ADP IN 6 case", "telephone telephone NOUN NN 4 obl",
                      "on on ADP IN 8 case", "Monday Monday PROPN NNP 4 obl", ". . PUNCT . 4 punct")


def test_passive_by_means_is_no_agent() -> None:
    """`was reached by telephone`: a bare singular noun after `by` is how, not who."""
    from quotes.attribution import _passive_agent
    from quotes.rules.tree import Parsed

    words = conllu_words(PASSIVE_MEANS_UD, PASSIVE_MEANS)
    assert _passive_agent(Parsed.of(words), words[3]) is None
    agent = conllu_words(PASSIVE_MEANS_UD.replace("telephone\ttelephone\tNOUN\tNN", "Lee\tLee\tPROPN\tNNP"),
                         PASSIVE_MEANS.replace("telephone", "Lee"))
    assert _passive_agent(Parsed.of(agent), agent[3]).text == "Lee"  # `reached by Lee`: an agent


PASSIVE_QUOTE = "It was reported by the agency that the talks had stalled."
PASSIVE_QUOTE_UD = """
1	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	3	expl	_	_
2	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	3	aux:pass	_	_
3	reported	report	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
4	by	by	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	agency	agency	NOUN	NN	Number=Sing	3	obl:agent	_	_
7	that	that	SCONJ	IN	_	11	mark	_	_
8	the	the	DET	DT	Definite=Def|PronType=Art	9	det	_	_
9	talks	talk	NOUN	NNS	Number=Plur	11	nsubj	_	_
10	had	have	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	11	aux	_	_
11	stalled	stall	VERB	VBN	Tense=Past|VerbForm=Part	3	csubj:pass	_	_
12	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_passive_agent_not_expletive() -> None:
    """`It was reported by the agency that ...`: the agency speaks, not the expletive `It`."""
    _, cue = only_cue(PASSIVE_QUOTE_UD, PASSIVE_QUOTE)
    assert span_text(PASSIVE_QUOTE, cue.speaker) == "the agency"


ACCORDING = "The talks will resume on Friday, according to a senior US official."
# UD EWT: `according` is a VERB with lemma `accord`, attached as `case` with `to` as its `fixed`.
ACCORDING_UD = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	talks	talk	NOUN	NNS	Number=Plur	4	nsubj	_	_
3	will	will	AUX	MD	VerbForm=Fin	4	aux	_	_
4	resume	resume	VERB	VB	VerbForm=Inf	0	root	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Friday	Friday	PROPN	NNP	Number=Sing	4	obl	_	_
7	,	,	PUNCT	,	_	13	punct	_	_
8	according	accord	VERB	VBG	VerbForm=Ger	13	case	_	_
9	to	to	ADP	IN	_	8	fixed	_	_
10	a	a	DET	DT	Definite=Ind|PronType=Art	13	det	_	_
11	senior	senior	ADJ	JJ	Degree=Pos	13	amod	_	_
12	US	US	PROPN	NNP	Number=Sing	13	compound	_	_
13	official	official	NOUN	NN	Number=Sing	4	obl	_	_
14	.	.	PUNCT	.	_	4	punct	_	_
"""
ACCORDING_LEMMA_SELF = ACCORDING_UD.replace("according\taccord\t", "according\taccording\t")


@pytest.mark.parametrize("conllu", [ACCORDING_UD, ACCORDING_LEMMA_SELF], ids=["lemma=accord", "lemma=according"])
def test_according_to(conllu: str) -> None:
    """`..., according to X`: cue `according to`, speaker X, content the rest of the clause."""
    _, cue = only_cue(conllu, ACCORDING)
    assert span_text(ACCORDING, cue.span) == "according to"
    assert span_text(ACCORDING, cue.speaker) == "a senior US official"
    assert span_text(ACCORDING, cue.content) == "The talks will resume on Friday"


ACCORDING_FRONT = "According to the police, three people were hurt."
ACCORDING_FRONT_UD = """
1	According	accord	VERB	VBG	VerbForm=Ger	4	case	_	_
2	to	to	ADP	IN	_	1	fixed	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	police	police	NOUN	NN	Number=Sing	9	obl	_	_
5	,	,	PUNCT	,	_	9	punct	_	_
6	three	three	NUM	CD	NumType=Card	7	nummod	_	_
7	people	people	NOUN	NNS	Number=Plur	9	nsubj:pass	_	_
8	were	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	9	aux:pass	_	_
9	hurt	hurt	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
10	.	.	PUNCT	.	_	9	punct	_	_
"""


def test_according_to_sentence_initial() -> None:
    """`According to the police, ...`: capitalised cue, content after it."""
    _, cue = only_cue(ACCORDING_FRONT_UD, ACCORDING_FRONT)
    assert span_text(ACCORDING_FRONT, cue.span) == "According to"
    assert span_text(ACCORDING_FRONT, cue.speaker) == "the police"
    assert span_text(ACCORDING_FRONT, cue.content) == "three people were hurt"


# `according` parsed as a verb of its own, with the source hung from the quotation's root.
ACCORDING_VERB = '"The bridge will stay shut all winter," according to the Gazette.'
ACCORDING_VERB_UD = ud(
    '" " PUNCT `` 5 punct', "The the DET DT 3 det", "bridge bridge NOUN NN 5 nsubj", "will will AUX MD 5 aux",
    "stay stay VERB VB 0 root", "shut shut ADJ JJ 5 xcomp", "all all DET DT 8 det", "winter winter NOUN NN 5 obl:tmod",
    ", , PUNCT , 5 punct", "\" \" PUNCT '' 5 punct", "according accord VERB VBG 5 conj", "to to ADP IN 14 case",
    "the the DET DT 14 det", "Gazette Gazette PROPN NNP 5 obl", ". . PUNCT . 5 punct")


def test_according_to_parsed_as_a_verb() -> None:
    """`"...," according to the Gazette.` with `according` a verb of its own: the phrase after `to`."""
    quotes = assembled(ACCORDING_VERB, ACCORDING_VERB_UD)
    assert [(q.text, q.speaker and q.speaker.text) for q in quotes] == [
        ("The bridge will stay shut all winter,", "the Gazette")]


# `"...," the mayor said, according to the Gazette.`: the report within a report is the outer source's.
REPORTED_REPORT = '"The vote will be close," the mayor said, according to the Gazette.'
REPORTED_REPORT_UD = ud(
    '" " PUNCT `` 6 punct', "The the DET DT 3 det", "vote vote NOUN NN 6 nsubj", "will will AUX MD 6 aux",
    "be be AUX VB 6 cop", "close close ADJ JJ 11 ccomp", ", , PUNCT , 6 punct", "\" \" PUNCT '' 6 punct",
    "the the DET DT 10 det", "mayor mayor NOUN NN 11 nsubj", "said say VERB VBD 0 root", ", , PUNCT , 16 punct",
    "according accord VERB VBG 16 case", "to to ADP IN 13 fixed", "the the DET DT 16 det",
    "Gazette Gazette PROPN NNP 11 obl", ". . PUNCT . 11 punct")


def test_quotation_reported_by_an_outer_source() -> None:
    """`"...," X said, according to Y`: Y speaks the quotation, not X (the rule's own example, in
    `test_rules`, runs a quotation over two sentences through `reported-report`)."""
    quotes = assembled(REPORTED_REPORT, REPORTED_REPORT_UD)
    assert [q.speaker and q.speaker.text for q in quotes if "The vote will be close" in q.text] == ["the Gazette"]


# A clause closing on a quotation holds it with the punctuation inside its marks, though the clause
# ends at its last word: `..., according to X` then reports the whole clause, the inner report too.
CLOSING_REPORT = 'The witness said the deal was "a trap for the town," according to the report.'
CLOSING_REPORT_UD = ud(
    "The the DET DT 2 det", "witness witness NOUN NN 3 nsubj", "said say VERB VBD 0 root", "the the DET DT 5 det",
    "deal deal NOUN NN 9 nsubj", "was be AUX VBD 9 cop", '" " PUNCT `` 9 punct', "a a DET DT 9 det",
    "trap trap NOUN NN 3 ccomp", "for for ADP IN 12 case", "the the DET DT 12 det", "town town NOUN NN 9 nmod",
    ", , PUNCT , 9 punct", "\" \" PUNCT '' 9 punct", "according accord VERB VBG 18 case", "to to ADP IN 15 fixed",
    "the the DET DT 18 det", "report report NOUN NN 12 nmod", ". . PUNCT . 3 punct")
# `told X, "..."`: a quotation the cue itself sets off by a comma is its own utterance, not a
# fragment closing the clause after it.
SET_OFF = 'Lopez told the crowd at the gate simply, "We lost."'
SET_OFF_UD = ud(
    "Lopez Lopez PROPN NNP 2 nsubj", "told tell VERB VBD 0 root", "the the DET DT 4 det", "crowd crowd NOUN NN 2 obj",
    "at at ADP IN 7 case", "the the DET DT 7 det", "gate gate NOUN NN 2 obl", "simply simply ADV RB 2 advmod",
    ", , PUNCT , 12 punct", '" " PUNCT `` 12 punct', "We we PRON PRP 12 nsubj", "lost lose VERB VBD 2 parataxis",
    ". . PUNCT . 2 punct", "\" \" PUNCT '' 12 punct")


@pytest.mark.parametrize("text, conllu, expected", [
    (CLOSING_REPORT, CLOSING_REPORT_UD, [("mixed", 'The witness said the deal was "a trap for the town,"', "the report")]),
    (SET_OFF, SET_OFF_UD, [("direct", "We lost.", "Lopez")]),
], ids=["according-to-after", "set-off-by-its-cue"])
def test_clause_closing_on_a_quotation(text: str, conllu: str, expected: list) -> None:
    quotes = assembled(text, conllu)
    assert [(q.type, q.text, q.speaker and q.speaker.text) for q in quotes] == expected


# `X said Y admitted the plan was "..."`: a report within the clause another cue before it reports,
# the quotation running on in it: the outer cue's, though the inner one is nearer and governs it.
NESTED_REPORT = 'Ruiz said the aide admitted the plan was "a mistake from the start. We should never have tried it."'
NESTED_REPORT_UD = ud(
    "Ruiz Ruiz PROPN NNP 2 nsubj", "said say VERB VBD 0 root", "the the DET DT 4 det", "aide aide NOUN NN 5 nsubj",
    "admitted admit VERB VBD 2 ccomp", "the the DET DT 7 det", "plan plan NOUN NN 11 nsubj", "was be AUX VBD 11 cop",
    '" " PUNCT `` 11 punct', "a a DET DT 11 det", "mistake mistake NOUN NN 5 ccomp", "from from ADP IN 14 case",
    "the the DET DT 14 det", "start start NOUN NN 11 nmod", ". . PUNCT . 2 punct")
# ... but a quotation the inner cue sets off with its colon is the inner cue's.
NESTED_SET_OFF = 'Ruiz said the aide told the board: "It was a mistake from the start. We should never have tried it."'
NESTED_SET_OFF_UD = ud(
    "Ruiz Ruiz PROPN NNP 2 nsubj", "said say VERB VBD 0 root", "the the DET DT 4 det", "aide aide NOUN NN 5 nsubj",
    "told tell VERB VBD 2 ccomp", "the the DET DT 7 det", "board board NOUN NN 5 obj", ": : PUNCT : 5 punct",
    '" " PUNCT `` 13 punct', "It it PRON PRP 13 nsubj", "was be AUX VBD 13 cop", "a a DET DT 13 det",
    "mistake mistake NOUN NN 5 parataxis", "from from ADP IN 16 case", "the the DET DT 16 det",
    "start start NOUN NN 13 nmod", ". . PUNCT . 2 punct")


@pytest.mark.parametrize("text, conllu, kind, speaker", [
    # the quotation runs on from the reported clause's words past its sentence: one mixed quote, lead-in and all
    (NESTED_REPORT, NESTED_REPORT_UD, "mixed", "Ruiz"), (NESTED_SET_OFF, NESTED_SET_OFF_UD, "direct", "the aide"),
], ids=["runs-on", "set-off"])
def test_report_within_a_report(text: str, conllu: str, kind: str, speaker: str) -> None:
    first = text[:text.index(". ") + 1]
    quotes = [q for q in assembled(text, conllu, first) if "We should never have tried it." in q.text]
    assert [(q.type, q.speaker and q.speaker.text) for q in quotes] == [(kind, speaker)]


# `As the Gazette reported, "..."`, the cue the root and its `as` phrase an oblique.
AS_OPENING_UD = ud(
    "As as ADP IN 3 case", "the the DET DT 3 det", "Gazette Gazette PROPN NNP 4 obl", "reported report VERB VBD 0 root",
    ", , PUNCT , 4 punct", '" " PUNCT `` 8 punct', "The the DET DT 7 det", "bridge bridge NOUN NN 8 nsubj",
    "stays stay VERB VBZ 4 parataxis", "shut shut ADJ JJ 8 xcomp", ". . PUNCT . 4 punct", "\" \" PUNCT '' 8 punct")


@pytest.mark.parametrize("text,speaker", [
    ('As the Gazette reported, "The bridge stays shut."', "the Gazette"),
    ('As a rule, the Gazette reported, "The bridge stays shut."', None),
], ids=["as-opening", "as-phrase-of-its-own"])
def test_as_clause_opening_a_quotation(text: str, speaker: str | None) -> None:
    """`As X reported, "..."`: X speaks, however the parse hung the quotation; not `As a rule, ...`."""
    rows = AS_OPENING_UD if speaker else ud(
        "As as ADP IN 3 case", "a a DET DT 3 det", "rule rule NOUN NN 6 obl", ", , PUNCT , 6 punct",
        "the the DET DT 6 det", "Gazette Gazette PROPN NNP 7 obl", "reported report VERB VBD 0 root",
        ", , PUNCT , 7 punct", '" " PUNCT `` 11 punct', "The the DET DT 10 det", "bridge bridge NOUN NN 11 nsubj",
        "stays stay VERB VBZ 7 parataxis", "shut shut ADJ JJ 11 xcomp", ". . PUNCT . 7 punct",
        "\" \" PUNCT '' 11 punct")
    _, cues = cues_of(rows, text)
    assert [span_text(text, c.speaker) if c.speaker_rule == "as-clause" else None for c in cues] == [speaker]


PUT_IT = '"The plan is dead," as Jane Roe, author of "Plain Talk," put it.'
# The name lost to `dep`, `put` hung back from the quotation, a title's mark right before it: `it`
# after the verb is the cue's own word.
PUT_IT_UD = ud(
    '" " PUNCT `` 5 punct', "The the DET DT 3 det", "plan plan NOUN NN 5 nsubj", "is be AUX VBZ 5 cop",
    "dead dead ADJ JJ 0 root", ", , PUNCT , 5 punct", "\" \" PUNCT '' 5 punct", "as as SCONJ IN 19 mark",
    "Jane Jane PROPN NNP 19 dep", "Roe Roe PROPN NNP 9 flat", ", , PUNCT , 12 punct", "author author NOUN NN 9 appos",
    "of of ADP IN 16 case", '" " PUNCT `` 16 punct', "Plain Plain PROPN NNP 16 compound", "Talk Talk PROPN NNP 12 nmod",
    ", , PUNCT , 16 punct", "\" \" PUNCT '' 16 punct", "put put VERB VBD 5 advcl",
    "it it PRON PRP 19 obj", ". . PUNCT . 5 punct")


def test_put_it_is_no_speaker() -> None:
    """`as X, ..., put it`: the `it` of the phrasal cue is never its inverted speaker."""
    _, cues = cues_of(PUT_IT_UD, PUT_IT)
    assert [span_text(PUT_IT, c.speaker) for c in cues if c.verb.text == "put"] != ["it"]
    assert all(c.speaker_rule != "inverted-subject" for c in cues)


APPOSITIVE = "Hugh Hill, a doctor, said the hospital was full."
APPOSITIVE_UD = """
1	Hugh	Hugh	PROPN	NNP	Number=Sing	7	nsubj	_	_
2	Hill	Hill	PROPN	NNP	Number=Sing	1	flat	_	_
3	,	,	PUNCT	,	_	5	punct	_	_
4	a	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
5	doctor	doctor	NOUN	NN	Number=Sing	1	appos	_	_
6	,	,	PUNCT	,	_	5	punct	_	_
7	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
8	the	the	DET	DT	Definite=Def|PronType=Art	9	det	_	_
9	hospital	hospital	NOUN	NN	Number=Sing	11	nsubj	_	_
10	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	11	cop	_	_
11	full	full	ADJ	JJ	Degree=Pos	7	ccomp	_	_
12	.	.	PUNCT	.	_	7	punct	_	_
"""


def test_appositive_not_in_speaker() -> None:
    """`Hugh Hill, a doctor, said ...`: the name speaks; its appositive is a role (issue #17)."""
    _, cue = only_cue(APPOSITIVE_UD, APPOSITIVE)
    assert span_text(APPOSITIVE, cue.speaker) == "Hugh Hill"
    assert span_text(APPOSITIVE, cue.content) == "the hospital was full"


THAT_CLAUSE = "She said that the plan would fail."
THAT_CLAUSE_UD = """
1	She	she	PRON	PRP	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	that	that	SCONJ	IN	_	7	mark	_	_
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
5	plan	plan	NOUN	NN	Number=Sing	7	nsubj	_	_
6	would	would	AUX	MD	VerbForm=Fin	7	aux	_	_
7	fail	fail	VERB	VB	VerbForm=Inf	2	ccomp	_	_
8	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_ccomp_content() -> None:
    """The clausal complement is the reported content (with or without its complementiser)."""
    _, cue = only_cue(THAT_CLAUSE_UD, THAT_CLAUSE)
    assert span_text(THAT_CLAUSE, cue.speaker) == "She"
    assert span_text(THAT_CLAUSE, cue.content) in ("that the plan would fail", "the plan would fail")


COLON = 'Lavrov told reporters: "We will not give up."'
COLON_UD = """
1	Lavrov	Lavrov	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	told	tell	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	reporters	reporter	NOUN	NNS	Number=Plur	2	obj	_	_
4	:	:	PUNCT	:	_	2	punct	_	_
5	"	"	PUNCT	``	_	9	punct	_	_
6	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	9	nsubj	_	_
7	will	will	AUX	MD	VerbForm=Fin	9	aux	_	_
8	not	not	PART	RB	_	9	advmod	_	_
9	give	give	VERB	VB	VerbForm=Inf	2	parataxis	_	_
10	up	up	ADP	RP	_	9	compound:prt	_	_
11	.	.	PUNCT	.	_	9	punct	_	_
12	"	"	PUNCT	''	_	9	punct	_	_
"""


def test_colon_introduction() -> None:
    """`X told reporters: "..."`: speaker X; the quote after the colon hangs from the cue."""
    words, cue = only_cue(COLON_UD, COLON)
    assert span_text(COLON, cue.speaker) == "Lavrov"
    assert linked(words, cue, COLON.index("We"), COLON.index("up.") + 3)


CONJ = "He smiled and said the talks were over."
CONJ_UD = """
1	He	he	PRON	PRP	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	smiled	smile	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	and	and	CCONJ	CC	_	4	cc	_	_
4	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	2	conj	_	_
5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
6	talks	talk	NOUN	NNS	Number=Plur	8	nsubj	_	_
7	were	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	8	cop	_	_
8	over	over	ADV	RB	_	4	ccomp	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_coordinated_verb_shares_subject() -> None:
    """`He smiled and said ...`: the conjoined cue takes the first verb's subject."""
    _, cue = only_cue(CONJ_UD, CONJ)
    assert span_text(CONJ, cue.speaker) == "He"
    assert span_text(CONJ, cue.content) == "the talks were over"


RELATIVE = "The minister, who said the talks had failed, left Geneva."
RELATIVE_UD = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	minister	minister	NOUN	NN	Number=Sing	11	nsubj	_	_
3	,	,	PUNCT	,	_	5	punct	_	_
4	who	who	PRON	WP	PronType=Rel	5	nsubj	_	_
5	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	2	acl:relcl	_	_
6	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
7	talks	talk	NOUN	NNS	Number=Plur	9	nsubj	_	_
8	had	have	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	9	aux	_	_
9	failed	fail	VERB	VBN	Tense=Past|VerbForm=Part	5	ccomp	_	_
10	,	,	PUNCT	,	_	5	punct	_	_
11	left	leave	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
12	Geneva	Geneva	PROPN	NNP	Number=Sing	11	obj	_	_
13	.	.	PUNCT	.	_	11	punct	_	_
"""


def test_relative_clause_speaker_resolves_to_antecedent() -> None:
    """`The minister, who said ...`: the speaker as written is `who`, as with a pronoun; it stands
    for the noun phrase the relative clause hangs from, less that clause."""
    _, cue = only_cue(RELATIVE_UD, RELATIVE)
    assert span_text(RELATIVE, cue.speaker) == "who"
    assert span_text(RELATIVE, cue.antecedent) == "The minister"
    assert span_text(RELATIVE, cue.content) == "the talks had failed"


# the same sentence with the relative clause parsed as a side clause of the main verb
RELATIVE_ADVCL_UD = RELATIVE_UD.replace("2	acl:relcl", "11	advcl")


def test_set_off_relative_pronoun_resolves_from_the_words() -> None:
    """`The minister, who said ...` with the clause not parsed as a relative one: `who` right after the
    comma that follows the noun still stands for the noun phrase before the comma."""
    _, cue = only_cue(RELATIVE_ADVCL_UD, RELATIVE)
    assert span_text(RELATIVE, cue.speaker) == "who"
    assert span_text(RELATIVE, cue.antecedent) == "The minister"


def test_relative_pronoun_speaker_in_records() -> None:
    """Through assembly the relative pronoun is `speaker` and its antecedent `speaker_resolved`; a
    later `he` resolves to the antecedent, never to `who`."""
    from quotes.assemble import assemble
    from quotes.segment import split_sentences

    text = RELATIVE + " He said the talks would not resume soon."
    sentences = split_sentences(text)
    second = text.index("He said")
    later = conllu_words("""
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	talks	talk	NOUN	NNS	_	7	nsubj	_	_
5	would	would	AUX	MD	_	7	aux	_	_
6	not	not	PART	RB	_	7	advmod	_	_
7	resume	resume	VERB	VB	_	2	ccomp	_	_
8	soon	soon	ADV	RB	_	7	advmod	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
""", text[second:])
    later = [replace(w, start=w.start + second, end=w.end + second) for w in later]
    quotes = assemble(text, sentences, [], {0: conllu_words(RELATIVE_UD, RELATIVE), 1: later})
    assert [(q.speaker.text, q.speaker_resolved.text) for q in quotes if q.speaker and q.speaker_resolved] == [
        ("who", "The minister"), ("He", "The minister")]


WANTS = "Washington wants concrete steps from Russia."
WANTS_UD = """
1	Washington	Washington	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	wants	want	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
3	concrete	concrete	ADJ	JJ	Degree=Pos	4	amod	_	_
4	steps	step	NOUN	NNS	Number=Plur	2	obj	_	_
5	from	from	ADP	IN	_	6	case	_	_
6	Russia	Russia	PROPN	NNP	Number=Sing	2	obl	_	_
7	.	.	PUNCT	.	_	2	punct	_	_
"""
THINKS = "She thinks the plan will fail."
THINKS_UD = """
1	She	she	PRON	PRP	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
2	thinks	think	VERB	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	plan	plan	NOUN	NN	Number=Sing	6	nsubj	_	_
5	will	will	AUX	MD	VerbForm=Fin	6	aux	_	_
6	fail	fail	VERB	VB	VerbForm=Inf	2	ccomp	_	_
7	.	.	PUNCT	.	_	2	punct	_	_
"""
BELIEVES = THINKS.replace("thinks", "believes")
BELIEVES_UD = THINKS_UD.replace("thinks\tthink", "believes\tbelieve")
HOPES = THINKS.replace("thinks", "hopes")
HOPES_UD = THINKS_UD.replace("thinks\tthink", "hopes\thope")
REPORT_NOUN = "The report was published on Friday."
REPORT_NOUN_UD = """
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	report	report	NOUN	NN	Number=Sing	4	nsubj:pass	_	_
3	was	be	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	4	aux:pass	_	_
4	published	publish	VERB	VBN	Tense=Past|VerbForm=Part|Voice=Pass	0	root	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Friday	Friday	PROPN	NNP	Number=Sing	4	obl	_	_
7	.	.	PUNCT	.	_	4	punct	_	_
"""


MENTION_HEARD = "The crowd heard mention of a second ferry."
MENTION_HEARD_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	crowd	crowd	NOUN	NN	_	3	nsubj	_	_
3	heard	hear	VERB	VBD	_	0	root	_	_
4	mention	mention	NOUN	NN	_	3	obj	_	_
5	of	of	ADP	IN	_	8	case	_	_
6	a	a	DET	DT	_	8	det	_	_
7	second	second	ADJ	JJ	_	8	amod	_	_
8	ferry	ferry	NOUN	NN	_	4	nmod	_	_
9	.	.	PUNCT	.	_	3	punct	_	_
"""

MENTION_THERE = "There was no mention of the ferry."
MENTION_THERE_UD = """
1	There	there	PRON	EX	_	2	expl	_	_
2	was	be	VERB	VBD	_	0	root	_	_
3	no	no	DET	DT	_	4	det	_	_
4	mention	mention	NOUN	NN	_	2	nsubj	_	_
5	of	of	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	ferry	ferry	NOUN	NN	_	4	nmod	_	_
8	.	.	PUNCT	.	_	2	punct	_	_
"""

MENTION_MADE = "The mayor made no mention of the ferry."
MENTION_MADE_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	mayor	mayor	NOUN	NN	_	3	nsubj	_	_
3	made	make	VERB	VBD	_	0	root	_	_
4	no	no	DET	DT	_	5	det	_	_
5	mention	mention	NOUN	NN	_	3	obj	_	_
6	of	of	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	ferry	ferry	NOUN	NN	_	5	nmod	_	_
9	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_mention_of_a_maker_only() -> None:
    """`made no mention of X`: the maker speaks (or keeps silent) of X; a mention heard, or one that
    no one makes (`There was no mention of X`), gives no cue."""
    words, cue = only_cue(MENTION_MADE_UD, MENTION_MADE)
    assert MENTION_MADE[slice(*cue.speaker)] == "The mayor"
    assert MENTION_MADE[slice(*cue.content)] == "the ferry"
    assert cue.content_rule == "mention-of"
    for text, conllu in ((MENTION_HEARD, MENTION_HEARD_UD), (MENTION_THERE, MENTION_THERE_UD)):
        assert cues_of(conllu, text)[1] == []


SAID_GOODBYE = "He said goodbye to the crowd and left."
SAID_GOODBYE_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	goodbye	goodbye	NOUN	NN	_	2	obj	_	_
4	to	to	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	_	6	det	_	_
6	crowd	crowd	NOUN	NN	_	2	obl	_	_
7	and	and	CCONJ	CC	_	8	cc	_	_
8	left	leave	VERB	VBN	_	2	conj	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_say_noun_then_verb_not_after_a_conjunction() -> None:
    """`said goodbye to the crowd and left`: a verb after `and` is the speaker's next doing, not the
    verb of a clause said: no content."""
    _, cue = only_cue(SAID_GOODBYE_UD, SAID_GOODBYE)
    assert cue.content is None


MODAL_CONJUNCT = "The mayor said the bridge is safe and the tunnel must be closed for repairs."
MODAL_CONJUNCT_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	mayor	mayor	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	bridge	bridge	NOUN	NN	_	7	nsubj	_	_
6	is	be	AUX	VBZ	_	7	cop	_	_
7	safe	safe	ADJ	JJ	_	3	ccomp	_	_
8	and	and	CCONJ	CC	_	13	cc	_	_
9	the	the	DET	DT	_	10	det	_	_
10	tunnel	tunnel	NOUN	NN	_	13	nsubj:pass	_	_
11	must	must	AUX	MD	_	13	aux	_	_
12	be	be	AUX	VB	_	13	aux:pass	_	_
13	closed	close	VERB	VBN	_	3	conj	_	_
14	for	for	ADP	IN	_	15	case	_	_
15	repairs	repair	NOUN	NNS	_	13	obl	_	_
16	.	.	PUNCT	.	_	3	punct	_	_
"""

PAST_CONJUNCT = "The bank says it cut rates in May and raised them in June."
PAST_CONJUNCT_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	bank	bank	NOUN	NN	_	3	nsubj	_	_
3	says	say	VERB	VBZ	_	0	root	_	_
4	it	it	PRON	PRP	_	5	nsubj	_	_
5	cut	cut	VERB	VBD	_	3	ccomp	_	_
6	rates	rate	NOUN	NNS	_	5	obj	_	_
7	in	in	ADP	IN	_	8	case	_	_
8	May	May	PROPN	NNP	_	5	obl	_	_
9	and	and	CCONJ	CC	_	10	cc	_	_
10	raised	raise	VERB	VBD	_	3	conj	_	_
11	them	they	PRON	PRP	_	10	obj	_	_
12	in	in	ADP	IN	_	13	case	_	_
13	June	June	PROPN	NNP	_	10	obl	_	_
14	.	.	PUNCT	.	_	3	punct	_	_
"""


@pytest.mark.parametrize("text, conllu, content", [
    (MODAL_CONJUNCT, MODAL_CONJUNCT_UD, "the bridge is safe and the tunnel must be closed for repairs"),
    (PAST_CONJUNCT, PAST_CONJUNCT_UD, "it cut rates in May and raised them in June"),
    # a past conjunct under a past cue is the speaker's own doing: not reported
    (PAST_CONJUNCT.replace("says", "said"), PAST_CONJUNCT_UD.replace("says\tsay\tVERB\tVBZ", "said\tsay\tVERB\tVBD"),
     "it cut rates in May"),
], ids=["modal", "past-under-present", "past-under-past"])
def test_reported_conjunct_with_modal_or_shifted_tense(text: str, conllu: str, content: str) -> None:
    """A conjunct hung from the cue goes on with the report when it has a modal of its own, or is past
    under a present cue."""
    _, cue = only_cue(conllu, text)
    assert text[slice(*cue.content)] == content


BARE_WHEN = "She would not say when."
BARE_WHEN_UD = """
1	She	she	PRON	PRP	_	4	nsubj	_	_
2	would	would	AUX	MD	_	4	aux	_	_
3	not	not	PART	RB	_	4	advmod	_	_
4	say	say	VERB	VB	_	0	root	_	_
5	when	when	ADV	WRB	_	4	advmod	_	_
6	.	.	PUNCT	.	_	4	punct	_	_
"""


@pytest.mark.parametrize("text, conllu, content", [
    (BARE_WHEN, BARE_WHEN_UD, "when"),
    # not negated: `when` is no question left unanswered
    (BARE_WHEN.replace("would not say", "would say"),
     BARE_WHEN_UD.replace("3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n", "").replace("4\tsay", "3\tsay").replace(
         "\t4\t", "\t3\t").replace("5\twhen", "4\twhen").replace("6\t.", "5\t."), None),
    # `nobody` is no negation of the verb
    ("Nobody would say when.", BARE_WHEN_UD.replace("1\tShe\tshe\tPRON\tPRP", "1\tNobody\tnobody\tPRON\tNN").replace(
        "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n", "").replace("4\tsay", "3\tsay").replace(
        "\t4\t", "\t3\t").replace("5\twhen", "4\twhen").replace("6\t.", "5\t."), None),
], ids=["negated", "plain", "nobody"])
def test_bare_question_word_after_a_negated_say(text: str, conllu: str, content: str | None) -> None:
    """`would not say when`: a bare question word closing the clause of a negated verb of saying stands
    for the question left unanswered; not after a plain one."""
    _, cue = only_cue(conllu, text)
    assert (text[slice(*cue.content)] if cue.content else None) == content


ONWARD_ADDING = "The mill will close, the owner said, adding that talks had failed."
ONWARD_ADDING_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	mill	mill	NOUN	NN	_	4	nsubj	_	_
3	will	will	AUX	MD	_	4	aux	_	_
4	close	close	VERB	VB	_	0	root	_	_
5	,	,	PUNCT	,	_	8	punct	_	_
6	the	the	DET	DT	_	7	det	_	_
7	owner	owner	NOUN	NN	_	8	nsubj	_	_
8	said	say	VERB	VBD	_	4	parataxis	_	_
9	,	,	PUNCT	,	_	10	punct	_	_
10	adding	add	VERB	VBG	_	8	ccomp	_	_
11	that	that	SCONJ	IN	_	14	mark	_	_
12	talks	talk	NOUN	NNS	_	14	nsubj	_	_
13	had	have	AUX	VBD	_	14	aux	_	_
14	failed	fail	VERB	VBN	_	8	ccomp	_	_
15	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_clause_after_an_onward_participle_is_not_the_cue_s() -> None:
    """`..., the owner said, adding that talks had failed`: the clause after `adding` is what `adding`
    reports, even hung from `said`; `said` reports the clause before it."""
    _, cues = cues_of(ONWARD_ADDING_UD, ONWARD_ADDING)
    got = {c.verb.text: ONWARD_ADDING[slice(*c.content)] for c in cues if c.content}
    assert got["said"] == "The mill will close"
    assert got["adding"] == "that talks had failed"


HEADLINE_SHORT = "Valley Paper Says Mayor Quits."
HEADLINE_SHORT_UD = """
1	Valley	Valley	PROPN	NNP	_	2	compound	_	_
2	Paper	Paper	PROPN	NNP	_	3	nsubj	_	_
3	Says	say	VERB	VBZ	_	0	root	_	_
4	Mayor	Mayor	PROPN	NNP	_	5	compound	_	_
5	Quits	Quits	PROPN	NNPS	_	3	obj	_	_
6	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_headline_rest_needs_three_words() -> None:
    """`Valley Paper Says Mayor Quits.`: two words after a headline's verb are too few for
    `headline-rest` to read as what was said (the tagger left no verb to tell a clause by); the
    object `last-object` gives `Says` is another rule's reading."""
    _, cue = only_cue(HEADLINE_SHORT_UD, HEADLINE_SHORT)
    assert cue.content_rule != "headline-rest"
    longer = HEADLINE_SHORT.replace("Quits", "Quits Over Roads")
    longer_ud = HEADLINE_SHORT_UD.replace("6\t.\t.", "8\t.\t.").replace(
        "5\tQuits\tQuits\tPROPN\tNNPS\t_\t3\tobj\t_\t_\n",
        "5\tQuits\tQuits\tPROPN\tNNPS\t_\t3\tobj\t_\t_\n6\tOver\tover\tADP\tIN\t_\t7\tcase\t_\t_\n"
        "7\tRoads\tRoads\tPROPN\tNNPS\t_\t5\tnmod\t_\t_\n")
    _, cue = only_cue(longer_ud, longer)
    assert longer[slice(*cue.content)] == "Mayor Quits Over Roads"
    assert cue.content_rule == "headline-rest"


@pytest.mark.parametrize("text,conllu", [
    (WANTS, WANTS_UD), (THINKS, THINKS_UD), (BELIEVES, BELIEVES_UD), (HOPES, HOPES_UD),
    (REPORT_NOUN, REPORT_NOUN_UD),
], ids=["wants", "thinks", "believes", "hopes", "noun-report"])
def test_beliefs_wishes_and_nouns_are_not_cues(text: str, conllu: str) -> None:
    """Belief and wish verbs, and cue words used as nouns, give no cue."""
    _, cues = cues_of(conllu, text)
    assert cues == []


def test_cue_sentence_index_and_words() -> None:
    """A cue records the document sentence index it was given and its own words."""
    words = conllu_words(THAT_CLAUSE_UD, THAT_CLAUSE)
    (cue,) = find_cues(7, words)
    assert cue.sentence == 7
    assert [w.text for w in cue.words] == ["said"]
    assert cue.verb.text == "said"


def test_subtree_span_trims_edge_punctuation() -> None:
    """`subtree_span` gives the NP's characters without commas at its edges."""
    words = conllu_words(APPOSITIVE_UD, APPOSITIVE)
    start, end = subtree_span(words, words[4])  # `doctor` with its commas
    assert APPOSITIVE[start:end] == "a doctor"


def test_empty_sentence_has_no_cues() -> None:
    """No words, no cues."""
    assert list(find_cues(0, [])) == []


# Parses as a parser may give them: the inverted speaker taken for an object, and a long subject hung
# from the verb after the cue.
INVERTED_OBJ = '"That is my choice," said the man who built his career on it.'
INVERTED_OBJ_UD = """
1	"	"	PUNCT	``	_	5	punct	_	_
2	That	that	PRON	DT	_	5	nsubj	_	_
3	is	be	AUX	VBZ	_	5	cop	_	_
4	my	my	PRON	PRP$	_	5	nmod:poss	_	_
5	choice	choice	NOUN	NN	_	8	ccomp	_	_
6	,	,	PUNCT	,	_	5	punct	_	_
7	"	"	PUNCT	''	_	5	punct	_	_
8	said	say	VERB	VBD	_	0	root	_	_
9	the	the	DET	DT	_	10	det	_	_
10	man	man	NOUN	NN	_	8	obj	_	_
11	who	who	PRON	WP	_	12	nsubj	_	_
12	built	build	VERB	VBD	_	10	acl:relcl	_	_
13	his	his	PRON	PRP$	_	14	nmod:poss	_	_
14	career	career	NOUN	NN	_	12	obj	_	_
15	on	on	ADP	IN	_	16	case	_	_
16	it	it	PRON	PRP	_	12	obl	_	_
17	.	.	PUNCT	.	_	8	punct	_	_
"""
TOLD_ALONE = '"We need a ceasefire," told reporters on Friday.'
TOLD_ALONE_UD = """
1	"	"	PUNCT	``	_	4	punct	_	_
2	We	we	PRON	PRP	_	3	nsubj	_	_
3	need	need	VERB	VBP	_	7	ccomp	_	_
4	a	a	DET	DT	_	5	det	_	_
5	ceasefire	ceasefire	NOUN	NN	_	3	obj	_	_
6	,	,	PUNCT	,	_	3	punct	_	_
7	told	tell	VERB	VBD	_	0	root	_	_
8	reporters	reporter	NOUN	NNS	_	7	obj	_	_
9	on	on	ADP	IN	_	10	case	_	_
10	Friday	Friday	PROPN	NNP	_	7	obl	_	_
11	.	.	PUNCT	.	_	7	punct	_	_
"""
NO_QUOTE = "He left, said nothing and went home."
NO_QUOTE_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	_
3	,	,	PUNCT	,	_	4	punct	_	_
4	said	say	VERB	VBD	_	2	parataxis	_	_
5	nothing	nothing	PRON	NN	_	4	obj	_	_
6	and	and	CCONJ	CC	_	7	cc	_	_
7	went	go	VERB	VBD	_	2	conj	_	_
8	home	home	ADV	RB	_	7	advmod	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
"""
# the crossing-subject rule's own example and its hand-written parse (one copy, in the rule's table row)
CROSSING_EXAMPLE = SUBJECTS["crossing-subject"].examples[0]
CROSSING, CROSSING_UD = CROSSING_EXAMPLE.text, CROSSING_EXAMPLE.parse or ""


@pytest.mark.parametrize("conllu, text, speaker", [
    (INVERTED_OBJ_UD, INVERTED_OBJ, "the man who built his career on it"),   # after a quotation: the inverted subject
    (TOLD_ALONE_UD, TOLD_ALONE, None),                                           # `told reporters`: a listener, no speaker
    (NO_QUOTE_UD, NO_QUOTE, None),                                   # no quotation before `said`: `nothing` is no speaker
])
def test_speaker_after_the_verb(conllu: str, text: str, speaker: str | None) -> None:
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.speaker) == speaker


def test_subject_hung_beyond_the_cue_is_the_cue_s() -> None:
    """`Jane Doe, director of the fund, said ...` with `Jane` parsed as the subject of `lose`."""
    cues = list(find_cues(0, conllu_words(CROSSING_UD, CROSSING)))
    said = next(c for c in cues if c.verb.text == "said")
    assert span_text(CROSSING, said.speaker) == "Jane Doe"


SHOOK = 'She stood at the podium, shook her head and said, "I will stay!"'
SHOOK_UD = """
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	stood	stand	VERB	VBD	_	0	root	_	_
3	at	at	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	_
5	podium	podium	NOUN	NN	_	2	obl	_	_
6	,	,	PUNCT	,	_	7	punct	_	_
7	shook	shake	VERB	VBD	_	2	conj	_	_
8	her	her	PRON	PRP$	_	9	nmod:poss	_	_
9	head	head	NOUN	NN	_	7	obj	_	_
10	and	and	CCONJ	CC	_	11	cc	_	_
11	said	say	VERB	VBD	_	7	conj	_	_
12	,	,	PUNCT	,	_	16	punct	_	_
13	"	"	PUNCT	``	_	16	punct	_	_
14	I	I	PRON	PRP	_	16	nsubj	_	_
15	will	will	AUX	MD	_	16	aux	_	_
16	stay	stay	VERB	VB	_	7	parataxis	_	_
17	!	!	PUNCT	.	_	2	punct	_	_
18	"	"	PUNCT	''	_	2	punct	_	_
"""


def test_only_a_verb_of_saying_puts_its_speaker_after_it() -> None:
    """`..., shook her head and said, "..."`: `said` shares the subject of `shook`, whose object
    after it is no inverted speaker (`shake` reports no words)."""
    _, cue = only_cue(SHOOK_UD, SHOOK)
    assert span_text(SHOOK, cue.speaker) == "She"


WITH_WHOM = 'Lee, the old coach, praised the owner, with whom she argued for years over money, calling him "a fair man."'
WITH_WHOM_UD = """
1	Lee	Lee	PROPN	NNP	_	7	nsubj	_	_
2	,	,	PUNCT	,	_	1	punct	_	_
3	the	the	DET	DT	_	5	det	_	_
4	old	old	ADJ	JJ	_	5	amod	_	_
5	coach	coach	NOUN	NN	_	7	nsubj	_	_
6	,	,	PUNCT	,	_	5	punct	_	_
7	praised	praise	VERB	VBD	_	0	root	_	_
8	the	the	DET	DT	_	9	det	_	_
9	owner	owner	NOUN	NN	_	7	obj	_	_
10	,	,	PUNCT	,	_	14	punct	_	_
11	with	with	ADP	IN	_	12	case	_	_
12	whom	whom	PRON	WP	_	14	obl	_	_
13	she	she	PRON	PRP	_	14	nsubj	_	_
14	argued	argue	VERB	VBD	_	7	conj	_	_
15	for	for	ADP	IN	_	16	case	_	_
16	years	year	NOUN	NNS	_	14	obl	_	_
17	over	over	ADP	IN	_	18	case	_	_
18	money	money	NOUN	NN	_	14	obl	_	_
19	,	,	PUNCT	,	_	20	punct	_	_
20	calling	call	VERB	VBG	_	14	advcl	_	_
21	him	he	PRON	PRP	_	20	iobj	_	_
22	"	"	PUNCT	``	_	25	punct	_	_
23	a	a	DET	DT	_	25	det	_	_
24	fair	fair	ADJ	JJ	_	25	amod	_	_
25	man	man	NOUN	NN	_	20	obj	_	_
26	.	.	PUNCT	.	_	7	punct	_	_
27	"	"	PUNCT	''	_	25	punct	_	_
"""


def test_a_participle_after_an_object_relative_speaks_for_the_main_clause() -> None:
    """`..., with whom she argued ..., calling him "..."` parsed with `argued` a conjunct of `praised`: the
    clause opened by `with whom` is a relative clause within `the owner`, so `calling` closes the main
    clause and speaks for its subject, not for the relative clause's `she`."""
    _, cues = cues_of(WITH_WHOM_UD, WITH_WHOM)
    calling = [c for c in cues if c.verb.text == "calling"]
    assert [span_text(WITH_WHOM, c.speaker) for c in calling] == ["Lee"]


TWO_SUBJECTS = "The plan of the city is failing, Smith said."
TWO_SUBJECTS_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	plan	plan	NOUN	NN	_	10	nsubj	_	_
3	of	of	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	_
5	city	city	NOUN	NN	_	2	nmod	_	_
6	is	be	AUX	VBZ	_	7	aux	_	_
7	failing	fail	VERB	VBG	_	10	ccomp	_	_
8	,	,	PUNCT	,	_	7	punct	_	_
9	Smith	Smith	PROPN	NNP	_	10	nsubj	_	_
10	said	say	VERB	VBD	_	0	root	_	_
11	.	.	PUNCT	.	_	10	punct	_	_
"""


def test_two_subjects_the_nearer_speaks_the_other_opens_the_content() -> None:
    """`Content, X said` with the content's subject hung from `said`: X speaks, the content is whole."""
    _, cue = only_cue(TWO_SUBJECTS_UD, TWO_SUBJECTS)
    assert span_text(TWO_SUBJECTS, cue.speaker) == "Smith"
    assert span_text(TWO_SUBJECTS, cue.content) == "The plan of the city is failing"


# Parses a parser may give, whatever the model: the speaker must still come out right.
PARTICIPLE = "She said, adding that the party will unite."
PARTICIPLE_UD = """
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	,	,	PUNCT	,	_	4	punct	_	_
4	adding	add	VERB	VBG	_	2	ccomp	_	_
5	that	that	SCONJ	IN	_	9	mark	_	_
6	the	the	DET	DT	_	7	det	_	_
7	party	party	NOUN	NN	_	9	nsubj	_	_
8	will	will	AUX	MD	_	9	aux	_	_
9	unite	unite	VERB	VB	_	4	ccomp	_	_
10	.	.	PUNCT	.	_	2	punct	_	_
"""
PURPOSE = "The judge cited a case to say that courts must weigh it."
PURPOSE_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	judge	judge	NOUN	NN	_	3	nsubj	_	_
3	cited	cite	VERB	VBD	_	0	root	_	_
4	a	a	DET	DT	_	5	det	_	_
5	case	case	NOUN	NN	_	3	obj	_	_
6	to	to	PART	TO	_	7	mark	_	_
7	say	say	VERB	VB	_	3	advcl	_	_
8	that	that	SCONJ	IN	_	11	mark	_	_
9	courts	court	NOUN	NNS	_	11	nsubj	_	_
10	must	must	AUX	MD	_	11	aux	_	_
11	weigh	weigh	VERB	VB	_	7	ccomp	_	_
12	it	it	PRON	PRP	_	11	obj	_	_
13	.	.	PUNCT	.	_	3	punct	_	_
"""
# `Kent` hung from `Thursday` as an apposition: `said` is left with no subject.
STRANDED = "In a statement Thursday, spokesman Paul Kent said that he opposed it."
STRANDED_UD = """
1	In	in	ADP	IN	_	3	case	_	_
2	a	a	DET	DT	_	3	det	_	_
3	statement	statement	NOUN	NN	_	9	obl	_	_
4	Thursday	Thursday	PROPN	NNP	_	9	obl	_	_
5	,	,	PUNCT	,	_	4	punct	_	_
6	spokesman	spokesman	NOUN	NN	_	4	appos	_	_
7	Paul	Paul	PROPN	NNP	_	6	flat	_	_
8	Kent	Kent	PROPN	NNP	_	7	flat	_	_
9	said	say	VERB	VBD	_	0	root	_	_
10	that	that	SCONJ	IN	_	12	mark	_	_
11	he	he	PRON	PRP	_	12	nsubj	_	_
12	opposed	oppose	VERB	VBD	_	9	ccomp	_	_
13	it	it	PRON	PRP	_	12	obj	_	_
14	.	.	PUNCT	.	_	9	punct	_	_
"""
# `It`, inside the quotation, taken for the subject of the `said` that follows it.
INVERTED_OVER_QUOTED = '"It went the other way," said the former aide.'
INVERTED_OVER_QUOTED_UD = """
1	"	"	PUNCT	``	_	3	punct	_	_
2	It	it	PRON	PRP	_	9	nsubj	_	_
3	went	go	VERB	VBD	_	9	ccomp	_	_
4	the	the	DET	DT	_	6	det	_	_
5	other	other	ADJ	JJ	_	6	amod	_	_
6	way	way	NOUN	NN	_	3	obl	_	_
7	,	,	PUNCT	,	_	3	punct	_	_
8	"	"	PUNCT	''	_	9	punct	_	_
9	said	say	VERB	VBD	_	0	root	_	_
10	the	the	DET	DT	_	12	det	_	_
11	former	former	ADJ	JJ	_	12	amod	_	_
12	aide	aide	NOUN	NN	_	9	obj	_	_
13	.	.	PUNCT	.	_	9	punct	_	_
"""
TIMED = "He said on Tuesday that it was over."
TIMED_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	on	on	ADP	IN	_	4	case	_	_
4	Tuesday	Tuesday	PROPN	NNP	_	2	obl	_	_
5	that	that	SCONJ	IN	_	8	mark	_	_
6	it	it	PRON	PRP	_	8	nsubj	_	_
7	was	be	AUX	VBD	_	8	cop	_	_
8	over	over	ADV	RB	_	2	ccomp	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,verb,speaker,content", [
    (PARTICIPLE, PARTICIPLE_UD, "adding", "She", "that the party will unite"),
    (PURPOSE, PURPOSE_UD, "say", "The judge", "that courts must weigh it"),
    (STRANDED, STRANDED_UD, "said", "spokesman Paul Kent", "that he opposed it"),
    (INVERTED_OVER_QUOTED, INVERTED_OVER_QUOTED_UD, "said", "the former aide", None),
    (TIMED, TIMED_UD, "said", "He", "that it was over"),
], ids=["participle-as-ccomp", "purpose-infinitive", "subject-stranded", "inverted-over-quoted-word", "time-before-that"])
def test_speaker_and_content_despite_the_parse(text: str, conllu: str, verb: str, speaker: str,
                                               content: str | None) -> None:
    """A participle or purpose infinitive takes its governor's subject; a name the parse hung
    elsewhere just before a subjectless cue is its speaker; `"...," said X` names X even when a
    word inside the quotation was made the subject; `said on Tuesday that`: the clause only."""
    _, cues = cues_of(conllu, text)
    cue = next(c for c in cues if c.verb.text == verb)
    assert span_text(text, cue.speaker) == speaker
    if content is not None:
        assert span_text(text, cue.content) == content


def test_stranded_noun_is_no_speaker_behind_a_preposition() -> None:
    """`In a statement said ...` (a subjectless cue after a prepositional phrase) has no speaker."""
    text = "In the statement said that he opposed it."
    conllu = """
1	In	in	ADP	IN	_	3	case	_	_
2	the	the	DET	DT	_	3	det	_	_
3	statement	statement	NOUN	NN	_	4	obl	_	_
4	said	say	VERB	VBD	_	0	root	_	_
5	that	that	SCONJ	IN	_	7	mark	_	_
6	he	he	PRON	PRP	_	7	nsubj	_	_
7	opposed	oppose	VERB	VBD	_	4	ccomp	_	_
8	it	it	PRON	PRP	_	7	obj	_	_
9	.	.	PUNCT	.	_	4	punct	_	_
"""
    _, cue = only_cue(conllu, text)
    assert cue.speaker is None


CONDITION = "He said he would be stunned if there were more, adding nothing."
CONDITION_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	he	he	PRON	PRP	_	6	nsubj:pass	_	_
4	would	would	AUX	MD	_	6	aux	_	_
5	be	be	AUX	VB	_	6	aux:pass	_	_
6	stunned	stun	VERB	VBN	_	2	ccomp	_	_
7	if	if	SCONJ	IN	_	9	mark	_	_
8	there	there	PRON	EX	_	9	expl	_	_
9	were	be	VERB	VBD	_	2	ccomp	_	_
10	more	more	ADJ	JJR	_	9	nsubj	_	_
11	,	,	PUNCT	,	_	12	punct	_	_
12	adding	add	VERB	VBG	_	2	advcl	_	_
13	nothing	nothing	PRON	NN	_	12	obj	_	_
14	.	.	PUNCT	.	_	2	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,content", [
    (CONDITION.replace(", adding nothing", ""), CONDITION_UD.replace(
        "11\t,\t,\tPUNCT\t,\t_\t12\tpunct\t_\t_\n12\tadding\tadd\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
        "13\tnothing\tnothing\tPRON\tNN\t_\t12\tobj\t_\t_\n14", "11"),
     "he would be stunned if there were more"),
    (CONDITION, CONDITION_UD, "he would be stunned"),
], ids=["condition-hung-from-cue", "stopped-by-own-clause"])
def test_condition_after_reported_clause(text: str, conllu: str, content: str) -> None:
    """A condition the parse hung from the cue still belongs to the reported clause, unless the
    reporter's own clause (`, adding ...`) comes between."""
    _, cues = cues_of(conllu, text)
    said = next(c for c in cues if c.verb.text == "said")
    assert span_text(text, said.content) == content


VOW = "He vowed to impose a tax on imports."
VOW_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	vowed	vow	VERB	VBD	_	0	root	_	_
3	to	to	PART	TO	_	4	mark	_	_
4	impose	impose	VERB	VB	_	2	xcomp	_	_
5	a	a	DET	DT	_	6	det	_	_
6	tax	tax	NOUN	NN	_	4	obj	_	_
7	on	on	ADP	IN	_	8	case	_	_
8	imports	import	NOUN	NNS	_	4	obl	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
"""


@pytest.mark.parametrize("verb,lemma,contents", [
    ("vowed", "vow", ["to impose a tax on imports"]),
    ("tried", "try", []),      # not a cue at all
    ("told", "tell", [None]),  # a cue, but `told to` reports no commitment
], ids=["commitment", "no-cue", "not-commissive"])
def test_commitment_reported_as_infinitive(verb: str, lemma: str, contents: list[str | None]) -> None:
    """`vowed to impose a tax`: a promise, vow, pledge or threat reports its infinitive."""
    text = VOW.replace("vowed", verb)
    _, cues = cues_of(VOW_UD.replace("vowed\tvow", f"{verb}\t{lemma}"), text)
    assert [span_text(text, c.content) for c in cues] == contents


POINTING = "He said the campaign maligns him, pointing to his rating."
POINTING_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	campaign	campaign	NOUN	NN	_	5	nsubj	_	_
5	maligns	malign	VERB	VBZ	_	2	ccomp	_	_
6	him	he	PRON	PRP	_	5	obj	_	_
7	,	,	PUNCT	,	_	8	punct	_	_
8	pointing	point	VERB	VBG	_	5	advcl	_	_
9	to	to	ADP	IN	_	11	case	_	_
10	his	his	PRON	PRP$	_	11	nmod:poss	_	_
11	rating	rating	NOUN	NN	_	8	obl	_	_
12	.	.	PUNCT	.	_	2	punct	_	_
"""


def test_participle_after_reported_clause_is_the_speakers() -> None:
    """`said X, pointing to Y`: the participle is the speaker's doing, even hung inside the clause."""
    _, cues = cues_of(POINTING_UD, POINTING)
    (cue,) = [c for c in cues if c.verb.text == "said"]
    assert span_text(POINTING, cue.content) == "the campaign maligns him"


TIME_SUBJECT = "Feinstein last week said Clinton was wrong."
TIME_SUBJECT_UD = """
1	Feinstein	Feinstein	PROPN	NNP	_	4	nsubj	_	_
2	last	last	ADJ	JJ	_	3	amod	_	_
3	week	week	NOUN	NN	_	4	nsubj	_	_
4	said	say	VERB	VBD	_	0	root	_	_
5	Clinton	Clinton	PROPN	NNP	_	7	nsubj	_	_
6	was	be	AUX	VBD	_	7	cop	_	_
7	wrong	wrong	ADJ	JJ	_	4	ccomp	_	_
8	.	.	PUNCT	.	_	4	punct	_	_
"""


def test_time_taken_for_a_subject_is_no_speaker() -> None:
    """`Feinstein last week said`, with `week` parsed as a second subject: the name speaks."""
    _, cue = only_cue(TIME_SUBJECT_UD, TIME_SUBJECT)
    assert span_text(TIME_SUBJECT, cue.speaker) == "Feinstein"


MEMO_THAT = "The memo that said the bridge was unsafe went missing."
MEMO_THAT_UD = ud("The the DET DT 2 det", "memo memo NOUN NN 9 nsubj", "that that PRON WDT 4 nsubj",
                  "said say VERB VBD 2 acl:relcl", "the the DET DT 6 det", "bridge bridge NOUN NN 8 nsubj",
                  "was be AUX VBD 8 cop", "unsafe unsafe ADJ JJ 4 ccomp", "went go VERB VBD 0 root",
                  "missing missing ADJ JJ 9 xcomp", ". . PUNCT . 9 punct")


def test_relative_that_speaks_for_its_noun() -> None:
    """`The memo that said ...`: `that` is no speaker as written (not a time word either); the noun
    its clause hangs from is."""
    _, cue = only_cue(MEMO_THAT_UD, MEMO_THAT)
    assert (cue.speaker_rule, span_text(MEMO_THAT, cue.speaker)) == ("relative-head", "The memo")
    assert span_text(MEMO_THAT, cue.content) == "the bridge was unsafe"


AFTER_VOTE_AND = "The plant closed after the vote and said it would cut jobs."
AFTER_VOTE_AND_UD = ud("The the DET DT 2 det", "plant plant NOUN NN 3 nsubj", "closed close VERB VBD 0 root",
                       "after after ADP IN 6 case", "the the DET DT 6 det", "vote vote NOUN NN 3 obl",
                       "and and CCONJ CC 8 cc", "said say VERB VBD 3 conj", "it it PRON PRP 11 nsubj",
                       "would would AUX MD 11 aux", "cut cut VERB VB 8 ccomp", "jobs job NOUN NNS 11 obj",
                       ". . PUNCT . 3 punct")
IN_TOWN_SAID = "The plant closed in the town said it would cut jobs."
IN_TOWN_SAID_UD = ud("The the DET DT 2 det", "plant plant NOUN NN 3 nsubj", "closed close VERB VBD 0 root",
                     "in in ADP IN 6 case", "the the DET DT 6 det", "town town NOUN NN 3 obl",
                     "said say VERB VBD 3 conj", "it it PRON PRP 10 nsubj", "would would AUX MD 10 aux",
                     "cut cut VERB VB 7 ccomp", "jobs job NOUN NNS 10 obj", ". . PUNCT . 3 punct")


def test_clause_preposition_wants_the_cue_right_after_its_noun_phrase() -> None:
    """`after the vote and said`: a coordinated verb shares the clause's subject; `in the town said`:
    `in` opens no clause, so its noun is no subject (the clause's subject speaks, with the participle's
    phrase that restricts it, a regular past form being the participle: subject rule `participle-phrase`)."""
    _, cue = only_cue(AFTER_VOTE_AND_UD, AFTER_VOTE_AND)
    assert (cue.speaker_rule, span_text(AFTER_VOTE_AND, cue.speaker)) == ("controller-subject", "The plant")
    _, cue = only_cue(IN_TOWN_SAID_UD, IN_TOWN_SAID)
    assert (cue.speaker_rule, span_text(IN_TOWN_SAID, cue.speaker)) == ("participle-phrase",
                                                                         "The plant closed in the town")


MEET_FAMILY = 'Meet the family behind "the best bakery in the whole county."'
MEET_FAMILY_UD = ud("Meet meet VERB VB 0 root", "the the DET DT 3 det", "family family NOUN NN 1 obj",
                    "behind behind ADP IN 8 case", '" " PUNCT `` 8 punct', "the the DET DT 8 det",
                    "best good ADJ JJS 8 amod", "bakery bakery NOUN NN 3 nmod", "in in ADP IN 12 case",
                    "the the DET DT 12 det", "whole whole ADJ JJ 12 amod", "county county NOUN NN 8 nmod",
                    ". . PUNCT . 8 punct", '" " PUNCT \'\' 8 punct')


def test_an_opening_verb_names_no_speaker() -> None:
    """`Meet the family behind "..."`: with no cue and no subject, the capitalised word opening the
    sentence is a verb, no name: the quotation has no speaker (not `Meet`), and with no quote before it
    to float from, `unclaimed` drops it."""
    assert assembled(MEET_FAMILY, MEET_FAMILY_UD) == []


CLAIMING_MAN = "A man claiming loyalty to the group attacked the station."
CLAIMING_MAN_UD = ud("A a DET DT 2 det", "man man NOUN NN 8 nsubj", "claiming claim VERB VBG 2 acl",
                     "loyalty loyalty NOUN NN 3 obj", "to to ADP IN 7 case", "the the DET DT 7 det",
                     "group group NOUN NN 3 obl", "attacked attack VERB VBD 0 root", "the the DET DT 10 det",
                     "station station NOUN NN 8 obj", ". . PUNCT . 8 punct")


def test_a_participle_within_the_subject_reports_not_the_rest_of_its_clause() -> None:
    """`A man claiming loyalty to the group attacked ...`: the words after `claiming` run on into the
    clause that holds it (`attacked` governs `man`): they are not what was claimed."""
    _, cues = cues_of(CLAIMING_MAN_UD, CLAIMING_MAN)
    assert [span_text(CLAIMING_MAN, c.content) for c in cues if c.verb.text == "claiming"] in ([], [None])


WENT_ON = 'She went on: "It makes no sense."'
WENT_ON_UD = """
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	went	go	VERB	VBD	_	0	root	_	_
3	on	on	ADP	RP	_	2	compound:prt	_	_
4	:	:	PUNCT	:	_	8	punct	_	_
5	"	"	PUNCT	``	_	8	punct	_	_
6	It	it	PRON	PRP	_	7	nsubj	_	_
7	makes	make	VERB	VBZ	_	2	parataxis	_	_
8	no	no	DET	DT	_	9	det	_	_
9	sense	sense	NOUN	NN	_	7	obj	_	_
10	.	.	PUNCT	.	_	7	punct	_	_
11	"	"	PUNCT	''	_	7	punct	_	_
"""
THERE_WAS = 'There was one change: "It makes sense."'
THERE_WAS_UD = """
1	There	there	PRON	EX	_	2	expl	_	_
2	was	be	VERB	VBD	_	0	root	_	_
3	one	one	NUM	CD	_	4	nummod	_	_
4	change	change	NOUN	NN	_	2	nsubj	_	_
5	:	:	PUNCT	:	_	8	punct	_	_
6	"	"	PUNCT	``	_	8	punct	_	_
7	It	it	PRON	PRP	_	8	nsubj	_	_
8	makes	make	VERB	VBZ	_	2	parataxis	_	_
9	sense	sense	NOUN	NN	_	8	obj	_	_
10	.	.	PUNCT	.	_	8	punct	_	_
11	"	"	PUNCT	''	_	8	punct	_	_
"""
HER_MESSAGE = 'Her message was simple: "Vote."'
HER_MESSAGE_UD = """
1	Her	her	PRON	PRP$	_	2	nmod:poss	_	_
2	message	message	NOUN	NN	_	4	nsubj	_	_
3	was	be	AUX	VBD	_	4	cop	_	_
4	simple	simple	ADJ	JJ	_	0	root	_	_
5	:	:	PUNCT	:	_	7	punct	_	_
6	"	"	PUNCT	``	_	7	punct	_	_
7	Vote	vote	VERB	VB	_	4	parataxis	_	_
8	.	.	PUNCT	.	_	7	punct	_	_
9	"	"	PUNCT	''	_	7	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,speaker", [
    (WENT_ON, WENT_ON_UD, "She"),
    (THERE_WAS, THERE_WAS_UD, None),       # an expletive subject: no one speaks
    (HER_MESSAGE, HER_MESSAGE_UD, None),   # no verb introduces it
], ids=["went-on", "there-was", "copula"])
def test_subject_of_a_colon_introduction(text: str, conllu: str, speaker: str | None) -> None:
    """A quotation after `X <verb> ...:` with no cue verb: the introducing clause's subject."""
    words = conllu_words(conllu, text)
    assert span_text(text, clause_subject(words, text.index(":"))) == speaker
    if speaker is not None:  # the main verb must come before the colon
        assert clause_subject(words, text.index(speaker)) is None


PROMPTED = 'Mr. Trump was prompted to say that the debate had been civil.'
PROMPTED_UD = """
1	Mr.	Mr.	PROPN	NNP	_	2	flat	_	_
2	Trump	Trump	PROPN	NNP	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	prompted	prompt	VERB	VBN	_	0	root	_	_
5	to	to	PART	TO	_	6	mark	_	_
6	say	say	VERB	VB	_	4	xcomp	_	_
7	that	that	SCONJ	IN	_	11	mark	_	_
8	the	the	DET	DT	_	9	det	_	_
9	debate	debate	NOUN	NN	_	11	nsubj	_	_
10	had	have	AUX	VBD	_	11	aux	_	_
11	been	be	AUX	VBN	_	6	ccomp	_	_
12	civil	civil	ADJ	JJ	_	11	xcomp	_	_
13	.	.	PUNCT	.	_	4	punct	_	_
"""
TOLD_TO_SAY = 'Mr. Trump was told to say that the debate had been civil.'
FORCED_AND_SAID = 'Mr. Trump was forced and said that the debate had been civil.'


@pytest.mark.parametrize("text,conllu", [
    (PROMPTED, PROMPTED_UD),
    (TOLD_TO_SAY, PROMPTED_UD.replace("prompted\tprompt", "told\ttell")),
    (FORCED_AND_SAID, PROMPTED_UD.replace("prompted\tprompt", "forced\tforce").replace("to\tto\tPART\tTO\t_\t6\tmark",
                                                                                       "and\tand\tCCONJ\tCC\t_\t6\tcc")
     .replace("say\tsay\tVERB\tVB\t_\t4\txcomp", "said\tsay\tVERB\tVBD\t_\t4\tconj")),
], ids=["prompted-to-say", "told-to-say", "forced-and-said"])
def test_passive_subject_of_the_governing_verb_speaks(text: str, conllu: str) -> None:
    """`X was prompted to say`, `X was forced out and said`: the passive subject speaks."""
    _, cues = cues_of(conllu, text)
    assert [span_text(text, c.speaker) for c in cues if c.verb.lemma == "say"] == ["Mr. Trump"]


TITLED = 'The author of "Going Viral," said the nation had changed.'
TITLED_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	author	author	NOUN	NN	_	9	nsubj	_	_
3	of	of	ADP	IN	_	5	case	_	_
4	"	"	PUNCT	``	_	5	punct	_	_
5	Going	go	VERB	VBG	_	2	acl	_	_
6	Viral	viral	PROPN	NNP	_	5	obj	_	_
7	,	,	PUNCT	,	_	5	punct	_	_
8	"	"	PUNCT	''	_	5	punct	_	_
9	said	say	VERB	VBD	_	0	root	_	_
10	the	the	DET	DT	_	11	det	_	_
11	nation	nation	NOUN	NN	_	13	nsubj	_	_
12	had	have	AUX	VBD	_	13	aux	_	_
13	changed	change	VERB	VBN	_	9	ccomp	_	_
14	.	.	PUNCT	.	_	9	punct	_	_
"""


def test_speaker_keeps_the_closing_mark_of_a_title() -> None:
    """A title inside the speaker's noun phrase keeps both its marks."""
    _, cue = only_cue(TITLED_UD, TITLED)
    assert span_text(TITLED, cue.speaker) == 'The author of "Going Viral,"'


THANKED = 'Varnell thanked its volunteers "for their patience in my absence."'
THANKED_UD = """
1	Varnell	Varnell	PROPN	NNP	_	2	nsubj	_	_
2	thanked	thank	VERB	VBD	_	0	root	_	_
3	its	its	PRON	PRP$	_	4	nmod:poss	_	_
4	volunteers	volunteer	NOUN	NNS	_	2	obj	_	_
5	"	"	PUNCT	``	_	8	punct	_	_
6	for	for	ADP	IN	_	8	case	_	_
7	their	their	PRON	PRP$	_	8	nmod:poss	_	_
8	patience	patience	NOUN	NN	_	2	obl	_	_
9	in	in	ADP	IN	_	11	case	_	_
10	my	my	PRON	PRP$	_	11	nmod:poss	_	_
11	absence	absence	NOUN	NN	_	8	nmod	_	_
12	.	.	PUNCT	.	_	2	punct	_	_
13	"	"	PUNCT	''	_	2	punct	_	_
"""
PLAN_FAILED = 'The "peace plan" failed.'
PLAN_FAILED_UD = """
1	The	the	DET	DT	_	4	det	_	_
2	"	"	PUNCT	``	_	4	punct	_	_
3	peace	peace	NOUN	NN	_	4	compound	_	_
4	plan	plan	NOUN	NN	_	6	nsubj	_	_
5	"	"	PUNCT	''	_	4	punct	_	_
6	failed	fail	VERB	VBD	_	0	root	_	_
7	.	.	PUNCT	.	_	6	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,quoted,speaker", [
    (THANKED, THANKED_UD, "for their patience in my absence.", "Varnell"),
    (PLAN_FAILED, PLAN_FAILED_UD, "peace plan", None),   # the subject is the quotation itself
], ids=["object-of-verb", "quotation-is-subject"])
def test_subject_of_the_verb_governing_a_quotation(text: str, conllu: str, quoted: str, speaker: str | None) -> None:
    words = conllu_words(conllu, text)
    start = text.index(quoted)
    assert span_text(text, governing_subject(words, start, start + len(quoted))) == speaker


AS_PUT_IT = 'As The Courier put it, Halvorsen is trying to make Whigs "an offer."'
AS_PUT_IT_UD = """
1	As	as	SCONJ	IN	_	4	mark	_	_
2	The	the	DET	DT	_	3	det	_	_
3	Courier	Courier	PROPN	NNP	_	4	nsubj	_	_
4	put	put	VERB	VBD	_	9	advcl	_	_
5	it	it	PRON	PRP	_	4	obj	_	_
6	,	,	PUNCT	,	_	4	punct	_	_
7	Halvorsen	Halvorsen	PROPN	NNP	_	9	nsubj	_	_
8	is	be	AUX	VBZ	_	9	aux	_	_
9	trying	try	VERB	VBG	_	0	root	_	_
10	to	to	PART	TO	_	11	mark	_	_
11	make	make	VERB	VB	_	9	xcomp	_	_
12	Whigs	Whigs	PROPN	NNPS	_	11	obj	_	_
13	"	"	PUNCT	``	_	15	punct	_	_
14	an	a	DET	DT	_	15	det	_	_
15	offer	offer	NOUN	NN	_	11	obj	_	_
16	.	.	PUNCT	.	_	9	punct	_	_
17	"	"	PUNCT	''	_	9	punct	_	_
"""
PUT_DOWN = 'The Courier put the phone down.'
PUT_DOWN_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	Courier	Courier	PROPN	NNP	_	3	nsubj	_	_
3	put	put	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	phone	phone	NOUN	NN	_	3	obj	_	_
6	down	down	ADP	RP	_	3	compound:prt	_	_
7	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_phrasal_cue_spans_both_words() -> None:
    """`as X put it` reports speech, its cue is both words; `put the phone down` is no cue."""
    _, cue = only_cue(AS_PUT_IT_UD, AS_PUT_IT)
    assert span_text(AS_PUT_IT, cue.span) == "put it"
    assert span_text(AS_PUT_IT, cue.speaker) == "The Courier"
    assert cues_of(PUT_DOWN_UD, PUT_DOWN)[1] == []


CLOSING = "The program will be expanded, officials said on Friday."
CLOSING_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	program	program	NOUN	NN	_	5	nsubj:pass	_	_
3	will	will	AUX	MD	_	5	aux	_	_
4	be	be	AUX	VB	_	5	aux:pass	_	_
5	expanded	expand	VERB	VBN	_	0	root	_	_
6	,	,	PUNCT	,	_	8	punct	_	_
7	officials	official	NOUN	NNS	_	8	nsubj	_	_
8	said	say	VERB	VBD	_	5	conj	_	_
9	on	on	ADP	IN	_	10	case	_	_
10	Friday	Friday	PROPN	NNP	_	8	obl	_	_
11	.	.	PUNCT	.	_	5	punct	_	_
"""
CLOSING_OBJECT = "The program will be expanded, officials announced a plan."
CLOSING_OBJECT_UD = CLOSING_UD.replace("said\tsay", "announced\tannounce").replace(
    "9\ton\ton\tADP\tIN\t_\t10\tcase\t_\t_\n10\tFriday\tFriday\tPROPN\tNNP\t_\t8\tobl",
    "9\ta\ta\tDET\tDT\t_\t10\tdet\t_\t_\n10\tplan\tplan\tNOUN\tNN\t_\t8\tobj")
CLOSING_AND = "The program will be expanded and officials said so."
CLOSING_AND_UD = CLOSING_UD.replace("6\t,\t,\tPUNCT\t,\t_\t8\tpunct", "6\tand\tand\tCCONJ\tCC\t_\t8\tcc").replace(
    "9\ton\ton\tADP\tIN\t_\t10\tcase\t_\t_\n10\tFriday\tFriday\tPROPN\tNNP\t_\t8\tobl",
    "9\tso\tso\tADV\tRB\t_\t8\tadvmod\t_\t_\n10\t.\t.\tPUNCT\t.\t_\t5\tpunct").replace("11\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n", "")
CLOSING_RELATIVE = "The program was run by officials, who said on Friday."
CLOSING_RELATIVE_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	program	program	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	run	run	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	6	case	_	_
6	officials	official	NOUN	NNS	_	4	obl	_	_
7	,	,	PUNCT	,	_	9	punct	_	_
8	who	who	PRON	WP	_	9	nsubj	_	_
9	said	say	VERB	VBD	_	6	acl:relcl	_	_
10	on	on	ADP	IN	_	11	case	_	_
11	Friday	Friday	PROPN	NNP	_	9	obl	_	_
12	.	.	PUNCT	.	_	4	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,content", [
    (CLOSING, CLOSING_UD, "The program will be expanded"),
    (CLOSING, CLOSING_UD.replace("5\tconj", "5\tadvcl"), "The program will be expanded"),
    (CLOSING_OBJECT, CLOSING_OBJECT_UD, "a plan"),  # its own object is what it reports (`reported-object`)
    (CLOSING_AND, CLOSING_AND_UD, "so"),  # `said so`: its own answer (`answer-words`), not the clause before
    (CLOSING_RELATIVE, CLOSING_RELATIVE_UD, None),
], ids=["conj", "advcl", "object-follows", "and-said", "relative-clause"])
def test_closing_reporting_clause(text: str, conllu: str, content: str | None) -> None:
    """`Content, officials said on Friday.`: whatever relation the parse gave the reporting clause,
    the words before its comma are the content; not when the verb has an object of its own (that is
    the content then), is coordinated with `and`, or heads a relative clause."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.content) == content


MISTAGGED = "His spokesman said the minister stood by his comments."
MISTAGGED_UD = """
1	His	his	PRON	PRP$	_	2	nmod:poss	_	_
2	spokesman	spokesman	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	minister	minister	NOUN	NN	_	3	obj	_	_
6	stood	stand	VERB	VBN	_	5	acl	_	_
7	by	by	ADP	IN	_	9	case	_	_
8	his	his	PRON	PRP$	_	9	nmod:poss	_	_
9	comments	comment	NOUN	NNS	_	6	obl	_	_
10	.	.	PUNCT	.	_	3	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,content", [
    (MISTAGGED, MISTAGGED_UD, "the minister stood by his comments"),
    (MISTAGGED.replace("said", "announced"), MISTAGGED_UD.replace("said\tsay", "announced\tannounce"),
     "the minister stood by his comments"),
    (MISTAGGED.replace("the minister stood", "the minister and stood"),
     MISTAGGED_UD.replace("6\tstood", "6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n7\tstood").replace(
         "7\tby\tby\tADP\tIN\t_\t9", "8\tby\tby\tADP\tIN\t_\t10").replace(
         "8\this\this\tPRON\tPRP$\t_\t9", "9\this\this\tPRON\tPRP$\t_\t10").replace(
         "9\tcomments\tcomment\tNOUN\tNNS\t_\t6", "10\tcomments\tcomment\tNOUN\tNNS\t_\t7").replace(
         "10\t.\t.", "11\t.\t.").replace("stood\tstand\tVERB\tVBN\t_\t5\tacl", "stood\tstand\tVERB\tVBN\t_\t3\tconj"),
     None),
], ids=["participle-tag", "report-verb", "coordinated-verb"])
def test_reported_clause_despite_tags(text: str, conllu: str, content: str | None) -> None:
    """`said the minister stood by ...` parsed as an object with a participle: a noun phrase then
    its verb after a verb of saying is a reported clause whatever the tags; not `... and stood`."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.content) == content


CANDIDACY = "He announced his candidacy, which was no surprise."
CANDIDACY_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	announced	announce	VERB	VBD	_	0	root	_	_
3	his	his	PRON	PRP$	_	4	nmod:poss	_	_
4	candidacy	candidacy	NOUN	NN	_	2	obj	_	_
5	,	,	PUNCT	,	_	8	punct	_	_
6	which	which	PRON	WDT	_	8	nsubj	_	_
7	was	be	AUX	VBD	_	8	cop	_	_
8	no	no	DET	DT	_	9	det	_	_
9	surprise	surprise	NOUN	NN	_	4	acl:relcl	_	_
10	.	.	PUNCT	.	_	2	punct	_	_
"""


@pytest.mark.parametrize("verb,lemma,content", [
    ("announced", "announce", "his candidacy"),
    ("said", "say", "his candidacy, which was no surprise"),
], ids=["object-cue", "say-verb"])
def test_object_cue_needs_opening_clause(verb: str, lemma: str, content: str | None) -> None:
    """`announced his candidacy, which ...` reports no clause: a verb as often followed by a noun
    object needs its words to open with a clause (here it reports its object, less the writer's
    relative clause set off by a comma); a verb of saying only needs a finite verb in them."""
    text = CANDIDACY.replace("announced", verb)
    _, cue = only_cue(CANDIDACY_UD.replace("announced\tannounce", f"{verb}\t{lemma}"), text)
    assert span_text(text, cue.content) == content


CONJUNCT = "He argued that the measure could cost millions and would undermine morale."
CONJUNCT_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	argued	argue	VERB	VBD	_	0	root	_	_
3	that	that	SCONJ	IN	_	7	mark	_	_
4	the	the	DET	DT	_	5	det	_	_
5	measure	measure	NOUN	NN	_	7	nsubj	_	_
6	could	could	AUX	MD	_	7	aux	_	_
7	cost	cost	VERB	VB	_	2	ccomp	_	_
8	millions	million	NOUN	NNS	_	7	obj	_	_
9	and	and	CCONJ	CC	_	11	cc	_	_
10	would	would	AUX	MD	_	11	aux	_	_
11	undermine	undermine	VERB	VB	_	2	conj	_	_
12	morale	morale	NOUN	NN	_	11	obj	_	_
13	.	.	PUNCT	.	_	2	punct	_	_
"""
LEFT = "He argued that the measure could cost millions and left the room."
LEFT_UD = CONJUNCT_UD.replace("10\twould\twould\tAUX\tMD\t_\t11\taux\t_\t_\n", "").replace(
    "11\tundermine\tundermine\tVERB\tVB\t_\t2\tconj", "10\tleft\tleave\tVERB\tVBD\t_\t2\tconj").replace(
    "12\tmorale\tmorale\tNOUN\tNN\t_\t11\tobj", "11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\t_\n12\troom\troom\tNOUN\tNN\t_\t10\tobj")


@pytest.mark.parametrize("text,conllu,content", [
    (CONJUNCT, CONJUNCT_UD, "that the measure could cost millions and would undermine morale"),
    (LEFT, LEFT_UD, "that the measure could cost millions"),
], ids=["tensed-conjunct", "speaker-action"])
def test_conjunct_hung_from_cue(text: str, conllu: str, content: str) -> None:
    """A conjunct the parse hung from the cue continues the reported clause when it carries a tensed
    auxiliary and no subject (`and would undermine`); a plain verb (`and left`) is the speaker's."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.content) == content


ASKED = "Asked whether the talks would resume, Dean said no."
ASKED_UD = """
1	Asked	ask	VERB	VBN	_	0	root	_	_
2	whether	whether	SCONJ	IN	_	6	mark	_	_
3	the	the	DET	DT	_	4	det	_	_
4	talks	talk	NOUN	NNS	_	6	nsubj	_	_
5	would	would	AUX	MD	_	6	aux	_	_
6	resume	resume	VERB	VB	_	1	ccomp	_	_
7	,	,	PUNCT	,	_	9	punct	_	_
8	Dean	Dean	PROPN	NNP	_	9	nsubj	_	_
9	said	say	VERB	VBD	_	1	parataxis	_	_
10	no	no	INTJ	UH	_	9	discourse	_	_
11	.	.	PUNCT	.	_	1	punct	_	_
"""


def test_question_put_is_not_the_answer() -> None:
    """`Asked whether ..., Dean said no.`: the question hanging above the cue is not Dean's words; his
    answer is (`answer-words` comes before `question-put`)."""
    _, cues = cues_of(ASKED_UD, ASKED)
    said = next(c for c in cues if c.verb.text == "said")
    assert span_text(ASKED, said.speaker) == "Dean"
    assert span_text(ASKED, said.content) == "no"
    assert said.content_rule == "answer-words"


INTERVIEW = "She said in an interview last week that she was not worried."
INTERVIEW_UD = """
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	in	in	ADP	IN	_	5	case	_	_
4	an	a	DET	DT	_	5	det	_	_
5	interview	interview	NOUN	NN	_	2	obl	_	_
6	last	last	ADJ	JJ	_	7	amod	_	_
7	week	week	NOUN	NN	_	5	nmod	_	_
8	that	that	PRON	WDT	_	12	obj	_	_
9	she	she	PRON	PRP	_	12	nsubj	_	_
10	was	be	AUX	VBD	_	12	cop	_	_
11	not	not	PART	RB	_	12	advmod	_	_
12	worried	worried	ADJ	JJ	_	7	acl:relcl	_	_
13	.	.	PUNCT	.	_	2	punct	_	_
"""
SPEECH = "She said in a speech that lasted an hour nothing new."
SPEECH_UD = """
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	in	in	ADP	IN	_	5	case	_	_
4	a	a	DET	DT	_	5	det	_	_
5	speech	speech	NOUN	NN	_	2	obl	_	_
6	that	that	PRON	WDT	_	7	nsubj	_	_
7	lasted	last	VERB	VBD	_	5	acl:relcl	_	_
8	an	a	DET	DT	_	9	det	_	_
9	hour	hour	NOUN	NN	_	7	obj	_	_
10	nothing	nothing	PRON	NN	_	7	obj	_	_
11	new	new	ADJ	JJ	_	10	amod	_	_
12	.	.	PUNCT	.	_	2	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,content", [
    (INTERVIEW, INTERVIEW_UD, "that she was not worried"),
    (SPEECH, SPEECH_UD, None),
], ids=["clause-in-adjunct", "relative-clause-of-adjunct"])
def test_clause_hung_inside_adjunct(text: str, conllu: str, content: str | None) -> None:
    """`said in an interview last week that she ...` with the clause hung inside the time-and-place
    phrase: the reported words start at its `that`; `in a speech that lasted` is that phrase's own."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.content) == content


PARTITIVE = "About half of the voters said they were worried."
PARTITIVE_UD = """
1	About	about	ADP	IN	_	2	case	_	_
2	half	half	NUM	CD	_	5	obl	_	_
3	of	of	ADP	IN	_	4	case	_	_
4	voters	voter	NOUN	NNS	_	2	nmod	_	_
5	said	say	VERB	VBD	_	0	root	_	_
6	they	they	PRON	PRP	_	8	nsubj	_	_
7	were	be	AUX	VBD	_	8	cop	_	_
8	worried	worried	ADJ	JJ	_	5	ccomp	_	_
9	.	.	PUNCT	.	_	5	punct	_	_
"""


def test_partitive_speaker_the_parse_left_unattached() -> None:
    """`About half of the voters said ...` with `half` parsed as an oblique: the part, with its
    whole, is the speaker (a nearby approximator like `about` is no place or time)."""
    _, cue = only_cue(PARTITIVE_UD, PARTITIVE)
    assert span_text(PARTITIVE, cue.speaker) == "half of the voters"
    assert span_text(PARTITIVE, cue.content) == "they were worried"


PARENTHETICAL = "The effects are hard to predict, economists say, because wages rose."
PARENTHETICAL_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	effects	effect	NOUN	NNS	_	5	nsubj	_	_
3	are	be	AUX	VBP	_	5	cop	_	_
4	hard	hard	ADJ	JJ	_	5	advmod	_	_
5	predict	predict	VERB	VB	_	0	root	_	_
6	,	,	PUNCT	,	_	8	punct	_	_
7	economists	economist	NOUN	NNS	_	8	nsubj	_	_
8	say	say	VERB	VBP	_	5	parataxis	_	_
9	,	,	PUNCT	,	_	12	punct	_	_
10	because	because	SCONJ	IN	_	12	mark	_	_
11	wages	wage	NOUN	NNS	_	12	nsubj	_	_
12	rose	rise	VERB	VBD	_	5	advcl	_	_
13	.	.	PUNCT	.	_	5	punct	_	_
"""
PARENTHETICAL_ADDING = PARENTHETICAL.replace("because wages rose", "adding nothing")
PARENTHETICAL_ADDING_UD = PARENTHETICAL_UD.replace(
    "10\tbecause\tbecause\tSCONJ\tIN\t_\t12\tmark\t_\t_\n11\twages\twage\tNOUN\tNNS\t_\t12\tnsubj\t_\t_\n"
    "12\trose\trise\tVERB\tVBD\t_\t5\tadvcl", "10\tadding\tadd\tVERB\tVBG\t_\t8\tadvcl\t_\t_\n"
    "11\tnothing\tnothing\tPRON\tNN\t_\t10\tobj").replace("9\t,\t,\tPUNCT\t,\t_\t12", "9\t,\t,\tPUNCT\t,\t_\t10").replace(
    "13\t.\t.", "12\t.\t.")


# the parse made the cue the root, the clauses on both sides its dependents
ROOT_MEDIAL = "Prices rose, he said, because demand grew."
ROOT_MEDIAL_UD = ud("Prices price NOUN NNS 2 nsubj", "rose rise VERB VBD 5 ccomp", ", , PUNCT , 5 punct",
                    "he he PRON PRP 5 nsubj", "said say VERB VBD 0 root", ", , PUNCT , 9 punct",
                    "because because SCONJ IN 9 mark", "demand demand NOUN NN 9 nsubj", "grew grow VERB VBD 5 advcl",
                    ". . PUNCT . 5 punct")
ROOT_MEDIAL_ADVERB = "Now, she said, the talks failed."
ROOT_MEDIAL_ADVERB_UD = ud("Now now ADV RB 4 advmod", ", , PUNCT , 4 punct", "she she PRON PRP 4 nsubj",
                           "said say VERB VBD 0 root", ", , PUNCT , 8 punct", "the the DET DT 7 det",
                           "talks talk NOUN NNS 8 nsubj", "failed fail VERB VBD 4 parataxis", ". . PUNCT . 4 punct")


@pytest.mark.parametrize("text,conllu,content,more", [
    (PARENTHETICAL, PARENTHETICAL_UD, "The effects are hard to predict", "because wages rose"),
    (PARENTHETICAL_ADDING, PARENTHETICAL_ADDING_UD, "The effects are hard to predict", None),
    (ROOT_MEDIAL, ROOT_MEDIAL_UD, "Prices rose", "because demand grew"),
    (ROOT_MEDIAL_ADVERB, ROOT_MEDIAL_ADVERB_UD, "the talks failed", None),
], ids=["both-sides", "own-participle-after", "cue-as-root", "cue-as-root-after-an-adverb"])
def test_reporting_clause_within_report(text: str, conllu: str, content: str, more: str | None) -> None:
    """`A, economists say, because B.`: a reporting clause set between commas within what it
    reports gives the words on both sides; a participle of the reporter's own after it does not."""
    _, cues = cues_of(conllu, text)
    say = next(c for c in cues if c.verb.lemma == "say")
    assert span_text(text, say.content) == content
    assert span_text(text, say.more) == more



# `Mrs.` parsed as a second subject after the verb: the one before it speaks (the name, not its apposition).
BEFORE_AFTER = "Matt Bennett, a founder, said Mrs. Clinton had won."
BEFORE_AFTER_UD = ud("Matt matt PROPN NNP 7 nsubj", "Bennett bennett PROPN NNP 1 flat", ", , PUNCT , 5 punct",
                     "a a DET DT 5 det", "founder founder NOUN NN 7 nsubj", ", , PUNCT , 5 punct",
                     "said say VERB VBD 0 root", "Mrs. Mrs. PROPN NNP 7 nsubj", "Clinton Clinton PROPN NNP 11 nsubj",
                     "had have AUX VBD 11 aux", "won win VERB VBN 7 ccomp", ". . PUNCT . 7 punct")
OBJECT_SPEAKS = "The timing led Republicans to say that she hid."
OBJECT_SPEAKS_UD = ud("The the DET DT 2 det", "timing timing NOUN NN 3 nsubj", "led lead VERB VBD 0 root",
                      "Republicans Republican PROPN NNPS 3 obj", "to to PART TO 6 mark", "say say VERB VB 3 xcomp",
                      "that that SCONJ IN 9 mark", "she she PRON PRP 9 nsubj", "hid hide VERB VBD 6 ccomp",
                      ". . PUNCT . 3 punct")
SUBJECT_SPEAKS = OBJECT_SPEAKS.replace("The timing led Republicans", "The firms took pains")
SUBJECT_SPEAKS_UD = OBJECT_SPEAKS_UD.replace("timing\ttiming\tNOUN\tNN", "firms\tfirm\tNOUN\tNNS").replace(
    "led\tlead", "took\ttake").replace("Republicans\tRepublican\tPROPN\tNNPS", "pains\tpain\tNOUN\tNNS")
# a poll's share parsed as two phrases of place: no subject at all
POLL_SHARE = "About four in 10 said they trust him."
POLL_SHARE_UD = ud("About about ADP IN 2 case", "four four NUM CD 5 obl", "in in ADP IN 4 case",
                   "10 10 NUM CD 5 obl", "said say VERB VBD 0 root", "they they PRON PRP 7 nsubj",
                   "trust trust VERB VBP 5 ccomp", "him he PRON PRP 7 obj", ". . PUNCT . 5 punct")
AS_NOTED = "As the paper noted, it was a surprise."
AS_NOTED_UD = ud("As as SCONJ IN 4 mark", "the the DET DT 3 det", "paper paper NOUN NN 4 nsubj",
                 "noted note VERB VBD 9 advcl", ", , PUNCT , 4 punct", "it it PRON PRP 9 nsubj",
                 "was be AUX VBD 9 cop", "a a DET DT 9 det", "surprise surprise NOUN NN 0 root", ". . PUNCT . 9 punct")
# `as` taken for a preposition and the cue for a conjunct
AS_NOTED_AFTER = "It is a tactic, as David Dayen noted."
AS_NOTED_AFTER_UD = ud("It it PRON PRP 4 nsubj", "is be AUX VBZ 4 cop", "a a DET DT 4 det",
                       "tactic tactic NOUN NN 0 root", ", , PUNCT , 9 punct", "as as ADP IN 7 case",
                       "David David PROPN NNP 9 obl", "Dayen Dayen PROPN NNP 7 flat", "noted note VERB VBD 4 conj",
                       ". . PUNCT . 4 punct")
AS_TIME = "He left as she explained her plan."
AS_TIME_UD = ud("He he PRON PRP 2 nsubj", "left leave VERB VBD 0 root", "as as SCONJ IN 5 mark",
                "she she PRON PRP 5 nsubj", "explained explain VERB VBD 2 advcl", "her she PRON PRP$ 7 nmod:poss",
                "plan plan NOUN NN 5 obj", ". . PUNCT . 2 punct")
# `and` of the reported words hung from the cue
CLOSING_AND = "He works in Florida and travels abroad, friends said."
CLOSING_AND_UD = ud("He he PRON PRP 2 nsubj", "works work VERB VBZ 0 root", "in in ADP IN 4 case",
                    "Florida Florida PROPN NNP 2 obl", "and and CCONJ CC 10 cc", "travels travel VERB VBZ 2 conj",
                    "abroad abroad ADV RB 6 advmod", ", , PUNCT , 10 punct", "friends friend NOUN NNS 10 nsubj",
                    "said say VERB VBD 2 conj", ". . PUNCT . 2 punct")
CLOSING_PURPOSE = "It has shifted to Cruz, Wilkin said during his speech to be a delegate."
CLOSING_PURPOSE_UD = ud("It it PRON PRP 3 nsubj", "has have AUX VBZ 3 aux", "shifted shift VERB VBN 0 root",
                        "to to ADP IN 5 case", "Cruz Cruz PROPN NNP 3 obl", ", , PUNCT , 8 punct",
                        "Wilkin Wilkin PROPN NNP 8 nsubj", "said say VERB VBD 3 conj", "during during ADP IN 11 case",
                        "his he PRON PRP$ 11 nmod:poss", "speech speech NOUN NN 8 obl", "to to PART TO 15 mark",
                        "be be AUX VB 15 cop", "a a DET DT 15 det", "delegate delegate NOUN NN 8 advcl",
                        ". . PUNCT . 3 punct")
# the name hung as a conjunct of the phrase before it: `said` has no subject
CHAIN = "Of Carson, Levine, who donated, said it was over."
CHAIN_UD = ud("Of of ADP IN 2 case", "Carson Carson PROPN NNP 9 obl", ", , PUNCT , 4 punct",
              "Levine Levine PROPN NNP 2 conj", ", , PUNCT , 7 punct", "who who PRON WP 7 nsubj",
              "donated donate VERB VBD 4 acl:relcl", ", , PUNCT , 2 punct", "said say VERB VBD 0 root",
              "it it PRON PRP 12 nsubj", "was be AUX VBD 12 cop", "over over ADV RB 9 ccomp", ". . PUNCT . 9 punct")
# a subject past the quotation mark after the cue lies in the words it reports: the conjunct's shared subject speaks
SUBJECT_IN_QUOTE = 'He backed Obama and said, "Clinton did nothing."'
SUBJECT_IN_QUOTE_UD = ud("He he PRON PRP 2 nsubj", "backed back VERB VBD 0 root", "Obama Obama PROPN NNP 2 obj",
                         "and and CCONJ CC 5 cc", "said say VERB VBD 2 conj", ", , PUNCT , 9 punct",
                         '" " PUNCT `` 9 punct', "Clinton Clinton PROPN NNP 5 nsubj", "did do VERB VBD 5 ccomp",
                         "nothing nothing PRON NN 9 obj", ". . PUNCT . 2 punct", '" " PUNCT \'\' 2 punct')
# the name before a bracketed party and state, the bracket kept: the parse hung the name from the phrase before
BRACKETED = "In a speech, Sen. Jo Reed (D-Vt.) said it was over."
BRACKETED_UD = ud("In in ADP IN 3 case", "a a DET DT 3 det", "speech speech NOUN NN 13 obl", ", , PUNCT , 5 punct",
                  "Sen. Sen. PROPN NNP 3 appos", "Jo Jo PROPN NNP 5 flat", "Reed Reed PROPN NNP 5 flat",
                  "( ( PUNCT -LRB- 9 punct", "D-Vt D-Vt PROPN NNP 5 flat", ". . PUNCT . 9 punct",
                  ") ) PUNCT -RRB- 9 punct", "said say VERB VBD 0 root", "it it PRON PRP 15 nsubj",
                  "was be AUX VBD 15 cop", "over over ADV RB 12 ccomp", ". . PUNCT . 12 punct")
# `A, said X` with X taken for an object or a complement: after the clause it reports and a comma, X speaks
CLOSING_INVERTED = "The plan failed, said the official."
CLOSING_INVERTED_UD = ud("The the DET DT 2 det", "plan plan NOUN NN 3 nsubj", "failed fail VERB VBD 5 ccomp",
                         ", , PUNCT , 3 punct", "said say VERB VBD 0 root", "the the DET DT 7 det",
                         "official official NOUN NN 5 xcomp", ". . PUNCT . 5 punct")
# ... but not a verb that merely follows a comma, with no reported clause before it
PAUSED = "He paused, said nothing and left."
PAUSED_UD = ud("He he PRON PRP 2 nsubj", "paused pause VERB VBD 0 root", ", , PUNCT , 4 punct",
               "said say VERB VBD 2 conj", "nothing nothing PRON NN 4 obj", "and and CCONJ CC 7 cc",
               "left leave VERB VBD 2 conj", ". . PUNCT . 2 punct")
# the listener hung inside the reported clause: the clause opens at its `that`
LISTENER_INSIDE = "He told ABC News that he agrees."
LISTENER_INSIDE_UD = ud("He he PRON PRP 2 nsubj", "told tell VERB VBD 0 root", "ABC ABC PROPN NNP 4 compound",
                        "News News PROPN NNP 7 nsubj", "that that SCONJ IN 7 mark", "he he PRON PRP 7 nsubj",
                        "agrees agree VERB VBZ 2 ccomp", ". . PUNCT . 2 punct")
# a request: the listener and what they are asked to do
REQUEST = "The board asked Ms. Lee to resign at once."
REQUEST_UD = ud("The the DET DT 2 det", "board board NOUN NN 3 nsubj", "asked ask VERB VBD 0 root",
                "Ms. Ms. PROPN NNP 3 obj", "Lee Lee PROPN NNP 4 flat", "to to PART TO 7 mark",
                "resign resign VERB VB 3 xcomp", "at at ADP IN 9 case", "once once ADV RB 7 obl", ". . PUNCT . 3 punct")
# the closing cue hung as a conjunct of what it reports, its speaker taken for an object
CLOSING_CONJUNCT = "The vote will be close, said Tom Hale."
CLOSING_CONJUNCT_UD = ud("The the DET DT 2 det", "vote vote NOUN NN 5 nsubj", "will will AUX MD 5 aux",
                         "be be AUX VB 5 cop", "close close ADJ JJ 0 root", ", , PUNCT , 7 punct",
                         "said say VERB VBD 5 conj", "Tom Tom PROPN NNP 7 obj", "Hale Hale PROPN NNP 8 flat",
                         ". . PUNCT . 5 punct")
# the speaker's apposition taken for the cue's complement
APPOSITION_COMPLEMENT = "The talks will resume, said Mark Toner, a spokesman."
APPOSITION_COMPLEMENT_UD = ud("The the DET DT 2 det", "talks talk NOUN NNS 4 nsubj", "will will AUX MD 4 aux",
                              "resume resume VERB VB 0 root", ", , PUNCT , 6 punct", "said say VERB VBD 4 conj",
                              "Mark Mark PROPN NNP 6 nsubj", "Toner Toner PROPN NNP 7 flat", ", , PUNCT , 11 punct",
                              "a a DET DT 11 det", "spokesman spokesman NOUN NN 6 ccomp", ". . PUNCT . 4 punct")
# `against` is no passive agent's `by`, whatever the relation
AGAINST = "Merkel warned against the forces."
AGAINST_UD = ud("Merkel Merkel PROPN NNP 2 nsubj", "warned warn VERB VBD 0 root", "against against ADP IN 5 case",
                "the the DET DT 5 det", "forces force NOUN NNS 2 obl:agent", ". . PUNCT . 2 punct")


@pytest.mark.parametrize("text,conllu,verb,speaker,content", [
    (BEFORE_AFTER, BEFORE_AFTER_UD, "said", "Matt Bennett", "Mrs. Clinton had won"),
    (OBJECT_SPEAKS, OBJECT_SPEAKS_UD, "say", "Republicans", "that she hid"),
    (SUBJECT_SPEAKS, SUBJECT_SPEAKS_UD, "say", "The firms", "that she hid"),
    (POLL_SHARE, POLL_SHARE_UD, "said", "About four in 10", "they trust him"),
    (AS_NOTED, AS_NOTED_UD, "noted", "the paper", "it was a surprise"),
    (AS_NOTED_AFTER, AS_NOTED_AFTER_UD, "noted", "David Dayen", "It is a tactic"),
    (AS_TIME, AS_TIME_UD, "explained", "she", "her plan"),  # not the clause `as` hangs from: its object
    (CLOSING_AND, CLOSING_AND_UD, "said", "friends", "He works in Florida and travels abroad"),
    (CLOSING_PURPOSE, CLOSING_PURPOSE_UD, "said", "Wilkin", "It has shifted to Cruz"),
    (AGAINST, AGAINST_UD, "warned", "Merkel", "the forces"),  # what she warned against
    (CHAIN, CHAIN_UD, "said", "Levine", "it was over"),
    (SUBJECT_IN_QUOTE, SUBJECT_IN_QUOTE_UD, "said", "He", "Clinton did nothing"),
    (BRACKETED, BRACKETED_UD, "said", "Sen. Jo Reed", "it was over"),
    (CLOSING_INVERTED, CLOSING_INVERTED_UD, "said", "the official", "The plan failed"),
    (LISTENER_INSIDE, LISTENER_INSIDE_UD, "told", "He", "that he agrees"),
    (REQUEST, REQUEST_UD, "asked", "The board", "Ms. Lee to resign at once"),
    (CLOSING_CONJUNCT, CLOSING_CONJUNCT_UD, "said", "Tom Hale", "The vote will be close"),
    (APPOSITION_COMPLEMENT, APPOSITION_COMPLEMENT_UD, "said", "Mark Toner", "The talks will resume"),
], ids=["subject-before-over-after", "object-of-led-speaks", "subject-of-took-pains-speaks", "poll-share-unparsed",
        "as-noted-before", "as-noted-after", "as-of-time-no-report", "and-of-the-report-hung-from-cue",
        "reporters-own-infinitive-after", "against-is-no-agent",
        "name-and-relative-set-off-before-comma", "subject-within-the-quotation-after",
        "name-before-bracketed-party", "closing-clause-then-inverted-speaker",
        "clause-opens-at-its-that", "request-listener-and-infinitive", "closing-conjunct-inverted-speaker",
        "apposition-is-no-complement"])
def test_speaker_and_content_beyond_the_parse(text: str, conllu: str, verb: str, speaker: str,
                                              content: str | None) -> None:
    """Speakers the parse leaves ambiguous or unattached (a second subject after the verb, the
    object of `led X to say`, a poll's share hung as phrases of place, `as X noted`, a `by`-less
    agent, a name and its relative clause set off before the cue's comma) and content around a closing or `as` reporting clause."""
    _, cues = cues_of(conllu, text)
    cue = next(c for c in cues if c.verb.text == verb)
    assert span_text(text, cue.speaker) == speaker
    assert span_text(text, cue.content) == content


ASKED_THEN_SAID = 'Asked about it, Clinton said, "I take responsibility."'
# the parse hangs the quotation from `Asked`, which has no speaker, and not from `said`, which has one
ASKED_THEN_SAID_UD = ud("Asked ask VERB VBN 0 root", "about about ADP IN 3 case", "it it PRON PRP 1 obl",
                        ", , PUNCT , 6 punct", "Clinton Clinton PROPN NNP 6 nsubj", "said say VERB VBD 1 parataxis",
                        ", , PUNCT , 10 punct", '" " PUNCT `` 10 punct', "I I PRON PRP 10 nsubj",
                        "take take VERB VBP 1 parataxis", "responsibility responsibility NOUN NN 10 obj",
                        ". . PUNCT . 10 punct", '" " PUNCT \'\' 6 punct')


def test_cue_with_a_speaker_over_one_without() -> None:
    """Of the cues about a quotation, one with a speaker attributes it, even when the parse joins
    the quotation to a speakerless one (`Asked about it, Clinton said, "..."`)."""
    quotes = assembled(ASKED_THEN_SAID, ASKED_THEN_SAID_UD)
    assert [(q.text, q.speaker and q.speaker.text, q.cue and q.cue.text) for q in quotes] == [
        ("I take responsibility.", "Clinton", "said")]


def test_verb_after_a_comma_alone_is_no_inversion() -> None:
    """`He paused, said nothing`: the noun after a cue that follows a comma speaks only when the
    clause it reports comes before it (`The plan failed, said the official`)."""
    _, cue = only_cue(PAUSED_UD, PAUSED)
    assert span_text(PAUSED, cue.speaker) == "He"


GMA = 'He told WKDL\'s "Bright Early Show" that he agrees.'
# the title hung from the cue as its object: it lies between the cue and the clause it reports
GMA_UD = ud("He he PRON PRP 2 nsubj", "told tell VERB VBD 0 root", "WKDL WKDL PROPN NNP 8 nmod:poss",
            "'s 's PART POS 3 case", '" " PUNCT `` 8 punct', "Bright Bright PROPN NNP 8 compound",
            "Early Early PROPN NNP 8 compound", "Show Show PROPN NNP 2 obj", '" " PUNCT \'\' 8 punct',
            "that that SCONJ IN 12 mark", "he he PRON PRP 12 nsubj", "agrees agree VERB VBZ 2 ccomp",
            ". . PUNCT . 2 punct")
VENUE = 'She said on "Meet the Press."'
# the show hung from the cue as a phrase of place: where she said something, not what
VENUE_UD = ud("She she PRON PRP 2 nsubj", "said say VERB VBD 0 root", "on on ADP IN 5 case",
              '" " PUNCT `` 5 punct', "Meet Meet PROPN NNP 2 obl", "the the DET DT 7 det", "Press Press PROPN NNP 5 obj",
              ". . PUNCT . 2 punct", '" " PUNCT \'\' 5 punct')


@pytest.mark.parametrize("text,conllu,expected", [
    (GMA, GMA_UD, [("indirect", "that he agrees", "He")]),
    (VENUE, VENUE_UD, []),
], ids=["title-between-cue-and-clause", "show-in-phrase-of-place"])
def test_titles_where_it_was_said(text: str, conllu: str, expected: list[tuple[str, str, str]]) -> None:
    """A title-cased quotation naming where something was said (`told ABC's "Good Morning America"
    that ...`, `said on "Meet the Press"`) is neither a quotation nor part of a paraphrase, even
    when the parse hangs it from the cue."""
    quotes = assembled(text, conllu)
    assert [(q.type, q.text, q.speaker and q.speaker.text) for q in quotes] == expected


TAX = 'The "too big to fail" tax hit firms.'
# a quoted term within its own sentence's subject: governed by no one's words
TAX_UD = ud("The the DET DT 8 det", '" " PUNCT `` 3 punct', "too too ADV RB 4 advmod", "big big ADJ JJ 8 amod",
            "to to PART TO 6 mark", "fail fail VERB VB 4 xcomp", '" " PUNCT \'\' 3 punct', "tax tax NOUN NN 9 nsubj",
            "hit hit VERB VBD 0 root", "firms firm NOUN NNS 9 obj", ". . PUNCT . 9 punct")
BREATHE = 'Dunmore coached Ferris to "smile, smile, smile" before the vote.'
BREATHE_UD = ud("Dunmore Dunmore PROPN NNP 2 nsubj", "coached coach VERB VBD 0 root", "Ferris Ferris PROPN NNP 2 obj",
                "to to PART TO 6 mark", '" " PUNCT `` 6 punct', "smile smile VERB VB 2 xcomp",
                ", , PUNCT , 8 punct", "smile smile VERB VB 6 conj", ", , PUNCT , 10 punct",
                "smile smile VERB VB 6 conj", '" " PUNCT \'\' 6 punct', "before before ADP IN 14 case",
                "the the DET DT 14 det", "vote vote NOUN NN 2 obl", ". . PUNCT . 2 punct")


@pytest.mark.parametrize("text,conllu,expected", [
    (TAX, TAX_UD, []),
    (BREATHE, BREATHE_UD, []),
], ids=["term-in-subject-no-quote", "governed-fragment-no-quote"])
def test_short_fragment_without_a_cue_is_no_quote(text: str, conllu: str, expected: list[tuple[str, str]]) -> None:
    """A few words quoted within a sentence, with no cue, are a term or a scare quote: neither the
    words of a subject that holds them nor those of the subject of the verb that governs them
    (`coached Trump to "breathe, breathe, breathe"`: PolNeAR dev 0 of 9 such quotes matched an
    attribution, train 3 of 10, as the `governing-verb` rule that made them)."""
    quotes = assembled(text, conllu)
    assert [(q.text, q.speaker and q.speaker.text) for q in quotes] == expected


WIN = '"We will win," Trump said.\n\n"And we will win big."'
# the first paragraph's parse; the second has no cue and needs none
WIN_UD = ud('" " PUNCT `` 4 punct', "We we PRON PRP 4 nsubj", "will will AUX MD 4 aux", "win win VERB VB 8 ccomp",
            ", , PUNCT , 4 punct", '" " PUNCT \'\' 4 punct', "Trump Trump PROPN NNP 8 nsubj", "said say VERB VBD 0 root",
            ". . PUNCT . 8 punct")


@pytest.mark.parametrize("second,expected", [
    ('"And we will win big."', [("We will win, And we will win big.", "Trump")]),
    ('The crowd cheered. "And we will win big."', [("We will win,", "Trump"), ("And we will win big.", "Trump")]),
], ids=["next-paragraph-continues", "narration-between-keeps-two"])
def test_quotation_continued_in_next_paragraph(second: str, expected: list[tuple[str, str]]) -> None:
    """`"A," Trump said.` ending a paragraph and a cueless `"B."` opening the next are one quotation
    in two parts; with the narrator's words between them they stay two, the second floating."""
    text = WIN.replace('"And we will win big."', second)
    quotes = assembled(text, WIN_UD, text[:text.index("\n")])
    assert [(q.text, q.speaker and q.speaker.text) for q in quotes] == expected


WEAK = 'Jones called him "lazy" and skipped the debate.'
WEAK_UD = ud("Jones Jones PROPN NNP 2 nsubj", "called call VERB VBD 0 root", "him he PRON PRP 2 obj",
             '" " PUNCT `` 5 punct', "lazy lazy ADJ JJ 2 xcomp", '" " PUNCT \'\' 5 punct', "and and CCONJ CC 8 cc",
             "skipped skip VERB VBD 2 conj", "the the DET DT 10 det", "debate debate NOUN NN 8 obj",
             ". . PUNCT . 2 punct")


def test_paraphrase_ends_where_narration_goes_on() -> None:
    """A paraphrase carrying a quoted fragment ends at an `and` that goes on with what its speaker
    did (a verb with no subject of its own), not at the sentence's end."""
    assert [(q.type, q.text, q.speaker and q.speaker.text) for q in assembled(WEAK, WEAK_UD)] == [
        ("mixed", 'him "lazy"', "Jones")]


THOUGH = "Rivals followed his lead, saying the record is fair game, though Ms. Lee said voters would not care."
# `said` hung inside the clause `saying` reports: two reports, side by side
THOUGH_UD = ud("Rivals rival NOUN NNS 2 nsubj", "followed follow VERB VBD 0 root", "his he PRON PRP$ 4 nmod:poss",
               "lead lead NOUN NN 2 obj", ", , PUNCT , 6 punct", "saying say VERB VBG 2 advcl",
               "the the DET DT 8 det", "record record NOUN NN 11 nsubj", "is be AUX VBZ 11 cop",
               "fair fair ADJ JJ 11 amod", "game game NOUN NN 6 ccomp", ", , PUNCT , 16 punct",
               "though though SCONJ IN 16 mark", "Ms. Ms. PROPN NNP 16 nsubj", "Lee Lee PROPN NNP 14 flat",
               "said say VERB VBD 11 advcl", "voters voter NOUN NNS 20 nsubj", "would would AUX MD 20 aux",
               "not not PART RB 20 advmod", "care care VERB VB 16 ccomp", ". . PUNCT . 2 punct")


def test_report_within_a_report_stands_apart() -> None:
    """A reported clause that runs on over another report with a speaker of its own ends before
    that speaker and its `though`: both reports are kept, and they do not overlap."""
    assert [(q.text, q.speaker and q.speaker.text) for q in assembled(THOUGH, THOUGH_UD)] == [
        ("the record is fair game", "Rivals"), ("voters would not care", "Ms. Lee")]


# `free-adjunct`: a participle set off by a comma speaks for the subject of the clause it closes.
ADDING_EXAMPLE = SUBJECTS["free-adjunct"].examples[0]  # the rule's own example and its parse
ADDING, ADDING_UD = ADDING_EXAMPLE.text, ADDING_EXAMPLE.parse or ""
ADDING_MARKS = 'The spokeswoman said the mayor was "wrong," adding, "The plan will never work."'
ADDING_MARKS_UD = """
1 The the DET DT _ 2 det _ _
2 spokeswoman spokeswoman NOUN NN _ 3 nsubj _ _
3 said say VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 mayor mayor NOUN NN _ 8 nsubj _ _
6 was be AUX VBD _ 8 cop _ _
7 " " PUNCT `` _ 8 punct _ _
8 wrong wrong ADJ JJ _ 3 ccomp _ _
9 , , PUNCT , _ 8 punct _ _
10 " " PUNCT '' _ 8 punct _ _
11 adding add VERB VBG _ 8 advcl _ _
12 , , PUNCT , _ 11 punct _ _
13 " " PUNCT `` _ 18 punct _ _
14 The the DET DT _ 15 det _ _
15 plan plan NOUN NN _ 18 nsubj _ _
16 will will AUX MD _ 18 aux _ _
17 never never ADV RB _ 18 advmod _ _
18 work work VERB VB _ 11 ccomp _ _
19 . . PUNCT . _ 18 punct _ _
20 " " PUNCT '' _ 18 punct _ _
"""
SCOFFED = "The governor scoffed at the idea that he was wrong, saying the plan would work."
SCOFFED_UD = """
1 The the DET DT _ 2 det _ _
2 governor governor NOUN NN _ 3 nsubj _ _
3 scoffed scoff VERB VBD _ 0 root _ _
4 at at ADP IN _ 6 case _ _
5 the the DET DT _ 6 det _ _
6 idea idea NOUN NN _ 3 obl _ _
7 that that SCONJ IN _ 10 mark _ _
8 he he PRON PRP _ 10 nsubj _ _
9 was be AUX VBD _ 10 cop _ _
10 wrong wrong ADJ JJ _ 6 acl _ _
11 , , PUNCT , _ 12 punct _ _
12 saying say VERB VBG _ 10 advcl _ _
13 the the DET DT _ 14 det _ _
14 plan plan NOUN NN _ 16 nsubj _ _
15 would would AUX MD _ 16 aux _ _
16 work work VERB VB _ 12 ccomp _ _
17 . . PUNCT . _ 3 punct _ _
"""
DECRIED = "The mayor decried the calls to close the bridge, noting that it was safe."
DECRIED_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 decried decry VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 calls call NOUN NNS _ 3 obj _ _
6 to to PART TO _ 7 mark _ _
7 close close VERB VB _ 5 acl _ _
8 the the DET DT _ 9 det _ _
9 bridge bridge NOUN NN _ 7 obj _ _
10 , , PUNCT , _ 11 punct _ _
11 noting note VERB VBG _ 9 acl _ _
12 that that SCONJ IN _ 15 mark _ _
13 it it PRON PRP _ 15 nsubj _ _
14 was be AUX VBD _ 15 cop _ _
15 safe safe ADJ JJ _ 11 ccomp _ _
16 . . PUNCT . _ 3 punct _ _
"""
MARCHERS = "Protesters marched past the workers standing by the gate, chanting that the war must end."
MARCHERS_UD = """
1 Protesters protester NOUN NNS _ 2 nsubj _ _
2 marched march VERB VBD _ 0 root _ _
3 past past ADP IN _ 5 case _ _
4 the the DET DT _ 5 det _ _
5 workers worker NOUN NNS _ 2 obl _ _
6 standing stand VERB VBG _ 5 acl _ _
7 by by ADP IN _ 9 case _ _
8 the the DET DT _ 9 det _ _
9 gate gate NOUN NN _ 6 obl _ _
10 , , PUNCT , _ 11 punct _ _
11 chanting chant VERB VBG _ 6 advcl _ _
12 that that SCONJ IN _ 16 mark _ _
13 the the DET DT _ 14 det _ _
14 war war NOUN NN _ 16 nsubj _ _
15 must must AUX MD _ 16 aux _ _
16 end end VERB VB _ 11 ccomp _ _
17 . . PUNCT . _ 2 punct _ _
"""

SMILED = "The mayor smiled, saying the plan would work."
SMILED_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 smiled smile VERB VBD _ 0 root _ _
4 , , PUNCT , _ 5 punct _ _
5 saying say VERB VBG _ 3 advcl _ _
6 the the DET DT _ 7 det _ _
7 plan plan NOUN NN _ 9 nsubj _ _
8 would would AUX MD _ 9 aux _ _
9 work work VERB VB _ 5 ccomp _ _
10 . . PUNCT . _ 3 punct _ _
"""


@pytest.mark.parametrize("text,conllu,verb,speaker,rule", [
    (ADDING, ADDING_UD, "adding", "The spokeswoman", "free-adjunct"),       # past the clause `said` reports
    (ADDING_MARKS, ADDING_MARKS_UD, "adding", "The spokeswoman", "free-adjunct"),  # the comma inside the marks
    (SCOFFED, SCOFFED_UD, "saying", "The governor", "free-adjunct"),      # past a clause within a noun phrase
    (DECRIED, DECRIED_UD, "noting", "The mayor", "free-adjunct"),           # past nouns and an infinitive
    (MARCHERS, MARCHERS_UD, "chanting", "the workers standing by the gate",
     "controller-subject"),  # after a participle modifying a noun: that noun, as the controller rules find it
    (SMILED, SMILED_UD, "saying", "The mayor", "controller-subject"),      # it hangs from its own clause
], ids=["reported-clause", "comma-inside-marks", "noun-clause", "infinitive", "participle-of-noun", "own-clause"])
def test_free_adjunct_speaks_for_its_clause(text: str, conllu: str, verb: str, speaker: str, rule: str) -> None:
    """`X said the mayor was wrong, adding ...`: the subject of the clause the participle closes."""
    words, cues = cues_of(conllu, text)
    cue = next(c for c in cues if c.verb.text == verb)
    assert span_text(text, cue.speaker) == speaker
    assert cue.speaker_rule == rule


# `issuer`: a text an issuing verb puts out speaks for the one who issued it.
RAN_PIECE = "The paper ran a piece that noted the plan would cost billions."
RAN_PIECE_UD = """
1 The the DET DT _ 2 det _ _
2 paper paper NOUN NN _ 3 nsubj _ _
3 ran run VERB VBD _ 0 root _ _
4 a a DET DT _ 5 det _ _
5 piece piece NOUN NN _ 3 obj _ _
6 that that PRON WDT _ 7 nsubj _ _
7 noted note VERB VBD _ 5 acl:relcl _ _
8 the the DET DT _ 9 det _ _
9 plan plan NOUN NN _ 11 nsubj _ _
10 would would AUX MD _ 11 aux _ _
11 cost cost VERB VB _ 7 ccomp _ _
12 billions billion NOUN NNS _ 11 obj _ _
13 . . PUNCT . _ 3 punct _ _
"""
ISSUED = "The town issued a statement saying the bridge would stay closed."
ISSUED_UD = """
1 The the DET DT _ 2 det _ _
2 town town NOUN NN _ 3 nsubj _ _
3 issued issue VERB VBD _ 0 root _ _
4 a a DET DT _ 5 det _ _
5 statement statement NOUN NN _ 3 obj _ _
6 saying say VERB VBG _ 5 acl _ _
7 the the DET DT _ 8 det _ _
8 bridge bridge NOUN NN _ 10 nsubj _ _
9 would would AUX MD _ 10 aux _ _
10 stay stay VERB VB _ 6 ccomp _ _
11 closed closed ADJ JJ _ 10 xcomp _ _
12 . . PUNCT . _ 3 punct _ _
"""


@pytest.mark.parametrize("text,conllu,verb,speaker,rule", [
    (ISSUED, ISSUED_UD, "saying", "The town", "issuer"),
    (RAN_PIECE, RAN_PIECE_UD, "noted", "The paper", "issuer"),
    (ISSUED.replace("issued", "found"), ISSUED_UD.replace("issued issue", "found find"), "saying",
     "a statement", "relative-head"),   # a text found, not put out: it speaks for itself
    (RAN_PIECE.replace("ran", "read"), RAN_PIECE_UD.replace("ran run", "read read"), "noted",
     "a piece", "relative-head"),
], ids=["issued-statement", "ran-piece", "found-statement", "read-piece"])
def test_a_text_put_out_speaks_for_its_issuer(text: str, conllu: str, verb: str, speaker: str, rule: str) -> None:
    """`The town issued a statement saying ...`: the issuer speaks; a text only read or found speaks itself."""
    words, cues = cues_of(conllu, text)
    cue = next(c for c in cues if c.verb.text == verb)
    assert span_text(text, cue.speaker) == speaker
    assert cue.speaker_rule == rule


@pytest.mark.parametrize("text,conllu,speaker", [
    ("As Professor Lee said, the plan failed.",
     ud("As as ADP IN 2 case", "Professor Professor PROPN NNP 4 obl", "Lee Lee PROPN NNP 4 nsubj",
        "said say VERB VBD 0 root", ", , PUNCT , 4 punct", "the the DET DT 7 det", "plan plan NOUN NN 8 nsubj",
        "failed fail VERB VBD 4 ccomp", ". . PUNCT . 4 punct"), "Professor Lee"),
    ('"We won," co-host Ann Ruiz said.',
     ud('" " PUNCT `` 3 punct', "We we PRON PRP 3 nsubj", "won win VERB VBD 9 ccomp", ", , PUNCT , 3 punct",
        "\" \" PUNCT '' 3 punct", "co-host co-host VERB VB 9 ccomp", "Ann Ann PROPN NNP 6 obj",
        "Ruiz Ruiz PROPN NNP 9 nsubj", "said say VERB VBD 0 root", ". . PUNCT . 9 punct"), "co-host Ann Ruiz"),
    ("Texas Lt. Gov. Dan Ortiz says the vote was fair.",
     ud("Texas Texas PROPN NNP 6 nsubj", "Lt. Lt. PROPN NNP 6 nsubj", "Gov. Gov. PROPN NNP 1 flat",
        "Dan Dan PROPN NNP 5 compound", "Ortiz Ortiz PROPN NNP 1 flat", "says say VERB VBZ 0 root",
        "the the DET DT 8 det", "vote vote NOUN NN 10 nsubj", "was be AUX VBD 10 cop", "fair fair ADJ JJ 6 ccomp",
        ". . PUNCT . 6 punct"), "Texas Lt. Gov. Dan Ortiz"),
    ("In Ohio Smith said the plan failed.",
     ud("In in ADP IN 2 case", "Ohio Ohio PROPN NNP 4 obl", "Smith Smith PROPN NNP 4 nsubj",
        "said say VERB VBD 0 root", "the the DET DT 6 det", "plan plan NOUN NN 7 nsubj",
        "failed fail VERB VBD 4 ccomp", ". . PUNCT . 4 punct"), "Smith"),
    ("Smith on Friday said the plan failed.",
     ud("Smith Smith PROPN NNP 4 nsubj", "on on ADP IN 3 case", "Friday Friday PROPN NNP 1 nmod",
        "said say VERB VBD 0 root", "the the DET DT 6 det", "plan plan NOUN NN 7 nsubj",
        "failed fail VERB VBD 4 ccomp", ". . PUNCT . 4 punct"), "Smith"),
    ("A campaign official said the plan failed.",
     ud("A a DET DT 2 det", "campaign campaign NOUN NN 4 nsubj", "official official ADJ JJ 4 nsubj",
        "said say VERB VBD 0 root", "the the DET DT 6 det", "plan plan NOUN NN 7 nsubj",
        "failed fail VERB VBD 4 ccomp", ". . PUNCT . 4 punct"), "A campaign official"),
    ('"We won," said United Farm Workers leader Ana Cole.',
     ud('" " PUNCT `` 3 punct', "We we PRON PRP 3 nsubj", "won win VERB VBD 6 ccomp", ", , PUNCT , 3 punct",
        "\" \" PUNCT '' 3 punct", "said say VERB VBD 0 root", "United unite VERB VBN 8 amod",
        "Farm Farm PROPN NNP 6 obj", "Workers Workers PROPN NNP 6 nsubj", "leader leader NOUN NN 6 nsubj",
        "Ana Ana PROPN NNP 6 nsubj", "Cole Cole PROPN NNP 11 flat", ". . PUNCT . 6 punct"),
     "United Farm Workers leader Ana Cole"),
], ids=["as-title-name", "title-tagged-verb", "title-name-split", "after-preposition", "time-after-name",
        "adjective-head", "inverted-name-tagged-verb"])
def test_speaker_runs_over_its_name_and_title(text: str, conllu: str, speaker: str) -> None:
    """`name-run`: a speaker before its verb takes the name-and-title words next to it, with no punctuation
    between, from its clause's start; not past a preposition (`In Ohio`) or a time word (`on Friday`)."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.speaker) == speaker


@pytest.mark.parametrize("text,conllu,speaker", [
    ("Ana Lopez, chairman of the Rules Committee, said the vote would wait.",
     ud("Ana Ana PROPN NNP 2 compound", "Lopez Lopez PROPN NNP 10 dep", ", , PUNCT , 4 punct",
        "chairman chairman NOUN NN 10 dep", "of of ADP IN 8 case", "the the DET DT 8 det",
        "Rules Rules PROPN NNP 8 compound", "Committee Committee PROPN NNP 10 nsubj", ", , PUNCT , 8 punct",
        "said say VERB VBD 0 root", "the the DET DT 12 det", "vote vote NOUN NN 14 nsubj",
        "would would AUX MD 14 aux", "wait wait VERB VB 10 ccomp", ". . PUNCT . 10 punct"), "Ana Lopez"),
    ("Former House speaker Tom Vale, Mr. Ross's closest ally, said the vote would wait.",
     ud("Former former ADJ JJ 5 amod", "House House PROPN NNP 3 compound", "speaker speaker NOUN NN 5 compound",
        "Tom Tom PROPN NNP 5 compound", "Vale Vale PROPN NNP 13 dep", ", , PUNCT , 5 punct",
        "Mr. Mr. PROPN NNP 8 compound", "Ross Ross PROPN NNP 11 nmod:poss", "'s 's PART POS 8 case",
        "closest close ADJ JJS 11 amod", "ally ally NOUN NN 13 nsubj", ", , PUNCT , 11 punct",
        "said say VERB VBD 0 root", "the the DET DT 15 det", "vote vote NOUN NN 17 nsubj",
        "would would AUX MD 17 aux", "wait wait VERB VB 13 ccomp", ". . PUNCT . 13 punct"),
     "Former House speaker Tom Vale"),
    ("In Paris, the minister, visibly tired, said the vote would wait.",
     ud("In in ADP IN 2 case", "Paris Paris PROPN NNP 10 obl", ", , PUNCT , 2 punct", "the the DET DT 5 det",
        "minister minister NOUN NN 10 nsubj", ", , PUNCT , 8 punct", "visibly visibly ADV RB 8 advmod",
        "tired tired ADJ JJ 5 amod", ", , PUNCT , 8 punct", "said say VERB VBD 0 root",
        "the the DET DT 12 det", "vote vote NOUN NN 14 nsubj", "would would AUX MD 14 aux",
        "wait wait VERB VB 10 ccomp", ". . PUNCT . 10 punct"),
     "the minister, visibly tired"),
    ("Jo Ray, Rogers' senior aide, said the vote would wait.",
     ud("Jo Jo PROPN NNP 2 compound", "Ray Ray PROPN NNP 9 dep", ", , PUNCT , 7 punct",
        "Rogers Rogers PROPN NNP 7 nmod:poss", "' ' PART POS 4 case", "senior senior ADJ JJ 7 amod",
        "aide aide NOUN NN 9 nsubj", ", , PUNCT , 7 punct", "said say VERB VBD 0 root", "the the DET DT 11 det",
        "vote vote NOUN NN 13 nsubj", "would would AUX MD 13 aux", "wait wait VERB VB 9 ccomp",
        ". . PUNCT . 9 punct"), "Jo Ray"),
], ids=["description-with-capitals", "possessor-description", "place-before-description", "bare-apostrophe"])
def test_name_before_the_description_it_sets_off(text: str, conllu: str, speaker: str) -> None:
    """`name-before-description`: a speaker within a description set off after a name (a lower-case
    word or a possessor opening it) is the name with its title; not a place before a comma (`In Paris`)."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.speaker) == speaker


@pytest.mark.parametrize("text,conllu,speaker", [
    ("The city's lawyer, Ann Ruiz, said the bridge would open.",
     ud("The the DET DT 2 det", "city city NOUN NN 4 nmod:poss", "'s 's PART POS 2 case",
        "lawyer lawyer NOUN NN 9 dep", ", , PUNCT , 7 punct", "Ann Ann PROPN NNP 7 compound",
        "Ruiz Ruiz PROPN NNP 9 nsubj", ", , PUNCT , 7 punct", "said say VERB VBD 0 root",
        "the the DET DT 11 det", "bridge bridge NOUN NN 13 nsubj", "would would AUX MD 13 aux",
        "open open VERB VB 9 ccomp", ". . PUNCT . 9 punct"), "The city's lawyer, Ann Ruiz"),
    ("The good news, Ann Ruiz said, is that the bridge will open.",
     ud("The the DET DT 3 det", "good good ADJ JJ 3 amod", "news news NOUN NN 9 nsubj", ", , PUNCT , 6 punct",
        "Ann Ann PROPN NNP 6 compound", "Ruiz Ruiz PROPN NNP 7 nsubj", "said say VERB VBD 9 parataxis",
        ", , PUNCT , 7 punct", "is be AUX VBZ 0 root", "that that SCONJ IN 14 mark", "the the DET DT 12 det",
        "bridge bridge NOUN NN 14 nsubj", "will will AUX MD 14 aux", "open open VERB VB 9 ccomp",
        ". . PUNCT . 9 punct"), "Ann Ruiz"),
], ids=["apposed-name", "reporting-aside"])
def test_description_before_the_name_it_sets_off(text: str, conllu: str, speaker: str) -> None:
    """`description-before-name`: `the city's lawyer, Ann Ruiz, said` speaks with both; a reporting clause
    set within a sentence (`The good news, Ann Ruiz said, is ...`) keeps the name alone."""
    _, cues = cues_of(conllu, text)
    cue = next(c for c in cues if c.verb.text == "said")
    assert span_text(text, cue.speaker) == speaker


def test_a_description_with_its_own_phrase_before_the_name_is_no_name() -> None:
    """`The engineer in charge, Dr. Lena Fox, said`, parsed as two subjects: the description (its `in`
    phrase too) sets off the name after it, so `name-before-apposition` does not take the description for
    the name; the name speaks."""
    text = "The engineer in charge, Dr. Lena Fox, said the design held."
    conllu = ud("The the DET DT 2 det", "engineer engineer NOUN NN 10 nsubj", "in in ADP IN 4 case",
                "charge charge NOUN NN 2 nmod", ", , PUNCT , 6 punct", "Dr. Dr. PROPN NNP 10 nsubj",
                "Lena Lena PROPN NNP 6 flat", "Fox Fox PROPN NNP 6 flat", ", , PUNCT , 2 punct",
                "said say VERB VBD 0 root", "the the DET DT 12 det", "design design NOUN NN 13 nsubj",
                "held hold VERB VBD 10 ccomp", ". . PUNCT . 10 punct")
    _, cues = cues_of(conllu, text)
    cue = next(c for c in cues if c.verb.text == "said")
    assert span_text(text, cue.speaker) == "Dr. Lena Fox"


@pytest.mark.parametrize("text,conllu,verb,speaker", [
    ("The vote split the party, with Senator Jo Hart saying it had failed.",
     ud("The the DET DT 2 det", "vote vote NOUN NN 3 nsubj", "split split VERB VBD 0 root", "the the DET DT 5 det",
        "party party NOUN NN 3 obj", ", , PUNCT , 11 punct", "with with ADP IN 8 case",
        "Senator Senator PROPN NNP 9 compound", "Jo Jo PROPN NNP 11 nsubj", "Hart Hart PROPN NNP 9 flat",
        "saying say VERB VBG 3 advcl", "it it PRON PRP 14 nsubj", "had have AUX VBD 14 aux",
        "failed fail VERB VBN 11 ccomp", ". . PUNCT . 3 punct"), "saying", "Senator Jo Hart"),
    ("President Lee on Friday declared that the park would open.",
     ud("President President PROPN NNP 5 nsubj", "Lee Lee PROPN NNP 1 flat", "on on ADP IN 4 case",
        "Friday Friday PROPN NNP 2 nmod", "declared declare VERB VBD 0 root", "that that SCONJ IN 10 mark",
        "the the DET DT 8 det", "park park NOUN NN 10 nsubj", "would would AUX MD 10 aux",
        "open open VERB VB 5 ccomp", ". . PUNCT . 5 punct"), "declared", "President Lee"),
    ("BOSTON — Mayor Jo Hart said the park would open.",
     ud("BOSTON Boston PROPN NNP 6 nsubj", "— — PUNCT : 3 punct", "Mayor Mayor PROPN NNP 1 appos",
        "Jo Jo PROPN NNP 3 flat", "Hart Hart PROPN NNP 3 flat", "said say VERB VBD 0 root",
        "the the DET DT 8 det", "park park NOUN NN 10 nsubj", "would would AUX MD 10 aux",
        "open open VERB VB 6 ccomp", ". . PUNCT . 6 punct"), "said", "Mayor Jo Hart"),
], ids=["preposition-before-subject", "time-within-subject", "dateline"])
def test_speaker_phrase_leaves_out_what_is_not_its_own(text: str, conllu: str, verb: str, speaker: str) -> None:
    """The speaker's noun phrase opens with no preposition or conjunction (`with Senator Jo Hart saying`),
    holds no phrase of time (`President Lee on Friday`) and no dateline (`BOSTON —`)."""
    _, cues = cues_of(conllu, text)
    cue = next(c for c in cues if c.verb.text == verb)
    assert span_text(text, cue.speaker) == speaker


@pytest.mark.parametrize("text,speaker", [
    ('"It cannot wait," a reporter can be heard asking the mayor.', "a reporter"),
    ('"It cannot wait," an aide tells staff, adding that the plan is set.', "an aide"),
    ('"It cannot wait," Tuesday, he said.', None),
])
def test_between_words_speaker_is_a_noun_phrase(text: str, speaker: str | None) -> None:
    """Words between a quotation and its cue stop being the speaker at an auxiliary or another cue verb;
    a time word before the speaker's comma is no name to widen it to."""
    from quotes.rules.speakers import _noun_phrase_end, name_before_appositive

    end = text.index(",\u201d") if ",\u201d" in text else text.index(',"') + 2
    start = end + 1
    if speaker is None:
        he = text.index("he said")
        assert name_before_appositive(text, [(1, end - 2)], (he, he + 2)) is None
        return
    stop = _noun_phrase_end(text, start, len(text))
    assert text[start:stop].strip() == speaker


PETITION = "The mayor asked the council to delay the vote."
PETITION_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 asked ask VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 council council NOUN NN _ 3 obj _ _
6 to to PART TO _ 7 mark _ _
7 delay delay VERB VB _ 5 acl _ _
8 the the DET DT _ 9 det _ _
9 vote vote NOUN NN _ 7 obj _ _
10 . . PUNCT . _ 3 punct _ _
"""
PASSIVE_REQUEST = "The coach was asked to leave the field."
PASSIVE_REQUEST_UD = """
1 The the DET DT _ 2 det _ _
2 coach coach NOUN NN _ 4 nsubj:pass _ _
3 was be AUX VBD _ 4 aux:pass _ _
4 asked ask VERB VBN _ 0 root _ _
5 to to PART TO _ 6 mark _ _
6 leave leave VERB VB _ 4 xcomp _ _
7 the the DET DT _ 8 det _ _
8 field field NOUN NN _ 6 obj _ _
9 . . PUNCT . _ 4 punct _ _
"""
PURPOSE = "The mayor told a story to calm the crowd."
PURPOSE_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 told tell VERB VBD _ 0 root _ _
4 a a DET DT _ 5 det _ _
5 story story NOUN NN _ 3 obj _ _
6 to to PART TO _ 7 mark _ _
7 calm calm VERB VB _ 3 advcl _ _
8 the the DET DT _ 9 det _ _
9 crowd crowd NOUN NN _ 7 obj _ _
10 . . PUNCT . _ 3 punct _ _
"""


@pytest.mark.parametrize("text,conllu,content", [
    (PETITION, PETITION_UD, "the council to delay the vote"),
    (PASSIVE_REQUEST, PASSIVE_REQUEST_UD, "to leave the field"),
    (PURPOSE, PURPOSE_UD, None),
], ids=["infinitive-under-listener", "passive-request", "purpose-not-request"])
def test_request_reported_however_the_infinitive_hangs(text: str, conllu: str, content: str | None) -> None:
    """`asked the council to delay ...` with the infinitive hung from the listener, and `was asked to
    leave`, report the request; an infinitive of purpose (`told a story to calm ...`) reports nothing."""


SOONER = "The office says the deficit will grow faster because lawmakers cut taxes."
SOONER_UD = ud("The the DET DT 2 det", "office office NOUN NN 3 nsubj", "says say VERB VBZ 0 root",
               "the the DET DT 5 det", "deficit deficit NOUN NN 7 nsubj", "will will AUX MD 7 aux",
               "grow grow VERB VB 3 ccomp", "faster fast ADV RBR 7 advmod", "because because SCONJ IN 11 mark",
               "lawmakers lawmaker NOUN NNS 11 nsubj", "cut cut VERB VBD 3 conj", "taxes tax NOUN NNS 11 obj",
               ". . PUNCT . 3 punct")
TOWN = "The office says the deficit will grow and lawmakers left town."
TOWN_UD = ud("The the DET DT 2 det", "office office NOUN NN 3 nsubj", "says say VERB VBZ 0 root",
             "the the DET DT 5 det", "deficit deficit NOUN NN 7 nsubj", "will will AUX MD 7 aux",
             "grow grow VERB VB 3 ccomp", "and and CCONJ CC 10 cc", "lawmakers lawmaker NOUN NNS 10 nsubj",
             "left leave VERB VBD 3 conj", "town town NOUN NN 10 obj", ". . PUNCT . 3 punct")


@pytest.mark.parametrize("text,conllu,content", [
    (SOONER, SOONER_UD, "the deficit will grow faster because lawmakers cut taxes"),
    (TOWN, TOWN_UD, "the deficit will grow"),
], ids=["no-conjunction", "and-clause"])
def test_clause_hung_as_conjunct_without_conjunction(text: str, conllu: str, content: str) -> None:
    """A clause the parse made a conjunct of the cue with no `and`, `or`, `but` before it is no
    coordination: it runs on in what was reported; one after `and` with a subject of its own stays out."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.content) == content


AIDES = "Campaign aides said the rally drew a record crowd."
AIDES_UD = """
1 Campaign campaign PROPN NNP _ 2 nsubj _ _
2 aides aid VERB VBZ _ 0 root _ _
3 said say VERB VBD _ 2 ccomp _ _
4 the the DET DT _ 5 det _ _
5 rally rally NOUN NN _ 6 nsubj _ _
6 drew draw VERB VBD _ 3 ccomp _ _
7 a a DET DT _ 9 det _ _
8 record record NOUN NN _ 9 compound _ _
9 crowd crowd NOUN NN _ 6 obj _ _
10 . . PUNCT . _ 3 punct _ _
"""
LINDQVIST = "Like her aide, Lindqvist said the rally drew a record crowd."
LINDQVIST_UD = """
1 Like like ADP IN _ 3 case _ _
2 her her PRON PRP$ _ 3 nmod:poss _ _
3 aide aide NOUN NN _ 6 obl _ _
4 , , PUNCT , _ 3 punct _ _
5 Lindqvist lindqvist VERB VBG _ 6 advcl _ _
6 said say VERB VBD _ 0 root _ _
7 the the DET DT _ 8 det _ _
8 rally rally NOUN NN _ 9 nsubj _ _
9 drew draw VERB VBD _ 6 ccomp _ _
10 a a DET DT _ 12 det _ _
11 record record NOUN NN _ 12 compound _ _
12 crowd crowd NOUN NN _ 9 obj _ _
13 . . PUNCT . _ 6 punct _ _
"""


@pytest.mark.parametrize("text,conllu,speaker,rule", [
    (AIDES, AIDES_UD, "Campaign aides", "plural-tagged-verb"),
    (LINDQVIST, LINDQVIST_UD, "Lindqvist", "phrase-before"),
], ids=["plural-tagged-verb", "name-tagged-verb"])
def test_noun_tagged_as_verb_before_a_cue_is_its_speaker(text: str, conllu: str, speaker: str, rule: str) -> None:
    """`Campaign aides said ...` with `aides` tagged as a verb: right before a finite cue it ends the
    speaker's noun phrase (a bare `-s` word with its own words before it: `plural-tagged-verb`, since h264)."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.speaker) == speaker
    assert cue.speaker_rule == rule
    assert span_text(text, cue.content) == "the rally drew a record crowd"


ACCORDING_MISHUNG = "The mill closed in 2019 and 2020, according to the county records office."
ACCORDING_MISHUNG_UD = """
1 The the DET DT _ 2 det _ _
2 mill mill NOUN NN _ 3 nsubj _ _
3 closed close VERB VBD _ 0 root _ _
4 in in ADP IN _ 5 case _ _
5 2019 2019 NUM CD _ 3 obl _ _
6 and and CCONJ CC _ 7 cc _ _
7 2020 2020 NUM CD _ 5 conj _ _
8 , , PUNCT , _ 7 punct _ _
9 according accord VERB VBG _ 7 case _ _
10 to to ADP IN _ 14 case _ _
11 the the DET DT _ 14 det _ _
12 county county NOUN NN _ 14 compound _ _
13 records record NOUN NNS _ 14 compound _ _
14 office office NOUN NN _ 7 nmod _ _
15 . . PUNCT . _ 3 punct _ _
"""


def test_according_to_hung_from_the_clause_before_reads_the_source_off_the_words() -> None:
    """`..., according to the county records office.` with `according` parsed as a case of a word
    before it: the source is still the noun phrase after `to`, the content the clause before."""
    _, cue = only_cue(ACCORDING_MISHUNG_UD, ACCORDING_MISHUNG)
    assert span_text(ACCORDING_MISHUNG, cue.speaker) == "the county records office"
    assert span_text(ACCORDING_MISHUNG, cue.content) == "The mill closed in 2019 and 2020"
    assert cue.speaker_rule == "according-to"



# the headline-cue rule's own example and its hand-written parse (one copy, in the rule's table row)
HEADLINE_EXAMPLE = CUES["headline-cue"].examples[0]
HEADLINE, HEADLINE_UD = HEADLINE_EXAMPLE.text, HEADLINE_EXAMPLE.parse or ""


@pytest.mark.parametrize("text,conllu,content", [
    (HEADLINE, HEADLINE_UD, "Tax Plan Will Fail"),
    (HEADLINE.replace("Says", "Defends"), HEADLINE_UD.replace("Says say", "Defends defend"), None),
    (HEADLINE.replace("Tax Plan Will Fail", "tax plan will fail"),
     HEADLINE_UD.replace("Tax Tax", "tax tax").replace("Plan Plan", "plan plan").replace("Will will", "will will")
     .replace("Fail fail", "fail fail"), None),
], ids=["says-headline", "defends-no-words", "not-title-case"])
def test_headline_cue_tagged_as_a_name(text: str, conllu: str, content: str | None) -> None:
    """`Senator Jane Roe Says Tax Plan Will Fail` with `Says` tagged as part of a name: in a title-case
    headline a verb of saying there speaks for the name before it; not a verb naming no words said,
    nor outside a headline."""
    cues = [c for c in find_cues(0, conllu_words(conllu, text)) if c.rule == "headline-cue"]
    assert [span_text(text, c.content) for c in cues] == ([content] if content else [])
    if content:
        assert span_text(text, cues[0].speaker) == "Senator Jane Roe"


REASON = "A spokesman said the mayor welcomes the review, in part, because the city needs the money."
REASON_ROWS = ("A a DET DT 2 det", "spokesman spokesman NOUN NN 3 nsubj", "said say VERB VBD 0 root",
               "the the DET DT 5 det", "mayor mayor NOUN NN 6 nsubj", "welcomes welcome VERB VBZ 3 ccomp",
               "the the DET DT 8 det", "review review NOUN NN 6 obj", ", , PUNCT , 11 punct",
               "in in ADP IN 11 case", "part part NOUN NN 6 obl", ", , PUNCT , 11 punct",
               "because because SCONJ IN 16 mark", "the the DET DT 15 det", "city city NOUN NN 16 nsubj",
               "needs need VERB VBZ 3 advcl", "the the DET DT 18 det", "money money NOUN NN 16 obj")
REASON_UD = ud(*REASON_ROWS, ". . PUNCT . 3 punct")
REASON_REPORTED = REASON[:-1] + ", aides said."
REASON_REPORTED_UD = ud(*REASON_ROWS, ", , PUNCT , 21 punct", "aides aide NOUN NNS 21 nsubj",
                        "said say VERB VBD 3 parataxis", ". . PUNCT . 3 punct")


def test_reason_after_comma_is_reported() -> None:
    """`said X, in part, because Y`: a reason set off by a comma after the reported clause is what
    was reported, whatever the parse hung it from."""
    _, cue = only_cue(REASON_UD, REASON)
    assert span_text(REASON, cue.content) == REASON[len("A spokesman said "):-1]


def test_reason_after_comma_stops_before_another_report() -> None:
    """A further report in the words after the reason leaves them out: they may be its content."""
    _, cues = cues_of(REASON_REPORTED_UD, REASON_REPORTED)
    assert span_text(REASON_REPORTED, cues[0].content) == "the mayor welcomes the review, in part"


ABOUT = "This is not about us, the governor told her aides as she wrote the speech."
ABOUT_UD = ud("This this PRON DT 5 nsubj", "is be AUX VBZ 5 cop", "not not PART RB 5 advmod",
              "about about ADP IN 5 case", "us we PRON PRP 0 root", ", , PUNCT , 9 punct",
              "the the DET DT 8 det", "governor governor NOUN NN 9 nsubj", "told tell VERB VBD 5 parataxis",
              "her she PRON PRP$ 11 nmod:poss", "aides aide NOUN NNS 9 obj", "as as SCONJ IN 14 mark",
              "she she PRON PRP 14 nsubj", "wrote write VERB VBD 9 advcl", "the the DET DT 16 det",
              "speech speech NOUN NN 14 obj", ". . PUNCT . 5 punct")


def test_report_hung_from_a_pronoun_clause() -> None:
    """`This is not about us, X told ...`: a clause the parse headed by its pronoun (it has a copula
    and a subject) is still the clause the side report hangs from, and what was reported."""
    _, cues = cues_of(ABOUT_UD, ABOUT)
    told = next(c for c in cues if c.verb.text == "told")
    assert span_text(ABOUT, told.content) == "This is not about us"
    assert span_text(ABOUT, told.speaker) == "the governor"


INVERSION = "Tolls are unlikely to fall soon, said Ann Ruiz, an economist who studies roads."
INVERSION_UD = ud("Tolls toll NOUN NNS 3 nsubj", "are be AUX VBP 3 cop", "unlikely unlikely ADJ JJ 8 nsubj",
                  "to to PART TO 5 mark", "fall fall VERB VB 3 xcomp", "soon soon ADV RB 5 advmod",
                  ", , PUNCT , 3 punct", "said say VERB VBD 0 root", "Ann Ann PROPN NNP 8 iobj",
                  "Ruiz Ruiz PROPN NNP 9 flat", ", , PUNCT , 12 punct", "an a DET DT 12 det",
                  "economist economist NOUN NN 8 nsubj", "who who PRON WP 14 nsubj",
                  "studies study VERB VBZ 12 acl:relcl", "roads road NOUN NNS 14 obj", ". . PUNCT . 8 punct")
NO_INVERSION = "Ann Ruiz, the mayor, said the tolls would fall."
NO_INVERSION_UD = ud("Ann Ann PROPN NNP 6 nsubj", "Ruiz Ruiz PROPN NNP 1 flat", ", , PUNCT , 5 punct",
                     "the the DET DT 5 det", "mayor mayor NOUN NN 1 appos", "said say VERB VBD 0 root",
                     "the the DET DT 8 det", "tolls toll NOUN NNS 10 nsubj", "would would AUX MD 10 aux",
                     "fall fall VERB VB 6 ccomp", ". . PUNCT . 6 punct")


def test_closing_inversion_read_from_the_words() -> None:
    """`S, said Ann Ruiz, an economist who ...` with the parse taking a word of S for the subject:
    a verb of saying right after the clause's comma, then only a noun phrase, is inverted."""
    _, cue = only_cue(INVERSION_UD, INVERSION)
    assert span_text(INVERSION, cue.speaker) == "Ann Ruiz"
    assert span_text(INVERSION, cue.content) == "Tolls are unlikely to fall soon"
    _, cue = only_cue(NO_INVERSION_UD, NO_INVERSION)
    assert span_text(NO_INVERSION, cue.speaker) == "Ann Ruiz, the mayor"
    assert span_text(NO_INVERSION, cue.content) == "the tolls would fall"


ONCE = "The city cannot pay the way it once did, the mayor said in an interview."
ONCE_UD = ud("The the DET DT 2 det", "city city NOUN NN 5 nsubj", "can can AUX MD 5 aux",
             "not not PART RB 5 advmod", "pay pay VERB VB 14 advcl", "the the DET DT 7 det",
             "way way NOUN NN 5 obl", "it it PRON PRP 10 nsubj", "once once ADV RB 10 advmod",
             "did do VERB VBD 14 ccomp", ", , PUNCT , 10 punct", "the the DET DT 13 det",
             "mayor mayor NOUN NN 14 nsubj", "said say VERB VBD 0 root", "in in ADP IN 17 case",
             "an a DET DT 17 det", "interview interview NOUN NN 14 obl", ". . PUNCT . 14 punct")
NOTHING = "After the vote, the mayor said nothing."
NOTHING_UD = ud("After after ADP IN 3 case", "the the DET DT 3 det", "vote vote NOUN NN 7 obl",
                ", , PUNCT , 3 punct", "the the DET DT 6 det", "mayor mayor NOUN NN 7 nsubj",
                "said say VERB VBD 0 root", "nothing nothing PRON NN 7 obj", ". . PUNCT . 7 punct")


def test_closing_words_take_all_of_the_clause() -> None:
    """`S, the mayor said in an interview.` closing its sentence reports all of S, though the parse
    takes a clause within S for the cue's complement (`complement-before` widened by `_closing_words`); a report with words of its own after the verb
    (`said nothing`) is no closing report."""
    _, cue = only_cue(ONCE_UD, ONCE)
    assert (span_text(ONCE, cue.content), cue.content_rule) == ("The city cannot pay the way it once did",
                                                                "complement-before")
    _, cue = only_cue(NOTHING_UD, NOTHING)
    assert cue.content_rule != "closing-words"


TOLD_THAT = "The mayor told reporters that he would resign."
TOLD_THAT_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "told tell VERB VBD 0 root",
                  "reporters reporter NOUN NNS 3 obj", "that that PRON WDT 8 obj", "he he PRON PRP 8 nsubj",
                  "would would AUX MD 8 aux", "resign resign VERB VB 4 acl:relcl", ". . PUNCT . 3 punct")


def test_that_and_subject_pronoun_after_listener_open_what_was_told() -> None:
    """`told reporters that he would resign` parsed as a relative clause of the listener: `that he`
    opens the reported clause."""
    _, cue = only_cue(TOLD_THAT_UD, TOLD_THAT)
    assert span_text(TOLD_THAT, cue.content) == "that he would resign"


QUANTITY_OPENS = "The agency said about half of the new spending covered road repairs."
QUANTITY_OPENS_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	agency	agency	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	about	about	ADP	IN	_	5	case	_	_
5	half	half	NUM	CD	_	3	obl	_	_
6	of	of	ADP	IN	_	9	case	_	_
7	the	the	DET	DT	_	9	det	_	_
8	new	new	ADJ	JJ	_	9	amod	_	_
9	spending	spending	NOUN	NN	_	3	obl	_	_
10	covered	cover	VERB	VBN	_	9	acl	_	_
11	road	road	NOUN	NN	_	12	compound	_	_
12	repairs	repair	NOUN	NNS	_	10	obj	_	_
13	.	.	PUNCT	.	_	3	punct	_	_
"""
AT_LEAST_OPENS = "Residents, the paper reported at least six boats sank in the storm."
AT_LEAST_OPENS_UD = """
1	Residents	resident	NOUN	NNS	_	5	nsubj	_	_
2	,	,	PUNCT	,	_	1	punct	_	_
3	the	the	DET	DT	_	4	det	_	_
4	paper	paper	NOUN	NN	_	5	nsubj	_	_
5	reported	report	VERB	VBD	_	0	root	_	_
6	at	at	ADP	IN	_	9	case	_	_
7	least	least	ADJ	JJS	_	8	amod	_	_
8	six	six	NUM	CD	_	9	nummod	_	_
9	boats	boat	NOUN	NNS	_	5	obl	_	_
10	sank	sink	VERB	VBN	_	9	acl	_	_
11	in	in	ADP	IN	_	13	case	_	_
12	the	the	DET	DT	_	13	det	_	_
13	storm	storm	NOUN	NN	_	10	obl	_	_
14	.	.	PUNCT	.	_	5	punct	_	_
"""
NO_QUANTITY = "The agency said about the plan that it would fail."
NO_QUANTITY_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	agency	agency	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	about	about	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	_	6	det	_	_
6	plan	plan	NOUN	NN	_	3	obl	_	_
7	that	that	SCONJ	IN	_	10	mark	_	_
8	it	it	PRON	PRP	_	10	nsubj	_	_
9	would	would	AUX	MD	_	10	aux	_	_
10	fail	fail	VERB	VB	_	3	ccomp	_	_
11	.	.	PUNCT	.	_	3	punct	_	_
"""


MORE_THAN_OPENS = "Organisers said more than a thousand riders had entered."
MORE_THAN_OPENS_UD = """
1	Organisers	organiser	NOUN	NNS	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	more	more	ADV	RBR	_	2	advmod	_	_
4	than	than	ADP	IN	_	7	case	_	_
5	a	a	DET	DT	_	6	det	_	_
6	thousand	thousand	NUM	CD	_	7	nummod	_	_
7	riders	rider	NOUN	NNS	_	9	nsubj	_	_
8	had	have	AUX	VBD	_	9	aux	_	_
9	entered	enter	VERB	VBN	_	2	ccomp	_	_
10	.	.	PUNCT	.	_	2	punct	_	_
"""
MORE_OFTEN = "Organisers said more often that riders had entered late."
MORE_OFTEN_UD = """
1	Organisers	organiser	NOUN	NNS	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	more	more	ADV	RBR	_	4	advmod	_	_
4	often	often	ADV	RB	_	2	advmod	_	_
5	that	that	SCONJ	IN	_	8	mark	_	_
6	riders	rider	NOUN	NNS	_	8	nsubj	_	_
7	had	have	AUX	VBD	_	8	aux	_	_
8	entered	enter	VERB	VBN	_	2	ccomp	_	_
9	late	late	ADV	RB	_	8	advmod	_	_
10	.	.	PUNCT	.	_	2	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,speaker,content", [
    (QUANTITY_OPENS, QUANTITY_OPENS_UD, "The agency", "about half of the new spending covered road repairs"),
    (AT_LEAST_OPENS, AT_LEAST_OPENS_UD, "the paper", "at least six boats sank in the storm"),
    (NO_QUANTITY, NO_QUANTITY_UD, "The agency", "that it would fail"),
    (MORE_THAN_OPENS, MORE_THAN_OPENS_UD, "Organisers", "more than a thousand riders had entered"),
    (MORE_OFTEN, MORE_OFTEN_UD, "Organisers", "that riders had entered late"),
], ids=["about-half", "at-least", "about-topic", "more-than", "more-often"])
def test_quantity_after_the_cue_opens_the_reported_clause(text: str, conllu: str, speaker: str,
                                                          content: str) -> None:
    """`said about half of the money went ...`, `reported at least six boats sank ...`, `said more
    than a thousand riders had ...`: a number qualified by `about`, `at least` or `more than` opens
    the reported clause's subject, however the parse hung it (an oblique of the cue, its verb a
    participle, `more` an adverb of the cue); `said about the plan that ...` is a topic, `said more
    often that ...` an adverb of the cue."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.speaker) == speaker
    assert span_text(text, cue.content) == content


SHARE_SAY = "About four out of 10 say they expect lower taxes."
SHARE_SAY_UD = """
1	About	about	ADP	IN	_	2	case	_	_
2	four	four	NUM	CD	_	10	obl	_	_
3	out	out	ADP	IN	_	5	case	_	_
4	of	of	ADP	IN	_	5	case	_	_
5	10	10	NUM	CD	_	6	nummod	_	_
6	say	say	NOUN	NN	_	2	nmod	_	_
7	they	they	PRON	PRP	_	8	nsubj	_	_
8	expect	expect	VERB	VBP	_	0	root	_	_
9	lower	low	ADJ	JJR	_	10	amod	_	_
10	taxes	tax	NOUN	NNS	_	8	obj	_	_
11	.	.	PUNCT	.	_	8	punct	_	_
"""
SHARE_NO_CLAUSE = "The board gave the 12 say over the budget."
SHARE_NO_CLAUSE_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	board	board	NOUN	NN	_	3	nsubj	_	_
3	gave	give	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	6	det	_	_
5	12	12	NUM	CD	_	6	nummod	_	_
6	say	say	NOUN	NN	_	3	obj	_	_
7	over	over	ADP	IN	_	9	case	_	_
8	the	the	DET	DT	_	9	det	_	_
9	budget	budget	NOUN	NN	_	3	obl	_	_
10	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_share_of_people_says_what_follows_a_noun_tagged_say() -> None:
    """`About four out of 10 say they expect ...` with `say` tagged as a noun: the share speaks the
    clause after it; `gave the 12 say over the budget` reports nothing."""
    _, cue = only_cue(SHARE_SAY_UD, SHARE_SAY)
    assert (cue.rule, span_text(SHARE_SAY, cue.speaker)) == ("share-cue", "About four out of 10")
    assert span_text(SHARE_SAY, cue.content) == "they expect lower taxes"
    assert cues_of(SHARE_NO_CLAUSE_UD, SHARE_NO_CLAUSE)[1] == []


ELIDED = "She left early, just as she said she would."
ELIDED_UD = """
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	_
3	early	early	ADV	RB	_	2	advmod	_	_
4	,	,	PUNCT	,	_	9	punct	_	_
5	just	just	ADV	RB	_	9	advmod	_	_
6	as	as	SCONJ	IN	_	8	mark	_	_
7	she	she	PRON	PRP	_	8	nsubj	_	_
8	said	say	VERB	VBD	_	2	advcl	_	_
9	she	she	PRON	PRP	_	10	nsubj	_	_
10	would	would	AUX	MD	_	8	ccomp	_	_
11	.	.	PUNCT	.	_	2	punct	_	_
"""
NOT_ELIDED = "He said it rained."
NOT_ELIDED_UD = """
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	4	nsubj	_	_
4	rained	rain	VERB	VBD	_	2	ccomp	_	_
5	.	.	PUNCT	.	_	2	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,expected", [
    (ELIDED, ELIDED_UD, [("indirect", "she would", "she")]),
    (NOT_ELIDED, NOT_ELIDED_UD, [("indirect", "it rained", "He")]),
    (NOT_ELIDED.replace("said", "believed"), NOT_ELIDED_UD.replace("said\tsay", "believed\tbelieve"), []),
], ids=["she-would", "subject-and-verb", "belief-too-short"])
def test_elided_two_word_clause_is_reported(text: str, conllu: str, expected: list) -> None:
    """`as she said she would`: a subject pronoun and a modal whose verb was said before is a
    reported clause though shorter than MIN_INDIRECT_WORDS; so is a subject and the verb that ends its
    clause (`said it rained`: h160's `The company said sales fell.`); `believed it rained` is no report."""
    got = [(q.type, q.text, q.speaker.text if q.speaker else None) for q in assembled(text, conllu)
           if q.type == "indirect"]
    assert got == expected


ANSWERED = "Most residents said yes."
ANSWERED_UD = """
1	Most	most	ADJ	JJS	_	2	amod	_	_
2	residents	resident	NOUN	NNS	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	yes	yes	INTJ	UH	_	3	discourse	_	_
5	.	.	PUNCT	.	_	3	punct	_	_
"""
SAID_NO_TO = "The mayor said no to the plan."
SAID_NO_TO_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	mayor	mayor	NOUN	NN	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	no	no	DET	DT	_	7	det	_	_
5	to	to	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	plan	plan	NOUN	NN	_	3	obl	_	_
8	.	.	PUNCT	.	_	3	punct	_	_
"""
SAME_OF = "A third said the same of the deputy."
SAME_OF_UD = """
1	A	a	DET	DT	_	2	det	_	_
2	third	third	ADJ	JJ	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	same	same	ADJ	JJ	_	3	obj	_	_
6	of	of	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	deputy	deputy	NOUN	NN	_	5	nmod	_	_
9	.	.	PUNCT	.	_	3	punct	_	_
"""


@pytest.mark.parametrize("text,conllu,expected", [
    (ANSWERED, ANSWERED_UD, [("indirect", "yes", "Most residents")]),
    (SAME_OF, SAME_OF_UD, [("indirect", "the same of the deputy", "A third")]),
    (SAID_NO_TO, SAID_NO_TO_UD, []),
], ids=["said-yes", "the-same-of", "said-no-to"])
def test_answer_words_stand_for_the_clause(text: str, conllu: str, expected: list) -> None:
    """`said yes`, `said the same of X`: one-word answers and `the same` report a clause; `said no
    to the plan` answers nothing."""
    got = [(q.type, q.text, q.speaker.text if q.speaker else None) for q in assembled(text, conllu)]
    assert got == expected


NAMING_WHO = 'The governor, who called the budget "a road map to ruin," lost the vote.'
NAMING_WHO_UD = ud("The the DET DT 2 det", "governor governor NOUN NN 16 nsubj", ", , PUNCT , 5 punct",
                   "who who PRON WP 5 nsubj", "called call VERB VBD 2 acl:relcl", "the the DET DT 7 det",
                   "budget budget NOUN NN 5 obj", '" " PUNCT `` 10 punct', "a a DET DT 10 det",
                   "road road NOUN NN 5 xcomp", "map map NOUN NN 10 flat", "to to ADP IN 13 case",
                   "ruin ruin NOUN NN 10 nmod", ", , PUNCT , 10 punct", '" " PUNCT \'\' 10 punct',
                   "lost lose VERB VBD 0 root", "the the DET DT 18 det", "vote vote NOUN NN 16 obj",
                   ". . PUNCT . 16 punct")
NAMING_WHAT = 'Lee attacked what he calls the "tax grab" in a speech.'
NAMING_WHAT_UD = ud("Lee Lee PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root", "what what PRON WP 2 obj",
                    "he he PRON PRP 5 nsubj", "calls call VERB VBZ 3 acl:relcl", "the the DET DT 9 det",
                    '" " PUNCT `` 8 punct', "tax tax NOUN NN 9 compound", "grab grab NOUN NN 5 xcomp",
                    '" " PUNCT \'\' 9 punct', "in in ADP IN 13 case", "a a DET DT 13 det",
                    "speech speech NOUN NN 2 obl", ". . PUNCT . 2 punct")
NAMING_THAT = 'Letters that called him "a fraud" were sent.'
NAMING_THAT_UD = ud("Letters letter NOUN NNS 10 nsubj:pass", "that that PRON WDT 3 nsubj",
                    "called call VERB VBD 1 acl:relcl", "him he PRON PRP 3 obj", '" " PUNCT `` 7 punct',
                    "a a DET DT 7 det", "fraud fraud NOUN NN 3 xcomp", '" " PUNCT \'\' 7 punct',
                    "were be AUX VBD 10 aux:pass", "sent send VERB VBN 0 root", ". . PUNCT . 10 punct")
NAMING_HAVE = 'The mayor is said to have called the plan "a fantasy."'
NAMING_HAVE_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 4 nsubj:pass", "is be AUX VBZ 4 aux:pass",
                    "said say VERB VBN 0 root", "to to PART TO 7 mark", "have have AUX VB 7 aux",
                    "called call VERB VBN 4 xcomp", "the the DET DT 9 det", "plan plan NOUN NN 7 obj",
                    '" " PUNCT `` 12 punct', "a a DET DT 12 det", "fantasy fantasy NOUN NN 7 xcomp",
                    ". . PUNCT . 4 punct", '" " PUNCT \'\' 12 punct')
NAMED_AS = 'Called "the best in the state," the team lost.'
NAMED_AS_UD = ud("Called call VERB VBN 9 advcl", '" " PUNCT `` 5 punct', "the the DET DT 4 det",
                 "best best ADJ JJS 1 xcomp", "in in ADP IN 7 case", "the the DET DT 7 det",
                 "state state NOUN NN 4 obl", ", , PUNCT , 4 punct", "the the DET DT 10 det",
                 "team team NOUN NN 11 nsubj", "lost lose VERB VBD 0 root", ". . PUNCT . 11 punct")


@pytest.mark.parametrize("text, conllu, expected", [
    (NAMING_WHO, NAMING_WHO_UD, ("called", "who")),
    (NAMING_WHAT, NAMING_WHAT_UD, None),
    (NAMING_THAT, NAMING_THAT_UD, None),
    (NAMING_HAVE, NAMING_HAVE_UD, ("called", "The mayor")),
    (NAMED_AS, NAMED_AS_UD, None),
], ids=["comma-who-names", "what-he-calls-is-a-name", "restrictive-that-not-set-off", "perfect-participle-names",
        "passive-participle-is-named"])
def test_naming_verb_in_relative_or_perfect_clause(text: str, conllu: str, expected: tuple[str, str] | None) -> None:
    """A naming verb is a cue where its clause's own subject names: a relative pronoun set off by a
    comma (`Lee, who called it "..."`) or a subject it shares as an active perfect (`is said to have
    called it "..."`); not where the relative pronoun is the thing named (`what he calls "..."`), nor
    a passive participle (`Called "the best," the team ...`)."""
    words, cues = cues_of(conllu, text)
    naming = [c for c in cues if c.verb.lemma == "call"]
    if expected is None:
        assert naming == []
    else:
        assert len(naming) == 1 and span_text(text, naming[0].span) == expected[0]
        assert span_text(text, naming[0].speaker) == expected[1]


SEE_AS = 'Voters see the plan as "a trap."'
SEE_AS_UD = ud("Voters voter NOUN NNS 2 nsubj", "see see VERB VBP 0 root", "the the DET DT 4 det",
               "plan plan NOUN NN 2 obj", "as as ADP IN 8 case", '" " PUNCT `` 8 punct', "a a DET DT 8 det",
               "trap trap NOUN NN 2 obl", ". . PUNCT . 2 punct", '" " PUNCT \'\' 8 punct')
SAW_TITLE = 'He saw "Jaws" last night.'
SAW_TITLE_UD = ud("He he PRON PRP 2 nsubj", "saw see VERB VBD 0 root", '" " PUNCT `` 4 punct',
                  "Jaws Jaws PROPN NNP 2 obj", '" " PUNCT \'\' 4 punct', "last last ADJ JJ 7 amod",
                  "night night NOUN NN 2 obl:tmod", ". . PUNCT . 2 punct")


@pytest.mark.parametrize("text, conllu, expected", [(SEE_AS, SEE_AS_UD, "Voters"), (SAW_TITLE, SAW_TITLE_UD, None)],
                         ids=["names-through-as", "bare-perception-names-nothing"])
def test_naming_only_through_as(text: str, conllu: str, expected: str | None) -> None:
    """`see`, `cast`, `frame` ... name only through `as` (`see the plan as "a trap"`); bare, they
    are perception, votes or lists (`saw "Jaws"`): no cue at all."""
    _, cues = cues_of(conllu, text)
    if expected is None:
        assert cues == []
    else:
        assert len(cues) == 1 and cues[0].naming and span_text(text, cues[0].speaker) == expected
        assert cues[0].content is None


CLOSING_OBJECT = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 left leave VERB VBD _ 0 root _ _
4 early early ADV RB _ 3 advmod _ _
5 , , PUNCT , _ 8 punct _ _
6 the the DET DT _ 7 det _ _
7 council council NOUN NN _ 8 nsubj _ _
8 said say VERB VBD _ 3 acl:relcl _ _
9 nothing nothing PRON NN _ 8 obj _ _
10 . . PUNCT . _ 3 punct _ _
"""

CLOSING_RELATIVE = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 left leave VERB VBD _ 0 root _ _
4 early early ADV RB _ 3 advmod _ _
5 , , PUNCT , _ 8 punct _ _
6 the the DET DT _ 7 det _ _
7 council council NOUN NN _ 8 nsubj _ _
8 said say VERB VBD _ 3 acl:relcl _ _
9 on on ADP IN _ 10 case _ _
10 Friday Friday PROPN NNP _ 8 obl _ _
11 . . PUNCT . _ 3 punct _ _
"""


@pytest.mark.parametrize("conllu,text,speaker,content", [
    (CLOSING_RELATIVE, "The mayor left early, the council said on Friday.", "the council",
     "The mayor left early"),
    (CLOSING_OBJECT, "The mayor left early, the council said nothing.", "the council", None),
], ids=["time-after", "object-after"])
def test_closing_run(conllu: str, text: str, speaker: str, content: str | None) -> None:
    """`S, the council said on Friday.` with the cue hung as a relative clause: the run before the cue
    speaks all of S; `..., the council said nothing.` reports what follows the verb, not S."""
    _, cue = only_cue(conllu, text)
    assert span_text(text, cue.speaker) == speaker
    assert span_text(text, cue.content) == content
    if content is None:
        assert cue.speaker_rule != "closing-name-run"


# A headline's capitalised auxiliary (`... Is now telling`) is the verb's, no word of the name before it.
CAPITAL_AUXILIARY = "Veteran pollster Dora Quill Is now telling us that turnout had dropped."
CAPITAL_AUXILIARY_UD = ud(
    "Veteran veteran ADJ JJ 2 amod", "pollster pollster NOUN NN 7 nsubj", "Dora Dora PROPN NNP 7 nsubj",
    "Quill Quill PROPN NNP 3 flat", "Is be AUX VBZ 7 aux", "now now ADV RB 7 advmod", "telling tell VERB VBG 0 root",
    "us we PRON PRP 7 iobj", "that that SCONJ IN 12 mark", "turnout turnout NOUN NN 12 nsubj",
    "had have AUX VBD 12 aux", "dropped drop VERB VBN 7 ccomp", ". . PUNCT . 7 punct")


def test_name_run_stops_at_a_capitalised_auxiliary() -> None:
    """`name-run` takes capitalised words for a name's, but not an auxiliary the tagger saw as one."""
    quotes = [(q.text, q.speaker and q.speaker.text) for q in assembled(CAPITAL_AUXILIARY, CAPITAL_AUXILIARY_UD)]
    assert quotes == [("that turnout had dropped", "Veteran pollster Dora Quill")]


MENTION_NAME = "The mayor did not mention Ruiz."
MENTION_NAME_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 5 nsubj", "did do AUX VBD 5 aux",
                     "not not PART RB 5 advmod", "mention mention VERB VB 0 root", "Ruiz Ruiz PROPN NNP 5 obj",
                     ". . PUNCT . 5 punct")
ANNOUNCE_NAME = "The company announced Zephyr."
ANNOUNCE_NAME_UD = ud("The the DET DT 2 det", "company company NOUN NN 3 nsubj",
                      "announced announce VERB VBD 0 root", "Zephyr Zephyr PROPN NNP 3 obj", ". . PUNCT . 3 punct")
BY_NAME = "The senator never mentioned Lee by name."
BY_NAME_UD = ud("The the DET DT 2 det", "senator senator NOUN NN 4 nsubj", "never never ADV RB 4 advmod",
                "mentioned mention VERB VBD 0 root", "Lee Lee PROPN NNP 4 obj", "by by ADP IN 7 case",
                "name name NOUN NN 4 obl", ". . PUNCT . 4 punct")
NAMED_AS = "Several aides have mentioned Ruiz as a possible successor."
NAMED_AS_UD = ud("Several several ADJ JJ 2 amod", "aides aide NOUN NNS 4 nsubj", "have have AUX VBP 4 aux",
                 "mentioned mention VERB VBN 0 root", "Ruiz Ruiz PROPN NNP 4 obj", "as as ADP IN 9 case",
                 "a a DET DT 9 det", "possible possible ADJ JJ 9 amod", "successor successor NOUN NN 4 obl",
                 ". . PUNCT . 4 punct")


@pytest.mark.parametrize("text, conllu, expected", [
    (MENTION_NAME, MENTION_NAME_UD, [("Ruiz", "The mayor")]),  # a name mentioned: one word is enough
    (ANNOUNCE_NAME, ANNOUNCE_NAME_UD, []),  # a one-word object of another report verb names no message
    (BY_NAME, BY_NAME_UD, [("Lee by name", "The senator")]),  # how the name was given goes with it
    (NAMED_AS, NAMED_AS_UD, [("Ruiz as a possible successor", "Several aides")]),  # and what it was given as
], ids=["one-word-name", "not-for-announce", "by-name", "named-as"])
def test_mentioned_name_is_reported(text: str, conllu: str, expected: list) -> None:
    assert [(q.text, q.speaker.text if q.speaker else None) for q in assembled(text, conllu)] == expected


NOUN_CUE_RELATIVE = "Nobody believed the claim that he made in May."
NOUN_CUE_RELATIVE_UD = ud("Nobody nobody PRON NN 2 nsubj", "believed believe VERB VBD 0 root",
                          "the the DET DT 4 det", "claim claim NOUN NN 2 obj", "that that PRON WDT 7 obj",
                          "he he PRON PRP 7 nsubj", "made make VERB VBD 4 acl:relcl", "in in ADP IN 9 case",
                          "May May PROPN NNP 7 obl", ". . PUNCT . 2 punct")
NOUN_CUE_OWNER = "Critics laughed at the governor's warning that the river would flood."
NOUN_CUE_OWNER_UD = ud("Critics critic NOUN NNS 2 nsubj", "laughed laugh VERB VBD 0 root", "at at ADP IN 7 case",
                       "the the DET DT 5 det", "governor governor NOUN NN 7 nmod:poss", "'s 's PART POS 5 case",
                       "warning warning NOUN NN 2 obl", "that that SCONJ IN 12 mark", "the the DET DT 10 det",
                       "river river NOUN NN 12 nsubj", "would would AUX MD 12 aux", "flood flood VERB VB 7 acl",
                       ". . PUNCT . 2 punct")
NOUN_CUE_NO_OWNER = "There were warnings that the river would flood."
NOUN_CUE_NO_OWNER_UD = ud("There there PRON EX 2 expl", "were be VERB VBD 0 root", "warnings warning NOUN NNS 2 nsubj",
                          "that that SCONJ IN 8 mark", "the the DET DT 6 det", "river river NOUN NN 8 nsubj",
                          "would would AUX MD 8 aux", "flood flood VERB VB 3 acl", ". . PUNCT . 2 punct")


@pytest.mark.parametrize("text, conllu, expected", [
    (NOUN_CUE_OWNER, NOUN_CUE_OWNER_UD, [("that the river would flood", "the governor")]),
    (NOUN_CUE_RELATIVE, NOUN_CUE_RELATIVE_UD, []),  # a relative `that`: no clause said
    (NOUN_CUE_NO_OWNER, NOUN_CUE_NO_OWNER_UD, []),  # nobody owns the warning: no one to say it
], ids=["owner", "relative-that", "no-owner"])
def test_noun_cue_needs_its_clause_and_owner(text: str, conllu: str, expected: list) -> None:
    assert [(q.text, q.speaker.text if q.speaker else None) for q in assembled(text, conllu)] == expected


AFTER_VOTE = "Shares fell after the vote announced on Friday."
AFTER_VOTE_UD = ud("Shares share NOUN NNS 2 nsubj", "fell fall VERB VBD 0 root", "after after ADP IN 5 case",
                   "the the DET DT 5 det", "vote vote NOUN NN 2 obl", "announced announce VERB VBN 5 acl",
                   "on on ADP IN 8 case", "Friday Friday PROPN NNP 6 obl", ". . PUNCT . 2 punct")


def test_clause_preposition_wants_a_tensed_cue() -> None:
    """`after the vote announced on Friday`: a participle after the phrase of `after` has no subject there."""
    words, cues = cues_of(AFTER_VOTE_UD, AFTER_VOTE)
    assert cues and all(c.speaker_rule != "clause-preposition" for c in cues)


ASIDE_CUE = "Lena Park, who said the plan had failed, called for a new vote."
ASIDE_CUE_UD = ud("Lena Lena PROPN NNP 0 root", "Park Park PROPN NNP 1 flat", ", , PUNCT , 5 punct",
                  "who who PRON WP 5 nsubj", "said say VERB VBD 1 acl:relcl", "the the DET DT 7 det",
                  "plan plan NOUN NN 9 nsubj", "had have AUX VBD 9 aux", "failed fail VERB VBN 5 ccomp",
                  ", , PUNCT , 11 punct", "called call VERB VBN 9 conj", "for for ADP IN 15 case",
                  "a a DET DT 15 det", "new new ADJ JJ 15 amod", "vote vote NOUN NN 11 obl", ". . PUNCT . 1 punct")
PLAN_ASIDE = "Ruiz said the plan, which cost millions, had failed."
PLAN_ASIDE_UD = ud("Ruiz Ruiz PROPN NNP 2 nsubj", "said say VERB VBD 0 root", "the the DET DT 4 det",
                   "plan plan NOUN NN 11 nsubj", ", , PUNCT , 7 punct", "which which PRON WDT 7 nsubj",
                   "cost cost VERB VBD 4 acl:relcl", "millions million NOUN NNS 7 obj", ", , PUNCT , 7 punct",
                   "had have AUX VBD 11 aux", "failed fail VERB VBN 2 ccomp", ". . PUNCT . 2 punct")


@pytest.mark.parametrize("text, conllu, content", [
    (ASIDE_CUE, ASIDE_CUE_UD, "the plan had failed"),  # the aside ends at its comma: `called` is Park's
    (PLAN_ASIDE, PLAN_ASIDE_UD, "the plan, which cost millions, had failed"),  # an aside within the report
], ids=["cue-in-aside", "aside-in-report"])
def test_report_in_a_relative_aside_ends_with_it(text: str, conllu: str, content: str) -> None:
    words, cues = cues_of(conllu, text)
    assert [span_text(text, c.content) for c in cues if c.verb.lemma == "say"] == [content]


FILED_REPORTS = "Voters read the Election Board reports that track spending."
FILED_REPORTS_UD = ud("Voters voter NOUN NNS 2 nsubj", "read read VERB VBD 0 root", "the the DET DT 6 det",
                      "Election Election PROPN NNP 5 compound", "Board Board PROPN NNP 6 compound",
                      "reports report NOUN NNS 2 obj", "that that PRON WDT 8 nsubj", "track track VERB VBP 6 acl:relcl",
                      "spending spending NOUN NN 8 obj", ". . PUNCT . 2 punct")


def test_name_then_verb_leaves_a_relative_that_alone() -> None:
    """`the Election Board reports that track spending`: `reports` is a noun with a relative clause."""
    words, cues = cues_of(FILED_REPORTS_UD, FILED_REPORTS)
    assert cues == []


ASKED_IF = "Asked if she believed the mayor would win, Ruiz smiled."
ASKED_IF_UD = ud("Asked ask VERB VBN 11 advcl", "if if SCONJ IN 4 mark", "she she PRON PRP 4 nsubj",
                 "believed believe VERB VBD 1 ccomp", "the the DET DT 6 det", "mayor mayor NOUN NN 8 nsubj",
                 "would would AUX MD 8 aux", "win win VERB VB 11 ccomp", ", , PUNCT , 8 punct",
                 "Ruiz Ruiz PROPN NNP 11 nsubj", "smiled smile VERB VBD 0 root", ". . PUNCT . 11 punct")


def test_question_after_ask_runs_to_its_comma() -> None:
    """`Asked if she believed the mayor would win, ...` with `would win` hung elsewhere: the question
    still runs to its comma."""
    words, cues = cues_of(ASKED_IF_UD, ASKED_IF)
    assert [span_text(ASKED_IF, c.content) for c in cues] == ["if she believed the mayor would win"]


RECALLED = "She recalled his kindness at the shelter, smiling."
RECALLED_UD = ud("She she PRON PRP 2 nsubj", "recalled recall VERB VBD 0 root", "his his PRON PRP$ 4 nmod:poss",
                 "kindness kindness NOUN NN 2 obj", "at at ADP IN 7 case", "the the DET DT 7 det",
                 "shelter shelter NOUN NN 2 obl", ", , PUNCT , 9 punct", "smiling smile VERB VBG 2 advcl",
                 ". . PUNCT . 2 punct")
NOTED_CLAUSE = "She noted the plan would fail."
NOTED_CLAUSE_UD = ud("She she PRON PRP 2 nsubj", "noted note VERB VBD 0 root", "the the DET DT 4 det",
                     "plan plan NOUN NN 6 nsubj", "would would AUX MD 6 aux", "fail fail VERB VB 2 ccomp",
                     ". . PUNCT . 2 punct")


@pytest.mark.parametrize("text, conllu, content, rule", [
    (RECALLED, RECALLED_UD, "his kindness at the shelter", "last-object"),  # to the comma
    (NOTED_CLAUSE, NOTED_CLAUSE_UD, "the plan would fail", "complement-after"),  # a clause comes first
], ids=["object-to-comma", "clause-first"])
def test_last_object_of_noting_or_recalling(text: str, conllu: str, content: str, rule: str) -> None:
    words, cues = cues_of(conllu, text)
    found = [(span_text(text, c.content), c.content_rule) for c in cues if c.verb.lemma in ("note", "recall")]
    assert found == [(content, rule)]


NOTED_INVERTED = '"The vote was close," noted the mayor.'
NOTED_INVERTED_UD = ud('" " PUNCT `` 5 punct', "The the DET DT 3 det", "vote vote NOUN NN 5 nsubj",
                       "was be AUX VBD 5 cop", "close close ADJ JJ 0 root", ", , PUNCT , 5 punct",
                       "\" \" PUNCT '' 5 punct", "noted note VERB VBD 5 parataxis", "the the DET DT 10 det",
                       "mayor mayor NOUN NN 8 obj", ". . PUNCT . 5 punct")


def test_last_object_is_not_an_inverted_speaker() -> None:
    """`"...," noted the mayor`: the phrase after the verb speaks; it is not what was noted."""
    words, cues = cues_of(NOTED_INVERTED_UD, NOTED_INVERTED)
    noted = [c for c in cues if c.verb.lemma == "note"]
    assert len(noted) == 1 and noted[0].content_rule != "last-object"
    assert span_text(NOTED_INVERTED, noted[0].speaker) == "the mayor"


ACTIVE_VERDICT = "The board declared a holiday."
ACTIVE_VERDICT_UD = ud("The the DET DT 2 det", "board board NOUN NN 3 nsubj", "declared declare VERB VBD 0 root",
                       "a a DET DT 5 det", "holiday holiday NOUN NN 3 obj", ". . PUNCT . 3 punct")


def test_verdict_wants_a_passive_cue() -> None:
    """`The board declared a holiday`: an active cue's object is no verdict said of someone."""
    words, cues = cues_of(ACTIVE_VERDICT_UD, ACTIVE_VERDICT)
    assert [c.content_rule for c in cues] == [None]


WATCHED = 'Voters watched the governor promising "a new bridge."'
WATCHED_UD = ud("Voters voter NOUN NNS 2 nsubj", "watched watch VERB VBD 0 root", "the the DET DT 4 det",
                "governor governor NOUN NN 2 obj", "promising promise VERB VBG 2 advcl", '" " PUNCT `` 9 punct',
                "a a DET DT 9 det", "new new ADJ JJ 9 amod", "bridge bridge NOUN NN 5 obj",
                ". . PUNCT . 2 punct", "\" \" PUNCT '' 2 punct")
# the same words with a comma setting the participle off: the voters' doing
WATCHED_SET_OFF = 'Voters watched the governor, promising "a new bridge."'
WATCHED_SET_OFF_UD = ud("Voters voter NOUN NNS 2 nsubj", "watched watch VERB VBD 0 root", "the the DET DT 4 det",
                        "governor governor NOUN NN 2 obj", ", , PUNCT , 6 punct",
                        "promising promise VERB VBG 2 advcl", '" " PUNCT `` 10 punct', "a a DET DT 10 det",
                        "new new ADJ JJ 10 amod", "bridge bridge NOUN NN 6 obj", ". . PUNCT . 2 punct",
                        "\" \" PUNCT '' 2 punct")
# no verb of perceiving: the participle stays the subject's
GREETED = 'Voters greeted the governor promising "a new bridge."'
GREETED_UD = WATCHED_UD.replace("watched\twatch", "greeted\tgreet")


@pytest.mark.parametrize("text, conllu, speaker, rule", [
    (WATCHED, WATCHED_UD, "the governor", "perceived-doer"),
    (WATCHED_SET_OFF, WATCHED_SET_OFF_UD, "Voters", "controller-subject"),
    (GREETED, GREETED_UD, "Voters", "controller-subject"),
])
def test_participle_after_what_is_perceived(text: str, conllu: str, speaker: str, rule: str) -> None:
    """`watched the governor promising ...`: the one watched does it; set off by a comma, or after a
    verb that perceives nothing (`greeted`), the participle is the subject's."""
    _, cues = cues_of(conllu, text)
    (cue,) = [c for c in cues if c.verb.lemma == "promise"]
    assert (span_text(text, cue.speaker), cue.speaker_rule) == (speaker, rule)


# `apologized` taken for a passive participle, its subject for a passive one
APOLOGIZED = 'Ruiz has apologized: "I was wrong."'
APOLOGIZED_UD = ud("Ruiz Ruiz PROPN NNP 3 nsubj:pass", "has have AUX VBZ 3 aux", "apologized apologize VERB VBN 0 root",
                   ": : PUNCT : 3 punct", '" " PUNCT `` 8 punct', "I I PRON PRP 8 nsubj", "was be AUX VBD 8 cop",
                   "wrong wrong ADJ JJ 3 parataxis", ". . PUNCT . 3 punct", "\" \" PUNCT '' 3 punct")
# a true passive: `been` makes the subject the one told, no speaker
BEEN_TOLD = 'Ruiz has been told: "You were wrong."'
BEEN_TOLD_UD = ud("Ruiz Ruiz PROPN NNP 4 nsubj:pass", "has have AUX VBZ 4 aux", "been be AUX VBN 4 aux:pass",
                  "told tell VERB VBN 0 root", ": : PUNCT : 4 punct", '" " PUNCT `` 9 punct',
                  "You you PRON PRP 9 nsubj", "were be AUX VBD 9 cop", "wrong wrong ADJ JJ 4 parataxis",
                  ". . PUNCT . 4 punct", "\" \" PUNCT '' 4 punct")


@pytest.mark.parametrize("text, conllu, lemma, speaker", [
    (APOLOGIZED, APOLOGIZED_UD, "apologize", "Ruiz"),
    (BEEN_TOLD, BEEN_TOLD_UD, "tell", None),
])
def test_perfect_participle_is_active(text: str, conllu: str, lemma: str, speaker: str | None) -> None:
    """`has apologized`: `have` with no `be` makes a perfect, active whatever the parse says; `has been
    told` stays passive."""
    _, cues = cues_of(conllu, text)
    (cue,) = [c for c in cues if c.verb.lemma == lemma]
    assert span_text(text, cue.speaker) == speaker


@pytest.mark.parametrize("words, refused", [
    ("is one common saying".split(), True),      # `"...," is one common saying here`: a verb, no speaker
    ("by condemning".split(), True),             # `"..." by condemning ...`: a phrase of its own
    ("about 50 protesters".split(), False),      # a quantity opens a noun phrase
    ("Will Ruiz".split(), False),                # a name, whatever word it looks like
    ("a senior official".split(), False),
])
def test_between_words_open_no_phrase_with_a_verb_or_preposition(words: list[str], refused: bool) -> None:
    """Words between a quotation and its cue are no speaker when they open with an auxiliary or a
    preposition (lower-case, with no number after it)."""
    from quotes.rules.speakers import _no_phrase_start

    assert _no_phrase_start(words) is refused


NOTING = "Noting he had studied law, Lee said he tends to argue."
NOTING_UD = ud("Noting note VERB VBG 8 advcl", "he he PRON PRP 4 nsubj", "had have AUX VBD 4 aux",
               "studied study VERB VBN 1 ccomp", "law law NOUN NN 4 obj", ", , PUNCT , 8 punct",
               "Lee Lee PROPN NNP 8 nsubj", "said say VERB VBD 0 root", "he he PRON PRP 10 nsubj",
               "tends tend VERB VBZ 8 ccomp", "to to PART TO 12 mark", "argue argue VERB VB 10 xcomp",
               ". . PUNCT . 8 punct")
# the same clause hung from `said`, as no complement of `Noting`: its words still stop at the comma
NOTING_BARE_UD = NOTING_UD.replace("1\tccomp", "8\tadvcl")
# no comma before the verb the participle hangs from: nothing is read off the rest of the sentence
NOTING_UNCLOSED = "Noting he had studied law Lee said he tends to argue."
NOTING_UNCLOSED_UD = ud("Noting note VERB VBG 7 advcl", "he he PRON PRP 4 nsubj", "had have AUX VBD 4 aux",
                        "studied study VERB VBN 7 advcl", "law law NOUN NN 4 obj", "Lee Lee PROPN NNP 7 nsubj",
                        "said say VERB VBD 0 root", "he he PRON PRP 9 nsubj", "tends tend VERB VBZ 7 ccomp",
                        "to to PART TO 11 mark", "argue argue VERB VB 9 xcomp", ". . PUNCT . 7 punct")


@pytest.mark.parametrize("text, conllu, content", [
    (NOTING, NOTING_UD, "he had studied law"),
    (NOTING, NOTING_BARE_UD, "he had studied law"),
    (NOTING_UNCLOSED, NOTING_UNCLOSED_UD, None),
], ids=["complement", "rest-to-comma", "no-comma"])
def test_fronted_participle_reports_up_to_its_comma(text: str, conllu: str, content: str | None) -> None:
    """`Noting he had studied law, Lee said ...`: a participle opening its sentence reports no further
    than the comma closing its phrase, never the clause of the verb it hangs from."""
    _, cues = cues_of(conllu, text)
    (cue,) = [c for c in cues if c.verb.text == "Noting"]
    assert span_text(text, cue.content) == content


SIDE_REPORT = 'The mayor said she backed the housing bill, to which her rival replied: "It is a gift to developers."'
SIDE_REPORT_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "said say VERB VBD 0 root",
                    "she she PRON PRP 5 nsubj", "backed back VERB VBD 3 ccomp", "the the DET DT 8 det",
                    "housing housing NOUN NN 8 compound", "bill bill NOUN NN 5 obj", ", , PUNCT , 14 punct",
                    "to to ADP IN 11 case", "which which PRON WDT 14 obl", "her her PRON PRP$ 13 nmod:poss",
                    "rival rival NOUN NN 14 nsubj", "replied reply VERB VBD 8 acl:relcl", ": : PUNCT : 14 punct",
                    '" " PUNCT `` 20 punct', "It it PRON PRP 20 nsubj", "is be AUX VBZ 20 cop", "a a DET DT 20 det",
                    "gift gift NOUN NN 14 ccomp", "to to ADP IN 22 case", "developers developer NOUN NNS 20 nmod",
                    ". . PUNCT . 3 punct", "\" \" PUNCT '' 20 punct")
ASIDE_REPORT = 'The mayor said the new plan, which her rival called "a trap," had failed.'
ASIDE_REPORT_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "said say VERB VBD 0 root",
                     "the the DET DT 6 det", "new new ADJ JJ 6 amod", "plan plan NOUN NN 18 nsubj",
                     ", , PUNCT , 11 punct", "which which PRON WDT 11 obj", "her her PRON PRP$ 10 nmod:poss",
                     "rival rival NOUN NN 11 nsubj", "called call VERB VBD 6 acl:relcl", '" " PUNCT `` 14 punct',
                     "a a DET DT 14 det", "trap trap NOUN NN 11 xcomp", ", , PUNCT , 14 punct",
                     "\" \" PUNCT '' 14 punct", "had have AUX VBD 18 aux", "failed fail VERB VBN 3 ccomp",
                     ". . PUNCT . 3 punct")
SIDE_NO_REPORT = "The mayor said the new tax was too high, which worried the council."
SIDE_NO_REPORT_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "said say VERB VBD 0 root",
                       "the the DET DT 6 det", "new new ADJ JJ 6 amod", "tax tax NOUN NN 9 nsubj",
                       "was be AUX VBD 9 cop", "too too ADV RB 9 advmod", "high high ADJ JJ 3 ccomp",
                       ", , PUNCT , 12 punct", "which which PRON WDT 12 nsubj", "worried worry VERB VBD 9 advcl",
                       "the the DET DT 14 det", "council council NOUN NN 12 obj", ". . PUNCT . 3 punct")


@pytest.mark.parametrize("text, conllu, expected", [
    # a relative clause closing the report holds a report of its own: two quotes, each its speaker's
    (SIDE_REPORT, SIDE_REPORT_UD, [("indirect", "she backed the housing bill", "The mayor"),
                                   ("direct", "It is a gift to developers.", "her rival")]),
    # the relative clause is an aside closed before the report goes on: one mixed quote, uncut
    (ASIDE_REPORT, ASIDE_REPORT_UD, [("mixed", 'the new plan, which her rival called "a trap," had failed',
                                      "The mayor")]),
    # no report in the relative clause: nothing is cut
    (SIDE_NO_REPORT, SIDE_NO_REPORT_UD, [("indirect", "the new tax was too high, which worried the council",
                                          "The mayor")]),
], ids=["side-report", "aside-in-report", "no-report"])
def test_side_report_ends_the_clause_before_it(text: str, conllu: str, expected: list) -> None:
    quotes = assembled(text, conllu)
    assert [(q.type, q.text, q.speaker.text if q.speaker else None) for q in quotes] == expected
    assert [q.rules.get("cut") for q in quotes][:1] == (["side-report"] if text == SIDE_REPORT else [None])


ONWARD = 'The mayor called the ferry plan "a costly mistake," adding that the vote would be close.'
ONWARD_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "called call VERB VBD 0 root",
               "the the DET DT 6 det", "ferry ferry NOUN NN 6 compound", "plan plan NOUN NN 3 obj",
               '" " PUNCT `` 10 punct', "a a DET DT 10 det", "costly costly ADJ JJ 10 amod",
               "mistake mistake NOUN NN 3 xcomp", ", , PUNCT , 10 punct", "\" \" PUNCT '' 10 punct",
               "adding add VERB VBG 3 advcl", "that that SCONJ IN 19 mark", "the the DET DT 16 det",
               "vote vote NOUN NN 19 nsubj", "would would AUX MD 19 aux", "be be AUX VB 19 cop",
               "close close ADJ JJ 13 ccomp", ". . PUNCT . 3 punct")
ONWARD_IN = 'The mayor called the ferry plan "a costly mistake adding to our debts" on Monday.'
ONWARD_IN_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "called call VERB VBD 0 root",
                  "the the DET DT 6 det", "ferry ferry NOUN NN 6 compound", "plan plan NOUN NN 3 obj",
                  '" " PUNCT `` 10 punct', "a a DET DT 10 det", "costly costly ADJ JJ 10 amod",
                  "mistake mistake NOUN NN 3 xcomp", "adding add VERB VBG 10 acl", "to to ADP IN 14 case",
                  "our our PRON PRP$ 14 nmod:poss", "debts debt NOUN NNS 11 obl", "\" \" PUNCT '' 10 punct",
                  "on on ADP IN 17 case", "Monday Monday PROPN NNP 3 obl", ". . PUNCT . 3 punct")


@pytest.mark.parametrize("text, conllu, expected", [
    # a participle set off after the quotation goes on to the next report: the paraphrase ends before it
    (ONWARD, ONWARD_UD, [("mixed", 'the ferry plan "a costly mistake,"', "The mayor"),
                         ("indirect", "that the vote would be close", "The mayor")]),
    # a participle within the quotation is part of it: the paraphrase runs on to the sentence's end
    (ONWARD_IN, ONWARD_IN_UD, [("mixed", 'the ferry plan "a costly mistake adding to our debts" on Monday',
                                "The mayor")]),
], ids=["onward", "within"])
def test_participle_after_a_paraphrase_is_the_next_report(text: str, conllu: str, expected: list) -> None:
    quotes = assembled(text, conllu)
    assert [(q.type, q.text, q.speaker.text if q.speaker else None) for q in quotes] == expected


def _lifeline(*tail: str) -> str:
    return ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "told tell VERB VBD 0 root",
              "reporters reporter NOUN NNS 3 iobj", "the the DET DT 6 det", "ferry ferry NOUN NN 11 nsubj",
              "had have AUX VBD 11 aux", "been be AUX VBN 11 cop", '" " PUNCT `` 11 punct', "a a DET DT 11 det",
              "lifeline lifeline NOUN NN 3 ccomp", "for for ADP IN 14 case", "the the DET DT 14 det",
              "island island NOUN NN 11 nmod", ", , PUNCT , 11 punct", "\" \" PUNCT '' 11 punct", *tail)


ONWARD_REPORT = 'The mayor told reporters the ferry had been "a lifeline for the island," saying the money was there.'
ONWARD_REPORT_UD = _lifeline("saying say VERB VBG 11 parataxis", "the the DET DT 19 det", "money money NOUN NN 20 nsubj",
                             "was be VERB VBD 17 ccomp", "there there ADV RB 20 advmod", ". . PUNCT . 3 punct")
ONWARD_GESTURE = 'The mayor told reporters the ferry had been "a lifeline for the island," standing by the pier.'
ONWARD_GESTURE_UD = _lifeline("standing stand VERB VBG 11 parataxis", "by by ADP IN 20 case", "the the DET DT 20 det",
                              "pier pier NOUN NN 17 obl", ". . PUNCT . 3 punct")


@pytest.mark.parametrize("text, conllu, expected", [
    # the parse hangs the participle inside the reported clause: the clause ends with the quotation all the same
    (ONWARD_REPORT, ONWARD_REPORT_UD, [("mixed", 'the ferry had been "a lifeline for the island,"', "The mayor"),
                                       ("indirect", "the money was there", "The mayor")]),
    # a participle that reports nothing goes on with the clause: no cut
    (ONWARD_GESTURE, ONWARD_GESTURE_UD, [("mixed", 'the ferry had been "a lifeline for the island," standing by '
                                                   'the pier', "The mayor")]),
], ids=["onward-report", "gesture"])
def test_reported_clause_ends_before_an_onward_report(text: str, conllu: str, expected: list) -> None:
    quotes = assembled(text, conllu)
    assert [(q.type, q.text, q.speaker.text if q.speaker else None) for q in quotes] == expected
    assert quotes[0].rules.get("cut") == ("onward-report" if text == ONWARD_REPORT else None)


COMMENT_AFTER = 'The mayor told reporters the ferry had been "a lifeline for the island," which pleased the crowd.'
COMMENT_AFTER_UD = _lifeline("which which PRON WDT 18 nsubj", "pleased please VERB VBD 11 parataxis",
                             "the the DET DT 20 det", "crowd crowd NOUN NN 18 obj", ". . PUNCT . 3 punct")
COMMENT_WHILE = 'The mayor told reporters the ferry had been "a lifeline for the island," while the crowd cheered.'
COMMENT_WHILE_UD = _lifeline("while while SCONJ IN 20 mark", "the the DET DT 19 det", "crowd crowd NOUN NN 20 nsubj",
                             "cheered cheer VERB VBD 11 parataxis", ". . PUNCT . 3 punct")


@pytest.mark.parametrize("text, conllu, expected, cut", [
    # a `which` clause right after the quotation comments on the report: the clause ends with the quotation
    (COMMENT_AFTER, COMMENT_AFTER_UD, [("mixed", 'the ferry had been "a lifeline for the island,"', "The mayor")],
     "comment-after"),
    # another clause after it is no comment of that kind: no cut
    (COMMENT_WHILE, COMMENT_WHILE_UD, [("mixed", 'the ferry had been "a lifeline for the island," while the crowd '
                                                 'cheered', "The mayor")], None),
], ids=["which", "while"])
def test_reported_clause_ends_before_a_comment(text: str, conllu: str, expected: list, cut: str | None) -> None:
    quotes = assembled(text, conllu)
    assert [(q.type, q.text, q.speaker.text if q.speaker else None) for q in quotes] == expected
    assert quotes[0].rules.get("cut") == cut


CONJUNCT_AFTER_AND = "The council opposed the tax and said that it would fight it."
CONJUNCT_AFTER_AND_UD = ud("The the DET DT 2 det", "council council NOUN NN 3 nsubj", "opposed oppose VERB VBD 0 root",
                           "the the DET DT 5 det", "tax tax NOUN NN 3 obj", "and and CCONJ CC 7 cc",
                           "said say VERB VBD 3 conj", "that that SCONJ IN 11 mark", "it it PRON PRP 11 nsubj",
                           "would would AUX MD 11 aux", "fight fight VERB VB 7 ccomp", "it it PRON PRP 11 obj",
                           ". . PUNCT . 3 punct")
CONJUNCT_PASSIVE = "The mayor backed the plan and the tolls were said to be fair."
CONJUNCT_PASSIVE_UD = ud("The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "backed back VERB VBD 0 root",
                         "the the DET DT 5 det", "plan plan NOUN NN 3 obj", "and and CCONJ CC 8 cc",
                         "the the DET DT 8 det", "tolls toll NOUN NNS 5 conj", "were be AUX VBD 10 aux:pass",
                         "said say VERB VBN 3 conj", "to to PART TO 13 mark", "be be AUX VB 13 cop",
                         "fair fair ADJ JJ 10 xcomp", ". . PUNCT . 3 punct")
CONJUNCT_AFTER_COMMA = "In the vote, most members said they would wait."
CONJUNCT_AFTER_COMMA_UD = ud("In in ADP IN 3 case", "the the DET DT 3 det", "vote vote NOUN NN 0 root",
                             ", , PUNCT , 3 punct", "most most ADJ JJS 6 amod", "members member NOUN NNS 3 appos",
                             "said say VERB VBD 3 conj", "they they PRON PRP 10 nsubj", "would would AUX MD 10 aux",
                             "wait wait VERB VB 7 ccomp", ". . PUNCT . 3 punct")


@pytest.mark.parametrize("text, conllu", [(CONJUNCT_AFTER_AND, CONJUNCT_AFTER_AND_UD),
                                          (CONJUNCT_PASSIVE, CONJUNCT_PASSIVE_UD),
                                          (CONJUNCT_AFTER_COMMA, CONJUNCT_AFTER_COMMA_UD)])
def test_subject_before_conjunct_wants_a_bare_noun_after_a_conjunction(text: str, conllu: str) -> None:
    """`opposed the tax and said`: the word before the verb is `and`, the shared subject speaks;
    `the tolls were said`: a passive's subject is spoken of, not speaking; `In the vote, most members
    said`: a noun after a comma, not after a conjunction, is left to the other rules."""
    words = conllu_words(conllu, text)
    verb = next(w for w in words if w.lemma == "say")
    from quotes.rules.tree import Parsed
    assert SUBJECTS.ask("subject-before-conjunct", Parsed.of(words), verb) is None


CALLED_TO_SAY = "She called her sister to say that she was safe."
CALLED_TO_SAY_UD = ud("She she PRON PRP 2 nsubj", "called call VERB VBD 0 root", "her her PRON PRP$ 4 nmod:poss",
                      "sister sister NOUN NN 2 obj", "to to PART TO 6 mark", "say say VERB VB 2 advcl",
                      "that that SCONJ IN 10 mark", "she she PRON PRP 10 nsubj", "was be AUX VBD 10 cop",
                      "safe safe ADJ JJ 6 ccomp", ". . PUNCT . 2 punct")


def test_a_call_with_a_purpose_is_the_callers() -> None:
    """`called her sister to say`: telephoning someone in order to say something; the caller speaks,
    not the one called (as the one forced would in `forced the mayor to admit`)."""
    _, cues = cues_of(CALLED_TO_SAY_UD, CALLED_TO_SAY)
    cue = next(c for c in cues if c.words[0].lemma == "say")
    assert (cue.speaker_rule, span_text(CALLED_TO_SAY, cue.speaker)) == ("controller-subject", "She")


ADDING = '"The ferry will run all winter," the mayor said, adding that fares would stay low. "Nobody will be left behind."'
ADDING_UD = ud(
    '" " PUNCT `` 5 punct', 'The the DET DT 3 det', 'ferry ferry NOUN NN 5 nsubj', 'will will AUX MD 5 aux',
    'run run VERB VB 12 ccomp', 'all all DET DT 7 det', 'winter winter NOUN NN 5 obl:tmod', ', , PUNCT , 5 punct',
    '" " PUNCT \'\' 5 punct', 'the the DET DT 11 det', 'mayor mayor NOUN NN 12 nsubj', 'said say VERB VBD 0 root',
    ', , PUNCT , 14 punct', 'adding add VERB VBG 12 advcl', 'that that SCONJ IN 18 mark', 'fares fare NOUN NNS 18 nsubj',
    'would would AUX MD 18 aux', 'stay stay VERB VB 14 ccomp', 'low low ADJ JJ 18 xcomp', '. . PUNCT . 12 punct')


@pytest.mark.parametrize("text, parsed, expected", [
    # `adding that ...` moves the tag on to a further statement: the next quotation is a new one
    (ADDING, ADDING.split(' "Nobody')[0],
     [("The ferry will run all winter,", "the mayor"), ("Nobody will be left behind.", "the mayor")]),
    # a tag that only says when: the next quotation goes on with the first
    (ADDING.replace("adding that fares would stay low", "on Friday"), None,
     [("The ferry will run all winter, Nobody will be left behind.", "the mayor")]),
], ids=["adding-on", "plain-tag"])
def test_adding_on_keeps_a_split_quotation_apart(text: str, parsed: str | None,
                                                 expected: list[tuple[str, str]]) -> None:
    """`adding-on`: a quotation after `"A," X said, adding that ...` is not A's continuation."""
    if parsed is None:
        conllu = ud('" " PUNCT `` 5 punct', 'The the DET DT 3 det', 'ferry ferry NOUN NN 5 nsubj',
                    'will will AUX MD 5 aux', 'run run VERB VB 12 ccomp', 'all all DET DT 7 det',
                    'winter winter NOUN NN 5 obl:tmod', ', , PUNCT , 5 punct', '" " PUNCT \'\' 5 punct',
                    'the the DET DT 11 det', 'mayor mayor NOUN NN 12 nsubj', 'said say VERB VBD 0 root',
                    'on on ADP IN 14 case', 'Friday Friday PROPN NNP 12 obl', '. . PUNCT . 12 punct')
        parsed = text.split(' "Nobody')[0]
    else:
        conllu = ADDING_UD
    got = [(q.text, q.speaker.text if q.speaker is not None else None)
           for q in assembled(text, conllu, parsed) if q.type == "direct"]
    assert got == expected


CALLED_BUT = 'Lopez called the storm "a disaster," but he also praised the crews.'
# the parse joins the quotation to the verb after `but`, not to the naming verb before it
CALLED_BUT_UD = ud(
    'Lopez Lopez PROPN NNP 2 nsubj', 'called call VERB VBD 0 root', 'the the DET DT 4 det', 'storm storm NOUN NN 2 obj',
    '" " PUNCT `` 7 punct', 'a a DET DT 7 det', 'disaster disaster NOUN NN 13 obj', ', , PUNCT , 7 punct',
    '" " PUNCT \'\' 7 punct', 'but but CCONJ CC 13 cc', 'he he PRON PRP 13 nsubj', 'also also ADV RB 13 advmod',
    'praised praise VERB VBD 2 conj', 'the the DET DT 15 det', 'crews crew NOUN NNS 13 obj', '. . PUNCT . 2 punct')


def test_cue_past_but_is_not_the_quotations_own_even_when_joined() -> None:
    """`own-cue`: a cue after `but` past the closing mark reports its own clause; the naming verb before
    the quotation is its cue, whichever verb the parse joins the quotation to."""
    got = [(q.type, q.text, q.speaker.text if q.speaker is not None else None)
           for q in assembled(CALLED_BUT, CALLED_BUT_UD)]
    assert got == [("mixed", 'the storm "a disaster,"', "Lopez")]


NAMED_APPOSITION = 'Lane called the new chief, Ann Ruiz, "remarkably focused" on Monday.'
NAMED_APPOSITION_UD = ud(
    'Lane Lane PROPN NNP 2 nsubj', 'called call VERB VBD 0 root', 'the the DET DT 5 det', 'new new ADJ JJ 5 amod',
    'chief chief NOUN NN 2 obj', ', , PUNCT , 7 punct', 'Ann Ann PROPN NNP 5 appos', 'Ruiz Ruiz PROPN NNP 7 flat',
    ', , PUNCT , 7 punct', '" " PUNCT `` 11 punct', 'remarkably remarkably ADV RB 12 advmod',
    'focused focused ADJ JJ 2 xcomp', '" " PUNCT \'\' 12 punct', 'on on ADP IN 15 case', 'Monday Monday PROPN NNP 2 obl',
    '. . PUNCT . 2 punct')


@pytest.mark.parametrize("text, expected", [
    # the comma before the mark closes an apposition to the naming verb's object: still a paraphrase
    (NAMED_APPOSITION, [("mixed", 'the new chief, Ann Ruiz, "remarkably focused" on Monday', "Lane")]),
], ids=["apposition"])
def test_naming_verb_object_with_apposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    """`paraphrase`: `called the chief, Ann Ruiz, "..."` names the chief with the quotation."""
    got = [(q.type, q.text, q.speaker.text if q.speaker is not None else None)
           for q in assembled(text, NAMED_APPOSITION_UD)]
    assert got == expected


SPOKE_OF = 'Lee spoke of "a town on its own feet again" after years of debt, and she told us that work starts in May.'
SPOKE_OF_UD = ud(
    'Lee Lee PROPN NNP 2 nsubj', 'spoke speak VERB VBD 0 root', 'of of ADP IN 6 case', '" " PUNCT `` 6 punct',
    'a a DET DT 6 det', 'town town NOUN NN 2 obl', 'on on ADP IN 10 case', 'its its PRON PRP$ 10 nmod:poss',
    'own own ADJ JJ 10 amod', 'feet foot NOUN NNS 6 nmod', 'again again ADV RB 6 advmod', '" " PUNCT \'\' 6 punct',
    'after after ADP IN 14 case', 'years year NOUN NNS 2 obl', 'of of ADP IN 16 case', 'debt debt NOUN NN 14 nmod',
    ', , PUNCT , 20 punct', 'and and CCONJ CC 20 cc', 'she she PRON PRP 20 nsubj', 'told tell VERB VBD 2 conj',
    'us we PRON PRP 20 iobj', 'that that SCONJ IN 24 mark', 'work work NOUN NN 24 nsubj',
    'starts start VERB VBZ 20 ccomp', 'in in ADP IN 26 case', 'May May PROPN NNP 24 obl', '. . PUNCT . 2 punct')


def test_cue_in_a_later_joined_clause_reports_its_own_clause() -> None:
    """`own-cue`: `spoke of "..." after years of debt, and she told us that ...`: `told` reports its own
    clause, not the quotation; the quotation is the subject of the verb governing it (`sentence-subject`)."""
    got = [(q.type, q.text, q.speaker.text if q.speaker is not None else None, q.rules.get("link"))
           for q in assembled(SPOKE_OF, SPOKE_OF_UD)]
    assert got == [("direct", "a town on its own feet again", "Lee", "sentence-subject"),
                   ("indirect", "that work starts in May", "she", "indirect-clause")]


def test_asked_for_one_word_is_no_report(extractor) -> None:
    """`When asked for comment, ...`: what was asked for is one word, too short to be a report."""
    assert [q.text for q in extractor.extract("When asked for comment, the spokesman for the ferry line declined.")] == []


CONTRAST_INSIDE = 'Aides said many callers were "angry, though calm" that night.'
CONTRAST_INSIDE_UD = ud(
    "Aides aide NOUN NNS 2 nsubj", "said say VERB VBD 0 root", "many many ADJ JJ 4 amod",
    "callers caller NOUN NNS 2 obj", "were be AUX VBD 7 cop", '" " PUNCT `` 7 punct', "angry angry ADJ JJ 2 conj",
    ", , PUNCT , 10 punct", "though though SCONJ IN 10 mark", "calm calm ADJ JJ 7 advcl",
    "\" \" PUNCT '' 7 punct", "that that DET DT 13 det", "night night NOUN NN 7 obl:tmod", ". . PUNCT . 2 punct")


def test_rest_to_contrast_not_within_a_quotation() -> None:
    """`rest-to-contrast`: a comma and `though` inside a quotation that goes on are the speaker's words,
    not the end of the report; the rest of the sentence is reported."""
    _, cue = only_cue(CONTRAST_INSIDE_UD, CONTRAST_INSIDE)
    assert cue.content_rule != "rest-to-contrast"
    assert span_text(CONTRAST_INSIDE, cue.content) == 'many callers were "angry, though calm" that night'


FRONTED_PARTICIPLE = "Later, saying that the plan had failed, the mayor resigned."
FRONTED_PARTICIPLE_UD = ud(
    "Later later ADV RB 12 advmod", ", , PUNCT , 3 punct", "saying say VERB VBG 12 advcl",
    "that that SCONJ IN 8 mark", "the the DET DT 6 det", "plan plan NOUN NN 8 nsubj", "had have AUX VBD 8 aux",
    "failed fail VERB VBN 3 ccomp", ", , PUNCT , 3 punct", "the the DET DT 11 det", "mayor mayor NOUN NN 12 nsubj",
    "resigned resign VERB VBD 0 root", ". . PUNCT . 12 punct")


def test_participle_before_report_wants_a_clause_before_the_comma() -> None:
    """`participle-before-report`: the words before the comma belong to the clause after the participle
    (`Later, saying ..., the mayor resigned`): no clause closes there, so the rule leaves the participle
    to the others, which give it the subject of the clause it opens onto."""
    from quotes.attribution import _subject_rule
    from quotes.rules.tree import Parsed

    words = conllu_words(FRONTED_PARTICIPLE_UD, FRONTED_PARTICIPLE)
    s = Parsed.of(words)
    found = _subject_rule(s, words[2])
    assert found is not None and found[0] != "participle-before-report"
    assert found[1] is not None and found[1].text == "mayor"


IT_IS_SAID = "It's said that the mayor would resign."
IT_IS_SAID_UD = ud(
    "It it PRON PRP 3 nsubj:pass", "'s be AUX VBZ 3 aux:pass", "said say VERB VBN 0 root",
    "that that SCONJ IN 8 mark", "the the DET DT 6 det", "mayor mayor NOUN NN 8 nsubj", "would would AUX MD 8 aux",
    "resign resign VERB VB 3 ccomp", ". . PUNCT . 3 punct")
TOLD_PASSIVE = "She's told that the vote failed."
TOLD_PASSIVE_UD = ud(
    "She she PRON PRP 3 nsubj:pass", "'s be AUX VBZ 3 aux:pass", "told tell VERB VBN 0 root",
    "that that SCONJ IN 7 mark", "the the DET DT 6 det", "vote vote NOUN NN 7 nsubj", "failed fail VERB VBD 3 ccomp",
    ". . PUNCT . 3 punct")


@pytest.mark.parametrize("text, conllu", [(IT_IS_SAID, IT_IS_SAID_UD), (TOLD_PASSIVE, TOLD_PASSIVE_UD)],
                         ids=["expletive-it", "listener-with-no-object"])
def test_contracted_perfect_leaves_true_passives(text: str, conllu: str) -> None:
    """`contracted-perfect` reads `'s` as `has` only where a passive cannot stand: not `It's said that ...`
    (nobody's words), nor `She's told that ...` (a listener verb with no one told after it: `she is told`)."""
    from quotes.attribution import _contracted_perfect
    from quotes.rules.tree import Parsed

    words = conllu_words(conllu, text)
    assert _contracted_perfect(Parsed.of(words), words[2]) is None


ASIDE_OF_TIME = "The council opposed the tax and the mayor, on Friday, said that she would veto it."
ASIDE_OF_TIME_UD = ud(
    "The the DET DT 2 det", "council council NOUN NN 3 nsubj", "opposed oppose VERB VBD 0 root",
    "the the DET DT 5 det", "tax tax NOUN NN 3 obj", "and and CCONJ CC 13 cc", "the the DET DT 8 det",
    "mayor mayor NOUN NN 5 conj", ", , PUNCT , 11 punct", "on on ADP IN 11 case", "Friday Friday PROPN NNP 13 obl",
    ", , PUNCT , 11 punct", "said say VERB VBD 3 conj", "that that SCONJ IN 17 mark", "she she PRON PRP 17 nsubj",
    "would would AUX MD 17 aux", "veto veto VERB VB 13 ccomp", "it it PRON PRP 17 obj", ". . PUNCT . 3 punct")


def test_adverb_aside_is_adverbs_only() -> None:
    """`subject-before-conjunct` steps back over `, once again,` only: an aside with a phrase of its own
    (`, on Friday,`) is no run of adverbs."""
    from quotes.attribution import _adverb_aside
    from quotes.rules.tree import Parsed

    words = conllu_words(ASIDE_OF_TIME_UD, ASIDE_OF_TIME)
    assert _adverb_aside(Parsed.of(words), 11) is None


RELATIVE_THEN_REPORT = "Ruiz, who said he usually votes early, said one voter he met was angry."
RELATIVE_THEN_REPORT_UD = """
1	Ruiz	Ruiz	PROPN	NNP	_	10	nsubj	_	_
2	,	,	PUNCT	,	_	1	punct	_	_
3	who	who	PRON	WP	_	4	nsubj	_	_
4	said	say	VERB	VBD	_	10	ccomp	_	_
5	he	he	PRON	PRP	_	7	nsubj	_	_
6	usually	usually	ADV	RB	_	7	advmod	_	_
7	votes	vote	VERB	VBZ	_	10	ccomp	_	_
8	early	early	ADV	RB	_	7	advmod	_	_
9	,	,	PUNCT	,	_	7	punct	_	_
10	said	say	VERB	VBD	_	0	root	_	_
11	one	one	NUM	CD	_	12	nummod	_	_
12	voter	voter	NOUN	NN	_	10	obj	_	_
13	he	he	PRON	PRP	_	14	nsubj	_	_
14	met	meet	VERB	VBD	_	12	acl:relcl	_	_
15	was	be	AUX	VBD	_	16	cop	_	_
16	angry	angry	ADJ	JJ	_	14	ccomp	_	_
17	.	.	PUNCT	.	_	10	punct	_	_
"""


def test_complement_before_not_in_the_speakers_aside() -> None:
    """`Ruiz, who said he usually votes early, said ...` with the aside's clause hung from the main
    `said`: a clause between the speaker and the verb describes the speaker; the main verb reports the
    words after it."""
    words, cues = cues_of(RELATIVE_THEN_REPORT_UD, RELATIVE_THEN_REPORT)
    main = next(c for c in cues if c.verb.index == 9)
    assert span_text(RELATIVE_THEN_REPORT, main.content) == "one voter he met was angry"
    assert main.content_rule != "complement-before"


REPORTED_ON_DAY = "The paper reported on Monday."
REPORTED_ON_DAY_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	paper	paper	NOUN	NN	_	3	nsubj	_	_
3	reported	report	VERB	VBD	_	0	root	_	_
4	on	on	ADP	IN	_	5	case	_	_
5	Monday	Monday	PROPN	NNP	_	3	obl	_	_
6	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_reported_object_not_a_day() -> None:
    """`reported on Monday`: `on` before a word of time opens when it was reported, not what about
    (`reported on strikes`): no content."""
    _, cue = only_cue(REPORTED_ON_DAY_UD, REPORTED_ON_DAY)
    assert cue.content is None
    topic = REPORTED_ON_DAY.replace("Monday", "strikes")
    _, cue = only_cue(REPORTED_ON_DAY_UD.replace("Monday\tMonday\tPROPN\tNNP", "strikes\tstrike\tNOUN\tNNS"), topic)
    assert span_text(topic, cue.content) == "strikes" and cue.content_rule == "reported-object"


DESCRIBED_WHO = "The plan drew praise from Maria Lopez, the director of the Harbor Trust, who said it was overdue."
DESCRIBED_WHO_UD = ud("The the DET DT 2 det", "plan plan NOUN NN 3 nsubj", "drew draw VERB VBD 0 root",
                      "praise praise NOUN NN 3 obj", "from from ADP IN 6 case", "Maria Maria PROPN NNP 3 obl",
                      "Lopez Lopez PROPN NNP 3 obl", ", , PUNCT , 10 punct", "the the DET DT 10 det",
                      "director director NOUN NN 3 parataxis", "of of ADP IN 14 case", "the the DET DT 14 det",
                      "Harbor Harbor PROPN NNP 14 compound", "Trust Trust PROPN NNP 10 nmod", ", , PUNCT , 17 punct",
                      "who who PRON WP 17 nsubj", "said say VERB VBD 3 conj", "it it PRON PRP 20 nsubj",
                      "was be AUX VBD 20 cop", "overdue overdue ADJ JJ 17 ccomp", ". . PUNCT . 3 punct")


def test_who_after_a_description_stands_for_the_name() -> None:
    """`Maria Lopez, the director of the Harbor Trust, who said`: `who` after a description set off after a
    name stands for the name (a description set off is no part of it), however the parse hung the clause."""
    _, cue = only_cue(DESCRIBED_WHO_UD, DESCRIBED_WHO)
    assert span_text(DESCRIBED_WHO, cue.speaker) == "who"
    assert span_text(DESCRIBED_WHO, cue.antecedent) == "Maria Lopez"


PREDICATE_WHO = "Jo Hart is a former nurse who said the ward was full."
PREDICATE_WHO_UD = ud("Jo Jo PROPN NNP 6 nsubj", "Hart Hart PROPN NNP 1 flat", "is be AUX VBZ 6 cop",
                      "a a DET DT 6 det", "former former ADJ JJ 6 amod", "nurse nurse NOUN NN 0 root",
                      "who who PRON WP 8 nsubj", "said say VERB VBD 6 acl:relcl", "the the DET DT 10 det",
                      "ward ward NOUN NN 12 nsubj", "was be AUX VBD 12 cop", "full full ADJ JJ 8 ccomp",
                      ". . PUNCT . 6 punct")


def test_who_after_a_copula_predicate_stands_for_its_subject() -> None:
    """`Jo Hart is a former nurse who said`: `who` stands for the one the copula's subject names, not for the
    whole clause the predicate noun heads."""
    _, cue = only_cue(PREDICATE_WHO_UD, PREDICATE_WHO)
    assert span_text(PREDICATE_WHO, cue.antecedent) == "Jo Hart"


def test_aside_after_the_speaker_is_no_closing_report(extractor) -> None:
    """`Tom Vale, who runs the shelter, replied by ...`: the comma before the cue closes an aside after its
    speaker, not a clause the cue reports (`closing-report`): the speaker and the aside are no quote."""
    got = [q.text for q in extractor.extract('Tom Vale, who runs the shelter, replied by first saying "some kind '
                                             'words" about the mayor.')]
    assert "Tom Vale, who runs the shelter" not in got and got


def test_relative_clause_in_the_subject_is_no_clause_reported(extractor) -> None:
    """`closing-inversion`: `Ann Ruiz, a Democrat who ..., said the family deserved better`: the finite
    verb before the comma stands in a relative clause within the subject's phrase, so the comma closes no
    clause and `said` is no inverted report of the words before it."""
    found = [q.text for q in extractor.extract(
        "Ann Ruiz, a Democrat who has refused to back the plan, said the family deserved better.")]
    assert "Ann Ruiz, a Democrat who has refused to back the plan" not in found
    assert "the family deserved better" in found


def test_part_of_a_name_opening_its_sentence_is_no_word_of_it(extractor) -> None:
    """`Shares of Acme fell ...`: a plural or a quantifier before `of`, capitalised as its sentence's first
    word, is a part or group of what the name names: a later `Acme` resolves to `Acme`, not to `Shares of
    Acme`; a singular noun before `of` may open a name (`Bank of Leeds`)."""
    text = ('Shares of Acme fell 6 percent on Tuesday.\n\n"It was a tough quarter," Acme said.\n\n'
            'Bank of Leeds cut its rates on Monday.\n\n"Savers will benefit," Leeds said.')
    found = [(q.speaker.text, q.speaker_resolved.text) for q in extractor.extract(text)
             if q.speaker is not None and q.speaker_resolved is not None]
    assert found == [("Acme", "Acme"), ("Leeds", "Bank of Leeds")]


def test_a_report_joined_after_a_comma_and_and_is_its_own(extractor) -> None:
    """`joined-report`: `X said ... that A, and warned that B` gives two reports of X's, each its clause and
    nothing of the other's (before the cut, A ran on over `and warned ...` and B was lost as overlapping)."""
    found = [(q.text, q.speaker.text if q.speaker else None) for q in extractor.extract(
        "The bureau said in a bulletin on Monday that more rain was expected, and warned that rivers could "
        "burst their banks.")]
    assert found == [("that more rain was expected", "The bureau"),
                     ("that rivers could burst their banks", "The bureau")]


def test_a_live_blog_timestamp_is_no_part_of_the_speaker(extractor) -> None:
    """`15:40 GMT Ian Boyd said ...`: a clock time (and its zone) opening a live blog's entry is a time
    (`time_word`), never a word of the speaker's name, whichever rule reads the speaker."""
    text = ('15:40 The First Minister, Ian Boyd, told BBC Scotland: "This is a serious storm."\n\n'
            "09:15 GMT Ian Boyd said the roads were closed.")
    speakers = {q.text: q.speaker.text for q in extractor.extract(text) if q.speaker is not None}
    assert speakers == {"This is a serious storm.": "The First Minister, Ian Boyd", "the roads were closed": "Ian Boyd"}


def test_a_pronoun_after_a_titled_name_opening_its_sentence_is_that_name(extractor) -> None:
    """`City boss Ian Marsh was furious with the referee, who he said ...`: the name opening the sentence
    (its head `Ian`, with `Marsh` hung from it) is the sentence's subject, which `he` means, not the
    speaker of the quote before."""
    text = ('"We never stopped believing," Rovers manager Dan Cole said.\n\n'
            "City boss Ian Marsh was furious with the referee, who he said had missed a clear foul.")
    found = {q.text: q.speaker_resolved.text for q in extractor.extract(text) if q.speaker_resolved is not None}
    assert found["had missed a clear foul"] == "City boss Ian Marsh"


@pytest.mark.parametrize("text, speaker", [
    ("Lena Ruiz, 49, a Navy veteran, said the base should stay open.", "Lena Ruiz"),
    ("Cory Dale, 22, of Flint, Mich., said he was hopeful.", "Cory Dale"),
])
def test_an_age_and_description_set_off_before_the_cue_are_no_part_of_the_name(extractor, text: str,
                                                                                speaker: str) -> None:
    """`_set_off_after_name` reads the aside only up to the cue, so a parse that hangs the cue (or the
    sentence's words after it) from the name still leaves the aside set off: the name speaks."""
    assert [q.speaker.text for q in extractor.extract(text) if q.speaker is not None] == [speaker]


def test_an_age_set_off_before_a_cue_hung_from_the_name_is_no_part_of_it(extractor) -> None:
    """`Rigby, 61, apologized in court.` parsed with the name as the root and the cue hung from it: the
    age is still an aside, so the mention a later `he` resolves through is the name, not `Rigby, 61`."""
    text = 'Judge Ann Park said Tom Rigby had lied.\n\nRigby, 61, apologized in court. "I let them down," he said.'
    found = [q.speaker_resolved.text for q in extractor.extract(text) if q.text == "I let them down,"
             and q.speaker_resolved is not None]
    assert found == ["Tom Rigby"]
