"""Event aggregation: one happening however many outlets report it, in any input order."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.corpus.aggregate import actor_key, aggregate_events
from hadath.corpus.records import EventRecord


def record(
    id: str,
    doc: str,
    *,
    outlet: str | None = None,
    date: str | None = "2020-09-02",
    precision: str | None = None,
    source: str = "FRAGOV",
    target: str | None = "IRQGOV",
    cameo: str = "042",
    plover: str = "CONSULT",
    published: str = "2020-09-03",
    duplicate_of: str | None = None,
    **extra: Any,
) -> EventRecord:
    if precision is None and date is not None:
        precision = {10: "day", 7: "month", 4: "year"}[len(date)]

    def country(code: str | None) -> str | None:
        return code[:3] if code and not code.startswith("IGO") else None

    return EventRecord(
        id=id,
        doc_id=doc,
        sentence=0,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=plover,
        quad_class=1,
        goldstein=1.9,
        source_code=source,
        source_country=country(source),
        source_sector=source[3:] or None,
        target_code=target,
        target_country=country(target),
        target_sector=(target[3:] or None) if target else None,
        date_value=date,
        date_precision=precision,
        date_basis="explicit" if date else None,
        outlet=outlet,
        published=published,
        duplicate_of=duplicate_of,
        **extra,
    )


def test_one_visit_in_three_outlets_written_three_ways() -> None:
    events = [
        record("a1", "docA", outlet="Alfurat", date="2020-09-02", published="2020-09-02"),
        record("b1", "docB", outlet="Rafidain", date="2020-09", published="2020-09-05"),
        record(
            "c1", "docC", outlet="Khaleej", date="2020-09-02", source="FRA", published="2021-08-28"
        ),
        record("c2", "docC", outlet="Khaleej", date="2020-09-02", published="2021-08-28"),
    ]
    [visit] = aggregate_events(events)
    assert (visit.num_mentions, visit.num_articles, visit.num_sources) == (4, 3, 3)
    assert visit.date == "2020-09-02" and visit.date_precision == "day"
    assert visit.source == "FRAGOV" and visit.target == "IRQGOV"
    assert (visit.first_seen, visit.last_seen) == ("2020-09-02", "2021-08-28")
    assert sorted(m.id for m in visit.mentions) == ["a1", "b1", "c1", "c2"]


def test_different_happenings_stay_apart() -> None:
    events = [
        record("v2020", "d1", date="2020-09-02"),
        record("v2021", "d2", date="2021-08-28"),  # the second visit, a year later
        record("praise", "d1", date="2020-09-02", cameo="051"),  # another CAMEO root
        record("back", "d3", date="2020-09-02", source="IRQGOV", target="FRAGOV"),  # reversed
        record("other", "d4", date="2020-09-02", target="IGOUNO"),  # another target
    ]
    out = aggregate_events(events)
    assert len(out) == 5
    assert all(a.num_mentions == 1 for a in out)


def test_month_report_joins_the_biggest_day_of_its_month() -> None:
    events = [
        record("d1", "x1", date="2020-09-02"),
        record("d2", "x2", date="2020-09-02"),
        record("d3", "x3", date="2020-09-20"),
        record("m1", "x4", date="2020-09"),
        record("y1", "x5", date="2020"),
        record("m2", "x6", date="2020-11"),  # no day-dated report that month: its own
    ]
    out = {a.date: a for a in aggregate_events(events)}
    assert sorted(m.id for m in out["2020-09-02"].mentions) == ["d1", "d2", "m1", "y1"]
    assert out["2020-09-20"].num_mentions == 1
    assert out["2020-11"].num_mentions == 1 and out["2020-11"].date_precision == "month"


def test_near_duplicate_documents_are_not_counted() -> None:
    events = [
        record("a", "first", outlet="Nile Gate"),
        record("b", "copy", outlet="Misr Alan", duplicate_of="first"),
    ]
    [one] = aggregate_events(events)
    assert (one.num_mentions, one.num_articles, one.num_sources) == (1, 1, 1)
    assert {a.num_articles for a in aggregate_events(events, include_duplicates=True)} == {2}


def test_outlet_falls_back_to_url_host_then_document() -> None:
    events = [
        record("a", "d1", url="https://news.example/a"),
        record("b", "d2", url="https://news.example/b"),
        record("c", "d3"),
    ]
    [one] = aggregate_events(events)
    assert (one.num_articles, one.num_sources) == (3, 2)


def test_actor_key_is_country_up_to_sector() -> None:
    assert actor_key("FRAGOV", "FRA") == actor_key("FRA", "FRA") == "FRA"
    assert actor_key("IGOUNO", None) == "IGOUNO"
    assert actor_key(None, None) == "-"


def test_undated_statements_merge_only_within_their_article() -> None:
    statement = {"cameo": "051", "plover": "SUPPORT"}
    out = aggregate_events(
        [
            record("a", "d1", date=None, **statement),
            record("b", "d1", date=None, **statement),
            record("c", "d2", date=None, **statement),
            record("d", "d3", **statement),
        ]
    )
    assert sorted(a.num_mentions for a in out) == [1, 1, 2]


def test_undated_visit_joins_the_one_dated_visit_of_its_dyad() -> None:
    out = aggregate_events(
        [
            record("a", "d1", date=None, target="IRQ"),  # "زيارة الرئيس الفرنسي إلى بغداد"
            record("b", "d2", date="2020-09-02"),
            record("c", "d3", date=None, cameo="036"),  # intent: another code, stays alone
        ]
    )
    by_size = sorted(out, key=lambda a: a.num_mentions)
    assert [a.num_mentions for a in by_size] == [1, 2]
    assert by_size[1].date == "2020-09-02" and by_size[1].num_articles == 2


def test_undated_visit_stays_alone_when_the_dyad_has_two_dated_visits() -> None:
    out = aggregate_events(
        [
            record("a", "d1", date=None),
            record("b", "d2", date="2020-09-02"),
            record("c", "d3", date="2021-08-28"),
        ]
    )
    assert sorted(a.num_mentions for a in out) == [1, 1, 1]


def test_empty_input_and_repeated_ids() -> None:
    assert aggregate_events([]) == []
    [one] = aggregate_events([record("a", "d1"), record("a", "d1")])
    assert one.num_mentions == 1


def test_to_dict_carries_counts_and_mentions() -> None:
    [one] = aggregate_events([record("a", "d1", outlet="X", trigger_text="زار")])
    out = one.to_dict()
    assert out["num_mentions"] == 1 and out["mentions"][0]["trigger"] == "زار"
    assert "mentions" not in one.to_dict(with_mentions=False)


_dates = st.sampled_from(
    ["2020-09-02", "2020-09-03", "2020-09", "2020", "2021-08-28", "2021-08", None]
)
_actors = st.sampled_from(["FRAGOV", "FRA", "IRQGOV", "IRQ", "IGOUNO", "USAMIL"])
_records = st.lists(
    st.builds(
        lambda i, doc, outlet, date, src, tgt, cameo, dup: record(
            f"e{i}",
            f"doc{doc}",
            outlet=outlet,
            date=date,
            source=src,
            target=tgt,
            cameo=cameo,
            published=f"2021-01-{doc % 28 + 1:02d}",
            duplicate_of="doc0" if dup and doc else None,
        ),
        st.integers(0, 10**6),
        st.integers(0, 8),
        st.sampled_from(["A", "B", "C", None]),
        _dates,
        _actors,
        st.one_of(st.none(), _actors),
        st.sampled_from(["042", "043", "051"]),
        st.booleans(),
    ),
    max_size=40,
    unique_by=lambda r: r.id,
)


def _canonical(records: list[EventRecord]) -> list[dict[str, Any]]:
    return [a.to_dict() for a in aggregate_events(records)]


@settings(max_examples=150, deadline=None)
@given(_records, st.randoms(use_true_random=False))
def test_aggregation_is_independent_of_input_order(records: list[EventRecord], rnd) -> None:
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert _canonical(shuffled) == _canonical(records)
    # Every counted mention lands in exactly one happening.
    counted = [r.id for r in records if not r.duplicate_of]
    merged = [m["event_id"] for a in _canonical(records) for m in a["mentions"]]
    assert sorted(merged) == sorted(counted)


def test_records_are_immutable() -> None:
    rec = record("a", "d1")
    try:
        rec.id = "b"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        return
    raise AssertionError("EventRecord must be frozen")
