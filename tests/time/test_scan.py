"""The date grammar tried only where its words are finds what a search of the whole text finds.

`hadath.time.scan` must be invisible: the reference is the same calendar without its scans
(every pattern then searches the whole text, as `pattern.search` does).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.resources import Resources
from hadath.text.normalize import normalize
from hadath.time import find_date_mentions
from hadath.time.resources import Calendar, name_forms
from hadath.time.scan import RuleSearch, rule_searches, word_search

BASE = dt.date(2024, 11, 16)
CALENDAR = Resources().calendar
PLAIN = dataclasses.replace(CALENDAR, scans=(), token_scan=None, token_owners={})


def _words(calendar: Calendar) -> list[str]:
    """Every word of the grammar, the names that are no dates and a few literal words."""
    words = [
        *calendar.months,
        *calendar.hijri_months,
        *calendar.weekdays,
        *calendar.ordinals,
        *calendar.numbers,
        *calendar.relative_days,
        *calendar.units,
        *calendar.past,
        *calendar.next,
        *calendar.current,
        *calendar.hijri_markers,
        *calendar.ago_words,
        "يوم",
        "من",
        "شهر",
        "العام",
        "الشهر",
        "هذا",
        "هذه",
        "بعد",
        "سنة",
        "عام",
        "م",
        "المصري اليوم",
        "روسيا اليوم",
        "قناة",
        "موقع",
        "الغد اليوم",
    ]
    return sorted(set(words))


PIECES = st.one_of(
    st.sampled_from(_words(CALENDAR)),
    st.integers(0, 3000).map(str),
    st.integers(0, 3000).map(lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))),
    st.sampled_from([*' \n\t/-.,،:"«»()', "  ", " . ", " - ", "   "]),
    st.sampled_from([*"وفبلاخمx٣", "\u064e", "\u0640"]),
)
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.lists(
    st.lists(PIECES, min_size=1, max_size=4).map("".join), max_size=12
).map(" ".join)
SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

CASES = [
    "",
    "يناير",
    "١٥ يناير ٢٠٢٤",
    "أمس الجمعة 15 نوفمبر 2024",
    "وقال . يناير الماضي",
    "15يناير 2020 والخامسيناير",
    "15يناير",
    "السبتيناير، الخامس منيناير و٢رمضان ١٤٤٥",
    "السبت، الحادي والعشرين من . من شهر يناير 2020 م",
    "في الخامس والعشرين من شهر ذو الحجة 1445 هـ",
    "15" + " " * 200 + "يناير" + "\n" * 120 + "2020",
    "2020/1/15 و15-1-2020 و1/2/3/4 و١٤٤٥/١/١ هـ",
    "قبل 3 أيام وبعد يومين ومنذ عامين في العام الماضي هذا الشهر",
    "نشرت المصري اليوم أمس واليوم وبالأمس ويوم الجمعة المقبل",
    'قناة روسيا اليوم و"العراق اليوم" الأحد',
    "عام 2019 العام نفسه سنة 1440 هـ 2100 1300 2020:",
    "الاثنين والثلاثاء الماضي الأربعاء،الخميس",
]


def _mentions(text: str, calendar: Calendar, base: dt.date | None, names: tuple[str, ...]):
    return find_date_mentions(text, base, calendar, names)


def _assert_same_searches(text: str) -> None:
    """Every rule's fast search equals the pattern's own, from every position."""
    norm = normalize(text).text
    patterns = [pattern for _, pattern in CALENDAR.patterns]
    if CALENDAR.not_dates is not None:
        patterns.append(CALENDAR.not_dates)
    searches = rule_searches(norm, CALENDAR)
    names = frozenset({"الغد اليوم", "المصري اليوم"})
    patterns.append(CALENDAR.name_pattern(names))
    searches.append(word_search(norm, patterns[-1], name_forms(names)))
    for pattern, search in zip(patterns, searches, strict=True):
        assert [m.span() for m in search.finditer()] == [m.span() for m in pattern.finditer(norm)]
        for pos in range(len(norm) + 1):
            fast, plain = search.search(pos), pattern.search(norm, pos)
            assert (fast and (fast.span(), fast.groupdict())) == (
                plain and (plain.span(), plain.groupdict())
            ), (pattern.pattern[:40], pos)


def _assert_same_mentions(text: str) -> None:
    for base in (BASE, None):
        for names in ((), ("المصري اليوم",), ("الغد اليوم", "اليوم")):
            assert _mentions(text, CALENDAR, base, names) == _mentions(text, PLAIN, base, names)


@pytest.mark.parametrize("text", CASES)
def test_fast_search_equals_full_search(text: str) -> None:
    _assert_same_searches(text)
    _assert_same_mentions(text)


def test_the_longest_lead_before_a_month_is_searched() -> None:
    """A month preceded by the most the grammar allows (weekday, ordinal, من, شهر)."""
    weekday = max(CALENDAR.weekdays, key=len)
    ordinal = max(CALENDAR.ordinals, key=lambda word: len(word.replace(" ", "")))
    for month in ("يناير", "رمضان"):
        for gap in ("", " ", "   \n "):
            lead = gap.join(["و" + weekday, "،", ordinal, "من", ".", "من", "شهر", month])
            text = f"قال{gap}{lead} 2020 1445"
            _assert_same_searches(text)
            _assert_same_mentions(text)
            assert _mentions(text, CALENDAR, BASE, ())


def test_without_scans_every_pattern_searches_the_whole_text() -> None:
    searches = rule_searches("يناير", PLAIN)
    assert all(isinstance(s, RuleSearch) for s in searches)
    assert [m.span() for m in searches[0].finditer()] == [(0, 5)]


@SETTINGS
@given(TEXTS)
def test_fast_search_equals_full_search_on_generated_text(text: str) -> None:
    _assert_same_searches(text)
    _assert_same_mentions(text)
