"""Small helpers shared by the command modules: argument types and output streams."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from hadath.errors import ErrorCode, HadathError
from hadath.options import Options
from hadath.resources import Resources


def iso_date(value: str) -> str:
    """argparse type: a YYYY-MM-DD date, returned in ISO form."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(ErrorCode.E012.value.format(value=value)) from None


def validate_iso_date(value: str) -> str:
    """Like `iso_date` but raising a coded `HadathError` (for non-argparse callers)."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise HadathError(ErrorCode.E012, value=value) from None


@contextmanager
def output_stream(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or the file given with ``--output`` (UTF-8)."""
    if path is None:
        yield sys.stdout
        return
    try:
        with path.open("w", encoding="utf-8") as fh:
            yield fh
    except OSError as exc:
        raise HadathError(ErrorCode.E001, path=path, reason=exc.strerror or str(exc)) from exc


def read_text_argument(text: str) -> str:
    """A TEXT argument; ``-`` reads standard input."""
    return sys.stdin.read() if text == "-" else text


def add_dict_option(
    parser: argparse.ArgumentParser,
    help_text: str = "extra dictionary folder loaded next to the built-in data (repeatable)",
) -> None:
    """``--dict DIR`` (repeatable), stored as ``args.dictionary_dirs``."""
    parser.add_argument(
        "--dict",
        dest="dictionary_dirs",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help=help_text,
    )


def checked_dictionary_dirs(args: argparse.Namespace) -> tuple[Path, ...]:
    """The ``--dict`` folders; E017 when one is not a folder."""
    for folder in args.dictionary_dirs:
        if not folder.is_dir():
            raise HadathError(ErrorCode.E017, name="--dict", reason=f"{folder} is not a folder")
    return tuple(args.dictionary_dirs)


def resources_for(args: argparse.Namespace) -> Resources:
    """Resources with the user's ``--dict`` folders and default options otherwise."""
    return Resources(Options(dictionary_dirs=checked_dictionary_dirs(args)))


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    """The `Options` flags shared by every command that runs the pipeline."""
    add_dict_option(parser)
    parser.add_argument(
        "--include-negated", action="store_true", help="keep negated events, flagged negated=true"
    )
    parser.add_argument(
        "--min-confidence", type=float, default=0.0, help="drop events below this confidence (0-1)"
    )
    parser.add_argument(
        "--max-file-mb",
        type=float,
        default=50.0,
        help="skip input files larger than this (default 50)",
    )


def options_from_args(args: argparse.Namespace) -> Options:
    """The `Options` of the pipeline flags (E017 on a bad value)."""
    dictionary_dirs = checked_dictionary_dirs(args)
    if not 0.0 <= args.min_confidence <= 1.0:
        raise HadathError(ErrorCode.E017, name="--min-confidence", reason="must be in 0..1")
    return Options(
        dictionary_dirs=dictionary_dirs,
        include_negated=args.include_negated,
        min_confidence=args.min_confidence,
        max_file_mb=args.max_file_mb,
    )
