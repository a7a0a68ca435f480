"""How a verb agrees with and marks its arguments: plural and feminine forms, object
pronouns, counted or missing objects, and subjects the dictionary does not know.  These
facts decide, in `roles` and `relatives`, which actor is a verb's subject and which its
object (وطالب الحكومة بـ: a masculine verb, so the government is the object).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hadath.events.framing import is_break
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.positions import bare_place, oblique_plural
from hadath.events.words import FATHATAN, Slot, Word

if TYPE_CHECKING:
    from hadath.events.trigger import Trigger


def plural_verb(g: Grammar, norm: str) -> bool:
    """Whether a verb agrees with a plural subject (هاجموا، يهتفون, with or without an
    object pronoun): in Arabic its subject then stands before it, not after."""
    stems = [norm] + [norm[: -len(e)] for e in g.enclitics if norm.endswith(e)]
    return any(
        st.endswith(end) and len(st) > len(end) + 2 for st in stems for end in g.plural_verb_endings
    )


def past_times(g: Grammar, words: Sequence[Word], i: int, hi: int) -> int:
    """The index of the first word after `i`, before `hi`, that is no time adverb (أمس،
    اليوم): where a verb's object would start; `hi` if there is none."""
    j = i + 1
    while j < hi and words[j].norm in g.times:
        j += 1
    return j


def count_after(g: Grammar, words: Sequence[Word], i: int, hi: int) -> int | None:
    """The index of a number or `quantifiers` word that opens the object right after word
    `i` (and any time adverb), before `hi`: قتل الجيش 25 مسلحا، خطفوا أمس عشرات الجنود."""
    j = past_times(g, words, i, hi)
    if j < hi and (words[j].norm.isdigit() or words[j].norm in g.quantifiers):
        return j
    return None


def counted_object_after(g: Grammar, words: list[Word], i: int, hi: int) -> bool:
    """Whether the verb at `i` has a counted object right after it (`count_after`):
    قتلوا آلاف الأشخاص، خطفوا 14 شخصا.  A verb written alike in the active and the
    passive (قتلوا، قُتلوا) is then the active one."""
    return count_after(g, words, i, hi) is not None


def described_by_verb(g: Grammar, lex: Lexicon, words: Sequence[Word], i: int) -> bool:
    """Whether the event noun at `i` is the subject of a past verb right after it, not joined
    by و and carrying no object pronoun (انفجارا استهدف دورية: the clause describes the
    act, whose object is its patient).  A verb with the pronoun of the act (هجوم شنه
    مسلحون) names its agent instead."""
    j = i + 1
    if j >= len(words):
        return False
    norm = words[j].norm
    if norm[:1] in g.conjunctions or carries_object_pronoun(g, lex, norm):
        return False
    return any(h.kind in ("past", "passive") for h in lex.analyse(norm))


def feminine_verb(g: Grammar, verb: str, kind: str) -> bool:
    """Whether a singular verb form (without its conjunction) is feminine: a past ending
    in the feminine mark, perhaps before an object pronoun (قالت، هاجمتهم، أصدرتها), or a
    present or future beginning with it (تقول، ستقول)."""
    mark = g.feminine_verb_mark
    if kind in ("past", "passive"):
        return verb.endswith(mark) or any(verb.endswith(mark + e) for e in g.enclitics)
    if kind == "future" and verb.startswith(g.future_prefix):
        verb = verb[len(g.future_prefix) :]
    return verb.startswith(mark)


def feminine_object(g: Grammar, words: Sequence[Word], i: int, slot: Slot, kind: str) -> bool:
    """Whether the actor right after the masculine singular verb at `i` is headed by a
    feminine singular noun (وطالب الحكومة العراقية بـ، ودعا الوزارة إلى): such a subject
    would take a feminine verb (وطالبت), so it is the object.  A named person is exempt
    (قال أسامة حمدان)."""
    if slot.first != i + 1 or slot.actor.entity is not None:
        return False
    if feminine_verb(g, g.without_conjunction(words[i].norm), kind):
        return False
    return words[slot.first].text.endswith(g.feminine_noun_mark)


def definite_subject_between(
    g: Grammar, lex: Lexicon, words: Sequence[Word], i: int, slot: Slot
) -> bool:
    """Whether a definite noun the dictionary does not know stands between the verb at `i`
    and the actor right after it (وطالب الوزير الجامعة العربية بالتدخل): in verb-first
    order that noun is the subject, and the actor the object.  Not a time word (استقبل
    اليوم الرئيس) nor an event noun (أدان الاغتيال)."""
    if slot.first != i + 2 or bare_place(slot.actor):
        return False  # أبرمت الجمعية السعودية: a nisba describes the noun before it
    if slot.actor.entity is not None and not slot.actor.text.startswith(g.article):
        return False  # واستجاب العمدة بوريس جونسون: the noun is the person's title
    head = g.without_conjunction(words[slot.first].norm)
    if any(head.endswith(e) for e in g.nisba_endings):
        return False  # ورفض المتحدث الحوثي: the same, as a group's nisba
    norm = g.without_conjunction(words[i + 1].norm)
    return (
        norm.startswith(g.article)
        and norm.isalpha()
        and norm not in g.times
        and norm not in g.honorifics  # استقبل الشيخ محمد بن راشد
        and not lex.analyse(norm)
    )


def carries_object_pronoun(g: Grammar, lex: Lexicon, norm: str) -> bool:
    """Whether a verb is written with an object pronoun glued to it (استقبله، يدعمها،
    شنه): the word without one of `g.enclitics` is still a verb of the lexicon."""
    return any(norm.endswith(e) and norm[: -len(e)] in lex.verbs for e in g.enclitics)


def noun_subject_before(g: Grammar, words: Sequence[Word], slots: Sequence[Slot], i: int) -> bool:
    """Whether the verb at `i` has a subject the dictionary does not know right before it,
    after a bare complementiser (قال إن هجوما استهدف، أعلن أن طائرات قصفت): that noun is
    the subject, and an actor after the verb its object."""
    if i < 2:
        return False
    noun = words[i - 1].norm
    return (
        words[i - 2].norm in g.complementisers
        and words[i - 2].norm not in g.speaker_complementisers
        and noun.isalpha()
        and len(noun) > 2
        and noun not in g.perfect_particles
        and noun not in g.verb_openers
        and not any(s.first <= i - 1 <= s.last for s in slots)
    )


def no_object_after(g: Grammar, words: list[Word], i: int, hi: int) -> bool:
    """Whether the verb at `i` has no object: after it (and any time adverb, أمس) comes
    the clause's end, a preposition, free or attached (في هجوم، برصاص), or a word joined
    by و (قتل وجرح سبعة).  An unvocalised قتل with an actor before it and no object is the
    passive قُتل, and that actor its patient."""
    j = past_times(g, words, i, hi)
    if j >= hi or is_break(words[j], g):
        return True
    norm = words[j].norm
    return (
        norm in g.free_prepositions
        or (norm[:1] in g.prepositions_attached and len(norm) > 3)
        or norm[:1] in g.conjunctions
    )


def marked_object(
    g: Grammar, lex: Lexicon, words: list[Word], i: int, slot: Slot, trig: Trigger
) -> bool:
    """Whether the actor right after the verb at `i` is marked as its object, not its
    subject, by its form or by what stands between them:
    - the accusative tanwin (استهدف الأول طلابًا);
    - a feminine singular noun after a masculine verb (وطالب الحكومة بـ: else وطالبت);
    - an unknown definite noun between them, the subject (وطالب الوزير الجامعة العربية),
      except for speech verbs;
    - the -ين of a sound plural (وحث المواطنين على), except for protests, which find their
      crowd by their own rules whatever its case."""
    root = trig.code[:2]
    return (
        FATHATAN in words[slot.first].text
        or feminine_object(g, words, i, slot, trig.hit.kind)
        or (root not in g.reporting_roots and definite_subject_between(g, lex, words, i, slot))
        or (root not in g.grievance_roots and oblique_plural(g, words, slot))
    )
