"""Returned files that are not a plan this workspace can take (another assessment's, a newer format, a changed
header, not ours, a zip or XML bomb, too big, password-protected, an old .xls) are refused before anything is read
into the store, quickly, with what they are."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import builders
import pytest
from bad_returns import col, edited, refused
from openpyxl import Workbook

from readiness.excel import layout, zipguard
from readiness.excel.export import export_plan
from readiness.store.workspace import Workspace


def test_a_plan_of_another_assessment_is_refused(
    plan_ws: Workspace, framework: Any, tmp_path: Path, store_state: Callable
) -> None:
    other_site = builders.make_assessment(plan_ws, framework, name="Other site", snapshots=0, seed=9)
    other = tmp_path / "other.xlsx"
    export_plan(plan_ws, other_site.id, other)
    error = refused(plan_ws, other, store_state)
    assert error.code == "other-assessment" and error.where.startswith("Metadata!B") and "Other site" in error.reason


def test_a_newer_format_is_refused(plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable) -> None:
    def newer(book: Any) -> None:
        book[layout.META]["B2"] = "99"

    error = refused(plan_ws, edited(exported, tmp_path / "v99.xlsx", newer), store_state)
    assert error.code == "newer-format" and error.where == "Metadata!B2"


def test_a_changed_header_is_refused(plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable) -> None:
    def rename(book: Any) -> None:
        book[layout.PLAN][f"{col('uid')}{layout.PLAN_HEADER_ROW}"] = "Reference"

    assert refused(plan_ws, edited(exported, tmp_path / "hdr.xlsx", rename), store_state).code == "not-ours"


def test_a_workbook_that_is_not_ours_is_refused(plan_ws: Workspace, tmp_path: Path, store_state: Callable) -> None:
    book = Workbook()
    book.active["A1"] = "Budget 2027"
    book.save(tmp_path / "budget.xlsx")
    error = refused(plan_ws, tmp_path / "budget.xlsx", store_state)
    assert error.code == "not-ours" and "not a Trade Readiness action plan" in error.reason


def test_text_pretending_to_be_xlsx_and_a_truncated_zip_are_refused(
    plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable
) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("id,status\n1,done\n")
    assert refused(plan_ws, fake, store_state).code == "not-a-workbook"
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    error = refused(plan_ws, truncated, store_state)
    assert error.code == "not-a-workbook" and error.where == "cut.xlsx"


def test_a_zip_bomb_is_refused_before_parsing(
    plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable
) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("xl/media/padding.bin", b"\0" * (20 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    error = refused(plan_ws, bomb, store_state)
    assert error.code == "zip-bomb" and "padding.bin" in error.reason


def test_size_limits_apply_before_parsing(
    plan_ws: Workspace, exported: Path, store_state: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zipguard, "MAX_FILE_BYTES", 1000)
    assert refused(plan_ws, exported, store_state).code == "too-large"
    monkeypatch.setattr(zipguard, "MAX_FILE_BYTES", 50 * 1024 * 1024)
    monkeypatch.setattr(zipguard, "MAX_TOTAL_BYTES", 10_000)
    assert refused(plan_ws, exported, store_state).code == "zip-bomb"


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>"
)
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(
    ("member", "prolog", "entity"),
    [("xl/workbook.xml", LAUGHS, "&lol9;"), ("xl/worksheets/sheet2.xml", EXTERNAL, "&ext;")],
)
def test_xml_bombs_and_external_entities_are_refused(
    plan_ws: Workspace, exported: Path, tmp_path: Path, store_state: Callable, member: str, prolog: str, entity: str
) -> None:
    assert zipguard.defused_xml_in_use()
    hostile = tmp_path / "xml.xlsx"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                text = data.decode()
                body = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
                first_close = body.index(">") + 1
                data = (prolog + body[:first_close] + entity + body[first_close:]).encode()
            target.writestr(info, data)
    error = refused(plan_ws, hostile, store_state)
    assert error.code == "xml-bomb" and "EntitiesForbidden" in error.reason


def compound_file(*streams: str) -> bytes:
    """A minimal OLE2 compound file (the container of .xls and of password-protected .xlsx) naming `streams`.

    Header, one FAT sector and one directory sector of 512 bytes: enough for
    anything that reads the signature and the directory entries.
    """
    import struct

    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIII", header, 0x2C, 1, 1, 0, 4096, 0xFFFFFFFE)
    struct.pack_into("<II", header, 0x44, 0xFFFFFFFE, 0)
    header[0x4C:0x200] = b"\xff" * (0x200 - 0x4C)
    struct.pack_into("<I", header, 0x4C, 0)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<II", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)
    directory = bytearray()
    for name in ("Root Entry", *streams):
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[: len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 0x40, len(encoded), 5 if name == "Root Entry" else 2, 1)
        struct.pack_into("<III", entry, 0x44, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        directory += entry
    directory += b"\0" * (512 - len(directory))
    return bytes(header + fat + directory)


@pytest.mark.parametrize(
    ("streams", "code", "words"),
    [
        (
            ("EncryptionInfo", "EncryptedPackage"),
            "encrypted",
            "password-protected workbook: save it without a password",
        ),
        (("Workbook", "\x05SummaryInformation"), "old-xls", "an old .xls workbook"),
    ],
)
def test_password_protected_and_old_xls_workbooks_say_what_they_are(
    plan_ws: Workspace, tmp_path: Path, store_state: Callable, streams: tuple[str, ...], code: str, words: str
) -> None:
    path = tmp_path / "returned.xlsx"
    path.write_bytes(compound_file(*streams))
    error = refused(plan_ws, path, store_state)
    assert error.code == code and words in error.reason
    assert "zip directory" not in error.reason
