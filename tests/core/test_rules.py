"""Rules with one home: the due-date windows, the exit codes, and codes (not sentences) in what is stored."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readiness.codes import ActionStatus, Level
from readiness.due import DUE_SOON_DAYS, DueStatus, due_status, excel_conditions, next_due
from readiness.errors import (
    EXIT_CODES,
    Conflict,
    DocumentError,
    FrameworkError,
    InvalidInput,
    NotFound,
    PlanImportError,
    UsageError,
    WorkspaceError,
    exit_code_for,
)
from readiness.excel.plan_data import collect
from readiness.model import Action, CompanyProfile, Response
from readiness.scoring import actions_due
from readiness.store.workspace import Workspace
from readiness.wording import not_applicable_text
from tests.support import add_action, create

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("offset", "status"),
    [
        (-1, DueStatus.OVERDUE),
        (0, DueStatus.SOON),
        (1, DueStatus.SOON),
        (DUE_SOON_DAYS - 1, DueStatus.SOON),
        (DUE_SOON_DAYS, DueStatus.SOON),
        (DUE_SOON_DAYS + 1, DueStatus.LATER),
    ],
)
def test_due_status_at_each_boundary(offset: int, status: DueStatus) -> None:
    assert due_status(TODAY + dt.timedelta(days=offset), TODAY) is status
    assert due_status(TODAY + dt.timedelta(days=offset), TODAY, done=True) is DueStatus.DONE
    assert due_status(None, TODAY) is DueStatus.NONE


def test_dashboard_and_workbook_count_the_same_overdue_and_soon(workspace: Workspace) -> None:
    """The dashboard's lists and the workbook's figures come from the one rule, day before / of / after."""
    assessment = create(workspace, "Dates", "mini", CompanyProfile())
    offsets = [-1, 0, 1, DUE_SOON_DAYS, DUE_SOON_DAYS + 1]
    for offset in offsets:
        add_action(
            workspace,
            assessment.id,
            "goods.baseline",
            Action(title=f"d{offset}", due=TODAY + dt.timedelta(days=offset)),
        )
    add_action(workspace, assessment.id, "goods.baseline", Action(title="done", due=TODAY, status=ActionStatus.DONE))
    responses = workspace.assessments.responses(assessment.id)
    overdue, upcoming = actions_due(responses, today=TODAY)
    assert [a.title for a in overdue] == ["d-1"]
    assert [a.title for a in upcoming] == ["d0", "d1", f"d{DUE_SOON_DAYS}"]
    data = collect(workspace, assessment.id, today=TODAY)
    assert data.overdue == len(overdue)


def test_next_due_is_the_earliest_open_action_or_the_items_own_date_while_not_ready() -> None:
    day = dt.date(2027, 4, 30)
    before, after = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
    pushed = Action(title="pushed", due=after)
    earlier = Action(title="earlier", due=before)
    done = Action(title="done", due=before - dt.timedelta(days=30), status=ActionStatus.DONE)
    assert next_due(Response(item_id="i", level=Level.PLANNED, due=day, actions=[pushed])) == day
    assert next_due(Response(item_id="i", level=Level.PLANNED, due=day, actions=[pushed, earlier])) == before
    assert next_due(Response(item_id="i", level=Level.AWARE, due=day, actions=[done])) == day, "done work never counts"
    assert next_due(Response(item_id="i", due=day)) == day, "an item not assessed yet is not ready"
    assert next_due(Response(item_id="i", level=Level.READY, due=day, actions=[pushed])) == after
    assert next_due(Response(item_id="i", level=Level.READY, due=day)) is None
    assert next_due(Response(item_id="i", not_applicable=True, na_reason="No.", due=day, actions=[earlier])) is None
    assert next_due(Response(item_id="i", not_applicable=True, due=day)) == day, "no reason given: still applies"
    assert next_due(None) is None


def test_the_workbook_colours_use_the_same_window() -> None:
    conditions = excel_conditions("$F5")
    assert conditions[DueStatus.OVERDUE] == "$F5<TODAY()"
    assert conditions[DueStatus.SOON] == f"$F5>=TODAY(),$F5<=TODAY()+{DUE_SOON_DAYS}"


def test_exit_codes_are_the_readmes() -> None:
    """README: 2 (not found or bad usage), 3 (invalid input), 4 (workspace problem), 5 (conflict)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = " ".join(readme.split("Exit 0 on success", 1)[1].split("\n\n", 1)[0].split())
    listed = dict(re.findall(r"(\d) \(([^)]+)\)", paragraph))
    assert listed == {"2": "not found or bad usage", "3": "invalid input", "4": "workspace problem", "5": "conflict"}
    expected = {
        NotFound: 2,
        UsageError: 2,
        InvalidInput: 3,
        DocumentError: 3,
        FrameworkError: 3,
        PlanImportError: 3,
        WorkspaceError: 4,
        Conflict: 5,
    }
    assert dict(EXIT_CODES) == expected
    for kind, code in expected.items():
        assert exit_code_for(kind("x")) == code


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readiness.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_exit_codes_follow_the_error(tmp_path: Path) -> None:
    workspace = str(tmp_path / "w.sqlite")
    assert (
        _cli("--workspace", workspace, "assessments", "new", "Acme", "--framework", "usmca-2020", cwd=ROOT).returncode
        == 0
    )
    blank = _cli("--workspace", workspace, "snapshot", "Acme", "--label", "  ", cwd=ROOT)
    assert blank.returncode == 3 and "label" in blank.stderr
    not_xlsx = _cli("--workspace", workspace, "export", "Acme", "--out", str(tmp_path / "plan.csv"), cwd=ROOT)
    assert not_xlsx.returncode == 2 and ".xlsx" in not_xlsx.stderr
    pack = tmp_path / "own.toml"
    pack.write_text(
        'id = "own-pack"\nversion = "1"\ntitle = "Own"\n[[areas]]\nid = "a"\ntitle = "A"\n'
        '[[areas.items]]\nid = "a.one"\nquestion = "One?"\n',
        encoding="utf-8",
    )
    assert _cli("--workspace", workspace, "frameworks", "add", str(pack), cwd=ROOT).returncode == 0
    again = _cli("--workspace", workspace, "frameworks", "add", str(pack), cwd=ROOT)
    assert again.returncode == 5 and "already installed" in again.stderr
    missing = _cli("--workspace", workspace, "snapshot", "Nobody", "--label", "x", cwd=ROOT)
    assert missing.returncode == 2
    empty = _cli("--workspace", "", "assessments", "list", cwd=tmp_path)
    assert empty.returncode == 2 and "--workspace" in empty.stderr
    assert not (tmp_path / "home").exists()


def test_profile_verdicts_are_stored_as_facts_and_read_in_words(workspace: Workspace) -> None:
    assessment = create(workspace, "Facts", "mini", CompanyProfile(roles=["importer"], sectors=["electronics"]))
    responses = workspace.assessments.responses(assessment.id)
    ruled_out = {item_id: r for item_id, r in responses.items() if r.not_applicable}
    assert {i: (r.na_basis.dimension, r.na_basis.concerns) for i, r in ruled_out.items() if r.na_basis} == {
        "goods.export-cert": ("role", ["exporter"]),
        "goods.auto": ("sector", ["automotive"]),
    }
    assert all(r.na_reason is None for r in ruled_out.values())
    stored = workspace.db.query("SELECT na_reason, na_basis FROM responses WHERE assessment_id = ?", (assessment.id,))
    assert not any("Profile has no matching" in (row["na_reason"] or "") for row in stored)
    words = not_applicable_text(ruled_out["goods.auto"])
    assert "automotive" in words and "automotive)" not in words and "concerns automotive" not in words
    own = Response(item_id="x.y", not_applicable=True, na_reason="We buy no steel")
    assert not_applicable_text(own) == "We buy no steel"


def test_a_schema_1_workspace_gets_its_sentences_turned_into_facts(tmp_path: Path) -> None:
    """An older workspace stored English sentences; opening it with this version keeps their meaning as data."""
    import sqlite3

    from readiness.store.schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0].script)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO frameworks VALUES ('mini', '1', 'Mini', 0, ?, '2026-01-01')",
        ((ROOT / "tests" / "data" / "mini.toml").read_text(encoding="utf-8") and _mini_json(),),
    )
    connection.execute(
        "INSERT INTO assessments (id, name, framework_id, framework_version, profile, created_at, updated_at)"
        " VALUES (1, 'Old', 'mini', '1', '{\"roles\": [\"importer\"]}', '2026-01-01', '2026-01-01')"
    )
    sentence = "Profile has no matching role (item concerns exporter)"
    rows = [
        ("goods.baseline", 0, 0, None, "Rule changed on 1 July"),
        ("goods.export-cert", 1, 1, sentence, ""),
        ("goods.auto", 2, 1, "We buy no vehicle parts", ""),
        ("labor.suppliers", 3, 0, None, ""),
    ]
    for item_id, position, na, reason, note in rows:
        connection.execute(
            "INSERT INTO responses (assessment_id, item_id, position, not_applicable, na_reason, review_note)"
            " VALUES (1, ?, ?, ?, ?, ?)",
            (item_id, position, na, reason, note),
        )
    connection.commit()
    connection.close()
    with Workspace.open(path) as ws:
        old = ws.assessments.get("Old")
        assert len(old.uid) == 32
        responses = ws.assessments.responses(old.id)
        assert responses["goods.export-cert"].na_basis is not None
        assert responses["goods.export-cert"].na_reason is None
        assert responses["goods.auto"].na_reason == "We buy no vehicle parts"
        assert [n.text for n in responses["goods.baseline"].review_notes] == ["Rule changed on 1 July"]
        assert any("before-migration-v1" in b.name for b in (tmp_path / "old.sqlite.backups").iterdir())


def _mini_json() -> str:
    from readiness.frameworks import load_framework

    return load_framework(ROOT / "tests" / "data" / "mini.toml").model_dump_json(exclude_none=True)


def test_the_demo_script_takes_options_not_a_file_named_help(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "demo_workspace.py"), "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0 and "usage" in result.stdout.lower()
    assert list(tmp_path.iterdir()) == []
