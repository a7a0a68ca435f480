"""Fixtures of the API tests: a database from the hand-built corpus and a test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from hadath.api import ServeConfig, create_app
from hadath.document import Document

from .corpus import build_database

TOKEN = "test-token-123"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Document]]:
    path = tmp_path_factory.mktemp("api") / "corpus.db"
    return path, build_database(path)


@pytest.fixture(scope="session")
def client(corpus_db: tuple[Path, list[Document]]) -> Iterator[TestClient]:
    app = create_app(ServeConfig(db_path=corpus_db[0]))
    with TestClient(app) as test_client:
        yield test_client
