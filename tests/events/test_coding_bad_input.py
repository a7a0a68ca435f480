"""Bad input for ``hadath code`` and ``hadath evaluate``: a clear coded error, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.cli import main

SENTENCE = "تظاهر آلاف المحتجين أمس أمام البرلمان"


def _code(tmp_path: Path, data: bytes) -> tuple[int, list[dict]]:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(data)
    status = main(["code", "--input", str(src), "--output", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return status, [json.loads(line) for line in lines]


def _good(ident: str = "ok") -> bytes:
    return (json.dumps({"id": ident, "text": SENTENCE}, ensure_ascii=False) + "\n").encode()


def test_code_empty_input_is_e013(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = _code(tmp_path, b"")
    assert status == 2 and lines == []
    assert "E013" in capsys.readouterr().err


def test_code_binary_line_is_reported_and_the_rest_coded(tmp_path: Path) -> None:
    status, lines = _code(tmp_path, b"\x00\xff\xfe\x89PNG\r\n" + _good())
    assert status == 0
    assert "E307" in lines[0]["error"] and lines[0]["events"] == []
    assert lines[-1]["id"] == "ok" and lines[-1]["events"]


def test_code_wrong_encoding_loses_no_line(tmp_path: Path) -> None:
    cp1256 = json.dumps({"id": "w", "text": SENTENCE}, ensure_ascii=False).encode("cp1256")
    status, lines = _code(tmp_path, cp1256 + b"\n" + _good())
    assert status == 0
    assert [line["id"] for line in lines] == ["w", "ok"]


def test_code_truncated_and_hostile_json(tmp_path: Path) -> None:
    truncated = b'{"id": "t", "text": "\xd8\xaa\xd8\xb8\n'
    nested = b"[" * 100_000 + b"\n"  # would overflow a recursive parser
    wrong_type = b'{"id": "n", "text": 42}\n'
    status, lines = _code(tmp_path, truncated + nested + wrong_type + _good())
    assert status == 0
    assert len(lines) == 4
    assert all("E307" in line["error"] for line in lines[:3])
    assert lines[3]["events"]


def test_code_huge_line(tmp_path: Path) -> None:
    text = (SENTENCE + ". ") * 20_000  # ~0.8 MB of text on one line
    status, lines = _code(tmp_path, json.dumps({"id": "h", "text": text}).encode() + b"\n")
    assert status == 0 and lines[0]["id"] == "h" and lines[0]["events"]


def _evaluate(tmp_path: Path, data: bytes) -> int:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(data)
    return main(["evaluate", "--gold", str(gold)])


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E306"),
        (b"\x00\xff\xfe\x89PNG", "E001"),
        (b'{"id": "x", "text": "\xd8\xaa', "E305"),
        (b"[" * 100_000, "E305"),
        (b'{"id": "x", "text": "t", "events": [{"plover": "NOPE"}]}', "E305"),
        (b'{"id": "x", "text": "t", "category": "PROTEST", "label": "maybe"}', "E305"),
    ],
)
def test_evaluate_bad_gold_is_a_coded_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, code: str
) -> None:
    assert _evaluate(tmp_path, data) == 2
    assert code in capsys.readouterr().err


def test_evaluate_bad_predictions_name_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "a", "text": SENTENCE, "events": [{"plover": "PROTEST"}]}) + "\n",
        encoding="utf-8",
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(b'{"id": "a", "events": []}\n{"id": \n')
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred)]) == 2
    err = capsys.readouterr().err
    assert "E305" in err and "pred.jsonl:2:" in err
