"""Claims of responsibility: who claimed a violent act is its agent.

"تبنت حركة X الهجوم الذي أودى بحياة سبعة ..." names the attack's agent in a verb of its own,
often far from the attack word, and after the victims; "هجوم تبنته X" names it right after.
"""

from __future__ import annotations

from collections.abc import Sequence

from hadath.events.grammar import Grammar
from hadath.events.positions import SENTENCE_ENDS, oblique
from hadath.events.words import Slot, Word

# How far after the act's word a claim verb may stand (هجوم انتحاري تبنته X), how far a
# claim noun may stand from its claimer, and how far before the claimer its speech verb.
_AFTER_ACT = 3
_CLAIMER_REACH = 8
_SPEECH_REACH = 3


def claimer(g: Grammar, words: list[Word], slots: Sequence[Slot], i: int) -> Slot | None:
    """The actor that claims the violent act at word `i`: by a claim before the act in
    its sentence, right after the act's word, or by a claim of "it" further on in the
    sentence (قتل سبعة ... اثر هجوم انتحاري تبنته طالبان); None when no claim names an
    actor.  (A denial, نفى X مسؤوليته عن, negates the act itself: see the coder's negation.)"""
    for c in range(len(words)):
        norm = words[c].norm
        if norm in SENTENCE_ENDS and c > i:
            return None
        if c > i + _AFTER_ACT and not (
            # further on, only a claim of "it" (اثر هجوم انتحاري تبنته طالبان): the attack
            # that caused the act
            norm in g.claim_verbs and norm.endswith(g.speaker_possessives)
        ):
            continue
        if norm in g.claim_verbs:
            found = _after(slots, c) or _right_before(slots, c)
        elif norm in g.claim_nouns:
            found = _announcer(g, words, slots, c)
        else:
            continue
        if found is None or (found.actor.sector is None and found.actor.entity is None):
            continue  # a country named inside a group's name (دولة العراق الاسلامية)
        return found
    return None


def _after(slots: Sequence[Slot], c: int) -> Slot | None:
    """The actor starting within two words after the claim verb (تبنت حركة X، تبنته X)."""
    return next((s for s in slots if c < s.first <= c + 2), None)


def _right_before(slots: Sequence[Slot], c: int) -> Slot | None:
    return next((s for s in slots if s.last == c - 1), None)


def _announcer(g: Grammar, words: list[Word], slots: Sequence[Slot], c: int) -> Slot | None:
    """The nearest actor before a claim noun, not behind a preposition, that a speech verb
    introduces (أعلنت جماعة X مسؤوليتها، اعلن تنظيم X المرتبط بالقاعدة مسؤوليته)."""
    for s in reversed(slots):
        if s.last >= c or c - s.last > _CLAIMER_REACH:
            continue
        if oblique(g, words, s):
            continue
        lo = max(0, s.first - _SPEECH_REACH)
        if any(g.among(words[j].norm, g.speech_verbs) for j in range(lo, s.first)):
            return s
        return None
    return None
