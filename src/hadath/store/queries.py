"""Read-side queries over stored events: the one implementation behind export, API and pages.

Stable entry points (other packages import these names):

- `EventQuery`: the filters (date range, actor/dyad, country, CAMEO, PLOVER, quad class,
  words, document, near-duplicates).
- `iter_event_rows(conn, query)` / `count_events(conn, query)` / `event_page(...)`:
  matching ``events`` rows joined with their document and sentence.
- `iter_event_records(conn, query)`: the same as `hadath.corpus.records.EventRecord`.
- `event_with_provenance(row)`: one row as the DESIGN.md Event shape plus its document.
- `aggregated_events(conn, query)`: the happenings (`hadath.corpus.aggregate`).
- `happening_of(conn, event_id)`: the happening one stored event belongs to.

Every user value reaches SQLite as a bound parameter; only column names chosen here are
spliced into statement text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any, Literal

from hadath.corpus.aggregate import AggregatedEvent, actor_key, aggregate_events
from hadath.corpus.records import EventRecord

EVENT_SELECT = (
    "SELECT e.*, d.outlet AS doc_outlet, d.url AS doc_url, d.published AS doc_published, "
    "d.duplicate_of AS doc_duplicate_of, d.title AS doc_title, d.source AS doc_source, "
    "d.ingested_at AS doc_ingested_at, s.text AS sentence_text "
    "FROM events e JOIN documents d ON d.id = e.doc_id "
    "LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence"
)
_FROM = "FROM events e JOIN documents d ON d.id = e.doc_id"

EventOrder = Literal["date", "newest", "document"]
_ORDER_BY: dict[str, str] = {
    "date": "e.date_value IS NULL, e.date_value, e.doc_id, e.sentence, e.id",
    "newest": "e.date_value IS NULL, e.date_value DESC, e.doc_id, e.sentence, e.id",
    "document": "e.sentence, e.trigger_start, e.id",
}
# Either actor slot matches a code prefix: "FRA" finds FRAGOV and FRAMIL.
_EITHER_SIDE = "(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')"
_DYAD = (
    "((e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\') OR "
    "(e.source_code LIKE ? ESCAPE '\\' AND e.target_code LIKE ? ESCAPE '\\'))"
)
# A date bound compared at the coarser of the two precisions: the period of a month- or
# year-dated event overlaps the range when its prefix does ("2021-08" vs "2021-08-15" and
# "2021-08-15" vs "2021").
_COMMON = "min(length(e.date_value), length(?))"
_SINCE = f"substr(e.date_value, 1, {_COMMON}) >= substr(?, 1, {_COMMON})"
_UNTIL = f"substr(e.date_value, 1, {_COMMON}) <= substr(?, 1, {_COMMON})"


def like_escape(value: str) -> str:
    """`value` with the LIKE wildcards and the escape character escaped."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_prefix(value: str) -> str:
    """`value` as a LIKE prefix pattern (use with ``ESCAPE '\\'``)."""
    return like_escape(value) + "%"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over events; every field optional.

    since/until: inclusive ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); an event dated to a
    month or year is kept when its period overlaps the range.  actor: CAMEO actor code
    prefix on either side ("FRA" finds FRAGOV); with `counterpart`, the dyad in both
    directions.  country: ISO3 of either actor.  cameo: CAMEO code or root prefix ("04",
    "043").  plover: PLOVER category.  quad_class: 1-4.  q: words in the trigger or the
    sentence (substring).  doc_id: the events of one document.  include_duplicates: also
    events of near-duplicate documents (never counted in aggregates).  Undated events are
    left out when a date bound is given.
    """

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    counterpart: str | None = None
    country: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    q: str | None = None
    doc_id: str | None = None
    include_duplicates: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition over ``events e JOIN documents d`` and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since:
            clauses.append(_SINCE)
            params += [self.since] * 3
        if self.until:
            clauses.append(_UNTIL)
            params += [self.until] * 3
        actor = (self.actor or "").strip().upper()
        other = (self.counterpart or "").strip().upper()
        if actor and other:
            a, b = like_prefix(actor), like_prefix(other)
            clauses.append(_DYAD)
            params += [a, b, b, a]
        elif actor or other:
            clauses.append(_EITHER_SIDE)
            params += [like_prefix(actor or other)] * 2
        if self.country:
            clauses.append("(e.source_country = ? OR e.target_country = ?)")
            params += [self.country.strip().upper()] * 2
        if self.cameo:
            clauses.append("e.cameo LIKE ? ESCAPE '\\'")
            params.append(like_prefix(self.cameo.strip()))
        if self.plover:
            clauses.append("e.plover = ?")
            params.append(self.plover.strip().upper())
        if self.quad_class is not None:
            clauses.append("e.quad_class = ?")
            params.append(self.quad_class)
        if self.q:
            pattern = "%" + like_escape(self.q) + "%"
            clauses.append(
                "(e.trigger_text LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM sentences s2 "
                "WHERE s2.doc_id = e.doc_id AND s2.idx = e.sentence "
                "AND s2.text LIKE ? ESCAPE '\\'))"
            )
            params += [pattern, pattern]
        if self.doc_id:
            clauses.append("e.doc_id = ?")
            params.append(self.doc_id)
        if not self.include_duplicates:
            clauses.append("d.duplicate_of IS NULL")
        return (" AND ".join(clauses) or "1"), params

    def as_params(self) -> dict[str, str]:
        """The set filters as URL query parameters (for links between pages)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value is False:
                continue
            out[f.name] = "1" if value is True else str(value)
        return out


def count_events(conn: sqlite3.Connection, query: EventQuery) -> int:
    """How many events match `query`."""
    where, params = query.where()
    return int(conn.execute(f"SELECT COUNT(*) {_FROM} WHERE {where}", params).fetchone()[0])


def iter_event_rows(
    conn: sqlite3.Connection,
    query: EventQuery,
    order: EventOrder = "date",
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[sqlite3.Row]:
    """Matching events joined with document and sentence, in `order` (default: by date).

    Streams rows (constant memory), so exports of millions of events do not load them all.
    """
    where, params = query.where()
    sql = f"{EVENT_SELECT} WHERE {where} ORDER BY {_ORDER_BY[order]}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    cursor = conn.execute(sql, params)
    cursor.row_factory = sqlite3.Row
    yield from cursor


def event_page(
    conn: sqlite3.Connection, query: EventQuery, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """The total of matching events and one page of them, newest first, with provenance."""
    rows = iter_event_rows(conn, query, "newest", limit, offset)
    return count_events(conn, query), [event_with_provenance(r) for r in rows]


def document_events(conn: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    """Every event of one document (copy or not), in reading order, with provenance."""
    query = EventQuery(doc_id=doc_id, include_duplicates=True)
    return [event_with_provenance(r) for r in iter_event_rows(conn, query, "document")]


def _row_by_id(conn: sqlite3.Connection, event_id: str) -> sqlite3.Row | None:
    cursor = conn.execute(f"{EVENT_SELECT} WHERE e.id = ?", (event_id,))
    cursor.row_factory = sqlite3.Row
    row: sqlite3.Row | None = cursor.fetchone()
    return row


def get_event(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """One stored event with provenance, or None."""
    row = _row_by_id(conn, event_id)
    return event_with_provenance(row) if row is not None else None


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
    whose mentions code that actor, counted over those mentions.  Memory grows with the
    number of matching events (callers serving requests bound it with `count_events`).
    """
    return aggregate_events(iter_event_records(conn, query), include_duplicates=False)


def _side_clause(side: str, code: str | None, country: str | None) -> tuple[str, list[Any]]:
    # The SQL twin of `actor_key`: the events whose key on this side equals the given one.
    key = actor_key(code, country)
    if code is None:
        return f"e.{side}_code IS NULL", []
    if country:
        return f"e.{side}_country = ?", [key]
    return f"(e.{side}_code = ? AND COALESCE(e.{side}_country, '') = '')", [key]


def happening_of(conn: sqlite3.Connection, event_id: str) -> AggregatedEvent | None:
    """The happening (aggregated event) that stored event `event_id` is a mention of.

    Only the events sharing its aggregation key (sides up to country, CAMEO root) are read,
    so the answer is the one `aggregated_events` gives over the whole store.  An event of a
    near-duplicate document is placed among the counted events to show what it copies.
    """
    row = _row_by_id(conn, event_id)
    if row is None:
        return None
    source, source_params = _side_clause("source", row["source_code"], row["source_country"])
    target, target_params = _side_clause("target", row["target_code"], row["target_country"])
    cursor = conn.execute(
        f"{EVENT_SELECT} WHERE e.cameo_root = ? AND {source} AND {target} "
        "AND (d.duplicate_of IS NULL OR e.id = ?)",
        [row["cameo_root"], *source_params, *target_params, event_id],
    )
    cursor.row_factory = sqlite3.Row
    records = [EventRecord.from_row(r) for r in cursor]
    happenings = aggregate_events(records, include_duplicates=True)
    return next((a for a in happenings if any(m.id == event_id for m in a.mentions)), None)
