"""Fixtures shared by every test area."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.resources import Resources

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` from the repository root; tests using it skip when it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is absent (fresh clone outside the workspace)")
    return SHARED


@pytest.fixture(scope="session")
def resources() -> Resources:
    """One lazily loaded resource bundle for the whole test session."""
    return Resources()
