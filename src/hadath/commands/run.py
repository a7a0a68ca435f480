"""``hadath run PATH... [--db FILE]``: the whole pipeline over files and folders into the store."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from hadath.commands._common import add_pipeline_options, options_from_args
from hadath.errors import ErrorCode, HadathError
from hadath.resources import Resources
from hadath.runner import RunSummary, run_into_store

NAME = "run"
HELP = "run the whole pipeline over files/folders into the SQLite store, then print a summary"
ORDER = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="files (.txt, .html/.htm, .jsonl[.gz]) or folders to read",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=Path("hadath.db"),
        help="SQLite database to write (default: hadath.db)",
    )
    add_pipeline_options(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr: auto shows it only on a terminal",
    )


def run(args: argparse.Namespace) -> int:
    resources = Resources(options_from_args(args))
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    if show:
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task("reading", total=None)

            def report(source: str, summary: RunSummary) -> None:
                bar.update(
                    task,
                    description=f"{summary.read} read, {summary.stored} stored, "
                    f"{summary.events} events - {Path(source).name}",
                )

            summary = run_into_store(args.paths, args.db, resources, report)
    else:
        summary = run_into_store(args.paths, args.db, resources)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1))
    else:
        print_summary(summary, args.db)
    if summary.read == 0:
        print(f"hadath run: {HadathError(ErrorCode.E013)}", file=sys.stderr)
        return 2
    return 0


def print_summary(summary: RunSummary, db: Path) -> None:
    """The human summary: counts, skipped inputs with reasons, categories, top dyads."""
    console = Console(highlight=False, soft_wrap=True)
    console.print(f"[bold]hadath run[/bold] -> {db}")
    console.print(
        f"documents: {summary.read} read, {summary.stored} stored "
        f"({summary.duplicates} near-duplicates), {summary.unchanged} already in the store, "
        f"{len(summary.skipped)} skipped"
    )
    for source, reason in summary.skipped:
        console.print(f"  skipped {source}: {reason}", markup=False)
    console.print(
        f"sentences: {summary.sentences}   actor mentions: {summary.actors}   "
        f"events: {summary.events}"
    )
    if summary.events_by_category:
        table = Table(title="events by PLOVER category", title_justify="left")
        table.add_column("category")
        table.add_column("events", justify="right")
        for category, n in summary.events_by_category.most_common():
            table.add_row(category, str(n))
        console.print(table)
    if summary.actor_pairs:
        table = Table(title="top actor pairs (source -> target)", title_justify="left")
        table.add_column("source")
        table.add_column("target")
        table.add_column("events", justify="right")
        for (source, target), n in summary.actor_pairs.most_common(10):
            table.add_row(source, target, str(n))
        console.print(table)
