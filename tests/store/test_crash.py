"""A process killed (SIGKILL) in the middle of a large import leaves all of it or none of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readiness.content_model import Framework
from readiness.document import build_document, document_json
from readiness.model import Assessment, CompanyProfile
from readiness.store.workspace import Workspace
from tests.factories import answered_responses, generated_framework
from tests.support import create, install

ROOT = Path(__file__).resolve().parents[2]
ITEMS, ACTIONS = 4000, 8000

CHILD = """
import sys
from pathlib import Path
from readiness.document import import_document
from readiness.store.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]), install_builtins=False)
text = Path(sys.argv[2]).read_text(encoding="utf-8")
print("importing", flush=True)
import_document(ws, text)
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def big_document(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    framework = generated_framework(areas=40, items_per_area=ITEMS // 40)
    responses = {r.item_id: r for r in answered_responses(framework, actions_total=ACTIONS)}
    now = "2026-11-27T00:00:00"
    assessment = Assessment(
        id=0, uid="0" * 32, name="Large import", framework_id=framework.id, framework_version=framework.version,
        profile=CompanyProfile(), created_at=now, updated_at=now,
    )  # fmt: skip
    path = tmp_path_factory.mktemp("doc") / "large.json"
    path.write_text(document_json(build_document(assessment, responses)), encoding="utf-8")
    return path, framework.model_dump_json()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.4])
def test_killed_import_leaves_all_or_nothing(tmp_path: Path, big_document: tuple[Path, str], delay: float) -> None:
    document, framework_json = big_document
    workspace_path = tmp_path / "crash.sqlite"
    with Workspace.open(workspace_path, install_builtins=False) as ws:
        install(ws, Framework.model_validate_json(framework_json))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workspace_path), str(document)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "importing"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Workspace.open(workspace_path, install_builtins=False) as ws:
        assert ws.check().ok
        names = [a.name for a in ws.assessments.all()]
        if names:
            assert names == ["Large import"]
            responses = ws.assessments.responses(ws.assessments.get("Large import").id)
            assert len(responses) == ITEMS
            assert sum(len(r.actions) for r in responses.values()) == ACTIONS
        counts = ws.db.query("SELECT (SELECT count(*) FROM responses), (SELECT count(*) FROM actions)")[0]
        assert tuple(counts) in {(0, 0), (ITEMS, ACTIONS)}
    result = subprocess.run(
        [sys.executable, "-m", "readiness.cli", "--workspace", str(workspace_path), "check"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    print(f"delay {delay}: kept {len(names)} assessment(s)")


EDITOR = """
import sys
from pathlib import Path
from readiness.operations import edit_responses
from readiness.store.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]), install_builtins=False)
aid = ws.assessments.get("Edited").id
n, seen = 0, ""
while True:
    n += 1
    edit_responses(ws, aid, {"goods.baseline": {"notes": f"edit {n}"}}, expected={"goods.baseline": {"notes": seen}})
    seen = f"edit {n}"
    print(n, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_an_editing_process_loses_at_most_the_edit_in_flight(
    workspace: Workspace, workspace_path: Path
) -> None:
    create(workspace, "Edited", "mini", CompanyProfile())
    workspace.close()
    child = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(workspace_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert child.stdout is not None
    confirmed = 0
    while confirmed < 300:
        confirmed = int(child.stdout.readline())
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Workspace.open(workspace_path, install_builtins=False) as ws:
        assert ws.check().ok
        notes = ws.assessments.response(ws.assessments.get("Edited").id, "goods.baseline").notes
    kept = int(notes.removeprefix("edit "))
    assert kept >= confirmed  # every edit reported as saved is on disk; at most the one in flight is not
