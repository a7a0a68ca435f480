"""Aggregation over real pipeline output: the seed articles and the team's examples.

These run the whole pipeline (other engineers' coder), so what they can demand of the
corpus layer is structural: each happening appears once, counts add up, copies are linked
and not counted.  The examples name the happenings reported by several outlets.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from hadath.corpus.aggregate import actor_key
from hadath.resources import Resources
from hadath.runner import run_into_store
from hadath.store import open_database
from hadath.store.queries import EventQuery, aggregated_events, iter_event_records

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def _check_happenings_once_with_right_counts(db: Path) -> list:
    conn = open_database(db, readonly=True)
    counted = [r for r in iter_event_records(conn, EventQuery())]
    happenings = aggregated_events(conn, EventQuery())
    conn.close()
    assert sum(h.num_mentions for h in happenings) == len(counted)
    for h in happenings:
        assert h.num_mentions == len(h.mentions)
        assert h.num_articles == len({m.doc_id for m in h.mentions}) <= h.num_mentions
        assert 1 <= h.num_sources <= h.num_articles
    keys = Counter(
        (
            actor_key(h.source, h.source_country),
            actor_key(h.target, h.target_country),
            h.cameo_root,
            h.date,
        )
        for h in happenings
        if h.date and h.date_precision == "day"
    )
    assert max(keys.values(), default=1) == 1  # a dated happening appears once
    return happenings


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    summary = run_into_store([shared_dir / "data" / "seeds"], db, Resources())
    assert summary.read == 5
    return db


def test_seed_events_aggregate_once_with_right_counts(seeds_db: Path) -> None:
    _check_happenings_once_with_right_counts(seeds_db)


def test_seed_happening_reported_in_several_articles_is_merged(seeds_db: Path) -> None:
    # Macron's September 2020 Baghdad visit: dated in one seed ("وكان ... قد زار بغداد في
    # الثاني من أيلول"), an undated reference in another ("زيارة الرئيس الفرنسي إلى بغداد").
    conn = open_database(seeds_db, readonly=True)
    happenings = aggregated_events(conn, EventQuery(actor="FRA", cameo="042"))
    conn.close()
    visits = [h for h in happenings if h.target_country == "IRQ" and h.source_country == "FRA"]
    assert [(h.date, h.num_articles) for h in visits] == [("2020-09-02", 2)]


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ absent")
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    run_into_store([EXAMPLES], db, Resources())
    return db


def test_examples_copy_is_linked_and_not_counted(examples_db: Path) -> None:
    conn = open_database(examples_db, readonly=True)
    rows = conn.execute(
        "SELECT d.source, o.source FROM documents d JOIN documents o ON o.id = d.duplicate_of"
    ).fetchall()
    copy_events = conn.execute(
        "SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.doc_id "
        "WHERE d.duplicate_of IS NOT NULL"
    ).fetchone()[0]
    conn.close()
    assert [(Path(a).name[:2], Path(b).name[:2]) for a, b in rows] == [("10", "09")]
    happenings = _check_happenings_once_with_right_counts(examples_db)
    counted = sum(h.num_mentions for h in happenings)
    conn = open_database(examples_db, readonly=True)
    stored = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    conn.close()
    assert counted == stored - copy_events


def test_examples_phone_call_reported_three_times_is_one_happening(examples_db: Path) -> None:
    conn = open_database(examples_db, readonly=True)
    happenings = aggregated_events(
        conn, EventQuery(since="2023-11-14", until="2023-11-14", actor="FRA", cameo="04")
    )
    conn.close()
    assert any(h.num_articles == 3 and h.num_sources == 3 for h in happenings)
