"""Who suffers and who acts in casualty reports (our own sentences, fictional actors): the
passive read from an unvocalised verb with no object, verbs whose subject undergoes the
act, the attack that caused a casualty, the speaker of a reported act and the speaker's own
members."""

from __future__ import annotations


def pairs(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_actor_before_a_kill_verb_with_no_object_is_its_patient(code):
    # قتل with no object after it is the passive قُتل: the soldier was killed.
    assert pairs(code("وقال مصدر إن جندي زمرستاني قتل في هجوم على حاجز")) == [
        ("190", "---", "ZMRMIL")
    ]
    assert pairs(code("وقال مصدر إن جندي زمرستاني قتل وأصيب آخر"))[0] == (
        "190",
        "---",
        "ZMRMIL",
    )


def test_actor_before_a_kill_verb_with_an_object_is_its_agent(code):
    assert pairs(code("جيش زمرستان قتل صحفيين أمس")) == [("190", "ZMRMIL", "CVL")]
    # a plural verb agrees with its subject: active, whatever follows
    assert [e.source.code for e in code("مسلحو الغراب قتلوا ما مجموعه خمسة صحفيين")] == ["UAF"]


def test_the_subject_of_an_undergoer_verb_is_its_patient(code):
    # أصيب: the soldier is the casualty before or after the verb, force sector or not.
    assert pairs(code("أصيب جندي زمرستاني أمس")) == [("190", "---", "ZMRMIL")]
    assert pairs(code("جندي زمرستاني أصيب أمس")) == [("190", "---", "ZMRMIL")]


def test_the_attack_that_caused_a_casualty_is_not_the_casualtys_act(code):
    # في انفجار: the soldier is the explosion's patient too, never its agent.
    events = code("أصيب جندي زمرستاني في انفجار أمس")
    assert sorted(pairs(events)) == [("183", "---", "ZMRMIL"), ("190", "---", "ZMRMIL")]


def test_a_speaker_only_reports_an_act_after_a_bare_anna(code):
    # the police report the deaths; they did not kill
    events = code("قالت شرطة زمرستان إن ثلاثة صحفيين قتلوا أمس")
    assert pairs(events) == [("190", "---", "CVL")]


def test_a_speaker_is_the_agent_after_anna_with_its_pronoun(code):
    assert pairs(code("أعلن جيش زمرستان أنه قتل صحفيين أمس")) == [("190", "ZMRMIL", "CVL")]


def test_a_speaker_is_the_agent_when_the_subject_is_its_own(code):
    # مقاتليه: the speaker's fighters
    assert pairs(code("أعلن جيش زمرستان أن مقاتليه هاجموا فلورينا أمس")) == [
        ("190", "ZMRMIL", "FLR")
    ]


def test_a_speaker_whose_member_was_killed_is_the_target(code):
    # أحد جنوده: the army's own soldier
    events = code("أعلن جيش زمرستان مقتل أحد جنوده في انفجار أمس")
    assert ("190", "---", "ZMRMIL") in pairs(events)
    assert all(e.source.code == "---" for e in events)


def test_civilians_before_a_plural_kill_verb_with_no_object_are_its_patients(code):
    # شخصين قتلا: the dual/plural passive; an armed subject keeps the active (above)
    assert pairs(code("وقال مصدر إن صحفيين قتلوا وأصيب آخرون"))[0] == ("190", "---", "CVL")


def test_a_quoted_clause_opens_after_its_quote(code):
    # إن «جندي زمرستاني قتل»: the quote does not hide that the soldier opens the clause
    assert pairs(code("وقال مصدر إن «جندي زمرستاني قتل في هجوم»")) == [("190", "---", "ZMRMIL")]


def test_an_actor_before_an_undergoer_verb_is_never_its_agent(code):
    # even when not right before it: جيش زمرستان did not "injure" anyone here
    events = code("جيش زمرستان قال أمس إنه أصيب صحفيين")
    assert all(e.source.code != "ZMRMIL" for e in events if e.cameo == "190")


def test_a_speaker_before_its_verb_only_reports_the_act(code_real):
    # SVO with a perfect particle: وكان X قد أعلن مقتل ... — X reports, it did not kill
    events = code_real("وكان جيش زمرستان قد أعلن مقتل صحفيين أمس")
    assert pairs(events) == [("190", "---", "CVL")]


def test_a_partitive_head_does_not_hide_a_fronted_patient(code):
    # أن أحد عناصر X قتل: one of X's members was killed
    assert pairs(code("وقال مصدر إن أحد عناصر جيش زمرستان قتل في هجوم")) == [
        ("190", "---", "ZMRMIL")
    ]


def test_a_violent_verb_joined_by_wa_shares_the_patient(code_real):
    # X قتل وجرح سبعة آخرون: the member is killed, not the agent of the injuries
    events = code_real("وأوضح البيان أن أحد عناصر جيش زمرستان قتل وجرح سبعة آخرون")
    assert events and all(e.source.code != "ZMRMIL" for e in events)


def test_a_joined_casualty_without_its_own_patient_shares_the_act_before(code, code_real):
    # the two wounded are of the soldier's party: one act of the gunmen against Zamrestan's
    # army, not a second event with nobody hurt
    assert pairs(code("قتل مسلحو الغراب جندي زمرستاني وأصيب اثنان")) == [("190", "UAF", "ZMRMIL")]
    # a bare place further on is where it happened, not who was wounded
    events = code_real("قتل مسلحو الغراب صحفيين، وأصيب ثلاثة آخرون في هجوم على سوق شمال فلورينا")
    assert [(e.cameo, e.trigger.text, e.target.code) for e in events if e.target][:2] == [
        ("190", "قتل", "CVL"),
        ("190", "هجوم", "FLR"),
    ]


def test_the_unarmed_genitive_of_a_violent_masdar_is_what_it_hit(code_real):
    # استهداف صحفيين: the journalists were targeted; استهداف مسلحي الغراب لـ: the gunmen target
    events = code_real("وتواصل استهداف صحفيين في فلورينا أمس بالرصاص")
    assert pairs(events) == [("190", "---", "CVL")]
    events = code_real("وتواصل استهداف مسلحي الغراب لفلورينا أمس بالصواريخ")
    assert pairs(events) == [("190", "UAF", "FLR")]


def test_casualties_after_a_verb_of_consequence_are_of_the_act_before(code_real, code_text):
    # مما أسفر عن مقتل: the one who opened fire killed them
    events = code_real("فتح جيش زمرستان النار على المتظاهرين مما أسفر عن مقتل صحفيين أمس")
    assert [(e.cameo, e.source.code) for e in events if e.trigger.text == "مقتل"] == [
        ("190", "ZMRMIL")
    ]
    events = code_text("وقد أطلقت الشرطة طلقات لتفريق مثيري الشغب، مما أسفر عن مقتل شخص وإصابة 11.")
    assert [e.source.code for e in events if e.trigger.text == "مقتل"] == ["COP"]
    # a place before it is where the blast was, not who caused it
    events = code_text(
        "وقالت الوزارة إن انفجارا في بلدة سروج بجنوب شرقي تركيا، أسفر عن مقتل 27 شخصا"
    )
    assert [e.source.code for e in events if e.trigger.text == "مقتل"] == ["---"]


def test_who_fell_dead_in_a_relative_clause_is_the_casualty(code_text):
    events = code_text("وما زالت تتوالى جنازات الباكستانيين الذين سقطوا قتلى في معارك سوريا.")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("---", "PAK")
    ]
    # ... and so is who was injured (أصيب: no agent, an undergoer)
    events = code_text("جنازات الجنود الذين أصيبوا في الهجوم")
    assert [e.target.code if e.target else None for e in events] == ["MIL"]


def test_a_list_before_a_plural_kill_with_no_object_was_killed(code_text):
    # اثنين من المتشددين وطفلين قتلوا: the children were killed, and so was the whole list
    events = code_text("ذكر مسؤولون في الهند أمس أن اثنين من المتشددين وطفلين قتلوا خلال اشتباكات")
    assert [(e.source.code, e.target.sector if e.target else None) for e in events] == [
        ("---", "CVL")
    ]
    events = code_text("وقال إن عسكريا وامرأة وحفيدتها ورجلا يبلغ من العمر 49 عاما قتلوا.")
    assert {e.source.code for e in events} == {"---"}
