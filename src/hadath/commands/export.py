"""``hadath export --db FILE --format csv|jsonl|parquet``: stored events out, raw or aggregated."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hadath.commands._common import iso_date, output_stream
from hadath.errors import ErrorCode, HadathError
from hadath.store import open_database

NAME = "export"
HELP = "export stored events as CSV (GDELT 2.0 columns), JSONL or Parquet, raw or aggregated"
ORDER = 70

_ACTOR_CODE = re.compile(r"^[A-Za-z]{1,12}$")
_ISO3 = re.compile(r"^[A-Za-z]{3}$")
_CAMEO = re.compile(r"^[0-9]{1,4}$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, required=True, help="hadath SQLite database to read")
    parser.add_argument(
        "--format",
        choices=("csv", "jsonl", "parquet"),
        default="csv",
        help="csv: GDELT 2.0 event columns + hadath columns; jsonl: full "
        "records with provenance; parquet: the CSV columns, typed",
    )
    parser.add_argument(
        "--aggregate",
        action="store_true",
        help="one row per happening with NumMentions/NumArticles/NumSources",
    )
    parser.add_argument("--since", type=iso_date, help="first event date (YYYY-MM-DD)")
    parser.add_argument("--until", type=iso_date, help="last event date (YYYY-MM-DD)")
    parser.add_argument("--actor", help="CAMEO actor code prefix on either side, e.g. FRA")
    parser.add_argument("--country", help="ISO 3166 alpha-3 of either actor, e.g. IRQ")
    parser.add_argument("--code", help="CAMEO event code prefix, e.g. 04 or 042")
    parser.add_argument(
        "--include-duplicates",
        action="store_true",
        help="raw export: also events of near-duplicate documents (aggregates never count them)",
    )
    parser.add_argument("--output", type=Path, help="write here instead of standard output")


def _validate(args: argparse.Namespace) -> None:
    checks = (
        ("--actor", args.actor, _ACTOR_CODE),
        ("--country", args.country, _ISO3),
        ("--code", args.code, _CAMEO),
    )
    for name, value, pattern in checks:
        if value is not None and not pattern.match(value):
            raise HadathError(ErrorCode.E403, name=name, reason=f"{value!r} is not a code")
    if args.since and args.until and args.since > args.until:
        raise HadathError(ErrorCode.E403, name="--since", reason="is after --until")
    if args.format == "parquet" and args.output is None:
        raise HadathError(ErrorCode.E402, format="parquet")


def run(args: argparse.Namespace) -> int:
    from hadath.export.gdelt import aggregated_row, event_row
    from hadath.export.writers import write_csv, write_jsonl, write_parquet
    from hadath.geo.resources import load_gazetteer
    from hadath.store.queries import (
        EventQuery,
        aggregated_events,
        event_with_provenance,
        iter_event_records,
        iter_event_rows,
    )

    _validate(args)
    if not args.db.exists():
        raise HadathError(ErrorCode.E010, path=args.db, reason="no such database")
    query = EventQuery(
        since=args.since,
        until=args.until,
        actor=args.actor,
        country=args.country,
        cameo=args.code,
        include_duplicates=args.include_duplicates and not args.aggregate,
    )
    conn = open_database(args.db, readonly=True)
    try:
        gazetteer = load_gazetteer() if args.format != "jsonl" else None
        rows: Iterator[dict[str, Any]]
        if args.aggregate:
            happenings = aggregated_events(conn, query)
            if args.format == "jsonl":
                rows = (a.to_dict() for a in happenings)
            else:
                rows = (aggregated_row(a, gazetteer) for a in happenings)
        elif args.format == "jsonl":
            rows = (event_with_provenance(r) for r in iter_event_rows(conn, query))
        else:
            rows = (event_row(r, gazetteer) for r in iter_event_records(conn, query))
        if args.format == "parquet":
            n = write_parquet(rows, args.output)
        else:
            with output_stream(args.output) as out:
                n = (write_jsonl if args.format == "jsonl" else write_csv)(rows, out)
    finally:
        conn.close()
    kind = "happenings" if args.aggregate else "events"
    print(f"hadath export: {n} {kind} ({args.format})", file=sys.stderr)
    return 0
