"""``hadath serve --db FILE``: the HTTP API and the web workbench on 127.0.0.1."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from hadath.errors import ErrorCode, HadathError

NAME = "serve"
HELP = "serve the HTTP API and the analyst workbench (web pages) on 127.0.0.1"
ORDER = 90


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=Path("hadath.db"),
        help="SQLite database to serve (default: hadath.db)",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--token",
        default=None,
        help="enable POST /api/ingest with this token (or set HADATH_TOKEN); "
        "without one, ingest is disabled",
    )
    parser.add_argument(
        "--max-body-kb",
        type=int,
        default=2000,
        help="largest accepted request body in KB (default 2000)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from hadath.api import ServeConfig, create_app
    except ImportError as exc:
        raise HadathError(ErrorCode.E501, reason=f"install the web extra ({exc.name})") from exc
    if not 0 < args.port < 65536:
        raise HadathError(ErrorCode.E017, name="--port", reason="must be 1-65535")
    if args.max_body_kb <= 0:
        raise HadathError(ErrorCode.E017, name="--max-body-kb", reason="must be positive")
    token = args.token or os.environ.get("HADATH_TOKEN") or None
    config = ServeConfig(db_path=args.db, token=token, max_body_bytes=args.max_body_kb * 1024)
    app = create_app(config)
    ingest = "enabled (token required)" if token else "disabled (no --token)"
    print(f"hadath serve: {args.db} on http://{args.host}:{args.port}/ - ingest {ingest}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
