"""A plan still out with owners when its assessment moves to a new framework version applies to the successor;
exported files get the permissions a normal save would; whatever the app accepts travels there and back."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path
from typing import Any
from xml.dom import minidom

import pytest
from openpyxl import load_workbook

from readiness.codes import ActionStatus, Level
from readiness.errors import Conflict
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.excel.plan_import import Skip, apply_plan, read_returned_plan
from readiness.frameworks import builtin_mappings, load_framework
from readiness.limits import MAX_TEXT
from readiness.migration import plan_migration
from readiness.model import Action, CompanyProfile
from readiness.operations import apply_migration, update_content
from readiness.store.workspace import Workspace
from tests.support import add_action, create, edit, install

DATA = Path(__file__).parent.parent / "data"
FIRST = layout.PLAN_HEADER_ROW + 1
PROFILE = CompanyProfile(company="Acme", roles=["importer", "exporter", "producer"], countries=["US", "CA", "MX"])


def col(key: str) -> str:
    return layout.plan_letter(key)


def rows_by_title(path: Path) -> dict[str, int]:
    sheet = load_workbook(path, read_only=True)[layout.PLAN]
    titles = sheet.iter_rows(min_row=FIRST, min_col=layout.PLAN_KEYS.index("title") + 1, values_only=True)
    return {row[0]: n for n, row in enumerate(titles, FIRST) if row and row[0]}


def moved(ws: Workspace, assessment_id: int, target: str, version: str | None = None) -> int:
    """Move the assessment on (a content update of its own framework happens in place, as the app does it)."""
    plan = plan_migration(ws, assessment_id, target, version=version)
    change = update_content(ws, plan) if plan.in_place else apply_migration(ws, plan)
    return change.record.id


def _entries(source: str, target: str) -> dict[str, Any]:
    mapping = next(
        m
        for m in builtin_mappings()
        if (m.from_framework, m.to_framework) == (source, target) and (source != target or m.from_version == "2020.1")
    )
    return mapping.by_old()


def test_a_plan_returned_after_the_move_to_usmca_applies_to_the_successor(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "ws.sqlite")  # the shipped packs and the shipped NAFTA -> USMCA mapping
    entries = _entries("nafta-2017", "usmca-2020")
    kept = next(e for e in entries.values() if e.kind.value in ("same", "reworded", "changed") and len(e.new) == 1)
    removed = next(e for e in entries.values() if e.kind.value == "removed")
    nafta = create(ws, "Acme 2017", "nafta-2017", PROFILE)
    for item_id in (kept.old, removed.old):
        edit(ws, nafta.id, item_id, level=Level.AWARE, not_applicable=False)
    carried = add_action(ws, nafta.id, kept.old, Action(title="Carried action", owner="Maria"))
    add_action(ws, nafta.id, removed.old, Action(title="Action on a removed item", owner="Dan"))
    sent = tmp_path / "sent.xlsx"
    export_plan(ws, nafta.id, sent)
    usmca = moved(ws, nafta.id, "usmca-2020")

    book = load_workbook(sent)
    sheet = book[layout.PLAN]
    rows = rows_by_title(sent)
    sheet[f"{col('status')}{rows['Carried action']}"] = "done"
    sheet[f"{col('notes')}{rows['Action on a removed item']}"] = "Done before the move"
    for key, value in (("item_id", kept.old), ("title", "New row on the old item id")):
        sheet[f"{col(key)}{sheet.max_row + 1 if key == 'item_id' else sheet.max_row}"] = value
    book.save(tmp_path / "back.xlsx")

    with pytest.raises(Conflict, match="replaced it"):  # the archived one is read only, and says where to go
        read_returned_plan(ws, nafta.id, tmp_path / "back.xlsx")
    preview = read_returned_plan(ws, usmca, tmp_path / "back.xlsx")
    assert preview.exported_from == "Acme 2017" and preview.route.startswith("nafta-2017")
    assert [(c.uid, c.field, c.new) for c in preview.changes] == [(carried.uid, "status", ActionStatus.DONE)]
    assert [(n.item_id, n.file_item_id, n.action.title) for n in preview.new_actions] == [
        (kept.new[0], "" if kept.new[0] == kept.old else kept.old, "New row on the old item id")
    ]
    assert [n.reason for n in preview.not_imported] == [Skip.ITEM_REMOVED]
    apply_plan(ws, preview)
    assert ws.assessments.action(usmca, carried.uid)[1].status == ActionStatus.DONE
    assert read_returned_plan(ws, usmca, tmp_path / "back.xlsx").empty, "and a second import proposes nothing"
    ws.close()


def test_a_plan_returned_after_a_content_update_follows_the_new_item_ids(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "ws.sqlite")
    install(ws, load_framework(DATA / "usmca-2020-v2020.1.toml"))
    entries = _entries("usmca-2020", "usmca-2020")
    renamed = next(e for e in entries.values() if len(e.new) == 1 and e.new[0] != e.old)
    old = create(ws, "Acme USMCA", ws.frameworks.get("usmca-2020", "2020.1"), PROFILE)
    edit(ws, old.id, renamed.old, level=Level.PLANNED, not_applicable=False)
    action = add_action(ws, old.id, renamed.old, Action(title="Check the claim lines", cost_estimate=1000))
    sent = tmp_path / "sent.xlsx"
    export_plan(ws, old.id, sent)
    updated = moved(ws, old.id, "usmca-2020", "2026.12")
    assert ws.assessments.action(updated, action.uid)[0] == renamed.new[0]

    book = load_workbook(sent)
    sheet = book[layout.PLAN]
    sheet[f"{col('cost_estimate')}{FIRST}"] = 2500
    new_row = sheet.max_row + 1
    sheet[f"{col('item_id')}{new_row}"] = renamed.old
    sheet[f"{col('title')}{new_row}"] = "Ask the broker"
    book.save(tmp_path / "back.xlsx")
    preview = read_returned_plan(ws, updated, tmp_path / "back.xlsx")
    assert [(c.field, c.new) for c in preview.changes] == [("cost_estimate", 2500.0)]
    assert [(n.item_id, n.file_item_id) for n in preview.new_actions] == [(renamed.new[0], renamed.old)]
    assert preview.not_imported == ()
    apply_plan(ws, preview)
    titles = [a.title for a in ws.assessments.response(updated, renamed.new[0]).actions]
    assert titles == ["Check the claim lines", "Ask the broker"]
    ws.close()


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_an_exported_plan_gets_the_mode_a_normal_save_would(
    plan_ws: Workspace, plan_id: int, tmp_path: Path, umask: int, mode: int
) -> None:
    old = os.umask(umask)
    try:
        export_plan(plan_ws, plan_id, tmp_path / "new.xlsx")
    finally:
        os.umask(old)
    assert (tmp_path / "new.xlsx").stat().st_mode & 0o777 == mode


def test_replacing_a_shared_plan_keeps_its_mode(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    shared = tmp_path / "shared.xlsx"
    shared.write_bytes(b"last week's plan")
    shared.chmod(0o664)
    old = os.umask(0o077)
    try:
        export_plan(plan_ws, plan_id, shared)
    finally:
        os.umask(old)
    assert shared.stat().st_mode & 0o777 == 0o664 and zipfile.is_zipfile(shared)


def test_whatever_the_app_accepts_travels_there_and_back(tmp_path: Path) -> None:
    framework = load_framework(DATA / "mini.toml").model_copy(update={"title": "Mini \x01pack\x1b[31m"})
    ws = Workspace.open(tmp_path / "ws.sqlite", install_builtins=False)
    install(ws, framework)
    acme = create(ws, "Acme\x07 \x1b plant", framework, PROFILE)
    long_name = "O" * 200
    texts = {
        "title": " padded title with\ttab ",
        "owner": long_name,
        "notes": "n" * MAX_TEXT,
        "due": dt.date(1990, 1, 1),
        "cost_estimate": 0.1 + 0.2,
    }
    add_action(ws, acme.id, "goods.baseline", Action(**texts))
    add_action(
        ws,
        acme.id,
        "goods.baseline",
        Action(title="=cmd", notes="bell\x07", owner="\x1b[2J Dan", due=dt.date(2200, 12, 31)),
    )
    out = tmp_path / "plan.xlsx"
    export_plan(ws, acme.id, out)
    with zipfile.ZipFile(out) as archive:
        minidom.parseString(archive.read("docProps/core.xml"))  # well-formed, whatever the names held
        minidom.parseString(archive.read("docProps/app.xml"))
    preview = read_returned_plan(ws, acme.id, out)
    assert preview.silent, (preview.changes, preview.conflicts, preview.not_imported)
    assert preview.rows == 2
    ws.close()
