"""Money a CFO reads: an action nobody has costed yet is never shown or summed as a free one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.frameworks import load_framework
from readiness.headline import headline
from readiness.model import Action, CompanyProfile, Level, Priority
from tests.excel import builders
from tests.support import add_action, create, edit


def _cells(path: Path, sheet: str) -> list[list[object]]:
    return [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def test_an_action_without_an_estimate_is_said_not_estimated_never_zero(tmp_path: Path) -> None:
    ws = builders.open_workspace(tmp_path / "w.sqlite", load_framework(builders.DATA / "mini.toml"))
    acme = create(ws, "Costs", "mini", CompanyProfile(roles=["importer"]))
    edit(ws, acme.id, "goods.baseline", level=Level.AWARE, priority=Priority.CRITICAL)
    edit(ws, acme.id, "labor.suppliers", level=Level.PLANNED, priority=Priority.CRITICAL)
    add_action(ws, acme.id, "goods.baseline", Action(title="Recompute RVC"))  # nobody has costed it yet
    add_action(ws, acme.id, "labor.suppliers", Action(title="Audit wages", cost_estimate=12_000))
    add_action(ws, acme.id, "labor.suppliers", Action(title="Second audit"))
    out = export_plan(ws, acme.id, tmp_path / "plan.xlsx", today=builders.TODAY).path
    framework, responses = ws.framework_of(acme), ws.assessments.responses(acme.id)
    figures = headline(framework, responses, today=builders.TODAY)
    ws.close()

    assert (figures.open_cost, figures.unestimated) == (12_000, 2)
    gaps = {row[-1]: row for row in _cells(out, layout.GAPS)[3:] if row and row[-1]}
    header = _cells(out, layout.GAPS)[2]
    cost = header.index("Cost of open actions")
    assert gaps["goods.baseline"][cost] == "Not estimated", "no estimate is not a cost of zero"
    assert gaps["labor.suppliers"][cost] == 12_000
    summary = [cell for row in _cells(out, layout.SUMMARY) for cell in row if isinstance(cell, str)]
    assert any("2 open actions not estimated yet" in text for text in summary)
    assert "Without an estimate" in summary


def test_items_resting_on_unconfirmed_points_say_so_in_the_workbook(tmp_path: Path) -> None:
    """The framework's description promises the mark; every sheet that names such an item carries it."""
    from readiness.wording import UNCONFIRMED_MARK

    framework = builders.content_framework(("usmca-2020",))
    unconfirmed = [item for _, item in framework.items() if not item.confirmed]
    assert unconfirmed, "the USMCA content has points it could not confirm"
    ws = builders.open_workspace(tmp_path / "w.sqlite", framework)
    acme = create(ws, "Marks", framework, CompanyProfile())
    target = unconfirmed[0]
    edit(ws, acme.id, target.id, level=Level.AWARE, priority=Priority.HIGH)
    add_action(ws, acme.id, target.id, Action(title="Ask the broker", cost_estimate=500))
    out = export_plan(ws, acme.id, tmp_path / "plan.xlsx", today=builders.TODAY).path
    ws.close()
    for sheet in (layout.CHECKLIST, layout.GAPS, layout.PLAN):
        texts = [cell for row in _cells(out, sheet) for cell in row if isinstance(cell, str)]
        assert any(target.question in t and UNCONFIRMED_MARK in t for t in texts), sheet
    checklist = [row for row in _cells(out, layout.CHECKLIST) if row and isinstance(row[2], str)]
    confirmed = next(item for _, item in framework.items() if item.confirmed)
    assert not any(confirmed.question in row[2] and UNCONFIRMED_MARK in row[2] for row in checklist)
