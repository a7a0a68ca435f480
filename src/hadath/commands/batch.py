"""``hadath batch INPUT... --out DIR [--workers N | --scheduler ADDR]``: the pipeline on Dask."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hadath.commands._common import add_pipeline_options, options_from_args
from hadath.errors import ErrorCode, HadathError

if TYPE_CHECKING:
    from hadath.scale.runner import BatchSummary
    from hadath.scale.shard import ShardResult

NAME = "batch"
HELP = "run the pipeline on a Dask cluster over folders, JSONL and WARC files into Parquet shards"
ORDER = 100


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="INPUT",
        help="files (.txt, .html, .jsonl[.gz], .warc[.gz]) or folders",
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="output folder: documents/, events/, errors/ Parquet shards "
        "and manifest.json; rerunning resumes unfinished shards",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=int,
        default=2,
        help="worker processes of the local Dask cluster (default 2)",
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDR",
        default=None,
        help="address of a running Dask scheduler, e.g. tcp://host:8786 "
        "(inputs and --out must be on a file system the workers share)",
    )
    parser.add_argument(
        "--shard-size", type=int, default=500, help="articles per shard (default 500)"
    )
    add_pipeline_options(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args: argparse.Namespace) -> int:
    from hadath.scale import run_batch

    if args.scheduler is None and args.workers < 1:
        raise HadathError(ErrorCode.E017, name="--workers", reason="must be at least 1")
    options = options_from_args(args)

    def report(result: ShardResult | None, summary: BatchSummary) -> None:
        if result is not None and not args.json:
            errors = sum(result.errors.values())
            print(
                f"  {result.name}: {result.documents} documents, {result.events} events, "
                f"{errors} errors",
                file=sys.stderr,
            )

    summary = run_batch(
        args.inputs,
        args.out,
        options,
        workers=args.workers,
        scheduler=args.scheduler,
        shard_size=args.shard_size,
        progress=report,
    )
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1))
    else:
        errors = ", ".join(f"{n} {k}" for k, n in sorted(summary.errors.items())) or "none"
        print(
            f"hadath batch -> {summary.out_dir} ({summary.workers} workers, "
            f"{summary.seconds:.1f} s)"
        )
        print(
            f"shards: {summary.shards} ({summary.ran} run now, {summary.resumed} already done, "
            f"{len(summary.failed)} failed)"
        )
        print(f"documents: {summary.documents}   events: {summary.events}   errors: {errors}")
        for path, reason in summary.missing_inputs:
            print(f"  not read {path}: {reason}")
        for shard, reason in summary.failed:
            print(f"  failed {shard}: {reason}")
    if summary.failed:
        return 1
    if summary.shards == 0:
        print(f"hadath batch: {HadathError(ErrorCode.E013)}", file=sys.stderr)
        return 2
    return 0
