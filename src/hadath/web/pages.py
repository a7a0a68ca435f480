"""Server-rendered pages of the workbench and the static assets they load.

Pages are Jinja2 templates with autoescaping; article text reaches them only as escaped
runs (`hadath.web.markup`).  The small scripts in ``static/`` draw the charts from the JSON
API and open provenance panels, building DOM nodes with ``textContent`` only.
"""

from __future__ import annotations

import math
import re
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import yaml
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from hadath.api import document_queries as docs
from hadath.api import event_queries as events
from hadath.api.routes import read_connection
from hadath.errors import ErrorCode, HadathError
from hadath.store import queries
from hadath.store.queries import EventQuery
from hadath.web.markup import Mark, Run, cut
from hadath.web.worldmap import load_countries, project, view_box

HERE = Path(__file__).parent
LABELS = HERE / "templates" / "labels.yaml"
PAGE_SIZE = 50

# What each event filter field accepts on a page; anything else is reported and ignored.
_FIELD_PATTERNS = {
    "since": r"\d{4}(-\d{2}(-\d{2})?)?",
    "until": r"\d{4}(-\d{2}(-\d{2})?)?",
    "actor": r"[A-Za-z0-9-]{1,40}",
    "counterpart": r"[A-Za-z0-9-]{1,40}",
    "country": r"[A-Za-z]{3}",
    "cameo": r"\d{2,4}",
    "plover": r"[A-Za-z_-]{1,40}",
    "quad_class": r"[1-4]",
    "q": r".{1,200}",
    "doc_id": r"[A-Za-z0-9_.:-]{1,200}",
}


def load_labels(path: Path = LABELS) -> dict[str, dict[str, str]]:
    """The bilingual page labels; a malformed entry is a coded error naming file and key."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise HadathError(ErrorCode.E508, path=path, key="", reason="not a mapping")
    for key, value in data.items():
        if not (
            isinstance(value, dict)
            and isinstance(value.get("en"), str)
            and isinstance(value.get("ar"), str)
        ):
            raise HadathError(ErrorCode.E508, path=path, key=key, reason="needs 'en' and 'ar'")
    return data


class Site:
    """What the pages share: templates, labels and the decoded world map (built once)."""

    def __init__(self) -> None:
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals["L"] = load_labels()
        self.templates.env.globals["quad_name"] = lambda q: f"quad_{q}"

    @cached_property
    def countries(self) -> list[Any]:
        return load_countries()


def page_filter(request: Request) -> tuple[EventQuery, list[str]]:
    """The event filter from a page's query string; empty fields mean "any"."""
    values: dict[str, Any] = {}
    problems = []
    for name, pattern in _FIELD_PATTERNS.items():
        raw = request.query_params.get(name, "").strip()
        if not raw:
            continue
        if re.fullmatch(pattern, raw, flags=re.DOTALL) is None:
            problems.append(name)
            continue
        values[name] = int(raw) if name == "quad_class" else raw
    return EventQuery(**values), problems


Conn = Annotated[sqlite3.Connection, Depends(read_connection)]
router = APIRouter(include_in_schema=False)


def _page(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return max(1, min(int(raw), 100_000)) if raw.isdigit() else 1


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    site: Site = request.app.state.site
    return site.templates.TemplateResponse(request, name, context)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/events", status_code=307)


@router.get("/events")
def events_page(request: Request, conn: Conn) -> HTMLResponse:
    flt, problems = page_filter(request)
    page = _page(request)
    total, items = queries.event_page(conn, flt, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    query = flt.as_params()
    return render(
        request,
        "events.html",
        active="events",
        flt=query,
        problems=problems,
        total=total,
        items=items,
        page=page,
        pages=max(1, math.ceil(total / PAGE_SIZE)),
        query=urlencode(query),
    )


@router.get("/timeline")
def timeline_page(request: Request) -> HTMLResponse:
    flt, problems = page_filter(request)
    interval = "week" if request.query_params.get("interval") == "week" else "day"
    api = "/api/timeseries?" + urlencode({**flt.as_params(), "interval": interval})
    return render(
        request,
        "timeline.html",
        active="timeline",
        flt=flt.as_params(),
        problems=problems,
        interval=interval,
        api=api,
    )


@router.get("/network")
def network_page(request: Request) -> HTMLResponse:
    flt, problems = page_filter(request)
    api = "/api/network?" + urlencode({**flt.as_params(), "max_edges": 60})
    return render(
        request, "network.html", active="network", flt=flt.as_params(), problems=problems, api=api
    )


@router.get("/map")
def map_page(request: Request, conn: Conn) -> HTMLResponse:
    flt, problems = page_filter(request)
    points = events.map_points(conn, flt)
    biggest = max((p["count"] for p in points), default=1)
    for p in points:
        p["x"], p["y"] = project(p["lon"], p["lat"])
    box = view_box([(p["x"], p["y"]) for p in points])
    unit = box[2] / 150  # circle radii in proportion to the area shown
    for p in points:
        p["r"] = unit * (1 + 2.5 * math.sqrt(p["count"] / biggest))
    return render(
        request,
        "map.html",
        active="map",
        flt=flt.as_params(),
        problems=problems,
        points=points,
        countries=request.app.state.site.countries,
        view_box=" ".join(f"{v:.1f}" for v in box),
    )


@router.get("/documents")
def documents_page(request: Request, conn: Conn) -> HTMLResponse:
    page = _page(request)
    total, items = docs.list_documents(
        conn,
        q=None,
        outlet=None,
        since=None,
        until=None,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    return render(
        request,
        "documents.html",
        active="documents",
        items=items,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / PAGE_SIZE)),
    )


@router.get("/documents/{doc_id}")
def document_page(request: Request, conn: Conn, doc_id: str) -> Response:
    doc = docs.get_document(conn, doc_id)
    if doc is None:
        return HTMLResponse(_missing(request, doc_id), status_code=404)
    marks = [Mark(a["start"], a["end"], "actor", a["code"]) for a in doc["actors"]]
    marks += [Mark(d["start"], d["end"], "date", d["value"]) for d in doc["dates"]]
    marks += [Mark(p["start"], p["end"], "place", p["name"]) for p in doc["places"]]
    marks += [
        Mark(
            e["trigger"]["start"],
            e["trigger"]["end"],
            "event",
            f"{e['cameo']} {e['plover']} {e['source']['code']}"
            f"→{(e['target'] or {}).get('code', '-')}",
        )
        for e in doc["events"]
    ]
    paragraphs = _paragraphs(doc["text"], marks)
    return render(request, "document.html", active="documents", doc=doc, paragraphs=paragraphs)


def _missing(request: Request, ident: str) -> str:
    site: Site = request.app.state.site
    template = site.templates.get_template("missing.html")
    return template.render(
        request=request, active="documents", ident=ident, status=404, label="none_found"
    )


def error_page(request: Request, status: int) -> HTMLResponse:
    """An HTML error page (an unknown page URL is a page, not an API answer)."""
    site: Site = request.app.state.site
    template = site.templates.get_template("missing.html")
    html = template.render(
        request=request, active=None, ident=request.url.path, status=status, label="page_not_found"
    )
    return HTMLResponse(html, status_code=status)


def _paragraphs(text: str, marks: list[Mark]) -> list[list[Run]]:
    """The text cut into runs, then split into paragraphs at line breaks."""
    paragraphs: list[list[Run]] = [[]]
    for run in cut(text, marks):
        pieces = run.text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(Run(piece, run.labels, run.titles))
    return [p for p in paragraphs if p]


@router.get("/actors")
def actors_page(request: Request, conn: Conn) -> HTMLResponse:
    raw = request.query_params.get("prefix", "").strip()
    prefix = raw if re.fullmatch(_FIELD_PATTERNS["actor"], raw) else ""
    page = _page(request)
    total, items = events.list_actors(conn, prefix or None, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return render(
        request,
        "actors.html",
        active="actors",
        prefix=prefix,
        total=total,
        items=items,
        page=page,
        pages=max(1, math.ceil(total / PAGE_SIZE)),
        query=urlencode({"prefix": prefix} if prefix else {}),
    )


@router.get("/actors/{code}")
def actor_page(request: Request, conn: Conn, code: str) -> Response:
    if re.fullmatch(_FIELD_PATTERNS["actor"], code) is None:
        return error_page(request, 404)
    code = code.upper()
    page = _page(request)
    total, items = queries.event_page(
        conn, EventQuery(actor=code), PAGE_SIZE, (page - 1) * PAGE_SIZE
    )
    counterparts = events.counterparts(conn, code)
    if total == 0 and not counterparts:
        return error_page(request, 404)
    return render(
        request,
        "actor.html",
        active="actors",
        code=code,
        counterparts=counterparts,
        total=total,
        items=items,
        page=page,
        pages=max(1, math.ceil(total / PAGE_SIZE)),
    )


@router.get("/search")
def search_page(request: Request, conn: Conn) -> HTMLResponse:
    q = request.query_params.get("q", "").strip()[:200]
    total, hits = docs.search_documents(conn, q, PAGE_SIZE, 0) if q else (0, [])
    return render(request, "search.html", active="search", q=q, total=total, hits=hits)


def mount_pages(app: FastAPI) -> None:
    """Add the pages and ``/static`` to `app`."""
    app.state.site = Site()
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
