"""A fictional dictionary and a helper that codes one sentence with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hadath.data.build import DATA_DIR
from hadath.document import ActorMention, Document, Event, RawDoc, Sentence
from hadath.events.build import read_grammar
from hadath.events.coder import Coder
from hadath.events.grammar import parse_grammar
from hadath.events.ontology import load_ontology
from hadath.events.patterns import load_pattern_files
from hadath.events.resources import EventResources, make_event_resources
from hadath.events.trigger import SentenceContext
from hadath.events.words import place_actors, sentence_words
from hadath.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fiction() -> EventResources:
    ontology = load_ontology(DATA_DIR / "events" / "cameo.tsv")
    grammar_path = DATA_DIR / "events" / "grammar.yaml"
    grammar = parse_grammar(read_grammar(grammar_path), str(grammar_path))
    entries = load_pattern_files([FIXTURES / "patterns.yaml"], ontology)
    return make_event_resources(ontology, entries, grammar, "hadath test / fixture")


def fictional_actors(text: str, index: int = 0, offset: int = 0) -> list[ActorMention]:
    out = []
    for line in (FIXTURES / "actors.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, code, country, sector, *entity = line.split("\t")
        start = text.find(name)
        while start >= 0:
            out.append(
                ActorMention(
                    name,
                    offset + start,
                    offset + start + len(name),
                    code,
                    country or None,
                    sector or None,
                    entity=entity[0] if entity else None,
                    sentence=index,
                )
            )
            start = text.find(name, start + 1)
    return out


def code_sentences(res: EventResources, *texts: str) -> list:
    """Code consecutive sentences with the fictional dictionary; returns all events."""
    coder = Coder(res)
    text = " ".join(texts)
    doc = Document.from_raw(RawDoc(source="t", kind="text", content=text))
    previous = None
    events = []
    pos = 0
    for i, sent in enumerate(texts):
        sentence = Sentence(i, pos, pos + len(sent), sent)
        actors = fictional_actors(sent, i, pos)
        words = sentence_words(sentence)
        coded = coder.code_sentence(
            doc.id, SentenceContext(i, words, place_actors(words, actors), previous)
        )
        events += coded
        if coded and coded[0].source.code != "---":
            previous = coded[0].source
        elif actors:
            previous = actors[0]
        pos += len(sent) + 1
    return events


@pytest.fixture(scope="session")
def code(fiction: EventResources):
    """``code(*sentences)`` -> events coded with the fictional dictionary."""
    return lambda *texts: code_sentences(fiction, *texts)


@pytest.fixture(scope="session")
def code_real():
    """``code_real(*sentences)`` -> events coded with the real pattern dictionary and the
    fictional actors (for the senses written in ``data/events/patterns``)."""
    ontology = load_ontology(DATA_DIR / "events" / "cameo.tsv")
    grammar_path = DATA_DIR / "events" / "grammar.yaml"
    grammar = parse_grammar(read_grammar(grammar_path), str(grammar_path))
    files = sorted((DATA_DIR / "events" / "patterns").glob("*.yaml"))
    res = make_event_resources(ontology, load_pattern_files(files, ontology), grammar, "test")
    return lambda *texts: code_sentences(res, *texts)


@pytest.fixture(scope="session")
def pipeline(resources) -> Pipeline:
    """The whole pipeline with the real resources."""
    return Pipeline(resources)


@pytest.fixture(scope="session")
def code_text(pipeline: Pipeline) -> Callable[[str], list[Event]]:
    """``code_text(text)`` -> the events the whole pipeline codes in one article of that
    text, published on 2021-06-01."""

    def run(text: str) -> list[Event]:
        raw = RawDoc(source="t", kind="text", content=text, published="2021-06-01")
        return pipeline.run_stages(Document.from_raw(raw)).events

    return run
