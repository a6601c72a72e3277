"""Long work off the GUI thread: the one helper that export, import and migration go through.

Guarantees:
- the work function runs on a worker thread of a private QThreadPool with
  one thread, so at most one job writes to the workspace at a time;
- it never touches a widget: it gets a `JobProgress` to report progress and
  to learn that the user cancelled, and, when asked, a `Workspace` connection
  of its own on the same file (SQLite serialises it with the GUI's writes);
- `progressed`, `finished`, `failed` and `cancelled` are delivered on the GUI
  thread (queued signals of an object living there), exactly one of the last
  three per job;
- an exception in the work becomes `failed` with the exception, never a crash.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from readiness.store.workspace import Workspace


class JobCancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class JobProgress:
    """What the work function may use: report progress and check for cancellation (thread-safe)."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        try:
            self._signals.progressed.emit(done, total, text)
        except RuntimeError:  # the GUI side is gone; stop the work
            raise JobCancelled from None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled


class JobSignals(QObject):
    """The signals of one job; created on the GUI thread so that slots run there."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """One piece of work; see the module docstring for what it promises."""

    def __init__(self, work: Callable[..., Any], *, workspace_path: Path | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.progress = JobProgress(self.signals)
        self._work = work
        self._workspace_path = workspace_path

    def run(self) -> None:
        try:
            if self._workspace_path is not None:
                with Workspace.open(self._workspace_path, create=False, install_builtins=False) as workspace:
                    result = self._work(self.progress, workspace)
            else:
                result = self._work(self.progress)
        except JobCancelled:
            self._emit(self.signals.cancelled)
        except Exception as error:  # every failure goes back to the GUI as a value
            self._emit(self.signals.failed, error)
        else:
            if self.progress.cancelled:
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the receiving side has gone: nobody is left to tell
            signal.emit(*args)


class JobRunner(QObject):
    """Starts jobs one after another on a single worker thread and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: set[Job] = set()

    def start(
        self,
        work: Callable[..., Any],
        *,
        workspace_path: Path | None = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Job:
        """Run `work(progress)` (or `work(progress, workspace)` with `workspace_path`) in the background."""
        job = Job(work, workspace_path=workspace_path)
        self._running.add(job)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_args, j=job: self._running.discard(j))
        if on_finished is not None:
            job.signals.finished.connect(on_finished)
        if on_failed is not None:
            job.signals.failed.connect(on_failed)
        self.pool.start(job)
        return job

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)


def show_progress(job: Job, parent: QWidget, *, label: str, cancellable: bool = True) -> QProgressDialog:
    """A window-modal progress dialog that follows the job and cancels it when asked."""
    dialog = QProgressDialog(label, parent.tr("Cancel") if cancellable else "", 0, 0, parent)
    text = QLabel(dialog)  # the label names files: plain text, never HTML
    text.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setLabel(text)
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(True)
    if not cancellable:
        dialog.setCancelButton(None)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    job.signals.progressed.connect(progressed)
    dialog.canceled.connect(job.progress.cancel)
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(dialog.reset)
    return dialog


def run_and_wait(
    runner: JobRunner, work: Callable[..., Any], *, workspace_path: Path, parent: QWidget, label: str
) -> Any:
    """Run `work(progress, workspace)` on the job thread and wait for it in a local event loop.

    The window keeps painting and shows progress (a window-modal dialog takes
    its input meanwhile), so an undo command can run a long operation off the
    window's thread and still return only when it is written. Returns the
    work's result; raises the work's exception.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    # connected before the job starts, so a job that ends at once is still heard
    job = runner.start(work, workspace_path=workspace_path, on_finished=finished, on_failed=failed)
    show_progress(job, parent, label=label, cancellable=False)
    if not outcome:  # it may have ended while the progress dialog was set up
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
