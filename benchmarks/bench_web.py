"""Throughput of the workbench API and pages (one process, in-process ASGI client).

Builds a database from ``examples/articles`` with the real pipeline, then times repeated
requests per endpoint and prints requests/s and peak memory.  Usage:

    .venv/bin/python benchmarks/bench_web.py [--repeat 100]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from hadath.api import ServeConfig, create_app
from hadath.resources import Resources
from hadath.runner import run_into_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        summary = run_into_store([EXAMPLES], db, Resources())
        client = TestClient(create_app(ServeConfig(db_path=db)))
        event_id = client.get("/api/events", params={"limit": 1}).json()["items"][0]["id"]
        doc_id = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["id"]
        paths = [
            "/api/events?limit=50",
            "/api/events?actor=FRA&counterpart=IRQ",
            "/api/events/aggregated",
            f"/api/events/{event_id}",
            f"/api/documents/{doc_id}",
            "/api/timeseries?interval=week",
            "/api/network",
            "/api/search?q=العراق",
            "/events",
            "/map",
            f"/documents/{doc_id}",
        ]
        print(
            f"bench_web: {summary.stored} documents, {summary.events} events; "
            f"{args.repeat} requests per path, one process"
        )
        for path in paths:
            client.get(path)  # warm caches (world map, templates)
            start = time.perf_counter()
            for _ in range(args.repeat):
                response = client.get(path)
                assert response.status_code == 200, (path, response.status_code)
            elapsed = time.perf_counter() - start
            print(
                f"  {path:45s} {args.repeat / elapsed:8.1f} req/s  "
                f"{1000 * elapsed / args.repeat:6.2f} ms/req"
            )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
