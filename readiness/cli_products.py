"""The `products` and `scenarios` commands: the product register of an assessment and the what-if scenarios.

    readiness products import NAME FILE [FILE...] [--replace] [--dry-run]
    readiness products list NAME [--json]
    readiness products export NAME --out FILE.xlsx
    readiness products template --out FILE.xlsx
    readiness products link NAME ITEM_ID PART... | unlink NAME ITEM_ID PART...
    readiness scenarios list [--json] | add FILE | remove ID
    readiness scenarios run NAME [--scenario ID] [--json]

An import reads the Excel template (one .xlsx) or CSV files (one per sheet)
whole; a file with problems changes nothing, prints every bad cell on
stderr (sheet or file, row, column, what is wrong) and exits 3. It merges by
part number (see `readiness.operations.products`); `--replace` makes the
register exactly the file. Names become ids once (`assessment_named`).
Amounts in `--json` output are strings holding exact decimals.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

from readiness import operations
from readiness.cli import err, out, print_json
from readiness.cli_commands import assessment_named
from readiness.errors import exit_code_for
from readiness.exposure import wording
from readiness.exposure.content import CENT
from readiness.exposure.errors import RegisterError
from readiness.exposure.products import Product
from readiness.exposure.reasons import Reason, Status
from readiness.exposure.register_files import read_register_files
from readiness.exposure.register_template import write_register_template, write_register_workbook
from readiness.exposure.report import ExposureReport, ProductLine, ScenarioReport, exposure_report
from readiness.exposure.run import run_scenarios
from readiness.exposure.scenario_files import builtin_de_minimis, read_scenario_text
from readiness.exposure.scenarios import TODAY
from readiness.exposure.vocabulary import format_hts
from readiness.outputs import check_output
from readiness.store.workspace import Workspace


def add_commands(top: Any) -> None:
    """Add `products` and `scenarios` to the command line's subcommands."""
    products = top.add_parser("products", help="the product register of an assessment")
    psub = products.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("import", help="import products from the Excel template or CSV files, all or nothing")
    p.add_argument("name")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="one .xlsx, or .csv files (one per sheet)")
    p.add_argument("--replace", action="store_true", help="remove products the file does not list")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.set_defaults(handler=products_import)
    p = psub.add_parser("list", help="the products, with today's qualification and duty")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=products_list)
    p = psub.add_parser("export", help="write the register to the Excel template")
    p.add_argument("name")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=products_export)
    p = psub.add_parser("template", help="write the empty register template, with instructions and an example")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=products_template)
    for action, help_text in (("link", "link products to a readiness item"), ("unlink", "take products off an item")):
        p = psub.add_parser(action, help=help_text)
        p.add_argument("name")
        p.add_argument("item_id", metavar="ITEM_ID")
        p.add_argument("parts", nargs="+", metavar="PART")
        p.set_defaults(handler=products_link, linking=action == "link")

    scenarios = top.add_parser("scenarios", help="what-if scenarios and the duty at stake under each")
    ssub = scenarios.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ssub.add_parser("list", help="the scenarios shipped with the app and your own")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=scenarios_list)
    p = ssub.add_parser("add", help="add your own scenario from a TOML file")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=scenarios_add)
    p = ssub.add_parser("remove", help="remove one of your own scenarios")
    p.add_argument("id")
    p.set_defaults(handler=scenarios_remove)
    p = ssub.add_parser("run", help="duty per scenario, what fails and what changes, for an assessment's products")
    p.add_argument("name")
    p.add_argument("--scenario", metavar="ID", help="only this scenario (beside today's rules)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=scenarios_run)


# --- products -------------------------------------------------------------------------


def products_import(args: argparse.Namespace, ws: Workspace) -> int:
    assessment = assessment_named(ws, args.name)
    try:
        products = read_register_files(args.files)
    except RegisterError as error:
        for problem in error.problems:
            err(wording.problem_text(problem))
        more = " (and more not shown)" if error.truncated else ""
        count = len(error.problems)
        err(f"{count} problem{'' if count == 1 else 's'}{more}; nothing was imported")
        return exit_code_for(error)
    stored = ws.products.products(assessment.id, [p.part_number for p in products])
    removed = []
    if args.replace:
        named = {p.part_number for p in products}
        removed = [part for part in ws.products.part_numbers(assessment.id) if part not in named]
    added = [p.part_number for p in products if p.part_number not in stored]
    replaced = [p.part_number for p in products if p.part_number in stored and stored[p.part_number] != p]
    if args.dry_run:
        _print_changes(len(products), added, replaced, removed)
        out("dry run: nothing was imported")
        return 0
    seen: dict[str, Product | None] = {p.part_number: stored.get(p.part_number) for p in products}
    written = operations.import_register(ws, assessment.id, products, replace=args.replace, expected=seen)
    _print_changes(len(products), list(written.added), list(written.replaced), list(written.removed))
    out(f"imported into {assessment.name!r}: {ws.products.count(assessment.id)} products in the register")
    return 0


def _print_changes(read: int, added: list[str], replaced: list[str], removed: list[str]) -> None:
    unchanged = read - len(added) - len(replaced)
    out(
        f"{read} products read: {len(added)} new, {len(replaced)} changed, {unchanged} unchanged, {len(removed)} removed"
    )
    for label, parts in (("new", added), ("changed", replaced), ("removed", removed)):
        if parts:
            out(f"  {label}: {', '.join(parts[:20])}{' ...' if len(parts) > 20 else ''}")


def _amount(value: Decimal) -> str:
    """Money in `--json`: an exact decimal string in cents ("2310000.00")."""
    return format(value.quantize(CENT), "f")


def _figure(value: Decimal) -> str:
    """A figure of a reason (a percentage, a threshold, a value) as the core gave it, without an exponent."""
    return format(value, "f")


def products_list(args: argparse.Namespace, ws: Workspace) -> int:
    assessment = assessment_named(ws, args.name)
    register = ws.products.register(assessment.id)
    run = run_scenarios(register, [TODAY], de_minimis=builtin_de_minimis())
    exposures = run.exposures[TODAY.id]
    items_of: dict[str, list[str]] = {}
    for item_id, parts in ws.products.links(assessment.id).items():
        for part in parts:
            items_of.setdefault(part, []).append(item_id)
    if args.json:
        found = []
        for product in register:
            exposure = exposures[product.part_number]
            data = product.model_dump(mode="json")
            data["today"] = {
                "status": exposure.outcome.status.value,
                "duty": _amount(exposure.duty),
                "complete": exposure.complete,
                "reasons": [_reason_json(r) for r in exposure.outcome.reasons],
            }
            data["items"] = items_of.get(product.part_number, [])
            found.append(data)
        print_json({"assessment": assessment.name, "products": found})
        return 0
    out(f"{assessment.name}: {len(register)} products (qualification and annual duty under today's rules)")
    for product in register:
        exposure = exposures[product.part_number]
        status = exposure.outcome.status
        why = "" if status is Status.QUALIFIES else f"  [{wording.reasons_text(exposure.outcome.reasons)}]"
        out(
            f"  {product.part_number:<18} {format_hts(product.hts_code):<13} {wording.STATUS_WORDS[status]:<12}"
            f" {wording.money(exposure.duty, exposure.currency):>18}  {product.description[:40]}{why}"
        )
    return 0


def products_export(args: argparse.Namespace, ws: Workspace) -> int:
    assessment = assessment_named(ws, args.name)
    target = check_output(args.out, suffix=".xlsx", workspace=ws.path)
    register = ws.products.register(assessment.id)
    write_register_workbook(target, register)
    out(f"wrote {target}: {len(register)} products")
    return 0


def products_template(args: argparse.Namespace, ws: Workspace) -> int:
    target = check_output(args.out, suffix=".xlsx", workspace=ws.path)
    write_register_template(target)
    out(f"wrote {target}: the register template with instructions and two example products")
    return 0


def products_link(args: argparse.Namespace, ws: Workspace) -> int:
    assessment = assessment_named(ws, args.name)
    operation = operations.link_products if args.linking else operations.unlink_products
    changed = operation(ws, assessment.id, args.item_id, args.parts).changed
    verb = "linked to" if args.linking else "unlinked from"
    out(f"{len(changed)} products {verb} {args.item_id}" + (f": {', '.join(changed)}" if changed else ""))
    return 0


# --- scenarios ------------------------------------------------------------------------


def scenarios_list(args: argparse.Namespace, ws: Workspace) -> int:
    builtin = {s.id for s in ws.scenarios.builtin()}
    scenarios = ws.scenarios.all()
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "hypothesis": s.hypothesis,
                    "builtin": s.id in builtin,
                    "current_to": s.current_to.isoformat() if s.current_to else None,
                    "sources": [source.title for source in s.sources],
                }
                for s in scenarios
            ]
        )
        return 0
    for s in scenarios:
        kind = "shipped" if s.id in builtin else "yours"
        what = "hypothesis" if s.hypothesis else "in force"
        out(f"{s.id:<24} {kind:<8} {what:<11} {s.title}")
    for problem in ws.scenarios.problems():
        err(f"warning: {problem}")
    return 0


def scenarios_add(args: argparse.Namespace, ws: Workspace) -> int:
    written = operations.add_scenario(ws, read_scenario_text(args.file), name=str(args.file))
    out(f"added scenario {written.scenario_id!r} ({ws.scenarios.get(written.scenario_id).title})")
    return 0


def scenarios_remove(args: argparse.Namespace, ws: Workspace) -> int:
    operations.remove_scenario(ws, args.id)
    out(f"removed scenario {args.id!r}")
    return 0


def _reason_json(reason: Reason) -> dict[str, Any]:
    params = {
        name: list(value) if isinstance(value, tuple) else _figure(value) if isinstance(value, Decimal) else value
        for name, value in reason.params.items()
    }
    return {"code": reason.code.value, "params": params, "text": wording.reason_text(reason)}


def _line_json(line: ProductLine) -> dict[str, Any]:
    return {
        "part_number": line.part_number,
        "description": line.description,
        "currency": line.currency,
        "status": line.status.value,
        "status_today": line.today_status.value,
        "duty": _amount(line.duty),
        "delta": _amount(line.delta),
        "complete": line.complete,
        "reasons": [_reason_json(r) for r in line.reasons],
    }


def _scenario_json(report: ScenarioReport) -> dict[str, Any]:
    totals = report.totals
    return {
        "id": report.scenario.id,
        "title": report.scenario.title,
        "hypothesis": report.scenario.hypothesis,
        "duty": {c: _amount(v) for c, v in totals.duty.items()},
        "delta": {c: _amount(v) for c, v in totals.delta.items()},
        "at_stake": {c: _amount(v) for c, v in report.at_stake.items()},
        "failing": [_line_json(line) for line in report.failing],
        "cannot_tell": [_line_json(line) for line in report.cannot_tell],
        "changed_status": [_line_json(line) for line in report.changed],
        "top": [_line_json(line) for line in report.top],
    }


def scenarios_run(args: argparse.Namespace, ws: Workspace) -> int:
    assessment = assessment_named(ws, args.name)
    scenarios = ws.scenarios.all() if args.scenario is None else [ws.scenarios.get(args.scenario)]
    register = ws.products.register(assessment.id)
    report = exposure_report(register, scenarios, de_minimis=builtin_de_minimis())
    if args.json:
        print_json(
            {
                "assessment": assessment.name,
                "products": report.products,
                "baseline": report.run.baseline,
                "scenarios": [_scenario_json(s) for s in report.scenarios],
            }
        )
        return 0
    _print_report(assessment.name, report)
    return 0


def _money_by_currency(amounts: dict[str, Decimal], *, signed: bool = False) -> str:
    if not amounts:
        return "nothing"
    parts = []
    for currency, amount in sorted(amounts.items()):
        text = wording.money(amount, currency)
        parts.append(f"+{text}" if signed and amount > 0 else text)
    return ", ".join(parts)


def _print_report(name: str, report: ExposureReport) -> None:
    out(f"{name}: {report.products} products; annual duty under each scenario, against today's rules")
    for scenario in report.scenarios:
        totals = scenario.totals
        label = " (hypothesis)" if scenario.scenario.hypothesis else ""
        out("")
        out(f"{scenario.scenario.id}: {scenario.scenario.title}{label}")
        delta = (
            "" if scenario.is_baseline else f"  ({_money_by_currency(dict(totals.delta), signed=True)} against today)"
        )
        out(f"  duty {_money_by_currency(dict(totals.duty))}{delta}")
        out(f"  failing: {len(scenario.failing)}; cannot be decided from the data: {len(scenario.cannot_tell)}")
        for line in scenario.failing[:10]:
            out(f"    fails: {line.part_number} ({wording.money(line.duty, line.currency)}): "
                f"{wording.reasons_text(line.reasons)}")  # fmt: skip
        if not scenario.is_baseline:
            for line in scenario.changed[:10]:
                before, after = wording.STATUS_WORDS[line.today_status], wording.STATUS_WORDS[line.status]
                change = wording.money(line.delta, line.currency)
                out(f"    changes: {line.part_number} {before} -> {after} ({'+' if line.delta > 0 else ''}{change})")
        for rank, line in enumerate(scenario.top, 1):
            out(f"    top {rank:>2}: {line.part_number:<18} {wording.money(line.duty, line.currency):>18}")
