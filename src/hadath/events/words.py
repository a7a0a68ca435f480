"""The coder's view of a sentence: words with offsets and matching forms, and actor slots."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from hadath.document import ActorMention, Sentence
from hadath.text.normalize import normalize_form

_WORD = re.compile(r"\w+|[^\w\s]")
# Punctuation that ends a clause (quotation marks and guillemets do not).
CLAUSE_PUNCTUATION = frozenset(",;:.!?()[]،؛؟-\u2013\u2014")


class Word(Protocol):
    """One word of a sentence as the coder reads it: a text-layer `Token` as it is, or a
    `WordPiece` where a token had to be split (no copy of the many plain tokens is made)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...  # offset in Document.text
    @property
    def end(self) -> int: ...
    @property
    def norm(self) -> str: ...


class WordPiece(NamedTuple):
    """A word made by the coder: part of a token with glued punctuation, or a word of a
    sentence the text layer did not tokenise."""

    text: str
    start: int  # offset in Document.text
    end: int
    norm: str


@dataclass(frozen=True, slots=True)
class Slot:
    """An actor mention placed on the sentence's words: words ``first..last`` inclusive."""

    actor: ActorMention
    first: int
    last: int


def sentence_words(sentence: Sentence) -> list[Word]:
    """The words of `sentence`: its tokens when the text layer made them, else a regex split.

    Tokens that glue punctuation to a word are split so clause punctuation stays visible.
    """
    if sentence.tokens:
        words: list[Word] = []
        append = words.append
        plain = CLAUSE_PUNCTUATION.isdisjoint
        for tok in sentence.tokens:
            text = tok.text
            if len(text) > 1 and not plain(text):
                for m in _WORD.finditer(text):
                    piece = m.group()
                    append(
                        WordPiece(
                            piece, tok.start + m.start(), tok.start + m.end(), normalize_form(piece)
                        )
                    )
            elif tok.norm:
                append(tok)
            else:
                append(WordPiece(text, tok.start, tok.end, normalize_form(text)))
        return words
    return [
        WordPiece(
            m.group(),
            sentence.start + m.start(),
            sentence.start + m.end(),
            normalize_form(m.group()),
        )
        for m in _WORD.finditer(sentence.text)
    ]


def place_actors(words: list[Word], actors: list[ActorMention]) -> list[Slot]:
    """Map actor character spans to word index ranges; overlapping mentions keep the longest."""
    slots: list[Slot] = []
    for actor in sorted(actors, key=lambda a: (a.start, -(a.end - a.start))):
        first = next((i for i, w in enumerate(words) if w.end > actor.start), None)
        if first is None or words[first].start >= actor.end:
            continue
        last = first
        while last + 1 < len(words) and words[last + 1].start < actor.end:
            last += 1
        if slots and first <= slots[-1].last:
            continue
        slots.append(Slot(actor, first, last))
    return slots
