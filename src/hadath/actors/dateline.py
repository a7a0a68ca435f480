"""Datelines and agency bylines: place and agency names that only say where a report is from.

"عمان - رويترز: قال ..." and "... (أ ف ب)" name Amman and Reuters, but neither acts in the
story.  Such mentions are not actors.  The rules look only at punctuation around a mention,
so they need no word lists:

* an agency (a MED actor) in brackets, anywhere: "(رويترز)";
* an agency right after a dash near the start of a line: "أبوجا - رويترز:";
* a place (country or capital alone) right before a dash or a bracketed agency, at most
  three words into a line: "نيقوسيا - ...", "* دكار - ...", "باريس (أ ف ب) - ...".

A capital after a preposition ("في باريس") stays an actor: whether it is a place or an
agent (metonymy for the government) is the event coder's decision.
"""

from __future__ import annotations

DASHES = ("-", "–", "—")  # not the tatweel ـ, which follows ل in "لـ«رويترز»"
OPENING = ("(", "[")
CLOSING = (")", "]")
# How far into a line a dateline may reach, in characters and in words before the place.
DATELINE_REACH = 40
DATELINE_WORDS = 3


def _ends_with_dash(before: str) -> bool:
    return before.endswith(DASHES) and (len(before) == 1 or not before[-2].isalpha())


def is_dateline(text: str, start: int, end: int, *, media: bool) -> bool:
    """Whether the mention `text[start:end]` is a dateline place (``media=False``) or an
    agency byline (``media=True``) rather than an actor of the story."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    before = text[max(line_start, start - 8) : start].rstrip()
    after = text[end : end + 4].lstrip(" \t")
    if media:
        if before.endswith(OPENING) and after.startswith(CLOSING):
            return True
        return len(head) <= DATELINE_REACH and _ends_with_dash(before)
    return (
        after.startswith(DASHES + OPENING)
        and len(head) <= DATELINE_REACH
        and len(head.split()) <= DATELINE_WORDS
    )
