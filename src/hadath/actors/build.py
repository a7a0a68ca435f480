"""Compile the hand-edited actor sources into one JSON payload (``actors.json``).

Registered in `hadath.data.build.BUILDERS`; run ``python -m hadath.data.build``.  The same
`compile_folder` reads a user dictionary folder in our own format at load time.

Payload: ``phrases`` (one row per dictionary key: key, kind, article, code, sector, title,
compose, ref, name_en), ``persons`` (id -> name_en, country, before, roles), ``titles``
(title, sector, name_en, in rank order) and ``countries`` (ISO3 -> English name).
"""

from __future__ import annotations

import re
from dataclasses import astuple, replace
from pathlib import Path
from typing import Any

from hadath.actors.model import (
    AGENT,
    ART_FORBIDDEN,
    ART_OPTIONAL,
    ART_REQUIRED,
    CAPITAL,
    COUNTERPART,
    COUNTRY,
    FIXED,
    NISBA,
    PEOPLE,
    PERSON,
    SECTORS,
    SURNAME,
    Phrase,
)
from hadath.actors.sources import Row, read_keyed, read_tsv
from hadath.text.normalize import normalize_form

COMPILED_NAME = "actors.json"
_SPACES = re.compile(r"\s+")
# Kinds whose written article is grammatical agreement, not part of the name (their forms
# are generated without it).  Everything else matches with the article exactly as written.
_ARTICLE_FREE = frozenset({NISBA, PEOPLE})
_COUNTRY_KINDS = frozenset({COUNTRY, CAPITAL, NISBA, PEOPLE})
# Endings added to a masculine singular nisba stem (فرنسي): feminine, plurals and duals.
_NISBA_SINGULAR = ("", "ه", "ا")  # "ا": indefinite accusative (جنديا عراقيا)
_NISBA_PLURAL = ("ون", "ين", "ان", "تان", "تين", "ات")
# Compose rules of agents.tsv (see the data README): how an agent combines with what follows.
COMPOSE_RULES = (
    "nisba",
    "needs",
    "adjective",
    "gap1",
    "of",
    "counterpart",
    "former",
    "deputy",
    "facility",
)


def phrase_key(text: str, kind: str) -> tuple[str, int]:
    """The automaton key of a written phrase and how its leading article is treated."""
    key = _SPACES.sub(" ", normalize_form(text)).strip()
    # Only a written bare alef + lam is the article: ألماني / إلياس keep their first letters.
    has_article = text.strip().startswith("ال") and len(key.split(" ")[0]) > 3
    if has_article:
        key = key[2:]
    if kind in _ARTICLE_FREE:
        return key, ART_OPTIONAL
    return key, ART_REQUIRED if has_article else ART_FORBIDDEN


def phrase_row(text: str, phrase: Phrase) -> list[Any]:
    key, article = phrase_key(text, phrase.kind)
    return [key, *astuple(replace(phrase, article=article))]


class Compiler:
    """Accumulates phrases, persons and titles from sources; `payload()` is the result."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[Any, ...], list[Any]] = {}  # meaning (all but name) -> row
        self.persons: dict[str, list[Any]] = {}
        self.titles: list[list[str]] = []
        self.countries: dict[str, str] = {}

    def add(self, text: str, phrase: Phrase, row: Row) -> None:
        """Add a phrase; the same key with the same meaning is kept once (first wins)."""
        values = phrase_row(text, phrase)
        if not values[0]:
            raise row.fail(f"empty phrase {text!r}")
        self.phrases.setdefault(tuple(values[:-1]), values)

    def remove(self, text: str, phrase: Phrase) -> None:
        self.phrases.pop(tuple(phrase_row(text, phrase)[:-1]), None)

    def payload(self) -> dict[str, Any]:
        """The compiled payload; country phrases carry the country's final English name."""
        phrases = []
        for values in self.phrases.values():
            if values[1] in _COUNTRY_KINDS:
                values = [*values[:-1], self.countries.get(values[3], values[-1])]
            phrases.append(values)
        return {
            "phrases": sorted(phrases),
            "persons": self.persons,
            "titles": self.titles,
            "countries": self.countries,
        }

    # --- one method per source file ---------------------------------------------------

    def add_cldr(self, path: Path) -> None:
        """Generated CLDR/ISO names: iso3, iso2, English name, CLDR Arabic, ISO Arabic."""
        for row in read_tsv(path, 4):
            iso3 = row.code(0)
            self.countries[iso3] = row.cell(2)
            names = {part.strip() for cell in row.cells[3:5] for part in cell.split("،")}
            for name in sorted(names - {""}):
                self.add(name, Phrase(COUNTRY, 0, code=iso3, name_en=row.cell(2)), row)

    def add_countries(self, path: Path) -> None:
        """Hand-edited: iso3, English name, names, nisba stems, demonym plurals, capitals."""
        for iso3, row in read_keyed(path, 1).items():
            row.code(0)
            name_en = row.cell(1) or self.countries.get(iso3, "")
            if not name_en:
                raise row.fail(f"{iso3}: no English name (not in CLDR either)")
            self.countries[iso3] = name_en
            for name in row.variants(2):
                if name.startswith("-"):  # "-name": drop a CLDR/ISO name that misleads
                    self.remove(name[1:], Phrase(COUNTRY, 0, code=iso3, name_en=name_en))
                else:
                    self.add(name, Phrase(COUNTRY, 0, code=iso3, name_en=name_en), row)
            for stem in row.variants(3):
                if not stem.endswith("ي"):
                    raise row.fail(f"nisba stem {stem!r} must be masculine singular (ending ي)")
                for end in _NISBA_SINGULAR:
                    self.add(stem + end, Phrase(NISBA, 0, code=iso3, name_en=name_en), row)
                for end in _NISBA_PLURAL:
                    self.add(stem + end, Phrase(PEOPLE, 0, code=iso3, name_en=name_en), row)
            for plural in row.variants(4):
                self.add(plural, Phrase(PEOPLE, 0, code=iso3, name_en=name_en), row)
            for city in row.variants(5):
                self.add(city, Phrase(CAPITAL, 0, code=iso3, name_en=name_en), row)

    def add_organisations(self, path: Path) -> None:
        """Fully coded actors: id, code, English name, Arabic names."""
        for entity, row in read_keyed(path, 4).items():
            code = row.code(1)
            for name in row.variants(3):
                self.add(name, Phrase(FIXED, 0, code=code, ref=entity, name_en=row.cell(2)), row)

    def add_titles(self, path: Path) -> None:
        """Titles in rank order: title, sector, English name."""
        for title, row in read_keyed(path, 3).items():
            if row.cell(1) not in SECTORS:
                raise row.fail(f"unknown sector {row.cell(1)!r}")
            self.titles.append([title, row.cell(1), row.cell(2)])

    def add_agents(self, path: Path) -> None:
        """Role nouns: Arabic forms, sector (or country + sector), title, compose rule,
        English name.  A country written with the sector is the agent's own (settlers)."""
        known_titles = {t[0] for t in self.titles}
        for row in read_tsv(path, 5):
            sector, title, compose = row.cell(1), row.cell(2), row.cell(3)
            country = ""
            if len(sector) == 6:
                country, sector = row.code(1)[:3], sector[3:]
            if sector not in SECTORS:
                raise row.fail(f"unknown sector {sector!r}")
            if title not in ("-", *known_titles):
                raise row.fail(f"unknown title {title!r} (see titles.tsv)")
            if compose not in COMPOSE_RULES:
                raise row.fail(
                    f"compose must be one of {', '.join(COMPOSE_RULES)}, not {compose!r}"
                )
            kind = COUNTERPART if compose == "counterpart" else AGENT
            for form in row.variants(0):
                self.add(
                    form,
                    Phrase(
                        kind,
                        0,
                        code=country,
                        sector=sector,
                        title="" if title == "-" else title,
                        compose="" if compose == "nisba" else compose,
                        name_en=row.cell(4),
                    ),
                    row,
                )

    def add_people(self, people: Path, roles: Path) -> None:
        """Persons (id, English name, country, sector before office, names, surnames) and
        their roles (id, title, code or ISO3, start, end)."""
        known_titles = {t[0]: t[1] for t in self.titles}
        rows = read_keyed(people, 5)
        dated: dict[str, list[list[str]]] = {pid: [] for pid in rows}
        for row in read_tsv(roles, 4):
            pid, title = row.cell(0), row.cell(1)
            if pid not in rows:
                raise row.fail(f"unknown person id {pid!r}")
            if title not in known_titles:
                raise row.fail(f"unknown title {title!r} (see titles.tsv)")
            code = row.code(2)
            if len(code) == 3 and not code.startswith("IGO"):
                code += known_titles[title]
            start, end = row.date(3, optional=False), row.date(4, optional=True)
            if end and end < start:
                raise row.fail(f"role ends ({end}) before it starts ({start})")
            dated[pid].append([title, code, start, end])
        for pid, row in rows.items():
            country = row.code(2)
            before = row.cell(3) if row.cell(3) != "-" else ""
            if before and before not in SECTORS:
                raise row.fail(f"unknown sector {before!r}")
            if pid in self.persons:
                raise row.fail(f"person id {pid!r} defined twice")
            self.persons[pid] = [row.cell(1), country, before, sorted(dated[pid])]
            for name in row.variants(4):
                self.add(name, Phrase(PERSON, 0, ref=pid, name_en=row.cell(1)), row)
            for name in row.variants(5):
                self.add(name, Phrase(SURNAME, 0, ref=pid, name_en=row.cell(1)), row)


def compile_folder(folder: Path, compiler: Compiler | None = None) -> Compiler:
    """Read every known source file present in `folder` (own format) into a compiler."""
    compiler = compiler or Compiler()
    if (folder / "countries_cldr.tsv").is_file():
        compiler.add_cldr(folder / "countries_cldr.tsv")
    if (folder / "countries.tsv").is_file():
        compiler.add_countries(folder / "countries.tsv")
    for path in sorted(folder.glob("organisations*.tsv")):
        compiler.add_organisations(path)
    if (folder / "titles.tsv").is_file():
        compiler.add_titles(folder / "titles.tsv")
    for path in sorted(folder.glob("agents*.tsv")):
        compiler.add_agents(path)
    if (folder / "people.tsv").is_file():
        compiler.add_people(folder / "people.tsv", folder / "roles.tsv")
    return compiler


def build_actor_data(data_dir: Path) -> dict[str, tuple[Any, int]]:
    """Compile ``data/actors`` into ``actors.json``; the count is the number of phrases."""
    payload = compile_folder(data_dir / "actors").payload()
    return {COMPILED_NAME: (payload, len(payload["phrases"]))}
