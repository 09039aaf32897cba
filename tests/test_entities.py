"""Speaker entities: hand-written articles with hand-made quotes (no parser), then the reference article."""
from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotes.entities
from quotes import Extractor
from quotes.entities import describe, find_role, link_speakers
from quotes.records import Quote, Span

ROOT = Path(__file__).resolve().parent.parent


def _find(text: str, phrase: str, nth: int = 0) -> Span:
    """The `nth` occurrence of `phrase` in `text` as a Span."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return Span.of(text, at, at + len(phrase))


def _quote(text: str, content: str, speaker: tuple[str, int] | None,
           resolved: tuple[str, int] | None | bool = True) -> Quote:
    """A direct quote of `content` spoken by the `nth` `speaker` phrase, resolved to another phrase
    (`resolved`), to itself (True) or to nothing (None)."""
    sp = _find(text, *speaker) if speaker else None
    res = sp if resolved is True else (_find(text, *resolved) if resolved else None)
    marked = _find(text, f'"{content}')
    return Quote("direct", (Span.of(text, marked.start + 1, marked.end),), sp, res, None, 0, 0.9)


def _entities(text: str, quotes: list[Quote]) -> list[tuple[int, str, str | None, str] | None]:
    out = link_speakers(text, quotes)
    return [None if q.speaker_entity is None else
            (q.speaker_entity.id, q.speaker_entity.name, q.speaker_entity.role, q.speaker_entity.kind) for q in out]


def test_doctests() -> None:
    """The examples in the module's docstrings hold."""
    result = doctest.testmod(quotes.entities)
    assert result.attempted >= 10 and result.failed == 0


DESCRIBE = [
    # mention -> (name, role, kind, gender)
    ("US Secretary of State John Kerry", ("John Kerry", "US Secretary of State", "person", "masc")),
    ("Foreign Minister Sergei Lavrov", ("Sergei Lavrov", "Foreign Minister", "person", "masc")),
    ("Sen. Bernie Sanders (I-Vt.)", ("Bernie Sanders", "Sen.", "person", "masc")),
    ("Mr. Lee", ("Mr. Lee", None, "person", "masc")),
    ("Ms. Lee", ("Ms. Lee", None, "person", "fem")),
    ("Kerry", ("Kerry", None, "person", None)),
    ("Rich Greenfield, a media analyst", ("Rich Greenfield", "a media analyst", "person", None)),
    ("a spokeswoman for the ministry, Maria Zakharova",
     ("Maria Zakharova", "a spokeswoman for the ministry", "person", "fem")),
    ("a senior US official", ("a senior US official", None, "unnamed", None)),
    ("another senior US official", ("another senior US official", None, "unnamed", None)),
    ("a spokeswoman for the ministry", ("a spokeswoman for the ministry", None, "unnamed", "fem")),
    ("Senior officials travelling with Kerry", ("Senior officials travelling with Kerry", None, "group", None)),
    ("Officials", ("Officials", None, "group", None)),
    ("two people familiar with the talks", ("two people familiar with the talks", None, "group", None)),
    ("The State Department", ("State Department", None, "organisation", None)),
    ("the Trump campaign", ("Trump campaign", None, "organisation", None)),
    ("the Kremlin", ("Kremlin", None, "organisation", None)),
    ("the man, who asked not to be named", ("the man", None, "unnamed", "masc")),
    # a resolved mention that runs on from the sentence before, or from a clause's first word
    ("the Daily Courier. Jane Roe", ("Jane Roe", None, "person", "fem")),
    ("When Jane Roe", ("Jane Roe", None, "person", "fem")),
    ("retired U.S. Army Gen. Jo Ray", ("Jo Ray", "retired U.S. Army Gen.", "person", None)),
    ("Mr. King", ("Mr. King", None, "person", "masc")),
    ("Jo Ray, 45", ("Jo Ray", None, "person", None)),       # an age is no role       # a surname that is also a title word
    ("Democrats", ("Democrats", None, "group", None)),
    ("Senate Republicans", ("Senate Republicans", None, "group", None)),
    ("The Daily Herald", ("Daily Herald", None, "organisation", None)),
    ("University of Northland", ("University of Northland", None, "organisation", None)),
    ("Jo Ray of the Acme Institute", ("Jo Ray", None, "person", None)),
    ("Minister of Foreign Affairs Sergei Lavrov", ("Sergei Lavrov", "Minister of Foreign Affairs", "person", "masc")),
    ("where Senate Minority Leader Jo M. Ray", ("Jo M. Ray", "Senate Minority Leader", "person", None)),
    ("Campaign manager Jo Ray", ("Jo Ray", "Campaign manager", "person", None)),
    ("Happy Jo Ray", ("Happy Jo Ray", None, "person", None)),      # capitalised words but no title
    ("a Bank of Northland analyst", ("a Bank of Northland analyst", None, "unnamed", None)),
]


@pytest.mark.parametrize("mention, expected", DESCRIBE)
def test_describe(mention: str, expected: tuple[str, str | None, str, str | None]) -> None:
    d = describe(mention)
    assert (d.name, d.role, d.kind, d.gender) == expected


def test_another_and_a_second_are_new_sources() -> None:
    text = ('"A," a senior official said. "B," the senior official said. "C," another senior official said. '
            '"D," a second official said. "E," the senior official added. "F," the official said.')
    qs = [_quote(text, "A", ("a senior official", 0)), _quote(text, "B", ("the senior official", 0)),
          _quote(text, "C", ("another senior official", 0)), _quote(text, "D", ("a second official", 0)),
          _quote(text, "E", ("the senior official", 1)), _quote(text, "F", ("the official", 0))]
    assert _entities(text, qs) == [
        (0, "a senior official", None, "unnamed"),
        (0, "a senior official", None, "unnamed"),        # the same description
        (1, "another senior official", None, "unnamed"),
        (2, "a second official", None, "unnamed"),
        (1, "another senior official", None, "unnamed"),  # the same words, mentioned last
        (2, "a second official", None, "unnamed"),        # the same head noun, mentioned last
    ]


def test_pronouns_join_the_entity_they_resolved_to() -> None:
    text = ('"A," a senior official said. "B," he said. "C," another senior official said. "D," he added.')
    qs = [_quote(text, "A", ("a senior official", 0)),
          _quote(text, "B", ("he", 0), ("a senior official", 0)),
          _quote(text, "C", ("another senior official", 0)),
          _quote(text, "D", ("he", 1), ("another senior official", 0))]
    out = link_speakers(text, qs)
    assert [q.speaker_entity.id for q in out if q.speaker_entity] == [0, 0, 1, 1]
    first = out[0].speaker_entity
    assert first is not None and [m.text for m in first.mentions] == ["a senior official", "he"]
    assert all(text[m.start:m.end] == m.text for q in out if q.speaker_entity for m in q.speaker_entity.mentions)


def test_two_people_sharing_a_surname() -> None:
    text = ('"A," Bill Clinton said. "B," Hillary Clinton said. "C," Bill said. "D," Hillary Clinton added. '
            '"E," Clinton said.')
    qs = [_quote(text, "A", ("Bill Clinton", 0)), _quote(text, "B", ("Hillary Clinton", 0)),
          _quote(text, "C", ("Bill", 1)), _quote(text, "D", ("Hillary Clinton", 1)),
          _quote(text, "E", ("Clinton", 3))]
    assert _entities(text, qs) == [
        (0, "Bill Clinton", None, "person"), (1, "Hillary Clinton", None, "person"),
        (0, "Bill Clinton", None, "person"), (1, "Hillary Clinton", None, "person"),
        (1, "Hillary Clinton", None, "person"),   # a bare surname fitting both: the one mentioned last
    ]


def test_mr_and_ms_with_one_surname_are_two_people() -> None:
    text = '"A," Mr. Lee said. "B," Ms. Lee said. "C," Mr. Lee added. "D," she said.'
    qs = [_quote(text, "A", ("Mr. Lee", 0)), _quote(text, "B", ("Ms. Lee", 0)),
          _quote(text, "C", ("Mr. Lee", 1)), _quote(text, "D", ("she", 0), None)]
    assert _entities(text, qs) == [
        (0, "Mr. Lee", None, "person"), (1, "Ms. Lee", None, "person"), (0, "Mr. Lee", None, "person"),
        (1, "Ms. Lee", None, "person"),   # an unresolved `she` agrees with Ms. Lee only
    ]


def test_name_containment_and_title_role() -> None:
    text = ('US Secretary of State John Kerry said "A." "B," Kerry said. "C," said John Kerry. '
            '"D," said Maria Zakharova, a spokeswoman for the ministry. "E," Zakharova said. '
            '"F," the spokeswoman added.')
    qs = [_quote(text, "A", ("US Secretary of State John Kerry", 0)),
          _quote(text, "B", ("Kerry", 1), ("US Secretary of State John Kerry", 0)),
          _quote(text, "C", ("John Kerry", 1)),
          _quote(text, "D", ("Maria Zakharova, a spokeswoman for the ministry", 0)),
          _quote(text, "E", ("Zakharova", 1)),
          _quote(text, "F", ("the spokeswoman", 0))]
    assert _entities(text, qs) == [
        (0, "John Kerry", "US Secretary of State", "person")] * 3 + [
        (1, "Maria Zakharova", "a spokeswoman for the ministry", "person")] * 3


def test_definite_descriptions_join_by_role() -> None:
    """`the senator` joins the person the article titled `Sen.`; `the analyst` the one whose role
    says so; a bare `the candidate` with no such person stays apart."""
    text = ('"A," said Sen. Jo Ray. "B," said Kim Lu, an analyst at a bank. "C," the senator said. '
            '"D," the analyst said. "E," the candidate said.')
    qs = [_quote(text, "A", ("Sen. Jo Ray", 0)), _quote(text, "B", ("Kim Lu, an analyst at a bank", 0)),
          _quote(text, "C", ("the senator", 0)), _quote(text, "D", ("the analyst", 0)),
          _quote(text, "E", ("the candidate", 0))]
    assert _entities(text, qs) == [
        (0, "Jo Ray", "Sen.", "person"), (1, "Kim Lu", "an analyst at a bank", "person"),
        (0, "Jo Ray", "Sen.", "person"), (1, "Kim Lu", "an analyst at a bank", "person"),
        (2, "the candidate", None, "unnamed"),
    ]


def test_groups_and_organisations() -> None:
    text = ('"A," the State Department said. "B," officials said. "C," the department added. '
            '"D," they said. "E," Reuters reported.')
    qs = [_quote(text, "A", ("the State Department", 0)), _quote(text, "B", ("officials", 0)),
          _quote(text, "C", ("the department", 0)), _quote(text, "D", ("they", 0), None),
          _quote(text, "E", ("Reuters", 0))]
    assert _entities(text, qs) == [
        (0, "State Department", None, "organisation"), (1, "officials", None, "group"),
        (0, "State Department", None, "organisation"), (0, "State Department", None, "organisation"),
        (2, "Reuters", None, "organisation"),
    ]


def test_quotes_without_speakers_get_no_entity() -> None:
    text = '"A." "B," I said. "C."'
    qs = [_quote(text, "A", None), _quote(text, "B", ("I", 0), None), _quote(text, "C", None)]
    assert _entities(text, qs) == [None, (0, "I", None, "unnamed"), None]
    assert link_speakers(text, []) == []


def test_role_from_elsewhere_in_the_text() -> None:
    """A name quoted bare takes the title the text gives it elsewhere."""
    text = 'Foreign Minister Sergei Lavrov arrived. "A," Lavrov said.'
    assert _entities(text, [_quote(text, "A", ("Lavrov", 1))]) == [(0, "Lavrov", "Foreign Minister", "person")]


FIND_ROLE = [
    ("Kerry", "US Secretary of State"),
    ("Sergei Lavrov", "Foreign Minister"),
    ("Vladimir Putin", "President"),
    ("Barack Obama", "US President"),
    ("Bashar al-Assad", None),   # `its Syrian ally Bashar al-Assad`: no title before the name
]


@pytest.mark.parametrize("name, role", FIND_ROLE)
def test_find_role_in_the_reference_article(name: str, role: str | None) -> None:
    text = (ROOT / "data" / "kerry-geneva.txt").read_text(encoding="utf-8")
    assert find_role(text, name) == role


def test_reference_article(extractor: Extractor) -> None:
    """The two senior US officials are two entities, `he` quotes join the first, the officials
    travelling with Kerry are one group (with their `they`)."""
    text = (ROOT / "data" / "kerry-geneva.txt").read_text(encoding="utf-8")
    found = extractor.extract(text)
    got = [(q.speaker.text, q.speaker_entity.id, q.speaker_entity.name, q.speaker_entity.kind)
           for q in found if q.speaker and q.speaker_entity]
    assert len(got) == sum(q.speaker is not None for q in found)
    assert sorted(set(got)) == sorted({
        ("Senior officials travelling with Kerry", 0, "Senior officials travelling with Kerry", "group"),
        ("they", 0, "Senior officials travelling with Kerry", "group"),
        ("a senior US official", 1, "a senior US official", "unnamed"),
        ("he", 1, "a senior US official", "unnamed"),
        ("another senior US official", 2, "another senior US official", "unnamed"),
    })
    he_quotes = [q for q in found if q.speaker and q.speaker.text == "he"]
    assert he_quotes and all(q.speaker_entity and q.speaker_resolved
                             and q.speaker_entity.name == q.speaker_resolved.text for q in he_quotes)


_PIECES = ["Mr.", "Ms.", "Sen.", "the ", "another ", "a second ", "he ", "she ", "they ", "of ", "Kerry ", "U.S. ",
           ", a ", "who ", "officials ", "Ministry ", ". ", ": ", "(", ")", "\n", "’", '"', "—", " ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.lists(st.tuples(
    st.integers(0, 10_000), st.integers(1, 60), st.booleans()), max_size=5))
def test_any_speakers_give_entities_with_true_mentions(pieces: list[str], spans: list[tuple[int, int, bool]]) -> None:
    """Whatever the speaker mentions, every quote with a speaker gets an entity, ids run from 0 in
    order of first use, and every mention is a true span of the text."""
    text = "".join(pieces)
    qs = []
    for at, length, resolved in spans:
        start = at % len(text)
        sp = Span.of(text, start, min(len(text), start + length))
        if sp.text.strip():
            qs.append(Quote("direct", (sp,), sp, sp if resolved else None, None, 0, 0.5))
    out = link_speakers(text, qs)
    ids = [q.speaker_entity.id for q in out if q.speaker_entity]
    assert len(ids) == len(qs)
    firsts = [ids.index(i) for i in range(len(set(ids)))]
    assert sorted(set(ids)) == list(range(len(set(ids)))) and firsts == sorted(firsts)
    assert all(text[m.start:m.end] == m.text for q in out if q.speaker_entity for m in q.speaker_entity.mentions)
