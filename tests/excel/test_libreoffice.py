"""A real spreadsheet client opens the workbook without repair, and its re-saved copy still imports.

Runs LibreOffice headless with a private profile. Skipped only when soffice
is not installed (install: apt-get install -y libreoffice-calc-nogui).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from readiness.codes import ActionStatus
from readiness.excel import layout
from readiness.excel.plan_import import apply_plan, read_returned_plan
from readiness.store.workspace import Workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
    # LibreOffice adds x14 extensions openpyxl does not read; they do not matter here
    pytest.mark.filterwarnings("ignore:.*extension is not supported:UserWarning"),
]


def convert(source: Path, fmt: str, out_dir: Path, profile: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            fmt,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    target = out_dir / f"{source.stem}.{fmt}"
    assert result.returncode == 0, result.stderr
    assert target.exists() and target.stat().st_size > 0, f"LibreOffice wrote no {fmt}: {result.stdout} {result.stderr}"
    assert "repair" not in (result.stdout + result.stderr).lower()
    return target


def test_libreoffice_prints_the_workbook_and_its_resave_imports_unchanged(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path
) -> None:
    profile = tmp_path / "lo-profile"
    pdf = convert(exported, "pdf", tmp_path / "pdf", profile)
    assert pdf.read_bytes().startswith(b"%PDF")

    resaved = convert(exported, "xlsx", tmp_path / "resaved", profile)
    preview = read_returned_plan(plan_ws, plan_id, resaved)
    assert preview.changes == () and preview.new_actions == ()
    assert preview.rows == sum(len(r.actions) for r in plan_ws.load(plan_id)[2].values())

    book = load_workbook(resaved)
    assert book[layout.META].sheet_state == "hidden"
    assert book[layout.PLAN].max_row >= layout.PLAN_HEADER_ROW + preview.rows
    # (frozen panes are view settings a headless conversion does not keep, so they are not checked here)


def test_an_edit_saved_by_libreoffice_round_trips(
    plan_ws: Workspace, plan_id: int, exported: Path, tmp_path: Path
) -> None:
    book = load_workbook(exported)
    sheet = book[layout.PLAN]
    cell = f"{layout.plan_letter('status')}{layout.PLAN_HEADER_ROW + 1}"
    uid = sheet[f"{layout.plan_letter('uid')}{layout.PLAN_HEADER_ROW + 1}"].value
    sheet[cell] = "blocked" if sheet[cell].value != "blocked" else "open"
    wanted = sheet[cell].value
    book.save(tmp_path / "edited.xlsx")
    resaved = convert(tmp_path / "edited.xlsx", "xlsx", tmp_path / "resaved", tmp_path / "lo-profile")
    preview = read_returned_plan(plan_ws, plan_id, resaved)
    assert [(c.uid, c.field, c.new) for c in preview.changes] == [(uid, "status", ActionStatus(wanted))]
    apply_plan(plan_ws, preview)
    assert plan_ws.assessments.action(plan_id, uid)[1].status == ActionStatus(wanted)
