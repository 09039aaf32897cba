"""Fourth stage: quoted spans and cues become Quote records.

Reads one document top to bottom.  Each marked quotation looks for its cue in
its own sentences (a cue joined to it by the parse first, then the nearest
one), then in the sentence before when that one ends in a colon, then in a
short sentence right after it; with no cue, the subject of a clause that
introduces it or governs it speaks; failing all, it floats: it takes the speaker
of the quotation just before it when the two belong to one run of quotes.
Cues whose clause holds no marked quotation give indirect quotes, or mixed
ones when their clause carries a quoted fragment.

Each of those decisions is a named rule in an ordered table (`clause` and
`float` here, `link` and `filter` in `quotes.rules.linking`, `speaker` and
`widen` in `quotes.rules.speakers`); this module walks them and keeps the
bookkeeping: merging split quotes, dropping overlaps (OVERLAP_TIERS), joining
continuations, building records with the names of the rules that made them.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field, replace
from typing import Callable, Mapping, Sequence

import regex

from .attribution import ANSWER_CONTENTS, HEADLINE_CONTENTS, NOUN_CONTENTS, Cue, asked_participle, carrying_medium, clause_subject, find_cues, per_source_run, verb_subjects
from .lexicon import JOINED_REPORT_ADVERBS, REPORT_JOINERS, GENDERED_NOMINATIVES
from .lexicon import MAIN_CLAUSE_OPENERS, CONTRAST_AS_LEADS, WHETHER_ALTERNATIVE, SET_OFF_RELATIVES, BULLET_GLYPHS, SHORT_HONORIFICS, SHORT_OFFICE_TITLES, QUESTIONING_VERBS, BREAK_DASHES, QUOTATION_DASHES, PREPOSITIONS, DETERMINERS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, ANY_MARK, BE_FORMS, GET_FORMS, ADDING_VERBS, LISTENER_VERBS, REPLY_VERBS, ADDRESSED_YOU_VERBS, REPLY_WORDS, FIRST_PERSON_WORDS, SECOND_PERSON_WORDS, COMMA_ASIDE_OPENERS, SUMMARY_NOUNS, BARE_NOT_MESSAGES, BARE_NOUN_DENIALS, WITHHELD_GRANTS, MARK_CHARS, PRONOUNS, QUESTION_OPENERS, SIDE_CLAUSE_OPENERS, SIDE_SUBORDINATORS, SUBORDINATE_OPENERS, first_names, gender_of, LINK_LABELS, TRANSLATION_GLOSS, NOMINATIVE_PRONOUNS, TITLES, HONORIFICS, cue_lemmas, UNSUPPORTED_WORDS, AUXILIARIES, QUESTION_TOPIC_PREPOSITIONS, PLAIN_QUESTION_OPENERS, ADDRESS_TITLES, WHERE_PREPOSITIONS, given_name, BARE_NOUN_DEMANDS, GROUP_NOUNS, BARE_TARGET_CRITICISMS, TIME_SUBORDINATORS, CIRCUMSTANCE_OPENERS
from .marks import Inside, Quoted, mark_ends, marks_before, past_marks, rstrip_marks, strip_marks
from .parse import FINITE_TAGS, PLURAL_NOUN_TAGS, Word, NOUN_UPOS, OBJECT_RELS, VERB_UPOS
from .records import Quote, QuoteType, Span
from .resolve import (Mention, Resolver, coordinated_names, credit_line, measured_body, mention, opening_name, opening_owner, opening_subject,
                      caption_credit)
from .rules.linking import (narrated_cue, CONF_LEARNED, CONF_FLOATING, CONF_INDIRECT, CONF_MIXED, CONF_NEIGHBOUR, CONF_NONE, CONF_REPORTED_OBJECT,
                            DROP, FILTERS, NOBODY,
                            LINKING, UNCLOSED_PENALTY, ANY_DASH, SPACED_DASH, Quotation, _CLOSING_RUN, _LINKING_TAIL, _may_speak, _own_cue, described_subject,
                            clause_title, named_thing, _attributive_term, comma_aside, comment_after, dash_aside, participle_aside, translation_gloss, bracketed_gloss,
                            glossed_in_english)
from .rules.speakers import SPEAKERS, WIDENING
from .rules.turns import GOES_ON, TURNS, Transcript, handle_signed
from .rules.registry import Example, Rule, Table, example_parse
from .rules.text import HEADLINE_CLAIM_WORDS, bracket_close, word_count as _word_count
from .rules.tree import Parsed, occasion_after, relative_pronoun, time_word
from .segment import Sentence

__all__ = ["assemble"]


MIN_INDIRECT_WORDS = 3  # shorter clauses under a cue are not reported speech
MIN_OBJECT_WORDS = 2  # a reported noun phrase (`denied the allegations`) may be this short
PARAGRAPH_BREAK_LINES = 2  # newlines of one paragraph break (`\n\n`) between a quotation and its continuation
RUN_GAP_PARAGRAPHS = 2  # a floating quote continues a run no further than this many paragraphs on


@dataclass
class _Draft:
    parts: list[tuple[int, int]]
    type: QuoteType
    cue: Cue | None
    confidence: float
    sentence: int
    float_from: int | None = None   # index of the draft whose speaker a floating quote takes
    float_rule: str | None = None   # the `float` rule that chose it
    unclaimed: bool = False         # no one's words: nothing links it and it floats from no quote
    surface: tuple[tuple[int, int], tuple[int, int] | None] | None = None  # (speaker, cue) read off the text
    rules: dict[str, str] = field(default_factory=dict)  # stage -> name of the rule that decided it
    settled: bool = False           # its rule gave its speaker, nobody included: it never floats
    stands_for: tuple[int, int] | None = None  # whom a bare label speaker (`A:`) stands for: resolved in its place
    bare: bool = False              # its speaker is a label that names no one (`A:`): nobody when `stands_for` is None


def assemble(text: str, sentences: Sequence[Sentence], quoted: Sequence[Quoted],
             parses: Mapping[int, Sequence[Word]]) -> list[Quote]:
    """Quote records of one document, in reading order."""
    starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    cues_by_sentence = {i: list(find_cues(i, words)) for i, words in parses.items()}
    inside = Inside(quoted)
    for i, cues in cues_by_sentence.items():
        cues = [CUTS.ask("bracket-close", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("speaker-phrase", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("joined-report", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("side-report", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("relative-before-main", text, c, cues, inside, parses[i]) or c for c in cues]
        cues = [CUTS.ask("relative-aside-close", text, c, cues, inside, parses[i]) or c for c in cues]
        cues = [CUTS.ask("main-clause-close", text, c, cues, inside, parses[i]) or c for c in cues]
        cues = [CUTS.ask("onward-report", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("comment-after", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("before-translation", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("dash-aside", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("colon-quotation-tag", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("comma-aside", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("summary-aside", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("unsupported-remark", text, c, cues, inside) or c for c in cues]
        cues = [CUTS.ask("participle-aside", text, c, cues, inside, parses[i]) or c for c in cues]
        cues = [CUTS.ask("pronoun-conjunct", text, c, cues, inside, parses[i]) or c for c in cues]
        cues = [CUTS.ask("per-source-after", text, c, cues, inside, parses[i]) or c for c in cues]
        cues_by_sentence[i] = [CUTS.ask("occasion-after", text, c, cues, inside, parses[i]) or c for c in cues]
    for i in cues_by_sentence:
        if cues_by_sentence[i] and CLAUSES.ask("link-text", text, sentences[i], cues_by_sentence[i]):
            cues_by_sentence[i] = []   # a link's text: another article's headline
        elif cues_by_sentence[i] and CLAUSES.ask("caption-text", text, sentences[i]):
            cues_by_sentence[i] = []   # a photo's caption: what the picture shows
    drafts: list[_Draft] = []
    direct: list[_Draft] = []
    used_cues: set[tuple[int, int]] = set()
    tagged: dict[tuple[int, int], Quoted] = {}   # a used cue -> the quotation it tags

    # Mixed quotes: a cue's clause that holds a quoted fragment and more.
    absorbed: set[int] = set()
    quoted_starts = [q.start for q in quoted]   # in order: find_quoted sorts them
    for cues in cues_by_sentence.values():
        for c in cues:
            held = CLAUSES.ask("mixed-clause", text, c, quoted, quoted_starts, inside, cues, parses[c.sentence])
            if held is not None and c.content is not None:
                absorbed.update(held)
                used_cues.add(c.span)
                named = all(named_thing(text, quoted[i]) for i in held)   # names alone in marks: a report
                drafts.append(_Draft(_mixed_parts(text, c, quoted, inside, cues, parses[c.sentence]), "indirect" if named else "mixed", c,
                                     CONF_MIXED, c.sentence,
                                     rules={"link": "mixed-clause", **_content_rule(c)}))

    mixed = sorted(d.parts[0] for d in drafts if d.type == "mixed")
    mixed_starts = [m[0] for m in mixed]
    mixed_reach = list(itertools.accumulate((m[1] for m in mixed), max))  # furthest end of the first k
    paraphrased_to = -1   # end of the last paraphrase made below: quotations inside it belong to it
    for qi, q in enumerate(quoted):
        j = bisect.bisect_left(mixed_starts, q.end) - 1   # the mixed spans that start before q ends
        if qi in absorbed or (j >= 0 and mixed_reach[j] > q.start) or q.start < paraphrased_to:
            continue
        first, last = sentence_of(q.start), sentence_of(q.end - 1)
        cue, conf = _own_cue(text, q, first, last, cues_by_sentence, parses, inside)
        x = Quotation(text, q, first, last, sentences, parses, cues_by_sentence, inside, cue, conf)
        name, link = LINKING.first(x) or ("", DROP)
        checked = FILTERS.first(x, link) if link.checked and not link.dropped else None
        if link.dropped or (checked is not None and checked[1] != NOBODY):
            continue
        rules = {"link": name}
        if checked is not None:   # kept as nobody's words: no speaker, none to float to
            rules["filter"] = checked[0]
            link = replace(link, cue=None, surface=None, settled=True)   # its cue stays free for a clause of its own
        if link.type == "mixed" and link.content is not None and (link.cue is not None or link.surface is not None):
            if link.cue is not None and link.content == link.cue.content:
                rules.update(_content_rule(link.cue))
            named = named_thing(text, q)   # `announced the pricing of notes (the "Notes")`: a name, a report
            drafts.append(_Draft([link.content], "indirect" if named else "mixed", link.cue, link.confidence, first,
                                 surface=link.surface, rules=rules))
            if link.cue is not None:
                used_cues.add(link.cue.span)
            paraphrased_to = link.content[1]
            continue
        conf = link.confidence
        if link.surface is None and not q.closed:
            conf -= UNCLOSED_PENALTY
        direct.append(_Draft(list(q.parts), "direct", link.cue, conf, first, surface=link.surface, rules=rules,
                             settled=link.settled))
        if link.cue is not None:
            used_cues.add(link.cue.span)
            tagged.setdefault(link.cue.span, q)
    drafts += _merge_split(direct, text, parses, inside)

    cue_starts = sorted(c.span[0] for cues in cues_by_sentence.values() for c in cues
                        if c.speaker is not None and c.content is not None)   # reports of their own
    for cues in cues_by_sentence.values():
        for c in cues:
            name = "indirect-clause"
            if c.span in used_cues:
                if c.span not in tagged or not CLAUSES.ask("clause-after-tag", text, c, tagged[c.span]):
                    continue
                name = "clause-after-tag"  # `'...': mayor vows to end delays`: its clause too
            parts = CLAUSES.ask("indirect-clause", text, c, inside, parses)
            if parts is None and name == "indirect-clause":
                name = "question-asked"
                parts = CLAUSES.ask(name, text, c, inside, parses)
            if parts is None and name == "question-asked":
                name = "colon-block"
                parts = CLAUSES.ask(name, text, c, inside, cue_starts)
            if parts is not None:
                conf = CONF_REPORTED_OBJECT if c.content_rule in NOUN_CONTENTS else (
                    CONF_LEARNED if c.rule in ("news-learned", "it-is-understood") else CONF_INDIRECT)
                sentence = sentence_of(parts[0][0]) if name == "colon-block" else c.sentence  # (the lines after it)
                kind: QuoteType = "indirect"
                if name == "indirect-clause" and CLAUSES.ask("dash-line", text, c, parts):
                    kind, name = "direct", "dash-line"   # `\u2014 We will not go back, said the minister.`
                drafts.append(_Draft(parts, kind, c, conf, sentence,
                                     rules={"link": name, **(_content_rule(c) if name != "colon-block" else {})}))

    drafts.sort(key=lambda d: d.parts[0][0])
    _cut_before_nested(drafts, text)
    drafts = _drop_overlaps(drafts, text)
    turns = _turns(text, sentences, inside, parses)
    drafts = sorted(_outside_turns(drafts, turns) + turns, key=lambda d: d.parts[0][0])
    _link_floating(drafts, sentences, text)
    return _records(text, sentences, _join_continuations(drafts, text, starts), cues_by_sentence, inside, parses)


def _turns(text: str, sentences: Sequence[Sentence], inside: Inside,
           parses: Mapping[int, Sequence[Word]]) -> list[_Draft]:
    """Turns of a transcript or an interview (the `turn` table, each run on as far as `goes-on` says):
    direct quotes whose speaker their rule settles.  Made after the overlaps are settled; a quote
    within a turn then gives way to it (`_outside_turns`)."""
    if ":" not in text and "Q." not in text and "(@" not in text and not regex.search(r"(?m)^\h*Q\p{Lu}\p{Ll}", text) \
            and not handle_signed(text):
        return []   # no label opens a turn (`SMITH:`, `Q:`, `Q.`), no post is signed (`(@annruiz)`, `— @annruiz, March 3`)
    doc = Transcript(text, sentences, inside, parses)
    out: list[_Draft] = []
    for rule in TURNS:
        for turn in TURNS.ask(rule.name, doc) or ():
            rules = {"link": rule.name}
            longer = GOES_ON.ask("turn-goes-on", doc, turn)
            if longer is not None:
                turn, rules["goes-on"] = longer, "turn-goes-on"
            parts = doc.cut(turn.parts)
            if not parts:
                continue   # `UNIDENTIFIED MALE: (INAUDIBLE)`: a stage note, no one's words
            out.append(_Draft(list(parts), "direct", None, CONF_NEIGHBOUR, turn.sentence,
                              surface=(turn.speaker, turn.label) if turn.speaker is not None else None,
                              rules=rules, settled=True, stands_for=turn.stands_for, bare=turn.bare))
    return out


def _outside_turns(drafts: Sequence[_Draft], turns: Sequence[_Draft]) -> list[_Draft]:
    """The quotes that overlap no turn: a turn is its speaker's words, and a report within it
    (`SMITH: We are not going anywhere. She said the town needs this road.`) is no quote of its own, as
    a report within quotation marks is none; so no two quotes overlap."""
    held = sorted(p for t in turns for p in t.parts)
    starts = [p[0] for p in held]

    def in_turn(rng: tuple[int, int]) -> bool:
        k = bisect.bisect_left(starts, rng[1])   # the turn parts starting before the range ends
        return any(_overlaps(rng, held[i]) for i in range(max(0, k - 2), k))

    return [d for d in drafts if not any(in_turn(p) for p in d.parts)]


def _speaker_mention(text: str, cue: Cue, rng: tuple[int, int]) -> Mention:
    """The mention a cue's speaker at `rng` makes for resolution: for the relative pronoun of
    `the minister, who said`, the noun phrase it stands for; else the words at `rng`."""
    if cue.antecedent is not None and rng == cue.speaker:
        return mention(text, cue.antecedent[0], cue.antecedent[1], None)
    return mention(text, rng[0], rng[1], cue.speaker_head if cue.speaker is not None else None)


MAX_LISTENER_CHARS = 60  # a listener mention longer than this is a misparse's run, not whom one told
_NAME_CHAIN = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]+")
# Capitalised words running up to a point (the name's words before the word a parse hung it on).
_CAPITALS_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}\Z")


# A question's opening word after whom it was put to (`asked the mayor whether ...`; no relative pronoun: `asked
# the man who lives there`): the listener ends before it.
_QUESTION_AFTER_LISTENER = regex.compile(r"\s+(?=(?:%s)\b)" % "|".join(sorted(PLAIN_QUESTION_OPENERS)), regex.IGNORECASE)


def _listener(text: str, cue: Cue, words: Sequence[Word]) -> Mention | None:
    """Whom a cue's verb of telling or asking was said to (`told her`, `asked Ms. Olsen`): its object, a
    name, a noun or `him`/`her`, as a mention for resolution (`Resolver.resolve_by_rule`)."""
    if cue.verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS or not words or cue.verb.index >= len(words):
        return None  # (`pressed her on the figures`: whom a question was put to)
    s = Parsed.of(words)
    k = next((k for k in s.kids[cue.verb.index] if k.deprel in OBJECT_RELS and k.upos in ("PROPN", "NOUN", "PRON")),
             None)
    if k is None or k.upos == "PRON" and k.text.lower() not in ("him", "her"):
        return None
    start, end = s.span(k)
    if (question := _QUESTION_AFTER_LISTENER.search(text, k.end, end)) is not None:
        end = question.start()  # `asked the prime minister whether ...` hung on `minister`: the question is not hers
    if k.upos == "PROPN" and (chain := _NAME_CHAIN.match(text, k.start)) is not None:
        lo = start
        start, end = chain.span()  # `asked Ms. Olsen`: the name's words, however the parse hung them
        for word in regex.finditer(r"\S+", text[start:end]):
            if word.group().endswith(".") and len(word.group()) > 2 \
                    and word.group()[:-1].lower() not in TITLES | HONORIFICS.keys() and start + word.end() < end:
                end = start + word.end() - 1  # `told Ann Ruiz. He left.`: her name ends her sentence
                break
        if (run := _CAPITALS_BEFORE.search(text, lo, start)) is not None:
            start = run.start()  # `asked former Attorney General Eric Holder` hung on `Holder`: his given name too
    return mention(text, start, end, k) if end - start <= MAX_LISTENER_CHARS else None


_HONORIFIC = "(?:" + "|".join(SHORT_HONORIFICS) + ")"  # `Mr`, `Mrs`, `Ms`, `Dr` (lexicon SHORT_HONORIFICS)
_TITLE_BEFORE_NAME = "(?:" + "|".join(SHORT_HONORIFICS + SHORT_OFFICE_TITLES) + ")"  # and `Sen`, `Gov` ...


# A name set off by a comma closing a quotation (`"Go home, Tom,"`, `"Sit down, Mrs. Vale."`): whom it
# addresses, a title or a known given name.
_VOCATIVE = regex.compile(r",\h+((?:" + _HONORIFIC + r"\.?\h+)?\p{Lu}[\p{Ll}'’-]+)[,.!?]*\Z")


# A title and a name opening a quotation, set off by a comma, then the word after it (`"Mrs. Vale, please sit
# down,"`, `"Mr. Hale, where were you?"`).
_OPENING_VOCATIVE = regex.compile(r"(" + _HONORIFIC + r"\.?\h+\p{Lu}[\p{Ll}'’-]+),\h+(\p{L}+)")


# An office one addresses its holder by (lexicon ADDRESS_TITLES), with the surname or alone, opening a
# quotation, set off by a comma, then the word after it (`"Senator Ruiz, your response?"`, `"Senator, ..."`).
_TITLE_VOCATIVE = regex.compile(r"(\p{Lu}\p{Ll}+)(?:\h+(\p{Lu}[\p{Ll}'’-]+))?,\h+(\p{L}+)")

# A name closing the sentence right before a quotation, after a word in lower case (`The moderator turned
# to Ruiz.`): the word before it and the name.
_NAMED_LAST = regex.compile(r"(\p{Ll}+)\h+((?:" + _TITLE_BEFORE_NAME + r"\.\h+)?(?:\p{Lu}[\p{Ll}'’-]+\h+){0,2}"
                            r"\p{Lu}[\p{Ll}'’-]+)\.\h*\Z")


_ADDRESSEE_REACH = 300  # the most characters an office alone (`"Senator, ..."`) looks back for the one it addresses
# After a vocative's comma, words that make it a description's subject, not one addressed (`"Mr. Hale, the
# owner"`, `"Mr. Hale, who"`, `"Mr. Hale, his ..."`); `your` speaks to the one named.
_NO_ADDRESS_AFTER = frozenset(DETERMINERS | RELATIVE_PRONOUNS | POSSESSIVE_PRONOUNS.keys()) - {"your"}
# Before the name closing the sentence before, words that make it a place or a thing, no one turned to
# (`spoke in Ohio.`, `a letter from Ruiz.`).
_NO_ADDRESS_BEFORE = WHERE_PREPOSITIONS | frozenset({"from", "of", "for", "by", "with"})


def _opening_vocative(text: str, part: tuple[int, int]) -> Mention | None:
    """Whom a quotation addresses by title and name at its opening, set off by a comma, when a clause follows,
    not a description of the one named (`"Mrs. Vale, please sit down,"`; not `"Ms. Park, the owner, called"`,
    `"Mr. Hale, who ..."`, `"Mr. Hale, 52, ..."`, nor a list of names: `"Mr. Hale, Ms. Park and I ..."`); an
    office one addresses its holder by counts as a title (`"Senator Ruiz, what now?"`), and `your` after
    it addresses the one named (`"Senator Ruiz, your response?"`); the office alone addresses the one the
    sentence right before, in its paragraph, names at its close after a word in lower case, not a place's
    preposition (`The moderator turned to Ruiz. "Senator, your response?"`: Ruiz), where the quotation asks
    a question or speaks to `you`."""
    m = _OPENING_VOCATIVE.match(text, part[0], part[1])
    t = _TITLE_VOCATIVE.match(text, part[0], part[1]) if m is None else None
    if m is not None:
        after = m.group(2)
    elif t is not None and t.group(1).lower() in ADDRESS_TITLES:
        after = t.group(3)
    else:
        return None
    if after.lower() in _NO_ADDRESS_AFTER \
            or after[:1].isupper() and after != "I":
        return None
    if m is not None:
        return mention(text, m.start(1), m.end(1), None)
    assert t is not None  # narrowed above: an office opened the quotation
    if t.group(2) is not None:
        return mention(text, t.start(1), t.end(2), None)
    said = text[part[0]:part[1]]
    if not (said.rstrip(" ,.\"'”’").endswith("?") or regex.search(r"\byour?\b", said, regex.I)):
        return None
    lo = max(text.rfind("\n", max(0, part[0] - _ADDRESSEE_REACH), part[0]) + 1, part[0] - _ADDRESSEE_REACH)
    named = _NAMED_LAST.search(text[lo:part[0]].rstrip(" \t" + "".join(MARK_CHARS)))
    if named is None or named.group(1) in _NO_ADDRESS_BEFORE:
        return None
    at = lo + named.start(2)
    return mention(text, at, at + len(named.group(2)), None)


# A short lead opening a quotation (`Tell me`, `Look`, `Be honest`), then a title and a name, or a given name,
# set off by commas, then the word after them (`"Tell me, Dr. Ruiz, what happens now?"`).
_MID_VOCATIVE = regex.compile(r"(\p{Lu}[\p{Ll}'’]*(?:\h+\p{Ll}+){0,2}),\h+((?:" + _HONORIFIC + r"\.?\h+)?\p{Lu}[\p{Ll}'’-]+),"
                              r"\h+(\p{L}+)")


def _mid_vocative(text: str, part: tuple[int, int]) -> Mention | None:
    """Whom a quotation addresses by name (a title and a name, or a known given name) set off by commas after
    a short lead opening it, a clause after (`"Tell me, Dr. Ruiz, what happens now?"`, `"Be honest, Tom, did
    you know?"`); not a name in apposition after a description or a phrase of time or place (`"The mayor, Dr.
    Ruiz, agreed"`, `"In May, Ms. Hale, our chair, ..."`: a determiner, a preposition or a possessive about it)."""
    m = _MID_VOCATIVE.match(text, part[0], part[1])
    if m is None:
        return None
    lead, name, after = m.group(1).lower().split(), m.group(2), m.group(3)
    if any(w in DETERMINERS or w in POSSESSIVE_PRONOUNS or w in PREPOSITIONS or w in RELATIVE_PRONOUNS
           for w in lead) \
            or after.lower() in DETERMINERS | RELATIVE_PRONOUNS | POSSESSIVE_PRONOUNS.keys() \
            or after[:1].isupper() and after != "I":
        return None
    if " " not in name and name.lower() not in first_names():
        return None
    return mention(text, m.start(2), m.end(2), None)


def _vocative(text: str, parts: Sequence[tuple[int, int]]) -> Mention | None:
    """Whom a quotation addresses by name at its close (`"Go home, Tom," his wife pleaded.`): the one who
    hears it, as a cue's listener is (`told Tom`), for `listener-replies`; a title and a name, or a given
    name alone (`"We flew to Paris, France."` addresses no one); else by title and name at its opening
    (`_opening_vocative`), or set off after a short lead opening it (`_mid_vocative`)."""
    a, b = parts[-1]
    m = _VOCATIVE.search(text, a, b)
    if m is None:
        return _opening_vocative(text, parts[0]) or _mid_vocative(text, parts[0])
    name = m.group(1)
    if " " not in name and name.lower() not in first_names():
        return None
    return mention(text, m.start(1), m.end(1), None)


def _passive_report(cue: Cue, words: Sequence[Word]) -> bool:
    """`X was asked whether ...`, `I was told that ...`: a cue verb with a passive auxiliary."""
    return any(w.head == cue.verb.index and w.deprel == "aux:pass" for w in words)


def _mixed_clause(text: str, c: Cue, quoted: Sequence[Quoted], quoted_starts: Sequence[int],
                  inside: Inside, cues: Sequence[Cue] = (), words: Sequence[Word] = (),
                  run_on: bool = True) -> list[int] | None:
    """A cue's clause that holds quoted fragments and at least MIN_INDIRECT_WORDS words of its own:
    the indices of the quotations it holds (the clause is one mixed quote), one running on past the
    sentence's end too (`_running_on`; not with `run_on` False); of a tag set within its clause, the words
    after the tag (`_after_tag`)."""
    if c.content is None or inside.contains(c.span[0]):
        return None
    c = _after_tag(text, c, quoted, quoted_starts, inside, words, cues)
    assert c.content is not None   # (the content after the tag, when it takes that)
    lo = bisect.bisect_left(quoted_starts, c.content[0])
    hi = bisect.bisect_left(quoted_starts, c.content[1], lo)
    held = [i for i in range(lo, hi) if quoted[i].end <= _clause_end(text, c, quoted, cues)]
    running = _running_on(text, c, quoted, quoted_starts, cues, words) if run_on else None
    if running is not None:
        held.append(running)
    floor = min(c.span[0], c.content[0])
    titles = {i for i in held if clause_title(text, quoted[i], c, floor)}   # no one's words, nor the clause's
    # words after the last quotation and before a cue that follows are its speaker, not paraphrase,
    # unless the clause ends before the speaker (`"We are horrified" by the attack, Nefzi said`)
    reach = c.content[1]
    if held and c.span[0] >= quoted[held[-1]].end and (c.speaker is None or c.speaker[0] < c.content[1]):
        reach = quoted[held[-1]].end
    # the clause's own words lie outside every quotation, not just those it holds (`"I was going to--"
    # "Stop that now," he said.`: two turns side by side, no words of a clause between them)
    rng = (c.content[0], reach)
    within = [q for i, q in enumerate(quoted) if q.start < rng[1] and q.end > rng[0]
              and (i in held or i in titles or i > 0 and _side_by_side(text, quoted[i - 1], q))]
    if titles.issuperset(held) and not any(w.upos in VERB_UPOS and rng[0] <= w.start and w.end <= rng[1]
                                           and not inside.contains(w.start) for w in words):
        return None  # `said in May on the podcast "..."`: where it was said, no clause reported
    # narration set off by dashes between two quotations (`"please" -- her voice broke -- "just stop."`) breaks
    # one utterance; it is no clause's words
    first, last = max(1, bisect.bisect_left(quoted_starts, rng[0])), bisect.bisect_left(quoted_starts, rng[1])
    broken = [(max(a.end, rng[0]), min(b.start, rng[1])) for a, b in ((quoted[i - 1], quoted[i])
                                                                       for i in range(first, last))
              if _DASH_INTERRUPTION.fullmatch(strip_marks(text[a.end:b.start], " "))]
    if held and _word_count(text, rng) - sum(_word_count(text, (max(q.start, rng[0]), min(q.end, rng[1])))
                                             for q in within) \
            - sum(_word_count(text, gap) for gap in broken if gap[0] < gap[1]) >= MIN_INDIRECT_WORDS:
        return held
    return None


_SET_OFF = ",:;"   # punctuation that sets a quotation off from the words before it: the speaker's own sentence
_AWAITS_TAG = ",:;-\u2013\u2014"   # a quotation's last character that leaves it open for a tag of its own (`...,"` he said)


def _running_on(text: str, c: Cue, quoted: Sequence[Quoted], quoted_starts: Sequence[int],
                cues: Sequence[Cue] = (), words: Sequence[Word] = ()) -> int | None:
    """`He added that the plan should "be judged by its results. It will take years."`: a quotation
    that opens within a cue's clause after the cue, running on from the clause's words (not one set off
    by a comma or colon, `said: "A. B."`, `said of her: "A. B."`, nor one closing on a comma or dash for a
    tag of its own, `described it as "awful. It wears you down," he said`), and goes on past the end of the clause's
    sentence (`words`) is held by the clause too: the mixed quote is the clause and that quotation to its
    end, one part (a part a paragraph, as a quotation's); not where a quotation opens in the sentence
    before the clause (a paraphrase of that one may hold the clause).  Its index, else None."""
    if c.content is None or c.more is not None or not words:
        return None
    end = words[-1].end
    lo = bisect.bisect_left(quoted_starts, c.content[0])
    hi = bisect.bisect_left(quoted_starts, c.content[1], lo)
    if bisect.bisect_left(quoted_starts, words[0].start) < lo:
        return None   # a quotation before the clause: its report may hold the clause (`what he called "A" - saying ...`)
    for i in range(lo, hi):
        q = quoted[i]
        before = rstrip_marks(text[c.content[0]:q.start], " ")
        last = text[q.start:q.end].rstrip()[-1:]
        if q.start < end < q.parts[0][1] and c.span[1] <= q.start and before and before[-1] not in _SET_OFF \
                and last not in _AWAITS_TAG:
            return i
    return None


def _after_tag(text: str, c: Cue, quoted: Sequence[Quoted], quoted_starts: Sequence[int], inside: Inside,
               words: Sequence[Word] = (), cues: Sequence[Cue] = ()) -> Cue:
    """`The budget, the mayor said on Tuesday, is "a bridge to nowhere" and must go.`: a tag set within its
    clause (a subject and its verb, the clause's words before it, `content`, and after it, `more`), with a
    quoted fragment after the tag and none before it: the words after the tag, to the clause's end, are the
    mixed quote (the fronted subject holds no one's quotation; the tag's own words, a time or a place, are
    no part of it).  Not where the words after the tag open with a quotation (`The closure, he said, "came
    out of nowhere."`: the quotation the tag sets off is direct), nor where the clause opens inside a
    quotation or with a subordinator (`If it passes, he said, ...`: the speaker's own clause set first).
    A quoted label before the tag (`The "new" plan, she said, is ...`: `_writers_label`) is no quotation here;
    the writer's aside after the quotation ends the words after the tag (`_AFTER_TAG_CUTS`).
    The cue with the words after the tag as its content; `c` itself otherwise."""
    if c.content is None or c.more is None or c.speaker is None \
            or past_marks(text, c.content[0]) > c.content[0] or inside.contains(c.content[0]) \
            or past_marks(text, c.more[0]) > c.more[0] \
            or text[c.content[0]:c.content[1]].split(maxsplit=1)[0].lower() in SUBORDINATE_OPENERS:
        return c
    lo = bisect.bisect_left(quoted_starts, c.content[0])
    hi = bisect.bisect_left(quoted_starts, c.content[1], lo)
    if any(not _writers_label(text, quoted[i], words) for i in range(lo, hi)):
        return c   # a quotation before the tag: the clause is no mixed quote of the words after it alone
    after = replace(c, content=c.more, more=None)
    for cut in _AFTER_TAG_CUTS:   # the writer's aside after its quotation ends it, as it ends any clause
        after = CUTS.ask(cut, text, after, cues, inside) or after
    return after


# The `cut` rules that end a clause at the writer's words after its quotation, asked again of the words after
# a tag set within a clause (`_after_tag`: `..., she said, had been "neglected," which is why it failed`).
_AFTER_TAG_CUTS = ("onward-report", "comment-after", "dash-aside", "comma-aside", "summary-aside")


def _writers_label(text: str, q: Quoted, words: Sequence[Word]) -> bool:
    """Whether a quotation is a label the writer marks, nobody's words: a short term right before the noun it
    modifies (`the "new" plan`: `_attributive_term`) or a name given a thing (`its "Deep Research" tool`:
    `named_thing`)."""
    return _attributive_term(text, q, words) or named_thing(text, q)


def _mixed_parts(text: str, c: Cue, quoted: Sequence[Quoted], inside: Inside, cues: Sequence[Cue] = (),
                 words: Sequence[Word] = ()) -> list[tuple[int, int]]:
    """The parts of a mixed quote made of a cue's clause: the clause, each quotation closing it held with its
    mark, and a quotation it runs on into, to its end (`_running_on`); of a tag set within its clause, the
    words after the tag (`_after_tag`)."""
    assert c.content is not None
    c = _after_tag(text, c, quoted, [q.start for q in quoted], inside, words, cues)
    assert c.content is not None   # (the content after the tag, when it takes that)
    running = _running_on(text, c, quoted, [q.start for q in quoted], cues, words)
    if running is not None:   # the clause and the quotation it runs on into, to its end
        q = quoted[running]
        return [(c.content[0], q.parts[0][1]), *q.parts[1:]]
    return [(c.content[0], _clause_end(text, c, quoted, cues))]


def _side_by_side(text: str, a: Quoted, b: Quoted) -> bool:
    """Whether quotation `b` opens right after `a` closes, each with marks of its own and only spaces
    between (`"We were--" "Don't,"`): two turns, no clause's words between them."""
    closed = past_marks(text, a.end)
    gap = text[closed:b.start]
    spaces = len(gap) - len(gap.lstrip(" \t"))
    return a.closed and closed > a.end and spaces > 0 and past_marks(text, closed + spaces) == b.start


def _clause_end(text: str, c: Cue, quoted: Sequence[Quoted], cues: Sequence[Cue] = ()) -> int:
    """Where a cue's clause ends, with the punctuation that closes a quotation at its last word
    (`According to the filing, the deal was "a trap for the town."`: the full stop inside the marks
    belongs to the quotation the clause holds, though a clause ends at its last word; `would not
    support "another blank check" and ...`: so does the closing mark of one ending at that word)."""
    assert c.content is not None
    end = stop = c.content[1]
    stop = past_marks(text, stop, _CLOSING_RUN)
    stop -= len(text[end:stop]) - len(text[end:stop].rstrip(_CLOSING_RUN))  # `'fight on'.`: the stop after
    stop = max(stop, end)  # the closing mark is the sentence's, not the quotation's
    lo = bisect.bisect_left(quoted, c.content[0], key=lambda q: q.start)   # in order: find_quoted sorts them
    hi = bisect.bisect_left(quoted, end, lo, key=lambda q: q.start)
    held = any(end <= q.end <= stop and _within_clause(text, c, q, cues) for q in quoted[lo:hi])
    return stop if held else end


def _within_clause(text: str, c: Cue, q: Quoted, cues: Sequence[Cue]) -> bool:
    """Whether a quotation closing a cue's clause is part of what the cue reports: one that runs on
    from the clause's words (`the deal was "a trap"`), or one set off by a comma or colon for another
    report within the clause (`he said he recalls what his father told him: "..."`); one the cue
    itself sets off (`told reporters, "We lost."`) is its own utterance, not a fragment of a clause.
    With the cue after the quotation, only one holding another report (`He said it was "...," the
    Gazette reported`): a plain `X may be "...," Y said` is the `lead-in` rule's; not a cue word that
    reports nothing and names no one (`said in an emailed statement: "..."`: an adjective of the noun)."""
    assert c.content is not None
    inner = any(o is not c and c.content[0] <= o.span[0] and o.span[1] <= q.start
                and (o.content is not None or o.speaker is not None) for o in cues)
    before = rstrip_marks(text[c.content[0]:q.start], " ")
    return inner or (bool(before) and before[-1] not in ",:" and c.span[0] < q.start)


# A reporting verb closing its line with a colon (`Officials said:`), and a line of the block after it: a
# list's bullet or not, opening with a capital, to its line's end (its closing stop apart)
_COLON_LINE_END = regex.compile(r":\h*\n")
_BLOCK_LINE = regex.compile(r"\h*([-*–" + "".join(sorted(BULLET_GLYPHS)) + r"]\h+)?(\p{Lu}[^\n]*?)[.!?;]?\h*(?=\n|\Z)")
_BLANK_LINES = regex.compile(r"(?:\h*\n)+")
# The words a cue that reports nothing on its line may have before its colon: whom it told and how or where
# (`He told BBC Radio 4's Today programme:`, `Lee said in a statement:`), up to COLON_PHRASE_CHARS characters,
# no stop nor colon among them (nor a quotation: `_colon_block`).
COLON_PHRASE_CHARS = 60
_COLON_AFTER_PHRASE = regex.compile(r"\h+[^\n:.!?;]{1,%d}?:\h*\n" % COLON_PHRASE_CHARS)


def _colon_block(text: str, c: Cue, inside: Inside, cue_starts: Sequence[int]) -> list[tuple[int, int]] | None:
    """`Officials said:` / `- The bridge will close on Monday.` / `- Buses will replace trains.`: a finite
    reporting verb after its subject, closing its line with a colon and reporting nothing on it, reports
    the block of lines after it, one part a line (its closing stop apart): the list its bullets open (blank
    lines between them too) or, with no bullet, the lines up to the next blank one.  Each line is a plain
    sentence of MIN_INDIRECT_WORDS words at least opening with a capital, holding no quotation (the
    quotation's own rules read those) and no cue with a speaker and a content of its own (another report:
    `Buses will run, the mayor said.`; not `Coverage will continue.`, a verb that may tag a quote)."""
    if (c.content is not None and c.content[1] > c.span[0]) or c.speaker is None or c.speaker[1] > c.span[0] \
            or c.verb.xpos not in FINITE_TAGS:
        return None   # (a content before the cue is a phrase of its time the parse took: `last July, he said:`)
    m = _COLON_LINE_END.match(text, c.span[1])
    if m is None and c.content is None:   # `He told BBC Radio 4's Today programme:`: its listener and phrases
        m = _COLON_AFTER_PHRASE.match(text, c.span[1])
        later = bisect.bisect_right(cue_starts, c.span[0])
        if m is not None and later < len(cue_starts) and cue_starts[later] < m.end():
            m = None   # (another report before the colon: `Lee told reporters the mayor said:`)
        if m is not None and inside.overlaps((c.span[1], m.start() + len(m.group().rstrip()))):
            m = None   # (a quotation before the colon: a title, `told "News Hour":`, its own rules read)
    if m is None:
        return None
    pos = _BLANK_LINES.match(text, m.end() - 1).end()
    parts: list[tuple[int, int]] = []
    bulleted: bool | None = None
    while pos < len(text):
        line = _BLOCK_LINE.match(text, pos)
        if line is None or (bulleted is not None and bulleted != (line.group(1) is not None)):
            break
        bulleted = line.group(1) is not None
        rng = line.span(2)
        cue = bisect.bisect_left(cue_starts, rng[0])
        if _word_count(text, rng) < MIN_INDIRECT_WORDS or inside.overlaps(rng) \
                or (cue < len(cue_starts) and cue_starts[cue] < rng[1]):
            break
        parts.append(rng)
        blank = _BLANK_LINES.match(text, line.end())
        if blank is None or (not bulleted and blank.end() - blank.start() > 1):
            break
        pos = blank.end()
    return parts or None


def _content_rule(c: Cue) -> dict[str, str]:
    """For a quote made of a cue's content: the `content` rule that found it, by stage."""
    return ({"content": c.content_rule} if c.content_rule is not None else {}) | (
        {"cut": c.cut_rule} if c.cut_rule is not None else {})


def _indirect_clause(text: str, c: Cue, inside: Inside, parses: Mapping[int, Sequence[Word]]
                     ) -> list[tuple[int, int]] | None:
    """A cue's clause outside quotations, of at least MIN_INDIRECT_WORDS words, with a speaker or a
    passive cue: its parts (the clause, and its continuation after a reporting clause set within it)."""
    parts = _clause_parts(text, c, inside, parses[c.sentence]) or _elided_clause(text, c, inside, parses[c.sentence])
    if parts is None:
        return None
    # With no speaker, a clause is mostly a misparse, or context (`Asked whether ..., X said`);
    # but `X was asked whether ...`, `it was widely reported that ...` report words with no
    # one named to have said them (PolNeAR train annotates those, with no source); so does `The jury
    # heard that ...` (`hearing-heard`: its subject is the listener), `It is understood that ...`.
    if c.speaker is None and not _passive_report(c, parses[c.sentence]) and c.rule not in ("hearing-heard", "it-is-understood"):
        return None
    return parts


def _clause_after_tag(text: str, c: Cue, q: Quoted) -> bool | None:
    """`'Trains will run on time': mayor vows to end delays`: a cue tagging a quotation that a colon or a dash
    closes before it, with a clause of its own after it (not a noun it reports, NOUN_CONTENTS), reports that
    clause as well (a headline's claim and its report); True then."""
    if c.content is None or q.end > c.span[0] or c.content[0] < c.span[1] or c.content_rule in NOUN_CONTENTS:
        return None  # (`warns of more cuts`, `stressed the word`: an object, no clause)
    between = strip_marks(text[q.end:c.span[0]], " ")
    return True if between.startswith((":",) + tuple(BREAK_DASHES)) else None


def dialogue_line(text: str, content: tuple[int, int], tag: int) -> bool:
    """Whether the words in `content` open their line right after a quotation dash (lexicon QUOTATION_DASHES) and
    end at the one comma, question or exclamation mark before the tag at `tag`: a line of dialogue.

    >>> t = "\u2014 We will not go back, said the minister."
    >>> dialogue_line(t, (2, 21), 23), dialogue_line(t[2:], (0, 19), 21)
    (True, False)
    """
    start, end = content
    lead = text[text.rfind("\n", 0, start) + 1:start].strip()
    return lead in QUOTATION_DASHES and text[end:tag].strip() in (",", "?", "!")


def _dash_line(text: str, c: Cue, parts: Sequence[tuple[int, int]]) -> bool | None:
    """`\u2014 We will not go back, said the minister.`: a reported clause of one part that is a line of dialogue
    before its cue's tag (`dialogue_line`; the tag opens at its speaker when that comes first: `, he replied.`)
    is the speaker's words: a direct quote; True then."""
    tag = min(c.span[0], c.speaker[0]) if c.speaker is not None else c.span[0]   # (`, the commander said.`)
    return True if len(parts) == 1 and parts[0][1] <= tag and dialogue_line(text, parts[0], tag) else None


def _elided_clause(text: str, c: Cue, inside: Inside, words: Sequence[Word]) -> list[tuple[int, int]] | None:
    """`as she said she would`, `he said it could`: a reported clause of two words, a subject
    pronoun and a modal or tensed auxiliary whose verb is left out (said before), is a clause all
    the same; and so is a subject (noun, name or pronoun) and the tensed verb it is the subject of
    (`The firm said sales fell`, `Police said Lee confessed`, `said nobody died`): a whole clause, however short.  Its one part."""
    if c.content is None or c.more is not None or inside.contains(c.span[0]) or inside.overlaps(c.content):
        return None
    own = [w for w in words if c.content[0] <= w.start and w.end <= c.content[1] and w.upos != "PUNCT"]
    if len(own) != 2 or own[1].xpos not in FINITE_TAGS:
        return None
    if own[0].upos == "PRON" and own[1].upos == "AUX" or _noun_and_its_verb(c, words, _quoting(text, inside, words), *own):
        return [c.content]
    return None


def _quoting(text: str, inside: Inside, words: Sequence[Word]) -> bool:
    """Whether a quotation stands in a sentence (`words`) or closes right before it, only spaces between
    (`"... mean? " Clinton asked, according to ...`, split after the question): a tag's words are there."""
    start = words[0].start
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return inside.overlaps((max(0, start - 1), words[-1].end))


_GAP_OPENERS = RELATIVE_PRONOUNS | {"what", "whatever"}  # `what X said she expected`: the clause's object stands before


def _noun_and_its_verb(c: Cue, words: Sequence[Word], quoting: bool, subject: Word, verb: Word) -> bool:
    """Whether two words are a clause of their own: a noun, name or pronoun that is the subject of
    the verb after it, which ends the clause (punctuation, a conjunction or nothing after it: `sales
    fell`, `nobody died`; a lower-case `-s` word before a past verb is a plural noun whatever its tag:
    `concedes sales fell`); not a verb of saying in a sentence holding a quotation or right after one (its words are
    there: `"...?" Lee asked, according to X`; with none, `Police said Lee confessed` reports the
    confession), nor `they believe` with
    what they believe cut off after it, nor a clause whose object the relative or `what` before the
    cue's speaker stands for (`what Ann said she expected`)."""
    plural = subject.xpos == "VBZ" and subject.text.islower() and subject.text.endswith("s") \
        and verb.xpos == "VBD" and verb.head == subject.index  # `concedes sales fell`, `sales` taken for a verb
    if not (plural or subject.upos in ("NOUN", "PROPN", "PRON") and verb.upos == "VERB" and subject.head == verb.index
            and subject.deprel.split(":")[0] == "nsubj") \
            or verb.lemma in cue_lemmas() and quoting:
        return False  # `"...?" Lee asked, according to X`: a verb of saying's own report stands elsewhere
    after = next((w for w in words if w.start >= verb.end), None)
    if after is not None and after.upos not in ("PUNCT", "CCONJ"):
        return False
    before = [w for w in words if c.speaker is not None and w.end <= c.speaker[0]]
    return not (before and before[-1].text.lower() in _GAP_OPENERS)


def _clause_parts(text: str, c: Cue, inside: Inside, words: Sequence[Word]) -> list[tuple[int, int]] | None:
    """A cue's reported clause outside quotations, of at least MIN_INDIRECT_WORDS words (a noun
    phrase: MIN_OBJECT_WORDS): its parts, else None; a label the writer marks in the words before a tag set
    within the clause is no quotation (`The "new" plan, she said, would cost more`: `_writers_label`).
    `words`: the cue's sentence."""
    if c.content is None or inside.contains(c.span[0]):
        return None
    parts = [c.content] if c.more is None else [c.content, c.more]
    least = 1 if c.content_rule in ANSWER_CONTENTS or (c.content_rule in NOUN_CONTENTS and c.verb.lemma == "mention" and _a_name(text, parts)) \
        else MIN_OBJECT_WORDS if c.content_rule in NOUN_CONTENTS else HEADLINE_CLAIM_WORDS \
        if c.content_rule in HEADLINE_CONTENTS else MIN_INDIRECT_WORDS  # (its rule checks the headline's verb)
    if any((verbs is None or c.verb.lemma in verbs) and c.content_rule in rules and _bare_message(text, parts)
           and noun(text, c, words) for verbs, rules, noun in _BARE_NOUN_REPORTS):
        least = 1  # `has denied wrongdoing`, `urged restraint`, `called for calm`, `hit back at critics`
    if c.verb.lemma in BARE_NOUN_DENIALS and c.content_rule == "gerund" \
            and text[c.content[0]:c.content[1]].split(maxsplit=1)[0].endswith("ing") and _not_passive(text, c, words):
        least = min(least, MIN_OBJECT_WORDS)  # `has denied targeting civilians`: the act denied, with its object
    if any(inside.overlaps(p) for p in parts[1:]) or sum(_word_count(text, p) for p in parts) < least \
            or c.content_rule == "rest-of-sentence" and _time_participle_only(parts[0], words):
        return None
    if inside.overlaps(parts[0]) and (c.more is None or not all(
            _writers_label(text, Quoted((r,), True, inside.double), words)
            for r in inside.ranges if r[0] < parts[0][1] and r[1] > parts[0][0])):
        return None   # (`The "new" plan, she said, would cost more`: a label the writer marks before the tag)
    return parts


# a form of `be` or `get` (and an adverb) right before a cue: a passive (`was denied bail`, `were flatly denied`);
# searched from the cue's sentence's start, not the document's
_PASSIVE_BEFORE = regex.compile(r"\b(?:" + "|".join(sorted(BE_FORMS | GET_FORMS)) + r")\s+(?:\w+ly\s+)?\Z",
                                regex.IGNORECASE)


def _not_passive(text: str, c: Cue, words: Sequence[Word]) -> bool:
    """Whether no form of `be` or `get` stands right before cue `c` in its sentence (`words`, `_PASSIVE_BEFORE`):
    `has denied wrongdoing` reports, `was denied bail` withholds from the subject."""
    return not _PASSIVE_BEFORE.search(text, words[0].start, c.span[0])


def _one_thing_or_conduct(text: str, c: Cue, words: Sequence[Word]) -> bool:
    """Whether a cue's one-word object is no bare plural nor a group of people (lexicon GROUP_NOUNS): `urged
    restraint` names the conduct urged; `urged voters`, `urged police` name those told."""
    noun = text[c.content[0]:c.content[1]] if c.content is not None else ""
    return not noun.endswith("s") and noun not in GROUP_NOUNS


def _plural_object(text: str, c: Cue, words: Sequence[Word]) -> bool:
    """Whether a cue's object opens with a plural noun (`hit back at critics`; not `hit out at sea`)."""
    return c.content is not None and any(w.xpos == "NNS" and w.start == c.content[0] for w in words)


def _any_noun(text: str, c: Cue, words: Sequence[Word]) -> bool:
    """Any bare noun (`called for calm`: `call-for` reads no passive nor a person told)."""
    return True


# The reports whose message one bare common noun names in full (`_bare_message`), so that one word is enough:
# (its cues' lemmas, None for any; its content rules; a test of the noun and the cue, with the cue's sentence).
# `has denied wrongdoing` (with `wrongdoing` a noun or taken for a gerund; not `was denied bail`), `The UN urged
# restraint` (not `urged voters`), `The bishop called for calm`, `The mayor hit back at critics` (those criticised).
_BARE_NOUN_REPORTS: tuple[tuple[frozenset[str] | None, tuple[str, ...], Callable[[str, Cue, Sequence[Word]], bool]], ...] = (
    (BARE_NOUN_DENIALS, ("reported-object", "gerund"), _not_passive),
    (BARE_NOUN_DEMANDS, ("reported-object",), _one_thing_or_conduct),
    (None, ("call-for",), _any_noun),
    (BARE_TARGET_CRITICISMS, ("reported-object",), _plural_object),
)


def _time_participle_only(content: tuple[int, int], words: Sequence[Word]) -> bool:
    """Whether what follows a cue is only a subordinator of time or circumstance and an `-ing` phrase, with no
    finite verb but in a relative clause (`The mayor said while addressing a rally that drew thousands.`): it
    tells when the words were said, and reports none of them.  `words`: the cue's sentence."""
    held = [w for w in words if content[0] <= w.start and w.end <= content[1]]
    return len(held) > 1 and held[0].text.lower() in TIME_SUBORDINATORS | CIRCUMSTANCE_OPENERS \
        and held[1].text.islower() and held[1].text.endswith("ing") \
        and all(w.xpos not in FINITE_TAGS or held[i - 1].text.lower() in RELATIVE_PRONOUNS
                for i, w in enumerate(held) if i > 0)


def _bare_message(text: str, parts: Sequence[tuple[int, int]]) -> bool:
    """Whether a reported noun phrase is one bare common noun (`denied wrongdoing`, `demanded answers`):
    a message named in a word, not a pronoun standing for one (`denied it`)."""
    words = [w for a, b in parts for w in text[a:b].split()]
    return len(words) == 1 and words[0].isalpha() and words[0].islower() and words[0] not in BARE_NOT_MESSAGES \
        and words[0] not in WITHHELD_GRANTS


def _a_name(text: str, parts: Sequence[tuple[int, int]]) -> bool:
    """Whether a reported noun phrase is a name, every word capitalised (`never mentioned Lee`): one
    word names someone as fully as two."""
    words = [w for a, b in parts for w in text[a:b].split()]
    return bool(words) and all(w[:1].isupper() for w in words)


# `Read more: Mayor says bridge will reopen`: a link label (lexicon LINK_LABELS) and its colon opening a line.
_LINK_LABEL_OPENING = regex.compile(r"[ \t]*(?i:" + "|".join(regex.escape(label).replace("'", "['’]")
                                                              for label in sorted(LINK_LABELS, key=len, reverse=True))
                                    + r")[ \t]*:")


def _link_text(text: str, sentence: Sentence, cues: Sequence[Cue]) -> bool:
    """`Related: Ruiz says the budget is broken`: a sentence on a line that a link label and its colon open
    is the headline of another article, a link's text: its cues report nobody's words in this one.  Not
    where a cue with its own speaker is in the past tense (`WATCH: "We will be back," Ruiz said.`): a
    headline reports in the present, so that is the story's narration, a report under the label."""
    if any(narrated_cue(c) for c in cues):
        return False
    return bool(_LINK_LABEL_OPENING.match(text, text.rfind("\n", 0, sentence.start) + 1, sentence.end))


def _caption_text(text: str, sentence: Sentence) -> bool:
    """`Ann Ruiz said the vote was "a disgrace". Photo: Tom Vale`: a sentence on a photo caption's line
    (`caption_credit`) tells what the picture shows: its cues report nobody's words in the story."""
    return caption_credit(text, sentence.start)


def _question_asked(text: str, c: Cue, inside: Inside, parses: Mapping[int, Sequence[Word]]
                    ) -> list[tuple[int, int]] | None:
    """`Asked whether the tax would rise, the minister said ...`, `Asked about the tax, ...`: a bare
    participle of `ask` puts a question whose asker goes unnamed; the question (from its `whether`,
    `if` or question word) or its topic (after `about`) is a report with no speaker."""
    if c.speaker is not None or not asked_participle(c.verb) or c.content is None:
        return None
    if c.content_rule != "bare-asked" and any(w.head == c.verb.index and w.deprel in ("nsubj", "nsubj:pass", "aux",
                                                                                  "aux:pass")
                                              for w in parses[c.sentence]):
        return None  # `She asked whether ...` with its subject missed, `has asked`: not a bare participle
        # (`bare-asked` has read that from the words)
    opener = text[c.content[0]:c.content[1]].split(maxsplit=1)
    # the word before the question (`about`), read from the cue on: `asked` stands between them
    before = text[c.span[0] if c.span[0] < c.content[0] else 0:c.content[0]].split()[-1:]
    if not (opener and opener[0].lower() in QUESTION_OPENERS) and [w.lower() for w in before] != ["about"] \
            and c.content_rule != "bare-asked":
        return None
    return _clause_parts(text, c, inside, parses[c.sentence])


# what sets a side clause off, then the words that open it, right before its subject (`, to which`,
# `, at which point`, `, when`, ` and`): the opener, in group 1, is checked against SIDE_CLAUSE_OPENERS
_SIDE_OPENING = regex.compile(r"(?:[,;\u2014\u2013]|--|\s(?=(?:and|but)\s))\s*(?:(?:to|at|in|on|by|for|with|from|of)\s+)?"
                              r"(\w+)(?:\s+point)?\s+\Z", regex.IGNORECASE)
# `, who called it ...` set off after a reported clause: a relative pronoun that is the side clause's subject
_SIDE_RELATIVE = regex.compile(r"(?:[,;\u2014\u2013]|--)\s*\Z")
# `said A; her rival said B`: a semicolon right before the other report's speaker ends the first report
_SEMICOLON_BEFORE = regex.compile(r";\s*\Z")
# `wrote after Ruiz argued that ...`: a subordinator right before the other report's subject (checked against
# SIDE_SUBORDINATORS), and the words of the clause before it (which must be none)
_SIDE_SUBORDINATE = regex.compile(r"(?:\A|\s)(\w+)\s+\Z")


def _aside_closes(text: str, start: int, end: int, inside: Inside) -> bool:
    """Whether a comma, semicolon or dash outside quotations between `start` and `end` is followed by
    more words outside quotations before `end`: a side clause closed there, the first clause going on."""
    for k in range(start, end):
        if text[k] in ",;\u2014\u2013" and not inside.contains(k) and not mark_ends(text, k + 1):  # not `&ldquo;`
            j = k + 1
            while j < end:  # past spaces and quotation marks
                after = past_marks(text, j)
                if after == j and not text[j].isspace():
                    break
                j = max(j + 1, after)
            if j < end and not inside.contains(j):
                return True
    return False


def _clause_after(c: Cue) -> tuple[int, int] | None:
    """The clause a cut rule may shorten: the cue's one content range, after the cue (none split in two
    parts, none before it)."""
    if c.content is None or c.more is not None or c.content[0] < c.span[1]:
        return None
    return c.content


def _quoted_clause(c: Cue, inside: Inside) -> tuple[int, int, int] | None:
    """The clause a cut rule may shorten (`_clause_after`) when a quotation stands in it: its start, its end
    and the first character in it inside a quotation; else None."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    quoted = next((k for k in range(a, b) if inside.contains(k)), None)
    return None if quoted is None else (a, b, quoted)


def _before_comma(text: str, a: int, end: int) -> int:
    """`end` moved back past spaces and commas, not before `a`: where a cut clause stops."""
    while end > a and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


def _cut_before(text: str, c: Cue, a: int, end: int, rule: str) -> Cue | None:
    """Cue `c` with its clause, from `a`, cut before `end` and the spaces before it, recorded as `rule`;
    None when nothing is left (`The treasurer, who has denied wrongdoing, faces trial`: `relative-aside-close`
    cuts `denied wrongdoing` at the comma before `faces`)."""
    while end > a and text[end - 1].isspace():
        end -= 1
    if end <= a:
        return None
    return replace(c, content=(a, end), cut_rule=rule)


def _cut_report(text: str, c: Cue, a: int, end: int, rule: str) -> Cue | None:
    """Cue `c` with its clause, from `a`, cut at `end`, recorded as `rule`; None when fewer than
    MIN_INDIRECT_WORDS words are left, too few to report anything (`The bureau said that more rain was
    expected, and warned ...`: `joined-report` keeps `that more rain was expected`)."""
    if _word_count(text, (a, end)) < MIN_INDIRECT_WORDS:
        return None
    return replace(c, content=(a, end), cut_rule=rule)


def _bracket_close(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The mayor (who said last week that the bridge was safe) now faces questions`: a cue set within brackets,
    its clause opening there too, reports nothing past the closing bracket (`bracket_close`), whatever the
    content rule ran on over: the writer's sentence goes on outside them.  The cue with its clause cut at that
    bracket; None when its clause stays within them (or a quotation holds the bracket)."""
    if c.content is None:
        return None
    a, b = c.content
    close = bracket_close(text, min(a, c.span[0]), a, b)
    if close is None or inside.contains(close):
        return None
    return _cut_report(text, c, a, a + len(text[a:close].rstrip()), "bracket-close")


_SPEAKER_TAIL_WORDS = 8  # the longest description set off after a speaker that `_speaker_phrase_cut` passes over


def _speaker_phrase_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The plant will close, Sen. Tom Vale (D-Ore.) said.`, `..., Tom Vale, 52, said.`: a clause reported
    before its cue that runs on past a comma (or dash) into the cue's own speaker (a name and a short
    description set off after it, however the parse hung them) ends before that comma: the speaker says
    it, and is no part of it."""
    if c.content is None or c.speaker is None:
        return None
    a, b = c.content
    start, stop = c.speaker
    if not (a < start < b <= c.span[0]) or inside.overlaps((a, c.span[0])) or text[b:c.span[0]].strip(" ,.)") \
            or text[start:stop].lower() in RELATIVE_PRONOUNS:
        return None
    tail = text[stop:b].strip()  # the speaker's own description, set off after it, at most
    if tail and (tail[0] not in ",(" or "," in tail[1:] or len(tail.split()) > _SPEAKER_TAIL_WORDS
                 or tail[1:].split()[0].lower() in RELATIVE_PRONOUNS):
        return None
    before = text[a:start].rstrip()
    if not before.endswith((",", "\u2014", "\u2013", "--")):
        return None
    end = _before_comma(text, a, a + len(before.rstrip(",\u2014\u2013-")))
    return _cut_report(text, c, a, end, "speaker-phrase")


def _side_report(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The mayor said she backed the bill, which her rival called "a gift to developers."`: a report
    whose clause, after the cue, runs on into a side clause (relative, of time, or coordinated) holding
    another report with a subject of its own ends before that side clause, which is its own report
    (`The mayor said the bill was sound and her rival called it "a gift."` too).  The cue with its
    clause cut there; None when no other report stands in its clause, or it stands in an aside closed
    before the clause goes on."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    cuts = []
    subordinate = b + 1   # the cut before a subordinator opening the clause (`_subordinate_report`), if any
    for o in cues:
        if o is c or o.speaker is None or o.speaker == c.speaker or not a < o.speaker[0] < o.speaker[1] <= o.span[0]:
            continue
        before = text[a:o.speaker[0]]
        semicolon = _SEMICOLON_BEFORE.search(before)  # `said A; her rival, who ..., said B`: a clause of its own
        if o.span[0] >= b:  # the clause ending inside that speaker's aside
            if semicolon is not None:
                cuts.append(a + semicolon.start())
            continue
        if _aside_closes(text, o.span[1], b, inside):
            continue  # `said the plan, which Lee called a trap, had failed`: an aside within the report
        m = _SIDE_OPENING.search(before)
        if m is not None and m.group(1).lower() in SIDE_CLAUSE_OPENERS:
            cuts.append(a + m.start())
        elif relative_pronoun(text[o.speaker[0]:o.speaker[1]]) and _SIDE_RELATIVE.search(before):
            cuts.append(a + _SIDE_RELATIVE.search(before).start())
        elif semicolon is not None:
            cuts.append(a + semicolon.start())
        elif (sub := _subordinate_report(text, a, before, o, b, inside)) is not None:
            cuts.append(sub)
            subordinate = min(subordinate, sub)
    if not cuts:
        return None
    end = min(cuts)
    if end == subordinate:   # `wrote after Ruiz argued ...`: nothing is left to report, and the quotation is not its
        return replace(c, content=None, cut_rule="side-report")
    while end > a and (text[end - 1].isspace() or text[end - 1] in ",;" and not mark_ends(text, end)):
        end -= 1
    return _cut_report(text, c, a, end, "side-report")


def _subordinate_report(text: str, a: int, before: str, o: Cue, b: int, inside: Inside) -> int | None:
    """`Lee wrote after Ruiz argued that the plan "would fail"`: where a subordinator (lexicon SIDE_SUBORDINATORS)
    opens the first report's clause, right after its cue, and stands right before the subject of another report
    whose own clause holds a quotation, the clause of time or cause is the writer's and the quotation that
    report's: the first report ends there, with nothing of its own; not where words come before the subordinator
    (`said that after Ruiz argued ..., the council voted`, `said the council would wait until ...`: the clause
    may lie within what was reported), nor within a quotation.  The cut's position, or None."""
    m = _SIDE_SUBORDINATE.search(before)
    if m is None or m.group(1).lower() not in SIDE_SUBORDINATORS or inside.overlaps((a + m.start(1), o.span[1])) \
            or before[:m.start()].strip(" ,") or not inside.overlaps((o.span[1], b)):
        return None   # (a subordinator or cue within a quotation is its speaker's words: `"... when I said ..."`)
    return a + m.start(1)


def _relative_before_main(text: str, c: Cue, cues: Sequence[Cue], inside: Inside, words: Sequence[Word]) -> Cue | None:
    """`A doctor who said he had treated dozens told the BBC ...`: a report in a relative clause (its speaker the
    relative pronoun, standing for a noun before it) whose clause runs on into another cue, one with no subject
    of its own (a finite verb, not after `and`, `but`, `or` or a comma: `who said A and told B` is the clause's
    own next report) or whose speaker runs over this cue (the noun and its clause), ends before that cue: the
    noun's main verb, which closes the relative clause.  The cue with its clause cut there (none at all where
    the rest of its sentence was all it had and no finite verb is left: `The writer who wrote the speech says
    ...`); else None."""
    clause = _clause_after(c)
    if clause is None or c.speaker is None or c.antecedent is None \
            or text[c.speaker[0]:c.speaker[1]].lower() not in RELATIVE_PRONOUNS:
        return None
    a, b = clause
    for o in sorted(cues, key=lambda o: o.span[0]):
        if o is c or not a < o.span[0] < b or inside.contains(o.span[0]):
            continue
        covers = o.speaker is not None and o.speaker[0] <= c.antecedent[0] and c.span[1] <= o.speaker[1] <= o.span[0]
        bare = o.speaker is None and o.verb.xpos in FINITE_TAGS and not _JOINED_OR_SET_OFF.search(text, a, o.span[0])
        if not (covers or bare):
            continue
        end = o.span[0]
        while end > a and text[end - 1].isspace():
            end -= 1
        if c.content_rule == "rest-of-sentence" and not any(a <= w.start < end and w.xpos in FINITE_TAGS for w in words):
            return replace(c, content=None, cut_rule="relative-before-main")  # `who wrote the speech says ...`:
            # what is left of the rest of its sentence is no clause, nothing reported
        return _cut_report(text, c, a, end, "relative-before-main")
    return None


# `content` rules that report a noun phrase, an `-ing` clause or an infinitive, not a finite clause (whose end
# the parse and `relative-before-main` give): `denied the charges`, `denied taking the money`
_PHRASE_CONTENTS = NOUN_CONTENTS | frozenset({"gerund", "preposition-gerund", "charge-object", "infinitive"})


def _relative_aside_close(text: str, c: Cue, cues: Sequence[Cue], inside: Inside, words: Sequence[Word]) -> Cue | None:
    """`The treasurer, who has denied wrongdoing, faces trial in May`: a report of a noun phrase, an `-ing` clause or
    an infinitive (`_PHRASE_CONTENTS`) in a relative clause set off by a
    comma after the noun phrase opening its sentence (no finite verb before it) ends at the comma that closes the
    clause, before that noun's own verb: the last comma in the clause (outside quotations) with a verb after it,
    past any adverbs, tagged finite or a past participle, or a bare plural-looking word in `-s` the tagger took
    for a noun (a plural noun cannot stand there, after a subject whose noun came first: `faces`, `denies`).
    The cue with its clause cut there; else None."""
    clause = _clause_after(c)
    if clause is None or c.speaker is None or c.antecedent is None or c.content_rule not in _PHRASE_CONTENTS \
            or text[c.speaker[0]:c.speaker[1]].lower() not in SET_OFF_RELATIVES \
            or not text[:c.speaker[0]].rstrip().endswith(","):
        return None
    if any(w.end <= c.speaker[0] and w.xpos in FINITE_TAGS for w in words):
        return None  # `He thanked Lee, who said ...`: the clause closes its sentence, no verb of the noun after it
    a, b = clause
    inner = [i for i, w in enumerate(words) if a < w.start < b and w.text == "," and not inside.contains(w.start)]
    for i in reversed(inner):
        k = i + 1
        while k < len(words) and words[k].upos == "ADV":
            k += 1  # `, later resigned`
        if k >= len(words) or not _predicate_opening(words[k]):
            continue
        return _cut_before(text, c, a, words[i].start, "relative-aside-close")
    return None


def _main_clause_close(text: str, c: Cue, cues: Sequence[Cue], inside: Inside, words: Sequence[Word]) -> Cue | None:
    """`Even as neighbours complained the noise was unbearable, the club stayed open`, `As for critics who
    claim the water is unsafe, the mayor said ...`: a cue within a clause set before the main clause, whose
    verb comes after the cue, reports no further than the break (a comma, or a dash set off by spaces) after
    which every word up to that verb is the main clause's, its subject among them, outside quotations: what
    follows is the writer's main clause, not what was said, whatever the content rule gave the cue.  The
    clause is one the words mark as set before its main clause (`_fronted_before_main`); `or not` closing a
    `whether` clause is its alternative, not what was said (`Whether he admits it or not, ...`).  A quotation closing
    right after that comma closes with it (`When critics said it was "reckless," the mayor ...`).  The cue
    with its clause cut there; else None."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    s = Parsed.of(words)
    v = words[c.verb.index]
    chain = [v]
    while chain[-1].head >= 0 and words[chain[-1].head].index < v.index:
        chain.append(words[chain[-1].head])
    if chain[-1].head < 0 or not _fronted_before_main(s, v, chain):
        return None
    branch, main = chain[-1], words[chain[-1].head]
    own = {w.index for w in s.subtree(branch) if w.upos != "PUNCT"}
    for k in range(v.index + 1, main.index):
        w = words[k]
        if w.start <= a or w.start >= b or not (w.text == "," or (w.text in BREAK_DASHES and words[k - 1].end < w.start)):
            continue
        end = w.start
        if inside.contains(w.start):
            end = past_marks(text, w.end, closing=True) if w.text == "," else w.end
            if end == w.end:
                continue  # a break within a quotation, which goes on
        if any(j in own for j in range(k + 1, main.index)):
            continue
        if not branch.deprel.startswith("nsubj") and not any(
                x.deprel in _MAIN_SUBJECTS and k < x.index < main.index for x in s.kids[main.index]):
            return None  # `said that the two men, and Lee in particular, must do more`: no subject of its own after
            # the break, so no main clause: the parse's mistake within what was said
        alternative = len(WHETHER_ALTERNATIVE)
        if k - alternative > v.index and tuple(x.text.lower() for x in words[k - alternative:k]) == WHETHER_ALTERNATIVE \
                and any(x.text.lower() == "whether" for x in words[:v.index]):
            end = words[k - alternative].start  # `Whether he admits it or not, ...`: `or not` is the alternative's
        if inside.overlaps((a, end)) and sum(a <= x.start < end and x.upos != "PUNCT" and not inside.contains(x.start)
                                             for x in words) < MIN_INDIRECT_WORDS:
            return None  # `claimed that "..."`: a quotation the cue gives nearly whole, no clause cut short
        return _cut_before(text, c, a, end, "main-clause-close")  # `said it was "reckless,"`: the quotation
        # closing on the comma closes with the clause
    return None


# the relations of a main clause's own subject to its verb
_MAIN_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl", "csubj"})


def _fronted_before_main(s: Parsed, v: Word, chain: Sequence[Word]) -> bool:
    """Whether the clause of cue `v`, up the words `chain` from it to the one that hangs from a word after
    it, is marked in its words as set before a main clause: opened before the cue by a subordinating word
    (`MAIN_CLAUSE_OPENERS`: `When`, `Whether`, `If`; `as` after `even`), or by a relative pronoun standing as
    the subject of the cue's clause, a relative clause on a noun (`critics who claim ...`), or a participle opening the sentence
    (`Continuing to explain ..., Lee said`)."""
    words = s.words
    for x in chain:
        for k in s.kids[x.index]:
            if k.index >= v.index:
                continue
            low = k.text.lower()
            if k.deprel == "mark" and (low in MAIN_CLAUSE_OPENERS or (
                    low == "as" and k.index > 0 and words[k.index - 1].text.lower() in CONTRAST_AS_LEADS)):
                return True
            if k.deprel.startswith("nsubj") and low in RELATIVE_PRONOUNS and x.deprel.startswith("acl"):
                return True  # (a relative clause the parse hung from its noun, not a clause it took for the main one's)
    top = chain[-1]
    return top.xpos in ("VBG", "VBN") and all(w.upos == "PUNCT" for w in words[:top.index])


def _predicate_opening(w: Word) -> bool:
    """Whether word `w`, right after the comma closing a relative clause set off after a sentence's subject, is
    that subject's verb: tagged finite or a past participle, or a lower-case word in `-s` the tagger took for a
    plural noun (`Lee, who denies it, faces trial`: no plural noun can follow the subject there)."""
    return w.xpos in FINITE_TAGS or w.xpos == "VBN" or (
        w.xpos == "NNS" and w.text.islower() and w.text.endswith("s"))


# a conjunction or a comma right before a cue: a verb joined to the one before, or set off
_JOINED_OR_SET_OFF = regex.compile(r"(?:,|\b(?:and|but|or|nor|then))\s*\Z", regex.IGNORECASE)


# a conjunction joining a second report (lexicon REPORT_JOINERS), then an adverb of sequence if any (lexicon
# JOINED_REPORT_ADVERBS): `and also`, `but later`, closing the words right before a cue
_JOINER_THEN_ADVERB = (r"\b(?:" + "|".join(sorted(REPORT_JOINERS)) + r")\s+(?:(?:"
                       + "|".join(sorted(JOINED_REPORT_ADVERBS)) + r")\s+)?\Z")
# a comma and `and` (and a linking adverb) right before a finite cue: the same subject's next report
_JOINED_BEFORE = regex.compile(r",\s*and\s+(?:(?:" + "|".join(sorted(JOINED_REPORT_ADVERBS)) + r")\s+)?\Z",
                               regex.IGNORECASE)
# `and` or `but` with no comma, right before a cue the parse gave the first cue's own speaker
_JOINED_BARE = regex.compile(r"(?:,\s*)?" + _JOINER_THEN_ADVERB, regex.IGNORECASE)


# a form of `be` or a preposition (and an adverb in `-ly`) right before a word in `-ing`: a progressive verb or a
# gerund within what was said (`was cutting jobs`, `responsible for cleaning up the data`)
_PROGRESSIVE = regex.compile(r"\b(?:" + "|".join(sorted(BE_FORMS | PREPOSITIONS)) + r")\s+(?:\w+ly\s+)?\w+ing\b",
                             regex.IGNORECASE)


# `and` or `but` (a comma or a dash set off before it) right before a participle cue joined to one before
_PARTICIPLE_JOINED = regex.compile(r"(?:(?:,|\s(?:" + "|".join(regex.escape(d) for d in BREAK_DASHES) + r"))\s*)?"
                                   + _JOINER_THEN_ADVERB, regex.IGNORECASE)


def _participle_pair(text: str, c: Cue, o: Cue, a: int) -> bool:
    """Whether cue `o` is a participle joined to participle cue `c` (`defended the budget, saying the city had no
    choice and calling the cuts "painful"`): both in `-ing`, with no progressive verb or gerund in `c`'s clause
    before `o` (from `a`) that `o` could go on (`saying the firm was cutting jobs and raising prices`, `saying he
    was in charge of cleaning up the data and putting it online` are one clause said)."""
    return c.verb.xpos == "VBG" and o.verb.xpos == "VBG" and o.span[0] > a \
        and _PROGRESSIVE.search(text, a, o.span[0]) is None


# the rules that read a verb of adding after `and` as the first cue's subject's next remark, whatever its tag
_JOINED_ADDING_RULES = ("joined-adding", "joined-adds")


def _joined_report(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The bureau said that more rain was expected, and warned that rivers could burst their banks.`: a
    cue's clause that runs on past a comma and `and` right into another finite cue, with no subject of
    its own between (nor one the parse gave it other than the first cue's), ends before that comma (or
    past `and` or `but` with no comma, where the parse gave the second cue the first one's own speaker:
    `wrote that the merger makes sense but warned of the risks`): the
    second verb is joined to the first, its subject's next report, not more of what was said.  The cue with its clause cut there; None when no such cue follows
    in its clause."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    for o in sorted(cues, key=lambda o: o.span[0]):
        participles = _participle_pair(text, c, o, a)
        if o is c or not a < o.span[0] < b or (o.verb.xpos not in FINITE_TAGS and o.rule != "joined-past-cue"
                                               and not participles and o.speaker_rule not in _JOINED_ADDING_RULES) \
                or o.speaker not in (None, c.speaker) and not participles:  # (`joined-past-cue`: a past)
            continue  # (a subject of its own, however the parse found it, is not the cue's next report; a
            # participle right after `and` has none in the words: `saying A but warning B`)
        m = _JOINED_BEFORE.search(text, a, o.span[0])
        if m is None and participles:
            m = _PARTICIPLE_JOINED.search(text, a, o.span[0])  # `saying A - and promising B`: a dash too
        if m is None and c.speaker is not None and o.speaker == c.speaker:
            m = _JOINED_BARE.search(text, a, o.span[0])  # `wrote that the merger makes sense but warned of ...`
        if m is None or inside.contains(m.start()):
            continue
        return _cut_report(text, c, a, _before_comma(text, a, m.start()), "joined-report")
    return None


# a quotation closing with a comma inside or outside its marks, right before a participle
_COMMA_CLOSE = regex.compile(r"(?:,(?:\s|" + ANY_MARK + r")*" + ANY_MARK + "|" + ANY_MARK + r"\s*,)\s*\Z")


# a clause closing with a comma, outside any quotation, right before a participle
_COMMA_BEFORE = regex.compile(r",\s*\Z")


def _onward_report(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The mayor told the crowd the ferry was "a lifeline," adding that ...`: a cue's clause that runs
    past a quotation into a speech verb's participle set off by a comma ends with the quotation: the
    participle goes on to the speaker's next report; so does one set off after the clause's own words
    when it reports for the same speaker (`echoed that pledge on Friday, saying the ferry ...`).
    The cue with its clause cut there; None when no such participle follows in its clause."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    for o in sorted(cues, key=lambda o: o.span[0]):
        if o is c or o.verb.xpos != "VBG" or not a < o.span[0] < b:
            continue
        m = _COMMA_CLOSE.search(text, a, o.span[0])
        if m is None or not inside.contains(m.start() - 1) and not inside.contains(m.start()):
            m = _COMMA_BEFORE.search(text, a, o.span[0])
            if m is None or inside.contains(m.start()) or o.speaker is None or o.speaker != c.speaker:
                continue
        end = m.end()
        end = _before_comma(text, a, end)
        return replace(c, content=(a, end), cut_rule="onward-report")
    return None


def _cut_at_aside(text: str, c: Cue, inside: Inside, aside: Callable[[str, int, int], bool], rule: str) -> Cue | None:
    """A cue's clause that runs past a quotation into what `aside(text, close, next_word)` finds after it (the
    writer's, not the speaker's) ends with the quotation: the cue with its clause cut there, named `rule`;
    None when no such aside follows a quotation in it."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    for k in range(a + 1, b):
        if inside.contains(k - 1) and not inside.contains(k):
            j = k
            j = past_marks(text, j, ", ")
            if j < b and aside(text, k, j):
                end = j
                end = _before_comma(text, a, end)
                return replace(c, content=(a, end), cut_rule=rule)
    return None


def _comment_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The mayor said the ferry was "a lifeline," which it has been for years`: a cue's clause that runs
    past a quotation into a `which` clause set off by a comma ends with the quotation."""
    return _cut_at_aside(text, c, inside, comment_after, "comment-after")


def _comma_aside_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The mayor called the plan "a gift to developers," a rare rebuke of her own party`: a cue's clause
    that runs past a quotation closing on a comma into the writer's aside (`comma_aside`: a description
    summing up the report) ends with the quotation."""
    return _cut_at_aside(text, c, inside, comma_aside, "comma-aside")


# a comma, then `a`, `an` or `another`, up to two lower-case words and a noun that sums a report up; or
# such a noun's bare plural opening a relative clause with no subject of its own (`, claims that could not
# be verified`: `that` or `which`, then an auxiliary)
_SUMMARY_APPOSITION = regex.compile(r",\s+(?:(?:" + "|".join(sorted(COMMA_ASIDE_OPENERS)) + r")\s+(?:[a-z-]+\s+){0,2}?"
                                    r"(?:" + "|".join(sorted(SUMMARY_NOUNS)) + r")|(?:"
                                    + "|".join(sorted(SUMMARY_NOUNS)) + r")s\s+(?:that|which)\s+(?:"
                                    + "|".join(sorted(AUXILIARIES)) + r"))\b")
# a comma, then `without` and support its speaker did not give (`, without providing evidence`)
_UNSUPPORTED_REMARK = regex.compile(r",\s+without\s+(?:" + "|".join(sorted(UNSUPPORTED_WORDS)) + r")\b")


def _cut_before_remark(text: str, c: Cue, inside: Inside, remark: regex.Pattern[str], rule: str) -> Cue | None:
    """The cue with its clause after it cut before the comma of the first match of `remark` (a writer's
    remark on the whole report) outside quotations, recorded as `rule`; None when there is none, or when
    the cut would leave fewer than MIN_INDIRECT_WORDS words."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    for m in remark.finditer(text, a, b):
        if not inside.contains(m.start()):
            return _cut_report(text, c, a, _before_comma(text, a, m.start()), rule)
    return None


def _summary_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The minister said the state would cut fuel taxes, a move farm groups had long demanded`: a cue's
    clause that runs on past a comma into a noun phrase summing up the report (`a`, `an`, `another`, then a
    noun for an act, a statement or a figure: `SUMMARY_NOUNS`), outside quotations, ends before that comma:
    the writer's apposition to the whole report.  The cue with its clause cut there; None when no such
    phrase follows in it."""
    return _cut_before_remark(text, c, inside, _SUMMARY_APPOSITION, "summary-aside")


def _unsupported_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The ministry said its troops had taken the town, without providing evidence`: a cue's clause that
    runs on past a comma into `without` and support its speaker did not give (`UNSUPPORTED_WORDS`), outside
    quotations, ends before that comma: the writer's remark on the report.  The cue with its clause cut
    there; None when no such remark follows in it."""
    return _cut_before_remark(text, c, inside, _UNSUPPORTED_REMARK, "unsupported-remark")


def _participle_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside, words: Sequence[Word]) -> Cue | None:
    """`The mayor said the deal was "a bad bargain," prompting a walkout`: a cue's clause holding a
    quotation ends before a participle after it that is no part of the report (`participle_aside`: the
    writer's free adjunct, or the next doing of a participle cue's subject).  The cue with its clause cut
    there; None when no such participle follows a quotation in it."""
    found = _quoted_clause(c, inside)
    if found is None:
        return None
    a, b, quoted = found
    close = next((k for k in range(quoted, b) if not inside.contains(k)), b)
    s = Parsed.of(words)
    for w in words:
        if close <= w.start < b:
            end = participle_aside(s, w, c, a, close)
            if end is not None:
                end = _before_comma(text, a, end)
                return replace(c, content=(a, end), cut_rule="participle-aside") if end > quoted else None
    return None


# Object pronouns for someone the report names (`and sent him off`), with the number each stands for.
_CONJUNCT_OBJECTS = {"him": "sing", "her": "sing", "them": "plur"}


def _pronoun_conjunct_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside,
                          words: Sequence[Word]) -> Cue | None:
    """`The referee said Vale had "lost his head" and sent him off`: a cue's clause holding a quotation,
    whose own subject is a noun phrase (not a pronoun), ends at the quotation's closing mark where `and`, a
    verb in the past and an object pronoun that agrees with that subject (`him`, `her`, `them`; `her` no
    owner before a noun) follow it: a verb's plain object pronoun never stands for that verb's own subject,
    so the verb after `and` is not the report's subject's, but the cue's subject's next doing.  The cue with
    its clause cut there; None when no such conjunct follows the quotation."""
    found = _quoted_clause(c, inside)
    if found is None:
        return None
    a, b, quoted = found
    close = next((k for k in range(quoted, b) if not inside.contains(k)), b)
    inner = [w for w in words if a <= w.start < quoted]
    subject = next((w for w in inner if w.deprel in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.upos not in NOUN_UPOS:
        return None
    number = "plur" if subject.xpos in PLURAL_NOUN_TAGS else "sing"
    after = [w for w in words if close <= w.start < b and w.upos != "PUNCT"]
    if len(after) < 3 or after[0].text.lower() != "and" or after[1].xpos not in ("VBD", "VBN") \
            or _CONJUNCT_OBJECTS.get(after[2].text.lower()) != number:
        return None
    if after[2].text.lower() == "her" and len(after) > 3 and after[3].upos in ("NOUN", "ADJ", "NUM") \
            and after[3].index == after[2].index + 1:
        return None  # `and sold her house`: an owner, no object
    end = _before_comma(text, a, close)
    while end < b and text[end] in MARK_CHARS:
        end += 1  # with its closing mark
    return replace(c, content=(a, end), cut_rule="pronoun-conjunct") if end > quoted else None


def _dash_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The mayor said she was "encouraged" by the vote - a rare win for the council`: a cue's clause
    that runs past a quotation on to a lone dash opening the writer's aside (`dash_aside`) ends before
    the dash.  The cue with its clause cut there; None when no such dash follows a quotation in it."""
    found = _quoted_clause(c, inside)
    if found is None:
        return None
    a, b, quoted = found
    for k in range(quoted, b):
        if ANY_DASH.match(text, k) and not inside.contains(k) and dash_aside(text, k, _line_end(text, k)):
            return _cut_before(text, c, a, k, "dash-aside")
    return None


def _occasion_after_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside, words: Sequence[Word]) -> Cue | None:
    """`Lee said the plan was dead in an interview with the Ledger.`: a cue's clause that closes on a phrase
    naming the occasion its words were said on (`occasion_after`: `in a statement on Monday`, `at a news
    conference in Paris`) ends before that phrase: it says where the cue's words were said.  The cue with its
    clause cut there; None when no such phrase closes it."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    at = occasion_after(words, a, b)
    if at is None or inside.contains(at):
        return None
    return _cut_report(text, c, a, _before_comma(text, a, at), "occasion-after")


def _per_source_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside, words: Sequence[Word]) -> Cue | None:
    """`Officials said the road will reopen Monday, per a news release.`: a cue's clause that runs on past
    a comma into `per` and a source closing the sentence (`per_source_run`: the one who passed the report
    on) ends before that comma; so does one that runs on into `as quoted by` or `as cited by` and the outlet
    (`carrying_medium`: `The ministry said it would respond, as cited by Interfax.`).  The cue with its clause
    cut there; None when no such `per` follows."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    s = Parsed.of(words)
    for w in words:
        if not a < w.start < b or inside.contains(w.start) or w.index < 1 or words[w.index - 1].text != ",":
            continue
        if w.text.lower() == "as" and w.index + 1 < len(words) and carrying_medium(s, words[w.index + 1]):
            return _cut_before(text, c, a, _before_comma(text, a, w.start), "per-source-after")
        if w.text.lower() != "per":
            continue
        run = per_source_run(s, w)
        if run is None or any(x.upos != "PUNCT" for x in words[run[-1].index + 1:]):
            continue
        return _cut_before(text, c, a, _before_comma(text, a, w.start), "per-source-after")
    return None


def _translation_cut(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`"Nous sommes prets," Ana Morel told reporters in French, or "we are ready."`: a cue's clause that runs
    on into a quotation a translation's gloss opens (`translation_gloss`), after a quotation before it on
    its line, ends before the gloss: the translation is the speaker's words again (link rule `translation`),
    no part of the clause; a clause too short to report anything then (`in French`) is none at all."""
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    line = text.rfind("\n", 0, a) + 1
    for k in range(max(a, 1), b):
        if not inside.contains(k) or inside.contains(k - 1):
            continue
        opening = k
        while opening > a and not text[opening - 1].isspace():
            opening -= 1
        marks = [i for i in range(line, opening) if text[i] in MARK_CHARS
                 and not (text[i - 1:i].isalpha() and text[i + 1:i + 2].isalpha())]
        start = max(a, marks[-1] + 1) if marks else a
        if not marks or not translation_gloss(text, start, opening):
            continue
        gloss = TRANSLATION_GLOSS.search(text[start:opening])
        end = _before_comma(text, a, start + gloss.start() if gloss is not None else opening)
        while end > a and (text[end - 1] in "(\u2014\u2013-" or text[end - 1].isspace()):
            end -= 1
        if _word_count(text, (a, end)) < MIN_INDIRECT_WORDS:
            return replace(c, content=None, cut_rule="before-translation")
        return replace(c, content=(a, end), cut_rule="before-translation")
    return None


def _tagged_after_colon(text: str, c: Cue, inside: Inside) -> int | None:
    """Where the opening mark stands of a quotation that a colon opens and cue `c` tags right after it
    (its closing mark, a comma, `?` or `!`, then the tag: `...: "She signed a deal," he told the Ledger.`);
    None when no such quotation stands right before the cue."""
    tag_start = c.span[0] if c.speaker is None else min(c.span[0], c.speaker[0])
    before = text[:tag_start].rstrip()
    if not before.endswith((",", "?", "!")) and not mark_ends(text, len(before)):
        return None
    closing = marks_before(text, len(before), ",?! ")
    part = inside.part_at(closing - 1) if closing > 0 else None
    if part is None or text[part[1]:tag_start].strip(" ,?!" + "".join(MARK_CHARS)):
        return None
    opening = marks_before(text, part[0], " ")
    return opening if text[:opening].rstrip().endswith(":") else None


def _colon_quotation_tag(text: str, c: Cue, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """`The mayor hinted the feud was over: "She signed a deal," he told the Ledger.`: a tag right after a
    quotation that a colon opens reports that quotation alone: the colon closes the writer's own clause,
    which introduces it, so no words before the colon are the tag's, however the content rule ran back over
    them (the cue with no clause of its own: its quotation is direct, its own cue's); and a clause reported
    before the colon ends there (`The mayor seemed to suggest the feud was over: "...," he said.`: `suggest`
    reports `the feud was over`), not running on into the quotation another tag claims.  None otherwise."""
    if c.content is None:
        return None
    if c.content[0] < c.span[0]:
        opening = _tagged_after_colon(text, c, inside)
        return None if opening is None or c.content[0] >= opening \
            else replace(c, content=None, cut_rule="colon-quotation-tag")
    clause = _clause_after(c)
    if clause is None:
        return None
    a, b = clause
    for o in cues:
        opening = None if o is c or not a < o.span[0] else _tagged_after_colon(text, o, inside)
        if opening is not None and a < opening < b:
            colon = text.rindex(":", a, opening)
            return _cut_report(text, c, a, colon, "colon-quotation-tag")
    return None


def _line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends (its newline, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


CUTS = Table("cut", doc="Where a cue's reported clause ends, short of what the content rule gave it.", rules=(
    Rule("bracket-close", "cut", "`The mayor (who said last week that the bridge was safe) now faces questions`: a "
         "cue set within round brackets, its clause opening within them too, reports "
         "nothing past the closing bracket: the writer's sentence goes on outside them.", _bracket_close,
         (Example("The mayor (who said last week that the bridge was safe) now faces questions.",
                  "that the bridge was safe", "who"),)),
    Rule("before-translation", "cut", "A cue's clause that runs on into a quotation a translation's gloss opens (`told "
         "reporters in French, or \"...\"`, `, meaning \"...\"`: as link rule `translation` reads it), after a "
         "quotation before it on its line, ends before the gloss; one left too short to report anything "
         "(`in French`) is none at all.", _translation_cut,
         (Example('Ana Morel said the plan was "bien" -- in English, "good."', 'the plan was "bien"', "Ana Morel"),)),
    Rule("comment-after", "cut", "`X said the ferry was \"a lifeline,\" which ...`: a cue's clause ends with a "
         "quotation that a `which` clause set off by a comma follows (the writer's comment; not one closed by a "
         "comma before the clause's own verb: `\"The Wire,\" which began in 2002, were among ...`, an aside "
         "within it).", _comment_cut,
         (Example('The mayor told reporters the old ferry had been "a lifeline for the island," which it had been '
                  'for years.', 'the old ferry had been "a lifeline for the island,"', "The mayor"),)),
    Rule("onward-report", "cut", "`X told them the ferry was \"a lifeline,\" adding that ...`: a cue's clause "
         "ends with a quotation that a speech verb's participle, set off by a comma, follows, or before such a "
         "participle the same speaker's (the next report).", _onward_report,
         (Example('The mayor told reporters the ferry had been "a lifeline for the island," saying that the money '
                  'was already there.', 'the ferry had been "a lifeline for the island,"', "The mayor"),
          Example('The mayor echoed that pledge on Friday, saying the ferry would run "every day of the year."',
                  "that pledge on Friday", "The mayor"))),
    Rule("colon-quotation-tag", "cut", "`The mayor hinted the feud was over: \"She signed a deal,\" he told the "
         "Ledger.`: a tag right after a quotation that a colon opens reports that quotation alone, direct: the colon "
         "closes the writer's clause that introduces it, and no words before the colon are the tag's, however the "
         "content rule ran back over them (not a quotation set within a clause: `said the plan was \"a trap,\" he "
         "told`); a clause reported after a cue before the colon ends at the colon, short of that quotation "
         "(`seemed to suggest the feud was over: \"...,\" he said.`).", _colon_quotation_tag,
         (Example('The mayor seemed to suggest that the feud was over: "She signed a settlement," he said.',
                  "that the feud was over", "The mayor"),)),
    Rule("dash-aside", "cut", "`X said she was \"encouraged\" by the vote - a rare win for ...`: a cue's clause "
         "holding a quotation ends before a lone dash after it (no second dash in its sentence) that opens the "
         "writer's aside: a description (`a`, `an`), a contrast (`while`) or a participle in `-ing`.", _dash_cut,
         (Example('The mayor said she was "deeply encouraged" by the vote \u2014 a rare win for the council this '
                  'year.', 'she was "deeply encouraged" by the vote', "The mayor"),)),
    Rule("comma-aside", "cut", "`X said the plan was \"a gift to developers,\" a rare rebuke ...`: a cue's clause "
         "ends with a quotation closing on a comma that opens the writer's aside, a description summing up the "
         "report (`a`, `an`, `another`; not one whose `a` a quotation follows right away: `a \"loser,\" a "
         "\"liar\" and a \"whiner\"` lists what was said); also where the cue's words run on into the quotation "
         "(link rule `paraphrase`).", _comma_aside_cut,
         (Example('The mayor said the housing plan was "a gift to developers," a rare rebuke of her own party.',
                  'the housing plan was "a gift to developers,"', "The mayor"),
          Example('The senator said the new tax was "a disaster for farmers," another blow to the governor.',
                  'the new tax was "a disaster for farmers,"', "The senator"))),
    Rule("summary-aside", "cut", "`X said the state would cut fuel taxes, a move farm groups had long "
         "demanded`: a cue's clause ends before a comma opening a noun phrase that sums the report up (`a`, `an`, "
         "`another`, then a noun for an act, a statement or a figure: a move, a claim, a sign ...; or such a "
         "noun's bare plural opening a relative clause with no subject of its own: `, claims that could not be "
         "verified`), outside quotations: the writer's apposition to the whole report.", _summary_cut,
         (Example("The minister said the state would cut fuel taxes, a move that farm groups had long demanded.",
                  "the state would cut fuel taxes", "The minister"),
          Example("The senator said the ruling was wrong, a rare public rebuke of the court.",
                  "the ruling was wrong", "The senator"),
          Example("The budget office estimated that the measure would add $40 billion to the deficit, a figure "
                  "Republicans cited repeatedly during the debate.",
                  "that the measure would add $40 billion to the deficit", "The budget office"),
          Example("The army said its gunners had sunk two patrol boats, claims that could not be independently "
                  "verified.", "its gunners had sunk two patrol boats", "The army"))),
    Rule("unsupported-remark", "cut", "`X said its troops had taken the town, without providing evidence`: a cue's "
         "clause ends before a comma opening `without` and support its speaker did not give (`providing`, "
         "`giving`, `citing` ..., `evidence`, `details`), outside quotations: the writer's remark on the report, "
         "not what was said.", _unsupported_cut,
         (Example("The ministry said its drones had struck a fuel depot near the port, without providing evidence.",
                  "its drones had struck a fuel depot near the port", "The ministry"),)),
    Rule("participle-aside", "cut", "`X said it was \"a disgrace,\" prompting a walkout`, `saying it was \"a "
         "step back\" and vowing to ...`: a cue's clause holding a quotation ends before a participle in `-ing` "
         "after it that heads its own phrase, set off by a comma and hung on a word before the clause (the "
         "writer's free adjunct), or opened by `and` after a participle cue (its subject's next doing).",
         _participle_cut,
         (Example('The governor spent the day in the capital, saying the new law was "a step backward" and '
                  'leaving early for the airport.', 'the new law was "a step backward"', "The governor"),
          Example('The senator told reporters that the bill was "dead on arrival," giving her rivals an opening.',
                  'that the bill was "dead on arrival,"', "The senator"))),
    Rule("speaker-phrase", "cut", "`The plant will close, Sen. Tom Vale (D-Ore.) said.`: a clause "
         "reported before its cue that runs on past a comma into the cue's own speaker (a name and its "
         "description set off by commas, however the parse hung them) ends before that comma.", _speaker_phrase_cut,
         (Example("The plant will close next year, Sen. Tom Vale (D-Ore.) said.",
                  "The plant will close next year", "Sen. Tom Vale"),
          Example("The plant will close next year, Tom Vale, 52, said.", "The plant will close next year",
                  "Tom Vale"))),
    Rule("per-source-after", "cut", "`Officials said the road will reopen Monday, per a news release.`: a cue's "
         "clause ends before a comma that opens `per` and a source closing the sentence (as `per-source` reads "
         "it), or `as quoted by` or `as cited by` and the outlet that carried the words (`, as cited by "
         "Interfax.`): the one who passed the report on, no part of what was said.", _per_source_cut,
         (Example("Officials said the road will reopen Monday, per a news release.", "the road will reopen Monday",
                  "Officials"),
          Example("The ministry said it would respond in kind, as cited by the Interfax news agency.",
                  "it would respond in kind", "The ministry"))),
    Rule("pronoun-conjunct", "cut", "`X said Vale had \"lost his head\" and sent him off`: a cue's clause holding a "
         "quotation, its own subject a noun phrase, ends at the closing mark where `and`, a verb in the past and "
         "an object pronoun agreeing with that subject follow (`him`, `her`, `them`): a verb's plain object "
         "pronoun never stands for its own subject, so the verb is the cue's subject's next doing.",
         _pronoun_conjunct_cut,
         (Example('The referee said the striker had "completely lost his head" and sent him off.',
                  'the striker had "completely lost his head"', "The referee"),)),
    Rule("joined-report", "cut", "`X said that A, and warned that B`: a cue's clause ends before a comma and "
         "`and` right before another finite cue with no subject of its own between: its subject's next report "
         "(before `and` or `but` with no comma too, where that cue has the first one's speaker: `X wrote that A "
         "but warned that B`; a participle cue joined so to a participle cue, whatever speaker the parse gave it, "
         "a comma or a dash before `and` too: `saying A but warning B`, `saying A - and promising B`; not after "
         "a progressive in the clause, which the participle may go on: `saying the firm was cutting jobs and "
         "raising prices`).",
         _joined_report,
         (Example("The bureau said in a bulletin on Monday that more rain was expected, and warned that rivers "
                  "could burst their banks.", "that more rain was expected", "The bureau"),
          Example("The senator praised the deal, saying it would create jobs but warning that the details were "
                  "still unclear.", "it would create jobs", "The senator"),
          Example("Strategists at the bank wrote in a note that the deal makes sense but warned that the costs "
                  "could be high.", "that the deal makes sense", "Strategists at the bank"))),
    Rule("side-report", "cut", "`X said A, which Y called \"B\"`, `X said A and Y called it \"B\"`: a cue's "
         "clause ends before a side clause (relative, of time, coordinated, or after a semicolon) that holds a "
         "report with a subject of its own; that report is the side clause's.  A clause of time or cause "
         "opening the cue's clause right after the cue (lexicon SIDE_SUBORDINATORS: `Lee wrote after Ruiz argued "
         "that ...`) whose report holds a quotation leaves the cue nothing to report (not after words of the "
         "clause: `said that after Ruiz argued ..., the council voted` may hold it in what was said; nor within a "
         "quotation).", _side_report,
         (Example('The mayor said she backed the housing bill, which her rival called "a gift to developers."',
                  "she backed the housing bill", "The mayor"),
          Example('The governor said the budget was balanced, to which a senator replied: "Only on paper."',
                  "the budget was balanced", "The governor"),
          Example('The ministry said that the negotiations would resume, while critics called it "a stalling '
                  'tactic."', "that the negotiations would resume", "The ministry"),
          Example("Ruiz said she would run for a second term; her rival, who lost in May, said he would not.",
                  "she would run for a second term", "Ruiz"))),
    Rule("relative-before-main", "cut", "`A doctor who said he had treated dozens told the paper ...`: a report in a "
         "relative clause (its speaker `who`, `that` ...) ends before another cue in its clause that has no subject "
         "of its own (a finite verb, not after `and`, `but`, `or` or a comma) or whose speaker is the noun with that "
         "relative clause: the noun's own main verb, which closes the clause (a rest of the sentence left with no "
         "finite verb is no clause: nothing reported).", _relative_before_main,
         (Example('"We treated many of them," a doctor who said he had treated dozens of wounded told the paper.',
                  "he had treated dozens of wounded", "who"),)),    Rule("relative-aside-close", "cut", "`The treasurer, who has denied wrongdoing, faces trial in May`: a report of "
         "a noun phrase, an `-ing` clause or an infinitive (not a finite clause) in "
         "a relative clause set off by a comma after the noun phrase opening its sentence ends at the comma closing "
         "that clause, before the noun's own verb (the last comma in the clause with a verb after it, past adverbs: "
         "one tagged finite or a past participle, or a lower-case word in `-s` the tagger took for a plural noun, "
         "which cannot stand right after the subject's own clause), whatever the parse hung from the cue.",
         _relative_aside_close,
         (Example("The treasurer, who has denied wrongdoing, faces up to 20 years in prison if convicted.",
                  "wrongdoing", "who"),
          Example("The builder, who has denied taking the money, faces trial in March.", "taking the money",
                  "who"))),
    Rule("main-clause-close", "cut", "`Even as neighbours complained the noise was unbearable, the club stayed open`: "
         "a report in a clause or phrase that hangs from a word after its cue, the main clause's verb (a "
         "subordinate clause or a phrase opening the sentence, `As for critics who claim ..., the mayor said`), "
         "ends at the break (a comma, or a dash set off by spaces) after which every word up to that verb is "
         "the main clause's, its subject among them, outside quotations (one closing on that comma closes with "
         "it; `or not` closing a `whether` clause is its alternative, not what was said), whatever the content "
         "rule gave it: the rest is the writer's main clause.  The clause is one its words set before the main "
         "clause: opened by `when`, `if`, `whether`, `even as` ..., by a relative pronoun as its subject, or by "
         "a participle opening the sentence.", _main_clause_close,
         (Example("Even as neighbours complained the noise was unbearable, the club stayed open until dawn.",
                  "the noise was unbearable", "neighbours"),
          Example('Even as critics claimed the plan was "reckless," the council approved it on Monday.',
                  'the plan was "reckless,"', "critics"))),
    Rule("occasion-after", "cut", "`Lee said the plan was dead in an interview with the Ledger.`: a cue's clause "
         "that closes on a phrase naming the one occasion its words were said on (`in`, `at`, `during`, an article "
         "and a singular statement, interview, briefing, news conference ..., lexicon SAYING_OCCASIONS; then no "
         "finite verb, comma or quotation: `occasion_after`) ends before that phrase: it says where the cue's words "
         "were said, not what they were (not where the clause holds a speech verb of its own, which the phrase may "
         "hang from: `said he would speak at a news conference`, `had misspoken in an interview`; nor a possessive "
         "or a plural, occasions the clause speaks of: `in his comments`, `in two interviews`; nor a place or a "
         "time: `said the fire started in a kitchen`).",
         _occasion_after_cut,
         (Example("Lee said the plan was dead in an interview with the Ledger.", "the plan was dead", "Lee"),
          Example("The ministry said the talks would resume in a statement on Monday.", "the talks would resume",
                  "The ministry"),
          Example("Lee said the deal was off at a news conference in Paris.", "the deal was off", "Lee"),
          Example('The mayor said the budget was "a fiction" during a briefing on Friday.',
                  'the budget was "a fiction"', "The mayor"))),
))


CLAUSES = Table("clause", doc="Quotes made from a cue's reported clause, one pass each over the cues.", rules=(
    Rule("mixed-clause", "clause", "A cue's clause holding quoted fragments and words of its own: one mixed "
         "quote; a quotation closing the clause is held with the punctuation inside its marks "
         "(`According to X, Y said the deal was \"a trap.\"`: X's).  A title in it (`told \"News Hour\"`, `on the "
         "podcast \"...\"`: `clause_title`) is no words of its own (`told \"News Hour\": \"We ...\"`: the quotation "
         "after the colon is the cue's own, direct), and a clause holding titles alone with no verb outside them is "
         "none (`said in May on the podcast \"...\"`: where it was said).  A clause whose quotations are all names a "
         "text gives things (`named_thing`: `said its \"Deep Research\" tool can browse`, `a merger agreement (the "
         "\"Agreement\")`) is an indirect quote: a name is nobody's words.  Narration set off by dashes between two "
         "quotations is no words of the clause (`she said, \"please\" -- her voice broke -- \"just stop.\"`: one "
         "utterance, direct.  A quotation running on from the clause's words past its sentence's end is the clause's "
         "too, to its end (`_running_on`; not one a comma or colon sets off: `said of him: \"A. B.\"`).  Of a tag set "
         "within its clause with a quoted fragment after it (`The budget, the mayor said on Tuesday, is \"...\" and "
         "must go`: `_after_tag`), the words after the tag to the clause's end, not the subject before it, nor the "
         "tag's time, place or listener.", _mixed_clause,
         (Example('The minister said the talks were "going nowhere fast" and would end soon.',
                  'the talks were "going nowhere fast" and would end soon', "The minister"),
          Example('The firm said its "Deep Research" tool can browse the web for hours.',
                  'its "Deep Research" tool can browse the web for hours', "The firm"),
          Example('According to the filing, the mayor said the deal was "a trap for the town."',
                  'the mayor said the deal was "a trap for the town."', "the filing", parse=example_parse("report-in-report")),
          Example('He added that the plan should "be judged by its results. It will take years."',
                  'that the plan should "be judged by its results. It will take years."', "He"),
          Example('The budget, the mayor said on Tuesday, is "a bridge to nowhere" and must go.',
                  'is "a bridge to nowhere" and must go', "the mayor"))),
    Rule("indirect-clause", "clause", "A cue's clause with no quotation in it, with a speaker or a passive cue: "
         "an indirect quote (of three words at least, a noun phrase two, an `-ing` clause of denying two: `has "
         "denied targeting civilians`, or one bare common noun after an active "
         "`deny`: `has denied wrongdoing`, not `denied it`, nor a thing withheld: `was denied bail`; a clause of "
         "two words, its subject and its tensed verb: `sales fell`, an `-s` word before a past verb a plural noun "
         "whatever its tag, its verb one of saying too where no quotation holds its words: `Police said Lee confessed`); "
         "a label the writer marks in the subject before a tag set within the clause is no quotation (`The \"new\" "
         "plan, she said, would cost more`: `_writers_label`).", _indirect_clause,
         (Example("The talks will resume next week in Geneva, Mr. Lavrov said.",
                  "The talks will resume next week in Geneva", "Mr. Lavrov"),
          Example("The former coach has denied wrongdoing.", "wrongdoing", "The former coach"),
          Example("The army has denied targeting civilians.", "targeting civilians", "The army"),
          Example("The manager concedes sales fell.", "sales fell", "The manager"),
          Example("Police said Vega confessed.", "Vega confessed", "Police"),
          Example('The "new" plan, she said, would cost more than the old one.',
                  'The "new" plan would cost more than the old one', "she"))),
    Rule("clause-after-tag", "clause", "A cue that tags the quotation a colon or a dash closes before it and has "
         "a clause of its own after it (`'Trains will run on time': mayor vows to end delays`; not an object: "
         "`warns of more cuts`) reports that clause too: an indirect quote besides the direct one (a headline's quoted claim and its report).",
         _clause_after_tag,
         (Example("'Trains will run on time': mayor vows to end delays", "to end delays", "mayor"),
          Example("'We are not done': union says it will strike again", "it will strike again", "union"))),
    Rule("dash-line", "clause", "A reported clause that opens its line right after a quotation dash (an em dash "
         "or a bar: lexicon QUOTATION_DASHES) and ends at the comma, question or exclamation mark before its tag "
         "(`\u2014 We will not go back, said the minister.`: dialogue set as Continental copy and its translations "
         "set it; an inverted tag right after a question: `\u2014 Where are the buses? asked a woman.`) is the "
         "speaker's words: a direct quote, not an indirect one.", _dash_line,
         (Example("\u2014 We will not go back, said the minister.", "We will not go back", "the minister"),
          Example("\u2014 Where are the buses? asked a woman.", "Where are the buses", "a woman"))),
    Rule("question-asked", "clause", "`Asked whether ..., X said`, `Asked about X, ...`: the question (or its "
         "topic) a bare participle of `ask` puts (or of a verb of questioning, lexicon QUESTIONING_VERBS: `Pressed "
         "on whether ...`), reported with no speaker.", _question_asked,
         (Example("Asked whether the tax would rise next year, the minister said no.",
                  "whether the tax would rise next year", None),
          Example("Asked about the new tax, the minister said it would pass.", "the new tax", None),
          Example("When pressed about the delays, the director blamed the weather.", "the delays", None))),
    Rule("colon-block", "clause", "`Officials said:` and a block of lines after it: a finite reporting verb after "
         "its subject, closing its line with a colon (past whom it told and how or where, words with no stop nor "
         "quotation nor cue of their own: `He told BBC Radio 4's Today programme:`, `Lee said in a statement:`) "
         "and reporting nothing on it, reports the lines that follow, "
         "one indirect quote whose parts are the lines (their closing stops apart): the items of a list its "
         "bullets open (blank lines between them too), or, with no bullet, the lines up to the next blank one; "
         "each a plain sentence (three words at least, opening with a capital) with no quotation in it and no "
         "cue with a speaker of its own (`The mayor said the same.`: another report ends the block).", _colon_block,
         (Example("Officials said:\n\n- The bridge will close on Monday.\n- Buses will replace trains.",
                  "The bridge will close on Monday Buses will replace trains", "Officials"),
          Example("The minister spoke early.\n\nLee told BBC Radio 4's Today programme:\n\nPatients are paying "
                  "the price for this failure.\n\nThe strike ends on Friday.",
                  "Patients are paying the price for this failure", "Lee"))),
    Rule("link-text", "clause", "`Read more: Mayor says bridge will reopen`, `Watch: Hale responds to the ruling`: "
         "a sentence on a line that a link label and its colon open (`Read more:`, `Related:`, `Watch:`: lexicon "
         "LINK_LABELS) is another article's headline, a link's text: its cues make no quote; not where a cue with "
         "its own speaker is in the past tense (`WATCH: \"We will be back,\" Ruiz said.`: narration, as headlines "
         "report in the present).", _link_text,
         (Example("The bridge has been shut since March.\n\nRelated: Mayor says the tolls will double next year"
                  "\n\nThe council meets on Friday.", "the tolls will double next year", kept=False),)),
    Rule("caption-text", "clause", "`Ann Ruiz said the vote was \"a disgrace\". Photo: Tom Vale`: a sentence on a "
         "photo caption's line (one a credit closes that can be nothing else: `Photo: Tom Vale`, `Credit: Tom Vale`, "
         "`(AP Photo)`, `(Tom Vale/The Herald)`, "
         "`REUTERS/Tom Vale`, not a wire's name alone: `(Reuters)`; or one an agency's `FILE -` opens) tells what "
         "the picture shows: its cues make no quote (the words are the story's where a sentence of it says them).",
         _caption_text,
         (Example('The council voted to close the library.\n\nAnn Ruiz said the vote was "a disgrace". Photo: '
                  'Tom Vale\n\nThe library opened in 1902.', 'the vote was "a disgrace"', kept=False),)),
))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# Narration set off by a pair of dashes, all that stands between two quotations (their marks aside); a
# hyphen standing alone between spaces is typed for a dash (`SPACED_DASH`) (`"A" - she paused - "B."`).
_DASH_INTERRUPTION = regex.compile(SPACED_DASH + r"\h*[^\u2014\u2013\"\u201c\u201d\n-]{1,80}?\h*" + SPACED_DASH)


def _merge_split(drafts: list[_Draft], text: str, parses: Mapping[int, Sequence[Word]] | None = None,
                 inside: Inside | None = None) -> list[_Draft]:
    """`"A," he said, "B."` and `"A," he said. "B."`: a quotation that shares the cue before it, or
    has none, continues the quotation before it in the same paragraph; so too after a tag read off
    the words (`"A," the host pressed. "B."`, the `surface-cue`, `past-tag` and `present-tag` rules); not where a
    rule of SPLITS keeps them apart (it is named on the earlier quotation).  A quotation nothing links
    and the one after it, in the same sentence with only narration set off by dashes between them
    (`"A" -- the farmer paused -- "B."`), are one quotation, linked as the later one is; so too across one
    sentence of narration whose subject, a personal pronoun, gives the later one its speaker (`"A." She
    paused. "B."`: `narrator-subject`): the pronoun is the one still speaking; and a quotation after its
    tag goes on, past narration set off by dashes, into the next one that tag links (`"A," he said, "and
    yet" -- he paused -- "B."`); a quotation in brackets right after one in another tongue is a part of it
    (`"A" ("A'"), she said. "B."`: `_glossed_in_brackets`)."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and prev.rules.get("link") == "uncued" and (
                not d.settled and d.sentence == prev.sentence
                and _DASH_INTERRUPTION.fullmatch(strip_marks(text[prev.parts[-1][1]:d.parts[0][0]], " "))
                or _pronoun_pause(text, prev, d)):
            d.parts[:0] = prev.parts   # `"A" -- the farmer paused -- "B."`: one quotation, the tag set within it
            d.sentence = prev.sentence
            out[-1] = d
            continue
        if prev is not None and prev.cue is not None and d.cue is not None and d.cue.span == prev.cue.span \
                and d.sentence == prev.sentence and prev.cue.span[1] <= prev.parts[-1][0] \
                and _DASH_INTERRUPTION.fullmatch(strip_marks(text[prev.parts[-1][1]:d.parts[0][0]], " ")):
            prev.parts.extend(d.parts)   # `"A," he said, "and yet" -- he paused -- "B."`: the tag's quotation goes on
            continue
        if prev is not None and _resumed_past_narration(text, prev, d):
            prev.parts.extend(d.parts)   # `"A," she said. "B" -- she paused -- "C."`: B's utterance goes on
            continue
        if prev is not None and _glossed_in_brackets(text, prev, d):
            prev.parts.extend(d.parts)   # `"A" ("A'"), she said`: the words again in another tongue, one quotation
            continue
        tag = _tag(prev) if prev is not None else None
        if prev is not None and tag is not None and "\n" not in text[prev.parts[-1][1]:d.parts[0][0]]:
            between = prev.parts[-1][1] <= tag[0] < d.parts[0][0]
            apart = SPLITS.first(text, prev, d, parses or {}, inside) if between else None
            if apart is not None:
                prev.rules["split"] = apart[0]
            elif between and not d.settled and (d.cue is None or d.cue.span == tag or d.cue.span[1] <= prev.parts[0][0]):
                # (a cue before the quotation before it is farther than that one's tag: `"A," she said, "B,"
                # she added, "C."`: C goes on with B)
                prev.parts.extend(d.parts)
                prev.confidence = min(prev.confidence, max(d.confidence, CONF_NEIGHBOUR))
                continue
        out.append(d)
    return out


def _resumed_past_narration(text: str, prev: _Draft, d: _Draft) -> bool:
    """`"We lost," Hall said. "And yet" -- he looked up -- "we will be back."`: whether quotation `d`, with no cue
    of its own (its speaker read off the narration, or none), follows the last part of the linked quotation
    `prev` in one sentence, with only narration set off by dashes between them (no stop in it): the utterance
    that part opens goes on, one quotation, whoever the narration names."""
    if prev.cue is None and prev.surface is None or d.cue is not None or d.settled:
        return False
    between = strip_marks(text[prev.parts[-1][1]:d.parts[0][0]], " ")
    return _DASH_INTERRUPTION.fullmatch(between) is not None and regex.search(r"[.!?]", between) is None


def _glossed_in_brackets(text: str, prev: _Draft, d: _Draft) -> bool:
    """`"We will not give up" ("No nos rendiremos"), she said. "Hugs, not bullets."`: whether quotation `d` stands
    in brackets right after `prev`, nothing else between them, and gives its words again in another tongue
    (`bracketed_gloss`: one in English, the other in none), both tagged by one cue: one quotation, the original or
    its translation a part of it, so that what goes on after the tag goes on with it."""
    if prev.cue is None or d.cue is None or d.cue.span != prev.cue.span or d.sentence != prev.sentence:
        return False
    end, start = prev.parts[-1][1], d.parts[0][0]
    between = "".join(ch for ch in text[end:start] if ch not in MARK_CHARS and not ch.isspace())
    opening = text.find("(", end, start)
    return between == "(" and bracketed_gloss(text, end, opening)


def _pronoun_pause(text: str, prev: _Draft, d: _Draft) -> bool:
    """`"We tried everything." She paused. "Nothing worked."`: whether all between two quotations of one
    paragraph is one sentence of narration with no mark in it, whose subject, a personal pronoun
    (lexicon NOMINATIVE_PRONOUNS), `narrator-subject` made the later one's speaker."""
    if d.rules.get("link") != "narrator-subject" or d.surface is None:
        return False
    a, b = prev.parts[-1][1], d.parts[0][0]
    speaker = d.surface[0]
    between = strip_marks(text[a:b], " .!?")
    return a <= speaker[0] < b and text[speaker[0]:speaker[1]].lower() in NOMINATIVE_PRONOUNS and "\n" not in between \
        and regex.search(ANY_MARK + r"|[.!?]\s", between) is None


def _adding_on(text: str, prev: _Draft, d: _Draft, parses: Mapping[int, Sequence[Word]],
               inside: Inside | None) -> bool | None:
    """`"A," the mayor said, adding that the fares would stay. "B."`: a tag that goes on into `adding`
    with a reported clause or object of its own has moved on to a further statement; the quotation
    after it is a new one, not the earlier one's continuation (it may still float to that speaker).
    True when `prev`'s cue has such a participle before `d`; None otherwise."""
    c = prev.cue
    if c is None or c.sentence not in parses:
        return None
    words, end = parses[c.sentence], d.parts[0][0]
    for w in words:
        if w.head == c.verb.index and w.lemma in ADDING_VERBS and w.xpos == "VBG" and c.span[1] <= w.start < end \
                and not (inside is not None and inside.contains(w.start)) \
                and any(x.head == w.index and x.deprel.split(":")[0] in ("ccomp", "obj") and x.start < end
                        for x in words):
            return True
    return None


def _narration_between(text: str, prev: _Draft, d: _Draft, parses: Mapping[int, Sequence[Word]],
                       inside: Inside | None) -> bool | None:
    """`"We lost," Hall said. Weiss shrugged. "The players let us down."`: a continuation opens the
    sentence right after its tag's; a sentence between them whose subject names someone else who may
    speak (a name sharing no word with the tag's speaker, not a pronoun: `She paused.` goes on with her)
    hands the word over, and the quotation after it is a new one, that subject's.  True then; else None."""
    c, before = prev.cue, d.sentence - 1
    if c is None or c.speaker is None or before <= c.sentence or before not in parses or not parses[before]:
        return None
    subject = clause_subject(parses[before], parses[before][-1].end) or described_subject(text, parses[before])
    if subject is None or not _may_speak(text, subject):
        return None
    names = {w for w in text[subject[0]:subject[1]].split() if w[:1].isupper() and w.lower() not in PRONOUNS}
    said = text[c.speaker[0]:c.speaker[1]].split()
    return True if names and (not names & set(said) or _kin(text[subject[0]:subject[1]].split(), said)) else None


def _kin(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names share their surname but open on two different given names (`Betsy Ebeling` and `Tom
    Ebeling`): two people of one family, not one.

    >>> _kin(["Betsy", "Ebeling"], ["Tom", "Ebeling"]), _kin(["Ebeling"], ["Tom", "Ebeling"])
    (True, False)
    """
    given = [next((w.lower() for w in name[:-1] if given_name(w) is not None), None) for name in (a, b)]
    return _last_word(a) == _last_word(b) and None not in given and given[0] != given[1]


def _someone_else(text: str, prev: _Draft, subject: tuple[int, int]) -> bool:
    """Whether a subject names someone other than the speaker of the quotation before (`The crowd` after `Vale
    said`): not a pronoun (`She wants them "..."` goes on with her), and no capitalised word shared with that
    speaker (`Golvach` after `said Dan Golvach`)."""
    words = text[subject[0]:subject[1]].split()
    if all(w.lower() in PRONOUNS for w in words):
        return False
    said = prev.cue.speaker if prev.cue is not None else prev.surface[0] if prev.surface is not None else None
    return said is None or not {w for w in words if w[:1].isupper()} & set(text[said[0]:said[1]].split())


def _own_tag(text: str, prev: _Draft, d: _Draft, parses: Mapping[int, Sequence[Word]],
             inside: Inside | None) -> bool | None:
    """`"We won," she said. Fans held up banners reading "Thank You, Coach."`: a quotation with no cue whose
    tag word a rule read off the text after the tag before it (`reading`, with the banners) has a tag of its
    own: another's words, not more of the quotation before; so too one whose speaker a rule read there,
    in a clause a colon closes right before it (`"We lost," said Lee. Ruiz disagreed: "We won."`), or as the
    subject of the verb governing it (`When those voting "yes" won, the delegates broke into chants of "no."`).
    True then; None otherwise."""
    tag = _tag(prev)
    own = d.surface[1] if d.cue is None and d.surface is not None else None
    if own is None and d.cue is None and d.surface is not None and d.surface[0] is not None \
            and strip_marks(text[d.surface[0][1]:d.parts[0][0]], " ").endswith(":"):
        own = d.surface[0]   # `Ruiz disagreed: "..."`: a speaker whose clause a colon closes before it
    if own is None and d.cue is None and d.surface is not None and d.surface[0] is not None \
            and d.rules.get("link") == "sentence-subject" and _someone_else(text, prev, d.surface[0]):
        own = d.surface[0]   # `..., the delegates erupted in chants of "no."`: the subject of the verb governing it
    return True if tag is not None and own is not None and own[0] > tag[1] else None


def _translated(text: str, prev: _Draft, d: _Draft, parses: Mapping[int, Sequence[Word]],
                inside: Inside | None) -> bool | None:
    """`"Wir sind bereit," said the chancellor -- in English, "we are ready."`: a quotation that a translation's
    gloss opens after the tag (`translation_gloss`), or one in English after a bare comma closing the tag of
    a quotation in no English (`glossed_in_english`: `"Wir sind bereit," sagte Scholz, "we are ready."`; a
    stop for a comma, `"A," said Lee. "B."`; after a tag in another language, the tag's own words too: `a
    déclaré Morel devant la presse. "B."`), or
    any after a dash closing a tag in another language (`„Nein“, sagte Vogel – "No."`), says
    the words before it again, in another language: a quote of its own, not more of the one before.  True
    then; None otherwise."""
    tag = _tag(prev)
    if tag is None:
        return None
    start = max(tag[1], prev.cue.speaker[1] if prev.cue is not None and prev.cue.speaker is not None else tag[1])
    opening = d.parts[0][0]
    while opening > start and not text[opening - 1].isspace():
        opening -= 1
    if start <= opening and translation_gloss(text, start, opening):
        return True
    between = text[start:opening].strip() if start <= opening else None
    foreign = prev.cue is not None and prev.cue.rule == "foreign-tag"
    if foreign and between in BREAK_DASHES:
        return True  # `„Nein“, sagte Vogel – "No."`: the writer's rendering, set off by a dash
    return True if (foreign or between in (",", "", ".")) \
        and glossed_in_english(text, prev.parts[-1], d.parts[0], foreign) else None


def _colon_after_fragment(text: str, prev: _Draft, d: _Draft, parses: Mapping[int, Sequence[Word]],
                          inside: Inside | None) -> bool | None:
    """`Ruiz opposes "blanket pay freezes" and recalled the cuts of 2019: "They hurt every family."`: a
    quotation that runs on from the writer's own words (a word right before its opening mark, no comma or
    colon setting it off, `_SET_OFF`) and closes with the writer's sentence going on (not on a comma or dash
    left open for a tag of its own, `_AWAITS_TAG`) is a fragment of the writer's clause, and a tag that a
    colon closes right before the next quotation introduces that one as its own words: a new quotation,
    not more of the fragment (`"A," he said: "B."`, a quotation opening its sentence, goes on).  True
    then; None otherwise."""
    tag = _tag(prev)
    if tag is None:
        return None
    between = strip_marks(text[prev.parts[-1][1]:d.parts[0][0]], " ")
    before = rstrip_marks(text[:prev.parts[0][0]], " ")
    closing = rstrip_marks(text[prev.parts[-1][0]:prev.parts[-1][1]], " ")[-1:]
    return True if between.endswith(":") and before[-1:].isalnum() and closing not in _AWAITS_TAG else None


SPLITS = Table("split", doc="Checks on joining a quotation to the one before it across that one's tag "
               "(`\"A,\" he said. \"B.\"`); a rule that answers keeps them apart.", rules=(
    Rule("adding-on", "split", "A tag that goes on into `adding` with a clause or object of its own (`\"A,\" "
         "she said, adding that ... \"B.\"`) has moved on to a further statement: the quotation after it is "
         "a new one.", _adding_on,
         (Example('"The ferry will run all winter," the mayor said, adding that the fares would stay the same. '
                  '"Nobody on the island will be left behind."', "The ferry will run all winter,", "the mayor"),)),
    Rule("narration-between", "split", "A sentence between the tag's sentence and the quotation whose subject "
         "names someone else who may speak (`\"A,\" Hall said. Weiss shrugged. \"B.\"`; a name sharing no word "
         "with the tag's speaker, or its surname with another given name: `Anna Hall` after `Tom Hall`, kin; no "
         "pronoun): the word has passed to that one, so the quotation after it is a "
         "new one, not a continuation.", _narration_between,
         (Example('"We lost the match," Tom Hall said. Anna Weiss shrugged. "The players let us down."',
                  "We lost the match,", "Tom Hall"),)),
    Rule("own-tag", "split", "A quotation with no cue whose tag word a rule read off the words after "
         "the tag before it (`\"A,\" she said. Fans held up banners reading \"B.\"`: `inscription`), or whose "
         "speaker it read there in a clause a colon closes right before it (`\"A,\" said Lee. Ruiz disagreed: "
         "\"B.\"`) or as the subject of the verb governing it (`The crowd broke into chants of \"B.\"`), has a tag of its own: another's words, not more of the "
         "quotation before.", _own_tag,
         (Example('"We won," the coach said. Fans in the crowd held up signs reading "Thank You, Coach."',
                  "We won,", "the coach"),
          Example('"We lost the vote," said Tom Lee. Ann Ruiz disagreed: "We won the argument."',
                  "We lost the vote,", "Tom Lee"),
          Example('"We will win," Vale said. The crowd broke into chants of "Four more years!"',
                  "We will win,", "Vale"))),
    Rule("translated", "split", "A quotation that a translation's gloss opens after the tag (`\"A,\" said the "
         "chancellor -- in English, \"B.\"`, `, meaning \"B\"`: link rule `translation`), or one in English right "
         "after a comma or stop closing the tag of a quotation in no English, where the tag is in another language "
         "(`\"A,\" sagte Scholz, \"B.\"`; past the tag's own words too: `a déclaré Morel devant la presse. \"B.\"`) "
         "or the text names the language spoken (`glossed_in_english`), or any after a dash closing a tag in another "
         "language (`„Nein“, sagte Vogel – \"No.\"`), says A again in another language: a quote of its own, not "
         "more of A (`\"Absolutely,\" she said, \"we will.\"` goes on).", _translated,
         (Example('"Wir sind bereit," said the chancellor -- in English, "we are ready."', "Wir sind bereit,",
                  "the chancellor"),
          Example('"Wir sind bereit," sagte Olaf Brandt, "we are ready."', "Wir sind bereit,", "Olaf Brandt"))),
    Rule("colon-after-fragment", "split", "A quotation running on from the writer's words (no comma or colon "
         "before its mark) and closing with the sentence going on (not on a comma left for a tag: `opposes "
         "\"pay freezes\" and recalled`) is a fragment of the writer's clause; a tag a colon closes right before "
         "the next quotation (`recalled the cuts: \"B.\"`) introduces that one as its own: a new quotation, not "
         "more of the fragment (`\"A,\" he said: \"B.\"` goes on).", _colon_after_fragment,
         (Example('Ruiz opposes "blanket pay freezes" and recalled the cuts of 2019: "They hurt every family in '
                  'this city."', "blanket pay freezes", "Ruiz"),)),
))


def _tag(d: _Draft) -> tuple[int, int] | None:
    """The words that tag a draft: its cue, or the cue word a rule read off the text (`surface`)."""
    if d.cue is not None:
        return d.cue.span
    return d.surface[1] if d.surface is not None else None


# Of two overlapping quotes, the one whose link rule stands in an earlier tier wins; within a tier
# the earlier quote stays.  The tiers follow the link table, with the clause rules placed where their
# quotes stand: a quotation with its own cue, then one linked by its neighbourhood or a mixed quote,
# then an indirect clause, then a quotation only its sentence's subject or nothing at all links.
OVERLAP_TIERS: tuple[tuple[str, ...], ...] = (
    ("own-cue", "translation", "translation-sentence", "participle-cue", "reported-report", "asked-then-colon", "cut-off", "captioned"),
    ("paraphrase", "earlier-cue", "lead-in", "signature", "topic-name", "neighbour-cue", "colon-clause", "colon-name", "label-first-person", "source-line", "label-name",
     "came-reply", "owned-reply", "verdict-of", "how-told", "surface-cue", "past-tag", "present-tag", "inscription", "named-by", "in-words", "colon-subject", "asked-listener", "other-party", "narrator-subject", "described-narrator", "narrator-paragraph", "asked-answer", "entering-answer", "acted-after",
     "mixed-clause"),
    ("indirect-clause", "dash-line", "question-asked", "clause-after-tag", "colon-block"),
    ("sentence-subject",),
    ("quote-label", "uncued"),
)
_TIER = {name: i for i, tier in enumerate(OVERLAP_TIERS) for name in tier}


def _drop_overlaps(drafts: list[_Draft], text: str = "") -> list[_Draft]:
    """Keep quotations disjoint: of two overlapping ones, the one made by the rule of the earlier tier
    of OVERLAP_TIERS wins, and the earlier one when their rules share a tier.

    `drafts` come sorted by start, so only a kept draft still open where the next one starts can
    clash with it: those alone are compared, which keeps this linear on a page of quotes.
    """
    kept: list[_Draft] = []
    dropped: set[int] = set()
    open_: list[_Draft] = []   # kept drafts whose last part ends after the current start
    for d in drafts:
        open_ = [o for o in open_ if o.parts[-1][1] > d.parts[0][0]]
        clash = [o for o in open_ if any(_overlaps(a, b) for a in o.parts for b in d.parts)]
        if not clash:
            kept.append(d)
            open_.append(d)
        elif all(_TIER[d.rules["link"]] < _TIER[o.rules["link"]] or _longer_same_report(text, d, o) for o in clash):
            dropped.update(id(o) for o in clash)
            open_ = [o for o in open_ if id(o) not in dropped] + [d]
            kept.append(d)
    out = [d for d in kept if id(d) not in dropped]
    out.sort(key=lambda d: d.parts[0][0])
    return out


def _longer_same_report(text: str, d: _Draft, o: _Draft) -> bool:
    """`Ruiz described Lee as a "liar" and "a fraud."`: two quotes of one tier with the same cue, opening at
    the same place, the later-made one running on past the other's end over a coordinator (`and`, `or`,
    `but`, `nor`) joining more to what the shorter holds: one report, the longer reading of it, which
    holds the shorter whole (not one running on into the next clause: `..., Clinton fixates on ...`)."""
    tag = _tag(d)
    if tag is None or tag != _tag(o) or _TIER[d.rules["link"]] != _TIER[o.rules["link"]] \
            or d.parts[0][0] != o.parts[0][0] or d.parts[-1][1] <= o.parts[-1][1]:
        return False
    return _JOINED_ON.match(text, o.parts[-1][1], d.parts[-1][1]) is not None


# what joins more words to a report's reading: a coordinator after a comma, closing marks or nothing
_JOINED_ON = regex.compile(r"[\s,\"\u201d\u2019']*(?:and|or|but|nor)\b", regex.IGNORECASE)


# a relative pronoun set off by a comma or dash right before a report's speaker (`, which the union says`)
_SET_OFF_RELATIVE = regex.compile(r"(?:,|\u2014|\u2013|--)\s*(?:which|who|whom)\s+\Z", regex.IGNORECASE)
# the comma or dash closing that relative clause, and a word of the clause it stands in going on
_ASIDE_CLOSED = regex.compile(r"\s*(?:,|\u2014|\u2013|--)\s*[\p{L}\p{N}\"\u201c]")


def _relative_aside(text: str, o: _Draft, a: int, b: int) -> bool:
    """`Hart said the plan, which the union says will cost 400 jobs, was sound`: whether the report `o`
    within the clause text[a:b] stands in a relative clause set off by a comma or dash (its speaker right
    after `, which`, `, who`, `, whom`) that closes by a comma or dash before the clause goes on: an
    aside within that clause, which runs on over it."""
    if o.cue is None or o.cue.speaker is None:
        return False
    start, end = o.cue.speaker[0], o.parts[-1][1]
    if not _SET_OFF_RELATIVE.search(text, a, start):
        return False
    closed = _ASIDE_CLOSED.match(text, end)
    return closed is not None and closed.end() < b


# What joins a paraphrase to the report nested after it: linking words, and a subordinator whose clause
# that report is (`after`, `because`, `when` ...: `said it would close after critics complained ...`).
_NESTED_TAIL = regex.compile(r"(?:[\s,;:\u2014\u2013-]|\b(?:though|although|while|but|and|whereas|even as|as|"
                             + "|".join(sorted(SUBORDINATE_OPENERS)) + r")\b)*\Z", regex.IGNORECASE)


def _cut_before_nested(drafts: list[_Draft], text: str) -> None:
    """`X claimed that A, though Y said B`: a paraphrase whose last part runs on over another
    report, with a speaker of its own after the paraphrase's first words, ends before that
    speaker (and the `though` or comma joining them), so that both reports stand, apart.  Not a report
    in a relative clause set off within the paraphrase, which goes on past it (`Hart said the plan,
    which the union says will cost jobs, was sound`: `_relative_aside`): the paraphrase steps over it."""
    starts = [d.parts[0][0] for d in drafts]   # in order: the caller sorts drafts by start
    for d in drafts:
        if d.type == "direct" or d.cue is None:
            continue
        a, b = d.parts[-1]
        within = drafts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        speakers = [o.cue.speaker[0] for o in within if o is not d and o.type == "indirect" and o.cue is not None
                    and o.cue.span != d.cue.span and o.cue.speaker is not None
                    and a < o.cue.speaker[0] and o.parts[-1][1] <= b and not _relative_aside(text, o, a, b)
                    and o.cue.content_rule != "call-for"]  # `claimed that statements by X calling for a ban make
        # him ...`, `Iran, whose leaders have called for ...`: a demand's noun phrase stands within the clause
        if not speakers:
            continue
        cut = min(speakers)
        m = _NESTED_TAIL.search(text, a, cut)  # `said it would close after critics complained ...`: not `after`
        end = m.start() if m else cut
        if _word_count(text, (a, end)) >= MIN_INDIRECT_WORDS:
            d.parts[-1] = (a, end)


def _link_floating(drafts: list[_Draft], sentences: Sequence[Sentence], text: str) -> None:
    """Quotes without a cue or a speaker ask the `float` table for the quote whose speaker they take
    (the first quote, with none before it, only whether it is `unclaimed`)."""
    for i, d in enumerate(drafts):
        if _attributed(d) or d.settled:
            continue
        found = FLOATING.first(drafts, i, sentences, text) if i > 0 else None
        if i == 0:
            found = next(((name, HEARD) for name in HEARD_RULES
                          if FLOATING.ask(name, drafts, i, sentences, text) is not None), None)
        if i == 0 and found is None and FLOATING.ask("unclaimed", drafts, i, sentences, text) is not None:
            found = "unclaimed", UNCLAIMED
        if found is not None and found[1] == UNCLAIMED:
            d.unclaimed = True
        elif found is not None and isinstance(found[1], tuple):
            d.surface, d.rules["speaker"] = (found[1], None), found[0]  # a speaker the narration names (`scene-other`)
        elif found is not None and found[1] == HEARD:
            d.float_rule = found[0]   # someone's words, whose no rule tells: kept, with no speaker
        elif found is not None:
            d.float_rule, d.float_from = found
            d.confidence = CONF_FLOATING - (0.0 if d.confidence >= CONF_NONE else UNCLOSED_PENALTY)


def _attributed(d: _Draft) -> bool:
    """Whether a draft has a speaker of its own: a cue, or a speaker a rule read off the text."""
    return d.cue is not None or d.surface is not None


def _source(drafts: Sequence[_Draft], i: int) -> int | None:
    """The draft whose speaker draft `i` has: itself when attributed, else the one it floats from."""
    return i if _attributed(drafts[i]) else drafts[i].float_from


def _who(drafts: Sequence[_Draft], i: int, text: str) -> str | None:
    """The words (lowercased) naming the speaker draft `i` has so far, None when it has none yet."""
    rng = _speaker_range(drafts, i)
    return text[rng[0]:rng[1]].lower() if rng is not None else None


def _speaker_range(drafts: Sequence[_Draft], i: int) -> tuple[int, int] | None:
    """Where the words naming the speaker draft `i` has so far stand, None when it has none yet."""
    k = _source(drafts, i)
    if k is None:
        return None
    d = drafts[k]
    if d.cue is not None:
        return d.cue.speaker
    return d.surface[0] if d.surface is not None else None


def _asks(text: str, d: _Draft) -> bool:
    """Whether a quotation ends in a question mark."""
    a, b = d.parts[-1]
    return rstrip_marks(text[a:b], " ").endswith("?")


def _exchange(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """In an exchange between two people, one turn to a paragraph, an untagged turn is the speaker's
    of the turn before last: a question right after the answer to the other's question (`"Are you
    staying?" Ruiz asked.` / `"Not tonight," Hale said.` / `"Why not?"`: Ruiz's), and each untagged
    turn after one so taken, or after a reply `reply-turn` takes, or a question after an answer
    `answer-turn` takes (`ALTERNATING`), or an answer `answered-turn` keeps with no speaker (then the
    turns of that one are kept with none: HEARD).  An untagged statement after an answer is the answerer's going
    on (the `floating` rule)."""
    if i < 2:
        return None
    d, before, last = drafts[i], drafts[i - 2], drafts[i - 1]
    paragraphs = [sentences[x.sentence].paragraph for x in (before, last, d)]
    if any(x.type != "direct" for x in (before, last, d)) or paragraphs != list(range(paragraphs[0], paragraphs[0] + 3)):
        return None
    asker, answerer = _who(drafts, i - 2, text), _who(drafts, i - 1, text)
    if (asker is None or answerer is None) and (last.float_rule == "answered-turn" or last.float_rule == "exchange"
                                                and before.float_rule in ("answered-turn", "exchange")):
        # (`"Did you sign it?" the judge asked.` / `"No, sir."` / `"Then who did?"` / `"My lawyer."`: the
        # judge again, then the one whose answer no one named again)
        return _source(drafts, i - 2) if asker is not None else HEARD
    started = last.float_rule in ALTERNATING and (last.float_rule != "answer-turn" or _asks(text, d)
                                                  or _broken_off(text, last))
    opens = _asks(text, d) and _asks(text, before) and not _asks(text, last) and _attributed(last)
    if asker is None or answerer is None or asker == answerer or not (started or opens):
        return None
    return _source(drafts, i - 2)


TURN_WORDS = 12      # a turn of dialogue: a quotation this short, one to a paragraph
TURN_TAG_WORDS = 5   # words of its tag a tagged turn may carry besides (`the detective asked Jones.`)


def _turn(drafts: Sequence[_Draft], i: int, sentences: Sequence[Sentence], text: str, tag_words: int) -> bool:
    """Whether draft `i` is a short turn of dialogue: a direct quote of at most TURN_WORDS words that
    opens its paragraph, the paragraph holding nothing else but at most `tag_words` words of its tag."""
    d = drafts[i]
    if d.type != "direct" or sum(_word_count(text, p) for p in d.parts) > TURN_WORDS:
        return False
    p = sentences[d.sentence].paragraph
    lo = hi = d.sentence
    while lo > 0 and sentences[lo - 1].paragraph == p:
        lo -= 1
    while hi + 1 < len(sentences) and sentences[hi + 1].paragraph == p:
        hi += 1
    start, end = sentences[lo].start, sentences[hi].end
    if d.parts[0][0] < start or d.parts[-1][1] > end or strip_marks(text[start:d.parts[0][0]], " "):
        return False
    return _word_count(text, (start, end)) - sum(_word_count(text, q) for q in d.parts) <= tag_words


def _answer_turn(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """In an exchange of short turns, one to a paragraph (`_turn`), an untagged turn that is no question,
    right after a tagged question put by someone other than the one who spoke the turn before it, or a
    tagged turn that speaks to that one (`you`, `your`, a name, `told her`: `_addresses`), answers it: it
    is the speaker's of the turn before last (`"We lost," Ruiz said.` / `"Why?" Hale asked.` / `"We ran out
    of time."`: Ruiz's; `"Are we ready?" Ann asked.` / `"If your hands are," Ruth said.` / `"They are."`: Ann's).  So too an untagged turn broken off by a dash
    after any tagged turn (`"Open the gate," Tom Vale said.` / `"No," said the guard.` / `"We were going
    to—"`: Vale's, cut short trying to answer; one who goes on opens no new paragraph to break off).  Not
    where the two may be one (`he` after `Ruiz`: `_same_one`), nor after a question its own speaker goes on
    from (an untagged question)."""
    if i < 2:
        return None
    d, last = drafts[i], drafts[i - 1]
    paragraphs = [sentences[drafts[k].sentence].paragraph for k in (i - 2, i - 1, i)]
    if paragraphs != list(range(paragraphs[0], paragraphs[0] + 3)) or _asks(text, d) \
            or not (_asks(text, last) or _addresses(text, last, other=True) or _broken_off(text, d)
                    or _reply_word(text, d)) \
            or not _attributed(last) or not _turn(drafts, i, sentences, text, 0) \
            or not all(_turn(drafts, k, sentences, text, TURN_TAG_WORDS) for k in (i - 2, i - 1)):
        return None
    return _source(drafts, i - 2) if _two_speakers(drafts, i, text) else None


def _answered_turn(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """`"Why are you late?" asked the guard.` / `"The bus broke down."`: an untagged short turn that is no
    question, alone in the paragraph right after a short turn whose tag asks a question (`_turn`) or that
    speaks to one who is there (`_addresses`: `"You are late," said the guard.`), answers
    it (its tag a cue, or a tag word read off the text: `"Not again!" Diego protests.`): another's words, kept
    with no speaker named (HEARD) where no exchange of two tells whose
    (`answer-turn`), not the asker going on (one who goes on after a question of his own does so in its
    paragraph, or at more length than a turn, or right after his own turn before: `"The bill is dead," Smith
    said.` / `"What happens now?" he asked.` / `"We start over in January."`)."""
    d, last = drafts[i], drafts[i - 1]
    if _asks(text, d) or not (_asks(text, last) or _addresses(text, last) or _reply_word(text, d)) \
            or _tag(last) is None or not _attributed(last) or _speaker_range(drafts, i - 1) is None \
            or sentences[d.sentence].paragraph != sentences[last.sentence].paragraph + 1 \
            or not _turn(drafts, i, sentences, text, 0) or not _turn(drafts, i - 1, sentences, text, TURN_TAG_WORDS):
        return None
    if i >= 2 and sentences[drafts[i - 2].sentence].paragraph == sentences[last.sentence].paragraph - 1 \
            and not _two_speakers(drafts, i, text):
        return None  # `"The bill is dead," Smith said.` / `"What happens now?" he asked.`: he asks himself
    return HEARD


_GRAMMAR_WORDS = DETERMINERS | PREPOSITIONS | PRONOUNS.keys() | SUBORDINATE_OPENERS | MAIN_CLAUSE_OPENERS
SCENE_PARAGRAPHS = 2  # the most narration paragraphs before an exchange's first turn read for who is in the scene
# A name in the narration: a capitalised word and up to two more (`Maria`, `Tom Vale`), the first a given name.
_SCENE_NAME = regex.compile(r"(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{Ll}\p{M}'’-]+(?:\h+\p{Lu}[\p{L}\p{M}'’-]+){0,2}")


def _scene_people(text: str, sentences: Sequence[Sentence], drafts: Sequence[_Draft], i: int) -> list[tuple[int, int]]:
    """The people the narration before draft `i`'s paragraph names, one range each (the latest name of each:
    `Tom Vale` and later `Tom` are one): a name opening with a given name (lexicon `first_names`), in the
    paragraphs right before it (at most SCENE_PARAGRAPHS) that hold no quotation; none where none is such, or
    where another capitalised word may name someone more (`Ben` of `Tom and Ben walked in.`, a place: `in Oslo`):
    one inside a sentence, or one opening it that is no word of grammar (`The`, `When`) and the text never writes
    in lower case."""
    p = sentences[drafts[i].sentence].paragraph
    quoted = {sentences[x.sentence].paragraph for x in drafts[:i]}
    first = p
    while first > 0 and p - first < SCENE_PARAGRAPHS and first - 1 not in quoted:
        first -= 1
    if first == p:
        return []
    start = next(x.start for x in sentences if x.paragraph == first)
    people: list[tuple[set[str], tuple[int, int]]] = []
    for name in _SCENE_NAME.finditer(text, start, drafts[i].parts[0][0]):
        words = name.group().split()
        if given_name(words[0]) is None or time_word(words[0]):
            low = words[0].lower()
            opening = not text[start:name.start()].strip() or text[start:name.start()].rstrip()[-1] in ".!?\n"
            if time_word(words[0]) or opening and (low in _GRAMMAR_WORDS or regex.search(
                    r"(?<![\p{L}'’])" + regex.escape(low) + r"(?![\p{L}'’])", text) is not None):
                continue  # (`In May, Tom ...`: a month; `The kitchen ...`: a word opening its sentence)
            return []
        same = next((k for k, (known, _) in enumerate(people) if known & set(words)), None)
        if same is None:
            people.append((set(words), name.span()))
        else:
            people[same] = (people[same][0] | set(words), name.span())
    return [span for _, span in people]


def _scene_other(drafts: list[_Draft], i: int, sentences: Sequence[Sentence],
                 text: str) -> tuple[int, int] | None:
    """`Tom walked into the kitchen, where Maria was making coffee.` / `"You said you'd sleep in," he says.` /
    `"I said a lot of things."`: an untagged turn that answers the tagged turn before it (`answered-turn`),
    where the narration before them names exactly two people (`_scene_people`) and the tagged turn's speaker
    is one of them, by name or by a pronoun of the one's gender only (`he`: Tom, not Maria), is the other
    one's: in a scene of two, whom one speaks to answers.  Else None (more people, or the tag a description)."""
    if i < 1 or _answered_turn(drafts, i, sentences, text) is None or (said := _speaker_range(drafts, i - 1)) is None:
        return None
    people = _scene_people(text, sentences, drafts, i - 1)
    if len(people) != 2:
        return None
    words = text[said[0]:said[1]].split()
    low = words[0].lower() if len(words) == 1 else ""
    gender = PRONOUNS[low][1] if low in GENDERED_NOMINATIVES else None  # `he`, `she`
    if gender is not None:
        genders = [given_name(text[a:b].split()[0]) for a, b in people]
        speaking = [k for k, g in enumerate(genders) if g == gender]
        if len(speaking) != 1 or genders[1 - speaking[0]] in (None, gender):
            return None
        return people[1 - speaking[0]]
    named = [k for k, (a, b) in enumerate(people) if set(text[a:b].split()) & set(words)]
    return people[1 - named[0]] if len(named) == 1 and all(w[:1].isupper() for w in words) else None


# `you` and the word after it, in a quotation (`You are late`, `you’re`).
_YOU_THEN = regex.compile(r"(?<![\p{L}'’])you\h*((?:['’]\p{L}+)|\p{L}+(?:n['’]t)?)", regex.IGNORECASE)


# `you` and an auxiliary with no verb after it, closing its sentence (`You do.`, `You did not!`, `You can't.`):
# a verb phrase elided, taken from the turn just spoken to the one addressed.
_YOU_ELIDED = regex.compile(r"(?<![\p{L}'’])you\h+(?i:" + "|".join(sorted(AUXILIARIES)) + r")(?:n['’]t|\h+not)?"
                            r"\h*[.!,]*\Z", regex.IGNORECASE)


# `you` or `your` in a quotation, as a word.
_SECOND_PERSON = regex.compile(r"(?<![\p{L}'’])(?:you|your|yourself)(?![\p{L}])", regex.IGNORECASE)
# One person right after a verb of telling in a tag (`told her`, `told Maura`, `asked Mr. Hale`): a pronoun for one or
# a capitalised word.
_TOLD_ONE = regex.compile(r"\h+(?:him|her|me|\p{Lu}[\p{L}.'’-]*)(?![\p{L}])")


def _addresses(text: str, d: _Draft, other: bool = False) -> bool:
    """Whether a quotation speaks to one who is there: `you` with what the one addressed is or did right
    after it (lexicon ADDRESSED_YOU_VERBS: `"You are late,"`, `"You promised,"`; not anyone: `"You have to
    vote,"`), a name it addresses (`"Open the gate, Tom,"`: `_vocative`), or its tag tells whom (`"You worry
    too much," he told her.`: a verb of telling, lexicon LISTENER_VERBS, and a person's pronoun or a name
    right after it).  With `other` (in an exchange of two, where the one spoken to is the other one),
    any `you` or `your` does (`"If your hands are up to it,"`).  So too `you` and an auxiliary that ends the
    quotation, its verb elided from the turn before (`"You do."`, `"You did not!"`: `_YOU_ELIDED`)."""
    said = " ".join(text[a:b] for a, b in d.parts)
    if other and _SECOND_PERSON.search(said) is not None:
        return True
    told = d.cue is not None and d.cue.verb.lemma in LISTENER_VERBS \
        and _TOLD_ONE.match(text, d.cue.verb.end) is not None
    if any(_YOU_ELIDED.search(rstrip_marks(text[a:b], " ")) is not None for a, b in d.parts):
        return True   # `"You do."`: a retort to what the one addressed just said
    return told or any(m.group(1).lower() in ADDRESSED_YOU_VERBS for m in _YOU_THEN.finditer(said)) \
        or _vocative(text, d.parts) is not None


def _reply_word(text: str, d: _Draft) -> bool:
    """Whether a quotation is one word of reply and nothing else (`"Good."`, `"Yes!"`: lexicon REPLY_WORDS):
    an answer to the turn before, never one speaker going on (who says more than a word)."""
    said = " ".join(text[a:b] for a, b in d.parts).split()
    return len(said) == 1 and strip_marks(said[0], ".,!;: ").lower() in REPLY_WORDS


def _broken_off(text: str, d: _Draft) -> bool:
    """Whether a quotation ends on a dash, its words broken off (`"We were going to—"`)."""
    a, b = d.parts[-1]
    return rstrip_marks(text[a:b], " ").endswith(BREAK_DASHES)


def _two_speakers(drafts: list[_Draft], i: int, text: str) -> bool:
    """Whether the two turns before draft `i` have speakers that cannot be one (not the same words, and
    neither may stand for the other: `he` after `Ruiz`, `_same_one`): a dialogue of two."""
    first, second = _speaker_range(drafts, i - 2), _speaker_range(drafts, i - 1)
    return not (first is None or second is None or text[first[0]:first[1]].lower() == text[second[0]:second[1]].lower()
                or _same_one(text, first, Span.of(text, *second), None)
                or _same_one(text, second, Span.of(text, *first), None))


def _retort_turn(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """In an exchange of short turns, one to a paragraph (`_turn`), an untagged turn that is no question and
    speaks to one who is there (`_addresses`: `you` and what that one is or did, an elided verb, a name), right
    after two tagged turns of two speakers (`_two_speakers`), answers the second: it is the first one's
    (`"Walt exaggerates," Ann said.` / `"I do not," Walt said.` / `"You do."`: Ann's); one who goes on
    speaking to the other does so in his own paragraph.  The turns before may carry narration before their
    quotation (`Park laughed. "..." she said.`), the untagged one none."""
    if i < 2:
        return None
    d, before, last = drafts[i], drafts[i - 2], drafts[i - 1]
    paragraphs = [sentences[x.sentence].paragraph for x in (before, last, d)]
    if paragraphs != list(range(paragraphs[0], paragraphs[0] + 3)) or _asks(text, d) \
            or before.cue is None or last.cue is None or not _addresses(text, d) \
            or not _turn(drafts, i, sentences, text, 0) or not _turn(drafts, i - 1, sentences, text, TURN_TAG_WORDS):
        return None
    return _source(drafts, i - 2) if _two_speakers(drafts, i, text) else None


def _reply_turn(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """In an exchange of short turns, one to a paragraph (`_turn`), an untagged turn right after a turn
    tagged with a verb of replying (`replied`, `answered`: lexicon REPLY_VERBS) to someone else's turn
    before it is the first one's again: a reply makes a dialogue of two, whose untagged turns alternate
    (`"You came back," Ann said.` / `"I said I would," her son replied.` / `"You said that last time."`:
    Ann's).  Not where the two may be one (`he` after `Ruiz`: `_same_one`)."""
    if i < 2:
        return None
    last = drafts[i - 1]
    paragraphs = [sentences[drafts[k].sentence].paragraph for k in (i - 2, i - 1, i)]
    if paragraphs != list(range(paragraphs[0], paragraphs[0] + 3)) or last.cue is None \
            or last.cue.verb.lemma not in REPLY_VERBS or not _turn(drafts, i, sentences, text, 0) \
            or not all(_turn(drafts, k, sentences, text, TURN_TAG_WORDS) for k in (i - 2, i - 1)):
        return None
    return _source(drafts, i - 2) if _two_speakers(drafts, i, text) else None


def _run_before(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """The quote before it in the same run (same paragraph after an indirect quote, else at most
    RUN_GAP_PARAGRAPHS on), when that one has a speaker or floats itself: whose speaker it takes."""
    d, prev = drafts[i], drafts[i - 1]
    if _answers_back_to_back(drafts, i, text) or _cut_short(drafts, i, text):
        return None   # `"Which car?" "The blue one."`, `"I think--"` / `"No," she said.`: `answered-question`
    gap = sentences[d.sentence].paragraph - sentences[prev.sentence].paragraph
    if (prev.type != "indirect" or gap == 0) and gap <= RUN_GAP_PARAGRAPHS:
        return _source(drafts, i - 1)
    return None


def _report_before(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """`Hale said the roads were closed.` / `"We cannot reach the farms."`: a quotation opening its
    paragraph right after a paragraph that closes on a reported clause goes on with that report; whose
    speaker it takes."""
    d, prev = drafts[i], drafts[i - 1]
    if prev.type != "indirect" or prev.cue is None:
        return None
    k = max(0, bisect.bisect_right(sentences, prev.parts[-1][1] - 1, key=lambda s: s.start) - 1)
    closes = k + 1 >= len(sentences) or sentences[k + 1].paragraph != sentences[k].paragraph
    opens = not strip_marks(text[sentences[d.sentence].start:d.parts[0][0]], " ")
    return i - 1 if closes and opens and sentences[d.sentence].paragraph == sentences[k].paragraph + 1 else None


# The float rules that read an exchange of two, whose untagged turns alternate from then on (`exchange`;
# after an answer `answer-turn` reads, only a question: a statement there is the answerer's going on).
ALTERNATING = ("exchange", "answer-turn", "reply-turn", "retort-turn", "doubting-turn")

UNCLAIMED = -1  # the `unclaimed` rule's answer: no quote to float from, and the quotation is dropped
HEARD = -2      # a turn of a dialogue whose speaker no rule tells: someone's words, kept with no speaker named
HEARD_RULES = ("answered-question", "cut-in", "answered-turn", "doubting-turn")   # the float rules that answer HEARD


def _between(text: str, a: int, b: int) -> bool:
    """Whether nothing but spaces, line breaks and quotation marks stands between a and b."""
    return not strip_marks(text[a:b], " ").strip()


def _answers_back_to_back(drafts: Sequence[_Draft], i: int, text: str) -> bool:
    """Whether draft `i` is a quotation right after a quoted question, back to back in one paragraph (only
    spaces between): `"Which car?" "The blue one."`, two turns, the second answering the first."""
    if i == 0 or drafts[i].type != "direct" or drafts[i - 1].type != "direct" or not _asks(text, drafts[i - 1]):
        return False
    a, b = drafts[i - 1].parts[-1][1], drafts[i].parts[0][0]
    return a <= b and "\n" not in text[a:b] and _between(text, a, b)


def _cut_short(drafts: Sequence[_Draft], i: int, text: str) -> bool:
    """Whether draft `i` is words broken off by a dash (`_broken_off`) with a quotation tagged with its own
    cue and speaker right after it, nothing but marks and a paragraph break between (`"I think--"` / `"No,"
    she said. "Listen."`): the tagged one cut it short, so it is the other one's turn, not the tagged one's
    nor the speaker's before it going on."""
    if i + 1 >= len(drafts) or drafts[i].type != "direct" or not _broken_off(text, drafts[i]):
        return False
    a, e = drafts[i].parts[-1][1], drafts[i + 1]
    b = e.parts[0][0]
    return a <= b and e.cue is not None and e.cue.speaker is not None and _between(text, a, b) \
        and text.count("\n", a, b) <= PARAGRAPH_BREAK_LINES


def _answered_question(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """`"Is this the place?" "Yes," said the driver.`: an untagged question, opening its sentence, with a
    quotation tagged with its own cue right after it (in its paragraph or opening the next, nothing between)
    is a turn of a dialogue that the tagged one answers: someone's words, not a slogan nor a title, kept
    with no speaker named (HEARD), where nothing in the narration names who asked (`narrator-subject`
    reads a subject before it: `Reed got out. "Is this the place?"`).  So too each of a run of untagged
    questions and their answers back to back before the tagged one (`"Did you see him?" "Who?" "The man
    with the dog," Ruiz said.`), and an answer right after a quoted question in its paragraph, back to back, with
    no tagged one after (`"In the car," he said. "Which car?" "The blue one."`: not the asker's going on)."""
    d = drafts[i]
    if d.type != "direct" or not _between(text, sentences[d.sentence].start, d.parts[0][0]):
        return None
    asked = i > 0 and _asks(text, drafts[i - 1]) and _between(text, drafts[i - 1].parts[-1][1], d.parts[0][0])
    if _cut_short(drafts, i, text):
        return HEARD
    if not (_asks(text, d) or asked):
        return None
    for j in range(i, len(drafts) - 1):   # on through untagged turns back to back, to the tagged one
        x, e = drafts[j], drafts[j + 1]
        if x.type != "direct" or len(x.parts) != 1 or e.type != "direct" \
                or not _between(text, x.parts[-1][1], e.parts[0][0]):
            return None
        if e.cue is not None and e.cue.speaker is not None:
            return HEARD
        if _attributed(e) or e.settled or not (_asks(text, e) or _asks(text, x)):
            break
    return HEARD if _answers_back_to_back(drafts, i, text) else None


def _cut_in(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """`"We were--" "No." "Listen--" "No," she said.`: a quotation right after one broken off by a dash
    (`cut-off`), nothing between them, is what cut it short: the other one's words, kept with no speaker
    named (HEARD) however short (`"No."`), as the broken-off one is."""
    if i == 0 or drafts[i].type != "direct" or drafts[i - 1].rules.get("link") != "cut-off":
        return None
    return HEARD if _between(text, drafts[i - 1].parts[-1][1], drafts[i].parts[0][0]) else None


def _unclaimed(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """`The harbour reopened in May.` / `"Fair winds, full nets."`: quoted words that nothing ties to
    anyone (no cue, no subject, colon or narration that may speak) and that float from no quote before
    them are no one's words the text reports: a slogan, a title, a term; dropped."""
    return UNCLAIMED if drafts[i].type == "direct" else None


NEW_VOICE_TAG_WORDS = 12   # words of its tag a turn of one joining an exchange may carry (`said Tom Berg from the door.`)


def _doubting_turn(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """In a running exchange (the turn two before took its speaker from an exchange rule, `ALTERNATING`), an
    untagged short question turn alone in its paragraph that speaks to one who is there (any `you`:
    `_addresses`), right after a tagged turn that asks nothing (its tag up to NEW_VOICE_TAG_WORDS words), answers
    that turn: the speaker's of the turn before last, where the two turns before are two speakers, else
    someone's with no one named (HEARD); never the tagged one going on, who asks the other nothing in a
    paragraph of its own (`"The roads are closed."` / `"They opened an hour ago," Tom Berg said from the door.` /
    `"Are you sure?"`)."""
    if i < 2:
        return None
    d, last, before = drafts[i], drafts[i - 1], drafts[i - 2]
    paragraphs = [sentences[drafts[k].sentence].paragraph for k in (i - 2, i - 1, i)]
    if paragraphs != list(range(paragraphs[0], paragraphs[0] + 3)) or not _asks(text, d) or _asks(text, last) \
            or not _attributed(last) or before.float_rule not in ALTERNATING or not _addresses(text, d, other=True) \
            or not _turn(drafts, i, sentences, text, 0) or not _turn(drafts, i - 1, sentences, text, NEW_VOICE_TAG_WORDS):
        return None
    return _source(drafts, i - 2) if _two_speakers(drafts, i, text) else HEARD


def _prompt_between(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """`"I left home at 16," Maria Costa said.` / `"And then?"` / `"Then I found work," she said.`: an untagged short
    question alone in its paragraph (`_turn`), between a paragraph with a quotation of one speaker and one opening
    with that speaker's next quotation, tagged with its own cue (the same words, or a pronoun that may stand for
    them or they for it: `_same_one`, or a description resolved to the same name: `_resolve_alike`), is another's prompt that the speaker answers (an interviewer's, a reporter's): no one asks a
    question and answers it in turns of their own; kept with no speaker named (HEARD), not the first one's going on."""
    if i + 1 >= len(drafts):
        return None
    d, last, after = drafts[i], drafts[i - 1], drafts[i + 1]
    paragraphs = [sentences[x.sentence].paragraph for x in (last, d, after)]
    said = _speaker_range(drafts, i - 1)
    if paragraphs != list(range(paragraphs[0], paragraphs[0] + 3)) or not _asks(text, d) or said is None \
            or d.type != "direct" or after.type != "direct" or after.cue is None or after.cue.speaker is None \
            or not _turn(drafts, i, sentences, text, 0) \
            or not _between(text, sentences[after.sentence].start, after.parts[0][0]):
        return None
    answering = after.cue.speaker
    same = text[said[0]:said[1]].lower() == text[answering[0]:answering[1]].lower() \
        or _same_one(text, answering, Span.of(text, *said), None) or _same_one(text, said, Span.of(text, *answering), None) \
        or _resolve_alike(text, said, answering)
    return HEARD if same else None


def _resolve_alike(text: str, first: tuple[int, int], then: tuple[int, int]) -> bool:
    """Whether two speakers' words, `first` before `then`, name one person as resolution reads them in that order:
    a description and the name it stands for (`coach Maria Costa` ... `the coach`), each resolved to one range."""
    resolver = Resolver(text)
    named = resolver.resolve(mention(text, *first, None))
    return named is not None and resolver.resolve(mention(text, *then, None)) == named


def _past_question(drafts: list[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> int | None:
    """`"...," Ruiz said when asked whether she would run.` / `"..."`: a question put by no one named
    (the `question-asked` clause) between two quotations is no turn of its own; the quotation after
    it floats past it, to the quote before it."""
    if i < 2 or drafts[i - 1].rules.get("link") != "question-asked":
        return None
    return _run_before(drafts[:i - 1] + [drafts[i]], i - 1, sentences, text)


FLOATING = Table("float", doc="A direct quote nothing links takes the speaker of another quote.", rules=(
    Rule("exchange", "float", "In an exchange, one turn to a paragraph, a question after the answer to the "
         "other's question, and each untagged turn after it (or after a reply `reply-turn` takes, or a question "
         "after an answer `answer-turn` takes, or an answer `answered-turn` keeps with no speaker, whose one's "
         "turns are kept with none), is the speaker's of the turn before last.", _exchange,
         (Example('"Are you staying?" Ruiz asked.\n\n"Not tonight," Hale said.\n\n"Why not?"\n\n'
                  '"The roads are closed."', "Why not?", "Ruiz"),
          Example('"Are you staying?" Ruiz asked.\n\n"Not tonight," Hale said.\n\n"Why not?"\n\n'
                  '"The roads are closed."', "The roads are closed.", "Hale"),
          Example('"The boat leaves at six," Vik Moen said.\n\n"Six in the morning?" I asked.\n\n'
                  '"Six in the morning."\n\n"And if it rains?"\n\n"It leaves anyway."', "And if it rains?", "I"),
          Example('"You came back," said Ann Okafor.\n\n"I said I would," her son replied.\n\n'
                  '"You said that last time."\n\n"This time I mean it."', "This time I mean it.", "her son"))),
    Rule("answer-turn", "float", "In an exchange of short turns, one to a paragraph, an untagged turn that is no "
         "question, right after a tagged question put by someone other than the speaker of the turn before it, "
         "or a tagged turn that speaks to that one (`you`, `your`, a name, `told her`), "
         "answers it: the speaker's of the turn before last; so too an untagged turn broken off by a dash after any "
         "tagged turn (`\"We were going to\u2014\"`): one who goes on opens no new paragraph to break off.", _answer_turn,
         (Example('"We lost the vote," Ruiz said.\n\n"Why?" Hale asked.\n\n"We ran out of time."',
                  "We ran out of time.", "Ruiz"),
          Example('"I was at home all night," Jones said.\n\n"Can anyone confirm that?" the detective asked.'
                  '\n\n"My wife."', "My wife.", "Jones"),
          Example('"Open the gate," Tom Vale said.\n\n"No," said the guard.\n\n"We were going to\u2014"',
                  "We were going to\u2014", "Tom Vale"),
          Example('"Are we playing the Brahms?" Ann Berg asked.\n\n"If your hands are up to it," Ruth Dahl said.'
                  '\n\n"They are."', "They are.", "Ann Berg"))),
    Rule("reply-turn", "float", "In an exchange of short turns, one to a paragraph, an untagged turn right after "
         "a turn tagged with a verb of replying (lexicon `REPLY_VERBS`) to someone else's turn is the first one's "
         "again: the speaker's of the turn before last.", _reply_turn,
         (Example('"You came back," said Ann Okafor.\n\n"I said I would," her son replied.\n\n'
                  '"You said that last time."', "You said that last time.", "Ann Okafor"),)),
    Rule("retort-turn", "float", "In an exchange of short turns, one to a paragraph, an untagged turn that is no "
         "question and speaks to one who is there (`you` and what that one is or did, a verb elided after `you`: "
         "`\"You do.\"`; a name it addresses), right after two tagged turns of two speakers, answers the second: the "
         "first one's; their untagged turns alternate from then on.", _retort_turn,
         (Example('"Walt exaggerates everything," Ann Park said.\n\n"I do not," Walt Jensen said.\n\n"You do."',
                  "You do.", "Ann Park"),
          Example('"The roof held," Ann Park said.\n\n"It leaked all night," Walt Jensen said.\n\n'
                  '"You were asleep, Walt."', "You were asleep, Walt.", "Ann Park"))),
    Rule("scene-other", "float", "An untagged turn that answers the tagged turn before it (as `answered-turn` "
         "reads it), where the narration paragraphs right before them name exactly two people (a name opening "
         "with a given name) and the tagged turn's speaker is one of them (by name, or `he` or `she` of that one's "
         "gender only), is the other one's: in a scene of two, whom one speaks to answers.", _scene_other,
         (Example('Tom walked into the kitchen, where Maria was making coffee.\n\n"You said you would sleep in '
                  'today," he says.\n\n"I said a lot of things."', "I said a lot of things.", "Maria"),
          Example('Tom Vale met Ann Berg at the gate.\n\n"You are late," Vale said.\n\n"The bus broke down."',
                  "The bus broke down.", "Ann Berg"))),
    Rule("answered-turn", "float", "An untagged short turn, no question, alone in the paragraph right after a "
         "short turn tagged as a question (`\"Why are you late?\" asked the guard.`), or one that speaks to "
         "one who is there (`you` and what that one is or did: `\"You are late,\"`, lexicon ADDRESSED_YOU_VERBS; "
         "a name it addresses: `\"Open the gate, Tom,\"`; a tag that tells whom: `he told her`), answers it: another's "
         "words, kept with no speaker named where no exchange of two tells whose, not the asker going on (as "
         "one who asked right after a turn of his own does: `\"The bill is dead,\" Smith said.` / `\"What happens "
         "now?\" he asked.` / `\"We start over in January.\"`).",
         _answered_turn,
         (Example('"Why are you late?" asked the guard.\n\n"The bus broke down."', "The bus broke down.", None),
          Example('"You are late," said the guard.\n\n"The bus broke down."', "The bus broke down.", None),
          Example('"Open the gate, Tom," said the guard.\n\n"Not tonight."', "Not tonight.", None),
          Example('"This is no place for a boat," he told her.\n\n"Somebody has to try."', "Somebody has to try.",
                  None))),
    Rule("doubting-turn", "float", "In a running exchange (the turn two before took its speaker from an "
         "exchange rule), an untagged short question turn alone in its paragraph that speaks to one who is there "
         "(`you`), right after a tagged turn that asks nothing, answers that turn: the speaker's of the turn before "
         "last where the two turns before are two speakers (else kept with no speaker named), not the tagged one "
         "going on; the exchange alternates from then on.", _doubting_turn,
         (Example('"Are you staying?" Ruiz asked.\n\n"Not tonight," Hale said.\n\n"Why not?"\n\n"The roads are '
                  'closed."\n\n"They opened an hour ago," Tom Berg said from the door.\n\n"Are you sure?"',
                  "Are you sure?", "Hale"),)),
    Rule("prompt-between", "float", "An untagged short question alone in its paragraph, between a paragraph with one "
         "speaker's quotation and one opening with that speaker's next, tagged (the same name, a pronoun that may "
         "stand for it, or a description resolved to the same name: `coach Maria Costa` ... `the coach`), is another's prompt the speaker answers (an interviewer's): kept with no speaker named, not "
         "joined to the quotation before it.", _prompt_between,
         (Example('"I left home at 16," Maria Costa said.\n\n"And then?"\n\n"Then I found work in the port," she '
                  'said.', "And then?", None),)),
    Rule("past-question", "float", "Past a question put by no one named (`when asked whether ...`), the speaker "
         "of the quote before it.", _past_question,
         (Example('"I have no plans to run," Ruiz said when asked whether she would seek the seat.'
                  '\n\n"My work is here."', "My work is here.", "Ruiz"),)),
    Rule("report-before", "float", "A quotation opening its paragraph after a paragraph that closes on a reported "
         "clause: that reporter's.", _report_before,
         (Example('"It is a start," Ruiz said of the plan. Hale said the roads to the valley were closed.\n\n'
                  '"We cannot reach the farms."', "We cannot reach the farms.", "Hale"),)),
    Rule("floating", "float", "The speaker of the quote just before it in the same run of quotes.", _run_before,
         (Example('Kerry spoke to reporters in Geneva on Friday. "We are close to a deal," he said. The talks '
                  'then paused.\n"There is still a lot of work to do on the details."',
                  "There is still a lot of work to do on the details.", "he"),)),
    Rule("answered-question", "float", "An untagged question opening its sentence, with a quotation tagged with "
         "its own cue right after it (nothing between, in its paragraph or opening the next), is a turn of a dialogue "
         "the tagged one answers: someone's words, kept with no speaker named, where no rule names who asked; so "
         "too each of a run of untagged questions and answers back to back before the tagged one, and an answer "
         "back to back after a quoted question in its paragraph (not the asker going on), and words broken off by a "
         "dash right before a tagged quotation (`\"I think--\"` / `\"No,\" she said.`), which cut them short.",
         _answered_question,
         (Example('"Is this the place?" "Yes," said the driver.', "Is this the place?", None),
          Example('The cab stopped outside the hall. "Is this the place?" "Yes," said the driver.',
                  "Is this the place?", None),
          Example('"Did you see him?" "Who?" "The man with the dog," Ruiz said.', "Did you see him?", None),
          Example('"Where is the key?" Ruiz asked her son. "In the car," he said. "Which car?" "The blue one."',
                  "The blue one.", None),
          Example('"We lost the vote," Tom Hale said.\n\n"I think\u2014"\n\n"No," Ann Ruiz said. "Listen."',
                  "I think\u2014", None))),
    Rule("cut-in", "float", "A quotation right after one broken off by a dash (`cut-off`), nothing between, is "
         "what cut it short: the other one's words, kept with no speaker named however short.", _cut_in,
         (Example('"We were\u2014" "No." "Listen\u2014" "No," she said.', "No.", None),)),
    Rule("unclaimed", "float", "A quotation nothing links that floats from no quote either: words the text "
         "gives no one (a slogan, a title, a term), dropped.", _unclaimed,
         (Example('The harbour reopened in May after a long winter.\n\n"Fair winds and full nets for all."\n\n'
                  'Boats left at dawn.', "Fair winds and full nets for all.", kept=False),
          Example('Update: "The bridge is closed until further notice."', "The bridge is closed until further notice.",
                  kept=False))),
))


def _same_one(text: str, rng: tuple[int, int], speaker: Span, resolved: Span | None) -> bool:
    """Whether the words at `rng` may name the one `speaker` names: `he` or `she` for one person of
    that gender or none known (never for `I` or `you`: `"Why?" I ask.` after `she recalls` is a turn of
    two), or a name ending in the same word as the speaker's fullest name."""
    words = text[rng[0]:rng[1]].split()
    named = (resolved or speaker).text.split()
    if not words or not named:
        return False
    pronoun = PRONOUNS.get(words[0].lower()) if len(words) == 1 else None
    if pronoun is not None and len(named) == 1 and named[0].lower() in FIRST_PERSON_WORDS | SECOND_PERSON_WORDS:
        return words[0].lower() == named[0].lower()   # `she` is never the `I` who writes, nor the `you` spoken to
    if pronoun is not None:
        gender = gender_of(named)
        plural = PRONOUNS.get(named[0].lower(), ("sing",))[0] == "plur" or " and " in f" {' '.join(named)} "
        return pronoun[1] in ("masc", "fem") and not plural and gender in (None, pronoun[1])
    return words[-1][:1].isupper() and _last_word(words) == _last_word(named)


def _last_word(words: Sequence[str]) -> str:
    """The last of a name's words, lowercased, without a possessive (`Ruiz's`: `ruiz`)."""
    return words[-1].strip(".,'’").removesuffix("'s").removesuffix("’s").lower()


def _nearer_mention(text: str, sentences: Sequence[Sentence], parses: Mapping[int, Sequence[Word]], inside: Inside,
                    between: tuple[int, int], speaker: Span, resolved: Span | None) -> tuple[int, int] | None:
    """`"We will win," Ruiz said. She then turned to the press.` / `"Any questions?"`: a floating quote's
    speaker is the last mention of its speaker before it, a subject with no quotation between it and
    the quote (`When she stopped -- "..." --`, `What a "win" means is unclear, since she ...` /
    `"..."`) after the quote it floats from, rather than that quote's speaker."""
    lo, hi = between
    for s in reversed(sentences):
        if s.start >= hi:
            continue
        if s.start < lo:
            return None
        end = min(s.end, hi)   # in the quote's own sentence, the words before it
        if s.index not in parses:
            continue
        found = next((rng for rng in verb_subjects(parses[s.index]) if rng[1] <= end
                      and not inside.overlaps((rng[0], hi)) and _same_one(text, rng, speaker, resolved)), None)
        if found is not None:   # the first: the main clause's subject before one in a clause it holds
            return found
    return None


NEARER = Table("nearer", doc="A floating quote's speaker, nearer than the one it floats from.", rules=(
    Rule("nearer-mention", "nearer", "A subject naming the same one (`he`, `she`, the same surname) in the last "
         "sentence before it that has one, after the quote it floats from and any turn it skips (an exchange's "
         "other speaker's tag), no quotation between.", _nearer_mention,
         (Example('"We will win," Ruiz said. She then turned to the press.\n\n"Any questions?"',
                  "Any questions?", "She"),
          Example('"We will win," Ruiz said.\n\nWhen she finally stopped -- "I will fight for you!" -- the crowd '
                  'cheered.', "I will fight for you!", "she"),
          Example('"We will win," Ruiz said.\n\nWhat a "win" would mean was left unclear, since she gave no '
                  'details.\n\n"We will do it soon."', "We will do it soon.", "she")), parse="before-turn"),
))


def _join_continuations(drafts: list[_Draft], text: str, starts: Sequence[int]) -> list[_Draft]:
    """`"A," Trump said.` closing a paragraph and `"B."` opening the next, with no cue of its own:
    one quotation in two parts, as split quotes are within a paragraph; so too a paraphrase and the
    quotation after its closing cue (`Obama "felt an obligation," Axelrod said. "B."`), and a
    quotation its cue introduces (`Trump said: "A."` / `"B."`); the cue may be words a rule read off
    the text (`"A," the host pressed.`), or none when both float from the same quote (`"A."` / `"B."`
    after `"...," Ruiz said.`).  The later quotation opens the sentence right after the one
    that closes the earlier quotation or its cue, whichever comes last (abbreviations, `U.S.`, are the
    segmenter's to tell from sentence ends), with a paragraph break at most between them.  A turn another
    answers (`answered-turn`: `"You are late," said the guard.` / `"The bus broke down."`) is no part of it.
    Drafts floating from a joined one float from the one it joined."""
    out: list[_Draft] = []
    kept: dict[int, int] = {}   # index in `drafts` -> index in `out`
    for i, d in enumerate(drafts):
        prev = out[-1] if out else None
        if d.float_from is not None:
            d.float_from = kept[d.float_from]
        tag = _tag(prev) if prev is not None else None
        floats = prev is not None and tag is None and prev.float_from is not None and d.float_from == prev.float_from
        if prev is not None and (d.float_from == len(out) - 1 and tag is not None or floats) \
                and prev.type != "indirect" and "split" not in prev.rules \
                and (tag is None or tag[0] < d.parts[0][0]) \
                and d.sentence == bisect.bisect_right(starts, max(tag[0] if tag else 0, prev.parts[-1][1] - 1)) \
                and not strip_marks(text[starts[d.sentence]:d.parts[0][0]], " ") \
                and text.count("\n", prev.parts[-1][1], d.parts[0][0]) <= PARAGRAPH_BREAK_LINES:
            prev.parts.extend(d.parts)
            kept[i] = len(out) - 1
            continue
        kept[i] = len(out)
        out.append(d)
    return out


def _subject_before_pronoun(text: str, found: Mention, cues: Sequence[Cue], words: Sequence[Word]) -> bool:
    """Whether a name opening a sentence whose cues' speakers are pronouns is its subject, in narration
    (`Ruiz leaned forward as she spoke.`): the parse's nominal subject, with no quotation mark before the
    pronouns (not `Ruiz lost me long ago," he said.`) and not set off by a comma (`Bob, they said, left.`)."""
    first = min(c.speaker[0] for c in cues if c.speaker is not None)
    word = next((w for w in words if w.end == found.end), None)
    while word is not None and word.deprel in ("flat", "compound") and found.start <= words[word.head].start:
        word = words[word.head]  # `City boss Ian Marsh` with `Marsh` hung from `Ian`: the name's head
    return found.end <= first and word is not None and word.deprel in ("nsubj", "nsubj:pass") \
        and regex.search(ANY_MARK, text[found.start:first]) is None and text[found.end:found.end + 1] != ","


def _through_closing_mark(text: str, a: int, b: int, inside: Inside) -> tuple[int, int]:
    """A mixed quote's part [a, b) that runs from narration into a quotation and stops inside it short of
    no more than the quotation's closing punctuation (`slammed it as "extremely careless,"` cut at
    `careless`) runs on through that punctuation and the closing mark: a mixed quote never ends inside its
    quotation, leaving a mark unpaired.  A part that opens inside the quotation, or stops short of
    more of its words (the rest of a quotation running on past the sentence), is left as it is.  So too at
    its start: a part that opens at a quotation's first word and runs on past it (`"We will win," Hale
    told the crowd, according to a recording`) opens at its opening mark."""
    opened = inside.part_at(a)
    if opened is not None and text[opened[0]:a].strip() == "" and b > opened[1]:
        a = marks_before(text, opened[0])
    held = inside.part_at(b - 1) if b > a else None
    if held is None or held[0] <= a or text[b:held[1]].strip(".,;:!?") != "":
        return a, b
    return a, past_marks(text, held[1], closing=True)


def _answers_turn(drafts: Sequence[_Draft], i: int, sentences: Sequence[Sentence], text: str) -> bool:
    """Whether draft `i` is a short turn of dialogue (`_turn`) whose verb answers (lexicon REPLY_VERBS: `she
    replied`) right after another short turn with a speaker, in the paragraph before: a reply to that one's
    words, never that one's own (`"You are late," Berg said.` / `"The train was slow," she replied.`)."""
    d = drafts[i]
    if i == 0 or d.cue is None or d.cue.verb.lemma not in REPLY_VERBS or not _attributed(drafts[i - 1]):
        return False
    return sentences[d.sentence].paragraph == sentences[drafts[i - 1].sentence].paragraph + 1 \
        and _turn(drafts, i, sentences, text, TURN_TAG_WORDS) and _turn(drafts, i - 1, sentences, text, TURN_TAG_WORDS)


def _reported_question(text: str, d: _Draft, cues: Sequence[Cue]) -> bool:
    """`Lee asked her whether the plan would work.`: an indirect quote that is a question put to someone,
    its cue `ask` and its words opening with `whether`, `if` or a wh-word (lexicon QUESTION_OPENERS), or
    the topic asked about after `about` (`The moderator asked Lee about the plant.`: QUESTION_TOPIC_PREPOSITIONS):
    the one asked answers it, as one asked a quoted question does (`listener-replies`).  Only a question:
    narration of what one told another (`told her the plan was sound`) names no one who answers; nor one
    told of in another's report in its sentence (`What upset her, she said, was a question, when a man
    asked Ruiz why ...`: she tells of that exchange, and speaks next).  A verb of questioning someone puts
    its question too (lexicon QUESTIONING_VERBS: `pressed her on whether ...`), and a topic put to someone is
    a question on it (`asked him about the polls`, `grilled her over the fees`)."""
    if d.type != "indirect" or d.cue is None or d.cue.verb.lemma not in QUESTIONING_VERBS | {"ask"} \
            or any(c is not d.cue and c.speaker is not None
                   and not d.parts[0][0] <= c.span[0] < d.parts[-1][1] for c in cues):
        return False  # (a cue inside the question is part of what is asked: `whether she would apologise`)
    if d.cue.content_rule in _TOPIC_CONTENTS:
        return True
    first = regex.match(r"\p{L}+", text[d.parts[0][0]:d.parts[0][1]])
    topic = regex.search(r"(\p{L}+)\s+\Z", text[max(0, d.parts[0][0] - 12):d.parts[0][0]])
    return first is not None and first.group().lower() in QUESTION_OPENERS \
        or topic is not None and topic.group(1).lower() in QUESTION_TOPIC_PREPOSITIONS  # `asked Lee about ...`


_TOPIC_CONTENTS = frozenset({"reported-object", "listener-topic"})  # `asked him about the polls`: the topic


def _records(text: str, sentences: Sequence[Sentence], drafts: list[_Draft],
             cues_by_sentence: Mapping[int, list[Cue]], inside: Inside,
             parses: Mapping[int, Sequence[Word]] | None = None) -> list[Quote]:
    resolver = Resolver(text)
    credits = {s.index for s in sentences if credit_line(text, s.start, s.end)}  # who wrote it: no one in it
    subjects = [_speaker_mention(text, c, c.speaker)
                for cues in cues_by_sentence.values() for c in cues if c.speaker is not None and c.sentence not in credits]
    for s in sentences:  # a sentence with no cue that names a speaker may still name who speaks next
        if s.index in credits:
            continue
        cues = [c for c in cues_by_sentence.get(s.index, ()) if c.speaker is not None]
        owner = opening_owner(text, s.start, s.end)  # `Her rival was unimpressed.`: whom `Her` names is a woman
        if owner is not None:
            subjects.append(owner)
        measured = measured_body(text, s.start, s.end)  # `Shares in the firm fell after it warned`: the firm
        if measured is not None:
            subjects.append(measured)
        if not cues:
            # (`Quill's partner left.`: the partner, not Quill; `Part of the issue is ...`: no one)
            found = opening_subject(text, s.start, s.end, parses.get(s.index, ()) if parses else ())
            if found is not None:
                subjects.append(found)
            # (`The moderators moved on, but Dent was not having it.`: a joined clause's subject, a man or a woman)
            subjects += [x for x in coordinated_names(text, s.start, s.end) if resolver.is_name(x) and resolver.tells_gender(x)]
        elif all(mention(text, *c.speaker, None).pronoun for c in cues if c.speaker is not None):
            found = opening_name(text, s.start, s.end)  # `Ruiz leaned forward as she spoke.`: a name, the subject
            if found is not None and _subject_before_pronoun(text, found, cues, parses.get(s.index, ()) if parses else ()) \
                    and resolver.is_name(found):
                subjects.append(found)
    subjects.sort(key=lambda m: m.start)
    speakers: list[tuple[Span | None, Span | None]] = []
    si = 0
    out: list[Quote] = []
    for d in drafts:
        first = min(d.parts[0][0], d.cue.span[0]) if d.cue is not None else d.parts[0][0]
        while si < len(subjects) and subjects[si].end <= first:
            resolver.add_subject(subjects[si])
            si += 1
        speaker: Span | None
        speaker_resolved: Span | None
        rules = dict(d.rules)
        if d.cue is not None and d.cue.rule is not None:
            rules["cue"] = d.cue.rule
        rng = None
        nobody = d.cue.speaker_rule if d.cue is not None and d.cue.speaker is None else None
        if d.cue is not None and nobody is None:  # (a subject rule that found nobody speaks is not overridden)
            chosen = SPEAKERS.first(text, sentences[d.cue.sentence], d.parts, d.cue, d.type, inside)
            if chosen is not None:
                rng = chosen[1]
                rules["speaker"] = (d.cue.speaker_rule or chosen[0]) if chosen[0] == "cue-subject" else chosen[0]
                if chosen[0] == "cue-subject" and d.cue.span_rule is not None:
                    rules["span"] = d.cue.span_rule
        if nobody is not None:
            rules["speaker"] = nobody  # a subject rule that found nobody speaks
        if rng is not None and d.type == "direct":
            widened = WIDENING.first(text, d.parts, rng)
            if widened is not None:
                rules["widen"], rng = widened
        if d.cue is not None and rng is not None:
            before = d.type != "direct" and d.parts[-1][1] <= d.cue.span[0] and d.sentence == d.cue.sentence
            questioned = _reported_question(text, d, cues_by_sentence.get(d.cue.sentence, ()))
            told = _listener(text, d.cue, parses.get(d.cue.sentence, ())) \
                if parses and (d.type == "direct" or questioned) else None
            addressed = _vocative(text, d.parts) if parses and d.type == "direct" and told is None else None
            rule, resolved = resolver.resolve_by_rule(_speaker_mention(text, d.cue, rng), told or addressed,
                                                      replying=d.cue.verb.lemma in REPLY_VERBS,
                                                      reported=(d.parts[0][0], d.parts[-1][1]) if before else None,
                                                      addressed=addressed is not None,
                                                      asked=(addressed is not None or told is not None)
                                                      and (questioned or text[d.parts[-1][0]:d.parts[-1][1]].rstrip().endswith("?")),
                                                      answering=_answers_turn(drafts, len(speakers), sentences, text),
                                                      put=told is not None and d.cue.verb.lemma in QUESTIONING_VERBS | {"ask"} and (
                                                          questioned or text[d.parts[-1][0]:d.parts[-1][1]].rstrip().endswith("?")),
                                                      asking=d.type == "direct" and d.cue.verb.lemma in QUESTIONING_VERBS | {"ask"}
                                                      and text[d.parts[-1][0]:d.parts[-1][1]].rstrip().endswith("?"))
            if rule is not None:
                rules["resolution"] = rule
            speaker = Span.of(text, *rng)
            speaker_resolved = Span.of(text, *resolved) if resolved else None
        elif d.surface is not None:
            speaker = Span.of(text, *d.surface[0])
            # an interview's `A:` is the speaker as written; the interviewee it stands for is what resolves
            said = d.stands_for or (None if d.bare else d.surface[0])
            # (`The moderator turned to Ruiz. "Senator, your response?"`: the one it addresses, as a tag's quote's)
            addressed = _vocative(text, d.parts) if parses and d.type == "direct" and d.stands_for is None else None
            rule, resolved = resolver.resolve_by_rule(
                mention(text, said[0], said[1], None), addressed, addressed=addressed is not None,
                asked=addressed is not None and text[d.parts[-1][0]:d.parts[-1][1]].rstrip().endswith("?")) \
                if said else (None, None)
            if rule is not None:
                rules["resolution"] = rule
            speaker_resolved = Span.of(text, *resolved) if resolved else None
        elif d.cue is None and d.float_from is not None:
            speaker, speaker_resolved = speakers[d.float_from]
            if speaker is not None:
                rules["speaker"] = d.float_rule or "floating"
                # past the quote it floats from and any turn it skips (an exchange's other speaker's)
                after = max(max(x.parts[-1][1], x.cue.span[1] if x.cue is not None else 0)
                            for x in drafts[d.float_from:len(speakers)])
                nearer = NEARER.first(text, sentences, parses or {}, inside, (after, d.parts[0][0]), speaker,
                                      speaker_resolved)
                if nearer is not None:
                    rules["nearer"], rng = nearer
                    speaker = Span.of(text, *rng)
        else:
            speaker = speaker_resolved = None
            if d.float_rule is not None:
                rules["speaker"] = d.float_rule   # someone's words, whose no rule tells (`answered-question`)
        speakers.append((speaker, speaker_resolved))
        if d.unclaimed:
            continue
        confidence = d.confidence if speaker is not None else min(d.confidence, CONF_NONE)
        parts = [_through_closing_mark(text, a, b, inside) for a, b in d.parts] \
            if d.type == "mixed" or d.rules.get("link") == "mixed-clause" else d.parts   # (a name's marks too)
        out.append(Quote(
            type=d.type,
            parts=tuple(Span.of(text, a, b) for a, b in parts),
            speaker=speaker,
            speaker_resolved=speaker_resolved,
            cue=Span.of(text, *d.cue.span) if d.cue is not None else (
                Span.of(text, *d.surface[1]) if d.surface is not None and d.surface[1] is not None else None),
            sentence=d.sentence,
            confidence=max(0.0, min(1.0, confidence)),
            rules=rules,
        ))
    return out
