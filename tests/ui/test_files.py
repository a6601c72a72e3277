"""File > Import framework and the JSON assessment document: what is wrong with a file is shown, where it is wrong,
and nothing of it is installed or imported; a good file lands whole."""

from __future__ import annotations

import json
from pathlib import Path

from readiness.codes import Level
from readiness.model import Action
from readiness.store.workspace import Workspace
from ui import commands
from ui.dialogs.assessment_dialogs import AssessmentNameDialog, DocumentFile, FrameworkFile
from ui.dialogs.simple import ErrorMessage
from ui.main_window import MainWindow

PACK = """
id = "acme-controls"
version = "1"
title = "Acme's own trade controls"

[[areas]]
id = "controls"
title = "Controls"

[[areas.items]]
id = "controls.broker"
question = "Does the broker confirm each USMCA claim before entry?"
"""


def _errors(monkeypatch) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    shown: list[dict[str, str]] = []
    monkeypatch.setattr(ErrorMessage, "ask", classmethod(lambda cls, parent, *, title, text: shown.append(
        {"title": title, "text": text})))  # fmt: skip
    return shown


def _pick(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(FrameworkFile, "ask", classmethod(lambda cls, parent, *, folder: path))


def test_a_pack_with_a_mistake_is_refused_with_the_place_and_the_reason(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch, tmp_path: Path
) -> None:
    shown = _errors(monkeypatch)
    broken = tmp_path / "broken.toml"
    broken.write_text(PACK.replace('question = "Does', 'weight = 50\nquestion = "Does'), encoding="utf-8")
    _pick(monkeypatch, broken)
    window.actions_by_name["import_framework"].trigger()
    assert shown[0]["title"] == "The framework was not imported"
    assert "less than or equal to 10" in shown[0]["text"]
    assert "areas[0].items[0].weight" in shown[0]["text"], "the error says where the pack is wrong"
    assert "acme-controls" not in window.context.framework_titles()


def test_a_pack_that_takes_a_built_in_id_is_refused(qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    shown = _errors(monkeypatch)
    taken = tmp_path / "taken.toml"
    taken.write_text(PACK.replace('id = "acme-controls"', 'id = "usmca-2020"'), encoding="utf-8")
    _pick(monkeypatch, taken)
    window.actions_by_name["import_framework"].trigger()
    assert "shipped with the app" in shown[0]["text"]


def test_a_good_pack_is_installed_and_offered_for_new_assessments(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    shown = _errors(monkeypatch)
    good = tmp_path / "acme.toml"
    good.write_text(PACK, encoding="utf-8")
    _pick(monkeypatch, good)
    window.actions_by_name["import_framework"].trigger()
    assert shown == []
    assert window.context.framework_titles()["acme-controls"] == "Acme's own trade controls"
    assert "Installed \u201cAcme's own trade controls\u201d version 1" in window.statusBar().currentMessage()


def test_json_export_then_import_gives_the_same_answers(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch, tmp_path: Path
) -> None:
    ctx = window.context
    commands.edit_responses(ctx, {"goods.baseline": {"level": Level.PLANNED, "owner": "Dana"}}, text="answer")
    commands.add_action(ctx, "goods.baseline", Action(title="File the affidavits"))
    target = tmp_path / "out" / "test.json"
    target.parent.mkdir()
    monkeypatch.setattr(DocumentFile, "ask_save", classmethod(lambda cls, parent, *, suggested: target))
    assert window.documents.export_json() == target
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "trade-readiness/assessment" and document["name"] == "Test"

    monkeypatch.setattr(DocumentFile, "ask_open", classmethod(lambda cls, parent, *, folder: target))
    monkeypatch.setattr(AssessmentNameDialog, "ask", classmethod(lambda cls, parent, **kw: "Test from the file"))
    window.actions_by_name["import_json"].trigger()
    assert ctx.assessment is not None and ctx.assessment.name == "Test from the file"
    imported = workspace.assessments.responses(ctx.assessment_id)
    assert imported["goods.baseline"].level == Level.PLANNED and imported["goods.baseline"].owner == "Dana"
    assert [a.title for a in imported["goods.baseline"].actions] == ["File the affidavits"]


def test_json_export_refuses_the_workspace_itself(qtbot, window: MainWindow, workspace_path: Path, monkeypatch) -> None:
    shown = _errors(monkeypatch)
    monkeypatch.setattr(DocumentFile, "ask_save", classmethod(lambda cls, parent, *, suggested: workspace_path))
    assert window.documents.export_json() is None
    assert shown and shown[0]["title"] == "The assessment was not exported"


def test_a_broken_document_is_refused_with_its_json_path(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch, tmp_path: Path
) -> None:
    shown = _errors(monkeypatch)
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps({"format": "trade-readiness/assessment", "format_version": 1, "name": "Broken",
                    "framework": {"id": "mini", "version": "1"}, "profile": {},
                    "responses": [{"item_id": "goods.baseline", "level": 7}]}),
        encoding="utf-8",
    )  # fmt: skip
    monkeypatch.setattr(DocumentFile, "ask_open", classmethod(lambda cls, parent, *, folder: broken))
    window.actions_by_name["import_json"].trigger()
    assert shown[0]["title"] == "The assessment was not imported"
    assert "$.responses[0].level" in shown[0]["text"]
    assert [a.name for a in workspace.assessments.all()] == ["Test"]
