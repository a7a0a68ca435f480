"""Reported happenings versus topics: the `reporting` section of grammar.yaml.

Our own sentences with fictional actors; each pins one general construction.
"""

from __future__ import annotations


def cameos(events):
    return [e.cameo for e in events]


def test_finite_past_verb_with_named_actor_reports(code):
    assert cameos(code("اغتال جيش زمرستان رئيس زمرستان")) == ["186"]


def test_unanchored_past_verb_without_actor_is_dropped(code):
    # No named actor, no victim, weapon or time: a bare mention, not a report.
    assert code("وهكذا اغتال الزمن أحلامه") == []


def test_masdar_needs_an_episode_anchor(code):
    assert cameos(code("أدى انفجار سيارة مفخخة إلى سقوط ضحايا")) == ["183"]
    assert cameos(code("وقع انفجار في السوق أمس")) == ["183"]
    assert code("تحدث التقرير عن انفجار الأزمة الاقتصادية") == []


def test_a_count_of_patients_anchors_a_masdar(code):
    # اعتقال 41: an arrest of so many people happened; not a year, a date or a measure
    assert cameos(code("أعلن جيش زمرستان اعتقال 41 مطلوبا")) == ["173"]
    assert cameos(code("أعلن جيش زمرستان اعتقال نحو 41 مطلوبا")) == ["173"]
    assert code("تحدث التقرير عن اعتقال 1999 في الذاكرة") == []
    assert code("تحدث التقرير عن اعتقال 1.5 في المئة") == []


def test_topic_frame_blocks_masdar(code):
    # ذكرى، بتهمة، مكافحة: the violence is the topic of something else.
    assert code("أحيا الناس ذكرى انفجار سيارة مفخخة") == []
    assert code("حوكم الرجل بتهمة انفجار عبوة ناسفة") == []


def test_question_and_condition_report_nothing(code):
    assert code("هل اغتال جيش زمرستان رئيس زمرستان؟") == []
    assert code("إذا اغتال جيش زمرستان رئيس زمرستان فستندلع حرب") == []


def test_generic_present_of_violence_is_not_a_report(code):
    assert code("جيش زمرستان يغتال من يشاء ويضرب من يشاء") == []


def test_relative_clause_is_background(code):
    # الذي اغتيل ...: background of a noun, unless anchored.
    assert code("تحدث عن المعارض الذي اغتاله جيش زمرستان") == []
    assert cameos(code("تحدث عن المعارض الذي اغتاله جيش زمرستان أمس")) == ["186"]


def test_past_and_masdar_homograph_reads_by_position(code):
    # ضرب after a noun is the masdar (style, manner); first in its clause it is the verb.
    assert code("تحدث الكاتب عن ضرب من الشعر") == []
    assert cameos(code("وضرب جيش زمرستان المتظاهرين بالهراوات")) == ["190"]


def test_protest_content_and_protester_source(code):
    events = code("تظاهر المتظاهرون أمام المقر وطالبوا برحيل رئيس زمرستان")
    assert set(cameos(events)) == {"141"}
    assert all(e.source.sector == "CVL" for e in events)


def test_repression_of_protesters_is_not_a_riot(code):
    # المتظاهرين (accusative) is the patient: beating them is not their riot.
    events = code("وضرب جيش زمرستان المتظاهرين بالهراوات")
    assert cameos(events) == ["190"]
    assert events[0].source.code == "ZMRMIL"


def test_the_speaker_after_a_word_only_reports(code_text):
    # قائد شرطة X، مصدر مسؤول في الوزارة: the subject of the speech verb tells of the
    # killing, it does not kill
    events = code_text("وصرح قائد شرطة لامو إن خمسة أشخاص قتلوا في الهجوم")
    assert [(e.cameo, e.source.code) for e in events] == [("190", "---")]
    events = code_text("وأفاد مصدر مسؤول في وزارة الصحة بأن انفجار السيارة المفخخة خلف خمسة قتلى")
    assert {e.source.code for e in events} == {"---"}


def test_a_short_plural_in_yn_after_a_verb_is_its_object(code_text):
    # مصلين (five letters) is accusative: the worshippers were targeted
    events = code_text("وقع انفجار في السوق واستهدف مصلين كانوا في المسجد")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [
        ("---", "REL")
    ]
