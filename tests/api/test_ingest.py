"""POST /api/ingest: token, body limit, storage through the one writer."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hadath.api import ServeConfig, create_app
from hadath.document import Document

from .conftest import TOKEN
from .corpus import plain_pipeline

ARTICLE = {
    "title": "خبر",
    "text": "التقى الوزير نظيره في عمان\nوبحثا التعاون",
    "published": "2021-09-01",
    "outlet": "Test",
}


@pytest.fixture()
def ingest_client(tmp_path: Path, corpus_db: tuple[Path, list[Document]]) -> Iterator[TestClient]:
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db[0], db)
    app = create_app(
        ServeConfig(db_path=db, token=TOKEN, max_body_bytes=4000), pipeline_factory=plain_pipeline
    )
    with TestClient(app) as client:
        yield client


def test_ingest_is_disabled_without_a_server_token(client: TestClient) -> None:
    response = client.post(
        "/api/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 403 and response.json()["code"] == "E502"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"X-Hadath-Token": TOKEN[:-1]},
        {"Authorization": TOKEN},
    ],
)
def test_ingest_refuses_a_missing_or_wrong_token(
    ingest_client: TestClient, headers: dict[str, str]
) -> None:
    response = ingest_client.post("/api/ingest", json=ARTICLE, headers=headers)
    assert response.status_code == 401 and response.json()["code"] == "E503"
    assert ingest_client.get("/api/documents").json()["total"] == 5  # nothing stored


def test_ingest_stores_once_and_the_document_is_readable(ingest_client: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    first = ingest_client.post("/api/ingest", json=ARTICLE, headers=headers)
    assert first.status_code == 200, first.text
    result = first.json()
    assert result["stored"] and result["sentences"] == 2 and result["events"] == 1
    again = ingest_client.post("/api/ingest", json=ARTICLE, headers={"X-Hadath-Token": TOKEN})
    assert again.json()["stored"] is False and again.json()["doc_id"] == result["doc_id"]
    doc = ingest_client.get(f"/api/documents/{result['doc_id']}").json()
    assert doc["title"] == "خبر" and doc["text"] == ARTICLE["text"]
    assert ingest_client.get("/api/documents").json()["total"] == 6


@pytest.mark.parametrize(
    "body", [{"title": "x"}, {"text": "   "}, {"text": 5}, {"text": "x", "published": "1 Sept"}]
)
def test_ingest_rejects_bodies_without_usable_text(
    ingest_client: TestClient, body: dict[str, object]
) -> None:
    response = ingest_client.post("/api/ingest", json=body, headers={"X-Hadath-Token": TOKEN})
    assert response.status_code in (400, 422)


def test_request_bodies_are_size_limited(ingest_client: TestClient) -> None:
    huge = {"text": "ا" * 10_000}
    response = ingest_client.post("/api/ingest", json=huge, headers={"X-Hadath-Token": TOKEN})
    assert response.status_code == 413 and response.json()["code"] == "E504"

    def chunks() -> Iterator[bytes]:  # streamed, no Content-Length to trust
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 100
        yield b'"}'

    streamed = ingest_client.post(
        "/api/ingest",
        content=chunks(),
        headers={"X-Hadath-Token": TOKEN, "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413
    assert ingest_client.get("/api/documents").json()["total"] == 5


def test_binary_and_malformed_bodies_are_client_errors(ingest_client: TestClient) -> None:
    for content in (b"\xff\xfe\x00garbage", b'{"text": "unterminated', b"[]"):
        response = ingest_client.post(
            "/api/ingest",
            content=content,
            headers={"X-Hadath-Token": TOKEN, "Content-Type": "application/json"},
        )
        assert 400 <= response.status_code < 500, (content, response.text)


def test_ingest_runs_the_real_pipeline(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "articles"
    article = example / "01_iraq_france_call_alfurat.txt"
    if not article.is_file():
        pytest.skip("examples/articles is absent")
    app = create_app(ServeConfig(db_path=tmp_path / "new.db", token=TOKEN))
    with TestClient(app) as client:
        response = client.post(
            "/api/ingest",
            json={"text": article.read_text(encoding="utf-8"), "published": "2021-08-28"},
            headers={"X-Hadath-Token": TOKEN},
        )
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["stored"] and result["events"] > 0
        events = client.get("/api/events", params={"doc_id": result["doc_id"]}).json()
        assert events["total"] == result["events"]
        hits = client.get("/api/search", params={"q": "العراق"}).json()
        assert [h["doc_id"] for h in hits["items"]] == [result["doc_id"]]  # index refreshed
