"""WARC / WARC.gz crawl archives (the format of Common Crawl's news crawl) -> `RawDoc`.

A crawl archive holds many kinds of records; only article pages are read: ``response``
records with a successful HTTP status and an HTML content type, and ``resource`` /
``conversion`` records holding HTML or plain text.  Requests, metadata, images, redirects
and error pages are not articles and are passed over silently.  A record that cannot be
read or decoded becomes a `Skipped` with a coded reason; a broken archive stops at the break
with a `Skipped` naming the offset, after everything before it has been yielded.

Records can be read from a byte range (`start`, `stop` offsets of record starts), which is
how the batch runner splits one archive across workers: each gzip member is one record, so a
worker seeks straight to its first record.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hadath.document import RawDoc, SourceKind
from hadath.errors import ErrorCode, HadathError
from hadath.ingest.encoding import decode_bytes
from hadath.ingest.readers import WARC_SUFFIXES, ReadResult, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


def is_warc(path: Path) -> bool:
    """True when the file name says WARC or WARC.gz."""
    return path.name.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """Where an article record starts in its archive (for planning shards)."""

    offset: int
    uri: str


def _content_type(record: Any) -> tuple[str, str | None]:
    """Media type and charset of the record's payload (HTTP header, else WARC header)."""
    raw = None
    if record.http_headers is not None:
        raw = record.http_headers.get_header("Content-Type")
    if raw is None:
        raw = record.rec_headers.get_header("Content-Type") or ""
    parts = [p.strip() for p in raw.split(";")]
    media = parts[0].lower()
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media, charset


def article_kind(record: Any) -> SourceKind | None:
    """'html' or 'text' when the record is an article page, else None."""
    rec_type = record.rec_type
    if rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
    elif rec_type not in ("resource", "conversion"):
        return None
    media, _ = _content_type(record)
    if media in HTML_TYPES:
        return "html"
    if media in TEXT_TYPES:
        return "text"
    return None


def _require_warc(record: Any) -> None:
    """Refuse what warcio parses leniently as ARC: in a .warc file it is garbage."""
    if not str(record.format).startswith("warc"):
        raise ValueError("not a WARC record")


def _decode_payload(data: bytes, charset: str | None, source: str) -> tuple[str, str]:
    """Text and encoding name: the declared charset when it decodes cleanly, else detection."""
    if charset:
        try:
            codec = codecs.lookup(charset).name
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration is common on the web: detect instead
    decoded = decode_bytes(data, source)
    return decoded.text, decoded.encoding


def _read_record(record: Any, kind: SourceKind, offset: int, path: Path, max_mb: float) -> RawDoc:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}@{offset}"
    limit = int(max_mb * 1024 * 1024)
    # content_stream() undoes chunked transfer and gzip/deflate content encodings.
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        raise HadathError(ErrorCode.E605, source=uri, limit=max_mb)
    _, charset = _content_type(record)
    text, encoding = _decode_payload(data, charset, uri)
    return RawDoc(source=uri, kind=kind, content=text, encoding=encoding, url=uri)


def read_warc(
    path: Path | str, max_mb: float = 50.0, start: int = 0, stop: int | None = None
) -> Iterator[ReadResult]:
    """Every article record of a WARC file whose record offset is in ``[start, stop)``.

    Streams: one record's payload is in memory at a time.  Never raises for bad content:
    unreadable records and broken archives are yielded as `Skipped`.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    offset = start
    try:
        with path.open("rb") as fh:
            fh.seek(start)
            records = ArchiveIterator(fh, no_record_parse=False)
            for record in records:
                # The iterator's `offset` is the current record's start; get_record_offset()
                # would read the payload to its end first.
                offset = records.offset
                if stop is not None and offset >= stop:
                    return
                _require_warc(record)
                kind = article_kind(record)
                if kind is None:
                    continue
                try:
                    yield _read_record(record, kind, offset, path, max_mb)
                except HadathError as exc:
                    yield Skipped(f"{path}@{offset}", exc)
    except OSError as exc:
        yield Skipped(str(path), HadathError(ErrorCode.E001, path=path, reason=str(exc)))
    except (ArchiveLoadFailed, EOFError, ValueError) as exc:
        yield Skipped(
            f"{path}@{offset}",
            HadathError(ErrorCode.E604, path=path, offset=offset, reason=str(exc)[:200]),
        )


def scan_warc(path: Path | str) -> tuple[list[ArticleRecord], HadathError | None]:
    """The offsets of the article records in a WARC, and the error that ended the scan early.

    Used to split one archive into shards without reading payloads into memory.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    found: list[ArticleRecord] = []
    offset = 0
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                offset = records.offset
                _require_warc(record)
                if article_kind(record) is not None:
                    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                    found.append(ArticleRecord(offset, uri))
    except OSError as exc:
        return found, HadathError(ErrorCode.E001, path=path, reason=str(exc))
    except (ArchiveLoadFailed, EOFError, ValueError) as exc:
        return found, HadathError(ErrorCode.E604, path=path, offset=offset, reason=str(exc)[:200])
    return found, None
