"""Find dictionary phrases in normalised text: clitic-tolerant boundaries, longest match wins.

A phrase matches when it is a whole word (or words) of the text, optionally preceded by
proclitics glued to its first word: a conjunction (و ف), a preposition (ب ل ك), and the
article ال (or لل after ل).  A match inside a longer word is rejected: the letters before it
must be exactly such a proclitic string, and the character after it must not be a letter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hadath.actors.model import (
    AGENT,
    ART_OPTIONAL,
    ART_REQUIRED,
    CAPITAL,
    COUNTERPART,
    COUNTRY,
    FIXED,
    NISBA,
    PEOPLE,
    PERSON,
    SURNAME,
    Phrase,
)

ARTICLE = "ال"
ARTICLE_AFTER_LAM = "لل"  # ل + ال with the alef unwritten
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
# proclitic string -> how many of its last letters the mention span keeps (the article).
PREFIXES: dict[str, int] = {}
for _c in _CONJ:
    for _p in _PREP:
        PREFIXES[_c + _p] = 0
        if _p == "ل":
            PREFIXES[_c + ARTICLE_AFTER_LAM] = 2  # ل + ال with the alef unwritten: keep both lams
        else:
            PREFIXES[_c + _p + ARTICLE] = 2
_LONGEST_PREFIX = max(len(p) for p in PREFIXES)

# When a key means several things, the first kind in this order is preferred.
KIND_PRIORITY = {
    k: i
    for i, k in enumerate(
        (PERSON, FIXED, COUNTERPART, AGENT, COUNTRY, CAPITAL, PEOPLE, NISBA, SURNAME)
    )
}


def fold_spaces(text: str) -> str:
    """Line breaks and tabs as plain spaces (one for one, so offsets are unchanged).

    ``str.replace`` runs at memory speed where ``str.translate`` looks up every character.
    """
    for char in "\n\t\r\f\v":
        if char in text:
            text = text.replace(char, " ")
    return text


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase match in normalised text: [start, end) includes the article, not ``و``/``ب``."""

    start: int
    end: int
    phrases: tuple[Phrase, ...]  # candidates for this span, best kind first
    kind: str  # the best kind: phrases[0].kind, read often enough to be stored


def is_definite(text: str, start: int) -> bool:
    """Whether the hit starting at `start` of `text` begins with the article (which its
    span keeps: "الجيش", "للجيش")."""
    return text.startswith(ARTICLE, start) or text.startswith(ARTICLE_AFTER_LAM, start)


def _accepts(phrase: Phrase, article: int) -> bool:
    if phrase.article == ART_OPTIONAL:
        return True
    return (article > 0) == (phrase.article == ART_REQUIRED)


# The automaton's value for a key: its length, and for each number of article letters a
# proclitic string leaves before it (a value of `PREFIXES`) the key's phrases that accept
# that, best kind first.
Readings = tuple[int, Mapping[int, tuple[Phrase, ...]]]


def readings(key: str, phrases: Sequence[Phrase]) -> Readings:
    """The automaton value of `key` meaning `phrases` (in dictionary order), decided once
    at load time so that scanning only looks it up."""
    ranked = sorted(phrases, key=lambda p: KIND_PRIORITY[p.kind])  # stable: keeps order
    by_article = {a: tuple(p for p in ranked if _accepts(p, a)) for a in set(PREFIXES.values())}
    return len(key), by_article


def scan(text: str, automaton: object) -> list[Hit]:
    """Every whole-word phrase match of `text` (normalised, whitespace folded), in the
    order of their ends; the automaton's values are `readings`."""
    hits: list[Hit] = []
    n = len(text)
    prefixes = PREFIXES
    for last, (length, by_article) in automaton.iter(text):  # type: ignore[attr-defined]
        stop = last + 1
        if stop < n and text[stop].isalpha():
            continue
        start = stop - length
        word = start
        while word > 0 and text[word - 1].isalpha() and start - word <= _LONGEST_PREFIX:
            word -= 1
        article = prefixes.get(text[word:start])
        if article is None:
            continue
        kept = by_article[article]
        if kept:
            hits.append(Hit(start - article, stop, kept, kept[0].kind))
    return hits


def longest(hits: list[Hit], size: int) -> list[Hit]:
    """Non-overlapping hits, longer first (earlier first among equals), in text order.

    `size` is the length of the scanned text (an occupancy map keeps this linear).
    """
    order = sorted(hits, key=lambda h: (h.start - h.end, h.start))
    taken = bytearray(size)
    chosen: list[Hit] = []
    for hit in order:
        if taken.find(1, hit.start, hit.end) != -1:
            continue
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        chosen.append(hit)
    chosen.sort(key=lambda h: h.start)
    return chosen
