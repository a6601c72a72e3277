"""Start-up to a usable main window, against a bare PySide6 window, in the same run.

Each run is a fresh subprocess (offscreen Qt): ours is `python -m ui.app
--smoke --workspace W` on a workspace holding a partly answered assessment;
the baseline imports PySide6, shows an empty QMainWindow of the same size,
lets the event loop run once and exits. Runs alternate so both see the same
machine load; bytecode is written and used, as after an install. Prints each
median and the ratio (target: 1.5 or less).

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from demo_workspace import build  # noqa: E402

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, window.close)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder) / "workspace.sqlite"
        build(workspace)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(folder) / "config"))
        # As on a user's machine, where the installer compiled the code once: a machine set never to write
        # bytecode (PYTHONDONTWRITEBYTECODE) would compile every module of ours on every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours_cmd = [sys.executable, "-m", "ui.app", "--smoke", "--workspace", str(workspace)]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(ours_cmd, env)  # warm the file cache and write the settings once
        timed(bare_cmd, env)
        ours, bare = [], []
        for _ in range(runs):
            ours.append(timed(ours_cmd, env))
            bare.append(timed(bare_cmd, env))
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    print(
        f"bare PySide6 window : median {bare_median * 1000:7.1f} ms  (runs: {', '.join(f'{t * 1000:.0f}' for t in bare)})"
    )
    print(
        f"trade-readiness     : median {ours_median * 1000:7.1f} ms  (runs: {', '.join(f'{t * 1000:.0f}' for t in ours)})"
    )
    ratio = ours_median / bare_median
    print(f"ratio               : {ratio:.2f}  (target <= 1.5: {'met' if ratio <= 1.5 else 'NOT met'})")


if __name__ == "__main__":
    main()
