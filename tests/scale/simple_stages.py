"""A small stand-in pipeline for the batch machinery tests (importable on Dask workers).

It does not depend on the language stages: it copies the article into ``text``, splits
sentences at full stops and codes one made-up event per sentence holding a marker word,
which is enough to check that shards carry documents, layers and events faithfully.
"""

from __future__ import annotations

from hadath.document import ActorMention, Document, Event, EventDate, Sentence, Span
from hadath.errors import ErrorCode, HadathError
from hadath.pipeline import NamedStage
from hadath.resources import Resources

MARKER = "MEET"
FAIL = "FAILME"
SKIP = "SKIPME"


def copy_text(doc: Document, res: Resources) -> Document:
    if FAIL in doc.raw.content:
        raise ValueError("asked to fail")
    if SKIP in doc.raw.content:
        doc.skip_reason = str(HadathError(ErrorCode.E015, path=doc.source))
        return doc
    doc.text = doc.raw.content
    doc.language = "ar"
    start = 0
    for part in doc.text.split("."):
        end = start + len(part)
        if part.strip():
            doc.sentences.append(Sentence(len(doc.sentences), start, end, part))
        start = end + 1
    return doc


def mark_events(doc: Document, res: Resources) -> Document:
    for sentence in doc.sentences:
        at = sentence.text.find(MARKER)
        if at < 0:
            continue
        begin = sentence.start + at
        source = ActorMention("A", sentence.start, sentence.start + 1, "FRAGOV", "FRA", "GOV")
        doc.actors.append(source)
        doc.events.append(
            Event(
                id=f"{doc.id}-{sentence.index}",
                doc_id=doc.id,
                sentence=sentence.index,
                cameo="040",
                cameo_root="04",
                plover="CONSULT",
                quad_class=1,
                goldstein=1.0,
                source=source,
                target=None,
                trigger=Span(MARKER, begin, begin + len(MARKER)),
                date=EventDate("2023-11-14", "day", "publication"),
                confidence=0.5,
                coder="test",
            )
        )
    return doc


SIMPLE_STAGES = [NamedStage("copy", copy_text), NamedStage("mark", mark_events)]
