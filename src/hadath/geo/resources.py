"""The gazetteer: compiled places and their Arabic names, loaded once per process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hadath.data.build import COMPILED_DIR
from hadath.errors import ErrorCode, HadathError
from hadath.geo.build import COMPILED_NAME, apply_additions, index_names
from hadath.geo.match import build_name_automaton
from hadath.options import Options


@dataclass(frozen=True, slots=True)
class Place:
    """One place of the gazetteer (a city, a region or a country)."""

    kind: str  # city | region | country
    geonameid: int | None
    name: str
    name_ar: str
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None  # GeoNames admin1 code (FIPS-based for most countries)
    lat: float | None
    lon: float | None
    population: int
    capital: bool


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    fips: str | None  # FIPS 10-4, the country code of GDELT's geography fields
    name: str
    name_ar: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places and the index from matching-form names to places (best candidate first).

    Never mutated after loading; plain tuples and dicts and an Aho-Corasick automaton over
    the names (`hadath.geo.match`), built once here; all of it pickles to worker processes.
    """

    places: tuple[Place, ...]
    names: dict[str, tuple[int, ...]]
    countries: dict[str, Country]  # by ISO3
    max_words: int
    by_geonameid: dict[int, int]  # GeoNames id -> index in `places`
    automaton: Any  # ahocorasick.Automaton over `names`, see `build_name_automaton`

    def candidates(self, form: str) -> tuple[Place, ...]:
        """The places called `form` (matching form, words joined by one space), best first."""
        return tuple(self.places[i] for i in self.names.get(form, ()))

    def country(self, iso3: str | None) -> Country | None:
        return self.countries.get(iso3) if iso3 else None

    def place(self, geonameid: int | None) -> Place | None:
        """The place with this GeoNames id (countries before cities), or None."""
        index = self.by_geonameid.get(geonameid) if geonameid is not None else None
        return None if index is None else self.places[index]


def gazetteer_from_payload(payload: dict[str, Any], article: str | None = None) -> Gazetteer:
    """Build a `Gazetteer` from the compiled JSON payload of `hadath.geo.build`; `article`
    is the clitic rules' article, which lets the automaton skip keys that cannot match
    (`build_name_automaton`; None keeps them all, matching the same names more slowly)."""
    fields = (
        "kind",
        "geonameid",
        "name",
        "name_ar",
        "country",
        "admin1",
        "lat",
        "lon",
        "population",
        "capital",
    )
    places = tuple(Place(**{f: p[f] for f in fields}) for p in payload["places"])
    names = {form: tuple(indices) for form, indices in payload["names"].items()}
    countries = {
        c["iso3"]: Country(c["iso2"], c["iso3"], c["fips"], c["name"], c["name_ar"])
        for c in payload["countries"]
    }
    max_words = max((form.count(" ") + 1 for form in names), default=1)
    by_geonameid: dict[int, int] = {}
    for index, place in enumerate(places):
        if place.geonameid is not None:
            by_geonameid.setdefault(place.geonameid, index)
    automaton = build_name_automaton(names, article)
    return Gazetteer(places, names, countries, max_words, by_geonameid, automaton)


def user_place_files(folders: tuple[Path, ...]) -> list[Path]:
    """The ``geo/*.tsv`` files of the user dictionary folders, folder order then name order."""
    return [path for folder in folders for path in sorted((Path(folder) / "geo").glob("*.tsv"))]


def with_user_places(payload: dict[str, Any], files: list[Path]) -> dict[str, Any]:
    """The compiled payload with the user's additions files applied, in order.

    The files have the format of ``data/geo/additions.tsv``; their rows count as
    hand-edited, so they win ties like the built-in additions.  A bad row is E401 naming
    its file and line.  `payload` itself is not changed.
    """
    places = [dict(p) for p in payload["places"]]
    names: dict[int, list[str]] = {}
    for form, indices in payload["names"].items():
        for index in indices:
            names.setdefault(index, []).append(form)
    by_country = {p["country"]: i for i, p in enumerate(places) if p["kind"] == "country"}
    by_geonameid: dict[int, int] = {}
    for i, p in enumerate(places):
        if p["kind"] != "country" and p["geonameid"] is not None:
            by_geonameid.setdefault(p["geonameid"], i)
    for path in files:
        apply_additions(path, places, names, by_country, by_geonameid)
    # Compiled names are already filtered by exclusions.tsv; user names are hand-edited.
    index = index_names(places, names, excluded=set())
    return {**payload, "places": places, "names": dict(sorted(index.items()))}


def load_gazetteer(
    options: Options | None = None, compiled: Path | None = None, article: str | None = None
) -> Gazetteer:
    """Load the compiled gazetteer (``compiled/geo.json``) plus the places of the user
    dictionary folders (``<dir>/geo/*.tsv``, see `with_user_places`).  `article`: see
    `gazetteer_from_payload`.

    E404 when the compiled file is missing or broken; E401 (file and line) for a bad user row.
    """
    path = compiled or COMPILED_DIR / COMPILED_NAME
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise HadathError(ErrorCode.E404, reason=f"{path}: {exc}") from None
    files = user_place_files(tuple(options.dictionary_dirs)) if options else []
    if files:
        payload = with_user_places(payload, files)
    try:
        return gazetteer_from_payload(payload, article)
    except (ValueError, KeyError, TypeError) as exc:
        raise HadathError(ErrorCode.E404, reason=f"{path}: {exc}") from None
