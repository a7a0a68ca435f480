"""The loaded actor dictionary: phrases in an Aho-Corasick automaton, persons, role holders.

`load_actor_resources` reads the compiled ``actors.json`` plus every user dictionary folder
(``<dir>/actors/``: our TSV formats and PETRARCH ``*.txt`` actor/agent dictionaries) and
builds the automaton once.  The result is immutable and pickles by rebuilding from its
payload.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import ahocorasick

from hadath.actors.build import COMPILED_NAME, Compiler, compile_folder
from hadath.actors.model import AGENT, Person, Phrase, Role
from hadath.actors.petrarch import load_petrarch_file
from hadath.actors.scan import readings
from hadath.data.build import COMPILED_DIR
from hadath.errors import ErrorCode, HadathError
from hadath.options import Options

Holder = tuple[str, str, str]  # (start, end, person id)


@dataclass(frozen=True, slots=True)
class ActorResources:
    """The matcher's dictionary; build with `load_actor_resources` or `from_payload`."""

    automaton: Any  # ahocorasick.Automaton: key -> `hadath.actors.scan.readings`
    persons: Mapping[str, Person]
    title_rank: Mapping[str, int]
    title_sector: Mapping[str, str]
    holders: Mapping[tuple[str, str], tuple[Holder, ...]]  # (country, title) -> holders
    countries: Mapping[str, str]  # ISO3 -> English name
    payload: Mapping[str, Any]
    # English names of the titled agents ("president", "king"): the style a person's English
    # name may begin with ("King Abdullah II"), so "الرئيس" never refers back to a king.
    title_styles: frozenset[str] = frozenset()

    def style_of(self, pid: str) -> str | None:
        """The title style the person's English name begins with, or None."""
        first = self.persons[pid].name_en.split(" ", 1)[0].lower()
        return first if first in self.title_styles else None

    def __reduce__(self) -> tuple[object, ...]:
        return (from_payload, (dict(self.payload),))

    def holder(self, country: str, title: str, date: str | None) -> str | None:
        """Id of the person holding `title` in `country` on `date` (None when unknown)."""
        if date is None:
            return None
        # Latest start first: in a month of hand-over, the new holder is the one meant.
        for start, end, pid in reversed(self.holders.get((country, title), ())):
            if date[: len(start)] >= start and (not end or date[: len(end)] <= end):
                return pid
        return None


def from_payload(payload: Mapping[str, Any]) -> ActorResources:
    """Build the automaton and indexes from a compiled payload."""
    grouped: dict[str, list[Phrase]] = defaultdict(list)
    for key, *fields in payload["phrases"]:
        grouped[key].append(Phrase(*fields))
    automaton = ahocorasick.Automaton()
    for key, phrases in grouped.items():
        automaton.add_word(key, readings(key, phrases))
    if grouped:
        automaton.make_automaton()
    persons: dict[str, Person] = {}
    holders: dict[tuple[str, str], list[Holder]] = defaultdict(list)
    for pid, (name_en, country, before, roles) in payload["persons"].items():
        person_roles = tuple(Role(*r) for r in roles)
        persons[pid] = Person(pid, name_en, country, before, person_roles)
        for role in person_roles:
            place = role.code if role.code.startswith("IGO") else role.code[:3]
            holders[(place, role.title)].append((role.start, role.end, pid))
    titles = payload["titles"]
    styles = frozenset(
        p.name_en.lower()
        for phrases in grouped.values()
        for p in phrases
        if p.kind == AGENT and p.title and p.name_en
    )
    return ActorResources(
        automaton=automaton,
        persons=MappingProxyType(persons),
        title_rank=MappingProxyType({t[0]: i for i, t in enumerate(titles)}),
        title_sector=MappingProxyType({t[0]: t[1] for t in titles}),
        holders=MappingProxyType({k: tuple(sorted(v)) for k, v in holders.items()}),
        countries=MappingProxyType(dict(payload["countries"])),
        payload=MappingProxyType(dict(payload)),
        title_styles=styles,
    )


def read_compiled(path: Path) -> dict[str, Any]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if not all(k in payload for k in ("phrases", "persons", "titles", "countries")):
            raise ValueError("missing sections")
    except (OSError, ValueError) as exc:
        raise HadathError(ErrorCode.E202, path=path, reason=str(exc)) from None
    return payload


def merge_user_folder(payload: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The payload with a user folder's own-format and PETRARCH-format entries added."""
    compiler = Compiler()
    compiler.titles = [list(t) for t in payload["titles"]]
    compiler.countries = dict(payload["countries"])
    compile_folder(folder, compiler)
    for path in sorted(folder.glob("*.txt")):
        load_petrarch_file(path, compiler)
    extra = compiler.payload()
    clash = set(extra["persons"]) & set(payload["persons"])
    if clash:
        raise HadathError(
            ErrorCode.E201,
            path=folder,
            line=0,
            reason=f"person ids already in the built-in dictionary: {', '.join(sorted(clash)[:5])}",
        )
    return {
        "phrases": payload["phrases"] + extra["phrases"],
        "persons": {**payload["persons"], **extra["persons"]},
        "titles": payload["titles"],
        "countries": {**payload["countries"], **extra["countries"]},
    }


def load_actor_resources(
    options: Options | None = None, compiled: Path | None = None
) -> ActorResources:
    """The built-in dictionary plus ``actors/`` of each folder in `options.dictionary_dirs`."""
    options = options or Options()
    payload = read_compiled(compiled or COMPILED_DIR / COMPILED_NAME)
    for folder in options.dictionary_dirs:
        user = Path(folder) / "actors"
        if user.is_dir():
            payload = merge_user_folder(payload, user)
    return from_payload(payload)
