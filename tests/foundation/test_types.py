"""The type annotations hold: mypy finds no error in the package (as `make lint` runs it)."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_finds_no_error_in_the_package(tmp_path: Path) -> None:
    out, err, status = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(ROOT / "src" / "hadath"),
        ]
    )
    assert status == 0, out + err
