"""Named, ordered rule tables: the bookkeeping shared by every stage.

A rule is a small record: a stable kebab-case name, one line of what it does,
the function that does it, and examples of what it must produce.  A table is
an ordered tuple of rules for one decision; its order is precedence, and the
first rule that answers (returns something other than None) wins.  Rules can be
switched off by name for a measurement (`without`), never in ordinary use.

    >>> t = Table("demo", (Rule("never", "demo", "Answers nothing.", lambda x: None),
    ...                    Rule("double", "demo", "Twice the number.", lambda x: 2 * x)))
    >>> t.first(4)
    ('double', 8)
    >>> with without(["double"]):
    ...     t.first(4) is None
    True
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import importlib.resources
import regex
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

__all__ = ["Example", "Rule", "Table", "enabled", "example_parse", "without"]

_NAME = regex.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True)
class Example:
    """A text a rule must decide, and what it must produce there.

    `quote` is the exact text of the quote the rule decides (`Quote.text`); `speaker` its exact
    speaker text (None: no speaker); with `kept=False` the rule drops the quotation, so no quote
    with that text is produced at all, and with the rule switched off one is.  `parse`, when
    given, is a hand-written parse of the text's first sentence in CoNLL-U, so that the example
    does not depend on a model; without it the bundled models parse the text.
    """

    text: str
    quote: str
    speaker: str | None = None
    kept: bool = True
    parse: str | None = None


# The hand-written parses of rule examples (`Example.parse`), kept as data: one CoNLL-U sentence each,
# opened by a `# name = ...` line.
EXAMPLE_PARSES = "data/example_parses.conllu"
_NAME_LINE = "# name = "


@functools.cache
def example_parses() -> dict[str, str]:
    """Every hand-written example parse in `EXAMPLE_PARSES`, by name, comment lines left out."""
    text = importlib.resources.files("quotes").joinpath(EXAMPLE_PARSES).read_text(encoding="utf-8")
    parses: dict[str, str] = {}
    for block in regex.split(r"\n\s*\n", text):
        lines = block.strip().splitlines()
        names = [line[len(_NAME_LINE):].strip() for line in lines if line.startswith(_NAME_LINE)]
        if not names:
            continue
        if len(names) > 1 or names[0] in parses:
            raise ValueError(f"{EXAMPLE_PARSES}: a block with several names, or a name twice: {names}")
        parses[names[0]] = "\n".join(line for line in lines if not line.startswith("#")) + "\n"
    return parses


def example_parse(name: str) -> str:
    """The hand-written CoNLL-U parse called `name` in `EXAMPLE_PARSES`, for an `Example`'s `parse`.

    >>> example_parse("split-name").splitlines()[0].split()[:4]
    ['1', 'Veteran', 'veteran', 'ADJ']
    """
    try:
        return example_parses()[name]
    except KeyError:
        raise KeyError(f"no example parse named {name!r} in {EXAMPLE_PARSES}") from None


@dataclass(frozen=True)
class Rule:
    """One named rule of a stage's table."""

    name: str                        # stable, kebab-case: what `Quote.rules` and `--without` say
    stage: str                       # the table it belongs to
    doc: str                         # one line: what it does
    run: Callable[..., Any]          # the rule itself; None means "no answer, ask the next rule"
    examples: tuple[Example, ...] = ()
    parse: str | None = None         # which sentences it needs parsed, by name (`quotes.extractor.PARSE_REQUESTS`)


_TABLES: dict[str, "Table"] = {}
_DISABLED: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("quotes_rules_disabled",
                                                                           default=frozenset())


class Table:
    """An ordered table of one stage's rules; registering it makes its names known."""

    def __init__(self, stage: str, rules: Iterable[Rule], doc: str = "") -> None:
        self.stage = stage
        self.doc = doc
        self.rules = tuple(rules)
        names = [r.name for r in self.rules]
        for r in self.rules:
            if not _NAME.fullmatch(r.name) or r.stage != stage:
                raise ValueError(f"rule {r.name!r}: names are kebab-case and the stage is {stage!r}")
        if len(set(names)) != len(names) or stage in _TABLES:
            raise ValueError(f"table {stage!r}: duplicate rule or table name")
        _TABLES[stage] = self

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __getitem__(self, name: str) -> Rule:
        return next(r for r in self.rules if r.name == name)

    def first(self, *args: Any) -> tuple[str, Any] | None:
        """(name, answer) of the first enabled rule that answers, in table order; None if none does."""
        for r in self.rules:
            if enabled(r.name):
                answer = r.run(*args)
                if answer is not None:
                    return r.name, answer
        return None

    def ask(self, name: str, *args: Any) -> Any:
        """The answer of one named rule (None when it is switched off): for tables whose rules are
        separate passes over a document rather than alternatives."""
        return self[name].run(*args) if enabled(name) else None


def enabled(name: str) -> bool:
    """Whether a rule is on (all are, unless switched off by `without`)."""
    return name not in _DISABLED.get()


@contextlib.contextmanager
def without(names: Iterable[str]) -> Iterator[None]:
    """Switch rules off by name within the block, to measure what they add."""
    from . import tables as _  # noqa: F401  (registers every table, so every name is known)

    names = frozenset(names)
    known = {r.name for t in _TABLES.values() for r in t}
    unknown = sorted(names - known)
    if unknown:
        raise ValueError(f"no such rule: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    token = _DISABLED.set(_DISABLED.get() | names)
    try:
        yield
    finally:
        _DISABLED.reset(token)
