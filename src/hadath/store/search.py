"""Arabic-aware full-text search over stored documents (SQLite FTS5).

The index holds the normalised title and body (diacritics dropped, alef/ya/ta marbuta
folded: `hadath.text.normalize`) plus, in the ``light`` column, every proclitic reading of
every word.  A query is normalised the same way and each of its words is sent to FTS5 as a
quoted string, so FTS syntax in user input (quotes, ``*``, ``NEAR``, ``:``, parentheses) is
only ever text.  Snippets are cut from the original text, spelled as the article spells it.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from hadath.geo.variants import proclitic_variants
from hadath.text.normalize import normalize, normalize_form
from hadath.text.segment import CliticRules

_WORD = re.compile(r"\w+")
SNIPPET_CHARS = 80  # characters of context on each side of the first hit
MAX_QUERY_WORDS = 32  # longer queries are cut: FTS cost grows with every term


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    title: str | None
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _default_rules() -> CliticRules:
    from hadath.text.resources import load_text_resources

    return load_text_resources().clitics


def _light_column(norm_text: str, rules: CliticRules) -> str:
    variants: list[str] = []
    for word in _WORD.findall(norm_text):
        variants.extend(proclitic_variants(word, rules)[1:])
    return " ".join(variants)


def refresh_search_index(conn: sqlite3.Connection, rules: CliticRules | None = None) -> int:
    """Index every stored document not yet in the search index; returns how many.

    Cheap when the index is current (one anti-join on rowids).  Runs in one transaction.
    """
    pending = conn.execute(
        "SELECT d.rowid, d.title, d.text FROM documents d WHERE NOT EXISTS "
        "(SELECT 1 FROM documents_fts f WHERE f.rowid = d.rowid)"
    ).fetchall()
    if not pending:
        return 0
    rules = rules or _default_rules()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for rowid, title, text in pending:
            norm = normalize_form(text or "")
            conn.execute(
                "INSERT INTO documents_fts(rowid, title, body, light) VALUES (?,?,?,?)",
                (rowid, normalize_form(title or ""), norm, _light_column(norm, rules)),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(pending)


def query_words(query: str) -> list[str]:
    """The words of a user query in matching form (at most `MAX_QUERY_WORDS`)."""
    return _WORD.findall(normalize_form(query).lower())[:MAX_QUERY_WORDS]


def fts_expression(words: list[str]) -> str:
    """An FTS5 MATCH expression requiring every word, each quoted so it is only text."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    return " AND ".join(f"{{title body light}} : {q}" for q in quoted)


def make_snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> str:
    """About ``2 * width`` characters of `text` around the first occurrence of a query word."""
    norm = normalize(text)
    lowered = norm.text.lower()
    hits = [p for p in (lowered.find(w) for w in words) if p >= 0]
    if not hits:
        return text[: 2 * width].strip() + ("…" if len(text) > 2 * width else "")
    pos = min(hits)
    word = next(w for w in words if lowered.find(w) == pos)
    start, end = norm.to_original(pos, pos + len(word))
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1  # keep the word's last diacritics inside the highlight
    left, right = max(0, start - width), min(len(text), end + width)
    snippet = f"{text[left:start]}«{text[start:end]}»{text[end:right]}"
    snippet = " ".join(snippet.split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def search_documents(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Documents matching every word of `query`, best first (BM25; higher score is better).

    Diacritics, alef and ya variants and proclitics in the query or the text do not matter.
    A query without words returns no hits.  Never raises on hostile input.
    """
    words = query_words(query)
    if not words or limit <= 0:
        return []
    rows = conn.execute(
        "SELECT d.id, d.title, d.text, bm25(documents_fts, 2.0, 1.0, 0.5) AS rank "
        "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ?",
        (fts_expression(words), limit),
    ).fetchall()
    return [
        SearchHit(
            doc_id=row[0],
            title=row[1],
            snippet=make_snippet(row[2] or "", words),
            score=round(-float(row[3]), 4),
        )
        for row in rows
    ]
