"""No output is ever written over the workspace, its journal, its backups, a folder or a device.

Before, `assessments export-json NAME --out <the live workspace>` exited 0
after writing JSON over it, and every assessment since the last backup was
gone. Each refusal is one line, changes nothing, and the workspace still
reads afterwards.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from readiness.cli import main
from readiness.errors import ReadinessError
from readiness.outputs import check_output

DATA = Path(__file__).parent.parent / "data"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def make_workspace(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    assert run(capsys, "--workspace", str(path), "frameworks", "add", str(DATA / "mini.toml"))[0] == 0
    assert run(capsys, "--workspace", str(path), "assessments", "new", "Acme", "--framework", "mini")[0] == 0


def still_intact(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, err = run(capsys, "--workspace", str(path), "check")
    assert code == 0 and out.startswith("ok:"), err
    assert "Acme" in run(capsys, "--workspace", str(path), "assessments", "list")[1]


def refused(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str) -> str:
    code, out, err = run(capsys, "--workspace", str(workspace), *args)
    assert code != 0 and out == "", err
    assert err.count("\n") == 1
    return err


@pytest.mark.parametrize("workspace_name", ["ws.json", "ws.xlsx"])
@pytest.mark.parametrize(
    "spelling",
    [
        "{ws}",
        "{ws}.backups/copy{suffix}",
        "{dir}/sub/../{ws}",
        "{dir}/link-to-workspace{suffix}",
        "{dir}/hard-link{suffix}",
        "{DIR}/{WS}",
    ],
)
def test_the_workspace_and_its_files_are_never_an_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workspace_name: str, spelling: str
) -> None:
    workspace = tmp_path / workspace_name
    make_workspace(capsys, workspace)
    suffix = workspace.suffix
    (tmp_path / "sub").mkdir()
    (tmp_path / f"link-to-workspace{suffix}").symlink_to(workspace)
    os.link(workspace, tmp_path / f"hard-link{suffix}")
    (tmp_path / f"{workspace_name}.backups").mkdir(exist_ok=True)
    target = spelling.format(ws=workspace_name, dir=tmp_path, suffix=suffix, DIR=tmp_path, WS=workspace_name)
    if not target.startswith("/"):
        target = str(tmp_path / target)
    command = ["assessments", "export-json", "Acme"] if suffix == ".json" else ["export", "Acme"]
    err = refused(capsys, workspace, *command, "--out", target)
    assert "workspace" in err
    still_intact(capsys, workspace)


def test_the_original_attack_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    workspace = tmp_path / "workspace.sqlite"
    make_workspace(capsys, workspace)
    refused(capsys, workspace, "assessments", "export-json", "Acme", "--out", str(workspace))
    refused(capsys, workspace, "export", "Acme", "--out", str(workspace))
    still_intact(capsys, workspace)


@pytest.mark.parametrize("command", [["assessments", "export-json", "Acme"], ["export", "Acme"]])
def test_a_folder_a_device_or_a_fifo_is_never_an_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    workspace = tmp_path / "workspace.sqlite"
    make_workspace(capsys, workspace)
    suffix = ".json" if command[0] == "assessments" else ".xlsx"
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    assert "folder" in refused(capsys, workspace, *command, "--out", str(folder))
    assert folder.is_dir()
    devices = tmp_path / "dev"
    devices.mkdir()
    null = devices / f"null{suffix}"
    null.symlink_to("/dev/null")  # as root, replacing it would replace /dev/null itself
    assert "device" in refused(capsys, workspace, *command, "--out", str(null))
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / f"pipe{suffix}"
        os.mkfifo(fifo)
        assert "pipe" in refused(capsys, workspace, *command, "--out", str(fifo))
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["assessments", "export-json", "Acme"], "out.xlsx"),
        (["export", "Acme"], "out.json"),
        (["export", "Acme"], "out"),
    ],
)
def test_an_output_takes_its_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str], name: str
) -> None:
    workspace = tmp_path / "workspace.sqlite"
    make_workspace(capsys, workspace)
    err = refused(capsys, workspace, *command, "--out", str(tmp_path / name))
    assert "name the output" in err
    assert not (tmp_path / name).exists()


def test_check_output_says_usage_and_returns_the_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = tmp_path / "workspace.sqlite"
    workspace.write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert check_output("plan.xlsx", suffix=".xlsx", workspace=workspace) == tmp_path / "plan.xlsx"
    with pytest.raises(ReadinessError) as caught:
        check_output("workspace.sqlite.backups/plan.xlsx", suffix=".xlsx", workspace=workspace)
    assert caught.value.code == "usage"
    for companion in ("-wal", "-shm", "-journal"):  # only reachable for a workspace named without a suffix
        with pytest.raises(ReadinessError, match="open workspace"):
            check_output(tmp_path / f"ws{companion}", suffix="", workspace=tmp_path / "ws")
    # a name that merely starts like the workspace's is fine
    assert check_output(tmp_path / "ws-notes.json", suffix=".json", workspace=tmp_path / "ws")
