"""The function words of the event coder, from ``data/events/grammar.yaml``.

`Grammar` holds every word list, phrase list and root set the coder's rules read: clitics,
negation and modality, reported speech, clause breaks, the words that decide who did what
to whom.  `parse_grammar` validates the file (each key named in an error) and folds every
word to the matching form.  Immutable and picklable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    continuation: tuple[Phrase, ...]
    speech_verbs: frozenset[str]
    complementisers: frozenset[str]
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
    # Roots of acts against an adversary, and the prepositions that name it (ضد إسرائيل).
    adversary_roots: frozenset[str]
    adversary_prepositions: frozenset[str]
    # Roots of custody and coercion, and the sectors whose announcement of one is their own.
    custody_roots: frozenset[str]
    custodian_sectors: frozenset[str]
    # Visit codes, and the sectors whose generic actors visit privately (زيارة الأقارب).
    visit_codes: frozenset[str]
    private_sectors: frozenset[str]
    # Roots of aid, and the words that name its beneficiary (لفائدة السكان).
    beneficiary_roots: frozenset[str]
    beneficiary_words: frozenset[str]

    def without_conjunction(self, norm: str) -> str:
        """`norm` without a leading conjunction letter (وفي -> في); other words unchanged."""
        return norm[1:] if norm[:1] in self.conjunctions else norm

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
    "continuation",
    "speech_verbs",
    "complementisers",
    "speaker_complementisers",
    "speaker_possessives",
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
)


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
    for key in (
        "plural_verb_endings",
        "partitives",
        "perfect_particles",
        "reflexives",
        "honorifics",
        "unit_heads",
        "speaker_sectors",
        "speaker_roots",
        "party_roots",
        "agent_after_roots",
        "mutual_codes",
        "origin_prepositions",
        "venue_prepositions",
        "venue_clitics",
        "object_prepositions",
        "grievance_phrases",
        "grievance_roots",
        "claim_verbs",
        "claim_nouns",
        "shared_subject_roots",
        "attributions",
        "genitive_clitics",
        "resumptive_objects",
        "adversary_roots",
        "adversary_prepositions",
        "beneficiary_roots",
        "beneficiary_words",
        "visit_codes",
        "private_sectors",
        "custody_roots",
        "custodian_sectors",
    ):
        value = roles.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HadathError(ErrorCode.E303, path=where, reason=f"'roles.{key}' must be a list")
    for key in ("article", "future_prefix"):
        if not isinstance(data.get(key), str):
            raise HadathError(ErrorCode.E303, path=where, reason=f"'{key}' must be a string")

    def words(values: Sequence[str]) -> frozenset[str]:
        return frozenset(normalize_form(v) for v in values)

    def phrases(values: Sequence[str]) -> tuple[Phrase, ...]:
        return tuple(
            sorted({tuple(normalize_form(v).split()) for v in values}, key=len, reverse=True)
        )

    return Grammar(
        conjunctions=tuple(normalize_form(v) for v in data["conjunctions"]),
        prepositions_attached=tuple(normalize_form(v) for v in data["prepositions_attached"]),
        article=normalize_form(data["article"]),
        enclitics=tuple(
            sorted((normalize_form(v) for v in data["enclitics"]), key=len, reverse=True)
        ),
        nisba_endings=words(data["nisba_endings"]),
        future_prefix=normalize_form(data["future_prefix"]),
        future_particles=words(data["future_particles"]),
        negation_verb=words(neg["verb"]),
        negation_noun=words(neg["noun"]),
        denial=words(neg["denial"]),
        intent=phrases(data["intent"]),
        continuation=phrases(data["continuation"]),
        speech_verbs=words(data["speech_verbs"]),
        complementisers=words(data["complementisers"]),
        speaker_complementisers=words(data["speaker_complementisers"]),
        speaker_possessives=tuple(data["speaker_possessives"]),
        member_nouns=words(data["member_nouns"]),
        attack_adjectives=words(data["attack_adjectives"]),
        passive_agents=phrases(data["passive_agents"]),
        passive_auxiliaries=words(data["passive_auxiliaries"]),
        target_prepositions=words(data["target_prepositions"]),
        clause_breaks=words(data["clause_breaks"]),
        quantifiers=words(data["quantifiers"]),
        name_particles=words(data["name_particles"]),
        not_verb_forms=words(data["not_verb_forms"]),
        noun_endings=tuple(data["noun_endings"]),  # on the written text: never folded
        protest_agents=frozenset(bare(normalize_form(v)) for v in data["protest_agents"]),
        protesters=frozenset(bare(normalize_form(v)) for v in data.get("protesters", [])),
        protest_agent_sector=str(data.get("protest_agent_sector", "CVL")),
        local_sectors=frozenset(str(v) for v in data["local_sectors"]),
        free_prepositions=words(data["free_prepositions"]),
        reporting_roots=frozenset(rep["roots"]),
        victims=frozenset(bare(normalize_form(v)) for v in rep["victims"]),
        means=frozenset(bare(normalize_form(v)) for v in rep["means"]),
        crowds=frozenset(bare(normalize_form(v)) for v in rep["crowds"]),
        times=frozenset(bare(normalize_form(v)) for v in rep["times"]),
        generic_present_roots=frozenset(rep["generic_present_roots"]),
        topic_frames=frozenset(bare(normalize_form(v)) for v in rep["topic_frames"]),
        questions=words(rep["questions"]),
        irrealis=words(rep["irrealis"]),
        conditionals=words(rep["conditionals"]),
        answer_openers=words(rep["answer_openers"]),
        accusations=frozenset(bare(normalize_form(v)) for v in rep["accusations"]),
        charge_prepositions=words(rep["charge_prepositions"]),
        charge_clitics=words(rep["charge_clitics"]),
        unrealised_after=frozenset(bare(normalize_form(v)) for v in rep["unrealised_after"]),
        long_ago=words(rep["long_ago"]),
        long_spans=frozenset(bare(normalize_form(v)) for v in rep["long_spans"]),
        relatives=words(rep["relatives"]),
        verb_openers=words(rep["verb_openers"]),
        plural_verb_endings=tuple(normalize_form(v) for v in roles["plural_verb_endings"]),
        partitives=words(roles["partitives"]),
        perfect_particles=words(roles["perfect_particles"]),
        reflexives=words(roles["reflexives"]),
        honorifics=words(roles["honorifics"]),
        unit_heads=words(roles["unit_heads"]),
        speaker_sectors=frozenset(roles["speaker_sectors"]),
        speaker_roots=frozenset(roles["speaker_roots"]),
        party_roots=frozenset(roles["party_roots"]),
        agent_after_roots=frozenset(roles["agent_after_roots"]),
        mutual_codes=tuple(str(c) for c in roles["mutual_codes"]),
        origin_prepositions=words(roles["origin_prepositions"]),
        venue_prepositions=words(roles["venue_prepositions"]),
        venue_clitics=tuple(normalize_form(v) for v in roles["venue_clitics"]),
        object_prepositions=words(roles["object_prepositions"]),
        grievance_phrases=phrases(roles["grievance_phrases"]),
        grievance_roots=frozenset(roles["grievance_roots"]),
        claim_verbs=words(roles["claim_verbs"]),
        claim_nouns=words(roles["claim_nouns"]),
        shared_subject_roots=frozenset(roles["shared_subject_roots"]),
        attributions=words(roles["attributions"]),
        genitive_clitics=tuple(normalize_form(v) for v in roles["genitive_clitics"]),
        resumptive_objects=words(roles["resumptive_objects"]),
        adversary_roots=frozenset(roles["adversary_roots"]),
        adversary_prepositions=words(roles["adversary_prepositions"]),
        beneficiary_roots=frozenset(roles["beneficiary_roots"]),
        beneficiary_words=words(roles["beneficiary_words"]),
        visit_codes=frozenset(roles["visit_codes"]),
        private_sectors=frozenset(roles["private_sectors"]),
        custody_roots=frozenset(roles["custody_roots"]),
        custodian_sectors=frozenset(roles["custodian_sectors"]),
    )
