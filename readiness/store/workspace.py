"""The workspace: one SQLite file with frameworks, assessments, snapshots and the audit trail.

`Workspace.open(path)` is the one entry point. It checks and migrates the file
(see `database`), installs the built-in framework packs the file lacks (see
`builtin_packs`: nothing is parsed when none is missing), and
hands out the repositories that read and edit it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from readiness.content_model import Framework
from readiness.errors import ReadinessError, WorkspaceError
from readiness.model import Assessment, Response
from readiness.store import backups, builtin_packs, location
from readiness.store.assessments_repo import AssessmentRepository
from readiness.store.database import Database, open_database, translated_errors
from readiness.store.frameworks_repo import FrameworkRepository
from readiness.store.snapshots_repo import SnapshotRepository

if TYPE_CHECKING:
    from readiness.store.products_repo import ProductRepository, ScenarioRepository


@dataclass(frozen=True)
class CheckReport:
    """What `readiness check` found: SQLite's own checks, then every stored value read as the app reads it."""

    integrity: list[str]
    foreign_keys: int
    assessments: int
    responses: int
    problems: list[str] = field(default_factory=list)  # "where: what" for each value the app cannot read

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_keys == 0 and not self.problems


def unsafe_location(path: Path, risk: location.LocationRisk) -> WorkspaceError:
    """The warning for a workspace where SQLite's locking cannot protect it."""
    where = "a network share" if risk is location.LocationRisk.NETWORK_SHARE else "a folder a cloud client syncs"
    return WorkspaceError(
        f"this workspace is on {where}, where file locking is unreliable: two programs (or a sync client) can "
        "damage it or lose edits; keep it in a local folder and share exported files instead",
        where=str(path),
        code="unsafe-location",
        params={"risk": risk.value},
    )


class Workspace:
    """An open workspace and its repositories."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.frameworks = FrameworkRepository(db)
        self.assessments = AssessmentRepository(db)
        self.snapshots = SnapshotRepository(db)
        # Problems that did not stop the workspace from opening (a backup that could not be taken, a
        # read-only location, an unsafe location): the command line prints them, the app shows them.
        self.warnings: list[ReadinessError] = []

    @classmethod
    def open(cls, path: Path, *, create: bool = True, install_builtins: bool = True) -> Workspace:
        """Open (or create) a sound workspace; see `database.open_database` for what is refused.

        Also installs missing built-in packs and takes the daily automatic
        backup when one is due and there is work to protect.
        """
        workspace = cls(open_database(Path(path), create=create))
        try:
            if workspace.read_only:
                workspace.warnings.append(
                    WorkspaceError(
                        "opened read only: its folder or file cannot be written; you can read and export, not edit",
                        where=str(workspace.path),
                        code="opened-read-only",
                    )
                )
                return workspace
            risk = location.risk_of(workspace.path)
            if risk is not None:
                workspace.warnings.append(unsafe_location(workspace.path, risk))
            if install_builtins:
                builtin_packs.install_builtins(workspace)
            if workspace.assessments.count() and backups.backup_due(workspace.path):
                workspace._daily_backup()
        except BaseException:
            workspace.close()
            raise
        return workspace

    @functools.cached_property
    def products(self) -> ProductRepository:
        """The product register (loaded on first use: the exposure model stays out of start-up)."""
        from readiness.store.products_repo import ProductRepository

        return ProductRepository(self.db)

    @functools.cached_property
    def scenarios(self) -> ScenarioRepository:
        from readiness.store.products_repo import ScenarioRepository

        return ScenarioRepository(self.db)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def _daily_backup(self) -> None:
        """Take the daily backup; one that cannot be taken is a warning with the reason, never a refusal."""
        try:
            self.backup("daily")
        except WorkspaceError as error:
            self.warnings.append(
                WorkspaceError(
                    f"the daily backup could not be taken ({error.reason}); your work is safe, "
                    "but make room or fix the folder so backups can resume",
                    where=str(backups.backup_dir(self.path)),
                    code="backup-failed",
                )
            )

    @property
    def path(self) -> Path:
        return self.db.path

    def framework_of(self, assessment: Assessment) -> Framework:
        return self.frameworks.get(assessment.framework_id, assessment.framework_version)

    def load(self, assessment_id: int) -> tuple[Assessment, Framework, dict[str, Response]]:
        """An assessment with its framework and responses."""
        assessment = self.assessments.get_by_id(assessment_id)
        return assessment, self.framework_of(assessment), self.assessments.responses(assessment.id)

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the workspace in a new file (through SQLite's backup API), e.g. to a local
        folder when this one sits on a network share. An existing file is never overwritten."""
        target = Path(target)
        if target.exists():
            raise WorkspaceError("a file with this name already exists", where=str(target), code="exists")
        with translated_errors(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            backups.copy_database(self.db.connection, target)
        return target

    def backup(self, reason: str = "auto") -> Path:
        with translated_errors(self.path):
            return backups.take_backup(self.db.connection, self.path, reason=reason)

    def check(self) -> CheckReport:
        """A full check: SQLite's integrity and links, then everything the app reads (packs, assessments,
        profiles, responses, actions, evidence, snapshots, product registers, user scenarios), naming each
        part that cannot be read."""
        integrity = [r[0] for r in self.db.query("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return CheckReport(integrity, 0, 0, 0)
        broken = len(self.db.query("PRAGMA foreign_key_check"))
        problems: list[str] = []

        def attempt(read: Callable[..., object], *args: object) -> None:
            try:
                read(*args)
            except ReadinessError as error:
                problems.append(str(error))

        for framework_id, version in self.db.query("SELECT id, version FROM frameworks ORDER BY id, version"):
            attempt(self.frameworks.get, framework_id, version)
        for (assessment_id,) in self.db.query("SELECT id FROM assessments ORDER BY id"):
            attempt(self.assessments.get_by_id, assessment_id)
            attempt(self.assessments.responses, assessment_id)
            attempt(self.snapshots.all, assessment_id)
            attempt(self.products.register, assessment_id)
        problems.extend(self.scenarios.problems())
        for framework_id, version in self.db.query(
            "SELECT DISTINCT framework_id, framework_version FROM assessments"
            " WHERE NOT EXISTS (SELECT 1 FROM frameworks f WHERE f.id = framework_id AND f.version = framework_version)"
        ):
            problems.append(f"framework {framework_id} {version}: an assessment uses it but it is not installed")
        assessments = self.db.query("SELECT count(*) FROM assessments")[0][0]
        responses = self.db.query("SELECT count(*) FROM responses")[0][0]
        return CheckReport(integrity, broken, assessments, responses, problems)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
