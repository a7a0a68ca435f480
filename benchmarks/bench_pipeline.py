"""The full per-document pipeline in one process: documents/s, MB/s, and memory as it grows.

Streams the benchmark corpus (see ``corpus.py``: 3-5 KB Arabic articles) through
`hadath.ingest.read_path` and `Pipeline` (clean, text, time, actors, geo, events, resolve),
and prints throughput after loading resources, peak memory (``ru_maxrss``) and the resident
memory at 10 %, 25 %, 50 % and 100 % of the corpus: flat numbers mean streaming.
Single process, single core: on a shared machine the figure is a lower bound.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_path, subset
from hadath.ingest import Skipped, read_path
from hadath.pipeline import Pipeline
from hadath.resources import Resources


def rss_mb() -> float:
    """Current resident memory of this process (Linux /proc), in MB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=20000, help="articles (default 20000)")
    parser.add_argument("--source", choices=("auto", "team", "shared"), default="auto")
    args = parser.parse_args()
    path = corpus_path(max(args.docs, 20000), args.source)
    if args.docs < 20000:
        path = subset(path, args.docs)
    started = time.perf_counter()
    res = Resources()
    for name in ("text", "calendar", "actors", "gazetteer", "events"):
        getattr(res, name)
    pipeline = Pipeline(res)
    print(f"resources loaded in {time.perf_counter() - started:.2f} s, rss {rss_mb():.0f} MB")
    checkpoints = {max(1, int(args.docs * f)): f for f in (0.1, 0.25, 0.5, 1.0)}
    docs = events = skipped = 0
    nbytes = 0
    started = time.perf_counter()
    for item in read_path(path):
        if isinstance(item, Skipped):
            skipped += 1
            continue
        nbytes += len(item.content.encode())
        try:
            doc = pipeline(item)
        except Exception:  # a failing document is counted, as `hadath run` would skip it
            skipped += 1
            continue
        docs += 1
        events += len(doc.events)
        if docs in checkpoints:
            elapsed = time.perf_counter() - started
            print(
                f"  {checkpoints[docs]:>4.0%} {docs:>6} docs  {docs / elapsed:7.1f} docs/s  "
                f"rss {rss_mb():6.0f} MB"
            )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"pipeline (1 process): {docs} docs, {nbytes / 1e6:.1f} MB in {seconds:.1f} s -> "
        f"{docs / seconds:.1f} docs/s, {nbytes / 1e6 / seconds:.2f} MB/s; "
        f"{events} events, {skipped} skipped; peak rss {peak:.0f} MB; corpus {path.name}"
    )


if __name__ == "__main__":
    main()
