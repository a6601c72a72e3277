"""The company profile as form fields: company name, trade volume, roles, countries and sectors.

Shared by the new-assessment wizard and the profile editor, so both ask the
same questions in the same words; `changed` fires on every edit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from readiness.codes import COUNTRIES, ROLES, SECTORS, TRADE_VOLUMES
from readiness.model import CompanyProfile
from ui.labels import country_label, role_label, sector_label, volume_label


class ProfileFields(QWidget):
    """Edits a `CompanyProfile`; leave a group empty to keep every item of that kind."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = QLineEdit(self)
        self.company.setAccessibleName(self.tr("Company name"))
        # Created in the order they are shown, which is the order Tab visits them.
        self.volume = QComboBox(self)
        self.volume.setAccessibleName(self.tr("North American trade volume"))
        self.volume.addItem(volume_label(None), None)
        for code in TRADE_VOLUMES:
            self.volume.addItem(volume_label(code), code)
        self.roles = {code: QCheckBox(role_label(code), self) for code in ROLES}
        self.countries = {code: QCheckBox(country_label(code), self) for code in COUNTRIES}
        self.sectors = {code: QCheckBox(sector_label(code), self) for code in SECTORS}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("North American &trade volume:"), self.volume)
        layout.addLayout(form)
        layout.addWidget(self._group(self.tr("Roles"), self.roles, 3))
        layout.addWidget(self._group(self.tr("Countries"), self.countries, 3))
        layout.addWidget(self._group(self.tr("Sectors"), self.sectors, 2))
        layout.addStretch(1)
        self.company.textChanged.connect(self.changed)
        self.volume.currentIndexChanged.connect(self.changed)
        for box in (*self.roles.values(), *self.countries.values(), *self.sectors.values()):
            box.toggled.connect(self.changed)

    def _group(self, title: str, boxes: dict[str, QCheckBox], columns: int) -> QGroupBox:
        group = QGroupBox(title, self)
        grid = QGridLayout(group)
        for n, box in enumerate(boxes.values()):
            grid.addWidget(box, n // columns, n % columns)
        return group

    def profile(self) -> CompanyProfile:
        return CompanyProfile(
            company=self.company.text().strip(),
            roles=[c for c, box in self.roles.items() if box.isChecked()],
            countries=[c for c, box in self.countries.items() if box.isChecked()],
            sectors=[c for c, box in self.sectors.items() if box.isChecked()],
            trade_volume=self.volume.currentData(),
        )

    def set_profile(self, profile: CompanyProfile) -> None:
        """Show `profile`; `changed` fires once at the end, not for every box."""
        self.blockSignals(True)
        self.company.setText(profile.company)
        for codes, boxes in (
            (profile.roles, self.roles),
            (profile.countries, self.countries),
            (profile.sectors, self.sectors),
        ):
            for code, box in boxes.items():
                box.setChecked(code in codes)
        index = self.volume.findData(profile.trade_volume)
        self.volume.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.changed.emit()
