"""Attribution as named, ordered rule tables: `python -m quotes.rules` lists them.

Each decision stage (cue finding, a cue's subject, a quote's speaker, linking a quotation,
filters, floating) is a `Table` of `Rule`s; table order is precedence.  `Quote.rules` names
the rules that produced a quote; `without` switches rules off to measure what they add.
"""
from __future__ import annotations

from .registry import Example, Rule, Table, enabled, without

__all__ = ["Example", "Rule", "Table", "enabled", "without"]
