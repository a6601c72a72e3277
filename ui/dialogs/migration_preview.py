"""The preview of a move to another framework or of a content update, before anything happens.

It shows the old items by kind of change, per area of the new version how
many answers carry over, need review or start fresh, and the items that are
gone: by question, with what of the user's answer, evidence and actions will
not carry over (to be confirmed before going ahead) and the mapping's note.
A move names the new assessment and says the old one stays archived and read
only; a content update keeps the assessment and offers a snapshot first. The
body scrolls, so the buttons stay on screen at 1280x720.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness.codes import ChangeKind
from readiness.content_model import Framework
from readiness.model import Response
from ui.models.migration import SORT_ROLE, AreaCountsModel, RemovedItemModel
from ui.plain_text import make_plain
from ui.theme import status_color
from ui.widgets.tables import sorted_table

if TYPE_CHECKING:
    from readiness.migration import MigrationPlan


def kind_label(kind: str) -> str:
    """A mapping's change kind in words."""
    return {
        "same": QCoreApplication.translate("migration_preview", "Same"),
        "reworded": QCoreApplication.translate("migration_preview", "Reworded"),
        "changed": QCoreApplication.translate("migration_preview", "Changed"),
        "split": QCoreApplication.translate("migration_preview", "Split"),
        "merged": QCoreApplication.translate("migration_preview", "Merged"),
        "removed": QCoreApplication.translate("migration_preview", "Removed"),
    }.get(kind, kind)


@dataclass(frozen=True)
class MigrationChoice:
    """What the user chose: the new assessment's name (a move) and a snapshot label to take first ("" for none)."""

    name: str
    snapshot: str = ""


class MigrationTargetDialog:
    """Which newer version to move to, when the framework has more than one."""

    @classmethod
    def ask(cls, parent: QWidget, *, targets: list[tuple[str, str]]) -> str | None:
        """`targets` are (framework id, title); returns the chosen id."""
        if len(targets) == 1:
            return targets[0][0]
        titles = [title for _, title in targets]
        title, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("MigrationTargetDialog", "Move to new framework version"),
            QCoreApplication.translate("MigrationTargetDialog", "Move to:"),
            titles,
            0,
            False,
        )
        return next((fid for fid, t in targets if t == title), None) if ok else None


def _table(model: AreaCountsModel | RemovedItemModel, parent: QWidget, name: str, stretch: int) -> QTableView:
    view = sorted_table(model, parent, sort_role=SORT_ROLE, accessible_name=name, stretch=stretch, alternating=True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _as_of(framework: Framework) -> str:
    return framework.current_to.isoformat() if framework.current_to else ""


class MigrationPreviewDialog(QDialog):
    """What the move or the update would do; `ask` returns a `MigrationChoice`, or None."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        plan: MigrationPlan,
        existing: list[str],
        questions: dict[str, str],
        numbers: dict[str, str] | None = None,
        responses: dict[str, Response] | None = None,
        source: Framework | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.in_place = plan.in_place
        self.existing = {name.casefold() for name in existing}
        self.setWindowTitle(self.tr("Update content") if self.in_place else self.tr("Move to new framework version"))
        body = QWidget(self)
        heading = QLabel(self._heading(source), body)
        heading.setWordWrap(True)
        self.kind_labels: dict[str, QLabel] = {}
        kinds = QGroupBox(self.tr("Items of the old version, by what happened to them"), body)
        grid = QGridLayout(kinds)
        for n, kind in enumerate(ChangeKind):
            count = QLabel(str(plan.kinds.get(kind.value, 0)), kinds)
            font = count.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            count.setFont(font)
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setAccessibleName(kind_label(kind.value))
            self.kind_labels[kind.value] = count
            caption = QLabel(kind_label(kind.value), kinds)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(count, 0, n)
            grid.addWidget(caption, 1, n)
        self.areas = AreaCountsModel(self)
        self.areas.set_areas(plan.areas)
        carried, review, new = self.areas.totals()
        self.summary = QLabel(
            self.tr("%1, %2, %3, %4.")
            .replace("%1", self.tr("%n answer(s) carry over as they are", "", carried))
            .replace("%2", self.tr("%n carry over flagged for review with the mapping's note", "", review))
            .replace("%3", self.tr("%n item(s) start unassessed (new, or nothing was answered before)", "", new))
            .replace("%4", self.tr("%n item(s) are gone", "", len(plan.removed))),
            body,
        )
        self.summary.setWordWrap(True)
        self.area_view = _table(self.areas, body, self.tr("Per area"), AreaCountsModel.COL_AREA)
        for column in (AreaCountsModel.COL_CARRIED, AreaCountsModel.COL_REVIEW, AreaCountsModel.COL_NEW):
            self.area_view.horizontalHeader().resizeSection(column, 100)
        self.area_view.setMinimumHeight(220)
        self.removed = RemovedItemModel(self)
        self.removed.set_removed(plan.removed, questions, numbers=numbers, responses=responses)
        self.removed_view = _table(self.removed, body, self.tr("Items that are gone"), RemovedItemModel.COL_NOTE)
        header = self.removed_view.horizontalHeader()
        header.resizeSection(RemovedItemModel.COL_ITEM, 300)
        header.resizeSection(RemovedItemModel.COL_LOST, 260)
        self.removed_view.setWordWrap(True)
        self.removed_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.removed_view.setMinimumHeight(220)
        losing = self.removed.losing()
        self.losing = bool(losing)
        self.lost_note = _bold(
            QLabel(
                self.tr("%n item(s) that are gone hold answers, evidence or actions that will not carry over.", "",
                        len(losing)),
                self,
            )
        )  # fmt: skip
        self.lost_note.setVisible(bool(losing))
        self.confirm_lost = QCheckBox(
            self.tr("I have noted what will not carry over (a snapshot taken first keeps a copy)")
            if self.in_place
            else self.tr("I have noted what will not carry over (it stays readable in the archived assessment)"),
            self,
        )
        self.confirm_lost.setVisible(bool(losing))
        self.name = QLineEdit(plan.default_name, self)
        self.name.setAccessibleName(self.tr("Name of the new assessment"))
        self.problem = QLabel(self)
        make_plain(self.problem, self.summary)
        self.problem.setStyleSheet(f"color: {status_color('bad').name()}")
        self.snapshot = QCheckBox(
            self.tr("Take a snapshot \u201c%1\u201d first, to compare with afterwards").replace(
                "%1", self.snapshot_label()
            ),
            self,
        )
        self.snapshot.setChecked(True)
        warning = _bold(QLabel(self._warning(), self))
        warning.setObjectName("migrationWarning")
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(kinds)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Per area of the new version:"), body))
        layout.addWidget(self.area_view)
        layout.addWidget(QLabel(self.tr("Items that are gone (%n):", "", len(plan.removed)), body))
        layout.addWidget(self.removed_view)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Update content") if self.in_place else self.tr("&Move to new version"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # what the user decides stays in sight beside the buttons; the figures and lists above scroll
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.lost_note)
        outer.addWidget(self.confirm_lost)
        if self.in_place:
            outer.addWidget(self.snapshot)
            self.name.hide()
        else:
            form = QFormLayout()
            form.addRow(self.tr("&New assessment name:"), self.name)
            form.addRow("", self.problem)
            outer.addLayout(form)
            self.snapshot.hide()
        outer.addWidget(warning)
        outer.addWidget(buttons)
        self._fit(parent)
        self.name.textChanged.connect(self._check)
        self.confirm_lost.toggled.connect(self._check)
        self._check()
        (self.apply_button if self.in_place else self.name).setFocus()

    def _heading(self, source: Framework | None) -> str:
        plan, old = self.plan, self.plan.source
        old_as_of = _as_of(source) if source else ""
        new_as_of = _as_of(plan.target)
        if not self.in_place:
            template = self.tr("<b>%1</b> moves from %2 (version %3) to <b>%7</b> (version %5).")
        elif old_as_of and new_as_of:
            template = self.tr(
                "<b>%1</b> is on %2 version %3 (content as of %4). Version %5 (content as of %6) is installed: "
                "updating keeps this assessment, its answers, snapshots and history."
            )
        else:
            template = self.tr(
                "<b>%1</b> is on %2 version %3. Version %5 is installed: updating keeps this assessment, its "
                "answers, snapshots and history."
            )
        values = {
            "1": old.name,
            "2": source.title if source else old.framework_id,
            "3": old.framework_version,
            "4": old_as_of,
            "5": plan.target.version,
            "6": new_as_of,
            "7": plan.target.title,
        }
        text = re.sub(r"%(\d)", lambda m: html.escape(values.get(m.group(1), m.group(0))), template)
        if self.in_place and new_as_of and not old_as_of:
            text += " " + html.escape(self.tr("The new content is current to %1.").replace("%1", new_as_of))
        return text

    def _warning(self) -> str:
        if self.in_place:
            return self.tr(
                "This cannot be undone. Items whose rule changed are flagged for review with a note on what "
                "changed; new items start unassessed. Shift+F8 walks the flagged items afterwards."
            )
        return self.tr(
            "This cannot be undone. A new assessment is created on the new version; the old one stays "
            "exactly as it was, archived and read only, so you can always look back at it and export it."
        )

    def snapshot_label(self) -> str:
        return self.tr("Before the content update to %1").replace("%1", self.plan.target.version)

    def _fit(self, parent: QWidget | None) -> None:
        """As large as the content wants, within the screen the window is on (the body scrolls beyond)."""
        screen = (parent.screen() if parent is not None else None) or self.screen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1000, 760
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)

    def _check(self) -> None:
        name = self.name.text().strip()
        problem = ""
        if not self.in_place and not name:
            problem = self.tr("The new assessment needs a name.")
        elif not self.in_place and name.casefold() in self.existing:
            problem = self.tr("An assessment with this name already exists.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        confirmed = self.confirm_lost.isChecked() or not self.losing
        self.apply_button.setEnabled(not problem and confirmed)

    def choice(self) -> MigrationChoice:
        name = self.plan.source.name if self.in_place else self.name.text().strip()
        snapshot = self.snapshot_label() if self.in_place and self.snapshot.isChecked() else ""
        return MigrationChoice(name=name, snapshot=snapshot)

    def chosen_name(self) -> str:
        return self.choice().name

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        plan: MigrationPlan,
        existing: list[str],
        questions: dict[str, str],
        numbers: dict[str, str] | None = None,
        responses: dict[str, Response] | None = None,
        source: Framework | None = None,
    ) -> MigrationChoice | None:
        dialog = cls(
            parent, plan=plan, existing=existing, questions=questions, numbers=numbers, responses=responses,
            source=source,
        )  # fmt: skip
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
