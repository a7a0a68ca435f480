"""Read queries over coded events: lists, aggregates, provenance, time series, network, map.

All functions take an open connection and an `EventFilter` and return plain dicts in the
DESIGN.md shapes; statements are parameterised (see `hadath.api.filters`).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from hadath.api.filters import EventFilter, like_prefix
from hadath.corpus.aggregate import aggregate_events
from hadath.corpus.records import EventRecord
from hadath.store.queries import EVENT_SELECT

_FROM = "FROM events e JOIN documents d ON d.id = e.doc_id"
_ORDER = "ORDER BY e.date_value IS NULL, e.date_value DESC, e.doc_id, e.sentence, e.id"


def _actor(row: sqlite3.Row, side: str) -> dict[str, Any] | None:
    if row[f"{side}_code"] is None:
        return None
    return {
        "text": row[f"{side}_text"],
        "start": row[f"{side}_start"],
        "end": row[f"{side}_end"],
        "code": row[f"{side}_code"],
        "country": row[f"{side}_country"],
        "sector": row[f"{side}_sector"],
        "entity": row[f"{side}_entity"],
        "name_en": row[f"{side}_name_en"],
    }


def event_from_row(row: sqlite3.Row) -> dict[str, Any]:
    """One ``events`` row (joined with its document) in the DESIGN.md Event shape."""
    location = None
    if row["location_name"] is not None:
        location = {
            "name": row["location_name"],
            "name_ar": row["location_name_ar"],
            "geonameid": row["location_geonameid"],
            "country": row["location_country"],
            "lat": row["lat"],
            "lon": row["lon"],
        }
    date = None
    if row["date_value"] is not None:
        date = {
            "value": row["date_value"],
            "precision": row["date_precision"],
            "basis": row["date_basis"],
        }
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "plover": row["plover"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "trigger": {
            "text": row["trigger_text"],
            "start": row["trigger_start"],
            "end": row["trigger_end"],
        },
        "date": date,
        "location": location,
        "negated": bool(row["negated"]),
        "confidence": row["confidence"],
        "coder": row["coder"],
        "doc_title": row["doc_title"],
        "outlet": row["outlet"],
        "sentence_text": row["sentence_text"],
    }


_SELECT_EVENTS = (
    "SELECT e.*, d.title AS doc_title, d.outlet AS outlet, "
    "(SELECT s.text FROM sentences s WHERE s.doc_id = e.doc_id AND s.idx = e.sentence)"
    " AS sentence_text "
)


def list_events(
    conn: sqlite3.Connection, flt: EventFilter, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """One page of events matching `flt`, newest first, and the total count."""
    where, params = flt.where()
    total = conn.execute(f"SELECT COUNT(*) {_FROM} WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        f"{_SELECT_EVENTS} {_FROM} WHERE {where} {_ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return int(total), [event_from_row(r) for r in rows]


def get_event(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"{_SELECT_EVENTS} {_FROM} WHERE e.id = ?", (event_id,)).fetchone()
    return event_from_row(row) if row else None


def _records(conn: sqlite3.Connection, where: str, params: list[Any]) -> list[EventRecord]:
    rows = conn.execute(f"{EVENT_SELECT} WHERE {where}", params).fetchall()
    return [EventRecord.from_row(r) for r in rows]


def aggregate(
    conn: sqlite3.Connection, flt: EventFilter, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """The happenings among the events matching `flt` (`hadath.corpus.aggregate`: same
    dyad up to sector, same CAMEO root, compatible dates), most reported first.

    Events of near-duplicate documents are not counted.  The filter applies to mentions
    before merging, so the counts are over the matching mentions.
    """
    where, params = flt.where()
    happenings = aggregate_events(_records(conn, where, params))
    happenings.sort(key=lambda a: (-a.num_articles, -a.num_mentions, a.date or "", a.id))
    return len(happenings), [a.to_dict() for a in happenings[offset : offset + limit]]


def same_happening(conn: sqlite3.Connection, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The other articles that report the happening `event` belongs to, one per document."""
    # Candidates: same CAMEO root and the same sides up to sector (by code or by country);
    # the corpus aggregation then decides which of them are this happening.
    clauses, params = ["e.cameo_root = ?"], [event["cameo_root"]]
    for side in ("source", "target"):
        actor = event[side]
        if actor is None:
            clauses.append(f"e.{side}_code IS NULL")
        elif actor["country"]:
            clauses.append(f"(e.{side}_code = ? OR e.{side}_country = ?)")
            params += [actor["code"], actor["country"]]
        else:
            clauses.append(f"e.{side}_code = ?")
            params.append(actor["code"])
    where = " AND ".join(clauses)
    duplicate = conn.execute(
        "SELECT duplicate_of FROM documents WHERE id = ?", (event["doc_id"],)
    ).fetchone()
    happenings = aggregate_events(
        _records(conn, where, params), include_duplicates=bool(duplicate and duplicate[0])
    )
    mine = next((a for a in happenings if any(m.id == event["id"] for m in a.mentions)), None)
    if mine is None:
        return []
    others: dict[str, dict[str, Any]] = {}
    titles = dict(
        conn.execute(
            f"SELECT id, title FROM documents WHERE id IN ({','.join('?' * len(mine.mentions))})",
            [m.doc_id for m in mine.mentions],
        ).fetchall()
    )
    for m in mine.mentions:
        if m.doc_id == event["doc_id"] or m.doc_id in others:
            continue
        others[m.doc_id] = {
            "event_id": m.id,
            "doc_id": m.doc_id,
            "title": titles.get(m.doc_id),
            "outlet": m.outlet,
            "published": m.published,
            "url": m.url,
            "trigger": m.trigger_text,
        }
    return sorted(others.values(), key=lambda o: (o["published"] or "", o["doc_id"]))


def sentence_span(conn: sqlite3.Connection, doc_id: str, index: int) -> tuple[int, str] | None:
    """(start offset, text) of sentence `index` of document `doc_id`."""
    row = conn.execute(
        "SELECT start, text FROM sentences WHERE doc_id = ? AND idx = ?", (doc_id, index)
    ).fetchone()
    return (int(row["start"]), row["text"]) if row else None


def time_series(
    conn: sqlite3.Connection, flt: EventFilter, interval: str, split: str
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


def network(conn: sqlite3.Connection, flt: EventFilter, max_edges: int) -> dict[str, Any]:
    """Directed actor pairs with event counts and mean Goldstein, heaviest first."""
    where, params = flt.where()
    rows = conn.execute(
        f"SELECT e.source_code AS s, e.target_code AS t, COUNT(*) AS n, "
        f"AVG(e.goldstein) AS g, SUM(e.quad_class >= 3) AS conflict "
        f"{_FROM} WHERE {where} AND e.target_code IS NOT NULL "
        f"GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?",
        [*params, max_edges],
    ).fetchall()
    edges, weight = [], {}
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
    """Who `code` acts with, in either direction, with counts and mean Goldstein."""
    rows = conn.execute(
        "SELECT CASE WHEN source_code = ? THEN target_code ELSE source_code END AS other, "
        "SUM(source_code = ?) AS as_source, SUM(target_code = ?) AS as_target, "
        "COUNT(*) AS n, AVG(goldstein) AS g FROM events "
        "WHERE (source_code = ? OR target_code = ?) AND target_code IS NOT NULL "
        "GROUP BY other ORDER BY n DESC, other",
        (code, code, code, code, code),
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


def map_points(conn: sqlite3.Connection, flt: EventFilter) -> list[dict[str, Any]]:
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
