"""Verbs joined by و that share the subject of the act before them, and targets that stop
at a verb joined after a comma (our own sentences, fictional actors, real patterns)."""

from __future__ import annotations


def dyads(events):
    return [(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in events]


def test_a_joined_verb_with_an_object_and_complement_shares_the_subject(code_real):
    # واتهم جيش زمرستان بـ: the army is accused, not the accuser
    events = code_real("انتقد رئيس زمرستان القرار، واتهم في بيان جيش زمرستان بالتقصير")
    assert ("11", "ZMRGOV", "ZMRMIL") in dyads(events)
    events = code_real("أدان رئيس زمرستان الهجوم ودعا وزير خارجية فلوريا إلى التحقيق")
    assert ("02", "ZMRGOV", "FLRGOV") in dyads(events)


def test_a_joined_verb_with_its_own_subject_keeps_it(code_real):
    # two actors after the verb: the first is its own subject
    events = code_real("انتقد رئيس زمرستان القرار، واتهم جيش زمرستان فلورينا بالتقصير")
    assert ("11", "ZMRMIL", "FLR") in dyads(events)


def test_a_target_is_not_looked_for_past_a_joined_verb(code_real):
    # القرار is no actor: the criticism has no target; the army is the accusation's
    events = code_real("انتقد رئيس زمرستان القرار، واتهم في بيان جيش زمرستان بالتقصير")
    assert ("11", "ZMRGOV", None) in dyads(events)


def test_a_joined_verb_with_no_subject_continues_the_act_before_it(code_real):
    # وأجرى اتصالا بـ: the call is made by the condemner, not by the one called
    events = code_real("دان رئيس زمرستان القصف، وأجرى اتصالا بوزير خارجية فلوريا")
    assert ("04", "ZMRGOV", "FLRGOV") in dyads(events)
    # a material act too: the gunmen attack, then open fire
    events = code_real("هاجم مسلحو الغراب القرية، وأطلقوا النار على المواطنين")
    assert ("19", "UAF", "CVL") in dyads(events)


def test_a_continued_verb_of_being_wounded_takes_no_subject_from_before(code_real):
    # وأصيب عشرة: ten were wounded; the one who condemned did not wound them
    events = code_real("أدان رئيس زمرستان القصف، وأصيب عشرة")
    assert all(e.source.code != "ZMRGOV" for e in events if e.cameo[:2] in ("18", "19"))


def test_a_masdar_with_its_owner_is_not_a_continued_verb(code_real):
    # وتعهدها "and its pledge" is no verb with the subject of the claim before it
    events = code_real("أدان رئيس زمرستان القرار، وتعهدها بالتصعيد")
    assert [d for d in dyads(events) if d[0] == "03"] == []


def test_a_pronoun_after_a_continued_verb_names_the_earlier_object(code_real):
    # استقبل X Y، وأكد له: Y is thanked, as the object of the reception
    events = code_real("استقبل رئيس زمرستان وزير خارجية فلوريا، وأشاد له بالتعاون")
    assert ("05", "ZMRGOV", "FLRGOV") in dyads(events)


def test_the_genitive_of_an_oblique_noun_is_not_the_subject(code_real):
    # أشاد بجهود فلورينا: Floriana's efforts are praised, Floriana does not praise
    events = code_real("التقى رئيس زمرستان وزير خارجية فلوريا، وأشاد بجهود فلورينا")
    assert ("05", "ZMRGOV", "FLR") in dyads(events)


def test_a_pronoun_glued_to_a_joined_verb_points_back_to_the_object(code_real):
    # ودعاه: "and invited him" - the one praised, not the place after the invitation
    events = code_real("أشاد رئيس زمرستان بوزير خارجية فلوريا ودعاه إلى زيارة فلورينا")
    assert dyads(events) == [("05", "ZMRGOV", "FLRGOV"), ("02", "ZMRGOV", "FLRGOV")]


def test_the_object_of_the_act_is_not_the_subject_of_a_verb_that_points_back_to_it(code_real):
    # وبحث معه: the one received talks with nobody else; one consultation, told once
    events = code_real("استقبل رئيس زمرستان وزير خارجية فلوريا وبحث معه الأوضاع في فلورينا")
    assert dyads(events) == [("04", "ZMRGOV", "FLRGOV")]


def test_the_receiver_of_an_act_is_the_subject_that_goes_on(code_real):
    # تلقى X اتصالا من Y ودعاه: X received the call and X invites Y
    events = code_real("تلقى رئيس زمرستان اتصالا من وزير خارجية فلوريا ودعاه إلى زيارة فلورينا")
    assert dyads(events) == [("04", "FLRGOV", "ZMRGOV"), ("02", "ZMRGOV", "FLRGOV")]
