"""Exposure in the main window: the Products and Scenarios tabs, their menu, and the steps between a menu and
the core (import, export and template of the register; a scenario file of the user's own).

`ExposureViews(window)` is the one thing the main window creates: it owns
the `ExposureState`, puts the two views beside Checklist and Dashboard,
takes a product's linked item to the checklist and a scenario's product to
the Products view. `add_menu` builds the Products menu (called from
`ui.menus`). Reading a register file runs on the job runner (a large
register takes a second or two to validate); what it would change is shown
before anything is written, and the import is one undo step. A file with
problems is refused whole and every problem is listed in words.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QVBoxLayout, QWidget

from readiness.errors import ReadinessError
from readiness.outputs import check_output
from ui.dialogs.simple import ErrorMessage
from ui.jobs import Job, JobProgress, show_progress
from ui.messages import describe_error_long

if TYPE_CHECKING:
    from readiness.exposure.products import Product
    from readiness.store.workspace import Workspace
    from ui.exposure_state import ExposureState
    from ui.main_window import MainWindow
    from ui.views.products_view import ProductsView
    from ui.views.scenarios_view import ScenariosView


class ExposureViews(QObject):
    """The two exposure tabs of a main window, and the file steps behind the Products menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self._state: ExposureState | None = None
        self._products: ProductsView | None = None
        self._scenarios: ScenariosView | None = None
        # The tabs start as empty pages and get their view when first shown: the exposure model (pydantic
        # classes, scenario files) stays out of start-up time for a user who never opens them.
        self.products_page, self.scenarios_page = QWidget(window), QWidget(window)
        self._layouts = {page: QVBoxLayout(page) for page in (self.products_page, self.scenarios_page)}
        for layout in self._layouts.values():
            layout.setContentsMargins(0, 0, 0, 0)
        window.tabs.addTab(self.products_page, self.tr("Products"))
        window.tabs.addTab(self.scenarios_page, self.tr("Scenarios"))
        window.tabs.currentChanged.connect(self._tab_shown)
        self.actions: dict[str, QAction] = {}
        self.job: Job | None = None
        self.context.assessment_changed.connect(self._enable)

    @property
    def state(self) -> ExposureState:
        if self._state is None:
            from ui.exposure_state import ExposureState

            self._state = ExposureState(self.context, self)
        return self._state

    @property
    def products(self) -> ProductsView:
        if self._products is None:
            from ui.views.products_view import ProductsView

            self._products = ProductsView(self.state, self.products_page)
            self._layouts[self.products_page].addWidget(self._products)
            self._products.item_requested.connect(self._open_item)
            self._products.import_requested.connect(self.import_register)
            self._products.template_requested.connect(self.save_template)
        return self._products

    @property
    def scenarios(self) -> ScenariosView:
        if self._scenarios is None:
            from ui.views.scenarios_view import ScenariosView

            self._scenarios = ScenariosView(self.state, self.scenarios_page)
            self._layouts[self.scenarios_page].addWidget(self._scenarios)
            self._scenarios.product_requested.connect(self.open_product)
        return self._scenarios

    def _tab_shown(self, index: int) -> None:
        page = self.window.tabs.widget(index)
        if page is self.products_page:
            self.products.show()
        elif page is self.scenarios_page:
            self.scenarios.show()

    # --- views --------------------------------------------------------------------

    def show_products(self) -> None:
        self.window.tabs.setCurrentWidget(self.products_page)
        self.products.table.setFocus()

    def show_scenarios(self) -> None:
        self.window.tabs.setCurrentWidget(self.scenarios_page)
        self.scenarios.bars.setFocus()

    def open_product(self, part: str) -> None:
        self.show_products()
        self.products.show_product(part)

    def _open_item(self, item_id: str) -> None:
        self.window.show_checklist()
        self.window.navigator.go_to_item(item_id)

    # --- the menu ------------------------------------------------------------------

    def add_menu(self, bar: QMenuBar, actions: dict[str, QAction]) -> None:
        """The Products menu: the two views, the register in and out, a scenario of the user's own."""
        menu = bar.addMenu(self.tr("&Products"))
        entries: list[tuple[str, str, Any, str | None, str]] = [
            ("products", self.tr("&Products and their origin"), self.show_products, "Ctrl+3",
             self.tr("Which products qualify today and under each scenario; edit values in place")),
            ("scenarios", self.tr("&Scenarios and duty at stake"), self.show_scenarios, "Ctrl+4",
             self.tr("What each scenario of the review would cost, and which products it changes")),
            ("", "", None, None, ""),
            ("import_register", self.tr("&Import product register\u2026"), self.import_register, None,
             self.tr("Read products from the Excel template or CSV files; see what changes before it is written")),
            ("export_register", self.tr("&Export product register\u2026"), self.export_register, None,
             self.tr("Write the register to the Excel template, to edit it and import it again")),
            ("register_template", self.tr("Save register &template\u2026"), self.save_template, None,
             self.tr("An empty register workbook with instructions and two example products")),
            ("", "", None, None, ""),
            ("add_scenario", self.tr("&Add scenario file\u2026"), self.add_scenario, None,
             self.tr("A what-if of your own (TOML), checked like a framework pack")),
        ]  # fmt: skip
        for name, text, slot, shortcut, tip in entries:
            if not name:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(tip)
            action.setStatusTip(tip)
            actions[name] = self.actions[name] = action
        self._enable()

    def _enable(self) -> None:
        has = self.context.assessment is not None
        editable = has and not self.context.read_only
        for name, on in (("products", has), ("scenarios", has), ("export_register", has),
                         ("import_register", editable), ("add_scenario", has), ("register_template", True)):  # fmt: skip
            if name in self.actions:
                self.actions[name].setEnabled(on)

    # --- import -------------------------------------------------------------------

    def _folder(self) -> str:
        return self.window.settings.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())  # fmt: skip

    def import_register(self) -> Job | None:
        """Pick the register file(s) and read them in the background; the preview follows."""
        from ui.dialogs.register_dialogs import RegisterFiles  # the register's dialogs load on first use

        if self.context.assessment is None or self.context.read_only:
            return None
        paths = RegisterFiles.ask(self.window, folder=self._folder())
        if not paths:
            return None
        self.window.settings.last_folder = str(paths[0].parent)

        def work(progress: JobProgress) -> list[Product]:  # the file is read (and validated) off the window
            from readiness.exposure.register_files import read_register_files

            return read_register_files(paths)

        def read(products: list[Product]) -> None:
            self.register_read(products, file_name=paths[0].name)

        self.job = self.window.jobs.start(
            work,
            on_finished=read,
            on_failed=lambda error: self._read_failed(error, file_name=paths[0].name),
        )
        label = self.tr("Reading %1\u2026").replace("%1", paths[0].name)
        show_progress(self.job, self.window, label=label, cancellable=False)
        return self.job

    def register_read(self, products: list[Product], *, file_name: str) -> bool:
        """Show what the file would change and, on Import, write it as one undo step."""
        from ui.dialogs.register_dialogs import RegisterPreview, RegisterPreviewDialog

        assessment = self.context.assessment
        if assessment is None or self.context.read_only:
            return False
        parts = [p.part_number for p in products]
        stored: dict[str, Product] = self.context.read(lambda ws: ws.products.products(assessment.id, parts))
        every = self.context.read(lambda ws: ws.products.part_numbers(assessment.id))
        named = set(parts)
        preview = RegisterPreview(
            file_name=file_name,
            added=tuple(p.part_number for p in products if p.part_number not in stored),
            changed=tuple(p.part_number for p in products if p.part_number in stored and stored[p.part_number] != p),
            unchanged=tuple(p.part_number for p in products if stored.get(p.part_number) == p),
            not_listed=tuple(part for part in every if part not in named),
        )
        replace = RegisterPreviewDialog.ask(self.window, preview=preview)
        if replace is None:
            return False
        seen: dict[str, Product | None] = {part: stored.get(part) for part in parts}
        if replace:
            seen.update(self.context.read(lambda ws: ws.products.products(assessment.id, list(preview.not_listed))))
        from ui import exposure_commands

        written = exposure_commands.import_register(self.context, self.state, products, replace=replace, seen=seen)
        if written is None:
            return False
        self._message(
            self.tr("Imported %1: %2 new, %3 changed, %4 removed. Edit > Undo takes it back.")
            .replace("%1", file_name)
            .replace("%2", str(len(written.added)))
            .replace("%3", str(len(written.replaced)))
            .replace("%4", str(len(written.removed)))
        )
        self.show_products()
        return True

    def _read_failed(self, error: BaseException, *, file_name: str) -> None:
        from readiness.exposure.errors import RegisterError
        from ui.dialogs.register_dialogs import RegisterProblemsDialog

        if isinstance(error, RegisterError):
            RegisterProblemsDialog.ask(self.window, error=error, file_name=file_name)
        else:
            ErrorMessage.ask(
                self.window, title=self.tr("The register was not imported"), text=describe_error_long(error)
            )

    # --- export and template ----------------------------------------------------------

    def export_register(self) -> Job | None:
        assessment = self.context.assessment
        if assessment is None:
            return None
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", assessment.name).strip(" .") or "assessment"
        title = self.tr("%1 product register %2").replace("%1", name).replace("%2", dt.date.today().isoformat())
        assessment_id = assessment.id

        def write(target: Path, workspace: Workspace) -> None:
            from readiness.exposure.register_template import write_register_workbook

            write_register_workbook(target, workspace.products.register(assessment_id))

        return self._write(self.tr("Export product register"), f"{title}.xlsx", write)

    def save_template(self) -> Job | None:
        def write(target: Path, _workspace: Workspace) -> None:
            from readiness.exposure.register_template import write_register_template

            write_register_template(target)

        return self._write(self.tr("Save register template"), self.tr("Product register template.xlsx"), write)

    def _write(self, title: str, suggested: str, write: Any) -> Job | None:
        from ui.dialogs.register_dialogs import SaveRegisterAs

        chosen = SaveRegisterAs.ask(self.window, suggested=Path(self._folder()) / suggested, title=title)
        if chosen is None:
            return None
        try:
            target = check_output(chosen, suffix=".xlsx", workspace=self.context.workspace_path)
        except ReadinessError as error:
            ErrorMessage.ask(self.window, title=title, text=describe_error_long(error))
            return None
        self.window.settings.last_folder = str(target.parent)
        self.job = self.window.jobs.start(
            lambda _progress, workspace: write(target, workspace),
            workspace_path=self.context.workspace_path,
            on_finished=lambda _result: self._message(self.tr("Saved %1").replace("%1", str(target))),
            on_failed=lambda error: ErrorMessage.ask(self.window, title=title, text=describe_error_long(error)),
        )
        show_progress(
            self.job, self.window, label=self.tr("Writing %1\u2026").replace("%1", target.name), cancellable=False
        )
        return self.job

    # --- scenarios ---------------------------------------------------------------------

    def add_scenario(self) -> bool:
        """Read a scenario file of the user's own and add it (one undo step); a broken file is explained."""
        from readiness.exposure.scenario_files import read_scenario_text, scenario_from_text
        from ui.dialogs.register_dialogs import ScenarioFile

        path = ScenarioFile.ask(self.window, folder=self._folder())
        if path is None:
            return False
        try:
            source = read_scenario_text(path)
            scenario = scenario_from_text(source, name=str(path))
        except ReadinessError as error:
            ErrorMessage.ask(self.window, title=self.tr("The scenario was not added"), text=describe_error_long(error))
            return False
        from ui import exposure_commands

        if not exposure_commands.add_scenario(self.context, source, name=str(path), scenario_id=scenario.id):
            return False
        self._message(self.tr("Scenario \u201c%1\u201d added").replace("%1", scenario.title))
        self.show_scenarios()
        self.scenarios.choose(scenario.id)
        return True

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
