"""Build step of the time area: validate ``data/time/calendar.yaml``, emit ``time.json``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from hadath.errors import ErrorCode, HadathError
from hadath.text.normalize import normalize_form

COMPILED_NAME = "time.json"
LIST_KEYS = (
    "hijri_markers",
    "gregorian_markers",
    "past_markers",
    "next_markers",
    "current_markers",
    "ago_words",
    "ahead_words",
    "year_words",
    "this_words",
    "dual_suffixes",
    "not_dates",
)
MAP_KEYS = ("weekdays", "ordinal_units", "ordinal_tens", "numbers", "relative_days")


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith(needle):
            return number
    return 0


def _fail(path: Path, key: str, reason: str) -> HadathError:
    return HadathError(
        ErrorCode.E104, path=path, line=_line_of(path, f"{key}:"), reason=f"{key}: {reason}"
    )


def _fold(value: Any) -> Any:
    """Fold every string of a nested structure to the matching form."""
    if isinstance(value, str):
        return " ".join(normalize_form(value).split())
    if isinstance(value, list):
        return [_fold(v) for v in value]
    if isinstance(value, dict):
        return {_fold(k) if isinstance(k, str) else k: _fold(v) for k, v in value.items()}
    return value


def read_calendar(path: Path) -> dict[str, Any]:
    """The calendar mapping, validated and folded; E104 names file, line and key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise HadathError(ErrorCode.E104, path=path, line=0, reason=str(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise HadathError(
            ErrorCode.E104, path=path, line=mark.line + 1 if mark else 0, reason=str(exc)
        ) from None
    if not isinstance(data, dict):
        raise HadathError(ErrorCode.E104, path=path, line=1, reason="expected a mapping")
    systems = data.get("month_systems")
    if not isinstance(systems, dict) or not systems:
        raise _fail(path, "month_systems", "expected a mapping of system -> 12 names")
    for name, months in systems.items():
        if (
            not isinstance(months, list)
            or len(months) != 12
            or not all(isinstance(m, str) for m in months)
        ):
            raise _fail(path, str(name), "expected a list of 12 month names")
    variants = data.get("month_variants", {})
    if not isinstance(variants, dict) or not all(
        isinstance(k, int) and 1 <= k <= 12 and isinstance(v, list) for k, v in variants.items()
    ):
        raise _fail(path, "month_variants", "expected month number (1-12) -> list of names")
    hijri = data.get("hijri_months")
    if not isinstance(hijri, list) or len(hijri) != 12:
        raise _fail(path, "hijri_months", "expected 12 lists of spellings")
    for key in LIST_KEYS:
        if not isinstance(data.get(key), list):
            raise _fail(path, key, "expected a list")
    for key in MAP_KEYS:
        value = data.get(key)
        if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
            raise _fail(path, key, "expected a mapping of word -> integer")
    units = data.get("units")
    if not isinstance(units, dict) or set(units) - {"day", "week", "month", "year"}:
        raise _fail(path, "units", "expected day/week/month/year -> list of forms")
    if not isinstance(data.get("ordinal_teen_suffix"), str):
        raise _fail(path, "ordinal_teen_suffix", "expected a word")
    return _fold(data)


def build_time_data(data_dir: Path) -> dict[str, tuple[Any, int]]:
    """Compile ``data/time`` into ``time.json``; the count is the number of month names."""
    calendar = read_calendar(data_dir / "time" / "calendar.yaml")
    count = sum(len(v) for v in calendar["month_systems"].values()) + sum(
        len(v) for v in calendar["month_variants"].values()
    )
    # JSON sorts keys: keep the file's order, which says which system owns a shared name.
    calendar["month_system_order"] = list(calendar["month_systems"])
    return {COMPILED_NAME: (calendar, count)}
