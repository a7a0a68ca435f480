"""User dictionaries (own TSV format and PETRARCH format) and loader errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.actors import find_actor_mentions, load_actor_resources
from hadath.actors.build import Compiler, compile_folder
from hadath.actors.petrarch import parse_petrarch
from hadath.errors import ErrorCode, HadathError
from hadath.options import Options


def user_dir(tmp_path: Path, files: dict[str, str]) -> Options:
    folder = tmp_path / "actors"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return Options(dictionary_dirs=(tmp_path,))


def test_user_organisations_in_own_format(tmp_path: Path) -> None:
    options = user_dir(
        tmp_path, {"organisations.tsv": "# source: test\nacme\tJORBUS\tAcme Corp\tشركة أكمي|أكمي\n"}
    )
    res = load_actor_resources(options)
    [mention] = find_actor_mentions("أعلنت شركة أكمي", "2020-01-01", res)
    assert (mention.code, mention.entity, mention.name_en) == ("JORBUS", "acme", "Acme Corp")


def test_user_people_use_builtin_titles(tmp_path: Path) -> None:
    options = user_dir(
        tmp_path,
        {
            "people.tsv": "zed\tZed Person\tQAT\tBUS\tزيد الفلاني\t\n",
            "roles.tsv": "zed\tfm\tQAT\t2030-01\t2031-01\n",
        },
    )
    res = load_actor_resources(options)
    codes = [
        find_actor_mentions("زيد الفلاني", d, res)[0].code
        for d in ("2029-01-01", "2030-06-01", "2032-01-01")
    ]
    assert codes == ["QATBUS", "QATGOV", "QATELI"]


PETRARCH = """\
# a PETRARCH-style actor dictionary
زيد_عمرو_  # a person with dated codes
[IRQGOV 050101-081231]
[IRQELI >090101]
+أبو_زيد_
منظمة_السلام_الدولية_ [NGOHRI]
الموظفين_الحكوميين_ [~GOV]
"""


def test_petrarch_dictionary(tmp_path: Path) -> None:
    options = user_dir(tmp_path, {"petrarch_actors.txt": PETRARCH})
    res = load_actor_resources(options)
    assert find_actor_mentions("أبو زيد", "2006-01-01", res)[0].code == "IRQGOV"
    assert find_actor_mentions("زيد عمرو", "2010-01-01", res)[0].code == "IRQELI"
    assert find_actor_mentions("منظمة السلام الدولية", None, res)[0].code == "NGOHRI"
    assert find_actor_mentions("الموظفين الحكوميين العراقيين", None, res)[0].code == "IRQGOV"


def test_petrarch_entries_parse_dates(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(PETRARCH, encoding="utf-8")
    entries = parse_petrarch(path)
    assert entries[0].names == ["زيد عمرو", "أبو زيد"]
    assert entries[0].codes == [
        ("IRQGOV", "2005-01-01", "2008-12-31"),
        ("IRQELI", "2009-01-01", ""),
    ]


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("organisations.tsv", "# c\nx\tNOT-A-CODE\tX\tاسم\n", 2),
        ("organisations.tsv", "x\tFRAGOV\tX\tاسم\nx\tFRAGOV\tY\tاسم آخر\n", 2),
        ("organisations.tsv", "x\tFRAGOV\n", 1),
        ("agents.tsv", "جنود\tXYZ\t-\tnisba\tsoldiers\n", 1),
        ("agents.tsv", "جنود\tMIL\t-\tsideways\tsoldiers\n", 1),
        ("petrarch.txt", "اسم_بلا_رمز_\n", 1),
        ("petrarch.txt", "[IRQGOV]\n", 1),
        ("petrarch.txt", "اسم_ [IRQGOV 0501]\n", 1),
    ],
)
def test_bad_sources_name_file_and_line(tmp_path: Path, name: str, text: str, line: int) -> None:
    options = user_dir(tmp_path, {name: text})
    with pytest.raises(HadathError) as err:
        load_actor_resources(options)
    assert err.value.code is ErrorCode.E201
    assert err.value.fields["line"] == line
    assert name in str(err.value.fields["path"])


def test_bad_roles_are_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "actors"
    folder.mkdir()
    (folder / "titles.tsv").write_text("hos\tGOV\thead of state\n", encoding="utf-8")
    (folder / "people.tsv").write_text("p\tP\tFRA\t-\tاسم\t\n", encoding="utf-8")
    for roles, reason in [
        ("p\thos\tFRA\t2010-05\t2009-01\n", "ends"),
        ("p\thos\tFRA\t2010-13\t\n", "malformed date"),
        ("q\thos\tFRA\t2010-01\t\n", "unknown person"),
        ("p\tking\tFRA\t2010-01\t\n", "unknown title"),
    ]:
        (folder / "roles.tsv").write_text(roles, encoding="utf-8")
        with pytest.raises(HadathError, match=reason):
            compile_folder(folder, Compiler())


def test_undecodable_source(tmp_path: Path) -> None:
    options = user_dir(tmp_path, {})
    (tmp_path / "actors" / "organisations.tsv").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(HadathError) as err:
        load_actor_resources(options)
    assert err.value.code is ErrorCode.E201


def test_missing_compiled_data(tmp_path: Path) -> None:
    with pytest.raises(HadathError) as err:
        load_actor_resources(compiled=tmp_path / "nope.json")
    assert err.value.code is ErrorCode.E202


def test_person_id_clash_with_builtin(tmp_path: Path) -> None:
    options = user_dir(tmp_path, {"people.tsv": "macron\tX\tFRA\t-\tاسم ما\t\n", "roles.tsv": ""})
    with pytest.raises(HadathError, match="already in the built-in"):
        load_actor_resources(options)
