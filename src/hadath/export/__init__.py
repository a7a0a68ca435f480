"""Exports of stored events: CSV with GDELT 2.0 event columns, JSONL, Parquet."""
