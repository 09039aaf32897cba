"""Stage `phrase`: the `PHRASES` table and the helpers only this stage uses.

`PHRASES`: A finite cue the subject table gave no speaker: a phrase before it.

The table's rules and helpers in pipeline order, the table last: read top to bottom.
"""
from __future__ import annotations

from typing import Sequence

from ..lexicon import (FLOATING_QUANTIFIERS, MARK_CHARS, NOMINATIVE_PRONOUNS, TIME_NOUNS,
                       TIME_OPENERS)
from ..parse import Word
from ..rules.registry import Example, Rule, Table, example_parse
from ..rules.tree import Parsed, demonstrative, relative_pronoun, time_word
from .common import (_CLAUSE_BREAKS, _FINITE, _NOMINAL, _PAST, _RUN_WORDS, _VERB_GROUP_TAGS, _aside_break, _bare_present,
                     _before_adverbs, _calendar_time, _capitalised, _comma_after_verb, _floating_quantifier,
                     _label_bracket, _mistagged_opening_name, _name_segment, _past_before_quotation,
                     _relative_aside, _restricting_phrase, _run_before, _run_word, _subject_may_open, _time_before,
                     _time_of_cue)


def _before_subjectless(s: Parsed, verb: Word) -> int | None:
    """For a finite cue the parse gave no subject (a time word aside: `last week said`), the index
    of the word before it and its auxiliaries, adverbs and negation (`have said`, `still say`, `did
    not say`); None for a subject (`I was told`, `it was reported`: not the speaker) or an infinitive."""
    if any((k.deprel.startswith(("nsubj", "csubj")) and not _time_of_cue(s, k, verb) and not demonstrative(k.text)
            and not (k.index > verb.index and _comma_after_verb(s, verb, k))  # `said, her voice breaking`
            and not (k.index < verb.index and _floating_quantifier(s, k)))  # `..., Tom Vale, all said`
           or k.deprel in ("expl", "aux:pass") for k in s.kids[verb.index]):
        return None
    i = verb.index - 1
    finite = verb.xpos in _FINITE or _bare_present(s, verb) or _past_before_quotation(s, verb)
    while i >= 0 and s.words[i].head == verb.index and not _mistagged_opening_name(s, i) and (
            s.words[i].upos in _VERB_GROUP_TAGS or (
            s.words[i].text.lower() in FLOATING_QUANTIFIERS and i > 0 and s.words[i - 1].text == ",")):
        if s.words[i].deprel == "mark":
            return None  # `whose task is to recommend`
        finite = finite or s.words[i].xpos in _FINITE
        i -= 1
    return i if finite else None


def _phrase_before(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """A finite cue the parse gave no subject at all (`About three in 10 said`, `as many as 40
    percent of Clinton voters said`, parsed as phrases of place or degree): the run of noun-phrase
    words right before it and its auxiliaries, unless a preposition governs the run (`in a
    statement Thursday said`); past a phrase of time right before the cue, nothing between (`Ann Ruiz on
    Monday night said`, `The group last week said`: when it was said; not `MSNBC Monday when asked`).  The run's last noun, and its character range."""
    end = _before_subjectless(s, verb)
    if end is None or _past_before_quotation(s, verb) and _restricting_phrase(s, verb) is not None:
        return None  # (`Workers gathered near a mall chanted "..."`: the run ends a participle's phrase)
    if all(w.upos == "AUX" for w in s.words[end + 1:verb.index]) and 0 < (opening := _time_phrase_start(s, end)) <= end:
        found = _run_before(s, verb, opening - 1, timed=True)  # `Ann Ruiz in March said`: the time is the cue's
        if found is not None:
            return found
    return _run_before(s, verb, end)


def _time_phrase_start(s: Parsed, end: int) -> int:
    """The first word of the phrase of time ending at word `end` (`on Monday night`, `last week`, `late
    Tuesday`, `Friday`, `later that day`, `over the past week`): its time words (a lower-case `day` too),
    then up to three words before them that open such a phrase (`TIME_OPENERS`: a preposition of time or a
    determiner or adjective of one); `end + 1` where no time word ends there."""
    j = end
    while j >= 0 and (time_word(s.words[j].text) and s.words[j].upos != "PRON" or s.words[j].text in TIME_NOUNS
                      or _calendar_time(s, j)):
        j -= 1
    if j == end:
        return end + 1
    first = j
    while j >= 0 and first - j < 3 and s.words[j].text.lower() in TIME_OPENERS:
        j -= 1
    return j + 1


def _name_before_relative(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`... ago that Ann Ruiz, who is weighing a run, said ...` with the name hung elsewhere: a finite cue
    with no subject right after a relative clause set off by commas: the run of noun-phrase words
    before that clause's opening comma."""
    i = _before_subjectless(s, verb)
    if i is None or i < 2 or not _aside_break(s, i):  # `Ann Ruiz -- who ... -- said`
        return None
    opening = _relative_aside(s, i)
    return None if opening is None else _run_before(s, verb, opening - 1)


def _chain_before_comma(s: Parsed,
                        verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Appearing at ..., Suu Kyi, 70, said ...`, `Of Carson, Levine, who has given ..., said`: a
    finite cue right after a comma, with no subject of its own (the parse hung the name as an
    apposition or conjunct of the phrase before): the noun phrases and relative clauses, each set
    off by commas, that end at that comma, from the first of them; only the first, when it is a name
    (an age, description or relative clause after a name is no part of it) or a relative clause follows
    it (a lone capitalised word opening the sentence before an age is a name whatever its tag: `Wu, 52, who
    ..., has pledged`).  Its first noun, and its range."""
    i = _before_subjectless(s, verb)
    if i is not None and 1 < (timed := _time_before(s, i + 1)) <= i and s.words[timed - 1].text == ",":
        i = timed - 1  # `John Ferris, the firm's chief executive, on Tuesday said`: the chain ends at the comma
    if i is None or i < 1 or s.words[i].text not in _CLAUSE_BREAKS:
        return None
    chain: list[list[Word]] = []
    end = i
    for j in range(i - 1, -2, -1):
        if j >= 0 and s.words[j].text not in _CLAUSE_BREAKS:  # `voters in two states -- A and B -- said`
            continue
        segment = list(s.words[j + 1:end])
        end = j
        marks = next((n for n, x in enumerate(segment) if x.text.strip(MARK_CHARS)), len(segment))
        segment = segment[marks:]  # `"...," Ann Ruiz, 61, said`: a closing quotation mark begins it
        opened = bool(segment) and segment[0].upos == "CCONJ"  # `..., and Levine, 70, said`: the clause begins
        segment = segment[opened:]
        opened = opened or marks > 0
        if not segment:
            break
        relative = (relative_pronoun(segment[0].text) and segment[0].upos == "PRON") or _participle_segment(segment)
        home = _home_phrase(segment)  # `Tom Vale, 52, of Dayton, said`: where the one named lives
        lone = j < 0 and len(segment) == 1 and _capitalised(segment[0]) and bool(chain) and _age_segment(chain[-1])
        # `Wu, 52, who took over in 2021, said`: a lone capitalised word opening the sentence before an age is a
        # name, whatever its tag (an interjection)
        nominal = (segment[0].upos in _RUN_WORDS - {"PRON"} or home or lone) and not any(
            x.xpos in _FINITE or x.upos == "AUX" for x in segment)
        timed = not relative and not any(x.upos == "PROPN" for x in segment) and any(  # `Last week, ...`
            x.text.lower() in TIME_NOUNS for x in segment)
        if not (relative or nominal) or timed:
            break
        if chain and _participle_segment(chain[-1]) and not (j < 0 or opened):
            return None  # `Friday, Texas, leading ..., asked`: the phrase before the participle must open the clause
        chain.append(segment)
        if opened:
            break
    while chain and (chain[-1][0].upos == "PRON" or _home_phrase(chain[-1]) or _participle_segment(chain[-1])):
        chain.pop()  # a relative clause or `of Dayton` needs its noun phrase before it (`Of Carson, Levine said`)
    if not chain:
        return None
    first = chain[-1]
    head = next((x for x in first if x.upos in _NOMINAL | {"NUM"}), first[0])
    name = head.upos == "PROPN" and all(_run_word(s, x.index) and x.text[:1].isupper() for x in first)
    if len(chain) > 1 and (name or relative_pronoun(chain[-2][0].text) or _participle_segment(chain[-2])
                           or _age_segment(chain[-2])):
        bracket = _label_bracket(s, first[-1].index)  # `Sen. Jo Hart (D-Ore.), who ...`: the name alone
        last = s.words[bracket - 1] if bracket is not None and bracket > first[0].index else first[-1]
        return head, (first[0].start, last.end)  # `Suu Kyi, 70,`, `An aide, who asked not to be named,`
    rel = next((k for k in range(len(chain) - 3, -1, -1) if relative_pronoun(chain[k][0].text)
                and chain[k][0].upos == "PRON" or _participle_segment(chain[k])), None)
    if rel is not None and _name_segment(s, chain[rel + 1]):
        return head, (first[0].start, chain[rel + 1][-1].end)  # `The head of the panel, Sen. Ben Ade, who ...,`
    return head, (first[0].start, s.words[i - 1].end)


def _age_segment(segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is an age alone (`the actress, 45,`): after a description as
    after a name, no part of the speaker."""
    return len(segment) == 1 and segment[0].upos == "NUM" and segment[0].text.isdigit() and len(segment[0].text) <= 3


def _participle_segment(segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is a participle's phrase with no finite verb (`speaking on
    condition of anonymity`, `visiting Paris`): after a noun phrase set off the same way, said of it, as a
    relative clause is.  (Not `rules.linking.participle_aside`, the writer's participle after a quotation.)"""
    return len(segment) > 1 and segment[0].xpos == "VBG" and not any(
        x.xpos in _FINITE or x.upos == "AUX" for x in segment)


def _home_phrase(segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is `of` and a name (`of Dayton`): after a name set off the
    same way, where its bearer is from."""
    return len(segment) > 1 and segment[0].text.lower() == "of" and segment[1].upos == "PROPN"


def _participle_phrase_before(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Officials interviewed on Monday said ...` with the participle taken for the main verb: a finite cue
    with no subject right after a participle's phrase (`_restricting_phrase`) that follows a noun phrase
    opening its clause: that noun phrase with the phrase."""
    found = _restricting_phrase(s, verb) if _before_subjectless(s, verb) is not None else None
    if found is None:
        return None
    words = s.words
    run = _run_before(s, verb, found[0] - 1)
    if run is None or run[0].upos != "NOUN":
        return None
    if not _subject_may_open(s, s.word_range(run[1])[0]):
        return None
    return run[0], (run[1][0], words[found[2]].end)


def _those_participle(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Those surveyed said ...`, `..., those polled say ...`: `those` and a past participle right before a
    finite cue with no subject (past the cue's adverbs) is a noun phrase, `those who were surveyed`, opening
    its clause, whatever the tagger made of it (a determiner and an adjective of the words after the cue):
    that phrase speaks."""
    i = _before_subjectless(s, verb)
    if i is None or i < 1:
        return None
    words = s.words
    i = _before_adverbs(s, i, verb)
    those, participle = words[i - 1], words[i]
    if those.text.lower() != "those" or participle.xpos not in _PAST or not participle.text.lower().endswith("ed"):
        return None
    if not _subject_may_open(s, i - 1):
        return None
    return those, (those.start, participle.end)


def _by_gerund(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Ann Ruiz continued by saying ...`, `A local official responded by noting ...`: a gerund of a verb of
    saying right after `by`, right after a verb (its adverbs between) that follows the noun phrase opening
    its clause, reports what that verb's subject said through it: the noun phrase, read from the words
    however the tagger took them (a name as a verb, `official` as an adjective)."""
    words = s.words
    if verb.xpos != "VBG" or verb.index < 3 or words[verb.index - 1].text.lower() != "by":
        return None
    v = verb.index - 2
    while v > 0 and words[v].upos == "ADV":
        v -= 1  # `responded simply by saying`
    if words[v].upos != "VERB" or words[v].xpos not in _FINITE | _PAST:
        return None
    first = v
    while first > 0 and (words[first - 1].upos in _RUN_WORDS or words[first - 1].xpos == "POS" or (
            words[first - 1].upos == "VERB" and words[first - 1].text[:1].isupper())):
        first -= 1  # `Ruelas` tagged as a verb: a capitalised word before the verb is a name
    if first == v or (first > 0 and words[first - 1].upos not in ("PUNCT", "CCONJ")):
        return None  # the phrase opens its clause
    last = words[v - 1]
    if last.upos in ("DET", "NUM") or time_word(last.text) or (
            last.upos == "PRON" and last.text.lower() not in NOMINATIVE_PRONOUNS):
        return None  # `this week continued by`, `that continued by`: no speaker
    return last, (words[first].start, last.end)


PHRASES = Table("phrase", doc="A finite cue the subject table gave no speaker: a phrase before it.", rules=(
    Rule("by-gerund", "phrase", "`Ann Ruiz continued by saying \"...\"`, `A local official responded by noting that "
         "...`: a gerund of a verb of saying right after `by`, right after a verb (past its adverbs) that follows the "
         "noun phrase opening its clause: that phrase speaks through the gerund, read from the words however the "
         "tagger took them (a name as a verb, a noun as an adjective).", _by_gerund,
         (Example('Ruelas continued by saying, "We will appeal the ruling."', "We will appeal the ruling.", "Ruelas",
                  parse=example_parse("by-gerund")),
          # (a noun for a person there is `determiner-on-cue`'s: `A Danish official responded`)
          Example("A Danish ministry responded by saying that the claims were false.", "that the claims were false",
                  "A Danish ministry", parse=example_parse("by-gerund-adjective")))),
    Rule("phrase-before", "phrase", "`About three in 10 said`, `sources close to the governor say`: the run "
         "of noun-phrase words right before the cue (past a phrase of time right before it, when it was said: "
         "`Ann Ruiz on Monday night said`, opened by a few words of `TIME_OPENERS`: `later that day`, `over the past "
         "week`, auxiliaries between it and the cue: `has said`; a word tagged an adjective right after a determiner "
         "or possessive heads the run there: `The senator last month said`, and so does a participle naming a "
         "person right after `the`, as for span rule `participle-noun`: `The accused last week said`; a capitalised "
         "word the tagger took for an adverb or adjective of the cue, opening its clause right before it and its "
         "adverbs, is a name, read from the words, unless its form is an adverb's: `Dzulkefly said the ministry "
         "would act`, not `Reportedly said ...`).", _phrase_before,
         (Example("About three in 10 said the economy was getting worse.", "the economy was getting worse",
                  "About three in 10"),
          Example("Rather, sources close to the governor say she will sign the bill.", "she will sign the bill",
                  "sources close to the governor"),
          Example("Ann Ruiz on Monday night said the vote would wait.", "the vote would wait", "Ann Ruiz"),
          Example("Ann Ruiz in March said the vote would wait.", "the vote would wait", "Ann Ruiz"),
          Example("The senator last month said the bill would pass.", "the bill would pass", "The senator"),
          Example("The accused last week said he was innocent.", "he was innocent", "The accused"),
          Example("Ann Ruiz later that day told reporters the bill was dead.", "the bill was dead", "Ann Ruiz"),
          Example("Dzulkefly said the ministry would act.", "the ministry would act", "Dzulkefly"))),
    Rule("participle-phrase-before", "phrase", "`Officials interviewed on Monday said`: a finite cue (or a base "
         "form right after a noun, its present: `Families taken to the shelter say`; or a past form in `-ed` the "
         "tagger took for a participle right before the quotation it takes: `Workers gathered near a mall chanted "
         "\"...\"`) with no "
         "subject right after a participle's phrase (its adverbs, then a time or one preposition's phrase, as for "
         "subject rule `participle-phrase`) that follows a noun phrase opening its clause: the noun phrase with the "
         "participle's phrase, which restricts it (an adverb right before the cue that hangs from it is the cue's; "
         "`being` may open the phrase: `Officials being interviewed in San Diego said`).",
         _participle_phrase_before,
         (Example('Officials interviewed on Monday said the plan "will not work."', 'the plan "will not work."',
                  "Officials interviewed on Monday"),
          Example('Protesters gathered outside said they were "angry and tired."', 'they were "angry and tired."',
                  "Protesters gathered outside"),
          Example("Families taken to the shelter say the water is rising.", "the water is rising",
                  "Families taken to the shelter"),
          Example('Workers gathered near a shopping mall chanted "Fair pay now!"', "Fair pay now!",
                  "Workers gathered near a shopping mall"),
          Example("Officials being interviewed in San Diego said the plan will fail.", "the plan will fail",
                  "Officials being interviewed in San Diego"))),
    Rule("those-participle", "phrase", "`Those surveyed said`, `..., those polled say`: `those` and a past "
         "participle right before a finite cue with no subject, opening its clause, are the noun phrase `those who "
         "were surveyed`, however the tagger took them: that phrase speaks.", _those_participle,
         (Example("By a wide margin, those surveyed say stricter speed limits would help prevent road deaths.",
                  "stricter speed limits would help prevent road deaths", "those surveyed"),
          Example("By large margins, those polled say cheaper bus fares would help reduce traffic jams.",
                  "cheaper bus fares would help reduce traffic jams", "those polled"))),
    Rule("chain-before-comma", "phrase", "`Appearing at ..., Suu Kyi, 70, said`: the noun phrases set off "
         "by commas or dashes (and `of` a place after a name: `Tom Vale, 52, of Dayton,`), ending right before "
         "the cue, from a closing quotation mark at most; a name first, or a phrase before a relative clause or a "
         "participle's phrase, or a phrase before an age (`the actress, 45,`), is the speaker alone (`Suu Kyi`, "
         "`An aide, who asked not to be named,`, `An aide, "
         "speaking on condition of anonymity,`; `Sen. Jo Hart` without her `(D-Ore.)`); "
         "after a description, a name set off before such a clause ends the speaker (`The chairman of the committee, Sen. Ben "
         "Ade, who presided,`: both); "
         "a bare form after a share set off so is its present (`about half, 52 percent, say`); a phrase of time between "
         "the last comma and the cue is the cue's (`John Ferris, the firm's chief executive, on Tuesday said`), and so is a "
         "quantifier floating on the subject there (`FLOATING_QUANTIFIERS`: `Ann Ruiz and her deputy, Tom Vale, both said`); a lone capitalised "
         "word opening the sentence before an age is a name whatever its tag (`Wu, 52, who ..., has pledged`).",
         _chain_before_comma,
         (Example("Appearing at a rally in Ohio, Suu Kyi, 70, said the vote would be fair.",
                  "the vote would be fair", "Suu Kyi"),
          Example("Health Minister Ann Ruiz and her deputy, Tom Vale, both said the plan was sound.",
                  "the plan was sound", "Health Minister Ann Ruiz and her deputy, Tom Vale"),
          Example("Even if the plan fails, officials from two counties -- Polk and Lane -- said the vote was fair.",
                  "the vote was fair", "officials from two counties -- Polk and Lane"),
          Example("A city hall official, who asked not to be named to discuss the talks, said the mayor would resign.",
                  "the mayor would resign", "A city hall official"),
          Example("A senior official, speaking on condition of anonymity, said the talks had stalled.",
                  "the talks had stalled", "A senior official"),
          Example('"I loved every minute of it," the actress, 45, said.', "I loved every minute of it,",
                  "the actress"),
          Example("Wu, 52, who took over as chief executive in 2021, has pledged to cut costs.", "to cut costs",
                  "Wu"),
          Example("The chairman of the committee, Senator Ben Ade, who presided over the hearing, said the report "
                  "would be tabled.", "the report would be tabled", "The chairman of the committee, Senator Ben Ade"),
          Example('On Sunday, Sen. Jane Doe (D-Mo.), who has endorsed Ruiz, said the plan is "too timid."',
                  'the plan is "too timid."', "Sen. Jane Doe"),
          Example("Reached by phone, Ann Ruiz -- who is running for mayor -- said she would not appeal.",
                  "she would not appeal", "Ann Ruiz"),
          Example("Among likely voters, about half, 52 percent, say they will back the school levy.",
                  "they will back the school levy", "52 percent", parse=example_parse("set-off-share")),
          Example('"We are not done yet," Ann Ruiz, 61, said Monday.', "We are not done yet,",
                  "Ann Ruiz", parse=example_parse("closed-quote-chain")),
          Example('"It is too early to tell," Tom Vale, 52, of Dayton, Ohio, who watched the count, said on Friday.',
                  "It is too early to tell,", "Tom Vale"),
          Example('"The plant will close," John Ferris, the company\'s chief executive, on Tuesday said.',
                  "The plant will close,", "John Ferris"))),
    Rule("name-before-relative", "phrase", "`... that Ann Ruiz, who is weighing a run, said`: the noun phrase "
         "before a relative clause set off (by commas or dashes) right before the cue; a capitalised word right "
         "before a name that is no preposition is the name's, whatever its tag (`Ann Ruiz` with `Ann` a preposition).",
         _name_before_relative,
         (Example('It was only a year ago that Ann Ruiz, who is weighing a run for mayor, said it was "out of the '
                  'question" for her to win.', 'it was "out of the question" for her to win', "Ann Ruiz"),
          Example("Ann Ruiz, who opposed the plan, said the bridge was unsafe.", "the bridge was unsafe", "Ann Ruiz",
                  parse=example_parse("mistagged-name")))),
))
