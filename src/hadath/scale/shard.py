"""Running one shard through the pipeline and writing its Parquet files and done-marker.

Output of shard ``part-00007`` under the batch folder ``OUT``::

    OUT/documents/part-00007.parquet   one row per coded document (`DOCUMENT_SCHEMA`)
    OUT/events/part-00007.parquet      one row per event (the store's ``events`` columns)
    OUT/errors/part-00007.parquet      unreadable, failed and skipped articles with reasons
    OUT/shards/part-00007.json         written last: the shard is done (counts, fingerprint)

Each Parquet file is written under a temporary name and renamed into place, and the marker
is written after all three, so a killed worker leaves a shard that is simply redone.
Rows are flushed in row groups as they come, so a shard's memory does not grow with its size.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from hadath.errors import HadathError
from hadath.ingest import Skipped
from hadath.pipeline import Pipeline
from hadath.scale.columns import (
    DOCUMENT_SCHEMA,
    ERROR_SCHEMA,
    EVENT_SCHEMA,
    document_record,
    error_record,
    event_records,
)
from hadath.scale.plan import ShardSpec, read_shard

TABLES = ("documents", "events", "errors")
ROW_GROUP = 256


@dataclass(slots=True)
class ShardResult:
    """What one shard produced; also the content of its done-marker."""

    name: str
    fingerprint: str
    documents: int = 0
    events: int = 0
    errors: Counter[str] = field(default_factory=Counter)  # status -> count
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker on this shard (contention-free cost)
    worker: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["errors"] = dict(self.errors)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShardResult:
        return cls(
            name=data["name"],
            fingerprint=data["fingerprint"],
            documents=int(data["documents"]),
            events=int(data["events"]),
            errors=Counter(data.get("errors", {})),
            seconds=float(data.get("seconds", 0.0)),
            cpu_seconds=float(data.get("cpu_seconds", 0.0)),
            worker=str(data.get("worker", "")),
        )


class _TableSink:
    """Rows buffered into row groups of one Parquet file written under a temporary name."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.schema = schema
        self.rows: list[dict[str, Any]] = []
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()

    def commit(self) -> None:
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


def shard_paths(out_dir: Path, name: str) -> dict[str, Path]:
    """The three Parquet files and the marker of shard `name`."""
    paths = {table: out_dir / table / f"{name}.parquet" for table in TABLES}
    paths["marker"] = out_dir / "shards" / f"{name}.json"
    return paths


def read_marker(out_dir: Path, spec: ShardSpec) -> ShardResult | None:
    """The result of an earlier run of `spec`, when it finished with the same inputs."""
    paths = shard_paths(out_dir, spec.name)
    try:
        result = ShardResult.from_dict(json.loads(paths["marker"].read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if result.fingerprint != spec.fingerprint:
        return None
    if not all(paths[t].is_file() for t in TABLES):
        return None
    return result


def process_shard(
    spec: ShardSpec, out_dir: Path | str, max_mb: float, pipeline: Pipeline, worker: str = ""
) -> ShardResult:
    """Run every article of `spec` through `pipeline` and write the shard's files.

    Per-article problems never raise: they become rows of the errors table.  Only a broken
    output folder (disk full, permissions) raises, and then nothing of the shard is kept.
    """
    out = Path(out_dir)
    started, cpu_started = time.perf_counter(), time.process_time()
    paths = shard_paths(out, spec.name)
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    result = ShardResult(spec.name, spec.fingerprint, worker=worker or f"pid {os.getpid()}")
    sinks = {
        "documents": _TableSink(paths["documents"], DOCUMENT_SCHEMA),
        "events": _TableSink(paths["events"], EVENT_SCHEMA),
        "errors": _TableSink(paths["errors"], ERROR_SCHEMA),
    }
    try:
        for item in read_shard(spec, max_mb):
            _process_item(item, pipeline, sinks, result)
        for sink in sinks.values():
            sink.close()
    except BaseException:
        for sink in sinks.values():
            sink.abort()
        raise
    for sink in sinks.values():
        sink.commit()
    result.seconds = round(time.perf_counter() - started, 3)
    result.cpu_seconds = round(time.process_time() - cpu_started, 3)
    marker = paths["marker"]
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(json.dumps(result.to_dict(), indent=1), "utf-8")
    os.replace(tmp, marker)
    return result


def _process_item(
    item: Any, pipeline: Pipeline, sinks: dict[str, _TableSink], result: ShardResult
) -> None:
    if isinstance(item, Skipped):
        sinks["errors"].add(
            [error_record(item.source, "unreadable", item.error.code.name, item.error.reason)]
        )
        result.errors["unreadable"] += 1
        return
    try:
        doc = pipeline(item)
    except HadathError as exc:
        sinks["errors"].add([error_record(item.source, "failed", exc.code.name, exc.reason, item)])
        result.errors["failed"] += 1
        return
    if doc.skip_reason:
        code = doc.skip_reason[1:5] if doc.skip_reason.startswith("[E") else ""
        sinks["errors"].add([error_record(item.source, "skipped", code, doc.skip_reason, item)])
        result.errors["skipped"] += 1
        return
    sinks["documents"].add([document_record(doc)])
    events = event_records(doc)
    sinks["events"].add(events)
    result.documents += 1
    result.events += len(events)
