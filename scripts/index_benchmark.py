"""Measure the quote index: build it from batch output grown to N quotes, then time `verify`.

    quotes extract ../shared/data/polnear/dev/text -o dev.jsonl --include-text
    python scripts/index_benchmark.py dev.jsonl --quotes 100000 --db /tmp/big.sqlite   # scale
    python scripts/index_benchmark.py dev.jsonl --quotes 0 --db /tmp/dev.sqlite --show 5  # the real quotes only

Synthetic quotes: each real quote of the input is copied with new document ids and varied
wording (1-3 edits each: a word replaced by another word of the corpus, two neighbours swapped,
a word dropped, a word added), spoken by its own speaker or another one of the corpus. Each
synthetic document holds QUOTES_PER_DOC quotes, each a paragraph `SPEAKER said: "QUOTE"`, so
offsets, sentences and contexts are true to the synthetic text, as in `--include-text` output.

Claims: CLAIMS real quotes drawn at random (seeded), each with 1-2 word edits; a claim is found
when the quote it came from is `verify`'s source. Timings are wall-clock on this machine,
one process; the index is opened once, as a server would.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Iterator

from quotes import index
from quotes.claims import DEFAULT_MATCHES, align, verify_in, words
from quotes.segment import split_sentences

QUOTES_PER_DOC = 10
CLAIMS = 200
MIN_CLAIM_WORDS = 6   # shorter real quotes ("yes") make claims that match hundreds of quotes equally


def real_quotes(path: Path) -> list[tuple[str, str]]:
    """(quote text, speaker name) of every quote in batch output."""
    found = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            for q in record.get("quotes", []):
                found.append((q["text"], index.speaker_name(q) or "unknown"))
    return found


def vary(text: str, vocab: list[str], rng: random.Random, edits: int) -> tuple[str, list[str]]:
    """`text` with `edits` random word edits (replace, swap, drop, add); the words and what was done."""
    ws = [w.text for w in words(text)]
    done = []
    for _ in range(edits):
        if len(ws) < 2:
            break
        i = rng.randrange(len(ws))
        kind = rng.choice(("replace", "swap", "drop", "add"))
        if kind == "replace":
            ws[i] = rng.choice(vocab)
        elif kind == "swap" and i + 1 < len(ws):
            ws[i], ws[i + 1] = ws[i + 1], ws[i]
        elif kind == "drop":
            del ws[i]
        else:
            kind = "add"
            ws.insert(i, rng.choice(vocab))
        done.append(kind)
    return " ".join(ws), done


def synthetic_docs(quotes: list[tuple[str, str]], n: int, seed: int) -> Iterator[dict[str, Any]]:
    """`n` varied quotes in documents of QUOTES_PER_DOC, as `quotes extract --include-text` writes them."""
    rng = random.Random(seed)
    vocab = sorted({w.text for text, _ in quotes for w in words(text)})
    speakers = sorted({s for _, s in quotes})
    made = 0
    while made < n:
        paragraphs: list[str] = []
        records: list[dict[str, Any]] = []
        starts: list[int] = []
        offset = 0
        for _ in range(min(QUOTES_PER_DOC, n - made)):
            text, speaker = rng.choice(quotes)
            text, _ = vary(text, vocab, rng, rng.randint(1, 3))
            if rng.random() < 0.2:
                speaker = rng.choice(speakers)
            para = f'{speaker} said: "{text}"'
            start = offset + len(speaker) + len(' said: "')
            records.append({"type": "direct", "text": text,
                            "parts": [{"start": start, "end": start + len(text), "text": text}],
                            "speaker": {"start": offset, "end": offset + len(speaker), "text": speaker},
                            "speaker_resolved": {"start": offset, "end": offset + len(speaker), "text": speaker},
                            "cue": None, "sentence": 0, "confidence": 0.9})
            paragraphs.append(para)
            starts.append(start)
            offset += len(para) + 2
            made += 1
        doc_text = "\n\n".join(paragraphs)
        sentences = split_sentences(doc_text)
        for q, start in zip(records, starts):  # the sentence holding the quote's start, as the extractor numbers them
            q["sentence"] = next(s.index for s in reversed(sentences) if s.start <= start)
        yield {"id": f"synthetic-{made:07d}", "source": "synthetic", "text": doc_text, "quotes": records}


def five_checks(conn: Any, path: Path, seed: int) -> None:
    """Five real quotes, each changed in one telling way; print verdict, diff and whether they are right."""
    rng = random.Random(seed)
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    quotes = [(q["text"], index.speaker_name(q)) for d in docs for q in d["quotes"]
              if len(words(q["text"])) >= 8 and index.speaker_name(q)]
    vocab = sorted({w.text for text, _ in quotes for w in words(text)})

    def plain(ws: list[str]) -> str:
        return " ".join(ws)

    def run(label: str, claim: str, speaker: str | None, right: Any) -> None:
        result = verify_in(conn, claim, speaker=speaker)
        steps = [(d.op, d.claim, d.quote) for p in result.parts for d in p.diff if d.op != "kept"]
        print(f"\n{label}: verdict {result.verdict}; right: {right(result, steps)}")
        print(f"  notes: {'; '.join(result.notes) or '-'}")
        print(f"  diff (op, claim, real): {steps}")

    text, speaker = rng.choice(quotes)
    ws = [w.text for w in words(text)]
    i = len(ws) // 2
    old, ws[i] = ws[i], rng.choice([v for v in vocab if v.lower() != ws[i].lower()])
    run("1 one word changed", plain(ws), speaker,
        lambda r, st: r.verdict == "close" and r.parts[0].text == text and st == [("changed", ws[i], old)])

    text, speaker = rng.choice([q for q in quotes if "not" in [w.norm for w in words(q[0])]])
    ws = [w.text for w in words(text)]
    ws.remove(next(w for w in ws if w.lower() == "not"))
    run("2 negation dropped", plain(ws), speaker,
        lambda r, st: r.parts[0].text == text and ("dropped", "", "not") in st
        and any("negation" in n for n in r.notes))

    text, speaker = rng.choice(quotes)
    ws = [w.text for w in words(text)]
    i = next(k for k in range(len(ws) // 2, len(ws) - 1) if ws[k].lower() != ws[k + 1].lower())
    ws[i], ws[i + 1] = ws[i + 1], ws[i]
    run("3 two words swapped", plain(ws), speaker,
        lambda r, st: r.parts[0].text == text and "the same words in a different order" in r.notes)

    pairs = [(a["text"], b["text"]) for d in docs for a, b in zip(d["quotes"], d["quotes"][1:])
             if len(words(a["text"])) >= 6 and len(words(b["text"])) >= 6 and a["text"] != b["text"]]
    first, second = rng.choice(pairs)
    run("4 two quotes merged", f"{first} {second}", None,
        lambda r, st: [p.text for p in r.parts] == [first, second] and r.merged)

    text, speaker = rng.choice(quotes)
    other = rng.choice(sorted({s for _, s in quotes if s and s.split()[-1] not in (speaker or "")}))
    run("5 wrong speaker", text, other,
        lambda r, st: r.verdict == "speaker differs" and r.parts[0].text == text)


def db_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", type=Path, help="batch output of `quotes extract --include-text`")
    ap.add_argument("--quotes", type=int, default=100_000, help="synthetic quotes to add (0: none)")
    ap.add_argument("--db", type=Path, required=True, help="a new index file")
    ap.add_argument("--claims", type=int, default=CLAIMS)
    ap.add_argument("--show", type=int, default=0, help="print this many claims with their verdict and diff")
    ap.add_argument("--five", action="store_true", help="also the five telling edits of real quotes")
    ap.add_argument("--seed", type=int, default=20)
    args = ap.parse_args()
    if args.db.exists():
        sys.exit(f"{args.db} exists; give a new file")

    quotes = real_quotes(args.output)
    conn = index.open_index(args.db, create=True)
    t0 = time.perf_counter()
    report = index.index_files(conn, [str(args.output)])
    if args.quotes:
        synthetic = args.db.with_suffix(".synthetic.jsonl")
        with synthetic.open("w", encoding="utf-8") as fh:
            for doc in synthetic_docs(quotes, args.quotes, args.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        t0 = time.perf_counter()  # time indexing, not making the corpus
        more = index.index_files(conn, [str(synthetic)])
        report.documents += more.documents
        report.quotes += more.quotes
        synthetic.unlink()
    index_s = time.perf_counter() - t0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    print(f"indexed: {report.documents} documents, {total} quotes in {index_s:.1f} s "
          f"({total / index_s:,.0f} quotes/s); database {db_bytes(args.db) / 2**20:.1f} MiB")

    rng = random.Random(args.seed + 1)
    pool = [q for q in quotes if len(words(q[0])) >= MIN_CLAIM_WORDS]
    vocab = sorted({w.text for text, _ in pool for w in words(text)})
    times: list[float] = []
    verdicts: dict[str, int] = {}
    found = in_top = missed = 0
    for k in range(args.claims):
        source, speaker = rng.choice(pool)
        claim, done = vary(source, vocab, rng, rng.randint(1, 2))
        t = time.perf_counter()
        result = verify_in(conn, claim, speaker=speaker)
        times.append(time.perf_counter() - t)
        hit = any(p.text == source for p in result.parts)
        found += hit
        in_top += any(m.text == source for m in result.matches)
        best = result.matches[0].similarity if result.matches else 0.0
        missed += best < align(words(claim), words(source)).similarity  # the source is closer than the answer
        verdicts[result.verdict] = verdicts.get(result.verdict, 0) + 1
        if k < args.show:
            print(f"\nclaim {k + 1} ({', '.join(done)}): verdict {result.verdict}, source found: {hit}")
            print(f"  notes: {'; '.join(result.notes) or '-'}")
            for p in result.parts:
                print(f"  similarity {p.similarity:.2f}; diff: "
                      + "; ".join(f"{d.op} {d.quote!r} -> {d.claim!r}" for d in p.diff if d.op != "kept"))
    if args.five:
        five_checks(conn, args.output, args.seed)
    times.sort()
    print(f"\nverify: {args.claims} claims (real quotes of >= {MIN_CLAIM_WORDS} words, 1-2 word edits): "
          f"the source is verify's answer for {found} ({100 * found / args.claims:.0f}%) and among the "
          f"{DEFAULT_MATCHES} closest for {in_top}; the answer is less similar than the source (a miss) for "
          f"{missed} (a synthetic copy can be closer to the claim than its source); verdicts {verdicts}")
    print(f"latency: median {1000 * statistics.median(times):.0f} ms, "
          f"p95 {1000 * times[int(0.95 * (len(times) - 1))]:.0f} ms, max {1000 * times[-1]:.0f} ms")
    conn.close()


if __name__ == "__main__":
    main()
