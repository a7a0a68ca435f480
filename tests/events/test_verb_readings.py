"""Where a word spelled like both a past verb and its masdar (قصف، قتل) is the verb, and a
vocalised passive (قُتل) (the real dictionaries; our own sentences)."""

from __future__ import annotations

import pytest

from hadath.document import Document, RawDoc
from hadath.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(resources) -> Pipeline:
    return Pipeline(resources)


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    raw = RawDoc(source="t", kind="text", content=text, published="2021-06-01")
    doc = pipeline.run_stages(Document.from_raw(raw))
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in doc.events]


def test_a_verb_right_after_the_subject_that_opens_its_clause(pipeline) -> None:
    # إن طيران التحالف قصف: after its subject, قصف is the verb, with no anchor needed
    events = coded(pipeline, "وقال شهود عيان إن طيران التحالف قصف معسكرا للجيش في مدينة يريم.")
    assert [(cameo, source) for cameo, source, _ in events] == [("194", "IGOWSTMIL")]


def test_a_damma_on_the_first_letter_marks_the_passive(pipeline) -> None:
    # قُتل: the man was killed, by the forces named after it
    events = coded(pipeline, "وقال الانفصاليون إن رجلا قُتل جراء قصف القوات الأوكرانية.")
    assert ("190", "UKRMIL", "CVL") in events
    # وقُتل جندي: the soldier is the casualty, not the killer
    events = coded(pipeline, "وقُتل جندي في الهجوم على الحاجز أمس.")
    assert [(cameo, target) for cameo, _, target in events if cameo == "190"] == [("190", "MIL")]
