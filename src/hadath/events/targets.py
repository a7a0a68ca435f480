"""The target of a trigger named after it: the first party within reach in its clause.

Places and origins (في بغداد، من دمشق) are skipped, a verbal act never targets an actor
inside a place phrase, and an act against an adversary or an aid names its target after a
marker word further on (شكوى إلى X ضد Y، مساعدات لفائدة Z).
"""

from __future__ import annotations

from hadath.document import ActorMention
from hadath.events.agreement import count_after
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.phrases import appositive_title, in_place_phrase
from hadath.events.positions import (
    SENTENCE_ENDS,
    counted_group,
    joined_by_and,
    opens_clause_at,
    phrase_at,
)
from hadath.events.sharing import joined_verb_after_comma
from hadath.events.words import CLAUSE_PUNCTUATION, COMMAS, Slot, Word

# How far after the trigger (or its subject) a target is looked for.
TARGET_REACH = 14
# How many plain words may part two titles of one person (بن عبدالعزيز ولي ولي العهد النائب
# الثاني لرئيس مجلس الوزراء وزير الدفاع: ten).
_TITLE_GAP = 10
# How far after its count the actor of a counted object may start (أكثر من 20 من عناصر داعش).
_COUNTED_REACH = 5
# A name in parentheses right after a source with the same code is its short name.
_OPENING_PARENTHESIS = "("


class Targets:
    """Target search with one grammar and lexicon; stateless between calls."""

    def __init__(self, grammar: Grammar, lexicon: Lexicon) -> None:
        self.g = grammar
        self.lex = lexicon
        # the last words of the partner phrases: where no word is one, no phrase ends
        self._partner_ends = frozenset(phrase[-1] for phrase in grammar.partner_phrases)

    def object_after(
        self,
        words: list[Word],
        slots: list[Slot],
        start: int,
        sources: list[ActorMention],
        root: str,
    ) -> Slot | None:
        """The target named after word `start` (the trigger or its subject): the first actor
        within reach that is not a source and not a place (after في، من، عن...).  It is found
        across commas and relative clauses (أشاد X بالدور الذي تضطلع به Y، استقبل X، اليوم،
        Y), never past the sentence's end or a word that opens another clause (فيما، بينما).
        Of a verbal act (roots 01-13) the target is a party, never an actor inside a place
        phrase (استقبل X في مقر الوزارة ببغداد Y); the place of a protest or an attack is
        what the coders take as its target when no party is named."""
        g = self.g
        verbal = root not in g.reporting_roots
        placed_end = -1  # the last word of the last actor skipped as a place or an origin
        # the source's titles after its name (الأمير X ولي العهد النائب الثاني لرئيس مجلس
        # الوزراء وزير الدفاع): skipped, and the reach counts from their end
        chain_end = self._own_titles_end(words, slots, start, sources)
        count = (
            count_after(g, words, chain_end, len(words)) if root in g.agent_after_roots else None
        )
        for s in slots:
            if s.first <= chain_end:
                continue
            if s.first - chain_end > TARGET_REACH:
                return None
            if count is not None and not self._counted(words, count, s):
                return None  # قتل الخاطفون أربعة من الرهائن: the patients, named by no actor
            if any(
                words[j].norm in SENTENCE_ENDS
                or (
                    opens_clause_at(self.g, self.lex, words, j) and words[j].norm not in g.relatives
                )
                or joined_verb_after_comma(self.g, self.lex, words, j)
                for j in range(start + 1, s.first)
            ):
                return None
            if any(s.actor is a for a in sources) or (
                sources and sources[0].entity and appositive_title(self.g, words, start, s)
            ):
                continue  # رفض X، قائد الحرس الثوري، القرار: the subject's own title
            if self._partner(words, slots, s):
                continue  # بالتنسيق مع مصالح الأمن: who shares the act
            if verbal and _own_country(s.actor, sources):
                continue  # أكد ماكرون استعداد فرنسا لدعم العراق: his own side, not the party
            before = words[s.first - 1].norm
            if before == _OPENING_PARENTHESIS and any(
                s.actor.code == a.code or words[s.first - 2].end == a.end for a in sources
            ):
                # دعت قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل): its short name;
                # أطلق مسلحو (داعش) النار: whose they are
                continue
            if (
                before in g.free_prepositions
                and before not in g.target_prepositions
                and not counted_group(self.g, words, s)
                # تظاهروا أمام السفارة اليونانية: what a protest faces is its target
                and not (root in g.grievance_roots and before in g.protest_sites)
            ) or (
                verbal
                and in_place_phrase(self.g, self.lex, words, s)
                # الممثل الأعلى ... في الاتحاد الأوروبي جوزيب بوريل: the person the title
                # names, right after the body he serves in
                and not (s.first == placed_end + 1 and s.actor.entity is not None)
            ):
                placed_end = s.last
                continue  # في بغداد، من دمشق، في مقر الوزارة: a place or an origin
            if placed_end >= 0 and joined_by_and(g, words, placed_end, s):
                placed_end = s.last
                continue  # من الولايات المتحدة، وكندا: the list of places goes on
            # شكوى إلى مجلس الأمن ضد إسرائيل: the adversary, not the addressee; مساعدات
            # لفائدة السكان: the beneficiary
            markers = (
                g.adversary_prepositions
                if root in g.adversary_roots
                else g.beneficiary_words
                if root in g.beneficiary_roots
                else None
            )
            if markers and before not in markers:
                return self._marked_after(words, slots, s, markers) or s
            return s
        return None

    def _counted(self, words: list[Word], count: int, s: Slot) -> bool:
        """Whether actor `s` is inside the counted phrase opened at `count`: within
        `_COUNTED_REACH` words of the count, with nothing between but plain words, numbers
        and the partitive من (ثلاثة متشددين موالين لحركة طالبان، أكثر من 20 من عناصر داعش).
        `count_asides` do not end the phrase (20 قتيلا على الأقل بينهم عدد من الأطفال), and a
        count joined by و goes on with the list (نحو 25 ألف شيشاني، وخمسة آلاف جندي روسي);
        a place after قرب or في, or a comma, lies outside it (25 مسلحا قرب البويرة)."""
        g = self.g
        j = count + 1
        asides = 0  # words of على الأقل، بينهم: not counted in the reach
        while j < s.first:
            aside = next((p for p in g.count_asides if phrase_at(g, words, j, p)), None)
            if aside is not None:
                j += len(aside)
                asides += len(aside)
                continue
            norm = words[j].norm
            joined = j + 1 < s.first and self._joined_count(words[j + 1].norm)
            if self._joined_count(norm) or (norm in COMMAS and joined):
                count, asides = j, 0  # 25 ألف شيشاني، وخمسة آلاف جندي روسي: the list goes on
                j += 1
                continue
            if (
                not norm.isalnum()
                or (norm in g.free_prepositions and norm not in g.origin_prepositions)
                or norm in g.place_nouns
            ):
                return False
            j += 1
        return s.first - count - asides <= _COUNTED_REACH

    def _joined_count(self, norm: str) -> bool:
        """Whether a word is a count joined by و to the one before (وخمسة، و20)."""
        if norm[:1] not in self.g.conjunctions:
            return False
        rest = norm[1:]
        return rest.isdigit() or rest in self.g.quantifiers

    def _own_titles_end(
        self, words: list[Word], slots: list[Slot], start: int, sources: list[ActorMention]
    ) -> int:
        """The last word of the titles that follow a named source and name the same person
        (وزير الدفاع resolved to the prince), with the titles of no one between them, each
        within `_TITLE_GAP` plain words or commas of the one before (no preposition: في جدة
        ends them); `start` if there are none."""
        if not sources or sources[0].entity is None:
            return start
        person = sources[0].entity
        end = last = start
        for s in slots:
            if s.first <= start:
                continue
            between = range(last + 1, s.first)
            if len(between) > _TITLE_GAP or any(
                words[j].norm in SENTENCE_ENDS
                or words[j].norm in self.g.free_prepositions
                or not (words[j].norm.isalpha() or words[j].norm in COMMAS)
                for j in between
            ):
                break
            if any(s.actor is a for a in sources):
                break  # the source itself named after the act (تابعة لوحدات X): no title
            if s.actor.entity == person:
                end = s.last
            elif s.actor.entity is not None or s.actor.country not in (None, sources[0].country):
                break
            last = s.last
        return end

    def _partner(self, words: list[Word], slots: list[Slot], slot: Slot) -> bool:
        """Whether the actor stands within three words after a partner phrase (بالتنسيق مع
        مختلف مصالح الأمن، بمشاركة X), with no punctuation and no other actor between."""
        lo = max((s.last for s in slots if s.last < slot.first), default=-1)
        for end in range(slot.first - 1, max(lo, slot.first - 4), -1):
            norm = words[end].norm
            if norm in CLAUSE_PUNCTUATION:
                return False
            if not self.g.among(norm, self._partner_ends):
                continue
            for phrase in self.g.partner_phrases:
                if phrase_at(self.g, words, end - len(phrase) + 1, phrase):
                    return True
        return False

    def _marked_after(
        self, words: list[Word], slots: list[Slot], first: Slot, markers: frozenset[str]
    ) -> Slot | None:
        """The actor right after one of the `markers` (ضد X، لفائدة X) following the
        candidate target `first` within reach in its clause, if any."""
        g = self.g
        for s in slots:
            if s.first <= first.last:
                continue
            if s.first - first.last > TARGET_REACH or any(
                words[j].norm in SENTENCE_ENDS or opens_clause_at(g, self.lex, words, j)
                for j in range(first.last + 1, s.first)
            ):
                return None
            if words[s.first - 1].norm in markers:
                return s
        return None


def _own_country(actor: ActorMention, sources: list[ActorMention]) -> bool:
    """Whether the actor is the bare country of the act's first source (ماكرون، فرنسا)."""
    return (
        bool(sources)
        and actor.sector is None
        and actor.entity is None
        and actor.code == sources[0].country
    )
