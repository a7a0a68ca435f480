"""Negation and intent of a trigger: whether the act did not happen, or is still to come.

A negation particle before the trigger (لم، لن، لا، عدم) or a denial verb whose clause or
object holds it (نفى أن ...، نفى مقتل) negates it; a future particle (س، سوف), an intent
phrase (يعتزم، من المقرر أن) or a subjunctive particle (أن يزور) makes it intended; a
condition (إذا، لو) makes a verbal act no report.
"""

from __future__ import annotations

from hadath.events.framing import stands_before
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Hit, Lexicon
from hadath.events.positions import SENTENCE_ENDS, phrase_at, phrase_index, phrases_from
from hadath.events.words import CLAUSE_PUNCTUATION, Word

# How far before a trigger a denial verb reaches: its complement clause (نفى أن ...) and,
# nearer, its masdar object (نفى مقتل).
_DENIAL_REACH = 20
_DENIED_OBJECT_REACH = 8


class Modality:
    """Negation and intent tests with one grammar and lexicon; stateless between calls."""

    def __init__(self, grammar: Grammar, lexicon: Lexicon) -> None:
        self.g = grammar
        self.lex = lexicon
        # The intent phrases by first word: most words start none, so the phrase
        # comparisons are skipped for them (the coder's former hot spot).
        self._intent_index = phrase_index(grammar.intent)
        self._denial_ends = tuple(grammar.denial)

    def negated(self, words: list[Word], i: int, hit: Hit) -> bool:
        """Whether the trigger `i` read as `hit` is negated: a negation particle right before
        it (لم يزر، عدم مشاركة), a denial whose complement clause holds it (نفى أن ...
        هاجم), or a denial whose object the masdar is (نفى مقتل)."""
        g = self.g
        particles = g.negation_noun if hit.kind == "noun" else g.negation_verb
        for j in range(max(0, i - 2), i):
            if words[j].norm in particles or (
                hit.kind == "noun" and words[j].norm in g.negation_verb
            ):
                return True
        for j in range(max(0, i - _DENIAL_REACH), i):
            norm = words[j].norm
            # Proclitics come off the front: only a word ending in a denial word can be one.
            if not norm.endswith(self._denial_ends):
                continue
            base = self.lex.strip_proclitics(norm)[-1][0]
            if norm in g.denial or base in g.denial:
                between = range(j + 1, i)
                if any(words[k].norm in SENTENCE_ENDS for k in between):
                    continue  # a denial in an earlier sentence or quote
                if any(words[k].norm in g.complementisers for k in between):
                    # the whole complement clause is denied (نفى مصدر، في حديث لـ X، أن
                    # تكون وحدات الجيش قد سجلت أي اشتباك)
                    return True
                if i - j > _DENIED_OBJECT_REACH:
                    continue
                # A denied masdar is the denial's object (نفى مقتل أي من الرهائن) when no
                # clause punctuation separates them.
                return hit.kind == "noun" and not any(
                    words[k].norm in CLAUSE_PUNCTUATION for k in between
                )
        return False

    def conditioned(self, words: list[Word], i: int) -> bool:
        """Whether a `reporting.conditionals` word (إذا، لو) stands before trigger `i` in its
        clause, within the irrealis reach: the act is a condition, not a report (إذا انتهكت
        طهران الاتفاق).  Violent acts have their own, wider frame checks."""
        return stands_before(words, i, self.g.conditionals)

    def subjunctive(self, words: list[Word], i: int) -> bool:
        """Whether the present verb `i` stands right after a particle of the subjunctive
        (`subjunctive_particles`: أن، بأن، كي): what it names has not happened (لم يستبعد
        مصدر أن يزور الرئيس العراق: a visit intended, not made).  Not after a time word
        (`temporal_conjunctions`: قبل أن تطالب، بعد أن يزور), which tells what happened."""
        g = self.g
        if i == 0 or words[i - 1].norm not in g.subjunctive_particles:
            return False
        # قبل أن تطالب، بعد أن يزور: a time clause tells what happened
        return i < 2 or g.without_conjunction(words[i - 2].norm) not in g.temporal_conjunctions

    def intended(self, words: list[Word], i: int) -> bool:
        """Whether the trigger `i` is future or intended: after a future particle (سوف) or
        within an intent phrase (يعتزم، من المقرر أن)."""
        g = self.g
        if any(words[j].norm in g.future_particles for j in range(max(0, i - 2), i)):
            return True
        return any(
            phrase_at(g, words, j, g.intent[k])
            for j in range(max(0, i - 5), i)
            for k in phrases_from(g, words[j].norm, self._intent_index)
        )
