"""`hadath merge`: load a batch's Parquet shards into the SQLite store.

Shards are read in the manifest's order (input order), one row group at a time, and every
document is stored with the one `StoreWriter`, after the same near-duplicate check as
`hadath run`, so a merged store is the store `hadath run` would have written.  Merging is
idempotent: documents whose content is already stored are counted and left alone, so a
merge can be rerun after more shards finish.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from hadath.document import Document, Event
from hadath.errors import ErrorCode, HadathError
from hadath.scale.columns import document_from_record, event_from_record
from hadath.scale.runner import MANIFEST_FILE
from hadath.scale.shard import shard_paths
from hadath.store import StoreWriter, open_database


@dataclass(slots=True)
class MergeSummary:
    shards: int = 0
    not_done: int = 0  # shards listed in the manifest but not finished (rerun the batch)
    documents: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def read_manifest(out_dir: Path) -> dict[str, Any]:
    """The batch manifest, or E602 when the folder is not a finished-or-partial batch."""
    path = out_dir / MANIFEST_FILE
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise HadathError(
            ErrorCode.E602, path=out_dir, reason="no manifest.json: not a batch folder"
        ) from None
    except (OSError, ValueError) as exc:
        raise HadathError(ErrorCode.E602, path=path, reason=str(exc)) from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("shards"), list):
        raise HadathError(ErrorCode.E602, path=path, reason="manifest has no shard list")
    return manifest


def _table(path: Path) -> pq.ParquetFile:
    try:
        return pq.ParquetFile(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise HadathError(ErrorCode.E606, path=path, reason=str(exc)) from exc


def iter_shard_documents(out_dir: Path, name: str) -> Iterator[Document]:
    """The documents of one shard with their events, in input order."""
    paths = shard_paths(out_dir, name)
    events: dict[str, list[Event]] = defaultdict(list)
    try:
        for batch in _table(paths["events"]).iter_batches():
            for row in batch.to_pylist():
                events[row["doc_id"]].append(event_from_record(row))
        for batch in _table(paths["documents"]).iter_batches(batch_size=256):
            for row in batch.to_pylist():
                yield document_from_record(row, events.pop(row["id"], []))
    except (KeyError, TypeError, ValueError, pa.ArrowException) as exc:
        raise HadathError(ErrorCode.E606, path=paths["documents"], reason=repr(exc)) from exc


def merge_batch(
    out_dir: Path | str,
    db_path: Path | str,
    progress: Callable[[str, MergeSummary], None] | None = None,
) -> MergeSummary:
    """Store every document of the finished shards of `out_dir` in the database `db_path`."""
    from hadath.corpus.dedup import NearDuplicateIndex

    out = Path(out_dir)
    manifest = read_manifest(out)
    summary = MergeSummary()
    conn = open_database(db_path)
    try:
        writer = StoreWriter(conn)
        dedup = NearDuplicateIndex.from_database(conn)
        for shard in manifest["shards"]:
            if shard.get("status") != "done":
                summary.not_done += 1
                continue
            summary.shards += 1
            for doc in iter_shard_documents(out, shard["name"]):
                summary.documents += 1
                if writer.has_content(doc.content_hash):
                    summary.unchanged += 1
                    continue
                doc.duplicate_of = dedup.find_or_add(doc)
                if writer.write(doc):
                    summary.stored += 1
                    summary.events += len(doc.events)
                    summary.duplicates += doc.duplicate_of is not None
                else:
                    summary.unchanged += 1
            if progress is not None:
                progress(shard["name"], summary)
    finally:
        conn.close()
    return summary
