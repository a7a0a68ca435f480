"""`hadath batch` and `hadath merge` on real Dask clusters (bounded: a few seconds each).

One test starts the default LocalCluster through the command line (2 workers); the others
share one module-scoped cluster through ``--scheduler``, which also exercises that path.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from hadath.cli import main
from hadath.errors import HadathError
from hadath.scale import run_batch
from hadath.scale.merge import merge_batch

sys.path.insert(0, str(Path(__file__).parent))
from warc_fixtures import ARTICLES, write_news_warc

distributed = pytest.importorskip("distributed")

EVENT_KEY = (
    "id, doc_id, sentence, cameo, plover, source_code, target_code, trigger_start, date_value"
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: never clash with a running dashboard
        silence_logs=logging.ERROR,
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close(timeout=20)


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()


def test_batch_with_two_local_workers_gives_the_events_of_run(
    repo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = repo_dir / "examples" / "articles"
    run_db, merged_db, out = tmp_path / "run.db", tmp_path / "merged.db", tmp_path / "out"
    assert main(["run", str(articles), "--db", str(run_db), "--progress", "never"]) == 0
    capsys.readouterr()
    argv = ["batch", str(articles), "--out", str(out), "--workers", "2", "--shard-size", "4"]
    assert main([*argv, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["workers"] == 2 and summary["shards"] >= 4 and summary["failed"] == []
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    workers = {s["worker"] for s in manifest["shards"]}
    assert len(workers) == 2  # both workers coded shards

    run_events = _rows(run_db, f"SELECT {EVENT_KEY} FROM events")
    assert run_events, "the examples give events"
    shard_events = pq.read_table(out / "events").to_pylist()
    cols = [c.strip() for c in EVENT_KEY.split(",")]
    assert sorted(tuple(e[c] for c in cols) for e in shard_events) == run_events

    assert main(["merge", "--out", str(out), "--db", str(merged_db)]) == 0
    assert _rows(merged_db, f"SELECT {EVENT_KEY} FROM events") == run_events
    docs = (
        "SELECT id, source, duplicate_of, n_sentences, n_actors, n_events, published, title"
        " FROM documents"
    )
    assert _rows(merged_db, docs) == _rows(run_db, docs)
    for table in ("sentences", "actor_mentions", "date_mentions", "place_mentions"):
        assert _rows(merged_db, f"SELECT COUNT(*) FROM {table}") == _rows(
            run_db, f"SELECT COUNT(*) FROM {table}"
        )
    again = merge_batch(out, merged_db)  # idempotent
    assert again.stored == 0 and again.unchanged == again.documents == 15

    duckdb = pytest.importorskip("duckdb")
    by_plover = duckdb.sql(
        f"SELECT plover, COUNT(*) FROM read_parquet('{out}/events/*.parquet') GROUP BY plover"
    ).fetchall()
    assert sorted(by_plover) == _rows(run_db, "SELECT plover, COUNT(*) FROM events GROUP BY plover")


def test_warc_round_trip_codes_arabic_pages(tmp_path: Path, scheduler: str) -> None:
    warc = write_news_warc(tmp_path / "crawl.warc.gz")
    out = tmp_path / "out"
    summary = run_batch([warc], out, scheduler=scheduler, shard_size=1)
    assert summary.shards == 2 and summary.documents == 2 and not summary.failed
    docs = pq.read_table(out / "documents").to_pylist()
    assert sorted(d["url"] for d in docs) == [uri for uri, _, _ in ARTICLES]
    events = pq.read_table(out / "events").to_pylist()
    coded = {(e["cameo"][:2], e["source_code"]) for e in events}
    assert ("04", "FRAGOV") in coded  # Macron's call to al-Sudani: CONSULT
    assert any(e["plover"] == "ACCUSE" for e in events)  # Safadi accuses Israel
    for e in events:  # every event points at its words
        doc = next(d for d in docs if d["id"] == e["doc_id"])
        assert doc["text"][e["trigger_start"] : e["trigger_end"]] == e["trigger_text"]


def test_interrupted_batch_resumes_without_redoing_finished_shards(
    repo_dir: Path, tmp_path: Path, scheduler: str
) -> None:
    articles = repo_dir / "examples" / "articles"
    out = tmp_path / "out"
    first = run_batch([articles], out, scheduler=scheduler, shard_size=5)
    assert first.ran == first.shards >= 3
    markers = sorted((out / "shards").glob("*.json"))
    kept = {m: m.stat().st_mtime_ns for m in markers[1:]}
    # Simulate a worker killed in the middle of the first shard: its files are half-written.
    markers[0].unlink()
    (out / "events" / "part-00000.parquet").write_bytes(b"half")
    second = run_batch([articles], out, scheduler=scheduler, shard_size=5)
    assert (second.ran, second.resumed) == (1, first.shards - 1)
    assert (second.documents, second.events) == (first.documents, first.events)
    assert {m: m.stat().st_mtime_ns for m in kept} == kept
    assert pq.read_table(out / "events").num_rows == first.events


def test_output_written_with_other_settings_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "batch.json").write_text(json.dumps({"shard_size": 7}), "utf-8")
    with pytest.raises(HadathError, match="E603"):
        run_batch([tmp_path], out, workers=1)
