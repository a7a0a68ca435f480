"""``hadath search --db FILE QUERY [--json]``: Arabic-aware full-text search over documents."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console

from hadath.commands._common import read_text_argument
from hadath.errors import ErrorCode, HadathError
from hadath.store import open_database

NAME = "search"
HELP = "full-text search over stored documents (diacritics, alef/ya variants, clitics folded)"
ORDER = 80


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY", help="words to find ('-' reads stdin)")
    parser.add_argument("--db", type=Path, required=True, help="hadath SQLite database")
    parser.add_argument("--limit", type=int, default=20, help="most hits to show (default 20)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of hits {doc_id, title, snippet, score}",
    )


def run(args: argparse.Namespace) -> int:
    from hadath.store.search import refresh_search_index, search_documents

    if not args.db.exists():
        raise HadathError(ErrorCode.E010, path=args.db, reason="no such database")
    if args.limit < 1:
        raise HadathError(ErrorCode.E017, name="--limit", reason="must be at least 1")
    conn = open_database(args.db)
    try:
        refresh_search_index(conn)  # documents stored since the last search
        hits = search_documents(conn, read_text_argument(args.query), limit=args.limit)
    finally:
        conn.close()
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=1))
        return 0
    console = Console(highlight=False, soft_wrap=True)
    if not hits:
        console.print("no documents match", markup=False)
    for hit in hits:
        console.print(f"{hit.doc_id}  {hit.score:.2f}  {hit.title or ''}", markup=False)
        console.print(f"    {hit.snippet}", markup=False)
    return 0
