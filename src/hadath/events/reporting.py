"""Does a trigger report a happening, and is it a protest?

News names violence far more often than it reports it (ذكرى اغتيال، بتهمة القتل، هل يقتل...؟).
`Reporting` decides, for a trigger of the material-conflict roots, whether it reports an
episode (see ``reporting`` in ``data/events/grammar.yaml``), whether a masdar is only the
purpose or complement of another act, and how the acts of protesters read: their demands
and denunciations are a demonstration (141), their violence a riot (145), and they are the
protest's source when the sentence names them only by a protester word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from hadath.document import ActorMention
from hadath.events.framing import Frames, is_break, is_year, stands_before
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Hit, Lexicon
from hadath.events.patterns import PatternEntry
from hadath.events.positions import bare_place, oblique
from hadath.events.words import CLAUSE_PUNCTUATION, Word

# Marks inside a number written with a fraction (1.2، ١٫٥): a measure, not a count.
_DECIMAL_MARKS = frozenset({".", ",", "\u066b"})
# How far before an act's masdar its claim verb may stand (تبنت فصائل X أمس الاثنين هجوما).
_CLAIM_REACH = 6

if TYPE_CHECKING:
    from hadath.events.trigger import SentenceContext, Trigger

# Answers of `Reporting.reported`.  `FRAMED` is not reported either: a frame (a topic, a
# charge, a condition, a plan) governs the word, and so it governs a masdar coordinated with
# it (بتهمة قتل شرطي وخطف ثلاثة أشخاص).
REPORTED, IF_ACTOR, NOT_REPORTED, FRAMED = "reported", "if-actor", "not-reported", "framed"


class Reporting:
    """The reported-or-mentioned check and the protest reading, for one grammar and lexicon;
    stateless between calls."""

    def __init__(self, grammar: Grammar, lexicon: Lexicon, entries: Sequence[PatternEntry]) -> None:
        self.g = grammar
        self.lex = lexicon
        self.entries = entries
        self.frames = Frames(grammar, lexicon)

    def subordinate(self, words: list[Word], i: int, code: str, found: Sequence[Trigger]) -> bool:
        """Whether a masdar is the purpose or the complement of another act, not an event.

        Purpose: ``للمطالبة بـ``، ``استنكارا لـ`` (kept when it names a protest, which is
        what the sentence reports).  Complement: the topic of an appeal, demand, criticism or
        protest just before it (``احتجاجا على مقتل``، ``تدعو إلى قتل``، ``ضد الغارات``).
        """
        norm = words[i].norm
        base = self.g.without_conjunction(norm)
        accusative = len(base) > 3 and base.endswith("\u0627")
        purpose = base[:1] == "\u0644" or (accusative and "10" <= code[:2] <= "13")
        if purpose and code[:2] != "14":
            return True
        return any(
            0 < i - t.index <= 3 and t.code[:2] in ("02", "10", "11", "12", "13", "14")
            for t in found
        )

    def reported(
        self,
        words: list[Word],
        bare: list[frozenset[str]],
        i: int,
        hit: Hit,
        code: str,
        masdar_too: bool = False,
        date_words: frozenset[int] = frozenset(),
        actor_words: frozenset[int] = frozenset(),
    ) -> str:
        """Whether a material-conflict word at `i` reports a happening (not a topic, a
        question, a condition or a generic present): `REPORTED`, `NOT_REPORTED` or
        `IF_ACTOR` (reported if a named actor turns out to take part).

        A word anchored to an episode by a casualty, weapon or time word nearby, or a masdar
        by a count of its patients right after it (اعتقال 41 عنصرا), reports it;
        an unanchored past or passive verb reports it if a named actor takes part; an
        unanchored masdar or present verb does not.  A form that is
        both a past verb and a masdar (قتل، خطف، فرض) reads as the verb only where a verb can
        stand: glued to و/ف, first in its clause, after a verb opener (قد، كما، حيث) or right
        after an actor that opens its clause, its subject (`actor_words`: the indices of the
        actors' words).
        """
        g = self.g
        if any(w.norm == "\u061f" or w.norm == "?" for w in words) or any(
            w.norm in g.questions for w in words[:2]
        ):
            return NOT_REPORTED
        if stands_before(words, i, g.irrealis):
            return FRAMED
        frames = self.frames
        entry = self.entries[hit.entry]
        if (entry.agentless or entry.undergoer) and frames.accident(bare, i):
            return NOT_REPORTED  # لقي شخصان مصرعهما في حادث سير: no political event
        if frames.conditional_answer(words, i) or frames.accused(words, bare, i, hit):
            return FRAMED
        if frames.tally_since(words, bare, i):
            return NOT_REPORTED
        # a frame governs the words right after it, not a clause after a comma (في إطار
        # محاربة الجريمة المنظمة، أوقفت ...)
        frame_lo = max(0, i - 3)
        for j in range(i - 1, frame_lo - 1, -1):
            if words[j].norm in CLAUSE_PUNCTUATION:
                frame_lo = j + 1
                break
        if any(not bare[j].isdisjoint(g.topic_frames) for j in range(frame_lo, i)):
            return FRAMED
        if hit.kind == "noun" and frames.unrealised(words, bare, i):
            return FRAMED
        relative = any(words[j].norm in g.relatives for j in range(max(0, i - 2), i))
        verb_position = not masdar_too or (
            i == 0
            or (words[i].norm[:1] in g.conjunctions and bool(self.lex.analyse(words[i].norm[1:])))
            or is_break(words[i - 1], g)
            or words[i - 1].norm in g.verb_openers
            # right after its subject (إن الجيش قصف المدينة): a name cannot head a construct
            or self._after_opening_actor(words, i, actor_words)
        )
        verbal = hit.kind in ("past", "passive") and verb_position and not relative
        if hit.kind in ("present", "future") and code[:2] in g.generic_present_roots:
            return NOT_REPORTED
        near = [*range(max(0, i - 10), i), *range(i + 1, min(len(words), i + 11))]
        if any(
            not (bare[j].isdisjoint(g.victims) and bare[j].isdisjoint(g.means))
            or (code[:2] == "14" and not bare[j].isdisjoint(g.crowds))
            for j in near
        ) or any(not bare[j].isdisjoint(g.times) for j in range(i + 1, min(len(words), i + 7))):
            return REPORTED
        if hit.kind == "noun" and (self._counted(words, i, date_words) or self._claimed(words, i)):
            return REPORTED
        return IF_ACTOR if verbal and not entry.anchored else NOT_REPORTED

    def _after_opening_actor(self, words: list[Word], i: int, actor_words: frozenset[int]) -> bool:
        """Whether the word before `i` ends an actor that opens its clause: first in the
        sentence or right after a complementiser, a verb opener or a clause break (إن الجيش
        قصف), so that the word at `i` can be its verb (not after an actor that is itself an
        object or a genitive: حاول الطلبة المؤيدون لأحمدي نجاد طرد المتظاهرين)."""
        first = i - 1
        while first >= 0 and first in actor_words:
            first -= 1
        if first == i - 1:
            return False
        if first < 0:
            return True
        before = words[first]
        g = self.g
        return (
            before.norm in g.complementisers or before.norm in g.verb_openers or is_break(before, g)
        )

    def _claimed(self, words: list[Word], i: int) -> bool:
        """Whether a claim verb stands before the masdar at `i` in its clause, within
        `_CLAIM_REACH` words (تبنت الفصائل أمس الاثنين هجوما على قاعدة): the claim attests
        the act.  (A definite masdar, تبنت X الهجوم, names one already told.)"""
        return stands_before(words, i, self.g.claim_verbs, _CLAIM_REACH)

    def _counted(self, words: list[Word], i: int, date_words: frozenset[int]) -> bool:
        """Whether a whole number in digits counts the patients of the masdar right after
        it, perhaps after an approximation (اعتقال 41 عنصرا، توقيف نحو 112 شخصا): an
        episode.  A year, a day of a date (هجمات 11 سبتمبر) or a measure (1.2) counts
        nothing."""
        for j in range(i + 1, min(len(words), i + 3)):
            norm = words[j].norm
            if norm.isdigit():
                decimal = j + 1 < len(words) and words[j + 1].norm in _DECIMAL_MARKS
                return j not in date_words and not is_year(norm) and not decimal
            if norm not in self.g.quantifiers:
                return False
        return False

    def protest_reading(
        self,
        words: list[Word],
        bare: list[frozenset[str]],
        i: int,
        code: str,
        found: Sequence[Trigger],
        agentless: bool = False,
    ) -> str:
        """Recode acts of protesters as protest: their demands and denunciations are a
        demonstration (141), their violence a riot (145); so is violence coordinated with a
        protest verb of the same sentence (تظاهروا وأحرقوا), and any statement that follows
        a reported protest in its sentence."""
        root = code[:2]
        if root < "14" and any(t.code[:2] == "14" for t in found):
            # What a sentence adds after reporting a protest (its demands, denunciations,
            # support, the visit it protests) is the content of that protest.
            return "141"
        if root not in ("02", "10", "11", "12", "13", "17", "18", "19"):
            return code
        # Violence makes a riot only if people commit it: a march or a banner word cannot
        # (شنت مسيرة غارة is a drone's strike, the same spelling as a march).
        violent = root > "13"
        near = any(
            self.protester_subject(words, bare, j, people=violent)
            and not self._apart(words, i, j)
            # Counted protesters after a verb whose next actor is its patient (`agentless`:
            # اعتقلت خمسة متظاهرين) suffered the act; after others (رشق مئات المتظاهرين) they
            # are its subject.
            and not (
                agentless
                and j > i
                and (words[j - 1].norm in self.g.quantifiers or self.partitive(words, j))
            )
            # A statement's subject may stand further back than a violent verb's (آلاف
            # المتظاهرين كانوا يسيرون وينشدون أغاني تدعو إلى...), within its clause.
            for j in (
                *range(max(0, i - (6 if violent else 10)), i),
                *range(i + 1, min(len(words), i + 4)),
            )
        )
        coordinated = words[i].norm[:1] == "\u0648" and any(
            t.code[:2] == "14" and i - t.index <= 16 for t in found
        )
        if near or coordinated:
            return "141" if root <= "13" else "145"  # 02 appeals included
        return code

    def _apart(self, words: list[Word], i: int, j: int) -> bool:
        """Whether a clause break lies between words `i` and `j` (either order): protesters
        of another clause (اعتقلت متظاهرين فيما استخدمت) are not this verb's subject."""
        lo, hi = (j, i) if j < i else (i, j)
        return any(is_break(words[k], self.g) for k in range(lo + 1, hi))

    def protester_subject(
        self,
        words: list[Word],
        bare: list[frozenset[str]],
        j: int,
        offset: int = 0,
        people: bool = False,
    ) -> bool:
        """Whether word `j` names protesters who can be the subject of a verb: not after a
        preposition, and not in the -ين (accusative/genitive) form of the sound plural
        unless a quantifier heads it (مئات المتظاهرين) — ``ضرب المتظاهرين`` is
        repression of protesters, ``أحرق المتظاهرون`` is a riot.  With `people`, only words
        naming people count (not banners or marches)."""
        g = self.g
        if bare[j].isdisjoint(g.protesters if people else g.protest_agents):
            return False
        j += offset  # `bare` may be a window of the sentence starting at `offset`
        norm = words[j].norm
        before = words[j - 1].norm if j > 0 else ""
        if self.partitive(words, j):
            return True  # آلاف من المتظاهرين، عدد من المحتجين: the group itself
        if before in g.free_prepositions or before in g.target_prepositions:
            return False
        base = g.without_conjunction(norm)
        if base[:1] in g.prepositions_attached and not base.startswith(g.article):
            return False
        if norm.endswith("\u064a\u0646"):
            return before in g.quantifiers
        return True

    def partitive(self, words: list[Word], j: int) -> bool:
        """Whether word `j` is the group of a partitive ``N من X`` (عدد من المتظاهرين، حشود
        من المحتجين) whose head is not itself after a preposition (ضد مجموعة من X)."""
        g = self.g
        if j < 2 or words[j - 1].norm not in g.origin_prepositions:
            return False
        # The head may carry an adjective or two (مجموعات صغيرة أيضا من المتظاهرين).
        for h in range(j - 2, max(-1, j - 5), -1):
            head = words[h].norm
            if head in CLAUSE_PUNCTUATION or head in g.free_prepositions:
                return False
            head = g.without_conjunction(head)
            if head in g.partitives or head in g.quantifiers or head.isdigit():
                above = words[h - 1].norm if h > 0 else ""
                return above not in g.free_prepositions and above not in g.target_prepositions
        return False

    def protesters(
        self, ctx: SentenceContext, trig: Trigger, anywhere: bool = False
    ) -> ActorMention | None:
        """The protesters a protest verb or noun is about (وتظاهر المتظاهرون، مسيرة للمحتجين)
        as a generic civilian actor, when the sentence names them near it (10 words before,
        6 after) or, with `anywhere` (the act has no named source), anywhere in it: a
        sentence that reports a protest is about its crowd (وعلق المتظاهرون لافتة ... تدعو
        إلى المشاركة في مظاهرة)."""
        words, i = ctx.words, trig.index
        lo, hi = (0, len(words)) if anywhere else (max(0, i - 10), i + 7)
        bare = [self.lex.bare_forms(w.norm) for w in words[lo:hi]]
        offset = lo
        for j in sorted(range(len(bare)), key=lambda k: abs(k + offset - i)):
            if (
                j + offset != i
                and not bare[j].isdisjoint(self.g.protesters)
                and self.protester_subject(words, bare, j, offset)
            ):
                named = [s.actor for s in ctx.slots if s.first <= j + offset <= s.last]
                if named and named[0].sector and named[0].country:
                    return named[0]  # the actors stage read more (المتظاهرين الفلسطينيين)
                w = words[j + offset]
                sector = self.g.protest_agent_sector
                country = self._crowd_country(ctx, j + offset)
                return ActorMention(
                    w.text,
                    w.start,
                    w.end,
                    f"{country or ''}{sector}",
                    country,
                    sector,
                    sentence=ctx.index,
                )
        return None

    def _crowd_country(self, ctx: SentenceContext, j: int) -> str | None:
        """The country of protesters named at word `j`: of an actor describing them right
        after the word (متظاهرون فلسطينيون، مئات من طلبة المدارس العراقية), else of the place
        the protest is held in (في الرباط): the first sectorless actor after في."""
        words = ctx.words
        for s in ctx.slots:
            if (
                0 < s.first - j <= 3
                and s.actor.country
                and not oblique(self.g, words, s)
                and words[s.first - 1].norm not in self.g.protest_sites
            ):
                # (an actor behind a preposition is an object, and one behind a protest site
                # is what they face: هتافات مناهضة لإسرائيل، تجمعوا أمام السفارة الأميركية)
                return s.actor.country
        for s in ctx.slots:
            if self._venue(words, s.first) and s.actor.sector is None and s.actor.country:
                return s.actor.country
        return None

    def crowd_with_country(self, ctx: SentenceContext, source: ActorMention) -> ActorMention:
        """A generic civilian crowd (المواطنين) protesting takes the country of the place
        the protest is held in, as protesters named by a protester word do.  A people or a
        place protesting (خرج آلاف المغاربة) is its civilians (MARCVL)."""
        sector = self.g.protest_agent_sector
        if bare_place(source):
            return replace(source, code=f"{source.code}{sector}", sector=sector)
        if source.sector != sector or source.country:
            return source
        country = self.crowd_country(ctx, source)
        if country is None:
            return source
        return replace(source, code=f"{country}{source.code}", country=country)

    def crowd_country(self, ctx: SentenceContext, actor: ActorMention) -> str | None:
        """The country of a generic crowd that is the source of a protest (عشرات الآلاف من
        المواطنين، في شوارع العاصمة الرباط), as for protesters named by a protester word."""
        for s in ctx.slots:
            if s.actor is actor:
                return self._crowd_country(ctx, s.first)
        return None

    def _venue(self, words: list[Word], first: int) -> bool:
        """Whether the word at `first` is in a place phrase: right after a venue preposition
        or through up to two nouns of it (في الرباط، في شوارع العاصمة الرباط)."""
        for j in range(first - 1, max(-1, first - 4), -1):
            norm = words[j].norm
            if norm in self.g.venue_prepositions:
                return True
            if is_break(words[j], self.g) or self.lex.analyse(norm):
                return False
        return False
