"""What a protest is against (our own sentences, fictional actors): the actor a grievance
phrase names is the protest's target, before the place the protest was held in."""

from __future__ import annotations


def dyads(events):
    # the protesters' code may take the country of the place (ZMRCVL): only their sector
    # is this file's concern
    return [(e.cameo, e.source.code[-3:], e.target.code if e.target else None) for e in events]


def test_grievance_beats_the_place_of_the_protest(code):
    # held in front of Zamrestan's army, against Floria's minister
    events = code("تظاهر المتظاهرون أمام مقر جيش زمرستان احتجاجا على زيارة وزير خارجية فلوريا")
    # (the visit protested is the protest's content: a second 141, on زيارة)
    assert dyads(events)[0] == ("141", "CVL", "FLRGOV")


def test_grievance_with_its_preposition_glued_to_the_next_word(code):
    events = code("تظاهر المتظاهرون أمس تنديدا بقرار رئيس زمرستان")
    assert dyads(events) == [("141", "CVL", "ZMRGOV")]


def test_demand_names_the_target(code):
    events = code("تظاهر المتظاهرون أمس مطالبين برحيل رئيس زمرستان")
    assert dyads(events) == [("141", "CVL", "ZMRGOV")]


def test_a_place_inside_the_grievance_is_not_its_target(code):
    # against the war in Floria: Floria is where the war is, not who is protested against
    assert dyads(code("تظاهر المتظاهرون أمام مقر جيش زمرستان احتجاجا على الحرب في فلورينا")) == [
        ("141", "CVL", "ZMRMIL")
    ]


def test_the_grievance_of_another_clause_is_not_this_protests(code):
    # ، وبالمثل ...: a new clause with its own grievance
    events = code("تظاهر المتظاهرون أمام مقر جيش زمرستان، وكتبوا شعارات ضد رئيس زمرستان")
    assert ("141", "CVL", "ZMRMIL") in dyads(events)
    # and the actor must follow its phrase within the phrase's own clause
    events = code("تظاهر المتظاهرون أمام مقر جيش زمرستان احتجاجا على القرار، وقال رئيس زمرستان")
    assert dyads(events)[0] == ("141", "CVL", "ZMRMIL")


def test_protesters_are_never_their_own_grievance(code):
    events = code("تظاهر صحفيين ضد الحرب عندما هاجم جيش زمرستان المتظاهرون")
    assert all(t != "CVL" for c, s, t in dyads(events) if c.startswith("14"))


def test_the_actor_right_after_the_phrases_preposition_is_the_target(code):
    # على and ضد mark the grievance's object, not a place
    assert dyads(code("تظاهر المتظاهرون أمام مقر جيش زمرستان احتجاجا على رئيس زمرستان"))[0] == (
        "141",
        "CVL",
        "ZMRGOV",
    )
    assert dyads(code("تظاهر المتظاهرون أمام مقر جيش زمرستان ضد فلورينا"))[0] == (
        "141",
        "CVL",
        "FLR",
    )


def test_protesters_are_never_both_source_and_target(code_real):
    # the crowd found as the riot's subject is not also its object
    events = code_real("وقعت صدامات بين جيش زمرستان والمتظاهرون أمس")
    assert [(e.cameo, e.source.code) for e in events] == [("145", "CVL")]
    assert all(
        e.target is None or e.target.end <= e.source.start or e.source.end <= e.target.start
        for e in events
    )


def test_what_a_protest_faces_is_its_target(code):
    # in front of Floria's embassy: against Floria's government, and the crowd is not Florian
    events = code("تظاهر المتظاهرون أمام سفارة فلوريا")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("141", "CVL", "FLRGOV")
    ]
    # the grievance phrase still comes first
    events = code("تظاهر المتظاهرون أمام سفارة فلوريا احتجاجا على زيارة رئيس زمرستان")
    assert dyads(events)[0] == ("141", "CVL", "ZMRGOV")


def test_the_middle_of_a_place_opens_no_clause(code):
    # في وسط البلدة "in the middle of the town", not وسط "amid" opening another clause
    events = code("تظاهر المتظاهرون في وسط البلدة احتجاجا على زيارة رئيس زمرستان")
    assert dyads(events)[0] == ("141", "CVL", "ZMRGOV")


def test_the_grievance_may_close_a_long_report_of_the_march(code):
    # where the march went and amid what come first; the grievance ends the sentence
    events = code(
        "تظاهر المتظاهرون صباح أمس في ساحة كبيرة وساروا في شوارع عديدة وسط المدينة القديمة "
        "لساعات طويلة وسط إجراءات أمنية مشددة، تنديدا بقرار رئيس زمرستان"
    )
    assert dyads(events)[0] == ("141", "CVL", "ZMRGOV")


def test_journalists_lead_a_protest_that_presses_a_government(code_text):
    # counted journalists organise it (a news agency would only report it), and whom it
    # presses (للضغط على) is its target
    events = code_text("نظم نحو 400 صحافي وقفة احتجاجية في بغداد للضغط على الحكومة العراقية.")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("141", "IRQMED", "IRQGOV")
    ]
