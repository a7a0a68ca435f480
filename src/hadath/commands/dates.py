"""``hadath dates --base YYYY-MM-DD TEXT``: date expressions of a text, as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from hadath.commands._common import iso_date, read_text_argument
from hadath.resources import Resources
from hadath.time import find_date_mentions

NAME = "dates"
HELP = "JSON list of the date expressions in TEXT, resolved against --base"
ORDER = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="TEXT", help="Arabic text ('-' reads standard input)")
    parser.add_argument(
        "--base",
        type=iso_date,
        default=None,
        help="base (publication) date YYYY-MM-DD; without it only explicit dates are resolved",
    )


def run(args: argparse.Namespace) -> int:
    base = dt.date.fromisoformat(args.base) if args.base else None
    mentions = find_date_mentions(read_text_argument(args.text), base, Resources().calendar)
    print(
        json.dumps(
            [
                {
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "value": m.value,
                    "precision": m.precision,
                    "basis": m.basis,
                    "how": m.how,
                }
                for m in mentions
            ],
            ensure_ascii=False,
            indent=1,
        )
    )
    return 0
