"""Where the workspace and its backups live, resolved once and passed around as a value.

Order of precedence: an explicit `--workspace FILE`, then the directory in
the `READINESS_HOME` environment variable, then the platform's user data
directory (platformdirs).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from readiness.errors import UsageError

APP_NAME = "TradeReadiness"
WORKSPACE_FILE = "workspace.sqlite"


@dataclass(frozen=True)
class AppPaths:
    """The workspace file and the folder of its automatic backups."""

    workspace: Path

    @property
    def backups(self) -> Path:
        return self.workspace.with_name(self.workspace.name + ".backups")

    @classmethod
    def resolve(
        cls, workspace: str | os.PathLike[str] | None = None, *, env: Mapping[str, str] | None = None
    ) -> AppPaths:
        env = os.environ if env is None else env
        if workspace is not None:
            if not str(workspace).strip():
                # An empty value must never fall back to the user's real workspace.
                raise UsageError("--workspace needs a file name (it was empty)", code="workspace-empty")
            return cls(Path(workspace).expanduser().absolute())
        home = env.get("READINESS_HOME")
        if home:
            return cls(Path(home).expanduser().absolute() / WORKSPACE_FILE)
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / WORKSPACE_FILE)
