"""The FastAPI application of ``hadath serve``: JSON API, pages and their static assets."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from hadath import __version__
from hadath.api.ingest import Ingestor, PipelineFactory, default_pipeline, refresh_search_index
from hadath.api.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from hadath.errors import ErrorCode, HadathError
from hadath.store import open_database

# HTTP status per error code; anything else is a bad request.
_STATUS = {
    ErrorCode.E010: 503,
    ErrorCode.E011: 503,
    ErrorCode.E502: 403,
    ErrorCode.E503: 401,
    ErrorCode.E504: 413,
    ErrorCode.E505: 404,
    ErrorCode.E506: 500,
    ErrorCode.E507: 400,
    ErrorCode.E509: 413,
}


def prepare_search_index(db_path: Path) -> bool:
    """Index documents stored since the full-text index was last refreshed.

    Best effort: on a read-only file the index stays as it is and search falls back to
    substring matching for as long as the index does not cover every document.
    """
    try:
        conn = open_database(db_path)
    except HadathError:
        return False
    try:
        refresh_search_index(conn)
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """How the server runs.  `token` enables ingest; `max_body_bytes` bounds every request."""

    db_path: Path
    token: str | None = None
    max_body_bytes: int = 2_000_000


def create_app(
    config: ServeConfig, pipeline_factory: PipelineFactory = default_pipeline
) -> FastAPI:
    """Build the application for the database at ``config.db_path``.

    With a token the database is created (and migrated) if needed so that ingest can fill
    it; without one it must already exist.  The interactive ``/docs`` page is left out
    because Swagger UI would load from a CDN; the schema is at ``/api/openapi.json``.
    """
    from hadath.api.routes import router
    from hadath.web.pages import error_page, mount_pages

    if config.token:
        open_database(config.db_path).close()  # create and migrate before any reader opens it
    else:
        open_database(config.db_path, readonly=True).close()  # fail now, not per request
    prepare_search_index(config.db_path)
    ingestor = Ingestor(config.db_path, pipeline_factory)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        ingestor.close()

    app = FastAPI(
        lifespan=lifespan,
        title="hadath",
        version=__version__,
        description="Arabic news as political event data (CAMEO/PLOVER), every event "
        "traceable to its sentence.  Read endpoints are open; ingest needs the server token.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.config = config
    app.state.ingestor = ingestor
    app.include_router(router)
    mount_pages(app)

    @app.exception_handler(HadathError)
    async def hadath_error(request: Request, exc: HadathError) -> JSONResponse:
        return JSONResponse(
            {"code": exc.code.name, "detail": exc.reason},
            status_code=_STATUS.get(exc.code, 400),
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if not request.url.path.startswith(("/api/", "/static/")) and exc.status_code == 404:
            return error_page(request, 404)  # a mistyped page URL gets a page
        # The same {code, detail} body as every other refusal, so clients parse one shape.
        error = HadathError(ErrorCode.E501, reason=exc.detail)
        return JSONResponse(
            {"code": error.code.name, "detail": error.reason},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    app.add_middleware(BodyLimitMiddleware, limit=config.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
