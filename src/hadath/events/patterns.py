"""The Arabic event pattern dictionary: YAML entries -> validated `PatternEntry` objects.

File format (``data/events/patterns/*.yaml``, documented in ``data/events/README.md``)::

    source: who wrote it and from what
    entries:
      - id: demonstrate                  # unique name, shown in provenance
        verbs: [تظاهر/يتظاهر]             # past/present 3rd masc. sing.; conjugated by morphology
        nouns: [مظاهرة, مظاهرات]          # masdars and event nouns (derivable masdars are added)
        code: "141"                      # code when no sense below applies (optional)
        intent: "133"                    # code for future/intended use (optional)
        senses:                          # object/context words that change the code
          - {code: "1411", object: [إسقاط, رحيل]}
        targets: [ضد]                    # extra target prepositions (optional)
        agentless: false                 # true: the word after the verb is its patient
        anchored: false                  # true: even a past verb needs an episode anchor
        received: false                  # true: the subject receives the act from "من Y"
        place_object: false              # true: a bare country or city after the verb is its
                                         # object (زار اليمن), not its subject
        undergoer: false                 # true: the verb's subject undergoes it (أصيب، لقي
                                         # حتفه): every actor of its clause is its patient
        object_genitive: false           # true: the actor right after the masdar, charged
                                         # with an act after it, is its object (اتهام
                                         # روسيا بالتدخل), unless an actor after ل follows

Every string is folded to the matching form, so authors write ordinary Arabic spelling.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from hadath.errors import ErrorCode, HadathError
from hadath.events.morphology import derived_masdars
from hadath.text.normalize import normalize_form

# The true/false keys of an entry, in the order of their `PatternEntry` fields.
_FLAGS = ("agentless", "anchored", "received", "place_object", "undergoer", "object_genitive")
_ENTRY_KEYS = {"id", "verbs", "nouns", "code", "intent", "senses", "targets", *_FLAGS, "__line__"}
_SENSE_KEYS = {"code", "object", "near", "before", "window", "intent", "__line__"}
# A sense whose code is NOT_AN_EVENT blocks the entry (e.g. فجر أمس is "dawn", not "blew up").
NOT_AN_EVENT = "-"


@dataclass(frozen=True, slots=True)
class Sense:
    """A refinement: the code applies when one of `objects` follows the trigger within
    `window` words, or one of `near` occurs near the trigger, or one of `before` stands
    right before it (طائرة مسيرة: the drone, not the march).  `intent` overrides the
    entry's intent code for this sense."""

    code: str
    objects: tuple[tuple[str, ...], ...] = ()
    near: tuple[str, ...] = ()
    window: int = 5
    intent: str | None = None
    before: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PatternEntry:
    id: str
    verbs: tuple[tuple[str, str], ...]
    nouns: tuple[str, ...]
    code: str | None
    intent: str | None
    senses: tuple[Sense, ...]
    targets: tuple[str, ...]
    agentless: bool
    origin: str  # "file:line", for provenance and error messages
    # Even a finite past verb needs an episode anchor (ضرب، احتل: mostly figurative).
    anchored: bool = False
    # The subject receives the act (تلقى X اتصالا من Y): Y after من is the source, X the target.
    received: bool = False
    # A bare place (an actor with no sector) right after the verb is the act's object.
    place_object: bool = False
    # The verb's subject undergoes the act (أصيب جندي، لقي ثلاثة حتفهم): it is the patient,
    # and the agent comes only from an agent phrase (برصاص، في هجوم شنه).
    undergoer: bool = False
    # The actor right after the masdar and charged with an act after it (ب) is its object
    # (اتهام روسيا بالتدخل), unless an actor after ل follows, which is then the object.
    object_genitive: bool = False


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def bare(word: str) -> str:
    """A word folded for object matching: normalised, final accusative alef dropped.

    Clitics are removed separately by the lexicon; here only the indefinite accusative
    ending (اتصالا -> اتصال) is dropped, so the dictionary can list the plain noun.
    """
    word = normalize_form(word)
    if len(word) > 3 and word.endswith("\u0627"):
        return word[:-1]
    return word


def _strings(value: Any, where: str, line: int, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise HadathError(
            ErrorCode.E301,
            path=where,
            line=line,
            reason=f"{what} must be a list of non-empty strings",
        )
    return [v.strip() for v in value]


def _code(value: Any, codes: Mapping[str, Any], where: str, line: int, what: str) -> str | None:
    if value is None:
        return None
    value = str(value)
    if value not in codes:
        raise HadathError(
            ErrorCode.E301,
            path=where,
            line=line,
            reason=f"{what} {value!r} is not a CAMEO code of the ontology",
        )
    return value


def _parse_sense(raw: Any, codes: Mapping[str, Any], where: str, line: int) -> Sense:
    if not isinstance(raw, dict):
        raise HadathError(ErrorCode.E301, path=where, line=line, reason="a sense must be a mapping")
    line = raw.get("__line__", line)
    unknown = set(raw) - _SENSE_KEYS
    if unknown:
        raise HadathError(
            ErrorCode.E301, path=where, line=line, reason=f"unknown sense keys {sorted(unknown)}"
        )
    code = raw.get("code")
    code = code if code == NOT_AN_EVENT else _code(code, codes, where, line, "sense code")
    if code is None:
        raise HadathError(ErrorCode.E301, path=where, line=line, reason="a sense needs a code")
    objects = tuple(
        tuple(bare(w) for w in phrase.split())
        for phrase in _strings(raw.get("object"), where, line, "object")
    )
    near = tuple(bare(w) for w in _strings(raw.get("near"), where, line, "near"))
    before = tuple(bare(w) for w in _strings(raw.get("before"), where, line, "before"))
    if not objects and not near and not before:
        raise HadathError(
            ErrorCode.E301,
            path=where,
            line=line,
            reason="a sense needs object, near or before words",
        )
    window = raw.get("window", 5)
    if not isinstance(window, int) or not 1 <= window <= 20:
        raise HadathError(ErrorCode.E301, path=where, line=line, reason="window must be 1..20")
    intent = _code(raw.get("intent"), codes, where, line, "sense intent")
    return Sense(code, objects, near, window, intent, before)


def parse_entry(raw: Any, codes: Mapping[str, Any], where: str) -> PatternEntry:
    """Validate one YAML entry; raise E301 naming file and line on the first problem."""
    if not isinstance(raw, dict):
        raise HadathError(ErrorCode.E301, path=where, line=0, reason="an entry must be a mapping")
    line = raw.get("__line__", 0)
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise HadathError(
            ErrorCode.E301, path=where, line=line, reason=f"unknown keys {sorted(unknown)}"
        )
    ident = raw.get("id")
    if not isinstance(ident, str) or not ident:
        raise HadathError(ErrorCode.E301, path=where, line=line, reason="missing id")
    verbs: list[tuple[str, str]] = []
    for pair in _strings(raw.get("verbs"), where, line, "verbs"):
        parts = [normalize_form(p.strip()) for p in pair.split("/")]
        if len(parts) != 2 or not all(parts) or parts[0] == "-":
            raise HadathError(
                ErrorCode.E301,
                path=where,
                line=line,
                reason=f"verb {pair!r} must be 'past/present' (present may be -)",
            )
        verbs.append((parts[0], parts[1]))
    nouns = [normalize_form(n) for n in _strings(raw.get("nouns"), where, line, "nouns")]
    if any(" " in n for n in nouns):
        raise HadathError(
            ErrorCode.E301,
            path=where,
            line=line,
            reason="nouns are single words; put the words after them in a sense",
        )
    for past, _ in verbs:
        nouns.extend(m for m in derived_masdars(past) if m not in nouns)
    if not verbs and not nouns:
        raise HadathError(ErrorCode.E301, path=where, line=line, reason="no verbs and no nouns")
    code = _code(raw.get("code"), codes, where, line, "code")
    intent = _code(raw.get("intent"), codes, where, line, "intent")
    senses = tuple(_parse_sense(s, codes, where, line) for s in raw.get("senses") or [])
    if code is None and not senses:
        raise HadathError(
            ErrorCode.E301,
            path=where,
            line=line,
            reason="an entry needs a code or at least one sense",
        )
    agentless, anchored, received, place_object, undergoer, object_genitive = (
        _flag(raw, name, where, line) for name in _FLAGS
    )
    targets = tuple(normalize_form(t) for t in _strings(raw.get("targets"), where, line, "targets"))
    return PatternEntry(
        ident,
        tuple(verbs),
        tuple(nouns),
        code,
        intent,
        senses,
        targets,
        agentless,
        f"{Path(where).name}:{line}",
        anchored,
        received,
        place_object,
        undergoer,
        object_genitive,
    )


def _flag(raw: Mapping[str, Any], name: str, where: str, line: int) -> bool:
    """An entry's yes/no option (default no); anything but a YAML boolean is an error."""
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise HadathError(ErrorCode.E301, path=where, line=line, reason=f"{name} must be bool")
    return value


def parse_pattern_file(text: str, where: str, codes: Mapping[str, Any]) -> list[PatternEntry]:
    """Parse one YAML pattern file (``source:`` note and ``entries:`` list)."""
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise HadathError(
            ErrorCode.E301,
            path=where,
            line=(mark.line + 1) if mark else 0,
            reason=f"YAML syntax: {getattr(exc, 'problem', exc)}",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise HadathError(
            ErrorCode.E301,
            path=where,
            line=1,
            reason="expected a mapping with 'source' and an 'entries' list",
        )
    if not isinstance(data.get("source"), str):
        raise HadathError(ErrorCode.E301, path=where, line=1, reason="missing 'source:' note")
    return [parse_entry(raw, codes, where) for raw in data["entries"]]


def load_pattern_files(paths: Iterable[Path], codes: Mapping[str, Any]) -> list[PatternEntry]:
    """Parse every file; entry ids must be unique across files."""
    entries: list[PatternEntry] = []
    seen: dict[str, str] = {}
    for path in sorted(paths):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise HadathError(ErrorCode.E301, path=path, line=0, reason=str(exc)) from None
        for entry in parse_pattern_file(text, str(path), codes):
            if entry.id in seen:
                raise HadathError(
                    ErrorCode.E301,
                    path=path,
                    line=entry.origin.split(":")[-1],
                    reason=f"duplicate id {entry.id!r} (also {seen[entry.id]})",
                )
            seen[entry.id] = entry.origin
            entries.append(entry)
    return entries
