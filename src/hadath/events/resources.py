"""The loaded event resources: ontology, grammar, pattern entries and their lexicon."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from hadath import __version__
from hadath.data.build import COMPILED_DIR, DATA_VERSION
from hadath.errors import ErrorCode, HadathError
from hadath.events.build import COMPILED_NAME, entry_from_dict
from hadath.events.grammar import Grammar, parse_grammar
from hadath.events.lexicon import Lexicon, build_lexicon
from hadath.events.ontology import CameoCode
from hadath.events.patterns import PatternEntry, load_pattern_files
from hadath.events.senses import SenseTest, sense_tests
from hadath.options import Options


@dataclass(frozen=True, slots=True)
class EventResources:
    """Everything the coder needs; immutable, built once per process."""

    ontology: Mapping[str, CameoCode]
    entries: tuple[PatternEntry, ...]
    grammar: Grammar
    lexicon: Lexicon
    coder: str  # "hadath x.y / dictionaries x.y"
    # The senses of each entry (same index as `entries`) as set tests.
    senses: tuple[tuple[SenseTest, ...], ...]

    def __reduce__(self) -> tuple[object, ...]:
        # Mapping proxies do not pickle: rebuild from plain values instead.
        return (_rebuild, (dict(self.ontology), self.entries, self.grammar, self.coder))


def _rebuild(
    ontology: dict[str, CameoCode], entries: tuple[PatternEntry, ...], grammar: Grammar, coder: str
) -> EventResources:
    return EventResources(
        MappingProxyType(ontology),
        entries,
        grammar,
        build_lexicon(entries, grammar),
        coder,
        tuple(sense_tests(e) for e in entries),
    )


def make_event_resources(
    ontology: Mapping[str, CameoCode], entries: list[PatternEntry], grammar: Grammar, coder: str
) -> EventResources:
    """Assemble resources from parsed parts (used by the loader and by fixture tests)."""
    return _rebuild(dict(ontology), tuple(entries), grammar, coder)


def load_event_resources(
    options: Options | None = None, compiled: Path | None = None
) -> EventResources:
    """Load the compiled event data plus ``events/*.yaml`` of each user dictionary folder."""
    options = options or Options()
    path = compiled or COMPILED_DIR / COMPILED_NAME
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        ontology = {
            row[0]: CameoCode(row[0], row[1], row[0][:2], row[2], row[3], row[4])
            for row in payload["ontology"]
        }
        grammar = parse_grammar(payload["grammar"], str(path))
        entries = [entry_from_dict(e) for e in payload["entries"]]
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise HadathError(ErrorCode.E304, reason=f"{path}: {exc}") from None
    for folder in options.dictionary_dirs:
        extra = sorted((Path(folder) / "events").glob("*.yaml"))
        user = load_pattern_files(extra, ontology)
        known = {e.id for e in entries}
        for entry in user:
            if entry.id in known:
                raise HadathError(
                    ErrorCode.E301,
                    path=entry.origin,
                    line=0,
                    reason=f"id {entry.id!r} already in the built-in dictionary",
                )
        entries.extend(user)
    coder = f"hadath {__version__} / dictionaries {DATA_VERSION}"
    return make_event_resources(ontology, entries, grammar, coder)
