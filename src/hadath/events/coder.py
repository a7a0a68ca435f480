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
from hadath.events.resources import EventResources
from hadath.events.words import CLAUSE_PUNCTUATION, Slot, Word

UNKNOWN_ACTOR_CODE = "---"
# Sectors that act with force: after an agentless verb (قتل، اعتقل) such an actor is the agent.
_FORCE_SECTORS = frozenset({"MIL", "COP", "UAF", "REB", "SPY", "CRM", "GOV", "INS", "SEP"})
_VERB_KINDS = frozenset({"past", "present", "future", "passive"})
_MAX_COORDINATED = 3
# Answers of Coder._reported.
_REPORTED, _IF_ACTOR, _NOT_REPORTED = "reported", "if-actor", "not-reported"


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


def _count(norm: str) -> bool:
    """Whether a token is a number that counts something (not a year such as 2005)."""
    return norm.isdigit() and not (len(norm) == 4 and norm[:2] in ("19", "20"))


def words_start_with_actor(word: Word, slot: Slot) -> bool:
    """Whether the actor's name starts within the first 2 letters of its first word (so the
    word is the name itself, not a verb with the actor glued on as an enclitic)."""
    return slot.actor.start - word.start <= 2


def _is_break(word: Word, res: EventResources) -> bool:
    return word.norm in CLAUSE_PUNCTUATION or word.norm in res.grammar.clause_breaks


class Coder:
    """Codes sentences with one `EventResources`; stateless between calls."""

    def __init__(self, res: EventResources) -> None:
        self.res = res
        self.g = res.grammar
        self.lex = res.lexicon
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
                    hit.definite or self._subordinate(words, i, code, found)
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
                code = self._protest_reading(words, bare, i, code, found)
                masdar_too = hit.kind != "noun" and any(
                    h.kind == "noun" and h.entry == hit.entry for h in hits
                )
                reported = (
                    self._reported(words, bare, i, hit, code, masdar_too)
                    if code[:2] in g.reporting_roots
                    else _REPORTED
                )
                if reported == _NOT_REPORTED:
                    break
                found.append(Trigger(i, entry, hit, code, negated, intent, reported == _IF_ACTOR))
                break
        return found

    def _subordinate(self, words: list[Word], i: int, code: str, found: list[Trigger]) -> bool:
        """Whether a masdar is the purpose or the complement of another act, not an event.

        Purpose: ``للمطالبة بـ``، ``استنكارا لـ`` (kept when it names a protest, which is
        what the sentence reports).  Complement: the topic of an appeal, demand, criticism or
        protest just before it (``احتجاجا على مقتل``، ``تدعو إلى قتل``، ``ضد الغارات``).
        """
        norm = words[i].norm
        base = norm[1:] if norm[:1] in self.g.conjunctions else norm
        accusative = len(base) > 3 and base.endswith("\u0627")
        purpose = base[:1] == "\u0644" or (accusative and "10" <= code[:2] <= "13")
        if purpose and code[:2] != "14":
            return True
        return any(
            0 < i - t.index <= 3 and t.code[:2] in ("02", "10", "11", "12", "13", "14")
            for t in found
        )

    def _reported(
        self,
        words: list[Word],
        bare: list[frozenset[str]],
        i: int,
        hit: Hit,
        code: str,
        masdar_too: bool = False,
    ) -> str:
        """Whether a material-conflict word at `i` reports a happening (not a topic, a
        question, a condition or a generic present): `_REPORTED`, `_NOT_REPORTED` or
        `_IF_ACTOR` (reported if a named actor turns out to take part).

        A word anchored to an episode by a casualty, weapon or time word nearby reports it;
        an unanchored past or passive verb reports it if a named actor takes part; an
        unanchored masdar or present verb does not.  A form that is
        both a past verb and a masdar (قتل، خطف، فرض) reads as the verb only where a verb can
        stand: glued to و/ف, first in its clause or after a verb opener (قد، كما، حيث).
        """
        g = self.g
        if any(w.norm == "\u061f" or w.norm == "?" for w in words) or any(
            w.norm in g.questions for w in words[:2]
        ):
            return _NOT_REPORTED
        lo = max(0, i - 4)
        if any(words[j].norm in g.irrealis for j in range(lo, i)):
            return _NOT_REPORTED
        if any(not bare[j].isdisjoint(g.topic_frames) for j in range(max(0, i - 3), i)):
            return _NOT_REPORTED
        entry = self.res.entries[hit.entry]
        relative = any(words[j].norm in g.relatives for j in range(max(0, i - 2), i))
        verb_position = not masdar_too or (
            i == 0
            or (words[i].norm[:1] in g.conjunctions and bool(self.lex.analyse(words[i].norm[1:])))
            or _is_break(words[i - 1], self.res)
            or words[i - 1].norm in g.verb_openers
        )
        verbal = hit.kind in ("past", "passive") and verb_position and not relative
        if hit.kind in ("present", "future") and code[:2] in g.generic_present_roots:
            return _NOT_REPORTED
        near = [*range(max(0, i - 10), i), *range(i + 1, min(len(words), i + 11))]
        if any(
            not (bare[j].isdisjoint(g.victims) and bare[j].isdisjoint(g.means))
            or (code[:2] == "14" and not bare[j].isdisjoint(g.crowds))
            for j in near
        ) or any(not bare[j].isdisjoint(g.times) for j in range(i + 1, min(len(words), i + 7))):
            return _REPORTED
        return _IF_ACTOR if verbal and not entry.anchored else _NOT_REPORTED

    def _protest_reading(
        self, words: list[Word], bare: list[frozenset[str]], i: int, code: str, found: list[Trigger]
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
        near = any(
            self._protester_subject(words, bare, j)
            for j in (*range(max(0, i - 6), i), *range(i + 1, min(len(words), i + 4)))
        )
        coordinated = words[i].norm[:1] == "\u0648" and any(
            t.code[:2] == "14" and i - t.index <= 16 for t in found
        )
        if near or coordinated:
            return "141" if root <= "13" else "145"  # 02 appeals included
        return code

    def _protester_subject(
        self, words: list[Word], bare: list[frozenset[str]], j: int, offset: int = 0
    ) -> bool:
        """Whether word `j` names protesters who can be the subject of a verb: not after a
        preposition, and not in the -ين (accusative/genitive) form of the sound plural
        unless a quantifier heads it (مئات المتظاهرين) — ``ضرب المتظاهرين`` is
        repression of protesters, ``أحرق المتظاهرون`` is a riot."""
        g = self.g
        if bare[j].isdisjoint(g.protest_agents):
            return False
        j += offset  # `bare` may be a window of the sentence starting at `offset`
        norm = words[j].norm
        before = words[j - 1].norm if j > 0 else ""
        if before in g.free_prepositions or before in g.target_prepositions:
            return False
        base = norm[1:] if norm[:1] in g.conjunctions else norm
        if base[:1] in g.prepositions_attached and not base.startswith(g.article):
            return False
        if norm.endswith("\u064a\u0646"):
            return before in g.quantifiers
        return True

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
        while lo > 0 and not _is_break(words[lo - 1], self.res) and i - lo < 12:
            lo -= 1
        hi = i + 1
        while hi < len(words) and not _is_break(words[hi], self.res) and hi - i < 14:
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

    def _protesters(self, ctx: SentenceContext, trig: Trigger) -> ActorMention | None:
        """The protesters a protest verb or noun is about (وتظاهر المتظاهرون، مسيرة للمحتجين)
        as a generic civilian actor, when the sentence names them near it."""
        words, i = ctx.words, trig.index
        bare = [self.lex.bare_forms(w.norm) for w in words[max(0, i - 6) : i + 5]]
        offset = max(0, i - 6)
        for j in sorted(range(len(bare)), key=lambda k: abs(k + offset - i)):
            if (
                j + offset != i
                and not bare[j].isdisjoint(self.g.protesters)
                and self._protester_subject(words, bare, j, offset)
            ):
                w = words[j + offset]
                sector = self.g.protest_agent_sector
                return ActorMention(
                    w.text, w.start, w.end, sector, None, sector, sentence=ctx.index
                )
        return None

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
            protesters = self._protesters(ctx, trig) if trig.code[:2] == "14" else None
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
