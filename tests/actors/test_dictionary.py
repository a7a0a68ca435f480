"""Validation of the built-in actor dictionary and of its build step."""

from __future__ import annotations

import itertools
import json
import pickle
from collections import Counter

from hadath.actors.build import COMPILED_NAME, build_actor_data
from hadath.actors.model import CODE_RE, DATE_RE, SECTORS, SURNAME
from hadath.actors.resources import load_actor_resources
from hadath.data.build import COMPILED_DIR, DATA_DIR, serialise

# INT: foreign or international actors no single state is named for (القوات الأجنبية).
NON_STATE = {"IGO", "IMG", "NGO", "KUR", "XKX", "INT"}
# CAMEO's world-region codes (organisations.tsv names the regions that a shorter country
# name would otherwise swallow: أمريكا الجنوبية).
REGIONS = {"SAM", "LAM", "NMR", "CAM"}


def payload() -> dict:
    return build_actor_data(DATA_DIR)[COMPILED_NAME][0]


def test_committed_artefact_matches_sources() -> None:
    built = serialise(payload())
    committed = (COMPILED_DIR / COMPILED_NAME).read_bytes()
    assert built == committed, "actors.json is stale: run python -m hadath.data.build"


def test_codes_are_well_formed() -> None:
    data = payload()
    countries = set(data["countries"]) | NON_STATE | REGIONS
    codes = [p[3] for p in data["phrases"] if p[3]]
    codes += [r[1] for person in data["persons"].values() for r in person[3]]
    assert codes
    for code in codes:
        assert CODE_RE.match(code) or code in SECTORS, code
        if code not in SECTORS:
            assert code[:3] in countries, code
    for _key, _kind, _art, _code, sector, *_rest in data["phrases"]:
        assert not sector or sector in SECTORS


def test_role_dates_are_valid_and_ordered() -> None:
    for pid, (_name, _country, before, roles) in payload()["persons"].items():
        assert roles or before in SECTORS, f"{pid} has neither a role nor a sector"
        for _title, _code, start, end in roles:
            assert DATE_RE.match(start), (pid, start)
            assert not end or DATE_RE.match(end), (pid, end)
            assert not end or start <= end, (pid, start, end)


def test_no_two_holders_of_one_office_at_once() -> None:
    """Same title, same country: periods may only touch in the month of hand-over."""
    offices: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for pid, (_n, _c, _b, roles) in payload()["persons"].items():
        for title, code, start, end in roles:
            if title not in ("other", "leader"):  # several groups share one code
                offices.setdefault((code, title), []).append((start[:7], (end or "9999")[:7], pid))
    for office, periods in offices.items():
        periods.sort()
        for (_s1, e1, p1), (s2, _e2, p2) in itertools.pairwise(periods):
            assert s2 >= e1, f"{office}: {p1} until {e1} overlaps {p2} from {s2}"


def test_no_duplicate_keys_and_every_entry_has_an_english_name() -> None:
    data = payload()
    rows = Counter(tuple(p) for p in data["phrases"])
    assert max(rows.values()) == 1
    meaning = Counter(tuple(p[:8]) for p in data["phrases"] if p[1] != SURNAME)
    assert max(meaning.values()) == 1, meaning.most_common(3)
    assert all(p[8] for p in data["phrases"]), [p for p in data["phrases"] if not p[8]][:3]
    assert all(person[0] for person in data["persons"].values())
    assert all(t[2] for t in data["titles"])


def test_coverage_bars() -> None:
    data = payload()
    roles = sum(len(person[3]) for person in data["persons"].values())
    assert roles >= 800
    assert len(data["countries"]) >= 250  # every ISO 3166 country + Kosovo, Kurdistan...
    for code in ("PSE", "XKX", "ESH", "KUR"):
        assert code in data["countries"]
    assert len(data["phrases"]) >= 3000


def test_resources_pickle_and_stay_equal(resources) -> None:
    actors = resources.actors
    clone = pickle.loads(pickle.dumps(actors))
    assert set(clone.persons) == set(actors.persons)
    assert clone.holder("FRA", "hos", "2021-01-01") == "macron"


def test_loaded_payload_is_the_compiled_file() -> None:
    res = load_actor_resources()
    committed = json.loads((COMPILED_DIR / COMPILED_NAME).read_text(encoding="utf-8"))
    assert len(res.payload["phrases"]) == len(committed["phrases"])
