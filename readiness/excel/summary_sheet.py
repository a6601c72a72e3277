"""The Summary sheet: what leadership reads in the first minute.

Top to bottom: title and context (company, assessment, framework and the
date its content is current to, the currency), the not-legal-advice line,
the key figures in large type (readiness, coverage, open gaps kept apart from
items not yet assessed, cost of open actions with its currency; open actions,
due soon, overdue, ready items), the cost of open actions by priority, the
top five risks, what changed since the last snapshot (`summary_blocks`); on a
new page the per-area table with data bars and a native bar chart of
readiness by area; and, when snapshots exist, on a page of its own the trend
as a small table with a line chart. Printed landscape, at 8 pt or larger.
"""

from __future__ import annotations

import math

from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import DataBarRule
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break

from readiness.codes import Priority
from readiness.due import DUE_SOON_DAYS, DueStatus, due_status
from readiness.excel import summary_blocks
from readiness.excel.charts import FULL_WIDTH_CM, horizontal_bars
from readiness.excel.exposure_sheet import write_duty_at_stake
from readiness.excel.plan_data import PlanData
from readiness.excel.sheetkit import SheetKit, due_style, print_setup, set_print_area
from readiness.excel.styles import BAR_BLUE, NAVY, ORANGE, Palette
from readiness.wording import NEXT_DUE_RULE

AREA_HEADERS = summary_blocks.AREA_HEADERS
WIDTHS = summary_blocks.WIDTHS
COLUMNS = len(WIDTHS)
ROW_CM = 0.53  # a default row is 15 points
AREAS_WITH_CHART = 10  # more areas than this: the table and the chart take a page each


def write_summary(ws: WriteOnlyWorksheet, palette: Palette, data: PlanData, *, generated: str) -> None:
    kit = SheetKit(ws, palette, WIDTHS)
    print_setup(ws, generated=generated, landscape=True)
    ws.sheet_view.showGridLines = False
    _heading(kit, data)
    _figures(kit, data)
    kit.blank()
    # Page 1: the figures and the risks, all five (they are what leadership reads first). Page 2: what the work
    # costs and what changed since the last snapshot, each block whole.
    summary_blocks.top_risks(kit, data)
    _new_page(kit)
    summary_blocks.cost_by_priority(kit, data)
    kit.blank()
    summary_blocks.since_snapshot(kit, data)
    if data.watch_lists:
        kit.blank()
        summary_blocks.watch_lists(kit, data)
    if data.exposure is not None:  # the duty at stake under each scenario (exposure_sheet)
        kit.blank()
        write_duty_at_stake(kit, data.exposure)
    _new_page(kit)
    first, last = _area_table(kit, data)
    kit.blank()
    if len(data.areas) > AREAS_WITH_CHART:
        _new_page(kit)
    _area_chart(kit, first, last)
    if data.snapshots:
        _new_page(kit)
        _trend(kit, data)
    set_print_area(ws, columns=COLUMNS, last_row=kit.next_row - 1)


def _new_page(kit: SheetKit) -> None:
    """Start the next block on a new printed page, so a table or chart is not split across two."""
    kit.ws.row_breaks.append(Break(id=kit.next_row - 1))


def _wide(kit: SheetKit, text: str, style: str) -> None:
    """A line of text across the printed width, wrapped."""
    row = kit.row([kit.text(text, style)], spans=[COLUMNS])
    kit.merge(row, 1, COLUMNS)


def _heading(kit: SheetKit, data: PlanData) -> None:
    fw = data.framework
    profile = data.assessment.profile
    kit.row([kit.text("Trade readiness: action plan", "title")], height=30)
    context = " \u00b7 ".join(
        part
        for part in (
            profile.company,
            f"Assessment: {data.assessment.name}",
            f"{fw.title} (version {fw.version})",
            f"Content as of {fw.current_to.isoformat()}" if fw.current_to else "",
            f"Figures as of {data.today.isoformat()}",
            f"Amounts in {data.currency}",
        )
        if part
    )
    _wide(kit, context, "label_wrap")
    if data.owner is not None or data.open_only:
        _wide(kit, _scope_text(data), "bold_wrap")
    _wide(
        kit,
        "A self-assessment by the company against the framework named above. "
        "It is not legal advice and not a customs ruling.",
        "note_wrap",
    )
    kit.blank()


def _scope_text(data: PlanData) -> str:
    """What this copy leaves out, and that its figures are still the whole company's."""
    if data.owner is None:
        return "This copy lists only open actions; the figures cover the whole company."
    actions = "open actions" if data.open_only else "actions"
    return (
        f"This copy is for {data.owner}: the Action Plan lists only their {actions}; the top risks and the Gaps, "
        "Changes and Checklist sheets only the items they own or hold an action on. Apart from these lists, "
        "the figures cover the whole company."
    )


def _figure_rows(kit: SheetKit, slots: list[tuple[int, int, str, object, str]]) -> None:
    """Label, large figure and note, one slot per (first column, last column)."""
    labels: list[object] = [None] * COLUMNS
    figures: list[object] = [None] * COLUMNS
    notes: list[object] = [None] * COLUMNS
    spans = [1] * COLUMNS
    for first, last, label, figure, note in slots:
        labels[first - 1] = kit.text(label, "label")
        figures[first - 1] = figure
        notes[first - 1] = kit.text(note, "label_wrap")
        spans[first - 1] = last - first + 1
    kit.row(labels)  # type: ignore[arg-type]
    figure_row = kit.row(figures, height=38)  # type: ignore[arg-type]
    note_row = kit.row(notes, spans=spans)  # type: ignore[arg-type]
    for first, last, *_ in slots:
        if last > first:
            kit.merge(figure_row, first, last)
            kit.merge(note_row, first, last)


def _figures(kit: SheetKit, data: PlanData) -> None:
    overall = data.overall
    due_soon = sum(
        1
        for r in data.responses.values()
        if not r.counts_as_not_applicable
        for a in r.actions
        if due_status(a.due, data.today, done=not a.is_open) is DueStatus.SOON
    )
    critical, high = data.open_gaps_of(Priority.CRITICAL.value), data.open_gaps_of(Priority.HIGH.value)
    _figure_rows(
        kit,
        [
            (
                1,
                1,
                "Overall readiness",
                kit.value(overall.readiness or 0.0, "big_percent"),
                "weighted over the applicable items",
            ),
            (
                2,
                3,
                "Coverage",
                kit.value(overall.coverage or 0.0, "big_percent"),
                f"{overall.assessed} of {overall.applicable} applicable items assessed",
            ),
            (
                4,
                6,
                "Open gaps",
                kit.value(data.open_gaps, "big_alert" if critical else "big_number"),
                f"assessed below ready: {critical} critical, {high} high",
            ),
            (
                7,
                9,
                "Not yet assessed",
                kit.value(data.not_assessed, "big_number"),
                "applicable items nobody has assessed yet",
            ),
            (
                10,
                11,
                "Cost of open actions",
                kit.value(round(data.open_cost), "big_money"),
                f"sum of the estimates, in {data.currency}"
                + (
                    f"; {data.unestimated} open action{'s' if data.unestimated != 1 else ''} not estimated yet"
                    if data.unestimated
                    else ""
                ),
            ),
        ],
    )
    _figure_rows(
        kit,
        [
            (1, 1, "Open actions", kit.value(data.open_actions, "big_number"), "not done yet"),
            (2, 3, f"Due within {DUE_SOON_DAYS} days", kit.value(due_soon, "big_number"), "open actions"),
            (
                4,
                6,
                "Overdue",
                kit.value(data.overdue, "big_alert" if data.overdue else "big_number"),
                "actions and items past their due date",
            ),
            (7, 9, "Ready", kit.value(overall.ready, "big_number"), f"of {overall.applicable} applicable items"),
        ],
    )


def _area_table(kit: SheetKit, data: PlanData) -> tuple[int, int]:
    kit.row([kit.text("Readiness by area", "section")], height=20)
    header = kit.row([kit.text(h, "header") for h in AREA_HEADERS])
    for line in data.areas:
        gaps = line.open_gaps
        kit.row(
            [
                kit.text(line.area.title, "wrap"),
                kit.value(line.score.readiness, "percent") if line.score.readiness is not None else kit.text("n/a"),
                kit.value(line.score.coverage, "percent"),
                kit.value(sum(gaps.values()), "count"),
                kit.value(gaps.get(Priority.CRITICAL.value, 0), "count_alert" if gaps.get("critical") else "count"),
                kit.value(gaps.get(Priority.HIGH.value, 0), "count"),
                kit.value(line.not_assessed, "count"),
                kit.value(line.open_actions, "count"),
                kit.value(line.overdue, "count_alert" if line.overdue else "count"),
                kit.cost(line.open_cost, open_actions=line.open_actions, unestimated=line.unestimated),
                kit.value(line.next_due, due_style(line.next_due, data.today)),
            ]
        )
    last = kit.next_row - 1
    kit.row(
        [
            kit.text("All areas", "total"),
            kit.value(data.overall.readiness or 0.0, "total_percent"),
            kit.value(data.overall.coverage or 0.0, "total_percent"),
            kit.value(data.open_gaps, "total_count"),
            kit.value(data.open_gaps_of(Priority.CRITICAL.value), "total_count"),
            kit.value(data.open_gaps_of(Priority.HIGH.value), "total_count"),
            kit.value(data.not_assessed, "total_count"),
            kit.value(data.open_actions, "total_count"),
            kit.value(data.overdue, "total_count"),
            kit.value(round(data.open_cost), "total_money"),
        ]
    )
    _wide(kit, NEXT_DUE_RULE, "note_wrap")
    if last > header:
        kit.ws.conditional_formatting.add(
            f"B{header + 1}:B{last}",
            DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1, color=BAR_BLUE),
        )
    return header, last


def _area_chart(kit: SheetKit, first: int, last: int) -> None:
    """A horizontal bar per area, in the table's order, with the percentage at the end of each bar."""
    areas = max(last - first, 1)
    chart = horizontal_bars(
        kit.ws,
        title="Readiness by area",
        values=Reference(kit.ws, min_col=2, min_row=first, max_row=last),
        categories=Reference(kit.ws, min_col=1, min_row=first + 1, max_row=last),
        number_format="0%",
        height=max(7.0, 0.62 * areas + 2.5),
        gap_width=40,
        maximum=1,
        major_unit=0.25,
    )
    kit.ws.add_chart(chart, f"A{kit.next_row}")
    kit.blank(math.ceil(chart.height / ROW_CM) + 1)


def _trend(kit: SheetKit, data: PlanData) -> None:
    kit.row([kit.text("Trend across snapshots", "section")], height=20)
    header = kit.row([kit.text(h, "header") for h in ("Snapshot", "Taken", "Readiness", "Coverage")], height=20)
    for snap in data.snapshots:
        kit.row(
            [
                kit.text(snap.label, "wrap"),
                kit.text(snap.taken_at[:10], "text"),
                kit.value(snap.readiness or 0.0, "percent"),
                kit.value(snap.coverage or 0.0, "percent"),
            ]
        )
    kit.row(
        [
            kit.text("Today (this export)", "bold"),
            kit.text(data.today.isoformat(), "text"),
            kit.value(data.overall.readiness or 0.0, "percent"),
            kit.value(data.overall.coverage or 0.0, "percent"),
        ]
    )
    last = kit.next_row - 1
    chart = LineChart()
    chart.title = "Readiness and coverage over time"
    chart.style = 12
    chart.add_data(Reference(kit.ws, min_col=3, max_col=4, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(kit.ws, min_col=1, min_row=header + 1, max_row=last))
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.number_format = "0%"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    for series, colour in zip(chart.series, (NAVY, ORANGE), strict=False):
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575
        series.marker.symbol = "circle"
        series.marker.graphicalProperties.solidFill = colour
        series.smooth = False
    # From column F to the printed page's right edge, no further (a wider chart was cut off on paper): the
    # share of the page's width those columns take, of the width the full-page area chart fills.
    chart.width = round(FULL_WIDTH_CM * sum(WIDTHS[5:]) / sum(WIDTHS), 1)
    chart.height = 7.5
    kit.ws.add_chart(chart, f"F{header}")
    kit.blank(max(0, math.ceil(chart.height / ROW_CM) - (last - header)))
