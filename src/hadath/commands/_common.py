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
