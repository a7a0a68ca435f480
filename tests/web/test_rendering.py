"""Server-side pieces of the pages: highlighting runs, the world map, labels, filters."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hadath.errors import HadathError
from hadath.store.queries import EventQuery
from hadath.web.markup import Mark, cut
from hadath.web.pages import load_labels
from hadath.web.worldmap import load_countries, project, view_box


def test_cut_marks_overlapping_spans() -> None:
    runs = cut("abcdefgh", [Mark(1, 5, "source"), Mark(3, 4, "trigger"), Mark(6, 99, "target")])
    assert [(r.text, r.labels) for r in runs] == [
        ("a", ()),
        ("bc", ("source",)),
        ("d", ("source", "trigger")),
        ("e", ("source",)),
        ("f", ()),
        ("gh", ("target",)),
    ]


@given(
    st.text(max_size=40),
    st.lists(st.tuples(st.integers(-5, 50), st.integers(-5, 50), st.sampled_from("abc"))),
)
def test_cut_always_gives_back_the_text(text: str, spans: list[tuple[int, int, str]]) -> None:
    runs = cut(text, [Mark(a, b, label) for a, b, label in spans])
    assert "".join(r.text for r in runs) == text
    assert all(r.text for r in runs)


def test_world_map_outlines_and_projection() -> None:
    countries = load_countries()
    assert len(countries) > 170
    iraq = next(c for c in countries if c.name == "Iraq")
    assert iraq.path.startswith("M") and iraq.path.endswith("Z")
    assert project(44.4, 33.3) == pytest.approx((224.4, 56.7))
    x, y, w, h = view_box([project(44.4, 33.3), project(35.5, 33.9)])
    assert x < 215.5 and x + w > 224.4 and w >= 30 and y >= 0 and y + h <= 180
    assert view_box([]) == (0.0, 0.0, 360.0, 180.0)


def test_labels_are_bilingual_and_validated(tmp_path: Path) -> None:
    labels = load_labels()
    assert all(v["en"] and v["ar"] for v in labels.values())
    bad = tmp_path / "labels.yaml"
    bad.write_text("events: {en: Events}\n", encoding="utf-8")
    with pytest.raises(HadathError) as info:
        load_labels(bad)
    assert info.value.code.name == "E508" and "events" in str(info.value)


def test_filters_bind_every_value_as_a_parameter() -> None:
    hostile = "x' OR 1=1; DROP TABLE events; --"
    flt = EventQuery(
        actor=hostile,
        country=hostile,
        cameo=hostile,
        plover=hostile,
        q=hostile,
        since=hostile,
        until=hostile,
        doc_id=hostile,
        counterpart=hostile,
    )
    where, params = flt.where()
    assert hostile not in where and "DROP" not in where
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE events (id, doc_id, sentence, source_code, target_code, "
        "source_country, target_country, cameo, plover, quad_class, trigger_text, "
        "date_value)"
    )
    conn.execute("CREATE TABLE documents (id, duplicate_of)")
    conn.execute("CREATE TABLE sentences (doc_id, idx, text)")
    conn.execute(
        f"SELECT * FROM events e JOIN documents d ON d.id = e.doc_id WHERE {where}", params
    ).fetchall()
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone() == (0,)  # still there
