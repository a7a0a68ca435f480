"""The WARC reader: article records only, encodings, byte ranges and broken archives."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from hadath.ingest import Skipped
from hadath.ingest.warc import is_warc, read_warc, scan_warc

sys.path.insert(0, str(Path(__file__).parent))
from warc_fixtures import ARTICLES, write_news_warc


def test_reads_only_article_responses_and_decodes_declared_legacy_charset(tmp_path: Path) -> None:
    path = write_news_warc(tmp_path / "news.warc.gz")
    docs = list(read_warc(path))
    assert [d.url for d in docs] == [uri for uri, _, _ in ARTICLES]
    assert all(d.kind == "html" for d in docs)
    assert docs[1].encoding == "cp1256"
    assert ARTICLES[1][2][:20] in docs[1].content


def test_byte_ranges_split_an_archive_without_overlap(tmp_path: Path) -> None:
    for name, gz in (("a.warc.gz", True), ("a.warc", False)):
        path = write_news_warc(tmp_path / name, gzip=gz)
        records, error = scan_warc(path)
        assert error is None and len(records) == 2
        first = list(read_warc(path, start=0, stop=records[1].offset))
        second = list(read_warc(path, start=records[1].offset))
        assert [d.url for d in first + second] == [uri for uri, _, _ in ARTICLES]


def test_truncated_and_garbage_archives_do_not_raise(tmp_path: Path) -> None:
    path = write_news_warc(tmp_path / "news.warc.gz")
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = list(read_warc(cut))
    assert items and not isinstance(items[0], Skipped)  # what precedes the break is read
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a web archive\n" * 20)
    (item,) = read_warc(junk)
    assert isinstance(item, Skipped) and "E604" in item.reason
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert list(read_warc(empty)) == []
    binary = tmp_path / "bin.warc.gz"
    binary.write_bytes(gzip.compress(bytes(range(256)) * 50))
    assert all(isinstance(i, Skipped) for i in read_warc(binary))


def test_payload_over_the_size_limit_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = write_news_warc(tmp_path / "news.warc.gz")
    items = list(read_warc(path, max_mb=0.0001))
    assert items and all(isinstance(i, Skipped) and "E605" in i.reason for i in items)


def test_is_warc_by_name() -> None:
    assert is_warc(Path("x.warc.gz")) and is_warc(Path("X.WARC")) and not is_warc(Path("x.gz"))
