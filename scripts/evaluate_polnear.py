"""Run `quotes` over a PolNeAR split and print the shared scorer's metrics plus docs/s.

    python scripts/evaluate_polnear.py --split dev
    python scripts/evaluate_polnear.py --split train --shuffle 7 --limit 80             # tuning sample A
    python scripts/evaluate_polnear.py --split train --shuffle 7 --skip 80 --limit 80   # check sample B
    python scripts/evaluate_polnear.py --split dev --by-rule           # what each named rule decides
    python scripts/evaluate_polnear.py --split dev --without venue,floating   # with rules switched off
    python scripts/evaluate_polnear.py --split dev --parse-all --out all.jsonl  # parse every sentence

The scorer is imported from ../shared/tools/polnear_score.py, so its
definitions are never copied here.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pickle
import random
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.extractor import Extractor

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("polnear_score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def add_corpus_options(ap: argparse.ArgumentParser) -> None:
    """The options every PolNeAR script shares: which articles, scorer, models and device."""
    ap.add_argument("--split", default="dev")
    ap.add_argument("--polnear", type=Path, default=SHARED / "data" / "polnear")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "polnear_score.py")
    ap.add_argument("--models", default=None, help="stanza resources directory (default: the usual lookup)")
    ap.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (a smoke run)")
    ap.add_argument("--shuffle", type=int, default=None, metavar="SEED",
                    help="take articles in random.Random(SEED) order of their sorted names (train samples)")
    ap.add_argument("--skip", type=int, default=0, help="leave out the first K articles of that order")


def load_docs(scorer: ModuleType, root: Path, split: str, limit: int | None,
              shuffle: int | None = None, skip: int = 0) -> dict:
    """{name: (text, gold relations)} for `limit` articles of a split after the first `skip`, in name
    order or, with `shuffle`, in random.Random(shuffle) order of the sorted names."""
    docs = scorer.load_split(root, split)
    names = sorted(docs)
    if shuffle is not None:
        random.Random(shuffle).shuffle(names)
    names = names[skip:] if limit is None else names[skip:skip + limit]
    return {n: docs[n] for n in names}


def main() -> None:
    from quotes.inference import QUANTIZE_CHOICES

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.add_argument("--quantize", choices=QUANTIZE_CHOICES, default=None,
                    help="models in lower precision on the CPU (Extractor(quantize=...); default: its default)")
    ap.add_argument("--out", type=Path, default=None, help="also write the predictions JSONL here")
    ap.add_argument("--by-rule", action="store_true",
                    help="also print, for each named rule, the quotes it decided and how many match gold")
    ap.add_argument("--without", default="", metavar="RULE[,RULE...]",
                    help="switch these rules off (names as `python -m quotes.rules` lists them)")
    ap.add_argument("--each-part", action="store_true",
                    help="score each part of a multi-part quotation as a quotation of its own, in gold and "
                         "predictions alike (`\"A,\" she said, \"B.\"` is two), as some annotation schemes count them")
    ap.add_argument("--parse-cache", type=Path, default=None, metavar="FILE",
                    help="keep the parser's analyses of each sentence in FILE and reuse them: reruns after "
                         "a rule change then cost only the model-free stages (docs/s is then no speed figure)")
    ap.add_argument("--parse-all", action="store_true",
                    help="parse every sentence, not only those the rules ask for (`PARSE_REQUESTS`): "
                         "compare its --out with a normal run's to see what the selection loses")
    args = ap.parse_args()

    from quotes import Extractor
    from quotes.rules import without

    off = [n for n in args.without.split(",") if n]
    scorer = load_scorer(args.scorer)
    docs = load_docs(scorer, args.polnear, args.split, args.limit, args.shuffle, args.skip)
    names = list(docs)
    extractor = Extractor(models=args.models, device=args.device, quantize=args.quantize)
    print(extractor.info.describe(), file=sys.stderr)
    cache = ParseCache(args.parse_cache, extractor) if args.parse_cache else None
    if args.parse_all:
        parse_everything()
    start = time.perf_counter()
    try:
        with without(off):
            results = list(extractor.extract_many(docs[n][0] for n in names))
    except ValueError as exc:
        sys.exit(str(exc))
    elapsed = time.perf_counter() - start
    if cache is not None:
        cache.save()
    preds = {n: [q.to_dict() for q in quotes] for n, quotes in zip(names, results)}
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for n in names:
                f.write(json.dumps({"id": n, "quotes": preds[n]}) + "\n")
    metrics = scorer.score(*each_part(scorer, docs, preds)) if args.each_part else scorer.score(docs, preds)
    metrics["seconds"] = round(elapsed, 2)
    metrics["docs_per_s"] = round(len(names) / elapsed, 2) if elapsed else 0.0
    print(json.dumps(metrics, indent=1))
    if args.by_rule:
        explained = {n: [q.to_dict(explain=True) for q in quotes] for n, quotes in zip(names, results)}
        print(by_rule_table(rule_counts(scorer, docs, explained)))


def parse_everything() -> None:
    """Make every parse request take every sentence, so that the parser sees them all."""
    import quotes.extractor as extractor_module

    extractor_module.PARSE_REQUESTS = {name: (lambda *_args: True) for name in extractor_module.PARSE_REQUESTS}


def models_fingerprint(path: Path) -> str:
    """A digest of every file of a stanza models directory, names relative to it: the same models
    give the same digest wherever they lie (a git worktree, a clean clone)."""
    digest = hashlib.sha256()
    for f in sorted(p for p in Path(path).rglob("*") if p.is_file()):
        digest.update(str(f.relative_to(path)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


class ParseCache:
    """The extractor's parser with its analyses kept in a pickle file, keyed by the sentence's tokens
    as the parser sees them, for one set of models (`models_fingerprint`): the same input gives the
    same analysis, so a rerun after a rule change parses only sentences it has not seen.  Models in
    lower precision (`--quantize`) keep analyses of their own."""

    def __init__(self, path: Path, extractor: "Extractor") -> None:
        self.path, self.inner = path, extractor._parser
        self.key = models_fingerprint(extractor.info.path)
        quantize = getattr(self.inner, "quantize", "none")
        if quantize != "none":
            self.key += "+" + quantize
        self.store: dict = {}
        if path.exists():
            with open(path, "rb") as f:
                stored = pickle.load(f)
            if stored.get("models") == self.key:
                self.store = stored["analyses"]
        self.misses = 0
        extractor._parser = self

    def __call__(self, sentences: list[list[str]]) -> list:
        from quotes.inference import Analysis

        keys = [tuple(s) for s in sentences]
        todo = list(dict.fromkeys(k for k in keys if k not in self.store))
        if todo:
            self.misses += len(todo)
            for k, words in zip(todo, self.inner([list(k) for k in todo])):
                self.store[k] = [Analysis(w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel) for w in words]
        return [self.store[k] for k in keys]

    def save(self) -> None:
        if self.misses:
            tmp = self.path.with_suffix(".tmp")
            with open(tmp, "wb") as f:
                pickle.dump({"models": self.key, "analyses": self.store}, f)
            tmp.replace(self.path)
        print(f"parse cache: {self.misses} sentences parsed, {len(self.store)} kept in {self.path}", file=sys.stderr)


def quoted_spans(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A gold relation's content as the spans a reader sees: the annotation tool cuts a span at each
    sentence's end, so fragments that only spaces within a line part are one span (`"A. B."` is one
    part; `"A," she said, "B."` and a quotation's next paragraph are two)."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(content):
        gap = text[merged[-1][1]:a] if merged else "x"
        if merged and a >= merged[-1][1] and not gap.strip() and "\n" not in gap:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _marked(scorer: ModuleType, t: str) -> bool:
    """Whether a span holds a quotation mark, one typed as two characters (``` `` ```, `''`) too."""
    return any(ch in scorer.QUOTE_MARKS for ch in t) or "''" in t or "``" in t


def each_part(scorer: ModuleType, docs: dict, preds: dict) -> tuple[dict, dict]:
    """Docs and predictions with every multi-part quotation cut into one per part: a gold quoted
    relation whose discontinuous content (`quoted_spans`) has quotation marks in two spans or more into
    one per span (same source and cue), a predicted direct or mixed quote into one per `parts` entry
    (same speaker)."""
    split_docs = {}
    for name, (text, rels) in docs.items():
        out = []
        for r in rels:
            spans = quoted_spans(text, r.content)
            if not r.quoted or len(spans) < 2 or sum(_marked(scorer, text[a:b]) for a, b in spans) < 2:
                out.append(r)
                continue
            out += [scorer.Relation(content=[sp], source=r.source, cue=r.cue, content_text=text[sp[0]:sp[1]],
                                    cue_text=r.cue_text) for sp in spans]
        split_docs[name] = (text, out)
    split_preds = {name: [piece for q in quotes for piece in
                          ([dict(q, parts=[p]) for p in q["parts"]] if q["type"] in ("direct", "mixed") else [q])]
                   for name, quotes in preds.items()}
    return split_docs, split_preds


def quote_matches(scorer: ModuleType, doc: tuple, quote: dict) -> tuple[bool, bool]:
    """Whether one predicted quote, scored on its own against its article's gold relations, matches a
    gold relation (the scorer's Dice rule), and whether its speaker matches that relation's source too.
    The quote is scored as `direct` so that the scorer's attributed-precision counts it whatever its type."""
    metrics = scorer.score({"doc": doc}, {"doc": [dict(quote, type="direct")]})
    return metrics["all_precision"] == 1.0, metrics["direct_attributed_precision"] == 1.0


def rule_counts(scorer: ModuleType, docs: dict, explained: dict) -> dict[tuple[str, str], list[int]]:
    """{(stage, rule): [quotes decided, matching gold quote, matching gold quote and speaker]}."""
    counts: dict[tuple[str, str], list[int]] = {}
    for name, quotes in explained.items():
        for q in quotes:
            matched, attributed = quote_matches(scorer, docs[name], q)
            for stage, rule in q["rules"].items():
                row = counts.setdefault((stage, rule), [0, 0, 0])
                row[0] += 1
                row[1] += matched
                row[2] += attributed
    return counts


def by_rule_table(counts: dict[tuple[str, str], list[int]]) -> str:
    """A Markdown table, stage by stage in pipeline order, worst precision (quote and speaker) first."""
    from quotes.rules.tables import stage_order

    order = stage_order()
    rows = sorted(counts.items(), key=lambda kv: (order.get(kv[0][0], len(order)), kv[1][2] / kv[1][0], kv[0][1]))
    lines = ["| stage | rule | quotes | match quote | match quote+speaker | precision (quote+speaker) |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for (stage, rule), (n, matched, attributed) in rows:
        lines.append(f"| {stage} | {rule} | {n} | {matched} | {attributed} | {attributed / n:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
