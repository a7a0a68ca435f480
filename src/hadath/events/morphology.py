"""A small generator of unvocalised Arabic verb and masdar surface forms.

The pattern dictionary lists a verb once, as its 3rd person masculine singular past and
present forms (``زار/يزور``); this module expands them into the conjugated forms news text
uses (persons, numbers, future ``س``, subjunctive/jussive plurals, hollow-verb passives) and
derives the masdar of the derived forms whose masdar is predictable without vowels (V, VI,
VII, VIII, X).  All strings are in the matching form of `hadath.text.normalize`, so alef and
ya variants are already folded; the Arabic letters used here are grammar, not vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass

ALEF, WAW, YA, TA, NUN, SIN, MIM = (
    "\u0627",
    "\u0648",
    "\u064a",
    "\u062a",
    "\u0646",
    "\u0633",
    "\u0645",
)
PRESENT_PREFIXES = (YA, TA, NUN, ALEF)


@dataclass(frozen=True, slots=True)
class VerbForms:
    """Surface forms of one verb, grouped by tense (all in matching form)."""

    past: frozenset[str]
    present: frozenset[str]
    passive: frozenset[str]


def past_forms(past: str) -> set[str]:
    """Conjugations of the past stem: 3rd persons, 1st/2nd persons, dual and plural."""
    forms = {past}
    if past.endswith((ALEF, YA)) and len(past) >= 3:
        # Defective verbs (دعا، التقى، اجرى): the final weak letter drops before suffixes.
        base = past[:-1]
        forms |= {
            base + TA,
            base + WAW + ALEF,
            base + YA + ALEF,
            base + WAW + ALEF,
            base + TA + ALEF,
            base + YA + TA,
            base + YA + NUN + ALEF,
            base + YA + NUN,
            base + ALEF,
        }
        return forms
    forms |= {
        past + TA,
        past + TA + ALEF,
        past + ALEF,
        past + WAW + ALEF,
        past + NUN,
        past + NUN + ALEF,
        past + TA + MIM,
    }
    if len(past) == 3 and past[1] == ALEF:
        # Hollow form I (زار -> زرت، زرنا): the long vowel drops before consonant suffixes.
        short = past[0] + past[2]
        forms |= {short + TA, short + NUN + ALEF, short + NUN, short + TA + MIM}
    return forms


def present_forms(present: str) -> set[str]:
    """Conjugations of the present stem for every person prefix, with plural and dual endings.

    ``present`` is the 3rd person masculine singular (``يزور``); its first letter is the
    person prefix and is replaced by the others.
    """
    if present == "-":
        return set()  # the dictionary gives no present (its spelling belongs to another verb)
    if not present or present[0] != YA:
        return {present}
    core = present[1:]
    forms: set[str] = set()
    for prefix in PRESENT_PREFIXES:
        forms.add(prefix + core)
    if core.endswith((WAW, YA, ALEF)):
        # Defective (يدعو، يلتقي، يبقى): plural يدعون/يلتقون, dual يدعوان/يلتقيان.
        base = core[:-1]
        for prefix in (YA, TA):
            forms |= {
                prefix + base + WAW + NUN,
                prefix + base + WAW + ALEF,
                prefix + core + ALEF + NUN,
                prefix + core + ALEF,
            }
    else:
        if len(core) == 3 and core[1] in (WAW, ALEF):
            # Hollow jussive after لم (لم يزر، لم تقم): the long vowel drops.
            forms |= {prefix + core[0] + core[2] for prefix in PRESENT_PREFIXES}
        for prefix in (YA, TA):
            forms |= {
                prefix + core + WAW + NUN,
                prefix + core + WAW + ALEF,
                prefix + core + ALEF + NUN,
                prefix + core + ALEF,
                prefix + core + NUN,
            }
    return forms


def passive_forms(past: str) -> set[str]:
    """Past passives that differ from the active when unvocalised.

    Sound verbs' passives (قُتل) are spelled like their actives, so only hollow verbs change:
    form I ``زار -> زير`` and form VIII ``اغتال -> اغتيل``.
    """
    forms: set[str] = set()
    if len(past) == 3 and past[1] == ALEF:
        stem = past[0] + YA + past[2]
        forms |= {stem, stem + TA, stem + WAW + ALEF}
    elif len(past) == 5 and past[0] == ALEF and past[3] == ALEF:
        stem = past[:3] + YA + past[4]
        forms |= {stem, stem + TA, stem + WAW + ALEF}
    return forms


def derived_masdars(past: str) -> set[str]:
    """Masdars predictable from the unvocalised past of derived forms.

    V/VI masdars (تفعّل، تفاعل) are spelled like the past and so are left to the dictionary,
    where listing them is a deliberate choice (تجمع is also "a gathering"); VII/VIII
    (انفعل، افتعل) take ``افتعال``; X
    (استفعل) takes ``استفعال``; hollow VIII (اغتال) takes ``اغتيال``.  Form I, II, III and IV
    masdars are not predictable without vowels and are listed in the dictionary instead.
    """
    out: set[str] = set()
    if past.startswith(SIN, 1) and past.startswith(ALEF) and len(past) == 6 and past[4] != ALEF:
        out.add(past[:5] + ALEF + past[5])
    elif past.startswith(ALEF) and len(past) == 5 and past[3] == ALEF:
        out.add(past[:3] + YA + ALEF + past[4])
    elif past.startswith(ALEF) and len(past) == 5 and past[2] in (TA, "\u0637", "\u062f"):
        out.add(past[:4] + ALEF + past[4])
    elif past.startswith(ALEF) and len(past) == 4 and past[2] == TA:
        # Geminate VIII (احتج -> احتجاج).
        out.add(past[:3] + past[3] + ALEF + past[3])
    elif past.startswith(ALEF + NUN) and len(past) == 5:
        out.add(past[:4] + ALEF + past[4])
    return out


def conjugate(past: str, present: str) -> VerbForms:
    """Every surface form of one verb from its two citation forms."""
    return VerbForms(
        past=frozenset(past_forms(past)),
        present=frozenset(present_forms(present)),
        passive=frozenset(passive_forms(past)),
    )
