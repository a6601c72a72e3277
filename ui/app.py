"""Start the desktop app: parse arguments, open the workspace (or explain why not), show the main window.

`trade-readiness [--workspace FILE] [--smoke]`. With `--smoke` the main
window opens on the workspace, the event loop runs until it is idle, and the
process exits 0 (CI and the start-up benchmark use it). A workspace that
cannot be opened gets `WorkspaceErrorDialog`, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

import resources
from readiness import __version__
from readiness.errors import FrameworkError, NotFound, WorkspaceError
from readiness.paths import AppPaths
from readiness.store.backups import restore_backup
from readiness.store.workspace import Workspace
from ui.context import AppContext
from ui.dialogs.simple import message_box
from ui.main_window import MainWindow
from ui.plurals import EnglishPlurals
from ui.settings import APPLICATION, ORGANIZATION, Settings
from ui.theme import apply_theme

EXIT_OK, EXIT_NO_WORKSPACE = 0, 4


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="trade-readiness", description="Trade Readiness desktop app")
    parser.add_argument("--workspace", metavar="FILE", help="workspace file to open (default: the user data folder)")
    parser.add_argument("--smoke", action="store_true", help="open the main window, let it settle, exit 0")
    parser.add_argument("--version", action="version", version=f"trade-readiness {__version__}")
    parser.add_argument("--settings", help=argparse.SUPPRESS)  # an INI file instead of the user's settings
    parser.add_argument("--assessment", help=argparse.SUPPRESS)  # open this assessment by name
    parser.add_argument(
        "--view", help=argparse.SUPPRESS
    )  # dashboard, editor, next, products, wizard, ... (screenshots)
    return parser.parse_args(argv)


def open_workspace(path: Path) -> Workspace | None:
    """Open the workspace, asking the user what to do for as long as it cannot be opened."""
    from ui.dialogs.workspace_error import WorkspaceErrorDialog  # only needed when something is wrong

    while True:
        try:
            return Workspace.open(path)
        except (WorkspaceError, FrameworkError) as error:
            if not isinstance(error, WorkspaceError):
                error = WorkspaceError(str(error), where=str(path), code="damaged")
            choice = WorkspaceErrorDialog.ask(None, error=error, workspace=path)
        if choice.kind == "open" and choice.path is not None:
            path = choice.path
        elif choice.kind == "restore" and choice.path is not None:
            try:
                restore_backup(choice.path, path)
            except OSError as exc:
                message_box(None, title="Trade Readiness", text=str(exc)).exec()
        else:
            return None


def offer_local_copy(workspace: Workspace) -> Workspace:
    """On a network share or in a synced folder, say why that is unsafe and offer to work on a local copy."""
    from ui.dialogs.simple import ErrorMessage, UnsafeLocationDialog

    warning = next((w for w in workspace.warnings if w.code == "unsafe-location"), None)
    if warning is None:
        return workspace
    local = AppPaths.resolve(None, env={}).workspace
    if local.exists():
        local = local.with_name(f"{local.stem} (copy of {workspace.path.stem}){local.suffix}")
    if not UnsafeLocationDialog.ask(None, workspace=workspace.path, risk=warning.params.get("risk", ""), local=local):
        return workspace
    try:
        workspace.copy_to(local)
    except WorkspaceError as error:
        ErrorMessage.ask(None, title=QCoreApplication.translate("app", "No local copy was made"), text=str(error))
        return workspace
    workspace.close()
    return Workspace.open(local)


def initial_assessment(context: AppContext, settings: Settings, *, wanted: str | None) -> int | None:
    """The assessment to show first: the one asked for, the last one used, the first one, or None."""
    assessments = context.assessments()
    for name in (wanted, settings.last_assessment):
        if name:
            try:
                return context.assessment_named(name).id
            except NotFound:
                pass
    return assessments[0].id if assessments else None


def missing_assessment_text(context: AppContext, wanted: str | None) -> str | None:
    """What to tell the user when the assessment asked for by name does not exist (None when it does): the window
    must not open another one silently, or its edits would land in the wrong assessment."""
    if not wanted:
        return None
    try:
        context.assessment_named(wanted)
        return None
    except NotFound:
        pass
    shown = context.assessment
    if shown is None:
        return QCoreApplication.translate(
            "app", "There is no assessment named \u201c%1\u201d in this workspace."
        ).replace("%1", wanted)
    return (
        QCoreApplication.translate(
            "app", "There is no assessment named \u201c%1\u201d in this workspace. Showing \u201c%2\u201d instead."
        )
        .replace("%1", wanted)
        .replace("%2", shown.name)
    )


def offer_first_assessment(window: MainWindow) -> None:
    """On a workspace with no assessment yet, offer (over the main window) to create one."""
    from ui.dialogs.simple import CreateAssessmentPrompt

    if CreateAssessmentPrompt.ask(window):
        window.new_assessment()


def _install_translator(app: QApplication) -> None:
    """English plural forms first, then `resources/translations/trade_readiness_<locale>.qm` when one exists for
    the user's locale (installed later, so it is asked first)."""
    app.installTranslator(EnglishPlurals(app))
    folder = Path(resources.__file__).parent / "translations"
    translator = QTranslator(app)
    if translator.load(QLocale(), "trade_readiness", "_", str(folder)):
        app.installTranslator(translator)


def _install_excepthook() -> None:
    """An unexpected error shows a message and is printed to stderr; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, error, tb)
        if QApplication.instance() is not None:
            message_box(
                None, title="Trade Readiness", text=f"Something went wrong: {error}", icon=QMessageBox.Icon.Critical
            ).exec()

    sys.excepthook = hook


def _open_view(window: MainWindow, view: str | None) -> None:
    if view == "dashboard":
        window.show_dashboard()
    elif view in ("products", "scenarios"):  # the exposure tabs (ui/exposure_views.py)
        QTimer.singleShot(0, window.exposure.show_products if view == "products" else window.exposure.show_scenarios)
    elif view == "editor":

        def editor() -> None:
            with_actions = [i for i, r in window.context.responses.items() if r.actions]
            if with_actions:
                window.navigator.go_to_item(with_actions[0])
            window.editor.form.level.setFocus()

        QTimer.singleShot(0, editor)
    elif view == "next":
        QTimer.singleShot(0, window.navigator.next_unanswered)
    elif view == "snapshots":
        QTimer.singleShot(0, window.show_snapshots)
    elif view and view.startswith("wizard"):
        from ui.dialogs.new_assessment import NewAssessmentWizard

        def run() -> None:
            wizard = NewAssessmentWizard(window.context, window)
            wizard.name_page.name.setText("Demo assessment")
            wizard.profile_page.company.setText("Acme Auto Parts")
            for box in (wizard.profile_page.roles["importer"], wizard.profile_page.countries["US"]):
                box.setChecked(True)
            wizard.profile_page.sectors["electronics"].setChecked(True)
            wizard.show()
            for _ in range(view.count("+")):
                wizard.next()

        QTimer.singleShot(0, run)
    elif view:
        from ui.demo_views import show_view  # history, guide, profile, update, watch, migrate, needs-review

        show_view(window, view)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    _install_excepthook()
    _install_translator(app)
    store = (
        QSettings(args.settings, QSettings.Format.IniFormat) if args.settings else QSettings(ORGANIZATION, APPLICATION)
    )
    settings = Settings(store)
    apply_theme(app, settings.theme)
    workspace = open_workspace(AppPaths.resolve(args.workspace).workspace)
    if workspace is None:
        return EXIT_NO_WORKSPACE
    if not args.smoke:
        workspace = offer_local_copy(workspace)
    context = AppContext(workspace)
    window = MainWindow(context, settings)
    window.restore_state()
    chosen = initial_assessment(context, settings, wanted=args.assessment)
    context.load_assessment(chosen)
    window.show()
    missing = missing_assessment_text(context, args.assessment)
    if missing:
        print(f"trade-readiness: {missing}", file=sys.stderr)
        if not args.smoke:
            QTimer.singleShot(
                0,
                lambda: message_box(
                    window, title=QCoreApplication.translate("app", "Assessment not found"), text=missing
                ).exec(),
            )
    if not args.smoke:
        QTimer.singleShot(0, window.show_workspace_warnings)
    if chosen is None and not args.smoke:
        QTimer.singleShot(0, lambda: offer_first_assessment(window))
    _open_view(window, args.view)
    if args.smoke:
        # Close and quit in one step, without the extra quit Qt posts when the last window closes: a quit
        # left pending after exec() returns would end the next event loop of this process at once.
        app.setQuitOnLastWindowClosed(False)
        QTimer.singleShot(0, lambda: (window.close(), app.quit()))
    code = app.exec()
    app.setQuitOnLastWindowClosed(True)
    workspace.close()
    return code if not args.smoke else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
