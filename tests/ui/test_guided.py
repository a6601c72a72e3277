"""Guided through each area: its introduction, item numbers, F8 to Level, search with areas and marked matches."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readiness.codes import Level
from readiness.model import CompanyProfile
from tests.support import create
from ui import commands
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.items import COL_AREA, COL_LEVEL, COL_NUMBER, COL_QUESTION, ItemIdRole
from ui.settings import Settings


def _shown(window: MainWindow, column: int = COL_NUMBER, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    proxy = window.item_table.proxy
    return [proxy.index(row, column).data(role) for row in range(proxy.rowCount())]


def test_choosing_an_area_shows_its_introduction_with_counts(qtbot, window: MainWindow) -> None:
    intro = window.editor.intro
    assert intro.isVisibleTo(window) and window.editor.item_id is None  # the first area, on opening
    assert intro.title.text() == "1. Goods"
    # goods: three items, of which goods.export-cert is for exporters only
    assert intro.counts.text() == "2 items apply to your company (of 3 items here). 2 are still to answer."
    assert "A source" in intro.body.text()  # the area's sources, from the pack
    commands.edit_responses(window.context, {"goods.baseline": {"level": Level.AWARE}}, text="answer")
    assert intro.counts.text().endswith("1 is still to answer.")
    qtbot.keyClick(window.area_list, Qt.Key.Key_Down)  # goods -> labor
    assert intro.title.text() == "2. Labor"
    assert intro.counts.text() == "1 item applies to your company (of 1 item here). 1 is still to answer."
    assert "no introduction" in intro.body.text()


def test_the_nafta_introduction_shows_the_objectives_and_sources(qtbot, workspace, settings: Settings) -> None:
    nafta = create(workspace, "NAFTA", "nafta-2017", CompanyProfile(roles=["importer"], countries=["US", "MX"]))
    context = AppContext(workspace)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    context.load_assessment(nafta.id)
    framework = context.framework
    assert framework is not None
    area = framework.areas[0]
    body = window.editor.intro.body.text()
    assert "Key points" in body
    assert body.count("<li>") == len(area.objectives) and len(area.objectives) >= 3
    assert "ustr.gov" in body  # the sources link to where they were read
    assert window.editor.intro.title.text() == f"1. {area.title}"


def test_f8_from_an_introduction_starts_at_the_area_and_focuses_level(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.navigator.go_to_area("labor")
    window.navigator.show_area("labor")  # back on the labor introduction, no item chosen
    assert window.editor.item_id is None
    qtbot.keyClick(window.area_list, Qt.Key.Key_F8)
    assert window.editor.item_id == "labor.suppliers"
    assert window.editor.form.level.hasFocus()
    qtbot.keyClick(window.editor.form.level, Qt.Key.Key_Down)  # answered straight from the keyboard
    assert window.context.responses["labor.suppliers"].level == Level.NOT_STARTED


def test_item_numbers_in_the_table_and_editor_and_back_to_checklist_order(qtbot, window: MainWindow) -> None:
    assert _shown(window) == ["1.1", "1.2", "1.3"]
    commands.edit_responses(
        window.context, {"goods.baseline": {"level": Level.READY}, "goods.auto": {"level": Level.AWARE}}, text="x"
    )
    table = window.item_table
    assert not table.checklist_order.isEnabled()
    table.view.sortByColumn(COL_LEVEL, Qt.SortOrder.DescendingOrder)
    assert _shown(window) == ["1.2", "1.1", "1.3"]  # not applicable (1.2, ruled out by the profile) above ready
    assert table.checklist_order.isEnabled()
    qtbot.mouseClick(table.checklist_order, Qt.MouseButton.LeftButton)
    assert _shown(window) == ["1.1", "1.2", "1.3"]
    assert not table.checklist_order.isEnabled()
    window.navigator.go_to_item("goods.auto")
    assert window.editor.heading.area_label.text().startswith("Item 1.3")


def test_search_lists_areas_marks_matches_takes_numbers_and_escape_clears(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    table = window.item_table
    assert table.view.isColumnHidden(COL_AREA)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = table.filters.search
    qtbot.keyClicks(search, "screened")
    qtbot.waitUntil(lambda: _shown(window, role=ItemIdRole) == ["labor.suppliers"], timeout=2000)
    assert not table.view.isColumnHidden(COL_AREA)
    assert _shown(window, COL_AREA) == ["Labor"]
    assert table.highlight.words == ["screened"]
    assert table.view.itemDelegateForColumn(COL_QUESTION) is table.highlight
    assert table.select_item("labor.suppliers")  # the user picks the hit in the table
    assert window.editor.item_id == "labor.suppliers"
    assert "<span" in window.editor.heading.question.text()  # marked in the editor's question too
    assert ">screened</span>" in window.editor.heading.question.text()
    assert "1 item matches the search" in window.statusBar().currentMessage()

    window.navigator.search("1.3")  # an item number finds that item
    assert _shown(window, role=ItemIdRole) == ["goods.auto"]

    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert _shown(window, role=ItemIdRole) == window.navigator.area_item_ids(window.navigator.area_id)
    assert table.highlight.words == [] and "<span" not in window.editor.heading.question.text()


def test_folding_the_guidance_is_remembered(qtbot, context: AppContext, settings: Settings) -> None:
    first = MainWindow(context, settings)
    qtbot.addWidget(first)
    section = first.editor.guidance_section
    assert section.is_open()
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert not section.is_open() and not first.editor.guidance.isVisibleTo(first)
    assert settings.guidance_open is False
    second = MainWindow(context, settings)
    qtbot.addWidget(second)
    assert not second.editor.guidance_section.is_open()


def test_the_editor_shows_how_much_an_item_weighs_in_readiness(qtbot, window: MainWindow) -> None:
    window.navigator.go_to_item("goods.baseline")  # weight 2 in the test pack
    heading = window.editor.heading.area_label
    assert heading.text().endswith("weight 2")
    assert "counts 2 times as much as an item of weight 1" in heading.toolTip()
    window.navigator.go_to_item("goods.auto")
    assert heading.text().endswith("weight 1")
