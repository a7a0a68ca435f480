"""Readers and encoding detection: every bad input gives a coded reason, nothing is lost."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from hadath.document import RawDoc
from hadath.errors import ErrorCode, HadathError
from hadath.ingest import Skipped, decode_bytes, read_file, read_paths

# Our own sentence, used only to exercise the decoders.
ARABIC = "استقبل وزير الخارجية الأردني نظيره العراقي في عمّان، وبحثا العلاقات الثنائية.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp1256", "iso-8859-6", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_every_supported_encoding_decodes_back(encoding: str) -> None:
    decoded = decode_bytes((ARABIC * 3).encode(encoding), "x.txt")
    assert decoded.text.lstrip("\ufeff") == ARABIC * 3


def test_cp1256_and_iso_8859_6_are_told_apart() -> None:
    # Letters whose bytes differ between the two code pages must come out right in both.
    text = "جاء الطلاب إلى المدرسة، وقال المدير: إنّ الامتحان سيكون غداً.\n" * 4
    assert decode_bytes(text.encode("cp1256"), "a").encoding == "cp1256"
    assert decode_bytes(text.encode("iso-8859-6"), "b").encoding == "iso-8859-6"


def test_empty_and_binary_and_undecodable_inputs_have_codes() -> None:
    with pytest.raises(HadathError) as empty:
        decode_bytes(b"  \n", "e.txt")
    assert empty.value.code is ErrorCode.E002
    with pytest.raises(HadathError) as binary:
        decode_bytes(bytes(range(256)) * 20, "b.txt")
    assert binary.value.code is ErrorCode.E003


def test_utf8_cut_inside_a_character_still_reads() -> None:
    data = ARABIC.encode("utf-8")[:-2]
    assert decode_bytes(data, "t.txt").encoding == "utf-8"


def test_text_and_html_files_become_raw_docs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{ARABIC}</p>", encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert [type(d) for d in docs] == [RawDoc, RawDoc]
    assert [d.kind for d in docs] == ["text", "html"]


def test_jsonl_malformed_lines_are_skipped_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "text": ARABIC,
                "title": "عنوان",
                "published": "2023-11-04T10:00:00Z",
                "outlet": "Example",
                "url": "https://example.org/1",
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"html": f"<p>{ARABIC}</p>", "published": "not a date"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = list(read_file(path))
    docs = [r for r in results if isinstance(r, RawDoc)]
    skipped = [r for r in results if isinstance(r, Skipped)]
    assert len(docs) == 2 and len(skipped) == 3
    assert docs[0].published == "2023-11-04" and docs[0].outlet == "Example"
    assert docs[1].kind == "html" and docs[1].published is None
    assert [s.error.code for s in skipped] == [ErrorCode.E006, ErrorCode.E007, ErrorCode.E006]
    assert skipped[0].source.endswith(":2")


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    body = "\n".join(
        json.dumps({"text": f"{ARABIC} {i}"}, ensure_ascii=False) for i in range(200)
    ).encode()
    data = gzip.compress(body)
    path.write_bytes(data[: len(data) * 3 // 4])
    results = list(read_file(path))
    assert any(isinstance(r, RawDoc) for r in results)
    assert isinstance(results[-1], Skipped)


def test_missing_unsupported_huge_and_unreadable_paths(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    big = tmp_path / "big.txt"
    big.write_text(ARABIC * 20000, encoding="utf-8")
    results = list(read_paths([tmp_path / "missing", tmp_path / "x.pdf", big], max_mb=0.5))
    codes = [r.error.code for r in results if isinstance(r, Skipped)]
    assert codes == [ErrorCode.E014, ErrorCode.E005, ErrorCode.E008]


def test_hidden_and_unsupported_files_in_folders_are_ignored(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "notes.md").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARABIC, encoding="utf-8")
    assert [Path(r.source).name for r in read_paths([tmp_path])] == ["ok.txt"]


def test_run_reads_warc_archives_through_the_same_walk(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        html = f"<html><body><p>{ARABIC}</p></body></html>".encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://example.org/a", "response", payload=BytesIO(html), http_headers=headers
        )
        writer.write_record(record)
    docs = [r for r in read_paths([tmp_path]) if isinstance(r, RawDoc)]
    assert len(docs) == 1 and docs[0].kind == "html" and ARABIC.strip() in docs[0].content
