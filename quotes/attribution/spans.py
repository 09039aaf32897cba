"""Stage `span`: the `SPANS` table and the helpers only this stage uses.

`SPANS`: Widening the noun phrase of a cue's speaker, or of a clause's subject taken for a speaker, past what
the parse hung apart.

The table's rules and helpers in pipeline order, the table last: read top to bottom. This stage builds on
`subjects` (modules before it in import order; none imports this one back).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from ..lexicon import (SET_OFF_RELATIVES, CAPITALISED_OFFICES, KIN_NOUNS, TENURE_NOUNS, MONTH_ABBREVIATIONS,
                       SOURCE_WITH_NOUNS, DEPICTION_NOUNS, TITLES, EVENT_PREPOSITIONS,
                       STOCK_EXCHANGES, SET_OFF_TITLES, NONFINAL_ABBREVIATIONS, RELATION_NOUNS,
                       SPEAKER_NOUNS, LINKING_ASIDES, OCCASION_NOUNS, REFLEXIVE_PRONOUNS,
                       SUBORDINATE_OPENERS, QUOTING_VERBS, MARK_CHARS, PARTICIPLE_NOUNS, PHRASE_ADJECTIVES,
                       PHRASE_PREPOSITIONS, POST_PLACE_PREPOSITIONS, PLACE_PREPOSITIONS, QUANTIFIER_PRONOUNS,
                       SHARE_WORDS, QUESTION_VERBS, ROLE_WORDS, TIME_OPENERS, MONTHS,
                       AFFILIATION_PREPOSITIONS, CHANT_NOUNS, CHANT_LEADS, MEMBERSHIP_PREPOSITIONS,
                       WORKPLACE_PREPOSITIONS, MEMBER_EXAMPLE_OPENERS, APOSTROPHE_S)
from ..lexicon import PERSON_RELATIVES, SPEAKER_PLACE_PREPOSITIONS, SAYING_OCCASIONS, AUTHORED_TEXTS
from ..parse import OWNER_TAGS, SINGULAR_NOUN_TAGS, Word, NOUN_UPOS, VERB_UPOS
from ..rules.registry import Example, Rule, Table, example_parse
from ..rules.text import defined_term, source_word, NICKNAME_WORDS
from ..rules.tree import Parsed, demonstrative, preposition, relative_pronoun, time_word
from .common import (_CLAUSE_BREAKS, _FINITE, _JOINED_DESCRIPTION_REACH, _NOMINAL,
                     _NOUN_BEFORE_RELATIVE, _OCCASION_REACH, _SUBJECTS, _VERB_GROUP_TAGS, _age_word, _aside_break, _DASHES,
                     _before_adverbs, _capitalised, _clause_preposition_words, _closing_comma,
                     _condition_aside, _condition_participle_at, _dash_description_opens, _degree_word, _description,
                     _free_participle, _governing_verb,
                     _initials_open, _linking_adverb, _title_initials, _mark, _mark_between, _name_after, _nickname_span,
                     _no_phrase_opener, _noun_before_relative, _occasion_phrase, _office_of_field_start,
                     _participle_after_noun, _participle_phrase, _participle_spelling, _past_wire_slug,
                     _phrase_word, _rank_number_sign, _received_message, _relative_aside,
                     _relative_conjunct_words, _restricting_phrase, _run_before, _run_opener, _run_start,
                     _run_word, _sender_phrase_end, _set_off_given_name, _set_off_phrase,
                     _set_off_subordinate, _speaker_span, _subject_may_open, _suffix_comma, _tag_phrase, _time_before,
                     _title_or_name, _titled_name_start)
from .subjects import _subject


def _dash_members_open(s: Parsed, i: int) -> bool:
    """Whether word `i` is a dash set off by spaces opening examples of the members of the noun phrase before
    it (lexicon MEMBER_EXAMPLE_OPENERS: `Several economists - including two who sit on the board - warned`)."""
    return s.words[i].text in _DASHES and _aside_break(s, i) and i + 1 < len(s.words) \
        and s.words[i + 1].text.lower() in MEMBER_EXAMPLE_OPENERS


def _dashed_apposition(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The union - a group of nurses - said`, however the parse joined the two noun phrases: a speaker before its
    verb holding a dash set off by spaces that opens a description with `a` or `an`, the same dash closing it right
    before the verb (its auxiliaries and adverbs between), ends before the opening dash: the description
    describes the speaker, as one set off by commas does."""
    words = s.words
    lo, hi = s.word_range(span)
    close = verb.index - 1
    while close > lo and words[close].head == verb.index and words[close].upos in _VERB_GROUP_TAGS:
        close -= 1
    opening = next((w.index for w in words[lo + 1:hi + 1] if _dash_description_opens(s, w.index)
                    or _dash_members_open(s, w.index)), None)
    if opening is None or close <= opening + 1 or not _aside_break(s, close) \
            or words[close].text != words[opening].text or hi > close \
            or any(w.upos == "PUNCT" for w in words[lo:opening]):
        return None
    return span[0], words[opening - 1].end


def _clause_preposition_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker `_clause_preposition_words` read (`after the firm's chief executive said`): its words, from
    the one after the preposition to the noun, or to the name set off after it."""
    i = verb.index - 1
    while i >= 0 and s.words[i].head == verb.index and s.words[i].upos in _VERB_GROUP_TAGS:
        i -= 1
    found = _clause_preposition_words(s, i) if i > 0 else None
    if found is None or found[0] is not head:
        return None
    return s.words[found[1]].start, s.words[found[2]].end


def _relative_conjunct_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker `_relative_conjunct` found (`We met Tom Hale, who runs the shelter and says ...`): its
    noun phrase's words up to the comma before `who` (a name the parse split into two objects whole; the
    relative clause, which the parse may have hung from the noun, no part of it)."""
    found = _relative_conjunct_words(s, verb)
    if found is None or _noun_before_relative(s, found[1]) is not head:
        return None
    first = found[0]
    last = found[1] - _NOUN_BEFORE_RELATIVE
    while first < last and s.words[first].upos in ("ADP", "ADV", "PART", "AUX", "VERB"):
        first += 1
    return s.words[first].start, s.words[last].end


def _received_message_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """The message `_received_message` found with the phrase of its sender after it (`got a letter from the
    council saying ...`): one noun phrase, what speaks."""
    if _received_message(s, verb) is not head:
        return None
    end = _sender_phrase_end(s, head, verb)
    return None if end is None else (span[0], s.words[end].end)


def _nominal_subject(s: Parsed, verb: Word,
                     outside: tuple[int, int]) -> tuple[int, int] | None:
    """The range of the verb's subject when it is a noun phrase, no time word, and reaches not
    into `outside` (the quotation it would speak, or what follows its colon: `The "too big to
    fail" tax hit firms` quotes no one), widened by the `span` table as a cue's speaker is."""
    head = _subject(s, verb)
    if head is None or not (head.upos in _NOMINAL or _determined_adjective(s, head)) \
            or time_word(head.text) or demonstrative(head.text):
        return None
    span = _speaker_span(s, head, verb)
    if span is not None:
        widened = SPANS.first(s, verb, head, span)
        if widened is not None:
            span = widened[1]
    return None if span is None or (span[0] < outside[1] and outside[0] < span[1]) else span


def _determined_adjective(s: Parsed, w: Word) -> bool:
    """`Her rival shot back.` with `rival` tagged an adjective: a word heading a subject after its own
    determiner or possessive, with no noun after it in its phrase, heads a noun phrase whatever its tag
    (an adjective after `her` needs a noun: `her rival`, `the accused`)."""
    return w.upos == "ADJ" and any(k.deprel in ("det", "nmod:poss") and k.index < w.index for k in s.kids[w.index])


def main_root(s: Parsed) -> Word | None:
    """The head of a sentence's main clause: its root, or past a bare participle of asking that opens the
    sentence and that the parse made the root (`Asked about the result, Marsh shrugged.`: `shrugged`, the
    clause after the comma it hung from `Asked`)."""
    root = s.root
    if root is not None and root.index == 0 and root.lemma in QUESTION_VERBS and root.text.endswith("ed"):
        return next((k for k in s.kids[root.index] if k.deprel in ("conj", "parataxis", "ccomp")
                     and any(w.text == "," for w in s.words[1:k.index])), None)
    return root


def clause_subject(words: Sequence[Word], before: int, copular: bool = False) -> tuple[int, int] | None:
    """`She went on: "..."`, `Clinton then addressed the crowd: "..."`: a quotation introduced by a
    colon with no cue verb is most likely the words of the introducing clause's subject.  The
    character range of that subject, when the sentence's main verb (`main_root`: past an opening
    `Asked about it,`) lies before `before`; with `copular`, a predicate with its copula stands for the
    verb (`The board was firm: "..."`)."""
    s = Parsed.of(words)
    root = main_root(s)
    verbal = root is not None and (root.upos == "VERB"
                                   or copular and any(k.deprel == "cop" for k in s.kids[root.index]))
    if root is None or not verbal or root.end > before or any(k.deprel == "expl" for k in s.kids[root.index]):
        return None  # `There was one change: "..."`: no one speaks
    return _nominal_subject(s, root, (before, words[-1].end))  # a subject before the colon


def verb_subjects(words: Sequence[Word]) -> list[tuple[int, int]]:
    """The character ranges of the nominal subjects of a sentence's verbs, in reading order (`He then
    turned to the crowd`: `He`)."""
    s = Parsed.of(words)
    verbs = {w.head for w in words if w.deprel == "nsubj" and w.head >= 0 and words[w.head].upos == "VERB"}
    found = (_nominal_subject(s, words[v], (0, 0)) for v in sorted(verbs))
    return sorted(r for r in found if r is not None)


def governing_subject(words: Sequence[Word], start: int, end: int) -> tuple[int, int] | None:
    """`Varnell thanked its volunteers "for their patience"`: with no cue, the subject of the verb that
    governs the quotation at [start, end) (`_governing_verb`) is its likeliest speaker.  Its character range, or
    None when the parse hangs the quotation from no verb outside it."""
    s = Parsed.of(words)
    verb = _governing_verb(words, start, end)
    if verb is None:
        return None
    chanter = _chanter(s, start)
    if chanter is not None:  # (the words from the chant noun on are no part of the one chanting)
        return s.span(chanter, frozenset(k.index for k in s.kids[chanter.index] if k.text.lower() in CHANT_NOUNS))
    while verb.deprel == "ccomp" and verb.head >= 0 and words[verb.head].upos == "VERB":
        verb = words[verb.head]  # `Ryan worried that the plan was becoming "a trap"`: the clause's holder speaks
    return _nominal_subject(s, verb, (start, end))


def _chanter(s: Parsed, start: int) -> Word | None:
    """`Christie roused the crowd to chants of "Lock her up!"`, `led supporters in chants of "..."`: a quotation
    right after `of` and a noun of words given out aloud (lexicon CHANT_NOUNS, read from the words, wherever the
    parse hangs the quotation) that a preposition of where one is moved (CHANT_LEADS) hangs from a verb with an
    object before it: that object gives the words out, not the verb's subject (`greeted her with chants of`:
    the subject's)."""
    before = [w for w in s.words if w.end <= start and w.upos != "PUNCT"]
    if len(before) < 2 or before[-1].text.lower() != "of" or before[-2].text.lower() not in CHANT_NOUNS:
        return None
    noun = before[-2]
    if noun.head < 0 or not any(k.deprel == "case" and k.lemma in CHANT_LEADS for k in s.kids[noun.index]):
        return None
    host = s.words[noun.head]
    if host.deprel == "obj" and host.head >= 0 and s.words[host.head].upos == "VERB":
        return host  # (`roused the crowd to chants`, the phrase hung from the object)
    if host.upos != "VERB":
        return None
    return next((k for k in s.kids[host.index] if k.deprel == "obj" and k.index < noun.index), None)


def _place_after_inverted(s: Parsed, first: int, j: int) -> int | None:
    """`"...," said analysts at the consultancy Capital Economics.`, `said a spokeswoman at the ministry`: word `j`
    right after a lower-case common noun of an inverted speaker (which opens at word `first`) opens a place
    phrase (`_place_phrase`) that runs to the sentence's closing punctuation or a comma: the phrase restricts
    the speaker, as before a verb (rule `place-phrase-run`); the index of its last word, else None (`said Kerry
    at the talks`: a name; `said a woman at the rally`: the occasion; `said Rahul Gandhi of the Congress party
    in Wayanad`: a name heads the speaker, and the noun closes its own phrase).

    Nothing but punctuation may follow, so that a phrase of where the words were said (`said the official at
    the talks on Monday`) is never taken for the speaker's."""
    words = s.words
    if j < 1 or words[j - 1].upos != "NOUN" or not words[j - 1].text.islower():
        return None
    head_end = next((k for k in range(first, j) if words[k].upos == "ADP"), j)
    if any(w.upos == "PROPN" and _capitalised(w) for w in words[first:head_end]) and head_end < j:
        return None
    stop = next((k for k in range(j, len(words)) if words[k].upos == "PUNCT"), len(words))
    if stop < len(words) and words[stop].text != "," and stop + 1 < len(words) \
            and any(w.upos != "PUNCT" for w in words[stop + 1:]):
        return None
    return stop - 1 if stop > j + 1 and _place_phrase(s, j, stop) else None


def _inverted_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"...," said Sen. Jeff Sessions of Alabama.`, `said a source close to the mayor`: a speaker
    after its verb is the whole noun phrase there, whatever the parse hung apart: the words from the
    verb on that make a noun phrase (nouns, names, adjectives, numbers, determiners and `of`/`for`
    phrases), up to a comma, a time word, a verb or any other preposition (`said Kerry on Tuesday`).
    What a comma sets off after it (`said Paul Gray, 61`, `, who opposed the plan`) is no part of it; a
    participle's clause right after a common noun is (`said a woman holding a sign`), and so is `with` and
    what the source holds (`SOURCE_WITH_NOUNS`: `said people with knowledge of the talks`)."""
    words = s.words
    lo = s.word_range(span)[0]
    if not verb.index < head.index or any(not _phrase_word(s, w) for w in words[verb.index + 1:lo]):
        return None
    j = end = verb.index + 1
    topic = False  # the run stopped at what a name spoke of (`said Jones of the ruling`)
    while j < len(words):
        w = words[j]
        if _phrase_word(s, w):
            end = j
        elif _suffix_comma(s, j):
            pass  # `said Ellen Park, Ph.D., Chief Scientific Officer`: a comma inside the name
        elif (body := _body_after(s, j)) is not None and (body + 1 == len(words) or words[body + 1].upos == "PUNCT"
                                                          or _time_after_body(s, body + 1)):
            end = j = body  # `said Officer Jo Hart with the Westby Police Department.`: the body she is with
        elif (office := _second_office(s, j)) is not None:
            end = j = office  # `said HE the Prime Minister and the Minister of Finance.`: her second office
        elif (place := _place_after_inverted(s, verb.index + 1, j)) is not None:
            end = j = place  # `said analysts at the consultancy Capital Economics.`: where they are
        elif (topic := _topic_of_name(s, j)) or not (j + 1 < len(words) and _phrase_word(s, words[j + 1]) and (
                w.text.lower() in PHRASE_PREPOSITIONS
                or PHRASE_ADJECTIVES.get(words[j - 1].text.lower()) == w.text.lower()
                or w.text.lower() == "with" and any(x.text.lower() in SOURCE_WITH_NOUNS for x in words[j + 1:j + 3]))):
            break
        j += 1
    if _split_period(s, end) and words[end].text[:1].isupper() and end + 2 < len(words) \
            and words[end + 2].upos == "PUNCT":
        end += 1  # `said Northwind Shipping, Ltd., in a statement`: the abbreviation's period (not the stop)
    # `said Paul Gray, 61`, `, a spokesman for ...`, `, who ...`: an age, description or relative clause set
    # off by a comma is no part of the speaker; a name after the comma is (`a spokesman, Ivan Petrenko`)
    set_off = end + 2 < len(words) and words[end + 1].text == "," and (
        words[end + 2].text[:1].islower() or words[end + 2].upos == "NUM" or _set_off_title(s, end))
    widened = (words[verb.index + 1].start, words[end].end if set_off or topic else max(span[1], words[end].end))
    named = _name_after_description(s, verb, verb.index + 1, end) if words[end].text != ")" \
        else _name_after_portfolio(s, end)
    if named is not None:  # `"...," recalled her neighbor of 40 years, Rose Kim.`: the description and its name
        widened = (widened[0], words[named].end)  # (not what a comma sets off after the name: `, a Democrat`)
    modifier = _reduced_relative(s, end)
    if modifier is not None and not set_off:
        widened = (widened[0], max(widened[1], modifier))
    widened = (widened[0], _before_set_off_participle(s, end, widened[1]))
    return None if widened == span or end < lo else widened


def _name_after_portfolio(s: Parsed, close: int) -> int | None:
    """`said the Deputy Commissioner of Police (Crime), Rahul Sharma.`: a capitalised name set off by a comma
    after the closing bracket (word `close`) of an office's branch (`_title_initials`), closing the sentence
    or what follows it set off by a comma, is the office's holder: the index of its last word, else None."""
    words = s.words
    if not (close + 2 < len(words) and words[close + 1].text == ","):
        return None
    first = _titled_name_start(s, close + 2)
    if words[first].upos != "PROPN" or not _capitalised(words[first]):
        return None
    last = _name_after(s, first)
    return last if all(w.upos == "PUNCT" for w in words[last + 1:]) or words[last + 1].text == "," else None


def _second_office(s: Parsed, j: int) -> int | None:
    """`"...," said HE the Prime Minister and the Minister of Finance.`: an `and` (word `j`) right after an office's
    word (lexicon ROLE_WORDS) in a speaker after its verb, then (after `the`) another office's word whose noun
    phrase closes the sentence, joins a second office or officer to the speaker (one who holds both, or both who
    spoke): the index of that phrase's last word, else None (`said the mayor and the council agreed`: a clause)."""
    words = s.words
    k = j + 1 + (j + 1 < len(words) and words[j + 1].text.lower() == "the")
    if words[j].text.lower() != "and" or j == 0 or words[j - 1].text.lower() not in ROLE_WORDS \
            or k >= len(words) or words[k].text.lower() not in ROLE_WORDS:
        return None
    last = k
    while last + 1 < len(words) and (_phrase_word(s, words[last + 1]) or words[last + 1].text.lower() == "of"
                                      and last + 2 < len(words) and _phrase_word(s, words[last + 2])):
        last += 1
    return last if all(x.upos == "PUNCT" for x in words[last + 1:]) else None


def _time_after_body(s: Parsed, j: int) -> bool:
    """`said traders at Goldman Sachs on Monday`: a word of time at word `j`, or a time's preposition before
    one (lexicon TIME_OPENERS), closes the speaker's phrase as its punctuation does: when it was said."""
    words = s.words
    return time_word(words[j].text) or words[j].text.lower() in TIME_OPENERS and j + 1 < len(words) \
        and time_word(words[j + 1].text)


def _before_set_off_participle(s: Parsed, end: int, stop: int) -> int:
    """`said a mother of three who gave only her first name, Amina, speaking through an interpreter`: a
    present participle in lower case set off by a comma after a speaker that follows its verb tells how the
    words were said, not who said them, whatever the parse hung it from: the speaker ends before that
    comma (from the run's last word `end` to `stop`, the speaker's end so far); so does a relative clause
    set off there, which describes the speaker (`said a person briefed on the talks, who asked not to be
    identified`), whatever noun of the phrase the parse hung it from."""
    words = s.words
    for k in range(end + 1, len(words) - 1):
        if words[k + 1].end > stop:
            break
        nxt = words[k + 1]
        if words[k].text == "," and nxt.text.islower() and (
                nxt.xpos == "VBG" and nxt.upos == "VERB" or relative_pronoun(nxt.text)):
            return words[k - 1].end
    return stop


def _agent_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Asked by Sen. Jo Hart whether ...`, `was pressed by Rep. Tom Bell about ...`: a passive agent right
    after `by` runs over the capitalised words of its title and name after it, with no punctuation
    between (a title's abbreviation keeps its period), whatever the parse hung apart; and back to `by` over
    the capitalised words and a name's possessive `'s` before the head (`Asked by Labour's Tom Vale whether
    ...`: the party's member, all of it, where the parse took `Vale` alone)."""
    words = s.words
    lo, hi = s.word_range(span)
    first = lo
    while first > 1 and words[first - 1].text.lower() != "by" and (
            _capitalised(words[first - 1]) or words[first - 1].xpos == "POS" and _capitalised(words[first - 2])):
        first -= 1
    if first < 1 or words[first - 1].text.lower() != "by" or not _capitalised(words[hi]):
        return None
    last = hi
    while last + 1 < len(words) and words[last + 1].index != verb.index and _capitalised(words[last + 1]) \
            and _run_word(s, last + 1):
        last += 1
    return None if last == hi and first == lo else (words[first].start, words[last].end)


def _set_off_title(s: Parsed, end: int) -> bool:
    """`said Jane Doe, Chief Executive Officer`, `said Tom Vale, Partner at Vale Ventures`: after a name
    (a capitalised name's word at `end`), a comma and a capitalised word that opens a job title
    (`SET_OFF_TITLES`) set off the name's description, printed with no `a` or `the`, as a press release
    prints it; no part of the name."""
    words = s.words
    title = words[end + 2].text
    return words[end].upos == "PROPN" and words[end].text[:1].isupper() and title[:1].isupper() \
        and title.lower().rstrip(".") in SET_OFF_TITLES


def _topic_of_name(s: Parsed, i: int) -> bool:
    """`said Jones of the ruling`: an `of` right after a name, before a determiner or possessive and a
    noun phrase all in lower case, opens what the name spoke of, not where the name belongs (`Sen. Jeff
    Sessions of Alabama`, `John Smith of the independent Cook Report`, `a professor of economics` go on)."""
    words = s.words
    if not (i + 2 < len(words) and words[i].text.lower() == "of" and words[i - 1].upos == "PROPN"
            and (words[i + 1].upos == "DET" or words[i + 1].xpos == "PRP$")):
        return False
    j = i + 2
    while j < len(words) and _phrase_word(s, words[j]):
        if words[j].text[:1].isupper():
            return False
        j += 1
    return j > i + 2


def _reduced_relative(s: Parsed, end: int) -> int | None:
    """`said a woman holding a sign`, `wrote a user calling herself Red Fox`: a participle right after a
    common noun, with no comma between, opens a clause about that noun (a relative clause with its
    `who is` left out); so does `who` there (`said one person who was in the room`, read from the words
    to the next comma, colon, dash, quotation mark or the closing stop, whatever the parse made of the
    clause): where that clause's words end (before any comma), or None."""
    words = s.words
    if end + 1 >= len(words) or words[end].upos != "NOUN" or not words[end].text[:1].islower():
        return None
    part = words[end + 1]
    if part.text.lower() in PERSON_RELATIVES:
        last = part.index
        while last + 2 < len(words) and words[last + 1].text not in (",", ";", ":", "--", "\u2014") \
                and words[last + 1].text.strip(MARK_CHARS):
            last += 1
        if last + 2 == len(words) and words[last + 1].upos != "PUNCT":
            last += 1
        return words[last].end if last > part.index else None
    if part.upos != "VERB" or part.xpos not in ("VBG", "VBN"):
        return None
    inside = {w.index for w in s.subtree(part)}
    last = part.index
    while last + 1 in inside and words[last + 1].text != "," and words[last + 1].text.strip(MARK_CHARS):
        last += 1
    return words[last].end


def _name_before_description(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`In a statement, Mark Ellis, a spokesman for the campaign, said`: a speaker within a description set
    off by commas right after a name (`a spokesman ...`, `chairman of the Ways Committee`, `Mr. Lee's
    deputy`), the name and its title opening their clause (`_run_start`: after the sentence's start, a
    comma, a quotation mark or a conjunction: `as Ann Porter, a former secretary, put it`), is that
    name's description: the name speaks; so does it past an age set off after it (`Ann Ruiz, 34, a nurse from
    Leeds, said`), or for the age alone taken for the subject (`Ann Ruiz, 34, said`)."""
    words = s.words
    lo, hi = s.word_range(span)
    last = hi  # `author of "Going Viral,"`: the comma closing the aside may stand inside a title's marks
    while last > lo and words[last].upos == "PUNCT" and words[last].text.strip(MARK_CHARS) == "":
        last -= 1
    closed = words[last].text == "," or (last + 1 < len(words) and words[last + 1].text == ",")
    if not hi < verb.index or not closed:
        return None
    comma: int | None
    if lo == last and _age_word(words[lo]) and lo > 1 and words[lo - 1].text == ",":
        comma = lo - 1  # `Ann Ruiz, 34, said`: the age alone taken for the subject
    else:
        comma = next((i for i in range(lo - 1, 0, -1) if words[i].upos == "PUNCT" and not _run_word(s, i)), None)
        if comma is None or words[comma].text != "," or not _description(s, comma + 1, hi + 1):
            return None
    while comma > 2 and _age_word(words[comma - 1]) and words[comma - 2].text == ",":
        comma -= 2  # `Ann Ruiz, 34, a nurse from Leeds, said`: past the age set off after the name
    name = comma - 1  # `Acme Corp. (NASDAQ: ACME), a maker of ...,`: past a ticker and a company's period
    name = (_ticker_open(s, name) or name + 1) - 1
    end = words[name].end
    if name > 1 and words[name].text == "." and words[name - 1].end == words[name].start \
            and words[name - 1].text.lower() in NONFINAL_ABBREVIATIONS:
        name -= 1
    first = _run_start(s, name) if _run_word(s, name) and words[name].text[:1].isupper() else None
    if first is None or first == name and words[first].upos != "PROPN" or time_word(words[name].text):
        return None
    return words[first].start, end


def _holder_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the Department of Housing said`: a speaker right after `of` or `for` and a noun
    (`PHRASE_PREPOSITIONS`) is the object of that preposition, and no verb's subject: the noun phrase
    it belongs to speaks, opened by its determiner, when that phrase opens its clause (`_run_start`).
    Whatever the parse hung there (`Housing` taken for the subject of `said`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if not hi < verb.index or any(w.upos not in _VERB_GROUP_TAGS for w in words[hi + 1:verb.index]):
        return None
    i = lo
    while i > 2 and _run_word(s, i - 1) and words[i - 1].upos in NOUN_UPOS:
        i -= 1  # `for the state attorney general said`: the parse took `general` alone for the subject
    if i < lo and i > 1 and _run_opener(s, i - 1) and words[i - 2].text.lower() in PHRASE_PREPOSITIONS:
        i -= 1
    crossed = i
    while i > 1 and words[i - 1].text.lower() in MEMBERSHIP_PREPOSITIONS and _run_word(s, i - 2):
        i -= 2
        while i > 0 and _run_word(s, i - 1):
            i -= 1
        if i > 0 and _run_opener(s, i - 1):
            i -= 1
    if i == crossed:
        return None
    if not _subject_may_open(s, i):
        return None
    return words[i].start, span[1]


def _participle_holder_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"We will appeal," the man leading the committee said.`: a speaker right after a lower-case `-ing`
    verb that follows a common noun is that verb's object, and the verb's phrase restricts the noun before it
    (`the woman running the shelter`, `residents living near the plant`): the noun phrase opening its clause
    with that phrase speaks, whatever the parse took for the subject (`committee`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if not hi < verb.index or lo < 2 or any(w.upos not in _VERB_GROUP_TAGS for w in words[hi + 1:verb.index]):
        return None
    ing, noun = words[lo - 1], words[lo - 2]
    if ing.xpos != "VBG" or not ing.text.islower() or not noun.text.islower() or time_word(noun.text) \
            or noun.upos != "NOUN" and noun.text not in SPEAKER_NOUNS | ROLE_WORDS | RELATION_NOUNS:
        return None  # (a noun for a person whatever its tag: `the official leading the inquiry`, `official` no
        # adjective before a participle)
    i = lo - 2
    while i > 0 and _run_word(s, i - 1) and words[i - 1].upos in ("NOUN", "ADJ"):
        i -= 1  # `the young man leading ...`
    if i > 0 and _run_opener(s, i - 1):
        i -= 1
    if not _subject_may_open(s, i):
        return None
    return words[i].start, span[1]


def _dated_noun(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A Sept. 15, 2011 email shows ...`, `Her March 3, 2019 letter said ...`: a speaker that opens with a
    year (or right after one) after a month, a day and a comma: the full date modifies the noun, so the
    speaker opens with the date (and the determiner or possessive pronoun before it), however the parse cut it at the
    comma."""
    words = s.words
    j = s.word_range(span)[0]
    if j > 0 and _year(words[j - 1]):
        j -= 1
    if j < 3 or not _year(words[j]) or words[j - 1].text != "," or not (
            words[j - 2].text.isdigit() and 1 <= int(words[j - 2].text) <= 31):
        return None
    month = words[j - 3]
    if not (month.text.lower() in MONTHS and month.text[:1].isupper() or month.text.lower() in MONTH_ABBREVIATIONS):
        return None
    first = j - 3
    if first > 0 and (words[first - 1].upos == "ADP" or preposition(words[first - 1].text)):
        return (words[j + 1].start, span[1]) if j + 1 < len(words) and words[j + 1].start < span[1] else None
        # `On March 3, 2011 officials said`: the date is when, no part of the speaker
    if first > 0 and (words[first - 1].upos == "DET" or words[first - 1].xpos == "PRP$"):
        first -= 1
    return words[first].start, span[1]


def _year(w: Word) -> bool:
    """Whether a word is a year of four digits (`2011`)."""
    return len(w.text) == 4 and w.text.isdigit() and w.text[0] in "12"


def _possessor_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Beijing's envoy, Liu Chen, told ...` with `Beijing` tagged a participle and hung apart: a capitalised word
    and `'s` right before the speaker's first word open it, with the capitalised words right before that word
    (`South Beijing's`), none of them the sentence's first word unless a name's."""
    lo, _hi = s.word_range(span)
    if lo < 2 or s.words[lo - 1].text.lower() not in APOSTROPHE_S or s.words[lo - 1].upos == "AUX" \
            or verb.index < lo:
        return None
    first = lo - 2
    if not s.words[first].text[:1].isupper() or not s.words[first].text.isalpha() \
            or s.words[first].upos not in ("PROPN", "NOUN", "VERB"):
        return None  # `It's a dynamic ...`, `There's still time ...`: `is`, not an owner's `'s`
    while first > 0 and s.words[first - 1].text[:1].isupper() and s.words[first - 1].upos == "PROPN":
        first -= 1
    return s.words[first].start, span[1]


def _share_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`About four in 10 Ohio voters say`: a speaker right before its verb, after a share of it that the
    parse hung elsewhere (`four in 10`, `a third of`, `about 200`): the share opens the speaker, as the
    run of noun-phrase words before the verb reads it (`_run_before`), when the words it adds hold a
    number or share word."""
    lo, hi = s.word_range(span)
    if hi + 1 != verb.index:
        return None
    found = _run_before(s, verb, hi)
    if found is None or found[1][0] >= span[0]:
        return None
    added = [w for w in s.words if found[1][0] <= w.start < span[0]]
    if not any(w.upos == "NUM" or w.text.lower() in SHARE_WORDS for w in added):
        return None
    return found[1][0], span[1]


def _participle_modifier_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`One widely shared post alleged that ...`: a speaker whose noun phrase the parse cut after a past participle
    before its noun (a determiner or number opening the sentence, adverbs, the participle: `widely shared`, no
    punctuation), taking the participle for a verb: those words open the speaker, a participle between a
    determiner and its noun modifies the noun."""
    lo, hi = s.word_range(span)
    words = s.words
    if lo < 2 or hi + 1 != verb.index or head.upos not in NOUN_UPOS:
        return None
    participle = words[lo - 1]
    if participle.upos != "VERB" or not _participle_spelling(participle):
        return None
    first = lo - 2
    while first > 0 and words[first].upos == "ADV":
        first -= 1
    if first != 0 or words[0].upos not in ("DET", "NUM"):
        return None
    return words[0].start, span[1]


def _split_period(s: Parsed, i: int) -> bool:
    """Whether word `i` is a company's abbreviation (`NONFINAL_ABBREVIATIONS`) with the period the tokenizer
    split off it right after (`Ltd` `.`): that period is the abbreviation's."""
    words = s.words
    return i + 1 < len(words) and words[i].text.lower() in NONFINAL_ABBREVIATIONS and words[i + 1].text == "." \
        and words[i].end == words[i + 1].start


def _degree_after_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Ann Ruiz, M.D., a surgeon, said`: a speaker before its verb that is only a degree (`DEGREE_LETTERS`,
    capitalised) right after a comma and a run of capitalised words that opens its clause is part of that
    name, whatever the parse made of the name: the speaker is the name, its comma and the degree (with the
    degrees after it in a row: `Tom Vale, M.D., Ph.D.,`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if not hi < verb.index:
        return None
    i = next((w.index for w in words[lo:hi + 1] if _degree_word(s, w.index)), None)
    if i is None:
        return None
    last = i
    while last + 2 < verb.index and _degree_word(s, last + 2):
        last += 2  # `Tom Vale, M.D., Ph.D.,`: degrees in a row
    if last < hi and words[last + 1].text != ",":
        return None  # past the degree only a description set off by a comma: `, director of the lab`
    if i > lo:
        widened = (span[0], words[last].end)
        return None if widened == span else widened
    j = i - 1
    while j > 0 and words[j - 1].text[:1].isupper() and words[j - 1].text[:1].isalpha():
        j -= 1
    if j == i - 1 or (j > 0 and words[j - 1].upos not in ("PUNCT", "CCONJ", "SCONJ")):
        return None
    return words[j].start, words[last].end


def _event_word_cut(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`'Enough is enough,' says mayor amid row over library`: a speaker after its verb ends before a word
    that only opens an event's phrase (`amid`, `despite`, `after`: `EVENT_PREPOSITIONS`), whatever tag the
    parse gave it (`amid` taken for a noun): what the speech met is no part of who spoke."""
    words = s.words
    lo, hi = s.word_range(span)
    if not verb.index < lo:
        return None
    k = next((w.index for w in words[lo + 1:hi + 1] if w.text.lower() in EVENT_PREPOSITIONS), None)
    return None if k is None else (span[0], words[k - 1].end)


def _bracketed_initials(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The World Health Organization (WHO) said`: a speaker that is only the initials in brackets right after
    a capitalised name (two to six capitals) is that name's abbreviation: the speaker is the name's run (from
    its determiner, opening its clause) with them."""
    words = s.words
    lo, hi = s.word_range(span)
    core = [w for w in words[lo:hi + 1] if w.text not in ("(", ")")]
    if len(core) != 1:
        return None
    i = core[0].index
    if i + 1 >= len(words) or _initials_open(s, i + 1) != i - 1 or not i + 1 < verb.index:
        return None
    first = _run_start(s, i - 2)
    return None if first is None else (words[first].start, words[i + 1].end)


def _ticker_open(s: Parsed, i: int) -> int | None:
    """Where the brackets of a stock ticker closing at word `i` open (`Acme Corp. (NASDAQ: ACME)`: an
    exchange in `STOCK_EXCHANGES`, upper case, a colon and the ticker), when a word stands before them;
    else None."""
    words = s.words
    if not 4 <= i < len(words) or words[i].text != ")" or words[i - 2].text != ":":
        return None
    opening = i - 4
    if words[opening].text != "(" and opening > 0 and words[opening - 1].text == "(" \
            and words[opening].text[:1].isupper():
        opening -= 1  # `(NYSE American: ZETA)`: an exchange of two words
    exchange = " ".join(w.text for w in words[opening + 1:i - 2])
    if words[opening].text != "(" or exchange.split()[0].upper() not in STOCK_EXCHANGES \
            or not exchange.split()[0].isupper() or not words[i - 1].text.replace(".", "").isalnum():
        return None
    return opening if opening > 0 else None


def _ticker_aside(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Acme Corp. (NASDAQ: ACME) today announced`: a stock ticker in brackets closing a speaker that runs
    before it (a company's name) is no part of the name: the speaker ends before the brackets."""
    lo, hi = s.word_range(span)
    opening = _ticker_open(s, hi)
    if opening is None:
        opening = _handle_open(s, hi)
    if opening is None:
        opening = _definition_open(s, hi)
    return None if opening is None or opening <= lo else (span[0], s.words[opening - 1].end)


_DEFINITION_WORDS_READ = 16  # the most words `_definition_open` reads back from a closing bracket, and before it


def _definition_open(s: Parsed, i: int) -> int | None:
    """Where brackets closing at word `i` open when they define a short form of the name before them
    (`Acme Holdings, Inc. ("Acme" or the "Company")`: `rules.text.defined_term`); else None."""
    words = s.words
    if not 2 <= i < len(words) or words[i].text != ")":
        return None
    opening = next((k for k in range(i - 1, max(0, i - _DEFINITION_WORDS_READ), -1) if words[k].text in "()"), None)
    if opening is None or opening == 0 or words[opening].text != "(":
        return None
    name = " ".join(w.text for w in words[max(0, opening - _DEFINITION_WORDS_READ):opening])
    return opening if defined_term(" ".join(w.text for w in words[opening + 1:i]), name) else None


_HANDLE = re.compile(r"@\w{1,30}")


def _handle_open(s: Parsed, i: int) -> int | None:
    """Where the brackets of an account's handle closing at word `i` open (`Ann Ruiz (@annruiz)`), when a
    word stands before them; else None."""
    words = s.words
    if not 2 <= i < len(words) or words[i].text != ")":
        return None
    opening = next((k for k in range(i - 1, max(0, i - 4), -1) if words[k].text == "("), None)
    if opening is None or opening == 0 or not _HANDLE.fullmatch("".join(w.text for w in words[opening + 1:i])):
        return None
    return opening


def _defined_term_speaker(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Acme Corp. (the "Company") today announced` with `Company` taken for the subject: a speaker before its
    verb inside brackets that define a short form of the name right before them (`_definition_open`) stands
    for that name: the speaker is the name's run (`_run_start`), a company's abbreviation with its period."""
    words = s.words
    lo, hi = s.word_range(span)
    close = next((k for k in range(hi, min(verb.index, hi + _DEFINITION_WORDS_READ)) if words[k].text == ")"), None)
    opening = None if close is None else _definition_open(s, close)
    if opening is None or not 0 < opening < lo:
        return None
    last = opening - 1
    name = last - 1 if words[last].text == "." and last > 0 and words[last - 1].end == words[last].start \
        and words[last - 1].text.lower() in NONFINAL_ABBREVIATIONS else last   # `Acme Corp.`: its period
    if not words[name].text[:1].isupper() or not _run_word(s, name):
        return None
    first = _run_start(s, name)
    return None if first is None else (words[first].start, words[last].end)


def _company_period(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Acme Corp. (NASDAQ: ACME) today announced` with `Acme` and `Corp` taken for two subjects: a speaker
    ending on a company's abbreviation (`NONFINAL_ABBREVIATIONS`) before the period the tokenizer split off
    it ends with that period, which ends no sentence there."""
    words = s.words
    lo, hi = s.word_range(span)
    if hi + 1 >= verb.index or words[hi].text.lower() not in NONFINAL_ABBREVIATIONS \
            or words[hi + 1].text != "." or words[hi].end != words[hi + 1].start:
        return None
    return span[0], words[hi + 1].end


def _split_conjunct(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Ann Ruiz, who chairs the board, and Tom Vale said`, `Ann Ruiz and Tom Vale said` with `Ann` taken
    for a preposition: a speaker right before its verb, after `and`, whose words before it (back to the
    sentence's start) are a name and its title (`_run_word`) opening the sentence, or such a name and a
    relative clause or description set off by commas after it (before `and`), is the last of two
    conjoined speakers: the speaker runs from the sentence's first word."""
    words = s.words
    lo, hi = s.word_range(span)
    end = next((i for i in range(hi, lo - 2, -1) if words[i].text.lower() == "and"), None)
    if not hi < verb.index or lo < 2 or end is None or end < 2 or end >= lo and words[end - 1].text != ",":
        return None  # (the parse may have run the speaker over a description: `the board chair, and Tom Vale`)
    if words[end - 1].text == ",":
        close = end - 1
        opening = _relative_aside(s, close)
        if opening is None:
            opening = next((i for i in range(1, close) if words[i].text == ","), None)
            if opening is None or opening + 1 >= close or not (
                    words[opening + 1].upos == "DET" or words[opening + 1].xpos == "PRP$") or any(
                    w.xpos in _FINITE or w.upos in ("PUNCT", "AUX") for w in words[opening + 1:close]):
                return None  # a description set off: `, the board chair,`
        end = opening
    if not 0 < end or not all(_run_word(s, i) for i in range(end)) or not any(
            _capitalised(w) and w.upos == "PROPN" for w in words[:end]):
        return None
    return (words[0].start, span[1]) if words[0].start < span[0] else None


def _given_name_in_relative(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A striker who asked to be identified only by his first name, Paul, said`: a speaker before its verb that
    ends on a noun of a person's name (`his first name`) inside the relative clause that restricts it, with a name
    set off by commas after that noun right before the verb (`_set_off_given_name`), runs over that name: it is
    the noun's apposition, within the clause, whatever the parse hung it from."""
    words = s.words
    lo, hi = s.word_range(span)
    close = verb.index - 1
    if not (hi + 1 < close and head.index < hi and _set_off_given_name(s, hi + 1, close)) \
            or not any(relative_pronoun(w.text) for w in words[head.index + 1:hi]):
        return None
    return span[0], words[close - 1].end


def _joined_described_names(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"...," said John Smith, CEO of Acme, and Mary Brown, CEO of Globex.`, `John Smith, CEO of Acme, and Mary
    Brown, CEO of Globex, said`: a speaker ending in a capitalised name, then a description set off by commas (no
    verb, no break inside: `CEO of Acme`, `the board chair`) and `and` with a second capitalised name, is the
    first of two joined speakers: the speaker runs over the second name, and the description after it, as after
    one name (`said John Smith, CEO of Acme.`), stays out.  The second name must close there: at a comma, the
    sentence's end, a preposition or the verb (not `..., and Brown agreed`: a clause of its own)."""
    words = s.words
    lo, hi = s.word_range(span)
    hi = next((k - 1 for k in range(lo + 1, hi + 1) if words[k].text == ","), hi)  # the parse may have run the
    # speaker over the description and the second name (`said John Smith, CEO of Acme, and Mary Brown`)
    if not (words[hi].upos == "PROPN" and _capitalised(words[hi])) or hi + 1 >= len(words) \
            or words[hi + 1].text != ",":
        return None
    close = next((k for k in range(hi + 2, min(hi + 2 + _JOINED_DESCRIPTION_REACH, len(words)))
                  if words[k].upos == "PUNCT"), None)
    if close is None or close == hi + 2 or words[close].text != "," or close + 2 >= len(words) \
            or words[close + 1].text.lower() != "and" or relative_pronoun(words[hi + 2].text) \
            or any(w.xpos in _FINITE or w.upos in ("AUX", "VERB", "CCONJ") for w in words[hi + 2:close]) \
            or verb.index in range(hi + 1, close + 2):
        return None  # (`Ann Ruiz, who chairs the board, and Tom Vale said`: `split-conjunct`'s)
    last = close + 2
    if not (words[last].upos == "PROPN" and _capitalised(words[last])):
        return None
    while last + 1 < len(words) and words[last + 1].upos == "PROPN" and _capitalised(words[last + 1]):
        last += 1
    after = words[last + 1] if last + 1 < len(words) else None
    if after is not None and not (after.upos == "PUNCT" or after.index == verb.index or preposition(after.text)):
        return None  # (`..., and Mary Brown agreed`: the name opens a clause of its own)
    return span[0], words[last].end


def _split_apposition(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the Springfield, Ohio, police said` parsed with two subjects of the verb: a speaker
    before its verb, a lower-case noun right after a place and its state set off by commas (`Springfield,
    Ohio,`) that close another subject of that verb, a description of a person (a noun for one, `ROLE_WORDS`,
    `SPEAKER_NOUNS`, after its determiner or owner) opening its clause, is the rest of that one noun phrase:
    English gives a verb one subject there, and the speaker runs from the description's first word (not `The
    trouble, Frank said, began`; a name set off after a description is `description-before-name`'s)."""
    words = s.words
    lo, hi = s.word_range(span)
    if head.index > verb.index or lo < 3 or words[lo - 1].text != ",":
        return None
    other = next((k for k in s.kids[verb.index] if k.deprel in _SUBJECTS and k.index < lo - 1 and k.index != head.index
                  and k.upos == "NOUN" and k.text.lower() in ROLE_WORDS | SPEAKER_NOUNS), None)
    if other is None or not any(k.deprel in ("det", "nmod:poss") and k.index < other.index for k in s.kids[other.index]):
        return None
    if not (lo >= 4 and head.text.islower() and words[lo - 3].text == ","
            and words[lo - 2].text[:1].isupper() and words[lo - 4].text[:1].isupper()):
        return None  # `the Springfield, Ohio, police`: a place and its state before the noun
    phrase = sorted(w.index for w in s.subtree(other) if w.index < lo)
    first = phrase[0]
    if phrase != list(range(first, lo - 1)) and phrase != list(range(first, lo)) \
            or any(w.upos in VERB_UPOS for w in words[first:lo]) \
            or first > 0 and not (words[first - 1].upos in ("PUNCT", "CCONJ", "SCONJ")):
        return None
    return words[first].start, span[1]


_SPEAKER_CLAUSE_WORDS = 8  # the most words `_clause_after_speaker` reads after `as`/`when` for a subject and its verb


def _clause_after_speaker(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"Unbelievable!" shouted the commentator as the ball hit the net`: a speaker after its verb that runs
    over `as`, `when`, `while` ... (`SUBORDINATE_OPENERS`) followed by a subject and a finite verb of its
    own, before any punctuation, ends before that word: the clause tells when, not who.  Not past a
    punctuation mark or a relative pronoun after the speaker's head (`said Ann Ruiz, who ...`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if head.index < verb.index:
        return None
    for i in range(head.index + 1, min(hi + 1, len(words))):
        if words[i].upos == "PUNCT" or relative_pronoun(words[i].text):
            return None  # `said Ann Ruiz, who ... as ...`: an aside or a relative clause, other rules' to cut
        if words[i].text.lower() not in SUBORDINATE_OPENERS or i <= lo:
            continue
        rest = []
        for w in words[i + 1:i + 1 + _SPEAKER_CLAUSE_WORDS]:
            if w.upos == "PUNCT":
                break
            rest.append(w)
        finite = next((k for k, w in enumerate(rest) if w.xpos in _FINITE), None)
        if finite is not None and finite >= 1 and rest[finite - 1].upos in ("NOUN", "PROPN", "PRON", "NUM"):
            return span[0], words[i - 1].end
        return None
    return None


_POINT_IN_TIME_NOUNS = frozenset({"time", "moment", "point"})  # `at the time`, `at that moment`, `at one point`


def _point_in_time(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) are `at` and a point in time (`_POINT_IN_TIME_NOUNS`) with only a determiner,
    number or adjective between (`at the time`, `at that moment`, `at one point`), and at most the `of` phrase
    of what it is the time of (`at the time of the crash`): when, never where."""
    words = s.words
    if not lo + 1 < hi or words[lo].text.lower() != "at":
        return False
    k = next((i for i in range(lo + 1, hi) if words[i].upos not in ("DET", "NUM", "ADJ")), hi)
    if k == hi or words[k].text.lower() not in _POINT_IN_TIME_NOUNS:
        return False
    return k == hi - 1 or words[k + 1].text.lower() == "of" and k + 2 < hi \
        and all(w.upos in ("DET", "NUM", "ADJ", "NOUN", "PROPN") or w.xpos in OWNER_TAGS for w in words[k + 2:hi])


_UNSET_OCCASION_OPENERS = ("in", "during")  # `The IMF in a statement said`; not `at` (`Delegates at the conference`)


def _own_occasion(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"...," Lee in her speech said`, `Ruiz during his visit told`: a phrase after a name that a possessive
    pronoun standing for the name's owner marks as the occasion of what is said is no part of the name;
    the speaker ends before it (`a woman in the crowd` has no such pronoun, and keeps its phrase); so does a
    phrase of `in` or `during` and a noun of what words are said in (`_occasion_phrase`) right before the verb,
    after any speaker, commas or none (`The IMF in a statement said`: the occasion, not the fund's name), or
    of `at` and a point in time (`_point_in_time`: `Officials at the time said`: when, not who)."""
    words = s.words
    lo, hi = s.word_range(span)
    if verb.index < lo:
        cut = next((i for i in range(lo + 1, hi + 1) if _occasion_after_name(s, i, hi)), None)
        return None if cut is None else (span[0], words[cut - 1].end)
    if head.index < hi < verb.index and not any(w.upos in ("VERB", "AUX", "PUNCT") for w in words[hi + 1:verb.index]):
        opening = next((i for i in range(head.index + 1, hi + 1) if words[i].text.lower() in _UNSET_OCCASION_OPENERS
                        and _occasion_phrase(s, i, hi + 1) or _point_in_time(s, i, hi + 1)), None)
        if opening is not None and opening > lo and words[opening - 1].upos != "PUNCT":
            return span[0], words[opening - 1].end
    if head.upos != "PROPN":
        return None
    for k in s.kids[head.index]:
        kids = s.kids[k.index]
        if k.index > head.index and k.upos in NOUN_UPOS and any(c.xpos == "PRP$" for c in kids) \
                and any(c.deprel == "case" and c.text.lower() in PLACE_PREPOSITIONS for c in kids):
            last = s.subtree(k)[0].index - 1
            while last > head.index and s.words[last].upos == "PUNCT":
                last -= 1  # `Lee, in her speech, said`
            if last >= head.index and s.words[last].end < span[1]:
                return span[0], s.words[last].end
    return None


def _occasion_after_name(s: Parsed, i: int, hi: int) -> bool:
    """`said spokesperson Lin Hua at a regular press briefing`: word `i` is `in`, `at` or `during` right after a
    capitalised name, opening a phrase (up to word `hi`, no punctuation) whose lower-case noun names what words
    are said in (`OCCASION_NOUNS`: a briefing, a news conference, an interview; whatever its tag: `press
    briefing` with `briefing` taken for a participle): the occasion of the saying, for a name needs no phrase to
    pick out whom it names; so is `in` or `during` right after a common noun, opening a phrase whose noun is a
    saying no one can be found in (lexicon SAYING_OCCASIONS, AUTHORED_TEXTS: `said the family of the victim in a
    statement`, `said a spokesman for the firm in an email`; not a text or video someone appears in: `said a
    woman in the video`)."""
    words = s.words
    if not 0 < i < hi:
        return False
    named = words[i].text.lower() in _NAME_OCCASION_OPENERS and words[i - 1].upos == "PROPN" \
        and words[i - 1].text[:1].isupper()
    common = words[i].text.lower() in _UNSET_OCCASION_OPENERS and words[i - 1].upos == "NOUN"
    if not named and not common:
        return False
    for w in words[i + 1:min(hi + 1, i + 1 + _OCCASION_REACH)]:
        if w.upos == "PUNCT":
            return False
        if named and w.text in OCCASION_NOUNS or w.text.lower() in SAYING_OCCASIONS | AUTHORED_TEXTS:
            return True
    return False


_NAME_OCCASION_OPENERS = frozenset({"in", "at", "during"})  # `said Lin Hua at a briefing`, `in an interview`


def _participle_noun(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The accused told police ...`, `the deceased told friends ...`: a past participle that names a person
    after `the` (`PARTICIPLE_NOUNS`) is a noun, its determiner part of the speaker however the parse hung it."""
    words = s.words
    i = head.index - 1
    if head.text.lower() not in PARTICIPLE_NOUNS or i < 0 or words[i].text.lower() != "the" \
            or span != (head.start, head.end):
        return None
    return words[i].start, head.end


def _capitalised_wh_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Ms Te Whare said`: a capitalised word inside a sentence that the tagger took for a question word
    (`Whare`, `Whaanga`: Maori names that open with `Wh`) is a name when names or a title come right before
    it (a question word is never capitalised there): the speaker runs from that title or name through it, and
    through the name's words after it (`Te Whatu Ora said`, `Whatu` taken for `whose`)."""
    words = s.words
    i = head.index - 1
    if head.xpos not in ("WP", "WP$", "WDT", "WRB") or not head.text[:1].isupper() or head.text.isupper() \
            or i < 0 or words[i].upos != "PROPN" or span[0] != head.start:
        return None
    while i > 0 and _run_word(s, i - 1) and words[i - 1].upos != "PUNCT":
        i -= 1
    return words[i].start, max(head.end, span[1])


def _depicted_doer(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`There is no record of the mayor saying that ...`, `footage of the mayor saying ...`: a speaker that
    ends right before an `-ing` cue and runs `record of X` (`DEPICTION_NOUNS`): X is the one saying it, the
    gerund's own subject; the record only shows it (or, with `no`, fails to)."""
    words = s.words
    if verb.xpos != "VBG" or verb.index < 3 or words[verb.index - 1].end != span[1]:
        return None
    for i in range(verb.index - 2, 0, -1):
        if words[i].start < span[0] or words[i].upos == "PUNCT":
            return None
        if words[i].text.lower() == "of" and words[i - 1].text.lower() in DEPICTION_NOUNS \
                and words[i - 1].start >= span[0]:
            return words[i + 1].start, span[1]
    return None


def _emphatic_reflexive(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The president himself said`, `As the minister herself put it`: a reflexive pronoun taken for the
    speaker, right after a noun or name and before its verb, only stresses that noun phrase, which speaks:
    the speaker is that phrase (its name-and-title words, from a determiner or possessor before them)."""
    words = s.words
    i = head.index - 1
    if head.text.lower() not in REFLEXIVE_PRONOUNS or head.index > verb.index or i < 0 \
            or words[i].upos not in NOUN_UPOS:
        return None
    while i > 0 and _run_word(s, i - 1) and words[i - 1].upos != "PUNCT":
        i -= 1
    if i > 0 and _run_opener(s, i - 1):
        i -= 1
    return words[i].start, words[head.index - 1].end


def _linking_aside(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The mayor, for his part, said`, `The firm, in turn, said`: a phrase that links the sentence to what came
    before (`LINKING_ASIDES`: a preposition, any possessive pronoun, a noun; or one sentence-linking adverb,
    `_linking_adverb`: `Republicans, meanwhile, charged`), set off by commas right after the speaker's
    noun and before its verb, is no part of the speaker: it ends before the comma that opens it."""
    words = s.words
    lo, hi = s.word_range(span)
    for i in range(lo + 1, min(hi, verb.index) + 1):
        if words[i].text != "," or i + 2 >= len(words):
            continue
        if _linking_adverb(s, i + 1) and i + 2 < verb.index:
            return span[0], words[i - 1].end  # `Republicans, meanwhile, charged that ...`: one linking adverb
        j = i + 2 if words[i + 2].xpos == "PRP$" and i + 3 < len(words) else i + 1
        if (words[i + 1].text.lower(), words[j + 1].text.lower()) in LINKING_ASIDES and \
                words[j + 2].text == "," and j + 2 < verb.index:
            return span[0], words[i - 1].end
    return None


def _opening_adverb_out(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Meanwhile, Congress MP Ann Rao said`, `Later, Ann Rao said`: an adverb linking the sentence to what came
    before (`_linking_adverb`) that opens it, set off by a comma, is never the subject,
    whatever the parse made of it (a name's first word): the speaker starts after that comma."""
    words = s.words
    lo, hi = s.word_range(span)
    if hi < lo + 2 or not (lo == 0 or words[lo - 1].text == ":") or not _linking_adverb(s, lo):
        return None  # (`KARACHI: Meanwhile, the assembly said`: after a dateline too)
    return words[lo + 2].start, span[1]


def _relative_pronoun_out(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`the news, which analysts said ...`: a speaker right before its cue whose phrase the parse opened with
    the relative pronoun before it (subject rule `relative-tagged-noun`) starts after that pronoun."""
    lo, hi = s.word_range(span)
    if not (lo + 1 == head.index == hi == verb.index - 1 and relative_pronoun(s.words[lo].text)):
        return None
    return head.start, span[1]


def _fused_all(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"No comment," was all the spokesman would say`: `all` before a determiner or possessor and a
    singular noun quantifies no speaker (`all the senators` would be plural): it is the `all` of what was
    said, and the speaker starts after it."""
    lo, hi = s.word_range(span)
    words = s.words
    if not (lo < head.index and words[lo].text.lower() == "all" and head.xpos in SINGULAR_NOUN_TAGS
            and (words[lo + 1].upos == "DET" or words[lo + 1].xpos == "PRP$")):
        return None
    return words[lo + 1].start, span[1]


def _set_off_occasion(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The ministry, in a statement, said`, `The union, in a letter to members, warned`: a phrase opened by
    `in` or `during` whose noun names what the words were said in (`OCCASION_NOUNS`), set off by commas right
    before the verb (and its adverbs), is the occasion of what is said, no part of the speaker: the speaker
    ends before the comma that opens it."""
    words = s.words
    close = _closing_comma(s, verb)
    hi = s.word_range(span)[1]
    if (close is None or words[close].text != ",") and hi + 1 < verb.index and words[hi + 1].text == ",":
        close = hi + 1  # `The company, in a statement, called it "..." and said`: the subject its first verb's
    if close is None or words[close].text != ",":
        return None
    opening = next((i for i in range(close - 1, 0, -1) if words[i].text in _CLAUSE_BREAKS), None)
    if opening is not None and opening + 1 < close \
            and all(w.upos == "PROPN" and w.text[:1].isupper() for w in words[opening + 1:close]):
        earlier = next((i for i in range(opening - 1, 0, -1) if words[i].text in _CLAUSE_BREAKS), None)
        if earlier is not None and span[0] < words[earlier].start and _occasion_phrase(s, earlier + 1, close):
            opening = earlier  # `The state government, in a statement signed by its spokesman, Mr Tunde Ade, said`:
            # the name set off within the phrase is its signer's, the phrase the occasion still
    if opening is None or not span[0] < words[opening].start < span[1] or not (
            _occasion_phrase(s, opening + 1, close) or _set_off_circumstance(s, opening, close)):
        return None
    return span[0], words[opening - 1].end


def _set_off_circumstance(s: Parsed, opening: int, close: int) -> bool:
    """Whether the commas at `opening` and `close` set off, after the noun phrase opening the sentence, a phrase
    a preposition of circumstance opens (`_set_off_phrase`; not one of belonging, lexicon
    AFFILIATION_PREPOSITIONS: `Ann Ruiz, of the union,`) or a run of adverbs (`The bishop, in a sermon on
    Sunday, said`, `The mayor, once again, said`; one sentence-linking adverb alone, `The mayor, however,
    said`, is `linking-aside`'s: `_linking_adverb`): it tells when, where or how the words were said, and is no
    part of the speaker (a clause a subordinator opens, `, when asked about the strike,`, is
    `set-off-participle`'s)."""
    first = s.words[opening + 1]
    return _set_off_phrase(s, close) == opening and (
        all(w.upos == "ADV" for w in s.words[opening + 1:close]) and not (
            close == opening + 2 and _linking_adverb(s, opening + 1))  # `linking-aside`'s: `The mayor, however,`
        or first.upos == "ADP" and first.text.lower() not in AFFILIATION_PREPOSITIONS)


def _set_off_participle(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The report, published on Tuesday, said`, `The firm, based in Ohio, said`: a participle's phrase set
    off by commas between the speaker's noun and its verb describes the speaker and is no part of it: the
    speaker ends before the comma that opens it (a relative clause set off there is cut where the span is
    made, `_set_off_after_name`: `A city official, who asked not to be named, said`)."""
    return _before_aside(s, verb, span, _participle_after_noun)


def _set_off_relative(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the police, who declined to be named, told ...`: a relative clause set off by commas
    between the speaker's phrase and its verb (`_relative_aside`; `whose` opens one too, lexicon
    SET_OFF_RELATIVES: `Hank Moss, whose contract ends in May, called ...`) is no part of the speaker, however far
    the parse ran the speaker's span into it (past the noun the clause hangs from): the speaker ends
    before the comma that opens it."""
    return _before_aside(s, verb, span, lambda parsed, close: _relative_aside(parsed, close, openers=SET_OFF_RELATIVES))


def _set_off_members(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Critics, including the party's spokesman, Ben Marsh, said ...`: a phrase naming some of the speaker's
    members (opened by `including`, `notably` ...: lexicon MEMBER_EXAMPLE_OPENERS) set off by a comma after
    the speaker's noun and closed by the comma right before its verb gives examples, no part of the speaker:
    the speaker ends before the comma that opens it."""
    close = _closing_comma(s, verb)
    if close is None:
        return None
    words = s.words
    opening = next((i for i in range(head.index + 1, close - 1)
                    if words[i].text == "," and words[i + 1].text.lower() in MEMBER_EXAMPLE_OPENERS), None)
    if opening is None or not span[0] < words[opening].start < span[1]:
        return None
    return span[0], words[opening - 1].end


def _before_aside(s: Parsed, verb: Word, span: tuple[int, int],
                  aside: Callable[[Parsed, int], int | None]) -> tuple[int, int] | None:
    """The speaker's `span` up to the comma opening the aside (found by `aside` from the comma that closes
    it right before the verb), when the span runs past that comma; else None."""
    close = _closing_comma(s, verb)
    opening = aside(s, close) if close is not None else None
    if opening is None or not span[0] < s.words[opening].start < span[1]:
        return None
    return span[0], s.words[opening - 1].end


def _participle_modifier(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A report issued last month found ...`, `An ad released Thursday accuses ...`: a participle's phrase
    right after the speaker's noun, up to the finite cue, restricts that noun (`_restricting_phrase`): the
    speaker runs through it, whatever the parse made of it (its main verb, a time word of its own apart)."""
    if head.upos != "NOUN" or not span[1] <= verb.start or s.word_range(span)[1] + 1 >= verb.index:
        return None
    found = _restricting_phrase(s, verb)
    if found is None or found[0] != head.index + 1:
        return None
    return span[0], s.words[found[2]].end


def _adjective_phrase_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`People familiar with the talks said ...`, `Sources close to the mayor say ...`: an adjective that
    takes its preposition (`PHRASE_ADJECTIVES`: `familiar with`, `close to`) right after the speaker's
    noun, its phrase running with no punctuation, conjunction or verb of its own up to the cue (or up to
    an aside set off by commas right before the cue: a relative clause, or the terms it speaks on, `People
    familiar with the talks, speaking on condition of anonymity, said`), restricts the noun: the speaker
    runs through it, whatever the parse made of the adjective (a main verb)."""
    lo, hi = s.word_range(span)
    words = s.words
    if head.upos not in NOUN_UPOS or not span[1] <= verb.start or hi + 3 >= verb.index:
        return None
    if PHRASE_ADJECTIVES.get(words[hi + 1].text.lower()) != words[hi + 2].text.lower():
        return None
    stop = next((w.index for w in words[hi + 3:verb.index] if w.text == ","), None)
    if stop is not None and stop > hi + 3 and words[verb.index - 1].text == "," and stop < verb.index - 2 and (
            relative_pronoun(words[stop + 1].text) or _condition_aside(s, stop + 1)):
        return span[0], words[stop - 1].end  # `, who asked not to be named,`: an aside, no part of the speaker
    if any(w.upos in ("PUNCT", "CCONJ", "SCONJ", "VERB", "AUX") for w in words[hi + 3:verb.index]):
        return None
    return span[0], words[_before_adverbs(s, verb.index - 1, verb)].end


_ARTICLE_WORDS = frozenset({"the", "a", "an", "and", "or", "not"})  # capitalised in a headline, never a name's


def _nickname_in_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Tom "The Tank" Hale said`, `"...," said Gary "Gazza" Lane`: a name's nickname in marks between its
    capitalised given name and its capitalised surname is the name's: a speaker on either side of it runs over
    it to the other name word (and over more capitalised words after it)."""
    words = s.words
    lo, hi = s.word_range(span)
    capital = lambda j: 0 <= j < len(words) and words[j].text[:1].isupper() and words[j].text.isalpha() \
        and j != verb.index and not preposition(words[j].text) and words[j].text.lower() not in _ARTICLE_WORDS
    if lo > verb.index:  # `said Rovers striker Tom "The Tank" Hale`: on over the title to the given name
        while hi + 1 < len(words) and capital(hi + 1) and words[hi + 1].upos == "PROPN" and hi + 1 - lo < 6:
            hi += 1
    if capital(hi) and hi + 1 < len(words) and _mark(words[hi + 1]) \
            and (close := _nickname_span(s, hi + 1)) is not None and capital(close + 1):
        last = close + 1
        while capital(last + 1) and words[last + 1].upos == "PROPN":
            last += 1
        first = _run_start(s, lo) if lo < verb.index else None  # `Striker Leo "The Cat" Mendes said`: the title
        return min(span[0], words[lo if first is None else first].start), words[last].end
    if capital(lo) and lo >= 4 and _mark(words[lo - 1]):
        opening = next((j for j in range(lo - 2, max(lo - 2 - NICKNAME_WORDS, 0), -1) if _mark(words[j])), None)
        if opening is not None and _nickname_span(s, opening) == lo - 1 and capital(opening - 1):
            first = _run_start(s, opening - 1) if opening - 1 < verb.index else None  # `Rovers striker Tom ...`
            return words[opening - 1 if first is None else first].start, span[1]
    return None


def _name_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`co-host Ann Ruiz asked`, `As Professor Lee put it`, `the Gazette's Ed Marsh said`, `Texas Lt. Gov.
    Dan Ortiz says`: a speaker before its verb is the whole run of words without punctuation between them
    that make a name and its title (nouns, names, adjectives, numbers, title words, a possessive `'s`),
    from a determiner or the start of its clause (the sentence's start, punctuation, a conjunction or
    wh-word: not a preposition, `In Ohio Smith said`) up to a word of another kind or the verb."""
    words = s.words
    lo, hi = s.word_range(span)
    if head.upos not in ("NOUN", "PROPN", "ADJ") and not (head.index > 0 and _rank_number_sign(s, head.index - 1)) \
            or not hi < verb.index:  # (a rank's number heads it: `The world No 3 said`)
        return None  # an adjective for a subject is a noun mistagged (`a campaign official said`)
    first = _run_start(s, lo) if _run_word(s, lo) else None
    first = _titles_before(s, lo) if first is None else first
    last = hi
    timed = _time_before(s, verb.index)  # `The senator late last month said`: no word of the cue's time
    if _run_word(s, hi):
        while last + 1 < min(verb.index, timed) and (_run_word(s, last + 1) or _suffix_comma(s, last + 1)):
            last += 1
        if last + 1 < verb.index and _split_period(s, last):
            last += 1  # `Northwind Shipping, Ltd., a British firm,`: the abbreviation's period before a comma
        body = _body_after(s, last + 1)
        if body is not None and all(w.upos in _VERB_GROUP_TAGS and w.text.islower()
                                    for w in words[body + 1:verb.index]):
            last = body  # `Chief Tom Hale of the Westby Police Department said`: the body he is with, his
    named = _participle_then_name(s, verb, first, last)
    if named is not None:
        return words[first].start, words[named].end  # `The official leading the inquiry, Ann Ruiz, said`
    if (first, last) == (lo, hi) or (last + 1 < verb.index and words[last + 1].text == ","
                                     and _name_after_description(s, verb, first, last) is not None):
        return None  # `The firm's chief executive, Jo Hart, on Monday said`: `description-before-name`'s
    if last + 1 < verb.index and _held_name_after(s, verb, first, last) is not None:
        return None  # `The chief executive of Acme, Jo Hart, said`: `description-before-name`'s too
    widened = _past_wire_slug(words[first]), max(span[1], words[last].end)  # (`BREAKING-Mayor Jo Hart`)
    if first > 1 and words[first - 1].text == "," and _titled_name_start(s, first) in (lo, _set_off_name_start(s, lo)) \
            and _description_before_name(s, verb, head, span) is not None:
        return None  # `The team's captain, senior Tess Romero, said`: `description-before-name`'s too
    return widened


_PARTICIPLE_OBJECT_WORDS = 6  # the most words of a participle's phrase closing a description (`leading the inquiry`)


def _participle_then_name(s: Parsed, verb: Word, first: int, last: int) -> int | None:
    """`The official leading the inquiry, Ann Ruiz, said`: a run of words `first` to `last` opened by a
    determiner or possessor and closed by a lower-case noun for a person, then a lower-case `-ing` participle's
    phrase (no punctuation nor verb of its own) that restricts it, then a name of capitalised words set off by
    commas right before the verb: the participle's phrase closes the description and the name is its
    apposition, one speaker, whatever the parse made of the noun (`official` taken for an adjective); the
    index of the name's last word, else None (not `The bill making cuts, Ann Ruiz said, ...`: no person)."""
    words = s.words
    ing, close = last + 1, verb.index - 1
    noun = words[last].text
    if not (ing < close and words[ing].xpos == "VBG" and words[ing].text.islower() and noun.islower()
            and noun in SPEAKER_NOUNS | ROLE_WORDS | RELATION_NOUNS and _run_opener(s, first)
            and words[close].text == ","):
        return None
    opening = next((k for k in range(close - 1, ing, -1) if words[k].text == ","), None)
    if opening is None or not 1 < close - opening <= _PARTICIPLE_OBJECT_WORDS \
            or not 0 < opening - ing - 1 <= _PARTICIPLE_OBJECT_WORDS:
        return None
    if any(w.upos in ("PUNCT", "VERB", "AUX") for w in words[ing + 1:opening]) \
            or not all(_capitalised(w) and w.upos == "PROPN" for w in words[opening + 1:close]):
        return None
    return close - 1


def _titles_before(s: Parsed, lo: int) -> int:
    """`At the rally Mayor Tom Vale said` with `Mayor` hung elsewhere: where the run of name-and-title words does
    not open its clause (a preposition's phrase before it), the capitalised titles right before the name at `lo`
    (lexicon TITLES, ROLE_WORDS), with no punctuation between, are still the name's: the first of them."""
    words = s.words
    first = lo
    while first > 0 and words[lo].upos == "PROPN" and words[first - 1].text[:1].isupper() \
            and words[first - 1].text.lower().rstrip(".") in TITLES | ROLE_WORDS:
        first -= 1
    return first


_NAME_LINKS = frozenset({"for", "of", "and", "&"})  # words that join the capitalised words of one name


_QUOTED_ONES_LINKS = AFFILIATION_PREPOSITIONS | {"at", "in"}  # `an official at the ministry`, `a nurse in Leeds`


def _quoted_one_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Khaleej Times quoted an official at the ministry as saying ...`: the one a verb of quoting quotes is
    every word between it and `as` and the participle, however the parse hung the phrase after its noun (from
    the verb of quoting, or from the participle): the speaker runs on over a phrase a preposition of belonging
    or place opens (`_QUOTED_ONES_LINKS`), or an adjective with its preposition (lexicon PHRASE_ADJECTIVES: `quoted
    a source close to the talks as saying`), with no verb, punctuation or word of time in it (`quoted an official
    on Monday as saying`: when, no part of who)."""
    words = s.words
    lo, hi = s.word_range(span)
    opening = verb.index - 1
    if verb.xpos != "VBG" or opening < 1 or words[opening].text.lower() != "as" or lo < 1 \
            or words[lo - 1].lemma not in QUOTING_VERBS or not hi + 1 < opening:
        return None
    gap = words[hi + 1:opening]
    adjective = len(gap) > 1 and PHRASE_ADJECTIVES.get(gap[0].text.lower()) == gap[1].text.lower()
    if gap[0].text.lower() not in _QUOTED_ONES_LINKS and not adjective \
            or any(w.upos in ("VERB", "AUX", "PUNCT") or time_word(w.text) for w in gap):
        return None
    return span[0], gap[-1].end


def _linked_name_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the Department for Levelling Up said`, `The Minister for Children and Families
    said`: a speaker whose words end in a capitalised word, followed up to its verb (or the auxiliaries and
    adverbs before it: `has said`) only by `for`, `of`,
    `and` and capitalised words (a capitalised word last), is one name with those words, whatever the parse
    made of them (`Levelling` taken for a clause's verb)."""
    words = s.words
    lo, hi = s.word_range(span)
    first = verb.index
    while first > hi + 1 and words[first - 1].upos in _VERB_GROUP_TAGS and words[first - 1].text.islower():
        first -= 1  # `Minister for Health Stephen Donnelly has said`: the verb's auxiliaries are not the name's
    if not hi + 2 < first or not _capitalised(words[hi]) or words[hi + 1].text not in _NAME_LINKS:
        return None
    gap = words[hi + 1:first]
    if not _capitalised(gap[-1]) or not all(_capitalised(w) or w.text in _NAME_LINKS for w in gap) \
            or any(a.text in _NAME_LINKS and b.text in _NAME_LINKS for a, b in zip(gap, gap[1:])):
        return None
    return span[0], gap[-1].end


_BODY_NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})  # the tags of a body's name's capitalised words


def _body_after(s: Parsed, j: int) -> int | None:
    """`Lt. Ann Ruiz with the Travis County Sheriff's Office said`, `said Officer Jo Hart from the Westby Fire
    Department.`: a preposition of membership (`MEMBERSHIP_PREPOSITIONS`) at word `j`, right after a
    capitalised word, then `the` (or none) and a body's capitalised name (a possessive `'s` and `&`, `of`,
    `for` or `and` between its capitalised words: `Baylor Scott & White`, `Department of Public Safety`; no
    word of time: `of the Westby Police Tuesday`, nor a verb or pronoun a headline capitalises: `Blasts Critic
    for Mocking His Plan`): the index of the name's last word; else None."""
    words = s.words
    if not 0 < j < len(words) - 1 or not (words[j].text.lower() in MEMBERSHIP_PREPOSITIONS and _capitalised(
            words[j - 1]) or words[j].text.lower() in WORKPLACE_PREPOSITIONS and words[j - 1].text in SPEAKER_NOUNS):
        return None  # (`said strategists at Barclays`: a lower-case noun for people and where they work)
    k = j + 1 + (words[j + 1].text == "the")
    last = None
    while k < len(words):
        w = words[k]
        if _capitalised(w) and w.upos in _BODY_NAME_TAGS and not time_word(w.text):
            last = k
        elif last is None or not (w.xpos == "POS" or w.text in _NAME_LINKS) \
                or not (k + 1 < len(words) and _capitalised(words[k + 1])):
            break
        k += 1
    return last


def _tag_phrase_span(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`..., a person close to the company said.` (`_tag_phrase`): the speaker is the whole phrase between
    the comma and the verb, its preposition's phrase included."""
    found = _tag_phrase(s, verb)
    if found is None or found[2] is not head:
        return None
    last = _time_before(s, found[1] + 1) - 1  # `..., the police on Sunday said.`: the time is the cue's,
    if last <= found[0] or s.words[last].upos in VERB_UPOS:  # not a participle's (`documents filed on
        last = found[1]                                            # Sunday show`)
    first = found[0] + 1
    while first < last and (not any(ch.isalnum() for ch in s.words[first].text) or _no_phrase_opener(s, first)):
        first += 1  # `‘...,’ the singer said` with the closing mark taken for a possessive: no word of the phrase;
    return s.words[first].start, s.words[last].end  # `, whereas supporters argue`: a conjunction, none either


def _participle_phrase_span(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A campaign ad released Thursday says ...` (`_participle_phrase`): the speaker is the noun phrase
    with the participle's phrase that modifies it, up to the verb."""
    found = _participle_phrase(s, verb)
    if found is None or found[2] is not head:
        return None
    return s.words[found[0]].start, s.words[found[1]].end


def _description_before_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`the city's lawyer, Ann Ruiz, said`, `"...," his wife, Mary, said`: a name set off by commas right
    after a description that opens its clause (a determiner or possessor, then name-and-title words ending
    in a lower-case noun) is that description's apposition: the speaker is both. The name must close
    with a comma and the verb follow it, so that `The good news, Ruiz said, is ...` stays apart."""
    words = s.words
    lo, hi = s.word_range(span)
    lo = _set_off_name_start(s, lo)  # `..., the Minister of Finance, Mr Enoch Vale, said`: the name whole
    if hi < verb.head < verb.index and (verb.deprel == "conj" or _free_participle(s, verb)):
        # `..., Ann Ruiz, called it "..." but said ...`, `..., Ann Ruiz, backed it, saying ...`: the first
        # verb follows the name
        verb = words[verb.head]
    titled = lo
    while titled > 2 and words[titled - 1].text[:1].islower() and _run_word(s, titled - 1):
        titled -= 1  # `the team's captain, senior Tess Romero, said` with the name alone the subject
    if titled < lo and words[titled - 1].text == "," and _titled_name_start(s, titled) == lo:
        lo = titled
    run = hi
    while run + 1 < verb.index and words[run + 1].text[:1].islower() and _run_word(s, run + 1):
        run += 1  # `The firm's chief executive, Jo Hart,` with `chief` taken for the head: the run's last noun
    name = _name_after_description(s, verb, lo, run)
    if name is None:
        name = _held_name_after(s, verb, lo, run)  # `The chief executive of Acme, Jo Hart, said`
    if name is not None:
        return span[0], words[name].end
    if not (2 <= lo and hi + 1 < verb.index and words[lo - 1].text == "," and words[hi + 1].text == ","
            and (words[lo].text[:1].isupper() or _titled_name_start(s, lo) != lo)  # `, senior Tess Romero,`
            and not _mark_between(s, hi + 1, verb.index)
            and (all(w.upos != "PUNCT" for w in words[hi + 2:verb.index])
                 or _set_off_subordinate(s, verb) == hi + 1  # `..., Jo Hart, while briefing newsmen, said`
                 or _relative_aside(s, verb.index - 1, openers=SET_OFF_RELATIVES) == hi + 1)):
        return None  # (`The port's director, Hank Moss, whose contract ends in May, called`: the name's clause)
    end = words[lo - 3] if lo >= 3 and _split_period(s, lo - 3) else words[lo - 2]  # `A lawyer for Acme Corp., Ann
    # Ruiz,`: the company's abbreviation before its period
    if end.text == ")" and _title_initials(s, end.index):  # `the Deputy Commissioner of Police (Crime), Rahul
        end = words[next(k for k in range(end.index - 1, 0, -1) if words[k].text == "(") - 1]  # Sharma, said`: the
        # office before its branch in brackets
    held = _holder_start(s, end.index) if end.text[:1].isupper() and _run_word(s, end.index) else None
    if held is None:
        held = _office_of_field_start(s, end.index)  # `..., the Minister of Finance, Mr Jo Ade, said`
    if held is not None:  # `"...," the chief executive of the National Grid, John Pettigrew, said`
        return words[held].start, span[1]
    if not ((end.text[:1].islower() or end.text.lower() in CAPITALISED_OFFICES) and _run_word(s, end.index)
            and (end.upos == "NOUN" or _title_or_name(s, end.index))):
        return None  # (`The Minority Leader, Hon. Jo Ade, while ...`: an office capitalised, a description too)
    first = _run_start(s, end.index)
    if first is None or not (_run_opener(s, first) or any(w.xpos == "POS" for w in words[first:end.index])):
        first = _partitive_start(s, end.index)  # `One of the firm's lawyers, Ann Ruiz, said`
    if first is None:
        first = _holder_start(s, end.index)  # `The father of the victim, Tom Vale, said`
    if first is None:
        first = _tenure_start(s, end.index)  # `Her husband of 50 years, Tom, said`
    if first is None:
        return None  # `Ohio voters, Ann Ruiz said`: no determiner or possessor, maybe no description
    return words[first].start, span[1]


def _set_off_name_start(s: Parsed, lo: int) -> int:
    """`..., the Minister of Finance, Mr Enoch Vale, said` with the parse hanging `Mr Enoch` elsewhere
    than the speaker `Vale` (word `lo`): the first of the capitalised name-and-title words right before
    it that a comma opens, the name whole; `lo` where no comma opens them (`At the rally Mayor Tom Vale`)."""
    words = s.words
    first = lo
    while first > 0 and words[first - 1].upos == "PROPN" and words[first - 1].text[:1].isupper() \
            and _run_word(s, first - 1):
        first -= 1
    return first if first < lo and first > 0 and words[first - 1].text == "," else lo


def _held_name_after(s: Parsed, verb: Word, lo: int, hi: int) -> int | None:
    """`The chief executive of the National Grid, John Pettigrew, said` with the parse ending the speaker at
    the description's noun (words `lo` to `hi`): that noun's `of` or `for` phrase (`_holder_start`, or a name
    in capitals: `of Acme`) right after it, then a name set off by commas right before the verb, is the
    description's, and the name its apposition: the name's last word; else None."""
    words = s.words
    close = verb.index - 1
    if not (lo < hi + 1 < close and words[close].text == "," and words[hi + 1].text.lower() in PHRASE_PREPOSITIONS
            | POST_PLACE_PREPOSITIONS):
        return None  # (`A lawmaker in the House, Dele Ojo, said`: where the post is held)
    opening = next((k for k in range(close - 1, hi + 1, -1) if words[k].text == ","), None)
    if opening is None or opening - 1 <= hi + 1 or not all(w.upos == "PROPN" for w in words[opening + 1:close]):
        return None
    holder = words[hi]
    named = all(w.upos == "PROPN" and w.text[:1].isupper() for w in words[hi + 2:opening])
    if _holder_start(s, opening - 1) == lo or (named and _run_opener(s, lo) and holder.text[:1].islower()
                                              and holder.text.lower() in SPEAKER_NOUNS | ROLE_WORDS | RELATION_NOUNS):
        return close - 1
    return None


def _holder_start(s: Parsed, i: int) -> int | None:
    """`The father of the victim`, `A spokeswoman for the club`: a run of name-and-title words through word `i`,
    opened by a determiner or possessor right after `of` or `for`, that follows a noun for a person opening its
    clause from a determiner or possessor: the noun phrase starts there.  Its index, or None."""
    words = s.words
    first = _run_start(s, i, openers=PHRASE_PREPOSITIONS | POST_PLACE_PREPOSITIONS)
    if first is None or first < 2 or words[first - 1].text.lower() not in PHRASE_PREPOSITIONS | POST_PLACE_PREPOSITIONS \
            or words[first - 1].text.lower() in POST_PLACE_PREPOSITIONS and not _run_opener(s, first) or not (
            _run_opener(s, first) or any(w.xpos == "POS" for w in words[first:i])
            or first == i and words[i].upos == "NOUN" and words[i].text.islower()
            or _split_period(s, i) and all(w.upos == "PROPN" and w.text[:1].isupper() for w in words[first:i + 1])
):
        return None  # (a bare noun after it is a field: `The dean of students`, `the professor of history`; a
        # company's name closing on its abbreviation's period needs no `the`: `A lawyer for Acme Corp.`)
    holder = words[first - 2]
    start = _run_start(s, holder.index)
    if start is None or not _run_opener(s, start) or not (
            holder.text[:1].islower() and holder.text.lower() in SPEAKER_NOUNS | ROLE_WORDS | RELATION_NOUNS
            or holder.text.lower() in CAPITALISED_OFFICES):  # `The Director-General of the agency`: an office
        return None
    return start


def _tenure_start(s: Parsed, i: int) -> int | None:
    """`Her husband of 50 years`, `his partner of three decades`: word `i` a length of time (lexicon
    TENURE_NOUNS) counted by a number right after `of`, which follows a noun for kin or a partner (KIN_NOUNS)
    opening its clause from a determiner or possessor: the noun phrase starts there.  Its index, or None."""
    words = s.words
    if i < 3 or words[i].text.lower() not in TENURE_NOUNS or words[i - 1].upos != "NUM" \
            or words[i - 2].text.lower() != "of" or words[i - 3].text.lower() not in KIN_NOUNS:
        return None
    start = _run_start(s, i - 3)
    return start if start is not None and _run_opener(s, start) else None


def _partitive_start(s: Parsed, i: int) -> int | None:
    """`One of the firm's top lawyers`, `two of his aides`: a run of name-and-title words through word
    `i`, opened by a determiner or possessor right after `of` and a number or quantifier that opens its
    clause, is the object of that `of`: the noun phrase starts at the quantifier.  Its index, or None."""
    words = s.words
    first = _run_start(s, i, openers=frozenset({"of"}))
    if first is None or first < 2 or words[first - 1].text.lower() != "of" or not (
            _run_opener(s, first) or any(w.xpos == "POS" for w in words[first:i])):
        return None
    quantity = words[first - 2]
    if not (quantity.upos == "NUM" or quantity.text.lower() in QUANTIFIER_PRONOUNS):
        return None
    return quantity.index if _subject_may_open(s, first - 2) else None


def _name_after_description(s: Parsed, verb: Word, lo: int, hi: int) -> int | None:
    """`His daughter, Ann Hale, said`, `..., recalled a friend, Tom Vale.`: the parse gave the description
    (a determiner or possessor, then name-and-title words ending in a lower-case noun; after the verb, `of`
    and `for` phrases too) as the speaker, and a name set off by a comma right after it is its apposition:
    the last word of that name, when the name closes with a comma right before the verb, or, after the
    verb, closes the sentence or has what follows it set off by a comma (`said the mayor, Ann Ruiz, a
    Democrat`); else None."""
    words = s.words
    end = words[hi]
    if not (hi + 2 < len(words) and words[hi + 1].text == "," and end.text[:1].islower()
            and (end.upos == "NOUN" or _title_or_name(s, hi))  # `chief executive` with the noun tagged ADJ
            and (_run_opener(s, lo) or any(w.xpos == "POS" for w in words[lo:hi])
                 or words[lo].text.lower() == "one" and hi > lo)  # `said one parent, Mark Doyle`
            and all(_run_word(s, i) or (verb.index < lo and (words[i].text.lower() in PHRASE_PREPOSITIONS
                                                          or words[i].upos == "NUM"))
                    for i in range(lo + 1, hi + 1))):
        return None  # (after the verb, a phrase of `of` or `for` may go on: `said a neighbor of 40 years, Rose Kim`)
    first = _titled_name_start(s, hi + 2)
    last = _name_after(s, first)
    if words[first].upos != "PROPN" or not words[first].text[:1].isupper():
        return None
    after = words[last + 1] if last + 1 < len(words) else None
    if verb.index < lo:  # `..., recalled a friend, Tom Vale.`, `said the mayor, Ann Ruiz, a Democrat.`
        return last if after is None or after.text == "," or all(w.upos == "PUNCT" for w in words[last + 1:]) \
            else None
    return last if after is not None and after.text == "," and last + 2 == _time_before(s, verb.index) else None



def _condition_participle(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Officials speaking on condition of anonymity said`, `Diplomats speaking anonymously said`: a lower-case
    `-ing` word right after a noun of the speaker before its verb, its phrase running with no punctuation up to
    the verb and naming the terms the source speaks on (`speaking_terms`), tells how the words were given, not
    who gave them: the speaker ends before it, as where commas set the phrase off (`An aide, speaking on
    condition of anonymity, said`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if not hi < verb.index:
        return None
    first = _run_start(s, lo)
    first = lo if first is None else min(first, lo)  # `A senior officer requesting anonymity told` with the
    # parse taking `anonymity` for the subject: the run the parse's speaker closes
    ing = _condition_participle_at(s, verb, first)
    return None if ing is None else (words[first].start, words[ing.index - 1].end)


def _place_phrase_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Police in the northern city of Kano said`, `Analysts at Goldman Sachs and Morgan Stanley said`: a speaker
    ending on a noun right before a preposition of where the speakers are or whom they belong to (lexicon
    SPEAKER_PLACE_PREPOSITIONS), whose phrase runs up to the verb with no punctuation, verb or word of time (nouns,
    names, adjectives, determiners, numbers, such prepositions again, `and` between capitalised words) and
    ends on a noun or name, runs over that phrase, however the parse hung it (as where the saying was): with no
    comma, a phrase between the subject and its verb restricts the subject; not a phrase of the occasion
    (`Police in a statement said`, `Lee at the rally said`: `_occasion_phrase`), nor one with an owner's pronoun
    (`Lee in her speech said`), nor a point in time (`Officials at the time said`); and only after a common noun,
    a name needing no phrase to pick out whom it names (`Trump at the rally said`: where).  A speaker the parse
    found inside such a phrase (`Analysts at the consultancy Capital Economics said` with `Capital Economics` the
    subject) is that phrase's noun's: the speaker runs from the noun phrase opening the clause before it."""
    words = s.words
    lo, hi = s.word_range(span)
    start = span[0]
    opening = _place_opening(s, lo)
    if opening is not None and hi < verb.index:
        first = _run_start(s, opening - 1)
        if first is None:
            return None
        hi, start = opening - 1, words[first].start
    if not hi + 2 < verb.index or words[hi].upos not in NOUN_UPOS \
            or words[hi + 1].text.lower() not in SPEAKER_PLACE_PREPOSITIONS:
        return None
    noun = words[hi].text
    if not noun.islower() and not (hi == 0 and source_word(noun.lower())):
        return None  # (`Police in Kano said`: a common noun opening the sentence)
    if _time_before(s, verb.index) < verb.index or not _place_phrase(s, hi + 1, verb.index):
        return None  # (`The senator in May said`: when)
    return start, words[verb.index - 1].end


def _place_opening(s: Parsed, lo: int) -> int | None:
    """`Analysts at the consultancy Capital Economics`: the preposition of place or belonging (lexicon
    SPEAKER_PLACE_PREPOSITIONS) whose phrase holds word `lo`, with only determiners, adjectives, numbers,
    nouns and names between, right after a noun; its index, else None."""
    words = s.words
    k = lo - 1
    while k > 0 and words[k].upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        k -= 1
    if k < 1 or k == lo - 1 and words[k].upos != "ADP" or words[k].text.lower() not in SPEAKER_PLACE_PREPOSITIONS \
            or words[k - 1].upos not in NOUN_UPOS:
        return None
    return k


def _place_phrase(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) are a phrase of where speakers are or whom they belong to, restricting the noun
    before it: a preposition of place or belonging (lexicon SPEAKER_PLACE_PREPOSITIONS) opening nouns, names,
    adjectives, determiners, numbers, such prepositions again and `and` between capitalised words, ending on a
    noun or name (`in the northern city of Kano`, `at Goldman Sachs and Morgan Stanley`); not the occasion
    (`in a statement`, `at the rally`: `_occasion_phrase`), nor a point in time or a word of time (`at the
    time`, `in May`)."""
    words = s.words
    gap = words[lo:hi]
    if not gap or gap[0].text.lower() not in SPEAKER_PLACE_PREPOSITIONS or gap[-1].upos not in NOUN_UPOS \
            or _occasion_phrase(s, lo, hi) or any(w.text.lower() in _POINT_IN_TIME_NOUNS for w in gap):
        return False
    for w in gap:
        joined = w.text == "and" and _capitalised(words[w.index - 1]) and _capitalised(words[w.index + 1])
        if time_word(w.text) or not (w.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or w.xpos == "POS" or joined
                                     or w.upos == "ADP" and w.text.lower() in SPEAKER_PLACE_PREPOSITIONS):
            return False
    return True

SPANS = Table("span", doc="Widening the noun phrase of a cue's speaker, or of a clause's subject taken for a "
              "speaker, past what the parse hung apart.", rules=(
    Rule("nickname-in-name", "span", "`Tom \"The Tank\" Hale said`, `said Gary \"Gazza\" Lane`: a nickname in "
         "marks (one to three title-cased words, no punctuation) between a capitalised given name and a capitalised "
         "surname is the name's: a speaker on either side runs over it to the other name word (and, before its verb, "
         "over the title before the name: `Rovers striker Tom \"The Tank\" Hale said`; a word of the nickname the "
         "parse made the subject stands for the given name: `Striker Leo \"The Cat\" Mendes said`).", _nickname_in_name,
         (Example('Tom "The Tank" Hale said he was staying at the club.', "he was staying at the club",
                  'Tom "The Tank" Hale'),
          Example('"I am not going anywhere," said Gary "Gazza" Lane.', "I am not going anywhere,",
                  'Gary "Gazza" Lane'),
          Example('Striker Leo "The Cat" Mendes said the team had let the fans down.',
                  "the team had let the fans down", 'Striker Leo "The Cat" Mendes'),
          Example('Rovers striker Tom "The Tank" Hale said the team was ready.', "the team was ready",
                  'Rovers striker Tom "The Tank" Hale'))),
    Rule("degree-after-name", "span", "`Ann Ruiz, M.D., a surgeon at Yale, said`: a speaker that is only a degree "
         "(`M.D.`, `Ph.D.`: lexicon DEGREE_LETTERS) set off by a comma after a name opening its clause is part of "
         "that name, whatever the parse made of the name: the speaker is the name with its degree, or its degrees in a "
         "row (`Tom Vale, M.D., Ph.D.,`), not what a comma sets off after them (`Lena Fox, Ph.D., director of the "
         "lab, told ...`).", _degree_after_name,
         (Example("Ann Ruiz, M.D., a surgeon at Yale, said the clinic would close.",
                  "the clinic would close", "Ann Ruiz, M.D."),
          Example("Dr. Lena Fox, Ph.D., director of the lab, told CNN the results were clear.",
                  "the results were clear", "Dr. Lena Fox, Ph.D."))),
    Rule("bracketed-initials", "span", "`The World Health Organization (WHO) said`: a speaker that is only the initials "
         "in brackets right after a capitalised name is that name's abbreviation: the speaker is the name (from its "
         "determiner) with them.", _bracketed_initials,
         (Example("The World Health Organization (WHO) said the virus was spreading.",
                  "the virus was spreading", "The World Health Organization (WHO)"),)),
    Rule("ticker-aside", "span", "`Acme Corp. (NASDAQ: ACME) today announced`: a stock ticker in brackets (an "
         "exchange, a colon, the ticker) closing a speaker is no part of the company's name before it; nor is an "
         "account's handle in brackets (`Ann Ruiz (@annruiz) wrote`), nor a short form the brackets define (`Acme "
         "Holdings, Inc. (\"Acme\" or the \"Company\") said`: filter `defined-term`).", _ticker_aside,
         (Example("Acme Corp. (NASDAQ: ACME) today announced that it had bought a rival.",
                  "that it had bought a rival", "Acme Corp."),
          Example('Ann Ruiz (@annruiz) wrote on Twitter: "We will be back stronger."',
                  "We will be back stronger.", "Ann Ruiz"),
          Example('Blue Ridge Outfitters ("BRO" or the "Company") said Tuesday that it would close its Ohio store.',
                  "that it would close its Ohio store", "Blue Ridge Outfitters"))),
    Rule("defined-term-speaker", "span", "`Acme Corp. (the \"Company\") today announced` parsed with the term "
         "for the subject: a speaker inside brackets that define a short form of the capitalised name right before "
         "them (`defined_term`: a release or filing fixes it for itself) stands for that name: the speaker is the "
         "name, a company's abbreviation with its period.", _defined_term_speaker,
         (Example('Acme Corp. (the "Company") today announced the pricing of $500 million of senior notes.',
                  "the pricing of $500 million of senior notes", "Acme Corp."),
          Example('Riverbank Foods, LLC (collectively, the "Sellers") said the sale would close in June.',
                  "the sale would close in June", "Riverbank Foods, LLC"))),
    Rule("company-period", "span", "`Acme Corp. (NASDAQ: ACME) today announced` parsed with two subjects: a "
         "speaker ending on a company's abbreviation before its period goes on with the period.", _company_period,
         (Example("Acme Corp. (NASDAQ: ACME) today announced the launch of Acme Shield.",
                  "the launch of Acme Shield", "Acme Corp."),)),
    Rule("split-conjunct", "span", "`Ann Ruiz, who chairs the board, and Tom Vale said`: a speaker right before "
         "its verb after `and`, whose words before it are only a name and its title opening the sentence (with a "
         "relative clause or a description set off by commas after it), is the last of two joined speakers, "
         "however the parse hung the first (`Ann` taken for a preposition): the speaker runs from the sentence's "
         "first word.", _split_conjunct,
         (Example("Ann Ruiz, who chairs the board, and Tom Vale said the plan would fail.",
                  "the plan would fail", "Ann Ruiz, who chairs the board, and Tom Vale"),
          Example("Ann Ruiz and Tom Vale said the plan would fail.", "the plan would fail",
                  "Ann Ruiz and Tom Vale"),
          Example("Ann Ruiz, the board chair, and Tom Vale said the plan would fail.", "the plan would fail",
                  "Ann Ruiz, the board chair, and Tom Vale"))),
    Rule("given-name-in-relative", "span", "`A striker who asked to be identified only by his first name, Paul, "
         "said`: a speaker before its verb ending on a noun of a person's name (lexicon PERSONAL_NAME_NOUNS) inside "
         "the relative clause that restricts it, with a name set off by commas after that noun right before the "
         "verb, runs over the name: the noun's apposition, inside the clause (set off by commas, the clause is no "
         "part of the speaker: `One striker, who gave only his first name, Tom, said`).", _given_name_in_relative,
         (Example("A striker who asked to be identified only by his first name, Paul, said the pay was late.",
                  "the pay was late", "A striker who asked to be identified only by his first name, Paul"),)),
    Rule("joined-described-names", "span", "`\"...,\" said John Smith, CEO of Acme, and Mary Brown, CEO of Globex`: "
         "a speaker ending in a capitalised name, then a description set off by commas (no verb or break inside) and "
         "`and` with a second capitalised name, is the first of two joined speakers: the speaker runs over the "
         "second name, and the description after it stays out, as after one name (`said John Smith, CEO of "
         "Acme`); the second name closes at a comma, the sentence's end, a preposition or the verb (`..., and Mary "
         "Brown agreed` opens a clause of its own).", _joined_described_names,
         (Example('"This is a great day," said John Smith, CEO of Acme, and Mary Brown, CEO of Globex, in a joint '
                  'statement.', "This is a great day,", "John Smith, CEO of Acme, and Mary Brown"),
          Example("John Smith, CEO of Acme, and Mary Brown, CEO of Globex, said the deal was done.",
                  "the deal was done", "John Smith, CEO of Acme, and Mary Brown"),
          Example('"This is a great day," John Smith, CEO of Acme, and Mary Brown, CEO of Globex, said in a joint '
                  'statement.', "This is a great day,", "John Smith, CEO of Acme, and Mary Brown"))),
    Rule("split-apposition", "span", "`A spokesman for the Springfield, Ohio, police said` parsed as two subjects "
         "of the verb: a speaker right before its verb, a lower-case noun after a place and its state set off by "
         "commas, that close a description of a person (a noun for one after a determiner or owner) opening the "
         "clause, is the rest of one noun phrase with it (the noun the place's name modifies): the speaker runs "
         "from the description's first word.", _split_apposition,
         (Example("A spokesman for the Springfield, Ohio, police said the road was closed.", "the road was closed",
                  "A spokesman for the Springfield, Ohio, police"),)),
    Rule("clause-after-speaker", "span", "`\"Unbelievable!\" shouted the commentator as the ball hit the net`: a "
         "speaker after its verb that runs over `as`, `when`, `while` ... followed by a subject and a finite verb of "
         "its own, before any punctuation, ends before that word: that clause tells when it was said, not who said it.",
         _clause_after_speaker,
         (Example('"Get in!" shouted the commentator as the ball hit the net.', "Get in!", "the commentator"),)),
    Rule("own-occasion", "span", "`\"...,\" Lee in her speech said`: a phrase after a name, opened by `in`, `at`, "
         "`during` ... and holding a possessive pronoun, is the occasion of what is said: the speaker ends before it; "
         "so is a phrase of `in` or `during` and a noun of what words are said in (a statement, an interview) right "
         "before the verb after any speaker (`The IMF in a statement said`; not `A woman in the crowd said`), and so is "
         "`at` and a point in time (`Officials at the time said`: when, not who); after "
         "its verb, a name's speaker ends before `in`, `at` or `during` and a phrase whose lower-case noun is such "
         "a noun, whatever its tag and however the parse hung the phrase (`said spokesperson Lin Hua at a regular "
         "press briefing`: a name needs no phrase to pick out whom it names); so does any speaker's noun before `in` "
         "or `during` and a saying no one can be found in (lexicon SAYING_OCCASIONS, AUTHORED_TEXTS: `said a "
         "spokesman for the firm in an email`; not `said a woman in the video`).",
         _own_occasion,
         (Example('"It is a gift to the banks," Ruiz in her speech said.', "It is a gift to the banks,", "Ruiz"),
          Example('"We will appeal," said a spokesman for the company in an email.', "We will appeal,",
                  "a spokesman for the company"),
          Example("The IMF in a statement said the economy would grow.", "the economy would grow", "The IMF"),
          Example("Officials at the time said the bridge was safe.", "the bridge was safe", "Officials"),
          Example("The ministry in a brief statement on Tuesday said the border would stay shut.",
                  "the border would stay shut", "The ministry"),
          Example("China is ready to work with all parties to maintain peace in the region, said Foreign Ministry "
                  "spokesperson Lin Hua at a regular press briefing on Monday.",
                  "China is ready to work with all parties to maintain peace in the region",
                  "Foreign Ministry spokesperson Lin Hua"))),
    Rule("depicted-doer", "span", "`There is no record of the mayor saying that ...`, `footage of the mayor saying "
         "...`: a speaker running `record of X` (a record, video, clip, photo or evidence) right before an `-ing` "
         "cue: X says it, the record only shows it.", _depicted_doer,
         (Example("There is no record of the governor saying that the plant would close.",
                  "that the plant would close", "the governor"),)),
    Rule("emphatic-reflexive", "span", "`The president himself said`: a reflexive pronoun right after a noun "
         "phrase only stresses it: that phrase speaks.", _emphatic_reflexive,
         (Example("The coach himself said the team had played badly.", "the team had played badly", "The coach"),)),
    Rule("linking-aside", "span", "`The mayor, for his part, said`, `The firm, in turn, said`: a phrase linking "
         "the sentence to what came before (or one linking adverb: `Republicans, meanwhile, charged`), set off by "
         "commas between the speaker's noun and its verb, is no part of the speaker.", _linking_aside,
         (Example("The union, for its part, said it would strike.", "it would strike", "The union"),
          Example("The company, in turn, said it would appeal the ruling.", "it would appeal the ruling",
                  "The company"),
          Example("Republicans, meanwhile, charged that Democrats had spent millions on misleading ads.",
                  "that Democrats had spent millions on misleading ads", "Republicans"))),
    Rule("opening-adverb-out", "span", "`Meanwhile, Congress MP Ann Rao said`: an adverb linking the sentence to "
         "what came before (`meanwhile`, `however`, `later`), opening it (or right after a dateline that does: "
         "`KARACHI: Meanwhile, ...`) and set off by a comma, is no part of the "
         "speaker, whatever the parse made of it.", _opening_adverb_out,
         (Example("Meanwhile, Congress MP Adhir Ranjan Chowdhury said the party would raise the issue.",
                  "the party would raise the issue", "Congress MP Adhir Ranjan Chowdhury"),
          Example("KARACHI: Meanwhile, the Sindh Assembly said the canal would be cleaned by June.",
                  "the canal would be cleaned by June", "the Sindh Assembly"))),
    Rule("relative-pronoun-out", "span", "`the news, which analysts said ...`: the relative pronoun before a "
         "speaker right before its cue is no part of the speaker.", _relative_pronoun_out,
         (Example("Shares fell after the report, which analysts said reflected fears of a slowdown.",
                  "reflected fears of a slowdown", "analysts", parse=example_parse("relative-tagged-noun")),)),
    Rule("fused-all", "span", "`\"No comment,\" was all the spokesman would say`: `all` before a determiner "
         "and a singular noun is the `all` of what was said, no quantifier of the speaker (`all the senators` "
         "stays whole).", _fused_all,
         (Example('"No comment," was all the spokesman would say.', "No comment,", "the spokesman"),)),
    Rule("set-off-occasion", "span", "`The ministry, in a statement, said`: a phrase opened by `in`, `during` "
         "or `at` whose noun names what the words were said in (a statement, an interview, a letter, a news "
         "conference; a participle after it may tell how they went out: `in comments carried by the state news "
         "agency`, and one right before it how they were made: `in a written ruling`), set off by commas right before the verb, is the occasion: no part of the speaker; so is a phrase "
         "opened by a preposition of means (`MEANS_PREPOSITIONS`: `The board, through its attorney Ann Ruiz, said`), "
         "whatever its noun, and one of the saying's time or occasion (`OCCASION_PREPOSITIONS`: `The coach, after "
         "the defeat, said`, `ahead of the vote`), whatever its noun, and a clause of time a subordinator opens "
         "(`The union leader, after talks broke down, told members ...`); the same before a first verb when a later one shares its subject (`The company, in a "
         "statement, called the suit \"baseless\" and said ...`), a name set off within the phrase too (`The state "
         "government, in a statement signed by its spokesman, Mr Tunde Ade, said`: the signer's); so is any phrase set off there, after the noun phrase "
         "opening the sentence, that a preposition of circumstance opens (not one of belonging, lexicon "
         "AFFILIATION_PREPOSITIONS: `Ann Ruiz, of the union,`), or a run of adverbs (`The bishop, in a sermon on "
         "Sunday, urged ...`, `The mayor, once again, said`; one sentence-linking adverb alone, `The mayor, "
         "however, said`, is `linking-aside`'s).",
         _set_off_occasion,
         (Example("The railway union, in a letter to its members, said the strike would go ahead.",
                  "the strike would go ahead", "The railway union"),
          Example("The state government, in a statement signed by its spokesman, Mr Tunde Ade, said the curfew had "
                  "been lifted.", "the curfew had been lifted", "The state government"),
          Example("The school board, through its attorney Ann Ruiz, said it would appeal the ruling.",
                  "it would appeal the ruling", "The school board"),
          Example("The minister, in comments carried by the state news agency, said the ban would stay.",
                  "the ban would stay", "The minister"),
          Example("The minister, in remarks broadcast on television, said the ban would stay.",
                  "the ban would stay", "The minister"),
          Example("The judge, in a written ruling, ordered the city to pay damages.",
                  "the city to pay damages", "The judge"),
          Example('The company, in a statement, called the lawsuit "without merit" and said it would defend itself '
                  'vigorously.', "it would defend itself vigorously", "The company"),
          Example("The union's secretary, Mr. Jo Ade, after the meeting, said the talks had failed.",
                  "the talks had failed", "The union's secretary, Mr. Jo Ade"),
          Example("The bishop, in a sermon on Sunday, urged worshippers to pray for peace.",
                  "worshippers to pray for peace", "The bishop"))),
    Rule("condition-participle", "span", "`Officials speaking on condition of anonymity said`: an `-ing` word right "
         "after the speaker's noun whose phrase, running up to the verb with no punctuation, names the terms the "
         "source speaks on (lexicon SPEAKING_CONDITIONS, `anonymously`, `not to be named`) tells how the words were "
         "given, not who gave them: the speaker ends before it, as where commas set it off.", _condition_participle,
         (Example("Officials speaking on condition of anonymity said the talks had stalled.", "the talks had stalled",
                  "Officials"),
          Example("Diplomats speaking anonymously said the ceasefire was fragile.", "the ceasefire was fragile",
                  "Diplomats"))),
    Rule("set-off-participle", "span", "`The report, published on Tuesday, said`: a participle's phrase set off "
         "by commas between the speaker's noun and its verb describes the speaker: the speaker ends before it (a "
         "name set off after the phrase's agent is the agent's, within it: `The Governor, Mr Ade Bello, represented "
         "by his deputy, Dr Musa Sani, said`; not a participle before a bare lower-case noun and a name closing "
         "the phrase, that name's title: `Her neighbour, retired teacher Bill Carr, said`; a whole quotation "
         "after the participle is the phrase's: `The town, named \"Britain's tidiest\" in May, said`).",
         _set_off_participle,
         (Example("The report, published on Tuesday, said emissions had risen.", "emissions had risen",
                  "The report"),
          Example("The company, based in Ohio, said profits had doubled last year.", "profits had doubled last year",
                  "The company"),
          Example("The minister, when asked about the strike, said talks would continue.", "talks would continue",
                  "The minister"),
          Example("The Governor, Mr Ade Bello, represented by his deputy, Dr Musa Sani, said the state would build "
                  "clinics.", "the state would build clinics", "The Governor, Mr Ade Bello"),
          Example('The town, named "Britain\'s tidiest" in May, said the tip would close.', "the tip would close",
                  "The town"))),
    Rule("set-off-relative", "span", "`A spokesman for the police, who declined to be named, told ...`: a "
         "relative clause set off by commas between the speaker's phrase and its verb is no part of the speaker, "
         "however far the parse ran the speaker into it: the speaker ends before it (`whose` opens one too: `The "
         "port authority's director, Hank Moss, whose contract ends in May, called ...`).", _set_off_relative,
         (Example("A spokesman for the national police, who declined to be named because he was not allowed to "
                  "speak to the media, told Reuters that 40 people were still missing.",
                  "that 40 people were still missing", "A spokesman for the national police"),
          Example('The port authority\'s director, Hank Moss, whose contract ends in May, called the strike '
                  '"reckless."', 'the strike "reckless."', "The port authority's director, Hank Moss"))),
    Rule("set-off-members", "span", "`Critics, including the party's spokesman, Ben Marsh, said ...`: a phrase "
         "naming some of the speaker's members, opened by `including`, `notably` ... (lexicon "
         "MEMBER_EXAMPLE_OPENERS), set off by commas between the speaker's noun and its verb gives examples, no "
         "part of the speaker: the speaker ends before it.", _set_off_members,
         (Example("Critics, including the opposition's transport spokesman, Ben Marsh, said the plan was flawed.",
                  "the plan was flawed", "Critics"),)),
    Rule("dated-noun", "span", "`A Sept. 15, 2011 email shows ...`: a speaker opening with a year (or right after "
         "one) after a month (`MONTHS`, `MONTH_ABBREVIATIONS`), a day and a comma opens with that date, which "
         "modifies its noun, and the determiner or possessive before it, however the parse cut the date at its comma "
         "(after a preposition the date is when, and the speaker starts after it: `On March 3, 2011 officials said`).",
         _dated_noun,
         (Example("A March 3, 2019 letter from the board said the plant was unsafe.", "the plant was unsafe",
                  "A March 3, 2019 letter from the board"),
          Example("A Sept. 15, 2011 email shows the deal was signed early.", "the deal was signed early",
                  "A Sept. 15, 2011 email"))),
    Rule("inverted-run", "span", "`\"...,\" said Sen. Jeff Sessions of Alabama`: a speaker after its verb runs "
         "over the noun phrase there, to a comma, time word, verb or other preposition; a phrase of where the "
         "speakers are or whom they belong to after a lower-case noun, running to the sentence's end or a comma, "
         "restricts it (`said analysts at the consultancy Capital Economics`; not the occasion, `said a woman at "
         "the rally`, nor a phrase with more after it, `said the official at the talks on Monday`); a participle right "
         "after a common noun goes on with its clause (`said a woman holding a sign`); `of` after a name "
         "before `the` and a lower-case word opens what was spoken of (`said Jones of the ruling`); a description "
         "there and the name set off after it are both the speaker (`said her neighbor of 40 years, Rose Kim`; "
         "`said the company's chief executive, John J. Ferris`, a title word tagged as an adjective too; an `-ing` "
         "modifier after a determiner or possessor: `said the club's sporting director, Tom Vale`; a company's "
         "abbreviation with its period: `said Acme Corp. chief financial officer Jo Hart`; a title's initials in "
         "brackets between capitalised words: `said Station House Officer (SHO) Ravi Rao`, and so is the post's district or branch in brackets there: `said Superintendent of Police (Rural) Ravi Rao`, "
         "or before a comma and the name of the one who holds it: `said the Deputy Commissioner of Police (Crime), "
         "Rahul Sharma`; a weekday between a "
         "title word and a name, a given name: `said coach Sunday Oliseh`; `one` and a noun opening the "
         "description before the name: `said one parent, Mark Doyle`; the name's own title or class in lower case "
         "before it: `said the paper's editor, senior Tess Romero`), "
         "not what a comma sets off after the name (a capitalised job title too, as a press release prints it: "
         "`said Jane Doe, Chief Executive Officer`; but a degree or a company's legal form set off there is the "
         "name's, with its period: `noted Ellen Park, Ph.D., Chief Scientific Officer`, `said Northwind Shipping, "
         "Ltd., in a statement`); a relative clause right after a common noun, with no comma, "
         "restricts it and is part of it (`said one person who was in the room`, to the next comma); `with` and "
         "what a source holds carry it on too (`said people with "
         "knowledge of the talks`), and so does the body a name is with, closing the clause or before a time (`said Officer Jo "
         "Hart with the Westby Police Department.`, `MEMBERSHIP_PREPOSITIONS`), as does the firm a lower-case noun "
         "for people works at (`wrote strategists at Barclays.`: lexicon SPEAKER_NOUNS, WORKPLACE_PREPOSITIONS; "
         "not a name's `at`: `said Ruiz at the Capitol`); a present participle set off by a comma tells how the words were said, "
         "whatever the parse hung it from, and the speaker ends before it (`said a father of four who gave only "
         "his first name, Karim, speaking through an interpreter`); `and` after an office's word and, past `the`, another "
         "office's phrase closing the sentence joins the second office: `said HE the Prime Minister and the Minister "
         "of Finance.` (not a clause: `said the mayor and the council agreed`).", _inverted_run,
         (Example('"We are ready," said the Deputy Commissioner of Police (Crime), Rahul Sharma.', "We are ready,",
                  "the Deputy Commissioner of Police (Crime), Rahul Sharma"),
          Example('"He is a special player," said England captain Harry Kane of his team-mate.',
                  "He is a special player,", "England captain Harry Kane"),
          Example('"We will table the budget," said HE the Prime Minister and the Minister of Finance.',
                  "We will table the budget,", "HE the Prime Minister and the Minister of Finance"),
          Example('"Demand for clean water keeps rising," noted Ellen Park, Ph.D., Chief Scientific Officer of '
                  'AquaPure.', "Demand for clean water keeps rising,", "Ellen Park, Ph.D."),
          Example('"Freight rates will fall," said Northwind Shipping, Ltd., in a statement.',
                  "Freight rates will fall,", "Northwind Shipping, Ltd."),
          Example('"The vote is lost," said a source close to the mayor.', "The vote is lost,",
                  "a source close to the mayor"),
          Example('"We are proud," said Tom Vale, Partner at Vale Ventures, who led the round.',
                  "We are proud,", "Tom Vale"),
          Example('"We have had no complaint," said Station House Officer (SHO) Ravi Rao.', "We have had no complaint,",
                  "Station House Officer (SHO) Ravi Rao"),
          Example('"Three men were held," said Deputy Commissioner of Police (North-East) Chandan Rao.',
                  "Three men were held,", "Deputy Commissioner of Police (North-East) Chandan Rao"),
          Example('"The vote was rushed," said committee ranking Democrat Ann Ruiz (D-Vt.).', "The vote was rushed,",
                  "committee ranking Democrat Ann Ruiz"),
          Example('"We want jobs," said a woman holding a large sign.', "We want jobs,",
                  "a woman holding a large sign"),
          Example('"It is a fair outcome," said Dana Whitfield of the Harbor Trust.', "It is a fair outcome,",
                  "Dana Whitfield of the Harbor Trust"),
          Example('"He was a hero," said Officer Maria Lopez with the Austin Police Department.', "He was a hero,",
                  "Officer Maria Lopez with the Austin Police Department"),
          Example('"Prices will rise," said Jo Hart of digital consulting firm Bellgrove.', "Prices will rise,",
                  "Jo Hart of digital consulting firm Bellgrove"),
          Example('"He never missed a day of work," recalled a neighbor, Tom Vale.',
                  "He never missed a day of work,", "a neighbor, Tom Vale"),
          Example('"They want us to stop asking questions," said the paper\'s editor-in-chief, senior Tess Romero.',
                  "They want us to stop asking questions,", "the paper's editor-in-chief, senior Tess Romero"),
          Example('"She never locked her door," said her neighbor of 40 years, Rose Kim.',
                  "She never locked her door,", "her neighbor of 40 years, Rose Kim"),
          Example('"We will appeal," said the mayor, Ann Ruiz, a Democrat.', "We will appeal,",
                  "the mayor, Ann Ruiz"),
          Example('"The plant will close," said the company\'s chief executive, John J. Ferris.',
                  "The plant will close,", "the company's chief executive, John J. Ferris"),
          Example('"We will appeal," said the club\'s sporting director, Tom Vale.', "We will appeal,",
                  "the club's sporting director, Tom Vale"),
          Example('"Sales will rise," said Acme Corp. chief financial officer Jo Hart.', "Sales will rise,",
                  "Acme Corp. chief financial officer Jo Hart"),
          Example('"It was chaos," said one person who was in the room, who asked not to be named.', "It was chaos,",
                  "one person who was in the room"),
          Example("The buyout is worth about $2 billion, said people with knowledge of the matter.",
                  "The buyout is worth about $2 billion", "people with knowledge of the matter"),
          Example('"We sleep in the open," said a 41-year-old father of four who gave only his first name, Karim, '
                  'speaking through an interpreter.', "We sleep in the open,",
                  "a 41-year-old father of four who gave only his first name, Karim"),
          Example("The deal could be signed next week, said a person briefed on the talks, who asked not to be "
                  "identified because the discussions are private.", "The deal could be signed next week",
                  "a person briefed on the talks"),
          Example('"It is a hawkish hold," wrote strategists at Barclays, led by Ajay Rajadhyaksha.',
                  "It is a hawkish hold,", "strategists at Barclays"),
          Example('"It is priced in," said traders at Goldman Sachs on Monday.', "It is priced in,",
                  "traders at Goldman Sachs"))),
    Rule("name-before-description", "span", "`In a statement, Mark Ellis, a spokesman for the campaign, said`: "
         "a description set off after a name that opens its clause (a title of a work in it, `the author of "
         "\"Going Viral,\"`, is no quotation; a given name opening the sentence whatever its tag: `Ann Ruiz`): the "
         "name (past a company's period and a stock ticker in brackets: `Acme Corp. (NASDAQ: ACME), a maker of "
         "...,`; with a company's legal form or a degree set off by a comma: `Greenfield Energy, Inc.`, `Tom Vale, "
         "M.D.`); so for an age set off after the name, before a description, a place or alone (`Ann Ruiz, 34, a "
         "nurse, said`, `Ann Ruiz, 34, of Dayton, told`, `Tom Vale, 61, said`).", _name_before_description,
         (Example("In a statement, Mark Ellis, a spokesman for the campaign, said the report was wrong.",
                  "the report was wrong", "Mark Ellis", parse=example_parse("name-description")),
          Example('Nora Pike, the author of "Small Hours at Sea," about a fishing town, said the market had '
                  '"no memory at all."', 'the market had "no memory at all."', "Nora Pike",
                  parse=example_parse("titled-description")),
          Example("Ann Ruiz, a lawyer for the family, said the hearing would go ahead.", "the hearing would go ahead",
                  "Ann Ruiz"),
          Example("Acme Corp. (NASDAQ: ACME), a leader in cloud security, today announced that it had bought a rival.",
                  "that it had bought a rival", "Acme Corp."),
          Example("Ann Ruiz, 34, a nurse from Leeds, said the buses were always late.", "the buses were always late",
                  "Ann Ruiz"),
          Example('Ann Ruiz, 34, said: "The buses are always late."', "The buses are always late.", "Ann Ruiz"),
          Example("Ann Ruiz, 34, of Dayton, told officers she had been asleep.", "she had been asleep",
                  "Ann Ruiz"),
          Example("Greenfield Energy, Inc. (NASDAQ: GRFE), a maker of home batteries, today reported results for "
                  "the fourth quarter.", "results for the fourth quarter", "Greenfield Energy, Inc."),
          Example("Tom Vale, M.D., a surgeon at Mercy Hospital, said the wait was too long.", "the wait was too long",
                  "Tom Vale, M.D."))),
    Rule("participle-phrase-run", "span", "`A campaign ad released Thursday says ...`: a speaker read from the "
         "words as a noun phrase and the past participle's phrase modifying it (subject rule `participle-phrase`) "
         "is all of that phrase.", _participle_phrase_span,
         (Example("A study published last month warned that rents had doubled.", "that rents had doubled",
                  "A study published last month"),)),
    Rule("tag-phrase-run", "span", "`..., a person close to the company said.`: a speaker read from the words as "
         "the noun phrase set off before its verb (subject rule `tag-phrase`) is all of that phrase, but for a "
         "phrase of time that ends it, the cue's (`..., the police on Sunday said.`), and for a conjunction that "
         "opens it, whatever its tag (`, whereas supporters argue`).",
         _tag_phrase_span,
         (Example("The plant will close next year, a person briefed on the talks said.",
                  "The plant will close next year", "a person briefed on the talks"),
          Example("The minister will resign, the police on Sunday said.", "The minister will resign",
                  "the police"),
          Example("Critics call the plan wasteful, whereas supporters argue it will create jobs.",
                  "it will create jobs", "supporters"))),
    Rule("participle-modifier", "span", "`A report issued last month found`: a participle right after the "
         "speaker's noun, its phrase (its adverbs, then a time or one preposition's phrase, as for subject rule "
         "`participle-phrase`) running up to the finite cue, restricts the noun: the speaker runs through it (a "
         "time word in it too: `released Thursday`; so does a lower-case adjective or bare singular noun right "
         "after the participle, what it makes of the noun: `Officials held hostage for a week said`).",
         _participle_modifier,
         (Example('The vote was close, and officials interviewed on Monday said the count "will take weeks."',
                  'the count "will take weeks."', "officials interviewed on Monday", parse=example_parse("conjoined-participle")),
          Example("Officials held hostage for a week said the guards were kind.", "the guards were kind",
                  "Officials held hostage for a week"))),
    Rule("adjective-phrase-run", "span", "`People familiar with the talks said`, `Sources close to the mayor "
         "say`: an adjective that takes its preposition (`familiar with`, `close to`) right after the speaker's "
         "noun, its phrase running with no punctuation, conjunction or verb of its own up to the cue (or to an "
         "aside set off by commas right before the cue: a relative clause or the terms the source speaks on, "
         "`People familiar with the talks, speaking on condition of anonymity, said`), restricts "
         "the noun: the speaker runs through it, whatever the parse made of the adjective.", _adjective_phrase_run,
         (Example("People familiar with the talks said the deal was close.", "the deal was close",
                  "People familiar with the talks"),
          Example("Sources close to the mayor said she would resign.", "she would resign",
                  "Sources close to the mayor"),
          Example("Two people familiar with the negotiations, speaking on condition of anonymity because the talks "
                  "are private, said a deal could come on Monday.", "a deal could come on Monday",
                  "Two people familiar with the negotiations"))),
    Rule("clause-preposition-run", "span", "`Shares fell after the firm's chief executive said ...`: a speaker "
         "`clause-preposition` read from the words is the description from its determiner or possessor after the "
         "preposition, with the name set off after it (`a week after the firm's finance director, Ann Ruiz, "
         "said`).", _clause_preposition_run,
         (Example("Shares fell after the company's chief executive said profits would drop.", "profits would drop",
                  "the company's chief executive"),
          Example("The plant closed a week after the firm's finance director, Ann Ruiz, said it was losing money.",
                  "it was losing money", "the firm's finance director, Ann Ruiz"))),
    Rule("received-message-run", "span", "`She got a letter from the council saying ...`: a speaker "
         "`received-message` found is the message with the phrase of who sent it (`from`: lexicon "
         "SENDER_PREPOSITIONS), however the parse hung that phrase.", _received_message_run,
         (Example("She got a letter from the council saying the road would close.", "the road would close",
                  "a letter from the council"),)),
    Rule("relative-conjunct-run", "span", "`We met Tom Hale, who runs the shelter and says ...`: a speaker "
         "`relative-conjunct` read from the words is the noun phrase before the comma and `who`, a name whole "
         "however the parse split it (`Tom` and `Hale` as two objects), the relative clause no part of it.",
         _relative_conjunct_run,
         (Example("We met Tom Hale, who runs the shelter and says demand has doubled.", "demand has doubled",
                  "Tom Hale"),
          Example("Police arrested John Smith, who shouted and said he was innocent.", "he was innocent",
                  "John Smith"))),
    Rule("quoted-one-run", "span", "`Khaleej Times quoted an official at the ministry as saying ...`: the one a verb "
         "of quoting quotes runs up to `as` and its participle, over a phrase of belonging or place after its noun "
         "(`at`, `in`, `of`, `for`, `from`, `with`; no verb, comma or word of time: `quoted an official on Monday as "
         "saying` leaves the time out), or over an adjective with its preposition (lexicon PHRASE_ADJECTIVES: `quoted "
         "a source close to the talks as saying`), however the parse hung that phrase.", _quoted_one_run,
         (Example("The paper quoted an official at the ministry as saying the road would open.",
                  "the road would open", "an official at the ministry"),
          Example("Reuters quoted a spokesman for the ministry as saying the road would open.",
                  "the road would open", "a spokesman for the ministry"),
          Example("Interfax quoted a source close to the talks as saying the deal was near.", "the deal was near",
                  "a source close to the talks"))),
    Rule("place-phrase-run", "span", "`Police in the northern city of Kano said`, `Analysts at Goldman Sachs and "
         "Morgan Stanley said`: a phrase of where the speakers are or whom they belong to (lexicon "
         "SPEAKER_PLACE_PREPOSITIONS), right after the speaker's noun and running with no punctuation, verb or word "
         "of time up to the verb, restricts the speaker: the speaker runs over it, however the parse hung it (not "
         "the occasion: `Police in a statement said`, `Lee at the rally said`); a name the parse took for the "
         "speaker inside such a phrase is the phrase's (`Analysts at the consultancy Capital Economics said`: the "
         "analysts).", _place_phrase_run,
         (Example("Police in the northern city of Kano said at least 12 people were killed.",
                  "at least 12 people were killed", "Police in the northern city of Kano"),
          Example("Analysts at Goldman Sachs and Morgan Stanley said the results beat forecasts.",
                  "the results beat forecasts", "Analysts at Goldman Sachs and Morgan Stanley"),
          Example("Analysts at the consultancy Capital Economics said growth would slow.", "growth would slow",
                  "Analysts at the consultancy Capital Economics"))),
    Rule("linked-name-run", "span", "`A spokesman for the Department for Levelling Up said`: a speaker ending in a "
         "capitalised word, with only `for`, `of`, `and` and capitalised words between it and its verb (a "
         "capitalised word last), runs on over them: one name, however the parse split it (`Levelling` taken for "
         "a verb).", _linked_name_run,
         (Example("A spokesman for the Department for Levelling Up said: 'Councils have more money this year.'",
                  "Councils have more money this year.", "A spokesman for the Department for Levelling Up"),
          Example("Minister for Health Stephen Donnelly has said the targets will be met.",
                  "the targets will be met", "Minister for Health Stephen Donnelly"))),
    Rule("name-run", "span", "`co-host Ann Ruiz asked`, `As Professor Lee put it`: a speaker before its verb "
         "runs over the name-and-title words next to it, with no punctuation between, from a determiner or "
         "its clause's start (where the run opens on no clause's start, still over capitalised titles right "
         "before the name, lexicon TITLES, ROLE_WORDS: `At the rally Mayor Tom Vale said`; a capitalised word in `-ing` opening the sentence right before a name is the "
         "name's, whatever its tag: `Sterling Bank said`, and before a noun in lower case, with no phrase of its own, "
         "that noun's: `Planning staff recommended`, as is a lower-case one right after the comma opening a closing "
         "tag's subject: `..., leading economists warn.`; "
         "a lower-case noun for a body right before a lower-case title and a name is the title's, whatever its "
         "tag: `Teachers union president Carla Reyes said`; so is a form of address in capitals before a title: `HE Mr "
         "Omar Saad said`; a period the tokenizer split off a company's abbreviation "
         "is the name's too: `Acme Corp. chief financial officer Jo Hart said`; so are a title's initials in "
         "brackets between capitalised words: `Station House Officer (SHO) Ravi Rao said`, and a post's district or branch in brackets there: `SP (Rural) Ravi Rao said`; so is `the` before a style of "
         "address after a title: `Senator Dr the Honourable Jo Vale said`; so is a lower-case surname particle "
         "right before a capitalised name, whatever its tag (lexicon SURNAME_PARTICLES: `dos Santos said`, `dos` "
         "no auxiliary); so is `turned` between an old title and a new one before a name: `Former Liverpool defender "
         "turned pundit Jamie Carragher said`; a weekday between a "
         "title word and a name, a given name: `coach Sunday Oliseh said`; and `No` in capitals before a number "
         "in digits, the sign for a rank's number, not a determiner: `The world No 3 said`; and a company's legal "
         "form set off by a comma, with its period: `Riverbank Foods, LLC said`, `Northwind Shipping, Ltd., a "
         "British firm, said`; and the body the name is with, joined to it by `of`, `for`, `with` or `from` "
         "(`MEMBERSHIP_PREPOSITIONS`) and `the`, its capitalised name running on to the verb: `Chief Tom Hale of "
         "the Westby Police Department said`; and a translation in brackets after a word of another language, before "
         "the noun it goes on to: `The Majlis (parliament) speaker said`; and where the run closes on a lower-case "
         "noun for a person, a participle's phrase restricting it and a name set off by commas before the verb: `The "
         "official leading the inquiry, Ann Ruiz, said`, the whole).", _name_run,
         (Example('"We will appeal," co-host Ann Ruiz said.', "We will appeal,", "co-host Ann Ruiz"),
          Example('At the rally Mayor Tom Vale said the plan was "dead."', 'the plan was "dead."', "Mayor Tom Vale"),
          Example("Deputy Chief Ann Cole of the Fort Worth Police Department said officers fired four shots.",
                  "officers fired four shots", "Deputy Chief Ann Cole of the Fort Worth Police Department"),
          Example("The world No 3 said she was tired.", "she was tired", "The world No 3"),
          Example("Station House Officer (SHO) Ravi Rao said the two men had been arrested.",
                  "the two men had been arrested", "Station House Officer (SHO) Ravi Rao"),
          Example('"We are scanning the footage," Deputy Commissioner of Police (South) Ann Rao said.',
                  "We are scanning the footage,", "Deputy Commissioner of Police (South) Ann Rao"),
          Example('"Our boys played well," coach Sunday Oliseh said.', "Our boys played well,", "coach Sunday Oliseh"),
          Example("Teachers union president Carla Reyes said the ban worked.", "the ban worked",
                  "Teachers union president Carla Reyes"),
          Example("Sterling Bank said profits had doubled.", "profits had doubled", "Sterling Bank"),
          Example("Riverbank Foods, LLC said it would open three stores.", "it would open three stores",
                  "Riverbank Foods, LLC"),
          Example("Northwind Shipping, Ltd., a British firm, said profits rose.", "profits rose",
                  "Northwind Shipping, Ltd."),
          Example("Housing officials said the waiting list had doubled.", "the waiting list had doubled",
                  "Housing officials"),
          Example("Rents will keep rising, housing experts say.", "Rents will keep rising", "housing experts"),
          Example('"We are ready," Lopez spokesman Paul Kent said.', "We are ready,",
                  "Lopez spokesman Paul Kent", parse=example_parse("title-name")),
          Example("Veteran pollster Dora Quill told us that turnout had dropped.", "that turnout had dropped",
                  "Veteran pollster Dora Quill", parse=example_parse("split-name")),
          Example("Ohio delegate Tom Baker told us that turnout had dropped.", "that turnout had dropped",
                  "Ohio delegate Tom Baker", parse=example_parse("role-as-verb")),
          Example('"The clinic will stay open," Council on Rural Health director Nora Vance said.',
                  "The clinic will stay open,", "Council on Rural Health director Nora Vance"),
          Example("Acme Corp. chief financial officer Jo Hart said sales would rise.", "sales would rise",
                  "Acme Corp. chief financial officer Jo Hart"),
          Example("HE Mr Omar Saad said the talks would resume.", "the talks would resume", "HE Mr Omar Saad"),
          Example("Senator Dr the Honourable Jo Vale said the health sector needed more nurses.",
                  "the health sector needed more nurses", "Senator Dr the Honourable Jo Vale"),
          Example("The Majlis (parliament) speaker said the vote would be held next week.",
                  "the vote would be held next week", "The Majlis (parliament) speaker"),
          Example("The official leading the inquiry, Ann Ruiz, said the documents had been destroyed.",
                  "the documents had been destroyed", "The official leading the inquiry, Ann Ruiz"),
          Example('"We are at peace," dos Santos said.', "We are at peace,", "dos Santos"))),
    Rule("holder-before", "span", "`A spokesman for the Department of Housing said`: a speaker right after "
         "`of`, `for`, `with` or `from` (`MEMBERSHIP_PREPOSITIONS`: `Lt. Ann Ruiz with the Travis County "
         "Sheriff's Office told`) and a noun is that preposition's object: the noun phrase it belongs to speaks (so too "
         "for a speaker that is the last word of such an object, the nouns before it with it: `a spokeswoman "
         "for the state attorney general said` with `general` taken alone for the subject).",
         _holder_before,
         (Example("A spokesman for the Department of Housing said the lease would end.", "the lease would end",
                  "A spokesman for the Department of Housing", parse=example_parse("holder-apart")),
          Example("In a statement, a spokeswoman for the state attorney general said the office was reviewing the "
                  "complaints.", "the office was reviewing the complaints",
                  "a spokeswoman for the state attorney general", parse=example_parse("title-after")),
          Example("Lt. Ann Ruiz with the Travis County Sheriff's Office told KXAN the deputy is recovering.",
                  "the deputy is recovering", "Lt. Ann Ruiz with the Travis County Sheriff's Office"))),
    Rule("participle-holder-before", "span", "`\"We will appeal,\" the man leading the committee said`: a "
         "speaker right after a lower-case `-ing` verb that follows a common noun is that verb's object: the noun "
         "phrase opening its clause, with the `-ing` phrase that restricts it, speaks (`The woman running the "
         "shelter told`), however the parse hung the object, and whatever the tag of a noun for a person (`The official "
         "leading the inquiry said`, `official` taken for an adjective).", _participle_holder_before,
         (Example('"We will appeal," the man leading the committee said.', "We will appeal,",
                  "the man leading the committee"),
          Example("The woman running the shelter told reporters it was full.", "it was full",
                  "The woman running the shelter"),
          Example("The official leading the inquiry said the documents had been destroyed.",
                  "the documents had been destroyed", "The official leading the inquiry"))),
    Rule("share-before", "span", "`About four in 10 Ohio voters say`: a share before the speaker that the parse "
         "hung apart opens it.", _share_before,
         (Example("About four in 10 Ohio voters say the economy is getting worse.", "the economy is getting worse",
                  "About four in 10 Ohio voters", parse=example_parse("share-apart")),)),
    Rule("description-before-name", "span", "`the city's lawyer, Ann Ruiz, said`: a name set off by commas "
         "after a description that opens its clause is its apposition: the speaker is both (also where the parse "
         "took the description for the speaker: `His sister, Ann Hale, said`; after the verb, rule `inverted-run`; "
         "a description opened by a number or quantifier and `of`: `One of his aides, Ann Hale, said`; a noun for a person "
         "with its `of` or `for` phrase: `The father of the victim, Tom Vale, said`, a bare field there too: `The dean of "
         "students, Dr. Ann Ruiz, said`; a name with its own title or class in lower case before it: `The team's "
         "captain, senior Tess Romero, said`; kin or a partner with an `of` "
         "phrase of how long: `Her husband of 50 years, Tom, said`; a description's `of` or `for` phrase the parse cut "
         "off it, before the name: `The chief executive of Acme, Jo Hart, said`, `A lawyer for Acme Corp., Ann Ruiz, said` (the "
         "abbreviation's period split off), or one closing on a name in capitals "
         "the parse took the set-off name after for the speaker: `\"...,\" the chief executive of the National Grid, "
         "John Pettigrew, said`, an office's branch in brackets after it too: `the Deputy Commissioner of Police "
         "(Crime), Rahul Sharma, said`; before the "
         "verb a participle cue set off after it hangs from: `His son, Tom, backed him, saying ...`; a phrase of time "
         "between the name's comma and the verb: `The firm's chief executive, Jo Hart, last week said`, a run of "
         "title words the parse split too, which `name-run` leaves to this rule, or a clause of time set off by "
         "commas: `The Minority Leader, Hon. Tunde Okoli, while addressing journalists, said`, with an office "
         "capitalised as African and Commonwealth papers print it, lexicon CAPITALISED_OFFICES, there and before "
         "`of`: `The Director-General of the agency, Dr. Sani Kolo, said`, and with its field in capitals after "
         "`of` or `for`, the honorific hung apart from the name: `\"...,\" the Commissioner for Works, Mr Tunde "
         "Ade, said`; where the post is held, `in` or `at` and a "
         "determiner, lexicon POST_PLACE_PREPOSITIONS, as `of` and `for`: `A lawmaker in the House, Mr. Dele Ojo, said`, "
         "`A colleague on the council, Tom Vale, said`, `A doctor from the clinic, Ann Lee, said`; the class a name is known "
         "by after `the`, set off after kin, is the name's title: `Her brother, the painter Tom Hale, said`, not the "
         "description `name-before-apposition` drops; a bare office after `the`, capitalised: `The Speaker, Lindsay "
         "Hart, ruled`; a relative clause set off after the name, `whose` opening one too, between the name's comma "
         "and the verb: `The union's leader, Ann Ruiz, whose term ends in June, called`).",
         _description_before_name,
         (Example('"We will appeal," the city\'s lawyer, Ann Ruiz, said.', "We will appeal,",
                  "the city's lawyer, Ann Ruiz"),
          Example('"The bridge will be ready by 2027," the Commissioner for Works, Mr Tunde Ade, said.',
                  "The bridge will be ready by 2027,", "the Commissioner for Works, Mr Tunde Ade"),
          Example('"We will invest," the chief executive of the Harbour Trust, Ann Ruiz, said.', "We will invest,",
                  "the chief executive of the Harbour Trust, Ann Ruiz"),
          Example("His mother, Karen Miles, said the boy had always been kind.", "the boy had always been kind",
                  "His mother, Karen Miles"),
          Example("The Speaker, Lindsay Hart, ruled that the remarks were not unparliamentary.",
                  "that the remarks were not unparliamentary",
                  "The Speaker, Lindsay Hart"),
          Example("A doctor from the clinic, Ann Lee, said supplies were short.", "supplies were short",
                  "A doctor from the clinic, Ann Lee"),
          Example("A lawyer for Acme Corp., Ann Ruiz, said the suit had no merit.", "the suit had no merit",
                  "A lawyer for Acme Corp., Ann Ruiz"),
          Example("His sister, Ann Hale, said the farm had been sold.", "the farm had been sold",
                  "His sister, Ann Hale"),
          Example("Her brother, the painter Tom Hale, said she had been ill.", "she had been ill",
                  "Her brother, the painter Tom Hale"),
          Example('One of his oldest friends, Tom Hale, said the mayor was "a decent man."',
                  'the mayor was "a decent man."', "One of his oldest friends, Tom Hale"),
          Example('Hale\'s son, Peter, defended his father on Monday, saying: "He is no bigot."',
                  "He is no bigot.", "Hale's son, Peter"),
          Example("The company's chief executive, John Ferris, last week said the plant would close.",
                  "the plant would close", "The company's chief executive, John Ferris"),
          Example("The father of the victim, Tom Vale, told the court his son had been a gentle boy.",
                  "his son had been a gentle boy", "The father of the victim, Tom Vale"),
          Example("The Minority Leader, Hon. Tunde Okoli, while addressing journalists, said the bill would be "
                  "opposed.", "the bill would be opposed", "The Minority Leader, Hon. Tunde Okoli"),
          Example("The dean of students, Dr. Ann Ruiz, wrote to families that the hall would reopen.",
                  "that the hall would reopen", "The dean of students, Dr. Ann Ruiz"),
          Example('"We lost, and we deserved to," the team\'s captain, senior Tess Romero, said.',
                  "We lost, and we deserved to,", "the team's captain, senior Tess Romero"),
          Example("Her husband of 50 years, Tom, said she never once complained.", "she never once complained",
                  "Her husband of 50 years, Tom"),
          Example("The chief executive of the power company, Jo Hart, said the grid was ready for winter.",
                  "the grid was ready for winter", "The chief executive of the power company, Jo Hart"),
          Example("A lawmaker in the House, Mr. Dele Ojo, said the vote was unfair.", "the vote was unfair",
                  "A lawmaker in the House, Mr. Dele Ojo"),
          Example('The union\'s leader, Ann Ruiz, whose term ends in June, called the offer "an insult."',
                  'the offer "an insult."', "The union's leader, Ann Ruiz"))),
    Rule("capitalised-wh-name", "span", "`Ms Te Whare said`: a capitalised word inside a sentence taken "
         "for a question word (a Maori name opening with `Wh`) is a name when a title or name comes right "
         "before it: the speaker runs over them, and over the name's words after it (`Te Whatu Ora said`).",
         _capitalised_wh_name,
         (Example("Ms Te Whare said the trust welcomed the decision.", "the trust welcomed the decision",
                  "Ms Te Whare"),
          Example("Health NZ Te Whatu Ora said the ward would reopen.", "the ward would reopen",
                  "Health NZ Te Whatu Ora"))),
    Rule("participle-noun", "span", "`The accused told police he had panicked`: `the` and a past participle "
         "that names a person in court reporting (`accused`, `deceased`) is a noun phrase that speaks, its "
         "`the` part of it however the parse hung it.", _participle_noun,
         (Example("The accused told police he had panicked.", "he had panicked", "The accused"),
          Example("The deceased told friends she was afraid of her former partner.",
                  "she was afraid of her former partner", "The deceased"))),
    Rule("event-word-cut", "span", "`'Enough is enough,' says mayor amid row over library`: a speaker after its verb "
         "ends before a word that only opens an event's phrase (`amid`, `despite`, `after`: lexicon "
         "EVENT_PREPOSITIONS), whatever tag the parse gave it: what the speech met is no part of who spoke.",
         _event_word_cut,
         (Example("'Enough is enough,' says mayor amid row over library", "Enough is enough,", "mayor"),)),
    Rule("agent-run", "span", "`Asked by Sen. Jo Hart whether ...`: a passive agent right after `by` runs over "
         "the capitalised words of its title and name after it, with no punctuation between, whatever the parse "
         "hung apart.", _agent_run,
         (Example("Asked by Sen. Hart whether the agency had been warned, Lee said it had not.",
                  "whether the agency had been warned", "Sen. Hart"),
          Example("Asked by Labour's Tom Vale whether the scheme had been costed, the minister said it had.",
                  "whether the scheme had been costed", "Labour's Tom Vale"))),
    Rule("possessor-before", "span", "`Beijing's envoy, Liu Chen, told reporters`: a capitalised word and its "
         "`'s` right before the speaker own it (a name's possessive, however the tagger took a name in `-ing`; not "
         "`It's`, `There's`: `is`), "
         "with the capitalised words right before that word.", _possessor_before,
         (Example("Beijing's envoy to the United Nations, Liu Chen, told reporters that sanctions would fail.",
                  "that sanctions would fail", "Beijing's envoy to the United Nations, Liu Chen"),)),
    Rule("participle-modifier-before", "span", "`One widely shared post alleged that ...`: a speaker right "
         "before its verb after a determiner or number opening the sentence, adverbs and a past participle that the "
         "parse took for a verb: a participle between a determiner and its noun modifies it; the words open the "
         "speaker.", _participle_modifier_before,
         (Example("One widely shared post alleged that the ballots were destroyed.",
                  "that the ballots were destroyed", "One widely shared post"),)),
    Rule("dashed-apposition", "span", "`The union - a group of nurses - said`: a description opened by an article "
         "(`the largest in the state` too) or a bare superlative (`The union - largest in the state - said`), a reflexive pronoun before it or not (`The minister - herself a former nurse - said`), between dashes set off by spaces, the closing one right before the verb, however the parse joined it to the "
         "noun phrase before it, describes the speaker, as one set off by commas does: the speaker ends before the "
         "opening dash (`name-before-apposition` reads the two subjects when the parse gave both).", _dashed_apposition,
         (Example("The union - a group of nurses - has said the deal was fair.", "the deal was fair", "The union"),
          Example("The union - largest in the state - has said the deal was fair.", "the deal was fair",
                  "The union"))),
))
