"""File > Import framework, Export assessment as JSON, Import assessment from JSON: files in and out.

A framework pack and a JSON document are untrusted files: the core reads
them bounded and strict (`readiness.frameworks.load_framework`,
`readiness.document.parse_document`) and names the first problem with its
line or JSON path, which the app shows as it is; nothing of a refused file
is installed or imported. An export's target passes
`readiness.outputs.check_output` (never the workspace or its backups) and
is written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths

from readiness import operations
from readiness.errors import DocumentError, NotFound, ReadinessError
from ui.assessment_flow import apply_or_explain
from ui.dialogs.simple import ErrorMessage
from ui.messages import describe_error_long
from ui.plan_exchange import _file_name as file_name  # one rule for names made safe for files

if TYPE_CHECKING:
    from readiness.content_model import Framework
    from ui.main_window import MainWindow


class DocumentFlow(QObject):
    """Runs the file commands of the File menu for the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context

    def _folder(self) -> str:
        return self.window.settings.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )

    def _failed(self, title: str, error: BaseException) -> None:
        ErrorMessage.ask(self.window, title=title, text=describe_error_long(error))

    # --- framework packs --------------------------------------------------------------

    def import_framework(self) -> Framework | None:
        """Read a user's pack, show why it cannot be used if so, else install it next to the built-in ones."""
        from readiness.frameworks import load_framework
        from readiness.store.builtin_packs import builtin_ids
        from ui.dialogs.assessment_dialogs import FrameworkFile

        path = FrameworkFile.ask(self.window, folder=self._folder())
        if path is None:
            return None
        self.window.settings.last_folder = str(path.parent)
        title = self.tr("The framework was not imported")
        try:
            framework = load_framework(path)
        except ReadinessError as error:
            self._failed(title, error)
            return None
        installed = apply_or_explain(
            self.window, title, operations.install_framework, framework, reserved=builtin_ids()
        )
        if installed is None:
            return None
        self.window.statusBar().showMessage(
            self.tr("Installed \u201c%1\u201d version %2 (%n item(s)): choose it in File > New assessment.", "",
                    len(framework.items()))
            .replace("%1", framework.title)
            .replace("%2", framework.version),
            15_000,
        )  # fmt: skip
        return framework

    # --- the JSON assessment document ------------------------------------------------

    def export_json(self) -> Path | None:
        from readiness.atomic import write_text_atomically
        from readiness.document import export_document
        from readiness.outputs import check_output
        from ui.dialogs.assessment_dialogs import DocumentFile

        assessment = self.context.assessment
        if assessment is None:
            return None
        self.window.editor.flush()
        suggested = Path(self._folder() or Path.home()) / f"{file_name(assessment.name)}.json"
        chosen = DocumentFile.ask_save(self.window, suggested=suggested)
        if chosen is None:
            return None
        title = self.tr("The assessment was not exported")
        try:
            target = check_output(chosen, suffix=".json", workspace=self.context.workspace_path)
            text = self.context.read(lambda ws: export_document(ws, assessment.id))
            write_text_atomically(target, text)
        except ReadinessError as error:
            self._failed(title, error)
            return None
        self.window.settings.last_folder = str(target.parent)
        self.window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(target)), 10_000)
        return target

    def import_json(self) -> int | None:
        """Read a document, refuse it whole with the first problem named, or create the assessment and open it."""
        from readiness.document import check_against_framework, parse_document, read_document
        from ui.dialogs.assessment_dialogs import AssessmentNameDialog, DocumentFile

        path = DocumentFile.ask_open(self.window, folder=self._folder())
        if path is None:
            return None
        self.window.settings.last_folder = str(path.parent)
        self.window.editor.flush()
        title = self.tr("The assessment was not imported")
        try:
            document = parse_document(read_document(path))
            try:
                framework = self.context.framework_version(document.framework.id, document.framework.version)
            except NotFound as missing:
                raise DocumentError(missing.reason, where="$.framework") from None
            check_against_framework(document, framework)
        except ReadinessError as error:
            self._failed(title, error)
            return None
        name = document.name
        taken = {a.name for a in self.context.assessments()}
        if name.casefold() in {t.casefold() for t in taken}:
            chosen = AssessmentNameDialog.ask(
                self.window,
                title=self.tr("Import assessment"),
                prompt=self.tr("An assessment named \u201c%1\u201d exists; name this one:").replace("%1", name),
                default=self.tr("%1 (imported)").replace("%1", name),
                taken=taken,
            )
            if chosen is None:
                return None
            name = chosen
        created = apply_or_explain(
            self.window,
            title,
            operations.create_assessment,
            name=name,
            framework=framework,
            profile=document.profile,
            currency=document.currency,
            responses=[r.as_response() for r in document.responses],
            uid=document.uid,
        )
        if created is None:
            return None
        self.context.load_assessment(created.record.id)
        self.window.statusBar().showMessage(
            self.tr("Imported \u201c%1\u201d from %2").replace("%1", name).replace("%2", path.name), 10_000
        )
        return created.record.id
