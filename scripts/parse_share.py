"""What the parser's work buys: how many parsed sentences (and words) give nothing.

    python scripts/parse_share.py --split dev --parse-cache parses.pkl
    python scripts/parse_share.py --split train --parse-cache parses.pkl --words 25

A parsed sentence gives nothing when no quote's quotation, cue or speaker lies in it and dropping
its parse leaves every document's output unchanged (no quote elsewhere reads it: a before-quote
subject, a colon's clause).  The dropping is tested, not guessed: all such candidates of a document
at once, and where that changes the output, one by one.  Parsed words are the words the parser sees
(after `quotes.parse.withheld`).  The breakdown is by request kind (`PARSE_REQUESTS`; a sentence may
be of several) and, for cue candidates, by the cue form that made it one.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_polnear import ParseCache, add_corpus_options, load_docs, load_scorer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.add_argument("--parse-cache", type=Path, default=None, metavar="FILE",
                    help="as in evaluate_polnear.py: reuse (and extend) the parser's analyses kept in FILE")
    ap.add_argument("--words", type=int, default=20, help="list this many cue forms, most parsed words first")
    args = ap.parse_args()

    from quotes import Extractor
    from quotes.extractor import PARSE_REQUESTS, Marks, attribute, cue_candidates, prepare
    from quotes.rules.tables import parse_requests

    scorer = load_scorer(args.scorer)
    docs = load_docs(scorer, args.polnear, args.split, args.limit, args.shuffle, args.skip)
    extractor = Extractor(models=args.models, device=args.device)
    cache = ParseCache(args.parse_cache, extractor) if args.parse_cache else None
    kinds = list(parse_requests())
    total = Counter()                       # sentences, parsed, words, parsed_words, idle, idle_words
    by_kind = {k: Counter() for k in kinds}  # parsed / idle sentences and words, per kind
    alone = {k: Counter() for k in kinds}    # the same, for sentences of this kind only
    by_cue: dict[str, Counter] = {}
    for text, _gold in docs.values():
        prep = prepare(text)
        inside = Marks(text, prep.quoted)
        wanted = [prep.sentences[i] for i in prep.wanted]
        parsed = extractor.parse(wanted, prep.hold)
        parses = dict(zip(prep.wanted, parsed))
        full = _output(attribute(prep, parses))
        idle = _idle(prep, parses, full, attribute)
        total["sentences"] += len(prep.sentences)
        total["words"] += sum(len(s.tokens) for s in prep.sentences)
        for s, hold in zip(wanted, prep.hold):
            seen = len(s.tokens) - sum(hi - lo for lo, hi in hold)
            nothing = s.index in idle
            own = [k for k in kinds if PARSE_REQUESTS[k](s, prep.sentences, inside)]
            row = Counter(parsed=1, parsed_words=seen, idle=int(nothing), idle_words=seen * nothing)
            total.update(row)
            for k in own:
                by_kind[k].update(row)
                if len(own) == 1:
                    alone[k].update(row)
            if "cue-candidate" in own:
                forms = sorted({s.tokens[i].text.lower() for i in cue_candidates(s, inside)})
                by_cue.setdefault(" ".join(forms) if len(forms) == 1 else "(several)", Counter()).update(row)
    if cache is not None:
        cache.save()
    print(json.dumps({k: total[k] for k in ("sentences", "words", "parsed", "parsed_words", "idle", "idle_words")}
                     | {"idle_share": _share(total), "idle_word_share": _share(total, "_words")}, indent=1))
    print("\n| kind | parsed | idle | idle share | parsed words | idle words | only this kind: parsed | idle |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for k in kinds:
        c, a = by_kind[k], alone[k]
        print(f"| {k} | {c['parsed']} | {c['idle']} | {_share(c)} | {c['parsed_words']} | {c['idle_words']} "
              f"| {a['parsed']} | {a['idle']} |")
    print("\n| cue form | parsed | idle | idle share | parsed words | idle words |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for form, c in sorted(by_cue.items(), key=lambda kv: -kv[1]["idle_words"])[:args.words]:
        print(f"| {form} | {c['parsed']} | {c['idle']} | {_share(c)} | {c['parsed_words']} | {c['idle_words']} |")


def _share(c: Counter, suffix: str = "") -> float:
    key = "parsed_words" if suffix else "parsed"
    return round(c["idle" + suffix] / c[key], 4) if c[key] else 0.0


def _output(quotes: list) -> list:
    return [q.to_dict(explain=True) for q in quotes]


def _idle(prep, parses: dict, full: list, attribute) -> set[int]:
    """Parsed sentences whose parse the document's output does not need, and in which no quote lies."""
    touched = set()
    for q in full:
        for key in ("parts", "cue", "speaker", "speaker_resolved"):
            spans = q.get(key) or []
            for span in spans if isinstance(spans, list) else [spans]:
                touched |= {s.index for s in prep.sentences if s.start < span["end"] and span["start"] < s.end}
    candidates = [i for i in parses if i not in touched]

    def same_without(drop: set[int]) -> bool:
        return _output(attribute(prep, {i: w for i, w in parses.items() if i not in drop})) == full

    if same_without(set(candidates)):
        return set(candidates)
    idle: set[int] = set()
    for i in candidates:
        if same_without(idle | {i}):
            idle.add(i)
    return idle


if __name__ == "__main__":
    main()
