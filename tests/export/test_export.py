"""Exports: CSV readable by GDELT tooling (names and types), JSONL provenance, Parquet."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from hadath.cli import main
from hadath.document import (
    ActorMention,
    Document,
    Event,
    EventDate,
    Location,
    RawDoc,
    Sentence,
    Span,
)
from hadath.export.gdelt import COLUMN_TYPES, COLUMNS, GDELT_COLUMNS
from hadath.store import StoreWriter, open_database

PANDAS_TYPES = {"int": "int64", "float": "float64", "str": "object"}
BAGHDAD = Location("Baghdad", "بغداد", 98182, "IRQ", 33.34058, 44.40088)


def make_doc(
    key: str, outlet: str, published: str, events: list[tuple], text: str = ""
) -> Document:
    text = text or f"نص الخبر رقم {key} عن زيارة ماكرون إلى بغداد"
    doc = Document.from_raw(RawDoc(source=f"{key}.txt", kind="text", content=text))
    doc.text, doc.title, doc.outlet, doc.published = text, f"خبر {key}", outlet, published
    doc.url = f"https://{outlet}.example/{key}"
    doc.sentences = [Sentence(0, 0, len(text), text)]
    for n, (cameo, src, tgt, date, precision) in enumerate(events):
        source = ActorMention("ماكرون", 0, 6, src, src[:3], src[3:] or None, name_en="Macron")
        target = ActorMention("العراق", 7, 13, tgt, tgt[:3], tgt[3:] or None) if tgt else None
        doc.events.append(
            Event(
                id=f"{doc.id}-{n}",
                doc_id=doc.id,
                sentence=n % 2,
                cameo=cameo,
                cameo_root=cameo[:2],
                plover="CONSULT",
                quad_class=1,
                goldstein=1.9,
                source=source,
                target=target,
                trigger=Span("زار", 14, 17),
                date=EventDate(date, precision, "explicit"),
                location=BAGHDAD,
                confidence=0.8,
                coder="test",
            )
        )
    return doc


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "h.db"
    conn = open_database(path)
    writer = StoreWriter(conn)
    visit = ("042", "FRAGOV", "IRQGOV", "2020-09-02", "day")
    writer.write(
        make_doc(
            "a", "alfurat", "2020-09-02", [visit, ("051", "FRAGOV", "IRQ", "2020-09-02", "day")]
        )
    )
    writer.write(
        make_doc("b", "rafidain", "2020-09-03", [("042", "FRA", "IRQ", "2020-09", "month")])
    )
    writer.write(
        make_doc(
            "c", "khaleej", "2021-08-28", [visit, ("042", "FRAGOV", "IRQGOV", "2021-08-28", "day")]
        )
    )
    first = make_doc(
        "d",
        "nilegate",
        "2023-12-11",
        [("043", "EGYGOV", "JORGOV", "2023-12-11", "day")],
        text="نص البيان " * 20,
    )
    writer.write(first)
    copy = make_doc(
        "e",
        "misralaan",
        "2023-12-11",
        [("043", "EGYGOV", "JORGOV", "2023-12-11", "day")],
        text="نص البيان " * 20 + ".",
    )
    copy.duplicate_of = first.id
    writer.write(copy)
    conn.close()
    return path


def export(db: Path, tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "out"
    assert main(["export", "--db", str(db), "--output", str(out), *args]) == 0
    return out


def read_gdelt_csv(path: Path) -> pd.DataFrame:
    # How GDELT users read event files: CAMEO codes as strings, the rest inferred.
    codes = {c: str for c in ("EventCode", "EventBaseCode", "EventRootCode")}
    return pd.read_csv(path, dtype=codes)


def test_csv_has_gdelt_columns_and_types(db: Path, tmp_path: Path) -> None:
    frame = read_gdelt_csv(export(db, tmp_path, "--format", "csv"))
    assert tuple(frame.columns[: len(GDELT_COLUMNS)]) == GDELT_COLUMNS
    assert len(GDELT_COLUMNS) == 61
    for column in (
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "QuadClass",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "IsRootEvent",
        "DATEADDED",
        "ActionGeo_Type",
    ):
        assert frame[column].dtype == "int64", column
    for column in ("FractionDate", "GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long", "AvgTone"):
        assert frame[column].dtype == "float64", column
    row = frame[frame.EventCode == "051"].iloc[0]
    assert (row.SQLDATE, row.MonthYear, row.Year) == (20200902, 202009, 2020)
    assert (row.Actor1Code, row.Actor1CountryCode, row.Actor1Type1Code) == ("FRAGOV", "FRA", "GOV")
    assert row.Actor1Name == "MACRON" and row.EventRootCode == "05"
    assert (row.ActionGeo_CountryCode, row.ActionGeo_Type, row.ActionGeo_FeatureID) == (
        "IZ",
        4,
        98182,
    )
    assert row.ActionGeo_FullName == "Baghdad, Iraq"
    assert len(frame) == 6  # 7 stored; the near-duplicate's event is left out by default


def test_csv_aggregated_counts(db: Path, tmp_path: Path) -> None:
    frame = read_gdelt_csv(export(db, tmp_path, "--format", "csv", "--aggregate"))
    visits = frame[(frame.EventRootCode == "04") & (frame.Year == 2020)]
    assert len(visits) == 1
    visit = visits.iloc[0]
    assert (visit.NumMentions, visit.NumArticles, visit.NumSources) == (3, 3, 3)
    assert visit.SQLDATE == 20200902 and visit.FIRST_SEEN == "2020-09-02"
    assert visit.LAST_SEEN == "2021-08-28"
    hosted = frame[frame.EventCode == "043"].iloc[0]
    assert (hosted.NumMentions, hosted.NumArticles) == (1, 1)  # the copy is not counted
    assert len(frame) == 4


def test_parquet_round_trips(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = export(db, tmp_path, "--format", "parquet")
    table = pq.read_table(path)
    assert table.column_names == list(COLUMNS)
    frame = table.to_pandas()
    csv_frame = read_gdelt_csv(export(db, tmp_path, "--format", "csv"))
    assert list(frame.GLOBALEVENTID) == list(csv_frame.GLOBALEVENTID)
    assert list(frame.EventCode) == list(csv_frame.EventCode)
    assert frame.GoldsteinScale.tolist() == csv_frame.GoldsteinScale.tolist()
    for column, kind in COLUMN_TYPES.items():
        arrow_type = str(table.schema.field(column).type)
        assert arrow_type == {"int": "int64", "float": "double", "str": "string"}[kind]


def test_jsonl_carries_provenance(db: Path, tmp_path: Path) -> None:
    lines = export(db, tmp_path, "--format", "jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    first = records[0]
    assert {
        "id",
        "cameo",
        "plover",
        "source",
        "target",
        "trigger",
        "date",
        "location",
        "sentence_text",
        "document",
    } <= set(first)
    assert first["document"]["outlet"] and first["document"]["url"].startswith("https://")
    assert first["location"]["geonameid"] == 98182


def test_jsonl_aggregated_lists_mentions(db: Path, tmp_path: Path) -> None:
    path = export(
        db,
        tmp_path,
        "--format",
        "jsonl",
        "--aggregate",
        "--since",
        "2020-01-01",
        "--until",
        "2020-12-31",
        "--code",
        "04",
    )
    [visit] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert visit["num_mentions"] == 3 and len(visit["mentions"]) == 3
    assert {m["outlet"] for m in visit["mentions"]} == {"alfurat", "rafidain", "khaleej"}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--since", "2021-01-01"], 2),  # the 2021 visit and the hosting (not its copy)
        (["--until", "2020-09-30"], 4),
        (["--since", "2020-09-15", "--until", "2020-09-30"], 1),  # month-dated "2020-09" overlaps
        (["--actor", "EGY"], 1),
        (["--country", "irq"], 5),
        (["--code", "051"], 1),
        (["--include-duplicates"], 7),
    ],
)
def test_filters(db: Path, tmp_path: Path, args: list[str], expected: int) -> None:
    frame = read_gdelt_csv(export(db, tmp_path, "--format", "csv", *args))
    assert len(frame) == expected


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--format", "parquet"], "E402"),
        (["--actor", "FRA'; DROP"], "E403"),
        (["--country", "IRAQ"], "E403"),
        (["--code", "04x"], "E403"),
        (["--since", "2021-01-02", "--until", "2021-01-01"], "E403"),
    ],
)
def test_bad_options_are_coded_errors(
    db: Path, args: list[str], code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(db), *args]) == 2
    assert code in capsys.readouterr().err


def test_missing_database_and_empty_result(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(tmp_path / "none.db")]) == 2
    frame = read_gdelt_csv(export(db, tmp_path, "--format", "csv", "--code", "19"))
    assert len(frame) == 0 and tuple(frame.columns) == COLUMNS


def test_pandas_types_table_is_complete() -> None:
    assert set(COLUMN_TYPES) == set(COLUMNS)
    assert all(kind in PANDAS_TYPES for kind in COLUMN_TYPES.values())
