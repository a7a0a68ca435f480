"""Benchmark of the actor matcher: dictionary load time and matching throughput.

Reads at least 10 MB of Arabic news from ``../shared/data/saudinewsnet.jsonl.gz`` (never
shipped), codes every article for its own date with the full built-in dictionary, in one
process, and prints load time, MB/s (UTF-8 bytes of article text), mentions and peak memory.

    .venv/bin/python benchmarks/bench_actors.py [--mb 10] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

from hadath.actors import find_actor_mentions, load_actor_resources

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/saudinewsnet.jsonl.gz"


def read_articles(path: Path, megabytes: float) -> list[tuple[str, str | None]]:
    """(text, date) pairs until `megabytes` of UTF-8 text are collected."""
    wanted = int(megabytes * 1_000_000)
    articles, size = [], 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row.get("text") or ""
            articles.append((text, (row.get("published") or "")[:10] or None))
            size += len(text.encode("utf-8"))
            if size >= wanted:
                break
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="MB of text to match")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    loads = []
    for _ in range(5):
        start = time.perf_counter()
        res = load_actor_resources()
        loads.append(time.perf_counter() - start)
    articles = read_articles(args.corpus, args.mb)
    size = sum(len(t.encode("utf-8")) for t, _ in articles)

    start, cpu_start = time.perf_counter(), time.process_time()
    mentions = sum(len(find_actor_mentions(text, date, res)) for text, date in articles)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # less sensitive to other processes on the host
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"actors: dictionary load {min(loads):.3f} s (best of 5, median "
        f"{sorted(loads)[2]:.3f} s); {len(res.payload['phrases'])} phrases, "
        f"{len(res.persons)} persons"
    )
    print(
        f"actors: matched {size / 1e6:.1f} MB ({len(articles)} articles) in {elapsed:.2f} s"
        f" = {size / 1e6 / elapsed:.2f} MB/s, {len(articles) / elapsed:.0f} docs/s, "
        f"{mentions} mentions; CPU time {cpu:.2f} s = {size / 1e6 / cpu:.2f} MB/s of CPU; "
        f"one process; peak RSS {peak_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
