"""Speaker entities: which quotes of a document share a speaker, and who that speaker is.

Coreference for speakers only, run on a document's finished quotes (no parser, no model): each
quote's speaker mention (its `speaker_resolved`, else its `speaker`) is described, then joined to
an entity met before or made a new one. The heuristics, in order:

1. Quotes whose speakers resolved to the same span of text are one entity (`he` after `a senior
   US official told reporters`).
2. `another ...`, `a second ...`: a source not met before, always a new entity.
3. Named people join by name containment: `Kerry`, `John Kerry` and `US Secretary of State John
   Kerry` are one; two full names that share a surname but not a first name (`Bill Clinton`,
   `Hillary Clinton`) are two; an honorific tells gender (`Mr. Lee` and `Ms. Lee` are two), and so
   do role nouns (`spokeswoman`) and the `he`/`she` quotes an entity already has. A bare name
   fitting several entities takes the one mentioned last.
4. Organisations join by name containment; unnamed sources and groups by the same description
   (`a senior official`, `the senior official`), and a definite description joins the last entity
   whose name or role holds its head noun (`the secretary`). Where several fit, one described
   by the same words wins, then the one mentioned last.
5. A pronoun the resolver left unresolved joins the last entity it agrees with (`he`/`she`: a
   person of no other gender; `they`: a group or organisation).

`kind` is `organisation` for a head noun such as `ministry` or `campaign` or a one-name institution
(`the Kremlin`), `person` for a proper name, `group` for a plural head (`Senior officials
travelling with Kerry`) and `unnamed` otherwise. `role` comes from the words before a name
(`US Secretary of State`), an apposition (`Maria Zakharova, a spokeswoman for the ministry`), or,
for a name without either, from its other occurrences in the text. The word lists are in
`quotes/lexicon.py`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Sequence

import regex

from .lexicon import (CLOSE_GLYPH, DOUBLE_GLYPH, CLAUSE_OPENERS, DETERMINERS, GROUP_NOUNS, HONORIFICS, NEW_SOURCE_WORDS, ORGANISATION_NAMES,
                      ORGANISATION_WORDS, POST_MODIFIERS, PRONOUNS, ROLE_WORDS, SPEAKER_NOUNS, TITLE_ABBREVIATIONS,
                      TITLES, gender_of)
from .records import EntityKind, Quote, Span, SpeakerEntity

__all__ = ["Description", "describe", "find_role", "link_speakers"]

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’&-]*")
NAME_PARTICLES = frozenset({"al", "al-", "bin", "de", "del", "da", "van", "von", "der", "la", "le", "di"})
MAX_NAME_WORDS = 4      # a proper name is at most this many words (`Bashar al-Assad`, `Martin Luther King Jr.`)
MIN_PARTICIPLE = 5      # a lower-case `-ing` word at least this long ends a head (`officials travelling ...`)
ROLE_REACH = 120        # characters before a name searched for its title
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_THIRD_PERSON = frozenset({"he", "she", "they", "it"}) | _RELATIVES
# Where a title before a name stops: a line break, a quotation mark or clause punctuation.
_STOP = regex.compile(r"[\n;:,()!?]|" + DOUBLE_GLYPH + r"|[.’'](?=\s)")
# A sentence end or colon inside a mention: `. `, `.’ `, `: `, `? `.
_CLAUSE_END = regex.compile(r"[.!?:](?:" + CLOSE_GLYPH + r")?\s+(?=\S)")
_APPOSITION_AFTER = regex.compile(r"\s*,\s*((?:a|an|the|his|her|its|their)\s(?:(?!" + DOUBLE_GLYPH + r")[^,.;:\n]){2,80}?)\s*[,.;]")


def _lower(word: str) -> str:
    return word.lower().rstrip(".")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def plural(word: str) -> bool:
    """Whether a lower-case head noun is plural.

    >>> plural("officials"), plural("people"), plural("official"), plural("boss"), plural("status")
    (True, True, False, False, False)
    """
    w = word.lower()
    return w in GROUP_NOUNS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")))


@dataclass(frozen=True)
class Description:
    """What one speaker mention says about its speaker.

    `name` is the proper name (`John Kerry`, `Mr. Lee` when only an honorific goes with a surname)
    or, unnamed, the description as written; `key` the words that identify it (`john kerry`,
    `senior us official`); `head` its head noun, lower-cased.
    """

    name: str
    key: tuple[str, ...]
    role: str | None
    kind: EntityKind
    gender: str | None
    head: str
    new: bool = False         # `another ...`, `a second ...`
    definite: bool = False    # `the ...`
    pronoun: bool = False


def describe(mention: str) -> Description:
    """Describe a speaker mention.

    >>> d = describe("US Secretary of State John Kerry")
    >>> d.name, d.role, d.kind
    ('John Kerry', 'US Secretary of State', 'person')
    >>> d = describe("Maria Zakharova, a spokeswoman for the ministry")
    >>> d.name, d.role, d.kind, d.gender
    ('Maria Zakharova', 'a spokeswoman for the ministry', 'person', 'fem')
    >>> d = describe("another senior US official")
    >>> d.kind, d.key, d.new
    ('unnamed', ('senior', 'us', 'official'), True)
    >>> describe("Senior officials travelling with Kerry").kind
    'group'
    >>> describe("the Foreign Ministry").kind
    'organisation'
    """
    text = " ".join(mention.split())
    low = text.lower()
    if low in PRONOUNS or low in _RELATIVES:
        number, gender = PRONOUNS.get(low, (None, None))
        return Description(text, (low,), None, "group" if number == "plur" else "unnamed", gender, low, pronoun=True)
    core, apposition = _split_apposition(text)
    d = _describe_core(core)
    if apposition:
        other = _describe_core(apposition)
        if d.kind != "person" and other.kind == "person":
            return replace(other, role=core, gender=other.gender or d.gender)   # `a spokeswoman, Jane Doe`
        gender = d.gender or _gender(apposition.split())
        if d.kind == "person" and d.role is None:
            return replace(d, role=apposition, gender=gender)
        return replace(d, gender=gender)
    return d


def _split_apposition(text: str) -> tuple[str, str | None]:
    """The core of a mention and its apposition: the words after its first comma or bracket,
    unless they open a relative clause (`the man, who ...`) or are no words (`Jo Ray, 45`);
    bracketed party tags are dropped."""
    text = regex.sub(r"\s*\([^()]*\)", "", text).strip()
    core, comma, rest = text.partition(",")
    rest = rest.strip(" ,")
    if not comma or not rest or not rest[0].isalpha() or rest.split()[0].lower() in _RELATIVES:
        return core.strip(), None
    return core.strip(), rest


def _gender(words: Sequence[str]) -> str | None:
    for w in words:
        low = _lower(w)
        if low in HONORIFICS and HONORIFICS[low]:
            return HONORIFICS[low]
    return gender_of([w.strip(",.") for w in words])


def _last_clause(text: str) -> str:
    """The words of a mention after any sentence end or colon inside it, and after a word that opens
    a clause (a resolved mention may run on from the sentence before its speaker's name).

    >>> _last_clause("the Daily Courier. Jane Roe"), _last_clause("When Jane Roe"), _last_clause("Sen. Jo Ray")
    ('Jane Roe', 'Jane Roe', 'Sen. Jo Ray')
    """
    start = 0
    for m in _CLAUSE_END.finditer(text):
        if m.group().startswith(".") and _ends_title(text, m.start()):
            continue
        start = m.end()
    rest = text[start:]
    first = rest.split(" ", 1)
    if len(first) == 2 and first[0].lower() in CLAUSE_OPENERS:
        rest = first[1]
    return rest


def _describe_core(core: str) -> Description:
    core = _last_clause(core)
    words = list(_WORD.finditer(core))
    if not words:
        return Description(core, (core.lower(),), None, "unnamed", None, core.lower())
    toks = [m.group() for m in words]
    lead = 0
    new = False
    while lead < len(toks) - 1 and (toks[lead].lower() in DETERMINERS or toks[lead].lower() in NEW_SOURCE_WORDS):
        new = new or toks[lead].lower() in NEW_SOURCE_WORDS
        lead += 1
    definite = toks[0].lower() == "the" or all(_capitalised(t) for t in toks)   # `the senator`, `FBI Director`
    cut = len(toks)
    for i in range(lead + 1, len(toks)):
        t = toks[i]
        if (not _capitalised(toks[i - 1]) or _plain_name(toks[lead:i])) and (t.lower() in POST_MODIFIERS or (
                t.islower() and t.endswith("ing") and len(t) >= MIN_PARTICIPLE)):
            cut = i
            break
    head = toks[cut - 1]
    gender = _gender(toks)
    # The proper name: the capitalised words ending the head, back to a title, an honorific or `of X`.
    j = cut
    while j > lead and cut - j < MAX_NAME_WORDS:
        t = toks[j - 1]
        low = _lower(t)
        if not (_capitalised(t) or (low in NAME_PARTICLES and j < cut)):
            break
        after_honorific = j >= 2 and _lower(toks[j - 2]) in HONORIFICS and j == cut   # `Mr. King`
        if low in HONORIFICS or (j >= 2 and toks[j - 2] == "of") or (
                (low in ROLE_WORDS or low in ORGANISATION_WORDS) and not after_honorific):
            break
        if j - 1 == 0 and low in SPEAKER_NOUNS:
            break   # `Officials said`: a common noun capitalised at the sentence's start
        j -= 1
    phrase = core[words[lead].start():].lower()
    institution = _capitalised(head) and j == cut and any(
        _capitalised(t) and _lower(t) in ORGANISATION_WORDS for t in toks[lead:cut])   # `University of Texas`
    if head.lower() in ORGANISATION_WORDS or phrase in ORGANISATION_NAMES or institution:
        name = core[words[lead].start():words[cut - 1].end()] if definite else core[words[0].start():words[cut - 1].end()]
        return Description(name, tuple(_lower(t) for t in toks[lead:cut]), None, "organisation", gender,
                           head.lower(), new, definite)
    if j < cut and _capitalised(head) and not (head.lower() in SPEAKER_NOUNS and plural(head)):
        name_words = toks[j:cut]
        honorific = [t for t in toks[lead:j] if _lower(t) in HONORIFICS]
        before = [m for m in words[lead:j] if _lower(m.group()) not in HONORIFICS]
        while before and not _title_word(before[0].group()):
            before = before[1:]     # `where Senate Minority Leader`: the title starts at its first title word
        while before and not _title_word(before[-1].group()):
            before = before[:-1]
        if not any(_lower(m.group()) in ROLE_WORDS or m.group().islower() for m in before):
            before = []     # `Crooked`, a headline's `Ready`: capitalised words but no title
        role = core[before[0].start():before[-1].end()] if before else None
        name = core[words[j].start():words[cut - 1].end()]
        if honorific and len(name_words) == 1:
            name = f"{honorific[-1]} {name}"
        return Description(name, tuple(_lower(t) for t in name_words), role, "person", gender, head.lower(),
                           new, definite)
    kind: EntityKind = "group" if (plural(head) and (head.islower() or head.lower() in SPEAKER_NOUNS)) or toks[0].lower() in ("two", "three", "four", "five", "several",
                                                                      "many", "some") else "unnamed"
    key = tuple(t.lower() for t in toks[lead:cut])
    return Description(core, key, None, kind, gender, head.lower(), new, definite)


def find_role(text: str, name: str) -> str | None:
    """The role the text gives a name: the title before one of its occurrences (`US Secretary of
    State John Kerry`), else an apposition after one (`Kerry, the secretary of state,`).

    >>> find_role("Foreign Minister Sergei Lavrov arrived. Lavrov said no.", "Lavrov")
    'Foreign Minister'
    >>> find_role("Jane Doe, a spokeswoman for the ministry, said so.", "Jane Doe")
    'a spokeswoman for the ministry'
    >>> find_role("Jane Doe said so.", "Jane Doe") is None
    True
    """
    pattern = regex.compile(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{M}\p{N}])")
    surname = _lower(name.split()[-1])
    for m in pattern.finditer(text):
        window = text[max(0, m.start() - ROLE_REACH):m.start()]
        stops = [s for s in _STOP.finditer(window) if not (s.group() == "." and _ends_title(window, s.start()))]
        before = window[stops[-1].end():] if stops else window
        d = describe(f"{_title_run(before)} {text[m.start():m.end()]}".strip())
        if (d.kind == "person" and d.role and d.key and d.key[-1] == surname
                and any(_lower(w) in ROLE_WORDS for w in d.role.split())):
            return d.role
    for m in pattern.finditer(text):
        after = _APPOSITION_AFTER.match(text, m.end())
        if after:
            return after.group(1)
    return None


def _title_run(words: str) -> str:
    """The words ending `words` that may be a title: capitalised, role words (`former`) and `of`.

    >>> _title_run("where Putin also talked to US President")
    'US President'
    """
    toks = words.split()
    j = len(toks)
    while j > 0 and (_capitalised(toks[j - 1]) or _lower(toks[j - 1]) in ROLE_WORDS or toks[j - 1] == "of"):
        j -= 1
    while j < len(toks) and toks[j] == "of":
        j += 1
    return " ".join(toks[j:])


def _plain_name(words: Sequence[str]) -> bool:
    """Whether words are a person's full name and nothing else: two or more capitalised words, none
    a title or an organisation's word (`Jo Ray` before `of the Acme Institute`, not `Secretary`
    before `of State` nor `University` before `of Texas`)."""
    return len(words) >= 2 and all(_capitalised(w) and _lower(w) not in ROLE_WORDS and _lower(w) not in
                                   ORGANISATION_WORDS and _lower(w) not in HONORIFICS for w in words)


def _title_word(word: str) -> bool:
    """A word that may open or end a role: capitalised, or a title word (`former`, `spokesman`)."""
    return _capitalised(word) or _lower(word) in ROLE_WORDS


def _ends_title(text: str, dot: int) -> bool:
    """Whether the period at `dot` ends an abbreviated title (`Sen.`), not a sentence."""
    word = regex.search(r"[\p{L}.]+\Z", text[:dot])
    if not word:
        return False
    w = word.group().lower()
    return w in TITLES or regex.fullmatch(r"(?:\p{L}\.)*\p{L}", w) is not None and len(w.replace(".", "")) <= 3


@dataclass
class _Entity:
    """An entity while a document's quotes are read: it grows with each quote that joins it."""

    desc: Description
    mentions: dict[tuple[int, int], Span] = field(default_factory=dict)
    gender: str | None = None
    role: str | None = None
    last: int = 0

    def add(self, desc: Description, spans: Sequence[Span]) -> None:
        if (not desc.pronoun and desc.kind == self.desc.kind and len(desc.key) > len(self.desc.key)
                and set(self.desc.key) <= set(desc.key)):
            self.desc = replace(desc, new=False)   # the fullest name or description that holds the others
        self.gender = self.gender or desc.gender
        self.role = self.role or desc.role
        for s in spans:
            self.mentions[(s.start, s.end)] = s
            self.last = max(self.last, s.start)


def _same_person(a: Description, b: Description, gender: str | None) -> bool:
    """Whether two named mentions may be one person: one name holds the other (or the surnames
    match), no two different first names, no two different genders.

    >>> _same_person(describe("Kerry"), describe("John Kerry"), None)
    True
    >>> _same_person(describe("Bill Clinton"), describe("Hillary Clinton"), None)
    False
    >>> _same_person(describe("Ms. Lee"), describe("Mr. Lee"), "masc")
    False
    """
    if gender and a.gender and gender != a.gender:
        return False
    if len(a.key) >= 2 and len(b.key) >= 2 and a.key[0] != b.key[0]:
        return False
    return a.key[-1] == b.key[-1] or set(a.key) <= set(b.key) or set(b.key) <= set(a.key)


def _joins(desc: Description, e: _Entity) -> bool:
    """Whether a described mention may join an entity (heuristics 3 to 5 of the module's list)."""
    kind = e.desc.kind
    if desc.pronoun:
        if desc.head not in _THIRD_PERSON:
            return False   # `I`, `we`, `you` point outside the text
        if desc.kind == "group":
            return kind in ("group", "organisation")
        return kind in ("person", "unnamed") and not (desc.gender and e.gender and desc.gender != e.gender)
    if desc.new:
        return False
    if desc.kind == "person":
        return kind == "person" and _same_person(desc, e.desc, e.gender)
    if desc.kind == "organisation":
        return kind == "organisation" and (set(desc.key) <= set(e.desc.key) or set(e.desc.key) <= set(desc.key))
    if desc.key == e.desc.key and desc.kind == kind:
        return True
    if desc.definite:
        role = [_lower(w) for w in (e.role or "").split()]
        words = set(e.desc.key) | set(role) | {TITLE_ABBREVIATIONS[w] for w in role if w in TITLE_ABBREVIATIONS}
        return desc.head in words and (desc.kind == "group") == (kind == "group")
    return False


def link_speakers(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes of one document with `speaker_entity` set (None for quotes without a speaker).

    `text` is the document the quotes' offsets refer to; it gives roles to names that carry none.
    """
    entities: list[_Entity] = []
    by_span: dict[tuple[int, int], _Entity] = {}
    chosen: list[_Entity | None] = []
    for q in quotes:
        if q.speaker is None:
            chosen.append(None)
            continue
        target = q.speaker_resolved or q.speaker
        spans = [s for s in (q.speaker, q.speaker_resolved) if s is not None]
        entity = by_span.get((target.start, target.end)) or by_span.get((q.speaker.start, q.speaker.end))
        desc = describe(target.text)
        if entity is None:
            fits = [e for e in entities if _joins(desc, e)]
            entity = max(fits, key=lambda e: (e.desc.key == desc.key, e.last)) if fits else None
        if entity is None:
            entity = _Entity(desc)
            entities.append(entity)
        entity.add(desc, spans)
        if q.speaker_resolved is not q.speaker and q.speaker.text.lower() in PRONOUNS:
            entity.gender = entity.gender or PRONOUNS[q.speaker.text.lower()][1]
        for s in spans:
            by_span[(s.start, s.end)] = entity
        chosen.append(entity)
    records = {id(e): _record(text, i, e) for i, e in enumerate(entities)}
    return [replace(q, speaker_entity=None if e is None else records[id(e)]) for q, e in zip(quotes, chosen)]


def _record(text: str, index: int, e: _Entity) -> SpeakerEntity:
    role = e.role
    if role is None and e.desc.kind == "person":
        role = find_role(text, e.desc.name.split(" ", 1)[1] if _lower(e.desc.name.split()[0]) in HONORIFICS
                         and " " in e.desc.name else e.desc.name)
    mentions = tuple(sorted(e.mentions.values(), key=lambda s: (s.start, s.end)))
    return SpeakerEntity(index, e.desc.name, role, e.desc.kind, mentions)
