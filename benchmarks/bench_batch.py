"""`hadath batch` with 1 and 2 local Dask workers over the same corpus: docs/s and scaling.

Each cluster is started and warmed up on a few articles first (worker start-up and resource
loading are reported apart), then timed on ``--docs`` articles of the benchmark corpus.
Efficiency = (2-worker docs/s) / (1-worker docs/s); ideal is 2.0.  On a 2-core machine
shared with other processes the 2-worker figure is bounded by the cores actually free.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_path, subset
from hadath.scale import run_batch


def timed_batch(
    inputs: Path, warm: Path, workers: int, shard_size: int
) -> tuple[float, int, float, float]:
    """(seconds, documents, start-up seconds, worker CPU seconds) of one batch on a fresh
    local cluster."""
    from distributed import LocalCluster

    started = time.perf_counter()
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: never clash with a running dashboard
        silence_logs=logging.ERROR,
    )
    scratch = Path(tempfile.mkdtemp(prefix="hadath-bench-"))
    try:
        run_batch([warm], scratch / "warm", scheduler=cluster.scheduler_address, shard_size=5)
        startup = time.perf_counter() - started
        began = time.perf_counter()
        summary = run_batch(
            [inputs], scratch / "out", scheduler=cluster.scheduler_address, shard_size=shard_size
        )
        seconds = time.perf_counter() - began
        manifest = json.loads((scratch / "out" / "manifest.json").read_text("utf-8"))
        cpu = sum(s.get("cpu_seconds", 0.0) for s in manifest["shards"])
        return seconds, summary.documents, startup, cpu
    finally:
        cluster.close(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=4000, help="articles (default 4000)")
    parser.add_argument("--shard-size", type=int, default=200)
    parser.add_argument("--source", choices=("auto", "team", "shared"), default="auto")
    args = parser.parse_args()
    corpus = corpus_path(20000, args.source)
    inputs = subset(corpus, args.docs)
    warm = subset(corpus, 10)
    text_mb = _text_megabytes(inputs)
    rates = {}
    for workers in (1, 2):
        seconds, docs, startup, cpu = timed_batch(inputs, warm, workers, args.shard_size)
        rates[workers] = docs / seconds
        print(
            f"batch {workers} worker(s): {docs} docs in {seconds:.1f} s -> "
            f"{docs / seconds:.1f} docs/s, {text_mb / seconds:.2f} MB/s "
            f"(cluster start + warm-up {startup:.1f} s); "
            f"{docs / cpu:.1f} docs per worker CPU-second, "
            f"CPU busy {cpu / (seconds * workers):.0%} of {workers} core(s)"
        )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"scaling: 2 workers / 1 worker = {rates[2] / rates[1]:.2f}x "
        f"(ideal 2.00; bar 1.7); peak worker rss {peak:.0f} MB"
    )


def _text_megabytes(path: Path) -> float:
    import gzip
    import json

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return sum(len(json.loads(line)["text"].encode()) for line in fh) / 1e6


if __name__ == "__main__":
    main()
