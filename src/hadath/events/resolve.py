"""Pipeline stage ``resolve``: give each event its date and its place.

Date: the first date expression of the event's own sentence, else the publication date
(basis ``publication``), else none.  Place: the first place of the event's own sentence,
else the document's dateline place (the first place of the first sentence), else the first
place of the document, else none.
"""

from __future__ import annotations

from hadath.document import DateMention, Document, EventDate, Location, PlaceMention
from hadath.resources import Resources


def _date_of(mention: DateMention) -> EventDate:
    return EventDate(mention.value, mention.precision, mention.basis)


def _publication_date(published: str | None) -> EventDate | None:
    if not published:
        return None
    parts = published[:10].split("-")
    precision = {3: "day", 2: "month", 1: "year"}.get(len(parts), "day")
    return EventDate("-".join(parts), precision, "publication")  # type: ignore[arg-type]


def _location_of(place: PlaceMention) -> Location:
    return Location(place.name, place.name_ar, place.geonameid, place.country, place.lat, place.lon)


def _sentence_index(doc: Document, start: int, given: int) -> int:
    return given if given >= 0 else doc.sentence_of(start)


def resolve_events(doc: Document, res: Resources) -> Document:
    """Set ``event.date`` and ``event.location`` for every event of the document."""
    dates: dict[int, DateMention] = {}
    for mention in sorted(doc.dates, key=lambda d: d.start):
        dates.setdefault(_sentence_index(doc, mention.start, mention.sentence), mention)
    places: dict[int, PlaceMention] = {}
    for place in sorted(doc.places, key=lambda p: p.start):
        places.setdefault(_sentence_index(doc, place.start, place.sentence), place)
    first_place = min(doc.places, key=lambda p: p.start) if doc.places else None
    dateline = places.get(0, first_place)
    publication = _publication_date(doc.published)
    for event in doc.events:
        own_date = dates.get(event.sentence)
        event.date = _date_of(own_date) if own_date else publication
        own_place = places.get(event.sentence, dateline)
        event.location = _location_of(own_place) if own_place else None
    return doc
