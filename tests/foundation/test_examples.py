"""The pipeline on the bundled examples against the events a careful human coder found.

An expected event is found when a coded event of the same article lies in the sentence
holding its ``sentence_hint``, has the same PLOVER category and the same source country (the
first three letters of the actor codes): the "source" level.  The "dyad" level also needs
the same target country.  Matching is one-to-one.  Scores are written to
``tests/output/examples_scores.json`` and must stay above the floors recorded in README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from hadath.document import Document, Event, RawDoc
from hadath.ingest import read_paths
from hadath.pipeline import Pipeline
from hadath.resources import Resources

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

# Floors: just under what the coder achieved when this was last raised (README.md,
# "Evaluation").  Raise them when the coder improves; never lower them silently.  Lowered
# once, 0.49/0.61 -> 0.48/0.59: "الذي يزور الأردن" had matched a Jordanian reception only
# because the visit's destination was read as its subject; with `place_object` the visit
# is coded right (IGOEUR -> JOR) and that accidental match is gone.  Lowered again, precision
# 0.52/0.29 -> 0.51/0.28: "أن أحد عسكرييه أصيب بجروح طفيفة" (07) is now read as "was
# injured" (a past, not a first-person present) and coded, an unknown attacker against the
# Lebanese army; the expected list, which names no unknown sources, does not have it.
# Raised to 0.53/0.72 and 0.30/0.41 with commas outside a sense's window, the Jordanian
# foreign minister's full title and masdar objects of their own verb told once; to
# 0.54/0.73 and 0.31/0.43 when the genitive of a prepositional noun stopped being a subject
# (أشاد بجهود الأردن) and a joined verb with no subject continued the act before it; to
# 0.55/0.73 and 0.33/0.44 with aid's beneficiary (لفائدة) and masdars written like a past
# verb (رعاية ودعم) no longer coded as verbs; to 0.55/0.74 and 0.35/0.47 with a short name
# in parentheses no longer the target, عزز انتشاره and توقيف.
FLOORS = {
    "source": {"precision": 0.57, "recall": 0.77},
    "dyad": {"precision": 0.42, "recall": 0.58},
}


def article_key(source: str) -> str:
    path, _, line = source.rpartition(":")
    if path.endswith(".jsonl") and line.isdigit():
        return f"{Path(path).name}#{line}"
    return Path(source).name


def country(code: str | None) -> str | None:
    return code[:3] if code else None


def matches(expected: dict, doc: Document, event: Event, with_target: bool) -> bool:
    """Same sentence, category and source country; with `with_target` also target country."""
    target = country(event.target.code if event.target else None)
    return (
        expected["sentence_hint"] in doc.sentences[event.sentence].text
        and expected["plover"] == event.plover
        and country(expected["source"]) == country(event.source.code)
        and (not with_target or country(expected.get("target")) == target)
    )


def coded_examples(resources: Resources) -> dict[str, Document]:
    pipeline = Pipeline(resources)
    raws = [raw for raw in read_paths([EXAMPLES / "articles"]) if isinstance(raw, RawDoc)]
    return {article_key(raw.source): pipeline(raw) for raw in raws}


def expected_events() -> list[dict]:
    lines = (EXAMPLES / "expected_events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score(docs: dict[str, Document], expected: list[dict], with_target: bool) -> dict:
    predicted = [(key, doc, ev) for key, doc in docs.items() for ev in doc.events]
    used: set[int] = set()
    for exp in expected:
        for i, (key, doc, ev) in enumerate(predicted):
            if i not in used and key == exp["article"] and matches(exp, doc, ev, with_target):
                used.add(i)
                break
    return {
        "expected": len(expected),
        "predicted": len(predicted),
        "matched": len(used),
        "precision": round(len(used) / len(predicted), 3) if predicted else 0.0,
        "recall": round(len(used) / len(expected), 3) if expected else 0.0,
    }


def test_examples_are_coded_above_the_floors(resources: Resources) -> None:
    docs, expected = coded_examples(resources), expected_events()
    scores = {"source": score(docs, expected, False), "dyad": score(docs, expected, True)}
    out = REPO / "tests" / "output"
    out.mkdir(parents=True, exist_ok=True)
    (out / "examples_scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    assert len(expected) >= 30
    for level, floors in FLOORS.items():
        for name, floor in floors.items():
            assert scores[level][name] >= floor, (level, name, scores)


def test_every_expected_event_points_at_a_real_sentence(resources: Resources) -> None:
    texts = {key: doc.text for key, doc in coded_examples(resources).items()}
    for exp in expected_events():
        assert exp["article"] in texts, exp
        assert exp["sentence_hint"] in texts[exp["article"]], exp


def test_expected_categories_follow_the_ontology(resources: Resources) -> None:
    ontology = resources.events.ontology
    for exp in expected_events():
        assert ontology[exp["cameo"]].plover == exp["plover"], exp
