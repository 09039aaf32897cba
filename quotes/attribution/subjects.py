"""Stage `subject`: the `SUBJECTS` table and the helpers only this stage uses.

`SUBJECTS`: The speaker of a cue verb from its parse; the first rule that answers wins.

The table's rules and helpers in pipeline order, the table last: read top to bottom.
"""
from __future__ import annotations

from ..lexicon import (SET_OFF_RELATIVES, QUANTIFIER_CLAUSE_OPENERS, QUANTIFIER_COMMA_OPENERS,
                       SUBJECT_CLAUSE_OPENERS, SUBJECT_CLAUSE_PAIRS, AMOUNT_WORDS, WORK_NOUNS,
                       EXTRAPOSING_VERBS, TITLE_MODIFIERS, TITLES, CHARGE_VERBS, WEEKDAYS, DAY_PARTS,
                       SPEAKER_NOUNS, ANSWER_WORDS, LINKING_ASIDES, SUBORDINATE_OPENERS,
                       CLAUSE_PREPOSITIONS, QUOTING_VERBS, ISSUING_VERBS, LISTENER_VERBS, MARK_CHARS,
                       INVERTING_VERBS, PLEDGE_INVERTERS, OBJECT_CONTROL, PERCEPTION_VERBS,
                       PHRASE_PREPOSITIONS, NOMINATIVE_PRONOUNS, OPENING_SAY_FORMS, QUANTIFIER_PRONOUNS,
                       SHARE_WORDS, REDUCED_CLAUSE_OPENERS, ROLE_WORDS, SAY_VERBS, TELL_FORMS, SPAN_NOUNS,
                       PHRASE_DETERMINERS, REPORT_JOINERS, ADDING_VERBS, APPOSITION_ADVERBS, JUDGING_VERBS,
                       JUDGED_DEED_PREPOSITION, IMPLYING_VERBS, EVENT_NOUNS, INDEFINITE_ARTICLES,
                       APOSTROPHE_S, TIME_CLAUSE_PREPOSITIONS, ARTICLES)
from ..lexicon import MEMBER_EXAMPLE_OPENERS, PERSON_RELATIVES, SEQUENCE_ADVERBS
from ..parse import OWNER_TAGS, QUOTE_TAGS, Word, NOUN_UPOS, OBJECT_RELS, VERB_UPOS
from ..rules.registry import Example, Rule, Table, example_parse
from ..rules.text import source_word, NICKNAME_WORDS
from ..rules.tree import (Parsed, demonstrative, joined_past_infinitive, preposition, relative_pronoun,
                          time_word, to_infinitive, FIXED_PART_RELATIONS, phrase_head)
from .common import (_APPROXIMATORS, _CLAUSAL, _CLAUSE_BREAKS, _COMPLEMENTIZERS, _DASHES, _FINITE,
                     _HEAD_STEPS, _JOINED_DESCRIPTION_REACH, _JOINED_VERB_LEAST, _NOMINAL,
                     _OCCASION_REACH, _RUN_WORDS, _SUBJECTS, _VERB_GROUP_TAGS, _after_relative, _apposition_host,
                     _as_clause, _past_before_quotation, _perfect_infinitive,
                     _aside_break, _aside_host, _bare_noun_phrase, _bare_tail, _capitalised,
                     _clause_preposition_words, _closing_comma, _closing_inversion, tag_stop, _closing_run,
                     _colon_dateline, _comma_after_verb, _condition_participle_at, _comma_before, _dash_description_opens,
                     _floating_quantifier, _handed_over, _inverted_aside, _is_cue_verb, _joined_past,
                     _linking_adverb, _mark, _mark_between, _misread_past, _name_runs_into, _nickname_span,
                     _noun_before_relative, _noun_phrase_word, _noun_tagged_verb, _occasion_phrase, _opening_bracket,
                     _opens_participle_after_noun, _participle_after_noun, _participle_phrase,
                     _participle_spelling, _party_label_end, _passive_agent, _perfect, _phrasal_word,
                     _predicative_word, _quoting_participle, _received_message, _relative_aside,
                     _relative_conjunct_words, _report_joined, _past_after_modal, _restricting_phrase, _run_before, _run_start,
                     _run_opener, _run_word, _set_off_given_name, _set_off_subordinate, _tag_phrase, _time_before,
                     _time_of_cue, _titled_name_start, _unmarked_passive, _weekday_after_name,
                     _whole_quotations, _with_subject)

_INVERTED = frozenset({"obj", "iobj", "nsubj", "dep", "appos", "xcomp"})  # what parsers make of `said SPEAKER`


def _subject(s: Parsed, verb: Word) -> Word | None:
    """The speaker's head: subject, passive agent, or the subject a coordinated or relative verb shares."""
    found = _subject_rule(s, verb)
    return found[1] if found is not None else None


def _subject_rule(s: Parsed, verb: Word) -> tuple[str, Word | None] | None:
    """The `subject` table's first answer for a cue verb: (rule name, the speaker's head or None
    when the rule finds that nobody is named); None when no rule answers."""
    found = SUBJECTS.first(s, verb)
    return None if found is None else (found[0], found[1] or None)


_NOBODY = False  # a subject rule's answer that no one is named: later rules are not asked


def _as_subject(s: Parsed, verb: Word) -> Word | None:
    """`as David Dayen noted` parsed with the name as a phrase of `as`; so too `As the paper reported,
    "..."` opening its sentence, whatever the parse made of the quotation after its comma."""
    opener = _as_clause(s, verb) or _as_opening(s, verb)
    if opener is not None and opener.deprel == "case" and 0 <= opener.head < verb.index \
            and s.words[opener.head].head == verb.index:
        return s.words[opener.head]
    return None


def _as_opening(s: Parsed, verb: Word) -> Word | None:
    """`As Politico reported, "..."`: the `as` opening the sentence before a phrase and the cue, with
    a comma right after the cue; the words settle it, however the parse hung what follows."""
    first = next((w for w in s.words if w.upos != "PUNCT"), None)
    nxt = verb.index + 1
    listener = next((k for k in s.kids[verb.index] if k.deprel in OBJECT_RELS and k.upos in _NOMINAL
                     and s.word_range(s.span(k))[0] == nxt), None) if verb.lemma in LISTENER_VERBS else None
    if listener is not None:  # `As one aide told the Gazette, "..."`: past whom it was told to
        nxt = s.word_range(s.span(listener))[1] + 1
    elif nxt < len(s.words) and s.words[nxt].text.lower() == "it" and s.words[nxt].head == verb.index:
        nxt += 1  # `As Ann Ruiz put it, "..."`: the `it` of the cue's phrase
    after = s.words[nxt] if nxt < len(s.words) else None
    if first is None or first.text.lower() != "as" or after is None or after.text != ",":
        return None
    aside = _as_aside(s, first, verb)  # `As Ann Ruiz, the author of "Dust," put it,`: set off, not the subject
    phrase_end = verb.index if aside is None else aside[0]
    if any(w.upos in VERB_UPOS or w.text == "," for w in s.words[first.index + 1:phrase_end]) \
            or any(k.deprel in _SUBJECTS and not (aside and aside[0] < k.index < aside[1]) for k in s.kids[verb.index]):
        return None  # `As a result, Lee said`: `as` opens a phrase of its own, not the cue's clause
    return first


def _as_aside(s: Parsed, first: Word, verb: Word) -> tuple[int, int] | None:
    """`As Ann Ruiz, who teaches law, put it,`, `As Ann Ruiz, the author of "Dust," put it,`: the commas
    opening and closing a relative clause or a description (`a`, `the` or a possessive first, no finite
    verb, whole quotations only) set off after the phrase that `as` opens, right before the cue."""
    close = verb.index - 1
    while close > first.index and _mark_between(s, close, close + 1):
        close -= 1  # `"Dust,"`: a title's closing mark after the comma
    if s.words[close].text != ",":
        return None
    opening = next((i for i in range(first.index + 2, close) if s.words[i].text == ","), None)
    if opening is None or opening + 1 >= close:
        return None
    lead = s.words[opening + 1]
    description = (lead.upos == "DET" or lead.xpos == "PRP$") and _whole_quotations(s, opening, close) and not any(
        w.xpos in _FINITE for w in s.words[opening + 1:close])
    return (opening, close) if description or _relative_aside(s, close) == opening else None


def _nominal_subject_of(s: Parsed, verb: Word) -> Word | None:
    """The verb's own subject, no time word (`Feinstein last week said`: `week` parsed as a subject; nor
    a lower-case noun of a phrase of time right before the verb, `_time_before`: `The senator later that day
    said`, `the same day`, `last quarter`) and no `this` or `that` (`That prompted ...`; `the memo that
    said`: `relative-head` names the memo)."""
    subjects = [k for k in s.kids[verb.index] if k.deprel in _SUBJECTS and k.deprel != "nsubj:pass"
                and not _time_of_cue(s, k, verb) and not demonstrative(k.text)
                and not (k.index < verb.index and _floating_quantifier(s, k))  # `..., Tom Vale, all said`
                and not (k.index > 0 and _linking_adverb(s, k.index))  # `The chief, meanwhile, said`:
                # `linking-aside-subject`'s (`Meanwhile, Ann Rao said` with the parse's name run: `opening-adverb-out`'s)
                and not _subject_of_main_clause(s, k, verb)]  # `Shares jumped after the firm said`: `clause-preposition`'s
    # `One striker, who gave only his first name, Tom, said`: the name spells the noun of a name, no subject
    subjects = [k for k in subjects if not _given_name_subject(s, k)] or subjects
    # one after the verb past a quotation mark lies in the words it reports (`and said, "Hillary has ..."`);
    # one past a comma is no inverted subject (`said Tuesday, her voice breaking`: a phrase of her own)
    subjects = [k for k in subjects if k.index < verb.index or not (
        _mark_between(s, verb.index, k.index) or _comma_after_verb(s, verb, k) or _told_listener(verb)
        or _subject_of_verb_after(s, verb))]  # `said load shedding would ease`: the clause's subject
    if subjects:  # `Content of the claim, Smith said`: the subject nearest the verb, if a parse gives two,
        # and one before it over one after (`Matt Bennett, a founder of ..., said Mrs. Clinton had`)
        subjects = [_past_dateline(s, k) for k in subjects]  # `RAWALPINDI: The army's media wing said`: the wing
        subjects = [_nickname_bearer(s, k, verb) for k in subjects]  # `Leo "The Cat" Mendes said`: the name
        subjects = [_titled_name_after_place(s, k, verb) for k in subjects]  # `At the convention Sen. Ann Ruiz said`
        subjects = [_name_after_set_off_title(s, k, verb) for k in subjects]  # `On "Face the Nation," Sen. Ruiz said`
        before = [k for k in subjects if k.index < verb.index  # not one within a quotation before it
                  and (not _mark_between(s, k.index, verb.index) or _quoted_in_phrase(s, k, verb)
                       or _titled_work(s, k, verb))]
        nearest = min(before or subjects, key=lambda k: abs(k.index - verb.index))
        return next((k for k in before if k.index == nearest.index - 2 and _predicative_word(nearest)
                     and _participle_spelling(s.words[nearest.index - 1])), nearest)  # `Passengers taken
        # prisoner in May said` parsed as two subjects: `prisoner` is what the participle made of the first
    return None


def _given_name_subject(s: Parsed, k: Word) -> bool:
    """Whether the subject `k` is a word of a name set off after a noun of a person's name (`_set_off_given_name`:
    `One striker, who gave only his first name, Tom, said`), that noun's apposition whatever the parse hung it from."""
    words = s.words
    if k.upos != "PROPN":
        return False
    lo, hi = k.index, k.index
    while lo > 0 and words[lo - 1].upos == "PROPN":
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1].upos == "PROPN":
        hi += 1
    return _set_off_given_name(s, lo - 1, hi + 1)


def _subject_of_main_clause(s: Parsed, k: Word, verb: Word) -> bool:
    """`Shares, in early trading, jumped after the company announced a deal`: a finite verb right after a noun
    phrase that `after`, `before`, `since` or `until` opens (lexicon CLAUSE_PREPOSITIONS) heads that clause of
    time, so a subject before that preposition with a verb of its own between them (the main clause's
    predicate, `jumped`) is not its subject, whatever the parse hung from it: the noun phrase is; nor is a noun
    of a stretch of time right before that preposition (`SPAN_NOUNS`: `..., hours after Ruiz said`, `only days
    before the mayor announced`), which measures how long before or after, and speaks nothing."""
    if k.index >= verb.index or verb.xpos not in _FINITE:
        return False
    j = verb.index - 1
    while j > k.index and _noun_phrase_word(s.words[j]):
        j -= 1
    if j == verb.index - 1 or s.words[verb.index - 1].upos not in NOUN_UPOS \
            or s.words[j].text.lower() not in TIME_CLAUSE_PREPOSITIONS \
            or s.words[verb.index - 1].text.lower() in EVENT_NOUNS:
        return False  # (`Doctors arrested after the protest said`: a happening speaks nothing, its phrase is time)
    if j == k.index + 1 and k.upos == "NOUN" and k.lemma.lower() in SPAN_NOUNS:
        return True  # `hours after Ruiz said`: the stretch of time, no speaker
    return any(w.upos == "VERB" for w in s.words[k.index + 1:j])


def _nickname_bearer(s: Parsed, k: Word, verb: Word) -> Word:
    """`Striker Leo "The Cat" Mendes said` with a word of the nickname parsed as the subject: a subject within
    a nickname in marks (`_nickname_span`) between a capitalised given name and a capitalised surname right
    before the verb stands for the name's bearer, its given name (the span's `nickname-in-name` runs it over the
    nickname to the surname); else `k` itself."""
    words = s.words
    opening = next((j for j in range(k.index - 1, max(k.index - 1 - NICKNAME_WORDS, 0), -1)
                    if _mark(words[j])), None)
    if opening is None or not k.index < verb.index or not words[opening - 1].text[:1].isupper() \
            or words[opening - 1].upos != "PROPN":
        return k
    close = _nickname_span(s, opening)
    if close is None or close < k.index or close + 1 >= verb.index or words[close + 1].upos != "PROPN" \
            or any(_mark(w) for w in words[close + 1:verb.index]):
        return k
    return words[opening - 1]


def _titled_work(s: Parsed, k: Word, verb: Word) -> bool:
    """`His 1971 book, "Rivers of Iron," argued ...`: the subject a noun for a work (lexicon WORK_NOUNS) whose
    title, in marks set off by commas, stands between it and the verb, the only quotation there: the work
    speaks, its title is no one's words."""
    w = s.words
    i = k.index
    if k.text.lower() not in WORK_NOUNS or i + 3 >= verb.index or w[i + 1].text != "," \
            or w[i + 2].text.strip(MARK_CHARS) != "":
        return False
    marks = [j for j in range(i + 3, verb.index) if w[j].text.strip(MARK_CHARS) == ""]
    if len(marks) != 1:
        return False
    rest = [x.text for x in w[marks[0] + 1:verb.index]]
    return rest == [","] or rest == [] and w[marks[0] - 1].text == ","


def _quoted_in_phrase(s: Parsed, k: Word, verb: Word) -> bool:
    """`The "experts" said ...`, `the so-called "watchdog" warned ...`: the subject's head is a term the writer
    quotes inside a noun phrase of the narration's own (a word of the subject's, its determiner or modifier,
    stands right before the opening mark), the only quotation between it and the verb: the whole phrase,
    marks and all, is the subject, not words within a quotation."""
    marks = [w.index for w in s.words[:verb.index] if w.text.strip(MARK_CHARS) == ""]
    opening = max((i for i in marks if i < k.index), default=None)
    closing = [i for i in marks if i > k.index]
    if opening is None or opening == 0 or len(closing) != 1:
        return False
    lead = s.words[opening - 1]
    inner = s.words[opening + 1:closing[0]]
    return lead.head == k.index and lead.deprel in ("det", "amod", "nmod:poss") \
        and all(w.index == k.index or opening < w.head < closing[0] or w.head == k.index for w in inner)


def _weekday_subject(s: Parsed, verb: Word) -> Word | None:
    """`The Tories Sunday said ...` parsed with the weekday as the subject and the name hung from it: a
    weekday right before the cue, after a name (`_weekday_after_name`), is when it was said; the name's last
    word before it heads the subject."""
    i = verb.index - 1
    while i > 0 and s.words[i].upos == "ADV" and s.words[i].text[:1].islower():
        i -= 1  # (`The Tories Sunday again said`)
    day = s.words[i] if i > 0 else None
    if day is not None and i > 1 and day.text.lower() in DAY_PARTS and s.words[i - 1].text.lower() in WEEKDAYS:
        i -= 1  # `Ruiz Monday night said`: the part of the day heads the time
    if day is None or day.head != verb.index or day.deprel not in _SUBJECTS or not _weekday_after_name(s, i):
        return None
    return s.words[i - 1]


def _told_listener(verb: Word) -> bool:
    """`..., Sen. Tom Vale told POLITICO.`: `tell` takes the one told right after it and is never
    inverted (`"...," said Vale`, never `told Vale`): a noun phrase after it is its listener, whatever
    the parse made of it, not its subject."""
    return verb.text.lower() in TELL_FORMS


def _name_before_apposition(s: Parsed, verb: Word) -> Word | None:
    """`Anna Berg, a spokeswoman for the ministry, said` parsed with the name and the description set
    off after it as two subjects: the name, first, with a comma (or dash: `Jo Hart -- a teacher --
    says`) after it and another subject closed by one right before the verb (not `The plan, Trump
    said, will fail`); or a description opened by `a`, `an` or `the` that runs on to the verb with no
    mark closing it (`Sam Lau, the party's spokesman said in a statement`), where no comma follows the
    verb (`Clinton, an aide said, is confident`: the aide's words); a lone capitalised word before a
    description set off so is a name whatever its tag (`_lone_name_before_apposition`)."""
    if (lone := _lone_name_before_apposition(s, verb)) is not None:
        return lone
    subjects = [k for k in s.kids[verb.index] if k.deprel == "nsubj" and k.index < verb.index
                and not time_word(k.text) and not demonstrative(k.text)
                and (not _mark_between(s, k.index, verb.index)
                     or k.upos != "PROPN" and _title_in_apposition(s, k.index, verb.index))]  # a name's: the span rule's
    if len(subjects) < 2 or subjects[0].upos not in NOUN_UPOS and not _dashed_description(s, subjects[0], subjects[-1]):
        return None
    own = max(w.index for w in s.subtree(subjects[0]) if w.index < subjects[-1].index and w.upos != "PUNCT")
    while s.words[own + 1].text in (")", "]"):
        own += 1  # `The spokesman for the Office of Aid (OA), Jo Hart, said`: past the initials' bracket
    if (_common_description(s, subjects[0]) or _bare_office(s, subjects[0]) and own == subjects[0].index
                                                      and subjects[-1].index == own + 2) \
            and s.words[own + 1].text == "," \
            and (subjects[-1].upos == "PROPN" or _titled_name_start(s, own + 2) != own + 2) \
            and not any(k.deprel == "det" and k.text.lower() in INDEFINITE_ARTICLES for k in s.kids[subjects[-1].index]):
        return None  # `His mother, Karen Miles, said`, `The engineer in charge, Dr. Lena Fox, said`: a description
        # (its own phrase too), then the name (`description-before-name`);
        # `The mayor, a Democrat, said`: `a` makes the capitalised word a description, no name
    first, end = subjects[0], subjects[0].index
    while end + 1 < verb.index and (s.words[end + 1].upos == "PROPN" and (
            s.words[end + 1].head == first.index or s.words[end + 1] in subjects) or _run_word(s, end + 1)):
        end += 1  # `Anna Berg`, `Former House speaker Jo Hart`, however the parse hung them
    before = verb.index - 1
    while before > end and s.words[before].head == verb.index and s.words[before].upos in _VERB_GROUP_TAGS:
        before -= 1
    if before - 1 > end and s.words[before].text.strip(MARK_CHARS) == "" and s.words[before - 1].text == ",":
        before -= 1  # `The mayor, a fan of "Gone Girl," said`: the closing comma stands within the closing mark
    phrase_end = max(end, max(w.index for w in s.words if w.end <= s.span(first)[1]))  # `Tom Cole of Ohio,`
    opened = next((e + 1 for e in (end, phrase_end) if _sets_off(s, e + 1) and subjects[-1].index > e),
                  None)
    if opened is None or s.words[opened].text != "," and not _full_name(s, first.index, end) \
            and not _dashed_description(s, first, subjects[-1]):
        return None
    if _sets_off(s, before):
        return first if s.words[before].text == s.words[opened].text else None
    if not _full_name(s, first.index, end):
        return None
    unclosed = s.words[opened].text in _CLAUSE_BREAKS and s.words[opened + 1].text.lower() in _APPOSITION_OPENERS and not any(
        w.text in _CLAUSE_BREAKS or w.text.strip(MARK_CHARS) == "" for w in s.words[opened + 1:verb.index])
    after = s.words[verb.index + 1].text if verb.index + 1 < len(s.words) else ""
    return first if unclosed and after not in _CLAUSE_BREAKS else None


_DASHED_HEADS = frozenset({"NOUN", "PROPN"})  # what a description set off by dashes may follow


def _dashed_description(s: Parsed, first: Word, last: Word) -> bool:
    """`The union - a group of nurses - said`, `The mayor -- a Democrat -- said`: a noun's phrase (a common noun's,
    or a name's: `Hart - the first woman in the post - said`), then a dash set off by spaces (`_aside_break`)
    and a description opened by an article or a superlative (`_dash_description_opens`: `The union - the largest
    in the state - said`), the head `last` of that description: an apposition set off as commas set one off, not
    the speaker."""
    opening = max(w.index for w in s.subtree(first) if w.index < last.index and w.upos != "PUNCT") + 1
    return first.upos in _DASHED_HEADS and opening + 1 < last.index and _dash_description_opens(s, opening)


# The earliest word the comma closing `Zhou, the champion,` may be: after the name, its comma, the article and a noun.
_APPOSITION_CLOSE_LEAST = 4


def _lone_name_before_apposition(s: Parsed, verb: Word) -> Word | None:
    """`Zhou, the defending champion, said ...` with the lone name taken for an interjection: a capitalised
    word opening the sentence, a comma, a description opened by `a`, `an` or `the` with no mark in it, and a
    comma right before the verb (its auxiliaries and adverbs between): only an apposition closes so, so the
    word is the subject (`Meanwhile, the coach said`, with no comma before the verb, is the coach's; a linking
    adverb, an answer word or a time never names anyone); a pair of dashes set off by spaces sets the
    description off as commas do (`Hart - a Democrat from Ohio - said`)."""
    words = s.words
    before = verb.index - 1
    while before > 0 and words[before].head == verb.index and words[before].upos in _VERB_GROUP_TAGS:
        before -= 1
    if verb.xpos not in _FINITE or before < _APPOSITION_CLOSE_LEAST or not _aside_break(s, before) or not _aside_break(s, 1) \
            or words[before].text != words[1].text \
            or words[2].text.lower() not in _APPOSITION_OPENERS | APPOSITION_ADVERBS:
        return None  # (`X, formerly Twitter, said`: an apposition of a former name; `Hart - a Democrat -
        # said`: a pair of dashes set off by spaces sets it off too)
    first = words[0]
    if not (first.text[:1].isupper() and first.text.isalpha()) or first.upos in ("ADV", "SCONJ", "CCONJ", "ADP", "PRON", "DET") \
            or _linking_adverb(s, 0) or time_word(first.text) or first.text.lower() in ANSWER_WORDS:
        return None
    if any(w.text in _CLAUSE_BREAKS or w.text.strip(MARK_CHARS) == "" or w.upos == "VERB" for w in words[2:before]):
        return None  # a comma, a mark or a verb inside: no plain description
    return first


def _common_description(s: Parsed, w: Word) -> bool:
    """A subject that describes rather than names: a common noun (`His mother`, `The engineer in charge`), or
    an office the tagger took for a name after `the`, with its own phrase after it (`The Director-General of
    the agency`, `the Chief Justice of Nigeria`: an office word, or one after a hyphen; not `The Governor, Mr
    Ade Bello, ...` alone, whose set-off name the span rules join to it)."""
    if w.upos == "NOUN":
        return True
    low = w.text.lower().rstrip(".")
    return any(k.deprel == "det" and k.text.lower() == "the" for k in s.kids[w.index]) \
        and any(k.deprel == "nmod" and k.index > w.index for k in s.kids[w.index]) \
        and (low in ROLE_WORDS or low.rsplit("-", 1)[-1] in ROLE_WORDS)


def _bare_office(s: Parsed, w: Word) -> bool:
    """An office word the tagger took for a name, right after `the` opening the sentence (`The Speaker`, `The
    Chairman`: lexicon ROLE_WORDS): a title needs no article before a name, so `the` makes the office a
    description (`The Speaker, Lindsay Hart, ruled ...`: of the one named right after its comma)."""
    return w.index == 1 and s.words[0].text.lower() == "the" and s.words[0].head == w.index \
        and w.text.lower().rstrip(".") in ROLE_WORDS


def _full_name(s: Parsed, first: int, last: int) -> bool:
    """Whether the words from `first` to `last` are a name of two words or more, each capitalised (`Sam
    Lau`, not `Regardless` or `a quarter`)."""
    return last > first and all(w.upos == "PROPN" and w.text[:1].isupper() for w in s.words[first:last + 1])


def _sets_off(s: Parsed, i: int) -> bool:
    """Whether word `i` may set an apposition off: a comma or dash (`_CLAUSE_BREAKS`), or a hyphen set off by
    spaces standing for a dash (`_aside_break`: `The union - the largest in the state - said`)."""
    return s.words[i].text in _CLAUSE_BREAKS or _aside_break(s, i)


_APPOSITION_OPENERS = ARTICLES  # `Sam Lau, the party's spokesman said`


def _parenthetical_subject(s: Parsed, verb: Word) -> Word | None:
    """`The mayor, Ruiz said, had been warned`: a reporting clause set inside the sentence it reports,
    its verb followed by a comma, whose subject the parse joined to the noun phrase before the comma as
    a conjunct with no `and` or `or`: the name right before the verb alone speaks."""
    if verb.index + 1 >= len(s.words) or s.words[verb.index + 1].text != ",":
        return None
    for k in s.kids[verb.index]:
        if k.deprel != "nsubj" or k.index > verb.index:
            continue
        for c in s.kids[k.index]:
            last = s.word_range(s.span(c))[1]
            name = all(w.text[:1].isupper() for w in s.words[c.index:last + 1])  # not `, president of ...`
            if c.deprel == "conj" and last == verb.index - 1 and s.words[c.index - 1].text == "," and name \
                    and not any(x.deprel == "cc" for x in s.kids[c.index]) and c.upos == "PROPN":
                return c
    return None


def _relative_tagged_noun(s: Parsed, verb: Word) -> Word | None:
    """`the news, which analysts said reflected ...`, `a move that economists said would ...`, `the coach, who
    fans call "..."`: a finite cue right after a relative pronoun (`which`, `that`, `who`, `whom`) and one word
    tagged as a verb that can only end its subject's noun phrase there (a plural or a name,
    `_noun_tagged_verb`): that word speaks, and the relative pronoun belongs to what was said (or is what
    was named), whatever the parse made of them."""
    i = verb.index
    if verb.xpos not in _FINITE or i < 2 or not relative_pronoun(s.words[i - 2].text) \
            or not _noun_tagged_verb(s, s.words[i - 1]):
        return None
    return s.words[i - 1]


def _misread_main_verb(s: Parsed, verb: Word) -> Word | None:
    """`Hundreds of farmers marched through the capital, chanting "..."`, `Students marched through the
    square and chanted "..."`: the subject of the past form the parse misread (`_misread_past`): the noun
    phrase right before it, which opens its clause."""
    joined = _joined_past(s, verb)
    past = _misread_past(s, verb.index if joined else None)
    if past is None or not joined and (verb.xpos != "VBG" or s.words[verb.index - 1].text != ",") \
            or verb.index < past.index:
        return None  # (the parse may have made the participle the root, holding the words before it)
    noun = s.words[past.index - 1]
    while noun.deprel in _HEAD_STEPS and 0 <= noun.head < noun.index:
        noun = s.words[noun.head]
    return noun if _run_start(s, noun.index) is not None else None


_NOUN_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})  # words of a plain noun phrase


def _dash_aside_opener(w: Word) -> bool:
    """Whether `w` may open an aside set off by dashes after a noun phrase, about it or about the saying: a
    preposition (`- in a letter to the board -`), a word opening examples of its members (`- including two
    who sit on the board -`, lexicon MEMBER_EXAMPLE_OPENERS), a relative pronoun (`- who guarded the governor
    -`) or the first word of a description (`- a former nurse at the clinic -`, `- the mayor's sister -`,
    `- angry at the vote -`); not a subject pronoun and its verb (`- he said -`), a clause of its own."""
    return w.upos in ("ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN") or w.text.lower() in MEMBER_EXAMPLE_OPENERS \
        or relative_pronoun(w.text)


def _dash_aside_host(s: Parsed, verb: Word) -> Word | None:
    """`The union - in a letter to the board - warned that ...`, `Mr. Vale -- in a remark aimed at the governor
    -- declared ...`, `Several economists - including two who sit on the board - warned that ...`, `Ann Lowe
    - a nurse at the clinic - told ...`: a verb right after the second of two dashes set off by spaces, the
    first right after a plain noun phrase that opens the sentence or its clause (`dash_aside_opening`: a
    name's capitalised words however tagged, an owner's `'s`), the aside between them opened by a
    preposition, examples of the phrase's members or a description (a relative clause is `aside-host`'s), is
    that noun phrase's verb: the aside tells where or how it was said, or who the speaker is, whatever the parse hung
    from its words; the phrase's last word is its head (`Mr. Vale`)."""
    words = s.words
    if verb.xpos not in _FINITE | {"VBN"} or any(k.deprel.startswith("aux") or k.deprel in ("cc", "mark")
                                                 for k in s.kids[verb.index]):
        return None
    close = _closing_comma(s, verb)
    found = None if close is None else dash_aside_opening(s, close)
    if found is None or relative_pronoun(words[found[1] + 1].text):
        return None  # (`Ruiz - who said ... - announced`: a relative clause set off is `aside-host`'s to read)
    return words[found[1] - 1]


def dash_aside_opening(s: Parsed, close: int) -> tuple[int, int] | None:
    """The indices of a noun phrase's first word and of the dash opening the aside that the dash at `close`
    closes, where the aside opens with `_dash_aside_opener` right after a plain noun phrase that opens the
    sentence, or its clause after a fronted phrase with no verb of its own closed by a comma (`In the book,
    Byrne - who ... -`, `Even so, some economists - including ... -`), its last word a noun or name (`Ann
    Lowe - a nurse at the clinic -`, `Several economists - including two on the board -`); else None."""
    words = s.words
    if words[close].text not in _DASHES or not _aside_break(s, close):
        return None
    opening = next((i for i in range(close - 1, 0, -1) if words[i].text in _DASHES and _aside_break(s, i)), None)
    if opening is None or opening + 1 >= close or not _dash_aside_opener(words[opening + 1]) \
            or words[opening - 1].upos not in NOUN_UPOS:
        return None
    start = next((i + 1 for i in range(opening - 1, -1, -1) if words[i].text == ","), 0)
    if any(w.xpos in _FINITE or w.upos == "AUX" for w in words[:start]) or start == opening \
            or not all(w.upos in _NOUN_PHRASE_TAGS or w.xpos in OWNER_TAGS or w.text[:1].isupper()
                       for w in words[start:opening]):
        return None  # (`Prices rose, the mayor - ... -`: a clause before the comma, no fronted phrase)
    return start, opening


def _fronted_participle_object(s: Parsed, verb: Word) -> Word | None:
    """`Addressing journalists in Abuja, the chairman, Mr Adams Bello, said ...`: a sentence opened by an
    `-ing` participle's phrase (not a preposition's: `According to`, `Following`) closed by a comma, whose
    words the parse gave the finite verb after them for its subject (`journalists`), or none where a
    description and a name set off after it follow (the parse hung them from its object), is the writer's
    free adjunct: the verb's subject is the noun phrase right before the verb (and its adverbs), after the
    comma before it or, where a comma closes it, after the comma before the description and its name set
    off (`..., many of them angry, the party's chief, Jo Hart, said`); its head, the last noun before any
    name set off after it, read from the words."""
    words = s.words
    if verb.xpos not in _FINITE:
        return None
    subjects = [k for k in s.kids[verb.index] if k.deprel in _SUBJECTS]
    first = next((w for w in words if w.upos != "PUNCT"), None)
    if len(subjects) > 1 or first is None or first.xpos != "VBG" or first.upos != "VERB" \
            or preposition(first.text) or first.text.lower() == "according" or (
                first.index + 1 < len(words) and words[first.index + 1].text.lower() in APOSTROPHE_S):
        return None  # `Beijing's envoy, Liu Chen, told ...`: a name's `'s`, whatever the tag of its `-ing`
    end = verb.index
    while end > first.index + 1 and words[end - 1].upos == "ADV":
        end -= 1  # `..., Jo Hart, bluntly said`
    commas = [i for i in range(first.index + 1, end) if words[i].text == ","]
    if not commas:
        return None
    if commas[-1] == end - 1:  # a description and its name set off: `, the chairman, Mr Adams Bello,`
        comma = commas[-3] if len(commas) >= 3 else commas[0]
    else:
        comma = commas[-1]
    if subjects and not first.index < subjects[0].index < comma:
        return None
    between = words[comma + 1:end]
    if not between or _mark_between(s, comma, verb.index) or any(
            w.upos in ("VERB", "AUX", "SCONJ", "CCONJ") or relative_pronoun(w.text) for w in between):
        return None
    cut = next((k for k, w in enumerate(between) if w.text == ","), len(between))
    phrase = between[:cut]
    if not subjects and not (phrase and cut < len(between) and (phrase[0].upos == "DET" or phrase[0].xpos == "PRP$")):
        return None  # with no subject parsed, only a description and the name set off after it (`Suu Kyi, 70,`
        # is `chain-before-comma`'s)
    return next((w for w in reversed(phrase) if w.upos in _NOMINAL), None)  # its head, before a name set off


def _relative_before_aside(s: Parsed, verb: Word) -> Word | None:
    """`the staff, who, on a press call Friday, criticized ...`: a finite verb with no subject of its own right
    after a phrase set off by commas (no verb, no quotation in it) that follows a relative pronoun (`who`,
    `which`) has that pronoun for its subject, read from the words however the parse hung the verb."""
    if verb.xpos not in _FINITE or any(k.deprel in _SUBJECTS or k.deprel in ("cc", "mark") for k in s.kids[verb.index]):
        return None
    close = _closing_comma(s, verb)
    if close is None or s.words[close].text != ",":
        return None
    opening = next((i for i in range(close - 1, 0, -1) if s.words[i].text == ","), None)
    if opening is None or opening + 1 >= close or any(
            w.upos in ("VERB", "AUX", "PUNCT") for w in s.words[opening + 1:close]):
        return None
    pronoun = s.words[opening - 1]
    if not relative_pronoun(pronoun.text) or pronoun.text.lower() == "that" or pronoun.upos != "PRON":
        return None
    return pronoun


def _issuer(s: Parsed, verb: Word) -> Word | None:
    """`The town issued a statement saying ...`, `The paper ran a piece that noted ...`: a text that an
    issuing verb puts out speaks for the one who issued it: that verb's subject."""
    if verb.head < 0 or not verb.deprel.startswith("acl"):
        return None
    text = s.words[verb.head]
    if text.deprel != "obj" or text.head < 0 or s.words[text.head].lemma not in ISSUING_VERBS:
        return None
    return _subject(s, s.words[text.head])


def _prepositional_gerund(s: Parsed, w: Word) -> bool:
    """`of criticizing`, `from entering`, `by saying`: an `-ing` form a preposition opens (not `with`, whose
    noun does the act, nor `like` or `as`)."""
    return w.xpos == "VBG" and any(k.deprel in ("mark", "case") and k.upos in ("ADP", "SCONJ") and k.index < w.index
                                   and k.lemma not in _GERUND_ACTORS for k in s.kids[w.index])


_GERUND_ACTORS = frozenset({"with", "like", "as"})  # `with Lee saying`: the noun after them does the act


def _gerund_holder(s: Parsed, verb: Word) -> Word | None:
    """The gerund a preposition opens (`_prepositional_gerund`) that holds a cue in `-ing`: the cue itself
    (`the step of criticizing the police`), or the gerund it is joined to (`of criticizing the police, accusing
    ...`); None for any other cue."""
    if verb.xpos != "VBG" or verb.head < 0:
        return None
    g = verb if _prepositional_gerund(s, verb) else s.words[verb.head]
    return g if g is verb or verb.deprel in ("conj", "advcl", "parataxis") and _prepositional_gerund(s, g) else None


def _gerund_doer(s: Parsed, verb: Word) -> Word | None:
    """`took the step of criticizing the police, accusing ...`, `made a point of noting ...`: a gerund
    after a preposition, or a participle joined to one, is done by the subject of the clause that
    holds the phrase, not by the noun the phrase hangs from (`step`, `point`): climb past nouns,
    infinitives and such gerunds to the first verb that has a subject of its own."""
    g = _gerund_holder(s, verb)
    if g is None or g.head < 0 or not g.deprel.startswith(("acl", "advcl")):
        return None
    w, steps = s.words[g.head], 0
    while steps < _ADJUNCT_STEPS:
        kids = s.kids[w.index]
        if w.upos in VERB_UPOS and any(k.deprel in _SUBJECTS for k in kids):
            return _subject(s, w)
        if w.head < 0 or not (w.upos in _NOMINAL or to_infinitive(kids) or _prepositional_gerund(s, w)):
            return None
        w, steps = s.words[w.head], steps + 1
    return None


def _judged_doer(s: Parsed, verb: Word) -> Word | None:
    """`Critics attacked the senator for claiming that ...`, `thanked the nurses for telling her ...`: a cue in
    `-ing` after `for` (or the verb's own charge preposition, `accused her of saying`), or a participle joined
    to one, hung from an active verb of judging someone (lexicon JUDGING_VERBS) or from its object, verdict or
    charge (`slammed Ruiz as elitist for suggesting`), is done by the one judged, the verb's object, never the
    judge.  Only for a cue of saying: words quoted after another deed are the judge's (`applauded him for
    fighting "over and over again"`: hers), and so are those a naming verb gives (`mocked Lee for calling
    himself "..."`: annotators credit the mocking) or a verb of implying (`slammed the plan for implying
    "..."`: lexicon IMPLYING_VERBS, the judge's wording); not the passive (`Lee was attacked for saying ...`:
    measured, PolNeAR dev fell)."""
    g = _gerund_holder(s, verb)
    if g is None or not _is_cue_verb(verb) or verb.lemma in IMPLYING_VERBS:
        return None
    opener = next(k for k in s.kids[g.index] if k.deprel in ("mark", "case") and k.index < g.index)
    w, steps = g, 0
    while w.head >= 0 and steps < _ADJUNCT_STEPS:
        w, steps = s.words[w.head], steps + 1
        if w.upos == "VERB":
            break
        if w.upos not in _NOMINAL | {"ADJ"}:
            return None
    held = _judged_relative_head(s, w, g)  # `praised the woman who runs the shelter for insisting ...`
    if held is not None:
        return held
    if w.upos != "VERB" or w.lemma not in JUDGING_VERBS \
            or opener.lemma not in (JUDGED_DEED_PREPOSITION, CHARGE_VERBS.get(w.lemma)):
        return None
    kids = s.kids[w.index]
    if any(k.deprel == "aux:pass" for k in kids):
        return _passive_judged(s, w, g)
    judged = next((k for k in kids if k.deprel == "obj" and k.upos in _NOMINAL), None)
    fronted = opener.index == 0 and g.index < w.index  # `For saying that ..., rivals attacked the senator`
    if judged is None or judged.index > g.index and not fronted:
        return None
    if relative_pronoun(judged.text):  # `the nurses, whom she thanked for ...`: the clause's noun
        return s.words[w.head] if w.deprel.startswith("acl") and w.head >= 0 else None
    return judged


def _passive_judged(s: Parsed, verb: Word, deed: Word) -> Word | None:
    """`For suggesting that the vote was rigged, the senator was attacked by rivals`, `The senator was attacked by
    rivals for suggesting ...`: a passive verb of judging (`verb`) with its agent named after `by`: the one judged,
    the passive's subject, did the deed (`deed`), never the agent; None where no agent is named (the rules after
    give the subject then) or the subject is a relative pronoun (its noun is the rules' after)."""
    kids = s.kids[verb.index]
    judged = next((k for k in kids if k.deprel == "nsubj:pass" and k.upos in _NOMINAL), None)
    if judged is None or _passive_agent(s, verb) is None or relative_pronoun(judged.text) \
            or deed in s.subtree(judged):
        return None
    return judged


def _judged_relative_head(s: Parsed, verb: Word, deed: Word) -> Word | None:
    """`Lee praised the woman who runs the shelter for insisting that ...`: a cue in `-ing` after `for` that the
    parse hung from a verb that judges no one (`verb`: `runs`) in a relative clause on the object of an active verb
    of judging, after that clause's own words: the deed is the one judged, the object (the relative clause names
    who she is); else None."""
    if verb.upos != "VERB" or verb.lemma in JUDGING_VERBS or verb.deprel != "acl:relcl" or verb.head < 0:
        return None
    noun = s.words[verb.head]
    judge = s.words[noun.head] if noun.head >= 0 else None
    opener = next((k for k in s.kids[deed.index] if k.deprel in ("mark", "case") and k.index < deed.index), None)
    if judge is None or noun.deprel != "obj" or judge.upos != "VERB" or judge.lemma not in JUDGING_VERBS \
            or opener is None or opener.lemma not in (JUDGED_DEED_PREPOSITION, CHARGE_VERBS.get(judge.lemma)) \
            or any(k.deprel == "aux:pass" for k in s.kids[judge.index]) or deed.index < noun.index:
        return None
    return noun


def _passive_modifier(s: Parsed, verb: Word) -> Word | bool | None:
    """`Lee, when asked about the plan, ...`, `buyers who were told ...`: a verb of asking or telling in
    the passive, modifying a noun (or bare after `when`, however the parse hung it), names the one asked
    or told, never who spoke; with no agent (`by X`, the rule before) nobody is named.  Passive: with
    `was` (a subject alone makes no passive), or bare after `when`, `if`, `once` ... (however the tagger
    took the form)."""
    if verb.head < 0 or verb.xpos not in ("VBN", "VBD") or verb.lemma not in LISTENER_VERBS \
            or not verb.deprel.startswith(("acl", "advcl")):
        return None
    kids = s.kids[verb.index]
    opener = s.words[verb.index - 1].text.lower() if verb.index else ""
    passive = verb.deprel.startswith("acl") and any(k.deprel == "aux:pass" for k in kids)  # not `doctors warned`
    reduced = opener in REDUCED_CLAUSE_OPENERS and not any(k.deprel in _SUBJECTS or k.deprel.startswith("aux")
                                                           for k in kids)
    return _NOBODY if passive or reduced else None


def _passive_relative(s: Parsed, verb: Word) -> bool | None:
    """`the senator, who was declared the winner`, `the plan, which was announced on Friday, would ...`: a cue
    in the passive, with `be`, in a clause on the noun it modifies (the parse's relative clause, or a passive
    subject `who`, `which` or `that` after a word, however the parse hung the clause) names the thing said or
    announced, never who spoke: nobody is named (`by X` is `passive-agent`'s).  Only with `be`: a bare past
    form after a noun may be the noun's own verb (`advocates in the community called for ...`).  A name
    quoted after the passive (`towns that are often labeled the "flyover country"`) is the noun's name in
    unnamed others' words: nobody's, a term (`agentless-term`)."""
    kids = s.kids[verb.index]
    if verb.xpos != "VBN" or not any(k.deprel == "aux:pass" for k in kids) or to_infinitive(kids):
        return None  # (not `to be removed`: no relative clause's tense, whatever the parse hung it from)
    relative = any(k.deprel == "nsubj:pass" and k.index > 0 and relative_pronoun(k.text) for k in kids)
    return _NOBODY if relative or (verb.deprel.startswith("acl") and 0 <= verb.head < verb.index) else None


def _asked_aside(s: Parsed, verb: Word) -> bool | None:
    """`Ruiz, asked about the deaths, said ...`: a verb of asking or telling in `-ed` opening a phrase set
    off by commas right after a noun, with a verb after its closing comma (`_opens_participle_after_noun`), is
    a participle whatever the parse made of it (a main verb with that noun for its subject): it names
    the one asked or told, and nobody is named as speaking."""
    if verb.xpos not in ("VBN", "VBD") or verb.lemma not in LISTENER_VERBS or not _opens_participle_after_noun(s, verb):
        return None
    return _NOBODY


def _misread_relative(s: Parsed, verb: Word) -> Word | None:
    """`... while doctors warned of a crisis`, `a town where most residents say` parsed as a relative
    clause of an earlier noun with no subject: a finite verb takes a subject, and a noun phrase right
    before it that is not the noun it is said to modify is that subject (`_noun_before`)."""
    if verb.head < 0 or not verb.deprel.startswith("acl") or verb.xpos not in ("VBD", "VBZ", "VBP") \
            or any(k.deprel in _SUBJECTS or k.deprel.startswith("aux") for k in s.kids[verb.index]):
        return None
    noun = _noun_before(s, verb)
    if noun is None or noun.index == verb.head or relative_pronoun(noun.text) \
            or s.words[verb.index - 1].text == ",":
        return None
    return noun


def _have_to_say(s: Parsed, verb: Word) -> Word | None:
    """`Lee has nothing but kind things to say about the clinic`, `will have more to say about it`: an
    infinitive of a verb of saying right after the noun phrase that `have` takes as its object (what there
    is to say) is said by the subject of `have`, read from the words (the parse hangs the infinitive from
    that noun, whose phrase is no speaker)."""
    words = s.words
    if verb.xpos != "VB" or verb.lemma not in SAY_VERBS or verb.index < 3 or words[verb.index - 1].text.lower() != "to":
        return None
    k = verb.index - 2
    while k > 0 and words[k].lemma != "have" and (words[k].upos in ("DET", "ADJ", "NOUN", "PRON", "ADV", "NUM")
                                                 or words[k].text.lower() == "but"):  # `nothing but kind things`
        k -= 1
    have = words[k]
    if have.lemma != "have" or have.upos not in VERB_UPOS or k == verb.index - 2:
        return None
    return _nominal_subject_of(s, have)


def _infinitive_doer(s: Parsed, verb: Word) -> Word | None:
    """`Lee took the chance to comment on the vote`, `was under pressure to pledge that ...`: a
    `to`-infinitive modifying a noun with no owner (a chance, pressure, a request) is not done by that
    noun but by the subject of the clause that holds the noun (one with an owner, `the campaign's
    decision to tell`, is left to `relative-head`, whose phrase holds the owner)."""
    if verb.head < 0 or verb.deprel != "acl" or not to_infinitive(s.kids[verb.index]):
        return None
    w = s.words[verb.head]
    if w.upos not in _NOMINAL or w.index != verb.index - 2:
        return None  # the noun right before `to` (not `a minister whose plan to ...`, the plan's)
    if any(k.deprel == "nmod:poss" or k.text.lower() == "whose" for k in s.kids[w.index]):
        return None  # `the campaign's decision to tell`: the owner, within the noun's own phrase
    for _ in range(_ADJUNCT_STEPS):
        if w.head < 0:
            return None
        w = s.words[w.head]
        if w.upos in VERB_UPOS and any(k.deprel in _SUBJECTS for k in s.kids[w.index]):
            return _subject(s, w)
        if w.upos not in _NOMINAL:
            return None
    return None


def _text_participle(s: Parsed, verb: Word) -> bool:
    """`a photo captioned "..."`, `a note posted online`: a passive participle of putting out a text
    (lexicon ISSUING_VERBS) set on a noun that a verb of its own governs, with no subject or auxiliary
    of its own and no colon after it: the noun is the text or what bears it, and no subject of the
    sentence is its author (not `Ann Ruiz, an aide, tweeted: "..."`, however the parse hung the verb)."""
    if verb.xpos != "VBN" or verb.lemma not in ISSUING_VERBS or not verb.deprel.startswith("acl") or verb.head < 0:
        return False
    noun = s.words[verb.head]
    nxt = s.words[verb.index + 1] if verb.index + 1 < len(s.words) else None
    return noun.head >= 0 and s.words[noun.head].upos == "VERB" and (nxt is None or nxt.text != ":") \
        and not any(k.deprel in ("nsubj", "aux", "aux:pass") for k in s.kids[verb.index])


def _opening_noun_participle(s: Parsed, verb: Word) -> Word | None:
    """`A report saying the plant would close alarmed the town`, `The mayor's comments saying ...`: an `-ing` cue
    with no subject of its own right after a noun that ends the noun phrase opening its sentence (determiners,
    adjectives, names, numbers and owners' marks before it; no comma) is done by that noun phrase, whatever the
    parse hung the cue from (a later verb whose own subject is within the report); else None."""
    if verb.xpos != "VBG" or verb.index < 1 or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    noun = s.words[verb.index - 1]
    if noun.upos not in NOUN_UPOS or time_word(noun.text) or any(
            w.upos not in _NOUN_PHRASE_TAGS and w.xpos not in OWNER_TAGS for w in s.words[:noun.index]):
        return None
    return noun


def _relative_head(s: Parsed, verb: Word) -> Word | None:
    """`the official who said`, `officials speaking on condition ...`: the noun the clause modifies; not
    the noun a passive participle of putting out a text modifies (`a photo captioned "..."`, `a note
    posted online`, lexicon ISSUING_VERBS): that noun is the text or what bears it, not its author."""
    if _text_participle(s, verb):
        return None
    if verb.head < 0 or not verb.deprel.startswith("acl"):
        return None
    return _agent_phrase_owner(s, verb) or s.words[verb.head]


def _agent_phrase_owner(s: Parsed, verb: Word) -> Word | None:
    """`Migrants interviewed by reporters described being beaten`: a past form of a cue hung from the agent of a
    passive participle that itself modifies a noun, in a sentence with no finite verb anywhere, is the sentence's
    own verb (a sentence has one): the noun the participle modifies speaks, not the agent (`Officials briefed
    by aides described ...`); else None."""
    words = s.words
    agent = words[verb.head]
    if verb.xpos not in ("VBD", "VBN") or agent.deprel != "obl:agent" or agent.head < 0 \
            or any(w.xpos in _FINITE for w in words):
        return None
    participle = words[agent.head]
    if participle.xpos != "VBN" or not participle.deprel.startswith("acl") or participle.head < 0 \
            or words[participle.head].upos not in _NOMINAL:
        return None
    return words[participle.head]


def _object_control(s: Parsed, verb: Word) -> Word | None:
    """`led Republicans to say`, `forced the mayor to admit`: after a verb that makes or lets someone do
    it (`OBJECT_CONTROL`), the first object, the infinitive a complement or (however the parse took it)
    a purpose; not after a request or a wish (`urged voters to say`, `called her to say`, `wants voters
    to recall`): what is asked for is the asker's report, the one asked says nothing yet."""
    if verb.head < 0 or not _controlled(s, verb):
        return None
    governor = s.words[verb.head]
    infinitive = verb.deprel == "xcomp" or (verb.deprel == "advcl" and to_infinitive(s.kids[verb.index]))
    if infinitive and verb.xpos == "VB" and governor.lemma in OBJECT_CONTROL:
        objects = [k for k in s.kids[governor.index] if k.deprel in OBJECT_RELS and k.index < verb.index]
        if objects:
            return objects[0]
    return None


def _perceived_doer(s: Parsed, verb: Word) -> Word | None:
    """`watched the mayor's rivals calling her a "fraud"`, `heard the governor promising ...`, `think of
    Lee saying ...`: a participle right after the object of a verb of perceiving or showing, or after
    a noun phrase opened by `of`, with nothing but adverbs between (no comma: not set off), is what
    that noun phrase does, not the subject of the verb it hangs from: that phrase's head."""
    if verb.xpos != "VBG" or verb.head < 0 or verb.head > verb.index:
        return None
    governor, i = s.words[verb.head], verb.index - 1
    while i >= 0 and s.words[i].upos == "ADV" and s.words[i].head == verb.index:
        i -= 1  # `Lee privately saying`
    for k in s.kids[governor.index]:
        if k.index >= verb.index or k.upos not in _NOMINAL or s.subtree(k)[-1].index != i:
            continue
        first = s.subtree(k)[0]
        if (k.deprel == "obj" and governor.lemma in PERCEPTION_VERBS) or (
                k.deprel.startswith("obl") and first.lemma == "of" and first.head == k.index):
            return k
    return None


def _passive_control(s: Parsed, verb: Word) -> Word | None:
    """`Trump was prompted to say`, `was forced out and said`: the one who speaks; not for a cue joined to a
    clause a cue before it reports (`_report_joined`: `Lee said the plan was drafted by the council and
    said, "..."`, the reporter's further saying, not the plan's)."""
    if verb.head < 0 or not _controlled(s, verb) or verb.deprel not in ("xcomp", "conj") \
            or _report_joined(s, verb) is not None or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]) \
            or _reporting_host(s, verb, s.words[verb.head]) is not s.words[verb.head]:
        return None  # `..., the court was told`: a conjunct with a subject of its own takes no other; `Fans
        # believe the club will be relegated and say ...`: the reporting verb's (`controller-subject`)
    passive = [k for k in s.kids[s.words[verb.head].index] if k.deprel == "nsubj:pass"]
    return passive[-1] if passive else None


def _raised_perfect(s: Parsed, verb: Word) -> Word | None:
    """`The star is said to have told friends that ...`: a cue's participle right after `to have`, right after a
    passive verb (`is said`, `is understood`, `was reported`): the perfect infinitive's verb, whose speaker is
    the passive's raised subject, read from the words whatever the parse hung the participle from."""
    if not _perfect_infinitive(s, verb) or verb.index < _RAISED_PERFECT_SPAN:
        return None
    passive = s.words[verb.index - _RAISED_PERFECT_SPAN]
    if passive.xpos != "VBN" or not any(k.deprel == "aux:pass" for k in s.kids[passive.index]):
        return None
    raised = [k for k in s.kids[passive.index] if k.deprel == "nsubj:pass" and k.index < passive.index]
    return raised[-1] if raised else None


_RAISED_PERFECT_SPAN = 3  # `said to have told`: the passive three words before the participle


def _clause_preposition_subject(s: Parsed, verb: Word) -> Word | None:
    """`The plant closed after the company said ...`: a finite cue with no subject of its own right
    after a noun phrase opened by `after`, `before`, `since` or `until` (which open clauses too): that
    noun phrase is its subject, whatever the parse made of the preposition; not of a passive cue
    (`after Ruiz was declared the winner`: Ruiz is what was said of, not who said it); nor a noun of a
    happening (`Doctors arrested after the protest said`: lexicon EVENT_NOUNS), which cannot speak."""
    if any(k.deprel.startswith(("nsubj", "csubj", "expl")) and not time_word(k.text)
           and not _subject_of_main_clause(s, k, verb)
           and not (k.index > verb.index and _subject_of_verb_after(s, verb))
           or k.deprel == "aux:pass" for k in s.kids[verb.index]):
        return None  # (`on Tuesday said` with `Tuesday` taken for a subject: none; nor the main clause's, nor
        # the reported clause's: `after the minister said the deal was off`)
    i = verb.index - 1
    finite = verb.xpos in _FINITE or _past_before_quotation(s, verb, set_off=True)  # `as the crowd chanted, "..."`
    while i >= 0 and s.words[i].head == verb.index and s.words[i].upos in _VERB_GROUP_TAGS:
        finite = finite or s.words[i].xpos in _FINITE  # `after the bank had said`
        i -= 1
    if not finite or i < 1:
        return None
    if s.words[i].upos not in _NOMINAL:
        return (_clause_preposition_words(s, i) or (None,))[0]
    head = phrase_head(s, s.words[i], 0, verb.index, FIXED_PART_RELATIONS)
    while head.deprel == "nmod" and 0 <= head.head < head.index and s.words[head.head].upos in _NOMINAL \
            and s.subtree(s.words[head.head])[-1].index == i and not any(
                k.deprel == "case" and k.text.lower() in CLAUSE_PREPOSITIONS for k in s.kids[head.index]):
        head = s.words[head.head]  # `after a farmer from the valley told`: the noun the phrase of place restricts
    sub = s.subtree(head)
    case = next((k for k in s.kids[head.index] if k.deprel == "case" and k.index == sub[0].index), None)
    if case is None or case.text.lower() not in CLAUSE_PREPOSITIONS or sub[-1].index != i or time_word(head.text):
        return (_clause_preposition_words(s, i) or (None,))[0]
    return None if head.text.lower() in EVENT_NOUNS else head  # (`after the protest said`: no speaker)


def _subject_before_conjunct(s: Parsed, verb: Word) -> Word | None:
    """`Lee opposed the bill and Ruiz said ...`, `..., but aides have said`: a finite active verb (or its
    finite auxiliary) right after a noun phrase that a conjunction opens has that noun phrase for its
    subject, however the parse joined the verb to an earlier one: a verb sharing an earlier subject
    follows the conjunction itself, never a bare noun.  A participle's phrase restricting the noun
    (`_restricting_phrase`: `and officials interviewed on Monday said`) stands between them."""
    if verb.head < 0 or not _controlled(s, verb) or any(k.deprel in _SUBJECTS or k.deprel == "aux:pass"
                                                         for k in s.kids[verb.index]):
        return None  # `Crows and ravens are considered ...`: the passive's subject is spoken of
    i, finite = verb.index - 1, verb.xpos in _FINITE
    while i >= 0:
        if s.words[i].head == verb.index and (s.words[i].upos in ("AUX", "ADV") or (
                s.words[i].upos == "PART" and s.words[i].lemma == "not")):
            finite = finite or s.words[i].xpos in _FINITE  # `aides have long said`, not `is to recommend`
            i -= 1
        elif (aside := _adverb_aside(s, i)) is not None:
            i = aside - 1  # `and he, once again, pledged`: an aside of adverbs set off by commas
        elif (aside := _apposition_aside(s, i)) is not None:
            i = aside - 1  # `while Ann Ruiz, the former governor, proposed`: a description set off after a name
            break
        else:
            break
    if not finite or i < 0:
        return None
    restricted = _restricting_phrase(s, verb)
    if restricted is not None and restricted[2] == i and restricted[0] > 0:
        i = restricted[0] - 1  # `and officials interviewed on Monday said`: past the phrase restricting the noun
    w = s.words[i]
    if w.upos not in NOUN_UPOS and w.text.lower() not in NOMINATIVE_PRONOUNS:
        return None
    head = _noun_phrase_head(s, w, verb)
    start = next((x.index for x in s.subtree(head) if x.upos not in ("CCONJ", "SCONJ", "PUNCT")), 0) if head else 0
    if start == 0 or s.words[start - 1].upos not in ("CCONJ", "SCONJ"):
        return None  # a new clause joined to the one before opens with `and`, `but`, `while` ...
    return head


def _apposition_aside(s: Parsed, close: int, prepositions: frozenset[str] = PHRASE_PREPOSITIONS) -> int | None:
    """The index of the comma opening a description set off after a name (`Ann Ruiz, the former governor,`:
    `a`, `an` or `the`, then noun-phrase words, `of` and such between them, or the `prepositions` given:
    `Anna Berg, a nurse at the clinic,` with `POST_PLACE_PREPOSITIONS`) that the comma at `close`
    closes; None where the word at `close` closes no such description."""
    if s.words[close].text != ",":
        return None
    j = close - 1
    while j > 0 and (_run_word(s, j) or s.words[j].upos == "DET" or s.words[j].text.lower() in prepositions):
        j -= 1
    if j < 2 or s.words[j].text != "," or s.words[j + 1].text.lower() not in _APPOSITION_OPENERS \
            or j + 2 >= close or s.words[j - 1].upos != "PROPN":
        return None
    return j


def _adverb_aside(s: Parsed, close: int) -> int | None:
    """The index of the comma opening an aside of adverbs only (`, once again,`) that the comma at
    `close` closes; None where the word at `close` closes no such aside."""
    if s.words[close].text != ",":
        return None
    j = close - 1
    while j >= 0 and s.words[j].upos == "ADV":
        j -= 1
    return j if 0 <= j < close - 1 and s.words[j].text == "," else None


def _passive_conjunct(s: Parsed, verb: Word) -> bool | None:
    """`... after Ruiz was declared the winner`, `and was told that ...`: a cue in the passive names
    what was said, or of whom; with no agent (`by X`, an earlier rule) nobody is named as speaking,
    whatever verb the parse hung it from (never that verb's subject)."""
    if verb.head < 0 or not _controlled(s, verb) or not any(k.deprel == "aux:pass" for k in s.kids[verb.index]):
        return None
    return _NOBODY


CLIMB_STEPS = 3  # the most phrases from a noun up to the verb it hangs from (`erupted in cheers of joy`)


def _controller(s: Parsed, verb: Word) -> Word | bool | None:
    """`He smiled and said`, `..., saying that`: the speaker of the verb it hangs from, else, when that
    verb is the sentence's main one, its passive subject (`The paper has long been opposed to it,
    arguing ...`: a main clause's subject controls a participle or conjunct after it in either voice);
    or nobody."""
    if verb.head < 0 or not _controlled(s, verb) or _subject_after_conjunction(s, verb):
        return None
    if (first := _parallel_infinitive(s, verb)) is not None:
        found = _subject_rule(s, first)  # `were more likely to say A and to say B`: the first one's speaker
        return found[1] or _NOBODY if found is not None else _NOBODY
    host = s.words[verb.head]
    if joined_past_infinitive(s, verb):
        host = s.words[host.head]  # `promised to cut taxes and called for an audit`: `to` takes no `called`
    if verb.deprel == "conj" and verb.xpos != "VBG" and host.upos in NOUN_UPOS \
            and any(k.deprel == "cc" for k in s.kids[verb.index]):
        climbed, steps = host, 0  # `erupted in cheers and chanted`: a tensed verb joined to a noun with no subject
        while climbed.upos != "VERB" and climbed.head >= 0 and steps < CLIMB_STEPS and _subject(s, climbed) is None:
            climbed, steps = s.words[climbed.head], steps + 1  # of its own (no predicate: `is an advocate ... and
        if climbed.upos == "VERB" and climbed.xpos in _FINITE:  # wrote`) goes on from the tensed verb that noun
            host = climbed  # hangs from, a few phrases up at most
    host = _reporting_host(s, verb, host)
    subject = _subject(s, host)
    if subject is not None and subject.text.lower() == "it" and host.lemma in EXTRAPOSING_VERBS and verb.deprel == "xcomp":
        return _NOBODY  # `If it takes this long to confirm a judge ...`: `it` stands for the infinitive, no doer
    return subject or (_passive_subject(s, host) if host.head < 0 else None) or _NOBODY


_SAME_TENSE = {"VBD": frozenset({"VBD"}), "VBZ": frozenset({"VBZ"}), "VBP": frozenset({"VBP", "VB"}),
               "VB": frozenset({"VBP", "VB"})}  # a finite verb's form, and the forms that match it after `and`


def _reporting_host(s: Parsed, verb: Word, host: Word) -> Word:
    """`Planners feared the road would fail and warned that ...`, `Some planners fear the new road will fail
    and warn that ...`: a cue joined by `and` to the verb of a clause that a finite verb reports (its clausal
    complement, a modal before it), in that verb's tense and with no subject of its own, goes on from the
    reporting verb, not the reported one, where it cannot share the modal (a past: `would fail and warned`) or
    the reported clause's subject is a common noun that names no source (`source_word`: a road warns of
    nothing); `host` else (`said the mayor would resign and announce that ...`: the mayor announces)."""
    if verb.deprel != "conj" or host.deprel != "ccomp" or host.head < 0 \
            or not any(k.deprel == "cc" and k.text.lower() == "and" for k in s.kids[verb.index]):
        return host
    reporter = s.words[host.head]
    if reporter.upos != "VERB" or verb.xpos not in _SAME_TENSE.get(reporter.xpos, frozenset()) \
            or not any(k.xpos == "MD" for k in s.kids[host.index]):
        return host
    subject = _subject(s, host) or _passive_subject(s, host)
    mute = subject is not None and subject.upos == "NOUN" and not source_word(subject.text.lower())
    return reporter if verb.xpos == "VBD" or mute else host


def _condition_participle_subject(s: Parsed, verb: Word) -> Word | None:
    """`A source asking not to be named said ...` with `said` hung from `named`: a finite cue (or a past so
    tagged) with no subject of its own, right after a participle's phrase of the terms a source speaks on
    (`_condition_participle_at`, within the cue's clause: after its last punctuation or conjunction) that
    follows a noun opening that clause: the noun; else None."""
    if verb.xpos not in _FINITE and verb.xpos != "VBN" or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    first = next((w.index for w in reversed(s.words[:verb.index]) if w.upos in ("PUNCT", "CCONJ")), 0)
    ing = _condition_participle_at(s, verb, first)
    if ing is None or _run_start(s, ing.index - 1) is None:
        return None
    return s.words[ing.index - 1]


def _parallel_infinitive(s: Parsed, verb: Word) -> Word | None:
    """`Voters were more likely to say the economy was weak and to say prices were high`: a base form with `to`
    right before it and `and`, `or` or `but` right before that `to` repeats the `to` of an infinitive before the
    conjunction, and is joined to it: it has that infinitive's controller, whatever the parse hung it from (the
    clause reported by the first, here).  The nearest such earlier infinitive's verb (a base form right after
    `to`), looking back no further than the sentence's last full stop of a clause; None where there is none."""
    i = verb.index
    if verb.xpos != "VB" or i < 2 or s.words[i - 1].text.lower() != "to" \
            or s.words[i - 2].text.lower() not in ("and", "or", "but"):
        return None
    for j in range(i - 3, 0, -1):
        w = s.words[j]
        if w.text in (";", ":"):
            return None
        if w.xpos == "VB" and s.words[j - 1].text.lower() == "to":
            return w
    return None


_CONJOINED_SUBJECT_REACH = 20  # the most words a finite verb looks back for the `, but` before its own subject
# the tags of a noun phrase's first word: a determiner, a name, a noun, a pronoun, or an adjective or noun the
# tagger took for one before the head noun (`..., and union leader Ann Ruiz said`, `and senior officials said`)
_PHRASE_OPENING_TAGS = ("DET", "PROPN", "NOUN", "PRON", "ADJ")


def _subject_after_conjunction(s: Parsed, verb: Word) -> bool:
    """`..., but the family's lawyer, Tom Vale, told reporters ...`, `..., and union leader Ann Ruiz said ...`: a
    finite verb after a comma, a coordinating conjunction and a noun phrase (no verb among its words; its first
    word a determiner, a name, a noun, a pronoun or an adjective) has that phrase for its own subject, however
    the parse hung it: no controller's."""
    if verb.xpos not in _FINITE:
        return False
    c = next((i for i in range(verb.index - 1, max(-1, verb.index - 1 - _CONJOINED_SUBJECT_REACH), -1)
              if s.words[i].upos in ("CCONJ", "VERB", "AUX")), None)  # a bounded look back: linear in the text
    if c is None or c < 1 or s.words[c].upos != "CCONJ" or c + 1 >= verb.index or s.words[c - 1].text != ",":
        return False  # `31% of Republicans and Republican-leaning voters said`: one subject, joined
    between = s.words[c + 1:verb.index]
    cut = next((i for i, w in enumerate(between) if w.upos in ("ADP", "SCONJ")), len(between))
    head = between[:cut]  # `a Western diplomat familiar with the talks`: a phrase after its noun is the noun's
    return bool(head) and between[0].upos in _PHRASE_OPENING_TAGS and any(
        w.upos in NOUN_UPOS and not time_word(w.text) for w in head) \
        and (cut == len(between) or head[-1].upos in ("NOUN", "PROPN", "ADJ"))  # not `this week in a letter`


OPENED_SUBJECT_REACH = 12  # the most words of a noun phrase between a clause's opener and its tensed cue
_OPENED_PHRASE_TAGS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "ADP", "PART"})  # `'s` a PART


def _opened_clause_subject(s: Parsed, verb: Word) -> Word | None:
    """`The plan drew protests even as some council members have said they back it`, `less than aides say
    she deserves`, `: some 30 percent of voters in a poll said ...`: a tensed cue (or one after a tensed
    auxiliary: `have said`; adverbs may stand between: `aides later said`) with no subject of its own, right
    after a noun phrase that opens right after a word opening a clause (lexicon SUBJECT_CLAUSE_OPENERS), a colon
    or a semicolon, has that phrase for its subject, however the parse hung the cue: a tensed verb stands
    after its own subject, it takes none from a verb it is controlled by.  The phrase's first noun heads it
    (`some 30 percent of voters`: `percent`), or a quantifier before its `of` (`some of the members`)."""
    if any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    auxes = [k for k in s.kids[verb.index] if k.deprel == "aux" and k.index < verb.index]
    if verb.xpos not in _FINITE and not any(k.xpos in _FINITE for k in auxes):
        return None
    i = verb.index - 1
    while i >= 0 and (s.words[i].upos == "ADV" or s.words[i] in auxes):
        i -= 1  # `aides later said`, `members have said`
    if i < 1 or s.words[i].upos not in _NOMINAL or time_word(s.words[i].text) \
            or relative_pronoun(s.words[i].text):
        return None
    last = i
    while i >= 0 and last - i < OPENED_SUBJECT_REACH and s.words[i].upos in _OPENED_PHRASE_TAGS \
            and (not _subject_clause_opener(s, i) or _amount_word(s, i + 1)):
        i -= 1
    if i < 0 or not (_subject_clause_opener(s, i) or s.words[i].text in (":", ";")) or _amount_word(s, i + 1):
        return None  # `more than half of them said`: an amount, no clause
    phrase = s.words[i + 1:last + 1]
    if not phrase or phrase[0].upos == "ADP" or any(w.xpos.startswith("W") for w in phrase) or any(
            w.upos == "DET" and k > 0 and phrase[k - 1].upos in NOUN_UPOS for k, w in enumerate(phrase)):
        return None  # `if in the end ...`: no noun phrase; a determiner after a noun opens a second phrase, no one
        # subject; `than what voters say`: a free relative, whose `what` the cue may take
    head = next(w for k, w in enumerate(phrase) if w.upos in _NOMINAL or w.text.lower() in SHARE_WORDS or (
        w.text.lower() in QUANTIFIER_PRONOUNS and k + 1 < len(phrase) and phrase[k + 1].text.lower() == "of"))
    # `some of the members`, `half of the members`: the quantifier or share heads, whatever its tag
    return phrase_head(s, head, phrase[0].index, last + 1)  # `council members`: the phrase's noun, past its compound


def _relative_conjunct(s: Parsed, verb: Word) -> Word | None:
    """`Lee met Ann Ruiz, who opened her door and said she would vote`: a tensed cue with no subject right
    after `and` or `but`, with nothing set off between it and a `who` that opens a relative clause set off by a
    comma after a noun (no comma, semicolon, colon or dash between), goes on with that clause: the noun before
    the comma speaks, whatever verb the parse joined the cue to (a restrictive clause, with no comma before
    `who`, is left alone: `thanked the nurse who treated him and said` may be either's; so is a noun after `of`,
    whose clause may be on the phrase before it: `the aide of the mayor, who ...`)."""
    found = _relative_conjunct_words(s, verb)
    if found is None:
        return None
    return _noun_before_relative(s, found[1])


def _subject_clause_opener(s: Parsed, i: int) -> bool:
    """Whether word `i` opens a clause whose subject comes right after it (lexicon SUBJECT_CLAUSE_OPENERS:
    `though`, `than`; or the last of a pair, SUBJECT_CLAUSE_PAIRS: `even as`)."""
    low = s.words[i].text.lower()
    return low in SUBJECT_CLAUSE_OPENERS or i > 0 and (s.words[i - 1].text.lower(), low) in SUBJECT_CLAUSE_PAIRS


def _amount_word(s: Parsed, i: int) -> bool:
    """Whether word `i`, right after `than`, makes it part of an amount (`more than 40`, `more than a third`): a number, a word of amount (lexicon AMOUNT_WORDS) or a share (SHARE_WORDS), past `a`."""
    if 0 <= i < len(s.words) - 1 and s.words[i].text.lower() in INDEFINITE_ARTICLES:
        i += 1
    return 0 <= i < len(s.words) and (s.words[i].upos == "NUM" or s.words[i].text.lower() in AMOUNT_WORDS | SHARE_WORDS)


def _parallel_participle(s: Parsed, verb: Word) -> Word | bool | None:
    """`..., with Ruiz saying the plan was "a trap" and asking, "Who pays?"`: a participle cue right after
    `and` or `but` (lexicon REPORT_JOINERS; or `, and`) that the parse did not hang on the participle cue
    before it in its sentence goes on in parallel with that one: the same doer, its speaker (`saying it would
    help but warning that ...`)."""
    if verb.xpos != "VBG" or verb.index < 2:
        return None
    before = s.words[verb.index - 1]
    if before.text.lower() not in REPORT_JOINERS:
        return None
    earlier = next((w for w in reversed(s.words[:verb.index - 1]) if w.xpos == "VBG" and _is_cue_verb(w)), None)
    if earlier is None or verb.head == earlier.index:
        return None
    return _subject(s, earlier)


def _joined_adding(s: Parsed, verb: Word) -> Word | None:
    """`The coach said his players were exhausted and added that the schedule was unfair`: a verb of adding a
    remark (lexicon ADDING_VERBS) in a past or present form, right after `and` or `but` (REPORT_JOINERS; adverbs
    between), with a finite cue before it in its sentence, is that cue's subject's next remark, however the parse
    hung it (on a verb of the clause said, or as a passive), when `that` or punctuation opens what was added:
    adding is always done by one already speaking (`had been inspected and added to the list` is no remark)."""
    if verb.lemma not in ADDING_VERBS or verb.xpos not in _FINITE | {"VBN"} or verb.index < _JOINED_VERB_LEAST:
        return None
    i = verb.index - 1
    while i > 0 and s.words[i].upos == "ADV":
        i -= 1
    if s.words[i].text.lower() not in REPORT_JOINERS or any(k.deprel in _SUBJECTS and k.index > i
                                                               for k in s.kids[verb.index]):
        return None
    after = s.words[verb.index + 1] if verb.index + 1 < len(s.words) else None
    if after is None or not (after.text.lower() == "that" or after.upos == "PUNCT"):
        return None  # `had been inspected and added to the list`: a passive of the clause said, no remark opened
    earlier = next((w for w in reversed(s.words[:i]) if w.xpos in _FINITE and _is_cue_verb(w)), None)
    return None if earlier is None else _subject(s, earlier)


def _contact_relative(s: Parsed, verb: Word) -> Word | None:
    """`Ruiz wears a suit in videos he calls "Consumer Watch," pointing to ...`: a controlled cue whose host
    the parse joined as a coordinated verb with no conjunction, its pronoun subject right after a noun
    with nothing between, hangs from a relative clause with its `that` left out (`videos he calls`), not a
    clause of its own: it speaks for the clause that noun stands in, the subject of the verb the parse
    joined that host to."""
    if verb.head < 0 or not _controlled(s, verb):
        return None
    host = s.words[verb.head]
    if host.deprel != "conj" or host.head < 0 or any(k.deprel == "cc" for k in s.kids[host.index]):
        return None
    sub = next((k for k in s.kids[host.index] if k.deprel == "nsubj" and k.index < host.index), None)
    if sub is None or sub.upos != "PRON" or sub.index == 0 or s.words[sub.index - 1].upos not in NOUN_UPOS:
        return None
    return _subject(s, s.words[host.head])


def _possessor_before_quotation(s: Parsed, verb: Word) -> Word | None:
    """`Ruiz's "if you like your school, you can keep it" promise`: a cue form that may be a noun (no past
    form) right after a quotation's closing mark (no punctuation closing the words inside), the quotation
    opened right after a possessive (`Ruiz's`, `his`), is a noun naming that saying, whatever its tag (a
    possessive is followed by its noun): the owner speaks the quotation."""
    words = s.words
    close = verb.index - 1
    if close < 3 or words[close].text.strip(MARK_CHARS) != "" or words[close].text == "" or verb.text[:1].isupper() \
            or verb.xpos in ("VBD", "VBN") or words[close - 1].upos == "PUNCT":
        return None  # `said`: no noun; `MSNBC's "Morning Joe," said`: a title set off, the verb after it
    opening = next((k for k in range(close - 1, 0, -1) if words[k].text.strip(MARK_CHARS) == ""), None)
    if opening is None or opening + 1 >= close:
        return None
    owner = words[opening - 1]
    if owner.xpos == "POS" and opening >= 2 and words[opening - 2].upos in NOUN_UPOS:
        return words[opening - 2]  # `Ruiz's`
    return owner if owner.xpos == "PRP$" else None  # `his`


def _quoted_as(s: Parsed, verb: Word) -> Word | None:
    """`The minister was quoted by Reuters as saying ...`, `Reuters quoted the minister as saying ...`: a
    participle opened by `as` under a verb of quoting (`QUOTING_VERBS`) is said by the one quoted (the
    passive subject, or the object), never by the one who quotes."""
    if _quoting_participle(s, verb) is not None:
        host = verb  # `was quoted as saying that ...` with the clause hung from `quoted`: the same one speaks
        return _passive_subject(s, host) or _quoted_object(s, host)
    if verb.xpos != "VBG" or verb.head < 0 or not any(k.text.lower() == "as" for k in s.kids[verb.index]):
        return None
    host = s.words[verb.head]
    if host.deprel in OBJECT_RELS and host.index < verb.index and 0 <= host.head < host.index \
            and s.words[host.head].lemma in QUOTING_VERBS:
        return host  # `quoted the leader as calling for ...` with the participle hung from the one quoted
    if host.lemma not in QUOTING_VERBS:
        return None
    return _passive_subject(s, host) or _quoted_object(s, host)


def _quoted_object(s: Parsed, verb: Word) -> Word | None:
    """The one a verb of quoting quotes: its object (`quoted him as saying`, whatever the parse called
    the pronoun: `obj` or `iobj`); or, read from the words, the phrase the parse hung from the verb that fills
    all the words between it and the `as` of the participle (`Yonhap quoted an official as saying ...` with
    `official` taken for an adjective): `quote` puts the one quoted there."""
    found = next((k for k in s.kids[verb.index] if k.deprel in OBJECT_RELS), None)
    if found is not None:
        return found
    as_word = next((k for k in s.kids[verb.index] for m in s.kids[k.index]
                    if k.index > verb.index and m.text.lower() == _AS and m.index > verb.index + 1), None)
    if as_word is None:
        return None
    opening = s.subtree(as_word)[0].index
    return next((k for k in s.kids[verb.index] if verb.index < k.index < opening and k.upos in _QUOTED_HEADS
                 and s.subtree(k)[0].index == verb.index + 1 and s.subtree(k)[-1].index == opening - 1), None)


_AS = "as"  # `quoted an official as saying`: what opens the participle of the one quoted
_QUOTED_HEADS = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})  # (`official` taken for an adjective)


def _set_off_subject(s: Parsed, verb: Word) -> Word | None:
    """`Dover, Del., on Monday, Senator Lowe backed the bill, saying ...`: a cue the controller rules
    answer, whose host is a finite verb right after a noun phrase (no comma between), while the subject
    the parse gave that verb lies earlier, set off from it by a comma: the phrase right before the verb
    is its subject (a place or time before a comma opens the sentence, it does not act)."""
    if verb.head < 0 or not _controlled(s, verb):
        return None
    host = s.words[verb.head]
    sub = _subject(s, host)
    if sub is None or host.xpos not in _FINITE or s.words[host.index - 1].text == ",":
        return None
    near = _noun_before(s, host)
    if near is None:
        return None
    end, start = s.subtree(sub)[-1].index, s.subtree(near)[0].index
    return near if end < start and any(w.text == "," for w in s.words[end:start]) else None


def _share_doer(s: Parsed, verb: Word) -> Word | None:
    """`left two in three viewers saying ...`, `left 60 percent saying ...`: a participle
    right after a share of people (a share word, or `two in three`, in the noun phrase), no comma between,
    says what that share says, whatever verb the parse hung it from: the phrase's last noun."""
    if verb.xpos != "VBG" or verb.index == 0 or verb.head < 0 or not _controlled(s, verb):
        return None
    found = _run_before(s, verb, verb.index - 1)
    if found is None:
        return None
    run = [w for w in s.words if found[1][0] <= w.start and w.end <= found[1][1]]
    return found[0] if any(w.text.lower() in SHARE_WORDS or (w.upos == "NUM" and w.index + 1 < verb.index and s.words[
        w.index + 1].text.lower() == "in") for w in run) else None  # `60 percent`, `two in three`: not `one of them`


def _passive_subject(s: Parsed, verb: Word) -> Word | None:
    """A verb's passive subject before it; no time word, `this`, `that` or relative pronoun."""
    return next((k for k in s.kids[verb.index] if k.deprel == "nsubj:pass" and k.index < verb.index
                 and not time_word(k.text) and not demonstrative(k.text) and not relative_pronoun(k.text)), None)


_ADJUNCT_STEPS = 12  # the most words a free adjunct's climb to its clause passes


_TAG_HOSTS = frozenset({"root", "conj", "parataxis"})  # where the parse hangs a reporting tag's verb
_TAG_OBJECTS = frozenset({"obj", "iobj", "ccomp", "xcomp", "advcl"})  # what a reporting tag has none of after its verb


def _tag_participle(s: Parsed, verb: Word) -> Word | None:
    """`"...," the official said, adding that ...`: a participle of saying with no subject of its own, set
    off by a comma right after a reporting clause (a finite cue verb with its speaker, and after it no
    other verb: `said on Tuesday, adding`), goes on with that clause's speaker, however the parse hung it."""
    if verb.xpos != "VBG" or verb.index < 3 or s.words[verb.index - 1].text != "," \
            or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    cue = next((w for w in reversed(s.words[:verb.index - 1]) if w.upos in VERB_UPOS), None)
    if cue is None or cue.xpos not in _FINITE or not _is_cue_verb(cue) or cue.deprel not in _TAG_HOSTS \
            or any(w.text in _CLAUSE_BREAKS for w in s.words[cue.index + 1:verb.index - 1]) \
            or any(k.index > cue.index and k.deprel in _TAG_OBJECTS for k in s.kids[cue.index]):
        return None  # `continued his assault on X, mocking ...`, `what he characterized as ...`: no reporting tag
    return _subject(s, cue)


def _free_adjunct(s: Parsed, verb: Word) -> Word | None:
    """`X said the plan was dead, adding ...`, `X decried the calls to ban ..., noting ...`: a
    participle set off by a comma, with no subject of its own, is predicated of the subject of the
    clause it closes, however deep in that clause the parse hung it: past nouns and infinitives, past
    a clause within a noun phrase (`the suggestion that he was ...`) and past a clause a cue verb
    reports, to the clause that holds them; a participle modifying a noun (`protesters marching
    downtown, chanting`) is that noun's."""
    if verb.xpos != "VBG" or verb.head < 0 or _comma_before(s, verb, _CLAUSE_BREAKS) is None:
        return None
    g, steps, noun = _holding_clause(s, s.words[verb.head])
    if noun:
        return g if steps else None  # `demonstrators marching downtown, chanting`: the noun's
    if steps == 0:
        return None  # it hangs from its clause's own verb: the controller rules answer
    return _subject(s, g) if g.index != verb.index else None


def _main_clause_adjunct(s: Parsed, verb: Word) -> Word | None:
    """`She was adamant that the firm keep the lead, telling ...`, `joined critics in pouncing on news that
    the files were lost, saying ...`: a participle set off by a comma, with no subject of its own, closing a
    clause set within another (opened by `that`, `whether` or `if`, however the parse hung it, or a gerund
    after a preposition) speaks for the clause that holds that one, not for the clause it closes; never
    for a subject within a quotation the participle stands outside of."""
    if verb.xpos != "VBG" or verb.head < 0 or _comma_before(s, verb, _CLAUSE_BREAKS) is None \
            or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    g, _, noun = _holding_clause(s, s.words[verb.head])
    climbed = False
    while not noun and g.head >= 0 and g.index != verb.index and _embedded_clause(s, g):
        g, _, noun = _holding_clause(s, s.words[g.head])
        climbed = True
    if not climbed or noun or g.index == verb.index:
        return None
    found = _subject(s, g)
    if found is None or sum(1 for w in s.words[found.index:verb.index] if w.text.strip(MARK_CHARS) == "") % 2:
        return None  # `"I worry that ...," she said, adding`: the clause climbed to is the quotation's
    return found


def _embedded_clause(s: Parsed, g: Word) -> bool:
    """Whether the clause of `g` is set within another: opened by a complementizer (`that`, `whether`,
    `if`), or a gerund with no subject after a preposition (`in pouncing on ...`)."""
    kids = s.kids[g.index]
    if any(k.deprel == "mark" and k.text.lower() in _COMPLEMENTIZERS for k in kids):
        return True
    return g.xpos == "VBG" and not any(k.deprel in _SUBJECTS for k in kids) and any(
        k.deprel in ("mark", "case") and k.upos in ("ADP", "SCONJ") and k.index < g.index for k in kids)


def _holding_clause(s: Parsed, g: Word) -> tuple[Word, int, bool]:
    """From the word `g` up to the clause that holds it: past nouns and infinitives, past a clause
    within a noun phrase (`the suggestion that he was ...`) and past a clause a cue verb reports.
    (That clause's word, how many steps up it lies, False); or, for a participle modifying a noun
    (`protesters marching downtown`), (that noun, its steps, True)."""
    steps = 0
    while steps < _ADJUNCT_STEPS and g.head >= 0:
        head = s.words[g.head]
        kids = s.kids[g.index]
        own = any(k.deprel in _SUBJECTS for k in kids)
        predicate = g.upos in VERB_UPOS or any(k.deprel == "cop" for k in kids)
        clause = own or g.xpos in _FINITE or any(k.deprel in ("mark", "aux", "cop") and (
            k.lemma in _COMPLEMENTIZERS or k.xpos in _FINITE) for k in kids)
        if predicate and g.deprel.startswith("acl") and not clause and g.xpos in ("VBG", "VBN"):
            return head, steps, True
        if predicate and not (g.deprel.startswith("acl") or (g.deprel == "ccomp" and _is_cue_verb(head))
                              or (not own and to_infinitive(kids)) or _object_relative(s, g)):
            break  # a clause of its own, not within a noun phrase nor reported by a cue
        g, steps = head, steps + 1
    return g, steps, False


def _participle_before_report(s: Parsed, verb: Word) -> Word | None:
    """`Lee mocked the plan, saying it would be "a waste"`: a participle set off by a comma after a
    clause, reporting the clause right after it, speaks for the subject of the clause the comma closes,
    even where the parse hung the participle inside the clause it reports (as that clause's subject or
    adverbial): the clause holding the words before the comma (past clauses within a noun phrase and
    clauses a cue reports, as for `free-adjunct`), not the words after it."""
    if verb.xpos != "VBG" or verb.head <= verb.index or not _is_cue_verb(verb):
        return None
    comma = _comma_before(s, verb, _CLAUSE_BREAKS)
    if comma is None or comma == 0:
        return None
    g, _, noun = _holding_clause(s, s.words[comma - 1])
    if noun:
        return g  # `protesters marching downtown, chanting`: the noun's
    if g.index >= verb.index or g.upos not in VERB_UPOS and not any(k.deprel == "cop" for k in s.kids[g.index]):
        return None  # the words before the comma belong to the clause after it
    return _subject(s, g)


def _object_relative(s: Parsed, g: Word) -> bool:
    """`..., with whom he clashed ...`, `..., which she called ...`: a clause set off by a comma and opened
    by a relative pronoun that is not its subject is a relative clause, whatever relation the parse gave
    it (a conjunct of the main verb): it lies within the noun phrase before it, not beside the main clause."""
    sub = s.subtree(g)
    opener = next((w for w in sub if w.upos not in ("PUNCT", "ADP")), None)
    if opener is None or opener.upos != "PRON" or not relative_pronoun(opener.text) or opener.head != g.index \
            or opener.deprel in _SUBJECTS:
        return False
    return sub[0].text == "," or (sub[0].index > 0 and s.words[sub[0].index - 1].text == ",")


def _after_quotation(s: Parsed, verb: Word) -> Word | None:
    """`Lee said, "I am tired," adding that ...`: a participle set off by a comma right after a
    quotation, hung from the quotation's own verb, speaks for the cue that reports the quotation
    (never for the quotation's own subject, `I`): that cue's speaker."""
    if verb.xpos != "VBG" or verb.head < 0 or not _controlled(s, verb) \
            or _comma_before(s, verb) is None or not _mark_between(s, verb.head, verb.index):
        return None
    quoted = s.words[verb.head]
    if quoted.head < 0 or quoted.deprel not in ("ccomp", "parataxis") or quoted.index > verb.index:
        # `"The river," Fox said, "has been studied," adding: "..."`: the reporting clause set within the
        # quotation, which the parse hung from the quotation's verb, reports it
        tag = next((k for k in s.kids[quoted.index] if k.deprel == "parataxis" and k.index < verb.index
                    and _is_cue_verb(k) and _mark_between(s, k.index, quoted.index)), None)
        return _subject(s, tag) if tag is not None and quoted.index < verb.index else None
    cue = s.words[quoted.head]
    return _subject(s, cue) if _is_cue_verb(cue) and cue.index < quoted.index else None


def _title_in_apposition(s: Parsed, lo: int, hi: int) -> bool:
    """`The mayor, a fan of "Gone Girl," said`: the quotation marks between subject `lo` and the verb at
    `hi` pair up, within what commas set off (one right after the subject, or one closing the stretch
    right before the verb, within the closing mark or before it): a title or term in the description, no
    quotation the subject stands beside."""
    marks = [w for w in s.words[lo:hi] if w.text.strip(MARK_CHARS) == ""]
    last = hi - 1
    while last > lo and s.words[last].text.strip(MARK_CHARS) == "":
        last -= 1
    return lo + 1 < hi and (s.words[lo + 1].text == "," or s.words[last].text == ",") and len(marks) % 2 == 0


def _controlled(s: Parsed, verb: Word) -> bool:
    """Whether a subjectless verb takes the subject of the verb it hangs from: a coordinated verb,
    a participle (`..., adding that`, whatever relation the parse gave it) or an infinitive of
    purpose (`pointed to a case to say that`), or a tensed verb set off by a comma and an adverb of
    what came next, with no subject of its own, however the parse hung it: `The mayor toured the
    plant, then says ...` (lexicon SEQUENCE_ADVERBS), the comma standing for `and`."""
    if verb.deprel in ("conj", "xcomp"):
        return True
    if verb.deprel == "parataxis" and verb.xpos in _FINITE and verb.index > 1 \
            and s.words[verb.index - 1].text.lower() in SEQUENCE_ADVERBS and s.words[verb.index - 2].text == "," \
            and not any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return True
    if verb.xpos == "VBG":
        return verb.deprel in ("advcl", "ccomp", "parataxis") or _set_off_clausal_subject(s, verb)
    return verb.deprel == "advcl" and to_infinitive(s.kids[verb.index])


def _set_off_clausal_subject(s: Parsed, verb: Word) -> bool:
    """`Citing weak demand, the company cut its outlook` parsed with `Citing` as the subject of `cut`: an `-ing`
    phrase closed by a comma, with the verb it hangs from having a subject of its own after that comma, is no
    subject but a phrase set before the clause, and that subject is its doer."""
    if verb.deprel != "csubj" or verb.head <= verb.index:
        return False
    last = max(x.index for x in s.subtree(verb))
    subject = next((k for k in s.kids[verb.head] if k.deprel == "nsubj" and k.index > last), None)
    return subject is not None and any(w.text == "," for w in s.words[last:subject.index])


def _determiner_on_cue(s: Parsed, verb: Word) -> Word | None:
    """`A spokeswoman added: "..."` with `A` hung on `added` and `spokeswoman` taken for its adjective: a
    cue in a finite form (no `to`, auxiliary or subject of its own) whose own determiner, opening its
    sentence or after punctuation, opens the words right before it (adjectives and nouns, the last a noun
    for a person: `SPEAKER_NOUNS`, `ROLE_WORDS`) is a finite verb after its subject: the last of those
    words heads it."""
    if verb.index < 2 or verb.xpos not in ("VBD", "VBN", "VBZ", "VBP") or any(
            k.deprel in _SUBJECTS or k.deprel in ("mark", "cc") or k.deprel.startswith("aux") for k in s.kids[verb.index]):
        return None
    det = next((k for k in s.kids[verb.index] if k.deprel == "det" and k.index < verb.index), None)
    if det is None or det.text.lower() not in PHRASE_DETERMINERS or verb.index - det.index > 4 \
            or det.index > 0 and s.words[det.index - 1].upos != "PUNCT":
        return None  # the phrase opens its sentence or follows punctuation (not `... to recommend`)
    between = s.words[det.index + 1:verb.index]
    last = between[-1] if between else None
    if last is None or not all(w.upos in ("ADJ", "NOUN", "PROPN") for w in between) \
            or last.text.lower() not in SPEAKER_NOUNS | ROLE_WORDS:
        return None
    return last


def _linking_aside_subject(s: Parsed, verb: Word) -> Word | None:
    """`Whitcomb, for her part, insists ...` with the name taken for an interjection: a finite cue with no
    subject right after a linking phrase set off by commas (`LINKING_ASIDES`: `for her part`, `in turn`), or
    a phrase of the occasion or means of speaking (`_occasion_phrase`: `but the family, in a statement, said`),
    has for its subject the word before the comma opening that phrase, a name or a noun (capitalised at the
    sentence's start whatever its tag)."""
    words = s.words
    c2 = verb.index - 1
    if verb.xpos not in _FINITE or c2 < 3 or words[c2].text != "," or any(
            k.deprel in _SUBJECTS and not _linking_adverb(s, k.index) for k in s.kids[verb.index]):
        return None
    if _linking_adverb(s, c2 - 1):  # `The alliance's chief, meanwhile, said`
        w = words[c2 - 3]
        return w if w.upos in _NOMINAL or (w.upos == "ADJ" and _run_start(s, w.index) is not None) \
            or (c2 == 3 and w.text[:1].isupper() and w.text.isalpha()) else None  # (`secretary general`)
    for c1 in range(c2 - 2, max(0, c2 - 3 - _OCCASION_REACH), -1):
        if c1 < 1 or words[c1].text != ",":
            continue
        inner = words[c1 + 1:c2]
        if not (c1 in (c2 - 3, c2 - 4) and (inner[0].text.lower(), inner[-1].text.lower()) in LINKING_ASIDES and (
                len(inner) == 2 or inner[1].xpos == "PRP$")) and not _occasion_phrase(s, c1 + 1, c2):
            break  # the nearest comma opens the phrase
        w = words[c1 - 1]
        if w.upos in _NOMINAL or (c1 == 1 and w.text[:1].isupper() and w.text.isalpha()):
            return w
    return None


def _plural_tagged_verb(s: Parsed, verb: Word) -> Word | None:
    """`..., though aides concede the numbers are tight`: a finite cue with no subject right after a
    lowercase `-s` form tagged as a verb, itself right after a word that opens a clause (a subordinating
    or coordinating conjunction, a comma, the sentence's start): two finite verbs do not stand side by side,
    so the `-s` word is a bare plural noun, the cue's subject.  A base form tagged as that word's
    complement counts as finite (`and aides concede ...`): no `-s` verb but `helps` takes a bare one; so does a
    participle hung on it with an object of its own (`Privacy advocates slammed the firm`): no `-s` verb takes a
    participle that has one.  The plural's own words before it open its noun phrase (`Privacy advocates`)."""
    i = verb.index - 1
    if i < 0 or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    w = s.words[i]
    if verb.xpos not in ("VBP", "VBD") and not (verb.xpos == "VB" and verb.head == i and w.text.lower() != "helps") \
            and not (verb.xpos == "VBN" and verb.head == i and any(k.deprel == "obj" for k in s.kids[verb.index])):
        return None
    if w.upos != "VERB" or w.xpos != "VBZ" or not w.text.islower() or not w.text.endswith("s") \
            or w.text.endswith(("ss", "us", "is")) or len(w.text) < 4:
        return None
    while i > 0 and s.words[i - 1].head == w.index and s.words[i - 1].upos in _NOUN_PHRASE_TAGS:
        i -= 1  # `Privacy advocates slammed ...`: the words of the plural's own noun phrase before it
    if i > 0 and not (s.words[i - 1].upos in ("SCONJ", "CCONJ") or s.words[i - 1].text in (",", ";", "--")
                      or _handed_over(s, i - 1)):
        return None
    return w


def _noun_before(s: Parsed, verb: Word) -> Word | None:
    """A finite cue the parse left without a subject (`..., Lopez spokesman Paul Kent said`
    hung elsewhere): the noun phrase just before it, or the name in apposition before its comma,
    past a party and state in brackets or set off by commas (`Sen. Jane Roe (D-Ore.) called`, `Sen.
    Jane Roe, D-Ore., called`)."""
    if verb.xpos not in _FINITE or verb.index == 0:
        return None
    last = verb.index - 1
    if (timed := _time_before(s, verb.index)) < verb.index and timed > 1 and s.words[timed - 1].text == ",":
        last = timed - 1  # `The firm's chief, Jo Hart, on Tuesday said`: the name before the time's phrase
    elif (opened := _set_off_subordinate(s, verb)) is not None:
        last = opened  # `The chairman, Mr Ade Bello, while briefing newsmen, said`: the name before the clause
    if s.words[last].text == ")":
        opening = _opening_bracket(s, last)
        if opening is None:
            return None
        last = opening - 1
    comma = last >= 0 and s.words[last].text == ","
    if comma and (first_name := _joined_described_first(s, last)) is not None:
        return first_name  # `John Smith, CEO of Acme, and Mary Brown, CEO of Globex, said`: the first name, which
        # `joined-described-names` runs over the second
    if comma and _relative_aside(s, last) is None \
            and (whose := _relative_aside(s, last, openers=SET_OFF_RELATIVES)) is not None:
        if _opening_name_before(s, whose):
            return s.words[whose - 1]  # `Ann Ruiz, whose term ends in June, called`: the name opening the
            # sentence, however the tagger took its first word (`Ann` taken for a preposition)
        if _set_off_name_before(s, whose):
            last = whose  # `The port's director, Hank Moss, whose contract ends in May, called`: the name before it
    if last - comma < 0 or (comma and _relative_aside(s, last) is not None):
        return None  # `Ann Ruiz, who backed Lee, said`: the relative clause's last noun is no speaker
    if comma and (opening := _participle_after_noun(s, last)) is not None:
        host = s.words[opening - 1]  # `Ng, speaking at a forum in San Francisco, warned`: the phrase's noun
        return host if opening == 1 and _capitalised(host) else _noun_phrase_head(s, host, verb)
    label = next((i for i in (last - 1, last - 2) if comma and i > 1 and _party_label_end(s, i) == last), None)
    if label is not None and s.words[label - 1].text == ",":
        last = label - 1  # `Sen. Jo Hart, D-N.Y., said`: the name before her party and state
    w = s.words[last - comma]
    if not comma and (noun := _relative_ending_at(s, w, verb)) is not None:
        return _noun_phrase_head(s, noun, verb)  # `A resident who did not give her name said`: the resident
    if not comma and (phrase := _restricting_phrase(s, verb)) is not None and phrase[0] <= w.index <= phrase[2]:
        return None  # `Officials being interviewed in San Diego said`: a word of the participle's phrase, which
        # restricts the noun before it (`participle-phrase-before` reads them both)
    if w.upos not in ({"PROPN"} if comma else _NOMINAL) or _time_of_cue(s, w, verb):
        return None  # `Ann Ruiz later that day told`: the cue's time, `phrase-before` reads the name before it
    return _noun_phrase_head(s, w, verb)


def _set_off_name_before(s: Parsed, comma: int) -> bool:
    """Whether the capitalised name right before the comma at `comma` is itself set off by a comma after the
    words before it (`The port's director, Hank Moss,`): a description's apposition, not the sentence's opening."""
    words = s.words
    k = comma - 1
    if k < 0 or words[k].upos != "PROPN":
        return False
    while k > 0 and words[k - 1].upos == "PROPN":
        k -= 1
    return k >= 2 and words[k - 1].text == ","


def _opening_name_before(s: Parsed, comma: int) -> bool:
    """Whether the words before the comma at `comma` are a name opening the sentence: capitalised words only,
    the last a proper noun (`Ann Ruiz, whose term ends in June,`), whatever tag the tagger gave the first
    (`Ann` taken for a preposition)."""
    words = s.words
    return 0 < comma and words[comma - 1].upos == "PROPN" and all(_capitalised(x) for x in words[:comma])


def _relative_ending_at(s: Parsed, w: Word, verb: Word) -> Word | None:
    """`A resident who did not give her name said`: when word `w`, right before a cue with no subject,
    ends a relative clause opened by `who` or `whom` after a noun, the cue is said by that noun (with its
    clause), not by the clause's last noun."""
    clause = w
    while clause.deprel != "acl:relcl":
        if clause.head < 0 or clause.head >= verb.index:
            return None
        clause = s.words[clause.head]
    words = s.subtree(clause)
    if clause.head < 0 or words[-1].index != w.index or words[0].text.lower() not in PERSON_RELATIVES:
        return None
    noun = s.words[clause.head]
    return noun if noun.upos in _NOMINAL and noun.index == words[0].index - 1 else None


def _noun_phrase_head(s: Parsed, w: Word, verb: Word) -> Word | None:
    """The head of the noun phrase ending in `w` right before `verb`, past names' parts and `of`
    (`about half of Democratic voters`); None for a time word or a prepositional phrase."""
    if time_word(w.text):
        return None
    w = phrase_head(s, w, 0, verb.index, FIXED_PART_RELATIONS)
    while any(k.lemma == "of" and k.deprel == "case" for k in s.kids[w.index]) and 0 <= w.head < w.index \
            and s.words[w.head].upos in _NOMINAL | {"NUM"}:
        w = s.words[w.head]  # `about half of Democratic voters said`: the part, with its whole
    if any(k.deprel == "case" and k.lemma not in _APPROXIMATORS for k in s.kids[w.index]) \
            or time_word(w.text):
        return None  # `in a statement Thursday said`: a prepositional phrase, not a speaker
    return w


def _inverted_subject(s: Parsed, verb: Word) -> Word | None:
    """`"...," said the man who ...`: after a quotation, or after the clause it reports and a comma
    (`"..." about the decision, said X`), or opening the sentence before a name (`Said Jane Holt, "..."`),
    the noun phrase following the verb is its speaker, whatever relation the parse gave it (parsers
    often take it for an object); past a comma with no quotation, only after a verb of saying or
    reporting (`INVERTING_VERBS`): after one of praising or blaming the phrase is what it praises."""
    if (verb.lemma in LISTENER_VERBS and verb.lemma != "ask" and not (
            verb.lemma in PLEDGE_INVERTERS and _closing_inversion(s, verb))) or verb.xpos == "VBG" \
            or not _is_cue_verb(verb):
        return None  # `"...," told reporters`: the listener; `"...," saying X`: never inverted; `..., shook her
        # head and said`: only a verb of saying puts its speaker after it
    if _closes_relative_aside(s, verb):
        return None  # `Park, who called it "a trap," described ...`: the subject stands before the clause
    if _name_runs_into(s, verb) is not None:
        return None  # `A paper called "The Harbour Voice" reported the closure`: the phrase is its subject
    before = s.words[max(0, verb.index - 2):verb.index]
    opening = not before and verb.text.lower() in OPENING_SAY_FORMS and verb.index + 1 < len(s.words) \
        and s.words[verb.index + 1].upos == "PROPN"  # `Said Jane Holt, who ..., "..."`: opening its sentence
    if not opening and (not before or before[-1].upos != "PUNCT"):
        return None
    nominal = NOUN_UPOS if opening else _NOMINAL
    if before and not _mark_between(s, verb.index - len(before), verb.index):
        if not tag_stop(s, verb.index - 1) or verb.lemma not in INVERTING_VERBS or _closes_relative_aside(s, verb) or not (
                _reported_before(s, verb) or _hangs_back(s, verb) or _closing_inversion(s, verb)):
            return None
        nominal = NOUN_UPOS  # `He paused, said nothing.`: a pronoun after the verb is what was said
    particle = _phrasal_word(s, verb)  # `put it`: the cue's own word, never its speaker
    closing = bool(before) and _closing_inversion(s, verb)
    for k in s.kids[verb.index]:
        bare = not opening and (_bare_noun_phrase(s, k) or _capitalised_ing_title(s, verb, k)
                                or _articleless_source(s, verb, k))  # `said one official,` with the noun tagged
        # ADJ; `said Acting Police Commissioner Jo Hart` with `Acting` a verb; `says mayor` with `mayor` an ADJ
        named = closing and k.deprel == "obl" and k.upos == "PROPN" and s.subtree(k)[0].index == verb.index + 1 \
            and s.words[verb.index + 1].text[:1].isupper()  # `..., vowed Ann Ruiz.` with `Ann` taken for `an`
        if k.index > verb.index and (k.deprel in _INVERTED or bare or named) \
                and (k.upos in nominal or _share_of(s, k) or bare) \
                and not time_word(k.text) and k is not particle and not _comma_after_verb(s, verb, k):
            return None if _subject_of_verb_after(s, verb) else k
    return _hung_inverted_head(s, verb) if closing else None


def _hung_inverted_head(s: Parsed, verb: Word) -> Word | None:
    """`Profits will fall, said analysts at Barclays.` parsed with `analysts` the object of `fall` (or `said` an
    adjective of it): after a verb of saying that closes an inversion (`_closing_inversion`: nothing but the
    speaker's noun phrase follows), the last noun or name of the run of name-and-title words right after it
    (past a determiner) heads that phrase, however the parse hung it; None where the run holds none."""
    words = s.words
    first = verb.index + 1
    if first < len(words) and _run_opener(s, first):
        first += 1
    last = first
    while last < len(words) and _run_word(s, last):
        last += 1
    head = next((w for w in reversed(words[first:last]) if w.upos in NOUN_UPOS), None)
    return None if head is None or time_word(head.text) else head


def _subject_of_verb_after(s: Parsed, verb: Word) -> bool:
    """`..., Dan Vale, said load shedding would ease`: the words right after a cue, a run of name-and-title
    words (a noun with its modifiers, an `-ing` word among them), then a modal or a finite verb, are the subject
    of the clause said, never an inverted speaker: a tag's speaker closes its clause or takes a comma, a
    relative clause or a description after it (`"...," said the man who ...`); so are such words after a
    determiner (`after the minister said the deal was off`)."""
    words = s.words
    i = verb.index + 1
    if i + 1 < len(words) and _run_opener(s, i) and _run_word(s, i + 1):
        i += 1
    while i < len(words) and (_run_word(s, i) or words[i].xpos == "VBG" and words[i].text.islower()):
        i += 1
    return verb.index + 1 < i < len(words) and (words[i].xpos == "MD" or words[i].xpos in _FINITE
                                                 and words[i].upos in VERB_UPOS)


def _named_subject(s: Parsed, verb: Word) -> Word | None:
    """`A paper called "The Harbour Voice" reported ...`: the noun right before the participle giving the
    name that runs into the verb (`_name_runs_into`) heads the verb's subject, however the parse hung it."""
    giver = _name_runs_into(s, verb)
    if giver is None or giver.index < 1 or s.words[giver.index - 1].upos not in NOUN_UPOS:
        return None
    return s.words[giver.index - 1]


def _capitalised_ing_title(s: Parsed, verb: Word, w: Word) -> bool:
    """`"...," said Acting Police Commissioner Jo Hart`: a capitalised word in `-ing` right after the verb and
    before a capitalised name opens a title (`Acting`, `Managing`, `Presiding`), whatever its tag: a participle
    there would be in lower case."""
    words = s.words
    return w.index == verb.index + 1 and w.xpos == "VBG" and w.text[:1].isupper() and w.index + 1 < len(words) \
        and words[w.index + 1].upos == "PROPN" and words[w.index + 1].text[:1].isupper()


def _articleless_source(s: Parsed, verb: Word, w: Word) -> bool:
    """`Budget cuts coming, says mayor`: a source noun (`source_word`) right after the verb with its article
    dropped, as headlines drop them, closing the sentence or set off by a comma, heads the inverted
    speaker's phrase whatever its tag (the tagger takes `mayor` there for an adjective)."""
    after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    return w.index == verb.index + 1 and w.upos == "ADJ" and source_word(w.text) \
        and w.text.lower() not in TITLE_MODIFIERS and (after is None or after.upos == "PUNCT")


def _share_of(s: Parsed, w: Word) -> bool:
    """`one of the organizers`, `two of her aides`: a number followed by `of` names some of a group."""
    return w.upos == "NUM" and w.index + 1 < len(s.words) and s.words[w.index + 1].text.lower() == "of"


def _closes_relative_aside(s: Parsed, verb: Word) -> bool:
    """`Vance, who leads in the polls, mocked Ruiz for ...`: the comma before the verb closes a
    relative clause set off after a noun: the verb's subject is that noun, and the phrase after the
    verb is no inverted speaker (`Park, who called it "a trap," described ...` too)."""
    close = _closing_comma(s, verb)
    return close is not None and _relative_aside(s, close) is not None


def _set_off_participle_subject(s: Parsed, verb: Word) -> Word | None:
    """`The email, sent to staff on Friday, said ...`: a finite cue with no subject of its own right after
    the comma closing a participle's phrase (a past participle in lower case, no verb or punctuation of its
    own after it) set off after the noun phrase opening the sentence: that noun phrase speaks, read from the
    words (the parse may take the participle for a clause of the cue)."""
    words = s.words
    if verb.xpos not in _FINITE or verb.index < 5 or words[verb.index - 1].text != "," \
            or any(k.deprel.startswith("nsubj") for k in s.kids[verb.index]):
        return None
    first = next((w for w in words[:verb.index] if w.text == ","), None)
    if first is None or first.index < 2 or first.index + 2 >= verb.index - 1:
        return None
    participle = words[first.index + 1]
    if participle.upos != "VERB" or participle.xpos not in ("VBN", "VBD") or not participle.text.islower() \
            or any(w.upos in ("PUNCT", "AUX") or (w.upos == "VERB" and w.xpos in _FINITE | {"VBN"})
                   for w in words[first.index + 2:verb.index - 1]):
        return None
    opening = words[:first.index]
    if opening[0].upos not in ("DET",) and opening[0].xpos != "PRP$" or opening[-1].upos not in NOUN_UPOS \
            or any(not _noun_phrase_word(w) for w in opening):
        return None
    return opening[-1]


def _participle_phrase_subject(s: Parsed, verb: Word) -> Word | None:
    """`A campaign ad released Thursday says ...` (`_participle_phrase`): the phrase's noun."""
    found = _participle_phrase(s, verb)
    return None if found is None else found[2]


def _tag_phrase_subject(s: Parsed, verb: Word) -> Word | None:
    """`..., a person close to the company said.` (`_tag_phrase`): the phrase's noun, when the verb
    closes its sentence or a comma follows it and its time or place (`said on Monday,`)."""
    found = _tag_phrase(s, verb)
    if found is None or _closing_run(s, verb) is not None:
        return None  # a bare run of name-and-title words closing the sentence: `closing-name-run`'s
    stop = next((w.index for w in s.words[verb.index + 1:] if w.text in _CLAUSE_BREAKS | {";", ":"}), len(s.words))
    return found[2] if _bare_tail(s, verb, stop) else None  # not `, the mayor said the plan ...`


def _inverted_aside_subject(s: Parsed, verb: Word) -> Word | None:
    """`The gap, said Ann Ruiz, an economist, is the real problem` (`_inverted_aside`): the phrase's noun."""
    found = _inverted_aside(s, verb)
    return None if found is None else found[1]


def _subject_before(s: Parsed, verb: Word) -> bool:
    """Whether a subject (or expletive) of the verb comes before it."""
    return any(k.index < verb.index and k.deprel.startswith(("nsubj", "csubj", "expl")) for k in s.kids[verb.index])


def _reported_before(s: Parsed, verb: Word) -> bool:
    """Whether the verb's clausal complement comes before it and no subject does: `A, said X`."""
    return any(k.index < verb.index and k.deprel in ("ccomp", "parataxis") for k in s.kids[verb.index]) \
        and not _subject_before(s, verb)


def _hangs_back(s: Parsed, verb: Word) -> bool:
    """Whether the verb hangs, with no `and` and no subject before it, from a clause before it:
    `The vote will be close, said Tom Hale` parsed as a conjunct or an adverbial clause."""
    return 0 <= verb.head < verb.index and s.words[verb.head].upos in _CLAUSAL and not _subject_before(s, verb) \
        and not any(k.deprel == "cc" for k in s.kids[verb.index])


def _crossing_subject(s: Parsed, verb: Word) -> Word | None:
    """`Jane Doe, director of ..., said she thinks ...` parsed with `Doe` as the subject of a verb
    after the cue: a subject before the cue whose head lies beyond it belongs to the cue (not to a
    participle of putting out a text, `A post captioned "..." drew likes`: `_text_participle`)."""
    if _text_participle(s, verb):
        return None
    for w in s.words[:verb.index]:
        if w.deprel == "nsubj" and w.head > verb.index and w.upos in _NOMINAL:
            return w
    return None


def _closing_speaker(s: Parsed, verb: Word) -> Word | None:
    """`..., the news site Valley Courier reported.` (`_closing_run`): the last noun of the run of
    name-and-title words before the cue (its last word when the tagger took none for a noun)."""
    found = _closing_run(s, verb)
    if found is None:
        return None
    run = s.words[found[1]:verb.index]
    return next((w for w in reversed(run) if w.upos in _NOMINAL), run[-1])


def _quantifier_before(s: Parsed, verb: Word) -> Word | None:
    """`Some chanted "..."`, `...; most said they were ...`: a tensed cue with no subject of its own right
    after a quantifier that opens its clause (the sentence's start, or after a comma, semicolon, colon
    or dash): the quantifier stands for the people who speak, however the tagger took it."""
    if verb.index == 0 or verb.xpos not in _FINITE | {"VBN"} or any(
            k.deprel.startswith(("nsubj", "csubj", "expl")) for k in s.kids[verb.index]):
        return None
    q = s.words[verb.index - 1]
    if q.text.lower() not in QUANTIFIER_PRONOUNS or (q.index > 0 and s.words[q.index - 1].text not in _CLAUSE_BREAKS | {";", ":"}
                                                     and not _quantifier_clause_opener(s, q.index - 1)):
        return None
    if _floating_quantifier(s, q):
        return None  # `Ann Ruiz and her deputy, Tom Vale, both said`: floating on the subject an aside ends, no clause's
    return q


def _quantifier_clause_opener(s: Parsed, i: int) -> bool:
    """Whether word `i`, right before a quantifier and its cue, opens their clause as the sentence's start
    would: a subordinator (`while another added`, `whereas others said`: `QUANTIFIER_CLAUSE_OPENERS`), or
    `and`, `but`, `yet` after a comma (`, but most said`: `QUANTIFIER_COMMA_OPENERS`)."""
    low = s.words[i].text.lower()
    return low in QUANTIFIER_CLAUSE_OPENERS or low in QUANTIFIER_COMMA_OPENERS and i > 0 and s.words[i - 1].text == ","


def _perfect_subject(s: Parsed, verb: Word) -> Word | None:
    """`Ruiz has since apologized for it: "..."` parsed as a passive: a participle after a form of
    `have` with no form of `be` or `get` is active (a perfect), whatever relation the parse gave its
    subject; that subject, before the verb, speaks."""
    kids = s.kids[verb.index]
    if verb.xpos != "VBN" or not _perfect(s, verb) or any(
            k.deprel == "aux:pass" or (k.deprel.startswith("aux") and k.lemma in ("be", "get")) for k in kids):
        return None
    subjects = [k for k in kids if k.deprel == "nsubj:pass" and k.index < verb.index
                and not time_word(k.text) and not demonstrative(k.text)]
    return subjects[-1] if subjects else None


def _contracted_perfect(s: Parsed, verb: Word) -> Word | None:
    """`He's said he would run`, `She's told reporters that ...` parsed as a passive: `'s` before a
    participle that goes on to a clause with a subject of its own, or (for a verb that takes a listener)
    to an object, is `has`, not `is` (a passive `is said` takes `to`, or nobody's words: `It's said
    that ...`); the subject before it speaks."""
    kids = s.kids[verb.index]
    if verb.xpos != "VBN" or not any(k.deprel == "aux:pass" and k.text.lower() in APOSTROPHE_S for k in kids):
        return None
    told = verb.lemma in LISTENER_VERBS
    goes_on = any(k.index > verb.index and (
        k.deprel == "obj" if told else k.deprel == "ccomp" and any(c.deprel.startswith("nsubj") for c in s.kids[k.index]))
        for k in kids)
    subjects = [k for k in kids if k.deprel == "nsubj:pass" and k.index < verb.index]
    if not goes_on or not subjects or subjects[-1].text.lower() in ("it", "there") or demonstrative(subjects[-1].text) \
            or time_word(subjects[-1].text):
        return None
    return subjects[-1]


_DATELINE_REACH = 8  # the most words from a dateline's first word to its colon (`LAHORE, Pakistan, March 3 (AP):`)
# the tags of the words of a noun phrase before any phrase after its noun (`The army's media wing`)
_DATELINE_PHRASE_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM")


def _titled_name_after_place(s: Parsed, k: Word, verb: Word) -> Word:
    """`At the party's convention Sen. Ann Ruiz said ...` parsed with the place of the saying for the subject and
    the name for its apposition: a noun with a preposition of its own before it (`at`, `in`: not `about 50`) is a
    phrase of place or time, no subject; a capitalised title right after it with no punctuation and a name after
    that (lexicon TITLES, ROLE_WORDS: `Sen.`, `Gov.`, `Mayor`) opens the subject.  `k` itself otherwise."""
    words = s.words
    if not k.index + 1 < verb.index or not any(c.deprel == "case" and c.index < k.index and preposition(c.text)
                                               and c.text.lower() not in _APPROXIMATORS for c in s.kids[k.index]):
        return k
    title = words[k.index + 1]
    name = next((c for c in s.kids[k.index] if c.deprel == "appos" and s.subtree(c)[0].index == title.index), None)
    if name is None or not title.text[:1].isupper() \
            or title.text.lower().rstrip(".") not in TITLES | ROLE_WORDS or not k.index + 2 < verb.index \
            or words[k.index + 2].upos != "PROPN" or not words[k.index + 2].text[:1].isupper():
        return k  # (`the convention Sen. Ann Ruiz`: a title, then a name, however the parse hung the title)
    return name


def _name_after_set_off_title(s: Parsed, k: Word, verb: Word) -> Word:
    """`On CBS's "Face the Nation," Treasury Secretary Ann Ruiz said ...` parsed with a word of the title for the
    subject and the name for its apposition: a title in marks set off by a comma (inside its closing mark or right
    after it) names where or in what something was said, and words quoted so before their tag are the tag's, no
    one who speaks (`"...," Tom Vale, a historian, said`); the apposition the parse hung from it,
    opening right after that comma and the mark with no other mark before the verb, is the subject.  `k` itself
    otherwise (`The mayor, a fan of "Gone Girl," said`: the subject stands outside the marks)."""
    words = s.words
    if not k.index < verb.index:
        return k
    opening = next((j for j in range(k.index - 1, -1, -1) if _mark(words[j])), None)
    closing = next((j for j in range(k.index + 1, verb.index) if _mark(words[j])), None)
    if opening is None or closing is None or not words[opening + 1].text[:1].isupper():
        return k
    after = closing + 1
    if words[closing - 1].text != ",":
        if after >= verb.index or words[after].text != ",":
            return k
        after += 1  # `"Face the Nation", Ruiz said`: the comma after the closing mark
    name = next((c for c in s.kids[k.index] if c.deprel == "appos" and c.index >= after
                 and closing <= s.subtree(c)[0].index <= after), None)  # (the parse may hang the marks from it)
    if name is None or any(_mark(w) for w in words[after:verb.index]):
        return k
    return name


def _past_dateline(s: Parsed, w: Word) -> Word:
    """A subject `w` the parse found in a dateline before a colon opening the sentence (`_colon_dateline`:
    `RAWALPINDI: The army's media wing said`): a place speaks no words; the subject is the noun phrase right
    after the colon, its last noun or name (`wing`, `Sharif` in `Prime Minister Shehbaz Sharif on Monday
    said`); `w` itself when it lies in no dateline or no noun follows."""
    words = s.words
    colon = next((i for i in range(w.index + 1, min(len(words), w.index + _DATELINE_REACH))
                  if words[i].text == ":"), None)
    if colon is None or not _colon_dateline(s, 0, colon):
        return w
    head = None
    for x in words[colon + 1:]:
        if x.upos not in _DATELINE_PHRASE_TAGS:
            break
        if x.upos in _NOMINAL:
            head = x
    return head or w


def _joined_described_first(s: Parsed, comma: int) -> Word | None:
    """`"...," John Smith, CEO of Acme, and Mary Brown, CEO of Globex, said`: before the comma at `comma`, two
    capitalised names joined by `and`, each with a description set off by commas (no verb or break inside), the
    first opening its clause (at the sentence's start, or after a comma or quotation mark): the first name's
    head (the word of it the parse hung outside it, else its last), the head of the two joined speakers; None
    otherwise."""
    words = s.words

    def description_start(close: int) -> int | None:  # the comma opening the description closed at `close`
        k = close - 1
        while k > 0 and close - k <= _JOINED_DESCRIPTION_REACH and words[k].upos != "PUNCT" \
                and words[k].xpos not in _FINITE and words[k].upos not in ("AUX", "VERB", "CCONJ"):
            k -= 1
        return k if k < close - 1 and words[k].text == "," and not relative_pronoun(words[k + 1].text) else None

    def name_start(end: int) -> int:  # the first of the capitalised words ending at `end`
        k = end
        while k > 0 and _capitalised(words[k - 1]) and words[k - 1].upos == "PROPN":
            k -= 1
        return k

    second = description_start(comma)
    if second is None or second < 1 or not (words[second - 1].upos == "PROPN" and _capitalised(words[second - 1])):
        return None
    joined = name_start(second - 1)
    if joined < 2 or words[joined - 1].text.lower() != "and" or words[joined - 2].text != ",":
        return None
    first = description_start(joined - 2)
    if first is None or first < 1 or not (words[first - 1].upos == "PROPN" and _capitalised(words[first - 1])):
        return None
    opening = name_start(first - 1)
    if opening > 0 and not (words[opening - 1].text == "," or words[opening - 1].text.strip(MARK_CHARS) == ""):
        return None
    return next((w for w in words[opening:first] if w.head not in range(opening, first)), words[first - 1])


def _subordinate_conjunct(s: Parsed, verb: Word) -> Word | None:
    """`The crowd cheered when the mayor took the stage and said ...`: a verb joined by `and` (or `but`,
    `or`), with no subject of its own, right after the words of a clause opened by `when`, `after`,
    `because` ... (`SUBORDINATE_OPENERS`) that has a subject of its own goes on with that clause and shares
    its subject, however far back the parse joined it (to `cheered`, whose subject is the crowd)."""
    if verb.deprel != "conj" or verb.head < 0 or verb.head >= verb.index \
            or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    i = verb.index - 1
    while i >= 0 and s.words[i].upos == "ADV" and s.words[i].head == verb.index:
        i -= 1  # `and later said`
    if i < 1 or s.words[i].upos != "CCONJ" or s.words[i - 1].text in _CLAUSE_BREAKS:
        return None  # `..., and said`: set off, it may go back to the main clause
    host = verb.head
    for v in reversed(s.words[host + 1:i]):
        if v.upos not in VERB_UPOS or s.subtree(v)[-1].index != i - 1:
            continue
        kids = s.kids[v.index]
        subject = next((k for k in kids if k.deprel in ("nsubj", "nsubj:pass") and k.index < v.index), None)
        opened = any(k.deprel in ("mark", "advmod") and k.text.lower() in SUBORDINATE_OPENERS and k.index < v.index
                     for k in kids)
        if subject is not None and opened and not relative_pronoun(subject.text):
            return subject
    return None


def _report_conjunct_subject(s: Parsed, verb: Word) -> Word | None:
    """`said the plan costs too much and argued for a smaller one`: a cue joined to a clause reported
    before it as its speaker's further doing (`_report_joined`) speaks for that report's speaker."""
    cue = _report_joined(s, verb) or _past_after_modal(s, verb)  # (`would reopen and advised`, whatever the parse)
    return None if cue is None else _subject(s, cue)


SUBJECTS = Table("subject", doc="The speaker of a cue verb from its parse; the first rule that answers wins.",
                 rules=(
    Rule("quoted-as", "subject", "`The minister was quoted by Reuters as saying ...`: under a verb of quoting, "
         "the one quoted says it (the passive subject, or the object), not the one who quotes, whose subject the "
         "verb of quoting has (asked first: `\"...,\" the general was quoted by the agency as saying` gives the general, not the agency); also when the parse hangs what was said from the "
         "verb of quoting itself (`was quoted as saying that ...`, `\"...,\" the agency quoted the minister as saying`); "
         "what was said then opens after the participle, not at the one quoted (`quoted the minister as saying: "
         "\"...\"`: a direct quotation, no mixed one holding the name); any participle after `as` reports the "
         "one quoted's words, however the parse hung it (`quoted the leader as calling for \"...\"`, hung from the "
         "one quoted: the speaker ends before `as`); the one quoted is the phrase that fills the words between the "
         "verb of quoting and `as`, whatever the parse made of its head (`Yonhap quoted an official as saying ...`, "
         "`official` taken for an adjective).",
         _quoted_as,
         (Example("The minister was quoted by a news agency as saying the talks had failed.",
                  "the talks had failed", "The minister"),
          Example("A news agency quoted the minister as saying the talks had failed.",
                  "the talks had failed", "the minister"),
          Example("Yonhap quoted an official as saying the missile flew 600 km.", "the missile flew 600 km",
                  "an official"),
          Example('State media quoted the leader as calling for "maximum vigilance."', 'for "maximum vigilance."',
                  "the leader"),
          Example("The former minister was quoted as saying that the deal was a betrayal.",
                  "that the deal was a betrayal", "The former minister"),
          Example('"The border will stay shut," a news agency quoted the minister as saying.',
                  "The border will stay shut,", "the minister"),
          Example('A news agency quoted the minister as saying: "The border will stay shut."',
                  "The border will stay shut.", "the minister"),
          Example("The border will stay shut, a news agency quoted the minister as saying on Friday.",
                  "The border will stay shut", "the minister"),
          Example('"The army will respond," the general was quoted by the state news agency as saying.',
                  "The army will respond,", "the general"),
          Example("State news agency IRNA quoted him as saying that talks would resume next week.",
                  "that talks would resume next week", "him"))),
    Rule("passive-agent", "subject", "`was told by X`, `When asked by X whether ...`: the passive agent (not a "
         "means: `said by telephone`; a title right before a name the parse hung apart gives the name: `asked by "
         "committee chairman Mel Stride`; after `accuse` and its kind, an `of` phrase that no `the`, owner or "
         "name opens is the charge, not the agent's: `accused by unions of a 'cover-up'`; a preposition right after "
         "the agent before a question's opener opens the topic, however the parse hung it: `Pressed by Bash on "
         "whether ...`).",
         _passive_agent,
         (Example('During an appearance on "Meet the Voters," Sanders was asked by the host whether he '
                  'would stay.', "whether he would stay", "the host"),  # the programme's title is no quote
          Example("When asked by a reporter whether the plan would work, the mayor smiled.",
                  "whether the plan would work", "a reporter"),
          Example("Asked by committee chairman Mel Stride whether the bank had erred, the governor nodded.",
                  "whether the bank had erred", "Mel Stride"),
          Example("Ministers have been accused by unions of a 'cover-up' over the hospital closures.",
                  "of a 'cover-up' over the hospital closures", "unions"),
          Example("Pressed by Bash on whether he would support the bill, Ruiz said he would look at it.",
                  "whether he would support the bill", "Bash"))),
    Rule("relative-tagged-noun", "subject", "`the news, which analysts said reflected ...`, `the coach, who fans "
         "call \"...\"`: a finite cue right after `which`, `that`, `who` or `whom` and a plural or a name tagged as a "
         "verb: that word speaks.", _relative_tagged_noun,
         (Example("Shares fell after the report, which analysts said reflected fears of a slowdown.",
                  "reflected fears of a slowdown", "analysts", parse=example_parse("relative-tagged-noun")),
          Example('The coach, who fans call "the Professor," won again on Sunday.', "the Professor,", "fans",
                  parse=example_parse("relative-who")))),
    Rule("as-clause", "subject", "`as X noted`, `As X told the paper, \"...\"`, with X parsed as a phrase of "
         "`as` (past a relative clause or description set off after X: `As Ann Ruiz, the author of ..., put it,`).",
         _as_subject,
         (Example("The talks will resume, as the minister noted on Friday.", "The talks will resume",
                  "the minister"),
          Example('As the Gazette reported, "If the vote were held today, the mayor would win easily."',
                  "If the vote were held today, the mayor would win easily.", "the Gazette"),
          Example('As one aide told the Valley Gazette, "We never saw the plan."', "We never saw the plan.",
                  "one aide", parse=example_parse("as-told")),
          Example('As one shop owner put it, "The street is dying."', "The street is dying.", "one shop owner",
                  parse=example_parse("as-phrase")),
          Example('As Ann Ruiz, the author of "The Long Road," put it, "We are out of money."',
                  "We are out of money.", "Ann Ruiz"))),
    Rule("named-subject", "subject", "`A paper called \"The Harbour Voice\" reported the closure first`: a quotation "
         "that a participle giving a name opens (lexicon NAME_GIVING_FORMS, `known as`), closing right before the cue "
         "with no comma, `?` or `!` in its marks, is a name within the cue's subject, not a quotation the cue tags "
         "(`inverted-subject` takes nothing after it): the noun before the participle speaks, with the name.", _named_subject,
         (Example('A weekly paper called "The Harbour Voice" reported that the mill would close.',
                  "that the mill would close", 'A weekly paper called "The Harbour Voice"'),)),
    Rule("inverted-subject", "subject", "`\"...,\" said X`: the noun phrase after a verb of saying (`one of "
         "the volunteers` too), "
         "whatever relation the parse gave it and whatever tag a noun after a determiner or number before a "
         "comma (`said one official, who ...`) or before `who` (`said an official who was briefed`: an adjective "
         "takes no relative clause of a person), or a word naming a source before a preposition (`said an official "
         "at the ministry`) (never after `shook her head`), or a capitalised word in `-ing` opening a title "
         "before a name whatever its tag (`said Acting Police Commissioner Jo Hart`), or a source noun with its "
         "article dropped, as headlines write it, closing the sentence whatever its tag (`..., says mayor`), or the "
         "name after `Said` "
         "opening the sentence; none after a comma closing a relative aside (`Vance, who ..., mocked Ruiz`), "
         "nor a noun phrase a modal or a finite verb follows (`..., Dan Vale, said load shedding would ease`: the "
         "subject of the clause said), "
         "and past a comma with no quotation before it only after a verb of saying, reporting, promising or "
         "warning (`INVERTING_VERBS`: `thanked the crews, praised the volunteers as ...` is no inversion; `warn` "
         "and `promise` closing the sentence so have no listener: `..., warned Ruiz.`).", _inverted_subject,
         (Example('"It went the other way," said the former aide.', "It went the other way,", "the former aide"),
          Example('"It was a mess from the start," said one of the volunteers who worked the count.',
                  "It was a mess from the start,", "one of the volunteers who worked the count"),
          Example('"The roads are closed," said Acting Police Commissioner Jo Hart on Tuesday.',
                  "The roads are closed,", "Acting Police Commissioner Jo Hart"),
          Example("Budget cuts coming, says mayor", "Budget cuts coming", "mayor"),
          Example("The levee will not hold, warned Ann Ruiz.", "The levee will not hold", "Ann Ruiz"),
          Example("The bank will cut 500 jobs, said a senior executive, who asked not to be named.",
                  "The bank will cut 500 jobs", "a senior executive"),
          Example("The talks stalled, said an official who was briefed on them.", "The talks stalled",
                  "an official who was briefed on them"),
          Example("Taxes will rise, said an official at the ministry.", "Taxes will rise", "an official"))),
    Rule("inverted-aside", "subject", "`The gap, said Ann Ruiz, an economist, is the real problem`: an inverted "
         "reporting clause set within the clause it reports (a verb of saying right after a comma, a noun phrase "
         "and its set-off apposition, then a comma and the clause's finite verb) is said by that phrase, "
         "whatever the parse made of it.", _inverted_aside_subject,
         (Example("The real cost, said Ann Ruiz, an economist at the bank, is the land itself.",
                  "The real cost is the land itself", "Ann Ruiz"),)),
    Rule("name-before-apposition", "subject", "`Anna Berg, a spokeswoman for the ministry, said` parsed as two "
         "subjects: the name (with its title words), not the description set off after it (by commas, or by "
         "dashes after a full name: `Jo Hart -- a teacher -- says`); also a description opened by `a`, `an` or "
         "`the` after a full name's comma that runs on to the verb unclosed (`Tom Vale, the party's spokesman "
         "said ...`), unless a comma follows the verb (`Clinton, an aide said, is confident`: the aide's); not a "
         "common noun first (with its own phrase: `The engineer in charge, Dr. Lena Fox, said`; an office capitalised "
         "with its own phrase too: `The Director-General of the agency, Dr. Sani Kolo, said`) and the name after "
         "it (`His mother, Karen Miles, said`, `The Speaker, Lindsay Hart, ruled`: a bare office after `the`, the name right "
         "after its comma, `The spokesman for the Relief Office (RO), Jo Hart, said`: both, as "
         "`description-before-name` reads them), where `a` or `an` makes the capitalised word after it a "
         "description (`The mayor, a Democrat, said`: the mayor); a title quoted within the description, its marks "
         "paired, its closing comma within the closing mark or not, sets nothing apart (`The mayor, a fan of \"Gone "
         "Girl,\" said`: the mayor; after a name, `name-before-description` reads it); a lone capitalised word "
         "opening the sentence before a description opened by `a`, `an` or `the` and closed by a comma right before "
         "the verb is a name whatever its tag (`Zhou, the defending champion, said`: only an apposition closes so, "
         "or a pair of dashes set off by spaces: `Hart - a Democrat from Ohio - said`; not a linking adverb, an answer word or a time: `Meanwhile, the coach said`), and so is one before an "
         "apposition opened by an adverb of a former or present name or role, lexicon APPOSITION_ADVERBS "
         "(`X, formerly Twitter, said`); a noun's or a name's phrase before a description opened by an article or a "
         "superlative between dashes, a hyphen set off by spaces among them, is the speaker too (`The union -- a group "
         "of nurses -- said`, `The union - the largest in the state - said`, `Hart - the first woman in the "
         "post - said`; one dash with none closing it is a break, no apposition).",
         _name_before_apposition,
         (Example("Anna Berg, a spokeswoman for the ministry, said the trains would run on time.",
                  "the trains would run on time", "Anna Berg", parse=example_parse("apposition")),
          Example("Former House speaker Jo Hart, a party elder, said the bill would fail.", "the bill would fail",
                  "Former House speaker Jo Hart", parse=example_parse("titled-apposition")),
          Example("Jo Hart -- a teacher from Dayton -- says she voted for the mayor.", "she voted for the mayor",
                  "Jo Hart", parse=example_parse("dashed-apposition")),
          Example("Zhou, the defending champion, said she was feeling confident.", "she was feeling confident",
                  "Zhou"),
          Example("Hart - a Democrat from Ohio - said the bill would pass.", "the bill would pass", "Hart"),
          Example("X, formerly Twitter, said that it had removed the accounts.", "that it had removed the accounts",
                  "X"),
          Example("Tom Vale, the spokesman for the county party said the count was final.", "the count was final",
                  "Tom Vale", parse=example_parse("unclosed-apposition")),
          Example("The mayor, a Democrat, said the city was out of money.", "the city was out of money",
                  "The mayor"),
          Example("The union \u2014 a group of nurses \u2014 said the deal was fair.", "the deal was fair", "The union"),
          Example("The union - the largest in the state - said the deal was fair.", "the deal was fair", "The union"),
          Example("Hart - the first woman in the post - said the deal was fair.", "the deal was fair", "Hart"))),
    Rule("parenthetical-subject", "subject", "`The mayor, Ruiz said, had been warned`: a reporting clause set "
         "inside what it reports, its subject parsed as a conjunct (no `and`) of the phrase before: that conjunct.",
         _parenthetical_subject,
         (Example("The mayor, Ruiz said, had been warned about the flooding.",
                  "The mayor had been warned about the flooding", "Ruiz", parse=example_parse("parenthetical")),)),
    Rule("dash-aside-host", "subject", "`The union - in a letter to the board - warned that ...`, `Ann Lowe - a "
         "nurse at the clinic - told ...`: a verb right after the second of two dashes set off by spaces, the first "
         "right after a plain noun phrase opening the sentence (or its clause, after a fronted phrase and its "
         "comma: `In her memoir, Lowe - a nurse - wrote`) and the aside between them opened by a preposition, a "
         "description or examples of the phrase's members (`- including two on the board -`), "
         "is that noun phrase's verb, whatever the parse hung from the aside's words.", _dash_aside_host,
         (Example("The union - in a letter to the board - warned that the deal would fail.",
                  "that the deal would fail", "The union"),
          Example("Ann Lowe - a former nurse at the clinic - told The Ledger that the ward had been understaffed.",
                  "that the ward had been understaffed", "Ann Lowe"),
          Example("Even so, several economists - including two who sit on the board - warned that rates could rise.",
                  "that rates could rise", "several economists"))),
    Rule("after-relative", "subject", "`Another voter who lives here said`: a cue with no subject, auxiliary "
         "or conjunction of its own hung inside a relative clause follows that clause: the noun it modifies "
         "(the clause opened by its subject `who`, or by `whom` or `who` right before a subject of its own: `A "
         "parent whom the board had invited to speak said ...`); a clause with no comma before it restricts the "
         "noun and stays in the speaker (`_speaker_span`), one set off by commas goes; an adjective before `who` "
         "stands as a noun for a person: `An official who asked not to be named said ...`; a restrictive clause on "
         "a preposition's noun within a noun phrase is said of that phrase's own noun: `Farmers in towns that "
         "backed him say ...`.",
         _after_relative,
         (Example("Co-host Ann Ruiz, who was off camera, then asked whether the vote would be delayed.",
                  "whether the vote would be delayed", "Co-host Ann Ruiz", parse=example_parse("after-relative")),
          Example("A parent whom the board had invited to speak said the plan was unfair.",
                  "the plan was unfair", "A parent whom the board had invited to speak"),
          Example("Farmers in towns that backed him say they feel ignored.", "they feel ignored",
                  "Farmers in towns that backed him"),
          Example('"We will stay open," a parent who asked not to be named said.', "We will stay open,",
                  "a parent who asked not to be named"),
          Example("An official who asked not to be named said the talks had stalled.", "the talks had stalled",
                  "An official who asked not to be named"))),
    Rule("tag-phrase", "subject", "`..., a person close to the company said.`, `..., officials in both cities "
         "insist, because ...`: a verb of saying right after a noun phrase set off by a comma after a clause, "
         "and closing its sentence or set off by a comma itself, is said by that phrase, read from the words "
         "(past a preposition's phrase or an adjective's or participle's: `close to`, `briefed on`; a participle and "
         "a time: `, a report released Tuesday said`; a share of a "
         "group: `one of the people`; before a relative clause, an `-ing` phrase or a name's description set off "
         "by commas: `, the official, who declined to be named, said`; a description with its name set off: `, "
         "his top aide, Tom Vale, said`, the whole apposition, a relative clause set off after the name too: `, "
         "the port's director, Hank Moss, who took over in January, told`; a kind of paper's `-ing` word, however "
         "tagged: `, charging documents say`; an office's postpositive `general`, however tagged: `, a report by the "
         "inspector general said`; a name's initials in brackets after it: `, the Ministry of Manpower (MOM) "
         "said`, the phrase with them).",
         _tag_phrase_subject,
         (Example("The plant will close next year, a person close to the company said.",
                  "The plant will close next year", "a person close to the company"),
          Example("The firm has held early talks with two buyers, one of the people said, asking not to be "
                  "identified.", "The firm has held early talks with two buyers", "one of the people"),
          Example("Wages will rise next year, officials in both towns say, because the mill has reopened.",
                  "Wages will rise next year because the mill has reopened", "officials in both towns"),
          Example("The mill will close next spring, the official, who declined to be named, said.",
                  "The mill will close next spring", "the official"),
          Example("The ferry will stop running in May, one clerk, speaking on condition of anonymity, told the "
                  "Gazette.", "The ferry will stop running in May", "one clerk"),
          Example("The ferry will stop running in May, his top aide, Tom Vale, told the Gazette.",
                  "The ferry will stop running in May", "his top aide, Tom Vale"),
          Example("The ferry will stop running in May, the port's director, Hank Moss, who took over in January, "
                  "told the Gazette.", "The ferry will stop running in May", "the port's director, Hank Moss"),
          Example("The man stole three cars, charging documents say.", "The man stole three cars",
                  "charging documents"),
          Example("The plant will close next year, the Minister of Finance, Mr Enoch Vale, said on Monday.",
                  "The plant will close next year", "the Minister of Finance, Mr Enoch Vale"),
          Example("Employers will face stiffer penalties from next year, the Ministry of Manpower (MOM) said on "
                  "Monday (Dec 7).", "Employers will face stiffer penalties from next year",
                  "the Ministry of Manpower (MOM)"),
          Example("The agency ignored repeated warnings, a report by the inspector general said.",
                  "The agency ignored repeated warnings", "a report by the inspector general"),
          Example("The agency ignored repeated warnings, a report released Tuesday said.",
                  "The agency ignored repeated warnings", "a report released Tuesday"))),
    Rule("participle-phrase", "subject", "`A campaign ad released Thursday says ...`, `A city report issued "
         "earlier this year warned ...`: a finite cue right after a noun phrase opening its clause and a past "
         "participle's phrase modifying its noun with no comma (its adverbs, then a time or, for a participle's or "
         "regular past form, one preposition's phrase, however its preposition is tagged, with a noun's `-ing` "
         "modifier in it: `outside polling stations`; no verb of saying) is that phrase's, read from the words "
         "(the parse may take the participle for the main verb, or the time or the phrase's noun for a subject; "
         "a bare plural opening the sentence only then); the cue's auxiliaries may come between (`Lawsuits filed "
         "in San Diego have accused`: `Diego` is the place's, no subject), `being` may open the phrase, and no "
         "word that opens only a clause may stand in it (`as more Republicans said`: theirs); a count of how often "
         "may close the phrase (lexicon REPEAT_NOUNS: `A post shared thousands of times says ...`); two such "
         "phrases may be joined by `and` (`A letter signed by 40 lawmakers and sent Friday urges ...`).",
         _participle_phrase_subject,
         (Example('A campaign ad released Thursday says the senator is "out of touch."',
                  'the senator is "out of touch."', "A campaign ad released Thursday"),
          Example("A memo sent late on Friday claimed that the budget would not balance.",
                  "that the budget would not balance", "A memo sent late on Friday"),
          Example("A city report issued earlier this year warned that the bridge was unsafe.",
                  "that the bridge was unsafe", "A city report issued earlier this year"),
          Example('A textbook just published for schools explains "the value of peace between neighbours."',
                  "the value of peace between neighbours.", "A textbook just published for schools"),
          Example("Voters interviewed outside polling stations said the wait was too long.",
                  "the wait was too long", "Voters interviewed outside polling stations"),
          Example("Lawsuits filed in San Diego have accused the firm of fraud.", "the firm of fraud",
                  "Lawsuits filed in San Diego"),
          Example("A Facebook post shared thousands of times says the new law bans cash.",
                  "the new law bans cash", "A Facebook post shared thousands of times"),
          Example("A letter signed by 40 lawmakers and sent Friday urges the agency to act.",
                  "the agency to act", "A letter signed by 40 lawmakers and sent Friday"))),
    Rule("set-off-participle-subject", "subject", "`The email, sent to staff on Friday, said ...`: a finite cue "
         "with no subject of its own right after the comma closing a past participle's phrase set off after the "
         "noun phrase opening the sentence: that noun phrase speaks, read from the words.",
         _set_off_participle_subject,
         (Example("The email, sent to staff on Friday, said the office would close.",
                  "the office would close", "The email"),)),
    Rule("apposition-host", "subject", "`The party's housing spokeswoman, Jo Hart, accused ministers of ...`: a past "
         "form right after the comma closing a name set off after the noun phrase opening the sentence is its main "
         "verb, whatever the parse made of it (an adjective of the noun after it): the name speaks (with its "
         "description, as `description-before-name` widens it); so too after a phrase set off there that a "
         "preposition or an `-ing` participle opens (`The governor, in a video message posted on social media, "
         "urged residents to ...`), or a run of adverbs (`The mayor, however, urged ...`): the noun before it speaks, "
         "and the noun after the verb is its listener (content rule `infinitive`, its infinitive however the parse "
         "hung it: `Health officials, citing new data, urged parents to vaccinate ...`) or what it reports "
         "(`The company, in a statement, announced plans to ...`); a past form the parse joined to the opening phrase "
         "as its conjunct is that verb too, and a role's word closing the phrase its noun whatever its tag "
         "(`Northwind's chief executive, Dale Hutchins, acknowledged in a letter that ...`).", _apposition_host,
         (Example('The harbour board\'s chairwoman, Ann Ruiz, accused ministers of "sitting on their hands".',
                  'ministers of "sitting on their hands"', "The harbour board's chairwoman, Ann Ruiz"),
          Example("The governor, in a video message posted on social media, urged residents to stay indoors.",
                  "residents to stay indoors", "The governor"),
          Example("Health officials, citing new data, urged parents to vaccinate their children.",
                  "parents to vaccinate their children", "Health officials"),
          Example("The mayor, however, urged residents to stay home.", "residents to stay home", "The mayor"),
          Example("The company, in a statement, announced plans to cut 500 jobs.", "plans to cut 500 jobs",
                  "The company"),
          Example("Northwind's chief executive, Dale Hutchins, acknowledged in a letter to shareholders that the "
                  "company had moved too slowly.", "that the company had moved too slowly",
                  "Northwind's chief executive, Dale Hutchins"))),
    Rule("misread-main-verb", "subject", "`Hundreds of farmers marched through the capital, chanting ...`: a "
         "participle set off by a comma closes a clause (so does a past-form cue right after `and`, with no subject "
         "of its own: `Students marched through the square and chanted ...`), so where the parse left the words "
         "before it no finite verb, "
         "the one past form in `-ed` there right after a noun, which the parse took for a modifier, is their main "
         "verb: the noun phrase before it, opening its clause, speaks (and the verb is no part of it).",
         _misread_main_verb,
         (Example('The mayor\'s right-hand man rallied volunteers, saying: "We have to be ready."',
                  "We have to be ready.", "The mayor's right-hand man", parse=example_parse("misread-main")),
          Example('Students marched through the square and chanted "No cuts!"', "No cuts!", "Students"))),
    Rule("aside-host", "subject", "`The senator, who said last week that she would run, announced ...`: a "
         "finite verb right after the comma or dash (and adverbs) closing a relative clause set off after a noun (one "
         "a share opens too: `Residents, many of whom have lived there for decades, say ...`) is that "
         "noun's, read from the words, wherever the parse hung the verb within another clause (unless it gave it a "
         "subject of its own outside that clause); so too after a participle's phrase set off by commas after a noun "
         "(`Others, pointing to the delay, shouted`; a past form in `-ed` there is the participle, however tagged: "
         "`after Ruiz, asked about it, said`), and past the perfect's `had` (`when Hale, pressed by reporters, had "
         "admitted`); an `-ing` word between a number and its noun is the noun's modifier, no verb (`Two shipping "
         "executives, who ..., said`).", _aside_host,
         (Example("The senator, who said last week that she would run, announced on Monday that she had changed "
                  "her mind.", "that she had changed her mind", "The senator"),
          Example("Mayor Ann Ruiz \u2014 who said last month that she would run \u2014 announced on Friday that she "
                  "had changed her mind.", "that she had changed her mind", "Mayor Ann Ruiz"),
          Example('Others, pointing to the delay between the storm and the mayor\'s return, shouted, "Open the '
                  'shelters!"', "Open the shelters!", "Others"),
          Example('The row began when Hale, pressed by reporters, had admitted that the plan was "a mistake from '
                  'the start."', 'that the plan was "a mistake from the start."', "Hale"),
          Example('The issue came up after Ruiz, asked about the deaths, said, "I think our city does plenty of '
                  'harm too."', "I think our city does plenty of harm too.", "Ruiz"),
          Example("Residents, many of whom have lived there for decades, say they were never consulted.",
                  "they were never consulted", "Residents"),
          Example("Two shipping executives, who asked not to be named, said cargo was being diverted to other ports.",
                  "cargo was being diverted to other ports", "Two shipping executives"))),
    Rule("fronted-participle-object", "subject", "`Addressing journalists in Abuja, the chairman, Mr Adams Bello, "
         "said ...`: an `-ing` participle's phrase opening the sentence, closed by a comma, is the writer's free "
         "adjunct, so no word of it is the subject of the finite verb after it, whatever the parse made of its "
         "object (a subject, or, for a description and a name set off after it, their host): the noun phrase "
         "between that comma and the verb "
         "speaks (a name set off after it too), read from the words.", _fronted_participle_object,
         (Example("Addressing journalists in Abuja, the chairman, Mr Adams Bello, said the party was united.",
                  "the party was united", "the chairman, Mr Adams Bello"),
          Example("Confirming the incident, the Police Public Relations Officer, DSP Bala Musa, said two suspects "
                  "had been arrested.", "two suspects had been arrested",
                  "the Police Public Relations Officer, DSP Bala Musa"))),
    Rule("relative-before-aside", "subject", "`the staff, who, on a press call Friday, criticized ...`: a finite "
         "verb with no subject of its own right after a phrase set off by commas (no verb or quotation in it) that "
         "follows a relative pronoun has that pronoun for its subject, read from the words.", _relative_before_aside,
         (Example('The campaign blamed the staff, who, on a press call Friday, criticized Lee for "misleading the '
                  'voters."', 'Lee for "misleading the voters."', "who"),)),
    Rule("asked-aside", "subject", "`Ruiz, asked about the deaths, said ...`: a verb of asking or telling in "
         "`-ed` opening a phrase set off by commas right after a noun, a verb after its closing comma, is a "
         "participle whatever the parse made of it: it names the one asked or told, and nobody speaks.",
         _asked_aside,
         (Example('The issue came up after Ruiz, asked about the deaths, said, "I think our city does plenty of '
                  'harm too."', "the deaths", None),
          Example("Trump, asked about the report, said it was false.", "the report", None))),
    Rule("plural-tagged-verb", "subject", "`..., though aides concede the numbers are tight`: a finite cue (or a "
         "base form hung on that word: `and aides concede`) with no subject right after a bare `-s` word the tagger took for a verb, after a conjunction, a comma or the "
         "sentence's start, or after a quotation handed over with its comma (`\"...,\" aides said`): two finite verbs "
         "do not stand side by side, so that word is a plural noun, the speaker, with its own words before it "
         "(`Privacy advocates slammed the firm`, the cue a participle with an object hung on it).", _plural_tagged_verb,
         (Example("The budget passed on Monday, though aides concede the numbers are tight.",
                  "the numbers are tight", "aides"),
          Example("The budget passed, and aides concede the numbers are tight.", "the numbers are tight", "aides"),
          Example('She called the plan "bold but costly," aides said.', 'She called the plan "bold but costly,"',
                  "aides"),
          Example("Privacy advocates slammed the firm for the delay.", "the firm for the delay",
                  "Privacy advocates"))),
    Rule("nominal-subject", "subject", "The verb's own subject nearest it, one before it first; no time word, "
         "nor a lower-case noun ending a phrase of time right before the cue (`The senator later that day said`); "
         "not a bare noun right after a participle that follows another subject, what the participle makes of that "
         "one (`Passengers taken prisoner in May said`); "
         "none after `tell`, which takes the one told there and is never inverted (`..., Vale told POLITICO`); "
         "none after the verb that a modal or a finite verb follows, the clause's subject (`..., Dan Vale, said load "
         "shedding would ease`); "
         "a relative clause set off after it is no part of it, after a name that a title the parse took for "
         "the head goes on with too (`Lab director Ana Cole, who ..., said`); nor a job title set off after a "
         "name in capitals, as a press release prints it (`Jane Doe, Chief Executive Officer of Acme, said`); one "
         "past a quotation mark only where the writer quotes a term within the subject's own phrase (`The "
         "\"watchdog\" warned`: a determiner or modifier of its own before the opening mark), or a work's title "
         "set off by commas after its noun (`His 1971 book, \"Rivers of Iron,\" argued`: the work speaks); an `-ing` "
         "participle's phrase right after its noun phrase running unbroken to the cue is part of it (`The man leading "
         "the committee said`; set off by commas it is not: `Ruiz, leading the talks, said`); `No wonder`, `Small "
         "wonder` opening the clause (short for `It is no wonder that`: lexicon WONDER_OPENERS) is the writer's "
         "comment, no word of it, even where the parse took `wonder` for the head; a noun with a preposition of its "
         "own (`at the party's convention`) is a phrase of place or time, no subject: a capitalised title right "
         "after it before a name, which the parse hung as its apposition, opens the subject (`At the party's "
         "convention Sen. Ann Ruiz said`); a title in marks set off by a comma names where it was said, no one "
         "who speaks: the apposition the parse hung from it, right after its comma and closing mark, is the subject "
         "(`On CBS's \"Face the Nation,\" Treasury Secretary Ann Ruiz said`).",
         _nominal_subject_of,
         (Example('"This is a good day for the country," the president told reporters.',
                  "This is a good day for the country,", "the president"),
          Example("Lab director Ana Cole, who first flagged the issue, said the plan would fail.",
                  "the plan would fail", "Lab director Ana Cole"),
          Example('His 1971 book, "Rivers of Iron," argued that the city had forgotten its workers.',
                  "that the city had forgotten its workers", "His 1971 book"),
          Example("Jane Doe, Chief Executive Officer of Acme, said the deal would close in May.",
                  "the deal would close in May", "Jane Doe"),
          Example('The "watchdog" warned that prices would rise.', "that prices would rise", 'The "watchdog"'),
          Example("The senator the same day said the bill was dead.", "the bill was dead", "The senator"),
          Example("Passengers taken prisoner in May said the crew had fled.", "the crew had fled",
                  "Passengers taken prisoner in May"),
          Example("The man leading the committee said the plan would fail.", "the plan would fail",
                  "The man leading the committee"),
          Example('No wonder Ruiz said, "We love the night shift."', "We love the night shift.", "Ruiz"),
          Example('Small wonder Tom Vale said the plan was "dead."', 'the plan was "dead."', "Tom Vale"),
          Example("Saturday at the Ohio Democratic Party's state convention Sen. Ann Ruiz (D-OH) said the governor "
                  'was a "proven failure" in business.', 'the governor was a "proven failure" in business',
                  "Sen. Ann Ruiz"),
          Example('On CBS\'s "Face the Nation," Treasury Secretary Maria Lopez said inflation was "coming down."',
                  'inflation was "coming down."', "Treasury Secretary Maria Lopez"))),
    Rule("condition-participle-subject", "subject", "`A source asking not to be named said ...` parsed with the "
         "cue hung inside the phrase: a finite cue with no subject of its own right after a participle's phrase of "
         "the terms a source speaks on (`speaking on condition of anonymity`, `asking not to be named`), which "
         "follows a noun opening its clause: that noun speaks (the phrase stays out of it: `condition-participle`).",
         _condition_participle_subject,
         (Example("A source asking not to be named said the talks had stalled.", "the talks had stalled",
                  "A source"),)),
    Rule("weekday-subject", "subject", "`The Tories Sunday said ...` parsed with the weekday as the subject: a "
         "weekday (or a weekday's part of the day: `Monday night`) right before the cue after a name (no day's name: "
         "`Super Tuesday`) is when it was said; the "
         "name before it speaks.", _weekday_subject,
         (Example("The Tories Sunday said the deal was dead.", "the deal was dead", "The Tories"),
          Example("Ann Ruiz Monday night said the bakery would close.", "the bakery would close", "Ann Ruiz"))),
    Rule("perfect-subject", "subject", "`Ruiz has since apologized: \"...\"` parsed as a passive: a participle "
         "after `have` with no `be` or `get` is active; its subject, before it, speaks.", _perfect_subject,
         (Example('Ruiz has since apologized for what happened: "I should have called the families first."',
                  "I should have called the families first.", "Ruiz"),)),
    Rule("contracted-perfect", "subject", "`He's said he would run` parsed as a passive: `'s` before a participle "
         "that goes on to a clause with its own subject (or, after a verb taking a listener, an object) is `has`: "
         "its subject speaks (not `It's said that ...`).", _contracted_perfect,
         (Example("He's said he would vote against the new bridge.", "he would vote against the new bridge", "He",
                  parse=example_parse("contracted-perfect")),)),
    Rule("unmarked-passive", "subject", "`Paul Ruiz later testified that ...` parsed as a passive: a past form "
         "with no `be` or `get` (nor `have`) is active; its subject nearest before it speaks.", _unmarked_passive,
         (Example('One of the senior engineers, Paul Ruiz, later testified that "no valve was checked."',
                  'that "no valve was checked."', "One of the senior engineers, Paul Ruiz",
                  parse=example_parse("unmarked-passive")),)),
    Rule("clause-preposition", "subject", "`The plant closed after the company said ...`: a finite cue right after "
         "a noun phrase opened by `after`, `before`, `since`, `until` or `as` (`..., as one aide put it, ...`; "
         "`As one aide put it, \"...\"` opening its sentence is `as-clause`'s): that phrase; read from the words "
         "where the parse hung them elsewhere, a description from a determiner or possessor after `after`, "
         "`before`, `since` or `until`, a name set off after it or not (`Shares fell after the company's chief "
         "executive said`, `rose after the club's manager, Tom Vale, said`), never the main clause's subject, even "
         "where the parse hung it from the cue past a verb of its own (`Shares, in early trading, jumped after the "
         "company announced a deal`), nor a noun of a stretch of time right before the preposition, which measures "
         "how long before or after (`..., hours after Ruiz said`: lexicon SPAN_NOUNS), nor a noun of a happening "
         "after it, which speaks nothing (`Doctors arrested after the protest said`: lexicon EVENT_NOUNS, the "
         "participle's time); a name right after a "
         "lower-case title word, with no punctuation between, goes on with it, however the parse hung it "
         "(`two weeks after union leader Tom Vale told members ...`); the phrase of place or belonging after its noun "
         "goes with it (`after a farmer from the valley told`), and a past form before the preposition is the main "
         "clause's verb where a name or a noun for one who speaks follows the preposition (`The police arrived after "
         "a neighbour said`: no phrase restricting `police`); a past form in `-ed` the tagger took for a "
         "participle right before the quotation it takes, or before the comma or colon setting it off, is the "
         "clause's finite verb (`Lee paused as supporters shouted, \"We love you!\"`: the supporters shout).",
         _clause_preposition_subject,
         (Example("The plant closed a week after the company said it would cut jobs.",
                  "it would cut jobs", "the company", parse=example_parse("clause-preposition")),
          Example('Lee paused as supporters shouted, "We love you!"', "We love you!", "supporters"),
          Example("Prices rose after the club's manager, Tom Vale, said he would resign.", "he would resign",
                  "the club's manager, Tom Vale"),
          Example("Shares, in early trading, jumped after the company announced a deal.", "a deal",
                  "the company"),
          Example('Vale backed the plan on Tuesday evening, hours after Ruiz said she was "encouraged" by it.',
                  'she was "encouraged" by it', "Ruiz"),
          Example("The talks resumed after a farmer from the valley told officials the dam had failed.",
                  "the dam had failed", "a farmer from the valley"),
          Example("The police arrived after a neighbour said she had heard shots.", "she had heard shots",
                  "a neighbour"),
          Example('The strike ended two weeks after union leader Tom Vale told members the offer was "final."',
                  'the offer was "final."', "union leader Tom Vale"))),
    Rule("quantifier-before", "subject", "`Some chanted \"...\"`, `; most said ...`: a quantifier opening the "
         "cue's clause right before it (after a subordinator too, `, while another added:`: lexicon "
         "QUANTIFIER_CLAUSE_OPENERS; or `and`, `but`, `yet` after a comma), however the tagger took it (not `both`, `all`, `each` after the comma closing an "
         "aside in a subject with no verb before it: `Ann Ruiz and her deputy, Tom Vale, both said`, floating on that "
         "subject).", _quantifier_before,
         (Example('The crowd cheered and waved flags. Some chanted "Go home! Go home!"', "Go home! Go home!",
                  "Some"),
          Example("'Gutted for her,' one fan wrote online, while another added: 'She deserved to win.'",
                  "She deserved to win.", "another"))),
    Rule("with-subject", "subject", "`..., with Vance shouting: \"...\"`: a participle after `with` and a noun "
         "phrase (its own `of`, `from`, `for`, `in`, `at` phrases included), set off by a comma or opening "
         "the sentence, or a name, a pronoun or a noun of a person (lexicon SPEAKER_NOUNS, ROLE_WORDS, "
         "`resolve.person_noun`) however it "
         "stands (`The talk ended with Ruiz asking ...`, `The video closes with the mayor saying ...`, `The clip ends "
         "with him saying ...`; not a text: `responded with a statement saying ...`), is that phrase's.",
         _with_subject,
         (Example('The clash came after the mayor spoke, with Vance reportedly shouting: "Get out of my town!"',
                  "Get out of my town!", "Vance"),
          Example('The count went ahead, with the leaders of both parties in the county saying "it was fair."',
                  "it was fair.", "the leaders of both parties in the county"),
          Example("The video closes with the mayor saying that the bridge will reopen.",
                  "that the bridge will reopen", "the mayor"),
          Example("The interview ended with Ruiz asking the mayor whether she would run again.",
                  "whether she would run again", "Ruiz"),
          Example('The clip ends with him saying: "Goodbye."', "Goodbye.", "him"),
          Example('Lee criticized the plan, with one aide saying: "It is a mess."', "It is a mess.", "one aide"))),
    Rule("tag-participle", "subject", "`\"...,\" the official said, adding that ...`: a participle of saying set off "
         "by a comma right after a reporting clause (a finite cue with its speaker, nothing but its own words "
         "after it) goes on with that clause's speaker, however the parse hung the participle.", _tag_participle,
         (Example('"There is no deal yet," the official said, adding that talks would resume on Monday.',
                  "that talks would resume on Monday", "the official"),)),
    Rule("main-clause-adjunct", "subject", "`She was adamant that the firm keep the lead, telling ...`: a participle "
         "set off by a comma at the end of a clause set within another (after `that`, `whether`, `if`, or a gerund "
         "after a preposition) speaks for the subject of the clause holding that one, outside any quotation.",
         _main_clause_adjunct,
         (Example('She was adamant that she and the company keep the upper hand, telling investors they would not '
                  '"have to make the first move."', 'they would not "have to make the first move."', "She"),
          Example('He joined other critics in pouncing on news that the agency had lost the files, saying on '
                  'Twitter: "This is a disaster for the mayor."', "This is a disaster for the mayor.", "He"))),
    Rule("free-adjunct", "subject", "`X said the deal was dead, adding ...`: a participle set off by a comma "
         "speaks for the subject of the clause it closes, however deep the parse hung it.", _free_adjunct,
         (Example('The spokeswoman said the mayor was wrong, adding, "The plan will never work."',
                  "The plan will never work.", "The spokeswoman", parse=example_parse("free-adjunct")),)),
    Rule("participle-before-report", "subject", "`Lee mocked the plan, saying it would be ...`: a participle "
         "set off by a comma, hung by the parse inside the clause it reports, speaks for the subject of the clause "
         "the comma closes.", _participle_before_report,
         (Example('Ruiz mocked the record of the governor, saying she would be a weak leader who lacks "spine."',
                  'she would be a weak leader who lacks "spine."', "Ruiz", parse=example_parse("participle-before-report")),)),
    Rule("issuer", "subject", "`The town issued a statement saying ...`: a text an issuing verb puts out "
         "speaks for its issuer.", _issuer,
         (Example("The town issued a statement saying that the bridge would stay closed.",
                  "that the bridge would stay closed", "The town", parse=example_parse("issuer")),
          Example("The tenants sent a letter saying that the heat failed again.", "that the heat failed again",
                  "The tenants", parse=example_parse("sent")))),
    Rule("closing-name-run", "subject", "`..., the news site Valley Courier reported.`: a cue closing its sentence "
         "right after a run of name-and-title words set off by a comma, however the parse hung it (as a "
         "relative clause of a noun before it): that run.", _closing_speaker,
         (Example("The bridge will stay shut until the spring, the local paper Valley Courier reported.",
                  "The bridge will stay shut until the spring", "the local paper Valley Courier",
                  parse=example_parse("closing-run")),)),
    Rule("parallel-participle", "subject", "`..., with Ruiz saying the plan was \"a trap\" and asking, \"...\"`: a "
         "participle cue right after `and` or `but` goes on in parallel with the participle cue before it in its "
         "sentence, however the parse hung it (a noun in what was said before it is not its subject): that one's "
         "speaker.", _parallel_participle,
         (Example('The crowd grew restless, with the mayor saying the new plan was "a step backward" and asking, '
                  '"Who will pay for it?"', "Who will pay for it?", "the mayor"),
          Example('Her aide hit back, saying she is qualified "on paper" but suggesting that might not be enough.',
                  "that might not be enough", "Her aide"),
          Example('Ruiz praised the mayor, stating her candidacy was a benefit to the race and chiding the '
                  'press for "the little game" of pitting them against one another.',
                  'the press for "the little game" of pitting them against one another', "Ruiz"))),
    Rule("joined-adding", "subject", "`X said A and added that B`: a verb of adding a remark (lexicon "
         "ADDING_VERBS), past or present, right after `and` or `but` with a finite cue before it in its sentence, "
         "is that cue's subject's next remark, however the parse hung it (on a verb of the clause said, or read as "
         "a passive), when `that` or punctuation opens the remark (not `inspected and added to the list`).",
         _joined_adding,
         (Example("The coach said his players were exhausted and added that the schedule was unfair.",
                  "that the schedule was unfair", "The coach"),)),
    Rule("judged-doer", "subject", "`Critics attacked the senator for claiming that ...`: a cue in `-ing` after "
         "`for` (or the verb's own charge preposition: `accused her of saying`), hung from an active verb of judging "
         "someone (lexicon JUDGING_VERBS) or from its object, verdict or charge, is done by the one judged, the "
         "verb's object (a relative pronoun's noun: `the nurses, whom she thanked for telling ...`), never the "
         "judge; not a naming verb's words (`mocked Lee for calling himself \"...\"`: credited to the mocking), "
         "nor a verb of implying's (`slammed the plan for implying \"...\"`: lexicon IMPLYING_VERBS, the judge's "
         "wording); fronted, the `for` phrase opening the sentence, the object after the verb still (`For saying "
         "that ..., rivals attacked the senator`); in a passive with its agent after `by`, the passive's subject, the one judged, never the agent "
         "(`For suggesting that ..., the senator was attacked by rivals`; with no agent, left to the rules after); "
         "after a relative clause on the object whose verb judges no one, however the parse hung the `-ing` "
         "from that verb, the object (`praised the woman who runs the shelter for insisting ...`: `the woman`, "
         "never the relative pronoun).", _judged_doer,
         (Example("Critics attacked the senator for claiming that the vote was rigged.",
                  "that the vote was rigged", "the senator"),
          Example("The union thanked the mayor for promising to keep the clinic open.",
                  "to keep the clinic open", "the mayor"),
          Example("Ruiz thanked the volunteers, whom she praised for insisting that every child be fed, and left.",
                  "that every child be fed", "the volunteers"),
          Example("For suggesting that the vote was rigged, the senator was attacked by rivals.",
                  "that the vote was rigged", "the senator"),
          Example("For saying that the vote was rigged, rivals attacked the senator.",
                  "that the vote was rigged", "the senator"),
          Example("Lee praised the woman who runs the shelter for insisting that no one be turned away.",
                  "that no one be turned away", "the woman"))),
    Rule("gerund-doer", "subject", "`took the step of criticizing X, accusing ...`, `made a point of noting`: a "
         "gerund after a preposition, or a participle joined to one, is done by the subject of the clause "
         "holding the phrase, not by the noun it hangs from.", _gerund_doer,
         (Example('At the ribbon cutting, the coach made a point of noting the new field "belongs to every '
                  'child in town."', 'the new field "belongs to every child in town."', "the coach"),)),
    Rule("passive-modifier", "subject", "`Lee, when asked about it, ...`, `buyers who were told ...`: a verb of "
         "asking or telling in the passive, modifying a noun or bare after `when`, names the one asked or told: "
         "nobody speaks.",
         _passive_modifier,
         (Example("The mayor, when asked whether the bridge would reopen, did not answer.",
                  "whether the bridge would reopen", None),
          Example("Buyers who were told that the price was fair felt cheated.", "that the price was fair", None,
                  parse=example_parse("told")))),
    Rule("passive-relative", "subject", "`the senator, who was declared the winner`, `the plan, which was "
         "announced on Friday`: a cue in the passive, with `be`, in a clause on the noun it modifies names what "
         "was said or announced, never who spoke: nobody is named (not a bare past form, which may be the noun's "
         "own verb: `advocates in the community called for ...`); a name quoted after it is unnamed others' term "
         "for the noun: `towns that are often labeled the \"flyover country\"`.", _passive_relative,
         (Example("The board hired a manager who was reported to have quit a rival firm.",
                  "who was reported to have quit a rival firm", None),
          Example('Voters in towns that are often labeled the "flyover country" feel ignored.',
                  'the "flyover country"', kept=False))),
    Rule("misread-relative", "subject", "`... while doctors warned of a crisis` parsed as a relative clause of an "
         "earlier noun: a finite cue with no subject takes the noun phrase right before it.", _misread_relative,
         (Example("The town faced a flood while local doctors warned of a new outbreak.",
                  "a new outbreak", "local doctors", parse=example_parse("misread-relative")),)),
    Rule("have-to-say", "subject", "`Lee has nothing but kind things to say about the clinic`, `will have more "
         "to say about it`: an infinitive of a verb of saying right after the object of `have` (what there is to "
         "say) is said by the subject of `have`, not by that object.", _have_to_say,
         (Example("A local nurse has nothing but kind things to say about her clinic.", "her clinic",
                  "A local nurse"),
          Example("The council has not always had good things to say about the project.", "the project",
                  "The council"))),
    Rule("infinitive-doer", "subject", "`Lee took the chance to comment on the vote`, `were under pressure to "
         "pledge that ...`: a `to`-infinitive right after the noun it modifies (a chance, pressure, a request), "
         "the noun with no owner, is not done by that noun but by the subject of the clause that holds the noun "
         "(`the campaign's decision to tell ...`: left to `relative-head`, whose phrase holds the owner).",
         _infinitive_doer,
         (Example("The senator took the chance to warn that the budget was too small.",
                  "that the budget was too small", "The senator", parse=example_parse("infinitive-doer")),)),
    Rule("relative-head", "subject", "`the official who said`: the noun the cue's clause modifies (a predicate "
         "noun without its subject and copula: `She is a candidate promising ...`); a past form hung "
         "from the agent of a passive participle that modifies a noun, in a sentence with no finite verb, is the "
         "sentence's own verb: that noun speaks, not the agent (`Migrants interviewed by reporters described ...`).",
         _relative_head,
         (Example('Protesters chanting "Stop the war now" marched downtown.', "Stop the war now", "Protesters",
                  parse=example_parse("relative-head")),
          Example("Migrants interviewed by reporters described being beaten by border guards.",
                  "being beaten by border guards", "Migrants interviewed by reporters"),
          Example("She is a candidate promising that taxes will fall.", "that taxes will fall", "a candidate"))),
    Rule("object-control", "subject", "`led Republicans to say`, `forced the mayor to admit`: after a verb that "
         "makes or lets someone do it, the first object, the infinitive its complement or a purpose (not after a "
         "request or a wish: `urged voters to say`, `called her to say`, `wants them to recall`, the asker's).",
         _object_control,
         (Example("The defeat led Republicans to say that the party needed a new leader.",
                  "that the party needed a new leader", "Republicans"),
          Example("The loss forced the mayor to admit that the plan had failed.", "that the plan had failed",
                  "the mayor", parse=example_parse("forced")))),
    Rule("perceived-doer", "subject", "`watched the mayor calling her ...`, `think of Lee saying`: a participle "
         "right after the object of a verb of perceiving or showing (or of remembering, a perception recalled: "
         "`remembers her mother telling her, \"...\"`, lexicon PERCEPTION_VERBS), or a noun phrase opened by `of`, "
         "with no comma between, is that phrase's.", _perceived_doer,
         (Example('Each night we watch the rivals of the mayor loudly calling her a "fraud."',
                  'her a "fraud."', "the rivals of the mayor"),
          Example('What do you make of Lee quietly saying "let it go" after the vote?', "let it go", "Lee"),
          Example('Ruiz remembers her mother telling her, "Always vote."', "Always vote.", "her mother"))),
    Rule("passive-control", "subject", "`was prompted to say`: the passive subject of the governing verb (not "
         "for a cue joined to a clause a cue before it reports, `report-conjunct`'s: `said the plan was drafted by "
         "the council and said, \"...\"`; nor for a cue joined to a reported clause it cannot share: `Fans believe "
         "the club will be relegated and say ...`, `controller-subject`'s).",
         _passive_control,
         (Example('Mr. Jones was prompted to say, "By now, I cannot believe how quiet the hall has stayed."',
                  "By now, I cannot believe how quiet the hall has stayed.", "Mr. Jones"),)),
    Rule("raised-perfect", "subject", "`The star is said to have told friends that ...`, `He is understood to have "
         "warned colleagues that ...`: a cue's participle right after `to have` right after a passive verb is the "
         "perfect infinitive's verb, whatever the parse hung it from; its speaker is the passive's raised subject "
         "(the passive verb only hedges the report).",
         _raised_perfect,
         (Example("The minister is understood to have warned colleagues that she would quit.",
                  "that she would quit", "The minister"),
          Example("The star is said to have told friends she was heartbroken after the split.",
                  "she was heartbroken after the split", "The star"))),
    Rule("after-quotation", "subject", "`Lee said, \"...,\" adding ...`: a participle set off right after a "
         "quotation and hung from its verb speaks for the cue reporting the quotation (also the reporting clause "
         "set within a split quotation that the parse hung from the quotation's verb: `\"The river,\" Fox said, "
         "\"has been studied,\" adding: \"...\"`).", _after_quotation,
         (Example('Mr. Lee said of the episode, "I do not like it," adding that "they are angry."',
                  'that "they are angry."', "Mr. Lee"),
          Example('"The river," Fox said, "has been studied for years," adding: "We know how it behaves."',
                  "We know how it behaves.", "Fox"))),
    Rule("subordinate-conjunct", "subject", "`The crowd cheered when the mayor took the stage and said ...`: a "
         "verb joined by `and` with no subject of its own, right after the words of a clause opened by `when`, "
         "`after`, `because` ... with a subject of its own, shares that clause's subject, however far back the "
         "parse joined it.", _subordinate_conjunct,
         (Example('The crowd cheered when the mayor took the stage and said that the bridge "will reopen."',
                  'that the bridge "will reopen."', "the mayor"),)),
    Rule("report-conjunct", "subject", "`said the plan costs too much and argued for ...`: a cue joined with no "
         "subject to the clause a cue before it reports is that cue speaker's further doing.",
         _report_conjunct_subject,
         (Example("The farmer said the dam is too small and argued for a second one upstream.",
                  "a second one upstream", "The farmer"),
          Example('Lee said the plan was drafted by the council and said, "Who are you going to trust on this?"',
                  "Who are you going to trust on this?", "Lee"))),
    Rule("subject-before-conjunct", "subject", "`Lee opposed it and Ruiz said`: a finite active verb the parse "
         "joined to an earlier one, right after a noun phrase opened by a conjunction (or after it and an aside of "
         "adverbs set off by commas: `and Ruiz, once again, said`, or a description set off after a name: `while "
         "Ann Ruiz, the former governor, argued`), or with a participle's phrase restricting its noun (`and "
         "officials interviewed on Monday said`), is that phrase's.", _subject_before_conjunct,
         (Example("The council opposed the tax and Mayor Ruiz said that she would veto it.",
                  "that she would veto it", "Mayor Ruiz", parse=example_parse("conjunct-subject")),
          Example("The council opposed the tax and the mayor, once again, firmly said that she would veto it.",
                  "that she would veto it", "the mayor", parse=example_parse("conjunct-aside")),
          Example('The storm passed, but residents reached by phone said that the power "is still out."',
                  'that the power "is still out."', "residents reached by phone"),
          Example('Lee wants a wall, while Ann Ruiz, the former Ohio governor, argued that the wall "will never '
                  'work."', 'that the wall "will never work."', "Ann Ruiz"))),
    Rule("passive-conjunct", "subject", "`and was told that ...`: a passive cue hung from another verb, "
         "with no agent, names nobody as speaking.", _passive_conjunct,
         (Example("The mayor resigned and was told that the vote had failed.", "that the vote had failed",
                  None, parse=example_parse("passive-conjunct")),)),
    Rule("set-off-subject", "subject", "`Dover, Del., on Monday, Senator Lowe backed it, saying`: the host "
         "verb's subject is the noun phrase right before it, not an earlier one the parse chose past a comma.",
         _set_off_subject,
         (Example("Dover, Del., on Monday, Senator Ann Lowe backed the bill, saying that it would help farmers.",
                  "that it would help farmers", "Senator Ann Lowe", parse=example_parse("set-off")),)),
    Rule("share-doer", "subject", "`left two in three viewers saying ...`: a participle right after a share "
         "of people, with no comma between, is what that share says.", _share_doer,
         (Example("The debate left two in three viewers saying that the mayor had won.",
                  "that the mayor had won", "two in three viewers"),
          Example("The long debate left 60 percent saying that the mayor had won.", "that the mayor had won",
                  "60 percent"))),
    Rule("possessor-quotation", "subject", "`Ruiz's \"if you like your school, you can keep it\" promise`: a cue "
         "form right after a quotation opened right after a possessive names that saying, whatever its tag: the "
         "owner speaks.", _possessor_before_quotation,
         (Example('It is the steady pull of Ruiz\'s "if you like your school, you can keep it" promise.',
                  "if you like your school, you can keep it", "Ruiz's"),)),
    Rule("contact-relative", "subject", "`Ruiz wears a suit in videos he calls \"Vital Signs,\" pointing to ...`: a "
         "cue whose host the parse joined as a second clause with no conjunction, its pronoun subject right after a "
         "noun, hangs from a relative clause with `that` left out: it speaks for the clause holding that noun.",
         _contact_relative,
         (Example('Ruiz wears a suit in videos he calls "Vital Signs," telling viewers that sugar is "ruining the '
                  'country."', 'that sugar is "ruining the country."', "Ruiz",
                  parse=example_parse("contact-relative")),)),
    Rule("linking-aside-subject", "subject", "`Whitcomb, for her part, insists ...` with the name taken for an "
         "interjection: a finite cue with no subject right after a linking phrase set off by commas (`for her part`, "
         "`in turn`), a linking adverb (`meanwhile`, `however`: never the subject, whatever the parse), or a phrase "
         "of the occasion or means of speaking (`in a statement`, `through a lawyer`), has "
         "for its subject the word before that phrase's opening comma (before a verb it was joined to, whose "
         "subject it is not: `..., but the family, in a statement, said`).", _linking_aside_subject,
         (Example("Whitcomb, for her part, insists the vote would only delay the inevitable.",
                  "the vote would only delay the inevitable", "Whitcomb"),
          Example("Police said the driver was not hurt, but the family, in a statement, said she was badly injured.",
                  "she was badly injured", "the family"),
          Example("The alliance's secretary general, meanwhile, said talks would resume.",
                  "talks would resume", "The alliance's secretary general"))),
    Rule("opened-clause-subject", "subject", "`even as some council members have said ...`, `less than aides say "
         "...`, `: some 30 percent of voters said ...`: a tensed cue with no subject right after a noun phrase that "
         "opens after a word opening a clause (lexicon SUBJECT_CLAUSE_OPENERS), a colon or a semicolon has that "
         "phrase for its subject, however the parse hung it: no controller's.", _opened_clause_subject,
         (Example("The plan drew protests even as some of the same council members have said they support it.",
                  "they support it", "some of the same council members"),
          Example("The mayor has won less praise than aides say she deserves for the new park.",
                  "she deserves for the new park", "aides"))),
    Rule("opening-noun-participle", "subject", "`A report saying the plant would close alarmed the town`: an "
         "`-ing` cue right after the noun phrase that opens its sentence, no comma between, is done by that noun "
         "phrase, however the parse hung the cue (a noun before an `-ing` word is its doer, in a modifier or not).",
         _opening_noun_participle,
         (Example("A report saying the plant would close alarmed the town.", "the plant would close", "A report"),)),
    Rule("received-message", "subject", "`The police received calls saying ...`, `got a letter saying ...`: a "
         "participle right after the object of a verb of receiving (lexicon RECEIVING_VERBS), no comma between: the "
         "message speaks, never the one who received it (with the phrase of who sent it between: `got a letter "
         "from the council saying ...`, `received-message-run`).", _received_message,
         (Example("At noon, the police received calls saying shots had been fired at the mall.",
                  "shots had been fired at the mall", "calls"),)),
    Rule("relative-conjunct", "subject", "`Lee met Ann Ruiz, who opened her door and said ...`: a tensed cue with "
         "no subject right after `and` or `but`, nothing set off between it and a `who` that opens a relative clause "
         "set off by a comma after a noun, goes on with that clause: the noun speaks, however the parse joined the "
         "cue (not after a `who` with no comma before it, a clause that may end before the `and`; not a noun after "
         "`of`, whose clause may be on the phrase before it).",
         _relative_conjunct,
         (Example("The crowd cheered for the mayor, who took the stage and said the bridge would reopen.",
                  "the bridge would reopen", "the mayor"),)),
    Rule("controller-subject", "subject", "`He smiled and said`, `..., saying that`: the speaker of the verb "
         "the cue hangs from, else, in a main clause, its passive subject (`The paper has long been opposed to "
         "it, arguing ...`); a verb after `and` that the parse joined to a noun goes on from the verb that noun "
         "hangs from (`The crowd erupted in cheers and chanted ...`); not for a finite cue after a comma, a "
         "conjunction and a noun phrase, its own subject however the parse hung it (`..., but the family's lawyer, "
         "Tom Vale, told reporters ...`; a phrase after its noun too: `..., but a diplomat familiar with the talks "
         "said`; not a time and a phrase: `..., and this week in a letter said`); a tensed verb after `and` that "
         "the parse joined to a `to`-infinitive goes on from the verb that infinitive hangs from (`promised to cut "
         "taxes and called for an audit`: `to` governs no `called`); an infinitive whose `to` repeats after `and` "
         "or `or` has the controller of the infinitive before the conjunction, however the parse hung it: `went to "
         "Ohio to campaign and to say ...`, and none where that one has none: `Voters were more likely to say A "
         "and to say B`); an `-ing` phrase closed by a comma that the parse made the subject of a verb with a subject "
         "of its own after the comma is set before that clause, its subject the doer: `Citing weak demand, the "
         "company cut its outlook`; a tensed verb set off by a comma and an adverb of what came next, with no subject, "
         "goes on from the verb before it, however the parse hung it: `toured the plant, then says ...`); a cue "
         "joined by `and` to the verb of a clause a finite verb reports, in that verb's tense, goes on from the "
         "reporting verb where it cannot share the clause's modal (`feared the road would fail and warned that ...`) "
         "or the clause's subject names no source (`Some planners fear the new road will fail and warn that ...`: "
         "the planners warn; not `said the mayor would resign and announce that ...`).", _controller,
         (Example('He backed Obama and said, "Clinton did nothing."', "Clinton did nothing.", "He"),
          Example("He went to Ohio to campaign and to say the plant would stay open.", "the plant would stay open",
                  "He"),
          Example('The crowd at the party erupted in cheers and chanted "Maria! Maria!"', "Maria! Maria!",
                  "The crowd at the party"),
          Example('The senator wants voters to recall that he "stood alone" against the war.',
                  'that he "stood alone" against the war', "The senator"),
          Example("The mayor called reporters to say that the bridge would reopen in May.",
                  "that the bridge would reopen in May", "The mayor"),
          Example('The governor thanked the crews, praised the volunteers as "true heroes" and left.',
                  'the volunteers as "true heroes"', "The governor"),
          Example("The union pushed its members to say they support the new contract.",
                  "they support the new contract", "The union"),
          Example('The paper has long been opposed to the plan, arguing it is "a waste of public money."',
                  'it is "a waste of public money."', "The paper", parse=example_parse("passive-host")),
          Example("The senator promised to cut taxes for families and called for an audit of the count.",
                  "an audit of the count", "The senator"),
          Example("The mayor toured the flooded streets on Monday, then says he will ask the state for help.",
                  "he will ask the state for help", "The mayor"),
          Example("Some planners fear the new road will fail and warn that it will cost more.",
                  "that it will cost more", "Some planners"))),
    Rule("crossing-subject", "subject", "`Jane Doe, director of ..., said she thinks`: a subject before the "
         "cue whose head lies beyond it.", _crossing_subject,
         (Example("Jane Doe, director of the fund, said she thinks they will lose.",
                  "she thinks they will lose", "Jane Doe", parse=example_parse("crossing")),)),
    Rule("determiner-on-cue", "subject", "`A spokeswoman added: \"...\"` parsed with `spokeswoman` as an adjective "
         "and the determiner hung on the cue: a determiner modifies no verb, so the words between it (opening its "
         "sentence or after punctuation) and the cue in a finite form (no `to`: not `a concern ... to recommend`) "
         "(its adjectives, the last a noun for a person whatever its tag) are the cue's subject.",
         _determiner_on_cue,
         (Example('The council said the scheme would be reviewed. A spokeswoman added: "We are listening."',
                  "We are listening.", "A spokeswoman"),)),
    Rule("noun-before", "subject", "A finite cue with no subject: the noun right before it, or the name "
         "before its comma, past a phrase of time after that comma (`The firm's chief executive, John Ferris, on "
         "Tuesday said`) or a clause of time the cue's set off by commas (`The party chairman, Mr. Ade Bello, while "
         "briefing newsmen, said`, `..., when contacted, said`) (not the last word of a relative clause the comma closes, whose noun, after a party "
         "label too, the `phrase` table reads: `Sen. Jo Hart (D-Ore.), who backed Lee, said`); with no comma, not the "
         "last noun of a relative clause opened by `who` or `whom` right before the cue, but the noun that clause "
         "follows (`A resident who did not give her name said`); not the last noun of a participle's phrase the "
         "comma closes, but the noun it is set off after, a lone capitalised word opening the sentence whatever its "
         "tag (`Ng, speaking at a forum in San Francisco, warned`); past a clause opened by `whose` set off after a "
         "name, the name (`The port's director, Hank Moss, whose contract ends in May, called`), or the name opening the "
         "sentence before it, its capitalised words whatever their tags (`Ann Ruiz, whose term ends in June, called`); "
         "before two names joined by `and`, each with a description set off by commas, the first opening its clause, "
         "the first name, which `joined-described-names` runs over the second (`\"...,\" John Smith, CEO of Acme, and "
         "Mary Brown, CEO of Globex, said`); nor, with no comma, a word of a participle's "
         "phrase restricting the noun before it (`Officials being interviewed in San Diego said`: the `phrase` "
         "table reads the noun with its phrase).", _noun_before,
         (Example('"We are ready," Lopez spokesman Paul Kent said.', "We are ready,",
                  "Lopez spokesman Paul Kent"),
          Example('"We won the state," Sen. Tom Vale told POLITICO.', "We won the state,", "Sen. Tom Vale",
                  parse=example_parse("told-listener")),
          Example("The company's chief executive, John Ferris, on Tuesday said the plant would close.",
                  "the plant would close", "The company's chief executive, John Ferris"),
          Example("A resident who did not give her name said the meeting should have been held at night.",
                  "the meeting should have been held at night", "A resident who did not give her name"),
          Example("The party chairman, Mr. Ade Bello, while briefing newsmen, said the bill would be opposed.",
                  "the bill would be opposed", "The party chairman, Mr. Ade Bello"),
          Example("Ng, speaking at a robotics fair in San Francisco, said that the arms would ship in May.",
                  "that the arms would ship in May", "Ng"),
          Example('The port\'s director, Hank Moss, whose contract ends in May, called the strike "reckless."',
                  'the strike "reckless."', "The port's director, Hank Moss"),
          Example('Ann Ruiz, whose term ends in June, called the offer "an insult."', 'the offer "an insult."',
                  "Ann Ruiz"),
          Example('M. Dane Waters, whose group led the effort, predicted the measure would "pass with ease".',
                  'the measure would "pass with ease"', "M. Dane Waters", parse=example_parse("whose-aside")))),
))
