"""Claims of responsibility name an attack's agent (our own sentences, fictional actors,
the real pattern dictionary)."""

from __future__ import annotations


def sources(events, cameo_root: str = "18") -> list[str]:
    return [e.source.code for e in events if e.cameo.startswith(cameo_root)]


def test_a_claim_before_the_attack_names_its_agent(code_real):
    # the victims (صحفيين) stand between the claim and the attack word: not its agent
    events = code_real(
        "وتبنت مسلحو الغراب أمس مسؤوليتها عن الهجوم، الذي قتل صحفيين في هجوم انتحاري"
    )
    assert sources(events) == ["UAF"]


def test_a_claim_noun_takes_the_actor_its_speech_verb_introduces(code_real):
    events = code_real("وأعلن جيش زمرستان مسؤوليته عن هجوم انتحاري على فلورينا أمس")
    assert sources(events) == ["ZMRMIL"]


def test_a_claim_right_after_the_attack_word(code_real):
    events = code_real("قتل صحفيين في هجوم انتحاري تبنته مسلحو الغراب أمس")
    assert "UAF" in sources(events)


def test_a_denied_claim_names_no_agent(code_real):
    # the army denies: the attack is not coded as its act (at most as a negated event)
    events = code_real("ونفى جيش زمرستان مسؤوليته عن هجوم انتحاري على فلورينا أمس")
    assert "ZMRMIL" not in sources([e for e in events if not e.negated])
    events = code_real("وأعلن جيش زمرستان أمس أنه نفى مسؤوليته عن هجوم انتحاري على فلورينا")
    assert "ZMRMIL" not in sources([e for e in events if not e.negated])


def test_the_group_of_killed_members_is_not_the_agent(code_real):
    # مقتل اثنين من قادة مسلحي الغراب: the gunmen's leaders were killed; they did not kill
    events = code_real("وأفاد مصدر بمقتل اثنين من قادة مسلحو الغراب في غارة أمس")
    assert "UAF" not in sources(events, "19")


def test_the_source_of_a_report_is_not_the_attacks_agent(code_real):
    # حسب مسؤولين: who tells of the attack
    events = code_real("وقتل خمسة صحفيين في هجوم أمس حسب جيش زمرستان")
    assert "ZMRMIL" not in sources(events, "1")


def test_a_counted_noun_from_a_group_makes_the_group_the_patient(code_real):
    # قتلت 16 عنصرا من مسلحي الغراب: the gunmen are the patients
    events = code_real("وقال مصدر إن جيش زمرستان قتل 16 عنصرا من مسلحي الغراب أمس")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("ZMRMIL", "UAF")
    ]


def test_a_claim_of_it_further_on_names_the_agent_of_the_act_it_caused(code_real):
    # قتل ... اثر هجوم انتحاري تبنته X: the attack's claimer killed them
    events = code_real(
        "وقتل أمس خمسة صحفيين ومهندس في شمال فلورينا وجنوبها، اثر هجوم انتحاري تبنته مسلحو الغراب"
    )
    assert sources(events, "19") == ["UAF"]
