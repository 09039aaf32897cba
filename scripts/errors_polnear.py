"""List what `quotes` gets wrong on PolNeAR *train*, for reading: gold quotations missed or given the
wrong speaker, indirect speech missed, and predicted quotes that match nothing.

    python scripts/errors_polnear.py --parse-cache /tmp/parses.pkl > /tmp/errors.txt
    python scripts/errors_polnear.py --kind missed-indirect --shuffle 7 --limit 200
    python scripts/errors_polnear.py --each-part --kind missed-direct   # parts of multi-part quotes

Each gold relation is scored on its own against all of its article's predictions with the shared
scorer (so the scorer's definitions are used, not copied); a line gives the kind, the article, the
gold content and source, and what was predicted with the rules that made it. Dev is refused: it is
for measuring only, never for reading errors.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate_polnear import ParseCache, add_corpus_options, each_part, load_docs, load_scorer  # noqa: E402

KINDS = ("missed-direct", "speaker-direct", "strict-direct", "missed-indirect", "speaker-indirect", "spurious")
CONTEXT = 80  # characters of text shown around a span


def _text(text: str, spans) -> str:
    return " ".join(text[a:b] for a, b in spans).replace("\n", " ")


def _around(text: str, spans) -> str:
    a, b = spans[0][0], spans[-1][1]
    return (text[max(0, a - CONTEXT):a] + "[[" + text[a:b] + "]]" + text[b:b + CONTEXT]).replace("\n", " ")


def _pred(text: str, q: dict | None) -> str:
    if q is None:
        return "-"
    spk = q.get("speaker")
    who = text[spk["start"]:spk["end"]] if spk else None
    return f"{q['type']} speaker={who!r} rules={q.get('rules', {})}"


def _content(text: str, q: dict | None) -> str:
    """The predicted quotation in its context, on a line of its own, to set against the gold one."""
    if q is None:
        return ""
    return "\n    text: " + _around(text, [(p["start"], p["end"]) for p in q["parts"]])


def errors(scorer, name: str, text: str, rels: list, quotes: list[dict]):
    """(kind, line) for each error in one article."""
    for r in rels:
        if not (r.quoted or r.speech):
            continue
        m = scorer.score({name: (text, [r])}, {name: quotes})
        found = m["direct_recall"] if r.quoted else m["indirect_speech_recall"]
        attributed = m["direct_attributed_recall"] if r.quoted else m["indirect_speech_attributed_recall"]
        best = _best(scorer, name, text, r, quotes)
        if not found:
            kind = "missed-direct" if r.quoted else "missed-indirect"
        elif not attributed:
            kind = "speaker-direct" if r.quoted else "speaker-indirect"
        elif r.quoted and r.source and m["speaker_span_accuracy_direct"] < 1:
            kind = "strict-direct"
        else:
            continue
        yield kind, (f"{kind}\t{name}\tsource={_text(text, r.source)!r}\tcue={r.cue_text!r}\n"
                     f"    gold: {_around(text, r.content)}\n    pred: {_pred(text, best)}{_content(text, best)}")
    for q in quotes:
        m = scorer.score({name: (text, rels)}, {name: [dict(q, type="direct")]})
        if m["all_precision"] < 1:
            spans = [(p["start"], p["end"]) for p in q["parts"]]
            yield "spurious", f"spurious\t{name}\t{_pred(text, q)}\n    pred: {_around(text, spans)}"


def _best(scorer, name: str, text: str, r, quotes: list[dict]) -> dict | None:
    """The prediction that matches `r` (or, when none does, overlaps it most)."""
    def overlap(q: dict) -> int:
        chars = {i for p in q["parts"] for i in range(p["start"], p["end"])}
        return sum(1 for a, b in r.content for i in range(a, b) if i in chars)
    scored = [(overlap(q), i) for i, q in enumerate(quotes)]
    scored = [s for s in scored if s[0]]
    return quotes[max(scored)[1]] if scored else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.set_defaults(split="train")
    ap.add_argument("--kind", choices=KINDS, action="append", help="only these kinds (repeatable)")
    ap.add_argument("--parse-cache", type=Path, default=None, metavar="FILE",
                    help="as in evaluate_polnear.py")
    ap.add_argument("--each-part", action="store_true",
                    help="as in evaluate_polnear.py: each part of a multi-part quotation, gold and predicted, "
                         "is a quotation of its own, so a wrong part shows as an error")
    args = ap.parse_args()
    if args.split != "train":
        sys.exit("errors are read on train only: dev is for measuring, never for reading errors")
    from quotes import Extractor

    scorer = load_scorer(args.scorer)
    docs = load_docs(scorer, args.polnear, args.split, args.limit, args.shuffle, args.skip)
    extractor = Extractor(models=args.models, device=args.device)
    cache = ParseCache(args.parse_cache, extractor) if args.parse_cache else None
    names = list(docs)
    results = list(extractor.extract_many(docs[n][0] for n in names))
    if cache is not None:
        cache.save()
    counts: Counter[str] = Counter()
    for name, quotes in zip(names, results):
        text, rels = docs[name]
        predicted = [q.to_dict(explain=True) for q in quotes]
        if args.each_part:
            split_docs, split_preds = each_part(scorer, {name: (text, rels)}, {name: predicted})
            rels, predicted = split_docs[name][1], split_preds[name]
        for kind, line in errors(scorer, name, text, rels, predicted):
            counts[kind] += 1
            if not args.kind or kind in args.kind:
                print(line)
    print("\n" + "\n".join(f"{k}: {counts[k]}" for k in KINDS), file=sys.stderr)


if __name__ == "__main__":
    main()
