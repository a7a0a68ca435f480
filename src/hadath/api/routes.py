"""The JSON API under ``/api``: documents, events, actors, search, time series, network, ingest."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request

from hadath.api import document_queries as docs
from hadath.api import event_queries as events
from hadath.api import models
from hadath.api.ingest import token_matches
from hadath.errors import ErrorCode, HadathError
from hadath.store import open_database, queries
from hadath.store.queries import EventQuery
from hadath.web.markup import Mark, cut, runs_as_json

router = APIRouter(prefix="/api")

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CODE_PATTERN = r"^[A-Za-z0-9-]{1,40}$"
ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,200}$"


def read_connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request (never shared across threads)."""
    conn = open_database(request.app.state.config.db_path, readonly=True)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(read_connection)]
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
OptDate = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")]
OptCode = Annotated[str | None, Query(pattern=CODE_PATTERN)]
OptText = Annotated[str | None, Query(max_length=200)]
DocId = Annotated[str, Path(pattern=ID_PATTERN, description="document id")]
EventId = Annotated[str, Path(pattern=ID_PATTERN, description="event id")]
ActorCode = Annotated[str, Path(pattern=CODE_PATTERN, description="CAMEO actor code")]


def event_filter(
    since: OptDate = None,
    until: OptDate = None,
    actor: Annotated[
        str | None,
        Query(
            pattern=CODE_PATTERN,
            description="actor code prefix, source or target (FRA matches FRAGOV)",
        ),
    ] = None,
    counterpart: Annotated[
        str | None,
        Query(
            pattern=CODE_PATTERN,
            description="with actor: the other side of the dyad, both directions",
        ),
    ] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="code or root")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_-]{1,40}$")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="words in trigger or sentence")
    ] = None,
    doc_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    include_duplicates: Annotated[
        bool,
        Query(description="also events of near-duplicate documents (never in aggregates)"),
    ] = False,
) -> EventQuery:
    return EventQuery(
        since=since,
        until=until,
        actor=actor,
        counterpart=counterpart,
        country=country,
        cameo=cameo,
        plover=plover,
        quad_class=quad_class,
        q=q,
        doc_id=doc_id,
        include_duplicates=include_duplicates,
    )


Filter = Annotated[EventQuery, Depends(event_filter)]


def not_found(what: str, ident: str) -> HadathError:
    return HadathError(ErrorCode.E505, what=what, id=ident)


@router.get("/documents", response_model=models.DocumentPage, tags=["documents"])
def list_documents(
    conn: Conn,
    limit: Limit = 50,
    offset: Offset = 0,
    q: OptText = None,
    outlet: OptText = None,
    since: OptDate = None,
    until: OptDate = None,
) -> dict[str, object]:
    """Stored documents, newest publication first, without their text."""
    total, items = docs.list_documents(
        conn, q=q, outlet=outlet, since=since, until=until, limit=limit, offset=offset
    )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get(
    "/documents/{doc_id}",
    response_model=models.DocumentDetail,
    tags=["documents"],
    responses={404: {"model": models.ErrorBody}},
)
def get_document(conn: Conn, doc_id: DocId) -> dict[str, object]:
    """One document: cleaned text, removed lines, sentences, mentions and events."""
    doc = docs.get_document(conn, doc_id)
    if doc is None:
        raise not_found("document", doc_id)
    return doc


@router.get("/events", response_model=models.EventPage, tags=["events"])
def list_events(
    conn: Conn, flt: Filter, limit: Limit = 50, offset: Offset = 0
) -> dict[str, object]:
    """Coded events, one per mention, newest first (the rows ``hadath export`` writes)."""
    total, items = queries.event_page(conn, flt, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get(
    "/events/aggregated",
    response_model=models.AggregatedEventPage,
    tags=["events"],
    responses={413: {"model": models.ErrorBody}},
)
def aggregated_events(
    conn: Conn,
    flt: Filter,
    limit: Limit = 50,
    offset: Offset = 0,
    order: Annotated[
        Literal["reported", "date"],
        Query(description="reported: most articles first; date: as hadath export"),
    ] = "reported",
) -> dict[str, object]:
    """Happenings: the events that report one happening (actors up to country, same CAMEO
    root, compatible dates: a month-dated report joins its day) merged, with mention,
    article and outlet counts; the same happenings as ``hadath export --aggregate``.
    Events of near-duplicate documents are not counted.  Aggregation reads every matching
    event, so at most 200,000 may match (else 413, code E509: narrow the filters); the page
    is cut after merging."""
    total, items = events.aggregated_page(conn, flt, limit, offset, order)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get(
    "/events/{event_id}",
    response_model=models.Provenance,
    tags=["events"],
    responses={404: {"model": models.ErrorBody}},
)
def event_provenance(conn: Conn, event_id: EventId) -> dict[str, object]:
    """An event with its provenance: the sentence with trigger, source and target marked,
    the document, and the other articles that report the same happening."""
    event = queries.get_event(conn, event_id)
    if event is None:
        raise not_found("event", event_id)
    return provenance(conn, event)


def provenance(conn: sqlite3.Connection, event: dict[str, object]) -> dict[str, object]:
    span = events.sentence_span(conn, str(event["doc_id"]), int(str(event["sentence"])))
    start, text = span if span else (0, "")
    marks = []
    for label in ("trigger", "source", "target"):
        part = event[label]
        if isinstance(part, dict):
            marks.append(Mark(part["start"] - start, part["end"] - start, label))
    document = docs.get_document(conn, str(event["doc_id"])) or {}
    keys = models.DocumentSummary.model_fields
    return {
        "event": event,
        "sentence": runs_as_json(cut(text, marks)),
        "document": {k: v for k, v in document.items() if k in keys},
        "other_reports": events.same_happening(conn, event),
    }


@router.get("/actors", response_model=models.ActorPage, tags=["actors"])
def list_actors(
    conn: Conn, limit: Limit = 50, offset: Offset = 0, prefix: OptCode = None
) -> dict[str, object]:
    """Actor codes seen in the corpus, most active first."""
    total, items = events.list_actors(conn, prefix, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/actors/{code}", response_model=models.ActorDetail, tags=["actors"])
def get_actor(
    conn: Conn, code: ActorCode, limit: Limit = 50, offset: Offset = 0
) -> dict[str, object]:
    """One actor: its counterparts (both directions) and a page of its events (the code is a
    prefix, so FRA lists FRAGOV's events too)."""
    code = code.upper()
    total, items = queries.event_page(conn, EventQuery(actor=code), limit, offset)
    return {
        "code": code,
        "counterparts": events.counterparts(conn, code),
        "events": {"total": total, "limit": limit, "offset": offset, "items": items},
    }


@router.get("/search", response_model=models.SearchPage, tags=["search"])
def search(
    conn: Conn,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, object]:
    """Documents containing the query, best first, with a snippet."""
    total, items = docs.search_documents(conn, q, limit, offset)
    return {"query": q, "total": total, "limit": limit, "offset": offset, "items": items}


@router.get(
    "/timeseries",
    response_model=models.TimeSeries,
    tags=["analysis"],
    responses={413: {"model": models.ErrorBody}},
)
def time_series(
    conn: Conn,
    flt: Filter,
    interval: Literal["day", "week"] = "day",
    split: Literal["quad_class", "plover"] = "quad_class",
    unit: Annotated[
        Literal["events", "happenings"],
        Query(description="events: every mention; happenings: each happening once"),
    ] = "events",
) -> dict[str, object]:
    """Events per day or week, split by quad class or PLOVER category, with mean Goldstein.
    For a dyad pass `actor` and `counterpart` (e.g. FRA and IRQ).  With
    ``unit=happenings`` a happening reported by several articles counts once (the
    aggregation of ``/api/events/aggregated``; same 200,000-event limit, E509)."""
    if unit == "happenings":
        points = events.happening_series(conn, flt, interval, split)
    else:
        points = events.time_series(conn, flt, interval, split)
    return {"interval": interval, "split": split, "points": points}


@router.get("/network", response_model=models.Network, tags=["analysis"])
def network(
    conn: Conn, flt: Filter, max_edges: Annotated[int, Query(ge=1, le=2000)] = 200
) -> dict[str, object]:
    """Actor pairs (directed) with event counts and mean Goldstein."""
    return events.network(conn, flt, max_edges)


@router.post(
    "/ingest",
    response_model=models.IngestResult,
    tags=["ingest"],
    responses={
        400: {"model": models.ErrorBody},
        401: {"model": models.ErrorBody},
        403: {"model": models.ErrorBody},
        500: {"model": models.ErrorBody},
        413: {"model": models.ErrorBody},
    },
)
def ingest(
    request: Request,
    body: models.IngestRequest,
    authorization: Annotated[str | None, Header()] = None,
    x_hadath_token: Annotated[str | None, Header()] = None,
) -> models.IngestResult:
    """Run one article through the pipeline and store it.  Needs the server's token as
    ``Authorization: Bearer TOKEN`` or ``X-Hadath-Token``; disabled when the server has none."""
    config = request.app.state.config
    if not config.token:
        raise HadathError(ErrorCode.E502)
    given = x_hadath_token
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not token_matches(config.token, given):
        raise HadathError(ErrorCode.E503)
    return request.app.state.ingestor.ingest(body)
