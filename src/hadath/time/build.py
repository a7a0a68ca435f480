"""Build step of the time area: validate ``data/time/calendar.yaml``, emit ``time.json``."""

from __future__ import annotations

import copy
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
    "anchor_words",
    "anchor_not_after",
    "year_words",
    "this_words",
    "dual_suffixes",
    "not_dates",
    "not_dates_after_media",
    "media_words",
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


def _load_mapping(path: Path) -> dict[str, Any]:
    """The YAML mapping of `path`; E104 with the line of a syntax error."""
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
    return data


def read_calendar(path: Path) -> dict[str, Any]:
    """The calendar mapping, validated and folded; E104 names file, line and key."""
    data = _load_mapping(path)
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
    for key in ("ordinal_teen_suffix", "day_word", "of_word"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise _fail(path, key, "expected a word")
    for key in ("period_words", "proclitics"):
        _strings(path, key, data.get(key))
    if not all(len(p) == 1 for p in data["proclitics"]):
        raise _fail(path, "proclitics", "expected single letters")
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


# Keys a user calendar file (``<dictionary dir>/time/*.yaml``) may hold, by shape.
ADDITION_KEYS = (
    frozenset(LIST_KEYS)
    | frozenset(MAP_KEYS)
    | {"month_systems", "month_variants", "hijri_months", "units"}
)


def _strings(path: Path, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, key, "expected a list of words")
    return value


def read_calendar_additions(path: Path) -> dict[str, Any]:
    """A user calendar file: any subset of ``calendar.yaml``'s keys, validated and folded.

    Lists and mappings add to the built-in ones (see `merge_calendar`); a new month system
    needs its 12 names.  Unknown keys and wrong shapes are E104 naming file and line.
    """
    data = _load_mapping(path)
    for key, value in data.items():
        if key not in ADDITION_KEYS:
            raise HadathError(
                ErrorCode.E104,
                path=path,
                line=_line_of(path, f"{key}:"),
                reason=f"{key}: not a key a user calendar may add to "
                f"(one of {', '.join(sorted(ADDITION_KEYS))})",
            )
        if key in LIST_KEYS:
            _strings(path, key, value)
        elif key in MAP_KEYS:
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
                for k, v in value.items()
            ):
                raise _fail(path, key, "expected a mapping of word -> integer")
        elif key == "month_systems":
            if not isinstance(value, dict):
                raise _fail(path, key, "expected a mapping of system -> 12 names")
            for name, months in value.items():
                if len(_strings(path, str(name), months)) != 12:
                    raise _fail(path, str(name), "expected a list of 12 month names")
        elif key == "month_variants":
            if not isinstance(value, dict) or not all(
                isinstance(k, int) and 1 <= k <= 12 for k in value
            ):
                raise _fail(path, key, "expected month number (1-12) -> list of names")
            for number, names in value.items():
                _strings(path, f"{number}", names)
        elif key == "hijri_months":
            if not isinstance(value, dict) or not all(
                isinstance(k, int) and 1 <= k <= 12 for k in value
            ):
                raise _fail(path, key, "expected Hijri month number (1-12) -> list of names")
            for number, names in value.items():
                _strings(path, f"{number}", names)
        elif key == "units":
            if not isinstance(value, dict) or set(value) - {"day", "week", "month", "year"}:
                raise _fail(path, key, "expected day/week/month/year -> list of forms")
            for unit, forms in value.items():
                _strings(path, unit, forms)
    return _fold(data)


def merge_calendar(base: dict[str, Any], additions: dict[str, Any]) -> dict[str, Any]:
    """`base` (a compiled calendar payload) with a user file's `additions`; `base` is not
    changed.  Built-in names keep their meaning: additions only add words.
    """
    merged = copy.deepcopy(base)
    for key, value in additions.items():
        if key in LIST_KEYS:
            merged[key] = [*merged.get(key, []), *value]
        elif key in MAP_KEYS:
            merged[key] = {**value, **merged.get(key, {})}
        elif key == "month_systems":
            for name, months in value.items():
                if name not in merged["month_systems"]:
                    merged["month_systems"][name] = months
                    merged["month_system_order"].append(name)
        elif key == "month_variants":
            for number, names in value.items():
                bucket = merged["month_variants"].setdefault(str(number), [])
                bucket += names
        elif key == "hijri_months":
            for number, names in value.items():
                merged["hijri_months"][number - 1] += names
        elif key == "units":
            for unit, forms in value.items():
                # Appended after the built-in forms, so never taken for the plural slot.
                merged["units"][unit] = [*merged["units"].get(unit, []), *forms]
    return merged
