"""Fixtures for the desktop app's tests (offscreen Qt, fresh workspace each).

- English plural forms are installed for the whole session, as the app does.
- `settings`: app settings in an INI file under the test's `tmp_path`, so no
  test reads or writes the real user's QSettings.
- `assessment`: an assessment on the `mini` pack, for an importer in the US
  and Mexico in the automotive sector (so `goods.export-cert` does not apply).
- `context`: an `AppContext` on the shared `workspace` fixture with that
  assessment loaded.
- `window`: the real main window on that context, shown offscreen.
- `reopen`: reads responses back through a brand-new `Workspace` connection,
  proving a change reached the file and not just the widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from readiness.model import Assessment, CompanyProfile, Response
from readiness.store.workspace import Workspace
from tests.support import create
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.plurals import EnglishPlurals
from ui.settings import Settings

PROFILE = CompanyProfile(company="Acme", roles=["importer"], countries=["US", "MX"], sectors=["automotive"])


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English plural forms the app installs at start-up ("1 item", "3 items")."""
    translator = EnglishPlurals()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def assessment(workspace: Workspace) -> Assessment:
    return create(workspace, "Test", "mini", PROFILE)


@pytest.fixture
def context(qtbot: object, workspace: Workspace, assessment: Assessment) -> AppContext:
    ctx = AppContext(workspace)
    ctx.load_assessment(assessment.id)
    return ctx


@pytest.fixture
def window(qtbot, context: AppContext, settings: Settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(context, settings)
    context.load_assessment(context.assessment_id)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.jobs.wait(5000)


@pytest.fixture
def reopen(workspace_path: Path, assessment: Assessment) -> Callable[[], dict[str, Response]]:
    def read() -> dict[str, Response]:
        with Workspace.open(workspace_path, install_builtins=False) as fresh:
            return fresh.assessments.responses(assessment.id)

    return read
