"""Frames that keep a violence word from reporting a new episode.

A charge (اتهمه بقتل), the answer of a condition (لو ...، لكان ...), a possible or planned
act (هجوم محتمل), a tally over years (منذ عام 1999) and the masdars and
adjective clauses that share a framed word's phrase (بتهمة قتل شرطي وخطف ثلاثة) name
violence without reporting it.  `Frames` answers these questions for `Reporting` and the
coder (see ``reporting`` in ``data/events/grammar.yaml``); stateless between calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from hadath.events.grammar import Grammar
from hadath.events.lexicon import Hit, Lexicon
from hadath.events.words import CLAUSE_PUNCTUATION, Word

# How far back a condition or possibility word reaches within its clause (إذا سمح أحد لنفسه
# بشن أي اعتداء); how far an accusation reaches the act it names (اتهمت الحكومة الجماعة
# المسلحة في الشمال بتفجير).
IRREALIS_REACH = 8
# How far from a casualty word an accident may be named (في حادث انقلاب ... لقي شخصان).
ACCIDENT_REACH = 20
ACCUSATION_REACH = 14
# How far after an event noun a word making it possible or planned is looked for (هجوم
# انتحاري محتمل), and how far back a coordinated masdar finds the one it shares a frame with.
UNREALISED_REACH = 3
COORDINATION_REACH = 4


def is_year(norm: str) -> bool:
    """Whether `norm` is a four-digit year (1995، 2006)."""
    return len(norm) == 4 and norm.isdigit()


def stands_before(
    words: list[Word], i: int, found: frozenset[str], reach: int = IRREALIS_REACH
) -> bool:
    """Whether one of `found` is among the `reach` words before word `i` in its clause (no
    clause punctuation between): by default a condition or possibility that governs it."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        norm = words[j].norm
        if norm in CLAUSE_PUNCTUATION:
            return False
        if norm in found:
            return True
    return False


def is_break(word: Word, g: Grammar) -> bool:
    """Whether `word` ends a clause (punctuation or a clause-break word)."""
    return word.norm in CLAUSE_PUNCTUATION or word.norm in g.clause_breaks


class Frames:
    """The frame checks for one grammar and lexicon."""

    def __init__(self, grammar: Grammar, lexicon: Lexicon) -> None:
        self.g = grammar
        self.lex = lexicon
        self._accident_first = frozenset(p[0] for p in grammar.accident_phrases)
        self._sports_first = frozenset(p[0] for p in grammar.sports_phrases)

    def conditional_answer(self, words: list[Word], i: int) -> bool:
        """Whether word `i` is in the answer clause of a condition: its clause opens with an
        answer word (فإن، فإننا، لكان) after a comma, and the clause before holds a
        conditional (لو لم تتدخل القوات، لكان المسلحون قد قتلوا ...)."""
        g = self.g
        for j in range(i - 1, -1, -1):
            if words[j].norm in CLAUSE_PUNCTUATION:
                if j + 1 >= i or words[j + 1].norm not in g.answer_openers:
                    return False
                for k in range(j - 1, max(-1, j - 1 - 2 * IRREALIS_REACH), -1):
                    if words[k].norm in CLAUSE_PUNCTUATION:
                        return False
                    if words[k].norm in g.conditionals:
                        return True
                return False
        return False

    def accused(self, words: list[Word], bare: list[frozenset[str]], i: int, hit: Hit) -> bool:
        """Whether word `i` names what an accusation charges (اتهمه بقتل، المتهم بخطف
        حافلة، أدين بتفجير): a masdar with ب, or right after one, or any word of a complement
        clause (اتهمتها بأنها قصفت القرية), after an accusation word of its clause."""
        g = self.g
        complement = False
        for j in range(i - 1, max(-1, i - 1 - ACCUSATION_REACH), -1):
            norm = words[j].norm
            if norm in CLAUSE_PUNCTUATION:
                return False
            # a complement clause with ب (بأنه), not a clause of speech (وقال إن)
            complement = complement or (
                norm[:1] in g.charge_clitics and not g.complementisers.isdisjoint((norm, norm[1:]))
            )
            if not bare[j].isdisjoint(g.accusations):
                if complement:
                    return True
                charged = words[i - 1].norm in g.charge_prepositions or any(
                    k > j and g.without_conjunction(words[k].norm)[:1] in g.charge_clitics
                    for k in (i - 1, i)
                )
                return hit.kind == "noun" and charged
        return False

    def tally_since(self, words: list[Word], bare: list[frozenset[str]], i: int) -> bool:
        """Whether the act at `i` is a tally over years or months, in its clause (قتل 76
        صحافيا منذ عام 2003، هجمات متواصلة منذ عشرين عاما).  An act dated back without
        منذ (قبل ثلاث سنوات، في العام 1998) is a past episode, not a tally."""
        g = self.g
        for j in range(i + 1, min(len(words), i + 1 + IRREALIS_REACH)):
            if words[j].norm in CLAUSE_PUNCTUATION:
                return False
            marker = g.without_conjunction(words[j].norm) in g.long_ago
            if marker and any(
                not bare[k].isdisjoint(g.long_spans) for k in range(j + 1, min(len(words), j + 3))
            ):
                return True
            if marker and j + 1 < len(words) and is_year(words[j + 1].norm):
                return True
        return False

    def accident(self, bare: list[frozenset[str]], i: int) -> bool:
        """Whether an `accident_phrases` phrase stands within `ACCIDENT_REACH` words of word
        `i` (لقي شخصان مصرعهما في حادث انقلاب)."""
        lo, hi = max(0, i - ACCIDENT_REACH), min(len(bare), i + ACCIDENT_REACH + 1)
        return self._phrase_in(bare, self.g.accident_phrases, self._accident_first, lo, hi)

    def sports(self, bare: list[frozenset[str]]) -> bool:
        """Whether the sentence names a match, a round or a moment of a game
        (`sports_phrases`: المباراة، نصف النهائي، ركلة جزاء): its meetings, attacks and
        protests are a game's."""
        return self._phrase_in(bare, self.g.sports_phrases, self._sports_first, 0, len(bare))

    @staticmethod
    def _phrase_in(
        bare: list[frozenset[str]],
        phrases: tuple[tuple[str, ...], ...],
        firsts: frozenset[str],
        lo: int,
        hi: int,
    ) -> bool:
        """Whether one of `phrases` (words folded by `bare`; `firsts` their first words)
        starts at a word in [lo, hi), each word read with or without proclitics."""
        for j in range(lo, hi):
            if bare[j].isdisjoint(firsts):
                continue
            for phrase in phrases:
                if phrase[0] in bare[j] and all(
                    j + k < len(bare) and word in bare[j + k] for k, word in enumerate(phrase)
                ):
                    return True
        return False

    def unrealised(self, words: list[Word], bare: list[frozenset[str]], i: int) -> bool:
        """Whether an event noun is made possible, expected or planned by a word just after
        it in its clause (هجوم محتمل، ضربة عسكرية وشيكة، عملية يجري التخطيط لها)."""
        for j in range(i + 1, min(len(words), i + 1 + UNREALISED_REACH)):
            if words[j].norm in CLAUSE_PUNCTUATION:
                return False
            if not bare[j].isdisjoint(self.g.unrealised_after):
                return True
        return False

    def coordinated(self, words: list[Word], i: int, framed: Sequence[int]) -> bool:
        """Whether the masdar at `i`, joined by و, belongs to the phrase of a framed masdar
        just before it in its clause (بتهمة خطف حافلة واحتجاز ركابها): the frame governs
        both."""
        if words[i].norm[:1] not in self.g.conjunctions:
            return False
        for f in framed:
            if 0 < i - f <= COORDINATION_REACH and not any(
                is_break(words[k], self.g) for k in range(f + 1, i)
            ):
                return True
        return False

    def describes(self, words: list[Word], i: int, framed: Sequence[int]) -> bool:
        """Whether the verb at `i` opens the adjective clause of a framed event noun just
        before it (through one adjective): in ``ذكرى تفجير استهدف سوقا`` the verb is "a
        bombing that targeted his convoy", no more reported than the noun.  (A noun that
        only lacks an anchor does not count: شن غارات استهدفت مواقع reports the strikes.)
        A verb joined by و/ف is coordinated, not an adjective clause."""
        norm = words[i].norm
        if norm[:1] in self.g.conjunctions and self.lex.analyse(norm[1:]):
            return False
        return any(
            i - n == 1 or (i - n == 2 and not is_break(words[i - 1], self.g)) for n in framed
        )
