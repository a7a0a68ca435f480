"""Pipeline stage ``geo``: find the places an article names and geocode them.

Names are matched on hadath's normalised form (`hadath.geo.match`), longest name first, and
each name may carry proclitics (و ف، ب ل ك، ال: "وبغداد", "لباريس", "في باريس").  A name shared
by several places ("طرابلس": Libya's capital or Lebanon's Tripoli) is given to the place whose
country the article otherwise talks about, else to the gazetteer's first choice.  A name
inside a longer actor mention is part of that actor's name ("هايكو ماس" is Heiko Maas, not
Haikou), so it is not a place; an actor mention that is exactly a place name ("العراق") is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import accumulate

from hadath.document import Document, PlaceMention
from hadath.geo.match import NameMatch, match_places
from hadath.geo.resources import Gazetteer, Place
from hadath.resources import Resources


def _choose(candidates: tuple[Place, ...], context: Counter[str], actor: str | None) -> Place:
    """The candidate of the actor's country when the name is also an actor mention (the
    actor dictionary codes a bare "عمان" as Amman, not Oman), else of the country the
    article otherwise talks about most."""
    if len(candidates) == 1:
        return candidates[0]
    # max() keeps the first of equals: the gazetteer's own order breaks ties.
    return max(candidates, key=lambda p: (p.country == actor, context.get(p.country or "", 0)))


class _LongerSpans:
    """Answers "is [start, end) inside a longer one of these spans?" without trying them all."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))  # furthest end so far

    def cover(self, start: int, end: int) -> bool:
        j = bisect_right(self.starts, start) - 1
        # Spans before j start no later; once none of them reaches `end`, none can cover.
        while j >= 0 and self.reach[j] >= end:
            s, e = self.spans[j]
            if e >= end and e - s > end - start:
                return True
            j -= 1
        return False


def _misplaced(text: str, matches: list[NameMatch], prepositions: frozenset[str]) -> set[int]:
    """Indices of the city names written inside a place of another country ("حي العامرية
    ببغداد": the preposition ب glued to the next name puts the first one in it).  The
    gazetteer then knows only a namesake elsewhere (El Amria, Algeria): the name is a
    neighbourhood it does not hold, and no place of the article."""
    out = set()
    for k in range(len(matches) - 1):
        here, container = matches[k], matches[k + 1]
        gap = text[here.end : container.start]
        if gap[:1] != " " or gap[1:] not in prepositions:
            continue
        countries = {p.country for p in container.candidates}
        if all(p.kind == "city" and p.country not in countries for p in here.candidates):
            out.add(k)
    return out


def find_places(doc: Document, res: Resources) -> Document:
    """Fill ``doc.places`` with every place name in ``doc.text`` (offsets into the text)."""
    gazetteer: Gazetteer = res.gazetteer
    norm = res.text.normalized(doc.text)
    matches = match_places(norm.text, gazetteer, res.text.clitics)
    if len(matches) > 1:
        prepositions = frozenset(form for form, _ in res.text.clitics.prepositions)
        misplaced = _misplaced(norm.text, matches, prepositions)
        matches = [m for k, m in enumerate(matches) if k not in misplaced]
    # (a place without a country is looked up as "" by `_choose`, never found)
    context: Counter[str] = Counter(
        country
        for m in matches
        if len(m.candidates) == 1 and (country := m.candidates[0].country) is not None
    )
    inside_actor = _LongerSpans([(a.start, a.end) for a in doc.actors])
    actor_country = {(a.start, a.end): a.country for a in doc.actors if a.country}
    places = []
    for m in matches:
        start, end = norm.to_original(m.start, m.end)
        if inside_actor.cover(start, end):
            continue
        place = _choose(m.candidates, context, actor_country.get((start, end)))
        places.append(
            PlaceMention(
                text=doc.text[start:end],
                start=start,
                end=end,
                name=place.name,
                name_ar=place.name_ar,
                geonameid=place.geonameid,
                country=place.country,
                lat=place.lat,
                lon=place.lon,
                sentence=doc.sentence_of(start),
                kind=place.kind,
            )
        )
    doc.places = places
    return doc
