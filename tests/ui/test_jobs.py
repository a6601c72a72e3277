"""The background job helper: results on the GUI thread, failures as values, cancel, own connection."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from readiness import operations
from readiness.codes import Level
from readiness.store.workspace import Workspace
from ui.context import AppContext
from ui.jobs import JobRunner, show_progress


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    runner = JobRunner()
    received = []

    def finished(result: object) -> None:
        received.append((result, QThread.currentThread() is QApplication.instance().thread()))

    job = runner.start(lambda progress: threading.get_ident(), on_finished=finished)
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    worker_thread, on_gui_thread = received[0]
    assert worker_thread != threading.get_ident()
    assert on_gui_thread
    assert not runner.busy
    assert job.progress.cancelled is False


def test_an_exception_becomes_failed(qtbot) -> None:
    runner = JobRunner()
    failures: list[BaseException] = []
    runner.start(lambda progress: 1 / 0, on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_cancel_stops_the_work_and_the_progress_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = JobRunner()
    steps: list[int] = []

    def work(progress):  # type: ignore[no-untyped-def]
        for step in range(1000):
            progress.report(step, 1000, f"step {step}")
            steps.append(step)
            time.sleep(0.005)
        return "done"

    job = runner.start(work)
    dialog = show_progress(job, parent, label="Working")
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert len(steps) < 1000
    runner.wait(5000)


def test_jobs_run_one_at_a_time_on_their_own_connection(qtbot, context: AppContext, workspace: Workspace) -> None:
    runner = JobRunner()
    aid = context.assessment_id
    overlap = []
    running = threading.Event()
    changes = []

    def write(progress, job_workspace):  # type: ignore[no-untyped-def]
        overlap.append(running.is_set())
        running.set()
        assert job_workspace is not workspace
        level = job_workspace.assessments.response(aid, "goods.auto").level
        change = operations.edit_responses(
            job_workspace, aid, {"goods.auto": {"level": Level.READY}}, expected={"goods.auto": {"level": level}}
        )
        time.sleep(0.05)
        running.clear()
        return change

    for _ in range(3):
        runner.start(write, workspace_path=context.workspace_path, on_finished=changes.append)
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: len(changes) == 3, timeout=5000)
    assert overlap == [False, False, False]
    for change in changes:
        context.publish(change)
    assert context.responses["goods.auto"].level == Level.READY
