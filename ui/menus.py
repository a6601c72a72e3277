"""The menu bar and its shortcuts, built from the main window's slots.

Standard keys where Qt has them (New, Open, Undo, Redo, Find, Quit); F8 is
"next unanswered", Ctrl+E edits the selected items, Ctrl+1/Ctrl+2 switch
between checklist and dashboard, Alt+1/2/3 put the focus on areas, items or
the editor, Ctrl+Shift+E exports the action plan.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _add(
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create every menu; returns the actions by name so the window can enable or disable them."""
    tr = window.tr
    bar = window.menuBar()
    actions: dict[str, QAction] = {}

    file = bar.addMenu(tr("&File"))
    actions["new"] = _add(
        file,
        tr("&New assessment\u2026"),
        window.new_assessment,
        QKeySequence.StandardKey.New,
        tr("Create an assessment for a framework and a company profile"),
    )
    actions["open"] = _add(
        file,
        tr("&Open assessment\u2026"),
        window.open_assessment,
        QKeySequence.StandardKey.Open,
        tr("Switch to another assessment in this workspace"),
    )
    file.addSeparator()
    actions["snapshot"] = _add(
        file,
        tr("Take &snapshot\u2026"),
        window.take_snapshot,
        "Ctrl+Shift+S",
        tr("Freeze every answer under a label, to compare later"),
    )
    actions["snapshots"] = _add(
        file,
        tr("Snapshots and &comparison\u2026"),
        window.show_snapshots,
        None,
        tr("List snapshots and compare one with today"),
    )
    file.addSeparator()
    actions["export"] = _add(
        file,
        tr("&Export action plan…"),
        window.plans.export_plan,
        "Ctrl+Shift+E",
        tr("Write the Excel action plan for leadership and item owners"),
    )
    actions["import"] = _add(
        file,
        tr("&Import returned plan…"),
        window.plans.import_plan,
        None,
        tr("Read back an action plan that owners edited; preview every change before applying it"),
    )
    file.addSeparator()
    actions["migrate"] = _add(
        file,
        tr("&Move to new framework version…"),
        window.migration.start,
        None,
        tr("Carry the answers over to the agreement's next version; the current assessment is archived"),
    )
    file.addSeparator()
    actions["backup"] = _add(
        file, tr("&Back up workspace now"), window.back_up, None, tr("Copy the workspace to its backup folder")
    )
    file.addSeparator()
    actions["quit"] = _add(file, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(tr("&Edit"))
    undo = window.context.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.context.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    actions["undo"], actions["redo"] = undo, redo
    edit.addSeparator()
    actions["find"] = _add(
        edit,
        tr("&Find\u2026"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
        tr("Search the question, guidance, gap, notes and owner of every item"),
    )
    actions["bulk"] = _add(
        edit,
        tr("&Edit selected items\u2026"),
        window.navigator.bulk_edit,
        "Ctrl+E",
        tr("Set owner, priority or due date of every selected item at once"),
    )
    actions["clear_filters"] = _add(edit, tr("&Clear filters"), window.item_table.clear_filters, "Ctrl+Shift+L")

    go = bar.addMenu(tr("&Go"))
    actions["next"] = _add(
        go,
        tr("&Next unanswered item"),
        window.navigator.next_unanswered,
        "F8",
        tr("Walk the checklist in order to the next item with no level"),
    )
    go.addSeparator()
    actions["checklist"] = _add(go, tr("&Checklist"), window.show_checklist, "Ctrl+1")
    actions["dashboard"] = _add(go, tr("&Dashboard"), window.show_dashboard, "Ctrl+2")
    go.addSeparator()
    _add(go, tr("&Areas"), lambda: window.area_list.setFocus(), "Alt+1")
    _add(go, tr("&Items"), lambda: window.item_table.view.setFocus(), "Alt+2")
    _add(go, tr("Item &editor"), lambda: window.editor.setFocus(), "Alt+3")

    window.exposure.add_menu(bar, actions)  # Products: the exposure views, the register, scenario files

    view = bar.addMenu(tr("&View"))
    theme = view.addMenu(tr("&Theme"))
    group = QActionGroup(window)
    for key, text in (("system", tr("Follow the &system")), ("light", tr("&Light")), ("dark", tr("&Dark"))):
        action = theme.addAction(text)
        action.setCheckable(True)
        action.setChecked(window.settings.theme == key)
        action.triggered.connect(lambda _c=False, k=key: window.set_theme(k))
        group.addAction(action)

    help_menu = bar.addMenu(tr("&Help"))
    actions["about"] = _add(help_menu, tr("&About Trade Readiness"), window.show_about)
    _add(help_menu, tr("About &Qt"), window.about_qt)
    return actions
