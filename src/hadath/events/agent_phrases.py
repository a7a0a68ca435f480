"""Phrases that name who did an act apart from its subject: the passive's agent phrase
(قُتل X على يد Y، تم اعتقاله من قبل Y) and the giver of an act the subject received (تلقى X
اتصالا هاتفيا من Y)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hadath.events.grammar import Grammar
from hadath.events.positions import SENTENCE_ENDS, phrase_at, phrases_from
from hadath.events.words import Slot, Word

# How far after the trigger an agent phrase may start.
_AGENT_PHRASE_REACH = 10


def passive_agent(
    g: Grammar,
    index: Mapping[str, tuple[int, ...]],
    words: Sequence[Word],
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
    g: Grammar, words: Sequence[Word], slots: Sequence[Slot], i: int, reach: int
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
