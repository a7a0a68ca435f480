"""Who speaks in a sentence and what is theirs: the subject of a speech verb reports a
happening rather than commits it, passes its voice to a clause it introduces only on
conditions (a pronoun that is the speaker's), and is the target when its own member
suffers a casualty act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.document import ActorMention
from hadath.events.grammar import Grammar
from hadath.events.lexicon import Lexicon
from hadath.events.positions import may_start, phrase_at, placed
from hadath.events.words import Slot, Word

if TYPE_CHECKING:
    from hadath.events.trigger import SentenceContext


# How many plain words a speaker that is no actor may have (ذكرت مصادر عسكرية وسكان).
_SPEAKER_PHRASE = 3
# How many plain words may part a speech verb from its subject (أفاد فيه مصدر مسؤول).
_SPEAKER_GAP = 2


class Speakers:
    """Speaker checks with one grammar and lexicon; stateless between calls."""

    def __init__(self, grammar: Grammar, lexicon: Lexicon) -> None:
        self.g = grammar
        self.lex = lexicon
        self._continuation_first = frozenset(p[0] for p in grammar.continuation)
        self._speech_ends = tuple(grammar.speech_verbs)

    def is_speaker(self, words: list[Word], slot: Slot) -> bool:
        """Whether the actor is the subject of a speech verb right before it (أعلنت الشرطة،
        قال مسؤول) or right after it, perhaps after a perfect particle (وكان الجيش قد أعلن):
        of a reported happening (roots 14-20) it is the reporter, not the agent; of a
        cooperation it often is the committing party (أكد الوزير دعم بلاده)."""
        g = self.g
        if slot.first > 0 and g.among(words[slot.first - 1].norm, g.speech_verbs):
            return True
        if self._joined_to_speaker(words, slot) or self._speaker_after_words(words, slot):
            return True
        j = slot.last + 1
        if j < len(words) and words[j].norm in g.perfect_particles:
            j += 1
        return j < len(words) and g.among(words[j].norm, g.speech_verbs)

    def _speaker_after_words(self, words: list[Word], slot: Slot) -> bool:
        """Whether the actor completes the subject of a speech verb before it: after one
        plain word (قال قائد شرطة لامو، صرح مسؤول الشرطة), or after two when one is a
        `source_nouns` word (أفاد فيه مصدر مسؤول).  So it reports, and does not act."""
        g = self.g
        source = False
        for j in range(slot.first - 1, max(-1, slot.first - 2 - _SPEAKER_GAP), -1):
            norm = words[j].norm
            if g.among(norm, g.speech_verbs):
                return j == slot.first - 2 or source
            if not norm.isalpha() or norm in g.complementisers or self.lex.analyse(norm):
                return False
            source = source or norm in g.source_nouns
        return False

    def _joined_to_speaker(self, words: list[Word], slot: Slot) -> bool:
        """Whether the actor is joined by و to a subject of a speech verb that is no actor
        (ذكرت مصادر عسكرية وسكان أن): up to `_SPEAKER_PHRASE` plain words between the verb
        and the و."""
        g = self.g
        first = words[slot.first].norm
        if first[:1] not in g.conjunctions or len(first) < 3:
            return False
        for j in range(slot.first - 1, max(-1, slot.first - 2 - _SPEAKER_PHRASE), -1):
            norm = words[j].norm
            if g.among(norm, g.speech_verbs):
                return j < slot.first - 1
            if not norm.isalpha() or norm in g.complementisers or self.lex.analyse(norm):
                return False
        return False

    def speaker_member(
        self, words: list[Word], slots: list[Slot], i: int, lo: int, hi: int
    ) -> Slot | None:
        """The speaker whose own member suffers a casualty act (أعلن الجيش مقتل أحد جنوده؛
        أعلن الجيش أن أحد عسكرييه أصيب): a member noun with a speaker's pronoun within three
        words of the act makes the subject of the speech verb before it the target."""
        g = self.g
        for j in range(max(lo, i - 3), min(hi, i + 4)):
            text = words[j].text
            end = next((e for e in g.speaker_possessives if text.endswith(e)), None)
            if end is None or words[j].norm[: -len(end)] not in g.member_nouns:
                continue
            speakers = [s for s in slots if s.last < i and self.is_speaker(words, s)]
            return speakers[-1] if speakers else None
        return None

    def inherited_source(self, ctx: SentenceContext, i: int, root: str) -> ActorMention | None:
        """The source an unsubjected event takes from the speaker or the previous sentence.
        A reported happening (roots 14-20) is the speaker's own act only when the
        complementiser's pronoun is the speaker (أعلن الجيش أنه قصف) or the clause's subject
        is the speaker's (أعلن حزب الله أن مقاتليه استهدفوا)."""
        words, g = ctx.words, self.g
        announcer = self.announced_by(ctx, i, root)
        if announcer is not None:
            return announcer
        for j in range(i - 1, -1, -1):
            if words[j].norm in g.complementisers:
                if (
                    root in g.reporting_roots
                    and words[j].norm not in g.speaker_complementisers
                    and not (j + 1 < i and words[j + 1].text.endswith(g.speaker_possessives))
                ):
                    break
                if any(self.speech_verb(words[k].norm) for k in range(j)):
                    # قال المجلس في بروكسل إن: the speaker, not where it spoke
                    near = [s for s in ctx.slots if s.last < j and not placed(g, words, s)]
                    if near:
                        return near[-1].actor
                break
        if (
            words
            and may_start(g, words[0].norm, self._continuation_first)
            and any(phrase_at(g, words, 0, p) for p in g.continuation)
        ):
            return ctx.previous_source
        return None

    def announced_by(self, ctx: SentenceContext, i: int, root: str) -> ActorMention | None:
        """The authority that announces its own act of custody or coercion as the object of
        its speech verb (أعلنت الشرطة اعتقال خمسة، أعلنت الوزارة أمس توقيف): the subject right
        after the verb, when only time words stand between it and the act and its sector
        holds such powers (`custodian_sectors`).  Casualties stay the speaker's report."""
        g, words = self.g, ctx.words
        if root not in g.custody_roots:
            return None
        subject = next((s for s in reversed(ctx.slots) if s.last < i), None)
        if (
            subject is None
            or subject.actor.sector not in g.custodian_sectors
            or not self.is_speaker(words, subject)
        ):
            return None
        between = range(subject.last + 1, i)
        return subject.actor if all(words[k].norm in g.times for k in between) else None

    def speech_verb(self, norm: str) -> bool:
        """Whether a word is a speech verb, with or without proclitics (وقال، فأعلن)."""
        # Proclitics come off the front: only a word ending in a speech verb can be one.
        return norm.endswith(self._speech_ends) and (
            norm in self.g.speech_verbs
            or self.lex.strip_proclitics(norm)[-1][0] in self.g.speech_verbs
        )
