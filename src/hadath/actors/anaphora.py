"""Definite head anaphora: "المركز" after "مركز الملك سلمان للإغاثة", "الجماعة" after
"جماعة الحوثي", "البرنامج" after "برنامج الأغذية العالمي"; and the country of a bare
definite agent: "الحكومة" after "الحكومة العراقية".

News names an organisation once in full and then refers to it by the head noun of its name
with the article.  A name whose first word is an indefinite construct head (two words or
more, the first without the article) makes that head, with the article, a reference to it
for the rest of the text; each reference goes to the latest such name before it.

An agent is likewise named once with its country ("الجيش الإسرائيلي") and then written bare
with the article ("الجيش"): the bare agent is that country's (`AgentCountries`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from hadath.actors.group import Group
from hadath.actors.model import AGENT
from hadath.actors.scan import ARTICLE, ARTICLE_AFTER_LAM, PREFIXES, is_definite

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


@dataclass(slots=True)
class AgentCountries:
    """The actors with a country the text has named so far, by sector, for a bare definite
    agent written later ("الجيش" after "الجيش الإسرائيلي", "الحكومة" after "الحكومة
    العراقية"): names are compared in their article form, "للجيش" as "الجيش"."""

    reach: int  # how far back (in characters) the latest naming always counts
    # sector -> (name with a space after it, country, end) in text order
    seen: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)

    def record(self, name: str, sector: str, country: str, end: int) -> None:
        """Note that the text named `name`, of `sector` and `country`, ending at `end`."""
        self.seen.setdefault(sector, []).append((definite_form(name) + " ", country, end))

    def bare_country(self, folded: str, group: Group, sector: str) -> str | None:
        """The country of `group` (in `folded` text) when it is a bare agent with the
        article and no definite word after it (an adjective the dictionary lacks may
        name it: "القوات الأطلسية"), from the earlier names (`country_of`); else None."""
        agent = group.agent
        if agent is None or agent.kind != AGENT or group.partitive:
            return None
        if group.place or group.name or group.fixed or agent.phrases[0].compose == "of":
            return None  # "عناصر الجيش": the agent is counted out of what follows
        after = folded[group.end : group.end + 12].lstrip()
        if not is_definite(folded, agent.start) or is_definite(after, 0):
            return None
        return self.country_of(folded[agent.start : agent.end], sector, agent.start)

    def country_of(self, bare: str, sector: str, start: int) -> str | None:
        """The country of the bare agent `bare` of `sector` at `start`, from the earlier
        names of that sector that begin with its words: that of the latest when it ends
        at most `reach` before; else the one country they share (news names its
        government once); None when they have several or there are none."""
        words = definite_form(bare) + " "
        earlier = [
            (country, end)
            for name, country, end in self.seen.get(sector, ())
            if end <= start and name.startswith(words)
        ]
        if not earlier:
            return None
        country, end = earlier[-1]
        if start - end <= self.reach:
            return country
        return country if len({c for c, _ in earlier}) == 1 else None


def definite_form(name: str) -> str:
    """`name` with a leading "لل" written as the article it holds ("للجيش" -> "الجيش")."""
    if name.startswith(ARTICLE_AFTER_LAM):
        return ARTICLE + name[len(ARTICLE_AFTER_LAM) :]
    return name
