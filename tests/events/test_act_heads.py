"""A state named by its acts (الجهود المصرية، الدور الفرنسي) is what a praise or a rejection
is about, never the subject of an act (the real dictionaries; our own sentences)."""

from __future__ import annotations

import pytest

from hadath.actors.sources import read_tsv
from hadath.data.build import DATA_DIR
from hadath.document import Document, RawDoc
from hadath.events.patterns import bare
from hadath.pipeline import Pipeline
from hadath.text.normalize import normalize_form


@pytest.fixture(scope="module")
def pipeline(resources) -> Pipeline:
    return Pipeline(resources)


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    raw = RawDoc(source="t", kind="text", content=text, published="2021-06-01")
    doc = pipeline.run_stages(Document.from_raw(raw))
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in doc.events]


def test_a_state_named_by_its_acts_is_the_object_of_praise(pipeline) -> None:
    assert coded(pipeline, "وأشاد وزير الخارجية الأردني بالدور المصري.") == [
        ("051", "JORGOV", "EGYGOV")
    ]
    assert coded(pipeline, "ورفض المتحدث الحوثي التحذيرات الأمريكية.") == [
        ("120", "YEMREB", "USAGOV")
    ]


def test_a_state_named_by_its_acts_is_never_the_subject(pipeline) -> None:
    # "we value the French role": the speaker praises, not the role
    events = coded(pipeline, "وقال الرئيس العراقي: نثمن الدور الفرنسي في دعم العراق.")
    assert all(source != "FRAGOV" for _, source, _ in events)
    events = coded(pipeline, "ثمن الدور الفرنسي.")
    assert all(source != "FRAGOV" for _, source, _ in events)


def test_act_heads_are_the_heads_of_the_acts_agents(resources) -> None:
    # the grammar's act_heads must name exactly the GOV "acts" row of agents.tsv
    rows = [
        row
        for row in read_tsv(DATA_DIR / "actors" / "agents.tsv", 5)
        if row.cell(4) == "government (by its acts)"
    ]
    assert len(rows) == 1
    article = resources.events.grammar.article
    forms = [normalize_form(form) for form in rows[0].variants(0)]
    heads = {bare(f[len(article) :] if f.startswith(article) else f) for f in forms}
    assert heads == set(resources.events.grammar.act_heads)
