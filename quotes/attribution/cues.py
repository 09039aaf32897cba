"""Stage `cue`: the `CUES` table and the helpers only this stage uses.

`CUES`: Which words are cues; the first rule that answers for a word makes its cue.

The table's rules and helpers in pipeline order, the table last: read top to bottom. This stage builds on
`subjects`, `phrases`, `spans`, `contents` (modules before it in import order; none imports this one back).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Sequence

from ..lexicon import (SET_OFF_RELATIVES, NOUN_SPELT_PASTS, VIEW_NOUNS, FIRST_PERSON_POSSESSIVES,
                       PLURAL_AGREEING_BODIES, VERB_ONLY_CUE_BASES, KIN_NOUNS, TENURE_NOUNS,
                       FOREIGN_TAG_NAME_ONLY, FOREIGN_INVERTED_PRONOUNS, FOREIGN_TAG_PRONOUNS, FOREIGN_TAG_DETERMINERS, SURNAME_PARTICLES, THAT_CLAUSE_CUES,
                       KNOW_ASKING_VERBS, TOPIC_LISTENER_VERBS, PREPOSITIONS, PLURAL_ONLY_NOUNS,
                       HEADLINE_LABEL_SOURCES, NOT_SPEAKER_LABELS, TITLES, NAME_GIVING_FORMS, NORM_NOUNS,
                       PER_SOURCE_NOUNS, SPEAKING_PAPERS, PAPER_MODIFIERS, PAPER_VERBS, DOUBLE_OBJECT_VERBS,
                       FINDING_BODIES, MADE_ONLY_NOUN_CUES, STANCE_NOUNS, STANCE_COPULAS, CALL_FOR_FORMS,
                       ASKING_ON_FORMS, PRESCRIBING_THINGS, BARE_NOT_MESSAGES, OWNER_PROOF_FORMS,
                       OWNER_LISTENER_FORMS, LEARNED_FORMS, NEWS_OUTLET_WORDS, OUTLET_NOUNS, RELATION_NOUNS,
                       FINDING_FORMS, RESEARCH_NOUNS, HEARING_BODIES, HEARING_FORMS,
                       GROUP_NOUNS, ORGANISATION_WORDS, SPEAKER_NOUNS, OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS,
                       TOPIC_PREPOSITIONS, BARE_QUESTION_WORDS, OCCASION_NOUNS, EVIDENCE_NOUNS, RECORD_BATCH_NOUNS,
                       SHOWING_FORMS, RENDERING_NOUNS, SUBORDINATE_OPENERS, CLAUSE_PREPOSITIONS,
                       QUOTING_VERBS, CIRCUMSTANCE_OPENERS, MENTION_HOSTS, MENTION_NOUNS, NOUN_CUES,
                       NOUN_CUE_HOSTS, NOUN_CUE_ON_HOSTS, COMMISSIVE_VERBS, DIRECTIVE_VERBS, RAISING_REPORTS,
                       MARK_CHARS, NAMING_AS_ONLY, NAMING_FORMS, INFINITIVE_FORMS, PERSON_RELATIVES,
                       INVERTING_VERBS, PLEDGE_INVERTERS, NOUN_REPORTS, PRAISE_BLAME_REPORTS, THAT_ONLY_CUES,
                       COURT_FINDING_CUES, COMMAND_FORMS, VERDICT_WORDS, COMMANDED_NOUNS, SET_OFF_REPORTS,
                       PERCEPTION_VERBS, PHRASE_ADJECTIVES, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS,
                       NOMINATIVE_PRONOUNS, QUANTIFIER_PRONOUNS, NOUN_LIKE_FORMS,
                       SAY_FORMS, SHARE_WORDS, AUXILIARIES, QUESTION_OPENERS, ROLE_WORDS, SAY_VERBS,
                       TIME_NOUNS, TIME_OPENERS, PHRASE_DETERMINERS, MOTION_CUES, cue_lemma, cue_lemmas,
                       first_names, MADE_ONLY_WORKS, NARRATING_VERBS, NAMING_NOUNS, MUTE_HAPPENINGS, WORK_MAKING_FORMS, AGENCY_NOUNS,
                       REPORT_JOINERS, ADDING_VERBS, FAMILY_NOUNS, HEADLINE_OFFICE_INITIALS,
                       CREDIT_TAKING_FORMS, AGREEING_CUES, APOSTROPHE_S, THING_RELATIVES)
from ..lexicon import OWNER_DETERMINERS, PARTICIPLE_CONJUNCTIONS
from ..lexicon import LISTENER_VERBS, REFLEXIVE_PRONOUNS, FEELING_SOUND_VERBS, cue_lemma
from ..parse import FINITE_TAGS, OWNER_TAGS, PLURAL_NOUN_TAGS, QUOTE_TAGS, SINGULAR_NOUN_TAGS, Word, NOUN_UPOS, VERB_UPOS
from ..rules.registry import Example, Rule, Table, example_parse
from ..rules.text import (common_saying, stock_saying, source_word, HEADLINE_CLAIM_WORDS, HEADLINE_DASH_SOURCE_WORDS,
                          HEADLINE_NAME_WORDS, title_case, foreign_tag)
from ..rules.tree import (Parsed, cue_form, demonstrative, joined_past_infinitive, preposition,
                          relative_pronoun, time_word, to_infinitive)
from .common import (Cue, _CLAUSE_BREAKS, _CLOSERS, _DASHES, _FINITE, _HEADLINE_VERBS, _HEAD_STEPS,
                     _JOINED_VERB_LEAST, _NOMINAL, _NOTHING, _PARTICIPLE_PHRASE_WORDS,
                     _RELATIVE_STOPS, _RUN_WORDS, _SOURCE_LINKS, _SUBJECTS, _TAG_PHRASE_WORDS, _WITH_RUN, _age_word, _raised_saying, _with_ing_phrase,
                     _apposition_host, _capitalised, _claimed_deed, _clause_before, _clause_without,
                     _contrast_end, _description, _gerund_verb, _has_clause, _headline_line,
                     _infinitive_content, _ing_modifier, _is_cue_verb, _is_naming_verb, _mark, _mark_between,
                     _mistagged_opening_name, _name_after, _outside_relatives, _name_segment, _names_before, _names_outlet,
                     _noun_cue, _noun_phrase_end, _opening_noun_clause, _opens_noun_phrase, _owner_words,
                     _participle_after_noun, _participle_spelling, _participle_tail, _passive_agent,
                     _perfect, _person_word, _phrasal_word, _phrase_word, _possessed, _restricted_noun,
                     _run_before, _run_opener, _run_start, _run_word, _set_off, _set_off_tag, _span_noun,
                     _speaker_span, _speaking_noun, _subject_clause_end, _subject_word, _time_before, _time_phrase_end,
                     _title_or_name, run_back_to)
from .subjects import _subject, _subject_rule, dash_aside_opening
from .phrases import PHRASES
from .spans import SPANS
from .contents import CONTENTS


def _stock_content(s: Parsed, content: tuple[int, int]) -> bool:
    """`The crew reported for duty at dawn, as the saying goes` parsed with `saying goes` a clause beside the cue:
    a content all within a stock phrase of saying (`stock_saying`: lexicon STOCK_SAYINGS) is the writer's aside,
    nothing reported."""
    first = next((x for x in s.words if x.start >= content[0]), None)
    if first is None:
        return False
    found = stock_saying([x.text for x in s.words], first.index)
    return found is not None and content[1] <= s.words[found[1]].end


def _naming_noun(w: Word) -> bool:
    """`As the title suggests`, `Its name implies that ...`: a lower-case noun of a name or title a thing bears
    (lexicon NAMING_NOUNS) heads no speaker; what a name suggests is nobody's saying."""
    return w.text in NAMING_NOUNS


def _mute_happening(w: Word) -> bool:
    """`The storm warned of nothing before it struck`, `The win confirmed their place in the final`: a common noun
    of a force of nature, an accident or a contest's outcome (lexicon MUTE_HAPPENINGS) heads no speaker; a cue
    verb with it for its subject is a figure of speech, no report (`The rally denounced ...`, a gathering, and
    `The results show ...`, a finding, are not among them)."""
    return w.upos == "NOUN" and w.text.lower() in MUTE_HAPPENINGS


def _work_narrating(s: Parsed, w: Word, head: Word) -> bool:
    """`The film tells the story of a boxer`, `The novel tells of a family torn apart`, `The song tells how they
    met`: a verb by which a work tells its story (lexicon NARRATING_VERBS) with a noun of a work that is no text
    of claims (MADE_ONLY_WORKS: a film, a novel, a song) for its subject and no listener (not `The show told
    viewers the vaccine was unsafe`) is a narration; it reports no one's words (`The book tells how officials
    hid the data`: a book may carry claims)."""
    kids = s.kids[w.index]
    listener = any(k.deprel == "iobj" for k in kids) or (
        any(k.deprel == "obj" for k in kids) and any(k.deprel == "ccomp" for k in kids))
    return w.lemma in NARRATING_VERBS and head.upos == "NOUN" and _work_noun(head) and not listener


_PASSIVE_NOBODY = ("asked-aside", "passive-modifier", "passive-relative", "passive-conjunct")  # subject rules whose `nobody` no phrase overrides


def _headline_claim(words: Sequence[Word]) -> bool:
    """Whether the words a headline credits to a source with a colon or dash make a claim: three or more, or
    HEADLINE_CLAIM_WORDS with a verb among them (`Police: suspect arrested`, `Talks collapse - union`: a
    headline drops its articles and auxiliaries; not `Ann Ruiz: Early years`, a heading)."""
    return len(words) > HEADLINE_CLAIM_WORDS or (len(words) == HEADLINE_CLAIM_WORDS and any(
        x.upos in VERB_UPOS or x.xpos.startswith("VB") for x in words))


def _restricting_participle(s: Parsed, w: Word) -> bool:
    """`Numbers reported by the agency show that ...`: a past participle right after the noun opening
    its clause, in the phrase restricting that noun (`_restricted_noun`) before the clause's finite
    verb, is no report of its own: the noun phrase with it is that verb's subject."""
    if w.xpos != "VBN" or w.index < 1 or s.words[w.index - 1].upos not in NOUN_UPOS:
        return False
    for v in s.words[w.index + 1:w.index + _PARTICIPLE_PHRASE_WORDS + 3]:
        if v.upos == "VERB" and v.xpos in _FINITE:
            found = _restricted_noun(s, v, opening=True)
            return found is not None and found[3] == w.index and _one_phrase(s.words[w.index + 1:found[1] + 1])
        if v.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
    return False


def _hearsay_participle(s: Parsed, w: Word) -> bool:
    """`The plan, said to cost $5 billion, was dropped`, `a man widely reported to be ill`: a past participle of
    saying or reporting (`RAISING_REPORTS`) right after a noun or a comma (adverbs between; after a comma the
    past form too, the same word, whatever its tag), before `to` and a verb's base form, is a reduced relative of hearsay on the noun before it (`which is said to cost ...`): no one
    is named saying it and the noun says nothing, so it is no report of its own.  With `be` or `get` before it, it
    is the passive `raised-report` reads (`He is said to be ill`)."""
    words, i = s.words, w.index
    if w.xpos not in ("VBN", "VBD") or w.lemma not in RAISING_REPORTS:
        return False
    before = next((x for x in reversed(words[:i]) if x.upos != "ADV"), None)
    after = [x for x in words[i + 1:] if x.upos != "ADV"][:2]
    if before is None or not (before.upos in NOUN_UPOS and w.xpos == "VBN" or before.text == ","):
        return False  # (`The mayor said to wait`, a past with its subject: a report of an order)
    return len(after) == 2 and after[0].text.lower() == "to" and after[1].xpos == "VB"


def carrying_medium(s: Parsed, w: Word) -> bool:
    """`"...," Peskov told reporters, as quoted by RIA Novosti.`: a past participle of quoting (`QUOTING_VERBS`)
    right after `as` and right before `by` names the outlet that carried the words of the clause it closes,
    whose own speaker (`Peskov`) said them; the outlet reports nothing of its own (`X quoted Y as saying`, a
    verb of quoting with one it quotes, is `quoted-as`'s)."""
    words, i = s.words, w.index
    return w.lemma in QUOTING_VERBS and w.xpos in ("VBN", "VBD") and 0 < i < len(words) - 1 \
        and words[i - 1].text.lower() == "as" and words[i + 1].text.lower() == "by"


def _name_ing_word(s: Parsed, w: Word) -> bool:
    """`"...," KXAN First Warning Meteorologist Ann Lee said`: a capitalised form in `-ing` between two capitalised
    words, no punctuation between, inside a sentence not set in title case (where capitals mark no names: `Mayor
    Warning Goes Unheeded`), is a word of the name they make, not a verb (its sentence's first word may be a
    participle: `Speaking Tuesday, Lee said`)."""
    words, i = s.words, w.index
    if not (0 < i < len(words) - 1 and w.text[:1].isupper() and w.text.lower().endswith("ing")
            and _capitalised(words[i - 1]) and _capitalised(words[i + 1]) and not time_word(words[i + 1].text)):
        return False
    return not title_case([x.text for x in words if x.text[:1].isalpha()])


def _conjunction_participle(s: Parsed, w: Word) -> bool:
    """`The plan would pass, seeing as the council backed it`: an `-ing` form that with the word after it is a
    conjunction of reason or condition (lexicon PARTICIPLE_CONJUNCTIONS) opens a clause; no one sees or says."""
    return w.index + 1 < len(s.words) and f"{w.text} {s.words[w.index + 1].text}".lower() in PARTICIPLE_CONJUNCTIONS


def _noun_participle(s: Parsed, w: Word) -> bool:
    """`In a written statement, the company said`, `his prepared remarks`, `the announced cuts`: a past
    participle in lower case between a determiner, a possessive or a preposition (`in written evidence to the
    committee`; an adverb after one too: `a carefully worded letter`) and the common noun right after it
    modifies that noun; so does one right after a noun
    of a text or an occasion of speaking (`OCCASION_NOUNS`: `read a statement posted on its website`, `in a
    video posted by the campaign`), which describes the text, unless a quotation follows it (`a post captioned
    "..."`): no report of its own."""
    words, i = s.words, w.index
    if w.xpos != "VBN" or not w.text.islower() or not 0 < i < len(words) - 1:
        return False
    if words[i - 1].upos == "NOUN" and words[i - 1].text.lower() in OCCASION_NOUNS:
        return words[i + 1].text.strip(MARK_CHARS) != ""  # `a post captioned "..."` gives what it is captioned
    if words[i + 1].upos != "NOUN" or not words[i + 1].text.islower():
        return False
    j = i - 1 if words[i - 1].upos != "ADV" or i < 2 else i - 2
    return words[j].upos == "DET" or words[j].xpos in OWNER_TAGS \
        or words[j].upos == "ADP" and preposition(words[j].text)  # `in written evidence`, `in prepared remarks`


# Finite forms no word of a clause's own takes right after a preposition: there the form is the
# preposition's object, a noun (`moves to states`, `pay for reports`).
_PREPOSITION_NOUN_FORMS = frozenset({"VBZ", "VBD"})


def _preposition_object(s: Parsed, w: Word) -> bool:
    """`The contest moves to states this week that she is counting on`: a lower-case form tagged a finite
    verb in `-s` or the past, right after a preposition in lower case taking an object (lexicon PREPOSITIONS, not
    tagged an adverb ending a phrase: `Protesters gathered outside said`; not one that opens a clause,
    CLAUSE_PREPOSITIONS: `as stated`), is that preposition's object, a noun: a finite verb needs a subject
    before it, and an infinitive (`to state`) or gerund (`after stating`) is no such form."""
    i = w.index
    # not a name so spelt (`Al From said`), nor a particle ending a phrase (`Protesters gathered outside said`)
    return w.xpos in _PREPOSITION_NOUN_FORMS and w.text.islower() and i > 0 \
        and s.words[i - 1].text in PREPOSITIONS - CLAUSE_PREPOSITIONS and s.words[i - 1].upos != "ADV"


def _one_phrase(tail: Sequence[Word]) -> bool:
    """Whether a participle's phrase (`_participle_tail`) is one phrase, no clause's subject after it:
    its adverbs, then a phrase a preposition that opens no clause opens (`by the agency`, not `after
    Ruiz`), or words of time alone (`last week`, not `on Monday the court`)."""
    rest = list(tail)
    while rest and rest[0].upos == "ADV" and not time_word(rest[0].text):
        rest.pop(0)
    if rest and rest[0].upos == "ADP":
        return rest[0].text.lower() not in SUBORDINATE_OPENERS
    return all(time_word(w.text) or w.text.lower() in TIME_OPENERS or w.upos in ("DET", "ADJ", "NUM", "ADV")
               for w in rest)


def find_cues(sentence: int, words: Sequence[Word]) -> Iterator[Cue]:
    """Every cue in one parsed sentence: for each word, the `cue` table's first answer."""
    s = Parsed.of(words)
    for w in words:
        found = CUES.first(sentence, s, w)
        if found is not None:
            yield replace(found[1], rule=found[0])


_SIDE_CLAUSES = frozenset({"advcl", "conj", "xcomp"})


def _naming_side_clause(s: Parsed, w: Word) -> bool:
    """`..., calling it "a disaster"`, `attacked the plan and called it "..."`, `is said to have called
    it "..."`: an active naming verb with no subject of its own, in a clause beside the verb whose
    subject names (not the passive participle of `Called "the best", the team ...`; a participle
    after `have` is active)."""
    return w.deprel in _SIDE_CLAUSES and (w.xpos != "VBN" or _perfect(s, w))


def _names_as(s: Parsed, w: Word) -> bool:
    """Whether a verb names through `as` (`saw the plan as "a trap"`): an `as` after it, within the
    verb's own phrase (its head, or its head's head, is the verb), with no quotation between them (`saw
    "Jaws" as a boy`, `remember "Jaws" as a boy`: the quotation is a title seen or remembered, `as` a time)."""
    for x in s.words[w.index + 1:]:
        if x.text.lower() == "as" and x.head >= 0 and not _mark_between(s, w.index + 1, x.index):
            up = s.words[x.head]
            if up.index == w.index or up.head == w.index:
                return True
    return False


def _naming_subject(s: Parsed, w: Word) -> bool:
    """Whether a naming verb has a subject of its own that names: a main clause's, or the relative
    pronoun of a relative clause (`letters that called him "..."`, `Lee, who called it "..."`, set off
    by a dash as by a comma: `Lee -- who called it "..." -- resigned`); not the noun a reduced relative
    hangs from (`a group called "..."`), which is named, nor a relative clause whose pronoun is what is
    named (`what he calls "..."`: a name within another's report); a past form right after the comma closing
    a name set off after the noun phrase opening the sentence, with an object and a quotation after it, is that
    sentence's main verb, whatever the parse made of it (`_apposition_host`)."""
    subjects = [k for k in s.kids[w.index] if k.deprel == "nsubj"]
    if any(c.deprel == "aux:pass" for c in s.kids[w.index]) and _passive_agent(s, w) is not None:
        return True  # `He was branded "a liar" by the Prime Minister`: the agent names
    if not w.deprel.startswith("acl"):
        return bool(subjects) or _finite_main_verb(s, w)
    if _apposition_host(s, w) is not None and any(k.deprel == "obj" and k.index > w.index for k in s.kids[w.index]) \
            and any(x.xpos == "``" for x in s.words[w.index + 1:]):
        return True  # `The COP29 host, Azerbaijan, called oil and gas "a gift of God"`: the main verb after the name
    return w.deprel == "acl:relcl" and any(relative_pronoun(k.text) and k.upos == "PRON" and k.index > 0
                                           and s.words[k.index - 1].text in _CLAUSE_BREAKS for k in subjects)


def _finite_main_verb(s: Parsed, w: Word) -> bool:
    """`The team's owner, Gerald Fitch, called the delay "..."` with the subject parsed as an oblique: a
    finite verb (past or present tense) heading its sentence, after a noun, has a subject before it,
    whatever relation the parse gave it (English drops none but an imperative's, which takes the bare
    form)."""
    return w.deprel == "root" and w.xpos in ("VBD", "VBZ") \
        and any(x.upos in _NOMINAL for x in s.words[:w.index])


def _court_finding(s: Parsed, w: Word) -> bool:
    """`The court held that ...`, `The judge ruled on Friday that ...`: `hold` or `rule` as a finding, a finite
    active form with a subject of its own and no particle (not `has been held up as proof that ...`, `as well
    as ruling that ...`, whose finder the words leave open)."""
    kids = s.kids[w.index]
    return w.xpos in FINITE_TAGS and any(k.deprel == "nsubj" for k in kids) and not any(
        k.deprel in ("compound:prt", "aux:pass", "nsubj:pass") for k in kids)


def _bare_court_finding(s: Parsed, w: Word) -> bool:
    """`A federal judge ruled Friday the law was unconstitutional`, `The court held the search was unlawful`:
    `rule` or `hold` (`COURT_FINDING_CUES`) as a finding (`_court_finding`) by a body that rules
    (`FINDING_BODIES`), then past a phrase of time a bare clause: its subject's noun phrase (a pronoun only as
    its first word) and right after it a finite verb; not `ruled the country for years`, `held the land
    his father won` (a second subject: a relative clause on the object)."""
    if w.upos != "VERB" or w.lemma not in COURT_FINDING_CUES or not _court_finding(s, w):
        return False
    if not any(x.text.lower() in FINDING_BODIES for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index
               for x in s.subtree(k)):
        return False
    words = s.words
    i = w.index + 1
    after = _time_phrase_end(s, i)  # `ruled Friday`, `ruled on Monday`
    first = i = i if after is None else after
    while i < len(words) and (words[i].upos in _RUN_WORDS and (words[i].upos != "PRON" or i == first
                                                                or words[i].xpos == "PRP$")
                              or words[i].xpos == "POS"):
        i += 1
    return first < i < len(words) and words[i].xpos in FINITE_TAGS


def _finding_adjunct(s: Parsed, w: Word) -> bool:
    """`The court struck down the law, ruling that the ban violated the First Amendment`: `holding` or `ruling`
    set off by a comma right before it, with `that` right after it, a participle's free adjunct whose subject is
    that of the finite verb it hangs from (one with a subject of its own): the finder the words name (not `as
    well as ruling that ...`, no comma, whose finder the words leave open)."""
    if w.xpos != "VBG" or w.index == 0 or s.words[w.index - 1].text != "," or w.index + 1 >= len(s.words) \
            or s.words[w.index + 1].text.lower() != "that" or w.head < 0:
        return False
    host = s.words[w.head]
    return host.xpos in FINITE_TAGS and any(k.deprel == "nsubj" for k in s.kids[host.index])


def _command_given(s: Parsed, w: Word) -> bool:
    """`The judge ordered the city to pay the fees`, `The court ordered that his name be printed`: a form of
    `order` (`COMMAND_FORMS`), finite and active with a subject of its own (`_court_finding`) that names a body
    that rules (`FINDING_BODIES`: a judge, a court, a panel, `Judge Ann Ruiz`), with what it
    commands after it, a `that` clause or the one commanded and an infinitive (`_infinitive_content`), reports
    that command; not `ordered a pizza`, `in order to`, `was ordered to leave` (the one who ordered unnamed)."""
    if w.upos != "VERB" or w.text.lower() not in COMMAND_FORMS or not _court_finding(s, w):
        return False
    if not any(x.text.lower() in FINDING_BODIES for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index
               for x in s.subtree(k)):
        return False  # `Ruiz ordered her aides to ...`: an order of the house, not a ruling; `Judge Ruiz ordered`
    if any(k.deprel == "ccomp" and k.index > w.index and any(m.deprel == "mark" and m.text.lower() == "that"
                                                             for m in s.kids[k.index]) for k in s.kids[w.index]):
        return True  # `ordered that the records be released`: a clause whose verb may be a bare subjunctive
    listener = next((k for k in s.kids[w.index] if k.deprel == "obj" and k.index > w.index), None)
    return listener is not None and _commanded(listener) and _infinitive_content(s, w, None) is not None


def _commanded(w: Word) -> bool:
    """Whether a noun phrase's head names one who can be given a command: a name, a pronoun, or a noun for a
    person, a group, a body or a place that governs (`COMMANDED_NOUNS`), not a thing (`ordered a pizza`)."""
    low = w.text.lower()
    return w.upos in ("PROPN", "PRON") or low in COMMANDED_NOUNS or low in SPEAKER_NOUNS or low in GROUP_NOUNS \
        or low in ORGANISATION_WORDS or low in ROLE_WORDS or low.rstrip("s") in ROLE_WORDS


def _agreement_unsaid(s: Parsed, w: Word) -> bool:
    """`Republicans who agree that the prison should close were irritated`, `clap if they agreed with that ...`:
    a verb of agreeing (`AGREEING_CUES`) puts a shared view into words only with `that` right after it (adverbs
    between: `largely agreed that`) in a clause of its own; in a relative clause on a noun (its subject a relative
    pronoun) it picks out people by the view they hold, and reports no words."""
    if w.lemma not in AGREEING_CUES:
        return False
    nxt = next((x for x in s.words[w.index + 1:] if x.upos != "ADV"), None)
    return nxt is None or nxt.text.lower() != "that" or any(
        k.deprel.startswith("nsubj") and relative_pronoun(k.text) for k in s.kids[w.index])


def _that_clause_after(s: Parsed, w: Word) -> bool:
    """Whether a clause opened by `that` follows verb `w` as its complement (`submitted that ...`,
    `submitted to the court that ...`): `that` right after it, or marking a clause the parse hangs from it; a
    clause with a subject of its own may have a bare subjunctive for its verb (`moved that the plans be refused`)."""
    nxt = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    if _subjunctive_after(s, w):
        return True  # `moved that the council reject the bid`, `moved that the plans be refused`
    if not any(x.xpos in FINITE_TAGS for x in s.words[w.index + 2:]):
        return False  # `held that meeting in secret`: a clause has a finite verb, whatever the parse made of `that`
    return nxt is not None and nxt.text.lower() == "that" and nxt.deprel != "det" or any(
        k.deprel in ("ccomp", "advcl") and k.index > w.index and any(
            m.deprel == "mark" and m.text.lower() == "that" for m in s.kids[k.index]) for k in s.kids[w.index])


_BARE_TAGS = frozenset({"VB", "VBP"})  # a verb's bare form, which the tagger may take for a present after a noun


def _subjunctive_after(s: Parsed, w: Word) -> bool:
    """`moved that the plans be refused`, `moved that the council reject the bid`: a clause that `that` opens right
    after verb `w`, with a subject of its own and a bare verb (or a bare `be` and a participle) with no modal, a
    mandative subjunctive; not `a move that would benefit ...` (a modal), `moves to ... that he is counting on`."""
    if w.index + 1 >= len(s.words) or s.words[w.index + 1].text.lower() != "that":
        return False
    for k in s.kids[w.index]:
        if k.deprel != "ccomp" or k.index <= w.index or not any(
                m.deprel == "mark" and m.index == w.index + 1 for m in s.kids[k.index]):
            continue
        kids = s.kids[k.index]
        if any(x.deprel.startswith("aux") and x.xpos == "MD" for x in kids):
            return False
        bare = k.xpos in _BARE_TAGS and any(x.deprel == "nsubj" and x.index < k.index for x in kids) and not any(
            x.deprel.startswith("aux") for x in kids)  # `the council reject`: a present's form after a singular
        passive = any(x.deprel == "aux:pass" and x.xpos in _BARE_TAGS for x in kids) and any(
            x.deprel == "nsubj:pass" for x in kids)
        return bare or passive
    return False


_SELF_TOLD_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})  # a clause told, which may still be a report


def _self_told(s: Parsed, w: Word) -> bool:
    """`He promised himself a holiday`: a verb of telling (lexicon LISTENER_VERBS) whose listener, right after it,
    is a reflexive pronoun, with a noun phrase after it and no clause, gives itself a thing: a resolve, nothing
    said (`He promised voters a tax cut` tells someone; `Ask yourself: ...`, `told herself that ...` keep their
    clause)."""
    after = w.index + 2
    return w.lemma in LISTENER_VERBS and after < len(s.words) and s.words[after - 1].text.lower() in REFLEXIVE_PRONOUNS \
        and s.words[after].upos in ("DET", "ADJ", "NOUN", "NUM", "PRON") and s.words[after].text.lower() != "that" \
        and not any(k.deprel in _SELF_TOLD_CLAUSES for k in s.kids[w.index])


_AS_SUBJECT_TAGS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM", "PART"})  # a subject's words (`the
# victim's mother`) between `as` and its verb


def _feeling_sound_time(s: Parsed, w: Word) -> bool:
    """Whether `w` is a wordless sound of feeling (lexicon FEELING_SOUND_VERBS, by the cue form's lemma whatever
    the tagger made of it) in a clause opened by `as` and its subject, with no quotation or colon after it: a
    time, no one's words (`The verdict was read out as his mother wept`, `She thanked her fans as they
    screamed`; not `as she screamed, "Help!"`, which gives what was screamed).

    >>> from quotes.parse import Word
    >>> ws = [Word(i, t, t.lower(), u, u, "", -1, "dep", 2 * i, 2 * i + 1)
    ...       for i, (t, u) in enumerate([("as", "ADP"), ("fans", "NOUN"), ("wept", "VERB"), (".", "PUNCT")])]
    >>> _feeling_sound_time(Parsed.of(ws), ws[2])
    True
    """
    if (cue_lemma(w.text) or w.lemma) not in FEELING_SOUND_VERBS:
        return False
    if run_back_to(s, w.index - 1, _AS_SUBJECT_TAGS, "as") is None:
        return False
    after = [x for x in s.words[w.index + 1:] if x.text != ","][:1]
    return not (after and (after[0].text == ":" or after[0].text.strip(MARK_CHARS) == ""
                           and after[0].upos == "PUNCT" and after[0].text not in (".", ";")))


_PLAIN_NOUN_RUN_TAGS = frozenset({"ADJ", "NOUN"})  # the words of a plain noun phrase before its head (`weekly jobless`)
_NEXT_VERB_TAGS = frozenset({"VBD", "MD"})  # a finite verb no noun shares its spelling with (`rose`, `will`)


def _plural_noun_subject(s: Parsed, w: Word) -> bool:
    """Whether `w`, a cue's `-s` form tagged as a verb, is a plural noun heading the subject that opens its sentence:
    only lower-case common nouns and adjectives before it (a determiner first at most), and right after it a finite
    verb, a past, a modal or a finite auxiliary, that no clause said could open (`Insurance claims rose 12 percent`,
    `Media reports have said ...`, `The union claims were ignored`; not `Management says costs will fall`, nor
    `The amount the firm claims is too high`, `What Lee claims is untrue`: a relative clause's cue).

    >>> from quotes.parse import Word
    >>> ws = [Word(i, t, t.lower(), u, x, "", -1, "dep", 2 * i, 2 * i + 1) for i, (t, u, x) in enumerate(
    ...     [("Insurance", "NOUN", "NN"), ("claims", "VERB", "VBZ"), ("rose", "VERB", "VBD")])]
    >>> _plural_noun_subject(Parsed.of(ws), ws[1])
    True
    """
    words = s.words
    if w.xpos != "VBZ" or w.index == 0 or w.index + 1 >= len(words) or words[w.index - 1].xpos != "NN":
        return False
    nxt = words[w.index + 1]
    if not (nxt.xpos in _NEXT_VERB_TAGS or nxt.upos == "AUX" and nxt.xpos in FINITE_TAGS):
        return False
    before = [x for x in words[:w.index] if not (x.upos == "PUNCT" and x.index == 0)]
    if before and before[0].upos == "DET":
        before = before[1:]
    return bool(before) and all(x.upos in _PLAIN_NOUN_RUN_TAGS for x in before)


def _verb_cue(sentence: int, s: Parsed, w: Word, named: bool = False) -> Cue | None:
    """A speech or report verb (by lemma or form), a naming verb with a subject or beside a verb with
    one (`_naming_side_clause`), or a phrasal cue (`shot back`); its speaker from the `subject` table, else the `phrase` table, its content from
    the `content` table.  `named`: another rule has found the naming verb's subject names."""
    naming = _is_naming_verb(w) and _phrasal_word(s, w) is None   # `called out`: a shout, no naming
    if _is_naming_verb(w) and not naming and any(k.deprel == "obj" and k.upos != "PUNCT" and not (
            k.index > 0 and s.words[k.index - 1].upos == "PUNCT" and s.words[k.index - 1].xpos == "``")
            for k in s.kids[w.index]):
        return None   # `called out the mayor`: a rebuke of someone, no words of their own
    if naming and (not (named or _naming_subject(s, w) or _naming_side_clause(s, w))
                   or (NAMING_FORMS[w.text.lower()] in NAMING_AS_ONLY and not _names_as(s, w))):
        return None  # `a group called "..."`, `is called "..."`: a name, nobody's words; `saw "Jaws"`
    phrasal = _phrasal_word(s, w)
    said_that = w.upos == "VERB" and w.lemma in THAT_ONLY_CUES and _that_clause_after(s, w) and (
        w.lemma in THAT_CLAUSE_CUES or _court_finding(s, w) or _finding_adjunct(s, w)) and (
        w.lemma not in MOTION_CUES or _subjunctive_after(s, w))  # `moved that the plans be refused`  # `submitted that`, `shared that`, `objected that`, `The court held that`
    said_that = said_that and not _agreement_unsaid(s, w)  # `clap if they agreed with that ...`, `who agree that`
    said_that = said_that or _command_given(s, w)  # `The judge ordered the city to pay`
    said_that = said_that or _bare_court_finding(s, w)  # `A federal judge ruled Friday the law was unconstitutional`
    if not (naming or _is_cue_verb(w) or said_that or phrasal is not None) or _takes_infinitive(s, w) \
            or _restricting_participle(s, w) or _possessed(s, w) or _rubric_label(s, w) \
            or _noun_participle(s, w) or _spelt_noun_subject(s, w) or _making_work(s, w) or _contact_relative_object(s, w) \
            or _preposition_object(s, w) or _name_ing_word(s, w) or _hearsay_participle(s, w) \
            or carrying_medium(s, w) or stock_saying([x.text for x in s.words], w.index) is not None \
            or _self_told(s, w) or _feeling_sound_time(s, w) or _plural_noun_subject(s, w) \
            or _conjunction_participle(s, w):
        return None  # `His warning that ...`: a noun after a possessive, `noun-cue`'s; `a written statement`;
        # `It goes without saying that ...`, `easier said than done`: a stock phrase, no cue of any quotation
    found = _subject_rule(s, w)
    rule, head = found if found is not None else (None, None)
    if head is not None and (time_word(head.text) or demonstrative(head.text)):
        head = None  # `said Tuesday`: a misparse, not a speaker; `That prompted her to say`: no one
    speaker = _speaker_span(s, head, w)
    span_rule = None
    nobody = found[0] if found is not None and found[0] in _PASSIVE_NOBODY else None  # recorded, asks no phrase
    if head is None:
        rule = None
        phrase = None if nobody else PHRASES.first(s, w)
        if phrase is not None:
            rule, (head, speaker) = phrase
    elif speaker is not None:
        widened = SPANS.first(s, w, head, speaker)
        if widened is not None:
            span_rule, speaker = widened
    if head is not None:
        lo, hi = s.word_range(speaker) if speaker is not None else (head.index, head.index)
        if _naming_noun(head) or common_saying([v.text for v in s.words[lo:hi + 1]]) or _mute_happening(head) \
                or _work_narrating(s, w, head):
            return None  # `As the title suggests, ...`, `Its name implies that ...`: a name says nothing; nor a saying;
            # nor a storm or a win (`The storm warned of nothing`); nor a film telling its story
    cue_words = (w,) if phrasal is None else (w, phrasal)
    reported = None if naming else CONTENTS.first(s, w, head)
    content, more = reported[1] if reported is not None else _NOTHING
    if content is not None and _stock_content(s, content):
        content, more = None, None  # `reported for duty, as the saying goes` parsed with `saying goes` its clause
    if content is not None and more is None and speaker is not None and speaker[0] <= content[0] \
            and content[1] <= speaker[1]:  # (a report split around its tag is the `parenthetical` rule's to read)
        # `warned by the Russian government that he was a threat` with the agent's phrase run on over the clause:
        # the speaker ends before it; a report that is all of its speaker's phrase, or opens it, is none (`Harbor
        # Bank's chief executive, Paul Dunn, apologised`)
        cut = max((x.end for x in s.words if speaker[0] <= x.start and x.end <= content[0] and x.upos != "PUNCT"),
                  default=None)
        if cut is None:
            content, more = None, None
        else:
            speaker = (speaker[0], cut)
    if content is not None and content[0] > w.start and (opening := _split_tag_opening(s, w, len(s.words))) is not None \
            and s.words[opening].start <= content[0] < content[1] \
            and (first := _split_quote_close(s, opening, len(s.words))) is not None and s.words[first].start < content[1]:
        close = max(x.index for x in s.words[opening + 1:first] if x.upos == "PUNCT" and x.text.strip(MARK_CHARS) == "")
        content = (min(content[0], s.words[opening + 1].start), s.words[close].end)  # `"A," he said, "B" -- but
        # C, critics say`: his is B, even where the parse gave him only words after it (`"B" and C, aides claim`)
    if content is not None and content[1] <= w.start:
        stop = next((x.index for x in s.words if x.start >= content[1]), len(s.words))
        tag_end = _split_tag_end(s, content[0], stop)
        if tag_end is not None:
            after = _split_quote_close(s, tag_end, stop)
            start = tag_end if after is None else after   # `"A," he said, "B" -- but C, critics say`: C alone
            content = (s.words[start].start, content[1])  # `"A," she said, "B," she added`: B alone
    return Cue(sentence, cue_words, w, speaker, head, content, _antecedent(s, head), more,
               speaker_rule=rule if speaker is not None else nobody, span_rule=span_rule,
               content_rule=reported[0] if reported is not None and content is not None else None)


def _what_they_call(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`They built what critics called "a bridge to nowhere"`: a naming verb in a free relative opened by
    `what`, with a noun for its subject, gives that subject's words: the name is theirs, not the
    writer's (as in `called it "..."`).  The parse hangs the clause from `what`, or `what` from the
    verb.  A pronoun subject (`railed against what he calls "..."`) names the speaker of the clause
    around it, whose cue runs on into the quotation: left to that one."""
    if not _is_naming_verb(w) or w.deprel != "acl:relcl" or w.xpos == "VBN" and not _perfect(s, w):
        return None
    kids = s.kids[w.index]
    opener = s.words[w.head] if w.head >= 0 else None
    if not (opener is not None and opener.text.lower() == "what"
            or any(k.text.lower() == "what" and k.index < w.index for k in kids)):
        return None
    if not any(k.deprel == "nsubj" and k.index < w.index and k.upos in NOUN_UPOS for k in kids):
        return None  # `what he calls "..."`: the pronoun's one is the clause's around it, which runs on into it
    return _verb_cue(sentence, s, w, named=True)


def _relative_pronoun_calls(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`She backed a deal that he called "a betrayal"`, `the deal, which they called "..."`: a naming verb
    in a relative clause on a noun, opened by a relative pronoun that is the verb's object, with a personal
    pronoun for its subject, gives the pronoun's words: what is named is the noun, the name is the
    pronoun's (not a clause with no relative pronoun: `the plan she calls "..."` may be the parse's).  Only a pronoun: a noun there may be the parse's mistake for the
    noun the clause hangs from; not a free relative (`what he calls "..."`: `what-they-call`'s, left to
    the clause around it); not within another cue's report (`Lee said he fought the bill, which he called
    "..."`: the report runs on through the name); not a passive participle (`a deal called "..."`: a
    name, nobody's words)."""
    if not _is_naming_verb(w) or w.deprel != "acl:relcl" or (w.xpos == "VBN" and not _perfect(s, w)) \
            or _phrasal_word(s, w) is not None or NAMING_FORMS[w.text.lower()] in NAMING_AS_ONLY:
        return None
    kids = s.kids[w.index]
    opener = s.words[w.head] if w.head >= 0 else None
    if opener is None or opener.text.lower() == "what" or opener.upos not in NOUN_UPOS \
            or any(k.text.lower() == "what" for k in kids):
        return None
    subjects = [k for k in kids if k.deprel == "nsubj" and k.index < w.index]
    if len(subjects) != 1 or subjects[0].text.lower() not in NOMINATIVE_PRONOUNS:
        return None
    if not any(k.deprel == "obj" and relative_pronoun(k.text) and k.index < subjects[0].index for k in kids):
        return None  # `the plan she calls "..."` with no pronoun: the parse may have hung a clause of its own there
    up, seen = w.head, set()
    while up >= 0 and up not in seen:
        seen.add(up)
        if _is_cue_verb(s.words[up]) or _is_naming_verb(s.words[up]):
            return None  # `Lee said he backs the bill, which he called "...": within a report, its speaker's
        up = s.words[up].head
    return _verb_cue(sentence, s, w, named=True)


_CONTACT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
_CONTACT_QUANTIFIERS = frozenset({"many", "some", "several", "few", "most", "both", "all", "other", "these", "those"})
_CONTACT_THINGS = frozenset({"something", "everything", "anything", "nothing"})  # `everything he called "fake"`


def _contact_relative_object(s: Parsed, w: Word) -> bool:
    """`The amount the firm claims is far too high`: a finite cue whose subject (a determiner and a noun, or a
    name or pronoun) stands right after the noun opening its sentence, and right before the one other finite
    verb of the sentence, is in a relative clause with no pronoun whose missing object is that noun (`the amount
    [that] the firm claims`); what follows is the noun phrase's predicate, no content (not `The firm claims the
    amount is far too high`; not `The men police said were hurt were freed`, two finite verbs after it; not `The
    only regret he acknowledged was a failed promise`: `be` and a noun phrase name what was said)."""
    words = s.words
    i = w.index
    if w.xpos not in FINITE_TAGS or i + 1 >= len(words) or i < 2:
        return False
    if not (words[i + 1].xpos in FINITE_TAGS and words[i + 1].upos in ("AUX", "VERB")) \
            or any(x.xpos in FINITE_TAGS for x in words[i + 2:]):
        return False
    named = next((x for x in words[i + 2:] if x.upos != "ADV"), None)
    if words[i + 1].lemma == "be" and named is not None and named.upos in ("DET", "NOUN", "PROPN", "PRON", "NUM"):
        return False  # `The only regret he acknowledged was a failed promise`: `be` and a noun phrase names what he said
    j = i - 1  # back over the clause's subject: a name, a pronoun, or a noun after its determiner
    if words[j].upos == "NOUN" and words[j - 1].text.lower() in _CONTACT_DETERMINERS:
        j -= 2
    elif words[j].upos in ("PROPN", "PRON"):
        j -= 1
    else:
        return False
    if j < 0 or words[j].upos != "NOUN":
        return False
    return all(x.upos in ("DET", "ADJ", "NOUN", "NUM") for x in words[:j])


def _contact_relative_calls(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Critics attacked a plan he called "reckless"`, `They fought a move the union called "brutal"`: a naming
    verb right before a quotation, right after a subject that is right after a noun (a contact relative: no
    `that` or `which`, the noun the verb's missing object) gives the subject's words, however the parse hung
    them (it takes `the union` for a second object, `called` for a participle).  The subject is read from the
    words: a personal pronoun (`he`, `they`; never an object), a name, or a noun phrase opened by a
    determiner, a quantifier, a number or a name's `'s`, or a bare plural of people after a singular noun
    (`a plan critics called`); not after a verb that takes two objects, the second opened by `a` (`sold
    customers a loan called "Easy Pay"`: a name, nobody's words), not a time (`Last week the union called ...`), not within another cue's report, which
    runs on through it (`Lee said he fought a bill he called "..."`)."""
    if not _is_naming_verb(w) or w.xpos not in ("VBD", "VBZ", "VBP", "VBN") or _phrasal_word(s, w) is not None \
            or NAMING_FORMS[w.text.lower()] in NAMING_AS_ONLY or w.index < 2 or w.index + 1 >= len(s.words):
        return None
    if s.words[w.index + 1].text.strip(MARK_CHARS) != "" or s.words[w.index + 1].upos != "PUNCT":
        return None  # the quotation right after the verb: its object is the noun before (`called it "..."` is not)
    last = s.words[w.index - 1]
    while last.index > 1 and (last.upos == "ADV" or last.xpos == "MD" or last.lemma == "have" and last.upos == "AUX"):
        last = s.words[last.index - 1]   # `he once called`, `critics have called`, `rivals would call`
    if last.upos in ("AUX", "ADV") or any(k.deprel == "aux:pass" or k.deprel.startswith("aux") and k.lemma in ("be", "get")
                                          for k in s.kids[w.index]):
        return None  # `was called "..."`: a name, nobody's words
    if last.text.lower() in NOMINATIVE_PRONOUNS:
        first = last
    elif last.upos == "PROPN":
        first = last   # a name: its capitalised words, however tagged (`Ann` taken for a preposition)
        while first.index > 1 and s.words[first.index - 1].text[:1].isupper() and s.words[first.index - 1].text.isalpha():
            first = s.words[first.index - 1]
    elif last.upos == "NOUN" and not time_word(last.text):
        first = last
        while first.index > 0 and s.words[first.index - 1].upos in ("NOUN", "PROPN", "ADJ") \
                and s.words[first.index - 1].text.lower() not in _CONTACT_DETERMINERS | _CONTACT_QUANTIFIERS:
            first = s.words[first.index - 1]
        before = s.words[first.index - 1] if first.index > 0 else None
        if before is not None and (before.text.lower() in _CONTACT_DETERMINERS | _CONTACT_QUANTIFIERS
                                   or before.upos == "NUM"):
            first = before   # `the union`, `many economists`, `two judges`
        elif before is not None and before.text.lower() in APOSTROPHE_S and before.index > 1 \
                and s.words[before.index - 1].upos == "PROPN":
            first = s.words[before.index - 1]   # `Lee's allies`: a name's
            while first.index > 1 and s.words[first.index - 1].upos == "PROPN":
                first = s.words[first.index - 1]
        elif not (first is last and last.xpos == "NNS" and last.text.lower() in SPEAKER_NOUNS
                  and before is not None and before.xpos == "NN"):
            return None   # a bare plural of people right after a singular noun: `a plan critics called`
    else:
        return None
    if first.index == 0:
        return None
    noun = s.words[first.index - 1]
    if not (noun.upos == "NOUN" and not time_word(noun.text) or noun.text.lower() in _CONTACT_THINGS):
        return None
    if noun.text.lower() in ROLE_WORDS or noun.head == w.index or noun.deprel == "nsubj":
        return None  # `Union leader Ann Ruiz called "foul"`: a title of the subject's, no noun of its own
    opening = noun   # the noun's own phrase: back over its modifiers to its determiner
    while opening.index > 0 and s.words[opening.index - 1].upos in ("ADJ", "NOUN", "PROPN", "NUM"):
        opening = s.words[opening.index - 1]
    if opening.index > 0 and s.words[opening.index - 1].text.lower() in _CONTACT_DETERMINERS:
        opening = s.words[opening.index - 1]
    if opening.index > 0 and s.words[opening.index - 1].upos == "VERB" \
            and s.words[opening.index - 1].lemma in DOUBLE_OBJECT_VERBS and first.text.lower() in ("a", "an", "another"):
        return None  # `sold customers a loan called "Easy Pay"`: two objects, the second (a new thing) named
    x = noun
    seen = set()
    while x.head >= 0 and x.index not in seen:
        seen.add(x.index)
        up = s.words[x.head]
        if _is_cue_verb(up) and (x.deprel in ("ccomp", "parataxis") or last.text.lower() in NOMINATIVE_PRONOUNS):
            return None  # `Lee said he fought a bill he called "...": within a report, its speaker's; so
            # too a pronoun's anywhere under a cue (`He attacked a plan he called "..."`: most often the
            # cue's own speaker, whose report runs on through the name)
        x = up
    cue = _verb_cue(sentence, s, w, named=True)
    if cue is None:
        return None
    if cue.speaker_head is not None and first.index <= cue.speaker_head.index <= last.index:
        return replace(cue, speaker=(first.start, last.end))   # the subject's words, not the noun's before them
    return replace(cue, speaker=(first.start, last.end), speaker_head=last, antecedent=None, speaker_rule=None,
                   span_rule=None)


def _takes_infinitive(s: Parsed, w: Word) -> bool:
    """`will continue to be "a fine mayor"`, `if he continues to lose ground`: a cue form before `to` and
    a verb that is no cue (`be`, `lose`, `lead`) goes on doing it; it reports nothing (`continued to
    insist that ...` reports through the verb after it); nor one that goes on with a thing (`_carries_on`)."""
    after = s.words[w.index + 1:w.index + 3]
    if w.text.lower() not in INFINITIVE_FORMS or len(after) < 2 or after[0].text.lower() != "to":
        return _carries_on(s, w)
    return after[1].text.lower() == "be" or not (_is_cue_verb(after[1]) or _is_naming_verb(after[1]))


def _carries_on(s: Parsed, w: Word) -> bool:
    """`The agency is continuing its review of whether ...`, `examples of continuing tension`, `as the firm
    continues gaining ground`: a form of `continue` (`INFINITIVE_FORMS`) right before a noun phrase (a
    determiner, a possessive, a noun or an adjective) or an `-ing` form that is no cue goes on with something
    or describes a noun (`continuing` is `ongoing`): it reports nothing; not after a comma or a quotation
    mark (`"...," continued the senator`: its speaker after it), nor before a name (`Continued Stone: ...`)
    or `that` (`She continued that ...`), nor in a clause closing on a colon (`continued his attack on the
    plan: "..."`: the colon gives the words it went on with), read from the words whatever the parse made of them."""
    i = w.index
    if w.text.lower() not in INFINITIVE_FORMS or i + 1 >= len(s.words) or (i > 0 and s.words[i - 1].upos == "PUNCT") \
            or any(x.text == ":" for x in s.words[i + 1:]):
        return False
    after = s.words[i + 1]
    if after.text.lower() == "that" or after.upos == "PROPN":
        return False
    if after.xpos == "VBG":
        return not (_is_cue_verb(after) or _is_naming_verb(after))
    return after.upos in ("DET", "NOUN", "ADJ") or after.xpos == "PRP$"


def _according_to(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`according to X`, or `as per X` (its South Asian form): X is the source, the rest of the clause its
    content; not a standard that `as per` holds a thing up to (`as per the rules`: `NORM_NOUNS`)."""
    if w.index + 1 >= len(s.words) or (w.text.lower(), s.words[w.index + 1].text.lower()) not in (
            ("according", "to"), ("as", "per")):
        return None
    if w.text.lower() == "as":
        held = next((x for x in s.words[w.index + 2:w.index + 6] if x.upos in _NOMINAL or x.text.lower() == "usual"),
                    None)
        while held is not None and held.index + 1 < len(s.words) and s.words[held.index + 1].upos in NOUN_UPOS:
            held = s.words[held.index + 1]  # `as per the court order`: the compound's last noun
        if held is None or held.text.lower() in NORM_NOUNS:
            return None  # `built as per the plan`, `as per usual`
    if _rendering_after(s, w.index + 2):
        return None  # `..., according to a translation by the agency`: how the words came into English
    source = _according_source(s, w)
    to = s.words[w.index + 1]
    if source is None or source.index < w.index:
        return _according_by_words(sentence, s, w, to)
    speaker = s.span(source, frozenset({w.index}))
    if speaker[1] <= to.end:  # `..., according to.`: nothing after `to` to name a source
        return None
    speaker = (s.words[to.index + 1].start, max(speaker[1], s.words[_name_after(s, to.index + 1)].end))
    stop = next((x for x in s.words[to.index + 2:] if x.start < speaker[1] and x.text == ":"), None)
    if stop is not None:  # `According to the Ledger: "..."`: what it says is no part of its name
        speaker = (speaker[0], s.words[stop.index - 1].end)
    aside = next((x for x in s.words[to.index + 2:-1] if x.start < speaker[1] and x.text == ","
                  and (relative_pronoun(s.words[x.index + 1].text)
                       or s.words[x.index + 1].text.lower() in CIRCUMSTANCE_OPENERS | {"with"})), None)
    if aside is not None:  # `according to the ministry, which gave no details`, `, with dozens missing`: not its name
        speaker = (speaker[0], s.words[aside.index - 1].end)
    named = next((x for x in s.words[to.index + 2:-1] if x.start < speaker[1] and x.text == ","), None)
    if named is not None and _name_segment(s, s.words[to.index + 1:named.index]) and _source_description(
            s, named.index + 1, max(x.index for x in s.words if x.end <= speaker[1]) + 1):
        speaker = (speaker[0], s.words[named.index - 1].end)  # `..., according to Lt. Col. Ann Park, the battalion
        # commander.`: the description set off after the name is the name's, no part of the source
    root = next(x for x in s.words if x.head < 0)
    content = _clause_without(s, root, source) if root.index != source.index else None
    if content is not None and content[0] < w.start < content[1]:
        kept = [x for x in s.words if content[0] <= x.start and x.end <= w.start and (x.upos != "PUNCT" or x.text in _CLOSERS)]
        if kept:  # `was in talks with "several buyers," according to ...` with `according` hung from `buyers`:
            content = (content[0], kept[-1].end)  # the source's own words are no part of what it says
    closing = _closing_source(s, w) if content is not None and content[0] > w.start else None
    if closing is not None:
        speaker, content = closing
    fronted = _fronted_source(s, w, to)
    if fronted is not None:
        speaker, content = fronted
    return Cue(sentence, (w, s.words[w.index + 1]), s.words[source.head] if source.head >= 0 else source,
               speaker, source, content, speaker_rule="according-to")


IN_VIEW_WORDS = 5  # the most words of the owner between `in` and the noun of a view


def _rendering_after(s: Parsed, i: int) -> bool:
    """Whether the noun phrase opening at word `i` (after `according to`) is a rendering of someone's words in
    another tongue (lexicon RENDERING_NOUNS: `a translation by the agency`, `his interpreter`, `an official English
    translation`), past a determiner, an owner and adjectives: how the words came into English, no source of them.

    >>> from quotes.parse import Word
    >>> ws = [Word(k, t, t, u, u, "", -1, "dep", 2 * k, 2 * k + 1) for k, (t, u) in
    ...       enumerate([("according", "VERB"), ("to", "ADP"), ("a", "DET"), ("translation", "NOUN")])]
    >>> _rendering_after(Parsed.of(ws), 2)
    True
    """
    words = s.words
    while i < len(words) and (words[i].upos in ("DET", "ADJ") or words[i].xpos == "PRP$"):
        i += 1
    return i < len(words) and words[i].text.lower() in RENDERING_NOUNS


def _in_view(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`In Lee's view, taxes will fall.`, `Taxes will fall, in her opinion.`: `in`, an owner (a possessive
    pronoun, or a noun phrase its `'s` closes) and a noun of a view (`VIEW_NOUNS`), opening the sentence
    before a comma or closing it after one: the owner holds the rest of the sentence, as a speaker says it,
    read from the words whatever the parse hung from them."""
    words = s.words
    if w.text.lower() != "in":
        return None
    view = next((x for x in words[w.index + 2:w.index + 2 + IN_VIEW_WORDS] if x.text.lower() in VIEW_NOUNS), None)
    if view is None:
        return None
    owner = words[w.index + 1:view.index]
    if len(owner) == 1 and (owner[0].text.lower() in POSSESSIVE_PRONOUNS or owner[0].text.lower() in FIRST_PERSON_POSSESSIVES):
        named = owner
    elif len(owner) >= 2 and owner[-1].text in ("'s", "\u2019s", "'", "\u2019") \
            and all(x.upos in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or x.text == "." for x in owner[:-1]):
        named = owner[:-1]
    else:
        return None
    body = [x for x in words if x.upos != "PUNCT" or x.text not in ".!?;"]
    if w.index == 0 and view.index + 2 < len(words) and words[view.index + 1].text == ",":
        said = [x for x in body if x.index > view.index + 1]
    elif w.index > 1 and words[w.index - 1].text == "," and body and body[-1].index == view.index:
        said = [x for x in body if x.index < w.index - 1]
    elif w.index > 1 and words[w.index - 1].text == "," and view.index + 2 < len(words) \
            and words[view.index + 1].text == "," and not any(_is_cue_verb(x) for x in words[:w.index]):
        before = [x for x in body if x.index < w.index - 1]  # `The plan was, in her view, doomed`: an aside
        after = [x for x in body if x.index > view.index + 1]  # within the clause it qualifies, both sides hers
        if not before or not after or not any(x.upos in VERB_UPOS for x in before + after) \
                or any(x.text.strip(MARK_CHARS) == "" for x in before + after):
            return None
        root = next(x for x in words if x.head < 0)
        return Cue(sentence, (w, view), root, (named[0].start, named[-1].end), named[-1],
                   (before[0].start, before[-1].end), more=(after[0].start, after[-1].end),
                   speaker_rule="in-view", content_rule="in-view")
    else:
        return None
    if len(said) < 2 or not any(x.upos in VERB_UPOS for x in said) \
            or any(x.text.strip(MARK_CHARS) == "" for x in said):
        return None  # `"...," in Bolton's view.`: a quotation's own tag (link rule `in-words`)
    root = next(x for x in words if x.head < 0)
    return Cue(sentence, (w, view), root, (named[0].start, named[-1].end), named[-1], (said[0].start, said[-1].end),
               speaker_rule="in-view", content_rule="in-view")


def _according_aside(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mill, according to the union, will close in June`: `according to X` set off by commas
    right after the noun phrase opening its sentence (no verb in it) and right before that phrase's
    verb (an auxiliary, a verb or an adverb opening the words after the second comma) sits within
    the clause it sources: what X says is the words before the first comma and the words after the
    second (the source read as `according-to` reads it)."""
    words = s.words
    if w.index < 2 or words[w.index - 1].text != ",":
        return None
    cue = _according_to(sentence, s, w)
    if cue is None or cue.speaker is None or cue.speaker[0] < w.end:
        return None
    close = next((x for x in words[w.index + 2:] if x.start >= cue.speaker[1]), None)
    if close is None or close.text != "," or close.index + 1 >= len(words) \
            or words[close.index + 1].upos not in ("AUX", "VERB", "ADV"):
        return None
    before = [x for x in words[:w.index - 1] if x.upos != "PUNCT"]
    after = [x for x in words[close.index + 1:] if x.upos != "PUNCT"]
    if not before or not after or any(x.upos in VERB_UPOS or x.xpos in _FINITE for x in before) \
            or not any(x.upos in VERB_UPOS for x in after):
        return None
    return replace(cue, content=(before[0].start, before[-1].end), more=(after[0].start, after[-1].end))


def _according_demonstrative(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Most voters want the mill kept open. That's according to a survey by the Ledger.`: `according
    to X` whose clause is only `that` (`this`) and `be` gives the source of what the demonstrative
    stands for, the sentence before: the demonstrative is what X says (the source read as
    `according-to` reads it)."""
    before = [x for x in s.words[:w.index] if x.upos != "PUNCT"]
    if len(before) != 2 or not demonstrative(before[0].text) \
            or before[1].text.lower() not in ("'s", "\u2019s", "is", "was"):
        return None
    cue = _according_to(sentence, s, w)
    if cue is None or cue.speaker is None or cue.speaker[0] < w.end:
        return None
    return replace(cue, content=(before[0].start, before[0].end), content_rule="according-demonstrative")


def _per_source(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The fire started in the kitchen, per the report.`, `Per police, the driver lost control.`, `The
    district, per a memo, will cut jobs`: `per` set off by a comma (or opening its sentence) before a
    source (`per_source_run`) gives the source of its clause as `according to` does: X is the phrase
    after `per` up to the next punctuation, what it says the words on the other side of the comma (both
    sides for an aside between a noun phrase and its verb). Not a rate (`80 miles per hour`, `$40 per
    person`: no comma before it, no source after it), nor `as per`."""
    words = s.words
    if w.text.lower() != "per" or w.index + 1 >= len(words):
        return None
    before = [x for x in words[:w.index] if x.upos != "PUNCT"]
    opening = not before
    comma = w.index - 1
    while comma > 0 and all(c in MARK_CHARS for c in words[comma].text):
        comma -= 1  # `"...," per a statement from the family.`: the comma within the quotation's marks
    if not opening and words[comma].text != ",":
        return None
    if before and before[-1].text.lower() == "as":
        return None
    if any(_is_cue_verb(x) for x in before):
        return None  # `Lee told the paper, per a translator, that ...`, `"...," Lee said, per a pool report`: the
    run = per_source_run(s, w)  # report is another's, `per` names the one who passed it on
    if run is None:
        return None
    after_run = words[run[-1].index + 1:]
    rest = [x for x in after_run if x.upos != "PUNCT"]
    nouns = [x for x in run if x.upos in _NOMINAL]
    head = next((x for x in nouns if not run[0].index <= x.head <= run[-1].index), nouns[-1])
    root = next(x for x in words if x.head < 0)
    speaker = (run[0].start, run[-1].end)
    if opening:
        if not after_run or after_run[0].text != "," or not rest:
            return None
        return Cue(sentence, (w,), root, speaker, head, (rest[0].start, rest[-1].end), speaker_rule="per-source")
    if not rest:  # `..., per the report.`
        return Cue(sentence, (w,), root, speaker, head, (before[0].start, before[-1].end), speaker_rule="per-source")
    if after_run[0].text == "," and rest[0].text.lower() in ("which", "who"):  # `..., per the report, which ...`
        return Cue(sentence, (w,), root, speaker, head, (before[0].start, before[-1].end), speaker_rule="per-source")
    if after_run[0].text == "," and rest[0].upos in ("AUX", "VERB", "ADV") \
            and not any(x.upos in VERB_UPOS or x.xpos in _FINITE for x in before) \
            and any(x.upos in VERB_UPOS for x in rest):  # `The district, per a memo, will cut jobs`
        return Cue(sentence, (w,), root, speaker, head, (before[0].start, before[-1].end),
                   more=(rest[0].start, rest[-1].end), speaker_rule="per-source")
    return None


def per_source_run(s: Parsed, per: Word) -> list[Word] | None:
    """The source after `per` (`per`-source): the words up to the next punctuation (a possessive's `'s`
    within them), when they name a source: opened by a determiner or a possessive (`the report`, `a memo
    obtained by the station`, `its filing`), or holding a name (`ESPN`, `Channel 4 News`), or ending, before
    any `of`, `from` or `by`, in a noun of people or records that speak (`police`, `court documents`,
    `officials`: `PER_SOURCE_NOUNS`); never a unit (`per hour`, `per capita`, `per cent`), nor a norm that
    `per` follows, whatever its determiner (`per the rules`, `per her request`: `NORM_NOUNS`)."""
    words = s.words
    j = per.index + 1
    while j < len(words) and (words[j].upos != "PUNCT" or words[j].text in ("-", "&")):
        j += 1
    run = list(words[per.index + 1:j])
    if not run or not any(x.upos in _NOMINAL for x in run):
        return None
    first = run[0]
    linked = next((k for k, x in enumerate(run) if k and x.text.lower() in _SOURCE_LINKS), len(run))
    own = run[:linked]
    if own[-1].text.lower() in NORM_NOUNS:
        return None  # `per the rules`, `per his contract`: a norm followed, no source
    if first.text.lower() in PHRASE_DETERMINERS or first.text.lower() in POSSESSIVE_PRONOUNS or first.xpos == "PRP$" \
            or any(x.text[:1].isupper() and x.upos == "PROPN" for x in run) \
            or own[-1].text.lower() in PER_SOURCE_NOUNS:
        return run
    return None


def _closing_source(s: Parsed, according: Word) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`The deal could close soon, according to two people familiar with the matter who asked not to be named.`:
    `according to` right after a comma closing a clause with a finite verb, its phrase running to the sentence's
    end with no comma, colon or finite verb outside a relative clause: the whole phrase is the source and the
    clause before the comma its content, however the parse hung the words after the source's noun (`familiar`
    taken for the main clause's).  The source's and the content's ranges."""
    words, i = s.words, according.index
    end = len(words)
    while end > i and words[end - 1].upos == "PUNCT":
        end -= 1
    first = next((x.index for x in words[:i] if x.upos != "PUNCT"), None)
    if first is None or i < 3 or words[i - 1].text != "," or end <= i + 2 \
            or not any(x.xpos in _FINITE for x in words[first:i - 1]) \
            or any(x.text in (",", ";", ":") or x.xpos in _FINITE for x in _outside_relatives(words[i + 2:end])):
        return None
    return (words[i + 2].start, words[end - 1].end), (words[first].start, words[i - 2].end)


def _fronted_source(s: Parsed, according: Word, to: Word) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`According to the league, at least a dozen clubs are ...`: an `according to` opening its sentence
    is set off by a comma, and what follows that comma is the clause it gives the source of, whatever the
    parse hung from the source (`at least`); a description set off after the source's name and closed by
    a comma of its own (`According to Jo Hart, a spokeswoman for the club, ...`, `_source_description`)
    is the source's, and so is a name set off after a description (`According to a statement by its
    spokesman, Mr. Jo Obi, ...`); a participle's phrase set off there (`According to the study, published in May, ...`,
    `_participle_after_noun`) or a relative clause (`According to Reuters, which cited officials, ...`,
    `_relative_close`) describes the source and is neither its name nor what it says. The source's and the content's character ranges, or None when `according` does not open
    the sentence or no comma ends its phrase."""
    words = s.words
    if any(x.upos != "PUNCT" for x in words[:according.index]):
        return None
    commas = [x.index for x in words[to.index + 2:] if x.text == ","]
    if not commas or any(x.text == ":" for x in words[to.index + 1:commas[0]]):
        return None  # `According to the Ledger: "..."`: a colon ends the source (`according-to` reads it)
    close = end = commas[0]
    if len(commas) > 1 and _source_description(s, close + 1, commas[1]) \
            and _name_segment(s, words[to.index + 1:close]):
        close = commas[1]  # `According to Lt. Col. Ann Park, the battalion commander, ...`: the description set
        # off after a name is the name's, no part of the source (as after a speaker's name: `name-before-apposition`)
    elif len(commas) > 1 and (_source_description(s, close + 1, commas[1])
                              or _name_segment(s, words[close + 1:commas[1]]) and not _listed_after(s, commas[1])):
        close = end = commas[1]  # `According to a spokeswoman, Jo Hart,`, `According to its spokesman, Jo Hart,`
    elif len(commas) > 1 and _participle_after_noun(s, commas[1]) == close:
        close = commas[1]  # `According to the study, published in May, ...`: the phrase describes the source
    elif len(commas) > 1 and words[close + 1].text.lower() in SET_OFF_RELATIVES:
        close = _relative_close(s, commas)  # `According to Reuters, which cited officials, ...`: the source's
    rest = list(words[close + 1:])
    while rest and rest[0].upos == "PUNCT":
        rest.pop(0)
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if not rest:
        return None
    return (words[to.index + 1].start, words[end - 1].end), (rest[0].start, rest[-1].end)


def _relative_close(s: Parsed, commas: Sequence[int]) -> int:
    """The comma that closes a relative clause set off after a fronted source (`According to the mayor, who
    spoke in Lyon, France, on Sunday, the stadium ...`; its first comma at `commas[0]`): the last comma
    before the subject of the sentence's main verb, when that subject stands past the clause's opening;
    else the next comma."""
    root = next((w for w in s.words if w.head < 0), None)
    subject = None if root is None else next(
        (k for k in s.kids[root.index] if k.deprel.split(":")[0] in ("nsubj", "expl", "csubj")), None)
    if subject is not None and subject.index > commas[1]:
        return max(i for i in commas if i < subject.index)
    return commas[1]


def _listed_after(s: Parsed, comma: int) -> bool:
    """Whether the words after the comma at `comma`, up to the first verb, go on a list (`According to the
    coach, Lee, Hart and Vale will start`: a conjunction or another comma), or nothing follows it."""
    rest = []
    for w in s.words[comma + 1:]:
        if w.upos in VERB_UPOS:
            break
        rest.append(w)
    return len(rest) == len(s.words) - comma - 1 or any(w.upos == "CCONJ" or w.text == "," for w in rest)


def _source_description(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi), set off by commas after a source, describe it (`a spokeswoman for the club`,
    `Mr. Lee's deputy`, `director of the survey center`, `a friend of hers who died in 2000`): a
    description (`_description`) that opens with a determiner, a possessor or a role word, and holds
    no verb before any relative clause of its own (`, the agency said,`, `majorities of voters in Ohio`
    and `in a close race` open the clause instead)."""
    words = s.words
    first = words[lo].text.lower()
    opens = words[lo].upos == "DET" or first in ROLE_WORDS or any(w.xpos == "POS" for w in words[lo:hi])
    own = next((w.index for w in words[lo:hi] if relative_pronoun(w.text)), hi)
    return opens and _description(s, lo, hi) and not any(w.upos in VERB_UPOS for w in words[lo:own])


def _according_by_words(sentence: int, s: Parsed, according: Word, to: Word) -> Cue | None:
    """`..., according to The Washington Post.` with `according` hung from a word before it (or from
    nothing the parse names): the source is the noun phrase right after `to`, read off the words (or
    a pronoun there); the content the larger side of the sentence around `according to X`."""
    words, run = s.words, []
    j = to.index + 1
    if j < len(words) and words[j].upos == "PRON" and not relative_pronoun(words[j].text):
        run = [words[j]]
    while not run and j < len(words):
        if _phrase_word(s, words[j]) or (words[j].text.lower() in _SOURCE_LINKS and j > to.index + 1
                                         and j + 1 < len(words) and _phrase_word(s, words[j + 1])):
            j += 1
            continue
        run = list(words[to.index + 1:j])
        break
    else:
        run = run or list(words[to.index + 1:j])
    nouns = [x for x in run if x.upos in _NOMINAL]
    if not nouns:
        return None
    head = next((x for x in nouns if not run[0].index <= x.head <= run[-1].index), nouns[-1])
    before = [x for x in words[:according.index] if x.upos != "PUNCT"]
    after = [x for x in words[run[-1].index + 1:] if x.upos != "PUNCT"]
    side = before if len(before) >= len(after) else after
    content = (side[0].start, side[-1].end) if side else None
    root = next(x for x in words if x.head < 0)
    return Cue(sentence, (according, to), root, (run[0].start, run[-1].end), head, content,
               speaker_rule="according-to")


_TELL_FORMS = ("Tells", "Told")  # a headline's title-case verb of telling, its listener after it
_HEADLINE_BREAKS = frozenset({",", ":", "\u2014", "\u2013", "--", "-", "|"})


def _headline_break(words: Sequence[Word], first: int) -> int | None:
    """Where the break (`_HEADLINE_BREAKS`) stands right before a headline's capitalised words opening at word
    `first`, past the closing mark of a quotation ending on it: the break's index, -1 where they open the
    headline; None where no break stands there (`"Not Now": Mayor Jo Hart Says`: the colon before `Mayor`;
    `Plan Will Fail Jo Hart Says` from `Jo`: none)."""
    if first == 0:
        return -1
    brk = first - 1
    while brk > 0 and words[brk].text not in _HEADLINE_BREAKS and not words[brk].text.strip(MARK_CHARS):
        brk -= 1
    return brk if words[brk].text in _HEADLINE_BREAKS else None


def _headline_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Senator Jane Roe Says Tax Plan Will Fail`, `Tax Plan Will Fail, Jane Roe Says`: in a headline
    in title case the tagger takes a capitalised cue form for part of a name; between a name and more
    words it is the headline's verb: the capitalised words before it speak (back to a break, past a quotation's
    closing mark; a body's name holds its `Of`: `Bank Of England Says`), the words after it (or, when none follow, those before the break) are what they said.  In a headline in
    sentence case (`stopless_line`) a lower-case `-s` form the tagger took for a noun after the noun phrase
    opening the line, or opening after a quotation and its colon, or after a comma closing the line, is its
    verb too (`Union slams pay offer as 'insulting'`, `'Brace for a long winter': mayor warns of more cuts`,
    `Rail strike will go ahead, union confirms`).  A verb of saying reports its
    words; any other cue verb only words holding a quotation (`slams X as '...'`, as in a sentence).  Not a
    form with a preposition after it (`Jane Roe Claims Under Fire`: a noun) but a topic's (`Warns Of`), read
    past it, and past a listener before it (`Warns Farmers Of Long Dry Summer`)."""
    words = s.words
    if w.upos == "VERB" or not cue_form(w.text) or w.index == 0 or cue_lemma(w.text) is None \
            or not (w.text.lower().endswith(("s", "ed")) or _plural_subject_base(s, w)) \
            or w.text in _TELL_FORMS:  # (`Tells`: `headline-tell` reads its listener)
        return None  # `Washington Post`, `Iowa State`: a cue form used as a noun; `Defends X`: no words said
        # (the form's own verb: the tagger gives a name's `Warns` the lemma `warns`)
    if w.index + 1 < len(words) and words[w.index + 1].upos == "PUNCT" and words[w.index + 1].text != "." \
            and words[w.index + 1].text.strip(MARK_CHARS):
        return None  # `..., Christopher Rants, Kim Reem, ...`: a name in a list
    alpha = [x.text for x in words if x.text[:1].isalpha()]
    title = w.text[:1].isupper() and title_case(alpha)
    if title:
        first = w.index
        while first > 0 and (_capitalised_noun(words[first - 1]) or first < w.index and first > 1 and words[
                first - 1].text.lower() in NAME_PREPOSITIONS and _capitalised_noun(words[first - 2])):
            first -= 1  # (`Bank Of England Says`: a body's name holds its `Of`)
        if first == w.index or _headline_break(words, first) is None:
            return None
    elif w.text.islower() and w.upos == "NOUN" and _headline_line(s):
        first = w.index  # `Union slams ...`, `Nurses union slams ...`: the noun phrase opening the line, or
        while first > 0 and words[first - 1].upos in ("PROPN", "NOUN", "ADJ", "NUM"):  # a quotation's: `'...': mayor
            first -= 1  # warns of ...`
        quotation = first > 1 and words[first - 1].text in (":",) + tuple(_DASHES) \
            and not words[first - 2].text.strip(MARK_CHARS)
        k = first - 1  # past a quotation's closing mark: `'out of control,' watchdog warns`
        while k > 0 and not words[k].text.strip(MARK_CHARS):
            k -= 1
        closing = k > 0 and words[k].text == "," and all(x.upos == "PUNCT" for x in words[w.index + 1:])
        if w.index - first > _TAG_PHRASE_WORDS or not (first == 0 and words[0].text[:1].isupper() or quotation
                                                       or closing) \
                or not (words[w.index - 1].upos in ("PROPN", "NOUN") or source_word(words[w.index - 1].text)):
            return None
    else:
        return None
    after = [x for x in words[w.index + 1:] if not (x.upos == "PUNCT" and x.index == len(words) - 1
                                                    and not x.text.strip(MARK_CHARS))]
    while after and after[-1].upos == "PUNCT" and after[-1].text.strip(MARK_CHARS):
        after.pop()
    content: tuple[int, int] | None
    if after and after[0].text.lower() in PREPOSITIONS - TOPIC_PREPOSITIONS and not (
            after[0].text.lower() == "to" and cue_lemma(w.text) in COMMISSIVE_VERBS | DIRECTIVE_VERBS):
        return None  # `Jane Roe Claims Under Fire As Probe Widens`: a noun, what the claims meet (`Vow To`: an
        # infinitive)
    if len(after) >= 3:
        topic = _headline_topic(after, cue_lemma(w.text))
        content = (after[topic].start, after[-1].end) if len(after) - topic >= 2 else None
    elif not after and first > 1:  # `Waiting Lists 'Out Of Control,' Watchdog Says`: a quotation's closing mark kept
        before = [x for x in words[:first] if x.upos != "PUNCT" or not x.text.strip(MARK_CHARS)]
        content = (before[0].start, before[-1].end) if sum(x.upos != "PUNCT" for x in before) >= 3 else None
    else:
        content = None
    if content is None:
        return None
    lemma, held = cue_lemma(w.text), [x for x in words if content[0] <= x.start < content[1]]
    quoted = any(not x.text.strip(MARK_CHARS) for x in held) and not any(x.text == ":" for x in held)
    if not (lemma in _HEADLINE_VERBS or lemma in NOUN_REPORTS - PRAISE_BLAME_REPORTS and not title or quoted
            or lemma in COMMISSIVE_VERBS | DIRECTIVE_VERBS and any(x.text.lower() == "to" for x in held)):
        return None  # `Union slams pay offer`: a verb of criticism reports only words quoted within its object's
        # phrase (after a colon they are words of their own, the colon rules'); `Vow`, `Urge`: an infinitive
        # (`Teachers Vow To Strike`); in sentence case a verb whose object is its message, that object (`Ruiz
        # denies wrongdoing over land deal`: in title case a capitalised object may be a name's, `Denies Ann Ruiz`)
    head = words[w.index - 1]
    return Cue(sentence, (w,), w, (words[first].start, head.end), head, content, speaker_rule="headline-cue",
               content_rule="headline-cue")


def _capitalised_noun(w: Word) -> bool:
    """A capitalised noun or name: a word of a speaker's name in a headline in title case."""
    return (w.upos in ("PROPN", "NOUN") or w.xpos.startswith("NNP")) and w.text[:1].isupper()


def _plural_subject_base(s: Parsed, w: Word) -> bool:
    """`Teachers Vow To Strike`, `Police Urge Drivers To ...`, `Farmers warn of ...`: a cue verb's base form right
    after a plural noun (`-s`, not `-ss`, or one English takes as plural: lexicon PLURAL_ONLY_NOUNS) is its
    verb in a headline, as the `-s` form is after a singular: a verb of saying, promising or urging (a report
    verb's base form is mostly a noun there: `Voters Report Card`, `Staff Estimate`)."""
    before, lemma = s.words[w.index - 1].text.lower(), cue_lemma(w.text)
    return w.text.lower() == lemma and lemma in SAY_VERBS | COMMISSIVE_VERBS | DIRECTIVE_VERBS and (
        before in PLURAL_ONLY_NOUNS or (
        before.endswith("s") and not before.endswith("ss") and s.words[w.index - 1].upos in NOUN_UPOS))


def _headline_topic(after: Sequence[Word], lemma: str | None) -> int:
    """Where a headline's words after its cue open what was said: past a topic's preposition (`Warns Of
    Shutdown As Talks Stall`), and, after a verb whose
    listener comes before its topic (lexicon TOPIC_LISTENER_VERBS), past a listener of one or two capitalised
    words before one (`Warns Farmers Of Long Dry Summer`: the farmers are warned, not said; not `Promises
    Action On Jobs`, the thing promised)."""
    if after[0].text.lower() in TOPIC_PREPOSITIONS:
        return 1
    for i in range(1, _TOLD_LISTENER_WORDS + 1) if lemma in TOPIC_LISTENER_VERBS else ():
        if i < len(after) and after[i].text.lower() in TOPIC_PREPOSITIONS and all(
                x.text[:1].isupper() and x.upos in ("PROPN", "NOUN") for x in after[:i]):
            return i + 1
    return 0


def _headline_dash(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Budget will hurt the poor - charity`, `Rates to stay low for a year - bank chief`: in a headline (a
    short line closing with no stop, `_headline_line`) a dash followed by nothing but a short noun phrase
    naming a source (a speaker, role, group or organisation word, or lexicon HEADLINE_SOURCE_WORDS, in
    lower case: not `live updates`, nor a site's name, `Storm hits coast - Daily Ledger`) credits the
    words before the dash to it (words with no quotation marks: the linking rules read signed quotations)."""
    words = s.words
    if w.text not in _DASHES or w.index < HEADLINE_CLAIM_WORDS or not _headline_line(s):
        return None
    after = words[w.index + 1:]
    if not _source_phrase(after):
        return None
    before = [x for x in words[:w.index] if x.upos != "PUNCT" or x.text.strip(MARK_CHARS)]
    while before and before[-1].upos == "PUNCT":
        before.pop()
    if not _headline_claim(before) or any(x.text in _DASHES or x.text in (":", ";") or not x.text.strip(MARK_CHARS)
                                          for x in words[:w.index]) \
            or before[0].upos in ("ADP", "SCONJ", "CCONJ"):
        return None  # `In pictures - floods`: no claim; `"We will be back" - fans react`: a signed quotation's
    head = after[-1]
    return Cue(sentence, (w,), w, (after[0].start, head.end), head, (before[0].start, before[-1].end),
               speaker_rule="headline-dash", content_rule="headline-dash")


def _source_phrase(after: Sequence[Word]) -> bool:
    """Whether the words closing a headline after its dash or colon are a short noun phrase naming a source (a
    speaker, role, group or organisation word, `source_word`, in lower case: `- charity`, `: council leader`;
    not `live updates`, nor an outlet, `Daily Ledger`)."""
    return bool(after) and len(after) <= HEADLINE_DASH_SOURCE_WORDS and all(x.upos in _RUN_WORDS for x in after) \
        and any(source_word(x.text) for x in after) \
        and not any(x.text.lower() in NEWS_OUTLET_WORDS | OUTLET_NOUNS for x in after)


def _headline_colon(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Ann Ruiz: Tax plan will fail`, `Ruiz: I will not resign`: in a headline (`_headline_line`) a name
    of one to four capitalised words and a colon credit the claim after it (`_headline_claim`) to that name:
    a given name and more (`first_names`) or a title before a name; a lone name only before a first
    person (`I`, `we`), its own words.  Not a topic's label (`Covid: cases rise again`, `Election 2024:
    what we know`), a rubric (`Analysis: ...`), nor words holding a quotation (`colon-name` links those) or
    a report of their own (`Budget: we will fix it, says mayor`).  A bare name closing the headline after
    its colon (`Tax plan will hurt farmers: Ruiz`, one or two capitalised words the tagger takes for a
    name) credits the claim before it, as a closing dash's source does (`_headline_dash`)."""
    words = s.words
    if w.text != ":" or not _headline_line(s):
        return None
    if not 1 <= w.index <= 4:
        return _closing_name_colon(sentence, s, w)
    name = words[:w.index]
    source = len(name) == 1 and name[0].text[1:].islower() and name[0].text.lower() in HEADLINE_LABEL_SOURCES
    if any(not x.text[:1].isupper() or not x.text[:1].isalpha() or x.upos not in ("PROPN", "NOUN")
           for x in name) or (not source and " ".join(x.text for x in name).upper() in NOT_SPEAKER_LABELS):
        return _closing_name_colon(sentence, s, w)  # (`Report: ...` in title case names a source; `REPORT: ...`
        # is a rubric's label)
    rest = [x for x in words[w.index + 1:] if x.upos != "PUNCT" or x.index < len(words) - 1]
    if not _headline_claim(rest) or any(not x.text.strip(MARK_CHARS) or x.text in (":", ";") for x in rest) \
            or rest[0].text.lower() in QUESTION_OPENERS or any(x.lemma in SAY_VERBS for x in rest):
        return None  # `Budget: we will fix it, says mayor`: the words credit themselves
    first_person = rest[0].text.lower() in ("i", "we")
    named = len(name) > 1 and (name[0].text.lower() in first_names() or name[0].text.lower().rstrip(".") in TITLES)
    if not (named or first_person or source):
        return _closing_name_colon(sentence, s, w)
    return Cue(sentence, (w,), w, (name[0].start, name[-1].end), name[-1], (rest[0].start, rest[-1].end),
               speaker_rule="headline-colon", content_rule="headline-colon")


def _closing_name_colon(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Tax plan will hurt farmers: Ruiz`, `Centre neglecting farmers: Rahul Vale`, `Bridge to reopen by spring:
    council leader`: a colon before nothing but one or two capitalised words the tagger takes for a name (not
    an outlet's, a rubric's or a label's word: `Storm batters coast: Live`, nor one in capitals, an acronym's
    or a shout's: `: SMH`, `: LIVE`) or a source's noun phrase in lower case (`_source_phrase`, as after a
    closing dash), closing a headline whose words before the colon make a claim (`_headline_claim`, opening
    on no preposition or conjunction, holding no quotation): the name speaks them (not `Election 2024:
    Texas`, a topic and its place; nor `Weather: Sunny`); an office's or a court's initials in capitals alone
    (lexicon HEADLINE_OFFICE_INITIALS: `Will not tolerate lawlessness: CM`, `Bail is the rule: SC`) name one too."""
    words = s.words
    name = [x for x in words[w.index + 1:] if x.upos != "PUNCT" or x.index < len(words) - 1]
    named = 1 <= len(name) <= HEADLINE_NAME_WORDS and " ".join(x.text for x in name).upper() not in NOT_SPEAKER_LABELS \
        and all(x.upos == "PROPN" and x.text[:1].isupper() and x.text.isalpha() and not x.text.isupper()
                and x.text.lower() not in NEWS_OUTLET_WORDS | OUTLET_NOUNS for x in name)
    initials = len(name) == 1 and name[0].text.isupper() and name[0].text.lower() in HEADLINE_OFFICE_INITIALS  # `: CM`
    if not (named or initials or _source_phrase(name)):
        return None
    claim = words[:w.index]
    if not _headline_claim([x for x in claim if x.upos != "PUNCT"]) or claim[0].upos in ("ADP", "SCONJ", "CCONJ") \
            or any(not x.text.strip(MARK_CHARS) or x.text in _DASHES or x.text in (";", "|") or x.lemma in SAY_VERBS
                   for x in claim):
        return None  # `"We will be back": Ruiz`: a signed quotation, `colon-name`'s
    return Cue(sentence, (w,), w, (name[0].start, name[-1].end), name[-1], (claim[0].start, claim[-1].end),
               speaker_rule="headline-colon", content_rule="headline-colon")


def _headline_tell(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Jane Roe Tells Growers They Must Act Now`, `Farm Aid Is 'A Lifeline,' Jane Roe Tells Growers`: in
    a headline in title case `Tells` (`Told`), taken by the tagger for part of a name, is the headline's
    verb of telling: the capitalised words before it speak (back to a break); its listener follows it,
    and what was told opens at a subject pronoun after the listener and runs to the end, or, where the
    listener closes the headline, is the words before the break."""
    words = s.words
    if w.upos == "VERB" or w.text not in _TELL_FORMS or w.index == 0:
        return None
    alpha = [x.text for x in words if x.text[:1].isalpha()]
    if not title_case(alpha):
        return None
    first = w.index
    while first > 0 and words[first - 1].upos in ("PROPN", "NOUN") and words[first - 1].text[:1].isupper():
        first -= 1
    brk = _headline_break(words, first)  # the break before the speaker
    if first == w.index or brk is None:
        return None
    after = list(words[w.index + 1:])
    while after and after[-1].upos == "PUNCT":
        after.pop()
    told = next((i for i, x in enumerate(after) if i > 0 and x.text.lower() in NOMINATIVE_PRONOUNS), None)
    if told is None:
        told = _told_clause_after_listener(after)
    if told is not None and len(after) - told >= 3:
        content = (after[told].start, after[-1].end)
    elif told is None and after and len(after) <= 4 and all(x.text[:1].isupper() for x in after) and brk > 2:
        last = words[first - 1] if brk < first - 1 else words[brk - 1]  # a quotation's closing mark, or the break's word
        content = (words[0].start, last.end)
    else:
        content = None
    if content is None:
        return None
    head = words[w.index - 1]
    return Cue(sentence, (w,), w, (words[first].start, head.end), head, content, speaker_rule="headline-tell",
               content_rule="headline-tell")


_TAG_STOPS = (",", "?", "!")  # what closes a quotation's words before its tag (`"...," sagte`, `„...“, sagte`)
FOREIGN_SPEAKER_WORDS = 6     # the most words of a foreign tag's speaker (`el presidente Pedro Sánchez`)


def _lower_tag_speaker(words: Sequence[Word], j: int) -> tuple[Word, ...] | None:
    """The speaker in lower case right after a foreign tag's verb (ending at words[j - 1]): a subject pronoun
    (`sagte er nach dem Treffen.`: lexicon FOREIGN_TAG_PRONOUNS), or an article and its noun (`a déclaré le
    ministre.`, `dijo la ministra a la prensa.`: FOREIGN_TAG_DETERMINERS; a capitalised name after them is the
    caller's run: `dijo el ministro Luis Vela`); else None.

    >>> ws = [Word(i, t, t, "X", "X", "", -1, "dep", i * 10, i * 10 + len(t)) for i, t in enumerate(["sagte", "er", "."])]
    >>> [x.text for x in _lower_tag_speaker(ws, 1) or ()], _lower_tag_speaker(ws[:1], 1)
    (['er'], None)
    """
    if j >= len(words):
        return None
    end = j + 1 if words[j].text in FOREIGN_TAG_PRONOUNS else (
        j + 2 if words[j].text in FOREIGN_TAG_DETERMINERS and j + 1 < len(words)
        and words[j + 1].text.replace("-", "").isalpha() and words[j + 1].text.islower() else None)
    return None if end is None else tuple(words[j:end])


def _foreign_tag_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`"Wir sind bereit," sagte Scholz.`, `"Estamos listos," dijo Sánchez.`, `Scholz sagte: "..."`: a
    reporting verb of another language (`rules.text.foreign_tag`, lexicon FOREIGN_TAG_VERBS), which the
    tagger cannot read, in a tag right after a quotation's closing mark and its comma (or `?`, `!`), with
    the speaker after it (its words before the next stop through their first run of capitalised ones:
    `dijo el presidente Pedro Sánchez`, `sagte Jonas Keller nach dem Treffen`), or right before a colon or comma and an opening mark, with a capitalised
    name before it: a cue of the quotation only (no content: never a foreign clause's report)."""
    words = s.words
    texts = [x.text for x in words]
    n = foreign_tag(texts, w.index)
    if n == 0:
        return None
    i, j = w.index, w.index + n  # the tag's words: words[i:j]
    tag = tuple(words[i:j])
    after_quotation = i >= 2 and (_mark(words[i - 1]) and (words[i - 2].text in _TAG_STOPS
                                                          or words[i - 1].start == words[i - 2].end)
                                  or words[i - 1].text == "," and _mark(words[i - 2]))
    # (a closing mark set right against the quotation's last word, its comma left out: `,,Wir sind bereit'' sagte er.`)
    inverted = next((p for p in FOREIGN_INVERTED_PRONOUNS if tag[0].text.lower().endswith(p)), None)
    if after_quotation and inverted is not None:  # `"C'est fini", a-t-il déclaré`: the pronoun in the tag speaks
        return Cue(sentence, tag, tag[-1], (tag[0].end - len(inverted) + 1, tag[0].end), tag[0], None,
                   speaker_rule="foreign-tag")
    if inverted is not None:
        return None
    if after_quotation:
        run: list[Word] = []
        for x in words[j:j + FOREIGN_SPEAKER_WORDS]:
            if not x.text[:1].isalpha() or run and run[-1].text[:1].isupper() and not x.text[:1].isupper() and not (
                    x.text.lower() in SURNAME_PARTICLES and x.index + 1 < len(words)
                    and words[x.index + 1].text[:1].isupper()):
                break  # the name ends with its capitalised run (`sagte Jonas Keller nach dem Treffen`)
            run.append(x)
        while run and not run[-1].text[:1].isupper():
            run.pop()
        lower = _lower_tag_speaker(words, j) if w.text.lower() not in FOREIGN_TAG_NAME_ONLY else None
        if lower is not None and (len(lower) == 1 or not run):  # `sagte er`, `a déclaré le ministre`: no name
            return Cue(sentence, tag, tag[-1], (lower[0].start, lower[-1].end), lower[-1], None,
                       speaker_rule="foreign-tag")
        if not run or not all(x.text.isalpha() or "-" in x.text or "'" in x.text for x in run):
            return None
        if n == 1 and w.text.lower() in FOREIGN_TAG_NAME_ONLY and (
                not all(x.text[:1].isupper() for x in run)
                or run[-1].index + 1 < len(words) and words[run[-1].index + 1].text not in (".", ",", ";")):
            return None  # `"...", so Scholz.`, not `"We lost," so Lee went home.`
        return Cue(sentence, tag, tag[-1], (run[0].start, run[-1].end), run[-1], None,
                   speaker_rule="foreign-tag")
    if n == 1 and w.text.lower() in FOREIGN_TAG_NAME_ONLY:
        return None
    if j + 1 < len(words) and words[j].text in (":", ",") and _mark(words[j + 1]):
        first = i
        while first > 0 and words[first - 1].text[:1].isupper() and words[first - 1].text.isalpha() \
                or first > 1 and (words[first - 1].text.lower() in SURNAME_PARTICLES
                                  or words[first - 1].text in APOSTROPHE_S) \
                and words[first - 2].text[:1].isupper():
            first -= 1  # (`Italy's Giulia Ferri ha detto:`, `Lula da Silva disse:`)
        if first == i or i - first > FOREIGN_SPEAKER_WORDS or (first > 0 and words[first - 1].text not in _TAG_STOPS
                                                                and not _mark(words[first - 1])):
            return None
        return Cue(sentence, tag, tag[-1], (words[first].start, words[i - 1].end), words[i - 1], None,
                   speaker_rule="foreign-tag")
    return None


_TOLD_LISTENER_WORDS = 2  # the most words of a headline's listener before the clause told it


def _told_clause_after_listener(after: Sequence[Word]) -> int | None:
    """`Mayor Tells Council The Budget Is Dead`: after `Tells` in a headline in title case, a listener of one
    or two capitalised words, then a determiner opening a noun phrase (lexicon PHRASE_DETERMINERS; past a
    `That` opening the clause) with a finite verb after it: the told clause opens at the determiner (a
    double object, `Tells Council The Whole Story`, has no verb).  Its index in `after`, else None."""
    for i in range(1, min(_TOLD_LISTENER_WORDS, len(after) - 1) + 1):
        if not all(x.text[:1].isupper() and x.upos in ("PROPN", "NOUN") for x in after[:i]):
            return None
        j = i + 1 if after[i].text == "That" else i
        if j < len(after) and after[j].text.lower() in PHRASE_DETERMINERS and any(
                x.text.lower() in AUXILIARIES or x.xpos in _FINITE for x in after[j + 2:]):
            return j
    return None


def _share_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`About 3 in 10 say they expect ...`, `Nearly a quarter say they are unsure`: `say` or `says`
    tagged as a noun right after a share of people (a number, or a share word: `a third`, `67
    percent`) is the verb of saying, when a clause (a finite verb) follows it; the share speaks, the
    words after it to the sentence's end are what it said."""
    if w.upos != "NOUN" or w.text.lower() not in SAY_FORMS or w.index == 0:
        return None
    before = s.words[w.index - 1]
    if before.upos != "NUM" and before.text.lower() not in SHARE_WORDS:
        return None
    rest = list(s.words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if not rest or rest[0].upos in ("ADP", "PUNCT", "CCONJ") or not _has_clause(rest, False):
        return None
    found = _run_before(s, w, w.index - 1)
    if found is None:
        return None
    head, speaker = found
    return Cue(sentence, (w,), w, speaker, head, (rest[0].start, rest[-1].end), speaker_rule="share-cue",
               content_rule="share-cue")


def _with_ing_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Fans reacted online, with one writing, "..."`, `..., with one fan tweeting: "..."`: an `-ing` form of a
    cue verb the tagger took for a noun, right after `with` and a noun phrase in a phrase set off by a comma
    (an absolute phrase), and before a comma or colon and a quotation mark, is the verb of that phrase,
    whatever the tag (a noun after `with one` takes no quotation after it): the noun phrase speaks
    (`_with_ing_phrase`)."""
    found = _with_ing_phrase(s, w)
    if found is None:
        return None
    run, head = found
    return Cue(sentence, (w,), w, (run[0].start, run[-1].end), head, None, speaker_rule="with-ing-cue")




def _perceived_ing_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Lee recalled his father saying, "..."`, `I can hear my mother saying: "..."`: an `-ing` form of a cue
    verb the tagger took for a noun, right after the noun phrase that is the object of a verb of perceiving or
    remembering (lexicon PERCEPTION_VERBS: the one heard or recalled does what the participle names) and
    before a comma or colon and a quotation mark, is that phrase's verb of saying: the noun phrase speaks (not
    `recalled the saying`: no noun phrase of its own before it but its determiner)."""
    if w.upos != "NOUN" or not w.text.lower().endswith("ing") or not cue_form(w.text) or w.index < 2 \
            or w.index + 2 >= len(s.words):
        return None
    nxt, after = s.words[w.index + 1], s.words[w.index + 2]
    if nxt.text not in (",", ":") or not after.text or after.text.strip(MARK_CHARS):
        return None
    i = w.index - 1
    while i >= 0 and s.words[i].upos in _WITH_RUN:
        i -= 1
    if i < 0 or i == w.index - 1 or s.words[i].upos != "VERB" or s.words[i].lemma not in PERCEPTION_VERBS:
        return None
    run = s.words[i + 1:w.index]
    head = next((x for x in reversed(run) if x.upos in _NOMINAL), None)
    if head is None:
        return None
    return Cue(sentence, (w,), w, (run[0].start, run[-1].end), head, None, speaker_rule="perceived-ing-cue")


def _research_finding(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The study found that walkers were less likely to ...`, `Researchers found the drug cut deaths`:
    `find` with a subject whose noun is research (`RESEARCH_NOUNS`) or a body that rules on what happened
    (`FINDING_BODIES`: `The coroner found the death was preventable`), or a relative pronoun standing for
    one (`the report, which found that ...`), and a clause after it (its own subject and finite verb)
    reports that clause: the research speaks, the clause is what it found."""
    if w.upos != "VERB" or w.text.lower() not in FINDING_FORMS:
        return None
    subject = next((k for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index), None)
    if subject is None:
        return None
    finder = subject
    if relative_pronoun(subject.text) and w.deprel == "acl:relcl" and w.head >= 0:
        finder = s.words[w.head]  # `the report, which found that ...`: the relative's noun found it
    if finder.text.lower() not in RESEARCH_NOUNS and finder.text.lower() not in FINDING_BODIES:
        return None
    span_rule, speaker = _subject_speaker(s, subject, w)
    if finder is not subject and subject.text.lower() == "that":  # `a paper that found ...`: a restrictive
        # relative's `that` is no word of its own; its noun phrase, short of its clauses, speaks
        span_rule, speaker = _subject_speaker(s, finder, w)
        if speaker is not None and speaker[1] > subject.start:
            speaker = s.span(finder, frozenset(c.index for c in s.kids[finder.index] if c.deprel.startswith("acl")))
        speaker = (_named_phrase_start(s, finder.index, speaker[0]), speaker[1]) if speaker is not None else None
    content = _clause_reported(s, w, subject) or _found_clause_words(s, w)
    if content is None and finder.text.lower() in FINDING_BODIES:
        content = _found_verdict(s, w)
    if content is None and finder.text.lower() in RESEARCH_NOUNS:
        content = _object_said_of(s, w, adjectives=False)  # `The survey found Vale leading among women`
    return None if content is None else Cue(sentence, (w,), w, speaker, subject, content, _antecedent(s, subject),
                                            speaker_rule="research-finding", span_rule=span_rule,
                                            content_rule="research-finding")


def _named_phrase_start(s: Parsed, i: int, start: int) -> int:
    """Where the noun phrase ending in the noun at `i` opens, read from the words: back over the words of a
    name and its title (`_run_word`) and a small word joining two capitalised ones (`of`, `at`, `for`, `and`:
    `a 2014 University of California at San Diego paper`), to a determiner or possessive (`_run_opener`)
    that opens it; `start` when no such opener comes first (the parse's phrase stands)."""
    words, j = s.words, i
    while j > 0 and (_run_word(s, j - 1) or j > 1 and words[j - 1].text.lower() in _NAME_JOINERS
                     and _capitalised(words[j - 2]) and _capitalised(words[j])):
        j -= 1
    return words[j - 1].start if j > 0 and _run_opener(s, j - 1) and words[j - 1].start < start else start


_NAME_JOINERS = frozenset({"of", "at", "for", "and"})  # small words within a name (`University of California`)


def _found_clause_words(s: Parsed, w: Word) -> tuple[int, int] | None:
    """`citing a report that found the bridge was unsafe`: right after `found`, a noun phrase and then its
    verb (`_has_clause`, read from the words, `that` before it or not) is what was found, up to the next
    punctuation, however the parse hung that verb (`unsafe` taken for a second relative clause on `report`)."""
    rest: list[Word] = []
    for x in s.words[w.index + 1:]:
        if x.upos == "PUNCT":
            break
        rest.append(x)
    if len(rest) < 3 or not _has_clause(rest, True):
        return None
    return rest[0].start, rest[-1].end


_VERDICT_REACH = 5  # the most words of the one judged between `found` and the verdict (`found the two men`)
_JUDGED_TAGS = frozenset({"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ", "PART"})


def _found_verdict(s: Parsed, w: Word) -> tuple[int, int] | None:
    """`A jury found Lee guilty of fraud`, `found the firm not liable for the spill`: after `found`, the one
    judged (a few words of a noun phrase, `not` among them) and a verdict (`VERDICT_WORDS`), read from the
    words whatever the tagger made of them: from the one judged to the verdict's end, with a phrase of `of`,
    `for` or `in` right after it to the end of what the parse hung from that phrase's noun."""
    words = s.words
    at = next((x for x in words[w.index + 2:w.index + 2 + _VERDICT_REACH] if x.text.lower() in VERDICT_WORDS
               or x.upos not in _JUDGED_TAGS), None)
    if at is None or at.text.lower() not in VERDICT_WORDS:
        return None
    end = at.end
    after = words[at.index + 1] if at.index + 1 < len(words) else None
    if after is not None and after.text.lower() in ("of", "for", "in") and after.head > after.index:
        end = max(end, s.span(words[after.head])[1])
    return words[w.index + 1].start, end


_STANDING_PREPOSITIONS = frozenset({"with", "at", "within", "ahead", "behind", "on"})  # `Ruiz with a lead`
_STANDING_ADVERBS = frozenset({"ahead", "behind"})  # `finds Ruiz ahead by six points`: where the object stands


def _said_of(s: Parsed, k: Word, adjectives: bool = True) -> bool:
    """Whether `k`, after what `show` shows, says something of it: a participle (`Ruiz leading`), a
    predicate (`xcomp`), or a phrase or adverb of standing (`with a lead`, `at 40 percent`, `ahead of Lee`,
    `Ruiz ahead by six points`).
    `adjectives=False`: no adjective predicate (after `find`: `found the drug useful` is how it was found,
    as `found the room empty`, no finding told)."""
    if not adjectives and k.upos == "ADJ":
        return False
    if k.deprel in ("xcomp", "advcl") or k.deprel == "acl" and k.xpos == "VBG" \
            or k.deprel == "advmod" and k.text.lower() in _STANDING_ADVERBS:
        return True
    case = next((x for x in s.kids[k.index] if x.deprel == "case"), None)
    return (k.deprel == "obl" or k.deprel.startswith("nmod")) and case is not None \
        and case.text.lower() in _STANDING_PREPOSITIONS


def _object_said_of(s: Parsed, w: Word, adjectives: bool = True) -> tuple[int, int] | None:
    """`A new poll shows Ruiz leading by four points`, `The survey found Vale leading among women`: after a
    verb of showing or finding, its object and something said of it (`_said_of`): from the object to the
    sentence's end, no quotation mark there; None for a bare object (`The poll shows a shift`) or a time taken
    for one (`found last week that ...`)."""
    obj = next((k for k in s.kids[w.index] if k.deprel == "obj" and k.index > w.index), None)
    rest = list(s.words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if obj is None or time_word(obj.text) or not any(_said_of(s, k, adjectives) for k in [*s.kids[w.index], *s.kids[obj.index]] if k.index > obj.index) \
            or len(rest) < 2 or rest[0].upos == "PUNCT" or any(x.text in MARK_CHARS for x in rest):
        return None
    return rest[0].start, rest[-1].end


_OF_PHRASE_WORDS = 4  # the most words of an `of` phrase after a noun of records (`results of the new survey`)


def _evidence_head(s: Parsed, i: int) -> int | None:
    """The noun of records or counts (`EVIDENCE_NOUNS`) whose phrase ends right before word `i`, read from the
    words: the word before it, the noun before a short `of` phrase of nouns (`minutes of the meeting`), or
    the noun before a participle and its `by` phrase of names (`data compiled by Bloomberg`, `Emails
    obtained by the Ledger`, `messages reviewed by The Post`) or its time (`figures released Thursday`); a noun of a batch of papers before a short `of`
    phrase ending in a noun of records is their head (lexicon RECORD_BATCH_NOUNS: `a trove of documents`)."""
    words = s.words
    of = next((x.index for x in reversed(words[max(0, i - _OF_PHRASE_WORDS):i]) if x.text.lower() == "of"), None)
    if of is not None and of >= 1 and of + 1 < i and (
            words[of - 1].text.lower() in EVIDENCE_NOUNS
            or words[of - 1].text.lower() in RECORD_BATCH_NOUNS and words[i - 1].text.lower() in EVIDENCE_NOUNS) \
            and words[i - 1].upos in ("NOUN", "PROPN", "NUM") \
            and all(x.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or x.xpos == "VBG" for x in words[of + 1:i]):
        return of - 1  # `minutes of the meeting showed`, `results of the survey show`: the head before `of`
    if i > 0 and words[i - 1].text.lower() in EVIDENCE_NOUNS:
        return i - 1
    timed = _time_before(s, i)
    if 2 <= timed < i and _participle_spelling(words[timed - 1]) and words[timed - 2].text.lower() in EVIDENCE_NOUNS:
        return timed - 2  # `Census figures released Thursday show ...`: a participle and its time
    by = next((x.index for x in reversed(words[max(0, i - 5):i]) if x.text.lower() == "by"), None)
    if by is None or by < 2 or by + 1 >= i or not words[by - 1].text.islower() \
            or not words[by - 1].text.endswith(("ed", "en")) or words[by - 2].text.lower() not in EVIDENCE_NOUNS \
            or not all(x.text[:1].isupper() or x.text.lower() == "the" for x in words[by + 1:i]):
        return None
    return by - 2


def _evidence_tag(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`..., official figures showed on Friday.`, `..., data compiled by Bloomberg show.`, read from the
    words whatever the parse made the noun: a closing tag, a comma, a noun phrase ending in a noun of records
    or counts (`_evidence_head`) right before `show`, and nothing after it but a time and the stop; the clause
    before the comma is what they show."""
    words = s.words
    tail = [x for x in words[w.index + 1:] if x.upos != "PUNCT"]
    h = _evidence_head(s, w.index) if w.index >= 3 else None
    if h is None or not all(
            time_word(x.text) or x.text.lower() in TIME_OPENERS or x.text.lower() in TIME_NOUNS for x in tail):
        return None
    first = _run_start(s, h)
    if first is None or first < 2 or words[first - 1].text != "," \
            or not any(x.xpos in _FINITE for x in words[:first - 1]):
        return None
    return Cue(sentence, (w,), w, (words[first].start, words[w.index - 1].end), words[h],
               (words[0].start, words[first - 2].end), speaker_rule="evidence-shows", content_rule="evidence-shows")


def _evidence_that(sentence: int, s: Parsed, w: Word, unquoted: bool = False) -> Cue | None:
    """`The filing shows that ...`, `Emails obtained by the Ledger show that ...`, `A survey of purchasing
    managers showed activity contracted`, read from the words whatever the parse made `show` (a noun of a
    compound, a participle) or its subject (`A Reuters tally`, the name taken for the subject): a noun phrase
    opening its sentence and ending in a noun of records or counts (`_evidence_head`), `show`, then `that`
    and a clause with a finite verb, or a clause of its own (a noun phrase, then its verb: `_has_clause`):
    the records speak it, to the sentence's end (`unquoted`: with no quotation mark in it, where the parse
    made `show` a verb: `Polling shows that "...," said Ann Ruiz` is Ruiz's)."""
    words = s.words
    h = _evidence_head(s, w.index)
    if h is None or w.index + 2 >= len(words):
        return None
    first = _run_start(s, h)
    rest = list(words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    that = rest[0].text.lower() == "that"
    if first is None or any(x.upos == "PUNCT" for x in words[:first]) or len(rest) < 3 \
            or unquoted and any(x.text in MARK_CHARS for x in rest) or not (that and any(x.xpos in _FINITE for x in rest[1:]) or not that and _has_clause(rest, True)):
        return None
    return Cue(sentence, (w,), w, (words[first].start, words[w.index - 1].end), words[h],
               (rest[0].start, rest[-1].end), speaker_rule="evidence-shows", content_rule="evidence-shows")


def _evidence_shows(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Court records show that Vale owed ...`, `A new poll shows Ruiz leading`, `..., official data showed.`:
    `show` with a subject whose noun is research, records or counts (`EVIDENCE_NOUNS`) reports what follows
    it (a clause of its own, or an object and what is said of it, to the sentence's end), the clause
    closing its sentence before it and a comma (a time after the verb too, whatever the parse made the
    noun: `_evidence_tag`), or the two parts of a clause it is set off within by commas (`In May, records
    show, the firm paid ...`): the records speak (not `show up`, nor a bare object; not within another's
    report: `said that polls show ...`)."""
    if w.upos == "NOUN" and w.text.lower() in SHOWING_FORMS:
        return _evidence_tag(sentence, s, w) or _evidence_that(sentence, s, w)  # `..., the data show.`, `The
        # filing shows that ...`: `show` after such a noun tagged a noun's compound
    if w.upos != "VERB" or w.text.lower() not in SHOWING_FORMS or any(k.deprel == "compound:prt" for k in s.kids[w.index]):
        return None
    subjects = [k for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index]
    subject = subjects[0] if subjects else None
    if len(subjects) > 1 and any(x.text == "," for x in s.words[subjects[0].index:subjects[-1].index]):
        subject = subjects[-1]  # `Minutes later, video showed`: of two subjects a comma parts, the nearer
    if subject is None:  # `A survey of purchasing managers showed activity contracted`: `showed` taken for a participle
        return _evidence_tag(sentence, s, w) or _evidence_that(sentence, s, w, True)
    if subject.text.lower() not in EVIDENCE_NOUNS:
        return _evidence_tag(sentence, s, w) or _evidence_that(sentence, s, w, True)  # `..., Reuters calculations
        # show.`, `A Reuters tally showed that ...`: the name taken for a (second) subject
    first = next(x.index for x in s.subtree(subject) if x.upos != "PUNCT")
    x = w
    while x.head >= 0:
        if x.deprel == "ccomp" and s.words[x.head].upos == "VERB" and s.words[x.head].lemma in cue_lemmas():
            return None  # `said that polls show he leads`: within another's report, no report of its own here
        x = s.words[x.head]
    more = None
    if w.index + 1 < len(s.words) and s.words[w.index + 1].text == ",":
        within = _set_within(s, first, w.index) if w.deprel == "root" else None  # `In May, records show, the
        # firm paid ...`: both parts (not set off within a side clause: `While ..., records show, ...`)
        if within is None:
            return None
        content: tuple[int, int] | None = within[0]
        more = within[1]
    else:
        content = _clause_reported(s, w, subject)
    if content is None and w.index + 1 < len(s.words) and s.words[w.index + 1].upos != "PUNCT":
        tagged = _evidence_tag(sentence, s, w)  # `..., official data showed last week.`: a time taken for its object
        if tagged is not None:
            return tagged
    if content is None:
        content = _object_said_of(s, w)
        if content is None:  # `The poll shows a shift`, `the scale of the problem`: a bare object is no report;
            return _evidence_that(sentence, s, w, True)  # `Federal data shows the number of overdoses rose
            # sharply`: a noun phrase and its verb after `show` are its clause, however the parse hung the verb
    span_rule, speaker = _subject_speaker(s, subject, w)
    return Cue(sentence, (w,), w, speaker, subject, content, more=more, speaker_rule="evidence-shows",
               span_rule=span_rule, content_rule="evidence-shows")


def _to_know(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Vale wanted to know why the city had not held a hearing`, `She demanded to know whether ...`: `know`
    after `to`, the complement of a verb of wanting or demanding (`KNOW_ASKING_VERBS`) that has a subject,
    with a clause after it that a question word, `whether` or `if` opens: the subject asks that question."""
    if w.lemma != "know" or w.deprel != "xcomp" or w.head < 0 or w.index < 2 \
            or s.words[w.index - 1].text.lower() != "to" or s.words[w.head].index != w.index - 2:
        return None
    head = s.words[w.head]
    if head.lemma not in KNOW_ASKING_VERBS:
        return None
    subject = next((k for k in s.kids[head.index] if k.deprel == "nsubj" and k.index < head.index), None)
    clause = next((k for k in s.kids[w.index] if k.index > w.index and (k.deprel in ("ccomp", "advcl") or (
        k.deprel == "obj" and k.text.lower() in _ASKING_OPENERS))), None)  # `to know what the city plans`
    if subject is None or clause is None:
        return None
    opener = s.subtree(clause)[0]
    if opener.index != w.index + 1 or opener.text.lower() not in QUESTION_OPENERS:
        return None
    span_rule, speaker = _subject_speaker(s, subject, head)
    return Cue(sentence, (head, s.words[w.index - 1], w), head, speaker, subject, s.span(clause),
               speaker_rule="to-know", span_rule=span_rule, content_rule="to-know")


_ASKING_OPENERS = QUESTION_OPENERS - BARE_QUESTION_WORDS  # those that may be the object (`to know what ...`)


def _hearing_heard(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The jury heard that the card was used abroad`, `..., a court has heard.`: `heard` with a subject
    whose noun is a body that hears evidence (`HEARING_BODIES`) and a clause after it (or before it, as
    `research-finding` reads one) reports that clause, said to the body by someone the sentence does not
    name: no speaker."""
    if w.upos != "VERB" or w.text.lower() not in HEARING_FORMS:
        return None
    subject = next((k for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index), None)
    if subject is None or (subject.text.lower() not in HEARING_BODIES and not any(  # `Leeds Crown Court heard`
            k.deprel in ("flat", "compound") and k.index > subject.index and k.text.lower() in HEARING_BODIES
            for k in s.kids[subject.index])):
        return None
    content = _clause_reported(s, w, subject)
    return None if content is None else Cue(sentence, (w,), w, None, None, content,
                                            speaker_rule="hearing-heard", content_rule="hearing-heard")


def _set_within(s: Parsed, first: int, last: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`The figures, the BBC understands, will be ...`: words `first` to `last` set off by commas within the
    clause they report (a noun phrase or more before, the rest of the clause after, opening at its finite
    verb or at a noun phrase, its determiner and adjectives too, and its verb): the clause's two parts."""
    words = s.words
    if first < 2 or last + 2 >= len(words) or words[first - 1].text != "," or words[last + 1].text != ",":
        return None
    start = max((x.index + 1 for x in words[:first - 1] if x.text in (";", ":")), default=0)
    before = [x for x in words[start:first - 1] if x.upos != "PUNCT"]
    after = list(words[last + 2:])
    while after and after[-1].upos == "PUNCT":
        after.pop()
    if not before or len(after) < 2:
        return None
    phrase = 0  # `the firm paid`: a noun phrase of a few words before the finite verb
    while phrase < min(4, len(after) - 1) and after[phrase].upos in ("DET", "ADJ", "NUM") and after[phrase + 1].upos in (
            "DET", "ADJ", "NUM", "NOUN", "PROPN"):
        phrase += 1
    goes_on = (after[0].upos in VERB_UPOS and after[0].xpos in _FINITE) or (
        after[phrase].upos in _NOMINAL and not relative_pronoun(after[phrase].text) and phrase + 1 < len(after)
        and after[phrase + 1].upos in VERB_UPOS and after[phrase + 1].xpos in _FINITE)
    return ((before[0].start, before[-1].end), (after[0].start, after[-1].end)) if goes_on else None


def _news_learned(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`..., the BBC understands.`, `..., CNN has learned.`, `The Times understands that ...`: a form of
    `understand` or `learn` (`LEARNED_FORMS`, whatever its tag: `understands` after a name is often
    taken for a plural noun), after its subject's noun phrase (and `has`/`have`), reports what the
    subject found out: as a closing tag (a comma, the phrase, the verb, the sentence's end; the phrase
    not a pronoun: `..., he has learned.` is mostly experience), the clause before the comma; or,
    where the phrase names a news outlet (`NEWS_OUTLET_WORDS` capitalised, `OUTLET_NOUNS`) and opens
    its clause, the clause after the verb (`He understands that people are angry` is no report)."""
    words = s.words
    if w.text.lower() not in LEARNED_FORMS or w.index == 0 or w.upos not in ("VERB", "NOUN"):
        return None
    end = w.index - 1
    if words[end].text.lower() in ("has", "have") and end > 0:
        end -= 1
    elif w.text.lower().startswith("learn") and w.xpos == "VBN":
        return None  # `..., lessons learned.`: a participle with no `have` is no tense of its own
    found = _run_before(s, w, end)
    if found is None:
        return None
    head, speaker = found
    first = next(x.index for x in words if x.start == speaker[0])
    if head.upos == "PRON" or all(x.upos == "PRON" for x in words[first:end + 1]):
        return None
    rest = list(words[w.index + 1:])
    more = None
    if all(x.upos == "PUNCT" for x in rest):  # `..., the BBC understands.`
        if first < 2 or words[first - 1].text != "," or not any(
                x.xpos in _FINITE or x.xpos == "VBN" and x.upos == "VERB" for x in words[:first - 1]):
            return None  # a past form the tagger took for a participle is the clause's verb all the same
        content = (words[0].start, words[first - 2].end)
    elif (within := _set_within(s, first, w.index)) is not None:  # `The figures, the BBC understands, will be ...`
        content, more = within
    else:
        run = words[first:end + 1]
        outlet = _names_outlet(run, head)
        opens = first == 0 or words[first - 1].upos in ("PUNCT", "CCONJ", "ADV")
        while rest and rest[-1].upos == "PUNCT":
            rest.pop()
        if not outlet or not opens or len(rest) < 3 or rest[0].upos in ("ADP", "PUNCT", "CCONJ") \
                or not _has_clause(rest, rest[0].text.lower() != "that"):
            return None
        content = (rest[0].start, rest[-1].end)
    return Cue(sentence, (w,), w, speaker, head, content, more=more, speaker_rule="news-learned",
               content_rule="news-learned")


def _it_is_understood(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`It is understood (that) ...`, `..., it is understood.`, `Ministers are understood to be ...`: in
    news, `understood` after a form of `be` reports what the writer's unnamed sources told them: the
    clause after it (with `it` before), the clause before the comma (`it` closing the sentence), or
    its subject with the infinitive after it; no speaker (not `by` someone, whose grasp it is, nor
    `is understood to mean`, a word's sense)."""
    words = s.words
    adverb = 1 if w.index > 2 and words[w.index - 1].text.lower() in ("reliably", "also", "further") else 0
    if w.text.lower() not in ("understood", "learnt", "learned") or w.index < 2 + adverb \
            or words[w.index - 1 - adverb].lemma != "be" or words[w.index - 1 - adverb].text.lower() == "being":
        return None
    rest = list(words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    subject = words[w.index - 2 - adverb]
    more = None
    if subject.text.lower() == "it" and (within := _set_within(s, subject.index, w.index)) is not None:
        content, more = within  # `The plan, it is understood, will be ...`
    elif subject.text.lower() == "it":
        if not rest:  # `..., it is understood.`
            if subject.index < 2 or words[subject.index - 1].text != "," or not any(
                    x.xpos in _FINITE or x.xpos == "VBN" and x.upos == "VERB" for x in words[:subject.index - 1]):
                return None
            content = (words[0].start, words[subject.index - 2].end)
        elif subject.index == 0 or words[subject.index - 1].upos in ("PUNCT", "CCONJ"):  # `It is understood that ...`
            if len(rest) < 3 or rest[0].upos in ("ADP", "PUNCT", "CCONJ") \
                    or not _has_clause(rest, rest[0].text.lower() != "that"):
                return None
            content = (rest[0].start, rest[-1].end)
        else:
            return None
    elif w.text.lower() != "understood":
        return None
    else:  # `Ministers are understood to be considering ...`
        raised = next((k for k in s.kids[w.index] if k.deprel == "nsubj:pass" and k.index < w.index), None)
        clause = next((k for k in s.kids[w.index] if k.deprel == "xcomp" and k.index > w.index
                       and to_infinitive(s.kids[k.index])), None)
        if raised is None or clause is None or clause.lemma in ("mean", "refer") or rest[0].text.lower() != "to" \
                or _raised_saying(s, clause):
            return None  # (`is understood to have told aides that ...`: the telling reports, the raised subject says)
        content = (s.span(raised)[0], s.span(clause)[1])
    return Cue(sentence, (w,), w, None, None, content, more=more, speaker_rule="it-is-understood",
               content_rule="it-is-understood")


def _clause_reported(s: Parsed, w: Word, subject: Word) -> tuple[int, int] | None:
    """The clause a verb of finding or hearing reports: its clause after it (its own subject and finite
    verb, or `that` right after the verb and a verb past the word after it, whatever the parse made the
    subject: `found that bees avoid ...`; or the verb's object right before the clause's finite verb, its
    subject however parsed: `found one in five had skipped meals`), or the one closing its sentence before
    it and a comma (`..., a new study has found.`)."""
    first = next(x.index for x in s.subtree(subject) if x.upos != "PUNCT")  # the parse may hang the comma from it
    if all(x.upos == "PUNCT" for x in s.words[w.index + 1:]) and first > 1 and s.words[first - 1].text == "," \
            and any(x.xpos in _FINITE for x in s.words[:first - 1]):  # `..., a new study has found.`
        return s.words[0].start, s.words[first - 2].end
    words = sorted((x for k in s.kids[w.index] if k.deprel == "ccomp" and k.index > w.index for x in s.subtree(k)),
                   key=lambda x: x.index)  # the parse may split the clause in two (`that walkers were likely to`)
    if not words:
        return _that_object_clause(s, w)
    if words[0].index <= w.index:
        return None
    words = _stray_clause_subject(s, w, words)
    opened = words[0].index == w.index + 1 and words[0].text.lower() == "that" and len(words) > 3 \
        and any(x.upos in VERB_UPOS for x in words[2:])  # `found that bees avoid ...`, `bees` taken for a verb
    if opened or any(x.deprel in _SUBJECTS for x in words):
        start = words[0].index
        while words[0].upos == "PROPN" and start - 1 > w.index and s.words[start - 1].upos == "PROPN" \
                and not time_word(s.words[start - 1].text):
            start -= 1  # `The tribunal heard Ms Ruiz had been ...`: a title the parse hung from the verb
        while len(words) > 1 and words[-1].text in (",", ";"):
            words = words[:-1]  # `the report, which found that fares rose, was ...`: the comma closes the aside
        return s.words[start].start, words[-1].end
    obj = next((k for k in s.kids[w.index] if k.deprel == "obj" and w.index < k.index < words[0].index), None)
    if obj is not None and s.subtree(obj)[0].index == w.index + 1 and words[0].xpos in _FINITE \
            and all(x.index in {y.index for k in s.kids[w.index] if k.index < words[0].index and k.index > w.index
                                for y in s.subtree(k)} for x in s.words[w.index + 1:words[0].index]):
        last = next(x for x in reversed(words) if x.upos != "PUNCT" or x.index == words[0].index)
        return s.words[w.index + 1].start, last.end  # `found one in five had skipped meals`: the object
        # the parse took from the clause, before its finite verb, is the clause's subject
    return None


def _stray_clause_subject(s: Parsed, w: Word, words: list[Word]) -> list[Word]:
    """`Researchers found that people who slept less were more likely to ...` parsed with `people` (and the
    `that` on its relative clause) as a second subject of `found`: `that` right after the verb and a subject
    hung from the verb after it, together with the verb's other words there filling the gap up to the clause
    the parse gave it, open that clause: the verb has its own subject before it, so a subject after it is the
    reported clause's.  The clause's words from `that` on, or `words` as they were."""
    if words[0].index <= w.index + 1 or s.words[w.index + 1].text.lower() != "that":
        return words
    stray = [k for k in s.kids[w.index] if w.index < k.index < words[0].index]
    gap = sorted({x.index for k in stray for x in s.subtree(k)})
    if not any(k.deprel in _SUBJECTS for k in stray) or gap != list(range(w.index + 1, words[0].index)):
        return words
    return [s.words[i] for i in gap] + words


def _that_object_clause(s: Parsed, w: Word) -> tuple[int, int] | None:
    """`The survey found that support for the deal had fallen`: `that` right after the verb, taken for the
    determiner of its object, with a verb of no subject of its own right after that object (a finite one, or
    one after `has`, `had`, a modal ...) that the parse joined to the verb: `that` opens a clause and the
    object is that clause's subject.  From `that` to the end of that verb's words."""
    if w.index + 2 >= len(s.words) or s.words[w.index + 1].text.lower() != "that":
        return None
    obj = next((k for k in s.kids[w.index] if k.deprel == "obj" and s.subtree(k)[0].index == w.index + 1
                and k.index > w.index + 1), None)
    if obj is None:
        return None
    last = s.subtree(obj)[-1].index
    if last + 1 >= len(s.words) or s.words[last + 1].upos in ("CCONJ", "PUNCT"):
        return None  # `found that support and helped ...`: a verb joined to the finding, not a clause
    verb = next((k for k in s.kids[w.index] if k.deprel == "conj" and k.upos in VERB_UPOS
                 and s.subtree(k)[0].index == last + 1 and not any(c.deprel in _SUBJECTS for c in s.kids[k.index])
                 and any(x.xpos in _FINITE for x in s.subtree(k) if x.index <= k.index)), None)
    if verb is None:
        return None
    end = next(x for x in reversed(s.subtree(verb)) if x.upos != "PUNCT" or x.index == verb.index)
    return s.words[w.index + 1].start, end.end


_NAME_VERB_ASIDE = 5  # the most words of an aside set off by commas between a name's verb and its `that`


def _name_then_verb(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The Daily Ledger reports that ...`, `Ruiz predicts that ...`: a cue verb's `-s` form the tagger
    took for a plural noun, right after a name and right before a `that` that opens a clause (not a
    relative `that` with its verb right after it) is the name's verb of saying: the name (its run of
    capitalised words, an owner's `'s` within: `KXAN's Tom Vale reports that ...`) speaks, the words from
    `that` to the sentence's end are what it said."""
    j = w.index + 1  # the `that`, past an aside set off by commas with no verb: `claims, without evidence, that`
    # (or one naming the report's sources: `reports, citing two aides, that`)
    if j < len(s.words) and s.words[j].text == ",":
        close = next((k for k in range(j + 1, min(j + 1 + _NAME_VERB_ASIDE, len(s.words))) if s.words[k].text == ","), None)
        citing = s.words[j + 1].xpos == "VBG" and s.words[j + 1].lemma in QUOTING_VERBS  # `, citing two aides,`
        if close is not None and (citing or not any(x.upos in VERB_UPOS for x in s.words[j + 1:close])):
            j = close + 1
    if w.upos != "NOUN" or w.index == 0 or j + 1 >= len(s.words) or not w.text.endswith("s") \
            or w.text.lower()[:-1] not in cue_lemmas() \
            or s.words[j].text.lower() != "that" or s.words[j + 1].upos in VERB_UPOS:
        return None  # `filed FEC reports that track ...`: a relative `that`, the noun's own clause
    first = w.index - 1
    if s.words[first].upos == "PROPN":
        while first > 0 and (s.words[first - 1].text[:1].isupper() and s.words[first - 1].upos in _RUN_WORDS | {"VERB"}
                             or first > 1 and s.words[first - 1].xpos == "POS" and _capitalised(s.words[first - 2])):
            first -= 1  # `the Associated Press`, however the tagger took `Associated`; `KXAN's Tom Vale`: the owner's
        if first > 0 and s.words[first - 1].text.lower() == "the":
            first -= 1
    elif s.words[first].text.lower() in SPEAKING_PAPERS:  # `An affidavit states that ...`: a paper that speaks,
        while first > 0 and s.words[first - 1].upos in ("DET", "ADJ", "NOUN", "PROPN"):  # its whole phrase
            first -= 1  # opening the sentence
        if first > 0:
            return None
    elif (opened := _restricted_paper_start(s, w)) is not None:
        first = opened  # `A video viewed 2 million times claims that ...`: the paper with its participle's phrase
    else:
        return None
    rest = list(s.words[j:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 2:
        return None
    return Cue(sentence, (w,), w, (s.words[first].start, s.words[w.index - 1].end), s.words[w.index - 1],
               (rest[0].start, rest[-1].end), speaker_rule="name-then-verb", content_rule="name-then-verb")


def _restricted_paper_start(s: Parsed, w: Word) -> int | None:
    """`A TikTok video viewed more than 2 million times claims that ...`: a paper that speaks (lexicon
    SPEAKING_PAPERS) opening the sentence, then a past participle's phrase restricting it (`_participle_tail`:
    its time, one preposition's phrase or a count of how often) that ends right before the cue's form: the
    index of the phrase's first word (the paper's determiner), else None."""
    words = s.words
    for p in range(w.index - 1, max(1, w.index - 1 - _PARTICIPLE_PHRASE_WORDS), -1):
        if words[p].upos in VERB_UPOS:
            if words[p].xpos != "VBN" and not _participle_spelling(words[p]) \
                    or words[p - 1].text.lower() not in SPEAKING_PAPERS \
                    or not _participle_tail(words[p + 1:w.index], True):
                return None
            first = p - 1
            while first > 0 and words[first - 1].upos in ("DET", "ADJ", "NOUN", "PROPN"):
                first -= 1
            return first if first == 0 else None
    return None


_NOUN_PAST_SUBJECT = 6  # the most words of the subject opening a sentence before a past spelt as its noun


def _spelt_noun_subject(s: Parsed, w: Word) -> bool:
    """`The weather forecast that rain would fall on Sunday was wrong`: a form spelt as both a past verb of
    saying and a noun (lexicon NOUN_SPELT_PASTS), right before `that`, whose clause's finite verb is followed,
    with no punctuation or conjunction between, by a second finite verb whose clause has no subject of its own:
    that second verb is the sentence's predicate, the form a noun heading its subject, and no one says the
    clause (not `The agency forecast that rain would fall where crops were planted`: `crops` is its subject)."""
    if w.text.lower() not in NOUN_SPELT_PASTS or w.index + 1 >= len(s.words) or s.words[w.index + 1].text.lower() != "that":
        return False
    first = None
    for x in s.words[w.index + 2:]:
        if x.upos in ("PUNCT", "CCONJ", "SCONJ") or relative_pronoun(x.text):
            return False
        if x.xpos not in _FINITE:
            continue
        if first is None:
            first = x
            continue
        if x.xpos == "MD":
            return False
        head = x if x.upos == "VERB" else s.words[x.head] if x.head >= 0 else x
        return head.deprel != "conj" and not any(k.deprel.startswith(("nsubj", "csubj", "expl"))
                                                 for k in s.kids[head.index])
    return False


_OPENING_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})  # the words of a plain noun phrase (`The IEA`)


def _opening_phrase_and_rest(words: Sequence[Word], i: int) -> tuple[Sequence[Word], list[Word]] | None:
    """The plain noun phrase opening a sentence before word `i` (a capitalised first word, then only
    determiners, adjectives, nouns and names, ending on a noun or name) and the words after `i` less its closing
    punctuation; None where the words before `i` are no such phrase (`The agency's forecast`: an owner's noun).

    >>> from quotes.parse import Word
    >>> ws = [Word(i, t, t.lower(), u, u, "", -1, "dep", 2 * i, 2 * i + 1) for i, (t, u) in enumerate(
    ...     [("The", "DET"), ("IEA", "PROPN"), ("forecast", "NOUN"), ("growth", "NOUN"), (".", "PUNCT")])]
    >>> [[w.text for w in part] for part in _opening_phrase_and_rest(ws, 2)]
    [['The', 'IEA'], ['growth']]
    """
    before = words[:i]
    if not before[0].text[:1].isupper() or before[-1].upos not in NOUN_UPOS \
            or any(x.upos not in _OPENING_PHRASE_TAGS for x in before):
        return None
    rest = list(words[i + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    return before, rest


def _noun_spelt_past(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The IEA forecast that demand would peak.`: a verb of saying whose past is spelt as its noun
    (`NOUN_SPELT_PASTS`) that the tagger took for the head of the noun phrase opening the sentence, with
    that phrase the whole of what comes before it (a determiner, adjectives, nouns and names, ending on a
    noun or name), a `that` opening a clause right after it (no verb right after the `that`), and no verb
    of its own left to the sentence (the parse made the form its root, and no finite verb or participle
    stands right after the clause's verb: `The IEA forecast that demand would peak proved wrong` is a noun
    phrase and its verb): the form is the past verb, the phrase before it speaks, the words from `that` to
    the sentence's end are what it said."""
    words = s.words
    i = w.index
    if w.upos != "NOUN" or w.text.lower() not in NOUN_SPELT_PASTS or w.deprel != "root" \
            or not 0 < i <= _NOUN_PAST_SUBJECT or i + 2 >= len(words) \
            or words[i + 1].text.lower() != "that" or words[i + 2].upos in VERB_UPOS:
        return None  # (`the forecast that rose`: a relative `that`, the noun's own clause)
    opening = _opening_phrase_and_rest(words, i)
    if opening is None:
        return None  # (`The agency's forecast that ...`: an owner's noun)
    before, rest = opening
    if len(rest) < 3 or any(x.xpos in _FINITE | {"VBN"} and y.upos == "VERB" for y, x in zip(rest, rest[1:])):
        return None  # `... that demand would peak proved wrong`: the noun phrase's own verb
    return Cue(sentence, (w,), w, (before[0].start, before[-1].end), before[-1], (rest[0].start, rest[-1].end),
               speaker_rule="noun-spelt-past", content_rule="noun-spelt-past")



_SENTENCE_STOPS = frozenset({".", "!", "?"})  # the stops that close a sentence (not a headline's bare line)


def _verbless_spelt_past(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The company forecast revenue of $2 billion.`: a form spelt as both a past verb of saying and a noun
    (lexicon NOUN_SPELT_PASTS) that the tagger took for a noun or an adjective, right after the noun phrase
    opening a sentence (a determiner, adjectives, nouns and names, ending on a noun or name) and right before
    the noun phrase it would take as its object, in a sentence closed by a stop with no finite verb anywhere:
    a sentence has a verb, so the form is its past, the phrase before it speaks, and the words after it to the
    sentence's end are what it said (not `The weather forecast for Sunday.`: a preposition after it, a noun
    phrase with no verb; nor `The weather forecast was grim.`: a verb of its own)."""
    words = s.words
    i = w.index
    if w.upos not in ("NOUN", "ADJ") or w.text.lower() not in NOUN_SPELT_PASTS or not 0 < i <= _NOUN_PAST_SUBJECT \
            or i + 2 >= len(words) or words[-1].text not in _SENTENCE_STOPS:
        return None
    opening = _opening_phrase_and_rest(words, i)
    if opening is None:
        return None  # (`The agency's forecast of ...`: an owner's noun)
    before, rest = opening
    if len(rest) < 2 or rest[0].upos not in ("DET", "ADJ", "NOUN", "NUM", "SYM") \
            or any(x.xpos in _FINITE or x.upos == "AUX" for x in words):
        return None
    return Cue(sentence, (w,), w, (before[0].start, before[-1].end), before[-1], (rest[0].start, rest[-1].end),
               speaker_rule="verbless-spelt-past", content_rule="verbless-spelt-past")

def _told_clause_opening(s: Parsed, i: int) -> int | None:
    """After `told` (word `i`) and a listener of one to three nouns or names (`staff`, `its staff`, `BBC
    Radio Kent`), where what was told opens with no `that`: a subject pronoun or a determiner or owner's
    pronoun opening a noun phrase, and a finite verb within the next four words (`the stores would stay
    open`, `they would keep their jobs`)."""
    words = s.words
    for k in range(i + 2, min(i + 6, len(words) - 1)):
        opener = words[k].text.lower() in NOMINATIVE_PRONOUNS | {"it"} or _opens_noun_phrase(words[k])
        if opener and words[k - 1].upos in NOUN_UPOS:
            finite = next((x for x in words[k + 1:k + 5] if x.xpos in _FINITE), None)
            return k if finite is not None else None
    return None


_OWNER_VERB_MISREADS = frozenset({"amod", "compound", "advcl"})  # `said` hung from the noun or verb after it
_TOLD_WORD_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"})  # the one told, before `that`
_SAID_CLAUSE_REACH = 5  # words from a clause's first word to its finite verb (`the sale set`, `sales rose`)


def _misread_say_past(s: Parsed, w: Word, forms: frozenset[str] = OWNER_PROOF_FORMS) -> bool:
    """Whether word `w` is a past of saying spelt as in `forms` (`said`, `told`: no noun, nor an adjective before
    one, is spelt so, `OWNER_PROOF_FORMS`) that the tagger hung from the word after it (`_OWNER_VERB_MISREADS`),
    with no subject of its own: a main verb taken for a modifier, which the readers below give its subject."""
    return w.text.lower() in forms and w.deprel in _OWNER_VERB_MISREADS \
        and not any(k.deprel in _SUBJECTS for k in s.kids[w.index])


def _said_clause_opening(s: Parsed, i: int) -> bool:
    """After `said` (word `i`) with no `that`: whether a clause opens right after it, a word of a noun phrase
    there (`sales`, `the sale`, `it`) that is, or is within, the subject of a finite verb a few words on
    (`McDonald's said sales rose`, `Sotheby's said the sale set a record`)."""
    words = s.words
    if i + 2 >= len(words) or words[i + 1].upos not in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        return False
    for x in words[i + 2:i + 2 + _SAID_CLAUSE_REACH]:
        if x.xpos in _FINITE or x.xpos == "MD":
            if (x.deprel.startswith("aux") or x.deprel == "cop") and x.head > x.index:
                x = words[x.head]  # `said conditions had worsened`: the auxiliary's verb holds the subject
            return any(k.deprel in _SUBJECTS and i < k.index < x.index for k in s.kids[x.index])
    return False


TOLD_WORDS_MOST = 4  # the most words of the one told between a misread `told` and its `that` (`told its staff that`)


def _told_that(words: Sequence[Word], i: int) -> int | None:
    """The index of a `that` right after word `i` (a misread `said` or `told`) or after at most TOLD_WORDS_MOST
    words of the one told (`told staff at the store that ...`), or None: where what was said opens."""
    return next((k for k in range(i + 1, min(i + 2 + TOLD_WORDS_MOST, len(words))) if words[k].text.lower() == "that"),
                None)


def _bare_clause_opening(s: Parsed, w: Word) -> int | None:
    """Where what a misread `told` or `said` (word `w`) reports opens with no `that`: after the one told (`told
    staff the stores would stay open`, `_told_clause_opening`), or right after `said` (`said sales rose`,
    `_said_clause_opening`); None where no clause opens so."""
    if w.text.lower() == "told":
        return _told_clause_opening(s, w.index)
    return w.index + 1 if w.text.lower() == "said" and _said_clause_opening(s, w.index) else None


def _owner_verb(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Sainsbury's told staff that ...`, `Moody's said that ...`: `said` or `told` (no noun, nor an
    adjective before one, is spelt so: `OWNER_PROOF_FORMS`) that the tagger took for a modifier of the
    noun after it, right after a capitalised name's `'s`, is that name's verb (the `'s` is the name's own
    or `has`); what follows is what was said (`_misread_cue_rest`; `warned` and its kin only with one told
    before it).  The name, its capitalised run and its `'s`, speaks (with a name `and` joins before it: `Tesco and
    Sainsbury's`)."""
    words = s.words
    i = w.index
    listener_form = w.text.lower() in OWNER_LISTENER_FORMS  # `Moody's warned investors that ...`
    if not _misread_say_past(s, w, OWNER_PROOF_FORMS | OWNER_LISTENER_FORMS):
        return None
    o = i - 1 if i > 1 and words[i - 1].upos == "ADV" and words[i - 1].xpos == "RB" else i  # `Moody's also told`
    if o < 2 or words[o - 1].text not in APOSTROPHE_S:
        return None
    named = words[o - 2].text[:1].isupper() and words[o - 2].upos == "PROPN"
    if not named and not (words[o - 2].upos == "NOUN" and words[o - 2].text.lower() in ORGANISATION_WORDS):
        return None  # (`The GMB union's told members`: a body's noun, its `'s` a `has`)
    if listener_form and _told_that(words, i) in (None, i + 1):
        return None  # only with one told before its `that` (`Moody's warned that ...`: the parse's own verb)
    first = o - 2
    while first > 0 and (words[first - 1].text[:1].isupper() or not named) \
            and (words[first - 1].upos in _RUN_WORDS or words[first - 1].xpos == "POS") \
            and words[first - 1].text.lower() != "the":  # (`The bakers' union's told`)
        first -= 1
    if named and first > 1 and words[first - 1].text.lower() == "and" and words[first - 2].upos == "PROPN" \
            and words[first - 2].text[:1].isupper():
        first -= 2  # `Tesco and Sainsbury's told staff`: both names
        while first > 0 and words[first - 1].text[:1].isupper() and words[first - 1].upos in _RUN_WORDS \
                and words[first - 1].text.lower() != "the":
            first -= 1
    if first > 0 and words[first - 1].text.lower() == "the":
        first -= 1
    return _misread_cue(sentence, s, w, (words[first].start, words[o - 1 if named else o - 2].end), words[o - 2],
                        "owner-verb")  # `Sainsbury's told staff the stores would stay open`, `said sales rose`


# The earliest word the main verb after a relative clause may be: after its noun, the relative pronoun and the
# clause's verb (`A nurse who declined to be named said ...`).
_RELATIVE_VERB_LEAST = 3


def _relative_past_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`A nurse who declined to be named said conditions had worsened`: `said` or `told` (no noun, nor an
    adjective before one, is spelt so: `OWNER_PROOF_FORMS`; the adjective `said` follows a determiner, `the said
    sum`) that the tagger took for a modifier of the noun after it, right after the last word of a relative
    clause that its relative pronoun opens after a noun, is the main clause's verb: that noun speaks (with the
    clause, which restricts it, with no comma before the verb), and a `that` (after `told`, past
    at most four words of the one told) or a clause's subject right after `said` opens what was said, to the
    sentence's end."""
    words = s.words
    i = w.index
    if i < _RELATIVE_VERB_LEAST or not _misread_say_past(s, w):
        return None
    clause = words[i - 1]
    while clause.deprel != "acl:relcl" and clause.head >= 0 and clause.deprel not in ("root", "parataxis"):
        clause = words[clause.head]
    if clause.deprel != "acl:relcl" or clause.index > i - 1 or words[i - 1].upos in ("DET", "ADP", "PUNCT") \
            or words[i - 1].xpos == "PRP$":
        return None  # (`who paid the said sum`: the adjective `said` after its determiner; one set off is
        # `set-off-relative`'s)
    noun, opening = words[clause.head], s.subtree(clause)[0]
    if not (noun.upos in _NOMINAL or noun.upos == "ADJ" and opening.text.lower() in PERSON_RELATIVES) \
            or noun.index >= opening.index or not relative_pronoun(opening.text):
        return None  # (`An official who ...`: an adjective before `who` stands as a noun for a person)
    first = min((s.subtree(k)[0] for k in s.kids[noun.index] if k.index < noun.index and k.upos != "PUNCT"),
                key=lambda x: x.index, default=noun)  # the noun's own words before it (it may be the root)
    return _misread_cue(sentence, s, w, (first.start, words[i - 1].end), noun, "relative-past-cue")


def _misread_cue_rest(s: Parsed, w: Word) -> list[Word] | None:
    """What `said` or `told` (word `w`) that the tagger took for a modifier reports: from a `that` (after `told`,
    past at most four words of the one told, an owner's `'s` among them: `told the chain's staff that`) or where a
    clause's subject opens right after `said` (or after `told` and the one told: `_told_clause_opening`) to the
    sentence's end; else None."""
    words, i = s.words, w.index
    that = _told_that(words, i)
    if that is None:
        that = _bare_clause_opening(s, w)
    if that is None or any(x.upos not in _TOLD_WORD_TAGS and x.xpos != "POS" for x in words[i + 1:that]):
        return None
    return _told_rest(words, w, that)


def _misread_cue(sentence: int, s: Parsed, w: Word, speaker: tuple[int, int], head: Word, rule: str) -> Cue | None:
    """The cue of `said` or `told` (word `w`) that the tagger took for a modifier, its speaker (`speaker`'s span,
    `head` its head) found by rule `rule`: what it reports is `_misread_cue_rest`'s; None where it reports
    nothing."""
    rest = _misread_cue_rest(s, w)
    if rest is None:
        return None
    return Cue(sentence, (w,), w, speaker, head, (rest[0].start, rest[-1].end), speaker_rule=rule, content_rule=rule)


def _speaker_noun_past_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`An official told reporters the talks had stalled`: `said` or `told` (`OWNER_PROOF_FORMS`) that the tagger
    took for a modifier of the noun after it, right after a lower-case noun for a speaker (lexicon SPEAKER_NOUNS,
    however tagged: `official` is an adjective too) that a determiner opening the sentence opens, is the main
    clause's verb: the determiner and noun speak, and what follows is what was said (`_misread_cue_rest`)."""
    words = s.words
    i = w.index
    if i != 2 or not _misread_say_past(s, w):
        return None
    noun, opener = words[1], words[0]
    if not (noun.text.islower() and noun.text in SPEAKER_NOUNS and opener.upos == "DET" and _run_opener(s, 0)):
        return None
    return _misread_cue(sentence, s, w, (opener.start, noun.end), noun, "speaker-noun-past-cue")


def _name_past_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Dzulkefly told reporters the ministry would act`: `said` or `told` (`OWNER_PROOF_FORMS`) that the tagger
    took for a modifier of the noun after it, whose clause a capitalised word opens that the tagger took for its
    adverb or adjective (`_mistagged_opening_name`: a name, not `Reportedly`), is the main clause's verb: the name
    speaks, and what follows is what was said (`_misread_cue_rest`)."""
    words = s.words
    if not _misread_say_past(s, w):
        return None
    opening = next((x for x in words[:w.index] if x.head == w.index and _mistagged_opening_name(s, x.index)), None)
    if opening is None or opening.index != 0:
        return None
    return _misread_cue(sentence, s, w, (opening.start, opening.end), opening, "name-past-cue")


def _told_rest(words: Sequence[Word], w: Word, that: int) -> list[Word] | None:
    """What `said` or `told` (word `w`, misread as a modifier) reports from word `that` (a `that`, or where its
    clause opens) to the sentence's end, its closing punctuation left out: `told staff that the stores would
    stay open`; None where `said` has words before its `that` (it takes no one told), fewer than three words
    are left, or the `that` is a relative one opening the noun's own clause (`told staff that work here`)."""
    if that > w.index + 1 and w.text.lower() == "said":
        return None  # `said` takes no one told before its `that`
    rest = list(words[that:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 3 or rest[0].text.lower() == "that" and rest[1].upos in VERB_UPOS and not (
            rest[1].upos == "VERB" and _subject_word(rest[1:])):  # `that sales would fall`: `sales` the subject
        return None  # `staff that work here`: a relative `that`, the noun's own clause
    return rest


def _joined_past_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Ruiz vowed to fight on and told supporters that the count was not over`: `told` or `said` (no noun,
    nor an adjective before one, is spelt so: `OWNER_PROOF_FORMS`) that the tagger took for a modifier of the
    noun after it, right after an `and` that follows a finite verb with a subject of its own, is a second
    verb of that subject (an infinitive or the noun before `and` takes no past after it); what follows is what
    was said (`_misread_cue_rest`): the subject speaks it."""
    words = s.words
    i = w.index
    if i < _JOINED_VERB_LEAST or words[i - 1].text.lower() != "and" or not _misread_say_past(s, w):
        return None
    verb = next((x for x in reversed(words[:i - 1]) if x.upos == "VERB" and x.xpos in _FINITE), None)
    subject = None if verb is None else next((k for k in s.kids[verb.index] if k.deprel == "nsubj"), None)
    if subject is None:
        return None
    phrase = s.subtree(subject)
    return _misread_cue(sentence, s, w, (phrase[0].start, phrase[-1].end), subject, "joined-past-cue")


_MIN_ADDED_WORDS = 3  # `that` and a clause: at least a subject and its verb


def _joined_adds(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The minister says the talks are going well and adds that a deal is near`: the `-s` form of a verb of
    adding a remark (lexicon ADDING_VERBS) that the tagger took for a plural noun, right after `and` or `but`
    (REPORT_JOINERS) and right before `that`, with a finite cue before it in its sentence, is that cue's
    subject's next remark (a noun in `-s` takes no `that` clause after `and`): the subject speaks, the words
    from `that` to the sentence's end are what was added."""
    words = s.words
    i = w.index
    if w.upos != "NOUN" or not w.text.islower() or not w.text.endswith("s") or w.text[:-1] not in ADDING_VERBS \
            or i < _JOINED_VERB_LEAST or i + 2 >= len(words) or words[i - 1].text.lower() not in REPORT_JOINERS \
            or words[i + 1].text.lower() != "that":
        return None
    earlier = next((x for x in reversed(words[:i - 1]) if x.xpos in _FINITE and _is_cue_verb(x)), None)
    if earlier is None:
        return None
    subject = _subject(s, earlier)
    if subject is None or subject.index > earlier.index:
        return None
    rest = list(words[i + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < _MIN_ADDED_WORDS:
        return None
    phrase = s.subtree(subject)
    return Cue(sentence, (w,), w, (phrase[0].start, phrase[-1].end), subject, (rest[0].start, rest[-1].end),
               speaker_rule="joined-adds", content_rule="joined-adds")


_OR_SO_SPEAKER_WORDS = 6  # the longest speaker `_or_so_report` reads back from its cue (`or so the finance minister claims`)


def _or_so_report(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Taxes will rise -- or so Lee claims.`, `The economy is recovering, or so the minister insists.`: a
    cue verb (no naming verb) closing its sentence right after `or so` and the noun phrase that is its
    subject (six words at most, an adverb between them and the verb: `or so Lee still claims`), the `or`
    right after a comma or dash, is a report put after what it reports, whatever the parse made of it
    (the verb taken for a noun, or for a conjunct of the clause before): the phrase speaks the clause
    before that comma or dash (`_clause_before`); `or so` hedges the report, it keeps its speaker."""
    words, i = s.words, w.index
    if not w.text.islower() or cue_lemma(w.text) is None or _is_naming_verb(w) \
            or not all(x.upos == "PUNCT" and x.text.strip(MARK_CHARS) for x in words[i + 1:]):
        return None
    last = i - 1
    while last > 0 and words[last].upos == "ADV" and words[last].text.lower() != "so":
        last -= 1  # `or so Lee still claims`
    first = last
    while first > 0 and last - first < _OR_SO_SPEAKER_WORDS and (words[first].upos in _RUN_WORDS or words[first].xpos == "POS") \
            and not relative_pronoun(words[first].text):
        first -= 1
    first += 1
    if first > last or first < 4 or words[first - 1].text.lower() != "so" or words[first - 2].text.lower() != "or" \
            or words[first - 3].text not in _CLAUSE_BREAKS:
        return None
    phrase = words[first:last + 1]
    if not any(x.upos in _NOMINAL for x in phrase):
        return None
    clause = _clause_before(s, first - 3)
    if clause is None:
        return None
    head = next(x for x in reversed(phrase) if x.upos in _NOMINAL)
    return Cue(sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, clause,
               speaker_rule="or-so-report", content_rule="or-so-report")


def _is_name_run(named: Sequence[Word], opened: bool = False) -> bool:
    """`Ann Ruiz`, `Diario Norte`: capitalised words of a name, the first a proper noun (the later ones
    may be tagged adjectives or nouns: `Green College`; a lower-case particle between two of them is the
    name's too, lexicon SURNAME_PARTICLES: `Correio da Tarde`). `opened`: the name came after its
    capitalised `The`, which tells it a name, so its first word may be tagged a noun too (`The Verge`)."""
    return bool(named) and named[-1].text[:1].isupper() and all(
        (x.upos == "PROPN" or (opened or x is not named[0]) and x.upos in ("ADJ", "NOUN")) and x.text[:1].isupper()
        or x is not named[0] and x.text in SURNAME_PARTICLES for x in named)


def _description_then_name(phrase: Sequence[Word]) -> Word | None:
    """`the newspaper Diario Norte`, `Portuguese newspaper Diario Norte`, `the charity Shelterline`: a
    description (a determiner or possessive, adjectives and nouns, its last word a lower-case common
    noun) and the name it describes right after it, one noun phrase, the name's: the description's
    noun (`newspaper`), or None."""
    last = next((k for k in range(len(phrase) - 1, -1, -1) if not phrase[k].text[:1].isupper() and not (
        phrase[k].text in SURNAME_PARTICLES and 0 < k and phrase[k - 1].text[:1].isupper())), None)  # (`da`)
    if last is None or last == len(phrase) - 1:
        return None
    head, described = phrase[last], phrase[:last + 1]
    ok = head.upos in ("NOUN", "ADJ") and head.text.isalpha() and _is_name_run(phrase[last + 1:]) \
        and all(x.upos in ("DET", "ADJ", "NOUN", "PROPN") or x.xpos in OWNER_TAGS for x in described)
    return head if ok else None


# Nouns of people, offices, outlets or papers that speak in a closing tag (`..., the newspaper reports.`,
# `..., the mayor insists.`), for `_set_off_form`: one union, made once.
_SET_OFF_SPEAKING_NOUNS = SPEAKER_NOUNS | SPEAKING_PAPERS | OUTLET_NOUNS | ROLE_WORDS


def _set_off_form(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Voters, Ann Ruiz notes, want lower taxes`, `That plan, many argue, could fail`: a present form of a
    verb of saying (`SAY_VERBS`) the tagger took for a noun or adjective, set off by commas right after the
    noun phrase that opens after the first of them (`_set_off_tag`, six words at most), within the clause
    it reports, is that phrase's verb: a bare form after a plural or a quantifier (`many argue`, `these
    officials acknowledge`), an `-s` form after a bare name (`Ann Ruiz notes`; a name and a plural noun
    would take `'s`).  The phrase speaks the words before the first comma and the clause after the
    second, when that goes on with a finite verb or a subject and its verb."""
    words, i = s.words, w.index
    low = w.text.lower()
    if w.upos not in ("NOUN", "ADJ", "PROPN") or not w.text.islower():
        return None
    saying = SAY_VERBS | PLEDGE_INVERTERS | SET_OFF_REPORTS  # `..., the spokesman confirms.`, `..., the union
    verbs = saying | PAPER_VERBS  # vows.`, `..., the minister concedes.`
    bare = low in verbs
    lemma = low if bare else low[:-1] if low.endswith("s") and low[:-1] in verbs else cue_lemma(low) \
        if low.endswith("es") else None  # (`stresses`, `testifies`)
    if lemma not in verbs:
        return None
    tag = _set_off_tag(s, w, i, lambda x: True, most=6, closing=True)
    if tag is None:
        return None
    first = tag.first
    phrase = words[first:i]
    prev = phrase[-1]
    held = _plural_held_by(phrase)
    paper = prev.text.lower() in _SET_OFF_SPEAKING_NOUNS \
        and all(x.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or x.xpos in OWNER_TAGS
                or x.text.lower() in PAPER_MODIFIERS for x in phrase)  # `the affidavit`, `charging documents`
    described = _description_then_name(phrase)  # `the newspaper Diario Norte reports`: the name's description
    paper = paper or described is not None and described.text.lower() in _SET_OFF_SPEAKING_NOUNS
    if lemma not in saying and not paper:
        return None  # `..., member states.`, `..., the Gulf states.`: a paper's verb only after a paper or a speaker
    if bare:
        ok = held is not None or (prev.xpos in PLURAL_NOUN_TAGS or prev.text.lower() in QUANTIFIER_PRONOUNS) \
            and all((x.upos in _RUN_WORDS | {"CCONJ"} or x.text.lower() in PAPER_MODIFIERS
                     or _ing_modifier(words, x.index, opening=True))  # `housing advocates`
                    and not relative_pronoun(x.text) for x in phrase)
    else:  # a bare name, or one opened by its capitalised `The` (`The Verge reports`), whatever their tags, or
        # one after its description (`the newspaper Diario Norte reports`)
        named = phrase[1:] if len(phrase) > 1 and phrase[0].text == "The" else phrase
        surname = named[0].upos == "ADJ"  # `..., Young argues.`: a capitalised word set off before an `-s` verb of
        # saying is a name whatever its tag (an adjective heads no subject)
        ok = paper or _is_name_run(named, opened=len(named) < len(phrase) or surname) or described is not None
    if not ok:
        return None
    head = held if bare and held is not None else next(
        (x for x in reversed(phrase) if x.upos in _NOMINAL or x.text.lower() in QUANTIFIER_PRONOUNS), prev)
    if tag.closing:
        return None if tag.before is None else Cue(
            sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, tag.before,
            speaker_rule="set-off-form", content_rule="set-off-form")
    start = 0
    for x in words[:first - 1]:
        if x.text in (";", ":"):
            start = x.index + 1
    before = [x for x in words[start:first - 1] if x.upos != "PUNCT"]
    after = tag.after
    if not before:
        return None
    goes_on = (after[0].upos in VERB_UPOS and after[0].xpos in _FINITE | {"VB"}) or (
        after[0].upos in _NOMINAL and not relative_pronoun(after[0].text) and after[1].upos in VERB_UPOS
        and after[1].xpos in _FINITE)
    if not goes_on:
        return None
    return Cue(sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, (before[0].start, before[-1].end),
               more=(after[0].start, after[-1].end), speaker_rule="set-off-form", content_rule="set-off-form")


def _inverted_form(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`We will not back down, vows Ann Ruiz.`, `The plan will fail, warns the mayor.`: a lower-case `-s`
    form of an inverting verb (`INVERTING_VERBS`) the tagger took for a noun, right after the comma that
    closes a clause with a finite verb, and followed by nothing but a name or a noun phrase opened by a
    determiner to the sentence's end, is that phrase's verb, put before it: the phrase speaks the clause
    (none with a quotation or a verb of saying before: a report of a report, `"...," said Ann Ruiz, reports
    the Ledger.`, its words are the first speaker's)."""
    words, i = s.words, w.index
    low = w.text.lower()
    if w.upos not in ("NOUN", "PROPN", "ADJ") or not w.text.islower() or not low.endswith("s") \
            or low[:-1] not in INVERTING_VERBS or i < 2 or words[i - 1].text != ",":
        return None
    phrase = list(words[i + 1:])
    while phrase and phrase[-1].upos == "PUNCT" and phrase[-1].text in (".", "!", "?"):
        phrase.pop()
    capital = [x.text[:1].isupper() for x in phrase]  # a name's word, whatever its tag (`Ann` taken for `an`)
    if not phrase or not (phrase[0].upos in ("PROPN", "DET") or capital[0]) or not all(
            x.upos in ("PROPN", "NOUN", "ADJ", "DET") or x.xpos == "POS" or up for x, up in zip(phrase, capital)) \
            or not any(up or x.text.lower() in SPEAKER_NOUNS for x, up in zip(phrase, capital)):
        return None
    clause = _clause_before(s, i - 1)
    if clause is None or any(x.text.strip(MARK_CHARS) == "" or _is_cue_verb(x) for x in words[:i - 1]):
        return None  # `"...," said Kristen Day, reports the Ledger.`: a report of a report, the quotation Day's
    head = next((x for x in reversed(phrase) if x.upos in ("PROPN", "NOUN")), phrase[-1])
    return Cue(sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, clause,
               speaker_rule="inverted-form", content_rule="inverted-form")


def _plural_held_by(phrase: Sequence[Word]) -> Word | None:
    """`economists polled by the agency`, `voters surveyed by the group`: a plural noun phrase, then a
    past participle and its `by` phrase of nouns: the plural is the phrase's head (a reduced passive
    clause after it), and so the subject of a verb after the phrase, whatever number its last noun has.
    The plural noun, or None."""
    for j in range(1, len(phrase) - 2):
        x = phrase[j]
        if _participle_spelling(x) and x.upos in ("VERB", "ADJ") and phrase[j + 1].text.lower() == "by" \
                and phrase[j - 1].xpos in PLURAL_NOUN_TAGS \
                and all(y.upos in _RUN_WORDS and not relative_pronoun(y.text) for y in phrase[:j]) \
                and all(y.upos in _RUN_WORDS and not relative_pronoun(y.text) for y in phrase[j + 2:]):
            return phrase[j - 1]
    return None


def _subject_then_finite(s: Parsed, i: int) -> bool:
    """Whether the words from index `i` open a clause: a noun phrase (a determiner, pronoun, noun, name,
    adjective or number first, or an `-ing` word before a noun: `spending cuts`, `taxing fuel`), then within a few words a finite verb or modal, with no preposition,
    conjunction or punctuation before it (`the bank could ...`, `its rates will ...`)."""
    words = s.words
    if i >= len(words) or relative_pronoun(words[i].text) or words[i].upos not in (
            "DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM") and not (
            words[i].xpos == "VBG" and i + 1 < len(words) and words[i + 1].upos in NOUN_UPOS):
        return False  # `spending cuts remain ...`: an `-ing` word before a noun opens a noun phrase or a gerund's
    for w in words[i + 1:i + 7]:
        if w.xpos in _FINITE:
            return True
        if w.upos not in _RUN_WORDS or w.text.lower() in QUESTION_OPENERS:
            return _verbless_clause(s, i)
    return _verbless_clause(s, i)


def _relative_gap(s: Parsed, w: Word, found: tuple[Word, tuple[int, int]] | None) -> bool:
    """`Sales fell, a trend that the firm predicts will continue`: a cue's `-s` form `w` right before a modal or
    a finite auxiliary, after a noun phrase (`found`) that `that` or `which` opens, is that phrase's verb in a
    relative clause whose gap is the subject of the clause it reports (the noun before `that` is what will
    continue): two nouns do not stand before a bare modal."""
    if found is None or w.index + 1 >= len(s.words):
        return False
    after = s.words[w.index + 1]
    first = s.word_range(found[1])[0]
    return (after.xpos == "MD" or after.upos == "AUX" and after.xpos in _FINITE) and first > 0 \
        and s.words[first - 1].text.lower() in THING_RELATIVES and s.words[first].upos == "DET"


def _verbless_clause(s: Parsed, i: int) -> bool:
    """`Doctors acknowledge rising costs worry patients.` with `worry` tagged a noun: in a sentence closed by
    a stop with no word tagged a finite verb at all (a sentence has one: the tagger broke the clause), the
    words from index `i` open a clause when a lower-case singular noun stands right after a plural one and
    before more of a noun phrase (`costs worry patients`: the plural its subject, the singular its present
    verb).  The same tags make a compound (`sales tax rates`) where a verb is tagged elsewhere: this reads only
    a sentence with none."""
    words = s.words
    if not words or words[-1].text != "." or any(w.xpos in _FINITE for w in words):
        return False
    run = list(words[i:-1])
    if any(w.upos not in _RUN_WORDS and w.xpos != "VBG" for w in run):
        return False
    return any(a.xpos == "NNS" and b.xpos == "NN" and b.text.islower() and c.upos in _RUN_WORDS
               for a, b, c in zip(run, run[1:], run[2:]))


def _subject_then_verb(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Economists warn that the bank could ...`, `aides close to her concede that ...`, `The group
    argues that ...`: a cue verb's base form the tagger took for a noun (never a noun that names a
    saying: `claim`, `promise`, nor one news uses mostly as a noun: `report`), right after a plural
    noun, a pronoun, a number or a quantifier, or its `-s` form right after a singular noun, and right
    before a `that` that opens a clause (no verb right after it, but a gerund subject's: `_gerund_verb`) or, after a plural noun or a pronoun,
    a clause itself (`Economists warn the bank could ...`: `_subject_then_finite`; not `One plan Lee
    backs is ...`), is that subject's verb of saying: the noun phrase before it speaks, the words
    after it are what it said."""
    low = w.text.lower()
    third = low.endswith("s") and low[:-1] in cue_lemmas()  # `the group argues that`
    if w.upos != "NOUN" or w.index == 0 or w.index + 2 >= len(s.words) or not (low in cue_lemmas() or third) \
            or low in NOUN_CUES or low in NOUN_LIKE_FORMS and not ((third or _plural_held_close(
                s, _run_before(s, w, w.index - 1))) and _that_subject_verb(s, w.index + 1)):
        return None  # (`The mayor reports that taxes fell`: a mostly-noun form before `that`, a subject and its verb;
        # its base form after a plural its `of` phrase holds: `The terms of service state that users may ...`)
    before = s.words[w.index - 1]
    found = _run_before(s, w, w.index - 1)
    held = not third and _plural_held_close(s, found)  # `Sources close to the Prime Minister insist ...`
    if not third and not held:  # `Economists polled by the agency predict ...`: the plural before its `by` phrase
        for k in range(max(0, w.index - 8), w.index - 3):
            if (k == 0 or s.words[k - 1].text in _CLAUSE_BREAKS) and (by := _plural_held_by(s.words[k:w.index])):
                found, held = (by, (s.words[k].start, before.end)), True
                break
    opener = before.index == 0 or s.words[before.index - 1].upos == "PUNCT" \
        or s.words[before.index - 1].text.lower() == "the" and before.index - 1 == 0
    gapped = third and _relative_gap(s, w, found)  # `a trend that the firm predicts will continue`
    collective = not third and low in VERB_ONLY_CUE_BASES and (
        before.text.lower() in PLURAL_AGREEING_BODIES or before.upos == "PROPN" and before.text[:1].isupper() and opener)
    # `The club insist that ...`, `City insist they ...`: a body, or a name, with a plural verb, as British copy writes
    if s.words[w.index + 1].text.lower() == "that":
        if s.words[w.index + 2].upos in VERB_UPOS and _gerund_verb(s.words, w.index + 2) is None \
                and s.words[w.index + 3].xpos not in _FINITE:
            return None  # `Doctors caution that vaping carries risks`: a gerund subject opens the clause
            # (`that rates will ...`, `that taxes fell`: no verb stands before a modal or a past or present verb)
    elif not (_subject_then_finite(s, w.index + 1) or gapped) or not (third or held or collective or before.xpos in PLURAL_NOUN_TAGS or (
            before.upos == "PRON" and before.text.lower() in NOMINATIVE_PRONOUNS)):
        return None  # `One plan Lee backs is ...`: a noun and its relative clause
    if third:
        if before.xpos not in SINGULAR_NOUN_TAGS and not (before.upos == "ADJ" and before.text.lower() in ROLE_WORDS | SPEAKER_NOUNS):
            return None  # (`The mayor notes that ...` with `mayor` tagged an adjective: a role is a noun)
    elif not (held or collective or before.xpos in PLURAL_NOUN_TAGS | {"CD"} or (before.upos == "PRON" and before.text.lower() in NOMINATIVE_PRONOUNS)
              or before.text.lower() in QUANTIFIER_PRONOUNS or (before.upos == "PRON" and before.head == before.index + 1)):
        return None
    head, speaker = found if found is not None else (before, (before.start, before.end))
    if found is None and before.upos == "ADJ":  # `The mayor notes` with `mayor` an adjective: its determiner too
        first = before.index
        while first > 0 and s.words[first - 1].upos in ("DET", "ADJ"):
            first -= 1
        speaker = (s.words[first].start, before.end)
    rest = list(s.words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 3:
        return None
    end = _contrast_end(s, (rest[0].start, rest[-1].end))  # `Some contend that ..., but others disagree`: the writer's
    return Cue(sentence, (w,), w, speaker, head, (rest[0].start, rest[-1].end if end is None else end),
               speaker_rule="subject-then-verb", content_rule="subject-then-verb")


def _dash_aside_form(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Several economists - including two on the board - warn that ...`, `Officer Byrne - who guarded the
    governor - states that ...`: a present form of a cue verb the tagger took for a noun, right after a dash
    closing an aside set off after the plain noun phrase that opens the sentence (`dash_aside_opening`), and
    right before `that` or a clause with its own subject and verb, is that phrase's verb when they agree (a
    bare form after a plural, an `-s` form after a singular noun or a name): the phrase speaks the rest of
    the sentence, up to a comma and a word of contrast, as `subject-then-verb` reads it."""
    words, i = s.words, w.index
    low = w.text.lower()
    if w.upos not in ("NOUN", "ADJ", "PROPN") or not w.text.islower() or i < 3 or i + 2 >= len(words) \
            or low in NOUN_CUES:
        return None  # (`claims`, `promises`: nouns that name a saying)
    found = dash_aside_opening(s, i - 1)
    if found is None:
        return None
    first, opening = found
    head = words[opening - 1]
    plural = head.xpos in PLURAL_NOUN_TAGS
    third = low.endswith("s") and cue_lemma(low) in cue_lemmas()
    if not (plural and low in cue_lemmas() or not plural and third):
        return None
    if words[i + 1].text.lower() != "that" and not _subject_then_finite(s, i + 1):
        return None
    rest = list(words[i + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 3:
        return None
    end = _contrast_end(s, (rest[0].start, rest[-1].end))
    return Cue(sentence, (w,), w, (words[first].start, head.end), head, (rest[0].start, rest[-1].end if end is None else end),
               speaker_rule="dash-aside-form", content_rule="dash-aside-form")


def _that_subject_verb(s: Parsed, i: int) -> bool:
    """Whether the words from `i` on are `that`, one noun, name or pronoun (no relative) and a finite
    verb, whatever their tags (`that taxes fell`: a plural noun before a past verb is no verb itself), and
    no finite verb right after (`reports that we saw were wrong`: a relative clause and the noun's verb)."""
    words = s.words[i:i + 4]
    return len(words) == 4 and words[0].text.lower() == "that" and words[1].text[:1].isalpha() \
        and not relative_pronoun(words[1].text) and words[1].upos not in ("DET", "ADP", "ADV", "AUX") \
        and words[2].xpos in _FINITE and words[3].xpos not in _FINITE


def _plural_held_close(s: Parsed, found: tuple[Word, tuple[int, int]] | None) -> bool:
    """Whether a noun-phrase run before a verb is a plural noun held by an adjective and its preposition
    (`Sources close to the Prime Minister`, `People familiar with the talks`: `PHRASE_ADJECTIVES`), or a
    plural noun its `of` phrase follows (`The terms of service state that ...`, `Members of the board
    insist ...`): the plural is the subject, whatever number the phrase's last noun has."""
    if found is None:
        return False
    lo, hi = s.word_range(found[1])
    words = s.words
    return any((PHRASE_ADJECTIVES.get(words[j].text.lower()) == words[j + 1].text.lower() or words[j].text.lower() == "of")
               and words[j - 1].xpos in PLURAL_NOUN_TAGS for j in range(max(lo, 1), hi))


def _name_then_colon(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Article 9 affirms: "..."`, `The Daily Ledger notes: "..."`: a cue verb's `-s` form the tagger
    took for a plural noun (`9 affirms` read like `9 states`), right after a name (or a name and its
    number) and right before a colon and an opening quotation mark, is the name's verb of saying: the
    name (its run of capitalised words and numbers) speaks, the words after the colon are what it said."""
    if w.upos != "NOUN" or w.index == 0 or w.index + 2 >= len(s.words) or not w.text.endswith("s") \
            or w.text.lower()[:-1] not in cue_lemmas() or s.words[w.index + 1].text != ":" \
            or s.words[w.index + 2].text.strip(MARK_CHARS):
        return None  # `the swing states: Ohio, ...`: no quotation opens after the colon
    last = w.index - 1
    while last > 0 and s.words[last].upos == "NUM":
        last -= 1  # `Article 9`: the name's number
    numbered = last < w.index - 1 and s.words[last].upos == "NOUN" and s.words[last].text[:1].isupper()
    if s.words[last].upos != "PROPN" and not numbered:  # `Section 12`, however the tagger took `Section`
        return None
    first = last
    while first > 0 and s.words[first - 1].text[:1].isupper() and s.words[first - 1].upos in _RUN_WORDS:
        first -= 1
    if first > 0 and s.words[first - 1].text.lower() == "the":
        first -= 1
    rest = list(s.words[w.index + 2:])
    while rest and rest[-1].upos == "PUNCT" and not rest[-1].text.strip(MARK_CHARS):
        rest.pop()
    if len(rest) < 2:
        return None
    return Cue(sentence, (w,), w, (s.words[first].start, s.words[w.index - 1].end), s.words[w.index - 1],
               (rest[0].start, rest[-1].end), speaker_rule="name-then-colon", content_rule="name-then-colon")


def _source_then_question(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mayor questions whether the plan will work`, `Ann Ruiz doubts if ...`: a cue verb's `-s` form the
    tagger took for a plural noun (`questions` read like `the questions`), right after a sentence's opening
    subject (`The` and a source word, `mayor`, `official`, or a name's run of capitalised words) and right
    before the `whether` or `if` opening a clause, is that subject's verb: the subject speaks, the clause
    from that word on is what was said, to a comma, colon, dash or the sentence's end, however the parse
    hung it."""
    if w.upos != "NOUN" or w.index == 0 or w.index + 1 >= len(s.words) or not w.text.islower() \
            or not w.text.endswith("s") or w.text[:-1] not in cue_lemmas():
        return None
    mark = s.words[w.index + 1]
    if mark.text.lower() not in ("whether", "if") or mark.deprel != "mark" or mark.head <= mark.index:
        return None
    before = s.words[:w.index]
    owner = before[-1]
    named = owner.upos == "PROPN" and len(before) <= 4 and all(
        x.text[:1].isupper() and x.upos != "DET" for x in before)  # (`Ann Ruiz`, whatever the tag of `Ann`)
    role = source_word(owner.text) and all(x.upos == "DET" for x in before[:-1]) and len(before) <= 2
    if not (named or role):
        return None  # `Key questions whether ...`, `the tax questions whether`: a noun phrase of its own
    rest = []
    for x in s.words[mark.index:]:
        if x.text in _RELATIVE_STOPS:
            break  # `..., critics say`: a clause of its own after a comma
        rest.append(x)
    while rest and rest[-1].upos == "PUNCT" and rest[-1].text.strip(MARK_CHARS):
        rest.pop()
    if len(rest) < 3:
        return None
    return Cue(sentence, (w,), w, (before[0].start, owner.end), owner, (mark.start, rest[-1].end),
               speaker_rule="source-then-question", content_rule="source-then-question")


RUBRIC_LABEL_WORDS = 4   # the most words of a label in capitals opening a line before its colon


def _rubric_label(s: Parsed, w: Word) -> bool:
    """`QUOTE BOX: "We will be back."`, `REPORT: ...`: a bare form in capitals within a run of words in
    capitals (RUBRIC_LABEL_WORDS at most) that opens its sentence and closes on a colon is a rubric's
    label, a heading's word, not a verb anyone says."""
    colon = next((x.index for x in s.words if x.text == ":"), None)
    if colon is not None and w.index + 1 == colon <= RUBRIC_LABEL_WORDS and w.xpos == "VBG" \
            and not any(k.deprel.startswith("aux") for k in s.kids[w.index]) and _tag_after(s, colon):
        return True  # `Storm warning: "Get out now," the chief told residents.`: a noun closing a heading, with
        # no `be` to make it a verb, before a quotation that its own verb and subject tag
    if colon is None or not w.index < colon <= RUBRIC_LABEL_WORDS or w.text.lower() != w.lemma.lower():
        return False
    return all(len(x.text) > 1 and x.text.isalpha() and x.text.isupper() for x in s.words[:colon])


def _tag_after(s: Parsed, colon: int) -> bool:
    """Whether a verb of saying (SAY_VERBS) with a subject of its own stands after word `colon`."""
    return any(x.index > colon and x.upos == "VERB" and x.lemma in SAY_VERBS
               and any(k.deprel in ("nsubj", "expl") for k in s.kids[x.index]) for x in s.words)


def _making_work(s: Parsed, w: Word) -> bool:
    """`She wrote the song in a week`, `The novel he wrote in prison`, `The album, which they recorded in a barn,`:
    a verb that makes a work (lexicon WORK_MAKING_FORMS) whose object is a noun of a work that is no text of claims
    (MADE_ONLY_WORKS: a song, a film, a novel; a book or a column may carry a report), with no
    clause after it with a subject of its own (`wrote a book in which he exposes ...` gives what the book says;
    `wrote a song that topped the charts` describes the song), or that
    closes a relative clause right after one (its pronoun, if any, and the clause's subject between, no object
    but the pronoun, no clause of its own; read from the words), makes the work; it reports nothing."""
    if w.text.lower() not in WORK_MAKING_FORMS:
        return False
    objects = [k for k in s.kids[w.index] if k.deprel == "obj"]
    if any(k.upos == "NOUN" and _work_noun(k) and not any(c.deprel.startswith("acl") and any(
            g.deprel in _SUBJECTS and not relative_pronoun(g.text) for g in s.kids[c.index]) for c in s.kids[k.index])
           for k in objects):
        return True  # not `wrote a book in which he exposes ...`: a clause with a subject of its own tells it
    if any(k.upos in ("ADJ", "NUM", "DET", "PRON") and k.index + 2 < len(s.words)
           and s.words[k.index + 1].text.lower() == "of" for k in objects):  # `wrote most of the songs`
        j = next(k.index for k in objects if s.words[k.index + 1].text.lower() == "of") + 2
        while j < len(s.words) and s.words[j].upos in ("DET", "ADJ", "PRON") and not _work_noun(s.words[j]):
            j += 1
        if j < len(s.words) and s.words[j].upos == "NOUN" and _work_noun(s.words[j]) \
                and (j + 1 == len(s.words) or s.words[j + 1].upos in ("ADP", "PUNCT", "ADV", "CCONJ")) \
                and not (j + 1 < len(s.words) and s.words[j + 1].text.lower() in ("about", "that", "which")):
            return True
    if not all(relative_pronoun(k.text) for k in objects) \
            or any(k.deprel in ("ccomp", "xcomp", "parataxis") for k in s.kids[w.index]):
        return False
    j = w.index - 1  # back over the relative clause's subject (`which he`, `the band`, `she once`), read from the words
    while j >= 0 and s.words[j].upos in ("PRON", "PROPN", "DET", "ADV", "AUX", "ADJ", "NUM") \
            and not relative_pronoun(s.words[j].text):
        j -= 1
    if j == w.index - 1 or j < 0:
        return False
    if relative_pronoun(s.words[j].text) and s.words[j].text.lower() not in ("who", "whom", "whose"):
        j -= 1
        if j >= 0 and s.words[j].text == ",":
            j -= 1
    noun = s.words[j] if j >= 0 else None
    return noun is not None and noun.upos == "NOUN" and _work_noun(noun)


def _work_noun(w: Word) -> bool:
    """A noun of a work that is no text of claims (lexicon MADE_ONLY_WORKS: a song, a film, a novel), singular or
    plural."""
    return w.text.lower() in MADE_ONLY_WORKS or w.lemma.lower() in MADE_ONLY_WORKS


AGENT_NOUN_CUE_REACH = 10  # the most words between a noun cue's `by` and the `that` opening what was said
AGENT_NOUN_CUE_SOURCES = ("by", "from")  # the prepositions right after a noun of saying that name who gave it


def _agent_phrase_goes_on(s: Parsed, agent: list[Word], x: Word) -> bool:
    """`The claim by the governor of Ohio`, `The warning from a spokesman for the agency`: a preposition that
    carries a noun phrase on after its head (`PHRASE_PREPOSITIONS`), right after a noun of the agent's phrase
    and before a determiner, adjective or noun that is no time (not `for years`), is still the agent's phrase."""
    if not agent or agent[-1].upos not in NOUN_UPOS or x.text.lower() not in PHRASE_PREPOSITIONS:
        return False
    nxt = s.words[x.index + 1] if x.index + 1 < len(s.words) else None
    return nxt is not None and nxt.upos in ("DET", "ADJ", "NOUN", "PROPN") and not time_word(nxt.text) \
        and nxt.text.lower() not in TENURE_NOUNS


def _agent_noun_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The claim by Sen. Ann Lee that the tax will double is false`, `The claim, made by Sen. Ann Lee on Fox News,
    that the tax will double is false`: a noun naming a saying (`NOUN_CUES`) whose phrase opens its sentence
    (after its determiner), then `by` or `from` right after it (`The warning from the agency that ...`; not a time:
    `The claim from last year`), or a participle by which a saying is given (`made`,
    `issued`: lexicon NOUN_CUE_HOSTS) and its `by` (set off by commas or not), names who said it: the agent's
    words up to a preposition or comma speak, and the `that` or `to` clause after the agent's phrase, closed
    before the sentence's own predicate as for `noun-cue` (`_opening_noun_clause`), is what was said, read from
    the words however the parse hung them.  Not a relative clause on the noun (`The claim made by Lee that he
    repeated was false`: `_saying_gap`)."""
    words = s.words
    openers = NOUN_CUES.get(w.text.lower()) if w.text.lower() not in MADE_ONLY_NOUN_CUES else None
    if openers is None or w.upos != "NOUN" or not all(x.upos == "DET" for x in words[:w.index]):
        return None
    i = w.index + 1
    set_off = i < len(words) and words[i].text == ","
    i += set_off
    if i < len(words) and words[i].xpos == "VBN" and words[i].lemma in NOUN_CUE_HOSTS:
        i += 1
    elif set_off:
        return None
    sources = ("by",) if words[i - 1].xpos == "VBN" else AGENT_NOUN_CUE_SOURCES
    if i + 1 >= len(words) or words[i].text.lower() not in sources:
        return None
    agent: list[Word] = []
    for x in words[i + 1:]:
        if _agent_phrase_goes_on(s, agent, x):
            agent.append(x)  # `The claim by the governor of Ohio that ...`: the agent's phrase runs on over `of`
            continue
        if x.upos in ("ADP", "PUNCT", "SCONJ", "VERB", "AUX") or x.text.lower() in openers:
            break
        agent.append(x)
    named = [x for x in agent if x.upos in ("PROPN", "NOUN", "PRON")]
    if not named or any(time_word(x.text) for x in named):
        return None  # `The claim from last year that ...`: when, not who
    last = agent[-1]
    name = _set_off_name_after(s, last.index)  # `The claim by the head of the agency, Ann Ruiz, that ...`
    if name is not None and not (last.upos == "NOUN" and last.text[:1].islower()):
        name = None  # (a description before the name: `the head of the agency, Ann Ruiz,`; not `Lee, 61,`)
    mark = next((x for x in words[i + 1 + len(agent):i + 1 + AGENT_NOUN_CUE_REACH]
                 if x.text.lower() in openers or x.xpos in _FINITE), None)
    if mark is None or mark.text.lower() not in openers or (set_off and words[mark.index - 1].text != ",") \
            or any(x.text in (";", ":") or _mark(x) for x in words[i:mark.index]):
        return None
    if name is not None and mark.index != name + 2:
        name = None
    end = _opening_noun_clause(s, w, mark) if mark.text.lower() == "that" else _opening_noun_infinitive(s, mark)
    if end is None:
        return None
    head = words[name] if name is not None else named[-1]
    close = words[name] if name is not None else last
    return Cue(sentence, (w,), w, (agent[0].start, close.end), head, (mark.start, end), _antecedent(s, head),
               speaker_rule="agent-noun-cue", content_rule="agent-noun-cue")


def _set_off_name_after(s: Parsed, i: int) -> int | None:
    """`the head of the agency, Ann Ruiz, that ...`: a capitalised name (its words names, `Dr.` or an initial's
    period among them) set off by commas right after word `i`, the apposition of the phrase `i` closes: the
    name's last word; else None."""
    words = s.words
    if i + 3 >= len(words) or words[i + 1].text != ",":
        return None
    j = i + 2
    while j < len(words) and words[j].text[:1].isupper() and (words[j].upos == "PROPN" or _title_or_name(s, j)):
        j += 1
    return j - 1 if j > i + 2 and j < len(words) and words[j].text == "," else None


def _opening_noun_infinitive(s: Parsed, mark: Word) -> int | None:
    """`The promise from the mayor to fix the roads was broken`: `to` and a bare verb after a noun cue whose phrase
    opens its sentence, then the sentence's own predicate (`_subject_clause_end`): the infinitive's clause is what
    was said, read from the words; where it ends, else None (`to` and a noun is a listener: `The promise from
    the mayor to residents ...`)."""
    words, last = s.words, s.words[-1].end
    verb = words[mark.index + 1] if mark.index + 1 < len(words) else None
    if mark.text.lower() != "to" or verb is None or verb.xpos != "VB":
        return None
    end = _subject_clause_end(s, mark, last, infinitive=True)
    return end if end < last else None


def _made_promise(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mayor made a promise to fix the roads`, `made good on a pledge to ...`, `won voters over with
    promises to ...`: a noun that names a saying (`NOUN_CUES`), with no possessive owner, right before
    the `that` or `to` opening the clause said, as the object of a verb by which its subject gives or keeps
    it (`NOUN_CUE_HOSTS`), after `on` such a verb takes (`NOUN_CUE_ON_HOSTS`), or after `with` an active
    verb takes: that verb's speaker (as the `subject` table finds it) says the clause, from that word on,
    however the parse hung the clause."""
    openers = NOUN_CUES.get(w.text.lower())
    if openers is None or w.upos != "NOUN" or w.head < 0 or w.index + 1 >= len(s.words):
        return None
    mark = s.words[w.index + 1]
    if mark.text.lower() not in openers or mark.deprel != "mark" or mark.head <= mark.index:
        return None
    clause = s.words[mark.head]
    if s.subtree(clause)[0].index != mark.index or any(k.deprel == "nmod:poss" for k in s.kids[w.index]):
        return None
    host = s.words[w.head]
    case = next((k.text.lower() for k in s.kids[w.index] if k.deprel == "case"), None)
    if host.upos != "VERB" or host.index > w.index or not (
            (w.deprel == "obj" and host.lemma in NOUN_CUE_HOSTS)
            or (case == "on" and host.lemma in NOUN_CUE_ON_HOSTS)
            or (case == "with" and not any(k.deprel in ("aux:pass", "nsubj:pass") for k in s.kids[host.index]))):
        return None
    found = _subject_rule(s, host)
    if found is None:
        return None
    head = found[1]
    speaker = _speaker_span(s, head, host)
    if speaker is None or head is None or head.index in {x.index for x in s.subtree(clause)}:
        return None  # `by making a case that the party's agenda ... runs counter`: no subject of the host's, the parse's pick within the clause
    return Cue(sentence, (w,), w, speaker, head, (mark.start, s.span(clause)[1]), _antecedent(s, head),
               speaker_rule=found[0], content_rule="made-promise")


def _mention_of(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mayor made no mention of the tax`, `the report carries little mention of it`: the noun
    `mention` (`MENTION_NOUNS`) as the object of a verb of making or carrying (`MENTION_HOSTS`), with
    `of` right after it, is a cue: the speaker of that verb (as the `subject` table finds it) speaks
    of the noun phrase `of` opens, which is what is reported."""
    if w.text.lower() not in MENTION_NOUNS or w.upos != "NOUN" or w.deprel != "obj" or w.head < 0 \
            or w.index + 1 >= len(s.words):
        return None
    host, of = s.words[w.head], s.words[w.index + 1]
    if host.lemma not in MENTION_HOSTS or host.index > w.index or of.text.lower() != "of" or of.head <= of.index:
        return None
    topic = s.words[of.head]
    if topic.upos not in _NOMINAL or topic.head not in (w.index, host.index):
        return None
    found = _subject_rule(s, host)
    if found is None:
        return None
    head = found[1]
    speaker = _speaker_span(s, head, host)
    if speaker is None:
        return None
    aside = frozenset(c.index for c in s.kids[topic.index] if c.deprel == "acl:relcl" and _set_off(s, c))
    content = s.span(topic, aside | {of.index})
    return Cue(sentence, (w,), w, speaker, head, content, _antecedent(s, head), speaker_rule=found[0],
               content_rule="mention-of")


def _stance_noun(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`His argument is that the tax is unfair`, `The mayor's view was that ...`: a noun naming a stand put
    into words (`STANCE_NOUNS`) with an owner before it (a possessive pronoun or a name's `'s`), then a
    form of `be` (`STANCE_COPULAS`) and `that`: the owner says the clause, from `that` to the sentence's
    end, however the parse hung it (it often makes the noun the clause's subject).  Not a noun with no
    owner (`The message is that ...`: whose, the words do not say)."""
    if w.text.lower() not in STANCE_NOUNS or w.upos not in ("NOUN", "VERB") or w.index + 2 >= len(s.words):
        return None
    be, mark = s.words[w.index + 1], s.words[w.index + 2]
    if be.text.lower() not in STANCE_COPULAS or mark.text.lower() != "that":
        return None
    owner = max((k for k in s.kids[w.index] if k.deprel == "nmod:poss" and k.index < w.index),
                key=lambda k: k.index, default=None)  # the nearest: `Perhaps Ms. Ruiz's claim`, two taken for owners
    if owner is None:
        i = w.index - 1
        while i >= 0 and s.words[i].upos in ("ADJ", "ADV") and s.words[i].text.lower() not in ("that", "this"):
            i -= 1  # `His main argument`, `her most explosive claim`
        if i < 0:
            return None
        before = s.words[i]
        if before.xpos == "PRP$" or (before.upos == "PRON" and before.text.lower() in OWNER_DETERMINERS):
            owner = before
        elif before.xpos == "POS" and i > 0:
            owner = s.words[i - 1]
        else:
            return None
    named = _owner_words(s, w, owner)
    if not named:
        return None
    last = len(s.words) - 1
    while last > mark.index and s.words[last].upos == "PUNCT":
        last -= 1
    if last <= mark.index:
        return None
    return Cue(sentence, (w,), w, (named[0].start, named[-1].end), owner, (mark.start, s.words[last].end),
               speaker_rule="stance-noun", content_rule="stance-noun")


def _call_for(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The union called for an inquiry`, `critics are calling for her resignation`, `called for the mayor to
    resign`: `call` (`CALL_FOR_FORMS`) with `for` right after it opening a noun phrase it governs demands
    that noun phrase: its subject (as the `subject` table finds it) says it.  Not a passive (`an election was
    called for May`), nor a subject that prescribes rather than speaks (`PRESCRIBING_THINGS`: `The plan calls
    for two bridges`, `a platform that calls for ...`), nor a word of time (`called for years`)."""
    if w.upos != "VERB" or w.text.lower() not in CALL_FOR_FORMS or w.index + 2 >= len(s.words):
        return None
    prep = s.words[w.index + 1]
    if prep.text.lower() != "for" or prep.head <= prep.index or s.words[w.index + 2].xpos in QUOTE_TAGS \
            or s.words[w.index + 2].text in MARK_CHARS:
        return None  # `called for "a hell of a lot worse"`: a quotation, the quotation rules' to read
    noun = s.words[prep.head]
    if noun.head != w.index or noun.upos not in _NOMINAL or time_word(noun.text) or _span_noun(noun.text) \
            or noun.text.lower() in BARE_NOT_MESSAGES - OBJECT_PRONOUNS:
        return None
    if w.deprel == "acl" and w.xpos == "VBG":
        return None  # `the chorus of detractors calling for him to quit quiets down`: who they are, not news
    if any(k.deprel in ("aux:pass", "obj") for k in s.kids[w.index]):
        return None  # `was called for questioning`; `called a meeting for Monday` (a subject the parse took for
        # a passive's, with no `be` or `get`, is an active verb's: `Activists called for ...` tagged a participle)
    found = _subject_rule(s, w)
    if found is None or found[1] is None or found[1].text.lower() in PRESCRIBING_THINGS:
        return None
    head = found[1]
    if relative_pronoun(head.text) and w.deprel.startswith("acl") and w.head >= 0 \
            and s.words[w.head].text.lower() in PRESCRIBING_THINGS:
        return None  # `a platform that calls for ...`
    speaker = _speaker_span(s, head, w)
    if speaker is None or preposition(s.words[s.word_range(speaker)[0]].text):
        return None  # `Alongside BLM calls for action, ...`: a phrase a preposition opens is no subject, `calls` a noun
    span_rule = None
    widened = SPANS.first(s, w, head, speaker)
    if widened is not None:
        span_rule, speaker = widened
    aside = frozenset(c.index for c in s.kids[noun.index] if c.deprel == "acl:relcl" and _set_off(s, c))
    end = _noun_phrase_end(s, w, noun, aside)
    for k in s.kids[w.index]:  # `called for a ban in December after the shooting`: what and when, one demand
        joined = k.deprel == "conj" and k.upos in NOUN_UPOS  # `a voice vote, and then a visual vote`: more demanded
        if k.index > noun.index and (k.deprel not in ("conj", "cc", "punct", "parataxis", "ccomp") or joined) \
                and not aside and (joined or not _set_off(s, k)) and not any(x.xpos in QUOTE_TAGS or _is_cue_verb(x) and any(
                    c.deprel in _SUBJECTS for c in s.kids[x.index]) for x in s.subtree(k)):
            end = max(end, s.span(k)[1])  # not an aside (`, even though ...`), nor a report of its own
    return Cue(sentence, (w, prep), w, speaker, head, (s.span(noun, aside | {prep.index})[0], end),
               _antecedent(s, head), speaker_rule=found[0], span_rule=span_rule, content_rule="call-for")


ASKED_LISTENER_WORDS = 4  # the most words of the one asked between the preposition and `to` (`the county's two MPs`)


def _asked_to_act(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The bishop appealed to voters to stay calm`, `Police pleaded with residents to stay indoors`: `appeal`
    with `to` or `for` (`appealed for witnesses to come forward`), `plead` with `with` right after it (lexicon ASKING_ON_FORMS), a noun phrase for one who may act (a
    name, a pronoun, or a noun for a person or a body: `_may_act`) of a few words, then `to` and a verb's base
    form, asks that one to do it, as `urged voters to stay calm` does: what is asked runs from the one asked
    through the infinitive's clause (as `infinitive` reads `urged`; not a tensed verb the parse joined to it, the
    subject's next act: `pleaded with him to run and armed his campaign`), and the subject (as the `subject` table
    finds it) says it.  Not a passive (`The ruling was appealed to the Supreme Court`), nor a time or a thing asked or
    asking (`_may_act`: `The ad appeals to young voters to win them over`), nor `appealed to voters who ...`
    with no infinitive."""
    words = s.words
    if w.upos != "VERB" or w.index + 3 >= len(words) \
            or words[w.index + 1].text.lower() not in ASKING_ON_FORMS.get(w.text.lower(), ()) \
            or any(k.deprel in ("aux:pass", "nsubj:pass", "obj") for k in s.kids[w.index]):
        return None
    i = w.index + 2
    j = i
    while j < len(words) and j - i < ASKED_LISTENER_WORDS and words[j].upos in _RUN_WORDS:
        j += 1
    if j == i or j + 1 >= len(words) or words[j].text.lower() != "to" or words[j + 1].xpos != "VB":
        return None
    found = _subject_rule(s, w)
    if found is None or found[1] is None or not (_may_act(words[j - 1]) and _may_act(found[1])):
        return None  # `appealed to Tuesday's crowd to ...`; `The ad appeals to voters to ...`: no one asking
    speaker = _speaker_span(s, found[1], w)
    if speaker is None or preposition(s.words[s.word_range(speaker)[0]].text):
        return None
    span_rule = None
    widened = SPANS.first(s, w, found[1], speaker)
    if widened is not None:
        span_rule, speaker = widened
    asked = words[j + 1]
    apart = frozenset(c.index for c in s.kids[asked.index] if joined_past_infinitive(s, c))  # `pleaded with him to
    end = s.span(asked, apart)[1]  # run and armed his campaign`: the tensed verb is the subject's next act
    return Cue(sentence, (w, words[w.index + 1]), w, speaker, found[1], (words[i].start, end),
               _antecedent(s, found[1]), speaker_rule=found[0], span_rule=span_rule, content_rule="asked-to-act")


def _may_act(head: Word) -> bool:
    """Whether a noun phrase's head names one who may speak or act: a name (not a time: `Tuesday`), a personal
    pronoun, or a noun for a person or a body (`_speaking_noun`); not a thing (`the ad`, `the plan`)."""
    return head.upos == "PROPN" and not time_word(head.text) or head.upos == "PRON" \
        or head.upos == "NOUN" and _speaking_noun(head)


def _took_credit(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mayor took credit for the drop in crime`, `took full credit for hiring more officers`: `take`
    (`CREDIT_TAKING_FORMS`) whose object is a noun of owning a deed with `for` right after it (`_claimed_deed`)
    claims that deed as `claimed credit for` does: its subject (as the `subject` table finds it) says the deed
    was theirs.  Not a passive (`credit was taken for ...`), nor a bare noun with no deed (`took credit`)."""
    if w.upos != "VERB" or w.text.lower() not in CREDIT_TAKING_FORMS \
            or any(k.deprel in ("aux:pass", "nsubj:pass") for k in s.kids[w.index]):
        return None
    obj = next((k for k in s.kids[w.index] if k.deprel == "obj" and k.index > w.index), None)
    deed = _claimed_deed(s, w, obj) if obj is not None else None
    if obj is None or deed is None:
        return None
    found = _subject_rule(s, w)
    if found is None or found[1] is None:
        return None
    head = found[1]
    speaker = _speaker_span(s, head, w)
    if speaker is None or preposition(s.words[s.word_range(speaker)[0]].text):
        return None
    span_rule = None
    widened = SPANS.first(s, w, head, speaker)
    if widened is not None:
        span_rule, speaker = widened
    return Cue(sentence, (w, obj), w, speaker, head, deed, _antecedent(s, head), speaker_rule=found[0],
               span_rule=span_rule, content_rule="took-credit")


def _antecedent(s: Parsed, head: Word | None) -> tuple[int, int] | None:
    """`the minister, who said ...`: the speaker as written is `who`; the noun phrase it stands for
    (its relative clause left out) is what it resolves to; after a phrase of on whose part one acts, the verb's
    object (`read a statement on her behalf, which said ...`: `a statement`, lexicon AGENCY_NOUNS)."""
    if head is None or head.upos != "PRON" or not relative_pronoun(head.text) or head.head < 0:
        return None
    named = _described_name(s, head)
    if named is not None:
        return named
    clause = s.words[head.head]
    subject = _predicate_subject(s, head, clause)
    if subject is not None:
        return _speaker_span(s, subject, clause)
    if not clause.deprel.startswith("acl") or clause.head < 0:
        return _kin_before_antecedent(s, head, _set_off_antecedent(s, head, clause))
    noun = s.words[clause.head]
    if noun.text.lower() in AGENCY_NOUNS and noun.head >= 0:
        # `read a statement on her behalf, which said`: the phrase says on whose part; the verb's object speaks
        noun = next((k for k in s.kids[noun.head] if k.deprel == "obj" and k.index < noun.index), noun)
    return _kin_before_antecedent(s, head, _speaker_span(s, noun, clause))


def _kin_before_antecedent(s: Parsed, pronoun: Word, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`survived by her son, Daniel, who said ...`: a name set off by a comma after a description of kin or a
    personal tie (an owner's pronoun or `'s`, then a noun for kin or a person, lexicon KIN_NOUNS, FAMILY_NOUNS,
    RELATION_NOUNS) is that description's apposition, so `who` after it stands for both, as a speaker of them
    reads (`description-before-name`): the description tells whom a pronoun later may stand for (`her son`
    is a man); `span` as it was otherwise."""
    if span is None or pronoun.text.lower() not in PERSON_RELATIVES:
        return span
    words = s.words
    lo, _ = s.word_range(span)
    noun = lo - 2
    if noun < 1 or words[lo - 1].text != "," or words[lo].upos != "PROPN" \
            or words[noun].text.lower() not in KIN_NOUNS | FAMILY_NOUNS | RELATION_NOUNS:
        return span
    owner = noun - 1
    while owner > 0 and words[owner].upos == "ADJ":
        owner -= 1  # `her late husband, Tom,`
    if not (words[owner].xpos == "PRP$" or words[owner].xpos == "POS"):
        return span
    return (words[owner - 1].start if words[owner].xpos == "POS" else words[owner].start), span[1]


def _predicate_subject(s: Parsed, pronoun: Word, clause: Word) -> Word | None:
    """`Jo Hart is a former nurse who said ...`, `Hart is a liar and bully who said ...`: `who` right after
    the predicate noun of a copula (the relative clause hung from it or from a noun joined to it, or the
    clause joined to it) stands for the one the copula's nearest subject names (the subject it shares
    with a verb it is joined to: `Hart rarely speaks and is a liar who ...`), when that subject is a noun
    or name (`This is a man who` is left as it was), not for the whole clause."""
    if pronoun.text.lower() not in PERSON_RELATIVES or pronoun.index == 0 or clause.head < 0 \
            or not clause.deprel.startswith(("acl", "conj")) or s.words[pronoun.index - 1].upos == "PUNCT":
        return None

    def copular(w: Word) -> bool:
        return any(k.deprel == "cop" for k in s.kids[w.index])

    predicate = s.words[clause.head]
    while not copular(predicate) and predicate.deprel == "conj" and 0 <= predicate.head < predicate.index:
        predicate = s.words[predicate.head]  # `is a liar, racist and bully who`: the first of the nouns
    if predicate.upos not in NOUN_UPOS or not copular(predicate):
        return None
    holders = [predicate] + ([s.words[predicate.head]] if predicate.deprel == "conj" and predicate.head >= 0 else [])
    subject = next((k for h in holders for k in reversed(s.kids[h.index])
                    if k.deprel == "nsubj" and k.index < predicate.index), None)
    return subject if subject is not None and subject.upos in NOUN_UPOS else None  # the nearest: `Note: Jo Hart is ...`


def _described_name(s: Parsed, pronoun: Word) -> tuple[int, int] | None:
    """`Howard Vale, a senior analyst at Jefferies, who notes ...`: `who` right after the comma closing a
    description set off after a name (`_description`) stands for the one named, the name (with its
    title words) that the description follows (issue #17: a description set off is no part of the name),
    however the parse hung the clause."""
    words = s.words
    close = pronoun.index - 1
    if pronoun.text.lower() not in PERSON_RELATIVES or close < 3 or words[close].text != ",":
        return None
    opening = next((i for i in range(close - 1, 0, -1) if words[i].upos == "PUNCT" and not _run_word(s, i)), None)
    if opening is None or words[opening].text != "," or opening < 1 or words[opening - 1].upos != "PROPN" \
            or not _description(s, opening + 1, close) or _mark_between(s, opening, close) \
            or words[opening + 1].upos in ("ADP", "CCONJ") or any(w.upos in ("VERB", "AUX", "SCONJ")
                                                                 for w in words[opening + 1:close]):
        return None  # `..., and Jo Hart, who`, `..., explaining he met Hart, who`: no description
    first = opening - 1
    while first > 0 and words[first - 1].upos != "PUNCT" and (_title_or_name(s, first - 1) or (
            words[first - 1].text in NAME_PREPOSITIONS and first > 1 and words[first - 2].text[:1].isupper())):
        first -= 1  # `Senator Jo Hart of Ohio`
    return words[first].start, words[opening - 1].end


def _set_off_antecedent(s: Parsed, pronoun: Word, clause: Word) -> tuple[int, int] | None:
    """`The senator, who said ...` with the clause not parsed as a relative one: the words settle it, a
    relative pronoun (no `that`) right after a comma or dash after a noun (or an adjective standing as one
    before `who`) stands for the noun phrase that ends there, as the parse holds it; an age set off after
    it is no part of it (`Police arrested John Smith, 34, who ...`: `John Smith`, the words of a name the
    parse made two objects of one verb read as one)."""
    i = pronoun.index
    if i < 2 or s.words[i - 1].text not in _CLAUSE_BREAKS or pronoun.text.lower() == "that":
        return None
    last = i - 2
    if last >= 3 and _age_word(s.words[last]) and s.words[last - 1].text == "," \
            and s.words[last - 2].upos in _NOMINAL and pronoun.text.lower() in PERSON_RELATIVES:
        last -= 2  # `a man, 34, who`
    elif not _names_before(s, i - 1):
        return _given_name_before(s, i - 1)
    noun = s.words[last]
    while noun.deprel in _HEAD_STEPS and 0 <= noun.head < noun.index:
        noun = s.words[noun.head]
    span = _speaker_span(s, noun, clause)
    if span is None or span[0] > s.words[last].start:
        return None
    first = s.word_range(span)[0]
    while first > 0 and noun.upos == "PROPN" and s.words[first - 1].upos == "PROPN" \
            and s.words[first - 1].head == noun.head and s.words[first - 1].deprel == noun.deprel:
        first -= 1  # `arrested John Smith` parsed as two objects: one name
    return min(span[0], s.words[first].start), s.words[last].end


MAX_GIVEN_NAME_WORDS = 6  # capitalised words a name given by `called`, `named` may run to


def _given_name_before(s: Parsed, comma: int) -> tuple[int, int] | None:
    """`a page named Patriots United, which wrote ...`, `a group called Truth Now, which said ...`: where the
    parse tagged a word of the name as no noun (`United` a verb, `Now` an adverb), the words settle it: a run
    of capitalised words right after a participle that gives a name (lexicon NAME_GIVING_FORMS) and right
    before the comma is that name, what the relative pronoun after the comma stands for.  None when no such
    participle opens the run."""
    first = comma
    while first > 0 and comma - first < MAX_GIVEN_NAME_WORDS and s.words[first - 1].text[:1].isupper() \
            and s.words[first - 1].upos != "PUNCT":
        first -= 1
    if first == comma or first == 0 or s.words[first - 1].text.lower() not in NAME_GIVING_FORMS:
        return None
    return s.words[first].start, s.words[comma - 1].end


def _subject_speaker(s: Parsed, subject: Word, verb: Word) -> tuple[str | None, tuple[int, int]]:
    """(the span rule that widened it, None where none did; the speaker's span) of a cue's `subject` for
    `verb`: its noun phrase as any cue's (`_speaker_span`, else the subject's own words), widened as a span
    rule finds it (`The report, released Tuesday, found`: `The report`)."""
    span = _speaker_span(s, subject, verb) or s.span(subject)
    widened = SPANS.first(s, verb, subject, span)
    return widened if widened is not None else (None, span)


SPLIT_TAG_WORDS = 6  # the most words a tag set within a split quotation has before its verb
SPLIT_TAG_REACH = 24  # ... and the most after it (a description of the speaker set off: `said Vale, 52, of Dayton,`)


def _split_tag_end(s: Parsed, start: int, comma: int) -> int | None:
    """`"We are ready," said the coach, "and so are the fans," he added.`: a cue's content before it
    (from character `start`, up to word index `comma`) that runs back over an earlier tag set within a
    split quotation (a quotation closing on `,`, `?` or `!`, a cue verb with its own few words, a comma
    and an opening mark) holds that tag's report too: what this cue reports begins after that tag.
    The index of the opening mark after the last such tag, else None."""
    for w in reversed(s.words[:comma]):
        if w.start < start:
            return None
        if not _is_cue_verb(w):
            continue
        j = _split_tag_opening(s, w, comma)
        if j is not None:
            return j
    return None


def _split_tag_opening(s: Parsed, w: Word, comma: int) -> int | None:
    """`"We are ready," said the coach, "and ..."`: whether cue verb `w` is a tag set within a split
    quotation (a quotation closing on `,`, `?` or `!`, the verb with its own few words, a comma and an
    opening mark before word index `comma`): the index of that opening mark, else None."""
    i = w.index - 1
    while i > 0 and s.words[i].upos != "PUNCT" and w.index - i <= SPLIT_TAG_WORDS:
        i -= 1
    j = w.index + 1   # on to the next quotation mark: the speaker may have a description set off
    while j < comma and s.words[j].text.strip(MARK_CHARS) != "" and j - w.index <= SPLIT_TAG_REACH:
        j += 1
    if i > 0 and s.words[i].text.strip(MARK_CHARS) == "" and s.words[i - 1].text in (",", "?", "!") \
            and j < comma and s.words[j - 1].text == "," and s.words[j].text.strip(MARK_CHARS) == "":
        return j
    return None


def _split_quote_close(s: Parsed, opening: int, stop: int) -> int | None:
    """`"The numbers," he said, "don't lie" -- but they can mislead, critics say.`: the second part of a
    split quotation, opening at word `opening` after its tag, that closes before a later cue's content
    ends (word `stop`), with words of the writer's after it, is the tag's to the close: the later cue
    reports only what follows (past the punctuation and the `and`, `but` joining it).  The index of the
    first word it reports, else None (the part runs on to the later cue: `"A," said the coach, "B," he
    added`, B is the later cue's)."""
    close = next((x.index for x in s.words[opening + 1:stop] if x.upos == "PUNCT" and x.text.strip(MARK_CHARS) == ""),
                 None)
    if close is None:
        return None
    first = next((x.index for x in s.words[close + 1:stop] if x.upos not in ("PUNCT", "CCONJ")), None)
    if first is None or any(x.text.strip(MARK_CHARS) == "" and x.upos == "PUNCT" for x in s.words[first:stop]):
        return None   # nothing of the writer's after it, or another quotation: left as it was
    return first


def _according_source(s: Parsed, according: Word) -> Word | None:
    """X in `according to X`, as UD parses it (`according` a case of X) or as a verb with an oblique."""
    for k in s.kids[according.index]:
        if k.deprel.startswith("obl") or k.deprel.startswith("nmod"):
            return k
    if according.head >= 0 and according.deprel in ("case", "mark", "fixed"):
        return s.words[according.head]
    return _phrase_after_to(s, according)


def _phrase_after_to(s: Parsed, according: Word) -> Word | None:
    """`"...," according to CNN.` with `according` parsed as a verb of its own: the words settle it,
    the source is the phrase after `to` up to the next punctuation, headed by its noun that hangs
    from a word outside it."""
    to = according.index + 1
    end = next((w.index for w in s.words[to + 1:] if w.upos == "PUNCT"), len(s.words))
    return next((w for w in s.words[to + 1:end] if w.upos in _NOMINAL and not to < w.head < end), None)


CUES = Table("cue", doc="Which words are cues; the first rule that answers for a word makes its cue.", rules=(
    Rule("joined-past-cue", "cue", "`Ruiz vowed to fight on and told supporters that ...`: `told` or `said` the "
         "tagger took for a modifier of the noun after it, right after an `and` that follows a finite verb with a "
         "subject, is that subject's second verb: a `that` after the one told (at most four words), or with none "
         "a clause's subject right after the one told, opens what was said, to the sentence's end.", _joined_past_cue,
         (Example("Ruiz vowed to fight on and told supporters that the count was not over.",
                  "that the count was not over", "Ruiz", parse=example_parse("joined-told")),
          Example("Ruiz vowed to fight on and told supporters the count was not over.",
                  "the count was not over", "Ruiz", parse=example_parse("joined-told-bare")))),
    Rule("joined-adds", "cue", "`X says A and adds that B`: the `-s` form of a verb of adding a remark (lexicon "
         "ADDING_VERBS) the tagger took for a plural noun, right after `and` or `but` and right before `that`, "
         "with a finite cue before it in its sentence, is that cue's subject's next remark: `that` to the "
         "sentence's end is what was added.", _joined_adds,
         (Example("The minister says the talks are going well and adds that a deal could come soon.",
                  "that a deal could come soon", "The minister"),)),
    Rule("owner-verb", "cue", "`Sainsbury's told staff that ...`: `said` or `told` the tagger took for a "
         "modifier of the noun after it, right after a capitalised name's `'s` (the name's own, or `has`), is the "
         "name's verb: the name with its `'s` speaks, with a name `and` joins before it (`Tesco and Sainsbury's`) "
         "(after a body's noun, `The union's told`, the `'s` is `has`: "
         "the noun phrase speaks); a `that` after the one told (after `told`, at most four "
         "words) or right after `said` opens what was said, to the sentence's end, and so does, after `said` with no "
         "`that`, a noun phrase right after it that is the subject of a finite verb (`McDonald's said sales rose`); "
         "after `told` and a listener "
         "with no `that`, a subject pronoun or a determiner before a finite verb opens it (`told staff the "
         "stores would ...`); a past of telling that no adjective is spelt as (lexicon OWNER_LISTENER_FORMS) does so "
         "too, with one told before its `that` (`Moody's warned investors that ...`); an adverb may stand between "
         "the `'s` and the verb (`Moody's also told investors that ...`).", _owner_verb,
         (Example("The bakers' union's told members that a ballot would open next week.",
                  "that a ballot would open next week", "The bakers' union"),
          Example("Harlow's told staff that the stores would stay open over Christmas.",
                  "that the stores would stay open over Christmas", "Harlow's"),
          Example("Harlow's told staff they would keep their jobs.", "they would keep their jobs", "Harlow's"),
          Example("McDonald's said sales rose 4% in the quarter.", "sales rose 4% in the quarter", "McDonald's"),
          Example("Sotheby's said the sale set a record.", "the sale set a record", "Sotheby's"),
          Example("Moody's also warned investors that the bank was weak.", "that the bank was weak", "Moody's"),
          Example("Lomax's warned franchisees that sales would fall.", "that sales would fall", "Lomax's")),
         parse="cue-candidate"),
    Rule("relative-past-cue", "cue", "`A nurse who declined to be named said conditions had worsened`: `said` or "
         "`told` the tagger took for a modifier of the noun after it (the adjective `said` follows a determiner: `the "
         "said sum`), right after the last word of a relative clause its relative pronoun opens after a noun, is "
         "the main clause's verb: the noun with its clause, which restricts it, speaks (no comma before the verb); a "
         "`that`, or a clause's subject right after `said`, opens what was said, to the sentence's end. An adjective "
         "before `who` stands as a noun for a person (`An official who ...`).",
         _relative_past_cue,
         (Example("A nurse who declined to be named said conditions had worsened.", "conditions had worsened",
                  "A nurse who declined to be named", parse=example_parse("relative-said")),
          Example("An official who asked not to be named told reporters the talks had stalled.",
                  "the talks had stalled", "An official who asked not to be named")),
         parse="cue-candidate"),
    Rule("speaker-noun-past-cue", "cue", "`An official told reporters the talks had stalled`: `said` or `told` the "
         "tagger took for a modifier of the noun after it, right after a determiner opening the sentence and a "
         "lower-case noun for a speaker (lexicon SPEAKER_NOUNS, whatever its tag: `official` is an adjective too), is "
         "the main clause's verb: the two words speak; a `that` (after `told`, past at most four words of the one "
         "told) or a clause's subject right after `said` or after `told` and the one told opens what was said, to "
         "the sentence's end.", _speaker_noun_past_cue,
         (Example("An official told reporters the talks had stalled.", "the talks had stalled", "An official"),
          Example("An official told reporters that the talks had stalled.", "that the talks had stalled",
                  "An official")),
         parse="cue-candidate"),
    Rule("name-past-cue", "cue", "`Dzulkefly told reporters the ministry would act`: `said` or `told` the tagger "
         "took for a modifier of the noun after it, right after a capitalised word opening the sentence that the "
         "tagger took for its adverb or adjective (a name, as for `phrase-before`: not an adverb by its form, "
         "`Reportedly`), is the main clause's verb: the name speaks; a `that` (after `told`, past at most four words "
         "of the one told) or a clause's subject right after `said` or after `told` and the one told opens what was "
         "said, to the sentence's end.", _name_past_cue,
         (Example("Dzulkefly told reporters the ministry would act.", "the ministry would act", "Dzulkefly"),),
         parse="cue-candidate"),
    Rule("call-for", "cue", "`The union called for an inquiry`, `Critics are calling for her resignation`: `call` "
         "with `for` right after it demands the noun phrase `for` opens: its subject says it (not a passive, "
         "`an election was called for May`; not a plan, bill or text that requires it, `The plan calls for two "
         "bridges`); one bare noun is a demand named in a word (`called for calm`), a pronoun none (`called for it`).",
         _call_for,
         (Example("Activists called for an independent inquiry into the fire.",
                  "an independent inquiry into the fire", "Activists"),
          Example("Several council members are calling for the director's resignation.",
                  "the director's resignation", "Several council members"),
          Example("The bishop, in a sermon on Sunday, called for calm.", "calm", "The bishop")),
         parse="call-for"),
    Rule("asked-to-act", "cue", "`The bishop appealed to voters to stay calm`, `Police pleaded with residents to stay "
         "indoors`, `Police appealed for witnesses to come forward`: `appeal` with `to` or `for`, `plead` with `with` right "
         "after it (lexicon ASKING_ON_FORMS), a noun phrase for "
         "one who may act (a name, a pronoun, a noun for a person or a body), then `to` and a verb asks that one to do "
         "it, as `urge` does: what is asked runs from the one asked through the infinitive's clause, and the subject "
         "says it (not a passive, `The ruling was appealed to the Supreme Court`; not a time or a thing asked or "
         "asking: `The ad appeals to young voters to win them over`).", _asked_to_act,
         (Example("The bishop appealed to voters to stay calm.", "voters to stay calm", "The bishop"),
          Example("Police pleaded with residents to stay indoors.", "residents to stay indoors", "Police"),
          Example("Police appealed for witnesses to come forward.", "witnesses to come forward", "Police")),
         parse="asked-to-act"),
    Rule("took-credit", "cue", "`The mayor took credit for the drop in crime`: `take` (lexicon CREDIT_TAKING_FORMS) "
         "with a noun of owning a deed for its object, lexicon CLAIMED_DEEDS, and `for` right after it claims the deed "
         "`for` opens, as `claimed credit for` does: its subject says it (not a passive, nor `took credit` with no "
         "deed).", _took_credit,
         (Example("The mayor took credit for the drop in crime.", "the drop in crime", "The mayor"),
          Example("The union took full credit for winning the pay rise.", "winning the pay rise", "The union")),
         parse="took-credit"),
    Rule("contact-relative-calls", "cue", "`Critics attacked a plan he called \"reckless\"`, `a move the union called "
         "\"brutal\"`: a naming verb right before a quotation, right after its subject (a personal pronoun, a name, a "
         "noun phrase opened by a determiner, a quantifier, a number or a name's `'s`, or a bare plural of people right "
         "after a singular noun: `a plan critics called`; an adverb, `have` or a modal between: `he once called`, "
         "`critics have called`) that is right after a noun (a relative clause with no `that`: the noun is what is named) gives the "
         "subject's words, read from the words however the parse hung them; not a passive (`was called`), not after a "
         "verb that takes two objects with `a` opening the second (`sold customers a loan called \"Easy Pay\"`: a name), not a time (`Last week "
         "the union called ...`), not a title of the subject's (`union leader Ann Ruiz called`), not within another "
         "cue's report (`Lee said he fought a bill he called \"...\"`), nor a pronoun's anywhere under a cue (most "
         "often that cue's own speaker, whose report runs on).",
         _contact_relative_calls,
         (Example('Critics attacked a plan he called "reckless" last week.', "reckless", "he"),
          Example('The council rejected a move the union called "brutal" on Monday.', "brutal", "the union"),
          Example('Voters backed a measure Ann Ruiz called "a disgrace."', "a disgrace.", "Ann Ruiz"),
          Example('The mayor pushed a budget his rivals later dubbed "a fantasy."', "a fantasy.", "his rivals")),
         parse="cue-candidate"),
    Rule("or-so-report", "cue", "`Taxes will rise -- or so Lee claims.`: a cue verb closing its sentence "
         "right after `or so` and its subject's noun phrase (an adverb between them: `or so Lee still claims`), the "
         "`or` right after a comma or dash, whatever the parse made of the verb: the phrase speaks the clause "
         "before that comma or dash (`or so` hedges the report; it keeps its speaker).",
         _or_so_report,
         (Example("Taxes will rise \u2014 or so Lee claims.", "Taxes will rise", "Lee"),
          Example("The economy is recovering, or so the minister insists.", "The economy is recovering",
                  "the minister"),
          Example("The plant will close next year, or so the company says.", "The plant will close next year",
                  "the company")),
         parse="cue-candidate"),
    Rule("cue-verb", "cue", "A speech or report verb by lemma or form, a naming or judging verb with a subject "
         "(its own, or a relative pronoun set off by a comma, or a passive's agent: `was branded \"...\" by X`) or "
         "beside a verb that has one (`called it \"...\"`, "
         "`..., calling it \"...\"`, `hailed it as \"...\"`; `saw it as \"...\"`, `remembered him as \"...\"` only with `as` "
         "before the quotation: `saw \"Jaws\" as a boy` names nothing), or a phrasal "
         "cue (`shot back`, `called out`: a shout, no naming); not `continue to` a verb that is no cue (`continue to be`, `if he continues to "
         "lose`: it goes on doing it), nor `continue` right before a noun phrase or an `-ing` form that is no cue "
         "(`is continuing its review of whether ...`, `examples of continuing tension`, `continues gaining ground`: "
         "it goes on with something; not after a comma or quotation mark, nor before a name or `that`, nor before a "
         "colon, which gives the words it went on with: `continued his attack: \"...\"`); not a past participle restricting the noun opening its clause before that "
         "clause's finite verb (`Numbers reported by the agency show ...`: the phrase is that verb's subject), nor a "
         "participle of saying or reporting after a noun or a comma before `to` and a verb, a reduced relative of "
         "hearsay naming no one who says it (`The plan, said to cost $5 billion, was dropped`; with `be` before it, "
         "`raised-report`'s: `He is said to be ill`), nor a participle of quoting between `as` and `by` (`\"...,\" "
         "Peskov told reporters, as quoted by RIA Novosti`: the outlet that carried the words, not their speaker), "
         "nor one "
         "between a determiner or a preposition and its noun (`In a written statement, the company said`, `In written "
         "evidence to the committee, ...`: a modifier) or right after "
         "a noun of a text (`read a statement posted on its website`), nor a finite form in `-s` or the past right after a "
         "preposition (`moves to states this week that ...`: the preposition's noun); `submit`, "
         "`share`, `object` (`Critics will object that ...`; `objected to the plan` is a stand, no words), `tease` "
         "(`Musk teased that a cheaper model was coming`; `teased the new phone` shows it, `teased her` mocks), a motion's "
         "`move` (`moved to Leeds` is a change of place), `agree` (`The two sides agreed that ...`, `that` right after "
         "it; `agreed to pay`, `agreed on a plan` are deals to act, and `people who agree that ...` picks people out "
         "by a view) and a court's "
         "`hold` and `rule` (finite, active, no particle; or an `-ing` form set off by a comma after a finite verb "
         "with a subject, `that` right after it: `struck down the law, ruling that ...`), only with a `that` clause "
         "with a finite "
         "verb or a subject and a bare subjunctive (`moved that the plans be refused`) (`The Crown submitted that ...`, `Mr Ong shared that ...`, `The court held that ...`; `submitted a bid` "
         "is handed in, `shared a photo` is no report, `held "
         "that meeting` is no finding); `order`, finite, active, with a subject of its own naming a body that rules "
         "(a judge, a court, a panel: lexicon FINDING_BODIES), only with what it commands "
         "after it, a `that` clause (its verb may be a bare subjunctive: `ordered that the files be released`) or "
         "one who can be commanded (a name, a pronoun, a person, group, body or governing place: lexicon "
         "`COMMANDED_NOUNS`) and an infinitive (`The judge ordered the city to pay`; not `ordered a pizza to "
         "share`); not a bare form in capitals within a label in capitals opening its sentence "
         "and closing on a colon (`QUOTE BOX: \"...\"`: a rubric's heading, no one's verb), nor an `-ing` form with no "
         "auxiliary closing such a label before a quotation that a verb of saying and its subject tag (`Storm "
         "warning: \"...,\" the chief told residents`: a noun); nor a form spelt as its noun too before a `that` "
         "clause that a predicate with no subject of its own follows (`The weather forecast that rain would fall "
         "was wrong`: a noun phrase and its verb); nor one whose speaker is a lower-case noun of a name or title a thing "
         "bears (`As the title suggests, ...`, `Its name implies that ...`: lexicon NAMING_NOUNS; a name says nothing), or a "
         "noun of a saying with no owner (`The old adage says that ...`: lexicon SAYING_NOUNS; `Reagan's maxim`, `his adage`, "
         "`the adage of my grandfather` are their owner's; common wording reports nothing), or a "
         "noun of a force of nature, an accident or a contest's outcome (`The storm warned of nothing before it struck`, "
         "`The win confirmed their place in the final`: lexicon MUTE_HAPPENINGS; a figure of speech, no report; not a "
         "gathering, `The rally denounced ...`, nor a finding, `The results show ...`), or a noun of a work that is "
         "no text of claims (lexicon MADE_ONLY_WORKS) telling its story with no listener (lexicon NARRATING_VERBS: "
         "`The film tells the story of a boxer`, `The song tells how they met`: a narration; not `The book tells how "
         "officials hid the data`, `The show told viewers the vaccine was unsafe`); nor a finite form in a relative "
         "clause with no pronoun right after the noun opening its sentence, its missing object, right before the "
         "sentence's one other finite verb (`The amount the firm claims is far too high`: what follows is the noun "
         "phrase's predicate; not `The firm claims the amount is far too high`, nor `The only regret he acknowledged was "
         "a failed promise`: `be` and a noun phrase name what was said); nor "
         "a verb that makes a work (lexicon WORK_MAKING_FORMS) whose object is a noun of a work that is no text of claims "
         "(lexicon MADE_ONLY_WORKS: a song, a film, a novel; a book, a column, a report may carry one) with no clause after it "
         "with a subject of its own (`She wrote the song in a week`, `wrote a song that topped the charts`, `wrote most "
         "of the songs on a borrowed guitar`; not `wrote a book in which he exposes ...`, `wrote most of the songs "
         "about her father`), or that closes a "
         "relative clause right after one (`The novel he wrote in prison`, `The song, which she wrote at 17,`): it "
         "makes the work, it reports nothing; nor a capitalised form in `-ing` between capitalised words, outside "
         "a headline in title case (`KXAN First Warning Meteorologist Ann Lee said`: a word of a name); nor a word of "
         "a stock phrase of saying (lexicon STOCK_SAYINGS: `It goes without saying that ...`, `Having said that, ...` "
         "opening its clause, `..., as they say, ...` before a mark, `as they say in baseball` (not `in their "
         "letter`), `To tell the truth, ...`, `\"...\" is easier said than done`, the first-person hedge `I must say, ...` "
         "(not `I must say that ...`); not `Having said that he would go, "
         "Lee left`, `as they say they will`; the hedges `needless to say`, `suffice it to say` are content rule "
         "`idiom-say`'s), and a report all within one is none (`reported for duty, as the saying goes`): common "
         "wording, the writer's aside, reports nothing; nor a wordless sound of feeling (lexicon FEELING_SOUND_VERBS) "
         "in a clause of `as` and its subject with no quotation after it (`The verdict was read out as his mother "
         "wept`: a time; not `as she screamed, \"Help!\"`); nor an `-s` form closing a plain noun phrase that "
         "opens its sentence before a past, a modal or a finite auxiliary (`Insurance claims rose 12 percent`: "
         "a plural noun, the subject; not `Management says costs will fall`); nor an `-ing` form that is a "
         "conjunction with the word after it (lexicon PARTICIPLE_CONJUNCTIONS: `would pass, seeing as the council "
         "backed it`).",
         _verb_cue,
         (Example('"We will win the election," Kerry said.', "We will win the election,", "Kerry"),
          Example('"This is a matter for the ministry," Peskov told reporters, as quoted by RIA Novosti.',
                  "This is a matter for the ministry,", "Peskov"),
          Example('"Stay weather aware," First Warning Meteorologist Ann Lee said.', "Stay weather aware,",
                  "First Warning Meteorologist Ann Lee"),
          Example('"Over here, over here!" a woman called out from the bank.', "Over here, over here!", "a woman"),
          Example('Clinton blasted the proposal on Monday, calling it "absurd and cruel."',
                  'it "absurd and cruel."', "Clinton"),
          Example('The review board deemed the stadium plan "far too costly to finish."',
                  'the stadium plan "far too costly to finish."', "The review board"),
          Example('The senator hailed the ruling as "a victory for working families."',
                  'the ruling as "a victory for working families."', "The senator"),
          Example('Many voters see the governor as "a straight talker."', 'the governor as "a straight talker."',
                  "Many voters"),
          Example('Friends remembered him as "a giant with a hammer."', 'him as "a giant with a hammer."',
                  "Friends"),
          Example('"Those were good years," she reminisced.', "Those were good years,", "she"),
          Example("The striker was branded 'a disgrace' by his own manager.", "The striker was branded 'a disgrace'",
                  "his own manager"),
          Example("The Crown submitted that the sentence was far too light.", "that the sentence was far too light",
                  "The Crown"),
          Example("The appeal court held that the search had been unlawful.", "that the search had been unlawful",
                  "The appeal court"),
          Example("Mr Ong shared that his family had run the stall for 40 years.",
                  "that his family had run the stall for 40 years", "Mr Ong"),
          Example("Critics will object that the new stadium costs far too much.",
                  "that the new stadium costs far too much", "Critics"),
          Example("Cllr Roe moved that the plans be refused.", "that the plans be refused", "Cllr Roe"),
          Example("The two sides agreed that they would strengthen coordination on regional issues.",
                  "that they would strengthen coordination on regional issues", "The two sides"),
          Example('In written evidence to the committee, the union warned that staff were "at breaking point."',
                  'that staff were "at breaking point."', "the union"),
          Example('Ruiz admitted on Monday "it will be very hard to win" if Lee continues to lose ground.',
                  'on Monday "it will be very hard to win" if Lee continues to lose ground', "Ruiz"),
          Example("The judge ordered the city to pay the tenants' legal fees.",
                  "the city to pay the tenants' legal fees", "The judge"),
          Example("The appeals panel ordered that her name be struck from the ballot.",
                  "that her name be struck from the ballot", "The appeals panel"),
          Example("The high court struck down the ordinance, ruling that the ban on leaflets was too broad.",
                  "that the ban on leaflets was too broad", "The high court"),
          Example("The adage of my grandfather says that you get what you pay for.",
                  "that you get what you pay for", "The adage of my grandfather"),
          Example("The book tells how officials hid the data.", "how officials hid the data", "The book"),
          Example("The firm claims the amount is far too high.", "the amount is far too high", "The firm")),
         parse="cue-candidate"),
    Rule("what-they-call", "cue", "`the banks formed what they called \"financial supermarkets\"`: a naming verb in "
         "a free relative opened by `what`, with a noun for its subject, gives that subject's words (not `what is "
         "called`, nobody's; not `what he calls`, left to the clause around it, whose speaker it names).",
         _what_they_call,
         (Example('The lenders merged into what analysts called "one-stop money shops," a model that soon failed.',
                  "one-stop money shops,", "analysts"),
          Example('The mayor spoke of what Ann Ruiz once called "a town that never sleeps."',
                  "a town that never sleeps.", "Ann Ruiz")),
         parse="cue-candidate"),
    Rule("relative-pronoun-calls", "cue", "`She backed a deal that he called \"a betrayal\"`: a naming verb in a "
         "relative clause on a noun, opened by a relative pronoun that is its object (`that`, `which`, `whom`), with a personal pronoun for its subject (`he`, `she`, `they`, `we`, `I`), "
         "gives the pronoun's words (the noun is what is named); only a pronoun, not a noun subject (not `what "
         "he calls`, `what-they-call`'s; not within another cue's report, which runs on through it: `Lee said he "
         "fought the bill, which he called \"...\"`; not `a deal called \"...\"`, a name).",
         _relative_pronoun_calls,
         (Example('Ruiz voted for a budget that she later called "a mistake."', "a mistake.", "she"),
          Example('Hart attacked the merger, which he called "a betrayal of the workers."',
                  "a betrayal of the workers.", "he")),
         parse="cue-candidate"),
    Rule("headline-cue", "cue", "`Senator Jane Roe Says Tax Plan Will Fail`: a capitalised cue form the tagger "
         "took for a name (read as its own verb's form, whatever lemma the tagger gave it: `Warns`; its base form "
         "after a plural: `Teachers Vow To Strike`), in a headline in title case: the name before it speaks the "
         "words after it, past a topic's preposition (`Warns Of Shutdown As Talks Stall`) and a listener before one "
         "(`Warns Farmers Of Long Dry Summer`); in a headline in sentence case a lower-case form tagged as a noun "
         "after the noun phrase opening the line, a quotation's colon or a closing comma (`Union slams pay offer "
         "as 'insulting'`, `Rail strike will go ahead, union confirms`).  A verb of saying or one whose object is "
         "its message (in sentence case) reports its words, a verb of promising or urging its infinitive, any "
         "other cue verb only words quoted (not `Union slams new pay offer`); no form before another preposition "
         "(`Jane Roe Claims Under Fire`: a noun); a body's name holds its `Of` (`Bank Of England Says`).",
         _headline_cue,
         (Example("Senator Jane Roe Says Tax Plan Will Fail.", "Tax Plan Will Fail", "Senator Jane Roe",
                  parse=example_parse("headline")),
          Example("Senator Warns Of Shutdown As Talks Stall.", "Shutdown As Talks Stall", "Senator"),
          Example("Minister Warns Farmers Of Long Dry Summer\nThe board meets on Monday.", "Long Dry Summer",
                  "Minister"),
          Example("Teachers Vow To Strike Over Pay\nThe board meets on Monday.", "To Strike Over Pay", "Teachers"),
          Example("Union slams pay offer as 'insulting'\nThe board meets on Monday.", "pay offer as 'insulting'",
                  "Union"),
          Example("Rail strike will go ahead, union confirms\nThe board meets on Monday.",
                  "Rail strike will go ahead", "union")),
         parse="cue-candidate"),
    Rule("headline-dash", "cue", "`Budget will hurt the poor - charity`: in a headline (a short line closing with "
         "no stop) a dash followed by nothing but a short noun phrase naming a source in lower case (a speaker, "
         "role, group or organisation word) credits the words before the dash to it, three or more, or two with a "
         "verb (not `Storm hits coast - live updates`).", _headline_dash,
         (Example("New road plan will cut the park in two - campaigners\nThe council votes on Monday.",
                  "New road plan will cut the park in two", "campaigners"),),
         parse="headline-dash"),
    Rule("headline-colon", "cue", "`Ann Ruiz: Tax plan will fail`, `Ruiz: I will not resign`: in a headline (a short "
         "line closing with no stop) a name and a colon opening it credit the three words or more after it to "
         "the name: a given name and more, or a title and a name; a lone name only before `I` or `we`; a lone "
         "source noun in title case (lexicon HEADLINE_LABEL_SOURCES: `Report: ...`, `Poll: ...`); a claim of two "
         "words will do with a verb (`Police: suspect arrested`) (not a topic's label: `Covid: cases rise again`; "
         "nor a rubric, `REPORT:` in capitals included, nor words holding a quotation).  A bare name of one or two "
         "capitalised words, or a source in lower case, closing the headline after its colon credits the claim "
         "before it (`Tax plan will hurt farmers: Ruiz`; not `Election 2024: Texas`, `Weather: Sunny`); so do an "
         "office's or a court's initials in capitals (lexicon HEADLINE_OFFICE_INITIALS: `Bail is the rule: SC`; not "
         "`: LIVE`).",
         _headline_colon,
         (Example("Tom Vale: Harbour plan will cost jobs\nThe council votes on Monday.",
                  "Harbour plan will cost jobs", "Tom Vale"),
          Example("Ruiz: I will not step down over the audit\nThe council votes on Monday.",
                  "I will not step down over the audit", "Ruiz"),
          Example("Report: Ruiz to speak at the harbour summit\nThe council votes on Monday.",
                  "Ruiz to speak at the harbour summit", "Report"),
          Example("Police: suspect arrested\nThe council votes on Monday.", "suspect arrested", "Police"),
          Example("Tax plan will hurt farmers: Ruiz\nThe council votes on Monday.", "Tax plan will hurt farmers",
                  "Ruiz"),
          Example("Bridge to reopen by spring: council leader\nThe council votes on Monday.",
                  "Bridge to reopen by spring", "council leader"),
          Example("Pakistan will not accept hegemony: FM\nThe minister spoke in Lahore on Monday.",
                  "Pakistan will not accept hegemony", "FM")),
         parse="headline-colon"),
    Rule("headline-tell", "cue", "`Jane Roe Tells Growers They Must Act Now`: a capitalised `Tells` (`Told`) the "
         "tagger took for a name, in a headline in title case: the name before it speaks; after its listener, what "
         "was told opens at a subject pronoun and runs to the end, or, after a listener of one or two words, at a "
         "determiner with a finite verb after it (`Mayor Tells Council The Budget Is Dead`), or, where the listener "
         "closes the headline, is the words before the break.", _headline_tell,
         (Example("Jane Roe Tells Growers They Must Act Before The Frost.", "They Must Act Before The Frost",
                  "Jane Roe"),
          Example("Farm Aid Is 'A Lifeline For Us,' Jane Roe Tells Growers.", "Farm Aid Is 'A Lifeline For Us,'",
                  "Jane Roe"),
          Example("Mayor Tells Council The Budget Is Dead", "The Budget Is Dead", "Mayor"))),
    Rule("foreign-tag", "cue", "`\"Wir sind bereit,\" sagte Scholz.`, `\"Estamos listos,\" dijo Sánchez.`, "
         "`Scholz sagte: \"...\"`: a reporting verb of another language that wire copy keeps (lexicon "
         "FOREIGN_TAG_VERBS: German `sagte` and `so` (a name alone closing the sentence after it, FOREIGN_TAG_NAME_ONLY), Spanish `dijo`, French `a déclaré`, Italian `ha detto`, Portuguese "
         "`disse`; read from the words, which the tagger cannot parse) in a tag right after a quotation's closing "
         "mark and comma, its speaker the words after it through their first run of capitalised ones (`sagte Jonas "
         "Keller nach dem Treffen`) or the French pronoun its auxiliary ends with (`a-t-il déclaré`: lexicon "
         "FOREIGN_INVERTED_PRONOUNS, resolved as `he`), or, with no capitalised name there, in lower case: a pronoun "
         "(`sagte er`: FOREIGN_TAG_PRONOUNS, resolved as `he`) or an article and its noun (`a déclaré le ministre`, "
         "`dijo el ministro`: FOREIGN_TAG_DETERMINERS, as English's `said the minister`); the comma may be left out "
         "after a closing mark set against the quotation's last word (`,,Wir sind bereit'' sagte er.`); or right "
         "before a colon or comma and an opening mark, after a capitalised name: a cue of the quotation alone, "
         "never of a clause.", _foreign_tag_cue,
         (Example('"Wir sind bereit," sagte Olaf Brandt.', "Wir sind bereit,", "Olaf Brandt"),
          Example('"Estamos listos," dijo el alcalde Luis Vela.', "Estamos listos,", "el alcalde Luis Vela"),
          Example('"Nous sommes prêts," a déclaré Claire Morel.', "Nous sommes prêts,", "Claire Morel"),
          Example('Marta Pini ha detto: "Siamo pronti."', "Siamo pronti.", "Marta Pini"),
          Example('"Wir sind bereit", so Olaf Brandt.', "Wir sind bereit", "Olaf Brandt"),
          Example('"C\'est fini", a-t-il déclaré.', "C'est fini", "il"),
          Example("\u201eWir sind bereit\u201c, sagte er.", "Wir sind bereit", "er"),
          Example("\u00ab Nous sommes prêts \u00bb, a déclaré le ministre.", "Nous sommes prêts", "le ministre")),
         parse="foreign-tag"),
    Rule("share-cue", "cue", "`About 3 in 10 say they expect ...`: `say` tagged as a noun right after a share "
         "of people, with a clause after it: the share speaks the rest of the sentence.", _share_cue,
         (Example("Nearly one in five say they will stay home.", "they will stay home", "one in five",
                  parse=example_parse("share")),),
         parse="cue-candidate"),
    Rule("with-ing-cue", "cue", "`Fans reacted online, with one writing, \"...\"`: an `-ing` cue form tagged as a "
         "noun, after `with` and a noun phrase set off by a comma (an absolute phrase) and before a comma or colon "
         "and a quotation mark, is that phrase's verb of saying: the noun phrase speaks; so too after a verb's "
         "`with` where the phrase names a person (`The ad ends with a narrator saying: \"...\"`; not `ended with "
         "an old saying: \"...\"`).", _with_ing_cue,
         (Example('Fans reacted online, with one writing, "I need answers now."', "I need answers now.", "one",
                  parse=example_parse("with-ing")),
          Example('The ad ends with a narrator saying: "Vote no."', "Vote no.", "a narrator"),
          Example('Fans slammed the star for the post, with one writing: "Have some respect."', "Have some respect.",
                  "one")),
         parse="cue-candidate"),
    Rule("perceived-ing-cue", "cue", "`Lee recalled his father saying, \"...\"`: an `-ing` cue form tagged as a "
         "noun, right after the object of a verb of perceiving or remembering (lexicon PERCEPTION_VERBS) and before "
         "a comma or colon and a quotation mark, is that object's verb of saying: the object speaks.",
         _perceived_ing_cue,
         (Example('Lee recalled his father saying, "Work comes first."', "Work comes first.", "his father",
                  parse=example_parse("recalled-ing")),),
         parse="cue-candidate"),
    Rule("research-finding", "cue", "`The study found that walkers were less likely to ...`: `find` with a "
         "subject whose noun is research (a study, a survey, researchers ...) or a body that rules or its papers (a "
         "court, a coroner, a ruling, an order: lexicon `FINDING_BODIES`) and a clause with its own subject "
         "after it (or a relative pronoun standing for one: `the report, which found that ...`; `that` right after "
         "`found` opens that clause when a verb with no subject follows the noun phrase after it, however the "
         "parse took `that`; and a subject the parse hung from `found` after it, with its relative clause and "
         "`that`, opens the clause: `Researchers found that people who slept less were more likely to ...`; a noun "
         "phrase and its verb right after `found` are that clause, read from the words, however the parse hung the "
         "verb: `citing a report that found the bridge was unsafe`, where the noun phrase before a restrictive `that` "
         "speaks, read back from the noun to its determiner over a name's words: `a 2014 University of Ohio at Akron "
         "paper that found ...`), or "
         "closing its sentence after the clause it found and a comma (`..., a new study has found.`), or, for research, "
         "its object and what is said of it, as `evidence-shows` reads one (`The survey found Vale leading among women`; "
         "not a bare object: `The study found a shift`), or for a body that rules "
         "the one it judged and its verdict (`A jury found Lee guilty of fraud`: lexicon VERDICT_WORDS): "
         "the research speaks the clause (its noun phrase widened or cut as any cue's speaker is: the `span` table).",
         _research_finding,
         (Example("The study found that daily walkers were far less likely to fall ill.",
                  "that daily walkers were far less likely to fall ill", "The study"),
          Example("Researchers found that people who slept less than six hours a night were more likely to develop "
                  "diabetes.", "that people who slept less than six hours a night were more likely to develop diabetes",
                  "Researchers"),
          Example("A short daily walk can cut the risk of heart disease, a new study has found.",
                  "A short daily walk can cut the risk of heart disease", "a new study"),
          Example("The report, released Tuesday, found that emissions rose 3 percent.",
                  "that emissions rose 3 percent", "The report"),
          Example("The mayor cited the report, which found that the old bridge was unsafe.",
                  "that the old bridge was unsafe", "which"),
          Example("The coroner found the boy's death could have been prevented.",
                  "the boy's death could have been prevented", "The coroner"),
          Example("The ruling found that the city's parking fines were illegal.",
                  "that the city's parking fines were illegal", "The ruling"),
          Example("A jury found the two brothers guilty of arson after a week of testimony.",
                  "the two brothers guilty of arson", "A jury"),
          Example("The survey found that support for the new bridge had fallen to 41 percent.",
                  "that support for the new bridge had fallen to 41 percent", "The survey"),
          Example("The council closed the road, citing a report that found the bridge was unsafe.",
                  "the bridge was unsafe", "a report"),
          Example('The best study was a 2014 University of Ohio at Akron paper that found rent caps caused "lasting" '
                  'harm.', 'rent caps caused "lasting" harm', "a 2014 University of Ohio at Akron paper"),
          Example("The survey found Vale leading among women by 12 points.", "Vale leading among women by 12 points",
                  "The survey"),
          Example("A new Quinnipiac poll finds Ruiz ahead by six points.", "Ruiz ahead by six points",
                  "A new Quinnipiac poll")),
         parse="research-finding"),
    Rule("evidence-shows", "cue", "`Court records show that ...`, `A new poll shows Ruiz leading by four points`, "
         "`..., official data showed.`: `show` with a subject whose noun is research, records or counts (data, "
         "figures, records, a meeting's minutes, statistics, a poll ...; of two subjects a comma parts, the "
         "nearer: `Minutes later, video showed`) and a clause with its own subject after it, or an object and "
         "what is said of it (`shows Ruiz ahead by six points`), or closing its sentence after the clause it showed and a comma (a time after it too, "
         "read from the words: `..., official figures showed on Friday.`, `show` after such a noun tagged a noun "
         "too: `..., the data show.`), or set off by commas "
         "within it (its two parts): the records speak what they show (not `show up`, nor a bare object: `The poll "
         "shows a shift`; nor within another's report: `said that polls show ...`). Papers obtained as evidence are "
         "records too (`Emails obtained by the Ledger show that ...`, `The filing shows that ...`), and the noun's "
         "phrase, read from the words whatever the parse made `show`, may end in a participle and its `by` phrase "
         "(`..., data compiled by the Ledger show.`) or its time (`figures released Thursday show`) or be such a noun and a short `of` phrase (`..., minutes of "
         "the meeting showed.`, a gerund before its noun too: `A survey of purchasing managers showed ...`; a batch "
         "of papers and a short `of` phrase ending in records: `A trove of documents shows ...`); a time "
         "after a closing `show` is no object (`..., official data showed last week.`); such a phrase opening the "
         "sentence right before `show` speaks the clause after it (`that` and a clause, or a noun phrase and its "
         "verb) whatever the parse made `show` or the subject (`A Reuters tally showed that ...`, a name taken for the "
         "subject; `showed` taken for a participle).", _evidence_shows,
         (Example("Court records show that the builder owed more than $40,000.",
                  "that the builder owed more than $40,000", "Court records"),
          Example("Emails obtained by the Ledger show that the mayor's aide intervened twice.",
                  "that the mayor's aide intervened twice", "Emails obtained by the Ledger"),
          Example("Rents rose 9 percent last year, data compiled by the Ledger show.",
                  "Rents rose 9 percent last year", "data compiled by the Ledger"),
          Example("The minutes show the board discussed the lease in closed session.",
                  "the board discussed the lease in closed session", "The minutes"),
          Example("The economy grew by 2 per cent last year, official data showed.",
                  "The economy grew by 2 per cent last year", "official data"),
          Example("A new poll shows the mayor leading by four points among women.",
                  "the mayor leading by four points among women", "A new poll"),
          Example("During the same week, court records show, the firm paid no tax at all.",
                  "During the same week the firm paid no tax at all", "court records"),
          Example("Britain's economy grew faster than expected, official figures showed on Friday.",
                  "Britain's economy grew faster than expected", "official figures"),
          Example("Factory output slowed to 1.2% in March, official data showed last week.",
                  "Factory output slowed to 1.2% in March", "official data"),
          Example("The board voted 6-3 to hold the rate, minutes of the meeting showed.",
                  "The board voted 6-3 to hold the rate", "minutes of the meeting"),
          Example("Burglaries in the county fell by only a tenth, the data show.",
                  "Burglaries in the county fell by only a tenth", "the data"),
          Example("A survey of purchasing managers showed activity contracted in May.",
                  "activity contracted in May", "A survey of purchasing managers"),
          Example("A Reuters tally showed that 40 ships were stuck.", "that 40 ships were stuck", "A Reuters tally"),
          Example("Federal data shows the number of overdoses rose sharply last year.",
                  "the number of overdoses rose sharply last year", "Federal data"),
          Example("A new poll shows Ruiz ahead by six points.", "Ruiz ahead by six points", "A new poll"),
          Example("The next batch of emails shows that the aide asked the reporter to call him.",
                  "that the aide asked the reporter to call him", "The next batch of emails"),
          Example("Census figures released Thursday show the city grew by 4 percent.",
                  "the city grew by 4 percent", "Census figures released Thursday")),
         parse="research-finding"),
    Rule("to-know", "cue", "`Vale wanted to know why the city had not held a hearing`, `She demanded to know "
         "whether ...`, `The MP sought to know whether ...`: `know` after `to`, right after a verb of wanting, seeking "
         "or demanding with a subject, and a clause "
         "right after it that a question word, `whether` or `if` opens: the subject asks that question (not `wanted "
         "to know more`, nor `want to know that ...`).", _to_know,
         (Example("Vale wanted to know why the city had not held a public hearing.",
                  "why the city had not held a public hearing", "Vale"),
          Example("One parent demanded to know whether the buses would run on time.",
                  "whether the buses would run on time", "One parent"),
          Example("Congress leader Amit Verma sought to know whether the government would extend the deadline.",
                  "whether the government would extend the deadline", "Congress leader Amit Verma")),
         parse="to-know"),
    Rule("hearing-heard", "cue", "`The jury heard that the card was used abroad`: `heard` with a subject whose "
         "noun is a body that hears evidence (a court, a jury, a tribunal, an inquest ...) or what is put to it (a "
         "meeting, a council, councillors, MPs, a house of parliament: lexicon HEARING_BODIES) and a clause with its own "
         "subject after it, or closing its sentence after the clause it heard and a comma (`..., a court has "
         "heard.`): the clause was said to the body by someone unnamed; no speaker (a title before the clause's "
         "named subject is the clause's, however the parse hung it: `heard Ms Ruiz had been ...`).", _hearing_heard,
         (Example("The jury heard that the stolen card was used in three countries.",
                  "that the stolen card was used in three countries", None),
          Example("The builder took cash for work he never did, a court has heard.",
                  "The builder took cash for work he never did", None),
          Example("The builder took cash for work he never did, Bristol Crown Court heard.",
                  "The builder took cash for work he never did", None),
          Example("The tribunal heard Ms Ruiz had been bullied for years.",
                  "Ms Ruiz had been bullied for years", None),
          Example("The meeting heard that the council had received more than 300 objections.",
                  "that the council had received more than 300 objections", None),
          Example("MPs heard that the department had lost track of the money.",
                  "that the department had lost track of the money", None)),
         parse="research-finding"),
    Rule("news-learned", "cue", "`..., the BBC understands.`, `..., CNN has learned.`, `The Times understands that "
         "...`: a form of `understand` or `learn` (with `has`, `have`; whatever its tag) after its subject's noun "
         "phrase reports what the subject found out: closing its sentence after a comma (the phrase no pronoun: "
         "`..., he has learned.` is experience), the clause before the comma; after a phrase that names a news "
         "outlet opening its clause, the clause after the verb (not `He understands that people are angry`, what "
         "he grasps); set off by commas within the clause it reports, that clause's two parts (`The figures, the "
         "BBC understands, will be ...`). An outlet's name takes in `on` and its edition's day (`the Herald on "
         "Sunday`: `on` after a capitalised outlet word, a capitalised day after it). The subject speaks; less sure "
         "than a verb of saying.", _news_learned,
         (Example("The minister is expected to resign within days, the BBC understands.",
                  "The minister is expected to resign within days", "the BBC"),
          Example("The company has been fined for the spill, the Daily Ledger has learned.",
                  "The company has been fined for the spill", "the Daily Ledger"),
          Example("The Times understands that ministers are planning a tax on sugar.",
                  "that ministers are planning a tax on sugar", "The Times"),
          Example("The new figures, the BBC understands, will be published on Thursday.",
                  "The new figures will be published on Thursday", "the BBC"),
          Example("The council will scrap the bus lane, the Herald on Sunday has learned.",
                  "The council will scrap the bus lane", "the Herald on Sunday")),
         parse="news-learned"),
    Rule("it-is-understood", "cue", "`It is understood that ...`, `..., it is understood.`, `Ministers are "
         "understood to be ...`: in news, `understood` after a form of `be` reports what unnamed sources told the "
         "writer: the clause after it, the clause before the comma (or around `, it is understood,` set within it), "
         "or the subject with its infinitive; no speaker "
         "(not `is understood to mean`, a word's sense; nor an infinitive of saying, `is understood to have told "
         "aides that ...`: the telling reports, its speaker the raised subject); so do `It is learnt that ...` and "
         "`..., it is reliably learnt.` (with `it` only).", _it_is_understood,
         (Example("It is understood that the plans were signed off last week.",
                  "that the plans were signed off last week", None),
          Example("The minister is understood to have agreed to a deal.",
                  "The minister is understood to have agreed to a deal", None),
          Example("The cut will cost around two billion pounds a year, it is understood.",
                  "The cut will cost around two billion pounds a year", None),
          Example("Ministers are understood to be considering a new tax on energy firms.",
                  "Ministers are understood to be considering a new tax on energy firms", None),
          Example("The plan, it is understood, will be announced next week.",
                  "The plan will be announced next week", None),
          Example("It is learnt that the board will meet again on Friday.",
                  "that the board will meet again on Friday", None),
          Example("The board has picked a new chairman, it is reliably learnt.",
                  "The board has picked a new chairman", None)),
         parse="news-learned"),
    Rule("name-then-verb", "cue", "`The Daily Ledger reports that ...`, `An affidavit states that ...`: a cue "
         "verb's `-s` form tagged as a noun between a name (or a paper that speaks opening its sentence: an "
         "affidavit, a complaint, a report, a memo, a post) and `that` (past an aside set off by commas with no "
         "verb: `The post claims, without evidence, that ...`, or one opened by a verb of quoting: `The Daily "
         "Ledger reports, citing two aides, that ...`): the name speaks the rest of the sentence (the whole "
         "name, its owner's `'s` within: `KXAN's Tom Vale reports that ...`); the paper may carry a past participle's "
         "phrase restricting it, as `participle-phrase` reads one (`A TikTok video viewed more than 2 million times "
         "claims that ...`: the whole phrase speaks).",
         _name_then_verb,
         (Example("The Daily Ledger reports that the mill will close in May.",
                  "that the mill will close in May", "The Daily Ledger", parse=example_parse("name-then-verb")),
          Example("An affidavit states that the defendant had been following the woman for weeks.",
                  "that the defendant had been following the woman for weeks", "An affidavit"),
          Example("KXAN's Tom Vale reports that crews are still on scene.", "that crews are still on scene",
                  "KXAN's Tom Vale"),
          Example("The post claims, without evidence, that the ballots were printed abroad.",
                  "that the ballots were printed abroad", "The post"),
          Example("The Daily Ledger reports, citing two city officials, that the mayor will resign.",
                  "that the mayor will resign", "The Daily Ledger"),
          Example("A TikTok video viewed more than 2 million times claims that the moon landing was staged.",
                  "that the moon landing was staged", "A TikTok video viewed more than 2 million times")),
         parse="cue-candidate"),
    Rule("noun-spelt-past", "cue", "`The IEA forecast that demand would peak.`: a verb of saying whose past is "
         "spelt as its noun (lexicon NOUN_SPELT_PASTS) tagged as the noun heading the sentence, right after the "
         "noun phrase opening it and right before a `that` opening a clause, with no other verb left to the "
         "sentence (not `The IEA forecast that demand would peak proved wrong`, a noun phrase and its verb): "
         "the phrase speaks the words from `that` on.",
         _noun_spelt_past,
         (Example("The IEA forecast that demand would peak.", "that demand would peak", "The IEA"),
          Example("Ruiz forecast that rates would rise before the summer.", "that rates would rise before the summer",
                  "Ruiz")),
         parse="cue-candidate"),
    Rule("verbless-spelt-past", "cue", "`The company forecast revenue of $2 billion.`: a verb of saying whose past is "
         "spelt as its noun (lexicon NOUN_SPELT_PASTS) tagged as a noun or adjective right after the noun phrase "
         "opening a sentence and before a noun phrase, in a sentence with no finite verb (a sentence has one): "
         "the form is that verb, the phrase before it speaks the words after it (not `The weather forecast for "
         "Sunday.`, no object; nor `The weather forecast was grim.`).",
         _verbless_spelt_past,
         (Example("The company forecast revenue of $2 billion.", "revenue of $2 billion", "The company"),
          Example("The central bank forecast growth of 2 percent next year.", "growth of 2 percent next year",
                  "The central bank")),
         parse="cue-candidate"),
    Rule("set-off-form", "cue", "`Voters, Ann Ruiz notes, want lower taxes`, `That plan, many argue, could fail`: a "
         "present form of a verb of saying (or of promising, warning or confirming: `..., the spokesman confirms.`; or "
         "of holding to, granting or stressing a point, lexicon SET_OFF_REPORTS, only when so set off: `..., the "
         "minister stresses.`, `..., the mayor concedes,`) "
         "tagged as a noun, set off by commas right after the noun phrase that "
         "speaks it (a bare form after a plural or a quantifier, an `-s` form after a bare name, whatever the tag "
         "of its first capitalised word: `..., Young argues.`, or one opened by "
         "its `The`: `..., The Verge notes.`, or a name right after its description: `..., the charity Shelterline "
         "claims.`, a lower-case particle between the name's words its own: `Correio da Tarde`; a plural before a participle's `by` phrase counts as the plural: "
         "`economists polled by the agency predict`, and a lower-case `-ing` word before the plural's noun is its "
         "modifier: `..., housing advocates warn.`; after a phrase of determiners, adjectives and nouns ending in a "
         "noun of people, offices, outlets or papers that speak (lexicon SPEAKER_NOUNS, ROLE_WORDS, OUTLET_NOUNS, "
         "SPEAKING_PAPERS), or a name after such a noun, an `-s` form, a paper's verb too (`state`, `report`, "
         "`allege`, `show`): `..., the governor insists.`, `..., the newspaper Diario Norte reports.`, `..., the "
         "affidavit states.`, `..., charging documents allege.`), within the "
         "clause it reports or closing it (`..., many argue.`): the phrase speaks the words before and after it; closing the clause it "
         "reports, a contrast of the writer's may follow its comma (`..., the minister concedes, though few agree.`: "
         "no part of the report).",
         _set_off_form,
         (Example("The plan is doomed, Young argues.", "The plan is doomed", "Young"),
          Example("That plan, many argue, could fail within a year.", "That plan could fail within a year", "many"),
          Example("Voters, Ann Ruiz notes, want lower taxes above all.", "Voters want lower taxes above all",
                  "Ann Ruiz"),
          Example("The tax will hurt small farms most, many argue.", "The tax will hurt small farms most", "many"),
          Example("The phone maker is working on a folding model, The Ledger notes.",
                  "The phone maker is working on a folding model", "The Ledger"),
          Example("Rates will rise again, economists polled by the agency predict.", "Rates will rise again",
                  "economists polled by the agency"),
          Example("The man pointed a gun at the clerk, the affidavit states.",
                  "The man pointed a gun at the clerk", "the affidavit"),
          Example("The man pointed a gun at the clerk, charging documents state.",
                  "The man pointed a gun at the clerk", "charging documents"),
          Example("The budget is balanced, the spokesman confirms.", "The budget is balanced", "the spokesman"),
          Example("The reform will pay for itself, the minister stresses.", "The reform will pay for itself",
                  "the minister"),
          Example("The reform, the minister concedes, will cost more than planned.",
                  "The reform will cost more than planned", "the minister"),
          Example("The plan will pay for itself, the minister concedes, though few economists agree.",
                  "The plan will pay for itself", "the minister"),
          Example("Rents will keep rising, housing advocates warn.", "Rents will keep rising", "housing advocates"),
          Example("The ferry will stop running in May, the newspaper reports.", "The ferry will stop running in May",
                  "the newspaper"),
          Example("The ferry will stop running in May, the newspaper Harbor Times reports.",
                  "The ferry will stop running in May", "the newspaper Harbor Times"),
          Example("Rents will keep rising, the charity Shelterline claims.", "Rents will keep rising",
                  "the charity Shelterline"),
          Example("The ferry will stop running in May, Portuguese newspaper Correio da Tarde reports.",
                  "The ferry will stop running in May", "Portuguese newspaper Correio da Tarde")),
         parse="cue-candidate"),
    Rule("inverted-form", "cue", "`We will not back down, vows Ann Ruiz.`: a lower-case `-s` form of an "
         "inverting verb (`INVERTING_VERBS`: saying, reporting, promising, warning) tagged as a noun right after "
         "the comma closing a clause with a finite verb, followed by nothing but a name or a noun phrase opened "
         "by a determiner to the sentence's end: that phrase speaks the clause before the comma.",
         _inverted_form,
         (Example("We will not back down, vows Ann Ruiz.", "We will not back down", "Ann Ruiz"),),
         parse="cue-candidate"),
    Rule("dash-aside-form", "cue", "`Several economists - including two on the board - warn that ...`: a present "
         "form of a cue verb tagged as a noun right after a dash closing an aside set off after the noun phrase "
         "opening the sentence (a description, examples of its members, a relative clause or a phrase of where or "
         "how), before `that` or a clause, its number agreeing with the phrase's: the phrase speaks the rest of the "
         "sentence.",
         _dash_aside_form,
         (Example("Several economists - including two who sit on the board - warn that rates could rise again.",
                  "that rates could rise again", "Several economists"),
          Example("Officer Byrne - who guarded the governor for three years - states that the post was a punishment.",
                  "that the post was a punishment", "Officer Byrne")),
         parse="cue-candidate"),
    Rule("subject-then-verb", "cue", "`Economists warn that ...`, `The group argues that ...`: a cue verb's base "
         "form tagged as a noun between a plural noun, pronoun, number or quantifier and a `that` opening a clause "
         "(or, after a plural or a pronoun, a clause; its `-s` form after a singular noun; a plural held by `close "
         "to`, `familiar with`, `of` or a participle's `by` counts as the plural, whatever its phrase ends in: `Sources close to the Prime "
         "Minister insist ...`, `Economists polled by the agency predict ...`, a participle spelt as its past too: "
         "`Experts sent by the agency warn ...`; a clause may open on an `-ing` word "
         "before a noun: `spending cuts remain ...`; in a sentence with no word tagged a finite verb at all, a "
         "plural and a lower-case singular noun before more of a noun phrase open one: `rising costs worry "
         "patients`, not where a verb is tagged: `sales tax rates hurt`; a role tagged an adjective is a singular noun, and a mostly-noun `-s` form "
         "reports before `that`, a subject and its verb: `The mayor reports that taxes fell`, and so does its base form after "
         "a plural its `of` phrase holds: `The terms of service state that users may not ...`; before a form that is "
         "never a noun, lexicon VERB_ONLY_CUE_BASES, a body that British and sports copy gives a plural verb, "
         "PLURAL_AGREEING_BODIES, or a name alone opening the sentence, counts as a plural: `The club insist that "
         "...`, `City insist they ...`; not `White House press secretary`; its `-s` form after a noun phrase that "
         "`that` or `which` opens, right before a modal or finite auxiliary, is the verb of a relative clause whose "
         "gap is the reported clause's subject: `a trend that the firm predicts will continue`): that noun phrase "
         "speaks the rest of the sentence, up to a semicolon or a comma and a word of contrast (`Some contend that the "
         "tax is unfair, but others disagree`: what follows is the writer's).",
         _subject_then_verb,
         (Example("Economists warn that the bank could raise rates again.",
                  "that the bank could raise rates again", "Economists", parse=example_parse("subject-then-verb")),
          Example("The group argues that the fee is unfair.", "that the fee is unfair", "The group",
                  parse=example_parse("subject-then-verb-s")),
          Example("The mayor notes that taxes fell.", "that taxes fell", "The mayor"),
          Example("Some contend that the tax is unfair, but others disagree.", "that the tax is unfair", "Some"),
          Example("The mayor reports that taxes fell.", "that taxes fell", "The mayor"),
          Example("Economists warn the bank could raise rates again.", "the bank could raise rates again",
                  "Economists", parse=example_parse("subject-then-clause")),
          Example("Sources close to the Prime Minister insist he has no plans to resign.",
                  "he has no plans to resign", "Sources close to the Prime Minister"),
          Example("Officials acknowledge spending cuts remain likely.", "spending cuts remain likely", "Officials"),
          Example("Economists polled by the agency predict that rates will rise.", "that rates will rise",
                  "Economists polled by the agency"),
          Example('Sales fell, a trend that the firm predicts will continue "for years."',
                  'will continue "for years."', "the firm"),
          Example("Experts sent by the agency warn the bridge is unsafe.", "the bridge is unsafe",
                  "Experts sent by the agency"),
          Example("Doctors acknowledge rising costs worry patients.", "rising costs worry patients", "Doctors"),
          Example("The club insist that no offer has been made.", "that no offer has been made", "The club"),
          Example("City insist they have received no bid for the winger.", "they have received no bid for the winger",
                  "City"),
          Example("The company's terms of service state that users may not resell access.",
                  "that users may not resell access", "The company's terms of service")),
         parse="cue-candidate"),
    Rule("name-then-colon", "cue", "`Article 9 affirms: \"...\"`: a cue verb's `-s` form tagged as a noun "
         "between a name (with its number) and a colon opening a quotation: the name speaks the quotation.",
         _name_then_colon,
         (Example('The law is clear. Article 9 affirms: "Every child has a right to school."',
                  "Every child has a right to school.", "Article 9"),
          Example('Section 12 states: "No tenant may be evicted without notice."',
                  "No tenant may be evicted without notice.", "Section 12")),
         parse="cue-candidate"),
    Rule("source-then-question", "cue", "`The mayor questions whether the plan will work`: a cue verb's `-s` "
         "form tagged as a noun between the subject opening its sentence (`The` and a source word, or a name) and "
         "the `whether` or `if` opening a clause: the subject speaks the clause.",
         _source_then_question,
         (Example("The mayor questions whether the new bridge will be safe.", "whether the new bridge will be safe",
                  "The mayor"),),
         parse="cue-candidate"),
    Rule("noun-cue", "cue", "`his claim that the vote was rigged`, `the mayor's promise to fix the roads`: a "
         "noun naming a saying, right before the `that` or `to` opening what was said (or before `yet`, so far, "
         "and then it: `her firmest promise yet that ...`, lexicon NOUN_CUE_SO_FAR): its owner says it (when "
         "the noun's phrase opens its sentence, the clause ends before the sentence's own predicate, however the parse "
         "split it: `Her claim that the river would flood was ignored`, `Her claim that the city lost jobs is false`, `His "
         "claim that he took the bribe angered voters`, `... was unfair shocked the party`, `His claim that it was a "
         "hoax is false`, a noun after its copula, an `-ed` verb with its "
         "object; right after `his`, `its` or `their`, `her` (not after a verb of two objects or one that makes "
         "its object act: `gave her warning that`, `made her promise to`), or a possessive `'s`, the noun "
         "cue's form is a noun whatever its tag: `His warning that ...`, `Her warning that ...`, `The company's denial "
         "that ...`; an article before a `'s` owner is the owner's, wherever the parse hung it: `The mayor's claim`; "
         "an opener may come first: `Perhaps the mayor's claim that ...`; read from the words where the parse "
         "hung `that` from the predicate or took it for a relative pronoun: `The company's denial that it knew about the "
         "leak came hours later`; not a relative clause on the noun, its verb one that takes a saying with no "
         "object of its own: `His claim that he made was false`; a word right after `that` the tagger took for a "
         "verb that opens the clause's subject is a noun: `Her claim that prices rose is false`; a modal before a "
         "verb closing the clause marks what may happen, no relative clause: `His claim that the plant would close`; "
         "`break` or `keep` closes one only on a commitment: `the promise that he broke`, not `Her warning that the levee "
         "could break`; a past that is no participle, with its object, is the sentence's own predicate: `The senator's "
         "pledge to cut taxes drew applause`; a `that` clause whose verb takes a saying with no object is a relative "
         "clause wherever the noun stands: `Voters rejected her claim that he made`; owned, the object of another's "
         "cue, its clause the owner's however the parse hung it, and `her` right before the noun its owner, however the parse "
         "hung it: `Residents disputed his claim that the road was safe`, `Critics dismissed her claim that ...`; a verb "
         "that reports its object reports the owned noun alone: `his claim`; a quotation mark within the clause sets off "
         "words quoted there, no boundary: `Vale's claim that the economy is \"the best ever\" does not hold up`).",
         _noun_cue,
         (Example("Ruiz offered her firmest promise yet that she would veto the deal.",
                  "that she would veto the deal", "her"),
          Example('Vale\'s claim that the economy is "the best ever" does not hold up.',
                  'that the economy is "the best ever"', "Vale"),
          Example("Voters cheered the mayor's promise to fix every road in town.", "to fix every road in town",
                  "the mayor", parse=example_parse("noun-cue")),
          Example("The senator repeated his claim that the vote had been rigged.", "that the vote had been rigged",
                  "his"),
          Example("Her claim that the river would flood was ignored by the council.", "that the river would flood",
                  "Her"),
          Example("His warning that the dam would fail was ignored by the council.", "that the dam would fail",
                  "His"),
          Example("The mayor's claim that the city lost 4,000 jobs last year is wrong.",
                  "that the city lost 4,000 jobs last year", "The mayor"),
          Example("His claim that he took the bribe angered voters.", "that he took the bribe", "His"),
          Example("Her claim that the money was stolen alarmed the board.", "that the money was stolen", "Her"),
          Example("Her claim that the vote was unfair shocked the party.", "that the vote was unfair", "Her"),
          Example("The company's denial that it knew about the spill came two days later.",
                  "that it knew about the spill", "The company"),
          Example("Her claim that the funds had been stolen is false.", "that the funds had been stolen", "Her"),
          Example("Residents disputed his claim that the road was safe.", "that the road was safe", "his"),
          Example("Her warning that the bridge was unsafe was ignored.", "that the bridge was unsafe", "Her"),
          Example("The warden's claim that the jail was safe was disputed by guards.", "that the jail was safe",
                  "The warden"),
          Example("Perhaps the warden's claim that the jail was safe was wrong.", "that the jail was safe",
                  "the warden"),
          Example("His claim that the fire was an accident is false.", "that the fire was an accident", "His"),
          Example("Her claim that prices rose is false.", "that prices rose", "Her"),
          Example("He ignored her warning that the levee could break.", "that the levee could break", "her"),
          Example("Her warning that the levee could break was ignored.", "that the levee could break", "Her"),
          Example("His claim that the plant would close was false.", "that the plant would close", "His"),
          Example("The senator's pledge to cut taxes drew loud applause.", "to cut taxes", "The senator"),
          Example("Fans cheered the league's announcement that the final would be replayed.",
                  "that the final would be replayed", "the league"),
          Example("Critics dismissed her claim that the vote was rigged.", "that the vote was rigged", "her"),
          Example("Critics disputed his claim that the vote was rigged.", "that the vote was rigged", "his")),
         parse="noun-cue"),
    Rule("agent-noun-cue", "cue", "`The claim, made by Sen. Ann Lee on Fox News, that the tax will double is false`: a "
         "noun naming a saying whose phrase opens its sentence, with `by` or `from` right after it (not a time: `The claim "
         "from last year`) or `by` after a participle by which "
         "a saying is given (`made`, `issued`: lexicon NOUN_CUE_HOSTS), set off by commas or not: the agent's words, "
         "to a preposition or comma, speak, with a name set off by commas right after a description there, its "
         "apposition, as `description-before-name` reads one (`The claim by the head of the agency, Ann Ruiz, that "
         "...`), and the `that` clause after the agent's phrase, or `to` and a bare verb (`The promise from the "
         "mayor to fix the roads`; `to` and a noun is a listener), closed before the "
         "sentence's own predicate (an `-ing` verb after a verb that takes it may close the clause: `The vow by the "
         "rebels to keep fighting alarmed the region`) as for `noun-cue`, is what was said, read from the words "
         "however the parse hung them (not a relative clause on the noun: `The claim made by Lee that he repeated was false`).",
         _agent_noun_cue,
         (Example("The claim, made by Sen. Ann Lee on Fox News, that the tax will double is false.",
                  "that the tax will double", "Sen. Ann Lee"),
          Example("The warning by the agency that the dam could fail was ignored.", "that the dam could fail",
                  "the agency"),
          Example("The warning from the agency that the dam could fail went unheeded.", "that the dam could fail",
                  "the agency"),
          Example("The claim by the governor of Ohio that taxes will rise is false.", "that taxes will rise",
                  "the governor of Ohio"),
          Example("The claim by the head of the agency, Ann Ruiz, that the fund is empty is false.",
                  "that the fund is empty", "the head of the agency, Ann Ruiz"),
          Example("The promise from the mayor to fix the roads was broken.", "to fix the roads", "the mayor"),
          Example("The vow by the rebels to keep fighting alarmed the region.", "to keep fighting", "the rebels")),
         parse="agent-noun-cue"),
    Rule("made-promise", "cue", "`The mayor made a promise to fix the roads`: a noun naming a saying, with no "
         "possessive owner, right before the `that` or `to` opening what was said, as the object of a verb by "
         "which its subject gives or keeps it (`made`, `delivered`, `broke`), after `on` (`made good on`), or "
         "after `with` an active verb takes (`won them over with promises to ...`): that verb's speaker says "
         "the clause.", _made_promise,
         (Example("At the rally, the governor made a firm promise to repair every bridge in the county.",
                  "to repair every bridge in the county", "the governor"),
          Example("Last year the mayor made good on a pledge to plant a thousand trees.",
                  "to plant a thousand trees", "the mayor"),
          Example("She courted the farmers with promises to pave the rural roads.",
                  "to pave the rural roads", "She")),
         parse="noun-cue"),
    Rule("mention-of", "cue", "`The mayor made no mention of the tax`: the noun `mention` as the object of a "
         "verb of making or carrying, right before `of`: that verb's subject speaks of the noun phrase `of` "
         "opens.", _mention_of,
         (Example("The mayor made no mention of the new fuel tax.", "the new fuel tax", "The mayor"),
          Example("The ferry report makes scant mention of the broken pier.", "the broken pier",
                  "The ferry report")),
         parse="mention-of"),
    Rule("stance-noun", "cue", "`His argument is that the tax is unfair`, `The mayor's view was that ...`: a noun "
         "naming a stand put into words, with an owner before it (a possessive pronoun or a name's `'s`), then "
         "`is`, `was` or `remains` and `that`: the owner (its words without the `'s`, as `_owner_words` reads "
         "them for `noun-cue` too) says the clause, to the sentence's end (not a noun "
         "with no owner: `The message is that ...`; not one of feeling: `Her fear is that ...`).", _stance_noun,
         (Example("The governor's argument is that voters deserve a say on the new stadium.",
                  "that voters deserve a say on the new stadium", "The governor"),
          Example("Ms. Ortega's view is that the council moved far too fast.",
                  "that the council moved far too fast", "Ms. Ortega"),
          Example("His main complaint was that nobody had read the report.", "that nobody had read the report",
                  "His")),
         parse="stance-noun"),
    Rule("according-aside", "cue", "`The mill, according to the union, will close in June`: `according to X` set "
         "off by commas between the noun phrase opening its sentence and that phrase's verb: X says the words "
         "before it and the words after it.", _according_aside,
         (Example("The old ferry, according to the harbour board, will stop running in May.",
                  "The old ferry will stop running in May", "the harbour board"),)),
    Rule("according-demonstrative", "cue", "`... That's according to a survey by the Ledger.`: `according to X` "
         "whose clause is only `that` (`this`) and `be`: the demonstrative, standing for what the sentence before "
         "says, is what X says.", _according_demonstrative,
         (Example("Most voters in the county want the mill kept open. That's according to a new survey by the "
                  "Valley Ledger.", "That", "a new survey by the Valley Ledger"),)),
    Rule("per-source", "cue", "`..., per the report.`, `Per police, the driver lost control`, `The district, per a "
         "memo, will cut jobs`: `per` set off by a comma (or opening its sentence) before a source (a phrase with a "
         "determiner, a possessive or a name, or ending in a noun of people or records that speak: `per court "
         "documents`) gives the source of the clause on the comma's other side, as `according to` does (both sides "
         "for an aside between a noun phrase and its verb); not a rate (`80 miles per hour`), nor `as per`, nor a "
         "norm followed (`per the rules`, `per his contract`: lexicon NORM_NOUNS), nor after another's report (`Lee "
         "told the paper, per a translator, that ...`: the one who passed it on).",
         _per_source,
         (Example("The fire started in the kitchen, per the report.", "The fire started in the kitchen", "the report"),
          Example("Per police, the driver was headed east when he lost control.",
                  "the driver was headed east when he lost control", "police"),
          Example("The Hawks will sign the guard to a two-year deal, per ESPN.",
                  "The Hawks will sign the guard to a two-year deal", "ESPN"),
          Example("The store was robbed twice last year, per court documents.",
                  "The store was robbed twice last year", "court documents")),
         parse="per-source"),
    Rule("in-view", "cue", "`In Lee's view, taxes will fall.`, `Taxes will fall, in her opinion.`: `in`, an owner "
         "(a possessive pronoun, or a noun phrase its `'s` closes) and a noun of a view or of one's telling of events "
         "(lexicon VIEW_NOUNS: `In Lee's telling, ...`) opening "
         "the sentence before a comma, or closing it after one, or set off by commas within the clause (`The plan "
         "was, in her view, doomed`: both sides, no cue verb before it); `my` and `our` own one too (`In my view, "
         "...`): the owner holds the rest of the sentence (a verb in "
         "it, and no quotation: `\"...,\" in Bolton's view` is `in-words`), as a speaker says it, read from the words.",
         _in_view,
         (Example("In the harbour master's view, the storm will pass by noon.", "the storm will pass by noon",
                  "the harbour master"),
          Example("The ferry will run again in May, in her opinion.", "The ferry will run again in May", "her"),
          Example("In my view, the ferry will run again in May.", "the ferry will run again in May", "my"),
          Example("The ferry was, in her opinion, badly overloaded.", "The ferry was badly overloaded", "her"),
          Example("In the captain's telling, the ferry nearly sank twice.", "the ferry nearly sank twice",
                  "the captain")),
         parse="in-view"),
    Rule("according-to", "cue", "`according to X`: X is the source (from the word after `to`, through the "
         "whole name there, up to a colon, a relative clause or the writer's clause of circumstance set off by a "
         "comma: `, with dozens missing`, `, as ...`), the rest of the clause the content; so is `as per "
         "X`, its South Asian form, unless X is a standard followed (`as per the rules`, `as per usual`); opening "
         "its sentence, the phrase ends at its comma (past a name set off after a description: `According to the "
         "club's doctor, Ann Ruiz, ...`; a description set off after a name is no part of the source, the name is: "
         "`According to Lt. Col. Ann Park, the battalion commander, ...`; or past a "
         "participle's phrase or a relative clause set off there, which is neither source nor content: `According "
         "to the survey, released on Monday, ...`, `According to the agency, which cited two officials, ...`), and "
         "all after it is the content; closing its sentence after a comma, with no comma or verb after it but in a "
         "relative clause, the whole phrase is the source and the clause before the comma the content, read from "
         "the words: `..., according to two people familiar with the matter who asked not to be named.`; not a "
         "rendering of the words in another tongue (lexicon RENDERING_NOUNS: "
         "`..., Maduro told reporters, according to a translation by the agency`, `according to his interpreter`): "
         "how the words came into English, no source of them.",
         _according_to,
         (Example("The talks will resume next week, according to a senior official.",
                  "The talks will resume next week", "a senior official"),
          Example("The deal could close next week, according to two people familiar with the matter who asked not "
                  "to be named.", "The deal could close next week",
                  "two people familiar with the matter who asked not to be named"),
          Example("The death toll from the landslide rose to 31, according to the provincial disaster agency, with "
                  "dozens still missing.", "The death toll from the landslide rose to 31",
                  "the provincial disaster agency"),
          Example("According to Ruth Okafor, the plant will close in May.", "the plant will close in May",
                  "Ruth Okafor", parse=example_parse("according-split")),
          Example('According to the Valley Ledger: "The mayor has not decided yet."',
                  "The mayor has not decided yet.", "the Valley Ledger", parse=example_parse("according-colon")),
          Example("According to the Rural Clinics Network, at least a dozen clinics are in a similar position.",
                  "at least a dozen clinics are in a similar position", "the Rural Clinics Network"),
          Example("According to Ruth Okafor, a spokeswoman for the league, the final will go ahead.",
                  "the final will go ahead", "Ruth Okafor"),
          Example("According to Lt. Col. Ann Park, the battalion commander, the soldiers were safe.",
                  "the soldiers were safe", "Lt. Col. Ann Park"),
          Example("The soldiers were safe, according to Lt. Col. Ann Park, the battalion commander.",
                  "The soldiers were safe", "Lt. Col. Ann Park"),
          Example("According to the survey, released on Monday, most farmers expect a poor harvest.",
                  "most farmers expect a poor harvest", "the survey"),
          Example("The ferry was cancelled, according to the port authority, which gave no reason.",
                  "The ferry was cancelled", "the port authority"),
          Example("According to the club's doctor, Ann Ruiz, the striker will miss the final.",
                  "the striker will miss the final", "the club's doctor, Ann Ruiz"),
          Example("According to the harbour police, who arrived within minutes, the skipper had been drinking.",
                  "the skipper had been drinking", "the harbour police"),
          Example("As per officials, the new ferry will start running in June.",
                  "the new ferry will start running in June", "officials"),
          Example("The ferry will be replaced next year, as per sources in the ministry.",
                  "The ferry will be replaced next year", "sources in the ministry")),
         parse="cue-candidate"),
))
