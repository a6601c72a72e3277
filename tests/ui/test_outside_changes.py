"""What another window or the command line commits shows in the open window within seconds, and only that."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from readiness.codes import Level
from readiness.model import Assessment
from readiness.store.workspace import Workspace
from tests.support import edit
from ui.main_window import MainWindow
from ui.models.items import COL_LEVEL

ROOT = Path(__file__).resolve().parents[2]


def test_an_answer_recorded_on_the_command_line_shows_in_the_open_window(
    qtbot, window: MainWindow, workspace_path: Path, assessment: Assessment
) -> None:
    context = window.context
    assert not context.catch_up(), "nothing was committed elsewhere"
    done = subprocess.run(
        [sys.executable, "-m", "readiness.cli", "--workspace", str(workspace_path),
         "answer", assessment.name, "goods.baseline", "--level", "3", "--owner", "Raj Patel"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # the window looks on its own every couple of seconds
    with qtbot.waitSignal(context.responses_changed, timeout=6000) as changed:
        pass
    assert changed.args == [["goods.baseline"]]
    assert context.responses["goods.baseline"].level == Level.IN_PROGRESS
    model = window.item_model
    assert model.index(model.row_of("goods.baseline"), COL_LEVEL).data() == "3 In progress"
    window.navigator.go_to_item("goods.baseline")
    assert window.editor.form.owner.text() == "Raj Patel"


def test_an_assessment_deleted_elsewhere_is_no_longer_shown(
    qtbot, window: MainWindow, workspace_path: Path, assessment: Assessment
) -> None:
    from readiness import operations

    with Workspace.open(workspace_path, install_builtins=False) as other:
        edit(other, assessment.id, "goods.auto", level=Level.AWARE)
        operations.delete_assessment(other, assessment.id, expected_name=assessment.name)
    assert window.context.catch_up()
    assert window.context.assessment is None
