"""`hadath run` as a library: read inputs, run the pipeline, store, and count what happened.

The runner never prints; it reports progress through a callback and returns a `RunSummary`
that the command renders.  One bad input never stops the run: it becomes a skipped entry
with its coded reason.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hadath.document import Document, RawDoc
from hadath.errors import ErrorCode, HadathError
from hadath.ingest import Skipped, read_paths
from hadath.pipeline import Pipeline
from hadath.resources import Resources
from hadath.store import StoreWriter, open_database
from hadath.store.search import refresh_search_index

if TYPE_CHECKING:
    from hadath.corpus.dedup import NearDuplicateIndex


@dataclass(slots=True)
class RunSummary:
    """What a run read, stored, skipped and found."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0  # same content already in the store
    duplicates: int = 0  # stored, linked to an earlier near-identical document
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    sentences: int = 0
    actors: int = 0
    events: int = 0
    events_by_category: Counter[str] = field(default_factory=Counter)
    actor_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add_document(self, doc: Document) -> None:
        self.stored += 1
        self.sentences += len(doc.sentences)
        self.actors += len(doc.actors)
        if doc.duplicate_of:
            self.duplicates += 1
            return  # a copy's events are stored but not counted twice
        self.events += len(doc.events)
        for event in doc.events:
            self.events_by_category[event.plover] += 1
            target = event.target.code if event.target else "-"
            self.actor_pairs[(event.source.code, target)] += 1

    def to_dict(self, top: int = 10) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
            "sentences": self.sentences,
            "actor_mentions": self.actors,
            "events": self.events,
            "events_by_category": dict(self.events_by_category.most_common()),
            "top_actor_pairs": [
                {"source": s, "target": t, "events": n}
                for (s, t), n in self.actor_pairs.most_common(top)
            ],
        }


ProgressCallback = Callable[[str, RunSummary], None]


def run_into_store(
    paths: Iterable[Path | str],
    db_path: Path | str,
    resources: Resources,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Run every article under `paths` through the pipeline into the database at `db_path`.

    Documents whose content is already stored are counted as unchanged and not re-coded,
    so a rerun on the same inputs adds nothing.  Near-duplicates of stored documents are
    stored with ``duplicate_of`` set.
    """
    from hadath.corpus.dedup import NearDuplicateIndex

    summary = RunSummary()
    conn = open_database(db_path)
    try:
        writer = StoreWriter(conn)
        dedup = NearDuplicateIndex.from_database(conn, resources)
        pipeline = Pipeline(resources)
        for item in read_paths(paths, resources.options.max_file_mb):
            if isinstance(item, Skipped):
                summary.skipped.append((item.source, item.reason))
            else:
                summary.read += 1
                _process(item, pipeline, writer, dedup, summary)
            if progress is not None:
                progress(item.source, summary)
        # Index the new documents for full-text search once, not per document.
        refresh_search_index(conn)
    finally:
        conn.close()
    return summary


def _process(
    raw: RawDoc,
    pipeline: Pipeline,
    writer: StoreWriter,
    dedup: NearDuplicateIndex,
    summary: RunSummary,
) -> None:
    if writer.has_content(raw.content_hash):
        summary.unchanged += 1
        return
    try:
        doc = pipeline(raw)
    except HadathError as exc:
        summary.skipped.append((raw.source, str(exc)))
        return
    if doc.skip_reason:
        summary.skipped.append((raw.source, doc.skip_reason))
        return
    doc.duplicate_of = dedup.find_or_add(doc)
    try:
        stored = writer.write(doc)
    except sqlite3.IntegrityError as exc:
        # A document the schema refuses (its transaction was rolled back) is skipped with
        # its reason; the rest of the batch goes on.
        refused = HadathError(ErrorCode.E018, source=raw.source, reason=str(exc))
        summary.skipped.append((raw.source, str(refused)))
        dedup.withdraw(doc.id)  # not stored: no later copy may point to it
        return
    if stored:
        summary.add_document(doc)
    else:
        summary.unchanged += 1
