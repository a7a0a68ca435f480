"""Private life, received calls told by a masdar, achievements, and two subjects parted by
a name (our own sentences, fictional actors, real patterns)."""

from __future__ import annotations


def dyads(events):
    return [(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in events]


def test_generic_people_meeting_among_themselves_is_no_event(code_real):
    assert [d for d in dyads(code_real("واجتمع أهالي القرية في الحديقة")) if d[0] == "04"] == []
    # with a party they meet, it stays
    events = code_real("واجتمع أهالي القرية مع رئيس زمرستان")
    assert ("04", "CVL", "ZMRGOV") in dyads(events)


def test_a_received_call_told_by_its_masdar_names_the_caller(code_real):
    # خلال تلقي X اتصالا من Y: Y called X, once
    events = code_real("وخلال تلقي رئيس زمرستان اتصالا من وزير خارجية فلوريا جرى بحث العلاقات")
    consults = [d for d in dyads(events) if d[0] == "04"]
    assert consults == [("04", "FLRGOV", "ZMRGOV")]


def test_achieving_is_not_investigating(code_real):
    assert [d for d in dyads(code_real("يحقق جيش زمرستان النجاح في كوستالا")) if d[0] == "09"] == []
    assert ("09", "FLR", None) in dyads(code_real("وتحقق فلورينا في الحادث"))


def test_two_subjects_parted_by_a_name_and_a_comma_act_together(code_real):
    # دعا X خالد عمران، وY إلى: Y is a second subject, not the one called upon
    events = code_real("دعا رئيس زمرستان خالد عمران، ووزير خارجية فلوريا إلى الحوار")
    requests = [d for d in dyads(events) if d[0] == "02"]
    assert {d[1] for d in requests} == {"ZMRGOV", "FLRGOV"}
    assert all(d[2] != "FLRGOV" for d in requests)


def test_a_statement_of_a_stance_is_one_event(code_real):
    # أكد X مجددا رفض فلورينا: the reaffirmed rejection, not a second rejection by Floriana
    events = code_real("أكد رئيس زمرستان مجددا رفض فلورينا الكامل للقرار")
    rejections = [d for d in dyads(events) if d[0] == "12"]
    assert len(rejections) == 1 and rejections[0][1] == "ZMRGOV"


def test_a_crowd_is_a_protest_only_among_the_words_of_one(code_real):
    protests = [d for d in dyads(code_real("واحتشد أهالي القرية لمشاهدة الألعاب النارية"))]
    assert [d for d in protests if d[0] == "14"] == []
    events = code_real("وتجمع أهالي القرية أمام سفارة فلوريا رافعين لافتات")
    assert ("14", "CVL", "FLRGOV") in dyads(events)


def test_categorical_is_no_boycott(code_real):
    events = code_real("وينفي جيش زمرستان نفيا قاطعا أي تورط في الهجوم")
    assert [d for d in dyads(events) if d[0] == "14"] == []


def test_a_crowd_of_fighters_is_a_force_mobilised(code_real):
    # حشد المئات من المقاتلين لاقتحام: mobilisation (154), not a rally of protesters
    events = code_real("وحشد جيش زمرستان المئات من المقاتلين لاقتحام كوستالا")
    assert [d[0] for d in dyads(events)] == ["15"]


def test_a_storm_named_like_a_verb_is_no_support(code_real):
    events = code_real("وما زالت فلورينا تعاني من آثار إعصار ساندي الذي ضربها")
    assert [d for d in dyads(events) if d[0] == "05"] == []


def test_the_body_a_spokesman_speaks_for_is_not_the_agent(code_real):
    # طبقا للمتحدث باسم جيش زمرستان: the army tells of the killing
    events = code_real("وقتل 43 شخصا في التفجير، طبقا للمتحدث باسم جيش زمرستان")
    assert events and all(d[1] != "ZMRMIL" for d in dyads(events))


def test_a_medal_names_a_game(code_real):
    events = code_real("وفازت فلورينا بميدالية ذهبية في الدورة التي استضافتها كوستالا")
    assert [d for d in dyads(events) if d[0] == "04"] == []


def test_a_threat_to_widen_operations_is_a_threat_of_force(code_real):
    events = code_real(
        'هدد رئيس زمرستان، في تصريحات أعقبت اللقاء، بـ"توسيع نطاق العمليات" ضد فلورينا'
    )
    assert [e.cameo for e in events] == ["138"]


def test_a_student_is_no_demand(code_real):
    # طالب الصيدلة، طالبا بجامعة: a student, not "demanded"
    events = code_real(
        "وقال رئيس زمرستان إن طالب الصيدلة الذي هاجم الجنود كان طالبا بجامعة كوستالا"
    )
    assert [d for d in dyads(events) if d[0] == "10"] == []
    assert ("10", "ZMRGOV", None) in dyads(code_real("وطالب رئيس زمرستان بالإفراج عن المعتقلين"))
