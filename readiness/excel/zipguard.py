"""Check a returned .xlsx as a zip archive before any XML of it is parsed.

openpyxl never looks at how large zip members inflate to, so a small file
can expand to gigabytes. This module reads only the zip's central directory
and refuses, with a `PlanImportError` naming the file or member:
- anything but a regular file, or one larger than `MAX_FILE_BYTES` (read
  once, through `readiness.untrusted`, and handed to openpyxl from memory);
- a password-protected workbook or an old .xls (both OLE2 compound files,
  told apart by the `EncryptedPackage` stream), each with what to do;
- a file that is not a zip at all, or a truncated one (no central directory);
- more than `MAX_MEMBERS` members;
- a member declaring more than `MAX_MEMBER_BYTES` uncompressed (less for the
  shared strings and styles, which openpyxl holds in memory whole), or a
  total above `MAX_TOTAL_BYTES`;
- a member larger than `RATIO_FLOOR` that inflates more than `MAX_RATIO`
  times its compressed size;
- an archive without the parts every Excel workbook has.
Python's zipfile stops reading a member at its declared size and checks the
CRC, so a member cannot inflate beyond what its declaration says. XML inside
is parsed by openpyxl through defusedxml (entity expansion and external
entities are refused); `defused_xml_in_use()` confirms that, and
`unreadable(exc, path)` names why openpyxl failed on a workbook (an XML bomb
or a damaged part), for every reader of a workbook someone else made: the
returned plan and the product register.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from readiness.errors import PlanImportError
from readiness.untrusted import read_untrusted_bytes

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 150 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024
REQUIRED = ("[Content_Types].xml", "xl/workbook.xml")
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: an old .xls, or an encrypted .xlsx
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the stream Office keeps an encrypted workbook in
# parts openpyxl loads whole into memory even in read-only mode get a tighter limit
WHOLE_PARTS = {"xl/sharedStrings.xml": 50 * 1024 * 1024, "xl/styles.xml": 10 * 1024 * 1024}


def _not_a_zip(data: bytes, where: str) -> PlanImportError:
    """Say what a file that is not a zip archive is, when it is something Excel makes."""
    if data.startswith(OLE2_MAGIC):
        if ENCRYPTED_PACKAGE in data:
            return PlanImportError(
                "this is a password-protected workbook: save it without a password "
                "(in Excel: File > Info > Protect Workbook > Encrypt with Password, clear it), then import it again",
                where=where,
                code="encrypted",
            )
        return PlanImportError(
            "this is an old .xls workbook (Excel 97-2003): open it in Excel, save as .xlsx and import that",
            where=where,
            code="old-xls",
        )
    return PlanImportError(
        "not an Excel workbook, or a damaged or incomplete one (the zip directory is missing)",
        where=where,
        code="not-a-workbook",
    )


def check_archive(path: Path) -> bytes:
    """The bytes of a returned plan that is a sane .xlsx archive; refuse any other (see the module docstring)."""
    where = path.name
    data = read_untrusted_bytes(path, limit=MAX_FILE_BYTES, error=PlanImportError)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        raise _not_a_zip(data, where) from None
    if len(members) > MAX_MEMBERS:
        raise PlanImportError(f"the workbook has {len(members)} parts; refusing it", where=where, code="zip-bomb")
    total = 0
    for member in members:
        declared = member.file_size
        total += declared
        if declared > WHOLE_PARTS.get(member.filename, MAX_MEMBER_BYTES):
            raise PlanImportError(
                f"part {member.filename} would expand to {declared // (1024 * 1024)} MB; refusing it",
                where=where,
                code="zip-bomb",
            )
        if declared > RATIO_FLOOR and declared > MAX_RATIO * max(member.compress_size, 1):
            raise PlanImportError(
                f"part {member.filename} expands {declared // max(member.compress_size, 1)} times; "
                "refusing it as a zip bomb",
                where=where,
                code="zip-bomb",
            )
        if member.flag_bits & 0x1:
            raise PlanImportError(
                "the workbook is encrypted; save it without a password", where=where, code="encrypted"
            )
    if total > MAX_TOTAL_BYTES:
        raise PlanImportError(
            f"the workbook would expand to {total // (1024 * 1024)} MB; refusing it", where=where, code="zip-bomb"
        )
    names = {m.filename for m in members}
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise PlanImportError(f"not an Excel workbook (no {missing[0]} inside)", where=where, code="not-a-workbook")
    return data


def defused_xml_in_use() -> bool:
    """True when openpyxl parses workbook XML through defusedxml (it does whenever defusedxml is installed)."""
    from openpyxl import DEFUSEDXML

    return bool(DEFUSEDXML)


def unreadable(exc: BaseException, path: Path) -> PlanImportError:
    """Why openpyxl could not read a workbook: defusedxml's refusal of an XML bomb (found anywhere in the
    exception chain, code `xml-bomb`), or else a damaged or foreign part (`not-a-workbook`)."""
    from defusedxml import DefusedXmlException

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return PlanImportError(
                f"the workbook's XML declares entities ({type(seen).__name__}): an XML bomb or an external "
                "reference; refusing it",
                where=path.name,
                code="xml-bomb",
                params={"refusal": type(seen).__name__},
            )
        seen = seen.__cause__ or seen.__context__
    detail = str(exc).replace(str(path), path.name)[:160]
    return PlanImportError(
        f"the workbook cannot be read ({type(exc).__name__}: {detail})", where=path.name, code="not-a-workbook"
    )
