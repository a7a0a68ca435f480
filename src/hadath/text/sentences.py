"""Sentence splitting that knows Arabic punctuation and news-page conventions.

Boundaries: a blank line; a line break, unless the line ends with a word or mark that
cannot end a sentence (a wrapped line "... الهادف الى" / "تعزيز ...", a dateline
"بغداد - الفرات:"); a run of terminators (. ! ? ؟ …) followed by a space, the end, or an
Arabic letter (pages often drop the space: "بالعراق.من جانبه").  Not boundaries: "،",
"؛", decimals (1.9), full stops inside Latin words or URLs, one-letter abbreviations
("د. محمد").  Closing quotes and brackets after a terminator stay with its sentence.
Over-long sentences are cut at a space or comma so no input yields a monster sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hadath.text.normalize import normalize_form

if TYPE_CHECKING:
    from hadath.text.resources import TextResources

_LINE_END_WORD = re.compile(r"([^\W\d_]+)\W*$")
_SPACE_OR_COMMA = re.compile(r"[\s,،]")


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def split_sentences(text: str, res_text: TextResources) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` spans of the sentences of `text`, in order.

    Spans are trimmed of surrounding whitespace and never overlap; a piece holding no
    letter or digit (a lone bullet or dash) is not a sentence.
    """
    rules = res_text.sentences
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    for match in res_text.sentence_boundary.finditer(text):
        pos = match.start()
        if pos < start:
            continue
        if match.group()[0] == "\n":
            line = text[start:pos].rstrip()
            if not line.strip():
                continue
            next_line_end = text.find("\n", match.end())
            next_line = text[match.end() : next_line_end if next_line_end >= 0 else length]
            paragraph_break = not next_line.strip()
            if not paragraph_break and _continues(
                line, rules.continuation_marks, rules.continuation_words
            ):
                continue
            _emit(text, start, pos, spans, rules.max_sentence_chars)
            start = match.end()
            continue
        end = match.end()
        while end < length and text[end] in rules.closers:
            end += 1
        if not _ends_sentence(
            text, match.start(), end, match.group(), rules.abbreviation_max_letters
        ):
            continue
        _emit(text, start, end, spans, rules.max_sentence_chars)
        start = end
    _emit(text, start, length, spans, rules.max_sentence_chars)
    return spans


def _continues(line: str, marks: str, words: frozenset[str]) -> bool:
    """Whether a line wraps into the next one instead of ending its sentence."""
    if line[-1] in marks:
        return True
    found = _LINE_END_WORD.search(line[-40:])
    return found is not None and line[-1].isalpha() and normalize_form(found.group(1)) in words


def _ends_sentence(text: str, at: int, end: int, run: str, abbreviation_letters: int) -> bool:
    nxt = text[end] if end < len(text) else ""
    if nxt and not (nxt.isspace() or _is_arabic_letter(nxt)):
        return False  # 1.9, example.com, "!)": not a boundary
    if run == ".":
        before = text[max(0, at - abbreviation_letters - 1) : at]
        if (
            before
            and before[-1].isalpha()
            and (len(before) <= abbreviation_letters or not before[0].isalpha())
        ):
            return False  # "د. محمد": a one-letter abbreviation
    return True


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]], limit: int) -> None:
    """Append the trimmed span (cut into pieces under `limit` characters) if it has words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > limit:
        cut = _cut_point(text, start, start + limit)
        _append(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    _append(text, start, end, spans)


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last space or comma before `limit` (past the middle), else `limit` itself."""
    window = text[start + (limit - start) // 2 : limit]
    ends = [found.end() for found in _SPACE_OR_COMMA.finditer(window)]
    if not ends:
        return limit
    return start + (limit - start) // 2 + ends[-1]


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))
