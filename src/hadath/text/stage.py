"""The ``text`` stage: sentences and clitic-aware tokens of the cleaned body."""

from __future__ import annotations

from hadath.document import Document, Sentence
from hadath.resources import Resources
from hadath.text.sentences import split_sentences
from hadath.text.tokens import tokenize


def analyse_text(doc: Document, res: Resources) -> Document:
    """Fill ``doc.sentences`` (with tokens) from ``doc.text``; offsets index ``doc.text``."""
    text_res = res.text
    text = doc.text
    doc.sentences = [
        Sentence(index, start, end, text[start:end], tokenize(text, start, end, text_res))
        for index, (start, end) in enumerate(split_sentences(text, text_res))
    ]
    return doc
