"""An attack that names no party hit targets the country of the place it hit, found after
its trigger in its own clause (the real dictionaries and gazetteer; our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from hadath.document import Event


def coded(
    code_text: Callable[[str], list[Event]], text: str
) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.cameo, e.target.code if e.target else None, e.target.text if e.target else None)
        for e in code_text(text)
    ]


def test_an_attack_without_a_party_hit_targets_the_country_of_the_place(code_text) -> None:
    assert coded(code_text, "انفجرت سيارة مفخخة أمس في سوق شعبي بمدينة الموصل.") == [
        ("1832", "IRQ", "الموصل")
    ]
    # commas around a time adverbial do not end the clause; the preposition في is no و
    assert coded(code_text, "انفجرت سيارة مفخخة، أمس، في سوق شعبي بمدينة الموصل.") == [
        ("1832", "IRQ", "الموصل")
    ]


def test_a_named_party_hit_stays_the_target(code_text) -> None:
    events = coded(code_text, "قتل خمسة مدنيين في انفجار سيارة مفخخة في بغداد أمس.")
    assert events and all(code == "IRQCVL" for _, code, _ in events)


def test_a_place_before_the_attack_or_in_another_clause_is_not_hit(code_text) -> None:
    # Mosul is where the spokesman spoke; Amman is in the clause of وقال
    before = coded(code_text, "وقال المتحدث في الموصل إن انفجارا وقع أمس.")
    assert before and all(code is None for _, code, _ in before)
    joined = coded(code_text, "انفجرت سيارة مفخخة أمس، وقال مسؤولون في عمان إن الانفجار وقع.")
    assert joined and all(code is None for _, code, _ in joined)


def test_a_country_that_attacks_is_not_its_own_target(code_text) -> None:
    assert coded(code_text, "هاجمت سوريا مواقع في مدينة حلب.") == [("190", None, None)]


def test_a_protest_takes_no_target_from_where_it_is_held(code_text) -> None:
    events = coded(code_text, "تظاهر الطلاب في مدينة حلب أمس.")
    assert events and all(code is None for _, code, _ in events)
    # it faces the parliament, in Aleppo: the parliament, not Syria
    events = coded(code_text, "تظاهر الطلاب أمام البرلمان في مدينة حلب أمس.")
    assert [text for _, _, text in events] == ["البرلمان"]


def test_what_is_blown_up_is_the_patient_of_the_bombing(code_text) -> None:
    # تفجير المسجد: the mosque was blown up; a suicide bomber after the verb is its agent
    bombing = next(
        e for e in code_text("أسفر تفجير المسجد أمس عن مقتل 15 شخصا.") if e.cameo == "183"
    )
    assert (bombing.source.text, bombing.target and bombing.target.text) == ("", "المسجد")
    events = code_text("فجر انتحاري نفسه في مسجد.")
    assert [(e.cameo, e.source.text) for e in events] == [("1831", "انتحاري")]
