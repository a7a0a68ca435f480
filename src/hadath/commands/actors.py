"""``hadath actors --date YYYY-MM-DD TEXT``: the actor mentions of a text, as JSON."""

from __future__ import annotations

import argparse
import json

from hadath.actors import find_actor_mentions
from hadath.commands._common import add_dict_option, iso_date, read_text_argument, resources_for
from hadath.document import actor_to_dict
from hadath.errors import ErrorCode, HadathError

NAME = "actors"
HELP = "list the actors of an Arabic text (code, country, sector, entity) for a date, as JSON"
ORDER = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="TEXT", help="the Arabic text; - reads standard input")
    parser.add_argument(
        "--date",
        type=iso_date,
        default=None,
        help="date of the text (YYYY-MM-DD): roles are resolved for it; "
        "without it persons are coded by their latest role",
    )
    add_dict_option(parser, "extra dictionary folder (its actors/ subfolder is loaded)")
    parser.add_argument(
        "--coref",
        action="store_true",
        help="also print whether each mention was resolved by coreference",
    )


def run(args: argparse.Namespace) -> int:
    resources = resources_for(args)
    text = read_text_argument(args.text)
    if "\x00" in text:
        raise HadathError(ErrorCode.E203, reason="binary input (NUL bytes), not text")
    mentions = find_actor_mentions(text, args.date, resources.actors)
    rows = []
    for mention in mentions:
        row = actor_to_dict(mention)
        if args.coref:
            row["coref"] = mention.coref
        rows.append(row)
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0
