"""Readers per container format: plain text, HTML and JSONL articles -> `RawDoc`.

A reader yields `RawDoc` for every article it can read and `Skipped` for every one it
cannot, with a coded reason, so that one bad line or file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from hadath.document import RawDoc, SourceKind
from hadath.errors import ErrorCode, HadathError
from hadath.ingest.encoding import decode_bytes


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, with its coded reason."""

    source: str
    error: HadathError

    @property
    def reason(self) -> str:
        return str(self.error)


ReadResult = RawDoc | Skipped

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")


def input_kind(path: Path) -> str | None:
    """'text', 'html', 'jsonl' or 'warc' from the file name, or None when unsupported."""
    name = path.name.lower()
    for kind, suffixes in (
        ("warc", WARC_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("text", TEXT_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def read_bytes(path: Path, max_mb: float) -> bytes:
    """The file's bytes, refusing files over `max_mb` (E008) and unreadable ones (E001)."""
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise HadathError(ErrorCode.E008, path=path, limit=max_mb)
        return path.read_bytes()
    except OSError as exc:
        raise HadathError(ErrorCode.E001, path=path, reason=exc.strerror or str(exc)) from exc


def read_document_file(path: Path, kind: str, max_mb: float = 50.0) -> RawDoc:
    """One article from a .txt or .html file."""
    decoded = decode_bytes(read_bytes(path, max_mb), str(path))
    return RawDoc(
        source=str(path),
        kind="html" if kind == "html" else "text",
        content=decoded.text,
        encoding=decoded.encoding,
    )


def _clean_date(value: object) -> str | None:
    """An ISO date from a JSONL ``published`` field (date or datetime), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return value.strip() or None if isinstance(value, str) else None


def raw_from_record(record: object, source: str, path: str, line: int) -> RawDoc:
    """A `RawDoc` from one decoded JSONL record (``text`` or ``html`` + optional metadata)."""
    if not isinstance(record, dict):
        raise HadathError(ErrorCode.E006, path=path, line=line, reason="not a JSON object")
    html, text = record.get("html"), record.get("text")
    kind: SourceKind
    if isinstance(html, str) and html.strip():
        kind, content = "html", html
    elif isinstance(text, str) and text.strip():
        kind, content = "text", text
    else:
        raise HadathError(ErrorCode.E007, path=path, line=line)
    return RawDoc(
        source=source,
        kind=kind,
        content=content,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        outlet=_optional_str(record, "outlet"),
        published=_clean_date(record.get("published")),
    )


def iter_jsonl_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Numbered raw lines of a JSONL (optionally gzip) file, streamed."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        yield from enumerate(fh, start=1)


def read_jsonl_file(path: Path, max_mb: float = 50.0) -> Iterator[ReadResult]:
    """Every article of a JSONL file; malformed lines become `Skipped`, never fatal."""
    try:
        lines: Iterable[tuple[int, bytes]] = iter_jsonl_lines(path)
        for number, blob in lines:
            if not blob.strip():
                continue
            source = f"{path}:{number}"
            try:
                yield raw_from_record(
                    _decode_json_line(blob, path, number, max_mb), source, str(path), number
                )
            except HadathError as exc:
                yield Skipped(source, exc)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        # A truncated gzip stream: what was read before the break has been yielded.
        yield Skipped(str(path), HadathError(ErrorCode.E001, path=path, reason=str(exc)))


def _decode_json_line(blob: bytes, path: Path, line: int, max_mb: float) -> object:
    if len(blob) > max_mb * 1024 * 1024:
        raise HadathError(ErrorCode.E008, path=f"{path}:{line}", limit=max_mb)
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_bytes(blob, f"{path}:{line}").text
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise HadathError(ErrorCode.E006, path=path, line=line, reason=exc.msg) from exc


def read_file(path: Path, max_mb: float = 50.0) -> Iterator[ReadResult]:
    """Every article in one file, whatever its supported format."""
    kind = input_kind(path)
    if kind is None:
        yield Skipped(
            str(path),
            HadathError(ErrorCode.E005, path=path, suffix="".join(path.suffixes) or path.name),
        )
        return
    if kind == "jsonl":
        yield from read_jsonl_file(path, max_mb)
        return
    if kind == "warc":
        yield from _read_warc_file(path, max_mb)
        return
    try:
        yield read_document_file(path, kind, max_mb)
    except HadathError as exc:
        yield Skipped(str(path), exc)


def _read_warc_file(path: Path, max_mb: float) -> Iterator[ReadResult]:
    """Article records of a crawl archive (needs the ``scale`` extra for warcio)."""
    try:
        from hadath.ingest.warc import read_warc
    except ImportError as exc:
        reason = f"reading WARC needs warcio: pip install 'hadath[scale]' ({exc})"
        yield Skipped(str(path), HadathError(ErrorCode.E001, path=path, reason=reason))
        return
    yield from read_warc(path, max_mb)
