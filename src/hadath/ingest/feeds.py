"""RSS/Atom feeds and the article pages they point to -> `RawDoc`, fetched politely.

`parse_feed` turns feed bytes into entries (feedparser reads RSS 0.9x/1.0/2.0 and Atom).
`PoliteFetcher` fetches over HTTP(S) only, with a timeout on every request, a bounded number
of retries with back-off on network errors, 429 and 5xx answers, a size limit enforced while
streaming (a huge or endless body is cut off, never loaded), a minimum delay between two
requests to the same host, and conditional requests (ETag / Last-Modified) for feeds.
"""

from __future__ import annotations

import codecs
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from hadath import __version__
from hadath.document import RawDoc, SourceKind
from hadath.errors import ErrorCode, HadathError
from hadath.ingest.encoding import decode_bytes

ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: the article's URL and what the feed says about it."""

    url: str
    title: str | None
    published: str | None  # ISO date
    feed_url: str
    outlet: str | None


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and defensively to fetch.

    timeout: seconds for connecting and for each read.  retries: extra attempts after a
    network error, 429 or 5xx.  backoff: seconds before the first retry, doubled each time
    (a Retry-After header is honoured up to `max_backoff`).  max_bytes: largest body read.
    host_delay: minimum seconds between two requests to the same host.
    """

    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    host_delay: float = 1.0
    user_agent: str = f"hadath/{__version__} (news event coder; polite feed reader)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    data: bytes
    etag: str | None = None
    last_modified: str | None = None
    retry_after: str | None = None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return None


def parse_feed(data: bytes, feed_url: str) -> list[FeedEntry]:
    """The entries of an RSS/Atom document with a usable http(s) link, in feed order.

    Raises E609 when the bytes are not a feed at all.  A feed with small syntax errors that
    feedparser can still read is accepted (the web is full of them).
    """
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "not an RSS or Atom feed")[:200]
        raise HadathError(ErrorCode.E609, url=feed_url, reason=reason)
    outlet = (parsed.feed.get("title") or "").strip() or None
    entries = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        url = urljoin(feed_url, link)
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        title = (entry.get("title") or "").strip() or None
        entries.append(FeedEntry(url, title, _entry_date(entry), feed_url, outlet))
    return entries


def _content_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return parts[0].lower(), charset


@dataclass(slots=True)
class PoliteFetcher:
    """An HTTP client with the manners of `FetchPolicy`.  Not thread-safe; one per watcher."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    client: httpx.Client | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last_request: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = httpx.Client(
                timeout=httpx.Timeout(self.policy.timeout),
                follow_redirects=True,
                max_redirects=5,
                headers={"User-Agent": self.policy.user_agent},
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = self.policy.host_delay - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """GET `url` with retries; raises a coded `HadathError` when it cannot be had."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise HadathError(ErrorCode.E613, url=url)
        attempt = 0
        while True:
            self._wait_for_host(parts.hostname)
            try:
                fetched = self._get_once(url, headers or {})
            except httpx.InvalidURL as exc:
                raise HadathError(ErrorCode.E610, url=url, reason=str(exc)[:200]) from exc
            except (httpx.TransportError, httpx.TooManyRedirects) as exc:
                if attempt >= self.policy.retries or isinstance(exc, httpx.TooManyRedirects):
                    raise HadathError(ErrorCode.E610, url=url, reason=repr(exc)[:200]) from exc
                delay = self.policy.backoff * 2**attempt
            else:
                if fetched.status not in RETRY_STATUS or attempt >= self.policy.retries:
                    return fetched
                delay = self._retry_after(fetched) or self.policy.backoff * 2**attempt
            attempt += 1
            self.sleep(min(delay, self.policy.max_backoff))

    def _retry_after(self, fetched: Fetched) -> float | None:
        """Seconds asked for by a Retry-After header (delta or HTTP date), if any."""
        value = (fetched.retry_after or "").strip()
        if value.isdigit():
            return float(value)
        if value:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
        return None

    def _get_once(self, url: str, headers: dict[str, str]) -> Fetched:
        assert self.client is not None
        limit = self.policy.max_bytes
        with self.client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise HadathError(ErrorCode.E611, url=url, limit=limit)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise HadathError(ErrorCode.E611, url=url, limit=limit)
            media, charset = _content_type(response.headers.get("Content-Type", ""))
            return Fetched(
                url=str(response.url),
                status=response.status_code,
                content_type=media,
                charset=charset,
                data=bytes(body),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                retry_after=response.headers.get("Retry-After"),
            )


def check_ok(fetched: Fetched, url: str) -> None:
    """E610 unless the answer is a success."""
    if not 200 <= fetched.status < 300:
        raise HadathError(ErrorCode.E610, url=url, reason=f"HTTP status {fetched.status}")


def article_from_fetch(fetched: Fetched, entry: FeedEntry) -> RawDoc:
    """The fetched page as a `RawDoc`, with the feed's title, date and outlet as metadata."""
    check_ok(fetched, entry.url)
    if fetched.content_type and fetched.content_type not in ARTICLE_TYPES:
        raise HadathError(ErrorCode.E612, url=entry.url, ctype=fetched.content_type)
    text, encoding = None, "utf-8"
    if fetched.charset:
        try:
            encoding = codecs.lookup(fetched.charset).name
            text = fetched.data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            text = None  # a wrong declaration: detect below
    if text is None:
        decoded = decode_bytes(fetched.data, entry.url)
        text, encoding = decoded.text, decoded.encoding
    kind: SourceKind = "text" if fetched.content_type == "text/plain" else "html"
    return RawDoc(
        source=entry.url,
        kind=kind,
        content=text,
        encoding=encoding,
        title=entry.title,
        url=entry.url,
        outlet=entry.outlet,
        published=entry.published,
    )
