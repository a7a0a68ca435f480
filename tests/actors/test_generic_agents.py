"""Table-driven tests of generic agents, compose rules and datelines (written by the team).

Rows are (text, date, [expected codes of the mentions, in text order]): generic people
(civilians, worshippers, pupils, criminals, unidentified attackers), weapons and strikes that
take the nisba of their army, supporters and plurals in construct, ambiguous words that must
not become actors, and datelines/bylines that name a place or agency without it acting.
"""

from __future__ import annotations

import pytest

from hadath.actors import find_actor_mentions
from hadath.actors.dateline import is_dateline

D = "2016-06-15"

GENERIC_PEOPLE = [
    ("قتل ثلاثة أشخاص في الانفجار", D, ["CVL"]),
    ("وأصيب عدد من الأطفال والنساء", D, ["CVL", "CVL"]),
    ("هاجم المسلحون المصلين داخل المسجد", D, ["UAF", "REL", "REL"]),
    ("تعرضت كنيسة في المدينة لهجوم", D, ["REL"]),
    ("رجال الدين الشيعة", D, ["REL"]),  # two agents of one sector are one actor
    ("تظاهر التلاميذ أمام الوزارة", D, ["EDU", "GOV"]),
    ("سقطت قذيفة على مدرسة ابتدائية", D, ["EDU"]),
    ("أوقفت الشرطة عصابة إجرامية", D, ["COP", "CRM"]),
    ("اعتقل الأمن المجرمين الفارين", D, ["COP", "CRM"]),
    ("أطلق مجهولين النار على السيارة", D, ["UAF"]),
    ("اغتال مسلحين مجهولين ضابطا في الشرطة", D, ["UAF", "COP"]),
    ("هاجم الفدائيون الموقع", D, ["UAF"]),
    ("أصيب رجل أمن بجروح", D, ["COP"]),
    ("قتل مقاتلا في الاشتباكات", D, ["REB"]),
    ("وطالبوا العسكر بالتنحي عن السلطة", D, ["MIL"]),  # the military as rulers
    ("نقل الجرحى إلى المستشفى", D, ["HLH"]),
    ("استهدف القصف مقر الرئاسة", D, ["GOV"]),
    ("تجمع الشبان في الساحة", D, ["CVL"]),
    ("ودعا المشاركون في المسيرة الحكومة", D, ["CVL", "GOV"]),  # a march's participants
]

WEAPONS_AND_STRIKES = [
    ("أصاب صاروخ إسرائيلي السيارة", D, ["ISRMIL"]),
    ("قتلوا في غارة جوية أمريكية", D, ["USAMIL"]),
    ("الضربات الجوية الأمريكية", D, ["USAMIL"]),
    ("استمر القصف التركي على القرى", D, ["TURMIL"]),
    ("مرت دورية بريطانية في الشارع", D, ["GBRMIL"]),
    ("غارة", D, []),  # a strike with no nisba names no actor
    ("القصف العنيف", D, []),
    ("قصف العراق", D, ["IRQ"]),  # a country after a masdar is its object, not its army
    ("اجتماعات دورية", D, []),  # دورية as the adjective "periodic"
    ("قصف سلاح الجو الإسرائيلي المواقع", D, ["ISRMIL"]),  # the strike is not its force
    ("اغتال الطيران الإسرائيلي ناشطين", D, ["ISRMIL", "CVL"]),
    ("تطوير الطيران المدني", D, []),  # aviation with no nisba is no force
]

SUPPORTERS_AND_CONSTRUCT = [
    ("تظاهر أنصار ماكرون", "2021-08-28", ["FRACVL"]),
    ("رشق متظاهرو حزب الله الحجارة", D, ["LBNCVL"]),
    ("أنصار الحركة", D, ["CVL"]),  # supporters of an unknown movement
    ("هاجم مسلحو داعش القرية", D, ["IMGREB"]),  # members of an armed group
    ("قتل مقاتلي حزب العمال الكردستاني", D, ["KURREB"]),  # fighters of an armed group
    ("مواطني سوريا", D, ["SYRCVL"]),
    ("تجمع أنصار الله في صنعاء", D, ["YEMREB", "YEM"]),  # the organisation, not supporters
    # the members' people after the organisation is their adjective, not a second actor
    ("مقتل ثمانية من مقاتلي البيشمركة الأكراد", D, ["KURMIL"]),
    # several ministers of one portfolio take the country that follows, untitled
    ("كما سيلتقي وزراء خارجية بريطانيا", D, ["GBRGOV"]),
    ("رئيس مجلس الوزراء", D, ["GOV"]),  # the longer title still wins
]

# A member noun counted out of an organisation (partitive من) is one actor, coded as the
# "of" agents are: armed members of an armed group are the group.
PARTITIVES = [
    ("قتل نحو 150 متمردا من طالبان", D, ["IMGREB"]),
    ("اشتبكت القوات مع مسلحين من «حزب العمال الكردستاني»", D, ["MIL", "KURREB"]),
    ("اعتقلت الشرطة طلابا من حركة فتح", D, ["COP", "PSEEDU"]),  # not armed: the country
    ("تظاهر الطلاب أمام الوزارة من حركة فتح", D, ["EDU", "GOV", "PSEPTY"]),  # not adjacent
    ("التقى الرئيس من حركة فتح", D, ["GOV", "PSEPTY"]),  # a titled agent is not a member
]

# Counted people: 11-99 take a singular accusative (قتل 13 عراقيا، 20 شخصا).
COUNTED = [
    ("قتل 13 عراقيا في الانفجار", D, ["IRQ"]),
    ("قتل 20 شخصاً واصيب شخصان", D, ["CVL", "CVL"]),
    ("أبدى موقفا عراقيا موحدا", D, []),  # a singular nisba not counted is an adjective
    ("قتل جنديا عراقيا", D, ["IRQMIL"]),  # after an agent it still composes
]

AMBIGUOUS_WORDS = [
    ("وقال في مؤتمر صحافي أمس", D, []),  # the press conference's adjective is no journalist
    ("في تصريح صحفي عقب التوقيع", D, []),
    ("وقال الصحفي إن", D, ["MED"]),
    ("اتحاد أمريكا الجنوبية لكرة القدم", D, ["SAM"]),  # a region, not "أمريكا" (USA)
    ("طالب المتظاهرون بوقف الحرب", D, ["CVL"]),  # طالب = "demanded"
    ("الطالب", D, ["EDU"]),
    ("أعلنت الرئاسة", D, []),  # which presidency? not an actor without a country
    ("أعلنت الرئاسة المصرية", D, ["EGYGOV"]),
    ("وقال وزير الدفاع ورئيس مجلس الوزراء", "2016-06-15", ["GOV", "GOV"]),
    # a deputy of a title is no member of parliament: what follows codes the actor
    ("وشنوا هجوما على نائب رئيس شرطة دبي", D, ["ARECOP"]),
    ("قال نائب مدير الوزارة", D, ["GOV"]),  # the ministry after it is not absorbed
    ("قال النائب في البرلمان", D, ["LEG", "LEG"]),
    ("استقبل نائب رئيس الوزراء", D, ["GOV"]),  # the longer executive title still wins
]

DATELINES = [
    ("عمان - رويترز: قال الملك", D, ["GOV"]),
    ("باريس (أ ف ب) - أعلنت الحكومة", D, ["GOV"]),
    ("* دكار - قال الرئيس", D, ["GOV"]),
    ("وقال لرويترز إن الجيش انسحب", D, ["GBRMED", "MIL"]),  # a source of reported speech
    ("وقال مسؤول لـ«رويترز»", D, ["GOV", "GBRMED"]),  # tatweel after ل is not a dash
    ("وزار الرئيس باريس أمس", D, ["GOV", "FRA"]),  # a capital inside a sentence stays
]

CASES = (
    GENERIC_PEOPLE
    + WEAPONS_AND_STRIKES
    + SUPPORTERS_AND_CONSTRUCT
    + PARTITIVES
    + COUNTED
    + AMBIGUOUS_WORDS
    + DATELINES
)


def test_there_are_at_least_30_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    ("text", "date", "expected"), CASES, ids=[f"{i}-{c[0][:20]}" for i, c in enumerate(CASES)]
)
def test_generic_codes(resources, text: str, date: str | None, expected: list[str]) -> None:
    mentions = find_actor_mentions(text, date, resources.actors)
    assert [m.code for m in mentions] == expected
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "word", "media", "expected"),
    [
        ("القاهرة - قال", "القاهرة", False, True),
        ("القاهرة – قال", "القاهرة", False, True),  # en dash
        ("وصل الوفد أمس إلى القاهرة - العاصمة", "القاهرة", False, False),  # 4 words in
        ("خبر\nبغداد - أعلن", "بغداد", False, True),  # at the start of a later line
        ("(رويترز)", "رويترز", True, True),
        ("عمان - رويترز: ", "رويترز", True, True),
        ("نقلت رويترز عن مصدر", "رويترز", True, False),
        ("قال لـ رويترز", "رويترز", True, False),
    ],
)
def test_is_dateline(text: str, word: str, media: bool, expected: bool) -> None:
    start = text.index(word)
    assert is_dateline(text, start, start + len(word), media=media) is expected


def test_a_bare_strike_word_after_a_force_is_its_verb_not_part_of_it(resources) -> None:
    # الجيش قصف المدينة: "the army shelled the town"; قصف is not part of the actor's name
    mentions = find_actor_mentions("الجيش قصف المدينة", D, resources.actors)
    assert [(m.text, m.code) for m in mentions] == [("الجيش", "MIL")]
    # a definite one is the force's own weapon: وحدات المدفعية is one actor
    mentions = find_actor_mentions("وزار الوزير وحدات المدفعية", D, resources.actors)
    assert [m.text for m in mentions][-1] == "وحدات المدفعية"
