"""The quality gate: evaluation scores must stay at or above their pinned floors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from hadath.commands.evaluate import evaluate

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))
SETS = [name for name in FLOORS if not name.startswith("_")]


@pytest.mark.parametrize("name", SETS)
def test_scores_at_or_above_floors(shared_dir: Path, name: str) -> None:
    path = shared_dir / "data" / name
    floors = FLOORS[name]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest == floors["sha256"], f"{name} changed: re-measure and re-pin its floors"
    scores = evaluate(path)
    for key, floor in floors.items():
        if key == "sha256":
            continue
        value = scores
        for part in key.split("."):
            value = value[part]
        assert value >= floor, f"{name} {key} = {value} fell below its floor {floor}"
