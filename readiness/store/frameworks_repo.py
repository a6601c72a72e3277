"""Framework packs installed in a workspace.

Packs are stored whole as validated JSON, keyed by id and version, so an
assessment always reads the exact content it was made against. Built-in packs
are (re)installed when the app ships a version the workspace lacks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from readiness.errors import Conflict, NotFound
from readiness.model import Framework
from readiness.store.database import Database


@dataclass(frozen=True)
class FrameworkInfo:
    """A one-line description of an installed pack."""

    id: str
    version: str
    title: str
    builtin: bool
    areas: int
    items: int


class FrameworkRepository:
    """Install, list and read framework packs."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[tuple[str, str], Framework] = {}

    def install(self, framework: Framework, *, builtin: bool = False, replace: bool = False) -> bool:
        """Store a pack; returns False when this id and version are already there (and not replaced)."""
        key = (framework.id, framework.version)
        existing = self._db.query("SELECT builtin FROM frameworks WHERE id = ? AND version = ?", key)
        if existing and not replace:
            if not builtin and existing[0]["builtin"]:
                raise Conflict(f"{framework.id} {framework.version} is a built-in framework and cannot be replaced")
            return False
        content = framework.model_dump_json(exclude_none=True)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._db.transaction() as tx:
            tx.execute(
                "INSERT OR REPLACE INTO frameworks (id, version, title, builtin, content, installed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (*key, framework.title, int(builtin), content, now),
            )
        self._cache[key] = framework
        return True

    def installed_keys(self) -> set[tuple[str, str]]:
        """The (id, version) of every installed pack, without reading any content."""
        return {(r["id"], r["version"]) for r in self._db.query("SELECT id, version FROM frameworks")}

    def titles(self) -> dict[str, str]:
        """Title of each installed framework id, without reading any pack's content."""
        return {r["id"]: r["title"] for r in self._db.query("SELECT id, title FROM frameworks ORDER BY id, version")}

    def all(self) -> list[FrameworkInfo]:
        infos = []
        for row in self._db.query("SELECT id, version, title, builtin FROM frameworks ORDER BY id, version"):
            framework = self.get(row["id"], row["version"])
            infos.append(
                FrameworkInfo(
                    id=row["id"],
                    version=row["version"],
                    title=row["title"],
                    builtin=bool(row["builtin"]),
                    areas=len(framework.areas),
                    items=sum(len(a.items) for a in framework.areas),
                )
            )
        return infos

    def latest_version(self, framework_id: str) -> str:
        rows = self._db.query("SELECT version FROM frameworks WHERE id = ?", (framework_id,))
        if not rows:
            raise NotFound(f"no framework with id {framework_id!r}; see `readiness frameworks list`")
        return max((r["version"] for r in rows), key=_version_key)

    def get(self, framework_id: str, version: str | None = None) -> Framework:
        """The pack with this id (the newest version unless one is named)."""
        version = version or self.latest_version(framework_id)
        key = (framework_id, version)
        if key not in self._cache:
            rows = self._db.query("SELECT content FROM frameworks WHERE id = ? AND version = ?", key)
            if not rows:
                raise NotFound(f"no framework {framework_id!r} version {version!r} in this workspace")
            self._cache[key] = Framework.model_validate_json(rows[0]["content"])
        return self._cache[key]


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order versions like 2017.2 < 2017.10 by their numeric parts."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.replace("-", ".").split("."))
