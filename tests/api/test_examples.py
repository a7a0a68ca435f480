"""The API and pages over a database built by the real pipeline from ``examples/``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from hadath.api import ServeConfig, create_app
from hadath.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples run through the real command: ``hadath run examples/articles --db X``."""
    if not EXAMPLES.is_dir():
        pytest.skip("examples/articles is absent")
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    assert main(["run", str(EXAMPLES), "--db", str(db)]) == 0
    return db


@pytest.fixture(scope="module")
def examples_client(examples_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ServeConfig(db_path=examples_db))) as client:
        yield client


def _exported_happenings(db: Path, out: Path, *filters: str) -> list[dict[str, Any]]:
    args = ["export", "--db", str(db), "--aggregate", "--format", "jsonl", "--output", str(out)]
    assert main([*args, *filters]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _api_happenings(client: TestClient, params: dict[str, str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while True:
        page = {**params, "order": "date", "limit": "7", "offset": str(len(items))}
        body = client.get("/api/events/aggregated", params=page).json()
        items += body["items"]
        if len(items) >= body["total"]:
            assert len(items) == body["total"]
            return items


@pytest.mark.parametrize(
    ("params", "flags"),
    [
        ({}, []),
        ({"actor": "FRA"}, ["--actor", "FRA"]),
        ({"country": "IRQ", "cameo": "04"}, ["--country", "IRQ", "--code", "04"]),
        (
            {"since": "2023-11-01", "until": "2023-12-31"},
            ["--since", "2023-11-01", "--until", "2023-12-31"],
        ),
    ],
)
def test_api_happenings_equal_export_aggregate(
    examples_client: TestClient,
    examples_db: Path,
    tmp_path: Path,
    params: dict[str, str],
    flags: list[str],
) -> None:
    exported = _exported_happenings(examples_db, tmp_path / "agg.jsonl", *flags)
    served = _api_happenings(examples_client, params)
    assert served == exported
    if not params:
        # the examples hold happenings reported by several articles
        assert any(a["num_articles"] > 1 for a in served)


def test_aggregation_over_too_many_events_is_refused(examples_db: Path) -> None:
    from hadath.api.event_queries import aggregated_page
    from hadath.errors import HadathError
    from hadath.store import open_database
    from hadath.store.queries import EventQuery

    conn = open_database(examples_db, readonly=True)
    try:
        total, _ = aggregated_page(conn, EventQuery(), 5, 0)
        assert total > 0
        with pytest.raises(HadathError) as info:
            aggregated_page(conn, EventQuery(), 5, 0, max_mentions=1)
        assert info.value.code.name == "E509"
    finally:
        conn.close()


def test_every_event_points_at_its_words(examples_client: TestClient) -> None:
    events = examples_client.get("/api/events", params={"limit": 500}).json()
    assert events["total"] > 0
    texts: dict[str, str] = {}
    for event in events["items"]:
        doc_id = event["doc_id"]
        if doc_id not in texts:
            texts[doc_id] = examples_client.get(f"/api/documents/{doc_id}").json()["text"]
        text = texts[doc_id]
        trigger = event["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]
        source = event["source"]
        assert text[source["start"] : source["end"]] == source["text"]


def test_every_event_has_a_provenance_with_its_trigger_marked(
    examples_client: TestClient,
) -> None:
    events = examples_client.get("/api/events", params={"limit": 500}).json()["items"]
    for event in events:
        body = examples_client.get(f"/api/events/{event['id']}").json()
        runs = body["sentence"]
        assert "".join(r["text"] for r in runs) == event["sentence_text"]
        marked = "".join(r["text"] for r in runs if "trigger" in r["labels"])
        assert marked == event["trigger"]["text"]


def test_aggregates_count_reports_across_outlets(examples_client: TestClient) -> None:
    body = examples_client.get("/api/events/aggregated", params={"limit": 500}).json()
    assert body["total"] > 0
    assert all(a["num_mentions"] >= a["num_articles"] >= 1 for a in body["items"])
    # the examples hold pairs of articles about one happening from two outlets
    assert max(a["num_sources"] for a in body["items"]) >= 2


def test_analysis_endpoints_and_pages_answer(examples_client: TestClient) -> None:
    network = examples_client.get("/api/network").json()
    assert network["edges"] and network["nodes"]
    series = examples_client.get("/api/timeseries").json()
    assert series["points"]
    assert examples_client.get("/api/search", params={"q": "العراق"}).json()["total"] > 0
    doc_id = examples_client.get("/api/documents").json()["items"][0]["id"]
    for path in (
        "/events",
        "/timeline",
        "/network",
        "/map",
        "/documents",
        "/search?q=غزة",
        f"/documents/{doc_id}",
    ):
        response = examples_client.get(path)
        assert response.status_code == 200, path
        assert "text/html" in response.headers["content-type"]
