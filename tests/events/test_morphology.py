"""The verb-form generator: conjugations, passives and derived masdars."""

from __future__ import annotations

from hadath.events.morphology import conjugate, derived_masdars, passive_forms
from hadath.text.normalize import normalize_form


def _n(*words: str) -> set[str]:
    return {normalize_form(w) for w in words}


def test_sound_verb_past_and_present() -> None:
    forms = conjugate(normalize_form("قتل"), normalize_form("يقتل"))
    assert _n("قتل", "قتلت", "قتلوا", "قتلا", "قتلن", "قتلتم") <= forms.past
    assert (
        _n("يقتل", "تقتل", "نقتل", "أقتل", "يقتلون", "يقتلوا", "تقتلان", "يقتلن") <= forms.present
    )
    assert not forms.passive  # قُتل is spelt like قَتل


def test_defective_verb_drops_its_weak_letter() -> None:
    forms = conjugate(normalize_form("دعا"), normalize_form("يدعو"))
    assert _n("دعت", "دعوا") <= forms.past
    assert _n("يدعو", "تدعو", "يدعون", "يدعوان") <= forms.present
    meet = conjugate(normalize_form("التقى"), normalize_form("يلتقي"))
    assert _n("التقت", "التقوا", "التقينا") <= meet.past
    assert _n("يلتقون", "تلتقي") <= meet.present


def test_hollow_verb_short_forms_and_passive() -> None:
    forms = conjugate(normalize_form("زار"), normalize_form("يزور"))
    assert _n("زرت", "زرنا") <= forms.past
    assert normalize_form("يزر") in forms.present  # jussive after لم
    assert _n("زير", "زيرت") <= forms.passive
    assert _n("اغتيل", "اغتيلت", "اغتيلوا") <= passive_forms(normalize_form("اغتال"))


def test_absent_present_is_allowed() -> None:
    assert conjugate(normalize_form("أضرب"), "-").present == frozenset()


def test_derived_masdars() -> None:
    assert derived_masdars(normalize_form("استنكر")) == _n("استنكار")
    assert derived_masdars(normalize_form("اغتال")) == _n("اغتيال")
    assert derived_masdars(normalize_form("اعتصم")) == _n("اعتصام")
    assert derived_masdars(normalize_form("احتج")) == _n("احتجاج")
    assert derived_masdars(normalize_form("انسحب")) == _n("انسحاب")
    # Form I masdars are not predictable without vowels: none are invented.
    assert derived_masdars(normalize_form("قتل")) == set()
