"""Targets past commas and relative clauses, received acts, joint acts, and the agent of a
protest (our own sentences, fictional actors)."""

from __future__ import annotations


def triples(events):
    return [
        (e.cameo, e.source.code, e.target.code if e.target else None, e.negated) for e in events
    ]


def test_target_after_relative_clause(code):
    ev = code("أشاد رئيس زمرستان بالدور الذي يقوم به وزير خارجية فلوريا")
    assert triples(ev) == [("051", "ZMRGOV", "FLRGOV", False)]


def test_target_after_parenthetical_date(code):
    ev = code("زار رئيس زمرستان، أمس الأحد، وزير خارجية فلوريا")
    assert triples(ev) == [("042", "ZMRGOV", "FLRGOV", False)]


def test_place_is_not_the_target(code):
    ev = code("أشاد رئيس زمرستان في فلورينا بوزير خارجية فلوريا")
    assert triples(ev) == [("051", "ZMRGOV", "FLRGOV", False)]


def test_target_not_past_sentence_end_or_new_clause(code):
    assert triples(code("أشاد رئيس زمرستان بالجهود. وزير خارجية فلوريا"))[0][2] is None
    assert triples(code("أشاد رئيس زمرستان بالجهود فيما وزير خارجية فلوريا"))[0][2] is None


def test_received_call_comes_from_the_caller(code):
    ev = code("تلقى رئيس زمرستان، مساء أمس، اتصالا هاتفيا من وزير خارجية فلوريا")
    assert triples(ev) == [("041", "FLRGOV", "ZMRGOV", False)]


def test_call_with_date_between_subject_and_object(code):
    ev = code("أجرى رئيس زمرستان، مساء الثلاثاء، اتصالا هاتفيا مع وزير خارجية فلوريا")
    assert triples(ev) == [("041", "ZMRGOV", "FLRGOV", False)]


def test_coordinated_parties_of_a_joint_act_target_each_other(code):
    ev = code("وقع رئيس زمرستان ووزير خارجية فلوريا اتفاقية تعاون")
    assert sorted(triples(ev)) == [
        ("057", "FLRGOV", "ZMRGOV", False),
        ("057", "ZMRGOV", "FLRGOV", False),
    ]


def test_coordinated_parties_of_a_one_sided_act_keep_no_target(code):
    ev = code("أشاد رئيس زمرستان ووزير خارجية فلوريا")
    assert sorted(triples(ev)) == [("051", "FLRGOV", None, False), ("051", "ZMRGOV", None, False)]


def test_violence_of_a_march_word_is_not_a_riot(code):
    # مسيرة is a march and, with other vowels, a drone: only people riot.
    ev = code("أطلقت مسيرة صاروخا على جيش زمرستان")
    assert [e.cameo for e in ev] == ["190"]
    assert [e.cameo for e in code("هاجم المتظاهرون جيش زمرستان")] == ["145"]


def test_crowd_is_the_most_confident_protest_source(code):
    ev = code("تظاهر المتظاهرون في فلورينا وطالب رئيس زمرستان بالإصلاح")
    protests = [e for e in ev if e.cameo.startswith("14")]
    best = max(protests, key=lambda e: e.confidence)
    assert best.source.sector == "CVL" and best.source.country == "FLR"
    assert best.source.code == "FLRCVL"


def test_a_complaint_targets_its_adversary_not_its_addressee(code_real):
    # شكوى إلى X ضد Y: Y is complained about; X only receives the complaint
    ev = code_real("قدم رئيس زمرستان شكوى إلى وزير خارجية فلوريا ضد جيش زمرستان")
    assert [(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in ev] == [
        ("11", "ZMRGOV", "ZMRMIL")
    ]
    # an appeal keeps its addressee: دعا X إلى التحرك ضد Y is addressed to X
    ev = code_real("دعا رئيس زمرستان وزير خارجية فلوريا إلى التحرك ضد جيش زمرستان")
    assert [(e.cameo[:2], e.target.code if e.target else None) for e in ev] == [("02", "FLRGOV")]


def test_aid_targets_its_beneficiary(code_real):
    # أرسل X، تنفيذا لتعليمات Y، مساعدات لفائدة Z: Z receives the aid, not Y
    ev = code_real(
        "أرسل رئيس زمرستان، تنفيذا لتعليمات وزير خارجية فلوريا، مساعدات إنسانية لفائدة المواطنين"
    )
    assert [(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in ev] == [
        ("07", "ZMRGOV", "CVL")
    ]


def test_a_short_name_in_parentheses_is_not_the_target(code_real):
    # X في فلورينا (Y), Y coded as X: the source's short name, not the one it calls on
    ev = code_real("دعا رئيس زمرستان في فلورينا (نجم الدين فلاني) المواطنين إلى الهدوء")
    assert [(e.cameo, e.source.code, e.target.code if e.target else None) for e in ev] == [
        ("020", "ZMRGOV", "CVL")
    ]


def test_an_authority_announcing_an_arrest_made_it(code_real):
    # أعلنت الشرطة اعتقال: the police announce their own arrest
    ev = code_real("أعلنت شرطة زمرستان أمس اعتقال خمسة أشخاص")
    assert [(e.cameo, e.source.code) for e in ev] == [("173", "ZMRCOP")]
    # a news agency only reports it, and a killing stays the speaker's report
    assert [e.source.code for e in code_real("أعلنت وكالة زمر للأنباء اعتقال خمسة أشخاص")] == [
        "---"
    ]
    assert all(e.source.code == "---" for e in code_real("أعلن رئيس زمرستان مقتل خمسة أشخاص"))


def test_a_speech_verb_after_a_comma_opens_another_clause(code):
    # the president speaks of the attack; he is not what the gunmen attacked
    ev = code("هاجم مسلحو الغراب القرية أمس، وقال رئيس زمرستان إن الوضع هادئ")
    assert triples(ev) == [("190", "UAF", None, False)]


def test_who_tells_of_an_explosion_did_not_set_it_off(code):
    ev = code("انفجرت عبوة ناسفة أمس، وقال جيش زمرستان إن أحدا لم يصب")
    assert all(e.source.code != "ZMRMIL" for e in ev)


def test_a_partner_of_the_subject_is_not_the_target(code):
    # the police share the army's act; the journalists are arrested
    for text in (
        "اعتقل جيش زمرستان، بالتنسيق مع شرطة زمرستان، صحفيين",
        "اعتقل جيش زمرستان بمشاركة شرطة زمرستان صحفيين",
    ):
        assert triples(code(text)) == [("173", "ZMRMIL", "CVL", False)]


def test_the_sources_own_country_is_its_side_not_the_party(code):
    # "Florina's stance" is the minister's own side; the party praised is Zamrestan's
    ev = code("أشاد وزير خارجية فلوريا بموقف فلورينا الداعم لرئيس زمرستان")
    assert triples(ev) == [("051", "FLRGOV", "ZMRGOV", False)]


def test_places_joined_to_a_place_are_places_too(code):
    # met in Florina and Kostala: the list of places goes on past the comma; the minister
    # (whose name starts with a و of its own) is the party met
    ev = code("التقى رئيس زمرستان في فلورينا، وكوستالا، وزير خارجية فلوريا")
    assert triples(ev) == [("040", "ZMRGOV", "FLRGOV", False)]


def test_a_joint_visit_is_not_a_visit_to_each_other(code):
    ev = code("زار رئيس زمرستان ووزير خارجية فلوريا المدينة القديمة")
    assert triples(ev) == [("042", "ZMRGOV", None, False), ("042", "FLRGOV", None, False)]


def test_a_time_of_day_is_no_clause_end(code):
    # the colon of 6:00 ends nothing: the army is still the act's target
    ev = code("هاجم مسلحو الغراب في الساعة 6:00 صباح أمس جيش زمرستان")
    assert triples(ev) == [("190", "UAF", "ZMRMIL", False)]


def test_a_verb_after_a_relative_pronoun_has_the_described_noun_as_subject(code):
    # the president met the minister (not the other way round)
    ev = code("وقال رئيس زمرستان، الذي التقى وزير خارجية فلوريا، إن الأمور جيدة")
    assert triples(ev) == [("040", "ZMRGOV", "FLRGOV", False)]
    # ... unless the verb disagrees with the relative (التي + a masculine verb) or carries
    # its pronoun (التقته): the relative is then the object, and the verb's subject follows
    ev = code("أشاد وزير خارجية فلوريا بشرطة زمرستان التي التقى رئيس زمرستان قادتها")
    assert ("040", "ZMRGOV", None, False) in triples(ev)
    ev = code("أشاد وزير خارجية فلوريا بجيش زمرستان الذي التقته شرطة زمرستان")
    assert ("040", "ZMRCOP", "ZMRMIL", False) in triples(ev)  # and the army its object


def test_a_person_is_not_the_target_of_their_own_act(code):
    # the same person named again after the verb is not a second party
    assert triples(code("أشاد نجم الدين فلاني بمواقف نجم الدين فلاني")) == [
        ("051", "ZMRGOV", None, False)
    ]


def test_the_titles_of_the_source_are_skipped_and_a_time_word_ends_a_place(code_text):
    # the prince's titles (his deputy premiership, his ministry) are not whom he met
    events = code_text(
        "التقى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
        "الوزراء وزير الدفاع في جدة اليوم الرئيس الفرنسي."
    )
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("SAUGOV", "FRAGOV")
    ]
    # اليوم closes the place phrase في القاهرة: the minister after it is the guest
    events = code_text("استقبل الرئيس المصري في القاهرة اليوم وزير الخارجية الأردني.")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("EGYGOV", "JORGOV")
    ]


def test_a_person_named_after_the_body_of_his_title_is_the_target(code_real):
    # الممثل الأعلى ... في شرطة X نجم الدين فلاني: the person the title names is received,
    # though his body stands after في
    events = code_real(
        "استقبل وزير خارجية فلوريا، اليوم، الممثل الأعلى للشؤون العسكرية في شرطة زمرستان"
        " نجم الدين فلاني"
    )
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("FLRGOV", "ZMRGOV")
    ]


def test_a_relative_verb_with_its_pronoun_has_its_subject_after_it(code_real):
    # X الذي استقبله، صباح أمس، Y: Y received X
    events = code_real(
        "وقال وزير خارجية فلوريا الذي استقبله، صباح أمس، رئيس زمرستان، إن الزيارة مهمة"
    )
    assert ("ZMRGOV", "FLRGOV") in [(e.source.code, e.target and e.target.code) for e in events]


def test_where_a_speaker_spoke_is_not_the_speaker(code_real):
    # قال X في كوستالا إن Y، ...، ستجري محادثات: X speaks, Kostala is where
    events = code_real(
        "قال جيش زمرستان في كوستالا إن خالد عمران، المسؤول الكبير، ستجري محادثات مع وزير"
        " خارجية فلوريا"
    )
    assert [(e.source.code, e.target and e.target.code) for e in events] == [("ZMRMIL", "FLRGOV")]


def test_the_genitive_charged_after_an_accusation_is_accused(code_real) -> None:
    # اتهام X بـ: X is charged, so accused; the accuser is not named
    events = code_real("وتصاعد الخلاف على خلفية اتهام رئيس زمرستان بالتدخل في الانتخابات")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("---", "ZMRGOV")
    ]
    # ... but with an actor after ل, the genitive accuses it
    events = code_real(
        "وتصاعد الخلاف على خلفية اتهامات رئيس زمرستان لرئيس فلورينا بالتدخل في الانتخابات"
    )
    assert [(e.source.code, e.target.country if e.target else None) for e in events] == [
        ("ZMRGOV", "FLR")
    ]
    # and with no charge after it, the genitive is the accuser
    events = code_real("وجاء اتهام رئيس زمرستان خلال اجتماعه في فلورينا")
    assert [e.source.code for e in events if e.cameo == "112"] == ["ZMRGOV"]
