"""Walking the paths a user gives: files and folders, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from hadath.errors import ErrorCode, HadathError
from hadath.ingest.readers import ReadResult, Skipped, input_kind, read_file


def iter_input_files(paths: Iterable[Path | str]) -> Iterator[Path | Skipped]:
    """Supported files under `paths` (sorted within folders); missing paths as `Skipped`.

    Files named directly are yielded whatever their suffix (the reader explains an
    unsupported one); inside folders, hidden entries and unsupported suffixes are ignored.
    """
    for given in paths:
        path = Path(given)
        if path.is_file():
            yield path
        elif path.is_dir():
            for root, dirs, files in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if not name.startswith(".") and input_kind(child) is not None:
                        yield child
        elif path.exists():
            yield Skipped(
                str(path),
                HadathError(ErrorCode.E001, path=path, reason="not a regular file or folder"),
            )
        else:
            yield Skipped(str(path), HadathError(ErrorCode.E014, path=path))


def read_paths(paths: Iterable[Path | str], max_mb: float = 50.0) -> Iterator[ReadResult]:
    """Every article under `paths`, as `RawDoc` or `Skipped`, streamed."""
    for item in iter_input_files(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item, max_mb)


def read_path(path: Path | str, max_mb: float = 50.0) -> Iterator[ReadResult]:
    """Every article under one path."""
    return read_paths([path], max_mb)
