"""Verbs joined by و that share the subject of the act before them.

"انتقد المنتدى الاتفاق، واتهم السلطات بالقبول بدور حارس": the second verb has no subject
of its own; the actor right after it is its object, as the complement that follows shows
(اتهم X بـ، دعا X إلى، طالب X بـ، حث X على).  Read as a verb-first clause, the authorities
would be the accuser.  A joined verb that finds no subject at all continues the act before
it (دان X الاعتداءات، وأجرى اتصالا بـ)، and a pronoun after it (وبحث معه) points back to
that act's object.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hadath.document import ActorMention
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.words import COMMAS, Slot, Word

if TYPE_CHECKING:
    from hadath.events.trigger import Trigger

_VERB_KINDS = frozenset({"past", "present", "future"})


def shares_subject(
    g: Grammar, words: Sequence[Word], slots: Sequence[Slot], trig: Trigger, shared: ActorMention
) -> Slot | None:
    """The object of a verb of `g.shared_subject_roots` that is joined by و to an earlier act
    with the named subject `shared`: the one actor right after the verb (or after "في
    بيان"), when a preposition's complement follows it at once (واتهم السلطات بـ، ودعا
    الحكومة إلى).
    None when the verb has an actor of its own before the complement, or the pattern is
    not there."""
    i = trig.index
    if (
        trig.hit.kind not in _VERB_KINDS
        or trig.code[:2] not in g.shared_subject_roots
        or words[i].norm[:1] not in g.conjunctions
        or shared.start >= words[i].start
    ):
        return None
    slot = next((s for s in slots if s.first > i), None)
    if slot is None or slot.actor is shared:
        return None
    # right after the verb, or after a two-word phrase of where it was said (في بيان)
    said_in = slot.first == i + 3 and words[i + 1].norm in g.free_prepositions
    if slot.first != i + 1 and not said_in:
        return None
    after = slot.last + 1
    if after >= len(words) or any(s.first == after for s in slots):
        return None  # a second actor: the first is the verb's own subject
    norm = words[after].norm
    complement = norm in g.target_prepositions or (
        len(norm) > 2 and norm[:1] in g.prepositions_attached
    )
    return slot if complement else None


def continues_subject(
    g: Grammar, lex: Lexicon, words: Sequence[Word], trig: Trigger, shared: ActorMention
) -> bool:
    """Whether a verb with no subject of its own continues the act before it, whose named
    subject is `shared`: an active verb written with و after that subject (دان X
    الاعتداءات، وأجرى اتصالا بقائد القوات).  Not a word that also reads as its masdar with
    a possessive pronoun (وتعهدها "and its pledge"): that owner is named elsewhere."""
    i = trig.index
    return (
        trig.hit.kind in _VERB_KINDS
        and not any(h.possessed and h.entry == trig.hit.entry for h in lex.analyse(words[i].norm))
        and not trig.entry.undergoer  # وأصيب 12: the wounded, not the earlier subject
        and trig.code[:2] not in g.grievance_roots  # a protest finds its crowd on its own
        and words[i].norm[:1] in g.conjunctions
        and shared.start < words[i].start
    )


def continue_shared_act(
    g: Grammar,
    lex: Lexicon,
    words: Sequence[Word],
    trig: Trigger,
    roles: tuple[list[ActorMention], ActorMention | None],
    previous: tuple[ActorMention | None, ActorMention | None],
) -> tuple[list[ActorMention], ActorMention | None]:
    """The sources and target of a verb that continues the act before it, whose named
    subject and object are `previous`: it takes that subject when it has none of its own
    (`continues_subject`), and a pronoun of it that points back to the object (وبحث معه،
    ودعاه) makes that object its target, before any actor further on, and never also its
    subject.  `roles` is what the verb found by itself, returned as is otherwise."""
    sources, target = roles
    shared, shared_object = previous
    if shared is None or not continues_subject(g, lex, words, trig, shared):
        return sources, target
    back = points_back(g, lex, words, trig)
    if not sources or (back and sources[0] is shared_object):
        sources = [shared]
    if back and sources[0] is shared:
        target = shared_object  # استقبل X Y وبحث معه؛ أشاد بالرئيس ودعاه
    return sources, target


def points_back(g: Grammar, lex: Lexicon, words: Sequence[Word], trig: Trigger) -> bool:
    """Whether verb `trig` has a pronoun that refers to the object of the act it continues:
    on a preposition right after it (استقبل X Y، وبحث معه) or glued to the verb itself
    (أشاد بالرئيس ودعاه إلى زيارة) - only when the word without that pronoun is still the
    same verb, so a verb ending in ه by itself (نبه) has none."""
    i = trig.index
    if i + 1 < len(words) and words[i + 1].norm in g.resumptive_objects:
        return True
    word = g.without_conjunction(words[i].norm)
    pronoun = next((p for p in g.resumptive_enclitics if word.endswith(p)), None)
    if pronoun is None or len(word) - len(pronoun) < 2:
        return False
    entry = trig.hit.entry
    return not any(e == entry for e, _ in lex.verbs.get(word, ())) and any(
        e == entry for e, _ in lex.verbs.get(word[: -len(pronoun)], ())
    )


def joined_verb_after_comma(g: Grammar, lex: Lexicon, words: Sequence[Word], j: int) -> bool:
    """Whether word `j` is a verb joined by و right after a comma (الاتفاق، واتهم، وقال):
    it opens a clause of its own, whose actors are not the earlier verb's target."""
    norm = words[j].norm
    if j == 0 or words[j - 1].norm not in COMMAS or norm[:1] not in g.conjunctions:
        return False
    return g.among(norm, g.speech_verbs) or any(h.kind in _VERB_KINDS for h in lex.analyse(norm))
