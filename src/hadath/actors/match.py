"""Actor mentions of a text for a date: scan, group, code, and resolve within-text references.

`find_actor_mentions` is the whole matcher without a `Document` (used by the stage, the
event coder and ``hadath actors``).  Coding rules, in order:

* a person is coded by the role held on the date (`Person.code_at`);
* an agent takes the country of the nisba/country that follows it ("الجيش الإسرائيلي"
  -> ISRMIL) and, when it names a title, the holder of that title: first a person already
  mentioned in the text (coreference), else the dictionary's holder on the date;
* "نظيره الفرنسي" takes the title of the last titled actor mentioned before it;
* an "of" agent (supporters, a plural in construct) followed by a person or organisation
  takes the agent's sector in that actor's country ("أنصار الحريري" -> LBNCVL);
* a surname alone is a person only after the full name appeared in the same text, or right
  after an agent whose title the person held on the date ("الرئيس الأسد");
* an organisation, seat of power or group has its own code; a country name, capital or
  plural nisba ("الإيرانيين") gives the country alone; a singular nisba alone is not an actor;
* a dateline place or an agency byline ("عمان - رويترز:") is not an actor (`dateline`);
* after an organisation named with a construct head ("جماعة الحوثي"), that head with the
  article ("الجماعة") refers to it, and a bare definite agent ("الجيش") takes the country
  the text gave it before ("الجيش الإسرائيلي") (`anaphora`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from hadath.actors.anaphora import AgentCountries, Antecedent, construct_head, head_anaphora
from hadath.actors.dateline import is_dateline
from hadath.actors.group import INSTITUTION_SECTORS, Group, group_hits
from hadath.actors.model import (
    AGENT,
    COUNTERPART,
    DATE_RE,
    DEPUTY,
    FACILITY,
    FORMER,
    PERSON,
    SURNAME,
    split_code,
)
from hadath.actors.resources import ActorResources
from hadath.actors.scan import Hit, fold_spaces, longest, scan
from hadath.document import ActorMention
from hadath.errors import ErrorCode, HadathError
from hadath.text.normalize import NormalizedText, normalize

# How far (in characters) a bare title like "الرئيس" may be from the person it refers to.
BARE_TITLE_REACH = 300
# "بن", "ابن", "بنت": a person's name right after one names the father in a longer name.
_PATRONYM_WINDOW = 6  # " ابن " and a space to spare
PATRONYMICS = frozenset({"\u0628\u0646", "\u0627\u0628\u0646", "\u0628\u0646\u062a"})
# Sectors of armed actors: their members "of" an armed organisation are the organisation.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "SPY"})


@dataclass(slots=True)
class _Context:
    """What the text has said so far: persons seen, and who holds which title."""

    seen: set[str] = field(default_factory=set)
    # Persons named in full anywhere in the text: their surnames resolve even before the
    # full name (a headline "الكاظمي يستقبل..." above "رئيس الوزراء مصطفى الكاظمي").
    # Each maps to the code its title gave it where one was written ("" if none): a surname
    # standing for that person takes the same code.
    named: Mapping[str, str] = field(default_factory=dict)
    titled: dict[str, str] = field(default_factory=dict)  # the same, for persons seen so far
    by_title: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, title)
    last_person: tuple[str, str, int] | None = None  # (id, title, end) of the last named
    # The style a title gave each person when the text named them ("president" for
    # "الرئيس عبد الفتاح السيسي").
    styles: dict[str, str] = field(default_factory=dict)
    last_title: str = ""


@dataclass(frozen=True, slots=True)
class _Coded:
    code: str
    entity: str | None
    name_en: str | None
    coref: bool = False


def _person_candidates(
    group: Group, ctx: _Context, date: str | None, res: ActorResources
) -> list[str]:
    assert group.name is not None
    pids: list[str] = []
    title = group.agent.phrases[0].title if group.agent else ""
    for phrase in group.name.phrases:
        if phrase.kind == PERSON:
            pids.append(phrase.ref)
        elif phrase.kind == SURNAME:
            person = res.persons[phrase.ref]
            if (
                phrase.ref in ctx.seen
                or phrase.ref in ctx.named
                or (title and person.code_at(date, res.title_rank)[1] == title)
            ):
                pids.append(phrase.ref)
    return pids


def _choose_person(
    pids: list[str], country: str | None, date: str | None, res: ActorResources
) -> str:
    def score(pid: str) -> tuple[int, int]:
        code, title = res.persons[pid].code_at(date, res.title_rank)
        return (int(country is not None and code.startswith(country)), int(bool(title)))

    return max(pids, key=score)  # max keeps the first among equals


def _explicit_code(group: Group, pid: str, date: str | None, res: ActorResources) -> str | None:
    """The code a title written before the name gives, whatever the date: "رئيس الوزراء
    العراقي مصطفى الكاظمي" is IRQGOV even in an article written after his term, and
    "... السابق مصطفى الكاظمي" is IRQELI; None when no title or country is written."""
    if group.agent is None or group.agent.kind != AGENT:
        return None
    agent = group.agent.phrases[0]
    person = res.persons[pid]
    country = group.place.phrases[0].code if group.place else None
    if group.former is not None:
        return (country or person.code_at(date, res.title_rank)[0][:3]) + "ELI"
    if country:
        return country + agent.sector
    held = [r for r in person.roles if agent.title and r.title == agent.title]
    if not held:
        return None
    # The role with this title nearest before the date ("الرئيس بشار الأسد").
    earlier = [r for r in held if date is None or r.start <= date] or held
    return max(earlier, key=lambda r: r.start).code


def _code_person(
    group: Group, pid: str, date: str | None, res: ActorResources, ctx: _Context
) -> _Coded:
    person = res.persons[pid]
    code, title = person.code_at(date, res.title_rank)
    explicit = _explicit_code(group, pid, date, res)
    names = group.name.phrases if group.name is not None else ()
    surname_only = all(p.kind == SURNAME for p in names if p.ref == pid)
    coref = surname_only and (pid in ctx.seen or pid in ctx.named)
    if group.agent is not None and group.agent.phrases[0].title:
        ctx.styles[pid] = group.agent.phrases[0].name_en.lower()
    if explicit is not None:
        ctx.titled[pid] = explicit
        if group.agent is not None and group.agent.phrases[0].title:
            title = "" if group.former is not None else group.agent.phrases[0].title
    elif group.agent is None:
        # A bare name refers to the person as the text introduced them.
        explicit = ctx.titled.get(pid) or ctx.named.get(pid) or None
    code = explicit or code
    ctx.seen.add(pid)
    if title:
        ctx.by_title[(code[:3], title)] = pid
        ctx.last_title = title
    ctx.last_person = (pid, title, group.end)
    return _Coded(code, pid, person.name_en, coref)


def _code_agent(
    group: Group, date: str | None, res: ActorResources, ctx: _Context
) -> _Coded | None:
    assert group.agent is not None
    agent = group.agent.phrases[0]
    if agent.compose in (FORMER, DEPUTY, FACILITY):
        # a stray السابق, a deputy whose title follows (نائب رئيس ...), a place named
        # after a person (مطار الملك خالد)
        return None
    country = group.place.phrases[0].code if group.place else None
    if country is None and agent.compose in ("needs", "adjective", "counterpart"):
        return None
    if group.former is not None:
        # A former office holder: not today's holder of the title.
        name = " ".join(filter(None, (res.countries.get(country or ""), "former", agent.name_en)))
        return _Coded((country or "") + "ELI", None, name)
    country = country or agent.code or None
    if agent.kind == COUNTERPART:
        title = ctx.last_title
        sector = res.title_sector.get(title, agent.sector)
    else:
        title, sector = agent.title, agent.sector
    if title:
        ctx.last_title = title
    pid, coref = None, False
    if title and country:
        pid = ctx.by_title.get((country, title))
        coref = pid is not None
        pid = pid or res.holder(country, title, date)
    elif title:
        pid = _bare_title_referent(title, agent.name_en.lower(), group.start, res, ctx)
        if pid is not None:
            coref = True
            country = res.persons[pid].code_at(date, res.title_rank)[0][:3]
    name = " ".join(filter(None, (res.countries.get(country or ""), agent.name_en)))
    if pid is not None:
        return _Coded((country or "") + sector, pid, res.persons[pid].name_en, coref)
    return _Coded((country or "") + sector, None, name or None)


def _bare_title_referent(
    title: str, style: str, start: int, res: ActorResources, ctx: _Context
) -> str | None:
    """The person a bare title ("الرئيس") refers back to: the last person named, when they
    held this title and were named shortly before; else the one person the text has named
    with this title so far, however far back (news names a head of state once, then writes
    "الرئيس"); None when the text named several or none.  A person the text or their name
    styles otherwise ("King Abdullah II") is never the referent of "الرئيس" (`style`)."""

    def fits(pid: str) -> bool:
        known = ctx.styles.get(pid) or res.style_of(pid)
        return known is None or known == style

    if ctx.last_person is not None:
        pid, held, offset = ctx.last_person
        if held == title and start - offset <= BARE_TITLE_REACH and fits(pid):
            return pid
    holders = {pid for (_, held), pid in ctx.by_title.items() if held == title and fits(pid)}
    return holders.pop() if len(holders) == 1 else None


def _code_follower(group: Group, date: str | None, res: ActorResources, ctx: _Context) -> _Coded:
    """An "of" agent: its sector, in the country of the nisba, organisation or person that
    follows ("أنصار الحريري" -> LBNCVL); with nothing after it, the sector alone."""
    assert group.agent is not None
    agent = group.agent.phrases[0]
    country = group.place.phrases[0].code if group.place else None
    if country is None and group.fixed is not None:
        fixed = group.fixed.phrases[0]
        # Fighters of an armed organisation are that organisation ("مقاتلي البيشمركة").
        if agent.sector in ARMED_SECTORS and split_code(fixed.code)[1] in ARMED_SECTORS:
            return _Coded(fixed.code, fixed.ref, fixed.name_en)
        country = split_code(fixed.code)[0]
    if country is None and group.name is not None:
        # A surname names several persons: use it only when they share one country.
        refs = {p.ref for p in group.name.phrases if p.kind in (PERSON, SURNAME)}
        found = {res.persons[r].code_at(date, res.title_rank)[0][:3] for r in refs}
        country = found.pop() if len(found) == 1 else None
        ctx.seen.update(p.ref for p in group.name.phrases if p.kind == PERSON)
    country = country or agent.code or None
    name = " ".join(filter(None, (res.countries.get(country or ""), agent.name_en)))
    return _Coded((country or "") + agent.sector, None, name or None)


def _as_known_surname(group: Group, ctx: _Context) -> Group | None:
    """A lone singular nisba that is also the surname of a person the text names ("السوداني"
    in an article naming "محمد شياع السوداني"), as a name group; else None."""
    if group.place is None or group.agent is not None or group.name is not None:
        return None
    known = tuple(
        p
        for p in group.place.phrases
        if p.kind == SURNAME and (p.ref in ctx.seen or p.ref in ctx.named)
    )
    if not known:
        return None
    return replace(group, place=None, name=replace(group.place, phrases=known, kind=SURNAME))


def _code_group(
    group: Group, date: str | None, res: ActorResources, ctx: _Context
) -> _Coded | None:
    if group.agent is not None and (group.agent.phrases[0].compose == "of" or group.partitive):
        return _code_follower(group, date, res, ctx)
    surname = _as_known_surname(group, ctx)
    if surname is not None and surname.name is not None:
        return _code_person(surname, surname.name.phrases[0].ref, date, res, ctx)
    country = group.place.phrases[0].code if group.place else None
    named_after = group.agent is not None and group.agent.phrases[0].sector in (INSTITUTION_SECTORS)
    if group.name is not None and not named_after:
        pids = _person_candidates(group, ctx, date, res)
        if pids:
            return _code_person(group, _choose_person(pids, country, date, res), date, res, ctx)
        if group.agent is not None and group.agent.phrases[0].sector in ARMED_SECTORS:
            return _code_follower(group, date, res, ctx)  # "قوات الأسد": his country's forces
    if group.fixed is not None:
        fixed = group.fixed.phrases[0]
        return _Coded(fixed.code, fixed.ref, fixed.name_en)
    if group.agent is not None:
        return _code_agent(group, date, res, ctx)
    if group.place is not None and group.place.kind != "nisba":
        return _Coded(country or "", None, res.countries.get(country or ""))
    return None


def _named_in_full(groups: list[Group], date: str | None, res: ActorResources) -> dict[str, str]:
    """Persons named by a full name or alias anywhere in the text (not inside the name of an
    institution called after them), each with the code of the first title written before
    their name ("" when none was)."""
    named: dict[str, str] = {}
    for g in groups:
        if g.name is None or (g.agent and g.agent.phrases[0].sector in INSTITUTION_SECTORS):
            continue
        for p in g.name.phrases:
            if p.kind == PERSON and not named.get(p.ref):
                named[p.ref] = _explicit_code(g, p.ref, date, res) or ""
    return named


def _only_says_where(group: Group, sector: str | None) -> bool:
    """Whether a group could be a dateline place or an agency byline: a country or capital
    alone, or a fully coded media actor."""
    if group.agent is not None or group.name is not None:
        return False
    if group.fixed is not None:
        return sector == "MED"
    return group.place is not None


def find_actor_mentions(
    text: str, date: str | None, res: ActorResources, norm: NormalizedText | None = None
) -> list[ActorMention]:
    """Actor mentions of `text` coded for `date` (ISO ``YYYY-MM-DD`` or None).

    Offsets are into `text` as given.  With no date, persons are coded by their latest role
    and titles are not resolved to their holders.  `norm` is ``normalize(text)`` when the
    caller has it already.
    """
    if not isinstance(text, str):
        raise HadathError(ErrorCode.E203, reason=f"expected str, got {type(text).__name__}")
    if date is not None and not DATE_RE.match(date):
        raise HadathError(ErrorCode.E012, value=date)
    if norm is None:
        norm = normalize(text)
    folded = fold_spaces(norm.text)
    hits = [
        h for h in longest(scan(folded, res.automaton), len(folded)) if not _patronym(folded, h)
    ]
    groups = group_hits(folded, hits)
    ctx = _Context(named=_named_in_full(groups, date, res))
    mentions: list[ActorMention] = []
    antecedents: list[Antecedent[_Coded]] = []
    agents = AgentCountries(BARE_TITLE_REACH)
    for group in groups:
        coded = _code_group(group, date, res, ctx)
        if coded is None or not coded.code:
            continue
        coded = _with_agent_country(folded, group, coded, agents, date, res)
        if group.fixed is not None and group.agent is None and group.name is None:
            head = construct_head(folded[group.fixed.start : group.fixed.end])
            if head is not None:
                antecedents.append(Antecedent(head, group.end, coded))
        start, end = norm.to_original(group.start, group.end)
        sector = split_code(coded.code)[1]
        if _only_says_where(group, sector) and is_dateline(text, start, end, media=sector == "MED"):
            continue
        mentions.append(_mention(text, start, end, coded, coded.coref))
    if antecedents:
        taken = [(g.start, g.end) for g in groups]
        for lo, hi, coded in head_anaphora(folded, antecedents, taken):
            mentions.append(_mention(text, *norm.to_original(lo, hi), coded, True))
        mentions.sort(key=lambda m: m.start)
    return mentions


def _with_agent_country(
    folded: str,
    group: Group,
    coded: _Coded,
    agents: AgentCountries,
    date: str | None,
    res: ActorResources,
) -> _Coded:
    """`coded`, recorded in `agents` when it has a country and a sector; a bare definite
    agent coded without a country ("الحكومة") gets the country the text gave it before
    (`AgentCountries.bare_country`), and a title its holder there on `date`."""
    country, sector = split_code(coded.code)
    if not sector:
        return coded
    if country:
        agents.record(folded[group.start : group.end], sector, country, group.end)
        return coded
    country = agents.bare_country(folded, group, sector)
    if country is None or group.agent is None:
        return coded
    phrase = group.agent.phrases[0]
    pid = res.holder(country, phrase.title, date) if phrase.title else None
    if pid is not None:
        return _Coded(country + sector, pid, res.persons[pid].name_en, True)
    name = " ".join(filter(None, (res.countries.get(country), phrase.name_en)))
    return _Coded(country + sector, None, name, True)


def _patronym(folded: str, hit: Hit) -> bool:
    """Whether a person's name follows "بن"/"ابن"/"بنت": it names the father in a longer
    name ("فيصل بن سلمان بن عبدالعزيز" is the king's son, not the king)."""
    if hit.kind not in (PERSON, SURNAME):
        return False
    # only the few letters before the name are read (a slice of the whole text would cost
    # as much as the text for every name)
    lo = max(0, hit.start - _PATRONYM_WINDOW)
    before = folded[lo : hit.start].rstrip()
    cut = before.rfind(" ")
    if cut < 0 and lo > 0:
        return False  # no word starts inside the window
    return before[cut + 1 :] in PATRONYMICS


def _mention(text: str, start: int, end: int, coded: _Coded, coref: bool) -> ActorMention:
    """The mention of `text[start:end]` (original offsets) coded as `coded`."""
    country, sector = split_code(coded.code)
    return ActorMention(
        text[start:end],
        start,
        end,
        coded.code,
        country,
        sector,
        coded.entity,
        coded.name_en,
        coref=coref,
    )
