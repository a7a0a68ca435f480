"""Plans, conditions, denials, protesters as subject or object, and the senses that keep
homographs (dawn, a scandal that "explodes", launchers) from coding violence.

Our own sentences with fictional actors; each pins one general construction.
"""

from __future__ import annotations


def cameos(events):
    return [e.cameo for e in events]


def test_plans_and_wishes_are_intentions(code):
    # A planned visit has an intent code; a planned killing has none and is no event.
    assert cameos(code("يريد رئيس زمرستان زيارة فلورينا")) == ["036"]
    assert cameos(code("يخطط رئيس زمرستان زيارة فلورينا")) == ["036"]
    assert code("أراد مسلحو الغراب مقتل صحفيين أمس") == []
    assert cameos(code("شهد الحي مقتل صحفيين أمس")) == ["190"]


def test_a_future_light_verb_makes_its_masdar_an_intention(code_real):
    # سيقوم X بزيارة: the visit is to come (036), as after سيزور
    assert cameos(code_real("سيقوم رئيس زمرستان بزيارة فلورينا")) == ["036"]
    assert cameos(code_real("وسيجري رئيس زمرستان محادثات مع رئيس فلورينا")) == ["036"]
    assert cameos(code_real("وأجرى رئيس زمرستان محادثات مع رئيس فلورينا")) == ["040"]


def test_condition_reaches_to_the_end_of_its_clause(code):
    assert code("لو أن جيش زمرستان في ذلك اليوم البعيد اغتال رئيس زمرستان") == []
    # Punctuation closes the condition: what follows is reported.
    assert cameos(code("إذا صح الخبر، فقد اغتال جيش زمرستان رئيس زمرستان")) == ["186"]


def test_denied_masdar_is_negated(code):
    events = code("نفى رئيس زمرستان مقتل صحفيين أمس")
    assert events and all(e.negated for e in events)
    events = code("نفى رئيس زمرستان الشائعات، وشهد الحي مقتل صحفيين أمس")
    assert events and not any(e.negated for e in events)


def test_denunciation_by_protesters_is_a_protest(code):
    assert cameos(code("انتقد المتظاهرون رئيس زمرستان")) == ["141"]
    # Protesters as the object of the criticism: the speaker criticises, nobody protests.
    assert cameos(code("انتقد رئيس زمرستان المتظاهرين")) == ["111"]


def test_partitive_protesters_are_the_subject(code):
    events = code("طالب عدد من المتظاهرين برحيل رئيس زمرستان")
    assert cameos(events) == ["141"]
    assert events[0].source.sector == "CVL"
    # After a preposition the partitive group is not the subject (طالب ... ضد عدد من ...).
    assert cameos(code("طالب رئيس زمرستان بالتحقيق ضد عدد من المتظاهرين")) == ["100"]


def test_counted_protesters_after_an_agentless_verb_are_its_patients(code):
    events = code("اعتقل جيش زمرستان خمسة متظاهرين أمس")
    assert cameos(events) == ["173"]
    assert events[0].source.code == "ZMRMIL"
    # After a verb whose next actor is its agent they are the rioters (VSO).
    assert cameos(code("هاجم مئات المتظاهرين جيش زمرستان أمس")) == ["145"]


def test_protesters_of_another_clause_do_not_make_a_riot(code):
    events = code("تجمع مئات المتظاهرين في الساحة فيما هاجم جيش زمرستان صحفيين أمس")
    assert "190" in cameos(events) and "145" not in cameos(events)


def test_protest_without_named_source_takes_the_sentence_crowd(code):
    events = code(
        "وقف المتظاهرون طويلا في الساحة الكبرى وسط المدينة القديمة قرب النهر الكبير ثم تظاهروا"
    )
    assert cameos(events) == ["141"]
    assert events[0].source.sector == "CVL"


def test_dawn_is_a_time_not_a_bombing(code_real):
    assert cameos(code_real("اعتقل جيش زمرستان صحفيين فجر أول من أمس")) == ["173"]
    assert cameos(code_real("اعتقل جيش زمرستان صحفيين فجر السبت")) == ["173"]
    assert cameos(code_real("فجر مسلحو الغراب سيارة مفخخة أمس"))[0].startswith("183")


def test_scandal_that_explodes_is_not_a_bombing(code_real):
    assert code_real("انفجرت فضيحة جديدة في وجه رئيس زمرستان أمس") == []
    assert cameos(code_real("انفجرت سيارة مفخخة أمس قرب مقر جيش زمرستان")) == ["1832"]


def test_launchers_are_instruments_not_firings(code_real):
    assert code_real("عرض جيش زمرستان منصات إطلاق الصواريخ أمس") == []


def test_chanting_masdar_reports_a_protest(code_real):
    events = code_real("وترديد المتظاهرين شعارات ضد رئيس زمرستان أمس")
    assert "141" in cameos(events)


def test_criticism_of_protesters_is_not_their_protest(code_real):
    assert cameos(code_real("انتقد رئيس زمرستان المتظاهرين بشدة")) == ["111"]
    assert cameos(code_real("أدان رئيس زمرستان العنف ضد المتظاهرين")) == ["111"]


def test_a_present_verb_after_an_is_subjunctive(code_real):
    # لم يستبعد مصدر أن يزور: a visit that may happen is an intent (036), not a visit
    events = code_real("ولم يستبعد مصدر دبلوماسي أمس أن يزور رئيس زمرستان فلورينا")
    assert [e.cameo for e in events] == ["036"]
    assert [e.cameo for e in code_real("ويزور رئيس زمرستان فلورينا")] == ["042"]


def test_a_time_clause_with_an_tells_what_happened(code_real):
    # قبل أن يزور: the visit took place after the meeting; it is no intent
    events = code_real("وعاد الوفد أمس قبل أن يستقبل رئيس زمرستان وزير خارجية فلوريا")
    assert [e.cameo for e in events] == ["043"]
    # without the time word the reception is planned: an intent to meet
    events = code_real("وقرر الوفد أمس أن يستقبل رئيس زمرستان وزير خارجية فلوريا")
    assert [e.cameo for e in events] == ["036"]


def test_a_people_protesting_are_its_civilians(code_text):
    events = code_text("خرج آلاف المغاربة في مسيرة حاشدة وسط العاصمة الرباط.")
    assert [(e.cameo, e.source.code) for e in events] == [("141", "MARCVL")]


def test_a_condition_is_no_report_of_a_verbal_act(code_real):
    # إذا رفض X: a rejection that may come, not one that came
    assert code_real("وقال إن فلورينا ستنقسم إذا رفض رئيس زمرستان التفاوض") == []
    assert [e.cameo[:2] for e in code_real("ورفض رئيس زمرستان التفاوض")] == ["12"]


def test_a_day_of_rage_is_a_protest(code_real):
    assert {
        e.plover for e in code_real("ودعت مجموعة مجهولة إلى يوم غضب بعد صلاة الجمعة في فلورينا")
    } == {"PROTEST"}
    assert code_real("وعبر رئيس زمرستان عن غضبه من القرار") == []


def test_raising_ones_aid_gives_it(code_real):
    # رفع مساعداته: aid given (070); سيرفع مساعداته الإنسانية: humanitarian aid to come
    assert cameos(code_real("ورفع رئيس زمرستان مساعداته إلى فلورينا")) == ["070"]
    assert cameos(code_real("سيرفع رئيس زمرستان مساعداته الإنسانية إلى فلورينا")) == ["0333"]
    # ... and a lifted curfew stays what it was
    assert cameos(code_real("رفع رئيس زمرستان حظر التجول في فلورينا")) == ["0813"]


def test_what_a_demand_asks_for_is_not_done(code_real):
    # طالب X بالإفراج: the demand is the event, the release has not happened
    assert cameos(code_real("وطالب رئيس زمرستان اليوم مسلحي الغراب بالإفراج عن صحفيين")) == ["100"]
    assert cameos(code_real("ودعا رئيس زمرستان مسلحي الغراب إلى الإفراج عن صحفيين")) == ["020"]
    # a release told for itself still is one
    assert cameos(code_real("وأفرج مسلحو الغراب عن صحفيين أمس")) == ["0841"]
