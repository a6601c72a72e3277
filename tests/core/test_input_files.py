"""Every reader of an input file (packs, documents, profiles, returned plans) takes regular files within a size limit.

`/dev/zero` would be read until memory runs out, a FIFO would block forever,
a folder gives a raw OSError: each is refused before a byte is read, with
one line on stderr and exit 3. The CLI runs in a subprocess with a memory
cap and a timeout, so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readiness.cli import main
from readiness.errors import DocumentError, FrameworkError
from readiness.untrusted import read_untrusted_bytes

DATA = Path(__file__).parent.parent / "data"
MEMORY_CAP = 1 << 30


def cli(*args: str, timeout: float = 15) -> tuple[int, str, str, float]:
    """Run `readiness ARGS` in a child capped at 1 GB of address space; a hang fails after `timeout`."""

    def cap() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "readiness.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=cap if sys.platform != "win32" else None,
    )
    return result.returncode, result.stdout, result.stderr, time.perf_counter() - started


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@pytest.fixture
def with_assessment(capsys: pytest.CaptureFixture[str]) -> None:
    """The `mini` pack and an assessment 'Acme' in the test's default workspace (READINESS_HOME)."""
    assert main(["frameworks", "add", str(DATA / "mini.toml")]) == 0
    assert main(["assessments", "new", "Acme", "--framework", "mini"]) == 0
    capsys.readouterr()


READERS = {
    "frameworks validate": ["frameworks", "validate", "{}"],
    "frameworks add": ["frameworks", "add", "{}"],
    "assessments import": ["assessments", "import", "{}"],
    "assessments new --profile": ["assessments", "new", "Other", "--framework", "mini", "--profile", "{}"],
    "import-plan": ["import-plan", "Acme", "{}"],
}


def _refused(args: list[str], path: Path) -> tuple[str, float]:
    code, out, err, seconds = cli(*[a.replace("{}", str(path)) for a in args])
    assert code == 3, err
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err, seconds


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("reader", READERS)
def test_dev_zero_is_refused_without_reading_it(reader: str, with_assessment: None) -> None:
    err, seconds = _refused(READERS[reader], Path("/dev/zero"))
    assert "a device, not a file" in err
    assert seconds < 10


@pytest.mark.parametrize("reader", READERS)
def test_a_fifo_is_refused_without_waiting_for_a_writer(reader: str, fifo: Path, with_assessment: None) -> None:
    err, _ = _refused(READERS[reader], fifo)
    assert "a pipe (FIFO), not a file" in err


@pytest.mark.parametrize("reader", READERS)
def test_a_folder_is_refused(reader: str, tmp_path: Path, with_assessment: None) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    err, _ = _refused(READERS[reader], folder)
    assert "a folder, not a file" in err


@pytest.mark.parametrize("reader", READERS)
def test_a_huge_file_is_refused_by_its_size_alone(reader: str, tmp_path: Path, with_assessment: None) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 << 30)
    err, _ = _refused(READERS[reader], huge)
    assert "the limit is" in err


def test_the_helper_reads_at_most_its_limit_and_names_the_error_class(tmp_path: Path) -> None:
    path = tmp_path / "pack.toml"
    path.write_bytes(b"x" * 100)
    assert read_untrusted_bytes(path, limit=100, error=FrameworkError) == b"x" * 100
    with pytest.raises(FrameworkError) as caught:
        read_untrusted_bytes(path, limit=99, error=FrameworkError)
    assert caught.value.code == "too-large"
    with pytest.raises(DocumentError) as missing:
        read_untrusted_bytes(tmp_path / "nope.json", limit=99, error=DocumentError)
    assert missing.value.code == "file-missing" and missing.value.exit_code == 3
