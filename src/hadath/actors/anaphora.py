"""Definite head anaphora: "المركز" after "مركز الملك سلمان للإغاثة", "الجماعة" after
"جماعة الحوثي", "البرنامج" after "برنامج الأغذية العالمي".

News names an organisation once in full and then refers to it by the head noun of its name
with the article.  A name whose first word is an indefinite construct head (two words or
more, the first without the article) makes that head, with the article, a reference to it
for the rest of the text; each reference goes to the latest such name before it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from hadath.actors.scan import ARTICLE, PREFIXES

T = TypeVar("T")
# Proclitic strings ending in the article (ال، وال، بال، لل ...), as the scanner reads them.
_ARTICLE_PREFIXES = tuple(p for p, keep in PREFIXES.items() if keep == len(ARTICLE))
# A head noun shorter than this is too ambiguous to refer back (ال + two letters).
MIN_HEAD = 3


@dataclass(frozen=True, slots=True)
class Antecedent(Generic[T]):
    """A name that later references may point back to."""

    head: str  # the first word of the name, e.g. "مركز"
    end: int  # where the name ends in the scanned text
    coded: T  # what a reference to it is coded as


def construct_head(surface: str) -> str | None:
    """The head noun of a multi-word name that is not definite ("جماعة الحوثي" -> "جماعة");
    None for one-word or definite names ("الأمم المتحدة")."""
    words = surface.split()
    if len(words) < 2 or words[0].startswith(ARTICLE) or len(words[0]) < MIN_HEAD:
        return None
    return words[0]


def _free(start: int, end: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether [start, end) overlaps none of the sorted, non-overlapping `spans`."""
    k = bisect_left(starts, end) - 1  # the last span starting before `end`
    return k < 0 or spans[k][1] <= start


def head_anaphora(
    text: str, antecedents: Sequence[Antecedent[T]], taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, T]]:
    """References ``(start, end, coded)`` in `text` to `antecedents` (in text order).

    A reference is the article and an antecedent's head as a whole word, maybe after a
    proclitic (والجماعة، للمركز); the span keeps the article, as actor spans do.  It must
    follow its antecedent and overlap none of the `taken` spans (other actors, which do
    not overlap each other).  Cost: one search per head and proclitic, then a bisection per
    reference.
    """
    out: list[tuple[int, int, T]] = []
    spans = sorted(taken)
    span_starts = [a for a, _ in spans]
    for head in {a.head for a in antecedents}:
        named = [a for a in antecedents if a.head == head]
        ends = [a.end for a in named]
        for prefix in _ARTICLE_PREFIXES:
            form = prefix + head
            at = text.find(form, named[0].end)
            while at >= 0:
                end = at + len(form)
                before_ok = at == 0 or not text[at - 1].isalnum()
                after_ok = end == len(text) or not text[end].isalnum()
                start = at + len(prefix) - len(ARTICLE)
                if before_ok and after_ok and _free(start, end, spans, span_starts):
                    latest = bisect_right(ends, start) - 1
                    if latest >= 0:
                        out.append((start, end, named[latest].coded))
                at = text.find(form, end)
    out.sort(key=lambda r: r[0])
    return out
