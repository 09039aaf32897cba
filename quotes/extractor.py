"""The pipeline, top to bottom: sentences -> quoted spans -> cues and speakers -> records.

Cheap regular-expression stages run on every sentence; the neural parser runs
only on sentences holding a cue candidate, batched across documents.
"""
from __future__ import annotations

import bisect
import os
import threading
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence


from .assemble import assemble
from .entities import link_speakers
from .errors import QuotesError
from .inference import LEMMA_BATCH_WORDS, QUANTIZE_CHOICES
from .lexicon import CREDIT_TAKING_FORMS, CLAIMED_DEEDS
from .lexicon import QUANTIFIER_PRONOUNS, QUANTIFIER_CLAUSE_OPENERS, QUANTIFIER_COMMA_OPENERS, VERB_ONLY_CUE_BASES, IRREGULAR_PASTS, GIVEN_TEXTS, KNOW_ASKING_FORMS, MARK_CHARS, SPEAKING_PAPERS, FINDING_BODIES, STANCE_NOUNS, STANCE_COPULAS, CALL_FOR_FORMS, ASKING_ON_FORMS, ORGANISATION_WORDS, ROLE_WORDS, BE_FORMS, LEARNED_FORMS, NEWS_OUTLET_WORDS, OUTLET_NOUNS, FINDING_FORMS, RESEARCH_NOUNS, HEARING_BODIES, HEARING_FORMS, CLAUSE_OPENERS, DETERMINERS, INFINITIVE_FORMS, MENTION_NOUNS, NAMING_FORMS, NOUN_CUES, PHRASAL_FORMS, PHRASAL_WORDS, NOUN_LIKE_FORMS, NOUN_MARKERS, VERB_FOLLOWERS, VERB_PRECEDERS, cue_forms, that_only_forms, PRONOUNS, OWNER_PROOF_FORMS, OWNER_LISTENER_FORMS, OWNER_VERB_FOLLOWERS, EVIDENCE_NOUNS, SHOWING_FORMS, COMMAND_FORMS, VIEW_NOUNS, cue_lemma, COURT_FINDING_CUES
from .lexicon import APOSTROPHE_S, ARTICLES
from .marks import Inside, Quoted, find_quoted
from .rules.linking import _bare_question, _named_title, _scare_quote, narration_closes  # the rules' own tests, not copies
from .models import ModelInfo, find_models, load_pipeline
from .parse import Word, parse_sentences, withheld
from .records import Quote, Span
from .rules.tables import parse_requests
from .rules.text import HEADLINE_DASH_SOURCE_WORDS, HEADLINE_NAME_WORDS, foreign_tag, source_word, stopless_line, title_case
from .rules.turns import opens_question
from .segment import Sentence, Token, paragraphs, reading_text, split_read_sentences
from .memory import bounded_onednn_cache
from .threads import passive_openmp, set_threads

__all__ = ["Extractor", "extract"]

BATCH_SENTENCES = 256  # sentences per parser call: big enough to fill the batch, small enough to stream
# Words per parser batch on CPU.  The parser scores every word pair, so a batch costs its longest
# sentence squared times its size: small batches of like-length sentences waste less on padding.
# On PolNeAR dev with 40-sentence calls, 1000 took 57 s and 250-500 about 47 s; with 256 the same.
DEPPARSE_BATCH_CPU = 400


@dataclass
class _Prepared:
    text: str
    sentences: list[Sentence]
    quoted: list[Quoted]
    wanted: list[int]   # indices of sentences to parse
    hold: list[list[tuple[int, int]]]  # for each wanted sentence, token ranges the parser need not see
    source: str = ""   # the text as given, where `text` reads its spaces and marks the plain way ("": the same)


def _check(text: Any) -> str:
    if not isinstance(text, str):
        raise QuotesError(f"expected the article text as str, got {type(text).__name__}")
    return text


def _as_given(source: str, quote: Quote) -> Quote:
    """`quote` with each span's text read again from the text as given (`plain_spaces` aside)."""
    def again(span: Span | None) -> Span | None:
        return None if span is None else Span.of(source, span.start, span.end)

    entity = quote.speaker_entity
    if entity is not None:
        entity = replace(entity, mentions=tuple(Span.of(source, m.start, m.end) for m in entity.mentions))
    return replace(quote, parts=tuple(Span.of(source, p.start, p.end) for p in quote.parts),
                   speaker=again(quote.speaker), speaker_resolved=again(quote.speaker_resolved),
                   cue=again(quote.cue), speaker_entity=entity)


def prepare(text: str) -> _Prepared:
    """The model-free stages of one document, on its text read as English copy sets it
    (`quotes.segment.reading_text`); quotes keep what was typed."""
    source, text = text, reading_text(text)
    sentences = split_read_sentences(text)
    quoted = find_quoted(text, paragraphs(text))
    inside = Marks(text, quoted)
    requests = [PARSE_REQUESTS[name] for name in parse_requests()]  # the rules say which sentences they read
    wanted = [s.index for s in sentences if any(wants(s, sentences, inside) for wants in requests)]
    hold = [withheld(sentences[i], inside.ranges, inside.starts) for i in wanted]
    return _Prepared(text, sentences, quoted, wanted, hold, "" if source is text else source)


class Marks(Inside):
    """`Inside`, with the text and its quotations for the tests that read a quotation's words."""

    def __init__(self, text: str, quoted: Sequence[Quoted]) -> None:
        super().__init__(quoted)
        self.text = text
        self.quoted = sorted(quoted, key=lambda q: q.start)
        self.quoted_starts = [q.start for q in self.quoted]

    def quotation_at(self, pos: int) -> Quoted | None:
        """The quotation whose first part holds `pos`."""
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return self.quoted[i] if i >= 0 and pos < self.quoted[i].parts[0][1] else None


def _quotes_within(sentence: Sentence, inside: Inside) -> bool:
    """Whether a quotation begins after the sentence's opening word: the verb governing it may tell
    whose words it is (`Varnell thanked its volunteers "for their patience"`).  Not a term or a title
    the narration names (`the "peace plan" talks`, `the podcast "So, That Happened."`): with no cue
    word they are dropped whatever the parse says (the `scare-quote` filter), so need no parse."""
    words_before = False
    for tok in sentence.tokens:
        if inside.contains(tok.start):
            if words_before and not _uncued_term(sentence, tok.start, inside):
                return True
        elif any(ch.isalnum() for ch in tok.text):
            words_before = True
    return False


def _uncued_term(sentence: Sentence, pos: int, inside: Inside) -> bool:
    """Whether the quotation opening at `pos` is one the scare-quote filter drops when no cue word
    takes it: a short term, or a title (`quotes.rules.linking.scare_quote`)."""
    if not isinstance(inside, Marks):
        return False
    q = inside.quotation_at(pos)
    forms = cue_forms()
    if q is None or any(t.text.lower() in NAMING_FORMS or t.text.lower() in forms
                        for t in sentence.tokens if t.start < pos):
        return False  # `called the plan "a disaster"`, `that accuses him of "lying"`: a cue word before it
    return (_scare_quote(inside.text, q, sentence, cued=False)
                              or _named_title(inside.text, q, sentence))


def _uncued_next(sentence: Sentence, sentences: Sequence[Sentence], inside: Inside, breaks: int) -> bool:
    """Whether the sentence after `sentence`, `breaks` paragraph breaks on (0: the same paragraph),
    opens with a quotation that has no cue of its own (`_own_cue_follows`)."""
    nxt = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if nxt is None or nxt.paragraph != sentence.paragraph + breaks:
        return False
    opening = next((t.start for t in nxt.tokens[:2] if inside.contains(t.start)), None)
    return opening is not None and not _own_cue_follows(opening, sentences, nxt.index, inside)


def _introduces_next(sentence: Sentence, sentences: Sequence[Sentence], inside: Inside) -> bool:
    """Whether a sentence that quotes nothing comes right before one opening with a quotation in its
    paragraph (`Clinton touted her record. "We need ..."`): its subject may be the speaker."""
    return not inside.overlaps((sentence.start, sentence.end)) and _uncued_next(sentence, sentences, inside, 0)


def _introduces_paragraph(sentence: Sentence, sentences: Sequence[Sentence], inside: Inside) -> bool:
    """Whether a sentence closes a paragraph that quotes nothing, right before a paragraph opening
    with a quotation with no cue of its own (`The council met on Friday.` / `"We apologise."`), or before a
    paragraph of narration closing on a question in no marks that such a paragraph answers (`The senator sat
    down with us.` / `What made you change your mind?` / `"The farmers did."`: `narrator-paragraph`)."""
    if not narration_closes(sentence, sentences, inside):
        return False
    if _uncued_next(sentence, sentences, inside, 1):
        return True
    question = None
    for s in sentences[sentence.index + 1:]:
        if s.paragraph != sentence.paragraph + 1:
            break
        question = s
    return question is not None and isinstance(inside, Marks) and _bare_question(inside.text, question) \
        and narration_closes(question, sentences, inside) and _uncued_next(question, sentences, inside, 1)


def _introduces_turn(sentence: Sentence, sentences: Sequence[Sentence], inside: Inside) -> bool:
    """Whether a sentence comes right before a paragraph opening with a quotation with no cue of its
    own (`"We will win," Ruiz said. She then turned to the press.` / `"Any questions?"`): a subject
    of it may name the speaker the quotation floats to."""
    return _uncued_next(sentence, sentences, inside, 1) and _may_name_someone(sentence, inside)


def _introduces_interview(sentence: Sentence, sentences: Sequence[Sentence], inside: Inside) -> bool:
    """Whether a sentence stands in one of the two paragraphs before a paragraph that `Q:` (`Q.`,
    `Question:`) opens, and may name someone: the interviewee (`interview-answer`)."""
    if not _may_name_someone(sentence, inside) or not isinstance(inside, Marks):
        return False
    for s in sentences[sentence.index + 1:]:
        if s.paragraph > sentence.paragraph + 2:
            return False
        if s.paragraph > sentence.paragraph and (s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph) \
                and opens_question(inside.text, s):
            return True
    return False


def _may_name_someone(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a word that may name a person the way a
    floating quote's speaker is named again (`nearer-mention`): a pronoun of one gender (`she`), or a
    capitalised word that is no determiner or clause opener (`Ruiz`, not `The`)."""
    for tok in sentence.tokens:
        if inside.contains(tok.start):
            continue
        lower = tok.text.lower()
        gendered = PRONOUNS.get(lower, (None, None))[1] in ("masc", "fem")
        if gendered or (tok.text[:1].isupper() and lower not in DETERMINERS and lower not in CLAUSE_OPENERS):
            return True
    return False


def _own_cue_follows(opening: int, sentences: Sequence[Sentence], first: int, inside: Inside) -> bool:
    """Whether the quotation part opening at `opening` (in sentence `first`) has a cue candidate in a
    sentence it runs through (`"We need it. We will win," she said.`): the quote is then its cue's,
    not the sentence before's."""
    end = inside.ranges[bisect.bisect_right(inside.starts, opening) - 1][1]
    k = first
    while k < len(sentences) and sentences[k].start < end and sentences[k].paragraph == sentences[first].paragraph:
        if _has_cue_candidate(sentences[k], inside):
            return True
        k += 1
    return False


def _colon_introduces(sentence: Sentence, inside: Inside) -> bool:
    """Whether a colon outside quotations introduces one (`She went on: "..."`), in this sentence or,
    ending it, in the next: its clause's subject may be the speaker."""
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if tok.text == ":" and not inside.contains(tok.start) and (
                i + 1 == len(tokens) or any(inside.contains(t.end - 1) for t in tokens[i + 1:i + 3])):
            return True
    return False


def _before_text_label(sentence: Sentence, sentences: Sequence[Sentence], inside: Inside) -> bool:
    """Whether the next sentence is a label naming a text whose colon introduces a quotation (`The mayor issued
    a statement. The full statement: "..."`): this one may say whose text it is."""
    following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    return following is not None and any(t.text.lower() in GIVEN_TEXTS for t in following.tokens) \
        and _colon_introduces(following, inside)


def _has_cue_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence may hold a cue outside its quotations (attribution never uses a cue inside
    one): `according`, or a cue-verb form not plainly used as a noun (`the report`, `United States`;
    a mostly-noun form like `state` or `emails` needs a verb's context: `he states`, `states that`)."""
    return next(cue_candidates(sentence, inside), None) is not None


COMMAND_REACH = 10  # the most tokens from `ordered` to the `that` or `to` of what it commands (`ordered the city to`)


def cue_candidates(sentence: Sentence, inside: Inside) -> Iterator[int]:
    """Indices of the tokens that make a sentence a cue candidate (see `_has_cue_candidate`)."""
    forms, that_only = cue_forms(), that_only_forms()
    tokens = sentence.tokens
    headline = _title_case(sentence)
    for i, tok in enumerate(tokens):
        word = tok.text.lower()
        if inside.contains(tok.start):
            continue
        if word == "according" or (word == "as" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "per"):
            yield i  # `according to X`, `as per X`
            continue
        prev = tokens[i - 1].text.lower() if i > 0 else ""
        if word in PHRASAL_FORMS and i + 1 < len(tokens) and tokens[i + 1].text.lower() in PHRASAL_WORDS:
            yield i  # `shot back`, `put it`
            continue
        if word in COMMAND_FORMS and not (prev in NOUN_MARKERS or i > 0 and tok.text[0].isupper()) and any(
                t.text.lower() in ("that", "to") for t in tokens[i + 1:i + 1 + COMMAND_REACH]):
            yield i  # `ordered the city to pay`, `ordered that ...` (`quotes.attribution.cues._command_given`)
            continue
        if word not in forms or (prev in NOUN_MARKERS and not _verb_after_marker(tokens, i)) or (
                i > 0 and tok.text[0].isupper() and not headline):
            continue
        following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if word in INFINITIVE_FORMS and following == "to":
            continue  # `continued to fight`
        if word in that_only and not any(t.text.lower() == "that" for t in tokens[i + 1:]) and not (
                cue_lemma(word) in COURT_FINDING_CUES and any(t.text.lower() in FINDING_BODIES for t in tokens[:i])):
            continue  # `The talks were held in Geneva`: only `held that ...` reports, or a court's `ruled the law was`
        if word not in NOUN_LIKE_FORMS or prev in VERB_PRECEDERS:
            yield i
            continue
        if following == ",":  # `emails, "..."`, not a list's `in 12 states, ...`
            if any(inside.contains(t.start) for t in tokens[i + 2:i + 4]):
                yield i
        elif following in VERB_FOLLOWERS or (following and inside.contains(tokens[i + 1].end)):
            yield i  # `states that`, `tweeted:`
        elif _named_reporter(tokens, i):
            yield i  # `The Ledger reports the mill ...`, `..., the Ledger reports.`


OWNER_LISTENER_REACH = 5  # the most tokens from `warned` to the `that` after the one told (`warned its bond investors that`)


def _verb_after_marker(tokens: Sequence[Token], i: int) -> bool:
    """Whether a cue form after a word that mostly opens a noun phrase is a verb all the same: after
    `'s` that follows a subject pronoun (`he's telling allies ...`, `who's argued for years ...`: `'s`
    is `is` or `has`, no possessive; not after `it`: `It's said that ...`, `It's telling that ...`
    have no speaker), or a form no noun shares after a name's `'s` (`Moody's said ...`, `Trump's told
    aides ...`: `OWNER_PROOF_FORMS`; after a body's noun too, its `has`: `The union's told members`), or an `-s` form after `that` (`data that suggests ...`, `a group that warns
    ...`, `That says a lot`: `that` is the verb's subject, relative or demonstrative; not a
    mostly-noun form: `that report`; not a past form, which may tag a quotation before it as a
    verb of its own would: `"manuals" that advised ...`), or a base form that is never a noun (lexicon
    VERB_ONLY_CUE_BASES) after `that` (`firms that warn it could ...`: a relative clause's verb), or a past form after a quantifier that stands for
    people (`The lawyers each said ...`, `and some warned ...`: `QUANTIFIER_PRONOUNS`), or a base form that is never
    a noun (lexicon VERB_ONLY_CUE_BASES) after such a quantifier opening its clause (`Some argue that ...`, `, while
    others insist ...`; not `had some say in it`, where the quantifier is an object's determiner)."""
    word, prev = tokens[i].text.lower(), tokens[i - 1].text.lower()
    if prev in APOSTROPHE_S:
        if i > 1 and word in OWNER_PROOF_FORMS and (tokens[i - 2].text[:1].isupper()
                                                    or tokens[i - 2].text.lower() in ORGANISATION_WORDS) \
                and tokens[i - 2].text.lower() != "it":
            return True  # (`The union's told members ...`: a body's `has`)
        if i > 1 and (word.endswith("ed") or word in IRREGULAR_PASTS) and tokens[i - 2].text[:1].isupper() \
                and tokens[i - 2].text.lower() not in PRONOUNS and i + 1 < len(tokens) and tokens[i + 1].text.lower() in OWNER_VERB_FOLLOWERS:
            return True  # `Moody's warned that ...`: a past form before what no adjective comes before is a verb
        if i > 1 and word in OWNER_LISTENER_FORMS and tokens[i - 2].text[:1].isupper() \
                and any(t.text.lower() == "that" for t in tokens[i + 2:i + 1 + OWNER_LISTENER_REACH]):
            return True  # `Moody's warned investors that ...`: one told, then what was told
        return i > 1 and tokens[i - 2].text.lower() in VERB_PRECEDERS and tokens[i - 2].text.lower() != "it"
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if prev in QUANTIFIER_PRONOUNS and word not in NOUN_LIKE_FORMS and (word.endswith("ed") or word in IRREGULAR_PASTS):
        return True  # `The lawyers each said ...`, `and some warned ...`: a quantifier standing for its people, or
        # floating on them, before a past form: no noun has that form
    if prev in QUANTIFIER_PRONOUNS and word in VERB_ONLY_CUE_BASES and _opens_clause(tokens, i - 1):
        return True  # `Some argue that ...`: the quantifier stands for people, the subject of a verb no noun spells
    if prev == "that" and word in VERB_ONLY_CUE_BASES and following not in (",", ""):
        return True  # `firms that warn it could ...`: a base form no noun spells, after a relative `that`
    return (prev == "that" and word not in NOUN_LIKE_FORMS and word.endswith("s")
            and following not in (",", ""))


_CLAUSE_BREAK_TOKENS = frozenset({",", ";", ":", "--", "\u2014", "\u2013", "("})


def _opens_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether the token at `i` opens its clause: the sentence's first, or right after a comma, colon, semicolon
    or dash, or after a word that opens a clause before a quantifier (lexicon QUANTIFIER_CLAUSE_OPENERS, `and`,
    `but`, `yet`: `while others insist`)."""
    return i == 0 or tokens[i - 1].text in _CLAUSE_BREAK_TOKENS \
        or tokens[i - 1].text.lower() in QUANTIFIER_CLAUSE_OPENERS | QUANTIFIER_COMMA_OPENERS


# Nouns whose `-s` verb after them reports (`The report states`, `The agency states`, `the mayor reports`).
_REPORTING_NOUNS = SPEAKING_PAPERS | ORGANISATION_WORDS | ROLE_WORDS


def _named_reporter(tokens: Sequence[Token], i: int) -> bool:
    """`The Daily Ledger reports the mill will close`, `..., the Daily Ledger reports.`: a mostly-noun
    `-s` form right after a capitalised word within the sentence (a name), before a determiner, a
    capitalised word or the sentence's end, is the name's verb: a noun there (`Pentagon reports`) goes
    on with a verb or `of` of its own. After a paper that speaks (`The report states the ...`, `..., the
    affidavit states.`: `quotes.lexicon.SPEAKING_PAPERS`), a body or a role (`The agency states the water
    is safe`, `the mayor reports the ...`) too."""
    word, prev = tokens[i].text, tokens[i - 1].text if i > 0 else ""
    if i < 2 or not word.endswith("s") or not (prev[:1].isupper() and prev[:1].isalpha()
                                               or prev.lower() in _REPORTING_NOUNS):
        return False
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return following in ("", ".", "!") or following.lower() in ARTICLES or (
        following[:1].isupper() and following[:1].isalpha())


def _per_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, `per` opening it or right after a comma
    (`..., per the report.`, `Per police, ...`: a source's `per`, `per-source`; not `miles per hour`)."""
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if tok.text.lower() != "per" or inside.contains(tok.start):
            continue
        j = i - 1
        while j >= 0 and tokens[j].text and all(c in MARK_CHARS for c in tokens[j].text):
            j -= 1  # `"...," per a statement`: the comma within the quotation's marks
        if j < 0 or tokens[j].text == ",":
            return True
    return False


def _noun_cue_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a noun naming a saying right before the word
    that opens what was said (`his claim that ...`, `her promise to ...`: `quotes.lexicon.NOUN_CUES`)."""
    tokens = sentence.tokens
    return any(tok.text.lower() in NOUN_CUES and nxt.text.lower() in NOUN_CUES[tok.text.lower()]
               and not inside.contains(tok.start) for tok, nxt in zip(tokens, tokens[1:]))


AGENT_CUE_REACH = 3  # the most tokens from a noun cue to its agent's `by` (`claim, made by`)


def _agent_noun_cue_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a noun naming a saying with `by` or `from` soon after it
    (`The claim by Sen. Lee that ...`, `The claim, made by Sen. Lee, that ...`: `quotes.lexicon.NOUN_CUES`)."""
    tokens = sentence.tokens
    return any(tok.text.lower() in NOUN_CUES and not inside.contains(tok.start)
               and any(t.text.lower() in ("by", "from") for t in tokens[i + 1:i + 1 + AGENT_CUE_REACH])
               for i, tok in enumerate(tokens))


IN_VIEW_REACH = 6  # the most tokens from `in` to the noun of a view (`in the new mayor's view`)


def _in_view_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, `in` and a noun of a view a few tokens after it
    (`In Lee's view, ...`: `quotes.lexicon.VIEW_NOUNS`)."""
    tokens = sentence.tokens
    return any(tok.text.lower() in VIEW_NOUNS and not inside.contains(tok.start)
               and any(t.text.lower() == "in" for t in tokens[max(0, i - IN_VIEW_REACH):i])
               for i, tok in enumerate(tokens))


def _mention_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, `mention of` (`made no mention of the tax`:
    `quotes.lexicon.MENTION_NOUNS`)."""
    tokens = sentence.tokens
    return any(tok.text.lower() in MENTION_NOUNS and nxt.text.lower() == "of" and not inside.contains(tok.start)
               for tok, nxt in zip(tokens, tokens[1:]))


def _stance_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a noun naming a stand, a form of `be` and `that`
    (`His argument is that ...`: `quotes.lexicon.STANCE_NOUNS`, `STANCE_COPULAS`)."""
    tokens = sentence.tokens
    return any(a.text.lower() in STANCE_NOUNS and b.text.lower() in STANCE_COPULAS and c.text.lower() == "that"
               and not inside.contains(a.start) for a, b, c in zip(tokens, tokens[1:], tokens[2:]))


def _call_for_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a form of `call` right before `for` (`called for an
    inquiry`: `quotes.lexicon.CALL_FOR_FORMS`)."""
    tokens = sentence.tokens
    return any(a.text.lower() in CALL_FOR_FORMS and b.text.lower() == "for" and not inside.contains(a.start)
               for a, b in zip(tokens, tokens[1:]))


def _asked_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a form of `appeal` or `plead` right before the preposition
    that opens the one asked (`appealed to voters to ...`, `pleaded with residents to ...`: lexicon
    ASKING_ON_FORMS), and `to` after it."""
    tokens = sentence.tokens
    return any(b.text.lower() in ASKING_ON_FORMS.get(a.text.lower(), ()) and not inside.contains(a.start)
               and any(t.text.lower() == "to" for t in tokens[i + 2:]) for i, (a, b) in enumerate(zip(tokens, tokens[1:])))


_CREDIT_REACH = 3  # the most words from a form of `take` to its noun of a deed: `took full credit`, `took the credit`


def _took_credit_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a form of `take` (`quotes.lexicon.CREDIT_TAKING_FORMS`)
    with a noun of owning a deed (`CLAIMED_DEEDS`) and `for` after it (`took full credit for the drop in crime`)."""
    tokens = sentence.tokens
    return any(t.text.lower() in CREDIT_TAKING_FORMS and not inside.contains(t.start) and any(
        d.text.lower() in CLAIMED_DEEDS and f.text.lower() == "for"
        for d, f in zip(tokens[i + 1:i + 1 + _CREDIT_REACH], tokens[i + 2:i + 2 + _CREDIT_REACH]))
        for i, t in enumerate(tokens))


def _finding_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a form of `find` and a noun of research
    (`The study found that ...`: `quotes.lexicon.FINDING_FORMS`, `RESEARCH_NOUNS`, `FINDING_BODIES`), or `heard` and a body
    that hears evidence (`The jury heard that ...`: `HEARING_FORMS`, `HEARING_BODIES`), or `show` and a noun of
    records or counts (`Records show that ...`: `SHOWING_FORMS`, `EVIDENCE_NOUNS`)."""
    low = {tok.text.lower() for tok in sentence.tokens if not inside.contains(tok.start)}
    return bool(low & FINDING_FORMS) and bool(low & (RESEARCH_NOUNS | FINDING_BODIES)) or bool(low & HEARING_FORMS) and bool(low & HEARING_BODIES) \
        or bool(low & SHOWING_FORMS) and bool(low & EVIDENCE_NOUNS)


def _to_know_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a verb of wanting or demanding right before `to
    know` (`wanted to know why ...`: `quotes.lexicon.KNOW_ASKING_FORMS`)."""
    tokens = sentence.tokens
    return any(a.text.lower() in KNOW_ASKING_FORMS and b.text.lower() == "to" and c.text.lower() == "know"
               and not inside.contains(a.start) for a, b, c in zip(tokens, tokens[1:], tokens[2:]))


def _learned_candidate(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence holds, outside its quotations, a form of `understand` or `learn`
    (`quotes.lexicon.LEARNED_FORMS`) closing it (`..., the BBC understands.`) or with a word that names
    a news outlet (`NEWS_OUTLET_WORDS`, `OUTLET_NOUNS`) before it (`The Times understands that ...`), or
    `understood` or `learnt` after a form of `be` (`It is understood that ...`, `It is reliably learnt that`)."""
    tokens = [tok for tok in sentence.tokens if not inside.contains(tok.start)]
    for i, tok in enumerate(tokens):
        if tok.text.lower() in ("understood", "learnt", "learned") and i > 0 and (
                tokens[i - 1].text.lower() in BE_FORMS or i > 1 and tokens[i - 2].text.lower() in BE_FORMS
                and tokens[i - 1].text.lower() in ("reliably", "also", "further")):
            return True  # `It is understood that ...`, `Ministers are understood to ...`, `It is reliably learnt`
        if tok.text.lower() not in LEARNED_FORMS:
            continue
        if all(not t.text[:1].isalnum() for t in tokens[i + 1:]) or any(
                t.text.lower() in NEWS_OUTLET_WORDS | OUTLET_NOUNS for t in tokens[max(0, i - 5):i]):
            return True
    return False


def _headline_dash(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence may be a headline crediting its claim after a closing dash (`Budget will hurt the
    poor - charity`): a short line closing with no stop, with a dash outside quotations a few words before
    its end and three words or more before that dash."""
    tokens = sentence.tokens
    if not stopless_line([t.text for t in tokens]):
        return False
    for i in range(len(tokens) - 1, max(0, len(tokens) - 2 - HEADLINE_DASH_SOURCE_WORDS), -1):
        if tokens[i].text in ("-", "--", "\u2014", "\u2013") and not inside.contains(tokens[i].start):
            return i >= 3
    return False


def _headline_colon(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence may be a headline crediting a claim to a name and its colon (`Ruiz: I will not
    resign`, `Ann Ruiz: Tax plan will fail`) or to a bare name closing it (`Tax plan will hurt farmers: Ruiz`): a
    short line closing with no stop, a colon outside quotations after its first one to four words, or before
    its last few when they are a name's (capitalised, HEADLINE_NAME_WORDS at most) or hold a source's word
    (`source_word`, HEADLINE_DASH_SOURCE_WORDS at most; not `voted: no`)."""
    tokens = sentence.tokens
    if not stopless_line([t.text for t in tokens]):
        return False
    if any(t.text == ":" and not inside.contains(t.start) for t in tokens[1:5]):
        return True
    for i in range(max(1, len(tokens) - 1 - HEADLINE_DASH_SOURCE_WORDS), len(tokens)):
        if tokens[i].text == ":" and not inside.contains(tokens[i].start):
            after = [t.text for t in tokens[i + 1:] if t.text[:1].isalnum()]
            return bool(after) and (len(after) <= HEADLINE_NAME_WORDS and all(x[:1].isupper() for x in after)
                                    or any(source_word(x) for x in after))
    return False


def _foreign_tag(sentence: Sentence, inside: Inside) -> bool:
    """Whether a sentence may hold a tag in another language next to a quotation (`"...," sagte Scholz`,
    `Scholz sagte: "..."`): a reporting verb of FOREIGN_TAG_VERBS outside quotations, with a quotation mark
    among the two tokens before it or the two after it."""
    texts = [t.text for t in sentence.tokens]
    for i, tok in enumerate(sentence.tokens):
        n = 0 if inside.contains(tok.start) else foreign_tag(texts, i)
        if n and any(not t.strip(MARK_CHARS) and t for t in texts[max(0, i - 2):i] + texts[i + n:i + n + 2]):
            return True
    return False


def _title_case(sentence: Sentence) -> bool:
    """Whether a sentence is a headline in title case (`Trump Says He Is Unlikely To ...`), where a
    capitalised cue form is still a verb."""
    return title_case([t.text for t in sentence.tokens if t.text[0].isalpha()])


# The sentences a rule may ask to have parsed (`Rule.parse`), by name: whether a sentence is one.
PARSE_REQUESTS: dict[str, Callable[[Sentence, Sequence[Sentence], Inside], bool]] = {
    "cue-candidate": lambda s, _sentences, inside: _has_cue_candidate(s, inside),
    "colon": lambda s, sentences, inside: _colon_introduces(s, inside) or _before_text_label(s, sentences, inside),
    "headline-dash": lambda s, _sentences, inside: _headline_dash(s, inside),
    "headline-colon": lambda s, _sentences, inside: _headline_colon(s, inside),
    "foreign-tag": lambda s, _sentences, inside: _foreign_tag(s, inside),
    "per-source": lambda s, _sentences, inside: _per_candidate(s, inside),
    "noun-cue": lambda s, _sentences, inside: _noun_cue_candidate(s, inside),
    "agent-noun-cue": lambda s, _sentences, inside: _agent_noun_cue_candidate(s, inside),
    "in-view": lambda s, _sentences, inside: _in_view_candidate(s, inside),
    "mention-of": lambda s, _sentences, inside: _mention_candidate(s, inside),
    "stance-noun": lambda s, _sentences, inside: _stance_candidate(s, inside),
    "call-for": lambda s, _sentences, inside: _call_for_candidate(s, inside),
    "asked-to-act": lambda s, _sentences, inside: _asked_candidate(s, inside),
    "took-credit": lambda s, _sentences, inside: _took_credit_candidate(s, inside),
    "research-finding": lambda s, _sentences, inside: _finding_candidate(s, inside),
    "news-learned": lambda s, _sentences, inside: _learned_candidate(s, inside),
    "to-know": lambda s, _sentences, inside: _to_know_candidate(s, inside),
    "quote-within": lambda s, _sentences, inside: _quotes_within(s, inside),
    "before-quote": _introduces_next,
    "before-paragraph-quote": _introduces_paragraph,
    "before-turn": _introduces_turn,
    "before-interview": _introduces_interview,
}


# Who runs stanza's trained tagger and parser: "quotes" (quotes.inference.FastParser, the same
# models and outputs without the Pipeline's per-word Document round trips; the Pipeline stands in
# for models it does not drive) or "stanza" (the Pipeline itself).  On PolNeAR dev's 1,496 parsed
# sentences the two give identical words and "quotes" takes 0.81x the CPU time (one thread).
INFERENCE = "quotes"

# Which of those models run in lower precision on the CPU: "none" (float, word for word stanza's),
# int8 (`quotes.inference.quantized`) for "parser" or "all", "bf16" (`quotes.inference.halved`), or
# "auto", the default: bf16 where the CPU multiplies bfloat16 in hardware
# (`quotes.inference.bf16_in_hardware`: 0.7x float's time on PolNeAR dev, the four metrics within
# 0.002), else none.  "none", "bf16" and "auto" give a text the same quotes alone and in any batch
# (int8 scales its activations per batch, so it does not); "none" gives the same on every CPU, "auto"
# on every CPU of one kind (README, Speed: what each changes and saves).
QUANTIZE = "auto"


def _inference(inference: str, pipeline: Any, quantize: str = "none") -> Any:
    """What `Extractor.parse` hands sentences to, for the `inference` and `quantize` options."""
    if inference not in ("quotes", "stanza"):
        raise QuotesError(f"inference must be 'quotes' or 'stanza', not {inference!r}")
    if inference == "quotes":
        from .inference import FastParser

        if FastParser.supports(pipeline):
            return FastParser(pipeline, quantize=quantize)
    if quantize not in ("none", "auto"):
        raise QuotesError(f"quantize={quantize!r} needs inference='quotes' and models it drives (see quotes.inference)")
    return pipeline


def _device(device: str) -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise QuotesError(f"device must be auto, cpu or cuda, not {device!r}")
    if device == "cpu":
        return "cpu"
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if device == "cuda":
        raise QuotesError(f"device='cuda' was asked for, but torch {torch.__version__} sees no CUDA device; "
                          "use device='auto' or 'cpu'")
    return "cpu"


class Extractor:
    """Loads the stanza models once; extracts quotations from any number of texts."""

    def __init__(self, models: str | os.PathLike[str] | None = None, device: str = "auto",
                 threads: int | None = None, batch_sentences: int = BATCH_SENTENCES,
                 inference: str = INFERENCE, quantize: str | None = None) -> None:
        passive_openmp()  # before torch is imported: idle threads must not spin (see quotes.threads)
        bounded_onednn_cache()  # before any model runs: bfloat16 must not grow without end (quotes.memory)
        self.info: ModelInfo = find_models(models)
        self.device = _device(device)
        if quantize is None:  # the default: what QUANTIZE says on the CPU, nothing on a GPU
            quantize = QUANTIZE if self.device == "cpu" else "none"
        if quantize not in QUANTIZE_CHOICES:
            raise QuotesError(f"quantize must be one of {', '.join(QUANTIZE_CHOICES)}, not {quantize!r}")
        if quantize not in ("none", "auto") and self.device != "cpu":
            raise QuotesError(f"quantize={quantize!r} runs on the CPU only: use device='cpu' or quantize='none'")
        if threads is not None:
            set_threads(threads)
        self.batch_sentences = batch_sentences
        big = self.device == "cuda"
        self._pipeline = load_pipeline(
            self.info, device=self.device,
            pos_batch_size=5000 if big else 1000, depparse_batch_size=5000 if big else DEPPARSE_BATCH_CPU,
            lemma_batch_size=LEMMA_BATCH_WORDS,
        )
        self._lock = threading.Lock()
        self._parser = _inference(inference, self._pipeline, quantize)

    @property
    def quantize(self) -> str:
        """The precision the models run in: "none" (float: stanza's own outputs), "bf16", "parser"
        or "all" (`QUANTIZE_CHOICES`); never "auto", which is resolved when the models load."""
        return str(getattr(self._parser, "quantize", "none"))

    def extract(self, text: str) -> list[Quote]:
        """Every quotation in `text`, in reading order."""
        return next(self.extract_many([_check(text)]))

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        """Quotations of each text, in order; the parser sees sentences of many texts at once.

        `texts` is an iterable of strings: a bare `str` (or bytes) is refused rather than read
        character by character.
        """
        if isinstance(texts, (str, bytes, bytearray)):
            raise QuotesError(f"extract_many takes an iterable of texts, not one {type(texts).__name__}; "
                              "use extract(text) for a single text, or extract_many([text])")
        pending: list[_Prepared] = []
        queued = 0
        for text in texts:
            prep = prepare(_check(text))
            pending.append(prep)
            queued += len(prep.wanted)
            if queued >= self.batch_sentences:
                yield from self._finish(pending)
                pending, queued = [], 0
        yield from self._finish(pending)

    def parse(self, sentences: Sequence[Sentence],
              hold: Sequence[Sequence[tuple[int, int]]] | None = None) -> list[list[Word]]:
        """Words of each pretokenized sentence from this extractor's parser (`hold` as in
        `quotes.parse.parse_sentences`); `quotes.split` gives parts of one long document to it."""
        with self._lock:  # a stanza pipeline is not safe to share between threads
            return parse_sentences(self._parser, sentences, hold)

    def _finish(self, batch: Sequence[_Prepared]) -> Iterator[list[Quote]]:
        wanted = [p.sentences[i] for p in batch for i in p.wanted]
        hold = [h for p in batch for h in p.hold]
        parsed = self.parse(wanted, hold)
        at = 0
        for prep in batch:
            parses: dict[int, list[Word]] = {}
            for i in prep.wanted:
                parses[i] = parsed[at]
                at += 1
            yield attribute(prep, parses)


def attribute(prep: _Prepared, parses: Mapping[int, list[Word]]) -> list[Quote]:
    """The stages after parsing, for one prepared document and its parsed sentences (by index):
    attribution, then speaker entities.  Whole documents and documents parsed in parts
    (`quotes.split`) both end here."""
    found = link_speakers(prep.text, assemble(prep.text, prep.sentences, prep.quoted, parses))
    return [_as_given(prep.source, q) for q in found] if prep.source else found


_default: Extractor | None = None
_default_lock = threading.Lock()


def extract(text: str) -> list[Quote]:
    """Quotations in `text`, with a default Extractor built on first use."""
    global _default
    _check(text)
    with _default_lock:
        if _default is None:
            _default = Extractor()
    return _default.extract(text)
