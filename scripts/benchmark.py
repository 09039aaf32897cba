"""Throughput and accuracy of `quotes` against the naive full-stanza baseline, on the same documents.

    python scripts/benchmark.py                      # PolNeAR dev, all 84 articles
    python scripts/benchmark.py --limit 3            # smoke run
    python scripts/benchmark.py --json bench.json    # also save the results

Three systems, each run in a fresh subprocess of this script (`--only quotes|release|baseline`)
so that peak RSS (ru_maxrss) belongs to one system alone:

- quotes:   `Extractor(models, device).extract_many(texts)` with its defaults.
- release:  the same with release 0.1's settings where they are still settings: stanza's own
  Pipeline for tagging and parsing (`inference="stanza"`), torch's default thread count and
  OpenMP's default wait policy (busy-waiting for a while).  Our model-free stages and their
  speed-ups (withheld quotation words, the parse-request tests) are today's.
- baseline: stanza's full English pipeline (tokenize,mwt,pos,lemma,depparse) over every whole
  document, one document at a time, with the same model directory and device; its parse of
  every sentence goes to quotes' own attribution stage (`quotes.assemble.assemble`), so its
  PolNeAR metrics are comparable.

In that first table model loading, one short warm-up call and scoring are excluded from the
timing.  A second table times whole processes, start to exit, as a user waits for them: the
`quotes extract DOCS.jsonl -o OUT` command with its defaults (worker processes included) against
the baseline as a command (`--naive-extract DOCS.jsonl OUT`: load stanza, parse each document
whole, write JSONL), and `quotes extract --quantize none` (the models in float, as stanza runs
them: the same quotes on every CPU, where the default, auto, runs bfloat16 on CPUs that multiply it
in hardware), all scored.  Words are the whitespace words of the input.  Metrics come
from the shared scorer ../shared/tools/polnear_score.py.

    python scripts/benchmark.py --big-doc 400000     # one long document beside a busy process

`--big-doc CHARS` measures graceful degradation instead: the split's articles joined (repeated as
needed) into one document of CHARS characters go through `quotes extract` as a whole process,
while a `while True: pass` process keeps one CPU busy (`--no-busy` leaves it out); then the first
quarter of that document through the library (`Extractor().extract`, model loading excluded), in
the same conditions.  Linear work makes the ratio of the two times about 4; more parallel workers
on a long document make it smaller.
"""
from __future__ import annotations

import argparse
import bisect
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_polnear import add_corpus_options, load_docs, load_scorer  # noqa: E402

from quotes.assemble import assemble  # noqa: E402
from quotes.marks import find_quoted  # noqa: E402
from quotes.parse import Word  # noqa: E402
from quotes.records import Quote  # noqa: E402
from quotes.segment import Sentence, Token, paragraphs  # noqa: E402

SYSTEMS = ("quotes", "release", "baseline")
FLOAT_COMMAND = "quotes extract --quantize none"  # float on every CPU (the default, auto, runs bf16 where it is fast)
METRICS = ("direct_attributed_f1", "direct_f1", "indirect_speech_attributed_recall", "all_precision")
BASELINE_PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
WARMUP = 'The minister said on Monday: "We will not give up." Talks go on, she added.'


# --- the baseline: full stanza parse, then quotes' own attribution -------------------------------

def _words(sentence: Any) -> list[Word]:
    """quotes Words of one stanza sentence, with character offsets (a multi-word token's parts
    take the token's range when stanza gives them none)."""
    out: list[Word] = []
    for token in sentence.tokens:
        for w in token.words:
            start = w.start_char if w.start_char is not None else token.start_char
            end = w.end_char if w.end_char is not None else token.end_char
            out.append(Word(
                index=w.id - 1, text=w.text, lemma=(w.lemma or w.text).lower(), upos=w.upos or "X",
                xpos=w.xpos or "", feats=w.feats or "", head=(w.head or 0) - 1, deprel=w.deprel or "dep",
                start=start, end=end,
            ))
    return out


def baseline_extract(pipeline: Any, text: str) -> list[Quote]:
    """Quotes of one document from stanza's full parse of the whole document."""
    doc = pipeline(text)
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]
    sentences: list[Sentence] = []
    parses: dict[int, list[Word]] = {}
    for parsed in doc.sentences:
        words = _words(parsed)
        if not words:
            continue
        index = len(sentences)
        paragraph = max(0, bisect.bisect_right(para_starts, words[0].start) - 1)
        tokens = tuple(Token(w.start, w.end, w.text) for w in words)
        sentences.append(Sentence(index, words[0].start, words[-1].end, tokens, paragraph))
        parses[index] = words
    return assemble(text, sentences, find_quoted(text, paras), parses)


# --- one system, in this process ------------------------------------------------------------------

def _device(device: str) -> str:
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def run_system(system: str, texts: Sequence[str], models: str | None, device: str,
               threads: int | None = None) -> dict[str, Any]:
    """Load `system` once, warm it up, then time it over `texts`; quote dicts per text plus figures."""
    if system == "quotes":
        from quotes.threads import passive_openmp

        passive_openmp()  # as `Extractor` does when it is made before torch is imported
    import torch

    if threads is not None:
        torch.set_num_threads(max(1, threads))

    from quotes import Extractor
    from quotes.models import find_models

    loaded = time.perf_counter()
    run: Callable[[Sequence[str]], list[list[Quote]]]
    if system in ("quotes", "release"):
        release = {"inference": "stanza", "quantize": "none"}  # release 0.1 drove stanza's Pipeline in float
        extractor = Extractor(models=models, device=device, **(release if system == "release" else {}))
        precision = extractor.quantize
        model_dir, used = str(extractor.info.path), extractor.device
        run = lambda batch: list(extractor.extract_many(batch))  # noqa: E731
    else:
        import stanza

        info = find_models(models)  # the directory Extractor.info.path names
        model_dir, used, precision = str(info.path), _device(device), "none"
        pipeline = stanza.Pipeline("en", dir=model_dir, processors=BASELINE_PROCESSORS, download_method=None,
                                   logging_level="WARN", device=used)
        run = lambda batch: [baseline_extract(pipeline, t) for t in batch]  # noqa: E731
    load_s = time.perf_counter() - loaded
    run([WARMUP])

    start = time.perf_counter()
    results = run(texts)
    seconds = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    return {
        "system": system, "docs": len(texts), "words": words, "seconds": round(seconds, 3),
        "docs_per_s": round(len(texts) / seconds, 3) if seconds else 0.0,
        "words_per_s": round(words / seconds, 1) if seconds else 0.0,
        "peak_rss_mib": round(_peak_rss_mib(), 1), "load_s": round(load_s, 2),
        "device": used, "torch_threads": torch.get_num_threads(), "model_dir": model_dir, "precision": precision,
        "quotes": [[q.to_dict() for q in found] for found in results],
    }


# --- the parent: one subprocess per system, then the table ---------------------------------------

def _child(system: str, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--only", system, "--json", str(out),
               "--split", args.split, "--polnear", str(args.polnear), "--scorer", str(args.scorer),
               "--device", args.device]
        if args.threads is not None:
            cmd += ["--threads", str(args.threads)]
        if args.models is not None:
            cmd += ["--models", str(args.models)]
        if args.limit is not None:
            cmd += ["--limit", str(args.limit)]
        if args.shuffle is not None:
            cmd += ["--shuffle", str(args.shuffle)]
        if args.skip:
            cmd += ["--skip", str(args.skip)]
        print(f"running {system} ...", file=sys.stderr, flush=True)
        proc = subprocess.run(cmd)
        if proc.returncode != 0:
            sys.exit(f"the {system} run failed (exit {proc.returncode})")
        return dict(json.loads(out.read_text(encoding="utf-8")))


def naive_extract(source: Path, target: Path, models: str | None, device: str) -> None:
    """The baseline as a command: JSONL records in, one `{"id", "quotes"}` line per record out."""
    import stanza

    from quotes.models import find_models

    pipeline = stanza.Pipeline("en", dir=str(find_models(models).path), processors=BASELINE_PROCESSORS,
                               download_method=None, logging_level="WARN", device=_device(device))
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            found = baseline_extract(pipeline, record["text"])
            out.write(json.dumps({"id": record["id"], "quotes": [q.to_dict() for q in found]}) + "\n")


def _whole_processes(args: argparse.Namespace, docs: dict[str, Any], scorer: Any) -> list[dict[str, Any]]:
    """Wall time of each system as a whole command, start to exit, on the same JSONL file."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "docs.jsonl"
        source.write_text("".join(json.dumps({"id": n, "text": docs[n][0]}) + "\n" for n in docs), encoding="utf-8")
        models = ["--models", str(args.models)] if args.models is not None else []
        ours, theirs, fast = Path(tmp) / "quotes.jsonl", Path(tmp) / "baseline.jsonl", Path(tmp) / "float.jsonl"
        systems = [  # (name, where it writes, command)
            ("quotes extract (defaults)", ours, [sys.executable, "-m", "quotes", "extract", str(source), "-o",
                                                 str(ours), "--quiet", "--device", args.device, *models]),
            ("baseline command", theirs, [sys.executable, str(Path(__file__).resolve()), "--naive-extract",
                                          str(source), str(theirs), "--device", args.device, *models]),
            (FLOAT_COMMAND, fast, [sys.executable, "-m", "quotes", "extract", str(source), "-o", str(fast),
                                   "--quiet", "--device", args.device, "--quantize", "none", *models]),
        ]
        for name, out, cmd in systems:
            print(f"running {name} as a whole process ...", file=sys.stderr, flush=True)
            start = time.perf_counter()
            proc = subprocess.run(cmd)
            seconds = time.perf_counter() - start
            if proc.returncode != 0:
                sys.exit(f"{name} failed (exit {proc.returncode})")
            metrics = scorer.score(docs, scorer.read_preds(out))
            rows.append({"system": name, "docs": len(docs), "seconds": round(seconds, 3),
                         "docs_per_s": round(len(docs) / seconds, 3), "metrics": metrics})
    return rows


def _whole_table(rows: Sequence[dict[str, Any]]) -> str:
    cols = ["whole process", "docs", "seconds", "docs/s", *METRICS]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        cells = [r["system"], r["docs"], f"{r['seconds']:.1f}", f"{r['docs_per_s']:.2f}",
                 *(f"{r['metrics'][m]:.4f}" for m in METRICS)]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    lines.append("")
    lines.append(f"speed-up, whole process (baseline command / quotes extract): "
                 f"{rows[1]['seconds'] / rows[0]['seconds']:.2f}x")
    lines.append(f"{FLOAT_COMMAND} / quotes extract (defaults), seconds: {rows[2]['seconds'] / rows[0]['seconds']:.2f}x")
    return "\n".join(lines)


def _table(results: Sequence[dict[str, Any]], machine: dict[str, Any]) -> str:
    cols = ["system", "docs", "words", "seconds", "docs/s", "words/s", "peak RSS MiB", *METRICS]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in results:
        row = [r["system"], r["docs"], r["words"], f"{r['seconds']:.1f}", f"{r['docs_per_s']:.2f}",
               f"{r['words_per_s']:.0f}", f"{r['peak_rss_mib']:.0f}", *(f"{r['metrics'][m]:.4f}" for m in METRICS)]
        lines.append("| " + " | ".join(str(c) for c in row) + " |")
    if results[0]["seconds"]:
        lines.append("")
        lines += [f"speed-up ({r['system']} seconds / quotes seconds): {r['seconds'] / results[0]['seconds']:.2f}x"
                  for r in results[1:]]
    lines.append("")
    lines.append(", ".join(f"{k}: {v}" for k, v in machine.items()))
    return "\n".join(lines)


# --- one long document beside a busy process ----------------------------------------------------

BUSY_LOOP = "while True: pass"


def long_document(texts: Sequence[str], chars: int) -> str:
    """`texts` joined by blank lines, repeated as needed, cut to `chars` at a paragraph end."""
    out: list[str] = []
    size = 0
    while size < chars and any(t.strip() for t in texts):
        for t in texts:
            out.append(t.strip())
            size += len(out[-1]) + 2
            if size >= chars:
                break
    return _cut("\n\n".join(out), chars)


def _cut(text: str, chars: int) -> str:
    """`text` up to the last blank line before `chars` (all of it when shorter)."""
    if len(text) <= chars:
        return text
    end = text.rfind("\n\n", 0, chars)
    return text[:end if end > 0 else chars]


def library_extract(path: Path, models: str | None, device: str) -> dict[str, Any]:
    """Time `Extractor(models, device).extract` on the text in `path`, after loading and a warm-up."""
    from quotes import Extractor

    extractor = Extractor(models=models, device=device)  # first, so that it sees torch imported (quotes.threads)
    import torch

    extractor.extract(WARMUP)
    text = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    found = extractor.extract(text)
    return {"chars": len(text), "seconds": round(time.perf_counter() - start, 2), "quotes": len(found),
            "torch_threads": torch.get_num_threads()}


def big_document(args: argparse.Namespace, texts: Sequence[str]) -> dict[str, Any]:
    """The long document through `quotes extract` and its first quarter through the library, each
    beside a busy process unless `--no-busy`; their times and ratio."""
    models = ["--models", str(args.models)] if args.models is not None else []
    workers = ["--workers", str(args.workers)] if args.workers is not None else []
    with tempfile.TemporaryDirectory() as tmp:
        whole, quarter = Path(tmp) / "long.txt", Path(tmp) / "quarter.txt"
        text = long_document(texts, args.big_doc)
        whole.write_text(text, encoding="utf-8")
        quarter.write_text(_cut(text, len(text) // 4), encoding="utf-8")
        busy = None if args.no_busy else subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
        try:
            load_before = [round(x, 2) for x in os.getloadavg()]
            print(f"running quotes extract on {len(text)} characters ...", file=sys.stderr, flush=True)
            out = Path(tmp) / "out.jsonl"
            start = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "quotes", "extract", str(whole), "-o", str(out), "--quiet",
                                   "--device", args.device, *models, *workers])
            cli_s = round(time.perf_counter() - start, 2)
            if proc.returncode != 0:
                sys.exit(f"quotes extract failed (exit {proc.returncode})")
            cli_quotes = len(json.loads(out.read_text(encoding="utf-8"))["quotes"])
            print("running the library on the first quarter ...", file=sys.stderr, flush=True)
            result = Path(tmp) / "library.json"
            cmd = [sys.executable, str(Path(__file__).resolve()), "--library-extract", str(quarter), str(result),
                   "--device", args.device, *models]
            if subprocess.run(cmd).returncode != 0:
                sys.exit("the library run failed")
            library = json.loads(result.read_text(encoding="utf-8"))
        finally:
            if busy is not None:
                busy.kill()
                busy.wait()
    return {
        "cli": {"chars": len(text), "seconds": cli_s, "quotes": cli_quotes,
                "workers": args.workers or "default"},
        "library_quarter": library, "ratio": round(cli_s / library["seconds"], 2),
        "busy_process": not args.no_busy, "cpus": os.cpu_count(), "load_avg_before": load_before,
        "load_avg_after": [round(x, 2) for x in os.getloadavg()],
    }


def _big_table(r: dict[str, Any]) -> str:
    lines = ["| run | characters | seconds | quotes |", "|---|---|---|---|",
             f"| quotes extract, whole document (workers: {r['cli']['workers']}) | {r['cli']['chars']} | "
             f"{r['cli']['seconds']:.1f} | {r['cli']['quotes']} |",
             f"| library, first quarter ({r['library_quarter']['torch_threads']} torch threads) | "
             f"{r['library_quarter']['chars']} | {r['library_quarter']['seconds']:.1f} | "
             f"{r['library_quarter']['quotes']} |", "",
             f"ratio (whole through the CLI / quarter through the library): {r['ratio']:.2f} (linear work: about 4)",
             f"busy process: {r['busy_process']}, CPUs: {r['cpus']}, load avg before: {r['load_avg_before']}, "
             f"after: {r['load_avg_after']}"]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(ap)
    ap.add_argument("--threads", type=int, default=None,
                    help="torch threads for both systems (default: torch's own choice, as quotes' defaults)")
    ap.add_argument("--only", choices=SYSTEMS, default=None, help="run one system in this process")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--naive-extract", nargs=2, type=Path, metavar=("DOCS_JSONL", "OUT_JSONL"),
                    help="run the baseline as a command over JSONL records, then exit")
    ap.add_argument("--big-doc", type=int, metavar="CHARS", default=None,
                    help="measure one document of CHARS characters beside a busy process instead (see above)")
    ap.add_argument("--no-busy", action="store_true", help="with --big-doc: no busy process beside it")
    ap.add_argument("--workers", type=int, default=None, help="with --big-doc: quotes extract --workers")
    ap.add_argument("--library-extract", nargs=2, type=Path, metavar=("TEXT", "OUT_JSON"),
                    help="time the library on one text file, write the figures as JSON, then exit")
    args = ap.parse_args()
    if args.naive_extract is not None:
        naive_extract(*args.naive_extract, args.models, args.device)
        return
    if args.library_extract is not None:
        text_path, out_path = args.library_extract
        out_path.write_text(json.dumps(library_extract(text_path, args.models, args.device)), encoding="utf-8")
        return

    scorer = load_scorer(args.scorer)
    docs = load_docs(scorer, args.polnear, args.split, args.limit, args.shuffle, args.skip)
    names = list(docs)
    if args.big_doc is not None:
        big = big_document(args, [docs[n][0] for n in names])
        print(_big_table(big))
        if args.json is not None:
            args.json.write_text(json.dumps(big, indent=1), encoding="utf-8")
        return

    if args.only is not None:
        result = run_system(args.only, [docs[n][0] for n in names], args.models, args.device, args.threads)
        preds = dict(zip(names, result.pop("quotes")))
        result["metrics"] = scorer.score(docs, preds)
        result["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
        if args.json is not None:
            args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
        else:
            print(json.dumps(result, indent=1))
        return

    load_before = [round(x, 2) for x in os.getloadavg()]
    results = [_child(s, args) for s in SYSTEMS]
    machine = {
        "machine": f"{platform.machine()} {platform.system()}",
        "CPUs": os.cpu_count(), "CPUs usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?",
        "torch threads": results[0]["torch_threads"], "device": results[0]["device"],
        "model dir": results[0]["model_dir"], "quotes precision": results[0]["precision"], "split": args.split,
        "load avg before": load_before, "load avg after": results[-1]["load_avg_after"],
    }
    whole = _whole_processes(args, docs, scorer)
    machine["load avg after whole processes"] = [round(x, 2) for x in os.getloadavg()]
    print(_table(results, machine))
    print()
    print(_whole_table(whole))
    if args.json is not None:
        args.json.write_text(json.dumps({"machine": machine, "results": results, "whole_process": whole}, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
