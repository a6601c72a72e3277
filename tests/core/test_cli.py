"""The `readiness` command as scripts use it: output, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readiness.cli import main
from readiness.errors import (
    EXIT_CODES,
    Conflict,
    DocumentError,
    FrameworkError,
    InvalidInput,
    NotFound,
    PlanImportError,
    ReadinessError,
    UsageError,
    WorkspaceError,
    exit_code_for,
)

DATA = Path(__file__).parent.parent / "data"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_frameworks_show_json_prints_the_22_nafta_areas(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "frameworks", "show", "nafta-2017", "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data["areas"]) == 22
    assert all(area["items"] for area in data["areas"])


def test_new_assessment_from_profile_then_list_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "frameworks", "add", str(DATA / "mini.toml"))
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"roles": ["importer"], "countries": ["US"], "sectors": ["electronics"]}))
    code, out, _ = run(capsys, "assessments", "new", "Acme", "--framework", "mini", "--profile", str(profile))
    assert code == 0 and "1 of 4 items apply" in out
    code, out, _ = run(capsys, "assessments", "list", "--json")
    listed = json.loads(out)
    assert [(a["name"], a["applicable"], a["coverage"]) for a in listed] == [("Acme", 1, 0.0)]


def test_round_trip_through_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "frameworks", "add", str(DATA / "mini.toml"))
    run(capsys, "assessments", "new", "Acme", "--framework", "mini")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "assessments", "export-json", "Acme", "--out", str(first))[0] == 0
    code, _, err = run(capsys, "--workspace", str(tmp_path / "other.sqlite"), "assessments", "import", str(first))
    assert code == 2 or code == 3, err  # the other workspace lacks the mini pack
    assert "$.framework" in err
    run(capsys, "--workspace", str(tmp_path / "other.sqlite"), "frameworks", "add", str(DATA / "mini.toml"))
    assert run(capsys, "--workspace", str(tmp_path / "other.sqlite"), "assessments", "import", str(first))[0] == 0
    run(
        capsys,
        "--workspace",
        str(tmp_path / "other.sqlite"),
        "assessments",
        "export-json",
        "Acme",
        "--out",
        str(second),
    )
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["assessments", "export-json", "Nobody", "--out", "x.json"], 2, "no assessment named 'Nobody'"),
        (["frameworks", "show", "gatt-1947"], 2, "no framework with id 'gatt-1947'"),
        (["assessments", "new", "X", "--framework", "gatt-1947"], 2, "no framework"),
        (["--workspace", " ", "check"], 2, "--workspace needs a file name"),
    ],
)
def test_errors_are_one_line_on_stderr_with_an_exit_code(
    capsys: pytest.CaptureFixture[str], args: list[str], code: int, fragment: str
) -> None:
    got, out, err = run(capsys, *args)
    assert got == code
    assert out == ""
    assert fragment in err and err.count("\n") == 1


def test_validate_reports_a_broken_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pack = tmp_path / "broken.toml"
    pack.write_text('id = "x"\nversion = "1"\ntitle = "T"\nareas = []\n')
    code, _, err = run(capsys, "frameworks", "validate", str(pack))
    assert code == 3 and "broken.toml" in err and "areas" in err


def test_check_passes_on_a_fresh_workspace(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check")
    assert code == 0 and out.startswith("ok:")


def test_installed_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "readiness.cli", "frameworks", "list", "--json"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert {"nafta-2017", "usmca-2020"} <= {f["id"] for f in json.loads(result.stdout)}


def test_a_users_own_pack_is_added_from_the_json_that_show_prints(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, out, _ = run(capsys, "frameworks", "show", "usmca-annual-review", "--json")
    pack = json.loads(out)
    pack["id"], pack["version"], pack["title"] = "our-review", "1", "Our own review checklist"
    path = tmp_path / "own.json"
    path.write_text(json.dumps(pack))
    code, out, err = run(capsys, "frameworks", "add", str(path))
    assert code == 0, err
    code, out, _ = run(capsys, "frameworks", "list", "--json")
    assert {"id": "our-review", "version": "1"}.items() <= next(
        f for f in json.loads(out) if f["id"] == "our-review"
    ).items()
    code, _, err = run(capsys, "frameworks", "add", str(path))
    assert code == 5 and "already installed" in err  # a conflict (README), no longer the generic 1


def test_a_users_pack_may_not_take_the_id_of_a_builtin_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _, out, _ = run(capsys, "frameworks", "show", "usmca-annual-review", "--json")
    pack = json.loads(out)
    pack["version"] = "99"
    path = tmp_path / "own.json"
    path.write_text(json.dumps(pack))
    code, _, err = run(capsys, "frameworks", "add", str(path))
    assert code == 5 and "shipped with the app" in err and err.count("\n") == 1
    _, out, _ = run(capsys, "frameworks", "list", "--json")
    assert ("usmca-annual-review", "99") not in {(f["id"], f["version"]) for f in json.loads(out)}


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["snapshot", "Acme", "--label", "   "], 3, "needs a label"),
        (["export", "Acme", "--out", "plan.csv"], 2, ".xlsx"),
        (["assessments", "new", "Acme", "--framework", "mini"], 5, "already exists"),
    ],
)
def test_exit_codes_follow_the_kind_of_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], code: int, fragment: str
) -> None:
    run(capsys, "frameworks", "add", str(DATA / "mini.toml"))
    assert run(capsys, "assessments", "new", "Acme", "--framework", "mini")[0] == 0
    args = [str(tmp_path / a) if a.endswith(".csv") else a for a in args]
    got, out, err = run(capsys, *args)
    assert got == code, err
    assert out == "" and fragment in err and err.count("\n") == 1
    assert not (tmp_path / "plan.csv").exists()
    _, out, _ = run(capsys, "assessments", "list", "--json")
    assert [a["name"] for a in json.loads(out)] == ["Acme"]


def test_the_exit_code_table_is_the_one_the_readme_lists() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    listed = " ".join(readme.split("Exit 0 on success;", 1)[1].split(".", 1)[0].split())
    assert listed == (
        "otherwise one line on stderr and 2 (not found or bad usage), 3 (invalid input), "
        "4 (workspace problem), 5 (conflict)"
    )
    expected = {
        NotFound: 2,
        UsageError: 2,
        InvalidInput: 3,
        FrameworkError: 3,
        DocumentError: 3,
        PlanImportError: 3,
        WorkspaceError: 4,
        Conflict: 5,
    }
    assert {kind: exit_code_for(kind("x")) for kind in expected} == expected
    assert dict(EXIT_CODES) == expected
    assert exit_code_for(ReadinessError("x")) == 1


def test_show_and_list_keep_their_figures_in_line_however_long_the_names(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "assessments", "new", "A", "--framework", "usmca-2020")
    run(
        capsys,
        "assessments",
        "new",
        "USMCA compliance for the Monterrey and Windsor plants",
        "--framework",
        "usmca-2020",
    )
    code, out, _ = run(capsys, "assessments", "show", "A")
    assert code == 0
    rows = out.splitlines()[2:]
    assert len(rows) == 19  # one per area of the rules in force
    # the readiness and coverage columns end at the same place on every row, titles come last
    assert len({row.index("%") for row in rows}) == 1 and len({row.rindex("%") for row in rows}) == 1
    assert rows[0].endswith("%  1. Trade in goods: market access and duty exposure")
    _, listed, _ = run(capsys, "assessments", "list")
    assert len({line.index("readiness") for line in listed.splitlines()}) == 1
