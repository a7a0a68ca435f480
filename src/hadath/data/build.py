"""Compile the hand-edited data sources into package data, with a manifest.

Run ``python -m hadath.data.build`` after editing anything under ``src/hadath/data/``.
Each area registers a builder that reads its sources and returns ``{filename: payload}``
(payload is JSON-serialisable); this module writes them under ``data/compiled/`` and records
version, counts and sha256 in ``data/compiled/manifest.json``.  The integrity test rebuilds
everything in memory and fails when the committed artefacts differ.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent
COMPILED_DIR = DATA_DIR / "compiled"
DATA_VERSION = "0.1.0"

# area name -> "module:function"; the function takes the data dir and returns
# {compiled file name: (payload, count)}.  Modules are imported lazily.
BUILDERS: dict[str, str] = {
    "actors": "hadath.actors.build:build_actor_data",
    "events": "hadath.events.build:build_event_data",
    "geo": "hadath.geo.build:build_geo_data",
    "text": "hadath.text.build:build_text_data",
    "time": "hadath.time.build:build_time_data",
}

Built = dict[str, tuple[Any, int]]


def _load_builder(spec: str) -> Callable[[Path], Built]:
    module, func = spec.split(":")
    return getattr(importlib.import_module(module), func)


def serialise(payload: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no ASCII escaping, trailing newline)."""
    return (
        json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode()


def build_all(data_dir: Path = DATA_DIR) -> dict[str, bytes]:
    """Build every registered area; returns ``{file name: bytes}`` including the manifest."""
    files: dict[str, bytes] = {}
    manifest: dict[str, Any] = {"version": DATA_VERSION, "files": {}}
    for area, spec in sorted(BUILDERS.items()):
        for name, (payload, count) in sorted(_load_builder(spec)(data_dir).items()):
            blob = serialise(payload)
            files[name] = blob
            manifest["files"][name] = {
                "area": area,
                "count": count,
                "sha256": hashlib.sha256(blob).hexdigest(),
            }
    files["manifest.json"] = (
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    ).encode()
    return files


def load_compiled(name: str) -> Any:
    """Load one compiled artefact by file name."""
    return json.loads((COMPILED_DIR / name).read_text(encoding="utf-8"))


def main() -> None:
    COMPILED_DIR.mkdir(exist_ok=True)
    for name, blob in build_all().items():
        (COMPILED_DIR / name).write_bytes(blob)


if __name__ == "__main__":
    main()
