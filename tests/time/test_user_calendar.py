"""User calendar files (``<dict dir>/time/*.yaml``): words added, bad files coded E104."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hadath.errors import HadathError
from hadath.options import Options
from hadath.resources import Resources
from hadath.time import find_date_mentions

BASE = dt.date(2024, 11, 16)  # a Saturday


def _calendar(folder: Path, files: dict[str, str]):
    (folder / "time").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / "time" / name).write_text(text, encoding="utf-8")
    return Resources(Options(dictionary_dirs=(folder,))).calendar


def _values(text: str, calendar) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_date_mentions(text, BASE, calendar)]


def test_user_words_are_read(tmp_path: Path) -> None:
    calendar = _calendar(
        tmp_path,
        {
            "dialect.yaml": (
                "# Egyptian colloquial words\n"
                "relative_days: {امبارح: -1, بكره: 1}\n"
                "month_variants:\n  11: [نوفمبار]\n"
                "hijri_months:\n  9: [رمضان المبارك]\n"
                "past_markers: [اللي فات]\n"
            )
        },
    )
    assert _values("وصل امبارح", calendar) == [("امبارح", "2024-11-15")]
    assert _values("يسافر بكره", calendar) == [("بكره", "2024-11-17")]
    assert _values("في 3 نوفمبار 2024", calendar) == [("3 نوفمبار 2024", "2024-11-03")]
    assert _values("في 1 رمضان المبارك 1445", calendar) == [("1 رمضان المبارك 1445", "2024-03-11")]
    assert _values("الشهر اللي فات", calendar) == [("الشهر اللي فات", "2024-10")]
    # built-in words are untouched
    assert _values("أمس الجمعة 15 نوفمبر 2024", calendar)[-1][1] == "2024-11-15"


def test_builtin_calendar_does_not_know_user_words(resources) -> None:
    assert _values("وصل امبارح", resources.calendar) == []


def test_a_new_month_system(tmp_path: Path) -> None:
    names = ", ".join(f"شهر{chr(0x0628 + i)}" for i in range(12))
    calendar = _calendar(tmp_path, {"system.yaml": f"month_systems:\n  invented: [{names}]\n"})
    found = find_date_mentions(f"في 5 شهر{chr(0x0628 + 2)} 2020", BASE, calendar)
    assert [(m.value, m.how) for m in found] == [("2020-03-05", "invented-month")]


def test_files_are_read_in_name_order_and_add_up(tmp_path: Path) -> None:
    calendar = _calendar(
        tmp_path,
        {"a.yaml": "relative_days: {امبارح: -1}\n", "b.yaml": "relative_days: {بكره: 1}\n"},
    )
    assert [v for _, v in _values("امبارح وبكره", calendar)] == ["2024-11-15", "2024-11-17"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("# c\nrelative_days: {امبارح: اتنين}\n", 2, "relative_days"),
        ("# c\n\nmonth_variants:\n  13: [شهر]\n", 3, "month_variants"),
        ("weekdays: {}\nfavourite_colour: [أحمر]\n", 2, "favourite_colour"),
        ("month_systems:\n  short: [a, b, c]\n", 2, "12 month names"),
        ("ago_words: منذ\n", 1, "ago_words"),
        ("units:\n  century: [قرن]\n", 1, "units"),
        ("relative_days: {امبارح: -1\n", 2, ""),  # YAML syntax error
        ("- just\n- a list\n", 1, "mapping"),
    ],
)
def test_bad_user_file_is_e104_with_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    with pytest.raises(HadathError) as caught:
        _calendar(tmp_path, {"bad.yaml": text})
    message = str(caught.value)
    assert "[E104]" in message
    assert f"bad.yaml:{line}:" in message
    assert words in message


def test_undecodable_user_file_is_e104(tmp_path: Path) -> None:
    (tmp_path / "time").mkdir()
    (tmp_path / "time" / "latin1.yaml").write_bytes("relative_days: {café: 1}".encode("latin-1"))
    with pytest.raises(HadathError, match=r"\[E104\].*latin1\.yaml"):
        _ = Resources(Options(dictionary_dirs=(tmp_path,))).calendar
