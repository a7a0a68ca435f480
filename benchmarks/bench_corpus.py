"""Benchmark: near-duplicate detection + event aggregation on synthetic documents/events.

Run: ``python benchmarks/bench_corpus.py [--sizes 10000 50000 100000]``.  One process.
Documents are synthetic Arabic-like texts of ~120 words drawn from a 5,000-word vocabulary;
10% are near-copies (a word changed, a header added) of an earlier document.  Each document
carries two events over 400 actor codes, 20 CAMEO roots and dates spread over a year, so
many events report the same happening.  Prints docs/s, events/s, the memory the dedup index
added (maxrss growth; arrays_MB: the index's signature and band arrays alone) and the
process's peak memory (ru_maxrss), one process per size.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

from hadath.corpus.aggregate import aggregate_events
from hadath.corpus.dedup import NearDuplicateIndex
from hadath.corpus.records import EventRecord
from hadath.document import Document, RawDoc

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(size)]


def documents(n: int, rng: random.Random) -> list[Document]:
    words = vocabulary(rng)
    docs: list[Document] = []
    for i in range(n):
        if docs and rng.random() < 0.1:
            base = rng.choice(docs).text.split()
            base[rng.randrange(len(base))] = rng.choice(words)
            text = "عاجل " + " ".join(base)
        else:
            text = " ".join(rng.choice(words) for _ in range(120))
        doc = Document.from_raw(RawDoc(source=f"s{i}", kind="text", content=f"{i} {text}"))
        doc.title = "copy" if text.startswith("عاجل ") else None  # ground truth for recall
        doc.text = text
        docs.append(doc)
    return docs


def events(docs: list[Document], rng: random.Random) -> list[EventRecord]:
    actors = [f"{a}{b}{c}GOV" for a in "ABCDEFGH" for b in "IJKLM" for c in "NOPQRSTUVW"]
    out = []
    for doc in docs:
        for k in range(2):
            src, tgt = rng.choice(actors), rng.choice(actors)
            root = f"{rng.randint(1, 20):02d}"
            day = rng.randint(1, 365)
            month, dom = 1 + (day - 1) // 31 % 12, 1 + (day - 1) % 28
            date = f"2023-{month:02d}-{dom:02d}" if rng.random() < 0.8 else f"2023-{month:02d}"
            out.append(
                EventRecord(
                    id=f"{doc.id}-{k}",
                    doc_id=doc.id,
                    sentence=k,
                    cameo=root + "0",
                    cameo_root=root,
                    plover="X",
                    quad_class=1,
                    goldstein=1.0,
                    source_code=src,
                    source_country=src[:3],
                    source_sector="GOV",
                    target_code=tgt,
                    target_country=tgt[:3],
                    target_sector="GOV",
                    date_value=date,
                    date_precision="day" if len(date) == 10 else "month",
                    date_basis="explicit",
                    outlet=f"outlet{rng.randint(1, 50)}",
                    published="2023-12-31",
                    duplicate_of=doc.duplicate_of,
                )
            )
    return out


def run(n: int) -> dict[str, float]:
    """Time dedup then aggregation of `n` documents; peak memory is this process's maxrss."""
    rng = random.Random(n)
    docs = documents(n, rng)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    index = NearDuplicateIndex()
    duplicates = found = 0
    for doc in docs:
        doc.duplicate_of = index.find_or_add(doc)
        duplicates += doc.duplicate_of is not None
        found += doc.duplicate_of is not None and doc.title == "copy"
    t1 = time.perf_counter()
    copies = sum(doc.title == "copy" for doc in docs)
    dedup_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    records = events(docs, rng)
    t2 = time.perf_counter()
    happenings = aggregate_events(records)
    t3 = time.perf_counter()
    return {
        "docs": n,
        "duplicates": duplicates,
        "recall": found / max(copies, 1),
        "precision": found / max(duplicates, 1),
        "dedup_s": t1 - t0,
        "docs_per_s": n / (t1 - t0),
        "dedup_mb": dedup_rss - base_rss,
        "index_arrays_mb": index.nbytes() / 2**20,
        "events": len(records),
        "happenings": len(happenings),
        "agg_s": t3 - t2,
        "events_per_s": len(records) / (t3 - t2),
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, JSON out
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run(args.one)))
        return
    print(
        "docs    dups recall  prec  dedup_s   docs/s  dedup_MB arrays_MB |"
        "  events  happenings  agg_s  events/s"
        " | maxrss_MB   (one process per size)"
    )
    for n in args.sizes:
        # A fresh process per size, so each peak memory figure is that size's own.
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], check=True, capture_output=True, text=True
        ).stdout
        r = json.loads(out)
        print(
            f"{r['docs']:>6} {r['duplicates']:>6} {r['recall']:6.3f} {r['precision']:5.3f}"
            f" {r['dedup_s']:8.1f} {r['docs_per_s']:8.0f}"
            f" {r['dedup_mb']:8.0f} {r['index_arrays_mb']:9.0f}"
            f" | {r['events']:>7} {r['happenings']:>10}"
            f" {r['agg_s']:6.2f} {r['events_per_s']:9.0f} | {r['maxrss_mb']:9.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
