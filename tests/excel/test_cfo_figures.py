"""Money a CFO reads: an action nobody has costed yet is never shown or summed as a free one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from readiness.codes import Level, Priority
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.frameworks import load_framework
from readiness.headline import headline
from readiness.model import Action, CompanyProfile
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


def test_what_the_actions_did_since_the_snapshot_and_what_they_cost_then_and_now(tmp_path: Path) -> None:
    import datetime as dt

    from readiness.codes import ActionStatus
    from tests.support import edit_action, remove_action, snapshot

    ws = builders.open_workspace(tmp_path / "w.sqlite", load_framework(builders.DATA / "mini.toml"))
    acme = create(ws, "Work", "mini", CompanyProfile(roles=["importer"]))
    edit(ws, acme.id, "goods.baseline", level=Level.AWARE, priority=Priority.HIGH)
    audit = add_action(ws, acme.id, "goods.baseline", Action(title="Audit", cost_estimate=30_000))
    refund = add_action(
        ws, acme.id, "goods.baseline", Action(title="Refund", cost_estimate=6_000, due=dt.date(2027, 1, 15))
    )
    dropped = add_action(ws, acme.id, "goods.baseline", Action(title="Dropped idea", cost_estimate=1_000))
    snapshot(ws, acme.id, "Before the review")
    edit_action(ws, acme.id, audit.uid, status=ActionStatus.DONE)  # done: no longer an open cost
    edit_action(ws, acme.id, refund.uid, due=dt.date(2027, 3, 1), cost_estimate=8_000)
    remove_action(ws, acme.id, dropped.uid)
    add_action(ws, acme.id, "goods.baseline", Action(title="CAPE refund account", cost_estimate=1_500))
    add_action(ws, acme.id, "goods.baseline", Action(title="Broker review"))  # not costed yet
    out = export_plan(ws, acme.id, tmp_path / "plan.xlsx", today=builders.TODAY).path
    ws.close()

    rows = {row[0]: row[1] for row in _cells(out, layout.SUMMARY) if row and isinstance(row[0], str) and len(row) > 1}
    assert (rows["Actions done"], rows["Actions added"], rows["Actions removed"]) == (1, 2, 1)
    assert rows["Due dates moved later"] == 1
    # then: 30,000 + 6,000 + 1,000 open; now: 8,000 + 1,500 and one without an estimate
    assert rows["Cost of open actions"] == "USD 37,000 then, USD 9,500 now (1 not estimated)"
    changes = " ".join(str(cell) for row in _cells(out, layout.CHANGES)[:3] for cell in row if cell)
    assert "1 done, 2 added, 1 removed, 1 with a later due date" in changes


def test_leadership_sees_the_annual_review_watch_list_beside_the_compliance_figures(tmp_path: Path) -> None:
    from readiness import operations
    from readiness.store.workspace import Workspace

    ws = Workspace.open(tmp_path / "w.sqlite")  # the shipped packs: rules in force and the review watch list
    profile = CompanyProfile(company="Acme", roles=["importer", "producer"], countries=["US", "MX"])
    acme = create(ws, "Acme USMCA", "usmca-2020", profile)
    watch = operations.create_assessment(
        ws, name="Review watch 2027", framework=ws.frameworks.get("usmca-annual-review"), profile=profile,
        companion_of=acme.id,
    ).record  # fmt: skip
    first = next(iter(ws.assessments.responses(watch.id)))
    edit(ws, watch.id, first, level=Level.AWARE, priority=Priority.CRITICAL)
    add_action(ws, watch.id, first, Action(title="Model the 2027 review scenarios"))
    add_action(ws, acme.id, next(iter(ws.assessments.responses(acme.id))), Action(title="Map duty", owner="Raj"))
    out = export_plan(ws, acme.id, tmp_path / "plan.xlsx", today=builders.TODAY).path
    slice_out = export_plan(ws, acme.id, tmp_path / "slice.xlsx", today=builders.TODAY, owner="Raj").path
    ws.close()

    rows = _cells(out, layout.SUMMARY)
    texts = [cell for row in rows for cell in row if isinstance(cell, str)]
    assert any("Readiness for the annual reviews" in text for text in texts)
    line = next(row for row in rows if row and row[0] == "Review watch 2027")
    assert line[3:5] == [1, 1]  # one open gap, critical
    assert line[9] == "Not estimated"  # its only open action has no estimate: not a free one
    # an area whose open actions nobody has costed says so too, instead of USD 0
    area_rows = [row for row in rows if row and row[-2] == "Not estimated" and row[0] != "Review watch 2027"]
    assert area_rows, "the area line with an unestimated action reads 'Not estimated'"
    sliced = [cell for row in _cells(slice_out, layout.SUMMARY) for cell in row if isinstance(cell, str)]
    assert not any(text.startswith("Readiness for the annual reviews") for text in sliced)  # a working file
