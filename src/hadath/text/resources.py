"""The text resources: compiled ``text.json`` loaded once into an immutable bundle.

`load_text_resources` is what `hadath.resources.Resources.text` calls.  User dictionary
folders (``Options.dictionary_dirs``) may hold a ``text/lexicon.tsv`` whose frequencies are
added to the built-in ones, and a ``text/protected.txt`` of words never segmented.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.errors import ErrorCode, HadathError
from hadath.memo import BoundedMemo
from hadath.options import Options
from hadath.text.build import COMPILED_NAME, read_lexicon
from hadath.text.normalize import NormalizedText, normalize
from hadath.text.segment import CliticRules, Segmentation, segment_word
from hadath.text.tokens import AnalysisCache

# The most frequent forms get their segmentation computed once at load time (they make up
# most running text); rarer ones are segmented when met.
PRECOMPUTED_FORMS = 30000
# Distinct surface forms remembered across documents (about 200 bytes each).
ANALYSIS_CACHE_LIMIT = 100_000
# Whole texts whose matching form is remembered: the time, actors and geo stages of one
# document each need it, so it is computed once per document.
NORMALIZED_TEXT_LIMIT = 8


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    reason: str
    effect: str  # drop | tail | block
    pattern: re.Pattern[str]
    max_words: int | None


@dataclass(frozen=True, slots=True)
class OutletClue:
    how: str
    scope: str  # lede | body
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class SentenceRules:
    continuation_words: frozenset[str]
    continuation_marks: str
    terminators: str
    closers: str
    abbreviation_max_letters: int
    max_sentence_chars: int


@dataclass(frozen=True, slots=True)
class LanguageRules:
    min_arabic_share: float
    max_persian_share: float
    min_letters: int
    persian_letters: frozenset[str]
    scripts: tuple[tuple[str, re.Pattern[str]], ...]
    # The same classes matching runs (``[...]+``): counting by run lengths is one C-level
    # scan with far fewer matches than one per character.
    script_runs: tuple[tuple[str, re.Pattern[str]], ...] = ()


@dataclass(frozen=True, slots=True)
class TextResources:
    """Everything ``clean`` and ``text`` read; never mutated after loading.

    `segmentations` holds the precomputed segmentation of every lexicon form, so
    tokenising a frequent word is one lookup; rarer words are segmented on the fly.
    `analyses` and `normalized_texts` are the mutable parts: bounded memos of pure results
    (surface -> analysis, text -> matching form) that only make repeated work cheaper.
    """

    lexicon: Mapping[str, int]
    clitics: CliticRules
    segmentations: Mapping[str, Segmentation]
    furniture: tuple[FurnitureRule, ...]
    header_label: re.Pattern[str]
    header_time: re.Pattern[str]
    header_reason: str
    head_max_words: int
    title_min_words: int
    title_max_words: int
    outlet_clues: tuple[OutletClue, ...]
    outlet_lede_lines: int
    sentences: SentenceRules
    sentence_boundary: re.Pattern[str]
    language: LanguageRules
    # Memo of token analyses: not data, so not compared; see `AnalysisCache`.
    analyses: AnalysisCache = field(
        default_factory=lambda: AnalysisCache(ANALYSIS_CACHE_LIMIT), compare=False, repr=False
    )
    # Memo of `normalize` over whole texts; see `normalized`.
    normalized_texts: BoundedMemo[str, NormalizedText] = field(
        default_factory=lambda: BoundedMemo(NORMALIZED_TEXT_LIMIT), compare=False, repr=False
    )

    def segment(self, form: str) -> Segmentation:
        """Segments and stem of one word in matching form."""
        found = self.segmentations.get(form)
        if found is not None:
            return found
        return segment_word(form, self.lexicon, self.clitics)

    def normalized(self, text: str) -> NormalizedText:
        """``normalize(text)``, computed once for the stages that each need a document's."""
        found = self.normalized_texts.get(text)
        if found is None:
            found = self.normalized_texts.remember(text, normalize(text))
        return found


def _compiled_payload() -> dict[str, Any]:
    from hadath.data.build import COMPILED_DIR, load_compiled

    if not (COMPILED_DIR / COMPILED_NAME).is_file():
        raise HadathError(ErrorCode.E103, name="text", reason=f"{COMPILED_NAME} not found")
    payload = load_compiled(COMPILED_NAME)
    missing = {"lexicon", "clitics", "furniture", "sentences", "language"} - set(payload)
    if missing:
        raise HadathError(ErrorCode.E103, name="text", reason=f"missing {sorted(missing)}")
    return payload


def resources_from_payload(
    payload: Mapping[str, Any], extra_dirs: tuple[Path, ...] = ()
) -> TextResources:
    """Build the immutable bundle from a compiled payload (plus user folders)."""
    lexicon = dict(payload["lexicon"])
    clitic_data = dict(payload["clitics"])
    protected = list(clitic_data["protected"])
    for folder in extra_dirs:
        user_lexicon = folder / "text" / "lexicon.tsv"
        if user_lexicon.is_file():
            for form, freq in read_lexicon(user_lexicon).items():
                lexicon[form] = lexicon.get(form, 0) + freq
        user_protected = folder / "text" / "protected.txt"
        if user_protected.is_file():
            protected += [
                w.strip()
                for w in user_protected.read_text("utf-8").splitlines()
                if w.strip() and not w.startswith("#")
            ]
    clitic_data["protected"] = protected
    clitics = CliticRules.from_data(clitic_data)
    frequent = sorted(lexicon, key=lexicon.__getitem__, reverse=True)[:PRECOMPUTED_FORMS]
    segmentations = {form: segment_word(form, lexicon, clitics) for form in frequent}
    furniture = payload["furniture"]
    sentences = payload["sentences"]
    language = payload["language"]
    return TextResources(
        lexicon=lexicon,
        clitics=clitics,
        segmentations=segmentations,
        furniture=tuple(
            FurnitureRule(r["reason"], r["effect"], re.compile(r["match"]), r.get("max_words"))
            for r in furniture["rules"]
        ),
        header_label=re.compile(furniture["date_header"]["label"]),
        header_time=re.compile(furniture["date_header"]["time"]),
        header_reason=furniture["date_header"]["reason"],
        head_max_words=furniture["head_max_words"],
        title_min_words=furniture["title_min_words"],
        title_max_words=furniture["title_max_words"],
        outlet_clues=tuple(
            OutletClue(c["how"], c["scope"], re.compile(c["match"]))
            for c in furniture["outlet_clues"]
        ),
        outlet_lede_lines=furniture["outlet_lede_lines"],
        sentences=SentenceRules(
            continuation_words=frozenset(sentences["continuation_words"]),
            continuation_marks=sentences["continuation_marks"],
            terminators=sentences["terminators"],
            closers=sentences["closers"],
            abbreviation_max_letters=sentences["abbreviation_max_letters"],
            max_sentence_chars=sentences["max_sentence_chars"],
        ),
        sentence_boundary=re.compile(r"\n|[" + re.escape(sentences["terminators"]) + "]+"),
        language=LanguageRules(
            min_arabic_share=language["min_arabic_share"],
            max_persian_share=language["max_persian_share"],
            min_letters=language.get("min_letters", 20),
            persian_letters=frozenset(language["persian_letters"] + language["urdu_letters"]),
            scripts=tuple(
                (name, re.compile(f"[{chars}]")) for name, chars in language["scripts"].items()
            ),
            script_runs=tuple(
                (name, re.compile(f"[{chars}]+")) for name, chars in language["scripts"].items()
            ),
        ),
    )


def load_text_resources(options: Options | None = None) -> TextResources:
    """The text resources for `options` (built-in data plus user dictionary folders)."""
    options = options or Options()
    return resources_from_payload(_compiled_payload(), tuple(options.dictionary_dirs))
