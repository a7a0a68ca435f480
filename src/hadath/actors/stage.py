"""The actors stage: fill `Document.actors` for the document's publication date."""

from __future__ import annotations

from typing import Any

from hadath.actors.match import find_actor_mentions
from hadath.document import Document


def find_actors(doc: Document, res: Any) -> Document:
    """Find, code and resolve the actors of `doc.text` as of `doc.published`.

    `res` is a `hadath.resources.Resources`; mentions get their sentence index when the text
    stage has split sentences (else -1).
    """
    mentions = find_actor_mentions(
        doc.text, doc.published, res.actors, norm=res.text.normalized(doc.text)
    )
    for mention in mentions:
        mention.sentence = doc.sentence_of(mention.start)
    doc.actors = mentions
    return doc
