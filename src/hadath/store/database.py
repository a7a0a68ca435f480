"""Opening a hadath database: WAL mode, foreign keys, and forward migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hadath.errors import ErrorCode, HadathError
from hadath.store.migrations import MIGRATIONS

SCHEMA_VERSION = max(v for v, _ in MIGRATIONS)


def open_database(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at `path`.

    The connection is in autocommit mode (``isolation_level=None``): writers open their own
    ``BEGIN IMMEDIATE`` transactions, so a document is stored whole or not at all.
    Raises `HadathError` E010/E011 when the file is not a usable hadath database.
    """
    path = Path(path)
    try:
        if readonly:
            if not path.exists():
                raise HadathError(ErrorCode.E010, path=path, reason="no such database")
            conn = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(
                path, isolation_level=None, timeout=30.0, check_same_thread=False
            )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn, path)
        else:
            check_version(conn, path)
    except sqlite3.DatabaseError as exc:
        raise HadathError(ErrorCode.E010, path=path, reason=str(exc)) from exc
    return conn


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def check_version(conn: sqlite3.Connection, path: Path) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if row is None:
        raise HadathError(ErrorCode.E010, path=path, reason="not a hadath database")
    found = int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
    if found > SCHEMA_VERSION:
        raise HadathError(ErrorCode.E011, path=path, found=found, known=SCHEMA_VERSION)
    return found


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Apply every pending migration, each in its own transaction; returns the version."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = current_version(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if found > SCHEMA_VERSION:
        raise HadathError(ErrorCode.E011, path=path, found=found, known=SCHEMA_VERSION)
    for version, sql in MIGRATIONS:
        if version <= found:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) >= version:  # another process migrated meanwhile
                conn.execute("COMMIT")
                continue
            for statement in split_statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version(version) VALUES (?)", (version,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def split_statements(sql: str) -> list[str]:
    """Split a migration script into statements (``executescript`` would commit early)."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
