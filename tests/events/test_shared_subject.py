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
