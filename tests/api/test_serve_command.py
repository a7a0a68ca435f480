"""``hadath serve``: options and refusals (the server itself is exercised by tests/web)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.cli import build_parser, main


def test_serve_is_a_command_with_its_options() -> None:
    args = build_parser().parse_args(["serve", "--db", "x.db", "--port", "9000", "--token", "t"])
    assert (args.db, args.port, args.token, args.host) == (Path("x.db"), 9000, "t", "127.0.0.1")


def test_serve_refuses_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "E010" in capsys.readouterr().err


def test_serve_refuses_a_bad_port(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["serve", "--db", str(tmp_path / "x.db"), "--port", "70000"]) == 2
    assert "E017" in capsys.readouterr().err
