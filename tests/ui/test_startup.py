"""Start-up: an unusable workspace gets a dialog (never a traceback), an empty one offers an assessment,
and the real app starts and exits cleanly in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QLabel

from readiness.errors import WorkspaceError
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import create
from ui import app
from ui.context import AppContext
from ui.dialogs.new_assessment import NewAssessment, NewAssessmentWizard
from ui.dialogs.simple import CreateAssessmentPrompt
from ui.dialogs.workspace_error import StartupChoice, WorkspaceErrorDialog
from ui.main_window import MainWindow
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _record_dialog(monkeypatch: pytest.MonkeyPatch, choices: list[StartupChoice]) -> list[WorkspaceError]:
    seen: list[WorkspaceError] = []

    def ask(cls, parent, *, error, workspace):  # type: ignore[no-untyped-def]
        seen.append(error)
        return choices.pop(0)

    monkeypatch.setattr(WorkspaceErrorDialog, "ask", classmethod(ask))
    return seen


def test_garbage_file_gets_the_dialog_and_is_left_alone(qtbot, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "garbage.sqlite"
    content = os.urandom(4096)
    bad.write_bytes(content)
    seen = _record_dialog(monkeypatch, [StartupChoice("quit")])
    code = app.main(["--workspace", str(bad), "--settings", str(tmp_path / "s.ini")])
    assert code == app.EXIT_NO_WORKSPACE
    assert [e.code for e in seen] == ["not-a-workspace"]
    assert bad.read_bytes() == content


def test_damaged_workspace_can_be_restored_from_a_backup(qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path) as workspace:
        create(workspace, "Kept", "usmca-2020")
        backup = workspace.backup("manual")
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, wreck the first page
    path.write_bytes(bytes(data))
    seen = _record_dialog(monkeypatch, [StartupChoice("restore", backup)])
    code = app.main(["--workspace", str(path), "--smoke", "--settings", str(tmp_path / "s.ini")])
    assert code == 0
    assert seen and seen[0].code in ("damaged", "not-a-workspace")
    with Workspace.open(path) as workspace:
        assert [a.name for a in workspace.assessments.all()] == ["Kept"]


def test_the_real_dialog_says_why_and_offers_the_backups(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path) as workspace:
        workspace.backup("manual")
    error = WorkspaceError("schema 9 is newer", where=str(path), code="newer-schema")
    dialog = WorkspaceErrorDialog(None, error=error, workspace=path)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "newer version" in texts and "schema 9 is newer" in texts
    assert dialog.backups.count() == 1 and dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.choice.kind == "restore" and dialog.choice.path is not None


def test_an_empty_workspace_offers_to_create_an_assessment(
    qtbot, workspace: Workspace, settings: Settings, monkeypatch
) -> None:
    asked_over = []

    def prompt(cls, parent):  # type: ignore[no-untyped-def]
        asked_over.append(parent)
        return True

    def wizard(cls, parent, context):  # type: ignore[no-untyped-def]
        return NewAssessment("First", workspace.frameworks.get("mini"), CompanyProfile(), "CAD")

    monkeypatch.setattr(CreateAssessmentPrompt, "ask", classmethod(prompt))
    monkeypatch.setattr(NewAssessmentWizard, "ask", classmethod(wizard))
    context = AppContext(workspace)
    assert app.initial_assessment(context, settings, wanted=None) is None
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    app.offer_first_assessment(window)
    assert asked_over == [window]  # the question comes over the main window, not on an empty screen
    assert context.assessment is not None and context.assessment.name == "First"
    assert context.assessment.currency == "CAD"


def test_the_last_assessment_is_remembered(qtbot, workspace: Workspace, settings: Settings) -> None:
    mini = workspace.frameworks.get("mini")
    create(workspace, "A", mini)
    b = create(workspace, "B", mini)
    settings.last_assessment = "B"
    assert app.initial_assessment(AppContext(workspace), settings, wanted=None) == b.id


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_smoke_start_in_a_subprocess(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    result = _run([sys.executable, "-m", "ui.app", "--smoke", "--workspace", str(path)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with Workspace.open(path) as workspace:  # the app created a real workspace with the built-in packs
        assert workspace.frameworks.all()


def test_smoke_start_of_the_gui_script_on_an_assessment(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("trade-readiness")
    if not script.exists():
        pytest.skip("the trade-readiness gui-script is not installed in this environment")
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path) as workspace:
        create(workspace, "Plan", "usmca-2020")
    result = _run([str(script), "--smoke", "--workspace", str(path)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_an_assessment_asked_for_by_a_wrong_name_is_not_opened_silently(
    qtbot, workspace: Workspace, settings: Settings
) -> None:
    mini = workspace.frameworks.get("mini")
    create(workspace, "Plan A", mini)
    context = AppContext(workspace)
    context.load_assessment(app.initial_assessment(context, settings, wanted="Plan B"))
    assert context.assessment is not None and context.assessment.name == "Plan A"
    text = app.missing_assessment_text(context, "Plan B")
    assert text is not None and "\u201cPlan B\u201d" in text and "Showing \u201cPlan A\u201d instead" in text
    assert app.missing_assessment_text(context, "Plan A") is None


def test_the_command_line_says_when_the_assessment_asked_for_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        create(ws, "Plan A", "usmca-2020")
    result = _run(
        [sys.executable, "-m", "ui.app", "--smoke", "--workspace", str(path), "--assessment", "Plan B"], tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "no assessment named \u201cPlan B\u201d" in result.stderr and "Plan A" in result.stderr
