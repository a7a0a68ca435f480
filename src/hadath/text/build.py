"""Build step of the text area: validate ``data/text`` sources and emit ``text.json``.

Registered in `hadath.data.build.BUILDERS`; run with ``python -m hadath.data.build``.
The same readers serve `hadath.text.resources` when a user folder adds its own files.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from hadath.errors import ErrorCode, HadathError

COMPILED_NAME = "text.json"
OUTLET_SCOPES = ("lede", "body")
EFFECTS = ("drop", "tail", "block")


def read_yaml(path: Path) -> dict[str, Any]:
    """A YAML mapping, or E102 naming the file and the line of the syntax error."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise HadathError(ErrorCode.E102, path=path, line=0, reason=str(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise HadathError(ErrorCode.E102, path=path, line=line, reason=str(exc)) from None
    if not isinstance(data, dict):
        raise HadathError(ErrorCode.E102, path=path, line=1, reason="expected a mapping")
    return data


def _line_of(path: Path, needle: str) -> int:
    """1-based line of the first occurrence of `needle` in `path` (0 when absent)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle and needle in line:
            return number
    return 0


def _require(path: Path, data: dict[str, Any], key: str, kind: type) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise HadathError(
            ErrorCode.E102,
            path=path,
            line=_line_of(path, f"{key}:"),
            reason=f"{key!r} must be a {kind.__name__}",
        )
    return value


def _check_regex(path: Path, pattern: object, where: str) -> str:
    if not isinstance(pattern, str):
        raise HadathError(
            ErrorCode.E102,
            path=path,
            line=_line_of(path, where),
            reason=f"{where}: pattern must be a string",
        )
    try:
        re.compile(pattern)
    except re.error as exc:
        raise HadathError(
            ErrorCode.E102,
            path=path,
            line=_line_of(path, pattern[:30]),
            reason=f"{where}: bad regular expression: {exc}",
        ) from None
    return pattern


def read_lexicon(path: Path) -> dict[str, int]:
    """``form<TAB>frequency`` rows; E102 names the first malformed line."""
    lexicon: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise HadathError(ErrorCode.E102, path=path, line=0, reason=str(exc)) from None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0] or not parts[1].isdigit():
            raise HadathError(
                ErrorCode.E102, path=path, line=number, reason="expected form<TAB>integer frequency"
            )
        lexicon[parts[0]] = lexicon.get(parts[0], 0) + int(parts[1])
    return lexicon


def read_clitics(path: Path) -> dict[str, Any]:
    data = read_yaml(path)
    for key in ("conjunctions", "prepositions", "enclitics"):
        for item in _require(path, data, key, list):
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("form"), str)
                or not isinstance(item.get("min_ratio"), int | float)
            ):
                raise HadathError(
                    ErrorCode.E102,
                    path=path,
                    line=_line_of(path, str(item)[:20]),
                    reason=f"{key}: each item needs form and min_ratio",
                )
    _require(path, data, "article", str)
    _require(path, data, "lam_article", str)
    future = _require(path, data, "future", dict)
    if not isinstance(future.get("form"), str) or not isinstance(future.get("before"), list):
        raise HadathError(
            ErrorCode.E102,
            path=path,
            line=_line_of(path, "future:"),
            reason="future needs form and before",
        )
    _require(path, data, "min_stem", int)
    _require(path, data, "protected", list)
    return data


def read_furniture(path: Path) -> dict[str, Any]:
    data = read_yaml(path)
    for rule in _require(path, data, "rules", list):
        if not isinstance(rule, dict) or not isinstance(rule.get("reason"), str):
            raise HadathError(
                ErrorCode.E102,
                path=path,
                line=_line_of(path, "reason:"),
                reason="each rule needs a reason",
            )
        if rule.get("effect") not in EFFECTS:
            raise HadathError(
                ErrorCode.E102,
                path=path,
                line=_line_of(path, rule["reason"]),
                reason=f"effect must be one of {EFFECTS}",
            )
        _check_regex(path, rule.get("match"), rule["reason"])
    header = _require(path, data, "date_header", dict)
    for key in ("label", "time"):
        _check_regex(path, header.get(key), f"date_header.{key}")
    for key in ("head_max_words", "title_min_words", "title_max_words", "outlet_lede_lines"):
        _require(path, data, key, int)
    for clue in _require(path, data, "outlet_clues", list):
        if not isinstance(clue, dict) or not isinstance(clue.get("how"), str):
            raise HadathError(
                ErrorCode.E102,
                path=path,
                line=_line_of(path, "outlet_clues:"),
                reason="each outlet clue needs a 'how'",
            )
        where = f"how: {clue['how']}"
        if clue.get("scope") not in OUTLET_SCOPES:
            raise HadathError(
                ErrorCode.E102,
                path=path,
                line=_line_of(path, where),
                reason=f"outlet clue scope must be one of {OUTLET_SCOPES}",
            )
        pattern = _check_regex(path, clue.get("match"), where)
        if "outlet" not in re.compile(pattern).groupindex:
            raise HadathError(
                ErrorCode.E102,
                path=path,
                line=_line_of(path, where),
                reason="outlet clue pattern needs a group named 'outlet'",
            )
    return data


def read_sentences(path: Path) -> dict[str, Any]:
    data = read_yaml(path)
    _require(path, data, "continuation_words", list)
    for key in ("continuation_marks", "terminators", "closers"):
        _require(path, data, key, str)
    _require(path, data, "max_sentence_chars", int)
    _require(path, data, "abbreviation_max_letters", int)
    return data


def read_language(path: Path) -> dict[str, Any]:
    data = read_yaml(path)
    for key in ("min_arabic_share", "max_persian_share"):
        _require(path, data, key, float)
    for name, chars in _require(path, data, "scripts", dict).items():
        _check_regex(path, f"[{chars}]", f"scripts.{name}")
    return data


def build_text_data(data_dir: Path) -> dict[str, tuple[Any, int]]:
    """Compile ``data/text`` into one JSON payload."""
    folder = data_dir / "text"
    lexicon = read_lexicon(folder / "lexicon.tsv")
    payload = {
        "lexicon": lexicon,
        "clitics": read_clitics(folder / "clitics.yaml"),
        "furniture": read_furniture(folder / "furniture.yaml"),
        "sentences": read_sentences(folder / "sentences.yaml"),
        "language": read_language(folder / "language.yaml"),
    }
    return {COMPILED_NAME: (payload, len(lexicon))}
