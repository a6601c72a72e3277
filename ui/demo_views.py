"""Hidden start-up views (`--view NAME`) that open one screen of the app, for screenshots and manual checks.

`history` (an item's history), `guide`, `profile` (the profile editor with a
changed profile previewed), `update` (the content-update preview), `watch`
(a watch item with the compliance answers it reads), and the migration
views of `ui.migration_flow` (`migrate`, `needs-review`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _most_changed_item(window: MainWindow) -> str | None:
    """The item with the most actions, then the first answered one: it has a history worth showing."""
    responses = window.context.responses
    ranked = sorted(responses.items(), key=lambda pair: (-len(pair[1].actions), pair[1].level is None))
    return ranked[0][0] if ranked else None


def _history(window: MainWindow) -> None:
    item_id = _most_changed_item(window)
    if item_id is not None:
        window.navigator.go_to_item(item_id)
        window.show_history()


def _profile(window: MainWindow) -> None:
    from ui.dialogs.profile_edit import ProfileEditDialog

    context = window.context
    if context.assessment is None or context.framework is None:
        return
    dialog = ProfileEditDialog(
        window,
        framework=context.framework,
        responses=context.responses,
        profile=context.assessment.profile,
        name=context.assessment.name,
    )
    fields = dialog.fields
    fields.roles["exporter"].setChecked(not fields.roles["exporter"].isChecked())
    fields.countries["CA"].setChecked(not fields.countries["CA"].isChecked())
    dialog.exec()


def _watch(window: MainWindow) -> None:
    context = window.context
    framework = context.framework
    if framework is None:
        return
    readers = [item.id for _, item in framework.items() if item.depends_on]
    if not readers:
        return
    window.navigator.go_to_item(readers[0])
    editor, panel = window.editor, window.editor.extras.companions
    body = editor.widget()
    if body is not None:
        editor.verticalScrollBar().setValue(panel.mapTo(body, panel.rect().topLeft()).y() - 120)


def show_view(window: MainWindow, view: str) -> None:
    views = {
        "history": _history,
        "guide": lambda w: w.show_guide(),
        "profile": _profile,
        "update": lambda w: w.migration.start_update(),
        "watch": _watch,
    }
    if view in views:
        QTimer.singleShot(0, lambda: views[view](window))
    else:
        from ui.migration_flow import show_view as migration_view

        migration_view(window, view)
