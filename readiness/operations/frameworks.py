"""Install and remove framework packs. Ids of the packs shipped with the app are reserved for them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from readiness.content_model import Framework
from readiness.errors import Conflict, NotFound
from readiness.operations.records import FrameworkWritten
from readiness.store import audit

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


def install_framework(
    ws: Workspace, framework: Framework, *, builtin: bool = False, reserved: frozenset[str] = frozenset()
) -> FrameworkWritten:
    """Store a pack whole. A user's pack may not take a reserved (built-in) id, nor replace a stored version."""
    key = (framework.id, framework.version)
    if not builtin and framework.id in reserved:
        raise Conflict(
            f"{framework.id!r} is the id of a framework shipped with the app; give your pack an id of its own "
            f"(for example {framework.id}-yourcompany)",
            code="framework-id-reserved",
            params={"id": framework.id},
        )
    with ws.db.transaction() as tx:
        if tx.execute("SELECT 1 FROM frameworks WHERE id = ? AND version = ?", key).fetchone():
            raise Conflict(
                f"{framework.id} {framework.version} is already installed; give your pack a new version",
                code="framework-installed",
                params={"id": framework.id, "version": framework.version},
            )
        tx.execute(
            "INSERT INTO frameworks (id, version, title, builtin, content, installed_at, kind, companion_of)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *key,
                framework.title,
                int(builtin),
                framework.model_dump_json(exclude_none=True),
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                framework.kind.value,
                framework.companion_of,
            ),
        )
        audit.record(tx, assessment_id=None, item_id=None, field="framework added", old=None, new=" ".join(key))
    return FrameworkWritten(
        operation="install-framework",
        frameworks=True,
        framework_id=framework.id,
        version=framework.version,
        installed=True,
    )


def remove_framework(ws: Workspace, framework_id: str, version: str | None = None) -> FrameworkWritten:
    """Remove a user's pack (one version, or every version) that no assessment uses."""
    with ws.db.transaction() as tx:
        wanted = tx.execute(
            "SELECT version, builtin FROM frameworks WHERE id = ?" + (" AND version = ?" if version else ""),
            (framework_id, version) if version else (framework_id,),
        ).fetchall()
        if not wanted:
            shown = f"{framework_id} {version}" if version else framework_id
            raise NotFound(f"no framework {shown} is installed", code="framework-unknown")
        if any(row["builtin"] for row in wanted):
            raise Conflict(f"{framework_id} is shipped with the app and cannot be removed", code="framework-builtin")
        versions = [row["version"] for row in wanted]
        marks = ", ".join("?" for _ in versions)
        users = tx.execute(
            f"SELECT name FROM assessments WHERE framework_id = ? AND framework_version IN ({marks}) ORDER BY name",
            (framework_id, *versions),
        ).fetchall()
        if users:
            names = ", ".join(repr(r["name"]) for r in users)
            raise Conflict(
                f"{framework_id} is used by {names}; delete or move those assessments first",
                code="framework-in-use",
                params={"id": framework_id, "names": names},
            )
        tx.execute(f"DELETE FROM frameworks WHERE id = ? AND version IN ({marks})", (framework_id, *versions))
        audit.record(
            tx,
            assessment_id=None,
            item_id=None,
            field="framework removed",
            old=f"{framework_id} {', '.join(versions)}",
            new=None,
        )
    ws.frameworks.forget(framework_id)
    return FrameworkWritten(
        operation="remove-framework",
        frameworks=True,
        framework_id=framework_id,
        version=version or ", ".join(versions),
        installed=False,
    )
