"""SQLite store: WAL, versioned forward migrations, whole-document transactions, idempotency."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hadath.document import (
    ActorMention,
    Document,
    Event,
    EventDate,
    RawDoc,
    Sentence,
    Span,
)
from hadath.errors import ErrorCode, HadathError
from hadath.store import SCHEMA_VERSION, StoreWriter, open_database


def make_document(content: str = "نص تجريبي") -> Document:
    doc = Document.from_raw(RawDoc(source="t.txt", kind="text", content=content))
    doc.text = content
    doc.published = "2023-11-04"
    doc.sentences = [Sentence(0, 0, len(content), content)]
    src = ActorMention("فرنسا", 0, 3, "FRAGOV", "FRA", "GOV", sentence=0)
    tgt = ActorMention("العراق", 4, 7, "IRQGOV", "IRQ", "GOV", sentence=0)
    doc.actors = [src, tgt]
    doc.events = [
        Event(
            id=f"{doc.id}-0-0",
            doc_id=doc.id,
            sentence=0,
            cameo="042",
            cameo_root="04",
            plover="CONSULT",
            quad_class=1,
            goldstein=1.9,
            source=src,
            target=tgt,
            trigger=Span("زار", 3, 4),
            date=EventDate("2023-11-04", "day", "publication"),
            confidence=0.9,
            coder="test",
        )
    ]
    return doc


def test_new_database_is_wal_and_versioned(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "h.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    # Reopening applies nothing twice.
    conn = open_database(tmp_path / "h.db")
    assert conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_and_foreign_files_are_refused(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "h.db")
    conn.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION + 1,))
    conn.close()
    with pytest.raises(HadathError) as newer:
        open_database(tmp_path / "h.db")
    assert newer.value.code is ErrorCode.E011
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HadathError) as foreign:
        open_database(junk)
    assert foreign.value.code is ErrorCode.E010
    with pytest.raises(HadathError):
        open_database(tmp_path / "absent.db", readonly=True)


def test_writer_stores_every_layer_once(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "h.db")
    writer = StoreWriter(conn)
    doc = make_document()
    assert writer.write(doc) is True
    assert writer.write(make_document()) is False  # same content: nothing added
    counts = {
        t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("documents", "sentences", "actor_mentions", "events")
    }
    assert counts == {"documents": 1, "sentences": 1, "actor_mentions": 2, "events": 1}
    row = conn.execute("SELECT * FROM events").fetchone()
    assert (row["source_code"], row["target_code"], row["date_value"]) == (
        "FRAGOV",
        "IRQGOV",
        "2023-11-04",
    )


def test_a_failing_write_leaves_nothing_behind(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "h.db")
    doc = make_document()
    doc.events.append(doc.events[0])  # duplicate primary key: the insert fails mid-document
    with pytest.raises(sqlite3.IntegrityError):
        StoreWriter(conn).write(doc)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0] == 0
