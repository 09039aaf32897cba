"""Output records: frozen, JSON-ready, offsets true to the caller's text."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping

__all__ = ["Span", "Quote", "QuoteType", "SpeakerEntity", "EntityKind", "QUOTE_FIELDS"]

QuoteType = Literal["direct", "indirect", "mixed"]
# The keys of `Quote.to_dict(explain=True)`: a --per-quote output line holds them beside its document's fields.
QUOTE_FIELDS = ("type", "text", "parts", "speaker", "speaker_resolved", "cue", "sentence", "confidence",
                "speaker_entity", "rules")
EntityKind = Literal["person", "organisation", "group", "unnamed"]


@dataclass(frozen=True)
class Span:
    """A piece of the input: `text == input[start:end]` (end-exclusive)."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        """The span of `source` between two offsets, its text read from `source`."""
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class SpeakerEntity:
    """One speaker of a document: every quote whose speaker is this person, body or group shares it.

    `id` numbers a document's speakers from 0 in order of first mention; `name` is the fullest
    proper name (`John Kerry`), or for an unnamed source the fullest description (`a senior US
    official`); `role` what the article calls them (`US Secretary of State`), or None;
    `mentions` the speaker mentions (as written and as resolved) in reading order.
    """

    id: int
    name: str
    role: str | None
    kind: EntityKind
    mentions: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "role": self.role, "kind": self.kind,
                "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True)
class Quote:
    """One quotation with its cue and speaker.

    `parts` are the quoted content without quotation marks, in reading order;
    `speaker` is the mention as written, `speaker_resolved` the fullest earlier
    mention it refers to (the same span when it needs no resolving), `speaker_entity` the
    document's speaker it belongs to (None where no one is named).  `rules` names the rules
    that produced it, by stage (`{"link": "own-cue", "speaker": "inverted-subject"}`; see
    `python -m quotes.rules`); it is left out of `to_dict()` unless `explain=True`.
    """

    type: QuoteType
    parts: tuple[Span, ...]
    speaker: Span | None
    speaker_resolved: Span | None
    cue: Span | None
    sentence: int
    confidence: float
    speaker_entity: SpeakerEntity | None = None
    rules: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.parts)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        """The JSON-ready record; with `explain`, also a "rules" object (stage -> rule name)."""
        def opt(span: Span | None) -> dict[str, Any] | None:
            return None if span is None else span.to_dict()

        return {
            "type": self.type,
            "text": self.text,
            "parts": [p.to_dict() for p in self.parts],
            "speaker": opt(self.speaker),
            "speaker_resolved": opt(self.speaker_resolved),
            "cue": opt(self.cue),
            "sentence": self.sentence,
            "confidence": round(self.confidence, 3),
            "speaker_entity": None if self.speaker_entity is None else self.speaker_entity.to_dict(),
        } | ({"rules": dict(self.rules)} if explain else {})
