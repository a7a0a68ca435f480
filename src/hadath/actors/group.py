"""Group adjacent phrase matches into actor descriptions: agent + nisba/country + person.

"وزير الخارجية العراقي فؤاد حسين" is one actor made of an agent (وزير الخارجية), a nisba
(العراقي) and a person (فؤاد حسين); "نظيره الفرنسي" is a counterpart and a nisba.  Grouping
looks only at the text between matches: whitespace, or a comma before a name, or (for agents
like وزير/وزارة marked ``gap1``) one free word ("وزارة الزراعة المصرية").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hadath.actors.model import (
    AGENT,
    CAPITAL,
    COUNTERPART,
    COUNTRY,
    DEPUTY,
    FACILITY,
    FIXED,
    FORMER,
    NISBA,
    PEOPLE,
    PERSON,
    SURNAME,
)
from hadath.actors.scan import Hit, is_definite

# The preposition of a partitive ("ثلاثة من الجنود", "متمردا من طالبان").
PARTITIVE = "\u0645\u0646"
PLACE_KINDS = frozenset({NISBA, PEOPLE, COUNTRY, CAPITAL})
# A minister's portfolio between the title and its nisba: at most this many words, each at
# least this long (function words such as في، من، على are shorter).
_PORTFOLIO_WORDS = 3
_PORTFOLIO_WORD_LENGTH = 4
NAME_KINDS = frozenset({PERSON, SURNAME})
ADJECTIVE_KINDS = frozenset({NISBA, PEOPLE})
# Endings of the feminine dual of a nisba (أمريكيتان، أمريكيتين): it describes things too.
_FEMININE_DUALS = ("تان", "تين")
OF_KINDS = NAME_KINDS | {FIXED}
AGENT_KINDS = frozenset({AGENT})
# Agents that, followed by a person's name, name an institution after the person
# ("جامعة الملك سعود", "شركة محمد بن لادن"): the actor is the institution.
INSTITUTION_SECTORS = frozenset({"EDU", "BUS", "MED", "HLH", "NGO"})
# Sectors of a state's forces, which a government's name after them may own.
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class Group:
    """One actor description: its span in normalised text and the matches it is made of."""

    start: int
    end: int
    agent: Hit | None = None  # AGENT or COUNTERPART
    place: Hit | None = None  # NISBA / PEOPLE / COUNTRY / CAPITAL
    name: Hit | None = None  # PERSON or SURNAME
    fixed: Hit | None = None  # FIXED
    former: Hit | None = None  # "السابق" after a titled agent: no longer in office
    # "متمردا من طالبان": the agent is counted out of the organisation after "من"
    partitive: bool = False


def _adjacent(
    text: str,
    end: int,
    start: int,
    *,
    word: bool = False,
    comma: bool = False,
    adjective: bool = False,
    portfolio: bool = False,
) -> bool:
    """Whether only whitespace separates two matches (or what the flags allow): a comma
    before a name, any one word (``gap1`` agents), a minister's portfolio before a singular
    nisba (`_portfolio`), or one definite adjective ("الحزب القومي الألماني")."""
    gap = text[end:start]
    core = gap.strip()
    if not core:
        return len(gap) <= 2
    if comma and core in {",", "-", ":"}:
        return len(gap) <= 4
    one_word = core.isalpha() and len(gap) - len(core) <= 3
    if portfolio and not one_word:
        return _portfolio(core)
    return one_word and (word or (adjective and core.startswith("ال") and len(core) > 4))


def _portfolio(core: str) -> bool:
    """Whether the words between a minister's title and a singular nisba name a portfolio
    ("وزير حقوق الإنسان اليمني"، "وزارة الشباب والرياضة المغربية"): at most
    `_PORTFOLIO_WORDS` words, none of them a short function word (في، من، على) that would
    start another phrase ("وزير الخارجية في الحكومة السورية")."""
    words = core.split()
    return 1 < len(words) <= _PORTFOLIO_WORDS and all(
        w.isalpha() and len(w) >= _PORTFOLIO_WORD_LENGTH for w in words
    )


def _partitive_gap(text: str, end: int, start: int) -> bool:
    """Whether only the partitive preposition من (and maybe an opening quote) separates
    two matches: "عنصرين من «الكتائب»"."""
    words = text[end:start].split()
    return 1 <= len(words) <= 2 and words[0] == PARTITIVE and "".join(words[1:]) in ("", "«", '"')


def _after_number(text: str, start: int) -> bool:
    """Whether the word before `start` is a number written in digits."""
    end = start - 1 if start and text[start - 1] == " " else start
    return text[text.rfind(" ", 0, end) + 1 : end].isdigit()


def _next(hits: list[Hit], j: int, kinds: frozenset[str]) -> Hit | None:
    if j < len(hits) and hits[j].kind in kinds:
        return hits[j]
    return None


def is_former(hit: Hit) -> bool:
    """Whether a hit is the "former" modifier (السابق), which is never an actor alone."""
    return hit.kind == AGENT and hit.phrases[0].compose == FORMER


def is_facility(hit: Hit) -> bool:
    """Whether a hit is a place that may be named after the person who follows it (مطار
    الملك خالد): never an actor, nor is its namesake."""
    return hit.kind == AGENT and hit.phrases[0].compose == FACILITY


def _namesake(text: str, hits: list[Hit], j: int, before: Hit) -> int:
    """How many hits from `j` name the person a place is named after: a name, or a title
    and maybe a name ("الملك فهد"، "الملك خالد" with an unknown name), adjacent to
    `before`; 0 when none does."""
    first = hits[j] if j < len(hits) else None
    if first is None or not _adjacent(text, before.end, first.start):
        return 0
    if first.kind in NAME_KINDS:
        return 1
    if first.kind != AGENT or not first.phrases[0].title:
        return 0
    name = _next(hits, j + 1, NAME_KINDS)
    return 2 if name is not None and _adjacent(text, first.end, name.start) else 1


def is_deputy(hit: Hit) -> bool:
    """Whether a hit is a deputy of the title that follows it (نائب رئيس، نائب قائد): no
    actor itself, whatever follows."""
    return hit.kind == AGENT and hit.phrases[0].compose == DEPUTY


def _next_former(text: str, hits: list[Hit], j: int, last: Hit) -> Hit | None:
    nxt = _next(hits, j, AGENT_KINDS)
    if nxt is not None and is_former(nxt) and _adjacent(text, last.end, nxt.start):
        return nxt
    return None


def _describes_things(text: str, nisba: Hit) -> bool:
    """Whether a nisba can describe things (weapons, acts): a singular, or a feminine dual
    (مروحيتين أمريكيتين); a masculine plural or dual describes people (الأمريكيين)."""
    return nisba.kind == NISBA or text.endswith(_FEMININE_DUALS, nisba.start, nisba.end)


def _forces_of_government(text: str, agent: Hit, nxt: Hit) -> bool:
    """Whether `agent` is an indefinite force ("قوات") in construct with the government
    agent `nxt` ("النظام", "الحكومة"): the government's forces, of its country."""
    return (
        agent.phrases[0].sector in FORCE_SECTORS
        and nxt.phrases[0].sector == "GOV"
        and not is_definite(text, agent.start)
    )


def group_hits(text: str, hits: list[Hit]) -> list[Group]:
    """Groups in text order; every hit belongs to exactly one group.  `hits` are in text
    order and do not overlap (`hadath.actors.scan.longest`)."""
    groups: list[Group] = []
    i = 0
    while i < len(hits):
        head = hits[i]
        j = i + 1
        agent = place = name = fixed = former = None
        if is_former(head) or is_deputy(head):
            agent = head  # a stray "السابق", a deputy's "نائب رئيس": coded as nothing
        elif is_facility(head):
            agent = head  # مطار الملك خالد: the place and its namesake are coded as nothing
            j += _namesake(text, hits, j, head)
        elif head.kind in (AGENT, COUNTERPART):
            agent = head
            compose = head.phrases[0].compose
            # "adjective" agents (weapons, strikes) take only a nisba: "غارة إسرائيلية",
            # never a country name, which after a masdar is usually its object.
            nxt = _next(hits, j, ADJECTIVE_KINDS if compose == "adjective" else PLACE_KINDS)
            if compose == "adjective" and nxt and not _describes_things(text, nxt):
                nxt = None  # أسرى الحرب الأمريكيين: the plural nisba describes people
            definite = text.startswith("ال", head.start)
            # A construct whose last term has the article ("سلاح الجو") is definite too: it
            # may take one definite adjective before its nisba ("سلاح الجو الملكي الأردني").
            last_word = text.rfind(" ", head.start, head.end) + 1 or head.start
            construct = last_word > head.start and text.startswith("ال", last_word)
            if (
                (definite or construct)
                and nxt
                # السعودية is a country and a nisba: "وزارة الداخلية السعودية" composes
                and not any(p.kind in ADJECTIVE_KINDS for p in nxt.phrases)
            ):
                # A definite noun takes an adjective ("الرئيس الفرنسي"), never a genitive
                # name: in "زار الرئيس باريس" the capital is the object of the visit; so
                # does a construct with a definite last term ("زار ولي العهد فرنسا").
                nxt = None
            if nxt and _adjacent(
                text,
                head.end,
                nxt.start,
                word=compose == "gap1",
                adjective=(definite or construct) and nxt.kind in ADJECTIVE_KINDS,
                portfolio=compose == "gap1" and nxt.kind == NISBA,
            ):
                place, j = nxt, j + 1
            # "رئيس الوزراء العراقي السابق": the title no longer held, then maybe the name.
            if compose not in ("of", "adjective", "counterpart"):
                former = _next_former(text, hits, j, place or agent)
                j += former is not None
            # an institution named after a titled person (مستشفى الملك فيصل): the title and
            # the name are its namesake, not actors
            if (
                place is None
                and former is None
                and compose not in ("of", "adjective", "counterpart")
                and head.phrases[0].sector in INSTITUTION_SECTORS
                and j < len(hits)
                and hits[j].kind == AGENT
            ):
                j += _namesake(text, hits, j, head)
            # "of" agents (supporters, construct plurals) also take the organisation that
            # follows them: "أنصار الحركة X", "متظاهري حزب Y".  A weapon or an act never
            # takes a name: in "تصريحات ترامب" the person is the actor.
            nxt = _next(hits, j, OF_KINDS if compose == "of" else NAME_KINDS)
            last = former or place or agent
            if (
                nxt
                and compose != "adjective"
                and _adjacent(text, last.end, nxt.start, comma=nxt.kind != FIXED)
            ):
                if nxt.kind == FIXED:
                    fixed = nxt
                else:
                    name = nxt
                j += 1
        elif head.kind in ADJECTIVE_KINDS or head.kind in (COUNTRY, CAPITAL):
            place = head
            if head.kind == NISBA and _after_number(text, head.start):
                # "قتل 13 عراقيا": a singular nisba counted by a number (11-99 take the
                # singular) names people of that country, as a plural nisba does.
                place = replace(head, kind=PEOPLE)
            nxt = _next(hits, j, NAME_KINDS)
            if (
                head.kind in ADJECTIVE_KINDS
                and nxt
                and _adjacent(text, head.end, nxt.start, comma=True)
            ):
                name, j = nxt, j + 1
        else:
            if head.kind == FIXED:
                fixed = head
            else:
                name = head
            nxt = _next(hits, j, ADJECTIVE_KINDS)
            if nxt and _adjacent(text, head.end, nxt.start):
                place, j = nxt, j + 1
        # A bare, indefinite, untitled agent counted out of an organisation ("متمردا من
        # طالبان", "مسلحين من «الكتائب»") is a member of it: one actor, coded as an "of"
        # agent.  (A definite one is mostly an origin: "الوفد من القاهرة".)
        partitive = False
        nxt = _next(hits, j, frozenset({FIXED}))
        if (
            agent is not None
            and place is name is fixed is former is None
            and not text.startswith("ال", agent.start)
            and nxt is not None
            and not agent.phrases[0].title
            and agent.phrases[0].compose
            not in ("adjective", "counterpart", FORMER, DEPUTY, FACILITY)
            and _partitive_gap(text, agent.end, nxt.start)
        ):
            fixed, partitive, j = nxt, True, j + 1
        # An untitled agent of the same sector right after a bare untitled agent describes
        # the same people: "رجال الدين الشيعة" is one actor, not two.  Titled agents stay
        # apart so that each resolves to its holder ("رئيس مجلس الوزراء وزير الدفاع").
        # Indefinite forces before a government are its forces: "قوات النظام السوري".
        nxt = _next(hits, j, AGENT_KINDS)
        if (
            agent is not None
            and place is name is fixed is former is None
            and nxt is not None
            and not agent.phrases[0].title
            and not nxt.phrases[0].title
            # a strike is not its force: قصف سلاح الجو الإسرائيلي; nor is a bare strike
            # word after a force (الجيش قصف المدينة: قصف is the verb; وحدات المدفعية is one)
            and agent.phrases[0].compose not in ("adjective", DEPUTY, FACILITY)
            and (nxt.phrases[0].compose != "adjective" or text.startswith("ال", nxt.start))
            and (
                nxt.phrases[0].sector == agent.phrases[0].sector
                or _forces_of_government(text, agent, nxt)
            )
            and _adjacent(text, agent.end, nxt.start)
        ):
            j += 1
            # ... and the second one's nisba is theirs: "وفد الحكومة العراقية" is Iraq's.
            after = _next(hits, j, ADJECTIVE_KINDS)
            if after is not None and _adjacent(text, nxt.end, after.start):
                place, j = after, j + 1
        # The members of a named organisation take a plural nisba of their people as an
        # adjective: "مقاتلي البيشمركة الأكراد" is one actor, not the fighters and the Kurds.
        nxt = _next(hits, j, frozenset({PEOPLE}))
        if (
            agent is not None
            and fixed is not None
            and agent.phrases[0].compose == "of"
            and nxt is not None
            and _adjacent(text, hits[j - 1].end, nxt.start)
        ):
            j += 1
        # The group is made of hits i..j-1, which are in text order and do not overlap.
        groups.append(
            Group(head.start, hits[j - 1].end, agent, place, name, fixed, former, partitive)
        )
        i = j
    return groups
