"""Builds a test database from the hand-written corpus in ``data/corpus.yaml``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import yaml

from hadath.document import (
    ActorMention,
    DateMention,
    Document,
    Event,
    EventDate,
    Location,
    PlaceMention,
    RawDoc,
    RemovedLine,
    Sentence,
    Span,
)
from hadath.store import StoreWriter, open_database

CORPUS = Path(__file__).parent / "data" / "corpus.yaml"


def _find(sentence: Sentence, surface: str) -> tuple[int, int]:
    at = sentence.text.find(surface)
    assert at >= 0, f"{surface!r} not in sentence {sentence.index}"
    return sentence.start + at, sentence.start + at + len(surface)


def build_document(spec: dict[str, Any]) -> Document:
    raw = RawDoc(
        source=spec["source"],
        kind="text",
        content=spec["text"],
        title=spec["title"],
        url=spec.get("url"),
        outlet=spec["outlet"],
        published=spec["published"],
    )
    doc = Document.from_raw(raw)
    doc.text, doc.language = spec["text"], "ar"
    doc.removed = [RemovedLine(**r) for r in spec.get("removed", [])]
    offset = 0
    for index, line in enumerate(spec["text"].split("\n")):
        doc.sentences.append(Sentence(index, offset, offset + len(line), line))
        offset += len(line) + 1
    actors: dict[tuple[int, str], ActorMention] = {}
    for s in doc.sentences:
        for surface, code, country, sector, name_en in spec.get("actors", []):
            if surface in s.text:
                start, end = _find(s, surface)
                mention = ActorMention(
                    surface, start, end, code, country, sector, None, name_en, s.index
                )
                actors[(s.index, surface)] = mention
                doc.actors.append(mention)
        for surface, name, name_ar, country, lat, lon in spec.get("places", []):
            if surface in s.text:
                start, end = _find(s, surface)
                doc.places.append(
                    PlaceMention(
                        surface, start, end, name, name_ar, None, country, lat, lon, s.index
                    )
                )
        for surface, value, precision in spec.get("dates", []):
            if surface in s.text:
                start, end = _find(s, surface)
                doc.dates.append(
                    DateMention(surface, start, end, value, precision, "explicit", "test", s.index)
                )
    places = {p.text: p for p in doc.places}
    for n, e in enumerate(spec.get("events", [])):
        s = doc.sentences[e["sentence"]]
        start, end = _find(s, e["trigger"])
        place = places.get(e.get("place", ""))
        location = (
            Location(place.name, place.name_ar, None, place.country, place.lat, place.lon)
            if place
            else None
        )
        precision = "day" if len(e["date"]) == 10 else "month"
        doc.events.append(
            Event(
                id=f"{doc.id}-{n}",
                doc_id=doc.id,
                sentence=s.index,
                cameo=e["cameo"],
                cameo_root=e["cameo"][:2],
                plover=e["plover"],
                quad_class=e["quad"],
                goldstein=e["goldstein"],
                source=actors[(s.index, e["source"])],
                target=actors[(s.index, e["target"])],
                trigger=Span(e["trigger"], start, end),
                date=EventDate(e["date"], precision, "explicit"),
                location=location,
                confidence=0.9,
                coder="test",
            )
        )
    return doc


def load_specs(path: Path = CORPUS) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]


def build_database(path: Path) -> list[Document]:
    """Write the test corpus into a new database at `path`; returns the documents."""
    conn: sqlite3.Connection = open_database(path)
    try:
        writer = StoreWriter(conn)
        docs = [build_document(spec) for spec in load_specs()]
        for doc in docs:
            writer.write(doc)
    finally:
        conn.close()
    return docs


def plain_stage(doc: Document, res: object) -> Document:
    """A stand-in pipeline stage for tests of the web layer, not of coding: the body as
    text, one sentence per line, and one event from the first to the last word of the
    first sentence with the second word as trigger, so hostile text reaches every place a
    page shows article text (title, sentence, trigger, actors)."""
    doc.text = doc.raw.content
    offset = 0
    for index, line in enumerate(doc.text.split("\n")):
        doc.sentences.append(Sentence(index, offset, offset + len(line), line))
        offset += len(line) + 1
    first = doc.sentences[0]
    words = first.text.split(" ")
    if len(words) >= 3:

        def at(word_index: int) -> tuple[int, int]:
            start = first.start + sum(len(w) + 1 for w in words[:word_index])
            return start, start + len(words[word_index])

        (s0, s1), (t0, t1), (o0, o1) = at(0), at(1), at(len(words) - 1)
        source = ActorMention(doc.text[s0:s1], s0, s1, "AAAGOV", "AAA", "GOV", None, None, 0)
        target = ActorMention(doc.text[o0:o1], o0, o1, "BBBGOV", "BBB", "GOV", None, None, 0)
        doc.actors += [source, target]
        doc.events.append(
            Event(
                id=f"{doc.id}-0",
                doc_id=doc.id,
                sentence=0,
                cameo="042",
                cameo_root="04",
                plover="CONSULT",
                quad_class=1,
                goldstein=1.9,
                source=source,
                target=target,
                trigger=Span(doc.text[t0:t1], t0, t1),
                date=EventDate(doc.published or "2021-01-01", "day", "publication"),
                confidence=0.5,
                coder="test",
            )
        )
    return doc


def plain_pipeline() -> object:
    from hadath.pipeline import NamedStage, Pipeline
    from hadath.resources import Resources

    return Pipeline(Resources(), stages=[NamedStage("plain", plain_stage)])
