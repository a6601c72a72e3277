"""Read the framework packs installed in a workspace.

Packs are stored whole as validated JSON, keyed by id and version, so an
assessment always reads the exact content it was made against. Installing
and removing are operations (`readiness.operations.frameworks`); built-in
packs are installed when the app ships a version the workspace lacks.
"""

from __future__ import annotations

from dataclasses import dataclass

from readiness.content_model import Framework
from readiness.errors import NotFound
from readiness.store.codec import decoded
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
    kind: str = "compliance"
    current_to: str | None = None


class FrameworkRepository:
    """Install, list and read framework packs."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[tuple[str, str], Framework] = {}

    def forget(self, framework_id: str) -> None:
        """Drop cached content of a framework that was removed."""
        for key in [k for k in self._cache if k[0] == framework_id]:
            del self._cache[key]

    def installed_keys(self) -> set[tuple[str, str]]:
        """The (id, version) of every installed pack, without reading any content."""
        return {(r["id"], r["version"]) for r in self._db.query("SELECT id, version FROM frameworks")}

    def watch_packs(self, companion_of: str) -> dict[str, str]:
        """Title of each installed watch pack that runs beside framework `companion_of`, by id (reads no content)."""
        found = self._db.query(
            "SELECT id, title FROM frameworks WHERE kind = 'watch' AND companion_of = ? ORDER BY id, version",
            (companion_of,),
        )
        return {r["id"]: r["title"] for r in found}

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
                    kind=framework.kind.value,
                    current_to=framework.current_to.isoformat() if framework.current_to else None,
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
            with decoded(f"framework {framework_id} {version}"):
                self._cache[key] = Framework.model_validate_json(rows[0]["content"])
        return self._cache[key]


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order versions like 2017.2 < 2017.10 by their numeric parts."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.replace("-", ".").split("."))
