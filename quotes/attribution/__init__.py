"""Third stage: cues and speakers from dependency parses.

Pure functions over parsed sentences.  A cue is a speech or report verb (by
lemma) or `according to`; its speaker is the verb's subject (or passive agent)
expanded to the whole noun phrase, and its content the clause it governs.
"""
from __future__ import annotations

# The package, one module per stage table, in import order (each imports only from those above it):
#   common.py     shared helpers, the `Cue` record, constants
#   subjects.py   table SUBJECTS (stage `subject`)
#   phrases.py    table PHRASES (stage `phrase`)
#   spans.py      table SPANS (stage `span`)
#   contents.py   table CONTENTS (stage `content`)
#   cues.py       table CUES (stage `cue`)
# Below: every name that other modules, tests and scripts import from `quotes.attribution`.
from .common import (ANSWER_CONTENTS, Cue, HEADLINE_CONTENTS, NOUN_CONTENTS, SUBJECT_BEFORE_RULES,
                     _CLAUSE_BREAKS, _passive_agent, aside_before, charged_passive, linked, subtree_span)
from .subjects import SUBJECTS, _adverb_aside, _contracted_perfect, _subject_rule
from .phrases import PHRASES
from .spans import SPANS, clause_subject, governing_subject, main_root, verb_subjects
from .contents import CONTENTS, asked_participle, fronted_close
from .cues import CUES, carrying_medium, find_cues, per_source_run

__all__ = ["ANSWER_CONTENTS", "Cue", "aside_before", "NOUN_CONTENTS", "clause_subject", "find_cues", "fronted_close", "governing_subject", "subtree_span", "linked", "verb_subjects"]
