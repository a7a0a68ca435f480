"""A form I past verb written like its masdar (دعم، قتل): after an indefinite noun that
heads a construct it is the masdar (our own sentences, fictional actors)."""

from __future__ import annotations


def pairs(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_a_masdar_in_a_construct_is_no_past_verb(code_real):
    # برنامج دعم المواطنين: the programme of support, nobody supported anybody
    assert code_real("وأعلن رئيس زمرستان توقف برنامج دعم المواطنين") == []
    # رعاية ودعم: a masdar joined to a masdar
    assert code_real("وتحدث رئيس زمرستان عن رعاية ودعم المواطنين") == []


def test_the_past_verb_keeps_its_reading_where_a_verb_may_stand(code_real):
    assert pairs(code_real("دعم رئيس زمرستان فلورينا")) == [("051", "ZMRGOV", "FLR")]
    # after a noun with its pronoun (من جانبه) a verb may follow
    assert pairs(code_real("من جانبه دعم رئيس زمرستان فلورينا")) == [("051", "ZMRGOV", "FLR")]
    # a longer verb form after an indefinite noun is its adjective clause: still a verb
    assert [e.cameo for e in code_real("وانفجرت سيارة مفخخة استهدفت جيش زمرستان")][-1:] == ["190"]
