"""The workspace: one SQLite file with frameworks, assessments, snapshots and the audit trail.

`Workspace.open(path)` is the one entry point. It checks and migrates the file
(see `database`), installs the built-in framework packs the file lacks (see
`builtin_packs`: nothing is parsed when none is missing), and
hands out the repositories that read and edit it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from readiness.model import Assessment, Framework, Response
from readiness.store import backups, builtin_packs
from readiness.store.assessments_repo import AssessmentRepository
from readiness.store.database import Database, open_database, translated_errors
from readiness.store.frameworks_repo import FrameworkRepository
from readiness.store.snapshots_repo import SnapshotRepository


@dataclass(frozen=True)
class CheckReport:
    """What `readiness check` found."""

    integrity: list[str]
    foreign_keys: int
    assessments: int
    responses: int

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_keys == 0


class Workspace:
    """An open workspace and its repositories."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.frameworks = FrameworkRepository(db)
        self.assessments = AssessmentRepository(db)
        self.snapshots = SnapshotRepository(db)

    @classmethod
    def open(cls, path: Path, *, create: bool = True, install_builtins: bool = True) -> Workspace:
        """Open (or create) a sound workspace; see `database.open_database` for what is refused.

        Also installs missing built-in packs and takes the daily automatic
        backup when one is due and there is work to protect.
        """
        workspace = cls(open_database(Path(path), create=create))
        try:
            if install_builtins:
                builtin_packs.install_builtins(workspace.frameworks)
            if workspace.assessments.count() and backups.backup_due(workspace.path):
                workspace.backup("daily")
        except BaseException:
            workspace.close()
            raise
        return workspace

    @property
    def path(self) -> Path:
        return self.db.path

    def framework_of(self, assessment: Assessment) -> Framework:
        return self.frameworks.get(assessment.framework_id, assessment.framework_version)

    def load(self, name: str) -> tuple[Assessment, Framework, dict[str, Response]]:
        """An assessment by name with its framework and responses."""
        assessment = self.assessments.get(name)
        return assessment, self.framework_of(assessment), self.assessments.responses(assessment.id)

    def backup(self, reason: str = "auto") -> Path:
        with translated_errors(self.path):
            return backups.take_backup(self.db.connection, self.path, reason=reason)

    def check(self) -> CheckReport:
        """A full integrity check of the file and its links."""
        integrity = [r[0] for r in self.db.query("PRAGMA integrity_check")]
        broken = len(self.db.query("PRAGMA foreign_key_check"))
        assessments = self.db.query("SELECT count(*) FROM assessments")[0][0]
        responses = self.db.query("SELECT count(*) FROM responses")[0][0]
        return CheckReport(integrity, broken, assessments, responses)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
