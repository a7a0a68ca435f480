"""SQLite store: schema and migrations, the one writer, and read queries."""

from hadath.store.database import SCHEMA_VERSION, open_database
from hadath.store.writer import StoreWriter

__all__ = ["SCHEMA_VERSION", "StoreWriter", "open_database"]
