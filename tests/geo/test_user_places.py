"""User dictionary folders add places: ``<dir>/geo/*.tsv`` in the additions.tsv format."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.document import Document, RawDoc, Sentence
from hadath.errors import HadathError
from hadath.geo.build import ADDITION_COLUMNS
from hadath.geo.resources import load_gazetteer
from hadath.geo.stage import find_places
from hadath.options import Options
from hadath.resources import Resources
from hadath.text.normalize import normalize_form

HEADER = "\t".join(ADDITION_COLUMNS)
# Maaloula, Syria: a village below cities15000's population floor, absent from the gazetteer.
MAALOULA = "city\t\tMaaloula\tمعلولا\tمعلولة\tSYR\t\t33.8442\t36.5456\t2000"


def folder(tmp_path: Path, *rows: str, name: str = "places.tsv") -> Path:
    geo = tmp_path / "geo"
    geo.mkdir(exist_ok=True)
    (geo / name).write_text("# source: test\n" + "\n".join([HEADER, *rows]) + "\n", "utf-8")
    return tmp_path


def test_a_user_place_is_added_and_geocoded(tmp_path: Path) -> None:
    assert load_gazetteer().candidates(normalize_form("معلولا")) == ()
    options = Options(dictionary_dirs=(folder(tmp_path, MAALOULA),))
    gazetteer = load_gazetteer(options)
    [place] = gazetteer.candidates(normalize_form("معلولا"))
    assert (place.name, place.country, place.lat) == ("Maaloula", "SYR", 33.8442)
    assert gazetteer.candidates(normalize_form("معلولة")) == (place,)  # a variant
    # the built-in places are still there
    assert gazetteer.candidates(normalize_form("بغداد"))[0].name == "Baghdad"

    text = "وصل الوفد إلى معلولا صباح اليوم"
    doc = Document.from_raw(RawDoc(source="t.txt", kind="text", content=text))
    doc.text = text
    doc.sentences = [Sentence(0, 0, len(text), text)]
    [found] = find_places(doc, Resources(options)).places
    assert (found.text, found.name, found.lon) == ("معلولا", "Maaloula", 36.5456)


def test_a_user_row_renames_a_city_and_adds_country_names(tmp_path: Path) -> None:
    rows = (
        "city\t98182\tBaghdad\tبغداد\tدار السلام\tIRQ\t\t33.34058\t44.40088\t7216000",
        "country\t\tIraq\tالعراق\tبلاد الرافدين\tIRQ\t\t\t\t",
    )
    gazetteer = load_gazetteer(Options(dictionary_dirs=(folder(tmp_path, *rows),)))
    assert gazetteer.candidates(normalize_form("دار السلام"))[0].geonameid == 98182
    assert gazetteer.candidates(normalize_form("بلاد الرافدين"))[0].kind == "country"
    assert gazetteer.place(98182).name == "Baghdad"


def test_a_folder_without_geo_changes_nothing(tmp_path: Path) -> None:
    plain = load_gazetteer()
    assert load_gazetteer(Options(dictionary_dirs=(tmp_path,))).names == plain.names


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("town\t\tX\tمعلولا\t\tSYR\t\t33.8\t36.5\t", "kind"),
        ("city\t\tX\tمعلولا\t\tSYR\t\t133.8\t36.5\t", "coordinates"),
        ("city\t\tX\tمعلولا\t\tSYR\t\t\t\t", "lat/lon required"),
        ("city\t\tX\tMaaloula\t\tSYR\t\t33.8\t36.5\t", "not Arabic"),
        ("city\t\tX\tمعلولا\t\tSYR\t\t33.8\t36.5", "columns"),
        ("city\tabc\tX\tمعلولا\t\tSYR\t\t33.8\t36.5\t", "not a number"),
        ("country\t\tX\tمعلولا\t\tXXX\t\t\t\t", "unknown country"),
    ],
)
def test_bad_rows_are_coded_errors_naming_file_and_line(
    tmp_path: Path, row: str, reason: str
) -> None:
    options = Options(dictionary_dirs=(folder(tmp_path, MAALOULA, row),))
    with pytest.raises(HadathError) as info:
        load_gazetteer(options)
    message = str(info.value)
    assert info.value.code.name == "E401"
    assert f"{tmp_path / 'geo' / 'places.tsv'}:4:" in message and reason in message


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (b"kind\tname\n", 1, "header"),
        (("# c\n" + HEADER + "\n").encode() + b"city\t\xff\xfe\n", 3, "UTF-8"),
        (HEADER.encode() + b"\n\x00\x01\x02", 2, "binary"),
    ],
)
def test_bad_files_are_coded_errors(tmp_path: Path, content: bytes, line: int, reason: str) -> None:
    (tmp_path / "geo").mkdir()
    path = tmp_path / "geo" / "bad.tsv"
    path.write_bytes(content)
    with pytest.raises(HadathError) as info:
        load_gazetteer(Options(dictionary_dirs=(tmp_path,)))
    assert info.value.code.name == "E401"
    assert f"{path}:{line}:" in str(info.value) and reason in str(info.value)
