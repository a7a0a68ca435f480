"""Feeds and polite fetching against a local HTTP server on 127.0.0.1 (bounded timeouts)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.errors import HadathError
from hadath.ingest.feeds import (
    FeedEntry,
    FetchPolicy,
    PoliteFetcher,
    article_from_fetch,
    parse_feed,
)
from hadath.resources import Resources
from hadath.scale.watch import FeedWatcher

ARTICLE = "08_jordan_safadi_borrell_alwaha.html"


class Site:
    """What the local server answers, per path: (status, content type, body, extra headers)."""

    def __init__(self, repo: Path) -> None:
        page = (repo / "examples" / "articles" / ARTICLE).read_bytes()
        self.pages: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
            "/a/safadi.html": (200, "text/html; charset=utf-8", page, {}),
            "/a/gone.html": (404, "text/html", b"<p>gone</p>", {}),
            "/a/photo.jpg": (200, "image/jpeg", b"\xff\xd8\xff" + bytes(100), {}),
            "/a/huge.html": (200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>", {}),
            "/a/latin.html": (200, "text/html", b"<p>plain English page about nothing</p>", {}),
        }
        self.hits: dict[str, int] = {}
        self.flaky_left = 1

    def rss(self, base: str) -> bytes:
        items = "".join(
            f"<item><title>{name}</title><link>{path if ':' in path else base + path}</link>"
            "<pubDate>Sun, 19 Nov 2023 10:00:00 GMT</pubDate></item>"
            for name, path in (
                ("safadi", "/a/safadi.html"),
                ("gone", "/a/gone.html"),
                ("photo", "/a/photo.jpg"),
                ("huge", "/a/huge.html"),
                ("latin", "/a/latin.html"),
                ("script", "javascript:alert(1)"),
            )
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>الواحة</title><link>{base}/</link>{items}</channel></rss>"
        ).encode()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            site.hits[self.path] = site.hits.get(self.path, 0) + 1
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/feed.xml":
                if self.headers.get("If-None-Match") == '"v1"':
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(200, "application/rss+xml", site.rss(base), {"ETag": '"v1"'})
            elif self.path == "/slow":
                time.sleep(1.5)
                self._send(200, "text/html", b"<p>late</p>", {})
            elif self.path == "/flaky":
                if site.flaky_left:
                    site.flaky_left -= 1
                    self._send(503, "text/plain", b"busy", {"Retry-After": "0"})
                else:
                    self._send(200, "text/html", b"<p>ok</p>", {})
            elif self.path == "/endless":  # no Content-Length, body bigger than the limit
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(100):
                    self.wfile.write(b"y" * 10_000)
            elif self.path == "/notafeed":
                self._send(200, "text/html", b"<html><body>hello</body></html>", {})
            elif self.path in site.pages:
                self._send(*site.pages[self.path])
            else:
                self._send(404, "text/plain", b"no", {})

        def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture()
def server(repo_dir: Path) -> Iterator[tuple[str, Site]]:
    site = Site(repo_dir)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", site
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _fetcher(**kwargs: float) -> PoliteFetcher:
    policy = FetchPolicy(timeout=0.5, retries=1, backoff=0.01, max_bytes=200_000, host_delay=0)
    for key, value in kwargs.items():
        policy = FetchPolicy(**{**{f: getattr(policy, f) for f in policy.__slots__}, key: value})
    return PoliteFetcher(policy)


def test_parse_rss_and_atom_entries() -> None:
    rss = (
        b'<rss version="2.0"><channel><title>T</title><item><title>a</title>'
        b"<link>/x/1</link><pubDate>Tue, 14 Nov 2023 08:00:00 GMT</pubDate></item>"
        b"<item><title>no link</title></item></channel></rss>"
    )
    (entry,) = parse_feed(rss, "http://h.example/feed")
    assert entry == FeedEntry(
        "http://h.example/x/1", "a", "2023-11-14", "http://h.example/feed", "T"
    )
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>b</title>'
        b'<link href="https://h.example/y"/><updated>2023-12-10T09:00:00Z</updated></entry></feed>'
    )
    (entry,) = parse_feed(atom, "https://h.example/atom")
    assert (entry.url, entry.published, entry.outlet) == ("https://h.example/y", "2023-12-10", "A")


@pytest.mark.parametrize("data", [b"", b"\x00\x01binary", b"<html><body>page</body></html>"])
def test_not_a_feed_is_a_coded_error(data: bytes) -> None:
    with pytest.raises(HadathError, match="E609"):
        parse_feed(data, "http://h.example/feed")


def test_fetcher_limits_size_time_and_schemes(server: tuple[str, Site]) -> None:
    base, site = server
    fetcher = _fetcher()
    try:
        with pytest.raises(HadathError, match="E611"):
            fetcher.get(base + "/a/huge.html")  # declared length over the limit
        with pytest.raises(HadathError, match="E611"):
            fetcher.get(base + "/endless")  # streamed body over the limit
        started = time.monotonic()
        with pytest.raises(HadathError, match="E610"):
            fetcher.get(base + "/slow")
        assert time.monotonic() - started < 1.4 * 2  # timeout 0.5 s, one retry
        for url in ("file:///etc/passwd", "ftp://h/x", "javascript:alert(1)"):
            with pytest.raises(HadathError, match="E613"):
                fetcher.get(url)
        fetched = fetcher.get(base + "/flaky")  # 503 then 200: retried
        assert fetched.status == 200 and site.hits["/flaky"] == 2
    finally:
        fetcher.close()


def test_fetcher_waits_between_requests_to_one_host() -> None:
    slept: list[float] = []
    now = [100.0]
    fetcher = PoliteFetcher(FetchPolicy(host_delay=2.0), sleep=slept.append, clock=lambda: now[0])
    fetcher._wait_for_host("h.example")
    now[0] += 0.5
    fetcher._wait_for_host("h.example")
    fetcher._wait_for_host("other.example")
    assert slept == [1.5]
    fetcher.close()


def test_article_pages_only(server: tuple[str, Site]) -> None:
    base, _ = server
    fetcher = _fetcher()
    entry = FeedEntry(base + "/a/photo.jpg", "p", None, base + "/feed.xml", None)
    try:
        with pytest.raises(HadathError, match="E612"):
            article_from_fetch(fetcher.get(entry.url), entry)
        gone = FeedEntry(base + "/a/gone.html", "g", None, base, None)
        with pytest.raises(HadathError, match="E610"):
            article_from_fetch(fetcher.get(gone.url), gone)
    finally:
        fetcher.close()


def test_watcher_stores_new_articles_once_and_retries_failures(
    server: tuple[str, Site], tmp_path: Path
) -> None:
    base, site = server
    db = tmp_path / "w.db"
    watcher = FeedWatcher([base + "/feed.xml"], db, Resources(), _fetcher())
    try:
        first = watcher.poll_once()
        assert first.entries == 5  # the javascript: link is not an entry
        assert first.stored == 1 and first.events > 0
        failed = {url.rsplit("/", 1)[1] for url, _ in first.failed}
        assert failed == {"gone.html", "photo.jpg", "huge.html"}
        assert [u.rsplit("/", 1)[1] for u, _ in first.skipped] == ["latin.html"]  # not Arabic
        second = watcher.poll_once()  # the feed answers 304: nothing fetched again
        assert second.unchanged_feeds == 1 and second.fetched == 0
    finally:
        watcher.close()
    assert site.hits["/a/safadi.html"] == 1
    conn = sqlite3.connect(db)
    (url, outlet, published) = conn.execute(
        "SELECT url, outlet, published FROM documents"
    ).fetchone()
    assert url == base + "/a/safadi.html" and published == "2023-11-19"
    assert outlet
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == first.events
    conn.close()
    # A new watcher (a restart) knows the stored article from the store itself.
    again = FeedWatcher([base + "/feed.xml"], db, Resources(), _fetcher())
    try:
        third = again.poll_once()
    finally:
        again.close()
    assert third.known >= 1 and third.stored == 0 and site.hits["/a/safadi.html"] == 1


def test_watch_command_once(server: tuple[str, Site], tmp_path: Path) -> None:
    base, _ = server
    db = tmp_path / "c.db"
    argv = ["watch", base + "/feed.xml", "--db", str(db), "--once", "--timeout", "1",
            "--retries", "0", "--host-delay", "0", "--max-kb", "200"]  # fmt: skip
    assert main(argv) == 0
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    assert main(["watch", base + "/notafeed", "--db", str(db), "--once", "--retries", "0"]) == 1
    assert main(["watch", base + "/feed.xml", "--interval", "1"]) == 2  # too eager
