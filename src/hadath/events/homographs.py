"""Verb or masdar: an unvocalised past verb of form I is written like its masdar.

"برنامج دعم الرواتب" is "the salaries' support programme", not "a programme, it supported";
"رعاية ودعم هذه الفئة" joins two masdars.  A past verb does not follow an indefinite noun
that heads a construct, so there the word is read as the noun (and a word whose entry lists
no noun is then no trigger).
"""

from __future__ import annotations

from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.words import CLAUSE_PUNCTUATION, Word

# The past of form I, third person masculine singular (فعل), is the one verb form written
# like its masdar (فعْل): دعم، قتل، طلب.
_TRILITERAL = 3
# An accusative adverb (أيضا، مؤخرا، سابقا) may open a clause before its verb.
_ACCUSATIVE_ENDING = "\u0627"
# The pronoun ه (not the ta marbuta ة, which the matching form folds into it).
_PRONOUN_ENDING = "\u0647"


def function_words(g: Grammar) -> frozenset[str]:
    """The words of the grammar after which a verb may follow: particles, complementisers,
    clause openers, time words, negations and quantifiers (computed once per coder)."""
    return (
        g.clause_breaks
        | g.verb_openers
        | g.complementisers
        | g.relatives
        | g.perfect_particles
        | g.times
        | g.questions
        | g.irrealis
        | g.conditionals
        | g.answer_openers
        | g.negation_verb
        | g.negation_noun
        | g.future_particles
        | g.quantifiers
        | g.free_prepositions
        | g.speech_verbs
    )


def construct_head_before(
    g: Grammar,
    lex: Lexicon,
    function: frozenset[str],
    words: list[Word],
    i: int,
    inside_actors: frozenset[int],
) -> bool:
    """Whether word `i`, a three-letter past verb form, follows an indefinite noun that
    heads a construct (برنامج دعم، سبل تعزيز دعم), or is joined by و to such a masdar
    (رعاية ودعم): it is the genitive masdar, not a past verb (سيارة مفخخة ضربت keeps its
    verb).  The noun has no article and no pronoun; it is no actor, no particle or time
    word of the grammar, no accusative adverb and no word of the event lexicon."""
    word = words[i].norm
    if word not in lex.verbs and word[:1] in g.conjunctions:
        word = word[1:]  # ودعم, but not فرضت
    if i == 0 or len(word) != _TRILITERAL:
        return False  # ضربت، استهدف: no masdar is written like these
    j = i - 1
    norm = words[j].norm
    if (
        j in inside_actors
        or len(norm) < 3
        or norm in CLAUSE_PUNCTUATION
        or norm[0].isdigit()
        or g.without_conjunction(norm).startswith(g.article)
        or norm.endswith(_ACCUSATIVE_ENDING)
        # a noun with its pronoun heads no construct (من جانبه ثمن، بدوره دعا)
        or words[j].text.endswith(_PRONOUN_ENDING)
        or g.among(norm, function)
    ):
        return False
    return not lex.analyse(norm)
