"""The exported workbook has the structure a reader (and the round trip) relies on."""

from __future__ import annotations

import zipfile
from pathlib import Path

import builders
import pytest
from conftest import NAME
from openpyxl import load_workbook

from readiness.errors import UsageError
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.excel.sheets import CHECKLIST_COLUMNS, GAP_COLUMNS
from readiness.frameworks import builtin_mappings, load_framework
from readiness.model import CompanyProfile, ReviewNote, ReviewReason
from readiness.scoring import is_open_gap, overall_score
from readiness.store.workspace import Workspace
from readiness.walkthrough import item_numbers
from tests.support import create, edit


def _actions(ws: Workspace) -> list:
    _, _, responses = ws.load(ws.assessments.get(NAME).id)
    return [(r, a) for r in responses.values() if not r.not_applicable for a in r.actions]


def test_sheets_in_reading_order_with_hidden_metadata(exported: Path) -> None:
    book = load_workbook(exported)
    assert book.sheetnames == list(layout.SHEETS)
    assert book[layout.META].sheet_state == "hidden"
    assert all(book[name].sheet_state == "visible" for name in layout.SHEETS[:-1])
    meta = {row[0]: row[1] for row in book[layout.META].iter_rows(values_only=True)}
    assert meta["format"] == layout.FORMAT_NAME
    assert meta["assessment_name"] == NAME
    assert meta["framework_id"] == builders.content_framework().id


def test_action_plan_rows_match_the_store_sorted_by_priority_then_due(plan_ws: Workspace, exported: Path) -> None:
    sheet = load_workbook(exported)[layout.PLAN]
    header = [c.value for c in sheet[layout.PLAN_HEADER_ROW]]
    assert header == [c.header for c in layout.PLAN_COLUMNS]
    rows = list(sheet.iter_rows(min_row=layout.PLAN_HEADER_ROW + 1, values_only=True))
    assert len(rows) == len(_actions(plan_ws)) > 0
    uid_col = layout.PLAN_KEYS.index("uid")
    assert {r[uid_col] for r in rows} == {a.uid for _, a in _actions(plan_ws)}
    order = ["Critical", "High", "Medium", "Low", None]
    ranks = [order.index(r[0]) for r in rows]
    assert ranks == sorted(ranks)
    due_col = layout.PLAN_KEYS.index("due")
    for rank in set(ranks):
        dues = [r[due_col] for r, k in zip(rows, ranks, strict=True) if k == rank and r[due_col] is not None]
        assert dues == sorted(dues)


def test_action_plan_is_a_filterable_table_with_status_dropdown_and_due_colours(exported: Path) -> None:
    sheet = load_workbook(exported)[layout.PLAN]
    last = sheet.max_row
    table = sheet.tables[layout.PLAN_TABLE]
    assert table.ref == f"A{layout.PLAN_HEADER_ROW}:L{last}"
    assert table.autoFilter is not None
    status = layout.plan_letter("status")
    lists = [dv for dv in sheet.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1 and "in progress" in lists[0].formula1
    assert str(lists[0].sqref) == f"{status}{layout.PLAN_HEADER_ROW + 1}:{status}{last + layout.PLAN_EXTRA_ROWS}"
    formulas = [rule.formula[0] for cf in sheet.conditional_formatting for rule in cf.rules]
    assert any("<TODAY()" in f for f in formulas), "overdue rule"
    assert any("TODAY()+30" in f for f in formulas), "due-soon rule"
    assert {str(cf.sqref) for cf in sheet.conditional_formatting} == {f"A{layout.PLAN_HEADER_ROW + 1}:L{last}"}


def test_every_sheet_prints_landscape_or_portrait_fit_to_width_with_footer(exported: Path) -> None:
    book = load_workbook(exported)
    for name in layout.SHEETS[:-1]:
        sheet = book[name]
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0, name
        assert "&P" in sheet.oddFooter.right.text and "Generated" in sheet.oddFooter.left.text, name
    plan = book[layout.PLAN]
    assert plan.page_setup.orientation == "landscape"
    assert plan.print_title_rows == f"${layout.PLAN_HEADER_ROW}:${layout.PLAN_HEADER_ROW}"
    assert plan.freeze_panes == f"A{layout.PLAN_HEADER_ROW + 1}"
    assert book[layout.GAPS].print_title_rows == "$3:$3" and book[layout.GAPS].freeze_panes == "A4"
    assert book[layout.CHECKLIST].freeze_panes == "A4"
    widths = {k: plan.column_dimensions[layout.plan_letter(k)].width for k in ("item", "title", "status")}
    assert widths["item"] > 30 and widths["title"] > 30 and widths["status"] >= 11


def test_summary_shows_scores_area_table_chart_and_trend(plan_ws: Workspace, plan_id: int, exported: Path) -> None:
    _, framework, responses = plan_ws.load(plan_id)
    book = load_workbook(exported)
    summary = book[layout.SUMMARY]
    values = [c for row in summary.iter_rows(values_only=True) for c in row if c is not None]
    overall = overall_score(framework, responses)
    assert values[0] == "Trade readiness: action plan"
    assert "Northwind Components Inc." in values[1] and NAME in values[1] and "2026-11-27" in values[1]
    assert any(isinstance(v, str) and "not legal advice" in v for v in values)
    assert pytest.approx(overall.readiness) in [v for v in values if isinstance(v, float)]
    area_titles = [a.title for a in framework.areas]
    assert [v for v in values if v in area_titles][: len(area_titles)] == area_titles
    bars = [r for cf in summary.conditional_formatting for r in cf.rules if r.type == "dataBar"]
    assert len(bars) == 1
    with zipfile.ZipFile(exported) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        chart_xml = "".join(z.read(n).decode() for n in charts)
    assert len(charts) == 2, "bar chart by area and trend line chart"
    assert "<barChart>" in chart_xml and "<lineChart>" in chart_xml
    assert "Readiness by area" in chart_xml and 'showVal val="1"' in chart_xml
    assert any(v == "Milestone 1" for v in values) and any(v == "Trend across snapshots" for v in values)


def test_no_trend_without_snapshots(tmp_path: Path) -> None:
    framework = builders.content_framework()
    ws = builders.open_workspace(tmp_path / "w.sqlite", framework)
    fresh = builders.make_assessment(ws, framework, name="fresh", snapshots=0)
    export_plan(ws, fresh.id, tmp_path / "p.xlsx", today=builders.TODAY)
    ws.close()
    values = [c for row in load_workbook(tmp_path / "p.xlsx")[layout.SUMMARY].iter_rows(values_only=True) for c in row]
    assert "Trend across snapshots" not in values
    with zipfile.ZipFile(tmp_path / "p.xlsx") as z:
        assert len([n for n in z.namelist() if n.startswith("xl/charts/chart")]) == 1


def _checklist_rows(path: Path) -> dict[str, tuple]:
    """The Checklist's item rows (area headings and continuation rows left out), by item id."""
    rows = load_workbook(path)[layout.CHECKLIST].iter_rows(min_row=4, values_only=True)
    return {r[-1]: r for r in rows if r[-1] and r[1] != "(continued)"}


def test_gaps_and_checklist_cover_the_store(plan_ws: Workspace, plan_id: int, exported: Path) -> None:
    _, framework, responses = plan_ws.load(plan_id)
    book = load_workbook(exported)
    gaps = book[layout.GAPS]
    assert [c.value for c in gaps[3]] == [c.header for c in GAP_COLUMNS]
    gap_ids = [r[-1] for r in gaps.iter_rows(min_row=4, values_only=True) if r[-1]]
    assert sorted(gap_ids) == sorted(i for i, r in responses.items() if is_open_gap(r))
    checklist = book[layout.CHECKLIST]
    assert [c.value for c in checklist[3]] == [c.header for c in CHECKLIST_COLUMNS]
    rows = _checklist_rows(exported)
    assert list(rows) == [item.id for _, item in framework.items()]
    numbers = item_numbers(framework)
    assert all(rows[i][0] == numbers[i] for i in rows), "each row carries the item's number"
    headings = [r[0] for r in checklist.iter_rows(min_row=4, values_only=True) if r[-1] is None and r[0]]
    assert headings == [f"{n}  {a.title}" for n, a in enumerate(framework.areas, 1)]
    na = [r for r in rows.values() if r[2] == "Not applicable"]
    assert na and all(r[7].startswith("Does not apply: ") for r in na), "not-applicable items carry their reason"


def test_checklist_puts_reasons_and_review_notes_in_words_not_codes(tmp_path: Path) -> None:
    ws = builders.open_workspace(tmp_path / "w.sqlite", load_framework(builders.DATA / "mini.toml"))
    profile = CompanyProfile(roles=["importer"], countries=["US"], sectors=["automotive"])
    acme = create(ws, "Words", "mini", profile)  # the profile rules out exporters' and Mexico's items
    edit(ws, acme.id, "goods.auto", not_applicable=True, na_reason="No auto parts since 2025")
    (mapping,) = [m for m in builtin_mappings() if (m.from_framework, m.to_framework) == ("nafta-2017", "usmca-2020")]
    entry = next(e for e in mapping.entries if e.note and e.new)
    notes = [
        ReviewNote(reason=ReviewReason.MAPPING, route=mapping.route, item=entry.old),
        ReviewNote(reason=ReviewReason.NOW_APPLIES),
    ]
    edit(ws, acme.id, "goods.baseline", needs_review=True, review_notes=notes)
    edit(ws, acme.id, "goods.auto", needs_review=True, review_notes=[ReviewNote(reason=ReviewReason.NOW_APPLIES)])
    out = tmp_path / "words.xlsx"
    export_plan(ws, acme.id, out, today=builders.TODAY)
    ws.close()
    rows = _checklist_rows(out)
    why = {item: rows[item][7].split("\n")[0] for item in ("goods.export-cert", "goods.auto", "labor.suppliers")}
    assert why == {
        "goods.export-cert": "Does not apply: Concerns exporters only; the company profile has no such role",
        "goods.auto": "Does not apply: No auto parts since 2025",  # the user's own words, as typed
        "labor.suppliers": "Does not apply: Concerns trade with Mexico only; not in the company profile",
    }
    review = rows["goods.baseline"][7]
    assert review.endswith(
        f"To review: {entry.note}\nThis was not applicable before; the new item applies to your company profile."
    )
    # an item the user still marks not applicable is not told that it applies
    assert "check that your reason still holds" in rows["goods.auto"][7]
    assert "the new item applies to your company profile" not in rows["goods.auto"][7]
    cells = "\n".join(str(v) for row in rows.values() for v in row if v is not None)
    for code in ("Profile has no matching", "item concerns", mapping.route, "now-applies", "'MX'"):
        assert code not in cells


def test_about_names_sources_scale_return_steps_and_version(exported: Path) -> None:
    from readiness import __version__

    values = [c for row in load_workbook(exported)[layout.ABOUT].iter_rows(values_only=True) for c in row if c]
    text = "\n".join(map(str, values))
    framework = builders.content_framework()
    assert all(s.title in text for s in framework.sources)
    assert "4 Ready" in text and "How to return this file" in text
    assert f"Trade Readiness {__version__}" in text


def test_document_properties_name_title_creator_and_company(exported: Path) -> None:
    book = load_workbook(exported)
    assert NAME in book.properties.title
    assert book.properties.creator.startswith("Trade Readiness")
    with zipfile.ZipFile(exported) as z:
        assert "<Company>Northwind Components Inc.</Company>" in z.read("docProps/app.xml").decode()


def test_owner_filter_keeps_only_that_owners_actions(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    out = tmp_path / "legal.xlsx"
    result = export_plan(plan_ws, plan_id, out, owner="legal", today=builders.TODAY)
    expected = [a for _, a in _actions(plan_ws) if a.owner == "Legal"]
    sheet = load_workbook(out)[layout.PLAN]
    owner_col = layout.PLAN_KEYS.index("owner")
    owners = [r[owner_col] for r in sheet.iter_rows(min_row=layout.PLAN_HEADER_ROW + 1, values_only=True)]
    assert result.actions == len(expected) == len(owners) and set(owners) <= {"Legal"}
    assert "for Legal" in sheet["A1"].value, "the owner as the assessment spells it"


def test_an_unknown_owner_is_refused_listing_the_owners(
    plan_ws: Workspace, plan_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from readiness.cli import main

    out = tmp_path / "typo.xlsx"
    with pytest.raises(UsageError) as caught:
        export_plan(plan_ws, plan_id, out, owner="Legl", today=builders.TODAY)
    assert caught.value.exit_code == 2 and "Legl" in caught.value.reason
    assert all(owner in caught.value.reason for owner in builders.OWNERS)
    assert not out.exists()
    assert main(["--workspace", str(plan_ws.path), "export", NAME, "--out", str(out), "--owner", "Legl"]) == 2
    assert "owners: Customs, Engineering" in capsys.readouterr().err and not out.exists()


def test_open_only_leaves_out_done_actions(plan_ws: Workspace, plan_id: int, tmp_path: Path) -> None:
    out = tmp_path / "open.xlsx"
    export_plan(plan_ws, plan_id, out, open_only=True, today=builders.TODAY)
    status_col = layout.PLAN_KEYS.index("status")
    statuses = [r[status_col] for r in load_workbook(out)[layout.PLAN].iter_rows(min_row=5, values_only=True)]
    assert len(statuses) == sum(1 for _, a in _actions(plan_ws) if a.is_open)
    assert "done" not in statuses


def test_a_fresh_assessment_exports_an_empty_but_valid_plan(tmp_path: Path) -> None:
    framework = builders.content_framework()
    ws = builders.open_workspace(tmp_path / "w.sqlite", framework)
    day_one = create(ws, "Day one", framework, builders.CompanyProfile())
    result = export_plan(ws, day_one.id, tmp_path / "empty.xlsx", today=builders.TODAY)
    ws.close()
    book = load_workbook(tmp_path / "empty.xlsx")
    plan = book[layout.PLAN]
    assert result.actions == 0 and plan.max_row == layout.PLAN_HEADER_ROW
    assert plan.tables[layout.PLAN_TABLE].ref == f"A{layout.PLAN_HEADER_ROW}:L{layout.PLAN_HEADER_ROW + 1}"
    assert result.readiness == 0 and result.coverage == 0
    assert result.gaps == 0, "an untouched assessment has no open gap yet, only items not assessed"
    assert result.not_assessed == len(framework.items())
    assert not any(r[-1] for r in book[layout.GAPS].iter_rows(min_row=4, values_only=True)), "no gap, no gap row"
