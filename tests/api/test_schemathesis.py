"""Property-based requests generated from the OpenAPI schema: no request makes a 5xx.

Bounded so the run stays well under a minute: a few examples per operation and mode, no
shrinking, no deadline (the machine is shared and noisy).  Operations are driven through
Hypothesis directly (schemathesis' pytest fixture plugin does not load on this pytest).
"""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402

from hadath.api import ServeConfig, create_app  # noqa: E402
from hadath.document import Document  # noqa: E402

from .conftest import TOKEN  # noqa: E402

CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.response_schema_conformance,
    schemathesis.checks.content_type_conformance,
]


@pytest.fixture(scope="module")
def operations(corpus_db: tuple[Path, list[Document]]) -> dict[str, object]:
    # With a token, ingest is reachable; schemathesis never sends the token, so it probes
    # the refusal paths (missing token, malformed and oversized bodies).
    app = create_app(ServeConfig(db_path=corpus_db[0], token=TOKEN, max_body_bytes=50_000))
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    return {op.ok().label: op.ok() for op in schema.get_all_operations()}


LABELS = [
    "GET /api/documents",
    "GET /api/documents/{doc_id}",
    "GET /api/events",
    "GET /api/events/aggregated",
    "GET /api/events/{event_id}",
    "GET /api/actors",
    "GET /api/actors/{code}",
    "GET /api/search",
    "GET /api/timeseries",
    "GET /api/network",
    "POST /api/ingest",
]


def test_every_operation_is_covered(operations: dict[str, object]) -> None:
    assert set(operations) == set(LABELS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("label", LABELS)
def test_no_server_error(operations: dict[str, object], label: str, mode: GenerationMode) -> None:
    operation = operations[label]

    @given(case=operation.as_strategy(generation_mode=mode))  # type: ignore[attr-defined]
    @settings(
        max_examples=15,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def run(case: object) -> None:
        case.call_and_validate(checks=CHECKS)  # type: ignore[attr-defined]

    run()
