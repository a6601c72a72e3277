"""File > Assessment > Company profile: change the profile, seeing first which items start or stop applying.

The preview is `readiness.operations.profile_change_preview`, the rule
`change_profile` applies: only the profile's own verdicts move, an item the
user marked not applicable stays so, and answers are kept either way. The
dialog writes nothing; `ask` returns the new profile, or None.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from readiness.content_model import Framework
from readiness.model import CompanyProfile, Response
from readiness.operations import profile_change_preview
from readiness.operations.assessments import ApplicabilityChange
from readiness.walkthrough import item_numbers
from ui.dialogs.profile_fields import ProfileFields
from ui.models.assessments import SORT_ROLE, ApplicabilityChangeModel
from ui.plain_text import make_plain
from ui.widgets.tables import sorted_table


def applicability_flips(
    framework: Framework, responses: dict[str, Response], profile: CompanyProfile
) -> list[ApplicabilityChange]:
    """The items that start or stop applying with `profile`; an item that stays ruled out (for another reason
    of the profile) is not one of them."""
    return [
        change
        for change in profile_change_preview(framework, responses, profile)
        if change.now_applies or not responses[change.item_id].not_applicable
    ]


class ProfileEditDialog(QDialog):
    """The profile's fields on the left, the items that change on the right; Apply is offered once it differs."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        framework: Framework,
        responses: dict[str, Response],
        profile: CompanyProfile,
        name: str,
    ) -> None:
        super().__init__(parent)
        self.framework, self.responses, self.original = framework, responses, profile
        self.setWindowTitle(self.tr("Company profile of \u201c%1\u201d").replace("%1", name))
        self.resize(1180, 640)
        self.fields = ProfileFields(self)
        self.changes = ApplicabilityChangeModel(self)
        self.table = sorted_table(
            self.changes,
            self,
            sort_role=SORT_ROLE,
            accessible_name=self.tr("Items whose applicability changes"),
            stretch=ApplicabilityChangeModel.COL_ITEM,
            alternating=True,
        )
        self.table.horizontalHeader().resizeSection(ApplicabilityChangeModel.COL_CHANGE, 230)
        self.table.horizontalHeader().resizeSection(ApplicabilityChangeModel.COL_ANSWER, 160)
        self.table.setWordWrap(True)  # questions and reasons show whole, over two or three lines
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(ApplicabilityChangeModel.COL_ITEM, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel(self)
        make_plain(self.summary)
        self.summary.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Answers are never deleted: an item that stops applying keeps its answer, and it counts again "
                "if the item applies later. Items you marked not applicable yourself stay as they are. "
                "The change is one step you can undo."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply profile"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.table, 1)
        right.addWidget(note)
        columns = QHBoxLayout()
        columns.addWidget(self.fields, 0)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.questions = {item.id: item.question for _, item in framework.items()}
        self.numbers = item_numbers(framework)
        self.fields.changed.connect(self.update_preview)
        self.fields.set_profile(profile)

    def update_preview(self) -> None:
        profile = self.fields.profile()
        flips = applicability_flips(self.framework, self.responses, profile)
        self.changes.set_changes(flips, questions=self.questions, numbers=self.numbers)
        starts = sum(1 for f in flips if f.now_applies)
        stops = len(flips) - starts
        if profile == self.original:
            text = self.tr("Change the roles, countries or sectors to see which items start or stop applying.")
        elif not flips:
            text = self.tr("No item changes: the same items apply with this profile.")
        else:
            text = self.tr("With this profile %n item(s) start to apply", "", starts) + self.tr(
                " and %n item(s) stop applying.", "", stops
            )
        self.summary.setText(text)
        self.apply_button.setEnabled(profile != self.original)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        framework: Framework,
        responses: dict[str, Response],
        profile: CompanyProfile,
        name: str,
    ) -> CompanyProfile | None:
        dialog = cls(parent, framework=framework, responses=responses, profile=profile, name=name)
        return dialog.fields.profile() if dialog.exec() == QDialog.DialogCode.Accepted else None
