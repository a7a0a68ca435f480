"""Analysis queries of the API over coded events: happenings, time series, network, actors, map.

Which events match a filter, and how events merge into happenings, is decided in one place
(`hadath.store.queries`, `hadath.corpus.aggregate`), shared with ``hadath export``; this
module pages, counts and groups what those return.  Statements are parameterised.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any, Literal

from hadath.errors import ErrorCode, HadathError
from hadath.store.queries import (
    EventQuery,
    aggregated_events,
    count_events,
    happening_of,
    like_prefix,
)

_FROM = "FROM events e JOIN documents d ON d.id = e.doc_id"
# Aggregation reads every matching mention into memory (a few hundred bytes each) before
# merging; above this many the request is refused with E509 and the filters must narrow it.
MAX_AGGREGATED_MENTIONS = 200_000

HappeningOrder = Literal["reported", "date"]


def aggregated_page(
    conn: sqlite3.Connection,
    query: EventQuery,
    limit: int,
    offset: int,
    order: HappeningOrder = "reported",
    max_mentions: int = MAX_AGGREGATED_MENTIONS,
) -> tuple[int, list[dict[str, Any]]]:
    """The number of happenings among the events matching `query` and one page of them.

    The happenings are exactly those of ``hadath export --aggregate`` for the same filters
    (`hadath.store.queries.aggregated_events`).  order: "reported" (most articles, then
    mentions, first) or "date" (the export's order).  Raises E509 when more than
    `max_mentions` events match, before reading them.
    """
    matching = count_events(conn, query)
    if matching > max_mentions:
        raise HadathError(ErrorCode.E509, count=matching, limit=max_mentions)
    happenings = aggregated_events(conn, query)
    if order == "reported":
        happenings.sort(key=lambda a: (-a.num_articles, -a.num_mentions, a.date or "", a.id))
    return len(happenings), [a.to_dict() for a in happenings[offset : offset + limit]]


def same_happening(conn: sqlite3.Connection, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The other articles that report the happening `event` belongs to, one per document."""
    mine = happening_of(conn, event["id"])
    if mine is None:
        return []
    others: dict[str, dict[str, Any]] = {}
    for m in mine.mentions:
        if m.doc_id == event["doc_id"] or m.doc_id in others:
            continue
        others[m.doc_id] = {
            "event_id": m.id,
            "doc_id": m.doc_id,
            "title": None,
            "outlet": m.outlet,
            "published": m.published,
            "url": m.url,
            "trigger": m.trigger_text,
        }
    if others:
        marks = ",".join("?" * len(others))
        titles = conn.execute(
            f"SELECT id, title FROM documents WHERE id IN ({marks})", list(others)
        )
        for doc_id, title in titles:
            others[doc_id]["title"] = title
    return sorted(others.values(), key=lambda o: (o["published"] or "", o["doc_id"]))


def sentence_span(conn: sqlite3.Connection, doc_id: str, index: int) -> tuple[int, str] | None:
    """(start offset, text) of sentence `index` of document `doc_id`."""
    row = conn.execute(
        "SELECT start, text FROM sentences WHERE doc_id = ? AND idx = ?", (doc_id, index)
    ).fetchone()
    return (int(row["start"]), row["text"]) if row else None


def time_series(
    conn: sqlite3.Connection, flt: EventQuery, interval: str, split: str
) -> list[dict[str, Any]]:
    """Events per day or ISO week (Monday) split by quad class or PLOVER category.

    Only events dated to the day are counted; near-duplicate documents are left out unless
    the filter asks for them.  Each row carries the mean Goldstein score of its bucket.
    """
    where, params = flt.where()
    period = "e.date_value" if interval == "day" else "date(e.date_value, '-6 days', 'weekday 1')"
    key = "e.quad_class" if split == "quad_class" else "e.plover"
    rows = conn.execute(
        f"SELECT {period} AS period, {key} AS key, COUNT(*) AS n, AVG(e.goldstein) AS g "
        f"{_FROM} WHERE {where} AND length(e.date_value) = 10 AND e.date_value GLOB "
        f"'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
        f"GROUP BY period, key HAVING period IS NOT NULL ORDER BY period, key",
        params,
    ).fetchall()
    return [
        {
            "period": r["period"],
            "key": str(r["key"]),
            "count": r["n"],
            "goldstein": round(r["g"], 2),
        }
        for r in rows
    ]


def happening_series(
    conn: sqlite3.Connection,
    flt: EventQuery,
    interval: str,
    split: str,
    max_mentions: int = MAX_AGGREGATED_MENTIONS,
) -> list[dict[str, Any]]:
    """Happenings (not mentions) per day or ISO week, split like `time_series`.

    A happening reported by five outlets counts once, at its own date, with its Goldstein
    score; only happenings dated to the day are counted.  E509 above `max_mentions`.
    """
    matching = count_events(conn, flt)
    if matching > max_mentions:
        raise HadathError(ErrorCode.E509, count=matching, limit=max_mentions)
    buckets: dict[tuple[str, str], list[float]] = {}
    for a in aggregated_events(conn, flt):
        if a.date_precision != "day" or a.date is None:
            continue
        try:
            day = date.fromisoformat(a.date)
        except ValueError:
            continue
        period = day if interval == "day" else day - timedelta(days=day.weekday())
        key = str(a.quad_class if split == "quad_class" else a.plover)
        buckets.setdefault((period.isoformat(), key), []).append(a.goldstein)
    return [
        {"period": period, "key": key, "count": len(g), "goldstein": round(sum(g) / len(g), 2)}
        for (period, key), g in sorted(buckets.items())
    ]


def network(conn: sqlite3.Connection, flt: EventQuery, max_edges: int) -> dict[str, Any]:
    """Directed actor pairs with event counts and mean Goldstein, heaviest first."""
    where, params = flt.where()
    rows = conn.execute(
        f"SELECT e.source_code AS s, e.target_code AS t, COUNT(*) AS n, "
        f"AVG(e.goldstein) AS g, SUM(e.quad_class >= 3) AS conflict "
        f"{_FROM} WHERE {where} AND e.target_code IS NOT NULL "
        f"GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?",
        [*params, max_edges],
    ).fetchall()
    edges: list[dict[str, Any]] = []
    weight: dict[str, int] = {}
    for r in rows:
        edges.append(
            {
                "source": r["s"],
                "target": r["t"],
                "count": r["n"],
                "goldstein": round(r["g"], 2),
                "conflict": r["conflict"],
                "kind": "conflict" if r["g"] < 0 else "cooperation",
            }
        )
        weight[r["s"]] = weight.get(r["s"], 0) + r["n"]
        weight[r["t"]] = weight.get(r["t"], 0) + r["n"]
    names = _actor_names(conn, list(weight))
    nodes = [
        {"id": code, "count": n, "name_en": names.get(code)}
        for code, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {"nodes": nodes, "edges": edges}


def _actor_names(conn: sqlite3.Connection, codes: list[str]) -> dict[str, str]:
    if not codes:
        return {}
    marks = ",".join("?" * len(codes))
    rows = conn.execute(
        f"SELECT code, MIN(name_en) AS name FROM actor_mentions WHERE code IN ({marks}) "
        "AND name_en IS NOT NULL GROUP BY code",
        codes,
    ).fetchall()
    return {r["code"]: r["name"] for r in rows}


def list_actors(
    conn: sqlite3.Connection, prefix: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Actor codes seen in events, with mention and event counts, most active first."""
    cond, params = "1", []
    if prefix:
        cond, params = "code LIKE ? ESCAPE '\\'", [like_prefix(prefix.upper())]
    base = (
        "SELECT code, MIN(country) AS country, MIN(sector) AS sector, MIN(name_en) AS name_en, "
        "COUNT(*) AS mentions FROM actor_mentions GROUP BY code"
    )
    total = conn.execute(f"SELECT COUNT(*) FROM ({base}) WHERE {cond}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT a.*, (SELECT COUNT(*) FROM events e WHERE e.source_code = a.code "
        f"OR e.target_code = a.code) AS events FROM ({base}) a WHERE {cond} "
        f"ORDER BY events DESC, mentions DESC, code LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return int(total), [dict(r) for r in rows]


def counterparts(conn: sqlite3.Connection, code: str) -> list[dict[str, Any]]:
    """Who `code` (a code prefix, as in the event filters) acts with, in either direction,
    with counts and mean Goldstein; events of near-duplicate documents are not counted."""
    where, params = EventQuery(actor=code).where()
    mine = like_prefix(code.strip().upper())
    rows = conn.execute(
        "SELECT CASE WHEN e.source_code LIKE ? ESCAPE '\\' THEN e.target_code "
        "ELSE e.source_code END AS other, "
        "SUM(e.source_code LIKE ? ESCAPE '\\') AS as_source, "
        "SUM(NOT e.source_code LIKE ? ESCAPE '\\') AS as_target, "
        f"COUNT(*) AS n, AVG(e.goldstein) AS g {_FROM} WHERE {where} "
        "AND e.target_code IS NOT NULL GROUP BY other ORDER BY n DESC, other",
        [mine, mine, mine, *params],
    ).fetchall()
    return [
        {
            "code": r["other"],
            "as_source": r["as_source"],
            "as_target": r["as_target"],
            "count": r["n"],
            "goldstein": round(r["g"], 2),
        }
        for r in rows
    ]


def map_points(conn: sqlite3.Connection, flt: EventQuery) -> list[dict[str, Any]]:
    """Event locations with coordinates, grouped per place, with counts and mean Goldstein."""
    where, params = flt.where()
    rows = conn.execute(
        f"SELECT e.location_name AS name, e.location_name_ar AS name_ar, "
        f"e.location_country AS country, e.lat AS lat, e.lon AS lon, COUNT(*) AS n, "
        f"AVG(e.goldstein) AS g {_FROM} WHERE {where} AND e.lat IS NOT NULL "
        f"AND e.lon IS NOT NULL GROUP BY e.lat, e.lon, e.location_name ORDER BY n DESC, name",
        params,
    ).fetchall()
    return [
        {
            "name": r["name"],
            "name_ar": r["name_ar"],
            "country": r["country"],
            "lat": r["lat"],
            "lon": r["lon"],
            "count": r["n"],
            "goldstein": round(r["g"], 2),
        }
        for r in rows
    ]
