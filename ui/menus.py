"""The menu bar and its shortcuts, built from the main window's slots.

Standard keys where Qt has them (New, Open, Undo, Redo, Find, Quit, Help);
F8 is "next unanswered" and Shift+F8 "next needing review", Ctrl+E edits the
selected items, Ctrl+Shift+H shows the history of the item in the editor,
Ctrl+1/Ctrl+2 switch between checklist and dashboard, Ctrl+Shift+B between a
watch list and the assessment it runs beside, Alt+1/2/3 put the focus on
areas, items or the editor, Ctrl+Shift+E exports the action plan.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


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
    bar = window.menuBar()
    actions: dict[str, QAction] = {}

    file = bar.addMenu(translate("menus", "&File"))
    actions["new"] = _add(
        file,
        translate("menus", "&New assessment\u2026"),
        window.new_assessment,
        QKeySequence.StandardKey.New,
        translate("menus", "Create an assessment for a framework and a company profile"),
    )
    actions["open"] = _add(
        file,
        translate("menus", "&Open assessment\u2026"),
        window.open_assessment,
        QKeySequence.StandardKey.Open,
        translate("menus", "Switch to another assessment in this workspace"),
    )
    manage = file.addMenu(translate("menus", "&Assessment"))
    actions["rename"] = _add(manage, translate("menus", "&Rename\u2026"), window.assessment_flow.rename)
    actions["duplicate"] = _add(
        manage, translate("menus", "D&uplicate\u2026"), window.assessment_flow.duplicate, None,
        translate("menus", "Copy the answers and actions into a new assessment"),
    )  # fmt: skip
    actions["profile"] = _add(
        manage, translate("menus", "Company &profile\u2026"), window.assessment_flow.edit_profile, None,
        translate("menus", "Change roles, countries and sectors, seeing first which items start or stop applying"),
    )  # fmt: skip
    actions["currency"] = _add(
        manage, translate("menus", "&Currency of costs\u2026"), window.assessment_flow.set_currency
    )
    manage.addSeparator()
    actions["delete"] = _add(
        manage, translate("menus", "&Delete\u2026"), window.assessment_flow.delete, None,
        translate("menus", "Remove the assessment from the workspace; a backup is taken first"),
    )  # fmt: skip
    actions["watch"] = _add(
        file, translate("menus", "New review &watch list beside this assessment\u2026"), window.assessment_flow.new_watch_list, None,
        translate("menus", "Follow the annual review beside this assessment, which stays editable"),
    )  # fmt: skip
    file.addSeparator()
    actions["snapshot"] = _add(
        file,
        translate("menus", "Take &snapshot\u2026"),
        window.take_snapshot,
        "Ctrl+Shift+S",
        translate("menus", "Freeze every answer under a label, to compare later"),
    )
    actions["snapshots"] = _add(
        file,
        translate("menus", "Snapshots and &comparison\u2026"),
        window.show_snapshots,
        None,
        translate("menus", "List snapshots and compare one with today"),
    )
    file.addSeparator()
    actions["export"] = _add(
        file,
        translate("menus", "&Export action plan…"),
        window.plans.export_plan,
        "Ctrl+Shift+E",
        translate("menus", "Write the Excel action plan for leadership and item owners"),
    )
    actions["import"] = _add(
        file,
        translate("menus", "&Import returned plan…"),
        window.plans.import_plan,
        None,
        translate("menus", "Read back an action plan that owners edited; preview every change before applying it"),
    )
    actions["export_json"] = _add(
        file, translate("menus", "Export assessment as &JSON\u2026"), window.documents.export_json, None,
        translate("menus", "Write the whole assessment as a portable document another workspace can import"),
    )  # fmt: skip
    actions["import_json"] = _add(
        file, translate("menus", "Import assessment from JS&ON\u2026"), window.documents.import_json, None,
        translate("menus", "Create an assessment from a portable JSON document"),
    )  # fmt: skip
    actions["import_framework"] = _add(
        file, translate("menus", "Import &framework\u2026"), window.documents.import_framework, None,
        translate("menus", "Install a framework pack of your own (TOML, or the JSON the command line prints)"),
    )  # fmt: skip
    file.addSeparator()
    actions["update"] = _add(
        file, translate("menus", "&Update content\u2026"), window.migration.start_update, None,
        translate("menus", "A newer version of this framework is installed: preview and apply it to this assessment"),
    )  # fmt: skip
    actions["migrate"] = _add(
        file,
        translate("menus", "&Move to new framework version…"),
        window.migration.start,
        None,
        translate(
            "menus", "Carry the answers over to the agreement's next version; the current assessment is archived"
        ),
    )
    file.addSeparator()
    actions["backup"] = _add(
        file,
        translate("menus", "&Back up workspace now"),
        window.back_up,
        None,
        translate("menus", "Copy the workspace to its backup folder"),
    )
    file.addSeparator()
    actions["quit"] = _add(file, translate("menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(translate("menus", "&Edit"))
    undo = window.context.undo_stack.createUndoAction(window, translate("menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.context.undo_stack.createRedoAction(window, translate("menus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    actions["undo"], actions["redo"] = undo, redo
    edit.addSeparator()
    actions["find"] = _add(
        edit,
        translate("menus", "&Find\u2026"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
        translate("menus", "Search the question, guidance, gap, notes and owner of every item"),
    )
    actions["bulk"] = _add(
        edit,
        translate("menus", "&Edit selected items\u2026"),
        window.navigator.bulk_edit,
        "Ctrl+E",
        translate(
            "menus", "Set the level (or not applicable), owner, priority or due date of every selected item at once"
        ),
    )
    actions["clear_filters"] = _add(
        edit, translate("menus", "&Clear filters"), window.item_table.clear_filters, "Ctrl+Shift+L"
    )
    edit.addSeparator()
    actions["history"] = _add(
        edit, translate("menus", "Item &history\u2026"), window.show_history, "Ctrl+Shift+H",
        translate("menus", "Every change saved to the item in the editor: who, when, before and after"),
    )  # fmt: skip

    go = bar.addMenu(translate("menus", "&Go"))
    actions["next"] = _add(
        go,
        translate("menus", "&Next unanswered item"),
        window.navigator.next_unanswered,
        "F8",
        translate("menus", "Walk the checklist in order to the next item with no level"),
    )
    actions["next_review"] = _add(
        go, translate("menus", "Next item needing &review"), window.migration.next_needs_review, "Shift+F8",
        translate("menus", "Walk the items flagged after a content update or a move, in checklist order"),
    )  # fmt: skip
    actions["switch"] = _add(
        go, translate("menus", "&Switch to the assessment beside it"), window.assessment_flow.switch_to_companion, "Ctrl+Shift+B",
        translate("menus", "Between a watch list and the compliance assessment it runs beside"),
    )  # fmt: skip
    go.addSeparator()
    actions["checklist"] = _add(go, translate("menus", "&Checklist"), window.show_checklist, "Ctrl+1")
    actions["dashboard"] = _add(go, translate("menus", "&Dashboard"), window.show_dashboard, "Ctrl+2")
    go.addSeparator()
    _add(go, translate("menus", "&Areas"), lambda: window.area_list.setFocus(), "Alt+1")
    _add(go, translate("menus", "&Items"), lambda: window.item_table.view.setFocus(), "Alt+2")
    _add(go, translate("menus", "Item &editor"), lambda: window.editor.setFocus(), "Alt+3")

    window.exposure.add_menu(bar, actions)  # Products: the exposure views, the register, scenario files

    view = bar.addMenu(translate("menus", "&View"))
    theme = view.addMenu(translate("menus", "&Theme"))
    group = QActionGroup(window)
    for key, text in (
        ("system", translate("menus", "Follow the &system")),
        ("light", translate("menus", "&Light")),
        ("dark", translate("menus", "&Dark")),
    ):
        action = theme.addAction(text)
        action.setCheckable(True)
        action.setChecked(window.settings.theme == key)
        action.triggered.connect(lambda _c=False, k=key: window.set_theme(k))
        group.addAction(action)

    help_menu = bar.addMenu(translate("menus", "&Help"))
    actions["guide"] = _add(
        help_menu, translate("menus", "&Guide"), window.show_guide, QKeySequence.StandardKey.HelpContents,
        translate("menus", "How to work, the readiness scale, priorities, coverage and what the workbook contains"),
    )  # fmt: skip
    help_menu.addSeparator()
    actions["about"] = _add(help_menu, translate("menus", "&About Trade Readiness"), window.show_about)
    _add(help_menu, translate("menus", "About &Qt"), window.about_qt)
    return actions
