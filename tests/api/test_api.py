"""The JSON API against a database built from the hand-written test corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import ServeConfig, create_app
from hadath.document import Document
from hadath.errors import HadathError


def test_documents_are_listed_newest_first_and_paginated(client: TestClient) -> None:
    body = client.get("/api/documents", params={"limit": 2}).json()
    assert body["total"] == 5 and len(body["items"]) == 2
    assert [d["published"] for d in body["items"]] == ["2021-08-27", "2021-08-20"]
    rest = client.get("/api/documents", params={"limit": 2, "offset": 4}).json()
    assert len(rest["items"]) == 1 and rest["items"][0]["published"] == "2021-07-30"


def test_document_detail_has_text_removed_lines_sentences_and_layers(
    client: TestClient, corpus_db: tuple[Path, list[Document]]
) -> None:
    doc = corpus_db[1][0]
    body = client.get(f"/api/documents/{doc.id}").json()
    assert body["text"] == doc.text
    assert body["removed"][0]["reason"] == "furniture"
    assert [s["text"] for s in body["sentences"]] == [s.text for s in doc.sentences]
    for a in body["actors"]:
        assert body["text"][a["start"] : a["end"]] == a["text"]
    assert {p["name"] for p in body["places"]} == {"Baghdad"}
    assert body["dates"][0]["value"] == "2021-08-19"
    assert len(body["events"]) == 2


def test_unknown_document_and_event_are_404_with_a_code(client: TestClient) -> None:
    for url in ("/api/documents/nope", "/api/events/nope"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["code"] == "E505"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 7),
        ({"actor": "FRA", "counterpart": "IRQ"}, 5),
        ({"actor": "IRQ", "counterpart": "FRA"}, 5),  # a dyad is symmetrical
        ({"actor": "ISRMIL"}, 1),
        ({"country": "jor"}, 1),
        ({"cameo": "04"}, 3),  # root prefix
        ({"cameo": "043"}, 1),
        ({"plover": "consult"}, 3),
        ({"quad_class": 4}, 1),
        ({"since": "2021-08-20"}, 3),
        ({"until": "2021-08-05"}, 2),  # includes the month-precision 2021-07 event
        ({"since": "2021-08-19", "until": "2021-08-19"}, 2),
        ({"q": "الموصل"}, 1),  # words of the sentence
        ({"q": "انتقد"}, 1),  # the trigger
        ({"q": "100%_"}, 0),  # LIKE wildcards are literal
    ],
)
def test_event_filters(client: TestClient, params: dict[str, object], expected: int) -> None:
    body = client.get("/api/events", params=params).json()
    assert body["total"] == expected, body
    assert len(body["items"]) == min(expected, 50)


def test_event_filters_reject_malformed_values(client: TestClient) -> None:
    for params in (
        {"quad_class": 7},
        {"since": "yesterday"},
        {"actor": "FRA' OR 1=1 --"},
        {"limit": 0},
        {"limit": 100000},
        {"cameo": "x"},
    ):
        assert client.get("/api/events", params=params).status_code == 422, params


def test_aggregated_events_merge_reports_of_one_happening(client: TestClient) -> None:
    body = client.get("/api/events/aggregated", params={"cameo": "040"}).json()
    assert body["total"] == 1
    merged = body["items"][0]
    assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (2, 2, 2)
    assert merged["source"] == "FRAGOV" and merged["target"] == "IRQGOV"


def test_provenance_highlights_trigger_source_and_target_and_lists_other_reports(
    client: TestClient,
) -> None:
    event = client.get("/api/events", params={"cameo": "040", "limit": 1}).json()["items"][0]
    body = client.get(f"/api/events/{event['id']}").json()
    marked = {label: run["text"] for run in body["sentence"] for label in run["labels"]}
    assert marked == {
        "trigger": "اتصالا",
        "source": "الرئيس الفرنسي",
        "target": "رئيس الوزراء العراقي",
    }
    assert "".join(r["text"] for r in body["sentence"]) == event["sentence_text"]
    assert len(body["other_reports"]) == 1
    assert body["other_reports"][0]["doc_id"] != event["doc_id"]
    assert body["document"]["id"] == event["doc_id"]


def test_actors_with_events_and_counterparts(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert actors["items"][0]["code"] == "FRAGOV"
    assert client.get("/api/actors", params={"prefix": "irq"}).json()["total"] == 2
    body = client.get("/api/actors/fragov").json()
    assert body["events"]["total"] == 4
    partner = {c["code"]: c for c in body["counterparts"]}
    assert partner["IRQGOV"]["count"] == 3 and partner["IRQGOV"]["as_source"] == 3
    assert partner["IRQGOV"]["goldstein"] == pytest.approx((1 + 1 - 2) / 3, abs=0.01)


def test_time_series_for_a_dyad_by_day_and_week(client: TestClient) -> None:
    params = {"actor": "FRA", "counterpart": "IRQ"}
    day = client.get("/api/timeseries", params=params).json()["points"]
    assert [(p["period"], p["key"], p["count"]) for p in day] == [
        ("2021-08-19", "1", 2),
        ("2021-08-20", "1", 1),
        ("2021-08-26", "3", 1),
        ("2021-08-27", "2", 1),
    ]
    week = client.get("/api/timeseries", params={**params, "interval": "week"}).json()
    periods = {p["period"] for p in week["points"]}
    assert periods == {"2021-08-16", "2021-08-23"}  # Mondays
    plover = client.get("/api/timeseries", params={**params, "split": "plover"}).json()
    assert {p["key"] for p in plover["points"]} == {"CONSULT", "COOPERATE", "DISAPPROVE", "AID"}


def test_network_edges_have_counts_mean_goldstein_and_kind(client: TestClient) -> None:
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("FRAGOV", "IRQGOV")]["count"] == 3
    assert edges[("ISRMIL", "LBN")]["kind"] == "conflict"
    assert edges[("ISRMIL", "LBN")]["goldstein"] == -10.0
    assert {n["id"] for n in net["nodes"]} >= {"FRAGOV", "IRQGOV", "ISRMIL", "LBN"}


def test_search_returns_snippets(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "الموصل"}).json()
    assert body["total"] == 1 and "الموصل" in body["items"][0]["snippet"]
    assert client.get("/api/search", params={"q": ""}).status_code == 422
    assert client.get("/api/search", params={"q": "%"}).json()["total"] == 0


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/events/aggregated",
        "/api/events/{event_id}",
        "/api/actors",
        "/api/actors/{code}",
        "/api/search",
        "/api/timeseries",
        "/api/network",
        "/api/ingest",
    } <= paths
    assert not any(p.startswith("/events") for p in paths)  # pages are not API


def test_responses_carry_security_headers(client: TestClient) -> None:
    headers = client.get("/api/documents").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_serving_a_missing_database_fails_with_a_code(tmp_path: Path) -> None:
    with pytest.raises(HadathError) as info:
        create_app(ServeConfig(db_path=tmp_path / "absent.db"))
    assert info.value.code.name == "E010"


def test_time_series_of_happenings_counts_a_twice_reported_call_once(
    client: TestClient,
) -> None:
    params = {"actor": "FRA", "counterpart": "IRQ", "unit": "happenings"}
    points = client.get("/api/timeseries", params=params).json()["points"]
    happenings = client.get(
        "/api/events/aggregated", params={"actor": "FRA", "counterpart": "IRQ", "limit": 500}
    ).json()["items"]
    assert sum(p["count"] for p in points) == sum(
        1 for a in happenings if a["date_precision"] == "day"
    )
    first = next(p for p in points if p["period"] == "2021-08-19")
    assert first["count"] == 1  # two outlets' reports of one call (2 in unit=events)
