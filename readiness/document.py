"""The portable assessment document (JSON): export one assessment, import it all or nothing.

The document carries the assessment's content only: no timestamps and no
workspace status (active or archived), and responses and actions keep
checklist order, so exporting, importing and exporting again gives the same
bytes. Every problem in a document is reported with its JSON path, and a
document with any problem changes nothing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from readiness import operations
from readiness.errors import DocumentError
from readiness.frameworks import first_validation_problem
from readiness.limits import MAX_NAME
from readiness.model import (
    DEFAULT_CURRENCY,
    Assessment,
    CompanyProfile,
    CurrencyCode,
    Framework,
    Response,
    ReviewNote,
    ReviewReason,
)

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace

FORMAT = "trade-readiness/assessment"
FORMAT_VERSION = 1
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


class FrameworkRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    version: str


class DocumentResponse(Response):
    """A response as the document writes it (no update time).

    Documents written before review notes became codes carry `review_note` as
    text; it is read as a note written by a person.
    """

    model_config = ConfigDict(extra="forbid")
    updated_at: None = Field(default=None, exclude=True)
    review_note: str | None = Field(default=None, exclude=True)

    def as_response(self) -> Response:
        data = self.model_dump(exclude={"review_note"})
        if self.review_note and not self.review_notes:
            data["review_notes"] = [ReviewNote(reason=ReviewReason.TEXT, text=self.review_note)]
        return Response.model_validate(data)


class AssessmentDocument(BaseModel):
    """The whole document, validated at the boundary."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["trade-readiness/assessment"]
    format_version: Literal[1]
    uid: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")
    name: str = Field(min_length=1, max_length=MAX_NAME)
    framework: FrameworkRef
    profile: CompanyProfile
    currency: CurrencyCode = DEFAULT_CURRENCY
    responses: list[DocumentResponse]


def build_document(assessment: Assessment, responses: dict[str, Response]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "uid": assessment.uid,
        "name": assessment.name,
        "framework": {"id": assessment.framework_id, "version": assessment.framework_version},
        "profile": assessment.profile.model_dump(mode="json"),
        "currency": assessment.currency,
        "responses": [r.model_dump(mode="json", exclude={"updated_at"}) for r in responses.values()],
    }


def document_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_document(workspace: Workspace, assessment_id: int) -> str:
    assessment = workspace.assessments.get_by_id(assessment_id)
    return document_json(build_document(assessment, workspace.assessments.responses(assessment.id)))


def parse_document(text: str) -> AssessmentDocument:
    """Validate document text, naming the JSON path of the first problem."""
    if len(text.encode("utf-8", errors="replace")) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"the document is larger than {MAX_DOCUMENT_BYTES // 1024 // 1024} MB")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"not valid JSON: {exc.msg}", where=f"line {exc.lineno}, column {exc.colno}") from None
    if isinstance(data, dict) and data.get("format") not in (None, FORMAT):
        raise DocumentError(f"not a Trade Readiness assessment (format is {data.get('format')!r})", where="$.format")
    try:
        return AssessmentDocument.model_validate(data)
    except ValidationError as exc:
        _location, message = first_validation_problem(exc)
        raise DocumentError(message, where=json_path(exc.errors()[0]["loc"])) from None


def json_path(loc: tuple[int | str, ...] | list[int | str]) -> str:
    path = "$"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def check_against_framework(document: AssessmentDocument, framework: Framework) -> None:
    """Every item id must exist in the framework, once; every action id once per assessment."""
    known = framework.item_index()
    seen: set[str] = set()
    uids: set[str] = set()
    for index, response in enumerate(document.responses):
        if response.item_id not in known:
            raise DocumentError(
                f"unknown item id {response.item_id!r} for {framework.id} {framework.version}",
                where=f"$.responses[{index}].item_id",
            )
        if response.item_id in seen:
            raise DocumentError(f"item {response.item_id!r} appears twice", where=f"$.responses[{index}].item_id")
        seen.add(response.item_id)
        for a_index, action in enumerate(response.actions):
            if action.uid and action.uid in uids:
                raise DocumentError(
                    f"action id {action.uid!r} appears twice", where=f"$.responses[{index}].actions[{a_index}].uid"
                )
            uids.add(action.uid)


def import_document(workspace: Workspace, text: str, *, name: str | None = None) -> Assessment:
    """Create an assessment from a document in one transaction, or raise and change nothing."""
    document = parse_document(text)
    try:
        framework = workspace.frameworks.get(document.framework.id, document.framework.version)
    except Exception as exc:
        raise DocumentError(str(exc), where="$.framework") from None
    check_against_framework(document, framework)
    responses = [r.as_response() for r in document.responses]
    return operations.create_assessment(
        workspace,
        name=name or document.name,
        framework=framework,
        profile=document.profile,
        currency=document.currency,
        responses=responses,
        uid=document.uid,
    ).record
