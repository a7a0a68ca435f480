"""More source and target choices (our own sentences, fictional actors): relative clauses,
casualty counts, actors inside prepositional phrases and adverbs of place."""

from __future__ import annotations


def pairs(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_relative_clause_verb_takes_its_antecedent(code):
    ev = code("وصل مسلحو الغراب الذين هاجموا فلورينا أمس")
    assert [e.source.code for e in ev] == ["UAF"]


def test_a_relative_clause_of_another_noun_does_not_take_the_actor(code):
    # بتسليمها الموقوفين الذين: the clause describes the detainees, not the army before them
    ev = code("وقال جيش زمرستان بتسليمها الموقوفين الذين هاجموا فلورينا أمس")
    assert ev and all(e.source.code != "ZMRMIL" for e in ev if e.cameo.startswith("19"))


def test_counted_actor_before_a_violent_verb_is_the_casualty(code):
    ev = code("وشهد الحي أمس حادثا خطيرا إذ ثلاثة صحفيين قتلوا برصاص طائش")
    assert ev and all(e.source.code != "CVL" for e in ev)
    assert ev[0].target is not None and ev[0].target.code == "CVL"


def test_actor_inside_a_prepositional_phrase_is_not_the_source(code):
    ev = code("رجل يقود سيارة مشابهة لسيارات جيش زمرستان قتل صحفيين أمس")
    assert [e.source.code for e in ev] == ["---"]


def test_actor_after_an_adverb_of_place_is_not_the_source(code):
    ev = code("وقف المتظاهرون خارج حزب النور الأخضر وهاجموا صحفيين أمس")
    assert ev and all(e.source.code != "ZMRPTY" for e in ev)


def test_pluperfect_background_keeps_its_fronted_subject(code):
    # وكان X قد زار Y: the subject stands before the particle, the place after is the target.
    assert pairs(code("وكان رئيس زمرستان قد زار فلورينا في العام الماضي")) == [
        ("042", "ZMRGOV", "FLR")
    ]
    assert pairs(code("رئيس زمرستان قد زار فلورينا")) == [("042", "ZMRGOV", "FLR")]


def test_counted_partitive_after_the_verb_is_the_target(code):
    # After a fronted subject the target is searched past the verb: "12 من X" is X itself.
    ev = code("جيش زمرستان اعتقل 12 من صحفيين أمس")
    assert pairs(ev) == [("173", "ZMRMIL", "CVL")]


def test_target_is_not_taken_from_a_clause_opened_with_wa_kama(code):
    ev = code("وزار رئيس زمرستان المدينة أمس، وكما أشاد وزير خارجية فلوريا بالزيارة")
    assert ev[0].cameo == "042" and ev[0].target is None


def test_events_of_a_joint_act_have_distinct_ids(code):
    # Three coordinated parties of a joint act: one event per ordered pair, each its own id
    # (the store's primary key).
    ev = code("وقع رئيس زمرستان ووزير خارجية فلوريا وحزب النور الأخضر اتفاقية أمس")
    assert len(ev) == 6
    assert len({e.id for e in ev}) == len(ev)


def test_a_place_after_a_visit_verb_is_where_the_visit_went(code):
    # `place_object`: "وزار فلورينا" names the destination; the visitor is not named here.
    assert all(e.source.code != "FLR" for e in code("عمل سنوات في المدينة، وزار فلورينا"))
    assert pairs(code("وزار رئيس زمرستان فلورينا أمس")) == [("042", "ZMRGOV", "FLR")]


def test_the_actor_after_a_plural_verb_is_its_object(code_real):
    # رشقوا شرطة زمرستان: "they" threw stones at the police; the police threw none
    ev = code_real("رشقوا شرطة زمرستان بالحجارة")
    assert [(e.source.code, e.target.code if e.target else None) for e in ev] == [("---", "ZMRCOP")]
    # but a place after it is where, not whom (تجمعوا في فلورينا)
    ev = code_real("أطلقت شرطة زمرستان الغاز على آلاف المتظاهرين تجمعوا في فلورينا")
    assert [(e.cameo[:2], e.target) for e in ev] == [("14", None)]


def test_the_genitive_of_a_noun_after_a_preposition_is_no_subject(code_real):
    # يدعو إلى مهاجمة جيش زمرستان: the army is the one to be attacked, not who calls
    events = code_real("وبث مسلحو الغراب تسجيلا يدعو إلى مهاجمة جيش زمرستان")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("UAF", "ZMRMIL")
    ]
    # a noun with the article heads no genitive: في المقابل is an adverb, the army the subject
    events = code_real("وتتهم في المقابل جيش زمرستان الحكومة")
    assert [e.source.code for e in events] == ["ZMRMIL"]


def test_a_dated_aside_between_commas_does_not_end_the_clause(code_text):
    # the subject of تمكن stands before the aside; the arrest is the army's
    events = code_text(
        "وتمكنت قوات الأمن العراقية، يوم الأحد 28 كانون الثاني بمحافظة الأنبار، "
        "من اعتقال 12 مسلحا من تنظيم داعش."
    )
    assert [(e.cameo, e.source.code) for e in events] == [("173", "IRQCOP")]
    # an aside that is no date still ends it (no subject is taken from across it)
    events = code_text(
        "وتمكنت قوات الأمن العراقية، التي تقاتل منذ شهور في محافظة الأنبار، "
        "من اعتقال 12 مسلحا من تنظيم داعش."
    )
    assert all(e.source.code != "IRQCOP" for e in events if e.cameo == "173")


def test_the_genitive_of_an_object_masdar_is_no_subject(code_real, code_text):
    # أدان الوزير اغتيال X: the unknown minister condemns; X was assassinated
    events = code_real("أدان الوزير اغتيال رئيس زمرستان أمس")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("111", "---", "ZMRGOV")
    ]
    # ... but a suicide attack names its bomber (هجوم انتحاري: the attack is the subject)
    events = code_text("وقد استهدف آخر هجوم انتحاري في كابل القوات الأجنبية أمس.")
    assert ("190", "UAF", "INTMIL") in [
        (e.cameo, e.source.code, e.target and e.target.code) for e in events
    ]


def test_a_plural_in_its_oblique_form_is_the_verbs_object(code_real):
    # وحث المواطنين على: the citizens are urged (the subject would be المواطنون)
    events = code_real("ثم وانتقد المواطنين بشدة أمس")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("---", "CVL")
    ]
    # ... unless a count governs it: thousands of protesters attack
    events = code_real("وهاجم آلاف المتظاهرين مقر جيش زمرستان")
    assert events and events[0].source.code.endswith("CVL")
