"""The coder's view of a sentence: words with offsets and matching forms, and actor slots."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple, Protocol

from hadath.document import ActorMention, Sentence
from hadath.text.normalize import normalize_form

# Letters with their diacritics and tatweel, as the text layer's tokens hold them (a mark is
# not \w: without the class a tanwin would become a word of its own).
_WORD = re.compile(
    r"(?:\w|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d])+|[^\w\s]"
)
# Punctuation that ends a clause (quotation marks and guillemets do not).
CLAUSE_PUNCTUATION = frozenset(",;:.!?()[]،؛؟-\u2013\u2014")
# The comma, Latin and Arabic: sets off dates, places and titles inside a clause.
COMMAS = frozenset({",", "\u060c"})
# The tanwin marks (fathatan, dammatan, kasratan): a word written with one is a noun or an
# adverb, never a verb (فجراً is "at dawn", not فجّرا "the two bombed").
TANWIN = frozenset("\u064b\u064c\u064d")
# The tanwin of the accusative: a word written with it after a verb is its object.
FATHATAN = "\u064b"
# The damma: written on the first letter of a past verb, it marks the passive (قُتل).
DAMMA = "\u064f"
_TEXT, _NORM = attrgetter("text"), attrgetter("norm")
_START, _END = attrgetter("start"), attrgetter("end")


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
    return read_sentence(sentence)[0]


def read_sentence(sentence: Sentence) -> tuple[list[Word], list[str]]:
    """The words of `sentence` (as `sentence_words` gives them) and their matching forms."""
    tokens = sentence.tokens
    if tokens:
        norms = list(map(_NORM, tokens))
        if (
            "" not in norms
            and _unglued(list(map(_TEXT, tokens)))
            and (":" not in norms or not _clock_time(norms))
        ):
            return list(tokens), norms  # the usual case, decided in C
    words = _join_clock_times(_split_words(sentence))
    return words, list(map(_NORM, words))


def _clock_time(norms: list[str]) -> bool:
    """Whether the words hold a time of day written with a colon (6:00)."""
    return any(
        norm == ":" and 0 < k < len(norms) - 1 and norms[k - 1].isdigit() and norms[k + 1].isdigit()
        for k, norm in enumerate(norms)
    )


def _join_clock_times(words: list[Word]) -> list[Word]:
    """`words` with each time of day written with a colon (6:00، 1:30) made one word: that
    colon ends no clause."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        if (
            k + 2 < len(words)
            and words[k + 1].norm == ":"
            and w.norm.isdigit()
            and words[k + 2].norm.isdigit()
            and w.end == words[k + 1].start
            and words[k + 1].end == words[k + 2].start
        ):
            last = words[k + 2]
            text = w.text + ":" + last.text
            out.append(WordPiece(text, w.start, last.end, w.norm + ":" + last.norm))
            k += 3
            continue
        out.append(w)
        k += 1
    return out


def _split_words(sentence: Sentence) -> list[Word]:
    """`sentence_words` one token at a time: tokens with glued punctuation are split and
    tokens without a matching form get one; without tokens, a regex split."""
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


def _unglued(texts: list[str]) -> bool:
    """Whether no text longer than one character holds clause punctuation: each mark is
    then a text of its own, so the marks in all texts are as many as the one-mark texts."""
    joined = "".join(texts)
    marks = sum(map(joined.count, CLAUSE_PUNCTUATION))
    return marks == 0 or marks == sum(map(CLAUSE_PUNCTUATION.__contains__, texts))


def place_actors(words: list[Word], actors: list[ActorMention]) -> list[Slot]:
    """Map actor character spans to word index ranges; overlapping mentions keep the longest.

    `words` are in text order (as `sentence_words` gives them), so the words of a span are
    found by bisection.
    """
    slots: list[Slot] = []
    if not actors:
        return slots
    for actor in sorted(actors, key=lambda a: (a.start, -(a.end - a.start))):
        first = bisect_right(words, actor.start, key=_END)  # the first word ending after it
        if first == len(words) or words[first].start >= actor.end:
            continue
        # the last word starting before the span's end
        last = bisect_left(words, actor.end, lo=first + 1, key=_START) - 1
        if slots and first <= slots[-1].last:
            continue
        slots.append(Slot(actor, first, last))
    return slots
