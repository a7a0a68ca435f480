"""Word analysis for the coder: clitics off, then a look-up in the conjugated-form index.

`Lexicon` indexes every surface form generated from the pattern dictionary and answers, for
one word of a sentence, which entries it may trigger and in which tense (with the function
words of `hadath.events.grammar`).  Immutable and picklable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from hadath.events.grammar import Grammar
from hadath.events.morphology import conjugate
from hadath.events.patterns import PatternEntry, bare
from hadath.memo import BoundedMemo

# Distinct words remembered per memo: a few MB, far more than a corpus's working vocabulary.
WORD_MEMO_LIMIT = 100_000
_TA, _TA_MARBUTA_FOLDED = "\u062a", "\u0647"


@dataclass(frozen=True, slots=True)
class Hit:
    """One reading of a word: entry index, tense kind and whether it had the article."""

    entry: int
    kind: str  # past | present | future | passive | noun
    definite: bool = False
    # a noun read with an enclitic pronoun (زيارته "his visit"): its owner is named already
    possessed: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    grammar: Grammar
    verbs: Mapping[str, tuple[tuple[int, str], ...]]  # surface -> (entry, past|present|passive)
    nouns: Mapping[str, tuple[int, ...]]
    # Memos of the two per-word answers below (pure functions of the word and the lexicon).
    analyses: BoundedMemo[str, tuple[Hit, ...]] = field(
        default_factory=lambda: BoundedMemo(WORD_MEMO_LIMIT), compare=False, repr=False
    )
    bare_readings: BoundedMemo[str, frozenset[str]] = field(
        default_factory=lambda: BoundedMemo(WORD_MEMO_LIMIT), compare=False, repr=False
    )

    def strip_proclitics(self, word: str) -> list[tuple[str, bool]]:
        """Candidate bases of `word` without conjunction/preposition/article, with a flag
        telling whether the article was removed."""
        g = self.grammar
        out = [(word, False)]
        if len(word) > 2 and word[0] in g.conjunctions:
            out.append((word[1:], False))
        for base, _ in list(out):
            if len(base) > 2 and base[0] in g.prepositions_attached:
                rest = base[1:]
                out.append((rest, False))
                if base[0] == "\u0644" and rest.startswith("\u0644"):
                    # لل = ل + ال with the alef dropped in writing.
                    out.append((rest[1:], True))
        for base, _ in list(out):
            if base.startswith(g.article) and len(base) > len(g.article) + 1:
                out.append((base[len(g.article) :], True))
        return out

    def analyse(self, word: str) -> tuple[Hit, ...]:
        """Every entry `word` can trigger, most specific readings first."""
        known = self.analyses.get(word)
        if known is None:
            known = self.analyses.remember(word, self._analyse(word))
        return known

    def analyse_all(self, words: Sequence[str]) -> list[tuple[Hit, ...]]:
        """`analyse` of every word, in order: the memo answers the known words in one pass
        made in C, and only the others are analysed."""
        found: list[tuple[Hit, ...] | None] = list(map(self.analyses.get, words))
        if None in found:
            known = zip(words, found, strict=True)
            found = [self.analyse(w) if h is None else h for w, h in known]
        return cast(list[tuple[Hit, ...]], found)

    def _analyse(self, word: str) -> tuple[Hit, ...]:
        g = self.grammar
        hits: dict[tuple[int, str], Hit] = {}
        # A base that lost an attached preposition (بضرب، لقتل) is a noun, never a finite verb.
        # a form listed as never a verb is none with its proclitics read off either (فيصل)
        unprefixed = set() if word in g.not_verb_forms else {word, g.without_conjunction(word)}
        for base, definite in self.strip_proclitics(word):
            verbal = not definite and base in unprefixed
            stems = [(base, "")] + [
                (base[: -len(e)], e)
                for e in g.enclitics
                if base.endswith(e) and len(base) - len(e) >= 2
            ]
            for stem, enclitic in stems:
                if verbal:
                    for entry, kind in self.verbs.get(stem, ()):
                        hits.setdefault((entry, kind), Hit(entry, kind))
                    if stem.startswith(g.future_prefix):
                        for entry, kind in self.verbs.get(stem[1:], ()):
                            if kind == "present":
                                hits.setdefault((entry, "future"), Hit(entry, "future"))
                if enclitic in g.nisba_endings:
                    continue  # اجتماعي، احتجاجي: a nisba adjective, not "my meeting"
                noun_keys = [stem]
                if stem == base and len(stem) > 3 and stem.endswith("\u0627"):
                    noun_keys.append(stem[:-1])  # indefinite accusative: احتجاجا -> احتجاج
                if stem != base and stem.endswith(_TA):
                    noun_keys.append(stem[:-1] + _TA_MARBUTA_FOLDED)  # زيارته -> زيارة
                for key in noun_keys:
                    for entry in self.nouns.get(key, ()):
                        hits.setdefault(
                            (entry, "noun"), Hit(entry, "noun", definite, bool(enclitic))
                        )
        return tuple(hits.values())

    def bare_forms(self, word: str) -> frozenset[str]:
        """Every reading of `word` with or without conjunction, attached preposition and
        article, folded by `bare`: the forms a sense's object word may match."""
        known = self.bare_readings.get(word)
        if known is None:
            readings = frozenset(bare(base) for base, _ in self.strip_proclitics(word))
            known = self.bare_readings.remember(word, readings)
        return known

    def bare_forms_all(self, words: Sequence[str]) -> list[frozenset[str]]:
        """`bare_forms` of every word, in order (known words answered by the memo in C)."""
        found: list[frozenset[str] | None] = list(map(self.bare_readings.get, words))
        if None in found:
            known = zip(words, found, strict=True)
            found = [self.bare_forms(w) if b is None else b for w, b in known]
        return cast(list[frozenset[str]], found)


def build_lexicon(entries: Sequence[PatternEntry], grammar: Grammar) -> Lexicon:
    """Index every conjugated verb form and every noun of the entries."""
    verbs: dict[str, list[tuple[int, str]]] = {}
    nouns: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        for past, present in entry.verbs:
            forms = conjugate(past, present)
            for kind, surface in (
                ("past", forms.past),
                ("present", forms.present),
                ("passive", forms.passive),
            ):
                for form in surface:
                    if form in grammar.not_verb_forms:
                        continue
                    bucket = verbs.setdefault(form, [])
                    if (index, kind) not in bucket:
                        bucket.append((index, kind))
        for noun in entry.nouns:
            bucket_n = nouns.setdefault(noun, [])
            if index not in bucket_n:
                bucket_n.append(index)
    return Lexicon(
        grammar, {k: tuple(v) for k, v in verbs.items()}, {k: tuple(v) for k, v in nouns.items()}
    )
