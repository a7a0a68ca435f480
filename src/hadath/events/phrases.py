"""Noun phrases around an actor that decide whether it can be a party of an event.

An actor is a subject when it opens its clause, even behind honorifics (بأن السيد الرئيس X
استقبل); a construct title stands for the named person after it (رئيس حكومة تصريف الأعمال
X); an actor completing a place phrase (في مقر الوزارة، في شوارع العاصمة الرباط) is a
place, not a party.
"""

from __future__ import annotations

from hadath.events.framing import is_break
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.positions import OPENING_QUOTES, actor_prefix
from hadath.events.words import COMMAS, Slot, Word

# How many nouns a place phrase may hold between its preposition and an actor (في شوارع
# العاصمة الرباط).
_PLACE_PHRASE_REACH = 3
# How many plain words may stand between a construct title and the name it stands for
# (رئيس حكومة تصريف الأعمال X).
_APPOSITION_GAP = 3


# A name written before its title (محمد أحمد، المتحدث ...): at most this many words.
_NAME_WORDS = 4
# How many actors one subject may coordinate (X وY وZ).
_MAX_COORDINATED = 3
# Hyphens inside a name (كرامب-كارنباور) are no words of it.
_NAME_JOINERS = frozenset("-\u2010\u2011")


def _leads_actor(g: Grammar, norm: str) -> bool:
    """Whether a word belongs to the actor after it: an honorific, an opening quote, or
    the head of a partitive (أحد، عناصر: "one of", "members of")."""
    return (
        norm in g.honorifics
        or norm in OPENING_QUOTES
        or norm in g.partitives
        or norm in g.member_nouns
    )


def opens_before(g: Grammar, words: list[Word], slot: Slot, lo: int, opens: frozenset[str]) -> bool:
    """Whether the actor (with the honorifics, opening quotes and partitive heads before it:
    السيد، جلالة، «، أحد عناصر) opens the clause starting at word `lo` or follows a word that
    opens one (قال إن X، بأن السيد الرئيس X، إن «X، أن أحد عناصر X)."""
    j = slot.first
    while j > lo and _leads_actor(g, words[j - 1].norm):
        j -= 1
    return j == lo or words[j - 1].norm in opens


def _plain(g: Grammar, lex: Lexicon, word: Word, *, conjunction_ok: bool) -> bool:
    """Whether a word inside a noun phrase is a plain noun: no clause break, no attached
    preposition, no event word (which heads a phrase of its own); with `conjunction_ok`
    a و/ف-prefixed noun (وشؤون المغتربين) is plain too."""
    norm = word.norm
    return not (
        is_break(word, g)
        or (not conjunction_ok and norm[:1] in g.conjunctions)
        or norm[:1] in g.prepositions_attached
        or lex.analyse(norm)
    )


def in_place_phrase(g: Grammar, lex: Lexicon, words: list[Word], slot: Slot) -> bool:
    """Whether the actor completes a place phrase opened by a free preposition that does
    not mark targets, through up to two nouns (في مقر الوزارة، في شوارع العاصمة الرباط،
    أمام مقر البرلمان): a place, not a participant.  A time word closes the phrase (في
    جدة اليوم الرئيس X: the president is the object)."""
    for j in range(slot.first - 1, max(-1, slot.first - _PLACE_PHRASE_REACH - 1), -1):
        norm = words[j].norm
        if norm in g.times:
            return False  # في جدة اليوم الرئيس X: a time word closes the place phrase
        if norm in g.free_prepositions:
            return j < slot.first - 1 and norm not in g.target_prepositions
        if not _plain(g, lex, words[j], conjunction_ok=False):
            return False
    return False


def _glued_conjunction(g: Grammar, words: list[Word], slot: Slot) -> bool:
    """Whether a و/ف is glued before the actor inside its first word (coordination)."""
    word = words[slot.first]
    prefix = word.norm[: max(0, slot.actor.start - word.start)]
    return prefix[:1] in g.conjunctions


def apposition_end(g: Grammar, lex: Lexicon, words: list[Word], slots: list[Slot], k: int) -> int:
    """The named person a chain of construct titles stands in apposition to (رئيس حكومة
    تصريف الأعمال X، نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين X): the title starts
    without the article and names no country; the titles and the person follow one another
    with at most three plain words between (no punctuation, preposition or event word).
    Returns `k` itself when there is no such person."""
    first = slots[k]
    if first.actor.country or first.actor.entity or words[first.first].norm.startswith(g.article):
        return k
    j = k
    while j + 1 < len(slots):
        nxt, cur = slots[j + 1], slots[j]
        between = range(cur.last + 1, nxt.first)
        if len(between) > _APPOSITION_GAP or _glued_conjunction(g, words, nxt):
            return k
        if any(
            words[w].norm in g.free_prepositions
            or not _plain(g, lex, words[w], conjunction_ok=True)
            for w in between
        ):
            return k
        if nxt.actor.entity and nxt.actor.country:
            return j + 1
        if nxt.actor.country or nxt.actor.entity:
            return k
        j += 1
    return k


def titled_after_name(g: Grammar, lex: Lexicon, words: list[Word], i: int, slot: Slot) -> bool:
    """Whether the actor stands, after a comma, in apposition to a name the dictionary does
    not know that follows the verb at `i` (قال محمد أحمد، المتحدث باسم الجيش، إن): one to
    four plain words (no preposition, number or event word) between the verb and the
    comma.  The actor is then the verb's subject, as the named person's title."""
    comma = slot.first - 1
    name = range(i + 1, comma)
    if not 1 <= len(name) <= _NAME_WORDS or words[comma].norm not in COMMAS:
        return False
    return all(
        _plain(g, lex, words[w], conjunction_ok=True)  # names may start with ف/و (فيصل)
        and words[w].norm not in g.free_prepositions
        and not words[w].norm.isdigit()
        for w in name
    )


def plain_word(g: Grammar, lex: Lexicon, word: Word) -> bool:
    """Whether a word is a plain noun or adjective (`_plain`, a و-prefixed one included):
    what may stand between a noun and the relative clause that describes it."""
    return _plain(g, lex, word, conjunction_ok=True)


def appositive_title(g: Grammar, words: list[Word], subject_end: int, slot: Slot) -> bool:
    """Whether the actor is set off by commas right after the subject ending at word
    `subject_end`, with at most one title word before it (رفض محمد علي جعفري، قائد الحرس
    الثوري، قرار ...): the subject's own title, not the verb's object."""
    opening = subject_end + 1
    if opening >= len(words) or words[opening].norm not in COMMAS:
        return False
    if not 1 <= slot.first - opening <= 2:
        return False
    closing = slot.last + 1
    return closing < len(words) and words[closing].norm in COMMAS


def joined_after_name(g: Grammar, lex: Lexicon, words: list[Word], last: int, nxt: Slot) -> bool:
    """Whether the actor `nxt` is joined by و, after a comma, to the name that follows the
    actor ending at word `last` (دعت وزيرة الدفاع الألمانية أنيجريت كرامب-كارنباور، ووزير
    الخارجية الألماني): a second subject, not the object.  The name is at most `_NAME_WORDS`
    words that are neither punctuation of a clause, nor time words, nor event words."""
    comma = nxt.first - 1
    if words[nxt.first].norm[:1] not in g.conjunctions or words[comma].norm not in COMMAS:
        return False
    name = [j for j in range(last + 1, comma) if words[j].norm not in _NAME_JOINERS]
    return 1 <= len(name) <= _NAME_WORDS and all(
        words[j].norm not in COMMAS
        and not is_break(words[j], g)
        and words[j].norm not in g.times
        and not lex.analyse(words[j].norm)
        for j in name
    )


def coordinated(
    g: Grammar, lex: Lexicon, words: list[Word], slots: list[Slot], k: int
) -> list[Slot]:
    """Slot `k` and the slots joined to it by "و" right after it (X وY، X و Y), or after
    the first one's name and a comma (`joined_after_name`)."""
    group = [slots[k]]
    while len(group) < _MAX_COORDINATED and k + 1 < len(slots):
        nxt = slots[k + 1]
        gap = nxt.first - group[-1].last
        glued = actor_prefix(words, nxt)[:1] in g.conjunctions
        if (
            (gap == 1 and glued)
            or (gap == 2 and words[nxt.first - 1].norm in g.conjunctions)
            or joined_after_name(g, lex, words, group[-1].last, nxt)
        ):
            group.append(nxt)
            k += 1
        else:
            break
    return group
