"""Pipeline stage ``events``: code every sentence of the document."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from hadath.document import ActorMention, Document
from hadath.events.coder import UNKNOWN_ACTOR_CODE
from hadath.events.trigger import SentenceContext
from hadath.events.words import Word, place_actors, read_sentence
from hadath.resources import Resources


def code_events(doc: Document, res: Resources) -> Document:
    """Fill ``doc.events`` from ``doc.sentences`` and ``doc.actors``.

    Negated events are dropped unless ``options.include_negated``; events below
    ``options.min_confidence`` are dropped.  Event ids are stable for the same text.
    """
    options = res.options
    coder = res.event_coder
    by_sentence: dict[int, list[ActorMention]] = {}
    for actor in doc.actors:
        index = actor.sentence if actor.sentence >= 0 else doc.sentence_of(actor.start)
        by_sentence.setdefault(index, []).append(actor)
    dated: dict[int, list[tuple[int, int]]] = {}
    for date in doc.dates:
        index = date.sentence if date.sentence >= 0 else doc.sentence_of(date.start)
        dated.setdefault(index, []).append((date.start, date.end))
    events = []
    previous: ActorMention | None = None
    for sentence in doc.sentences:
        actors = by_sentence.get(sentence.index, [])
        words, norms = read_sentence(sentence)
        spans = dated.get(sentence.index)
        date_words = _words_within(words, spans) if spans else frozenset()
        ctx = SentenceContext(
            sentence.index, words, place_actors(words, actors), previous, norms, date_words
        )
        coded = coder.code_sentence(doc.id, ctx)
        for event in coded:
            if event.negated and not options.include_negated:
                continue
            if event.confidence < options.min_confidence:
                continue
            events.append(event)
        known = [e.source for e in coded if e.source.code != UNKNOWN_ACTOR_CODE]
        if known:
            previous = known[0]
        elif actors:
            previous = min(actors, key=lambda a: a.start)
    doc.events = events
    return doc


def _words_within(words: Sequence[Word], spans: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of the `words` (in text order) that start inside one of `spans`."""
    starts = [w.start for w in words]
    return frozenset(
        i for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))
    )
