"""Every command, option and setting is documented in README.md (Datasette's rule)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from hadath.cli import build_parser, command_modules
from hadath.options import Options

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def subparsers() -> dict[str, object]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return dict(action.choices)


@pytest.mark.parametrize("name", [m.NAME for m in command_modules()])
def test_every_command_and_its_options_are_in_the_readme(name: str) -> None:
    assert f"hadath {name}" in README, f"command {name!r} is not documented in README.md"
    sub = subparsers()[name]
    for action in sub._actions:
        for flag in action.option_strings:
            if flag.startswith("--") and flag != "--help":
                assert flag in README, f"option {flag} of 'hadath {name}' is not in README.md"


def test_every_pipeline_setting_is_in_the_readme() -> None:
    for field in dataclasses.fields(Options):
        assert f"`{field.name}`" in README, f"setting {field.name!r} is not in README.md"
