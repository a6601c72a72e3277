"""Create, rename, re-profile, re-price, archive, duplicate and delete assessments.

Each is one audited transaction that checks what the caller saw (the name,
the profile, the status) and returns the assessment as stored now. Deleting
takes a backup first and says where it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from readiness.codes import DEFAULT_CURRENCY, AssessmentKind, AssessmentStatus
from readiness.content_model import Framework
from readiness.errors import Conflict, InvalidInput
from readiness.limits import MAX_NAME, clean_line
from readiness.model import CompanyProfile, ProfileBasis, Response
from readiness.operations import guards
from readiness.operations.records import AssessmentDeleted, AssessmentWritten
from readiness.scoring import profile_basis, response_for_profile
from readiness.store import audit, rows
from readiness.store.codec import response_columns

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


def assessment_name(text: str) -> str:
    """A name as stored: one line, no control characters, not empty, not too long."""
    name = clean_line(text)
    if not name:
        raise InvalidInput("an assessment needs a name", code="name-empty")
    if len(name) > MAX_NAME:
        raise InvalidInput(
            f"a name has at most {MAX_NAME} characters", code="name-too-long", params={"limit": MAX_NAME}
        )
    return name


def currency_code(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise InvalidInput(f"{text!r} is not a currency code (three letters, like USD, CAD or MXN)", code="currency")
    return code


def _name_free(tx: Any, name: str, *, other_than: int | None = None) -> None:
    row = tx.execute("SELECT id FROM assessments WHERE name = ?", (name,)).fetchone()
    if row is not None and row[0] != other_than:
        raise Conflict(f"an assessment named {name!r} already exists", code="name-taken", params={"name": name})


def _check_companion(tx: Any, framework: Framework, companion_of: int | None) -> None:
    """A watch list runs beside an active compliance assessment on the framework it watches; nothing else does."""
    if framework.kind is not AssessmentKind.WATCH:
        raise InvalidInput(f"{framework.id} is not a watch list; it cannot run beside another assessment",
                           code="not-a-watch-pack")  # fmt: skip
    if companion_of is None:
        raise InvalidInput(
            f"{framework.id} is a watch list: it runs beside a compliance assessment on {framework.companion_of}; "
            "name that assessment",
            code="watch-needs-companion",
            params={"framework": framework.companion_of or ""},
        )
    companion = guards.active_assessment(tx, companion_of)
    if companion.kind is not AssessmentKind.COMPLIANCE or companion.framework_id != framework.companion_of:
        raise InvalidInput(
            f"{framework.id} watches {framework.companion_of}; {companion.name!r} is on {companion.framework_id}",
            code="watch-wrong-companion",
        )


def create_assessment(
    ws: Workspace,
    *,
    name: str,
    framework: Framework,
    profile: CompanyProfile,
    currency: str = DEFAULT_CURRENCY,
    responses: Iterable[Response] | None = None,
    uid: str | None = None,
    migrated_from: int | None = None,
    companion_of: int | None = None,
) -> AssessmentWritten:
    """A new assessment with one response per item, all in one transaction.

    Without `responses`, items the profile rules out start not applicable
    (with the profile facts behind it); the others start unassessed. A `uid`
    already used in this workspace is replaced by a new one (the same
    document imported twice makes two assessments).
    """
    name = assessment_name(name)
    given = {r.item_id: r for r in responses} if responses is not None else None
    now = audit.now_text()
    with ws.db.transaction() as tx:
        _name_free(tx, name)
        if companion_of is not None or framework.kind is AssessmentKind.WATCH:
            _check_companion(tx, framework, companion_of)
        if uid is None or tx.execute("SELECT 1 FROM assessments WHERE uid = ?", (uid,)).fetchone():
            uid = rows.new_assessment_uid()
        assessment_id = rows.insert_assessment(
            tx,
            {
                "uid": uid,
                "name": name,
                "framework_id": framework.id,
                "framework_version": framework.version,
                "profile": profile.model_dump_json(),
                "kind": framework.kind.value,
                "currency": currency_code(currency),
                "status": AssessmentStatus.ACTIVE.value,
                "migrated_from": migrated_from,
                "companion_of": companion_of,
            },
            now=now,
        )
        for position, (_, item) in enumerate(framework.items()):
            if given is not None:
                response = given.get(item.id) or Response(item_id=item.id)
            else:
                response = response_for_profile(item.id, item.applies_to, profile)
            rows.insert_response(tx, assessment_id, position, response, now)
        audit.record(tx, assessment_id=assessment_id, item_id=None, field="assessment", old=None, new=name)
        record = rows.read_assessment(tx, assessment_id)
    return AssessmentWritten(
        operation="create-assessment", assessment_id=assessment_id, assessment=True, assessments=True, record=record
    )


def _rewrite(
    ws: Workspace, assessment_id: int, *, operation: str, field: str, value: Any, expected: Any, allow_archived: bool
) -> AssessmentWritten:
    """Set one column of an assessment after checking it still holds `expected`."""
    now = audit.now_text()
    with ws.db.transaction() as tx:
        current = (
            rows.read_assessment(tx, assessment_id) if allow_archived else guards.active_assessment(tx, assessment_id)
        )
        guards.check_unchanged(current, {field: expected}, where=current.name)
        old = getattr(current, field)
        if field == "name":
            _name_free(tx, value, other_than=assessment_id)
        stored = value.model_dump_json() if isinstance(value, CompanyProfile) else value
        rows.update_assessment(tx, assessment_id, {field: stored}, now=now)
        audit.record(tx, assessment_id=assessment_id, item_id=None, field=field, old=old, new=value)
        record = rows.read_assessment(tx, assessment_id)
    return AssessmentWritten(
        operation=operation,
        assessment_id=assessment_id,
        assessment=True,
        assessments=field in ("name", "status"),
        record=record,
        before={field: old},
    )


def rename_assessment(ws: Workspace, assessment_id: int, name: str, *, expected: str) -> AssessmentWritten:
    return _rewrite(
        ws,
        assessment_id,
        operation="rename-assessment",
        field="name",
        value=assessment_name(name),
        expected=expected,
        allow_archived=True,
    )


def set_currency(ws: Workspace, assessment_id: int, currency: str, *, expected: str) -> AssessmentWritten:
    return _rewrite(
        ws,
        assessment_id,
        operation="set-currency",
        field="currency",
        value=currency_code(currency),
        expected=expected,
        allow_archived=False,
    )


def set_status(
    ws: Workspace, assessment_id: int, status: AssessmentStatus, *, expected: AssessmentStatus
) -> AssessmentWritten:
    """Archive an assessment (read only from then on) or make an archived one active again."""
    return _rewrite(
        ws,
        assessment_id,
        operation="set-status",
        field="status",
        value=status.value,
        expected=expected,
        allow_archived=True,
    )


@dataclass(frozen=True)
class ApplicabilityChange:
    """One item whose applicability a profile change flips."""

    item_id: str
    now_applies: bool  # True: ruled out before, applies now; False: applies before, ruled out now
    basis: ProfileBasis | None  # the facts behind "ruled out", when it becomes ruled out
    answered: bool  # the item holds an answer (kept either way, counted only while it applies)


def profile_change_preview(
    framework: Framework, responses: dict[str, Response], profile: CompanyProfile
) -> list[ApplicabilityChange]:
    """The items whose applicability changes when the assessment takes `profile`, in checklist order.

    Only the profile's own verdicts move: an item the user marked not
    applicable (with a reason of their own) stays as it is.
    """
    found = []
    for _, item in framework.items():
        response = responses.get(item.id)
        if response is None:
            continue
        basis = profile_basis(item.applies_to, profile)
        by_profile = response.not_applicable and response.na_basis is not None
        answered = response.level is not None or bool(response.gap or response.actions or response.evidence)
        if by_profile and basis is None:
            found.append(ApplicabilityChange(item.id, True, None, answered))
        elif (not response.not_applicable and basis is not None) or (
            by_profile and basis is not None and basis != response.na_basis
        ):
            found.append(ApplicabilityChange(item.id, False, basis, answered))
    return found


def change_profile(
    ws: Workspace, assessment_id: int, profile: CompanyProfile, *, expected: CompanyProfile
) -> AssessmentWritten:
    """Give the assessment a new company profile and re-decide which items apply, in one transaction.

    Items the new profile rules out become not applicable with the facts
    behind it; items it no longer rules out apply again. Answers stay stored
    either way, so a change back restores them.
    """
    now = audit.now_text()
    with ws.db.transaction() as tx:
        current = guards.active_assessment(tx, assessment_id)
        guards.check_unchanged(current, {"profile": expected}, where=current.name)
        framework = ws.frameworks.get(current.framework_id, current.framework_version)
        responses = rows.read_responses(tx, assessment_id)
        flips = profile_change_preview(framework, responses, profile)
        for flip in flips:
            response = responses[flip.item_id]
            wanted = response.model_copy(update={"not_applicable": not flip.now_applies, "na_basis": flip.basis})
            old_columns, new_columns = response_columns(response), response_columns(wanted)
            changed = guards.changed_columns(old_columns, new_columns, ("not_applicable", "na_basis"))
            rows.update_response(tx, assessment_id, flip.item_id, changed, now=now)
            audit.record(
                tx,
                assessment_id=assessment_id,
                item_id=flip.item_id,
                field="not_applicable",
                old=response.not_applicable,
                new=wanted.not_applicable,
            )
        rows.update_assessment(tx, assessment_id, {"profile": profile.model_dump_json()}, now=now)
        audit.record(tx, assessment_id=assessment_id, item_id=None, field="profile", old=current.profile, new=profile)
        record = rows.read_assessment(tx, assessment_id)
    return AssessmentWritten(
        operation="change-profile",
        assessment_id=assessment_id,
        item_ids=tuple(f.item_id for f in flips),
        assessment=True,
        record=record,
        before={"profile": current.profile},
    )


def duplicate_assessment(ws: Workspace, assessment_id: int, *, name: str) -> AssessmentWritten:
    """A copy of an assessment's answers, actions and product register (with the products' links to items)
    under a new name (and a new uid), active; one transaction."""
    from readiness.store import products_rows  # the register's code is loaded only where it is used

    source = ws.assessments.get_by_id(assessment_id)
    framework = ws.frameworks.get(source.framework_id, source.framework_version)
    with ws.db.transaction() as tx:
        created = create_assessment(
            ws,
            name=name,
            framework=framework,
            profile=source.profile,
            currency=source.currency,
            responses=list(rows.read_responses(tx, assessment_id).values()),
        )
        products_rows.copy_register(tx, assessment_id, created.record.id, now=audit.now_text())
    return replace(created, products=True)


def delete_assessment(ws: Workspace, assessment_id: int, *, expected_name: str) -> AssessmentDeleted:
    """Remove an assessment with its answers, actions, snapshots and product register, after a backup that
    still holds it.

    Assessments that point at it (the one it was migrated to, watch
    assessments beside it) lose only that link. The audit trail is kept.
    """
    current = ws.assessments.get_by_id(assessment_id)
    guards.check_unchanged(current, {"name": expected_name}, where=current.name)
    backup = ws.backup(f"before-deleting-{assessment_id}")
    with ws.db.transaction() as tx:
        current = rows.read_assessment(tx, assessment_id)
        guards.check_unchanged(current, {"name": expected_name}, where=current.name)
        tx.execute("UPDATE assessments SET migrated_from = NULL WHERE migrated_from = ?", (assessment_id,))
        tx.execute("UPDATE assessments SET companion_of = NULL WHERE companion_of = ?", (assessment_id,))
        tx.execute("DELETE FROM actions WHERE assessment_id = ?", (assessment_id,))
        tx.execute("DELETE FROM item_products WHERE assessment_id = ?", (assessment_id,))
        tx.execute("DELETE FROM products WHERE assessment_id = ?", (assessment_id,))  # lanes, overlays, BOM cascade
        tx.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))
        audit.record(
            tx, assessment_id=assessment_id, item_id=None, field="assessment deleted", old=current.name, new=None
        )
    return AssessmentDeleted(
        operation="delete-assessment", assessment_id=assessment_id, assessments=True, name=current.name, backup=backup
    )
