"""POST-an-article ingest: the pipeline, then the store's one writer, one write at a time."""

from __future__ import annotations

import hmac
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hadath.api.models import IngestRequest, IngestResult
from hadath.document import Document, RawDoc
from hadath.errors import ErrorCode, HadathError
from hadath.store import StoreWriter, open_database

PipelineFactory = Callable[[], Callable[[RawDoc], Document]]


def default_pipeline() -> Callable[[RawDoc], Document]:
    from hadath.pipeline import Pipeline
    from hadath.resources import Resources

    return Pipeline(Resources())


def token_matches(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; a server without a token accepts none."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


class Ingestor:
    """Runs posted articles through the pipeline and stores them.

    SQLite allows one writer per database, so every write (and the near-duplicate index it
    consults) is serialised by a lock; reading requests use their own read-only connections
    and are never blocked by it.  The pipeline and the write connection are built on the
    first ingest, so a server that is only browsed loads no dictionaries.
    """

    def __init__(self, db_path: Path, pipeline_factory: PipelineFactory = default_pipeline):
        self.db_path = db_path
        self.pipeline_factory = pipeline_factory
        self.lock = threading.Lock()
        self._pipeline: Callable[[RawDoc], Document] | None = None
        self._conn: sqlite3.Connection | None = None
        self._dedup: Any = None

    def _ready(self) -> tuple[Callable[[RawDoc], Document], StoreWriter]:
        if self._conn is None:
            self._conn = open_database(self.db_path)
        if self._pipeline is None:
            try:
                self._pipeline = self.pipeline_factory()
            except ImportError as exc:
                raise HadathError(ErrorCode.E506, reason=f"pipeline unavailable: {exc}") from exc
            self._dedup = _near_duplicate_index(self._conn, self._pipeline)
        return self._pipeline, StoreWriter(self._conn)

    def ingest(self, request: IngestRequest) -> IngestResult:
        """Code and store one article; returns what happened to it."""
        body = request.html if request.html is not None else request.text
        if body is None or not body.strip():
            raise HadathError(ErrorCode.E507)
        raw = RawDoc(
            source=request.source or request.url or "api:ingest",
            kind="html" if request.html is not None else "text",
            content=body,
            title=request.title,
            url=request.url,
            outlet=request.outlet,
            published=request.published,
        )
        with self.lock:
            pipeline, writer = self._ready()
            if writer.has_content(raw.content_hash):
                return IngestResult(
                    doc_id=raw.content_hash[:16], stored=False, events=0, actors=0, sentences=0
                )
            doc = pipeline(raw)
            if doc.skip_reason:
                return IngestResult(
                    doc_id=doc.id,
                    stored=False,
                    skipped=doc.skip_reason,
                    events=0,
                    actors=0,
                    sentences=len(doc.sentences),
                )
            if self._dedup is not None:
                doc.duplicate_of = self._dedup.find_or_add(doc)
            stored = writer.write(doc)
            if stored:
                refresh_search_index(self._conn)
        return IngestResult(
            doc_id=doc.id,
            stored=stored,
            duplicate_of=doc.duplicate_of,
            events=len(doc.events),
            actors=len(doc.actors),
            sentences=len(doc.sentences),
        )

    def close(self) -> None:
        with self.lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def refresh_search_index(conn: sqlite3.Connection | None) -> int:
    """Bring the store's full-text index up to date; 0 when this schema has none."""
    if conn is None:
        return 0
    try:
        from hadath.store.search import refresh_search_index as refresh
    except ImportError:
        return 0
    has_index = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents_fts'"
    ).fetchone()
    return refresh(conn) if has_index else 0


def _near_duplicate_index(conn: sqlite3.Connection, pipeline: Any) -> Any:
    """The corpus package's near-duplicate index when the pipeline carries resources."""
    resources = getattr(pipeline, "resources", None)
    if resources is None:
        return None
    try:
        from hadath.corpus.dedup import NearDuplicateIndex
    except ImportError:  # the corpus extra is optional; without it copies are not linked
        return None
    return NearDuplicateIndex.from_database(conn, resources)
