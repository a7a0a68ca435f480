"""The geo stage: place names with clitics and variants, offsets, the dateline, the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.document import ActorMention, Document, RawDoc, Sentence
from hadath.geo import dateline_place
from hadath.geo.stage import find_places
from hadath.resources import Resources


def located(text: str, resources: Resources) -> Document:
    doc = Document.from_raw(RawDoc(source="t.txt", kind="text", content=text))
    doc.text = text
    doc.sentences = [Sentence(0, 0, len(text), text)]
    return find_places(doc, resources)


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("وصل الوزير إلى بغداد أمس", "بغداد", "Baghdad"),
        ("وقال في باريس إن", "باريس", "Paris"),
        ("زار الرئيس وبغداد وأربيل", "بغداد", "Baghdad"),
        ("توجه الوفد لأربيل صباحا", "أربيل", "Erbil"),
        ("رسالة للعراق من فرنسا", "لعراق", "Iraq"),
        ("وصل إلى إِرْبِيل مساء", "إِرْبِيل", "Erbil"),
        ("في قطاع غزة والضفة الغربية", "قطاع غزة", "Gaza Strip"),
        ("الأوضاع في إقليم كردستان العراق", "إقليم كردستان العراق", "Kurdistan Region"),
    ],
)
def test_names_with_clitics_diacritics_and_several_words(
    resources: Resources, text: str, written: str, name: str
) -> None:
    places = located(text, resources).places
    first = places[0]
    assert (first.text, first.name) == (written, name)
    assert text[first.start : first.end] == written
    assert first.sentence == 0


def test_coordinates_and_ids(resources: Resources) -> None:
    [baghdad, paris, erbil] = located("بغداد وباريس وأربيل", resources).places
    assert (baghdad.geonameid, baghdad.country, baghdad.kind) == (98182, "IRQ", "city")
    assert paris.lat == pytest.approx(48.853, abs=0.01) and paris.country == "FRA"
    assert erbil.lon == pytest.approx(44.009, abs=0.01)


def test_ordinary_words_are_not_places(resources: Resources) -> None:
    text = "بين الطرفين أن الاتفاق في إطار آب الماضي بأنه سيعقد في مدينة كبيرة"
    assert located(text, resources).places == []
    # a given name that GeoNames also gives to a town (Adam, Oman)
    assert located("وقالت زهرة آدم المسؤولة المحلية", resources).places == []


def test_article_is_not_stripped_from_adjectives(resources: Resources) -> None:
    assert located("الدعم المالي للبرنامج", resources).places == []


def test_a_shared_name_follows_the_country_of_the_article(resources: Resources) -> None:
    libya = located("اشتباكات في طرابلس", resources).places[0]
    lebanon = located("شمال لبنان: اشتباكات في طرابلس", resources).places
    assert libya.country == "LBY"
    assert [p.country for p in lebanon] == ["LBN", "LBN"]


def test_the_places_of_the_wars_news_are_known(resources: Resources) -> None:
    # GeoNames gives Daraa an ancient Arabic name and no Arabic name to other places of
    # the news; the hand additions name them as the press does
    text = "قصف في درعا وجنين ورام الله وصعدة وحضرموت والغوطة الشرقية وعين العرب والقطيف"
    assert [p.country for p in located(text, resources).places] == [
        "SYR",
        "PSE",
        "PSE",
        "YEM",
        "YEM",
        "SYR",
        "SYR",
        "SAU",
    ]
    # ... so that a shared name follows them (Quneitra, not Kenitra in Morocco)
    places = located("قذائف على درعا والقنيطرة", resources).places
    assert [p.country for p in places] == ["SYR", "SYR"]
    # a word that is also a verb is a place only with its qualifier
    assert located("الطائرات تدمر المواقع", resources).places == []
    assert [p.country for p in located("آثار مدينة تدمر", resources).places] == ["SYR"]


def test_the_places_of_the_wars_further_east_and_south_are_known(resources: Resources) -> None:
    text = "هجمات في قندهار وهلمند ووزيرستان وديرا إسماعيل خان وكيسمايو وداماتورو وتمبكتو"
    assert [p.country for p in located(text, resources).places] == [
        "AFG",
        "AFG",
        "PAK",
        "PAK",
        "SOM",
        "NGA",
        "MLI",
    ]
    # Kashmir is disputed: a place of no one country
    assert [p.country for p in located("اشتباكات في كشمير", resources).places] == [None]


def test_a_place_inside_a_longer_actor_name_is_not_a_place(resources: Resources) -> None:
    text = "دعا هايكو ماس إلى الحوار في بغداد"
    doc = Document.from_raw(RawDoc(source="t", kind="text", content=text))
    doc.text = text
    doc.actors = [ActorMention("هايكو ماس", 4, 13, "DEUGOV", "DEU", "GOV")]
    assert [p.name for p in find_places(doc, resources).places] == ["Baghdad"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بغداد - الفرات:\nتلقى الرئيس اتصالا من باريس", "Baghdad"),
        ("باريس (أ ف ب) - قال وزير الخارجية في بغداد", "Paris"),
        ("عنوان الخبر\nأربيل: أعلنت حكومة الإقليم", "Erbil"),
        ("قال الوزير في بغداد إن باريس - تدعم", None),
    ],
)
def test_dateline(resources: Resources, text: str, expected: str | None) -> None:
    place = dateline_place(located(text, resources))
    assert (place.name if place else None) == expected


def test_empty_and_hostile_text(resources: Resources) -> None:
    assert located("", resources).places == []
    assert located("\x00\ufffd" * 100 + "؟؟" * 50, resources).places == []
    long_text = "في بغداد " * 20_000
    assert len(located(long_text, resources).places) == 20_000


def test_seed_articles_geocode_baghdad_paris_erbil(shared_dir: Path, resources: Resources) -> None:
    from hadath.ingest import read_paths
    from hadath.pipeline import Pipeline, default_stages

    seeds = shared_dir / "data" / "seeds"
    stages = [s for s in default_stages() if s.name in ("clean", "text", "actors", "geo")]
    pipeline = Pipeline(resources, stages)
    found: dict[str, tuple[float, float]] = {}
    for raw in read_paths([seeds], 50):
        for place in pipeline(raw).places:
            found[place.name] = (place.lat, place.lon)
    expected = {"Baghdad": (33.34, 44.40), "Paris": (48.85, 2.35), "Erbil": (36.19, 44.01)}
    for name, (lat, lon) in expected.items():
        assert name in found, name
        assert found[name] == (pytest.approx(lat, abs=0.02), pytest.approx(lon, abs=0.02))


def test_a_city_written_inside_a_place_of_another_country_is_a_namesake(
    resources: Resources,
) -> None:
    # "حي العامرية ببغداد": a Baghdad district; the gazetteer only knows El Amria, Algeria
    assert [p.name for p in located("تظاهروا في حي العامرية ببغداد", resources).places] == [
        "Baghdad"
    ]
    # alone, or joined by و (no preposition), the name is still that place
    assert [p.country for p in located("وصلوا إلى العامرية", resources).places] == ["DZA"]
    assert [p.country for p in located("العامرية وبغداد", resources).places] == ["DZA", "IRQ"]
    # a city inside its own country keeps both
    assert [p.country for p in located("في الموصل بالعراق", resources).places] == ["IRQ", "IRQ"]
