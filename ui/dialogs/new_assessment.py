"""The new-assessment wizard: name and framework, company profile, then what applies and why.

The last page counts the items the profile keeps and lists the others with
the reason they do not apply (the same rule the core uses when it creates
the assessment). The wizard writes nothing: `ask` returns what was entered
as a `NewAssessment` value, and the main window creates it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from readiness.model import (
    COUNTRIES,
    DEFAULT_CURRENCY,
    ROLES,
    SECTORS,
    TRADE_VOLUMES,
    AssessmentKind,
    CompanyProfile,
    Framework,
)
from readiness.scoring import profile_basis
from ui.context import AppContext
from ui.labels import basis_label, country_label, role_label, sector_label, volume_label
from ui.plain_text import make_plain, plain_tooltip

DEFAULT_FRAMEWORK = "nafta-2017"
CURRENCIES = ("USD", "CAD", "MXN", "EUR")


@dataclass(frozen=True)
class NewAssessment:
    """What the wizard collected: the main window turns it into an assessment."""

    name: str
    framework: Framework
    profile: CompanyProfile
    currency: str


class NamePage(QWizardPage):
    """Assessment name and framework."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Name and framework"))
        self.setSubTitle(self.tr("Name the assessment and choose the agreement framework to assess against."))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Assessment name"))
        self.name.setPlaceholderText(self.tr("For example: NAFTA renegotiation 2017"))
        self.framework = QComboBox(self)
        self.framework.setAccessibleName(self.tr("Framework"))
        infos = [info for info in context.frameworks() if info.kind == AssessmentKind.COMPLIANCE.value]
        for info in infos:
            text = self.tr("%1 (version %2, %3 items)").replace("%1", info.title).replace("%2", info.version)
            self.framework.addItem(text.replace("%3", str(info.items)), (info.id, info.version))
        preferred = [n for n, info in enumerate(infos) if info.id == DEFAULT_FRAMEWORK]
        if preferred:
            self.framework.setCurrentIndex(preferred[-1])
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.setAccessibleName(self.tr("Currency of costs"))
        self.currency.setToolTip(self.tr("The ISO code of the currency in which costs are estimated"))
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(DEFAULT_CURRENCY)
        self.problem = QLabel(self)
        make_plain(self.problem)
        self.problem.setWordWrap(True)
        self.existing = {a.name.casefold() for a in context.assessments()}
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Framework:"), self.framework)
        form.addRow(self.tr("C&urrency of costs:"), self.currency)
        form.addRow(self.problem)
        self.name.textChanged.connect(self._check)
        self.currency.currentTextChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        name = self.name.text().strip()
        if name.casefold() in self.existing:
            self.problem.setText(self.tr("An assessment with this name already exists."))
        elif not self._currency_ok():
            self.problem.setText(self.tr("The currency is a three-letter code, such as USD, CAD or MXN."))
        else:
            self.problem.setText("")
        self.completeChanged.emit()

    def _currency_ok(self) -> bool:
        code = self.currency.currentText().strip()
        return len(code) == 3 and code.isascii() and code.isalpha()

    def isComplete(self) -> bool:
        name = self.name.text().strip()
        return (
            bool(name) and name.casefold() not in self.existing and self.framework.count() > 0 and self._currency_ok()
        )

    def chosen_framework(self) -> Framework:
        framework_id, version = self.framework.currentData()
        return self.context.framework_version(framework_id, version)


class ProfilePage(QWizardPage):
    """Company name, roles, countries, sectors and trade volume."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Company profile"))
        self.setSubTitle(
            self.tr("The profile decides which items apply. Leave a group empty to keep every item of that kind.")
        )
        self.company = QLineEdit(self)
        self.company.setAccessibleName(self.tr("Company name"))
        self.roles = {code: QCheckBox(role_label(code), self) for code in ROLES}
        self.countries = {code: QCheckBox(country_label(code), self) for code in COUNTRIES}
        self.sectors = {code: QCheckBox(sector_label(code), self) for code in SECTORS}
        self.volume = QComboBox(self)
        self.volume.setAccessibleName(self.tr("NAFTA-region trade volume"))
        self.volume.addItem(volume_label(None), None)
        for code in TRADE_VOLUMES:
            self.volume.addItem(volume_label(code), code)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("NAFTA-region &trade volume:"), self.volume)
        layout.addLayout(form)
        layout.addWidget(self._group(self.tr("Roles"), self.roles, 3))
        layout.addWidget(self._group(self.tr("Countries"), self.countries, 3))
        layout.addWidget(self._group(self.tr("Sectors"), self.sectors, 2))

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


class SummaryPage(QWizardPage):
    """How many items apply, and why the others do not."""

    def __init__(self, wizard: NewAssessmentWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("What applies"))
        self.summary = QLabel(self)
        make_plain(self.summary)
        self.summary.setWordWrap(True)
        self.excluded = QTreeWidget(self)
        self.excluded.setHeaderLabels([self.tr("Item"), self.tr("Why it does not apply")])
        self.excluded.setColumnWidth(0, 360)
        self.excluded.setRootIsDecorated(False)
        self.excluded.setAlternatingRowColors(True)
        self.excluded.setAccessibleName(self.tr("Items that do not apply"))
        note = QLabel(self.tr("You can mark any item applicable again later in the item editor."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.excluded, 1)
        layout.addWidget(note)

    def initializePage(self) -> None:
        applicable, excluded = self.wizard_.applicability()
        total = applicable + len(excluded)
        self.summary.setText(
            self.tr("%1 of %2 items apply to this company; %3 do not and will start as not applicable.")
            .replace("%1", str(applicable))
            .replace("%2", str(total))
            .replace("%3", str(len(excluded)))
        )
        self.excluded.clear()
        for item_id, question, reason in excluded:
            entry = QTreeWidgetItem(self.excluded, [question, reason])
            entry.setToolTip(0, plain_tooltip(f"{item_id}: {question}"))
            entry.setToolTip(1, plain_tooltip(reason))


class NewAssessmentWizard(QWizard):
    """Three pages; `ask` returns what was entered (a `NewAssessment`), or None when cancelled."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 560)
        self.name_page = NamePage(context, self)
        self.profile_page = ProfilePage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.name_page, self.profile_page, self.summary_page):
            self.addPage(page)

    def applicability(self) -> tuple[int, list[tuple[str, str, str]]]:
        """Count of applicable items and (id, question, reason) of the others."""
        framework = self.name_page.chosen_framework()
        profile = self.profile_page.profile()
        applicable, excluded = 0, []
        for _, item in framework.items():
            basis = profile_basis(item.applies_to, profile)
            if basis is None:
                applicable += 1
            else:
                excluded.append((item.id, item.question, basis_label(basis)))
        return applicable, excluded

    def entered(self) -> NewAssessment:
        return NewAssessment(
            name=self.name_page.name.text().strip(),
            framework=self.name_page.chosen_framework(),
            profile=self.profile_page.profile(),
            currency=self.name_page.currency.currentText().strip().upper(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> NewAssessment | None:
        wizard = cls(context, parent)
        return wizard.entered() if wizard.exec() == QWizard.DialogCode.Accepted else None
