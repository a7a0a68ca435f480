"""Who may lead a clause: which actors can be the source (subject) of an event."""

from __future__ import annotations

from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.positions import genitive_of_oblique, oblique, placed
from hadath.events.speakers import Speakers
from hadath.events.words import Slot, Word


def speaker_only(g: Grammar, slot: Slot, root: str, adjacent: bool) -> bool:
    """Whether a news agency (a speaker sector) stands where only a speaker can: as the
    source of an act that is not a statement, unless right next to the verb.  Not of a
    protest: journalists protest (نظم نحو 400 صحافي وقفة), agencies do not."""
    return (
        slot.actor.sector in g.speaker_sectors
        and root not in g.speaker_roots
        and root not in g.grievance_roots
        and not adjacent
    )


def can_lead(
    g: Grammar, lex: Lexicon, words: list[Word], slot: Slot, root: str, adjacent: bool = False
) -> bool:
    """Whether the actor may be the source (subject) of an event of CAMEO `root`: not
    behind a preposition, not a mere speaker, not a state named by its acts (الدور
    الفرنسي)."""
    return not (
        oblique(g, words, slot)
        or placed(g, words, slot)
        or speaker_only(g, slot, root, adjacent)
        or not lex.bare_forms(words[slot.first].norm).isdisjoint(g.act_heads)
    )


def leads_as_agent(
    g: Grammar, lex: Lexicon, speakers: Speakers, words: list[Word], slot: Slot, root: str
) -> bool:
    """Whether the actor can lead, is no speaker and no genitive of an oblique noun."""
    return (
        can_lead(g, lex, words, slot, root)
        and not speakers.is_speaker(words, slot)
        and not genitive_of_oblique(g, lex, words, slot)
    )
