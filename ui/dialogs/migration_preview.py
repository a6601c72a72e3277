"""Move to a new framework version: choose the target, then see what carries over before anything happens.

The preview shows the old items by kind of change, per area of the new
version how many answers carry over, need review or are new, the items that
are gone with the mapping's note, and the name of the new assessment. It
says plainly that the move cannot be undone and that the old assessment
stays as it was, archived and read only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness.model import ChangeKind
from ui.models.migration import SORT_ROLE, AreaCountsModel, RemovedItemModel
from ui.plain_text import make_plain
from ui.widgets.tables import sorted_table

if TYPE_CHECKING:
    from readiness.migration import MigrationPlan


def kind_label(kind: str, tr: object) -> str:
    translate = tr if callable(tr) else (lambda s: s)
    return {
        "same": translate("Same"),
        "reworded": translate("Reworded"),
        "changed": translate("Changed"),
        "split": translate("Split"),
        "merged": translate("Merged"),
        "removed": translate("Removed"),
    }.get(kind, kind)


class MigrationTargetDialog:
    """Which newer version to move to, when the framework has more than one."""

    @classmethod
    def ask(cls, parent: QWidget, *, targets: list[tuple[str, str]]) -> str | None:
        """`targets` are (framework id, title); returns the chosen id."""
        if len(targets) == 1:
            return targets[0][0]
        titles = [title for _, title in targets]
        title, ok = QInputDialog.getItem(
            parent, parent.tr("Move to new framework version"), parent.tr("Move to:"), titles, 0, False
        )
        return next((fid for fid, t in targets if t == title), None) if ok else None


def _table(model: AreaCountsModel | RemovedItemModel, parent: QWidget, name: str, stretch: int) -> QTableView:
    view = sorted_table(model, parent, sort_role=SORT_ROLE, accessible_name=name, stretch=stretch, alternating=True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(QLabel(title, box))
    layout.addWidget(widget, 1)
    return box


class MigrationPreviewDialog(QDialog):
    """What the move would do; `ask` returns the new assessment's name, or None."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        plan: MigrationPlan,
        existing: list[str],
        questions: dict[str, str],
        source_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.existing = {name.casefold() for name in existing}
        self.setWindowTitle(self.tr("Move to new framework version"))
        self.resize(940, 740)
        source = plan.source
        heading = QLabel(
            self.tr("<b>%1</b> moves from %2 (version %3) to <b>%4</b> (version %5).")
            .replace("%1", _escape(source.name))
            .replace("%2", _escape(source_title or source.framework_id))
            .replace("%3", _escape(source.framework_version))
            .replace("%4", _escape(plan.target.title))
            .replace("%5", _escape(plan.target.version)),
            self,
        )
        heading.setWordWrap(True)
        self.kind_labels: dict[str, QLabel] = {}
        kinds = QGroupBox(self.tr("Items of the old version, by what happened to them"), self)
        grid = QGridLayout(kinds)
        for n, kind in enumerate(ChangeKind):
            count = QLabel(str(plan.kinds.get(kind.value, 0)), kinds)
            font = count.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            count.setFont(font)
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setAccessibleName(kind_label(kind.value, self.tr))
            self.kind_labels[kind.value] = count
            caption = QLabel(kind_label(kind.value, self.tr), kinds)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(count, 0, n)
            grid.addWidget(caption, 1, n)
        self.areas = AreaCountsModel(self)
        self.areas.set_areas(plan.areas)
        carried, review, new = self.areas.totals()
        self.summary = QLabel(
            self.tr(
                "%1 answer(s) carry over as they are, %2 carry over flagged for review with the mapping's note, "
                "%3 item(s) start unassessed (new, or nothing was answered before), %4 item(s) are gone."
            )
            .replace("%1", str(carried))
            .replace("%2", str(review))
            .replace("%3", str(new))
            .replace("%4", str(len(plan.removed))),
            self,
        )
        self.summary.setWordWrap(True)
        self.area_view = _table(self.areas, self, self.tr("Per area"), AreaCountsModel.COL_AREA)
        for column in (AreaCountsModel.COL_CARRIED, AreaCountsModel.COL_REVIEW, AreaCountsModel.COL_NEW):
            self.area_view.horizontalHeader().resizeSection(column, 100)
        self.removed = RemovedItemModel(self)
        self.removed.set_removed(plan.removed, questions)
        self.removed_view = _table(self.removed, self, self.tr("Items that are gone"), RemovedItemModel.COL_NOTE)
        self.removed_view.horizontalHeader().resizeSection(RemovedItemModel.COL_ITEM, 260)
        # the note is the point of this list: it wraps and shows whole; the question is the item's tooltip
        self.removed_view.setColumnHidden(RemovedItemModel.COL_QUESTION, True)
        self.removed_view.setWordWrap(True)
        self.removed_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.name = QLineEdit(plan.default_name, self)
        self.name.setAccessibleName(self.tr("Name of the new assessment"))
        self.problem = QLabel(self)
        make_plain(self.problem, self.summary)
        self.problem.setStyleSheet("color: #c0392b")
        warning = QLabel(
            self.tr(
                "This cannot be undone. A new assessment is created on the new version; the old one stays "
                "exactly as it was, archived and read only, so you can always look back at it and export it."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setObjectName("migrationWarning")
        bold = warning.font()
        bold.setBold(True)
        warning.setFont(bold)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Move to new version"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&New assessment name:"), self.name)
        form.addRow("", self.problem)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(kinds)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_titled(self.tr("Per area of the new version:"), self.area_view, splitter))
        gone = self.tr("Items that are gone (%n):", "", len(plan.removed))
        splitter.addWidget(_titled(gone, self.removed_view, splitter))
        splitter.setSizes([330, 230])
        layout.addWidget(splitter, 1)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.name.textChanged.connect(self._check)
        self._check()
        self.name.setFocus()

    def _check(self) -> None:
        name = self.name.text().strip()
        problem = ""
        if not name:
            problem = self.tr("The new assessment needs a name.")
        elif name.casefold() in self.existing:
            problem = self.tr("An assessment with this name already exists.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.apply_button.setEnabled(not problem)

    def chosen_name(self) -> str:
        return self.name.text().strip()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        plan: MigrationPlan,
        existing: list[str],
        questions: dict[str, str],
        source_title: str = "",
    ) -> str | None:
        dialog = cls(parent, plan=plan, existing=existing, questions=questions, source_title=source_title)
        return dialog.chosen_name() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _escape(text: str) -> str:
    import html

    return html.escape(text)
