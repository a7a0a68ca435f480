"""What a protest is against: the actor its grievance phrase names.

A protest report often says where it was held and, in a phrase of its own, what it was
against: "تظاهر مئات أمام مقر النقابة احتجاجا على زيارة بوش".  The place is not the target;
the actor the grievance phrase names is ("احتجاجا على"، "تنديدا بـ"، "مطالبين برحيل").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hadath.document import ActorMention
from hadath.events.framing import CLAUSE_PUNCTUATION, is_break
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.positions import (
    SENTENCE_ENDS,
    opens_clause_at,
    phrase_at,
    phrases_from,
    placed,
)
from hadath.events.words import Slot, Word

# How far after the protest word a grievance phrase is looked for, and how far after the
# phrase its actor may stand (تنديدا بقرار الحكومة البريطانية: the actor is 2 words on).
_PHRASE_REACH = 30
_ACTOR_REACH = 5


def grievance_target(
    g: Grammar,
    lex: Lexicon,
    index: Mapping[str, tuple[int, ...]],
    words: list[Word],
    slots: Sequence[Slot],
    i: int,
    sources: Sequence[ActorMention],
) -> Slot | None:
    """The actor named within a few words after the first grievance phrase that follows
    the protest word `i` (or starts at it) in its clause, not one of the protest's
    `sources` nor its protesters; None when no such phrase or actor is there.  The search
    stops at the sentence's end, at a word that opens another clause (فيما، بينما) and at a
    comma before a word joined by و (another clause: "، وبالمثل تظاهر").  The actor must
    follow the phrase in its own clause: no punctuation and no clause-opening word between
    them, except right after the phrase (احتجاجا على ما وصفوه بانتهاكات X).  `index` is a
    `phrase_index` of ``g.grievance_phrases``."""
    for j in range(i, min(len(words), i + _PHRASE_REACH)):
        norm = words[j].norm
        if norm in SENTENCE_ENDS or (
            # وسط "amid" or "in the middle of" adds a circumstance: the grievance may follow
            j > i and norm not in g.place_nouns and opens_clause_at(g, lex, words, j)
        ):
            return None
        if (
            norm in CLAUSE_PUNCTUATION
            and j + 1 < len(words)
            and g.joined_by_conjunction(words[j + 1].norm)
        ):
            return None  # "، وبالمثل" (but "، في ظل" is no new clause)
        for p in phrases_from(g, norm, index):
            phrase = g.grievance_phrases[p]
            if phrase_at(g, words, j, phrase):
                return _actor_after(g, lex, words, slots, j + len(phrase), sources)
    return None


def _actor_after(
    g: Grammar,
    lex: Lexicon,
    words: list[Word],
    slots: Sequence[Slot],
    end: int,
    sources: Sequence[ActorMention],
) -> Slot | None:
    for s in slots:
        if s.first < end or any(s.actor is a for a in sources) or _where(g, words, s):
            continue
        if s.first - end > _ACTOR_REACH or any(
            is_break(words[k], g) for k in range(end + 1, s.first)
        ):
            return None
        if words[end].norm in CLAUSE_PUNCTUATION or not lex.bare_forms(
            words[s.first].norm
        ).isdisjoint(g.protesters):
            return None  # the protesters themselves (مظاهرة ضد المعارك عندما تعرض المتظاهرون)
        return s
    return None


def _where(g: Grammar, words: list[Word], slot: Slot) -> bool:
    """Whether the actor is a place inside the grievance (ضد الحرب في العراق): after a
    free preposition that does not mark targets (في، من، حول), not على or ضد."""
    before = g.without_conjunction(words[slot.first - 1].norm) if slot.first else ""
    return placed(g, words, slot) and before not in g.target_prepositions
