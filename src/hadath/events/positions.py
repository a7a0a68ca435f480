"""Where a word or an actor stands in its sentence: clause bounds, prepositions before it,
counted and partitive groups, plural agreement and fixed phrases.  These positional facts
decide, in `roles`, which actor can be a subject and which a target.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hadath.document import ActorMention
from hadath.events.framing import is_break
from hadath.events.grammar import Grammar, Phrase
from hadath.events.lexicon import Lexicon
from hadath.events.words import COMMAS, Slot, Word

# Quotes that open a quotation: a quoted clause or name starts after them (قال إن «X قتل»،
# بـ«القاعدة»).
OPENING_QUOTES = frozenset('«"\u201c')

# Punctuation that ends a sentence or a quoted clause: a target is never looked for past it
# (commas are crossed: they set off dates and places, أجرى X، مساء الثلاثاء، اتصالا مع Y).
SENTENCE_ENDS = frozenset(".!?؟:;؛")

# The fewest letters of a sound plural or dual in -ين (مصلين، طفلين): shorter words
# ending so are no such forms.
_OBLIQUE_PLURAL_LETTERS = 5


def bare_place(actor: ActorMention) -> bool:
    """Whether the actor is a country or city named as such (code = country, no sector, no
    entity), not a person, an organisation or an IGO."""
    return actor.sector is None and actor.entity is None and actor.code == actor.country


def phrase_at(g: Grammar, words: Sequence[Word], i: int, phrase: Phrase) -> bool:
    """Whether `phrase` starts at word `i` (its first word may carry a conjunction of the
    grammar, و/ف)."""
    if i < 0 or i + len(phrase) > len(words):
        return False
    return all(
        words[i + k].norm == phrase[k]
        or (words[i + k].norm[1:] == phrase[k] and k == 0 and words[i].norm[:1] in g.conjunctions)
        for k in range(len(phrase))
    )


def phrase_index(phrases: Sequence[Phrase]) -> dict[str, tuple[int, ...]]:
    """The positions in `phrases` of the phrases with each first word, in order."""
    index: dict[str, tuple[int, ...]] = {}
    for k, phrase in enumerate(phrases):
        index[phrase[0]] = (*index.get(phrase[0], ()), k)
    return index


def phrases_from(g: Grammar, norm: str, index: Mapping[str, tuple[int, ...]]) -> Sequence[int]:
    """The positions, in order, of the phrases of a `phrase_index` that may start at a word
    `norm` (as `phrase_at` matches them: the word itself, or after a conjunction و/ف);
    every other phrase is ruled out without comparing it."""
    own = index.get(norm, ())
    glued = index.get(norm[1:], ()) if norm[:1] in g.conjunctions else ()
    if glued:
        return sorted((*own, *glued)) if own else glued
    return own


def may_start(g: Grammar, norm: str, first_words: frozenset[str]) -> bool:
    """Whether a phrase with one of `first_words` can start at this word (as `phrase_at`
    matches it: the word itself, or after a conjunction و/ف)."""
    return norm in first_words or (norm[:1] in g.conjunctions and norm[1:] in first_words)


# The longest dated aside set off by commas that a clause reaches across, and how many of
# its words may stand outside the date (a place: ، يوم الأحد 28 جانفي بولاية تمنراست،).
_ASIDE_WORDS = 9
_ASIDE_PLACE_WORDS = 3


def dated_aside_before(
    g: Grammar, words: list[Word], comma: int, date_words: frozenset[int]
) -> int | None:
    """The index of the comma that opens a dated aside closed by the comma at `comma` (تمكنت
    مفرزة، يوم الأحد بولاية تمنراست، من توقيف): the aside starts with a date and holds at
    most `_ASIDE_PLACE_WORDS` other words, opened by a preposition.  None if there is none."""
    if words[comma].norm not in COMMAS:
        return None
    k = comma - 1
    while k > 0 and comma - k <= _ASIDE_WORDS and words[k].norm not in COMMAS:
        if is_break(words[k], g):
            return None
        k -= 1
    if k <= 0 or words[k].norm not in COMMAS or k + 1 not in date_words:
        return None
    rest = [j for j in range(k + 1, comma) if j not in date_words]
    if len(rest) > _ASIDE_PLACE_WORDS:
        return None
    if rest and not (
        g.among(words[rest[0]].norm, g.free_prepositions)
        or words[rest[0]].norm[:1] in g.prepositions_attached
    ):
        return None
    return k


def clause_range(
    g: Grammar, words: list[Word], i: int, date_words: frozenset[int] = frozenset()
) -> tuple[int, int]:
    """The word range [lo, hi) of the clause around word `i`.  Going back, it reaches across
    a dated aside between commas (`dated_aside_before`), whose words do not count."""
    lo = i
    reach = 0
    while lo > 0 and reach < 12:
        if is_break(words[lo - 1], g):
            opening = dated_aside_before(g, words, lo - 1, date_words)
            if opening is None:
                break
            lo = opening
            continue
        lo -= 1
        reach += 1
    hi = i + 1
    while hi < len(words) and not is_break(words[hi], g) and hi - i < 14:
        hi += 1
    return lo, hi


def actor_prefix(words: Sequence[Word], slot: Slot) -> str:
    """The proclitics glued before the actor inside its first word (و، ب، لل، وب...)."""
    word = words[slot.first]
    return word.norm[: max(0, slot.actor.start - word.start)]


def joined_by_and(g: Grammar, words: Sequence[Word], end: int, slot: Slot) -> bool:
    """Whether the actor is joined by و to the word `end` right before it, perhaps after
    a comma (X وY، X و Y، X، وY)."""
    between = [w.norm for w in words[end + 1 : slot.first]]
    if any(norm not in COMMAS and norm not in g.conjunctions for norm in between):
        return False
    glued = actor_prefix(words, slot)[:1] in g.conjunctions
    return glued or any(norm in g.conjunctions for norm in between)


def oblique(g: Grammar, words: list[Word], slot: Slot) -> bool:
    """Whether the actor is introduced by a preposition (so it cannot be a subject), also
    across an opening quote (بـ«القاعدة»)."""
    before = slot.first - 1
    if before > 0 and words[before].norm in OPENING_QUOTES:
        before -= 1
    if before >= 0 and words[before].norm in g.target_prepositions:
        return True
    if any(words[j].norm in g.unit_heads for j in range(max(0, slot.first - 2), slot.first)):
        return False  # مفارز للجيش: the unit's force, not an oblique
    prefix = actor_prefix(words, slot)
    if not prefix:
        # The actor's span may include its clitics (للحزب، بالجيش): read them off the word.
        head = words[slot.first].norm
        head = g.without_conjunction(head)
        if head[:1] in g.prepositions_attached and (
            head[1:].startswith(g.article) or head.startswith("\u0644\u0644")
        ):
            return True
    prefix = g.without_conjunction(prefix)
    return prefix[:1] in g.prepositions_attached


def genitive_of_oblique(g: Grammar, lex: Lexicon, words: list[Word], slot: Slot) -> bool:
    """Whether the actor completes a noun with an attached preposition (مشابهة لسيارات
    قوات الشرطة، بزات قوات الأمن): it is inside a prepositional phrase, not a subject.
    A word opening its clause with one of `verb_like_prepositions` is a verb (كثفت تونس)."""
    if slot.first == 0:
        return False
    before = words[slot.first - 1].norm
    before = g.without_conjunction(before)
    opener = slot.first - 2
    if before[:1] in g.verb_like_prepositions and (
        opener < 0 or words[opener].norm in COMMAS or words[opener].norm in SENTENCE_ENDS
    ):
        return False  # كثفت تونس مشاوراتها: a verb opens the clause, not كـ and a noun
    return (
        len(before) > 3
        and before[:1] in g.prepositions_attached
        and before not in g.clause_breaks
        and before not in g.verb_openers
        and before not in g.target_prepositions
        and not lex.analyse(before)  # not a verb or event noun (بخطف، باستهداف)
    )


def genitive_after_preposition(
    g: Grammar, words: list[Word], slots: list[Slot], slot: Slot
) -> bool:
    """Whether the actor completes a plain noun right after a free-standing preposition
    (دعاه إلى زيارة القاهرة، شارك في تشييع الجنود): it is inside that phrase, neither the
    verb's subject nor its object.  A noun that is itself an actor does not count (وصل إلى
    بغداد الرئيس الفرنسي: the president is the subject)."""
    noun = slot.first - 1
    if noun < 1 or any(s.first <= noun <= s.last for s in slots):
        return False
    norm = words[noun].norm
    if (
        not norm.isalpha()
        or norm in g.partitives
        or g.without_conjunction(norm).startswith(g.article)
    ):
        return False  # a noun with the article heads no genitive (في المقابل العسكريين)
    return g.among(words[noun - 1].norm, g.free_prepositions)


def genitive_of_object_masdar(lex: Lexicon, words: list[Word], slot: Slot, verb: int) -> bool:
    """Whether the actor completes an event noun that is not the first word after the verb
    at `verb` (أدان الوزير اغتيال الرئيس، انتقد النائب قرار الحكومة): that noun is the
    verb's object, after a subject the dictionary does not know, and the actor is its
    genitive, never the verb's subject.  Titles (رئيس، مدير) are no event nouns, so a title
    chain (قال مدير أمن الجيزة) still names the subject."""
    noun = slot.first - 1
    return noun > verb + 1 and any(h.kind == "noun" for h in lex.analyse(words[noun].norm))


def placed(g: Grammar, words: list[Word], slot: Slot) -> bool:
    """Whether the actor is the object of a free-standing preposition (في بغداد، من
    دمشق): a place or an origin, not an agent.  ``عدد من X`` is partitive: X is the group."""
    if slot.first == 0:
        return False
    before = words[slot.first - 1].norm
    if not g.among(before, g.free_prepositions):  # في، وفي، ومن
        return False
    j = slot.first - 2
    return not (j >= 0 and words[j].norm in g.partitives)


def opens_clause(g: Grammar, norm: str) -> bool:
    """Whether a word opens another clause, with or without و/ف (كما، وكما، فيما)."""
    return g.among(norm, g.clause_breaks)


def opens_clause_at(g: Grammar, lex: Lexicon, words: Sequence[Word], j: int) -> bool:
    """Whether word `j` opens another clause: `opens_clause`, unless a time word follows
    it (بعد ظهر أمس، قبل منتصف الليل: a time adverbial, not "after"/"before" a clause) or
    it is a noun of place after a free preposition (في وسط البلدة)."""
    norm = words[j].norm
    if not opens_clause(g, norm):
        return False
    if j and norm in g.place_nouns and words[j - 1].norm in g.free_prepositions:
        return False
    return j + 1 >= len(words) or lex.bare_forms(words[j + 1].norm).isdisjoint(g.times)


def counted_group(g: Grammar, words: list[Word], slot: Slot) -> bool:
    """Whether the actor is the group of a counted partitive (23 من الكوريين، عشرات من
    الجنود، 16 مجندا من قوات الأمن): the patients themselves, not an origin."""
    j = slot.first - 2
    if j < 0 or words[slot.first - 1].norm not in g.origin_prepositions:
        return False
    head = words[j].norm
    if head.isdigit() or head in g.quantifiers or head in g.partitives:
        return True
    # a counted noun as the head: 16 مجندا من قوات الأمن، ثلاثة جنود من الجيش
    count = words[j - 1].norm if j > 0 else ""
    return count.isdigit() or count in g.quantifiers


def oblique_plural(g: Grammar, words: list[Word], slot: Slot) -> bool:
    """Whether the actor is a group of people named by a sound plural or dual in its -ين
    form, the accusative or genitive (وحث المواطنين على، ودعا المتظاهرين إلى): never the
    subject of a verb, whose subject takes -ون or -ان (وطالب المتظاهرون).  Not the
    genitive of a count, which names the subject's group (هاجم آلاف المتظاهرين)."""
    actor = slot.actor
    if actor.entity is not None or actor.sector is None:
        return False
    word = g.without_conjunction(words[slot.first].norm)
    if not (len(word) >= _OBLIQUE_PLURAL_LETTERS and word.endswith(g.oblique_plural_ending)):
        return False
    # the genitive of a count (آلاف المتظاهرين، بعض الفدائيين، العشرات من المتظاهرين):
    # the counted group is the subject
    before = words[slot.first - 1].norm if slot.first > 0 else ""
    return not (
        before.isdigit()
        or before in g.quantifiers
        or g.without_conjunction(before) in g.partitives
        or counted_group(g, words, slot)
        or (slot.first > 1 and before in g.origin_prepositions)
    )


def quantified(g: Grammar, words: list[Word], slot: Slot) -> bool:
    """Whether the actor is counted or indefinite-accusative (a patient, not an agent).
    A counted actor followed by a reflexive object (أنفسهم) acts on itself: not a patient."""
    after = slot.last + 1
    if after < len(words) and words[after].norm in g.reflexives:
        return False
    if slot.first > 0:
        before = words[slot.first - 1].norm
        if before.isdigit() or before in g.quantifiers:
            return True
        if slot.first > 1 and before in g.origin_prepositions:
            # a counted partitive: سبعة من عناصر الشرطة
            head = words[slot.first - 2].norm
            if head.isdigit() or head in g.quantifiers:
                return True
    head = words[slot.first].norm
    return head.isdigit() or head in g.quantifiers


def charged_genitive(g: Grammar, words: list[Word], slots: list[Slot], slot: Slot) -> bool:
    """Whether the masdar's genitive `slot` is charged with an act named right after it
    (اتهام روسيا بالتدخل: a word with a `charge_clitics` preposition within two words) and
    no actor after ل follows it (اتهامات روسيا للولايات المتحدة بالتدخل: the genitive
    accuses): the genitive is the masdar's object."""
    end = min(len(words), slot.last + 3)
    charged = any(
        g.without_conjunction(words[j].norm)[:1] in g.charge_clitics
        for j in range(slot.last + 1, end)
    )
    return charged and not object_after_genitive(g, words, slots, slot)


def object_after_genitive(g: Grammar, words: list[Word], slots: list[Slot], slot: Slot) -> bool:
    """Whether an actor after the attached `masdar_object_preposition` (ل) starts within
    three words after the masdar's genitive `slot` (اتهامات روسيا للغرب): the genitive is
    then the masdar's agent, and that actor its object."""
    for later in slots:
        if later.first <= slot.last:
            continue
        if later.first - slot.last > 3:
            return False
        head = g.without_conjunction(words[later.first].norm)
        return head.startswith(g.masdar_object_preposition) and oblique(g, words, later)
    return False
