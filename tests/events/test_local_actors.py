"""Generic local actors take the country of the event's own place, never of a dateline
(the real dictionaries and gazetteer; our own sentences)."""

from __future__ import annotations

from hadath.document import Document, RawDoc
from hadath.pipeline import Pipeline


def targets(pipeline: Pipeline, text: str) -> list[str | None]:
    raw = RawDoc(source="t", kind="text", content=text, published="2021-06-01")
    doc = pipeline.run_stages(Document.from_raw(raw))
    return [e.target.code if e.target else None for e in doc.events if e.cameo == "190"]


def test_civilians_take_the_country_of_the_place_of_the_event(pipeline) -> None:
    assert targets(pipeline, "قتل خمسة مدنيين في انفجار سيارة مفخخة في بغداد أمس.") == ["IRQCVL"]


def test_a_dateline_gives_no_country_to_the_actors(pipeline) -> None:
    # London is where the report was filed, not where the civilians were killed
    assert targets(pipeline, "لندن ـ «الشرق الأوسط»: قتل خمسة مدنيين في انفجار أمس.") == ["CVL"]
    # the sentence's own place after a dateline still counts
    assert targets(
        pipeline, "بغداد - ا ف ب: قتل خمسة مدنيين في انفجار سيارة مفخخة في الموصل أمس."
    ) == ["IRQCVL"]


def test_forces_keep_no_country_from_the_place(pipeline) -> None:
    # foreign forces fight abroad: a place says nothing of their nationality
    codes = targets(pipeline, "وقتل خمسة جنود في هجوم في قندهار أمس.")
    assert codes and all(c == "MIL" for c in codes)


def located(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    raw = RawDoc(source="t", kind="text", content=text, published="2021-06-01")
    doc = pipeline.run_stages(Document.from_raw(raw))
    return [
        (e.cameo, e.source.code, e.location.country if e.location else None) for e in doc.events
    ]


def test_a_protest_is_not_located_in_what_it_is_against(pipeline) -> None:
    # Rabat is the dateline; Israel and the United States are what the slogans are against
    events = located(
        pipeline,
        "الرباط - خاص: خرج آلاف المغاربة أمس. وردد المتظاهرون هتافات مناهضة لإسرائيل "
        "والولايات المتحدة.",
    )
    assert ("141", "CVL", "MAR") in events
    assert all(country == "MAR" for _, _, country in events)
    # solidarity with Gaza: Gaza is not where the crowd stands
    assert located(pipeline, "الرباط - خاص: تظاهر الآلاف أمس تضامنا مع غزة.")[0][2] == "MAR"
    # a place after ضد is an object; the venue after it is the location
    assert located(pipeline, "هتف المتظاهرون ضد إسرائيل في سلطنة عمان أمس.") == [
        ("141", "OMNCVL", "OMN")
    ]


def test_other_events_keep_the_first_place(pipeline) -> None:
    # a visit's destination is where it happens
    assert [c for _, _, c in located(pipeline, "زار الرئيس الفرنسي بغداد أمس.")] == ["IRQ"]


def test_a_place_that_is_an_actor_takes_the_actors_country(pipeline) -> None:
    # the actor dictionary reads a bare عمان as Amman: so does the gazetteer
    assert [c for _, _, c in located(pipeline, "تظاهر الطلاب في عمان أمس.")] == ["JOR"]


def test_an_event_takes_no_place_named_only_later(pipeline) -> None:
    # the lead names no place; Jordan comes up two sentences later, about something else
    events = located(
        pipeline,
        "قتل مسلح خمسة جنود أمس. وقال مسؤولون إن التحقيق مستمر. وكان المسلح قد زار الأردن "
        "العام الماضي.",
    )
    assert events[0][0] == "190" and events[0][2] is None


def test_an_event_without_a_place_takes_the_nearest_earlier_one(pipeline) -> None:
    events = located(
        pipeline,
        "قتل مسلح خمسة جنود أمس. وقتل مسلحون ثلاثة مدنيين في الموصل أمس. وخطف مسلحون صحفيين أمس.",
    )
    assert [country for _, _, country in events] == [None, "IRQ", "IRQ"]


def test_local_actors_take_no_country_from_the_object_of_a_verbal_act(pipeline) -> None:
    # "cut ties with Tel Aviv": Tel Aviv is the object, the crowd is not Israeli
    events = located(pipeline, "ودعا المشاركون في المسيرة السلطات إلى قطع العلاقات مع تل أبيب أمس.")
    crowd = [source for cameo, source, _ in events if cameo.startswith(("02", "14"))]
    assert crowd == ["CVL"]
