"""Read-side queries over stored events, shared by ``hadath export`` and the API.

Stable entry points (other packages import these names):

- `EventQuery`: the filters (date range, actor code prefix, country, CAMEO prefix).
- `iter_event_rows(conn, query)`: matching ``events`` rows joined with their document.
- `iter_event_records(conn, query)`: the same as `hadath.corpus.records.EventRecord`.
- `event_with_provenance(row)`: one row as the DESIGN.md Event shape plus its document.
- `aggregated_events(conn, query)`: the happenings (`hadath.corpus.aggregate`).

Every user value reaches SQLite as a bound parameter.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hadath.corpus.aggregate import AggregatedEvent, aggregate_events
from hadath.corpus.records import EventRecord

EVENT_SELECT = (
    "SELECT e.*, d.outlet AS doc_outlet, d.url AS doc_url, d.published AS doc_published, "
    "d.duplicate_of AS doc_duplicate_of, d.title AS doc_title, d.source AS doc_source, "
    "d.ingested_at AS doc_ingested_at, s.text AS sentence_text "
    "FROM events e JOIN documents d ON d.id = e.doc_id "
    "LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence"
)


def _like_prefix(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over events; every field optional.

    since/until: inclusive ISO dates; an event dated to a month or year is kept when its
    period overlaps the range.  actor: CAMEO actor code prefix on either side ("FRA" finds
    FRAGOV).  country: ISO3 of either actor.  code: CAMEO code prefix ("04", "043").
    include_duplicates: also return events of near-duplicate documents (never counted in
    aggregates).  Undated events are left out when a date bound is given.
    """

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    country: str | None = None
    code: str | None = None
    include_duplicates: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition over ``events e JOIN documents d`` and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since:
            # Compare at the event's own precision: "2021-08" vs "2021-08-15"[:7].
            clauses.append("e.date_value >= substr(?, 1, length(e.date_value))")
            params.append(self.since)
        if self.until:
            clauses.append("e.date_value <= substr(?, 1, length(e.date_value))")
            params.append(self.until)
        if self.actor:
            code = _like_prefix(self.actor.strip().upper())
            clauses.append("(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')")
            params += [code, code]
        if self.country:
            country = self.country.strip().upper()
            clauses.append("(e.source_country = ? OR e.target_country = ?)")
            params += [country, country]
        if self.code:
            clauses.append("e.cameo LIKE ? ESCAPE '\\'")
            params.append(_like_prefix(self.code.strip()))
        if not self.include_duplicates:
            clauses.append("d.duplicate_of IS NULL")
        return (" AND ".join(clauses) or "1"), params


def iter_event_rows(conn: sqlite3.Connection, query: EventQuery) -> Iterator[sqlite3.Row]:
    """Matching events joined with document and sentence, oldest document first.

    Streams rows (constant memory), so exports of millions of events do not load them all.
    """
    where, params = query.where()
    cursor = conn.execute(
        f"{EVENT_SELECT} WHERE {where} ORDER BY e.date_value IS NULL, e.date_value, "
        "e.doc_id, e.sentence, e.id",
        params,
    )
    cursor.row_factory = sqlite3.Row
    yield from cursor


def iter_event_records(conn: sqlite3.Connection, query: EventQuery) -> Iterator[EventRecord]:
    """Matching events as `EventRecord`s (for aggregation and flat exports)."""
    for row in iter_event_rows(conn, query):
        yield EventRecord.from_row(row)


def _actor(row: sqlite3.Row, side: str) -> dict[str, Any] | None:
    if row[f"{side}_code"] is None:
        return None
    return {
        f: row[f"{side}_{f}"]
        for f in ("text", "start", "end", "code", "country", "sector", "entity", "name_en")
    }


def event_with_provenance(row: sqlite3.Row) -> dict[str, Any]:
    """One event row in the DESIGN.md Event shape, plus its sentence and document."""
    date = None
    if row["date_value"] is not None:
        date = {
            "value": row["date_value"],
            "precision": row["date_precision"],
            "basis": row["date_basis"],
        }
    location = None
    if row["location_name"] is not None:
        location = {
            "name": row["location_name"],
            "name_ar": row["location_name_ar"],
            "geonameid": row["location_geonameid"],
            "country": row["location_country"],
            "lat": row["lat"],
            "lon": row["lon"],
        }
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "plover": row["plover"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "trigger": {
            "text": row["trigger_text"],
            "start": row["trigger_start"],
            "end": row["trigger_end"],
        },
        "date": date,
        "location": location,
        "negated": bool(row["negated"]),
        "confidence": row["confidence"],
        "coder": row["coder"],
        "sentence_text": row["sentence_text"],
        "document": {
            "id": row["doc_id"],
            "title": row["doc_title"],
            "outlet": row["doc_outlet"],
            "url": row["doc_url"],
            "source": row["doc_source"],
            "published": row["doc_published"],
            "ingested_at": row["doc_ingested_at"],
            "duplicate_of": row["doc_duplicate_of"],
        },
    }


def aggregated_events(conn: sqlite3.Connection, query: EventQuery) -> list[AggregatedEvent]:
    """The happenings among the matching events (duplicates' events never counted).

    Filters apply to mentions before merging: ``actor="FRAGOV"`` keeps the happenings
    whose mentions code that actor, counted over those mentions.
    """
    return aggregate_events(iter_event_records(conn, query), include_duplicates=False)
