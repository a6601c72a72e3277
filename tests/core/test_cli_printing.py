"""Text from documents, packs and returned plans reaches the terminal with its control characters escaped.

An assessment name, a pack's question or an owner typed in a returned plan
can carry ESC, BEL, an OSC sequence (which retitles or rewrites the
terminal), a C1 control or a right-to-left override. The CLI prints each as
a visible `\\uXXXX` escape, keeps `--json` output valid JSON with the same
values, and keeps an error on one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness.cli import main
from readiness.terminal import printable

DATA = Path(__file__).parent.parent / "data"
HOSTILE = "Evil \x1b]0;owned\x07 \x1b[2J\x9b31m \u202egnp.exe\r"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_escaped(text: str) -> None:
    assert not any(raw in text for raw in RAW), repr(text)


@pytest.fixture
def hostile_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    run(capsys, "frameworks", "add", str(DATA / "mini.toml"))
    document = {
        "format": "trade-readiness/assessment",
        "format_version": 1,
        "name": HOSTILE,
        "framework": {"id": "mini", "version": "1"},
        "profile": {},
        "responses": [],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_assessments_list_escapes_a_hostile_name(capsys: pytest.CaptureFixture[str], hostile_document: Path) -> None:
    assert run(capsys, "assessments", "import", str(hostile_document))[0] == 0
    code, out, _ = run(capsys, "assessments", "list")
    assert code == 0
    assert_escaped(out)
    assert "Evil ]0;owned [2J31m \\u202egnp.exe" in out  # the store drops control characters, the rest is escaped
    code, out, _ = run(capsys, "assessments", "list", "--json")
    assert_escaped(out)
    assert json.loads(out)[0]["name"] == "Evil ]0;owned [2J31m \u202egnp.exe"


def test_frameworks_show_escapes_a_hostile_pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pack = (DATA / "mini.toml").read_text(encoding="utf-8")
    pack = pack.replace('id = "mini"', 'id = "evil"').replace(
        "Is the preference baseline on file?", json.dumps(HOSTILE)[1:-1]
    )
    path = tmp_path / "evil.toml"
    path.write_text(pack, encoding="utf-8")
    assert run(capsys, "frameworks", "add", str(path))[0] == 0
    code, out, _ = run(capsys, "frameworks", "show", "evil")
    assert code == 0
    assert_escaped(out)
    code, out, _ = run(capsys, "frameworks", "show", "evil", "--json")
    assert_escaped(out)
    assert json.loads(out)["areas"][0]["items"][0]["question"] == HOSTILE


def test_an_error_naming_a_hostile_file_stays_one_escaped_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "evil\x1b]0;owned\x07\nforged line.toml"
    path.write_text("not toml at all", encoding="utf-8")
    code, out, err = run(capsys, "frameworks", "validate", str(path))
    assert code == 3 and out == ""
    assert_escaped(err)
    assert err.count("\n") == 1 and "\\u000a" in err


def test_import_plan_preview_escapes_what_an_owner_typed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from readiness.excel import layout

    run(capsys, "frameworks", "add", str(DATA / "mini.toml"))
    run(capsys, "assessments", "new", "Acme", "--framework", "mini")
    plan = tmp_path / "plan.xlsx"
    run(capsys, "export", "Acme", "--out", str(plan))
    book = load_workbook(plan)
    sheet = book[layout.PLAN]
    row = layout.PLAN_HEADER_ROW + 1
    sheet[f"{layout.plan_letter('item_id')}{row}"] = "goods.baseline"
    sheet[f"{layout.plan_letter('title')}{row}"] = "Owner \x9b2J \u202eevil"
    book.save(plan)
    code, out, err = run(capsys, "import-plan", "Acme", str(plan), "--dry-run")
    assert code == 0, err
    assert_escaped(out)
    assert "Owner 2J \\u202eevil" in out  # the C1 control is dropped as the store drops it; the override escaped


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain Québec año 東京", "plain Québec año 東京"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("\x1b[31m", "\\u001b[31m"),
        ("\x00\x7f\x85", "\\u0000\\u007f\\u0085"),
        ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
        ("lone \ud800", "lone \\ud800"),
    ],
)
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown
    assert printable(text, one_line=True) == shown.replace("\t", "\\u0009").replace("\n", "\\u000a")
