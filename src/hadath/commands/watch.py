"""``hadath watch FEED_URL... [--interval S] [--db FILE] [--once]``: live feeds into the store."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hadath.commands._common import add_pipeline_options, options_from_args
from hadath.errors import ErrorCode, HadathError
from hadath.resources import Resources

NAME = "watch"
HELP = "poll RSS/Atom feeds, fetch new articles politely and code them into the store"
ORDER = 110


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("feeds", nargs="+", metavar="FEED_URL", help="RSS or Atom feed URLs")
    parser.add_argument(
        "--db",
        type=Path,
        default=Path("hadath.db"),
        help="SQLite database to write (default: hadath.db)",
    )
    parser.add_argument(
        "--interval",
        type=float,
        default=600.0,
        help="seconds between polls (default 600, at least 30 unless --once)",
    )
    parser.add_argument("--once", action="store_true", help="poll once and exit")
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for a server (default 10)"
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=2,
        help="extra attempts after a network error, 429 or 5xx (default 2)",
    )
    parser.add_argument(
        "--max-kb", type=int, default=5120, help="largest page or feed read, in KB (default 5120)"
    )
    parser.add_argument(
        "--host-delay",
        type=float,
        default=1.0,
        help="minimum seconds between requests to one host (default 1)",
    )
    parser.add_argument(
        "--max-entries",
        type=int,
        default=100,
        help="newest entries read per feed and poll (default 100)",
    )
    add_pipeline_options(parser)


def _check(args: argparse.Namespace) -> None:
    if not args.once and args.interval < 30:
        raise HadathError(ErrorCode.E017, name="--interval", reason="at least 30 s between polls")
    for name, value in (
        ("--timeout", args.timeout),
        ("--max-kb", args.max_kb),
        ("--max-entries", args.max_entries),
    ):
        if value <= 0:
            raise HadathError(ErrorCode.E017, name=name, reason="must be positive")
    if args.retries < 0 or args.host_delay < 0:
        raise HadathError(ErrorCode.E017, name="--retries/--host-delay", reason="negative")


def run(args: argparse.Namespace) -> int:
    from hadath.ingest.feeds import FetchPolicy, PoliteFetcher
    from hadath.scale.watch import FeedWatcher

    _check(args)
    policy = FetchPolicy(
        timeout=args.timeout,
        retries=args.retries,
        max_bytes=args.max_kb * 1024,
        host_delay=args.host_delay,
    )
    watcher = FeedWatcher(
        args.feeds,
        args.db,
        Resources(options_from_args(args)),
        PoliteFetcher(policy),
        max_entries=args.max_entries,
    )
    try:
        while True:
            summary = watcher.poll_once()
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            print(
                f"{stamp} {summary.feeds} feeds ({summary.unchanged_feeds} unchanged), "
                f"{summary.entries} entries, {summary.known} known, {summary.fetched} fetched, "
                f"{summary.stored} stored, {summary.events} events, "
                f"{len(summary.skipped)} not coded, {len(summary.failed)} failed",
                flush=True,
            )
            for url, reason in summary.skipped:
                print(f"  not coded {url}: {reason}", file=sys.stderr)
            for url, reason in summary.failed:
                print(f"  failed {url}: {reason} (retried next poll)", file=sys.stderr)
            if args.once:
                everything_failed = summary.failed and summary.fetched == 0 and not summary.known
                return 1 if everything_failed else 0
            time.sleep(args.interval)
    finally:
        watcher.close()
