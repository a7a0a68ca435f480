"""The grammar of the event coder: triggers, senses, modality, then events.

For each sentence the coder finds trigger words (verbs in any conjugation, masdars and event
nouns), picks the sense their objects select, drops or flags negated ones, turns future and
intended actions into CAMEO intent codes, keeps material-conflict words only where they
report a happening (`reporting.Reporting`), and assigns source and target by Arabic word
order (`roles.Roles`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter

from hadath.document import ActorMention, Event, Span
from hadath.events.homographs import construct_head_before, function_words
from hadath.events.lexicon import Hit
from hadath.events.modality import Modality
from hadath.events.patterns import NOT_AN_EVENT
from hadath.events.reporting import FRAMED, IF_ACTOR, NOT_REPORTED, REPORTED, Reporting
from hadath.events.resources import EventResources
from hadath.events.roles import Roles
from hadath.events.senses import select_sense
from hadath.events.sharing import continue_shared_act
from hadath.events.trigger import (
    SentenceContext,
    Trigger,
    describes_found,
    object_of_verb,
    requested,
)
from hadath.events.words import DAMMA, TANWIN, Slot, Word

UNKNOWN_ACTOR_CODE = "---"
_NORM = attrgetter("norm")


def words_start_with_actor(word: Word, slot: Slot) -> bool:
    """Whether the actor's name starts within the first 2 letters of its first word (so the
    word is the name itself, not a verb with the actor glued on as an enclitic)."""
    return slot.actor.start - word.start <= 2


class Coder:
    """Codes sentences with one `EventResources`; stateless between calls."""

    def __init__(self, res: EventResources) -> None:
        self.res = res
        self.g = res.grammar
        self.lex = res.lexicon
        self.reporting = Reporting(res.grammar, res.lexicon, res.entries)
        self.modality = Modality(res.grammar, res.lexicon)
        self.roles = Roles(res.grammar, res.lexicon)
        self._function_words = function_words(res.grammar)

    # --- triggers ----------------------------------------------------------------------
    def triggers(
        self,
        words: list[Word],
        inside_actors: frozenset[int] = frozenset(),
        norms: list[str] | None = None,
        date_words: frozenset[int] = frozenset(),
    ) -> list[Trigger]:
        """The trigger words of a sentence with their code, negation and modality; words
        that are part of an actor's name (وزير is also a passive of زار) never trigger.
        `norms` are the words' matching forms, if the caller has them; a number among
        `date_words` (a year, a day of the month) does not count the word after it."""
        found: list[Trigger] = []
        # Masdars a frame (topic, charge, condition, plan) took out: a masdar joined to one
        # by و shares its frame.
        framed: list[int] = []
        # The bare readings of every word, made when the first candidate needs them: most
        # sentences have no trigger word at all.
        bare: list[frozenset[str]] = []
        g = self.g
        if norms is None:
            norms = list(map(_NORM, words))

        def free_between(first: int, last: int) -> int:
            return sum(
                1
                for j in range(first + 1, last)
                if j not in inside_actors and j not in date_words and norms[j].isalnum()
            )

        readings = self.lex.analyse_all(norms)
        # Only the words with a reading are visited (compress picks them in C).
        for i in compress(range(len(norms)), readings):
            norm = norms[i]
            if len(norm) < 3 or i in inside_actors or g.among(norm, g.quantifiers):
                continue  # numbers and quantifiers (اثنين) are never verbs
            if i > 0 and norms[i - 1] in g.name_particles:
                continue  # part of a name (صالح بن طالب)
            hits = readings[i]
            if words[i].text.endswith(g.noun_endings) and all(h.kind != "noun" for h in hits):
                # written with a ta marbuta, a word the dictionary does not know as a noun is
                # no verb either: طالبة is "a student", not طالبه "he demanded of him".  (A
                # masdar such as إصابة keeps its readings: the coder's casualty rules rely on
                # them.)
                continue
            if (
                DAMMA in words[i].text
                and any(h.kind == "past" for h in hits)
                and self._vocalised_passive(words[i].text)
            ):
                # قُتل، أُصيب: a damma on the first letter of a past verb marks the passive,
                # which is neither the active verb nor its masdar (قَتْل)
                hits = tuple(Hit(h.entry, "passive") for h in hits if h.kind == "past")
            if not bare:
                bare = self.lex.bare_forms_all(norms)
            if (
                i > 0
                and (
                    g.among(norms[i - 1], g.free_prepositions)
                    or g.among(norms[i - 1], g.noun_governors)
                    or (norms[i - 1].isdigit() and i - 1 not in date_words)
                    or norms[i - 1] in g.quantifiers
                )
            ) or not TANWIN.isdisjoint(words[i].text):
                # After a preposition, a time or cause word or a number a word is a noun
                # (على تجمع، بعد دعم، مائة طالب); so is a word written with tanwin (فجراً).
                hits = tuple(h for h in hits if h.kind == "noun")
            elif construct_head_before(g, self.lex, self._function_words, words, i, inside_actors):
                # برنامج دعم الرواتب: the masdar written like the past verb
                hits = tuple(h for h in hits if h.kind not in ("past", "passive"))
            for hit in self._rank(hits):
                entry = self.res.entries[hit.entry]
                code, intent_code = select_sense(self.res.senses[hit.entry], entry, bare, i)
                if code is None:
                    continue
                if code == NOT_AN_EVENT:
                    break
                if hit.kind == "noun" and (
                    hit.definite or self.reporting.subordinate(words, i, code, found)
                ):
                    # A definite masdar (الهجوم، الاغتيال) names an event already known to the
                    # reader, usually as the topic of a comment rather than a report of it.
                    break
                negated = self.modality.negated(words, i, hit)
                intent = (
                    hit.kind == "future"
                    or (hit.kind == "present" and self.modality.subjunctive(words, i))
                    or self.modality.intended(words, i)
                )
                masdar_too = hit.kind != "noun" and any(
                    h.kind == "noun" and h.entry == hit.entry for h in hits
                )
                if (hit.kind == "noun" or masdar_too) and self.reporting.frames.coordinated(
                    words, i, framed
                ):
                    framed.append(i)
                    break
                if intent:
                    if intent_code is None:
                        framed.append(i)
                        break  # a future act that has not happened and has no intent code
                    code = intent_code
                own_code = code
                code = self.reporting.protest_reading(words, bare, i, code, found, entry.agentless)
                reported = (
                    self.reporting.reported(
                        words, bare, i, hit, code, masdar_too, date_words, inside_actors
                    )
                    if code[:2] in g.reporting_roots
                    else FRAMED
                    if self.modality.conditioned(words, i)
                    else REPORTED
                )
                if reported == FRAMED:
                    framed.append(i)
                if reported in (NOT_REPORTED, FRAMED):
                    break
                if hit.kind in ("past", "passive") and self.reporting.frames.describes(
                    words, i, framed
                ):
                    break  # the adjective clause of a framed noun (بتهمة هجوم استهدف)
                if (
                    hit.kind in ("past", "passive")
                    and norms[i][:1] not in g.conjunctions
                    and describes_found(found, i)
                ):
                    break  # تبنى X تفجيرا استهدف مسجدا: the clause describes the act found
                if (
                    (
                        hit.kind == "noun"
                        # أكدت الخارجية مجددا رفض مصر: the past verb's twin is the masdar here
                        or (masdar_too and norms[i][:1] not in g.conjunctions)
                    )
                    and object_of_verb(found, i, code, free_between)
                ):
                    break  # تلقى اتصالا، أجرى اتصالا هاتفيا: the verb's event, told once
                if hit.kind == "noun" and requested(found, i, g.request_roots, free_between):
                    break  # طالب X بالإفراج عن الرهائن: asked for, not done
                found.append(
                    Trigger(
                        i,
                        entry,
                        hit,
                        code,
                        negated,
                        intent,
                        reported == IF_ACTOR,
                        recoded=code[:2] == "14" and own_code[:2] != "14",
                    )
                )
                break
        if found and self.reporting.frames.sports(bare):
            return []  # وفي نصف النهائي تلتقي المكسيك مع بنما: a game, not politics
        return found

    @staticmethod
    def _rank(hits: Sequence[Hit]) -> list[Hit]:
        # An indefinite word reads first as a verb; a definite one can only be a noun.  A
        # past reading goes before a first-person present of the same spelling (اصيب is
        # "he was injured" in news, hardly ever "I hit").
        return sorted(hits, key=lambda h: (h.kind == "noun", h.kind == "present", h.entry))

    def _vocalised_passive(self, text: str) -> bool:
        """Whether the word is written with a damma on its first letter, after a
        conjunction if any (قُتل، وأُصيب): the passive of a past verb."""
        first = 1 if text[:1] in self.g.conjunctions and text[1:2] != DAMMA else 0
        return text[first + 1 : first + 2] == DAMMA

    # --- events ------------------------------------------------------------------------
    def code_sentence(self, doc_id: str, ctx: SentenceContext) -> list[Event]:
        events: list[Event] = []
        seen: set[tuple[str, int, int]] = set()
        inside = frozenset(
            j
            for s in ctx.slots
            for j in range(s.first, s.last + 1)
            if j > s.first or words_start_with_actor(ctx.words[j], s)
        )
        norms = ctx.norms if len(ctx.norms) == len(ctx.words) else None
        # The patients of the sentence's violent acts, by start, with those acts' agents.
        victims: dict[int, ActorMention] = {}
        # The named subject of the sentence's last act: a verb joined to it by و may share it.
        shared: ActorMention | None = None
        shared_object: ActorMention | None = None  # that act's target
        # The patient of the act just before, if violent: a casualty joined to it by و with
        # no patient of its own shares it.
        last_patient: ActorMention | None = None
        for trig in self.triggers(ctx.words, inside, norms, ctx.date_words):
            sources, target = self.roles.assign(ctx, trig, shared)
            sources, target = continue_shared_act(
                self.g, self.lex, ctx.words, trig, (sources, target), (shared, shared_object)
            )
            if not sources:
                w = ctx.words[trig.index]
                sources = [
                    ActorMention("", w.start, w.start, UNKNOWN_ACTOR_CODE, sentence=ctx.index)
                ]
            # a violent verb joined by و to the act before it (قتل وجرح سبعة) shares its patient
            joined = (
                ctx.words[trig.index].norm[:1] in self.g.conjunctions
                and trig.code[:2] in self.g.agent_after_roots
            )
            if (
                joined
                and last_patient is not None
                # a bare place found further on is where it happened, not who was hurt
                and (target is None or (target.sector is None and last_patient.sector is not None))
                and (trig.entry.agentless or trig.entry.undergoer)
                and all(s.code != last_patient.code for s in sources)
            ):
                # مقتل اثنين من جنوده، وإصابة اثنين: the wounded are of the killed's party
                target = last_patient
            victim = self._casualty_of_act(trig, sources, target, victims, joined)
            if victim is not None:
                # أصيب جندي في هجوم: the casualty of an act is not the agent of the attack
                # that caused it, but its patient too; the attack shares the act's agent
                # (often unnamed), and an attack of the act's own root is the same event.
                sources = [victims[victim.start]]
                if target is None or target is sources[0]:
                    target = victim
            unnamed = sources[0].code == UNKNOWN_ACTOR_CODE
            protesters = (
                self.reporting.protesters(ctx, trig, anywhere=unnamed)
                if trig.code[:2] == "14"
                else None
            )
            if protesters is not None:
                sources = [protesters]
            elif trig.code[:2] == "14":
                sources = [self.reporting.crowd_with_country(ctx, s) for s in sources]
            if target is not None and any(
                (s.start < target.end and target.start < s.end)
                or (target.entity is not None and s.entity == target.entity)
                or (s.entity is None and s.code == target.code and s.text == target.text)
                for s in sources
            ):
                # the protesters found again as the object, the source's own person named
                # again (يؤيدون مجيء بوش ... بوش), or the same generic people (إدارة شؤون
                # المعلمين ترحب بالمعلمين): nobody acts on themselves here
                target = None
            if target is not None and trig.code[:2] in self.g.agent_after_roots:
                victims.setdefault(target.start, sources[0])
            last_patient = target if trig.code[:2] in self.g.agent_after_roots else None
            if trig.entry.received and target is not None:
                # تلقى X اتصالا من Y ودعاه: the receiver X is the clause's subject, who goes on
                shared, shared_object = target, sources[0]
            elif sources[0].code != UNKNOWN_ACTOR_CODE:
                shared, shared_object = sources[0], target
            if trig.code[:2] <= "08" and sources[0].code == UNKNOWN_ACTOR_CODE:
                continue  # cooperation is only reported between named actors
            if trig.code in self.g.visit_codes and all(map(self._private, sources)):
                continue  # زيارة الأقارب: a private visit
            if (
                target is None
                and trig.code.startswith(self.g.private_codes)
                and all(map(self._private, sources))
            ):
                continue  # يجتمع الأهالي في الحديقة: private life
            if (
                target is None
                and sources[0].code == UNKNOWN_ACTOR_CODE
                and (trig.needs_actor or trig.code[:2] in self.g.party_roots)
            ):
                continue  # neither who nor whom
            mutual = (
                target is None and len(sources) > 1 and trig.code.startswith(self.g.mutual_codes)
            )
            for source in sources:
                # Coordinated parties of a joint act act with each other (وقعت X وY اتفاقية).
                others = [s for s in sources if s is not source] if mutual else [target]
                for other in others:
                    key = (trig.code[:2], source.start, other.start if other else -1)
                    if key in seen:
                        continue
                    seen.add(key)
                    events.append(self._event(doc_id, ctx, trig, source, other))
        return events

    @staticmethod
    def _casualty_of_act(
        trig: Trigger,
        sources: list[ActorMention],
        target: ActorMention | None,
        victims: dict[int, ActorMention],
        joined: bool = False,
    ) -> ActorMention | None:
        """The patient of an earlier violent act of the sentence that a masdar (في هجوم),
        or a verb joined to the act by و (قتل وجرح سبعة), took as its source, or as its
        target while it has no named source."""
        if (trig.hit.kind != "noun" and not joined) or not sources:
            return None
        if sources[0].start in victims:
            return sources[0]
        if target is not None and sources[0].code == UNKNOWN_ACTOR_CODE and target.start in victims:
            return target
        return None

    def _private(self, actor: ActorMention) -> bool:
        """Whether the actor is a generic one of a private sector (الزوار، الأطفال)."""
        return actor.entity is None and actor.sector in self.g.private_sectors

    def _event(
        self,
        doc_id: str,
        ctx: SentenceContext,
        trig: Trigger,
        source: ActorMention,
        target: ActorMention | None,
    ) -> Event:
        info = self.res.ontology[trig.code]
        w = ctx.words[trig.index]
        known = source.code != UNKNOWN_ACTOR_CODE
        confidence = (
            0.45 + 0.25 * known + 0.15 * (target is not None) + 0.15 * (trig.hit.kind != "noun")
        )
        if info.root == "14":
            # The agent of a protest is its crowd: a protest whose source is the crowd ranks
            # above a statement recoded as protest whose source is a named official.
            crowd = source.sector == self.g.protest_agent_sector
            confidence += 0.2 * crowd - 0.2 * trig.recoded
        digest = hashlib.sha1(
            f"{doc_id}:{ctx.index}:{w.start}:{trig.code}:{source.start}"
            f":{target.start if target is not None else -1}".encode()
        ).hexdigest()[:16]
        return Event(
            id=digest,
            doc_id=doc_id,
            sentence=ctx.index,
            cameo=trig.code,
            cameo_root=info.root,
            plover=info.plover,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            source=source,
            target=target,
            trigger=Span(w.text, w.start, w.end),
            negated=trig.negated,
            confidence=min(1.0, confidence),
            coder=self.res.coder,
        )
