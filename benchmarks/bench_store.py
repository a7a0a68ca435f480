"""The store write path: `StoreWriter.write` of finished documents into a fresh SQLite file.

Codes ``--docs`` articles of the benchmark corpus once (not timed), then times writing them
all (one transaction per document, as `hadath run` and `hadath merge` do) and reports
documents/s, MB/s of article text, events/s and the database size.  One process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_path, subset
from hadath.document import Document
from hadath.errors import HadathError
from hadath.ingest import Skipped, read_path
from hadath.pipeline import Pipeline
from hadath.resources import Resources
from hadath.store import StoreWriter, open_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1500, help="articles (default 1500)")
    parser.add_argument("--source", choices=("auto", "team", "shared"), default="auto")
    args = parser.parse_args()
    inputs = subset(corpus_path(20000, args.source), args.docs)
    pipeline = Pipeline(Resources())
    docs: list[Document] = []
    for item in read_path(inputs):
        if isinstance(item, Skipped):
            continue
        try:
            doc = pipeline(item)
        except HadathError:
            continue  # counted out of the store benchmark, as `hadath run` would skip it
        if not doc.skip_reason:
            docs.append(doc)
    text_mb = sum(len(d.text.encode()) for d in docs) / 1e6
    events = sum(len(d.events) for d in docs)
    with tempfile.TemporaryDirectory(prefix="hadath-bench-") as scratch:
        db = Path(scratch) / "bench.db"
        conn = open_database(db)
        writer = StoreWriter(conn)
        started = time.perf_counter()
        for doc in docs:
            writer.write(doc)
        seconds = time.perf_counter() - started
        conn.close()
        size = sum(p.stat().st_size for p in Path(scratch).iterdir()) / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"store write: {len(docs)} docs ({events} events, {text_mb:.1f} MB text) in "
        f"{seconds:.2f} s -> {len(docs) / seconds:.0f} docs/s, {text_mb / seconds:.2f} MB/s, "
        f"{events / seconds:.0f} events/s; database {size:.1f} MB; peak rss {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
