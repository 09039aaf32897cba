"""Cross-check ``quotes/data/cues.tsv`` against PolNeAR train cue annotations.

The cue lexicon is hand-curated; this script does not write it.  It prints the
evidence the curation rests on, so the choices can be re-checked:

1. the 80 most frequent first words of PolNeAR *train* Cue spans, with the
   lexicon lemma each maps to and its "cue rate" (share of that word's tokens
   in the train texts that fall inside some Cue span; low = ambiguous);
2. coverage: share of train Cue spans whose first word is a lexicon form or
   "according"; the same after skipping auxiliaries and adverbs ("has said");
   and, most leniently, whose span contains any lexicon form;
3. per-lemma counts for every lexicon entry, and the entries never seen in a
   train Cue span;
4. frequent, mostly-in-cue words that are neither in the lexicon nor
   documented as excluded (``# excluded:`` comment lines) -- to review;
5. differences from the published lists in ``shared/data/lexicons``.

Only the train split is read; the dev split is the evaluation set.

Usage (from the repository root)::

    .venv/bin/python scripts/build_cue_lexicon.py
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TRAIN = SHARED / "polnear" / "train"
LEXICONS = SHARED / "lexicons"
CUES_TSV = ROOT / "quotes" / "data" / "cues.tsv"

TOP_N = 80
MIN_MISSING = 5  # flag unlisted cue words seen at least this often ...
MIN_RATE = 0.25  # ... and inside a Cue span at least this share of the time

WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")

# Closed-class words that open many Cue spans ("has said", "is expected",
# "also told", "in a statement"); never lexicon candidates themselves.
FUNCTION_WORDS = frozenset(
    """a about after again all also although an and are aren't as at be been
    being both but by can could d did didn't do does doesn't don't even ever
    first finally for from had hadn't has hasn't have haven't he her his how i
    in initially is isn't it it's its just largely last later ll many may
    might more most must never not now of often on once only or other over
    previously publicly quickly re recently regularly repeatedly reportedly s
    seemingly she should so some still strongly such than that the their them
    then there these they this those to too under us ve very was wasn't we
    were weren't what when which while who will with without won't would
    wouldn't you""".split()
)


@dataclass(frozen=True)
class CueSpan:
    """One annotated Cue: its document, character spans and lowercased words."""

    doc: str
    spans: tuple[tuple[int, int], ...]
    words: tuple[str, ...]


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of `text` as (start, end, lowercased word, ’ folded to ')."""
    return [
        (m.start(), m.end(), m.group().lower().replace("’", "'"))
        for m in WORD_RE.finditer(text)
    ]


def read_cues(train: Path) -> tuple[list[CueSpan], Counter[str], Counter[str]]:
    """All train Cue spans, plus per-word token totals and in-cue token counts."""
    cues: list[CueSpan] = []
    total: Counter[str] = Counter()
    in_cue: Counter[str] = Counter()
    for ann in sorted((train / "attributions").glob("*.ann")):
        doc = ann.stem.rsplit("_", 1)[0]
        text = (train / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        doc_spans: list[tuple[int, int]] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 2 or not fields[0].startswith("T"):
                continue
            kind, _, offsets = fields[1].partition(" ")
            if kind != "Cue":
                continue
            spans = tuple(
                (int(a), int(b))
                for a, b in (part.split() for part in offsets.split(";"))
            )
            words = tuple(w for s, e in spans for _, _, w in tokens(text[s:e]))
            cues.append(CueSpan(doc, spans, words))
            doc_spans.extend(spans)
        for start, end, word in tokens(text):
            total[word] += 1
            if any(s <= start and end <= e for s, e in doc_spans):
                in_cue[word] += 1
    return cues, total, in_cue


def read_lexicon(path: Path) -> tuple[dict[str, str], dict[str, list[str]], set[str]]:
    """Form -> lemma map, lemma -> forms, and lemmas listed as excluded."""
    form_to_lemma: dict[str, str] = {}
    lemma_forms: dict[str, list[str]] = {}
    excluded: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            head, _, rest = line[1:].strip().partition(":")
            if head.strip().lower() == "excluded":
                excluded.update(w.lower() for w in WORD_RE.findall(rest.split("--")[0]))
            continue
        if not line.strip():
            continue
        lemma, _, forms = line.partition("\t")
        lemma_forms[lemma] = forms.split()
        for form in lemma_forms[lemma]:
            form_to_lemma.setdefault(form, lemma)
    return form_to_lemma, lemma_forms, excluded


def guess_lemma(word: str) -> str:
    """Crude suffix stripping, only to match words against excluded lemmas."""
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""),
                         ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    return word


def is_excluded(word: str, excluded: set[str]) -> bool:
    """Whether `word` looks like a form of a documented excluded lemma."""
    if word in excluded:
        return True
    stem = guess_lemma(word)
    if stem == word or len(stem) < 3:
        return False
    return stem in excluded or stem + "e" in excluded


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "   n/a"


def main() -> int:
    if not CUES_TSV.exists() or not TRAIN.exists():
        print(f"missing {CUES_TSV} or {TRAIN}", file=sys.stderr)
        return 1
    form_to_lemma, lemma_forms, excluded = read_lexicon(CUES_TSV)
    cues, total, in_cue = read_cues(TRAIN)
    n = len(cues)
    first = Counter(c.words[0] if c.words else "<no word>" for c in cues)

    print(f"PolNeAR train: {n} Cue spans; lexicon: {len(lemma_forms)} lemmas, "
          f"{len(form_to_lemma)} forms, {len(excluded)} documented exclusions\n")
    print(f"Top {TOP_N} first words of Cue spans "
          "(cue rate = in-cue tokens / all tokens of the word in train texts)")
    print(f"{'rank':>4}  {'word':<14}{'cues':>6}{'share':>8}  {'lemma':<14}{'cue rate':>9}")
    top = sorted(first.items(), key=lambda item: (-item[1], item[0]))[:TOP_N]
    for rank, (word, count) in enumerate(top, 1):
        if word == "<no word>":
            lemma = "(punctuation)"
        elif word in form_to_lemma:
            lemma = form_to_lemma[word]
        elif word == "according":
            lemma = "(according to)"
        elif word in FUNCTION_WORDS:
            lemma = "(function)"
        elif is_excluded(word, excluded):
            lemma = "(excluded)"
        else:
            lemma = "-- MISSING"
        rate = f"{in_cue[word]}/{total[word]}"
        print(f"{rank:>4}  {word:<14}{count:>6}{pct(count, n):>8}  {lemma:<14}{rate:>9}")

    covered_first = sum(
        1 for c in cues if c.words and (c.words[0] in form_to_lemma or c.words[0] == "according")
    )
    def head(c: CueSpan) -> str | None:
        return next((w for w in c.words if w not in FUNCTION_WORDS or w == "according"), None)

    covered_head = sum(
        1 for c in cues if (h := head(c)) is not None and (h in form_to_lemma or h == "according")
    )
    covered_any = sum(
        1 for c in cues if any(w in form_to_lemma or w == "according" for w in c.words)
    )
    print("\nCoverage of train Cue spans (a lexicon form or 'according'):")
    for label, k in (("first word", covered_first),
                     ("first non-function word (skips has/is/also ...)", covered_head),
                     ("any word of the span", covered_any)):
        print(f"  {label:<50}{k:>6}/{n} = {pct(k, n)}")

    lemma_cues: Counter[str] = Counter()
    for c in cues:
        for lemma in {form_to_lemma[w] for w in c.words if w in form_to_lemma}:
            lemma_cues[lemma] += 1
    print("\nLexicon lemmas by number of train Cue spans containing one of their forms")
    print(f"  {'lemma':<14}{'cues':>6}{'in-cue/all tokens':>20}")
    for lemma in sorted(lemma_forms, key=lambda lem: (-lemma_cues[lem], lem)):
        forms = lemma_forms[lemma]
        inside = sum(in_cue[f] for f in forms)
        alltok = sum(total[f] for f in forms)
        print(f"  {lemma:<14}{lemma_cues[lemma]:>6}{f'{inside}/{alltok}':>20}")
    unseen = sorted(lem for lem in lemma_forms if lemma_cues[lem] == 0)
    print(f"\nLexicon lemmas never seen in a train Cue span ({len(unseen)}):")
    print("  " + " ".join(unseen))

    print(f"\nUnlisted words in >= {MIN_MISSING} Cue spans with cue rate >= {MIN_RATE:.0%}, "
          "not documented as excluded (review: verbs to add, else nouns/particles):")
    any_word = Counter(w for c in cues for w in set(c.words))
    flagged = [
        (w, k) for w, k in sorted(any_word.items(), key=lambda item: (-item[1], item[0]))
        if k >= MIN_MISSING and in_cue[w] >= MIN_RATE * total[w]
        and w not in form_to_lemma and w not in FUNCTION_WORDS
        and w != "according" and not is_excluded(w, excluded)
    ]
    print("  " + (", ".join(f"{w} {k} ({in_cue[w]}/{total[w]})" for w, k in flagged) or "none"))
    print("\nDocumented exclusions seen in cues: " + ", ".join(
        f"{w} {k}" for w, k in sorted(any_word.items(), key=lambda item: (-item[1], item[0]))
        if k >= MIN_MISSING and w not in form_to_lemma and w not in FUNCTION_WORDS
        and is_excluded(w, excluded)
    ))

    ggt = {w.strip().lower() for w in
           (LEXICONS / "gendergaptracker" / "quote_verb_list.txt").read_text().split()}
    krestel = {w.strip().lower() for w in
               (LEXICONS / "qsample" / "krestel_verbs.txt").read_text().split()}
    print("\nCross-check with published lists:")
    print("  GenderGapTracker forms not in cues.tsv: "
          + " ".join(sorted(ggt - set(form_to_lemma))))
    print("  Krestel lemmas not in cues.tsv:         "
          + " ".join(sorted(krestel - set(lemma_forms))))
    print("  cues.tsv lemmas in neither list:        "
          + " ".join(sorted(lem for lem in lemma_forms
                            if lem not in krestel and not set(lemma_forms[lem]) & ggt)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
