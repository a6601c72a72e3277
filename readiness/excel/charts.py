"""Native Excel charts of the workbook: one horizontal bar chart, the way every sheet draws one.

A bar per row of a table already written, in the table's order (top to
bottom), the value printed at the end of each bar, no legend, the house
blue. The Summary draws readiness by area with it, the Exposure sheet the
duty under each scenario.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from readiness.excel.styles import BAR_BLUE

FULL_WIDTH_CM = 24  # as wide as a landscape page prints (the Summary's 147 characters of columns)


def horizontal_bars(
    ws: WriteOnlyWorksheet,
    *,
    title: str,
    values: Reference,
    categories: Reference,
    number_format: str,
    height: float,
    gap_width: int = 50,
    maximum: float | None = None,
    major_unit: float | None = None,
) -> BarChart:
    """The chart, ready for `ws.add_chart(chart, anchor)`; `values` includes its header cell (the series name)."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.style = 10
    chart.legend = None
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(categories)
    chart.x_axis.scaling.orientation = "maxMin"  # first row of the table at the top
    chart.y_axis.scaling.min = 0
    if maximum is not None:
        chart.y_axis.scaling.max = maximum
    if major_unit is not None:
        chart.y_axis.majorUnit = major_unit
    chart.y_axis.number_format = number_format
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    series = chart.series[0]
    series.graphicalProperties.solidFill = BAR_BLUE
    series.graphicalProperties.line.solidFill = BAR_BLUE
    series.dLbls = DataLabelList(showVal=True, numFmt=number_format)
    series.dLbls.showSerName = series.dLbls.showCatName = series.dLbls.showLegendKey = False
    chart.gapWidth = gap_width
    chart.width = FULL_WIDTH_CM
    chart.height = height
    return chart
