"""Events as rows with GDELT 2.0 event-table columns, so existing GDELT tooling reads them.

The first 61 columns are GDELT 2.0's event columns, in GDELT's order and with its names and
types; hadath's own columns follow (`EXTRA_COLUMNS`).  Where hadath has no value GDELT's
convention is kept: geography type 0 and empty fields.  Notes on the mapping:

- SQLDATE is the event date; an event dated only to a month or year gets the first day of
  its period (DATE_PRECISION says which), and an undated event its article's publication
  date (DATE_BASIS "publication", as GDELT does) or, lacking that, the day hadath stored the
  article, so SQLDATE stays an integer.
- Actor*CountryCode is the CAMEO/ISO3 country; Actor*Type1Code the CAMEO sector; IGOs put
  their organisation code (UNO, EUR...) in Actor*KnownGroupCode.
- IsRootEvent is 1 for events of the article's first sentence (GDELT: lead paragraph).
- ActionGeo_CountryCode is FIPS 10-4 as in GDELT; ActionGeo_FeatureID is the GeoNames id.
- AvgTone is left empty: hadath does not score tone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from hadath.corpus.aggregate import AggregatedEvent
from hadath.corpus.records import EventRecord
from hadath.geo.resources import Gazetteer

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR),
    *(f"Actor2{f}" for f in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO),
    *(f"Actor2Geo_{f}" for f in _GEO),
    *(f"ActionGeo_{f}" for f in _GEO),
    "DATEADDED",
    "SOURCEURL",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "HADATH_ID",
    "DOC_IDS",
    "PLOVER",
    "DATE_PRECISION",
    "DATE_BASIS",
    "ACTION_GEO_NAME_AR",
    "FIRST_SEEN",
    "LAST_SEEN",
    "CONFIDENCE",
)
COLUMNS = GDELT_COLUMNS + EXTRA_COLUMNS

_INT = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "IsRootEvent",
    "QuadClass",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "Actor1Geo_Type",
    "Actor2Geo_Type",
    "ActionGeo_Type",
    "DATEADDED",
)
_FLOAT = (
    "FractionDate",
    "GoldsteinScale",
    "AvgTone",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "CONFIDENCE",
)
# Column -> "int" | "float" | "str": the types a reader should give each column (GDELT's own:
# CAMEO codes are strings, "042" keeps its zero).
COLUMN_TYPES: dict[str, str] = {
    c: "int" if c in _INT else "float" if c in _FLOAT else "str" for c in COLUMNS
}
GEO_TYPE = {"country": 1, "region": 5, "city": 4}  # GDELT: 1 country, 4 world city, 5 ADM1


def global_event_id(hadath_id: str) -> int:
    """A stable positive 60-bit integer for a hadath event id (GDELT ids are integers)."""
    return int(hashlib.sha1(hadath_id.encode()).hexdigest()[:15], 16)


def _date_fields(value: str | None) -> dict[str, Any]:
    if not value:
        return {"SQLDATE": None, "MonthYear": None, "Year": None, "FractionDate": None}
    parts = [int(p) for p in value.split("-")] + [1, 1]
    year, month, day = parts[0], parts[1], parts[2]
    try:
        day_of_year = dt.date(year, month, day).timetuple().tm_yday
    except ValueError:
        day_of_year = 1
    return {
        "SQLDATE": year * 10000 + month * 100 + day,
        "MonthYear": year * 100 + month,
        "Year": year,
        "FractionDate": round(year + day_of_year / 365.0, 4),
    }


def _day(published: str | None) -> str | None:
    return published[:10] if published and len(published) >= 10 else None


def _date_added(ingested_at: str | None) -> int | None:
    if not ingested_at:
        return None
    digits = "".join(ch for ch in ingested_at[:19] if ch.isdigit())
    return int(digits.ljust(14, "0")) if digits else None


def _actor(
    prefix: str, code: str | None, country: str | None, sector: str | None, name: str | None
) -> dict[str, Any]:
    out: dict[str, Any] = {f"{prefix}{f}": None for f in _ACTOR}
    if code is None:
        return out
    out[f"{prefix}Code"] = code
    out[f"{prefix}Name"] = name.upper() if name else None
    out[f"{prefix}CountryCode"] = country
    if code.startswith("IGO") and len(code) > 3:
        out[f"{prefix}KnownGroupCode"] = code[3:6]
    out[f"{prefix}Type1Code"] = sector
    return out


def _empty_geo(prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {f"{prefix}_{f}": None for f in _GEO}
    out[f"{prefix}_Type"] = 0
    return out


def _action_geo(location: dict[str, Any] | None, gazetteer: Gazetteer | None) -> dict[str, Any]:
    out = _empty_geo("ActionGeo")
    if not location or location.get("lat") is None:
        return out
    country = gazetteer.country(location.get("country")) if gazetteer else None
    fips = country.fips if country else None
    place = gazetteer.place(location.get("geonameid")) if gazetteer else None
    kind = place.kind if place else "city"
    full = location.get("name") or ""
    if country and kind != "country":
        full = f"{full}, {country.name}"
    out.update(
        {
            "ActionGeo_Type": GEO_TYPE[kind],
            "ActionGeo_FullName": full,
            "ActionGeo_CountryCode": fips,
            "ActionGeo_ADM1Code": fips,
            "ActionGeo_Lat": location["lat"],
            "ActionGeo_Long": location["lon"],
            "ActionGeo_FeatureID": str(location["geonameid"])
            if location.get("geonameid")
            else None,
        }
    )
    return out


def event_row(record: EventRecord, gazetteer: Gazetteer | None = None) -> dict[str, Any]:
    """One event mention as a GDELT-columned row (counts are 1: one mention, one article)."""
    location = record.location()
    row: dict[str, Any] = {
        "GLOBALEVENTID": global_event_id(record.id),
        **_date_fields(record.date_value or _day(record.published) or _day(record.ingested_at)),
        **_actor(
            "Actor1",
            record.source_code,
            record.source_country,
            record.source_sector,
            record.source_name_en,
        ),
        **_actor(
            "Actor2",
            record.target_code,
            record.target_country,
            record.target_sector,
            record.target_name_en,
        ),
        "IsRootEvent": int(record.sentence == 0),
        "EventCode": record.cameo,
        "EventBaseCode": record.cameo[:3],
        "EventRootCode": record.cameo_root,
        "QuadClass": record.quad_class,
        "GoldsteinScale": record.goldstein,
        "NumMentions": 1,
        "NumSources": 1,
        "NumArticles": 1,
        "AvgTone": None,
        **_empty_geo("Actor1Geo"),
        **_empty_geo("Actor2Geo"),
        **_action_geo(location, gazetteer),
        "DATEADDED": _date_added(record.ingested_at),
        "SOURCEURL": record.url,
        "HADATH_ID": record.id,
        "DOC_IDS": record.doc_id,
        "PLOVER": record.plover,
        "DATE_PRECISION": record.date_precision if record.date_value else "day",
        "DATE_BASIS": record.date_basis if record.date_value else "publication",
        "ACTION_GEO_NAME_AR": record.location_name_ar,
        "FIRST_SEEN": record.published,
        "LAST_SEEN": record.published,
        "CONFIDENCE": record.confidence,
    }
    return row


def aggregated_row(agg: AggregatedEvent, gazetteer: Gazetteer | None = None) -> dict[str, Any]:
    """One happening as a GDELT-columned row with its mention, source and article counts."""
    first = agg.mentions[0]
    source = next(m for m in agg.mentions if m.source_code == agg.source)
    target = next((m for m in agg.mentions if m.target_code == agg.target), None)
    with_cameo = next(m for m in agg.mentions if m.cameo == agg.cameo)
    row = event_row(with_cameo, gazetteer)
    row.update(
        {
            "GLOBALEVENTID": global_event_id(agg.id),
            **_date_fields(agg.date or _day(agg.first_seen) or _day(agg.mentions[0].ingested_at)),
            **_actor(
                "Actor1",
                agg.source,
                agg.source_country,
                source.source_sector,
                source.source_name_en,
            ),
            **_actor(
                "Actor2",
                agg.target,
                agg.target_country,
                target.target_sector if target else None,
                target.target_name_en if target else None,
            ),
            "IsRootEvent": int(any(m.sentence == 0 for m in agg.mentions)),
            "EventCode": agg.cameo,
            "EventBaseCode": agg.cameo[:3],
            "EventRootCode": agg.cameo_root,
            "QuadClass": agg.quad_class,
            "GoldsteinScale": agg.goldstein,
            "NumMentions": agg.num_mentions,
            "NumSources": agg.num_sources,
            "NumArticles": agg.num_articles,
            **_action_geo(agg.location, gazetteer),
            "DATEADDED": _date_added(first.ingested_at),
            "SOURCEURL": first.url,
            "HADATH_ID": agg.id,
            "DOC_IDS": " ".join(sorted({m.doc_id for m in agg.mentions})),
            "DATE_PRECISION": agg.date_precision if agg.date else "day",
            "DATE_BASIS": next(
                (m.date_basis for m in agg.mentions if m.date_value == agg.date), None
            )
            if agg.date
            else "publication",
            "ACTION_GEO_NAME_AR": agg.location["name_ar"] if agg.location else None,
            "FIRST_SEEN": agg.first_seen,
            "LAST_SEEN": agg.last_seen,
            "CONFIDENCE": max(m.confidence for m in agg.mentions),
        }
    )
    return row
