"""The calendar: compiled ``time.json`` turned into lookup tables and the date grammar.

`load_calendar` is what `hadath.resources.Resources.calendar` calls; user dictionary
folders may add calendar words in ``<dir>/time/*.yaml``.  The grammar's regular
expressions are built here from the word lists, once, and matched against the matching form
of the text (`hadath.text.normalize`), so spelling variants need no extra patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.errors import ErrorCode, HadathError
from hadath.memo import BoundedMemo
from hadath.options import Options
from hadath.time.build import COMPILED_NAME

# Distinct sets of names not to read as dates (a document's outlet) whose pattern is kept.
NAME_PATTERN_LIMIT = 1000
# Positions one call of a rule's `RuleScan.lazy` pattern tries as the start of a match.
LAZY_SPAN = 48
# The group of `RuleScan.lazy` marking where the rule's own pattern starts.
LAZY_START = "hadath_start"
# Literal words of the grammar below, named because they also find where a rule can match.


@dataclass(frozen=True, slots=True)
class RuleScan:
    """Where the matches of one pattern can start, so that the pattern is tried only there.

    Every match holds one of `tokens` (or, with `digits`, a run of digits) at a position
    where `Calendar.token_scan` finds it and, when there is `before`, it matches there.
    With `back` 0 the token starts the match, maybe after one proclitic letter; otherwise
    the match starts at most `back` non-space characters (and any spaces) before the token.
    """

    tokens: frozenset[str]
    digits: bool
    back: int
    lazy: re.Pattern[str]  # the pattern after skipping up to LAZY_SPAN characters, lazily
    behind: re.Pattern[str] | None  # on the reversed text: the `back` characters before
    before: re.Pattern[str] | None  # on the reversed text: what may stand before the token


@dataclass(frozen=True, slots=True)
class Calendar:
    """Word tables and compiled patterns of the date grammar; never mutated."""

    months: Mapping[str, tuple[int, str]]  # form -> (month number, system)
    hijri_months: Mapping[str, int]
    weekdays: Mapping[str, int]
    ordinals: Mapping[str, int]
    numbers: Mapping[str, int]
    relative_days: Mapping[str, int]
    units: Mapping[str, str]
    plural_units: frozenset[str]
    past: frozenset[str]
    next: frozenset[str]
    current: frozenset[str]
    hijri_markers: frozenset[str]
    ago_words: frozenset[str]
    # Words introducing another happening, with and without a proclitic: a date after one
    # does not date the event (the resolve stage).
    anchor_words: frozenset[str]
    anchor_not_after: frozenset[str]  # words before an anchor word that cancel it
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (rule name, pattern), by priority
    not_dates: re.Pattern[str] | None  # names in which a date word is no date
    # Where each pattern can match (`patterns` in order, then `not_dates`): the patterns
    # begin with a look-behind, so the regex engine cannot skip ahead by itself and would
    # try every position.  Empty: no such shortcut, every pattern searches the whole text.
    scans: tuple[RuleScan, ...] = ()
    token_scan: re.Pattern[str] | None = None  # finds every token of `scans`
    # token (single spaces) -> indices of the scans owning it or a token it starts with
    token_owners: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # Memo of the pattern of each set of extra names (documents repeat their outlet): not
    # data, so not compared; see `name_pattern`.
    name_patterns: BoundedMemo[frozenset[str], re.Pattern[str]] = field(
        default_factory=lambda: BoundedMemo(NAME_PATTERN_LIMIT), compare=False, repr=False
    )

    def name_pattern(self, folded_names: frozenset[str]) -> re.Pattern[str]:
        """The pattern finding `folded_names` (matching form, single spaces, not empty) as
        names, with an optional proclitic و ف ب; built once per set of names."""
        found = self.name_patterns.get(folded_names)
        if found is None:
            found = self.name_patterns.remember(
                folded_names,
                re.compile(
                    r"(?<!\w)[وفب]?(?:" + alternation(name_forms(folded_names)) + r")(?!\w)"
                ),
            )
        return found


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of spaces.

    Written as a prefix tree (``ال(?:اول|ثاني)`` rather than ``الاول|الثاني``): the regex
    engine then tests one branch per distinct next letter instead of every word at every
    position, which is most of the cost of the date grammar.  It matches exactly what the
    flat longest-first list matches, in the same order: the words matching at one position
    are prefixes of each other, and the tree tries a longer one before a shorter one.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _tree_pattern(trie)


def _tree_pattern(node: dict[str, dict]) -> str:
    """The regex of a prefix tree node: its branches, optional when a word ends here."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _tree_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")


def _ordinals(data: Mapping[str, Any]) -> dict[str, int]:
    """Ordinal day phrases 1-31: units, teens (الحادي عشر) and tens (الخامس والعشرين)."""
    units = dict(data["ordinal_units"])
    tens = dict(data["ordinal_tens"])
    teen = data["ordinal_teen_suffix"]
    out = {
        w: n
        for w, n in units.items()
        if n != 1 or w == min((k for k, v in units.items() if v == 1), key=len)
    }
    out.update({w: n for w, n in tens.items()})
    for word, n in units.items():
        out[f"{word} {teen}"] = 10 + n
        for ten_word, ten in tens.items():
            if ten >= 20 and ten + n <= 31:
                out[f"{word} و{ten_word}"] = ten + n
                out[f"{word} و {ten_word}"] = ten + n
    return out


def name_forms(names: Iterable[str]) -> set[str]:
    """`names` plus the forms after the preposition ل, which eats the article's alef
    ("المصري اليوم" -> "للمصري اليوم")."""
    forms = set(names)
    article = "\u0627\u0644"  # the article, as written at the start of a name
    forms |= {"\u0644" + name[1:] for name in forms if name.startswith(article)}
    return forms


def _not_dates_source(data: Mapping[str, Any]) -> str | None:
    """Spans that are names, not dates: ``not_dates`` anywhere, ``not_dates_after_media``
    after a media word (قناه، موقع ...) or between quotes."""
    pieces = []
    if data.get("not_dates"):
        pieces.append(
            rf"(?<!\w)[{''.join(data['proclitics'])}]?(?:"
            + alternation(name_forms(data["not_dates"]))
            + r")(?!\w)"
        )
    after = data.get("not_dates_after_media") or []
    if after and data.get("media_words"):
        names = alternation(after)
        media = alternation(data["media_words"])
        pieces.append(rf'(?:{media})\s*"?\s*(?:{names})(?!\w)')
    if after:
        pieces.append(rf'"\s*(?:{alternation(after)})\s*"')
    return "|".join(pieces) if pieces else None


def _not_dates_tokens(data: Mapping[str, Any]) -> set[str]:
    """The words one of which starts every match of the ``not_dates`` pattern, or follows
    the proclitic that starts it."""
    after = data.get("not_dates_after_media") or []
    tokens = name_forms(data.get("not_dates") or [])
    if after and data.get("media_words"):
        tokens |= set(data["media_words"])
    return tokens | ({'"'} if after else set())


def _width(words: Iterable[str]) -> int:
    """The most non-space characters of one of `words`."""
    return max((len("".join(word.split())) for word in words), default=0)


def _scans(
    sources: list[tuple[str, int]], specs: list[tuple[set[str], bool, int, str | None]]
) -> tuple[tuple[RuleScan, ...], re.Pattern[str] | None, dict[str, tuple[int, ...]]]:
    """`Calendar.scans`, `token_scan` and `token_owners` of the patterns `sources` (source,
    flags), one spec (tokens, digits, back, before) each; nothing when a token is empty."""
    specs = [
        ({" ".join(t.split()) for t in words}, digits, back, before)
        for words, digits, back, before in specs
    ]
    everything = {token for tokens, _, _, _ in specs for token in tokens}
    if "" in everything or not everything:
        return (), None, {}
    scans = tuple(
        RuleScan(
            tokens=frozenset(tokens),
            digits=digits,
            back=back,
            lazy=re.compile(rf"[\s\S]{{0,{LAZY_SPAN - 1}}}?(?P<{LAZY_START}>)(?:{source})", flags),
            behind=re.compile(rf"\s*(?:\S\s*){{0,{back}}}") if back else None,
            before=re.compile(before) if before is not None else None,
        )
        for (source, flags), (tokens, digits, back, before) in zip(sources, specs, strict=True)
    )
    owners = {
        token: tuple(
            i
            for i, (tokens, _, _, _) in enumerate(specs)
            if any(token.startswith(t) for t in tokens)
        )
        for token in everything
    }
    return scans, re.compile(alternation(everything)), owners


def calendar_from_payload(data: Mapping[str, Any]) -> Calendar:
    """Build the `Calendar` (tables and grammar) from a compiled payload."""
    months: dict[str, tuple[int, str]] = {}
    for system in data["month_system_order"]:
        for number, name in enumerate(data["month_systems"][system], start=1):
            months.setdefault(name, (number, system))
    for month_key, names in data["month_variants"].items():
        for name in names:
            months.setdefault(name, (int(month_key), "variant"))
    hijri = {name: i for i, names in enumerate(data["hijri_months"], start=1) for name in names}
    units: dict[str, str] = {}
    plural: set[str] = set()
    for unit, forms in data["units"].items():
        for position, form in enumerate(forms):
            units[form] = unit
            if position == 1:  # the second form listed is the plural (ايام, اشهر ...)
                plural.add(form)
    ordinals = _ordinals(data)
    past, nxt, current = (
        frozenset(data[k]) for k in ("past_markers", "next_markers", "current_markers")
    )
    parts = {
        "MONTH": alternation(months),
        "HMONTH": alternation(hijri),
        "WD": alternation(data["weekdays"]),
        "ORD": alternation(ordinals),
        "REL": alternation(past | nxt | current),
        "PN": alternation(past | nxt),
        "YW": alternation(data["year_words"]),
        "HMARK": alternation(data["hijri_markers"]),
        "MARK": alternation(data["hijri_markers"] + data["gregorian_markers"]),
        "RELDAY": alternation(data["relative_days"]),
        "UNIT": alternation(units),
        "NUM": alternation(data["numbers"]),
        "AGO": alternation(data["ago_words"] + data["ahead_words"]),
        "THIS": alternation(data["this_words"]),
        "DAY": data["day_word"],
        "PERIOD": "|".join(data["period_words"]),
        "OF": data["of_word"],
    }
    grammar = {
        # [weekday] day|ordinal [من] [شهر] month[/month] [year | من العام الماضي | الماضي]
        "month-name": r"""
            (?:(?P<wd>{WD})\s*[,\-]?\s*)?
            (?:(?P<day>\d{{1,2}})(?!\d)|(?P<ord>{ORD})(?:\s+من)?)?
            \s*[/\-.]?\s*(?:من\s+)?(?:شهر\s+)?
            (?P<mon>{MONTH})(?:\s*[/\-(]?\s*(?P<mon2>{MONTH})\s*\)?)?
            (?:\s*[/\-.,]?\s*(?:(?:من\s+)?(?:{YW})\s+)?(?P<year>\d{{4}})(?!\d)
                   (?:\s*(?P<mark>{MARK})(?!\w))?
               |\s+(?:من\s+)?(?:العام|السنه)\s+(?P<relyear>{REL})
               |\s+(?P<relmon>{REL}))?""",
        "hijri": r"""
            (?:(?P<day>\d{{1,2}})(?!\d)|(?P<ord>{ORD})(?:\s+من)?)?
            \s*(?:من\s+)?(?:شهر\s+)?(?P<hmon>{HMONTH})\s*[/\-,]?\s*(?:(?:{YW})\s+)?
            (?P<year>\d{{3,4}})(?!\d)(?:\s*(?:{HMARK})(?!\w))?""",
        "numeric": r"""
            (?<![\d/.\-])(?P<a>\d{{1,4}})\s*(?P<sep>[/.\-])\s*(?P<b>\d{{1,2}})\s*(?P=sep)\s*
            (?P<c>\d{{1,4}})(?![\d/.\-])(?:\s*(?P<mark>{MARK})(?!\w))?""",
        "relative-day": r"""
            (?:{DAY}\s+)?(?P<rel>{RELDAY})(?:\s*[,\-]?\s*(?:{DAY}\s+)?(?P<wd>{WD}))?""",
        "weekday": r"""(?:{DAY}\s+)?(?P<wd>{WD})(?:\s+(?P<rel>{PN}))?""",
        "relative-count": r"""
            (?P<dir>{AGO})\s+(?:(?P<num>\d{{1,3}}|{NUM})\s+)?(?P<unit>{UNIT})(?!\s*\d)
            (?!\s+{OF}(?!\w))""",
        "relative-period": r"""
            (?:(?P<this>{THIS})\s+)?(?P<unit>{PERIOD})
            (?:\s+(?P<rel>{REL}))?""",
        "year": r"""
            (?:(?P<yw>{YW})\s+)?(?<![\d:/.,])(?P<year>1[3-9]\d\d|20\d\d|2100)(?![\d:/.,]\d)
            (?:\s*(?P<mark>{MARK})(?!\w))?""",
    }
    proclitics = "".join(data["proclitics"])
    sources = {
        name: rf"(?<!\w)(?:[{proclitics}](?=\S))??(?P<m>" + body.format(**parts) + r")(?!\w)"
        for name, body in grammar.items()
    }
    patterns = tuple((name, re.compile(source, re.VERBOSE)) for name, source in sources.items())
    # Non-space characters a match of month-name (hijri) may hold before its month: a
    # proclitic, a weekday and its comma, a day or an ordinal and its من (2), a slash, من (2)
    # and شهر (3).
    ordinal = max(2, _width(ordinals) + 2)
    month_back = 1 + _width(data["weekdays"]) + 1 + ordinal + 1 + 2 + 3
    hijri_back = 1 + ordinal + 2 + 3
    # Before a match's first word (on the reversed text): a non-word character or a
    # proclitic after one.  Before a month also a day, or the last letter of a weekday, an
    # ordinal or من, written without a space.
    starts = rf"\Z|\W|[{proclitics}](?:\Z|\W)"
    ends = alternation(word[::-1] for word in {*data["weekdays"], *ordinals, data["of_word"]})
    month = rf"{starts}|\d|{ends}"
    first_words = {
        "month-name": (set(months), False, month_back, month),
        "hijri": (set(hijri), False, hijri_back, month),
        "numeric": (set(), True, 0, starts),
        "relative-day": ({data["day_word"], *data["relative_days"]}, False, 0, starts),
        "weekday": ({data["day_word"], *data["weekdays"]}, False, 0, starts),
        "relative-count": ({*data["ago_words"], *data["ahead_words"]}, False, 0, starts),
        "relative-period": ({*data["this_words"], *data["period_words"]}, False, 0, starts),
        "year": (set(data["year_words"]), True, 0, starts),
    }
    not_dates = _not_dates_source(data)
    scan_sources: list[tuple[str, int]] = [(sources[name], re.VERBOSE) for name in grammar]
    scan_specs: list[tuple[set[str], bool, int, str | None]] = [
        first_words[name] for name in grammar
    ]
    if not_dates is not None:
        scan_sources.append((not_dates, 0))
        scan_specs.append((_not_dates_tokens(data), False, 0, None))
    scans, token_scan, owners = _scans(scan_sources, scan_specs)
    return Calendar(
        months=months,
        hijri_months=hijri,
        weekdays=dict(data["weekdays"]),
        ordinals=ordinals,
        numbers=dict(data["numbers"]),
        relative_days=dict(data["relative_days"]),
        units=units,
        plural_units=frozenset(plural),
        past=past,
        next=nxt,
        current=current,
        hijri_markers=frozenset(data["hijri_markers"]),
        ago_words=frozenset(data["ago_words"]),
        # With a proclitic too (وبعد، فمنذ), as the date patterns allow.
        anchor_words=frozenset(
            p + w for w in data["anchor_words"] for p in ("", *data["proclitics"])
        ),
        anchor_not_after=frozenset(data["anchor_not_after"]),
        patterns=patterns,
        not_dates=re.compile(not_dates) if not_dates is not None else None,
        scans=scans,
        token_scan=token_scan,
        token_owners=owners,
    )


def load_calendar(options: Options | None = None) -> Calendar:
    """The calendar of the built-in data (``time.json``) plus user calendar files.

    Every ``<dictionary dir>/time/*.yaml`` of ``options.dictionary_dirs`` (in folder
    order, then file name order) adds words in ``calendar.yaml``'s format; see
    `hadath.time.build.read_calendar_additions`.  A bad file is E104 naming file and line.
    """
    from hadath.data.build import COMPILED_DIR, load_compiled
    from hadath.time.build import merge_calendar, read_calendar_additions

    if not (COMPILED_DIR / COMPILED_NAME).is_file():
        raise HadathError(ErrorCode.E103, name="time", reason=f"{COMPILED_NAME} not found")
    payload = load_compiled(COMPILED_NAME)
    for folder in (options or Options()).dictionary_dirs:
        for path in sorted((Path(folder) / "time").glob("*.yaml")):
            payload = merge_calendar(payload, read_calendar_additions(path))
    return calendar_from_payload(payload)
