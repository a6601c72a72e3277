"""Export an assessment as the Excel action plan: `export_plan(workspace, assessment_id, out_path, ...)`.

Guarantees:
- the workbook is built in memory and streamed (openpyxl write-only mode),
  then written under a temporary name in the target's folder and renamed
  over the target (`readiness.atomic`): a failed or cancelled export leaves
  any existing file exactly as it was;
- a target that is open in Excel or LibreOffice (their lock file sits beside
  it) or that cannot be replaced gets a `ReadinessError` with code
  `file-locked` and a plain message;
- `progress(done, total)` is called as rows are written and `is_cancelled()`
  is checked between sheets and every few hundred rows; a cancelled export
  raises `ExportCancelled`;
- every user-typed value is written as text (see `safety`), document
  properties included (cleaned, so a name or a framework title cannot break
  docProps/core.xml);
- each sheet states its size (`<dimension>`), so readers need not parse a
  sheet to learn it;
- `owner` matches an owner of the assessment without regard to case; an
  owner nobody is called is refused (`UsageError`, listing the owners);
- the file gets the permissions a normal save would (`readiness.atomic`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import ARC_APP

from readiness import __version__
from readiness.atomic import write_atomically
from readiness.errors import ReadinessError
from readiness.excel import layout
from readiness.excel.about_sheet import write_about
from readiness.excel.changes_sheet import write_changes
from readiness.excel.exposure_data import exposure_data
from readiness.excel.exposure_sheet import SHEET as EXPOSURE_SHEET
from readiness.excel.exposure_sheet import write_exposure
from readiness.excel.metadata import write_metadata
from readiness.excel.plan_data import PlanData, collect, watch_lines
from readiness.excel.plan_sheet import write_plan
from readiness.excel.safety import clean_text
from readiness.excel.sheets import write_checklist, write_gaps
from readiness.excel.styles import Palette
from readiness.excel.summary_sheet import write_summary
from readiness.outputs import check_output
from readiness.store.workspace import Workspace

CHECK_EVERY = 250


class ExportCancelled(ReadinessError):
    """The user cancelled the export; no file was written or replaced."""

    code = "cancelled"


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    actions: int
    gaps: int  # open gaps as the Summary counts them: assessed below ready
    not_assessed: int
    items: int
    readiness: float | None
    coverage: float | None


class _Ticker:
    """Counts written rows, reports progress and honours cancellation."""

    def __init__(
        self, total: int, progress: Callable[[int, int], None] | None, is_cancelled: Callable[[], bool] | None
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ExportCancelled("the export was cancelled; no file was written")
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def tick(self) -> None:
        self.done += 1
        if self.done % CHECK_EVERY == 0:
            self.check()


def lock_file(target: Path) -> Path | None:
    """The lock file Excel (`~$name`) or LibreOffice (`.~lock.name#`) keeps beside an open workbook."""
    for name in (f"~${target.name}", f".~lock.{target.name}#"):
        candidate = target.with_name(name)
        if candidate.exists():
            return candidate
    return None


def export_plan(
    workspace: Workspace,
    assessment_id: int,
    out_path: Path,
    *,
    owner: str | None = None,
    open_only: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the action plan of an assessment to `out_path`; see the module docstring."""
    out_path = check_output(out_path, suffix=".xlsx", workspace=workspace.path)
    if lock_file(out_path) is not None:
        raise ReadinessError(
            f"{out_path.name} is open in Excel or LibreOffice; close it there and export again",
            where=str(out_path),
            code="file-locked",
        )
    now = dt.datetime.now().replace(microsecond=0)
    data = collect(workspace, assessment_id, today=today or now.date(), owner=owner, open_only=open_only)
    if owner is None:  # an owner's slice is a working file; the money at stake goes to leadership's copy
        data.exposure = exposure_data(workspace, data.assessment, data.framework)
        data.watch_lists = watch_lines(workspace, data.assessment, today=data.today)
    generated = now.isoformat(sep=" ", timespec="minutes")
    ticker = _Ticker(len(data.plan) + len(data.gaps) + len(data.responses) + 3, progress, is_cancelled)
    ticker.check()
    workbook = Workbook(write_only=True)
    company = data.assessment.profile.company

    def write(handle: BinaryIO) -> None:
        _save(workbook, handle, company=company)

    try:
        _build(workbook, data, generated=generated, ticker=ticker)
        ticker.check()
        write_atomically(out_path, write)
    except BaseException:
        _discard(workbook)
        raise
    ticker.done = ticker.total
    ticker.check()
    return ExportResult(
        path=out_path,
        actions=len(data.plan),
        gaps=data.open_gaps,
        not_assessed=data.not_assessed,
        items=len(data.responses),
        readiness=data.overall.readiness,
        coverage=data.overall.coverage,
    )


def _build(workbook: Workbook, data: PlanData, *, generated: str, ticker: _Ticker) -> None:
    palette = Palette(workbook, currency=data.currency)
    props = workbook.properties
    props.title = _property(f"Trade readiness action plan: {data.assessment.name}")
    props.subject = _property(f"{data.framework.title} ({data.framework.id} {data.framework.version})")
    props.creator = f"Trade Readiness {__version__}"
    props.description = "Self-assessment; not legal advice."
    props.keywords = "trade readiness; action plan"

    write_summary(workbook.create_sheet(layout.SUMMARY), palette, data, generated=generated)
    ticker.check()
    write_plan(workbook.create_sheet(layout.PLAN), palette, data, generated=generated, tick=ticker.tick)
    ticker.check()
    write_gaps(workbook.create_sheet(layout.GAPS), palette, data, generated=generated, tick=ticker.tick)
    ticker.check()
    if data.exposure is not None:  # what the gaps cost, next to them
        write_exposure(workbook.create_sheet(EXPOSURE_SHEET), palette, data.exposure, generated=generated)
    write_changes(workbook.create_sheet(layout.CHANGES), palette, data, generated=generated)
    ticker.check()
    write_checklist(workbook.create_sheet(layout.CHECKLIST), palette, data, generated=generated, tick=ticker.tick)
    ticker.check()
    write_about(workbook.create_sheet(layout.ABOUT), palette, data, generated=generated)
    write_metadata(workbook.create_sheet(layout.META), palette, data, generated=generated, export_id=uuid.uuid4().hex)


def _property(text: str) -> str:
    """A document property as XML can hold it (core.xml is written by openpyxl, which does not clean)."""
    return clean_text(text)[:255]


def _discard(workbook: Workbook) -> None:
    """Close the streams and remove the temporary files of a workbook that will not be saved."""
    for sheet in workbook.worksheets:
        rows = getattr(sheet, "_rows", None)
        writer = getattr(sheet, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.close()
        with contextlib.suppress(Exception):
            if writer is not None:
                writer.cleanup()


class _Archive:
    """A zip archive that swaps openpyxl's fixed docProps/app.xml for one naming the company, and gives each
    streamed worksheet the `<dimension>` openpyxl's write-only mode leaves out."""

    def __init__(self, archive: ZipFile, app_xml: bytes) -> None:
        self._archive = archive
        self._app_xml = app_xml

    def writestr(self, name: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if name == ARC_APP:
            data = self._app_xml
        self._archive.writestr(name, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        if isinstance(arcname, str) and arcname.startswith("xl/worksheets/sheet"):
            with open(filename, "rb") as handle:
                self._archive.writestr(arcname, with_dimension(handle.read()), ZIP_DEFLATED)
            return
        self._archive.write(filename, arcname, *args, **kwargs)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._archive, attribute)


_LAST_ROW = re.compile(rb'<row r="(\d+)"')
_CELL_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})\d')
_AFTER_DIMENSION = (b"<sheetViews", b"<sheetFormatPr", b"<cols", b"<sheetData")


def with_dimension(xml: bytes) -> bytes:
    """A worksheet's XML with `<dimension ref="A1:..."/>` where the schema puts it (after `sheetPr`)."""
    if b"<dimension" in xml[:2000]:
        return xml
    rows = [int(m) for m in _LAST_ROW.findall(xml[-4096:])] or [int(m) for m in _LAST_ROW.findall(xml)]
    if not rows:
        return xml
    widest = max(_CELL_COLUMN.findall(xml), key=lambda letters: (len(letters), letters), default=b"A")
    places = [at for at in (xml.find(tag) for tag in _AFTER_DIMENSION) if at >= 0]
    if not places:
        return xml
    at = min(places)
    return xml[:at] + b'<dimension ref="A1:' + widest + str(max(rows)).encode() + b'"/>' + xml[at:]


def app_properties(company: str) -> bytes:
    """docProps/app.xml naming the application and the company (openpyxl cannot write Company)."""
    company_element = f"<Company>{escape(clean_text(company))}</Company>" if company else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{company_element}<Application>Trade Readiness</Application></Properties>"
    ).encode()


def _save(workbook: Workbook, handle: BinaryIO, *, company: str) -> None:
    archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    ExcelWriter(workbook, _Archive(archive, app_properties(company))).save()
