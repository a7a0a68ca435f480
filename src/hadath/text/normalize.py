"""Arabic matching form, with a map from every normalised offset back to the original.

The matching form folds what Arabic newsrooms write inconsistently: diacritics and tatweel
are dropped; alef variants (أ إ آ ٱ) become ا; alef maqsura ى becomes ي; ta marbuta ة becomes
ه; hamza seats ؤ ئ become و ي; Arabic-Indic and Persian digits become ASCII digits;
Arabic punctuation becomes its Latin twin.  Dropping characters is what makes the offset map
necessary: ``offsets[i]`` is the index in the original string of normalised character ``i``
and ``offsets[len(norm)]`` is ``len(original)``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

# Code points dropped from the matching form: harakat, superscript alef, Quranic marks,
# tatweel, and invisible format controls (ZWJ/ZWNJ, bidi marks and overrides, BOM).
_DROPPED = [
    *range(0x064B, 0x0660),
    0x0670,
    0x0640,
    *range(0x06D6, 0x06DD),
    *range(0x06DF, 0x06E9),
    *range(0x06EA, 0x06EE),
    *(0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
]

_FOLDED: dict[int, str] = {
    0x0622: "\u0627",
    0x0623: "\u0627",
    0x0625: "\u0627",
    0x0671: "\u0627",
    0x0672: "\u0627",
    0x0673: "\u0627",
    0x0649: "\u064a",
    0x06CC: "\u064a",
    0x0629: "\u0647",
    0x0624: "\u0648",
    0x0626: "\u064a",
    0x06A9: "\u0643",
    0x060C: ",",
    0x061B: ";",
    0x061F: "?",
    0x066A: "%",
    0x066B: ".",
    0x066C: ",",
    0x06D4: ".",
    0x00AB: '"',
    0x00BB: '"',
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x2018: "'",
    0x2019: "'",
    0x2013: "-",
    0x2014: "-",
    0x00A0: " ",
    0x2009: " ",
    0x202F: " ",
    0x3000: " ",
}
_FOLDED.update({0x0660 + d: str(d) for d in range(10)})  # Arabic-Indic digits
_FOLDED.update({0x06F0 + d: str(d) for d in range(10)})  # Persian digits

_TABLE: dict[int, str | None] = {cp: None for cp in _DROPPED}
_TABLE.update(_FOLDED)
# The translation table of the matching form, for callers folding many short strings.
# A tuple indexed by code point (not a dict): str.translate then finds every character of
# the Basic Multilingual Plane without a failed-lookup exception, about twice as fast on
# Arabic text.  Characters beyond it are not in the table and so are kept.
FOLD_TABLE: tuple[int | str | None, ...] = tuple(_TABLE.get(cp, cp) for cp in range(0x10000))
_DROPPED_RUN = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _DROPPED) + "]+")


class OffsetMap(Sequence[int]):
    """``offsets[i]``: the original index of normalised character ``i`` (and the end).

    Stored as the points where dropped runs shift the map, not one integer per character:
    building it costs one scan for dropped runs, and lookups bisect over the shifts.
    """

    __slots__ = ("_length", "_points", "_shifts")

    def __init__(self, length: int, points: list[int], shifts: list[int]) -> None:
        self._length = length  # len(normalised) + 1
        self._points = points  # normalised offsets from which the shift grows, ascending
        self._shifts = shifts  # characters dropped before each point

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        found = bisect_right(self._points, index)
        return index + self._shifts[found - 1] if found else index


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string and, for each of its offsets, the offset in the original."""

    text: str
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to a span of the original.

        The end maps to just after the last original character that produced the span, so
        dropped diacritics after the last letter are not included.
        """
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize_form(text: str) -> str:
    """The matching form of `text` (no offset map); used for dictionary keys."""
    return text.translate(FOLD_TABLE)


def normalize(text: str) -> NormalizedText:
    """The matching form of `text` with its offset map back into `text`."""
    norm = text.translate(FOLD_TABLE)
    points: list[int] = []
    shifts: list[int] = []
    if len(norm) != len(text):
        # Dropped characters are rare (marks, tatweel, controls): one map point per run.
        dropped = 0
        for run in _DROPPED_RUN.finditer(text):
            dropped += run.end() - run.start()
            points.append(run.end() - dropped)
            shifts.append(dropped)
    return NormalizedText(norm, OffsetMap(len(norm) + 1, points, shifts))
