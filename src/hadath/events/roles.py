"""Who did it to whom: the source and target of a trigger from the actors of its sentence.

Arabic word order and agreement decide between the actors of a clause:

* VSO (``التقى الرئيسُ الوزيرَ``) and SVO (``الجيش قصف``) subjects, nominal sentences and
  "X قام بـ<masdar>" light-verb constructions;
* the passive with an agent phrase (``قُتل X على يد Y``, ``من قبل``);
* continuations (``من جانبه``) whose subject is the previous sentence's actor;
* reported speech (``قال X إن ...``), whose speaker is the source of an unsubjected statement
  and of a reported act only when the clause is the speaker's own (``speakers``);
* casualty reports: the passive of an unvocalised verb with no object, verbs whose subject
  undergoes the act (``أصيب``);
* coordination (``X وY``), which yields one event per coordinated actor, and verbs joined
  by و that share the previous act's subject (``sharing``);
* titles: after an unknown name (``قال محمد أحمد، المتحدث باسم الجيش``) the subject, between
  commas after a named subject not its object;
* the visitor named after a visit's masdar (``زيارة لوزير الخارجية``), the claimer of an
  attack (``claims``) and what a protest is against (``grievance``);
* targets after the prepositions of the grammar file or as direct objects (``targets``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.document import ActorMention
from hadath.events.agent_phrases import (
    FORCE_SECTORS,
    agent_after,
    cause_of,
    giver_of,
    passive_agent,
    visitor_of,
)
from hadath.events.agreement import (
    counted_object_after,
    described_by_verb,
    marked_object,
    no_object_after,
    noun_subject_before,
    plural_verb,
)
from hadath.events.claims import claimer
from hadath.events.grammar import Grammar
from hadath.events.grievance import grievance_target
from hadath.events.leading import can_lead, leads_as_agent
from hadath.events.lexicon import Lexicon
from hadath.events.phrases import (
    apposition_end,
    coordinated,
    opens_before,
    titled_after_name,
)
from hadath.events.positions import (
    bare_place,
    charged_genitive,
    clause_range,
    counted_group,
    genitive_after_preposition,
    genitive_of_object_masdar,
    genitive_of_oblique,
    oblique,
    phrase_index,
    placed,
    quantified,
)
from hadath.events.relatives import Relatives
from hadath.events.sharing import continues_subject, shares_subject
from hadath.events.speakers import Speakers
from hadath.events.targets import TARGET_REACH, Targets
from hadath.events.words import COMMAS, Slot, Word

if TYPE_CHECKING:
    from hadath.events.trigger import SentenceContext, Trigger

_VERB_KINDS = frozenset({"past", "present", "future", "passive"})


class Roles:
    """Assigns sources and targets with one grammar and lexicon; stateless between calls."""

    def __init__(self, grammar: Grammar, lexicon: Lexicon) -> None:
        self.g = grammar
        self.lex = lexicon
        self._agent_index = phrase_index(grammar.passive_agents)
        self._grievance_index = phrase_index(grammar.grievance_phrases)
        self.speakers = Speakers(grammar, lexicon)
        self.targets = Targets(grammar, lexicon)
        self.relatives = Relatives(grammar, lexicon)

    def _titled_subject(
        self, words: list[Word], slots: list[Slot], i: int, root: str, is_verb: bool, plural: bool
    ) -> int | None:
        """The actor after the comma that follows an unknown name right after a singular
        verb: the name's title, and so the verb's subject (past the comma, which ends the
        verb's clause for every other rule)."""
        if not is_verb or plural:
            return None
        k = next((k for k, s in enumerate(slots) if s.first > i), None)
        if k is None or not titled_after_name(self.g, self.lex, words, i, slots[k]):
            return None
        return k if can_lead(self.g, self.lex, words, slots[k], root) else None

    def assign(
        self, ctx: SentenceContext, trig: Trigger, shared: ActorMention | None = None
    ) -> tuple[list[ActorMention], ActorMention | None]:
        """Sources (one per coordinated actor) and the target of a trigger.  `shared` is the
        named source of the sentence's previous act, which a verb joined to it by و may
        share."""
        words, slots, i = ctx.words, ctx.slots, trig.index
        if shared is not None:
            object_slot = shares_subject(self.g, words, slots, trig, shared)
            if object_slot is not None:
                return [shared], object_slot.actor  # انتقد X الاتفاق، واتهم السلطات بـ
        visitor = visitor_of(self.g, words, slots, trig)
        if visitor is not None:
            # زيارة الرئيس الفرنسي إلى بغداد: the visitor, then where they went
            destination = self.targets.object_after(
                words, slots, visitor.last, [visitor.actor], trig.code[:2]
            )
            return [visitor.actor], destination.actor if destination else None
        if (
            trig.hit.kind == "noun"
            and i + 1 < len(words)
            and words[i + 1].norm in self.g.attack_adjectives
        ):
            # هجوم انتحاري: the kind of attack, not an actor
            slots = [s for s in slots if s.first != i + 1]
        described: Slot | None = None
        if trig.hit.kind == "noun" and described_by_verb(self.g, self.lex, words, i):
            # انفجارا استهدف دورية للشرطة: the patrol is what the described act hit; no actor
            # after the verb is its agent
            described = self.targets.object_after(words, slots, i + 1, [], trig.code[:2])
            slots = [s for s in slots if s.first < i]
        lo, hi = clause_range(self.g, words, i, ctx.date_words)
        is_verb = trig.hit.kind in _VERB_KINDS
        root = trig.code[:2]
        # An actor right after "إن/أن" or a conjunction opens its own clause (قال إن X قصف).
        opens = self.g.complementisers | self.g.verb_openers
        sources: list[ActorMention] = []
        target: Slot | None = None
        after = [k for k, s in enumerate(slots) if i < s.first < hi]
        before = [k for k, s in enumerate(slots) if lo <= s.first and s.last < i]
        if (
            trig.hit.kind == "noun"
            and root in self.g.agent_after_roots
            and i > 0
            and self.speakers.speech_verb(words[i - 1].norm)
        ):
            before = []  # وأعلنوا مقتل أربعة مدنيين: who tells of the killing did not kill

        plural = is_verb and plural_verb(self.g, words[i].norm)
        # قال إن القصف استهدف X: a subject the dictionary does not know; X is the object
        noun_subject = is_verb and noun_subject_before(self.g, words, slots, i)
        agent_k = passive_agent(self.g, self._agent_index, words, slots, i)
        subject_k: int | None = None
        if agent_k is not None:
            sources = [s.actor for s in coordinated(self.g, self.lex, words, slots, agent_k)]
            patients = [k for k in after if slots[k].first < slots[agent_k].first]
            if patients:
                target = slots[patients[0]]
        else:
            # The subject may be separated from its verb by a perfect particle (وكان X قد زار).
            verb_at = i - 1 if i > 0 and words[i - 1].norm in self.g.perfect_particles else i
            fronted = [
                k
                for k in before
                if slots[k].last == verb_at - 1
                and opens_before(self.g, words, slots[k], lo, opens)
                and can_lead(self.g, self.lex, words, slots[k], root, adjacent=True)
            ]
            patient_first = (
                bool(fronted)
                and is_verb
                and (
                    trig.entry.undergoer
                    or trig.hit.kind == "passive"  # رجلا قُتل: the passive's subject suffers
                    or (
                        # a plural with an armed subject before it is active (المسلحون
                        # خطفوا ما مجموعه 14 شخصا); civilians are its patients (شخصين قتلا)
                        trig.entry.agentless
                        and trig.hit.kind == "past"
                        and (not plural or slots[fronted[0]].actor.sector not in FORCE_SECTORS)
                        and no_object_after(self.g, words, i, hi)
                    )
                )
            )
            if patient_first:
                # جنديا عراقيا قتل في هجوم: an agentless verb with no object is the passive
                # (قُتل), the actor before it its patient; the agent, if any, comes after.
                target = slots[fronted[0]]
            elif fronted and is_verb:
                # SVO: an actor that opens the clause right before the verb is its subject
                # (الكاظمي يستقبل ماكرون); the actor after the verb is then the object.
                subject_k = fronted[0]
            elif (
                is_verb
                and not trig.entry.undergoer
                # الذين قتلوا is also "who were killed", unless a count follows (قتلوا آلاف)
                and (not trig.entry.agentless or counted_object_after(self.g, words, i, hi))
                and (head_k := self.relatives.subject(words, slots, i, plural, trig.hit.kind))
                is not None
            ):
                subject_k = head_k
            elif is_verb and (obj_k := self.relatives.object_of(words, slots, i)) is not None:
                # ساركوزي الذي استقبله، صباح أمس، الرئيس التونسي: the described noun is the
                # object, and the subject comes after the verb (past a dated aside)
                target = slots[obj_k]
                subject = self.targets.object_after(words, slots, i, [target.actor], root)
                subject_k = slots.index(subject) if subject is not None else None
            elif (
                titled := self._titled_subject(words, slots, i, root, is_verb, plural)
            ) is not None:
                subject_k = titled  # قال محمد أحمد، المتحدث باسم الجيش، إن
            elif after and not plural:
                k = after[0]
                s = slots[k]
                # a counted partitive is measured from its head (تظاهر عشرات الآلاف من
                # المواطنين): the group is the subject the head counts
                head = s.first - 2 if counted_group(self.g, words, s) else s.first
                near = head - i <= (3 if is_verb else 1)
                patient = (
                    trig.entry.undergoer
                    or trig.hit.kind == "passive"  # وقُتل جندي: the soldier was killed
                    or (
                        trig.entry.agentless
                        and (s.actor.sector not in FORCE_SECTORS or quantified(self.g, words, s))
                    )
                    or (trig.entry.place_object and bare_place(s.actor))
                    # اتهام روسيا بالتدخل: Russia is accused (but اتهامات روسيا لأمريكا)
                    or (
                        trig.hit.kind == "noun"
                        and trig.entry.object_genitive
                        and s.first == i + 1
                        and charged_genitive(self.g, words, slots, s)
                    )
                    # قصف المستشفى، استهداف المدنيين: the genitive of a violent masdar that
                    # bears no arms is what it hit (قصف الطيران: the aviation shelled)
                    or (
                        trig.hit.kind == "noun"
                        and root in self.g.agent_after_roots
                        and s.first == i + 1
                        and s.actor.sector is not None
                        and s.actor.sector not in FORCE_SECTORS
                    )
                )
                if s.first > i + 1 and genitive_after_preposition(self.g, words, slots, s):
                    pass  # دعاه إلى زيارة القاهرة: inside the phrase, no role of the verb
                elif noun_subject:
                    if near and not oblique(self.g, words, s):
                        target = s  # إن هجوما استهدف دورية للجيش: the army's patrol is hit
                elif (
                    near
                    and can_lead(self.g, self.lex, words, s, root, s.first == i + 1)
                    and not patient
                    # أشاد بجهود الأردن: the genitive of an oblique noun is no subject
                    and not (s.first > i + 1 and genitive_of_oblique(self.g, self.lex, words, s))
                    and not (
                        words[s.first].norm not in self.g.attack_adjectives
                        and genitive_of_object_masdar(self.lex, words, s, i)
                    )
                    and not (is_verb and marked_object(self.g, self.lex, words, i, s, trig))
                ):
                    subject_k = k
                elif near and not oblique(self.g, words, s):
                    target = s
            elif after and plural and not (trig.entry.agentless or trig.entry.undergoer):
                # هاجموا الشرطة: a plural verb's subject is its pronoun (or stands before
                # it); the actor right after it is its object (قتلوا may be قُتلوا: not there)
                s = slots[after[0]]
                if (
                    s.first - i <= 3
                    and not oblique(self.g, words, s)
                    and not placed(self.g, words, s)
                ):
                    target = s
            if subject_k is None and before and not patient_first:
                reported_root = root in self.g.reporting_roots
                passive = trig.hit.kind == "passive"  # اثنين من عناصر X قُتلا
                # a plural past with no object has unarmed patients before it (اثنين من
                # المتشددين وطفلين قتلوا خلال اشتباكات), as when they open the clause
                unarmed_suffer = (
                    plural
                    and trig.entry.agentless
                    and trig.hit.kind == "past"
                    and no_object_after(self.g, words, i, hi)
                )
                for k in reversed(before):
                    # a counted actor before a violent act is a casualty (مقتل ثلاثة أطباء
                    # وإصابة رابع، ثلاثة عراقيين قتلوا), not its agent; so is a passive's
                    counted = root in self.g.agent_after_roots and (
                        quantified(self.g, words, slots[k])
                        or (unarmed_suffer and slots[k].actor.sector not in FORCE_SECTORS)
                    )
                    leads = can_lead(self.g, self.lex, words, slots[k], root)
                    if target is None and (passive or counted) and leads:
                        target = slots[k]
                    if unarmed_suffer and target is not None:
                        break  # عسكريا وامرأة ورجلا قتلوا: the whole list was killed
                    if (
                        leads
                        # the subject of an undergoer verb (أصيب) or a passive is its patient
                        and not (trig.entry.undergoer or passive or counted)
                        and not (reported_root and self.speakers.is_speaker(words, slots[k]))
                        and not genitive_of_oblique(self.g, self.lex, words, slots[k])
                    ):
                        subject_k = k
                        break
            if subject_k is not None:
                subject_k = apposition_end(self.g, self.lex, words, slots, subject_k)
                group = coordinated(self.g, self.lex, words, slots, subject_k)
                sources = [s.actor for s in group]
                if target is None:
                    target = self.targets.object_after(
                        words, slots, max(i, group[-1].last), sources, root
                    )
        if root in self.g.agent_after_roots and agent_k is None and (not sources or not is_verb):
            claim = claimer(self.g, words, slots, i)  # تبنت X الهجوم، هجوم تبنته X
            if claim is not None and claim is not target:
                sources = [claim.actor]
        if not sources and (trig.entry.undergoer or not trig.entry.agentless):
            antecedent = self.relatives.antecedent(
                words, slots, self.relatives.pronoun_before(words, i)
            )
            if antecedent is not None and trig.entry.undergoer:
                target = target or slots[antecedent]  # الذين سقطوا قتلى: they fell
            elif antecedent is not None:
                sources = [slots[antecedent].actor]
        if not sources and root in self.g.agent_after_roots and not noun_subject:
            agent = agent_after(self.g, words, slots, i, target)
            if agent is not None:
                sources = [agent.actor]
        if (
            not sources
            and not is_verb
            and root not in self.g.reporting_roots
            and i > 0
            and words[i - 1].norm in COMMAS
        ):
            # a participle or verbal masdar after a comma describes its main clause (نقل X
            # إلى الرئيس تحيات الملك، معربا عن تقديره): the first actor that can lead and is
            # not inside a prepositional phrase is its subject (a violent one reports a
            # happening of its own)
            main = (
                s.actor
                for s in slots
                if s.last < i
                and can_lead(self.g, self.lex, words, s, root)
                and not genitive_of_oblique(self.g, self.lex, words, s)
            )
            sources = [m] if (m := next(main, None)) is not None else []
        if not sources and trig.hit.kind == "noun":
            # فتحت الشرطة النار، مما أسفر عن إصابة مدنيين: the act before caused them
            cause = cause_of(
                self.g,
                words,
                slots,
                i,
                shared,
                lambda s: leads_as_agent(self.g, self.lex, self.speakers, words, s, root),
            )
            sources = [cause] if cause is not None else []
        if (
            not sources
            and not trig.entry.undergoer  # إنه أصيب: the speaker was hurt
            # اتهمت X ...، وطالبت: a verb continuing its sentence's named subject keeps it
            # (`continue_shared_act`), whatever the sentence's opening continues
            and not (
                shared is not None and continues_subject(self.g, self.lex, words, trig, shared)
            )
        ):
            inherited = self.speakers.inherited_source(ctx, i, root)
            if inherited is not None:
                sources = [inherited]
        if target is None and (trig.entry.agentless or trig.entry.undergoer):
            target = self.speakers.speaker_member(words, slots, i, lo, hi)
        if target is None and not (sources and agent_k is None and subject_k is not None):
            # No subject in the clause: the first actor after the trigger is its object.
            target = self.targets.object_after(words, slots, i, sources, root)
        if root in self.g.grievance_roots:
            # what the protest is against, before where it was held
            target = (
                grievance_target(self.g, self.lex, self._grievance_index, words, slots, i, sources)
                or target
            )
        if target is None:
            target = described
        if target is not None and sources and target.actor is sources[0]:
            target = None
        if trig.entry.received:
            giver = giver_of(self.g, words, slots, i, TARGET_REACH)
            if giver is not None and all(giver.actor is not s for s in sources):
                # تلقى X اتصالا من Y: Y did it, X received it.
                return [giver.actor], (sources[0] if sources else None)
        return sources, (target.actor if target else None)
