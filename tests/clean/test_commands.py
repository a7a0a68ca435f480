"""``hadath parse`` and ``hadath dates`` on good and bad input: one coded line, exit 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hadath.cli import main

ARTICLE = (
    "بغداد - أعلنت وزارة الخارجية العراقية أمس الجمعة أن الوزير سيزور باريس "
    "في الخامس والعشرين من تشرين الثاني المقبل لبحث العلاقات الثنائية.\n\n"
    "وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار تعزيز التعاون بين البلدين.\n"
)


def _one_coded_line(stderr: str, code: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert f"[{code}]" in lines[0]


def test_parse_reads_an_article(tmp_path: Path, capsys) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["sentences"]) >= 2
    assert out["text"].startswith("بغداد")
    assert out["skip_reason"] is None


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "E002"),
        (b"   \n\t\n", "E002"),
        (bytes(range(256)) * 20, "E003"),
        (b"\xff\xfe", "E101"),  # a UTF-16 byte-order mark and nothing else
        (b"The minister said talks would go on. " * 8, "E101"),
    ],
    ids=["empty", "blank", "binary", "bom-only", "english"],
)
def test_parse_bad_file_is_one_coded_line(
    tmp_path: Path, capsys, content: bytes, code: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["parse", str(path)]) == 2
    _one_coded_line(capsys.readouterr().err, code)


def test_parse_html_without_body(tmp_path: Path, capsys) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", "utf-8")
    assert main(["parse", str(path)]) == 2
    _one_coded_line(capsys.readouterr().err, "E009")


def test_parse_missing_file(tmp_path: Path, capsys) -> None:
    assert main(["parse", str(tmp_path / "absent.txt")]) == 2
    _one_coded_line(capsys.readouterr().err, "E014")


def test_parse_legacy_arabic_encoding_is_read(tmp_path: Path, capsys) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    assert main(["parse", str(path), "--json"]) == 0
    assert "الخارجية" in json.loads(capsys.readouterr().out)["text"]


def test_parse_folder_keeps_good_files_and_reports_bad_ones(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert main(["parse", str(tmp_path), "--json"]) == 2
    captured = capsys.readouterr()
    assert "الخارجية" in captured.out  # the good article is not lost
    _one_coded_line(captured.err, "E003")


def test_dates_resolves_against_base(capsys) -> None:
    assert main(["dates", "--base", "2024-11-16", "وصل الوزير أمس الجمعة"]) == 0
    values = [d["value"] for d in json.loads(capsys.readouterr().out)]
    assert values == ["2024-11-15"]


@pytest.mark.parametrize("base", ["2023-13-45", "", "yesterday", "16/11/2024"])
def test_dates_invalid_base_is_one_coded_line(capsys, base: str) -> None:
    assert main(["dates", "--base", base, "اليوم"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    _one_coded_line(captured.err, "E012")


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_dates_empty_text_is_one_coded_line(capsys, text: str) -> None:
    assert main(["dates", text]) == 2
    _one_coded_line(capsys.readouterr().err, "E105")


def test_dates_text_with_undecodable_bytes(capsys) -> None:
    # What the interpreter makes of non-UTF-8 bytes on the command line (PEP 383).
    argument = b"caf\xe9 \xff".decode("utf-8", "surrogateescape")
    assert main(["dates", argument]) == 2
    _one_coded_line(capsys.readouterr().err, "E106")


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "E002"), (bytes(range(256)) * 20, "E003"), (b"\xef\xbb\xbf", "E105")],
    ids=["empty", "binary", "bom-only"],
)
def test_dates_bad_standard_input(monkeypatch, capsys, data: bytes, code: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["dates", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    _one_coded_line(captured.err, code)


def test_dates_reads_legacy_encoded_standard_input() -> None:
    text = "وصل الوزير أمس الجمعة في زيارة رسمية إلى العاصمة"
    run = [sys.executable, "-m", "hadath.cli", "dates", "--base", "2024-11-16", "-"]
    done = subprocess.run(run, input=text.encode("cp1256"), capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert [d["value"] for d in json.loads(done.stdout)] == ["2024-11-15"]
