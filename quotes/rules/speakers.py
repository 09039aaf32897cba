"""A cue's speaker when the parse gave none, read off the words: the functions behind the
`speaker` table's text rules."""
from __future__ import annotations

from typing import Sequence

import regex

from ..attribution import SUBJECT_BEFORE_RULES, Cue
from ..marks import Inside, strip_marks
from ..segment import Sentence
from .registry import Example, Rule, Table, example_parse
from .text import trimmed as _trimmed
from ..lexicon import AGE_LEADS, SET_OFF_RELATIVES, SINGLE_QUANTIFIERS, OCCASION_PREPOSITIONS, ANY_MARK, AUXILIARIES, CLAUSE_OPENERS, CLOSE_MARK, CUE_ADVERBS, LISTENER_VERBS, MARK_CHARS, OPEN_MARK, TITLES
from ..lexicon import INDEFINITE_ARTICLES, PERSON_RELATIVES
from .tree import cue_form, no_speaker_opener, preposition, time_word, relative_pronoun

BETWEEN_REACH = 160   # characters between a quotation and its cue that may hold the speaker
_NP_BEFORE = regex.compile(r"(?:[,\s]|" + ANY_MARK + r")*((?:[\w(][\w'’().&/-]*,?\s+){1,16}?)\Z")  # `P&G`, `CNN/ORC`: one word
# The same words with a title in marks among them (`the singer, whose album "Blue Hours" topped the charts,`)
_NP_BEFORE_TITLED = regex.compile(r"(?:[,\s]|" + ANY_MARK + r")*((?:(?:" + OPEN_MARK + r")?[\w(][\w'’().&/-]*,?(?:"
                                  + CLOSE_MARK + r")?,?\s+){1,16}?)\Z")
_NP_INTRODUCING = regex.compile(r"\s+((?:[\w(][\w'’().-]*,?\s+){0,6}[\w(][\w'’().-]*)\s*[:,]\s*(?:" + OPEN_MARK + r")*\Z")
# A stop closes the phrase, but not the period of an initial or a title (`said Sen. Jo R. Hart.`).
_NOT_A_STOP = r"(?<!(?<![\w.])(?:\p{Lu}|(?i:" + "|".join(regex.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")))"
# (or before a preposition of occasion: `says coach after loss`; not one of place, which a participle
# may take: `said one Republican involved in the planning`)
_NP_AFTER = regex.compile(r"\s+((?:[\w(][\w'’().-]*\s*){1,6}?)\s*(?:" + _NOT_A_STOP + r"\.|[,;:!?]|\Z|(?<=\s)(?:"
                          + "|".join(sorted(OCCASION_PREPOSITIONS)) + r")\b)")
_NAME_THEN_COMMA = regex.compile(r"(?:[,\s]|" + CLOSE_MARK + r")*(\p{Lu}[\w'\u2019.-]*(?:\s+\p{Lu}[\w'\u2019.-]*){0,3}),\s*")


def _between_speaker(text: str, parts: Sequence[tuple[int, int]], cue: Cue,
                     end: int | None = None) -> tuple[int, int] | None:
    """When the parse gave no subject: the words between a quotation and its cue (`"...," a senior
    official told`), right after a cue that follows the quotation (`"...," said Kerry.`) within the cue's
    sentence (ending at `end`: never the next line of a headline, `says coach` / `The team fell.`), or between
    a cue and the quotation it introduces (`Said Ellis: "..."`), unless the cue tells someone."""
    cue_start, cue_end = cue.span
    for a, b in parts:
        if b <= cue_start and cue_start - b <= BETWEEN_REACH:
            m = _NP_BEFORE.search(text, b, cue_start)
            titled = _titled_aside_speaker(text, b, cue_start, m)
            if titled is not None:
                return titled
            if m and m.group(1).strip() and not _no_phrase_start(m.group(1).split()):
                return _trimmed(text, m.start(1), _noun_phrase_end(text, m.start(1), m.end(1)))
            if strip_marks(text[b:cue_start], " ,") == "":
                m = _NP_AFTER.match(text, cue_end, len(text) if end is None else max(end, cue_end))
                if m and m.group(1).strip() and not no_speaker_opener(m.group(1).split()[0]):
                    return _trimmed(text, m.start(1), m.end(1))
        elif cue_end <= a and a - cue_end <= BETWEEN_REACH and cue.verb.lemma not in LISTENER_VERBS:
            # (`telling them, "..."`, `told the Gazette: "..."`: who hears it, not who speaks)
            m = _NP_INTRODUCING.match(text, cue_end, a)
            if m and not no_speaker_opener(m.group(1).split()[0]):
                return _trimmed(text, m.start(1), m.end(1))
    return None


_CLOSED_BEFORE = regex.compile(r"(?:" + CLOSE_MARK + r")[,\s]*\Z")   # a closing mark right before
_A_MARK = regex.compile(ANY_MARK)


def _titled_aside_speaker(text: str, start: int, end: int, plain: regex.Match | None) -> tuple[int, int] | None:
    """`"...," the singer, whose album "Blue Hours" topped the charts, said`: where the plain words before the cue
    (`plain`) open right after a closing mark within [start, end), or none do, the noun phrase from the quotation on, when
    an aside set off by a comma (`_noun_phrase_end`) cuts it before the title in marks: the title is the aside's; a
    whole title before the cut, after the phrase's first word, is the phrase's own (`"...," the "Harbor Lights"
    actress, 29, said`)."""
    if not _CLOSED_BEFORE.search(text, start, end if plain is None else plain.start(1)):
        return None   # (no plain words at all: `the singer, who wrote "Blue Hours," said`)
    m = _NP_BEFORE_TITLED.search(text, start, end)
    if m is None or not m.group(1).strip() or _no_phrase_start(m.group(1).split()):
        return None
    stop = _noun_phrase_end(text, m.start(1), m.end(1))
    marks = _A_MARK.findall(text, m.start(1), stop)
    if stop >= m.end(1) or marks and (len(marks) % 2 or _A_MARK.match(text, m.start(1))):
        return None  # (a whole title within the phrase, after its first word, is the phrase's: `the "Harbor
        # Lights" actress, 29, said`)
    return _trimmed(text, m.start(1), stop)


def _no_phrase_start(words: Sequence[str]) -> bool:
    """Whether words cannot open a noun phrase: an auxiliary (`"...," is one saying here`) or a
    preposition (`"..." by condemning`), lower-case (`Will Ruiz` is a name), unless a number follows
    (`about 50 people`: a quantity)."""
    first = words[0]
    if not first.islower() or (len(words) > 1 and words[1][:1].isdigit()):
        return False
    return first in AUXILIARIES or preposition(first)


def _noun_phrase_end(text: str, start: int, end: int) -> int:
    """Where the words at [start, end) stop being a noun phrase: at an auxiliary or a cue verb after its
    first word (`a reporter can be heard asking`, `an executive tells staff, adding`), not a capitalised
    word after a capitalised one, which goes on a name (`The Washington Post`); nor at a bare adverb of
    time in lower case closing them (`CUE_ADVERBS`: `the chief executive, Jo Hart, later told`): the cue's."""
    prev = None
    last = None
    restricted = False  # within a relative clause that restricts the noun: its verbs are not the cue
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        named = word[:1].isupper() and prev is not None and prev[:1].isupper()  # `The Washington Post`
        if not restricted and m.start() > start and (word.lower() in AUXILIARIES or cue_form(word) and not named):
            return m.start()
        restricted = restricted or _restricting_relative(text, m, last)
        if prev is not None and text[m.start() - 2:m.start()] == ", " and (_aside_opener(word)
                                                                       or _AGE_ASIDE.match(text, m.start(), end)):
            return m.start() - 2  # `one resident, who asked not to be named,`: the aside describes them
        prev, last = word, m
    if last is not None and last.start() > start and last.group() in CUE_ADVERBS and not text[last.end():end].strip():
        return len(text[:last.start()].rstrip(" ,"))  # `Jo Hart, later told`: the name, not its adverb
    return end


def _restricting_relative(text: str, m: regex.Match, prev: regex.Match | None) -> bool:
    """`a 27-year-old woman who asked not to be identified told Reuters`: `who` (or `whom`) right after a
    common noun in lower case (the word `prev` matched), with no comma between, opens a relative clause that
    restricts the noun and is part of the speaker, to the cue: its verbs (`asked`) and auxiliaries (`be`) are
    not the cue's."""
    return m.group().lower() in PERSON_RELATIVES and prev is not None and prev.group().islower() \
        and prev.group().isalpha() and text[m.start() - 1:m.start()] == " " \
        and not text[prev.end():m.start()].rstrip().endswith(",")


def _aside_opener(word: str) -> bool:
    """Whether a word after a comma opens an aside that describes the noun phrase before it rather than
    going on with it: a relative pronoun (`, who asked ...`), a participle (`, speaking on condition of
    anonymity`) or `a`/`an` (`, a Democrat,`)."""
    low = word.lower()
    return relative_pronoun(low) and low != "that" or low in SET_OFF_RELATIVES or low in INDEFINITE_ARTICLES \
        or (low == word and low.endswith("ing"))


_WORD = regex.compile(r"[\w'’.-]+")
# An age set off by commas, a word leading it or not (`Jane Doyle, now 58, says`: lexicon AGE_LEADS).
_AGE_ASIDE = regex.compile(r"(?i:(?:" + "|".join(sorted(AGE_LEADS)) + r")\s+)?\d{1,3},\s")


# `M. Dane Waters, whose group led the effort, predicted`: a name, then an aside set off by commas.
_NAME_ASIDE = regex.compile(r"(?:[\s(,]|" + ANY_MARK + r")*((?:\p{Lu}[\p{L}\p{M}'\u2019.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'\u2019-]+),\s")


def _name_before_aside(text: str, sentence: Sentence, parts: Sequence[tuple[int, int]], cue: Cue) -> tuple[int, int] | None:
    """When the parse lost the subject in a long aside (`Name, who ..., said`, `"...," Name, the ...,
    said`): the name opening the clause, when a comma closes the aside right before the cue."""
    if not text[:cue.span[0]].rstrip().endswith(","):
        return None
    start = max([sentence.start] + [b for _, b in parts if b <= cue.span[0]]
                + [text.rfind(ch, sentence.start, cue.span[0]) + 1 for ch in "(;\u2014"])
    m = _NAME_ASIDE.match(text, start, cue.span[0])
    opening = regex.match(r"\s*(\w+)[^,]*,", text[start:cue.span[0]])
    if m is None and opening and preposition(opening.group(1)):  # `At one point on Monday, Name, who ...,`
        m = _NAME_ASIDE.match(text, start + opening.end(), cue.span[0])
    if m is None or no_speaker_opener(m.group(1).split()[0]):
        return None
    first = m.start(1)
    opener = regex.match(r"(\w+)\s+", text[first:m.end(1)])
    if opener and opener.group(1).lower() in CLAUSE_OPENERS:  # `As Jo Ray, the ..., put it`: no word of the name
        first += opener.end()
    return first, m.end(1)


def _with_name_before(text: str, parts: Sequence[tuple[int, int]], rng: tuple[int, int]) -> tuple[int, int]:
    """`"...," Trump, the party's nominee, said`: a name between the quotation and an appositive
    speaker is the speaker's start (parsers hang it from the quotation)."""
    ends = [b for _, b in parts if b <= rng[0]]
    if not ends:
        return rng
    m = _NAME_THEN_COMMA.fullmatch(text, max(ends), rng[0])
    return (m.start(1), rng[1]) if m and not time_word(m.group(1)) else rng  # `Tuesday, he said`: no name


def cue_subject(text: str, sentence: Sentence, parts: Sequence[tuple[int, int]], cue: Cue, kind: str,
                inside: Inside) -> tuple[int, int] | None:
    """The speaker the parse gave the cue (`subject` and `phrase` tables), unless it lies in a quotation; a
    term quoted within the speaker's own phrase (`The "experts" said`) stays in it, and a speaker a span rule
    moved off a quoted head to words outside it (`Acme Corp. (the "Company") said`: the name) is no quotation's."""
    rng = cue.speaker
    if rng is None or inside.contains(rng[0]):
        return None  # the parse took words of a quotation for its speaker (a title within it may stay)
    held = inside.part_at(cue.speaker_head.start) if cue.speaker_head is not None else None
    if held is not None and held[0] < rng[1] and rng[0] < held[1] \
            and not (cue.speaker_rule in SUBJECT_BEFORE_RULES and held[1] <= rng[1] <= cue.span[0]):
        return None   # (the subject's own phrase before its verb: `_quoted_in_phrase`)
    return rng


def between_words(text: str, sentence: Sentence, parts: Sequence[tuple[int, int]], cue: Cue, kind: str,
                  inside: Inside) -> tuple[int, int] | None:
    """A direct or mixed quote's words between it and its cue, or right after a cue that follows it."""
    return None if kind == "indirect" else _between_speaker(text, parts, cue, sentence.end)


def name_before_aside(text: str, sentence: Sentence, parts: Sequence[tuple[int, int]], cue: Cue, kind: str,
                      inside: Inside) -> tuple[int, int] | None:
    """`Name, who ..., said`: the name opening the clause when a comma closes an aside before the cue."""
    return _name_before_aside(text, sentence, parts, cue)


# A sentence opening on a name of one to `_OPENING_NAME_WORDS` capitalised words right before its cue, which a
# colon or comma ends before the quotation it introduces (`United tweeted: "..."`)
_OPENING_NAME_WORDS = 4
_OPENING_NAME = regex.compile(r"\s*((?:\p{Lu}[\w'\u2019.&-]*\s+){1," + str(_OPENING_NAME_WORDS) + r"})\Z")
_INTRODUCING_STOP = regex.compile(r"\s*[:,]\s*(?:" + OPEN_MARK + r")")


def opening_name(text: str, sentence: Sentence, parts: Sequence[tuple[int, int]], cue: Cue, kind: str,
                 inside: Inside) -> tuple[int, int] | None:
    """`United tweeted: "Delighted to announce ..."`: with no parse speaker (a name that is also a word, such as
    `United`, taken for a participle), the capitalised words that open the sentence right before a cue whose
    colon or comma introduces the quotation right after it are its subject, the speaker; not a word of time, a
    preposition or a demonstrative (`Later tweeted:` names no one)."""
    cue_start, cue_end = cue.span
    m = _OPENING_NAME.match(text, sentence.start, cue_start)
    if m is None or not any(_INTRODUCING_STOP.match(text, cue_end) and cue_end <= a for a, _ in parts) \
            or any(no_speaker_opener(w.strip(".")) or w.lower() in CLAUSE_OPENERS for w in m.group(1).split()):
        return None
    return _trimmed(text, m.start(1), m.end(1))


def name_before_appositive(text: str, parts: Sequence[tuple[int, int]], rng: tuple[int, int]) -> tuple[int, int] | None:
    """`"...," Trump, the party's nominee, said`: the speaker widened back to the name before it."""
    widened = _with_name_before(text, parts, rng)
    return None if widened == rng else widened


SPEAKERS = Table("speaker", doc="The speaker of a quote with a cue; the first rule that answers wins.", rules=(
    Rule("cue-subject", "speaker", "The speaker the parse gave the cue (named by its `subject` or `phrase` "
         "rule), unless it lies within a quotation; a term quoted within the speaker's own phrase stays in it "
         "(`The so-called \"experts\" said`).", cue_subject,
         (Example('"Nothing has changed," Kerry said, adding that the talks would go on.',
                  "that the talks would go on", "Kerry"),
          Example('The so-called "experts" said the winter would be mild.', "the winter would be mild",
                  'The so-called "experts"'))),
    Rule("between-words", "speaker", "No parse speaker: the words between the quotation and its cue (a "
         "capitalised cue form after a capitalised word goes on a name: `The Washington Post reported`), or "
         "right after a cue that follows it, within the cue's sentence and short of a preposition of occasion "
         "(`\"...,\" said Kerry.`, past the period of an initial or a title; `says coach after loss`: lexicon "
         "OCCASION_PREPOSITIONS); never the listener after a verb of "
         "telling (`telling them, \"...\"`), nor words opening with an auxiliary or a preposition; the words stop at "
         "a comma opening an aside (a relative pronoun, `whose` too, a participle, `a` or `an`, an age: `\"...,\" one "
         "resident, who has lived here for years, told Reuters`, `Jane Doyle, now 58, says`: lexicon AGE_LEADS; a "
         "title in marks within the aside is the aside's: `the singer, whose album \"Blue Hours\" topped the charts, "
         "said`; one before the aside, the phrase's: `the \"Harbor Lights\" actress, 29, said`), and a bare adverb of time right before the cue is the cue's "
         "(`..., Jo Hart, later told staff`); `who` right after a common noun, with no comma, opens a relative "
         "clause that restricts the noun, and is part of the speaker up to the cue (`a shopkeeper who asked not "
         "to be named told the BBC`: its `asked` is no cue).", between_words,
         (Example('"We need to see a deal," a senior US official told reporters.', "We need to see a deal,",
                  "a senior US official"),
          Example('"The bridge will stay shut until spring," The Valley Post reported.',
                  "The bridge will stay shut until spring,", "The Valley Post", parse=example_parse("name-before-cue")),
          Example('"We had no warning at all," one A&B Tillburg worker told a radio station.',
                  "We had no warning at all,", "one A&B Tillburg worker", parse=example_parse("joined-name")),
          Example('"We need more time," tweeted Sen. Jo R. Hart (D-Vt.), a member of the panel.',
                  "We need more time,", "Sen. Jo R. Hart", parse=example_parse("initial")),
          Example('"It is a disaster," one resident, who has lived here for years, told Reuters.',
                  "It is a disaster,", "one resident"),
          Example('"It is a disaster," a senior official, speaking on condition of anonymity, told Reuters.',
                  "It is a disaster,", "a senior official"),
          Example('"We will shut the mill," the firm\'s chief executive, Jo Hart, later told staff.',
                  "We will shut the mill,", "the firm's chief executive, Jo Hart"),
          Example('"The soldiers beat us with sticks," a 27-year-old woman who asked not to be identified told '
                  'Reuters.', "The soldiers beat us with sticks,",
                  "a 27-year-old woman who asked not to be identified"),
          Example('"I was 19 and nobody told me anything," Jane Doyle, now 58, says.',
                  "I was 19 and nobody told me anything,", "Jane Doyle"),
          Example('"We are fine," the "Harbor Lights" actress, 29, said.', "We are fine,",
                  'the "Harbor Lights" actress'))),
    Rule("name-before-aside", "speaker", "`Name, who ..., said`: the name opening the clause (after its `as`, "
         "`but`, or past an opening phrase of a preposition set off by a comma: `At one point on Monday, Lane, "
         "who ...,`), when a comma closes an aside right before the cue.", name_before_aside,
         (Example('As Jo Ray, the No. 2 in the party, put it: "We will not be rushed."', "We will not be rushed.",
                  "Jo Ray", parse=example_parse("as-aside")),
          Example('At one point on Monday, Lane, who has nearly two million readers, posted, "The roads north of '
                  'the city are closed."', "The roads north of the city are closed.", "Lane",
                  parse=example_parse("opening-phrase-aside")))),
    Rule("opening-name", "speaker", "No parse speaker: the capitalised words opening the sentence right before a "
         "cue whose colon or comma introduces the quotation are its subject (a name that is also a word, `United`, "
         "taken for a participle); never a word of time, a preposition, a demonstrative or a word opening a clause.",
         opening_name,
         (Example('United tweeted: "Delighted to announce our new signing."',
                  "Delighted to announce our new signing.", "United"),)),
))

def quantifier_name(text: str, parts: Sequence[tuple[int, int]], rng: tuple[int, int]) -> tuple[int, int] | None:
    """`"...," said one, Mark Doyle, a farmer.`: a lone `one`, `another` or `each` as the speaker with a name set
    off right after it, or that name with the lone word right before it after the cue: the word and its name."""
    word = text[rng[0]:rng[1]]
    if word.lower() in SINGLE_QUANTIFIERS:
        m = _SET_OFF_NAME.match(text, rng[1])
        if m is None or any(time_word(w.strip(".")) for w in m.group(1).split()):
            return None  # `said one, Tuesday.`: when, not who
        return rng[0], m.start(1) + len(m.group(1).rstrip("."))
    m = _LONE_QUANTIFIER.search(text[max(0, rng[0] - 20):rng[0]])
    if m is None or not regex.fullmatch(r"\p{Lu}[\w'\u2019.-]*(?:\s+\p{Lu}[\w'\u2019.-]*){0,3}", word):
        return None
    return max(0, rng[0] - 20) + m.start(1), rng[1]


# A name set off by commas (or closing its sentence) right after a lone quantifier, and such a quantifier right
# after a cue form and before a name's comma.
_SET_OFF_NAME = regex.compile(r",\s+(\p{Lu}[\w'\u2019.-]*(?:\s+\p{Lu}[\w'\u2019.-]*){0,3})(?=\s*[,.;]|\s*$)")
_LONE_QUANTIFIER = regex.compile(r"(?:^|\s)\p{Ll}+\s+(" + "|".join(sorted(SINGLE_QUANTIFIERS)) + r"),\s+$", regex.I)


WIDENING = Table("widen", doc="Widening a direct quote's speaker.", rules=(
    Rule("quantifier-name", "widen", "`\"...,\" said one, Mark Doyle, a farmer.`, `said another, Jo Hart, who ...`: "
         "a lone `one`, `another` or `each` after a cue and the name set off right after it are one speaker: the "
         "word and the name (the name tells who; the word is how the report counts them).", quantifier_name,
         (Example('"We lost the whole harvest," said one, Mark Doyle, a dairy farmer.',
                  "We lost the whole harvest,", "one, Mark Doyle"),
          Example('"Prices keep climbing," said another, Jo Hart, who runs a bakery.', "Prices keep climbing,",
                  "another, Jo Hart"))),
    Rule("name-before-appositive", "widen", "`\"...,\" Trump, the party's nominee, said`: back to the name "
         "before the appositive speaker.", name_before_appositive,
         (Example('"The talks are over for now," Lavrov, Foreign Minister of Russia, said.',
                  "The talks are over for now,", "Lavrov, Foreign Minister of Russia", parse=example_parse("appositive")),)),
))
