"""The one writer of a hadath database: each document with all its layers in one transaction."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import asdict

from hadath.document import ActorMention, Document, Event


class StoreWriter:
    """Writes finished documents; idempotent by content hash.

    Only this class writes to the store (DESIGN.md: "no stage writes to the store except
    `store`").  Each `write` runs in one ``BEGIN IMMEDIATE`` transaction, so a killed
    process leaves either the whole document or nothing.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def has_content(self, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def write(self, doc: Document) -> bool:
        """Store `doc` and its layers; returns False when its content was already stored."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if self.has_content(doc.content_hash):
                conn.execute("ROLLBACK")
                return False
            self._insert_document(doc)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return True

    def _insert_document(self, doc: Document) -> None:
        conn = self.conn
        conn.execute(
            "INSERT INTO documents (id, content_hash, source, url, outlet, title, published,"
            " language, encoding, text, removed, duplicate_of, n_sentences, n_actors, n_events,"
            " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id,
                doc.content_hash,
                doc.source,
                doc.url,
                doc.outlet,
                doc.title,
                doc.published,
                doc.language,
                doc.raw.encoding,
                doc.text,
                json.dumps([asdict(r) for r in doc.removed], ensure_ascii=False),
                doc.duplicate_of,
                len(doc.sentences),
                len(doc.actors),
                len(doc.events),
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        )
        conn.executemany(
            'INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES (?,?,?,?,?)',
            [(doc.id, s.index, s.start, s.end, s.text) for s in doc.sentences],
        )
        conn.executemany(
            'INSERT INTO actor_mentions (doc_id, sentence, text, start, "end", code, country,'
            " sector, entity, name_en, coref) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc.id,
                    a.sentence,
                    a.text,
                    a.start,
                    a.end,
                    a.code,
                    a.country,
                    a.sector,
                    a.entity,
                    a.name_en,
                    int(a.coref),
                )
                for a in doc.actors
            ],
        )
        conn.executemany(
            'INSERT INTO date_mentions (doc_id, sentence, text, start, "end", value, precision,'
            " basis) VALUES (?,?,?,?,?,?,?,?)",
            [
                (doc.id, d.sentence, d.text, d.start, d.end, d.value, d.precision, d.basis)
                for d in doc.dates
            ],
        )
        conn.executemany(
            'INSERT INTO place_mentions (doc_id, sentence, text, start, "end", name, name_ar,'
            " geonameid, country, lat, lon) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc.id,
                    p.sentence,
                    p.text,
                    p.start,
                    p.end,
                    p.name,
                    p.name_ar,
                    p.geonameid,
                    p.country,
                    p.lat,
                    p.lon,
                )
                for p in doc.places
            ],
        )
        conn.executemany(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
            [event_row(e) for e in doc.events],
        )


def _actor_columns(actor: ActorMention | None) -> tuple[object, ...]:
    if actor is None:
        return (None,) * 8
    return (
        actor.code,
        actor.country,
        actor.sector,
        actor.entity,
        actor.name_en,
        actor.text,
        actor.start,
        actor.end,
    )


_ACTOR_FIELDS = ("code", "country", "sector", "entity", "name_en", "text", "start", "end")

EVENT_COLUMNS: tuple[str, ...] = (
    "id",
    "doc_id",
    "sentence",
    "cameo",
    "cameo_root",
    "plover",
    "quad_class",
    "goldstein",
    *(f"source_{f}" for f in _ACTOR_FIELDS),
    *(f"target_{f}" for f in _ACTOR_FIELDS),
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "date_value",
    "date_precision",
    "date_basis",
    "location_name",
    "location_name_ar",
    "location_geonameid",
    "location_country",
    "lat",
    "lon",
    "negated",
    "confidence",
    "coder",
)


def event_row(e: Event) -> tuple[object, ...]:
    """One `Event` as a row of the ``events`` table, in `EVENT_COLUMNS` order."""
    loc = e.location
    return (
        e.id,
        e.doc_id,
        e.sentence,
        e.cameo,
        e.cameo_root,
        e.plover,
        e.quad_class,
        e.goldstein,
        *_actor_columns(e.source),
        *_actor_columns(e.target),
        e.trigger.text,
        e.trigger.start,
        e.trigger.end,
        e.date.value if e.date else None,
        e.date.precision if e.date else None,
        e.date.basis if e.date else None,
        loc.name if loc else None,
        loc.name_ar if loc else None,
        loc.geonameid if loc else None,
        loc.country if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        int(e.negated),
        e.confidence,
        e.coder,
    )
