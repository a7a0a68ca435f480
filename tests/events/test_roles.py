"""Source and target selection (our own sentences, fictional actors): places, news agencies,
plural agreement, speakers and agents named after the act."""

from __future__ import annotations


def pairs(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]


def test_place_after_preposition_is_not_the_source(code):
    # فلورينا is a capital used as a place: the act has no named agent.
    assert pairs(code("وفي فلورينا قتل صحفيين أمس")) == [("190", "---", "CVL")]


def test_news_agency_is_not_the_source_of_an_act(code):
    assert pairs(code("وبحسب وكالة زمر للأنباء قتل صحفيين أمس")) == [("190", "---", "CVL")]


def test_subject_after_complementiser_opens_its_clause(code):
    ev = code("وذكرت وكالة زمر للأنباء أن جيش زمرستان اعتقل صحفيين")
    assert pairs(ev) == [("173", "ZMRMIL", "CVL")]


def test_plural_verb_takes_the_subject_before_it(code):
    # A verb-first clause has a singular verb; هاجموا agrees with the actor before it.
    ev = code("قالت وكالة زمر للأنباء إن مسلحي الغراب هاجموا وزير خارجية فلوريا")
    assert pairs(ev) == [("190", "UAF", "FLRGOV")]


def test_speaker_of_an_announcement_is_not_the_agent(code):
    assert pairs(code("أعلن رئيس زمرستان مقتل صحفيين أمس")) == [("190", "---", "CVL")]


def test_an_actor_joined_to_the_speaker_reports_too(code_real):
    # ذكرت مصادر عسكرية والمواطنين أن: the citizens tell of the killing, they did not kill
    for text in (
        "وذكرت مصادر عسكرية والمواطنين أن ثلاثة صحفيين قتلوا في فلورينا",
        "وقالت شرطة زمرستان والمواطنين إن ثلاثة صحفيين قتلوا في فلورينا",
    ):
        assert [(e.source.code, e.target.code if e.target else None) for e in code_real(text)] == [
            ("---", "CVL")
        ]


def test_agent_named_after_the_act_and_its_patient(code):
    ev = code("أعلن رئيس زمرستان مقتل صحفيين أمس في هجوم شنه مسلحو الغراب")
    assert pairs(ev) == [("190", "UAF", "CVL")]
    assert pairs(code("قتل صحفيين أمس برصاص جيش زمرستان")) == [("190", "ZMRMIL", "CVL")]
