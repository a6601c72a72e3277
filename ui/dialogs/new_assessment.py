"""The new-assessment wizard: name and framework, company profile, then what applies and why.

The last page counts the items the profile keeps and lists the others with
the reason they do not apply (the same rule the core uses when it creates
the assessment). A review watch list is chosen here too: it runs beside a
compliance assessment on the framework it watches, named on the first page,
and starts from that assessment's profile. The wizard writes nothing: `ask`
returns what was entered as a `NewAssessment` value, and the main window
creates it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from readiness.codes import DEFAULT_CURRENCY, AssessmentKind, AssessmentStatus
from readiness.content_model import Framework
from readiness.model import CompanyProfile
from readiness.scoring import profile_basis
from readiness.store.frameworks_repo import FrameworkInfo
from ui.context import AppContext
from ui.dialogs.profile_fields import ProfileFields
from ui.labels import basis_label
from ui.plain_text import make_plain, plain_tooltip

DEFAULT_FRAMEWORK = "usmca-2020"  # the rules in force
CURRENCIES = ("USD", "CAD", "MXN", "EUR")


@dataclass(frozen=True)
class NewAssessment:
    """What the wizard collected: the main window turns it into an assessment."""

    name: str
    framework: Framework
    profile: CompanyProfile
    currency: str
    companion_of: int | None = None  # a watch list: the compliance assessment it runs beside


class NamePage(QWizardPage):
    """Assessment name, framework (a compliance framework, or a watch list and what it runs beside), currency."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, beside: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Name and framework"))
        self.setSubTitle(self.tr("Name the assessment and choose the agreement framework to assess against."))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Assessment name"))
        self.name.setPlaceholderText(self.tr("For example: USMCA compliance 2027"))
        self.framework = QComboBox(self)
        self.framework.setAccessibleName(self.tr("Framework"))
        infos = context.frameworks()
        compliance = [info for info in infos if info.kind == AssessmentKind.COMPLIANCE.value]
        watch = [info for info in infos if info.kind == AssessmentKind.WATCH.value]
        for info in compliance:
            text = self.tr("%1 (version %2, %3 items)").replace("%1", info.title).replace("%2", info.version)
            self.framework.addItem(text.replace("%3", str(info.items)), (info.id, info.version))
        for info in watch:
            text = self.tr("Watch list: %1 (%2 items)").replace("%1", info.title).replace("%2", str(info.items))
            self.framework.addItem(text, (info.id, info.version))
        self.beside = QComboBox(self)
        self.beside.setAccessibleName(self.tr("Compliance assessment the watch list runs beside"))
        self.beside_label = QLabel(self.tr("Runs &beside:"), self)
        self.beside_label.setBuddy(self.beside)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.setAccessibleName(self.tr("Currency of costs"))
        self.currency.setToolTip(self.tr("The ISO code of the currency in which costs are estimated"))
        self.currency.addItems(list(CURRENCIES))
        self.currency.setCurrentText(DEFAULT_CURRENCY)
        self.problem = QLabel(self)
        make_plain(self.problem)
        self.problem.setWordWrap(True)
        self.assessments = context.assessments()
        self.existing = {a.name.casefold() for a in self.assessments}
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Framework:"), self.framework)
        form.addRow(self.beside_label, self.beside)
        form.addRow(self.tr("C&urrency of costs:"), self.currency)
        form.addRow(self.problem)
        self._select_start(compliance, watch, beside)
        self.name.textChanged.connect(self._check)
        self.currency.currentTextChanged.connect(self._check)
        self.framework.currentIndexChanged.connect(self._framework_chosen)
        self.beside.currentIndexChanged.connect(self._show_companion_currency)
        self.beside.currentIndexChanged.connect(self._check)
        self._framework_chosen()

    def _select_start(self, compliance: list[FrameworkInfo], watch: list[FrameworkInfo], beside: int | None) -> None:
        """The default framework; for a watch list beside `beside`, the first pack that watches its framework."""
        if beside is not None:
            target = next((a for a in self.assessments if a.id == beside), None)
            packs = self.context.read(lambda ws: ws.frameworks.watch_packs(target.framework_id)) if target else {}
            rows = [len(compliance) + n for n, info in enumerate(watch) if info.id in packs]
            if rows:
                self.framework.setCurrentIndex(rows[0])
                self._fill_beside(selected=beside)
                return
        preferred = [n for n, info in enumerate(compliance) if info.id == DEFAULT_FRAMEWORK]
        if preferred:
            self.framework.setCurrentIndex(preferred[-1])

    def is_watch(self) -> bool:
        return self.chosen_framework().kind is AssessmentKind.WATCH if self.framework.count() else False

    def _fill_beside(self, selected: int | None = None) -> None:
        """The active compliance assessments on the framework the chosen watch list watches."""
        watched = self.chosen_framework().companion_of if self.framework.count() else None
        self.beside.blockSignals(True)
        self.beside.clear()
        for assessment in self.assessments:
            if (
                assessment.kind is AssessmentKind.COMPLIANCE
                and assessment.status is AssessmentStatus.ACTIVE
                and assessment.framework_id == watched
            ):
                self.beside.addItem(assessment.name, assessment.id)
        if selected is not None and self.beside.findData(selected) >= 0:
            self.beside.setCurrentIndex(self.beside.findData(selected))
        self.beside.blockSignals(False)

    def _framework_chosen(self) -> None:
        watch = self.is_watch()
        self._fill_beside(selected=self.beside.currentData())
        self.beside.setVisible(watch)
        self.beside_label.setVisible(watch)
        self.currency.setEnabled(not watch)  # a watch list prices in its compliance assessment's currency
        self._show_companion_currency()
        self._check()

    def _show_companion_currency(self) -> None:
        """A watch list's currency box shows the currency it will have: its compliance assessment's."""
        if self.is_watch() and self.companion() is not None:
            self.currency.setCurrentText(self.currency_code())

    def _check(self) -> None:
        name = self.name.text().strip()
        if name.casefold() in self.existing:
            self.problem.setText(self.tr("An assessment with this name already exists."))
        elif not self._currency_ok():
            self.problem.setText(self.tr("The currency is a three-letter code, such as USD, CAD or MXN."))
        elif self.is_watch() and self.beside.count() == 0:
            self.problem.setText(
                self.tr(
                    "A watch list runs beside a compliance assessment on the framework it watches (%1). "
                    "Create that assessment first."
                ).replace("%1", self.chosen_framework().companion_of or "")
            )
        else:
            self.problem.setText("")
        self.completeChanged.emit()

    def _currency_ok(self) -> bool:
        code = self.currency.currentText().strip()
        return len(code) == 3 and code.isascii() and code.isalpha()

    def isComplete(self) -> bool:
        name = self.name.text().strip()
        return (
            bool(name)
            and name.casefold() not in self.existing
            and self.framework.count() > 0
            and self._currency_ok()
            and (not self.is_watch() or self.beside.count() > 0)
        )

    def chosen_framework(self) -> Framework:
        framework_id, version = self.framework.currentData()
        return self.context.framework_version(framework_id, version)

    def companion(self) -> int | None:
        """The compliance assessment a watch list runs beside (None for a compliance assessment)."""
        return self.beside.currentData() if self.is_watch() else None

    def currency_code(self) -> str:
        companion = self.companion()
        if companion is not None:
            return next(a.currency for a in self.assessments if a.id == companion)
        return self.currency.currentText().strip().upper()


class ProfilePage(QWizardPage):
    """Company name, roles, countries, sectors and trade volume; a watch list starts from its companion's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Company profile"))
        self.setSubTitle(
            self.tr("The profile decides which items apply. Leave a group empty to keep every item of that kind.")
        )
        self.fields = ProfileFields(self)
        self.company, self.volume = self.fields.company, self.fields.volume
        self.roles, self.countries, self.sectors = self.fields.roles, self.fields.countries, self.fields.sectors
        self.taken_from: int | None = None
        QVBoxLayout(self).addWidget(self.fields)

    def take_profile(self, assessment_id: int | None, profile: CompanyProfile | None) -> None:
        """Start from another assessment's profile, once per assessment chosen (later edits are kept)."""
        if profile is not None and assessment_id != self.taken_from:
            self.fields.set_profile(profile)
        self.taken_from = assessment_id

    def profile(self) -> CompanyProfile:
        return self.fields.profile()


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

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, beside: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New assessment") if beside is None else self.tr("New review watch list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 560)
        self.name_page = NamePage(context, self, beside=beside)
        self.profile_page = ProfilePage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.name_page, self.profile_page, self.summary_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_shown)

    def _page_shown(self, page_id: int) -> None:
        if self.page(page_id) is self.profile_page:
            companion = self.name_page.companion()
            known = next((a for a in self.name_page.assessments if a.id == companion), None)
            self.profile_page.take_profile(companion, known.profile if known else None)

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
            currency=self.name_page.currency_code(),
            companion_of=self.name_page.companion(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, *, beside: int | None = None) -> NewAssessment | None:
        """What was entered, or None; `beside` starts on a watch list beside that compliance assessment."""
        wizard = cls(context, parent, beside=beside)
        return wizard.entered() if wizard.exec() == QWizard.DialogCode.Accepted else None
