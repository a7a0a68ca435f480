"""The actor dictionary model: phrases, persons with dated roles, titles, and code rules.

A *phrase* is one normalised key of the automaton and what it means (a country name, a nisba
adjective, an agent noun, a person's name, a fully coded organisation...).  Persons carry
their roles with month-level dates; `Person.code_at` says how a person is coded on a date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# CAMEO sectors (primary and secondary role codes) that may follow the 3-letter country slot.
SECTORS = frozenset(
    (
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "OPP",
        "PTY",
        "REB",
        "UAF",
        "CVL",
        "EDU",
        "BUS",
        "MED",
        "REL",
        "ELI",
        "SPY",
        "REF",
        "LAB",
        "HRI",
        "NGO",
        "IGO",
        "CRM",
        "INS",
        "SEP",
        "AGR",
        "DEV",
        "ENV",
        "HLH",
        "MOD",
        "RAD",
    )
)
CODE_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")

# Phrase kinds.
COUNTRY = "country"  # a country or territory name: country code only
CAPITAL = "capital"  # a capital city used as metonym: country code only
NISBA = "nisba"  # a singular nisba adjective: only meaningful when composed
PEOPLE = "people"  # a plural nisba / demonym: the people of a country
AGENT = "agent"  # a role noun giving a sector (and maybe a title)
COUNTERPART = "counterpart"  # نظيره: the same role in the country given by what follows
FIXED = "fixed"  # a fully coded actor: organisation, seat of power, group, media
PERSON = "person"  # a person's full name or unambiguous alias
SURNAME = "surname"  # a person's surname: only used after the full name in the same text

# Compose rule of the "former" modifier (السابق) in agents.tsv.
FORMER = "former"
# Compose rule of a deputy of the title that follows (نائب رئيس شرطة دبي): no actor itself,
# so that نائب is not read as a member of parliament; what follows codes the actor.
DEPUTY = "deputy"
# Compose rule of a place named after the person who follows (مطار الملك خالد، شارع
# الملك فهد): neither the place nor the person is an actor.
FACILITY = "facility"

# How a phrase's leading Arabic article is treated at match time.
ART_REQUIRED = 1  # written with ال: the article (or لل) must be present
ART_FORBIDDEN = 0  # written without ال: no article may precede
ART_OPTIONAL = 2  # agents and nisba adjectives: with or without the article


@dataclass(frozen=True, slots=True)
class Phrase:
    """What one dictionary key means."""

    kind: str
    article: int
    code: str = ""  # country code (COUNTRY/CAPITAL/NISBA/PEOPLE) or full code (FIXED)
    sector: str = ""  # AGENT/COUNTERPART sector
    title: str = ""  # AGENT title (e.g. "fm") used to resolve the role holder
    compose: str = ""  # AGENT: "" (nisba or country may follow) or "gap1" (one word between)
    ref: str = ""  # PERSON/SURNAME: person id; FIXED: entity id
    name_en: str = ""


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    code: str  # full code, e.g. "FRAGOV" (or "IGOUNO")
    start: str  # YYYY-MM or YYYY-MM-DD
    end: str  # "" while in office


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name_en: str
    country: str  # ISO3 (or IGO) used for the person outside any role
    before: str  # sector before the first role (ELI when not given)
    roles: tuple[Role, ...]  # sorted by start

    def role_at(self, date: str | None, rank: Mapping[str, int]) -> Role | None:
        """The role held on `date` (highest-ranked title if several); None outside roles."""
        if date is None:
            return max(self.roles, key=lambda r: r.start) if self.roles else None
        held = [r for r in self.roles if in_period(date, r.start, r.end)]
        if not held:
            return None
        return min(held, key=lambda r: rank.get(r.title, 99))

    def code_at(self, date: str | None, rank: Mapping[str, int]) -> tuple[str, str]:
        """(code, title) on `date`.

        In a role: the role's code.  With no date: the latest role (what the person is best
        known for; coding stays deterministic).  After a role ended: country + ELI (former
        leader).  Before any role: country + the person's `before` sector.
        """
        role = self.role_at(date, rank)
        if role is not None:
            return role.code, role.title
        if date is not None and any(r.start <= date for r in self.roles):
            last = max((r for r in self.roles if r.start <= date), key=lambda r: r.start)
            country = last.code[:3] if last.code[:3] != "IGO" else self.country
            return country + "ELI", ""
        return self.country + (self.before or "ELI"), ""


def in_period(date: str, start: str, end: str) -> bool:
    """Whether `date` (YYYY-MM-DD or YYYY-MM) falls in [start, end] at the dates' precision."""
    if date[: len(start)] < start:
        return False
    return not end or date[: len(end)] <= end


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO code: the first 3 letters, then a known sector or None."""
    if not code:
        return None, None
    if len(code) == 3 and code in SECTORS:
        return None, code
    country = code[:3]
    sector = code[3:6] if code[3:6] in SECTORS else None
    return country, sector
