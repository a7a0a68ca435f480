"""Read queries over stored documents: lists, one document with all its layers, search."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from hadath.store.queries import document_events, like_escape

_DOC_COLUMNS = (
    "id, source, url, outlet, title, published, language, duplicate_of, n_sentences, "
    "n_actors, n_events, ingested_at"
)


def list_documents(
    conn: sqlite3.Connection,
    *,
    q: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
) -> tuple[int, list[dict[str, Any]]]:
    """One page of document summaries (no text), newest publication first."""
    clauses, params = [], []
    if q:
        clauses.append("(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')")
        pattern = "%" + like_escape(q) + "%"
        params += [pattern, pattern]
    if outlet:
        clauses.append("outlet = ?")
        params.append(outlet)
    if since:
        clauses.append("published >= ?")
        params.append(since)
    if until:
        clauses.append("published <= ?")
        params.append(until + "~")
    where = " AND ".join(clauses) or "1"
    total = conn.execute(f"SELECT COUNT(*) FROM documents WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents WHERE {where} "
        "ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return int(total), [dict(r) for r in rows]


def get_document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """A document with its cleaned text, removed lines, sentences, mentions and events."""
    row = conn.execute(
        f"SELECT {_DOC_COLUMNS}, text, removed FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        return None
    doc = dict(row)
    doc["removed"] = json.loads(doc["removed"] or "[]")
    doc["sentences"] = [
        dict(r)
        for r in conn.execute(
            'SELECT idx AS "index", start, "end", text FROM sentences WHERE doc_id = ? '
            "ORDER BY idx",
            (doc_id,),
        )
    ]
    doc["actors"] = [
        dict(r, coref=bool(r["coref"]))
        for r in conn.execute(
            'SELECT text, start, "end", code, country, sector, entity, name_en, sentence, coref '
            "FROM actor_mentions WHERE doc_id = ? ORDER BY start, id",
            (doc_id,),
        )
    ]
    doc["dates"] = [
        dict(r)
        for r in conn.execute(
            'SELECT text, start, "end", value, precision, basis, sentence FROM date_mentions '
            "WHERE doc_id = ? ORDER BY start, id",
            (doc_id,),
        )
    ]
    doc["places"] = [
        dict(r)
        for r in conn.execute(
            'SELECT text, start, "end", name, name_ar, geonameid, country, lat, lon, sentence '
            "FROM place_mentions WHERE doc_id = ? ORDER BY start, id",
            (doc_id,),
        )
    ]
    doc["events"] = document_events(conn, doc_id)
    return doc


def search_documents(
    conn: sqlite3.Connection, query: str, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Documents matching `query`, best first, with a snippet around the first hit.

    Uses the store's Arabic-aware full-text index (`hadath.store.search`) when it covers
    every document; otherwise (an older database, or an index not yet refreshed) a plain
    parameterised substring search, so search never fails for want of an index.
    """
    if fts_is_current(conn):
        return _fts_search(conn, query, limit, offset)
    return _substring_search(conn, query, limit, offset)


def fts_is_current(conn: sqlite3.Connection) -> bool:
    """True when the full-text index exists and holds every stored document."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents_fts'"
    ).fetchone()
    if exists is None:
        return False
    row = conn.execute(
        "SELECT (SELECT COUNT(*) FROM documents_fts), (SELECT COUNT(*) FROM documents)"
    ).fetchone()
    return bool(row[0] == row[1])


def _fts_search(
    conn: sqlite3.Connection, query: str, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    from hadath.store import search

    words = search.query_words(query)
    if not words:
        return 0, []
    total = conn.execute(
        "SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?",
        (search.fts_expression(words),),
    ).fetchone()[0]
    hits = search.search_documents(conn, query, limit=offset + limit)[offset:]
    meta = _outlets(conn, [h.doc_id for h in hits])
    return int(total), [{**h.to_dict(), **meta.get(h.doc_id, {})} for h in hits]


def _outlets(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT id, outlet, published FROM documents WHERE id IN ({marks})", ids
    ).fetchall()
    return {r["id"]: {"outlet": r["outlet"], "published": r["published"]} for r in rows}


def _substring_search(
    conn: sqlite3.Connection, query: str, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Title or text containing `query` verbatim; the score counts its occurrences."""
    pattern = "%" + like_escape(query) + "%"
    cond = "(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
    total = conn.execute(
        f"SELECT COUNT(*) FROM documents WHERE {cond}", (pattern, pattern)
    ).fetchone()[0]
    rows = conn.execute(
        f"SELECT id, title, text, outlet, published FROM documents WHERE {cond} "
        "ORDER BY published IS NULL, published DESC, id",
        (pattern, pattern),
    ).fetchall()
    hits = []
    for r in rows:
        text, title = r["text"] or "", r["title"] or ""
        hits.append(
            {
                "doc_id": r["id"],
                "title": r["title"],
                "outlet": r["outlet"],
                "published": r["published"],
                "snippet": snippet(text, query),
                "score": float(text.count(query) + title.count(query)),
            }
        )
    hits.sort(key=lambda h: -h["score"])
    return int(total), hits[offset : offset + limit]


def snippet(text: str, query: str, width: int = 80) -> str:
    """About `width` characters of `text` on each side of the first `query`."""
    at = text.find(query)
    if at < 0:
        return text[: 2 * width]
    start, end = max(0, at - width), min(len(text), at + len(query) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
