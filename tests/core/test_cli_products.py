"""`readiness products` and `readiness scenarios` as scripts use them: the register in and out, every bad cell
named with exit 3, and the duty at stake per scenario, in words and in stable JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from readiness.cli import main

BRAKE, ENGINE = "EXAMPLE-BRK-100", "EXAMPLE-ENG-200"
STEEL = """
id = "brakes-mfn-10"
title = "Brake parts at 10 % MFN"
hypothesis = true
basis = "A what-if: the U.S. raises the MFN rate on brake parts."

[[mfn]]
hts = ["8708.30"]
rate = 10
"""


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `readiness --workspace <tmp> ARGS`; returns (exit code, stdout, stderr)."""
    workspace = str(tmp_path / "w.sqlite")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--workspace", workspace, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def template(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    assert cli("assessments", "new", "Acme", "--framework", "usmca-2020")[0] == 0
    assert cli("products", "template", "--out", str(tmp_path / "template.xlsx"))[0] == 0
    return tmp_path / "template.xlsx"


def test_the_template_imports_lists_and_exports_back(cli, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("products", "import", "Acme", str(template))
    assert code == 0 and "2 new, 0 changed, 0 unchanged" in out
    code, out, _ = cli("products", "import", "Acme", str(template))
    assert "0 new, 0 changed, 2 unchanged" in out  # the same file twice changes nothing
    code, out, _ = cli("products", "list", "Acme", "--json")
    listed = json.loads(out)
    assert [p["part_number"] for p in listed["products"]] == [BRAKE, ENGINE]
    engine = listed["products"][1]
    assert engine["net_cost"] == "3800" and engine["today"] == {
        "status": "qualifies",
        "duty": "0.00",
        "complete": True,
        "reasons": [
            {
                "code": "rvc-met",
                "params": {"method": "net-cost", "rvc": "78.16", "threshold": "75"},
                "text": "RVC by net cost is 78.16%, meeting the 75% threshold",
            }
        ],
    }
    code, out, _ = cli("products", "export", "Acme", "--out", str(tmp_path / "back.xlsx"))
    assert code == 0 and "2 products" in out
    code, out, _ = cli("products", "import", "Acme", str(tmp_path / "back.xlsx"), "--dry-run")
    assert "2 unchanged" in out and "dry run" in out


def test_every_bad_cell_is_named_and_nothing_is_imported(cli, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = load_workbook(template)
    book["Products"]["C3"] = "87A8"
    book["Lanes"]["D2"] = -5
    book["BOM"]["D7"] = "XX"
    book.save(tmp_path / "bad.xlsx")
    code, out, err = cli("products", "import", "Acme", str(tmp_path / "bad.xlsx"))
    assert code == 3 and out == ""
    assert err.splitlines() == [
        "readiness: Products!C3 (HTS code): 87A8 is not an HTS code of 6 to 10 digits",
        "readiness: Lanes!D2 (Annual value): -5 is negative",
        "readiness: BOM!D7 (Country of origin): XX is not a country code",
        "readiness: 3 problems; nothing was imported",
    ]
    assert json.loads(cli("products", "list", "Acme", "--json")[1])["products"] == []


def test_csv_files_import_and_a_wrong_mix_is_a_usage_error(cli, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from readiness.exposure.examples import example_products
    from readiness.exposure.register_csv import write_register_csv

    files = write_register_csv(tmp_path, example_products())
    code, out, _ = cli("products", "import", "Acme", *map(str, files))
    assert code == 0 and "2 new" in out
    code, _, err = cli("products", "import", "Acme", str(template), str(files[0]))
    assert code == 2 and "one .xlsx" in err


def test_scenarios_run_says_what_fails_and_what_it_costs(cli, template: Path) -> None:  # type: ignore[no-untyped-def]
    """The engine's lane: 8,400,000 a year at 2.5 % MFN = 210,000, and the Section 232 overlay of 25 % on the
    whole value when it does not qualify = 2,100,000: 2,310,000 at stake when its RVC (78.16 % NC) falls
    short of 80 %."""
    cli("products", "import", "Acme", str(template))
    code, out, _ = cli("scenarios", "run", "Acme", "--scenario", "core-parts-rvc-80", "--json")
    assert code == 0
    result = json.loads(out)
    assert [s["id"] for s in result["scenarios"]] == ["today", "core-parts-rvc-80"]
    raised = result["scenarios"][1]
    assert raised["duty"] == {"USD": "2310000.00"} and raised["at_stake"] == {"USD": "2310000.00"}
    assert [(x["part_number"], x["status_today"], x["status"]) for x in raised["changed_status"]] == [
        (ENGINE, "qualifies", "fails")
    ]
    assert raised["failing"][0]["reasons"][0]["text"] == "RVC by net cost is 78.16%, below the 80% threshold"
    assert [x["part_number"] for x in raised["top"]] == [ENGINE]
    code, out, _ = cli("scenarios", "run", "Acme")
    assert "changes: EXAMPLE-ENG-200 qualifies -> fails (+USD 2,310,000)" in out
    assert "preference-withdrawn: Preference lost" in out


def test_a_users_scenario_is_added_run_and_removed(cli, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The brake qualifies, so a higher MFN rate costs nothing while the preference holds."""
    cli("products", "import", "Acme", str(template))
    (tmp_path / "brakes.toml").write_text(STEEL, encoding="utf-8")
    code, out, _ = cli("scenarios", "add", str(tmp_path / "brakes.toml"))
    assert code == 0 and "brakes-mfn-10" in out
    listed = json.loads(cli("scenarios", "list", "--json")[1])
    assert listed[-1] == {
        "id": "brakes-mfn-10",
        "title": "Brake parts at 10 % MFN",
        "hypothesis": True,
        "builtin": False,
        "current_to": None,
        "sources": [],
    }
    result = json.loads(cli("scenarios", "run", "Acme", "--scenario", "brakes-mfn-10", "--json")[1])
    assert result["scenarios"][1]["delta"] == {"USD": "0.00"}
    assert cli("scenarios", "add", str(tmp_path / "brakes.toml"))[0] == 5  # the id is taken: a conflict
    assert cli("scenarios", "remove", "brakes-mfn-10")[0] == 0
    assert cli("scenarios", "remove", "today")[0] == 2
    (tmp_path / "broken.toml").write_text(STEEL.replace("rate = 10", 'rate = "ten"'), encoding="utf-8")
    code, _, err = cli("scenarios", "add", str(tmp_path / "broken.toml"))
    assert code == 3 and "broken.toml, key mfn[0].rate" in err


def test_products_are_linked_to_items_by_name_and_id(cli, template: Path) -> None:  # type: ignore[no-untyped-def]
    cli("products", "import", "Acme", str(template))
    item = json.loads(cli("frameworks", "show", "usmca-2020", "--json")[1])["areas"][0]["items"][0]["id"]
    code, out, _ = cli("products", "link", "Acme", item, ENGINE, BRAKE)
    assert code == 0 and f"2 products linked to {item}" in out
    engine = json.loads(cli("products", "list", "Acme", "--json")[1])["products"][1]
    assert engine["items"] == [item]
    assert cli("products", "link", "Acme", item, "NO-SUCH")[0] == 2
    assert cli("products", "unlink", "Acme", item, ENGINE)[0] == 0


def test_unknown_names_and_bad_outputs_exit_2(cli, template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("products", "list", "Nobody")[0] == 2
    assert cli("scenarios", "run", "Acme", "--scenario", "nope")[0] == 2
    code, _, err = cli("products", "export", "Acme", "--out", str(tmp_path / "register.csv"))
    assert code == 2 and "name the output .xlsx" in err
