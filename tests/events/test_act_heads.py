"""A state named by its acts (الجهود المصرية، الدور الفرنسي) is what a praise or a rejection
is about, never the subject of an act (the real dictionaries; our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from hadath.actors.sources import read_tsv
from hadath.data.build import DATA_DIR
from hadath.document import Event
from hadath.events.patterns import bare
from hadath.text.normalize import normalize_form


def coded(code_text: Callable[[str], list[Event]], text: str) -> list[tuple[str, str, str | None]]:
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in code_text(text)]


def test_a_state_named_by_its_acts_is_the_object_of_praise(code_text) -> None:
    assert coded(code_text, "وأشاد وزير الخارجية الأردني بالدور المصري.") == [
        ("051", "JORGOV", "EGYGOV")
    ]
    assert coded(code_text, "ورفض المتحدث الحوثي التحذيرات الأمريكية.") == [
        ("120", "YEMREB", "USAGOV")
    ]


def test_a_state_named_by_its_acts_is_never_the_subject(code_text) -> None:
    # "we value the French role": the speaker praises, not the role
    events = coded(code_text, "وقال الرئيس العراقي: نثمن الدور الفرنسي في دعم العراق.")
    assert all(source != "FRAGOV" for _, source, _ in events)
    events = coded(code_text, "ثمن الدور الفرنسي.")
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
