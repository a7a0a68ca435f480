"""The API and pages over a database built by the real pipeline from ``examples/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import ServeConfig, create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


@pytest.fixture(scope="module")
def examples_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/articles is absent")
    from hadath.resources import Resources
    from hadath.runner import run_into_store

    db = tmp_path_factory.mktemp("examples") / "examples.db"
    summary = run_into_store([EXAMPLES], db, Resources())
    assert summary.stored > 0
    with TestClient(create_app(ServeConfig(db_path=db))) as client:
        yield client


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
