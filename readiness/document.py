"""The portable assessment document (JSON): export one assessment, import it all or nothing.

The document carries the assessment's content only: no timestamps and no
workspace status (active or archived), and responses and actions keep
checklist order, so exporting, importing and exporting again gives the same
bytes. Every problem in a document is reported with its JSON path, and a
document with any problem changes nothing. The document is strict: a key
given twice, `true` or `3.0` for a level, a number for a date are refused,
not read as something the author may not have meant.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from readiness import operations
from readiness.codes import DEFAULT_CURRENCY, CurrencyCode, Level
from readiness.content_model import Framework
from readiness.errors import DocumentError
from readiness.frameworks import first_validation_problem
from readiness.input_shape import ShapeError
from readiness.limits import MAX_NAME
from readiness.model import Assessment, CompanyProfile, Response, ReviewNote, ReviewReason
from readiness.strict_json import loads_strict
from readiness.untrusted import read_untrusted_text

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace

ModelT = TypeVar("ModelT", bound=BaseModel)
FORMAT = "trade-readiness/assessment"
FORMAT_VERSION = 1
# a 10,000-item assessment with long notes and 5,000 actions is under 20 MB
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
MAX_PROFILE_BYTES = 1024 * 1024


def _whole_number(value: Any) -> Any:
    """JSON `true` is not 1 and `3.0` is not 3 here; pydantic would take both, even when strict."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError("must be a whole number, not true/false, a decimal or text")
    return value


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
    level: Annotated[Level | None, BeforeValidator(_whole_number)] = None
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
    format_version: Annotated[Literal[1], BeforeValidator(_whole_number)]
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


def read_document(path: Path) -> str:
    """The text of a document file: a regular file of at most `MAX_DOCUMENT_BYTES`, in UTF-8."""
    return read_untrusted_text(path, limit=MAX_DOCUMENT_BYTES, error=DocumentError)


def strict_json(text: str) -> Any:
    """Parse untrusted JSON (bounded, duplicate keys refused), or raise `DocumentError` with its JSON path."""
    try:
        return loads_strict(text)
    except ShapeError as exc:
        raise DocumentError(exc.reason, where=exc.where, code=exc.code) from None


def strictly(model: type[ModelT], text: str) -> ModelT:
    """Validate JSON text strictly: booleans are not numbers, dates are strings, nothing is coerced."""
    try:
        return model.model_validate_json(text, strict=True)
    except ValidationError as exc:
        _location, message = first_validation_problem(exc)
        raise DocumentError(message, where=json_path(exc.errors()[0]["loc"])) from None


def parse_document(text: str) -> AssessmentDocument:
    """Validate document text, naming the JSON path of the first problem."""
    if len(text.encode("utf-8", errors="replace")) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"the document is larger than {MAX_DOCUMENT_BYTES // 1024 // 1024} MB", code="too-large")
    data = strict_json(text)
    if isinstance(data, dict) and data.get("format") not in (None, FORMAT):
        raise DocumentError(f"not a Trade Readiness assessment (format is {data.get('format')!r})", where="$.format")
    return strictly(AssessmentDocument, text)


def read_profile(path: Path) -> CompanyProfile:
    """A company profile from a JSON file (`{"roles": [...], "countries": [...], "sectors": [...]}`)."""
    text = read_untrusted_text(path, limit=MAX_PROFILE_BYTES, error=DocumentError)
    try:
        strict_json(text)
        return strictly(CompanyProfile, text)
    except DocumentError as exc:
        raise DocumentError(
            exc.reason, where=f"{path}: {exc.where}" if exc.where else str(path), code=exc.code
        ) from None


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
