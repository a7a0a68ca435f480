"""Violence words that do not report a new episode: charges, plans, conditions, past
background, dawn and missile names.

Our own sentences with fictional actors (زمرستان، الغراب); each pins one general
construction of ``reporting`` in grammar.yaml, next to a sentence that still reports.  The
sentences carry a victim, weapon or time anchor, so without the construction they would be
coded as assaults.
"""

from __future__ import annotations


def plovers(events):
    return {e.plover for e in events}


def test_the_act_an_accusation_charges_is_not_reported(code_real):
    # اتهم X ... بـ masdar: CAMEO codes the accusation (112), not the bombing.
    events = code_real("اتهم رئيس زمرستان مسلحي الغراب بتفجير سيارة مفخخة في السوق أمس")
    assert plovers(events) == {"ACCUSE"}
    # ... and so does a complement clause opened by بأن.
    events = code_real("اتهم رئيس زمرستان مسلحي الغراب بأنهم هم الذين اغتالوا الوزير أمس")
    assert plovers(events) == {"ACCUSE"}
    # The same bombing reported for itself is coded.
    events = code_real("فجر مسلحو الغراب سيارة مفخخة في السوق أمس")
    assert "ASSAULT" in plovers(events)


def test_a_charge_reaches_the_masdars_coordinated_with_it(code_real):
    events = code_real("وحوكم الرجل بتهمة قتل شرطي في المدينة وخطف ثلاثة أشخاص أمس")
    assert "ASSAULT" not in plovers(events)
    events = code_real("وقال إن رجلا من الغراب متهم بالتآمر لخطف حافلات واحتجاز عشرات الركاب")
    assert "ASSAULT" not in plovers(events)
    # a masdar of its own clause is not governed by the charge
    events = code_real("وحوكم الرجل بتهمة قتل شرطي، وخطف مسلحو الغراب ثلاثة أشخاص أمس")
    assert "ASSAULT" in plovers(events)


def test_a_conspiracy_is_a_plan(code_real):
    events = code_real("وقالت زمرستان إن مسلحي الغراب تآمروا على قتل الوزير بسيارة مفخخة")
    assert "ASSAULT" not in plovers(events)
    assert code_real("كشفت زمرستان مؤامرة الغراب على قتل الوزير بسيارة مفخخة") == []


def test_the_adjective_clause_of_a_charged_attack_is_the_charge(code_real):
    # بتفجير مزدوج استهدف ...: "a double bombing that targeted", part of the charge
    events = code_real("اتهمت زمرستان مسلحي الغراب بتفجير مزدوج استهدف مركزا لشرطة زمرستان أمس")
    assert plovers(events) == {"ACCUSE"}
    # an unanchored object of شن is not framed: the verb after it still reports
    events = code_real("شن طيران زمرستان غارات جوية استهدفت مواقع الغراب")
    assert "ASSAULT" in plovers(events)


def test_a_possible_or_planned_attack_has_not_happened(code_real):
    assert code_real("حذر رئيس زمرستان من هجوم انتحاري محتمل على العاصمة") == []
    assert code_real("تحدث المسؤول عن هجوم يجري التخطيط له على المدينة بسيارات مفخخة") == []
    # fears and avoidance name what has not happened either
    assert code_real("عبر السكان عن مخاوف من اندلاع معارك بالدبابات في الحي") == []
    assert code_real("تقدمت قوات زمرستان ببطء لتفادي إصابة المدنيين") == []
    assert plovers(code_real("أسفر هجوم انتحاري على العاصمة عن مقتل عشرة أشخاص")) == {"ASSAULT"}


def test_the_answer_of_a_condition_is_unreal(code_real):
    events = code_real("لو لم تتدخل قوات زمرستان، لكان مسلحو الغراب قد قتلوا عشرات الأشخاص")
    assert "ASSAULT" not in plovers(events)
    # an answer word after a clause with no condition is a plain report
    events = code_real("تدخلت قوات زمرستان، فإن مسلحي الغراب قتلوا عشرات الأشخاص")
    assert "ASSAULT" in plovers(events)


def test_a_tally_since_years_back_is_no_episode(code_real):
    assert code_real("وقتل مسلحو الغراب أكثر من ألف شخص منذ عام 1999") == []
    assert code_real("وقتل مسلحو الغراب مئات الأشخاص منذ عشرين عاما") == []
    # an act dated back without منذ is a past episode: coded, with its own date
    events = code_real("وكان مسلحو الغراب قد اغتالوا الوزير بسيارة مفخخة في العام 2003")
    assert "ASSAULT" in plovers(events)
    # days back are news
    events = code_real("اغتال مسلحو الغراب الوزير بسيارة مفخخة منذ يومين")
    assert "ASSAULT" in plovers(events)


def test_the_time_elapsed_since_an_act_frames_it(code_real):
    assert code_real("وبمناسبة مرور عام على تفجير المسجد بسيارة مفخخة نظمت زمرستان حفلا") == []


def test_dawn_with_tanwin_or_after_an_hour_is_a_time(code_real):
    assert [e.cameo for e in code_real("اعتقل جيش زمرستان ثلاثة صحفيين فجراً")] == ["173"]
    events = code_real("اعتقل جيش زمرستان ثلاثة صحفيين في الساعة الرابعة فجرا")
    assert [e.cameo for e in events] == ["173"]
    # فجّرا without tanwin is still the dual verb
    events = code_real("وكان الانتحاريان قد فجرا نفسيهما في السوق أمس")
    assert "ASSAULT" in plovers(events)


def test_a_missile_named_fajr_is_not_a_bombing(code_real):
    events = code_real("أطلق مسلحو الغراب صاروخ «فجر 3» على مدن زمرستان")
    assert [e.cameo for e in events if e.cameo.startswith("183")] == []
    assert code_real("تملك الغراب صواريخ فجر بعيدة المدى") == []


def test_the_casualties_of_an_accident_are_no_event(code_real):
    # a road accident, named before or after the casualty words, with its proclitics or not
    assert code_real("لقي ثلاثة صحفيين مصرعهم وأصيب اثنان في حادث سير في فلورينا") == []
    assert code_real("أصيب صحفيين بجروح بحادث انقلاب سيارتهم في فلورينا") == []
    # a shooting is an incident too, but no accident
    assert plovers(code_real("قتل ثلاثة صحفيين في حادث إطلاق نار في فلورينا")) == {"ASSAULT"}
    # one who met with an accident, or fell, was hurt by nobody
    assert code_real("أصيب الصحفي بجروح بعد أن تعرض لحادث في فلورينا") == []
    assert code_real("أصيب رئيس زمرستان بكسر في ساقه إثر سقوطه في منزله") == []
    assert code_real("قتل خمسة أشخاص إثر انهيار منزل في فلورينا") == []


def test_a_game_is_no_political_event(code_real):
    # a round of a tournament: the teams meet on the pitch
    assert code_real("وفي نصف النهائي يلتقي رئيس زمرستان مع وزير خارجية فلوريا غدا") == []
    assert plovers(code_real("ويلتقي رئيس زمرستان مع وزير خارجية فلوريا غدا")) == {"CONSULT"}
    # a club is no game: the protest it called stays
    assert plovers(code_real("وتظاهر المواطنين أمس بدعوة من النادي الآرامي في فلورينا")) == {
        "PROTEST"
    }


def test_a_source_who_declines_to_be_named_rejects_nothing(code_real, code_text):
    events = code_text("وقال المسؤول العراقي الذي رفض ذكر اسمه إن الوفد سيعود إلى بغداد")
    assert "REJECT" not in plovers(events)
    assert "REJECT" not in plovers(code_real("وقال رئيس زمرستان الذي رفض ذكر اسمه إن الوفد سيعود"))
    events = code_real("وقال مصدر رفض الكشف عن هويته إن رئيس زمرستان رفض المبادرة")
    assert [e.trigger.text for e in events if e.plover == "REJECT"] == ["رفض"]
    assert len([e for e in events if e.plover == "REJECT"]) == 1


def test_a_ministry_of_dawah_is_no_invitation(code_text):
    text = "وجه وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد بتوزيع الكتب على الفروع"
    assert code_text(text) == []
    assert [e.cameo for e in code_text("ووجه الرئيس العراقي دعوة إلى نظيره الفرنسي")][:1] == ["036"]


def test_a_tally_since_a_conflict_began_is_no_episode(code_real):
    assert code_real("وقتل أكثر من 650 صحفيين منذ اندلاع الصراع في فلورينا") == []
    assert code_real("وقتل أكثر من 650 صحفيين منذ بدء الحرب في فلورينا") == []
    assert plovers(code_real("وقتل جيش زمرستان صحفيين في فلورينا أمس")) == {"ASSAULT"}


def test_what_fires_destroy_and_what_must_be_done_are_no_attacks(code_text):
    text = (
        "أعلنت إدارة مكافحة الحرائق في اليونان أمس السيطرة على حرائق غابات أسفرت عن مقتل "
        "شرطي وتدمير عدد من المنازل"
    )
    assert "1712" not in {e.cameo for e in code_text(text)}
    # nor is what the sea sweeps away
    assert code_text("شاهدت الدورية شخصين جرفهم التيار بعيدا عن الشاطئ أثناء السباحة") == []
    # an obligation is no act
    assert code_text("وقال إنه يجب قتل الجنود الإسرائيليين في كل مكان") == []


def test_the_same_generic_people_are_not_their_own_target(code_text):
    events = code_text("أعلنت إدارة شؤون المعلمين ترحيبها بالمعلمين الجدد")
    assert [e for e in events if e.target is not None and e.target.code == e.source.code] == []
