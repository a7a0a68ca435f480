"""Common constructions of Arabic news reports (our own sentences, fictional actors, the
real pattern dictionary): organised protests, drones, natural disasters, hosted troops,
the form I دان, denied complement clauses and complementisers with clitics."""

from __future__ import annotations


def codes(events):
    return [e.cameo for e in events]


def pairs(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_organising_a_protest_is_protesting(code_real):
    ev = code_real("ونظم حزب النور الأخضر وقفة احتجاجية أمام البرلمان مساء أمس")
    assert ev and ev[0].cameo == "141" and ev[0].source.code == "ZMRPTY"
    assert codes(code_real("نظم حزب النور الأخضر مؤتمرا للشباب")) == []


def test_a_bare_pause_is_not_a_vigil(code_real):
    assert codes(code_real("وبعد وقفة قصيرة واصل رئيس زمرستان كلمته")) == []


def test_an_armed_drone_is_not_a_march(code_real):
    ev = code_real("وشنت مسيرة مفخخة هجوما على فلورينا أمس")
    assert "141" not in codes(ev)
    ev = code_real("وشنت مسيرة معادية غارة على فلورينا أمس")
    assert "141" not in codes(ev)
    # an attack by drone: the attack word right before it
    assert "141" not in codes(code_real("وقصف مدفعي وغارة بمسيرة على فلورينا أمس"))
    assert "141" not in codes(code_real("وأسقط جيش زمرستان طائرة مسيرة فوق فلورينا أمس"))
    assert "141" in codes(code_real("وشارك المتظاهرون في مسيرة حاشدة في فلورينا أمس"))


def test_natural_disasters_strike_and_sweep_away_without_an_assault(code_real):
    assert codes(code_real("وكان الزلزال قد ضرب فلورينا أمس وخلف عشرات الضحايا")) == []
    assert codes(code_real("وجرفت السيول عشرات المنازل في فلورينا أمس")) == []
    assert "1712" in codes(code_real("وجرف جيش زمرستان عشرات المنازل في فلورينا أمس"))


def test_hosting_troops_is_not_a_meeting(code_real):
    assert codes(code_real("وتستضيف فلورينا قوات أجنبية منذ سنوات")) == []
    assert pairs(code_real("واستقبل رئيس زمرستان وزير خارجية فلوريا أمس")) == [
        ("043", "ZMRGOV", "FLRGOV")
    ]


def test_form_one_dan_condemns(code_real):
    ev = code_real("دان رئيس زمرستان الهجوم على فلورينا")
    assert ev and ev[0].cameo == "111" and ev[0].source.code == "ZMRGOV"


def test_a_denied_complement_clause_is_negated_far_from_the_denial(code_real):
    ev = code_real(
        "ونفى رئيس زمرستان، في حديث لوكالة محلية، أن يكون جيش زمرستان قد سجل أي اشتباك"
        " مع مسلحي الغراب أمس"
    )
    assert ev and all(e.negated for e in ev)
    # a denial in an earlier sentence does not reach the next one
    ev = code_real("نفى رئيس زمرستان ذلك. واشتبك جيش زمرستان مع مسلحي الغراب أمس")
    assert [e.negated for e in ev if e.cameo[:2] == "19"] == [False]


def test_complementiser_with_a_clitic_opens_the_reported_clause(code_real):
    ev = code_real("وصرح المتحدث بأن رئيس زمرستان استقبل اليوم وزير خارجية فلوريا")
    assert pairs(ev) == [("043", "ZMRGOV", "FLRGOV")]
    ev = code_real("ودعت فلورينا إلى الهدوء، وأعلنت أنها فتحت تحقيقا في الهجوم")
    assert [(e.cameo[:2], e.source.code) for e in ev if e.cameo[:2] == "09"] == [("09", "FLR")]


def test_honorific_before_a_fronted_subject_keeps_it_the_subject(code_real):
    ev = code_real("وأفاد المتحدث بأن السيد رئيس زمرستان استقبل اليوم وزير خارجية فلوريا")
    assert pairs(ev) == [("043", "ZMRGOV", "FLRGOV")]


def test_counted_partitive_after_a_protest_verb_is_its_subject(code_real):
    ev = code_real("تظاهر عشرات الآلاف من المواطنين أمس في شوارع العاصمة فلورينا")
    assert [(e.cameo, e.source.code) for e in ev] == [("141", "FLRCVL")]
    # after a verb whose next actor is its patient the counted group suffered the act
    ev = code_real("واعتقل جيش زمرستان عشرات من المواطنين أمس")
    assert pairs(ev) == [("173", "ZMRMIL", "CVL")]


def test_a_place_phrase_holds_no_party_of_a_meeting(code_real):
    ev = code_real("واستقبل رئيس زمرستان في مقر حزب النور الأخضر، اليوم، وزير خارجية فلوريا")
    assert pairs(ev) == [("043", "ZMRGOV", "FLRGOV")]


def test_circumstantial_participles_praise_and_express(code_real):
    ev = code_real("وزار رئيس زمرستان فلورينا أمس، مشيدا بدور وزير خارجية فلوريا")
    assert ("051", "ZMRGOV", "FLRGOV") in pairs(ev)
    ev = code_real("وزار رئيس زمرستان فلورينا أمس، معربا عن تقديره لدور وزير خارجية فلوريا")
    assert ("051", "ZMRGOV", "FLRGOV") in pairs(ev)


def test_a_construct_title_stands_for_the_name_after_it(code_real):
    ev = code_real("دان رئيس حكومة تصريف الأعمال نجم الدين فلاني الهجوم على فلورينا")
    assert [(e.cameo, e.source.code) for e in ev] == [("111", "ZMRGOV")]
    # a definite title is a subject of its own (استقبل الرئيس X: X is the guest)
    ev = code_real("استقبل رئيس زمرستان نجم الدين فلاني أمس")
    assert pairs(ev) == [("043", "ZMRGOV", "ZMRGOV")]


def test_a_unit_of_a_force_named_with_li_is_the_agent(code_real):
    ev = code_real("وأوقفت مفارز لجيش زمرستان، أمس، ستة مهربين قرب الحدود")
    assert [(e.cameo, e.source.code) for e in ev] == [("173", "ZMRMIL")]
    # without a unit head the actor after ل stays oblique (a beneficiary, not the agent)
    ev = code_real("وأرسلت فلورينا مساعدات إنسانية لجيش زمرستان")
    assert all(e.source.code != "ZMRMIL" for e in ev)


def test_a_topic_frame_does_not_reach_past_a_comma(code_real):
    ev = code_real("وفي إطار مكافحة التهريب، أوقفت دورية لجيش زمرستان أمس ثلاثة مهربين")
    assert [(e.cameo, e.source.code) for e in ev] == [("173", "ZMRMIL")]
    assert code_real("وفي إطار مكافحة اعتقال الصحفيين أمس") == []


def test_a_craft_belonging_to_a_force_is_the_force_acting(code_real):
    ev = code_real("وذكرت مصادر أن طائرة مسيرة تابعة لجيش زمرستان أطلقت أمس صاروخا على فلورينا")
    assert [(e.cameo[:2], e.source.code) for e in ev] == [("19", "ZMRMIL")]


def test_a_call_reaches_its_object_past_a_long_subject_and_addressee(code_real):
    ev = code_real(
        "ودعت قوات حزب النور الأخضر المنتشرة في فلورينا جميع الأطراف والفصائل إلى ضبط النفس"
    )
    assert [(e.cameo[:2], e.source.code) for e in ev] == [("02", "ZMRPTY")]
    ev = code_real("ودعا حزب النور الأخضر وأنصاره أمس في بيان رسمي إلى التظاهر أمام البرلمان")
    assert [(e.cameo, e.source.code) for e in ev] == [("140", "ZMRPTY")]


def test_relief_sent_by_air_bridge_or_airdrop_is_humanitarian_aid(code_real):
    ev = code_real("وكان جيش زمرستان قد سيّر أمس أولى طائرات الجسر الجوي إلى فلورينا")
    assert codes(ev) == ["073"]
    ev = code_real("وسيسيّر جيش زمرستان مزيدا من القوافل الإغاثية إلى فلورينا")
    assert codes(ev) == ["0333"]  # intent to give humanitarian aid
    ev = code_real("ونفذ جيش زمرستان أمس عملية إنزال جوي لمساعدات طبية في فلورينا")
    assert codes(ev) == ["073"]
    # a patrol is no relief
    assert codes(code_real("وسيّر جيش زمرستان دوريات في فلورينا أمس")) == []


def test_seizing_a_ship_is_a_hijacking(code_real):
    ev = code_real("واستولى مسلحو الغراب أمس على سفينة شحن قبالة فلورينا")
    assert codes(ev) == ["181"]
    assert codes(code_real("واستولى مسلحو الغراب أمس على أراض زراعية في فلورينا")) == ["1711"]


def test_qabla_is_before_unless_it_takes_an_offer(code_real):
    events = code_real("حظر جيش زمرستان نشاط الحزب قبل سنتين على خلفية الاشتباه")
    assert "080" not in codes(events)
    assert "080" not in codes(code_real("وصل رئيس زمرستان قبل أن يعلن جيش زمرستان الهدنة"))
    assert codes(code_real("وقبل رئيس زمرستان الدعوة إلى الحوار")) == ["080"]
    assert codes(code_real("ووافق رئيس زمرستان على الهدنة")) == ["080"]


def test_a_word_after_bin_or_abu_is_a_name(code_real):
    assert codes(code_real("وأوضح العقيد صالح بن طالب أن جيش زمرستان جاهز")) == []
    assert codes(code_real("وطالب رئيس زمرستان بالإفراج عن الأسرى")) != []


def test_people_visiting_graves_and_amounts_reaching_figures_are_no_visits(code_real):
    assert codes(code_real("ومنع مسلحو الغراب سكان فلورينا من زيارة قبور موتاهم")) == []
    assert codes(code_real("واعتقل جيش زمرستان أطفالا تصل أعمار بعضهم إلى 11 عاما")) == ["173"]
    assert codes(code_real("ووصل رئيس زمرستان إلى فلورينا أمس")) == ["042"]


def test_a_verbal_conflict_with_neither_source_nor_target_is_dropped(code_real):
    # "the source, who refused to give his name": nobody rejects anybody
    assert codes(code_real("وقال المصدر الذي رفض الكشف عن اسمه إن الوضع هادئ")) == []
    assert codes(code_real("ورفض رئيس زمرستان المبادرة"))[0][:2] == "12"


def test_common_nouns_spelled_like_verbs_are_no_triggers(code_real):
    # دين "religion", تحديا "a challenge", ثمن "price" after "pay", a bare مهلة "deadline"
    assert codes(code_real("وقال رئيس زمرستان إن الإسلام دين السلام")) == []
    assert codes(code_real("وأصبح ردع مسلحي الغراب تحديا حقيقيا لجيش زمرستان")) == []
    assert codes(code_real("وقال رئيس زمرستان إن الشعب يدفع ثمن سياسات مسلحي الغراب")) == []
    assert codes(code_real("وتنتهي مهلة رئيس زمرستان لتشكيل الحكومة غدا")) == []
    assert codes(code_real("ومنح جيش زمرستان مسلحي الغراب مهلة أخيرة للاستسلام")) == ["139"]
    assert codes(code_real("وثمن رئيس زمرستان دور فلورينا")) == ["051"]


def test_fajr_after_a_force_or_operation_names_it(code_real):
    assert codes(code_real("واشتبكت قوات «فجر فلورينا» مع جيش زمرستان أمس")) != []
    assert "183" not in codes(code_real("واشتبكت قوات «فجر فلورينا» مع جيش زمرستان أمس"))


def test_searching_issuing_adopting_comparing_and_hosting_games_are_no_events(code_real):
    assert codes(code_real("ويبحث جيش زمرستان عن المفقودين في فلورينا")) == []
    assert codes(code_real("وبحث رئيس زمرستان مع مسلحي الغراب الهدنة")) == ["040"]
    assert codes(code_real("وأفاد تقرير صادر عن جيش زمرستان بأن الوضع هادئ")) == []
    assert codes(code_real("وصادر جيش زمرستان أسلحة مسلحي الغراب")) == ["1711"]
    assert codes(code_real("وتبنى رئيس زمرستان قرارا بتنظيم الانتخابات")) == []
    assert codes(code_real("وتبنى مسلحو الغراب الهجوم على فلورينا")) == ["015"]
    assert codes(code_real("وقال رئيس زمرستان إن المعركة أبعد من فلورينا")) == []
    assert codes(code_real("واستضاف رئيس زمرستان البطولة الإقليمية في فلورينا")) == []


def test_illness_sport_travel_and_power_are_no_violence_or_visits(code_real):
    assert codes(code_real("وأصيب رئيس زمرستان بفيروس كورونا أمس")) == []
    assert codes(code_real("وشخص الأطباء إصابة رئيس زمرستان بالسرطان")) == []
    assert codes(code_real("وأصاب مسلحو الغراب ثلاثة جنود من جيش زمرستان أمس")) == ["190"]
    assert codes(code_real("واستقبل رئيس زمرستان الحجاج في فلورينا")) == []
    assert codes(code_real("ووصل رئيس زمرستان إلى السلطة في انقلاب")) == []
    assert codes(code_real("ووصل رئيس زمرستان إلى فلورينا أمس")) == ["042"]
    assert codes(code_real("وتداول ناشطون مقطعا لرئيس زمرستان")) == []


def test_a_student_a_road_accident_and_an_ability_are_no_events(code_real):
    # طالبة "a student" (ta marbuta) is not طالبه "he demanded of him"
    assert codes(code_real("وقال رئيس زمرستان إن طالبة من فلورينا فازت بالجائزة")) == []
    assert codes(code_real("وطالبه رئيس زمرستان بالاستقالة")) != []
    assert codes(code_real("ولقي ثلاثة جنود من جيش زمرستان مصرعهم في حادث مروري")) == []
    assert codes(code_real("ولقي ثلاثة جنود من جيش زمرستان مصرعهم في هجوم لمسلحي الغراب")) != []
    events = code_real("وأبدى جيش زمرستان قلقا من قدرة مسلحي الغراب على إصابة دباباته")
    assert "ASSAULT" not in {e.plover for e in events}


def test_a_penalty_reaching_a_year_and_a_fire_are_no_events(code_real):
    assert codes(code_real("ويواجه مسلحو الغراب السجن لمدة تصل إلى عام")) == []
    assert codes(code_real("ولقي ثلاثة من سكان فلورينا مصرعهم في حريق بمنزلهم")) == []
    assert codes(code_real("ولقي عشرات من سكان فلورينا حتفهم في الفيضانات")) == []


def test_roaming_the_streets_is_a_march(code_real):
    assert codes(code_real("وجاب المتظاهرون شوارع العاصمة أمس")) == ["141"]
    # يجب "must" and جيب "jeep" share letters with forms of جاب: never its forms
    assert codes(code_real("ويجب على المتظاهرون مغادرة الشوارع")) == []
    assert "141" not in codes(code_real("وانفجرت عبوة في سيارة جيب عند مدخل الشوارع"))


def test_a_masdar_object_of_its_own_verb_is_one_event(code_real):
    # تلقى اتصالا: one call, coded on the verb (the masdar is its object)
    events = code_real("تلقى رئيس زمرستان اتصالا هاتفيا من وزير خارجية فلوريا")
    assert pairs(events) == [("041", "FLRGOV", "ZMRGOV")]
    # the subject's words, however many, do not part the verb from its masdar
    events = code_real("تلقى رئيس زمرستان نجم الدين فلاني اتصالا هاتفيا من وزير خارجية فلوريا")
    assert codes(events) == ["041"]
    # a masdar of another root after a verb stays an event of its own
    assert "1831" in codes(code_real("وشن مسلحو الغراب هجوما انتحاريا على فلورينا أمس"))


def test_a_dated_aside_does_not_part_a_verb_from_its_masdar(code_text):
    events = code_text("تلقى الرئيس الفرنسي، أمس الثلاثاء، اتصالا هاتفيا من الرئيس العراقي.")
    assert [(e.cameo, e.trigger.text) for e in events] == [("041", "تلقى")]


def test_a_nisba_adjective_is_no_event_noun(code_real):
    # اجتماعي "social" is not "my meeting"; قتلى "the dead" is still a killing
    assert codes(code_real("وقال رئيس زمرستان وهو إخصائي اجتماعي إن الوضع صعب")) == []
    assert "190" in codes(code_real("وأسفر القصف عن سقوط قتلى في فلورينا أمس"))


def test_numbers_and_names_are_not_verbs(code_real):
    # واثنين "and two" is no praise (أثنى); the name فيصل is no "and arrives"
    events = code_real("وقال رئيس زمرستان إن ثمانية مهاجمين قتلوا في فلورينا، واثنين في العاصمة")
    assert "051" not in codes(events)
    assert codes(code_real("وترأس الوفد رئيس زمرستان فيصل إلى فلورينا")) == []


def test_a_figure_reached_is_no_arrival(code_real):
    # تصل إلى 15 مليار: an amount reaches a figure; nobody arrives
    assert codes(code_real("وقال رئيس زمرستان إن احتياطيات الغاز تصل إلى 15 مليار متر")) == []
    assert codes(code_real("ووصل رئيس زمرستان إلى فلورينا أمس")) == ["042"]


def test_a_word_counted_by_a_number_word_is_a_noun(code_real):
    # ألف طالب: a thousand students, no demand
    assert codes(code_real("وقال رئيس زمرستان إن في فلورينا ألف طالب زمرستاني")) == []
    assert codes(code_real("ويوجد في فلورينا ألف طالب من جيش زمرستان")) == []


def test_a_source_asking_to_stay_anonymous_makes_no_demand(code_real):
    # طالبا عدم الإشارة إلى اسمه: the journalists' formula of an unnamed source
    events = code_real("وقال رئيس حكومة طالبا عدم كشف هويته إن جيش زمرستان انسحب")
    assert [e.cameo[:2] for e in events] == ["08"]
    # a demand not to interfere is one
    events = code_real("وطالب رئيس زمرستان فلورينا بعدم التدخل")
    assert [e.cameo[:2] for e in events] == ["10"]


def test_a_number_reached_is_no_arrival(code_real):
    # تصل ... إلى 2.4 مليون: a figure, however far after the verb
    events = code_real("وقد تصل صادرات فلورينا من النفط إلى 2.4 مليون برميل يوميا")
    assert [e.cameo for e in events] == []
    events = code_real("وصل رئيس زمرستان إلى فلورينا في زيارة تستغرق 3 أيام")
    assert [e.cameo for e in events][:1] == ["042"]


def test_a_career_is_no_march(code_real):
    # مسيرتها السياسية: her political career, not a march
    events = code_real("باشرت مسيرتها السياسية عام 2010 كنائبة حزب العمال")
    assert [e.cameo for e in events] == []
    events = code_real("شارك المتظاهرون في مسيرة حاشدة")
    assert [e.cameo[:2] for e in events] == ["14"]


def test_a_feast_welcomed_and_a_coalition_named_are_no_events(code_real):
    # استقبال أول أيام عيد الفطر: the feast is welcomed; nobody is received
    assert code_real("اعتاد المواطنين استقبال أول أيام عيد الفطر بموائد شعبية") == []
    # but a reception on the feast is one (يستقبل المهنئين بعيد الفطر)
    events = code_real("رئيس زمرستان يستقبل المهنئين بعيد الفطر")
    assert [e.cameo for e in events] == ["043"]
    # تجمع «جيش الفتح»: a coalition named in quotes, not a gathering
    assert [e for e in code_real("بعد سيطرة تجمع «حزب النور الأخضر» على المدينة")] == []


def test_private_visits_are_no_events(code_real):
    # زيارة الأماكن التاريخية by visitors, children or worshippers: private life
    assert code_real("وحرص المواطنين على زيارة الأماكن التاريخية في فلورينا") == []
    # a visit by a party stays one, and so does a citizen received by one
    assert [e.cameo for e in code_real("زار رئيس زمرستان فلورينا")] == ["042"]
    events = code_real("استقبل رئيس زمرستان المواطنين")
    assert [(e.cameo, e.source.code) for e in events] == [("043", "ZMRGOV")]


def test_deaths_run_over_or_in_a_fire_are_no_assault(code_real):
    assert code_real("مصرع وإصابة أربعة من المواطنين دهسا في فلورينا") == []
    assert code_real("حرائق غابات أسفرت عن مقتل جندي زمرستاني") == []


def test_reinforced_deployment_and_maghrebi_arrests(code_real):
    # عزز الجيش انتشاره: a force reinforcing its own deployment mobilises
    assert [(e.cameo, e.source.code) for e in code_real("وعزز جيش زمرستان انتشاره في فلورينا")] == [
        ("154", "ZMRMIL")
    ]
    # توقيف is an arrest, as اعتقال is
    assert [e.cameo for e in code_real("أعلنت شرطة زمرستان توقيف خمسة أشخاص")] == ["173"]


def test_a_ceasefire_watched_or_broken_is_no_truce(code_real):
    assert codes(code_real("ويراقب جيش زمرستان وقف إطلاق النار في فلورينا")) == []
    assert codes(code_real("وقصف جيش زمرستان فلورينا رغم وقف إطلاق النار")) == ["194"]
    assert codes(code_real("وقرر جيش زمرستان وقف إطلاق النار في فلورينا")) == ["0871"]


def test_lawsuits_and_complaints_are_received_not_hosted(code_real):
    assert codes(code_real("واستقبلت محكمة زمرستان نحو 103 دعاوى ضد الحكومة")) == []
    assert codes(code_real("واستقبل رئيس زمرستان أمس نحو 103 شكاوى من المواطنين")) == []
    assert codes(code_real("واستقبل رئيس زمرستان أمس وزير خارجية فلوريا")) == ["043"]


def test_calming_tensions_is_no_truce(code_real):
    assert codes(code_real("وأشاد رئيس زمرستان بجهود فلورينا في تهدئة التوترات الإقليمية")) == [
        "051"
    ]
    assert codes(code_real("وأعلن مسلحو الغراب تهدئة لمدة أسبوع في فلورينا")) == ["0871"]
