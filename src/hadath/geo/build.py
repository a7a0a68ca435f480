"""Compile ``data/geo/*.tsv`` into ``compiled/geo.json``: places and a name index.

Sources (see ``data/geo/README.md``): ``countries.tsv`` and ``cities.tsv`` generated from
GeoNames/CLDR by `hadath.geo.generate`, and the hand-edited ``additions.tsv`` and
``exclusions.tsv``.  Every name is indexed in hadath's matching form; a name shared by several
places lists them best first (country, hand-edited, capital, population), and the geocoder
breaks the tie with the countries the article talks about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hadath.errors import ErrorCode, HadathError
from hadath.text.normalize import normalize_form

COMPILED_NAME = "geo.json"
KINDS = ("country", "region", "city")
_NAME = re.compile(r"^[\u0621-\u064a0-9]+(?: [\u0621-\u064a0-9]+)*$")


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of a TSV with a header line; checks the header."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
        raise HadathError(
            ErrorCode.E401, path=path, line=bad_line, reason="not UTF-8 text"
        ) from None
    if "\x00" in text:
        bad_line = text.count("\n", 0, text.index("\x00")) + 1
        raise HadathError(ErrorCode.E401, path=path, line=bad_line, reason="binary data (NUL byte)")
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != columns:
                raise HadathError(
                    ErrorCode.E401,
                    path=path,
                    line=number,
                    reason=f"header must be {'<TAB>'.join(columns)}",
                )
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise HadathError(
                ErrorCode.E401,
                path=path,
                line=number,
                reason=f"{len(cells)} columns, expected {len(columns)}",
            )
        yield number, dict(zip(columns, cells, strict=True))


def _number(path: Path, line: int, value: str, kind: type, field: str) -> Any:
    if value == "":
        return None
    try:
        return kind(value)
    except ValueError:
        raise HadathError(
            ErrorCode.E401, path=path, line=line, reason=f"{field} {value!r} is not a number"
        ) from None


def _coordinates(path: Path, line: int, row: dict[str, str]) -> tuple[float | None, ...]:
    lat = _number(path, line, row["lat"], float, "lat")
    lon = _number(path, line, row["lon"], float, "lon")
    if (lat is None) != (lon is None) or (
        lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)
    ):
        raise HadathError(ErrorCode.E401, path=path, line=line, reason="bad coordinates")
    return lat, lon


def _forms(path: Path, line: int, names: list[str]) -> list[str]:
    forms = []
    for name in names:
        form = " ".join(normalize_form(name).replace("-", " ").split())
        if not _NAME.match(form):
            raise HadathError(
                ErrorCode.E401,
                path=path,
                line=line,
                reason=f"name {name!r} is not Arabic letters and spaces",
            )
        forms.append(form)
    return forms


COUNTRY_COLUMNS = ("iso2", "iso3", "fips", "geonameid", "name", "name_ar", "lat", "lon")
CITY_COLUMNS = (
    "geonameid",
    "name",
    "name_ar",
    "variants",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "capital",
)
ADDITION_COLUMNS = (
    "kind",
    "geonameid",
    "name",
    "name_ar",
    "variants",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
)


def apply_additions(
    path: Path,
    places: list[dict[str, Any]],
    names: dict[int, list[str]],
    by_country: dict[str, int],
    by_geonameid: dict[int, int],
) -> int:
    """Apply one additions file (``ADDITION_COLUMNS``) to the places being built; E401 names
    the file and line of a bad row.  Rows add places, rename a city of the same GeoNames id,
    or add names to a country.  Returns the number of rows applied."""
    applied = 0
    for line, row in read_tsv(path, ADDITION_COLUMNS):
        kind = row["kind"]
        if kind not in KINDS:
            raise HadathError(
                ErrorCode.E401,
                path=path,
                line=line,
                reason=f"kind {kind!r} is not one of {', '.join(KINDS)}",
            )
        forms = _forms(path, line, [row["name_ar"], *(v for v in row["variants"].split("|") if v)])
        if kind == "country":
            if row["country"] not in by_country:
                raise HadathError(
                    ErrorCode.E401,
                    path=path,
                    line=line,
                    reason=f"unknown country {row['country']!r}",
                )
            index = by_country[row["country"]]
            places[index]["name_ar"] = row["name_ar"]
            names[index] = list(dict.fromkeys([*forms, *names[index]]))
            applied += 1
            continue
        lat, lon = _coordinates(path, line, row)
        if lat is None:
            raise HadathError(ErrorCode.E401, path=path, line=line, reason="lat/lon required")
        geonameid = _number(path, line, row["geonameid"], int, "geonameid")
        entry = {
            "kind": kind,
            "geonameid": geonameid,
            "name": row["name"],
            "name_ar": row["name_ar"],
            "country": row["country"] or None,
            "admin1": row["admin1"] or None,
            "lat": lat,
            "lon": lon,
            "population": _number(path, line, row["population"], int, "population") or 0,
            "capital": False,
            "hand": True,
        }
        if geonameid is not None and geonameid in by_geonameid:
            index = by_geonameid[geonameid]
            entry["capital"] = places[index]["capital"]
            places[index] = entry
            names[index] = list(dict.fromkeys([*forms, *names[index]]))
        else:
            index = len(places)
            places.append(entry)
            if geonameid is not None:
                by_geonameid[geonameid] = index
            names[index] = forms
        applied += 1
    return applied


def index_names(
    places: list[dict[str, Any]], names: dict[int, list[str]], excluded: set[str]
) -> dict[str, list[int]]:
    """Matching form -> place indices, best first (country, hand-edited, capital,
    population); `excluded` forms are dropped unless a hand-edited place carries them."""
    index_of: dict[str, list[int]] = {}
    for index, forms in names.items():
        for form in forms:
            if form in excluded and not places[index]["hand"]:
                continue
            index_of.setdefault(form, [])
            if index not in index_of[form]:
                index_of[form].append(index)
    kind_rank = {"country": 0, "region": 1, "city": 2}
    for candidates in index_of.values():
        candidates.sort(
            key=lambda i: (
                kind_rank[places[i]["kind"]],
                not places[i]["hand"],
                not places[i]["capital"],
                -places[i]["population"],
                places[i]["geonameid"] or 0,
                i,
            )
        )
    return index_of


def build_geo_data(data_dir: Path) -> dict[str, tuple[Any, int]]:
    """The compiled gazetteer: ``{"geo.json": (payload, number of names)}``."""
    geo = data_dir / "geo"
    places: list[dict[str, Any]] = []
    names: dict[int, list[str]] = {}  # place index -> forms
    by_country: dict[str, int] = {}
    by_geonameid: dict[int, int] = {}

    path = geo / "countries.tsv"
    countries = []
    for line, row in read_tsv(path, COUNTRY_COLUMNS):
        lat, lon = _coordinates(path, line, row)
        country = {
            "iso2": row["iso2"],
            "iso3": row["iso3"],
            "fips": row["fips"] or None,
            "name": row["name"],
            "name_ar": row["name_ar"],
        }
        countries.append(country)
        index = len(places)
        places.append(
            {
                "kind": "country",
                "geonameid": _number(path, line, row["geonameid"], int, "id"),
                "name": row["name"],
                "name_ar": row["name_ar"],
                "country": row["iso3"],
                "admin1": None,
                "lat": lat,
                "lon": lon,
                "population": 0,
                "capital": False,
                "hand": False,
            }
        )
        by_country[row["iso3"]] = index
        names[index] = _forms(path, line, [row["name_ar"]])

    path = geo / "cities.tsv"
    for line, row in read_tsv(path, CITY_COLUMNS):
        lat, lon = _coordinates(path, line, row)
        geonameid = _number(path, line, row["geonameid"], int, "geonameid")
        index = len(places)
        places.append(
            {
                "kind": "city",
                "geonameid": geonameid,
                "name": row["name"],
                "name_ar": row["name_ar"],
                "country": row["country"] or None,
                "admin1": row["admin1"] or None,
                "lat": lat,
                "lon": lon,
                "population": _number(path, line, row["population"], int, "population") or 0,
                "capital": row["capital"] == "1",
                "hand": False,
            }
        )
        by_geonameid[geonameid] = index
        variants = [v for v in row["variants"].split("|") if v]
        names[index] = _forms(path, line, [row["name_ar"], *variants])

    apply_additions(geo / "additions.tsv", places, names, by_country, by_geonameid)

    path = geo / "exclusions.tsv"
    excluded = set()
    for line, row in read_tsv(path, ("form", "reason")):
        excluded.update(_forms(path, line, [row["form"]]))

    index_of = index_names(places, names, excluded)
    payload = {
        "places": places,
        "names": dict(sorted(index_of.items())),
        "countries": countries,
    }
    return {COMPILED_NAME: (payload, len(index_of))}
