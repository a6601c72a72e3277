"""Which assessment a returned plan belongs to, and how its item ids map onto the one it is imported into.

A plan names its assessment by uid (stable across workspaces: a JSON
document carries it). It applies to that assessment, or, when that one has
since moved to a new framework version (a move to another framework, or a
content update of the same one), to the assessment that replaced it: the
chain of `migrated_from` links leads there, and the shipped mappings of each
step (`readiness.migration.find_mapping`) carry each old item id to its new
ones. Action ids survive a move, so rows of existing actions still match;
new rows land on the first new item of their old one (as a move places an
old item's actions), and on no item when it was removed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cached_property

from readiness.codes import AssessmentStatus
from readiness.content_model import Framework
from readiness.errors import Conflict, NotFound
from readiness.excel.metadata import Metadata
from readiness.excel.plan_cells import refuse
from readiness.migration import find_mapping
from readiness.model import Assessment
from readiness.store.workspace import Workspace


@dataclass(frozen=True)
class Target:
    """The assessment a plan is imported into, and the way there from the one it was exported from."""

    assessment: Assessment
    framework: Framework
    source_framework: Framework
    source_name: str = ""  # set when the plan was exported from an assessment that has moved on since
    item_map: dict[str, list[str]] | None = None  # old item id -> new item ids; None: the same items

    @property
    def moved(self) -> bool:
        return self.item_map is not None

    @property
    def route(self) -> str:
        if not self.moved:
            return ""
        old, new = self.source_framework, self.framework
        return f"{old.id} {old.version} -> {new.id} {new.version}"

    @cached_property
    def item_ids(self) -> frozenset[str]:
        return frozenset(item.id for _, item in self.framework.items())

    def items_for(self, item_id: str) -> list[str] | None:
        """The items of the target an item id of the file stands for ([] when removed, None when unknown)."""
        if self.item_map is None:
            return [item_id] if item_id in self.item_ids else None
        return self.item_map.get(item_id)


def find_target(workspace: Workspace, assessment: Assessment, meta: Metadata) -> Target:
    """The target for a plan imported into `assessment`; refuses a plan of another assessment."""
    framework = workspace.framework_of(assessment)
    if assessment.status is AssessmentStatus.ARCHIVED:
        successor = _latest(workspace, assessment)
        hint = f"; import the plan into {successor.name!r}, which replaced it" if successor else ""
        raise Conflict(
            f"{assessment.name!r} is archived and read only{hint}",
            code="archived",
            params={"name": assessment.name, "successor": successor.name if successor else ""},
        )
    file_fw = (meta.get("framework_id"), meta.get("framework_version"))
    name = meta.get("assessment_name")
    if not meta.has_exported_values:  # format 1: the row id and the name, within one workspace
        if meta.get("assessment_id") != str(assessment.id) or name != assessment.name:
            raise _other(name, assessment, meta)
        _same_framework(file_fw, framework, meta)
        return Target(assessment, framework, framework)
    uid = meta.get("assessment_uid")
    if uid == assessment.uid and file_fw == (framework.id, framework.version):
        return Target(assessment, framework, framework)
    source = workspace.assessments.get_by_uid(uid) if uid else None
    chain = _chain(workspace, source) if source is not None else []
    if source is None or assessment.id not in [a.id for a in chain]:
        raise _other(name, assessment, meta)
    # The frameworks the plan's items went through: the version the file names (the source may have been
    # updated in place since), then each assessment that replaced it, as it is now.
    exported = _exported_framework(workspace, file_fw, meta)
    route = [exported] + [workspace.framework_of(a) for a in chain[: [a.id for a in chain].index(assessment.id) + 1]]
    item_map: dict[str, list[str]] = {item_id: [item_id] for item_id in exported.item_index()}
    for old_framework, new_framework in itertools.pairwise(route):
        if (old_framework.id, old_framework.version) == (new_framework.id, new_framework.version):
            continue
        by_old = find_mapping(old_framework, new_framework).by_old()
        item_map = {
            old: list(dict.fromkeys(new for mid in mids for new in (by_old[mid].new if mid in by_old else [])))
            for old, mids in item_map.items()
        }
    name = source.name if source.id != assessment.id else ""
    return Target(assessment, framework, exported, name, item_map)


def _exported_framework(workspace: Workspace, found: tuple[str, str], meta: Metadata) -> Framework:
    """The framework version the plan was exported with (kept in the workspace after a content update)."""
    try:
        return workspace.frameworks.get(*found)
    except NotFound:
        raise refuse(
            f"this plan uses framework {' '.join(found)}, which is not in this workspace",
            meta.where("framework_id"),
            code="other-assessment",
        ) from None


def _chain(workspace: Workspace, source: Assessment) -> list[Assessment]:
    """`source` and every assessment that replaced it in turn."""
    chain = [source]
    seen = {source.id}
    while True:
        successor = workspace.assessments.migrated_successor(chain[-1].id)
        if successor is None or successor.id in seen:
            return chain
        chain.append(successor)
        seen.add(successor.id)


def _latest(workspace: Workspace, assessment: Assessment) -> Assessment | None:
    chain = _chain(workspace, assessment)
    return chain[-1] if len(chain) > 1 else None


def _other(name: str, assessment: Assessment, meta: Metadata) -> Exception:
    if name == assessment.name:
        reason = (
            f"this plan belongs to another assessment also named {name!r} (a copy of it, or one of another workspace)"
        )
    else:
        reason = f"this plan was exported from assessment {name!r}, not from {assessment.name!r} or one it replaced"
    return refuse(
        reason,
        meta.where("assessment_uid" if meta.has_exported_values else "assessment_id"),
        code="other-assessment",
    )


def _same_framework(found: tuple[str, str], framework: Framework, meta: Metadata) -> None:
    if found != (framework.id, framework.version):
        raise refuse(
            f"this plan uses framework {' '.join(found)}, the assessment {framework.id} {framework.version}",
            meta.where("framework_id"),
            code="other-assessment",
        )
