"""Pipeline stage ``geo``: find the places an article names and geocode them.

Names are matched on hadath's normalised form, word by word, longest name first, and each
name may carry proclitics (و ف، ب ل ك، ال: "وبغداد", "لباريس", "في باريس").  A name shared
by several places ("طرابلس": Libya's capital or Lebanon's Tripoli) is given to the place whose
country the article otherwise talks about, else to the gazetteer's first choice.  A name
inside a longer actor mention is part of that actor's name ("هايكو ماس" is Heiko Maas, not
Haikou), so it is not a place; an actor mention that is exactly a place name ("العراق") is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from hadath.document import Document, PlaceMention
from hadath.geo.resources import Gazetteer, Place
from hadath.geo.variants import proclitic_variants
from hadath.resources import Resources
from hadath.text.normalize import normalize
from hadath.text.segment import CliticRules

_WORD = re.compile(r"[\u0621-\u064a0-9]+")
_JOINER = re.compile(r"^[ \-]+$")  # what may separate the words of one name
# A name reached by stripping clitics keeps at least this many letters, unless it names a
# country, a region or a capital: short leftovers of ordinary words ("ب+انه") are noise.
MIN_STRIPPED_LETTERS = 4


@dataclass(frozen=True, slots=True)
class _Match:
    start: int  # in normalised text
    end: int
    candidates: tuple[Place, ...]


def _prefix_length(word: str, variant: str) -> int:
    if word.endswith(variant):
        return len(word) - len(variant)
    return len(word) - len(variant) + 1  # "للعراق" read as ل + "العراق": the alef is implied


def _may_strip(variant: str, candidates: tuple[Place, ...]) -> bool:
    best = candidates[0]
    return len(variant) >= MIN_STRIPPED_LETTERS or best.kind != "city" or best.capital


def match_places(norm_text: str, gazetteer: Gazetteer, rules: CliticRules) -> list[_Match]:
    """Longest-first, non-overlapping name matches in a normalised text."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm_text)]
    matches: list[_Match] = []
    i = 0
    while i < len(words):
        found = None
        for n in range(min(gazetteer.max_words, len(words) - i), 0, -1):
            span = words[i : i + n]
            if any(not _JOINER.match(norm_text[a[1] : b[0]]) for a, b in pairwise(span)):
                continue
            rest = " ".join(w for _, _, w in span[1:])
            first = span[0][2]
            for variant in proclitic_variants(first, rules, strip_article=False):
                candidates = gazetteer.candidates(f"{variant} {rest}" if rest else variant)
                if candidates and (variant == first or rest or _may_strip(variant, candidates)):
                    start = span[0][0] + _prefix_length(first, variant)
                    found = _Match(start, span[-1][1], candidates)
                    break
            if found:
                i += n
                break
        if found:
            matches.append(found)
        else:
            i += 1
    return matches


def _choose(candidates: tuple[Place, ...], context: Counter[str]) -> Place:
    if len(candidates) == 1:
        return candidates[0]
    # max() keeps the first of equals: the gazetteer's own order breaks ties.
    return max(candidates, key=lambda p: context.get(p.country or "", 0))


def find_places(doc: Document, res: Resources) -> Document:
    """Fill ``doc.places`` with every place name in ``doc.text`` (offsets into the text)."""
    gazetteer: Gazetteer = res.gazetteer
    norm = normalize(doc.text)
    matches = match_places(norm.text, gazetteer, res.text.clitics)
    context: Counter[str] = Counter(
        m.candidates[0].country for m in matches if len(m.candidates) == 1
    )
    actor_spans = [(a.start, a.end) for a in doc.actors]
    places = []
    for m in matches:
        start, end = norm.to_original(m.start, m.end)
        if any(s <= start and end <= e and (e - s) > (end - start) for s, e in actor_spans):
            continue
        place = _choose(m.candidates, context)
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
