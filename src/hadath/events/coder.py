"""The grammar of the event coder: triggers, senses, modality, then source and target.

For each sentence the coder finds trigger words (verbs in any conjugation, masdars and event
nouns), picks the sense their objects select, drops or flags negated ones, turns future and
intended actions into CAMEO intent codes, and assigns actors by Arabic word order:

* VSO (``التقى الرئيسُ الوزيرَ``) and SVO (``الجيش قصف``) subjects, nominal sentences and
  "X قام بـ<masdar>" light-verb constructions;
* the passive with an agent phrase (``قُتل X على يد Y``, ``من قبل``);
* continuations (``من جانبه``) whose subject is the previous sentence's actor;
* reported speech (``قال X إن ...``) whose speaker is the source of an unsubjected event;
* coordination (``X وY``), which yields one event per coordinated actor;
* targets after the prepositions of the grammar file or as direct objects.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from hadath.document import ActorMention, Event, Span
from hadath.events.lexicon import Hit, Phrase
from hadath.events.patterns import NOT_AN_EVENT, PatternEntry
from hadath.events.reporting import IF_ACTOR, NOT_REPORTED, REPORTED, Reporting, is_break
from hadath.events.resources import EventResources
from hadath.events.words import Slot, Word

UNKNOWN_ACTOR_CODE = "---"
# Sectors that act with force: after an agentless verb (قتل، اعتقل) such an actor is the agent.
_FORCE_SECTORS = frozenset({"MIL", "COP", "UAF", "REB", "SPY", "CRM", "GOV", "INS", "SEP"})
_VERB_KINDS = frozenset({"past", "present", "future", "passive"})
_MAX_COORDINATED = 3


@dataclass(frozen=True, slots=True)
class Trigger:
    index: int
    entry: PatternEntry
    hit: Hit
    code: str
    negated: bool
    intent: bool
    # A report only if a named actor takes part (an unanchored past verb of violence).
    needs_actor: bool = False


@dataclass(slots=True)
class SentenceContext:
    """What the coder knows about one sentence while coding it."""

    index: int
    words: list[Word]
    slots: list[Slot]
    previous_source: ActorMention | None  # for "من جانبه" continuations


def _phrase_at(words: Sequence[Word], i: int, phrase: Phrase) -> bool:
    if i < 0 or i + len(phrase) > len(words):
        return False
    return all(
        words[i + k].norm == phrase[k]
        or (words[i + k].norm[1:] == phrase[k] and k == 0 and words[i].norm[0] in "\u0648\u0641")
        for k in range(len(phrase))
    )


def _may_start(norm: str, first_words: frozenset[str]) -> bool:
    """Whether a phrase with one of `first_words` can start at this word (as `_phrase_at`
    matches it: the word itself, or after a conjunction و/ف)."""
    return norm in first_words or (norm[:1] in "\u0648\u0641" and norm[1:] in first_words)


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
        # First words of the multi-word grammar phrases: most words start none, so the
        # phrase comparisons are skipped for them (the coder's former hot spot).
        self._intent_first = frozenset(p[0] for p in self.g.intent)
        self._agent_first = frozenset(p[0] for p in self.g.passive_agents)

    # --- triggers ----------------------------------------------------------------------
    def triggers(
        self, words: list[Word], inside_actors: frozenset[int] = frozenset()
    ) -> list[Trigger]:
        """The trigger words of a sentence with their code, negation and modality; words
        that are part of an actor's name (وزير is also a passive of زار) never trigger."""
        found: list[Trigger] = []
        bare = [self.lex.bare_forms(w.norm) for w in words]
        g = self.g
        for i, word in enumerate(words):
            if len(word.norm) < 3 or i in inside_actors or word.norm in g.quantifiers:
                continue  # numbers and quantifiers (اثنين) are never verbs
            hits = self.lex.analyse(word.norm)
            if not hits:
                continue
            if i > 0 and (
                words[i - 1].norm in g.free_prepositions
                or words[i - 1].norm.isdigit()
                or words[i - 1].norm in g.quantifiers
            ):
                # After a preposition or a number a word is a noun (على تجمع، مائة طالب).
                hits = tuple(h for h in hits if h.kind == "noun")
            for hit in self._rank(hits):
                entry = self.res.entries[hit.entry]
                code, intent_code = self._sense(entry, bare, i)
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
                negated = self._negated(words, i, hit)
                intent = hit.kind == "future" or self._intended(words, i)
                if intent:
                    if intent_code is None:
                        break  # a future act that has not happened and has no intent code
                    code = intent_code
                code = self.reporting.protest_reading(words, bare, i, code, found)
                masdar_too = hit.kind != "noun" and any(
                    h.kind == "noun" and h.entry == hit.entry for h in hits
                )
                reported = (
                    self.reporting.reported(words, bare, i, hit, code, masdar_too)
                    if code[:2] in g.reporting_roots
                    else REPORTED
                )
                if reported == NOT_REPORTED:
                    break
                found.append(Trigger(i, entry, hit, code, negated, intent, reported == IF_ACTOR))
                break
        return found

    @staticmethod
    def _rank(hits: Sequence[Hit]) -> list[Hit]:
        # An indefinite word reads first as a verb; a definite one can only be a noun.
        return sorted(hits, key=lambda h: (h.kind == "noun", h.entry))

    def _sense(
        self, entry: PatternEntry, bare: list[frozenset[str]], i: int
    ) -> tuple[str | None, str | None]:
        """The (code, intent code) the words around trigger `i` select."""
        for sense in entry.senses:
            for phrase in sense.objects:
                span = len(phrase)
                for j in range(i + 1, min(len(bare), i + 1 + sense.window) - span + 1):
                    if all(phrase[k] in bare[j + k] for k in range(span)):
                        return sense.code, sense.intent or entry.intent
            if sense.near:
                lo, hi = max(0, i - 10), min(len(bare), i + 11)
                if any(not b.isdisjoint(sense.near) for b in bare[lo:hi]):
                    return sense.code, sense.intent or entry.intent
        return entry.code, entry.intent

    def _negated(self, words: list[Word], i: int, hit: Hit) -> bool:
        g = self.g
        particles = g.negation_noun if hit.kind == "noun" else g.negation_verb
        for j in range(max(0, i - 2), i):
            if words[j].norm in particles or (
                hit.kind == "noun" and words[j].norm in g.negation_verb
            ):
                return True
        for j in range(max(0, i - 8), i):
            base = self.lex.strip_proclitics(words[j].norm)[-1][0]
            if words[j].norm in g.denial or base in g.denial:
                return any(words[k].norm in g.complementisers for k in range(j + 1, i))
        return False

    def _intended(self, words: list[Word], i: int) -> bool:
        g = self.g
        if any(words[j].norm in g.future_particles for j in range(max(0, i - 2), i)):
            return True
        return any(
            _phrase_at(words, j, p)
            for j in range(max(0, i - 5), i)
            if _may_start(words[j].norm, self._intent_first)
            for p in g.intent
        )

    # --- roles -------------------------------------------------------------------------
    def _clause(self, words: list[Word], i: int) -> tuple[int, int]:
        """The word range [lo, hi) of the clause around word `i`."""
        lo = i
        while lo > 0 and not is_break(words[lo - 1], self.g) and i - lo < 12:
            lo -= 1
        hi = i + 1
        while hi < len(words) and not is_break(words[hi], self.g) and hi - i < 14:
            hi += 1
        return lo, hi

    @staticmethod
    def _prefix(words: list[Word], slot: Slot) -> str:
        """The proclitics glued before the actor inside its first word (و، ب، لل، وب...)."""
        word = words[slot.first]
        return word.norm[: max(0, slot.actor.start - word.start)]

    def _oblique(self, words: list[Word], slot: Slot) -> bool:
        """Whether the actor is introduced by a preposition (so it cannot be a subject)."""
        if slot.first > 0 and words[slot.first - 1].norm in self.g.target_prepositions:
            return True
        prefix = self._prefix(words, slot)
        prefix = prefix[1:] if prefix[:1] in self.g.conjunctions else prefix
        return prefix[:1] in self.g.prepositions_attached

    def _quantified(self, words: list[Word], slot: Slot) -> bool:
        """Whether the actor is counted or indefinite-accusative (a patient, not an agent)."""
        if slot.first > 0:
            before = words[slot.first - 1].norm
            if before.isdigit() or before in self.g.quantifiers:
                return True
        head = words[slot.first].norm
        return head.isdigit() or head in self.g.quantifiers

    def _coordinated(self, words: list[Word], slots: list[Slot], k: int) -> list[Slot]:
        """Slot `k` and the slots joined to it by "و" right after it."""
        group = [slots[k]]
        while len(group) < _MAX_COORDINATED and k + 1 < len(slots):
            nxt = slots[k + 1]
            gap = nxt.first - group[-1].last
            glued = self._prefix(words, nxt)[:1] in self.g.conjunctions
            if (gap == 1 and glued) or (
                gap == 2 and words[nxt.first - 1].norm in self.g.conjunctions
            ):
                group.append(nxt)
                k += 1
            else:
                break
        return group

    def roles(
        self, ctx: SentenceContext, trig: Trigger
    ) -> tuple[list[ActorMention], ActorMention | None]:
        """Sources (one per coordinated actor) and the target of a trigger."""
        words, slots, i = ctx.words, ctx.slots, trig.index
        lo, hi = self._clause(words, i)
        is_verb = trig.hit.kind in _VERB_KINDS
        sources: list[ActorMention] = []
        target: Slot | None = None
        after = [k for k, s in enumerate(slots) if i < s.first < hi]
        before = [k for k, s in enumerate(slots) if lo <= s.first and s.last < i]

        agent_k = self._passive_agent(words, slots, i, hi)
        subject_k: int | None = None
        if agent_k is not None:
            sources = [s.actor for s in self._coordinated(words, slots, agent_k)]
            patients = [k for k in after if slots[k].first < slots[agent_k].first]
            if patients:
                target = slots[patients[0]]
        else:
            fronted = [
                k
                for k in before
                if slots[k].last == i - 1
                and slots[k].first == lo
                and not self._oblique(words, slots[k])
            ]
            if fronted and is_verb:
                # SVO: an actor that opens the clause right before the verb is its subject
                # (الكاظمي يستقبل ماكرون); the actor after the verb is then the object.
                subject_k = fronted[0]
            elif after:
                k = after[0]
                s = slots[k]
                near = s.first - i <= (3 if is_verb else 1)
                patient = trig.entry.agentless and (
                    s.actor.sector not in _FORCE_SECTORS or self._quantified(words, s)
                )
                if near and not self._oblique(words, s) and not patient:
                    subject_k = k
                elif near and not self._oblique(words, s):
                    target = s
            if subject_k is None and before:
                for k in reversed(before):
                    if not self._oblique(words, slots[k]):
                        subject_k = k
                        break
            if subject_k is not None:
                group = self._coordinated(words, slots, subject_k)
                sources = [s.actor for s in group]
                if target is None:
                    rest = [k for k in after if slots[k].first > group[-1].last]
                    if rest and slots[rest[0]].first - i <= 10:
                        target = slots[rest[0]]
        if not sources:
            inherited = self._inherited_source(ctx, i)
            if inherited is not None:
                sources = [inherited]
        if target is None and not (sources and agent_k is None and subject_k is not None):
            # No subject in the clause: the first actor after the trigger is its object.
            rest = [
                k
                for k in after
                if slots[k].first - i <= 10 and all(slots[k].actor is not s for s in sources)
            ]
            if rest:
                target = slots[rest[0]]
        if target is not None and sources and target.actor is sources[0]:
            target = None
        return sources, (target.actor if target else None)

    def _passive_agent(self, words: list[Word], slots: list[Slot], i: int, hi: int) -> int | None:
        for j in range(i + 1, min(len(words), i + 10)):
            if not _may_start(words[j].norm, self._agent_first):
                continue
            for phrase in self.g.passive_agents:
                if _phrase_at(words, j, phrase):
                    end = j + len(phrase)
                    for k, s in enumerate(slots):
                        if end <= s.first <= end + 1:
                            return k
        return None

    def _inherited_source(self, ctx: SentenceContext, i: int) -> ActorMention | None:
        """The source an unsubjected event takes from the speaker or the previous sentence."""
        words, g = ctx.words, self.g
        for j in range(i - 1, -1, -1):
            if words[j].norm in g.complementisers:
                speech = [
                    k
                    for k in range(j)
                    if self.lex.strip_proclitics(words[k].norm)[-1][0] in g.speech_verbs
                    or words[k].norm in g.speech_verbs
                ]
                if speech:
                    near = [s for s in ctx.slots if s.last < j]
                    if near:
                        return near[-1].actor
                break
        if any(_phrase_at(words, 0, p) for p in g.continuation):
            return ctx.previous_source
        return None

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
        for trig in self.triggers(ctx.words, inside):
            sources, target = self.roles(ctx, trig)
            if not sources:
                w = ctx.words[trig.index]
                sources = [
                    ActorMention("", w.start, w.start, UNKNOWN_ACTOR_CODE, sentence=ctx.index)
                ]
            protesters = self.reporting.protesters(ctx, trig) if trig.code[:2] == "14" else None
            if protesters is not None:
                sources = [protesters]
            if trig.code[:2] <= "08" and sources[0].code == UNKNOWN_ACTOR_CODE:
                continue  # cooperation is only reported between named actors
            if trig.needs_actor and target is None and sources[0].code == UNKNOWN_ACTOR_CODE:
                continue
            for source in sources:
                key = (trig.code[:2], source.start, target.start if target else -1)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(doc_id, ctx, trig, source, target))
        return events

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
        digest = hashlib.sha1(
            f"{doc_id}:{ctx.index}:{w.start}:{trig.code}:{source.start}".encode()
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
