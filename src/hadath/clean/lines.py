"""Line classifier for already-scraped plain text: article body vs. page furniture.

Walks the lines once, in order, with three states: the head (before the headline or
lede), the body, and the tail (after a line that closes an article: source line, tags,
related articles, newsletter, agency byline, a second page header).  Furniture rules come
from ``data/text/furniture.yaml``; every removed line is kept with its reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hadath.document import RemovedLine
from hadath.text.normalize import NormalizedText, normalize, normalize_form
from hadath.time.find import find_date_mentions

if TYPE_CHECKING:
    from hadath.text.resources import FurnitureRule, TextResources
    from hadath.time.resources import Calendar

_ARABIC = re.compile(r"[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●*\-–]|\d{1,2}[.)\-])\s")
_TERMINAL = ".!?؟…:"


@dataclass(slots=True)
class CleanedLines:
    """What the classifier kept and what it removed, plus page metadata it found."""

    kept: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)
    removed: list[RemovedLine] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


def classify_lines(
    lines: list[str],
    tres: TextResources,
    calendar: Calendar,
    line_numbers: list[int] | None = None,
    outlet_known: bool = False,
) -> CleanedLines:
    """Split `lines` into body and furniture; see the module docstring for the states.

    With `outlet_known` (the caller already has the outlet) the body is not searched for
    one: `outlet` is then only what the page furniture names.
    """
    out = CleanedLines()
    numbers = line_numbers if line_numbers is not None else list(range(len(lines)))
    body_started = False  # the headline or the first paragraph has been kept
    lede_started = False  # a paragraph (not a headline-like line) has been kept
    tail_reason: str | None = None
    in_block = False
    for number, raw in zip(numbers, lines, strict=True):
        line = raw.strip()
        if not line:
            if body_started and tail_reason is None:
                out.kept.append((number, ""))
            continue
        if tail_reason is not None:
            out.removed.append(RemovedLine(line, tail_reason, number))
            continue
        # One matching form per line serves both the date header check and the rules.
        folded = normalize_form(line)
        form = " ".join(folded.split())
        words = form.count(" ") + 1 if form else 0
        header = _date_header(line, folded, tres, calendar)
        if header is not None:
            cut, value = header
            if body_started:
                tail_reason = "another-article"
                out.removed.append(RemovedLine(line, tail_reason, number))
                continue
            out.removed.append(RemovedLine(line[:cut].strip(), tres.header_reason, number))
            out.published = out.published or value
            line = line[cut:].strip()
            if not line:
                continue
            form = " ".join(normalize_form(line).split())
            words = len(form.split())
        rule, found = _furniture(form, words, tres.furniture)
        if rule is not None:
            out.removed.append(RemovedLine(line, rule.reason, number))
            outlet = found.groupdict().get("outlet") if found else None
            if outlet:
                out.outlet = out.outlet or _original_tail(line, outlet)
            if rule.effect == "tail" and body_started:
                tail_reason = f"after-{rule.reason}"
            in_block = rule.effect == "block"
            continue
        if in_block:
            if _BULLET.match(line) or (words <= tres.title_max_words and line[-1] not in _TERMINAL):
                out.removed.append(RemovedLine(line, "read-also", number))
                continue
            in_block = False
        if not _ARABIC.search(line) and (_LETTER.search(line) or not body_started):
            out.removed.append(RemovedLine(line, "non-arabic", number))
            continue
        if not lede_started:
            # Between the page top and the first paragraph: page dates, site names, the
            # headline and what follows it (subtitle, dateline, "outlet - date" line).
            page_date = _page_date_line(line, words, calendar)
            if page_date is not None:
                value, outlet = page_date
                out.removed.append(RemovedLine(line, "page-date", number))
                out.published = out.published or value
                if outlet and not out.outlet:
                    out.outlet = outlet
                continue
            if not body_started and words <= tres.head_max_words:
                out.removed.append(RemovedLine(line, "page-header", number))
                continue
            headline_like = (
                tres.title_min_words <= words <= tres.title_max_words and line[-1] not in _TERMINAL
            )
            if headline_like and not body_started:
                out.title = line
            lede_started = body_started and not headline_like and words > tres.head_max_words
            lede_started = lede_started or (not headline_like and words > tres.title_max_words)
            body_started = True
        out.kept.append((number, line))
    while out.kept and not out.kept[-1][1]:
        out.kept.pop()
    if out.outlet is None and not outlet_known:
        out.outlet = _outlet_from_body([line for _, line in out.kept if line], tres)
    return out


def _outlet_from_body(body: list[str], tres: TextResources) -> str | None:
    """The outlet named by the body itself (dateline, "X من لندن:", 'حصلت "X" عليه').

    Clues are tried in data-file order; each looks at the first lines (lede) or all of
    them.  The name comes back in the line's own spelling.
    """
    # Each line is normalised once, when a clue first looks at it, not once per clue.
    normalized: list[NormalizedText] = []
    for clue in tres.outlet_clues:
        count = len(body[: tres.outlet_lede_lines]) if clue.scope == "lede" else len(body)
        for index in range(count):
            line = body[index]
            if index == len(normalized):
                normalized.append(normalize(line))
            norm = normalized[index]
            found = clue.pattern.search(norm.text)
            if found:
                start, end = norm.to_original(*found.span("outlet"))
                # Tatweel only stretches letters for display: not part of the name.
                name = " ".join(line[start:end].replace("\u0640", "").split()).strip(" \"'«»“”")
                if name:
                    return name
    return None


def _furniture(
    form: str, words: int, rules: tuple[FurnitureRule, ...]
) -> tuple[FurnitureRule | None, re.Match[str] | None]:
    for rule in rules:
        if rule.max_words is not None and words > rule.max_words:
            continue
        found = rule.pattern.search(form)
        if found:
            return rule, found
    return None, None


def _original_tail(line: str, folded_tail: str) -> str:
    """The original-spelling end of `line` matching a folded group (for outlet names)."""
    norm = normalize(line)
    at = norm.text.rfind(folded_tail.strip())
    if at < 0:
        return folded_tail.strip()
    start, end = norm.to_original(at, at + len(folded_tail.strip()))
    return line[start:end].strip()


def _date_header(
    line: str, folded: str, tres: TextResources, calendar: Calendar
) -> tuple[int, str] | None:
    """A leading "آخر تحديث: <date> [- <time>]": (end of it in `line`, ISO date).

    `folded` is ``normalize_form(line)``, computed once by the caller; the offset map is
    built only for the rare line that starts with the label.
    """
    label = tres.header_label.match(folded)
    if not label:
        return None
    after = normalize(line).to_original(0, label.end())[1] if label.end() else 0
    mentions = find_date_mentions(line[after : after + 80], None, calendar)
    if (
        not mentions
        or mentions[0].precision != "day"
        or line[after : after + mentions[0].start].strip()
    ):
        return None
    cut = after + mentions[0].end
    rest = normalize(line[cut:])
    clock = tres.header_time.match(rest.text)
    if clock and clock.end():
        cut += rest.to_original(0, clock.end())[1]
    return cut, mentions[0].value


def _page_date_line(line: str, words: int, calendar: Calendar) -> tuple[str, str | None] | None:
    """A head line that is a date, maybe with the outlet ("صحيفة الفرات - الأربعاء 15 ...")."""
    if words > 12:
        return None
    mentions = find_date_mentions(line, None, calendar)
    if not mentions or mentions[0].precision != "day":
        return None
    first = mentions[0]
    before = line[: first.start].strip(" -–|،,/")
    after = line[first.end :].strip(" -–|،,/")
    if len(after.split()) > 2 or len(before.split()) > 4:
        return None
    return first.value, before or None


def base_date(value: str | None) -> dt.date | None:
    """An ISO date string as a `date`, or None."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
