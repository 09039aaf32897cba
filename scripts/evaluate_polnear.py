"""Run `quotes` over a PolNeAR split and print the shared scorer's metrics plus docs/s.

    python scripts/evaluate_polnear.py --split dev
    python scripts/evaluate_polnear.py --split train --shuffle 7 --limit 80             # tuning sample A
    python scripts/evaluate_polnear.py --split train --shuffle 7 --skip 80 --limit 80   # check sample B

The scorer is imported from ../shared/tools/polnear_score.py, so its
definitions are never copied here.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from pathlib import Path
from types import ModuleType

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
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.add_argument("--out", type=Path, default=None, help="also write the predictions JSONL here")
    args = ap.parse_args()

    from quotes import Extractor

    scorer = load_scorer(args.scorer)
    docs = load_docs(scorer, args.polnear, args.split, args.limit, args.shuffle, args.skip)
    names = list(docs)
    extractor = Extractor(models=args.models, device=args.device)
    print(extractor.info.describe(), file=sys.stderr)
    start = time.perf_counter()
    results = list(extractor.extract_many(docs[n][0] for n in names))
    elapsed = time.perf_counter() - start
    preds = {n: [q.to_dict() for q in quotes] for n, quotes in zip(names, results)}
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for n in names:
                f.write(json.dumps({"id": n, "quotes": preds[n]}) + "\n")
    metrics = scorer.score(docs, preds)
    metrics["seconds"] = round(elapsed, 2)
    metrics["docs_per_s"] = round(len(names) / elapsed, 2) if elapsed else 0.0
    print(json.dumps(metrics, indent=1))


if __name__ == "__main__":
    main()
