"""The main window: a thin shell that places the views, the menus and the status bar.

Rules live elsewhere: the context (edits, undo), the navigator (scope,
search, next unanswered, bulk edit), the dialogs (questions), the job
runner (background work), the plan exchange (Excel export and import), the
migration flow (moves and content updates), the assessment flow (rename,
profile, delete, watch lists) and the document flow (JSON and framework
files). A banner above the views says what the user should know about the
open assessment (archived and read only, newer content installed, the
assessment that runs beside it), with a link that acts on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from readiness import operations
from ui.assessment_flow import AssessmentFlow
from ui.assessment_notice import banner_text, style_banner
from ui.context import AppContext
from ui.document_flow import DocumentFlow
from ui.exposure_views import ExposureViews
from ui.jobs import JobRunner, show_progress
from ui.menus import build_menus
from ui.messages import describe_error, describe_error_long
from ui.migration_flow import MigrationFlow
from ui.models.areas import ALL_AREAS, AreaTableModel
from ui.models.items import ItemTableModel
from ui.navigator import Navigator
from ui.plain_text import make_plain, plain_tooltip
from ui.plan_exchange import PlanExchange
from ui.settings import Settings
from ui.theme import apply_theme, status_color
from ui.views.area_list import AreaList
from ui.views.dashboard import Dashboard
from ui.views.empty_state import attach_empty_state
from ui.views.item_editor import ItemEditor
from ui.views.item_table import ItemTable
from ui.widgets.screen_fit import fit_to_screen


class MainWindow(QMainWindow):
    """Areas | items | editor on the checklist tab, the dashboard on the other.

    Dialogs are imported where they are opened, which keeps them out of start-up time.
    """

    def __init__(self, context: AppContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.settings = context, settings
        self.jobs = JobRunner(self)
        self.area_model = AreaTableModel(self)
        self.item_model = ItemTableModel(self)
        self.area_list = AreaList(self.area_model, self)
        self.item_table = ItemTable(self.item_model, self)
        self.editor = ItemEditor(context, self, settings=settings)
        self.dashboard = Dashboard(context, self)
        self.navigator = Navigator(
            context,
            area_model=self.area_model,
            item_model=self.item_model,
            areas=self.area_list,
            table=self.item_table,
            editor=self.editor,
            parent=self,
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.area_list, self.item_table, self.editor):
            self.splitter.addWidget(widget)
            self.splitter.setCollapsible(self.splitter.count() - 1, False)
        self.splitter.setSizes([260, 480, 540])
        self.splitter.setStretchFactor(1, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.splitter, self.tr("Checklist"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.exposure = ExposureViews(self)  # the Products and Scenarios tabs, and the Products menu's steps
        self.tabs.setDocumentMode(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("archivedBanner")
        self.banner.setWordWrap(True)
        style_banner(self.banner)
        self.banner.setAccessibleName(self.tr("Assessment status"))
        self.banner.linkActivated.connect(self._banner_link)
        self.banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel(self.tr("All changes saved"), self)
        make_plain(self.saved_label)  # "Not saved: <reason>" can quote what was typed
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.content_label = QLabel(self)
        make_plain(self.content_label)
        self.content_label.setAccessibleName(self.tr("Framework content"))
        self.plans = PlanExchange(self)
        self.migration = MigrationFlow(self)
        self.assessment_flow = AssessmentFlow(self)
        self.documents = DocumentFlow(self)
        self.statusBar().addWidget(self.content_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.actions_by_name = build_menus(self)
        self.setMinimumSize(760, 520)  # fits a small or zoomed screen; the panes scroll
        self._fitted = False
        self.resize(1280, 800)
        context.saved.connect(self._saved)
        context.save_failed.connect(self._save_failed)
        context.assessment_changed.connect(self._assessment_changed)
        context.assessment_updated.connect(self._assessment_changed)  # renamed, re-profiled, made active again
        context.frameworks_changed.connect(self._assessment_changed)  # a newer version may now be installed
        self.navigator.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.dashboard.area_requested.connect(self._dashboard_area)
        self.dashboard.item_requested.connect(self._dashboard_item)
        self.dashboard.priority_requested.connect(self.show_priority)
        self.dashboard.products_requested.connect(self.exposure.show_products)
        self.editor.extras.companion_requested.connect(self.assessment_flow.open_companion_item)
        self.empty_checklist = attach_empty_state(self.item_table.view, self._empty_checklist_text)
        self.setTabOrder(self.area_list, self.item_table.filters.search)
        self._assessment_changed()

    # --- status -------------------------------------------------------------------

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("All changes saved"))
        self.saved_label.setStyleSheet("")
        if self.context.last_saved:
            self.saved_label.setToolTip(
                self.tr("Last saved at %1").replace("%1", f"{self.context.last_saved:%H:%M:%S}")
            )

    def _save_failed(self, reason: str) -> None:
        self.saved_label.setText(self.tr("Not saved: %1").replace("%1", reason))
        self.saved_label.setStyleSheet(f"color: {status_color('bad').name()}; font-weight: bold")

    def _assessment_changed(self) -> None:
        assessment = self.context.assessment
        has = assessment is not None
        editable = has and not self.context.read_only
        for name in ("snapshots", "next", "next_review", "find", "export", "export_json", "duplicate", "history"):
            self.actions_by_name[name].setEnabled(has)
        for name in ("snapshot", "bulk", "import", "rename", "profile", "currency"):
            self.actions_by_name[name].setEnabled(editable)
        self.actions_by_name["delete"].setEnabled(has and self.assessment_flow.workspace_writable())
        self.actions_by_name["migrate"].setEnabled(editable and bool(self.migration.targets()))
        self.actions_by_name["update"].setEnabled(self.migration.newer_content() is not None)
        self.actions_by_name["watch"].setEnabled(bool(self.assessment_flow.watch_packs()))
        self.actions_by_name["switch"].setEnabled(self.assessment_flow.companion() is not None)
        self._show_banner()
        self._show_content_date()
        self.empty_checklist.update()
        if not has:
            self.saved_label.setText("")  # nothing open: nothing to save
        else:
            self.saved_label.setText(self.tr("Read only") if not editable else self.tr("All changes saved"))
        title = self.tr("Trade Readiness")
        self.setWindowTitle(f"{assessment.name} \u2014 {title}" if assessment else title)
        if assessment is not None:
            self.settings.last_assessment = assessment.name

    def _show_banner(self) -> None:
        """What to know about the open assessment, with a link that acts on it (see `ui.assessment_notice`)."""
        text = banner_text(self)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _banner_link(self, link: str) -> None:
        if link.isdigit():
            self.context.load_assessment(int(link))
        elif link == "update":
            self.migration.start_update()
        elif link == "switch":
            self.assessment_flow.switch_to_companion()
        elif link == "reactivate":
            self.assessment_flow.reactivate()

    def _empty_checklist_text(self) -> str:
        if self.context.assessment is not None:
            return self.tr("No items match. Clear the search, or the filters (Ctrl+Shift+L).")
        if self.context.assessments():
            return self.tr("No assessment is open. Open one (Ctrl+O), or create a new one (Ctrl+N).")
        return self.tr("Create your first assessment (Ctrl+N).")

    def _show_content_date(self) -> None:
        framework = self.context.framework
        if framework is None:
            self.content_label.clear()
            return
        text = self.tr("%1 version %2").replace("%1", framework.id).replace("%2", framework.version)
        if framework.current_to is not None:
            text += "  \u00b7  " + self.tr("content as of %1").replace("%1", framework.current_to.isoformat())
        self.content_label.setText(text)
        self.content_label.setToolTip(plain_tooltip(framework.title))

    def show_workspace_warnings(self) -> None:
        """What did not stop the workspace from opening but the user must know (a failed backup, read only)."""
        from ui.dialogs.simple import ErrorMessage

        for warning in self.context.workspace_warnings:
            if warning.code == "backup-failed":
                ErrorMessage.ask(
                    self, title=self.tr("The daily backup was not taken"), text=describe_error_long(warning)
                )
            elif warning.code == "opened-read-only":
                self.statusBar().showMessage(describe_error(warning), 15_000)

    # --- views --------------------------------------------------------------------

    def show_checklist(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.dashboard.area_bars.setFocus()

    def focus_search(self) -> None:
        self.show_checklist()
        self.item_table.filters.search.setFocus()
        self.item_table.filters.search.selectAll()

    def _dashboard_area(self, area_id: str) -> None:
        self.show_checklist()
        self.navigator.go_to_area(area_id)
        self.item_table.view.setFocus()

    def _dashboard_item(self, item_id: str) -> None:
        self.show_checklist()
        self.navigator.go_to_item(item_id)

    def show_priority(self, priority: str) -> int:
        """The checklist, every area, filtered to one priority ("unset" for none); returns how many items show."""
        self.show_checklist()
        self.area_list.select_area(ALL_AREAS)
        self.navigator.show_area(ALL_AREAS)
        self.item_table.clear_filters()
        combo = self.item_table.filters.priority
        combo.setCurrentIndex(max(combo.findData(priority), 0))
        self.navigator.select_first_row()
        self.item_table.view.setFocus()
        return self.item_table.proxy.rowCount()

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        style_banner(self.banner)

    # --- commands -----------------------------------------------------------------

    def new_assessment(self) -> None:
        self.create_from_wizard()

    def create_from_wizard(self, *, beside: int | None = None) -> bool:
        """The new-assessment wizard (on a watch list beside `beside` when given); opens what it creates."""
        from ui.dialogs.new_assessment import NewAssessmentWizard

        self.editor.flush()
        entered = (
            NewAssessmentWizard.ask(self, self.context)
            if beside is None
            else NewAssessmentWizard.ask(self, self.context, beside=beside)
        )
        if entered is None:
            return False
        created = self.context.apply(
            operations.create_assessment,
            name=entered.name,
            framework=entered.framework,
            profile=entered.profile,
            currency=entered.currency,
            companion_of=entered.companion_of,
        )
        if created is not None:
            self.context.load_assessment(created.record.id)
        return created is not None

    def open_assessment(self) -> None:
        from ui.dialogs.open_assessment import OpenAssessmentDialog

        assessments = self.context.assessments()
        if not assessments:
            self.new_assessment()
            return
        successors = {}
        for assessment in assessments:
            successor = self.context.successor_of(assessment.id)
            if successor is not None:
                successors[assessment.id] = successor.name
        current = self.context.assessment.id if self.context.assessment else None
        chosen = OpenAssessmentDialog.ask(self, assessments=assessments, successors=successors, current=current)
        if chosen is not None:
            self.editor.flush()
            self.context.load_assessment(chosen)

    def take_snapshot(self, parent: QWidget | None = None) -> bool:
        """Ask for a label and freeze today's answers under it."""
        from ui.dialogs.simple import SnapshotLabelDialog

        self.editor.flush()
        label = SnapshotLabelDialog.ask(parent or self)
        if not label or self.context.read_only:
            return False
        taken = self.context.apply(operations.take_snapshot, self.context.assessment_id, label=label)
        if taken is not None:
            self.statusBar().showMessage(self.tr("Snapshot \u201c%1\u201d taken").replace("%1", taken.label), 5000)
        return taken is not None

    def show_snapshots(self) -> None:
        from ui.dialogs.snapshots import SnapshotsDialog

        item_id = SnapshotsDialog.ask(self, context=self.context, take=self.take_snapshot)
        if item_id:
            self.show_checklist()
            self.navigator.go_to_item(item_id)

    def back_up(self) -> None:
        """Back up on the worker thread through the job helper, with its own connection."""
        job = self.jobs.start(
            lambda progress, workspace: workspace.backup("manual"),
            workspace_path=self.context.workspace_path,
            on_finished=lambda path: self.statusBar().showMessage(
                self.tr("Backup saved: %1").replace("%1", str(path)), 8000
            ),
            on_failed=self.context.report_failure,
        )
        show_progress(job, self, label=self.tr("Backing up the workspace\u2026"), cancellable=False)

    def show_guide(self) -> None:
        from ui.dialogs.guide import GuideWindow

        GuideWindow.show_guide(self)

    def show_history(self) -> None:
        """The history of the item in the editor (Edit > Item history)."""
        if self.editor.item_id is None:
            self.statusBar().showMessage(self.tr("Choose an item first."), 5000)
            return
        self.editor.flush()
        self.editor.extras.show_history()

    def show_about(self) -> None:
        from ui.dialogs.about import AboutBox

        AboutBox.ask(self, self.context)

    def about_qt(self) -> None:
        QMessageBox.aboutQt(self)

    # --- window state ---------------------------------------------------------------

    def restore_state(self) -> None:
        """The saved size and place, fitted to this screen (it may have been saved on a larger one)."""
        geometry = self.settings.byte_array("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
            fit_to_screen(self, margin=0)
        elif self.screen() is not None:
            available = self.screen().availableGeometry()
            self.resize(min(1440, available.width()), min(900, available.height()))
        splitter = self.settings.byte_array("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once shown, the frame is known: keep all of it on the screen
            self._fitted = True
            QTimer.singleShot(0, lambda: fit_to_screen(self, margin=0))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        self.jobs.wait(10_000)
        self.settings.set_byte_array("window/geometry", self.saveGeometry())
        self.settings.set_byte_array("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
