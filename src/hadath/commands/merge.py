"""``hadath merge --out DIR --db FILE``: load a batch's Parquet shards into the SQLite store."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

NAME = "merge"
HELP = "load the Parquet shards of a `hadath batch` folder into the SQLite store (idempotent)"
ORDER = 105


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="the folder `hadath batch --out` wrote",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=Path("hadath.db"),
        help="SQLite database to write (default: hadath.db)",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args: argparse.Namespace) -> int:
    from hadath.scale.merge import merge_batch

    summary = merge_batch(args.out, args.db)
    if args.json:
        print(json.dumps(summary.to_dict(), indent=1))
    else:
        print(f"hadath merge {args.out} -> {args.db}")
        print(f"shards: {summary.shards} merged, {summary.not_done} not finished")
        print(
            f"documents: {summary.documents} read, {summary.stored} stored "
            f"({summary.duplicates} near-duplicates), {summary.unchanged} already in the store"
        )
        print(f"events stored: {summary.events}")
    return 0
