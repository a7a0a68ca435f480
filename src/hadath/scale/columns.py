"""The Parquet layout of batch shards: documents, events and errors, and their conversions.

Event columns are exactly the store's ``events`` table (`EVENT_COLUMNS`, `event_row`), so a
shard loads into SQLite or DuckDB without renaming.  Document rows carry the store's
``documents`` columns plus the layers the store keeps (sentences, dates, actors, places) as
JSON text, so `hadath merge` can rebuild each `Document` and store it with the one
`StoreWriter`, exactly as `hadath run` would.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import pyarrow as pa

from hadath.document import (
    ActorMention,
    DateMention,
    Document,
    Event,
    EventDate,
    Location,
    PlaceMention,
    RawDoc,
    RemovedLine,
    Sentence,
    Span,
)
from hadath.store.writer import EVENT_COLUMNS, event_row

_INT_EVENT_COLUMNS = {
    "sentence",
    "quad_class",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "trigger_start",
    "trigger_end",
    "location_geonameid",
    "negated",
}
_FLOAT_EVENT_COLUMNS = {"goldstein", "lat", "lon", "confidence"}


def _event_type(name: str) -> pa.DataType:
    if name in _INT_EVENT_COLUMNS:
        return pa.int64()
    if name in _FLOAT_EVENT_COLUMNS:
        return pa.float64()
    return pa.string()


EVENT_SCHEMA = pa.schema([(name, _event_type(name)) for name in EVENT_COLUMNS])

DOCUMENT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("content_hash", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("encoding", pa.string()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("n_sentences", pa.int64()),
        ("n_actors", pa.int64()),
        ("n_events", pa.int64()),
        ("removed", pa.string()),  # JSON list of RemovedLine
        ("sentences", pa.string()),  # JSON list of {index, start, end, text}
        ("dates", pa.string()),  # JSON list of DateMention
        ("actors", pa.string()),  # JSON list of ActorMention
        ("places", pa.string()),  # JSON list of PlaceMention
        ("notes", pa.string()),  # JSON list of str
    ]
)

# status: "unreadable" (the reader could not read it), "failed" (a stage raised),
# "skipped" (a stage judged it not codable, e.g. not Arabic).  `content` keeps the decoded
# article when there is one, so nothing is lost and the row can be rerun later.
ERROR_SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("status", pa.string()),
        ("code", pa.string()),
        ("reason", pa.string()),
        ("kind", pa.string()),
        ("content", pa.string()),
        ("encoding", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.string()),
    ]
)


def _json(items: list[Any]) -> str:
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def document_record(doc: Document) -> dict[str, Any]:
    """One finished document as a row of `DOCUMENT_SCHEMA` (tokens are not kept)."""
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "encoding": doc.raw.encoding,
        "kind": doc.raw.kind,
        "text": doc.text,
        "n_sentences": len(doc.sentences),
        "n_actors": len(doc.actors),
        "n_events": len(doc.events),
        "removed": _json([asdict(r) for r in doc.removed]),
        "sentences": _json(
            [
                {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
                for s in doc.sentences
            ]
        ),
        "dates": _json([asdict(d) for d in doc.dates]),
        "actors": _json([asdict(a) for a in doc.actors]),
        "places": _json([asdict(p) for p in doc.places]),
        "notes": _json(list(doc.notes)),
    }


def event_records(doc: Document) -> list[dict[str, Any]]:
    """The document's events as rows of `EVENT_SCHEMA` (the store's ``events`` rows)."""
    return [dict(zip(EVENT_COLUMNS, event_row(e), strict=True)) for e in doc.events]


def error_record(
    source: str, status: str, code: str, reason: str, raw: RawDoc | None = None
) -> dict[str, Any]:
    """A row of `ERROR_SCHEMA`, keeping the article itself when it was read."""
    return {
        "source": source,
        "status": status,
        "code": code,
        "reason": reason,
        "kind": raw.kind if raw else None,
        "content": raw.content if raw else None,
        "encoding": raw.encoding if raw else None,
        "url": raw.url if raw else None,
        "title": raw.title if raw else None,
        "outlet": raw.outlet if raw else None,
        "published": raw.published if raw else None,
    }


def event_from_record(row: dict[str, Any]) -> Event:
    """The `Event` of one ``events`` row (the inverse of `event_row`)."""

    def actor(prefix: str) -> ActorMention | None:
        if row.get(f"{prefix}_code") is None:
            return None
        return ActorMention(
            text=row[f"{prefix}_text"],
            start=row[f"{prefix}_start"],
            end=row[f"{prefix}_end"],
            code=row[f"{prefix}_code"],
            country=row[f"{prefix}_country"],
            sector=row[f"{prefix}_sector"],
            entity=row[f"{prefix}_entity"],
            name_en=row[f"{prefix}_name_en"],
            sentence=row["sentence"],
        )

    source = actor("source")
    if source is None:
        raise ValueError(f"event {row.get('id')!r} has no source actor")
    date = None
    if row.get("date_value") is not None:
        date = EventDate(row["date_value"], row["date_precision"], row["date_basis"])
    location = None
    if row.get("location_name") is not None:
        location = Location(
            name=row["location_name"],
            name_ar=row["location_name_ar"],
            geonameid=row["location_geonameid"],
            country=row["location_country"],
            lat=row["lat"],
            lon=row["lon"],
        )
    return Event(
        id=row["id"],
        doc_id=row["doc_id"],
        sentence=row["sentence"],
        cameo=row["cameo"],
        cameo_root=row["cameo_root"],
        plover=row["plover"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        source=source,
        target=actor("target"),
        trigger=Span(row["trigger_text"], row["trigger_start"], row["trigger_end"]),
        date=date,
        location=location,
        negated=bool(row["negated"]),
        confidence=row["confidence"],
        coder=row["coder"],
    )


def document_from_record(row: dict[str, Any], events: list[Event]) -> Document:
    """The `Document` of one shard row with its events, ready for `StoreWriter.write`.

    The raw page is not kept in shards (the store does not keep it either); the rebuilt
    `RawDoc` carries the source, kind and encoding only.
    """
    raw = RawDoc(
        source=row["source"],
        kind=row["kind"] or "text",
        content="",
        encoding=row["encoding"] or "utf-8",
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=row["published"],
    )
    return Document(
        id=row["id"],
        source=row["source"],
        content_hash=row["content_hash"],
        raw=raw,
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=row["published"],
        language=row["language"],
        removed=[RemovedLine(**r) for r in json.loads(row["removed"])],
        sentences=[Sentence(**s) for s in json.loads(row["sentences"])],
        dates=[DateMention(**d) for d in json.loads(row["dates"])],
        actors=[ActorMention(**a) for a in json.loads(row["actors"])],
        places=[PlaceMention(**p) for p in json.loads(row["places"])],
        events=events,
        notes=list(json.loads(row["notes"])),
    )
