"""No label, tooltip or message renders text from a document, a pack or a returned plan as rich text.

Qt shows a label's text as HTML when it merely looks like HTML (a tag in its
first line), and `<img src=...>` then reads a file from disk (or, on
Windows, contacts a server for `\\\\host\\share`). Hostile text is loaded into
every field of a pack and an assessment; the test walks every widget of the
main window and of each dialog, and every tooltip of every item view, and
fails on any that would render it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from readiness.codes import Level, Priority
from readiness.content_model import Framework
from readiness.excel.plan_import import FieldChange, NewAction, PlanPreview
from readiness.model import Action, CompanyProfile, Response, ReviewNote, ReviewReason
from readiness.store.workspace import Workspace
from tests.support import create, install, snapshot
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings

HOSTILE = '<img src="file:///tmp/trade-readiness-marker.png"><b>BOLD</b>'
RAW = "<img src="


def hostile_framework() -> Framework:
    return Framework.model_validate(
        {
            "id": "hostile",
            "version": "1",
            "title": HOSTILE + " pack",
            "publisher": HOSTILE,
            "sources": [{"id": "src", "title": HOSTILE, "url": "https://example.com/" + HOSTILE}],
            "areas": [
                {
                    "id": "area",
                    "title": HOSTILE + " area",
                    "summary": HOSTILE,
                    "sources": ["src"],
                    "items": [
                        {
                            "id": f"area.item{n}",
                            "question": HOSTILE + f" question {n}",
                            "why": HOSTILE,
                            "ready_looks_like": HOSTILE,
                            "evidence_examples": [HOSTILE],
                            "suggested_actions": [HOSTILE],
                            "phase_in": HOSTILE,
                            "sources": ["src"],
                            "applies_to": {"roles": ["exporter"]} if n else {},
                        }
                        for n in range(2)
                    ],
                }
            ],
        }
    )


def hostile_responses() -> list[Response]:
    action = Action(uid="a1", title=HOSTILE, owner=HOSTILE, due=dt.date(2020, 1, 1), notes=HOSTILE)
    return [
        Response(
            item_id="area.item0",
            level=Level.AWARE,
            gap=HOSTILE,
            priority=Priority.HIGH,
            owner=HOSTILE,
            due=dt.date(2020, 1, 1),
            evidence=[HOSTILE],
            notes=HOSTILE,
            needs_review=True,
            review_notes=[ReviewNote(reason=ReviewReason.TEXT, text=HOSTILE)],
            actions=[action],
        ),
        Response(item_id="area.item1", not_applicable=True, na_reason=HOSTILE),
    ]


@pytest.fixture
def hostile_window(qtbot, workspace: Workspace, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    framework = hostile_framework()
    install(workspace, framework)
    profile = CompanyProfile(company=HOSTILE, roles=["importer"], countries=["US"], sectors=["automotive"])
    assessment = create(workspace, HOSTILE, framework, profile, responses=hostile_responses())
    snapshot(workspace, assessment.id, HOSTILE)
    context = AppContext(workspace)
    context.load_assessment(assessment.id)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.jobs.wait(5000)


def renders_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.PlainText:
        return False
    return text_format == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)


def rendered_hostile(root: QWidget) -> list[str]:
    """Every place under `root` that would render the hostile text as HTML."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        if isinstance(widget, QLabel) and RAW in widget.text() and renders_rich(widget.text(), widget.textFormat()):
            found.append(f"label {name}: {widget.text()[:60]}")
        if RAW in widget.toolTip() and GuiQt.mightBeRichText(widget.toolTip()):
            found.append(f"tooltip {name}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount()
            except TypeError:  # a list model hides columnCount
                columns = 1
            for row in range(min(model.rowCount(), 50)):
                for column in range(columns):
                    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and RAW in tip and GuiQt.mightBeRichText(tip):
                        found.append(f"tooltip of {name} row {row} column {column}")
    return found


def test_the_main_window_renders_no_hostile_text(qtbot, hostile_window: MainWindow) -> None:
    window = hostile_window
    problems = []
    for item_id in ("area.item0", "area.item1"):
        assert window.navigator.go_to_item(item_id)
        problems += rendered_hostile(window)
    window.show_dashboard()
    window.dashboard.refresh()
    assert HOSTILE in window.dashboard.title.text()
    problems += rendered_hostile(window)
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_dialogs_render_no_hostile_text(qtbot, hostile_window: MainWindow, tmp_path: Path) -> None:
    from ui.dialogs.about import about_box
    from ui.dialogs.action_dialog import ActionDialog
    from ui.dialogs.new_assessment import NewAssessmentWizard
    from ui.dialogs.open_assessment import OpenAssessmentDialog
    from ui.dialogs.plan_dialogs import PlanPreviewDialog
    from ui.dialogs.snapshots import SnapshotsDialog

    window = hostile_window
    context = window.context
    action = context.responses["area.item0"].actions[0]
    preview = PlanPreview(
        assessment_id=context.assessment_id,
        assessment_name=HOSTILE,
        path=tmp_path / (HOSTILE.replace("/", "_") + ".xlsx"),
        rows=1,
        changes=(FieldChange("a1", "area.item0", HOSTILE, "owner", HOSTILE, HOSTILE, HOSTILE, HOSTILE),),
        new_actions=(NewAction("area.item0", Action(title=HOSTILE, owner=HOSTILE), HOSTILE, HOSTILE),),
    )
    snapshots = SnapshotsDialog(window, context=context)
    qtbot.addWidget(snapshots)
    assert HOSTILE in snapshots.summary.text()  # the newest snapshot is compared at once
    wizard = NewAssessmentWizard(context, window)
    qtbot.addWidget(wizard)
    framework = wizard.name_page.framework
    framework.setCurrentIndex(next(n for n in range(framework.count()) if HOSTILE in framework.itemText(n)))
    wizard.profile_page.roles["importer"].setChecked(True)
    wizard.summary_page.initializePage()
    assert wizard.summary_page.excluded.topLevelItemCount() == 1  # item1 is for exporters only
    dialogs: list[QWidget] = [
        snapshots,
        wizard,
        PlanPreviewDialog(window, preview=preview),
        OpenAssessmentDialog(window, assessments=context.assessments(), successors={}, current=None),
        ActionDialog(window, title=HOSTILE, action=action),
        about_box(window, [context.framework_version(f.id, f.version) for f in context.frameworks()]),
    ]
    problems = []
    for dialog in dialogs:
        dialog.show()
        problems += rendered_hostile(dialog)
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))


def test_messages_and_progress_labels_are_plain_text(qtbot, hostile_window: MainWindow) -> None:
    from ui.dialogs.simple import message_box
    from ui.jobs import show_progress

    box = message_box(hostile_window, title=HOSTILE, text=HOSTILE, icon=QMessageBox.Icon.Warning)
    assert box.textFormat() == Qt.TextFormat.PlainText
    job = hostile_window.jobs.start(lambda progress: None)
    dialog = show_progress(job, hostile_window, label=HOSTILE)
    assert rendered_hostile(dialog) == []
    hostile_window.jobs.wait(5000)


def test_no_message_box_is_built_from_a_static_helper() -> None:
    """QMessageBox.warning/information/critical/question use automatic text format; ui/ builds boxes itself."""
    import ast

    import ui

    offenders = []
    for path in Path(ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("warning", "information", "critical", "question")
                and isinstance(node.value, ast.Name)
                and node.value.id == "QMessageBox"
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
