"""Light, lexicon-backed clitic segmentation of one word in matching form.

Arabic writes conjunctions (و ف), prepositions (ب ك ل), the article (ال), the future
particle (س) and object/possessive pronouns (ه ها هم ...) as part of the word.  This module
proposes every way of peeling them off, keeps the proposals whose lexical segment is a
known word that is common enough compared with the whole word (per-clitic ratios in
``data/text/clitics.yaml``), and picks the one with the most frequent lexical segment.
Frequencies come from ``data/text/lexicon.tsv``.  No morphological analyser is involved:
it is fast (a dictionary lookup per proposal) and errs towards leaving a word whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))
TA_OPEN = "\u062a"  # ت: ta marbuta is written open before a pronoun
TA_MARBUTA_FOLDED = "\u0647"  # ة folds to ه in the matching form

Segmentation = tuple[tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class CliticRules:
    """The clitic inventory and thresholds of ``clitics.yaml``, ready for matching."""

    conjunctions: tuple[tuple[str, float], ...]
    prepositions: tuple[tuple[str, float], ...]
    article: str
    lam_article: str
    future: str
    future_before: frozenset[str]
    future_ratio: float
    enclitics: tuple[tuple[str, float], ...]
    ta_marbuta_stem: bool
    min_stem: int
    protected: frozenset[str]
    enclitic_forms: frozenset[str]
    enclitic_by_form: Mapping[str, tuple[str, float]]
    enclitic_sizes: tuple[int, ...]  # lengths of the enclitic forms, longest first
    lam_ratio: float  # the ratio of ل when it is read from لل (ل + ال)
    prefix_initials: frozenset[str]  # first letters of every proclitic reading

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> CliticRules:
        def pairs(key: str) -> tuple[tuple[str, float], ...]:
            return tuple((item["form"], float(item["min_ratio"])) for item in data[key])

        enclitics = sorted(pairs("enclitics"), key=lambda p: -len(p[0]))
        prepositions = pairs("prepositions")
        proclitics = [form for form, _ in (*pairs("conjunctions"), *prepositions)]
        proclitics += [data["article"], data["lam_article"], data["future"]["form"]]
        return cls(
            conjunctions=pairs("conjunctions"),
            prepositions=prepositions,
            article=data["article"],
            lam_article=data["lam_article"],
            future=data["future"]["form"],
            future_before=frozenset(data["future"]["before"]),
            future_ratio=float(data["future"].get("min_ratio", 0.2)),
            enclitics=tuple(enclitics),
            ta_marbuta_stem=bool(data.get("ta_marbuta_stem", True)),
            min_stem=int(data["min_stem"]),
            protected=frozenset(data["protected"]),
            enclitic_forms=frozenset(form for form, _ in enclitics),
            enclitic_by_form={form: (form, ratio) for form, ratio in enclitics},
            enclitic_sizes=tuple(sorted({len(form) for form, _ in enclitics}, reverse=True)),
            lam_ratio=dict(prepositions).get(data["lam_article"][0], 0.5),
            prefix_initials=frozenset(form[0] for form in proclitics if form),
        )


def segment_word(word: str, lexicon: Mapping[str, int], rules: CliticRules) -> Segmentation:
    """Segments and lexical segment of `word` (matching form).

    Returns ``(segments, stem)`` with ``"".join(segments)`` equal to `word` except that a
    stem whose ta marbuta was written open (زيارت+ه) is given back closed (زياره), and
    ``لل`` yields ``ل`` + ``ال``.  Words with non-Arabic letters, protected words and words
    no proposal explains come back whole.
    """
    if (
        len(word) <= rules.min_stem
        or word in rules.protected
        or not ARABIC_LETTERS.issuperset(word)
    ):
        return (word,), word
    # Every body below is a suffix of the word: only pronouns the word ends with can apply.
    word_enclitics = [("", 0.0)]
    for size in rules.enclitic_sizes:
        found = rules.enclitic_by_form.get(word[-size:])
        if found is not None and size < len(word):
            word_enclitics.append(found)
    if len(word_enclitics) == 1 and word[0] not in rules.prefix_initials:
        return (word,), word  # nothing to peel: the only proposal is the whole word
    whole = lexicon.get(word, 0)
    best: tuple[int, int, tuple[str, ...], str] | None = None  # (freq, n segments, segs, stem)
    best_key = (-1, 0)
    enclitic_forms = rules.enclitic_forms
    protected = rules.protected
    article = rules.article
    min_stem = rules.min_stem
    for conj, conj_ratio in (("", 0.0), *(c for c in rules.conjunctions if word.startswith(c[0]))):
        rest1 = word[len(conj) :]
        if conj and rest1 in protected:
            # وكان = و + كان: a protected word keeps its letters once the conjunction is off.
            if lexicon.get(rest1, 0) >= conj_ratio * whole:
                return (conj, rest1), rest1
            continue
        for prep_segs, prep_ratio, rest2, definite in _prepositions(rest1, rules):
            prefix = ((conj,) if conj else ()) + prep_segs
            if prep_segs and rest2 in enclitic_forms:
                # A preposition with only a pronoun: لها = ل + ها, its stem is the preposition.
                return (*prefix, rest2), prep_segs[-1]
            prefix_ratio = conj_ratio if conj_ratio > prep_ratio else prep_ratio
            for extra, extra_ratio, stem_start in _article_or_future(
                rest2, prep_segs, definite, rules
            ):
                body = rest2[stem_start:]
                is_definite = definite or extra == (article,)
                fixed = len(prefix) + len(extra) + 1  # segments before any pronoun
                for enc, enc_ratio in word_enclitics[:1] if is_definite else word_enclitics:
                    if enc:
                        if not body.endswith(enc):
                            continue
                        stem = body[: len(body) - len(enc)]
                        if len(stem) < min_stem:
                            continue
                        if stem.startswith(article) and stem not in protected:
                            continue  # a definite noun takes no pronoun (العراقي is not العراق+ي)
                        count = fixed + 1
                    else:
                        if fixed == 1 or len(body) < min_stem:
                            continue  # the whole word is not a proposal
                        stem = body
                        count = fixed
                    stem, freq = _stem_frequency(stem, bool(enc), is_definite, lexicon, rules)
                    if freq == 0 or (freq, count) <= best_key:
                        continue
                    ratio = max(prefix_ratio, extra_ratio, enc_ratio)
                    if freq < ratio * whole:
                        continue
                    best_key = (freq, count)
                    segments = (*prefix, *extra, stem, *((enc,) if enc else ()))
                    best = (freq, count, segments, stem)
    if best is None:
        return (word,), word
    return best[2], best[3]


def _prepositions(rest: str, rules: CliticRules) -> list[tuple[tuple[str, ...], float, str, bool]]:
    """Ways to read a preposition at the start of `rest`: (segments, ratio, rest, definite)."""
    options: list[tuple[tuple[str, ...], float, str, bool]] = [((), 0.0, rest, False)]
    for prep, ratio in rules.prepositions:
        if rest.startswith(prep) and len(rest) > len(prep):
            options.append(((prep,), ratio, rest[len(prep) :], False))
    lam = rules.lam_article
    if (
        rest.startswith(lam)
        and len(rest) - len(lam) >= rules.min_stem
        and rules.article + rest[len(lam) :] not in rules.protected
    ):
        options.append(((lam[0], rules.article), rules.lam_ratio, rest[len(lam) :], True))
    return options


def _article_or_future(
    rest: str, preps: tuple[str, ...], definite: bool, rules: CliticRules
) -> list[tuple[tuple[str, ...], float, int]]:
    """Ways to read the article or the future particle: (segments, ratio, stem start)."""
    options: list[tuple[tuple[str, ...], float, int]] = [((), 0.0, 0)]
    if definite:
        return options
    art = rules.article
    if (
        rest.startswith(art)
        and len(rest) - len(art) >= rules.min_stem
        and rest not in rules.protected
    ):
        options.append(((art,), 0.0, len(art)))
    fut = rules.future
    if not preps and len(rest) > 2 and rest.startswith(fut) and rest[1] in rules.future_before:
        options.append(((fut,), rules.future_ratio, len(fut)))
    return options


def _stem_frequency(
    stem: str,
    has_enclitic: bool,
    definite: bool,
    lexicon: Mapping[str, int],
    rules: CliticRules,
) -> tuple[str, int]:
    """The stem as it is given back and how common it is.

    A definite stem is looked up with its article (عراق is rare alone, العراق is not); a
    stem before a pronoun ending in open ta is looked up closed (زيارت -> زياره).
    """
    if definite:
        return stem, lexicon.get(rules.article + stem, 0)
    freq = lexicon.get(stem, 0)
    if has_enclitic and rules.ta_marbuta_stem and stem.endswith(TA_OPEN):
        closed = stem[:-1] + TA_MARBUTA_FOLDED
        closed_freq = lexicon.get(closed, 0)
        if closed_freq > freq:
            return closed, closed_freq
    return stem, freq
