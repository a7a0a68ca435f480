"""`hadath watch` as a library: poll feeds, fetch new articles, code them into the store.

The store is the memory of what was already read: an entry whose URL (or content) is stored
is not fetched again, so a restarted watcher picks up where it left off.  An article that
cannot be fetched is not remembered and is tried again at the next poll; one that was
fetched but not coded (not Arabic, no body) is remembered for this session only, so it is
not fetched every poll.  Feeds are asked with ETag / Last-Modified so an unchanged feed
costs one small request.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hadath.errors import HadathError
from hadath.ingest.feeds import (
    FeedEntry,
    PoliteFetcher,
    article_from_fetch,
    check_ok,
    parse_feed,
)
from hadath.pipeline import NamedStage, Pipeline
from hadath.resources import Resources
from hadath.store import StoreWriter, open_database


@dataclass(slots=True)
class PollSummary:
    """What one poll of all feeds found and did."""

    feeds: int = 0
    unchanged_feeds: int = 0  # answered 304 Not Modified
    entries: int = 0
    known: int = 0  # already stored or already judged this session
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason): not coded
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason): retried later

    def to_dict(self) -> dict[str, object]:
        return {
            "feeds": self.feeds,
            "unchanged_feeds": self.unchanged_feeds,
            "entries": self.entries,
            "known": self.known,
            "fetched": self.fetched,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "events": self.events,
            "skipped": [{"url": u, "reason": r} for u, r in self.skipped],
            "failed": [{"url": u, "reason": r} for u, r in self.failed],
        }


class FeedWatcher:
    """Polls a fixed list of feeds into one database.  Call `close` when done."""

    def __init__(
        self,
        feeds: Sequence[str],
        db_path: Path | str,
        resources: Resources,
        fetcher: PoliteFetcher | None = None,
        max_entries: int = 100,
        stages: Sequence[NamedStage] | None = None,
    ) -> None:
        from hadath.corpus.dedup import NearDuplicateIndex

        self.feeds = list(feeds)
        self.fetcher = fetcher or PoliteFetcher()
        self.max_entries = max_entries
        self.pipeline = Pipeline(resources, stages)
        self.conn = open_database(db_path)
        self.writer = StoreWriter(self.conn)
        self.dedup = NearDuplicateIndex.from_database(self.conn)
        self._validators: dict[str, dict[str, str]] = {}  # feed -> conditional headers
        self._judged: set[str] = set()  # URLs fetched but not coded in this session

    def close(self) -> None:
        self.conn.close()
        self.fetcher.close()

    def _url_stored(self, url: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE url = ? LIMIT 1", (url,))
        return row.fetchone() is not None

    def _feed_entries(self, feed_url: str, summary: PollSummary) -> list[FeedEntry]:
        fetched = self.fetcher.get(feed_url, self._validators.get(feed_url))
        if fetched.status == 304:
            summary.unchanged_feeds += 1
            return []
        check_ok(fetched, feed_url)
        entries = parse_feed(fetched.data, fetched.url)
        validators = {}
        if fetched.etag:
            validators["If-None-Match"] = fetched.etag
        if fetched.last_modified:
            validators["If-Modified-Since"] = fetched.last_modified
        self._validators[feed_url] = validators
        return entries[: self.max_entries]

    def poll_once(self, progress: Callable[[str, PollSummary], None] | None = None) -> PollSummary:
        """Read every feed once and store its new articles; never raises for bad input."""
        summary = PollSummary()
        for feed_url in self.feeds:
            summary.feeds += 1
            try:
                entries = self._feed_entries(feed_url, summary)
            except HadathError as exc:
                summary.failed.append((feed_url, str(exc)))
                continue
            for entry in entries:
                summary.entries += 1
                if entry.url in self._judged or self._url_stored(entry.url):
                    summary.known += 1
                    continue
                self._read_entry(entry, summary)
                if progress is not None:
                    progress(entry.url, summary)
        return summary

    def _read_entry(self, entry: FeedEntry, summary: PollSummary) -> None:
        try:
            raw = article_from_fetch(self.fetcher.get(entry.url), entry)
        except HadathError as exc:
            summary.failed.append((entry.url, str(exc)))
            return
        summary.fetched += 1
        if self.writer.has_content(raw.content_hash):
            summary.known += 1
            self._judged.add(entry.url)
            return
        try:
            doc = self.pipeline(raw)
        except HadathError as exc:
            summary.skipped.append((entry.url, str(exc)))
            self._judged.add(entry.url)
            return
        if doc.skip_reason:
            summary.skipped.append((entry.url, doc.skip_reason))
            self._judged.add(entry.url)
            return
        doc.duplicate_of = self.dedup.find_or_add(doc)
        try:
            written = self.writer.write(doc)
        except sqlite3.Error as exc:
            summary.failed.append((entry.url, f"store: {exc}"))
            self.dedup.withdraw(doc.id)  # not stored: no later copy may point to it
            return
        if written:
            summary.stored += 1
            summary.duplicates += doc.duplicate_of is not None
            summary.events += len(doc.events)
