"""The coder's fast paths give exactly what the plain algorithms give.

Senses are tested as sets (`senses.select_sense`), sentence words are taken from the
tokens when no token glues punctuation (`words.read_sentence`), actor spans are placed by
bisection (`words.place_actors`), phrases are looked up by first word
(`positions.phrases_from`) and the lexicon answers whole sentences from its memos.  The
straightforward versions they replaced are written out here as references and compared on
generated inputs built from the real dictionary's words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.document import ActorMention, Sentence, Token
from hadath.events.grammar import Phrase
from hadath.events.patterns import PatternEntry
from hadath.events.positions import phrase_at, phrase_index, phrases_from
from hadath.events.resources import EventResources
from hadath.events.senses import select_sense
from hadath.events.words import (
    CLAUSE_PUNCTUATION,
    Slot,
    Word,
    WordPiece,
    place_actors,
    read_sentence,
    sentence_words,
)
from hadath.resources import Resources
from hadath.text.normalize import normalize_form

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def real() -> EventResources:
    return Resources().events


def reference_sense(
    entry: PatternEntry, bare: list[frozenset[str]], i: int
) -> tuple[str | None, str | None]:
    """Every phrase of every sense compared at every position of its window."""
    for sense in entry.senses:
        for phrase in sense.objects:
            span = len(phrase)
            for j in range(i + 1, min(len(bare), i + 1 + sense.window) - span + 1):
                if all(phrase[k] in bare[j + k] for k in range(span)):
                    return sense.code, sense.intent or entry.intent
        if sense.before and i > 0 and not bare[i - 1].isdisjoint(sense.before):
            return sense.code, sense.intent or entry.intent
        if sense.near:
            lo, hi = max(0, i - 10), min(len(bare), i + 11)
            if any(not b.isdisjoint(sense.near) for b in bare[lo:hi]):
                return sense.code, sense.intent or entry.intent
    return entry.code, entry.intent


def _sense_words(res: EventResources) -> list[str]:
    words = {"x", "y"}
    for entry in res.entries:
        for sense in entry.senses:
            words.update(w for phrase in sense.objects for w in phrase)
            words.update(sense.near)
            words.update(sense.before)
    return sorted(words)


@given(data=st.data())
@SETTINGS
def test_select_sense_equals_reference(real: EventResources, data: st.DataObject) -> None:
    vocabulary = _sense_words(real)
    forms = st.frozensets(st.sampled_from(vocabulary), max_size=3)
    bare = data.draw(st.lists(forms, min_size=1, max_size=30))
    i = data.draw(st.integers(0, len(bare) - 1))
    for index, entry in enumerate(real.entries):
        if entry.senses:
            got = select_sense(real.senses[index], entry, bare, i)
            assert got == reference_sense(entry, bare, i), entry.id


def reference_words(sentence: Sentence) -> list[Word]:
    """One token at a time, each checked for glued punctuation."""
    if not sentence.tokens:
        return [
            WordPiece(
                m.group(),
                sentence.start + m.start(),
                sentence.start + m.end(),
                normalize_form(m.group()),
            )
            for m in re.finditer(r"\w+|[^\w\s]", sentence.text)
        ]
    words: list[Word] = []
    for tok in sentence.tokens:
        if len(tok.text) > 1 and not CLAUSE_PUNCTUATION.isdisjoint(tok.text):
            for m in re.finditer(r"\w+|[^\w\s]", tok.text):
                piece = m.group()
                words.append(
                    WordPiece(
                        piece, tok.start + m.start(), tok.start + m.end(), normalize_form(piece)
                    )
                )
        elif tok.norm:
            words.append(tok)
        else:
            words.append(WordPiece(tok.text, tok.start, tok.end, normalize_form(tok.text)))
    return words


_PIECES = ["قتل", "وزير", "ab", "12", "\u0640", ",", "،", "-", "(", ")", ".", "؟", "x", "\x00"]


@given(texts=st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3), max_size=25))
@SETTINGS
def test_sentence_words_equal_reference(texts: list[list[str]]) -> None:
    tokens, pos = [], 0
    for parts in texts:
        text = "".join(parts)
        tokens.append(Token(text, pos, pos + len(text), normalize_form(text)))
        pos += len(text) + 1
    sentence = Sentence(0, 0, pos, " ".join("".join(p) for p in texts), tokens)
    expected = reference_words(sentence)
    words, norms = read_sentence(sentence)
    assert words == expected
    assert sentence_words(sentence) == expected
    assert norms == [w.norm for w in expected]
    if tokens:
        assert words is not sentence.tokens  # the document's tokens are never shared


def reference_slots(words: list[Word], actors: list[ActorMention]) -> list[Slot]:
    """Each actor's first and last word found by scanning from the sentence's start."""
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


@given(
    gaps=st.lists(st.tuples(st.integers(0, 2), st.integers(1, 6)), max_size=20),
    spans=st.lists(st.tuples(st.integers(0, 90), st.integers(1, 30)), max_size=6),
)
@SETTINGS
def test_place_actors_equals_reference(
    gaps: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> None:
    words: list[Word] = []
    pos = 0
    for gap, length in gaps:
        pos += gap
        words.append(WordPiece("w" * length, pos, pos + length, "w" * length))
        pos += length
    actors = [ActorMention("a", start, start + length, "X") for start, length in spans]
    assert place_actors(words, actors) == reference_slots(words, actors)


@given(data=st.data())
@SETTINGS
def test_phrases_from_equals_scan(real: EventResources, data: st.DataObject) -> None:
    g = real.grammar
    for phrases in (g.intent, g.passive_agents, g.continuation):
        vocabulary = sorted({w for p in phrases for w in p} | {"x"})
        word = st.sampled_from(vocabulary).flatmap(
            lambda w: st.sampled_from([w, "\u0648" + w, "\u0641" + w, "\u0628" + w])
        )
        norms = data.draw(st.lists(word, min_size=1, max_size=6))
        words = [WordPiece(n, 0, 0, n) for n in norms]
        index = phrase_index(phrases)
        for j in range(len(words)):
            matching: list[Phrase] = [p for p in phrases if phrase_at(g, words, j, p)]
            found = [phrases[k] for k in phrases_from(g, norms[j], index)]
            assert [p for p in found if phrase_at(g, words, j, p)] == matching


def test_lexicon_answers_sentences_as_words(real: EventResources) -> None:
    lex = real.lexicon
    words = ["وأشاد", "يزور", "سيزور", "بالهجوم", "للتظاهر", "زيارته", "كتاب", "", "،", "12"]
    for _ in range(2):  # the second pass is answered from the memos
        assert lex.analyse_all(words) == [lex._analyse(w) for w in words]
        assert lex.bare_forms_all(words) == [lex.bare_forms(w) for w in words]
