"""Golden sentences (our own, fictional actors) for each construction of the grammar."""

from __future__ import annotations


def triples(events):
    return [
        (e.cameo, e.source.code, e.target.code if e.target else None, e.negated) for e in events
    ]


def test_vso_with_direct_object(code):
    ev = code("زار رئيس زمرستان وزير خارجية فلوريا أمس")
    assert triples(ev) == [("042", "ZMRGOV", "FLRGOV", False)]


def test_svo_and_preposition_target(code):
    ev = code("رئيس زمرستان أشاد بوزير خارجية فلوريا")
    assert triples(ev) == [("051", "ZMRGOV", "FLRGOV", False)]


def test_conjugations_and_clitics(code):
    ev = code("والتقت رئيس زمرستان مع وزير خارجية فلوريا")
    assert triples(ev) == [("040", "ZMRGOV", "FLRGOV", False)]
    ev = code("المتظاهرون تظاهروا في العاصمة")
    assert [e.cameo for e in ev] == ["141"]


def test_masdar_trigger(code):
    ev = code("بدأت زيارة رئيس زمرستان إلى وزير خارجية فلوريا")
    assert triples(ev) == [("042", "ZMRGOV", "FLRGOV", False)]


def test_object_changes_code(code):
    assert triples(code("أكد رئيس زمرستان دعمه لوزير خارجية فلوريا"))[0][0] == "051"
    assert triples(code("أكد رئيس زمرستان رفضه لوزير خارجية فلوريا"))[0][0] == "120"
    assert code("أكد رئيس زمرستان أن الطقس جميل") == []


def test_negation_flags_event(code):
    ev = code("لم يزر رئيس زمرستان وزير خارجية فلوريا")
    assert triples(ev) == [("042", "ZMRGOV", "FLRGOV", True)]
    ev = code("نفى رئيس زمرستان أن يكون جيش زمرستان قتل صحفيين")
    assert all(e.negated for e in ev) and ev
    # the particle also negates after و/ف
    ev = code("ولم يزر رئيس زمرستان وزير خارجية فلوريا")
    assert triples(ev) == [("042", "ZMRGOV", "FLRGOV", True)]


def test_intent_codes(code):
    assert triples(code("سيزور رئيس زمرستان وزير خارجية فلوريا"))[0][0] == "036"
    assert triples(code("من المقرر أن يلتقي رئيس زمرستان وزير خارجية فلوريا"))[0][0] == "036"
    assert triples(code("يعتزم رئيس زمرستان أن يزور فلوريا"))[0][0] == "036"
    # A future act with no CAMEO intent code is not an event (it has not happened).
    assert code("سيقتل جيش زمرستان صحفيين") == []


def test_passive_with_agent(code):
    ev = code("قتل صحفيين على يد جيش زمرستان")
    assert triples(ev) == [("190", "ZMRMIL", "CVL", False)]


def test_agentless_verb_takes_patient_as_target(code):
    ev = code("اعتقل صحفيين في العاصمة")
    assert triples(ev) == [("173", "---", "CVL", False)]


def test_reported_speech_speaker_is_source(code):
    ev = code("قال رئيس زمرستان إنه أشاد بوزير خارجية فلوريا")
    assert ("051", "ZMRGOV", "FLRGOV", False) in triples(ev)


def test_continuation_takes_previous_actor(code):
    ev = code("وصل رئيس زمرستان إلى العاصمة.", "من جانبه أشاد بوزير خارجية فلوريا")
    assert ("051", "ZMRGOV", "FLRGOV", False) in triples(ev)


def test_coordination_gives_one_event_per_actor(code):
    ev = code("زار رئيس زمرستان وحزب النور الأخضر وزير خارجية فلوريا")
    assert {(e.source.code, e.target.code if e.target else None) for e in ev} == {
        ("ZMRGOV", "FLRGOV"),
        ("ZMRPTY", "FLRGOV"),
    }


def test_event_ids_are_stable(code):
    a = code("زار رئيس زمرستان وزير خارجية فلوريا")
    b = code("زار رئيس زمرستان وزير خارجية فلوريا")
    assert [e.id for e in a] == [e.id for e in b]
    assert a[0].trigger.text == "زار" and a[0].coder == "hadath test / fixture"
