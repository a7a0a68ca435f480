"""Cutting a text into runs marked by overlapping labelled spans, for safe highlighting.

Pages never splice markup into article text: the text is cut at every span boundary and
each run is rendered as its own escaped element carrying the labels that cover it.  Spans
may overlap or nest (an actor inside an event's source, a date inside a sentence).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """A labelled span of a text, offsets relative to that text; `title` is a tooltip."""

    start: int
    end: int
    label: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    labels: tuple[str, ...]
    titles: tuple[str, ...]


def cut(text: str, marks: Iterable[Mark]) -> list[Run]:
    """`text` as consecutive runs; each run lists the labels of every mark covering it.

    Marks outside the text are clipped; empty or inverted marks are ignored.  Joining the
    runs' texts gives back `text` exactly.
    """
    usable = []
    for m in marks:
        start, end = max(0, m.start), min(len(text), m.end)
        if start < end:
            usable.append(Mark(start, end, m.label, m.title))
    bounds = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    runs: list[Run] = []
    for a, b in itertools.pairwise(bounds):
        covering = [m for m in usable if m.start <= a and b <= m.end]
        labels = tuple(dict.fromkeys(m.label for m in covering))
        titles = tuple(dict.fromkeys(m.title for m in covering if m.title))
        runs.append(Run(text[a:b], labels, titles))
    return runs


def runs_as_json(runs: list[Run]) -> list[dict[str, object]]:
    return [{"text": r.text, "labels": list(r.labels)} for r in runs]
