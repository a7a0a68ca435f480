"""The committed compiled data and its manifest are exactly what the sources build to."""

from __future__ import annotations

import hashlib
import json

from hadath.data.build import BUILDERS, COMPILED_DIR, build_all


def test_compiled_data_matches_a_fresh_build() -> None:
    built = build_all()
    stale = [
        name
        for name, blob in built.items()
        if not (COMPILED_DIR / name).is_file() or (COMPILED_DIR / name).read_bytes() != blob
    ]
    assert not stale, f"run `python -m hadath.data.build`: stale compiled files {stale}"


def test_manifest_lists_every_area_with_counts_and_hashes() -> None:
    manifest = json.loads((COMPILED_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert {entry["area"] for entry in manifest["files"].values()} == set(BUILDERS)
    for name, entry in manifest["files"].items():
        blob = (COMPILED_DIR / name).read_bytes()
        assert hashlib.sha256(blob).hexdigest() == entry["sha256"], name
        assert entry["count"] > 0, name
