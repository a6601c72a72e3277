"""Two processes on one workspace, one killed at a random moment: nothing reported saved is lost, and the file
stays sound.

One process plays the app: a long-lived connection that edits through the
operations layer and, every few rounds, runs a background job on a second
connection of its own (a check, a JSON export, a snapshot), as the window
does for exports and imports. The other plays the command line: a fresh
`readiness snapshot` after another. Either is killed with SIGKILL after a
random number of rounds; the survivor finishes its rounds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from tests.support import create

ROOT = Path(__file__).resolve().parents[2]
NAME = "Shared"
APP_ROUNDS, CLI_ROUNDS = 120, 25

APP = """
import sys
from pathlib import Path
from readiness import operations
from readiness.document import export_document
from readiness.store.workspace import Workspace
path, rounds = Path(sys.argv[1]), int(sys.argv[2])
ws = Workspace.open(path)
assessment = ws.assessments.get("Shared")
items = list(ws.assessments.responses(assessment.id))
for n in range(rounds):
    item = items[n % len(items)]
    seen = ws.assessments.response(assessment.id, item).notes
    operations.edit_responses(
        ws, assessment.id, {item: {"notes": f"round {n}"}}, expected={item: {"notes": seen}}
    )
    print(f"saved {item} {n}", flush=True)
    if n % 4 == 3:
        with Workspace.open(path, create=False, install_builtins=False) as job:
            job.check()
            export_document(job, assessment.id)
            operations.take_snapshot(job, assessment.id, label=f"job {n}")
        print(f"took job {n}", flush=True)
ws.close()
print("finished", flush=True)
"""

CLI = """
import sys
from readiness.cli import main
path, rounds = sys.argv[1], int(sys.argv[2])
for n in range(rounds):
    if main(["--workspace", path, "snapshot", "Shared", "--label", f"cli {n}"]) == 0:
        print(f"took cli {n}", flush=True)
print("finished", flush=True)
"""


def _start(script: str, path: Path, rounds: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(rounds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize(("victim", "seed"), [("app", 1), ("app", 2), ("cli", 3), ("cli", 4)])
def test_a_killed_process_loses_nothing_reported_saved(tmp_path: Path, victim: str, seed: int) -> None:
    path = tmp_path / "shared.sqlite"
    with Workspace.open(path) as ws:
        create(ws, NAME, "usmca-2020", CompanyProfile())
    app, cli = _start(APP, path, APP_ROUNDS), _start(CLI, path, CLI_ROUNDS)
    doomed = app if victim == "app" else cli
    kill_after = random.Random(seed).randrange(3, 20)
    lines: dict[str, list[str]] = {"app": [], "cli": []}
    assert doomed.stdout is not None
    for _ in range(kill_after):
        line = doomed.stdout.readline().strip()
        if not line or line == "finished":
            break
        lines[victim].append(line)
    doomed.send_signal(signal.SIGKILL)
    for name, process in (("app", app), ("cli", cli)):
        out, err = process.communicate(timeout=120)
        lines[name] += [line for line in out.splitlines() if line and line != "finished"]
        if process is not doomed:
            assert process.returncode == 0, err

    check = subprocess.run(
        [sys.executable, "-m", "readiness.cli", "--workspace", str(path), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert check.returncode == 0, check.stderr
    with Workspace.open(path) as ws:
        assessment = ws.assessments.get(NAME)
        stored = ws.assessments.responses(assessment.id)
        labels = {s.label for s in ws.snapshots.all(assessment.id)}
    last_saved: dict[str, int] = {}
    for line in lines["app"]:
        if line.startswith("saved "):
            _, item, number = line.split()
            last_saved[item] = int(number)
    assert last_saved, "the app reported edits before the kill"
    for item, number in last_saved.items():
        kept = int(stored[item].notes.removeprefix("round "))
        assert kept >= number, f"{item}: reported saved as round {number}, found round {kept}"
        if victim == "cli":
            assert kept == number
    reported = {line.removeprefix("took ") for line in lines["app"] + lines["cli"] if line.startswith("took ")}
    assert reported <= labels, f"snapshots reported taken but missing: {sorted(reported - labels)}"
