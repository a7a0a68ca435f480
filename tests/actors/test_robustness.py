"""Bad, odd and hostile input to the matcher, the stage and ``hadath actors``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hadath.actors import find_actor_mentions, find_actors
from hadath.cli import main
from hadath.document import Document, RawDoc, Sentence
from hadath.errors import ErrorCode, HadathError


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\t ",
        "\x00\x01\x02 binary \xff",
        "no Arabic at all, just English about France",
        "\ufffd\ufffd\ufffd",  # what a wrong decoding leaves
        "ال ال ال و ف ب",
        "<script>alert('العراق')</script>",
        "\u202eإسرائيل\u202c",  # bidi override around a name
        "ـــالعراقـــ",  # tatweel padding
        "العراق" * 1000,  # one giant word: no whole-word match
    ],
)
def test_odd_input_never_crashes(resources, text: str) -> None:
    mentions = find_actor_mentions(text, "2020-01-01", resources.actors)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


def test_tatweel_and_bidi_marks_are_read_through(resources) -> None:
    assert [m.code for m in find_actor_mentions("\u202eإسرائيل\u202c", None, resources.actors)] == [
        "ISR"
    ]


def test_truncated_text_keeps_what_it_can(resources) -> None:
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إن وزير الخارجية العرا"
    codes = [m.code for m in find_actor_mentions(text, "2021-01-01", resources.actors)]
    assert codes[0] == "FRAGOV"


def test_huge_input_is_linear(resources) -> None:
    text = "وقال وزير الخارجية العراقي إن الجيش الإسرائيلي والشرطة المصرية. " * 20000
    mentions = find_actor_mentions(text, "2021-01-01", resources.actors)
    assert len(mentions) == 60000


def test_wrong_types_and_dates_get_coded_errors(resources) -> None:
    with pytest.raises(HadathError) as err:
        find_actor_mentions(b"bytes", None, resources.actors)  # type: ignore[arg-type]
    assert err.value.code is ErrorCode.E203
    with pytest.raises(HadathError) as err:
        find_actor_mentions("العراق", "yesterday", resources.actors)
    assert err.value.code is ErrorCode.E012


def test_stage_fills_actors_with_sentences(resources) -> None:
    text = "قال الرئيس الفرنسي إيمانويل ماكرون. وزار الكاظمي باريس."
    doc = Document.from_raw(RawDoc("t", "text", text, published="2021-08-28"))
    doc.text = text
    cut = text.index(".") + 1
    doc.sentences = [Sentence(0, 0, cut, text[:cut]), Sentence(1, cut, len(text), text[cut:])]
    find_actors(doc, resources)
    assert [(a.code, a.sentence) for a in doc.actors] == [("FRAGOV", 0), ("FRA", 1)]


def test_command_prints_json(capsys) -> None:
    assert main(["actors", "--date", "2021-08-28", "الجيش الإسرائيلي وحزب الله"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["code"], r["country"], r["sector"]) for r in rows] == [
        ("ISRMIL", "ISR", "MIL"),
        ("LBNPTY", "LBN", "PTY"),
    ]
    assert set(rows[0]) == {
        "text",
        "start",
        "end",
        "code",
        "country",
        "sector",
        "entity",
        "name_en",
    }


def test_command_reads_stdin_and_rejects_binary() -> None:
    run = [sys.executable, "-m", "hadath.cli", "actors", "-"]
    ok = subprocess.run(run, input="الشرطة المصرية".encode(), capture_output=True, check=False)
    assert ok.returncode == 0 and json.loads(ok.stdout)[0]["code"] == "EGYCOP"
    bad = subprocess.run(run, input=b"\x00\x01", capture_output=True, check=False)
    assert bad.returncode == 2 and b"E203" in bad.stderr


def test_command_rejects_bad_date(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["actors", "--date", "2021-02-30", "العراق"])
    assert "invalid date" in capsys.readouterr().err


def test_many_head_references_in_a_long_text(resources) -> None:
    # every repetition: the organisation, its head reference, and a second organisation and
    # its reference; a long text must neither lose nor misassign any of them
    unit = "التقى وفد جماعة الحوثي. وقالت الجماعة إن مركز الملك سلمان للإغاثة والمركز. "
    mentions = find_actor_mentions(unit * 2000, "2023-01-01", resources.actors)
    entities = [m.entity for m in mentions if m.entity]
    assert entities.count("houthis") == 4000 and entities.count("ksrelief") == 4000
