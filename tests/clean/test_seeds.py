"""The seed articles of ../shared: body from the headline/lede, all furniture removed.

Expectations are line numbers (0-based) of each seed file, judged by reading the pages;
the texts themselves are read from ../shared at run time and never copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.clean.stage import clean_document
from hadath.document import Document, RawDoc

# file stem -> (first body line, furniture lines, line whose leading page header is cut)
SEEDS: dict[str, tuple[int, set[int], int | None]] = {
    "000_0cb6526e2de6c1ab": (3, {0, 1, 2, 9, 15, 21, 27, 29, 31, 33, 35}, None),
    "001_43abae7e4aa9ece2": (0, {12}, None),
    "002_b28c4b43ee058dbe": (0, set(), None),
    "003_edbfcea5e0785735": (0, set(), None),
    "004_09f5f6071d340e8d": (0, {4, 6, 8, 10, 12, 14, *range(16, 26)}, 0),
}
PUBLISHED = {"000_0cb6526e2de6c1ab": "2024-11-15", "004_09f5f6071d340e8d": "2023-11-04"}


def _clean(path: Path, resources) -> Document:
    raw = RawDoc(source=str(path), kind="text", content=path.read_text(encoding="utf-8"))
    return clean_document(Document.from_raw(raw), resources)


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_seed_body_and_furniture(shared_dir: Path, resources, stem: str) -> None:
    path = shared_dir / "data" / "seeds" / f"{stem}.txt"
    if not path.is_file():
        pytest.skip(f"seed {stem} absent")
    lines = path.read_text(encoding="utf-8").splitlines()
    first, furniture, cut_header = SEEDS[stem]
    doc = _clean(path, resources)
    assert doc.skip_reason is None
    assert doc.language == "ar"
    removed_lines = {r.line for r in doc.removed}
    # every furniture line is removed ...
    assert furniture <= removed_lines
    # ... and no body line is: each one is in the body, in order
    body_lines = [i for i, line in enumerate(lines) if line.strip() and i not in furniture]
    assert body_lines[0] == first
    position = 0
    for i in body_lines:
        expected = lines[i].strip()
        if i == cut_header:
            assert i in removed_lines  # the header prefix, kept for audit
            expected = doc.text.split("\n", 1)[0]
            assert lines[i].strip().endswith(expected)
            assert len(expected) > len(lines[i].strip()) * 0.9
        else:
            assert i not in removed_lines, f"body line {i} removed"
        found = doc.text.find(expected, position)
        assert found >= 0, f"body line {i} missing from the text"
        position = found + len(expected)
    # the body starts at the headline or lede
    assert doc.text.startswith(lines[first].strip()[:20]) or cut_header == first
    if stem in PUBLISHED:
        assert doc.published == PUBLISHED[stem]


def test_seed_with_headline_has_a_title(shared_dir: Path, resources) -> None:
    path = shared_dir / "data" / "seeds" / "001_43abae7e4aa9ece2.txt"
    doc = _clean(path, resources)
    assert doc.title == path.read_text(encoding="utf-8").splitlines()[0].strip()
