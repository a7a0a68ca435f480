"""Date words inside names ("المصري اليوم") are not dates; overlapped rules search again."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.document import Document, RawDoc
from hadath.time import find_date_mentions
from hadath.time.stage import find_dates

BASE = dt.date(2024, 11, 16)  # a Saturday


def _found(resources, text: str, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_date_mentions(text, BASE, resources.calendar, names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشرت صحيفة المصري اليوم تقريرا", []),
        ("وقال للمصري اليوم إن الاتفاق قريب", []),
        ("ذكر موقع اليوم السابع أن", []),
        ("ذكرت قناة روسيا اليوم أن الوفد وصل", []),
        ("نقل موقع «فلسطين اليوم» عن مصادر", []),
        ('وقالت "العراق اليوم" إن', []),
        # a date right after a name is still a date
        ("قالت المصري اليوم الجمعة إن", [("الجمعة", "2024-11-15")]),
        # without a media word or quotes, a country then اليوم is "today"
        ("زار الوزير روسيا اليوم", [("اليوم", "2024-11-16")]),
        ("وصل الوزير إلى العراق اليوم", [("اليوم", "2024-11-16")]),
        ("قالت الصحيفة اليوم إن", [("اليوم", "2024-11-16")]),
        # two expressions sharing a word: the second is found after the first
        (
            "أمس الجمعة 15 نوفمبر 2024",
            [("أمس الجمعة", "2024-11-15"), ("15 نوفمبر 2024", "2024-11-15")],
        ),
    ],
)
def test_names_are_not_dates(resources, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(resources, text) == expected


def test_given_names_are_not_dates(resources) -> None:
    text = "وقالت الأرز اليوم ونقلت عن مجلة الغد اليوم أن الاجتماع عقد اليوم"
    assert _found(resources, text) == [("اليوم", "2024-11-16")] * 2
    assert _found(resources, text, ("الغد اليوم",)) == [("اليوم", "2024-11-16")]
    last = text.rindex("اليوم")
    found = find_date_mentions(text, BASE, resources.calendar, ("الغد اليوم",))
    assert [m.start for m in found] == [last]


def test_the_documents_outlet_is_not_a_date(resources) -> None:
    text = "وقال مسؤول لـ«الغد اليوم» إن الوزير وصل اليوم إلى بغداد"
    raw = RawDoc(source="t", kind="text", content=text, published="2024-11-16")  # type: ignore[arg-type]
    doc = Document.from_raw(raw)
    doc.text = text
    doc.outlet = "الغد اليوم"
    dates = find_dates(doc, resources).dates
    assert [(d.text, d.value) for d in dates] == [("اليوم", "2024-11-16")]
    assert text[dates[0].start : dates[0].end] == "اليوم"
    assert dates[0].start > text.index("»")
    # without the outlet, its name is read as today as well
    doc.outlet = None
    assert len(find_dates(doc, resources).dates) == 2


def test_the_outlets_pattern_is_built_once(resources) -> None:
    text = "وقال مسؤول للغد اليوم إن الوزير وصل اليوم"
    first = _found(resources, text, ("الغد اليوم",))
    pattern = resources.calendar.name_pattern(frozenset({"الغد اليوم"}))
    assert _found(resources, text, ("الغد  اليوم",)) == first == [("اليوم", "2024-11-16")]
    assert resources.calendar.name_pattern(frozenset({"الغد اليوم"})) is pattern
