"""Relative clauses: the noun a relative pronoun (الذي، التي، الذين) describes, and when
that noun is the subject of the verb right after the pronoun.

"روحاني، الذي التقى وزير الاقتصاد الألماني": Rouhani met the minister, who is the object.
The verb must agree with the pronoun in number and gender, and carry no object pronoun
(المحكمة التي يدعمها الاتحاد: the relative is then the object).
"""

from __future__ import annotations

from hadath.events.agreement import carries_object_pronoun, feminine_verb
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.phrases import plain_word
from hadath.events.positions import oblique
from hadath.events.words import COMMAS, Slot, Word


class Relatives:
    """Relative-clause checks with one grammar and lexicon; stateless between calls."""

    def __init__(self, grammar: Grammar, lexicon: Lexicon) -> None:
        self.g = grammar
        self.lex = lexicon

    def subject(
        self, words: list[Word], slots: list[Slot], i: int, plural: bool, kind: str
    ) -> int | None:
        """The index of the noun a relative clause describes when it is the subject of the
        verb right after its relative pronoun (روحاني، الذي التقى وزير الاقتصاد: the minister
        is the object).  Not when the verb disagrees with the pronoun in number or gender
        (الأشخاص الذين ألقت السلطات القبض عليهم) or carries an object pronoun (المحكمة التي يدعمها
        الاتحاد): the relative is then the object and the verb has a subject of its own."""
        g = self.g
        rel = self.pronoun_before(words, i)
        if rel is None or (words[rel].norm in g.singular_relatives) == plural:
            return None
        norm = words[i].norm
        if not plural and (words[rel].norm in g.feminine_relatives) != feminine_verb(
            g, g.without_conjunction(norm), kind
        ):
            return None  # أزمة ديون اليونان التي وافق البرلمان: a masculine verb after التي
        if carries_object_pronoun(g, self.lex, norm):
            return None  # المحكمة التي يدعمها الاتحاد: the pronoun is the relative
        return self.antecedent(words, slots, rel)

    def object_of(self, words: list[Word], slots: list[Slot], i: int) -> int | None:
        """The index of the noun a relative clause describes when it is the object of the
        verb right after the pronoun, which carries its resumptive pronoun (ساركوزي الذي
        استقبله الرئيس التونسي: Sarkozy was received); None otherwise."""
        rel = self.pronoun_before(words, i)
        norm = words[i].norm
        if rel is None or not carries_object_pronoun(self.g, self.lex, norm):
            return None
        return self.antecedent(words, slots, rel)

    def pronoun_before(self, words: list[Word], i: int) -> int | None:
        """The index of a relative pronoun one or two words before the verb at `i`."""
        return next(
            (j for j in (i - 1, i - 2) if j >= 0 and words[j].norm in self.g.relatives), None
        )

    def antecedent(self, words: list[Word], slots: list[Slot], rel: int | None) -> int | None:
        """The index in `slots` of the actor that the relative clause opened by the pronoun
        at `rel` describes (المواطنين الغاضبين، الذين يحتجون): named up to 3 words before the
        pronoun (the first of adjacent actors: the head noun, not its adjective).  The
        caller decides whether it is the subject: not for verbs whose next actor is a
        patient (الذي قتل is also "who was killed")."""
        if rel is None:
            return None
        before = [s for s in slots if s.last < rel]
        if not before or rel - before[-1].last > 3:
            return None
        if any(
            words[j].norm not in COMMAS and not plain_word(self.g, self.lex, words[j])
            for j in range(before[-1].last + 1, rel)
        ):
            return None  # بتسليمها الموقوفين الذين: the clause describes another noun
        k = len(before) - 1
        while (
            k > 0
            and before[k].first == before[k - 1].last + 1
            and not oblique(self.g, words, before[k])  # أشاد X بجيش Y الذي: the army
        ):
            k -= 1  # the head of a described noun (المواطنين الشيعة), not its adjective
        return k  # `before` is the start of `slots`, which are in text order
