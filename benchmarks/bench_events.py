"""Throughput of the event coder alone and of the full coding pipeline (one process).

Usage: python benchmarks/bench_events.py [../shared/data/gsr_dev.jsonl] [repeats]
Prints sentences/s for coding alone (text layer precomputed) and for text->...->resolve,
and peak memory (ru_maxrss).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from hadath.commands.code import code_record, coding_stages
from hadath.document import Document, RawDoc
from hadath.events.stage import code_events
from hadath.pipeline import Pipeline
from hadath.resources import Resources


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gsr_dev.jsonl")
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    res = Resources()
    stages = coding_stages()
    pipeline = Pipeline(res, stages)
    before = Pipeline(res, [s for s in stages if s.name not in ("events", "resolve")])
    docs = []
    for r in records:
        doc = Document.from_raw(RawDoc(source=r["id"], kind="text", content=r["text"]))
        doc.text = r["text"]
        docs.append(before.run_stages(doc))
    code_events(docs[0], res)  # load resources outside the timing
    n_sent = sum(len(d.sentences) for d in docs)
    t = time.perf_counter()
    for _ in range(repeats):
        for d in docs:
            code_events(d, res)
    coding = n_sent * repeats / (time.perf_counter() - t)
    t = time.perf_counter()
    for r in records:
        code_record(pipeline, r["id"], r["text"], r.get("date"))
    full = len(records) / (time.perf_counter() - t)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"events coding alone: {coding:,.0f} sentences/s ({n_sent} sentences x {repeats})")
    print(f"full pipeline (text..resolve): {full:,.0f} inputs/s ({len(records)} inputs)")
    print(f"peak memory: {peak:,.0f} MB (ru_maxrss, one process)")


if __name__ == "__main__":
    main()
