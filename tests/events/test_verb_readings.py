"""Where a word spelled like both a past verb and its masdar (قصف، قتل) is the verb, and a
vocalised passive (قُتل) (the real dictionaries; our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from hadath.document import Event


def coded(code_text: Callable[[str], list[Event]], text: str) -> list[tuple[str, str, str | None]]:
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in code_text(text)]


def test_a_verb_right_after_the_subject_that_opens_its_clause(code_text) -> None:
    # إن طيران التحالف قصف: after its subject, قصف is the verb, with no anchor needed
    events = coded(code_text, "وقال شهود عيان إن طيران التحالف قصف معسكرا للجيش في مدينة يريم.")
    assert [(cameo, source) for cameo, source, _ in events] == [("194", "IGOWSTMIL")]


def test_a_damma_on_the_first_letter_marks_the_passive(code_text) -> None:
    # قُتل: the man was killed, by the forces named after it
    events = coded(code_text, "وقال الانفصاليون إن رجلا قُتل جراء قصف القوات الأوكرانية.")
    assert ("190", "UKRMIL", "CVL") in events
    # وقُتل جندي: the soldier is the casualty, not the killer
    events = coded(code_text, "وقُتل جندي في الهجوم على الحاجز أمس.")
    assert [(cameo, target) for cameo, _, target in events if cameo == "190"] == [("190", "MIL")]


def test_after_a_time_or_cause_word_a_word_is_a_noun(code_real) -> None:
    # بعد رفض: "after the refusal", never "he refused" (before a verb بعد takes أن)
    verbs = code_real("وبعد رفض رئيس زمرستان المبادرة عاد الوفد")
    assert [e.trigger.text for e in verbs if e.cameo.startswith("12")] == ["رفض"]
    assert code_real("عاد الوفد بعد دعم رئيس زمرستان للحكومة") == []
    assert [e.cameo for e in code_real("دعم رئيس زمرستان الحكومة")] == ["051"]


def test_a_long_subject_between_launch_and_its_rockets(code_real) -> None:
    # أطلق X (five words) صواريخ: the launch is a shelling, whoever stands between
    events = code_real("أطلق جيش زمرستان المتمركز شرق المدينة الحدودية صواريخ على فلورينا")
    assert [(e.cameo, e.source.code) for e in events] == [("194", "ZMRMIL")]
