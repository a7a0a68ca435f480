"""``hadath dates --base YYYY-MM-DD TEXT``: date expressions of a text, as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from hadath.commands._common import add_dict_option, resources_for, validate_iso_date
from hadath.errors import ErrorCode, HadathError
from hadath.ingest.encoding import decode_bytes
from hadath.time import find_date_mentions

NAME = "dates"
HELP = "JSON list of the date expressions in TEXT, resolved against --base"
ORDER = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="TEXT", help="Arabic text ('-' reads standard input)")
    parser.add_argument(
        "--base",
        default=None,
        help="base (publication) date YYYY-MM-DD; without it only explicit dates are resolved",
    )
    add_dict_option(parser, "extra dictionary folder (its time/*.yaml calendar files are loaded)")


def run(args: argparse.Namespace) -> int:
    # --base is checked here, not by argparse, so a bad date is one coded line, not usage.
    base = None if args.base is None else dt.date.fromisoformat(validate_iso_date(args.base))
    text = _read_text(args.text)
    mentions = find_date_mentions(text, base, resources_for(args).calendar)
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


def _read_text(argument: str) -> str:
    """TEXT, or standard input for ``-`` (bytes decoded as ingest decodes files).

    Empty text, binary or undecodable standard input and arguments carrying bytes that
    are not UTF-8 are coded errors, not an empty answer.
    """
    if argument == "-":
        text = decode_bytes(sys.stdin.buffer.read(), "<stdin>").text
        if not text.strip():  # a byte-order mark alone decodes to nothing
            raise HadathError(ErrorCode.E105, what="<stdin>")
        return text
    if not argument.strip():
        raise HadathError(ErrorCode.E105, what="TEXT")
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        # Undecodable command-line bytes arrive as lone surrogates (PEP 383).
        raise HadathError(ErrorCode.E106, what="TEXT") from None
    return argument
