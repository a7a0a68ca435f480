"""The function words of the event coder, from ``data/events/grammar.yaml``.

`Grammar` holds every word list, phrase list and root set the coder's rules read: clitics,
negation and modality, reported speech, clause breaks, the words that decide who did what
to whom.  `parse_grammar` validates the file (each key named in an error) and folds every
word to the matching form.  Immutable and picklable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hadath.errors import ErrorCode, HadathError
from hadath.events.patterns import bare
from hadath.text.normalize import normalize_form

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Grammar:
    conjunctions: tuple[str, ...]
    prepositions_attached: tuple[str, ...]
    masdar_object_preposition: str  # ل: اتهامات روسيا للغرب
    article: str
    enclitics: tuple[str, ...]
    # Enclitics never read off a noun: a word ending in one is a nisba adjective.
    nisba_endings: frozenset[str]
    future_prefix: str
    future_particles: frozenset[str]
    negation_verb: frozenset[str]
    negation_noun: frozenset[str]
    denial: frozenset[str]
    intent: tuple[Phrase, ...]
    causal_links: tuple[Phrase, ...]  # أسفر عن: the casualties after it are of the act before
    continuation: tuple[Phrase, ...]
    speech_verbs: frozenset[str]
    complementisers: frozenset[str]
    source_nouns: frozenset[str]  # مصدر: قال مصدر مسؤول
    # Complementisers that carry the speaker as the clause's subject (أعلن الجيش أنه قصف).
    speaker_complementisers: frozenset[str]
    # Pronoun endings of a reported clause's subject that refer to the speaker (قواته).
    speaker_possessives: tuple[str, ...]
    # Members of a force or body (جنود، عناصر): with a speaker's pronoun, the speaker's own.
    member_nouns: frozenset[str]
    # Actor words that are adjectives right after an event noun (هجوم انتحاري).
    attack_adjectives: frozenset[str]
    passive_agents: tuple[Phrase, ...]
    passive_auxiliaries: frozenset[str]
    target_prepositions: frozenset[str]
    clause_breaks: frozenset[str]
    quantifiers: frozenset[str]
    name_particles: frozenset[str]
    not_verb_forms: frozenset[str]
    noun_endings: tuple[str, ...]
    protest_agents: frozenset[str]
    protesters: frozenset[str]
    protest_agent_sector: str
    # Sectors of generic actors that take the country of the event's place (مدنيين).
    local_sectors: frozenset[str]
    free_prepositions: frozenset[str]
    noun_governors: frozenset[str]  # بعد، عقب: a word right after one is a noun
    # When a material-conflict word reports a happening (see ``reporting`` in grammar.yaml).
    reporting_roots: frozenset[str]
    victims: frozenset[str]
    means: frozenset[str]
    crowds: frozenset[str]
    times: frozenset[str]
    generic_present_roots: frozenset[str]
    topic_frames: frozenset[str]
    questions: frozenset[str]
    irrealis: frozenset[str]
    # A condition and the answer clause it reaches (لو ...، فإن ...).
    conditionals: frozenset[str]
    answer_openers: frozenset[str]
    # Words whose ب-masdar or complement clause is a charge, not a report (اتهمه بقتل).
    accusations: frozenset[str]
    charge_prepositions: frozenset[str]
    charge_clitics: frozenset[str]
    # Words after an event noun that make it possible or planned (هجوم محتمل).
    unrealised_after: frozenset[str]
    # "For years": a tally since a year or over years or months is no episode (منذ عام 2003).
    long_ago: frozenset[str]
    long_spans: frozenset[str]
    relatives: frozenset[str]
    verb_openers: frozenset[str]
    # Who is the source (see ``roles`` in grammar.yaml).
    plural_verb_endings: tuple[str, ...]
    partitives: frozenset[str]
    # Particles that may stand between a fronted subject and its past verb (X قد زار).
    perfect_particles: frozenset[str]
    reflexives: frozenset[str]
    honorifics: frozenset[str]
    unit_heads: frozenset[str]
    speaker_sectors: frozenset[str]
    speaker_roots: frozenset[str]
    party_roots: frozenset[str]
    agent_after_roots: frozenset[str]
    request_roots: frozenset[str]  # 02, 10: what they ask for is not done
    # Codes (prefixes) of acts done with each other: coordinated subjects target each other.
    mutual_codes: tuple[str, ...]
    # Prepositions naming where a received act comes from (تلقى X اتصالا من Y).
    origin_prepositions: frozenset[str]
    # Prepositions of the place a protest is held in: its protesters are that country's.
    venue_prepositions: frozenset[str]
    # Prepositions written on a place's word that put an act there (بالرباط).
    venue_clitics: tuple[str, ...]
    # Prepositions whose object a protest is against, not where it is held (ضد إسرائيل).
    object_prepositions: frozenset[str]
    # Phrases after which a protest names what it is against (احتجاجا على), and the roots
    # they apply to.
    grievance_phrases: tuple[Phrase, ...]
    grievance_roots: frozenset[str]
    # Claims of responsibility (تبنت X الهجوم، أعلنت X مسؤوليتها عن).
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    # Roots of a verb joined by و that may share the subject of the act before it.
    shared_subject_roots: frozenset[str]
    # Words that attribute a report to its source (حسب مسؤولين).
    attributions: frozenset[str]
    # Prepositions glued to a visit masdar's visitor (زيارة لوزير الخارجية).
    genitive_clitics: tuple[str, ...]
    # A preposition with the pronoun of the previous act's object (وبحث معه).
    resumptive_objects: frozenset[str]
    # Accidents named in a sentence: its casualties are no political event (حادث سير).
    accident_phrases: tuple[tuple[str, ...], ...]
    # Particles after which a present verb is subjunctive: not (yet) done (أن يزور).
    subjunctive_particles: frozenset[str]
    # ... except after these time words, with which the verb tells what happened.
    temporal_conjunctions: frozenset[str]
    # Matches and tournaments named in a sentence: its events are a game's (المباراة).
    sports_phrases: tuple[tuple[str, ...], ...]
    # Object pronouns glued to a joined verb that point back to that object (ودعاه).
    resumptive_enclitics: tuple[str, ...]
    # Roots of acts against an adversary, and the prepositions that name it (ضد إسرائيل).
    adversary_roots: frozenset[str]
    adversary_prepositions: frozenset[str]
    # Roots of custody and coercion, and the sectors whose announcement of one is their own.
    custody_roots: frozenset[str]
    custodian_sectors: frozenset[str]
    # Roots of attacks that target the country of the place they hit when no party is named.
    place_target_roots: frozenset[str]
    # Clause breaks that are nouns of place after a free preposition (في وسط البلدة).
    place_nouns: frozenset[str]
    # Adverbs of place whose actor a protest faces (أمام السفارة): its target.
    protest_sites: frozenset[str]
    # Heads of actors named by a state's acts (الجهود المصرية): never a subject.
    act_heads: frozenset[str]
    # Phrases naming a partner of the subject (بالتنسيق مع X): X is not the target.
    partner_phrases: tuple[Phrase, ...]
    # The singular relative pronouns (الذي، التي): a plural verb after one has another subject.
    singular_relatives: frozenset[str]
    # ... the feminine ones (التي), and the letter that marks a feminine singular verb.
    feminine_relatives: frozenset[str]
    feminine_verb_mark: str
    # The ta marbuta of a feminine singular noun, as written (not folded).
    feminine_noun_mark: str
    # Attached prepositions that hardly open a clause: such a first letter there is a verb's.
    verb_like_prepositions: frozenset[str]
    # Phrases that may stand inside a counted object (20 قتيلا على الأقل بينهم أطفال).
    count_asides: tuple[Phrase, ...]
    # The -ين of sound plurals and duals in the accusative and genitive.
    oblique_plural_ending: str
    # Visit codes, and the sectors whose generic actors visit privately (زيارة الأقارب).
    visit_codes: frozenset[str]
    private_sectors: frozenset[str]
    # ... and the cooperative acts those do in private life (no target: no event).
    private_codes: tuple[str, ...]
    # Roots of aid, and the words that name its beneficiary (لفائدة السكان).
    beneficiary_roots: frozenset[str]
    beneficiary_words: frozenset[str]

    def without_conjunction(self, norm: str) -> str:
        """`norm` without a leading conjunction letter (وفي -> في); other words unchanged."""
        return norm[1:] if norm[:1] in self.conjunctions else norm

    def joined_by_conjunction(self, norm: str) -> bool:
        """Whether a word is glued to و/ف (وبالمثل، فقال), not a free preposition that
        begins with one of those letters (في): after a comma, such a word opens a clause."""
        return norm[:1] in self.conjunctions and norm not in self.free_prepositions

    def among(self, norm: str, words: frozenset[str]) -> bool:
        """Whether `norm`, as it is or without a leading conjunction (وكما، فيما), is one
        of `words`."""
        return norm in words or (norm[:1] in self.conjunctions and norm[1:] in words)


_GRAMMAR_LISTS = (
    "conjunctions",
    "prepositions_attached",
    "enclitics",
    "nisba_endings",
    "future_particles",
    "intent",
    "causal_links",
    "continuation",
    "speech_verbs",
    "complementisers",
    "speaker_complementisers",
    "speaker_possessives",
    "source_nouns",
    "member_nouns",
    "attack_adjectives",
    "passive_agents",
    "passive_auxiliaries",
    "target_prepositions",
    "clause_breaks",
    "quantifiers",
    "name_particles",
    "not_verb_forms",
    "noun_endings",
    "protest_agents",
    "free_prepositions",
    "noun_governors",
)


def _words(values: Sequence[str]) -> frozenset[str]:
    """Words folded to matching form."""
    return frozenset(normalize_form(v) for v in values)


def _phrases(values: Sequence[str]) -> tuple[Phrase, ...]:
    """Phrases folded to matching form, longest first."""
    return tuple(sorted({tuple(normalize_form(v).split()) for v in values}, key=len, reverse=True))


def _folded_tuple(values: Sequence[str]) -> tuple[str, ...]:
    """Strings folded to matching form, in their order."""
    return tuple(normalize_form(v) for v in values)


def _bare_words(values: Sequence[str]) -> frozenset[str]:
    """Words folded to matching form and then by `bare` (as `Lexicon.bare_forms` reads)."""
    return frozenset(bare(normalize_form(v)) for v in values)


def _bare_phrases(values: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases whose words are folded to matching form and then by `bare`, as
    `Lexicon.bare_forms` reads each word of a sentence (so بحادث سير matches حادث سير)."""
    return tuple(tuple(bare(normalize_form(w)) for w in v.split()) for v in values)


def _codes(values: Sequence[str]) -> frozenset[str]:
    """Codes or sectors, as written (never folded)."""
    return frozenset(values)


# The lists of ``roles:``, each with how it is read: one entry per key, so that a new key
# is validated and built from this table alone (its field is declared on `Grammar`).
_ROLE_LISTS: dict[str, Callable[[Sequence[str]], Any]] = {
    "plural_verb_endings": _folded_tuple,
    "partitives": _words,
    "perfect_particles": _words,
    "reflexives": _words,
    "honorifics": _words,
    "unit_heads": _words,
    "speaker_sectors": _codes,
    "speaker_roots": _codes,
    "party_roots": _codes,
    "agent_after_roots": _codes,
    "request_roots": _codes,
    "mutual_codes": tuple,
    "origin_prepositions": _words,
    "venue_prepositions": _words,
    "venue_clitics": _folded_tuple,
    "object_prepositions": _words,
    "grievance_phrases": _phrases,
    "grievance_roots": _codes,
    "claim_verbs": _words,
    "claim_nouns": _words,
    "shared_subject_roots": _codes,
    "attributions": _words,
    "genitive_clitics": _folded_tuple,
    "resumptive_objects": _words,
    "resumptive_enclitics": _folded_tuple,
    "adversary_roots": _codes,
    "adversary_prepositions": _words,
    "beneficiary_roots": _codes,
    "beneficiary_words": _words,
    "visit_codes": _codes,
    "private_sectors": _codes,
    "private_codes": tuple,
    "custody_roots": _codes,
    "custodian_sectors": _codes,
    "place_target_roots": _codes,
    "place_nouns": _words,
    "protest_sites": _words,
    "act_heads": _bare_words,
    "partner_phrases": _phrases,
    "accident_phrases": _bare_phrases,
    "sports_phrases": _bare_phrases,
    "subjunctive_particles": _words,
    "temporal_conjunctions": _words,
    "singular_relatives": _words,
    "feminine_relatives": _words,
    "verb_like_prepositions": _words,
    "count_asides": _phrases,
}


def parse_grammar(data: Any, where: str) -> Grammar:
    """Validate the grammar mapping (from YAML) and fold every word to matching form."""
    if not isinstance(data, Mapping) or not isinstance(data.get("source"), str):
        raise HadathError(ErrorCode.E303, path=where, reason="expected a mapping with 'source:'")
    neg = data.get("negation")
    if not isinstance(neg, Mapping):
        raise HadathError(ErrorCode.E303, path=where, reason="missing 'negation' mapping")
    for key in _GRAMMAR_LISTS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HadathError(ErrorCode.E303, path=where, reason=f"'{key}' must be a word list")
    for key in ("verb", "noun", "denial"):
        if not isinstance(neg.get(key), list):
            raise HadathError(ErrorCode.E303, path=where, reason=f"'negation.{key}' missing")
    rep = data.get("reporting")
    if not isinstance(rep, Mapping):
        raise HadathError(ErrorCode.E303, path=where, reason="missing 'reporting' mapping")
    rep_keys: tuple[str, ...] = (
        "roots",
        "victims",
        "means",
        "crowds",
        "times",
        "generic_present_roots",
    )
    rep_keys += ("topic_frames", "questions", "irrealis", "relatives", "verb_openers")
    rep_keys += (
        "conditionals",
        "answer_openers",
        "accusations",
        "charge_prepositions",
        "charge_clitics",
    )
    rep_keys += ("unrealised_after", "long_ago", "long_spans")
    for key in rep_keys:
        value = rep.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HadathError(
                ErrorCode.E303, path=where, reason=f"'reporting.{key}' must be a word list"
            )
    roles = data.get("roles")
    if not isinstance(roles, Mapping):
        raise HadathError(ErrorCode.E303, path=where, reason="missing 'roles' mapping")
    for key in _ROLE_LISTS:
        value = roles.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HadathError(ErrorCode.E303, path=where, reason=f"'roles.{key}' must be a list")
    for key in (
        "article",
        "masdar_object_preposition",
        "future_prefix",
        "feminine_verb_mark",
        "feminine_noun_mark",
        "oblique_plural_ending",
    ):
        if not isinstance(data.get(key), str):
            raise HadathError(ErrorCode.E303, path=where, reason=f"'{key}' must be a string")

    return Grammar(
        conjunctions=tuple(normalize_form(v) for v in data["conjunctions"]),
        prepositions_attached=tuple(normalize_form(v) for v in data["prepositions_attached"]),
        masdar_object_preposition=normalize_form(data["masdar_object_preposition"]),
        article=normalize_form(data["article"]),
        enclitics=tuple(
            sorted((normalize_form(v) for v in data["enclitics"]), key=len, reverse=True)
        ),
        nisba_endings=_words(data["nisba_endings"]),
        future_prefix=normalize_form(data["future_prefix"]),
        feminine_verb_mark=normalize_form(data["feminine_verb_mark"]),
        feminine_noun_mark=data["feminine_noun_mark"],
        oblique_plural_ending=normalize_form(data["oblique_plural_ending"]),
        future_particles=_words(data["future_particles"]),
        negation_verb=_words(neg["verb"]),
        negation_noun=_words(neg["noun"]),
        denial=_words(neg["denial"]),
        intent=_phrases(data["intent"]),
        causal_links=_phrases(data["causal_links"]),
        continuation=_phrases(data["continuation"]),
        speech_verbs=_words(data["speech_verbs"]),
        source_nouns=_words(data["source_nouns"]),
        complementisers=_words(data["complementisers"]),
        speaker_complementisers=_words(data["speaker_complementisers"]),
        speaker_possessives=tuple(data["speaker_possessives"]),
        member_nouns=_words(data["member_nouns"]),
        attack_adjectives=_words(data["attack_adjectives"]),
        passive_agents=_phrases(data["passive_agents"]),
        passive_auxiliaries=_words(data["passive_auxiliaries"]),
        target_prepositions=_words(data["target_prepositions"]),
        clause_breaks=_words(data["clause_breaks"]),
        quantifiers=_words(data["quantifiers"]),
        name_particles=_words(data["name_particles"]),
        not_verb_forms=_words(data["not_verb_forms"]),
        noun_endings=tuple(data["noun_endings"]),  # on the written text: never folded
        protest_agents=frozenset(bare(normalize_form(v)) for v in data["protest_agents"]),
        protesters=frozenset(bare(normalize_form(v)) for v in data.get("protesters", [])),
        protest_agent_sector=str(data.get("protest_agent_sector", "CVL")),
        local_sectors=frozenset(str(v) for v in data["local_sectors"]),
        free_prepositions=_words(data["free_prepositions"]),
        noun_governors=_words(data["noun_governors"]),
        reporting_roots=frozenset(rep["roots"]),
        victims=frozenset(bare(normalize_form(v)) for v in rep["victims"]),
        means=frozenset(bare(normalize_form(v)) for v in rep["means"]),
        crowds=frozenset(bare(normalize_form(v)) for v in rep["crowds"]),
        times=frozenset(bare(normalize_form(v)) for v in rep["times"]),
        generic_present_roots=frozenset(rep["generic_present_roots"]),
        topic_frames=frozenset(bare(normalize_form(v)) for v in rep["topic_frames"]),
        questions=_words(rep["questions"]),
        irrealis=_words(rep["irrealis"]),
        conditionals=_words(rep["conditionals"]),
        answer_openers=_words(rep["answer_openers"]),
        accusations=frozenset(bare(normalize_form(v)) for v in rep["accusations"]),
        charge_prepositions=_words(rep["charge_prepositions"]),
        charge_clitics=_words(rep["charge_clitics"]),
        unrealised_after=frozenset(bare(normalize_form(v)) for v in rep["unrealised_after"]),
        long_ago=_words(rep["long_ago"]),
        long_spans=frozenset(bare(normalize_form(v)) for v in rep["long_spans"]),
        relatives=_words(rep["relatives"]),
        verb_openers=_words(rep["verb_openers"]),
        **{key: read(roles[key]) for key, read in _ROLE_LISTS.items()},
    )
