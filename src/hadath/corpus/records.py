"""`EventRecord`: one stored event with the facts about its document that counting needs.

Aggregation and export work on these flat, immutable records, whether they come from a
finished `Document` (before it is stored) or from rows of the store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from hadath.document import Document, Event


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A coded event plus the provenance of its article (outlet, publication, duplicate)."""

    id: str
    doc_id: str
    sentence: int
    cameo: str
    cameo_root: str
    plover: str
    quad_class: int
    goldstein: float
    source_code: str
    source_country: str | None
    source_sector: str | None
    target_code: str | None
    target_country: str | None
    target_sector: str | None
    date_value: str | None
    date_precision: str | None
    date_basis: str | None
    location_name: str | None = None
    location_name_ar: str | None = None
    location_geonameid: int | None = None
    location_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    duplicate_of: str | None = None
    source_name_en: str | None = None
    target_name_en: str | None = None
    trigger_text: str = ""
    confidence: float = 0.0
    ingested_at: str | None = None

    @property
    def outlet_key(self) -> str:
        """What counts as one source (outlet): the outlet name, else the URL host, else doc."""
        if self.outlet:
            return self.outlet.strip().lower()
        if self.url and "://" in self.url:
            return self.url.split("://", 1)[1].split("/", 1)[0].lower()
        return f"doc:{self.doc_id}"

    def location(self) -> dict[str, Any] | None:
        """The event's place in the DESIGN.md Location shape, or None."""
        if self.location_name is None:
            return None
        return {
            "name": self.location_name,
            "name_ar": self.location_name_ar,
            "geonameid": self.location_geonameid,
            "country": self.location_country,
            "lat": self.lat,
            "lon": self.lon,
        }

    @classmethod
    def from_event(cls, event: Event, doc: Document) -> EventRecord:
        """The record of `event`, coded in `doc` (not necessarily stored yet)."""
        src, tgt, loc, date = event.source, event.target, event.location, event.date
        return cls(
            id=event.id,
            doc_id=event.doc_id,
            sentence=event.sentence,
            cameo=event.cameo,
            cameo_root=event.cameo_root,
            plover=event.plover,
            quad_class=event.quad_class,
            goldstein=event.goldstein,
            source_code=src.code,
            source_country=src.country,
            source_sector=src.sector,
            target_code=tgt.code if tgt else None,
            target_country=tgt.country if tgt else None,
            target_sector=tgt.sector if tgt else None,
            date_value=date.value if date else None,
            date_precision=date.precision if date else None,
            date_basis=date.basis if date else None,
            location_name=loc.name if loc else None,
            location_name_ar=loc.name_ar if loc else None,
            location_geonameid=loc.geonameid if loc else None,
            location_country=loc.country if loc else None,
            lat=loc.lat if loc else None,
            lon=loc.lon if loc else None,
            outlet=doc.outlet,
            url=doc.url,
            published=doc.published,
            duplicate_of=doc.duplicate_of,
            source_name_en=src.name_en,
            target_name_en=tgt.name_en if tgt else None,
            trigger_text=event.trigger.text,
            confidence=event.confidence,
        )

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> EventRecord:
        """The record of an ``events`` row joined with its document (see `store.queries`)."""
        return cls(
            id=row["id"],
            doc_id=row["doc_id"],
            sentence=row["sentence"],
            cameo=row["cameo"],
            cameo_root=row["cameo_root"],
            plover=row["plover"],
            quad_class=row["quad_class"],
            goldstein=row["goldstein"],
            source_code=row["source_code"],
            source_country=row["source_country"],
            source_sector=row["source_sector"],
            target_code=row["target_code"],
            target_country=row["target_country"],
            target_sector=row["target_sector"],
            date_value=row["date_value"],
            date_precision=row["date_precision"],
            date_basis=row["date_basis"],
            location_name=row["location_name"],
            location_name_ar=row["location_name_ar"],
            location_geonameid=row["location_geonameid"],
            location_country=row["location_country"],
            lat=row["lat"],
            lon=row["lon"],
            outlet=row["doc_outlet"],
            url=row["doc_url"],
            published=row["doc_published"],
            duplicate_of=row["doc_duplicate_of"],
            source_name_en=row["source_name_en"],
            target_name_en=row["target_name_en"],
            trigger_text=row["trigger_text"],
            confidence=row["confidence"],
            ingested_at=row["doc_ingested_at"],
        )
