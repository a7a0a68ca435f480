"""The committed compiled text/time data equal a fresh build of their sources."""

from __future__ import annotations

import pytest

from hadath.data.build import COMPILED_DIR, DATA_DIR, serialise
from hadath.errors import HadathError
from hadath.text.build import build_text_data, read_furniture
from hadath.time.build import build_time_data


@pytest.mark.parametrize("builder", [build_text_data, build_time_data])
def test_compiled_artefacts_are_fresh(builder) -> None:
    for name, (payload, _count) in builder(DATA_DIR).items():
        assert (COMPILED_DIR / name).read_bytes() == serialise(payload), (
            f"{name} is stale: run python -m hadath.data.build"
        )


def test_bad_pattern_is_reported_with_file_and_line(tmp_path) -> None:
    bad = tmp_path / "furniture.yaml"
    bad.write_text(
        "rules:\n  - reason: x\n    effect: drop\n    match: '(unclosed'\n"
        "date_header: {label: 'a', time: 'b'}\n",
        encoding="utf-8",
    )
    with pytest.raises(HadathError) as err:
        read_furniture(bad)
    assert err.value.code.name == "E102"
    assert "furniture.yaml:4" in str(err.value)
