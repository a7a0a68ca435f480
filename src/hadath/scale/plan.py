"""Splitting batch inputs into shards, and reading one shard's articles back.

A shard is a short list of *units*: a whole article file, a range of lines of a JSONL file,
or a range of record offsets of a WARC file.  Planning reads only what it must to count
articles (JSONL lines, WARC record headers), never the articles' processing, so the driver
stays light and each worker reads its own shard from the shared file system.  Shards are
numbered in input order (the order `hadath run` reads), so merged output keeps that order.

A shard's `fingerprint` covers its units and the size and modification time of their
files: an interrupted batch resumes by skipping the shards whose fingerprint is done.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from hadath.errors import ErrorCode, HadathError
from hadath.ingest import Skipped, decode_bytes, raw_from_record, read_file
from hadath.ingest.readers import ReadResult, input_kind, iter_jsonl_lines
from hadath.ingest.warc import is_warc, read_warc, scan_warc

DEFAULT_SHARD_SIZE = 500


@dataclass(frozen=True, slots=True)
class Unit:
    """Part of one input file.

    kind "file": the whole file (one article, or whatever `read_file` finds in it).
    kind "jsonl": lines ``first``..``last`` (1-based, inclusive; ``last=None`` to the end).
    kind "warc": records starting at byte offsets ``first`` <= offset < ``last`` (None: end).
    """

    path: str
    kind: str
    first: int = 0
    last: int | None = None
    size: int = 0
    mtime_ns: int = 0


@dataclass(frozen=True, slots=True)
class ShardSpec:
    """One unit of work for a worker: its name, its units and how many articles they hold."""

    name: str
    units: tuple[Unit, ...]
    expected: int

    @property
    def fingerprint(self) -> str:
        blob = json.dumps([asdict(u) for u in self.units], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def is_batch_input(path: Path) -> bool:
    return input_kind(path) is not None or is_warc(path)


def iter_batch_files(paths: Iterable[Path | str]) -> Iterator[Path | Skipped]:
    """Input files in `hadath run` order (folders walked sorted), WARC files included."""
    for given in paths:
        path = Path(given)
        if path.is_file():
            yield path
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if not name.startswith(".") and is_batch_input(child):
                        yield child
        elif path.exists():
            reason = "not a regular file or folder"
            yield Skipped(str(path), HadathError(ErrorCode.E601, path=path, reason=reason))
        else:
            yield Skipped(str(path), HadathError(ErrorCode.E014, path=path))


def _jsonl_units(path: Path, shard_size: int, stat: os.stat_result) -> Iterator[tuple[Unit, int]]:
    """Line ranges of `shard_size` non-blank lines; the last range runs to the end of file,
    so a truncated stream is reported by the worker that reads it."""
    first, count = 1, 0
    try:
        for number, blob in iter_jsonl_lines(path):
            if not blob.strip():
                continue
            if count == shard_size:
                yield (
                    Unit(str(path), "jsonl", first, number - 1, stat.st_size, stat.st_mtime_ns),
                    count,
                )
                first, count = number, 0
            count += 1
    except (OSError, EOFError, gzip.BadGzipFile):
        pass  # the reader of the last range meets the same break and reports it
    yield Unit(str(path), "jsonl", first, None, stat.st_size, stat.st_mtime_ns), max(count, 1)


def _warc_units(path: Path, shard_size: int, stat: os.stat_result) -> Iterator[tuple[Unit, int]]:
    records, _error = scan_warc(path)
    starts = [r.offset for r in records[::shard_size]] or [0]
    for i, start in enumerate(starts):
        last = starts[i + 1] if i + 1 < len(starts) else None
        first = 0 if i == 0 else start  # the first range also reports a broken head
        count = min(shard_size, len(records) - i * shard_size)
        yield Unit(str(path), "warc", first, last, stat.st_size, stat.st_mtime_ns), max(count, 1)


def plan_units(
    paths: Iterable[Path | str], shard_size: int
) -> Iterator[tuple[Unit, int] | Skipped]:
    """Every unit under `paths` with its article count, and missing inputs as `Skipped`."""
    for item in iter_batch_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            stat = item.stat()
        except OSError as exc:
            yield Skipped(str(item), HadathError(ErrorCode.E001, path=item, reason=str(exc)))
            continue
        if is_warc(item):
            yield from _warc_units(item, shard_size, stat)
        elif input_kind(item) == "jsonl":
            yield from _jsonl_units(item, shard_size, stat)
        else:
            yield Unit(str(item), "file", 0, None, stat.st_size, stat.st_mtime_ns), 1


def plan_shards(
    paths: Iterable[Path | str], shard_size: int = DEFAULT_SHARD_SIZE
) -> tuple[list[ShardSpec], list[Skipped]]:
    """Shards of about `shard_size` articles each, in input order, and the unusable inputs."""
    if shard_size < 1:
        raise HadathError(ErrorCode.E017, name="--shard-size", reason="must be at least 1")
    shards: list[ShardSpec] = []
    missing: list[Skipped] = []
    units: list[Unit] = []
    count = 0

    def close() -> None:
        nonlocal units, count
        if units:
            shards.append(ShardSpec(f"part-{len(shards):05d}", tuple(units), count))
        units, count = [], 0

    for item in plan_units(paths, shard_size):
        if isinstance(item, Skipped):
            missing.append(item)
            continue
        unit, n = item
        if count and count + n > shard_size:
            close()
        units.append(unit)
        count += n
    close()
    return shards, missing


def read_jsonl_range(
    path: Path, first: int, last: int | None, max_mb: float
) -> Iterator[ReadResult]:
    """The articles on lines ``first``..``last`` of a JSONL file; bad lines as `Skipped`."""
    limit = max_mb * 1024 * 1024
    try:
        for number, blob in iter_jsonl_lines(path):
            if number < first or not blob.strip():
                continue
            if last is not None and number > last:
                return
            source = f"{path}:{number}"
            try:
                if len(blob) > limit:
                    raise HadathError(ErrorCode.E008, path=source, limit=max_mb)
                try:  # as `hadath run` reads it: UTF-8 first, detection for the rest
                    text = blob.decode("utf-8")
                except UnicodeDecodeError:
                    text = decode_bytes(blob, source).text
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise HadathError(
                        ErrorCode.E006, path=path, line=number, reason=exc.msg
                    ) from exc
                yield raw_from_record(record, source, str(path), number)
            except HadathError as exc:
                yield Skipped(source, exc)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Skipped(str(path), HadathError(ErrorCode.E001, path=path, reason=str(exc)))


def read_unit(unit: Unit, max_mb: float) -> Iterator[ReadResult]:
    """The articles of one unit, streamed, as `RawDoc` or `Skipped`."""
    path = Path(unit.path)
    if unit.kind == "warc":
        yield from read_warc(path, max_mb, start=unit.first, stop=unit.last)
    elif unit.kind == "jsonl":
        yield from read_jsonl_range(path, unit.first, unit.last, max_mb)
    else:
        yield from read_file(path, max_mb)


def read_shard(spec: ShardSpec, max_mb: float) -> Iterator[ReadResult]:
    """Every article of a shard in order."""
    for unit in spec.units:
        yield from read_unit(unit, max_mb)
