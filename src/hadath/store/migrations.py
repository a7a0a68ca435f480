"""Forward-only schema migrations.  Never edit a released migration: append a new one.

Each entry is ``(version, sql)``; `hadath.store.database.open_database` applies every
migration newer than the database's ``schema_version`` inside one transaction each.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source       TEXT NOT NULL,
            url          TEXT,
            outlet       TEXT,
            title        TEXT,
            published    TEXT,
            language     TEXT,
            encoding     TEXT,
            text         TEXT NOT NULL,
            removed      TEXT NOT NULL DEFAULT '[]',
            duplicate_of TEXT REFERENCES documents(id),
            n_sentences  INTEGER NOT NULL,
            n_actors     INTEGER NOT NULL,
            n_events     INTEGER NOT NULL,
            ingested_at  TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);

        CREATE TABLE sentences (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx    INTEGER NOT NULL,
            start  INTEGER NOT NULL,
            "end"  INTEGER NOT NULL,
            text   TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );

        CREATE TABLE actor_mentions (
            id       INTEGER PRIMARY KEY,
            doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL,
            text     TEXT NOT NULL,
            start    INTEGER NOT NULL,
            "end"    INTEGER NOT NULL,
            code     TEXT NOT NULL,
            country  TEXT,
            sector   TEXT,
            entity   TEXT,
            name_en  TEXT,
            coref    INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX actor_mentions_doc ON actor_mentions(doc_id);
        CREATE INDEX actor_mentions_code ON actor_mentions(code);

        CREATE TABLE date_mentions (
            id        INTEGER PRIMARY KEY,
            doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence  INTEGER NOT NULL,
            text      TEXT NOT NULL,
            start     INTEGER NOT NULL,
            "end"     INTEGER NOT NULL,
            value     TEXT NOT NULL,
            precision TEXT NOT NULL,
            basis     TEXT NOT NULL
        );
        CREATE INDEX date_mentions_doc ON date_mentions(doc_id);

        CREATE TABLE place_mentions (
            id         INTEGER PRIMARY KEY,
            doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence   INTEGER NOT NULL,
            text       TEXT NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            name       TEXT NOT NULL,
            name_ar    TEXT NOT NULL,
            geonameid  INTEGER,
            country    TEXT,
            lat        REAL,
            lon        REAL
        );
        CREATE INDEX place_mentions_doc ON place_mentions(doc_id);

        CREATE TABLE events (
            id                 TEXT PRIMARY KEY,
            doc_id             TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence           INTEGER NOT NULL,
            cameo              TEXT NOT NULL,
            cameo_root         TEXT NOT NULL,
            plover             TEXT NOT NULL,
            quad_class         INTEGER NOT NULL,
            goldstein          REAL NOT NULL,
            source_code        TEXT NOT NULL,
            source_country     TEXT,
            source_sector      TEXT,
            source_entity      TEXT,
            source_name_en     TEXT,
            source_text        TEXT NOT NULL,
            source_start       INTEGER NOT NULL,
            source_end         INTEGER NOT NULL,
            target_code        TEXT,
            target_country     TEXT,
            target_sector      TEXT,
            target_entity      TEXT,
            target_name_en     TEXT,
            target_text        TEXT,
            target_start       INTEGER,
            target_end         INTEGER,
            trigger_text       TEXT NOT NULL,
            trigger_start      INTEGER NOT NULL,
            trigger_end        INTEGER NOT NULL,
            date_value         TEXT,
            date_precision     TEXT,
            date_basis         TEXT,
            location_name      TEXT,
            location_name_ar   TEXT,
            location_geonameid INTEGER,
            location_country   TEXT,
            lat                REAL,
            lon                REAL,
            negated            INTEGER NOT NULL DEFAULT 0,
            confidence         REAL NOT NULL,
            coder              TEXT NOT NULL
        );
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_date ON events(date_value);
        CREATE INDEX events_source ON events(source_code);
        CREATE INDEX events_target ON events(target_code);
        CREATE INDEX events_cameo ON events(cameo);
        CREATE INDEX events_plover ON events(plover);
        """,
    ),
    (
        2,
        # Full-text search over the normalised text (hadath.store.search fills it: SQL alone
        # cannot normalise Arabic).  Rows share the rowid of their document; "light" holds
        # every clitic-stripped variant of every word, so "بغداد" finds "وبغداد".
        """
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, body, light, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            DELETE FROM documents_fts WHERE rowid = old.rowid;
        END;
        """,
    ),
    (
        3,
        # `hadath watch` asks "was this URL already read?" for every feed entry.
        """
        CREATE INDEX documents_url ON documents(url);
        """,
    ),
]
