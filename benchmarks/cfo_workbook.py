"""Build a realistic assessment, export its workbook, print it to PDF and measure the smallest printed text.

    python benchmarks/cfo_workbook.py OUTDIR [--currency USD] [--paper letter|a4]

The assessment is what a CFO would receive part-way through: about 60% of
the items answered, eight owners with long names, actions with costs, due
dates around today, and a snapshot taken earlier (so the Summary and the
Changes sheet show what moved). Writes OUTDIR/workspace.sqlite and
OUTDIR/plan.xlsx; with LibreOffice (soffice) installed it prints the PDF and
one PNG per page (`/work/shared/tools/render-xlsx` when present, else soffice
and pdftoppm directly), and with pdfminer.six installed it reports the
smallest font size on each printed page. `--paper a4` rewrites the paper
size of every sheet to A4 before printing, to check that paper too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from readiness import operations
from readiness.codes import ActionStatus, Level, Priority
from readiness.excel.export import export_plan
from readiness.model import Action, CompanyProfile
from readiness.store.workspace import Workspace

OWNERS = (
    "Priya Raman (Finance Controller, Mexico)",
    "Jean-François Tremblay (Customs Compliance)",
    "María Fernanda Gutiérrez López (Logistics)",
    "Oluwaseun Adebayo-Williams (Engineering)",
    "Christopher Montgomery-Harrington (Legal)",
    "Anneliese Vandenberghe (Purchasing)",
    "Siddharth Venkataraman (IT Systems)",
    "Kateryna Shevchenko-Morales (Trade Analytics)",
)
ACTIONS = (
    "Recompute regional value content for the 2027 model-year bill of materials",
    "Collect supplier certifications of origin for all steel and aluminium inputs",
    "Train the customs brokers on the new certification data elements",
    "Map every tariff line to its USMCA rule of origin and record the rule used",
    "Review the labour value content calculation with the Mexican plant",
    "Set up a record-keeping folder for five years of origin documents",
    "Ask counsel whether the annual review changes our de minimis position",
)
TODAY = dt.date(2026, 12, 1)
RENDER = Path("/work/shared/tools/render-xlsx")


def _seen(ws: Workspace, assessment_id: int, changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    responses = ws.assessments.responses(assessment_id)
    return {item: {f: getattr(responses[item], f) for f in fields} for item, fields in changes.items()}


def build(folder: Path, *, currency: str, seed: int = 11) -> tuple[Workspace, int]:
    rng = random.Random(seed)
    path = folder / "workspace.sqlite"
    path.unlink(missing_ok=True)
    ws = Workspace.open(path)
    framework = ws.frameworks.get("usmca-2020")
    profile = CompanyProfile(
        company="Northwind Components Inc.",
        roles=["importer", "exporter", "producer"],
        countries=["US", "MX"],
        sectors=["automotive", "steel-aluminium"],
    )
    assessment = operations.create_assessment(
        ws, name="USMCA readiness FY2027", framework=framework, profile=profile, currency=currency
    ).record
    responses = ws.assessments.responses(assessment.id)
    applicable = [item for item, r in responses.items() if not r.not_applicable]
    answered = [item for item in applicable if rng.random() < 0.6]
    early = answered[: len(answered) * 2 // 3]

    def answers(items: list[str], *, later: bool) -> dict[str, dict[str, Any]]:
        changes = {}
        for n, item in enumerate(items):
            level = Level(rng.choice((0, 1, 1, 2, 2, 3, 3, 4)))
            if later and n % 5 == 0:
                level = Level(min(4, level + 1))
            changes[item] = {
                "level": level,
                "priority": rng.choice(list(Priority)) if level < Level.READY else None,
                "owner": rng.choice(OWNERS),
                "due": TODAY + dt.timedelta(days=rng.randrange(-30, 200)) if level < Level.READY else None,
                "gap": ""
                if level == Level.READY
                else rng.choice(
                    (
                        "Origin worksheets exist for the top 20 part numbers only; the rest rely on supplier "
                        "statements that do not name the rule of origin applied.",
                        "No owner for the record-keeping obligation in Mexico.",
                        "Broker instructions still cite NAFTA certificate fields.",
                    )
                ),
            }
        return changes

    first = answers(early, later=False)
    operations.edit_responses(ws, assessment.id, first, expected=_seen(ws, assessment.id, first))
    for item in early:
        if first[item]["level"] < Level.READY:
            for k in range(rng.choice((1, 1, 2, 3))):
                operations.add_action(
                    ws,
                    assessment.id,
                    item,
                    Action(
                        title=rng.choice(ACTIONS),
                        owner=rng.choice(OWNERS),
                        due=TODAY + dt.timedelta(days=rng.randrange(-45, 180)),
                        status=rng.choice(list(ActionStatus)),
                        cost_estimate=float(rng.randrange(0, 250) * 500) or None,
                        notes="Waiting on the supplier survey." if k == 1 else "",
                    ),
                )
    operations.take_snapshot(ws, assessment.id, label="Q3 board review")
    second = answers(answered, later=True)
    operations.edit_responses(ws, assessment.id, second, expected=_seen(ws, assessment.id, second))
    return ws, assessment.id


def to_a4(book: Path) -> Path:
    """A copy of the workbook whose sheets print on A4 paper instead of Letter."""
    target = book.with_name(book.stem + "-a4.xlsx")
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'paperSize="\d+"', b'paperSize="9"', data)
            copy.writestr(info, data)
    return target


def render(book: Path, out: Path) -> Path | None:
    """The PDF LibreOffice prints of `book` (and PNG pages beside it), or None without LibreOffice."""
    if RENDER.exists():
        subprocess.run([str(RENDER), str(book), str(out)], check=True, capture_output=True, timeout=600)
    elif shutil.which("soffice"):
        out.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(book)],
            check=True,
            capture_output=True,
            timeout=600,
        )
    else:
        return None
    pdf = out / f"{book.stem}.pdf"
    return pdf if pdf.exists() else None


def smallest_fonts(pdf: Path) -> list[tuple[int, float, str]]:
    """(page, smallest font size, a sample of text in it) per page, from pdfminer.six."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer

    found = []
    for number, page in enumerate(extract_pages(str(pdf)), 1):
        smallest, sample = float("inf"), ""
        for element in page:
            if not isinstance(element, LTTextContainer):
                continue
            for line in element:
                chars = [c for c in getattr(line, "_objs", []) if isinstance(c, LTChar)]
                for char in chars:
                    size = char.size  # the glyph box height: the font size as printed, with scaling applied
                    if char.get_text().strip() and size < smallest:
                        smallest, sample = size, line.get_text().strip()[:50]
        if smallest < float("inf"):
            found.append((number, smallest, sample))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--currency", default="USD")
    parser.add_argument("--paper", choices=("letter", "a4"), default="letter")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    ws, assessment_id = build(args.out, currency=args.currency)
    book = args.out / "plan.xlsx"
    result = export_plan(ws, assessment_id, book, today=TODAY)
    ws.close()
    print(f"wrote {book}: {result.actions} actions, {result.gaps} gaps, {result.items} items")
    if args.paper == "a4":
        book = to_a4(book)
    pdf = render(book, args.out / f"render-{args.paper}")
    if pdf is None:
        print("no LibreOffice: nothing printed")
        return 0
    print(f"printed {pdf}")
    try:
        sizes = smallest_fonts(pdf)
    except ImportError:
        print("pdfminer.six is not installed: font sizes not measured")
        return 0
    for page, size, sample in sizes:
        print(f"page {page:>3}: smallest text {size:5.2f} pt  ({sample})")
    print(f"smallest printed text on any page: {min(s for _, s, _ in sizes):.2f} pt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
