"""Shared tests on words, each written once: the rules of every table ask these.

    >>> time_word("Tuesday"), time_word("Kerry")
    (True, False)
    >>> relative_pronoun("Who"), cue_form("said"), cue_form("table")
    (True, True, False)
"""
from __future__ import annotations

from typing import Iterable

from ..lexicon import RELATIVE_PRONOUNS, TIME_WORDS, cue_forms
from ..parse import Word

__all__ = ["time_word", "relative_pronoun", "to_infinitive", "cue_form"]


def time_word(text: str) -> bool:
    """A word of time (`Tuesday`, `week`, `yesterday`): never a speaker, whatever the parse says."""
    return text.lower() in TIME_WORDS


def relative_pronoun(text: str) -> bool:
    """`who`, `that`, `which`: a relative clause's pronoun, standing for a noun before it."""
    return text.lower() in RELATIVE_PRONOUNS


def to_infinitive(dependents: Iterable[Word]) -> bool:
    """Whether a verb's dependents mark it as a `to`-infinitive (`vowed to build`)."""
    return any(k.deprel == "mark" and k.text.lower() == "to" for k in dependents)


def cue_form(text: str) -> bool:
    """Whether a word is an inflected form of a cue verb (`said`, `tweets`), in any case."""
    return text.lower() in cue_forms()
