"""The committed compiled events data is what the hand-edited sources build to."""

from __future__ import annotations

import hashlib
import json

from hadath.data.build import COMPILED_DIR, DATA_DIR, serialise
from hadath.events.build import COMPILED_NAME, build_event_data


def test_compiled_events_json_matches_sources() -> None:
    built = build_event_data(DATA_DIR)
    payload, count = built[COMPILED_NAME]
    blob = serialise(payload)
    committed = (COMPILED_DIR / COMPILED_NAME).read_bytes()
    assert blob == committed, "events.json is stale: run python -m hadath.data.build"
    manifest = json.loads((COMPILED_DIR / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["files"][COMPILED_NAME]
    assert entry["sha256"] == hashlib.sha256(blob).hexdigest()
    assert entry["count"] == count == len(payload["entries"])


def test_patterns_cover_every_root_and_150_codes() -> None:
    from hadath.resources import Resources

    res = Resources().events
    codes = {
        c
        for e in res.entries
        for c in (e.code, e.intent, *(s.code for s in e.senses), *(s.intent for s in e.senses))
        if c and c in res.ontology
    }
    assert len(codes) >= 150
    assert {c[:2] for c in codes} == {f"{r:02d}" for r in range(1, 21)}
