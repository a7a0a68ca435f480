"""Table-driven tests of the actor-side causes of wrong event sources (written by the team).

Rows are (text, date, [(expected code, expected entity or None), ...] in text order):
protesters in every number, gender and definiteness form; forces named by a nationality
adjective; settlers, terrorists, unidentified gunmen, men and suicide bombers; surnames that
refer to a full name given anywhere in the text (also a headline above it); persons with no
document date; a title written before a name, and the "former" modifier السابق; bare
definite agents that take the country the text gave them before.
"""

from __future__ import annotations

import pytest

from hadath.actors import find_actor_mentions

D = "2016-06-15"
AFTER_KADHIMI = "2024-03-01"  # Kadhimi was prime minister 2020-05 .. 2022-10

PROTESTERS = [
    ("ورفض الناخبون", D, [("CVL", None)]),
    ("وللمتظاهرين", D, [("CVL", None)]),
    ("فرقت الشرطة المتظاهرات", D, [("COP", None), ("CVL", None)]),
    ("خرجت متظاهرات", D, [("CVL", None)]),
    ("هتفت المحتجات", D, [("CVL", None)]),
    ("وقالت محتجة", D, [("CVL", None)]),
    ("بقيت المعتصمات في الساحة", D, [("CVL", None)]),
    ("والمعتصمة", D, [("CVL", None)]),
    ("اعتقل متظاهران", D, [("CVL", None)]),
    ("المتظاهرون الإيرانيون", D, [("IRNCVL", None)]),
    ("المحتجين العراقيين", D, [("IRQCVL", None)]),
    ("معتصمين لبنانيين", D, [("LBNCVL", None)]),
]

FORCES = [
    ("انسحبت القوات الأمريكية", D, [("USAMIL", None)]),
    ("والقوات الأميركية", D, [("USAMIL", None)]),
    ("قصفت القوات التركية", D, [("TURMIL", None)]),
    ("اقتحمت القوات الإسرائيلية", D, [("ISRMIL", None)]),
    # two agents of one sector are one actor, and the second one's nisba is theirs
    ("هاجمت قوات الجيش السوري", D, [("SYRMIL", None)]),
    ("التقى وفد الحكومة العراقية", D, [("IRQGOV", None)]),
    # forces before a government are its forces; forces named after a person, his country's
    ("قصفت قوات النظام السوري", D, [("SYRMIL", None)]),
    ("قصفت قوات الأسد", D, [("SYRMIL", None)]),
    # the armed opposition's forces and factions are rebels
    ("قصفت فصائل المعارضة", D, [("REB", None)]),
    ("قصفت فصائل المعارضة السورية", D, [("SYRREB", None)]),
    # foreign forces name no state: INT, as the OEDA coders mark "foreign"
    ("رحيل القوات الأجنبية", D, [("INTMIL", None)]),
    ("بوجود قوات أجنبية", D, [("INTMIL", None)]),
    ("قتل إسرائيليين", D, [("ISR", None)]),
    # a singular nisba alone is an adjective of a word we do not know, not an actor
    ("طعام إسرائيلي", D, []),
    # a state's acts and stances named by its nisba stand for its government or forces
    ("رفض الموقف الإسرائيلي", D, [("ISRGOV", None)]),
    ("دان الاعتداءات الإسرائيلية", D, [("ISRMIL", None)]),
    # ... but a masculine plural nisba describes people (the prisoners, not the war), and
    # an act never takes a name (the person is the actor)
    ("لأسرى الحرب الأمريكيين", D, [("USA", None)]),
    # a feminine dual nisba describes things: two American helicopters
    ("قصفت مروحيتين أمريكيتين", D, [("USAMIL", None)]),
    ("هاجمت مروحيتان أميركيتان", D, [("USAMIL", None)]),
    # aircraft with a nisba are the air force that flies them
    ("وقتلت طائرة أمريكية بلا طيار", D, [("USAMIL", None)]),
    ("شنت طائرات حربية إسرائيلية", D, [("ISRMIL", None)]),
    # the singular fighter after a count takes its nisba; alone it is no actor
    ("بمقتل نحو 200 مقاتل باكستاني", D, [("PAKREB", None)]),
    ("قتل 150 مقاتل في المعارك", D, []),
]

ARMED_AND_OTHERS = [
    ("هاجم المستوطنون", D, [("ISRCRM", None)]),
    ("ومستوطنين", D, [("ISRCRM", None)]),
    ("هاجم الإرهابيون", D, [("UAF", None)]),
    ("قتل الإرهابيين", D, [("UAF", None)]),
    ("خلية إرهابية", D, [("UAF", None)]),
    ("الهجوم الإرهابي", D, []),  # an adjective, not the attackers
    ("أطلق مسلحون مجهولون النار", D, [("UAF", None)]),
    ("اغتال مسلحين مجهولين", D, [("UAF", None)]),
    ("أطلق رجل مسلح النار", D, [("UAF", None)]),
    ("قتل رجل", D, [("CVL", None)]),
    ("طعن رجلا", D, [("CVL", None)]),
    ("فجر الانتحاري نفسه", D, [("UAF", None)]),
    ("فجر انتحاري حزامه", D, [("UAF", None)]),
]

COREF_AND_DATES = [
    # a headline surname before the full name, then after it
    (
        "الكاظمي في باريس. وصل رئيس الوزراء العراقي مصطفى الكاظمي. وقال الكاظمي",
        "2021-08-01",
        [
            ("IRQGOV", "kadhimi"),
            ("FRA", None),
            ("IRQGOV", "kadhimi"),
            ("IRQGOV", "kadhimi"),
        ],
    ),
    # a surname alone with no full name anywhere is not a person
    ("وقال الكاظمي", "2021-08-01", []),
    # no document date: the latest role, never ELI
    ("رئيس الوزراء العراقي، مصطفى الكاظمي", None, [("IRQGOV", "kadhimi")]),
    ("مصطفى الكاظمي", None, [("IRQGOV", "kadhimi")]),
    # with a date after the term: ELI alone, but the title written before the name wins
    ("مصطفى الكاظمي", AFTER_KADHIMI, [("IRQELI", "kadhimi")]),
    ("رئيس الوزراء العراقي مصطفى الكاظمي", AFTER_KADHIMI, [("IRQGOV", "kadhimi")]),
    # ... and a surname that refers back to it takes the same code
    (
        "رئيس الوزراء العراقي مصطفى الكاظمي. وأضاف الكاظمي",
        AFTER_KADHIMI,
        [("IRQGOV", "kadhimi"), ("IRQGOV", "kadhimi")],
    ),
    # "former": ELI, and the title is not resolved to today's holder
    ("رئيس الوزراء العراقي السابق مصطفى الكاظمي", AFTER_KADHIMI, [("IRQELI", "kadhimi")]),
    ("رئيس الوزراء العراقي السابق", AFTER_KADHIMI, [("IRQELI", None)]),
    ("وزير الخارجية السابق هوشيار زيباري", "2018-01-01", [("IRQELI", "zebari")]),
    ("الرئيس الأمريكي الأسبق", D, [("USAELI", None)]),
    ("الأسبوع السابق", D, []),  # السابق alone is never an actor
    # a title without a country, of a role the person held: that role's code
    ("الرئيس بشار الأسد", "2025-06-01", [("SYRGOV", "bashar_assad")]),
    # the title resolves to its holder on the date when no name follows
    ("رئيس الوزراء العراقي", AFTER_KADHIMI, [("IRQGOV", "sudani")]),
]

FILLER = " وتناول اللقاء سبل تعزيز العلاقات الثنائية في مختلف المجالات." * 6  # > 300 chars

BARE_TITLES = [
    # a bare title far from the person it names: the one president the text has named
    (
        "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأردني أيمن الصفدي."
        + FILLER
        + " وأضاف المتحدث أن السيد الرئيس طلب نقل تحياته إلى الملك عبد الله الثاني، ثم نقل "
        "الصفدي إلى الرئيس تحيات الملك.",
        "2024-01-10",
        [
            ("EGYGOV", "sisi"),
            ("JORGOV", "safadi"),
            ("EGYGOV", "sisi"),
            ("JORGOV", "abdullah2"),
            ("JORGOV", "safadi"),
            ("EGYGOV", "sisi"),  # not the king named just before
            ("JORGOV", "abdullah2"),
        ],
    ),
    # a surname that is also a nisba: the person once the text names them in full
    (
        "السوداني يستقبل ماكرون. وكان رئيس الوزراء محمد شياع السوداني قد دعاه. ووجه السوداني",
        "2023-11-15",
        [("IRQGOV", "sudani"), ("FRAGOV", "macron"), ("IRQGOV", "sudani"), ("IRQGOV", "sudani")],
    ),
    ("ووجه السوداني دعوة", "2023-11-15", []),  # never named in full: an adjective
    ("وقال الجيش السوداني", "2023-11-15", [("SDNMIL", None)]),
    # two presidents named: a far bare title is ambiguous and stays a sector
    (
        "اتصل الرئيس عبد الفتاح السيسي بالرئيس الفرنسي إيمانويل ماكرون." + FILLER + " وقال الرئيس",
        "2024-01-10",
        [("EGYGOV", "sisi"), ("FRAGOV", "macron"), ("GOV", None)],
    ),
]

HEAD_ANAPHORA = [
    # an organisation named with a construct head, then that head with the article
    (
        "التقى المبعوث وفد جماعة الحوثي. وكانت الجماعة قد هددت، وطالبت الحكومة بتصنيف "
        "الجماعة منظمة إرهابية.",
        D,
        [
            ("GOV", None),
            ("YEMREB", "houthis"),
            ("YEMREB", "houthis"),
            ("GOV", None),
            ("YEMREB", "houthis"),
        ],
    ),
    # before the name, the head is nobody (والمركز), and a definite name has no head
    (
        "افتتح المركز. ووقع مركز الملك سلمان للإغاثة اتفاقية يقدم المركز بموجبها مساعدات",
        D,
        [("SAUGOV", "ksrelief"), ("SAUGOV", "ksrelief")],
    ),
    ("قالت الأمم المتحدة إن الأمم لن تسكت", D, [("IGOUNO", "un")]),
    # a construct made definite by its last term takes one adjective before its nisba
    ("وكان سلاح الجو الملكي الأردني قد نفذ", D, [("JORMIL", None)]),
]

_FILLER = "وتابع أن المشاورات مستمرة بين الأطراف كلها. " * 8  # more than the reach

BARE_AGENTS = [
    # named with its country, then bare with the article: the same country's
    (
        "قال الجيش الإسرائيلي إن طائراته قصفت مواقع، وأضاف الجيش أن",
        D,
        [("ISRMIL", "idf"), ("ISRMIL", None)],
    ),
    (
        "أعلنت الشرطة العراقية اعتقال مشتبه به، ونقلت مصادر في الشرطة أن",
        D,
        [("IRQCOP", None), ("IRQCOP", None)],
    ),
    # nearby, the latest naming counts
    (
        "اشتبك الجيش السوري مع الجيش التركي، وقال الجيش إن",
        D,
        [("SYRMIL", None), ("TURMIL", None), ("TURMIL", None)],
    ),
    # far back, only the one country the text gave it
    (
        f"رحبت الحكومة العراقية بالاتفاق. {_FILLER}وقالت الحكومة إن",
        D,
        [("IRQGOV", None), ("IRQGOV", None)],
    ),
    (
        f"التقى وفد الحكومة العراقية وفد الحكومة الأردنية. {_FILLER}وقالت الحكومة إن",
        D,
        [("IRQGOV", None), ("JORGOV", None), ("GOV", None)],
    ),
    # never before its naming, nor when an adjective the dictionary lacks may name it
    ("وقالت الحكومة إن الحكومة المغربية", D, [("GOV", None), ("MARGOV", None)]),
    (
        "انتشرت القوات الأمريكية في المدينة، ثم انسحبت القوات الأطلسية",
        D,
        [("USAMIL", None), ("MIL", None)],
    ),
    # an indefinite agent is someone new
    ("قال الجيش الإسرائيلي إن قوات انتشرت", D, [("ISRMIL", "idf"), ("MIL", None)]),
]

NAMESAKES = [
    # a place named after a person: neither the place nor its namesake acts
    ("وصلت الطائرة إلى مطار الملك خالد الدولي", D, []),
    ("وقع الحادث في شارع الملك فهد بالرياض", D, [("SAU", None)]),
    ("توقع إدارة مطار الملك فهد الدولي عقدا", D, []),
    # ... a place named otherwise keeps its city
    ("هبطت الطائرة في مطار القاهرة", D, [("EGY", None)]),
    # an institution named after a titled person is the institution
    ("أعلن مستشفى الملك فيصل التخصصي", D, [("HLH", None)]),
    ("وتعهد جيش الإسلام", D, [("SYRREB", "jaysh_islam")]),
    ("وقالت منظمة الأمن والتعاون في أوروبا", D, [("IGOOSC", "osce")]),
    ("طالب الاتحاد الدولي للصحفيين", D, [("NGO", "ifj")]),
    (
        "اغتال الجيش عنصرين من «ألوية الناصر صلاح الدين»",
        D,
        [("MIL", None), ("PSEREB", "nasser_brigades")],
    ),
]

CASES = (
    PROTESTERS
    + FORCES
    + ARMED_AND_OTHERS
    + COREF_AND_DATES
    + BARE_TITLES
    + HEAD_ANAPHORA
    + BARE_AGENTS
    + NAMESAKES
)


@pytest.mark.parametrize(
    ("text", "date", "expected"), CASES, ids=[f"{i}-{c[0][:20]}" for i, c in enumerate(CASES)]
)
def test_source_codes(
    resources, text: str, date: str | None, expected: list[tuple[str, str | None]]
) -> None:
    mentions = find_actor_mentions(text, date, resources.actors)
    assert [(m.code, m.entity) for m in mentions] == expected
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_surname_before_its_full_name_is_marked_coref(resources) -> None:
    text = "الكاظمي يصل إلى باريس. وكان رئيس الوزراء العراقي مصطفى الكاظمي قد أعلن"
    first = find_actor_mentions(text, "2021-08-01", resources.actors)[0]
    assert (first.text, first.entity, first.coref) == ("الكاظمي", "kadhimi", True)


def test_an_act_never_takes_a_name(resources) -> None:
    # "تصريحات ترامب": the person is the actor, not his statements
    mentions = find_actor_mentions("انتقد تصريحات ترامب", "2018-01-01", resources.actors)
    assert [m.text for m in mentions] == ["ترامب"]
