"""The dateline: the place an article was filed from ("بغداد - الفرات:", "باريس (أ ف ب) -").

The event resolver prefers a place in the event's own sentence ("في باريس") and falls back
to the dateline, which says where the reporter was, not always where the event happened.
"""

from __future__ import annotations

import re

from hadath.document import Document, PlaceMention

DATELINE_LINES = 3  # a dateline opens one of the first non-empty lines of the body
# After the place: an optional agency or outlet in parentheses or words, then a dash/colon.
_AFTER_PLACE = re.compile(r"^\s*(?:\([^)\n]{0,40}\)\s*)?[^\n\-–—:]{0,30}?\s*[-–—:]")


def dateline_place(doc: Document) -> PlaceMention | None:
    """The place opening one of the first lines and followed by a dash or colon, or None.

    Only places found by the ``geo`` stage count; the place must be the first thing on
    its line (after spaces).
    """
    line_starts = []
    offset = 0
    for line in doc.text.split("\n"):
        if line.strip():
            line_starts.append((offset + len(line) - len(line.lstrip()), offset + len(line)))
        if len(line_starts) >= DATELINE_LINES:
            break
        offset += len(line) + 1
    for place in sorted(doc.places, key=lambda p: p.start):
        for start, end in line_starts:
            if (
                place.start == start
                and place.end <= end
                and _AFTER_PLACE.match(doc.text[place.end : end])
            ):
                return place
    return None
