"""Commas that set off dates and places, and titles after a name the dictionary does not
know (our own sentences, fictional actors)."""

from __future__ import annotations


def dyads(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_commas_are_not_words_of_a_senses_window(code_real):
    # the object اتفاقية is the 14th word after وقع, the 16th token with the two commas
    text = (
        "وكان رئيس زمرستان قد وقع مع وزير خارجية فلوريا في العاصمة، في السادس والعشرين "
        "من كانون الثاني الماضي، اتفاقية شراكة"
    )
    assert ("057", "ZMRGOV", "FLRGOV") in dyads(code_real(text))


def test_a_title_after_an_unknown_name_is_the_subject(code_real):
    # سامي فلان is no actor; his title after the comma is the verb's subject
    events = code_real("واستقبل سامي فلان، رئيس زمرستان، وزير خارجية فلوريا")
    assert dyads(events) == [("043", "ZMRGOV", "FLRGOV")]


def test_a_comma_after_a_known_subject_is_not_a_title(code_real):
    # the subject is named before the comma: the actor after "في بيان" is not its title
    events = code_real("واستقبل رئيس زمرستان، أمس، وزير خارجية فلوريا")
    assert dyads(events) == [("043", "ZMRGOV", "FLRGOV")]


def test_a_time_after_baad_is_no_new_clause(code_real):
    # بعد ظهر أمس is "yesterday afternoon", not "after": the object still follows
    events = code_real("اغتال جيش زمرستان، بعد ظهر أمس، صحفيين في فلورينا")
    assert ("186", "ZMRMIL", "CVL") in dyads(events)


def test_a_named_subjects_title_between_commas_is_not_the_object(code_real):
    # حزب النور الأخضر is the subject's own party (his title), not what he rejected
    events = code_real("ورفض نجم الدين فلاني، زعيم حزب النور الأخضر، قرار جيش زمرستان أمس")
    assert dyads(events) == [("120", "ZMRGOV", "ZMRMIL")]


def test_the_actor_after_a_visits_masdar_is_the_visitor(code):
    # زيارة X إلى Y: X visits Y (whoever praises the visit)
    events = code("وتحدث رئيس زمرستان عن زيارة وزير خارجية فلوريا إلى كوستالا")
    assert ("042", "FLRGOV", "KST") in dyads(events)
    # also with ل: زيارة لوزير الخارجية is a visit by the minister, not to him
    events = code("وقال رئيس زمرستان إن أول زيارة لوزير خارجية فلوريا كانت أمس")
    assert [(c, s) for c, s, _ in dyads(events)] == [("042", "FLRGOV")]
    # a place right after it is the destination, and a visit with its owner's pronoun
    # (زيارته) has its visitor named before
    events = code("وتحدث رئيس زمرستان عن زيارته لفلورينا")
    assert all(e.source.code != "FLR" for e in events)
