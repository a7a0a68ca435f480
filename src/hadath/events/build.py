"""Build step of the events area: validate the hand-edited sources, emit ``events.json``.

Registered in `hadath.data.build.BUILDERS`; run with ``python -m hadath.data.build``.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

from hadath.errors import ErrorCode, HadathError
from hadath.events.grammar import parse_grammar
from hadath.events.ontology import load_ontology
from hadath.events.patterns import PatternEntry, Sense, load_pattern_files

COMPILED_NAME = "events.json"


def read_grammar(path: Path) -> dict[str, Any]:
    """The grammar YAML as a plain mapping (validated by `parse_grammar`)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise HadathError(ErrorCode.E303, path=path, reason=str(exc)) from None
    parse_grammar(data, str(path))
    return data


def entry_to_dict(entry: PatternEntry) -> dict[str, Any]:
    return asdict(entry)


def entry_from_dict(data: dict[str, Any]) -> PatternEntry:
    """Inverse of `entry_to_dict` (lists back to tuples)."""
    senses = tuple(
        Sense(
            s["code"],
            tuple(tuple(o) for o in s["objects"]),
            tuple(s["near"]),
            s["window"],
            s["intent"],
            tuple(s.get("before", ())),
        )
        for s in data["senses"]
    )
    return PatternEntry(
        id=data["id"],
        verbs=tuple(tuple(v) for v in data["verbs"]),
        nouns=tuple(data["nouns"]),
        code=data["code"],
        intent=data["intent"],
        senses=senses,
        targets=tuple(data["targets"]),
        agentless=data["agentless"],
        origin=data["origin"],
        anchored=data.get("anchored", False),
        received=data.get("received", False),
        place_object=data.get("place_object", False),
        undergoer=data.get("undergoer", False),
        object_genitive=data.get("object_genitive", False),
    )


def build_event_data(data_dir: Path) -> dict[str, tuple[Any, int]]:
    """Compile ``data/events`` into one JSON payload: ontology, grammar and entries."""
    folder = data_dir / "events"
    ontology = load_ontology(folder / "cameo.tsv")
    grammar = read_grammar(folder / "grammar.yaml")
    entries = load_pattern_files((folder / "patterns").glob("*.yaml"), ontology)
    payload = {
        "ontology": [
            [c.code, c.name, c.quad_class, c.goldstein, c.plover] for c in ontology.values()
        ],
        "grammar": grammar,
        "entries": [entry_to_dict(e) for e in entries],
    }
    return {COMPILED_NAME: (payload, len(entries))}
