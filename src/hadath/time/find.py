"""Find date expressions in Arabic text and resolve them against a base date.

The grammar (`hadath.time.resources`) is matched on the matching form of the text; spans
are mapped back to the original through the normalisation offset map.  Overlapping
candidates are settled leftmost-longest, then each is resolved:

* explicit  - the text names the year (or the year is inherited from "العام نفسه");
* relative  - the base date supplies what is missing (اليوم، أمس، السبت، الشهر الماضي، a day
  and month without a year: the occurrence nearest to the base date).

Without a base date only explicit expressions are returned.  A bare weekday means the most
recent such day on or before the base date (news is written in the past tense); with
المقبل/القادم it is the next one after it.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from hadath.document import DateMention, Precision
from hadath.text.normalize import NormalizedText, normalize, normalize_form
from hadath.time.resources import Calendar, name_forms
from hadath.time.scan import RuleSearch, rule_searches, word_search

YEAR_RANGE = (1900, 2100)
HIJRI_RANGE = (1343, 1500)


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    precision: Precision
    basis: str
    how: str


def find_date_mentions(
    text: str,
    base: dt.date | None,
    calendar: Calendar,
    names: Iterable[str] = (),
    norm: NormalizedText | None = None,
) -> list[DateMention]:
    """Every date expression of `text` that can be resolved, in text order.

    Offsets index `text`.  `base` is the publication date; when None, expressions that
    need it are dropped.  Expressions overlapping a name of the calendar's ``not_dates``
    or one of `names` (e.g. the document's outlet, "المصري اليوم") are not dates.
    `norm` is ``normalize(text)`` when the caller has it already.
    """
    if norm is None:
        norm = normalize(text)
    searches = rule_searches(norm.text, calendar)
    blocked = _name_spans(norm.text, calendar, names, searches[len(calendar.patterns) :])
    # Candidates in a heap, leftmost first, then longest, then by rule priority.  When a
    # chosen expression overlaps a candidate, that rule is searched again after it, so
    # "أمس الجمعة 15 نوفمبر 2024" gives both "أمس الجمعة" and "15 نوفمبر 2024" although
    # the month rule first matched from "الجمعة" (a name overlap is handled the same way).
    heap: list[tuple[int, int, int, int, re.Match[str]]] = []
    order = itertools.count()
    for priority in range(len(calendar.patterns)):
        for match in searches[priority].finditer():
            _push(heap, priority, match, searches[priority], blocked, order)
    mentions: list[DateMention] = []
    taken_until = -1
    last_year: int | None = None
    while heap:
        start, negative_length, priority, _, match = heapq.heappop(heap)
        end = start - negative_length
        rule = calendar.patterns[priority][0]
        if start < taken_until:
            if end > taken_until:
                again = searches[priority].search(taken_until)
                if again is not None:
                    _push(heap, priority, again, searches[priority], blocked, order)
            continue
        resolved = _resolve(rule, match, base, calendar, last_year)
        if resolved is None:
            continue
        taken_until = end
        if resolved.basis == "explicit":
            last_year = int(resolved.value[:4])
        o_start, o_end = norm.to_original(start, end)
        mentions.append(
            DateMention(
                text[o_start:o_end],
                o_start,
                o_end,
                resolved.value,
                resolved.precision,
                resolved.basis,
                resolved.how,
            )
        )
    return mentions


def _push(
    heap: list[tuple[int, int, int, int, re.Match[str]]],
    priority: int,
    match: re.Match[str] | None,
    rule: RuleSearch,
    blocked: list[tuple[int, int]],
    order: Iterator[int],
) -> None:
    """Add `match` as a candidate; one overlapping a name is searched for again after it.

    `order` numbers the entries so two equal keys never compare their matches.
    """
    while match is not None:
        start, end = match.span("m")
        if end <= start:
            return
        name_end = max((e for s, e in blocked if s < end and start < e), default=None)
        if name_end is None:
            heapq.heappush(heap, (start, start - end, priority, next(order), match))
            return
        match = rule.search(name_end) if name_end > start else None


def _name_spans(
    norm_text: str, calendar: Calendar, names: Iterable[str], not_dates: list[RuleSearch]
) -> list[tuple[int, int]]:
    """Spans of `norm_text` (matching form) that are names holding a date word;
    `not_dates` holds the search of ``calendar.not_dates`` when there is one."""
    spans: list[tuple[int, int]] = []
    for search in not_dates:
        spans += [m.span() for m in search.finditer()]
    folded = frozenset(" ".join(normalize_form(name).split()) for name in names) - {""}
    if folded:
        pattern = calendar.name_pattern(folded)
        search = word_search(norm_text, pattern, name_forms(folded))
        spans += [m.span() for m in search.finditer()]
    return spans


def _resolve(
    rule: str, m: re.Match[str], base: dt.date | None, cal: Calendar, last_year: int | None
) -> Resolved | None:
    if rule == "month-name":
        return _month_name(m, base, cal, last_year)
    if rule == "hijri":
        return _hijri(m, cal)
    if rule == "numeric":
        return _numeric(m, cal)
    if base is None and rule in ("relative-day", "weekday", "relative-count"):
        return None
    if rule == "relative-day":
        assert base is not None
        day = base + dt.timedelta(days=cal.relative_days[_words(m["rel"])])
        return Resolved(day.isoformat(), "day", "relative", "relative-day")
    if rule == "weekday":
        assert base is not None
        return _weekday(cal.weekdays[_words(m["wd"])], m["rel"], base, cal)
    if rule == "relative-count":
        assert base is not None
        return _relative_count(m, base, cal)
    if rule == "relative-period":
        return _relative_period(m, base, cal, last_year)
    if rule == "year":
        return _year(m, cal)
    return None


def _words(value: str) -> str:
    return " ".join(value.split())


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_name(
    m: re.Match[str], base: dt.date | None, cal: Calendar, last_year: int | None
) -> Resolved | None:
    month, system = cal.months[_words(m["mon"])]
    if m["mon2"]:
        second, second_system = cal.months[_words(m["mon2"])]
        if second != month:
            return None  # "ايلول سبتمبر" pairs one month; two different months are a range
        if second_system != system:
            system = f"{system}+{second_system}"
    day = int(m["day"]) if m["day"] else cal.ordinals[_words(m["ord"])] if m["ord"] else None
    has_day_word = day is not None
    if not has_day_word and not (m["year"] or m["relyear"] or m["relmon"]) and base is None:
        return None
    if m["year"]:
        if m["mark"] and m["mark"] in cal.hijri_markers:
            return None
        year = int(m["year"])
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            return None
        return _month_value(year, month, day, "explicit", f"{system}-month")
    if m["relyear"]:
        word = m["relyear"]
        if word in cal.current and word not in ("الجاري", "الحالي", "الجاريه", "الحاليه"):
            if last_year is None:
                return None  # "العام نفسه" with no year before it
            return _month_value(last_year, month, day, "explicit", f"{system}-month-same-year")
        if base is None:
            return None
        shift = -1 if word in cal.past else 1 if word in cal.next else 0
        return _month_value(base.year + shift, month, day, "relative", f"{system}-month-year")
    if base is None:
        return None
    relmon = m["relmon"]
    if relmon in cal.past:
        year = base.year if (month, day or 1) <= (base.month, base.day) else base.year - 1
        if month == base.month and day is None:
            year = base.year - 1  # "تشرين الاول الماضي" written in October: last year's
        return _month_value(year, month, day, "relative", f"{system}-month-past")
    if relmon in cal.next:
        year = base.year if (month, day or 31) > (base.month, base.day) else base.year + 1
        return _month_value(year, month, day, "relative", f"{system}-month-next")
    if relmon in cal.current:
        return _month_value(base.year, month, day, "relative", f"{system}-month-current")
    # No year: the occurrence nearest to the base date.
    year = min(
        (base.year - 1, base.year, base.year + 1),
        key=lambda y: abs(((_safe_date(y, month, day or 15) or dt.date(y, month, 1)) - base).days),
    )
    return _month_value(year, month, day, "relative", f"{system}-month-nearest")


def _month_value(year: int, month: int, day: int | None, basis: str, how: str) -> Resolved | None:
    if day is None:
        return Resolved(f"{year:04d}-{month:02d}", "month", basis, how)
    found = _safe_date(year, month, day)
    return Resolved(found.isoformat(), "day", basis, how) if found else None


def _hijri(m: re.Match[str], cal: Calendar) -> Resolved | None:
    from hijridate import Hijri

    year = int(m["year"])
    if not HIJRI_RANGE[0] <= year <= HIJRI_RANGE[1]:
        return None
    month = cal.hijri_months[_words(m["hmon"])]
    day = int(m["day"]) if m["day"] else cal.ordinals[_words(m["ord"])] if m["ord"] else None
    try:
        greg = Hijri(year, month, day or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    if day is None:
        return Resolved(f"{greg.year:04d}-{greg.month:02d}", "month", "explicit", "hijri-month")
    return Resolved(greg.isoformat(), "day", "explicit", "hijri")


def _numeric(m: re.Match[str], cal: Calendar) -> Resolved | None:
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4 and len(c) <= 2:
        year, month, day, how = int(a), int(b), int(c), "numeric-ymd"
    elif len(c) == 4 and len(a) <= 2:
        year, month, day, how = int(c), int(b), int(a), "numeric-dmy"
    else:
        return None
    if m["mark"] and m["mark"] in cal.hijri_markers:
        from hijridate import Hijri

        if not HIJRI_RANGE[0] <= year <= HIJRI_RANGE[1]:
            return None
        try:
            return Resolved(
                Hijri(year, month, day).to_gregorian().isoformat(),
                "day",
                "explicit",
                "hijri-numeric",
            )
        except (ValueError, OverflowError):
            return None
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        return None
    found = _safe_date(year, month, day)
    return Resolved(found.isoformat(), "day", "explicit", how) if found else None


def _weekday(weekday: int, rel: str | None, base: dt.date, cal: Calendar) -> Resolved:
    if rel and rel in cal.next:
        ahead = (weekday - base.weekday()) % 7 or 7
        return Resolved(
            (base + dt.timedelta(days=ahead)).isoformat(), "day", "relative", "weekday-next"
        )
    back = (base.weekday() - weekday) % 7
    if rel and rel in cal.past and back == 0:
        back = 7
    how = "weekday-past" if rel else "weekday-recent"
    return Resolved((base - dt.timedelta(days=back)).isoformat(), "day", "relative", how)


def _relative_count(m: re.Match[str], base: dt.date, cal: Calendar) -> Resolved | None:
    unit_form = _words(m["unit"])
    unit = cal.units[unit_form]
    if m["num"]:
        count = int(m["num"]) if m["num"].isdigit() else cal.numbers[_words(m["num"])]
    elif unit_form in cal.plural_units:
        return None  # "قبل أيام": some days, not a date
    elif unit_form.endswith(("ين", "ان")) and unit_form not in ("يوم",):
        count = 2  # dual: يومين، شهرين، عامين
    else:
        count = 1
    sign = -1 if m["dir"] in cal.ago_words else 1
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return Resolved(
            (base + dt.timedelta(days=sign * days)).isoformat(),
            "day",
            "relative",
            f"relative-{unit}s",
        )
    if unit == "month":
        index = base.year * 12 + base.month - 1 + sign * count
        return Resolved(
            f"{index // 12:04d}-{index % 12 + 1:02d}", "month", "relative", "relative-months"
        )
    return Resolved(f"{base.year + sign * count:04d}", "year", "relative", "relative-years")


def _relative_period(
    m: re.Match[str], base: dt.date | None, cal: Calendar, last_year: int | None
) -> Resolved | None:
    rel, unit = m["rel"], m["unit"]
    if rel is None and not m["this"]:
        return None  # a bare "العام" or "الشهر" is no date
    if rel in ("نفسه", "ذاته"):
        if unit in ("العام", "السنه") and last_year is not None:
            return Resolved(f"{last_year:04d}", "year", "explicit", "same-year")
        return None
    if base is None:
        return None
    shift = -1 if rel in cal.past else 1 if rel in cal.next else 0
    if unit == "الاسبوع":
        day = base + dt.timedelta(days=7 * shift)
        return Resolved(day.isoformat(), "day", "relative", "relative-week")
    if unit == "الشهر":
        index = base.year * 12 + base.month - 1 + shift
        return Resolved(
            f"{index // 12:04d}-{index % 12 + 1:02d}", "month", "relative", "relative-month"
        )
    return Resolved(f"{base.year + shift:04d}", "year", "relative", "relative-year")


def _year(m: re.Match[str], cal: Calendar) -> Resolved | None:
    year = int(m["year"])
    if m["mark"] and m["mark"] in cal.hijri_markers:
        from hijridate import Hijri

        if not HIJRI_RANGE[0] <= year <= HIJRI_RANGE[1]:
            return None
        return Resolved(
            f"{Hijri(year, 1, 1).to_gregorian().year:04d}", "year", "explicit", "hijri-year"
        )
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        return None
    return Resolved(f"{year:04d}", "year", "explicit", "year-word" if m["yw"] else "bare-year")
