"""Which date an event takes: its own clause's, never one an anchor word gives to another
happening, and a year ending a fronted date is no count of the word after it."""

from __future__ import annotations

import pytest

from hadath.document import Document, RawDoc
from hadath.pipeline import Pipeline

PUBLISHED = "2021-06-01"


def run(pipeline: Pipeline, text: str) -> Document:
    raw = RawDoc(source="t", kind="text", content=text, published=PUBLISHED)
    return pipeline.run_stages(Document.from_raw(raw))


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = run(pipeline, text)
    return [
        (
            e.cameo,
            e.source.code,
            e.target.code if e.target else None,
            e.date.value if e.date else None,
        )
        for e in doc.events
    ]


def test_two_visits_in_one_sentence_each_take_their_own_date(pipeline) -> None:
    events = coded(
        pipeline,
        "زار الرئيس الفرنسي بغداد في 2 أيلول 2020 فيما زار رئيس الوزراء العراقي باريس "
        "في 19 تشرين الأول 2020.",
    )
    assert ("042", "FRAGOV", "IRQ", "2020-09-02") in events
    assert ("042", "IRQGOV", "FRA", "2020-10-19") in events


@pytest.mark.parametrize(
    "text",
    [
        "زار الرئيس الفرنسي بغداد بعد تشكيل الحكومة العراقية في أيار 2020.",
        "زار الرئيس الفرنسي بغداد قبل الانتخابات العراقية المقررة في 10 تشرين الأول 2021.",
        "وزار الرئيس الفرنسي بغداد عقب الاتفاق الذي وقع في آذار 2020.",
    ],
)
def test_a_date_an_anchor_word_introduces_dates_the_other_happening(pipeline, text) -> None:
    [(cameo, source, target, date)] = coded(pipeline, text)
    assert (cameo, source, target) == ("042", "FRAGOV", "IRQ")
    assert date == PUBLISHED


def test_by_is_no_anchor(pipeline) -> None:
    # "من قبل الشرطة" is "by the police": the date after it is the arrest's.
    events = coded(pipeline, "تم اعتقال عشرات المتظاهرين من قبل الشرطة المصرية يوم 5 آذار 2021.")
    assert events and all(date == "2021-03-05" for *_, date in events)


def test_fronted_date_before_the_verb(pipeline) -> None:
    assert coded(pipeline, "وفي 5 آذار 2021 زار الرئيس الفرنسي بغداد.") == [
        ("042", "FRAGOV", "IRQ", "2021-03-05")
    ]
    assert coded(pipeline, "وفي عام 2020 استقبل الرئيس العراقي وزير الخارجية الفرنسي.") == [
        ("043", "IRQGOV", "FRAGOV", "2020")
    ]


def test_a_date_before_the_trigger_in_its_clause(pipeline) -> None:
    events = coded(
        pipeline,
        "زار الرئيس الفرنسي بغداد في 2 أيلول 2020، وفي 5 آذار 2021 زار رئيس الوزراء العراقي باريس.",
    )
    assert ("042", "FRAGOV", "IRQ", "2020-09-02") in events
    assert ("042", "IRQGOV", "FRA", "2021-03-05") in events


def test_victims_of_a_violent_death_are_the_target(pipeline) -> None:
    events = coded(pipeline, "لقي ثلاثة جنود مصرعهم في هجوم شنه مسلحون.")
    assert events and all(target == "MIL" for _, _, target, _ in events)


def test_a_counted_actor_acting_on_itself_is_the_agent(pipeline) -> None:
    events = coded(pipeline, "فجر ثلاثة انتحاريين أنفسهم في السوق.")
    assert [(c[:3], s) for c, s, _, _ in events] == [("183", "UAF")]


def test_a_date_between_two_triggers_belongs_to_the_earlier(pipeline) -> None:
    # "أمس (الأحد)" both date the visit; the reception after the comma has no date of its
    # own and takes the sentence's first, not the weekday that followed the visit.
    events = coded(
        pipeline,
        "زار الرئيس الفرنسي بغداد أمس (الأحد)، واستقبل الرئيس العراقي وزير الخارجية الفرنسي.",
    )
    assert {date for *_, date in events} == {"2021-05-31"}


def test_an_anchor_reaches_only_the_first_date_of_its_clause(pipeline) -> None:
    events = coded(
        pipeline,
        "تدهورت العلاقات منذ الانتخابات في كانون الثاني 2019، وفي 6 آب 2020 زار الرئيس "
        "الفرنسي بغداد.",
    )
    assert ("042", "FRAGOV", "IRQ", "2020-08-06") in events


def test_an_anchor_word_inside_a_date_anchors_nothing(pipeline, resources) -> None:
    from hadath.events.resolve import anchored_dates

    doc = run(pipeline, "وصل الوفد الفرنسي بعد غد إلى بغداد في 5 آذار 2021.")
    assert [d.text for d in doc.dates] == ["بعد غد", "5 آذار 2021"]
    dates = sorted(doc.dates, key=lambda d: d.start)
    triggers = sorted(e.trigger.start for e in doc.events if e.sentence == 0)
    assert anchored_dates(doc, 0, dates, triggers, resources.calendar) == set()
