"""The ``time`` stage: date mentions of the body, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from hadath.document import Document
from hadath.resources import Resources
from hadath.time.find import find_date_mentions


def find_dates(doc: Document, res: Resources) -> Document:
    """Fill ``doc.dates`` (each with its sentence index) from ``doc.text``.

    Relative expressions resolve against ``doc.published``; when it is missing or not an
    ISO date, only explicit dates are kept.  The outlet's name is never read as a date.
    """
    base: dt.date | None = None
    if doc.published:
        try:
            base = dt.date.fromisoformat(doc.published[:10])
        except ValueError:
            base = None
    # The outlet's own name ("المصري اليوم") is not a date where the article cites it.
    outlet = (doc.outlet,) if doc.outlet else ()
    mentions = find_date_mentions(
        doc.text, base, res.calendar, outlet, norm=res.text.normalized(doc.text)
    )
    for mention in mentions:
        mention.sentence = doc.sentence_of(mention.start)
    doc.dates = mentions
    return doc
