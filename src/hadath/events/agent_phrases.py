"""Phrases that name who did an act apart from its subject: the passive's agent phrase
(قُتل X على يد Y، تم اعتقاله من قبل Y), the giver of an act the subject received (تلقى X
اتصالا هاتفيا من Y), the agent named after a violent act (مقتل جنود في هجوم شنه مسلحون)
and the visitor named after a visit's masdar (زيارة لوزير الخارجية)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from hadath.document import ActorMention
from hadath.events.grammar import Grammar
from hadath.events.positions import (
    SENTENCE_ENDS,
    actor_prefix,
    bare_place,
    joined_by_and,
    oblique,
    phrase_at,
    phrases_from,
    quantified,
)
from hadath.events.words import Slot, Word

if TYPE_CHECKING:
    from hadath.events.trigger import Trigger

# Sectors that act with force: after an agentless verb (قتل، اعتقل) such an actor is the agent.
FORCE_SECTORS = frozenset({"MIL", "COP", "UAF", "REB", "SPY", "CRM", "GOV", "INS", "SEP"})
# How far after a violent act its agent may be named, and the marks past which it is not
# looked for.
_AGENT_AFTER_REACH = 12
_FULL_STOPS = frozenset({".", "\u061f", "?", "!"})

# How far after the trigger an agent phrase may start.
_AGENT_PHRASE_REACH = 10


def passive_agent(
    g: Grammar,
    index: Mapping[str, tuple[int, ...]],
    words: list[Word],
    slots: Sequence[Slot],
    i: int,
) -> int | None:
    """The index in `slots` of the actor right after an agent phrase (من قبل، على يد) that
    starts within reach after the trigger `i`; None when there is none.  `index` is a
    `phrase_index` of ``g.passive_agents``."""
    for j in range(i + 1, min(len(words), i + _AGENT_PHRASE_REACH)):
        for p in phrases_from(g, words[j].norm, index):
            phrase = g.passive_agents[p]
            if phrase_at(g, words, j, phrase):
                end = j + len(phrase)
                for k, s in enumerate(slots):
                    if end <= s.first <= end + 1:
                        return k
    return None


def giver_of(
    g: Grammar, words: list[Word], slots: Sequence[Slot], i: int, reach: int
) -> Slot | None:
    """The actor after "من" that an act received by the subject comes from (تلقى X
    اتصالا هاتفيا من Y), within `reach` words of the trigger and in its sentence."""
    for s in slots:
        if s.first <= i or s.first == 0:
            continue
        if s.first - i > reach or any(
            words[j].norm in SENTENCE_ENDS for j in range(i + 1, s.first)
        ):
            return None
        if words[s.first - 1].norm in g.origin_prepositions:
            return s
    return None


def agent_after(
    g: Grammar, words: list[Word], slots: Sequence[Slot], i: int, patient: Slot | None
) -> Slot | None:
    """The agent named after a violent act and its patient (مقتل جنود في هجوم شنه مسلحون،
    قتل ثلاثة في غارة أمريكية): the first actor of a force sector within the clause that
    follows (up to the sentence's end or `_AGENT_AFTER_REACH` words) that is not counted,
    not the patient or joined to it by و, not introduced by a target preposition, not the
    source of the report
    (حسب مسؤولين، وقال مسؤولون) and not the group of the members killed (مقتل اثنين من
    قادة تنظيم داعش)."""
    previous: Slot | None = None
    for s in slots:
        prior, previous = previous, s
        if s.first <= i or s is patient or s.first - i > _AGENT_AFTER_REACH:
            continue
        if any(words[j].norm in _FULL_STOPS for j in range(i, s.first)):
            return None
        before = words[s.first - 1].norm
        if (
            prior is not None
            and (prior is patient or quantified(g, words, prior))
            and joined_by_and(g, words, prior.last, s)
        ):
            continue  # مقتل أربعة مدنيين وجندي: the soldier was killed too
        if (
            s.actor.sector in FORCE_SECTORS
            and not quantified(g, words, s)
            and not oblique(g, words, s)
            and before not in g.attributions
            and s.actor.sector not in g.speaker_sectors
            and before not in g.member_nouns
            and not g.among(before, g.speech_verbs)  # وقال مسؤولون: who tells of it
        ):
            return s
    return None


def visitor_of(g: Grammar, words: list[Word], slots: Sequence[Slot], trig: Trigger) -> Slot | None:
    """The actor named right after the masdar of a visit (`place_object` entries), in the
    genitive or after one of `g.genitive_clitics` (زيارة الرئيس الفرنسي، زيارة لوزير
    الخارجية): the visitor, unless it is a place (زيارة طهران is the destination) or the
    masdar carries its owner's pronoun (زيارته للمسجد: his visit, to the mosque)."""
    if trig.hit.kind != "noun" or trig.hit.possessed or not trig.entry.place_object:
        return None
    i = trig.index
    slot = next((s for s in slots if s.first == i + 1), None)
    if slot is None or bare_place(slot.actor):
        return None
    prefix = g.without_conjunction(actor_prefix(words, slot))
    return slot if prefix == "" or prefix in g.genitive_clitics else None


def cause_of(
    g: Grammar,
    words: list[Word],
    slots: list[Slot],
    i: int,
    shared: ActorMention | None,
    leads: Callable[[Slot], bool],
) -> ActorMention | None:
    """The agent of the masdar at `i` after a verb of consequence (`causal_links`: أسفر
    عن مقتل، مما أدى إلى إصابة): the source of the sentence's previous event (`shared`),
    else the nearest actor before it that `leads` and is no bare place (في شمال العراق:
    where, not who); None without such a verb or actor."""
    if not any(phrase_at(g, words, i - len(p), p) for p in g.causal_links):
        return None
    if shared is not None:
        return shared
    before = (s for s in reversed(slots) if s.last < i)
    return next((s.actor for s in before if not bare_place(s.actor) and leads(s)), None)
