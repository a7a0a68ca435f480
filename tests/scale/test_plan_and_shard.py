"""Shard planning, shard reading and shard writing, in one process (no Dask)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from hadath.errors import HadathError
from hadath.ingest import Skipped
from hadath.pipeline import Pipeline
from hadath.resources import Resources
from hadath.scale.columns import EVENT_SCHEMA, document_from_record, event_from_record
from hadath.scale.merge import iter_shard_documents
from hadath.scale.plan import plan_shards, read_shard
from hadath.scale.shard import process_shard, read_marker
from hadath.store.writer import EVENT_COLUMNS, event_row

sys.path.insert(0, str(Path(__file__).parent))
from simple_stages import SIMPLE_STAGES


def _jsonl(path: Path, n: int, *, gz: bool = False, bad_at: int | None = None) -> Path:
    lines = []
    for i in range(n):
        if i == bad_at:
            lines.append("{not json")
        else:
            lines.append(json.dumps({"text": f"مقال {i}. MEET هنا"}, ensure_ascii=False))
        if i % 3 == 0:
            lines.append("")  # blank lines are not articles
    data = ("\n".join(lines) + "\n").encode()
    if gz:
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


def test_plan_splits_jsonl_into_ranges_that_read_every_line_once(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "a.jsonl.gz", 23, gz=True)
    shards, missing = plan_shards([src], shard_size=5)
    assert missing == []
    assert [s.expected for s in shards] == [5, 5, 5, 5, 3]
    read = [item for s in shards for item in read_shard(s, 50.0)]
    assert [r.content for r in read] == [f"مقال {i}. MEET هنا" for i in range(23)]
    assert len({r.source for r in read}) == 23


def test_plan_groups_small_files_in_input_order_and_reports_missing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in ("b.txt", "a.txt", "sub/c.html", ".hidden.txt", "notes.pdf"):
        (folder / name).write_text("<p>نص</p>", "utf-8")
    shards, missing = plan_shards([folder, tmp_path / "absent"], shard_size=2)
    names = [Path(u.path).name for s in shards for u in s.units]
    assert names == ["a.txt", "b.txt", "c.html"]
    assert [s.name for s in shards] == ["part-00000", "part-00001"]
    assert len(missing) == 1 and "E014" in missing[0].reason


def test_fingerprint_changes_when_an_input_changes(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("نص أول", "utf-8")
    before = plan_shards([src])[0][0].fingerprint
    src.write_text("نص ثان أطول", "utf-8")
    assert plan_shards([src])[0][0].fingerprint != before


def test_truncated_gzip_is_reported_after_what_could_be_read(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "a.jsonl.gz", 200, gz=True)
    data = src.read_bytes()
    src.write_bytes(data[: len(data) * 2 // 3])
    shards, _ = plan_shards([src], shard_size=50)
    items = [item for s in shards for item in read_shard(s, 50.0)]
    assert isinstance(items[-1], Skipped) and "E001" in items[-1].reason
    assert sum(not isinstance(i, Skipped) for i in items) > 50


def test_plan_rejects_a_zero_shard_size(tmp_path: Path) -> None:
    with pytest.raises(HadathError, match="E017"):
        plan_shards([tmp_path], shard_size=0)


def test_shard_keeps_failed_skipped_and_unreadable_articles_with_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("جملة. MEET هنا", "utf-8")
    (folder / "b.txt").write_text("جملة FAILME", "utf-8")
    (folder / "c.txt").write_text("جملة SKIPME", "utf-8")
    (folder / "d.txt").write_bytes(b"")
    (folder / "e.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    _jsonl(folder / "f.jsonl", 3, bad_at=1)
    shards, _ = plan_shards([folder], shard_size=100)
    assert len(shards) == 1
    pipeline = Pipeline(Resources(), SIMPLE_STAGES)
    result = process_shard(shards[0], tmp_path / "out", 50.0, pipeline)
    assert result.documents == 3 and result.events == 3
    assert result.errors == {"failed": 1, "skipped": 1, "unreadable": 3}
    errors = pq.read_table(tmp_path / "out/errors/part-00000.parquet").to_pylist()
    by_source = {Path(e["source"]).name: e for e in errors}
    assert (
        by_source["b.txt"]["status"] == "failed" and "asked to fail" in by_source["b.txt"]["reason"]
    )
    assert by_source["b.txt"]["content"] == "جملة FAILME"  # kept: nothing is lost
    assert by_source["c.txt"]["code"] == "E015"
    assert by_source["d.txt"]["code"] == "E002"
    assert by_source["e.txt"]["code"] in {"E003", "E004"}  # binary or undecodable
    assert by_source["f.jsonl:3"]["code"] == "E006"
    assert read_marker(tmp_path / "out", shards[0]) == result
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_documents_and_events_round_trip_through_parquet(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("أولى. MEET ثانية. ثالثة MEET", "utf-8")
    pipeline = Pipeline(Resources(), SIMPLE_STAGES)
    original = pipeline(next(iter(read_shard(plan_shards([src])[0][0], 50.0))))
    shards, _ = plan_shards([src])
    process_shard(shards[0], tmp_path / "out", 50.0, pipeline)
    (restored,) = iter_shard_documents(tmp_path / "out", "part-00000")
    assert restored.id == original.id and restored.text == original.text
    assert [event_row(e) for e in restored.events] == [event_row(e) for e in original.events]
    assert [(s.start, s.end, s.text) for s in restored.sentences] == [
        (s.start, s.end, s.text) for s in original.sentences
    ]
    assert restored.actors == original.actors


def test_event_schema_covers_the_store_columns() -> None:
    assert EVENT_SCHEMA.names == list(EVENT_COLUMNS)


def test_a_corrupt_shard_is_a_coded_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("أولى. MEET", "utf-8")
    shards, _ = plan_shards([src])
    process_shard(shards[0], tmp_path / "out", 50.0, Pipeline(Resources(), SIMPLE_STAGES))
    (tmp_path / "out/events/part-00000.parquet").write_bytes(b"PAR1 garbage")
    with pytest.raises(HadathError, match="E606"):
        list(iter_shard_documents(tmp_path / "out", "part-00000"))
    assert document_from_record and event_from_record  # the public conversions exist
